"""Sanctions the verb-object rules miss: a passage closed through a quantifier ("closed all of its crossings"),
checks on traffic at a border ("stepped up checks at its borders", "extended controls to its frontiers"), goods
put under a curb ("put under export controls") and a duty told by its rate ("the 20 percent duty it imposed").

PLOVER manual, SANCTION 'discontinue': curtailing exchanges between states; CAMEO 191 restricts movement, which
border checks do as closing a crossing does. Asked by `trigger_phrases.phrase_trigger` after the rules of
`trigger_sanctions` and `trigger_trade_curbs`, so it speaks only where they are silent.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.syntax import prep_objects
from detente.nlp.trigger_sanctions import CLOSE_VERBS, CLOSED_PASSAGE, DISCONTINUED, LEVY_VERBS, is_passage, objects_of
from detente.nlp.trigger_trade_curbs import is_trade_curb

QUANTIFIERS = {"all", "both", "each", "most", "many", "some", "several"}
BORDERS = {"border", "frontier", "crossing", "crossings"}
CHECK_NOUNS = {"check", "control", "inspection"}
# Verbs that bring in or tighten checks ("stepped up", "reintroduced", "extended ... to"); easing is no sanction.
CHECK_VERBS = {"step", "extend", "tighten", "introduce", "reintroduce", "impose", "reimpose", "expand", "widen",
               "intensify", "strengthen", "reinforce", "carry", "conduct"}
AT_BORDER = {"at", "on", "to", "along", "across"}
UNDER_VERBS = {"put", "place", "bring", "keep"}
EMBARGOES = {"sanction", "embargo"}
RATE_WORDS = {"percent", "%", "per", "pct"}


def _quantified(noun: Token) -> list[Token]:
    """"all of its crossings" -> the crossings; any other noun stands for itself."""
    if noun.lower_ not in QUANTIFIERS:
        return [noun]
    return prep_objects(noun, {"of"})


def closed_all_of(token: Token) -> Trigger | None:
    """"closed all of its border crossings", "sealed both of the frontier posts": the quantifier is the parsed
    object, the passage closed hangs in its "of" phrase (SANCTION 'discontinue', CAMEO 191)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in CLOSE_VERBS:
        return None
    quantified = [o for o in objects_of(token) if o.lower_ in QUANTIFIERS]
    return CLOSED_PASSAGE if any(is_passage(g) for o in quantified for g in _quantified(o)) else None


def _is_border(noun: Token) -> bool:
    return any(g.lemma_.lower() in BORDERS or g.lower_ in BORDERS for g in _quantified(noun))


def _at_border(verb: Token, holders: list[Token]) -> bool:
    """A border in an "at"/"on"/"to" phrase of the verb or of the checks ("checks at its land borders")."""
    return any(c.dep_ == "prep" and c.lower_ in AT_BORDER and _is_border(g)
               for h in (verb, *holders) for c in h.children for g in c.children if g.dep_ == "pobj")


def border_checks(token: Token) -> Trigger | None:
    """"checked traffic on its border", "stepped up checks at its borders", "extended controls to all of its
    frontiers": controls on who and what crosses a border restrict movement (SANCTION 'discontinue', CAMEO 191)."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if lemma == "check":
        return CLOSED_PASSAGE if _at_border(token, []) else None
    if lemma not in CHECK_VERBS:
        return None
    if lemma == "step" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return None
    checks = [o for o in objects_of(token) if o.lemma_.lower() in CHECK_NOUNS]
    return CLOSED_PASSAGE if checks and _at_border(token, checks) else None


def put_under_curb(token: Token) -> Trigger | None:
    """"which Beijing put under export controls", "placed the firm's goods under an embargo": goods brought
    under a trade curb or sanction (SANCTION 'discontinue')."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in UNDER_VERBS:
        return None
    under = prep_objects(token, {"under"})
    return DISCONTINUED if any(g.lemma_.lower() in EMBARGOES or is_trade_curb(g) for g in under) else None


def _has_rate(noun: Token) -> bool:
    """"a 20 percent duty", "a 10% levy": a duty told by its rate is a tax on goods, not an obligation."""
    return any(c.lower_ in RATE_WORDS and any(n.like_num for n in c.children) for c in noun.children)


def rated_duty(token: Token) -> Trigger | None:
    """"the 20 percent duty that Washington imposed", "imposed a 15% levy": a duty with a rate, laid by a
    levying verb as object or in its own relative clause, curtails trade (SANCTION 'discontinue')."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in {"duty", "levy"} or not _has_rate(token):
        return None
    node = token.head if token.dep_ == "conj" else token
    if node.dep_ in {"dobj", "nsubjpass"} and node.head.lemma_.lower() in LEVY_VERBS:
        return DISCONTINUED
    told = any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in LEVY_VERBS for c in node.children)
    return DISCONTINUED if told else None


RULES = (closed_all_of, border_checks, put_under_curb, rated_duty)


def border_or_curb(token: Token) -> Trigger | None:
    """The trigger the first of these rules gives the token, or None."""
    for rule in RULES:
        found = rule(token)
        if found is not None:
            return found
    return None
