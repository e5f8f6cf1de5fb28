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
