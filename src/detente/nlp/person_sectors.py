"""PLOVER sectors that a person's written rank or title tells beyond the office itself.

An officer is introduced with his rank ("Colonel X, a spokesman for the junta", "Commodore Y, the coast
guard's spokesman"): whatever post he holds, he is of the armed forces (MIL), as heads of a junta are. A
title naming the opposition ("the exiled opposition leader X") or a party ("party leader Y") places its
holder in the opposition (OPP) or a party (PTY), not the government.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from detente.nlp.title_phrases import RANK_WORDS

# ranks written before a name; "General" after these words is part of a civilian title ("Director General")
OFFICER_RANKS = (RANK_WORDS - {"captain"}) | {"commodore"}  # a "Captain" may command a fishing boat
CIVIL_GENERALS = {"director", "secretary", "attorney", "consul", "inspector", "surgeon", "governor", "solicitor",
                  "auditor", "postmaster", "procurator", "prosecutor", "accountant", "comptroller", "registrar",
                  "director-", "secretary-"}
CIVIL_SECTORS = {None, "GOV"}
OPPOSITION = re.compile(r"\bopposition\b", re.I)
PARTY = re.compile(r"\bparty\b", re.I)
# a leader's spouse holds no office but is of the officials' circle: PLOVER's elites (ELI)
SPOUSE_TITLE = re.compile(r"\bfirst (?:lady|gentleman)\b", re.I)


def _officer(mention: Span) -> bool:
    """A capitalised military rank right before the name ("Col. X", "Senior Colonel X"), not the "General"
    of a civilian title ("Director General X")."""
    doc, i, ranks = mention.doc, mention.start - 1, 0
    while i >= 0 and mention.start - i <= 4 and (doc[i].lower_ in OFFICER_RANKS or doc[i].text == "."):
        if doc[i].lower_ in OFFICER_RANKS:
            civil = doc[i].lower_.startswith("gen") and i > 0 and doc[i - 1].lower_ in CIVIL_GENERALS
            if civil or not doc[i].text[:1].isupper():
                return False
            ranks += 1
        i -= 1
    return ranks > 0


def give_rank_sectors(mentions: list[Span]) -> None:
    """Every mention of a person written once with an officer's rank is of the military sector (MIL),
    unless a sector other than the government's is known (a former office, ELI, stays)."""
    officers = {m._.ref.actor_id for m in mentions if m._.ref.kind == "person" and _officer(m)}
    for mention in mentions:
        ref = mention._.ref
        if ref.actor_id in officers and ref.sector in CIVIL_SECTORS:
            mention._.ref = replace(ref, sector="MIL")


def title_sector(title: str) -> str | None:
    """"opposition leader" -> OPP, "party chairman" / "leader of the X party" -> PTY, "first lady" -> ELI."""
    if SPOUSE_TITLE.search(title):
        return "ELI"
    if OPPOSITION.search(title):
        return "OPP"
    return "PTY" if PARTY.search(title) else None
