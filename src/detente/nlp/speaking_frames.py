"""Words said under a speaking frame told just before them ("Speaking at a rally in Lyon, Macron gave his
account of the talks. He said ..."): the frame's place is where the same speaker's words in the next
sentences of the paragraph were said, though its own sentence reports none."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.doc_cache import doc_text, sentences

FRAME_VERBS = {"speak", "address"}
FRAME_SENTENCES = 2  # the sentence before the words and the one before that


def _frame_speaker(doc: Doc, participle: Token) -> set[str]:
    """Who a speaking participle ("Speaking at X, she ...") belongs to: its clause's subject."""
    subjects = [c for c in participle.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return {r.actor_id for s in subjects for r in refs_for(doc, s) if r.actor_id}


def _frames_before(doc: Doc, start_char: int):
    """Speaking participles in the sentences of the paragraph up to the one at `start_char`, nearest first."""
    sents = [s for s in sentences(doc) if s.start_char <= start_char][-(FRAME_SENTENCES + 1):]
    text = doc_text(doc)
    sents = [s for s in sents if "\n" not in text[s.start_char:start_char]]
    for sent in reversed(sents):
        yield from (t for t in sent if t.lemma_.lower() in FRAME_VERBS and t.tag_ == "VBG" and t.dep_ == "advcl")


def framed_venue(doc: Doc, statement) -> str | None:
    """The place of the same speaker's speaking frame shortly before the statement, if any."""
    from detente.nlp.statement_occasions import where_said  # (that module reads statements' frames too)
    speaker = statement.speaker.actor_id if statement.speaker else None
    for participle in _frames_before(doc, statement.evidence.start):
        if speaker and speaker in _frame_speaker(doc, participle):
            return where_said(doc, participle)
    return None
