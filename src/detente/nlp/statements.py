"""Statement component: quotes with speaker, cue, date, venue, stance and who emphasises them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp import speech, speech_nominal
from detente.nlp.arguments import refs_for
from detente.nlp.doc_cache import doc_text, sentences
from detente.nlp.evidence import evidence_of
from detente.nlp.extensions import flagged
from detente.nlp.layout import DATELINE
from detente.nlp.news_day import lead_sentence
from detente.nlp.non_answers import non_answer
from detente.nlp.quotes import MIN_WORDS
from detente.nlp.answer_frames import answer_frame
from detente.nlp.speaking_frames import framed_venue
from detente.nlp.statement_scenes import scene_venue
from detente.nlp.recalled_dates import recalled_elsewhere
from detente.nlp.speech_labels import actor_mention_before, colon_speaker
from detente.nlp.speech_objects import loose_content, moves_someone
from detente.nlp.statement_nesting import kept_reports, outermost, second_content
from detente.nlp.statement_meetings import engagement_for, occasion_name, placed_at_meeting
from detente.nlp.statement_occasions import (saying_clause, speech_frame, told_in_writing, when_said, where_said,
                                              written_only)
from detente.nlp.stance import cue_stance, lexical_stance, stated_stance
from detente.records import ActorRef, Evidence, Statement

CUE_VERBS = {"say", "state", "tell", "warn", "add", "declare", "note", "insist", "stress", "assert",
             "claim", "argue", "write", "announce", "pledge", "vow", "promise", "remark", "caution",
             "affirm", "reiterate", "emphasize", "emphasise", "acknowledge", "accuse", "describe"}
CUE_NOUNS = {"assertion", "remark", "remarks", "statement", "warning", "words", "pledge", "claim",
             "comment", "comments", "vow", "promise", "declaration", "message", "line", "speech"}
EMPHASIS_VERBS = {"emphasize", "emphasise", "stress", "highlight", "focus", "underline", "underscore",
                  "seize", "cite", "point", "play", "quote", "amplify", "spotlight"}
DASHES = {"\u2015", "\u2014", "\u2013", "--", "-"}


def _ancestors(token: Token):
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


def _cue_and_speaker(doc: Doc, quote: Span, syntax_only: bool = False) -> tuple[Token | None, ActorRef | None]:
    head = _quote_head(quote) or _inverted_cue(quote)
    chain = ([head] + list(_ancestors(head))) if head is not None else []
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


def _neighbour_cue(doc: Doc, quote: Span) -> tuple[Token | None, ActorRef | None]:
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


def _emphasis(doc: Doc, cue: Token | None) -> str | None:
    """Who the article says emphasises the quote: subject of "emphasizes", "focuses on", ..."""
    if cue is None:
        return None
    for tok in _ancestors(cue):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in EMPHASIS_VERBS:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            refs = refs_for(doc, subj, False)
            return refs[0].country if refs else None
    return None


ECHO_NOUNS = {"phrase", "remark", "remarks", "words", "comment", "comments", "quote", "term", "expression",
              "line", "statement", "claim", "formulation", "wording"}
DEMONSTRATIVES = {"that", "this", "those", "these"}


def _echoed_by(doc: Doc, st: Statement) -> str | None:
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


def _quote_evidence(doc: Doc, quote: Span, cue: Token | None) -> Evidence:
    """The sentences a direct quote was read from: where it opens through the sentence of its cue, so a
    signature or a "she said" after a quote of several sentences is part of the evidence."""
    first = doc[quote.start].sent
    if cue is None or first.start <= cue.i < first.end:
        return evidence_of(first)
    start, end = min(first.start, cue.sent.start), max(first.end, cue.sent.end)
    return evidence_of(doc[start:end])


def read_statement(doc: Doc, quote: Span) -> tuple[Statement, Token | None] | None:
    short = sum(1 for t in quote if t.is_alpha) < MIN_WORDS
    cue, speaker = _cue_and_speaker(doc, quote, syntax_only=short)
    if speaker is None and not short:
        cue, speaker = _neighbour_cue(doc, quote)
    speaker = _read_by(doc, cue) or speaker
    if speaker is None or (short and speaker.actor_id is None):
        return None  # a scare quote ("called the talks "useful"") needs a named speaker to be a statement
    if _title_beside_clause(quote, cue):
        return None
    frame_date, venue = speech_frame(doc, quote, speaker.actor_id)
    if cue is not None:
        frame_date, venue = when_said(doc, cue) or frame_date, venue or where_said(doc, cue)
    text = re.sub(r"[\s,.;:]+$", "", quote.text)
    return Statement(
        speaker=speaker, quote=text, cue=cue.text if cue is not None else None,
        stance=stated_stance(cue) or cue_stance(cue) or lexical_stance(quote), date=frame_date, venue=venue,
        emphasized_by=_emphasis(doc, cue), evidence=_quote_evidence(doc, quote, cue),
    ), cue


def _read_by(doc: Doc, cue: Token | None) -> ActorRef | None:
    """The spokesman who gave a body's statement the cue is set in ("in a statement from spokesman X")."""
    reader = speech_nominal.statement_reader(doc, saying_clause(cue)) if cue is not None and cue.pos_ == "VERB" \
        else None
    return speech.speaker_ref(doc, reader) if reader is not None else None


