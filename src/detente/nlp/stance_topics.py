"""Hostile words that are not about the relation: the topic of talks ("talking about tariffs"), a thing
being ended ("an end to the conflict"), a time frame ("since the end of the war"), a category of crime a
government fights ("illegal migration"), or part of a word that describes the speaker ("self-respecting")."""

from __future__ import annotations

from spacy.tokens import Token

# "illegal" naming a kind of crime a government fights ("illegal migration") is a topic, not an
# accusation against the other side.
TOPICAL_CRIMES = {"migration", "immigration", "immigrant", "immigrants", "migrant", "migrants",
                  "crossing", "crossings", "drug", "drugs", "logging", "mining", "gambling"}


def _self_compound(token: Token) -> bool:
    """Second part of a "self-" compound ("self-respecting"): it describes the speaker, not the relation."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "self"


# A hostile noun can be what a statement is about rather than what it charges: the subject of talks ("keep
# talking about tariffs"), a fighting being brought to an end ("an end to the conflict") or a time frame
# ("rebuild after the war").
TIME_PREPS = {"after", "since", "before", "during", "throughout"}
TOPIC_PREPS = {"about", "on", "over", "regarding", "concerning"}
TALK_WORDS = {"talk", "talks", "discuss", "discussion", "discussions", "negotiate", "negotiation",
              "negotiations", "consult", "consultation", "consultations", "dialogue", "agreement", "deal"}
ENDING_NOUNS = {"end", "halt", "cessation"}
# Points in the course of a fighting that date something ("since the end of the war", "after the start
# of the conflict").
COURSE_POINTS = {"end", "start", "beginning", "outbreak", "onset", "close", "anniversary", "eve"}


def _topic_or_time(token: Token) -> bool:
    """"talking about tariffs", "an end to the conflict", "after the war": a hostile noun named as the topic
    of talks, the thing being ended, or the time of something, not as a charge."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in TIME_PREPS or _dated_by_course(prep):
        return True
    governor = prep.head.lemma_.lower()
    return (prep.lower_ in TOPIC_PREPS and governor in TALK_WORDS) or \
        (prep.lower_ == "to" and governor in ENDING_NOUNS)


def _dated_by_course(prep: Token) -> bool:
    """"since the end of the war": a point in a fighting's course, itself a time frame, dates something."""
    point = prep.head
    return prep.lower_ == "of" and point.lemma_.lower() in COURSE_POINTS and point.dep_ == "pobj" and \
        point.head.lower_ in TIME_PREPS


def _brought_to_end(token: Token) -> bool:
    """"bring the war to an end": the object of a verb whose "to" phrase is an end is the thing being ended."""
    if token.dep_ != "dobj":
        return False
    return any(p.dep_ == "prep" and p.lower_ == "to" and
               any(g.dep_ == "pobj" and g.lemma_.lower() in ENDING_NOUNS for g in p.children)
               for p in token.head.children)


# Nouns for the speaker's own polity, praised for its own sake ("our great country").
POLITY_NOUNS = {"country", "nation", "people", "land", "homeland", "motherland", "fatherland", "republic"}
OWN_POSSESSIVES = {"our", "my"}


def _own_praise(token: Token) -> bool:
    """"our great country": an adjective praising the speaker's own polity says nothing of the other side."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "our proud and great nation"
        token = token.head
    head = token.head
    return token.dep_ == "amod" and head.lower_ in POLITY_NOUNS and \
        any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in head.children)


def not_about_relation(token: Token) -> bool:
    """A word that names no stance towards the other side: part of a "self-" compound or of a prefixed
    modifier, praise of one's own country, a topic, a time frame, a thing being ended, or a crime category."""
    return _self_compound(token) or _prefixed_modifier(token) or _own_praise(token) or _topical(token) or \
        _brought_to_end(token)



def _topical(token: Token) -> bool:
    """"illegal migration", "migrants living illegally": the word names a crime category, not a charge
    against someone (the adverb through the verb describing the migrants); a topic, an end or a time."""
    if _topic_or_time(token):
        return True
    if token.lower_ == "illegally" and token.dep_ == "advmod":
        return token.head.dep_ in {"acl", "relcl"} and token.head.head.lower_ in TOPICAL_CRIMES
    return token.lower_ == "illegal" and token.head.lower_ in TOPICAL_CRIMES


# Prefixes that deny the word they are joined to by a hyphen ("de-escalation", "non-interference"); the
# tokenizer splits them off, leaving the hostile word alone.
DENYING_PREFIXES = {"de", "non"}


def denied_by_prefix(token: Token) -> bool:
    """The second part of a "de-" or "non-" compound: it says the opposite of the word alone."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in DENYING_PREFIXES


def _prefixed_modifier(token: Token) -> bool:
    """"non-tariff barriers", "a non-aggression pact": a prefixed word before a noun names a kind of thing,
    which the noun's own word judges."""
    return denied_by_prefix(token) and token.dep_ in {"amod", "compound", "nmod"}
