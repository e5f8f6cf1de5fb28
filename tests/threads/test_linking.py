"""Linking rules on hand-built events: what joins a thread, what stays apart, idempotency, links."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import func, select

from thread_helpers import (
    CHN, CHN_MIL, DONG, HEGSETH, PUTIN, SGP, SINGH, SULLIVAN, TRUMP, USA, XI, ZHANG, article, day, ev,
)
from detente.errors import InputError, StoreError
from detente.store.schema import thread_events, thread_links, threads
from detente.threads import get_thread, link_article, list_threads, relink_all, threads_for_article


def statuses(thread):
    return [(s["status"], s["date"]) for s in thread["history"]]


def thread_of(store, readout, n=0):
    """The thread holding event n of a readout."""
    key = readout.events[n].id
    with store.engine.connect() as conn:
        tid = conn.execute(select(thread_events.c.thread_id).where(thread_events.c.event_id == key)).scalar()
    return get_thread(store, tid) if tid else None


def count(store, table):
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


# -- the founding storyline, by hand: proposal -> call -> meeting ---------------------------------

def proposal():
    return article("2025-08-28", ev(
        "Hegseth wants a telephone conversation with China's top generals for early September.",
        "CONSULT", "proposed", [HEGSETH], [CHN_MIL], day(earliest="2025-09-01", latest="2025-09-15",
                                                          precision="part_of_month"),
        mode="phone", trigger="call", response=("CHN", "non_committal")))


def call():
    return article("2025-09-10", ev("Hegseth and Dong Jun spoke by video on Tuesday.", "CONSULT", "occurred",
                                    [HEGSETH], [DONG], day("2025-09-09"), mode="phone", trigger="spoke"),
                   publisher="Crosswind News")


def call_recalled():
    return article("2025-11-01", ev("The two ministers first spoke in September, by video link.", "CONSULT",
                                    "occurred", [DONG], [USA], day(earliest="2025-09-01", latest="2025-09-30",
                                                                   precision="month"),
                                    mode="phone", trigger="spoke"),
                   extra="Their meeting in Kuala Lumpur came after that call.")


def meeting():
    return article("2025-11-01", ev("Hegseth met Dong Jun in Kuala Lumpur on Friday.", "CONSULT", "occurred",
                                    [HEGSETH], [DONG], day("2025-10-31"), trigger="met",
                                    place=("Kuala Lumpur", "MYS")))


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_proposal_and_reports_of_the_call_make_one_thread_in_any_order(store, feed, order):
    pieces = [proposal(), call(), call_recalled()]
    feed(*(pieces[i] for i in order))
    rows = list_threads(store, kind="call")
    assert len(rows) == 1
    thread = rows[0]
    assert statuses(thread) == [("proposed", "2025-08-28"), ("non_committal", "2025-08-28"),
                                ("occurred", "2025-09-09")]
    assert thread["history"][1]["by"] == "CHN"
    assert thread["status"] == "occurred"
    assert [p["actor_id"] for p in thread["parties"]] == ["person:pete-hegseth", "person:dong-jun"]
    assert len(thread["history"][2]["events"]) == 2   # two reports of one call: one step
    assert {c["name"] for c in thread["counterparts"]} >= {"Chinese military leadership", "Dong Jun"}


def test_meeting_after_call_of_the_same_two_people_is_a_follow_up(store, feed):
    feed(proposal(), call(), meeting())
    call_thread = list_threads(store, kind="call")[0]
    meet_thread = list_threads(store, kind="meeting")[0]
    assert call_thread["id"] != meet_thread["id"]
    assert {"relation": "follow_up_of", "thread": call_thread["id"], "basis": "inferred", "event": None} \
        in meet_thread["links"]
    assert any(x["relation"] == "followed_up_by" and x["thread"] == meet_thread["id"]
               for x in call_thread["links"])


def test_meeting_with_someone_else_is_no_follow_up(store, feed):
    feed(call(), article("2025-11-01", ev("Hegseth met Rajnath Singh in Kuala Lumpur on Friday.", "CONSULT",
                                          "occurred", [HEGSETH], [SINGH], day("2025-10-31"), trigger="met",
                                          place=("Kuala Lumpur", "MYS"))))
    assert all(not t["links"] for t in list_threads(store))


def test_meeting_long_after_a_call_is_no_follow_up(store, feed):
    feed(call(), article("2026-06-01", ev("Hegseth met Dong Jun in Singapore on Sunday.", "CONSULT", "occurred",
                                          [HEGSETH], [DONG], day("2026-05-31"), trigger="met",
                                          place=("Singapore", "SGP"))))
    assert all(not t["links"] for t in list_threads(store))


# -- things that must stay apart -------------------------------------------------------------------

def test_two_calls_between_the_same_ministers_on_different_days(store, feed):
    feed(call(), article("2025-12-03", ev("Hegseth and Dong Jun spoke by phone on Tuesday.", "CONSULT",
                                          "occurred", [HEGSETH], [DONG], day("2025-12-02"), mode="phone",
                                          trigger="spoke")))
    rows = list_threads(store, kind="call")
    assert sorted(r["date"]["first"] for r in rows) == ["2025-09-09", "2025-12-02"]


def test_a_new_plan_after_the_call_is_another_call(store, feed):
    feed(call(), article("2025-10-02", ev("Hegseth plans another call with Dong Jun.", "CONSULT", "planned",
                                          [HEGSETH], [DONG], mode="phone", trigger="call")))
    assert len(list_threads(store, kind="call")) == 2


def forum(year: int, status: str, published: str, date=None):
    return article(published, ev(f"Hegseth attended the Shangri-La Dialogue in Singapore ({year}, {status}).",
                                 "CONSULT", status, [HEGSETH], [SGP], date, mode="multilateral",
                                 trigger="attended", place=("Singapore", "SGP")))


def test_the_same_forum_in_different_years_stays_apart(store, feed):
    feed(forum(2024, "occurred", "2024-06-01", day("2024-05-31")),
         forum(2025, "occurred", "2025-06-01", day("2025-05-31")),
         forum(2025, "planned", "2025-04-20"))
    rows = list_threads(store, kind="forum attendance")
    assert len(rows) == 2
    by_year = {r["date"]["first"][:4]: r for r in rows}
    assert [s["status"] for s in by_year["2025"]["history"]] == ["planned", "occurred"]
    assert [s["status"] for s in by_year["2024"]["history"]] == ["occurred"]


def test_a_proposal_for_another_place_is_another_engagement(store, feed):
    feed(article("2025-10-17", ev("Trump said he would meet Putin in Budapest.", "CONSULT", "planned",
                                  [TRUMP], [PUTIN], trigger="meet", place=("Budapest", "HUN"))),
         article("2025-10-25", ev("Putin proposed meeting Trump in Moscow instead.", "CONSULT", "proposed",
                                  [PUTIN], [TRUMP], trigger="meeting", place=("Moscow", "RUS"))))
    assert len(list_threads(store, kind="meeting")) == 2


def placed_proposal():
    return article("2025-08-16", ev("Putin proposed that the two leaders meet next in Moscow.", "CONSULT",
                                    "proposed", [PUTIN], [TRUMP], trigger="meet", place=("Moscow", "RUS")))


def vague_refusal(published: str):
    return article(published, ev(f"Trump said he did not want a wasted meeting with Putin ({published}).",
                                 "CONSULT", "declined", [TRUMP], [PUTIN], trigger="meeting"))


@pytest.mark.parametrize("first", ["proposal", "refusal"])
def test_a_vague_report_long_after_a_placed_proposal_is_another_engagement(store, feed, first):
    pieces = [placed_proposal(), vague_refusal("2025-10-22")]
    feed(*(pieces if first == "proposal" else pieces[::-1]))
    rows = list_threads(store, kind="meeting")
    assert len(rows) == 2
    assert {r["status"] for r in rows} == {"proposed", "declined"}


def test_a_vague_report_soon_after_a_placed_proposal_is_the_same_engagement(store, feed):
    feed(placed_proposal(), vague_refusal("2025-08-20"))
    rows = list_threads(store, kind="meeting")
    assert len(rows) == 1
    assert [s["status"] for s in rows[0]["history"]] == ["proposed", "declined"]


def test_a_proposal_in_the_article_that_reports_the_meeting_held_is_another_meeting(store, feed):
    # places without a country, so only the article itself can tell the two apart
    feed(article("2025-08-16",
                 ev("Trump and Putin met at the air base on Friday.", "CONSULT", "occurred", [TRUMP], [PUTIN],
                    day("2025-08-15"), trigger="met", place=("the air base", None)),
                 ev("Putin proposed that the two leaders meet next in his capital.", "CONSULT", "proposed",
                    [PUTIN], [TRUMP], trigger="meet", place=("his capital", None))))
    rows = list_threads(store, kind="meeting")
    assert sorted(r["status"] for r in rows) == ["occurred", "proposed"]


def test_a_late_report_of_the_plan_from_another_article_still_joins(store, feed):
    feed(article("2025-08-16", ev("Trump and Putin met at the air base on Friday.", "CONSULT", "occurred",
                                  [TRUMP], [PUTIN], day("2025-08-15"), trigger="met")),
         article("2025-08-16", ev("Trump and Putin are to meet at the air base.", "CONSULT", "planned",
                                  [TRUMP], [PUTIN], trigger="meet"), publisher="Slow Weekly"))
    rows = list_threads(store, kind="meeting")
    assert len(rows) == 1 and [s["status"] for s in rows[0]["history"]] == ["planned", "occurred"]


def test_a_stated_replacement_starts_a_new_thread_linked_to_the_old(store, feed):
    old = article("2025-10-17", ev("Trump said he would meet Putin in Budapest.", "CONSULT", "planned",
                                   [TRUMP], [PUTIN], trigger="meet", place=("Budapest", "HUN")))
    new = article("2025-10-20",
                  ev("The Budapest meeting between Trump and Putin is off.", "CONSULT", "cancelled",
                     [TRUMP], [PUTIN], trigger="meeting", place=("Budapest", "HUN"), ref="budapest"),
                  ev("Aides proposed that Trump and Putin meet in Budapest later in the year instead.",
                     "CONSULT", "proposed", [TRUMP], [PUTIN], trigger="meet", place=("Budapest", "HUN"),
                     links=[("replaces", "budapest")]))
    feed(old, new)
    first, second = thread_of(store, new, 0), thread_of(store, new, 1)
    assert first["id"] == thread_of(store, old)["id"]
    assert statuses(first) == [("planned", "2025-10-17"), ("cancelled", "2025-10-20")]
    assert first["id"] != second["id"]
    assert any(x["relation"] == "replaces" and x["thread"] == first["id"] for x in second["links"])
    assert any(x["relation"] == "replaced_by" and x["thread"] == second["id"] for x in first["links"])


def test_another_counterpart_at_a_meeting_that_took_place_is_another_meeting(store, feed):
    feed(article("2024-08-30",
                 ev("Sullivan met Gen. Zhang Youxia on Thursday.", "CONSULT", "occurred", [SULLIVAN], [ZHANG],
                    day("2024-08-29"), trigger="met", place=("Beijing", "CHN")),
                 ev("Sullivan also had an audience with Xi Jinping on Thursday.", "CONSULT", "occurred",
                    [SULLIVAN], [XI], day("2024-08-29"), trigger="audience", place=("Beijing", "CHN"))))
    assert len(list_threads(store, kind="meeting")) == 2


def test_another_pair_of_people_with_the_same_sectors_is_another_engagement(store, feed):
    feed(article("2025-08-28", ev("Trump proposed a call with Xi.", "CONSULT", "proposed", [TRUMP], [XI],
                                  mode="phone", trigger="call")),
         article("2025-08-29", ev("Hegseth proposed a call with Dong Jun.", "CONSULT", "proposed", [HEGSETH],
                                  [DONG], mode="phone", trigger="call")))
    assert len(list_threads(store, kind="call")) == 2


def test_states_alone_join_only_on_the_same_day(store, feed):
    same_day = article("2025-09-10", ev("The United States and China held defense talks by video on Tuesday.",
                                        "CONSULT", "occurred", [USA], [CHN], day("2025-09-09"), mode="phone",
                                        trigger="talks"))
    other_day = article("2025-09-20", ev("The United States and China held a call this month.", "CONSULT",
                                         "occurred", [USA], [CHN],
                                         day(earliest="2025-09-01", latest="2025-09-30", precision="month"),
                                         mode="phone", trigger="call"))
    feed(call(), same_day, other_day)
    rows = list_threads(store, kind="call")
    assert len(rows) == 2
    assert thread_of(store, same_day)["id"] == thread_of(store, call())["id"]


def test_a_one_sided_report_joins_when_another_report_bridges_it(store, feed):
    one_sided = article("2025-10-31", ev("Trump met on Thursday at Gimhae Air Base.", "CONSULT", "occurred",
                                         [TRUMP], [], day("2025-10-30"), trigger="met"))
    plan = article("2025-09-20", ev("Trump and Xi agreed to meet in South Korea late next month.", "CONSULT",
                                    "planned", [TRUMP], [XI], day(earliest="2025-10-16", latest="2025-10-31",
                                                                  precision="part_of_month"),
                                    trigger="meet", place=("South Korea", "KOR")))
    both = article("2025-11-01", ev("The meeting came a day after Trump and Xi met in Busan.", "CONSULT",
                                    "occurred", [TRUMP], [XI], day("2025-10-30"), trigger="met"))
    feed(plan, one_sided, both)
    rows = list_threads(store, kind="meeting")
    assert len(rows) == 1
    assert [s["status"] for s in rows[0]["history"]] == ["planned", "occurred"]
    assert len(rows[0]["history"][1]["events"]) == 2


# -- idempotency -----------------------------------------------------------------------------------

def test_linking_again_adds_nothing(store, feed):
    steps = feed(proposal(), call())
    assert [s.new_thread for s in steps] == [True, False]
    before = list_threads(store)
    assert link_article(store, proposal()) == []
    assert store.save(call()) is False and link_article(store, call()) == []
    assert list_threads(store) == before


def test_a_duplicate_copy_adds_no_step(store, feed):
    feed(proposal(), call())
    before = list_threads(store)
    copy = call()
    copy = article("2025-09-11", ev("Hegseth and Dong Jun spoke by video on Tuesday.", "CONSULT", "occurred",
                                    [HEGSETH], [DONG], day("2025-09-09"), mode="phone", trigger="spoke"),
                   publisher="Syndicated Daily", extra="Copyright Syndicated Daily.")
    assert copy.article.id != call().article.id
    store.save(copy)
    assert link_article(store, copy) == []
    after = list_threads(store)
    assert [statuses(t) for t in after] == [statuses(t) for t in before]
    assert [t["history"] for t in after] == [t["history"] for t in before]
    detail = get_thread(store, after[0]["id"])
    assert [c["article_id"] for c in detail["copies"]] == [copy.article.id]


def test_relink_all_rebuilds_the_same_threads(store, feed):
    feed(call(), proposal(), meeting(), call_recalled())
    before = sorted((t["kind"], tuple(statuses(t))) for t in list_threads(store))
    relink_all(store)
    assert sorted((t["kind"], tuple(statuses(t))) for t in list_threads(store)) == before


def test_linking_needs_a_saved_article(store):
    with pytest.raises(StoreError, match="save the readout"):
        link_article(store, call())
    with pytest.raises(InputError):
        link_article(store, "")


# -- stated links across articles ----------------------------------------------------------------

def test_stated_link_resolves_through_the_linked_events_thread(store, feed):
    seed = article("2025-08-28",
                   ev("Hegseth wants a telephone conversation with China's top generals.", "CONSULT", "proposed",
                      [HEGSETH], [CHN_MIL], mode="phone", trigger="call", ref="call"),
                   ev("Officials see it as groundwork for a Trump-Xi summit later this year.", "CONSULT",
                      "proposed", [TRUMP], [XI], trigger="summit", links=[("prepared_by", "call")]))
    busan = article("2025-10-31", ev("Trump and Xi met in Busan on Thursday.", "CONSULT", "occurred", [TRUMP],
                                     [XI], day("2025-10-30"), trigger="met", place=("Busan", "KOR")))
    feed(call(), busan, seed)
    call_thread = thread_of(store, call())
    summit = thread_of(store, busan)
    assert summit["kind"] == "summit"
    assert statuses(summit) == [("proposed", "2025-08-28"), ("occurred", "2025-10-30")]
    assert any(x["relation"] == "prepared_by" and x["thread"] == call_thread["id"] and x["basis"] == "stated"
               for x in summit["links"])
    assert any(x["relation"] == "prepares" and x["thread"] == summit["id"] for x in call_thread["links"])


# -- reading threads back --------------------------------------------------------------------------

def test_threads_for_article_is_readout_ready(store, feed):
    feed(proposal(), call(), meeting())
    rows = threads_for_article(store, call().article.id)
    assert len(rows) == 1
    (thread,) = rows
    assert list(thread) == ["id", "kind", "parties", "status", "history", "links"]
    assert thread["kind"] == "call" and thread["status"] == "occurred"
    assert all(set(step) == {"status", "date", "by", "events"} for step in thread["history"])
    assert call().events[0].id in thread["history"][-1]["events"]
    assert threads_for_article(store, "0" * 16) == []


def test_list_filters(store, feed):
    feed(proposal(), call(), meeting(),
         article("2025-10-17", ev("Trump said he would meet Putin in Budapest.", "CONSULT", "planned",
                                  [TRUMP], [PUTIN], trigger="meet", place=("Budapest", "HUN"))))
    assert {t["kind"] for t in list_threads(store, dyad="CHN-USA")} == {"call", "meeting"}
    assert {t["kind"] for t in list_threads(store, dyad="USA-RUS")} == {"meeting"}
    assert [t["status"] for t in list_threads(store, status="open")] == ["planned"]
    assert len(list_threads(store, status="occurred")) == 2
    assert {t["kind"] for t in list_threads(store, since="2025-10-01")} == {"meeting"}
    assert len(list_threads(store, since="2025-10-01")) == 2
    assert len(list_threads(store, limit=1)) == 1
    with pytest.raises(InputError, match="unknown thread status"):
        list_threads(store, status="happening")
    with pytest.raises(InputError, match="bad dyad"):
        list_threads(store, dyad="USA")


def test_get_thread_timeline_and_prefix(store, feed):
    feed(proposal(), call())
    tid = list_threads(store)[0]["id"]
    detail = get_thread(store, tid[3:11])
    assert detail["id"] == tid
    first = detail["timeline"][0]["events"][0]
    assert first["sentence"].startswith("Hegseth wants a telephone conversation")
    assert first["publisher"] == "Example Wire" and first["published"] == "2025-08-28" and first["url"]
    assert get_thread(store, "th-ffffffffffff") is None
    with pytest.raises(InputError, match="too short"):
        get_thread(store, "th-12")


def test_migration_creates_the_thread_tables(store):
    assert "0004_threads" in store.applied_migrations()
    assert count(store, threads) == count(store, thread_links) == 0
