"""Settling drafts: repeated mentions merge, the other side's responses attach, stated links are kept.

"The proposed early September conversation" refers back to "a phone call" proposed a sentence
earlier: one event, with the date the second mention adds. "China remains non-committal" is the
response to the latest proposal made to China. "groundwork for a summit" links the summit to the
event it prepares. "The exchange would happen soon" tells again an exchange agreed earlier; "the two
are due to speak again" repeats the pair's last call. Dates and places told through other events are
filled in by nlp/event_dates.py; who "the two sides" are, by nlp/pair_anaphors.py. Last, readings of one
act told in different sentences (a lead's summary, the sentence with the act's own place) merge into one
record that keeps the other sentences as mentions (nlp/same_acts.py).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.events.ontology import cameo_code, intensity, quad_class
from detente.nlp.arguments import refs_for, without_role
from detente.nlp.clause_pairs import merge_clause_nouns
from detente.nlp.dateline_events import fill_dateline
from detente.nlp.clause_people import join_clause_people
from detente.nlp.reported_people import join_reported_people
from detente.nlp.visit_hosts import join_visit_hosts
from detente.nlp.visit_spans import stretch_visits
from detente.nlp.listed_people import join_listed_people
from detente.nlp.party_people import join_party_people
from detente.nlp.engagement_people import join_engagement_people
from detente.nlp.attributed_acts import join_next_tellers
from detente.nlp.engagement_places import place_by_engagement
from detente.nlp.attack_modes import share_attack_modes
from detente.nlp.event_dates import (
    WINDOW, confirm_announced, date_by_conjoined_verb, date_distances, date_talks_by_outcome, fill_dates,
    fill_earlier_occasions, fill_gatherings, fill_told_days, place_within_visits, stretch_durations, verb_day,
)
from detente.nlp.relative_clause_dates import date_by_relative_clause, date_gatherings_by_clause, fill_relative_clauses
from detente.nlp.quick_replies import date_quick_replies
from detente.nlp.means_dates import date_by_means, date_by_past_complement
from detente.nlp.events import Draft
from detente.nlp.doc_cache import sentence_index
from detente.nlp.evidence import evidence_of
from detente.nlp.judged_events import merge_judged_events
from detente.nlp.told_requests import drop_told_requests
from detente.nlp.mediation import mediated_parties
from detente.nlp.narrative_dates import bounded_stay
from detente.nlp.whole_stays import place_bounded_stays
from detente.nlp.office_terms import drop_out_of_office
from detente.nlp.occasion_targets import aim_at_occasion
from detente.nlp.series_parties import continue_series
from detente.nlp.earlier_meetings import earlier_meeting_sides
from detente.nlp.conjoined_settings import split_conjoined_settings
from detente.nlp.rescheduled import split_rescheduled
from detente.nlp.same_acts import manner as _manner, merge_same_acts, new_occurrence
from detente.nlp.restatements import merge_restatements, tells_its_effect
from detente.nlp.triggers import trigger_for
from detente.nlp.sides import each_others
from detente.nlp.replies import ANAPHORIC_NOUNS, answer_offers_in_clause, answer_refusals, attach_responses
from detente.nlp.pair_anaphors import (anaphor_countries, anaphor_words, fill_parties, names_people, pair_anaphors,
                                       people_pair, still_anaphors)
from detente.nlp.withheld_answers import settle_withheld_answers
from detente.records import Event, EventLink, Evidence, event_id

PENDING = {"proposed", "planned", "under_consideration"}
LINK_NOUNS = {"groundwork": "prepared_by", "prelude": "prepared_by", "precursor": "prepared_by",
              "preparation": "prepared_by", "foundation": "prepared_by", "run-up": "prepared_by"}
FOLLOW_PREPS = {"following": "follows", "after": "follows"}
FOLLOW_VERBS = {"follow": "follows"}  # "met ..., following up on their phone call"


def _sent_index(doc: Doc) -> dict[int, int]:
    return sentence_index(doc)


def _compatible(a: Draft, b: Draft) -> bool:
    """Same kind of event, no clash of mode (or of manner: a call is no meeting), parties or dates."""
    if a.type != b.type or (a.mode and b.mode and a.mode != b.mode):
        return False
    if None not in (_manner(a), _manner(b)) and _manner(a) != _manner(b):
        return False
    for side in ("source", "target"):
        if a.countries(side) and b.countries(side) and not a.countries(side) & b.countries(side):
            return False
    if a.date and b.date and (a.date.first or "") > (b.date.last or "9999") or \
            a.date and b.date and (b.date.first or "") > (a.date.last or "9999"):
        return False
    return True


def _is_bare(d: Draft) -> bool:
    """An event noun with no other side, day or place: a mention of an act told before, unless it is a whole
    stay the sentence bounds ("met Xi on Friday, closing a three-day visit": the visit is an act of its own)."""
    return d.token.pos_ == "NOUN" and not d.target and d.date is None and d.location is None \
        and not bounded_stay(d.token)


POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}


def _possessive_mention(d: Draft) -> bool:
    """"thanked him for his mediation", "praised their talks": an event noun a pronoun owns, with no date
    or place of its own, points back to an event already told (its owner is in view), not a new one."""
    return d.token.pos_ == "NOUN" and d.date is None and d.location is None and \
        any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in d.token.children)


def _told_past(d: Draft) -> bool:
    """"The conversation came a week after ...": a mention in the simple past tells what took place."""
    verb = d.token if d.token.pos_ in {"VERB", "AUX"} else d.token.head
    return d.status == "occurred" and verb.tag_ == "VBD"


JOURNEY_WORDS = {"trip", "journey", "voyage", "tour", "visit", "travel", "come", "go", "fly", "head"}


def _journey_fits(prev: Draft, d: Draft) -> bool:
    """"Putin did not make the trip": a journey told again is a journey (a visit, or going somewhere), not
    the talks or call proposed before it."""
    if d.token.lemma_.lower() not in JOURNEY_WORDS:
        return True
    return prev.mode in {"visit", "multilateral", "third-party"} or prev.location is not None \
        or prev.token.lemma_.lower() in JOURNEY_WORDS


def _antecedent(d: Draft, kept: list[Draft], index: dict[int, int]) -> Draft | None:
    """The latest earlier event in view this mention can be; one with the person it names comes first
    ("the session with Zhang" is the meeting with Zhang, not the later talks with another Chinese)."""
    here = index[d.sent.start]
    owned = _possessive_mention(d) and not d.anaphoric and not _is_bare(d)  # refers back only by its owner
    fits = []
    for prev in reversed(kept):
        if here - index[prev.sent.start] > WINDOW:
            break
        if prev.status in PENDING and _told_past(d):
            continue  # what took place is no mention of what is still to come ("agreed to further talks")
        if owned and not _shares_party(prev, d):
            continue  # "his mediation" is an event of the one "his" names
        if _dates_other(d, prev):  # "agreed to open talks after their meeting": not the talks
            continue
        if _compatible(prev, d) and _journey_fits(prev, d):
            fits.append(prev)
    people = {r.actor_id for r in d.source + d.target if r.kind == "person"}
    named = [p for p in fits if people & {r.actor_id for r in p.source + p.target}]
    return (named or fits or [None])[0]


def _dates_other(d: Draft, prev: Draft) -> bool:
    """"agreed to open talks after their meeting": a mention that dates an act of its own sentence (before,
    after, since, until) is another act than the one it dates."""
    prep = d.token.head
    if d.token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in TIME_PREPS or prev.sent != d.sent:
        return False
    anchor, other = prep.head, prev.token
    beside = other in anchor.subtree and other not in prep.subtree  # the dated clause, not the time phrase
    return other == anchor or beside or anchor in other.subtree


def _shares_party(prev: Draft, d: Draft) -> bool:
    """The two drafts have a party (an actor, else a state) on the same side."""
    return any({r.actor_id for r in getattr(prev, side)} & {r.actor_id for r in getattr(d, side)}
               or prev.countries(side) & d.countries(side) for side in ("source", "target"))


def _sibling(prev: Draft, d: Draft) -> Draft:
    """The same engagement with another status or party: it inherits the frame (target, date, place)."""
    return replace(d, target=d.target or list(prev.target), date=d.date or prev.date,
                   location=d.location or prev.location, mode=d.mode or prev.mode, anaphoric=False)


def _pair_antecedent(d: Draft, kept: list[Draft], index: dict[int, int]) -> Draft | None:
    """"The two presidents had discussed ...", with no date or place of its own: the engagement of
    the same type and status just reported between two sides (people, when the anaphor names
    people) is being told again."""
    if not d.party_anaphor or d.date is not None or d.location is not None:
        return None
    here = index[d.sent.start]
    for prev in reversed(kept):
        if here - index[prev.sent.start] > WINDOW:
            break
        if prev.status == d.status and _two_parties(prev) and _compatible(prev, d) \
                and (not names_people(d) or people_pair(prev) is not None) and not _other_content(prev, d) \
                and _within_pair(prev, d, kept):
            return prev
    return None


def _two_parties(prev: Draft) -> bool:
    """"The two sides" are two parties: each side of the earlier act holds a state, person or body, not only
    a group, which may be the act's object ("agreed to provide the planes") rather than its other party."""
    return all(any(r.kind != "group" for r in side) for side in (prev.source, prev.target))


