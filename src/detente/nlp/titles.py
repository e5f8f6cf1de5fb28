"""What a title tells about a person the knowledge base lacks, beyond the words of the office.

Readings the actor component's first pass gets wrong or leaves out:
- a country the office deals with is not the holder's: "Deputy Assistant Secretary of Defense for China X",
  "Ambassador to Japan Y" (the portfolio follows "for", "to", "on" or "in");
- a title that only one state's office table lists tells the holder's state ("Chief Cabinet Secretary");
- a military rank is not an office: "Maj. Gen. X, deputy director of the Y's Z," holds the office the
  apposition names, and its body tells the country;
- "then-Prime Minister X", "former minister X": the office is past, so on the publication date the person
  is a former office holder (PLOVER's ELI sector, role "former <office>").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from detente.nlp.mentions import RANKS, Ref
from detente.nlp.title_phrases import ROLE_NOUNS, spoken_for

PORTFOLIO_WORDS = {"for", "to", "on", "in"}
PAST_MARKS = {"former", "ex", "then"}
APPOSITION_STOPS = {",", ".", ";", "(", ")", "\n"}
MAX_APPOSITION = 20


def refine_title(component, doc: Doc, span: Span, title: Span | None, plain: Ref, ref: Ref) -> Ref:
    """The person `ref` (read with `title`, the phrase the actor component found, from `plain`) with
    portfolio, rank and past-office readings."""
    if plain.via != "unknown" or ref.kind != "person" or title is None:
        return ref
    ref = _without_portfolio(component, doc, title, plain, ref)
    ref = _state_of_title(component.kb, title, ref)
    ref = _office_beside_rank(component, doc, span, ref)
    return _past_office(doc, title, ref)


def portfolio_countries(kb, title: Span) -> set[str]:
    """Countries a title names after "for", "to", "on", "in": what the office deals with, not its holder."""
    found = set()
    for t in title:
        if t.lower_ not in PORTFOLIO_WORDS or spoken_for(t):
            continue
        start = t.i + 1 + (t.i + 1 < title.end and t.doc[t.i + 1].lower_ == "the")
        for size in (3, 2, 1):
            if start + size <= title.end and (code := kb.country_code(t.doc[start:start + size].text)):
                found.add(code)
                break
    return found


def _without_portfolio(component, doc: Doc, title: Span, plain: Ref, ref: Ref) -> Ref:
    """Drop a country the title took from the office's portfolio, unless it is also written before the title."""
    if plain.country or not ref.country or ref.country not in portfolio_countries(component.kb, title):
        return ref
    if component._country_before(doc, title.start) == ref.country:
        return ref
    owner = next((c for t in title if t.lower_ not in PORTFOLIO_WORDS and t.pos_ in {"PROPN", "ADJ"}
                  and (c := component.kb.country_code(t.text)) and c != ref.country), None)
    return replace(ref, country=owner)


def _state_of_title(kb, title: Span, ref: Ref) -> Ref:
    """A title only one state's table lists tells the holder's state: "Chief Cabinet Secretary" is Japan's;
    not a title a pronoun owns ("his press secretary": the owner's, read by person_context)."""
    if ref.country or pronoun_owned(title):
        return ref
    found = kb.title_countries(title.text)
    return replace(ref, country=found.pop()) if len(found) == 1 else ref


def pronoun_owned(title: Span) -> bool:
    """"his press secretary", "its envoy": a title owned by a possessive pronoun (the office of someone named
    elsewhere)."""
    doc = title.doc
    before = doc[title.start - 1] if title.start > 0 else None
    return (before is not None and before.tag_ == "PRP$") or any(t.tag_ == "PRP$" for t in title)


def _rank_only(role: str | None, kb) -> bool:
    """A role of ranks alone, perhaps with a nationality: "Maj. Gen.", "Indian Lt. Gen."."""
    words = (role or "").split()
    rest = [w for w in words if w.lower() not in RANKS]
    return len(rest) < len(words) and all(kb.country_code(w) for w in rest)


def office_apposition(doc: Doc, span: Span) -> Span | None:
    """"X, deputy director of the Y's Z," -> the office phrase beside a name, up to its closing punctuation."""
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return None
    start = span.end + 1 + (doc[span.end + 1].lower_ in {"the", "a", "an"})
    stop = start
    while stop < len(doc) and stop - start < MAX_APPOSITION and doc[stop].text not in APPOSITION_STOPS \
            and doc[stop].pos_ not in {"VERB", "AUX"}:
        stop += 1
    closed = stop < len(doc) and doc[stop].text in APPOSITION_STOPS
    has_role = any(t.lower_ in ROLE_NOUNS for t in doc[start:min(stop, start + 3)])
    return doc[start:stop] if closed and stop > start and has_role else None


def _office_beside_rank(component, doc: Doc, span: Span, ref: Ref) -> Ref:
    """A rank read as the role gives way to the office in an apposition, whose body may tell the country."""
    if not _rank_only(ref.role, component.kb):
        return ref
    office = office_apposition(doc, span)
    if office is None:
        return ref
    return replace(ref, role=office.text, country=ref.country or component._country_in(office))


def _past_office(doc: Doc, title: Span, ref: Ref) -> Ref:
    """"then-Prime Minister X", "former minister X": a past office makes a former office holder (ELI)."""
    first = title[0].lower_
    before = [t.lower_ for t in doc[max(title.start - 2, 0):title.start]]
    past = first in PAST_MARKS or (before[-1:] == ["-"] and before[:1] in (["then"], ["ex"])) or before[-1:] == ["former"]
    if not past or not ref.role:
        return ref
    office = ref.role.split(" ", 1)[1] if ref.role.split(" ", 1)[0].lower() in PAST_MARKS and " " in ref.role else ref.role
    return replace(ref, role=f"former {office.lstrip('- ')}", sector="ELI")


def title_antecedent(doc: Doc, title: Span, mentions: list[Span]) -> Ref | None:
    """"the president said": a title with "the" and no state names a person named earlier whose role is that
    office; someone named in the same sentence is not the one it refers to ("seated with Lee, the president
    said" is not Lee), and of several holders the one the article names most is meant."""
    before = doc[title.start - 1] if title.start > 0 else None
    if before is None or before.lower_ != "the" or len(title) > 3:
        return None
    want = title.text.lower()
    sent = title.sent
    counts: dict[str, list] = {}
    for m in mentions:
        ref = m._.ref
        role = (ref.role or "").lower()
        if ref.kind != "person" or m.start >= title.start or not re.search(rf"(?<!vice )\b{re.escape(want)}\b", role):
            continue
        if any(mark in role for mark in PAST_MARKS):
            continue
        counts.setdefault(ref.actor_id, [0, ref, False])
        counts[ref.actor_id][0] += 1
        counts[ref.actor_id][2] |= sent.start <= m.start < sent.end
    held = [c for c in counts.values() if not c[2]]
    return max(held, key=lambda c: c[0])[1] if held else None
