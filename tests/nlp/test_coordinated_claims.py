"""Claims coordinated under one cue are one statement each (README convention 16), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from detente.nlp.coordinated_claims import coordinated_parts, own_claim


def _said(reader, text, cue="said"):
    return [s for s in reader.read(text, published="2025-05-20").statements if s.cue == cue]


@pytest.mark.parametrize("text,cue,parts", [
    ("The ministry said that the meeting had been useful and that both sides would meet again.", "said",
     ["the meeting had been useful", "both sides would meet again"]),
    ("Foreign Minister Anna Berg told reporters that Oslo valued the talks and that Moscow must pull back its troops.",
     "told", ["Oslo valued the talks", "Moscow must pull back its troops"]),
    ("The envoy said his country was ready to talk but would not give up any land.", "said",
     ["his country was ready to talk", "would not give up any land"]),
    ("Prime Minister Lars Holm said the patrol boat escaped the collision and was not damaged.", "said",
     ["the patrol boat escaped the collision", "was not damaged"]),
    ("The spokesman said the talks had ended, the delegations had left and a new round would follow in June.", "said",
     ["the talks had ended", "the delegations had left", "a new round would follow in June"]),
])
def test_each_coordinated_claim_is_a_statement_of_its_own(reader, text, cue, parts):
    found = _said(reader, text, cue)
    assert [s.quote for s in found] == parts
    assert len({s.speaker.name for s in found}) == 1


@pytest.mark.parametrize("text", [
    # predicates sharing one auxiliary are one claim
    "The ministry said Ruritania had lifted the ban and eased the visa rules.",
    # a first verb taking the second one's object
    "The minister said Ruritania did not accept and would never accept outside mediation.",
    # a verbless "while" phrase stays with its clause
    "The envoy said the border would stay open, while traffic checks remained in place for trucks.",
    # a "to" infinitive shares the clause's verb
    "The minister said his country wanted to expand trade and to open new consulates.",
])
def test_claims_sharing_a_verb_or_auxiliary_stay_one_statement(reader, text):
    assert len(_said(reader, text)) == 1


def test_the_cue_set_inside_the_content_is_in_neither_part(reader):
    found = _said(reader, "Minister Lars Holm met the envoy. Ruritania does not seek a war, he added, but will firmly defend its borders.", "added")
    assert [s.quote for s in found] == ["Ruritania does not seek a war", "will firmly defend its borders"]


@pytest.mark.parametrize("text,stances", [
    # claims set against each other take their own words' sides (README convention 23)
    ("The envoy said his government welcomed the talks but would never accept the illegal occupation.",
     ["conciliatory", "hostile"]),
    ("Ruritania does not seek a war, he added, but will firmly defend its borders.",
     ["conciliatory", "hostile"]),
])
def test_each_contrasted_part_takes_its_own_stance(reader, text, stances):
    found = _said(reader, "Minister Lars Holm met the envoy. " + text, "added" if "added" in text else "said")
    assert [s.stance for s in found] == stances


@pytest.mark.parametrize("text", [
    # one part names a topic ("the treaty") that alone would read the other way
    "The envoy said the raids were illegal and that the old treaty had been forced on Ruritania by its neighbour.",
    # each part holds one word of a side, the whole neither
    "The envoy said no settlement of the war could be reached without Ruritania, and that its allies should join the talks.",
])
def test_added_claims_take_the_side_of_the_whole(reader, text):
    found = _said(reader, text)
    assert len(found) == 2 and len({s.stance for s in found}) == 1


@pytest.mark.parametrize("text,count", [
    # a free relative conceding a case is no claim of its own
    ("The minister said it was vital that the two states keep talking, whoever governs Ruritania.", 1),
    # a cut inside the speaker's quoted words leaves them whole
    ('The minister said: "We are ready, and if they are ready too, a deal is close."', 1),
    ('The minister said the talks were "useful" and that both delegations would "meet again soon".', 2),
])
def test_where_the_content_is_cut(reader, text, count):
    assert len(_said(reader, text)) == count


@pytest.mark.parametrize("text,verb,own", [
    ("They said the talks ended and the sides would meet again.", "meet", True),
    ("They said it had lifted the ban and eased the rules.", "eased", False),
    ("They said it was ready to talk but would not yield.", "yield", True),
])
def test_a_conjoined_verb_is_its_own_claim_with_its_own_subject_auxiliary_or_tense(reader, text, verb, own):
    doc = reader.nlp(text)
    assert own_claim(next(t for t in doc if t.text == verb)) is own


def test_a_span_over_two_sentences_is_left_whole(reader):
    doc = reader.nlp("The talks ended and the sides left. They would meet again and sign the deal.")
    assert coordinated_parts(doc[0:len(doc)]) == [doc[0:len(doc)]]
