"""`detente events`, `detente show`, `detente export`: what the store holds."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from detente.cli.options import (
    DEFAULT_DB, ActorName, AllCopies, Db, Dyad, EventType, Json, Limit, PhraseText, Since, Status, Until,
    example, fail, guarded, open_store, print_json, query_filters,
)

EVENTS_EXAMPLE = example(
    "detente events --dyad USA-CHN --since 2025-01-01 --status proposed",
    "detente events --type CONSULT --limit 20 --json",
    "detente events --text hotline --dyad USA-CHN",
)
SHOW_EXAMPLE = example("detente show 3f2a9c1e", "detente show 3f2a9c1e5b7d0a41 --json")
EXPORT_EXAMPLE = example(
    "detente export --format jsonl > events.jsonl",
    "detente export --format parquet --out events.parquet --dyad USA-CHN",
)
EVENTS_LIMIT = 100


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


ArticleId = Annotated[str, typer.Argument(
    metavar="ARTICLE_ID", help="The article id, or its first few characters.", show_default=False)]
ExportFormat = Annotated[Format, typer.Option(
    "--format", case_sensitive=False, help="File format of the export.", show_default=False)]
ListLimit = Annotated[int, typer.Option("--limit", min=1, metavar="N", help="At most N events.")]
Out = Annotated[Optional[Path], typer.Option(
    "--out", show_default=False, metavar="PATH", dir_okay=False,
    help="File to write; stdout when omitted (not for parquet).")]


@guarded
def events(dyad: Dyad = None, since: Since = None, until: Until = None, type_: EventType = None,
           status: Status = None, actor: ActorName = None, text: PhraseText = None, limit: ListLimit = EVENTS_LIMIT,
           db: Db = DEFAULT_DB, as_json: Json = False, all_copies: AllCopies = False) -> None:
    """List stored events, with their evidence and article, filtered by dyad, date, type, status, actor, text."""
    from detente.render import event_list_table
    filters = query_filters(dyad=dyad, since=since, until=until, type=type_, status=status,
                            actor=actor, text=text, limit=limit, all_copies=all_copies)
    with open_store(db, must_exist=True) as store:
        rows = store.events(**filters)
    if as_json:
        for row in rows:
            print_json(row)
    else:
        Console().print(event_list_table(rows))


@guarded
def show(article_id: ArticleId, db: Db = DEFAULT_DB, as_json: Json = False) -> None:
    """Print one stored readout, as `detente read` printed it."""
    from detente.render import print_readout
    with open_store(db, must_exist=True) as store:
        readout = store.readout(article_id)
        if readout is not None:
            from detente.threads import threads_for_article
            readout.threads = threads_for_article(store, readout.article.id)
    if readout is None:
        fail(f"no stored article whose id starts with {article_id!r} in {db}; "
             "list ids with `detente events`", code=1)
    if as_json:
        print_json(readout.as_dict())
    else:
        print_readout(readout, Console())


@guarded
def export(fmt: ExportFormat, out: Out = None, dyad: Dyad = None, since: Since = None, until: Until = None,
           type_: EventType = None, status: Status = None, actor: ActorName = None, text: PhraseText = None,
           limit: Limit = None, db: Db = DEFAULT_DB, all_copies: AllCopies = False,
           plover_strict: Annotated[bool, typer.Option(
               "--plover-strict", help="Project statuses as the PLOVER manual prescribes "
               "(intentions -> AGREE, negated dropped; see docs/readout-format.md).")] = False) -> None:
    """Write the stored events, filtered like `detente events`, as JSON lines, CSV or Parquet."""
    if fmt is Format.parquet and out is None:
        fail("--format parquet writes a binary file: add --out PATH, e.g. --out events.parquet")
    filters = query_filters(dyad=dyad, since=since, until=until, type=type_, status=status,
                            actor=actor, text=text, limit=limit, all_copies=all_copies)
    with open_store(db, must_exist=True) as store:
        count = store.export(fmt.value, out if out is not None else sys.stdout, plover_strict=plover_strict,
                             **filters)
    typer.echo(f"exported {count} events to {out if out is not None else 'stdout'}", err=True)
