"""Who a syntactic argument names: an actor mention, a pronoun's antecedent, or a group ("Chinese military leadership").

The mention covering a token, the latest person or party before it, the subject of a clause governing a
pronoun, and pair anaphors ("the two ministers") moved to nlp/antecedents.py to keep this module short; the
readings of "it"/"they" by the sentence before or by a teller stay here, with groups, owners and named people.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.nlp.antecedents import (
    PRONOUNS, _governing_subject, _is_party, _latest_before, _object_owner, _reported_pair, last_party_before,
    last_person_before, mention_of,
)
from detente.nlp.bare_bodies import home_country
from detente.nlp.body_anaphors import body_antecedent, firm_antecedent, is_body_anaphor
from detente.nlp.body_members import members_body
from detente.nlp.governing_bodies import governing_body, state_body
from detente.nlp.described_people import described_person, role_anaphor
from detente.nlp.context import current_kb
from detente.nlp.mentions import Ref, slug, state_ref
from detente.nlp.own_country import own_state
from detente.nlp.post_names import named_after_post
from detente.nlp.triggers import prep_objects, trigger_for_head

# Head nouns that name a group of a state's people, with their sector.
GROUP_SECTORS = {
    "military": "MIL", "army": "MIL", "navy": "MIL", "forces": "MIL", "troops": "MIL", "soldiers": "MIL",
    "attaché": "MIL", "attache": "MIL", "attachés": "MIL", "attaches": "MIL", "commanders": "MIL",
    "generals": "MIL", "defense": "MIL", "defence": "MIL", "coast": "MIL", "guard": "MIL",
    "officials": "GOV", "official": "GOV", "government": "GOV", "leadership": "GOV", "leaders": "GOV",
    "leader": "GOV", "diplomats": "GOV", "diplomat": "GOV", "administration": "GOV", "ministry": "GOV",
    "envoy": "GOV", "envoys": "GOV", "delegation": "GOV", "embassy": "GOV", "authorities": "GOV",
    "negotiators": "GOV", "spokesperson": "GOV", "spokesman": "GOV", "spokeswoman": "GOV",
    "side": "GOV", "counterparts": "GOV", "counterpart": "GOV", "minister": "GOV", "ministers": "GOV",
    "chiefs": "MIL", "chief": "MIL", "lawmakers": "LEG", "legislators": "LEG", "parliament": "LEG",
    "senators": "LEG", "police": "COP", "court": "JUD", "judges": "JUD", "media": "JRN",
    # the law's officers act for their state's judiciary ("a federal judge", "Belgian prosecutors")
    "judge": "JUD", "tribunal": "JUD", "prosecutor": "JUD", "prosecutors": "JUD", "regulator": "GOV",
    "regulators": "GOV",
    "companies": "BUS", "firms": "BUS", "banks": "BUS", "entities": "BUS", "exporters": "BUS", "rebels": "REB", "insurgents": "REB", "protesters": "CVL",
    "civilians": "CVL", "residents": "CVL", "fishermen": "CVL", "sources": "GOV", "vessels": "MIL",
    "ships": "MIL", "warships": "MIL", "jets": "MIL", "aircraft": "MIL", "tanks": "MIL", "artillery": "MIL",
    "gunboats": "MIL", "helicopters": "MIL", "drones": "MIL", "warplanes": "MIL", "planes": "MIL",
    # one craft acts for its state as a fleet does ("a Chinese vessel rammed ...")
    "vessel": "MIL", "ship": "MIL", "warship": "MIL", "jet": "MIL", "warplane": "MIL",
    "boat": "MIL", "frigate": "MIL", "destroyer": "MIL", "submarine": "MIL", "helicopter": "MIL", "drone": "MIL",
    "gunboat": "MIL", "cutter": "MIL",
    # the states of a body or region act through their governments ("NATO allies", "Gulf nations")
    "allies": "GOV", "nations": "GOV", "countries": "GOV",
}
# Weapons: one fired by a state's forces acts for them when it is the clause's subject ("a Russian missile
# struck the hospital"); as an object it is what was fired ("fired a rocket"), and of no named state no one's.
WEAPON_NOUNS = {"missile", "rocket", "shell", "bomb", "projectile", "munition", "warhead"}
# Plural people nouns and their PLOVER sectors; other plural nouns of people default to CVL.
PEOPLE_SECTORS = {"rebel": "REB", "militant": "REB", "guerrilla": "REB", "guerilla": "REB", "insurgent": "REB", "separatist": "REB",
                  "fighter": "REB", "worker": "LAB", "union": "LAB", "student": "EDU", "refugee": "REF",
                  "journalist": "JRN", "reporter": "JRN", "opposition": "OPP", "activist": "CVL",
                  "protester": "CVL", "demonstrator": "CVL", "farmer": "AGR", "peasant": "AGR",
                  "gunman": "UAF", "prisoner": "CVL", "police": "COP", "policeman": "COP", "officer": "COP",
                  "people": "CVL", "civilian": "CVL", "resident": "CVL", "villager": "CVL", "citizen": "CVL",
                  "supporter": "CVL", "crowd": "CVL", "detainee": "CVL", "hostage": "CVL", "pilgrim": "CVL",
                  "migrant": "REF", "settler": "CVL", "voter": "CVL", "youth": "CVL", "monk": "REL", "cleric": "REL",
                  "party": "PTY", "militia": "PRM", "teacher": "EDU", "nurse": "MED",
                  "driver": "LAB", "miner": "LAB", "trader": "BUS", "merchant": "BUS", "employee": "LAB",
                  "family": "CVL", "woman": "CVL", "lawyer": "CVL", "militiaman": "PRM", "elder": "CVL", "leader": "GOV",
                  "landowner": "CVL", "businessman": "BUS", "hacker": "CVL", "fundamentalist": "REL",
                  "islamist": "REL", "extremist": "REB", "terrorist": "REB", "official": "GOV", "troop": "MIL",
                  "man": "CVL", "individual": "CVL", "suspect": "CVL", "pacifist": "CVL",
                  "anarchist": "CVL", "bomber": "UAF", "assailant": "UAF", "attacker": "UAF",
                  "soldier": "MIL", "peacekeeper": "IGO", "inspector": "IGO", "observer": "IGO", "doctor": "MED"}
# People of a profession or crowd, not of a state: a group only in the plural ("one economist" is a person).
PROFESSION_SECTORS = {"expert": "CVL", "analyst": "CVL", "musician": "CVL", "artist": "CVL", "athlete": "CVL",
                      "player": "CVL", "fan": "CVL", "consumer": "CVL", "tourist": "CVL", "passenger": "CVL",
                      "veteran": "CVL", "volunteer": "CVL",
                      "scientist": "EDU", "researcher": "EDU", "scholar": "EDU", "academic": "EDU",
                      "professor": "EDU", "economist": "EDU", "priest": "REL", "bishop": "REL", "imam": "REL",
                      "rabbi": "REL", "parent": "CVL", "pensioner": "CVL", "shopkeeper": "BUS", "investor": "BUS",
                      "banker": "BUS", "executive": "BUS", "entrepreneur": "BUS"}
QUANTITY_HEADS = {"thousands", "hundreds", "dozens", "millions", "scores", "tens", "group", "groups", "members",
                  "some", "many", "most", "all", "one", "two", "three", "several", "majority", "number"}
# Heads that add nothing to the modifier that names the actor ("Pentagon officials" is the Pentagon).
GENERIC_HEADS = {"officials", "official", "sources", "spokesperson", "spokesman", "spokeswoman",
                 "government", "authorities", "side"}
# Groups of these sectors are only actors with a known state: "officials" alone are the engagement's parties.
UNNAMED_SECTORS = {None, "GOV", "IGO"}
COLLECTIVE_HEADS = {"group", "groups", "movement", "coalition", "faction", "factions", "alliance"}
COLLECTIVE_PRONOUNS = {"it", "its", "they", "them", "their"}
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}
# Participles naming who stands behind a group, not whose it is ("Iran-backed", "Russian-funded")
BACKER_WORDS = {"backed", "funded", "sponsored", "supported", "armed", "aligned", "allied", "trained"}


def _previous_subject(doc: Doc, pronoun: Token) -> Ref | None:
    """"X said it would ... because of Y's stance. It then ...": a subject "it" opening its sentence takes up
    the party the sentence before was about (its main subject), not the party named last; so does a subject
    "they" after a plural subject, or after a "they" that opened the sentence before (a run of one referent)."""
    sent = pronoun.sent
    if pronoun.lower_ not in {"it", "they"} or pronoun.dep_ != "nsubj" or pronoun.head != sent.root or sent.start == 0:
        return None
    if _latest_before(doc, pronoun, 0, _is_party) is not None:
        return None  # a party named earlier in its own sentence is nearer
    root = doc[sent.start - 1].sent.root
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.lower_ == pronoun.lower_ == "they":
        return _ref_for_head(doc, subj)  # "They charged ... They also denounced ...": one run, one referent
    if subj is None or subj.lower_ in COLLECTIVE_PRONOUNS:
        return None
    if pronoun.lower_ == "they" and subj.tag_ not in {"NNS", "NNPS"} and not subj.conjuncts:
        return None  # "they" takes up a plural subject only
    return next((r for r in refs_for(doc, subj, with_conjuncts=False) if _is_party(r)), None)


def sentence_refs(doc: Doc, token: Token) -> list[Ref]:
    """The actors named in the token's sentence, in order."""
    return [m._.ref for m in doc.spans["actors"] if token.sent.start <= m.start < token.sent.end]


