"""Leaving an international body and being put out of one (detente.nlp.trigger_sanctions): PLOVER SANCTION
'withdraw' and 'expel'. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    # a body named by its full name or its acronym (an IGO actor), or by a body noun
    ("Guinea said it was leaving the Economic Community of West African States.", "leaving"),
    ("Nicaragua quit the Organization of American States in 2023.", "quit"),
    ("The junta announced that it would exit the regional community.", "exit"),
])
def test_leaving_a_body_is_withdraw(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("SANCTION", "withdraw")


@pytest.mark.parametrize("text,word", [
    ("The African Union suspended Gabon from all its bodies after the coup.", "suspended"),
    ("The bloc expelled Belarus from the council in March.", "expelled"),
])
def test_putting_a_member_out_is_expel(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("SANCTION", "expel")


def test_suspending_an_official_from_a_post_is_no_expulsion(reader):
    found = trigger_of(reader, "The ministry suspended the officer from his post.", "suspended")
    assert found is None or found.mode != "expel"


@pytest.mark.parametrize("text, word, mode", [
    # freezing one's own part in a body takes oneself out of it; a body suspending a member's puts it out
    ("Yerevan has frozen its participation in the security alliance, the premier said.", "frozen", "withdraw"),
    ("Bamako suspended its membership in the regional bloc on Monday.", "suspended", "withdraw"),
    ("The African Union suspended Gabon's membership on Thursday.", "suspended", "expel"),
])
def test_own_part_frozen_is_withdraw(reader, text, word, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("SANCTION", mode)
