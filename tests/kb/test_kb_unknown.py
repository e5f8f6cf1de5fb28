"""Unknown names (kb_unknown) and counterpart claims (counterpart_claims), from hand-made readouts."""

from __future__ import annotations

from sqlalchemy import func, select

from detente.kb.analyst import add_file
from detente.kb.disputes import counterpart_claims, record_counterparts, record_readout
from detente.kb.unknown import record_unknown, scan_stored, sentences, unknown_names
from detente.records import (
    Actor, ActorRef, ArticleMeta, CounterpartCandidate, Counterparts, Event, Evidence, Readout, article_id, event_id,
)
from detente.store import Store
from detente.store.schema import counterpart_claims as claims_table, kb_unknown

# Invented articles and people.
TEXT_1 = ("Chinese Foreign Minister Wang Yi met Zhao Minghua, a senior Chinese diplomat, in Beijing on Monday. "
          "Pentagon spokesman Rob Kessler said the U.S. was not invited. Zhao Minghua later spoke to reporters.")
TEXT_2 = "BEIJING — Zhao Minghua arrived in Tokyo on Friday. Japanese officials met Zhao twice."
TEXT_3 = ("U.S. Defense Secretary Pete Hegseth proposed talks with China on Thursday. "
          "Beijing offered Defense Minister Dong Jun as Hegseth's counterpart, but the Pentagon prefers "
          "Zhang Youxia, who holds real authority.")


def ev(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence=sentence, start=start, end=start + len(sentence))


def person(actor_id, name, mentions, country=None, sector=None, role=None) -> Actor:
    return Actor(id=actor_id, name=name, country=country, sector=sector, role=role, kind="person", mentions=mentions)


def readout_1() -> Readout:
    return Readout(
        article=ArticleMeta(id=article_id(TEXT_1), text=TEXT_1, published="2025-08-25"),
        actors=[Actor(id="state:CHN", name="China", country="CHN", sector="GOV", kind="state", mentions=["Chinese"]),
                person("person:wang-yi", "Wang Yi", ["Wang Yi"], "CHN", "GOV", "Minister of Foreign Affairs"),
                person("person:zhao-minghua", "Zhao Minghua", ["Zhao Minghua"]),
                Actor(id="org:pentagon", name="Pentagon", country="USA", sector="MIL", kind="organisation",
                      mentions=["Pentagon"]),
                person("person:rob-kessler", "Rob Kessler", ["Rob Kessler"], None, "GOV", "Pentagon spokesman")])


def readout_2() -> Readout:
    return Readout(article=ArticleMeta(id=article_id(TEXT_2), text=TEXT_2, published="2025-08-29"),
                   actors=[person("person:zhao-minghua", "Zhao Minghua", ["Zhao Minghua", "Zhao"])])


def readout_3() -> Readout:
    aid = article_id(TEXT_3)
    first = "U.S. Defense Secretary Pete Hegseth proposed talks with China on Thursday."
    second = TEXT_3[len(first) + 1:]
    evidence = ev(TEXT_3, first)
    proposal = Event(id=event_id(aid, evidence.start, evidence.end, "PROPOSE", "proposed"), type="PROPOSE",
                     mode=None, context=[], status="proposed",
                     source=[ActorRef(name="Pete Hegseth", country="USA", sector="MIL", actor_id="person:pete-hegseth")],
                     target=[ActorRef(name="China", country="CHN", sector="GOV", actor_id="state:CHN")],
                     date=None, location=None, cameo="036", quad_class=1, intensity=1.0, confidence=0.9,
                     evidence=evidence)
    return Readout(
        article=ArticleMeta(id=aid, text=TEXT_3, published="2025-08-28"),
        actors=[person("person:pete-hegseth", "Pete Hegseth", ["Pete Hegseth", "Hegseth"], "USA", "MIL"),
                person("person:dong-jun", "Dong Jun", ["Dong Jun"], "CHN", "MIL"),
                person("person:zhang-youxia", "Zhang Youxia", ["Zhang Youxia"], "CHN", "MIL")],
        events=[proposal],
        counterparts=[Counterparts(for_="Pete Hegseth", candidates=[
            CounterpartCandidate(actor="Dong Jun", country="CHN", basis="formal equivalent", preferred_by="CHN",
                                 actor_id="person:dong-jun", evidence=ev(TEXT_3, second)),
            CounterpartCandidate(actor="Zhang Youxia", country="CHN", basis="decision-making authority",
                                 preferred_by="USA", actor_id="person:zhang-youxia", evidence=ev(TEXT_3, second))])])


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_sentences_keep_abbreviations_together():
    text = "U.S. Defense Secretary Lloyd Austin met Adm. Dong Jun on Friday. They talked.\nNext line"
    assert [s for _, _, s in sentences(text)] == [
        "U.S. Defense Secretary Lloyd Austin met Adm. Dong Jun on Friday.", "They talked.", "Next line"]


