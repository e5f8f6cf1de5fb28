"""events(): each filter, directed vs undirected dyads, date-window overlap, ordering, errors."""

from __future__ import annotations

from datetime import date

import pytest

from detente.errors import InputError
from detente.records import ActorRef, ArticleMeta, Event, Evidence, Readout, article_id, event_id

# Event labels in date order (undated events fall back to the article's published date):
# meet 2025-03-30 USA->JPN | drills (2025-03-31) USA,JPN->JPN | visit 2025-05-01..06-20 JPN->USA
# talks 2025-06 CHN->USA | dialogue (2025-07-02) CHN->USA
ALL = ["meet", "drills", "visit", "talks", "dialogue"]


@pytest.fixture
def label(readouts):
    """Map event id -> short label."""
    tokyo, geneva = readouts[0].events, readouts[1].events
    names = dict(zip([e.id for e in tokyo], ["meet", "visit", "drills"]))
    names.update(zip([e.id for e in geneva], ["talks", "dialogue"]))
    return names


def labels(store, label, **filters):
    return [label[e["id"]] for e in store.events(**filters)]


def test_no_filter_returns_all_in_date_order(filled, label):
    assert labels(filled, label) == ALL


def test_rows_are_readout_events_plus_article_fields(filled, readouts):
    tokyo = readouts[0]
    got = filled.events(actor="hegseth")
    assert got == [{**tokyo.as_dict()["events"][0], "article_id": tokyo.article.id,
                    "published": "2025-03-31", "publisher": "Example Wire",
                    "url": "https://example.test/tokyo"}]


@pytest.mark.parametrize("dyad, expected", [
    ("USA-JPN", ["meet", "drills", "visit"]),
    ("JPN-USA", ["meet", "drills", "visit"]),
    ("jpn-usa", ["meet", "drills", "visit"]),
    ("USA->JPN", ["meet", "drills"]),
    ("JPN->USA", ["visit"]),
    (" jpn -> usa ", ["visit"]),
    ("USA-CHN", ["talks", "dialogue"]),
    ("USA->CHN", []),
    ("CHN->USA", ["talks", "dialogue"]),
    ("JPN-CHN", []),
])
def test_dyad(filled, label, dyad, expected):
    assert labels(filled, label, dyad=dyad) == expected


@pytest.mark.parametrize("since, until, expected", [
    ("2025-06-15", None, ["visit", "talks", "dialogue"]),
    (None, "2025-04-30", ["meet", "drills"]),
    ("2025-06-21", "2025-06-25", ["talks"]),            # inside the month-long range only
    ("2025-06-20", "2025-06-20", ["visit", "talks"]),   # last day of one range, inside another
    ("2025-03-31", "2025-03-31", ["drills"]),           # undated: published date
    (None, "2025-03-30", ["meet"]),
    ("2025-07", "2025-07", ["dialogue"]),               # partial dates widen to the whole month
    ("2025", None, ALL),
    (date(2025, 5, 10), date(2025, 5, 10), ["visit"]),
    ("2026-01-01", None, []),
])
def test_date_window_overlap(filled, label, since, until, expected):
    assert labels(filled, label, since=since, until=until) == expected


@pytest.mark.parametrize("filters, expected", [
    ({"type": "CONSULT"}, ["meet", "talks"]),
    ({"type": "consult"}, ["meet", "talks"]),
    ({"type": "SIGN"}, []),
    ({"status": "proposed"}, ["visit"]),
    ({"status": "DECLINED"}, ["dialogue"]),
    ({"actor": "Hegseth"}, ["meet"]),
    ({"actor": "nakatani"}, ["meet", "drills", "visit"]),
    ({"actor": "cn-FM"}, ["talks"]),                   # actor_id
    ({"actor": "united"}, ["drills", "visit", "talks", "dialogue"]),
    ({"actor": "100%"}, []),                           # LIKE wildcards are literal
    ({"actor": "_"}, []),
    ({"limit": 2}, ["meet", "drills"]),
    ({"text": "return visit"}, ["visit"]),                 # the evidence sentence
    ({"text": "JOINT  exercises"}, ["drills"]),            # any case, spaces as one
    ({"text": "pentagon chief"}, ["meet"]),                # another sentence that tells the event
    ({"text": "which Washington declined"}, ["dialogue"]),
    ({"text": "Geneva"}, ["talks"]),
    ({"text": "cornerstone"}, []),                         # a quote's sentence tells no event
    ({"text": "50%"}, []),
    ({"dyad": "USA-JPN", "status": "planned"}, ["drills"]),
    ({"dyad": "USA-CHN", "type": "consult", "since": "2025-06-01"}, ["talks"]),
])
def test_other_filters(filled, label, filters, expected):
    assert labels(filled, label, **filters) == expected


