"""The occasion and the words of a statement (sentences written for these tests): an interview is known
by the outlet that aired it; a quoted title beside the clause said is not what was said."""

from __future__ import annotations

import pytest


def _statements(reader, text):
    return reader.read(text, published="2025-06-12").statements


@pytest.mark.parametrize("text,venue", [
    ("In a long interview with CNN last week, Prime Minister Mark Carney said the tariffs would hurt both "
     "countries.", "CNN interview"),
])
def test_an_interview_is_known_by_its_outlet(reader, text, venue):
    found = [s for s in _statements(reader, text) if "tariffs would hurt" in s.quote]
    assert found and found[0].venue == venue


@pytest.mark.parametrize("text", [
    "Heading into the vote, Senator Ann Boyd told CNN's \"State of the Union\" that nobody would question the result.",
    "Asked on \"Face the Nation\" about the vote, Senator Ann Boyd said nobody would question the result.",
])
def test_a_quoted_title_beside_the_clause_said_is_not_what_was_said(reader, text):
    found = [s.quote for s in _statements(reader, text)]
    assert found == ["nobody would question the result"]


def test_a_quote_after_a_named_object_is_still_what_was_said(reader):
    text = "Closing the talks, Prime Minister Mark Carney proposed a place for the next round: \"Next time in Ottawa.\""
    assert any("Next time in Ottawa" in s.quote for s in _statements(reader, text))


@pytest.mark.parametrize("text,words,venue", [
    ("Japanese Prime Minister Fumio Kishida told lawmakers that Japan would keep seeking talks.",
     "keep seeking talks", "Diet (parliament)"),
    ("Speaking in parliament, Ukrainian President Volodymyr Zelensky said the front was holding.",
     "front was holding", "Verkhovna Rada (parliament)"),
])
def test_words_said_in_parliament_are_placed_there(reader, text, words, venue):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue == venue


ENGAGEMENT = ("Foreign Minister Penny Wong and Chinese Foreign Minister Wang Yi held talks in Canberra on "
              "Monday and Tuesday. {}")


@pytest.mark.parametrize("said,words,venue,date", [
    # said to the other side of the talks: at the talks, by their last day
    ("Wang told Wong that the two countries should be partners.", "should be partners", "Canberra talks",
     "2025-06-10"),
    # in remarks with no place of their own: the remarks at the talks
    ("In her opening remarks, Wong said the relationship had stabilised.", "had stabilised",
     "Canberra talks, opening remarks", "2025-06-10"),
    # a cue set in an act at the meeting
    ("Wong opened the session by telling the delegations that the region needed calm.", "region needed calm",
     "Canberra talks", "2025-06-10"),
    # words about the meeting are not, by that alone, said at it
    ("Wong called the talks a useful step toward a fisheries deal.", "useful step", None, None),
    # to reporters: said elsewhere
    ("Wong told reporters that the relationship had stabilised.", "had stabilised", None, None),
])
def test_a_statement_made_at_the_talks_is_placed_and_dated_by_them(reader, said, words, venue, date):
    found = [s for s in _statements(reader, ENGAGEMENT.format(said)) if words in s.quote]
    assert found and found[0].venue == venue
    if date:
        assert found[0].date.value == date


def test_remarks_are_not_placed_at_a_background_meeting(reader):
    text = ("Australia and Indonesia signed a fisheries pact on Tuesday. Prime Minister Anthony Albanese and "
            "President Joko Widodo met in Bali in November 2022. "
            "In her opening remarks, Foreign Minister Penny Wong said the pact would help fishermen on both sides.")
    found = [s for s in _statements(reader, text) if "help fishermen" in s.quote]
    assert found and found[0].venue == "opening remarks"


@pytest.mark.parametrize("text,words,venue", [
    # the place first, with what was held there
    ("President Luiz Inacio Lula da Silva said at a news conference in Brasilia that the deal was fair.",
     "deal was fair", "Brasilia (news conference)"),
    # a region named by the place it is "of", and the rally the speaker addressed there
    ("Addressing a rally in the southern state of Kerala on Friday, Prime Minister Narendra Modi vowed to "
     "protect the canals.", "protect the canals", "Kerala (rally)"),
])
def test_an_occasion_is_placed_by_its_city(reader, text, words, venue):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue == venue, [(s.quote, s.venue) for s in found]


def test_a_named_garden_is_a_venue_and_the_next_words_share_it(reader):
    text = ("Prime Minister Keir Starmer said on Monday in the Downing Street Rose Garden that the visit would "
            "go ahead. The programme, he said, would include a state banquet.")
    found = {s.quote: s.venue for s in _statements(reader, text)}
    venues = [v for q, v in found.items() if "visit would go ahead" in q or "state banquet" in q]
    assert len(venues) == 2 and all(v and "Rose Garden" in v for v in venues), found


MEETING = ("Dutch Foreign Minister Caspar Veldkamp met Polish Foreign Minister Radoslaw Sikorski in Warsaw on "
           "Monday. ")


@pytest.mark.parametrize("text,speaker,venue", [
    # one who took part, speaking that day with no place of his own: where they met
    (MEETING + "Veldkamp said the talks had been useful.", "Veldkamp", "Warsaw"),
    # one who did not take part is not placed by the meeting
    (MEETING + "Hungarian Foreign Minister Peter Szijjarto said the talks had been useless.", "Szijj", None),
    # another day: said elsewhere, for all the article knows
    (MEETING + "On Wednesday, Veldkamp said the talks had been useful.", "Veldkamp", None),
])
def test_words_of_a_meeting_party_that_day_are_said_where_it_met(reader, text, speaker, venue):
    found = [s for s in _statements(reader, text) if s.speaker and speaker in s.speaker.name]
    assert found and found[0].venue == venue


