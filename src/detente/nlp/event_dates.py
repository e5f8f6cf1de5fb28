"""Dates and places of events from the events they are told with (durations and the time the story has
reached are in narrative_dates).

An undated event takes its day from the engagement it is part of, the gathering it goes to, the
clause it hangs from ("the summit last November, where ...", "sanctions that X imposed in May": these are
in relative_clause_dates.py), or a distance from another moment ("three months after the strikes",
nlp/distance_dates.py); `dateline_events` places the day's in-person events. Runs inside
`event_links.settle`, after repeats are merged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.after_dates import date_talks_by_outcome  # noqa: F401  (event_links imports it from here)
from detente.nlp.announced_days import announced_day
from detente.nlp.announced_plans import confirm_announced  # noqa: F401  (event_links imports it from here)
from detente.nlp.arguments import refs_for
from detente.nlp.conjunct_dates import conjunct_day
from detente.nlp.dates import REPORTING_LEMMAS
from detente.nlp.distance_anchors import date_distance_clauses
from detente.nlp.distance_dates import date_distances as _date_distances
from detente.nlp.earlier_acts import told_before
from detente.nlp.effect_dates import date_by_effect, defer_by_effect
from detente.nlp.events import Draft
from detente.nlp.frame_dates import frame_day
from detente.nlp.news_day import (
    VERBAL_TYPES, date_by_news_day, earlier_report, lead_root_day, lead_sentence, narrators_perfect,
    repeated_report_day, reported_day, stance_told_made,
)
from detente.nlp.narrative_dates import (  # noqa: F401
    dated_before, narrated_day, occasion_of, stretch_durations, within_occasion,
)
from detente.nlp.news_reactions import outside_reaction, same_side_statement
from detente.nlp.sides import consult_geometry
from detente.nlp.tense import is_perfect, tense_verb, told_as_standing
from detente.nlp.trigger_threats import WARNING_SPEECH
from detente.records import DateValue, Location

WINDOW = 4  # sentences an anaphoric mention may reach back


RELATIVE_MARKS = {"after", "before", "since"}


def date_distances(drafts: list[Draft]) -> None:
    """Acts placed at a distance from a dated one: told of its trigger (distance_dates), else of a mention
    that names it or a verb with a day ("The signing came a week after ...", distance_anchors).
    event_links imports it from here."""
    _date_distances(drafts)
    date_distance_clauses(drafts)


def _told_relative(token: Token) -> bool:
    """"... a day after the two leaders met", "before their meeting": the event is placed relative
    to another moment, so it is not on the day of the news just reported."""
    # a noun trigger is placed with its clause: "a week after troops staged drills"
    clause = token.head if token.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
    return any(c.dep_ == "mark" and c.lower_ in RELATIVE_MARKS for c in token.children) or \
        (token.dep_ in {"pobj", "pcomp"} and token.head.lower_ in RELATIVE_MARKS) or \
        (clause is not None and _told_relative(clause))


LONG_UNITS = {"year", "decade", "century"}


def _background(token: Token) -> bool:
    """"25 years after aircraft struck X and killed Y": an act told years away from another moment (or joined
    to one) is background, not the line of the day's news that later undated acts continue ("a day after X"
    is still that news)."""
    clause = token.head if token.dep_ == "conj" else token
    return any(c.dep_ == "mark" and c.lower_ in RELATIVE_MARKS for c in clause.children) and \
        any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_UNITS for c in clause.children)


def _after_publication(day: DateValue, published) -> bool:
    """A day still to come ("due to take effect on July 1") is no day an act already done shares."""
    return published is not None and (day.first or "") > published.isoformat()


def _news_day(d: Draft) -> bool:
    """Dated to one day: a day of news, not a period."""
    return d.date is not None and bool(d.date.value)


REACTION_REACH = 2 * WINDOW  # sentences back a statement may find the news it reacts to


def _shares_person(d: Draft, prev: Draft) -> bool:
    """A person acting in `d` took part in `prev` ("Zhang demanded ..." after "a meeting with Zhang")."""
    return bool(_persons(d.source) & {r.actor_id for r in prev.source + prev.target})


HOSTILE_TYPES = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN", "ACCUSE", "PROTEST"}  # acts that hit a side


def _separate_statement(d: Draft, prev: Draft) -> bool:
    """A statement by a side that had no part in the act just told ("Pakistan blamed ..." after "India
    rejected ..."), or a statement or counter-sanction by the side the act hit ("Moscow said it would
    retaliate" after EU sanctions): a reaction that came after it."""
    mine, theirs = d.countries("source"), prev.countries("source") | prev.countries("target")
    hit = bool(mine) and mine <= prev.countries("target") - prev.countries("source") and prev.type in HOSTILE_TYPES
    return d.type in VERBAL_TYPES and bool(mine) and bool(prev.countries("source")) and not mine & theirs \
        or d.type in VERBAL_TYPES and hit and _said(d.token) or d.type == "SANCTION" == prev.type and hit


SAYING_LEMMAS = {"say", "state"}  # a reply given out ("the ministry said"), not one told to a visitor's face


def _said(token: Token, deps=frozenset({"conj", "ccomp"})) -> bool:
    """The act is told as what a side said ("the ministry said Moscow would retaliate and called ...",
    "said ... and demanded"): a reply, given out after the act it answers."""
    node = token
    for _ in range(3):
        if node.lemma_.lower() in SAYING_LEMMAS:
            return True
        if node.dep_ not in deps or node.head.i == node.i:
            return False
        node = node.head
    return node.lemma_.lower() in SAYING_LEMMAS


def _since(anchor: DateValue, published) -> DateValue | None:
    """From the day of `anchor` to publication: when a reaction to it came, the text not saying."""
    if published is None or anchor.first is None or anchor.first > published.isoformat():
        return None
    return DateValue(earliest=anchor.first, latest=published.isoformat(), precision="range", text=anchor.text)


def told_done(d: Draft) -> bool:
    """An act that took place, a warning of a supposed harm (the harm is hypothetical, but the warning was
    spoken, on a day the text tells like any other report's), or an offer or refusal told as made."""
    return d.status == "occurred" or (d.type == "THREATEN" and d.token.lemma_.lower() in WARNING_SPEECH) \
        or stance_told_made(d)


def fill_dates(drafts: list[Draft], index: dict[int, int], published=None) -> None:
    """An undated event that took place is dated by the engagement just reported (same news of the
    day), unless the text relates the two ("after their meeting") or places the event relative to
    another moment ("a day after they met"): then they are on different days. An act by a side that
    had no part in that engagement ("the State Department condemned ...") is a separate act after it:
    it is dated from that day to publication, and so is a statement told further on. With no dated
    event near, an act between people of the lead took place on the lead's day, and any other act told
    as done takes the article's news day unless the text tells another time (nlp/news_day.py). First,
    measures to come take the day a next sentence says they take effect (nlp/effect_dates.py)."""
    if drafts:  # measures announced, then told when they take effect
        date_by_effect(drafts[0].token.doc, drafts)
        defer_by_effect(drafts[0].token.doc, drafts)
    lead = _lead_day(drafts[0].token.doc) if drafts else None
    undated, inferred = [], set()  # inferred: dated here from another act, not by words of its own
    for i, d in enumerate(drafts):
        if d.date is not None or not told_done(d) or _told_relative(d.token) or _earlier_occasion(d.token):
            continue
        # "has threatened": a standing position, unless a dated report brings it ("have not said ..., and the
        # ministers announced no accord": a clause with its own subject and simple past is no perfect)
        if told_as_standing(d.token) and not stance_told_made(d):
            d.date = reported_day(d) or announced_day(d.token)
            continue
        if occasion_of(d, drafts) is not None:  # "during the visit": on the visit's days (narrative_dates)
            continue
        d.date = repeated_report_day(d)  # "the White House said ..." after "the White House said on Tuesday"
        if d.date is not None:
            continue
        undated.append(d)
        inferred.add(id(d))
        here = index[d.sent.start]
        linked = {id(x) for _, x in d.links} | {id(p) for p in drafts if any(x is d for _, x in p.links)}
        reach = REACTION_REACH if d.type in VERBAL_TYPES else WINDOW
        dated = [p for p in reversed(drafts[:i]) if _news_day(p) and p.status == "occurred"
                 and here - index[p.last_sent_start()] <= reach and id(p) not in linked and dated_before(p, d)
                 and not _background(p.token) and not _after_publication(p.date, published)
                 and not narrators_perfect(p.token) and not told_before(d, p)]
        moved, day = narrated_day(dated[0], d, d.type in VERBAL_TYPES) if dated else (False, None)
        if moved:  # the story moved on to another time ("at the end of July, when ...") since that event
            d.date = day
        elif dated:
            told = next((p for p in dated if id(p) not in inferred), None)  # dated by its own words
            # told after other matter dated from the lead: not the lead act's immediate answer
            reaction = _lead_reaction(d, told, drafts, published) if told not in (None, dated[0]) else None
            d.date = _lead_act_day(d, dated[0], drafts) or within_occasion(
                dated, d, _date_from(d, dated, lambda p: here - index[p.last_sent_start()] <= WINDOW, published,
                                     reaction))
        elif lead is not None and _shares_person_ids(d, lead[1]):
            d.date = lead[0]
    date_by_news_day(drafts, undated)  # last: what nothing nearer dates is the day's news


LEAD_ACT_TYPES = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "AID"}


