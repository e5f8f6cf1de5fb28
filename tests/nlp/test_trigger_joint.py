"""Event classes told by structure or by general lexicons (detente.nlp.trigger_joint and the lexicons it
works with): joint material work, objects left in relative clauses, court sentences, halted hostilities.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from detente.nlp.trigger_joint import object_gap
from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word,type_,mode", [
    # mutual material work: an adverb of jointness on a verb of work (PLOVER COOPERATE)
    ("Oslo and Hanoi agreed to jointly develop an offshore wind farm.", "develop", "COOPERATE", None),
    ("Chile and Peru will patrol the maritime border together from next month.", "patrol", "COOPERATE", None),
    ("The two navies said they would work together to stop piracy in the strait.", "work", "COOPERATE", None),
    # "joint" undertakings
    ("Uruguay and Paraguay opened a joint venture to run the river port.", "venture", "COOPERATE", None),
    ("Ghana and Togo began joint patrols on the lagoon on Monday.", "patrols", "COOPERATE", None),
    # the object of a relative clause is the noun it modifies
    ("Quito accused Lima of hiding the fugitive, a charge Lima rejected.", "rejected", "REJECT", None),
    ("Caracas renewed its plan for talks, a proposal Bogota has rejected.", "rejected", "REJECT", None),
    # court sentences with prison or death are COERCE 'arrest'
    ("A court in Minsk sentenced a Lithuanian activist to nine years in prison.", "sentenced", "COERCE", "arrest"),
    ("A Dutch engineer was sentenced to death by a court in Tehran.", "sentenced", "COERCE", "arrest"),
    ("A Cairo court handed the Italian student a long prison sentence.", "sentence", "COERCE", "arrest"),
    # halting one's own hostilities is a ceasefire; disengaging troops a withdrawal
    ("Ankara halted its offensive in northern Syria on Thursday.", "halted", "RETREAT", "ceasefire"),
    ("Both sides agreed to pause strikes on power plants for a month.", "pause", "RETREAT", "ceasefire"),
    ("Eritrea and Ethiopia agreed to disengage their troops along the border.", "disengage", "RETREAT", "withdraw"),
    # a phrasal verb whose particle the parser tags as an adverb keeps its meaning
    ("Uganda pulled its soldiers back from the town of Bunia.", "pulled", "RETREAT", "withdraw"),
    ("Both sides agreed to pull back their units from the valley.", "pull", "RETREAT", "withdraw"),
    ("Libya handed the seized trawler back to Malta on Friday.", "handed", "RETREAT", "release"),
])
def test_class_trigger(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode)


@pytest.mark.parametrize("text,word", [
    ("The two leaders worked on the text overnight.", "worked"),  # work, but not jointly
    ("Firms in both countries produced more steel last year.", "produced"),  # produced, but not jointly
])
def test_no_joint_work(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "COOPERATE"


@pytest.mark.parametrize("text,word,gap", [
    ("Quito accused Lima of hiding the fugitive, a charge Lima rejected.", "rejected", True),
    ("It was the country that rejected the offer.", "rejected", False),  # the relative word is the subject
    ("The ministers who met in Lima rejected the offer.", "met", False),
])
def test_object_gap(reader, text, word, gap):
    token = next(t for t in reader.nlp(text) if t.lower_ == word)
    assert object_gap(token) is gap


@pytest.mark.parametrize("text,trigger,type_", [
    ("Quito accused Lima of hiding the fugitive, a charge Lima rejected.", "rejected", "REJECT"),
    ("A court in Minsk sentenced a Lithuanian activist to nine years in prison.", "sentenced", "COERCE"),
    ("Oslo and Hanoi agreed to jointly develop an offshore wind farm.", "develop", "COOPERATE"),
])
def test_class_event(reader, text, trigger, type_):
    assert event_by_trigger(reader, text, trigger).type == type_


@pytest.mark.parametrize("text,word", [
    # two parties named as the doers of one material work do it together
    ("Laos and Vietnam will build a highway across the Annamite range.", "build"),
    ("Oman and Iran agreed to develop a gas field in the Gulf.", "develop"),
    ("The two countries plan to produce drones for export.", "produce"),
    ("Both governments will manufacture the vaccine at one plant.", "manufacture"),
])
def test_pair_work(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "COOPERATE"


@pytest.mark.parametrize("text,word", [
    ("Laos will build a highway across the Annamite range.", "build"),  # one doer
    ("Russia and Ukraine fought for the town for weeks.", "fought"),  # two doers, against each other
])
def test_no_pair_work(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "COOPERATE"
