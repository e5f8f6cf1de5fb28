"""People or acts named with a stigma (detente.nlp.trigger_naming): disapproval, or an allegation when they
are named criminals (PLOVER ACCUSE). Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,mode", [
    # a hostile predicate or "as" phrase
    ("The cabinet called the expulsion regrettable.", "called", "disapprove"),
    ("The minister described the new party as a fascist outfit.", "described", "disapprove"),
    # to brand is to mark as shameful, whatever the complement says
    ("The senator branded the ambassador a \"professional agitator\" on Sunday.", "branded", "disapprove"),
    # calling people criminals alleges crimes, also in a relative clause
    ("Police detained four men whom the governor called terrorists.", "called", "allege"),
])
def test_stigma_named_is_accusation(reader, text, word, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("ACCUSE", mode), found


@pytest.mark.parametrize("text,word", [
    # a quoted verdict right after the object, however the parser hangs it
    ("The Chilean foreign minister called Peru's decision \"disproportionate\" on Monday.", "called"),
    # an act judged abnormal or excessive
    ("Chile's foreign ministry called the Peruvian demolition a \"very abnormal\" step.", "called"),
    # gravity put on a general noun
    ("Chile's foreign minister called the incursion by Peru a serious matter on Monday.", "called"),
])
def test_act_judged_excessive_is_disapproval(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("ACCUSE", "disapprove"), found


@pytest.mark.parametrize("text,word", [
    # naming with a neutral or warm word, and calling on someone
    ("The envoy called the talks constructive.", "called"),
    ("Seoul described the meeting as a useful step.", "described"),
    ("The premier called on both sides to show restraint.", "called"),
    # a quotation that praises, and a serious word on a noun that is no verdict
    ("The envoy called the visit \"a historic step\" for both nations.", "called"),
    ("The minister called the talks a serious effort at peace.", "called"),
])
def test_plain_naming_is_no_accusation(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "ACCUSE", found


def test_proposal_named_badly_stays_a_refusal(reader):
    found = trigger_of(reader, "Rome called the quota \"unrealistic\" and dangerous.", "called")
    assert found is not None and found.type == "REJECT", found


@pytest.mark.parametrize("text, mode", [
    # records' ACCUSE convention: naming an act an attack charges a wrong (allege); a criminal word in a clause
    # about the person named is a slur, not the name itself (disapprove)
    ("The Chilean prime minister called the Peruvian incidents \"hybrid attacks\".", "allege"),
    ("The minister called the envoy a biased official who gives cover to terrorists.", "disapprove"),
])
def test_named_wrong_or_slur(reader, text, mode):
    found = trigger_of(reader, text, "called")
    assert found is not None and (found.type, found.mode) == ("ACCUSE", mode), found
