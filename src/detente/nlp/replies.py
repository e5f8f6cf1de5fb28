"""Replies: the other side's answer to a proposal or demand, and what it settles.

"China remains non-committal" is the response to the latest proposal made to China. A reply that accepts
or declines settles a proposal: its status takes the reply's value (examples/README.md, status
conventions), while a demand stays made ("occurred") with the reply as its response. "X will not hold talks
with Y, after Y asked for a summit" is the answer to Y's proposal, not a second event; "ready to accept a
proposal for a truce" makes the accepter the one who would hold its fire.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.events.status import RESPONSE_ADJECTIVES, RESPONSE_VERBS, WHETHER_SPEECH, YIELD_VERBS
from detente.nlp.accusation_replies import answer_accusations
from detente.nlp.appositive_replies import answer_appositives, answer_passive_refusals
from detente.nlp.arguments import refs_for
from detente.nlp.event_dates import WINDOW, verb_day
from detente.nlp.events import Draft
from detente.nlp.evidence import evidence_of
from detente.nlp.extensions import flagged
from detente.nlp.sides import inherited_subject
from detente.records import Response

PENDING = {"proposed", "planned", "under_consideration"}
ANAPHORIC_NOUNS = {"outreach", "initiative", "proposal", "offer", "invitation", "overture", "idea",
                   "plan", "request", "move", "effort", "approach"}


def _response_predicate(token: Token) -> str | None:
    """"remains non-committal", "has not responded", "declined": the answer to a proposal."""
    lower = token.lower_
    if token.pos_ == "ADJ" and lower in RESPONSE_ADJECTIVES and token.dep_ in {"acomp", "oprd", "ROOT"}:
        return "non_committal" if lower == "committal" else RESPONSE_ADJECTIVES[lower]
    if _notes(token):
        return "non_committal"  # "took note of the request": heard, neither granted nor refused
    if token.pos_ == "VERB" and token.lemma_.lower() in YIELD_VERBS:
        # "has not budged": standing firm; giving way is told as a new act, not read here
        return "declined" if any(c.dep_ == "neg" for c in token.children) else None
    if token.pos_ == "VERB" and token.lemma_.lower() in RESPONSE_VERBS:
        negated = any(c.dep_ == "neg" for c in token.children)
        if token.lemma_ in {"respond", "reply"}:
            # "has not responded"; "replied that all parties should meet halfway": an answer that neither
            # grants nor refuses (a charge's reply is its denial, read in nlp/accusation_replies.py)
            stated = any(c.dep_ == "ccomp" for c in token.children)
            return "non_committal" if negated or stated else None
        objects = [c for c in token.children if c.dep_ in {"dobj", "xcomp"}]
        if objects and objects[0].lower_ not in ANAPHORIC_NOUNS:
            return None
        status = RESPONSE_VERBS[token.lemma_.lower()]
        return "non_committal" if negated and status == "accepted" else status
    return None


def _notes(token: Token) -> bool:
    """"has taken note of the proposal": the verb "take" with "note" of an offer or request."""
    note = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "note"), None)
    if token.lemma_.lower() != "take" or note is None:
        return False
    objects = [g for h in (token, note) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in ANAPHORIC_NOUNS | {"demand", "call", "appeal"} for o in objects)


def attach_responses(doc: Doc, drafts: list[Draft], index: dict[int, int]) -> None:
    """Give the latest pending event aimed at a side that side's reported answer."""
    skip, quoted = flagged(doc, "skip"), flagged(doc, "in_quote")
    drafted = {d.token.i for d in drafts if not _answers_offer(d.token)}
    acts = {d.token.i for d in drafts}
    for token in doc:
        if token.idx in skip or token.idx in quoted or token.i in drafted or _answers_own_offer(token, acts):
            continue
        status = _response_predicate(token) or _withheld_answer(token, acts)
        if status is None:
            continue
        head = token if token.pos_ == "VERB" else token.head
        if status != "non_committal" and any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in head.children):
            continue  # "did not say whether he would accept the invitation": a question, not an answer
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and head.dep_ == "conj":  # "acknowledged the note but has not said how it will answer"
            subject = next(iter(inherited_subject(head)), None)
        sides = refs_for(doc, subject)
        if not sides or not sides[0].country:
            continue
        _respond(drafts, index, token, sides[0].country, status)
    answer_appositives(doc, drafts)  # "..., a request Y did not take up": the answer in the act's sentence
    answer_passive_refusals(drafts)  # "had asked Y for permission and had been refused"
    answer_accusations(doc, drafts, index)  # a charge's answer is its target's denial, not a proposal's reply


def _withheld_answer(token: Token, acts: set[int]) -> str | None:
    """"has not said whether it will", "has not said how it will answer": a side that keeps its answer to
    itself is non-committal; a clause naming an act of its own ("whether it will send troops") is that
    act's own status, read elsewhere."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in WHETHER_SPEECH or \
            not any(c.dep_ == "neg" for c in token.children):
        return None
    for clause in (c for c in token.children if c.dep_ in {"ccomp", "advcl"}):
        opens = [c for c in clause.subtree if c.lower_ in {"whether", "how"} and c.i < clause.i]
        if opens and not any(t.i in acts for t in clause.subtree):
            return "non_committal"
    return None


def _answers_own_offer(token: Token, acts: set[int]) -> bool:
    """"X accepted an invitation to pay a return visit": the answer's object is an offer of an act read in
    its own clause, which the answer settles; no earlier proposal is answered."""
    offers = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in OFFERED]
    return any(t.i in acts for o in offers for t in o.subtree if t.i != o.i)


def _answers_offer(token: Token) -> bool:
    """"rebuffed the offer", "has refused": an answer verb whose object is an offer told before, or that has
    none; its own event (a REJECT) stays, and the offer still gets the answer."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in RESPONSE_VERBS:
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "xcomp", "ccomp"}
               or c.dep_ == "prep" and c.lower_ in {"to", "with", "on"} and not _day_phrase(c)]
    return not objects or objects[0].dep_ == "dobj" and objects[0].lower_ in ANAPHORIC_NOUNS


