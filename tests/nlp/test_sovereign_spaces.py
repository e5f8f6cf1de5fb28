"""An incursion into a state's own airspace or waters happened in that state (detente.nlp.sovereign_spaces)."""

import pytest

from readout_helpers import located

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize("text, country", [
    ("Romania did so after Russian drones entered its airspace on Sept. 10.", "ROU"),
    ("Belarusian helicopters violated Lithuania's airspace on Tuesday.", "LTU"),
])
def test_incursion_placed_in_owner_state(reader, text, country):
    assert country in located(reader, text, "MOBILIZE", PUBLISHED)
