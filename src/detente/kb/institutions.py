"""Written forms of a state's ministries: news writes one ministry many ways, the data lists a few.

    ministry_forms(["Japanese Foreign Ministry"], ["Japan"], ["Japanese"])
    -> ["Japan's Foreign Ministry", "Japanese Foreign Ministry", "Foreign Ministry of Japan",
        "Japan's Ministry of Foreign Affairs", ...]

A form is made only for a name that states its owner (country name or demonym): a bare
"Ministry of Defense" belongs to no one in particular.
"""

from __future__ import annotations

import re

_MINISTRY_OF = re.compile(r"^Ministry of (?:the )?(?P<field>.+?)(?P<affairs> Affairs)?$")
_X_MINISTRY = re.compile(r"^(?P<field>.+) Ministry$")


def _owned_body(name: str, owners: list[str]) -> str | None:
    """"Japan's Foreign Ministry" -> "Foreign Ministry"; None when no owner is stated."""
    for owner in owners:
        for prefix in (f"{owner}'s ", f"{owner}’s ", f"{owner} "):
            if name.startswith(prefix):
                return name[len(prefix):]
        if name.endswith(f" of {owner}"):
            return name[:-len(owner) - 4]
    return None


def _field(body: str) -> tuple[str, bool] | None:
    """("Foreign", True) for "Ministry of Foreign Affairs", ("Commerce", False) for "Commerce Ministry"."""
    match = _MINISTRY_OF.match(body) or _X_MINISTRY.match(body)
    if not match or " of " in match.group("field"):
        return None
    affairs = bool(match.groupdict().get("affairs")) or match.group("field") == "Foreign"
    return match.group("field"), affairs


def ministry_forms(names: list[str], countries: list[str], adjectives: list[str]) -> list[str]:
    """Every "<Country>'s / <Demonym> / ... of <Country>" form of the ministries among names;
    countries are the state's names (the first is used in new forms), adjectives its demonyms."""
    if not countries:
        return []
    country, forms = countries[0], []
    for name in names:
        body = _owned_body(name, countries + adjectives)
        parsed = _field(body) if body else None
        if parsed is None:
            continue
        field, affairs = parsed
        bodies = [f"{field} Ministry", f"Ministry of {field}" + (" Affairs" if affairs else "")]
        for b in bodies:
            forms += [f"{country}'s {b}", f"{b} of {country}"] + [f"{adj} {b}" for adj in adjectives]
    return [f for f in dict.fromkeys(forms) if f not in names]
