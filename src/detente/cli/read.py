"""`detente read`: read articles from files, pages, feeds, corpora or stdin; store and print readouts."""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from detente.api import _parse_published as parse_published  # the Reader's own check and message
from detente.cli.options import (
    DEFAULT_DB, AllowPrivate, Db, Json, MaxSize, Timeout, example, guarded, one_line, open_store, print_json,
)
from detente.cli.sidecar import sidecar_meta
from detente.errors import InputError

EXAMPLE = example(
    "detente read article.txt --published 2025-08-28 --publisher Reuters",
    "detente read https://example.org/news/talks.html feed.xml corpus.jsonl pages/",
    "detente read corpus.csv --text-field body --date-field day --url-field link",
    "detente read examples/articles/*.txt --meta-from-sidecar --json",
    "cat article.txt | detente read - --no-store",
)
STDIN = "-"
TEXT_KINDS = ("text", "stdin")


class Kind(str, Enum):
    text = "text"
    html = "html"
    feed = "feed"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    tsv = "tsv"


Files = Annotated[Optional[list[str]], typer.Argument(
    metavar="[INPUTS]...", show_default=False,
    help="Article text files, HTML files, http(s) URLs, RSS/Atom feeds, corpora (.jsonl, .json, .csv, "
         ".tsv) or directories of them, in any mix; none or '-' reads stdin.")]
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
TextField = Annotated[Optional[str], typer.Option(
    "--text-field", show_default=False, metavar="NAME",
    help="Corpus field (JSON key or CSV column; a.b for nested JSON) holding the article text.")]
DateField = Annotated[Optional[str], typer.Option(
    "--date-field", show_default=False, metavar="NAME", help="Corpus field holding the publication date.")]
UrlField = Annotated[Optional[str], typer.Option(
    "--url-field", show_default=False, metavar="NAME", help="Corpus field holding the article's URL.")]
TitleField = Annotated[Optional[str], typer.Option(
    "--title-field", show_default=False, metavar="NAME", help="Corpus field holding the headline.")]
PublisherField = Annotated[Optional[str], typer.Option(
    "--publisher-field", show_default=False, metavar="NAME", help="Corpus field holding the publisher.")]
KindOption = Annotated[Optional[Kind], typer.Option(
    "--kind", show_default=False, case_sensitive=False,
    help="Read every local input and stdin as this kind instead of detecting it.")]


@guarded
def read(files: Files = None, published: Published = None, url: Url = None, publisher: Publisher = None,
         title: Title = None, meta_from_sidecar: Sidecar = False, text_field: TextField = None,
         date_field: DateField = None, url_field: UrlField = None, title_field: TitleField = None,
         publisher_field: PublisherField = None, kind: KindOption = None,
         allow_private_urls: AllowPrivate = False, timeout: Timeout = 20.0, max_size: MaxSize = 5.0,
         db: Db = DEFAULT_DB, as_json: Json = False, no_store: NoStore = False) -> None:
    """Read articles into events, statements, actors and counterparts; save and print each readout."""
    from detente.sources.corpus import Fields
    from detente.sources.inputs import SourceOptions
    day = parse_published(published)  # a bad date stops here, before any input is read
    defaults = {"published": day.isoformat() if day else None, "url": url, "publisher": publisher,
                "title": title}
    options = SourceOptions(
        fields=Fields(text=text_field, date=date_field, url=url_field, title=title_field,
                      publisher=publisher_field),
        kind=kind.value if kind else None, allow_private=allow_private_urls, timeout=timeout,
        max_bytes=int(max_size * 1024 * 1024))
    paths = files or [STDIN]
    with (nullcontext() if no_store else open_store(db)) as store:
        tally = _read_all(paths, defaults, store, options, as_json=as_json, sidecars=meta_from_sidecar)
    total, failed, skipped, text_only = tally
    if total > 1 and skipped:
        typer.echo(f"{skipped} of {total} {'files' if text_only else 'articles'} skipped (not coded)",
                   err=True)
    if failed:
        if total > 1:
            typer.echo(f"{failed} of {total} {'files' if text_only else 'articles'} failed", err=True)
        raise typer.Exit(2 if failed == total else 1)


