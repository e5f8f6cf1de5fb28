"""One act, one record (nlp/same_acts.py): readings of the same act merge, keeping the other sentences as
mentions; acts that only look alike stay apart.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-04"


def _of_type(reader, text: str, type_: str):
    readout = reader.read(text, published=PUBLISHED)
    return readout, [e for e in readout.events if e.type == type_]


@pytest.mark.parametrize("text,type_,evidence,mention", [
    # a lead's summary and the sentence that tells the meeting with its own place: the latter is the evidence
    ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed on Monday to reopen the border "
     "crossing at Tacna, during Boric's trip to Peru. The two met at the presidential palace in Lima on Monday.",
     "CONSULT", "The two met at the presidential palace", "during Boric's trip to Peru"),
    # talks told again as a meeting of "the two leaders", the same day, with its place
    ("Vietnam's prime minister held talks with Thai Prime Minister Paetongtarn Shinawatra in Bangkok on Friday. "
     "The two leaders met for three hours on Friday at Government House.",
     "CONSULT", "met for three hours", "held talks with Thai Prime Minister"),
    # an agreement of two states and its signing by their leaders the same day
    ("Kenya and Ethiopia agreed on Tuesday to build a joint power line. Kenyan President William Ruto and "
     "Ethiopian Prime Minister Abiy Ahmed signed the accord in Nairobi on Tuesday.",
     "AGREE", "agreed on Tuesday to build", "signed the accord in Nairobi"),
    # the same summons told twice, the second time with its reason
    ("Poland summoned Russia's ambassador on Tuesday. Poland summoned Russia's ambassador on Tuesday over the "
     "drone incursion.", "ACCUSE", "Poland summoned Russia's ambassador on Tuesday.", "over the drone incursion"),
])
def test_same_act_told_in_two_sentences_is_one_record(reader, text, type_, evidence, mention):
    readout, found = _of_type(reader, text, type_)
    assert len(found) == 1, [(e.trigger, e.evidence.sentence) for e in found]
    event = found[0]
    assert evidence in event.evidence.sentence
    assert [m for m in event.mentions if mention in m.sentence], event.mentions
    body = readout.article.text
    assert all(body[m.start:m.end] == m.sentence for m in event.mentions)


@pytest.mark.parametrize("text,type_", [
    # a journey and the talks it is for, in one sentence: one act, no other sentence to keep
    ("Norway's foreign minister will travel to Stockholm next week for talks with Swedish officials.", "CONSULT"),
    # shelling that killed: one attack
    ("The Greek navy shelled a Turkish outpost on Friday, killing two soldiers.", "ASSAULT"),
])
def test_same_act_in_one_sentence_is_one_record(reader, text, type_):
    _, found = _of_type(reader, text, type_)
    assert len(found) == 1, [(e.trigger, e.mode) for e in found]
    assert found[0].mentions == []


@pytest.mark.parametrize("text,type_", [
    # two meetings the same day with different people ("also" says another act)
    ("Indonesian Foreign Minister Retno Marsudi met Australian Prime Minister Anthony Albanese in Canberra on "
     "Monday. On Monday she also held talks with Australian Foreign Minister Penny Wong.", "CONSULT"),
    # a call and a meeting between the same two the same day: a call is no meeting
    ("French President Emmanuel Macron spoke by phone with German Chancellor Olaf Scholz on Monday. "
     "Macron met Scholz in Berlin on Monday.", "CONSULT"),
    # the same verb about another thing is another agreement
    ("Brazil and Argentina agreed on Friday to cut tariffs on steel. The two governments agreed on Friday to "
     "build a gas pipeline.", "AGREE"),
    # a two-sided agreement and one side's acceptance of an invitation are different acts
    ("Japan and India agreed on Thursday to expand defence ties. Indian Prime Minister Narendra Modi said on "
     "Thursday that he had accepted Japan's invitation to visit Tokyo.", "AGREE"),
])
def test_acts_that_only_look_alike_stay_apart(reader, text, type_):
    _, found = _of_type(reader, text, type_)
    assert len(found) == 2, [(e.trigger, e.evidence.sentence) for e in found]
