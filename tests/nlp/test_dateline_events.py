"""What a dateline places (detente.nlp.dateline_events; articles written for these tests): the day's
meetings and physical acts, and a demand made at a meeting held there between the same sides; an
accusation made that day by a third party is not placed at the reporter's city."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"
ARTICLE = ("NAIROBI — Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on "
           "Thursday. Kenya urged Uganda to reopen the border crossing. Separately on Thursday, Tanzania "
           "accused Uganda of violating its airspace. Kenyan police arrested two Somali fishermen on Wednesday.")


@pytest.fixture(scope="module")
def events(reader):
    return {e.trigger: e for e in reader.read(ARTICLE, published=PUBLISHED).events}


@pytest.mark.parametrize("trigger", ["met", "urged", "arrested"])
def test_in_person_acts_and_what_was_said_at_the_meeting_are_placed(events, trigger):
    assert events[trigger].location is not None and events[trigger].location.country == "KEN"


def test_a_statement_from_elsewhere_is_not_placed_at_the_dateline(events):
    assert events["accused"].location is None
