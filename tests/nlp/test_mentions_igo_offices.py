"""Offices of international bodies: "the U.N. human rights office" is that office (written with dotted
initials), and a national who holds or held an international body's office is on that body's side."""

from __future__ import annotations

import pytest


def _actor(reader, text, word, published):
    actors = reader.read(text, published=published).actors
    return next((a for a in actors if word in a.name.lower() or any(word in m.lower() for m in a.mentions)), None)


def test_dotted_un_office_is_the_office(reader):
    text = "The U.N. human rights office said on Friday it was alarmed by the arrests in the capital."
    office = _actor(reader, text, "human rights office", "2024-02-17")
    assert office is not None and office.country == "UNO" and office.sector == "IGO" and office.name != "United Nations"


@pytest.mark.parametrize("text, word, published, country", [
    # in office on the day: the court's president is on the U.N. side, not her state's
    ("Joan Donoghue read out the order in The Hague on Friday.", "donoghue", "2024-01-27", "UNO"),
    # out of office: a former U.N. rights chief is still coded on the U.N. side
    ("Michelle Bachelet visited Caracas in 2019 and met ministers.", "bachelet", "2024-02-17", "UNO"),
])
def test_igo_office_holders_are_on_the_bodys_side(reader, text, word, published, country):
    person = _actor(reader, text, word, published)
    assert person is not None and person.country == country
