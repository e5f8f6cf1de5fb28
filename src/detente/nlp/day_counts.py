"""How many days an occasion lasts and which of them the text dates, where the count is not an adjective on
the event word (narrative_dates reads "a three-day visit"): "wrapped up two days of talks on Tuesday" (the
talks took the two days up to Tuesday) and "arrived on Tuesday for a three-day visit" (the visit began that
day)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.dates import NUMBERS

END_VERBS = {"wrap", "conclude", "end", "finish", "close", "complete"}
START_VERBS = {"begin", "start", "open", "launch", "kick", "embark"}
ARRIVAL_VERBS = {"arrive", "land", "fly", "come", "travel", "reach"}  # "arrived ... for a visit": its first day


def _count(token: Token) -> int | None:
    """The number a noun is counted by ("two days"), when it is one of a few days."""
    count = next((c for c in token.children if c.dep_ == "nummod"), None)
    if count is None:
        return None
    n = int(count.text) if count.text.isdigit() else NUMBERS.get(count.lower_)
    return n if n and 1 < n <= 31 else None


def _days_of(token: Token) -> Token | None:
    """"two days of talks": the counted "days" noun the event word is told "of"."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "of" or head.head.lemma_.lower() != "day":
        return None
    return head.head if _count(head.head) is not None else None


def _end_told(noun: Token) -> int:
    """+1 when the verb that takes `noun` as its object ends it ("wrapped up"), -1 when it begins it."""
    if noun.dep_ != "dobj":
        return 0
    lemma = noun.head.lemma_.lower()
    return 1 if lemma in END_VERBS else -1 if lemma in START_VERBS else 0


def counted_days(token: Token) -> tuple[int, int] | None:
    """(days, end) for an event told as "N days of X" ended (+1) or begun (-1) on the day dated; None when
    the text does not count it so or does not say which end the day is."""
    days = _days_of(token)
    end = _end_told(days) if days is not None else 0
    return (_count(days), end) if end else None


def arrived_for(token: Token) -> bool:
    """"arrived on Tuesday for a three-day visit": the occasion an arrival is "for" began on the arrival's day."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ARRIVAL_VERBS