def _lead_act_day(d: Draft, nearest: Draft, drafts: list[Draft]) -> DateValue | None:
    """"Ghana closed its border on Friday ... Togo had suspended flights on Thursday. Ghana also expelled an
    attache": an undated act of the kind the lead dates for the same side belongs to that day's news, when
    the act just told before it is the other side's."""
    mine = d.countries("source")
    if d.type not in LEAD_ACT_TYPES or not mine or nearest.countries("source") & mine:
        return None
    lead = lead_sentence(d.token.doc)
    if lead is None or d.sent.start == lead.start:
        return None
    same = [p for p in drafts if p is not d and p.sent.start == lead.start and p.type == d.type
            and _news_day(p) and p.countries("source") == mine and not _told_relative(p.token)]
    return same[0].date if same else None


def _lead_day(doc: Doc) -> tuple[DateValue, set[str]] | None:
    """The day (or days) the lead's main verb is dated to, and the people the lead names: "X and Y
    spent twelve hours together in Bangkok on Friday and Saturday"."""
    sent = lead_sentence(doc)
    day = lead_root_day(doc, sent) if sent is not None else None
    if day is None:
        return None
    people = {x._.ref.actor_id for x in doc.spans.get("actors", []) if x.sent.start == sent.start
              and x._.ref is not None and x._.ref.kind == "person" and x._.ref.actor_id}
    return (day, people) if people else None


