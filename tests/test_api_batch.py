"""Reader.read_batch: the same readouts as reading one by one, and a bad article stops only itself."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.api import _run_stage
from detente.errors import InputError

ARTICLES = [
    ("Foreign Minister Ana Lind of Sweden met her Finnish counterpart in Helsinki on Tuesday to discuss "
     "Baltic security. The two ministers agreed to hold joint exercises next spring.", "2025-03-06"),
    ("Officials said nothing of note happened this week.", None),
    ("Kenya summoned the Ugandan ambassador on Monday over a border shooting, the foreign ministry said.",
     "2025-05-14"),
]


def test_a_batch_gives_what_reading_one_by_one_gives(reader):
    items = [{"text": text, "published": day} for text, day in ARTICLES]
    batch = reader.read_batch(items)
    assert [r.as_dict() for r in batch] == [reader.read(**item).as_dict() for item in items]
    assert any(r.events for r in batch)


@pytest.mark.parametrize("bad, message", [
    ({"text": "   "}, "text is only whitespace"),
    ({"text": "Talks went on.", "published": "2025-02-30"}, "bad --published value '2025-02-30'"),
    ({"text": "Talks went on.", "published": "soon"}, "bad --published value 'soon'"),
])
def test_a_bad_article_fails_alone_and_the_batch_goes_on(reader, bad, message):
    good = {"text": ARTICLES[0][0], "published": ARTICLES[0][1]}
    first, failed, last = reader.read_batch([good, bad, good])
    assert isinstance(failed, InputError) and message in str(failed)
    assert first.as_dict() == last.as_dict() == reader.read(**good).as_dict()


class Picky:
    """A stage that breaks on documents containing 'boom', in a batch or alone."""

    def __call__(self, doc):
        if "boom" in doc.text:
            raise ValueError(f"cannot handle {doc.text!r}")
        doc.user_data["seen"] = True
        return doc

    def pipe(self, docs, batch_size=16):
        docs = list(docs)
        if any("boom" in d.text for d in docs):
            raise ValueError("the batch holds a bad document")
        return [self(d) for d in docs]


@pytest.mark.parametrize("texts, failing", [
    (["calm", "boom", "quiet"], [1]),
    (["calm", "quiet"], []),
    (["boom"], [0]),
])
def test_a_stage_that_fails_on_one_document_fails_only_that_one(texts, failing):
    vocab = Vocab()
    results = [Doc(vocab, words=[t]) for t in texts]
    _run_stage(Picky(), results)
    assert [i for i, r in enumerate(results) if isinstance(r, Exception)] == failing
    assert all(r.user_data.get("seen") for r in results if not isinstance(r, Exception))
