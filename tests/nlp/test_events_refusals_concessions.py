"""Refusing a thing by a negated "accept" is REJECT; curbs undone and terms taken up are CONCEDE (sentences
written for these tests)."""

from __future__ import annotations

import pytest


def _types(reader, text):
    return [e.type for e in reader.read(text, published="2025-03-04").events]


@pytest.mark.parametrize("text", [
    "Hungary said it will not accept the agreement in its present form.",
    "Chile said it would never accept mediation.",
])
def test_a_thing_not_accepted_is_rejected(reader, text):
    types = _types(reader, text)
    assert "REJECT" in types and "AGREE" not in types and "CONSULT" not in types


@pytest.mark.parametrize("text", [
    "Chile will revoke a decree that imposed curbs on trade with Peru.",
    "Georgia accepted Armenia's proposals on the remaining articles.",
])
def test_easings_and_terms_taken_up_are_concessions(reader, text):
    events = reader.read(text, published="2025-03-04").events
    told = {e.trigger: e.type for e in events}
    assert told.get("revoke", told.get("accepted")) == "CONCEDE"


@pytest.mark.parametrize("text", [
    "Chile will revoke the visas of Peruvian diplomats.",      # guard: a revocation that curbs stays no easing
    "Georgia accepted a Turkish proposal for a ceasefire.",   # guard: a proposal for an act is that act's
])
def test_other_revocations_and_acceptances_are_no_concessions(reader, text):
    assert "CONCEDE" not in _types(reader, text)
