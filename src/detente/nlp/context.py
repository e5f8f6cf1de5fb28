"""The knowledge base the pipeline being built uses (spaCy factories take no live objects)."""

from __future__ import annotations

_BUILD_KB = None


def use_kb(kb) -> None:
    """Set the knowledge base for pipelines built from now on (None: the built-in default)."""
    global _BUILD_KB
    _BUILD_KB = kb


def current_kb():
    """The knowledge base set by use_kb, else the built-in default."""
    if _BUILD_KB is not None:
        return _BUILD_KB
    from detente.kb import load_default
    return load_default()