def sole_country(doc: Doc, token: Token) -> Ref | None:
    """The one country the token's sentence names (a state or place of it if named so), else None."""
    refs = [r for r in sentence_refs(doc, token) if r.country]
    if len({r.country for r in refs}) != 1:
        return None
    return next((r for r in refs if r.kind in {"state", "place"}), refs[0])


def _owner(doc: Doc, token: Token, modifiers: list[Token]) -> Ref | None:
    """The state or organisation a group belongs to: a modifier ("Iraqi Kurds"), or "in"-place ("rebels in Mali");
    never its backer ("Iran-backed militias" are not Iran's: they are of where the text places them)."""
    owner = next((mention_of(doc, t)._.ref for c in modifiers if c.lower_ not in BACKER_WORDS for t in c.subtree
                  if mention_of(doc, t) is not None), None)
    abroad = token.lemma_.lower() in MISSION_NOUNS and bool(prep_objects(token, {"in", "at"}))
    if owner is None and abroad:
        owner = _mission_owner(doc, token)
    if owner is None:
        places = prep_objects(token, {"from", "of"} if abroad else {"in", "from", "of"})
        # "the largest vessel of the X Coast Guard": craft belong to a body and act for it ("members of
        # Congress" may speak for themselves, not for the body)
        kinds = {"state", "place", "organisation"} if token.lemma_.lower() in CRAFT_NOUNS else {"state", "place"}
        owner = next((mention_of(doc, t)._.ref for p in places for t in p.subtree
                      if mention_of(doc, t) is not None and mention_of(doc, t)._.ref.kind in kinds), None)
    if owner is None and _acting(token):  # "seized by its coast guard": the state the pronoun stands for
        owner = next((r for c in modifiers if c.dep_ == "poss" and c.lower_ in {"its", "their"}
                      for r in [last_party_before(doc, c)] if r is not None), None)
    if owner is None and _acting(token) and GROUP_SECTORS.get(token.lower_) in {"GOV", "MIL"}:
        owner = _person_state(doc, modifiers)  # "her government might discuss": the speaker's own state
    return owner


