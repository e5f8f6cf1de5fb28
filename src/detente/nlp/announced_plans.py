"""Plans a side's own government announces: its word on its own participation is confirmed ("Japan's
foreign ministry said Ishiba would travel to the summit"); any other announced act for later (a purchase,
a lifted sanction) and the onward leg of a tour under way ("would fly on to Japan") are planned, as the
README's status conventions say: the announcement is not yet the act. Split out of event_dates.py."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.events import Draft
from detente.nlp.tense import tense_verb

ANNOUNCING = {"say", "announce", "confirm", "state", "tell"}
FUTURE_AUX = {"would", "will", "'ll", "shall"}
# verbs of going on from one stop to the next ("fly on to Japan"): the itinerary of a trip under way
ONWARD = {"fly", "travel", "head", "go", "continue"}


def _announcer(d: Draft) -> Token | None:
    """The subject of the speech verb a future clause holding the trigger is reported by ("the
    ministry said on Friday that X would travel ...")."""
    verb = d.token if d.token.pos_ in {"VERB", "AUX"} else d.token.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ANNOUNCING:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _onward(d: Draft) -> bool:
    """"would fly on to Japan": the next leg of a tour under way, told with "on" right after the verb
    (not "travel to London on loan")."""
    token = d.token
    return token.lemma_.lower() in ONWARD and any(c.lower_ == "on" and c.i == token.i + 1 for c in token.children)


def _participation(d: Draft) -> bool:
    """A side's word on its own taking part in a meeting (not the next stop of a trip already under way)."""
    return d.type == "CONSULT" and not _onward(d)


def confirm_announced(doc: Doc, drafts: list[Draft]) -> None:
    """A government body announcing that its own side will take part in a meeting confirms it; other
    acts it announces for later stay planned (see plan_announced_acts)."""
    for d in drafts:
        if d.status != "planned" or not d.source or not _participation(d):
            continue
        speaker = _announcer(d)
        refs = refs_for(doc, speaker) if speaker is not None else []
        if refs and refs[0].kind in {"organisation", "state"} and refs[0].country in d.countries("source"):
            d.status = "confirmed"
    plan_announced_acts(drafts)


def plan_announced_acts(drafts: list[Draft]) -> None:
    """"Korean Air announced it would buy 103 jets", "officials said he would fly on to Japan": an act
    announced for later is planned; `confirmed` is kept for a side's word on its own participation."""
    for d in drafts:
        verb = tense_verb(d.token)
        if d.status == "confirmed" and not _participation(d) and \
                any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            d.status = "planned"
