"""Threats told as a reported condition (detente.nlp.trigger_threats): a speech verb reporting a harm that hangs
on what the other side does is PLOVER THREATEN, made when told (occurred): the "if" is the threat's condition,
not a doubt about the warning (examples/README.md, "Status conventions"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of

PUBLISHED = "2024-06-14"

THREATS = [
    ("Lima cautioned that if Quito kept the envoy, Quito would bear the consequences.", "cautioned"),
    ("The president said that Caracas would face air strikes if it seized the oil field.", "said"),
    ("Oslo's minister cautioned that, if the ban stood, Norway would respond in kind.", "cautioned"),
    ("Baku warned that if Yerevan crossed the line, it would answer with force.", "warned"),
    ('"If Quito keeps the envoy, we will respond with force," the Peruvian minister declared.', "declared"),
]


@pytest.mark.parametrize("text,word", THREATS,
                         ids=["bear-consequences", "said-face", "respond", "warned-force", "quoted-declared"])
def test_conditional_harm_is_a_threat_made(reader, text, word):
    assert trigger_of(reader, text, word).type == "THREATEN"
    assert event_by_trigger(reader, text, word, published=PUBLISHED).status == "occurred"


def test_an_unmade_warning_is_no_threat_made(reader):
    text = "The Peruvian minister did not warn that Quito would bear the consequences if it kept the envoy."
    assert event_by_trigger(reader, text, "warn", published=PUBLISHED).status == "negated"


@pytest.mark.parametrize("text,word", [
    ("Seoul said its president would meet the North Korean leader if the talks resumed.", "meet"),
    ("Seoul warned that it will strike North Korean missile sites if Pyongyang fires at its islands.", "strike"),
], ids=["conditional-meeting", "threatened-act"])
def test_what_an_if_supposes_stays_hypothetical(reader, text, word):
    """A conditional meeting is no threat, and the supposed act itself is not done: both stay hypothetical."""
    assert event_by_trigger(reader, text, word, published=PUBLISHED).status == "hypothetical"


@pytest.mark.parametrize("text,word", [
    ("The minister said the talks would resume if the weather allowed.", "said"),  # a condition, no harm
    ("The minister said that Chile would face a hard winter.", "said"),  # a harm, no condition
])
def test_no_conditional_threat(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "THREATEN"


FORCE_LEFT_OPEN = [
    ("Peru has not ruled out the use of force against Ecuador.", "ruled"),
    ("Baku has never ruled out military action against Armenia.", "ruled"),
    ("Caracas would not exclude a strike on the Guyanese oil field.", "exclude"),
]


@pytest.mark.parametrize("text,word", FORCE_LEFT_OPEN, ids=["use-of-force", "military-action", "exclude-strike"])
def test_force_not_ruled_out_is_a_threat_made(reader, text, word):
    assert trigger_of(reader, text, word).type == "THREATEN"
    assert event_by_trigger(reader, text, word, published=PUBLISHED).status == "occurred"


@pytest.mark.parametrize("text,word", [
    ("The Peruvian president did not rule out a meeting with the Ecuadorian leader.", "rule"),
    ("The Peruvian president has ruled out the use of force against Ecuador.", "ruled"),
], ids=["meeting-left-open", "force-ruled-out"])
def test_other_options_left_open_are_no_threat(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "THREATEN"


@pytest.mark.parametrize("text,word", [
    ("Greek dockworkers said they will not end the strike until their wages are raised.", "end"),
    ("The rebels will not halt the offensive before the talks resume.", "halt"),
], ids=["end-strike", "halt-offensive"])
def test_a_refusal_to_stop_force_is_no_force_left_open(reader, text, word):
    event = event_by_trigger(reader, text, word, published=PUBLISHED)
    assert event.status != "occurred", event.status
