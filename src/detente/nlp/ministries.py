"""State bodies written as common nouns: "Oman's foreign ministry", "the unification ministry".

News names a ministry by its portfolio ("the Thai defence ministry"); the knowledge base lists only some
states' ministries, and the tagger rarely marks a lower-case ministry as an organisation. This module finds
such phrases and names them in one canonical form, "Ministry of Foreign Affairs", with the owner's country,
so that "Oman's foreign ministry" and "the Omani Ministry of Foreign Affairs" are the same actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from detente.kb.base import KnowledgeBase

# Portfolios a ministry is named by, with the words of its canonical name.
PORTFOLIOS = {
    "foreign": "Foreign Affairs", "foreign affairs": "Foreign Affairs", "external affairs": "External Affairs",
    "home": "Home Affairs", "home affairs": "Home Affairs", "interior": "Interior",
    "defense": "Defense", "defence": "Defence", "national defense": "National Defense",
    "national defence": "National Defence", "finance": "Finance", "economy": "Economy", "trade": "Trade",
    "commerce": "Commerce", "industry": "Industry", "justice": "Justice", "health": "Health",
    "education": "Education", "energy": "Energy", "agriculture": "Agriculture", "labor": "Labor",
    "labour": "Labour", "environment": "Environment", "culture": "Culture", "information": "Information",
    "unification": "Unification", "intelligence": "Intelligence", "security": "Security",
    "public security": "Public Security", "state security": "State Security", "transport": "Transport",
    "emergencies": "Emergencies", "emergency": "Emergency Situations", "oil": "Oil", "petroleum": "Petroleum",
    "fisheries": "Fisheries", "communications": "Communications", "tourism": "Tourism",
}
MILITARY_PORTFOLIOS = {"Defense", "Defence", "National Defense", "National Defence"}
# Portfolios of a secret service: PLOVER's SPY ("China's Ministry of State Security")
SPY_PORTFOLIOS = {"Intelligence", "State Security"}
# Head nouns of a state body's name: "Bureau of Fisheries ...", "Department of Foreign Affairs".
# ("State Customs Committee", "Civil Aviation Authority": a committee or authority of the state is GOV)
STATE_BODY_HEADS = {"bureau", "department", "directorate", "secretariat", "ministry", "committee", "authority",
                    "administration", "inspectorate"}
_MINISTRY_OF = re.compile(r"^ministry of (?:the )?(?P<field>.+)$", re.I)


def _portfolio_start(doc: Doc, head: Token) -> int | None:
    """Where the portfolio words before "ministry" begin ("foreign affairs ministry"); None without one."""
    for size in (2, 1):
        start = head.i - size
        if start >= 0 and doc[start:head.i].text.lower() in PORTFOLIOS and all(t.is_alpha for t in doc[start:head.i]):
            return start
    return None


def _owner_start(doc: Doc, start: int, kb: KnowledgeBase) -> int:
    """Where the owner before the portfolio begins: "South Korea's", "Omani"; `start` when none is written."""
    end = start - 1 if start > 0 and doc[start - 1].tag_ == "POS" else start
    for size in (3, 2, 1):
        if end - size >= 0 and doc[end - size].is_alpha and kb.country_code(doc[end - size:end].text):
            return end - size
    return start


def ministry_spans(doc: Doc, kb: KnowledgeBase) -> list[Span]:
    """Ministries named by portfolio, with their owner when written: "Oman's foreign ministry"."""
    spans = []
    # "the defence ministry spokesman": a ministry modifying a noun names that person or thing, not the body
    for head in (t for t in doc if t.lower_ == "ministry" and t.dep_ != "compound"):
        start = _portfolio_start(doc, head)
        if start is not None:
            spans.append(Span(doc, _owner_start(doc, start, kb), head.i + 1, label="ORG"))
    return spans


def _canonical(body: str) -> str | None:
    """"foreign ministry" / "Foreign Ministry" / "Ministry of Foreign Affairs" -> "Ministry of Foreign Affairs"."""
    words = body.strip()
    match = _MINISTRY_OF.match(words)
    if match:
        field = PORTFOLIOS.get(match.group("field").lower().removesuffix(" affairs").strip())
        return f"Ministry of {field}" if field else None
    if not words.lower().endswith(" ministry"):
        return None
    field = PORTFOLIOS.get(words[:-len(" ministry")].lower())
    return f"Ministry of {field}" if field else None


def ministry_name(text: str, kb: KnowledgeBase) -> tuple[str, str | None, str] | None:
    """(canonical name, owner's country, sector) of a ministry mention the KB lacks; None for other names."""
    words = text.split()
    for size in (3, 2, 1, 0):
        owner = " ".join(words[:size])
        code = kb.country_code(re.sub(r"[\u2019']s?$", "", owner)) if size else None
        if size and code is None:
            continue
        name = _canonical(" ".join(words[size:]))
        if name is not None:
            field = name.removeprefix("Ministry of ")
            return name, code, "MIL" if field in MILITARY_PORTFOLIOS else "SPY" if field in SPY_PORTFOLIOS else "GOV"
    return None


def ministry_id(canonical: str, country: str | None) -> str:
    """The actor id of a ministry the KB lacks: its owner and canonical name ("org:omn-ministry-of-foreign-affairs"),
    one id for every way of writing it."""
    words = re.sub(r"[^a-z0-9]+", "-", canonical.lower()).strip("-")
    return f"org:{country.lower()}-{words}" if country else f"org:{words}"


def state_body_sector(text: str) -> str | None:
    """GOV for a name headed by a state body's noun ("Bureau of Fisheries", "Statistics Department")."""
    words = text.lower().split()
    if not words:
        return None
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return "GOV" if head in STATE_BODY_HEADS else None
