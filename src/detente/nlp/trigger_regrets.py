"""Regret voiced at another side's act ("regretted Mongolia's failure to act", "regretted the decision"):
disapproval of that act (PLOVER ACCUSE 'disapprove'). Regret for one's own conduct ("regretted its actions")
is an apology, told by trigger_breadth's voiced regret, and regret at how things went ("regretted that the
talks failed") judges no one. Asked by `trigger_phrases.phrase_trigger`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.syntax import negated

REGRETTING = {"regret", "lament", "rue"}
# Acts a party takes that another may regret: a decision, a move, a refusal; "the loss of life" is no act.
ACT_NOUNS = {"decision", "failure", "move", "step", "action", "refusal", "response", "choice", "withdrawal",
             "announcement", "vote", "expulsion", "measure", "stance", "position", "absence", "exit", "ruling",
             "remark", "statement", "attitude", "conduct", "behaviour", "behavior"}
PARTY_ENTS = {"GPE", "NORP", "ORG", "PERSON"}
OWN_WORDS = {"its", "their", "his", "her", "our", "my", "own"}  # "regretted its actions": own conduct, an apology


def regretted_act(token: Token) -> Trigger | None:
    """"the EU said it regretted Mongolia's failure to act", "the office regretted the decision": another side's
    act regretted is criticised."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in REGRETTING or negated(token):
        return None
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        owners = [c for c in obj.children if c.dep_ == "poss"]
        if any(o.lower_ in OWN_WORDS for o in owners):
            continue
        if any(o.ent_type_ in PARTY_ENTS or o.pos_ == "PROPN" for o in owners) or \
                (obj.lemma_.lower() in ACT_NOUNS and not owners):
            return Trigger("ACCUSE", "disapprove")
    return None
