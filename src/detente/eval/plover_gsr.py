"""plover-gsr: the PLOVER gold standard records (OEDA, v0.5b1), one JSON array of records.

Each record has `text`, `event` (v0.5b1 name), optional `mode`, `source` (list of actors with `code`
and `sector`) and `target` (a list, or a string / absent meaning no target). The DOCUMENT record
documents the file and is not scored; dates are placeholders and are not scored.

Gold types are renamed to the current 16 PLOVER types (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE with
mode disapprove, INVESTIGATE -> ACCUSE with mode investigate, FIGHT -> ASSAULT); the engine's events
go through the PLOVER-strict projection before the main event is taken.

- `type_accuracy`, `type_macro_f1`: the main event's type (no event counts as wrong); macro over gold types.
- `coded_precision`: of the sentences where the engine coded an event, the share with the right type.
- `mode_accuracy`: over records whose gold has a mode (v0.5b1 mode names mapped to the current ones).
- `source_country_f1`, `target_country_f1`: country sets per record, micro-averaged; IGO/NGO count as codes.
- `source_sector_f1`: over records whose gold names a source sector (no sector is silence, not "none").
- `triple_f1`: (type, source country, target country) triples, a missing side as None.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.eval import codes
from detente.eval.files import bad, json_records, require_file
from detente.eval.metrics import NONE, Counts, accuracy, confusion, macro_f1, per_class, set_counts
from detente.eval.predict import Engine
from detente.eval.result import TaskResult
from detente.events.ontology import PLOVER_TYPES

NAME = "plover-gsr"
DEFAULT_PATH = "plover_gsr/PLOVER_GSR_dev.json"
SUMMARY = "PLOVER type, mode, source/target countries and source sector of each GSR sentence's event"
METRICS = ("type_accuracy", "type_macro_f1", "coded_precision", "mode_accuracy", "source_country_f1",
           "target_country_f1", "source_sector_f1", "triple_f1")


@dataclass
class Record:
    id: str
    line: int
    text: str
    type: str
    mode: str | None
    source_countries: set[str]
    target_countries: set[str]
    source_sectors: set[str]


def _actors(path: Path, line: int, value: Any, field: str, where: str) -> list[dict[str, Any]]:
    if not isinstance(value, list):  # "" or a context word or absent: no actor (gold README)
        return []
    for actor in value:
        if not isinstance(actor, dict):
            bad(path, line, f"{where}: {field!r} list holds {type(actor).__name__}, expected objects "
                            "with 'code' and 'sector'")
    return value


def _record(path: Path, line: int, raw: Any, number: int) -> Record | None:
    if not isinstance(raw, dict):
        bad(path, line, f"record {number}: expected an object, got {type(raw).__name__}")
    where = f"record {number} ({raw.get('id', 'no id')})"
    event = raw.get("event")
    if not isinstance(event, str) or not event.strip():
        bad(path, line, f"{where} has no 'event' name")
    if event.strip().upper() == "DOCUMENT":
        return None
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        bad(path, line, f"{where} has no 'text'")
    type_, implied_mode = codes.plover_type(event)
    if type_ not in PLOVER_TYPES:
        bad(path, line, f"{where} has event {event!r}, not a PLOVER type")
    mode = raw.get("mode") if isinstance(raw.get("mode"), str) else None
    source = _actors(path, line, raw.get("source"), "source", where)
    target = _actors(path, line, raw.get("target"), "target", where)
    return Record(
        id=str(raw.get("id", f"line {line}")), line=line, text=text.strip(), type=type_,
        mode=codes.mode(mode) or implied_mode,
        source_countries={c for a in source if (c := codes.country(a.get("code")))},
        target_countries={c for a in target if (c := codes.country(a.get("code")))},
        source_sectors={s for a in source if (s := codes.sector(a.get("sector")))})


def load(path: Path) -> list[Record]:
    """The scorable records of a PLOVER GSR file, in file order."""
    require_file(path, "a PLOVER GSR JSON file (a list of records)")
    return [r for line, number, raw in json_records(path)
            if (r := _record(path, line, raw, number)) is not None]


def _triples(type_: str | None, sources: set[str] | list[str], targets: set[str] | list[str]) -> set:
    if type_ is None:
        return set()
    return {(type_, s, t) for s in (sorted(sources) or [None]) for t in (sorted(targets) or [None])}


def score(records: list[Record], engine: Engine, path: str = "") -> TaskResult:
    result = TaskResult(task=NAME, path=path, n=len(records))
    types, modes = [], []
    src, tgt, sector, triple = Counts(), Counts(), Counts(), Counts()
    sector_records = 0
    for rec in records:
        pred = engine.sentence(rec.text, plover_strict=True)
        types.append((rec.type, pred.type or NONE))
        if rec.mode:
            modes.append((rec.mode, codes.mode(pred.mode) or NONE))
        src.add(set_counts(rec.source_countries, pred.source_countries))
        tgt.add(set_counts(rec.target_countries, pred.target_countries))
        if rec.source_sectors:
            sector_records += 1
            sector.add(set_counts(rec.source_sectors, pred.source_sectors))
        triple.add(set_counts(_triples(rec.type, rec.source_countries, rec.target_countries),
                              _triples(pred.type, pred.source_countries, pred.target_countries)))
    classes = per_class(types)
    result.metric("type_accuracy", accuracy(types), len(types))
    result.metric("type_macro_f1", macro_f1(classes), len(types))
    coded = [(g, p) for g, p in types if p != NONE]
    result.metric("coded_precision", accuracy(coded), len(coded))
    result.metric("mode_accuracy", accuracy(modes), len(modes))
    result.metric("source_country_f1", src.f1, src.support)
    result.metric("target_country_f1", tgt.f1, tgt.support)
    result.metric("source_sector_f1", sector.f1, sector.support)
    result.metric("triple_f1", triple.f1, triple.support)
    result.per_class = {"type": classes, "source_country": {"all": src}, "target_country": {"all": tgt},
                        "source_sector": {"all": sector}, "triple": {"all": triple}}
    labels = [t for t in PLOVER_TYPES if any(t in pair for pair in types)]
    result.confusion = {"type": confusion(types, labels + ([NONE] if any(NONE in p for p in types) else []))}
    result.notes = [
        "gold v0.5b1 types renamed: DEMAND->REQUEST, DISAPPROVE->ACCUSE (disapprove), "
        "INVESTIGATE->ACCUSE (investigate), FIGHT->ASSAULT; predictions PLOVER-strict projected",
        f"coded_precision over the {len(coded)} sentences where the engine coded an event",
        f"mode_accuracy over the {len(modes)} records whose gold has a mode",
        f"source_sector_f1 over the {sector_records} records whose gold names a source sector",
    ]
    return result
