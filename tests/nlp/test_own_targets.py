"""An act the sentence aims at its own source's state goes to the source's partner in the article; a visit
told at the source's home was paid by that partner (sentences written for these tests)."""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger

# (article, trigger, source's country, recipient's country): the sentence makes the doer its own recipient
OWN_SIDE = [
    # the clause subject restates the doer: the warning is aimed at the state it faces
    ("Brazil and Argentina held talks in Brasilia on Monday over beef quotas. Brazil accused Argentina of "
     "dumping meat. The Brazilian minister warned that Brazil would keep taking firm steps if Buenos Aires did "
     "not stop.",
     "warned", "BRA", "ARG"),
    # one of the doer's own nationals, tried abroad, is what the concern is about, not whom it is aimed at
    ("Canada and Iran held talks in Ottawa on Monday. Canada accused Iran of harassing dissidents. The "
     "Canadian minister raised his concern about Ali Rezaei, a Canadian engineer on trial in Tehran.",
     "concern", "CAN", "IRN"),
    # the host was read as the visitor: the partner came to the host's capital
    ("Kenya and Ethiopia signed a water pact in Nairobi on Monday. Kenya accused Ethiopia of delaying the dam "
     "data. Ethiopia promised to share the data. Kenyan President William Ruto held talks in Nairobi on Tuesday.",
     "talks", "ETH", "KEN"),
]


# (article, trigger, recipients): a verb conjoined to the act, with the same doer, names whom it is aimed at
CONJOINED = [
    ("India and Pakistan exchanged artillery fire on Friday. Crown Prince Mohammed bin Salman phoned Narendra "
     "Modi and Shehbaz Sharif on Sunday and warned that Riyadh would freeze its investment plans in either "
     "country.", "warned", {"IND", "PAK"}),
]


@pytest.mark.parametrize("text,trigger,targets", CONJOINED, ids=[c[1] for c in CONJOINED])
def test_conjoined_call_names_the_recipients(reader, text, trigger, targets):
    event = event_by_trigger(reader, text, trigger)
    assert {a.country for a in event.target} == targets, event.target


@pytest.mark.parametrize("text,trigger,source,target", OWN_SIDE, ids=[c[1] for c in OWN_SIDE])
def test_act_aimed_at_own_side_goes_to_partner(reader, text, trigger, source, target):
    event = event_by_trigger(reader, text, trigger)
    assert [a.country for a in event.source][:1] == [source], event.source
    assert target in {a.country for a in event.target}, event.target
    assert {a.country for a in event.target} != {source}, event.target


# (article, trigger, people): people the knowledge base does not know, first placed in the doer's country
# because the sentence names no other, are met on the partner's side, not dropped for the partner state
GUESSED_PEOPLE = [
    ("Kenya and Somalia signed a security pact on Monday. Kenyan President William Ruto held talks with "
     "Prime Minister Hamza Barre and Faisal Omar Dhuhulow, the head of the port authority, Kenya's "
     "presidency said.", "talks", ["Hamza Barre", "Faisal Omar Dhuhulow"]),
]


@pytest.mark.parametrize("text,trigger,people", GUESSED_PEOPLE, ids=[c[1] for c in GUESSED_PEOPLE])
def test_unknown_people_met_stay_on_the_partners_side(reader, text, trigger, people):
    event = event_by_trigger(reader, text, trigger)
    assert {a.country for a in event.target} == {"SOM"}, event.target
    assert all(p in [a.name for a in event.target] for p in people), event.target
