"""Further legs of a tour told beside the leg a sentence reports: one visit per further host.

News tells a journey's other stops next to the one in view: "flew on to Jakarta, the second stop of a tour
that began in Japan" (a leg already made), "a tour that also takes in Peru and Chile" (legs ahead), "arrived
in Lima and is due in Quito on Friday" (the next leg). Each such stop is a visit of the traveller to that
host (PLOVER CONSULT visit, the visitor as source); the reported leg's draft gives the traveller.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.due_plans import due_there
from detente.nlp.syntax import prep_objects
from detente.records import Location

JOURNEY_NOUNS = {"tour", "trip", "journey", "swing", "voyage"}
# verbs of a relative clause that name a stop of the tour: where it began, ended or what it takes in
LEG_VERBS = {"begin", "start", "open", "end", "finish", "conclude", "include", "take", "cover"}
LEG_PREPS = {"in", "at", "with"}


def _leg_places(verb: Token) -> list[Token]:
    """The places a leg verb names: "began in Japan", "takes in Peru and Chile", "includes Laos"."""
    heads = prep_objects(verb, LEG_PREPS)
    taking = verb.lemma_.lower() == "take"
    if not taking or any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):  # "takes in Peru"
        heads += [c for c in verb.children if c.dep_ == "dobj"]
    return [t for h in heads for t in [h, *h.conjuncts] if t.ent_type_ in {"GPE", "LOC"}]


def _states(doc: Doc, places: list[Token], kb) -> list[str]:
    """The states the places lie in, in order, each once ("began in Riyadh": Saudi Arabia)."""
    from detente.nlp.place_names import place_at
    found = [c.country for t in places if (c := place_at(doc, t, kb)) is not None and c.country]
    return list(dict.fromkeys(found))


def _tour_clauses(token: Token) -> list[tuple[Token, str]]:
    """Relative clauses naming stops of a tour in the sentence, with the status of their legs: made
    ("began in Japan") when told in the past, ahead ("also takes in Chile") otherwise."""
    clauses = []
    for noun in token.sent:
        if noun.lemma_.lower() not in JOURNEY_NOUNS:
            continue
        for verb in noun.children:
            if verb.dep_ == "relcl" and verb.lemma_.lower() in LEG_VERBS:
                clauses.append((verb, "occurred" if verb.tag_ in {"VBD", "VBN"} else "planned"))
    return clauses


def _due_clauses(token: Token) -> list[tuple[Token, str]]:
    """"flew on to Lima and is due in Quito": a further predicate saying the traveller is due elsewhere."""
    return [(c, "planned") for c in token.conjuncts if c.i > token.i and due_there(c)]


def _due_places(verb: Token) -> list[Token]:
    """"is due in Quito": the place under "due" (or, as parsers differ, under the verb)."""
    heads = prep_objects(verb, {"in", "at"}) + [o for c in verb.children if c.dep_ == "acomp"
                                                for o in prep_objects(c, {"in", "at"})]
    return [t for h in heads for t in [h, *h.conjuncts]]


def _leg(doc: Doc, anchor, verb: Token, codes: list[str], status: str, kb):
    """A visit of the anchor's traveller to the further hosts one clause names (one stop, or several told
    together with no day of their own, as "also takes in Peru and Chile")."""
    from detente.nlp.mentions import state_ref
    from detente.nlp.trigger_dates import date_for
    when = date_for(doc, verb, set(), frozenset()) if verb.lemma_ == "be" else None
    return replace(anchor, token=verb, mode="visit", status=status, explicit=True, target=[state_ref(c, kb, "host") for c in codes],
                   date=when, location=Location(name=None, country=codes[0]) if len(codes) == 1 else None, response=None, links=[], repeats=[],
                   party_anaphor=False, reciprocal=False, past_governor=False, confidence=anchor.confidence)


def tour_legs(doc: Doc, drafts: list, kb) -> list:
    """New visit drafts for the further stops of a tour told beside a visit (see the module notes)."""
    found, seen = [], {d.token.i for d in drafts}
    for d in drafts:
        if d.type != "CONSULT" or d.mode != "visit" or not d.source or d.status == "negated":
            continue
        own = d.countries("source") | {c for x in drafts if x.sent == d.sent and x.mode == "visit"
                                       for c in x.countries("target")}
        clauses = [(v, s, _leg_places(v)) for v, s in _tour_clauses(d.token)]
        clauses += [(v, s, _due_places(v)) for v, s in _due_clauses(d.token)]
        for verb, status, places in clauses:
            codes = [c for c in _states(doc, places, kb) if c not in own]
            if codes and verb.i not in seen:
                seen.add(verb.i)
                found.append(_leg(doc, d, verb, codes, status, kb))
    return found
