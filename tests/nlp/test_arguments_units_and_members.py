"""Who an argument names: a craft or unit of a named body acts for the body, as its people do
("a Chinese coast guard cutter rammed ..." is the China Coast Guard); a subject "it" opening its sentence
is the previous sentence's subject; the one named among a group ("including ..., NAME") stands for it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A Chinese coast guard cutter rammed a Vietnamese trawler near the Paracels on Sunday.",
    "Two Chinese coast guard boats blocked a Philippine supply mission near the reef on Monday.",
])
def test_a_craft_of_a_named_body_is_the_body(reader, text):
    events = reader.read(text, published="2024-08-12").events
    sources = [a.name for e in events for a in e.source]
    assert "China Coast Guard" in sources, [(e.type, [a.name for a in e.source]) for e in events]


@pytest.mark.parametrize("text,trigger,source", [
    ("Chile's foreign ministry said it was cutting trade links because it had lost trust in the Bolivian "
     "government's promises. It then ordered four Bolivian diplomats to leave within a week.", "ordered", "CHL"),
    ("Norway's government said it would review the accord after the Russian navy's drills. It then expelled "
     "two Russian envoys.", "expelled", "NOR"),
])
def test_an_opening_it_is_the_previous_sentences_subject(reader, text, trigger, source):
    events = reader.read(text, published="2024-08-12").events
    event = next(e for e in events if e.trigger == trigger)
    assert [a.country for a in event.source][:1] == [source], event.source


@pytest.mark.parametrize("text,name", [
    ("Lima ordered five Chilean diplomats, including the consul general, Marta Rojas Vidal, to leave.",
     "Marta Rojas Vidal"),
    ("Oslo expelled three Russian diplomats, including the deputy envoy, Ilya Sorokin, on Friday.", "Ilya Sorokin"),
])
def test_the_one_named_among_a_group_stands_for_it(reader, text, name):
    events = reader.read(text, published="2024-08-12").events
    assert any(name in [a.name for a in e.target] for e in events), [(e.type, e.target) for e in events]