def _shares_person_ids(d: Draft, people: set[str]) -> bool:
    return any(r.kind == "person" and r.actor_id in people for r in d.source + d.target)


def _date_from(d: Draft, dated: list[Draft], near, published, reaction=None) -> DateValue | None:
    """The day of the engagement `d` belongs to (one its person took part in, else the latest one
    near), or the span from the act it reacts to (the latest with a named actor, or `reaction`: the
    lead's news, see _lead_reaction) to publication."""
    own = next((p for p in dated if _shares_person(d, p)), None)
    spoke = _speakers_report_day(d) if own is None or _addressed_only(d, own) else None
    if spoke is not None:  # "X said on Sunday ... . He also complained ...": the speaker's day, not a call to him
        return spoke
    if own is not None:
        return own.date
    kin = same_side_statement(d, dated, lead_sentence(d.token.doc))
    if kin is not None:  # "Guyana accused Caracas on Saturday ... Ali called the incursion a serious matter"
        return kin.date
    if reaction is not None:  # "X imposed tariffs on Y on Tuesday. Y's minister called it unfair": some time after
        return reaction
    sided = next((p for p in dated if p.countries("source")), None)
    if sided is not None and _separate_statement(d, sided):
        return _since(sided.date, published)
    if _own_account(d, dated[0]):
        return _since(dated[0].date, published)
    return dated[0].date if near(dated[0]) else _since(dated[0].date, published)


def _lead_reaction(d: Draft, nearest: Draft, drafts: list[Draft], published) -> DateValue | None:
    """From the lead's day to publication, for a statement by a side outside the lead's acts when the act
    last dated by its own words is the lead's (news_reactions.outside_reaction, as for a lead dated later):
    an undated mention dated from the lead since ("remained open to talks") does not make it that day's."""
    lead = lead_sentence(d.token.doc)
    if lead is None or nearest.sent.start != lead.start or nearest.date is None:
        return None
    return outside_reaction(d, drafts, lead, nearest.date, published)


def _own_account(d: Draft, act: Draft) -> bool:
    """"China's coast guard said it had expelled the boat and accused Manila", "after the crash, X offered help, Y
    said": a statement or offer known only from a report naming no time of its own, about an act in the field or
    answering another side's words, was given out some time after that act, not on its day (words at a meeting
    are told with it; what a side "had asked" before answers nothing)."""
    doc = d.token.doc
    timed = any(s.sent.start == d.sent.start for s in doc.spans.get("dates", []))
    theirs = act.countries("source")
    answers = act.type not in VERBAL_TYPES or not d.countries("source") & theirs
    return (d.type in VERBAL_TYPES or stance_told_made(d)) and _reported(d.token) and act.type != "CONSULT" \
        and answers and not timed and not is_perfect(tense_verb(d.token))


