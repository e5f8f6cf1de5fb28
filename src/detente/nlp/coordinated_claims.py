"""Claims coordinated under one cue: "said that A and that B", "was ready to X but would not Y" are one
statement per claim (README convention 16). A conjoined clause is a claim of its own when it has its own
subject, auxiliary, finite verb or "that"; predicates sharing one auxiliary ("had added X and eased Y")
stay one claim, and verbless parts stay with their clause."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.nlp.stance import cue_stance, lexical_stance, stated_stance
from detente.records import Statement

FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}  # a verb that carries its own tense says its own claim
OWN_DEPS = {"nsubj", "nsubjpass", "expl", "aux", "auxpass"}  # ... and so does one with its own subject or auxiliary
JOINERS = {"and", "but", "yet", "that", "also"}  # words joining the claims, left out of either part
CONTRASTS = {"but", "yet", "while", "though", "although", "whereas"}  # words setting one claim against another
WH_TAGS = {"WP", "WDT", "WRB"}  # "whoever leads X": a free relative conceding a case, not a claim


def own_claim(verb: Token) -> bool:
    """A conjoined verb that says a claim of its own: its own subject, auxiliary, tense or "that"; a past
    form after a verb with an auxiliary ("had lifted X and eased Y") shares that auxiliary."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    kids = [c for c in verb.children if c.i < verb.i]
    if any(c.dep_ in OWN_DEPS or (c.dep_ == "mark" and c.lower_ == "that") for c in kids):
        return True
    shared = verb.dep_ == "conj" and any(c.dep_ in {"aux", "auxpass"} for c in verb.head.children)
    return verb.tag_ in FINITE_TAGS and not shared


def _claim_heads(span: Span, cue: Token | None) -> tuple[list[Token], set[int]]:
    """The verbs inside the span that start a second or later claim: conjuncts of the content's head (or
    of the cue, when the parser hung a second "that" clause on it), followed along the chain; and the
    chain's verbs."""
    inside = range(span.start, span.end)
    first = _content_head(span, cue)
    if first is None:
        return [], set()
    heads, chain, todo = [], {first.i}, [first] + ([cue] if cue is not None else [])
    while todo:
        node = todo.pop()
        for c in node.children:
            if c.i not in inside or c.i in chain or c.i <= first.i:
                continue
            second = c.dep_ == "conj" or (node is cue and c.dep_ == "ccomp" and c.left_edge.tag_ not in WH_TAGS)
            if not second or c.pos_ not in {"VERB", "AUX"}:
                continue
            chain.add(c.i)
            todo.append(c)
            if node is cue or (own_claim(c) and not _shares_object(node, c)):
                heads.append(c)
    return sorted(heads, key=lambda t: t.i), chain


def _content_head(span: Span, cue: Token | None) -> Token | None:
    """The verb heading the first claim: the span's root, or, when the cue sits inside the span ("A, he
    said, but will B"), the first clause hung on the cue."""
    root = span.root
    if cue is None or root.i != cue.i:
        return root
    return next((c for c in cue.children if span.start <= c.i < span.end and c.dep_ in {"ccomp", "conj"}
                 and c.pos_ in {"VERB", "AUX"}), None)


