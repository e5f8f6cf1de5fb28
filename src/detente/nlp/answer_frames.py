"""Words framed by a reply told just before them ("X answered on X late on Wednesday. He wrote that ..."): a
sentence whose speech verb carries no words of its own sets when and where the same speaker's words in the
next sentences of the paragraph were said."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.doc_cache import doc_text, sentences

# verbs that tell a reply or a posting without carrying its words: "answered on X", "hit back in a speech"
REPLY_VERBS = {"answer", "respond", "reply", "react", "hit", "weigh", "post", "write", "speak"}
FRAME_SENTENCES = 2


def _bare_reply(verb: Token) -> bool:
    """A reply verb heading its sentence with no object or clause of its own: the words follow."""
    from detente.nlp.speech import content_of  # (speech's import chain reaches the statement modules)
    if verb.lemma_.lower() not in REPLY_VERBS or verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
        return False
    return content_of(verb) is None


def _replies_before(doc: Doc, start_char: int):
    """Bare reply verbs in the sentences of the paragraph just before the one at `start_char`, nearest first."""
    sents = [s for s in sentences(doc) if s.end_char <= start_char][-FRAME_SENTENCES:]
    text = doc_text(doc)
    sents = [s for s in sents if "\n" not in text[s.start_char:start_char]]
    for sent in reversed(sents):
        yield from (t for t in sent if _bare_reply(t))


def answer_frame(doc: Doc, statement) -> tuple:
    """(date, venue) of the same speaker's bare reply shortly before the statement, else (None, None)."""
    from detente.nlp.statement_occasions import when_said, where_said  # (that module imports statements')
    speaker = statement.speaker.actor_id if statement.speaker else None
    for verb in _replies_before(doc, statement.evidence.start):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if speaker and any(r.actor_id == speaker for s in subjects for r in refs_for(doc, s)):
            return when_said(doc, verb), where_said(doc, verb)
    return None, None
