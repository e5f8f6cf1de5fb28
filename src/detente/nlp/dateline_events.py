"""Which events a dateline places: the reporter's city ("KUALA LUMPUR —") is where the day's in-person
events happened (meetings, visits, signings, physical acts), not where every act told that day was
done. A statement act (a demand, an accusation, a refusal) is placed there only when it was made at a
meeting held there between the same sides; one made from a capital elsewhere stays unplaced.
Runs inside `event_links.settle`.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from detente.nlp.denials import forgone
from detente.nlp.events import Draft
from detente.nlp.sides import consult_geometry
from detente.nlp.venue_countries import NOT_TERRITORY  # organisations' codes, which name no territory
from detente.records import Location

# acts told in words or policy: where they were said is not where the reporter stands
STATEMENT_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "SANCTION", "CONCEDE"}
NEAR_DAYS = 3  # a dateline covers the news of the last few days


def fill_dateline(doc: Doc, drafts: list[Draft]) -> None:
    """A dateline places the day's in-person events that name no place, and the statements made
    at a meeting it places."""
    place = doc._.dateline
    published = doc._.published
    if place is None or published is None:
        return
    _fill_retold(doc, drafts, place)
    for d in drafts:
        if _unknown_site(d) and _placeable(d, published) and _hosted(d, drafts, place):
            d.location = Location(name=d.location.name, country=place.country)
        elif _body_site(d) and _placeable(d, published) and _hosted(d, drafts, place):
            d.location = place  # the summit's host city is where the reporter stands
        if d.location is None and d.type not in STATEMENT_TYPES and _placeable(d, published) \
                and _hosted(d, drafts, place):
            d.location = place
            d.site_from_dateline = True
            if d.type == "CONSULT":
                d.mode, d.source, d.target = consult_geometry(d.token, d.mode, d.source, d.target, place)
    meetings = [d for d in drafts if _meeting_at(d, place)]
    for d in drafts:
        if d.location is None and d.type in STATEMENT_TYPES and _placeable(d, published) \
                and any(_between(d, m) for m in meetings):
            d.location = place


def _unknown_site(d: Draft) -> bool:
    """"held talks at the X presidential palace": a meeting or signing at a named site no country is known for
    took place in the reporter's city, as an unplaced one does (fighting may be at sea or in the air)."""
    return d.location is not None and d.location.name is not None and d.location.country is None \
        and d.type not in STATEMENT_TYPES | VIOLENT_TYPES


def _body_site(d: Draft) -> bool:
    """"met Xi on the sidelines of the APEC summit": a meeting or signing placed only at an organisation, which
    is no territory; the dateline's city is where the gathering sat."""
    return d.location is not None and d.location.country in NOT_TERRITORY \
        and d.type not in STATEMENT_TYPES | VIOLENT_TYPES


# "X and Y held talks on Wednesday. The two leaders met in Kazan ...": the lead's next sentences; a meeting
# told before the act ("met at the White House on Friday. In a joint statement, they ...") places it too
RETOLD_SENTS = 2
# what the two sides settle together is the meeting's outcome, done where they met; a later meeting, a demand
# or a charge that day may be made elsewhere
JOINT_TYPES = {"AGREE", "COOPERATE"}


def _fill_retold(doc: Doc, drafts: list[Draft], place: Location) -> None:
    """A meeting the text places in another country ("met in the Russian city of Kazan") places the unplaced
    lead told just before it and what its parties did there that day (a joint act told after it too); the
    dateline is only where the report was filed."""
    meetings = [m for m in drafts if _placed_meeting(m) and m.location.country != place.country]
    if not meetings:
        return
    index = {s.start: i for i, s in enumerate(doc.sents)}
    for d in drafts:
        if d.location is not None or d.mode == "phone" or d.date is None:
            continue
        here = index[d.sent.start]
        for m in meetings:
            gap = index[m.sent.start] - here  # a joint act may come any time after its meeting, that same day
            if m is not d and (0 <= gap or d.type in JOINT_TYPES) and gap <= RETOLD_SENTS and _same_occasion(d, m):
                d.location = m.location
                if d.type == "CONSULT":
                    d.mode, d.source, d.target = consult_geometry(d.token, d.mode, d.source, d.target, m.location)
                break


