"""An act told as done back in kind is the act answered, by the answering side, aimed at its author (session 15;
sentences written for these tests): "X expelled Y's envoys, and Y answered in kind" is Y expelling X's."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


def _sides(event) -> tuple[set, set]:
    return {r.country for r in event.source}, {r.country for r in event.target}


@pytest.mark.parametrize("text, kind, source, target", [
    ("Norway expelled two Russian diplomats in May, and Moscow answered in kind.", "SANCTION", "RUS", "NOR"),
    ("Lithuania expelled three Belarusian envoys. Minsk responded in kind on Friday.", "SANCTION", "BLR", "LTU"),
    ("Last June, Canada expelled four Chinese diplomats, and China sent four Canadians home in return.",
     "SANCTION", "CHN", "CAN"),
    ("The European Union raised duties on Turkish steel in March, and Ankara answered each rise with its own.",
     "SANCTION", "TUR", "EUR"),
])
def test_an_act_done_back_turns_the_sides(reader, text, kind, source, target):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert ({source}, {target}) in [_sides(e) for e in events], [_sides(e) for e in events]


@pytest.mark.parametrize("text, kind", [
    # only threatened: no act done back
    ("Norway expelled two Russian diplomats in May, and Moscow said it would respond in kind.", "SANCTION"),
    # an exchange, not an answer
    ("Russia freed two Lithuanian prisoners in return for a spy held in Vilnius.", "RETREAT"),
])
def test_no_act_is_done_back(reader, text, kind):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert len(events) <= 1, [_sides(e) for e in events]
