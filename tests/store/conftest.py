"""Hand-built readouts (made-up content) and a fresh Store per test."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from detente.records import (
    Actor, ActorRef, ArticleMeta, CounterpartCandidate, Counterparts, DateValue, Event, EventLink,
    Evidence, Location, Readout, Response, Statement, article_id, event_id,
)
from detente.store import Store
from detente.store.schema import DATA_TABLES


def _ev(text: str, sentence: str) -> Evidence:
    """Evidence for a sentence that occurs in `text`."""
    start = text.index(sentence)
    return Evidence(sentence=sentence, start=start, end=start + len(sentence))


def _event(aid, text, sentence, type_, status, source, target, date=None, **kw) -> Event:
    """An Event with a stable id and evidence found in the text."""
    evidence = _ev(text, sentence)
    return Event(
        id=event_id(aid, evidence.start, evidence.end, type_, status), type=type_,
        mode=kw.pop("mode", None), context=kw.pop("context", []), status=status,
        source=source, target=target, date=date, location=kw.pop("location", None),
        cameo=kw.pop("cameo", None), quad_class=kw.pop("quad_class", 1),
        intensity=kw.pop("intensity", 0.5), confidence=kw.pop("confidence", 0.8),
        evidence=evidence, **kw)


HEGSETH = ActorRef(name="Pete Hegseth", country="USA", sector="defense", actor_id="us-secdef")
NAKATANI = ActorRef(name="Gen Nakatani", country="JPN", sector="defense", actor_id="jp-mod")
US_GOV = ActorRef(name="United States", country="USA", sector="government")
CN_GOV = ActorRef(name="China", country="CHN", sector="government")
WANG = ActorRef(name="Wang Yi", country="CHN", sector="foreign_affairs", actor_id="cn-fm")


def tokyo_readout() -> Readout:
    """A made-up US-Japan defence meeting with a proposal, a plan and a counterpart question."""
    text = ("U.S. Defense Secretary Pete Hegseth met Japanese Defense Minister Gen Nakatani in Tokyo "
            "on Sunday. Nakatani proposed a return visit to Washington in late spring. "
            "The two sides plan to expand joint exercises. "
            "\"Our alliance is the cornerstone of peace,\" Hegseth said. "
            "Tokyo would prefer the Pentagon chief as the counterpart for the talks.")
    aid = article_id(text)
    meet = _event(aid, text, "U.S. Defense Secretary Pete Hegseth met Japanese Defense Minister Gen "
                  "Nakatani in Tokyo on Sunday.", "CONSULT", "occurred", [HEGSETH], [NAKATANI],
                  DateValue(value="2025-03-30", precision="day", text="Sunday"),
                  location=Location(name="Tokyo", country="JPN"), mode="meeting", cameo="040",
                  context=["defense", "alliance"], trigger="met",
                  mentions=[_ev(text, "Tokyo would prefer the Pentagon chief as the counterpart for the talks.")])
    visit = _event(aid, text, "Nakatani proposed a return visit to Washington in late spring.",
                   "VISIT", "proposed", [NAKATANI], [US_GOV],
                   DateValue(earliest="2025-05-01", latest="2025-06-20", precision="part_of_month",
                             text="late spring"),
                   location=Location(name="Washington", country="USA"), cameo="036",
                   response=Response(by="USA", status="accepted"), trigger="proposed")
    drills = _event(aid, text, "The two sides plan to expand joint exercises.", "COOPERATE", "planned",
                    [US_GOV, NAKATANI], [ActorRef(name="Japan", country="JPN")], None, quad_class=2,
                    links=[EventLink(relation="follows", event=meet.id)])
    quote = "Our alliance is the cornerstone of peace,"
    return Readout(
        article=ArticleMeta(id=aid, text=text, url="https://example.test/tokyo", publisher="Example Wire",
                            published="2025-03-31", title="Hegseth and Nakatani meet in Tokyo",
                            byline="A. Reporter", cited_sources=["Kyodo"],
                            boilerplate=[{"start": 0, "end": 4, "kind": "dateline"}]),
        actors=[Actor(id="us-secdef", name="Pete Hegseth", country="USA", sector="defense",
                      role="Secretary of Defense", mentions=["Hegseth", "Pete Hegseth"]),
                Actor(id="jp-mod", name="Gen Nakatani", country="JPN", sector="defense",
                      role="Minister of Defense", mentions=["Nakatani"])],
        events=[meet, visit, drills],
        statements=[Statement(speaker=HEGSETH, quote=quote, cue="said", stance="conciliatory",
                              date=None, venue="Tokyo", emphasized_by=None, evidence=_ev(text, quote))],
        counterparts=[Counterparts(for_="Gen Nakatani", candidates=[CounterpartCandidate(
            actor="Pete Hegseth", country="USA", basis="office", preferred_by="JPN", actor_id="us-secdef",
            evidence=_ev(text, "Tokyo would prefer the Pentagon chief"))])],
    )


def beijing_readout() -> Readout:
    """A made-up US-China exchange: talks held, then a declined Chinese proposal."""
    text = ("Chinese Foreign Minister Wang Yi held talks with U.S. officials in Geneva in June 2025. "
            "Beijing proposed a new trade dialogue, which Washington declined.")
    aid = article_id(text)
    talks = _event(aid, text, "Chinese Foreign Minister Wang Yi held talks with U.S. officials in Geneva "
                   "in June 2025.", "CONSULT", "occurred", [WANG], [US_GOV],
                   DateValue(value="2025-06", precision="month", text="June 2025"),
                   location=Location(name="Geneva", country="CHE"))
    dialogue = _event(aid, text, "Beijing proposed a new trade dialogue, which Washington declined.",
                      "PROPOSE", "declined", [CN_GOV], [US_GOV], None, quad_class=1,
                      response=Response(by="USA", status="declined"))
    return Readout(
        article=ArticleMeta(id=aid, text=text, url="https://example.test/geneva", publisher="Daily Test",
                            published="2025-07-02", title="Wang Yi and U.S. officials talk in Geneva"),
        events=[talks, dialogue])


def quiet_readout() -> Readout:
    """An article with nothing coded and no published date."""
    text = "Officials said nothing of note happened this week."
    return Readout(article=ArticleMeta(id=article_id(text), text=text))


@pytest.fixture
def readouts() -> list[Readout]:
    return [tokyo_readout(), beijing_readout(), quiet_readout()]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "detente.db")
    yield s
    s.close()


@pytest.fixture
def filled(store, readouts):
    for r in readouts:
        assert store.save(r) is True
    return store


def counts(store: Store) -> dict[str, int]:
    """Row count per data table."""
    with store.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in DATA_TABLES}


@pytest.fixture
def row_counts():
    """The `counts` helper, as a fixture so test modules need not import conftest."""
    return counts
