"""Stance of denials spelled out by a participle, costs promised to the other side and words of praise,
on sentences written for these tests."""

from __future__ import annotations

import pytest

STANCES = [
    # text, words of the statement, stance
    # a denial spelled out by a participle is neutral by itself (convention 17) ...
    ("The Chinese foreign ministry rejected the charge on Friday, saying its oil purchases from Iran were "
     "ordinary commerce.", "ordinary commerce", "neutral"),
    ("Beijing dismissed the complaints, saying the patrols had kept to the rules.", "kept to the rules", "neutral"),
    # ... and takes a side only by its words
    ("Beijing dismissed the complaints, saying the patrols had kept to the rules and calling the protest "
     "absurd slander.", "kept to the rules", "hostile"),
    # a denial that turns on the accuser: the charge has nothing to rest on (convention 17)
    ("Spokesman Nasser Kanaani said the claims came with no proof at all.", "no proof", "hostile"),
    ("Spokesman Nasser Kanaani said London had not offered any evidence.", "any evidence", "hostile"),
    # a cost promised to the other side warns with no condition; a past cost only tells
    ("Deputy Foreign Minister Ali Bagheri warned that Britain would have to pay a heavy price.",
     "heavy price", "hostile"),
    ("Defence Minister Yoav Gallant said Israel would exact a price from Hezbollah.", "exact a price", "hostile"),
    ("Finance Minister Nirmala Sitharaman said India had paid a high price for its reforms.",
     "high price", "neutral"),
    # praise for the other side's leader or for meeting him
    ("President Donald Trump said the Turkish president was an intelligent leader.", "intelligent leader",
     "conciliatory"),
    ("Prime Minister Narendra Modi said he was honoured to welcome the king.", "honoured", "conciliatory"),
]


@pytest.mark.parametrize("text,words,stance", STANCES, ids=[s[1] for s in STANCES])
def test_stance_of_denials_costs_and_praise(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance


def test_a_charge_rejected_in_the_passive_is_no_rebuff(reader):
    readout = reader.read('Spokesman Nasser Kanaani said the accusation was "flatly rejected".',
                          published="2025-03-01")
    found = [st for st in readout.statements if "flatly rejected" in st.quote]
    assert found and found[0].stance == "neutral"