def _person_state(doc: Doc, modifiers: list[Token]) -> Ref | None:
    """The state of the person a lone "his"/"her" owner stands for ("his forces" acting: that leader's state)."""
    owners = [c for c in modifiers if c.dep_ == "poss"]
    if len(modifiers) != 1 or len(owners) != 1 or owners[0].lower_ not in {"his", "her"}:
        return None  # "his new government": not plainly the one he speaks for
    person = last_person_before(doc, owners[0])
    if person is None or not person.country:
        return None
    return state_ref(person.country, current_kb(), via="owner")


# A state's posts abroad: the place they are "in" is the host's, not the owner's.
MISSION_NOUNS = {"embassy", "consulate", "legation", "chancery"}


def _mission_owner(doc: Doc, token: Token) -> Ref | None:
    """"the embassy in Lima halted visa services": a mission in a place belongs to another state, the
    one other country its sentence names (None when it names several or none)."""
    hosts = {m._.ref.country for p in prep_objects(token, {"in", "at"}) for t in p.subtree
             if (m := mention_of(doc, t)) is not None}
    others = [r for r in sentence_refs(doc, token) if r.country and r.country not in hosts]
    return others[0] if hosts - {None} and len({r.country for r in others}) == 1 else None


def _acting(token: Token) -> bool:
    """A group that acts (subject, or passive agent), not one acted with ("withdrew its troops")."""
    return token.dep_ in {"nsubj", "nsubjpass"} or (token.dep_ == "pobj" and token.head.dep_ == "agent")


