"""Replies told inside the sentence of the request or charge they answer.

"X accused Y of ..., a charge Y rejects", "X pressed for guarantees, a request Y did not take up": news
closes the sentence with a noun restating the act and a clause giving the other side's answer.
"X had asked Y for permission and had been refused": the answer is a passive verb joined to the request.
Either way the record keeps the answer as the act's `response` (examples/README.md, status conventions).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.events import Draft
from detente.nlp.evidence import evidence_of
from detente.records import Response

# nouns that restate a request, proposal or charge told just before them in the sentence
RESTATING_NOUNS = {"request", "demand", "call", "appeal", "plea", "charge", "accusation", "claim",
                   "allegation", "proposal", "offer", "invitation", "suggestion"}
# answer verbs and what they say of the act; negated, an acceptance is only a withheld answer
ANSWERS = {"reject": "declined", "deny": "declined", "dispute": "declined", "dismiss": "declined",
           "refuse": "declined", "decline": "declined", "rebuff": "declined", "refute": "declined",
           "accept": "accepted", "grant": "accepted", "heed": "accepted", "welcome": "accepted",
           "take": "accepted", "ignore": "non_committal", "answer": "accepted"}
ANSWERABLE_TYPES = {"REQUEST", "ACCUSE"}
PENDING = {"proposed", "under_consideration"}


def answer_status(verb: Token) -> str | None:
    """"rejects" -> declined, "did not take up" -> non_committal, "accepted" -> accepted."""
    status = ANSWERS.get(verb.lemma_.lower())
    if status is None:
        return None
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None  # only "take up" answers
    if any(c.dep_ == "neg" for c in verb.children):
        return "non_committal" if status == "accepted" else None
    return status


def _reply_clause(noun: Token) -> tuple[Token, Token] | None:
    """The (answer verb, its subject) closing a restating noun: a relative clause on it ("a request Trump
    did not take up"), else the name and verb the parser left flat after it ("a charge Kabul rejects")."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN":
            return clause, subject
    following = [t for t in noun.sent if t.i > noun.i and not t.is_punct]
    if len(following) >= 2 and following[0].pos_ == "PROPN" and following[1].lemma_.lower() in ANSWERS:
        return following[1], following[0]
    return None


def _answered(drafts: list[Draft], noun: Token, country: str) -> Draft | None:
    """The latest unanswered request, charge or proposal told before the noun in its sentence, aimed at
    the answering side."""
    for d in reversed([d for d in drafts if d.sent.start == noun.sent.start and d.token.i < noun.i]):
        if d.response is None and (d.type in ANSWERABLE_TYPES or d.status in PENDING) \
                and country in d.countries("target") and country not in d.countries("source"):
            return d
    return None


def answer_appositives(doc: Doc, drafts: list[Draft]) -> None:
    """"..., a charge Kabul rejects": the restated act gets the answering side's response."""
    for noun in doc:
        if noun.lemma_.lower() not in RESTATING_NOUNS or noun.dep_ not in {"appos", "npadvmod", "compound", "dobj"}:
            continue
        if not any(t.is_punct and t.text == "," for t in doc[max(noun.sent.start, noun.i - 3):noun.i]):
            continue  # a restatement is set off by a comma
        clause = _reply_clause(noun)
        status = answer_status(clause[0]) if clause else None
        sides = [r for r in refs_for(doc, clause[1]) if r.country] if status else []
        if not sides:
            continue
        d = _answered(drafts, noun, sides[0].country)
        if d is not None:
            d.response = Response(by=sides[0].country, status=status, evidence=evidence_of(noun.sent))
            if status in {"accepted", "declined"} and d.status in PENDING:
                d.status = status


def answer_passive_refusals(drafts: list[Draft]) -> None:
    """"had asked Mexico for permission and had been refused": a passive answer verb joined to the
    request answers it, for the side asked."""
    for d in drafts:
        if d.response is not None or not (d.type in ANSWERABLE_TYPES or d.status in PENDING):
            continue
        targets = sorted(d.countries("target") - d.countries("source"))
        for verb in (c for c in d.token.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            status = answer_status(verb) if passive else None
            if status and targets and not any(c.dep_ == "agent" for c in verb.children):
                d.response = Response(by=targets[0], status=status, evidence=evidence_of(verb.sent))
                if status in {"accepted", "declined"} and d.status in PENDING:
                    d.status = status
                break
