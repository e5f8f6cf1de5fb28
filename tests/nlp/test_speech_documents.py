"""What is said in a document named on the cue (sentences written for these tests): "said in a statement
that ..." reports the that-clause even where the parser hangs it on the document's noun."""

from __future__ import annotations

import pytest


def _statements(reader, text):
    return reader.read(text, published="2025-04-02").statements


@pytest.mark.parametrize("text, speaker, words", [
    ("The U.S. State Department said in a statement that Ruritania's naval drills only served to raise tensions.",
     "State Department", "naval drills only served to raise tensions"),
    ("The Kremlin said in a statement that Western aggressive rhetoric served only to worsen tensions.",
     "Kremlin", "Western aggressive rhetoric served only to worsen tensions"),
])
def test_the_clause_said_in_a_statement_is_reported(reader, text, speaker, words):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and speaker in found[0].speaker.name, [(s.speaker, s.quote) for s in _statements(reader, text)]


def test_a_statement_that_was_issued_is_not_what_was_said(reader):
    text = "The ministry said in a statement that was issued on Monday that the talks would resume."
    assert all("was issued" not in s.quote for s in _statements(reader, text))
