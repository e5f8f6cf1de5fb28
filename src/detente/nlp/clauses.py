"""Spans of what is said, from the parse: a clause's words (the longer side when the cue interrupts it),
a clause whose second predicate goes on after the cue ("X will not do A, he said, but will do B"), a
closing cue the parser conjoined to the clause it reports, and the second object of a naming cue
("called the deal a disaster", "rated the talks a 10"). Split out of speech.py, which reads the cues."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

CONDITION_MARKS = {"if", "unless"}


def clause_span(doc: Doc, clause: Token, drop: set[int] = frozenset(), least: int = 2) -> Span | None:
    """The clause's words as one span; when the cue sits inside it ("Acts of protest, he said, are ..."),
    the longer part, so the span never covers the cue and its speaker."""
    tokens = [t for t in clause.subtree if t.i not in drop and not (t.dep_ == "mark" and t.head.i == clause.i)]
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    tokens = max(reversed(runs), key=lambda r: sum(1 for t in r if t.is_alpha)) if runs else []
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    if not tokens or sum(1 for t in tokens if t.is_alpha) < least:
        return None
    return doc[tokens[0].i:tokens[-1].i + 1]


def stranded_clause(verb: Token) -> Token | None:
    """"said at a joint appearance that the interests were linked": the parser may hang the "that" clause
    on the noun of the cue's own phrase as a relative clause; with "that" as its mark (not its subject or
    object, as a relative pronoun is) and a subject of its own, it is what the cue reports."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            clause = next((r for r in noun.children if r.dep_ == "relcl" and r.pos_ in {"VERB", "AUX"}), None)
            if clause is not None and any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children) \
                    and any(g.dep_ in {"nsubj", "nsubjpass"} and g.i < clause.i for g in clause.subtree):
                return clause
    return None


def trailing_conjunct(verb: Token) -> bool:
    """A cue closing the sentence after a comma, parsed as a clause conjoined without "and" ("This includes
    a special force, the secretary told a panel."): the attribution of the clause before it."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return False
    start = subj.left_edge.i
    end = max(t.i for t in verb.subtree if not t.is_punct)
    sent = verb.sent
    last = max(t.i for t in sent if not t.is_punct and not t.is_space)
    return start > 0 and verb.doc[start - 1].text == "," and end == last


def interrupted_clause(doc: Doc, head: Token, cue: Token) -> Span | None:
    """"X will not do A, he said, but will do B": a cue set inside one clause whose second predicate goes
    on after it ("but"/"and" and a verb with no subject of its own, hung from the clause or from the cue)
    reports the whole clause, not one side of it: the side after the cue has no subject, the side before
    it half the claim."""
    own = {t.i for t in cue.subtree}
    after = cue.i + 1  # past the cue's own words ("he told reporters,"), to the "but" or "and"
    while after < len(doc) and (doc[after].is_punct or (after in own and doc[after].dep_ != "cc")):
        after += 1
    if head.i > cue.i or after >= len(doc) or doc[after].dep_ != "cc" or doc[after].head.i not in {head.i, cue.i}:
        return None
    owner = doc[after].head
    conj = next((c for c in owner.children if c.dep_ == "conj" and c.i > after and c.pos_ in {"VERB", "AUX"}
                 and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)
    if conj is None or (owner.i == cue.i and not goes_on(conj)):
        return None
    return hull(doc, head, head.left_edge.i, conj.right_edge.i)


def hull(doc: Doc, clause: Token, start: int, end: int) -> Span | None:
    """doc[start:end + 1] without the clause's "that" and the punctuation closing it."""
    words = [t for t in doc[start:end + 1] if not (t.dep_ == "mark" and t.head.i == clause.i)]
    while words and (words[-1].is_punct or words[-1].is_space):
        words = words[:-1]
    return doc[words[0].i:words[-1].i + 1] if words else None


MODALS = {"will", "would", "can", "could", "must", "should", "may", "might", "shall"}


