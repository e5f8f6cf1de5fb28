"""Status through infinitive chains and promises (sentences written for these tests): "is willing to send
troops to help defend X" offers the defence; "promised to keep up aid" plans the aid; "pledged to
withdraw" plans the withdrawal, while an act told without a governing word stays done."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"

CHAINED = [
    ("Denmark is willing to send troops to help defend Kuwait, its defence minister said.", "defend", "proposed"),
    ("Britain promised on Monday to continue its economic aid to Malawi.", "aid", "planned"),
    ("Japan has pledged to withdraw its troops from Iraq.", "withdraw", "planned"),
    ("Spain has promised to keep up humanitarian aid to Gaza.", "aid", "planned"),
]
DONE = [
    ("Denmark sent troops to help defend Kuwait.", "defend", "occurred"),
    ("Britain continued military aid to Malawi.", "aid", "occurred"),
]


def _status(reader, text, trigger):
    return next(e.status for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)


@pytest.mark.parametrize("text,trigger,status", CHAINED, ids=["willing-help", "promise-continue", "pledge",
                                                              "promise-keep-up"])
def test_a_governed_chain_gives_the_status(reader, text, trigger, status):
    assert _status(reader, text, trigger) == status


@pytest.mark.parametrize("text,trigger,status", DONE, ids=["sent", "continued"])
def test_an_ungoverned_chain_stays_done(reader, text, trigger, status):
    assert _status(reader, text, trigger) == status
