"""Where a state's acts on envoys happened: at home, in the acting state.

Expelling foreign diplomats ("gave the attaches 48 hours to leave"), recalling one's own ambassador and
summoning a foreign envoy (and the protest or demand lodged at that summons) are done in the acting
state's capital: the envoy is sent away from it, called home to it, or called to its ministry. News
rarely names that place, since the acting state says it. The same holds for a state's own measures (cutting
ties, halting trade, closing its border crossings: SANCTION), its arrests (COERCE arrest) and its protests,
rejections and endorsements told with no place (ACCUSE, REJECT, SUPPORT): a government acts and speaks from
home unless the text puts it elsewhere. A remark a person makes on the day of an occasion the text has just
placed him at ("X spoke to reporters in Y ... What happened, he said, was ...") was made there, not at home.
Runs after the dateline and the engagement
placed what they place, so a place the text gives always wins.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.kb.loader import NON_STATE_CODES
from detente.nlp.doc_cache import sentence_index
from detente.nlp.events import Draft
from detente.nlp.sides import SUMMONING_VERBS
from detente.records import Location

NOT_STATES = NON_STATE_CODES  # a body acts in no capital of its own
EACH_OTHER = {"each", "other", "mutually", "reciprocal"}  # the words of a two-way act
HOME_TYPES = {"SANCTION", "ACCUSE", "REJECT", "SUPPORT"}  # a state's measures and verbal reactions, done at home
HOME_MODES = {("COERCE", "arrest")}  # a state arrests on its own soil
TOLD_TYPES = {"ACCUSE", "REJECT", "SUPPORT"}  # words: said where the speaker was that day
OCCASION_REACH = 2  # sentences back a placed occasion of the speaker's still holds his words
SUMMON_DEPTH = 3  # "summoned the envoy to lodge a protest": the protest hangs two steps below the summons


def place_home_acts(drafts: list[Draft]) -> None:
    """Place unplaced expulsions, recalls and what was done at a summons in the acting state."""
    by_summons: dict[int, str] = {}
    for d in drafts:
        if _unplaced(d) and (_home_act(d) or _summons(d.token) is not None):
            occasion = _occasion(d, drafts) if d.type in TOLD_TYPES else None
            if occasion is not None:
                d.location = Location(name=None, country=occasion.location.country)
            elif (country := _home(d)) is not None:
                d.location = Location(name=None, country=country)
        if (summons := _summons(d.token)) is not None and d.location is not None and d.location.country:
            by_summons[summons.i] = d.location.country  # where the summons was held, told or found
    for d in drafts:  # "... to lodge the protest and to press X": an act at the summons told with no doer
        if _unplaced(d) and (summons := _summons(d.token)) is not None and summons.i in by_summons:
            d.location = Location(name=None, country=by_summons[summons.i])


def _home_act(d: Draft) -> bool:
    """A state's measure, arrest or verbal reaction, which it does from home when no place is told."""
    return d.type in HOME_TYPES or (d.type, d.mode) in HOME_MODES


def _occasion(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The nearest placed occasion told in the act's sentence or just before it, of the same day, that the
    act's speaker (a person: a state's words have no one day's place) took part in."""
    speakers = {r.actor_id for r in d.source if r.actor_id and r.actor_id.startswith("person:")}
    if not speakers or d.date is None:
        return None
    index = sentence_index(d.token.doc)
    here = index[d.token.sent.start]
    found = [m for m in drafts if m is not d and _placed_on_day(m, d)
             and 0 <= here - index[m.token.sent.start] <= OCCASION_REACH
             and speakers & {r.actor_id for r in m.source + m.target}]
    return max(found, key=lambda m: m.token.i, default=None)


def _placed_on_day(m: Draft, d: Draft) -> bool:
    """Done on the act's day, at a place in a state's territory."""
    return m.status == "occurred" and m.mode != "phone" and m.date is not None and _day(m.date) == _day(d.date) \
        and m.location is not None and m.location.country is not None and m.location.country not in NOT_STATES


def _day(date) -> tuple:
    """A date's span, whatever words told it."""
    return date.value, date.earliest, date.latest


def _unplaced(d: Draft) -> bool:
    """Done, not by phone, placed nowhere, and one side's act: "X and Y each expelled the other's envoys"
    happened in two capitals, so no one place."""
    return d.status == "occurred" and d.mode != "phone" and not d.reciprocal and not _each_other(d.token) \
        and (d.location is None or not d.location.country)


def _each_other(token: Token) -> bool:
    """"each expelled the other's envoys", "expelled each other's diplomats": a two-way act."""
    near = {t.lower_ for c in token.children for t in (c, *c.children)}
    return bool(near & EACH_OTHER)


def _home(d: Draft) -> str | None:
    """The one state that acted (not an organisation, which has no home to act in)."""
    sources = {r.country for r in d.source if r.country and r.sector != "IGO"} - NOT_STATES
    return next(iter(sources)) if len(sources) == 1 else None


def _summons(token: Token) -> Token | None:
    """The summoning verb the act is told under, or is."""
    for t in [token, *list(token.ancestors)[:SUMMON_DEPTH]]:
        if t.lemma_.lower() in SUMMONING_VERBS:  # the envoy comes to the summoner's ministry
            return t
    return None
