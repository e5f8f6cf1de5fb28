"""Who the article says emphasises a statement: the subject of "stresses" over its cue, or a side taking up
the words in the next sentence."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.doc_cache import sentences
from detente.nlp.statement_speakers import ancestors
from detente.records import Statement


EMPHASIS_VERBS = {"emphasize", "emphasise", "stress", "highlight", "focus", "underline", "underscore",
                  "seize", "cite", "point", "play", "quote", "amplify", "spotlight"}


def emphasis(doc: Doc, cue: Token | None) -> str | None:
    """Who the article says emphasises the quote: subject of "emphasizes", "focuses on", ..."""
    if cue is None:
        return None
    for tok in ancestors(cue):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in EMPHASIS_VERBS:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            refs = refs_for(doc, subj, False)
            return refs[0].country if refs else None
    return None


ECHO_NOUNS = {"phrase", "remark", "remarks", "words", "comment", "comments", "quote", "term", "expression",
              "line", "statement", "claim", "formulation", "wording"}


DEMONSTRATIVES = {"that", "this", "those", "these"}


def echoed_by(doc: Doc, st: Statement) -> str | None:
    """"... a "survival-threatening situation". Beijing has seized on that phrase": the next sentence
    has a side take up the words (an emphasis verb on "that phrase", "those remarks")."""
    sent = next((x for x in sentences(doc) if x.start_char >= st.evidence.end), None)
    for tok in sent or []:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in EMPHASIS_VERBS:
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"] + \
            [g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        if any(o.lower_ in ECHO_NOUNS and any(d.lower_ in DEMONSTRATIVES for d in o.children) for o in objects):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            refs = refs_for(doc, subj, False)
            return refs[0].country if refs else None
    return None
