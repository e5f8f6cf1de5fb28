"""`detente read` over many inputs: articles are read in batches that span inputs, and the progress bar
moves past an input only once all of its articles are done."""

from __future__ import annotations

import pytest

from detente.cli.read import _Inputs
from detente.sources.article import SourceArticle


@pytest.mark.parametrize("counts, batch, expected", [
    # (articles done, inputs the bar has moved past) after each batch; the rest move at the end
    ({"a.jsonl": 2, "b.jsonl": 0, "c.txt": 1}, 16, [(3, ["a.jsonl", "b.jsonl", "c.txt"])]),
    ({"a.jsonl": 2, "b.jsonl": 0, "c.txt": 1}, 1, [(1, []), (2, []), (3, ["a.jsonl", "b.jsonl"])]),
    ({"a.txt": 1, "b.txt": 1}, 2, [(2, ["a.txt"])]),
])
def test_an_input_is_done_when_its_last_article_is(monkeypatch, counts, batch, expected):
    def fake_articles(path, options):
        for i in range(counts[path]):
            yield SourceArticle(text="Talks went on.", origin=f"{path}:{i}", kind="text")
    monkeypatch.setattr("detente.sources.inputs.iter_articles", fake_articles)
    moved: list[str] = []
    inputs = _Inputs(list(counts), None, False, moved.append)
    articles, done, snapshots = inputs.articles(), 0, []
    while chunk := [art for _, art in zip(range(batch), articles)]:  # batches, as Ingest.process_many takes
        for _ in chunk:
            inputs.done()
            done += 1
        snapshots.append((done, list(moved)))
    inputs.finish()
    assert snapshots == expected
    assert moved == list(counts)
