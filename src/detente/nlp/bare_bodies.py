"""State bodies written without their state ("the navy said", "the Defense Ministry said", "the Department
of Foreign Affairs said"): whose they are, read from the text around them.

News drops the owner when the context gives it: the state of the source whose report holds the body
("Iranian state media said the armed forces denied"), the one state its sentence names, else the state the
story is told from (its dateline, or the subject of its lead). A body so placed that the knowledge base
lists for that state ("Venezuelan navy") is that body, named as the article writes it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.kb.state_bodies import STANDARD_SOURCE, body_nouns
from detente.nlp.mentions import Ref, clean_name
from detente.nlp.ministries import ministry_id, ministry_name
from detente.nlp.named_states import country_named_in

# A body noun standing alone after "the": "the armed forces denied", "the military said" (not the government,
# which names the state, nor a noun that modifies another: "the military academy")
# "the junta said": a state's military rulers, written as its other bodies are
BARE_NOUNS = (body_nouns() - {"government"}) | {"junta"}
SAYING_LEMMAS = {"say", "tell", "report", "state", "add", "announce", "claim", "insist", "note", "write", "confirm"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OWNER_PRONOUNS = {"its", "their"}
PERSON_PRONOUNS = {"he", "she"}
# Bodies made of units ("the U.S. Navy's Fifth Fleet"); a movement's ministry is no unit of it ("the Taliban's
# defence ministry" is the government's).
UNIT_SECTORS = {"MIL", "COP", "SPY"}
HOUSE_NOUNS = {"parliament", "legislature"}
# Speaking to a body: one who addresses or briefs a legislature named without a state addresses his own.
ADDRESS_LEMMAS = {"address", "tell", "brief", "inform", "speak", "report"}


def _unowned_house(token: Token) -> bool:
    """"told Parliament", "addressing parliament": a legislature named by its noun alone, with no article."""
    return token.lower_ in HOUSE_NOUNS and token.dep_ in {"dobj", "dative", "pobj"} \
        and not any(c.dep_ in {"det", "poss", "amod", "compound"} for c in token.children)


def bare_body_spans(doc: Doc) -> list[Span]:
    """"the armed forces", "the navy": a standard body's noun right after "the", heading its phrase; a
    parliament named by its noun alone."""
    found = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if _unowned_house(t)]
    for rel in (t for t in doc if t.lower_ == "whose" and t.i + 1 < len(doc)):  # "X, whose navy tracked it"
        body = _body_words(doc, rel.i + 1)
        if body is not None:
            found.append(Span(doc, body.start, body.end, label="ORG"))
    for det in (t for t in doc if t.lower_ == "the" and t.i + 1 < len(doc)):
        body = _body_words(doc, det.i + 1)
        if body is None and _quality(doc[det.i + 1]):  # "the federal police"
            body = _body_words(doc, det.i + 2)
            body = body if body is not None and doc[det.i + 1].head.i == body.root.i else None
        if body is not None:
            found.append(Span(doc, det.i + 1, body.end, label="ORG"))  # the body's words, as "police" is written
    return found


def _body_words(doc: Doc, start: int) -> Span | None:
    """A standard body's noun (one or two words) from start, heading its phrase ("armed forces", "navy")."""
    for size in (2, 1):
        end = start + size
        words = doc[start:end]
        if end <= len(doc) and words.text.lower() in BARE_NOUNS and words.root.dep_ != "compound" \
                and (end == len(doc) or doc[end].pos_ not in {"NOUN", "PROPN"}):
            return words
    return None


def _quality(token: Token) -> bool:
    """A lower-case adjective naming a kind of a body ("federal", "national", "border"), not a time or a
    judgement ("the new government", "the former army")."""
    return token.pos_ == "ADJ" and token.is_lower and token.dep_ == "amod" and token.lower_ not in PASSING_WORDS


PASSING_WORDS = {"new", "old", "former", "current", "then", "previous", "outgoing", "incoming", "interim", "same",
                 "whole", "entire", "powerful", "mighty", "feared", "embattled", "ruling"}


def reporting_source(span: Span) -> Token | None:
    """The subject of the saying verb whose report holds the body: "[Iranian state media] said the armed forces
    denied"."""
    verb = span.root.head
    while verb.dep_ not in {"ccomp", "ROOT"} and verb.head.i != verb.i:
        verb = verb.head
    sayer = verb.head if verb.dep_ == "ccomp" else None
    if sayer is None or sayer.lemma_.lower() not in SAYING_LEMMAS:
        return None
    return next((c for c in sayer.children if c.dep_ in SUBJECT_DEPS), None)


