"""Words recalled from another time: "X said in July that ..." in an earlier paragraph does not date the
same speaker's later bare "X said": a month or year is a recollection, the later words the day's news."""

from __future__ import annotations


def recalled_elsewhere(earlier, statement, text: str) -> bool:
    """The earlier statement is dated with no single day and told in an earlier paragraph."""
    date = earlier.date
    coarse = date is not None and not date.value
    return coarse and "\n" in text[earlier.evidence.start:statement.evidence.start]
