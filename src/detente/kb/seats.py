"""What a seat of power stands for ("the Kremlin": the Russian presidency), from metonyms.yaml's `stands_for`.

A body the KB names by its building ("Kremlin") is matched by name, not as a metonym, so the metonym's
reading lives beside the metonym entry: a mention written as that entry's text stands for what it says.
"""

from __future__ import annotations

from functools import lru_cache

from detente.kb.loader import DATA_DIR, _File
from detente.kb.text import key


@lru_cache(maxsize=1)
def _seats() -> dict[tuple[str, str], str]:
    """(text key, actor id) -> what the seat stands for, for every metonym entry that says so."""
    entries = _File(DATA_DIR / "metonyms.yaml").doc.get("metonyms") or []
    return {(key(e["text"]), e["actor"]): e["stands_for"] for e in entries
            if isinstance(e, dict) and e.get("stands_for") and e.get("actor") and isinstance(e.get("text"), str)}


def seat_stands_for(text: str, actor_id: str) -> str | None:
    """"the Kremlin" (org:kremlin) -> "Russian presidency"; None when the text is not such a seat."""
    return _seats().get((key(text), actor_id))
