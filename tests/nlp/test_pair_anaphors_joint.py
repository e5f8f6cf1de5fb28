"""A pair (or group) anaphor doing a one-way act (session 12): "both leaders called for a truce", "both
governments said they opposed X's moves", "the ministers condemned the bombing" put every party of the
engagement on the acting side; the target is only what the clause names beyond them.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-20"
MEETING = ("Chilean President Gabriel Boric hosted Argentine President Javier Milei in Santiago on Tuesday. "
           "The two leaders signed an accord on lithium mining. ")


def events_in(reader, text, sentence_start, kind):
    return [e for e in reader.read(text, published=PUBLISHED).events
            if e.evidence.sentence.startswith(sentence_start) and e.type == kind]


def source_countries(event) -> set[str]:
    return {a.country for a in event.source}


@pytest.mark.parametrize("anaphor, kind", [
    ("Both leaders called for an end to the fighting in Sudan.", "REQUEST"),
    ("The two presidents condemned the bombing of a hospital in Khartoum.", "ACCUSE"),
    ("Both governments said they opposed any attempt by Britain to extend its fishing zone.", "ACCUSE"),
])
def test_a_pair_acting_on_a_third_party_acts_side_by_side(reader, anaphor, kind):
    found = events_in(reader, MEETING + anaphor, anaphor[:12], kind)
    assert found and all(source_countries(e) >= {"CHL", "ARG"} for e in found), \
        [(e.type, source_countries(e), [a.country for a in e.target]) for e in found]
    assert all(not {a.country for a in e.target} & {"CHL", "ARG"} for e in found)


GROUP = ("Kenyan Foreign Minister Musalia Mudavadi hosted Ugandan Foreign Minister Jeje Odongo, Tanzanian Foreign "
         "Minister January Makamba and Rwandan Foreign Minister Olivier Nduhungirehe in Nairobi on Monday. ")


def test_the_ministers_of_a_larger_meeting_are_all_its_parties(reader):
    anaphor = "In a joint statement, the ministers denounced the massacre of villagers near Goma."
    found = events_in(reader, GROUP + anaphor, anaphor[:12], "ACCUSE")
    assert found and all(len(source_countries(e) & {"KEN", "UGA", "TZA", "RWA"}) >= 3 for e in found), \
        [(e.type, source_countries(e)) for e in found]


def test_a_pair_accusing_each_other_stays_a_pair(reader):
    anaphor = "The two leaders accused each other of stalling the border talks."
    found = events_in(reader, MEETING + anaphor, anaphor[:12], "ACCUSE")
    assert not found or all({a.country for a in e.target} & {"CHL", "ARG"} for e in found)
