"""Article metadata kept beside a text file: NN-slug.txt -> NN-slug.expected.json (or NN-slug.json)."""

from __future__ import annotations

import json
from pathlib import Path

from detente.errors import InputError

META_KEYS = ("published", "publisher", "url", "title")


def sidecar_path(text_path: Path) -> Path | None:
    """The sidecar JSON next to a text file, if there is one."""
    for suffix in (".expected.json", ".json"):
        candidate = text_path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def sidecar_meta(text_path: str | Path) -> dict[str, str]:
    """published/publisher/url/title read from the file's sidecar; {} when it has none.

    Raises:
        InputError: the sidecar is not a JSON object.
    """
    path = sidecar_path(Path(text_path))
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"sidecar {path} is not readable JSON ({exc}); "
                         "fix it or drop --meta-from-sidecar") from None
    if not isinstance(data, dict):
        raise InputError(f"sidecar {path} holds a {type(data).__name__}, not a JSON object")
    return {key: str(data[key]) for key in META_KEYS if data.get(key) is not None}
