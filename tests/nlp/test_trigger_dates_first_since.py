"""An occasion told as the first since some moment ("his first trip to Egypt since 2012") is not dated by the
"since" phrase, which names the earlier moment (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-12"  # a Thursday


def _dates(reader, text):
    return {e.trigger: e.date for e in reader.read(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text, trigger", [
    ("Turkey's president held talks in Cairo on Wednesday, his first visit to Egypt since 2012.", "visit"),
    ("The Chilean president, on his first official visit to Peru since taking office in March, held talks with "
     "the Peruvian president in Lima.", "visit"),
    ("The two defence ministers held their first meeting since 2019 in Jakarta.", "meeting"),
])
def test_the_since_phrase_does_not_date_the_first_occasion(reader, text, trigger):
    got = _dates(reader, text).get(trigger)
    assert got is None or got.text not in {"2012", "March", "2019"}


def test_a_standing_act_since_a_moment_keeps_it(reader):
    """No "first": "has hosted the office since 2012" tells when the standing act began."""
    got = _dates(reader, "Qatar has hosted the group's political office since 2012.").get("hosted")
    assert got is not None and got.earliest == "2012-01-01"
