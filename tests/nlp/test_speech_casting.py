"""What a cue casts something as, who speaks in a clause of its own, "it" after a body spoke, and acts
that look like cues (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _statements(reader, text):
    return reader.read(text, published="2025-05-12").statements


@pytest.mark.parametrize("text,words", [
    # cast as a bare adjective
    ("Chancellor Friedrich Merz described the plan as workable.", "the plan as workable"),
    # welcoming a development as something
    ("Foreign Minister Ahmed Attaf welcomed the agreement as a sign of goodwill.", "as a sign of goodwill"),
])
def test_what_a_cue_casts_its_object_as_is_said(reader, text, words):
    quotes = [s.quote for s in _statements(reader, text)]
    assert any(words in q for q in quotes), quotes


def test_making_an_agreement_in_a_relative_clause_is_no_cue(reader):
    text = "Japan and the Philippines signed the widest deal the two coast guards had ever concluded."
    assert _statements(reader, text) == []


def test_an_adverbial_clause_with_its_own_speaker_keeps_it(reader):
    text = 'Narendra Modi described the accord as fair, while Xi Jinping called it a "new chapter in our ties".'
    found = [s for s in _statements(reader, text) if "new chapter" in s.quote]
    assert found and found[0].speaker.name == "Xi Jinping", [(s.speaker, s.quote) for s in found]


def test_it_after_a_body_spoke_is_that_body(reader):
    text = ("Pakistan's national security council met on Thursday. Any attempt to divert the river, the council "
            "warned, would be met with force. It added that Islamabad could close its airspace to Indian carriers.")
    found = [s for s in _statements(reader, text) if "close its airspace" in s.quote]
    assert found and "council" in found[0].speaker.name.lower(), [(s.speaker, s.quote) for s in found]


@pytest.mark.parametrize("text", [
    "Islamabad ordered the defence attaches out of the country.",
    "Canberra called its ambassador home on Monday.",
])
def test_sending_someone_away_is_an_act_not_words(reader, text):
    assert _statements(reader, text) == []


@pytest.mark.parametrize("text,quote", [
    # a deed ordered is an act; the one who reports it keeps the words
    ("The prosecutor said the intelligence agency had ordered the killing of two dissidents abroad.",
     "the intelligence agency had ordered the killing of two dissidents abroad"),
    ("The chief justice said the spy service had ordered a raid on the newspaper.",
     "the spy service had ordered a raid on the newspaper"),
])
def test_a_deed_ordered_is_an_act_not_words(reader, text, quote):
    assert [s.quote for s in _statements(reader, text)] == [quote]


def test_a_past_tense_cue_hung_on_a_name_is_the_names_own():
    """The parser sometimes hangs "..., Secretary Dar announced that ..." on a name before it as a reduced
    relative: a past-tense cue with a clause of its own is still the name's verb."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from detente.nlp.speech import subject_of
    words = ["After", "talks", "with", "Sharif", ",", "Dar", "announced", "that", "it", "closed", "."]
    heads = [0, 0, 1, 2, 3, 3, 5, 9, 9, 6, 0]
    deps = ["ROOT", "pobj", "prep", "pobj", "punct", "appos", "acl", "mark", "nsubj", "ccomp", "punct"]
    lemmas = ["after", "talk", "with", "Sharif", ",", "Dar", "announce", "that", "it", "close", "."]
    pos = ["ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    tags = ["IN", "NNS", "IN", "NNP", ",", "NNP", "VBD", "IN", "PRP", "VBD", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos, tags=tags)
    assert subject_of(doc[6]).text == "Dar"


def test_a_date_on_a_past_tense_cue_hung_on_a_name_dates_that_cue():
    """"..., Secretary Dar announced on Monday that ...": the date belongs to the cue's own clause even when
    the parser hangs the cue on the name (a participle describing a noun belongs to the noun's clause)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from detente.nlp.statement_occasions import clause_of
    words = ["After", "talks", ",", "Dar", "announced", "on", "Monday", "that", "it", "closed", "."]
    heads = [0, 0, 0, 1, 3, 4, 5, 9, 9, 4, 0]
    deps = ["ROOT", "pobj", "punct", "appos", "acl", "prep", "pobj", "mark", "nsubj", "ccomp", "punct"]
    pos = ["ADP", "NOUN", "PUNCT", "PROPN", "VERB", "ADP", "PROPN", "SCONJ", "PRON", "VERB", "PUNCT"]
    tags = ["IN", "NNS", ",", "NNP", "VBD", "IN", "NNP", "IN", "PRP", "VBD", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert clause_of(doc[6]).text == "announced"