# Nouns for the people of a body, who act as the body when it is named ("coast guard personnel").
MEMBER_NOUNS = {"personnel", "staff", "crew", "member", "officer", "agent", "employee", "sailor"}
# Craft and units of a body act for it as its people do ("a coast guard cutter", "border police units").
CRAFT_NOUNS = {"vessel", "ship", "boat", "cutter", "patrol", "aircraft", "plane", "jet", "helicopter", "drone",
               "unit", "squadron", "warship", "frigate"}


def group_ref(doc: Doc, token: Token) -> Ref | None:
    """A group named by a noun phrase whose modifiers (or "in"-place) name a state or organisation."""
    if (body := governing_body(doc, token, mention_of)) is not None:
        return body  # "Israel's security cabinet": the body itself, with its state's country
    if (body := _speakers_body(doc, token)) is not None:
        return body  # "his cabinet will approve": that leader's state's cabinet
    sector = GROUP_SECTORS.get(token.lower_) or GROUP_SECTORS.get(token.lemma_.lower())
    if sector is None and (token.tag_ in {"NNS", "NNPS", "NN"} or _lower_common(token)):
        default = "CVL" if token.tag_ == "NNPS" or token.lower_ in COLLECTIVE_HEADS else None
        sector = PEOPLE_SECTORS.get(token.lemma_.lower(), default)
        sector = PROFESSION_SECTORS.get(token.lemma_.lower(), sector) if token.tag_ == "NNS" else sector
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    owner = _owner(doc, token, modifiers)
    if token.lemma_.lower() in WEAPON_NOUNS:
        return _weapon_ref(doc, token, owner, modifiers)
    if owner is None and sector not in {None, "GOV", "MIL", "IGO"}:
        owner = sole_country(doc, token)  # protesters, rebels, workers with no nationality act at home
    if owner is None and sector == "JUD" and (code := home_country(current_kb(), doc)):
        owner = state_ref(code, current_kb(), via="home")  # "Prosecutors have charged them": the story's state's
    country = owner.country if owner is not None else None
    if owner is not None and owner.sector == "IGO" and sector in {"GOV", "IGO"}:
        return owner  # "EU foreign ministers", "NATO envoys": officials of a body act as the body
    if owner is not None and owner.kind == "organisation" and token.lemma_.lower() in MEMBER_NOUNS | CRAFT_NOUNS:
        return owner  # "Chinese coast guard personnel", "embassy staff": members (or craft) acting for their body
    if country is None and (sector in UNNAMED_SECTORS or token.lower_ in GENERIC_HEADS):
        if owner is not None and token.lower_ in GENERIC_HEADS and owner.kind != "person":
            return owner  # "Leeds officials", "FIFA officials": a named place or body whose state is unknown
        return None  # "officials" of no state: the engagement's parties, which event linking supplies
    if token.lower_ in GENERIC_HEADS:
        return owner
    for c in modifiers:
        sector = GROUP_SECTORS.get(c.lower_, sector) if GROUP_SECTORS.get(c.lower_) == "MIL" else sector
        sector = PEOPLE_SECTORS.get(c.lemma_.lower(), sector) if token.lower_ in COLLECTIVE_HEADS else sector
    if sector is None:
        return None
    start = min([t.i for c in modifiers for t in c.subtree] + [token.i])
    words = [t for t in doc[start:token.i + 1] if t.dep_ != "det" and t.tag_ not in {"POS", "PRP$"}]
    name = as_written(words)
    return Ref(group_id(country, ' '.join(t.lemma_ for t in words[-2:])), name, country, sector, "group",
               via="group")


