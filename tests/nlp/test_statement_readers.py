"""A body's statement given by a named spokesman (sentences written for these tests): the person who gave
it spoke its words ("in a statement from spokesman X", "in a statement read by X")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,words,speaker", [
    ("The Chinese foreign ministry, in a statement from spokesman Lin Jian, said Beijing had lodged a protest "
     "with Manila.", "lodged a protest", "Lin Jian"),
    ("In a joint statement read on national radio by Colonel Amadou Abdramane, the military rulers said the "
     "embargo was a grave injustice.", "grave injustice", "Amadou Abdramane"),
    ("In a joint statement read by Colonel Amadou Abdramane, the juntas described the embargo as a "
     "\"grave injustice\".", "grave injustice", "Amadou Abdramane"),
])
def test_the_spokesman_who_gave_a_statement_is_its_speaker(reader, text, words, speaker):
    found = [s for s in reader.read(text, published="2025-06-12").statements if words in s.quote]
    assert found and found[0].speaker.name == speaker


def test_a_statement_from_an_office_keeps_its_body(reader):
    text = "The ministry said in a statement from its press office that Beijing had lodged a protest."
    found = [s for s in reader.read(text, published="2025-06-12").statements if "lodged a protest" in s.quote]
    assert found and found[0].speaker.name != "press office"


@pytest.mark.parametrize("text,words,speaker", [
    ("Lukashenko told reporters in Minsk that the visit had gone well. A statement from his government later "
     "called the talks constructive.", "talks constructive",
     "Belarusian government"),
])
def test_a_statement_from_his_government_is_the_speakers_government(reader, text, words, speaker):
    found = [s for s in reader.read(text, published="2025-06-12").statements if words in s.quote]
    assert found and found[0].speaker.name == speaker and found[0].speaker.actor_id == "state:BLR"
