"""Formulas of diplomatic speech whose stance their words alone would not give: firm refusals that carry
their own negation ("not negotiable", "nothing to discuss"), retaliation named as a justified step ("a forced
response"), praise of the relation as never better, a response promised in measured words ("will respond
appropriately"), an explanation demanded, and standing with the other side. General usage, not any article."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from detente.nlp.stance_lexicon import HOSTILE, lexicon_forms
from detente.nlp.trigger_incidents import ANSWER_MANNERS

# Hostile formulas: a thing held beyond bargaining or sale, talks refused, a let-down, the other side's
# detainees named as political prisoners, double standards charged, a hostility to a nation named
# ("anti-American"), a retaliatory step justified as forced, legitimate or reciprocal.
HOSTILE_FORMULAS = (r"(not|non-?) ?negotiable|not (up )?for sale|nothing (more )?to (discuss|talk about|negotiate)|"
                    r"let (me|us|him|her|them) down|let down|political prisoners?|prisoners? of conscience|"
                    r"double standards?|(?-i:anti-[A-Z][a-z]+)|"
                    r"(forced|retaliatory|reciprocal|inevitable|legitimate|justified|proportionate|mirror) "
                    r"(response|responses|measures?|steps?|retaliation)|"
                    # a response promised by denying it will be withheld ("will not go unanswered")
                    r"not (go|remain|be left) (unanswered|unpunished)|"
                    r"(not|never) hesitate to (act|respond|retaliate|strike|use force|order|take)")
# Conciliatory formulas: relations never better, a new start ("a turning point", "turn the page", "a new
# chapter", "look forward"), the other side greeted as a dear friend.
CONCILIATORY_FORMULAS = (r"never (been )?(better|stronger|closer|warmer)|turning point|new chapter|"
                         r"turn(s|ed|ing)? the page|fresh start|new beginning|"
                         r"(look|looks|looked|looking|move|moves|moving) forward|dear friends?")
# Maxims that no side gains from a fight ("nobody wins a trade war", "there are no winners in a tariff war"):
# a commonplace, which takes no side whatever its words of war.
MAXIMS = re.compile(r"\b((nobody|no one|no-one|no side) (ever )?wins?|no winners?)\b", re.I)


def maxim_words(span: Span) -> set[int]:
    """The words of the commonplaces in the span, with what they govern: counted for neither side."""
    found: set[int] = set()
    for m in MAXIMS.finditer(span.text):
        part = span.char_span(m.start(), m.end(), alignment_mode="expand")
        if part is not None:
            found |= {t.i for t in part.root.subtree} | {t.i for t in part}
    return found


# A formula that says its own "not", "no" or "never" is not denied by it ("respect is not negotiable").
OWN_NEGATORS = {"not", "non", "non-", "nothing", "never", "no", "n't"}


def self_negated(part: Span) -> bool:
    """The formula carries its own negation: "not negotiable", "never been better"."""
    return any(t.lower_ in OWN_NEGATORS or t.lower_.startswith("non-") for t in part)


RESPONSE_VERBS = {"respond", "react", "retaliate", "answer", "reply", "act"}
PROMISE_AUX = {"will", "would", "'ll", "shall", "wo", "to"}


def measured_response(verb: Token) -> bool:
    """"would respond appropriately", "will react firmly", "will answer in kind": a response promised in
    measured words warns, as a conditional one does."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RESPONSE_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in PROMISE_AUX for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return any((c.dep_ == "advmod" and c.lower_ in ANSWER_MANNERS) or
               (c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "kind" for g in c.children))
               for c in verb.children)


DEMANDED = {"explanation", "explanations", "clarification", "clarifications", "apology", "apologies"}
DEMAND_VERBS = {"expect", "demand", "seek", "want", "await", "request", "require", "ask"}


def demanded_account(noun: Token) -> bool:
    """"expected a full explanation", "demands an apology": an account called for from the other side."""
    return noun.lower_ in DEMANDED and noun.dep_ == "dobj" and noun.head.lemma_.lower() in DEMAND_VERBS


SIDE_NOUNS = {"government", "people", "nation", "country", "ally", "allies", "friend", "friends", "partner",
              "partners", "neighbour", "neighbours", "neighbor", "neighbors", "leadership"}
NAMED_SIDES = {"GPE", "NORP", "ORG", "PERSON"}


def stands_with(verb: Token) -> bool:
    """"stood with the Chinese government", "stands behind Kyiv": standing with a side (not "by a decision")."""
    if verb.lemma_.lower() != "stand" or any(c.dep_ == "neg" for c in verb.children):
        return False
    sides = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "by", "behind"}
             for g in c.children if g.dep_ == "pobj"]
    return any(g.lower_ in SIDE_NOUNS or g.ent_type_ in NAMED_SIDES for g in sides)


def judged_hostile(noun: Token) -> bool:
    """"a very abnormal step", "an illegal deal": an overture noun qualified by a hostile word is that word's
    carrier, not an overture of its own."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and lexicon_forms(c) & HOSTILE for c in noun.children)
