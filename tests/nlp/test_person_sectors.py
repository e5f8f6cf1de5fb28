"""Sectors a person's written rank or title tells (detente.nlp.person_sectors). Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest


def _people(reader, text, published="2025-05-14"):
    return {a.name: a for a in reader.read(text, published=published).actors if a.kind == "person"}


@pytest.mark.parametrize("text, name", [
    ("Colonel Amadou Abdramane read the joint statement on television on Sunday.", "Amadou Abdramane"),
    ("The decree was read by Col. Amadou Abdramane, who called the withdrawal final.", "Amadou Abdramane"),
])
def test_an_officer_named_with_his_rank_is_military(reader, text, name):
    assert _people(reader, text)[name].sector == "MIL"


@pytest.mark.parametrize("text, name, sector", [
    ("The exiled opposition leader Irena Vasko urged the bloc to keep its sanctions.", "Irena Vasko", "OPP"),
    ("Party leader Tomas Brenner said his deputies would vote against the treaty.", "Tomas Brenner", "PTY"),
])
def test_an_opposition_or_party_title_tells_the_sector(reader, text, name, sector):
    assert _people(reader, text)[name].sector == sector


@pytest.mark.parametrize("text, name", [
    ("The Treasury placed Petro, first lady Carmen Ruedas, his son Ivan Petro and Interior Minister Ramon "
     "Velandia on its list.", "Carmen Ruedas"),
    ("Officials said first lady Carmen Ruedas would travel to Lima.", "Carmen Ruedas"),
])
def test_a_leaders_spouse_is_of_the_elites(reader, text, name):
    assert _people(reader, text)[name].sector == "ELI"
