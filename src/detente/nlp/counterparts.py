"""Counterpart component: who each side puts forward as whose counterpart, and on what basis.

"X considers A the natural equivalent to B" -> for B, candidate A, preferred by X (formal equivalent);
in the same discussion, "Y prefers engaging C, ... with actual decision-making authority" -> for B,
candidate C, preferred by Y (decision-making authority). The basis comes from the text, else from the
knowledge base's office-equivalence table.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.antecedents import mention_of
from detente.nlp.doc_cache import sentences
from detente.nlp.evidence import evidence_of
from detente.nlp.extensions import flagged
from detente.nlp.syntax import governing_verb
from detente.records import CounterpartCandidate, Counterparts

EQUIVALENT_NOUNS = {"counterpart", "equivalent", "peer", "opposite", "interlocutor", "equal"}
FORMAL_NOUNS = {"equivalent", "counterpart", "peer", "opposite", "equal"}
PREFER_VERBS = {"prefer", "want", "favor", "favour", "insist", "seek", "push", "press", "demand"}
ENGAGE_VERBS = {"engage", "meet", "talk", "speak", "deal", "consult", "call"}
AUTHORITY_WORDS = {"authority", "decision-making", "power", "powerful", "real", "actual", "control"}
WINDOW = 3


def _subject_country(doc: Doc, verb: Token) -> str | None:
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    refs = refs_for(doc, subj, False)
    return refs[0].country if refs else None


def _person(doc: Doc, token: Token | None):
    refs = refs_for(doc, token, False) if token is not None else []
    return refs[0] if refs and refs[0].kind == "person" else None


def _equivalence(doc: Doc, noun: Token) -> tuple | None:
    """(for, candidate, preferred_by, basis) from "X considers A the equivalent to B"."""
    target = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in {"to", "of", "for"}
                   for g in p.children if g.dep_ == "pobj"), None)
    target = target or next((c for c in noun.children if c.dep_ == "poss"), None)
    for_ = _person(doc, target)
    verb = noun.head
    candidate = _person(doc, verb) if verb.pos_ == "PROPN" else None
    if candidate is not None:
        verb = verb.head
    else:
        candidate = _person(doc, next((c for c in verb.children if c.dep_ in {"dobj", "nsubj"}
                                       and c.i != noun.i), None))
    if candidate is not None and for_ is not None and candidate.actor_id == for_.actor_id:
        candidate = None  # "X has not met his counterpart": X is whose counterpart is asked, not a candidate
    if candidate is None:  # parser lost the link: the person named just before the noun
        left = [m for m in doc.spans["actors"] if m.end <= noun.i and noun.i - m.end <= 6
                and m._.ref.kind == "person" and (for_ is None or m._.ref.actor_id != for_.actor_id)]
        candidate = left[-1]._.ref if left else None
        verb = governing_verb(left[-1].root) if left else verb
    if for_ is None or candidate is None:
        return None
    basis = "formal equivalent" if noun.lemma_ in FORMAL_NOUNS else noun.lemma_
    return for_, candidate, _subject_country(doc, verb), basis


def _named_beside(doc: Doc, noun: Token):
    """"his Chinese counterpart, Liu Jinsong" / "Liu Jinsong, his counterpart": the person set beside the noun."""
    if noun.dep_ == "appos" and _person(doc, noun.head):
        return _person(doc, noun.head)
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    for span in doc.spans["actors"]:
        between = doc[noun.i + 2:span.start]
        if span.start >= noun.i + 2 and all(t.pos_ == "PROPN" for t in between) and len(between) <= 4:
            return span._.ref if span._.ref.kind == "person" else None
    return None


def _clause_subject(doc: Doc, token: Token):
    """The person "his" points to: the subject of the verb the phrase hangs from, or its appositive
    (taken as a person even when the tagger called the name an organisation: "his" says it is one)."""
    verb = governing_verb(token)
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    appos = next((c for c in subj.children if c.dep_ == "appos"), None)
    named = refs_for(doc, subj, False)
    # "Vietnam's deputy defence minister, Hoang Xuan Chien": the name describes the holder best
    return _person(doc, appos) or _person(doc, subj) or (named[0] if named and named[0].kind != "state" else None)


def _state_of(doc: Doc, token: Token | None) -> str | None:
    """The state a title phrase names: "Pakistan's Director General", "his Indian counterpart"."""
    if token is None:
        return None
    for t in [token] + [c for c in token.children if c.dep_ in {"poss", "amod", "compound"}]:
        span = mention_of(doc, t)
        if span is not None and span._.ref.kind == "state":
            return span._.ref.country
    return None


def _with_country(ref, country: str | None):
    return replace(ref, country=ref.country or country)


def _paired(doc: Doc, noun: Token) -> tuple | None:
    """(A, B) from "A ... his <Demonym> counterpart, B": each is the other's formal equivalent."""
    named = _named_beside(doc, noun)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if named is None or owner is None:
        return None
    if owner.pos_ == "PRON":
        holder = _clause_subject(doc, noun)
        subj = next((c for c in governing_verb(noun).children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        holder_state = _state_of(doc, subj)
    else:
        holder, holder_state = _person(doc, owner), None
    if holder is None or holder.actor_id == named.actor_id:
        return None
    return _with_country(holder, holder_state), _with_country(named, _state_of(doc, noun))


def _prefers(verb: Token) -> bool:
    """"prefer engaging", "want to meet", "would rather talk to"."""
    lemma = verb.lemma_.lower()
    rather = lemma in ENGAGE_VERBS and any(c.lower_ in {"rather", "instead"} for c in verb.children)
    return lemma in PREFER_VERBS or rather


def _preference(doc: Doc, verb: Token) -> tuple | None:
    """(candidate, preferred_by, basis) from "Y prefers engaging C, ... with actual authority"."""
    obj = verb if verb.lemma_.lower() in ENGAGE_VERBS else \
        next((c for c in verb.children if c.dep_ in {"xcomp", "dobj", "ccomp"}), None)
    if obj is not None and obj.lemma_.lower() in ENGAGE_VERBS:
        obj = next((c for c in obj.children if c.dep_ in {"dobj"}), None) or \
            next((g for p in obj.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"), None)
    candidate = _person(doc, obj)
    if candidate is None:
        return None
    words = {t.lower_ for t in obj.subtree}
    basis = "decision-making authority" if words & AUTHORITY_WORDS else "preference"
    return candidate, _subject_country(doc, verb), basis


SUMMON_VERBS = {"challenge", "invite", "urge", "dare", "ask", "call", "press"}
IN_PERSON = ("in person", "face to face", "face-to-face", "one-on-one", "personally")


def _object_person(doc: Doc, verb: Token):
    """The person a verb is addressed to; "him" is not the verb's own subject (the latest other person)."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if obj is None or obj.lower_ not in {"him", "her"}:
        return _person(doc, obj)
    subj = _person(doc, next((c for c in verb.children if c.dep_ == "nsubj"), None))
    earlier = [m._.ref for m in doc.spans["actors"] if m.end <= obj.i and m._.ref.kind == "person"
               and (subj is None or m._.ref.actor_id != subj.actor_id) and obj.sent.start - m.start < 400]
    return earlier[-1] if earlier else None


def _in_person_demand(doc: Doc, verb: Token) -> tuple | None:
    """(A, B) from "A challenged B to come ... in person": a leader asks the other side's leader himself."""
    if verb.lemma_.lower() not in SUMMON_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}), None)
    said = " ".join(t.lower_ for t in clause.subtree) if clause is not None else ""
    if not any(p in said for p in IN_PERSON):
        return None
    asker = _person(doc, next((c for c in verb.children if c.dep_ == "nsubj"), None))
    asked = _object_person(doc, verb)
    if asker is None or asked is None or asker.country == asked.country:
        return None
    return asker, asked


def _stand_ins(doc: Doc, asked) -> list:
    """Who the asked side sent instead: the head of its delegation, with the sentence that first names him."""
    heads = {}
    for m in doc.spans["actors"]:
        ref = m._.ref
        if ref.kind == "person" and ref.country == asked.country and "head of delegation" in (ref.role or "") \
                and ref.actor_id != asked.actor_id:
            heads.setdefault(ref.actor_id, (ref, m.sent))
    return list(heads.values())


def _leader_question(doc: Doc, verb: Token, sent) -> tuple[str, Counterparts] | None:
    """"Zelensky challenged Putin to come in person" ... "the Russian team was led by Medinsky": for the
    asker, the leader asked (his formal equivalent, preferred by the asker's state) and the delegation
    head the other side sent in the leader's place (offered by the other state)."""
    pair = _in_person_demand(doc, verb)
    if pair is None:
        return None
    asker, asked = pair
    same_office = asker.role and asked.role and asker.role.split(";")[0] == asked.role.split(";")[0]
    entry = Counterparts(for_=asker.name)
    entry.candidates.append(_candidate(asked, asker.country,
                                       f"formal equivalent ({asked.role})" if same_office else "preference", sent))
    for ref, named in _stand_ins(doc, asked):
        entry.candidates.append(_candidate(ref, asked.country, f"head of the delegation sent in {asked.name}'s place",
                                           named))
    return asker.actor_id, entry


def _candidate(ref, by, basis, sent) -> CounterpartCandidate:
    return CounterpartCandidate(actor=ref.name, country=ref.country, basis=basis, preferred_by=by,
                                actor_id=ref.actor_id, evidence=evidence_of(sent))


def find_counterparts(doc: Doc) -> list[Counterparts]:
    """Counterpart questions in the article, each with the candidates the sides put forward."""
    found: dict[str, Counterparts] = {}
    current, last_sent = None, -10
    skip = flagged(doc, "skip")
    for i, sent in enumerate(sentences(doc)):
        for tok in sent:
            if tok.idx in skip:
                continue
            nominal = tok.pos_ == "NOUN" or any(c.dep_ == "poss" for c in tok.children)  # "Sullivan's equal"
            pair = _paired(doc, tok) if nominal and tok.lemma_.lower() in FORMAL_NOUNS else None
            if pair:
                for one, other in (pair, pair[::-1]):
                    entry = found.setdefault(one.actor_id, Counterparts(for_=one.name))
                    if all(c.actor_id != other.actor_id for c in entry.candidates):
                        entry.candidates.append(_candidate(other, other.country, "formal equivalent", sent))
            elif nominal and tok.lemma_.lower() in EQUIVALENT_NOUNS:
                hit = _equivalence(doc, tok)
                if hit:
                    for_, cand, by, basis = hit
                    current = found.setdefault(for_.actor_id, Counterparts(for_=for_.name))
                    current.candidates.append(_candidate(cand, by, basis, sent))
                    last_sent = i
            elif tok.pos_ == "VERB" and (question := _leader_question(doc, tok, sent)):
                asker_id, asked = question
                entry = found.setdefault(asker_id, Counterparts(for_=asked.for_))
                entry.candidates += [c for c in asked.candidates
                                     if all(c.actor_id != o.actor_id for o in entry.candidates)]
            elif tok.pos_ == "VERB" and _prefers(tok) and current and i - last_sent <= WINDOW:
                hit = _preference(doc, tok)
                if hit and all(c.actor_id != hit[0].actor_id for c in current.candidates):
                    current.candidates.append(_candidate(hit[0], hit[1], hit[2], sent))
    return list(found.values())


@Language.component("detente_counterparts")
def counterparts_component(doc: Doc) -> Doc:
    doc._.counterparts = find_counterparts(doc)
    return doc
