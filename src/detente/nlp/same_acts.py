"""One act, one record: drafts of an article that tell the same act merge into the fuller one.

A lead says "Modi and Xi agreed on Sunday ... during Modi's trip to China"; a later sentence says
"The two met in Tianjin on the sidelines of the summit". Both are the same meeting: one record,
with every sentence that tells it kept as a mention. Acts that only look alike stay apart: two
meetings with different people, a call and a visit, "shut X and suspended Y", "also signed".
An agreement told again as "the accord" merges whatever day its sentence gives (nlp/retold_accords.py).
The rule is documented in docs/readout-format.md (mentions).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft
from detente.nlp.narrative_dates import bounded_stay
from detente.nlp.return_visits import opposite_visits
from detente.nlp.retold_accords import date_weight, retold_accord
from detente.nlp.series_parties import ORDINALS
from detente.nlp.triggers import LIGHT_VERBS
from detente.records import DateValue, Location

REMOTE_WORDS = {"call", "phone", "telephone", "videoconference", "videocall", "teleconference"}
IN_PERSON_WORDS = {"meet", "meeting", "visit", "summit", "trip"}
IN_PERSON_MODES = {"visit", "third-party", "multilateral"}
JOINT_TYPES = {"CONSULT"}  # a meeting or call is one act of both sides, whoever is named first
# "also met", "signed as well": the word says a further act, not the one already told
FURTHER_WORDS = {"also", "too", "additionally", "likewise", "separately", "later", "again"}


def manner(d: Draft) -> str | None:
    """remote | in_person | None, from the mode or else the trigger word: an undecided "meet" is
    still in person, so "the call" cannot be a later mention of it."""
    if d.mode == "phone":
        return "remote"
    if d.mode in IN_PERSON_MODES:
        return "in_person"
    word = d.token.lemma_.lower()
    return "remote" if word in REMOTE_WORDS else "in_person" if word in IN_PERSON_WORDS else None


def _modes_fit(a: Draft, b: Draft) -> bool:
    """No clash of mode, nor of manner (a call is no meeting)."""
    if a.mode and b.mode and a.mode != b.mode:
        return False
    return None in (manner(a), manner(b)) or manner(a) == manner(b)


def _span(d: Draft) -> tuple[str | None, str | None] | None:
    return (d.date.first, d.date.last) if d.date else None


def _dates_fit(a: Draft, b: Draft) -> bool:
    """The same day or span. An undated mention fits a dated one only in its sentence ("travel to X in the
    coming days for meetings"): across sentences an undated act may be any other one."""
    if a.date is None or b.date is None:
        return a.sent.start == b.sent.start
    return _span(a) == _span(b)


def _sides_fit(a: Draft, b: Draft) -> bool:
    """The same states take part; the same direction unless the act is joint (a meeting, or both
    told as reciprocal: "X and Y agreed")."""
    if not a.parties() or a.parties() != b.parties():
        return False
    if a.type in JOINT_TYPES:
        return True
    crossed = a.countries("source") & b.countries("target") or a.countries("target") & b.countries("source")
    # "X and Y agreed" is one act of both; "X accepted Y's offer" is X's own, another act
    return a.reciprocal == b.reciprocal and (not crossed or a.reciprocal)


def one_sided(d: Draft) -> bool:
    """A reading that names one side only ("Trump rated the meeting a 10"), or the same state on both."""
    return not d.source or not d.target or d.countries("source") == d.countries("target")


def _partial_mention(a: Draft, b: Draft) -> bool:
    """In another sentence on the same day, one draft names a single side of the other's act ("the meeting",
    "the visit" with its host or guest only): its states are among the fuller draft's, each on its side
    unless the act is joint. The day must be stated by both: an undated one-sided act may be any other."""
    if a.sent.start == b.sent.start or a.date is None or b.date is None or _span(a) != _span(b):
        return False
    if one_sided(a) == one_sided(b) or "multilateral" in (a.mode, b.mode):
        return False  # at a gathering each state's attendance is an act of its own, apart from the gathering
    small, full = (a, b) if one_sided(a) else (b, a)
    if not small.parties() or not small.parties() <= full.parties():
        return False
    return a.type in JOINT_TYPES or all(small.countries(side) <= full.countries(side) for side in ("source", "target"))


def _people(d: Draft) -> set[str]:
    return {r.actor_id for r in d.source + d.target if r.kind == "person" and r.actor_id}


def _people_fit(a: Draft, b: Draft) -> bool:
    """The people named do not contradict: one names all the other does, or one names nobody."""
    mine, theirs = _people(a), _people(b)
    return not mine or not theirs or mine <= theirs or theirs <= mine


def _conjuncts(token: Token) -> set[int]:
    """The token and the words coordinated with it ("shut X and suspended Y")."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return {head.i} | {c.i for c in head.conjuncts}


def _governor(token: Token) -> Token:
    """The verb that tells a noun's act ("held talks" -> "held"), else the token itself."""
    light = token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS
    return token.head if token.pos_ == "NOUN" and light else token


def _telling_words(token: Token) -> list[Token]:
    """The trigger, the light verb that holds it ("held talks"), and the verbs whose reported clause it is
    ("he also said X would invest"): the words whose modifiers qualify the act itself."""
    words = [token, _governor(token)]
    while words[-1].dep_ in {"ccomp", "xcomp"} and words[-1].head.i != words[-1].i:
        words.append(words[-1].head)
    return words


def _told_as_further(d: Draft) -> bool:
    """"also signed", "he also said X would invest": the sentence tells another act of the same kind."""
    return any(c.dep_ == "advmod" and c.lower_ in FURTHER_WORDS for t in _telling_words(d.token) for c in t.children)


# "further talks", "another call", "a new round": a noun so modified names a fresh occurrence.
NEW_OCCURRENCE = {"further", "another", "new", "more", "fresh", "renewed", "follow-up", "next", "second",
                  "third", "additional", "subsequent", "future"}
# "the earlier rounds", "the previous meeting": one before it ("the talks earlier this week" are the same ones)
EARLIER_OCCURRENCE = {"earlier", "previous"}


def new_occurrence(d: Draft) -> bool:
    """"agreed to further discussions", "the second day's drill": the word (on the noun, or an ordinal on the
    day or round that owns it) says this is not the event already told."""
    if d.token.pos_ != "NOUN":
        return False
    owners = [c for c in d.token.children if c.dep_ == "poss"]
    return any(c.dep_ in {"amod", "det", "compound", "advmod"} and c.lower_ in NEW_OCCURRENCE or
               c.dep_ == "amod" and c.i < d.token.i and c.lower_ in EARLIER_OCCURRENCE for c in d.token.children) or \
        any(c.dep_ == "amod" and c.lower_ in ORDINALS for o in owners for c in o.children)


def _content(token: Token) -> str | None:
    """What the act is about: "agreed to cooperate" -> cooperate, "shut the post" -> post."""
    what = next((c for c in token.children if c.dep_ in {"xcomp", "ccomp", "dobj"}), None)
    return what.lemma_.lower() if what is not None else None


MEASURE_TYPES = {"SANCTION"}  # each measure is its own act: "shut the airspace", "suspended trade"


def _other_content(a: Draft, b: Draft) -> bool:
    """The same verb about another thing ("shut its airspace" ... "shut the border post") is another act."""
    if a.token.lemma_.lower() != b.token.lemma_.lower() and a.type not in MEASURE_TYPES:
        return False
    mine, theirs = _content(a.token), _content(b.token)
    return mine is not None and theirs is not None and mine != theirs


def _coordinated(a: Draft, b: Draft) -> bool:
    """Coordinated acts are separate acts, each with its own object."""
    return a.sent.start == b.sent.start and (
        _governor(b.token).i in _conjuncts(_governor(a.token)) and _governor(a.token).i != _governor(b.token).i)


STAY_WORDS = {"visit", "trip", "tour", "stay", "journey"}


def _stay_and_engagement(a: Draft, b: Draft) -> bool:
    """A bounded stay ("closing a three-day visit") and a meeting held during it are two acts; only another
    word for the journey ("the trip") tells the stay again."""
    stay, other = (a, b) if bounded_stay(a.token) else (b, a)
    return bounded_stay(stay.token) and other.token.lemma_.lower() not in STAY_WORDS


def same_act(a: Draft, b: Draft) -> bool:
    """Whether the later draft `b` tells the act `a` tells (type, status, mode, sides, date, people)."""
    if a.type != b.type or a.status != b.status or not _modes_fit(a, b):
        return False
    if retells_accord(a, b):
        return True
    if not ((_sides_fit(a, b) and _dates_fit(a, b)) or _partial_mention(a, b)) or not _people_fit(a, b):
        return False
    if _coordinated(a, b) or _other_content(a, b) or _stay_and_engagement(a, b) or opposite_visits(a, b):
        return False
    # "also", "the next summit" say another act than one told before, not than the verb that holds them
    return a.sent.start == b.sent.start or not (_told_as_further(b) or new_occurrence(b))


def retells_accord(a: Draft, b: Draft) -> bool:
    """"the accord", "the deal" in a later sentence about the same states tells the agreement `a` told,
    whatever day its own clause gives (the day of a remark about it)."""
    return a.sent.start < b.sent.start and bool(a.parties()) and a.parties() == b.parties() \
        and retold_accord(b) and not _told_as_further(b)


PRECISION_RANK = {"day": 6, "days": 5, "part_of_month": 4, "month": 3, "season": 2, "part_of_year": 2, "year": 1}


def _precision(date: DateValue | None) -> tuple[int, int]:
    """How specific a date is: a point before a range, a day before a month before a year."""
    if date is None:
        return (0, 0)
    return (2 if date.value else 1, PRECISION_RANK.get(date.precision, 0))


def _place_detail(loc: Location | None) -> int:
    return 0 if loc is None else 1 + bool(loc.name)


def _own_news(d: Draft) -> int:
    """A mention whose verb is its sentence's news tells the act itself ("The two met in X"); a noun in
    passing ("during his trip", "the trip is the first ...") or a reported clause tells less."""
    verb = _governor(d.token)
    if verb.pos_ in {"VERB", "AUX"}:
        return 2 if verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT" else 1
    return 1 if verb.dep_ == "nsubj" and verb.head.lemma_ != "be" else 0


def _primary_key(d: Draft) -> tuple:
    """Which mention carries the record: the one that tells the act with its own date and place."""
    return (_own_news(d), d.location is not None, d.date is not None)


def _join_sides(keeper: Draft, other: Draft) -> None:
    """Everybody named by either mention, each on the side of their state; a mention told with both sides
    gives its sides to one that names a single side ("the three leaders held a summit")."""
    rest = [(side, r) for side in ("source", "target") for r in getattr(other, side)]
    if (not keeper.source or not keeper.target) and other.source and other.target:
        rest = [(side, r) for side in ("source", "target") for r in getattr(keeper, side)]
        keeper.source, keeper.target = list(other.source), list(other.target)
    for side, ref in rest:
        if ref.actor_id in {r.actor_id for r in keeper.source + keeper.target}:
            continue
        if ref.country and ref.country in keeper.countries("target") | keeper.countries("source"):
            side = "target" if ref.country in keeper.countries("target") else "source"
        getattr(keeper, side).append(ref)


def _keep_mention(keeper: Draft, other: Draft) -> None:
    """The other draft's sentences become the keeper's mentions; its links follow."""
    keeper.repeats += [other.token] + [t for t in other.repeats if t.i != keeper.token.i]
    keeper.confidence = max(keeper.confidence, other.confidence)
    keeper.links += [link for link in other.links if link[1] is not keeper]


def _fill(keeper: Draft, other: Draft) -> None:
    """The fuller record: the more specific date, place and mode, everybody named, the mention kept."""
    _keep_mention(keeper, other)
    if _precision(other.date) > _precision(keeper.date):
        keeper.date = other.date
    if _place_detail(other.location) > _place_detail(keeper.location):
        keeper.location = other.location
    keeper.mode = keeper.mode or other.mode
    keeper.response = keeper.response or other.response
    keeper.reciprocal = keeper.reciprocal or other.reciprocal
    _join_sides(keeper, other)


def _fill_retold(keeper: Draft, other: Draft) -> None:
    """An agreement and its retelling: the mention is kept; the date is the one a verb of agreeing gives (the
    retelling's clause dates a remark about it), the place only where the record has none, nobody added
    (the retelling's sentence names who speaks of the deal, not who made it)."""
    _keep_mention(keeper, other)
    if date_weight(other) > date_weight(keeper):
        keeper.date = other.date
    keeper.location = keeper.location or other.location


def merge_same_acts(drafts: list[Draft]) -> list[Draft]:
    """Merge each draft into an earlier one that tells the same act; links follow the merged draft."""
    kept: list[Draft] = []
    into: dict[int, Draft] = {}
    for d in drafts:
        prev = next((p for p in kept if same_act(p, d)), None)
        if prev is None:
            kept.append(d)
            continue
        # within one sentence the evidence is the same: the earlier reading stays the record's trigger
        later_tells = d.sent.start != prev.sent.start and _primary_key(d) > _primary_key(prev)
        if d.sent.start != prev.sent.start and one_sided(d) != one_sided(prev):
            later_tells = one_sided(prev)  # the reading with both sides carries the record
        keeper, other = (d, prev) if later_tells else (prev, d)
        (_fill_retold if retells_accord(prev, d) else _fill)(keeper, other)
        kept[next(i for i, p in enumerate(kept) if p is prev)] = keeper
        into[id(other)] = keeper
    for d in kept:
        d.links = [(rel, final) for rel, x in d.links if (final := _final(x, into)) is not d]
    return kept


def _final(d: Draft, into: dict[int, Draft]) -> Draft:
    """The draft a merged draft ended up in (a keeper may itself merge later)."""
    while id(d) in into:
        d = into[id(d)]
    return d
