"""The systematic pass over the PLOVER manual's types and modes: news verbs and event nouns added to the lexicon
(detente.events.ontology, detente.nlp.triggers), and close calls left out. Every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,type_,mode", [
    ("The emir saluted the mediators' patience.", "saluted", "SUPPORT", None),
    ("The navy airdropped flour into the besieged district.", "airdropped", "AID", None),
    ("Special forces rescued six hostages from the compound.", "rescued", "AID", None),
    ("Kyiv implored its partners to speed up deliveries.", "implored", "REQUEST", None),
    ("The cardinal exhorted both sides to lay down their arms.", "exhorted", "REQUEST", None),
    ("Lima alleged that the vessel had entered its waters.", "alleged", "ACCUSE", "allege"),
    ("Seoul chided Tokyo over the textbook.", "chided", "ACCUSE", "disapprove"),
    ("The minister scolded the envoy for the leak.", "scolded", "ACCUSE", "disapprove"),
    ("Caracas repudiated the arbitration award.", "repudiated", "REJECT", None),
    ("The ministry disavowed the remarks of its spokesman.", "disavowed", "REJECT", None),
    ("Washington blacklisted four shipping firms.", "blacklisted", "SANCTION", "discontinue"),
    ("Moscow amassed armour along the frontier.", "amassed", "MOBILIZE", "troops"),
    ("The junta persecuted the opposition.", "persecuted", "COERCE", "restrict"),
    ("Militiamen murdered a village chief.", "murdered", "ASSAULT", None),
    ("The rebels slaughtered forty farmers.", "slaughtered", "ASSAULT", "targeted"),
    ("Moscow annexed four provinces in 2022.", "annexed", "ASSAULT", None),
    ("Air defences downed a reconnaissance drone.", "downed", "ASSAULT", None),
    ("Jets strafed the column on the highway.", "strafed", "ASSAULT", "aerial"),
])
def test_verbs_added(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode)


@pytest.mark.parametrize("text,word,type_,mode", [
    ("Tokyo teamed up with Canberra on the satellite.", "teamed", "COOPERATE", None),
    ("Gunmen gunned down two guards at the checkpoint.", "gunned", "ASSAULT", "firearms"),
    ("The battery shot down a fighter over the border.", "shot", "ASSAULT", None),
])
def test_particle_verbs_added(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode)


@pytest.mark.parametrize("text,word,type_,mode", [
    ("The two presidents held a teleconference on Friday.", "teleconference", "CONSULT", "phone"),
    ("Delhi lodged a demarche with Ottawa over the remarks.", "demarche", "ACCUSE", "disapprove"),
    ("The armistice ended three years of war.", "armistice", "RETREAT", "ceasefire"),
    ("The disengagement of the two armies was completed.", "disengagement", "RETREAT", "withdraw"),
    ("Berlin paid reparations to Windhoek.", "reparations", "AID", None),
    ("The blacklist followed the suspension of the trade pact.", "suspension", "SANCTION", "discontinue"),
    ("Analysts tracked the buildup near the frontier.", "buildup", "MOBILIZE", "troops"),
    ("The harassment of fishing boats went on.", "harassment", "COERCE", None),
    ("The incursion into the province began at dawn.", "incursion", "ASSAULT", None),
    ("A firefight broke out at the crossing.", "firefight", "ASSAULT", "firearms"),
    ("The kidnapping of the engineers shocked the capital.", "kidnapping", "ASSAULT", "abduct"),
    ("The siege of the port lasted three months.", "siege", "ASSAULT", None),
    ("Moscow and Kyiv completed a prisoner swap on Friday.", "swap", "RETREAT", "release"),
    ("An air raid on the depot killed two officers.", "raid", "ASSAULT", "aerial"),
])
def test_nouns_added(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode)


def test_exchanging_views_is_consulting(reader):
    found = trigger_of(reader, "The two ministers exchanged views on the war.", "exchanged")
    assert found is not None and found.type == "CONSULT"


@pytest.mark.parametrize("text,word", [
    ("The agency still held millions in unspent donations.", "donations"),   # a sum held, not a gift made
    ("The minister toured the flooded villages.", "toured"),                 # domestic tour
    ("The panel recognized the need for reform.", "recognized"),             # not diplomatic recognition
    ("The drug is in its third clinical trial.", "trial"),                   # not a court case
])
def test_close_calls_left_out(reader, text, word):
    assert trigger_of(reader, text, word) is None
