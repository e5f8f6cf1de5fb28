"""Cited sources: an official speaking for a body the article reports on, and one body written many ways."""

from __future__ import annotations

import pytest


def _cited(reader, text):
    return reader.read(text, published="2025-06-20").article.cited_sources


def test_an_official_speaks_on_record_for_the_body_the_article_names(reader):
    text = ("The Treasury Department imposed sanctions on two refiners on Monday. Treasury Secretary Scott Bessent "
            "said the measures would stay until the shipments stop.")
    assert "U.S. Treasury (Scott Bessent)" in _cited(reader, text)


def test_a_minister_alone_is_a_speaker_not_a_source(reader):
    assert _cited(reader, "Foreign Minister Sergey Lavrov said the measures would fail.") == []


@pytest.mark.parametrize("text, name", [
    ("Pakistan's foreign ministry said the envoy had been recalled.", "Pakistani Ministry of Foreign Affairs"),
    ("The Pakistan Foreign Office said the envoy had been recalled.", "Pakistani Ministry of Foreign Affairs"),
    ("The Egyptian foreign ministry said the talks would resume.", "Egyptian Ministry of Foreign Affairs"),
])
def test_a_ministry_is_cited_by_its_one_name(reader, text, name):
    assert _cited(reader, text) == [name]
