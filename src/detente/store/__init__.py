"""Persistence for readouts: SQLAlchemy Core, SQLite by default, PostgreSQL-compatible schema.

    from detente.store import Store
    with Store("detente.db") as store:
        store.save(readout)
        store.events(dyad="USA-CHN", since="2025-01-01")
"""

from detente.store.migrations import MIGRATIONS, Ops
from detente.store.store import Store

__all__ = ["Store", "MIGRATIONS", "Ops"]
