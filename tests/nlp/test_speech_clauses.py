"""Attribution rules of speech.py on sentences written for these tests: a cue set inside one clause with
two predicates, a pronoun speaker opening a sentence, a rating cue with two objects."""

from __future__ import annotations

import pytest


def _statements(reader, text):
    return reader.read(text, published="2025-04-10").statements


@pytest.mark.parametrize("text,cue,parts", [
    # the whole clause is reported, one statement per predicate with its own auxiliary (README
    # convention 16), the cue's own words in neither
    ("Canada does not want a trade war, she said, but will answer every new tariff.", "said",
     ["Canada does not want a trade war", "will answer every new tariff"]),
    ("The ministry has no plans to close the embassy, he added, and will keep its staff in place.", "added",
     ["The ministry has no plans to close the embassy", "will keep its staff in place"]),
    # the same, parsed with the cue hanging from the clause it interrupts
    ("The United Kingdom does not seek conflict, she added, but will firmly defend its interests.", "added",
     ["The United Kingdom does not seek conflict", "will firmly defend its interests"]),
    ("Ottawa wants no trade war, she said, but will answer every tariff.", "said",
     ["Ottawa wants no trade war", "will answer every tariff"]),
])
def test_a_cue_inside_a_clause_with_two_predicates_reports_the_whole_clause(reader, text, cue, parts):
    found = [s for s in _statements(reader, "Mary Ng spoke in Ottawa on Tuesday. " + text) if s.cue == cue]
    assert [s.quote for s in found] == parts


def test_a_stance_verb_inside_the_interrupted_clause_is_not_a_statement_of_its_own(reader):
    text = "Mary Ng spoke on Tuesday. The United Kingdom does not seek conflict, she added, but will defend its interests."
    assert {s.cue for s in _statements(reader, text)} == {"added"}


@pytest.mark.parametrize("text,speaker", [
    ("Defence Minister Richard Marles hosted Penny Wong and Mark Rutte in Canberra on Monday. "
     "He said the region needed steady partners.", "Richard Marles"),
    ("Chancellor Olaf Scholz received Emmanuel Macron at the chancellery. "
     "He told reporters the two governments agreed on the budget.", "Olaf Scholz"),
])
def test_he_opening_a_sentence_is_the_previous_sentences_subject(reader, text, speaker):
    found = [s for s in _statements(reader, text) if s.cue in {"said", "told"}]
    assert [s.speaker.name for s in found] == [speaker]


@pytest.mark.parametrize("text,content,stance", [
    ("Asked about the summit, Prime Minister Mark Carney rated the talks a 9.", "the talks a 9", "conciliatory"),
    ("Opposition leader Pierre Poilievre rated the budget a 2 on a scale of ten.", "the budget a 2", "hostile"),
])
def test_a_rating_is_a_verdict_on_what_is_rated(reader, text, content, stance):
    found = [s for s in _statements(reader, text) if s.cue == "rated"]
    assert found and content in found[0].quote and found[0].stance == stance


@pytest.mark.parametrize("text,cue,content", [
    ("European diplomats derided the deal as toothless on Monday.", "derided", "the deal as toothless"),
    ("The governor blasted the ruling as a disgrace.", "blasted", "the ruling as a disgrace"),
])
def test_what_a_cue_casts_its_object_as_is_part_of_the_content(reader, text, cue, content):
    found = [s.quote for s in _statements(reader, text) if s.cue == cue]
    assert found == [content]


@pytest.mark.parametrize("text,words", [
    ("Narendra Modi arrived in Colombo on Friday. Modi said at a joint appearance that the two countries' "
     "security interests were interlinked.", "security interests were interlinked"),
])
def test_a_that_clause_hung_on_the_cues_phrase_is_what_the_cue_reports(reader, text, words):
    assert any(words in s.quote and s.cue == "said" for s in _statements(reader, text))


@pytest.mark.parametrize("text", [
    "On Tuesday, Japan's foreign ministry said the authorities in Manila had let an accused smuggler escape "
    "justice and now shared responsibility for his crimes, calling the decision a heavy blow to the court.",
    "Japan's foreign ministry said the authorities in Manila had let the suspect leave the country, calling the "
    "decision a serious blow to the investigation.",
])
def test_a_participle_closing_the_reported_clause_is_the_reporters_comment(reader, text):
    # (the words go to the ministry, on their own or inside its clause, never to the authorities named in it)
    found = [s for s in _statements(reader, text) if "blow to the" in s.quote]
    assert found and all(s.speaker.country == "JPN" for s in found)
