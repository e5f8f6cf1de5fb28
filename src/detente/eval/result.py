"""What a task's scorer returns: headline metrics, per-class tables, confusion tables, notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from detente.eval.metrics import Counts


@dataclass
class TaskResult:
    """One task's scores on one gold file.

    `metrics` holds the named headline numbers (0..1); `support` how many units each was computed
    over (records, or gold items for set metrics), which the baseline gate uses for its noise margin.
    """

    task: str
    path: str
    n: int
    metrics: dict[str, float] = field(default_factory=dict)
    support: dict[str, int] = field(default_factory=dict)
    per_class: dict[str, dict[str, Counts]] = field(default_factory=dict)
    confusion: dict[str, dict[str, list]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    skipped: int = 0
    seconds: float = 0.0

    def metric(self, name: str, value: float, support: int) -> None:
        self.metrics[name] = round(value, 4)
        self.support[name] = support

    def as_dict(self) -> dict[str, Any]:
        """The `--json` object: {"task", "n", "metrics", ...details}."""
        return {
            "task": self.task, "n": self.n, "metrics": dict(self.metrics),
            "support": dict(self.support), "path": self.path, "skipped": self.skipped,
            "seconds": round(self.seconds, 1),
            "per_class": {name: {label: c.as_dict() for label, c in table.items()}
                          for name, table in self.per_class.items()},
            "confusion": self.confusion, "notes": list(self.notes),
        }
