"""Visits and meetings told by a phrase (detente.nlp.trigger_topics): invitations to a place, going to a
place, settling on terms, receiving guests, a round held somewhere, and a gathering someone hosted.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,type_,mode", [
    # an invitation to a place proposes a visit there
    ("Macron invited the Nigerian president to Paris.", "invited", "CONSULT", "visit"),
    ("After the talks, Erdogan invited his Qatari counterpart to Ankara.", "invited", "CONSULT", "visit"),
    # a leader going to a named place visits it
    ("Angela Merkel last went to Beijing in 2019.", "went", "CONSULT", "visit"),
    ("The Japanese foreign minister came to Canberra on Monday.", "came", "CONSULT", "visit"),
    # settling on terms together is an agreement
    ("The negotiators settled on a new timetable for the talks.", "settled", "AGREE", None),
    # receiving officials is hosting them
    ("Ramaphosa will receive the Angolan foreign minister in Pretoria on Friday.", "receive", "CONSULT", "visit"),
    # receiving a grouping's ministers is hosting a gathering
    ("Jakarta is ready to receive the group's trade ministers in Bali next month.", "receive", "CONSULT",
     "multilateral"),
    ("Warsaw will receive NATO defence ministers on Thursday.", "receive", "CONSULT", "multilateral"),
    # a bare round held somewhere is a meeting
    ("The envoys said the third round would take place in Oslo on March 3.", "round", "CONSULT", None),
    ("A second round is to be held in Geneva next week.", "round", "CONSULT", None),
])
def test_visit_trigger(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    # the rule's trigger stands alone ("settled on X": the lexicon's "settle" would want an object)
    assert found is not None and (found.type, found.mode, found.needs_object) == (type_, mode, False), found


@pytest.mark.parametrize("text,word", [
    # going somewhere that is no named place, or with no traveller, is no visit
    ("The president went to war over the islands.", "went"),
    ("Thousands of refugees went to Chad last year.", "went"),
    # a round of something else is no meeting
    ("A new round of sanctions will take effect in May.", "round"),
    # receiving a thing is no meeting
    ("The ministry received a formal complaint on Monday.", "received"),
    # hosting the gathering just named is no visit
    ("Scholz met Modi at the G20 summit, which Brazil hosted.", "hosted"),
])
def test_no_visit(reader, text, word):
    assert trigger_of(reader, text, word) is None


def test_invitation_to_a_place_is_a_proposed_visit_by_the_guest(reader):
    events = reader.read("French President Emmanuel Macron invited German Chancellor Olaf Scholz to Paris.",
                         published="2025-06-01").events
    visit = next(e for e in events if e.type == "CONSULT")
    assert visit.status == "proposed"
    assert [a.country for a in visit.source] == ["DEU"]
    assert "FRA" in [a.country for a in visit.target]


def test_contacts_cut_in_a_relative_clause_are_a_sanction(reader):
    from trigger_words import trigger_of as of
    found = of(reader, "The two navies slowly rebuild the links that Tokyo cut off last year.", "cut")
    assert found is not None and (found.type, found.mode) == ("SANCTION", "discontinue"), found


@pytest.mark.parametrize("text,word", [
    # calling on a person, with nothing asked of them, is a courtesy visit
    ("The Chilean minister also called on Prime Minister Anthony Albanese later in the day.", "called"),
    ("Before flying home, the Japanese envoy called on President Gabriel Boric at La Moneda.", "called"),
    ("Wang Yi closed his tour of Brazil by calling on President Luiz Inacio Lula da Silva.", "calling"),
    # the caller's own errand, and a day between host and errand, leave it a visit, not a telephone call
    ("In Lima, the Chilean ambassador called on Foreign Minister Elmer Schialer on Monday to deliver the note.",
     "called"),
    ("The Indian envoy called on President William Ruto on Friday to convey Delhi's congratulations.", "called"),
])
def test_calling_on_a_person_is_a_visit(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("CONSULT", "visit"), found


@pytest.mark.parametrize("text,word", [
    # calling on someone to act, or for something, is a request
    ("The Chilean minister called on President Gabriel Boric to free the detained sailors.", "called"),
    ("Boric called on all parties to show restraint.", "called"),
    ("The senator called on Peru for calm.", "called"),
    ("The Chilean minister called on President Gabriel Boric on Monday to free the detained sailors.", "called"),
])
def test_calling_on_someone_to_act_is_no_visit(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "CONSULT", found
