"""The person who makes a state's act public takes part for that state ("X wrote that his country had freed
the prisoners"), whichever side that state is on.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"


def people(reader, text, kind):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert events, [e.type for e in reader.read(text, published=PUBLISHED).events]
    return {a.name for e in events for a in e.source + e.target}


@pytest.mark.parametrize("text, kind, teller", [
    ("Salvadoran President Nayib Bukele wrote on X that El Salvador had freed all the Venezuelan detainees.",
     "RETREAT", "Nayib Bukele"),
    ("Trump said Turkey would buy a large number of American fighter jets.", "COOPERATE", "Donald Trump"),
    ("Beijing's commerce ministry spokesman, He Yadong, said China would impose new tariffs on Canadian canola.",
     "SANCTION", "He Yadong"),
])
def test_the_teller_of_a_state_act_takes_part_for_it(reader, text, kind, teller):
    assert teller in people(reader, text, kind)


@pytest.mark.parametrize("text, kind, teller", [
    # a conjoined predicate of the reported clause, through "go on" + gerund
    ("Chancellor Friedrich Merz said Germany had sent tanks to Ukraine and would go on backing its defence.",
     "SUPPORT", "Friedrich Merz"),
])
def test_the_teller_reaches_a_conjoined_reported_predicate(reader, text, kind, teller):
    assert teller in people(reader, text, kind)


def test_a_pronoun_teller_is_not_the_person_met_before_it(reader):
    text = ("Japanese Prime Minister Shigeru Ishiba arrived in Canberra on Sunday. In talks with Prime Minister "
            "Anthony Albanese on Monday, he said Japan was willing to work with Australia on joint naval patrols.")
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "COOPERATE"]
    assert events and all("Anthony Albanese" not in {a.name for a in e.source} for e in events)
