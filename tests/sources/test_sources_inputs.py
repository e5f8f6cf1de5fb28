"""One interface for every input: kinds by scheme, extension and sniffing; nothing raises."""

from __future__ import annotations

import io
import json

import pytest

from detente.errors import InputError
from detente.sources.inputs import SourceOptions, detect_kind, iter_articles, sniff
from sources_helpers import FRENCH, OTHER_STORY, STORY, STORY_TEXT, page, rss


@pytest.fixture
def options(fetcher):
    return SourceOptions(fetcher=fetcher)


@pytest.mark.parametrize("name, kind", [
    ("a.txt", "text"), ("a.html", "html"), ("a.HTM", "html"), ("feed.xml", "feed"), ("f.rss", "feed"),
    ("f.atom", "feed"), ("c.jsonl", "jsonl"), ("c.ndjson", "jsonl"), ("c.json", "json"), ("c.csv", "csv"),
    ("c.tsv", "tsv"),
])
def test_kind_by_extension(tmp_path, name, kind):
    assert detect_kind(str(tmp_path / name)) == kind


def test_kind_by_scheme_and_sniffing(tmp_path):
    assert detect_kind("-") == "stdin"
    assert detect_kind("https://example.org/a") == "url" and detect_kind("HTTP://x.org") == "url"
    assert detect_kind(str(tmp_path)) == "dir"
    for content, kind in ((page(STORY), "html"), (rss([]), "feed"), ('{"text": "x"}\n', "jsonl"),
                          ('[{"text": "x"}]', "json"), (STORY_TEXT, "text")):
        path = tmp_path / "noext"
        path.write_text(content, encoding="utf-8")
        assert detect_kind(str(path)) == kind
    assert detect_kind(str(tmp_path / "a.txt"), forced="html") == "html"


@pytest.mark.parametrize("spec", ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)",
                                  "data:text/html,x"])
def test_other_schemes_are_refused(spec):
    with pytest.raises(InputError, match="only http:// and https://"):
        detect_kind(spec)
    [art] = iter_articles(spec)
    assert art.status == "failed" and "only http" in art.error


def test_sniff():
    assert sniff(b"\xef\xbb\xbf<?xml version='1.0'?><rss version='2.0'>") == "feed"
    assert sniff(b"  <!DOCTYPE html><html>") == "html"
    assert sniff(b"Plain words.") == "text"


def test_directory_mix_skips_sidecars_hidden_and_unknown(tmp_path, options):
    (tmp_path / "01-talks.txt").write_text(STORY_TEXT, encoding="utf-8")
    (tmp_path / "01-talks.expected.json").write_text('{"published": "2025-03-03"}', encoding="utf-8")
    (tmp_path / "02-rail.txt").write_text("\n\n".join(OTHER_STORY), encoding="utf-8")
    (tmp_path / "02-rail.json").write_text('{"publisher": "x"}', encoding="utf-8")  # sidecar of 02-rail.txt
    (tmp_path / ".hidden.txt").write_text(STORY_TEXT, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    sub = tmp_path / "pages"
    sub.mkdir()
    (sub / "fr.html").write_text(page(FRENCH, lang="fr"), encoding="utf-8")
    (sub / "c.jsonl").write_text(json.dumps({"text": STORY_TEXT}) + "\n", encoding="utf-8")
    arts = list(iter_articles(str(tmp_path), options))
    origins = [a.origin for a in arts]
    assert origins == [str(tmp_path / "01-talks.txt"), str(tmp_path / "02-rail.txt"),
                       f"{sub / 'c.jsonl'}:1", str(sub / "fr.html")]
    assert [a.status for a in arts] == ["ok", "ok", "ok", "skipped"]


def test_empty_directory_is_one_error(tmp_path):
    [art] = iter_articles(str(tmp_path))
    assert art.status == "failed" and "no readable files" in art.error


def test_missing_and_binary_files_are_errors_not_exceptions(tmp_path):
    [missing] = iter_articles(str(tmp_path / "gone.html"))
    assert missing.status == "failed" and "no such file" in missing.error
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    [binary] = iter_articles(str(bad))
    assert binary.status == "failed" and "binary" in binary.error


def test_stdin_kinds_are_sniffed():
    [html] = iter_articles("-", stdin=io.BytesIO(page(STORY).encode()))
    assert html.ok and html.title == STORY[0] and html.origin == "<stdin>"
    [text] = iter_articles("-", stdin=io.BytesIO(STORY_TEXT.encode()))
    assert text.ok and text.kind == "stdin" and text.text == STORY_TEXT
    lines = (json.dumps({"text": STORY_TEXT}) + "\n" + json.dumps({"text": STORY_TEXT + " More."}) + "\n")
    assert len(list(iter_articles("-", stdin=io.BytesIO(lines.encode())))) == 2
    [empty] = iter_articles("-", stdin=io.BytesIO(b""))
    assert empty.status == "failed" and "empty" in empty.error


def test_urls_by_content_type(server, options):
    server.add("/talks.html", page(STORY))
    url_feed = server.add("/feed", rss([{"title": "T", "link": server.url("/talks.html"), "guid": "g"}]),
                          "application/rss+xml")
    [from_feed] = iter_articles(url_feed, options)
    assert from_feed.ok and from_feed.kind == "feed_item"
    text_url = server.add("/a.txt", STORY_TEXT, "text/plain; charset=utf-8")
    [plain] = iter_articles(text_url, options)
    assert plain.ok and plain.publisher == "127.0.0.1" and plain.url == text_url
    mislabelled_feed = server.add("/feed2", rss([]), "text/html")  # a feed served as HTML is a feed
    assert list(iter_articles(mislabelled_feed, options)) == []
    jsonl = server.add("/c.jsonl", json.dumps({"text": STORY_TEXT}) + "\n", "application/x-ndjson")
    assert [a.status for a in iter_articles(jsonl, options)] == ["ok"]
    image = server.add("/x.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
    [img] = iter_articles(image, options)
    assert img.status == "failed" and "image/png" in img.error


def test_non_xml_feed_url_is_one_error(server, options):
    url = server.add("/notfeed.xml", "this is not xml {{{ at all", "application/rss+xml")
    [art] = iter_articles(url, options)
    assert art.status == "failed" and "not an RSS or Atom feed" in art.error and art.origin == url


def test_failed_url_is_one_error(server, options):
    [art] = iter_articles(server.url("/missing.html"), options)
    assert art.status == "failed" and "HTTP 404" in art.error


def test_private_url_refused_by_default(server):
    url = server.add("/talks.html", page(STORY))
    [art] = iter_articles(url, SourceOptions())
    assert art.status == "failed" and "--allow-private-urls" in art.error
    assert server.requests == []
