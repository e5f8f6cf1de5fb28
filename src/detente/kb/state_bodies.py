"""A state's bodies news names by the state and a common noun: "the Egyptian army", "Morocco's parliament",
"Iranian state media", "the Lithuanian government".

The data lists the armed forces, parliaments and media of some states by their own names; news names every
state's the same few ways, so each state gets its armed forces and coast guard (MIL), parliament (LEG), state media (JRN),
police (COP), judiciary (JUD) and security service (SPY) as one actor however it is written, unless the data
already lists that body for the state.
"The Lithuanian government" is the state itself (PLOVER codes a state's government as the state, GOV).
"""

from __future__ import annotations

# (id suffix, sector, name noun, nouns the state's name or demonym comes before, marks of a listed body)
STANDARD_BODIES = (
    ("armed-forces", "MIL", "Armed Forces",
     # its services and command are the same MIL actor to PLOVER: "the Venezuelan navy", "Belarus's general staff"
     ("military", "armed forces", "army", "defence forces", "defense forces", "navy", "air force", "general staff",
      "air defences", "air defenses"),
     ("armed forces", "military", "army", "defense forces", "defence forces")),
    # a coast guard is armed and commanded apart from the armed forces; PLOVER codes it MIL as the records do
    ("coast-guard", "MIL", "Coast Guard", ("coast guard",), ("coast guard",)),
    ("parliament", "LEG", "Parliament", ("parliament", "legislature"), ("parliament", "legislature")),
    ("state-media", "JRN", "state media",
     ("state media", "state-run media", "state television", "state TV", "state broadcaster", "state news agency",
      "state-run news agency", "official news agency"), ("state media",)),
    ("police", "COP", "police", ("police", "national police"), ("police",)),
    # its courts as one body: PLOVER codes every court and prosecutor of a state JUD of that state
    ("judiciary", "JUD", "judiciary", ("judiciary", "judicial authorities"), ("judiciary",)),
    # its security and intelligence services: "Ukraine's security service" is SPY, not the government
    ("security-service", "SPY", "security service",
     ("security service", "security services", "intelligence service", "intelligence services", "intelligence agency",
      "spy agency"), ("security service", "intelligence service", "intelligence agency")),
)
# Nouns that name a state's government: the state itself.
GOVERNMENT_NOUNS = ("government",)
STANDARD_SOURCE = "detente: a state's standard body, named by its state"


def body_nouns() -> frozenset[str]:
    """Every noun a state's standard body or government is written with."""
    return frozenset({n for _, _, _, written, _ in STANDARD_BODIES for n in written} | set(GOVERNMENT_NOUNS))


def owner_adjective(name: str) -> str:
    """The demonym a standard body's name opens with: "Egyptian Armed Forces" -> "Egyptian"."""
    for _, _, noun, _, _ in STANDARD_BODIES:
        if name.endswith(f" {noun}"):
            return name[:-len(noun) - 1]
    return name


def listed_bodies(bodies: list[tuple[str | None, str, list[str]]]) -> set[tuple[str, str]]:
    """(country, id suffix) of the standard bodies the data lists, from each body's country, sector and names."""
    return set(listed_body_ids([(None, *body) for body in bodies]))


def listed_body_ids(bodies: list[tuple[str | None, str | None, str, list[str]]]) -> dict[tuple[str, str], str | None]:
    """{(country, id suffix): actor id} of the standard bodies the data lists, from each body's id, country, sector
    and names; the id is None when the data lists several ("People's Liberation Army", "Central Military
    Commission"): a common noun then names none of them for sure."""
    found: dict[tuple[str, str], str | None] = {}
    for actor_id, country, sector, names in bodies:
        text = " | ".join(names).lower()
        for suffix, body_sector, _, _, marks in STANDARD_BODIES:
            if country and sector == body_sector and any(mark in text for mark in marks):
                found[(country, suffix)] = None if (country, suffix) in found else actor_id
    return found


def owned_forms(nouns: tuple[str, ...], countries: list[str], adjectives: list[str]) -> list[str]:
    """"Egyptian army", "Egypt's army", "army of Egypt": every way news puts a state before a body noun."""
    forms = [f"{adj} {noun}" for noun in nouns for adj in adjectives]
    forms += [f"{country}'s {noun}" for noun in nouns for country in countries if "." not in country]
    return forms + [f"{noun} of {country}" for noun in nouns for country in countries[:1]]


def listed_forms(code: str, suffix: str, countries: list[str], adjectives: list[str]) -> list[str]:
    """"Ukraine's security service", "Russian air defences": the ways news names a standard body the data lists
    under its own name ("Security Service of Ukraine"), so that the common-noun form finds the listed body."""
    nouns = next((nouns for s, _, _, nouns, _ in STANDARD_BODIES if s == suffix), ())
    return list(dict.fromkeys(owned_forms(nouns, countries, adjectives))) if countries and adjectives else []


def standard_bodies(code: str, countries: list[str], adjectives: list[str],
                    listed: set[tuple[str, str]]) -> list[tuple[str, str, str, list[str]]]:
    """(id, name, sector, aliases) of a state's armed forces, parliament, state media and police the data
    does not list: "the Egyptian army" and "Egypt's military" are then one actor."""
    made = []
    for suffix, sector, noun, nouns, _ in STANDARD_BODIES:
        if (code, suffix) in listed or not countries or not adjectives:
            continue
        name = f"{adjectives[0]} {noun}"
        aliases = [a for a in dict.fromkeys(owned_forms(nouns, countries, adjectives)) if a.lower() != name.lower()]
        made.append((f"org:{code.lower()}-{suffix}", name, sector, aliases))
    return made


def government_forms(countries: list[str], adjectives: list[str]) -> list[str]:
    """"the Lithuanian government", "Lithuania's government": forms of the state itself."""
    return owned_forms(GOVERNMENT_NOUNS, countries, adjectives)
