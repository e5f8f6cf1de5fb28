"""A spoken promise of backing ("said Turkey would keep supporting the talks", "promised that Washington would
stand by its ally") is SUPPORT occurred: the expression of support is the verbal act, made when spoken,
whatever its tense (examples/README convention 15); a concrete supporting act announced for later (a
recognition, a nomination) keeps its own planned status."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose object is backed: the support itself, not a concrete act of it.
BACKING_VERBS = {"support", "back", "stand", "champion", "endorse", "defend"}
# Verbs that tell the promise the backing is spoken in ("said ... would support", "pledged to back").
SPOKEN = {"say", "tell", "promise", "pledge", "vow", "assure", "reaffirm", "reiterate", "add", "insist", "stress",
          "declare", "state", "affirm", "commit"}  # not "urge" or "plan": backing asked or intended is not given
ASPECT_VERBS = {"keep", "continue", "go", "remain"}  # "would keep supporting", "would go on backing"


def spoken_backing(token: Token) -> bool:
    """Whether a SUPPORT trigger is backing promised in speech: a backing verb under a speech verb, through
    an aspect verb if any ("told his guest that Turkey would keep supporting ...")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in BACKING_VERBS:
        return False
    clause = token
    if clause.dep_ in {"xcomp", "ccomp"} and clause.head.lemma_.lower() in ASPECT_VERBS:
        clause = clause.head
    return clause.dep_ in {"ccomp", "xcomp"} and clause.head.lemma_.lower() in SPOKEN


def settle_spoken_backing(drafts: list) -> None:
    """Backing promised in speech is done when spoken: its planned status becomes occurred."""
    for d in drafts:
        if d.type == "SUPPORT" and d.status == "planned" and spoken_backing(d.token):
            d.status = "occurred"
