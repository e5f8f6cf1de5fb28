"""The actor component: every actor mention in the Doc, with titles, short names and offices resolved.

Reading the words beside a name (its title, its apposition, whether an unknown name is a person or a company,
the proper-noun runs in a title) moved to nlp/name_readings.py to keep this module short.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.kb.base import KnowledgeBase
from detente.kb.lookup import counterparts_of
from detente.nlp.initialisms import initialism_ref, remember_initials
from detente.nlp.international_names import international_reading
from detente.nlp.body_kinds import body_sector
from detente.nlp.bare_bodies import as_listed_body, bare_body_country, owning_body
from detente.nlp.companies import corporate_name, trade_descriptor
from detente.nlp.delegations import delegation_led
from detente.nlp.divided_states import compass_state
from detente.nlp.doc_cache import doc_text
from detente.nlp.outlets import press_descriptor
from detente.nlp.outlet_editions import edition_ref
from detente.records import Location
from detente.nlp.mentions import RANKS, MentionFinder, Ref, _split_entity, _trim, clean_name, fold, slug
from detente.nlp.name_readings import (
    ORG_SECTOR_WORDS, _apposition, _company_apposition, _leader_titles, _proper_runs, _read_title, _titled_name,
)
from detente.nlp.title_phrases import (
    ROLE_NOUNS, _role_phrase_before, _role_phrase_after, _title_appositive, _ranked, _office, _role_text,
    owner_parts, owner_phrases,
)
from detente.nlp.body_roles import give_body_roles
from detente.nlp.described_bodies import give_described_roles
from detente.nlp.metonym_roles import give_metonym_roles
from detente.nlp.name_arcs import rehang_names
from detente.nlp.named_groups import named_groups
from detente.nlp.namesake_bodies import as_context_namesake, placed_namesake
from detente.nlp.unnamed_envoys import unnamed_envoys
from detente.nlp.ministries import state_body_sector
from detente.nlp.statement_occasions import demonym
from detente.nlp.person_context import place_unplaced
from detente.nlp.person_descriptions import described
from detente.nlp.person_sectors import give_rank_sectors, title_sector
from detente.nlp.short_names import bare_surnames
from detente.nlp.state_body_mentions import in_title, owned_body_parts, owner_label
from detente.nlp.titles import refine_title, title_antecedent

DATELINE = re.compile(r"^\s*([A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE.'\- ]{2,40}?)(?:,\s*[A-Za-z.\s0-9]{2,20})?\s*(?:\([^)]{1,30}\)\s*)?"
                      r"(?:\u2014|\u2013|--|-)\s")
# "general" is a rank, but not in a civilian "Director General", "Secretary-General" or "Attorney General"
MIL_WORDS = re.compile(r"defen[cs]e|military|army|navy|admiral|(?<!director )(?<!director-)(?<!secretary )"
                       r"(?<!secretary-)(?<!attorney )(?<!consul )\bgeneral|air force|marine|war\b|joint staff", re.I)
LEG_WORDS = re.compile(r"senator|lawmaker|congress|parliament|representative|speaker", re.I)
COP_WORDS = re.compile(r"\bpolice\b|\bconstabulary\b|\bgendarmerie\b", re.I)  # "Police Commissioner X"


# Heads of state the counterpart table pairs with every state's leader, to learn which office leads it.
LEADER_REFERENCES = {"USA", "CHN"}
STATE_BODY_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP"}


def _antecedent(mentions: list[Span], pronoun: Token) -> Ref | None:
    """The latest person named before a pronoun, in its sentence or the one before."""
    sent = pronoun.sent
    floor = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else 0
    return next((m._.ref for m in reversed(mentions) if floor <= m.start < pronoun.i and m._.ref.kind == "person"),
                None)


# States whose names put the family name first ("Kim Yo Jong" is "Kim", "Xi Jinping" "Xi").
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"}


def _salient(span: Span) -> bool:
    """A mention that is the main clause's subject, or set beside one ("his sister, X, said"); the subject of
    a reported clause ("announced that his wife X would visit") does not take over the family name."""
    root = span.root
    subject = root if root.dep_ in {"nsubj", "nsubjpass"} else \
        root.head if root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"} else None
    return subject is not None and subject.head.dep_ == "ROOT"


def _named_beside(noun: Token) -> bool:
    """"his Indian counterpart, Lt. Gen. X": the text names the counterpart itself."""
    doc = noun.doc
    after = doc[noun.i + 1:noun.i + 4]
    return any(c.dep_ == "appos" for c in noun.children) or (
        len(after) > 1 and after[0].text == "," and any(t.ent_type_ == "PERSON" or t.lower_ in RANKS for t in after[1:]))


def _formal_holder(kb, actor, on, country: str):
    """The one person holding the formal equivalent of the actor's main office in a state on a day."""
    rows = counterparts_of(kb, actor, on, country)
    main = rows[0]["office"] if rows else None
    ids = {r["holder_id"] for r in rows if r["office"] == main and r["basis"] == "formal" and r["holder_id"]}
    return kb.get(ids.pop()) if len(ids) == 1 else None


