"""Triggers for what happens to a pact once made (detente.nlp.trigger_pact_events): coming into force, a joint
text not issued. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    ("The pact between Japan and Vietnam took effect on Monday.", "took"),
    ("The free-trade agreement between Chile and Korea is due to take effect on July 1.", "take"),
    ("The treaty will enter into force next year.", "enter"),
    ("The accord came into force in March.", "came"),
])
def test_pact_in_force_is_cooperation(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "COOPERATE"


@pytest.mark.parametrize("text,word", [
    ("The truce between Israel and Hamas took effect on Sunday.", "took"),  # the truce noun codes it
    ("The new tariffs took effect on Monday.", "took"),  # no pact
    ("The minister took the deal to parliament.", "took"),
])
def test_no_pact_in_force(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "COOPERATE"


@pytest.mark.parametrize("text,word,type_", [
    ("Lula and Boric did not issue a joint statement after the talks.", "statement", "AGREE"),
    ("No joint communique was issued after the meeting.", "communique", "AGREE"),
    # an issued joint text is no act of its own (what it says is coded)
    ("Lula and Boric issued a joint statement after the talks.", "statement", None),
])
def test_withheld_joint_text(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert (found.type if found is not None else None) == type_


def test_withheld_joint_text_is_negated(reader):
    events = reader.read("The two leaders did not issue a joint statement after the talks in Brasilia, Lula and "
                         "Boric said.", published="2024-10-08").events
    assert any(e.type == "AGREE" and e.status == "negated" for e in events), [(e.type, e.status) for e in events]
