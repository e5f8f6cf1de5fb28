"""Measures taken off read as a concession, refusing to take them off as hostile (stance_relief), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import statement_with

CASES = [
    # text, words of the statement, stance
    ("President Boric said he was confident the tariffs on Chilean copper would be suspended soon.",
     "tariffs on Chilean copper", "conciliatory"),
    ("President Lula said he would order an end to the sanctions on Caracas.", "an end to the sanctions",
     "conciliatory"),
    ("President Milei said Argentina would lift the embargo on Uruguayan beef.", "lift the embargo",
     "conciliatory"),
    ("President Arce said Bolivia would ease the restrictions on Chilean trucks.", "ease the restrictions",
     "conciliatory"),
    ("President Petro said Colombia would scrap the curbs on Ecuadorian cement.", "scrap the curbs",
     "conciliatory"),
    # taking the measure off refused
    ("President Noboa said Ecuador would not lift the embargo on Peruvian fruit.", "not lift the embargo",
     "hostile"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_relief_stance(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)


DEMANDS = [
    # taking the measure off asked of the other side, or set as a condition, stays a demand
    ("Minister Vieira said he had pressed Santiago to lift the tariffs on Brazilian steel.", "lift the tariffs",
     "hostile"),
    # (a condition the other side's measure must go first is a demand held over it: stance_held)
    ("The ministry said the treaty would take effect only once the sanctions were lifted.", "sanctions were lifted",
     "hostile"),
]


@pytest.mark.parametrize("text,words,stance", DEMANDS, ids=[c[1] for c in DEMANDS])
def test_a_demanded_relief_is_no_concession(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)


SIZED = [
    # a word of praise sizing a hostile noun only says how much; harm foreseen warns
    ("If the talks collapse, President Mulino warned, the canal would be in great danger.", "great danger", "hostile"),
    ("President Lukashenko warned that another balloon over Minsk would bring a disaster.", "bring a disaster",
     "hostile"),
    ("Minister Fidan warned that Ankara would respond with all available means.", "all available means", "hostile"),
]


@pytest.mark.parametrize("text,words,stance", SIZED, ids=[c[1] for c in SIZED])
def test_harm_held_out_is_hostile(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)


@pytest.mark.parametrize("text,status", [
    ("Canada agreed on Monday to lift its sanctions on Cuba.", "planned"),
    ("Canada agreed on Monday to cut its tariffs on Cuban sugar.", "planned"),
    ("Canada agreed on Monday to take back the deported migrants.", "occurred"),
], ids=["lift-sanctions", "cut-tariffs", "take-back"])
def test_agreeing_to_lift_a_measure_leaves_the_lifting_to_come(reader, text, status):
    concession = next(e for e in reader.read(text, published="2024-06-14").events if e.type == "CONCEDE")
    assert concession.status == status, concession.status
