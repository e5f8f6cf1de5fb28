"""The sentence after a state's act names who spoke for the state ("X expelled two diplomats. || Foreign
Minister Y said ..."): the speaker takes part in the act when the act opens its paragraph or is named again
("announced the decision"), and not when the speaker talks of another day or another doer.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"


def acting(reader, text, kind):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert events, [e.type for e in reader.read(text, published=PUBLISHED).events]
    return {a.name for e in events for a in e.source}


@pytest.mark.parametrize("text, kind, teller", [
    ("OSLO — Norway expelled two Russian diplomats on Tuesday.\n\nForeign Minister Espen Barth Eide said the "
     "pair had carried out activities incompatible with their status.", "SANCTION", "Espen Barth Eide"),
    ("Relations have been tense for months. Lithuania recalled its ambassador from China on Monday. Foreign "
     "Minister Gabrielius Landsbergis announced the decision in Vilnius.", "SANCTION", "Gabrielius Landsbergis"),
    ("Pakistan closed its airspace to Indian aircraft on Tuesday.\n\nPrime Minister Shehbaz Sharif said the "
     "aviation authority had issued the order at noon.", "SANCTION", "Shehbaz Sharif"),
])
def test_the_next_sentence_names_who_spoke_for_the_acting_state(reader, text, kind, teller):
    assert teller in acting(reader, text, kind)


# minimal pairs: the speaker joins the first text's act, and not the second's, where the link is missing
@pytest.mark.parametrize("linked, unlinked, kind, teller", [
    # not a lead, and the act is not named again
    ("Relations have been tense for months. Lithuania recalled its ambassador from China on Monday. Foreign "
     "Minister Gabrielius Landsbergis announced the decision in Vilnius.",
     "Relations have been tense for months. Lithuania recalled its ambassador from China on Monday. Foreign "
     "Minister Gabrielius Landsbergis said the weather in Vilnius was cold.", "SANCTION", "Gabrielius Landsbergis"),
    # the speaker talks on another day than the act's
    ("Poland asked Germany on Tuesday to return the paintings.\n\nOn Tuesday, Foreign Minister Radosław Sikorski "
     "said the Germans were taking their time.",
     "Poland asked Germany last week to return the paintings.\n\nOn Tuesday, Foreign Minister Radosław Sikorski "
     "said the Germans were taking their time.", "REQUEST", "Radosław Sikorski"),
    # the act's own sentence names its teller
    ("The Netherlands would recall its ambassador from Venezuela.\n\nPrime Minister Dick Schoof said the envoy "
     "would be back within days.",
     "The Dutch foreign ministry said the Netherlands would recall its ambassador from Venezuela.\n\nPrime "
     "Minister Dick Schoof said the envoy would be back within days.", "SANCTION", "Dick Schoof"),
    # the speaker names another doer of the act
    ("Pakistan closed its airspace to Indian aircraft on Tuesday.\n\nPrime Minister Shehbaz Sharif said the "
     "aviation authority had issued the order at noon.",
     "Pakistan closed its airspace to Indian aircraft on Tuesday.\n\nPrime Minister Shehbaz Sharif said the "
     "Pakistani military had issued the order at noon.", "SANCTION", "Shehbaz Sharif"),
    # a telling set before the news
    ("Chile recalled its ambassador from Caracas on Friday.\n\nPresident Gabriel Boric said that he saw no "
     "reason for a rupture.",
     "Chile recalled its ambassador from Caracas on Friday.\n\nPresident Gabriel Boric had said that he saw no "
     "reason for a rupture.", "SANCTION", "Gabriel Boric"),
    # the act is told in a clause of time, not the lead's main clause
    ("Somalia expelled Kenyan diplomats on Friday.\n\nSomali President Hassan Sheikh Mohamud said the "
     "expulsions were justified.",
     "Kenya cut diplomatic ties with Somalia on Friday, days after Somalia expelled Kenyan diplomats.\n\nSomali "
     "President Hassan Sheikh Mohamud said the expulsions were justified.", "SANCTION", "Hassan Sheikh Mohamud"),
])
def test_a_speaker_with_no_clear_link_to_the_act_stays_out(reader, linked, unlinked, kind, teller):
    assert teller in acting(reader, linked, kind)
    assert teller not in acting(reader, unlinked, kind)
