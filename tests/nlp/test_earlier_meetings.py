"""A meeting told as an earlier one of those just reported is its own meeting between the same sides (session
18; sentences written for these tests): "the earlier rounds took place in Oslo in March" is neither lost nor
merged into the talks told before it."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-08-01"


@pytest.mark.parametrize("text, month, place", [
    ("Japanese and Korean negotiators met in Seoul on Wednesday to discuss fishing quotas. The officials said the "
     "talks were useful. The earlier rounds took place in Tokyo in March.", "2025-03", "Tokyo"),
    ("French and German ministers met in Paris on Monday to discuss energy prices. The ministers described the "
     "talks as frank. The previous meeting was held in Berlin in February.", "2025-02", "Berlin"),
])
def test_an_earlier_meeting_is_its_own_between_the_same_sides(reader, text, month, place):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]
    earlier = [e for e in events if e.evidence.sentence.startswith("The earlier") or
               e.evidence.sentence.startswith("The previous")]
    assert earlier, [(e.trigger, e.evidence.sentence[:30]) for e in events]
    assert len({r.country for r in earlier[0].source + earlier[0].target}) == 2
    assert earlier[0].date.earliest.startswith(month) and earlier[0].location.name == place
