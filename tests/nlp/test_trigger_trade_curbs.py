"""Curbs on trade (detente.nlp.trigger_trade_curbs) and pacts ended (detente.nlp.trigger_sanctions): both
reduce exchanges between states (PLOVER SANCTION 'discontinue'). Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    # a restriction marked as one on trade, imposed or widened, told actively or in a relative clause
    ("India imposed restrictions on imports from Turkey.", "imposed"),
    ("Tokyo widened its export controls on chips last week.", "widened"),
    ("Merkel complained about the export controls on gallium that China imposed in March.", "imposed"),
    ("Rome raised the curbs on wine imports that Beijing imposed in May, which have hurt growers.", "imposed"),
    ("Ottawa tightened its curbs on steel exports.", "tightened"),
    # a curb on trade used as the answer to another side
    ("Seoul answered with informal curbs on Japanese tourism.", "curbs"),
    ("Hanoi retaliated with curbs on Thai tourism and film imports.", "curbs"),
    # a pact ended outright, actively or passively
    ("An earlier defence pact was scrapped by Manila in 1995.", "scrapped"),
    ("Bamako tore up the defence accord with Paris.", "tore"),
    ("Niger terminated its military agreement with the United States.", "terminated"),
])
def test_trade_curb_or_ended_pact_is_sanction(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("SANCTION", "discontinue"), found


@pytest.mark.parametrize("text,word", [
    # restrictions on people's rights stay coercion
    ("Beijing imposed restrictions on Uyghur activists.", "imposed"),
    ("The junta imposed restrictions on the press.", "imposed"),
])
def test_restrictions_on_rights_are_no_sanction(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "SANCTION", found


@pytest.mark.parametrize("text,word", [
    # the curb under its imposing verb, and the pact under its ending verb, are told by the verb
    ("India imposed restrictions on imports from Turkey.", "restrictions"),
    ("Niger terminated its military agreement with the United States.", "agreement"),
    # torn without "up" ends nothing
    ("The protesters tore the treaty banner.", "tore"),
])
def test_no_second_event(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type not in {"SANCTION", "AGREE"}, found


def test_ended_pact_aims_at_the_partner(reader):
    text = "Niger terminated its military agreement with the United States."
    events = reader.read(text, published="2024-06-01").events
    assert [(e.type, [a.country for a in e.source], [a.country for a in e.target]) for e in events] == \
        [("SANCTION", ["NER"], ["USA"])]
