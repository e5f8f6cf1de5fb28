"""A subject naming a group of states (session 12): "the foreign ministers of A, B and C", "the governments of
A, B and C", and a "they" taking one up (in the clause reporting it, or opening the next sentence), stand for
every member, not the first one named; what the clause names beyond the group stays the target.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-14"


def events_in(reader, text, sentence_start, kind):
    return [e for e in reader.read(text, published=PUBLISHED).events
            if e.evidence.sentence.startswith(sentence_start) and e.type == kind]


def countries(side) -> set[str]:
    return {a.country for a in side}


@pytest.mark.parametrize("sentence, kind", [
    ("The interior ministers of Kenya, Uganda and Tanzania condemned the raid on the refugee camp.", "ACCUSE"),
    ("The governments of Kenya, Uganda and Tanzania said they were quitting the regional trade bloc.", "SANCTION"),
])
def test_a_group_subject_is_all_its_states(reader, sentence, kind):
    found = events_in(reader, sentence, sentence[:12], kind)
    assert found and all(countries(e.source) >= {"KEN", "UGA", "TZA"} for e in found), \
        [(e.type, countries(e.source), countries(e.target)) for e in found]


def test_they_opening_the_next_sentence_is_the_whole_group(reader):
    text = ("The governments of Kenya, Uganda and Tanzania met in Geneva on Monday. "
            "They accused Sudan of arming the militias along their borders.")
    found = events_in(reader, text, "They accused", "ACCUSE")
    assert found and all(countries(e.source) >= {"KEN", "UGA", "TZA"} and "SDN" in countries(e.target)
                         for e in found), [(countries(e.source), countries(e.target)) for e in found]


def test_they_after_a_counted_group_is_the_whole_group(reader):
    text = ("Kenya, Uganda and Tanzania announced on Monday that they would scrap fees on lorries. "
            "In a joint letter the three governments called the fees a burden. "
            "They denounced Sudan for closing the border crossing.")
    found = events_in(reader, text, "They denounced", "ACCUSE")
    assert found and all(countries(e.source) >= {"KEN", "UGA", "TZA"} for e in found), \
        [(countries(e.source), countries(e.target)) for e in found]


def test_an_act_the_group_condemns_is_not_theirs(reader):
    text = "The foreign ministers of Kenya, Uganda and Tanzania condemned the bombing of the market in Juba."
    found = events_in(reader, text, "The foreign", "ASSAULT")
    assert all(not countries(e.source) >= {"KEN", "UGA", "TZA"} for e in found)


def test_they_after_a_counted_group_in_an_aside_is_the_whole_group(reader):
    text = ("Kenya, Uganda, Tanzania and Rwanda pledged on Monday to reopen their shared border crossings. "
            "Kenyan Foreign Minister Musalia Mudavadi hosted his counterparts in Nairobi, the third time the four "
            "have gathered this year. "
            "They accused Sudan of arming the militias along their borders.")
    found = events_in(reader, text, "They accused", "ACCUSE")
    assert found and all(countries(e.source) >= {"KEN", "UGA", "TZA", "RWA"} for e in found), \
        [(countries(e.source), countries(e.target)) for e in found]
