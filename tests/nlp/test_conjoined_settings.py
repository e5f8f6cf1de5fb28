"""Meetings told together by place and day are one record each (session 18; sentences written for these
tests): "took place in Oslo in March and in Rome in May" is two meetings, the second not lost."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-08-01"


@pytest.mark.parametrize("text, places", [
    ("Japanese and Korean negotiators met in Seoul on Wednesday to discuss fishing quotas. The officials said the "
     "talks were useful. The earlier rounds took place in Tokyo in March and in Paris in May.", {"Tokyo", "Paris"}),
    ("French and German ministers met in Lyon on Monday to discuss energy prices. The ministers described the "
     "talks as frank. The previous meetings were held in Berlin in February and in London in April.",
     {"Berlin", "London"}),
])
def test_each_place_told_with_its_day_is_a_meeting(reader, text, places):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]
    told = {e.location.name for e in events if e.location and e.evidence.sentence.startswith("The previous")
            or e.location and e.evidence.sentence.startswith("The earlier")}
    assert told == places, [(e.location, e.evidence.sentence[:30]) for e in events]
