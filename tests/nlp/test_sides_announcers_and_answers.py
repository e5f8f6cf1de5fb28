"""Sides: a passive act with no agent told in an announcement is the announcer's; an unnamed
official of the teller's own ("his minister") carries out the teller's order; an embassy "in" a foreign
capital is the other state's; "phoned both leaders" speaks with the pair just told; "signed the measure"
carries on its own side's act; a definite act or statement answered with no one named ("welcomed the
decision", "condemned the incident", "rejected the charge") answers the author of the one told before.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from trigger_words import event_by_trigger


_event = event_by_trigger


def _countries(side):
    return {a.country for a in side}


@pytest.mark.parametrize("text,trigger,source,target", [
    ("Kenyan Foreign Minister Musalia Mudavadi announced on Monday that the trade pact with Uganda was "
     "suspended.", "suspended", "KEN", "UGA"),
    ("Peru's foreign ministry declared that the border crossing with Chile was closed until further notice.",
     "closed", "PER", "CHL"),
])
def test_a_passive_act_announced_is_the_announcers(reader, text, trigger, source, target):
    event = _event(reader, text, trigger)
    assert source in _countries(event.source) and target in _countries(event.target), (event.source, event.target)


@pytest.mark.parametrize("text,trigger,source", [
    ("Ghanaian President John Mahama said he had told his finance minister to raise tariffs on Nigerian cement.",
     "tariffs", "GHA"),
    ("Chilean President Gabriel Boric said he had ordered his interior minister to close the border with Peru.",
     "close", "CHL"),
])
def test_ones_own_official_carries_out_the_order(reader, text, trigger, source):
    event = _event(reader, text, trigger)
    assert source in _countries(event.source), (event.source, event.target)


@pytest.mark.parametrize("text,trigger,owner,host", [
    ("Australian Foreign Minister Penny Wong said the embassy in Jakarta would stop issuing visas.",
     "stop", "AUS", "IDN"),
    ("Swedish Foreign Minister Maria Malmer Stenergard said the embassy in Tehran would stop issuing visas.",
     "stop", "SWE", "IRN"),
])
def test_an_embassy_in_a_foreign_capital_is_the_other_states(reader, text, trigger, owner, host):
    event = _event(reader, text, trigger)
    assert owner in _countries(event.source) and host not in _countries(event.source), (event.source, event.target)


@pytest.mark.parametrize("text,trigger,target", [
    ("Japan on Monday imposed export curbs on three Russian banks. Ukrainian President Volodymyr Zelensky "
     "welcomed the decision.", "welcomed", "JPN"),
    ("A Venezuelan patrol boat rammed a Guyanese fishing vessel on Sunday. Brazil condemned the incident.",
     "condemned", "VEN"),
    ("Canadian Foreign Minister Melanie Joly accused India of meddling in Canadian politics. India's foreign "
     "ministry rejected the charge on Tuesday, calling its ties with Sri Lanka normal.", "rejected", "CAN"),
])
def test_an_answer_to_a_definite_act_answers_its_author(reader, text, trigger, target):
    event = _event(reader, text, trigger)
    assert target in _countries(event.target), (event.source, event.target)


@pytest.mark.parametrize("text,trigger,targets", [
    ("Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki held talks in Nairobi on Monday. "
     "Kenyan President William Ruto phoned both leaders on Tuesday.", "phoned", {"ETH", "ERI"}),
])
def test_a_third_party_speaking_with_both_leaders_has_the_pair_as_target(reader, text, trigger, targets):
    event = _event(reader, text, trigger)
    assert targets <= _countries(event.target), (event.source, event.target)


@pytest.mark.parametrize("text,trigger,target", [
    ("The Polish parliament voted on Monday to accept Ukraine as a partner, and President Andrzej Duda signed "
     "the measure on Wednesday.", "signed", "UKR"),
])
def test_enacting_the_measure_carries_on_its_own_sides_act(reader, text, trigger, target):
    event = _event(reader, text, trigger)
    assert target in _countries(event.target), (event.source, event.target)


@pytest.mark.parametrize("text,trigger,source,target", [
    ("Kenyan President William Ruto, who met Ugandan President Yoweri Museveni in Kampala on Monday, said trade "
     "would grow.", "met", "KEN", "UGA"),
    ("Chile's foreign ministry, which summoned Peru's ambassador on Friday, declined to comment.", "summoned",
     "CHL", "PER"),
])
def test_a_relative_pronoun_subject_is_the_noun_it_describes(reader, text, trigger, source, target):
    event = _event(reader, text, trigger)
    assert source in _countries(event.source) and target in _countries(event.target), (event.source, event.target)


@pytest.mark.parametrize("text,trigger,person", [
    ("Foreign Minister Penny Wong said Australia had expelled two Iranian diplomats.", "expelled", "Penny Wong"),
    ("Foreign Minister Annalena Baerbock said Germany would close three Russian consulates.", "close",
     "Annalena Baerbock"),
])
def test_the_official_telling_the_states_act_is_named_with_it(reader, text, trigger, person):
    event = _event(reader, text, trigger)
    assert person in {a.name for a in event.source}, (event.source, event.target)
