"""Fixtures for the thread tests: a fresh Store per test and a helper that saves and links readouts."""

from __future__ import annotations

import pytest

from detente.store import Store


@pytest.fixture
def store(tmp_path):
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
            store.save(r)
            steps.extend(link_article(store, r))
        return steps
    return run
