"""Measures held until the other side acts (stance_held), on sentences written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import statement_with

CASES = [
    # text, words of the statement, stance
    # a refusal or a measure kept until the other side acts presses it
    ("The Ruritanian foreign ministry said Ruritania would not ratify the treaty until Borduria withdrew its troops.",
     "would not ratify the treaty until Borduria", "hostile"),
    ("A Ruritanian minister said the ban on imports would remain in place until the Bordurian government "
     "released the detained sailors.", "the ban on imports would remain in place", "hostile"),
    ("The Ruritanian trade minister said the negotiations would stay frozen until Borduria paid its debts.",
     "would stay frozen until Borduria", "hostile"),
    ("The Ruritanian cabinet said the agreement would take effect only once the sanctions were lifted.",
     "only once the sanctions were lifted", "hostile"),
    # a quoted overture inside the awaited act is the condition, not the stance
    ("The Ruritanian minister said the loan will not be paid until Borduria takes \"real steps to restore "
     "trust and friendship\".", "will not be paid until Borduria takes", "hostile"),
    # what is kept is no measure, or the awaited act is the speaker's own: no pressure
    ("The Ruritanian president said the truce would remain in place until the Bordurian army withdrew.",
     "the truce would remain in place", "conciliatory"),
    ("The Ruritanian minister said the two sides would keep talking until they reached a fair deal.",
     "would keep talking until they reached", "conciliatory"),
    ("The Ruritanian envoy said the accord would only take effect once parliaments ratified it.",
     "would only take effect once parliaments", "conciliatory"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_held_until(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)
