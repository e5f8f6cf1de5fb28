"""Knowledge base: who an actor mention refers to on a date.

    from detente.kb import load_default, open_kb
    kb = load_default()                                   # cached MemoryKB over src/detente/data/kb
    kb.candidates("Hegseth", on=date(2025, 8, 28))        # [Candidate(person:pete-hegseth, via surname)]
    kb.office_holder("defence_minister", "CHN", on=date(2023, 3, 20)).name   # "Li Shangfu"
    kb = open_kb("detente.db")                            # SqlKB: the same answers, stored with the events

Callers depend only on the KnowledgeBase interface in base.py; MemoryKB and SqlKB share the
resolution rules (resolver.IndexedKB) and differ only in where the actors, names and roles live.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from detente.kb.base import Candidate, KBActor, KnowledgeBase, Role
from detente.kb.loader import DATA_DIR, KBData, load_data
from detente.kb.memory import MemoryKB

if TYPE_CHECKING:
    from detente.kb.sql import SqlKB

__all__ = ["Candidate", "KBActor", "KnowledgeBase", "Role", "MemoryKB", "SqlKB", "KBData", "load_data",
           "load_default", "open_kb", "DATA_DIR"]


@lru_cache(maxsize=1)
def load_default() -> KnowledgeBase:
    """The packaged knowledge base, read once per process."""
    return MemoryKB()


def open_kb(db_path: str | os.PathLike | Any | None = None) -> KnowledgeBase:
    """The SqlKB of a database (a path, SQLAlchemy URL or open Store) when given, else the cached MemoryKB.

    The SqlKB seeds the built-in data on first use; close it (or use it as a context manager) when done.
    """
    if db_path is None:
        return load_default()
    from detente.kb.sql import SqlKB
    return SqlKB(db_path)


def __getattr__(name: str) -> Any:
    if name == "SqlKB":                    # imported on demand: it pulls in SQLAlchemy and the store
        from detente.kb.sql import SqlKB
        return SqlKB
    raise AttributeError(f"module 'detente.kb' has no attribute {name!r}")
