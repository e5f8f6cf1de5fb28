"""`detente threads` and `detente thread ID`: engagements followed across articles (detente.threads)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.console import Console

from detente.cli.options import DEFAULT_DB, Db, Json, example, fail, guarded, open_store, print_json

THREADS_EXAMPLE = example(
    "detente threads --dyad USA-CHN --since 2025-08-01",
    "detente threads --status open --json",
)
THREAD_EXAMPLE = example("detente thread th-3f2a9c1e5b7d", "detente thread 3f2a9c --json")
THREADS_LIMIT = 100

ThreadDyad = Annotated[Optional[str], typer.Option(
    "--dyad", show_default=False, metavar="AAA-BBB",
    help="Only threads between these two countries (ISO alpha-3, either order), e.g. USA-CHN.")]
ThreadStatus = Annotated[Optional[str], typer.Option(
    "--status", show_default=False, metavar="STATUS",
    help="Only threads whose current status is this: open (not yet settled: proposed, planned, "
         "under_consideration, confirmed, accepted, non_committal, hypothetical) or one status, e.g. occurred.")]
ThreadSince = Annotated[Optional[str], typer.Option(
    "--since", show_default=False, metavar="YYYY-MM-DD",
    help="Only threads with a step or engagement date on or after this day (or YYYY-MM, YYYY).")]
ThreadKind = Annotated[Optional[str], typer.Option(
    "--kind", show_default=False, metavar="KIND",
    help="Only threads of this kind: call, meeting, summit, visit, forum attendance, agreement, sanction, ...")]
ThreadLimit = Annotated[int, typer.Option("--limit", min=1, metavar="N", help="At most N threads.")]
ThreadId = Annotated[str, typer.Argument(
    metavar="ID", show_default=False, help="The thread id (th-...), or its first 6 or more characters.")]


@guarded
def threads(dyad: ThreadDyad = None, status: ThreadStatus = None, since: ThreadSince = None,
            kind: ThreadKind = None, limit: ThreadLimit = THREADS_LIMIT, db: Db = DEFAULT_DB,
            as_json: Json = False) -> None:
    """List threads: one line per engagement followed across articles, with its status history."""
    from detente.threads import link_pending, list_threads
    from detente.threads.render import threads_table
    with open_store(db, must_exist=True) as store:
        link_pending(store)
        rows = list_threads(store, dyad=dyad, status=status, since=since, kind=kind, limit=limit)
    if as_json:
        for row in rows:
            print_json(row)
    else:
        Console().print(threads_table(rows))


@guarded
def thread(thread_id: ThreadId, db: Db = DEFAULT_DB, as_json: Json = False) -> None:
    """Show one thread as a timeline: each status step with its evidence sentences and sources."""
    from detente.threads import get_thread, link_pending
    from detente.threads.render import render_thread
    with open_store(db, must_exist=True) as store:
        link_pending(store)
        record = get_thread(store, thread_id)
    if record is None:
        fail(f"no thread whose id starts with {thread_id!r} in {db}; list ids with `detente threads`", code=1)
    if as_json:
        print_json(record)
    else:
        Console().print(render_thread(record))
