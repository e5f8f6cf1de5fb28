"""Whose space an intrusion enters, or whose things a strike hits, when told by a pronoun: "Russian jets flew
into its airspace", "drones entered their waters", "Israeli strikes on its nuclear sites". One does not intrude
on one's own ground nor strike one's own sites, so "its" is the latest party told before it that is not the
doer's state (the doer's own demonym, "Russian jets", sits nearer and would win)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.antecedents import _latest_before
from detente.nlp.mentions import Ref
from detente.nlp.triggers import prep_objects

# Verbs of crossing into another's space.
INTRUDING_VERBS = {"enter", "fly", "violate", "intrude", "stray", "sail", "penetrate", "breach", "cross", "incur"}
# A state's sovereign spaces, named by their owner's possessive.
SPACE_NOUNS = {"airspace", "water", "waters", "territory", "border", "borders", "space", "zone", "frontier"}
# Acts of striking, whose object of any kind ("its sites", "their bases") is the struck party's.
STRIKING_WORDS = {"strike", "attack", "raid", "bomb", "bombing", "shell", "shelling", "airstrike", "hit"}
OWNER_PRONOUNS = {"its", "their"}
LOOK_BACK = 1  # sentences before the pronoun searched for the owner


def intruded_owners(doc: Doc, token: Token, own: set) -> list[Ref]:
    """The owner "its"/"their" names on what an intrusion enters or a strike hits: the latest party before
    the pronoun outside the doer's states; [] when the word is neither or names no such owner."""
    lemma = token.lemma_.lower()
    if lemma not in INTRUDING_VERBS | STRIKING_WORDS:
        return []
    objects = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, {"into", "over", "on", "against"})
    if lemma not in STRIKING_WORDS:
        objects = [o for o in objects if o.lemma_.lower() in SPACE_NOUNS]
    pronouns = [c for o in objects for c in o.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS]
    return [r for p in pronouns[:1] if (r := _latest_before(doc, p, LOOK_BACK, _other_state(own))) is not None]


def _other_state(own: set):
    """A test for a state (not a body or a person) outside the intruder's own states."""
    return lambda ref: bool(ref.country) and ref.country not in own and ref.kind != "person" and ref.sector != "IGO"
