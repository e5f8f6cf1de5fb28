"""Rich views of threads: a list (one line per engagement) and one thread's timeline."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from detente.render import STATUS_STYLES, excerpt, styled

Row = dict[str, Any]


def fmt_parties(thread: Row) -> str:
    names = [f"{p['name']} ({p['country']})" if p.get("country") and p["country"] not in p["name"] else p["name"]
             for p in thread.get("parties") or []]
    return " — ".join(names) or "—"


def fmt_history(thread: Row) -> Text:
    text = Text()
    for i, step in enumerate(thread.get("history") or []):
        if i:
            text.append(" → ", style="dim")
        text.append_text(styled(step["status"], STATUS_STYLES))
        by = f" by {step['by']}" if step.get("by") else ""
        text.append(f"{by} {step.get('date') or '?'}", style="dim")
    return text


def threads_table(rows: list[Row]) -> Table:
    """One line per thread: when and where, kind and status, parties with the status history, and the
    thread id to pass to `detente thread`."""
    table = Table(title=f"{len(rows)} threads", title_justify="left", box=box.SIMPLE_HEAD, show_lines=True)
    table.add_column("when / where", min_width=10, max_width=16, overflow="fold")
    table.add_column("kind / thread", no_wrap=True)
    table.add_column("parties / history", ratio=1, overflow="fold")
    for row in rows:
        steps = row.get("history") or [{}]
        when = (row.get("date") or {}).get("text") or row.get("first_date") or steps[0].get("date") or "?"
        place = row.get("place") or {}
        where = place.get("name") or place.get("country") or ""
        sources = f"{len(row['articles'])} articles" if row.get("articles") else ""
        table.add_row(Text(f"{when}\n{where}".strip()),
                      Text.assemble(Text(row["kind"], style="bold"), "\n",
                                    styled(row["status"], STATUS_STYLES), "\n", Text(row["id"], style="dim")),
                      Text.assemble(Text(fmt_parties(row), style="bold"), "\n", fmt_history(row),
                                    Text(f"\n{sources}", style="dim")))
    return table


def _header(thread: Row) -> Panel:
    date = (thread.get("date") or {}).get("text") or "undated"
    place = thread.get("place") or {}
    where = ", ".join(x for x in (place.get("name"), place.get("country")) if x)
    lines = [Text.assemble(Text(thread["kind"], style="bold"), "  ", fmt_parties(thread)),
             Text.assemble("status ", styled(thread["status"], STATUS_STYLES), f"   date {date}",
                           f"   place {where}" if where else "")]
    return Panel(Group(*lines), title=thread["id"], title_align="left")


def _timeline(thread: Row) -> Table:
    table = Table(title="timeline", title_justify="left", box=box.SIMPLE_HEAD, show_lines=True)
    table.add_column("date", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("evidence / source", ratio=1, overflow="fold")
    for step in thread.get("timeline") or []:
        status = styled(step["status"], STATUS_STYLES)
        if step.get("by"):
            status.append(f"\nby {step['by']}", style="dim")
        lines = []
        for ev in step["events"]:
            source = ", ".join(x for x in (ev.get("publisher"), ev.get("published"), ev.get("url")) if x)
            lines.append(Text.assemble(Text(f"“{excerpt(ev.get('sentence'), 240)}”"), "\n",
                                       Text(f"{source or 'unknown source'} · article {ev['article_id'][:8]}",
                                            style="dim")))
        table.add_row(step.get("date") or "?", status, Text("\n").join(lines))
    return table


def _links(thread: Row) -> Table:
    table = Table(title="linked threads", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("relation", no_wrap=True)
    table.add_column("thread", no_wrap=True)
    table.add_column("what", ratio=1, overflow="fold")
    for link in thread.get("links") or []:
        what = " ".join(str(x) for x in (link.get("kind"), " — ".join(link.get("parties") or []),
                                         link.get("date"), link.get("status")) if x)
        table.add_row(f"{link['relation']} ({link['basis']})", link["thread"], what)
    return table


def _counterparts(thread: Row) -> Table:
    table = Table(title="counterparts involved", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("actor")
    table.add_column("country", no_wrap=True)
    table.add_column("named in", overflow="fold")
    table.add_column("preferred by", no_wrap=True)
    for c in thread.get("counterparts") or []:
        table.add_row(c["name"], c.get("country") or "", ", ".join(c.get("statuses") or []) or "—",
                      ", ".join(c.get("preferred_by") or []))
    return table


def render_thread(thread: Row) -> RenderableType:
    """A thread's header, its timeline with evidence and sources, its links and counterparts."""
    parts: list[RenderableType] = [_header(thread), _timeline(thread)]
    if thread.get("links"):
        parts.append(_links(thread))
    if thread.get("counterparts"):
        parts.append(_counterparts(thread))
    if thread.get("copies"):
        parts.append(Text(f"{len(thread['copies'])} copies of these reports in other articles: " +
                          ", ".join(c["article_id"][:8] for c in thread["copies"]), style="dim"))
    return Group(*parts)