# Bodies a leader's "his"/"her" gives a state to as a body of their own ("his cabinet", not "his government",
# which stands for the state itself).
OWNED_BODIES = {"cabinet", "junta"}


def _speakers_body(doc: Doc, token: Token) -> Ref | None:
    """"X said his cabinet would approve": an acting body owned by a lone "his"/"her" is the body of the state of
    the person the pronoun stands for (as "her government" is that person's state); other owners read as before."""
    if token.lower_ not in OWNED_BODIES or not _acting(token):
        return None
    state = _person_state(doc, [c for c in token.children if c.dep_ in MODIFIER_DEPS])
    if state is None:
        return None
    return state_body(state, [], token, via="owner")


def _lower_common(token: Token) -> bool:
    """"a naval task group": a lower-case head the tagger took for a name is a common noun."""
    return token.tag_ == "NNP" and token.is_lower and token.ent_type_ == ""


def _weapon_ref(doc: Doc, token: Token, owner: Ref | None, modifiers: list[Token]) -> Ref | None:
    """"A Russian missile struck X": a weapon of a named state as its clause's subject acts for its forces
    (not "a missile and drone attack", where the parser joined a modifier to the noun it modifies)."""
    if owner is None or not owner.country or owner.kind not in {"state", "group"} or token.dep_ != "nsubj" \
            or any(c.lemma_.lower() not in WEAPON_NOUNS for c in token.conjuncts):
        return None
    start = min(t.i for c in modifiers for t in c.subtree)
    words = [t for t in doc[start:token.i + 1] if t.dep_ != "det" and t.tag_ not in {"POS", "PRP$"}]
    return Ref(group_id(owner.country, " ".join(t.lemma_ for t in words[-2:])), " ".join(t.text for t in words),
               owner.country, "MIL", "group", via="group")


def as_written(words: list[Token]) -> str:
    """Words as the text spaces them ("Iran-backed", not "Iran - backed"), one space where a word was dropped."""
    out = ""
    for prev, token in zip([None, *words[:-1]], words):
        if prev is not None:
            out += prev.whitespace_ if token.i == prev.i + 1 else " "
        out += token.text
    return out


def group_id(country: str | None, words: str) -> str:
    """A group's actor id: its country and head words ("group:-police" while its country is unknown)."""
    return f"group:{(country or '').lower()}-{slug(words)}"


def with_country(ref: Ref, country: str) -> Ref:
    """The actor placed in a country; a group found without one gets the id it would have had."""
    if ref.kind == "group" and ref.actor_id.startswith(group_id(None, "")):
        return replace(ref, country=country, actor_id=ref.actor_id.replace(group_id(None, ""), group_id(country, ""), 1))
    return replace(ref, country=country)


# Heads that measure out what their "of" phrase names ("a range of Canadian goods"): the owner is the inner noun's.
AMOUNT_HEADS = {"range", "variety", "array", "host", "raft", "slew", "swath", "swathe", "basket", "list", "set",
                "batch", "share", "part", "bulk"}


