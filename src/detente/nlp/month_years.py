"""The year of a month named without one, from the narrated timeline: "that November" after "in 2013" is
November 2013 and "in June 2023 ... that December" December 2023 (the demonstrative points back at the
year just told, in its sentence or the one before), and "since July" told before July has begun is last
year's July; "on August 24" right after "in August 2023" is a day of that August. A bare month otherwise keeps
the year nearest publication (events/dates.py)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from spacy.tokens import Span

from detente.records import DateValue

_MONTH = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|march|april|may|june|july|aug(?:ust|\.)?|sept(?:ember|\.)?"
          r"|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)")
BARE_MONTH_RE = re.compile(rf"^(?:that\s+)?{_MONTH}$", re.IGNORECASE)
DAY_OF_MONTH_RE = re.compile(rf"^(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH})$", re.IGNORECASE)
YEAR_IN_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _anaphoric(span: Span) -> bool:
    """"that November": the demonstrative (not the "that" of "said that March ...") points back at a time
    already told."""
    word = span[0] if span[0].lower_ == "that" else span.doc[span.start - 1] if span.start > 0 else None
    return word is not None and word.lower_ == "that" and (word.dep_ != "mark" or _opens_sentence(word)) \
        or _of_that_year(span)


def _of_that_year(span: Span) -> bool:
    """"in September of that year", "September that year": the month's year is the one just told."""
    after = [t.lower_ for t in span.doc[span.end:span.end + 3]]
    return after[:3] == ["of", "that", "year"] or after[:2] == ["that", "year"]


def _opens_sentence(word) -> bool:
    """"That September, Cairo walked out": a "that" opening its sentence (after a paragraph's blank lines) is no
    complementizer, whatever the parser tags it."""
    doc = word.doc
    return all(doc[i].is_space for i in range(word.sent.start, word.i))


def told_year(span: Span, resolved: list[Span], published: date, back: int = 0) -> int | None:
    """The past year the narration has just named: a written year in an expression earlier in the same
    sentence or (`back` = 1, "that November", "on May 3 that year") in the sentence before."""
    reach = _sentence_before(span.sent) if back else span.sent.start
    for prev in reversed(resolved):
        if prev.start < reach:
            break
        years = YEAR_IN_RE.findall(prev.text)
        if years and int(years[-1]) < published.year:
            return int(years[-1])
    return None


def _sentence_before(sent: Span) -> int:
    """The start of the sentence told before `sent`, past the blank lines of a paragraph break (which the parser
    makes a sentence of its own); `sent`'s own start when it is the first."""
    doc, i = sent.doc, sent.start - 1
    while i > 0 and doc[i].is_space:
        i -= 1
    return doc[i].sent.start if i >= 0 else sent.start


def _day_in_told_month(span: Span, value: DateValue, resolved: list[Span], published: date) -> DateValue:
    """"began releasing the water in August 2023 ... halted imports on August 24": a day of the month the
    narration has just named with an earlier year (in its sentence or the one before) is in that month."""
    if value.precision != "day" or not value.value or not DAY_OF_MONTH_RE.match(span.text.strip()):
        return value
    reach = _sentence_before(span.sent)
    told = next((p for p in reversed(resolved) if p.start >= reach and YEAR_IN_RE.search(p.text)), None)
    if told is None or not told._.date.first or told._.date.first[5:7] != value.value[5:7]:
        return value
    year = int(told._.date.first[:4])
    if year >= published.year:
        return value
    day = date.fromisoformat(value.value)
    return DateValue(value=day.replace(year=year).isoformat(), precision="day", text=value.text) \
        if not (day.month == 2 and day.day == 29) else value


def _month_of(value: DateValue, year: int) -> DateValue:
    """The same month in another year."""
    first = date.fromisoformat(value.earliest).replace(year=year)
    last = first.replace(day=monthrange(year, first.month)[1])  # February's last day depends on the year
    return DateValue(earliest=first.isoformat(), latest=last.isoformat(), precision="month", text=value.text)


def place_month_year(span: Span, value: DateValue, resolved: list[Span], published: date | None) -> DateValue:
    """`value` of a month named without a year, moved to the year the narrated timeline gives it."""
    if published is not None and value.precision == "day":
        return _past_day(span, _day_in_told_month(span, value, resolved, published), published)
    if published is None or value.precision != "month" or not value.earliest \
            or not BARE_MONTH_RE.match(span.text.strip()):
        return value
    if _anaphoric(span):
        year = told_year(span, resolved, published, back=1)
        if year is not None:
            return _month_of(value, year)
    # "since July" reaches back from publication; a past verb alone may govern a plan ("announced a visit in
    # December"), so only "since" moves a month not yet begun to last year
    if (span.root.head.lower_ == "since" or done_on(span)) and value.earliest > published.isoformat():
        return _month_of(value, int(value.earliest[:4]) - 1)
    return value


# Past verbs whose object may be a later act ("announced a visit in August", "agreed talks in March"): the parser
# may hang the later act's month on them, so their month may lie ahead
LATER_OBJECT_LEMMAS = {"announce", "agree", "plan", "schedule", "set", "invite", "propose", "promise", "pledge",
                       "vow", "confirm", "decide", "approve", "unveil", "outline", "offer", "accept", "call",
                       "urge", "ask", "say", "tell", "report", "add", "write", "warn", "expect", "arrange", "fix"}


def done_on(span: Span) -> bool:
    """"switched recognition to Beijing in January" told in December: a month or day hung on a simple past act
    (not one announcing a later act) is when that act was done, so it cannot lie after publication."""
    head = span.root.head
    verb = head.head if head.dep_ == "prep" and head.lower_ in {"in", "on", "during", "by"} else head
    verb = _participle_clause(verb)
    return verb.tag_ == "VBD" and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() not in LATER_OBJECT_LEMMAS


def _participle_clause(verb):
    """"The jet, flying to X on Dec. 25, came down": a participle describing the subject or object of a verb is told
    in that verb's time."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return noun.head
    return verb


def _past_day(span: Span, value: DateValue, published: date) -> DateValue:
    """"expelled the envoy on January 5" told in December: last year's day (see `done_on`)."""
    if not value.value or value.value <= published.isoformat() or not DAY_OF_MONTH_RE.match(span.text.strip()) \
            or not done_on(span):
        return value
    day = date.fromisoformat(value.value)
    if day.month == 2 and day.day == 29:
        return value
    return DateValue(value=day.replace(year=day.year - 1).isoformat(), precision="day", text=value.text)
