"""nlp.narrative_dates: an act told "during the visit" took place on one of the visit's days, so it takes the
visit's span rather than the day last narrated (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-13"  # a Thursday
VISIT = "Indian Prime Minister Narendra Modi ended a three-day visit to Japan on Wednesday. Modi held talks on Monday with Fumio Kishida. "


@pytest.mark.parametrize("later", [
    "Modi also met Emperor Naruhito during the visit.",
    "Modi also held talks with Japanese Foreign Minister Yoko Kamikawa during his visit.",
])
def test_act_during_the_visit_takes_its_days(reader, later):
    event = next(e for e in reader.read(VISIT + later, published=PUBLISHED).events
                 if e.type == "CONSULT" and later[:20] in e.evidence.sentence)
    assert event.date is not None and (event.date.first, event.date.last) == ("2024-06-10", "2024-06-12"), \
        event.date
