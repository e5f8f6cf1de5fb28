"""The accuracy gate: pinned floors per task and metric (eval/baseline.json), checked and raised.

A score passes while it is at least `floor - margin`. The margin is the noise allowance:

    margin = max(MIN_MARGIN, SE_MULTIPLIER * sqrt(floor * (1 - floor) / n))

the binomial standard error of the floor on the n units it was measured over (records, or gold items
for set metrics), and never less than one point. A drop inside it is what re-sampling the same kind of
sentences would move the score by; a drop beyond it fails the check. Floors only go up on `update`
(to the new score); lowering one needs `allow_lower` with a reason, which is recorded in the file's
`history` (and belongs in the commit message too).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from detente.errors import EvalError
from detente.eval import TASKS, run_task, task_module
from detente.eval.metrics import binomial_se
from detente.eval.predict import Engine
from detente.eval.result import TaskResult

MIN_MARGIN = 0.01
SE_MULTIPLIER = 1.0
GOLD_ENV = "DETENTE_GOLD"
DEFAULT_GOLD = "../../shared/gold"  # relative to the baseline file (eval/baseline.json in the repo)


def margin(floor: float, n: int) -> float:
    """The noise allowance below a floor measured on n units."""
    return max(MIN_MARGIN, SE_MULTIPLIER * binomial_se(floor, n))


@dataclass
class Row:
    """One metric's check: its floor, the allowance, the new score and the verdict."""

    task: str
    metric: str
    floor: float | None
    margin: float
    score: float | None
    n: int

    @property
    def status(self) -> str:
        if self.score is None:
            return "missing"
        if self.floor is None:
            return "new"
        if self.score < self.floor - self.margin - 1e-9:
            return "FAIL"
        if self.score < self.floor - 1e-9:
            return "within noise"
        return "raised" if self.score > self.floor + 1e-9 else "ok"

    def as_dict(self) -> dict[str, Any]:
        return {"task": self.task, "metric": self.metric, "floor": self.floor, "margin": round(self.margin, 4),
                "score": self.score, "n": self.n, "status": self.status}


@dataclass
class Report:
    """The outcome of a check or update over every task in a baseline."""

    baseline: str
    gold: str
    rows: list[Row] = field(default_factory=list)
    results: dict[str, TaskResult] = field(default_factory=dict)
    written: bool = False

    @property
    def failed(self) -> list[Row]:
        return [r for r in self.rows if r.status in {"FAIL", "missing"}]

    @property
    def passed(self) -> bool:
        return not self.failed

    def as_dict(self) -> dict[str, Any]:
        return {"baseline": self.baseline, "gold": self.gold, "passed": self.passed, "written": self.written,
                "rows": [r.as_dict() for r in self.rows],
                "seconds": {t: round(r.seconds, 1) for t, r in self.results.items()}}


def load(path: Path) -> dict[str, Any]:
    """A baseline file's content, or EvalError naming what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalError(f"{path}: no such baseline file; create it with `detente eval --update {path}`") from None
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("tasks"), dict):
        raise EvalError(f"{path}: a baseline is an object with a 'tasks' object")
    for name, entry in data["tasks"].items():
        task_module(name)
        if not isinstance(entry, dict) or not isinstance(entry.get("floors"), dict) or "path" not in entry:
            raise EvalError(f"{path}: task {name!r} needs 'path' and a 'floors' object")
    return data


def gold_root(baseline_path: Path, data: dict[str, Any], gold: str | Path | None = None) -> Path:
    """Where the gold files are: `gold`, else $DETENTE_GOLD, else the baseline's `gold` (relative to it)."""
    chosen = gold or os.environ.get(GOLD_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return (baseline_path.parent / data.get("gold", DEFAULT_GOLD)).resolve()


def _run_all(data: dict[str, Any], root: Path, engine: Engine, tasks: list[str] | None) -> dict[str, TaskResult]:
    results = {}
    for name, entry in data["tasks"].items():
        if tasks and name not in tasks:
            continue
        results[name] = run_task(name, root / entry["path"], limit=entry.get("limit"), engine=engine)
    return results


def _rows(data: dict[str, Any], results: dict[str, TaskResult]) -> list[Row]:
    rows = []
    for name, result in results.items():
        floors = data["tasks"].get(name, {}).get("floors", {})
        for metric in sorted(set(floors) | set(result.metrics), key=lambda m: (m not in floors, m)):
            pinned = floors.get(metric) or {}
            floor, n = pinned.get("floor"), pinned.get("n", result.support.get(metric, result.n))
            rows.append(Row(task=name, metric=metric, floor=floor,
                            margin=margin(floor, n) if floor is not None else 0.0,
                            score=result.metrics.get(metric), n=n))
    return rows


def check(baseline_path: str | Path, *, gold: str | Path | None = None, engine: Engine | None = None,
          tasks: list[str] | None = None) -> Report:
    """Run every task of the baseline on its gold file and compare each metric with its floor."""
    path = Path(baseline_path)
    data = load(path)
    root = gold_root(path, data, gold)
    results = _run_all(data, root, engine or Engine(), tasks)
    return Report(baseline=str(path), gold=str(root), rows=_rows(data, results), results=results)


def update(baseline_path: str | Path, *, gold: str | Path | None = None, engine: Engine | None = None,
           allow_lower: str | None = None, tasks: list[str] | None = None) -> Report:
    """Run the tasks and write the baseline: floors go up to new scores; down only with `allow_lower`.

    A missing baseline file is created with every task on its usual file under the gold root. Without
    `allow_lower` a floor above its new score is kept (the report still shows the drop, and FAIL rows
    beyond the margin); with it, such floors are set to the new score and the reason is recorded.
    """
    path = Path(baseline_path)
    if path.exists():
        data = load(path)
    else:
        data = {"gold": DEFAULT_GOLD, "tasks": {name: {"path": m.DEFAULT_PATH, "limit": None, "floors": {}}
                                               for name, m in TASKS.items()}}
    root = gold_root(path, data, gold)
    results = _run_all(data, root, engine or Engine(), tasks)
    report = Report(baseline=str(path), gold=str(root), rows=_rows(data, results), results=results)
    lowered = [r for r in report.rows if r.floor is not None and r.score is not None and r.score < r.floor - 1e-9]
    if not allow_lower:
        lowered = []  # those floors stay where they are
    today = date.today().isoformat()
    for name, result in results.items():
        entry = data["tasks"][name]
        entry.update(n=result.n, measured=today, seconds=round(result.seconds, 1))
        for metric, score in result.metrics.items():
            old = entry["floors"].get(metric, {}).get("floor")
            if old is None or score >= old or allow_lower:
                entry["floors"][metric] = {"floor": score, "n": result.support.get(metric, result.n)}
    change = {"date": today, "tasks": sorted(results)}
    if lowered:
        change.update(lowered=[f"{r.task}.{r.metric}: {r.floor} -> {r.score}" for r in lowered], reason=allow_lower)
    data["margin"] = {"rule": "max(min, se_multiplier * sqrt(floor * (1 - floor) / n))",
                      "min": MIN_MARGIN, "se_multiplier": SE_MULTIPLIER}
    data.setdefault("history", []).append(change)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    report.written = True
    return report
