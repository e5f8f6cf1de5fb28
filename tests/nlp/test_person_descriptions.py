"""A private person described beside the name ("X, a Polish journalist,", "the American teacher X",
"Z's lawyer, X,") takes role, country and sector from the description, and is listed among the actors."""

from __future__ import annotations

import pytest


def _person(reader, text, name, published="2025-03-02"):
    return next((a for a in reader.read(text, published=published).actors if a.name == name), None)


@pytest.mark.parametrize("text, name, country, sector, role_word", [
    ("Minsk released Marek Kowalski, a Polish journalist, on Sunday after four years in prison.",
     "Marek Kowalski", "POL", "JRN", "journalist"),  # the records code journalists JRN (as people, still sides)
    ("Moscow said it had freed the American teacher Marc Fogel as part of an exchange.",
     "Marc Fogel", "USA", "CVL", "teacher"),
    ("Prosecutors in Seoul questioned Lee Jae-yong, a South Korean businessman, for twelve hours.",
     "Lee Jae-yong", "KOR", "CVL", "businessman"),
    ("Beijing sentenced the Australian writer Yang Hengjun to death with a reprieve.",
     "Yang Hengjun", "AUS", "CVL", "writer"),
])
def test_description_gives_role_country_and_sector(reader, text, name, country, sector, role_word):
    person = _person(reader, text, name)
    assert person is not None and person.country == country and person.sector == sector
    assert role_word in (person.role or "")


def test_relation_gives_the_related_persons_country(reader):
    """"Z's lawyer, X": the lawyer is placed in the country of the client named before."""
    text = ("Poland's former deputy justice minister Tomasz Nowak fled to Hungary in December. "
            "Nowak's lawyer, Piotr Zielinski, made the asylum public on Thursday.")
    person = _person(reader, text, "Piotr Zielinski")
    assert person is not None and person.country == "POL" and person.sector == "CVL"
    assert person.role == "lawyer for Nowak"


def test_what_a_founder_founded_is_part_of_the_role(reader):
    text = "Critics said Ahmed Karimov, the founder of the daily Azadlig, had been jailed unfairly."
    person = _person(reader, text, "Ahmed Karimov")
    assert person is not None and person.sector == "CVL" and "founder of the daily Azadlig" in person.role


def test_member_of_a_state_body_is_of_its_sector(reader):
    """"A member of the Moroccan parliament, X,": a legislator (LEG) of that state, no civilian."""
    text = "A member of the Moroccan parliament, Hassan Benali, began a sit-in outside the ministry on Monday."
    person = _person(reader, text, "Hassan Benali")
    assert person is not None and person.country == "MAR" and person.sector == "LEG"


def test_opposition_figure(reader):
    text = "Police in Minsk detained Pavel Sevruk, an opposition activist, outside the court on Monday."
    person = _person(reader, text, "Pavel Sevruk")
    assert person is not None and person.sector == "OPP"


def test_a_craft_is_no_person(reader):
    """Guard: "the destroyer X" names a warship, not a civilian described as one."""
    text = "Caracas said the destroyer John Halvorsen had boarded a fishing boat in its waters."
    found = [a for a in reader.read(text, published="2025-03-02").actors if "Halvorsen" in a.name]
    assert not found or found[0].sector != "CVL"


def test_a_relative_is_left_to_kinship(reader):
    """Guard: "Kim's father, X" is read by kinship (an official's kin is ELI), not as a civilian's description."""
    text = "Kim Jong Un visited the grave of his father, Kim Jong Il, on Sunday."
    person = _person(reader, text, "Kim Jong Il", published="2024-06-19")
    assert person is None or person.sector != "CVL"


def test_an_office_is_read_as_a_title_not_a_description(reader):
    """Guard: "X, a senior foreign ministry official," holds an office (GOV), not a civilian's description."""
    text = "Kenji Sato, a senior Japanese foreign ministry official, met the envoy in Tokyo on Monday."
    person = _person(reader, text, "Kenji Sato")
    assert person is not None and person.sector != "CVL"