def _owner_states(doc: Doc, token: Token) -> list[Ref]:
    """Whose thing a noun names, for loose readings of targets: the states its modifiers name ("Chinese
    activity" -> China, "Canadian and Mexican goods" -> both, "a UN appeal" -> the UN), through a measuring
    head ("a range of Indian goods"), else the author after "by"/"from" ("calls by Belarus"), or the actor of
    an act noun after "of", before the place it moves from ("withdrawal of Chilean troops")."""
    if token.lower_ in QUANTITY_HEADS | AMOUNT_HEADS and mention_of(doc, token) is None:
        token = next(iter(prep_objects(token, {"of"})), token)
    for child in (c for c in token.children if c.dep_ in MODIFIER_DEPS):
        first = _modifier_owner(doc, child)
        if first is not None:  # the first modifier naming one, with the modifiers conjoined to it
            owners = [first] + [r for t in child.conjuncts if (r := _modifier_owner(doc, t)) is not None]
            return [first] if first.sector == "IGO" else list({r.actor_id: r for r in owners}.values())
    preps = ["by", "of", "from"] if trigger_for_head(token) else ["by", "from"]
    # every party the first such phrase names ("staff from Argentina, Chile and Peru"), not just its first
    return next((found for p in preps for g in prep_objects(token, {p})
                 if (found := [r for r in refs_for(doc, g) if _party_of(r)])), [])


def _modifier_owner(doc: Doc, modifier: Token) -> Ref | None:
    """The owner one modifier names: an international body itself (not a state named by its code, UNO), or
    the state of a demonym or name."""
    span = mention_of(doc, modifier)
    if span is None or (span._.ref.sector != "IGO" and not span._.ref.country):
        return None
    if span._.ref.sector == "IGO":
        return span._.ref
    code = span._.ref.country
    return Ref(f"state:{code}", span._.ref.name if span._.ref.kind == "state" else code, code, "GOV", "state",
               via="owner")


def _party_of(ref: Ref) -> bool:
    """An actor that can be a side of an event: it has a state, or it is an international body."""
    return bool(ref.country) or ref.sector == "IGO"


def refs_for(doc: Doc, token: Token | None, with_conjuncts: bool = True, loose: bool = False) -> list[Ref]:
    """Actors named by an argument whose head is `token` (and its conjuncts: "X and Y").

    loose: also read "Chinese activity" as China (for targets of accusations, requests, sanctions).
    """
    if token is None:
        return []
    heads = [token] + (list(token.conjuncts) if with_conjuncts else [])
    refs: list[Ref] = []
    for head in heads:
        ref = _ref_for_head(doc, head)
        ref = _person_beside(doc, head, ref) or ref
        ref = described_person(doc, head, ref) or ref  # "the Indonesian minister": the one just named
        ref = role_anaphor(doc, head, ref, lambda p: _ref_for_head(doc, p)) or ref  # "the envoy", "his guest"
        owners = _owner_states(doc, head) if loose and ref is None else []
        ref = ref or next(iter(owners), None)
        extra = conjoined_groups(doc, head, ref) if ref is not None and ref.kind == "group" else \
            conjoined_states(doc, head, ref) if ref is not None and head.lower_ in GENERIC_HEADS else owners[1:]
        for found in ([ref] if ref is not None else []) + extra:
            if all(r.actor_id != found.actor_id for r in refs):
                refs.append(found)
    return refs


NAME_DEPS = {"appos", "npadvmod", "dep"}  # the parser hangs "his counterpart, NAME" either way


