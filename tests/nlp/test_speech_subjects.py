"""The speaker of a cue with no subject of its own (sentences written for these tests): a purpose clause
("returned to the podium to say ...") and a means or time gerund ("opened the talks by telling ...")
share the subject of the clause they hang from."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speaker,cue", [
    ("Later that evening, Foreign Secretary Vikram Misri came back before the cameras to say there had been "
     "\"grave and repeated breaches of the truce\".", "Vikram Misri", "say"),
    ("Turkish Foreign Minister Hakan Fidan opened the session by telling both delegations that they faced "
     "\"a stark choice between a settlement and another year of war\".", "Hakan Fidan", "telling"),
])
def test_a_cue_without_a_subject_takes_the_main_clauses(reader, text, speaker, cue):
    found = [(s.speaker.name if s.speaker else None, s.cue) for s in reader.read(text, published="2025-05-12").statements]
    assert (speaker, cue) in found
