"""What two sides settle at a meeting takes the meeting's place over weaker places: the dateline city where
the report was filed, or an organisation named as if it were a place."""

import pytest

from readout_helpers import located

PUBLISHED = "2025-03-11"


def _located(reader, text, type_):
    return located(reader, text, type_, PUBLISHED)


@pytest.mark.parametrize("text, type_, country", [
    # a joint act told just after the meeting of the same leaders that day: where they met, not the dateline
    ("OSLO — Swedish Prime Minister Ulf Kristersson met Finnish President Alexander Stubb in Helsinki on "
     "Monday.\n\nIn a joint statement, the two leaders agreed to expand their defence cooperation.",
     "AGREE", "FIN"),
    # pledged "at the forum" of an organisation: the organisation is no territory, the meeting's city is
    ("Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese met in Seoul on "
     "Monday, agreeing at the Asia-Pacific Economic Cooperation forum to deepen their trade ties.",
     "AGREE", "KOR"),
])
def test_meeting_act_takes_meeting_place(reader, text, type_, country):
    assert _located(reader, text, type_) == [country]


@pytest.mark.parametrize("text, type_, country", [
    # a demand the day after the meeting, from home: the meeting does not place it
    ("OSLO — Swedish Prime Minister Ulf Kristersson met Finnish President Alexander Stubb in Helsinki on "
     "Monday.\n\nOn Tuesday, Kristersson urged Finland to raise its defence spending.", "REQUEST", "FIN"),
])
def test_other_day_act_keeps_off_meeting_place(reader, text, type_, country):
    assert country not in _located(reader, text, type_)
