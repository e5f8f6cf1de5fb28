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


@pytest.mark.parametrize("text,name,role", [
    ("On Thursday spokeswoman Ilse Brandt said Austria regretted the decision.", "Ilse Brandt", "spokeswoman"),
    ("Late on Monday foreign ministry spokesman Tomas Halvorsen rejected the charge.", "Tomas Halvorsen",
     "foreign ministry spokesman"),
    ("In October ambassador Rui Pedrosa returned to Lisbon for consultations.", "Rui Pedrosa", "ambassador"),
])
def test_a_day_or_month_before_the_title_is_no_part_of_it(reader, text, name, role):
    actor = next(a for a in reader.read(text, published="2024-11-08").actors if a.name == name)
    assert (actor.role or "").lower() == role
