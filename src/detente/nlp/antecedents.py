"""The actor at or before a token: the mention covering it, antecedents of he/she/it/they, "the two ministers" as the pair (moved out of arguments.py to keep it short)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.doc_cache import sentences
from detente.nlp.mentions import Ref
from detente.nlp.speech_asides import aside_subject
from detente.nlp.triggers import prep_objects

PRONOUNS = {"he", "him", "his", "she", "her", "hers"}


def mention_of(doc: Doc, token: Token) -> Span | None:
    """The actor mention covering a token, if any."""
    return (doc._.mention_at or {}).get(token.i)


def _latest_before(doc: Doc, token: Token, window: int, wanted) -> Ref | None:
    """The latest actor before `token`, in its sentence or the `window` sentences before, that `wanted` accepts."""
    sents = sentences(doc)
    idx = next(i for i, s in enumerate(sents) if s.start <= token.i < s.end)
    floor = sents[max(0, idx - window)].start
    return next((span._.ref for span in reversed(doc.spans["actors"])
                 if floor <= span.start < token.i and wanted(span._.ref)), None)


def last_person_before(doc: Doc, token: Token, window: int = 3) -> Ref | None:
    """Antecedent for he/his/she/her: the subject of a clause governing the pronoun, else the latest person
    before it in its sentence, else the subject (or latest person) of the nearest sentence before naming one.
    Subjects first, as readers take them: "X met Y, in talks where he warned" and "X told Y ... He did not
    say" are X's."""
    found = _governing_subject(doc, token)
    if found is not None:
        return found
    sents = sentences(doc)
    idx = next(i for i, s in enumerate(sents) if s.start <= token.i < s.end)
    barred = _own_subject(doc, token) | _pair_under(doc, token, sents[max(0, idx - window):idx + 1])
    wanted = (lambda ref: _is_person(ref) and ref.actor_id not in barred) if barred else _is_person
    found = _latest_before(doc, token, 0, wanted)
    for sent in reversed(sents[max(0, idx - window):idx]):
        if found is not None:
            return found
        aside = aside_subject(sent.root)  # "X, she said, had asked ...": X is told of; "she" is who speaks,
        if aside is not None and aside.lower_ in PRONOUNS:  # taken up from the sentences before
            continue
        found = _subject_person(doc, sent.root, wanted) or _latest_before(doc, doc[sent.end - 1], 0, wanted)
    return found


SAME_PERSON = {"his": "him", "her": "her"}  # possessive -> the object pronoun of the same person


def _object_owner(doc: Doc, pronoun: Token) -> Ref | None:
    """"thanked him for his mediation", "congratulated her on her win": a possessive in the reason phrase
    ("for", "on") of a verb whose object is a pronoun of the same person is that object's, not the subject's
    ("told him about his plans" stays open)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or pronoun.lower_ not in SAME_PERSON or noun.dep_ != "pobj" \
            or noun.head.dep_ != "prep" or noun.head.lower_ not in {"for", "on"}:
        return None
    verb = noun.head.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == SAME_PERSON[pronoun.lower_]), None)
    return last_person_before(doc, obj) if obj is not None else None


def _own_subject(doc: Doc, pronoun: Token) -> set[str]:
    """"Xi thanked him": an object pronoun never names its own verb's subject."""
    return {r.actor_id for v in _own_verbs(pronoun) for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}
            for r in ([mention_of(doc, c)._.ref] if mention_of(doc, c) is not None else [])}


