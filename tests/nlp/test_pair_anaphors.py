"""Who "the two sides" are (session 8): the pair of the meeting just told, not of a one-way act in between;
a pair that thanks someone or jointly chairs something acts side by side; "the two countries" are states;
a mediation's pair is the two parties mediated between.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-08-10"


def events_in(reader, text, sentence_start, published=PUBLISHED):
    return [e for e in reader.read(text, published=published).events if e.evidence.sentence.startswith(sentence_start)]


def countries(event) -> set[str]:
    return {a.country for a in event.source + event.target}


@pytest.mark.parametrize("between, anaphor", [
    ("China's foreign ministry rejected a charge about its trade with Iran on Tuesday.",
     "The two sides agreed to expand their cooperation on semiconductors."),
    ("Russia's foreign ministry dismissed a complaint from Poland on Tuesday.",
     "Both sides pledged to work together on energy."),
])
def test_the_two_sides_are_the_meeting_pair_not_a_one_way_act(reader, between, anaphor):
    text = f"Fumio Kishida met Yoon Suk Yeol in Seoul on Monday. {between} {anaphor}"
    found = events_in(reader, text, anaphor[:12], published="2024-06-14")
    assert found and all(countries(e) == {"JPN", "KOR"} for e in found), [(e.type, countries(e)) for e in found]


THANKS = ("Armenia and Azerbaijan agreed on Friday to end their conflict after talks mediated by U.S. President "
          "Donald Trump. Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a "
          "declaration at the White House. The two leaders thanked him for his mediation.")


def test_the_pair_that_thanks_someone_is_the_source_and_he_the_target(reader):
    thanks = next(e for e in events_in(reader, THANKS, "The two leaders") if e.trigger == "thanked")
    assert {a.country for a in thanks.source} == {"ARM", "AZE"}
    assert [a.country for a in thanks.target] == ["USA"]


def test_his_mediation_is_the_mediation_told_before(reader):
    consults = [e for e in reader.read(THANKS, published=PUBLISHED).events if e.type == "CONSULT"]
    assert [e.trigger for e in consults if e.trigger.startswith("mediat")] == ["mediated"]


@pytest.mark.parametrize("second", [
    "The two leaders jointly chaired a video call with Volodymyr Zelensky.",
    "The two leaders co-chaired a video call of European defence ministers.",
])
def test_a_pair_chairing_together_is_on_one_side(reader, second):
    text = "Keir Starmer hosted Emmanuel Macron in London on Thursday. " + second
    call = next(e for e in events_in(reader, text, "The two leaders") if e.trigger == "call")
    assert {a.country for a in call.source} == {"GBR", "FRA"}
    assert not {a.country for a in call.target} & {"GBR", "FRA"}


def test_the_two_countries_are_the_states(reader):
    text = ("Ukrainian Defense Minister Rustem Umerov met Russian presidential aide Vladimir Medinsky in Istanbul "
            "on Friday. The two countries will hold further talks in Geneva next month, Turkish officials said.")
    talks = events_in(reader, text, "The two countries")
    assert talks and all(a.actor_id.startswith("state:") for a in talks[0].source + talks[0].target)
    assert countries(talks[0]) == {"UKR", "RUS"}


def test_the_talks_a_pair_starts_after_a_mediation_are_between_the_pair(reader):
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace "
            "framework in Washington on Friday after talks mediated by the United States. "
            "The two governments would start talks at a neutral site, officials said.")
    talks = [e for e in events_in(reader, text, "The two governments") if e.type == "CONSULT"]
    assert talks, "no talks"
    sides = [{a.country for a in talks[0].source}, {a.country for a in talks[0].target}]
    assert sorted(map(sorted, sides)) == [["ARM"], ["AZE"]], sides


@pytest.mark.parametrize("text,anaphor,pair", [
    # the pair of presidents told before, not the president and a prime minister met later
    ("President Emmanuel Macron on Tuesday lifted the ban on Brazilian beef after President Luiz Inacio Lula "
     "da Silva agreed to new checks. On Tuesday evening the two presidents spoke by phone. Later, Macron met "
     "Prime Minister Mark Carney of Canada in Paris.", "On Tuesday evening",
     {"Emmanuel Macron", "Luiz Inácio Lula da Silva"}),
    # the two foreign ministers, not the visitor and a prime minister
    ("Chinese Foreign Minister Wang Yi visited Canberra on Wednesday. Australian Prime Minister Anthony "
     "Albanese welcomed the talks. Australian Foreign Minister Penny Wong said trade had improved. The two "
     "foreign ministers agreed to meet again next year.", "The two foreign ministers", {"Wang Yi", "Penny Wong"}),
])
def test_the_two_holders_of_an_office_are_the_pair_holding_it(reader, text, anaphor, pair):
    events = events_in(reader, text, anaphor)
    assert events and all({a.name for a in e.source + e.target} == pair for e in events)


@pytest.mark.parametrize("anaphor", [
    "The foreign ministers of the two countries met in Lima in March.",
    "The defence secretaries of both countries spoke by phone last week.",
])
def test_officials_of_the_two_countries_after_an_act_of_states_alone(reader, anaphor):
    """Officials "of the two countries" stand for the states: the engagement before them, which names no
    people, still gives their sides (it once raised a TypeError looking for a pair of people)."""
    text = f"Chile and Peru signed a fisheries accord on Monday, officials said. {anaphor}"
    found = events_in(reader, text, anaphor[:12], published="2025-05-07")
    assert found and all(countries(e) == {"CHL", "PER"} for e in found), [(e.type, countries(e)) for e in found]
