"""nlp.dates: "had earlier in the week called ..." is found as a date though the tagger misses it, so the act
is dated to the week before publication, not to the news day (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-10-19"  # a Saturday


@pytest.mark.parametrize("text, trigger", [
    ("Chilean officials met Peruvian envoys in Lima on Friday. Foreign Minister Alberto van Klaveren had earlier "
     "in the week accused Peru of stalling the border talks.", "accused"),
    ("Norway's envoy met Swedish officials in Oslo on Friday. Stockholm had earlier in the week criticised Oslo "
     "over the fishing quotas.", "criticised"),
])
def test_earlier_in_the_week_dates_the_act(reader, text, trigger):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and (event.date.first, event.date.last) == ("2024-10-14", "2024-10-18"), \
        event.date
