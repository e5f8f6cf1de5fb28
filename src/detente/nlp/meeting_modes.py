"""A meeting's PLOVER mode settled once its parties and place are all known (after the article-wide passes).

The draft reads a meeting's mode from its own sentence; the parties and the place are often filled in later
(from a dateline, an earlier mention, the pair the article is about). The CONSULT mode table then decides
what the sentence could not:
- a meeting with no mode yet, placed in one side's country, is the other's visit; placed in neither, it is
  hosted by a third party (the rule the draft applies, now with what it lacked then);
- a meeting of exactly two sides held at one side's home is the other's visit, even when a word made it look
  like a gathering ("met Xi in Beijing at a summit", "attended the parade in Moscow") or like neutral ground
  ("met the Commission president in Brussels": a body's seat is its home). A gathering the sentence names
  (a third body, "the sidelines of", "a summit of Nordic leaders", a forum or conference) keeps it
  multilateral, unless the words tell the two sides meeting each other there ("met on the sidelines of the
  summit" its host holds): the guest's talks with the host are a visit.
Then the records' CONSULT convention (examples/README.md, session 24) on what the coded meeting is:
- three or more states on its sides, met in person as one event (a three-way summit, a mediator with the two
  parties), is multilateral, even at one side's home; a single traveller's visits to several hosts stay visits;
- two states met in person in a country that is neither's is a third-party meeting, also on the sidelines of
  a summit held there (the summit is the setting, the coded meeting is the two sides').
A phone call keeps its mode.
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.nlp.events import Draft
from detente.nlp.gathering_modes import gathering_mode
from detente.nlp.mentions import one_per_state
from detente.nlp.meeting_sides import SIDELINES, geometry_by_place, host_of_place, on_sidelines
from detente.nlp.venue_countries import NOT_TERRITORY  # organisations' codes, which name no territory

GATHERING_MODES = {"multilateral", "third-party"}
IN_PERSON_MODES = {"visit", "multilateral", "third-party"}  # the modes of a meeting in person  # modes a two-sided meeting at one side's home overturns
# words of taking part in a gathering ("confirmed participation", "will attend"); the occasion named in the
# sentence ("attended the parade in Moscow") is judged like any other, one told before stays a gathering
ATTENDING = {"attend", "attendance", "participate", "participation", "join"}
# nouns for a meeting that, with "of" and a plural ("a summit of Nordic leaders"), name a gathering of many
GATHERING_NOUNS = {"summit", "meeting", "gathering", "conference", "forum", "parade", "dialogue", "congress"}
# gatherings of many delegations by their nature, whoever hosts them ("its annual security forum"): attending
# one is multilateral, unlike a summit or a parade, which may be one host's occasion for one guest
MANY_PARTY_NOUNS = {"forum", "conference", "congress", "dialogue"}
# words of two sides meeting each other: at a gathering one of them hosts ("met on the sidelines of the summit
# in Canada"), the gathering is only the setting, and the guest's meeting with the host a visit
TWO_SIDED = {"meet", "talk", "talks"}
# words of the two sides' own meeting ("met", "held talks", "sat down with"), not of attending a gathering
# ("expected at the summit", "will attend"): only such a meeting in a third country is a third-party one
MEETING_WORDS = TWO_SIDED | {"meeting", "sit", "hold", "speak", "confer"}


def settle_meeting_modes(drafts: list[Draft]) -> None:
    """Give each meeting the mode its final parties and place tell, where its words told none or a gathering."""
    for d in drafts:
        if d.type != "CONSULT":
            continue
        if d.mode is None:
            d.mode, d.source, d.target = geometry_by_place(d.mode, d.source, d.target, d.location)
            _visit_to_place(d)
        elif d.mode in GATHERING_MODES:
            _visit_at_home(d)
        was = d.mode
        d.mode = gathering_mode(d) or mode_by_parties(d)
        if was == "visit" and d.mode == "multilateral":
            _guests_as_source(d)


def _visit_at_home(d: Draft) -> None:
    """Two sides, met at one's home and at no gathering the sentence names: the other side's visit."""
    src, tgt = d.countries("source"), d.countries("target")
    if d.token.lemma_.lower() in ATTENDING and not any(t.lemma_.lower() in GATHERING_NOUNS for t in d.token.sent):
        return  # "confirmed participation": taking part in a gathering told before, multilateral wherever held
    if d.location is None or len(src) != 1 or len(tgt) != 1 or src == tgt:
        return
    if _gathering_named(d, src | tgt) and not _two_states_met(d):
        return
    homes = _body_seats(d)  # a third-party place is overturned only by a body's seat, not by the map's country
    homes |= {d.location.country} if d.mode == "multilateral" and d.location.country else set()
    at_source, at_target = src <= homes, tgt <= homes
    if at_source == at_target:
        return
    d.mode = "visit"
    if at_source:  # PLOVER: the visitor is the source, the host the target
        d.source, d.target = d.target, d.source


def _visit_to_place(d: Draft) -> None:
    """"Zelensky's Oval Office meeting": an in-person meeting of one known side, held in another state's
    country, is that side's visit to the place's state (the host is the target, convention 2)."""
    if d.mode is not None or d.target or not d.source or d.status == "negated":
        return
    if d.location is None or not d.location.country or d.location.country in NOT_TERRITORY:
        return
    if d.token.lemma_.lower() not in MEETING_WORDS | {"visit", "trip"}:
        return  # only the words of a meeting or visit: "spoke" alone may be a call
    host = host_of_place(d.source, d.location)
    if host:
        d.mode, d.target = "visit", host


def _sides(d: Draft) -> set[str]:
    """The parties on either side: each state or body by its code (a body's people count once, as the body)."""
    return {r.country or f"IGO:{r.actor_id}" for r in d.source + d.target if r.country or r.sector == "IGO"}


def mode_by_parties(d: Draft) -> str | None:
    """The in-person mode the number of parties tells: three or more states met as one event is a gathering
    (multilateral), unless one traveller visits several hosts; two states met in neither's country meet on
    third-party ground."""
    if d.mode not in IN_PERSON_MODES:
        return d.mode
    sides = _sides(d)
    src, tgt = ({r.country for r in refs if r.country} for refs in (d.source, d.target))
    tour = d.mode == "visit" and len(src) == 1 and not _met_together(d, tgt)  # one state's people visiting several hosts
    if len(sides) >= 3 and not tour:
        return "multilateral"
    place = d.location.country if d.location is not None else None
    if d.mode == "multilateral" and len(sides) == 2 and not any(r.sector == "IGO" for r in d.source + d.target) \
            and place and place not in sides and len(src) == len(tgt) == 1 \
            and (d.token.lemma_.lower() in MEETING_WORDS or _at_sidelines(d.token.sent)):
        # two states' own contact at a gathering elsewhere ("on the sidelines, X told Y"): the gathering is the setting
        return "third-party"
    return d.mode


def _met_together(d: Draft, hosts: set[str]) -> bool:
    """A visitor's several "hosts" met in one place: the place is none of theirs (all came there), or two or
    more of them are people or bodies met there ("met the presidents of A, B and C in A"), not states
    travelled to ("visited A and B")."""
    place = d.location.country if d.location is not None else None
    if place is None:
        return False
    met = {r.country for r in d.target if getattr(r, "kind", "state") != "state" and r.country}
    return place not in hosts or len(met) >= 2


def _guests_as_source(d: Draft) -> None:
    """A visit that proved a gathering at one party's home: that party hosts (target) and every other party
    is a guest (source), the convention for a participating host (records 44, 45)."""
    place = d.location.country if d.location is not None else None
    if place is None or place not in {r.country for r in d.target}:
        return
    d.source = one_per_state(d.source + [r for r in d.target if r.country != place])
    d.target = [r for r in d.target if r.country == place]


def _at_sidelines(sent: Span) -> bool:
    """"On the sidelines (of the summit)": the gathering named or told before is only the setting of the
    contact; unlike meeting_sides.on_sidelines, the gathering need not be named again here."""
    return any(t.lower_ in SIDELINES and t.head.lower_ in {"on", "at"} for t in sent)


def _two_states_met(d: Draft) -> bool:
    """The words tell two states' people meeting each other, no body meeting as a side ("AU leaders met")."""
    return d.token.lemma_.lower() in TWO_SIDED and \
        not any(r.kind == "organisation" and r.sector == "IGO" for r in d.source + d.target)


def _sentence_refs(d: Draft) -> list[Span]:
    """The actor mentions of the meeting's sentence that name someone."""
    sent = d.token.sent
    return [s for s in d.token.doc.spans["actors"] if s._.ref is not None and sent.start <= s.start < sent.end]


def _body_seats(d: Draft) -> set[str]:
    """The international bodies whose seat the meeting's place is ("in Brussels" stands for the EU there)."""
    name = (d.location.name or "").lower()
    return {s._.ref.country for s in _sentence_refs(d) if name and s.text.lower() == name
            and s._.ref.sector == "IGO" and s._.ref.country}


def _gathering_named(d: Draft, parties: set[str]) -> bool:
    """The sentence names a gathering beyond the two sides: a body as a side or a third one ("the BRICS
    summit"), the sidelines of one, a gathering with a name ("the Xiangshan Forum"), or a meeting noun "of"
    a group ("a summit of European leaders")."""
    if on_sidelines(d.token.sent) or any(r.kind == "organisation" and r.sector == "IGO" for r in d.source + d.target):
        return True  # "African Union leaders met in Addis Ababa": the body itself meets, a gathering
    if any(s._.ref.sector == "IGO" and s._.ref.country not in parties for s in _sentence_refs(d)):
        return True
    nouns = [t for t in d.token.sent if t.lemma_.lower() in GATHERING_NOUNS]
    if any(t.lemma_.lower() in MANY_PARTY_NOUNS for t in nouns):
        return True
    if any(t.text[:1].isupper() for t in nouns):  # a gathering with a name of its own: "the Xiangshan Forum"
        return True
    return any(c.lower_ == "of" and any(g.tag_ == "NNS" for g in c.subtree) for t in nouns for c in t.children)
