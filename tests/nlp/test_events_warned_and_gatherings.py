"""Event rules: the one warned by a conditional threat, the date of an act told through an
infinitive, the answer to a request the parser hung a meeting on, and meetings at a gathering
(sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _events(reader, text, published=PUBLISHED):
    return reader.read(text, published=published).events


def _countries(refs):
    return {r.country for r in refs}


@pytest.mark.parametrize("text,warned", [
    ("Secretary of State Marco Rubio warned that Washington would act if Beijing kept arming Moscow's troops.",
     "CHN"),
    ("Wadephul warned that Berlin would respond if Moscow kept sending drones over Poland.", "RUS"),
])
def test_a_conditional_threat_warns_the_condition_subject(reader, text, warned):
    threat = next(e for e in _events(reader, text) if e.type == "THREATEN")
    assert _countries(threat.target) == {warned}


def test_a_condition_naming_the_own_side_gives_no_target(reader):
    text = "Lavrov warned that if Russia faced new sanctions, Moscow would quit the grain deal."
    threat = next(e for e in _events(reader, text) if e.type == "THREATEN")
    assert not _countries(threat.target) - {None}


def test_a_threat_with_no_condition_keeps_its_clause_subject(reader):
    text = "The interior minister of Egypt warned that Egyptian police would no longer tolerate the rallies."
    threat = next(e for e in _events(reader, text) if e.type == "THREATEN")
    assert "EGY" in _countries(threat.target)


@pytest.mark.parametrize("text,day", [
    ("On Monday, Ankara summoned Sweden's envoy, and on Tuesday Turkey advised its citizens to avoid "
     "travel to Sweden.", "2025-03-11"),
    ("Last Friday, Seoul recalled its ambassador, and on Monday the government told its citizens to avoid "
     "travel to Russia.", "2025-03-10"),
])
def test_an_act_told_through_an_infinitive_takes_the_telling_day(reader, text, day):
    advisory = next(e for e in _events(reader, text) if e.type == "SANCTION" and e.mode == "discontinue")
    assert advisory.date is not None and advisory.date.first == day


def test_a_request_hung_on_a_meeting_gets_the_answer(reader):
    text = "Tokyo rejected a South Korean request for Yoon to meet Kishida in Manila."
    meeting = next(e for e in _events(reader, text) if e.type == "CONSULT")
    assert meeting.status == "declined"
    assert meeting.response is not None and (meeting.response.by, meeting.response.status) == ("JPN", "declined")


def test_a_meeting_at_one_of_the_summits_is_third_party(reader):
    """Two sides meeting at a summit held in neither's country: third-party (records' CONSULT convention)."""
    text = "Paris said it would welcome a meeting between Macron and Lula at one of the summits in Asia this year."
    events = [e for e in _events(reader, text) if e.type == "CONSULT"]
    assert len(events) == 1, "the summits are the venue, not a second event"
    assert events[0].mode == "third-party"


def test_a_meeting_told_in_a_when_clause_of_a_forum_is_multilateral(reader):
    text = ("The visit differed from last year's summit, when Ottawa turned down an Indian request for Modi "
            "to meet Trudeau in Rome.")
    meeting = next(e for e in _events(reader, text) if e.type == "CONSULT")
    assert meeting.mode == "multilateral"


def test_people_expected_at_a_forum_attend_it(reader):
    text = "Marcos and Albanese met in Manila on Monday. Both men are expected at the ASEAN summit in Laos next month."
    assert next(e for e in _events(reader, text.split(". ")[1]) if e.type == "CONSULT").status == "planned"
    event = next(e for e in _events(reader, text) if e.type == "CONSULT" and e.status == "planned")
    assert event.mode == "multilateral"
    assert _countries(event.source) & {"PHL", "AUS"}


def test_one_person_expected_at_a_summit_is_its_source(reader):
    text = "Prime Minister Anthony Albanese is expected at the G20 summit in Johannesburg next month."
    event = next(e for e in _events(reader, text) if e.type == "CONSULT")
    assert (event.status, event.mode) == ("planned", "multilateral")
    assert "AUS" in _countries(event.source)


@pytest.mark.parametrize("text,host,sides", [
    ("Serbia and Kosovo agreed on Monday to hold talks on border crossings next month. Brussels said Belgium "
     "would host the talks.", "BEL", {"SRB", "XKX"}),
    ("Armenia and Azerbaijan agreed to hold talks on a peace treaty next month. Kazakhstan said it would host "
     "the talks.", "KAZ", {"ARM", "AZE"}),
])
def test_talks_told_before_and_hosted_by_a_third_state(reader, text, host, sides):
    events = [e for e in _events(reader, text) if e.type == "CONSULT"]
    assert all(host not in _countries(e.source) | _countries(e.target) for e in events)
    talks = next(e for e in events if _countries(e.source) | _countries(e.target) == sides)
    assert talks.location is not None and talks.location.country == host
    assert talks.status == "planned"


def test_talks_an_agreement_commits_to_are_held_by_its_signers(reader):
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a declaration "
            "committing both sides to begin border negotiations by the end of April.")
    talks = next(e for e in _events(reader, text) if e.type == "CONSULT")
    assert talks.status == "planned"
    assert _countries(talks.source) | _countries(talks.target) == {"ARM", "AZE"}
