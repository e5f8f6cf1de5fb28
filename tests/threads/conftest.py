"""Fixtures for the thread tests: a fresh Store per test and a helper that saves and links readouts."""

from __future__ import annotations

import shutil

import pytest

from detente.store import Store


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory):
    """An empty, fully migrated database file, copied for each test (migrating takes a second)."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    Store(path).close()
    return path


@pytest.fixture
def store(tmp_path, migrated_db):
    shutil.copy(migrated_db, tmp_path / "threads.db")
    s = Store(tmp_path / "threads.db")
    yield s
    s.close()


@pytest.fixture
def feed(store):
    """Save and link readouts in the given order; returns all the ThreadSteps."""
    from detente.threads import link_article

    def run(*readouts):
        steps = []
        for r in readouts:
            store.save(r, link_threads=False)  # link here, to see the steps each article adds
            steps.extend(link_article(store, r))
        return steps
    return run