REPORT_DEPS = frozenset({"conj", "ccomp", "advcl", "parataxis"})  # "X did Y, Z said" hangs the act on the saying


def _reported(token: Token) -> bool:
    """The act (its verb, for an offer named by its object) is told in what a side said ("said ... and accused",
    "offered help, the spokesman said")."""
    return _said(token.head if token.dep_ == "dobj" else token, REPORT_DEPS)


ATTEND_LEMMAS = {"attend", "travel", "trip", "go", "join", "participate", "come", "send", "journey", "fly", "head"}
SETTLED = {"occurred", "negated"}  # statuses that tell what happened, not what is to come


def _named_gathering(d: Draft, drafts: list[Draft]) -> Draft | None:
    """"would travel to the summit": the gathering an attendance names (also by a repeated mention)."""
    named = [g for c in d.token.children if c.dep_ == "prep" and c.lower_ in {"to", "at", "for"}
             for g in c.children if g.dep_ == "pobj"] + [c for c in d.token.children if c.dep_ == "dobj"]
    for p in reversed(drafts):
        if p is not d and p.type == "CONSULT" and any(t.i == p.token.i or t in p.repeats or _same_word(t, p.token)
                                                      for t in named):
            return p
    return None


def _same_word(mention: Token, earlier: Token) -> bool:
    """"the summit" after "a summit": a definite noun repeating an earlier event word names that event."""
    return earlier.i < mention.i and mention.pos_ == "NOUN" and mention.lemma_.lower() == earlier.lemma_.lower() \
        and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in mention.children)


def _gathering_before(d: Draft, drafts: list[Draft], index: dict[int, int]) -> Draft | None:
    """"X is expected to attend": the dated gathering told last (within WINDOW sentences)."""
    here = index[d.sent.start]
    for p in reversed([p for p in drafts if p.token.i < d.token.i]):
        if here - index[p.last_sent_start()] > WINDOW:
            return None
        if p.type == "CONSULT" and p.date is not None and (p.token.pos_ == "NOUN" or p.mode == "multilateral"):
            return p
    return None


def fill_gatherings(drafts: list[Draft], index: dict[int, int]) -> None:
    """Going to a gathering that is still to come ("will attend", "should make the trip", "would travel
    to the summit") happens when and where the gathering is held."""
    for d in drafts:
        if d.type != "CONSULT" or d.status in SETTLED or d.token.lemma_.lower() not in ATTEND_LEMMAS:
            continue
        named = _named_gathering(d, drafts)
        before = _gathering_before(d, drafts, index) if named is None else None
        # "travel to China": a place of its own (not the gathering's, which sides.earlier_gathering may have given)
        placed = d.location is not None and d.location.name and (before is None or d.location != before.location)
        gathering = named or (before if not placed else None)
        if gathering is None:
            continue
        d.date = d.date or gathering.date
        if gathering.location is not None and (named is not None or not placed):
            d.location = gathering.location  # the place of going to a gathering is the gathering's


def _unclaimed_future_days(doc: Doc, drafts: list[Draft]) -> list:
    """Date expressions after publication that date no event: "X will not be in Y on Monday"."""
    published = doc._.published
    if published is None:
        return []
    held = [d.date for d in drafts if d.date is not None]
    return [s for s in doc.spans.get("dates", []) if (s._.date.first or "") > published.isoformat()
            and not any(s._.date is h or s._.date == h for h in held)]


def fill_told_days(doc: Doc, drafts: list[Draft], index: dict[int, int]) -> None:
    """"X will not be in Washington on Monday. Y invited X to the swearing-in ...": a gathering named
    with "the" and no date of its own, still to come, is held on the day to come told just before it
    (in its sentence or the one before) that dates no other event."""
    free = _unclaimed_future_days(doc, drafts)
    for d in drafts:
        if d.date is not None or d.type != "CONSULT" or d.status in SETTLED or d.token.pos_ != "NOUN" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in d.token.children):
            continue
        here = index[d.sent.start]
        told = [s for s in free if s.start < d.token.i and 0 <= here - index[s.sent.start] <= 1]
        if told:
            d.date = told[-1]._.date


def verb_day(doc: Doc, verb: Token):
    """The date hung on a verb itself ("said on Monday", "met Tuesday", "would happen soon"), not one
    inside its clauses."""
    date_at = doc._.date_at or {}
    near = list(verb.children) + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    span = next((date_at[t.i] for t in near if t.i in date_at), None)
    return span._.date if span is not None else frame_day(verb)  # "In a post on Friday, X wrote ..."


