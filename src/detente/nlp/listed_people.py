"""People named as among a group an act is done to: "freed 14 prisoners on Saturday, among them the
opposition figure X", "expelled ten diplomats, including the consul, Y". The parser often hangs the name on
the verb or loses it; the act's target names the group, and the person named among it is acted on too.
Runs inside `event_links.settle`, after the clause's own people are joined.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.nlp.antecedents import mention_of
from detente.nlp.events import Draft
from detente.nlp.syntax import governing_verb

# words that open the list of a group's named members, after a comma
MEMBER_MARKERS = (("among", "them"), ("among", "whom"), ("among", "those"), ("including",))
DESCRIPTOR_POS = {"DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM"}  # "the opposition figure", "the consul,"
MAX_DESCRIPTOR = 5


def _markers(sent: Span) -> list[tuple[Token, int]]:
    """Each member marker set off by a comma: the word before the comma, and where the marker ends."""
    words = [t.lower_ for t in sent]
    return [(sent[i - 2], i + len(marker)) for i in range(2, len(sent)) for marker in MEMBER_MARKERS
            if sent[i - 1].text == "," and tuple(words[i:i + len(marker)]) == marker]


def _named_after(sent: Span, start: int) -> Span | None:
    """The first person named after a marker, over a short descriptor ("the opposition figure")."""
    for tok in sent[start:start + MAX_DESCRIPTOR + 1]:
        span = mention_of(sent.doc, tok)
        if span is not None:
            return span if span._.ref.kind == "person" else None
        if tok.pos_ not in DESCRIPTOR_POS:
            return None
    return None


def _members(d: Draft) -> list:
    """The people the act's sentence lists among a group, after a comma that closes the act's own clause."""
    verb = governing_verb(d.token)
    found = [_named_after(d.sent, end) for before, end in _markers(d.sent) if governing_verb(before) == verb]
    return [span._.ref for span in found if span is not None]


def join_listed_people(drafts: list[Draft]) -> None:
    """Add to each act whose target names a group the people its sentence names among that group."""
    for d in (d for d in drafts if any(r.kind == "group" for r in d.target)):
        taken = {r.actor_id for r in d.source + d.target}
        for ref in _members(d):
            if ref.actor_id not in taken:
                d.target.append(ref)
                taken.add(ref.actor_id)
