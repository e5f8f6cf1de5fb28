"""Expressions dated from another moment ("the next day", "some time after that", "a week after"), split out of dates.py to keep it short."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from detente.events.dates import DAY, NUMBERS, _count, _delta, _month
from detente.records import DateValue


# -- expressions anchored on the day just narrated -------------------------------------------------
# "Hours later", "later that day", "the next day", "two days later" name no day of their own: they
# count from the moment the text has just told ("said on Wednesday ... Hours later ..."). The
# publication date would be wrong for them, so they are resolved against that earlier day instead.

_SAME_DAY_RE = re.compile(
    r"(?:(?:a\s+few|few|several|some|\w+|a\s+couple\s+of)\s+)?(?:hours?|minutes?)\s+(?:later|afterwards?)"
    r"|later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)")
_NEXT_DAY_RE = re.compile(r"the\s+(?:next|following)\s+day|the\s+day\s+after")
_DAYS_LATER_RE = re.compile(r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                            r"(?P<unit>days?|weeks?)\s+(?:later|afterwards?)")
# ... and back from it: "the day before", "the previous evening", "two days earlier"
# ("a day before the visit" relates two events, not the narrated day: "before" must end its phrase)
_BEFORE_ENDS = r"(?=\s*[,.;:)]|\s*$)"
_PREV_DAY_RE = re.compile(r"the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
                          r"|the\s+(?:day|night|evening)\s+before" + _BEFORE_ENDS)
_DAYS_EARLIER_RE = re.compile(_DAYS_LATER_RE.pattern.replace("later|afterwards?", "earlier|(?:before" + _BEFORE_ENDS + ")"))


# "some time after that", "at some point thereafter": an open stretch after the moment just told
_OPEN_AFTER_RE = re.compile(r"(?:some\s*time|at\s+some\s+point|some\s+point|at\s+a\s+later\s+date)\s+"
                            r"(?:after\s+that|afterwards?|thereafter|later)|thereafter")
# "a restriction it lifted the following year": the calendar year (or month) next to the one just told
_NEXT_PERIOD_RE = re.compile(r"the\s+(?P<pside>following|next|previous|preceding)\s+(?P<punit>year|month)"
                             r"|the\s+(?P<punit2>year|month)\s+(?P<pside2>after|before)")
# "held talks in Dhaka that month" after "late April": the calendar month (or year) of the moment just told;
# not "that year's election", which names a thing of that year rather than the act's time
_SAME_PERIOD_RE = re.compile(r"(?:that|the\s+same)\s+(?P<sunit>year|month)(?!['\u2019]s)")
_ANCHORED_FIND_RE = re.compile(r"\b(?:" + "|".join(re.sub(r"\(\?P<\w+>", "(?:", r.pattern) for r in (_OPEN_AFTER_RE, _SAME_DAY_RE, _NEXT_DAY_RE,
                                                                        _DAYS_LATER_RE, _PREV_DAY_RE, _DAYS_EARLIER_RE,
                                                                        _NEXT_PERIOD_RE, _SAME_PERIOD_RE))
                               + r")\b", re.IGNORECASE)


def anchored_phrases(text: str) -> list[tuple[int, int]]:
    """Character spans of the anchored expressions in a text (the tagger does not always mark
    "Hours later" as a date or time)."""
    return [m.span() for m in _ANCHORED_FIND_RE.finditer(text or "")]


def anchored_offset(text: str) -> timedelta | None:
    """How far after the day just narrated an anchored expression lies ("hours later" -> 0 days,
    "the next day" -> 1, "two weeks later" -> 14, "the day before" -> -1), or None when `text` is not
    such an expression."""
    s = re.sub(r"\s+", " ", (text or "").strip().lower())
    s = re.sub(r"^(?:just|only|about|some|roughly)\s+", "", s)
    if _SAME_DAY_RE.fullmatch(s):
        return timedelta(0)
    if _NEXT_DAY_RE.fullmatch(s):
        return DAY
    if _PREV_DAY_RE.fullmatch(s):
        return -DAY
    m = _DAYS_LATER_RE.fullmatch(s) or _DAYS_EARLIER_RE.fullmatch(s)
    if m:
        n = NUMBERS.get(m["n"]) if not m["n"].isdigit() else int(m["n"])
        sign = -1 if s.endswith(("earlier", "before")) else 1
        return timedelta(days=sign * n * (7 if m["unit"].startswith("week") else 1))
    return None


def open_after(anchor: DateValue, text: str) -> DateValue | None:
    """"some time after that" (the April visit): from the anchor's first day to the end of its year, as
    "later this year" runs to December; an anchor in the year's last quarter runs three months on."""
    s = re.sub(r"\s+", " ", (text or "").strip().lower())
    if not _OPEN_AFTER_RE.fullmatch(s) or not anchor.first:
        return None
    first, last = date.fromisoformat(anchor.first), date.fromisoformat(anchor.last or anchor.first)
    end = date(first.year, 12, 31) if last.month < 10 else _month(*_shifted_month(last, 3))[1]
    return DateValue(earliest=first.isoformat(), latest=end.isoformat(), precision="range", text=text)


