"""Measures one side holds against another taken off: "would lift the sanctions", "tariffs will be
suspended", "an end to the embargo" reach out, as a concession; refusing to ("will not lift the embargo")
keeps the measure standing and is hostile. (A war or conflict ended is left to stance_topics: it is the
thing being ended, no concession of one side.)"""

from __future__ import annotations

from spacy.tokens import Token

# Measures a state imposes on another, which it alone can take off.
MEASURE_NOUNS = {"sanction", "tariff", "embargo", "ban", "restriction", "curb", "blockade", "barrier", "levy",
                 "duty", "control"}
# Verbs of taking a measure off, or lessening it ("ease curbs", "cut tariffs").
ENDING_VERBS = {"lift", "suspend", "end", "scrap", "remove", "ease", "cancel", "repeal", "revoke", "rescind",
                "waive", "halve", "cut", "reduce", "lower", "dismantle", "relax", "pause"}
ENDING_PHRASES = {("roll", "back"), ("call", "off")}
# Nouns of the same ("the lifting of sanctions", "an end to the embargo").
ENDING_NOUNS = {"end", "lifting", "removal", "suspension", "easing", "repeal", "rollback", "reduction",
                "cancellation", "pause", "relaxation"}
ENDING_PREPS = {"of", "to", "on"}


def _ending_verb(verb: Token) -> bool:
    """A verb that takes off what it governs ("lift", "roll back")."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return lemma in ENDING_VERBS or any((lemma, p) in ENDING_PHRASES for p in particles)


def _ender(token: Token) -> Token | None:
    """The verb or noun that takes this word off: its object or passive subject, or its "of"/"to" object."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "lift the sanctions and tariffs": taken off together
    if token.dep_ in {"dobj", "nsubjpass"} and _ending_verb(token.head):
        return token.head
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in ENDING_PREPS and prep.head.pos_ == "NOUN" and \
            prep.head.lemma_.lower() in ENDING_NOUNS:
        return prep.head
    return None


# Taking a measure off asked of someone ("pressed Rome to lift the curbs", "once the curbs are lifted",
# "Rome must lift them") is a demand, not a concession.
DEMANDING_VERBS = {"urge", "call", "press", "ask", "appeal", "tell", "push", "implore", "demand", "insist"}
DEMAND_MARKS = {"if", "unless", "once", "until", "before", "after"}
DEMAND_MODALS = {"must", "should"}


def demanded(ender: Token) -> bool:
    """The taking off is asked for or set as a condition, not offered."""
    verb = ender if ender.pos_ == "VERB" else next((a for a in ender.ancestors if a.pos_ == "VERB"), ender)
    if any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in verb.children):
        return True
    if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in DEMANDING_VERBS:
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in DEMAND_MARKS for c in verb.children)


def relief_stance(token: Token) -> str | None:
    """"conciliatory" for a measure taken off ("lift the embargo"), "hostile" for taking it off refused
    ("will not lift the embargo", "no easing of sanctions"), None for any other word."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in MEASURE_NOUNS:
        return None
    ender = _ender(token)
    if ender is None or demanded(ender):
        return None
    refused = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in ender.children)
    return "hostile" if refused else "conciliatory"


def eases_measure(verb: Token) -> bool:
    """"lift its sanctions", "cut the tariffs": a verb that takes off a measure it governs, an act the
    taker must still carry out (the decision to lift is not yet the lifting)."""
    if not _ending_verb(verb):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS for c in verb.children)
