"""Meetings and signings told by what the sides do (detente.nlp.trigger_topics, trigger_accords): a visitor
received by the host, sitting down with someone, shaking hands, putting one's name to a pact. Every sentence
here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word,type_,mode", [
    # a guest received, the guest named in the first of two joined verbs
    ("The chancellor landed in Rome and was received by the Italian president.", "received", "CONSULT", "visit"),
    ("The Kenyan president was received by Macron at the Elysee.", "received", "CONSULT", "visit"),
    # sitting down with someone, and the noun of it
    ("Blinken will sit down with Wang Yi in Jakarta.", "sit", "CONSULT", None),
    ("The envoy sat down with the Iranian foreign minister on Monday.", "sat", "CONSULT", None),
    ("The premier had a long sit-down with his Indian counterpart.", "down", "CONSULT", None),
    # a handshake between two leaders
    ("Lula and Milei shook hands at the start of the summit.", "shook", "CONSULT", None),
    ("Erdogan shook hands with Assad in Moscow.", "shook", "CONSULT", None),
    ("Their handshake in Lima was the first in two years.", "handshake", "CONSULT", None),
    # a name or signature put to a pact is signing it
    ("The two ministers put their names to the defence agreement on Friday.", "put", "AGREE", None),
    ("Both leaders affixed their signatures to the treaty.", "affixed", "AGREE", None),
    # the press's verbs for concluding a pact
    ("Negotiators hammered out a deal on grain exports overnight.", "hammered", "AGREE", None),
    ("The two governments penned a new fisheries accord.", "penned", "AGREE", None),
    ("Kyiv and Warsaw forged a pact on drone production.", "forged", "AGREE", None),
])
def test_meeting_form(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode)


@pytest.mark.parametrize("text,word", [
    ("The proposal was received by the committee with caution.", "received"),
    ("The minister sat in the front row.", "sat"),
    ("Markets shook off the news.", "shook"),
    ("He could not put a name to the face.", "put"),
    ("The coach hammered out a rhythm on the table.", "hammered"),
    # the pact the name is put to is the signing's own object, not a second agreement
    ("The two ministers put their names to the agreement on Friday.", "agreement"),
])
def test_no_meeting_here(reader, text, word):
    assert trigger_of(reader, text, word) is None


def test_meeting_after_journey_is_the_visit(reader):
    """"flew to X and sat down with Y": the journey verb tells the one visit."""
    events = reader.read("The envoy flew to Caracas on Friday and sat down with Maduro.",
                         published="2025-02-02").events
    assert [e.trigger for e in events if e.type == "CONSULT"] == ["flew"]


def test_pact_put_names_to_is_one_agreement(reader):
    event = event_by_trigger(reader, "Japan and India put their names to the agreement on Monday.", "put")
    assert event.type == "AGREE"
