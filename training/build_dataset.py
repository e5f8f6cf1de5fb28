"""Build training/plover_sentences.jsonl and training/plover_sentences_dev.jsonl from training/sentences/*.txt.

Each sentences/<TYPE>.txt file holds one hand-written sentence per line (lines starting with '#' are
comments describing the category's scope). The file name is the label: a PLOVER type, or NONE for
sentences without a political event. The quad class comes from detente.events.ontology.QUAD_CLASS
(0 for NONE). About 15% of each label goes to the dev file; the split is seeded and deterministic.

    python training/build_dataset.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from detente.events.ontology import PLOVER_TYPES, QUAD_CLASS  # noqa: E402

SEED = 20240613
DEV_SHARE = 0.15
LABELS = (*PLOVER_TYPES, "NONE")


def read_label(label: str) -> list[str]:
    path = HERE / "sentences" / f"{label}.txt"
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return [ln for ln in lines if ln and not ln.startswith("#")]


def build() -> tuple[list[dict], list[dict]]:
    train, dev, seen = [], [], {}
    for label in LABELS:
        texts = read_label(label)
        for text in texts:
            if text in seen:
                raise SystemExit(f"duplicate sentence in {label} and {seen[text]}: {text}")
            seen[text] = label
        rows = [{"text": t, "type": label, "quad": QUAD_CLASS.get(label, 0)} for t in texts]
        order = list(range(len(rows)))
        random.Random(f"{SEED}:{label}").shuffle(order)
        n_dev = round(len(rows) * DEV_SHARE)
        dev_idx = set(order[:n_dev])
        train += [r for i, r in enumerate(rows) if i not in dev_idx]
        dev += [r for i, r in enumerate(rows) if i in dev_idx]
    return train, dev


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    train, dev = build()
    write(HERE / "plover_sentences.jsonl", train)
    write(HERE / "plover_sentences_dev.jsonl", dev)
    counts = {lab: (sum(r["type"] == lab for r in train), sum(r["type"] == lab for r in dev)) for lab in LABELS}
    for lab, (n_train, n_dev) in counts.items():
        print(f"{lab:10s} train {n_train:4d}  dev {n_dev:3d}")
    print(f"{'total':10s} train {len(train):4d}  dev {len(dev):3d}")


if __name__ == "__main__":
    main()