def continued_clause(doc: Doc, clause: Token, cue: Token) -> Span | None:
    """"X will not do A, he said, but will do B" read as "said" with A before it and "will do B" conjoined
    to it: a predicate after the cue with no subject that goes on with what is said (see goes_on)."""
    if clause.i > cue.i or not any(c.dep_ == "punct" and c.text == "," and c.i == cue.i + 1 for c in cue.children):
        return None
    if not any(c.dep_ == "cc" and c.i > cue.i for c in cue.children):
        return None
    conj = next((c for c in cue.children if c.dep_ == "conj" and c.i > cue.i and c.pos_ in {"VERB", "AUX"}), None)
    if conj is None or any(g.dep_ in {"nsubj", "nsubjpass"} for g in conj.children) or not goes_on(conj):
        return None
    return hull(doc, clause, clause.left_edge.i, conj.right_edge.i)


TURNING = {"but", "yet"}  # "X, but that Y": the records keep the turn as a second statement


def further_contents(doc: Doc, span: Span | None, cue: Token) -> Span | None:
    """"said it had accepted X, and that Y", "said that A had flown, had kept B and had not C": the parser may
    hang a second clause said (a "that" clause conjoined, or a second complement) on the cue itself; it goes
    on with what was said, so the content runs through it."""
    if span is None or span.start < cue.i:
        return span
    more = [c for c in cue.children if c.i >= span.end and (c.dep_ == "ccomp" or (
        c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and any(g.dep_ == "mark" and g.lower_ == "that"
                                                              for g in c.children)))]
    if not more:
        return span
    last = max(more, key=lambda c: c.right_edge.i)
    between = doc[span.end:min(c.left_edge.i for c in more)]
    turned = any(t.lower_ in TURNING for t in doc[span.end:max(c.i for c in more)])
    if turned or any(not (t.is_punct or t.dep_ == "cc" or t.lower_ == "that") for t in between):
        return span  # another part of the sentence between, or a turn ("but that ..."): a statement of its own
    return hull(doc, span.root, span.start, last.right_edge.i)


def goes_on(conj: Token) -> bool:
    """A predicate conjoined after a past-tense cue that is not in the narrative past ("..., she said, but
    will answer", "and remains") goes on with what is said, not with what the speaker did ("and left")."""
    if conj.head.tag_ != "VBD" and conj.head.dep_ != "parataxis":
        return False
    return conj.tag_ in {"VBZ", "VBP"} or any(g.dep_ == "aux" and g.lower_ in MODALS for g in conj.children)


def second_object(verb: Token, obj: Token) -> Token | None:
    """What a naming cue calls its object: "called the deal a disaster"; the parser may take a number or a
    noun phrase after the object for an adverbial ("rated the talks a 10"), but not a date ("called a
    meeting Tuesday")."""
    for c in verb.children:
        if c.dep_ in {"oprd", "xcomp"}:
            return c
        if c.dep_ == "npadvmod" and c.i > obj.i and c.ent_type_ not in {"DATE", "TIME"} and \
                (c.pos_ == "NUM" or any(g.dep_ == "det" for g in c.children)):
            return c
    return None


def named_without_object(verb: Token) -> Span | None:
    """What a naming cue with no object called something: the parser may fold the thing named into the
    name ("called the raid "state terrorism"", the raid a modifier of "terrorism") or leave it outside
    the cue's clause ("an act X called unsafe", a relative clause); the name is what was said."""
    name = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
    if name is None or any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None
    if name.left_edge.i < name.i or verb.dep_ == "relcl":
        return clause_span(verb.doc, name, least=1)
    return None


def within_own_clause(token: Token, verb: Token) -> bool:
    """`token` hangs under `verb` with no other verb between them (and under it at all): it belongs to the
    verb's own clause, not to a clause of another verb inside it."""
    node = token.head
    while node.i != verb.i:
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head
    return True


def condition_clauses(verb: Token) -> list[Token]:
    """The "if" / "unless" clauses hung on a verb ("would respond if X attacked")."""
    return [c for c in verb.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]
