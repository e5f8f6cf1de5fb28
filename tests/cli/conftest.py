"""Fixtures for the CLI tests: a runner that keeps stderr apart, temp databases, article files."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_helpers import ARTICLE, sample_readouts
from detente.cli import app


@pytest.fixture
def runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into stdout unless told not to; >= 8.2 keeps them apart
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


@pytest.fixture
def invoke(runner):
    """Run `detente ARGS...`; returns click's Result (stdout and stderr apart)."""
    def run(*args, input=None):
        return runner.invoke(app, [str(a) for a in args], input=input)
    return run


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "detente.db"


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "01-fisheries.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def filled_db(db) -> Path:
    """A database holding `sample_readouts()`, saved through the Store."""
    from detente.store import Store
    store = Store(str(db))
    try:
        for readout in sample_readouts():
            store.save(readout)
    finally:
        store.close()
    return db
