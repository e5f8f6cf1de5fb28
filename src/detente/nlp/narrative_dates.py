"""The time the narration has moved to: a date expression told after the last dated event and before an
undated one ("... at the end of July, when X wrote to Y. Z withdrew its envoy in protest") means the
undated event is no longer on that event's day; and the days an occasion lasts ("closing a three-day
visit"). Split out of event_dates.py."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from detente.events.dates import NUMBERS
from detente.nlp.dates import REPORTING_LEMMAS, reporting_verb_before, year_before_noun, year_of_noun
from detente.nlp.day_counts import ARRIVAL_VERBS, arrived_for, counted_days
from detente.nlp.events import Draft
from detente.nlp.stay_days import stay_days_before
from detente.nlp.syntax import governing_verb
from detente.records import DateValue

DESCRIBING_DEPS = {"relcl", "acl", "appos"}  # "X, who chairs the bloc this year, ...": a description, not the story's time


def _last_mention_before(p: Draft, token: Token) -> int:
    """Where `p` was last told before `token` (its trigger or a merged repeat)."""
    return max([m.i for m in [p.token, *p.repeats] if m.i < token.i] or [p.token.i])


def describes(span: Span) -> bool:
    """A date inside a clause describing a noun, one after "since", or a year naming a thing ("a 1986
    treaty", "the war of 1971") names no time of the story."""
    node = span.root
    if node.head.lower_ == "since" or year_before_noun(span) or year_of_noun(span):
        return True
    for _ in range(6):
        # a clause on a noun that is the sentence's root is its main clause, misparsed ("Relations soured ...")
        if node.dep_ in DESCRIBING_DEPS and node.head.dep_ != "ROOT":
            return True
        if node.head.i == node.i or node.pos_ in {"VERB", "AUX"}:
            return False
        node = node.head
    return False


FUTURE_AUX = {"will", "would", "shall", "'ll", "to"}


def told_ahead(span: Span, published) -> bool:
    """A time after publication, or told of a verb still to come ("would begin in the coming weeks",
    "to meet next week"), is what is to come, not the time the story has reached."""
    if published is not None and (span._.date.first or "") > published.isoformat():
        return True
    verb = governing_verb(span.root.head)
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def _same_time(a, b) -> bool:
    return a.first == b.first and a.last == b.last


def _in_dated_clause(span: Span, p: Draft) -> bool:
    """"expelled the envoys on Monday, in a dispute over a killing in June last year": a clause has one
    time; a second date inside the clause `p` is dated in belongs to a phrase of it, not to the story."""
    verb = governing_verb(p.token)
    if governing_verb(span.root).i != verb.i:
        return False
    return any(s.start != span.start and s.sent.start == span.sent.start and _same_time(s._.date, p.date)
               and governing_verb(s.root).i == verb.i for s in span.doc.spans.get("dates", []))


SEQUENCE_MARKS = {"after", "before"}


def in_sequence_clause(span: Span) -> bool:
    """"The two leaders met after X had spent Sunday in Y and Monday in Z": a date in a clause placing
    the main one before or after it tells the earlier stops, not the time the story has reached."""
    verb = governing_verb(span.root)
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in verb.children)


def _told_before_news(span: Span) -> bool:
    """"X had accepted the moratorium on March 18": a date in the narrator's past perfect tells what came
    before the news, not the time the story has moved to."""
    from detente.nlp.news_day import narrators_perfect  # news_day imports this module
    return narrators_perfect(governing_verb(span.root))


BACKGROUND_DAYS = 60  # a date this long before the news, in an earlier year, is the story's background


def far_before(span: Span, news, token: Token) -> bool:
    """"... a row over the border. The two signed a treaty in 1929.\n\nThe minister met ...": a time in an earlier
    year than the news, well before it, is background its own paragraph may go on with ("Beijing denounced the
    release at the time"), but a new paragraph returns to the news (`token`'s)."""
    told, doc = span._.date, span.doc
    if not (told.last and news.first) or told.last[:4] >= news.first[:4]:
        return False
    far = (date.fromisoformat(news.first) - date.fromisoformat(told.last)).days > BACKGROUND_DAYS
    return far and "\n" in doc.text[span.end_char:token.idx]


def time_told_since(p: Draft, d: Draft) -> Span | None:
    """The latest date expression of the story told between `p`'s last mention and `d`'s trigger (at
    most one sentence before `d`), when it names another time than `p`'s date."""
    doc, token = d.token.doc, d.token
    start = _last_mention_before(p, token)
    published = doc._.published
    window = {token.sent.start} | ({doc[token.sent.start - 1].sent.start} if token.sent.start > 0 else set())
    spans = [s for s in doc.spans.get("dates", []) if start < s.start and s.end <= token.i
             and s.sent.start in window and not describes(s) and not _same_time(s._.date, p.date)
             and not told_ahead(s, published) and not _in_dated_clause(s, p) and not in_sequence_clause(s)
             and not _told_before_news(s) and not far_before(s, p.date, token)]
    return spans[-1] if spans else None


