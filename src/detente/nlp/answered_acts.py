"""Acts told as answers in kind: "Paris expelled two envoys, and Algiers answered in kind", "X sent three
diplomats home in return", "Y answered each rise with its own". The clause names no act of its own; it is
the act just told, done back: same kind, mode, status and time, by the answering side, aimed at the author of
the act answered. Called by nlp/events.find_drafts once every draft has its sides.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.clause_subjects import children
from detente.nlp.metonym_sides import as_written
from detente.nlp.sides import party_key

# Phrases that make a clause the answer in kind to an act told before it.
IN_KIND = {"kind", "return"}          # "answered in kind", "sent ... home in return"
MIRRORING = {"own"}                   # "answered each increase with its own"
ANSWERING_VERBS = {"answer", "respond", "reply", "retaliate", "reciprocate", "hit"}
# How far back (in characters) the act answered may be told: its own sentence or the one before.
WINDOW = 400


def _verb_of(token: Token) -> Token | None:
    """The nearest verb a phrase hangs from (the parser may hang "in kind" on an adverb or on "on Friday")."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _in_kind(token: Token) -> bool:
    """"in kind", "in return" (not "in return for", an exchange, nor "in return to")."""
    doc = token.doc
    if token.lower_ != "in" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in IN_KIND:
        return False
    return token.i + 2 >= len(doc) or doc[token.i + 2].lower_ not in {"for", "to", "of"}


def _with_own(token: Token) -> bool:
    """"with its own", "with their own": the answer mirrors the act."""
    doc = token.doc
    return token.lower_ == "with" and token.i + 2 < len(doc) and doc[token.i + 1].tag_ == "PRP$" \
        and doc[token.i + 2].lower_ in MIRRORING


def _done(verb: Token) -> bool:
    """Told as done ("answered", "sent"), not threatened or weighed ("would respond in kind")."""
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def answering_verbs(doc: Doc) -> list[Token]:
    """The verbs told as done back: "in kind", "in return", or "with its own" on an answering verb."""
    out = []
    for token in doc:
        mirrored = _with_own(token)
        verb = _verb_of(token) if mirrored or _in_kind(token) else None
        if verb is None or (mirrored and verb.lemma_.lower() not in ANSWERING_VERBS) or not _done(verb):
            continue
        if verb not in out:
            out.append(verb)
    return out


def _answered(drafts: list, verb: Token, answerers: set) -> object | None:
    """The latest act told before the answer (in its sentence or just before) aimed at the answering side
    by another: what is done back."""
    for d in reversed([d for d in drafts if d.token.i < verb.i and verb.idx - d.token.idx < WINDOW]):
        authors = {party_key(r) for r in d.source} - {None}
        aimed = {party_key(r) for r in d.target} - {None}
        if d.status == "occurred" and authors and not authors & answerers and aimed & answerers:
            return d
    return None


def answers_in_kind(doc: Doc, drafts: list) -> None:
    """Add, for each clause told as an answer in kind, the act it does back (the answered act with its sides
    turned round); a draft already read at the answering verb takes that act's kind and turned sides."""
    at = {d.token.i: d for d in drafts}
    for verb in answering_verbs(doc):
        answerers = [r for s in children(verb, {"nsubj"}) for r in refs_for(doc, s) if party_key(r)]
        answered = _answered(drafts, verb, {party_key(r) for r in answerers})
        if not answerers or answered is None:
            continue
        source = as_written(doc, verb, answerers)
        target = [r for r in answered.source if party_key(r)]
        own = at.get(verb.i)
        if own is not None:  # a verb read as an act of its own keeps it, unless it named no one acted on
            if not any(party_key(r) for r in own.target):
                own.type, own.mode, own.source, own.target = answered.type, answered.mode, source, target
            continue
        drafts.append(replace(answered, token=verb, source=source, target=target, location=None, links=[],
                              repeats=[], response=None, anaphoric=False, reciprocal=False, party_anaphor=False))
    drafts.sort(key=lambda d: d.token.i)
