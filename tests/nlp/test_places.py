"""Where an event happened: nlp.places.location_for on sentences written for these tests."""

from __future__ import annotations

import pytest

from detente.nlp.places import location_for

# (sentence, trigger word, expected location name (None: no place), expected country)
CASES = [
    # a city the knowledge base does not know: the gazetteer gives its country
    ("The two defence ministers met in Busan on Tuesday.", "met", "Busan", "KOR"),
    ("Ukrainian and Russian negotiators held talks in Istanbul last week.", "talks", "Istanbul", "TUR"),
    ("Rebels shelled the northern city of Aleppo overnight.", "shelled", "Aleppo", "SYR"),
    ("Protesters demonstrated outside the embassy in Nairobi.", "demonstrated", "Nairobi", "KEN"),
    # the most specific place names the event; a later one gives the country
    ("Two soldiers were killed near the Tamarind crossing in Gaziantep province.", "killed", None, "TUR"),
    ("Troops captured the airport of Mosul after a week of fighting.", "captured", "Mosul", "IRQ"),
    # the place is the object of a physical act, or the subject of a passive one
    ("Government forces recaptured Mosul on Sunday.", "recaptured", "Mosul", "IRQ"),
    ("Government forces recaptured the town of Qusayr on Sunday.", "recaptured", "Qusayr", "SYR"),
    # a conjoined verb shares the place ("shot one man and wounded two in X")
    ("Gunmen shot a guard and wounded two others in Peshawar.", "shot", "Peshawar", "PAK"),
    # a place inside another event's phrase is ours too ("killed in a raid in X")
    ("Three officers were killed in a raid on a house in Diyarbakir.", "killed", "Diyarbakir", "TUR"),
    # a "where" clause
    ("The summit was held in Lima, where the leaders signed the accord.", "signed", "Lima", "PER"),
    # no place stated: no location
    ("The two sides agreed to keep talking.", "agreed", None, None),
    ("The minister condemned the attack on Monday.", "condemned", None, None),
    # a state naming who acted is not a place ("a U.S. airstrike")
    ("The commander was killed in a U.S. airstrike.", "killed", None, None),
    # "talks on Iran" is a topic, not a place
    ("France and Germany held talks on Iran.", "talks", None, None),
    # a common English word that is also a small town is not taken
    ("Police detained the suspect after the protest.", "detained", None, None),
    # a "when" clause of the same moment shares the place, even as an event of its own
    ("Two guards were killed when gunmen stormed a hotel in Mogadishu.", "killed", "Mogadishu", "SOM"),
    # ... also through the verbs it chains to ("trying to disarm it near a market in X")
    ("The device exploded when soldiers were trying to disarm it near a market in Basra.", "exploded", "Basra", "IRQ"),
    # a "while" clause with a subject of its own is someone else's doing
    ("Police dispersed the crowd while thousands of others rallied in Lagos.", "dispersed", None, None),
    # an -ing clause on the trigger ("wounded fighting in X")
    ("Soldiers were wounded fighting in the town of Qusayr.", "wounded", "Qusayr", "SYR"),
    # "of" names a place only after an area or part noun ("the mayor of X" is who, not where)
    ("The deputy mayor of Lyon was attacked on Tuesday.", "attacked", None, None),
    ("Rebels shelled the northern edge of Donetsk.", "shelled", "Donetsk", "UKR"),
    # "from" after a distance, "with" and "through" inside the place phrase
    ("A bomb exploded 200 metres from a police station in Quetta.", "exploded", "Quetta", "PAK"),
    ("Five soldiers died in clashes with rebels in Goma.", "died", "Goma", "COD"),
    ("Thousands of people marched through central Santiago.", "marched", "Santiago", "CHL"),
    # every verb of a conjoined series shares the place, and a conjoined verb's object place
    ("He was seized, beaten and dumped on a street in Kano.", "seized", "Kano", "NGA"),
    ("Militants attacked and burned a police post at Mardan.", "attacked", "Mardan", "PAK"),
    # a clause on a participant, or on the object of a locative phrase, as a last resort
    ("A car parked outside a bank in Peshawar was blown up.", "blown", "Peshawar", "PAK"),
    ("The man was stabbed at a cafe he owned in Izmir.", "stabbed", "Izmir", "TUR"),
    # ... but not a state of having ("troops who have their base in X")
    ("The camp is guarded by troops who have their base in Kenya.", "guarded", None, None),
    # a state before a hyphenated modifier is who acted; a state owning a person is a nationality
    ("The leader was killed in a US-Iraqi raid.", "killed", None, None),
    ("The race was won by Italy's Marco Rossi.", "won", None, None),
    # an appositive name of the place noun is more specific than its modifier
    ("Rebels overran the south Tripoli military base, Mitiga Airport.", "overran", "Mitiga Airport", "LBY"),
    # a capitalised place noun alone is no name; a state before it makes one
    ("A guard was shot in the city's central Square.", "shot", None, None),
    ("A truck bomb destroyed the U.S. Embassy.", "destroyed", "U.S. Embassy", "USA"),
    # "an attempt to kill X was foiled in Y": the aim takes its noun's place
    ("An attempt to kill the mayor was foiled in Izmir.", "kill", "Izmir", "TUR"),
    # a verb of striking ground takes an NER place with no known country
    ("Jets bombed the Golan Heights overnight.", "bombed", "Golan Heights", None),
    # a gazetteer city after a spatial preposition, whatever NER called it
    ("Gunmen opened fire on worshippers at Birgunj.", "opened", "Birgunj", "NPL"),
    # NER's own place entities are read with their label ("along Main Street")
    ("A journalist was shot as she walked along Main Street.", "shot", "Main Street", None),
    # a place the parser hangs on the clause's time phrase ("The same day in X, ...")
    ("The same day in Nairobi, the Kenyan envoy held talks with his Somali counterpart.", "talks", "Nairobi", "KEN"),
    ("On Friday in Athens, the Greek prime minister held talks with the Turkish president.", "talks", "Athens", "GRC"),
]


@pytest.fixture(scope="module")
def kb():
    from detente.nlp.context import current_kb
    return current_kb()


@pytest.mark.parametrize("text,word,name,country", CASES, ids=[c[0][:45] for c in CASES])
def test_location_for(reader, kb, text, word, name, country):
    doc = reader.nlp(text)
    token = next(t for t in doc if t.text == word)
    found = location_for(doc, token, set(), kb)
    if name is None and country is None:
        assert found is None or not found.name, found
        return
    assert found is not None
    if name is not None:
        assert found.name == name
    if country is not None or name is None:
        assert found.country == country


@pytest.mark.parametrize("text,country", [
    ("Japanese and South Korean leaders met in Busan on Friday.", "KOR"),
    ("Hegseth met his Chinese counterpart in Kuala Lumpur on Friday.", "MYS"),
])
def test_readout_location_has_city_country(reader, text, country):
    readout = reader.read(text, published="2025-11-01")
    located = [e.location for e in readout.events if e.location is not None and e.location.name]
    assert located and located[0].country == country


def test_city_dateline_is_placed(reader):
    text = ("Ministers meet\n\nBUSAN, South Korea \u2014 Japanese Foreign Minister Takeshi Iwaya met Chinese "
            "Foreign Minister Wang Yi on Thursday.\n")
    readout = reader.read(text, published="2025-10-30")
    talks = [e for e in readout.events if e.type == "CONSULT"]
    assert talks and talks[0].location is not None and talks[0].location.country == "KOR"