NAMING_DEPS = {"dobj", "dative", "pobj", "appos", "compound", "poss", "npadvmod"}


def _title_beside_clause(quote: Span, cue: Token | None) -> bool:
    """'told CBS's "Face the Nation" that ...': a quoted noun phrase outside the clause its cue reports is
    a title or a name, not the words said; the clause is (read as reported speech)."""
    if cue is None or cue.pos_ != "VERB":
        return False
    words = [t for t in quote if not t.is_punct]
    root = next((t for t in words if t.head.i not in {w.i for w in words}), None)
    if root is None:
        return False
    title = len(words) <= 6 and all(t.text[:1].isupper() for t in words if t.is_alpha and len(t) > 3)
    if not title and (root.dep_ not in NAMING_DEPS or root.pos_ not in {"NOUN", "PROPN"}):
        return False
    clause = speech.content_of(cue)  # a clause said ("that ..."), not an object named ("proposed the venue")
    return clause is not None and clause.root.pos_ in {"VERB", "AUX"} and \
        (clause.start >= quote.end or clause.end <= quote.start)


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
                     emphasized_by=_emphasis(doc, cue), evidence=evidence_of(cue.sent), direct=False)


def read_reported(doc: Doc, verb: Token) -> tuple[Statement, Span] | None:
    """Reported speech: a cue verb with a speaker and a content clause, no quotation marks."""
    if moves_someone(verb):
        return None  # "ordered the envoy out", "called its ambassador home": an act, not words
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
    speaker = _read_by(doc, verb) or speech.speaker_ref(doc, subj)
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
    return kept_reports(found)


def _date_from_events(statements: list[Statement], events, text: str = "", lede=None) -> None:
    """An undated statement is dated by the occasion: the same speaker's dated words just before ("Trump
    said on Wednesday ... "It just didn't feel right," he told reporters") unless they were in an earlier
    paragraph and the statement's own one tells a dated act before it, else the engagement the article
    reports: the nearest earlier occurred event with a day date in the statement's paragraph, else the
    article's first such event (the day's news; an earlier paragraph's background is another occasion) when
    the article tells it before the words, else the day its lead sentence gives (`lede`)."""
    dated = [e for e in events if e.status == "occurred" and e.date is not None and e.date.value]
    for i, st in enumerate(statements):
        if st.date is not None:
            continue
        same = _same_occasion(st, statements[:i])
        same = None if same is not None and recalled_elsewhere(same, st, text) else same
        before = [e for e in dated if e.evidence.start <= st.evidence.start
                  and "\n" not in text[e.evidence.start:st.evidence.start] and not _told_after(e, st, text)]
        # the speaker's words in an earlier paragraph yield to a dated act the statement's own paragraph opens
        # with ("On Monday morning the two spoke by phone. X wrote ...")
        if same is not None and not (before and "\n" in text[same.evidence.start:st.evidence.start]):
            st.date = same.date
        elif before:
            st.date = before[-1].date
        elif dated and (dated[0].evidence.start <= st.evidence.start or lede is None):
            st.date = dated[0].date
        else:  # the first dated act is background told further on ("travelled to X on February 23")
            st.date = lede