def _leader_kind(role: str | None) -> str | None:
    """"presidential" for a president, "prime minister's" for a prime minister, else None."""
    text = (role or "").lower()
    return "presidential" if re.search(r"(?<!vice )(?<!vice-)\bpresident\b", text) else \
        "prime minister's" if "prime minister" in text else None


def _body_named_before(doc: Doc, mentions: list[Span]) -> None:
    """"..., according to the Armed Forces of the Philippines. Gen. X, the armed forces chief, said": a
    person the text places in "the armed forces" belongs to the body of that name the article named before."""
    for i, mention in enumerate(mentions):
        ref = mention._.ref
        if ref.kind != "person" or ref.country or ref.via != "unknown":
            continue
        title = _role_phrase_after(doc, mention) or _role_phrase_before(doc, mention.start)
        words = [t.lower_ for t in title or [] if t.pos_ in {"NOUN", "PROPN", "ADJ"} and t.lower_ not in ROLE_NOUNS]
        if not words:
            continue
        phrase = " ".join(words)
        body = next((m._.ref for m in reversed(mentions[:i]) if m._.ref.kind == "organisation" and m._.ref.country
                     and re.search(rf"\b{re.escape(phrase)}\b", m._.ref.name.lower())), None)
        if body is not None:
            mention._.ref = replace(ref, country=body.country, sector=body.sector or ref.sector)


def _with_role(role: str | None, extra: str) -> str:
    """A function held besides the office: "Presidential Aide; head of delegation"."""
    return f"{role}; {extra}" if role and extra not in role else role or extra


def _share_facts(mentions: list[Span]) -> None:
    """What one mention of a person tells (country, sector, role) fills the others' gaps: "aide Ann Roe"
    ... "Kremlin aide Roe"."""
    best: dict[str, Ref] = {}
    for m in mentions:
        ref, known = m._.ref, best.get(m._.ref.actor_id)
        best[ref.actor_id] = ref if known is None else replace(
            known, country=known.country or ref.country, sector=known.sector or ref.sector, role=known.role or ref.role)
    for m in mentions:
        merged = best[m._.ref.actor_id]
        m._.ref = replace(m._.ref, country=m._.ref.country or merged.country, sector=m._.ref.sector or merged.sector,
                          role=m._.ref.role or merged.role)


def _title_span(doc: Doc, title: Span, ref: Ref) -> Span:
    """A title standing for a person named before, as a mention of that person."""
    span = Span(doc, title.start, title.end, label="PERSON")
    span._.ref = replace(ref, via="office")
    return span


