"""Cue readings that leave a statement neutral or turn it (stance_cues, stance_negation), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import statement_with

CASES = [
    # text, words of the statement, stance
    # an appeal to every side, or to two addressees at once, takes no side (convention 18)
    ("The Norwegian envoy urged all parties to return to dialogue and restraint.", "return to dialogue", "neutral"),
    ("The Swiss minister urged the army and the rebel militia to agree a truce and open the roads.",
     "agree a truce", "neutral"),
    ("The Swiss minister urged Ruritania to agree a truce and open the roads.", "agree a truce", "conciliatory"),
    # a court's order welcomed takes no side by itself
    ("President Tamar Levi welcomed the order on Friday, writing that the court had upheld the border.",
     "upheld the border", "neutral"),
    # a charge denied of the past is neutral; an assurance of conduct to come is conciliatory (convention 17)
    ("The ministry said Ruritania had not violated the neighbouring airspace.", "had not violated", "neutral"),
    ("The ministry said Ruritania would not violate the neighbouring airspace.", "would not violate", "conciliatory"),
    ("President Tamar Levi told reporters Ruritania would not allow its territory to be used for attacks on Osterlich.",
     "would not allow its territory", "conciliatory"),
    ("President Tamar Levi told reporters Ruritania would not allow provocations on the border.",
     "would not allow provocations", "hostile"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_cue_and_denial_readings(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)


WORDS_ONLY = [
    # words addressed to several listeners ask no act: the content decides
    ("The chancellor told soldiers and guests that the alliance was a lasting partnership.", "lasting partnership",
     "conciliatory"),
    # what one chose not to do, in the past, still assures
    ("The president said he did not need to make such a threat against Osterlich.", "make such a threat",
     "conciliatory"),
]


@pytest.mark.parametrize("text,words,stance", WORDS_ONLY, ids=[c[1] for c in WORDS_ONLY])
def test_readings_that_leave_the_words(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)
