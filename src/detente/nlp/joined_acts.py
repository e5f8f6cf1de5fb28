"""A second speech act joined to what a speaker is said to say: "said it was concerned and urged Beijing to
act", "said X had no evidence, adding that ...". Each cue verb starts its own statement (README convention
16), so the first content stops before the joined act, which is read as the speaker's next statement."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.nlp.stance import cue_stance, lexical_stance, stated_stance
from detente.records import Statement

# Acts of speech a speaker adds to what it said, told by a verb in the narrative past with no subject of its
# own: an appeal, a refusal, a censure, an insistence. (Verbs that also tell what the reported party did,
# "admitted", "agreed", "confirmed", are left out: there the subject of the words is as likely the doer.)
JOINED_ACTS = {"urge", "call", "ask", "press", "appeal", "reject", "dismiss", "deny", "condemn", "denounce",
               "insist", "demand", "add", "vow", "pledge", "stress", "reiterate"}
# Participles of saying that open a further claim after a comma ("..., adding that", "..., insisting that").
SAYING_PARTICIPLES = {"add", "insist", "stress", "note", "argue", "warn"}


def _participle_act(tok: Token) -> bool:
    """", adding that ...": a participle of saying hung on the reported words, after a comma."""
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.lemma_.lower() in SAYING_PARTICIPLES and \
        tok.i > 0 and tok.doc[tok.i - 1].is_punct


def _conjoined_act(tok: Token, span: Span) -> bool:
    """"and urged Beijing to ...": a subjectless act of speech in the past, joined to a verb of the words."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or tok.lemma_.lower() not in JOINED_ACTS:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    return span.start <= tok.head.i < tok.i


def joined_act(span: Span) -> Token | None:
    """The first act of speech joined to the span's words (see _participle_act, _conjoined_act)."""
    for tok in span:
        if tok.i <= span.start + 1 or tok.pos_ != "VERB":
            continue
        if _participle_act(tok) or _conjoined_act(tok, span):
            return tok
    return None


def _trim(doc, start: int, end: int, claim: bool = True) -> Span | None:
    """The words from start to end without punctuation or a joining word at either end; None when nothing,
    or for a claim no two words with a verb, are left."""
    while start < end and (doc[start].is_punct or doc[start].dep_ in {"cc", "mark"} or doc[start].lower_ == "that"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    words = doc[start:end]
    if not claim:
        return words if any(t.is_alpha for t in words) else None
    if sum(1 for t in words if t.is_alpha) < 2 or not any(t.pos_ in {"VERB", "AUX", "ADJ"} for t in words):
        return None
    return words


def _act_words(act: Token, end: int) -> Span | None:
    """What the joined act says, to the end of the words (a further act there is split off in turn): a
    participle's clause after "that" ("adding that X"), or the act's predicate after its verb, the cue."""
    return _trim(act.doc, act.i + 1, end, claim=act.tag_ == "VBG")


def split_joined(reads: list[tuple[Statement, Token | None, Span]]) -> list[tuple[Statement, Token | None, Span]]:
    """Each read whose words carry a joined act of speech as the read before it and one read per act."""
    acts = {id(read): _act_of(read) for read in reads}
    joined = {act.i for act in acts.values() if act is not None}
    out = []
    for read in reads:
        st, cue, span = read
        if cue is not None and cue.i in joined:
            continue  # a joined act read on its own, with the subject its verb lacks guessed: read below
        act = acts[id(read)]
        first = _trim(span.doc, span.start, act.left_edge.i if act is not None else span.end, claim=False)
        if act is None or first is None:
            out.append((st, cue, span))
            continue
        stance = stated_stance(cue) or cue_stance(cue)
        out.append((_part(st, first, stance or lexical_stance(first)), cue, first))
        rest = _act_words(act, span.end)
        if rest is None:
            continue
        own = stated_stance(act) or cue_stance(act) or lexical_stance(rest)
        out.extend(split_joined([(replace(_part(st, rest, own), cue=act.text), act, rest)]))
    return out


def _act_of(read: tuple[Statement, Token | None, Span]) -> Token | None:
    """The act of speech joined to a reported statement's words (its cue before them), if any."""
    _, cue, span = read
    return joined_act(span) if cue is not None and cue.i < span.start else None


def _part(st: Statement, part: Span, stance: str) -> Statement:
    """The statement narrowed to one part of its words, with that part's stance."""
    return replace(st, quote=part.text, stance=stance, direct=st.direct and any(t._.in_quote for t in part))