def _respond(drafts, index, token, country, status) -> None:
    """The latest answerable event aimed at the answering side, else one it would carry out: an invitee
    (the visitor, its source) or the side asked to hold its fire answers too."""
    here = index[token.sent.start]
    earlier = []
    for d in reversed([d for d in drafts if d.token.i < token.i]):
        if here - index[d.sent.start] > WINDOW:
            break
        if _answerable(d) and d.response is None:
            earlier.append(d)
    chosen = next((d for d in earlier if country in d.countries("target")), None) or \
        next((d for d in earlier if d.status != "occurred" and country in d.countries("source")), None)
    if chosen is not None:
        chosen.response = Response(by=country, status=status, evidence=evidence_of(token.sent))
        settle_status(chosen)


def _day_phrase(prep: Token) -> bool:
    """"refused on Monday": a preposition that only dates the answer."""
    return all(g.ent_type_ in {"DATE", "TIME"} for g in prep.children if g.dep_ == "pobj")


SETTLING = {"accepted", "declined"}


def settle_status(d: Draft) -> None:
    """An answer that accepts or declines a proposal settles it: the proposal takes the answer's value
    (README status conventions); a demand stays made ("occurred"), what was done about it is its response."""
    if d.response is not None and d.response.status in SETTLING and d.status in {"proposed", "under_consideration"}:
        d.status = d.response.status


OFFERED = ANAPHORIC_NOUNS | {"invitation", "suggestion", "proposition"}


def _offer_answer(token: Token) -> Token | None:
    """"accept a proposal for a ceasefire": the answer verb over the offer that names the act, else None."""
    prep = token.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
    offer = prep.head if prep is not None else None
    if offer is None or offer.lemma_.lower() not in OFFERED or offer.dep_ != "dobj":
        return None
    verb = offer.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in RESPONSE_VERBS else None


def answer_offers_in_clause(doc: Doc, drafts: list[Draft]) -> None:
    """"Kyiv said it was ready to accept a proposal for a truce": the act offered, settled by the answer,
    is answered by the answer's subject, who (when no one else is named) would carry it out."""
    for d in drafts:
        if d.status not in SETTLING or d.response is not None:
            continue
        verb = _offer_answer(d.token)
        if verb is None or RESPONSE_VERBS[verb.lemma_.lower()] != d.status:
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        subjects = [subject] if subject is not None else inherited_subject(verb)
        answerer = [r for r in refs_for(doc, subjects[0]) if r.country] if subjects else []
        if not answerer:
            continue
        d.response = Response(by=answerer[0].country, status=d.status, evidence=evidence_of(verb.sent))
        if not d.source and answerer[0].country not in d.countries("target"):
            d.source = answerer[:1]
        d.date = d.date or _answer_day(doc, verb)


def _answer_day(doc: Doc, verb: Token):
    """The day the answer was given: on the answer verb or the clauses it is told in ("said on Tuesday
    that it was ready to accept")."""
    for node in [verb] + list(verb.ancestors)[:3]:
        day = verb_day(doc, node)
        if day is not None:
            return day
    return None


def _refused_proposal(r: Draft, drafts: list[Draft], index: dict[int, int]) -> Draft | None:
    """The proposal a refusal answers: of its kind, made by the side refused (the refuser not among its
    makers), unanswered, told in the same sentence or shortly before."""
    refused, refusers = r.countries("target"), r.countries("source")
    here = index[r.sent.start]
    for p in reversed(drafts):
        if p is r or p.status != "proposed" or p.type != r.type or p.response is not None:
            continue
        if p.sent.start != r.sent.start and (p.token.i > r.token.i or here - index[p.sent.start] > WINDOW):
            continue
        if p.countries("source") & refused and not p.countries("source") & refusers:
            return p
    return None


def answer_refusals(drafts: list[Draft], index: dict[int, int]) -> list[Draft]:
    """"X will not hold talks with Y, after Y asked for a summit": the refusal is the answer to Y's
    proposal, which it settles (declined, by X); it is no second event."""
    dropped = set()
    for r in drafts:
        if r.status != "declined" or not r.explicit or r.response is not None or not r.countries("source"):
            continue
        p = _refused_proposal(r, [d for d in drafts if id(d) not in dropped], index)
        if p is None:
            continue
        p.response = Response(by=sorted(r.countries("source"))[0], status="declined", evidence=evidence_of(r.sent))
        p.target = p.target or [x for x in r.source if x.country]
        settle_status(p)
        dropped.add(id(r))
    return [d for d in drafts if id(d) not in dropped]


def _answerable(d: Draft) -> bool:
    """A pending event awaits its target's answer; so does a demand that was made ("X demanded that Y ...")."""
    return d.status in PENDING or (d.type == "REQUEST" and d.status == "occurred")
