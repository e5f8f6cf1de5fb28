"""The clause said in a document named on the cue: "said in a statement that the talks had failed". The
parser often hangs the that-clause on the document's noun, not on the verb of saying; it is still what the
speaker said. Read by speech.content_of when the cue has no clausal complement of its own."""

from __future__ import annotations

from spacy.tokens import Token

# Documents and occasions words are said in ("in a statement", "in a post", "in his speech").
DOCUMENT_NOUNS = {"statement", "letter", "post", "message", "note", "communique", "communiqué", "readout",
                  "interview", "speech", "address", "remarks", "briefing", "conference", "video", "broadcast"}
SAYING_VERBS = {"say", "state", "write", "add", "tell", "announce", "declare", "warn", "insist", "note",
                "argue", "stress", "confirm", "deny", "claim"}


def document_clause(verb: Token) -> Token | None:
    """The verb of a that-clause hung on the document of "in a statement" under a saying cue, or None."""
    if verb.lemma_.lower() not in SAYING_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    documents = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS]
    for doc_noun in documents:
        for clause in doc_noun.children:
            if clause.dep_ in {"acl", "relcl", "ccomp"} and clause.i > doc_noun.i and \
                    any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return clause
    return None
