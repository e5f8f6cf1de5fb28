"""Status of acts told through a kept state, a ranked doer, repeated infinitives and "neither ... nor"
(sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-07"  # a Friday
CLOSED = "Finland closed its border crossings with Russia on Monday. "


def _event(reader, text, type_, trigger):
    """The last event of that type told by that trigger word."""
    events = reader.read(text, published=PUBLISHED).events
    found = [e for e in events if e.type == type_ and e.trigger == trigger]
    assert found, [(e.type, e.trigger, e.status) for e in events]
    return found[-1]


CASES = [
    # a state kept in force by a decision holds from the decision on; "until" only ends it
    (CLOSED + "On Tuesday the Finnish government decided to keep the crossings closed until the end of April.",
     "SANCTION", "closed", "occurred"),
    # the same state promised for later takes the promise's mood
    (CLOSED + "Helsinki said it would keep the crossings closed until the end of April.", "SANCTION", "closed",
     "planned"),
    # a doer ranked by "only" or "first" did the act; the infinitive tells no plan
    ("Greece had been the only Group of Twenty country to sign up to the corridor scheme, in 2018.", "AGREE", "sign",
     "occurred"),
    ("Ramaphosa will be the first African leader to visit Kyiv this year.", "CONSULT", "visit", "planned"),
    # a second infinitive under one "due to" is as scheduled as the first
    ("Lula is due to address the Lisbon forum next week and to meet Prime Minister Luis Montenegro there.",
     "CONSULT", "meet", "planned"),
    # "met neither X nor Y": no meeting with either
    ("Orban spent two days in Madrid and met neither Pedro Sanchez nor King Felipe.", "CONSULT", "met",
     "negated"),
]


@pytest.mark.parametrize("text,type_,trigger,status", CASES, ids=[c[0][:40] for c in CASES])
def test_status_of_kept_states_and_ranked_doers(reader, text, type_, trigger, status):
    assert _event(reader, text, type_, trigger).status == status


def test_a_kept_state_is_dated_by_its_keeper(reader):
    """"decided on Tuesday to keep X closed until May": the closure is Tuesday's, not May's."""
    event = _event(reader, CLOSED + "On Tuesday the Finnish government decided to keep the crossings closed until "
                           "the end of April.", "SANCTION", "closed")
    assert event.date is not None and event.date.value == "2025-03-04", event.date
