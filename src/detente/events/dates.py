"""Date expressions (spaCy DATE entities) resolved against the publication date into DateValues.

`resolve_date(text, published, tense)` returns a DateValue whose `text` is the expression as given,
or None for durations ("three years", "decades") and anything not date-like. Ranges are inclusive
ISO dates. The lower-cased expression ("Sept." -> "sept", "3rd" -> "3", leading "on/in/by/the..."
dropped) goes through these tables, first match wins:

- day: "Sept. 3", "3 September", "July 11, 2025", "2025-07-11" -> `value`, precision "day".
- day range: "Sept. 17-19", "September 17 to 19", "17-19 September" -> precision "days".
- month: "March 2024", "in September", "next September" -> the whole month, precision "month".
- year: "2024" -> "year"; "2024-25", "the 1990s" -> "range".
- part of month: early 1..15, mid 10..20, late/end 16..last day, beginning/start = early
  ("early September", "mid-September", "end of the month") -> "part_of_month".
- part of year: early Jan-Jun, mid Apr-Sep, late Jul-Dec, beginning/start Jan-Mar, end/close
  Oct-Dec, first/second half, Q1-Q4, "the second quarter", "mid-to-late 2025" -> "part_of_year".
- season (northern, whole months): spring Mar-May, summer Jun-Aug, autumn/fall Sep-Nov, winter
  Dec-Feb (the winter *starting* in the year named) -> "season".
- relative (need `published`, else None): today/yesterday/tomorrow -> day; a weekday -> the
  nearest on or before `published` (on or after when tense is future; "last"/"next" skip the day
  itself); this/last/next week (Mon..Sun, "range"), month ("month"), year ("year"), quarter;
  "later this year" -> first day of next month..Dec 31 (as the seed's analyst records it), "earlier this
  year" -> Jan 1..published (the publication day counts); later/earlier this month/week and "earlier in the
  week" -> from published+1 / until published-1 (not "later in the month" told of the past); weekend (Sat..Sun); "two days ago"/"in two weeks" -> a
  day ("three months ago" -> that month, "a few days ago" -> a range); "the coming weeks" ->
  published..the end of the month six weeks on, "the coming months" -> the next four whole months (the current
  one only when published on its first day), "the coming days" -> published+1..+7, "the coming two
  weeks" -> published+1..+14; "the past two weeks" -> the mirror image (published-14..-1); "soon" with
  tense "future" -> as "the coming weeks" (no date otherwise).
- anchored on a moment just told (anchored_dates.py: `open_after`, `distance_from`, "the next day" and
  the like): "some time after that" -> that moment's first day to the end of its year; "a week after" ->
  seven days off, two days either side; "less than four weeks after" -> from four weeks off to the eve of
  the moment.
- union: "later this year or early 2026", "between May and July", "Sept. 30-Oct. 2" -> earliest of
  the first part .. latest of the second ("days" if both are days, else "range"); a part without a
  year takes the other part's year.
- last resort, for expressions with a digit, month or weekday that are not durations: dateparser
  (RELATIVE_BASE=published, PREFER_DATES_FROM from tense; it makes no network calls).

Year inference (no year named): among the year before, of and after `published`, the candidate
nearest to `published` (distance 0 when it contains it; exact ties go to the later one). Tense only
breaks near-ties: a candidate on the tense's side (future: not over before `published`; past: not
begun after it) wins when at most 2x + 14 days farther than the nearest. So "Dec. 30" read on
2025-01-02 is 2024-12-30 whatever the tense, while "March" read on 2025-08-28 is March 2025 but
March 2026 with tense "future".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from detente.records import DateValue

Span = tuple[date, date, str]  # earliest, latest, precision
DAY = timedelta(days=1)


def _table(groups: str, start: int = 0) -> dict[str, int]:
    return {w: i for i, names in enumerate(groups.split(","), start) for w in names.split()}


MONTHS = _table("january jan,february feb,march mar,april apr,may,june jun,july jul,august aug,"
                "september sept sep,october oct,november nov,december dec", 1)
WEEKDAYS = _table("monday mon,tuesday tue tues,wednesday wed,thursday thu thur thurs,friday fri,saturday sat,"
                  "sunday sun")
NUMBERS = {**_table("zero,one a an,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve"),
           "a couple of": 2, "couple of": 2}
VAGUE = {"a few": (2, 4), "few": (2, 4), "several": (3, 7)}
PART_OF_MONTH = {"early": (1, 15), "beginning": (1, 15), "start": (1, 15), "mid": (10, 20),
                 "middle": (10, 20), "late": (16, 31), "end": (16, 31), "close": (16, 31)}
PART_OF_YEAR = {"early": (1, 6), "mid": (4, 9), "middle": (4, 9), "late": (7, 12), "beginning": (1, 3),
                "start": (1, 3), "end": (10, 12), "close": (10, 12), "h1": (1, 6), "h2": (7, 12),
                "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12)}
ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4", "final": "4", "last": "4"}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first of three months
SHIFT = {"this": 0, "the": 0, "next": 1, "the next": 1, "the coming": 1, "coming": 1, "last": -1, "past": -1}
DAYWORDS = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}
PERIOD_PRECISION = {"week": "range", "month": "month", "quarter": "part_of_year", "year": "year"}
PART_PRECISION = {"week": "range", "month": "part_of_month", "year": "part_of_year"}
WINDOW = {"day": relativedelta(days=7), "week": relativedelta(weeks=4), "month": relativedelta(months=6),
          "year": relativedelta(years=3), "decade": relativedelta(years=10)}  # "the coming <unit>s"
PAST_DIRS = {"past", "last", "recent", "past few", "last few"}
LONG_TERMS = {"month", "year", "decade"}  # counted terms ahead that run from publication ("the next ten years")
# days of the year known by name whose date never moves (after _norm: "New Year's Day" -> "new year day")
FIXED_DAYS = {"may day": (5, 1), "new year day": (1, 1), "new year eve": (12, 31), "christmas day": (12, 25),
              "christmas eve": (12, 24), "boxing day": (12, 26)}


def names_fixed_day(text: str) -> bool:
    """"New Year's Eve 2020": the text is a day known by name (the tagger may call it an EVENT)."""
    return _FIXED_RE.match(_norm(text)) is not None


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


M, WD, N = _alt(MONTHS), _alt(WEEKDAYS), _alt([*NUMBERS, *VAGUE]) + r"|\d+"
YEAR = r"(?:(?P<y>\d{4})|(?P<yrel>this|next|last|the|the next|the coming)\s+year)"
# "Oct. 8 last year", "in May of next year": a day or month whose year is told relative to publication
YEAR_NAMED = r"(?:(?P<y>\d{4})|(?P<yrel>this|next|last)\s+year)"
DAY_YEAR = rf"(?:\s+{YEAR_NAMED})?"
PART = (r"(?:(?P<part>early|mid|late)(?:(?:-to-|\s+to\s+|-)(?P<part2>early|mid|late))?|"
        r"(?P<partof>beginning|start|middle|end|close)\s+of(?:\s+the)?)(?:-|\s+)")
_PREFIX_RE = re.compile(r"^(?:(?:on|in|at|during|around|about|approximately|circa|by|from|since|until|till|"
                        r"through|throughout|as of|as early as|no later than|sometime|some time|between|"
                        r"early on|late on|"
                        r"either|the|over|within|weekend of)\s+)+")
_IN_N_RE = re.compile(rf"in\s+(?P<n>{N})\s+(?P<unit>day|week|month|year)s?(?:\s+time)?")
_DURATION_RE = re.compile(r"(?:[\w-]+\s+){0,3}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
                          r"decades?|centur(?:y|ies))(?:\s+(?:long|old|earlier|later|before|after))?")
_SEP_RE = re.compile(r"\s+(?:or|and|to|into|through|thru|until|till|and/or)\s+")
_DATELIKE_RE = re.compile(rf"\d|\b(?:{M}|{WD})\b")
_YEAR4_RE = re.compile(r"\b\d{4}\b")
_FIXED_RE = re.compile(rf"^(?:the\s+)?(?:{_alt(FIXED_DAYS)})(?:\s+\d{{4}})?$")


_DASH_RE, _SUFFIX_RE = re.compile(r"[\u2010-\u2015\u2212]"), re.compile(r"'s\b|\b(\d+)(?:st|nd|rd|th)\b")
_SPACE_RE, _HYPHEN_RE = re.compile(r"\s+"), re.compile(r"\s*-\s*")


def _norm(text: str) -> str:
    """Lower case; "Sept." -> "sept", "3rd" -> "3", "Sunday's" -> "sunday", dashes -> "-"."""
    s = text.lower().replace("\u2019", "'").replace(".", " ").replace(",", " ")
    s = _SUFFIX_RE.sub(r"\1", _DASH_RE.sub("-", s))
    return _HYPHEN_RE.sub("-", _SPACE_RE.sub(" ", s)).strip()


def _month(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _months(y: int, m1: int, m2: int) -> tuple[date, date]:
    """First day of month m1 .. last day of month m2 of year y (m2 > 12 runs into the next year)."""
    return date(y, m1, 1), _month(y + (m2 - 1) // 12, (m2 - 1) % 12 + 1)[1]


def _period(unit: str, pub: date, k: int) -> tuple[date, date]:
    """The calendar week/month/quarter/year containing `pub`, shifted by k of them."""
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=k)
        return monday, monday + timedelta(days=6)
    size = {"month": 1, "quarter": 3, "year": 12}[unit]
    first = date(pub.year, (pub.month - 1) // size * size + 1, 1) + relativedelta(months=size * k)
    return first, first + relativedelta(months=size) - DAY


def _nearest(build, pub: date | None, tense: str | None) -> tuple[date, date] | None:
    """The (lo, hi) built for the year before, of or after `pub` nearest to it (see module doc)."""
    if pub is None:
        return None
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(build(y))
        except ValueError:  # Feb 29 in a common year, Sept 31
            continue
    dist = lambda c: 0 if c[0] <= pub <= c[1] else min(abs((c[0] - pub).days), abs((c[1] - pub).days))  # noqa
    best = min(cands, key=lambda c: (dist(c), -c[0].toordinal()), default=None)
    side = [c for c in cands if (c[1] >= pub if tense == "future" else c[0] <= pub)]
    if best and tense in ("past", "future") and side and best not in side:
        alt = min(side, key=dist)
        best = alt if dist(alt) <= 2 * dist(best) + 14 else best
    return best


def _dated(m: re.Match, pub, tense, build, precision: str) -> Span | None:
    """`build(year)` for the year the match names (digits, "next year"), else for the inferred year."""
    g = m.groupdict()
    if g.get("y"):
        span = build(int(g["y"]))
    elif g.get("yrel"):
        span = build(pub.year + SHIFT[g["yrel"]]) if pub else None
    else:
        span = _nearest(build, pub, tense)
    return (span[0], span[1], precision) if span else None


def _h_day(m, pub, tense):
    mo, d1 = MONTHS.get(m["mon"]) or int(m["mon"]), int(m["d"])
    d2 = int(m.groupdict().get("d2") or d1)
    if d2 < d1:
        return None
    return _dated(m, pub, tense, lambda y: (date(y, mo, d1), date(y, mo, d2)), "day" if d1 == d2 else "days")


def _h_month(m, pub, tense):
    mo, rel = MONTHS[m["mon"]], m["mrel"]
    if rel is None:
        return _dated(m, pub, tense, lambda y: _month(y, mo), "month")
    if pub is None:
        return None
    shift = {"this": 0, "next": int(mo <= pub.month), "coming": int(mo <= pub.month)}.get(rel, -int(mo >= pub.month))
    return (*_month(pub.year + shift, mo), "month")


def _h_years(m, pub, tense):
    if m["dec"]:
        y1 = int(m["dec"]) * 10
        return date(y1, 1, 1), date(y1 + 9, 12, 31), "range"
    y1, y2 = int(m["y"]), m["y2"] or m["y"]
    y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    if not (1000 <= y1 <= y2 <= y1 + 100):
        return None
    return date(y1, 1, 1), date(y2, 12, 31), "year" if y1 == y2 else "range"


def _parts(m: re.Match) -> tuple[str, str]:
    first = m["part"] or m["partof"]
    return first, m["part2"] or first


def _h_part_month(m, pub, tense):
    (a, _), (_, b) = (PART_OF_MONTH[p] for p in _parts(m))
    cut = lambda lo, hi: (lo.replace(day=a), hi.replace(day=min(b, hi.day)))  # noqa: E731
    if m["mrel"]:
        return (*cut(*_period("month", pub, SHIFT[m["mrel"]])), "part_of_month") if pub else None
    mo = MONTHS[m["mon"]]
    return _dated(m, pub, tense, lambda y: cut(*_month(y, mo)), "part_of_month")


def _h_part_year(m, pub, tense):
    g = m.groupdict()
    kind, word = next(((k[0], g[k]) for k in ("q", "q2", "h", "h2") if g.get(k)), (None, None))
    if kind:
        key = key2 = word if word[0] in "qh" else kind + ORDINAL.get(word, word)
    else:
        key, key2 = _parts(m)
    m1, m2 = PART_OF_YEAR[key][0], PART_OF_YEAR[key2][1]
    return _dated(m, pub, tense, lambda y: _months(y, m1, m2), "part_of_year")


def _h_season(m, pub, tense):
    first, rel = SEASONS[m["season"]], m["srel"]
    build = lambda y: _months(y, first, first + 2)  # noqa: E731
    if not rel or m["y"]:
        return _dated(m, pub, tense, build, "season")
    if pub is None:  # "this spring" means nothing without a publication date
        return None
    if rel == "this":
        return (*build(pub.year - (first == 12 and pub.month <= 2)), "season")
    cands = [build(y) for y in range(pub.year - 2, pub.year + 2)]
    lo, hi = next(c for c in cands if c[0] > pub) if SHIFT[rel] > 0 else [c for c in cands if c[1] < pub][-1]
    return lo, hi, "season"


def _h_weekday(m, pub, tense):
    wd, rel = WEEKDAYS[m["wd"]], m["wrel"]
    if rel in ("next", "coming") or (rel in (None, "this") and tense == "future"):
        d = pub + timedelta(days=(wd - pub.weekday()) % 7 or (7 if rel else 0))
    else:
        d = pub - timedelta(days=(pub.weekday() - wd) % 7 or (7 if rel in ("last", "past") else 0))
    return d, d, "day"


def _h_fixed_day(m, pub, tense):
    """"May Day", "Christmas Day": a named day on a fixed date, in the year given or the nearest one."""
    mo, d = FIXED_DAYS[m["fixed"]]
    return _dated(m, pub, tense, lambda y: (date(y, mo, d), date(y, mo, d)), "day")


def _h_dayword(m, pub, tense):
    d = pub + DAYWORDS[m["dw"]] * DAY
    return d, d, "day"


def _h_period(m, pub, tense):
    """this/last/next week, month, quarter, year; later/earlier this (or "in the") week, month, year."""
    unit, when = m["per"], m.groupdict().get("when")
    lo, hi = _period(unit, pub, SHIFT[m["rel"]] if m.groupdict().get("rel") else 0)
    if when is None:
        if unit == "week" and m["rel"] == "this":
            lo, hi = _this_week_side(lo, hi, pub, tense)
        return lo, hi, PERIOD_PRECISION[unit]
    if m.groupdict().get("the") and when == "later" and tense == "past":
        return None  # "later in the month" told of the past counts from the narrated time, not publication
    if when == "earlier":  # the year's part counts the publication day itself (records' convention 5)
        return lo, pub if unit == "year" else max(lo, pub - DAY), PART_PRECISION[unit]
    start = _period("month", pub, 1)[0] if unit == "year" and pub.month < 12 else pub + DAY
    return min(start, hi), hi, PART_PRECISION[unit]


def _this_week_side(lo: date, hi: date, pub: date, tense) -> tuple[date, date]:
    """"met this week" ran up to publication, "is due to meet this week" from it: the week's side of the
    publication day the tense tells (both sides when it tells none)."""
    if tense == "past":
        return lo, min(hi, pub)
    if tense == "future":
        return max(lo, pub), hi
    return lo, hi


def _h_weekend(m, pub, tense):
    sat = pub - DAY if pub.weekday() == 6 else pub + timedelta(days=5 - pub.weekday())
    k = {"last": -1, "past": -1, "next": 1}.get(m["rel"], 0)
    if m["rel"] is None and tense != "future" and pub.weekday() < 5 and (tense == "past" or pub.weekday() <= 2):
        k = -1  # "the weekend" read early in the week, or in the past tense: the one just gone
    sat += timedelta(weeks=k)
    return sat, sat + DAY, "range"


def _delta(unit: str, n: int) -> relativedelta:
    return relativedelta(years=10 * n) if unit == "decade" else relativedelta(**{unit + "s": n})


def _count(word: str) -> tuple[int, int]:
    return VAGUE.get(word) or ((NUMBERS[word],) * 2 if word in NUMBERS else (int(word),) * 2)


def _h_ago(m, pub, tense):
    """"two days ago", "in three weeks": a day; months and years give the month or year."""
    (lo_n, hi_n), unit = _count(m["n"]), m["unit"]
    sign = -1 if m.groupdict().get("dir") == "ago" else 1
    a, b = sorted((pub + _delta(unit, lo_n * sign), pub + _delta(unit, hi_n * sign)))
    if unit == "month":
        a, b = a.replace(day=1), _month(b.year, b.month)[1]
    elif unit == "year":
        a, b = date(a.year, 1, 1), date(b.year, 12, 31)
    exact = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    return a, b, exact if lo_n == hi_n else "range"


def _h_window(m, pub, tense):
    """"the coming weeks", "the past two months": from the day after / until the day before `pub`."""
    unit, n = m["unit"], m.groupdict().get("n")  # "the weeks ahead" has no count group
    if not (n or m["plural"] or unit == "decade" or m["dir"] in ("past", "coming", "upcoming")):
        return None  # "the next day", "the last day": relative to the story, not to `published`
    span = _delta(unit, _count(n)[1]) if n else WINDOW[unit] if m["plural"] else _delta(unit, 1)
    if m["dir"] in PAST_DIRS:
        return pub - span, pub - DAY, "range"
    if not n and m["plural"] and unit in {"week", "month"}:
        return _vague_ahead(unit, pub)
    if n and unit in LONG_TERMS:  # "over the next five years": a term that starts on the day it is announced
        return pub, pub + span - DAY, "range"
    return pub + DAY, pub + span, "range"


def _vague_ahead(unit: str, pub: date) -> Span:
    """"the coming weeks": from `pub` to the end of the month six weeks ahead;
    "the coming months": the next four whole months (this one only when it has just begun)."""
    if unit == "week":  # up to six weeks, to the end of the month they reach
        return pub, _period("month", pub + timedelta(weeks=6), 0)[1], "range"
    first = pub if pub.day == 1 else _period("month", pub, 1)[0]
    return first, first + relativedelta(months=4) - DAY, "range"


def _h_soon(m, pub, tense):
    """"will meet soon": said of what is to come, the same vague stretch as "the coming weeks"."""
    return _vague_ahead("week", pub) if tense == "future" else None


YEAR_TAIL = rf"(?:\s+(?:of\s+)?{YEAR})?"
DIRS = r"coming|next|next few|next several|upcoming|past|last|recent|past few|last few"
PATTERNS = [(re.compile(p), h, relative) for p, h, relative in (  # (regex, handler, needs `published`)
    (r"(?P<y>\d{4})-(?P<mon>\d{1,2})-(?P<d>\d{1,2})", _h_day, False),
    (rf"(?:{WD}\s+)?(?P<mon>{M})\s+(?P<d>\d{{1,2}})(?:(?:-|\s+(?:to|and|through|until)\s+)(?P<d2>\d{{1,2}}))?"
     rf"{DAY_YEAR}", _h_day, False),
    (rf"(?:{WD}\s+)?(?P<d>\d{{1,2}})(?:(?:-|\s+(?:to|and|through|until)\s+)(?P<d2>\d{{1,2}}))?\s+(?:of\s+)?"
     rf"(?P<mon>{M}){DAY_YEAR}", _h_day, False),
    (rf"(?P<fixed>{_alt(FIXED_DAYS)}){DAY_YEAR}", _h_fixed_day, False),
    (rf"(?:(?P<mrel>this|next|last|coming|past)\s+)?(?P<mon>{M})(?:\s+(?:of\s+)?{YEAR_NAMED})?", _h_month, False),
    (r"(?P<y>\d{4})(?:-(?P<y2>\d{2}|\d{4}))?|(?P<dec>\d{3})0s", _h_years, False),
    (rf"{PART}(?:(?P<mon>{M})(?:\s+(?:of\s+)?(?P<y>\d{{4}}))?|(?P<mrel>this|next|last|the)\s+month)",
     _h_part_month, False),
    (rf"{PART}{YEAR}", _h_part_year, False),
    (r"(?P<rel>this|next|last)\s+(?P<per>week|month|quarter|year)", _h_period, True),
    (r"(?P<when>earlier|later)\s+(?:this|in\s+(?P<the>the))\s+(?P<per>week|month|year)", _h_period, True),
    (rf"(?:(?P<q>first|second|third|fourth|final|last|1|2|3|4)\s+quarter|(?P<q2>q[1-4])){YEAR_TAIL}",
     _h_part_year, False),
    (rf"(?:(?P<h>first|second|1|2)\s+half|(?P<h2>h[12])){YEAR_TAIL}",
     _h_part_year, False),
    (rf"(?:(?P<srel>this|next|last|past|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
     rf"(?:\s+(?:of\s+)?(?P<y>\d{{4}}))?", _h_season, False),
    (r"(?P<dw>today|tonight|yesterday|last night|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?",
     _h_dayword, True),
    (rf"(?:(?P<wrel>last|next|this|past|coming)\s+)?(?P<wd>{WD})(?:\s+(?:morning|afternoon|evening|night))?",
     _h_weekday, True),
    (r"(?:(?P<rel>this|last|next|past|coming)\s+)?weekend", _h_weekend, True),
    (rf"(?P<n>{N})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|from now|hence)", _h_ago, True),
    (rf"(?P<dir>{DIRS})\s+(?:(?P<n>{N})\s+)?(?P<unit>day|week|month|year|decade)(?P<plural>s?)", _h_window, True),
    (r"(?P<unit>day|week|month|year)(?P<plural>s)\s+(?P<dir>ahead|to come)", _h_window, True),
    (r"soon", _h_soon, True),
    (r"(?:at\s+)?an\s+early\s+date", _h_soon, True),  # "to meet at an early date": as "soon"
)]


def _core(s: str, pub: date | None, tense: str | None) -> Span | None:
    """One expression (no union) through the pattern table; None when no pattern resolves it."""
    m = _IN_N_RE.fullmatch(s)
    if m:
        return _h_ago(m, pub, tense) if pub else None
    s = _PREFIX_RE.sub("", s)
    for regex, handler, relative in PATTERNS:
        m = regex.fullmatch(s)
        if m and (pub or not relative):
            try:
                span = handler(m, pub, tense)
            except (ValueError, KeyError, IndexError, StopIteration, OverflowError, TypeError):
                span = None
            if span:
                return span
    return None


def _with_year(part: str, other: str, pub, tense) -> Span | None:
    """`part` read with the year of `other` when only `other` names one, else on its own."""
    own, theirs = _YEAR4_RE.search(part), _YEAR4_RE.search(other)
    hinted = _core(f"{part} {theirs.group()}", pub, tense) if theirs and not own else None
    return hinted or _core(part, pub, tense)


def _union(s: str, pub: date | None, tense: str | None) -> Span | None:
    """"A or B", "A to B", "A-B": earliest of A .. latest of B."""
    parts = _SEP_RE.split(s, maxsplit=1)
    a, b = parts if len(parts) == 2 else (s.split("-", 1) + [""])[:2]
    if not a or not b:
        return None
    first, second = _with_year(a, b, pub, tense), _with_year(b, a, pub, tense)
    if first and second and second[1] < first[0] and not _YEAR4_RE.search(b):
        second = _core(f"{b} {first[0].year + 1}", pub, tense) or second
    if not first or not second or second[1] < first[0]:
        return None
    return first[0], second[1], "days" if first[2] in ("day", "days") and second[2] in ("day", "days") else "range"


@lru_cache(maxsize=4096)
def _fallback(text: str, pub: date | None, tense: str | None) -> Span | None:
    """dateparser, for what the tables miss; never for durations or phrases without digit/month/weekday."""
    s = _norm(text)
    if len(s) > 60 or not _DATELIKE_RE.search(s) or _DURATION_RE.fullmatch(_PREFIX_RE.sub("", s)):
        return None
    if pub is None and not _YEAR4_RE.search(s):
        return None
    data = _date_parser(pub, tense).get_date_data(text)
    if data is None or data.date_obj is None or (pub is None and str(data.date_obj.year) not in s):
        return None
    d = data.date_obj.date()
    if data.period in ("week", "month", "year"):
        return (*_period(data.period, d, 0), PERIOD_PRECISION[data.period])
    return d, d, "day"


@lru_cache(maxsize=64)
def _date_parser(pub: date | None, tense: str | None):
    """One dateparser parser per publication day and tense: building one costs milliseconds."""
    from dateparser.date import DateDataParser
    settings = {"PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(tense, "current_period"),
                "RETURN_AS_TIMEZONE_AWARE": False}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=8192)
def _resolve(text: str, pub: date | None, tense: str | None) -> Span | None:
    s = _norm(text)
    return (_core(s, pub, tense) or _union(_PREFIX_RE.sub("", s), pub, tense) or _fallback(text.strip(), pub, tense)
            if s else None)


def resolve_date(text: str, published: date | None, tense: str | None = None) -> DateValue | None:
    """A date expression as a DateValue resolved against `published` (rules: module doc), or None.

    Args:
        text: the expression, e.g. "Sept. 3", "later this year or early 2026"; kept as `text`.
        published: the article's publication date (a date, datetime or ISO string); without it
            relative expressions give None.
        tense: "past" or "future" (of the verb governing the date) to break year near-ties.
    """
    if not text or not text.strip():
        return None
    if isinstance(published, str):
        published = date.fromisoformat(published)
    elif isinstance(published, datetime):
        published = published.date()
    t = (tense or "").lower()
    span = _resolve(text, published, "past" if t.startswith("past") else "future" if t.startswith("fut") else None)
    if span is None:
        return None
    lo, hi, precision = span
    if precision == "day" and lo == hi:
        return DateValue(value=lo.isoformat(), precision="day", text=text)
    return DateValue(earliest=lo.isoformat(), latest=hi.isoformat(), precision=precision, text=text)
