"""A state's ministries under the many forms news writes them."""

from __future__ import annotations

import pytest

from detente.kb import load_default
from detente.kb.institutions import ministry_forms


@pytest.mark.parametrize("names, expected", [
    (["Japanese Foreign Ministry"], {"Japan's Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Japan",
                                     "Japan's Foreign Ministry", "Japanese Ministry of Foreign Affairs"}),
    (["Ministry of Commerce of Japan"], {"Japanese Commerce Ministry", "Japan's Ministry of Commerce"}),
])
def test_ministry_forms_cover_owner_and_word_order(names, expected):
    assert expected <= set(ministry_forms(names, ["Japan"], ["Japanese"]))


@pytest.mark.parametrize("names", [["Ministry of Defense"], ["Japan Coast Guard"], ["Ministry of Defense of the Realm"]])
def test_no_forms_without_a_stated_owner_or_a_ministry(names):
    assert ministry_forms(names, ["Japan"], ["Japanese"]) == []


@pytest.mark.parametrize("mention, actor_id", [
    ("Japan's Ministry of Foreign Affairs", "org:jpn-foreign-ministry"),
    ("Russia's Ministry of Foreign Affairs", "org:rus-foreign-ministry"),
])
def test_packaged_ministries_resolve_under_written_variants(mention, actor_id):
    assert load_default().candidates(mention)[0].actor.id == actor_id


@pytest.mark.parametrize("names, expected", [
    (["Ruritanian coast guard"], {"Ruritania's coast guard"}),
    (["Ruritania Border Police"], {"Ruritania's Border Police", "Ruritanian Border Police"}),
])
def test_body_forms_give_a_body_its_other_owner_forms(names, expected):
    from detente.kb.institutions import body_forms
    assert expected <= set(body_forms(names, ["Ruritania"], ["Ruritanian"]))


@pytest.mark.parametrize("names", [["Border Police"], ["Ruritanian Ministry of Trade"]])
def test_body_forms_need_an_owner_and_leave_ministries_alone(names):
    from detente.kb.institutions import body_forms
    assert body_forms(names, ["Ruritania"], ["Ruritanian"]) == []


@pytest.mark.parametrize("mention, actor_id, sector", [
    ("Uruguay's foreign ministry", "org:ury-foreign-ministry", "GOV"),
    ("the Uruguayan Ministry of Foreign Affairs", "org:ury-foreign-ministry", "GOV"),
    ("Mongolian Defence Ministry", "org:mng-defence-ministry", "MIL"),
    ("Ministry of Defense of Mongolia", "org:mng-defence-ministry", "MIL"),
])
def test_every_state_has_a_foreign_and_a_defence_ministry(mention, actor_id, sector):
    found = load_default().candidates(mention.removeprefix("the "))
    assert found and found[0].actor.id == actor_id and found[0].actor.sector == sector


@pytest.mark.parametrize("mention, actor_id", [
    ("China's foreign ministry", "org:chn-foreign-ministry"),   # listed: no second, generated one
    ("Philippine foreign ministry", "org:phl-foreign-ministry"),
    ("U.S. Defense Department", "org:pentagon"),
])
def test_listed_ministries_are_not_generated_again(mention, actor_id):
    kb = load_default()
    assert kb.candidates(mention)[0].actor.id == actor_id
    assert kb.get("org:usa-defence-ministry") is None and kb.get("org:usa-foreign-ministry") is None


@pytest.mark.parametrize("text, name", [
    ("China's coast guard said it had driven the trawler away.", "China Coast Guard"),
    ("Israel's army said two rockets were intercepted overnight.", "Israel Defense Forces"),
])
def test_body_found_under_its_possessive_form(reader, text, name):
    actors = reader.read(text, published="2024-05-02").actors
    assert any(a.name == name and any("'s" in m for m in a.mentions) for a in actors)


@pytest.mark.parametrize("text, name, country", [
    ("Russia's foreign ministry said the envoy would be summoned.", "Russian Ministry of Foreign Affairs", "RUS"),
    ("The Japanese foreign ministry said the talks were useful.", "Japanese Ministry of Foreign Affairs", "JPN"),
    ("The Philippine foreign ministry said it had filed a note.", "Philippine Department of Foreign Affairs", "PHL"),
])
def test_foreign_ministries_carry_their_canonical_names(reader, text, name, country):
    actors = reader.read(text, published="2024-05-02").actors
    assert any(a.name == name and a.country == country for a in actors)


def test_eu_high_representative_holds_the_full_title(reader):
    actors = reader.read("EU foreign policy chief Josep Borrell said the bloc was united.", published="2024-03-01").actors
    borrell = next(a for a in actors if a.name == "Josep Borrell")
    assert borrell.role == "High Representative for Foreign Affairs and Security Policy" and borrell.country == "EUR"
