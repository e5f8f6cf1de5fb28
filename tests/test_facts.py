"""The fact checker the seed and example tests share: how it matches names."""

from __future__ import annotations

import pytest

from facts import names_match


@pytest.mark.parametrize("expected,actual", [
    ("Lars Lokke Rasmussen", "Lars Løkke Rasmussen (video)"),  # a cited source with its channel
    ("Zoran Dordevic", "Zoran Đorđević"),  # names no knowledge base entry could match
    ("Ayse Kaya", "Ayşe Kaya"),
])
def test_a_name_with_or_without_its_accents_matches(expected, actual):
    assert names_match(expected, actual)


@pytest.mark.parametrize("expected,actual", [("Li", "Liu Jinsong"), ("Vucic", "Vukovic")])
def test_different_names_do_not_match(expected, actual):
    assert not names_match(expected, actual)
