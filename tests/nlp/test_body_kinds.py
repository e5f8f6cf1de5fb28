"""A body's sector from the noun heading its name."""

from __future__ import annotations

import pytest

from detente.nlp.body_kinds import body_sector


@pytest.mark.parametrize("name, sector", [
    ("Military Court of Appeal", "JUD"),     # a court, though "Military" stands in it
    ("Supreme Tribunal", "JUD"),
    ("Border Police", "COP"),
    ("Federal Security Service", "SPY"),     # a general head: the words before it tell
    ("Defence Intelligence Agency", "SPY"),
    ("Northern Fleet", "MIL"),
    ("Revolutionary Guards", "MIL"),
    ("National Assembly Legislature", "LEG"),
    ("State Customs Committee", None),        # a committee says nothing by itself
    ("Trade Service", None),
])
def test_body_sector_from_its_head(reader, name, sector):
    assert body_sector(reader.nlp.make_doc(name)[:]) == sector
