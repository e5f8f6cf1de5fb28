"""Meetings told by what one side said to the other ("X told Y in Z that ...", "X told his guest that ..."):
a contact between the two states when the article reports no meeting of theirs, else a further mention of
that meeting; telling one's own officials is no contact between states.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _meetings(readout):
    return [e for e in readout.events if e.type == "CONSULT"]


def _states(event):
    return {r.country for r in event.source + event.target}


@pytest.mark.parametrize("text, pair", [
    ("President Emmanuel Macron told Brazilian President Luiz Inácio Lula da Silva in Belem on Tuesday that "
     "France would back the forest fund, Elysee officials said.", {"FRA", "BRA"}),
    ("Chinese President Xi Jinping told Spanish Prime Minister Pedro Sanchez in Beijing on Friday that the two "
     "countries should widen trade in farm goods.", {"CHN", "ESP"}),
])
def test_telling_a_foreign_leader_with_no_meeting_reported_is_a_meeting(reader, text, pair):
    meetings = _meetings(reader.read(text, published="2025-04-12"))
    assert [_states(e) for e in meetings] == [pair], [(e.trigger, _states(e)) for e in meetings]
    assert meetings[0].status == "occurred"


@pytest.mark.parametrize("told", [
    "Xi told his guest that Beijing wanted steady ties with Madrid.",
    "Xi told Sanchez that Beijing wanted steady ties with Madrid.",
])
def test_telling_again_joins_the_meeting_reported(reader, told):
    text = ("Chinese President Xi Jinping held talks with Spanish Prime Minister Pedro Sanchez in Beijing on "
            f"Friday. {told}")
    meetings = _meetings(reader.read(text, published="2025-04-12"))
    assert len(meetings) == 1, [(e.trigger, _states(e)) for e in meetings]
    sentences = [meetings[0].evidence.sentence] + [m.sentence for m in meetings[0].mentions]
    assert any(told in s for s in sentences), sentences


@pytest.mark.parametrize("other", [
    "President Emmanuel Macron told Foreign Minister Jean-Noël Barrot on Monday to prepare the forest fund.",
    "Macron told his guest on Monday that the fund would be ready.",  # no meeting of Macron's to join
])
def test_telling_no_one_of_another_state_is_no_meeting(reader, other):
    text = (f"{other} President Emmanuel Macron told Brazilian President Luiz Inácio Lula da Silva in Belem on "
            "Tuesday that France would back the fund.")
    meetings = _meetings(reader.read(text, published="2025-04-12"))
    assert [_states(e) for e in meetings] == [{"FRA", "BRA"}], [(e.trigger, _states(e)) for e in meetings]
    assert other not in meetings[0].evidence.sentence
