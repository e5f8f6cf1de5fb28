"""The role of a state's foreign ministry whose name does not say whose it is (detente.nlp.body_roles) and the
roles the KB gives regional organisations, U.N. bodies and intelligence services. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest


def _actors(reader, text, published="2025-05-14"):
    return {a.id: a for a in reader.read(text, published=published).actors}


@pytest.mark.parametrize("text, actor_id, role", [
    ("The Department of International Relations and Cooperation said the envoy had been recalled to Pretoria.",
     "org:zaf-foreign-ministry", "South African foreign ministry"),
    ("India's Ministry of External Affairs said talks with Nepal would resume in June.",
     "org:ind-external-affairs-ministry", "Indian foreign ministry"),
    ("Global Affairs Canada said the consulate in Mumbai would stay open.",
     "org:can-foreign-ministry", "Canadian foreign ministry"),
])
def test_a_foreign_ministry_says_whose_it_is(reader, text, actor_id, role):
    assert _actors(reader, text)[actor_id].role == role


@pytest.mark.parametrize("text, actor_id, words", [
    ("The Association of Southeast Asian Nations called on both sides to show restraint.",
     "org:asean", {"regional", "organisation"}),
    ("The International Court of Justice will hear the case in October.", "org:icj", {"u.n.", "court"}),
    ("The CIA declined to comment on the report.", "org:cia", {"intelligence", "agency"}),
    ("The Gulf Cooperation Council welcomed the truce on Sunday.", "org:gcc", {"regional", "organisation"}),
])
def test_international_and_intelligence_bodies_say_what_they_are(reader, text, actor_id, words):
    assert words <= set((_actors(reader, text)[actor_id].role or "").lower().split())
