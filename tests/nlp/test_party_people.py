"""People a sentence makes the other party of an act whose side names only their state (session 27; sentences
written for these tests): the owner of an answered claim joins the answered side, the people "the two
governments" points back to join their states' sides, and people merely named around the act stay out."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


def _side_names(event, side: str) -> set[str]:
    return {a.name for a in getattr(event, side)}


@pytest.mark.parametrize("text, kind, person", [
    ("Brazil's government disputed Trump's complaint about an unfair trading relationship on Friday.",
     "REJECT", "Donald Trump"),
    ("Japan on Monday condemned Kim Jong Un's missile launch over Hokkaido.", "ACCUSE", "Kim Jong Un"),
    # a pronoun owner is read back to the person named before
    ("Senator Anna Weber of Germany wrote to President Donald Trump last week. "
     "The United States rejected her claim that Washington had spied on Berlin.", "REJECT", "Anna Weber"),
    # a sanction on what a person holds is on its holder
    ("The State Department revoked Maduro's visa on Tuesday.", "SANCTION", "Nicolás Maduro"),
])
def test_the_owner_of_an_answered_claim_is_on_the_target_side(reader, text, kind, person):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert events and person in _side_names(events[0], "target"), [(e.type, e.source, e.target) for e in events]
    assert person not in _side_names(events[0], "source")


@pytest.mark.parametrize("text, kind, person", [
    # a reporter of the claim is not its owner: no person joins
    ("Germany on Thursday rejected a report by journalist Anna Weber that it had supplied tanks to Israel.",
     "REJECT", "Anna Weber"),
    # an owner of the answering side's own state is not the one answered
    ("Chancellor Friedrich Merz spoke in Berlin on Monday. Germany rejected France's claim about his plan.",
     "REJECT", "Friedrich Merz"),
])
def test_people_merely_named_do_not_join(reader, text, kind, person):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert all(person not in _side_names(e, "source") | _side_names(e, "target") for e in events), \
        [(e.type, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, kind, people", [
    ("Prime Minister Narendra Modi gave Japanese Prime Minister Shigeru Ishiba one of the warmest receptions of "
     "the year on Friday, and the two governments signed a security pact.", "AGREE",
     {"Narendra Modi", "Shigeru Ishiba"}),
])
def test_a_pair_word_brings_the_people_named_before_it(reader, text, kind, people):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert events and people <= _side_names(events[0], "source") | _side_names(events[0], "target"), \
        [(e.type, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, kind, person", [
    # one person of one state is no pair: "the two countries" are not read back to him
    ("Reporters asked Indian Prime Minister Narendra Modi about the weather on Friday, and the two countries "
     "signed a security pact with Japan.", "AGREE", "Narendra Modi"),
])
def test_a_pair_word_with_one_person_before_it_brings_nobody(reader, text, kind, person):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert events and all(person not in _side_names(e, "source") | _side_names(e, "target") for e in events), \
        [(e.type, e.source, e.target) for e in events]
