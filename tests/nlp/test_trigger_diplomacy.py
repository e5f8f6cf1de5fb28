"""Diplomatic acts (detente.nlp.trigger_diplomacy): recalling one's envoys, sending another state's envoys
away, persona non grata, summoning an envoy, and arms sales. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


def _typed(found):
    return None if found is None else (found.type, found.mode, found.cameo)


@pytest.mark.parametrize("text,word", [
    # withdrawing one's own diplomats reduces relations (PLOVER SANCTION 'withdraw', CAMEO 161)
    ("Lima called its ambassador to Quito home for consultations on Friday.", "called"),
    ("Ghana recalled its envoy to Togo after the border incident.", "recalled"),
    ("Nairobi said it was pulling out its high commissioner and two other officials.", "pulling"),
    ("Algiers withdrew its ambassador from Madrid in protest.", "withdrew"),
    ("The Latvian minister said its envoy to Minsk was being recalled.", "recalled"),
    ("Accra summoned its ambassador home after the row.", "summoned"),
    ("Santiago ordered its diplomats home on Tuesday.", "ordered"),
    ("Lima announced the recall of its ambassador to Quito.", "recall"),
    ("The withdrawal of the Kenyan envoy was announced on Friday.", "withdrawal"),
])
def test_recalled_envoy_is_a_withdrawal(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("SANCTION", "withdraw", "161")


@pytest.mark.parametrize("text,word", [
    ("The mayor recalled his years in Lyon fondly.", "recalled"),
    ("The army withdrew its troops from the border town.", "withdrew"),
    ("She called her brother home for dinner.", "called"),
])
def test_other_recalls_are_no_diplomatic_withdrawal(reader, text, word):  # a guard: troops and remembering
    found = trigger_of(reader, text, word)
    assert found is None or (found.type, found.mode) != ("SANCTION", "withdraw")


@pytest.mark.parametrize("text,word", [
    # the recall or the summons is the act; "for consultations", "to a meeting" is no meeting of its own
    ("Lima recalled its envoy to Quito for consultations.", "consultations"),
    ("The Kenyan foreign minister summoned Uganda's envoy to a meeting in Nairobi.", "meeting"),
])
def test_recall_for_consultations_is_no_meeting(reader, text, word):
    assert trigger_of(reader, text, word) is None


@pytest.mark.parametrize("text,word", [
    # "in protest" tells why envoys were recalled or expelled; it is no demonstration of its own
    ("Algiers withdrew its ambassador from Madrid in protest.", "protest"),
    ("Vilnius expelled two Russian diplomats in protest on Friday.", "protest"),
])
def test_recalled_in_protest_is_no_protest(reader, text, word):
    assert trigger_of(reader, text, word) is None


@pytest.mark.parametrize("text,word", [
    # sending another state's diplomats away is an expulsion (SANCTION 'expel', CAMEO 161)
    ("The minister said Lima had ordered Quito's ambassador and three colleagues to leave.", "ordered"),
    ("Lima gave five Peruvian diplomats 72 hours to leave.", "gave"),
    ("Chile and Peru each expelled four diplomats of the other side last week.", "expelled"),
    ("Oslo announced the expulsion of two Russian diplomats.", "expulsion"),
    # ordered out of the country, and people sent away among whom a diplomat is named
    ("Quito ordered nine Colombian consular officials out of the country on Friday.", "ordered"),
    ("Lima ordered four Bolivians to leave, including the Bolivian consul, Juan Rojas.", "ordered"),
])
def test_envoys_sent_away_are_expelled(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("SANCTION", "expel", "161")


def test_ordering_people_out_of_a_room_is_no_expulsion(reader):  # a guard: only diplomats are expelled
    assert trigger_of(reader, "The judge ordered the two men to leave the court.", "ordered") is None


@pytest.mark.parametrize("text,word", [
    # a persona non grata declaration bans the person (coded as the expulsion of diplomats)
    ("Warsaw declared the Belarusian envoy persona non grata.", "declared"),
    ("Moscow declared two Estonian diplomats personae non gratae on Monday.", "declared"),
    ("The minister told the envoy that Petro was from now on persona non grata.", "told"),
    ("The Kenyan diplomat was declared persona non grata.", "declared"),
])
def test_persona_non_grata_is_a_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("SANCTION", "expel", "161")


def test_declared_persona_non_grata_is_one_event(reader):  # a guard: the verb codes it once
    assert trigger_of(reader, "Warsaw declared the Belarusian envoy persona non grata.", "persona") is None


@pytest.mark.parametrize("text,word", [
    # summoning an envoy to complain is ACCUSE 'disapprove', whoever or however it is told
    ("Mr Okafor was summoned to the foreign ministry on Thursday night.", "summoned"),
    ("The Dutch ministry called in the Turkish ambassador on Monday.", "called"),
    ("Jakarta said it had called in Canberra's ambassador over the reports.", "called"),
])
def test_summoned_envoy_is_a_complaint(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text,word", [
    # an approved or made arms sale is mutual exchange (COOPERATE, CAMEO 062 cooperate militarily)
    ("The State Department approved the sale of Patriot missiles to Poland.", "approved"),
    ("Seoul approved the export of K9 howitzers to Warsaw.", "approved"),
    ("A second notice cleared Romania to purchase 32 F-35 jets.", "cleared"),
    ("The United States sold 20 F-16 jets to Jordan last year.", "sold"),
])
def test_arms_sale_is_cooperation(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("COOPERATE", None, "062")


def test_approved_arms_deal_noun_is_no_second_event(reader):
    text = "Congress approved the $8 billion F-35 deal with Athens on Friday."
    assert trigger_of(reader, text, "deal") is None  # the approving verb codes it, not an agreement


@pytest.mark.parametrize("text,word", [
    ("The council approved the sale of the old town hall.", "approved"),
    ("The farmer sold his wheat at the market.", "sold"),
])
def test_other_sales_are_no_arms_sale(reader, text, word):  # a guard: only arms sales
    found = trigger_of(reader, text, word)
    assert found is None or found.cameo != "062"


@pytest.mark.parametrize("text,word,expected", [
    ("Ottawa has suspended operations at its embassy in Kabul.", "suspended", "SANCTION"),
    ("The airline suspended operations at its hub in Dubai.", "suspended", None),
])
def test_suspended_embassy_work_is_a_withdrawal(reader, text, word, expected):
    found = trigger_of(reader, text, word)
    assert (found.type if found else None) == expected, found
