"""Statement component: quotes with speaker, cue, date, venue, stance and who emphasises them."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp.arguments import refs_for, without_role
from detente.nlp.evidence import evidence_of
from detente.nlp.quotes import MIN_WORDS
from detente.records import Statement

CUE_VERBS = {"say", "state", "tell", "warn", "add", "declare", "note", "insist", "stress", "assert",
             "claim", "argue", "write", "announce", "pledge", "vow", "promise", "remark", "caution",
             "affirm", "reiterate", "emphasize", "emphasise", "acknowledge", "accuse", "describe"}
CUE_NOUNS = {"assertion", "remark", "remarks", "statement", "warning", "words", "pledge", "claim",
             "comment", "comments", "vow", "promise", "declaration", "message", "line", "speech"}
SPEECH_NOUNS = {"speech", "remarks", "address", "keynote", "interview", "conference", "statement",
                "briefing", "testimony", "op-ed"}
SPEECH_VERBS = {"give", "deliver", "make", "hold", "address"}
EMPHASIS_VERBS = {"emphasize", "emphasise", "stress", "highlight", "focus", "underline", "underscore",
                  "seize", "cite", "point", "play", "quote", "amplify", "spotlight"}
STANCE_WORDS = {"conciliatory": "conciliatory", "reassuring": "conciliatory", "friendly": "conciliatory",
                "warm": "conciliatory", "positive": "conciliatory", "hostile": "hostile",
                "threatening": "hostile", "harsh": "hostile", "combative": "hostile", "aggressive": "hostile",
                "belligerent": "hostile", "confrontational": "hostile", "hawkish": "hostile"}
HOSTILE = {"threat", "threaten", "imminent", "attack", "aggression", "aggressive", "punish", "destroy",
           "provocation", "provoke", "provocative", "coerce", "coercion", "bully", "hegemony", "invade", "war",
           "enemy", "retaliate", "retaliation", "crush", "warn", "dangerous", "instigate", "subjugate",
           "humiliate", "intimidate", "sanction", "hostile", "illegal", "violate", "violation", "reckless",
           "condemn", "blame", "risk", "grave", "gravest", "collusion", "futile", "contain", "deter",
           "resolutely", "stoutly", "defend", "unreasonable", "senseless", "interfere", "interference",
           "confront", "confrontation", "escalate", "escalation", "irresponsible", "unacceptable",
           "smash", "firmly", "oppose", "protest", "accuse", "lie", "lies", "fail", "failure", "abuse",
           "conflict", "collusion", "futile", "punishment", "reckless", "hostility", "pressure"}
CONCILIATORY = {"cooperation", "cooperate", "peace", "peaceful", "dialogue", "partnership", "friendship",
                "stability", "stable", "respect", "mutual", "together", "welcome", "constructive", "pragmatic",
                "trust", "understanding", "calm", "de-escalate", "communication", "engage", "common", "good",
                "positive", "satisfied", "ready", "hope", "hoped", "amazing", "great", "productive",
                "progress", "step", "open", "win-win", "benefit", "commitment", "friend", "friends",
                "agreement", "reconcile", "healthy", "candid", "fruitful", "successful", "warm"}
NEGATORS = {"not", "nor", "never", "no", "n't", "neither", "without"}


def _negated(token: Token) -> bool:
    """Under negation by syntax: "will not instigate nor seek to subjugate", "no aggression"."""
    chain = [token, token.head, token.head.head]
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    return any(c.dep_ == "neg" or (c.dep_ == "cc" and c.lower_ in {"nor", "neither"})
               for node in chain for c in node.children)


def _lexical_stance(span: Span) -> str:
    """Stance from the quote's words; a hostile word under negation reads as reassurance."""
    hostile = conciliatory = 0
    tokens = list(span)
    for i, t in enumerate(tokens):
        lemma = t.lemma_.lower()
        negated = _negated(t)
        if lemma in HOSTILE or t.lower_ in HOSTILE:
            conciliatory, hostile = (conciliatory + 1, hostile) if negated else (conciliatory, hostile + 1)
        elif lemma in CONCILIATORY or t.lower_ in CONCILIATORY:
            conciliatory += 1
    if hostile > conciliatory:
        return "hostile"
    return "conciliatory" if conciliatory > hostile else "neutral"


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


def _cue_and_speaker(doc: Doc, quote: Span, syntax_only: bool = False) -> tuple[Token | None, list]:
    head = _quote_head(quote)
    chain = ([head] + list(_ancestors(head))) if head is not None else []
    for tok in chain[:4]:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in CUE_VERBS:
            subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            return tok, refs_for(doc, subj, False)
        if tok.pos_ == "NOUN" and tok.lower_ in CUE_NOUNS:
            owner = next((c for c in tok.children if c.dep_ in {"poss", "compound", "nmod"}), None)
            return tok, refs_for(doc, owner, False)
    return (None, []) if syntax_only else _sentence_cue(doc, quote)


def _sentence_cue(doc: Doc, quote: Span) -> tuple[Token | None, list]:
    """Fallback: a cue verb elsewhere in the sentence ("..., she said")."""
    for tok in doc[quote.start].sent:
        if tok._.in_quote or tok.pos_ != "VERB" or tok.lemma_.lower() not in CUE_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        refs = refs_for(doc, subj, False)
        if refs:
            return tok, refs
    return None, []


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


def _stated_stance(cue: Token | None) -> str | None:
    """A stance the article itself names around the quote ("emphasizes conciliatory elements")."""
    if cue is None:
        return None
    for tok in [cue] + list(_ancestors(cue))[:3]:
        for child in tok.children:
            if child.dep_ == "amod" and child.lower_ in STANCE_WORDS:
                return STANCE_WORDS[child.lower_]
    return None


