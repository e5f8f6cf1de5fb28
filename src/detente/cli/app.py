"""The `detente` command: a Typer app whose commands each call one library function."""

from __future__ import annotations

import typer

from detente.cli import query, read, threads_cmd, tools
from detente.cli import eval_cmd
from detente.cli import watch_cmd
from detente.cli import kb_cmd
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
app.command("watch", epilog=watch_cmd.EXAMPLE)(watch_cmd.watch)
app.command("events", epilog=query.EVENTS_EXAMPLE)(query.events)
app.command("show", epilog=query.SHOW_EXAMPLE)(query.show)
app.command("export", epilog=query.EXPORT_EXAMPLE)(query.export)
app.command("threads", epilog=threads_cmd.THREADS_EXAMPLE)(threads_cmd.threads)
app.command("thread", epilog=threads_cmd.THREAD_EXAMPLE)(threads_cmd.thread)
app.command("bench", epilog=tools.BENCH_EXAMPLE)(tools.bench)
app.command("version", epilog=tools.VERSION_EXAMPLE)(tools.version)
app.add_typer(kb_cmd.app, name="kb")
app.command("eval", epilog=eval_cmd.EXAMPLE)(eval_cmd.eval_)


def main() -> None:
    """Console-script entry point (`detente = detente.cli:main`)."""
    app(prog_name="detente")
