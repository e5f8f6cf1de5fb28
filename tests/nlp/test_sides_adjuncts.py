"""A subjectless adjunct takes the subject of the clause it modifies (detente.nlp.sides.clause_subject):
"Speaking after talks with X, Y said ..." makes Y a party to the talks.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,talker,other", [
    ("Speaking in Paris after talks with French President Emmanuel Macron, Chancellor Olaf Scholz insisted "
     "that Europe must stay united.", "Olaf Scholz", "Emmanuel Macron"),
    ("Speaking in Tokyo after a meeting with Japanese Prime Minister Shigeru Ishiba, Australian Prime "
     "Minister Anthony Albanese said the two countries would deepen defence ties.", "Anthony Albanese",
     "Shigeru Ishiba"),
])
def test_the_adjuncts_implicit_subject_held_the_talks(reader, text, talker, other):
    events = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert events
    names = [a.name for a in events[0].source + events[0].target]
    assert talker in names and other in names
