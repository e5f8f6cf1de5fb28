"""What every command shares: the --db/--json/filter options, option parsing, the store, errors."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

import typer

from detente.errors import DetenteError, StoreError
from detente.records import STATUSES

DEFAULT_DB = "detente.db"

Db = Annotated[str, typer.Option(
    "--db", envvar="DETENTE_DB", metavar="PATH",
    help="SQLite database file (or SQLAlchemy URL) holding the stored readouts.")]
Json = Annotated[bool, typer.Option(
    "--json", help="Print JSON, one object per line, instead of tables.")]

Dyad = Annotated[Optional[str], typer.Option(
    "--dyad", show_default=False, metavar="AAA-BBB",
    help="Only events between two countries (ISO alpha-3): USA-CHN either way, USA->CHN source to target.")]
Since = Annotated[Optional[str], typer.Option(
    "--since", show_default=False, metavar="YYYY-MM-DD",
    help="Only events on or after this day (or YYYY-MM, YYYY).")]
Until = Annotated[Optional[str], typer.Option(
    "--until", show_default=False, metavar="YYYY-MM-DD",
    help="Only events on or before this day (or YYYY-MM, YYYY).")]
EventType = Annotated[Optional[str], typer.Option(
    "--type", show_default=False, metavar="TYPE", help="Only events of this PLOVER type, e.g. CONSULT.")]
Status = Annotated[Optional[str], typer.Option(
    "--status", show_default=False, metavar="STATUS",
    help="Only events with this status: " + ", ".join(STATUSES) + ".")]
ActorName = Annotated[Optional[str], typer.Option(
    "--actor", show_default=False, metavar="NAME",
    help="Only events whose source or target actor's name or id contains NAME (any case); a state "
    "matches under any name it acts by (a capital: Moscow for Russia).")]
PhraseText = Annotated[Optional[str], typer.Option(
    "--text", show_default=False, metavar="PHRASE",
    help="Only events told in a sentence (evidence or another mention) that contains PHRASE.")]
AllCopies = Annotated[bool, typer.Option(
    "--all-copies", help="Also list events that near-duplicate articles (wire copies, re-posts) repeat.")]
Limit = Annotated[Optional[int], typer.Option(
    "--limit", show_default=False, min=1, metavar="N", help="At most N events.")]


def example(*lines: str) -> str:
    """An epilog for --help that shows how the command is called."""
    return "[bold]Example:[/bold]\n\n" + "\n\n".join(f"  $ {line}" for line in lines)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one `error: ...` line to stderr and exit with `code`."""
    typer.echo(f"error: {one_line(message)}", err=True)
    raise typer.Exit(code)


def one_line(message: object) -> str:
    return " ".join(str(message).split())


def guarded(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a DetenteError escaping a command into one error line and exit code 2."""
    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except DetenteError as exc:
            fail(str(exc))
    return wrapper


def query_filters(**filters: Any) -> dict[str, Any]:
    """The filters that were given, as keyword arguments for Store.events/export (which checks them)."""
    return {key: value for key, value in filters.items() if value is not None}


def check_db_exists(db: str) -> None:
    """Refuse to query a database file that is not there (the Store would create an empty one)."""
    if "://" not in db and not Path(db).expanduser().exists():
        raise StoreError(f"no database at {db}: read articles into it first "
                         f"(detente read FILE --db {db}) or pass the right --db")


@contextmanager
def open_store(db: str, *, must_exist: bool = False) -> Iterator[Any]:
    """The Store at --db (which refuses a directory or a missing folder), closed on exit."""
    from detente.store import Store
    if must_exist:
        check_db_exists(db)
    store = Store(db)
    try:
        yield store
    finally:
        store.close()


def print_json(data: Any) -> None:
    """One JSON object on one line of stdout."""
    typer.echo(json.dumps(data, ensure_ascii=False, default=str))


# Fetching options shared by `detente read` and `detente watch`.
AllowPrivate = Annotated[bool, typer.Option(
    "--allow-private-urls",
    help="Also fetch URLs on private, loopback or link-local addresses (intranet feeds); off by default.")]
Timeout = Annotated[float, typer.Option(
    "--timeout", min=0.1, metavar="SECONDS", help="Time allowed to fetch one URL, redirects included.")]
MaxSize = Annotated[float, typer.Option(
    "--max-size", min=0.01, metavar="MB", help="Largest page, feed or file read, in megabytes.")]
