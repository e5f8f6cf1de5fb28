"""A request verb that only puts a question or insists on a fact asks for no act: no REQUEST (session 16).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _requests(reader, text):
    return [e for e in reader.read(text, published="2025-04-10").events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Wednesday. "
    "Asked whether the border dispute would come up, Boric said both sides knew their positions.",
    "Japanese Prime Minister Fumio Kishida hosted Philippine President Ferdinand Marcos in Tokyo on "
    "Tuesday. Pressed on whether Manila would buy more patrol ships, Kishida said talks were continuing.",
    "The Egyptian foreign ministry insisted on Monday that Egypt remained committed to the water talks with Ethiopia.",
    "Moroccan Foreign Minister Nasser Bourita insisted that Rabat had never sought a quarrel with Algeria.",
])
def test_a_question_or_an_insisted_fact_is_no_request(reader, text):
    assert not _requests(reader, text)


@pytest.mark.parametrize("text", [
    "Egypt's president said he hoped the dam talks would resume, and asked Ethiopia to pause the filling.",
    "Egypt insisted that Ethiopia must halt the filling of the dam.",
    "Egypt insisted that Ethiopia halt the filling of the dam before any talks.",
    "Argentina asked Chile to return the seized fishing boats.",
])
def test_a_demand_after_insist_or_ask_stays_a_request(reader, text):
    assert _requests(reader, text)