def date_by_conjoined_verb(doc: Doc, drafts: list[Draft]) -> None:
    """"said on Monday that ..., and repeated the demand": verbs joined by "and" share the first one's
    date, so the act named by the second (its object or itself) took place that day, unless the joined
    clause tells a time of its own (nlp/conjunct_dates.py)."""
    for d in (d for d in drafts if d.date is None and told_done(d)):
        verb = d.token if d.token.pos_ == "VERB" else d.token.head if d.token.dep_ == "dobj" else None
        if verb is None or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb_day(doc, verb) is not None:
            d.date = _speaker_day(doc, d)  # the parser may miss the "and" and hang the act inside the report
            continue
        d.date = conjunct_day(verb) or verb_day(doc, verb.head)  # "and met again at a summit in October"


def _speaker_day(doc: Doc, d: Draft):
    """"X said on Monday that ... and repeated the demand that ...": a statement act of the speaker's own,
    told within the speaker's dated report, was made that day (a demand by someone else was not)."""
    if d.type not in VERBAL_TYPES:
        return None
    own = _persons(d.source)
    node = d.token
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in REPORTING_LEMMAS:
            speakers = {r.actor_id for s in node.children if s.dep_ == "nsubj" for r in refs_for(doc, s)}
            return verb_day(doc, node) if own & speakers else None
    return None


def _persons(refs) -> set[str]:
    """The ids of the people among refs."""
    return {r.actor_id for r in refs if r.kind == "person" and r.actor_id}


def _addressed_only(d: Draft, p: Draft) -> bool:
    """`d`'s speaker was only on the receiving end of `p` ("Putin called Aliyev and apologised"), which was
    no meeting: what the speaker says is not told as said to that act's face."""
    return p.type != "CONSULT" and not _persons(d.source) & _persons(p.source)


def _speakers_report_day(d: Draft):
    """"X said on Sunday that ... . He also complained that ...": a statement act of a person told after a
    report of the same person's dated words (their interview, their news conference) is more of those
    words; it takes the latest such report's day."""
    if d.type not in VERBAL_TYPES:
        return None
    doc = d.token.doc
    report = earlier_report(doc, _persons(d.source), d.token.sent.start)
    return verb_day(doc, report) if report is not None else None


EARLIER_WORDS = {"earlier", "previous", "last", "prior"}


def _earlier_occasion(token: Token) -> bool:
    """"That earlier exchange took place when Austin met Wei": the when-clause tells the earlier
    occasion the subject names, not the day's news."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    if verb.dep_ != "advcl" or not any(c.lower_ == "when" and c.dep_ in {"advmod", "mark"} for c in verb.children):
        return False
    subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for s in subjects for c in s.children)


def _since_date(doc: Doc, sent_start: int, index: dict[int, int]):
    """"the first talks since November 2022": the latest such date told before (within WINDOW
    sentences), which is when the earlier occasion took place."""
    here = index[sent_start]
    spans = [s for s in doc.spans.get("dates", []) if s.start < sent_start and s.root.head.lower_ == "since"
             and here - index[s.sent.start] <= WINDOW]
    return spans[-1]._.date if spans else None


def fill_earlier_occasions(doc: Doc, drafts: list[Draft], index: dict[int, int]) -> None:
    """An event told as the earlier occasion ("That earlier exchange took place when ...") is dated by
    the "since" date that announced it ("the first conversation since November 2022")."""
    for d in drafts:
        if _earlier_occasion(d.token):
            d.date = _since_date(doc, d.sent.start, index) or d.date


def date_within(inner: DateValue, outer: DateValue) -> bool:
    """Whether one date lies wholly inside another."""
    return bool(inner.first and inner.last and outer.first and outer.last) and \
        outer.first <= inner.first and inner.last <= outer.last


def place_within_visits(drafts: list[Draft]) -> None:
    """"wrapped up a three-day visit to China ... spent two days in talks at a lakeside retreat": what
    the visitor did during the visit, where no country is named, happened in the host country."""
    visits = [v for v in drafts if v.mode == "visit" and v.status == "occurred" and v.date is not None
              and v.location is not None and v.location.country]
    for d in drafts:
        if d.date is None or d.mode == "phone" or d.status != "occurred" or (d.location and d.location.country):
            continue
        host = next((v for v in visits if v is not d and date_within(d.date, v.date) and _shares_person(d, v)), None)
        if host is not None:
            d.location = Location(name=d.location.name if d.location else None, country=host.location.country)
            if d.type == "CONSULT":  # the place now tells who came to whom, as a dateline's place does
                d.mode, d.source, d.target = consult_geometry(d.token, d.mode, d.source, d.target, d.location)
