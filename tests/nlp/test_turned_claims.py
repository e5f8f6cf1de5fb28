"""Claims turned under one cue ("said A, but that B") are two statements (README convention 23), on
sentences written for these tests."""

from __future__ import annotations

import pytest


def _said(reader, text, cue="said"):
    return [s for s in reader.read(text, published="2025-05-20").statements if s.cue == cue]


@pytest.mark.parametrize("text,cue,first,second", [
    ("The envoy said his country wanted calm but that it would answer any raid.", "said",
     "his country wanted calm", "it would answer any raid"),
    ("Foreign Minister Anna Berg said on Monday that Oslo valued the talks, but that Moscow must withdraw its troops.",
     "said", "Oslo valued the talks", "Moscow must withdraw its troops"),
    ("The president told reporters that Brazil sought good relations yet that it would not accept any tariffs.",
     "told", "Brazil sought good relations", "it would not accept any tariffs"),
    # the second clause hung on the cue itself, after a clause reporting another cue
    ("The minister said she had told Lavrov that the two states could talk, each in its own capital, but that "
     "Finland would never accept Russian troops on its soil.", "said", "the two states could talk",
     "Finland would never accept Russian troops on its soil"),
])
def test_a_turned_that_clause_is_a_statement_of_its_own(reader, text, cue, first, second):
    found = _said(reader, text, cue)
    assert len(found) == 2
    assert first in found[0].quote and second not in found[0].quote
    assert found[1].quote == second
    assert found[0].speaker.name == found[1].speaker.name


@pytest.mark.parametrize("text", [
    "The envoy said the talks were hard but useful.",
    "The envoy said the ministers had met in Geneva and signed the accord.",
])
def test_claims_not_turned_by_a_second_that_clause_stay_one_statement(reader, text):
    assert len(_said(reader, text)) == 1
