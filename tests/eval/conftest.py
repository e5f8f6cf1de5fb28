"""Fixtures for the eval tests (helpers live in eval_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_helpers import DATA


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture
def shared_reader(reader, monkeypatch):
    """The session's Reader, also handed to every Engine the CLI creates (the model loads once)."""
    import detente.api
    monkeypatch.setattr(detente.api, "Reader", lambda *a, **k: reader)
    return reader
