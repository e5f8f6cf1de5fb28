"""A state's name before an international body's name makes that state's own body ("the Russian Security
Council" is Russia's, not the UN's): detente.kb.resolver drops the international reading."""

from __future__ import annotations

import pytest

from detente.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize("text", ["Russian Security Council", "Armenia's Security Council",
                                  "Iranian Security Council"])
def test_a_state_prefixed_council_is_not_the_un_council(kb, text):
    assert all(c.actor.id != "org:unsc" for c in kb.candidates(text))


@pytest.mark.parametrize("text", ["Security Council", "UN Security Council", "the United Nations Security Council"])
def test_the_council_alone_is_still_the_un_council(kb, text):
    assert kb.candidates(text)[0].actor.id == "org:unsc"
