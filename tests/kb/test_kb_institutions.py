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
