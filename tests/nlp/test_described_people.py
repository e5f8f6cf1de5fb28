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
