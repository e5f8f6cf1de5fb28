"""What a dateline places (detente.nlp.dateline_events; articles written for these tests): the day's
meetings and physical acts, and a demand made at a meeting held there between the same sides; an
accusation made that day by a third party, fighting between other states and a foreign state's act on
its own are not placed at the reporter's city."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"
ARTICLE = ("NAIROBI — Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on "
           "Thursday. Kenya urged Uganda to reopen the border crossing. Separately on Thursday, Tanzania "
           "accused Uganda of violating its airspace. Kenyan police arrested two Somali fishermen on Wednesday.")


@pytest.fixture(scope="module")
def events(reader):
    return {e.trigger: e for e in reader.read(ARTICLE, published=PUBLISHED).events}


@pytest.mark.parametrize("trigger", ["met", "urged", "arrested"])
def test_in_person_acts_and_what_was_said_at_the_meeting_are_placed(events, trigger):
    assert events[trigger].location is not None and events[trigger].location.country == "KEN"


def test_a_statement_from_elsewhere_is_not_placed_at_the_dateline(events):
    assert events["accused"].location.country == "TZA"  # at home (nlp/home_acts.py), not in Nairobi


# A dateline's city hosts talks between foreigners, not their fighting nor a state's act on its own.
FOREIGN_ACTS = [
    ("GENEVA — Armenia and Azerbaijan agreed on Monday to resume talks on their border. Azerbaijani troops "
     "shelled Armenian villages on Sunday. Several people were killed on Sunday.", ["shelled", "killed"]),
    ("BRUSSELS — The Hungarian parliament ratified the accord on Monday. Poland agreed on Monday to cooperate "
     "with the inquiry.", ["ratified", "agreed"]),
]


@pytest.mark.parametrize("article,triggers", FOREIGN_ACTS)
def test_foreign_fighting_and_one_sided_foreign_acts_are_not_placed_at_the_dateline(reader, article, triggers):
    events = {e.trigger: e for e in reader.read(article, published="2024-06-11").events}
    dateline = article.split(" —")[0]
    # ("shelled Armenian villages" is placed by its own words, in Armenia)
    assert all(events[t].location is None or events[t].location.name != dateline.title() for t in triggers)


HOSTED_ACTS = [
    ("GENEVA — Armenia and Azerbaijan agreed on Monday to resume talks on their border.", "agreed", "CHE"),
    ("OSLO — Serbian and Kosovar negotiators met on Monday. Serbia agreed on Monday to reopen two border "
     "crossings.", "agreed", "NOR"),
    ("BERLIN — Polish President Andrzej Duda began a two-day visit on Monday.", "visit", "DEU"),
    # the strike itself is now coded (projectiles as subject of "hit"), and it is the act the dateline places
    ("KYIV — Russian drones hit an apartment block on Monday. Four people were killed on Monday.", "hit", "UKR"),
    ("KYIV — Four people were killed in an explosion at a market on Monday.", "killed", "UKR"),
]


@pytest.mark.parametrize("article,trigger,country", HOSTED_ACTS)
def test_acts_between_foreigners_visits_and_home_violence_keep_the_dateline(reader, article, trigger, country):
    events = {}
    for e in reader.read(article, published="2024-06-11").events:
        events.setdefault(e.trigger, e)  # the AGREE, not the act agreed on that rule 12 codes beside it
    assert events[trigger].location is not None and events[trigger].location.country == country


# The dateline is where the report was filed: a meeting the next sentences place elsewhere was held there.
RETOLD = [
    ("ANKARA — President Recep Tayyip Erdogan and President Masoud Pezeshkian held talks on Tuesday and "
     "welcomed a new trade accord. The two leaders met in the Azerbaijani capital Baku on the sidelines of a "
     "regional summit.", "AZE"),
    ("CAIRO — Egyptian Foreign Minister Badr Abdelatty held talks with his Turkish counterpart Hakan Fidan on "
     "Tuesday. The two ministers met in Geneva on the margins of a conference on Sudan.", "CHE"),
]


@pytest.mark.parametrize("article,country", RETOLD)
def test_a_meeting_placed_in_the_next_sentences_is_not_at_the_dateline(reader, article, country):
    events = [e for e in reader.read(article, published="2024-06-12").events if e.trigger in {"held", "talks"}]
    assert events and all(e.location is not None and e.location.country == country for e in events)


@pytest.mark.parametrize("text, country", [
    # a meeting at a named site no country is known for: in the reporter's city
    ("ASTANA — On Tuesday, Lukashenko held talks with President Kassym-Jomart Tokayev at the Ak Zhol state "
     "residence.", "KAZ"),
    ("HANOI — Prabowo met Vietnamese President Luong Cuong at the Lotus Hall on Tuesday.", "VNM"),
])
def test_a_site_of_unknown_country_is_in_the_datelines(reader, text, country):
    events = [e for e in reader.read(text, published="2025-03-12").events if e.type == "CONSULT"]
    assert events and all(e.location.country == country for e in events)


@pytest.mark.parametrize("article", [
    "LIMA, Peru — Chilean President Gabriel Boric met Ecuadorean President Daniel Noboa on Thursday on the "
    "sidelines of the Asia-Pacific Economic Cooperation summit.",
])
def test_a_meeting_placed_only_at_a_gathering_body_takes_the_datelines_country(reader, article):
    met = next(e for e in reader.read(article, published=PUBLISHED).events if e.trigger == "met")
    assert met.location is not None and met.location.country == "PER", met.location


# The dateline state's strikes on another state fell on the target's ground, not in the reporter's city.
STRIKES_ABROAD = [
    ("ANKARA — Turkish jets bombed Kurdish militant camps in neighbouring Iraq on Tuesday.", "bombed", "ANKARA"),
    ("NEW DELHI — India shelled Pakistani army posts on Tuesday, the army said.", "shelled", "NEW DELHI"),
]


@pytest.mark.parametrize("article,trigger,dateline", STRIKES_ABROAD)
def test_the_dateline_states_strikes_abroad_are_not_placed_at_the_dateline(reader, article, trigger, dateline):
    events = {e.trigger: e for e in reader.read(article, published="2024-06-12").events}
    where = events[trigger].location
    assert where is None or where.name != dateline.title()


# A meeting the dateline only guesses the site of lends that site to no act of its parties the dateline refused.
GUESSED_MEETING = ("CAIRO — Israeli and Hamas negotiators met with Egyptian mediators on Tuesday. "
                   "Hamas freed two Israeli hostages on Tuesday.")


def test_a_meeting_placed_by_the_dateline_does_not_place_a_foreign_release(reader):
    events = {e.trigger: e for e in reader.read(GUESSED_MEETING, published="2024-06-12").events}
    where = events["freed"].location
    assert where is None or where.country != "EGY"
