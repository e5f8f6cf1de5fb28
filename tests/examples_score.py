"""Score the bundled example articles against their expected facts (shared by the test and the script)."""

from __future__ import annotations

import json
from pathlib import Path

from facts import check_all, score

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles"
BASELINE = ROOT / "examples" / "baseline.json"


def example_paths() -> list[Path]:
    return sorted(ARTICLES.glob("*.txt"))


def score_example(reader, path: Path) -> tuple[dict, list[str]]:
    """Per-category [passed, total] and the readable failures for one example article."""
    from detente.sources.boilerplate import find_boilerplate
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    readout = reader.read(text, published=expected["published"], url=expected.get("url"),
                          publisher=expected.get("publisher"))
    blocks = find_boilerplate(text)
    return score(readout, expected, blocks), check_all(readout, expected, blocks)


def score_all(reader) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = {}
    for path in example_paths():
        counts, _ = score_example(reader, path)
        for key, (passed, total) in counts.items():
            t = totals.setdefault(key, [0, 0])
            t[0] += passed
            t[1] += total
    return totals
