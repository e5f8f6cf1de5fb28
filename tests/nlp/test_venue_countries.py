"""A venue of no known country lies where its sentence puts the visitor; a run-on entity ends before a
function word; a "to" phrase's object carries the act's place; a dateline town of no known country lies in
the region named after it."""

import pytest

from readout_helpers import located

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize("text, type_, country", [
    # the venue is unknown; "arrived in Hanoi" tells the country
    ("Kenyan President William Ruto arrived in Hanoi on Monday and held talks with To Lam at the Presidential "
     "Residence.", "CONSULT", "VNM"),
    # "on a visit to X": the venue's country
    ("Ruto, on his first official visit to Ghana since taking office in 2022, held talks with President John "
     "Mahama at the Jubilee House on Monday.", "CONSULT", "GHA"),
])
def test_unknown_venue_takes_sentence_country(reader, text, type_, country):
    assert located(reader, text, type_, PUBLISHED)[-1] == country


@pytest.mark.parametrize("text, type_", [
    # a noun's "in X" is a topic, not where anyone was
    ("Ruto and Mahama met at the Jubilee House on Monday to discuss the war in Sudan.", "CONSULT"),
])
def test_topic_place_gives_no_venue_country(reader, text, type_):
    assert located(reader, text, type_, PUBLISHED)[0] != "SDN"


def test_run_on_entity_is_trimmed(reader):
    # NER runs "the Great Hall of the People" on into "on"; the trimmed name is a known seat
    text = ("Kenyan President William Ruto and Chinese President Xi Jinping met at the Great Hall of the People on "
            "Monday.")
    readout = reader.read(text, published=PUBLISHED)
    places = [e.location for e in readout.events if e.type == "CONSULT" and e.location]
    assert places and places[0].country == "CHN" and not places[0].name.endswith(" on")


@pytest.mark.parametrize("text, type_, country", [
    # the act's place hangs on the object of "to"
    ("Kenyan Defence Minister Soipan Tuya and her Ghanaian counterpart, Omane Boamah, put their signatures to the "
     "accord at the national military academy in Kumasi.", "AGREE", "GHA"),
])
def test_place_on_bound_object(reader, text, type_, country):
    assert country in located(reader, text, type_, PUBLISHED)


@pytest.mark.parametrize("text, type_, country", [
    # the town is unknown, its province is known
    ("BANFF, Alberta \u2014 Canada and Chile signed a trade accord on Tuesday.", "AGREE", "CAN"),
    # city, country, then the day
    ("DAEGU, South Korea, March 11 (Example Wire) - Chilean President Gabriel Boric held a summit with South "
     "Korean President Lee Jae-myung on Tuesday.", "CONSULT", "KOR"),
])
def test_dateline_region(reader, text, type_, country):
    assert located(reader, text, type_, PUBLISHED)[0] == country
