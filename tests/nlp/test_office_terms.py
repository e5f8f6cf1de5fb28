"""A leader inferred as a visit's host is a party only if in office on the event's day (session 8): the
leader the article names for today did not receive a visit made years before he took office.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, host_state, today", [
    ("Japan and South Korea last held a formal summit in 2011, when then-Prime Minister Yoshihiko Noda visited "
     "Seoul. President Yoon Suk Yeol said on Monday he hopes to meet Fumio Kishida soon.", "KOR", "Yoon Suk Yeol"),
    # Biden was vice-president in 2011, not the president who hosts a visiting president
    ("China and the United States held a summit in 2011, when then-President Hu Jintao visited Washington. "
     "President Joe Biden said on Monday he hopes to meet Xi Jinping soon.", "USA", "Joe Biden"),
])
def test_a_visit_before_the_leaders_term_is_to_the_state(reader, text, host_state, today):
    old = next(e for e in reader.read(text, published="2024-06-14").events if e.trigger == "visited")
    assert [a.country for a in old.target] == [host_state]
    assert today not in [a.name for a in old.target]


def test_a_leader_in_office_still_hosts(reader):
    text = ("President Yoon Suk Yeol said on Monday he hopes to deepen ties with Japan. "
            "Japanese Prime Minister Fumio Kishida visited Seoul in May.")
    visit = next(e for e in reader.read(text, published="2024-06-14").events if e.trigger == "visited")
    assert "Yoon Suk Yeol" in [a.name for a in visit.target]
