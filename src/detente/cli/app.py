"""The `detente` command: a Typer app whose commands each call one library function."""

from __future__ import annotations

import typer

from detente.cli import query, read, tools
from detente.cli._compat import patch_typer

patch_typer()

app = typer.Typer(
    name="detente",
    help="Read news about relations between states into an evidence-linked record of events.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
)

app.command("read", epilog=read.EXAMPLE)(read.read)
app.command("events", epilog=query.EVENTS_EXAMPLE)(query.events)
app.command("show", epilog=query.SHOW_EXAMPLE)(query.show)
app.command("export", epilog=query.EXPORT_EXAMPLE)(query.export)
app.command("bench", epilog=tools.BENCH_EXAMPLE)(tools.bench)
app.command("version", epilog=tools.VERSION_EXAMPLE)(tools.version)


def main() -> None:
    """Console-script entry point (`detente = detente.cli:main`)."""
    app(prog_name="detente")
