"""Places told by a journey (sentences written for these tests): the destination of "flew to X" or
"travelled to X" is where the visit happened, named as the text names it; "there" on an act points back to
the place named just before it."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-12"  # a Saturday


def _event(reader, text, trigger):
    return next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)


@pytest.mark.parametrize("text,trigger,name,country", [
    ("Spanish Prime Minister Pedro Sanchez flew to Florida on Thursday for dinner with President Donald Trump "
     "at his golf resort.", "flew", "Florida", "USA"),
    ("The Mexican president travelled to Banff, Alberta, on Friday as a guest at a summit hosted by the Canadian "
     "prime minister.", "travelled", "Banff", "CAN"),
], ids=["flew-to-a-state", "travelled-to-a-town-in-a-province"])
def test_the_destination_of_a_journey_is_the_visits_place(reader, text, trigger, name, country):
    event = _event(reader, text, trigger)
    assert event.location is not None and (event.location.name, event.location.country) == (name, country)


@pytest.mark.parametrize("text,trigger,country", [
    ("The Indian prime minister flies to Brazil on Sunday for the BRICS summit and is due to meet Chinese "
     "President Xi Jinping there on Monday.", "meet", "BRA"),
    ("Madrid has long sought a say over the future of Gibraltar, a territory within the British realm. "
     "A Spanish minister visited a British naval station there in March.", "visited", "GIB"),
], ids=["there-in-its-sentence", "there-after-an-appositive-realm"])
def test_there_points_back_to_the_place_named_before(reader, text, trigger, country):
    event = _event(reader, text, trigger)
    assert event.location is not None and event.location.country == country



@pytest.mark.parametrize("text,name,country", [
    ("The two leaders first met in May, when Brazilian President Luiz Inacio Lula da Silva travelled to Jasper, "
     "Alberta, as a guest at a summit hosted by Prime Minister Mark Carney.", "Jasper", "CAN"),
], ids=["town-qualified-by-its-province"])
def test_a_region_in_apposition_picks_the_towns_namesake(reader, text, name, country):
    event = _event(reader, text, "travelled")
    assert event.location is not None and (event.location.name, event.location.country) == (name, country)


def test_a_visit_to_a_small_town_is_hosted_by_its_state(reader):
    text = ("The two leaders first met in June, when the Mexican president travelled to Mont-Tremblant, Quebec, "
            "as a guest at a summit hosted by Prime Minister Mark Carney.")
    event = _event(reader, text, "travelled")
    assert "CAN" in {a.country for a in event.target}


def test_a_destination_read_as_a_party_with_no_country_is_no_side():
    from detente.nlp.mentions import Ref
    from detente.nlp.travel_places import without_destination
    from detente.records import Location
    place = Ref("unknown:lakeside", "Lakeside", None, None, "unknown", via="unknown")
    host = Ref("person:x", "Mark Carney", "CAN", "GOV", "person")
    kept = without_destination([place, host], Location(name="Lakeside", country="CAN"))
    assert kept == [host]


@pytest.mark.parametrize("text,trigger,country", [
    ("The Italian minister used his stay in the Kenyan capital to meet Somalia's foreign minister on Thursday.",
     "meet", "KEN"),
    ("The Dutch premier used her visit to Hanoi to sign a shipping pact with Vietnam on Friday.", "sign", "VNM"),
], ids=["stay-in-a-demonym-capital", "visit-to-a-city"])
def test_what_a_stay_was_used_for_happened_there(reader, text, trigger, country):
    event = _event(reader, text, trigger)
    assert event.location is not None and event.location.country == country


def test_a_clause_that_is_no_purpose_keeps_its_own_place(reader):
    text = ("The Greek president ended a state visit to Egypt on Friday, a day after he and the Egyptian "
            "president pledged in Cairo to deepen ties.")
    event = _event(reader, text, "pledged")
    assert event.location is None or event.location.name != "Egypt"
