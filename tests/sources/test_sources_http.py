"""HTTP fetching against a local server: redirects, address checks, limits, timeouts, encodings."""

from __future__ import annotations

import ipaddress
import time

import pytest

from detente import __version__
from detente.sources.http import Fetcher, FetchError, address_kind, check_scheme, decode_page
from sources_helpers import STORY, page


def test_fetches_a_page_with_an_honest_user_agent(server, fetcher):
    url = server.add("/a.html", page(STORY))
    got = fetcher.fetch(url)
    assert got.status == 200 and got.content_type == "text/html" and got.charset == "utf-8"
    assert "mackerel" in got.text()
    agent = server.requests[0]["headers"]["User-Agent"]
    assert agent.startswith(f"detente/{__version__} (+http")


def test_follows_a_redirect_chain(server, fetcher):
    final = server.add("/final.html", page(STORY))
    server.redirect("/r2", "/final.html", status=301)
    start = server.redirect("/r1", server.url("/r2"), status=302)
    got = fetcher.fetch(start)
    assert got.url == final and got.requested == start
    assert got.redirects == [server.url("/r2"), final]


def test_redirect_loop_and_too_many_redirects(server, fetcher):
    server.redirect("/loop", "/loop")
    with pytest.raises(FetchError, match="redirect loop"):
        fetcher.fetch(server.url("/loop"))
    for n in range(8):
        server.redirect(f"/hop{n}", f"/hop{n + 1}")
    with pytest.raises(FetchError, match="too many redirects"):
        fetcher.fetch(server.url("/hop0"))


def test_redirect_to_a_private_address_is_refused_before_connecting(server):
    # Only the test server's own address is allowed: the redirect target is checked on its hop.
    strict = Fetcher(timeout=2, allow_networks=["127.0.0.1/32"], min_interval=0)
    start = server.redirect("/to-private", "http://10.9.8.7/internal/admin")
    with pytest.raises(FetchError) as info:
        strict.fetch(start)
    message = str(info.value)
    assert "redirected to http://10.9.8.7/internal/admin" in message
    assert "private address" in message and "--allow-private-urls" in message


def test_redirect_to_link_local_metadata_address_is_refused(server):
    strict = Fetcher(timeout=2, allow_networks=["127.0.0.1/32"], min_interval=0)
    start = server.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(FetchError, match="link-local"):
        strict.fetch(start)


def test_redirect_to_another_scheme_is_refused(server, fetcher):
    start = server.redirect("/to-file", "file:///etc/passwd")
    with pytest.raises(FetchError, match="redirected to file:///etc/passwd, refused: only http"):
        fetcher.fetch(start)


def test_loopback_is_refused_unless_allowed(server):
    url = server.add("/a.html", page(STORY))
    default = Fetcher(timeout=2, min_interval=0)
    with pytest.raises(FetchError, match="127.0.0.1 is a loopback address.*--allow-private-urls"):
        default.fetch(url)
    with pytest.raises(FetchError, match="localhost resolves to 127.0.0.1, a loopback address"):
        default.fetch(url.replace("127.0.0.1", "localhost"))
    assert server.requests == []  # refused before any connection
    assert Fetcher(timeout=2, allow_private=True, min_interval=0).fetch(url).status == 200


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/",
                                 "javascript:alert(1)", "data:text/html,hi", "//no-scheme/x", "http:///nohost"])
def test_non_http_schemes_are_refused(url, fetcher):
    with pytest.raises(FetchError, match="http"):
        fetcher.fetch(url)


@pytest.mark.parametrize("ip, kind", [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("172.16.5.4", "private"),
    ("192.168.1.1", "private"), ("169.254.169.254", "link-local"), ("0.0.0.0", "unspecified"),
    ("100.64.0.1", "non-public"), ("224.0.0.1", "multicast"), ("::1", "loopback"),
    ("fe80::1", "link-local"), ("fc00::1", "private"), ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"), ("93.184.216.34", None), ("2606:4700::1111", None),
])
def test_address_kinds(ip, kind):
    assert address_kind(ipaddress.ip_address(ip)) == kind


def test_streamed_huge_page_stops_at_the_limit(server):
    small = Fetcher(timeout=5, max_bytes=1024 * 1024, allow_private=True, min_interval=0)
    url = server.huge("/huge.html", size=40 * 1024 * 1024)
    with pytest.raises(FetchError, match="over the 1.0 MB limit; stopped reading"):
        small.fetch(url)
    time.sleep(0.2)
    assert server.sent < 20 * 1024 * 1024  # the client hung up long before the 40 MB were sent


def test_declared_huge_page_is_refused_before_reading(server):
    small = Fetcher(timeout=5, max_bytes=1024 * 1024, allow_private=True, min_interval=0)
    url = server.huge("/declared.html", size=50 * 1024 * 1024, declare=True)
    with pytest.raises(FetchError, match="is 50.0 MB, over the 1.0 MB limit; not read"):
        small.fetch(url)


@pytest.mark.parametrize("route", ["hang", "trickle"])
def test_hanging_server_times_out(server, route):
    quick = Fetcher(timeout=0.5, allow_private=True, min_interval=0)
    url = getattr(server, route)(f"/{route}", seconds=5)
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 0.5 s"):
        quick.fetch(url)
    assert time.monotonic() - start < 2.5


def test_http_error_status(server, fetcher):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.fetch(server.url("/missing"))


def test_connection_refused_is_one_clear_error(fetcher):
    with pytest.raises(FetchError, match="could not fetch"):
        fetcher.fetch("http://127.0.0.1:9/nothing-listens-here")


def test_non_utf8_pages_decode(server, fetcher):
    text = page(STORY).replace("Norway's", "Norway\u2019s").replace('charset="utf-8"', 'charset="windows-1252"')
    declared = server.add("/cp1252.html", text.encode("cp1252"), "text/html; charset=windows-1252")
    assert "Norway\u2019s foreign minister" in fetcher.fetch(declared).text()
    meta_only = server.add("/meta.html", text.encode("cp1252"), "text/html")
    assert "Norway\u2019s foreign minister" in fetcher.fetch(meta_only).text()
    mislabelled = server.add("/lies.html", text.encode("cp1252"), "text/html; charset=utf-8")
    assert "Norway\u2019s foreign minister" in fetcher.fetch(mislabelled).text()
    latin1 = server.add("/latin1.html", "<p>Caf\u00e9 diplomacy</p>".encode("latin-1"),
                        "text/html; charset=ISO-8859-1")
    assert "Caf\u00e9" in fetcher.fetch(latin1).text()


def test_binary_body_is_a_clear_error():
    with pytest.raises(Exception, match="binary|PNG"):
        decode_page(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(range(256)), None, "img")


def test_politeness_interval_spaces_requests_to_one_host(server):
    url = server.add("/a.html", "<p>hello</p>")
    polite = Fetcher(timeout=2, allow_private=True, min_interval=0.3)
    start = time.monotonic()
    polite.fetch(url)
    polite.fetch(url)
    assert time.monotonic() - start >= 0.3


def test_check_scheme_accepts_http_and_https():
    assert check_scheme("http://example.org/a") == "http"
    assert check_scheme("HTTPS://example.org/a") == "https"
