"""Knowledge-base fixtures: one seeded SQL database per session, copied for tests that write."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """A database with the built-in KB seeded (seeding takes about a second; copies are instant)."""
    from detente.kb.sql import SqlKB
    path = tmp_path_factory.mktemp("kb") / "seeded.db"
    SqlKB(path).close()
    return path


@pytest.fixture
def seeded_db(seeded_template, tmp_path) -> Path:
    """A fresh copy of the seeded database, for a test that writes."""
    target = tmp_path / "detente.db"
    shutil.copy(seeded_template, target)
    return target


@pytest.fixture
def sql_kb(seeded_db):
    from detente.kb.sql import SqlKB
    kb = SqlKB(seeded_db)
    yield kb
    kb.close()


@pytest.fixture
def sample_dump() -> Path:
    return DATA / "wikidata-sample.json"


@pytest.fixture
def newer_dump() -> Path:
    return DATA / "wikidata-newer.json"