def test_unknown_names_with_context_counts_and_sentences(sql_kb):
    store = sql_kb.store
    one, two = readout_1(), readout_2()
    for r in (one, two):
        store.save(r)
    rows = {r["name"]: r for r in record_unknown(store, one, sql_kb)}
    assert set(rows) == {"Zhao Minghua", "Rob Kessler"}                   # Wang Yi and the Pentagon are known
    zhao = rows["Zhao Minghua"]
    assert (zhao["mentions"], zhao["country"], zhao["sector"], zhao["kind"]) == (2, "CHN", "GOV", "person")
    assert zhao["role"] == "a senior Chinese diplomat"
    assert zhao["sentences"] == [TEXT_1.split(". ")[0] + ".", "Zhao Minghua later spoke to reporters."]
    kessler = rows["Rob Kessler"]
    assert (kessler["country"], kessler["sector"]) == ("USA", "MIL")          # "Pentagon spokesman"
    record_unknown(store, two, sql_kb)

    names = unknown_names(store, sql_kb)
    assert [n["name"] for n in names] == ["Zhao Minghua", "Rob Kessler"]
    zhao = names[0]
    assert (zhao["mentions"], zhao["articles"], zhao["country"]) == (4, 2, "CHN")
    assert zhao["sentences"][0] == {"article_id": two.article.id, "published": "2025-08-29",
                                    "sentence": "BEIJING — Zhao Minghua arrived in Tokyo on Friday."}
    assert unknown_names(store, sql_kb, limit=1) == [zhao]


def test_recording_is_idempotent_per_article_and_needs_a_stored_article(sql_kb):
    store = sql_kb.store
    one = readout_1()
    assert record_unknown(store, one, sql_kb) == []                    # not saved: nothing to attach it to
    assert count(store, kb_unknown) == 0
    store.save(one)
    assert len(record_unknown(store, one, sql_kb)) == 2
    assert record_unknown(store, one, sql_kb) == [] and count(store, kb_unknown) == 2
    assert unknown_names(store, sql_kb)[0]["mentions"] == 2


def test_scan_picks_up_stored_articles_and_known_names_drop_out(sql_kb, tmp_path):
    store = sql_kb.store
    for r in (readout_1(), readout_2()):
        store.save(r)
    assert scan_stored(store, sql_kb) == 2 and scan_stored(store, sql_kb) == 0
    assert {n["name"] for n in unknown_names(store, sql_kb)} == {"Zhao Minghua", "Rob Kessler"}
    (tmp_path / "zhao.yaml").write_text(
        "source: test\npeople:\n  - name: Zhao Minghua\n    country: CHN\n    sector: GOV\n", encoding="utf-8")
    add_file(sql_kb, tmp_path / "zhao.yaml")
    assert [n["name"] for n in unknown_names(store, sql_kb)] == ["Rob Kessler"]


def test_counterpart_claims_are_tied_to_their_event(sql_kb):
    store = sql_kb.store
    three = readout_3()
    store.save(three)
    rows = record_counterparts(store, three, sql_kb)
    assert record_counterparts(store, three, sql_kb) == [] and count(store, claims_table) == 2
    stored = counterpart_claims(store, actor="hegseth")
    assert [(r["candidate_name"], r["candidate_office_key"], r["kb_basis"], r["preferred_by"], r["basis"])
            for r in stored] == [("Dong Jun", "defence_minister", "formal", "CHN", "formal equivalent"),
                                 ("Zhang Youxia", "cmc_vice_chairman", "authority", "USA", "decision-making authority")]
    assert {r["for_office_key"] for r in stored} == {"defence_minister"}
    event_key = three.events[0].id
    assert {r["event_id"] for r in rows} == {event_key}
    assert len(counterpart_claims(store, event_id=event_key)) == 2
    assert counterpart_claims(store, actor="person:zhang-youxia")[0]["candidate_name"] == "Zhang Youxia"
    assert counterpart_claims(store, actor="nobody") == []


def test_record_readout_does_both(sql_kb):
    store = sql_kb.store
    for r in (readout_1(), readout_3()):
        store.save(r)
        record_readout(store, r, sql_kb)
    assert count(store, kb_unknown) == 2 and count(store, claims_table) == 2
