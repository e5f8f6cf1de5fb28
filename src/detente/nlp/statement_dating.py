"""Dates and venues a statement takes from its context: the same speaker's dated words, the occasion the
article reports, the meeting it was said at, the lead sentence's day."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.layout import DATELINE
from detente.nlp.news_day import lead_sentence
from detente.nlp.recalled_dates import recalled_elsewhere
from detente.nlp.statement_meetings import engagement_for, occasion_name
from detente.records import Statement


def date_from_events(statements: list[Statement], events, text: str = "", lede=None) -> None:
    """An undated statement is dated by the occasion: the same speaker's dated words just before ("Trump
    said on Wednesday ... "It just didn't feel right," he told reporters") unless they were in an earlier
    paragraph and the statement's own one tells a dated act before it, else the engagement the article
    reports: the nearest earlier occurred event with a day date in the statement's paragraph, else the
    article's first such event (the day's news; an earlier paragraph's background is another occasion) when
    the article tells it before the words, else the day its lead sentence gives (`lede`)."""
    dated = [e for e in events if e.status == "occurred" and e.date is not None and e.date.value]
    for i, st in enumerate(statements):
        if st.date is not None:
            continue
        same = _same_occasion(st, statements[:i])
        same = None if same is not None and recalled_elsewhere(same, st, text) else same
        before = [e for e in dated if e.evidence.start <= st.evidence.start
                  and "\n" not in text[e.evidence.start:st.evidence.start] and not _told_after(e, st, text)]
        # the speaker's words in an earlier paragraph yield to a dated act the statement's own paragraph opens
        # with ("On Monday morning the two spoke by phone. X wrote ...")
        if same is not None and not (before and "\n" in text[same.evidence.start:st.evidence.start]):
            st.date = same.date
        elif before:
            st.date = before[-1].date
        elif dated and (dated[0].evidence.start <= st.evidence.start or lede is None):
            st.date = dated[0].date
        else:  # the first dated act is background told further on ("travelled to X on February 23")
            st.date = lede


def lede_day(doc: Doc):
    """The day the article's lead sentence gives ("Sweden became a member on Thursday"): the day's news."""
    first = lead_sentence(doc)  # past a headline and a dateline standing alone ("LONDON —")
    if first is None:
        return None
    pub = doc._.published.isoformat() if doc._.published is not None else "9999"
    line = DATELINE.match(first.text)  # "WASHINGTON, Jan. 10 (Wire) -": the day it was filed, not the news
    body = first.start_char + (line.end() if line else 0)
    # (a day still to come, "will meet on Friday", is no day words were said on)
    return next((s._.date for s in doc.spans.get("dates", []) if body <= s.start_char and s.start < first.end
                 and s._.date is not None and s._.date.value and s._.date.value <= pub), None)


def _told_after(event, st: Statement, text: str) -> bool:
    """An act its sentence tells after the words ("called it X, a charge she rejected that evening"): the
    reply came later, so its day is not the day the words were said."""
    if event.evidence.start != st.evidence.start or not event.trigger:
        return False
    said = text.find(st.quote, st.evidence.start, st.evidence.end)
    done = text.find(event.trigger, event.evidence.start, event.evidence.end)
    return said >= 0 and done > said + len(st.quote)


ORATION_WORDS = {"remarks", "address", "speech", "keynote", "toast"}


SHORT_RANGE_DAYS = 3  # talks "on Friday and Saturday": a meeting of a few days, not a season


def at_engagement(doc: Doc, st: Statement, cue: Token | None, events) -> None:
    """A statement made at a meeting the article reports ("Wang told Sullivan ...", "opened the meeting by
    telling ...", "in his opening remarks") is dated and placed by it: "Bangkok talks", "Busan meeting,
    opening remarks"."""
    bare = st.venue is not None and "," not in st.venue and st.venue.split()[-1].lower() in ORATION_WORDS
    if st.venue is not None and not bare:
        return
    met = engagement_for(doc, cue, st.speaker.actor_id if st.speaker else None, events, bare)
    if met is None or (st.date is not None and not _same_day(st.date, met.date)):
        return
    name = occasion_name(doc, met)
    if name is not None:
        st.venue = f"{name}, {st.venue}" if bare else name
    st.date = st.date or _closing_day(met.date)


def _same_day(said, held) -> bool:
    """A statement's date within a meeting's."""
    day = said.value or said.earliest
    return day is not None and (held.value or held.earliest or "") <= day <= (held.value or held.latest or "")


def _closing_day(date):
    """A meeting's date, or the last day of one held over a few days: by its close the words were said
    (and a readout reporting them is issued then); a longer span stays as it is."""
    if date.value or not (date.earliest and date.latest):
        return date
    first, last = (dt.date.fromisoformat(d) for d in (date.earliest, date.latest))
    if (last - first).days >= SHORT_RANGE_DAYS:
        return date
    return replace(date, value=date.latest, earliest=None, latest=None, precision="day")


OCCASION_CHARS = 600  # about two short paragraphs: further back, the same speaker may be on another day


def _same_occasion(st: Statement, earlier: list[Statement]) -> Statement | None:
    """The same speaker's last dated statement shortly before this one."""
    speaker = st.speaker.actor_id if st.speaker else None
    return next((e for e in reversed(earlier) if speaker and e.speaker and e.speaker.actor_id == speaker
                 and e.date is not None and st.evidence.start - e.evidence.start <= OCCASION_CHARS), None)


def venue_from_occasion(statements: list[Statement], text: str, written: set[int] = frozenset()) -> None:
    """"X said on Tuesday in the Rose Garden that ... . The plan, he said, ...": words the same speaker goes on
    to say in the same paragraph, on the same day, were said at the same place; so are those the next
    paragraph goes on with when no one else spoke between ("X told Y in Z that ... . According to KCNA, X
    said ...")."""
    for i, st in enumerate(statements):
        same = _same_occasion(st, statements[:i]) if st.venue is None and st.date is not None else None
        if same is None or not same.venue or same.date != st.date:
            continue
        between = text[same.evidence.start:st.evidence.start]
        # (a written statement goes on only in its own paragraph: it was issued, not said where the speaker was)
        if "\n" not in between or (same is statements[i - 1] and between.count("\n\n") <= 1
                                    and id(same) not in written):
            st.venue = same.venue
