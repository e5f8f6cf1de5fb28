"""Acts told only through speech (detente.nlp.spoken_acts): a cost laid ahead on another named party in a
reported clause is a threat made when told (PLOVER THREATEN); a "should" written to another party is a request.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of

PUBLISHED = "2024-06-14"


@pytest.mark.parametrize("text,word,source,target", [
    ("The Chilean minister said on Monday that Chile would exact a steep price from Peru.", "exact", "CHL", "PER"),
    ("The Chilean minister warned on Monday that Lima would pay a heavy price.", "warned", "CHL", "PER"),
    ("The Chilean minister said that Peru will face grave consequences.", "said", "CHL", "PER"),
], ids=["exacted-from", "paid-by-subject", "face-consequences"])
def test_cost_laid_on_another_party_is_a_threat_made(reader, text, word, source, target):
    event = event_by_trigger(reader, text, word, published=PUBLISHED)
    assert (event.type, event.status) == ("THREATEN", "occurred")
    assert [a.country for a in event.source][:1] == [source]
    assert target in [a.country for a in event.target]


@pytest.mark.parametrize("text,word", [
    ("The Chilean minister said that Peru would not pay a price for the delay.", "said"),  # denied
    ("The Chilean minister said that prices would rise in the spring.", "said"),  # no cost borne by a party
    ("The Chilean minister said that Chile would exact a fair price for its copper.", "exact"),  # nobody named
], ids=["negated", "no-cost", "no-party"])
def test_no_spoken_threat(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "THREATEN"


def test_written_should_is_a_request(reader):
    text = "The Chilean minister wrote on social media that Peru should lift its visa rules."
    event = event_by_trigger(reader, text, "lift", published=PUBLISHED)
    assert event.type == "REQUEST"
    assert ["PER"] == [a.country for a in event.target]
