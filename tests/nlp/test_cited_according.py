"""Cited sources (sentences written for these tests): whatever "according to" names, a seat of government
or a body that speaks on record, and a person the actor tagger left out who speaks through a channel."""

from __future__ import annotations

import pytest


def _cited(reader, text):
    return reader.read(text, published="2025-06-20").article.cited_sources


@pytest.mark.parametrize("text, name", [
    # a department the article names only by its owner and its common noun
    ("According to Norway's defence department, the frigates will train together next spring.",
     "Norwegian defence department"),
    # a document of a body, whatever its noun
    ("The grant comes to $40 million, according to a State Department fact sheet.", "State Department fact sheet"),
    # a person's own channel, the person named by the pronoun
    ("Erdogan told his visitor that trade should double, according to his official website.",
     "Erdogan's official website"),
    # a person cited outright
    ("According to Marles, the two navies will share a base.", "Marles"),
])
def test_what_according_to_names_is_cited(reader, text, name):
    assert any(name in c for c in _cited(reader, text)), _cited(reader, text)


def test_a_bare_noun_under_according_to_is_no_source(reader):
    assert _cited(reader, "The ships left port at dawn, according to the official.") == []


@pytest.mark.parametrize("text, name", [
    ("The Elysee said in a statement that the visit would go ahead.", "Elysee"),
    ("Downing Street called the accord a landmark for both countries.", "Prime Minister's Office"),
    ("The Polish general staff said two drones had crossed the border.", "Polish general staff"),
])
def test_a_seat_of_government_or_a_staff_speaks_on_record(reader, text, name):
    assert any(name in c for c in _cited(reader, text)), _cited(reader, text)


def test_a_capital_that_said_something_is_no_cited_source(reader):
    assert not any("Budapest" in c for c in _cited(reader, "Budapest said the envoy would return on Monday."))


def test_a_name_the_tagger_left_out_is_cited_with_its_channel(reader):
    text = "Prabowo told a joint news conference that the accord was no alliance."
    assert any("joint news conference" in c and "Prabowo" in c for c in _cited(reader, text)), _cited(reader, text)