def _shares_object(node: Token, verb: Token) -> bool:
    """"did not accept and would never accept mediation": a first verb with nothing after it, joined to one
    with no subject of its own, takes the second one's object; the two make one claim."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return False
    return not any(c.i > node.i and c.i < verb.i and c.dep_ not in {"cc", "punct", "neg", "advmod"}
                   for c in node.children)


def _cue_words(span: Span, cue: Token | None, chain: set[int]) -> set[int]:
    """The cue's own words inside the span ("..., he added, but will ..."): its subtree, less the claims
    hung on it."""
    if cue is None or not span.start <= cue.i < span.end:
        return set()
    claims = {t.i for c in cue.children if c.i in chain for t in c.subtree}
    return {t.i for t in cue.subtree} - claims


def _trimmed(doc, start: int, end: int, skip: set[int]) -> Span | None:
    """doc[start:end] without punctuation, joining words or the cue's own words at either end; None when no
    claim is left (fewer than two words, no verb, or the cue inside)."""
    tokens = list(doc[start:end])
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].lower_ in JOINERS or tokens[0].i in skip):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc" or tokens[-1].i in skip):
        tokens = tokens[:-1]
    if sum(1 for t in tokens if t.is_alpha) < 2 or not any(t.pos_ in {"VERB", "AUX"} for t in tokens) or \
            any(t.i in skip for t in tokens):
        return None
    return doc[tokens[0].i:tokens[-1].i + 1]


def _inside_quotation(span: Span, cut: int) -> bool:
    """A cut between two words of one quotation ("We are serious, and if they are, ..."): the speaker's
    own words are reported whole, as the records quote them."""
    doc = span.doc
    before = next((doc[i] for i in range(cut - 1, span.start - 1, -1) if doc[i].is_alpha), None)
    after = next((doc[i] for i in range(cut, span.end) if doc[i].is_alpha), None)
    return before is not None and after is not None and before._.in_quote and after._.in_quote


def coordinated_parts(span: Span, cue: Token | None = None) -> list[Span]:
    """The span cut before each claim of its own (see _claim_heads); the span alone when it is one claim,
    runs over more than one sentence, or a cut would leave a part with no claim."""
    if span.start >= span.end or span.doc[span.start].sent != span.doc[span.end - 1].sent:
        return [span]
    heads, chain = _claim_heads(span, cue)
    cuts = sorted({h.left_edge.i for h in heads if span.start < h.left_edge.i < span.end
                   and not _inside_quotation(span, h.left_edge.i)})
    if not cuts:
        return [span]
    skip = _cue_words(span, cue, chain)
    bounds = [span.start] + cuts + [span.end]
    parts = [_trimmed(span.doc, a, b, skip) for a, b in zip(bounds, bounds[1:])]
    return parts if all(p is not None for p in parts) else [span]


def split_coordinated(reads: list[tuple[Statement, Token | None, Span]]) -> list[tuple[Statement, Token | None, Span]]:
    """Each read whose content coordinates claims as one read per claim, each with its own words and
    stance (a cue that takes a side gives it to every part), the rest shared."""
    out = []
    for st, cue, span in reads:
        parts = coordinated_parts(span, cue)
        if len(parts) == 1:
            out.append((st, cue, span))
            continue
        stances = part_stances(st, cue, parts)
        for part, stance in zip(parts, stances):
            quoted = any(t._.in_quote for t in part)
            out.append((replace(st, quote=part.text, stance=stance, direct=st.direct and quoted), cue, part))
    return out


def part_stances(st: Statement, cue: Token | None, parts: list[Span]) -> list[str]:
    """Each part's stance: the cue's when it takes a side; claims set against each other ("wants calm but
    will answer any raid", README convention 23) each take their own words' side; claims added to each
    other ("A and that B") take the side their words take together, as one word of a part often names a
    topic ("the accord had been imposed") rather than the speaker's side."""
    stance = (stated_stance(cue) or cue_stance(cue)) if cue is not None else None
    if stance:
        return [stance] * len(parts)
    if not _contrasted(parts):
        return [st.stance] * len(parts)
    # a part whose own words take no side keeps the whole's (a short claim often takes its side from the
    # claim beside it)
    return [own if own != "neutral" else st.stance for own in (lexical_stance(p) for p in parts)]


def _contrasted(parts: list[Span]) -> bool:
    """Whether a contrast word stands between two of the parts ("A, but B", "A, yet that B")."""
    doc = parts[0].doc
    return any(t.lower_ in CONTRASTS for a, b in zip(parts, parts[1:]) for t in doc[a.end:b.start])
