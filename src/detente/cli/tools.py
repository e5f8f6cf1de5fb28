"""`detente bench` and `detente version`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from detente.cli.options import Json, example, guarded, print_json

BENCH_EXAMPLE = example(
    "detente bench ../shared/gold/reuters21578/json-data --limit 500",
    "detente bench corpus/ --json",
)
VERSION_EXAMPLE = example("detente version")

Corpus = Annotated[Path, typer.Argument(
    metavar="PATH", show_default=False,
    help="A directory of JSON files (or one file), each a list of records with a 'body' and a 'date'.")]
BenchLimit = Annotated[Optional[int], typer.Option(
    "--limit", show_default=False, min=1, metavar="N",
    help="Read only the first N articles that have a body.")]


@guarded
def bench(path: Corpus, limit: BenchLimit = None, as_json: Json = False) -> None:
    """Measure detente's throughput (read + store) against bare spaCy on the same texts."""
    from detente.bench import run_benchmark
    from detente.render import bench_table
    result = run_benchmark(path, limit=limit)
    if as_json:
        print_json(result)
    else:
        Console().print(bench_table(result))


def version() -> None:
    """Print detente's version."""
    from detente import __version__
    typer.echo(f"detente {__version__}")
