"""Stance from diplomatic formulas (stance_formulas) and the evaluative words added beside them, on sentences
written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # text, words of the statement, stance
    # a firm refusal that carries its own negation is not denied by it
    ("Prime Minister Lars Holm said the island was not for sale.", "not for sale", "hostile"),
    ("The spokesman said Moscow had nothing to discuss with the new envoy.", "nothing to discuss", "hostile"),
    ("The chancellor said relations with Paris had never been better.", "never been better", "conciliatory"),
    ("The president said the new ambassador had let him down.", "let him down", "hostile"),
    # a response promised in measured words warns; an account demanded is a reproach
    ("The foreign minister said Caracas would respond appropriately.", "would respond appropriately",
     "hostile"),
    ("The foreign ministry said it expected a full explanation from Warsaw.", "full explanation", "hostile"),
    # a response promised by denying it will be withheld
    ("The army said the shelling of its posts would not go unanswered.", "not go unanswered", "hostile"),
    ("The president said he would not hesitate to order new strikes on the rebels.", "not hesitate", "hostile"),
    ("The minister said Oslo would not hesitate to help its neighbours.", "not hesitate", "neutral"),
    # a response on a condition the other side controls
    ("The general said the army would answer with force if the drones crossed again.", "answer with force",
     "hostile"),
    # a retaliation named as forced or legitimate; political prisoners and hostility to a nation charged
    ("Minsk described the new curbs as a forced response to the decision of Vilnius.", "forced response",
     "hostile"),
    ("The opposition leader said the junta still held dozens of political prisoners.", "political prisoners",
     "hostile"),
    ("Senator Reed said the administration would not coddle anti-Americanism.", "anti-Americanism", "hostile"),
    # standing with a side; a new start in relations
    ("President Aziz said his country stood with the Turkish people in these hard times.",
     "stood with the Turkish people", "conciliatory"),
    ("The prime minister said the summit marked a turning point in relations with Tokyo.", "turning point",
     "conciliatory"),
    # an overture kept away from or kept from the other side is refused
    ("The minister wrote that Kigali preferred to avoid dialogue whenever the two sides disagreed.",
     "avoid dialogue", "hostile"),
    ("Embassy officials said the scheme was designed to stop Fiji from cooperating with other countries.",
     "stop Fiji from cooperating", "hostile"),
    # an overture noun judged by a hostile adjective carries that judgment
    ("The ministry said the demolition was a very abnormal step.", "very abnormal step", "hostile"),
    # evaluative words of diplomacy: disproportion, disregard, delusion, approval denied, praise, sympathy
    ("The minister said the closure showed disregard for the rights of travellers.", "showed disregard",
     "hostile"),
    ("The ministry said the new visa rules were disproportionate.", "disproportionate", "hostile"),
    ("The ministry said Lisbon was living in neocolonial delusions.", "neocolonial delusions", "hostile"),
    ("He said the latest proposal from Ankara was not acceptable.", "not acceptable", "hostile"),
    ("The premier said both peoples should cherish what their grandparents had built.", "cherish",
     "conciliatory"),
    ("The king said the offer from Seoul was a beautiful and generous gesture.", "beautiful", "conciliatory"),
    # a commonplace that no side gains from a fight takes no side, whatever its words of war
    ("The commerce ministry said nobody wins a tariff war.", "nobody wins", "neutral"),
    ("The minister said there were no winners in a trade war.", "no winners", "neutral"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_diplomatic_formulas(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
