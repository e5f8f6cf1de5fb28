"""Fetching pages and feeds over HTTP(S), safely: the standard library only, no proxies.

`Fetcher.fetch(url)` returns a `Page` or raises `FetchError` (an InputError: one line, naming the
fix). What it guarantees:

- only ``http://`` and ``https://`` URLs are fetched, on every hop of a redirect chain;
- the host is resolved and *every* address it resolves to must be public (not private, loopback,
  link-local, multicast, reserved...) unless `allow_private` is set; the check is made when the
  socket connects, for every hop, and the socket connects to the very address that was checked
  (no second lookup an attacker's DNS could answer differently);
- redirects are followed by hand (at most `max_redirects`), each target checked as above;
- one `timeout` bounds the whole fetch of a URL (connect, headers, body, all redirects);
- the body is streamed and reading stops once it passes `max_bytes` (a declared Content-Length
  over the limit is refused before reading);
- an honest User-Agent: ``detente/<version> (+<project url>)``;
- requests to one host are spaced by `min_interval` seconds, to be polite to outlets.
"""

from __future__ import annotations

import codecs
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from detente.errors import InputError
from detente.sources.text import MAX_BYTES, decode_bytes

DEFAULT_TIMEOUT = 20.0      # seconds for one URL, redirects included
DEFAULT_MIN_INTERVAL = 1.0  # seconds between two requests to the same host
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
REDIRECTS = (301, 302, 303, 307, 308)
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
CHUNK = 64 * 1024
PROJECT_URL = "https://pypi.org/project/detente/"


class FetchError(InputError):
    """A URL that could not be fetched: the message says why, and what to do."""


class BlockedAddress(OSError):
    """Raised at connect time when a host resolves to an address that is not allowed."""


def user_agent() -> str:
    """``detente/<version> (+<project url>)``: who is asking, and where to read about it."""
    from detente import __version__
    url = PROJECT_URL
    try:
        from importlib.metadata import metadata
        meta = metadata("detente")
        for entry in meta.get_all("Project-URL") or []:
            url = entry.split(",", 1)[-1].strip() or url
            break
        else:
            url = meta.get("Home-page") or url
    except Exception:  # not installed as a distribution: keep the default
        pass
    return f"detente/{__version__} (+{url})"


def address_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why `ip` is not a public address ('loopback', 'private', ...), or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return address_kind(ip.ipv4_mapped)
    for kind, test in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("unspecified", ip.is_unspecified), ("multicast", ip.is_multicast),
                       ("private", ip.is_private), ("reserved", ip.is_reserved)):
        if test:
            return kind
    return None if ip.is_global else "non-public"


def check_scheme(url: str) -> str:
    """The URL's scheme when it is http or https; FetchError otherwise (file:, ftp:, data:...)."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise FetchError(f"not a valid URL ({exc}); check it") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        shown = f"{scheme}:" if scheme else "a URL without a scheme"
        raise FetchError(f"only http:// and https:// URLs are fetched, not {shown}; "
                         "give a web address or a local file path")
    if not parts.hostname:
        raise FetchError("the URL has no host; give a full address like https://example.org/page")
    return scheme


@dataclass
class Page:
    """A fetched resource: the final URL (after redirects), its media type, charset and bytes."""

    url: str
    requested: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    redirects: list[str] = field(default_factory=list)

    @property
    def content_language(self) -> str | None:
        return self.headers.get("content-language")

    def text(self) -> str:
        """The body decoded: declared charset, then an HTML <meta charset>, then UTF-8/cp1252/latin-1."""
        return decode_page(self.body, self.charset, self.url)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                   "ascii": "cp1252", "iso8859-1": "cp1252"}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = _WHATWG_ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_page(body: bytes, charset: str | None, origin: str) -> str:
    """Decode a page's bytes; InputError (one line) when it is binary or no encoding fits."""
    head = body[:4096]
    declared = [_codec(charset)]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        m = pattern.search(head)
        if m:
            declared.append(_codec(m.group(1).decode("ascii", "replace")))
    for codec in dict.fromkeys(c for c in declared if c):
        if codec.startswith("utf-16") or codec.startswith("utf-32"):
            continue  # let decode_bytes read the BOM
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return decode_bytes(body, origin)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def _secs(n: float) -> str:
    return f"{n:g} s"


