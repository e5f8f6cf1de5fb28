"""Helpers shared by the CLI tests: an invented article, hand-made readouts, output checks."""

from __future__ import annotations

import json

from detente.records import (
    Actor, ActorRef, ArticleMeta, CounterpartCandidate, Counterparts, DateValue, Event, Evidence,
    Location, Readout, Response, Statement, article_id, event_id,
)

# An invented article (no real outlet's text), written for these tests.
ARTICLE = """Norway proposes fisheries talks with Sweden

OSLO, March 3 (Test Wire) - Norway's foreign minister proposed on Monday a meeting with
Sweden's foreign minister in Oslo next month to settle a dispute over fishing rights,
the Norwegian foreign ministry said.

Sweden has not yet answered the proposal. "We are open to dialogue, but we need to see
the details first," a Swedish government spokesperson told reporters in Stockholm.

Last week the two governments signed an agreement on new rail links across their border.
"""

CONTRACT_KEYS = {"article", "actors", "events", "statements", "counterparts", "threads"}


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def assert_one_line_error(result, code: int) -> str:
    """The command exited with `code` after exactly one `error: ...` line on stderr, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


# -- hand-made readouts, so the store commands are tested without the NLP pipeline ---------------

def _event(text: str, sentence: str, type_: str, status: str, source: tuple[str, str],
           target: tuple[str, str], day: str, mode: str | None = None,
           response: Response | None = None) -> Event:
    start = text.index(sentence)
    evidence = Evidence(sentence=sentence, start=start, end=start + len(sentence))
    return Event(
        id=event_id(article_id(text), evidence.start, evidence.end, type_, status), type=type_, mode=mode,
        context=[], status=status, source=[ActorRef(name=source[0], country=source[1], sector="GOV")],
        target=[ActorRef(name=target[0], country=target[1], sector="GOV")],
        date=DateValue(value=day, text=day), location=Location(name=None, country=target[1]), cameo=None,
        quad_class=1, intensity=1.0, confidence=0.9, evidence=evidence, trigger="", response=response,
    )


def _meta(text: str, published: str, title: str) -> ArticleMeta:
    return ArticleMeta(id=article_id(text), text=text, url=f"https://example.test/{published}",
                       publisher="Test Wire", published=published, title=title)


def sample_readouts() -> list[Readout]:
    """Two invented articles: a July meeting (USA-CHN), and in September a proposed call (USA-CHN)
    that China left unanswered plus a planned mobilisation (RUS-UKR)."""
    met = "Ana Lind of the United States met Chen Bo of China in Kuala Lumpur on July 11."
    july = Readout(
        article=_meta(met, "2025-07-12", "Lind meets Chen"),
        events=[_event(met, met, "CONSULT", "occurred", ("Ana Lind", "USA"), ("Chen Bo", "CHN"),
                       "2025-07-11")],
        actors=[Actor(id="ana-lind", name="Ana Lind", country="USA", sector="GOV", role="envoy",
                      mentions=["Ana Lind"])],
    )
    call = "Tom Reed proposed a phone call with Chen Bo on Sept. 1; China has not answered."
    drill = "Russia plans to mobilise reserves near the Ukrainian border on Sept. 5."
    quote = "We want [bold]calm[/bold] talks, not threats."
    text = f'{call} {drill} Reed said: "{quote}"'
    september = Readout(
        article=_meta(text, "2025-09-02", "Reed proposes a call"),
        events=[
            _event(text, call, "CONSULT", "proposed", ("Tom Reed", "USA"), ("Chen Bo", "CHN"), "2025-09-01",
                   mode="phone", response=Response(by="CHN", status="non_committal")),
            _event(text, drill, "MOBILIZE", "planned", ("Russia", "RUS"), ("Ukraine", "UKR"), "2025-09-05"),
        ],
        statements=[Statement(
            speaker=ActorRef(name="Tom Reed", country="USA"), quote=quote, cue="said", stance="conciliatory",
            date=None, venue=None, emphasized_by=None,
            evidence=Evidence(sentence=quote, start=text.index(quote), end=text.index(quote) + len(quote)))],
        counterparts=[Counterparts(for_="Tom Reed", candidates=[CounterpartCandidate(
            actor="Chen Bo", country="CHN", basis="formal equivalent", preferred_by="CHN")])],
    )
    return [july, september]
