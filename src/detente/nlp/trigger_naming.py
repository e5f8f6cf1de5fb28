"""Naming another side's people or acts with a stigma: "branded the envoy a 'politician'", "called the expulsion
regrettable", "described the movement as a supremacist one", "people whom he called narcoterrorists".

PLOVER ACCUSE: disapproval voiced about another party, and allegations of wrongdoing (CAMEO 111, 112). To
brand someone is to mark them as shameful, so any complement "brand" gives is a stigma; the other naming verbs
need a hostile word in the complement (the lexicons of `trigger_accusations` and `triggers`, and names of
hate and crime this module adds). Naming someone a criminal alleges the crime. Asked by
`trigger_phrases.phrase_trigger` before the word lexicon (the plain "called X an unfriendly act" stays
`triggers._names_badly`'s, which this module reads the same way).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from detente.events.ontology import Trigger

BRANDING = {"brand"}
NAMING = {"call", "label", "term", "describe", "characterize", "characterise", "dub"} | BRANDING
# Names of hateful creeds and of those who hold them.
HATE_NAMES = {"supremacist", "supremacism", "fascist", "fascism", "nazi", "neo-nazi", "racist", "bigot", "bigoted",
              "xenophobic", "antisemitic", "anti-semitic", "extremist"}
# Names of criminals: calling people one alleges their crimes ("criminal" as an adjective judges an act, and
# stays a disapproval in the lexicons).
CRIMINAL_NAMES = {"terrorist", "narcoterrorist", "narco-terrorist", "murderer",
                  "gangster", "smuggler", "trafficker", "thug", "kidnapper", "pirate"}
DISAPPROVED = Trigger("ACCUSE", "disapprove")
ALLEGED = Trigger("ACCUSE", "allege")


def stigma_named(token: Token) -> Trigger | None:
    """A naming verb whose complement stigmatises what it names is an accusation."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in NAMING or _names_proposal(token):
        return None  # "called the target unreasonable": a proposal named badly is refused (triggers' rule)
    complements = _complements(token)
    words = {w for c in complements for t in c.subtree for w in (t.lower_, t.lemma_.lower())}
    if words & CRIMINAL_NAMES:
        return ALLEGED
    if words & (HATE_NAMES | _hostile_words()):
        return DISAPPROVED
    return DISAPPROVED if token.lemma_.lower() in BRANDING and complements and _named(token) else None


def _complements(verb: Token) -> list[Token]:
    """What the verb names its object: a predicate ("called it regrettable"), a second object the parser
    makes of it ("branded the envoy a politician"), or an "as" phrase ("described it as supremacist")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    found = [c for c in verb.children if c.dep_ in {"oprd", "attr"}] + objects[1:]
    return found + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]


def _named(verb: Token) -> bool:
    """Something is named: an object, or the noun a relative clause hangs on ("people whom he branded ...")."""
    return any(c.dep_ == "dobj" for c in verb.children) or verb.dep_ == "relcl"


def _names_proposal(verb: Token) -> bool:
    """The object named is a proposal or demand (`triggers` reads that naming as a refusal)."""
    from detente.nlp.triggers import _names_proposal as names_proposal
    return names_proposal(verb)


@lru_cache(maxsize=1)
def _hostile_words() -> frozenset[str]:
    """The hostile-word lexicons the other naming rules use (imported late: `triggers` imports this module's
    caller)."""
    from detente.nlp.trigger_accusations import HOSTILE_WORDS
    from detente.nlp.triggers import BAD_NAMES
    return frozenset(HOSTILE_WORDS | BAD_NAMES)
