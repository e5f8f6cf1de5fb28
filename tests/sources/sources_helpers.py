"""Invented pages, feeds and corpora for the source tests, and a local HTTP server that serves them.

All text here was written for these tests (no outlet's text). The server listens on 127.0.0.1 only,
on a port the OS picks, and is started and stopped by the tests.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

# -- invented articles ----------------------------------------------------------------------------

STORY = [
    "Norway proposes fisheries talks with Iceland",
    "OSLO, March 3 - Norway's foreign minister proposed on Monday a meeting with Iceland's foreign "
    "minister in Reykjavik next month to settle a long dispute over mackerel quotas in the North "
    "Atlantic, the Norwegian foreign ministry said in a statement.",
    "Iceland has not yet answered the proposal. A spokesperson for the Icelandic government told "
    "reporters in Reykjavik that the ministry was studying the letter and would reply in due course.",
    "The two governments last met on fisheries in the autumn, when talks broke down over how to share "
    "the catch as the fish move north with warmer seas. Both sides accuse each other of overfishing, "
    "and the coastal fleets of both countries have asked for a quick settlement before the summer "
    "season opens.",
    "Officials in Oslo said the new round could also cover research cooperation, the exchange of "
    "catch data between the two coast guards and a joint study of stocks, which scientists on both "
    "sides have urged for years. A Norwegian diplomat said the ministry hoped for an answer within "
    "weeks and that a date could be fixed quickly once Reykjavik agreed in principle.",
    "Fishing industry groups in both countries welcomed the offer. One association in Tromso said "
    "its members had lost money in each of the last three seasons and needed certainty about quotas, "
    "while a cooperative in the Westfjords said any deal had to respect the rights of small boats.",
]
STORY_TEXT = "\n\n".join(STORY)

# A lightly edited re-post of the same wire story: a new headline, one changed phrase, a dropped
# closing paragraph and an added line at the end.
REPOST = [
    "Oslo offers Iceland talks on mackerel dispute",
    *STORY[1:3],
    STORY[3].replace("broke down", "collapsed"),
    STORY[4],
    "The ministry did not say who would lead the Norwegian delegation.",
]

OTHER_STORY = [
    "Chile and Peru sign rail agreement",
    "LIMA, May 9 - Chile and Peru signed an agreement on Friday to build a freight rail link between "
    "the port of Arica and the city of Tacna, the Peruvian transport ministry said.",
    "The line, which officials say will take four years to complete, is meant to cut the cost of "
    "moving minerals to the coast. Construction is due to start next spring after an environmental "
    "review, and both governments have promised to share the cost equally.",
]

FRENCH = [
    "La Norvège propose des pourparlers sur la pêche",
    "Le ministre norvégien des Affaires étrangères a proposé lundi une rencontre avec son homologue "
    "islandais à Reykjavik le mois prochain pour régler un différend sur les quotas de maquereau.",
    "L'Islande n'a pas encore répondu à la proposition, selon un porte-parole du gouvernement, qui a "
    "déclaré que le ministère étudiait la lettre et qu'il répondrait en temps voulu.",
]


def page(paragraphs: list[str], *, site: str | None = "Harbour Post", lang: str = "en",
         author: str | None = "Ann Example", date: str | None = "2025-03-03",
         charset: str | None = "utf-8") -> str:
    """An article page: navigation and footer around an <article> with a headline and paragraphs."""
    head = [f'<meta charset="{charset}">' if charset else "",
            f"<title>{paragraphs[0]} | {site or 'News'}</title>",
            f'<meta property="og:title" content="{paragraphs[0]}">']
    if site:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if author:
        head.append(f'<meta name="author" content="{author}">')
    if date:
        head.append(f'<meta property="article:published_time" content="{date}T09:30:00Z">')
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs[1:])
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{"".join(head)}</head><body>\n'
            '<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>\n'
            f"<article><h1>{paragraphs[0]}</h1>\n{body}</article>\n"
            "<footer>Copyright 2025 Example Media. All rights reserved.</footer></body></html>\n")


def rss(items: list[dict], *, title: str = "Harbour Post - World", language: str = "en") -> str:
    """An RSS 2.0 feed; each item dict may have title, link, guid, date, summary, content."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           f"<channel><title>{title}</title><link>https://harbour.example/</link>",
           f"<language>{language}</language>"]
    for item in items:
        out.append("<item>")
        for key, tag in (("title", "title"), ("link", "link"), ("guid", "guid"), ("date", "pubDate"),
                         ("author", "author")):
            if item.get(key):
                out.append(f"<{tag}>{item[key]}</{tag}>")
        if item.get("summary"):
            out.append(f"<description><![CDATA[{item['summary']}]]></description>")
        if item.get("content"):
            out.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out)


