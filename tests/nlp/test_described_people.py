""""The <demonym> minister" is the person of that state holding such an office whom the text has just named
(session 18).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, published, person", [
    ("Marles and Indonesian Defence Minister Prabowo Subianto met in Jakarta last week. Prabowo and Prime "
     "Minister Anthony Albanese announced the deal on Tuesday, when the Indonesian minister visited Canberra.",
     "2024-09-01", "Prabowo Subianto"),
])
def test_described_office_holder_is_the_person_named(reader, text, published, person):
    events = [e for e in reader.read(text, published=published).events if e.type == "CONSULT"]
    visit = next(e for e in events if "visited" in e.evidence.sentence and "Canberra" in e.evidence.sentence)
    names = [a.name for a in visit.source + visit.target]
    assert person in names and not any("minister" in n for n in names), names


@pytest.mark.parametrize("text, published, verb, person", [
    # a bare "the envoy" / "the ambassador": the envoy the text has just named
    ("Lithuania expelled Ambassador Arvid Nordqvist of Sweden last week. On Monday Foreign Minister Gabrielius "
     "Landsbergis condemned the envoy in a speech.", "2024-03-04", "condemned", "Arvid Nordqvist"),
    ("Chile recalled Ambassador Paula Herrera from Lima in May. Peruvian Foreign Minister Javier Gonzalez-Olaechea "
     "criticised the ambassador on Tuesday.", "2024-06-04", "criticised", "Paula Herrera"),
    # "his guest": the person of the other state whom the possessor receives or visits
    ("President Emmanuel Macron welcomed Polish President Andrzej Duda to Paris. Macron thanked his guest for "
     "Poland's help to Ukraine.", "2024-05-14", "thanked", "Andrzej Duda"),
])
def test_role_anaphor_is_the_person_named(reader, text, published, verb, person):
    events = [e for e in reader.read(text, published=published).events if verb in e.evidence.sentence]
    assert any(person in [a.name for a in e.target] for e in events), \
        [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in events]
