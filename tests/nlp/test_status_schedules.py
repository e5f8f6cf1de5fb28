"""Status told by the clause around the act: an aspectual verb's modal, an announcement still ahead, a
that-clause the parser hung on the audience, a scheduled opening, a concession made by agreeing, "is to
blame" (sentences written for these tests)."""

from __future__ import annotations

import pytest
from readout_helpers import trigger_status

PUBLISHED = "2024-10-08"


def _status(reader, text, type_, trigger):
    return trigger_status(reader, text, type_, trigger, PUBLISHED)


@pytest.mark.parametrize("text,type_,trigger,status", [
    # "would start buying": the aspectual verb carries the act's modal
    ("Putin told reporters that India would start buying more Russian oil.", "COOPERATE", "buying", "planned"),
    ("Erdogan said Turkey would begin buying Iraqi gas.", "COOPERATE", "buying", "planned"),
    # an announcement still ahead does not confirm the act: it is planned
    ("Trump said he would announce new tariffs on Chinese goods next week.", "SANCTION", "tariffs", "planned"),
    ("Biden said he would announce fresh sanctions on Russia.", "SANCTION", "sanctions", "planned"),
    # "told a news conference that ...": the clause is what was told, though parsed as a relative clause
    ("Macron told a joint news conference that Poland would start buying French submarines.", "COOPERATE", "buying",
     "planned"),
    # a scheduled opening of an event named by a noun
    ("Talks between Iran and the United States are due to open next month.", "CONSULT", "Talks", "planned"),
    ("The summit between Iran and the United States is due to take place in Muscat.", "CONSULT", "summit",
     "planned"),
    # a single side agreeing to the other's demand concedes in agreeing
    ("Colombia agreed on Sunday to take back migrants deported from the United States.", "CONCEDE", "take",
     "occurred"),
])
def test_status_from_clause(reader, text, type_, trigger, status):
    assert _status(reader, text, type_, trigger) == status


@pytest.mark.parametrize("text,type_,trigger,status", [
    # a pair agreeing to act undertakes it: still planned
    ("Ecuador and Peru agreed to take back migrants deported from the United States.", "CONCEDE", "take",
     "planned"),
    # "is to blame" says who is at fault; it is no planned act
    ("Duda said Minsk was to blame for the crash.", "ACCUSE", "blame", "occurred"),
])
def test_status_kept(reader, text, type_, trigger, status):
    assert _status(reader, text, type_, trigger) == status
