"""Which body "the bloc", "the alliance", "the union" stands for (detente.nlp.body_anaphors). Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest


def _acts(reader, text, published="2025-05-14"):
    return [({r.name for r in e.source}, {r.name for r in e.target}) for e in reader.read(text, published=published).events]


@pytest.mark.parametrize("text, body, other", [
    ("ASEAN foreign ministers met in Kuala Lumpur on Monday. Turkey was invited to become an EU candidate "
     "country. On Friday the bloc condemned Myanmar.", "ASEAN", "Myanmar"),
    ("NATO leaders met in The Hague on Tuesday. Serbia was named an EU candidate country in 2012. "
     "On Friday the alliance condemned Russia.", "NATO", "Russia"),
    ("EU leaders met in Brussels on Thursday. Two days later the union imposed new sanctions on Belarus.",
     "European Union", "Belarus"),
])
def test_the_bloc_is_the_body_named_in_its_own_right(reader, text, body, other):
    assert any(body in source and other in target for source, target in _acts(reader, text))


@pytest.mark.parametrize("text, body", [
    ("Georgia was named an EU candidate country in 2023. On Friday the bloc condemned Russia.", "European Union"),
])
def test_a_body_named_only_in_a_standing_is_taken_when_no_other_is(reader, text, body):
    assert any(body in source for source, _ in _acts(reader, text))


def test_the_union_with_no_body_before_is_no_body(reader):
    doc = reader._new_doc("The union said its members would strike on Monday.", published="2025-05-14")
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    from detente.nlp.arguments import refs_for
    assert all(r.sector != "IGO" for r in refs_for(doc, doc[1]))
