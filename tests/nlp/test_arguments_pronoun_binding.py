"""Object pronouns (session 8): "X thanked him" is never X; under a pair subject ("the two leaders thanked
him") it is neither of the pair; "thanked him for his visit": the possessive is the object's.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-08-10"
MET = "Chinese President Xi Jinping met U.S. Secretary of State Antony Blinken in Beijing on Friday. "


@pytest.mark.parametrize("second", ["Xi thanked him for his efforts.", "Xi praised him for his patience."])
def test_an_object_pronoun_is_not_its_verbs_subject(reader, second):
    events = [e for e in reader.read(MET + second, published=PUBLISHED).events if e.evidence.sentence == second]
    assert events and [a.name for a in events[0].target] == ["Antony Blinken"], [(e.type, e.target) for e in events]


def test_the_possessive_beside_an_object_pronoun_is_the_objects(reader):
    second = "Xi thanked him for his visit."
    visits = [e for e in reader.read(MET + second, published=PUBLISHED).events if e.type == "CONSULT"]
    assert [(e.trigger, [a.name for a in e.source]) for e in visits] == [("met", ["Antony Blinken"])]
