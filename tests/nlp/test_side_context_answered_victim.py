"""Whose act a victim condemns: "condemned the attack" after an attack on the critic's own state and another
act told later in the same passage answers the attack done to it (nlp/side_context.criticised_acts).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, critic, attacker", [
    ("Iran fired rockets at a port in Kuwait on Sunday, in retaliation for Israeli strikes on Tehran a day "
     "earlier. Kuwait's foreign ministry condemned the attack as a breach of its sovereignty.", "KWT", "IRN"),
    ("Russia fired missiles at a grain terminal in Romania on Friday, in retaliation for Ukrainian drone strikes "
     "on Moscow. Romania's foreign ministry condemned the attack as a breach of international law.", "ROU", "RUS"),
])
def test_a_victim_condemns_the_attack_done_to_it(reader, text, critic, attacker):
    events = reader.read(text, published="2025-06-01").events
    found = [e for e in events if e.type == "ACCUSE" and {a.country for a in e.source} == {critic}]
    assert found, [(e.type, [a.country for a in e.source], [a.country for a in e.target]) for e in events]
    assert {a.country for a in found[0].target} == {attacker}
