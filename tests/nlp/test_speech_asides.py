"""Reports told inside a parenthetical saying: in "X, she said, had asked ...", X is told of and does not
speak, so a later "she" is the one who said it, for statements and for event sides alike.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

TEXTS = [
    ("President Maria Lopez said on Monday that she had rejected an offer from the Brazilian leader. Lula, she "
     "said, had asked whether Brasilia could help and had offered troops. She told reporters she had refused, "
     "adding that the border \"is ours to guard.\"", "Maria Lopez", "Luiz Inácio Lula da Silva"),
    ("Prime Minister Ana Torres said on Friday that she had declined a request from Donald Trump. Trump, she "
     "added, had asked for access to the ports and had offered a trade deal. She told the crowd she had "
     "refused, adding that the coast \"belongs to us.\"", "Ana Torres", "Donald Trump"),
]


@pytest.mark.parametrize("text,speaker,told_of", TEXTS)
def test_she_after_an_aside_is_the_one_who_spoke_not_the_one_told_of(reader, text, speaker, told_of):
    readout = reader.read(text, published="2025-03-07")
    last = [s for s in readout.statements if s.evidence.sentence.startswith("She told")]
    assert last and all(s.speaker.name == speaker for s in last)


@pytest.mark.parametrize("text,speaker,told_of", TEXTS)
def test_an_event_of_she_after_an_aside_is_the_speakers(reader, text, speaker, told_of):
    events = reader.read(text, published="2025-03-07").events
    refused = [e for e in events if e.trigger == "refused"]
    assert refused and [a.name for a in refused[0].source] == [speaker]
