"""Actors: a body named by one word inside a person's title ("Kremlin spokesman X", "Pentagon chief") is listed
too, as a longer body's name inside a title is.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _actors(reader, text):
    return {a.name: a for a in reader.read(text, published="2025-02-03").actors}


@pytest.mark.parametrize("text, body, country", [
    ("Kremlin spokesman Dmitry Peskov told reporters on Friday that the call would not happen this week.",
     "Kremlin", "RUS"),
    ("Analysts said it was the shortest trip a Pentagon chief had made to the region in a decade.",
     "Pentagon", "USA"),
    ("NATO Secretary-General Mark Rutte told the ministers in Vilnius that stocks had to be refilled.",
     "NATO", "IGO"),
])
def test_a_body_word_in_a_title_is_an_actor(reader, text, body, country):
    actors = _actors(reader, text)
    assert body in actors and actors[body].country == country, sorted(actors)