def _lede_day(doc: Doc):
    """The day the article's lead sentence gives ("Sweden became a member on Thursday"): the day's news."""
    first = lead_sentence(doc)  # past a headline and a dateline standing alone ("LONDON —")
    if first is None:
        return None
    pub = doc._.published.isoformat() if doc._.published is not None else "9999"
    line = DATELINE.match(first.text)  # "WASHINGTON, Jan. 10 (Wire) -": the day it was filed, not the news
    body = first.start_char + (line.end() if line else 0)
    # (a day still to come, "will meet on Friday", is no day words were said on)
    return next((s._.date for s in doc.spans.get("dates", []) if body <= s.start_char and s.start < first.end
                 and s._.date is not None and s._.date.value and s._.date.value <= pub), None)


def _told_after(event, st: Statement, text: str) -> bool:
    """An act its sentence tells after the words ("called it X, a charge she rejected that evening"): the
    reply came later, so its day is not the day the words were said."""
    if event.evidence.start != st.evidence.start or not event.trigger:
        return False
    said = text.find(st.quote, st.evidence.start, st.evidence.end)
    done = text.find(event.trigger, event.evidence.start, event.evidence.end)
    return said >= 0 and done > said + len(st.quote)


ORATION_WORDS = {"remarks", "address", "speech", "keynote", "toast"}
SHORT_RANGE_DAYS = 3  # talks "on Friday and Saturday": a meeting of a few days, not a season


def _at_engagement(doc: Doc, st: Statement, cue: Token | None, events) -> None:
    """A statement made at a meeting the article reports ("Wang told Sullivan ...", "opened the meeting by
    telling ...", "in his opening remarks") is dated and placed by it: "Bangkok talks", "Busan meeting,
    opening remarks"."""
    bare = st.venue is not None and "," not in st.venue and st.venue.split()[-1].lower() in ORATION_WORDS
    if st.venue is not None and not bare:
        return
    met = engagement_for(doc, cue, st.speaker.actor_id if st.speaker else None, events, bare)
    if met is None or (st.date is not None and not _same_day(st.date, met.date)):
        return
    name = occasion_name(doc, met)
    if name is not None:
        st.venue = f"{name}, {st.venue}" if bare else name
    st.date = st.date or _closing_day(met.date)


def _same_day(said, held) -> bool:
    """A statement's date within a meeting's."""
    day = said.value or said.earliest
    return day is not None and (held.value or held.earliest or "") <= day <= (held.value or held.latest or "")


def _closing_day(date):
    """A meeting's date, or the last day of one held over a few days: by its close the words were said
    (and a readout reporting them is issued then); a longer span stays as it is."""
    if date.value or not (date.earliest and date.latest):
        return date
    first, last = (dt.date.fromisoformat(d) for d in (date.earliest, date.latest))
    if (last - first).days >= SHORT_RANGE_DAYS:
        return date
    return replace(date, value=date.latest, earliest=None, latest=None, precision="day")


OCCASION_CHARS = 600  # about two short paragraphs: further back, the same speaker may be on another day


def _same_occasion(st: Statement, earlier: list[Statement]) -> Statement | None:
    """The same speaker's last dated statement shortly before this one."""
    speaker = st.speaker.actor_id if st.speaker else None
    return next((e for e in reversed(earlier) if speaker and e.speaker and e.speaker.actor_id == speaker
                 and e.date is not None and st.evidence.start - e.evidence.start <= OCCASION_CHARS), None)