def _person_beside(doc: Doc, head: Token, ref: Ref | None) -> Ref | None:
    """"his Indian counterpart, Lt. Gen. NAME": the named person a role phrase stands beside is the actor."""
    if head.pos_ not in {"NOUN", "PROPN"} or (ref is not None and ref.kind in {"person", "state", "place"}):
        return None
    spans = [mention_of(doc, c) for c in head.children if c.dep_ == "appos"]
    # "expelled six Chilean diplomats, including the consul, NAME": the one named among a group acted on
    # stands for it (a group acting is told as the group)
    spans += [mention_of(doc, a) for p in head.children if p.dep_ == "prep" and p.lower_ == "including"
              and head.dep_ not in {"nsubj", "nsubjpass"}
              for o in p.children if o.dep_ == "pobj" for a in [o, *o.children] if a is o or a.dep_ == "appos"]
    spans += [mention_of(doc, leader) for leader in _leaders_of(head)] + named_after_post(doc, head)
    if head.i + 1 < len(doc) and head.pos_ == "NOUN":  # "U.S. special envoy Steve Witkoff": a title before the name
        spans.append(mention_of(doc, doc[head.i + 1]))
    for end in dict.fromkeys((head.i, head.right_edge.i)):  # "the chief of its armed forces, General NAME"
        spans += _named_after_comma(doc, end)
    person = next((s._.ref for s in spans if s is not None and s._.ref.kind == "person"), None)
    if person is None:
        return None
    return with_country(person, ref.country) if not person.country and ref is not None and ref.country else person


def _named_after_comma(doc: Doc, end: int) -> list[Span]:
    """Names set off by a comma right after a role phrase ending at `end`, over ranks ("Lt. Gen.")."""
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    return [s for s in doc.spans["actors"] if end + 2 <= s.start <= end + 6 and s.root.dep_ in NAME_DEPS
            and all(t.pos_ == "PROPN" for t in doc[end + 2:s.start])]


LEADING_VERBS = {"lead", "head", "chair"}  # also subject_actors.led_sides


