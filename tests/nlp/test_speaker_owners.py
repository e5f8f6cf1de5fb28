"""Speakers the parse or a pronoun hides (sentences written for these tests): a body owned by "its" is the
state the last sentence spoke of; a name apposed to a spokesperson's principal names the spokesperson; "the
pope" after a pope was named is that pope."""

from __future__ import annotations

import pytest


def _speakers(reader, text):
    return [(s.speaker.name if s.speaker else None, s.cue) for s in reader.read(text, published="2025-05-12").statements]


@pytest.mark.parametrize("text,speaker,cue", [
    ("Chile fired missiles at the port on Monday. Its mission to the United Nations said the strikes "
     "\"can be regarded as finished\".", "Chile's mission", "said"),
    ("Peru blamed the rebels for the attack on its border post near the river. Its permanent mission in Geneva "
     "said the army would \"answer with full force\".", "Peru's permanent mission", "said"),
])
def test_a_body_owned_by_its_is_the_state_before(reader, text, speaker, cue):
    assert (speaker, cue) in _speakers(reader, text)


@pytest.mark.parametrize("text,speaker,cue", [
    ("In Ottawa, a spokesman for Prime Minister Mark Carney, John Smith, criticised the tariffs in a statement, "
     "calling them a threat to growth.", "John Smith", "calling"),
    ("In Berlin, a spokeswoman for Chancellor Olaf Scholz, Anna Weber, said the talks had gone well.",
     "Anna Weber", "said"),
])
def test_a_name_apposed_to_the_principal_names_the_spokesperson(reader, text, speaker, cue):
    assert (speaker, cue) in _speakers(reader, text)


@pytest.mark.parametrize("text,speaker,cue", [
    ("Pope Francis called Joe Biden on Monday. According to a statement from the Vatican press office, the pope "
     "stressed the importance of talks between the two sides.", "Pope Francis", "stressed"),
])
def test_the_pope_is_the_pope_just_named(reader, text, speaker, cue):
    assert (speaker, cue) in _speakers(reader, text)
