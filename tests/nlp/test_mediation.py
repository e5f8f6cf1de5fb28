"""Mediation (session 7): the parties a state mediates "between" are the target of its engagement; a
mediator and the two parties are three states met as one event, multilateral (records' CONSULT convention).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, parties", [
    ("Egypt offered to mediate between Ethiopia and Sudan.", {"ETH", "SDN"}),
    ("Russia offered to help mediate between Armenia and Azerbaijan.", {"ARM", "AZE"}),
])
def test_the_parties_mediated_between_are_the_target(reader, text, parties):
    events = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert events and events[0].mode == "multilateral"
    assert {a.country for a in events[0].target} == parties


# Session 10: the passive agent of a mediating verb names the mediators; the parties are the target.
@pytest.mark.parametrize("text, mediators, parties", [
    ("Sudan and South Sudan agreed to reopen the border after talks in Cairo mediated by Egypt and Kenya.",
     {"EGY", "KEN"}, {"SDN", "SSD"}),
    ("The truce between Armenia and Azerbaijan, brokered by the United States and France, took effect on Monday.",
     {"USA", "FRA"}, {"ARM", "AZE"}),
    ("Serbia and Kosovo signed a pact on Friday after talks in Brussels were mediated by Belgium.",
     {"BEL"}, {"SRB", "XKX"}),
])
def test_passive_agents_mediate_between_the_parties(reader, text, mediators, parties):
    consults = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    mediated = [e for e in consults if {a.country for a in e.source} == mediators]
    assert mediated and {a.country for a in mediated[0].target} == parties
    assert mediated[0].mode == "multilateral"
    # talks described as mediated are the mediators' engagement: no second meeting of the parties alone
    assert len(consults) == 1


# Session 10: a third state that hosts talks between two others takes no part; the talks are third-party there.
@pytest.mark.parametrize("text, parties, place", [
    ("Riyadh hosted talks between Russia and the United States on Tuesday.", {"RUS", "USA"}, "SAU"),
    ("Oman hosted a meeting between Iranian and U.S. negotiators in Muscat.", {"IRN", "USA"}, "OMN"),
    ("Switzerland hosted talks between Armenian and Azerbaijani diplomats last week.", {"ARM", "AZE"}, "CHE"),
    ("The Swiss government hosted talks between Armenia and Azerbaijan in Geneva last week.", {"ARM", "AZE"}, "CHE"),
])
def test_a_third_state_hosting_talks_is_no_party(reader, text, parties, place):
    consults = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert len(consults) == 1
    talks = consults[0]
    assert {a.country for a in talks.source + talks.target} == parties
    assert talks.mode == "third-party" and talks.location is not None and talks.location.country == place


# Session 11: with the parties untold, every agent of "brokered by A, B and C" is a mediator, none a recipient.
@pytest.mark.parametrize("text, mediators", [
    ("The ceasefire was brokered by Turkey, Egypt and Qatar.", {"TUR", "EGY", "QAT"}),
    ("The truce, brokered by Norway and Switzerland, held overnight.", {"NOR", "CHE"}),
])
def test_agents_of_brokering_are_all_mediators(reader, text, mediators):
    consults = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert consults and {a.country for a in consults[0].source} == mediators
    assert not {a.country for a in consults[0].target} & mediators


# Session 26: a third party the grammar seats at two sides' talks ("in the presence of X", "X-mediated talks"
# held in X's country) is the mediator (source), the two sides the parties (target): a multilateral meeting.
@pytest.mark.parametrize("text, mediators, parties", [
    ("Armenian and Azerbaijani officials held talks in Geneva on Monday in the presence of French envoy "
     "Pierre Dupont.", {"FRA"}, {"ARM", "AZE"}),
    ("A first round of Qatari-mediated talks between Sudan's foreign minister and his Chadian counterpart "
     "ended in Doha on Friday.", {"QAT"}, {"SDN", "TCD"}),
])
def test_a_mediator_at_the_table_is_a_side(reader, text, mediators, parties):
    consults = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert consults and {a.country for a in consults[0].source} == mediators
    assert parties <= {a.country for a in consults[0].target}
    assert consults[0].mode == "multilateral"


@pytest.mark.parametrize("text", [
    # held away from the mediator's country, "X-mediated" talks may be carried by X: the two sides' meeting
    "Sudanese and Chadian envoys will hold a second round of Qatari-mediated talks in Vienna on Saturday.",
    # indirect talks through a go-between: the go-between carries messages and is no side
    "Sudan's foreign minister and his Chadian counterpart held talks through Qatari Foreign Minister "
    "Mohammed Al Khulaifi in Doha on Friday.",
])
def test_a_go_between_away_from_the_table_is_no_side(reader, text):
    consults = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert consults and all("QAT" not in {a.country for a in e.source} for e in consults)
