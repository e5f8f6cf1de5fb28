"""`detente watch FEED...`: poll feeds, read new items into the database, log one line per poll."""

from __future__ import annotations

from typing import Annotated

import typer

from detente.cli.options import (
    DEFAULT_DB, AllowPrivate, Db, Json, MaxSize, Timeout, example, fail, guarded, one_line, open_store,
    print_json,
)

EXAMPLE = example(
    "detente watch https://example.org/world/rss.xml https://example.net/atom.xml --every 15m",
    "detente watch https://example.org/world/rss.xml --once --db news.db",
)

Feeds = Annotated[list[str], typer.Argument(
    metavar="FEED...", show_default=False, help="RSS or Atom feed URLs (http or https) to poll.")]
Every = Annotated[str, typer.Option(
    "--every", metavar="INTERVAL", help="Time between polls: 30s, 15m, 1h, 1h30m (at least 30s).")]
Once = Annotated[bool, typer.Option("--once", help="Poll each feed once and exit (cron jobs, tests).")]


@guarded
def watch(feeds: Feeds, every: Every = "15m", once: Once = False, allow_private_urls: AllowPrivate = False,
          timeout: Timeout = 20.0, max_size: MaxSize = 5.0, db: Db = DEFAULT_DB, as_json: Json = False) -> None:
    """Poll RSS/Atom feeds and read their new items into the database; one log line per feed and poll."""
    from detente.errors import InputError
    from detente.sources.http import Fetcher, check_scheme
    from detente.sources.ingest import Ingest
    from detente.sources.watch import parse_every, watch as run
    seconds = parse_every(every)
    for url in feeds:
        try:
            check_scheme(url)
        except InputError as exc:
            fail(f"{url}: {exc}")
    fetcher = Fetcher(timeout=timeout, max_bytes=int(max_size * 1024 * 1024), allow_private=allow_private_urls)

    def log(result) -> None:
        for origin, message in result.errors:
            typer.echo(f"error: {origin}: {one_line(message)}", err=True)
        if result.error:
            typer.echo(f"error: {result.feed}: {one_line(result.error)}", err=True)
        if as_json:
            print_json(result.as_dict())
        else:
            typer.echo(result.line())

    with open_store(db) as store:
        ingest = Ingest(store)
        try:
            results = run(store, list(feeds), every=seconds, once=once, ingest=ingest, fetcher=fetcher, log=log)
        except KeyboardInterrupt:
            typer.echo("stopped", err=True)
            return
    broken = sum(1 for r in results if r.error)
    if broken == len(results):
        raise typer.Exit(2)
    if broken or any(r.failed for r in results):
        raise typer.Exit(1)
