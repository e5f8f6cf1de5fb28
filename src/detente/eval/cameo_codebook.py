"""cameo-codebook: the CAMEO 1.1b3 codebook's example sentences (cameo-codes.csv, as in andybega/icews).

A CSV with a header naming at least `code` and `example` (codes as text, "01".."2042"; examples "NA"
where the manual gives none; rows without an example are skipped). Each example's gold is its CAMEO
code; PLOVER's translation table (the PLOVER manual) turns the code's root into a PLOVER type:
03 AGREE, 04 CONSULT, ... 08 CONCEDE (080-083) or RETREAT (084-087), 09 and 11 ACCUSE, 18-20 ASSAULT,
and 01 (statements) and 02 (appeals) are dropped by PLOVER.

- `root_accuracy`: over examples whose root PLOVER keeps, the engine's main event (PLOVER-strict) has
  the PLOVER type of the gold root: the CAMEO root right up to PLOVER's merges.
- `quad_accuracy`: the same examples, PLOVER quad class of the predicted vs the gold type.
- `coded_precision`: of those examples where the engine coded an event, the share with the right type.
- `cameo_root_exact`: every example, the first two digits of the engine's own CAMEO code equal the
  gold root (no event counts as wrong); stricter, and sensitive to the engine's PLOVER->CAMEO table.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from detente.eval import codes
from detente.eval.files import bad, read_text, require_file
from detente.eval.metrics import NONE, accuracy, confusion, macro_f1, per_class
from detente.eval.predict import Engine
from detente.eval.result import TaskResult
from detente.events.ontology import PLOVER_TYPES, quad_class

NAME = "cameo-codebook"
DEFAULT_PATH = "cameo_codebook/cameo-codes.csv"
SUMMARY = "CAMEO root (via PLOVER) and quad class of each codebook example sentence"
METRICS = ("root_accuracy", "quad_accuracy", "type_macro_f1", "coded_precision", "cameo_root_exact")
MISSING = {"", "NA", "N/A", "NONE"}


@dataclass
class Record:
    line: int
    code: str
    text: str

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def plover(self) -> str | None:
        return codes.cameo_to_plover(self.code)


def load(path: Path) -> list[Record]:
    """The codebook rows that have an example sentence, in file order."""
    require_file(path, "a CAMEO codebook CSV with 'code' and 'example' columns")
    reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
    fields = set(reader.fieldnames or [])
    if not {"code", "example"} <= fields:
        bad(path, 1, f"header must name 'code' and 'example' columns; found {sorted(fields)}")
    records = []
    for row in reader:
        line = reader.line_num
        if None in row:  # more cells than header names
            bad(path, line, f"row has {len(row) - 1 + len(row[None])} cells, header has {len(row) - 1}")
        code = (row.get("code") or "").strip()
        if not code.isdigit() or len(code) < 2 or codes.cameo_root(code) not in {f"{i:02d}" for i in range(1, 21)}:
            bad(path, line, f"code {code!r} is not a CAMEO code (two to four digits, root 01-20)")
        example = (row.get("example") or "").strip()
        if example.upper() in MISSING:
            continue
        records.append(Record(line=line, code=code, text=example))
    if not records:
        bad(path, None, "no rows with an example sentence")
    return records


def score(records: list[Record], engine: Engine, path: str = "") -> TaskResult:
    result = TaskResult(task=NAME, path=path, n=len(records))
    types, quads, exact = [], [], []
    for rec in records:
        pred = engine.sentence(rec.text, plover_strict=True)
        exact.append((rec.root, codes.cameo_root(pred.cameo) or NONE))
        if rec.plover is None:
            continue
        types.append((rec.plover, pred.type or NONE))
        quads.append((str(quad_class(rec.plover)), str(pred.quad)))
    classes = per_class(types)
    result.metric("root_accuracy", accuracy(types), len(types))
    result.metric("quad_accuracy", accuracy(quads), len(quads))
    result.metric("type_macro_f1", macro_f1(classes), len(types))
    coded = [(g, p) for g, p in types if p != NONE]
    result.metric("coded_precision", accuracy(coded), len(coded))
    result.metric("cameo_root_exact", accuracy(exact), len(exact))
    result.per_class = {"type": classes, "cameo_root": per_class(exact)}
    labels = [t for t in PLOVER_TYPES if any(t in pair for pair in types)]
    result.confusion = {"type": confusion(types, labels + [NONE]), "quad": confusion(quads, list("01234"))}
    result.notes = [
        "gold CAMEO roots -> PLOVER types by the PLOVER manual's translation table; "
        f"{len(records) - len(types)} examples with roots 01/02 (dropped by PLOVER) count only in "
        "cameo_root_exact",
        "predictions PLOVER-strict projected (CAMEO codes intentions as 03x, refusals as 12x, like PLOVER)",
    ]
    return result
