"""Actor mentions: NER entities and knowledge-base names, resolved to actors on the article's date.

Finds "Defense Secretary Pete Hegseth" (title + name), "Hegseth" later on (short name of a person
already seen), metonyms ("the Pentagon", "Beijing"), demonyms ("Chinese") and unknown names, and
stores each as a Span in doc.spans["actors"] with a `Ref` in span._.ref.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from detente.kb.base import KnowledgeBase
from detente.kb.text import strip_marks
from detente.nlp.ministries import ministry_id, ministry_name, ministry_spans, state_body_sector
from detente.nlp.outlets import outlet_spans
from detente.records import ActorRef

NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
RANKS = {"admiral", "adm.", "general", "gen.", "lt.", "col.", "colonel", "maj.", "major", "lieutenant", "brig.", "brigadier",
         "vice", "rear", "marshal", "commander", "cmdr.", "capt.", "captain", "sen.", "senator", "rep.",
         "mr.", "mrs.", "ms.", "dr.", "president", "premier", "chancellor", "king", "queen", "prince",
         "ambassador", "envoy", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman"}
TITLE_PREFIXES = {"deputy", "assistant", "vice", "acting", "under", "first", "senior", "principal",
                  "chief", "former", "first-ranked", "second-ranked", "top", "defense", "defence"}
POSSESSIVE = re.compile(r"[\u2019\u2018']s?$")


@dataclass
class Ref:
    """What a mention refers to: an actor with its country, sector and role on the article's date."""

    actor_id: str
    name: str
    country: str | None
    sector: str | None
    kind: str
    role: str | None = None
    via: str = "name"

    def actor_ref(self) -> ActorRef:
        return ActorRef(name=self.name, country=self.country, sector=self.sector, actor_id=self.actor_id)

    @property
    def outlet(self) -> bool:
        """A news outlet (JRN and no person): it reports events and takes no part; a journalist is JRN too
        but is a person, who can be a side (arrested, freed)."""
        return self.sector == "JRN" and self.kind != "person"


def state_ref(code: str, kb, via: str) -> Ref:
    """A country code as a state party, named as the knowledge base names it (the code if it does not)."""
    actor = kb.get(f"state:{code}")
    return Ref(f"state:{code}", actor.name if actor is not None else code, code, "GOV", "state", via=via)


def one_per_state(refs: list[Ref]) -> list[Ref]:
    """The refs with each state once, by its first mention ("U.S. officials" and "Washington" are one side)."""
    seen: set[str | None] = set()
    return [r for r in refs if not (r.country in seen or seen.add(r.country))]


def slug(text: str) -> str:
    """Lower-case ascii-ish id fragment for an actor the knowledge base lacks."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def clean_name(text: str) -> str:
    """Strip possessives, curly quotes and a leading article from a mention's text."""
    text = text.strip().strip("\u201c\u201d\"")
    text = POSSESSIVE.sub("", text) if re.search(r"[\u2019\u2018']s?$", text) else text
    return re.sub(r"^(the|The)\s+", "", text).strip(" ,.-")


def fold(word: str) -> str:
    """A name without its diacritics: news writes "Vučić" and "Vucic" for one man."""
    return strip_marks(word)


def _trim(span: Span) -> Span:
    """Drop possessive markers, punctuation and a leading determiner from a span's edges."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else span


def _loose_comma(token: Token, ent: Span) -> bool:
    """A comma the parser hangs outside the entity: the tagger ran two names together ("According to
    Xinhua, Xi said"), where a comma inside one name ("Washington, D.C.") belongs to it."""
    return token.text == "," and not (ent.start <= token.head.i < ent.end) and ent.start < token.i < ent.end - 1


# Lower-case words that open a clause: no name runs across them.
CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "where", "when"}


# Tags of a finite verb: a lower-case one inside an entity is the clause's verb the tagger ran the name into
FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _finite_verb(token: Token) -> bool:
    """"the Office of Foreign Assets Control placed Petro": a name ends before its clause's verb."""
    return token.tag_ in FINITE_TAGS and token.pos_ in {"VERB", "AUX"} and token.is_lower


