"""The meeting a statement was made at: words said at talks the article reports take the talks' name and
city ("Bangkok talks"), and an occasion named without a place ("at the joint news conference") takes the
city of the speaker's meeting that day. Split from statement_occasions.py, which reads the cue's own clause."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from detente.kb.places import gazetteer
from detente.nlp.arguments import refs_for
from detente.nlp.context import current_kb
from detente.nlp.meeting_cities import city_held, too_broad
from detente.nlp.meeting_parties import party_to
from detente.nlp.meeting_sites import meeting_site, with_site
from detente.nlp.statement_occasions import ADDRESS_CUES, ENGAGEMENTS, IN_PERSON, MEETING_NOUNS, venue_of
from detente.records import ActorRef


def _meeting_word(sentence: Span) -> Token | None:
    """The noun an event's sentence calls the meeting by ("in their first meeting", "the session at X")."""
    return next((t for t in sentence if t.lower_ in MEETING_NOUNS and t.pos_ == "NOUN"), None)


def occasion_name(doc: Doc, event) -> str | None:
    """"Bangkok talks", "Busan meeting", "Dolmabahce Palace, Istanbul": the place the article gives the
    meeting at ("the session at Istanbul's Dolmabahce Palace"), else its city and what the article calls it."""
    place = event.location.name if event.location is not None else None
    if not place:
        return None
    sentence = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    word = _meeting_word(sentence) if sentence is not None else None
    at = venue_of(doc, word) if word is not None else None
    if at is not None:
        return at
    noun = "meeting" if word is not None and word.lower_.startswith("meeting") else \
        word.lower_ if word is not None else "talks"
    return f"{place} {noun}"


def addressed(doc: Doc, cue: Token) -> list:
    """Who a cue speaks to: the object of "told", "assured", "urged", as actors."""
    if cue.lemma_.lower() not in ADDRESS_CUES:
        return []
    objects = [c for c in cue.children if c.dep_ in {"dobj", "dative"}]
    return [r for o in objects for r in refs_for(doc, o, False)]


