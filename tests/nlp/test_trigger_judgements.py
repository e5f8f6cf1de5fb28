"""Told judgements of another party's conduct are criticism (detente.nlp.trigger_judgements, used by
trigger_accusations._told_judgement). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    # conduct of good quality, negated: the party fell short
    ("The Lithuanian foreign minister said on Tuesday that Belarus had not done enough to stop the crossings.",
     "said"),
    ("The Kenyan president said Somalia had not done a good job of policing the border.", "said"),
    # harm done to a relation or to peace
    ("Tokyo said Chinese patrols near the islands served only to heighten tensions in the region.", "said"),
    ("The Indian government said Pakistan's shelling had worsened relations between the two countries.", "said"),
    ("Seoul added that the launches undermine stability on the peninsula.", "added"),
    # the that-clause the parser hangs on the statement it was told in
    ("Manila said in a statement that Beijing's blockade of the reef served to inflame tensions.", "said"),
    # an error told to the press: the press is no party, the criticism stands
    ("The Polish president told journalists that Minsk had made a grave mistake.", "told"),
    # a letdown or a blow told of the act, also in a post
    ("Boric said the Peruvian decision was a bitter disappointment.", "said"),
    ("Boric said the Peruvian decision was a blow to the peace talks.", "said"),
    ("The Chilean president wrote on X that the Peruvian move was \"a huge disappointment\".", "wrote"),
])
def test_told_judgement_is_disapproval(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text,word", [
    ("We have not done enough for the refugees, the minister said.", "said"),  # the speaker's own conduct
    ("The minister said they had not done a good job.", "said"),  # a pronoun may be the speaker's own side
    ("Warsaw said the exercises would not worsen tensions.", "said"),  # harm denied
    ("Athens said the flood had damaged crops across Thessaly.", "said"),  # harm to no relation
    ("The envoy said Ankara would not do a good job of hosting the talks.", "said"),  # a guess, not a judgement
    ("Boric wrote on X that he had held a good conversation with the Peruvian president.", "wrote"),  # no verdict
])
def test_no_judgement(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or (found.type, found.mode) != ("ACCUSE", "disapprove")


def test_judgement_sides(reader):
    """The speaker's state criticises the state whose conduct is judged."""
    events = reader.read("Tokyo said in a statement that Chinese patrols near the islands served only to "
                         "heighten tensions in the region.", published="2025-06-01").events
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and accusations[0].source[0].country == "JPN" and \
        {a.country for a in accusations[0].target} == {"CHN"}