def test_a_reply_told_after_the_words_does_not_date_them(reader):
    text = ("Russian warships held drills off the coast of Norway on Monday. Norway's foreign ministry called the "
            "drills \"a dangerous provocation\", a charge Moscow rejected on Tuesday.")
    found = [s for s in _statements(reader, text) if "dangerous provocation" in s.quote]
    assert found and found[0].date is not None and found[0].date.value == "2025-06-09"


@pytest.mark.parametrize("text, venue", [
    ("In an article for the daily Kathimerini, Mitsotakis wrote that the sea had to "
     "stay open to all.", "Kathimerini article"),
    ("In a column published in the newspaper Le Soir, De Wever wrote that the sea had to "
     "stay open to all.", "Le Soir column"),
])
def test_words_written_for_the_press_are_known_by_the_outlet(reader, text, venue):
    found = [s for s in _statements(reader, text) if "stay open" in s.quote]
    assert found and found[0].venue == venue


@pytest.mark.parametrize("text, venue", [
    ("President Gustavo Petro wrote on X that the flights would resume on Monday.", "X"),
    ("President Donald Trump said in a post on Truth Social that the flights would resume on Monday.", "Truth Social"),
])
def test_words_posted_are_said_on_the_platform(reader, text, venue):
    found = [s for s in _statements(reader, text) if "flights would resume" in s.quote]
    assert found and found[0].venue == venue


@pytest.mark.parametrize("text, words, venue", [
    ("President Emmanuel Macron told Egypt's parliament on Tuesday that France would double its aid.",
     "double its aid", "Egyptian parliament"),
    ("German Chancellor Olaf Scholz told the Indian parliament on Monday that trade talks should end this year.",
     "trade talks should end", "Indian parliament"),
])
def test_a_visitor_addressing_the_hosts_parliament_is_heard_in_the_hosts_house(reader, text, words, venue):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue == venue


@pytest.mark.parametrize("text, words, venue", [
    ("President Lula met Chinese President Xi Jinping in Brasilia on Tuesday. Speaking at a joint news "
     "conference after the talks, Lula said the two countries would expand trade in farm goods.",
     "expand trade", "Brasilia (joint news conference)"),
    ("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday. "
     "Speaking at the joint news conference, Yoon said the two countries would cooperate on supply chains.",
     "supply chains", "Tokyo (joint news conference)"),
])
def test_an_occasion_on_a_meeting_day_is_placed_in_the_meetings_city(reader, text, words, venue):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue == venue


def test_the_clause_said_is_not_part_of_the_venue(reader):
    text = ('Spokeswoman Anna Berg said in a letter that the new duties would be "kept on hold" and not '
            'imposed unless Oslo broke the deal.')
    found = [s for s in _statements(reader, text) if "kept on hold" in s.quote]
    assert found and found[0].venue == "letter"


@pytest.mark.parametrize("text,words,venue", [
    ("Speaking to journalists at the Kremlin on Monday, Putin accused Kyiv of stalling the talks.",
     "stalling the talks", "Kremlin"),
    ("Chancellor Olaf Scholz, speaking to students in Shanghai on Monday, had insisted that trade must be fair.",
     "trade must be fair", "Shanghai"),
    ("Asked about the tariffs at the White House, President Joe Biden said his team was weighing them.",
     "weighing them", "White House"),
])
def test_the_place_hung_on_the_one_spoken_to_is_where_it_was_said(reader, text, words, venue):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue == venue


@pytest.mark.parametrize("text,words", [
    ("Asked about the bombing in Kyiv, President Joe Biden said his team was weighing options.", "weighing options"),
    ("Asked about the strike at the Zaporizhzhia plant, President Joe Biden said his team was weighing options.",
     "weighing options"),
])
def test_the_place_of_a_matter_asked_about_is_not_the_venue(reader, text, words):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue is None


@pytest.mark.parametrize("text,words,venue", [
    ("Speaking at the Elysee palace on Friday, President Emmanuel Macron said the talks had failed.",
     "talks had failed", "Elysee palace"),
    ("Speaking at the Haneda airport on Friday, Prime Minister Fumio Kishida said the talks had failed.",
     "talks had failed", "Haneda airport"),
])
def test_a_building_known_by_its_name_is_a_venue(reader, text, words, venue):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue == venue


@pytest.mark.parametrize("text,words,venue", [
    ("Meloni told an Italian-Chinese business forum that the plan showed a will to deepen trade.", "the plan",
     "Italian-Chinese business forum"),
    ("Lula told a business seminar in Beijing on Monday that Brazil wanted closer ties.", "Brazil wanted",
     "business seminar in Beijing"),
    ("\"We are serious about a deal,\" the minister told state television.", "We are serious", "state television"),
])
def test_a_gathering_told_is_where_the_words_were_said(reader, text, words, venue):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue == venue, [(s.quote, s.venue) for s in _statements(reader, text)]


@pytest.mark.parametrize("before", [
    "Mexico's economy minister, Marcelo Ebrard, told a news briefing that the two sides would push to prolong the "
    "pause, which runs out on July 9, for another 60 days.",
    "Officials told a news conference that the two sides would push to prolong the pause, which runs out on July 9.",
])
def test_a_date_told_at_another_speech_does_not_date_the_words(reader, before):
    """A date inside what was told at a speech (or at another speaker's briefing) is not when the words were said."""
    text = ("Mexican and U.S. negotiators ended two days of talks in Washington on Tuesday. " + before +
            "\n\nU.S. Trade Representative Jamieson Greer was more careful. \"Nothing is settled yet,\" he told "
            "reporters.")
    found = [s for s in _statements(reader, text) if "Nothing is settled" in s.quote]
    assert found and found[0].date is not None and found[0].date.first == "2025-06-10", found[0].date
