"""Finding the engine's actors, triggers, quotes and places in the gold text, as character spans.

The readout names actors and places but does not give their character offsets, so the span tasks
locate them: every surface form the readout has for an actor (its name and its mentions) is searched
in the sentence at word boundaries, and the occurrence nearest the event's trigger (or the quote's
cue) is taken. A name that cannot be found in the text yields no span; the scorers count it as a
predicted span that matches nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from detente.records import Readout

Span = tuple[int, int]


def find_all(text: str, needle: str, lo: int = 0, hi: int | None = None) -> list[Span]:
    """Every case-insensitive occurrence of `needle` in text[lo:hi] at word boundaries."""
    needle = needle.strip()
    if not needle:
        return []
    hi = len(text) if hi is None else hi
    # words may be joined by any whitespace, and a possessive may sit between them ("Norway's prime
    # minister" for the readout's "Norway prime minister")
    body = r"(?:['\u2019]s)?\s+".join(re.escape(word) for word in needle.split())
    pattern = re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text, max(lo, 0), hi)]


def nearest(spans: Iterable[Span], anchor: Span | None) -> Span | None:
    """The span closest to the anchor (the first one without an anchor); longer wins ties."""
    spans = list(spans)
    if not spans:
        return None
    if anchor is None:
        return min(spans, key=lambda s: (s[0], -(s[1] - s[0])))

    def distance(s: Span) -> int:
        return max(anchor[0] - s[1], s[0] - anchor[1], 0)
    return min(spans, key=lambda s: (distance(s), -(s[1] - s[0]), s[0]))


def surface_forms(actor: dict[str, Any], readout: Readout | None) -> list[str]:
    """The strings the readout has for an actor reference: its name, the actor's name and mentions."""
    forms = [actor.get("name") or ""]
    if readout is not None and actor.get("actor_id"):
        for known in readout.actors:
            if known.id == actor["actor_id"]:
                forms += [known.name, *known.mentions]
    seen, out = set(), []
    for form in sorted(forms, key=len, reverse=True):
        if form and form.lower() not in seen:
            seen.add(form.lower())
            out.append(form)
    return out


def locate(text: str, forms: Sequence[str], anchor: Span | None, lo: int = 0, hi: int | None = None
           ) -> Span | None:
    """The occurrence of any of the forms in text[lo:hi] nearest the anchor."""
    return nearest((s for form in forms for s in find_all(text, form, lo, hi)), anchor)


def trigger_span(event: dict[str, Any], text: str) -> Span | None:
    """Where an event's trigger word is in the article text (within its evidence sentence)."""
    evidence = event.get("evidence") or {}
    start, end = evidence.get("start", 0), evidence.get("end", len(text))
    found = find_all(text, event.get("trigger") or "", start, end)
    return found[0] if found else None


def actor_spans(event: dict[str, Any], side: str, text: str, readout: Readout | None) -> list[Span]:
    """One span per source or target actor of an event, found in its evidence sentence."""
    evidence = event.get("evidence") or {}
    start, end = evidence.get("start", 0), evidence.get("end", len(text))
    anchor = trigger_span(event, text)
    out = []
    for actor in event.get(side) or []:
        span = locate(text, surface_forms(actor, readout), anchor, start, end)
        if span is not None and span not in out:
            out.append(span)
    return out


def tokens_in(span: Span, token_offsets: Sequence[Span]) -> set[int]:
    """Indices of the tokens a character span overlaps."""
    return {i for i, (s, e) in enumerate(token_offsets) if s < span[1] and span[0] < e}


def token_range(indices: Iterable[int]) -> Span | None:
    """A set of token indices as a half-open token range [first, last + 1)."""
    indices = sorted(indices)
    return (indices[0], indices[-1] + 1) if indices else None


def overlaps_any(span: Span, others: Iterable[Span]) -> bool:
    """The span shares at least one character with one of the others."""
    return any(span[0] < o[1] and o[0] < span[1] for o in others)
