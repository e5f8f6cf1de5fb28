"""The PLOVER-strict projection: detente's status-bearing events mapped back to what PLOVER prescribes.

This is the one place the mapping lives (docs/readout-format.md points here). PLOVER has no status field;
its manual says (Auxiliary modes; AGREE):
- cooperative CONSULT / SUPPORT / COOPERATE / AID reported as an intention or in the future are coded AGREE;
- negated events "can be excluded": they are dropped;
- hypothetical and future events carry the auxiliary mode in `context` ("hypothetical", "future");
- past events stay as they are;
- joint actions ("X and Y met", reciprocal) list every party as actor and no recipient (manual,
  "Compound and Reciprocal Actors").

Intentions: the manual names CONSULT, SUPPORT, COOPERATE and AID; AGREE's own definition ("agree to,
offer, promise, or otherwise indicate willingness ... to cooperate") also covers promises of RETREAT and
CONCEDE, so every cooperative type (quad 1 and 2) is projected to AGREE. (The manual's CONCEDE and RETREAT
sections would keep "announced ... would withdraw troops" as CONCEDE; the PLOVER gold standard codes such
announcements AGREE, and we follow the published coding.) Conflictual acts
that are only announced or supposed are threats: the manual prefers the single category THREATEN to
ASSAULT + hypothetical, and THREATEN's modes name what is threatened (restrict, arrest, expel,
relations, territory, violence). A threat on an "if" ("warned X would pay if it refused") is already a
THREATEN that occurred in the readout (the warning was made; nlp/threat_acts.py), so it passes unchanged.

| detente status        | PLOVER-strict record                                                   |
|-----------------------|------------------------------------------------------------------------|
| occurred              | unchanged                                                              |
| proposed, accepted,   | cooperative types (CONSULT SUPPORT COOPERATE AID RETREAT CONCEDE) -> AGREE; |
| under_consideration,  | context + "future" ("hypothetical" while undecided)                    |
| non_committal         |                                                                        |
| planned, confirmed    | as proposed                                                            |
| hypothetical          | as proposed, context + "hypothetical" (AGREE's "indicate willingness"  |
|                       | covers a conditional offer: "would meet X if ...")                     |
| any of the above      | PROTEST SANCTION COERCE ASSAULT -> THREATEN (mode: what is threatened); |
|                       | other types unchanged; context + "future" / "hypothetical"             |
| declined              | REJECT (the refusal is the event), mode "meet" for CONSULT             |
| cancelled             | cooperative types -> REJECT; others dropped                            |
| negated               | dropped                                                                |
"""

from __future__ import annotations

import copy
from typing import Any

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
INTENTIONS = {"proposed", "accepted", "confirmed", "planned"}
UNDECIDED = {"under_consideration", "non_committal"}
# What a conflictual act threatens, as THREATEN's mode (manual, THREATEN modes).
THREAT_MODES = {"PROTEST": "restrict", "SANCTION": "relations", "COERCE": "restrict", "ASSAULT": "violence"}
MODE_THREATS = {"arrest": "arrest", "expel": "expel", "curfew": "restrict", "seize": "territory"}


def _with_context(event: dict[str, Any], word: str) -> dict[str, Any]:
    event["context"] = list(event.get("context") or []) + [word]
    return event


def _intended(type_: str, mode: str | None, status: str) -> tuple[str, str | None]:
    """The PLOVER type (and mode) of an act that is offered, announced or supposed, not done."""
    if type_ in THREAT_MODES:
        return "THREATEN", MODE_THREATS.get(mode or "", THREAT_MODES[type_])
    if type_ not in COOPERATIVE:
        return type_, mode
    return "AGREE", mode  # "said they would meet X if ...": a conditional offer is still willingness


def project(event: dict[str, Any]) -> dict[str, Any] | None:
    """One readout event dict -> its PLOVER-strict dict, or None when PLOVER drops it."""
    ev = copy.deepcopy(event)
    status, type_ = ev.get("status"), ev.get("type")
    if ev.get("reciprocal"):
        ev["source"] = list(ev.get("source") or []) + list(ev.get("target") or [])
        ev["target"] = []
    if status == "negated" or (status == "cancelled" and type_ not in COOPERATIVE):
        return None
    if status in INTENTIONS or status in UNDECIDED or status == "hypothetical":
        ev["type"], ev["mode"] = _intended(type_, ev.get("mode"), status)
        return _with_context(ev, "future" if status in INTENTIONS else "hypothetical")
    if status in {"declined", "cancelled"}:
        ev["mode"] = "meet" if type_ == "CONSULT" else ev.get("mode")
        ev["type"] = "REJECT"
    return ev


def project_all(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Project a list of events, dropping those PLOVER excludes."""
    return [p for p in (project(e) for e in events) if p is not None]
