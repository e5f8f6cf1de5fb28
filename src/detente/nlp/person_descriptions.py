"""What a description beside a private person's name tells: "X, a Polish journalist,", "the American
teacher X", "the golfers X and Y", "Z's lawyer, X,".

News introduces a person who holds no office by a common noun phrase set beside the name: an apposition
after it, one before it, or the noun written right before it. The phrase gives the person's role (its words
without the article), country (a demonym or country in it, else the country of the one it relates the
person to: "Z's lawyer") and PLOVER sector (opposition OPP, a journalist JRN, anyone else a civilian,
CVL; a former office is a title, read elsewhere). A person so described is then listed among the actors.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.nlp.mentions import Ref, fold
from detente.nlp.named_states import country_named_in
from detente.nlp.person_context import KIN_NOUNS
from detente.nlp.person_sectors import SPOUSE_TITLE
from detente.nlp.title_phrases import ROLE_NOUNS
from detente.nlp.trigger_incidents import CRAFT

# Words of a description that tell the sector: a member of a state's body ("a member of the Syrian parliament")
# is of its sector, a journalist of the media's (JRN, as the records code reporters and editors: a person, so a
# side still, never an outlet); anyone else described by a common noun is a civilian (a businessman too)
SECTOR_WORDS = {"REB": {"militant", "rebel", "insurgent", "separatist", "militia", "guerrilla", "jihadist"},
                "OPP": {"opposition"}, "LEG": {"parliament", "legislature", "congress", "senate", "assembly"},
                "MIL": {"army", "military", "navy", "forces"}, "GOV": {"government", "ministry", "cabinet"},
                "JUD": {"court", "tribunal"}, "COP": {"police"}, "PTY": {"party"},
                "JRN": {"journalist", "reporter", "editor", "correspondent", "newspaper", "broadcaster", "columnist"}}
# Head nouns of a description that make the name an organisation's: "the militant group X", "the rebel movement X"
GROUP_NOUNS = {"group", "movement", "militia", "organisation", "organization", "faction", "network", "party"}
STOPS = {",", ".", ";", ":", "(", ")", "\n", "who", "which", "that", "whose"}
DETERMINERS = {"a", "an", "the", "his", "her", "their", "its"}
# a relative (person_context reads "Kim's father, X"), a counterpart (an office, actors.py) or a craft
NOT_PEOPLE = KIN_NOUNS | CRAFT | {"counterpart"}
MAX_WORDS = 8


def _phrase_after(doc: Doc, span: Span) -> Span | None:
    """", a Polish journalist,": an indefinite or definite noun phrase after the name's comma."""
    start = span.end + 1
    if start + 1 >= len(doc) or doc[span.end].text != "," or doc[start].lower_ not in DETERMINERS:
        return None
    end = start + 1
    while end < len(doc) and end - start <= MAX_WORDS and doc[end].lower_ not in STOPS \
            and doc[end].pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT", "PART", "NUM"}:
        end += 1
    words = doc[start + 1:end]
    if not len(words) or words[-1].pos_ != "NOUN" or not words[-1].is_lower:
        return None
    # "the founder of the daily X": what the head noun is "of" belongs to the description
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == words[-1].i:
        last = max(t.i for t in doc[end].subtree)
        if last - start <= 2 * MAX_WORDS and not any(t.lower_ in STOPS for t in doc[end:last + 1]):
            return doc[start + 1:last + 1]
    return words


