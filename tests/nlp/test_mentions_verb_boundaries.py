"""Actor mentions: a verb the tagger ran into a name is no part of it ("Brazil's Lula met ...").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name", [
    ("Lula told reporters in Brasilia that Brazil would host the talks. "
     "Brazil's Lula met Argentine President Javier Milei on Friday.", "Luiz Inácio Lula da Silva"),
    ("Lula said in Brasilia that trade would top the agenda. "
     "Brazil's Lula met Colombian President Gustavo Petro on Monday.", "Luiz Inácio Lula da Silva"),
])
def test_a_verb_after_a_name_is_not_part_of_it(reader, text, name):
    actors = [a.name for a in reader.read(text, published="2025-06-20").actors]
    assert name in actors and not any(n.endswith(" met") for n in actors)


@pytest.mark.parametrize("text,state", [
    ("Li told the visitors at the Great Hall of the People that Beijing would buy more Australian beef.", "China"),
    ("Albanese told Xi at the Great Hall of the People that Canberra would speak up for its interests.", "Australia"),
])
def test_a_name_ends_where_a_clause_opens(reader, text, state):
    actors = [a.name for a in reader.read(text, published="2025-06-20").actors]
    assert state in actors and not any(" that " in n for n in actors), actors


@pytest.mark.parametrize("text", [
    "Macron, the first Group of Seven leader to call Lee after the vote, praised him.",
    "Meloni, the second Group of Seven leader to visit Kyiv this year, pledged more aid.",
])
def test_a_name_cut_short_is_no_actor(reader, text):
    actors = [a.name for a in reader.read(text, published="2025-06-20").actors]
    assert "G7" in actors and not any(n.split()[-1] in {"of", "and"} or "Group" in n for n in actors), actors


@pytest.mark.parametrize("text,name", [
    ("The Treasury Department's Office of Foreign Assets Control placed Petro, his wife and his son on its list.",
     "Gustavo Petro"),
])
def test_a_name_run_into_its_clauses_verb_ends_before_it(reader, text, name):
    actors = [a.name for a in reader.read(text, published="2025-06-20").actors]
    assert name in actors and not any(" placed" in n for n in actors), actors
