"""Title phrases (session 8): the country after "for"/"on" in a title is the official's portfolio, not the
state he serves ("Special Envoy for Syria", "Deputy Assistant Secretary of Defense for China").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title", ["Deputy Assistant Secretary of Defense for China", "Special Envoy for China"])
def test_a_country_after_for_is_the_portfolio(reader, title):
    text = ("Japanese and Chinese diplomats met in Tokyo on Monday. The Japanese delegation was led by "
            f"{title} Mark Lambert.")
    actor = next(a for a in reader.read(text, published="2024-06-14").actors if a.name == "Mark Lambert")
    assert actor.country in {"JPN", "USA"}  # its delegation, or the one state whose offices have the title; never CHN