def _phrase_before(doc: Doc, span: Span) -> Span | None:
    """"Z's lawyer, X" (the name set beside a noun before it) or "the American teacher X" (the noun right
    before the name); for "the golfers X and Y", the first name's."""
    root = span.root
    lead = root.head if root.dep_ == "conj" and root.head.i < root.i else root
    first = doc[lead.left_edge.i] if lead.i != root.i else span[0]
    noun = lead.head if lead.dep_ == "appos" and lead.head.i < first.i else None
    if noun is not None and noun.pos_ == "NOUN" and noun.is_lower and first.i > 0 and doc[first.i - 1].text == ",":
        return doc[noun.left_edge.i:first.i - 1]  # "a member of the Syrian parliament, X"
    before = first.i - 1
    if before < 0 or doc[before].pos_ != "NOUN" or not doc[before].is_lower:
        return None
    noun = doc[before]
    after = max([span.end] + [c.i + 1 for c in root.conjuncts])
    if after < len(doc) and doc[after].pos_ == "NOUN" and doc[after].is_lower:
        return None  # "the opposition Law and Justice lawmaker": the name itself modifies a noun
    # the noun and the name go together: "teacher" modifies "Fogel", or "Els" stands beside "golfers"
    if noun.head.i != lead.i and not (lead.dep_ == "appos" and lead.head.i == noun.i):
        return None
    left = before
    while left > 0 and doc[left - 1].pos_ in {"ADJ", "NOUN", "PROPN"} and before - left < MAX_WORDS:
        left -= 1
    return doc[left:before + 1]


def description(doc: Doc, span: Span) -> Span | None:
    """The common noun phrase describing a person: after the name, else before it; none for an office
    (read as a title) or what NOT_PEOPLE names."""
    phrase = _phrase_after(doc, span) or _phrase_before(doc, span)
    if phrase is None or any(t.lower_ in ROLE_NOUNS for t in phrase) or phrase.root.lemma_.lower() in NOT_PEOPLE:
        return None  # "the destroyer USS X" names a craft, which the event rules place
    return phrase


def _owner(phrase: Span) -> Token | None:
    """The one the person is related to: "Romanowski" in "Romanowski's lawyer"."""
    return next((t.head if t.tag_ == "POS" else t for t in phrase if t.dep_ == "poss" or t.tag_ == "POS"), None)


def _role(phrase: Span, owner: Token | None) -> str:
    """The description as a role: "Polish journalist", "golfer" (one of "the golfers"), "lawyer for Romanowski"."""
    words = [t for t in phrase if not (t.lower_ in DETERMINERS and t.i == phrase.start) and t.tag_ != "POS"
             and (owner is None or t.i != owner.i)]
    head = max(words, key=lambda t: t.i == phrase.root.i)  # "founder" in "founder of the daily X"
    role = "".join(t.lemma_ + t.whitespace_ if t.i == head.i and t.tag_ == "NNS" else t.text_with_ws for t in words)
    role = role.strip()
    return f"{role} for {owner.text}" if owner is not None else role


def _sector(phrase: Span) -> str:
    """The PLOVER sector a description's words tell, CVL by default (a leader's spouse: ELI)."""
    if SPOUSE_TITLE.search(phrase.text):
        return "ELI"
    words = {t.lower_ for t in phrase}
    return next((code for code, nouns in SECTOR_WORDS.items() if words & nouns), "CVL")


def described(kb, doc: Doc, span: Span, ref: Ref, country_in, seen: dict[str, Ref]) -> Ref:
    """The person with the role, country and sector the description beside the name gives; `country_in`
    reads a country in a phrase (or a body or person it names), `seen` the people named before."""
    if ref.kind != "person" or ref.role or ref.via != "unknown":
        return ref
    phrase = description(doc, span)
    if phrase is None:
        return ref
    owner = _owner(phrase)
    related = seen.get(fold(owner.lower_)) if owner is not None else None
    country = ref.country or country_named_in(kb, phrase) or country_in(phrase) or \
        (related.country if related is not None else None)
    described_ref = replace(ref, role=_role(phrase, owner), country=country, sector=ref.sector or _sector(phrase))
    if phrase.root.lemma_.lower() in GROUP_NOUNS:  # a body the tagger took for a person
        return replace(described_ref, actor_id="org:" + ref.actor_id.split(":", 1)[1], kind="organisation")
    return described_ref
