"""Stance of labels of opprobrium, praise taken back by "but not", a court's ruling welcomed, invitations and
purchases promised, on sentences written for these tests."""

from __future__ import annotations

import pytest

STANCES = [
    # text, words of the statement, stance
    # a label of opprobrium for the other side or its leader, however short the quoted fragment
    ("Foreign Minister Avi Dichter said the Ruritanian president was \"a dictator who jails his critics\".",
     "a dictator", "hostile"),
    ("Spokesman Ilan Peretz said the embassy had given a prize to \"murderers and arsonists\".",
     "murderers", "hostile"),
    ("Minister Ilan Peretz said the envoy would be remembered as a disgrace to his country.", "disgrace",
     "hostile"),
    # praise given and taken back in one breath takes no side ...
    ("President Donald Trump said it had been a friendly call but not one that would bring peace soon.",
     "friendly call", "neutral"),
    # ... while plain praise stays conciliatory
    ("President Donald Trump said it had been a friendly call that would bring peace soon.",
     "friendly call", "conciliatory"),
    # welcoming a court's ruling is no overture to the other party; welcoming its step is
    ("The Ruritanian foreign ministry welcomed the ruling of the tribunal.", "the ruling", "neutral"),
    ("The Ruritanian foreign ministry welcomed the decision of Moldova to reopen the border.", "decision",
     "conciliatory"),
    # an invitation accepted and a purchase promised are overtures; a purchase refused is not
    ("Prime Minister Kyriakos Mitsotakis said Erdogan had accepted an invitation to visit Athens.",
     "invitation", "conciliatory"),
    ("President Donald Trump said Korea would start buying large amounts of American wheat.",
     "American wheat", "conciliatory"),
    ("President Donald Trump said Korea had bought large amounts of American wheat last year.",
     "American wheat", "neutral"),
]


@pytest.mark.parametrize("text,words,stance", STANCES, ids=[s[1] for s in STANCES])
def test_stance_of_labels_withheld_praise_and_offers(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
