"""A body owned by a leader's "his"/"her" as the speaker (README convention 22), on sentences written for
these tests: the body speaks, named as that leader's state's government or ministry."""

from __future__ import annotations

import pytest

from detente.nlp.person_bodies import _portfolio


def _speakers(reader, text):
    return [s.speaker.name for s in reader.read(text, published="2025-05-20").statements]


@pytest.mark.parametrize("text,speaker", [
    ("Chancellor Olaf Scholz travelled to Paris. His government said the talks were useful.", "German government"),
    ("President Lula replied on Friday. In a statement, he said Brazil would not bow to pressure. His government "
     "also disputed the complaint, noting that the United States runs a surplus with Brazil.", "Brazilian government"),
    ("Foreign Minister Penny Wong met her counterpart. Her ministry said the talks were useful.",
     "Australian foreign ministry"),
])
def test_a_body_owned_by_a_leaders_pronoun_is_the_speaker(reader, text, speaker):
    assert _speakers(reader, text)[-1] == speaker


def test_the_leader_speaks_when_the_leader_is_the_subject(reader):
    text = "Prime Minister Mark Carney said his government would answer the tariffs."
    assert _speakers(reader, text) == ["Mark Carney"]


@pytest.mark.parametrize("role,portfolio", [
    ("Minister for Foreign Affairs", "foreign"), ("Defence Minister", "defence"), ("Prime Minister", None),
    ("President", None),
])
def test_a_ministers_role_names_the_portfolio(role, portfolio):
    assert _portfolio(role) == portfolio