def _leaders_of(head: Token) -> list[Token]:
    """"a delegation led by NAME", "a team headed by X and Y": whoever leads a group is its named actor."""
    verbs = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LEADING_VERBS]
    agents = [g for v in verbs for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return [t for a in agents for t in [a, *a.conjuncts]]


def conjoined_groups(doc: Doc, token: Token, group: Ref) -> list[Ref]:
    """"Russian and Ukrainian delegations": the groups of the other conjoined country modifiers."""
    refs: list[Ref] = []
    for child in token.children:
        for conj in child.conjuncts if child.dep_ in MODIFIER_DEPS else []:
            span = mention_of(doc, conj)
            if span is not None and span._.ref.country and span._.ref.country != group.country:
                code = span._.ref.country
                refs.append(Ref(f"group:{code.lower()}-{token.lemma_.lower()}", f"{conj.text} {token.text}",
                                code, group.sector, "group", via="group"))
    return refs


def conjoined_states(doc: Doc, token: Token, state: Ref) -> list[Ref]:
    """"U.S. and Chinese defense officials": officials stand for their states, each of the conjoined ones."""
    found = [mention_of(doc, conj) for child in token.children if child.dep_ in MODIFIER_DEPS
             for conj in child.conjuncts]
    return [s._.ref for s in found if s is not None and s._.ref.kind == "state" and s._.ref.country != state.country]


def _ref_for_head(doc: Doc, head: Token) -> Ref | None:
    if head.lower_ in QUANTITY_HEADS and mention_of(doc, head) is None:
        inner = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        if inner is not None:  # "thousands of Iraqi Kurds", "members of the opposition"
            head = inner
    span = mention_of(doc, head)
    if span is not None:
        return span._.ref
    if head.lower_ in PRONOUNS:
        return _object_owner(doc, head) or last_person_before(doc, head)
    own = own_state(doc, head, lambda pronoun: last_person_before(doc, pronoun))  # "his country"
    if own is not None:
        return own
    if head.lower_ in COLLECTIVE_PRONOUNS:
        if head.dep_ == "poss" and head.head.pos_ == "NOUN" and trigger_for_head(head.head):
            return None  # "their call": the pair of the engagement, which event linking supplies
        # a subject "it"/"they" is the governing clause's party ("China urged X ..., saying it would"); a
        # possessive is the party nearest ("sanctions on India and Pakistan after their tests")
        if head.lower_ == "they" and head.dep_ in {"nsubj", "nsubjpass"} and _reported_pair(head):
            return None  # "both governments said they ...": the engagement's pair, which pair linking supplies
        governing = _governing_subject(doc, head, _is_party) if head.dep_ in {"nsubj", "nsubjpass"} else None
        from detente.nlp.bare_doers import governing_bare_doer  # here: bare_doers reads a module that reads this one
        governing = governing or next(iter(governing_bare_doer(doc, head, _single_refs)), None)
        return _teller(doc, head) or governing or _previous_subject(doc, head) or last_party_before(doc, head)
    if (firm := firm_antecedent(doc, head)) is not None:
        return firm  # "signed with the company": the firm just named
    if is_body_anaphor(head):  # "the agency", "the bloc": the body named before, never one of its officials
        body = body_antecedent(doc, head)
        if body is not None or head.lower_ not in UNCERTAIN_BODY_WORDS:
            return body
    if head.lower_ in BODY_KINDS and _bare_definite(head):
        # "the ministry": the ministry just named ("India's foreign ministry said ... the ministry")
        named = _latest_before(doc, head, 3, lambda ref: ref.kind == "organisation"
                               and head.lower_ in ref.name.lower().split())
        if named is not None or not _acting(head):
            return named
    if (body := members_body(doc, head)) is not None:
        return body  # "Leaders agreed to admit it": the members of the body just told, acting as it
    if head.pos_ in {"NOUN", "PROPN"}:
        from detente.nlp.bare_doers import bare_doer  # here: bare_doers reads clause_subjects, which reads this module
        unnamed = bare_doer(doc, head, _single_refs)
        return unnamed[0] if unnamed else group_ref(doc, head)
    return None


def _single_refs(doc: Doc, token: Token) -> list[Ref]:
    """The actors a head names, without its conjuncts (how an unnamed doer reads its antecedent)."""
    return refs_for(doc, token, with_conjuncts=False)


# Kinds of state body a bare definite noun can stand for, when one of that kind was just named.
BODY_KINDS = {"ministry", "department", "council", "committee"}


def _bare_definite(head: Token) -> bool:
    """"the ministry" with no other modifier ("the defence ministry" names its own kind)."""
    return [c.lower_ for c in head.children if c.dep_ in MODIFIER_DEPS | {"det"}] == ["the"]


# Body anaphors that, with no international body named before, are something else ("the union": workers').
UNCERTAIN_BODY_WORDS = {"union", "grouping"}


TELLING_VERBS = {"tell", "inform", "notify", "warn", "assure", "remind", "say", "announce", "state"}


def _teller(doc: Doc, pronoun: Token) -> Ref | None:
    """"Beijing told Tokyo it is suspending ...": "it" opening what a state says is the speaker, not the listener."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in TELLING_VERBS | SAYING_VERBS:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if pronoun.lower_ == "they":
        return _plural_speaker(doc, clause.head, speaker)
    if clause.head.lemma_.lower() not in TELLING_VERBS:
        return None
    span = mention_of(doc, speaker) if speaker is not None else None
    return span._.ref if span is not None and span._.ref.kind != "person" and span._.ref.country else None


# Verbs that report what the subject itself holds or will do, with no one told ("the rebels vowed they ...").
SAYING_VERBS = {"say", "state", "announce", "declare", "assert", "insist", "claim", "add", "vow", "confirm",
                "stress", "reiterate", "pledge", "promise"}
LISTENER_DEPS = {"dobj", "dative", "iobj"}


def _plural_speaker(doc: Doc, verb: Token, speaker: Token | None) -> Ref | None:
    """"The rebels said they will free the captives": "they" opening what a body or group says, with no
    listener to stand for instead ("told them they must leave"), is the speaker, known state or not."""
    if speaker is None or speaker.lower_ in COLLECTIVE_PRONOUNS or any(c.dep_ in LISTENER_DEPS for c in verb.children):
        return None
    refs = refs_for(doc, speaker, with_conjuncts=False)
    return refs[0] if refs and refs[0].kind != "person" else None


def without_role(ref: Ref) -> Ref:
    """A copy fit for an event side: the role is kept on the actor list, not on each side."""
    return replace(ref, role=None)
