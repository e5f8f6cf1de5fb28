"""General coding rules over the parse: governing adjectives, pronouns, obligations, refusals, context parties.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from detente.events.plover_strict import project


def _events(reader, text):
    return [e.as_dict() for e in reader.read(text, published="2025-06-01").events]


def _countries(event, side):
    return sorted({a["country"] for a in event[side] if a["country"]})


@pytest.mark.parametrize("text,type_,status,source,target", [
    # an adjective that governs through "to" gives the status; its clause's subject is the actor
    ("Armenia has told mediators it is willing to withdraw its forces from the frontier with Azerbaijan.",
     "RETREAT", "proposed", ["ARM"], ["AZE"]),
    # "it" / "they" refer back to the state or group just named
    ("Chile said it would boycott the ceremony in Peru.", "PROTEST", "planned", ["CHL"], ["PER"]),
    # a reported "X must ..." is the speaker's request to X
    ("Germany said on Monday that Serbia must release the detained journalists.",
     "REQUEST", "occurred", ["DEU"], ["SRB"]),
    # "would not" in reported speech is a refusal
    ("Japan said it would not join the embargo against Vietnam.", "SANCTION", "declined", ["JPN"], ["VNM"]),
    # people with no stated nationality act in the one country their sentence names
    ("Striking teachers blocked roads in Nairobi on Tuesday.", "PROTEST", "occurred", ["KEN"], ["KEN"]),
    ("Opposition groups in Georgia are demanding that the cabinet resign.", "REQUEST", "occurred", ["GEO"], ["GEO"]),
])
def test_event_rules(reader, text, type_, status, source, target):
    events = _events(reader, text)
    found = [e for e in events if e["type"] == type_]
    assert found, [(e["type"], e["status"]) for e in events]
    event = found[0]
    assert (event["status"], _countries(event, "source"), _countries(event, "target")) == (status, source, target)


@pytest.mark.parametrize("text,type_", [
    ("Jailed activists in Tunisia began a hunger strike on Sunday.", "PROTEST"),
    ("Authorities in Bolivia imposed a curfew on the town of Oruro.", "COERCE"),
    ("Hundreds of Sudanese families sought refuge in Chad last week.", "REQUEST"),
    ("Egypt restored diplomatic relations with Qatar.", "SUPPORT"),
    ("Canada suspended military aid to Niger after the coup.", "SANCTION"),
    ("Japan sent relief supplies to Turkey after the earthquake.", "AID"),
    ("French and Indian warships began joint exercises in the Arabian Sea.", "COOPERATE"),
    ("Rebels in Mali surrendered to the army on Friday.", "RETREAT"),
])
def test_lexicon_covers_plover_categories(reader, text, type_):
    assert type_ in [e["type"] for e in _events(reader, text)]


@pytest.mark.parametrize("text,type_,status,strict", [
    ("Norway said it will provide transport aircraft to Ghana.", "AID", "planned", "AGREE"),
    ("Peru threatened that it would expel the Bolivian ambassador.", None, None, "THREATEN"),
])
def test_announced_acts_project_as_plover_prescribes(reader, text, type_, status, strict):
    events = _events(reader, text)
    assert strict in [p["type"] for p in (project(e) for e in events) if p is not None]
    if type_:
        assert any(e["type"] == type_ and e["status"] == status for e in events)


def test_declining_to_comment_is_no_refusal(reader):
    assert all(e["type"] != "REJECT" for e in _events(reader, "The Kenyan embassy in Rome declined to comment."))


@pytest.mark.parametrize("text,cameo", [
    ("Brazil urged Venezuela to free the detained opposition leaders.", "020"),
    ("Iran denied that it had supplied drones to Russia.", "016"),
    ("Ghana demanded that Togo close its border crossings.", "10"),
])
def test_trigger_words_carry_their_cameo_family(reader, text, cameo):
    events = [e for e in _events(reader, text) if e["type"] in {"REQUEST", "REJECT"}]
    assert events and events[0]["cameo"].startswith(cameo)


def test_recipient_from_context_is_the_other_country_named(reader):
    events = _events(reader, "Russian tanks shelled villages near the front in eastern Ukraine on Sunday.")
    shelling = [e for e in events if e["type"] == "ASSAULT"]
    assert shelling and _countries(shelling[0], "source") == ["RUS"] and _countries(shelling[0], "target") == ["UKR"]


def test_news_outlets_are_never_recipients(reader):
    events = _events(reader, "Russian troops shelled the city overnight, Reuters reported.")
    assert all(a["name"] != "Reuters" for e in events for a in e["target"])


@pytest.mark.parametrize("text,type_,source,location", [
    # a group with no stated nationality acts where the event happened
    ("Troops patrolled the streets of Lusaka on Sunday.", "MOBILIZE", ["ZMB"], "Lusaka"),
    ("Masked gunmen detonated a bomb outside a bank in Peshawar.", "ASSAULT", ["PAK"], "Peshawar"),
    # combatants and territory taken are ASSAULT (the manual: "abduct", not an arrest)
    ("Ethiopia captured the border town of Humera in 2020.", "ASSAULT", ["ETH"], None),
])
def test_uses_of_force_by_unnamed_groups(reader, text, type_, source, location):
    events = [e for e in _events(reader, text) if e["type"] == type_]
    assert events, [e["type"] for e in _events(reader, text)]
    assert _countries(events[0], "source") == source
    assert location is None or (events[0]["location"] or {}).get("name") == location


def test_violence_with_no_one_named_is_kept_when_placed(reader):
    placed = _events(reader, "A car bomb was detonated outside a market in Kirkuk on Monday.")
    assert [(e["type"], e["source"], e["target"]) for e in placed] == [("ASSAULT", [], [])]
    assert placed[0]["location"]["name"] == "Kirkuk"
    assert _events(reader, "A car bomb was detonated on Monday.") == []


def test_officials_of_no_state_are_not_actors(reader):
    assert _events(reader, "Officials agreed to continue the talks.") == []


@pytest.mark.parametrize("text,type_,source,target", [
    # the recipient hangs on the object: "relations with X", "aid to X"
    ("Ghana threatened to sever diplomatic relations with Togo and Benin.", "THREATEN", ["GHA"], ["BEN", "TGO"]),
    # arriving somewhere on a visit: the visit is to that place's state
    ("The Kenyan president arrived in Kampala on a two-day visit.", "CONSULT", ["KEN"], ["UGA"]),
    # a mediator is the clause's subject; both sides after "between" receive it
    ("Norway launched a mediation effort between Colombia and Venezuela.", "CONSULT", ["NOR"], ["COL", "VEN"]),
    # "calls by X for Y" are X's appeals, rejected
    ("Germany rejected calls by Belarus for economic aid.", "REQUEST", ["DEU"], ["BLR"]),
    # what is moved ("its troops") is not the recipient: the other state named is
    ("Chad said on Tuesday that it was willing to withdraw its soldiers from neighbouring Niger.", "RETREAT", ["TCD"], ["NER"]),
    # a person unknown to the knowledge base takes the state of the title before the name
    ("Lebanon's new Prime Minister Karim Haddad criticised Syria.", "ACCUSE", ["LBN"], ["SYR"]),
    ("Nigerian junior foreign minister Ade Okafor condemned the coup in Niger.", "ACCUSE", ["NGA"], ["NER"]),
])
def test_recipients_and_sides(reader, text, type_, source, target):
    events = [e for e in _events(reader, text) if e["type"] == type_]
    assert events, [(e["type"], e["source"], e["target"]) for e in _events(reader, text)]
    assert (_countries(events[0], "source"), _countries(events[0], "target")) == (source, target)


def test_conjoined_nationalities_act_jointly(reader):
    events = _events(reader, "Senior Peruvian and Chilean officials agreed to share border data.")
    assert events and events[0]["reciprocal"], events


def test_who_reports_an_event_does_not_receive_it(reader):
    events = _events(reader, "Sudanese troops captured a rebel base near the border, Chadian officials said.")
    assault = [e for e in events if e["type"] == "ASSAULT"]
    assert assault and "TCD" not in _countries(assault[0], "target"), assault


def _codes(event, side):
    """Country codes as PLOVER compares them (international bodies as IGO)."""
    from detente.eval.codes import actor_code
    return sorted({c for a in event[side] if (c := actor_code(a["country"], a.get("sector")))})


@pytest.mark.parametrize("text,type_,source,target", [
    # a UN body named as the owner of the object is the body (IGO), not a state coded UNO
    ("Chile will back a U.N. Security Council resolution on fishing.", "AGREE", ["CHL"], ["IGO"]),
    # officials of an international body act as the body
    ("European Union foreign ministers criticised Belarus.", "ACCUSE", ["IGO"], ["BLR"]),
    # the actor of a requested act ("the withdrawal of X's troops") is who is asked, not the place left
    ("Peru demanded the withdrawal of Chilean troops from Bolivia.", "REQUEST", ["PER"], ["CHL"]),
    # an act done in a place the gazetteer knows goes to that place's state
    ("Ethiopian troops shelled the town of Kassala on Sunday.", "ASSAULT", ["ETH"], ["SDN"]),
    # "it is prepared to ...": the subject two levels up is the actor of a noun trigger
    ("Kenya's cabinet declared on Friday that it was prepared to impose martial law.", "THREATEN", ["KEN"], ["KEN"]),
    # "allowed X to hold ...": the parser's clause subject is the permission's object and recipient
    ("The Ugandan interior minister allowed the opposition party to hold a rally in Kampala.",
     "CONCEDE", ["UGA"], ["UGA"]),
    ("Turkey allowed Syrian refugees to cross into Greece.", "CONCEDE", ["TUR"], ["SYR"]),
    # a conjoined subject acting on the relation it shares is one joint act, with no recipient
    ("Chad and Niger severed their diplomatic relations on Monday.", "SANCTION", ["NER", "TCD"], []),
])
def test_plover_sides_s4(reader, text, type_, source, target):
    events = [p for p in (project(e) for e in _events(reader, text)) if p is not None and p["type"] == type_]
    assert events, [(e["type"], e["source"], e["target"]) for e in _events(reader, text)]
    assert (_codes(events[0], "source"), _codes(events[0], "target")) == (source, target)


def test_imposing_restrictions_is_coercion(reader):
    assert "COERCE" in [e["type"] for e in _events(reader, "Hungary imposed restrictions on opposition rallies.")]
