"""Plans a side's own government announces are confirmed: "Japan's foreign ministry said Ishiba would travel
to the summit". Split out of event_dates.py."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.events import Draft

ANNOUNCING = {"say", "announce", "confirm", "state", "tell"}


def _announcer(d: Draft) -> Token | None:
    """The subject of the speech verb a future clause holding the trigger is reported by ("the
    ministry said on Friday that X would travel ...")."""
    verb = d.token if d.token.pos_ in {"VERB", "AUX"} else d.token.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ANNOUNCING:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll"} for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def confirm_announced(doc: Doc, drafts: list[Draft]) -> None:
    """A government body announcing that its own side will take part in a meeting ("Japan's foreign
    ministry said Ishiba would travel to the summit") confirms it: the plan is official."""
    for d in drafts:
        if d.type != "CONSULT" or d.status != "planned" or not d.source:
            continue
        speaker = _announcer(d)
        refs = refs_for(doc, speaker) if speaker is not None else []
        if refs and refs[0].kind in {"organisation", "state"} and refs[0].country in d.countries("source"):
            d.status = "confirmed"