def _split_entity(ent: Span, hyphens: bool = False) -> list[Span]:
    """Split an entity at hyphens, possessives and a loose comma: "Trump-Xi Jinping", "Singapore's
    Shangri-La Dialogue", "Xinhua, Xi"; end it where a clause opens ("the Great Hall of the People that Beijing
    ...": the tagger ran the name into the clause after it)."""
    doc = ent.doc
    end = next((t.i for t in ent[1:] if t.text in CLAUSE_WORDS or _finite_verb(t)), ent.end)
    # the proper name after the verb is its object, a name of its own ("... Control placed Petro")
    rest = [Span(doc, end + 1, ent.end, label=ent.label_)] if end < ent.end - 1 and _finite_verb(doc[end]) \
        and all(t.pos_ == "PROPN" for t in doc[end + 1:ent.end]) else []
    parts, start = [], ent.start
    for token in doc[ent.start:end]:
        is_cut = token.tag_ == "POS" or _loose_comma(token, ent) or \
            (hyphens and token.text == "-" and token.whitespace_ == "" and token.i > ent.start)
        if is_cut:
            if token.i > start:
                parts.append(Span(doc, start, token.i, label=ent.label_))
            start = token.i + 1
    while end > start + 1 and _trailing_verb(doc[end - 1]):
        end -= 1  # "Lula met": the tagger ran the name into the verb after it
    if start < end and doc[end - 1].pos_ in {"ADP", "CCONJ"}:
        return parts  # "the first Group of (Seven)": a name cut short is none; the knowledge base may match it whole
    if start < end:
        parts.append(Span(doc, start, end, label=ent.label_))
    return parts + rest


# Party labels written before a politician's name ("Libertarian Gary Johnson"): no given name.
AFFILIATIONS = {"democrat", "democratic", "republican", "libertarian", "independent", "conservative", "labour",
                "liberal", "socialist", "communist", "green", "tory", "centrist"}


def _given_name_before(ent: Span) -> Span:
    """", Amit Kumar Verma": the tagger can leave a given name out of a person after a comma; take back
    one capitalised compound word (not a title) right after the comma."""
    doc, i = ent.doc, ent.start - 1
    if ent.label_ != "PERSON" or i < 0 or not (ent.start <= doc[i].head.i < ent.end):
        return ent
    from detente.nlp.title_phrases import ROLE_NOUNS  # title_phrases imports this module
    word = doc[i]
    before = doc[i - 1] if i > 0 else None
    titled = word.lower_ in RANKS | TITLE_PREFIXES | ROLE_NOUNS | AFFILIATIONS \
        or word.lower_.endswith(("man", "woman"))  # "Governor X", "Republican X", "Councilman X"
    if word.dep_ == "compound" and word.pos_ == "PROPN" and word.is_title and word.is_alpha and not titled \
            and not word.ent_type_ and before is not None and not word.is_sent_start and before.text in {",", "("}:
        return Span(doc, i, ent.end, label=ent.label_)
    return ent


def _without_title(ent: Span) -> Span:
    """"Spokesperson Randhir Jaiswal": a title the tagger took into a person's name is no part of it (it is
    read as the title before the name)."""
    from detente.nlp.title_phrases import ROLE_NOUNS  # title_phrases imports this module
    start = ent.start
    while ent.label_ == "PERSON" and ent.end - start > 2 and _title_word(ent.doc[start], ROLE_NOUNS | RANKS):
        start += 1
    return Span(ent.doc, start, ent.end, label=ent.label_) if start > ent.start else ent


def _title_word(token: Token, titles: set[str]) -> bool:
    """A title word, or its plural before a pair of names ("Prime Ministers X and Y", "Senators X and Y")."""
    word = token.lower_
    return word in titles or (word.endswith("s") and token.tag_ in {"NNS", "NNPS", "NNP"} and word[:-1] in titles)


def _trailing_verb(token: Token) -> bool:
    """A lower-case verb closing an entity is no part of a name ("Brazil's Lula met Milei")."""
    return token.is_lower and token.pos_ in {"VERB", "AUX"}


def international_code(org) -> str | None:
    """An organisation's country, or PLOVER's code for an international body the data lists with none:
    UNO (United Nations), EUR (European Union), IGO."""
    if org is None or org.country or org.sector != "IGO":
        return org.country if org is not None else None
    name = f"{org.id} {org.name}".lower()
    if "united nations" in name or name.startswith("org:un"):
        return "UNO"
    return "EUR" if "europe" in name else "IGO"


