"""A signing's place hung by the parser on the party of its object's "with" phrase (detente.nlp.places)."""

import pytest

from readout_helpers import located

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize("text, country", [
    ("Chile signed a mining accord with Peru in Lima on Friday.", "PER"),
    ("Kenya concluded a defence pact with Ethiopia in Addis Ababa on Tuesday.", "ETH"),
])
def test_place_on_objects_partner_is_the_acts(reader, text, country):
    assert located(reader, text, "AGREE", PUBLISHED) == [country]


def test_a_year_on_the_partner_is_no_place(reader):
    assert located(reader, "Japan signed a trade deal with Vietnam in 2019.", "AGREE", PUBLISHED) == [None]