def at_meeting(cue: Token) -> bool:
    """"opened the meeting by telling ...", "told the talks": a cue whose clause is an act at the meeting."""
    node = cue
    for _ in range(3):
        # the cue's own object is where it was said only for "told the meeting": "called the meeting a
        # success" is about it
        here = node is not cue or cue.lemma_.lower() in {"tell", "address", "brief"}
        if here and any(c.dep_ in {"dobj", "pobj"} and c.lower_ in MEETING_NOUNS for c in node.children):
            return True
        if node.dep_ not in {"pcomp", "pobj", "prep", "advcl", "xcomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _takes_part(event, refs: list) -> bool:
    """One of these actors is on a side of the event (by actor, or a person by name)."""
    ids = {r.actor_id for r in refs if r.actor_id}
    return any(a.actor_id in ids for a in event.source + event.target)


def engagement_for(doc: Doc, cue: Token | None, speaker_id: str | None, events: list, bare_venue: bool):
    """The meeting a statement was made at: one whose other side is the one the cue speaks to ("Wang told
    Sullivan" at the talks Sullivan held), or, for a cue set at "the meeting" or remarks with no place of
    their own ("in his opening remarks"), the article's first meeting with a place; None when the cue names
    neither (words to reporters, to parliament, on a call are said elsewhere)."""
    met = [e for e in events if e.type in ENGAGEMENTS and e.status == "occurred" and e.mode != "phone"
           and e.location is not None and e.location.name and e.date is not None]
    if cue is None or not met:
        return None
    told = [r for r in addressed(doc, cue) if r.actor_id and r.actor_id != speaker_id]
    if told:  # both took part: "Dong told Austin" is not said at a meeting Austin held with someone else
        speaker = [ActorRef(name="", actor_id=speaker_id)]
        return next((e for e in met if e.type == "CONSULT" and _takes_part(e, told) and _takes_part(e, speaker)),
                    None)
    # the article's lead meeting, when it is the first thing it reports as done (not a background one)
    lead = next((e for e in events if e.status == "occurred" and e.date is not None), None)
    return met[0] if (at_meeting(cue) or bare_venue) and met[0] is lead else None


def _covers(held, said) -> bool:
    """A statement's day inside a meeting's dates, or words dated by the same span as the meeting ("came to
    Seoul in May 2023 and said ...": both told of that month)."""
    if not said.value and said.earliest and (said.earliest, said.latest) == (held.earliest, held.latest):
        return True
    day = said.value or (said.earliest if said.earliest == said.latest else None)
    first, last = held.value or held.earliest, held.value or held.latest
    return bool(day and first and last) and first <= day <= last


def _broad_place(event) -> bool:
    """An event placed only by a country ("Britain"), a region or a description, not a town or a site."""
    name = event.location.name if event.location is not None else None
    return too_broad(name) or current_kb().country_code(name) is not None


def meeting_city(statement, events: list, doc: Doc | None = None) -> str | None:
    """"Ishiba said he had pressed Xi ...", told of a day on which Ishiba met Xi in Lima: words one who
    took part in an in-person meeting said that day, with no place of their own, were said where it met;
    else where that person signed a pact that day ("signed the treaty in the Kremlin")."""
    speaker = statement.speaker.actor_id if statement.speaker else None
    if speaker is None or statement.date is None:
        return None
    same_day = [e for e in events if e.status == "occurred" and e.date is not None and _covers(e.date, statement.date)]
    # a state "agrees" from anywhere; a person who signs is at the signing
    kinds = ["CONSULT", "AGREE"] if speaker.startswith("person:") else ["CONSULT"]
    held = [e for kind in kinds for e in same_day if e.type == kind]
    # a meeting placed at a town or a site before one placed only by its country: the day's visit "to Britain"
    # went on at the estate where the words were said
    for e in sorted(held, key=_broad_place):
        if e.mode == "phone" or e.location is None or not (e.location.name or e.location.country):
            continue
        dateline = doc._.dateline if doc is not None else None
        city = city_held(e.location, same_day, dateline) if party_to(statement.speaker, e, doc) else None
        if city and doc is not None:  # a meeting placed by no name at all leaves the next one to tell
            return with_site(meeting_site(doc, e) or (city if site_town(doc, e.location) else None),
                             site_town(doc, e.location) or city)
        if city:
            return city
    return None


def site_town(doc: Doc, location) -> str | None:
    """The town a meeting placed at a named site lies in ("at Parliament House in Canberra" -> "Canberra"):
    the one its name is told "in", else the dateline's town in the site's country."""
    name = location.name or ""
    if not name or gazetteer().lookup(name) is not None:
        return None
    for tok in doc:
        if tok.text != name.split()[-1] or doc[max(tok.i - len(name.split()) + 1, 0):tok.i + 1].text != name:
            continue
        town = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                     if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
        if town is not None and not too_broad(town.text):
            return town.text
    dateline = doc._.dateline
    if gazetteer().lookup(name.split()[0]) is not None:
        return None  # a site named by its own town ("Windsor Castle") lies there, not in the dateline's
    if dateline is not None and dateline.country == location.country and not too_broad(dateline.name):
        return dateline.name
    return None




def placed_at_meeting(statement, events: list, doc: Doc | None = None) -> str | None:
    """The statement's venue with the city it was said in when only the occasion is named ("at the joint
    news conference" on the day the speaker met someone in Seoul -> "Seoul (joint news conference)")."""
    venue = statement.venue
    if venue is None:
        return meeting_city(statement, events, doc)
    occasion = re.split(r"\s+(?:by|for|with)\s+", venue)[0]  # "dinner by the host" is a dinner
    if "," in venue or "(" in venue or occasion.split()[-1].lower() not in IN_PERSON:
        return venue
    city = meeting_city(statement, events, doc)
    return f"{city} ({venue})" if city and city not in venue else venue  # ("Canberra talks" names its city)