@pytest.mark.parametrize("filters, message", [
    ({"dyad": "USA"}, "bad dyad 'USA'"),
    ({"dyad": "USA-CHN-JPN"}, "USA->CHN"),
    ({"dyad": "U S-CHN"}, "two country codes"),
    ({"since": "2025-13-01"}, "bad since value '2025-13-01'"),
    ({"until": "yesterday"}, "bad until value 'yesterday'"),
    ({"since": "2025-06-01", "until": "2025-01-01"}, "swap them"),
    ({"status": "maybe"}, "unknown status 'maybe'.*proposed"),
    ({"limit": 0}, "bad limit 0"),
    ({"text": " x "}, "bad text filter ' x '"),
])
def test_bad_filters(filled, filters, message):
    with pytest.raises(InputError, match=message):
        filled.events(**filters)


def test_empty_store(store):
    assert store.events(dyad="USA-CHN") == []
    assert store.articles() == []


def _act(aid: str, text: str, sentence: str, type_: str, source: ActorRef, target: ActorRef) -> Event:
    start = text.index(sentence)
    return Event(id=event_id(aid, start, start + len(sentence), type_, "occurred"), type=type_, mode=None, context=[],
                 status="occurred", source=[source], target=[target], date=None, location=None, cameo=None,
                 quad_class=1, intensity=1.0, confidence=0.9, evidence=Evidence(sentence, start, start + len(sentence)))


def _capital_readout():
    """A made-up Russia-Azerbaijan row: one act told of "Moscow", one of "Russia", one of a person."""
    text = ("Moscow summoned the Azerbaijani envoy on Tuesday. Russia later expelled two diplomats. "
            "Ivan Petrov of Russia met the envoy.")
    aid = article_id(text)
    moscow = ActorRef(name="Moscow", country="RUS", sector="GOV", actor_id="state:RUS")
    russia = ActorRef(name="Russia", country="RUS", sector="GOV", actor_id="state:RUS")
    petrov = ActorRef(name="Ivan Petrov", country="RUS", sector="GOV", actor_id="person:ivan-petrov")
    baku = ActorRef(name="Azerbaijan", country="AZE", sector="GOV", actor_id="state:AZE")
    return Readout(article=ArticleMeta(id=aid, text=text, published="2025-07-02"), events=[
        _act(aid, text, "Moscow summoned the Azerbaijani envoy on Tuesday.", "ACCUSE", moscow, baku),
        _act(aid, text, "Russia later expelled two diplomats.", "SANCTION", russia, baku),
        _act(aid, text, "Ivan Petrov of Russia met the envoy.", "CONSULT", petrov, baku)])


@pytest.mark.parametrize("actor, expected", [
    ("russia", {"ACCUSE", "SANCTION"}),   # the state under either name; a Russian person is not the state
    ("moscow", {"ACCUSE", "SANCTION"}),
    ("petrov", {"CONSULT"}),
    ("azerbaijan", {"ACCUSE", "SANCTION", "CONSULT"}),
])
def test_a_state_is_found_under_any_name_it_acts_by(store, actor, expected):
    store.save(_capital_readout())
    assert {e["type"] for e in store.events(actor=actor)} == expected
