"""Parts of a news page that are not the article body: link blocks, credits, prompts, disclaimers.

`find_boilerplate` returns character spans (offsets into the text as given) that must never be
coded; `find_headlines` returns section-heading lines (and a headline-like first line), so that
events are not coded twice from a heading and its paragraph; `detect_ai_disclaimer` says whether
the article declares it was produced with AI; `guess_title` returns a headline-like first line.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Iterator


@dataclass(frozen=True)
class Block:
    """A span of boilerplate: offsets into the text, its kind and its text."""

    start: int
    end: int
    kind: str  # related_links | disclaimer | photo_credit | newsletter | share | credit | copyright
    text: str

    def as_dict(self) -> dict:
        return asdict(self)


_I = re.IGNORECASE
RELATED_RE = re.compile(
    r"\s*(?:see also|related(?: articles| stories| coverage| news| reading| content)?|read next|"
    r"read more|also read|read also|more from [\w&'-]+(?:\s[\w&'-]+){0,3}|recommended(?: reading| for you)?|"
    r"you may also like|further reading|more on this(?: story| topic)?)"
    r"\s*(?:[:|>\-\u2013\u2014]|$)", _I)
BULLET_RE = re.compile(r"\s*(?:[-*\u2022\u00b7\u25aa\u25b8\u2023\u2013\u2014>]\s|\d{1,2}[.)]\s)")
URL_RE = re.compile(r"\s*(?:https?://|www\.)\S+\s*$", _I)
LINE_RULES = (  # (kind, regex matched at the start of a line): the whole line is boilerplate
    ("disclaimer", re.compile(r"\s*(?:disclaimer|ai disclosure|transparency note)\s*:", _I)),
    ("photo_credit", re.compile(
        r"\s*(?:(?:featured |header |cover |top |file |lead )?(?:photo(?:graph)?s?|images?|pictures?)"
        r"(?:\s+(?:courtesy(?: of)?|credits?|by|source|via))?\s*[:|\u2013\u2014-]|image credits?\b|"
        r"photo (?:by|courtesy)\b)", _I)),
    ("newsletter", re.compile(
        r"\s*(?:sign up (?:for|to|here|now)|subscribe (?:to|now|here|for|today)|get (?:our|the) [\w' -]{0,40}"
        r"newsletter|join our [\w' -]{0,30}(?:newsletter|mailing list)|click here to subscribe)", _I)),
    ("share", re.compile(
        r"\s*(?:share (?:this (?:article|story|post|page)|on (?:facebook|twitter|x|linkedin|whatsapp|email))\b|"
        r"share:|click to share|tweet this|follow us on|like us on)", _I)),
    ("credit", re.compile(  # "Reporting by Ann Example; Editing by Bo Sample", no sentence
        r"\s*(?:\((?i:(?:additional )?reporting|writing|editing|compiled|edited) by [A-Z][^()\n]{0,150}\)|"
        r"(?i:(?:additional )?reporting|writing|editing|compiled|edited) by [A-Z][^.\n]{0,150})\s*$")),
    ("copyright", re.compile(
        r"\s*(?:\u00a9|\(c\)\s*\d{4}|copyright\s*(?:\u00a9|\(c\)|\d{4}))|.*\ball rights reserved\b", _I)),
)
AGENCY_RE = re.compile(r"getty images|shutterstock|\bap photo\b|\bafp via\b|\breuters/|\bpool photo\b", _I)
PAREN_CREDIT_RE = re.compile(
    r"\((?:[^()\n]{0,150}?\b(?:photos?\s+(?:by|courtesy|credit)|(?:ap|afp|reuters|epa|xinhua|pool)\s+photo|"
    r"getty images|shutterstock|images?\s+(?:by|courtesy|credit))\b[^()\n]{0,150})\)", _I)
SHARE_WORDS = frozenset("facebook twitter x linkedin email e-mail whatsapp reddit telegram print share "
                        "copy link pinterest".split())
SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or over the to under up "
                        "upon vs via with amid after before".split())
BYLINE_RE = re.compile(r"\s*by\s+[A-Z]", _I)
BODY_END_RE = re.compile(r"[.!;,:]['\"\u2019\u201d)]*$")


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for each line, end excluding the newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _words(line: str) -> list[str]:
    return line.split()


def _is_link_line(line: str) -> bool:
    """A line in a "Related:" block: a bullet, a URL, or a headline (short, not a sentence)."""
    if BULLET_RE.match(line) or URL_RE.match(line):
        return True
    n = len(_words(line))
    if re.search(r"[.!]['\"\u2019\u201d]*$", line.strip()):
        return False
    return n <= 30 if not line.rstrip().endswith("?") else n <= 15


def _is_share_line(line: str) -> bool:
    words = [w for w in re.split(r"[\s|\u2022\u00b7/,]+", line.lower()) if w]
    return bool(words) and all(w in SHARE_WORDS for w in words) and any(w != "share" for w in words)


@lru_cache(maxsize=4096)  # the boilerplate and the headline passes ask about the same lines
def _line_kind(line: str) -> str | None:
    for kind, rule in LINE_RULES:
        if rule.match(line):
            return kind
    if _is_share_line(line):
        return "share"
    if AGENCY_RE.search(line) and len(_words(line)) <= 12:
        return "photo_credit"
    if detect_ai_disclaimer(line) and len(_words(line)) <= 40:
        return "disclaimer"
    return None


def _related_end(lines: list[tuple[int, int, str]], i: int, limit: int = 12) -> int:
    """Index of the last line of the related-links block whose marker is line i."""
    last, j = i, i + 1
    while j < len(lines) and j - i <= limit:
        line = lines[j][2]
        if not line.strip():
            j += 1
            continue
        if not _is_link_line(line) or _line_kind(line) or _heads_paragraph(lines, j):
            break
        last, j = j, j + 1
    return last


def _heads_paragraph(lines: list[tuple[int, int, str]], j: int) -> bool:
    """A plain headline line directly above a body paragraph is a section heading, not a link."""
    line = lines[j][2]
    if BULLET_RE.match(line) or URL_RE.match(line) or j + 1 >= len(lines):
        return False
    following = lines[j + 1][2]
    return bool(following.strip()) and not _is_link_line(following)


def find_boilerplate(text: str) -> list[Block]:
    """Blocks of `text` that are not article body, in order, as offsets into `text`."""
    lines = list(_lines(text))
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        if RELATED_RE.match(line):
            last = _related_end(lines, i)
            blocks.append(Block(start, lines[last][1], "related_links", text[start:lines[last][1]]))
            i = last + 1
            continue
        kind = _line_kind(line) if line.strip() else None
        if kind:
            blocks.append(Block(start, end, kind, line))
        else:
            for m in PAREN_CREDIT_RE.finditer(line):
                blocks.append(Block(start + m.start(), start + m.end(), "photo_credit", m.group()))
        i += 1
    return blocks


def _title_case(words: list[str]) -> bool:
    """Most significant words capitalised (title case or all caps), first word included."""
    letters = [w.strip("\"'\u2018\u2019\u201c\u201d([") for w in words]
    letters = [w for w in letters if w and w[0].isalnum()]
    if not letters or not letters[0][0].isupper():
        return False
    big = [w for w in letters[1:] if w.lower() not in SMALL_WORDS and not w[0].isdigit()]
    return sum(w[0].isupper() for w in big) >= 0.8 * len(big)


def _headline_like(line: str, max_words: int = 14) -> bool:
    s = line.strip()
    words = _words(s)
    if not 2 <= len(words) <= max_words or len(s) > 120:
        return False
    if BODY_END_RE.search(s) or BULLET_RE.match(s) or BYLINE_RE.match(s) or s.endswith(("-", "\u2014")):
        return False
    return _line_kind(s) is None and not RELATED_RE.match(s)


def find_headlines(text: str) -> list[tuple[int, int]]:
    """(start, end) of stand-alone heading lines: 2-14 words, title case, no final period."""
    found = []
    for start, end, line in _lines(text):
        if _headline_like(line) and _title_case(_words(line)):
            lead = len(line) - len(line.lstrip())
            found.append((start + lead, start + len(line.rstrip())))
    return found


def guess_title(text: str) -> str | None:
    """The first non-empty line when it looks like a headline (short, no final period) and more follows."""
    lines = [line.strip() for _, _, line in _lines(text) if line.strip()]
    if len(lines) < 2 or not _headline_like(lines[0], max_words=25):
        return None
    return lines[0]


_AI = r"(?:ai|a\.i\.|artificial intelligence|generative ai|automation|automated (?:tools?|systems?)|" \
      r"machine[- ]translation|machine learning|(?:large )?language models?|llms?|chatgpt|gpt-?\d*)"
_MADE = r"(?:produced|generated|written|created|prepared|drafted|compiled|composed|translated|edited|" \
        r"summari[sz]ed|assisted|enhanced|made|developed|curated)"
AI_MADE_RE = re.compile(
    rf"\b{_MADE}(?:\s+[\w-]+){{0,3}}?\s+(?:with|by|using|through|via)\s+(?:the\s+)?(?:(?:help|assistance|aid|"
    rf"support|use|input)\s+(?:of|from)\s+)?(?:an?\s+)?(?:generative\s+)?{_AI}\b", _I)
AI_ADJ_RE = re.compile(
    r"\b(?:ai|a\.i\.)[- ](?:assisted|generated|produced|written|created|aided|powered)\b"
    r"(?=\s*(?:content|article|story|text|summary|report|translation|news|copy)\b|\s*[.;)]|\s*$)", _I)
# AI as the doer: "An AI system assisted in preparing this report", "AI tools were used to draft this story"
AI_DOER_RE = re.compile(
    rf"\b(?:an?\s+)?(?:generative\s+)?{_AI}(?:[- ](?:system|tool|model|assistant|software|program)s?)?\s+"
    r"(?:assisted|helped|aided|contributed|(?:was|were)\s+(?:used|employed))\b", _I)
# the text names itself ("this report") or is labelled a disclaimer
SELF_NAMED = r"\b(?:this|the following|the above|portions of this|parts of this)\s+(?:article|content|story|" \
    r"report|post|piece|text|summary|page|translation|news)\b|^\s*(?:disclaimer|note|editor'?s note|" \
    r"ai disclosure|transparency note)\s*:"
SELF_NAMED_RE = re.compile(SELF_NAMED, _I)
SELF_RE = re.compile(SELF_NAMED + r"|^\s*(?:\(?\s*)" + _MADE + r"\b|^\s*\(?\s*ai[- ]", _I)
_SENT_SPLIT_RE = re.compile(r"\n+|(?<=[.!?])\s+(?=[A-Z(\"])")


def detect_ai_disclaimer(text: str) -> bool:
    """True when the text declares it was (partly) produced with AI, not when it merely mentions AI."""
    for sentence in _SENT_SPLIT_RE.split(text):
        if (AI_MADE_RE.search(sentence) or AI_ADJ_RE.search(sentence)) and SELF_RE.search(sentence):
            return True
        if AI_DOER_RE.search(sentence) and SELF_NAMED_RE.search(sentence):
            return True
    return False