def dates_a_saying(span: Span) -> bool:
    """"The army said on Tuesday that ...": the day a report was made, not the day of what it tells."""
    head = span.root.head
    verb = head.head if head.dep_ == "prep" else head
    return reporting_verb_before(span) is not None or (verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_LEMMAS)


def narrated_day(p: Draft, d: Draft, verbal: bool = False):
    """(moved, date): whether the story moved on to another time since `p` before telling `d`, and the
    date `d` takes from it; the day something was said dates only another statement (`verbal`), not
    the act the saying reports ("said on Tuesday that troops had attacked")."""
    told = time_told_since(p, d)
    if told is None:
        return False, None
    return True, told._.date if verbal or not dates_a_saying(told) else None


def dated_before(p: Draft, d: Draft) -> bool:
    """`p`'s date is told before `d` or in its sentence ("The clashes broke out on Thursday" told a paragraph
    after the talks does not date them), or comes from no date expression of the text at all."""
    spans = [s for s in d.token.doc.spans.get("dates", []) if _same_time(s._.date, p.date)]
    return not spans or any(s.start < d.token.i or s.sent.start == d.token.sent.start for s in spans)


END_NOUNS = {"close", "end", "conclusion", "last"}
END_VERBS = {"wrap", "conclude", "end", "finish", "close", "complete"}
START_VERBS = {"begin", "start", "open", "launch", "kick", "embark"}
ENDED_DEPS = {"dobj", "nsubj"}  # the stay the verb ends or begins, as its object or (intransitive) its subject


def _length_in_days(token: Token) -> int | None:
    """"a three-day visit": how many days the event word says it lasts."""
    for c in token.children:
        if c.dep_ in {"compound", "amod"} and c.lower_ == "day":
            count = next((g for g in c.children if g.dep_ == "nummod"), None)
            if count is not None:
                n = int(count.text) if count.text.isdigit() else NUMBERS.get(count.lower_)
                return n if n and 1 < n <= 31 else None
    return None


def _told_end(token: Token) -> int:
    """+1 when the day told is the event's last ("wrapped up a visit on Thursday", "at the close of
    the visit"), -1 when its first ("began a visit on Monday"), 0 when the text does not say."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in END_NOUNS:
        return 1
    if token.dep_ in ENDED_DEPS and head.lemma_.lower() in END_VERBS:
        return 1  # "wrapped up a visit on Thursday", "the five-day visit ended on Friday"
    return -1 if token.dep_ in ENDED_DEPS and head.lemma_.lower() in START_VERBS else 0


def bounded_stay(token: Token) -> bool:
    """"closing a three-day visit", "began a two-week tour": a counted stay whose first or last day the verb
    tells is the whole stay, an act of its own beside the meeting held on one of its days."""
    return token.lemma_.lower() in OCCASION_NOUNS and _length_in_days(token) is not None and _told_end(token) != 0


def stretch_durations(drafts: list[Draft]) -> None:
    """"wrapped up a three-day visit on Thursday", "two days of talks": the visit took the days up to Thursday
    ("on the second day of a three-day visit": from the day before, stay_days)
    ("arrived on Monday for a three-day visit": from Monday, day_counts); then what was done "during the
    visit" takes the visit's days."""
    for d in drafts:
        n, end = _length_in_days(d.token), _told_end(d.token) or -arrived_for(d.token)
        n, end = (n, end) if n is not None else counted_days(d.token) or (None, 0)
        before = stay_days_before(d.token, n, end) if n is not None else None
        if d.date is None or not d.date.value or before is None:
            continue
        first = date.fromisoformat(d.date.value) - timedelta(days=before)
        last = first + timedelta(days=n - 1)
        d.date = DateValue(earliest=first.isoformat(), latest=last.isoformat(), precision="days", text=d.date.text)
    stretch_arrivals(drafts)
    date_during_occasions(drafts)


def _counted_stays(drafts: list[Draft]):
    """(draft, first day, days) of each counted stay the drafts tell with a known first day: a stretched
    "three-day visit" itself, or one merged as a repeat and dated by its day ("on the second day of")."""
    for p in (p for p in drafts if p.date is not None):
        for word in (w for w in [p.token, *p.repeats] if w.lemma_.lower() in OCCASION_NOUNS):
            n = _length_in_days(word)
            if n is None:
                continue
            if p.date.precision == "days" and word.i == p.token.i:
                yield p, date.fromisoformat(p.date.earliest), n
            elif p.date.value and (before := stay_days_before(word, n, _told_end(word))) is not None:
                yield p, date.fromisoformat(p.date.value) - timedelta(days=before), n


def _arrival(d: Draft) -> bool:
    """"Xi flew in on Wednesday", "Macron arrived on Tuesday and was received by the king": a visit told by
    the visitor's coming (or the welcome conjoined to it), with no length of its own."""
    word = d.token.head if d.token.dep_ == "conj" else d.token
    return d.mode == "visit" and word.lemma_.lower() in ARRIVAL_VERBS and _length_in_days(d.token) is None


