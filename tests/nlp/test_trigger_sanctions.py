"""Sanction measures (detente.nlp.trigger_sanctions): closed borders and airspace, cancelled visas, treaties held
in abeyance, halted exchanges, expelled defence advisers, raised duties. Every sentence here is written for
these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


def _typed(found):
    return None if found is None else (found.type, found.mode)


def _events(reader, text, published="2025-05-20"):
    return reader.read(text, published=published).events


@pytest.mark.parametrize("text,word", [
    # closing a passage between states curtails exchanges (PLOVER SANCTION 'discontinue')
    ("Minsk closed its airspace to Lithuanian carriers on Monday.", "closed"),
    ("Hanoi closed the Mong Cai land crossing after the dispute.", "closed"),
    ("Tbilisi sealed the border post at Sarpi overnight.", "sealed"),
    ("Poland closed the last road crossing into Belarus.", "closed"),
    ("Ankara closed its ports to Cypriot vessels in 2005.", "closed"),
])
def test_closed_passage_is_a_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("SANCTION", "discontinue")


@pytest.mark.parametrize("text,word,mode", [
    # one's own embassy closed withdraws its diplomats; another state's closed sends its diplomats away
    ("Canberra closed its embassy in Kabul last year.", "closed", "withdraw"),
    ("The junta shut the French consulate in Niamey.", "shut", "expel"),
])
def test_closed_mission_is_a_diplomatic_sanction(reader, text, word, mode):
    found = trigger_of(reader, text, word)
    assert (found.type, found.mode, found.cameo) == ("SANCTION", mode, "161")


@pytest.mark.parametrize("text,word", [
    ("The chairman closed the meeting on Thursday.", "closed"),
    ("Serbia reopened the border crossing with Kosovo.", "reopened"),
    ("The governor shut the door of his office.", "shut"),
    ("The harbour master closed the port during the storm.", "closed"),
])
def test_other_closings_are_no_sanction(reader, text, word):  # a guard: meetings, doors, reopenings
    assert _typed(trigger_of(reader, text, word)) != ("SANCTION", "discontinue")


@pytest.mark.parametrize("text,word", [
    ("Nairobi cancelled the transit visas of Somali traders.", "cancelled"),
    ("Moscow revoked the visas of two Latvian reporters.", "revoked"),
    ("The consulate stopped granting visas to Chadian students in March.", "stopped"),
    ("Berlin reduced the number of visas issued to Tunisian students in 2019.", "reduced"),
    ("Tehran revoked the work permits of six Afghan labourers.", "revoked"),
])
def test_visa_measure_is_a_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("SANCTION", "discontinue")


@pytest.mark.parametrize("text,word", [
    ("Lagos lifted the visa restrictions on Beninese visitors.", "lifted"),
    ("The embassy resumed issuing visas on Monday.", "resumed"),
    ("The city council revoked the building permits of three hotels.", "revoked"),
])
def test_eased_visas_are_no_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) != ("SANCTION", "discontinue")


@pytest.mark.parametrize("text,word", [
    ("Addis Ababa held its 2018 border accord with Asmara in abeyance.", "held"),
    ("The fisheries treaty was put on hold, the foreign ministry announced.", "put"),
    ("Kyiv suspended the grain agreement with Minsk on Friday.", "suspended"),
])
def test_treaty_in_abeyance_is_a_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("SANCTION", "discontinue")


def test_leaving_a_pact_is_a_withdrawal(reader):
    found = trigger_of(reader, "Yerevan withdrew from the regional defence pact on Friday.", "withdrew")
    assert _typed(found) == ("SANCTION", "withdraw")


def test_treaty_held_in_abeyance_is_no_agreement(reader):
    # the treaty is what the measure acts on, no agreement of its own
    assert trigger_of(reader, "Addis Ababa held the 2018 border accord with Asmara in abeyance.", "accord") is None


@pytest.mark.parametrize("text,word", [
    ("The delegates held the meeting in Geneva.", "held"),
    ("The two sides put the agreement into force in May.", "put"),
])
def test_other_holdings_are_no_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) != ("SANCTION", "discontinue")


@pytest.mark.parametrize("text,word", [
    ("Washington paused military aid to Kyiv last week.", "paused"),
    ("Canberra halted intelligence sharing with Jakarta.", "halted"),
    ("Seoul wants to revive the naval contacts which Pyongyang halted last spring.", "halted"),
])
def test_halted_exchanges_are_a_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("SANCTION", "discontinue")


def test_halted_both_stands_for_exchanges_named_before(reader):
    text = "Oslo said it would restart arms deliveries and data sharing. It had halted both in May."
    assert _typed(trigger_of(reader, text, "halted")) == ("SANCTION", "discontinue")


def test_paused_aid_is_no_aid(reader):
    assert trigger_of(reader, "Washington paused military aid to Kyiv last week.", "aid") is None


@pytest.mark.parametrize("text,word", [
    ("The Bank of Korea cut interest rates again.", "cut"),
    ("Japan cut a deal with Australia on Monday.", "cut"),
    ("Tokyo halted the match at half time.", "halted"),
    ("Both armies stopped the exchange of fire at dawn.", "stopped"),
    ("Beijing paused its export controls on gallium for a year.", "paused"),
])
def test_other_cuts_are_no_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) != ("SANCTION", "discontinue")


@pytest.mark.parametrize("text,word", [
    ("Vilnius gave three Russian military attachés five days to leave.", "gave"),
    ("Dhaka ordered two Burmese air advisers out of Bangladesh on Sunday.", "ordered"),
    ("Riga told two naval attachés to leave the country by Friday.", "told"),
])
def test_sent_away_officers_are_expelled(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("SANCTION", "expel")


def test_own_attaches_ordered_home_are_withdrawn(reader):
    found = trigger_of(reader, "Warsaw ordered its military attachés out of Minsk.", "ordered")
    assert _typed(found) == ("SANCTION", "withdraw")


def test_own_advisers_are_no_expulsion(reader):  # a guard: a leader's own aides told to go
    found = trigger_of(reader, "The president gave his economic advisers a week to finish the plan.", "gave")
    assert _typed(found) != ("SANCTION", "expel")


@pytest.mark.parametrize("text,word", [
    ("Quito raised duties on Peruvian rice to 40% on Monday.", "duties"),
    ("Ottawa imposed customs duties on Chinese steel.", "duties"),
])
def test_raised_duties_are_a_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("SANCTION", "discontinue")


@pytest.mark.parametrize("text,word", [
    ("The court raised the duty of care owed by the ministry.", "duty"),
    ("The finance minister raised duties on tobacco and alcohol.", "duties"),
])
def test_other_duties_are_no_sanction(reader, text, word):  # a guard: a duty of care, a domestic excise
    assert _typed(trigger_of(reader, text, word)) != ("SANCTION", "discontinue")


@pytest.mark.parametrize("text,source,target", [
    ("Minsk closed its airspace to Lithuanian carriers on Monday.", "BLR", "LTU"),
    ("Nairobi cancelled the transit visas of Somali traders on Tuesday.", "KEN", "SOM"),
    ("Vilnius gave three Russian military attachés five days to leave.", "LTU", "RUS"),
    ("Quito raised duties on Peruvian rice to 40% on Monday.", "ECU", "PER"),
])
def test_measure_has_its_sides(reader, text, source, target):
    events = [e for e in _events(reader, text) if e.type == "SANCTION"]
    assert events
    assert source in {a.country for a in events[0].source} and target in {a.country for a in events[0].target}


def test_counter_sanction_is_not_dated_to_the_sanction_it_answers(reader):
    # event_dates: the side a sanction hit answers it later; the text does not say that it was the same day
    text = ("Hanoi closed the Mong Cai crossing to Chinese trucks on Monday. "
            "Beijing replied after its cabinet met. It shut its airspace to Vietnamese airlines.")
    events = [e for e in _events(reader, text, "2025-05-22") if e.type == "SANCTION"]
    counter = next(e for e in events if "CHN" in {a.country for a in e.source})
    assert counter.date is None or counter.date.value != "2025-05-19"
