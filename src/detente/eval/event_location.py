"""event-location: which place an event happened at (Halterman's verb -> location links).

A JSON array of records with `text`, `tokens` (each with `start`/`end`) and `spans` (label VERB or
LOCATION with `token_start`/`token_end`, inclusive); only records with `source == "RELABEL"` are the
hand-checked gold. Spans are taken from their tokens, not their character offsets (some are off).

The scored event is the engine's event whose trigger overlaps the gold VERB, or else the main event.
`location_accuracy`: correct when the event's location name, found in the sentence, overlaps one of the
gold LOCATION spans, or when the gold has no LOCATION and the event has no location name (or there is
no event). Records without a VERB span are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.eval.files import bad, json_records, require_file
from detente.eval.metrics import accuracy, confusion, per_class
from detente.eval.predict import Engine, main_event
from detente.eval.result import TaskResult
from detente.eval.spans import Span, find_all, nearest, overlaps_any, trigger_span

NAME = "event-location"
DEFAULT_PATH = "event_location/labeled_text.json"
SUMMARY = "the location span of the event at each gold verb, or correctly none"
METRICS = ("location_accuracy", "location_found_accuracy", "no_location_accuracy")
GOLD_SOURCE = "RELABEL"


@dataclass
class Record:
    id: str
    line: int
    text: str
    verb: Span
    locations: list[Span] = field(default_factory=list)


def _token_span(path: Path, line: int, where: str, tokens: list[dict[str, Any]],
                span: dict[str, Any]) -> Span:
    try:
        first, last = int(span["token_start"]), int(span["token_end"])
        return int(tokens[first]["start"]), int(tokens[last]["end"])
    except (KeyError, IndexError, TypeError, ValueError):
        bad(path, line, f"{where}: span {span.get('label', '?')} has no valid token_start/token_end "
                        f"within the record's {len(tokens)} tokens")


def _record(path: Path, line: int, raw: Any, number: int) -> Record | None:
    if not isinstance(raw, dict):
        bad(path, line, f"record {number}: expected an object, got {type(raw).__name__}")
    if raw.get("source") != GOLD_SOURCE:
        return None
    where = f"record {number} ({raw.get('_id', 'no _id')})"
    text, tokens = raw.get("text"), raw.get("tokens")
    if not isinstance(text, str) or not isinstance(tokens, list):
        bad(path, line, f"{where} needs 'text' and a 'tokens' list")
    spans = raw.get("spans") or []
    if not isinstance(spans, list) or not all(isinstance(s, dict) for s in spans):
        bad(path, line, f"{where} has 'spans' that is not a list of objects")
    verbs = [_token_span(path, line, where, tokens, s) for s in spans if s.get("label") == "VERB"]
    if not verbs:
        return Record(id=str(raw.get("_id", line)), line=line, text=text, verb=(-1, -1))
    locations = [_token_span(path, line, where, tokens, s) for s in spans if s.get("label") == "LOCATION"]
    return Record(id=str(raw.get("_id", line)), line=line, text=text, verb=verbs[0], locations=locations)


def load(path: Path) -> list[Record]:
    """The RELABEL records (the gold), in file order; those without a VERB have verb (-1, -1)."""
    require_file(path, "an event-location JSON file (a list of records with text, tokens, spans)")
    records = [r for line, number, raw in json_records(path)
               if (r := _record(path, line, raw, number)) is not None]
    if not records:
        bad(path, None, f"no records with source == {GOLD_SOURCE!r}")
    return records


def event_at(readout, text: str, verb: Span) -> dict[str, Any] | None:
    """The readout's event whose trigger overlaps the verb, else the main event."""
    events = [e.as_dict() for e in readout.events]
    for event in events:
        span = trigger_span(event, text)
        if span is not None and span[0] < verb[1] and verb[0] < span[1]:
            return event
    return main_event(events)


def location_span(event: dict[str, Any] | None, text: str, anchor: Span) -> Span | None:
    """Where the event's location name is in the text (nearest the verb); None without a name."""
    name = ((event or {}).get("location") or {}).get("name")
    if not name:
        return None
    return nearest(find_all(text, name), anchor) or (-1, -1)


def score(records: list[Record], engine: Engine, path: str = "") -> TaskResult:
    scored = [r for r in records if r.verb != (-1, -1)]
    result = TaskResult(task=NAME, path=path, n=len(scored), skipped=len(records) - len(scored))
    outcomes = []  # (gold has location, prediction) labels for the breakdown
    readouts: dict[str, Any] = {}
    for rec in scored:
        readout = readouts.get(rec.text) or readouts.setdefault(rec.text, engine.readout(rec.text))
        span = location_span(event_at(readout, rec.text, rec.verb), rec.text, rec.verb)
        gold = "location" if rec.locations else "none"
        if span is None:
            pred = "none"
        elif overlaps_any(span, rec.locations):
            pred = "location"
        else:
            pred = "wrong_place" if rec.locations else "spurious_place"
        outcomes.append((gold, pred))
    hits = [(g, "location" if p == "location" else "none" if p == "none" else "x") for g, p in outcomes]
    with_loc = [(g, p) for g, p in hits if g == "location"]
    without = [(g, p) for g, p in hits if g == "none"]
    result.metric("location_accuracy", accuracy(hits), len(hits))
    result.metric("location_found_accuracy", accuracy(with_loc), len(with_loc))
    result.metric("no_location_accuracy", accuracy(without), len(without))
    result.per_class = {"location": per_class(hits)}
    labels = ["location", "none", "wrong_place", "spurious_place"]
    result.confusion = {"location": confusion(outcomes, labels)}
    result.notes = [f"{result.skipped} gold records without a VERB span skipped",
                    "confusion rows: gold has a LOCATION or none; columns: the predicted place overlaps a "
                    "gold LOCATION, no place, a place elsewhere (wrong_place / spurious_place)"]
    return result