def home_country(kb, doc: Doc) -> str | None:
    """The state a story is told from: its dateline's, else the one its lead's subject names."""
    if doc._.dateline is not None and doc._.dateline.country:
        return doc._.dateline.country
    lead = next(iter(doc.sents), None)
    subject = next((t for t in lead if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"), None) if lead else None
    return country_named_in(kb, subject.subtree) if subject is not None else None


def _sole_country(kb, span: Span) -> str | None:
    """The one state its sentence names outside what the body does: "the ministry said it would protest to
    Beijing" acts on China, so Beijing does not own the ministry."""
    verb = span.root.head
    acted = {t.i for t in verb.subtree if t.i >= span.end} if span.root.dep_ in SUBJECT_DEPS else set()
    codes = {kb.country_code(clean_name(t.text)) for t in span.sent if t.pos_ in {"PROPN", "ADJ"}
             and not span.start <= t.i < span.end and t.i not in acted} - {None}
    return codes.pop() if len(codes) == 1 else None


def _speaker_to(kb, span: Span) -> str | None:
    """"Trudeau told Parliament", "Addressing parliament, Tusk said", "spoke to parliament": the state of
    the one speaking to the body."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.lemma_.lower() not in ADDRESS_LEMMAS:
        return None
    holder = verb if any(c.dep_ in SUBJECT_DEPS for c in verb.children) else verb.head  # "Addressing ..., X said"
    subject = next((c for c in holder.children if c.dep_ in SUBJECT_DEPS), None)
    return _subject_country(kb, subject) if subject is not None else None


def _core_country(kb, subject: Token, kinds: set[str]) -> str | None:
    """The state a subject's own words name, or its named actor's: not a clause or phrase hung on it
    ("Sharmahd, who lived in the United States" is not American)."""
    hung = {t.i for c in subject.children if c.dep_ in {"relcl", "acl", "appos", "prep"} for t in c.subtree}
    words = [t for t in subject.subtree if t.i not in hung]
    if code := country_named_in(kb, words):
        return code
    name = _name_at(subject)
    if _names_known_person(kb, name):
        return _person_country(kb, name) if "person" in kinds else None
    named = " ".join(t.text for t in words if t.pos_ == "PROPN")
    found = [c for c in kb.candidates(named) if c.actor.kind in kinds][:1] if named else []
    return found[0].actor.country if found else None


def _subject_country(kb, subject: Token, kinds: set[str] | None = None) -> str | None:
    """The state a subject names, or the state of the actor it names ("Putin"; only of `kinds` when given)."""
    name = _name_at(subject)
    if name is not None and len(name) == 1 and (kinds is None or "person" in kinds) and _names_known_person(kb, name):
        return _person_country(kb, name)  # "Castro said": not any Castro the KB knows
    named = " ".join(t.text for t in subject.subtree if t.pos_ == "PROPN")
    found = [c for c in kb.candidates(named) if kinds is None or c.actor.kind in kinds][:1] if named else []
    return country_named_in(kb, subject.subtree) or (found[0].actor.country if found else None)


def _names_known_person(kb, name: Span | None) -> bool:
    """A run of proper nouns the KB reads as some person's name (whose state is then read from the text)."""
    return name is not None and any(c.actor.kind == "person" for c in kb.candidates(clean_name(name.text)))


def _relative_owner(kb, span: Span) -> str | None:
    """"New Zealand, whose navy has tracked the group": the state (or the state of the person) that the
    relative clause holding "whose" describes."""
    clause = span.root
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    antecedent = clause.head
    named = span.doc[antecedent.left_edge.i:antecedent.i + 1]
    return country_named_in(kb, named) or _core_country(kb, antecedent, {"person", "state"})


def bare_body_country(kb, span: Span) -> str | None:
    """The state of a body written without one: its report's source's, its sentence's only one, the story's."""
    if span.start > 0 and span.doc[span.start - 1].lower_ == "whose":
        return _relative_owner(kb, span)
    if span.start > 0 and span.doc[span.start - 1].lower_ in OWNER_PRONOUNS:
        return None  # "its foreign ministry": the state "its" points to (person_context) owns it
    source = reporting_source(span)
    # a person reporting what a bare body does speaks of his own state's ("Putin said the defence ministry
    # ..."); a body's name may be another state's namesake ("the Foreign Office"), so only people are looked up
    return (_subject_country(kb, source, {"person"}) if source is not None else None) or _speaker_to(kb, span) \
        or _sole_country(kb, span) or _context_country(kb, span) or home_country(kb, span.doc)


def _context_country(kb, span: Span) -> str | None:
    """The state the text around a body with no owner makes its own: the state it was named with before, the
    person acting on it, the state the sentence before was about."""
    if any(c.dep_ == "poss" for c in span.root.children) or (span.start > 0 and span.doc[span.start - 1].tag_ == "POS"):
        return None  # "the Taliban's defence ministry": its possessor owns it, whatever the context
    return _owned_before(kb, span) or _acting_person_country(kb, span) or _topic_country(kb, span)


def _owned_before(kb, span: Span) -> str | None:
    """"Sudan's army ... the war between the army and the RSF": a body noun written bare after the text named
    it with its state is that state's (the latest such mention before it)."""
    noun = span.root.lower_
    if not span.root.is_lower:  # a proper name ("the Taliban") is no common noun a state was written with
        return None
    for token in reversed(span.doc[:span.start]):
        if token.lower_ == noun:
            owners = [c for c in token.children if c.dep_ in {"poss", "amod", "compound"}]
            code = next((c for o in owners if (c := country_named_in(kb, o.subtree))), None)
            if code:
                return code
    return None


def _name_runs(doc: Doc, start: int, end: int) -> list[Span]:
    """The runs of proper nouns between two tokens: the names written there, whatever the tagger labels them."""
    runs, i = [], start
    while i < end:
        if doc[i].pos_ == "PROPN":
            j = i
            while j < end and doc[j].pos_ == "PROPN":
                j += 1
            runs.append(doc[i:j])
            i = j
        else:
            i += 1
    return runs


def _name_at(token: Token) -> Span | None:
    """The run of proper nouns a token is part of."""
    if token.pos_ != "PROPN":
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return doc[start:end]


def _person_before(kb, pronoun: Token) -> str | None:
    """The state of the last person named before a pronoun, in its sentence or the one before."""
    sent = pronoun.sent
    floor = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else 0
    return next((code for run in reversed(_name_runs(pronoun.doc, floor, pronoun.i))
                 if (code := _person_country(kb, run))), None)


def _person_country(kb, name: Span) -> str | None:
    """The state of a person the KB knows by the full name the text gave him: a lone surname ("Castro") is
    read as the full name written before it, or as a known person the text names in full or who is in office
    on the day (not another state's namesake)."""
    full = next((r for r in _name_runs(name.doc, 0, name.start) if len(r) > 1 and r[-1].text == name[0].text),
                None) if len(name) == 1 else None
    on = name.doc._.published
    found = [c for c in kb.candidates(clean_name((full or name).text), on) if c.actor.kind == "person"]
    if len(name) == 1 and full is None:
        found = [c for c in found if c.actor.name in name.doc.text or c.actor.role_on(on) is not None]
    return found[0].actor.country if found else None


def _acting_person_country(kb, span: Span) -> str | None:
    """"He defended the Supreme Court's ruling": a body written without a state in what a person does is his
    own state's (the subject's, or the person a "he" or "she" subject stands for)."""
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or span.start <= subject.i < span.end:
        return None
    if subject.lower_ in PERSON_PRONOUNS:
        return _person_before(kb, subject)
    name = _name_at(subject)
    return _person_country(kb, name) if name is not None else None


def _topic_country(kb, span: Span) -> str | None:
    """"North Korea's defence ministry confirmed the blasts. The army had announced ...": a body that opens a
    sentence naming no state acts for the state the sentence before was about (its main subject's)."""
    doc = span.doc
    sent = span.sent
    if span.root.dep_ not in SUBJECT_DEPS or sent.start == 0 or span.root.head.dep_ != "ROOT":
        return None
    prev = doc[sent.start - 1].sent
    subject = next((t for t in prev if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"), None)
    return _core_country(kb, subject, {"person", "state", "organisation"}) if subject is not None else None


def _owned_ministry(ref: Ref, ministry: tuple, text: str, adjective: str | None, country: str) -> Ref:
    """"the unification ministry" of South Korea: named with its state's adjective, as the records write an
    owned body ("South Korean unification ministry"), under the id its owned mentions have."""
    name = f"{adjective} {text}" if adjective else ref.name
    return replace(ref, actor_id=ministry_id(ministry[0], country), name=name)


def as_listed_body(kb, span: Span, ref: Ref, country: str, adjective: str | None) -> Ref:
    """A placed body the knowledge base lists for its state, by its common noun ("the navy" of Venezuela: its
    armed forces), named as written with the state's adjective; else the mention placed in that state."""
    text = clean_name(span.text)
    ministry = ministry_name(text, kb)  # "the defence ministry": a portfolio's ministry, written as such
    # only a body's common noun: a proper name ("Joint Staff") keeps the name the article gives it
    found = kb.candidates(f"{adjective} {text}") if adjective and (text.lower() in BARE_NOUNS or ministry) else []
    actor = found[0].actor if found and found[0].actor.kind == "organisation" else None
    if actor is None or actor.country != country:  # the role says whose it is: "German federal police"
        placed = replace(ref, country=country, role=ref.role or (f"{adjective} {text}" if adjective else None))
        return _owned_ministry(placed, ministry, text, adjective, country) if ministry else placed
    name = f"{adjective} {text}" if actor.source == STANDARD_SOURCE or ministry else actor.name
    return Ref(actor.id, name, country, actor.sector or ref.sector, "organisation", None, found[0].via)


def owning_body(kb, span: Span):
    """The armed or security body the KB knows that owns a unit written after it: "the U.S. Navy's Fifth Fleet"
    is a unit of the U.S. Navy, so it is that body's state's and sector's; None when no such body owns it."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return None
    head = doc[span.start - 2]
    words = [t for t in doc[head.left_edge.i:head.i + 1] if t.lower_ != "the"]
    if not words or words[-1].pos_ != "PROPN":
        return None
    found = kb.candidates(clean_name(" ".join(t.text for t in words)))
    body = found[0].actor if found and found[0].via in {"name", "alias"} else None
    return body if body is not None and body.kind == "organisation" and body.country \
        and body.sector in UNIT_SECTORS else None

