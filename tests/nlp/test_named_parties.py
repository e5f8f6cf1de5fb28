"""Named parties of unknown country facing a known state (detente.nlp.named_parties): a person the
knowledge base does not know is not placed in the country it deals with, but in the other state of the
article's main pair.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-07"

PAIR = ("Chile and Peru have quarrelled over fishing quotas for months. Chilean officials met Peruvian "
        "officials in Lima last week. ")


def _sides(reader, text, type_):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == type_]
    assert events, [e.type for e in reader.read(text, published=PUBLISHED).events]
    return [(a.name, a.country) for e in events for a in e.source + e.target]


@pytest.mark.parametrize("text,type_,person,country", [
    # the one blamed deals with Peru, whose ministry blames him
    (PAIR + "Peru's foreign ministry on Tuesday blamed Fisheries Minister Rodrigo Alvenzara for the "
     "collapse of the talks.", "ACCUSE", "Rodrigo Alvenzara", "CHL"),
    # the doer summons the head of Peru's embassy: he is not Peruvian
    (PAIR + "Deputy Foreign Minister Ignacio Berrutalde summoned the acting head of the Peruvian embassy "
     "on Monday to lodge a protest.", "ACCUSE", "Ignacio Berrutalde", "CHL"),
    # the one Lima backs is of the other state
    (PAIR + "Lima recognised opposition leader Tomas Quilmarido as the rightful winner on Friday.",
     "SUPPORT", "Tomas Quilmarido", "CHL"),
])
def test_a_party_is_not_placed_in_the_country_it_faces(reader, text, type_, person, country):
    sides = _sides(reader, text, type_)
    assert (person, country) in sides, sides
