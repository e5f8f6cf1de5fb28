"""Terror labels and denied legitimacy (stance_opprobrium), on sentences written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import statement_with

CASES = [
    # text, words of the statement, stance
    # "terrorist" aimed at the other side or those it backs is opprobrium
    ("The Ruritanian foreign minister said Borduria was giving shelter to terrorists.",
     "Borduria was giving shelter to terrorists", "hostile"),
    ("The Ruritanian defence minister called the Bordurian colonel a terrorist.",
     "called the Bordurian colonel a terrorist", "hostile"),
    # a label refused is no opprobrium
    ("The Ruritanian president repeated that he did not regard the Bordurian militia as a terrorist "
     "organisation.", "did not regard the Bordurian militia as a terrorist organisation", "neutral"),
    # terrorism fought together or countered is a third thing
    ("The Ruritanian president said the two countries would fight terrorism together.",
     "would fight terrorism together", "conciliatory"),
    ("The Ruritanian ministry said its troops had joined counter-terrorism drills in Borduria.",
     "had joined counter-terrorism drills", "neutral"),
    ("The Ruritanian minister said the world must show zero tolerance for terrorism.",
     "zero tolerance for terrorism", "neutral"),
    # legitimacy denied to the other side
    ("The Ruritanian foreign minister said the Bordurian council had neither the mandate nor the legitimacy "
     "to speak for its people.", "neither the mandate nor the legitimacy", "hostile"),
    ("The Ruritanian ministry said the leaders in the capital did not represent the legitimate government "
     "of Borduria.", "did not represent the legitimate government", "hostile"),
    ("The Ruritanian ministry said Borduria had a legitimate interest in the port.",
     "had a legitimate interest in the port", "neutral"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_opprobrium(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)
