"""What a body is, as its role, read from the words news writes around its name: "the M23 rebel group", "the
Tren de Aragua gang", "the paramilitary Rapid Support Forces", "the Russian-led Collective Security Treaty
Organization". A reader learns the body's kind from them; the knowledge base often gives no role for it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

# Common nouns a body's name modifies to say what kind of body it is: "the M23 rebel group".
KIND_HEADS = {"group", "gang", "militia", "movement", "alliance", "bloc", "organisation", "organization", "faction",
              "network", "cartel", "coalition", "grouping", "forum", "outfit", "insurgency", "militias", "groups"}
# Participles that, joined to a state or people by a hyphen, describe a body: "Kurdish-led", "Iran-backed".
LED_WORDS = {"led", "backed", "based", "funded", "run", "owned", "sponsored", "aligned", "allied", "linked"}
# Adjectives that tell nothing of what a body is ("the new", "the so-called").
EMPTY_ADJECTIVES = {"new", "former", "same", "other", "main", "own", "so", "called", "then", "current", "first",
                    "last", "next", "whole", "entire", "various", "several", "many"}


def _kind_after(mention: Span) -> str | None:
    """"the M23 rebel group": the common noun (with its lower-case modifiers) the name modifies."""
    root, doc = mention.root, mention.doc
    head = root.head
    if root.dep_ != "compound" or head.i < mention.end or head.lemma_.lower() not in KIND_HEADS:
        return None
    words = doc[mention.end:head.i + 1]
    return words.text if all(t.is_lower or t.is_punct for t in words) else None


def _descriptor(token: Token) -> str | None:
    """One modifier before the name that describes it: a lower-case adjective, or "Kurdish-led"."""
    doc = token.doc
    if token.lower_ in LED_WORDS and token.i > 0 and doc[token.i - 1].text == "-":
        return doc[token.left_edge.i:token.i + 1].text
    if token.pos_ == "ADJ" and token.is_lower and token.is_alpha and token.lower_ not in EMPTY_ADJECTIVES:
        return token.text
    return None


def _kind_before(mention: Span) -> str | None:
    """"the paramilitary Rapid Support Forces", "the Russian-led CSTO": the describing modifiers before it."""
    found = [d for c in mention.root.children if c.dep_ == "amod" and c.i < mention.start
             and (d := _descriptor(c)) is not None]
    return " ".join(found) or None


def described_role(mention: Span):
    """The mention's reference with the role its surrounding words give a body that has none."""
    ref = mention._.ref
    if ref.kind != "organisation" or ref.role:
        return ref
    role = _kind_before(mention) or _kind_after(mention)
    return replace(ref, role=role) if role else ref


def give_described_roles(mentions: list[Span]) -> None:
    """Set the described role on every body mention that has none."""
    for mention in mentions:
        mention._.ref = described_role(mention)
