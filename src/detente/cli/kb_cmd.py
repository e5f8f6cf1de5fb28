"""`detente kb ...`: look up, extend and audit the knowledge base kept in the database.

Every command takes --db (the events database, which also holds the KB). `find`, `show` and
`counterparts` on a database that does not exist yet answer from the built-in data without
creating it; `add` and `import-wikidata` create it; `unknown` needs stored articles.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table

from detente.cli.options import DEFAULT_DB, Db, Json, example, fail, guarded, open_store, print_json

app = typer.Typer(
    name="kb",
    help="The knowledge base: find actors and their roles on a date, counterparts, add analysts' actors, "
         "import Wikidata, list names articles mention that it lacks.",
    epilog=example('detente kb find "Chinese Defense Minister" --on 2023-03-20',
                   "detente kb counterparts Hegseth --on 2025-08-28 --country CHN",
                   "detente kb add my-actors.yaml", "detente kb import-wikidata latest-all.json.gz",
                   "detente kb unknown --limit 20"),
    no_args_is_help=True,
    rich_markup_mode="rich",
)

FIND_EXAMPLE = example('detente kb find "Chinese Defense Minister" --on 2023-03-20',
                       "detente kb find Hegseth --json")
SHOW_EXAMPLE = example("detente kb show person:dong-jun", 'detente kb show "Wang Yi" --json')
ADD_EXAMPLE = example("detente kb add my-actors.yaml --db detente.db")
IMPORT_EXAMPLE = example("detente kb import-wikidata latest-all.json.gz",
                         "detente kb import-wikidata politicians.json.bz2 --db detente.db")
COUNTERPARTS_EXAMPLE = example("detente kb counterparts Hegseth --on 2025-08-28 --country CHN",
                               "detente kb counterparts person:wang-yi --json")
UNKNOWN_EXAMPLE = example("detente kb unknown --limit 20", "detente kb unknown --json > unknown.jsonl")

Name = Annotated[str, typer.Argument(metavar="NAME", show_default=False,
                                     help="A name as written: 'Hegseth', 'Adm. Dong Jun', 'the Kremlin', "
                                          "'Chinese Defense Minister'.")]
ActorArg = Annotated[str, typer.Argument(metavar="ACTOR", show_default=False,
                                         help="An actor id (person:dong-jun, org:nato, state:CHN) or a name.")]
On = Annotated[Optional[str], typer.Option(
    "--on", show_default=False, metavar="YYYY-MM-DD",
    help="Resolve on this day (roles, office holders); default: today's holders (open-ended roles).")]
YamlFile = Annotated[Path, typer.Argument(metavar="FILE.yaml", show_default=False,
                                          help="Analysts' actors in the YAML format of docs/kb.md.")]
DumpFile = Annotated[Path, typer.Argument(metavar="FILE", show_default=False,
                                          help="A Wikidata JSON dump: .json, .json.gz or .json.bz2.")]
Country = Annotated[Optional[str], typer.Option(
    "--country", show_default=False, metavar="AAA",
    help="Only counterparts in this country (ISO alpha-3), e.g. CHN.")]
UnknownLimit = Annotated[Optional[int], typer.Option(
    "--limit", show_default=False, min=1, metavar="N", help="At most N names (the most mentioned first).")]


@contextmanager
def _kb(db: str, *, create: bool = False) -> Iterator[Any]:
    """The SqlKB of --db; without `create`, the built-in KB when that database does not exist yet."""
    from detente.kb import load_default
    from detente.kb.sql import SqlKB, database_exists
    if not create and not database_exists(db):
        yield load_default()
        return
    with open_store(db) as store:
        kb = SqlKB(store)
        try:
            yield kb
        finally:
            kb.close()


def _day(on: str | None):
    from detente.kb.lookup import parse_day
    return parse_day(on, "--on")


def _when(day) -> str:
    return f"on {day.isoformat()}" if day else "today"


def _role_text(role: dict | None) -> str:
    if not role:
        return "—"
    dates = f"{role['start'] or '?'} – {role['end'] or 'now'}"
    return f"{role['office']} ({role['country'] or 'intl'}, {dates})"


@app.command("find", epilog=FIND_EXAMPLE)
@guarded
def find(name: Name, on: On = None, db: Db = DEFAULT_DB, as_json: Json = False) -> None:
    """Who a name or title refers to on a date, best reading first, with the role then held."""
    from detente.kb.lookup import candidate_dict
    day = _day(on)
    with _kb(db) as kb:
        found = [candidate_dict(c) for c in kb.candidates(name, day)]
    if not found:
        fail(f"nothing in the knowledge base matches {name!r} {_when(day)}; add the actor with "
             "`detente kb add FILE.yaml` (see docs/kb.md)", code=1)
    if as_json:
        for row in found:
            print_json(row)
        return
    table = Table(title=f"{name!r} {_when(day)}", title_justify="left")
    for col in ("id", "name", "kind", "country", "sector", "role then", "via", "score"):
        table.add_column(col, overflow="fold")
    for r in found:
        table.add_row(r["id"], r["name"], r["kind"], r["country"] or "—", r["sector"] or "—",
                      _role_text(r["role"]), r["via"], f"{r['score']:.2f}")
    Console().print(table)


@app.command("show", epilog=SHOW_EXAMPLE)
@guarded
def show(actor: ActorArg, on: On = None, db: Db = DEFAULT_DB, as_json: Json = False) -> None:
    """One actor: names, aliases and surnames, every dated role, source and origin."""
    from detente.kb.lookup import actor_dict, find_actor
    day = _day(on)
    with _kb(db) as kb:
        found = find_actor(kb, actor, day)
        data = actor_dict(kb, found, day) if found else None
    if data is None:
        fail(f"no actor {actor!r} in the knowledge base; try `detente kb find NAME`", code=1)
    if as_json:
        print_json(data)
        return
    console = Console()
    console.print(f"[bold]{data['name']}[/bold]  {data['id']}  ({data['kind']}, {data['country'] or 'no country'}, "
                  f"{data['sector'] or 'no sector'})")
    console.print(f"origin: {data['origin']}" + (f", Wikidata {data['wikidata']}" if data["wikidata"] else "")
                  + f"; source: {data['source'] or '—'}")
    if data["aliases"]:
        console.print("aliases: " + "; ".join(data["aliases"]))
    if data["surnames"]:
        console.print("surnames: " + "; ".join(data["surnames"]))
    if data["roles"]:
        table = Table(title="roles", title_justify="left")
        for col in ("office", "key", "country", "sector", "organisation", "start", "end", "note"):
            table.add_column(col, overflow="fold")
        for r in data["roles"]:
            table.add_row(r["office"] + (" (secondary)" if r["secondary"] else ""), r["office_key"] or "—",
                          r["country"] or "—", r["sector"] or "—", r["organisation"] or "—", r["start"] or "—",
                          r["end"] or "—", r["note"] or "")
        console.print(table)
        console.print(f"role {_when(day)}: {_role_text(data['role_on_date'])}")


@app.command("add", epilog=ADD_EXAMPLE)
@guarded
def add(file: YamlFile, db: Db = DEFAULT_DB, as_json: Json = False) -> None:
    """Add analysts' own people and organisations from a YAML file; nothing is stored if any entry is wrong."""
    from detente.kb.analyst import AnalystFileError, add_file
    with _kb(db, create=True) as kb:
        try:
            report = add_file(kb, file)
        except AnalystFileError as exc:
            for line in exc.lines():
                typer.echo(f"error: {line}", err=True)
            typer.echo(f"error: {file}: {len(exc.problems)} problem{'s' if len(exc.problems) > 1 else ''}; "
                       "nothing was stored", err=True)
            raise typer.Exit(2)
    if as_json:
        print_json(report.as_dict())
    else:
        typer.echo(report.summary())


