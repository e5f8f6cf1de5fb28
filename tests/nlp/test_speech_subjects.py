"""The speaker of a cue with no subject of its own (sentences written for these tests): a purpose clause
("returned to the podium to say ...") and a means or time gerund ("opened the talks by telling ...")
share the subject of the clause they hang from."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speaker,cue", [
    ("Later that evening, Foreign Secretary Vikram Misri came back before the cameras to say there had been "
     "\"grave and repeated breaches of the truce\".", "Vikram Misri", "say"),
    ("Turkish Foreign Minister Hakan Fidan opened the session by telling both delegations that they faced "
     "\"a stark choice between a settlement and another year of war\".", "Hakan Fidan", "telling"),
])
def test_a_cue_without_a_subject_takes_the_main_clauses(reader, text, speaker, cue):
    found = [(s.speaker.name if s.speaker else None, s.cue) for s in reader.read(text, published="2025-05-12").statements]
    assert (speaker, cue) in found


@pytest.mark.parametrize("text,speaker,cue", [
    # an adjective's complement shares the copula's subject
    ("Most voters are more likely to say that the mayor represents their views.", "Most voters", "say"),
    # (the cue keeps its negation: what she avoids saying is not said)
    ("She has been careful not to mention the governor by name in her speeches.", "She", "not to mention"),
    # as does a gerund after "without"
    ("He spent the week campaigning without mentioning his rival.", "He", "mentioning"),
    # a relative pronoun in the second of two conjoined relative clauses stands for the noun described
    ("The mayor is courting young voters, who are drawn to his message and who feel that the old policies "
     "failed them.", "young voters", "feel"),
])
def test_a_cue_under_an_adjective_or_without_takes_the_clauses_subject(reader, text, speaker, cue):
    found = [(s.speaker.name if s.speaker else None, s.cue) for s in reader.read(text, published="2025-05-12").statements]
    assert (speaker, cue) in found


@pytest.mark.parametrize("text,words,speaker", [
    # a sentence with no saying turns to another person: "he" is that person, not the last one to speak
    # (and "the president" inside the quoted words is no antecedent for him)
    ("China's trade negotiator, Li Chenggang, told a news briefing that the truce would be extended.\n\n"
     "Greer was more cautious. \"Nothing is final until the president decides,\" he told reporters.",
     "Nothing is final", "Jamieson Greer"),
])
def test_he_after_a_turn_to_another_person_is_that_person(reader, text, words, speaker):
    found = [s.speaker.name for s in reader.read(text, published="2025-07-30").statements if words in s.quote]
    assert found == [speaker]


@pytest.mark.parametrize("text,words,speaker", [
    # the parser takes a short quote for the main clause and hangs the cue under it
    ("Prime Minister Mark Carney said Canada was not for sale. \"Never say never,\" Trump replied.",
     "Never say never", "Donald Trump"),
])
def test_a_short_quote_with_its_cue_hung_under_it_is_a_statement(reader, text, words, speaker):
    found = [s.speaker.name for s in reader.read(text, published="2025-05-07").statements if words in s.quote]
    assert found == [speaker]
