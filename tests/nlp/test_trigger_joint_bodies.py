"""Joint bodies set up for a purpose (detente.nlp.trigger_joint.body_for_work): the purpose types the act,
COOPERATE for common work and CONSULT for further talks; a body one side sets up, or one with no purpose
told, is no such act. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,type_", [
    ("Chile and Peru agreed to set up a task force to work on a cross-border railway.", "set", "COOPERATE"),
    ("The two governments would establish a joint steering committee to advance cooperation on ports.",
     "establish", "COOPERATE"),
    ("The ministers agreed to create an expert group to study the shared aquifer.", "create", "COOPERATE"),
    ("Ghana and Togo agreed to set up a mechanism for regular consultations on fishing.", "set", "CONSULT"),
])
def test_body_set_up_for_a_purpose(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == type_


@pytest.mark.parametrize("text,word", [
    # one side's own body is no joint act
    ("The Ecuadorian government set up a committee to investigate the riot.", "set"),
    # no purpose told: nothing says what the body does
    ("Chile and Peru agreed to set up a committee.", "set"),
])
def test_body_set_up_not_joint_work(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type not in {"COOPERATE", "CONSULT"}
