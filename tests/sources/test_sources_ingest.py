"""Ingest: from SourceArticle to stored readout; failures and skips leave nothing coded behind."""

from __future__ import annotations

import pytest

from detente.errors import InputError
from detente.records import ArticleMeta, Readout, article_id
from detente.sources.article import SourceArticle, failed
from detente.sources.ingest import Ingest
from detente.store import Store
from detente.store import sources_tables as st
from sources_helpers import STORY_TEXT


class FakeReader:
    """Stands in for the NLP pipeline: records its calls, returns an empty readout."""

    def __init__(self, boom: Exception | None = None):
        self.calls, self.boom = [], boom

    def read(self, text, **meta):
        self.calls.append(meta)
        if self.boom:
            raise self.boom
        return Readout(article=ArticleMeta(id=article_id(text), text=text, **meta))


def test_defaults_fill_only_what_is_missing():
    reader = FakeReader()
    art = SourceArticle(text=STORY_TEXT, origin="x", publisher="Harbour Post", language="en", author="Ann")
    out = Ingest(None, reader, defaults={"publisher": "Option", "published": "2025-03-03"}).process(art)
    assert out.status == "read" and reader.calls == [
        {"published": "2025-03-03", "url": None, "publisher": "Harbour Post", "title": None}]
    assert out.readout.article.byline == "Ann" and out.readout.article.language == "en"


def test_failed_and_skipped_articles_are_not_read(tmp_path):
    reader = FakeReader()
    with Store(tmp_path / "d.db") as store:
        ingest = Ingest(store, reader)
        assert ingest.process(failed("a.html", "broken")).status == "failed"
        skip = SourceArticle(text="Bonjour", origin="fr.html", language="fr", skip_reason="French")
        assert ingest.process(skip).status == "skipped"
        assert reader.calls == [] and store.articles() == [] and len(st.skipped(store)) == 1


def test_an_unexpected_error_while_reading_is_contained(tmp_path):
    with Store(tmp_path / "d.db") as store:
        out = Ingest(store, FakeReader(RuntimeError("odd token"))).process(
            SourceArticle(text=STORY_TEXT, origin="x.txt"))
        assert out.status == "failed" and "unexpected RuntimeError (odd token)" in out.error
        assert store.articles() == []


def test_read_articles_are_stored_with_their_copy(tmp_path):
    with Store(tmp_path / "d.db") as store:
        out = Ingest(store, FakeReader()).process(
            SourceArticle(text=STORY_TEXT, origin="https://harbour.example/a", url="https://harbour.example/a"))
        assert out.stored and out.duplicate is None
        assert [c["url"] for c in st.copies(store, out.readout.article.id)] == ["https://harbour.example/a"]


class StrictReader(FakeReader):
    """A one-by-one reader that refuses blank text, as detente.Reader does."""

    def read(self, text, **meta):
        if not text.strip():
            raise InputError("text is empty")
        return super().read(text, **meta)


class BatchReader(StrictReader):
    """A reader that reads in batches, as detente.Reader does: one call per batch."""

    def __init__(self):
        super().__init__()
        self.batches = []

    def read_batch(self, items):
        self.batches.append(len(items))
        out = []
        for item in items:
            item = dict(item)
            try:
                out.append(self.read(item.pop("text"), **item))
            except InputError as exc:
                out.append(exc)
        return out


@pytest.mark.parametrize("make_reader", [StrictReader, BatchReader])
def test_many_articles_come_out_in_order_with_their_failures(make_reader):
    arts = [SourceArticle(text=f"{STORY_TEXT} Copy {i}.", origin=f"a{i}.txt") for i in range(5)]
    arts[1] = failed("bad.html", "broken")
    arts[3] = SourceArticle(text="  ", origin="empty.txt")
    reader = make_reader()
    outcomes = list(Ingest(None, reader).process_many(arts, batch_size=2))
    assert [o.article.origin for o in outcomes] == [a.origin for a in arts]
    assert [o.status for o in outcomes] == ["read", "failed", "read", "failed", "read"]
    if make_reader is BatchReader:
        assert reader.batches == [1, 2, 1]  # the broken file is never read
