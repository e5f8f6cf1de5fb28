"""Rich views of readouts and stored events for people; JSON is for programs (see Readout.as_dict).

Everything here works on the JSON forms (`Readout.as_dict()`, the store's event rows), so a
readout just read and one loaded from the store render alike. Article text always goes in as
`Text`, never as markup, so brackets in a quote print as written.
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from detente.records import Readout

STATUS_STYLES = {
    "occurred": "bold green", "confirmed": "green", "accepted": "green",
    "proposed": "cyan", "planned": "blue", "under_consideration": "yellow", "non_committal": "yellow",
    "declined": "red", "cancelled": "red", "negated": "dim red", "hypothetical": "magenta",
}
STANCE_STYLES = {"conciliatory": "green", "neutral": "default", "hostile": "bold red"}
EXCERPT = 90
ARTICLE_ID_SHOWN = 8  # enough to pass to `detente show`, which takes a prefix

Row = dict[str, Any]


# -- small formatters ------------------------------------------------------------------------

def excerpt(text: str | None, width: int = EXCERPT) -> str:
    """The text on one line, cut to `width` characters with an ellipsis."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def fmt_actor(actor: Row | None) -> str:
    """The name with country/sector, e.g. Wang Yi (CHN/GOV); the bare name when both are unknown."""
    if not actor:
        return "?"
    tags = "/".join(x for x in (actor.get("country"), actor.get("sector")) if x)
    return f"{actor['name']} ({tags})" if tags else actor["name"]


def fmt_actors(actors: list[Row] | None) -> str:
    return ", ".join(fmt_actor(a) for a in actors) if actors else "—"


def fmt_date(value: Row | None) -> str:
    """A point date as is; a range as earliest..latest, with its precision when not a day."""
    if not value:
        return "—"
    if value.get("value"):
        shown = value["value"]
    else:
        shown = f"{value.get('earliest') or '?'}..{value.get('latest') or '?'}"
    precision = value.get("precision")
    return shown if precision in (None, "day") else f"{shown} ({precision})"


def fmt_place(location: Row | None) -> str:
    if not location:
        return "—"
    name, country = location.get("name"), location.get("country")
    if name and country:
        return f"{name}, {country}"
    return name or country or "—"


def fmt_kind(event: Row) -> str:
    return f"{event['type']}/{event['mode']}" if event.get("mode") else event["type"]


def evidence_text(event: Row, width: int = EXCERPT) -> Text:
    return Text(excerpt((event.get("evidence") or {}).get("sentence"), width), style="dim")


def mentions_text(event: Row, width: int = EXCERPT) -> Text:
    """The other sentences that tell the same act, one excerpt each ("also: …"); empty when there are none."""
    shown = Text(style="dim italic")
    for mention in event.get("mentions") or []:
        shown.append(f"\nalso: {excerpt(mention.get('sentence'), width - 6)}")
    return shown


def styled(word: str | None, styles: dict[str, str]) -> Text:
    return Text(word or "—", style=styles.get(word or "", ""))


def when_where(event: Row, fallback: str = "—") -> Text:
    """The date, and the place below it when there is one."""
    lines = [fmt_date(event["date"]) if event.get("date") else fallback]
    if event.get("location"):
        lines.append(fmt_place(event["location"]))
    return Text("\n".join(lines))


def fmt_who(event: Row) -> Text:
    """"source → target"; an event that names nobody (violence at a place) says so instead of "— → —"."""
    if not event.get("source") and not event.get("target"):
        return Text("(no one named)", style="dim")
    return Text(f"{fmt_actors(event.get('source'))} → {fmt_actors(event.get('target'))}")


def status_cell(event: Row) -> Text:
    """The status, and below it the other side's reported answer, e.g. "↳ CHN: non_committal"."""
    cell = styled(event["status"], STATUS_STYLES)
    response = event.get("response")
    if response:
        cell.append(f"\n↳ {response.get('by') or '?'}: ")
        cell.append(response["status"], style=STATUS_STYLES.get(response["status"], ""))
    return cell


# -- readout sections --------------------------------------------------------------------------

