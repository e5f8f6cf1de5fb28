"""Acts told in a "before" clause whose time follows from the clause it hangs on:
"is due to visit the base on Thursday before flying on to Abu Dhabi" (the flight is as planned as the
visit) and "came a month before NATO leaders meet in The Hague" (a present tense in a "before" clause
under a past main verb tells a time still ahead of the telling)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.tense import told_as_past

BEFORE_WORDS = {"before", "until", "till"}


def _onward_leg(verb: Token) -> Token | None:
    """"before flying on to X": the verb the "before + -ing" phrase hangs on, if `verb` is that -ing."""
    prep = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and prep.lower_ in BEFORE_WORDS and \
            prep.head.pos_ in {"VERB", "AUX"}:
        return prep.head
    return None


def _present_before_past(verb: Token) -> bool:
    """"came a month before leaders meet": a bare present in a "before" clause of a past main verb."""
    marked = any(c.dep_ == "mark" and c.lower_ in BEFORE_WORDS for c in verb.children)
    bare = verb.tag_ in {"VBP", "VBZ"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return verb.dep_ == "advcl" and marked and bare and told_as_past(verb.head)


def adjunct_status(token: Token, status: str, explicit: bool, status_of_verb) -> str:
    """Planned for an act whose own words gave no status (`explicit` False) when its "before" clause
    takes the time of a planned act, or tells a time still ahead; `status_of_verb` reads a verb's status."""
    if explicit or status != "occurred" or token.pos_ != "VERB":
        return status
    if _present_before_past(token):
        return "planned"
    main = _onward_leg(token)
    if main is not None and status_of_verb(main) == "planned":
        return "planned"
    return status
