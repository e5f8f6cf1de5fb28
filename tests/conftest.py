"""Shared fixtures: one loaded Reader per test session (the model loads once)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def reader():
    from detente import Reader
    return Reader()
