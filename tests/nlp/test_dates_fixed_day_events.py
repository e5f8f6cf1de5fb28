"""A day known by name that the tagger reads as an EVENT ("New Year's Eve 2019") still dates the act told
with it (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-14"


@pytest.mark.parametrize("phrase, day", [
    ("on New Year's Eve 2019", "2019-12-31"),
    ("on Christmas Eve 2018", "2018-12-24"),
])
def test_named_day_is_a_date(reader, phrase, day):
    text = f"Chile and Peru signed a fisheries accord {phrase}, hours before the old quotas lapsed."
    dates = [s._.date.value for s in _dates(reader, text)]
    assert day in dates, dates


def _dates(reader, text):
    doc = reader._new_doc(text, published=PUBLISHED)
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    return doc.spans["dates"]


@pytest.mark.parametrize("text, named", [
    ("New Year's Eve 2019", True),
    ("the Christmas Eve", True),
    ("the Christmas truce", False),
    ("New Year talks", False),
])
def test_names_fixed_day(text, named):
    from detente.events.dates import names_fixed_day
    assert names_fixed_day(text) is named
