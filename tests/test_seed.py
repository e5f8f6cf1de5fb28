"""The founding example: every fact in ../shared/seed/expected.json must be in the readout."""

from __future__ import annotations

import json

import pytest

from facts import (SHARED, check_actor, check_counterparts, check_metadata, check_no_boilerplate, check_statement,
                   match_events)

SEED = SHARED / "seed"
pytestmark = pytest.mark.skipif(not (SEED / "expected.json").exists(), reason="../shared/seed is absent")


@pytest.fixture(scope="module")
def seed(reader):
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    return reader.read(text, published=expected["published"], publisher=expected["publisher"]), expected


def test_actors(seed):
    readout, expected = seed
    errors = [e for a in expected["actors"] for e in check_actor(readout, a)]
    assert not errors, "\n".join(errors)


def test_events(seed):
    readout, expected = seed
    _, errors = match_events(readout, expected["events"])
    assert not errors, "\n".join(errors)


def test_statements(seed):
    readout, expected = seed
    errors = [e for s in expected["statements"] for e in check_statement(readout, s)]
    assert not errors, "\n".join(errors)


def test_counterparts(seed):
    readout, expected = seed
    errors = check_counterparts(readout, expected["counterparts"])
    assert not errors, "\n".join(errors)


def test_metadata(seed):
    readout, expected = seed
    errors = check_metadata(readout, expected["metadata"])
    assert not errors, "\n".join(errors)


def test_nothing_from_boilerplate(seed):
    from detente.sources.boilerplate import find_boilerplate
    readout, _ = seed
    blocks = find_boilerplate((SEED / "article.txt").read_text(encoding="utf-8"))
    assert blocks, "the seed's boilerplate blocks were not found"
    errors = check_no_boilerplate(readout, blocks)
    names = {a.name for a in readout.actors}
    errors += [f"{n} is an actor" for n in names if any(x in n for x in ("Benzinga", "Shutterstock", "Krugman"))]
    assert not errors, "\n".join(errors)
