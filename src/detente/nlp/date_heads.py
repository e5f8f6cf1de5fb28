"""The date at the head of an over-long DATE entity: the tagger often runs a day or month on into the words
after it ("on Sunday, three months after ...", "on March 3 that year", "in July South Korea joined"), and
the whole no longer reads as a date. Its leading weekday or month (with a day number or a year) is the date
told; a trailing "that year" points back at the year just narrated (month_years.told_year)."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from detente.events.dates import MONTHS, WEEKDAYS, resolve_date
from detente.nlp.month_years import told_year
from detente.records import DateValue

DAY_NUMBER_RE = re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
THAT_YEAR = ("that", "year")


def _name(token) -> bool:
    """A weekday or month name ("Sunday", "Dec.")."""
    word = token.lower_.rstrip(".")
    return word in WEEKDAYS or word in MONTHS


def _head_end(span: Span) -> int:
    """End of the leading run of day and month names with their day numbers and year ("Sunday", "December 14",
    "14 December 2023"); the span's start when the run names no day or month."""
    end, named = span.start, False
    for token in span:
        if _name(token):
            named = True
        elif not (DAY_NUMBER_RE.match(token.text) or (named and YEAR_RE.match(token.text))):
            break
        end = token.i + 1
    return end if named else span.start


def _in_year(value: DateValue, year: int) -> DateValue:
    """The same day or month in another year."""
    def moved(iso):
        return date.fromisoformat(iso).replace(year=year).isoformat() if iso else None
    if (value.first or "")[5:] == "02-29":
        return value  # no such day in most years: keep the year resolved
    return DateValue(value=moved(value.value), earliest=moved(value.earliest), latest=moved(value.latest),
                     precision=value.precision, text=value.text)


def date_head(span: Span, resolved: list[Span], published, tense=None) -> tuple[Span, DateValue] | None:
    """The leading date of an entity that does not resolve as a whole, and its value; None when it has none."""
    doc, end = span.doc, _head_end(span)
    if end in (span.start, span.end):
        return None
    head = Span(doc, span.start, end, label=span.label_)
    value = resolve_date(head.text, published, tense=tense)
    if value is None:
        return None
    rest = tuple(t.lower_ for t in doc[end:span.end])
    if rest == THAT_YEAR and published is not None:
        year = told_year(head, resolved, published, back=1)
        value = _in_year(value, year) if year is not None else value
    return head, value
