"""Triggers for phrases about relations between states (detente.nlp.trigger_relations): meals, travel
advice, channels, time spent together, affirmed commitments, voided pacts, access, schemes that start,
mutual undertakings, charges and aid handed over. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


def _events(reader, text, published="2025-06-01"):
    return reader.read(text, published=published).events


@pytest.mark.parametrize("text,word,type_,mode", [
    # a meal with or for guests is a meeting; a guest invited to a host's table visits the host
    ("The Belgian king invited the Kenyan president to a state banquet at the palace.", "banquet", "CONSULT", "visit"),
    ("Scholz had lunch with the Polish premier in Warsaw on Friday.", "lunch", "CONSULT", None),
    ("The emir gave a dinner for the visiting Indonesian president.", "dinner", "CONSULT", None),
    # telling one's own people to stay away from a country curtails relations with it
    ("Seoul advised its nationals to avoid travel to Myanmar.", "travel", "SANCTION", "discontinue"),
    ("Canberra told its citizens to avoid visiting Fiji for now.", "visiting", "SANCTION", "discontinue"),
    ("Moscow urged Russian tourists to reconsider trips to Egypt.", "trips", "SANCTION", "discontinue"),
    ("Beijing issued a travel warning for the Philippines on Monday.", "warning", "SANCTION", "discontinue"),
    # a standing channel between two sides
    ("India and China agreed to establish a military hotline.", "establish", "CONSULT", None),
    ("The two governments will set up a joint working group on migration.", "set", "CONSULT", None),
    # time spent with another is a meeting
    ("The two envoys spent six hours together in Doha on Sunday.", "spent", "CONSULT", None),
    ("Blinken spent the afternoon with the Saudi crown prince.", "spent", "CONSULT", None),
    # saying again that a commitment holds supports those it protects
    ("Canberra reaffirmed that the security treaty covers Papua New Guinea.", "reaffirmed", "SUPPORT", None),
    ("Paris reiterated its commitment to the defence of Estonia.", "reiterated", "SUPPORT", None),
    # declaring a pact dead rejects the exchange it set up
    ("Pyongyang declared the armistice null and void.", "declared", "REJECT", "assist"),
    ("Caracas said it would consider the accord void if the vote were delayed.", "consider", "REJECT", "assist"),
    # letting observers in, or granting access, is a retreat (access)
    ("Belgrade granted the monitors access to the prison on Monday.", "granted", "RETREAT", "access"),
    ("Inspectors' access must be approved by the defence council.", "approved", "RETREAT", "access"),
    ("The Malian junta welcomed an observer mission sent by ECOWAS.", "welcomed", "RETREAT", "access"),
    ("Khartoum accepted Ethiopian peacekeepers in Abyei.", "accepted", "RETREAT", "access"),
    # a joint scheme that starts is cooperation under way
    ("Rome said the returns scheme would begin next month.", "begin", "COOPERATE", None),
    ("The pilot programme takes effect on Monday.", "takes", "COOPERATE", None),
    # what both sides are to do, told as settled, is an agreement
    ("Each side would draw up its own list of prisoners.", "draw", "AGREE", None),
    ("Both parties will appoint envoys to the border commission.", "appoint", "AGREE", None),
    # goods handed over to help are aid, not a release
    ("Dutch nurses handed over two tonnes of vaccines to the clinic in Aleppo.", "handed", "AID", None),
])
def test_relation_trigger(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode), found


@pytest.mark.parametrize("text,word", [
    # the advising verb is told through the journey it warns against
    ("Seoul advised its nationals to avoid travel to Myanmar.", "advised"),
    # the pact called void is no agreement of the sentence
    ("Pyongyang declared the armistice null and void.", "armistice"),
    # the reason for an arrest or a charge is no event of its own
    ("A Danish engineer was detained in Tehran for cooperating with Mossad.", "cooperating"),
    ("Kabul accused Islamabad of attacking its border posts.", "attacking"),
    ("Two reporters were jailed in Minsk for meeting with opposition leaders.", "meeting"),
    # a meal with no guest, or one a verb already tells, is no meeting of its own
    ("The minister skipped lunch to finish the budget.", "lunch"),
    ("Macron hosted a dinner for the German chancellor.", "dinner"),
    ("Xi and Putin met at a state dinner in Moscow.", "dinner"),
    # a committee with no mark of two sides, or a scheme of one side, is no channel
    ("The parliament will set up a committee to study the budget.", "set"),
    ("Both sides would lose from a long trade war.", "lose"),
])
def test_no_relation_event(reader, text, word):
    assert trigger_of(reader, text, word) is None


def test_invited_meal_is_a_proposed_visit(reader):
    events = _events(reader, "The Belgian king invited the Kenyan president to a state banquet at the palace.")
    event = next(e for e in events if e.type == "CONSULT")
    assert event.status == "proposed" and [a.country for a in event.source] == ["KEN"]


def test_travel_advice_targets_the_destination(reader):
    events = _events(reader, "Seoul advised its nationals to avoid travel to Myanmar.")
    assert [(e.type, [a.country for a in e.target]) for e in events] == [("SANCTION", ["MMR"])]


def test_voided_pact_under_a_condition_is_hypothetical(reader):
    events = _events(reader, "Caracas warned that if the vote were delayed, it would consider the accord void.")
    event = next(e for e in events if e.type == "REJECT")
    assert event.status == "hypothetical" and event.mode == "assist"


def test_channel_between_the_two_sides_is_planned(reader):
    events = _events(reader, "India and China agreed to establish a military hotline.")
    event = next(e for e in events if e.type == "CONSULT")
    assert event.status == "planned" and {a.country for a in event.source + event.target} == {"IND", "CHN"}


def test_war_material_sent_is_aid(reader):
    found = trigger_of(reader, "Finland will ship military material to Latvia.", "ship")
    assert found is not None and found.type == "AID"


@pytest.mark.parametrize("text,word", [
    # access to papers, not to a place nor for outsiders, lets no one in
    ("The committee gave the auditors access to the minutes of the meeting.", "gave"),
    # a travel ban that is lifted is told by the lifting verb
    ("The court lifted a travel ban on the Kenyan journalist.", "ban"),
])
def test_relation_rule_limits(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type not in {"RETREAT", "AID", "SANCTION"}, found


def test_post_held_is_no_charge(reader):
    found = trigger_of(reader, "Lavrov is in charge of negotiating with Ankara.", "negotiating")
    assert found is not None and found.type == "CONSULT"


def test_arms_handed_over_are_no_aid(reader):
    found = trigger_of(reader, "The rebels handed over most of their arms to the monitors.", "handed")
    assert found is not None and found.type == "RETREAT"
