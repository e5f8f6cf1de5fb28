"""Replies to accusations: the accused side's denial is the accusation's response (declined).

"X accused Y of ... . Y rejected the account", "Y called the claim absurd", "Y disputed the picture", "Y
replied that it remained committed to the truce": news tells the accused's answer after the charge, and
the record keeps it as the charge's response rather than as an act of its own (examples/README.md). A
denial answers the latest accusation aimed at its speaker, told in the same sentence or up to several paragraphs before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.events import Draft
from detente.nlp.evidence import evidence_of
from detente.nlp.extensions import flagged
from detente.records import Response

# sentences a denial may reach back to its charge: news tells the rebuttal paragraphs after the lead's charge
CHARGE_WINDOW = 8
# verbs of denying a charge
DENYING = {"deny", "reject", "dispute", "dismiss", "rebut", "refute", "contest", "contradict", "repudiate"}
# verbs of answering: what the accused answers to a charge is its rebuttal ("replied that it remained committed")
ANSWERING = {"reply", "respond", "retort", "counter", "answer"}
# what a denial's object may be: the charge itself, named by a noun of claiming, or a pronoun for it
CLAIM_NOUNS = {"account", "claim", "charge", "accusation", "allegation", "picture", "report", "version",
               "assertion", "characterisation", "characterization", "suggestion", "criticism", "complaint",
               "concern", "it", "them"}
# "called the claim absurd": the judgement that dismisses a charge
DISMISSIVE = {"absurd", "baseless", "false", "groundless", "unfounded", "fabricated", "ridiculous",
              "preposterous", "untrue", "nonsense", "lies", "slanderous", "politically", "motivated"}


def _denies(token: Token) -> bool:
    """A verb that denies a charge: "rejected the account", "denied it", "called the claim absurd",
    "replied that ..." (its object, when it has one, is the charge)."""
    if token.pos_ != "VERB" or any(c.dep_ == "neg" for c in token.children):
        return False
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if lemma in DENYING:
        return not objects or objects[0].lemma_.lower() in CLAIM_NOUNS
    if lemma in ANSWERING:  # "replied that ...", "answered on X" (its rebuttal told next): no object
        return any(c.dep_ == "ccomp" for c in token.children) or lemma == "answer" and not objects
    if lemma == "call" and objects and objects[0].lemma_.lower() in CLAIM_NOUNS:
        return any(c.dep_ in {"oprd", "ccomp", "xcomp"} and c.lower_ in DISMISSIVE for c in token.children)
    return False


def answer_accusations(doc: Doc, drafts: list[Draft], index: dict[int, int]) -> None:
    """Give the latest accusation aimed at a side, still unanswered, that side's denial as its response."""
    skip, quoted = flagged(doc, "skip"), flagged(doc, "in_quote")
    for token in doc:
        if token.idx in skip or token.idx in quoted or not _denies(token):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None) or _opening_subject(token)
        sides = [r for r in refs_for(doc, subject) if r.country] if subject is not None else []
        if not sides:
            continue
        for charge in _answered_charges(drafts, index, token, sides[0].country):
            charge.response = Response(by=sides[0].country, status="declined", evidence=evidence_of(token.sent))


def _answered_charges(drafts: list[Draft], index: dict[int, int], token: Token, country: str) -> list[Draft]:
    """"rejected the complaints": a plural object answers every open charge against the side in reach;
    otherwise the latest one."""
    plural = any(c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() in CLAIM_NOUNS for c in token.children)
    charges = []
    while (charge := _latest_charge(drafts, index, token, country, charges)) is not None:
        charges.append(charge)
        if not plural:
            break
    return charges


def _opening_subject(verb: Token) -> Token | None:
    """"Y, who had come hoping for talks on trade, disputed the picture": a verb with no subject of its own
    takes the name opening its sentence, which the parser hung on the clause around it or inside it."""
    first = next((t for t in verb.sent if not t.is_space), verb)
    if first.dep_ != "nsubj" or first.pos_ != "PROPN" or first.head.i == verb.i:
        return None
    related = first.head in verb.ancestors or verb in first.head.ancestors
    return first if related else None


def _latest_charge(drafts: list[Draft], index: dict[int, int], token: Token, country: str,
                   taken: list[Draft] = ()) -> Draft | None:
    """The latest accusation made against the country before the denial, within a few sentences."""
    here = index[token.sent.start]
    for d in reversed([d for d in drafts if d.token.i < token.i]):
        if here - index[d.sent.start] > CHARGE_WINDOW:
            return None
        open_charge = d.type == "ACCUSE" and d.status == "occurred" and d.response is None
        if open_charge and all(d is not t for t in taken) \
                and country in d.countries("target") and country not in d.countries("source"):
            return d
    return None