def _shifted_month(day: date, k: int) -> tuple[int, int]:
    moved = day.replace(day=1) + relativedelta(months=k)
    return moved.year, moved.month


def same_calendar_period(text: str) -> bool:
    """"that month", "the same year": the anchor's own calendar period, whatever the anchor's tense."""
    return _SAME_PERIOD_RE.fullmatch(re.sub(r"\s+", " ", (text or "").strip().lower())) is not None


def next_period(anchor: DateValue, text: str) -> DateValue | None:
    """"the following year" after "in 2021": the whole calendar year (or month) after (or before) the
    anchor's ("that month": the anchor's own), or None when `text` is no such expression or the anchor has no date."""
    s = re.sub(r"\s+", " ", (text or "").strip().lower())
    m = _NEXT_PERIOD_RE.fullmatch(s)
    same = _SAME_PERIOD_RE.fullmatch(s) if m is None else None
    if (m is None and same is None) or not anchor.first:
        return None
    step = 0 if same is not None else 1 if (m["pside"] or m["pside2"]) in {"following", "next", "after"} else -1
    day = date.fromisoformat(anchor.first)
    if (same["sunit"] if same is not None else m["punit"] or m["punit2"]) == "year":
        year = day.year + step
        return DateValue(earliest=f"{year}-01-01", latest=f"{year}-12-31", precision="year", text=text)
    first, last = _month(*_shifted_month(day, step))
    return DateValue(earliest=first.isoformat(), latest=last.isoformat(), precision="month", text=text)


def shift_day(anchor: DateValue, offset: timedelta, text: str) -> DateValue | None:
    """The day `offset` after a day-precise `anchor`, as a DateValue carrying `text` (None when the
    anchor is not one day: "hours after sometime in May" is no day)."""
    if anchor.precision != "day" or not anchor.value:
        return None
    return DateValue(value=(date.fromisoformat(anchor.value) + offset).isoformat(), precision="day", text=text)


# -- "three months after <event>": an event placed a stated distance from a dated one -------------

_DISTANCE_RE = re.compile(r"(?:(?:nearly|almost|about|around|some|roughly|just|only|barely|over|more\s+than|"
                          r"less\s+than|fewer\s+than|under|within|exactly)\s+)?(?P<n>a|an|one|two|three|four|"
                          r"five|six|seven|eight|nine|ten|eleven|twelve|few|a\s+few|several|\d+)\s+"
                          r"(?P<unit>day|week|month|year)s?")


_UPPER_BOUND_RE = re.compile(r"(?:less|fewer)\s+than\b|under\b|within\b")


def _within_distance(day: date, unit: str, n: int, sign: int, text: str) -> DateValue:
    """"less than four weeks after X": X lies at most that far off, so anywhere up to the anchor's eve."""
    far, near = day + _delta(unit, n * sign), day + timedelta(days=sign)
    a, b = sorted((far, near))
    return DateValue(earliest=a.isoformat(), latest=b.isoformat(), precision="range", text=text)


WEEK_PAD = 2  # days either side of a distance in weeks (the examples' record for "a week after": 5-9 days)


def distance_from(anchor: DateValue, text: str, sign: int) -> DateValue | None:
    """The time `text` ("nearly three months", "a week") away from a day-precise `anchor`, before it
    (sign -1) or after it (+1): a day for days, two days either side of the day for weeks ("a week" is
    five to nine days), the month or year for longer spans (a rounded distance says no more); "25 years to
    the day" is exact: that very day."""
    norm = re.sub(r"\s+", " ", (text or "").strip().lower())
    exact = norm.endswith(" to the day")
    m = _DISTANCE_RE.fullmatch(norm.removesuffix(" to the day"))
    if m is None or anchor.precision != "day" or not anchor.value:
        return None
    lo_n, hi_n = _count(m["n"].replace("a few", "few"))
    unit, day = m["unit"], date.fromisoformat(anchor.value)
    if exact and lo_n == hi_n:
        return DateValue(value=(day + _delta(unit, lo_n * sign)).isoformat(), precision="day", text=text)
    if _UPPER_BOUND_RE.match(norm):
        return _within_distance(day, unit, hi_n, sign, text)
    a, b = sorted((day + _delta(unit, lo_n * sign), day + _delta(unit, hi_n * sign)))
    if unit == "day" and a == b:
        return DateValue(value=a.isoformat(), precision="day", text=text)
    if unit in {"day", "week"}:
        pad = timedelta(days=WEEK_PAD if unit == "week" else 0)
        a, b = a - pad, b + pad
    elif unit == "month":
        a, b = a.replace(day=1), _month(b.year, b.month)[1]
    else:
        a, b = date(a.year, 1, 1), date(b.year, 12, 31)
    precision = "month" if unit == "month" and a.month == b.month and a.year == b.year else \
        "year" if unit == "year" and a.year == b.year else "range"
    return DateValue(earliest=a.isoformat(), latest=b.isoformat(), precision=precision, text=text)
