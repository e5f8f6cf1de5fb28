"""Replies that settle a proposal (nlp/replies.py; sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday


# A reply that accepts or declines settles a proposal: the status takes the reply's value (README status
# conventions); a demand that was made stays "occurred", and a non-committal reply leaves it proposed.
SETTLED = [
    ("Tokyo proposed a summit with Seoul in June. Seoul rejected the proposal.", "summit", "declined",
     ("KOR", "declined")),
    ("Tokyo proposed a summit with Seoul in June. Seoul accepted the offer.", "summit", "accepted",
     ("KOR", "accepted")),
    ("Tokyo proposed a summit with Seoul in June. Seoul has refused.", "summit", "declined",
     ("KOR", "declined")),
    ("Tokyo proposed a summit with Seoul in June. Seoul refused on Monday.", "summit", "declined",
     ("KOR", "declined")),
    ("Prime Minister Mark Rutte invited the Belgian prime minister to The Hague for talks. "
     "The Belgian leader declined the invitation.", "talks", "declined", ("BEL", "declined")),
    ("Seoul demanded on Tuesday that Tokyo withdraw the textbook. Tokyo has not budged.", "demanded", "occurred",
     ("JPN", "declined")),
    ("China proposed a summit with the United States in May. Washington did not commit.", "summit", "proposed",
     ("USA", "non_committal")),
]


@pytest.mark.parametrize("text,trigger,status,answer", SETTLED,
                         ids=["rejected", "accepted", "refused", "refused-on-day", "invitee", "demand", "open"])
def test_a_settling_reply_moves_the_status(reader, text, trigger, status, answer):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.status == status
    assert event.response is not None and (event.response.by, event.response.status) == answer


REFUSALS = [
    ("Iran will not hold talks with the United States, a week after Washington asked for a meeting.",
     ("USA", "IRN")),
    ("Washington asked Tehran for a meeting in May. Iran will not hold talks with the United States, "
     "its foreign minister said.", ("USA", "IRN")),
]


@pytest.mark.parametrize("text,sides", REFUSALS, ids=["same-sentence", "next-sentence"])
def test_a_refusal_answers_the_proposal_it_refuses(reader, text, sides):
    consults = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]
    assert len(consults) == 1  # the refusal is the proposal's answer, no second event
    event = consults[0]
    assert event.status == "declined" and (event.response.by, event.response.status) == (sides[1], "declined")
    assert [a.country for a in event.source] == [sides[0]] and sides[1] in [a.country for a in event.target]


def test_the_accepter_of_an_offered_act_answers_and_carries_it_out(reader):
    text = "Armenia said on Monday that it was ready to accept a Russian proposal for a ceasefire with Azerbaijan."
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "ceasefire")
    assert event.status == "accepted" and (event.response.by, event.response.status) == ("ARM", "accepted")
    assert [a.country for a in event.source] == ["ARM"] and event.date.value == "2024-06-10"
