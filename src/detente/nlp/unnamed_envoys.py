"""Envoys a text names only by their state ("Pakistan's chargé d'affaires", "the Hungarian ambassador", "its
ambassador"), and missions so named ("China's embassy"): actors of that state, listed though no name is given.

A row over an embassy is told through its envoys: summoned, handed a protest, recalled, expelled. News names
them by office and state alone as often as by name, and an analyst records each as an actor of the state whose
envoy he is. An envoy with a name beside him ("the Mexican ambassador, X", "Ambassador X") is that person,
read by the title readers; here only the nameless ones. "its ambassador" is the envoy of the state that is
its clause's subject ("Poland recalled its ambassador").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.antecedents import mention_of
from detente.nlp.mentions import Ref, slug
from detente.nlp.statement_occasions import demonym
from detente.nlp.syntax import governing_verb

# an envoy's office, by its last word, with the word that must precede it, and the role it gives
ENVOY_NOUNS = {"ambassador": (None, "Ambassador"), "envoy": (None, "envoy"),
               "d'affaires": ({"chargé", "charge"}, "chargé d'affaires"),
               "d’affaires": ({"chargé", "charge"}, "chargé d'affaires"),
               "commissioner": ({"high"}, "High Commissioner")}
# a state's mission, named the same way ("China's embassy in Accra", "Iran's mission to the United Nations"):
# a body of that state, with no role
MISSION_NOUNS = {"embassy": "embassy", "mission": "mission"}
OWNER_DEPS = {"poss", "amod", "compound", "nmod"}
OWNER_PRONOUNS = {"its", "their"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
INTERNATIONAL_CODES = {"UNO", "EUR", "IGO"}


def _office(doc: Doc, head: Token) -> tuple[int, str] | None:
    """(first token, role) of the envoy office a noun ends: "chargé d'affaires" starts at "chargé"."""
    if head.lower_ in MISSION_NOUNS:
        return head.i, MISSION_NOUNS[head.lower_]
    entry = ENVOY_NOUNS.get(head.lower_)
    if entry is None:
        return None
    before, role = entry
    if before is None:
        return head.i, role
    return (head.i - 1, role) if head.i > 0 and doc[head.i - 1].lower_ in before else None


def _state(doc: Doc, token: Token) -> Ref | None:
    """The state a token's actor mention names, if it names one."""
    span = mention_of(doc, token)
    ref = span._.ref if span is not None else None
    return ref if ref is not None and ref.kind == "state" and ref.country else None


def _subject_state(doc: Doc, head: Token) -> Ref | None:
    """"Poland recalled its ambassador": the state that is the subject of the clause holding the envoy; when
    the envoy is that subject ("Russia asked for a meeting, its mission said"), the state subject named
    before it in the sentence, else the sentence before's one state subject ("Iran said ... . Its mission")."""
    verb = governing_verb(head.head)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != head.i), None)
    if subject is not None:
        return _state(doc, subject)
    sent = head.sent
    before = [s for t in sent if t.i < head.i and t.dep_ in SUBJECT_DEPS and (s := _state(doc, t)) is not None]
    if not before and sent.start > 0:
        prev = doc[sent.start - 1].sent
        found = {s.country: s for t in prev if t.dep_ in SUBJECT_DEPS and (s := _state(doc, t)) is not None}
        before = list(found.values()) if len(found) == 1 else []
    return before[-1] if before else None


def _owner(doc: Doc, head: Token, start: int) -> tuple[Ref, Token] | None:
    """The envoy's state and the word naming it: a possessive, a demonym or a name before the office."""
    for child in (c for c in head.children if c.dep_ in OWNER_DEPS and c.i < start):
        if child.lower_ in OWNER_PRONOUNS:
            ref = _subject_state(doc, head)
            return (ref, child) if ref is not None else None
        if (ref := _state(doc, child)) is not None:
            return ref, child
    return None