def _within_pair(prev: Draft, d: Draft, kept: list[Draft]) -> bool:
    """"The two governments promised ..." is an act of the pair the anaphor stands for: an earlier act with a
    state outside that pair ("a pledge" of one of them to a third state) is another engagement."""
    pair = anaphor_countries(d, kept)
    return not pair or (prev.countries("source") | prev.countries("target")) <= pair


def _content_word(token: Token) -> str | None:
    """What an agreement, demand or refusal is about: "agreed to cooperate" -> "cooperate"; of a noun, its
    infinitive ("a pledge to build rail lines" -> "build"), which says what the verb's clause would."""
    clause = next((c for c in token.children if c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "acl"
                   and token.pos_ == "NOUN" and any(a.tag_ == "TO" for a in c.children)), None)
    return clause.lemma_.lower() if clause is not None else None


def _other_content(prev: Draft, d: Draft) -> bool:
    """"The leaders agreed to cooperate on X" after "agreed to resume visits": a second agreement."""
    mine, theirs = _content_word(d.token), _content_word(prev.token)
    return mine is not None and theirs is not None and mine != theirs


TIME_PREPS = {"before", "after", "since", "until", "ahead"}


def _time_anchor(d: Draft) -> bool:
    """"X had said before the meeting that ...": a definite mention that only dates another clause names an
    event told before, and lends that clause's subject no part in it ("before a meeting with Y" may be X's own)."""
    head = d.token.head
    if not d.anaphoric or d.token.dep_ != "pobj" or head.dep_ != "prep":
        return False
    return head.lower_ in TIME_PREPS or head.lower_ == "of" and head.head.lower_ == "ahead"


