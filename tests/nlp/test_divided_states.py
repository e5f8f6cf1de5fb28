"""In the story of a state divided in two, "the North's" and "the South's" own bodies as the names of the two
halves do ("the North's foreign ministry" is North Korea's), and a body so placed is the one the knowledge
base lists for that state.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word, country, name", [
    ("SEOUL — North Korea launched two missiles on Sunday. The North's foreign ministry called the drills a "
     "rehearsal for invasion.", "foreign ministry", "PRK", "North Korean Ministry of Foreign Affairs"),
    ("SEOUL — North Korea fired artillery near the border. The North's defence ministry said the drills were "
     "routine.", "defence ministry", "PRK", "North Korean Ministry of Defense"),
    ("North Korea accused Seoul of provocation on Friday. The South's foreign ministry rejected the charge as "
     "baseless.", "foreign ministry", "KOR", None),
])
def test_the_north_or_the_south_owns_a_body_in_a_divided_states_story(reader, text, word, country, name):
    actors = reader.read(text, published="2024-06-03").actors
    body = next(a for a in actors if any(word in m.lower() for m in a.mentions))
    assert body.country == country and (name is None or body.name == name)
