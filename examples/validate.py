"""Check the example articles against their expected-facts files.

Run from the project root:  python examples/validate.py
Exit code 0 when every file passes, 1 otherwise. Uses only the standard library.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "articles"

STATUSES = {"occurred", "proposed", "planned", "under_consideration", "confirmed", "accepted",
            "declined", "non_committal", "cancelled", "hypothetical", "negated"}
STANCES = {"conciliatory", "neutral", "hostile"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
TOP_KEYS = ["about", "published", "publisher", "url", "metadata", "actors", "events", "statements", "must_not_appear"]
CODE = re.compile(r"^[A-Z]{3}$")
# PLOVER sector codes (JRN is the media, MED health: CAMEO had them the other way round)
SECTORS = {"GOV", "MIL", "LEG", "JUD", "IGO", "NGO", "JRN", "MED", "BUS", "PTY", "SPY", "COP", "REB", "ELI", "CVL",
           "PRM", "UAF", "UNK", "AGR", "CRM", "EDU", "LAB", "REF", "OPP", "PRE", "REL", "SOC"}


def _codes(value) -> list[str]:
    return value if isinstance(value, list) else [value]


def _check_code(value, where: str, errors: list[str]) -> None:
    for code in _codes(value):
        if not CODE.match(str(code)):
            errors.append(f"{where}: {code!r} is not a three-letter code")


def _check_date(value: str, where: str, errors: list[str]) -> None:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        errors.append(f"{where}: {value!r} is not an ISO date")


def _check_substring(text: str, needle: str, where: str, errors: list[str]) -> None:
    count = text.count(needle)
    if count != 1:
        errors.append(f"{where}: {needle!r} occurs {count} times in the article (want exactly 1)")


def _former_official(actor: dict) -> bool:
    """A person whose role on the publication date is a past office ("former President")."""
    role = (actor.get("role") or "").lower()
    return role.startswith("former ") and "group" not in role and "party" not in role


def _sentence_of(text: str, needle: str) -> str:
    """The sentence around the first occurrence of needle (a rough split on sentence ends)."""
    at = text.find(needle)
    if at < 0:
        return ""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find(". ", at + len(needle))
    return text[start:end if end >= 0 else len(text)]


# Conventions settled in session 17 (README "Status conventions"): what an event's wording says about
# its type. Each entry: (test on the event and its sentence, the fix to print).
THREAT_CUES = re.compile(r"\b(threat\w*|warn\w*)\b", re.I)
RELEASE_CUES = re.compile(r"\b(free|release\w*|withdraw\w*|pull\w* back|pull\w* out)\b", re.I)
CONVENTIONS = [
    (lambda ev, sent: ev.get("status") == "hypothetical" and THREAT_CUES.search(sent),
     "a conditional warning is THREATEN occurred with the if-part in `condition`"),
    (lambda ev, sent: ev.get("type") == "CONCEDE" and ev.get("status") == "planned"
     and RELEASE_CUES.search(ev.get("evidence_contains", "")),
     "a promised release or pull-back is RETREAT (status planned), not CONCEDE"),
    (lambda ev, sent: ev.get("type") == "REQUEST" and ev.get("mode") == "meet" and "consultation" in sent,
     "asking for consultations is CONSULT proposed by the asker"),
    (lambda ev, sent: ev.get("type") != "MOBILIZE" and "airspace" in ev.get("evidence_contains", "")
     and ev.get("type") in ("COERCE", "ASSAULT") and not re.search(r"shot|struck|fired", sent),
     "military aircraft entering airspace without force is MOBILIZE"),
    # a demand for an apology is the demand (REQUEST), not an apology
    (lambda ev, sent: ev.get("type") not in ("CONCEDE", "REQUEST")
     and re.search(r"\bapolog", ev.get("evidence_contains", "")),
     "an apology is CONCEDE (PLOVER manual: expressions of regret)"),
]


# Session-24 convention 4 (README): `who` lists only people and bodies on the event's source or target side.
INTL = {"IGO", "UNO", "EUR"}
# a person who holds an office of an international body ("ASEAN chair", "Secretary General, NATO") can act for it
BODY_OFFICE = re.compile(r"\b(chair\w*|secretary[- ]general|high representative|commissioner|president of the european)\b", re.I)


def _on_a_side(actor: dict, ev: dict) -> bool:
    """Whether a `who` actor stands on the event's source or target side (either side when reciprocal)."""
    sides = set(_codes(ev.get("source", []))) | set(_codes(ev.get("target", [])))
    country = actor.get("country")
    if country in sides:
        return True
    body = country in INTL or actor.get("sector") == "IGO"
    if sides & INTL:
        # an international body's side: the body itself, or someone holding one of its offices
        if body or BODY_OFFICE.search(actor.get("role") or ""):
            return True
        # a gathering of a body (CONSULT multilateral): its members' delegates attend on the body's side
        if ev.get("type") == "CONSULT" and ev.get("mode") == "multilateral":
            return True
    # a bloc acting for its members, coded as a list of those states
    if body and any(isinstance(ev.get(k), list) and len(ev[k]) > 1 for k in ("source", "target")):
        return True
    # the body whose gathering a multilateral meeting of member states is
    return body and ev.get("type") == "CONSULT" and ev.get("mode") == "multilateral"