def resolve_repeats(drafts: list[Draft], index: dict[int, int]) -> list[Draft]:
    """Merge anaphoric or bare mentions into their antecedent; a new status makes a sibling event."""
    kept: list[Draft] = []
    for d in drafts:
        probe = replace(d, source=[], target=[]) if _time_anchor(d) else d  # its clause's subject is no party
        refers_back = ((d.anaphoric and not (probe.source and probe.target)) or _is_bare(d) or
                       _possessive_mention(d)) and not new_occurrence(d)
        prev = _antecedent(probe, kept, index) if refers_back else _pair_antecedent(d, kept, index)
        if prev is None:
            kept.append(d)
        elif d.status == prev.status or not d.explicit or tells_its_effect(d) or \
                (prev.status == "occurred" and d.past_governor and d.status in PENDING | {"accepted", "confirmed"}):
            prev.absorb(probe)
        else:
            kept.append(_sibling(prev, d))
    return kept


REPEAT_DETERMINERS = {"the", "this", "that"}


def _undrafted_repeat(token: Token, drafts: list[Draft]) -> bool:
    """"the exchange" as a clause's subject or object, an event word that made no draft of its own
    (it wants an object to be one): a candidate mention of an event told before."""
    return token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass", "dobj"} and not token._.skip \
        and not token._.in_quote and any(c.dep_ == "det" and c.lower_ in REPEAT_DETERMINERS for c in token.children) \
        and all(d.token.i != token.i for d in drafts) and trigger_for(token) is not None


