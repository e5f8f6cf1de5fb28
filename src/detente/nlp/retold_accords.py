"""An agreement told again by a definite noun: "signed a pact on Monday ... the accord builds on ..." is one act.

The lead tells the signing; later sentences call it "the agreement", "the new accord", "the deal" while
telling something else about it (what it builds on, who views it with concern, who stays committed to
it). Each such sentence dates its own clause (the day of the remark), so the drafts differ in date: the
retelling is still no second agreement. A named or dated noun ("the Lombok Treaty", "the 2019
agreement", "an earlier accord") names another one. nlp/same_acts.py merges the two.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft

ACCORD_NOUNS = {"agreement", "accord", "deal", "pact", "treaty", "declaration", "arrangement", "compact"}
RETELLING_DETERMINERS = {"the", "this", "that"}
# "the earlier accord", "the 2019 deal": words that point at another agreement than the one told
OTHER_ACCORD_WORDS = {"earlier", "previous", "prior", "first", "former", "old", "last", "original", "second",
                      "interim", "draft", "proposed", "future", "another", "other", "separate"}
# verbs whose object is the agreement being made: "reached the agreement", "accepted the deal"
CONCLUDING_VERBS = {"sign", "reach", "accept", "approve", "conclude", "seal", "strike", "ink", "initial",
                    "endorse", "ratify", "finalise", "finalize", "clinch"}


def accord_noun(d: Draft) -> Token | None:
    """The noun that names the agreement: the trigger itself, or the object of the signing verb."""
    if d.token.pos_ == "NOUN":
        return d.token if d.token.lemma_.lower() in ACCORD_NOUNS else None
    return next((c for c in d.token.children if c.dep_ in {"dobj", "nsubjpass"}
                 and c.lemma_.lower() in ACCORD_NOUNS), None)


def retold_accord(d: Draft) -> bool:
    """"the accord", "the new agreement": a definite agreement noun with no name, date or word of another one."""
    noun = accord_noun(d)
    if d.type != "AGREE" or noun is None or noun.ent_type_:
        return False
    if not any(c.dep_ == "det" and c.lower_ in RETELLING_DETERMINERS for c in noun.children):
        return False
    mods = [c for c in noun.children if c.dep_ in {"amod", "compound", "nummod", "poss", "npadvmod"}]
    if any(c.pos_ in {"PROPN", "NUM"} or c.ent_type_ or c.lower_ in OTHER_ACCORD_WORDS for c in mods):
        return False
    return not any(t.ent_type_ == "DATE" for t in noun.subtree)


def date_weight(d: Draft) -> int:
    """How far a draft's date is the agreement's own: a verb of agreeing (2), the object of a verb of
    concluding ("had accepted the agreement", 1), a noun in passing that takes its sentence's day (0)."""
    if d.date is None:
        return -1
    if d.token.pos_ in {"VERB", "AUX"}:
        return 2
    head = d.token.head
    return 1 if d.token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in CONCLUDING_VERBS else 0
