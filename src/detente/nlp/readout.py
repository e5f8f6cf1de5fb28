"""Doc -> Readout: collect what the components set on the Doc into the public record."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from detente.nlp.context import current_kb
from detente.nlp.governing_bodies import written_forms
from detente.nlp.named_parties import main_pair
from detente.nlp.state_body_mentions import state_media
from detente.records import Actor, Readout

# "ambassador in Nairobi": an envoy's post named by the place he serves in
POSTED_ENVOY = re.compile(r"^ambassador in (?P<place>.+)$", re.I)

# media (Ref.outlet) report the news; they are listed as cited sources, not as actors


def _actors(doc: Doc) -> list[Actor]:
    """The readout's actor list: every actor mentioned but the names nothing places that take no part."""
    taking_part = _taking_part(doc)
    return [a for a in mentioned_actors(doc) if a.id in taking_part or not _unplaced(a)]


def mentioned_actors(doc: Doc) -> list[Actor]:
    """One entry per actor mentioned outside boilerplate, with its role on the article's date."""
    actors: dict[str, Actor] = {}
    for span in [*doc.spans.get("actors", []), *doc.spans.get("groups", [])]:
        ref = span._.ref
        if ref.kind == "place" or (ref.outlet and not state_media(ref)):
            continue
        actor = actors.get(ref.actor_id)
        if actor is None:
            actor = actors[ref.actor_id] = Actor(id=ref.actor_id, name=ref.name, country=ref.country,
                                                 sector=ref.sector, role=ref.role, kind=ref.kind)
        actor.role = actor.role or ref.role
        if span.text not in actor.mentions:
            actor.mentions.append(span.text)
    _post_ambassadors(doc, actors.values())
    for event in doc._.events or []:
        for side in event.source + event.target:
            if side.actor_id and side.actor_id not in actors:
                actors[side.actor_id] = Actor(id=side.actor_id, name=side.name, country=side.country,
                                              sector=side.sector, kind="group",
                                              mentions=written_forms(doc, side.actor_id))
    return list(actors.values())


def _unplaced(actor: Actor) -> bool:
    """A name the tagger took that nothing places: no knowledge-base entry, no country, sector or role
    ("Truth Social", "Easter Monday", "Photographs" at a caption's start). Listed only when it takes part."""
    return actor.kind in {"person", "organisation"} and not (actor.country or actor.sector or actor.role)


def _taking_part(doc: Doc) -> set[str]:
    """Ids of the actors that are an event's side, a statement's speaker or a counterpart candidate."""
    ids = {s.actor_id for e in doc._.events or [] for s in e.source + e.target}
    ids |= {st.speaker.actor_id for st in doc._.statements or [] if st.speaker is not None}
    ids |= {c.actor_id for cp in doc._.counterparts or [] for c in cp.candidates}
    return ids - {None}


def _post_ambassadors(doc: Doc, actors) -> None:
    """"Ambassador" alone says whose envoy, not where: in an article about two states, a state's
    ambassador is posted to the other one ("Ambassador to Algeria")."""
    kb = current_kb()
    for actor in actors:
        _host_state(kb, actor)
    pair = main_pair(doc)
    if pair is None:
        return
    for actor in actors:
        if actor.kind != "person" or (actor.role or "").lower() != "ambassador" or actor.country not in pair:
            continue
        host = kb.get(f"state:{pair[1] if actor.country == pair[0] else pair[0]}")
        if host is not None:
            actor.role = f"Ambassador to {host.name}"


def _host_state(kb, actor) -> None:
    """"ambassador in Nairobi" is the Ambassador to Kenya: an envoy is accredited to the state of his post."""
    match = POSTED_ENVOY.match(actor.role or "") if actor.kind == "person" else None
    code = kb.country_code(match.group("place").removeprefix("the ")) if match else None
    host = kb.get(f"state:{code}") if code and code != actor.country else None
    if host is not None:
        actor.role = f"Ambassador to {host.name}"


def readout_from_doc(doc: Doc) -> Readout:
    """The Readout for an article Doc that went through the whole pipeline."""
    article = doc._.article
    article.ai_assisted = bool(doc._.ai_assisted)
    article.cited_sources = list(doc._.cited_sources or [])
    return Readout(article=article, actors=_actors(doc), events=list(doc._.events or []),
                   statements=list(doc._.statements or []), counterparts=list(doc._.counterparts or []))
