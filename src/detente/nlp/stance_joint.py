"""A will both sides share ("the two sides agreed to stay in close contact", "both governments wanted the
leaders to meet", "the delegations listened to one another"): a speaker who tells of the two parties
wanting, agreeing or hearing each other out speaks of them coming together, though no word of the sentence
is conciliatory by itself."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of a shared will, an agreement or an exchange in good faith.
JOINT_VERBS = {"agree", "want", "wish", "hope", "seek", "commit", "pledge", "aim", "intend", "resolve",
               "listen", "hear",
               # working with one another ("the two governments could collaborate")
               "collaborate", "coordinate"}
# Nouns for the two parties taken together ("the two sides", "both governments").
PARTY_NOUNS = {"side", "sides", "country", "countries", "government", "governments", "leader", "leaders",
               "delegation", "delegations", "nation", "nations", "neighbour", "neighbours", "neighbor",
               "neighbors", "party", "parties", "capital", "capitals", "state", "states", "president",
               "presidents", "minister", "ministers", "power", "powers"}
BOTH_WORDS = {"both", "two"}


def both_parties(subject: Token) -> bool:
    """"the two sides", "both governments", or the pair alone ("the two agreed", "both wanted")."""
    if subject.lower_ in BOTH_WORDS and subject.pos_ in {"NUM", "PRON", "DET", "NOUN"}:
        return not any(c.dep_ == "prep" for c in subject.children)  # "two of the ministers" are not the pair
    return subject.lower_ in PARTY_NOUNS and any(c.lower_ in BOTH_WORDS and c.dep_ in {"det", "nummod", "predet"}
                                                 for c in subject.children)


def joint_will(verb: Token) -> bool:
    """A verb of shared will or good-faith exchange whose subject is the two parties together."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in JOINT_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "had listened to one another but heard one another"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and both_parties(subject)