def _offices(actor, role, on: date | None) -> str | None:
    """The offices held on the day, in the order taken up: "Director of the Office of the Central Foreign
    Affairs Commission; Minister of Foreign Affairs" (concurrent main offices; a secondary title is not listed
    unless it is the one the mention named)."""
    if role is None:
        return None
    held = [r for r in actor.roles if r.active_on(on) and not r.secondary] if on is not None else []
    if role not in held or len(held) < 2:
        return role.office
    ordered = sorted(held, key=lambda r: r.start or "")
    return "; ".join(dict.fromkeys(r.office for r in ordered))


def _dotted_forms(text: str) -> list[str]:
    """"UN Human Rights Office" is written "U.N. human rights office" too: news dots the body's initials,
    and the KB's resolver reads both, so the matcher finds both."""
    if text.startswith("UN ") and len(text) > 3:
        return [text, "U.N. " + text[3:]]
    return [text]


def _time_word(token: Token) -> bool:
    return token.is_lower and (token.ent_type_ in {"DATE", "TIME"} or token.pos_ == "ADV")


class MentionFinder:
    """Finds and resolves actor mentions with one PhraseMatcher built from the knowledge base."""

    def __init__(self, nlp: Language, kb: KnowledgeBase):
        self.kb = kb
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_label: dict[str, list[str]] = {}
        self.cased: dict[str, list[str]] = {}  # lower-case form -> the KB's spellings of it
        for form, label in kb.surface_forms():
            for text in _dotted_forms(form):
                if len(text) > 1:
                    by_label.setdefault(label, []).append(text)
                    self.cased.setdefault(text.lower(), []).append(text)
        for label, texts in by_label.items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(sorted(set(texts)))))

    # -- finding -----------------------------------------------------------------
    def candidate_spans(self, doc: Doc) -> tuple[list[Span], dict[int, Span]]:
        """KB matches and NER entities as non-overlapping spans, plus title spans by end token."""
        titles: dict[int, Span] = {}
        spans = []
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            span = Span(doc, start, end, label=label)
            if label == "TITLE":
                titles[end] = span if end not in titles or len(titles[end]) < len(span) else titles[end]
            elif self._cased_as_known(span):
                spans.append(span)
        title_tokens = {i for t in titles.values() for i in range(t.start, t.end)}
        # An organisation named inside a title still counts ("... of the Central Military Commission", "Kremlin
        # spokesman X"); a lone word naming a state there is the office's country, read with the title.
        spans = [s for s in spans if not (len(s) == 1 and s[0].i in title_tokens and not self._body_word(s))
                 and not (len(s) == 1 and s[0].is_lower and s.label_ == "ACTOR")]
        for ent in doc.ents:
            if ent.label_ in NER_LABELS and not any(t.i in title_tokens for t in ent):
                spans.extend(_split_entity(_given_name_before(_without_title(ent))))
        spans += [s for s in ministry_spans(doc, self.kb) if not any(t.i in title_tokens for t in s)]
        spans += outlet_spans(doc)  # "the daily Politika": an outlet the tagger missed
        from detente.nlp.bare_bodies import bare_body_spans  # here: bare_bodies reads this module
        spans += [s for s in bare_body_spans(doc) if not any(t.i in title_tokens for t in s)]  # "the navy said"
        from detente.nlp.untagged_names import untagged_people  # here: title_phrases reads this module
        spans += untagged_people(doc, title_tokens)  # "Shi Yong, the acting head of ...": a name it missed
        # Prefer KB matches to NER on equal length: they come first in a stable sort by length.
        spans = filter_spans(sorted(spans, key=lambda s: -(s.end - s.start)))
        return [s for s in spans if not any(t._.skip for t in s)], titles

    def _body_word(self, span: Span) -> bool:
        """A one-word name the KB gives to a body, not a state: "Kremlin", "Pentagon", "NATO" (not "U.S.")."""
        found = self.kb.candidates(span.text)
        return bool(found) and found[0].actor.kind == "organisation"

    def _cased_as_known(self, span: Span) -> bool:
        """"visited Russia today", "China daily": a word every KB spelling capitalises, written in lower case and
        read as a time word (a date or an adverb), sits beside a name and is not part of it. Lower-case body
        nouns ("the Lebanese army", "foreign ministry") are news style and still match."""
        for form in self.cased.get(span.text.lower(), [span.text]):
            parts = form.split()
            if len(parts) != len(span) or not any(p[:1].isupper() and _time_word(t)
                                                   for p, t in zip(parts[1:], span[1:])):
                return True
        return False

    # -- resolving -------------------------------------------------------------
    def resolve(self, span: Span, on: date | None, seen: dict[str, Ref]) -> Ref | None:
        """The actor a span names, or None when it names nothing political."""
        text = clean_name(_trim(span).text)
        if not text:
            return None
        surname = seen.get(fold(text.lower()))
        if surname is not None and " " not in text:
            return replace(surname, via="surname")
        found = self.kb.candidates(text, on=on)
        if found:
            return self._from_candidate(found[0], on)
        return self._ministry(text) or self._unknown(span, text)

    def _body_sector(self, text: str) -> str | None:
        """GOV for a state body named with its state ("the Ruritanian Bureau of Customs"); a body of no stated
        state keeps no sector, as it may be any country's or none."""
        owned = any(self.kb.country_code(word) for word in text.split()[:3])
        return state_body_sector(text) if owned else None

    def _ministry(self, text: str) -> Ref | None:
        """A ministry the KB lacks, named as written when its owner is ("Oman's foreign ministry", convention 9),
        under an id of its canonical name and owner, so that every way of writing it is one actor; its country
        may be found later when not written."""
        found = ministry_name(text, self.kb)
        if found is None:
            return None
        canonical, country, sector = found
        # a bare "foreign ministry" keeps the canonical name until its state is known (bare_bodies names it then)
        name = text if country else canonical
        return Ref(ministry_id(canonical, country), name, country, sector, "organisation", via="unknown")

    def _from_candidate(self, cand, on: date | None) -> Ref:
        actor = cand.actor
        role = cand.role or actor.role_on(on)
        if role is None and actor.kind == "person" and actor.roles and on is not None:
            return self._former(actor, on, cand.via)
        sector = (role.sector if role and role.sector else actor.sector)
        country = self._held_for(actor, role) or actor.country or (role.country if role else None) \
            or self._international(actor, role)
        return Ref(actor.id, actor.name, country, sector, actor.kind, _offices(actor, role, on), cand.via)

    def _former(self, actor, on: date, via: str) -> Ref:
        """Out of office on the article's date: PLOVER's ELI sector, role "former <last office>"."""
        past = [r for r in actor.roles if r.end and r.end < on.isoformat()]
        if not past:
            return Ref(actor.id, actor.name, actor.country, actor.sector, actor.kind, None, via)
        last = max(past, key=lambda r: r.end)
        country = self._held_for(actor, last) or last.country or actor.country or self._international(actor, last)
        return Ref(actor.id, actor.name, country, "ELI", actor.kind, f"former {last.office}", via)

    def _held_for(self, actor, role) -> str | None:
        """An office of an international body held by a national ("Joan Donoghue", President of the ICJ; a former
        U.N. rights chief): PLOVER codes its holder on that body's side (UNO, EUR, IGO), not his state's."""
        if role is None or role.country or not role.organisation or actor.kind != "person":
            return None
        return self._international(actor, role)

    def _international(self, actor, role) -> str | None:
        """PLOVER's codes for international bodies: UNO (United Nations), EUR (European Union), IGO."""
        org = self.kb.get(role.organisation) if role is not None and role.organisation else actor
        return international_code(org)

    def _unknown(self, span: Span, text: str) -> Ref | None:
        label = span.label_
        if label in {"GPE", "NORP", "LOC"}:
            code = self.kb.country_code(text)
            if code:
                return Ref(f"state:{code}", code, code, "GOV", "state", via="country")
            return None if label != "GPE" else Ref(f"place:{slug(text)}", text, None, None, "place",
                                                   via="unknown")
        if label == "PERSON":
            return Ref(f"person:{slug(text)}", text, None, None, "person", via="unknown")
        if label in {"ORG", "FAC"}:
            return Ref(f"org:{slug(text)}", text, None, self._body_sector(text), "organisation", via="unknown")
        return None
