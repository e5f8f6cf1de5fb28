"""Metric helpers shared by the task scorers: counts, precision/recall/F1, accuracy, macro-F1, confusion.

Conventions (docs/accuracy.md):
- single-label tasks compare (gold, predicted) label pairs; a sentence with no predicted event gets the
  label NONE, which is a class of its own only where the gold has it (quad class 0, "no event");
- macro-F1 averages the per-class F1 over the classes present in the gold (support > 0), so a class
  the engine predicts but the gold never has lowers precision elsewhere, not the average's denominator;
- set and span metrics are micro-averaged: true positives, false positives and false negatives are
  summed over all records before precision and recall are taken.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

NONE = "NONE"  # the label of "no event predicted" (or no gold event)


@dataclass
class Counts:
    """True positives, false positives and false negatives, summed over records."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """How many gold items there were (true positives plus false negatives)."""
        return self.tp + self.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "support": self.support, "tp": self.tp, "fp": self.fp, "fn": self.fn}


def set_counts(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> Counts:
    """Counts for one record's gold and predicted sets (duplicates collapse)."""
    g, p = set(gold), set(predicted)
    return Counts(tp=len(g & p), fp=len(p - g), fn=len(g - p))


def accuracy(pairs: Sequence[tuple[Hashable, Hashable]]) -> float:
    """Share of (gold, predicted) pairs that agree; 0.0 for no pairs."""
    return sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0


def per_class(pairs: Sequence[tuple[Hashable, Hashable]]) -> dict[str, Counts]:
    """Precision/recall counts per label, for every label seen in the gold or the predictions."""
    counts: dict[str, Counts] = {}
    for gold, pred in pairs:
        g, p = str(gold), str(pred)
        counts.setdefault(g, Counts())
        counts.setdefault(p, Counts())
        if g == p:
            counts[g].tp += 1
        else:
            counts[g].fn += 1
            counts[p].fp += 1
    return dict(sorted(counts.items()))


def macro_f1(classes: dict[str, Counts]) -> float:
    """Mean F1 over the classes that occur in the gold (support > 0)."""
    scored = [c.f1 for c in classes.values() if c.support > 0]
    return sum(scored) / len(scored) if scored else 0.0


def confusion(pairs: Sequence[tuple[Hashable, Hashable]],
              labels: Sequence[str] | None = None) -> dict[str, list]:
    """Confusion table: rows are gold labels, columns predicted labels, cells counts."""
    cells = Counter((str(g), str(p)) for g, p in pairs)
    if labels is None:
        seen = {label for pair in cells for label in pair}
        labels = sorted(seen - {NONE}) + ([NONE] if NONE in seen else [])
    return {"labels": list(labels),
            "matrix": [[cells.get((g, p), 0) for p in labels] for g in labels]}


def top_confusions(table: dict[str, list], k: int = 5) -> list[tuple[str, str, int]]:
    """The k largest off-diagonal cells as (gold, predicted, count)."""
    labels, matrix = table["labels"], table["matrix"]
    cells = [(labels[i], labels[j], n) for i, row in enumerate(matrix) for j, n in enumerate(row)
             if i != j and n]
    return sorted(cells, key=lambda c: (-c[2], c[0], c[1]))[:k]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Half-open intervals [start, end) share at least one position."""
    return a[0] < b[1] and b[0] < a[1]


def match_spans(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> Counts:
    """One-to-one matching of predicted to gold spans by overlap (largest overlap first).

    A predicted span that overlaps a gold span not yet matched is a true positive; each gold span is
    matched at most once, so two predictions on one gold span count one hit and one false positive.
    """
    candidates = sorted(
        ((min(g[1], p[1]) - max(g[0], p[0]), gi, pi)
         for gi, g in enumerate(gold) for pi, p in enumerate(predicted) if overlaps(g, p)),
        reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return Counts(tp=len(used_g), fp=len(predicted) - len(used_p), fn=len(gold) - len(used_g))


def binomial_se(p: float, n: int) -> float:
    """Standard error of a proportion p measured on n items (0 when n is 0)."""
    return (max(p, 0.0) * max(1.0 - p, 0.0) / n) ** 0.5 if n > 0 else 0.0
