"""Settling drafts into events: "the two leaders" and "their call" stand for the pair just spoken
of; "following up on" links; a call is never a later mention of an in-person meeting; an event that
another follows does not share its day (sentences written for these tests)."""

from __future__ import annotations

PUBLISHED = "2024-06-14"
JP, KR = "person:fumio-kishida", "person:yoon-suk-yeol"


def consults(readout):
    return [e for e in readout.events if e.type == "CONSULT"]


def people(event) -> set[str]:
    return {r.actor_id for r in event.source + event.target}


def test_the_two_leaders_with_a_place_are_the_pair_not_the_host(reader):
    text = ("Fumio Kishida and Yoon Suk Yeol held talks in Seoul on Monday. Yoon called the talks useful and "
            "proposed that the two leaders meet next in Tokyo. Kishida said a Tokyo meeting was possible.")
    proposal = next(e for e in consults(reader.read(text, published=PUBLISHED)) if e.status == "proposed")
    assert people(proposal) == {JP, KR}
    assert proposal.location is not None and proposal.location.country == "JPN"


def test_their_call_is_the_pairs_call_and_following_up_links_it(reader):
    text = "Fumio Kishida met Yoon Suk Yeol in Tokyo on Thursday, following up on their phone call in May."
    events = consults(reader.read(text, published=PUBLISHED))
    call = next(e for e in events if e.mode == "phone")
    meeting = next(e for e in events if e is not call)
    assert people(call) == {JP, KR}
    assert call.date is not None and call.date.first == "2024-05-01"
    assert [(x.relation, x.event) for x in meeting.links] == [("follows", call.id)]


BROKEN_OFF = ("Fumio Kishida spoke by phone with Yoon Suk Yeol on Monday, breaking off a meeting with Chinese "
              "Premier Li Qiang. The call lasted about 40 minutes. Kishida said he had begun arranging a meeting "
              "between Yoon and Li Qiang. An aide said the two presidents had discussed trade.")


def test_the_call_is_no_later_mention_of_a_meeting(reader):
    events = consults(reader.read(BROKEN_OFF, published=PUBLISHED))
    meetings = [e for e in events if e.trigger == "meeting"]
    assert meetings and all(e.mode != "phone" for e in meetings)
    assert len([e for e in events if e.mode == "phone"]) == 1


def test_the_two_presidents_discussed_is_the_call_not_the_planned_meeting(reader):
    events = consults(reader.read(BROKEN_OFF, published=PUBLISHED))
    assert not [e for e in events if e.status == "occurred" and people(e) == {KR, "person:li-qiang"}]
    assert [e.trigger for e in events if e.status == "occurred" and people(e) == {JP, KR}] == ["spoke"]


def test_an_event_another_follows_does_not_take_its_day(reader):
    text = "Fumio Kishida and Yoon Suk Yeol spoke by phone on Monday, two weeks after their meeting in Seoul."
    events = consults(reader.read(text, published=PUBLISHED))
    call = next(e for e in events if e.mode == "phone")
    before = [e for e in events if e is not call]
    assert call.date is not None and call.date.value == "2024-06-10"
    assert before and all(e.date is None or e.date.value != call.date.value for e in before)


def test_an_event_placed_a_day_after_another_moment_does_not_take_the_news_day(reader):
    text = ("Fumio Kishida met Yoon Suk Yeol in Tokyo on Friday. "
            "The meeting came a day after Yoon met Chinese Premier Li Qiang in Seoul.")
    events = consults(reader.read(text, published=PUBLISHED))
    other = [e for e in events if "person:li-qiang" in people(e)]
    assert other and all(e.date is None or e.date.value != "2024-06-14" for e in other), \
        [(e.trigger, e.date) for e in other]
