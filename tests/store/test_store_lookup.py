"""readout(): full ids, unique prefixes, ambiguous and too-short prefixes."""

from __future__ import annotations

import pytest

from detente.errors import InputError, StoreError
from detente.records import ArticleMeta, Readout


def _twin(aid: str) -> Readout:
    return Readout(article=ArticleMeta(id=aid, text=f"Article {aid}.", published="2025-01-01"))


@pytest.fixture
def twins(store):
    for aid in ("abcdef0123456789", "abcdef9876543210", "abcdff0000000000"):
        store.save(_twin(aid))
    return store


@pytest.mark.parametrize("key, expected", [
    ("abcdef0123456789", "abcdef0123456789"),
    ("abcdef0", "abcdef0123456789"),
    ("abcdef98", "abcdef9876543210"),
    ("abcdff", "abcdff0000000000"),
    ("  abcdff  ", "abcdff0000000000"),
])
def test_unique_prefix(twins, key, expected):
    assert twins.readout(key).article.id == expected


def test_ambiguous_prefix_names_candidates(twins):
    with pytest.raises(StoreError, match="ambiguous.*abcdef0123456789, abcdef9876543210"):
        twins.readout("abcdef")


def test_short_prefix_is_refused(twins):
    with pytest.raises(InputError, match="at least 6 characters"):
        twins.readout("abcd")


def test_prefix_wildcards_are_literal(twins):
    assert twins.readout("abcd%f") is None
    assert twins.readout("abcd_f") is None


def test_prefix_of_real_ids(filled, readouts):
    aid = readouts[1].article.id
    assert filled.readout(aid[:6]) == readouts[1]
