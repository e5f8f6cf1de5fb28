"""The same speaker's words dated only to a month in an earlier paragraph are a recollection: they do not date
a later bare "X said" (session 23; sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-13"


@pytest.mark.parametrize("text, words", [
    ("Prime Minister Mark Carney met President Lula in Brasilia on Thursday for talks on trade.\n\n"
     "Carney said in March that Canada would look for new markets for its exports.\n\n"
     "\"We have to move faster on this,\" Carney said.", "move faster"),
    ("Chancellor Olaf Scholz hosted President Emmanuel Macron in Berlin on Thursday.\n\n"
     "Scholz warned last year that Europe could not rely on others for its defence.\n\n"
     "\"Europe must stand on its own feet,\" Scholz said.", "its own feet"),
])
def test_a_month_in_an_earlier_paragraph_does_not_date_later_words(reader, text, words):
    found = [s for s in reader.read(text, published=PUBLISHED).statements if words in s.quote]
    assert found and found[0].date is not None and found[0].date.value == "2025-06-12", \
        [(s.quote, s.date) for s in found]

