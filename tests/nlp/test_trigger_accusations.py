"""Accusations, refusals and demands said in words, and attacks told only as one side's charge
(detente.nlp.trigger_accusations). Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


def _events(reader, text, published="2025-06-01"):
    return reader.read(text, published=published).events


@pytest.mark.parametrize("text,word,type_,mode", [
    # a charge the other side denies in the same sentence: the telling verb accuses
    ("The Malian army said Algerian drones had struck a convoy near Kidal, but Algiers denied the claim.",
     "said", "ACCUSE", "allege"),
    ("Armenia said Azerbaijani troops had shelled a village near the border, but Baku denied the charge.",
     "said", "ACCUSE", "allege"),
    # another side's "grave error" is disapproval
    ("The Polish president told his Lithuanian counterpart that Minsk had made a grave mistake.", "told", "ACCUSE",
     "disapprove"),
    ("Madrid said Rabat had made a serious error by closing the crossing.", "said", "ACCUSE", "disapprove"),
    # pointing to someone's role behind an act alleges it
    ("Kyiv has pointed to Russian links behind the sabotage at the port.", "pointed", "ACCUSE", "allege"),
    ("Ankara pointed to a foreign hand in the bombing of the depot.", "pointed", "ACCUSE", "allege"),
    ("Nairobi held Mogadishu responsible for the raid on the camp.", "held", "ACCUSE", "allege"),
    # a quoted complement the parser hangs on the object
    ('The Greek premier called the remarks "insulting and dangerous" on Friday.', "called", "ACCUSE", "disapprove"),
    ("Hanoi described the Chinese survey as illegal and provocative.", "described", "ACCUSE", "disapprove"),
    # regarding another's act with alarm
    ("Tokyo viewed the new base with grave concern.", "viewed", "ACCUSE", "disapprove"),
    ("Canberra is watching the naval drills with alarm.", "watching", "ACCUSE", "disapprove"),
    # phrasal refusals
    ("Caracas brushed aside an offer of Brazilian mediation.", "brushed", "REJECT", None),
    ("The junta turned down the regional bloc's proposal for elections.", "turned", "REJECT", None),
    ("Pretoria waved off calls for a boycott of the games.", "waved", "REJECT", None),
    ("Vilnius shrugged off the Russian demand on Sunday.", "shrugged", "REJECT", None),
    # refusing to put a matter on the table
    ("Serbia will not negotiate over the status of the northern districts.", "negotiate", "REJECT", None),
    ("Ethiopia would not discuss the filling of the dam with Cairo.", "discuss", "REJECT", None),
    # a demand to stop, in the second of two that-clauses
    ("Lavrov told his guest that talks had been useful but that NATO must stop expanding eastwards.",
     "told", "REQUEST", "change"),
    # a breach of rules told in a parenthesis
    ("Such shipments, the minister added, violate the arms embargo agreement.", "added", "ACCUSE", "allege"),
    ("The new checkpoints, she said, breach the 1994 treaty.", "said", "ACCUSE", "allege"),
    ("The envoy added that the transfers violate the arms embargo resolution.", "added", "ACCUSE", "allege"),
])
def test_typed(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode)


@pytest.mark.parametrize("text,word", [
    # the act charged is no event of its own
    ("The Malian army said Algerian drones had struck a convoy near Kidal, but Algiers denied the claim.", "struck"),
    ("Kyiv has pointed to Russian links behind the bombing at the port.", "bombing"),
    ("Islamabad blamed Kabul for the bombing at the border post.", "bombing"),
    ("Seoul accused Pyongyang of the attack on the frigate.", "attack"),
    ("Nairobi held Mogadishu responsible for the raid on the camp.", "raid"),
    ("Islamabad blamed the bombing at the border post on Kabul.", "bombing"),
    ("Baku blamed Yerevan for the shelling of the village.", "shelling"),
    # the breach told in a parenthesis is carried by the telling verb
    ("Such shipments, the minister added, violate the arms embargo agreement.", "violate"),
    ("The envoy added that the transfers violate the arms embargo resolution.", "violate"),
])
def test_charge_content_not_typed(reader, text, word):
    assert trigger_of(reader, text, word) is None


@pytest.mark.parametrize("text,word,type_", [
    # an attack reported with no denial stays an attack (PLOVER codes reported attacks)
    ("Police said gunmen had attacked a checkpoint near the border on Sunday.", "attacked", "ASSAULT"),
    # a finding's blame tells the act as established
    ("An inquiry blamed the border guards for the killings of two fishermen.", "killings", "ASSAULT"),
    # a denial by the teller itself rebuts nothing
    ("The Malian army denied saying that Algerian drones had struck a convoy.", "struck", "ASSAULT"),
])
def test_reported_attack_kept(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == type_


@pytest.mark.parametrize("text,word", [
    ("We have made a mistake, the minister said.", "said"),  # the speaker's own error is no accusation
    ("The minister said they had made a mistake.", "said"),
    ("Serbia did not negotiate with Kosovo last year.", "negotiate"),  # no refusal: told as not done
    ("The two delegations held talks in Nairobi.", "held"),  # holding talks holds no one responsible
    ("The parliament held a responsible debate on the budget.", "held"),
    ("The report described the talks as long and detailed.", "described"),  # naming with no hostile word
    ("The delegates turned down the hall lights before the film.", "turned"),  # no particle of refusal read
])
def test_no_charge(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or (found.type, found.mode) not in {("ACCUSE", "disapprove"), ("REJECT", None)}


def test_denied_charge_sides(reader):
    """The teller accuses the attacker's state; no assault is recorded."""
    events = _events(reader, "The Malian army said Algerian drones had struck a convoy near Kidal on Monday, "
                             "but Algiers denied the claim.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and accusations[0].source[0].country == "MLI" and \
        {a.country for a in accusations[0].target} == {"DZA"}
    assert not [e for e in events if e.type == "ASSAULT"]


def test_brushed_aside_sides(reader):
    events = _events(reader, "Caracas brushed aside an offer of mediation from Brazil on Monday.")
    assert any(e.type == "REJECT" and e.source[0].country == "VEN" for e in events)


@pytest.mark.parametrize("text,mode", [
    # records' ACCUSE convention: "accused X of ..." charges a wrongdoing, of aim, conduct or deed alike
    ("Kyiv accused Moscow of trying to derail the grain deal.", "allege"),
    ("Seoul accused Tokyo of seeking to rewrite history.", "allege"),
    ("Beijing accused Manila of pursuing a confrontational agenda.", "allege"),
    ("Caracas accused Washington of waging an aggression against the region.", "allege"),
    ("Israel accused Iran of firing missiles at its cities.", "allege"),
])
def test_charge_of_any_wrong_is_allegation(reader, text, mode):
    found = trigger_of(reader, text, "accused")
    assert found is not None and (found.type, found.mode) == ("ACCUSE", mode)


@pytest.mark.parametrize("text, verb, mode", [
    # a charging verb makes a judgement told a charge; a plain saying verb only disapproves
    ("The three juntas charged that the bloc had strayed from its founding ideals.", "charged", "allege"),
    ("The minister said that Oslo had made a grave mistake.", "said", "disapprove"),
])
def test_charging_verb_alleges(reader, text, verb, mode):
    found = trigger_of(reader, text, verb)
    assert found is not None and (found.type, found.mode) == ("ACCUSE", mode)


@pytest.mark.parametrize("text, word", [
    ("Lebanon will never accept the presence of Syrian troops on its soil.", "accept"),
    ("The Peruvian minister said Lima would not accept foreign warships in its waters.", "accept"),
], ids=["never-accept", "would-not-accept"])
def test_refusing_to_accept_a_thing_is_a_rejection_made(reader, text, word):
    from trigger_words import event_by_trigger
    assert trigger_of(reader, text, word).type == "REJECT"
    assert event_by_trigger(reader, text, word, published="2024-06-14").status == "occurred"


def test_an_accepted_thing_is_no_rejection(reader):
    assert trigger_of(reader, "Lebanon accepted the presence of Syrian troops on its soil.", "accepted").type != "REJECT"


@pytest.mark.parametrize("verb", ["conveyed", "voiced", "expressed"])
def test_concern_conveyed_is_disapproval(reader, verb):
    text = f"The Chilean minister {verb} serious concern about Peru's naval drills near the border."
    found = trigger_of(reader, text, "concern")
    assert found is not None and (found.type, found.mode) == ("ACCUSE", "disapprove")
