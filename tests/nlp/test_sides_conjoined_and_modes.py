"""Event type, mode and sides: shared objects of conjoined verbs, ramming and weapon modes,
"asked for", naming a proposal badly, nationality adjectives, talks of a conjoined subject, reported
wrongs, meetings of an organisation, going to a gathering told before, delegations, reduced passives.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _events(reader, text):
    return [e.as_dict() for e in reader.read(text, published="2025-06-01").events]


def _countries(event, side):
    return sorted({a["country"] for a in event[side] if a["country"]})


def _names(event, side):
    return [a["name"] for a in event[side]]


def _of_type(reader, text, type_):
    events = _events(reader, text)
    found = [e for e in events if e["type"] == type_]
    assert found, [(e["type"], e["mode"], _countries(e, "source"), _countries(e, "target")) for e in events]
    return found[0]


@pytest.mark.parametrize("text,source,target", [
    # the object of the second verb is the first verb's too
    ("Turkish coast guard officers rammed and boarded a Greek fishing boat off Libya on Sunday.", "TUR", "GRC"),
    ("Sudanese militiamen rammed and sank a Chadian ferry.", "SDN", "TCD"),
])
def test_ramming_is_an_assault_on_the_shared_object(reader, text, source, target):
    event = _of_type(reader, text, "ASSAULT")
    assert source in _countries(event, "source") and _countries(event, "target") == [target]


@pytest.mark.parametrize("text,mode", [
    ("Somali gunmen carrying machetes attacked a Kenyan police post.", "primitive"),
    ("Rebels armed with rifles attacked a Malian army convoy.", "firearms"),
    ("Nigerian troops attacked the camp with knives and stones.", "primitive"),
    # the PLOVER manual's modes by weapon: what attacks, what it is done with or by, what is fired
    ("Ethiopian gunmen attacked a Sudanese border post on Friday.", "firearms"),
    ("Yemeni drones attacked a Saudi oil terminal.", "drone"),
    ("Two Malian soldiers were killed by a roadside explosive near Gao.", "explosives"),
    ("Armenian troops attacked an Azerbaijani village with mortars and artillery.", "heavy-weapons"),
    ("Burkinabe helicopters attacked a convoy near the Malian border.", "aerial"),
    ("Moroccan tanks opened fire on Algerian positions.", "heavy-weapons"),  # not the guns "fire" suggests
    ("Moroccan soldiers opened fire on Algerian positions.", "firearms"),
])
def test_weapons_give_the_assault_mode(reader, text, mode):
    assert _of_type(reader, text, "ASSAULT")["mode"] == mode


@pytest.mark.parametrize("text,type_,mode,cameo", [
    # acts whose word names the manual's mode (and CAMEO's code for it)
    ("Sudanese rebels shelled the Chadian town overnight.", "ASSAULT", "heavy-weapons", "194"),
    ("Militants tried to assassinate the Nigerian governor.", "ASSAULT", "targeted", "186"),
    ("Gunmen kidnapped two Chinese engineers in Pakistan.", "ASSAULT", "abduct", "181"),
    ("Kenya deported three Ugandan activists on Monday.", "COERCE", "deport", "174"),
])
def test_act_words_give_the_mode(reader, text, type_, mode, cameo):
    event = _of_type(reader, text, type_)
    assert (event["mode"], event["cameo"]) == (mode, cameo)


@pytest.mark.parametrize("text,mode", [
    ("The Greek prime minister asked for a new formula on the debt.", "change"),
    ("The Lebanese government asked for help.", "assist"),
])
def test_asking_for_a_thing_is_a_request(reader, text, mode):
    event = _of_type(reader, text, "REQUEST")
    assert event["mode"] == mode


@pytest.mark.parametrize("text,type_", [
    ("Hungary's prime minister called the migration quota unreasonable.", "REJECT"),
    ("Poland called the plan unworkable.", "REJECT"),
    ("Hungary's prime minister called the arrests unreasonable.", "ACCUSE"),  # not a proposal: disapproval
])
def test_naming_a_proposal_badly_rejects_it(reader, text, type_):
    assert _of_type(reader, text, type_)


def test_a_conjoined_request_speaks_to_the_same_recipient(reader):
    text = ("Belgium's prime minister called the plan unreasonable in a letter to NATO Secretary General "
            "Mark Rutte, and asked for an exemption.")
    assert _countries(_of_type(reader, text, "REQUEST"), "target") == ["IGO"]


@pytest.mark.parametrize("text,source,target", [
    ("Turkish and Russian strikes on Syrian towns killed dozens.", ["RUS", "TUR"], ["SYR"]),
    ("An Egyptian attack on Libyan militias was reported.", ["EGY"], ["LBY"]),
])
def test_nationality_adjectives_own_the_act(reader, text, source, target):
    event = _of_type(reader, text, "ASSAULT")
    assert _countries(event, "source") == source and _countries(event, "target") == target


def test_talks_of_a_conjoined_subject_are_between_the_two(reader):
    text = "Ghana's president and the Togolese foreign minister signed the accord after talks hosted by Nigeria."
    event = _of_type(reader, text, "CONSULT")
    assert _countries(event, "source") == ["GHA"] and _countries(event, "target") == ["TGO"]


@pytest.mark.parametrize("text,accused", [
    ("Vietnam's foreign ministry said Chinese survey ships had intruded into its waters.", "CHN"),
    ("Seoul said North Korean drones had violated its airspace on Tuesday.", "PRK"),
    ("Manila said Chinese fishing boats had intruded illegally into waters near Taiwan.", "CHN"),  # boats: their state
])
def test_saying_another_did_wrong_accuses_it(reader, text, accused):
    event = _of_type(reader, text, "ACCUSE")
    assert event["mode"] == "allege" and _countries(event, "target") == [accused]


def test_denying_ones_own_wrong_is_no_accusation(reader):
    events = _events(reader, "Beijing said it had not intruded into Vietnamese waters.")
    assert not [e for e in events if e["type"] == "ACCUSE"]


def test_a_meeting_of_an_organisation_is_multilateral(reader):
    event = _of_type(reader, "African Union leaders met in Addis Ababa on Sunday.", "CONSULT")
    assert event["mode"] == "multilateral"


@pytest.mark.parametrize("second", [
    "The Thai prime minister is expected to attend.",
    "The Thai prime minister will travel to the summit, where Bangkok hopes to discuss trade.",
])
def test_going_to_a_gathering_told_before(reader, second):
    text = "ASEAN leaders gather in Jakarta next week for a summit on trade. " + second
    events = [e for e in _events(reader, text) if "THA" in _countries(e, "source")]
    assert events and events[0]["mode"] == "multilateral" and _countries(events[0], "target") == ["IGO"]


def test_delegation_members_join_their_leaders_side(reader):
    text = ("Xi Jinping and Joe Biden met for four hours in Woodside on Wednesday: Secretary of State Antony "
            "Blinken joined Biden, while Foreign Minister Wang Yi sat with Xi.")
    event = _of_type(reader, text, "CONSULT")
    sides = {a["name"]: side for side in ("source", "target") for a in event[side]}
    assert sides.get("Antony Blinken") == sides.get("Joe Biden") != sides.get("Wang Yi") == sides.get("Xi Jinping")


def test_a_participle_on_its_object_is_passive(reader):
    event = _of_type(reader, "Iranian tankers seized by the British navy were towed to Gibraltar.", "COERCE")
    assert _countries(event, "source") == ["GBR"] and _countries(event, "target") == ["IRN"]


def test_a_subject_hung_on_the_dateline_is_the_subject(reader):
    text = "GENEVA, Switzerland — Iran's foreign minister and the French president met for two hours on Monday."
    event = _of_type(reader, text, "CONSULT")
    assert sorted(_countries(event, "source") + _countries(event, "target")) == ["FRA", "IRN"]


def test_hosting_a_named_meeting_is_no_event_of_its_own(reader):
    text = "The Thai and Cambodian leaders met on the margins of a regional gathering hosted by Malaysia."
    consults = [e for e in _events(reader, text) if e["type"] == "CONSULT"]
    assert all("MYS" not in _countries(e, "source") for e in consults) and len(consults) == 1


@pytest.mark.parametrize("text,type_,source", [
    # object control: the object of "led", "forced" is who does what the to-clause says
    ("Western sanctions forced Venezuela to cut its oil exports to Cuba.", "SANCTION", "VEN"),
    ("The blockade forced Armenia to withdraw its troops from the villages.", "RETREAT", "ARM"),
])
def test_the_object_of_a_control_verb_does_the_act(reader, text, type_, source):
    assert _countries(_of_type(reader, text, type_), "source") == [source]


def test_a_demand_with_a_that_clause(reader):
    text = "The spokesman repeated Seoul's demand that Tokyo withdraw the textbook."
    event = _of_type(reader, text, "REQUEST")
    assert _countries(event, "source") == ["KOR"] and _countries(event, "target") == ["JPN"]


def test_its_names_the_state_of_a_group(reader):
    text = "Manila demanded that Beijing return equipment seized by its navy near the reef."
    assert _countries(_of_type(reader, text, "COERCE"), "source") == ["CHN"]


def test_the_agency_is_the_body_just_named(reader):
    text = ("In 2009 North Korea ordered the International Atomic Energy Agency's inspectors out. "
            "Pyongyang then suspended its cooperation with the agency.")
    event = next(e for e in _events(reader, text) if e["type"] == "SANCTION" and e["mode"] == "discontinue")
    assert _countries(event, "source") == ["PRK"] and _countries(event, "target") == ["IGO"]


def test_a_pair_holding_talks_is_reciprocal(reader):
    event = _of_type(reader, "Peru and Bolivia renewed negotiations on Monday on their shared lake.", "CONSULT")
    assert event["reciprocal"]


def test_a_thing_fired_is_no_controller(reader):
    text = "Ugandan police used teargas to scatter protests against the disputed vote count."
    assert _countries(_of_type(reader, text, "PROTEST"), "source") == ["UGA"]


def test_hosting_a_delegation_stays_a_visit(reader):
    event = _of_type(reader, "A Chinese delegation hosted by Japan toured Osaka.", "CONSULT")
    assert event["mode"] == "visit" and _countries(event, "target") == ["JPN"]


def test_its_troops_moved_are_no_owner_of_the_act(reader):
    # forces offered to another side are aid offered (trigger_offers), once coded as a general offer (AGREE)
    event = _of_type(reader, "Ankara offered its troops to the Libyan government last week.", "AID")
    assert "TUR" not in _countries(event, "target")


def test_condemning_the_measures_answers_their_author(reader):
    text = ("The United States imposed sanctions on two Brazilian mining firms on Monday. "
            "On Wednesday, Brazil's president condemned the measures.")
    event = _of_type(reader, text, "ACCUSE")
    assert _countries(event, "source") == ["BRA"] and _countries(event, "target") == ["USA"]