def attach_repeat_nouns(doc: Doc, drafts: list[Draft]) -> None:
    """"agreed to exchange prisoners ... said the exchange would happen soon": a definite noun of the
    same word as an event told before is that event again; the date its clause gives is the
    event's when it had none."""
    for token in (t for t in doc if _undrafted_repeat(t, drafts)):
        # the same word with "the" names the event it last named, however far back (no other event has it)
        prev = next((d for d in reversed(drafts) if d.token.i < token.i and d.sent.start != token.sent.start
                     and d.token.lemma_.lower() == token.lemma_.lower()), None)
        if prev is None:
            continue
        prev.repeats.append(token)
        if prev.date is None:
            prev.date = verb_day(doc, token.head)  # "the exchange would happen soon"


def _followed(verb: Token) -> list[Token]:
    """What a clause of "follow" is about: "following the call", "following up on the call"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def attach_links(doc: Doc, drafts: list[Draft]) -> None:
    """Stated relations: "groundwork for a summit" (prepared_by), "following the parade" and
    "met ..., following up on their call" (follows)."""
    by_token = {d.token.i: d for d in drafts}
    for d in drafts:
        for prep in (c for c in d.token.children if c.dep_ == "prep" and c.lower_ in FOLLOW_PREPS):
            for obj in (g for g in prep.children if g.dep_ == "pobj" and g.i in by_token):
                d.links.append((FOLLOW_PREPS[prep.lower_], by_token[obj.i]))
        for verb in (c for c in d.token.children if c.dep_ in {"advcl", "acl", "xcomp"}
                     and c.lemma_.lower() in FOLLOW_VERBS):
            for obj in (o for o in _followed(verb) if o.i in by_token and by_token[o.i] is not d):
                d.links.append((FOLLOW_VERBS[verb.lemma_.lower()], by_token[obj.i]))
        _groundwork_link(doc, d, drafts)


def undate_followed(drafts: list[Draft]) -> None:
    """"Spoke on Monday, two weeks after their meeting": the date the earlier event got
    from the clause is the later event's, not its own."""
    for d in drafts:
        for relation, other in d.links:
            if relation == "follows" and other.date is not None and other.date == d.date:
                other.date = None


def _groundwork_link(doc: Doc, d: Draft, drafts: list[Draft]) -> None:
    prep = d.token.head
    noun = prep.head if prep.dep_ == "prep" and prep.lower_ == "for" else None
    if noun is None or noun.lemma_.lower() not in LINK_NOUNS:
        return
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    earlier = [x for x in drafts if x.token.i < d.token.i and x is not d]
    prepared = next((c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and c.i != noun.i
                     and (c.lower_ in ANAPHORIC_NOUNS or c.pos_ == "NOUN")), None)
    if prepared is not None and earlier:
        d.links.append((LINK_NOUNS[noun.lemma_.lower()], _prepared_event(doc, verb, earlier)))