def stretch_arrivals(drafts: list[Draft]) -> None:
    """An arrival on the first day of a counted stay the article tells elsewhere ("a four-day visit") of the
    same sides is that stay's opening: the visit takes the whole stay, not only the day of coming."""
    stays = list(_counted_stays(drafts))
    for d in (d for d in drafts if d.date is not None and d.date.value and _arrival(d)):
        day = date.fromisoformat(d.date.value)
        stay = next(((first, n) for p, first, n in stays if p is not d and first == day
                     and p.parties() & d.parties()), None)
        if stay is not None:
            last = stay[0] + timedelta(days=stay[1] - 1)
            d.date = DateValue(earliest=day.isoformat(), latest=last.isoformat(), precision="days", text=d.date.text)


OCCASION_NOUNS = {"visit", "trip", "tour", "stay", "summit"}
POINTING_DETS = {"the", "this", "that", "his", "her", "their", "its"}


def during_occasion(token: Token) -> Token | None:
    """"Xi also met the premier during the visit": the occasion noun a "during" phrase on the act (or on its
    clause's verb) points back to; the act took place on one of the occasion's days, not a day of its own."""
    verb = governing_verb(token)
    for head in dict.fromkeys([token, verb]):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "during"):
            for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in OCCASION_NOUNS):
                if any(c.dep_ in {"det", "poss"} and c.lower_ in POINTING_DETS for c in noun.children):
                    return noun
    return None


def _occasion_draft(d: Draft, noun: Token, drafts: list[Draft]) -> Draft | None:
    """The dated occasion "the visit" names: the draft on that word, else the latest one told before with the
    same event word (else a visit) that shares a side with the act."""
    earlier = [p for p in drafts if p is not d and p.date is not None and p.token.i < d.token.i]
    named = next((p for p in earlier if p.token.i == noun.i or noun in p.repeats), None)
    if named is not None:
        return named
    shared = [p for p in earlier if p.parties() & d.parties()]
    # the act told with the same word ("a state visit ... during the visit") before one merely coded as a
    # visit (talks held on one day of it)
    same = [p for p in shared if p.token.lemma_.lower() == noun.lemma_.lower()] or \
        [p for p in shared if p.mode == "visit"]
    return same[-1] if same else None


def occasion_of(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The dated occasion an act is told "during" ("during the visit"), when the text tells it."""
    noun = during_occasion(d.token)
    return _occasion_draft(d, noun, drafts) if noun is not None else None


def date_during_occasions(drafts: list[Draft]) -> None:
    """An act told "during the visit" (left undated by `event_dates.fill_dates`) takes the visit's days."""
    for d in (d for d in drafts if d.date is None):
        occasion = occasion_of(d, drafts)
        if occasion is not None:
            d.date = occasion.date


OCCASION_DEPS = {"advcl", "xcomp", "conj"}  # "met X on Friday, closing a three-day visit"


def occasion_days(p: Draft):
    """"met Xi on Friday, closing a three-day visit": the days of the occasion `p`'s dated verb closes
    (or opens), or None when its clause names no such occasion."""
    verb = p.token if p.token.dep_ != "dobj" else p.token.head  # "held talks with Xi on Friday, closing ..."
    if p.date is None or not p.date.value or verb.pos_ not in {"VERB", "AUX"}:
        return None
    for clause in (c for c in verb.children if c.dep_ in OCCASION_DEPS and c.pos_ == "VERB"):
        for noun in (c for c in clause.children if c.dep_ == "dobj"):
            n, end = _length_in_days(noun), _told_end(noun)
            if n is None or end == 0:
                continue
            day = date.fromisoformat(p.date.value)
            first, last = (day - timedelta(days=n - 1), day) if end > 0 else (day, day + timedelta(days=n - 1))
            return DateValue(earliest=first.isoformat(), latest=last.isoformat(), precision="days", text=p.date.text)
    return None


def within_occasion(dated: list[Draft], d: Draft, day):
    """"Blinken met Xi on Friday, closing a three-day visit. Blinken also held talks with Wang": an undated
    act of the occasion's sides told after its closing day took place during the occasion, on one of its days."""
    same = [p for p in dated if p.date == day and d.parties() & p.parties()]
    if not same or _same_people(d, same[0]):
        return day
    return next((days for days in map(occasion_days, same) if days is not None), day)


def _same_people(d: Draft, p: Draft) -> bool:
    """"The two leaders met ..." after "X pressed Y on Tuesday, closing a three-day trip": a meeting of the
    dated act's people is that act's day, not some day of the occasion (what one of them did "in" the
    visit may be on any of its days)."""
    people = {r.actor_id for r in d.source + d.target if r.kind == "person" and r.actor_id}
    return d.type == "CONSULT" and len(people) > 1 and people <= {r.actor_id for r in p.source + p.target if r.actor_id}
