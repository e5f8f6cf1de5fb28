"""Where and when the speaker was, read from adjuncts of the speaker or of the cue that statement_occasions'
preposition scan does not reach: "Back in X, she said", "Speaking there, he said", "Visiting a base, she
said", "X, in an interview with Y, said"; and the day of a thing the speaker described, which is not the
day of saying ("describing a meeting on Saturday")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.doc_cache import sentences
from detente.nlp.outlets import is_press_noun

# participles that put the speaker at their object: "Visiting a marine base, she said", "Touring X"
VISITING = {"visit", "tour", "inspect"}
# adverbs that carry the speaker's place as a preposition: "Back in X", "Here in X", "Out in X"
PLACE_PREPS = {"in", "at", "aboard"}


def adverb_holders(verb: Token) -> list[Token]:
    """"Back in Malé on Saturday, X said": an adverb on the verb whose "in"/"at" phrase is where it was said
    (the parser hangs the phrase on the adverb, so the verb's own prepositions miss it)."""
    return [c for c in verb.children if c.dep_ == "advmod" and c.pos_ == "ADV"
            and any(p.dep_ == "prep" and p.lower_ in PLACE_PREPS for p in c.children)]


def subject_holders(verb: Token) -> list[Token]:
    """"X, in an interview with Y, said": a phrase set off by commas on the subject tells how the words
    were said; only such a parenthesis counts ("officials in Beijing said" names who, not where)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [s for s in subjects if any(p.dep_ == "prep" and p.lower_ in {"in", "during"} and p.i > s.i
                                       and p.i > 0 and p.doc[p.i - 1].text == "," for p in s.children)]


def visited_site(verb: Token) -> Token | None:
    """"Visiting a marine base on Thursday, X said": the place a visiting participle on the cue names."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"} or verb.lemma_.lower() not in VISITING:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ not in {"PERSON", "NORP"}), None)


def there_place(verb: Token, place_of) -> str | None:
    """"Speaking there on Wednesday, X said": "there" points back to the last place the sentence before
    named in an "in"/"at" phrase (`place_of` reads a place from a noun)."""
    if not any(c.lower_ == "there" and c.dep_ == "advmod" for c in verb.children):
        return None
    before = [s for s in sentences(verb.doc) if s.end <= verb.sent.start]
    if not before:
        return None
    objs = [g for t in before[-1] if t.dep_ == "prep" and t.lower_ in {"in", "at"}
            for g in t.children if g.dep_ == "pobj"]
    return next((p for p in (place_of(o) for o in reversed(objs)) if p), None)


def outlet_name(obj: Token) -> str | None:
    """"an interview with the Chinese broadcaster CGTN" -> "CGTN": a name the press noun before it marks
    as an outlet."""
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"):
        for name in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            if any(is_press_noun(c) and c.i < name.i for c in name.children if c.dep_ in {"compound", "appos", "nmod"}):
                words = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [name]
                return " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return None


def matter_described(chain: list[Token], is_cue) -> set[int]:
    """"told reporters ..., describing a 'very big meeting' on Saturday": a cue participle after its clause,
    with an object, talks about that thing; a day on it is the thing's day, not the day of saying (a fronted
    one sets the scene: "Criticizing the plan on Monday, X said" was said on Monday)."""
    found: set[int] = set()
    for verb in chain:
        if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj"} or verb.i < verb.head.i or not is_cue(verb):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.ent_type_ in {"PERSON", "NORP"} or obj.pos_ == "PRON":
            continue
        found |= {t.i for c in verb.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree}
    return found
