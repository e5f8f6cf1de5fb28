"""Rich views of an eval result (metrics, per-class scores, confusion tables) and of a gate report."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from detente.eval.baseline import Report
from detente.eval.result import TaskResult

STATUS_STYLE = {"FAIL": "bold red", "missing": "bold red", "within noise": "yellow", "raised": "green",
                "new": "cyan", "ok": ""}


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def metrics_table(result: TaskResult) -> Table:
    table = Table(title=f"{result.task}: n={result.n}, {result.seconds:.1f}s", title_justify="left")
    table.add_column("metric")
    table.add_column("score %", justify="right")
    table.add_column("over", justify="right")
    for name, value in result.metrics.items():
        table.add_row(name, _pct(value), str(result.support.get(name, result.n)))
    return table


def per_class_table(name: str, classes: dict) -> Table:
    table = Table(title=f"per class: {name}", title_justify="left")
    for col in ("class", "precision %", "recall %", "F1 %", "gold", "predicted"):
        table.add_column(col, justify="left" if col == "class" else "right")
    for label, c in classes.items():
        table.add_row(label, _pct(c.precision), _pct(c.recall), _pct(c.f1), str(c.support), str(c.tp + c.fp))
    return table


def confusion_table(name: str, table_data: dict) -> Table:
    labels, matrix = table_data["labels"], table_data["matrix"]
    table = Table(title=f"confusion: {name} (rows gold, columns predicted)", title_justify="left")
    table.add_column("gold \\ pred")
    for label in labels:
        table.add_column(label[:5], justify="right")
    for i, (label, row) in enumerate(zip(labels, matrix)):
        cells = [Text(str(n), style="bold" if i == j and n else "dim" if not n else "") for j, n in enumerate(row)]
        table.add_row(label, *cells)
    return table


def result_view(result: TaskResult) -> Group:
    parts = [Text(f"{result.task} on {result.path}", style="bold"), metrics_table(result)]
    for name, classes in result.per_class.items():
        if len(classes) > 1:
            parts.append(per_class_table(name, classes))
    for name, data in result.confusion.items():
        parts.append(confusion_table(name, data))
    parts += [Text(f"note: {note}", style="dim") for note in result.notes]
    return Group(*parts)


def report_view(report: Report) -> Group:
    table = Table(title=f"accuracy gate: {report.baseline} (gold: {report.gold})", title_justify="left")
    for col in ("task", "metric", "floor %", "margin", "score %", "status"):
        table.add_column(col, justify="right" if col in {"floor %", "margin", "score %"} else "left")
    for row in report.rows:
        table.add_row(row.task, row.metric, "" if row.floor is None else _pct(row.floor),
                      f"{100 * row.margin:.1f}", "" if row.score is None else _pct(row.score),
                      Text(row.status, style=STATUS_STYLE.get(row.status, "")))
    seconds = ", ".join(f"{t} {r.seconds:.0f}s" for t, r in report.results.items())
    verdict = ("passed" if report.passed else f"FAILED: {len(report.failed)} score(s) below floor - margin")
    lines = [table, Text(f"time: {seconds}", style="dim"),
             Text(verdict, style="green" if report.passed else "bold red")]
    if report.written:
        lines.append(Text(f"wrote {report.baseline}"))
    return Group(*lines)
