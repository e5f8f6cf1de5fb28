"""The PLOVER-strict projection of status-bearing events."""

from __future__ import annotations

import pytest

from detente.events.plover_strict import project, project_all


def _event(type_, status, mode=None):
    return {"type": type_, "status": status, "mode": mode, "context": []}


@pytest.mark.parametrize("type_,status,mode,want_type,want_mode,want_context", [
    ("CONSULT", "occurred", "phone", "CONSULT", "phone", []),
    ("CONSULT", "proposed", "phone", "AGREE", "phone", ["future"]),
    ("CONSULT", "planned", None, "AGREE", None, ["future"]),
    ("CONSULT", "under_consideration", "multilateral", "AGREE", "multilateral", ["hypothetical"]),
    ("CONSULT", "declined", None, "REJECT", "meet", []),
    ("CONSULT", "cancelled", None, "REJECT", "meet", []),
    ("THREATEN", "hypothetical", None, "THREATEN", None, ["hypothetical"]),
    ("SANCTION", "planned", None, "THREATEN", "relations", ["future"]),
    ("SANCTION", "planned", "expel", "THREATEN", "expel", ["future"]),
    ("PROTEST", "planned", "demo", "THREATEN", "restrict", ["future"]),
    ("COERCE", "proposed", "arrest", "THREATEN", "arrest", ["future"]),
    ("ASSAULT", "hypothetical", "aerial", "THREATEN", "violence", ["hypothetical"]),
    ("RETREAT", "planned", "withdraw", "AGREE", "withdraw", ["future"]),
    ("MOBILIZE", "planned", "troops", "MOBILIZE", "troops", ["future"]),
    ("CONSULT", "hypothetical", None, "AGREE", None, ["hypothetical"]),  # "would meet X if ...": an offer
    ("AID", "hypothetical", None, "AGREE", None, ["hypothetical"]),
    ("MOBILIZE", "hypothetical", "troops", "MOBILIZE", "troops", ["hypothetical"]),
])
def test_projection(type_, status, mode, want_type, want_mode, want_context):
    out = project(_event(type_, status, mode))
    assert (out["type"], out["mode"], out["context"]) == (want_type, want_mode, want_context)


@pytest.mark.parametrize("type_,status", [("CONSULT", "negated"), ("ASSAULT", "cancelled")])
def test_dropped(type_, status):
    assert project(_event(type_, status)) is None


def test_project_all_keeps_input_untouched():
    events = [_event("CONSULT", "proposed"), _event("ASSAULT", "negated")]
    out = project_all(events)
    assert [e["type"] for e in out] == ["AGREE"] and events[0]["type"] == "CONSULT"