def _venue_from_occasion(statements: list[Statement], text: str, written: set[int] = frozenset()) -> None:
    """"X said on Tuesday in the Rose Garden that ... . The plan, he said, ...": words the same speaker goes on
    to say in the same paragraph, on the same day, were said at the same place; so are those the next
    paragraph goes on with when no one else spoke between ("X told Y in Z that ... . According to KCNA, X
    said ...")."""
    for i, st in enumerate(statements):
        same = _same_occasion(st, statements[:i]) if st.venue is None and st.date is not None else None
        if same is None or not same.venue or same.date != st.date:
            continue
        between = text[same.evidence.start:st.evidence.start]
        # (a written statement goes on only in its own paragraph: it was issued, not said where the speaker was)
        if "\n" not in between or (same is statements[i - 1] and between.count("\n\n") <= 1
                                    and id(same) not in written):
            st.venue = same.venue


def _quoting_clause(doc: Doc, quote: Span, cue: Token | None) -> Span | None:
    """The clause a cue reports when the quote is only part of it ("said the plan had "gone too far" and
    would be dropped"): what was said is the clause, of which the quote gives some words verbatim."""
    if cue is None or cue.pos_ != "VERB":
        return None
    clause = speech.content_of(cue)
    if clause is None or not (clause.start <= quote.start and quote.end <= clause.end + 1):
        return None
    outside = sum(1 for t in clause if t.is_alpha and not quote.start <= t.i < quote.end and not t._.in_quote)
    return clause if outside >= 3 else None


@Language.component("detente_statements")
def statements_component(doc: Doc) -> Doc:
    """Doc -> Doc: fills doc._.statements from quotes (marked by the layout component) and reported speech."""
    reads, used = [], set()
    for quote in doc._.quote_spans or []:
        if any(t._.skip for t in quote):
            continue
        read = read_statement(doc, quote)
        if read is None:
            continue
        statement, cue = read
        clause = _quoting_clause(doc, quote, cue)
        if clause is not None:
            if cue.i not in used:  # one statement for the clause, however many fragments it quotes; the
                # first fragment's reading (stance, date, venue) stands: the quoted words are the pointed ones,
                # unless they take no side ("said the "new measures" would provoke a war", "vowed to hunt
                # them down "to the last man"")
                stance = lexical_stance(clause) if statement.stance == "neutral" else statement.stance
                whole = replace(statement, quote=re.sub(r"[\s,.;:]+$", "", clause.text), stance=stance)
                reads.append((whole, cue, clause))
            used.add(cue.i)
            continue
        reads.append((statement, cue, quote))
        if cue is not None:
            used.add(cue.i)
    reads += reported_statements(doc, used)
    statements = sorted(outermost(reads), key=lambda s: s.evidence.start)
    cues = {id(st): cue for st, cue, _ in reads}
    for st in statements:
        st.emphasized_by = st.emphasized_by or (_echoed_by(doc, st) if st.direct else None)
        _at_engagement(doc, st, cues.get(id(st)), doc._.events or [])
    for st in statements:
        when, where = answer_frame(doc, st) if st.date is None or st.venue is None else (None, None)
        st.date, st.venue = st.date or when, st.venue or where
    _date_from_events(statements, doc._.events or [], doc_text(doc), _lede_day(doc))
    for st in statements:
        st.venue = st.venue or framed_venue(doc, st)
    _venue_from_occasion(statements, doc_text(doc), {id(st) for st in statements if told_in_writing(cues.get(id(st)))})
    for st in statements:
        st.venue = placed_at_meeting(st, doc._.events or [], doc)
        st.venue = None if written_only(st.venue) else st.venue
        st.venue = st.venue or scene_venue(doc, st, cues.get(id(st)))
    doc._.statements = statements
    return doc