def _check_who(ev: dict, actors: dict, where: str, errors: list[str]) -> None:
    for name in ev.get("who", []):
        actor = actors.get(name)
        if actor is None:
            errors.append(f"{where}.who: {name!r} is not in `actors`")
        elif not _on_a_side(actor, ev):
            errors.append(f"{where}.who: {name!r} ({actor.get('country')}) is on neither the source nor the "
                          "target side: a host, witness or mediator that is no party is not in `who` (examples/README.md)")


def _check_conventions(text: str, ev: dict, where: str, errors: list[str]) -> None:
    sentence = _sentence_of(text, ev.get("evidence_contains", "")) if ev.get("evidence_contains") else ""
    for breaks, fix in CONVENTIONS:
        if breaks(ev, sentence):
            errors.append(f"{where}: {ev.get('type')} {ev.get('status')}: {fix} (examples/README.md)")


def check_pair(txt: Path, exp: Path) -> list[str]:
    """Return the problems found in one article and its expected-facts file."""
    errors: list[str] = []
    text = txt.read_text(encoding="utf-8")
    data = json.loads(exp.read_text(encoding="utf-8"))
    errors += [f"missing key {k!r}" for k in TOP_KEYS if k not in data]
    _check_date(data.get("published"), "published", errors)
    words = len(text.split())
    if not 120 <= words <= 300:
        errors.append(f"article has {words} words (want 120-300)")
    actors = {a.get("name"): a for a in data.get("actors", [])}
    for i, ev in enumerate(data.get("events", [])):
        where = f"events[{i}] ({ev.get('id')})"
        _check_who(ev, actors, where, errors)
        if ev.get("type") not in PLOVER:
            errors.append(f"{where}: unknown type {ev.get('type')!r}")
        if ev.get("status") not in STATUSES:
            errors.append(f"{where}: unknown status {ev.get('status')!r}")
        if "response" in ev and ev["response"].get("status") not in STATUSES:
            errors.append(f"{where}: unknown response status {ev['response'].get('status')!r}")
        for key in ("source", "target", "where", "proposed_by", "host"):
            if key in ev:
                _check_code(ev[key], f"{where}.{key}", errors)
        for key, val in ev.get("when", {}).items():
            _check_date(val, f"{where}.when.{key}", errors)
        _check_substring(text, ev.get("evidence_contains", ""), f"{where}.evidence_contains", errors)
        _check_conventions(text, ev, where, errors)
    for i, st in enumerate(data.get("statements", [])):
        where = f"statements[{i}] ({st.get('speaker')})"
        if st.get("stance") not in STANCES:
            errors.append(f"{where}: unknown stance {st.get('stance')!r}")
        _check_substring(text, st.get("quote_contains", ""), f"{where}.quote_contains", errors)
        when = st.get("when")
        for key, val in (when.items() if isinstance(when, dict) else [("date", when)] if when else []):
            _check_date(val, f"{where}.when.{key}", errors)
    for i, actor in enumerate(data.get("actors", [])):
        _check_code(actor.get("country"), f"actors[{i}].country", errors)
        if actor.get("sector") is not None and actor["sector"] not in SECTORS:
            errors.append(f"actors[{i}].sector: unknown PLOVER sector {actor['sector']!r}")
        if _former_official(actor) and actor.get("sector") in ("GOV", "MIL"):
            errors.append(f"actors[{i}].sector: {actor['name']!r} no longer holds office on the "
                          "publication date: former office holders are ELI (CAMEO's elites)")
    for marker in data.get("metadata", {}).get("boilerplate_not_coded", []):
        if marker not in text:
            errors.append(f"boilerplate marker {marker!r} not found in the article")
    return errors


def main() -> int:
    failed = 0
    pairs = sorted(HERE.glob("*.txt"))
    for txt in pairs:
        exp = txt.with_suffix(".expected.json")
        if not exp.exists():
            print(f"FAIL {txt.name}: no {exp.name}")
            failed += 1
            continue
        try:
            errors = check_pair(txt, exp)
        except json.JSONDecodeError as exc:
            errors = [f"invalid JSON: {exc}"]
        print(("FAIL " if errors else "ok   ") + txt.stem)
        for err in errors:
            print("     " + err)
        failed += bool(errors)
    print(f"{len(pairs) - failed}/{len(pairs)} articles pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
