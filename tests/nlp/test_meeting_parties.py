"""Who was at a meeting whose sides are states (session 22; sentences written for these tests): a leader the
article names where it tells of the meeting speaks where it was held, a minister at home does not; and a
visit "to" a named site places the meeting there when no site it was "at" is told."""

from __future__ import annotations

import pytest

from readout_helpers import statement_venue

PUBLISHED = "2025-03-14"


def _venue(reader, text, words):
    return statement_venue(reader, text, words, PUBLISHED)


@pytest.mark.parametrize("text,words,venue", [
    # the two governments are the meeting's sides; the visiting leader named in the lead spoke there
    ("TOKYO — Prime Minister Shigeru Ishiba welcomed Indian Prime Minister Narendra Modi on Friday, and the two "
     "governments signed a security pact.\n\nIt was Modi's eighth trip to Japan. After a ceremony, the two sides "
     "held talks in Tokyo. Modi said India would buy more Japanese trains.", "Japanese trains", "Tokyo"),
    # ... and the visit went "to" a named site, where the meeting is placed
    ("WASHINGTON — President Donald Trump gave Italian Prime Minister Giorgia Meloni a warm welcome on Wednesday, "
     "and the two governments signed an energy accord.\n\nIt was Meloni's second trip to the White House. After "
     "a lunch, the two sides held talks on trade. Meloni said Italy would buy more American gas.",
     "American gas", "White House, Washington"),
])
def test_a_leader_named_at_a_meeting_of_states_speaks_where_it_was_held(reader, text, words, venue):
    assert _venue(reader, text, words) == venue


@pytest.mark.parametrize("text,words", [
    # a minister of one of the states, never told of at the meeting (a guard on the rule above: without the
    # telling, any official of a side would be placed there)
    ("A delegation from the European Union held talks with Venezuela in Caracas on Monday.\n\n"
     "Foreign Minister Yvan Gil said on Monday that Venezuela rejected the bloc's demands.",
     "rejected the bloc's demands"),
])
def test_an_official_not_told_at_the_meeting_is_not_placed_there(reader, text, words):
    assert _venue(reader, text, words) is None
