""""Agreed to" + a concrete act (detente.nlp.agreed_acts; examples/README conventions 11-13): the act planned,
the AGREE beside it only when the agreeing is dated. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _types(reader, text):
    return sorted((e.type, e.status) for e in reader.read(text, published="2025-03-05").events
                  if e.type in {"AGREE", "COOPERATE", "CONCEDE", "CONSULT"})


@pytest.mark.parametrize("text,expected", [
    # an undated agreement told as an outcome: the coded act alone
    ("Chile and Peru have agreed to meet in June, the ministry said.", [("CONSULT", "planned")]),
    # dated: the AGREE beside the planned act
    ("On Monday Chile and Peru agreed to meet in June.", [("AGREE", "occurred"), ("CONSULT", "planned")]),
    # an untriggered concrete act is added beside the AGREE, planned; an easing is CONCEDE
    ("Chile has agreed to acquire patrol boats from Spain, the Spanish ministry said.",
     [("AGREE", "occurred"), ("COOPERATE", "planned")]),
    ("Peru and Bolivia agreed to roll back the duties they had imposed on each other.",
     [("AGREE", "occurred"), ("CONCEDE", "planned")]),
    ("On Monday Chile agreed to acquire patrol boats from Spain.", [("AGREE", "occurred"), ("COOPERATE", "planned")]),
    # the coded act standing alone is still to be done, whatever its verb's own reading
    ("Myanmar has agreed to allow foreign aid workers into the flooded provinces.", [("CONCEDE", "planned")]),
    # a vague promise of cooperation stays AGREE
    ("Chile and Spain agreed to strengthen their ties.", [("AGREE", "occurred")]),
    # agreeing to hold or start talks is the future meeting, CONSULT, not COOPERATE
    ("Chile and Peru agreed to start negotiations on a fisheries pact.", [("AGREE", "occurred"), ("CONSULT", "planned")]),
    ("Chile and Peru agreed to hold a strategic dialogue next spring.", [("AGREE", "occurred"), ("CONSULT", "planned")]),
])
def test_agreed_acts(reader, text, expected):
    assert _types(reader, text) == expected


def _all(reader, text):
    return sorted((e.type, e.status, e.trigger) for e in reader.read(text, published="2025-03-05").events)


@pytest.mark.parametrize("text,expected", [
    # each coordinated infinitive under one "agreed" is its own planned act (convention 12)
    # the second infinitive hung by the parser on the agreeing verb, after a long first object
    ("Ghana had agreed to take back its nationals held in Spanish centres, young men among them, and to provide "
     "the aircraft to carry them.", ("AID", "planned", "provide")),
])
def test_coordinated_agreed_acts(reader, text, expected):
    assert expected in _all(reader, text)
