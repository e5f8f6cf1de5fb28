"""Naming another side's people or acts with a stigma: "branded the envoy a 'politician'", "called the expulsion
regrettable", "described the movement as a supremacist one", "people whom he called narcoterrorists".

PLOVER ACCUSE: disapproval voiced about another party, and allegations of wrongdoing (CAMEO 111, 112). To
brand someone is to mark them as shameful, so any complement "brand" gives is a stigma; the other naming verbs
need a hostile word in the complement (the lexicons of `trigger_accusations` and `triggers`, and names of
hate and crime this module adds). Naming someone a criminal alleges the crime. Asked by
`trigger_phrases.phrase_trigger` before the word lexicon (the plain "called X an unfriendly act" stays
`trigger_wording._names_badly`'s, which this module reads the same way).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from detente.events.ontology import Trigger

BRANDING = {"brand"}
QUOTES = {'"', "“", "”"}
NAMING = {"call", "label", "term", "describe", "characterize", "characterise", "dub"} | BRANDING
# Names of hateful creeds and of those who hold them.
HATE_NAMES = {"supremacist", "supremacism", "fascist", "fascism", "nazi", "neo-nazi", "racist", "bigot", "bigoted",
              "xenophobic", "antisemitic", "anti-semitic", "extremist"}
# Names of criminals: calling people one alleges their crimes ("criminal" as an adjective judges an act, and
# stays a disapproval in the lexicons).
CRIMINAL_NAMES = {"terrorist", "narcoterrorist", "narco-terrorist", "murderer",
                  "gangster", "smuggler", "trafficker", "thug", "kidnapper", "pirate"}
# Names of an armed wrong: calling an act one charges it ("hybrid attacks", "an act of aggression").
ATTACK_NAMES = {"attack", "attacks", "aggression"}
# Verdicts that an act went too far or broke the norm ("disproportionate", "a very abnormal step", "a witch
# hunt"): judging another's act by its measure or motive, words the hostile lexicons leave out.
EXCESS_NAMES = {"disproportionate", "abnormal", "excessive", "unnecessary", "unwarranted", "heavy-handed",
                "witch", "witch-hunt", "overreaction", "overreach"}
# "a serious matter", "a grave concern": gravity put on a general noun voices alarm at what is named.
GRAVE_MARKS = {"serious", "grave"}
GRAVE_NOUNS = {"matter", "concern", "issue", "problem", "threat", "development"}
DISAPPROVED = Trigger("ACCUSE", "disapprove")
ALLEGED = Trigger("ACCUSE", "allege")


def stigma_named(token: Token) -> Trigger | None:
    """A naming verb whose complement stigmatises what it names is an accusation."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in NAMING or _names_proposal(token):
        return None  # "called the target unreasonable": a proposal named badly is refused (triggers' rule)
    complements = _complements(token)
    words = {w for c in complements for t in c.subtree for w in (t.lower_, t.lemma_.lower())}
    if _named_as(complements) & (CRIMINAL_NAMES | ATTACK_NAMES):
        return ALLEGED  # "called them narcoterrorists", "called the incidents hybrid attacks": a wrong charged
    if words & CRIMINAL_NAMES:
        return DISAPPROVED  # "an official who lends support to terrorists": a slur on the person, no charge
    if words & (HATE_NAMES | _hostile_words()) or any(_judged_excessive(c) for c in complements):
        return DISAPPROVED
    return DISAPPROVED if token.lemma_.lower() in BRANDING and complements and _named(token) else None


def _named_as(complements: list[Token]) -> set[str]:
    """The words of the name itself: each complement's head and the words on it ("hybrid attacks", "an act
    of aggression"), not a clause about it."""
    near = [t for c in complements for t in (c, *c.children) if t.dep_ not in {"relcl", "acl", "ccomp"}]
    near += [g for t in near if t.dep_ == "prep" and t.lower_ == "of" for g in t.children]
    return {w for t in near for w in (t.lower_, t.lemma_.lower())}


def _complements(verb: Token) -> list[Token]:
    """What the verb names its object: a predicate ("called it regrettable"), a second object the parser
    makes of it ("branded the envoy a politician"), or an "as" phrase ("described it as supremacist")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    found = [c for c in verb.children if c.dep_ in {"oprd", "attr"}] + objects[1:]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    return found + [t for o in objects[:1] for t in quoted_after(o)]


def quoted_after(noun: Token) -> list[Token]:
    """The words of a quotation right after a noun's phrase ("called the decision \"disproportionate\""): a
    quoted complement the parser may hang anywhere, read by where it stands."""
    doc, start = noun.doc, noun.right_edge.i + 1
    if start >= len(doc) or doc[start].text not in QUOTES:
        return []
    words = []
    for t in doc[start + 1:]:
        if t.text in QUOTES:
            return words
        words.append(t)
    return []


def _judged_excessive(complement: Token) -> bool:
    """The complement judges the act excessive or abnormal ("disproportionate", "a very abnormal step", "a
    witch hunt"), or grave ("a serious matter"), by its head and the words on it."""
    near = [complement, *(c for c in complement.children if c.dep_ in {"amod", "compound"})]
    if any(t.lower_ in EXCESS_NAMES or t.lemma_.lower() in EXCESS_NAMES for t in near):
        return True
    return complement.lemma_.lower() in GRAVE_NOUNS and any(t.lower_ in GRAVE_MARKS for t in near[1:])


def _named(verb: Token) -> bool:
    """Something is named: an object, or the noun a relative clause hangs on ("people whom he branded ...")."""
    return any(c.dep_ == "dobj" for c in verb.children) or verb.dep_ == "relcl"


def _names_proposal(verb: Token) -> bool:
    """The object named is a proposal or demand (`triggers` reads that naming as a refusal)."""
    from detente.nlp.trigger_wording import _names_proposal as names_proposal
    return names_proposal(verb)


@lru_cache(maxsize=1)
def _hostile_words() -> frozenset[str]:
    """The hostile-word lexicons the other naming rules use (imported late: `triggers` imports this module's
    caller)."""
    from detente.nlp.trigger_accusations import HOSTILE_WORDS
    from detente.nlp.trigger_wording import BAD_NAMES
    return frozenset(HOSTILE_WORDS | BAD_NAMES)
