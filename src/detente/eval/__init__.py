"""Measuring detente on public gold sets: one module per task (reader of its format + scorer).

    from detente.eval import run_task
    result = run_task("plover-gsr", "../shared/gold/plover_gsr/PLOVER_GSR_dev.json", limit=50)
    result.metrics["type_accuracy"]

Tasks, metrics and conventions: docs/accuracy.md. The baseline gate: detente.eval.baseline.
"""

from __future__ import annotations

import time
from pathlib import Path
from types import ModuleType

from detente.errors import EvalError
from detente.eval import (
    cameo_codebook, event_location, multicoped_class, multicoped_spans, petrarch_gsr, plover_gsr, polnear,
)
from detente.eval.predict import Engine, Prediction, main_event, predict_sentence
from detente.eval.result import TaskResult

from detente.threads import ecbplus_task  # noqa: E402  (cross-document coreference, issue 6)

TASKS: dict[str, ModuleType] = {m.NAME: m for m in (
    plover_gsr, multicoped_class, multicoped_spans, cameo_codebook, polnear, event_location, petrarch_gsr,
    ecbplus_task)}

__all__ = ["TASKS", "Engine", "Prediction", "TaskResult", "main_event", "predict_sentence", "run_task",
           "resolve_path", "task_module"]


def task_module(name: str) -> ModuleType:
    """The module of a task name, or EvalError listing the known tasks."""
    try:
        return TASKS[name]
    except KeyError:
        raise EvalError(f"unknown task {name!r}: use one of {', '.join(TASKS)}") from None


def resolve_path(task: str, path: str | Path) -> Path:
    """The task's gold file: PATH itself, or the task's usual file under PATH when PATH is a gold root."""
    p = Path(path).expanduser()
    default = p / task_module(task).DEFAULT_PATH
    if p.is_dir() and default.exists():
        return default
    return p


def run_task(task: str, path: str | Path, *, limit: int | None = None, engine: Engine | None = None,
             reader=None) -> TaskResult:
    """Read the task's gold file, predict with the engine and score.

    Args:
        task: one of TASKS ("plover-gsr", "multicoped-class", ...).
        path: the gold file (or folder, for polnear) in its original layout, or the gold root.
        limit: score only the first N records (articles for polnear).
        engine: what predicts; by default the detente Reader (`reader` if given, else a new one).
    Returns:
        The TaskResult: n, headline metrics, per-class counts, confusion tables, notes, seconds.
    Raises:
        EvalError: unknown task, missing file, or a file not in the expected layout (file and line named).
    """
    module = task_module(task)
    gold = resolve_path(task, path)
    records = module.load(gold)
    if limit is not None:
        records = records[:limit]
    engine = engine or Engine(reader)
    engine.reader  # load the pipeline before the clock starts
    started = time.perf_counter()
    result = module.score(records, engine, str(gold))
    result.seconds = time.perf_counter() - started
    return result
