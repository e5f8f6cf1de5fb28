"""A refused request: "Israel turned down a Turkish request to join the airdrops", "Berlin has refused Kyiv's
requests for missiles". The request is a speech act that was made: REQUEST `occurred` by the asker to the
refuser, with the refusal as its `response` (examples/README status conventions and convention 7), in place of
a REJECT with no request and of the asked act coded as declined. A request for a meeting or a visit stays that
meeting, declined, as the README's proposals do; "rejected the request", naming neither asker nor ask, answers a
request told before and stays a REJECT of its own."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.evidence import evidence_of
from detente.nlp.request_asks import request_mode
from detente.records import Response

# Nouns of asking that a refusal can take as its object.
ASKING_NOUNS = {"request", "appeal", "plea"}


def asked_act(noun: Token) -> Token | None:
    """What the request asks: its infinitive ("a request to join") or its "for" object ("requests for missiles")."""
    verb = next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if verb is not None:
        return verb
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"), None)


def refused_requests(doc: Doc, drafts: list) -> list:
    """The drafts with each REJECT of a request by name turned into that request, answered as declined."""
    out = list(drafts)
    for d in drafts:
        noun = _refused_noun(d)
        if noun is None:
            continue
        asked = asked_act(noun)
        asked_drafts = [o for o in drafts if asked is not None and o.token.i == asked.i]
        if any(o.type == "CONSULT" for o in asked_drafts):
            continue  # a refused invitation or request for talks: the meeting is declined (proposals)
        asker = [r for c in noun.children if c.dep_ in {"poss", "amod", "compound"} for r in refs_for(doc, c)]
        if not asker and asked is None:
            continue  # "rejected the request": one told before, answered by a REJECT of its own (as records do)
        by = next((r.country for r in d.source if r.country), None)
        response = Response(by=by, status="declined", evidence=evidence_of(d.token.sent))
        out = [o for o in out if o is not d and o not in asked_drafts]  # told by the request and its answer
        out.append(replace(d, type="REQUEST", mode=request_mode(noun), status="occurred", source=asker or d.target,
                           target=d.source, response=response, links=[], repeats=[], cameo=None))
    return out


def _refused_noun(draft) -> Token | None:
    """The asking noun a REJECT verb takes as its object ("turned down the request", "refused Kyiv's pleas")."""
    if draft.type != "REJECT" or draft.token.pos_ != "VERB":
        return None
    return next((c for c in draft.token.children if c.dep_ == "dobj" and c.lemma_.lower() in ASKING_NOUNS), None)
