"""Request verbs that ask nothing: a question put to someone ("asked whether the tariffs would stay") or an
insistence on a fact ("insisted that its officers were ready"); PLOVER REQUEST needs an act asked for."""

from __future__ import annotations

from spacy.tokens import Token

QUESTION_STARTS = {"whether", "if"}
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# "should", "must", "shall" put a demand into the clause ("insisted that Israel must withdraw")
DEMAND_MODALS = {"should", "must", "shall", "ought", "need"}
# verbs that insist: a that-clause after them is a demand only when its verb is subjunctive or a demand modal
INSISTING = {"insist", "maintain"}
# how a question hangs on the verb: directly or through "on"/"about" ("pressed on whether ...")
QUESTION_PREPS = {"on", "about", "over"}


def _clauses(verb: Token) -> list[Token]:
    """The clauses a verb takes: its complement clauses, and those after "on"/"about"."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in QUESTION_PREPS:
            out += [c for c in p.children if c.dep_ == "pcomp" and c.pos_ in {"VERB", "AUX"}]
    return out


def _question(clause: Token) -> bool:
    """"whether the goods could be hit", "what was happening": a clause opened by whether/if or a wh-word."""
    first = clause.left_edge
    if first.lower_ in QUESTION_STARTS or first.tag_ in WH_TAGS:
        return True
    return any(c.dep_ == "mark" and c.lower_ in QUESTION_STARTS for c in clause.children)


def _indicative(clause: Token) -> bool:
    """"were ready", "could be decided", "will not be used": a stated fact, not a subjunctive demand
    ("the dispute be settled") nor one with should/must."""
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in DEMAND_MODALS for a in auxes):
        return False
    if any(a.tag_ == "MD" or a.tag_ in FINITE_TAGS for a in auxes):
        return True
    return clause.tag_ in FINITE_TAGS


def asks_nothing(verb: Token) -> bool:
    """A request verb that only puts a question or insists on a fact, with no act asked for."""
    if any(c.dep_ in {"xcomp", "dobj", "dative"} and c.pos_ == "VERB" for c in verb.children):
        return False  # "asked Beijing to help": an act asked for
    clauses = _clauses(verb)
    if any(_question(c) for c in clauses):
        return True
    return verb.lemma_.lower() in INSISTING and any(_indicative(c) for c in clauses if not _question(c))


def drop_told_requests(drafts: list) -> list:
    """Drafts without the requests that ask nothing (questions, insistence on facts)."""
    return [d for d in drafts if not (d.type == "REQUEST" and asks_nothing(d.token))]
