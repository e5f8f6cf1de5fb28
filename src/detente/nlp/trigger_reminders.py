"""Appeals told as reminders of a duty: "reminded members that they have an obligation to cooperate", "reminded
Kyiv that it must hold elections".

PLOVER REQUEST (CAMEO 10): a demand or appeal that another party act. Reminding someone of what they must do
is an appeal to do it; reminding them of a fact ("reminded reporters that Washington gives Israel aid") asks
nothing. Asked by `trigger_phrases.phrase_trigger` before the word lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

REMINDING = {"remind"}
# What puts a duty on the one reminded: a noun of obligation or a modal of necessity in the reminded clause.
DUTY_NOUNS = {"obligation", "duty", "responsibility", "commitment", "requirement"}
DUTY_MODALS = {"must", "should", "shall", "ought"}
APPEALED = Trigger("REQUEST", cameo="020")


def reminded_of_duty(token: Token) -> Trigger | None:
    """"reminded X that they must / have an obligation to": an appeal to meet the duty."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in REMINDING:
        return None
    return APPEALED if any(_puts_duty(c) for c in token.children if c.dep_ == "ccomp") else None


def _puts_duty(clause: Token) -> bool:
    """"(that) they have an obligation to cooperate", "(that) states must cooperate"."""
    if any(c.dep_ == "aux" and c.lower_ in DUTY_MODALS for c in clause.children):
        return True
    return any(c.dep_ in {"dobj", "attr"} and c.lemma_.lower() in DUTY_NOUNS for c in clause.children)
