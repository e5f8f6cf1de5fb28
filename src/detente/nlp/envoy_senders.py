"""The state an envoy named by his office serves: the owner of his title, never the state he is posted to.

"Bogotá recalled its ambassador in Washington, X": the ambassador is Bogotá's, though Washington is named
nearer; "Ambassador X and three other Iranian officials" are all Iran's. A story about envoys names the
host as often as the sender, so the nearest state before a name (how other officials are placed) is no
guide for an envoy: the title's owner is, and the post he holds abroad is never his state.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.nlp.mentions import Ref
from detente.nlp.syntax import governing_verb
from detente.nlp.trigger_diplomacy import DIPLOMATIC_ROLES

# The last word of an envoy's title ("chargé d'affaires", "high commissioner")
ENVOY_WORDS = {"ambassador", "envoy", "chargé", "d'affaires", "d’affaires", "commissioner", "emissary",
               "consul", "diplomat", "attaché"}
OWNER_DEPS = {"poss", "amod", "compound", "nmod"}
OWNER_PRONOUNS = {"its", "their"}
POST_PREPS = {"in", "to"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def is_envoy(ref: Ref) -> bool:
    """A person whose role is a diplomat's."""
    return ref.kind == "person" and bool(ref.role and DIPLOMATIC_ROLES.search(ref.role))


def envoy_sender(mentions: list[Span], i: int) -> Ref | None:
    """The envoy placed in the state owning his title ("its", "Iran's", "the German ambassador, X") or
    the state of the fellow officials he is listed with ("X and two other Iranian diplomats")."""
    mention = mentions[i]
    ref = mention._.ref
    if not is_envoy(ref):
        return None
    title = _title(mention)
    country = (_title_owner(mentions, title) if title is not None else None) or _fellows_state(mentions, mention)
    return replace(ref, country=country) if country else None


def _title(mention: Span) -> Token | None:
    """The envoy noun the name belongs to: "Ambassador X", "its envoy, X", and "its ambassador in Tehran,
    X", where the parser sets the name beside the post instead of the title."""
    root = mention.root
    titles = [c for c in root.children if c.dep_ == "compound" and c.lower_ in ENVOY_WORDS]
    head = root.head if root.dep_ == "appos" else None
    if head is not None and head.lower_ in ENVOY_WORDS:
        titles.append(head)
    elif head is not None and head.dep_ == "pobj" and head.head.lower_ in POST_PREPS \
            and head.head.head.lower_ in ENVOY_WORDS:
        titles.append(head.head.head)
    return titles[0] if titles else None


def _title_owner(mentions: list[Span], title: Token) -> str | None:
    """The state owning the title: a possessive or demonym on it, or for "its" the clause's subject state."""
    for child in (c for c in title.children if c.dep_ in OWNER_DEPS):
        if child.lower_ in OWNER_PRONOUNS:
            return _subject_state(mentions, title)
        if (state := _state_at(mentions, child.i)) is not None:
            return state
    return None


def _subject_state(mentions: list[Span], title: Token) -> str | None:
    """"Berlin summoned X and recalled its ambassador": the state that is the subject of the title's
    clause, or of the first of conjoined verbs sharing it."""
    verb = governing_verb(title.head)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return _state_at(mentions, subject.i) if subject is not None else None


def _fellows_state(mentions: list[Span], mention: Span) -> str | None:
    """"X and three other Iranian officials": the state of the others he is listed among."""
    root = mention.root
    for other in (c for c in root.children if c.dep_ == "conj"):
        words = {c.lower_ for c in other.children if c.dep_ == "amod"}
        if "other" in words:
            state = next((s for c in other.children if c.dep_ == "amod" and (s := _state_at(mentions, c.i))), None)
            if state is not None:
                return state
    return None


def _state_at(mentions: list[Span], i: int) -> str | None:
    ref = next((m._.ref for m in mentions if m.start <= i < m.end), None)
    return ref.country if ref is not None and ref.kind == "state" and ref.country else None


def posted_country(mentions: list[Span], mention: Span) -> str | None:
    """The state an envoy is posted to, as the text writes his title ("its ambassador in Washington, X")."""
    title = _title(mention)
    if title is None:
        return None
    place = next((g for p in title.children if p.dep_ == "prep" and p.lower_ in POST_PREPS
                  for g in p.children if g.dep_ == "pobj"), None)
    return _state_at(mentions, place.i) if place is not None else None


def not_posted(mentions: list[Span], mention: Span, placed: Ref) -> Ref:
    """An envoy never serves the state he is posted to: one placed there by a guess is of the other state
    of the story's main pair, or left unplaced."""
    post = posted_country(mentions, mention) if is_envoy(placed) else None
    if post is None or placed.country != post:
        return placed
    counts = Counter(m._.ref.country for m in mentions if m._.ref.kind == "state" and m._.ref.country)
    pair = [c for c, _ in counts.most_common(2)]
    other = next((c for c in pair if c != post), None) if post in pair else None
    return replace(placed, country=other)
