"""A small language detector: writing system first, then common function words (stopwords).

detente codes English only, so the question that matters is "is this English?". The detector is
deliberately conservative: it names another language only on clear evidence (a non-Latin script
for most letters, or many more function words of one other language than of English), and
otherwise answers "en" (or the page's declared language, when the text is too short to tell).
No model, no download: a few hundred words in the source below.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "no": "Norwegian", "da": "Danish",
    "pl": "Polish", "tr": "Turkish", "id": "Indonesian", "ro": "Romanian", "ru": "Russian",
    "uk": "Ukrainian", "el": "Greek", "ar": "Arabic", "fa": "Persian", "he": "Hebrew", "zh": "Chinese",
    "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai", "und": "undetermined",
}

STOPWORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in {
    "en": "the of and to in is that for on with was as by at from it its his her said has have were be "
          "are an this which not but will had their they would been after who also more than he she "
          "we there about over into what when while could should",
    "fr": "le la les des du et est une dans pour que qui sur pas au aux avec par ce cette sont ont été "
          "il elle ne plus mais leur selon entre lors nous vous sa ses son être fait comme où",
    "de": "der die das und ist nicht mit den dem des von zu auf für sich ein eine einer auch bei nach "
          "wird wurde sind hat aus dass im am über vor noch wie werden haben oder sie er es",
    "es": "el los las del que y por con para una es se su sus lo al como más pero fue sobre este esta "
          "ha han según también entre cuando muy sin hasta desde donde",
    "it": "il della delle degli dei che di per con una non sono nel nella alla gli è anche ha più "
          "dal dalla ma come questo questa secondo essere stato lo tra",
    "pt": "o os da do das dos que em para com não uma um no na nos é ao pelo pela mais foi são seu "
          "sua também segundo entre mas como já ser está",
    "nl": "de het een en van is dat op te met voor niet zijn door aan ook werd bij naar om wordt "
          "maar heeft deze dit hij er nog zo",
    "sv": "och att det som en är av för på med till den inte har om var ett de men från vid sig "
          "efter kan också enligt skulle hade",
    "no": "og at det som er av for på med til den ikke har om var et de men fra ved seg etter kan "
          "også ifølge skal hadde",
    "da": "og at det som er af for på med til den ikke har om var et de men fra ved sig efter kan "
          "også ifølge skal havde",
    "pl": "i w z na się nie do to że jest o jak po od za przez dla oraz ale które który jego być "
          "tym został",
    "tr": "ve bir bu da de için ile olarak çok daha gibi olan ama sonra kadar ancak değil göre "
          "şekilde tarafından",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh ada "
          "sebagai bahwa telah mereka",
    "ro": "și în de la cu pe care este din un o nu mai să fost pentru au ce fi sunt după",
}.items()}

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
MIN_LETTERS = 40        # fewer letters than this: too little to tell by script
MIN_WORDS = 12          # fewer words than this: too little to tell by stopwords
OTHER_OVER_EN = 2.0     # another language needs this many times English's stopword hits
MIN_OTHER_SHARE = 0.12  # ... and this share of all words
MIN_DISTINCT = 4        # ... from at least this many different function words (not one repeated "no")


def _script(ch: str) -> str | None:
    """The writing system of one letter (coarse), or None for a non-letter."""
    if not ch.isalpha():
        return None
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    if 0x370 <= code <= 0x3FF or 0x1F00 <= code <= 0x1FFF:
        return "greek"
    if 0x400 <= code <= 0x52F:
        return "cyrillic"
    if 0x590 <= code <= 0x5FF:
        return "hebrew"
    if 0x600 <= code <= 0x6FF or 0x750 <= code <= 0x77F or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    if 0x900 <= code <= 0x97F:
        return "devanagari"
    if 0xE00 <= code <= 0xE7F:
        return "thai"
    if 0x3040 <= code <= 0x30FF:
        return "kana"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
        return "hangul"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return "han"
    return "other"


def _by_script(text: str) -> str | None:
    """A language from the writing system when most letters are not Latin; None when Latin or too few."""
    counts = Counter(s for s in map(_script, text) if s)
    total = sum(counts.values())
    if total < MIN_LETTERS or counts["latin"] >= 0.5 * total:
        return None
    script, _ = max(((s, n) for s, n in counts.items() if s != "latin"), key=lambda x: x[1])
    if script == "cyrillic":
        return "uk" if re.search(r"[іїєґІЇЄҐ]", text) else "ru"
    if script == "arabic":
        return "fa" if re.search(r"[پچژگ]", text) else "ar"
    if script == "han":
        return "ja" if counts["kana"] else "zh"
    return {"greek": "el", "hebrew": "he", "devanagari": "hi", "thai": "th", "kana": "ja",
            "hangul": "ko"}.get(script, "und")


def _by_stopwords(text: str) -> str | None:
    """A language from function words; None when there are too few words or no clear winner."""
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(unicodedata.normalize("NFC", text))]
    words = [w.split("'")[-1] if "'" in w and w.split("'")[0] in {"l", "d", "qu", "n", "s", "c", "j"} else w
             for w in words]
    if len(words) < MIN_WORDS:
        return None
    hits = {lang: sum(1 for w in words if w in stops) for lang, stops in STOPWORDS.items()}
    english = hits.pop("en")
    best, best_hits = max(hits.items(), key=lambda kv: kv[1])
    distinct = len({w for w in words if w in STOPWORDS[best]})
    if best_hits >= OTHER_OVER_EN * max(english, 1) and best_hits >= MIN_OTHER_SHARE * len(words) \
            and distinct >= MIN_DISTINCT:
        if best in ("no", "da"):  # near-identical lists: tell them apart by their few differences
            best = "da" if hits["da"] > hits["no"] else "no"
        return best
    return "en" if english >= 0.05 * len(words) else None


def primary_subtag(tag: str | None) -> str | None:
    """'en-GB' -> 'en', 'fr_FR' -> 'fr'; None for empty or malformed tags."""
    if not tag:
        return None
    m = re.match(r"\s*([A-Za-z]{2,3})(?:$|[-_\s,;])", str(tag))
    return m.group(1).lower() if m else None


def detect_language(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of the text's language: by script, then by stopwords, then the hint, then 'en'.

    `hint` is what the page or feed declares (``<html lang>``, Content-Language, a corpus field);
    it decides only when the text itself is too short to tell.
    """
    found = _by_script(text) or _by_stopwords(text)
    if found:
        return found
    return primary_subtag(hint) or "en"


def skip_reason_for(language: str | None) -> str | None:
    """Why an article in `language` is not coded (None for English)."""
    if not language or language == "en":
        return None
    name = NAMES.get(language, language)
    return (f"written in {name} ({language}), not English; recorded but not coded "
            "(detente reads English only)")