def _read_all(paths: list[str], defaults: dict[str, Any], store: Any, options: Any, *, as_json: bool,
              sidecars: bool) -> tuple[int, int, int, bool]:
    """Read, save and print every article of every input; (total, failed, skipped, all plain text)."""
    from detente.sources.ingest import Ingest
    console = Console()
    ingest = Ingest(store, defaults=defaults, **_store_reading(store))
    total = failed = skipped = 0
    text_only = True
    with _progress(len(paths)) as advance:
        inputs = _Inputs(paths, options, sidecars, advance)
        for outcome in ingest.process_many(inputs.articles()):
            art, label = outcome.article, outcome.article.origin
            total += 1
            text_only = text_only and art.kind in TEXT_KINDS
            if outcome.status == "failed":
                failed += 1
                typer.echo(f"error: {label}: {one_line(_without_path(label, outcome.error or ''))}", err=True)
            elif outcome.status == "skipped":
                skipped += 1
                typer.echo(f"skipped: {label}: {one_line(art.skip_reason or '')}", err=True)
            else:
                if outcome.warning:
                    typer.echo(f"warning: {label}: {one_line(outcome.warning)}", err=True)
                _show(outcome, store is not None, console, as_json)
            inputs.done()
        inputs.finish()
    return total, failed, skipped, text_only


class _Inputs:
    """The articles of every input in order, and the progress bar moved once all of an input's
    articles are done (they are read in batches that may span inputs)."""

    def __init__(self, paths: list[str], options: Any, sidecars: bool, advance: Callable[[str], None]):
        self.paths, self.options, self.sidecars, self.advance = paths, options, sidecars, advance
        self.owners: deque[str] = deque()  # the input of each article handed out and not yet done
        self.listed: list[str] = []        # inputs whose articles have all been handed out

    def articles(self) -> Iterator[Any]:
        from detente.sources.inputs import iter_articles
        for path in self.paths:
            for art in iter_articles(path, self.options):
                if self.sidecars and art.kind == "text" and art.error is None:
                    art = _with_sidecar(art)
                self.owners.append(path)
                yield art
            self.listed.append(path)

    def done(self) -> None:
        """One article is done: move the bar past every input with nothing left to do."""
        self.owners.popleft()
        while self.listed and self.listed[0] not in self.owners:
            self.advance(_label(self.listed.pop(0)))

    def finish(self) -> None:
        for path in self.listed:
            self.advance(_label(path))
        self.listed.clear()


def _store_reading(store: Any) -> dict[str, Any]:
    """With a database: resolve actors through its knowledge base (analysts' and Wikidata additions
    included) and, after each save, record unknown names and counterpart claims."""
    if store is None:
        return {}
    from detente.api import Reader
    from detente.kb.disputes import record_readout
    from detente.kb.sql import SqlKB
    kb = SqlKB(store)

    def record_kb(store: Any, readout: Any) -> None:
        record_readout(store, readout, kb)

    def attach_threads(store: Any, readout: Any) -> None:
        from detente.threads import threads_for_article
        readout.threads = threads_for_article(store, readout.article.id)

    return {"reader": Reader(kb=kb), "after_save": [record_kb, attach_threads]}


def _with_sidecar(art: Any) -> Any:
    """Metadata from NN-slug.expected.json beside a text file: it wins over the command-line options."""
    import dataclasses
    from detente.sources.article import failed
    try:
        meta = sidecar_meta(art.origin)
    except InputError as exc:
        return failed(art.origin, str(exc))
    return dataclasses.replace(art, **{k: v for k, v in meta.items() if getattr(art, k, None) is None})


def _show(outcome: Any, storing: bool, console: Console, as_json: bool) -> None:
    from detente.render import print_readout
    readout, stored = outcome.readout, outcome.stored
    if as_json:
        data = {**readout.as_dict(), "stored": stored}
        if outcome.duplicate:
            data["duplicate_of"] = {"article_id": outcome.duplicate[0],
                                    "similarity": round(outcome.duplicate[1], 3)}
        print_json(data)
        return
    print_readout(readout, console)
    if storing:
        note = "saved" if stored else "already stored"
        if outcome.duplicate:
            note += f"; near-duplicate of {outcome.duplicate[0]} (similarity {outcome.duplicate[1]:.2f})"
        console.print(note, style="dim")


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
