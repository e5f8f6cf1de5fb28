"""Events dated (and placed) by the relative and where/when clauses they are told with, split out of event_dates.py to keep it short."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.events.ontology import MULTILATERAL_VENUES
from detente.nlp.events import Draft


RELATIVE_WH = {"where", "when"}


def _relative_antecedent(d: Draft) -> tuple[Token, str, Token] | None:
    """"the summit last November, where the two leaders agreed ...": the phrase a where/when clause
    holding the trigger hangs from, the wh-word and the clause."""
    node = d.token
    for _ in range(5):  # up through the clauses and objects that hold it ("turned down a request to meet")
        wh = next((c.lower_ for c in node.children if c.dep_ == "advmod" and c.lower_ in RELATIVE_WH), None)
        if node.dep_ in {"relcl", "advcl"} and wh is not None:
            # "last year's forum, when ...": the clause describes the noun before its comma, wherever
            # the parser hung it
            noun = _noun_before_comma(node)
            if noun is not None or node.dep_ == "relcl":
                return noun if noun is not None else node.head, wh, node
        if node.dep_ not in {"xcomp", "dobj", "pobj", "prep", "advcl", "acl", "conj", "relcl"} \
                or node.head.i == node.i:
            return None
        node = node.head
    return None


def _noun_before_comma(clause: Token) -> Token | None:
    """The noun a clause follows after a comma ("the forum, when ..."), which it describes."""
    first = clause.left_edge
    doc = clause.doc
    if first.i < 2 or doc[first.i - 1].text != "," or doc[first.i - 2].pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = doc[first.i - 2]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head  # "the forum in Jakarta, when ...": the phrase's head noun
    return noun


def _date_in(doc: Doc, node: Token, clause: Token):
    """The date a phrase carries ("last year's forum"), outside the relative clause hanging from it."""
    date_at = doc._.date_at or {}
    skip = {t.i for t in clause.subtree}
    span = next((date_at[t.i] for t in node.subtree if t.i in date_at and t.i not in skip), None)
    return span._.date if span is not None else None


def _event_at(node: Token, drafts: list[Draft]) -> Draft | None:
    """The event a phrase belongs to: the draft whose trigger is the phrase or a head above it."""
    for _ in range(3):
        found = next((p for p in drafts if p.token.i == node.i or node in p.repeats), None)
        if found is not None or node.head.i == node.i:
            return found
        node = node.head
    return None


def fill_relative_clauses(doc: Doc, drafts: list[Draft]) -> None:
    """An event told in a where/when clause of another event (or of its date) happened then and
    there: it takes that event's date, and with "where" its place, when it names none of its own."""
    date_at = doc._.date_at or {}
    for d in drafts:
        found = _relative_antecedent(d)
        if found is None:
            continue
        node, wh, clause = found
        owner = _event_at(node, [p for p in drafts if p is not d])
        span = date_at.get(node.i)
        d.date = d.date or (span._.date if span is not None else owner.date if owner is not None and owner.date
                            else _date_in(doc, node, clause))
        if wh == "where" and owner is not None:
            d.location = d.location or owner.location
        if d.type == "CONSULT" and d.mode in {None, "third-party"} and node.lemma_.lower() in MULTILATERAL_VENUES:
            d.mode = "multilateral"  # "last year's forum, when X asked to meet Y": a meeting at the gathering


# verbs that bring an act about: "the sanctions that X imposed in May" happened in May; and verbs that fix
# its day: "a visit that had been scheduled for Thursday" was to take place (or was called off) on Thursday
SCHEDULING_LEMMAS = {"schedule", "plan", "slate", "reschedule"}  # said of events only, never of places
INITIATING_LEMMAS = {"impose", "launch", "set", "start", "begin", "trigger", "introduce", "announce", "order",
                     "stage", "hold", "sign", "declare", "initiate", "open", "conduct", "unveil", "host", "convene",
                     "chair"} | SCHEDULING_LEMMAS


def _described_noun(token: Token) -> Token:
    """The noun a relative clause about the event hangs from: the event word, or the act noun it is
    "of" ("the restoration of sanctions that X set in motion")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    return token


def _told_due(clause: Token) -> bool:
    """"that had been due on Friday", "which is due in May": a copular clause saying the event is due then."""
    return clause.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ == "due" for c in clause.children)


def _relative_clauses(noun: Token) -> list[Token]:
    """The relative clauses about the event noun; also a scheduling one the parser hangs on the place the
    event goes to ("a trip to Chile that had been scheduled for May": no place is scheduled)."""
    places = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [c for c in noun.children if c.dep_ == "relcl" and (c.lemma_.lower() in INITIATING_LEMMAS or _told_due(c))] + \
        [c for p in places for c in p.children if c.dep_ == "relcl" and (
            c.lemma_.lower() in SCHEDULING_LEMMAS or _told_due(c))]


def date_by_relative_clause(doc: Doc, drafts: list[Draft]) -> None:
    """"sanctions that Britain set in motion late last month": a relative clause whose verb brings the
    event about dates it with its own date, when the event has none."""
    for d in (d for d in drafts if d.date is None and d.token.pos_ == "NOUN"):
        for clause in _relative_clauses(_described_noun(d.token)):
            d.date = _clause_day(doc, clause)
            if d.date is not None:
                break


GATHERING_WORDS = {"summit", "forum", "conference", "meeting", "dialogue", "assembly", "gathering", "congress",
                   "symposium", "session"}


def _clause_day(doc: Doc, clause: Token):
    """The date a clause's own verb carries ("where X spoke in May"), not one of a clause nested in it."""
    date_at = doc._.date_at or {}
    nested = {t.i for c in clause.subtree if c.i != clause.i and c.dep_ in {"relcl", "advcl", "ccomp", "acl"}
              for t in c.subtree}
    span = next((date_at[t.i] for t in clause.subtree if t.i in date_at and t.i not in nested), None)
    return span._.date if span is not None else None


def _dated_gathering_at(doc: Doc, d: Draft):
    """"the accord reached at their March summit": the date a gathering the act took place at carries itself."""
    heads = {d.token, d.token.head} if d.token.dep_ in {"dobj", "nsubjpass"} else {d.token}
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "at"):
        noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in GATHERING_WORDS:
            return _clause_day(doc, noun)
    return None


def date_gatherings_by_clause(doc: Doc, drafts: list[Draft]) -> None:
    """"stayed away from the forum in Singapore, where X spoke in May": what a where/when clause tells of
    a gathering happened at it, so its date is the gathering's, and the undated event about the gathering's.
    An act told "at" a dated gathering takes its date."""
    for d in (d for d in drafts if d.date is None):
        d.date = _dated_gathering_at(doc, d)
        if d.date is not None:
            continue
        for clause in (t for t in d.token.subtree if t.dep_ == "relcl" and t.i != d.token.i and any(
                c.dep_ == "advmod" and c.lower_ in RELATIVE_WH for c in t.children)):
            noun = _noun_before_comma(clause) or clause.head
            if noun.lemma_.lower() in GATHERING_WORDS and noun.i in {t.i for t in d.token.subtree}:
                d.date = _clause_day(doc, clause)
                if d.date is not None:
                    break
