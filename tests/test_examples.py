"""The bundled examples: facts an analyst expects, with pinned floors so accuracy never silently drops.

Floors live in examples/baseline.json; `python scripts/examples_baseline.py` raises them (lowering one
needs --allow-lower and a reason in the commit). Per-article failures print on a failing run.
"""

from __future__ import annotations

import json

import pytest

from examples_score import BASELINE, example_paths, score_all, score_example


def test_there_are_at_least_ten_examples():
    paths = example_paths()
    assert len(paths) >= 10
    for path in paths:
        assert path.with_suffix(".expected.json").exists(), path


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_example_never_codes_boilerplate_and_flags_ai(reader, path):
    counts, errors = score_example(reader, path)
    assert counts["boilerplate"] == [1, 1], [e for e in errors if "boilerplate" in e or "non-political" in e]
    assert not [e for e in errors if e.startswith("ai_assisted")]


def test_example_scores_meet_pinned_floors(reader):
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]
    totals = score_all(reader)
    below = {k: (totals[k][0], floor) for k, floor in floors.items() if totals[k][0] < floor}
    if below:
        details = [f"{p.stem}: {e}" for p in example_paths() for e in score_example(reader, p)[1]]
        pytest.fail(f"facts passed below floor (got, floor): {below}\n" + "\n".join(details[:80]))
