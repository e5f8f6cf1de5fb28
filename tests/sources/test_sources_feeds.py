"""RSS/Atom feeds: items with full text, summary-only items (linked page fetched), bad feeds."""

from __future__ import annotations

import pytest

from detente.errors import InputError
from detente.sources.feeds import feed_articles, item_key, looks_like_feed, parse_feed
from sources_helpers import FRENCH, OTHER_STORY, STORY, atom, html_paragraphs, page, rss


def _items(server):
    return [
        {"title": "Rail deal", "link": server.url("/rail.html"), "guid": "rail-1",
         "date": "Fri, 09 May 2025 12:00:00 GMT", "summary": "Chile and Peru sign a rail deal.",
         "content": html_paragraphs(OTHER_STORY[1:] * 3)},                 # full text in the feed
        {"title": "Fisheries talks", "link": server.url("/talks.html"), "guid": "talks-1",
         "date": "Mon, 03 Mar 2025 10:00:00 GMT", "summary": "Norway proposes talks..."},  # summary only
        {"title": "Pêche", "link": server.url("/fr.html"), "guid": "fr-1", "summary": "En bref..."},
        {"title": "No link", "guid": "nolink-1", "summary": "Only a teaser, and no link."},
    ]


def test_rss_items_full_text_and_linked_pages(server, fetcher):
    server.add("/talks.html", page(STORY, site="Harbour Post"))
    server.add("/fr.html", page(FRENCH, lang="fr"))
    url = server.add("/feed.xml", rss(_items(server)), "application/rss+xml")
    feed = parse_feed(fetcher.fetch(url).body, origin=url, url=url)
    assert feed.title == "Harbour Post - World" and feed.language == "en" and len(feed.items) == 4
    rail, talks, french, nolink = list(feed_articles(feed, fetcher))

    assert rail.ok and rail.kind == "feed_item" and "/rail.html" not in server.paths()  # not fetched
    assert rail.published == "2025-05-09" and rail.title == "Rail deal" and "Arica" in rail.text
    assert rail.publisher == "Harbour Post - World"

    assert talks.ok and "/talks.html" in server.paths()  # summary only: the page was fetched
    assert talks.title == "Fisheries talks" and talks.published == "2025-03-03"
    assert talks.publisher == "Harbour Post" and talks.author == "Ann Example"
    assert "mackerel quotas" in talks.text and talks.url == server.url("/talks.html")
    assert talks.item_key == feed.items[1].key == item_key(feed.items[1].guid, None, None, None)

    assert french.skip_reason and "French" in french.skip_reason

    assert nolink.status == "skipped" and "no link" in nolink.skip_reason


def test_item_whose_page_fails_is_one_error_and_the_rest_goes_on(server):
    from detente.sources.http import Fetcher
    quick = Fetcher(timeout=0.5, allow_private=True, min_interval=0)
    server.hang("/slow.html", seconds=5)
    server.add("/talks.html", page(STORY))
    items = [{"title": "Slow", "link": server.url("/slow.html"), "guid": "s"},
             {"title": "Talks", "link": server.url("/talks.html"), "guid": "t"}]
    feed = parse_feed(rss(items).encode(), origin="feed.xml")
    slow, talks = feed_articles(feed, quick)
    assert slow.status == "failed" and "timed out" in slow.error and slow.origin == server.url("/slow.html")
    assert talks.ok


def test_atom_feed(server, fetcher):
    server.add("/oslo.html", page(STORY, site=None))
    entries = [{"title": "Oslo offers talks", "id": "urn:x:1", "link": server.url("/oslo.html"),
                "updated": "2025-03-04T08:00:00Z", "summary": "Short."}]
    feed = parse_feed(atom(entries).encode(), origin="atom.xml", url=server.url("/atom.xml"))
    [art] = feed_articles(feed, fetcher)
    assert art.ok and art.published == "2025-03-04"
    assert art.publisher == "Coastal Daily"  # the page names no site: the feed's title


def test_relative_links_resolve_against_the_feed_url(server, fetcher):
    server.add("/news/talks.html", page(STORY))
    items = [{"title": "Talks", "link": "/news/talks.html", "guid": "t"}]
    feed = parse_feed(rss(items).encode(), origin="f", url=server.url("/feed.xml"))
    assert feed.items[0].link == server.url("/news/talks.html")


@pytest.mark.parametrize("body", [b"this is not xml at all {", b"<html><body><p>A page</p></body></html>",
                                  b"", b'{"json": true}'])
def test_not_a_feed_is_a_clear_error(body):
    with pytest.raises(InputError, match="not an RSS or Atom feed|is empty"):
        parse_feed(body, origin="feed.xml")


def test_empty_but_valid_feed_has_no_items():
    feed = parse_feed(rss([]).encode(), origin="feed.xml")
    assert feed.items == [] and feed.version.startswith("rss")


def test_feed_sniffing():
    assert looks_like_feed(rss([]).encode())
    assert looks_like_feed(atom([]).encode())
    assert not looks_like_feed(page(STORY).encode())