def atom(entries: list[dict], *, title: str = "Coastal Daily") -> str:
    """An Atom feed; each entry dict may have title, link, id, updated, summary, content."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{title}</title><id>urn:test:coastal</id><updated>2025-03-04T08:00:00Z</updated>"]
    for e in entries:
        out.append(f"<entry><title>{e['title']}</title><id>{e['id']}</id>"
                   f"<updated>{e.get('updated', '2025-03-04T08:00:00Z')}</updated>")
        if e.get("link"):
            out.append(f'<link href="{e["link"]}"/>')
        if e.get("summary"):
            out.append(f"<summary>{e['summary']}</summary>")
        if e.get("content"):
            out.append(f'<content type="html"><![CDATA[{e["content"]}]]></content>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out)


def html_paragraphs(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


# -- the local server --------------------------------------------------------------------------------

Route = Callable[[BaseHTTPRequestHandler], None]


class TestServer:
    """A ThreadingHTTPServer on 127.0.0.1 with routes set by the tests; records each request."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[dict] = []
        self.release = threading.Event()  # set at shutdown: hanging handlers stop waiting
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                server.requests.append({"path": self.path, "headers": dict(self.headers)})
                route = server.routes.get(self.path.split("?")[0])
                try:
                    if route is None:
                        self.send_error(404, "Not Found")
                    else:
                        route(self)
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                    pass  # the client stopped reading (size limit, timeout): expected

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [r["path"] for r in self.requests]

    # -- route builders --

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
            status: int = 200, headers: dict | None = None) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body

        def route(h):
            h.send_response(status)
            h.send_header("Content-Type", content_type)
            h.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(data)
        self.routes[path] = route
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        def route(h):
            h.send_response(status)
            h.send_header("Location", location)
            h.send_header("Content-Length", "0")
            h.end_headers()
        self.routes[path] = route
        return self.url(path)

    def hang(self, path: str, seconds: float = 5.0) -> str:
        """Accept the request, then answer nothing until `seconds` pass (or the server stops)."""
        def route(h):
            self.release.wait(seconds)
        self.routes[path] = route
        return self.url(path)

    def trickle(self, path: str, seconds: float = 5.0) -> str:
        """Send headers at once, then one byte every 0.1 s."""
        def route(h):
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            end = time.monotonic() + seconds
            while time.monotonic() < end and not self.release.is_set():
                h.wfile.write(b"x")
                h.wfile.flush()
                time.sleep(0.1)
        self.routes[path] = route
        return self.url(path)

    def huge(self, path: str, size: int, declare: bool = False) -> str:
        """A page of `size` bytes, streamed (no Content-Length) unless `declare`; records bytes sent."""
        self.sent = 0

        def route(h):
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            if declare:
                h.send_header("Content-Length", str(size))
            else:
                h.send_header("Connection", "close")
            h.end_headers()
            chunk = b"<p>" + b"filler text " * 5000 + b"</p>\n"
            while self.sent < size and not self.release.is_set():
                h.wfile.write(chunk)
                self.sent += len(chunk)
        self.routes[path] = route
        return self.url(path)

    def close(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
