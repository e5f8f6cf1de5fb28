"""News wordings of the record conventions settled in session 17: craft breaching another state's airspace or
waters (MOBILIZE, detente.nlp.trigger_force_moves), regret and apologies voiced (CONCEDE) and forces pulled
back (RETREAT 'withdraw', detente.nlp.trigger_breadth). Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word,type_,mode", [
    # craft breaching the air or sea a state holds as its own
    ("Two Belarusian helicopters violated Latvian airspace on Sunday.", "violated", "MOBILIZE", "weapons"),
    ("A Russian reconnaissance drone breached Romanian airspace overnight.", "breached", "MOBILIZE", "weapons"),
    ("Chinese patrol vessels encroached on Vietnamese territorial waters.", "encroached", "MOBILIZE", "weapons"),
    ("Oslo reported an airspace violation by two Russian bombers.", "violation", "MOBILIZE", "weapons"),
    ("Tokyo protested the incursion of a drone into Japanese airspace.", "incursion", "MOBILIZE", "weapons"),
    ("Manila logged another intrusion into its territorial waters.", "intrusion", "MOBILIZE", "weapons"),
    ("Eight Chinese bombers entered Taiwan's air defence identification zone.", "entered", "MOBILIZE", "weapons"),
    ("Two Russian patrol planes crossed into the Japanese ADIZ overnight.", "crossed", "MOBILIZE", "weapons"),
    ("A Belarusian military helicopter strayed into Polish airspace on Tuesday.", "strayed", "MOBILIZE", "weapons"),
    ("Four coast guard ships entered the territorial waters around the islands.", "entered", "MOBILIZE", "weapons"),
    # regret and apologies voiced to another side
    ("The premier voiced regret over the sinking of the trawler.", "regret", "CONCEDE", None),
    ("Ankara conveyed its regret to Athens over the remarks.", "regret", "CONCEDE", None),
    ("The ministry expressed remorse for the shooting of the border guard.", "remorse", "CONCEDE", None),
    ("Berlin offered an apology to Warsaw for the misprinted map.", "offered", "CONCEDE", None),
    ("The palace issued a formal apology to the Thai government.", "issued", "CONCEDE", None),
    # forces pulled back, the parser hanging "back" on the verb or on the object
    ("India agreed to pull back troops from the ridge.", "pull", "RETREAT", "withdraw"),
    ("Baku pledged to pull its forces back from the crossing.", "pull", "RETREAT", "withdraw"),
    ("The army will draw back its soldiers from the buffer zone.", "draw", "RETREAT", "withdraw"),
])
def test_convention_wording(reader, text, word, type_, mode):
    trigger = trigger_of(reader, text, word)
    assert trigger is not None and (trigger.type, trigger.mode) == (type_, mode)


@pytest.mark.parametrize("text,word", [
    ("The airspace was closed to civilian flights after the blast.", "closed"),
    ("Two Russian warships violated the arms embargo, the panel said.", "violated"),
    ("The committee looked into a violation of the fishing quota.", "violation"),
    ("Seoul declared an air defence identification zone over the strait.", "declared"),
    ("The two leaders offered condolences to the families.", "offered"),
    ("The minister made an announcement on the tariff.", "made"),
])
def test_not_convention_wording(reader, text, word):
    trigger = trigger_of(reader, text, word)
    assert trigger is None or trigger.type not in {"MOBILIZE", "CONCEDE", "RETREAT"}


@pytest.mark.parametrize("text,trigger,type_,status", [
    ("Two Russian fighter jets violated Estonian airspace on Monday.", "violated", "MOBILIZE", "occurred"),
    ("Finland reported an airspace violation by a Russian helicopter.", "violation", "MOBILIZE", "occurred"),
    ("Germany offered an apology to Namibia for the massacre.", "offered", "CONCEDE", "occurred"),
    ("Russia will pull back troops from the border, the ministry said.", "pull", "RETREAT", "planned"),
])
def test_convention_event(reader, text, trigger, type_, status):
    event = event_by_trigger(reader, text, trigger)
    assert (event.type, event.status) == (type_, status)


@pytest.mark.parametrize("text", [
    "The envoy expressed regret that the talks had failed.",
    "Warsaw closed its airspace near the border on Friday.",
])
def test_no_convention_event(reader, text):
    events = reader.read(text, published="2024-03-18").events
    assert not any(e.type in {"CONCEDE", "MOBILIZE"} for e in events), [(e.type, e.trigger) for e in events]


def test_sent_water_is_still_aid(reader):
    """Sending water to a state is aid; only entering its waters is a breach."""
    trigger = trigger_of(reader, "Japan sent water and food to the flooded provinces of Pakistan.", "sent")
    assert trigger is not None and trigger.type == "AID"
