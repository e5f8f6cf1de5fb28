"""render.py: the human view of a readout and of stored events."""

from __future__ import annotations

import io

from rich.console import Console

from cli_helpers import sample_readouts
from detente.records import STANCES, STATUSES
from detente.render import STANCE_STYLES, STATUS_STYLES, bench_table, event_list_table, fmt_date, render_readout

JULY, SEPTEMBER = sample_readouts()


def text_of(renderable, *, terminal: bool = False) -> str:
    console = Console(file=io.StringIO(), width=200, force_terminal=terminal or None)
    console.print(renderable)
    return console.file.getvalue()


def test_readout_sections():
    out = text_of(render_readout(SEPTEMBER))
    for expected in ("Reed proposes a call", "Test Wire", "2025-09-02", SEPTEMBER.article.id, "AI-assisted",
                     "Events", "CONSULT/phone", "proposed", "Tom Reed (USA/GOV) → Chen Bo (CHN/GOV)",
                     "CHN: non_committal", "MOBILIZE", "planned", "Statements", "conciliatory",
                     "Counterparts", "for Tom Reed", "Chen Bo (CHN): formal equivalent, preferred by CHN"):
        assert expected in out, expected


def test_readout_from_dict_renders_the_same():
    assert text_of(render_readout(JULY.as_dict())) == text_of(render_readout(JULY))


def test_article_text_is_not_markup():
    assert "[bold]calm[/bold]" in text_of(render_readout(SEPTEMBER))


def test_colours_only_on_a_terminal():
    assert "\x1b[" not in text_of(render_readout(SEPTEMBER))
    assert "\x1b[" in text_of(render_readout(SEPTEMBER), terminal=True)


def test_readout_without_events():
    empty = sample_readouts()[0]
    empty.events = []
    out = text_of(render_readout(empty))
    assert "No events read." in out and "Actors" in out


def test_date_forms():
    assert fmt_date({"value": "2025-09-03", "precision": "day"}) == "2025-09-03"
    assert fmt_date({"earliest": "2025-09-01", "latest": "2025-09-15", "precision": "part_of_month"}) == (
        "2025-09-01..2025-09-15 (part_of_month)")
    assert fmt_date(None) == "—"


def test_event_list_table():
    rows = [dict(e.as_dict(), article_id=r.article.id, published=r.article.published)
            for r in (JULY, SEPTEMBER) for e in r.events]
    out = text_of(event_list_table(rows))
    assert "3 events" in out and "2025-07-11" in out and JULY.article.id[:8] in out


def test_bench_table():
    out = text_of(bench_table({"articles": 500, "articles_per_s": 12.5, "ratio": 0.25}))
    assert "articles per s" in out and "12.50" in out and "500" in out


def test_every_status_and_stance_has_a_style():
    assert set(STATUS_STYLES) == set(STATUSES)
    assert set(STANCE_STYLES) == set(STANCES)


def test_an_event_naming_nobody_says_so():
    from detente.render import fmt_who
    assert fmt_who({"source": [], "target": []}).plain == "(no one named)"
    assert fmt_who({"source": [{"name": "Tom Reed", "country": "USA"}], "target": []}).plain == "Tom Reed (USA) → —"
