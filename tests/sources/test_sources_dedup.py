"""Near-duplicates: MinHash signatures, LSH lookups in the database, links, and events counted once."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql

from detente.records import ActorRef, ArticleMeta, Event, Evidence, Readout, article_id, event_id
from detente.sources import minhash
from detente.sources.article import SourceArticle
from detente.store import Store
from detente.store import sources_tables as st
from detente.store.query import events_query
from sources_helpers import OTHER_STORY, REPOST, STORY, STORY_TEXT

REPOST_TEXT = "\n\n".join(REPOST)
OTHER_TEXT = "\n\n".join(OTHER_STORY)


# -- minhash ----------------------------------------------------------------------------------------

def test_signature_is_fixed_across_versions():
    # The scheme is persisted: these values must never change (bump SCHEME instead).
    sig = minhash.signature("Norway proposed talks with Iceland on Monday, the ministry said.")
    assert sig.dtype == np.uint32 and len(sig) == minhash.NUM_PERM
    assert minhash.SCHEME == "minhash-w5-p128-b32x4-v1"
    assert [int(v) for v in sig[:3]] == [int(v) for v in minhash.signature(
        "norway PROPOSED talks, with Iceland on monday -- the ministry said")[:3]]
    assert minhash.decode(minhash.encode(sig)).tolist() == sig.tolist()
    assert len(set(minhash.band_keys(sig))) == minhash.BANDS
    assert all(0 <= k < 2**63 for k in minhash.band_keys(sig))


def test_similarity_of_copies_and_of_other_stories():
    a, b, c = (minhash.signature(t) for t in (STORY_TEXT, REPOST_TEXT, OTHER_TEXT))
    assert minhash.similarity(a, a) == 1.0
    assert minhash.similarity(a, b) >= 0.5
    assert minhash.similarity(a, c) < 0.1
    assert set(minhash.band_keys(a)) & set(minhash.band_keys(b))
    assert not set(minhash.band_keys(a)) & set(minhash.band_keys(c))


# -- the store ----------------------------------------------------------------------------------------

def _readout(text: str, events: list[tuple[str, str, str, str, str]], publisher: str = "Harbour Post",
             url: str | None = None) -> Readout:
    """A hand-made readout: events as (sentence, type, status, source country, target country)."""
    aid = article_id(text)
    evs = []
    for sentence, type_, status, src, tgt in events:
        start = text.index(sentence)
        evs.append(Event(id=event_id(aid, start, start + len(sentence), type_, status), type=type_, mode=None,
                         context=[], status=status, source=[ActorRef(name=src, country=src)],
                         target=[ActorRef(name=tgt, country=tgt)], date=None, location=None, cameo=None,
                         quad_class=1, intensity=1.0, confidence=0.9,
                         evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence))))
    meta = ArticleMeta(id=aid, text=text, url=url, publisher=publisher, published="2025-03-03")
    return Readout(article=meta, events=evs)


def _art(readout: Readout, url: str) -> SourceArticle:
    m = readout.article
    return SourceArticle(text=m.text, origin=url, kind="html", url=url, publisher=m.publisher,
                         published=m.published, title=m.title)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "d.db") as s:
        yield s


MEET = "Norway's foreign minister proposed on Monday a meeting with Iceland's foreign minister"


def test_near_duplicates_are_linked_and_their_events_count_once(store):
    original = _readout(STORY_TEXT, [(MEET, "CONSULT", "proposed", "NOR", "ISL")])
    repost = _readout(REPOST_TEXT, [(MEET, "CONSULT", "proposed", "NOR", "ISL"),
                                    ("who would lead the Norwegian delegation", "CONSULT", "planned",
                                     "NOR", "ISL")], publisher="Coastal Daily")
    other = _readout(OTHER_TEXT, [("Chile and Peru signed an agreement", "COOPERATE", "occurred", "CHL", "PER")])
    for readout, url in ((original, "https://harbour.example/a"), (repost, "https://coastal.example/b"),
                         (other, "https://andes.example/c")):
        assert store.save(readout)
    assert st.index_article(store, original, _art(original, "https://harbour.example/a")) is None
    link = st.index_article(store, repost, _art(repost, "https://coastal.example/b"))
    assert link is not None and link[0] == original.article.id and link[1] >= 0.5
    assert st.index_article(store, other, _art(other, "https://andes.example/c")) is None

    # Idempotent: indexing again neither duplicates rows nor changes the link.
    assert st.index_article(store, repost, _art(repost, "https://coastal.example/b")) == link

    everything = store.events(all_copies=True)
    distinct = st.distinct_events(store)
    assert len(everything) == 4
    assert store.events() == distinct  # queries count duplicates once by default
    # The repost's copy of the proposal counts once; its own extra event (planned) still counts.
    assert len(distinct) == 3
    assert {(e["article_id"], e["status"]) for e in distinct} == {
        (original.article.id, "proposed"), (repost.article.id, "planned"), (other.article.id, "occurred")}
    assert len(st.distinct_events(store, dyad="NOR-ISL")) == 2

    group = st.duplicates(store, repost.article.id)
    assert [g["article_id"] for g in group] == [original.article.id, repost.article.id]
    assert st.canonical_id(store, repost.article.id) == original.article.id

    out = io.StringIO()
    assert st.export_distinct(store, "jsonl", out) == 3
    assert len(out.getvalue().splitlines()) == 3


def test_a_duplicate_of_a_duplicate_links_to_the_canonical(store):
    first = _readout(STORY_TEXT, [])
    second = _readout(REPOST_TEXT, [])
    third = _readout(REPOST_TEXT + "\n\nUpdated at noon.", [])
    for r in (first, second, third):
        store.save(r)
        st.index_article(store, r)
    assert st.canonical_id(store, third.article.id) == first.article.id


def test_exact_copies_on_two_sites_keep_both_as_evidence(store):
    readout = _readout(STORY_TEXT, [])
    assert store.save(readout) is True
    st.index_article(store, readout, _art(readout, "https://harbour.example/a"))
    assert store.save(readout) is False  # same text: same article id
    st.index_article(store, readout, _art(readout, "https://mirror.example/x"))
    assert {c["url"] for c in st.copies(store, readout.article.id)} == {
        "https://harbour.example/a", "https://mirror.example/x"}


def test_short_texts_are_not_linked(store):
    a, b = _readout("Talks on Monday in Oslo.", []), _readout("Talks on Monday in Oslo!!", [])
    for r in (a, b):
        store.save(r)
    assert a.article.id != b.article.id
    assert st.index_article(store, a) is None and st.index_article(store, b) is None


def test_trimmed_wire_copy_is_linked_by_containment(store):
    full = _readout(STORY_TEXT, [])
    trimmed = _readout("\n\n".join(STORY[:4]), [])  # the first paragraphs only
    for r in (full, trimmed):
        store.save(r)
    st.index_article(store, full)
    assert st.index_article(store, trimmed) is not None


def test_index_all_backfills_articles_saved_directly(store):
    readouts = [_readout(STORY_TEXT, []), _readout(REPOST_TEXT, []), _readout(OTHER_TEXT, [])]
    for r in readouts:
        store.save(r)
    assert st.index_all(store) == 3
    assert st.index_all(store) == 0
    assert st.canonical_id(store, readouts[1].article.id) == readouts[0].article.id


def test_lookup_is_an_indexed_query_not_all_pairs(store):
    keys = minhash.band_keys(minhash.signature(STORY_TEXT))
    b = st.lsh_buckets.c
    query = select(b.article_id, func.count()).where(b.bucket.in_(keys)).group_by(b.article_id)
    sql = str(query.compile(dialect=store.engine.dialect, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "SEARCH lsh_buckets USING" in plan and "SCAN lsh_buckets" not in plan, plan


def test_many_articles_stay_fast(store):
    # 1,000 distinct synthetic articles, then a copy of one: found through the buckets.
    rng = np.random.default_rng(7)
    vocab = [f"w{i}" for i in range(5000)]
    texts = [" ".join(rng.choice(vocab, size=120)) for _ in range(1000)]
    from detente.store.schema import articles
    rows = [{"id": article_id(t), "text": t, "readout": {}, "read_at": f"2025-01-01T00:00:{i:05d}",
             "ai_assisted": False} for i, t in enumerate(texts)]
    with store.engine.begin() as conn:
        conn.execute(articles.insert(), rows)
    assert st.index_all(store) == 1000
    copy = texts[567] + " extra closing words here"
    store.save(_readout(copy, []))
    link = st.index_article(store, _readout(copy, []))
    assert link is not None and link[0] == article_id(texts[567])
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(st.duplicate_of)).scalar_one() == 1


def test_distinct_clause_compiles_for_postgresql():
    sql = str(st.canonical_filter(events_query(dyad="USA-CHN", limit=5)).compile(dialect=postgresql.dialect()))
    assert "duplicate_of" in sql and "IS NOT DISTINCT FROM" in sql


def test_skips_are_recorded_once(store):
    art = SourceArticle(text="Le ministre a proposé une rencontre.", origin="https://exemple.test/fr",
                        kind="html", url="https://exemple.test/fr", language="fr",
                        skip_reason="written in French (fr), not English")
    assert st.record_skip(store, art) is True
    assert st.record_skip(store, art) is False
    [row] = st.skipped(store)
    assert row["language"] == "fr" and "French" in row["reason"]
    assert json.dumps(row)
