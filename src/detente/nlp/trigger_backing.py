"""Backing told as taking a side ("stands with its ally", "will stand by its ally", "sided with Kyiv", "lined up behind Warsaw",
"expressed solidarity with"): PLOVER SUPPORT, verbal support for an actor."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

# Verbs of taking one's place beside a party, with the prepositions that make them backing.
SIDING = {"stand": {"with", "behind", "alongside", "by"}, "side": {"with"}, "rally": {"behind", "around", "to"},
          "line": {"behind"}, "close": {"behind"}, "unite": {"behind"}}
BESIDE = {"with", "alongside", "by"}  # beside a person may be mere company ("stood by Biden")
PARTY_ENTS = {"GPE", "NORP", "ORG"}
# Nouns that name a party without a proper name ("its ally", "the Ukrainian people").
PARTY_NOUNS = {"ally", "partner", "friend", "people", "government", "country", "nation", "neighbour", "neighbor",
               "state", "alliance", "bloc"}
SOLIDARITY_VERBS = {"express", "voice", "show", "declare", "pledge", "affirm", "reaffirm", "offer", "extend"}


def took_side(token: Token) -> Trigger | None:
    """"the United States stands with its ally", "sided with Kyiv": taking a state's side is backing it; a person
    stood with ("stood with Biden at the podium") is company, not support."""
    preps = SIDING.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
    if not preps or any(c.dep_ == "neg" for c in token.children) or _asked(token):
        return None
    backed = [(c.lower_, g) for c in _siding_words(token) if c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    # behind a name is backing whoever it names; beside one ("stood with Biden") may be mere company
    return Trigger("SUPPORT") if any(_party(g) or (p not in BESIDE and g.pos_ == "PROPN") for p, g in backed) \
        else None


ASKING = {"call", "urge", "ask", "press", "demand", "appeal", "plea", "request", "invite", "want", "expect"}


def _asked(token: Token) -> bool:
    """"a call on Hanoi to stand with Beijing": the side another is asked to take is part of the request."""
    if token.dep_ in {"xcomp", "acl", "ccomp"} and token.head.lemma_.lower() in ASKING:
        return True
    # the parser may hang the infinitive elsewhere ("issued a call on X to stand with"): the asking word comes
    # just before the asked party and its "to"
    infinitive = [c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"]
    before = token.doc[max(infinitive[0].i - 5, 0):infinitive[0].i] if infinitive else []
    return any(t.lemma_.lower() in ASKING and t.pos_ in {"NOUN", "VERB"} for t in before)


def _siding_words(token: Token) -> list[Token]:
    """The verb's prepositions, also behind its particle ("lined up behind Kyiv", "closed ranks behind")."""
    words = [c for c in token.children if c.dep_ == "prep"]
    for part in (c for c in token.children if c.dep_ in {"prt", "advmod", "dobj"}):
        words += [c for c in part.children if c.dep_ == "prep"]
    return words


def _party(token: Token) -> bool:
    """A state, people or organisation, named or told by a party noun."""
    return token.ent_type_ in PARTY_ENTS or token.lemma_.lower() in PARTY_NOUNS


def solidarity_shown(token: Token) -> Trigger | None:
    """"expressed solidarity with Poland", "in a show of solidarity with": a declared backing of the party."""
    if token.lemma_.lower() != "solidarity" or token.dep_ != "dobj":
        return None
    if token.head.lemma_.lower() not in SOLIDARITY_VERBS:
        return None
    return Trigger("SUPPORT")
