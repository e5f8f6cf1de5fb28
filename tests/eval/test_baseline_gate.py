"""The accuracy gate in CI: every task of eval/baseline.json on the full gold file, against its floors.

Runs when the gold data is there (../shared/gold beside the repository, or $DETENTE_GOLD) and is
skipped in a user's clone without it. The whole gate takes about 1.5-2 minutes on 2 cores (each
task's time is in eval/baseline.json, `seconds`); see docs/accuracy.md for the noise margin.
Raising floors: `detente eval --update eval/baseline.json`; lowering one needs `--allow-lower REASON`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.eval import TASKS, baseline
from detente.eval.predict import Engine

ROOT = Path(__file__).resolve().parents[2]
BASELINE = ROOT / "eval" / "baseline.json"
PINNED = baseline.load(BASELINE)
GOLD = baseline.gold_root(BASELINE, PINNED)


def test_baseline_pins_every_task_and_metric():
    assert set(PINNED["tasks"]) == set(TASKS)
    for name, entry in PINNED["tasks"].items():
        assert set(TASKS[name].METRICS) <= set(entry["floors"]), name
        assert entry["limit"] is None, "the baseline is measured on the full gold file"
        assert entry["n"] > 0 and entry["measured"]


@pytest.mark.skipif(not GOLD.is_dir(), reason=f"no gold data at {GOLD} (../shared is absent): nothing to measure")
@pytest.mark.parametrize("task", list(PINNED["tasks"]))
def test_scores_hold_their_floors(reader, task):
    report = baseline.check(BASELINE, gold=GOLD, engine=Engine(reader), tasks=[task])
    failures = [f"{r.task}.{r.metric}: {r.score} is below floor {r.floor} by more than {r.margin:.3f}"
                for r in report.failed]
    assert report.passed, ("accuracy fell below the pinned floors (docs/accuracy.md); fix the regression or, "
                           "with a reason, `detente eval --update eval/baseline.json --allow-lower REASON`:\n"
                           + "\n".join(failures))