class _Deadline:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise socket.timeout("deadline")
        return left


class Fetcher:
    """Fetches http(s) URLs with the safeguards listed in the module doc; reuse one for a batch.

    Args:
        timeout: seconds allowed for one URL, redirects included.
        max_bytes: largest body read; reading stops past it.
        allow_private: also fetch private, loopback and link-local addresses (intranet feeds,
            tests). Off by default: a page or feed must not make detente fetch internal services.
        allow_networks: networks allowed even though not public (e.g. ``["10.0.5.0/24"]``), a
            narrower alternative to `allow_private`.
        max_redirects: redirect hops followed before giving up.
        min_interval: seconds between two requests to the same host (None: DEFAULT_MIN_INTERVAL).
    """

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES,
                 allow_private: bool = False, allow_networks: tuple[str, ...] | list[str] = (),
                 max_redirects: int = MAX_REDIRECTS, min_interval: float | None = None,
                 agent: str | None = None):
        if timeout <= 0:
            raise InputError(f"bad timeout {timeout!r}: give a positive number of seconds")
        if max_bytes <= 0:
            raise InputError(f"bad size limit {max_bytes!r}: give a positive number of bytes")
        self.timeout = float(timeout)
        self.max_bytes = int(max_bytes)
        self.allow_private = allow_private
        self.allow_networks = tuple(ipaddress.ip_network(n, strict=False) for n in allow_networks)
        self.max_redirects = max_redirects
        self.min_interval = DEFAULT_MIN_INTERVAL if min_interval is None else float(min_interval)
        self.agent = agent or user_agent()
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    # -- address policy ---------------------------------------------------------------------------

    def refusal(self, ip_text: str) -> str | None:
        """Why connecting to `ip_text` is refused (its kind, e.g. 'loopback'), or None if allowed."""
        ip = ipaddress.ip_address(ip_text.split("%", 1)[0])
        kind = address_kind(ip)
        if kind is None or self.allow_private:
            return None
        if any(ip in net for net in self.allow_networks):
            return None
        return kind

    def _connect(self, address: tuple[str, int], timeout: float | None = None,
                 source_address=None) -> socket.socket:
        """socket.create_connection, but every resolved address is checked and the checked one is used."""
        host, port = address
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise FetchError(f"cannot resolve host {host} ({exc.strerror or exc}); check the URL") from None
        for info in infos:
            ip = info[4][0]
            kind = self.refusal(ip)
            if kind:
                shown = f"{host} is" if host == ip else f"{host} resolves to {ip},"
                raise BlockedAddress(f"refused: {shown} a {kind} address; detente fetches public "
                                     "addresses only unless --allow-private-urls is given")
        last: OSError | None = None
        for family, type_, proto, _, sockaddr in infos:
            sock = socket.socket(family, type_, proto)
            try:
                sock.settimeout(timeout)
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                sock.close()
                last = exc
        raise last or OSError(f"no address for {host}")

    # -- fetching ---------------------------------------------------------------------------------

    def _wait_turn(self, host: str) -> None:
        if self.min_interval <= 0:
            return
        with self._lock:
            now = time.monotonic()
            wait = self._last.get(host, 0.0) + self.min_interval - now
            self._last[host] = now + max(wait, 0.0)
        if wait > 0:
            time.sleep(wait)

    def _connection(self, scheme: str, host: str, port: int | None, timeout: float):
        if scheme == "https":
            conn = http.client.HTTPSConnection(host, port, timeout=timeout,
                                               context=ssl.create_default_context())
        else:
            conn = http.client.HTTPConnection(host, port, timeout=timeout)
        conn._create_connection = self._connect  # type: ignore[attr-defined]  # the checked connect
        return conn

    def fetch(self, url: str, *, headers: dict[str, str] | None = None) -> Page:
        """GET `url` (following redirects) and return the Page; FetchError (one line) on any failure."""
        deadline = _Deadline(self.timeout)
        current, hops, seen = url, [], {url}
        try:
            while True:
                page = self._get(current, url, deadline, headers or {})
                if isinstance(page, Page):
                    page.redirects = hops
                    return page
                target = page  # a redirect
                if len(hops) >= self.max_redirects:
                    raise FetchError(f"too many redirects (more than {self.max_redirects}); "
                                     "the site may be misconfigured")
                if target in seen:
                    raise FetchError(f"redirect loop at {target}; the site is misconfigured")
                try:
                    check_scheme(target)
                except FetchError as exc:
                    raise FetchError(f"redirected to {target}, refused: {exc}") from None
                hops.append(target)
                seen.add(target)
                current = target
        except BlockedAddress as exc:
            where = f"redirected to {current}, " if hops else ""
            raise FetchError(f"{where}{exc}") from None
        except socket.timeout:
            raise FetchError(f"timed out after {_secs(self.timeout)} (the server did not answer in "
                             "time); try later or raise --timeout") from None
        except ssl.SSLError as exc:
            raise FetchError(f"TLS error ({exc.reason or exc}); the site's certificate or "
                             "TLS setup is not usable") from None
        except (http.client.HTTPException, OSError) as exc:
            text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise FetchError(f"could not fetch: {text}") from None

    def _get(self, url: str, original: str, deadline: _Deadline, extra: dict[str, str]) -> Page | str:
        """One request: a Page, or the absolute URL a redirect points to."""
        scheme = check_scheme(url)
        parts = urlsplit(url)
        host = parts.hostname or ""
        self._wait_turn(host)
        conn = self._connection(scheme, host, parts.port, deadline.left())
        try:
            path = parts.path or "/"
            if parts.query:
                path += "?" + parts.query
            conn.request("GET", path, headers={
                "User-Agent": self.agent, "Accept": ACCEPT, "Accept-Encoding": "identity",
                "Connection": "close", **extra})
            conn.sock.settimeout(deadline.left())
            resp = conn.getresponse()
            if resp.status in REDIRECTS:
                location = resp.getheader("Location")
                if not location:
                    raise FetchError(f"HTTP {resp.status} redirect without a Location; the site is "
                                     "misconfigured")
                return urljoin(url, location.strip())
            if resp.status == 304:
                return Page(url=url, requested=original, status=304, content_type="", charset=None,
                            body=b"", headers={k.lower(): v for k, v in resp.getheaders()})
            if resp.status >= 400 or resp.status < 200:
                reason = f" {resp.reason}" if resp.reason else ""
                raise FetchError(f"HTTP {resp.status}{reason}; the server refused or has no such page")
            body = self._read_body(resp, conn, deadline)
            media, charset = parse_content_type(resp.getheader("Content-Type"))
            return Page(url=url, requested=original, status=resp.status, content_type=media,
                        charset=charset, body=body, headers={k.lower(): v for k, v in resp.getheaders()})
        finally:
            conn.close()

    def _read_body(self, resp: http.client.HTTPResponse, conn, deadline: _Deadline) -> bytes:
        limit = self.max_bytes
        declared = resp.getheader("Content-Length")
        if declared and declared.strip().isdigit() and int(declared) > limit:
            raise FetchError(f"the page is {_mb(int(declared))}, over the {_mb(limit)} limit; "
                             "not read (raise --max-size to allow it)")
        chunks, total = [], 0
        while True:
            if conn.sock is not None:
                conn.sock.settimeout(deadline.left())
            chunk = resp.read1(CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise FetchError(f"the page is over the {_mb(limit)} limit; stopped reading "
                                 "(raise --max-size to allow it)")
            chunks.append(chunk)
            deadline.left()
        return b"".join(chunks)


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from 'text/html; charset=UTF-8'; ('', None) when absent."""
    if not value:
        return "", None
    media, _, params = value.partition(";")
    charset = None
    m = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", params, re.IGNORECASE)
    if m:
        charset = m.group(1)
    return media.strip().lower(), charset