def _speech_frame(doc: Doc, quote: Span, speaker_id: str | None) -> tuple:
    """Date and venue from a speech by the same speaker in this or the two previous sentences."""
    sents = [s for s in doc.sents if s.start <= quote.start][-3:]
    for sent in reversed(sents):
        for tok in sent:
            if tok.lower_ not in SPEECH_NOUNS or tok.pos_ != "NOUN":
                continue
            holder = tok.head if tok.dep_ == "dobj" and tok.head.lemma_ in SPEECH_VERBS else None
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None and holder is not None:
                owner = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            refs = refs_for(doc, owner, False)
            if speaker_id and refs and refs[0].actor_id != speaker_id:
                continue
            return _frame_date(doc, tok, holder), _venue(doc, tok) or (_venue(doc, holder) if holder else None)
    return None, None


def _frame_date(doc: Doc, tok: Token, holder: Token | None = None):
    own = {t.i for t in tok.subtree}
    if holder is not None:
        own |= {t.i for c in holder.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree}
    return next((s._.date for s in doc.spans.get("dates", []) if s.start in own), None)


def _venue(doc: Doc, tok: Token) -> str | None:
    """"at Singapore's Shangri-La Dialogue" -> "Shangri-La Dialogue, Singapore"."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"at", "to", "before"}):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        place = next((c for c in obj.children if c.dep_ == "poss"), None)
        skip = {x.i for x in place.subtree} if place is not None else set()
        words = [t for t in obj.subtree if t.i not in skip and t.dep_ != "det" and t.tag_ != "POS"]
        name = doc[words[0].i:words[-1].i + 1].text if words else obj.text
        return f"{name}, {place.text}" if place is not None else name
    return None


def read_statement(doc: Doc, quote: Span) -> Statement | None:
    short = sum(1 for t in quote if t.is_alpha) < MIN_WORDS
    cue, speakers = _cue_and_speaker(doc, quote, syntax_only=short)
    if not speakers:
        return None
    speaker = without_role(speakers[0])
    frame_date, venue = _speech_frame(doc, quote, speaker.actor_id)
    text = re.sub(r"[\s,.;:]+$", "", quote.text)
    return Statement(
        speaker=speaker.actor_ref(), quote=text, cue=cue.text if cue is not None else None,
        stance=_stated_stance(cue) or _lexical_stance(quote), date=frame_date, venue=venue,
        emphasized_by=_emphasis(doc, cue), evidence=evidence_of(doc[quote.start].sent),
    )


ANONYMOUS = {"source", "sources", "report", "reports", "readout", "readouts", "media"}
CONTENT_OBJECT_CUES = {"stress", "emphasize", "emphasise", "reiterate", "underline", "affirm"}


def _reported_content(verb: Token) -> Token | None:
    """The clause a cue verb reports: "said (that) ...", "stressed the importance of ...", "..., he added, ..."."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None and verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
        clause = verb.head
    if clause is None and verb.lemma_.lower() in CONTENT_OBJECT_CUES:
        clause = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if clause is None or clause.lemma_.lower() in CUE_VERBS:
        return None  # "X said Y told Z ...": the inner cue carries the statement
    return clause


def read_reported(doc: Doc, verb: Token) -> Statement | None:
    """Reported speech: a cue verb with a speaker actor and a content clause, no quotation marks."""
    clause = _reported_content(verb)
    if clause is None or any(t._.in_quote or t._.skip for t in clause.subtree):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() in ANONYMOUS:
        return None  # "Pentagon sources told Nikkei that ...": sourcing, not a statement
    speakers = [r for r in refs_for(doc, subj, False) if r.sector not in {"JRN"}]
    if not speakers:
        return None
    skip = {t.i for t in verb.subtree} if clause.i == verb.head.i else set()
    tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i) and t.i not in skip]
    if not tokens:
        return None
    span = doc[tokens[0].i:tokens[-1].i + 1]
    speaker = without_role(speakers[0])
    when = next((s._.date for s in doc.spans.get("dates", []) if s.root.head.i == verb.i
                 or (s.root.head.dep_ == "prep" and s.root.head.head.i == verb.i)), None)
    return Statement(speaker=speaker.actor_ref(), quote=span.text, cue=verb.text,
                     stance=_lexical_stance(span), date=when, venue=None,
                     emphasized_by=_emphasis(doc, verb), evidence=evidence_of(verb.sent), direct=False)


def reported_statements(doc: Doc) -> list[Statement]:
    found = []
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in CUE_VERBS and not tok._.skip and not tok._.in_quote:
            statement = read_reported(doc, tok)
            if statement is not None:
                found.append(statement)
    return found


def _date_from_events(statements: list[Statement], events) -> None:
    """An undated statement is dated by the engagement the article reports: the nearest earlier
    occurred event with a day date, else the article's first such event."""
    dated = [e for e in events if e.status == "occurred" and e.date is not None and e.date.value]
    for st in statements:
        if st.date is not None or not dated:
            continue
        before = [e for e in dated if e.evidence.start <= st.evidence.start]
        st.date = (before[-1] if before else dated[0]).date


@Language.component("detente_statements")
def statements_component(doc: Doc) -> Doc:
    """Doc -> Doc: fills doc._.statements from quotes (marked by the layout component) and reported speech."""
    statements = []
    for quote in doc._.quote_spans or []:
        if any(t._.skip for t in quote):
            continue
        statement = read_statement(doc, quote)
        if statement is not None:
            statements.append(statement)
    statements += reported_statements(doc)
    statements = sorted(statements, key=lambda s: s.evidence.start)
    _date_from_events(statements, doc._.events or [])
    doc._.statements = statements
    return doc
