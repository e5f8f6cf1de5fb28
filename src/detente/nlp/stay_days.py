"""Which day of a counted stay a told day is: "talks on the second day of Xi's four-day state visit" told on
Thursday make Wednesday the visit's first day, so the visit runs Wednesday to Saturday."""

from __future__ import annotations

from spacy.tokens import Token

DAY_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}


def day_of_stay(token: Token) -> int | None:
    """k when the stay word is told as "the k-th day of" it ("on the second day of a three-day visit")."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "of" or head.head.lemma_.lower() != "day":
        return None
    return next((DAY_ORDINALS[c.lower_] for c in head.head.children
                 if c.dep_ == "amod" and c.lower_ in DAY_ORDINALS), None)


def stay_days_before(token: Token, n: int, end: int) -> int | None:
    """How many days before the told day the counted stay of `n` days began: all but one when the day told is
    its last (end > 0), none when its first (end < 0), k - 1 when its k-th; None when the text does not say."""
    if end:
        return n - 1 if end > 0 else 0
    k = day_of_stay(token)
    return k - 1 if k is not None and k <= n else None
