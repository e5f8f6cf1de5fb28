"""Text keys for knowledge-base lookups: case, accents, quotes, dots and possessives do not count."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose ("Diyarbakır", "Łódź", "Tromsø", "Støre")
_UNDECOMPOSED = {"ı": "i", "İ": "I", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                 "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "þ": "th", "ð": "d"}
_LETTERS = str.maketrans(_UNDECOMPOSED)
# ... and typographic quotes and dashes.
_TRANSLATE = str.maketrans({
    **_UNDECOMPOSED,
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-",
    "\u2013": "-", "\u2014": "-", "&": " and ",
})
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s|$)")
_SPELLING = [("defence", re.compile(r"\bdefence\b"), "defense"), ("adviser", re.compile(r"\badviser\b"), "advisor"),
             ("isation", re.compile(r"(?<=\w)isation\b"), "ization"), ("centre", re.compile(r"\bcentre\b"), "center")]
_NON_WORD = re.compile(r"[^\w]+")
_MINISTER_FOR = re.compile(r"\bminister for\b")


def strip_marks(text: str) -> str:
    """A name without its diacritics, case kept: news writes "Vučić" and "Vucic", "Støre" and "Store"."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: accents, curly quotes and odd letters folded."""
    if text.isascii():
        return text.replace("&", " and ").replace("`", "'").lower()
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLATE))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The lookup key of a name: "The U.S.’s" -> "us", "Kim Jong-un" -> "kim jong un".

    British and American spellings are merged ("Defence" == "defense", "adviser" == "advisor").
    """
    text = _POSSESSIVE.sub("", fold(text))
    text = text.replace("'", "").replace(".", "")
    text = _NON_WORD.sub(" ", text).replace("_", " ").strip()
    for word, pattern, repl in _SPELLING:
        if word in text:
            text = pattern.sub(repl, text)
    return text[4:] if text.startswith("the ") else text


def title_key(text: str) -> str:
    """The lookup key of an office title: "Minister for Defence" == "minister of defense"."""
    return _MINISTER_FOR.sub("minister of", key(text))


def is_acronym(text: str) -> bool:
    """Short all-capital forms ("US", "U.N.", "WHO") that must not match ordinary lower-case words."""
    letters = re.sub(r"[\s.\-'’&]", "", text)
    return 0 < len(letters) <= 5 and letters.isalpha() and letters.isupper()


def slug(text: str) -> str:
    """A stable id fragment: "Pete Hegseth" -> "pete-hegseth"."""
    return key(text).replace(" ", "-")
