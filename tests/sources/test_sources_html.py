"""Web pages: main text and metadata (trafilatura), publisher fallback, language, broken pages."""

from __future__ import annotations

from detente.sources.html import declared_language, extract_html, fragment_text, og_site_name
from sources_helpers import FRENCH, STORY, page


def test_page_text_and_metadata():
    art = extract_html(page(STORY), origin="a.html", url="https://harbour.example/world/talks")
    assert art.ok and art.kind == "html"
    assert art.title == STORY[0]
    assert art.publisher == "Harbour Post"
    assert art.published == "2025-03-03"
    assert art.author == "Ann Example"
    assert art.language == "en"
    assert art.url == "https://harbour.example/world/talks"
    assert "mackerel quotas" in art.text
    assert "Home" not in art.text and "All rights reserved" not in art.text  # nav and footer dropped
    assert "\n\n" in art.text  # paragraphs stay paragraphs


def test_publisher_falls_back_to_the_url_host():
    art = extract_html(page(STORY, site=None), origin="x", url="https://www.harbour.example/a")
    assert art.publisher == "harbour.example"


def test_page_in_another_language_is_skipped_not_coded():
    art = extract_html(page(FRENCH, lang="fr"), origin="fr.html", url="https://exemple.test/fr")
    assert art.language == "fr" and art.error is None
    assert "French (fr), not English" in art.skip_reason


def test_wrong_lang_attribute_does_not_override_the_text():
    art = extract_html(page(FRENCH, lang="en"), origin="fr.html")
    assert art.language == "fr" and art.skip_reason


def test_broken_html_is_still_read():
    broken = ("<html><head><title>Broken</title><body><div><p>" + STORY[1] + "</b></i><p>" + STORY[2]
              + " Fish & chips < boats.</td></table><p>" + STORY[3] + "<div")  # never closed
    art = extract_html(broken, origin="broken.html")
    assert art.ok, art.error
    assert "mackerel" in art.text and "overfishing" in art.text


def test_page_without_article_text_is_a_clear_error():
    art = extract_html("<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>",
                       origin="empty.html")
    assert art.status == "failed" and "no article text found" in art.error


def test_text_that_is_not_html_is_a_clear_error():
    art = extract_html("just some words without any markup", origin="x.html")
    assert art.status == "failed" and "does not look like HTML" in art.error


def test_declared_language_and_site_name():
    html = page(STORY, lang="en-GB")
    assert declared_language(html) == "en-GB"
    assert declared_language("<html><body>x</body></html>", "de") == "de"
    assert og_site_name(html) == "Harbour Post"


def test_fragment_text_keeps_blocks_apart():
    text = fragment_text("<p>First <b>bold</b> line.</p><p>Second<br>line</p><script>bad()</script>")
    assert text.split("\n\n") == ["First bold line.", "Second", "line"]
