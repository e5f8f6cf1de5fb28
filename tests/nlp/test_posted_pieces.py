"""A piece posted on a platform ("in a video posted on Facebook") places the words said in it on the platform
(session 23; sentences written for these tests)."""

from __future__ import annotations

import pytest

from readout_helpers import statement_venue

PUBLISHED = "2025-03-14"


@pytest.mark.parametrize("text, words, venue", [
    ("In a video posted on Facebook, Prime Minister Robert Fico said his government would halt gas transit "
     "to Ukraine.", "halt gas transit", "Facebook"),
    ("In a message shared on Telegram on Thursday, Foreign Minister Sergei Lavrov said the talks with Kyiv "
     "had collapsed.", "talks with Kyiv", "Telegram"),
    ("President Javier Milei said in a clip published on Instagram that Argentina would leave the treaty.",
     "leave the treaty", "Instagram"),
])
def test_a_posted_piece_is_said_on_its_platform(reader, text, words, venue):
    assert statement_venue(reader, text, words, PUBLISHED) == venue
