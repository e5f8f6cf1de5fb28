"""Code normalisation shared by the scorers: countries, sectors, old PLOVER names, CAMEO roots.

Sources: the PLOVER manual (shared/docs/plover: the CAMEO-to-PLOVER root table and the current type
and mode names) and the gold README's notes (v0.5b1 renames; CAMEO-style country codes such as JAP).
"""

from __future__ import annotations

import pycountry

from detente.events.ontology import PLOVER_TYPES

# CAMEO/Phoenix country codes that are not ISO 3166 alpha-3, and their ISO code.
CAMEO_COUNTRY_ALIASES = {
    "JAP": "JPN", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "BRM": "MMR", "BUR": "MMR",
    "DRC": "COD", "KSV": "XKX", "UK": "GBR", "USR": "RUS", "YUG": "SRB", "SER": "SRB", "GMW": "DEU",
    "GME": "DEU", "PAL": "PSE", "WSB": "PSE", "GZS": "PSE",
}
# International actors that carry no country: an international organisation or NGO is compared as such.
INTERNATIONAL = {"IGO", "NGO"}

# PLOVER v0.5b1 (the GSR) -> current PLOVER: (type, mode the rename implies or None).
PLOVER_RENAMES = {
    "DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"), "FIGHT": ("ASSAULT", None),
}
# v0.5b1 mode names -> the current manual's name for the same thing.
MODE_RENAMES = {
    "strike-hun": "hunger", "strike-gen": "strike", "riot-spon": "riot", "riot-org": "riot",
    "demo-spon": "demo", "demo-org": "demo", "host": "visit", "assassinate": "targeted",
}

# CAMEO root -> PLOVER type, the PLOVER manual's translation table ("CAMEO code / PLOVER category").
# 01 (make public statement) and 02 (appeal) are dropped by PLOVER; 08 splits at 084.
CAMEO_ROOT_TO_PLOVER = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "08": "CONCEDE",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
    "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
DROPPED_ROOTS = {"01", "02"}


def country(code: str | None) -> str | None:
    """A gold actor code as an ISO alpha-3 country, IGO/NGO, or None when it names no country.

    Phoenix codes put the country first (USAGOV -> USA, IGOUNO -> IGO, ---LEG -> None).
    """
    if not code:
        return None
    head = code.strip().upper()[:3]
    if head in INTERNATIONAL:
        return head
    head = CAMEO_COUNTRY_ALIASES.get(head, head)
    if len(head) == 3 and head.isalpha() and (head == "XKX" or pycountry.countries.get(alpha_3=head)):
        return head
    return None


def actor_code(country_code: str | None, sector: str | None) -> str | None:
    """A predicted actor as the gold compares it: its country, or IGO/NGO for an international body.

    The UN and EU carry PLOVER's own codes (UNO, EUR), which name no ISO country: they compare as IGO.
    """
    found = country(country_code) if country_code else None
    if found is None and sector and sector.upper() in INTERNATIONAL:
        return sector.upper()
    return found


def sector(code: str | None) -> str | None:
    """A sector code's three-letter head (CVLkur -> CVL, REBHUT -> REB); None for '***' or empty."""
    if not code:
        return None
    head = code.strip()[:3].upper()
    return head if len(head) == 3 and head.isalpha() else None


def plover_type(event: str) -> tuple[str, str | None]:
    """A PLOVER v0.5b1 type as a current type, and the mode the rename implies (or None)."""
    name = (event or "").strip().upper()
    return PLOVER_RENAMES.get(name, (name, None))


def mode(name: str | None) -> str | None:
    """A mode name in the current manual's spelling; None for an empty mode."""
    if not name or not name.strip():
        return None
    value = name.strip().lower()
    return MODE_RENAMES.get(value, value)


def cameo_root(code: str | None) -> str | None:
    """The two-digit CAMEO root of a code ('0311' -> '03'); None for no code."""
    code = (code or "").strip()
    return code[:2] if len(code) >= 2 and code[:2].isdigit() else None


def cameo_penta(code: str | None) -> int:
    """CAMEO's five-way class of a code (Phoenix/ICEWS): 0 statements and appeals (roots 01-02),
    1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
    4 material conflict (14-20, but 16); 0 for no code."""
    root = cameo_root(code)
    if root is None:
        return 0
    number = int(root)
    if number == 16:
        return 3  # reducing relations (sanctions, expulsions) is verbal conflict, as in PLOVER's quad table
    return next(cls for cls, last in ((0, 2), (1, 5), (2, 8), (3, 13), (4, 20)) if number <= last)


def cameo_to_plover(code: str | None) -> str | None:
    """The PLOVER type of a CAMEO code by the manual's root table; None when PLOVER drops it."""
    root = cameo_root(code)
    if root is None or root in DROPPED_ROOTS:
        return None
    if root == "08" and len(code.strip()) >= 3 and code.strip()[2] in "4567":
        return "RETREAT"
    return CAMEO_ROOT_TO_PLOVER.get(root)


def is_plover_type(name: str) -> bool:
    return name in PLOVER_TYPES
