"""A pair anaphor as the OBJECT of an act ("urged the two sides", "telephoned both leaders", "called on both
governments"): the act is aimed at the pair told before it, the doer stays its subject, and a verb conjoined
to the act with no recipient of its own is aimed at the pair too.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"


def events_in(reader, text, sentence_start):
    return [e for e in reader.read(text, published=PUBLISHED).events if e.evidence.sentence.startswith(sentence_start)]


@pytest.mark.parametrize("before, act, doer, pair", [
    ("Pakistan and Iran exchanged missile strikes on Tuesday.",
     "China urged the two sides on Wednesday to show restraint.", "CHN", {"PAK", "IRN"}),
    ("Ethiopian Prime Minister Abiy Ahmed met Somali President Hassan Sheikh Mohamud in Nairobi on Monday.",
     "Kenya's President William Ruto urged both leaders to keep talking.", "KEN", {"ETH", "SOM"}),
    ("Serbia and Kosovo signed a trade deal on Monday.",
     "Germany urged both governments to honour it.", "DEU", {"SRB", "XKX"}),
    ("Armenia and Azerbaijan signed a border accord on Friday.",
     "France called on both governments to respect the deal.", "FRA", {"ARM", "AZE"}),
])
def test_a_pair_anaphor_object_is_the_pair_told_before(reader, before, act, doer, pair):
    found = [e for e in events_in(reader, f"{before} {act}", act[:12]) if e.type in {"REQUEST", "CONSULT"}]
    assert found, act
    for e in found:
        assert {a.country for a in e.source} == {doer}, (e.type, [a.country for a in e.source])
        assert {a.country for a in e.target} == pair, (e.type, [a.country for a in e.target])


def test_the_pair_is_one_the_doer_is_not_in(reader):
    text = ("Thailand and Cambodia agreed to a ceasefire on Monday. Trump signed a trade pact with Cambodia on "
            "Tuesday. Earlier, Trump telephoned both leaders on Sunday.")
    found = [e for e in events_in(reader, text, "Earlier, Trump") if e.type == "CONSULT"]
    assert found and all({a.country for a in e.target} == {"THA", "KHM"} for e in found), \
        [(e.type, [a.country for a in e.target]) for e in found]


@pytest.mark.parametrize("text", [
    "Serbia and Kosovo signed a trade deal on Monday. On Wednesday Austria urged the two sides to keep talking "
    "and warned that Vienna would cut its aid.",
    "Peru and Chile agreed on a maritime boundary in May. In June Ecuador called on both governments to publish "
    "the text and warned that Quito would go to court.",
])
def test_a_conjoined_warning_is_aimed_at_the_pair(reader, text):
    found = [e for e in reader.read(text, published=PUBLISHED).events if e.type in {"REQUEST", "THREATEN"}]
    assert {e.type for e in found} == {"REQUEST", "THREATEN"}, [e.type for e in found]
    pair = {"SRB", "XKX"} if "Serbia" in text else {"PER", "CHL"}
    assert all({a.country for a in e.target} == pair for e in found), \
        [(e.type, [a.country for a in e.target]) for e in found]