def _named(doc: Doc, head: Token) -> bool:
    """A name stands beside the office ("the Mexican ambassador, X", "Ambassador X", "X, Chile's envoy", "X is
    its envoy"): the person, read by the title readers."""
    if head.dep_ in {"compound", "appos", "attr"} or head.tag_ == "NNPS":
        return True
    return any(c.dep_ == "appos" for c in head.children) or \
        (head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN")


def _bare(doc: Doc, head: Token, start: int, owner: Token) -> bool:
    """Nothing but the state and an article qualifies the office: not "the deputy ambassador" nor "the
    special envoy", which are other offices."""
    covered = {t.i for t in mention_of(doc, owner) or [owner]}
    return all(c.i in covered or c.dep_ in {"det", "case", "punct", "prep", "relcl", "acl"} or c.i >= start
               or _accrediting_body(doc, head, c) for c in head.children)


def _accrediting_body(doc: Doc, head: Token, child: Token) -> bool:
    """"Russia's U.N. mission": a mission may be named by the international body it is accredited to."""
    return head.lower_ in MISSION_NOUNS and child.dep_ == "compound" and _international(doc, child)


def _post(doc: Doc, head: Token) -> str:
    """" in Port Moresby" for "China's embassy in Port Moresby", " to the United Nations" for "Iran's mission
    to the United Nations": a mission is told apart by its post, a place or the body it is accredited to."""
    if head.lower_ not in MISSION_NOUNS:
        return ""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"in", "to"}):
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is not None and (place.ent_type_ in {"GPE", "FAC", "LOC"} or _international(doc, place)):
            return f" {prep.lower_} " + doc[place.left_edge.i:place.i + 1].text
    return ""


def _international(doc: Doc, token: Token) -> bool:
    """The token names an international body ("the United Nations", "the EU")."""
    span = mention_of(doc, token)
    ref = span._.ref if span is not None else None
    return ref is not None and ref.kind == "organisation" and ref.country in INTERNATIONAL_CODES


def _envoy_span(doc: Doc, head: Token) -> Span | None:
    """The span from the owner to the office, carrying the envoy actor."""
    office = _office(doc, head)
    if office is None or _named(doc, head) or mention_of(doc, head) is not None:
        return None
    start, role = office
    found = _owner(doc, head, start)
    if found is None and head.lower_ in MISSION_NOUNS:
        return _body_mission(doc, head)
    if found is None or not _bare(doc, head, start, found[1]):
        return None
    ref, word = found
    written = mention_of(doc, word)
    adjective = written.text if written is not None and word.dep_ != "poss" and word.tag_ != "PRP$" \
        else demonym(ref.country)
    body = [c.left_edge.i for c in head.children if c.i < start and _accrediting_body(doc, head, c)]
    noun = doc[min(body, default=start):head.i + 1].text
    name = f"{adjective} {noun if role != 'Ambassador' else noun.lower()}" if adjective else noun
    name += _post(doc, head)
    span = Span(doc, min(word.i, start), head.i + 1, label="ENVOY")
    mission = head.lower_ in MISSION_NOUNS
    span._.ref = Ref(f"envoy:{ref.country.lower()}-{slug(role)}", name, ref.country, "GOV",
                     "organisation" if mission else "person", None if mission else role, via="envoy")
    return span


def _body_mission(doc: Doc, head: Token) -> Span | None:
    """"the U.N. mission in Congo": a mission no state owns, named by an international body, is that body's
    (its post is the place it serves, not its owner)."""
    owner = next((c for c in head.children if c.dep_ == "compound" and _international(doc, c)), None)
    if owner is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    ref = mention_of(doc, owner)._.ref
    start = owner.left_edge.i
    name = doc[start:head.i + 1].text + _post(doc, head)
    span = Span(doc, start, head.i + 1, label="ENVOY")
    span._.ref = Ref(f"mission:{slug(name)}", name, ref.country, "IGO", "organisation", None, via="envoy")
    return span


def unnamed_envoys(doc: Doc) -> list[Span]:
    """Every envoy the text names only by his state, as spans carrying his actor."""
    return [span for token in doc if (span := _envoy_span(doc, token)) is not None]