def header_panel(article: Row) -> Panel:
    """Title, publisher, date, id, AI-assisted flag and cited sources."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    fields = [
        ("publisher", article.get("publisher")), ("published", article.get("published")),
        ("url", article.get("url")), ("id", article.get("id")),
        ("AI-assisted", "yes" if article.get("ai_assisted") else "no"),
        ("cited sources", ", ".join(article.get("cited_sources") or []) or None),
    ]
    for label, value in fields:
        grid.add_row(label, Text(value or "—"))
    title = Text(article.get("title") or "(untitled article)", style="bold")
    return Panel(grid, title=title, title_align="left")


def events_table(events: list[Row]) -> Table:
    """One row per event: what, its status (and the other side's answer), who to whom (and the other
    sentences that tell it), when and where."""
    table = Table(title="Events", title_justify="left")
    table.add_column("type/mode", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("source → target", ratio=1, overflow="fold")
    table.add_column("date / place", min_width=10, overflow="fold")
    for event in events:
        table.add_row(fmt_kind(event), status_cell(event), Text.assemble(fmt_who(event), mentions_text(event)),
                      when_where(event))
    return table


def quoted(statement: Row) -> str:
    """A direct quote in quotation marks; reported speech as it stands."""
    quote = excerpt(statement["quote"], 160)
    return f"“{quote}”" if statement.get("direct", True) else quote


def statements_table(statements: list[Row]) -> Table:
    table = Table(title="Statements", title_justify="left")
    for name in ("speaker", "stance", "quote", "when / where"):
        table.add_column(name, overflow="fold")
    for st in statements:
        said = fmt_date(st["date"]) if st.get("date") else None
        when = " · ".join(x for x in (said, st.get("venue")) if x)
        table.add_row(Text(fmt_actor(st.get("speaker"))), styled(st["stance"], STANCE_STYLES),
                      Text(quoted(st)), Text(when or "—"))
    return table


def counterparts_tree(counterparts: list[Row]) -> Tree:
    """Each counterpart question with the candidates each side puts forward."""
    tree = Tree(Text("Counterparts", style="bold"))
    for question in counterparts:
        branch = tree.add(Text(f"for {question['for']}"))
        for cand in question.get("candidates", []):
            who = f"{cand['actor']} ({cand['country']})" if cand.get("country") else cand["actor"]
            by = f", preferred by {cand['preferred_by']}" if cand.get("preferred_by") else ""
            branch.add(Text(f"{who}: {cand['basis']}{by}"))
    return tree


def actors_table(actors: list[Row]) -> Table:
    table = Table(title="Actors", title_justify="left")
    for name in ("name", "country", "sector", "role", "kind", "mentions"):
        table.add_column(name, overflow="fold")
    for actor in actors:
        table.add_row(Text(actor["name"]), actor.get("country") or "—", actor.get("sector") or "—",
                      Text(actor.get("role") or "—"), actor.get("kind") or "—",
                      str(len(actor.get("mentions") or [])))
    return table


def render_readout(readout: Readout | Row) -> Group:
    """The whole readout: header, then each non-empty section."""
    data = readout.as_dict() if isinstance(readout, Readout) else readout
    parts: list[RenderableType] = [header_panel(data["article"])]
    parts.append(events_table(data["events"]) if data.get("events") else Text("No events read.", style="dim"))
    if data.get("statements"):
        parts.append(statements_table(data["statements"]))
    if data.get("counterparts"):
        parts.append(counterparts_tree(data["counterparts"]))
    if data.get("actors"):
        parts.append(actors_table(data["actors"]))
    return Group(*parts)


def print_readout(readout: Readout | Row, console: Console | None = None) -> None:
    (console or Console()).print(render_readout(readout))


# -- other views -------------------------------------------------------------------------------

def event_list_table(rows: list[Row]) -> Table:
    """Stored events (the store's rows: event fields plus article_id, published...) as one table;
    the evidence excerpt goes under who did what to whom so the table stays readable at 80 columns."""
    table = Table(title=f"{len(rows)} events", title_justify="left", box=box.SIMPLE_HEAD, show_lines=True)
    table.add_column("date / place", min_width=10, overflow="fold")
    table.add_column("type/mode", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("source → target / evidence", ratio=1, overflow="fold")
    table.add_column("article", no_wrap=True)
    for row in rows:
        published = f"({row.get('published') or '?'})"  # undated: the article's date, in brackets
        table.add_row(when_where(row, published), fmt_kind(row),
                      styled(row["status"], STATUS_STYLES),
                      Text.assemble(fmt_who(row), "\n", evidence_text(row), mentions_text(row)),
                      str(row.get("article_id") or "")[:ARTICLE_ID_SHOWN])
    return table


def bench_table(result: Row) -> Table:
    """The benchmark's numbers, one per row."""
    table = Table(title="detente bench", title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in result.items():
        table.add_row(key.replace("_", " "), f"{value:,.2f}" if isinstance(value, float) else str(value))
    return table
