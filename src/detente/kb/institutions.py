"""Written forms of a state's ministries and bodies: news writes one body many ways, the data lists a few.

    ministry_forms(["Japanese Foreign Ministry"], ["Japan"], ["Japanese"])
    -> ["Japan's Foreign Ministry", "Japanese Foreign Ministry", "Foreign Ministry of Japan",
        "Japan's Ministry of Foreign Affairs", ...]

A form is made only for a name that states its owner (country name or demonym): a bare
"Ministry of Defense" belongs to no one in particular. Other bodies whose name opens with their owner
get the owner's other forms too: "Chinese coast guard" -> "China's coast guard".
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


def body_forms(names: list[str], countries: list[str], adjectives: list[str]) -> list[str]:
    """"China's coast guard" for a body named "Chinese coast guard": the other owner forms of a body (not a
    ministry, see ministry_forms) whose name opens with its state's name or demonym."""
    if not countries:
        return []
    forms = []
    for name in names:
        owner = next((o for o in countries + adjectives if name.startswith(f"{o} ")), None)
        body = name[len(owner) + 1:] if owner else ""
        if not body or "Ministry" in body or not body[:1].isalpha():
            continue
        forms += [f"{countries[0]}'s {body}"] + [f"{adj} {body}" for adj in adjectives]
    return [f for f in dict.fromkeys(forms) if f not in names]


# The two ministries every state has and diplomatic news names most: (id suffix, sector, canonical name,
# words that mark a body the data already lists as that ministry).
STANDARD_MINISTRIES = (
    ("foreign-ministry", "GOV", "Ministry of Foreign Affairs",
     ("foreign ministry", "ministry of foreign affairs", "external affairs", "state department",
      "foreign office", "department of foreign affairs")),
    ("defence-ministry", "MIL", "Ministry of Defense",
     ("defense ministry", "defence ministry", "ministry of defense", "ministry of defence",
      "ministry of national defense", "defense department", "department of defense",
      "department of national defense")),
)


def listed_ministries(bodies: list[tuple[str | None, list[str]]]) -> set[tuple[str, str]]:
    """(country, id suffix) of the standard ministries the data lists, from each body's country and names."""
    found = set()
    for country, names in bodies:
        text = " | ".join(names).lower()
        for suffix, _, _, marks in STANDARD_MINISTRIES:
            if country and any(mark in text for mark in marks):
                found.add((country, suffix))
    return found


def standard_ministries(code: str, countries: list[str], adjectives: list[str],
                        listed: set[tuple[str, str]]) -> list[tuple[str, str, str, list[str]]]:
    """(id, name, sector, aliases) of a state's foreign and defence ministries the data does not list:
    "Oman's foreign ministry" is then one actor however it is written."""
    made = []
    for suffix, sector, canonical, _ in STANDARD_MINISTRIES:
        if (code, suffix) in listed or not countries or not adjectives:
            continue
        name = f"{adjectives[0]} {canonical}"
        field = "Foreign" if sector == "GOV" else "Defense"
        written = [f"{adjectives[0]} {field} Ministry"] + ([f"{adjectives[0]} Defence Ministry"] if sector == "MIL" else [])
        aliases = written + [a for w in written for a in ministry_forms([name, w], countries, adjectives)]
        made.append((f"org:{code.lower()}-{suffix}", name, sector, [a for a in dict.fromkeys(aliases) if a != name]))
    return made