def _prepared_event(doc: Doc, verb: Token, earlier: list[Draft]) -> Draft:
    """What "the outreach" is: the latest earlier event by the speaker's side, else the latest pending one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    countries = {r.country for r in refs_for(doc, subject)} - {None}
    by_side = [x for x in earlier if x.countries("source") & countries]
    pending = [x for x in earlier if x.status in PENDING]
    return (by_side or pending or earlier)[-1]


def _telling_sentence(d: Draft, news: set[int]):
    """The sentence that tells this event: a mention in passing in a sentence whose news is another
    event ("agreed X, using their summit") yields to a repeat that is its sentence's own news."""
    if d.sent.root.i == d.token.i or d.sent.root.i not in news:
        return d.sent
    told = [t for t in d.repeats if t.sent.root.i not in news and t.sent.start != d.sent.start
            and (_details(t) or _dates_event(t, d))]
    return max(told, key=lambda t: (_details(t), _dates_event(t, d))).sent if told else d.sent


def _dates_event(mention: Token, d: Draft) -> bool:
    """The mention's clause gives the event its date ("the exchange would happen soon")."""
    return d.date is not None and verb_day(mention.doc, mention.head) is d.date


# "talks at the office that ran for two hours": modifiers that tell the event itself
DETAIL_DEPS = {"prep", "relcl", "acl"}


def _details(token: Token) -> int:
    """How much a mention tells of its event: its place, manner or duration modifiers."""
    return sum(c.dep_ in DETAIL_DEPS for c in token.children)


def _mentions(d: Draft, told: Span) -> list[Evidence]:
    """The other sentences that tell the same act (merged repeats), in text order, for the record."""
    sents = {t.sent.start: t.sent for t in [d.token, *d.repeats] if t.sent.start != told.start}
    return [evidence_of(sents[k]) for k in sorted(sents)]


def to_event(doc: Doc, d: Draft, news: set[int] = frozenset()) -> Event:
    sent = _telling_sentence(d, news)
    article = doc._.article.id if doc._.article else ""
    return Event(
        id=event_id(article, d.token.idx, d.token.idx + len(d.token), d.type, d.status),
        type=d.type, mode=d.mode, context=[], status=d.status,
        source=[without_role(r).actor_ref() for r in d.source],
        target=[without_role(r).actor_ref() for r in d.target],
        date=d.date, location=d.location, cameo=cameo_code(d.type, d.mode, d.status, d.cameo),
        quad_class=quad_class(d.type), intensity=intensity(d.type, d.mode), confidence=d.confidence,
        evidence=evidence_of(sent), mentions=_mentions(d, sent),
        trigger=d.token.text, response=d.response, reciprocal=_reciprocal(d),
    )


def _reciprocal(d: Draft) -> bool:
    """Both directions at once, except a visit: it runs from the visitor to the host (convention 2)."""
    return (d.reciprocal or each_others(d.token)) and not (d.type == "CONSULT" and d.mode == "visit")


REPEAT_ADVERBS = {"again", "anew"}


def _told_again(d: Draft) -> bool:
    """"are due to speak again", "will talk anew": the word says an earlier engagement is repeated."""
    return any(c.dep_ == "advmod" and c.lower_ in REPEAT_ADVERBS for c in d.token.children)


def repeat_channel(drafts: list[Draft]) -> None:
    """"X telephoned Y ... The two are due to speak again": speaking again between the same people, with
    no word of manner or place, is by the channel of their last engagement (only a call has one)."""
    for i, d in enumerate(drafts):
        if d.mode is not None or d.location is not None or _manner(d) is not None or not _told_again(d):
            continue
        mine = {r.actor_id for r in d.source + d.target if r.actor_id}
        before = next((p for p in reversed(drafts[:i]) if p.type == d.type
                       and mine & {r.actor_id for r in p.source + p.target}), None)
        if before is not None and before.mode == "phone":
            d.mode = before.mode


def _unattributed_violence(d: Draft) -> bool:
    """Violence that took place somewhere is a record even when nobody is named ("a bomb was detonated in X")."""
    return d.type == "ASSAULT" and d.status == "occurred" and d.location is not None