def _placed_meeting(m: Draft) -> bool:
    """An in-person meeting that happened, between two states at least, whose text names its place."""
    return m.type == "CONSULT" and m.mode != "phone" and m.status == "occurred" and m.location is not None \
        and m.location.country is not None and m.date is not None and len(m.parties()) >= 2


def _same_occasion(d: Draft, m: Draft) -> bool:
    """Same day, and the act's parties are the meeting's (both sides of it when it is a meeting too)."""
    if d.date.value is None or d.date.value != m.date.value or d.status != "occurred":
        return False
    parties = d.parties()
    if d.type == "CONSULT":
        return len(parties) >= 2 and parties <= m.parties()
    return bool(parties) and parties <= m.parties()


def _placeable(d: Draft, published: date) -> bool:
    """Dated within a few days of publication, done (or later that day), and not by phone."""
    near = d.date is not None and d.date.precision in {"day", "days"} and \
        abs((_iso(d.date.first) - published).days) <= NEAR_DAYS and \
        abs((_iso(d.date.last) - published).days) <= NEAR_DAYS
    told = d.status == "occurred" or _later_today(d, published) or forgone(d.token) is not None
    return near and d.mode != "phone" and told


def _meeting_at(d: Draft, place: Location) -> bool:
    """An in-person meeting held where the dateline is."""
    return d.type == "CONSULT" and d.mode != "phone" and d.status == "occurred" and d.location is not None \
        and d.location.country is not None and d.location.country == place.country


def _between(act: Draft, meeting: Draft) -> bool:
    """The act's source and target are both parties to the meeting (by country)."""
    parties, sources, targets = meeting.parties(), act.countries("source"), act.countries("target")
    return bool(sources) and bool(targets) and sources <= parties and targets <= parties and sources != targets


def _later_today(d: Draft, published: date) -> bool:
    """"The forum convenes on Saturday", told that Saturday: still to come, but where the reporter is."""
    return d.status == "planned" and d.date is not None and d.date.value == published.isoformat()


# An act the dateline's country takes no part in was done elsewhere.
VIOLENT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
FIELD_TYPES = VIOLENT_TYPES | {"RETREAT"}  # releases, pull-backs, truces in force: done where the sides are
NOT_STATES = {"IGO"}  # an organisation meets wherever it is hosted: no home to be away from
GOING_MODES = {"visit", "multilateral"}  # "Macron began a state visit": going there is the act


def _hosted(d: Draft, drafts: list[Draft], place: Location) -> bool:
    """Fighting (or a release, a pull-back) between other states, or a foreign state's act on its own, did
    not happen at the reporter's city: a dateline hosts talks between foreigners, not their war, the
    prisoners they free, or their parliament."""
    if place.country is None:
        return True
    if _strike_abroad(d, place):
        return False
    if place.country in d.parties():
        return True
    if d.type in FIELD_TYPES:  # "DOHA — Israel is to free prisoners": a deal announced there, an act done elsewhere
        return not _foreign_fighting(d, drafts, place)
    return not _unilateral(d) or any(_meeting_at(m, place) and d.countries("source") & m.parties()
                                     for m in drafts if m is not d)


def _strike_abroad(d: Draft, place: Location) -> bool:
    """"ISLAMABAD — Pakistan struck hideouts inside Iran": the dateline state's blows on another state fell on
    the target's ground, not in the reporter's city."""
    targets = d.countries("target") - NOT_STATES - {place.country}
    return d.type == "ASSAULT" and place.country in d.countries("source") and bool(targets) \
        and d.countries("target") <= targets | NOT_STATES


def _foreign_fighting(d: Draft, drafts: list[Draft], place: Location) -> bool:
    """Both sides of the violence are known and foreign, or (with no side named, "dozens were killed")
    the article's fighting is between others."""
    if d.countries("source") and d.countries("target"):
        return True
    if d.parties():
        return False  # one side unnamed ("Israeli strikes killed ten"): the reporter may be there
    fighting = [v.parties() for v in drafts if v.type in VIOLENT_TYPES and v is not d and v.parties()]
    return bool(fighting) and all(place.country not in sides for sides in fighting)


def _unilateral(d: Draft) -> bool:
    """A state acting with no other state named ("the parliament ratified", "Iran agreed to cooperate")."""
    sources = d.countries("source") - NOT_STATES
    if d.type == "CONSULT" and d.mode in GOING_MODES:
        return False
    return bool(sources) and d.countries("target") <= sources


def _iso(value: str) -> date:
    return date.fromisoformat(value)
