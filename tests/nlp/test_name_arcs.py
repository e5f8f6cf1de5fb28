"""Known people whose name opens with a word the parser reads as a function word ("To Lam"): the name takes
the clause's place that word held (detente.nlp.name_arcs), so the person gets a side. Every sentence here
is written for these tests."""

from __future__ import annotations

import pytest


def _sides(reader, text, published="2025-03-12"):
    return [({r.name for r in e.source}, {r.name for r in e.target}) for e in reader.read(text, published=published).events]


@pytest.mark.parametrize("text", [
    "Prime Minister Anwar Ibrahim held talks with To Lam on Tuesday.",
    "Anwar Ibrahim met To Lam in Kuala Lumpur on Tuesday.",
    "To Lam met Anwar Ibrahim on Tuesday.",
])
def test_a_name_opening_with_a_preposition_takes_a_side(reader, text):
    """Which side each takes follows the meeting's place; that the two stand on opposite sides is what fails."""
    pair = {"To Lam", "Anwar Ibrahim"}
    assert any({*a, *b} >= pair and not pair <= a and not pair <= b for a, b in _sides(reader, text))


@pytest.mark.parametrize("text, role", [
    ("Anwar Ibrahim spoke with To Lam by phone on Monday.", "pobj"),
    ("Anwar Ibrahim thanked To Lam on Monday.", "dobj"),
    ("To Lam thanked Anwar Ibrahim on Monday.", "nsubj"),
])
def test_the_name_holds_the_misread_words_place(reader, text, role):
    doc = reader._new_doc(text, published="2025-03-12")
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    name = next(s for s in doc.spans["actors"] if s.text == "To Lam")
    assert name[-1].dep_ == role and name[0].head.i == name[-1].i


@pytest.mark.parametrize("text", [
    "Scott Bessent met He Lifeng in Geneva on Sunday.",
    "He Lifeng met Scott Bessent in Geneva on Sunday.",
])
def test_a_name_the_parser_read_whole_is_left_as_it_is(reader, text):
    doc = reader.nlp.make_doc(text)
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    name = next(s for s in doc.spans["actors"] if s.text == "He Lifeng")
    assert name[0].pos_ == "PRON" and name[0].head.i == name[-1].i
