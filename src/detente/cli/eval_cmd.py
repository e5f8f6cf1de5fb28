"""`detente eval`: score the engine on a gold file, or check / raise the pinned accuracy floors."""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.console import Console

from detente.cli.options import Json, example, fail, guarded, print_json

EXAMPLE = example(
    "detente eval plover-gsr ../shared/gold/plover_gsr/PLOVER_GSR_dev.json",
    "detente eval multicoped-class ../shared/gold/multicoped/cameo_class/train.tsv --limit 200 --json",
    "detente eval --check eval/baseline.json",
    "detente eval --update eval/baseline.json --allow-lower 'new tokenizer splits hyphens'",
)

Task = Annotated[Optional[str], typer.Argument(
    metavar="[TASK]", show_default=False,
    help="plover-gsr, multicoped-class, multicoped-spans, cameo-codebook, polnear, event-location, "
         "petrarch-gsr or ecbplus.")]
GoldPath = Annotated[Optional[str], typer.Argument(
    metavar="[PATH]", show_default=False,
    help="The task's gold file (polnear: a folder such as data/dev) in its original layout, or the gold root.")]
EvalLimit = Annotated[Optional[int], typer.Option(
    "--limit", show_default=False, min=1, metavar="N",
    help="Score only the first N records (articles for polnear).")]
Check = Annotated[Optional[str], typer.Option(
    "--check", show_default=False, metavar="BASELINE",
    help="Run every task in BASELINE (e.g. eval/baseline.json) and fail when a score is below its floor "
         "by more than the noise margin.")]
Update = Annotated[Optional[str], typer.Option(
    "--update", show_default=False, metavar="BASELINE",
    help="Run the tasks and raise BASELINE's floors to the new scores (creates the file if missing).")]
AllowLower = Annotated[Optional[str], typer.Option(
    "--allow-lower", show_default=False, metavar="REASON",
    help="With --update: also lower floors to the new scores, recording REASON in the baseline.")]
Gold = Annotated[Optional[str], typer.Option(
    "--gold", show_default=False, metavar="DIR",
    help="With --check/--update: the gold folder (default: $DETENTE_GOLD, else the baseline's 'gold' "
         "path, ../../shared/gold from eval/baseline.json).")]


@guarded
def eval_(task: Task = None, path: GoldPath = None, limit: EvalLimit = None, as_json: Json = False,
          check: Check = None, update: Update = None, allow_lower: AllowLower = None,
          gold: Gold = None) -> None:
    """Measure accuracy on a public gold set, or check the pinned floors (exit 1 when one is broken)."""
    from detente.eval import TASKS
    if check and update:
        fail("give --check or --update, not both")
    if allow_lower is not None and not update:
        fail("--allow-lower goes with --update BASELINE")
    if allow_lower is not None and not allow_lower.strip():
        fail("--allow-lower needs a reason, e.g. --allow-lower 'gold file re-annotated'")
    if check or update:
        if path is not None or limit is not None:
            fail("--check/--update run the tasks as the baseline lists them; drop PATH and --limit")
        _gate(check or update, update=bool(update), allow_lower=allow_lower, gold=gold,
              tasks=[task] if task else None, as_json=as_json)
        return
    if task is None or path is None:
        fail(f"give TASK PATH (tasks: {', '.join(TASKS)}), or --check BASELINE")
    from detente.eval import run_task
    result = run_task(task, path, limit=limit)
    if as_json:
        print_json(result.as_dict())
    else:
        from detente.eval.render import result_view
        Console().print(result_view(result))


def _gate(baseline: str, *, update: bool, allow_lower: str | None, gold: str | None,
          tasks: list[str] | None, as_json: bool) -> None:
    from detente.eval import baseline as gate
    if tasks:
        from detente.eval import task_module
        task_module(tasks[0])
    if update:
        report = gate.update(baseline, gold=gold, allow_lower=allow_lower, tasks=tasks)
    else:
        report = gate.check(baseline, gold=gold, tasks=tasks)
    if as_json:
        print_json(report.as_dict())
    else:
        from detente.eval.render import report_view
        Console().print(report_view(report))
    if not report.passed:
        raise typer.Exit(1)
