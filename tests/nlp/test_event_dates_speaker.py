"""A speaker's own statement act told inside the speaker's dated report was made that day (sentences
written for these tests), even where the parser hangs it inside the reported clause."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday
# a lead that names another, undated event: the report is not the lead, whose day would date it anyway
LEADS = ["TOKYO — China has ruled out a meeting between Premier Li Qiang and Prime Minister Fumio Kishida at "
         "next week's summit in Lima. ",
         "MANILA — China has ruled out talks between Foreign Minister Wang Yi and his Philippine counterpart at "
         "next week's regional forum in Vientiane. "]

OWN_ACTS = [
    # the parser hangs "and repeated ..." inside the clause of "that", not on "said"
    (LEADS[0] + "Foreign ministry spokeswoman Mao Ning said on Thursday that Li had no plans to meet the Japanese "
     "leader, and repeated Beijing's demand that Tokyo withdraw its comments.", "demand", "2024-06-13"),
    (LEADS[1] + "Foreign ministry spokesman Lin Jian said on Wednesday that Wang had no plans to see his Philippine "
     "counterpart, and repeated Beijing's demand that Manila tow the vessel away.", "demand", "2024-06-12"),
]


@pytest.mark.parametrize("text,trigger,day", OWN_ACTS, ids=["japan", "philippines"])
def test_the_speakers_act_takes_the_day_of_the_report(reader, text, trigger, day):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and event.date.value == day


def test_a_demand_by_another_side_is_not_dated_by_the_report(reader):
    text = LEADS[1] + "Spokesman Lin Jian said on Thursday that Manila had demanded that China withdraw."
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "REQUEST"]
    assert all(e.date is None or e.date.value != "2024-06-13" for e in events)
