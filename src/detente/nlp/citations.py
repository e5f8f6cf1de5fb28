"""Further ways an article puts a body or its spokesperson on record (helpers of `metadata`).

- a body's own act of speech: "the ministry condemned the arrest", "the commission responded in a statement";
- a body owned by a pronoun: "Qatar said ... . Its foreign ministry said" -> "Qatari Ministry of Foreign Affairs";
- a spokesperson named in apposition: "Its spokesman, Shi Yi, said" -> "Shi Yi (spokesman)".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Verbs whose subject speaks on record by the act itself: a condemnation or a reply is a public statement.
# "describe" only names ("described the talks as useful"); it counts with its "as" or a channel.
ON_RECORD_VERBS = {"condemn", "denounce", "reply", "respond", "describe", "protest", "rebuke"}
# Channels that put the act on record: "in a statement", "in its account of the meeting".
RECORD_CHANNELS = {"statement", "account", "readout", "communique", "communiqué", "release", "post", "briefing"}


def _has_channel(verb: Token) -> bool:
    """"... in a statement", "... in its account": the verb names the document it was made in (the parser
    may hang the phrase on the object's complement, so the whole clause is read)."""
    return any(p.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in RECORD_CHANNELS for o in p.children)
               for p in verb.subtree)


def _named_as(verb: Token) -> bool:
    """"described the talks as useful", wherever the parser hangs the "as"."""
    return any(t.lower_ == "as" and t.i > verb.i for t in verb.subtree)


def speaks_by_act(subject: Token) -> bool:
    """"The ministry condemned the strikes": a body whose act is itself a statement on record."""
    verb = subject.head
    if subject.dep_ == "nsubj" and _calls_it(verb):
        return True  # "Downing Street called it a landmark accord": a judgement given on record
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in ON_RECORD_VERBS:
        return False
    if verb.lemma_.lower() == "describe":
        return _has_channel(verb) or _named_as(verb)
    return True


OWNER_PRONOUNS = {"its": {"state", "organisation"}, "his": {"person"}, "her": {"person"}}


def pronoun_country(owner: Token) -> str | None:
    """"Qatar said ... . Its foreign ministry said": the state a possessive pronoun stands for, from the
    nearest actor of the right kind named in this sentence or the one before, a subject first (a pronoun
    takes up the clause's topic more often than the last name mentioned)."""
    kinds = OWNER_PRONOUNS.get(owner.lower_)
    if kinds is None or owner.dep_ != "poss":
        return None
    sent = owner.sent
    start = owner.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = [s for s in owner.doc.spans.get("actors", []) if start <= s.start and s.end <= owner.i
              and s._.ref.kind in kinds and s._.ref.country]
    subjects = [s for s in before if s.root.dep_ in {"nsubj", "nsubjpass"}]
    return (subjects or before)[-1]._.ref.country if before else None


def _calls_it(verb: Token) -> bool:
    """"called the drills a stern warning": naming a thing as something is a judgement in words."""
    return verb.lemma_.lower() == "call" and any(c.dep_ in {"oprd", "ccomp"} for c in verb.children)


def names_in_words(verb: Token) -> bool:
    """"called the drills a stern warning", "condemned the strikes": a person's words reported by their act."""
    return verb.lemma_.lower() in ON_RECORD_VERBS or _calls_it(verb)


def spokes_title(span: Span, spokes: tuple[str, ...]) -> Token | None:
    """"Its spokesman, Shi Yi, said": the spokes-noun the name stands in apposition to, itself a subject."""
    head = span.root.head
    if span.root.dep_ == "appos" and head.lower_.startswith(spokes) and head.dep_ == "nsubj":
        return head
    return None
