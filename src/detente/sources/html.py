"""Web pages: the article's main text and metadata (title, publisher, date, author, language).

trafilatura finds the main text and reads the metadata (og:title, og:site_name, article dates,
author meta tags, JSON-LD); the publisher falls back to the URL's host, the language comes from
the text itself (`language.detect_language`), with the page's declared language as a hint.
"""

from __future__ import annotations

import logging
import re

from detente.errors import InputError
from detente.sources.article import SourceArticle, clean, failed, host_of, normalise_date
from detente.sources.language import detect_language, skip_reason_for
from detente.sources.text import MAX_CHARS

MIN_WORDS = 5  # a page with fewer words of main text has no article to read

_LANG_ATTR = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""",
                        re.IGNORECASE)
_META_LANG = re.compile(r"""<meta[^>]+(?:http-equiv\s*=\s*["']?content-language["']?[^>]+content|"""
                        r"""property\s*=\s*["']og:locale["'][^>]+content)\s*=\s*["']?\s*([A-Za-z]{2,3})""",
                        re.IGNORECASE)
_OG_SITE = re.compile(r"""<meta[^>]+property\s*=\s*["']og:site_name["'][^>]*>""", re.IGNORECASE)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def _quiet_libraries() -> None:
    """trafilatura and friends log warnings on odd pages; our own errors say what matters."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def declared_language(html: str, header: str | None = None) -> str | None:
    """The language a page declares: <html lang>, Content-Language meta, og:locale, the HTTP header."""
    head = html[:20000]
    for pattern in (_LANG_ATTR, _META_LANG):
        m = pattern.search(head)
        if m:
            return m.group(1)
    return header


def og_site_name(html: str) -> str | None:
    """The page's og:site_name, if it declares one."""
    m = _OG_SITE.search(html[:50000])
    if m:
        c = _CONTENT.search(m.group(0))
        if c:
            return clean(c.group(1))
    return None


def _site_name(name: str | None, url: str | None) -> str | None:
    """trafilatura's site name, unless it is only the URL's host (then the caller uses host_of)."""
    if not name:
        return None
    host = host_of(url) or ""
    bare = name.lower().removeprefix("www.")
    return None if bare == host or bare.split(":")[0] == host else name


def _paragraphs(text: str) -> str:
    """trafilatura gives one block per line; a blank line between blocks reads as paragraphs."""
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    return "\n\n".join(line for line in lines if line)


def extract_html(html: str, *, origin: str, url: str | None = None, kind: str = "html",
                 language_header: str | None = None) -> SourceArticle:
    """Read one page's main text and metadata into a SourceArticle (its `error` set when it has none).

    Args:
        html: the page, decoded.
        origin: where it came from, for messages.
        url: the page's URL (publisher fallback; relative links); None for a local file.
        language_header: an HTTP Content-Language header, used as a hint.
    """
    import trafilatura
    _quiet_libraries()
    if "<" not in html[:100000]:
        return failed(origin, "does not look like HTML (no tags); give a web page, or save the "
                      "article as .txt", kind=kind, url=url)
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False,
                                          include_formatting=False, deduplicate=False)
    except Exception as exc:  # lxml/trafilatura on a page broken beyond repair
        return failed(origin, f"the page could not be parsed as HTML ({type(exc).__name__}); "
                      "it is broken or not a web page", kind=kind, url=url)
    text = _paragraphs(getattr(doc, "text", None) or "") if doc is not None else ""
    if len(text.split()) < MIN_WORDS:
        return failed(origin, "no article text found in the page (broken, empty, script-only or "
                      "not an article page)", kind=kind, url=url)
    if len(text) > MAX_CHARS:
        return failed(origin, f"the article text has {len(text):,} characters, over the limit of "
                      f"{MAX_CHARS:,}; it is not a single article", kind=kind, url=url)
    page_url = url or clean(getattr(doc, "url", None))
    publisher = og_site_name(html) or _site_name(clean(getattr(doc, "sitename", None)), page_url) \
        or host_of(page_url)
    try:
        published = normalise_date(getattr(doc, "date", None), "the page's date")
    except InputError:
        published = None  # an unreadable page date is left out, not a failure
    language = detect_language(text, declared_language(html, language_header))
    return SourceArticle(
        text=text, origin=origin, kind=kind, url=page_url, publisher=publisher, published=published,
        title=clean(getattr(doc, "title", None)), author=clean(getattr(doc, "author", None)),
        language=language, skip_reason=skip_reason_for(language))


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's content): blocks become paragraphs."""
    if "<" not in html:
        return _paragraphs(html)
    from lxml import html as lhtml
    from lxml.etree import ParserError
    try:
        root = lhtml.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return _paragraphs(re.sub(r"<[^>]+>", " ", html))
    for bad in root.xpath("//script|//style|//noscript|//iframe"):
        bad.drop_tree()
    for br in root.xpath("//br"):
        br.tail = "\n" + (br.tail or "")
    blocks = "p div li h1 h2 h3 h4 h5 h6 blockquote pre tr section article figure figcaption"
    for el in root.iter(*blocks.split()):
        el.tail = "\n" + (el.tail or "")
        if el.text:
            el.text = "\n" + el.text
        else:
            el.text = "\n"
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    return "\n\n".join(line for line in lines if line)
