"""Denials the verb's own negation does not carry (sentences written for these tests): a "no" on the act's
subject or object ("no agreement has been reached", "no warships fired") and a negated verb of implication
over the act's clause ("the meeting did not mean Ankara recognised ...") say the act did not take place."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"


def _event(reader, text, trigger):
    return next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)


@pytest.mark.parametrize("text,trigger", [
    ("Brazil and Argentina have held talks on tariffs for months, but no agreement has been reached.", "reached"),
    ("No Chinese warships fired on the Philippine vessel on Sunday.", "fired"),
], ids=["no-subject-passive", "no-subject"])
def test_a_no_on_the_acts_participant_denies_it(reader, text, trigger):
    assert _event(reader, text, trigger).status == "negated"


@pytest.mark.parametrize("text,trigger", [
    ("Officials said the meeting did not mean Ankara recognised the Cyprus government.", "recognised"),
    ("The visit does not imply that Seoul supports the sanctions on Moscow.", "supports"),
], ids=["did-not-mean", "does-not-imply"])
def test_a_negated_implication_denies_the_act_it_governs(reader, text, trigger):
    assert _event(reader, text, trigger).status == "negated"


@pytest.mark.parametrize("text,trigger", [
    ("The Turkish minister visited Baghdad on Friday and met no Kurdish officials.", "met"),
    ("No casualties were reported in the Israeli air strike on Beirut.", "strike"),
    ("No country took part in the talks in Geneva between Iran and the United States.", "talks"),
    ("Officials said the meeting did not mean Ankara recognised the Cyprus government.", "meeting"),
    ("The visit does not imply that Seoul supports the sanctions on Moscow.", "sanctions"),
], ids=["no-on-object-only", "no-on-another-verbs-subject", "no-third-party", "subject-of-implication", "object-inside-denied-clause"])
def test_what_is_not_denied_took_place(reader, text, trigger):
    assert _event(reader, text, trigger).status == "occurred"
