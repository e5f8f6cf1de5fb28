"""Where an act whose sentence names no place happened, from the engagement it belongs to.

Two mechanisms, both for acts that took place (status occurred) and carry no place of their own:
- what the parties of an in-person meeting did on its day (agreed, released, accused each other) happened
  where they met: news tells the place once, with the meeting, and not again for each act; and what the
  same two states did in person a day or two from a meeting held on one's visit to the other happened in
  the host country ("met the president in X on Monday; on Sunday, talks with the premier");
- an armed attack on a state, told with no place and no sea, hit that state's territory ("Israel began
  bombing Iran's nuclear sites", "since Russia's invasion"): the target is where the blows fell.
Runs inside `event_links.settle`, after the dateline and the visits placed what they place; once all is placed,
the meetings' modes are settled from their final parties and place (nlp/meeting_modes.py).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from detente.nlp.dateline_events import FIELD_TYPES  # done where the sides are, not where they talk
from detente.nlp.event_dates import date_within
from detente.nlp.events import Draft
from detente.nlp.home_acts import place_home_acts
from detente.nlp.meeting_modes import settle_meeting_modes
from detente.nlp.sides import consult_geometry
from detente.nlp.sovereign_spaces import place_sovereign_spaces
from detente.nlp.venue_countries import NOT_TERRITORY  # organisations' codes, which name no territory
from detente.records import Location

# acts done at the table: a meeting's place is theirs when its parties do them on its day
TABLE_TYPES = {"AGREE", "CONSULT", "RETREAT", "CONCEDE", "COOPERATE", "AID", "SUPPORT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN"}
# what two sides do together in one place: a meeting, a signing, a handover or exchange
IN_PERSON_TYPES = {"CONSULT", "AGREE", "RETREAT", "COOPERATE"}
# words that put an attack at sea or in the air between states, where no state's territory is hit
OPEN_WATER_WORDS = {"sea", "shoal", "reef", "strait", "waters", "vessel", "ship", "boat", "airspace", "gulf",
                    "ocean", "tanker", "island", "islands", "border", "frontier"}


def place_by_engagement(drafts: list[Draft]) -> None:
    """Place the acts of a meeting's parties on its day, or on the days around it when it was met on a visit,
    then attacks on a state, where nothing else did."""
    place_sovereign_spaces(drafts)  # first: a state's own airspace or waters is where an incursion was
    meetings = [m for m in drafts if _placed_meeting(m)]
    for d in drafts:
        if not _unplaced_act(d):
            continue
        meeting = next((m for m in meetings if m is not d and _at_meeting(d, m)), None) or \
            next((m for m in meetings if m is not d and _on_the_trip(d, m)), None)
        if meeting is not None:
            d.location = Location(name=_own_name(d), country=meeting.location.country)
            if d.type == "CONSULT":  # the place now tells who came to whom, as a dateline's place does
                d.mode, d.source, d.target = consult_geometry(d.token, d.mode, d.source, d.target, d.location)
        elif (country := _attacked_territory(d)) is not None:
            d.location = Location(name=d.location.name if d.location else None, country=country)
    place_home_acts(drafts)  # last: what is done at home is placed there when nothing told another place
    settle_meeting_modes(drafts)  # the places and parties now known tell the meetings' modes


def _unplaced_act(d: Draft) -> bool:
    """Done, dated, in person, and placed nowhere or only at an organisation ("on the sidelines of the
    APEC summit"): a body is no territory, the meeting's city is the place."""
    return d.status == "occurred" and d.mode != "phone" and d.date is not None and \
        (d.location is None or not d.location.country or d.location.country in NOT_TERRITORY)


def _own_name(d: Draft) -> str | None:
    """The place name the act's text gave, kept when it was a place and not an organisation."""
    return d.location.name if d.location and d.location.country not in NOT_TERRITORY else None


def _placed_meeting(m: Draft) -> bool:
    """An in-person meeting or joint act (a signing, an exchange) that happened between two states at least,
    dated, whose text names its place."""
    return m.type in IN_PERSON_TYPES and m.mode != "phone" and m.status == "occurred" and m.date is not None \
        and m.location is not None and m.location.country is not None \
        and m.location.country not in NOT_TERRITORY and len(m.parties()) >= 2


def _at_meeting(d: Draft, m: Draft) -> bool:
    """The act's parties are all the meeting's, on a day of the meeting, and it is an act of the table."""
    if d.type not in TABLE_TYPES or not _days_told(m) or not date_within(d.date, m.date):
        return False
    if m.site_from_dateline and d.type in FIELD_TYPES:
        return False  # a release the dateline refused is not done at a meeting whose site it only guessed
    parties = d.parties()
    if d.type == "CONSULT" and len(parties) < 2:
        return False
    return bool(parties) and parties <= m.parties()


# the longest stretch a meeting's date may span and still tell its days ("the weekend", "a four-day visit"); a
# meeting dated only "last month" tells no day an act of that month shared with it
MEETING_DAYS = 7


def _days_told(m: Draft) -> bool:
    """The meeting's date names its day or days, not only the month or season it fell in."""
    first, last = m.date.first, m.date.last
    return bool(first and last) and (date.fromisoformat(last) - date.fromisoformat(first)).days < MEETING_DAYS


# days either side of a visit's meeting on which the visitor is taken to be still there: a state visit lasts a
# few days, and news tells one meeting's day and the others' by weekday ("met Xi on Monday; on Sunday, talks
# with the premier")
TRIP_DAYS = 2


def _on_the_trip(d: Draft, m: Draft) -> bool:
    """An in-person act between the same two states, a day or two from a meeting on one's visit to the other."""
    if d.type not in IN_PERSON_TYPES or m.mode != "visit" or m.location.country not in m.parties():
        return False
    if d.date.precision != "day" or m.date.precision != "day" or not d.date.value or not m.date.value:
        return False
    gap = abs((date.fromisoformat(d.date.value) - date.fromisoformat(m.date.value)).days)
    return 0 < gap <= TRIP_DAYS and len(d.parties()) >= 2 and d.parties() == m.parties()


def _attacked_territory(d: Draft) -> str | None:
    """The one state an attack told without place or sea was aimed at."""
    if d.type != "ASSAULT" or _at_sea(d.sent):
        return None
    targets = {r.country for r in d.target if r.country and r.sector != "IGO"} - NOT_TERRITORY
    sources = d.countries("source") - NOT_TERRITORY
    if len(targets) != 1 or not sources or targets <= sources:
        return None  # no target, several, an unknown attacker, or fighting at home: nothing says where
    return next(iter(targets))


def _at_sea(sent: Span) -> bool:
    return any(t.lower_ in OPEN_WATER_WORDS for t in sent)
