"""Non-answers: "X did not say whether ...", "X declined to confirm that ...". A refusal to say is
attributed as PolNeAR annotates it (speaker, cue, content), but what it is about was not said: the cue
keeps its negation or refusal ("did not say", "declined to confirm"), the content keeps the word that
makes it an open question ("whether it would attend"), and it takes no side."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp import speech
from detente.nlp.speech_objects import loose_content

# Verbs of saying whose negation or refusal leaves their content unsaid ("did not say", "declined to
# confirm"); not verbs of judging ("did not rule out", "did not condemn"), which are stances in their own right.
SAYING = {"say", "tell", "state", "confirm", "comment", "specify", "disclose", "reveal", "explain",
          "elaborate", "answer", "respond", "reply", "indicate", "mention", "announce", "detail", "discuss",
          "address", "identify", "name", "clarify", "deny", "divulge", "speculate", "predict"}
REFUSALS = {"decline", "refuse"}
CUE_DEPS = {"aux", "neg", "advmod"}  # "has not yet said", "would not immediately say"


def refused_saying(cue: Token) -> Token | None:
    """"declined to confirm ...", "refused to disclose ...": the verb of saying that is refused."""
    if cue.lemma_.lower() not in REFUSALS:
        return None
    return next((c for c in cue.children if c.dep_ == "xcomp" and c.lemma_.lower() in SAYING
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def negated_saying(cue: Token) -> bool:
    """"did not say", "has never confirmed": a verb of saying under its own negation."""
    return cue.lemma_.lower() in SAYING and any(c.dep_ == "neg" for c in cue.children)


def _cue_words(doc: Doc, cue: Token, said: Token) -> str:
    """The cue with its negation and auxiliaries ("has not said") or with the verb refused ("declined to
    confirm"), as the text has them."""
    if said is not cue:
        return doc[cue.i:said.i + 1].text
    start = cue.i
    while start > 0 and doc[start - 1].head.i == cue.i and doc[start - 1].dep_ in CUE_DEPS:
        start -= 1
    return doc[start:cue.i + 1].text


def _as_question(doc: Doc, span: Span) -> Span:
    """The content with the word that opens it ("whether", "if", "that"), which the content span leaves
    out: without it a non-answer would read as a claim ("it would attend the summit")."""
    at = span.start - 1
    if at >= 0 and doc[at].dep_ == "mark" and doc[at].head.i in {t.i for t in span}:
        return doc[at:span.end]
    return span


def non_answer(doc: Doc, cue: Token) -> tuple[str, Span] | None:
    """For a cue that says nothing of its content ("did not say whether ...", "declined to confirm ..."):
    the cue's words and the content as an open question; None for any other cue, and for a refusal that
    names no content ("declined to comment"), which stands as it is."""
    if cue.pos_ != "VERB":
        return None
    said = refused_saying(cue) or (cue if negated_saying(cue) else None)
    if said is None:
        return None
    content = speech.content_of(said) or loose_content(said)
    if content is None:
        return None
    return _cue_words(doc, cue, said), _as_question(doc, content)
