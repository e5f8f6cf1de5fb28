"""Knowledge base: who an actor mention refers to on a date.

    from detente.kb import load_default
    kb = load_default()                                   # cached MemoryKB over src/detente/data/kb
    kb.candidates("Hegseth", on=date(2025, 8, 28))        # [Candidate(person:pete-hegseth, via surname)]
    kb.office_holder("defence_minister", "CHN", on=date(2023, 3, 20)).name   # "Li Shangfu"

Callers depend only on the KnowledgeBase interface in base.py, so a SQL-backed KB can replace MemoryKB.
"""

from __future__ import annotations

from functools import lru_cache

from detente.kb.base import Candidate, KBActor, KnowledgeBase, Role
from detente.kb.loader import DATA_DIR, KBData, load_data
from detente.kb.memory import MemoryKB

__all__ = ["Candidate", "KBActor", "KnowledgeBase", "Role", "MemoryKB", "KBData", "load_data",
           "load_default", "DATA_DIR"]


@lru_cache(maxsize=1)
def load_default() -> KnowledgeBase:
    """The packaged knowledge base, read once per process."""
    return MemoryKB()