def settle(doc: Doc, drafts: list[Draft]) -> list[Event]:
    """Drafts -> Events: merge repeats, attach responses and links, drop events without any actor."""
    index = _sent_index(doc)
    drafts = drop_told_requests(drafts)  # questions and insistence on facts ask for no act
    anaphors = pair_anaphors(doc, drafts)
    words = anaphor_words(drafts, anaphors)
    drafts = settle_withheld_answers(merge_clause_nouns(merge_restatements(drafts)), index)
    drafts = resolve_repeats(merge_judged_events(drafts, index), index)
    attach_repeat_nouns(doc, drafts)
    attach_links(doc, drafts)
    undate_followed(drafts)
    date_distances(drafts)
    attach_responses(doc, drafts, index)
    drafts = answer_refusals(drafts, index)
    answer_offers_in_clause(doc, drafts)
    mediated_parties(doc, drafts)
    fill_parties(drafts, doc, still_anaphors(drafts, anaphors, words))
    continue_series(drafts, index)
    earlier_meeting_sides(drafts, index)  # "the earlier rounds took place in ..." (nlp/earlier_meetings.py)
    aim_at_occasion(drafts)
    repeat_channel(drafts)
    confirm_announced(doc, drafts)
    fill_relative_clauses(doc, drafts)
    date_by_relative_clause(doc, drafts)
    date_by_conjoined_verb(doc, drafts)
    date_by_means(drafts)  # "in a treaty signed in May": the act it was done by (nlp/means_dates.py)
    date_by_past_complement(drafts, doc._.published)  # "agreed to build it in 2018"
    date_gatherings_by_clause(doc, drafts)
    fill_earlier_occasions(doc, drafts, index)
    date_quick_replies(doc, drafts)  # "replied within hours": the answered act's day (nlp/quick_replies.py)
    fill_dates(drafts, index, doc._.published)
    date_talks_by_outcome(drafts)
    date_distances(drafts)  # again: a mention dated just now may place another event
    fill_told_days(doc, drafts, index)
    fill_gatherings(drafts, index)
    fill_dateline(doc, drafts)
    stretch_durations(drafts)  # last: the events dated from it keep its news day
    place_within_visits(drafts)
    place_bounded_stays(drafts)  # "met Xi in Beijing, closing a three-day visit" (nlp/whole_stays.py)
    place_by_engagement(drafts)
    share_attack_modes(drafts)  # bare strikes take the weapon told of the same attacker's blows (nlp/attack_modes.py)
    join_clause_people(drafts)  # before the engagement's: its own clause names an act's people first
    join_reported_people(drafts)  # "X said Y's state would ...": the teller takes part (nlp/reported_people.py)
    join_next_tellers(drafts)  # "X cut ties. || Its ministry said ...": the lead's teller (nlp/attributed_acts.py)
    join_visit_hosts(drafts)  # "the king, X, who received him" (nlp/visit_hosts.py)
    join_party_people(drafts)  # "rejected his claim", "the two governments signed" (nlp/party_people.py)
    join_listed_people(drafts)  # "freed 14 prisoners, among them X" (nlp/listed_people.py)
    join_engagement_people(drafts)  # once dated: the day ties an act told with states to its people
    drop_out_of_office(doc, drafts)
    drafts = split_conjoined_settings(doc, drafts)  # "in Oslo in March and in Rome in May" (nlp/conjoined_settings.py)
    drafts = split_rescheduled(doc, drafts)  # "put off the visit, moving it to March 10" (nlp/rescheduled.py)
    drafts = merge_same_acts(drafts)  # last: the dates, places and people filled in decide what is one act
    stretch_visits(drafts)  # once merged: a one-day visit runs to the visitor's last act there (nlp/visit_spans.py)
    kept = [d for d in drafts if d.source or d.target or _unattributed_violence(d)]
    news = {d.token.i for d in kept}
    events = {id(d): to_event(doc, d, news) for d in kept}
    for d in kept:
        events[id(d)].links = [EventLink(rel, events[id(x)].id) for rel, x in d.links if id(x) in events]
    return list(events.values())
