"""Agreements and economic cooperation told by class (detente.nlp.trigger_accords): verbs of concluding with a
pact as object, the signing of pacts as a noun, investing and financing works, extending credit.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word,type_", [
    # any verb of concluding with any name of a pact is an agreement
    ("Ghana and Togo inked three pacts on fisheries and customs.", "inked", "AGREE"),
    ("Oslo and Hanoi inked a memorandum of understanding on offshore wind.", "inked", "AGREE"),
    ("Chile and Bolivia finalised a treaty on the use of the Silala river.", "finalised", "AGREE"),
    ("Nepal and Bhutan clinched a protocol on hydropower trade on Monday.", "clinched", "AGREE"),
    ("Quito and Lima concluded a convention on border crossings.", "concluded", "AGREE"),
    # a participle's noun is what was concluded
    ("The treaty, inked by Chad and Niger in May, sets the border.", "inked", "AGREE"),
    ("Under the pact clinched by Laos and Cambodia, tolls will fall.", "clinched", "AGREE"),
    # the signing told as a noun
    ("The two presidents witnessed the signing of nine cooperation documents.", "signing", "AGREE"),
    ("Talks ended with the signing of a pact on energy between Baku and Tbilisi.", "signing", "AGREE"),
    # the text of a pact, initialled or signed, is the pact
    ("Envoys of Fiji and Tonga initialled the text in Suva on Friday.", "initialled", "AGREE"),
    # signed copies handed over at a ceremony: the signing told by its exchange
    ("The two presidents watched ministers exchange cooperation documents.", "exchange", "AGREE"),
    ("Memorandums of understanding were exchanged at the ceremony.", "exchanged", "AGREE"),
    ("Lisbon and Rabat exchanged the instruments of ratification on Monday.", "exchanged", "AGREE"),
    # money put into another economy, or paying for its works: economic cooperation
    ("Qatar will invest $3 billion in Egypt's ports.", "invest", "COOPERATE"),
    ("Korean firms invested heavily in Vietnam last year.", "invested", "COOPERATE"),
    ("Beijing agreed to finance a rail link between Dhaka and Jessore.", "finance", "COOPERATE"),
    ("Tokyo will fund the new metro line in Manila.", "fund", "COOPERATE"),
    # sharing what one knows, growing an economic exchange: cooperation
    ("Rabat and Madrid will pool intelligence on trafficking rings.", "pool", "COOPERATE"),
    ("Police in both countries exchanged data on stolen cars.", "exchanged", "COOPERATE"),
    ("Hanoi and Seoul pledged to double trade by 2030.", "double", "COOPERATE"),
    ("Kenya and Ethiopia want to boost exports of tea and coffee.", "boost", "COOPERATE"),
    # lending or granting money to a government: aid
    ("Riyadh extended a $1 billion loan to Islamabad.", "extended", "AID"),
    ("The bank approved new credit for Sri Lanka on Friday.", "approved", "AID"),
])
def test_accord_trigger(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == type_


@pytest.mark.parametrize("text,word", [
    ("The minister concluded his speech with a joke.", "concluded"),  # concluding no pact
    ("Officials reached the border town on Monday.", "reached"),  # reaching no pact
    ("Exporters invested little effort in the new rules.", "invested"),  # only money put 'in' a place counts
    ("The ministers witnessed the signing of autographs.", "signing"),  # signing no pact
    ("The envoys exchanged gifts at the dinner.", "exchanged"),  # exchanging no knowledge and no pact
    ("The two leaders exchanged letters last year.", "exchanged"),  # letters are no pact
    ("The students read the text of the speech.", "read"),  # no verb of concluding
    ("Peru raised tariffs on Chilean wine.", "raised"),  # growing a barrier, not an exchange
])
def test_no_accord_trigger(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type not in {"AGREE", "COOPERATE", "AID"}


@pytest.mark.parametrize("text,trigger,type_", [
    ("Ghana and Togo inked three pacts on fisheries and customs on Tuesday.", "inked", "AGREE"),
    ("Qatar will invest $3 billion in Egypt's ports.", "invest", "COOPERATE"),
])
def test_accord_event(reader, text, trigger, type_):
    assert event_by_trigger(reader, text, trigger).type == type_


def test_concluded_pact_is_one_event(reader):
    """The pact noun a verb of concluding takes is not coded a second time."""
    events = reader.read("Ghana and Togo sealed an accord on customs on Tuesday.", published="2024-03-20").events
    assert [e.trigger for e in events if e.type == "AGREE"] == ["sealed"]


@pytest.mark.parametrize("text,trigger", [
    ("Ghana and Togo sealed an accord on customs on Tuesday.", "sealed"),
    ("Ghana and Togo exchanged memorandums on customs on Tuesday.", "exchanged"),
])
def test_pact_told_by_its_verb_is_one_event(reader, text, trigger):
    """The pact noun a verb of concluding or handing over takes is not coded a second time."""
    events = reader.read(text, published="2024-03-20").events
    assert [e.trigger for e in events if e.type == "AGREE"] == [trigger]


def test_elevated_ties(reader):
    """Raising ties to a higher rank is improving diplomatic relations, as upgrading them is (PLOVER SUPPORT)."""
    found = trigger_of(reader, "Chad and Niger elevated their ties to ambassadorial level.", "elevated")
    assert found is not None and found.type == "SUPPORT"
