"""Knowledge-base additions: the ASEAN Defence Ministers' Meeting-Plus, by its names."""

from __future__ import annotations

import pytest

from detente.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize("form", ["ADMM-Plus", "ASEAN Defence Ministers' Meeting-Plus",
                                  "ASEAN Defense Ministers' Meeting-Plus"])
def test_the_admm_plus_is_an_international_body(kb, form):
    actor = kb.candidates(form)[0].actor
    assert actor.id == "org:admm-plus" and actor.sector == "IGO"
