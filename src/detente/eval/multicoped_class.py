"""multicoped-class: Multi-CoPED sentences with the quad class of their main event (ConfliBERT layout).

A TSV file without a header: `sentence<TAB>label`, label 0 (no political event / neutral),
1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
The labels are CAMEO's five-way classes (the Phoenix/ICEWS convention: 0 covers CAMEO roots 01-02,
public statements and appeals; 1 roots 03-05; 2 roots 06-08; 3 roots 09-13; 4 roots 14-20), so the
prediction is that class of the main event's CAMEO code (detente.eval.codes.cameo_penta), 0 when the
engine finds no event. (PLOVER's own quad table differs: it puts SANCTION in verbal conflict.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from detente.eval import codes
from detente.eval.files import bad, read_text, require_file
from detente.eval.metrics import accuracy, confusion, macro_f1, per_class
from detente.eval.predict import Engine
from detente.eval.result import TaskResult

NAME = "multicoped-class"
DEFAULT_PATH = "multicoped/cameo_class/train.tsv"
SUMMARY = "quad class (0 none, 1-4) of each sentence's main event"
METRICS = ("quad_accuracy", "quad_macro_f1")
QUADS = ("0", "1", "2", "3", "4")


@dataclass
class Record:
    line: int
    text: str
    quad: int


def load(path: Path) -> list[Record]:
    """The sentences of a Multi-CoPED classification TSV, in file order."""
    require_file(path, "a Multi-CoPED TSV file (sentence<TAB>label 0-4)")
    records = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        if "\t" not in line:
            bad(path, number, "expected 'sentence<TAB>label', found no tab")
        text, label = line.rsplit("\t", 1)
        label = label.strip()
        if number == 1 and label.lower() in {"label", "labels", "class"}:
            continue  # a header some copies carry
        if label not in QUADS:
            bad(path, number, f"label {label!r} is not a quad class 0-4")
        if not text.strip():
            bad(path, number, "empty sentence before the label")
        records.append(Record(line=number, text=text.strip(), quad=int(label)))
    if not records:
        bad(path, None, "no sentences found")
    return records


def score(records: list[Record], engine: Engine, path: str = "") -> TaskResult:
    result = TaskResult(task=NAME, path=path, n=len(records))
    pairs = [(str(rec.quad), str(codes.cameo_penta(engine.sentence(rec.text).cameo))) for rec in records]
    classes = per_class(pairs)
    result.metric("quad_accuracy", accuracy(pairs), len(pairs))
    result.metric("quad_macro_f1", macro_f1(classes), len(pairs))
    result.per_class = {"quad": classes}
    result.confusion = {"quad": confusion(pairs, list(QUADS))}
    result.notes = ["Multi-CoPED labels are CAMEO's five-way classes (0 = statements and appeals, roots "
                    "01-02); the prediction is that class of the main event's CAMEO code, 0 for no event"]
    return result
