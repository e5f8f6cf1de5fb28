"""Quote detection (detente.nlp.quotes) and the dash tokenisation it relies on, on invented text."""

from __future__ import annotations

import pytest

from detente.nlp.quotes import find_quotes


@pytest.fixture(scope="module")
def nlp():
    from detente.nlp.pipeline import build_pipeline
    return build_pipeline()


@pytest.mark.parametrize("mark", ["\u201d\u2015", "\u201d\u2014", "\u201d\u2013"])
def test_dash_after_closing_mark_is_its_own_token(nlp, mark):
    doc = nlp.make_doc(f"\u201cThe river is rising fast.{mark}Lena Fox")
    assert [t.text for t in doc][-4:] == ["\u201d", mark[1], "Lena", "Fox"]


def test_dash_before_a_name_is_split(nlp):
    doc = nlp.make_doc("rising fast.\u201d \u2015Lena Fox")
    assert [t.text for t in doc][-3:] == ["\u2015", "Lena", "Fox"]


@pytest.mark.parametrize("text,quoted", [
    # a closing mark set where an opening one belongs, at the start of a line
    ("\u201cWe stand with them.\u201d \u2015 Ann Lee\n\u201dHope. I still hope the mill opens again.\u201d",
     "Hope. I still hope the mill opens again."),
    ("Lee: \u201dThe mill must open again soon.\u201d", "The mill must open again soon."),
])
def test_closing_mark_opening_a_quote(nlp, text, quoted):
    assert quoted in [q.text for q in find_quotes(nlp(text))]


def test_closing_mark_after_a_word_only_closes(nlp):
    doc = nlp("\u201cThe mill is closed for good,\u201d she said. \u201cNobody will come back here.\u201d")
    assert [q.text for q in find_quotes(doc)] == ["The mill is closed for good,", "Nobody will come back here."]


def test_evidence_of_a_signed_quote_reaches_the_signature(reader):
    text = ("Voters spoke after the debate.\n"
            "\u201cHe never answered the question. We deserve better answers.\u201d \u2015 Omar Haddad\n")
    st = next(s for s in reader.read(text, published="2025-03-01").statements if s.cue == "\u2015")
    assert st.speaker.name == "Omar Haddad"
    assert "Omar Haddad" in st.evidence.sentence and "He never answered" in st.evidence.sentence
    assert text[st.evidence.start:st.evidence.end] == st.evidence.sentence


@pytest.mark.parametrize("text,quoted", [
    # a curly mark closed by a straight one and back: the cue between stays outside
    ("\u201cWe will win this race,\" Dana Cole said. \"We always win in the end.\u201d",
     ["We will win this race,", "We always win in the end."]),
    # a straight quote nested in a curly one does not close it
    ("\u201cHe called the plan \"a total disaster\" for the region,\u201d she said.",
     ['He called the plan "a total disaster" for the region,']),
])
def test_double_marks_close_each_other(nlp, text, quoted):
    assert [q.text for q in find_quotes(nlp(text))] == quoted
