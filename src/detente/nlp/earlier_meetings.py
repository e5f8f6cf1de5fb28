"""Meetings told as earlier ones of those just reported: "The earlier rounds took place in Oslo in March",
"the previous session was held in Rome". A meeting noun marked as coming before, with no side named, is an
earlier meeting between the sides of the latest two-sided meeting told before it (PLOVER CONSULT), whatever
word that one was told with ("met", "talks"). Runs in `event_links.settle` beside the series of a kind."""

from __future__ import annotations

from detente.nlp.events import Draft

EARLIER_WORDS = {"earlier", "previous", "prior"}
MEETING_NOUNS = {"round", "meeting", "session", "talk", "summit"}
WINDOW = 10  # sentences back the meeting it follows may be told (a background paragraph closes a story)


def _earlier_meeting(d: Draft) -> bool:
    """"the earlier rounds", "the previous meeting": a meeting noun with no party, said to come before."""
    token = d.token
    return d.type == "CONSULT" and not d.source and not d.target and token.pos_ == "NOUN" and \
        token.lemma_.lower() in MEETING_NOUNS and any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS
                                                      for c in token.children)


def earlier_meeting_sides(drafts: list[Draft], index: dict[int, int]) -> None:
    """An earlier meeting with no party takes the sides of the latest meeting between two sides before it."""
    for i, d in enumerate(drafts):
        if not _earlier_meeting(d):
            continue
        here = index[d.sent.start]
        prev = next((p for p in reversed(drafts[:i]) if p.type == "CONSULT" and p.source and p.target
                     and p.status == "occurred" and here - index[p.sent.start] <= WINDOW), None)
        if prev is not None:
            d.source, d.target = list(prev.source), list(prev.target)
