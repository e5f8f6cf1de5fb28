"""Reported statements: cue verbs with a content clause, "according to X", "X's claim that ...", colon labels."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp import speech, speech_nominal
from detente.nlp.closing_sources import fold_closing_sources  # "X said A, Xinhua reported"
from detente.nlp.doc_cache import sentences
from detente.nlp.evidence import evidence_of
from detente.nlp.extensions import flagged
from detente.nlp.non_answers import non_answer
from detente.nlp.quotes import MIN_WORDS
from detente.nlp.speech_labels import colon_speaker
from detente.nlp.speech_objects import loose_content, moves_someone, orders_a_deed
from detente.nlp.stance import cue_stance, lexical_stance, stated_stance
from detente.nlp.statement_emphasis import emphasis
from detente.nlp.statement_nesting import kept_reports, second_content
from detente.nlp.statement_occasions import when_said, where_said
from detente.nlp.statement_speakers import read_by
from detente.records import ActorRef, Statement


ANONYMOUS = {"readout", "readouts"}


def _leading_date(doc: Doc, cue: Token, span: Span) -> Span | None:
    """"said on Wednesday he had ...": a date right after the cue dates the saying, whatever the parser
    attached it to."""
    for found in doc.spans.get("dates", []):
        head = found.root.head
        start = head.i if head.dep_ == "prep" and head.i < found.start else found.start
        if start == cue.i + 1 and span.start <= start < span.end:
            return found
    return None


def _reported(doc: Doc, speaker: ActorRef, cue: Token, cue_text: str, span: Span) -> Statement:
    unsaid = non_answer(doc, cue)
    if unsaid is not None:  # "did not say whether ...": attributed, but its content was not said
        cue_text, span = unsaid
    lead = _leading_date(doc, cue, span)
    if lead is not None:
        rest = [t for t in doc[lead.end:span.end] if not (t.i == lead.end and t.lower_ == "that")]
        span = doc[rest[0].i:span.end] if rest else span
    stance = "neutral" if unsaid is not None else stated_stance(cue) or cue_stance(cue) or lexical_stance(span)
    return Statement(speaker=speaker, quote=span.text.rstrip(), cue=cue_text, stance=stance,
                     date=(lead._.date if lead is not None else None) or when_said(doc, cue, span),
                     venue=where_said(doc, cue),
                     emphasized_by=emphasis(doc, cue), evidence=evidence_of(cue.sent), direct=False)


def read_reported(doc: Doc, verb: Token) -> tuple[Statement, Span] | None:
    """Reported speech: a cue verb with a speaker and a content clause, no quotation marks."""
    if moves_someone(verb) or orders_a_deed(verb):
        return None  # "ordered the envoy out", "called its ambassador home", "ordered the murder": acts, not words
    relayed = _quoted_as_saying(verb)
    if relayed is not None:  # "Xinhua quoted Xi as saying that ...": Xi said it, Xinhua is the source
        subj, verb = relayed
        span = speech.content_of(verb)
        speaker = speech.speaker_ref(doc, subj) if span is not None else None
        return (_reported(doc, speaker, verb, verb.text, span), span) if speaker is not None else None
    span = speech.content_of(verb)
    if span is None:
        span = loose_content(verb)  # no clause: its object or what a preposition names
    if span is None or all(t._.in_quote for t in span):
        return None
    subj = speech.subject_of(verb)
    if subj is None or subj.lemma_.lower() in ANONYMOUS:
        return None
    if verb.lemma_.lower() in speech.BELIEF_VERBS | {"see", "view", "regard"} and subj.lower_ in {"i", "you"}:
        return None  # "I think", "you know": a turn of phrase, not an attribution
    speaker = read_by(doc, verb) or speech.speaker_ref(doc, subj)
    if speaker is None:
        return None
    if speaker.actor_id is None and any(q.start >= span.start and q.end <= span.end + 1 and _is_short(q)
                                        and 3 * _words(q) >= _words(span) for q in doc._.quote_spans or []):
        return None  # "officials called the talks "useful"": a scare quote needs a named speaker
    # (a short quote inside a longer clause, "told X he would take it as an "insult" if ...", does not)
    return _reported(doc, speaker, verb, verb.text, span), span


def _quoted_as_saying(verb: Token) -> tuple[Token, Token] | None:
    """"quoted X as saying ...": the one quoted (the object) and the verb of saying after "as"."""
    if verb.lemma_.lower() != "quote":
        return None
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    saying = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                   for g in p.children if g.dep_ == "pcomp" and speech.is_cue_verb(g)), None)
    return (quoted, saying) if quoted is not None and saying is not None else None


def _words(span: Span) -> int:
    """Its words, not counting punctuation: how long a quote or a content is."""
    return sum(1 for t in span if t.is_alpha)


def _is_short(quote: Span) -> bool:
    """Fewer words than a statement: a scare quote or a label ("useful", "a con")."""
    return _words(quote) < MIN_WORDS


def _nominal(doc: Doc, noun: Token) -> tuple[Statement, Span] | None:
    """A statement cued by a noun: "X's claim that ..." (the noun is the cue), "X offered no proof that
    ..." (the verb is)."""
    hit = speech_nominal.nominal_cue(doc, noun)
    cue = noun
    if hit is None:
        hit, cue = speech_nominal.evidence_cue(doc, noun), noun.head
    speaker = speech.speaker_ref(doc, hit[0]) if hit else None
    if speaker is None:
        return None
    return _reported(doc, speaker, cue, cue.text, hit[1]), hit[1]


def reported_statements(doc: Doc, used: set[int] = frozenset()) -> list[tuple[Statement, Token, Span]]:
    """Reported speech and attributions: cue verbs, "according to X", "X's claim that ..."; each with its
    cue and content span."""
    found: list[tuple[Statement, Token, Span]] = []
    skip, quoted = flagged(doc, "skip"), flagged(doc, "in_quote")
    for tok in doc:
        if tok.i in used or tok.idx in skip or tok.idx in quoted:
            continue
        read = None
        if speech.is_cue_verb(tok):
            read = read_reported(doc, tok)
        elif tok.lower_ == "according":
            hit = speech_nominal.according_to(doc, tok)
            speaker = speech.speaker_ref(doc, hit[0]) if hit else None
            said = second_content(doc, hit[2]) if hit else None
            if said is not None:
                read = _reported(doc, said[1], said[0], said[0].text, hit[2]), hit[2]
            elif speaker is not None:
                read = _reported(doc, speaker, tok, hit[1].text, hit[2]), hit[2]
        elif tok.pos_ == "NOUN":
            read = _nominal(doc, tok)
        elif tok.pos_ == "ADJ":
            hit = speech_nominal.adjective_cue(doc, tok)
            speaker = speech.speaker_ref(doc, hit[0]) if hit else None
            if speaker is not None:
                read = _reported(doc, speaker, tok, tok.text, hit[1]), hit[1]
        if read is not None:
            found.append((read[0], tok, read[1]))
    for sent in sentences(doc):
        hit = colon_speaker(doc, sent)
        if hit is not None and not any(t._.skip for t in hit[2]):
            found.append((_reported(doc, hit[0], hit[1], hit[1].text, hit[2]), hit[1], hit[2]))
    return kept_reports(fold_closing_sources(found))
