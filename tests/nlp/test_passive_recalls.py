"""A recall told in the passive, with no agent: the envoy moved is the recaller's own, so the envoy's state
is the source (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-10-08"

CASES = [
    # the relative pronoun stands for the envoy its clause describes
    ("Italy's ambassador to Peru, who was called home for consultations on Monday, will stay in Rome.", "ITA", "PER"),
    # a plain passive: the possessor of the envoy noun is the recalling state
    ("Italy's ambassador to Peru was recalled on Monday.", "ITA", "PER"),
]


@pytest.mark.parametrize("text,source,target", CASES, ids=[c[0][:40] for c in CASES])
def test_passive_recall_is_the_envoys_states(reader, text, source, target):
    events = reader.read(text, published=PUBLISHED).events
    recalls = [e for e in events if e.type == "SANCTION" and e.mode == "withdraw"]
    assert recalls, [(e.type, e.mode) for e in events]
    assert [r.country for r in recalls[0].source] == [source]
    assert target in [r.country for r in recalls[0].target]
