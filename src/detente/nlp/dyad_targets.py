"""Whom an act is aimed at when its sentence names no one: the source's partner in the article's dyad.

News about two states tells most acts with both sides named ("the EU imposed sanctions on Russia") and
then reports the answers with the recipient left to the reader ("Moscow vowed to retaliate"). A reader
supplies the state the source has been facing in the story around the sentence. This pass does the same,
only when the article makes that partner clear, and marks the ref via="context" so readers can tell it
was inferred.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.arguments import with_country
from detente.nlp.mentions import Ref, state_ref
from detente.nlp.named_parties import unplaced
from detente.nlp.sides import party_key

# Acts that are done to someone (PLOVER codes a recipient); CONSULT gets its sides elsewhere, PROTEST and
# MOBILIZE are as often domestic or undirected as aimed at a foreign state.
AIMED_TYPES = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "COOPERATE", "AID", "RETREAT",
               "SANCTION", "CONCEDE", "AGREE", "COERCE", "ASSAULT"}
# Sources that act for a state abroad: a government, its forces, its officials (not parties, firms, crowds).
STATE_SECTORS = {"GOV", "MIL", "SPY"}
# Armed groups that face states in their own name (militias, rebels): known by their own dyads, not their
# country's (rebels at home do not face their state's foreign partner).
GROUP_SECTORS = {"PRM", "REB", "UAF"}
# How a side was read when no name gave it: from the sentence's one other party, a place, a host.
GUESSED = {"context", "location", "host"}
# How far (in characters) around the act its source's partner is looked for: the story told about it.
WINDOW = 2500


def _side_key(refs: list[Ref]) -> str | None:
    """What the source is known by in the article's dyads: the one state its government or officials act for,
    or the one armed group itself (whose country is not its partner: "Hezbollah withdrew")."""
    keys = {party_key(r) for r in refs}
    if len(keys) != 1 or None in keys:
        return None
    if all(r.sector in STATE_SECTORS | {"IGO"} for r in refs):
        return keys.pop()
    ids = {r.actor_id for r in refs}
    return ids.pop() if len(ids) == 1 and refs[0].sector in GROUP_SECTORS else None


def _sides(refs: list[Ref], guessed: bool) -> list[Ref]:
    """The refs a sentence gives a side: those it names, or with `guessed` also those read from it (one
    party it names, the state of a place); a host's or an outlet's never."""
    return [r for r in refs if party_key(r) and not r.outlet
            and (r.via not in GUESSED or (guessed and r.via != "host"))]


def _dyads(drafts: list, guessed: bool) -> dict[str, list[tuple[int, int, Ref]]]:
    """For each party, where it faced whom: (character offset, sentence start, the other side's ref), from
    the events whose sentence gives both sides (read before any partner is filled in: no guess feeds another)."""
    facing: dict[str, list[tuple[int, int, Ref]]] = defaultdict(list)
    for d in drafts:
        source, target = _sides(d.source, guessed), _sides(d.target, guessed)
        keys_s, keys_t = {party_key(r) for r in source}, {party_key(r) for r in target}
        if not keys_s or not keys_t or keys_s & keys_t:
            continue
        for mine, theirs in ((source, target), (target, source)):
            for key in {party_key(r) for r in mine} | {r.actor_id for r in mine if r.sector in GROUP_SECTORS}:
                facing[key].extend((d.token.idx, d.sent.start, r) for r in theirs)
    return facing


def _around(facing: list[tuple[int, int, Ref]], draft) -> list[tuple[int, Ref]]:
    """The source's opposite sides told around the act: (distance, ref), in other sentences within WINDOW
    (the act's own sentence was read by the sentence-level rules)."""
    at, sent = draft.token.idx, draft.sent.start
    return [(abs(i - at), r) for i, s, r in facing if s != sent and abs(i - at) <= WINDOW]


def _partner(near: list[tuple[int, Ref]]) -> Ref | None:
    """The state facing the source in most of its events around the act, its nearest mention as the ref;
    none when no state holds a majority (a three-way summit, a bloc)."""
    counts: dict[str, int] = defaultdict(int)
    closest: dict[str, tuple[tuple[bool, int], Ref]] = {}
    for dist, ref in near:
        key = party_key(ref)
        counts[key] += 1
        rank = (ref.kind == "person", dist)  # a body ("the IAEA") stands for its side better than its chief
        if key not in closest or rank < closest[key][0]:
            closest[key] = (rank, ref)
    if not counts:
        return None
    top = max(counts, key=counts.get)  # a tie for first is no majority: the guard below refuses it
    return closest[top][1] if 2 * counts[top] > sum(counts.values()) else None


def around_partner(drafts: list, draft) -> Ref | None:
    """The state the draft's source faces in the story around it (names first, then single-sentence reads)."""
    key = _side_key(draft.source)
    if key is None:
        return None
    named, read = _dyads(drafts, guessed=False), _dyads(drafts, guessed=True)
    return _partner(_around(named.get(key, []), draft) or _around(read.get(key, []), draft))


def as_target(ref: Ref, kb) -> Ref:
    """A partner as the act's recipient: its state (international bodies stay themselves), marked inferred."""
    if ref.sector == "IGO" or not ref.country:
        return replace(ref, via="context")
    return state_ref(ref.country, kb, "context")


def _has_recipient(draft) -> bool:
    """Whether the act names whom it is aimed at; a withdrawal's own forces ("pulled back its troops")
    are what is moved, not a recipient."""
    keys = {party_key(r) for r in draft.target} - {None}
    if draft.type == "RETREAT" and keys and keys <= {party_key(r) for r in draft.source}:
        return False
    return bool(keys)


def partner_targets(drafts: list, kb) -> None:
    """Give an aimed act with a state source and no recipient the source's partner in the article."""
    needy = [d for d in drafts if d.type in AIMED_TYPES and d.source and not _has_recipient(d)]
    if not needy:
        return  # the common case: every act names its recipient
    named, read = _dyads(drafts, guessed=False), _dyads(drafts, guessed=True)
    for draft in needy:
        key = _side_key(draft.source)
        if key is None:
            continue  # no one state or armed group acts: no dyad to take a partner from
        # sides the article names first; sides read from single sentences only where names say nothing
        near = _around(named.get(key, []), draft) or _around(read.get(key, []), draft)
        partner = _partner(near)
        if partner is not None and party_key(partner) not in {party_key(r) for r in draft.source}:
            draft.target = [as_target(partner, kb)] + _people_of(draft.target, partner)


def _people_of(target: list[Ref], partner: Ref) -> list[Ref]:
    """People the act names but the KB does not place ("declared Ambassador X persona non grata"): of the
    partner state the act is aimed at, not dropped for it."""
    if not partner.country or partner.sector == "IGO":
        return []
    return [with_country(r, partner.country) for r in target if r.kind == "person" and unplaced(r)]


# Dependents that are not part of the act's own phrase: its doer, clauses joined to it, framing adjuncts.
OUTSIDE_DEPS = {"nsubj", "nsubjpass", "csubj", "conj", "cc", "punct", "advcl", "parataxis", "npadvmod", "mark"}


def in_own_phrase(doc: Doc, token: Token, refs: list[Ref]) -> list[Ref]:
    """Of several parties a sentence names, those inside the act's own complements ("condemned actions by
    China and reaffirmed the pact with Manila": China for the condemning), where a recipient is said."""
    inner = {t.i for c in token.children if c.dep_ not in OUTSIDE_DEPS for t in c.subtree}
    ids = {m._.ref.actor_id for m in doc.spans["actors"]
           if token.sent.start <= m.start < token.sent.end and m.root.i in inner}
    return [r for r in refs if r.actor_id in ids]


# Nouns of land and sea: a relative clause on one ("the islands, which X also claims") tells about the place.
TERRITORY_NOUNS = {"island", "islet", "reef", "shoal", "territory", "region", "area", "water", "sea", "strait",
                   "border", "archipelago", "peninsula", "province", "coast"}


def _place_aside(token: Token) -> bool:
    """A relative clause hung on a place ("the Paracels, which Vietnam also claims"), not on an act."""
    head = token.head
    return token.dep_ == "relcl" and (head.ent_type_ in {"GPE", "LOC", "FAC"} or head.lemma_.lower() in TERRITORY_NOUNS)


# Nouns of pressing on someone: the party after "on/in/against" suffers it; a word about it goes to its author.
PRESSURE_NOUNS = {"pressure", "interference", "meddling", "coercion", "intimidation", "blackmail", "encroachment",
                  "intrusion", "bullying"}


def _pressed(token: Token) -> bool:
    """"pressure on Greenland", "interference in Moldova": the object of a noun of pressing."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in {"on", "in", "against"} and \
        prep.head.lemma_.lower() in PRESSURE_NOUNS


def aside_parties(doc: Doc, token: Token) -> set[str]:
    """Actor ids named in the act's sentence only inside a relative clause on a place (background about
    the place) or as the ones a noun of pressing is done to: never the act's recipient."""
    asides = [c for c in token.sent if (_place_aside(c) or _pressed(c)) and token not in c.subtree]
    inside = {t.i for c in asides for t in c.subtree}
    if not inside:
        return set()
    mentions = [m for m in doc.spans["actors"] if token.sent.start <= m.start < token.sent.end]
    ids = {m._.ref.actor_id for m in mentions if m.root.i in inside}
    return ids - {m._.ref.actor_id for m in mentions if m.root.i not in inside}


def own_phrase_party(doc: Doc, token: Token, named: list[Ref], free: list[Ref]) -> list[Ref]:
    """Of the parties a sentence names, the one inside the act's own phrase receives it, even if another
    event of the sentence has it too; else, among several `free` ones (held by no other event), that one.
    A party told only in an aside on a place, or as the one a noun of pressing is done to, receives nothing."""
    aside = aside_parties(doc, token)
    named, free = [r for r in named if r.actor_id not in aside], [r for r in free if r.actor_id not in aside]
    if len({party_key(r) for r in named}) < 2:
        return free
    inner = in_own_phrase(doc, token, named)
    if len({party_key(r) for r in inner}) == 1:
        return inner
    return in_own_phrase(doc, token, free) if len({party_key(r) for r in free}) > 1 else free
