"""A listed outlet's local edition ("Sputnik Georgia") is the outlet's, of its country and the press sector."""

from __future__ import annotations

import pytest

from detente.kb import load_default
from detente.nlp.mentions import Ref
from detente.nlp.outlet_editions import edition_ref


@pytest.fixture(scope="module")
def nlp(reader):
    return reader.nlp


def _ref(nlp, text):
    doc = nlp.make_doc(text)
    return edition_ref(load_default(), doc[:], Ref("org:x", text, None, None, "organisation", via="unknown"))


@pytest.mark.parametrize("text, country", [("Sputnik Georgia", "RUS"), ("Reuters Kenya", "GBR")])
def test_an_edition_is_the_outlets(nlp, text, country):
    ref = _ref(nlp, text)
    assert ref is not None and (ref.country, ref.sector) == (country, "JRN")


@pytest.mark.parametrize("text", ["Bank of Georgia", "Georgia Sputnik", "Sputnik Flowers"])
def test_other_names_are_no_editions(nlp, text):
    assert _ref(nlp, text) is None
