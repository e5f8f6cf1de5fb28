"""Threats are recorded as the act of threatening (PLOVER THREATEN, mode the content of the threat): a
conflictual act under a told "threaten" is a THREATEN made when told, and a reported "would" harm, on an "if"
or not, is a threat already made (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-14"


def _events(reader, text):
    return [(e.type, e.mode, e.status) for e in reader.read(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text, mode", [
    ("Kenya threatened to expel hundreds of Ugandan soldiers serving in the regional force.", "expel"),
    ("Washington has threatened to impose steep tariffs on Brazilian steel.", None),
    ("Ghana threatens to arrest the Togolese envoy if he returns.", "arrest"),
    ("Peru threatened to cut off all diplomatic ties with Ecuador on Monday.", None),
])
def test_a_threatened_act_is_a_threat_made(reader, text, mode):
    threats = [e for e in _events(reader, text) if e[0] == "THREATEN"]
    assert threats and all(s == "occurred" for _, _, s in threats)
    assert mode is None or any(m == mode for _, m, _ in threats)


@pytest.mark.parametrize("text", [
    "Nigeria threatened to send troops to Niger if the ousted president was not freed.",
    "Ankara has threatened to deploy more soldiers along the Syrian border.",
])
def test_a_threatened_show_of_force_is_a_threat_of_violence(reader, text):
    """Threatening to move forces is a threat of force made, not a mobilisation to come."""
    events = _events(reader, text)
    assert ("THREATEN", "violence", "occurred") in events
    assert not [e for e in events if e[0] == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Chile's foreign ministry said Santiago would retaliate against the new Argentine duties.",
    "Vietnam said it would take all necessary measures to protect its fishermen from Chinese patrols.",
])
def test_a_reported_harm_to_come_is_a_threat_made(reader, text):
    assert ("THREATEN", "occurred") in {(t, s) for t, _, s in _events(reader, text)}


@pytest.mark.parametrize("text", [
    "Chile's foreign ministry said Santiago would retaliate if Buenos Aires raised the duties again.",
    "Hanoi will take resolute countermeasures if Beijing sends the survey ship back, the ministry said.",
    "Quito said it would respond if Lima expelled its consul.",
])
def test_a_harm_on_an_if_is_a_threat_made(reader, text):
    """The "if" is the threat's condition: the threat was made (THREATEN occurred, told once), not supposed."""
    threats = [s for t, _, s in _events(reader, text) if t == "THREATEN"]
    assert threats and set(threats) == {"occurred"}


@pytest.mark.parametrize("text", [
    "Kenya did not threaten to expel the Ugandan soldiers.",
    "Kenya may threaten to expel the Ugandan soldiers next month.",
])
def test_no_threat_made_is_no_occurred_threat(reader, text):
    assert ("THREATEN", "occurred") not in {(t, s) for t, _, s in _events(reader, text)}


def test_a_threatened_act_on_a_place_is_aimed_at_its_state(reader):
    """"threatened to impose a curfew in Kumasi": the threat, like the curfew, is aimed at Ghana."""
    events = reader.read("President Mahama threatened to impose a curfew in Kumasi after the riots.",
                         published=PUBLISHED).events
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and any(t.country == "GHA" for e in threats for t in e.target)


@pytest.mark.parametrize("text, mode", [
    ("Norway told both parties that it would halt its mediation if the next round failed to produce a deal.",
     "relations"),
    ("Chile said it would impose sanctions on Peru if Lima deported the migrants.", "relations"),
    ("The envoy said Kenya would expel the observers unless they left the border zone.", "expel"),
])
def test_a_reported_conditional_harm_is_a_threat_made(reader, text, mode):
    """A conflictual act told as supposed on an "if"/"unless" is a warning made, not a hypothetical act."""
    events = _events(reader, text)
    assert ("THREATEN", mode, "occurred") in events
    assert not [e for e in events if e[0] in {"SANCTION", "COERCE"} and e[2] == "hypothetical"]


@pytest.mark.parametrize("text", [
    "Chile would impose sanctions on Peru if Lima deported the migrants.",
])
def test_an_unreported_supposition_stays_hypothetical(reader, text):
    """Without a speaker, an "if ... would" act is a supposition, not a warning anyone made."""
    assert not [e for e in _events(reader, text) if e[0] == "THREATEN"]


@pytest.mark.parametrize("text, expected", [
    ("Spain told reporters that tough sanctions on Venezuela would be prepared if Caracas rejected the offer.", "THREATEN"),
    ("Spain told reporters that tough sanctions on Venezuela would be prepared next month.", "SANCTION"),  # guard: no condition
])
def test_prepared_sanctions_on_a_condition_are_a_threat(reader, text, expected):
    events = reader.read(text, published="2025-03-04").events
    assert [e.type for e in events if e.trigger == "sanctions"] == [expected]
