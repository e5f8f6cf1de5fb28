"""`detente read`: read article files (or stdin), store the readouts, print them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from detente.api import _parse_published as parse_published  # the Reader's own check and message
from detente.cli.options import DEFAULT_DB, Db, Json, example, guarded, one_line, open_store, print_json
from detente.cli.sidecar import sidecar_meta
from detente.errors import InputError

EXAMPLE = example(
    "detente read article.txt --published 2025-08-28 --publisher Reuters",
    "detente read examples/articles/*.txt --meta-from-sidecar --json",
    "cat article.txt | detente read - --no-store",
)
STDIN = "-"

Files = Annotated[Optional[list[str]], typer.Argument(
    metavar="[FILES]...", show_default=False, help="Article text files; none or '-' reads stdin.")]
Published = Annotated[Optional[str], typer.Option(
    "--published", show_default=False, metavar="YYYY-MM-DD",
    help="Publication date; relative dates in the text resolve against it.")]
Url = Annotated[Optional[str], typer.Option(
    "--url", show_default=False, help="The article's URL, kept as given.")]
Publisher = Annotated[Optional[str], typer.Option(
    "--publisher", show_default=False, help="Who published the article.")]
Title = Annotated[Optional[str], typer.Option(
    "--title", show_default=False, help="The article's headline.")]
Sidecar = Annotated[bool, typer.Option(
    "--meta-from-sidecar",
    help="Take published/publisher/url/title of each FILE.txt from FILE.expected.json (or FILE.json) "
         "beside it; the options above fill what a sidecar lacks.")]
NoStore = Annotated[bool, typer.Option("--no-store", help="Print the readouts without saving them.")]


@guarded
def read(files: Files = None, published: Published = None, url: Url = None, publisher: Publisher = None,
         title: Title = None, meta_from_sidecar: Sidecar = False, db: Db = DEFAULT_DB, as_json: Json = False,
         no_store: NoStore = False) -> None:
    """Read articles into events, statements, actors and counterparts; save and print each readout."""
    day = parse_published(published)  # a bad date stops here, before any file is read
    defaults = {"published": day.isoformat() if day else None, "url": url, "publisher": publisher,
                "title": title}
    paths = files or [STDIN]
    with (nullcontext() if no_store else open_store(db)) as store:
        failed = _read_all(paths, defaults, store, as_json=as_json, sidecars=meta_from_sidecar)
    if failed:
        if len(paths) > 1:
            typer.echo(f"{failed} of {len(paths)} files failed", err=True)
        raise typer.Exit(2 if failed == len(paths) else 1)


def _read_all(paths: list[str], defaults: dict[str, Any], store: Any, *, as_json: bool,
              sidecars: bool) -> int:
    """Read, save and print each file in turn; returns how many could not be read."""
    from detente.api import default_reader
    console, failed = Console(), 0
    with _progress(len(paths)) as advance:
        for path in paths:
            try:
                text, meta = _load(path, defaults, sidecars)
                readout = default_reader().read(text, **meta)
            except InputError as exc:
                typer.echo(f"error: {_label(path)}: {one_line(_without_path(path, str(exc)))}", err=True)
                failed += 1
            else:
                stored = store.save(readout) if store is not None else False
                _show(readout, stored, store is not None, console, as_json)
            advance(_label(path))
    return failed


def _load(path: str, defaults: dict[str, Any], sidecars: bool) -> tuple[str, dict[str, Any]]:
    from detente.sources.text import load_stdin, load_text_file
    if path == STDIN:
        return load_stdin(), defaults
    meta = {**defaults, **sidecar_meta(path)} if sidecars else defaults
    return load_text_file(path), meta


def _show(readout: Any, stored: bool, storing: bool, console: Console, as_json: bool) -> None:
    from detente.render import print_readout
    if as_json:
        print_json({**readout.as_dict(), "stored": stored})
        return
    print_readout(readout, console)
    if storing:
        console.print("saved" if stored else "already stored", style="dim")


def _label(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _without_path(path: str, message: str) -> str:
    """The message without a leading file name, which `error: FILE:` already gives."""
    return message[len(path):].lstrip(": ") if message.startswith(path) else message


@contextmanager
def _progress(total: int) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr for batches read at a terminal; else a no-op."""
    if total < 2 or not (sys.stdout.isatty() and sys.stderr.isatty()):
        yield lambda label: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    # redirect_stdout: readouts printed meanwhile appear above the bar instead of breaking it.
    with Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=True) as bar:
        task = bar.add_task("reading", total=total)
        yield lambda label: bar.update(task, advance=1, description=Path(label).name)
