"""A second act of speech joined to a speaker's words ("said A and urged B", "said A, adding that B") starts
its own statement (joined_acts, README convention 16), on sentences written for these tests."""

from __future__ import annotations

import pytest


def _quotes(reader, text):
    return [(s.cue, s.quote, s.stance) for s in reader.read(text, published="2025-04-02").statements]


@pytest.mark.parametrize("text,first,cue,second", [
    ("The foreign ministry said it was alarmed by the drills and urged Minsk to show restraint.",
     "it was alarmed by the drills", "urged", "Minsk to show restraint"),
    ("The ministry said Riga had offered no proof of the plot, adding that Latvia respected its neighbours.",
     "Riga had offered no proof of the plot", "adding", "Latvia respected its neighbours"),
    ("The president said Peru opposed any blockade of the port and called for talks.",
     "Peru opposed any blockade of the port", "called", "for talks"),
])
def test_a_joined_act_is_a_statement_of_its_own(reader, text, first, cue, second):
    found = _quotes(reader, text)
    said = [q for c, q, _ in found if c == "said"]
    assert said == [first], found
    assert any(c == cue and q == second for c, q, _ in found), found


@pytest.mark.parametrize("text", [
    # a verb of the reported party's own, with its own subject or sharing "had", stays in the words
    "The minister said the rebels had attacked the town and threatened its mayor.",
    # joined nouns are one claim ("said A and that B" is two by convention 16: tests/nlp/test_coordinated_claims.py)
    "The envoy said Quito wanted calm and stability on the border.",
])
def test_words_with_no_joined_act_stay_one_statement(reader, text):
    found = _quotes(reader, text)
    assert len([q for c, q, _ in found if c == "said"]) == 1, found


@pytest.mark.parametrize("text,words,stance", [
    ("The State Department said it was deeply concerned and urged Hanoi to act with care.",
     "it was deeply concerned", "hostile"),
    ("The chancellor said Berlin opposed any act that violated the border and urged both sides to talk.",
     "Berlin opposed any act that violated the border", "hostile"),
])
def test_each_part_takes_its_own_stance(reader, text, words, stance):
    found = [s for s in reader.read(text, published="2025-04-02").statements if s.quote == words]
    assert found and found[0].stance == stance, _quotes(reader, text)
