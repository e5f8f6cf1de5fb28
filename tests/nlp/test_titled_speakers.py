"""A title before a person's name as a cue's subject ("Prime Minister and Foreign Minister X said", "High
Commissioner for Human Rights X said"): the speaker is the person, not the title the parser made the head.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

TEXTS = [
    ("Secretary of State and National Security Adviser Marco Rubio said the new port fees would hurt "
     "shipping in the region.", "the new port fees", "Marco Rubio"),
    ("High Representative for Foreign Affairs and Security Policy Kaja Kallas said the talks on the border "
     "crossings had stalled.", "the talks on the border", "Kaja Kallas"),
    ("Speaking in Vienna, Secretary of State and National Security Adviser Marco Rubio told reporters that the "
     "embassy would reopen next month.", "the embassy would reopen", "Marco Rubio"),
]


@pytest.mark.parametrize("text,words,speaker", TEXTS)
def test_a_title_subject_speaks_as_the_person_named_after_it(reader, text, words, speaker):
    readout = reader.read(text, published="2025-05-07")
    found = [s for s in readout.statements if words in s.quote]
    assert found and found[0].speaker is not None and found[0].speaker.name == speaker
