"""Words said on the air are placed on the broadcaster (session 22; sentences written for these tests):
"said on national television", and a spokesman's announcement on the air that the next sentence goes on with."""

from __future__ import annotations

import pytest

from readout_helpers import statement_venue

PUBLISHED = "2025-03-14"


def _venue(reader, text, words):
    return statement_venue(reader, text, words, PUBLISHED)


@pytest.mark.parametrize("text,words,venue", [
    ("Interior Minister Ahmad Vahidi said on national television that Iran would respond to any attack.",
     "respond to any attack", "national television"),
    ("Prime Minister Abiy Ahmed said on state radio on Sunday that Ethiopia would not give up its claim to the "
     "sea.", "claim to the sea", "state radio"),
    # the announcement's medium hangs on its object; the next sentence goes on with the same words
    ("The government spokesman, Colonel Abdoulaye Maiga, announced the expulsion on state television on Monday. "
     "He said the French ambassador had insulted the country and had 72 hours to leave.",
     "insulted the country", "state television"),
])
def test_words_said_on_the_air_are_placed_on_the_broadcaster(reader, text, words, venue):
    assert _venue(reader, text, words) == venue
