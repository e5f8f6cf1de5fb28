"""Who "the three governments" are: a counted anaphor of more than two parties ("the three juntas signed a
pact", "since the three last met", "all four countries agreed") stands for the latest group of that many
states the article named together ("Niger, Mali and Burkina Faso"). All are on the acting side (a joint act
of a group has no target), except that a meeting in one member's country is hosted by it. So does a subject
naming its states ("the leaders of A, B and C") and a "they" that takes either up.
Runs inside `pair_anaphors.fill_parties`, before the pair rules (a group of three is no pair).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.dyad_targets import GUESSED as INFERRED  # refs no word of the clause names
from detente.nlp.events import Draft
from detente.nlp.triggers import trigger_for

COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
JOINT_TYPES = {"AGREE", "CONSULT", "COOPERATE", "ACCUSE", "REQUEST", "SUPPORT"}


def group_count(subject: Token | None) -> int | None:
    """The count a subject gives its parties ("the three juntas", "all three", "the three"), if above two."""
    if subject is None:
        return None
    words = [subject] + [c for c in subject.children if c.dep_ == "nummod"]
    counts = [COUNTS.get(w.lower_) for w in words if w.pos_ == "NUM"]
    return next((c for c in counts if c), None)


def _subject(token: Token) -> Token | None:
    """The subject of the clause the act's verb heads."""
    verb = token if token.pos_ in {"VERB", "AUX"} else None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None


def _first_conjunct(token: Token) -> Token:
    """The head of a coordination a word is part of ("Mali" in "Niger, Mali and Burkina Faso" -> "Niger")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _named_groups(doc: Doc, before: int) -> list[list]:
    """Groups of states named together (one coordination) before a token, in the order told."""
    groups: dict[int, list] = {}
    for span in doc.spans.get("actors", []):
        ref = span._.ref
        if span.start >= before or ref is None or not ref.country or ref.kind != "state":
            continue
        members = groups.setdefault(_first_conjunct(span.root).i, [])
        if all(r.country != ref.country for r in members):
            members.append(ref)
    return [groups[k] for k in sorted(groups)]


def _hosted(d: Draft, group: list) -> tuple[list, list]:
    """A meeting in one member's country is a visit of the others to it; else all act together."""
    here = d.location.country if d.location is not None else None
    if d.type == "CONSULT" and here in {r.country for r in group}:
        d.mode = d.mode or "visit"
        return [r for r in group if r.country != here], [r for r in group if r.country == here]
    return list(group), []


def _unfilled(d: Draft) -> bool:
    """No party from the act's own words (a place's state, "met in Kampala, Uganda", is no party named)."""
    return not d.source and all(r.via in INFERRED for r in d.target)


def fill_counted_parties(doc: Doc, drafts: list[Draft]) -> set[int]:
    """Give acts of "the three X" the last group of three states named; returns the ids of all acts of such
    a counted subject (a group of three is no pair, whether or not its members were found)."""
    counted = set()
    for d in drafts:
        members = _members_named(doc, d)
        if members is not None:  # "the leaders of A, B and C met": all of them, a meeting hosted by its place
            counted.add(id(d))
            own = [r for r in d.target if r.country not in {m.country for m in members}]
            d.source, d.target = _hosted(d, members) if d.type == "CONSULT" else (members, own)
            continue
        count = group_count(_subject(d.token))
        if count is None or d.type not in JOINT_TYPES or not _unfilled(d):
            continue
        counted.add(id(d))
        group = next((g for g in reversed(_named_groups(doc, d.token.i)) if len(g) == count), None)
        if group is not None:
            d.source, d.target = _hosted(d, group)
    return counted


GROUP_PREPS = {"of", "from"}


def _members_named(doc: Doc, d: Draft) -> list | None:
    """The states a group subject names ("the leaders of China, Japan and Korea", "the military governments of
    A, B and C"), directly or through "they" (of the clause that reports them, or opening the next sentence);
    None unless three or more (a group, not a pair) and some is not yet on the act's sides."""
    from detente.nlp.antecedents import mention_of
    from detente.nlp.pair_anaphors import _anaphor_subject
    if d.token.pos_ != "VERB" and trigger_for(d.token.head) is not None:
        return None  # "condemned the massacre": the object act is not the group's
    said = _anaphor_subject(d.token)
    subject = _antecedent(said)
    if subject is None or not (subject.tag_ == "NNS" or group_count(subject)):
        return None
    heads = [g for c in subject.children if c.dep_ == "prep" and c.lower_ in GROUP_PREPS
             for p in c.children if p.dep_ == "pobj" for g in [p, *p.conjuncts]]
    members: list = []
    for head in heads:
        span = mention_of(doc, head)
        ref = span._.ref if span is not None else None
        if ref is not None and ref.kind == "state" and ref.country and all(m.country != ref.country for m in members):
            members.append(ref)
    count = group_count(subject) if said is not subject else None  # "the three governments ... They charged"
    if not members and count:
        members = next((list(g) for g in reversed(_named_groups(doc, subject.i)) if len(g) == count), [])
    on_sides = {r.country for r in d.source + d.target}
    return members if len(members) >= 3 and not {m.country for m in members} <= on_sides else None


def _antecedent(subject: Token | None, hops: int = 2) -> Token | None:
    """The noun a subject "they" stands for: the subject of the clause reporting it ("the governments said
    they ..."), else, opening its sentence, the main subject of the sentence before."""
    if subject is None or subject.lower_ != "they" or hops == 0:
        return subject
    for verb in subject.ancestors:
        above = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if above is not None and above.i < subject.i:
            return _antecedent(above, hops - 1)
    sent = subject.sent
    if subject.head != sent.root or sent.start == 0:
        return None
    before = subject.doc[sent.start - 1].sent
    main = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if main is not None and main.tag_ not in {"NNS", "NNPS", "PRP"}:  # "X hosted A, B and C, the second time
        # the four have met": the plural the sentence counts, not its singular subject
        main = next((t for t in reversed(before) if t.dep_ in {"nsubj", "nsubjpass"} and group_count(t)), main)
    return _antecedent(main, hops - 1)
