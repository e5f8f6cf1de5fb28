"""Who said a quote and with which cue: the verb or noun it hangs from, a cue after it, a dash byline, an
introduction just before, a spokesman reading a body's statement."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp import speech, speech_nominal
from detente.nlp.speech_labels import actor_mention_before
from detente.nlp.statement_occasions import saying_clause
from detente.records import ActorRef


CUE_VERBS = {"say", "state", "tell", "warn", "add", "declare", "note", "insist", "stress", "assert",
             "claim", "argue", "write", "announce", "pledge", "vow", "promise", "remark", "caution",
             "affirm", "reiterate", "emphasize", "emphasise", "acknowledge", "accuse", "describe"}


CUE_NOUNS = {"assertion", "remark", "remarks", "statement", "warning", "words", "pledge", "claim",
             "comment", "comments", "vow", "promise", "declaration", "message", "line", "speech"}


DASHES = {"\u2015", "\u2014", "\u2013", "--", "-"}


def ancestors(token: Token):
    while token.head.i != token.i:
        token = token.head
        yield token


def _quote_head(quote: Span) -> Token | None:
    """The word outside the quote that the quoted clause hangs from."""
    inside = {t.i for t in quote}
    for t in quote:
        if t.head.i not in inside and t.head.i != t.i:
            return t.head
    return None


def _inverted_cue(quote: Span) -> Token | None:
    """""Never say never," Trump replied.": a short quote the parser took for the sentence's main clause, its
    cue hung under it; the cue right after the quote governs it all the same."""
    inside = {t.i for t in quote}
    return next((t for t in quote.doc[quote.end:min(quote.end + 4, quote.sent.end)]
                 if t.head.i in inside and t.dep_ in {"ccomp", "parataxis"} and speech.is_cue_verb(t)), None)


def cue_and_speaker(doc: Doc, quote: Span, syntax_only: bool = False) -> tuple[Token | None, ActorRef | None]:
    head = _quote_head(quote) or _inverted_cue(quote)
    chain = ([head] + list(ancestors(head))) if head is not None else []
    for tok in chain[:4]:
        if tok._.in_quote:
            break
        if speech.is_cue_verb(tok) or (tok.pos_ == "VERB" and tok.lemma_.lower() in CUE_VERBS):
            speaker = speech.speaker_ref(doc, speech.subject_of(tok))
            if speaker is not None or syntax_only:
                return _outer_reporter(doc, tok, chain) or (tok, speaker)
        if tok.pos_ == "NOUN" and (tok.lower_ in CUE_NOUNS or tok.lower_ in speech.CUE_NOUNS):
            owner = next((c for c in tok.children if c.dep_ in {"poss", "compound", "nmod"}), None)
            if owner is not None:
                return tok, speech.speaker_ref(doc, owner)
    return (None, None) if syntax_only else _sentence_cue(doc, quote)


def _outer_reporter(doc: Doc, cue: Token, chain: list[Token]) -> tuple[Token, ActorRef] | None:
    """"X wrote that the two sides had agreed to a "FULL CEASEFIRE"": a quote inside what someone reports,
    under a verb that is not one of saying (agree, decide, order), is the reporter's wording; a belief
    ("he expects ...") keeps its holder, whose view it is."""
    if cue.lemma_.lower() in CUE_VERBS | speech.BELIEF_VERBS or speech.detached_cue(cue) is not None:
        return None  # (a cue conjoined after what was said is the speaker's own: "... and called X "Y"")
    if cue.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in cue.children):
        return None  # "X described A as B, while Y called it "C"": an adverbial clause with its own speaker
    for tok in chain[chain.index(cue) + 1:]:
        if tok._.in_quote:
            return None
        if tok.pos_ == "VERB" and tok.lemma_.lower() in CUE_VERBS:
            speaker = speech.speaker_ref(doc, speech.subject_of(tok))
            return (tok, speaker) if speaker is not None else None
    return None


def _sentence_cue(doc: Doc, quote: Span) -> tuple[Token | None, ActorRef | None]:
    """Fallback: a cue verb elsewhere in the sentence ("..., she said"), or a name after a dash."""
    sent = doc[quote.start].sent
    for tok in sent:
        if tok._.in_quote or not speech.is_cue_verb(tok):
            continue
        speaker = speech.speaker_ref(doc, speech.subject_of(tok))
        if speaker is not None:
            return tok, speaker
    return _trailing_cue(doc, quote)


def _trailing_cue(doc: Doc, quote: Span) -> tuple[Token | None, ActorRef | None]:
    """A cue split off after a question or exclamation: "Why now?" he asked. -- else a dash byline."""
    at = quote.end
    while at < len(doc) and at < quote.end + 3 and (doc[at].is_punct or doc[at].is_space) \
            and doc[at].text not in DASHES:
        at += 1
    if at < len(doc) and at > quote.end and doc[at].is_sent_start:
        for tok in doc[at:min(at + 8, doc[at].sent.end)]:
            if not tok._.in_quote and speech.is_cue_verb(tok) and speech.content_of(tok) is None:
                speaker = speech.speaker_ref(doc, speech.subject_of(tok))
                if speaker is not None:
                    return tok, speaker
    return _dash_byline(doc, quote)


def _dash_byline(doc: Doc, quote: Span) -> tuple[Token | None, ActorRef | None]:
    """A quote signed after a dash: "... ." -- Jane Doe."""
    at = quote.end + 1  # past the closing mark
    while at < len(doc) and (doc[at].is_punct or doc[at].is_space) and doc[at].text not in DASHES:
        at += 1
    if at >= len(doc) or doc[at].text not in DASHES:
        return None, None
    first = at + 1
    while first < len(doc) and first < at + 3 and doc[first].is_space:
        first += 1  # "\u2015\u00a0Jane Doe": a no-break space after the dash
    end = first
    while end < len(doc) and end < first + 5 and doc[end].pos_ == "PROPN":
        end += 1
    if end - first < 2:
        return None, None  # a signature is a full name
    speaker = actor_mention_before(doc, first, end) or ActorRef(name=doc[first:end].text)
    return doc[at], speaker


def neighbour_cue(doc: Doc, quote: Span) -> tuple[Token | None, ActorRef | None]:
    """A quote standing as its own sentence, its speaker introduced just before: "X said: ...".

    A quote continuing the previous sentence's quote ("...," she said. "...") is left to that statement:
    it is the same statement, one passage broken by the cue."""
    sent = doc[quote.start].sent
    if quote.start - sent.start > 2:
        return None, None
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    if before is None:
        return None, None
    if before[-1].text == ":" or (len(before) > 1 and before[-2].text == ":"):
        for tok in reversed(list(before)):
            if not tok._.in_quote and speech.is_cue_verb(tok):
                speaker = speech.speaker_ref(doc, speech.subject_of(tok))
                if speaker is not None:
                    return tok, speaker
    return None, None


def read_by(doc: Doc, cue: Token | None) -> ActorRef | None:
    """The spokesman who gave a body's statement the cue is set in ("in a statement from spokesman X")."""
    reader = speech_nominal.statement_reader(doc, saying_clause(cue)) if cue is not None and cue.pos_ == "VERB" \
        else None
    return speech.speaker_ref(doc, reader) if reader is not None else None
