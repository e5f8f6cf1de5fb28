"""A pair anaphor made of a plural role noun ("the negotiators agreed") stands for the people an earlier
sentence named in apposition to that noun, not for the pair of the latest meeting told in between.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-12-01"


def agreeing(reader, text):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "AGREE"]
    assert events
    return {a.name for a in events[-1].source + events[-1].target}


@pytest.mark.parametrize("text, pair, other", [
    ("The two governments appointed negotiators, America's Scott Bessent and China's He Lifeng, in April. "
     "President Donald Trump met President Xi Jinping in Busan in October. In November the negotiators agreed "
     "to cut tariffs.", {"Scott Bessent", "He Lifeng"}, "Donald Trump"),
    ("Serbia and Kosovo named special envoys, Serbia's Aleksandar Vučić and Kosovo's Albin Kurti, in 2023. "
     "Chancellor Olaf Scholz met President Emmanuel Macron in Paris in May. In June the envoys agreed to reopen "
     "the crossing.", {"Aleksandar Vučić", "Albin Kurti"}, "Olaf Scholz"),
])
def test_the_role_noun_names_the_people_set_beside_it_before(reader, text, pair, other):
    people = agreeing(reader, text)
    assert pair <= people and other not in people