class ActorComponent:
    """Doc -> Doc: fills doc.spans["actors"] and doc._.mention_at."""

    def __init__(self, nlp: Language, kb: KnowledgeBase):
        self.kb = kb
        self.finder = MentionFinder(nlp, kb)

    def __call__(self, doc: Doc) -> Doc:
        on = doc._.published
        doc._.dateline = self._dateline(doc_text(doc))  # read first: it places bodies written without a state
        spans, titles = self.finder.candidate_spans(doc)
        seen: dict[str, Ref] = {}
        held: set[str] = set()
        mentions: list[Span] = []
        for whole in sorted(spans, key=lambda s: s.start):
            for span, ref in self._resolve_parts(doc, whole, titles, on, seen):
                span = Span(doc, span.start, span.end, label=span.label_)
                span._.ref = ref
                mentions.append(span)
                self._remember(ref, seen, _salient(span), held)
                remember_initials(span, ref, seen)
        rehang_names(mentions)  # "met To Lam": the name, not a preposition, is the clause's object
        mentions += bare_surnames(doc, mentions, seen)
        self._counterpart_roles(doc, mentions)
        _body_named_before(doc, mentions)
        place_unplaced(mentions)
        give_metonym_roles(self.kb, mentions)
        give_body_roles(self.kb, mentions)
        give_described_roles(mentions)  # "the M23 rebel group": a body's kind, written around its name
        _share_facts(mentions)
        give_rank_sectors(mentions)
        mentions += self._leader_offices(doc, mentions, on)
        mentions += self._office_mentions(doc, {**_leader_titles(doc), **titles}, mentions, on)
        mentions += self._formal_counterparts(doc, mentions, on)
        self.set_annotations(doc, mentions)
        doc.spans["groups"] = named_groups(doc)  # read after the mentions: a group's state is one of them
        doc.spans["groups"] += unnamed_envoys(doc)  # "Pakistan's chargé d'affaires": his state's actor
        return doc

    def _dateline(self, text: str) -> Location | None:
        """The place in a dateline opening the body: "KUALA LUMPUR —", "BEIJING, Aug. 29 (Xinhua) --"."""
        for line in [x for x in text.splitlines() if x.strip()][:3]:
            match = DATELINE.match(line)
            if match:
                name = match.group(1).strip().title()
                code = self.kb.country_code(name)
                if code:
                    return Location(name=name, country=code)
        return None

    def _resolve_parts(self, doc, span, titles, on, seen) -> list[tuple[Span, Ref]]:
        """Resolve a span; an unknown hyphenated name whose parts are known ("Trump-Xi") splits."""
        ref = self._resolve(doc, span, titles, on, seen)
        owned = owned_body_parts(self.kb, span, ref) if ref is not None else None
        if owned is not None:  # "Egypt's army": the state, and its army ("the Thai government": the state)
            owner, body, body_ref = owned
            owner_ref = self._resolve(doc, owner, titles, on, seen)
            owner = Span(doc, owner.start, owner.end, label=owner_label(owner_ref)) if owner_ref else owner
            parts = [(owner, owner_ref)] if owner_ref is not None else []
            return parts + ([(body, body_ref)] if body_ref.kind != "state" and not in_title(body, titles) else [])
        if (ref is None or ref.via == "unknown") and any(t.text == "-" for t in span):
            parts = [(p, self._resolve(doc, p, titles, on, seen)) for p in _split_entity(span, hyphens=True)]
            if any(r is not None and r.via != "unknown" for _, r in parts):
                return [(p, r) for p, r in parts if r is not None]
        return [(span, ref)] if ref is not None else []

    def _resolve(self, doc, span, titles, on, seen) -> Ref | None:
        ref = self.finder.resolve(span, on, seen)
        ref = initialism_ref(span, ref, seen) or ref  # "the BSF": the Border Security Force named before
        ref = as_context_namesake(self.kb, span, ref, on) if ref is not None else None
        if ref is not None and ref.via == "unknown" and ref.kind == "organisation" and _titled_name(doc, span):
            ref = replace(ref, actor_id="person:" + ref.actor_id.split(":", 1)[1], kind="person")
        if ref is not None and ref.via == "unknown" and ref.kind == "person" and _company_apposition(doc, span):
            ref = replace(ref, actor_id="org:" + ref.actor_id.split(":", 1)[1], kind="organisation")
        if ref is not None and ref.via == "unknown" and ref.kind in {"person", "organisation"}:
            ref = edition_ref(self.kb, span, ref) or self._as_outlet(doc, span, ref) or self._as_company(doc, span, ref)
        if ref is not None and ref.kind == "person":
            plain = ref
            # a surname of someone the KB lacks reads its title too: "aide Ann Roe ... Kremlin aide Roe"
            unknown = ref.via == "unknown" or (ref.via == "surname" and self.kb.get(ref.actor_id) is None)
            title, appositive = _read_title(doc, span, titles, unknown)
            ref = self._apply_title(doc, span, title, appositive, ref)
            ref = refine_title(self, doc, span, title, plain, ref)  # portfolio, rank and past-office readings
            ref = described(self.kb, doc, span, ref, self._country_in, seen)  # "X, a Polish journalist": no office
            led = delegation_led(doc, span)
            if led is not None:
                ref = replace(ref, role=_with_role(ref.role, "head of delegation"),
                              country=ref.country or self._country_in(led))
        if ref is not None and ref.via == "unknown" and ref.kind == "organisation" and ref.country is None:
            ref = self._place_organisation(doc, span, ref)
        return ref

    def _as_outlet(self, doc: Doc, span: Span, ref: Ref) -> Ref | None:
        """An unknown name after a press noun (outlets.py): a news outlet, of the country its descriptor names
        ("the Serbian daily X") or the one written just before it."""
        descriptor = press_descriptor(doc, _trim(span).start)
        if descriptor is None:
            return None
        country = ref.country or self._country_in(descriptor) or self._country_before(doc, descriptor.start)
        return replace(ref, actor_id="org:" + ref.actor_id.split(":", 1)[1], kind="organisation", sector="JRN",
                       country=country)

    def _as_company(self, doc: Doc, span: Span, ref: Ref) -> Ref:
        """An unknown name that news marks as a firm (companies.py): a business, of the country its trade
        phrase names ("Japanese drugmaker X", "South Korea's steelmaker X")."""
        descriptor = trade_descriptor(doc, span)
        if descriptor is None and not corporate_name(span):
            return ref
        country = ref.country or (self._country_in(descriptor) or self._country_before(doc, descriptor.start)
                                  if descriptor is not None else self._country_before(doc, span.start))
        return replace(ref, actor_id="org:" + ref.actor_id.split(":", 1)[1], kind="organisation", sector="BUS",
                       country=country)

    def _place_organisation(self, doc: Doc, span: Span, ref: Ref) -> Ref:
        """"the Nigerian Interior Ministry", "Serbia's labour union": country and sector from the name itself;
        "Rosneft and Lukoil, Russia's largest oil companies": from the apposition; a state body named
        without its state ("the navy", "the Supreme National Security Council") is placed by bare_bodies."""
        unit_of = owning_body(self.kb, span)
        if unit_of is not None:  # "the U.S. Navy's Fifth Fleet": its owning body's state and sector
            return replace(ref, country=unit_of.country, sector=unit_of.sector or ref.sector)
        owner = self._country_before(doc, span.start)
        wider = international_reading(self.kb, span) if owner is None else None
        if wider is not None:  # "the Lima Group", "the Inter-American Court": no state's, whatever place it names
            return replace(ref, country=wider[0], sector=ref.sector or wider[1])
        appos = _apposition(doc, span)
        words = {t.lower_ for t in span} | ({t.lower_ for t in appos} if appos is not None else set())
        kind = body_sector(span)
        sector = ref.sector or kind \
            or next((code for code, names in ORG_SECTOR_WORDS.items() if words & names), None) \
            or state_body_sector(span.text)
        country = self._country_in(span) or owner or (self._country_in(appos) if appos is not None else None)
        if country is None and sector in STATE_BODY_SECTORS:  # "the navy", "the Defense Ministry": its state's
            country = bare_body_country(self.kb, span)
            return as_listed_body(self.kb, span, replace(ref, sector=sector), country, demonym(country)) \
                if country else replace(ref, sector=ref.sector or kind)
        # a body's kind holds even when nothing places it: "the Constitutional Court" is a court
        placed = replace(ref, country=country, sector=sector) if country else replace(ref, sector=ref.sector or kind)
        # "the North's foreign ministry": a state body placed by its owner is the one the KB lists for that state
        return placed_namesake(self.kb, span, placed, country, doc._.published) \
            if country and sector in STATE_BODY_SECTORS else placed

    def _apply_title(self, doc: Doc, span: Span, title: Span | None, appositive: bool, ref: Ref) -> Ref:
        """Use the title beside a name for role, country and sector when the KB does not know them."""
        if title is None:
            return ref
        body_country, body_sector = self._body_in(title)
        country = ref.country or self._country_before(doc, title.start) or \
            next((c for part in owner_parts(title) if (c := self._country_in(part))), None) or body_country \
            or self._country_of_group(title)
        role = ref.role or self._without_state(_role_text(title) if appositive else title.text, country)
        military = MIL_WORDS.search(title.text) or _ranked(doc, span)
        # a body named in the title tells the sector: "Pentagon spokesman" speaks for a MIL body
        sector = ref.sector or body_sector or ("MIL" if military else "LEG" if LEG_WORDS.search(title.text)
                                               else "COP" if COP_WORDS.search(title.text)
                                               else title_sector(title.text) or "GOV")
        return replace(ref, country=country, role=role, sector=sector)

    def _without_state(self, role: str | None, country: str | None) -> str | None:
        """"Mexican ambassador" -> "ambassador": the holder's state, kept as his country, is no part of a bare
        office (a longer title keeps it: "Philippine coast guard's spokesman")."""
        words = (role or "").split()
        state = self.kb.get(f"state:{country}") if country else None
        names = {(demonym(country) or "").lower(), state.name.lower() if state else ""} - {""}
        return words[-1] if len(words) > 1 and " ".join(words[:-1]).lower() in names else role

    def _country_of_group(self, title: Span) -> str | None:
        """"four Argentine diplomats, including the deputy ambassador, X": one of a group named with its
        nationality shares it."""
        prep = title.root.head
        if title.root.dep_ != "pobj" or prep.lower_ != "including" or prep.head.pos_ != "NOUN":
            return None
        doc = title.doc
        modifiers = [c for c in prep.head.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
        return next((code for m in modifiers
                     if (code := self._country_in(doc[m.left_edge.i:m.right_edge.i + 1]))), None)

    def _body_in(self, title: Span) -> tuple[str | None, str | None]:
        """(country, sector) of a state body the KB knows, named in a title: "Pentagon spokesman", "the
        Philippine coast guard's spokesman"."""
        for run in _proper_runs(title) + owner_phrases(title):
            found = self.kb.candidates(clean_name(run))
            if found and found[0].via in {"name", "alias", "metonym"} and found[0].actor.kind == "organisation":
                return found[0].actor.country, found[0].actor.sector
        return None, None

    def _counterpart_roles(self, doc: Doc, mentions: list[Span]) -> None:
        """"X, Pakistan's Director General ..., phoned his Indian counterpart, Y": a counterpart holds the
        same office in the other state, so Y takes the office of the person named before in the sentence."""
        for i, mention in enumerate(mentions):
            ref = mention._.ref
            title = _title_appositive(doc, mention) if ref.kind == "person" and not ref.role else None
            if title is None or title.root.lower_ != "counterpart":
                continue
            holder = next((p._.ref for p in reversed(mentions[:i]) if p._.ref.kind == "person" and _office(p._.ref.role)
                           and p.sent.start == mention.sent.start and p._.ref.actor_id != ref.actor_id), None)
            if holder is not None:
                mention._.ref = replace(ref, role=self._unowned(holder.role))

    def _leader_offices(self, doc: Doc, mentions: list[Span], on) -> list[Span]:
        """"President Lee ... His office said": the office of a head of state or government, named by a
        pronoun whose antecedent holds it, is that state's presidential (or prime minister's) office."""
        found, covered = [], {i for m in mentions for i in range(m.start, m.end)}
        for office in (t for t in doc if t.lower_ == "office" and t.pos_ == "NOUN" and t.i not in covered):
            owner = next((c for c in office.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
            holder = _antecedent(mentions, owner) if owner is not None else None
            kind = _leader_kind(holder.role) if holder is not None and holder.country else None
            if kind is None:
                continue
            state = self.kb.get(f"state:{holder.country}")
            name = f"{state.name if state else holder.country}'s {kind} office"
            known = [c for c in self.kb.candidates(name, on) if c.actor.kind == "organisation"]
            ref = self._from_body(known[0]) if known else Ref(f"org:{slug(name)}", name, holder.country, "GOV",
                                                               "organisation", via="office")
            span = Span(doc, owner.i, office.i + 1, label="ORG")
            span._.ref = ref
            found.append(span)
        return found

    @staticmethod
    def _from_body(cand) -> Ref:
        """The mention of a body the KB knows."""
        actor = cand.actor
        return Ref(actor.id, actor.name, actor.country, actor.sector, actor.kind, None, cand.via)

    def _unowned(self, role: str) -> str:
        """An office without its owner: "Japanese foreign ministry's top Asia official" -> "top Asia official"."""
        role = re.split(r"[\u2019']s\s+", role)[-1]
        first, _, rest = role.partition(" ")
        return rest if rest and self.kb.country_code(first) else role

    def _country_in(self, phrase: Span) -> str | None:
        """A country named inside a role phrase: "the Japanese foreign ministry's top Asia official"."""
        for t in phrase:
            code = self.kb.country_code(clean_name(t.text)) if t.pos_ in {"PROPN", "ADJ"} else None
            if code:
                return code
        found = self.kb.candidates(clean_name(phrase.text)) if len(phrase) <= 4 else []
        if found:
            return found[0].actor.country
        return next((code for code in map(self._known_country, _proper_runs(phrase)) if code), None)

    def _known_country(self, run: str) -> str | None:
        """The country of a person or body the knowledge base knows by this name."""
        found = self.kb.candidates(clean_name(run))
        return found[0].actor.country if found and found[0].via in {"name", "alias"} else None

    def _country_before(self, doc: Doc, start: int) -> str | None:
        """Country named just before a title: "Chinese Foreign Minister", "China's defence minister"."""
        # within the sentence: a place ending the sentence before ("... in Seoul.") owns no title
        floor = doc[start].sent.start if start < len(doc) else 0
        i = start - 1
        while i >= floor and start - i <= 2 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i -= 1  # "Lebanon's new President", "the Afghan interim leader"
        if i >= floor and doc[i].tag_ == "POS":
            i -= 1
        if i < floor or doc[i].is_punct:  # "... with the United States, presidency spokesman X": no owner
            return None
        if code := compass_state(self.kb, doc[i]):  # "the North's foreign ministry" in a Korea story
            return code
        for size in (3, 2, 1):
            if i - size + 1 >= floor:
                code = self.kb.country_code(clean_name(doc[i - size + 1:i + 1].text))
                if code:
                    return code
        return None

    @staticmethod
    def _remember(ref: Ref, seen: dict[str, Ref], salient: bool = False, held: set[str] | None = None) -> None:
        """Remember a person's family name so a later short mention resolves to the same actor: the first
        person of that name, unless a later one is a clause's subject ("Kim Jong Un's sister Kim Yo Jong
        said ... Kim added": the sister) and the first was never one (`held`: names whose holder was a
        subject; "President X met ... First lady Y X toured ... X said": the president)."""
        if ref.kind != "person" or " " not in ref.name:
            return
        words = ref.name.split()
        key = fold((words[0] if ref.country in FAMILY_NAME_FIRST else words[-1]).lower())
        held = set() if held is None else held
        if key not in seen or (salient and key not in held):
            seen[key] = ref
            if salient:
                held.add(key)

    def _leader_office(self, title: Span, country: str) -> str | None:
        """"The Chinese leader": the office that holds the state's authority, which the counterpart
        table pairs with another state's head by authority (a prime minister), else the head of state."""
        if title.root.lower_ != "leader" or len(title) > 1:
            return None
        # every reference state must agree (Japan's prime minister, yes; Iran, where the table's pairings
        # differ, keeps its head of state, the Supreme Leader)
        held = [{office for office, basis in self.kb.counterparts("head_of_state", other, country) if basis == "authority"}
                for other in LEADER_REFERENCES - {country}]
        agreed = set.intersection(*held) if held else set()
        return next(iter(sorted(agreed)), "head_of_state") if len(agreed) == 1 else "head_of_state"

    def _office_mentions(self, doc, titles, mentions, on) -> list[Span]:
        """Titles used without a name ("China's defence minister") resolve to the office holder."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        for end, title in titles.items():
            if end in covered or (end < len(doc) and doc[end].ent_type_ == "PERSON") or title.start in covered:
                continue
            country = self._country_before(doc, title.start)
            key = (self.kb.office_key(title.text, country) or self._leader_office(title, country)) if country else None
            holder = self.kb.office_holder(key, country, on) if key else None
            if holder is None and country is None and not any(t._.skip for t in title):
                named = title_antecedent(doc, title, mentions)  # "the president said": the one named before
                if named is not None:
                    found.append(_title_span(doc, title, named))
                continue
            if holder is None or any(t._.skip for t in title):
                continue
            role = holder.role_on(on)
            span = Span(doc, title.start, title.end, label="PERSON")
            span._.ref = Ref(holder.id, holder.name, holder.country or country,
                             (role.sector if role else holder.sector), "person",
                             role.office if role else title.text, "office")
            found.append(span)
        return found

    def _formal_counterparts(self, doc: Doc, mentions: list[Span], on) -> list[Span]:
        """"X has not met his Chinese counterpart": with no name beside it, the counterpart is whoever held
        the formal equivalent of X's office in that state on the day, when the KB knows exactly one."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        for noun in (t for t in doc if t.lemma_.lower() == "counterpart" and t.tag_ == "NN" and t.i not in covered):
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
            holder = _antecedent(mentions, owner) if owner is not None and not _named_beside(noun) else None
            country = self._country_before(doc, noun.i) if holder is not None else None
            actor = self.kb.get(holder.actor_id) if country and country != holder.country else None
            other = _formal_holder(self.kb, actor, on, country) if actor is not None else None
            if other is None or any(t._.skip for t in doc[owner.i:noun.i + 1]):
                continue
            role = other.role_on(on)
            span = Span(doc, owner.i + 1, noun.i + 1, label="PERSON")
            span._.ref = Ref(other.id, other.name, other.country or country, role.sector if role else other.sector,
                             "person", role.office if role else None, "counterpart")
            found.append(span)
        return found

    def set_annotations(self, doc: Doc, mentions: list[Span]) -> None:
        doc.spans["actors"] = sorted(mentions, key=lambda s: s.start)
        doc._.mention_at = {t.i: m for m in doc.spans["actors"] for t in m}


@Language.factory("detente_actors", default_config={})
def make_actor_component(nlp, name):
    from detente.nlp.context import current_kb
    return ActorComponent(nlp, current_kb())
