"""A statement's date is when the words were said, never a date inside what was said (session 16; sentences
written for these tests): "denied reports of last week's clash" was not denied last week."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-13"


@pytest.mark.parametrize("text, words, wrong", [
    ("The ministry denied reports of last week's clash near the border.", "clash", "week"),
    ("The United States rejected his claim to have won last July's election.", "his claim", "July"),
])
def test_a_date_inside_the_content_does_not_date_the_saying(reader, text, words, wrong):
    found = [s for s in reader.read(text, published=PUBLISHED).statements if words in s.quote]
    assert found and all(s.date is None or wrong not in (s.date.text or "") for s in found), \
        [(s.quote, s.date) for s in found]


def test_a_date_on_the_cue_still_dates_it(reader):
    found = reader.read("The ministry on Thursday denied reports of a clash near the border in March.",
                        published=PUBLISHED).statements
    assert any(s.date is not None and s.date.value == "2025-06-12" for s in found), [(s.quote, s.date) for s in found]


def _lede(reader, text):
    from detente.nlp.statement_dating import lede_day
    doc = reader._new_doc(text, published="2025-07-11")
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    return lede_day(doc)


@pytest.mark.parametrize("text, day", [
    # a dateline standing as a sentence of its own is not the lead
    ("LONDON — Britain and France will start a joint migrant return scheme, the two leaders said on Thursday.",
     "2025-07-10"),
    # the dateline's own date is the day the story was filed, not the day of the news
    ("WASHINGTON, July 9 (Example Wire) - Officials of the two countries met at the Pentagon on Tuesday for talks.",
     "2025-07-08"),
])
def test_the_lead_day_is_read_past_the_dateline(reader, text, day):
    found = _lede(reader, text)
    assert found is not None and found.value == day, found


@pytest.mark.parametrize("text, words, day", [
    # the speaker's words of an earlier paragraph yield to the dated call the statement's paragraph opens with
    ("President Donald Trump ordered tariffs on Mexican goods on Saturday, and Sheinbaum rejected the charge of "
     "an alliance with cartels that evening.\n\nOn Monday morning the two presidents spoke by phone. Sheinbaum "
     "wrote on X that they had held a good conversation.", "good conversation", "2025-07-07"),
])
def test_a_paragraphs_dated_act_dates_its_words(reader, text, words, day):
    found = [s for s in reader.read(text, published="2025-07-11").statements if words in s.quote]
    assert found and found[0].date is not None and found[0].date.value == day, [(s.quote, s.date) for s in found]


@pytest.mark.parametrize("text, words, day", [
    # the cue's own "on Wednesday" dates the words, not the day of the clause before "and"
    ("Chilean troops entered the disputed valley on Monday, and President Gabriel Boric on Wednesday described the "
     "incursion as a grave provocation.", "grave provocation", "2025-06-11"),
    ("The ferry sank off the coast on Tuesday and the harbour authority on Thursday called the loss a tragedy.",
     "tragedy", "2025-06-12"),
])
def test_the_cues_own_date_wins_over_a_conjoined_clauses(reader, text, words, day):
    found = [s for s in reader.read(text, published=PUBLISHED).statements if words in s.quote]
    assert found and found[0].date is not None and found[0].date.value == day, [(s.quote, s.date) for s in found]


@pytest.mark.parametrize("text, words, wrong", [
    ("The president hosted the Danish prime minister at the White House on Tuesday. Asked about the 2019 purchase "
     "offer, Trump said the island \"was never for sale to anyone\".", "never for sale", "2019"),
])
def test_the_matter_asked_about_does_not_date_the_answer(reader, text, words, wrong):
    found = [s for s in reader.read(text, published=PUBLISHED).statements if words in s.quote]
    assert found and all(s.date is not None and wrong not in (s.date.text or "") for s in found), \
        [(s.quote, s.date) for s in found]


def test_a_day_on_the_question_itself_still_dates_it(reader):
    text = "Asked on Thursday about the 2019 purchase offer, the minister said it \"was never a serious proposal\"."
    found = [s for s in reader.read(text, published=PUBLISHED).statements if "serious" in s.quote]
    assert found and found[0].date is not None and found[0].date.value == "2025-06-12", found