@app.command("import-wikidata", epilog=IMPORT_EXAMPLE)
@guarded
def import_wikidata(file: DumpFile, db: Db = DEFAULT_DB, as_json: Json = False) -> None:
    """Import people (P39 positions held, P27 citizenship) and organisations from a Wikidata JSON dump."""
    from detente.kb.wikidata import import_wikidata as run
    with _kb(db, create=True) as kb:
        report = run(kb, file)
    for line, problem in report.errors:
        typer.echo(f"error: {file}:{line}: {problem}", err=True)
    if as_json:
        print_json(report.as_dict())
    else:
        typer.echo(report.summary())
    if report.errors:
        raise typer.Exit(1)


@app.command("counterparts", epilog=COUNTERPARTS_EXAMPLE)
@guarded
def counterparts(actor: ActorArg, on: On = None, country: Country = None, db: Db = DEFAULT_DB,
                 as_json: Json = False) -> None:
    """Whom each government treats as this person's equal on a date: formal and authority counterparts."""
    from detente.kb.lookup import counterparts_of, find_actor
    day = _day(on)
    code = country.strip().upper() if country else None
    with _kb(db) as kb:
        found = find_actor(kb, actor, day)
        if found is None:
            fail(f"no actor {actor!r} in the knowledge base; try `detente kb find NAME`", code=1)
        if code and kb.get(f"state:{code}") is None:
            fail(f"bad --country value {country!r}: use an ISO alpha-3 code, e.g. CHN")
        rows = counterparts_of(kb, found, day, code)
    if not rows:
        fail(f"{found.name} held no office with counterparts in the equivalence table {_when(day)}"
             + (f" for {code}" if code else ""), code=1)
    if as_json:
        for row in rows:
            print_json({**row, "actor_id": found.id, "actor": found.name, "on": day.isoformat() if day else None})
        return
    table = Table(title=f"counterparts of {found.name} {_when(day)}", title_justify="left")
    for col in ("office", "country", "counterpart office", "basis", "held by"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(f"{r['title']} ({r['country']})", r["other_country"], r["other_office"], r["basis"],
                      f"{r['holder']} ({r['holder_id']})" if r["holder"] else "— (vacant or unknown)")
    Console().print(table)


@app.command("unknown", epilog=UNKNOWN_EXAMPLE)
@guarded
def unknown(limit: UnknownLimit = None, db: Db = DEFAULT_DB, as_json: Json = False) -> None:
    """Names stored articles mention that the knowledge base lacks: counts, guessed country and sector, sentences."""
    from detente.kb.sql import SqlKB
    from detente.kb.unknown import scan_stored, unknown_names
    with open_store(db, must_exist=True) as store:
        kb = SqlKB(store)
        scan_stored(store, kb)
        rows = unknown_names(store, kb, limit=limit)
    if as_json:
        for row in rows:
            print_json(row)
        return
    if not rows:
        typer.echo("no unknown names in the stored articles")
        return
    console = Console(highlight=False)
    for r in rows:
        plural = lambda n, word: f"{n} {word}{'s' if n != 1 else ''}"  # noqa: E731
        guess = ", ".join(x for x in (r["country"], r["sector"], r["role"]) if x) or "no guess"
        console.print(f"[bold]{r['name']}[/bold] ({r['kind']}): {plural(r['mentions'], 'mention')} in "
                      f"{plural(r['articles'], 'article')}; {guess}", soft_wrap=False)
        for s in r["sentences"][:2]:
            text = s["sentence"] if len(s["sentence"]) <= 240 else s["sentence"][:240] + "…"
            console.print(f"    {s['published'] or '?'} {s['article_id'][:8]}  {text}", style="dim")
