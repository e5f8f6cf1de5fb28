"""Recognition switched from one state to another: ties ended with the state left (SANCTION, the verb's own
trigger) and recognition extended to the state chosen (PLOVER SUPPORT: "recognition of ... new governments",
"initiation of diplomatic ties"), each towards its own side."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.syntax import direct_objects
from detente.nlp.trigger_turns import EXCLUSIVE_TIES, SWITCHING_VERBS


def _ends(verb: Token) -> tuple[Token | None, Token | None]:
    """The "from" and "to" states of a switched tie; the parser may hang either on the verb or on the tie noun."""
    heads = [verb] + [o for o in direct_objects(verb) if o.lemma_.lower() in EXCLUSIVE_TIES]
    if len(heads) == 1:
        return None, None
    ends = {}
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"from", "to"}):
            ends.setdefault(prep.lower_, next((g for g in prep.children if g.dep_ == "pobj"), None))
    return ends.get("from"), ends.get("to")


def split_switched_ties(doc: Doc, drafts: list) -> None:
    """Add the recognition of the state chosen beside each switch coded as ties ended, and keep the state
    chosen off the ended ties' target."""
    for draft in list(drafts):
        if draft.type != "SANCTION" or draft.token.lemma_.lower() not in SWITCHING_VERBS:
            continue
        left, chosen = _ends(draft.token)
        chosen_refs = refs_for(doc, chosen) if chosen is not None else []
        if not chosen_refs:
            continue
        left_refs = refs_for(doc, left) if left is not None else []
        draft.target = left_refs or [r for r in draft.target if r not in chosen_refs]
        drafts.append(replace(draft, type="SUPPORT", mode=None, target=list(chosen_refs), cameo=None,
                              links=[], repeats=[], response=None))
