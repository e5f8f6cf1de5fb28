"""A day the parser hangs on a clause that cannot own it dates the main verb: one told before the clause's
"after"/"when", one hung on a relative clause of a remote past or in the perfect; a trailing participle
("..., calling it ...") is told at the main verb's moment (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-08"  # a Saturday


def _dates(reader, text):
    return {e.trigger: e.date for e in reader.read(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text, trigger, day", [
    ("Azerbaijan blew up a bridge that once linked it to Armenia on Wednesday.", "blew", "2025-03-05"),
    ("Armenia shut the border crossing that has linked it to Turkey on Monday.", "shut", "2025-03-03"),
    ("Ecuador expelled the envoy who once served in Caracas on Monday.", "expelled", "2025-03-03"),
])
def test_a_day_on_a_remote_or_perfect_relative_clause_dates_the_main_verb(reader, text, trigger, day):
    got = _dates(reader, text).get(trigger)
    assert got is not None and got.value == day


@pytest.mark.parametrize("text, trigger, day", [
    ("Egypt on Sunday restricted the movement of Sudanese-registered trucks, calling the step a \"forced "
     "response\" to Sudan's hostile policy.", "calling", "2025-03-02"),
])
def test_a_trailing_participle_shares_the_main_verbs_day(reader, text, trigger, day):
    got = _dates(reader, text).get(trigger)
    assert got is not None and got.value == day



def _parsed(words, heads, deps, pos):
    """A Doc with the parse given, as the parser reads such a sentence inside a longer article."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_day_before_the_after_clause_belongs_to_the_main_verb():
    """"Estonia shut two crossings, at Narva, on Monday, after drones forced ...": in context the parser hangs
    "on Monday" on "forced"; told before "after", it is the shutting's day."""
    from detente.nlp.trigger_dates import misplaced_in_clause
    words = ["Estonia", "shut", "two", "crossings", ",", "at", "Narva", ",", "on", "Monday", ",", "after",
             "drones", "forced", "flights", "to", "stop", "."]
    heads = [1, 1, 3, 1, 1, 13, 5, 13, 13, 8, 13, 13, 13, 1, 13, 16, 13, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "prep", "pobj", "punct", "prep", "pobj", "punct", "mark",
            "nsubj", "advcl", "dobj", "aux", "xcomp", "punct"]
    pos = ["PROPN", "VERB", "NUM", "NOUN", "PUNCT", "ADP", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT", "SCONJ",
           "NOUN", "VERB", "NOUN", "PART", "VERB", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    assert misplaced_in_clause(doc[9:10], doc[1])
    assert not misplaced_in_clause(doc[14:15], doc[1])  # told after "after": the clause's own


def test_an_act_the_participle_only_names_keeps_no_main_day(reader):
    """"calling the measure a response to France's expulsion of ...": the expulsion came before."""
    got = _dates(reader, "Algeria on Monday restricted imports of French wheat, calling the measure a \"forced "
                         "response\" to France's expulsion of its diplomats.").get("expulsion")
    assert got is None or got.value != "2025-03-03"