def _pair_under(doc: Doc, pronoun: Token, sents: list) -> set[str]:
    """"X and Y signed ... The two leaders thanked him": an object pronoun whose verb's subject is a pair
    ("the two leaders", "they") is neither of that pair, the people last named together ("X and Y")."""
    subjects = [c for v in _own_verbs(pronoun) for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or not (is_party_anaphor(subjects[0]) or subjects[0].lower_ == "they"):
        return set()
    for sent in reversed(sents):
        for token in (t for t in reversed(sent) if t.dep_ == "conj" and t.i < pronoun.i):
            pair = [mention_of(doc, t) for t in (token.head, token)]
            if all(span is not None and _is_person(span._.ref) for span in pair):
                return {span._.ref.actor_id for span in pair}
    return set()


def _is_person(ref: Ref) -> bool:
    return ref.kind == "person"


def _is_party(ref: Ref) -> bool:
    return ref.kind != "person" and bool(ref.country) and ref.sector != "JRN"


def _subject_person(doc: Doc, verb: Token, wanted=_is_person) -> Ref | None:
    """The person (or other actor `wanted` accepts) a verb's subject names, if it names one."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    span = mention_of(doc, subj) if subj is not None else None
    return span._.ref if span is not None and wanted(span._.ref) else None


def _own_verbs(pronoun: Token) -> set[Token]:
    """The verb an object pronoun is the object of, with the verbs it shares a subject with by conjunction
    ("called X and urged him")."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if pronoun.dep_ not in {"dobj", "dative", "iobj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return set()
    own = {verb}
    while verb.dep_ == "conj":
        verb = verb.head
        own.add(verb)
    return own


def _governing_subject(doc: Doc, pronoun: Token, wanted=_is_person) -> Ref | None:
    """The person (or other actor `wanted` accepts) subject of the nearest clause above the pronoun, named
    before it; an object pronoun never names its own verb's subject ("Xi told him": not Xi)."""
    skipped = _own_verbs(pronoun)
    for verb in pronoun.ancestors:
        if verb in skipped or verb.pos_ not in {"VERB", "AUX"}:
            continue
        ref = _subject_person(doc, verb, wanted)
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if ref is not None and subj.i < pronoun.i:
            return ref
        if subj is not None and subj.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
            # "police, who said they ...": the clause is about the noun it describes, not the sentence's subject
            span = mention_of(doc, verb.head)
            return span._.ref if span is not None and wanted(span._.ref) else None
    return None


def last_party_before(doc: Doc, token: Token, window: int = 1) -> Ref | None:
    """Antecedent for it/they: the latest state, organisation or group named in this or the previous sentence."""
    return _latest_before(doc, token, window,
                          lambda ref: ref.kind != "person" and ref.country and ref.sector != "JRN")


PLURAL_PARTIES = {"two", "both"}
PARTY_NOUNS = {"ministers", "leaders", "sides", "men", "women", "countries", "governments", "presidents",
               "officials", "delegations", "militaries", "nations", "chiefs", "counterparts",
               # people who speak for their side: "the two officers", "both envoys"
               "officers", "commanders", "generals", "envoys", "diplomats", "negotiators", "premiers",
               "secretaries", "ambassadors", "admirals"}


# Determiners that take the pair one by one: "each side", "neither government", "either country".
DISTRIBUTIVES = {"each", "either", "neither"}


def _distributive_party(token: Token) -> bool:
    """"each side", "neither government": a singular party noun taken one by one over the pair."""
    plural = token.lower_[:-1] + "ies" if token.lower_.endswith("y") else token.lower_ + "s"
    if token.tag_ != "NN" or plural not in PARTY_NOUNS:
        return False
    # "each government blaming the other" runs both ways: nlp/generic_pairs.py splits it, not the pair's link
    two_way = any(t.lower_ in {"other", "another"} for t in token.head.subtree)
    return not two_way and any(c.dep_ == "det" and c.lower_ in DISTRIBUTIVES for c in token.children)


def _reported_pair(pronoun: Token) -> bool:
    """"Both governments said they opposed ...": a subject "they" of a reported clause is the pair its
    reporting verb's subject is (the nearest clause above with a subject)."""
    for verb in pronoun.ancestors:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.i < pronoun.i:
            return subj.lower_ != "they" and is_party_anaphor(subj)
    return False


def is_party_anaphor(token: Token) -> bool:
    """"the two ministers", "both sides": the parties of the engagement just reported."""
    if token.lower_ in {"both"} and token.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if _distributive_party(token):
        return True  # "each side would set out its vision", "neither government asked": one of the pair, each
    if token.lower_ == "two" and any(c.lower_ == "the" for c in token.children):
        return True  # "after the two spoke by phone"
    # "the two ministers", "both leaders", and plain "the leaders" right after their meeting was told
    if token.lower_ in PARTY_NOUNS and any(c.lower_ in PLURAL_PARTIES | {"the"} for c in token.children):
        return True
    # "officers from the two militaries", "envoys of both governments": people of the pair are the pair
    return token.lower_ in PARTY_NOUNS and any(p.tag_ == "NNS" and any(c.lower_ in PLURAL_PARTIES for c in p.children)
                                               for p in prep_objects(token, {"from", "of"}))
