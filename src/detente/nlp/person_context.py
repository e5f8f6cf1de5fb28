"""Countries the text gives people and bodies the knowledge base lacks, read from the mentions around them.

Runs on the finished mention list: a kinsman named beside his relative ("the minister's son, X"), a titled
official speaking after his state is named ("Oslo objected. Foreign Secretary X said ..."), a body owned
by a pronoun ("Islamabad replied after its security committee met").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.nlp.bare_bodies import BARE_NOUNS
from detente.nlp.envoy_senders import envoy_sender, not_posted
from detente.nlp.mentions import Ref
from detente.nlp.syntax import governing_verb

# Nouns of kinship: a relative set beside one is of the relative's country ("Kim's father, Kim Jong Il").
KIN_NOUNS = {"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "uncle", "aunt",
             "nephew", "niece", "grandfather", "grandmother", "grandson", "granddaughter", "cousin", "widow"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OWNER_PRONOUNS = {"its", "their"}
PERSON_OWNERS = {"his", "her"}
PLACE_PREPS = {"in", "at", "to", "from", "near", "outside", "inside"}
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}
BODY_KINDS = {"state", "organisation"}
# Kinds of mention that stand on a state's side (a place or a treaty does not)
SIDED_KINDS = {"state", "person", "organisation", "group"}
LIST_DEPS = {"conj", "appos"}
# Sectors of a state's own bodies: their officials serve the state they are filed from
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP"}


def place_unplaced(mentions: list[Span]) -> None:
    """Give a country to unplaced people and bodies whose context names it (each rule reads one pattern)."""
    first = {}
    for i, mention in enumerate(mentions):
        first.setdefault(mention._.ref.actor_id, i)
    # a surname whose full name the text placed is that person's: the people listed beside it do not place it
    known = {m._.ref.actor_id: m._.ref.country for m in mentions if m._.ref.country is not None}
    for i, mention in enumerate(mentions):
        ref = mention._.ref
        if ref.country is None and ref.via == "surname" and ref.actor_id in known:
            mention._.ref = replace(ref, country=known[ref.actor_id])
            continue
        if ref.country is not None or ref.via not in {"unknown", "surname"}:
            continue
        if ref.kind == "person":
            placed = envoy_sender(mentions, i) or _kin_of(mentions, mention) or _state_after(mentions, i) or _state_owner(mentions, i) \
                or _aide_of(mentions, i) or _spoken_for(mentions, i) or _heads_body(mentions, mention) or _body_described(mentions, mention) \
                or _listed_with(mentions, mention)
            # the states around a later mention are the story's, not the person's: only where he is introduced
            if placed is None and first[ref.actor_id] == i:
                placed = _official_after(mentions, i) or _dateline_official(mention)
        elif ref.kind == "organisation":
            placed = _owned_body(mentions, i)
        else:
            placed = None
        if placed is not None:
            placed = not_posted(mentions, mention, placed)
        if placed is not None and placed.country:
            mention._.ref = placed
            known.setdefault(ref.actor_id, placed.country)


# Verbs of leading a body, and the office each makes: "X, who chairs the Y committee" is chair of the Y.
HEAD_VERBS = {"head": "head", "chair": "chair", "lead": "leader", "run": "head", "command": "commander",
              "direct": "director"}


def _heads_body(mentions: list[Span], mention: Span) -> Ref | None:
    """"X, the Democrat who chairs the Senate Foreign Relations Committee", "X, who heads Russia's wealth fund":
    one who leads a body the text places is of its state (and of its sector, if a body the KB knows)."""
    root = mention.root
    holders = [root] + [c for c in root.children if c.dep_ == "appos"]
    verb = next((c for h in holders for c in h.children if c.dep_ == "relcl" and c.lemma_.lower() in HEAD_VERBS
                 and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)), None)
    led = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    if led is None:
        return None
    inside = [m._.ref for m in mentions if led.left_edge.i <= m.start <= led.right_edge.i and m._.ref.country]
    body = next((r for r in inside if r.kind == "organisation"), None) or next(iter(inside), None)
    if body is None:
        return None
    ref = mention._.ref
    doc = mention.doc
    led_words = [t for t in doc[led.left_edge.i:led.right_edge.i + 1] if t.dep_ != "det"]
    named = body.name if body.kind == "organisation" else "".join(t.text_with_ws for t in led_words).strip()
    office = f"{HEAD_VERBS[verb.lemma_.lower()]} of {named}"
    role = f"{ref.role}; {office}" if ref.role else office
    sector = ref.sector or (body.sector if body.kind == "organisation" else "GOV")
    return replace(ref, country=body.country, sector=sector, role=role)


def _body_described(mentions: list[Span], mention: Span) -> Ref | None:
    """"X, a spokesman for the Department of ...", "an official of Ghana's presidency, X": one whose title set
    beside the name names a body the KB knows (or owns it by a state: "Ghana's") is of that body's state;
    not a body he is sent "to" (an envoy to the EU is not the EU's)."""
    ref, root = mention._.ref, mention.root
    if not ref.role:
        return None
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    doc = mention.doc
    for noun in nouns:
        # the title's own words, to the comma closing it (the parser may run it on into the next clause)
        end = next((t.i for t in doc[noun.i:noun.right_edge.i + 1] if t.text == ","), noun.right_edge.i + 1)
        inside = [m for m in mentions if noun.left_edge.i <= m.start < end and m._.ref.country
                  and not mention.start <= m.start < mention.end and m.root.head.lower_ != "to"]
        # a body the KB knows (one the text leaves unowned was placed by a guess), or a state owning the post
        body = next((m._.ref for m in inside if (m._.ref.kind == "organisation" and _named_body(m))
                     or (m._.ref.kind == "state" and m.root.dep_ == "poss")), None)
        if body is not None:
            sector = body.sector if body.kind == "organisation" and body.sector in {"MIL", "COP"} else ref.sector
            return replace(ref, country=body.country, sector=sector)
    return None


def _named_body(mention: Span) -> bool:
    """A body the KB knows by the name written, not a body noun the text leaves unowned ("the navy's")."""
    words = mention.text.lower().removeprefix("the ").split()
    return mention._.ref.via != "unknown" and " ".join(words[-2:]) not in BARE_NOUNS and words[-1] not in BARE_NOUNS


def _mention_at(mentions: list[Span], i: int) -> Ref | None:
    return next((m._.ref for m in mentions if m.start <= i < m.end), None)


def _kin_of(mentions: list[Span], mention: Span) -> Ref | None:
    """"the general's son, X": X is of his relative's country, and of the officials' kin (PLOVER ELI)
    unless he holds an office himself."""
    root = mention.root
    kin = root.head
    if root.dep_ != "appos" or kin.lemma_.lower() not in KIN_NOUNS:
        return None
    owner = next((c for c in kin.children if c.dep_ == "poss"), None)
    relative = _mention_at(mentions, owner.i) if owner is not None else None
    if relative is None or relative.kind != "person" or not relative.country:
        return None
    ref = mention._.ref
    return replace(ref, country=relative.country, sector=ref.sector or ("ELI" if not ref.role else None))


def _official_after(mentions: list[Span], i: int) -> Ref | None:
    """"After a meeting chaired by Prime Minister X, Foreign Secretary Y announced ...", "Oslo objected.
    Foreign Secretary Y said ...", "talks led by Secretary X and Commerce Secretary Y": a titled official
    is of the state named just before: the nearest sided mention in the sentence, else (for a subject) the
    previous sentence's one country. One acted upon by that state ("X met Foreign Minister Y", "Z blamed
    Interior Minister Y") is often the other side, so is left alone."""
    mention = mentions[i]
    ref = mention._.ref
    if not ref.role:
        return None
    subject = mention.root.dep_ in SUBJECT_DEPS or _beside_person(mentions, mention)
    sent = mention.sent
    before = [m._.ref for m in mentions[:i] if m.start >= sent.start and m._.ref.kind in SIDED_KINDS
              and not _where(m)]
    country = _reported_subject(mentions, mention) if subject else None
    country = country or next((r.country for r in reversed(before) if r.country), None)
    if country is not None and not subject and country in _acting_countries(mentions, mention):
        return None
    # "In Beijing, spokesman X said": the scene the sentence opens with is nearer than the sentence before
    if country is None and (subject or _subject_title(mention)):
        country = _scene(mentions, sent)
    if country is None and subject and before == [] and sent.start > 0:
        country = _one_country(mentions, mention.doc[sent.start - 1].sent)
    return replace(ref, country=country) if country else None


def _listed_with(mentions: list[Span], mention: Span) -> Ref | None:
    """"sanctioned Petro, first lady X and Interior Minister Y": an official listed with people of one state
    (and of no other) is of that state, as a list names one government's members."""
    ref, root = mention._.ref, mention.root
    if not ref.role:
        return None
    first = root
    while first.dep_ in LIST_DEPS and first.head.i != first.i:
        first = first.head
    listed = _list_members(first)
    if len(listed) < 2:
        return None
    countries = {m._.ref.country for m in mentions if m.root.i in listed and m.root.i != root.i
                 and m._.ref.kind == "person" and m._.ref.actor_id != ref.actor_id}
    if len(countries) != 1 or None in countries:
        return None
    return replace(ref, country=countries.pop())


def _list_members(first: Token) -> set[int]:
    """The heads of a list of names: the first, and every name conjoined or set beside it ("X, his son Y and
    Z": the parser hangs some on the one before)."""
    members, todo = set(), [first]
    while todo:
        token = todo.pop()
        members.add(token.i)
        todo += [c for c in token.children if c.dep_ in LIST_DEPS]
    return members


def _dateline_official(mention: Span) -> Ref | None:
    """"DHAKA — ... Foreign Secretary X said": an official the text gives no state is, in a story filed from
    a capital, most often that state's own (the reporter names foreign officials by their state); a former
    office holder, or one of no state body (an opposition figure, a journalist), is left alone."""
    ref = mention._.ref
    dateline = mention.doc._.dateline
    if not ref.role or dateline is None or not dateline.country or ref.sector not in STATE_SECTORS \
            or ref.role.lower().startswith(("former", "ex-", "late ")):
        return None
    return replace(ref, country=dateline.country)


def _subject_title(mention: Span) -> bool:
    """"the interior minister, X, told": the name set beside a title that is the clause's subject."""
    root = mention.root
    return root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS


def _scene(mentions: list[Span], sent: Span) -> str | None:
    """"In Berlin, the interior minister said": a sentence opening with a state's place sets the scene, and
    the official speaking there is that state's."""
    if sent[0].lower_ != "in":
        return None
    first = next((m for m in mentions if sent.start < m.start < sent.end), None)
    if first is None or first.root.head.i != sent.start or first._.ref.kind != "state":
        return None
    return first._.ref.country


def _reported_subject(mentions: list[Span], mention: Span) -> str | None:
    """"China is pressing Japan, spokesman X said": one who reports what a state does speaks for the subject of
    his reported clause, not for the state it acts on, named last."""
    verb = mention.root.head
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < mention.start), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None) if clause is not None else None
    if subject is None:
        return None
    return next((m._.ref.country for m in mentions if m._.ref.kind in SIDED_KINDS and m._.ref.country
                 and subject.left_edge.i <= m.start <= subject.right_edge.i), None)


def _acting_countries(mentions: list[Span], mention: Span) -> set[str]:
    """Countries of the subject of the verb that acts on a person ("Z's ministry blamed Y"), a conjoined
    verb sharing its first verb's subject."""
    verb = governing_verb(mention.root.head)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ == "conj":
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return set()
    return {m._.ref.country for m in mentions
            if subject.left_edge.i <= m.start <= subject.right_edge.i and m._.ref.country}


def _state_after(mentions: list[Span], i: int) -> Ref | None:
    """"President X of Peru": a state named right after the name, behind "of", is the holder's."""
    mention = mentions[i]
    doc = mention.doc
    if not mention._.ref.role or mention.end + 1 >= len(doc) or doc[mention.end].lower_ != "of":
        return None
    state = _mention_at(mentions, mention.end + 1)
    if state is None or state.kind != "state" or not state.country:
        return None
    return replace(mention._.ref, country=state.country)


def _state_owner(mentions: list[Span], i: int) -> Ref | None:
    """"Turkey's Serdar Kilic": a state's possessive right before a name makes it that state's person."""
    mention = mentions[i]
    doc = mention.doc
    if mention.start < 2 or doc[mention.start - 1].tag_ != "POS":
        return None
    state = _mention_at(mentions, mention.start - 2)
    if state is None or state.kind != "state" or not state.country:
        return None
    return replace(mention._.ref, country=state.country)


def _beside_person(mentions: list[Span], mention: Span) -> bool:
    """"chaired by X, Foreign Secretary Y announced": the parser may hang a second name on the first as an
    apposition, but two people's names never describe each other, so Y opens the next clause."""
    root = mention.root
    other = _mention_at(mentions, root.head.i) if root.dep_ == "appos" else None
    return other is not None and other.kind == "person" and other.actor_id != mention._.ref.actor_id


def _where(mention: Span) -> bool:
    """"gathered in Seoul", "after talks in Tokyo": a capital told as the place is no party to the news."""
    root = mention.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS


def _one_country(mentions: list[Span], sent: Span) -> str | None:
    """The one country the subjects of a sentence name ("Seoul reacted with alarm.")."""
    codes = {m._.ref.country for m in mentions if sent.start <= m.start < sent.end and m._.ref.kind in SIDED_KINDS
             and m.root.dep_ in SUBJECT_DEPS}
    return codes.pop() if len(codes) == 1 and None not in codes else None


def _owned_body(mentions: list[Span], i: int) -> Ref | None:
    """"Islamabad replied after its National Security Committee met": a body owned by "its" is of the
    state named last before it in the sentence ("Qatar said ... . Its foreign ministry said": else of the
    state the sentence before was about), a state body (GOV) unless its name says otherwise."""
    mention = mentions[i]
    doc = mention.doc
    if mention.start == 0 or doc[mention.start - 1].lower_ not in OWNER_PRONOUNS:
        return None
    sent = mention.sent
    before = [m for m in mentions[:i] if m.start >= sent.start and m._.ref.kind != "person"]
    owner = _subject_owner(mention, before) or next((m._.ref for m in reversed(before)), None)
    if owner is None and sent.start > 0:
        country = _one_country(mentions, doc[sent.start - 1].sent)
        owner = Ref(f"state:{country}", country, country, "GOV", "state") if country else None
    if owner is None or owner.kind != "state" or not owner.country:
        return None
    ref = mention._.ref
    return replace(ref, country=owner.country, sector=ref.sector or "GOV")


def _subject_owner(body: Span, before: list[Span]) -> Ref | None:
    """"Chile, which backs Peru, welcomed the deal, its foreign ministry said": "its" is the clause subject's,
    the last state before it that is a subject; not when the body is in an object's infinitive ("urged
    Beijing to restrain its coast guard": the object's)."""
    verb = governing_verb(body.root.head)
    if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children):
        return None
    return next((m._.ref for m in reversed(before) if m.root.dep_ in SUBJECT_DEPS and m._.ref.kind == "state"), None)


def _spoken_for(mentions: list[Span], i: int) -> Ref | None:
    """"Its spokesman, Col. X, said", "The coast guard, in a statement from spokesman X, said": an official
    speaking for a body is of that body's state (and of its armed or police sector)."""
    mention = mentions[i]
    ref = mention._.ref
    if not ref.role:
        return None
    body = _its_antecedent(mentions, i) if _owned_title(mention) else None
    if body is None and ref.role.split()[-1].lower() in SPOKES_NOUNS:
        body = _clause_body(mentions, mention) or _body_said_before(mentions, mention)
    if body is None or not body.country:
        return None
    sector = body.sector if body.kind == "organisation" and body.sector in {"MIL", "COP"} else ref.sector
    return replace(ref, country=body.country, sector=sector, role=_spokes_role(ref.role, body))


def _spokes_role(role: str, body: Ref) -> str:
    """"spokesperson" for a body is that body's spokesperson: "spokesperson, China Coast Guard"."""
    if body.kind != "organisation" or role.lower() not in SPOKES_NOUNS:
        return role
    return f"{role}, {body.name}"


def _body_said_before(mentions: list[Span], mention: Span) -> Ref | None:
    """"The ministry said ... . Spokesperson X added that ...": a spokesperson of no stated body who opens the
    next sentence's clause speaks for the body that was the subject of the sentence before."""
    sent = mention.sent
    if mention.root.dep_ not in SUBJECT_DEPS or sent.start == 0 or \
            any(m._.ref.kind in SIDED_KINDS for m in mentions if sent.start <= m.start < mention.start):
        return None
    prev = mention.doc[sent.start - 1].sent
    return next((m._.ref for m in mentions if prev.start <= m.start < prev.end and m.root.dep_ in SUBJECT_DEPS
                 and m._.ref.kind == "organisation" and m._.ref.country), None)


def _aide_of(mentions: list[Span], i: int) -> Ref | None:
    """"..., his press secretary X said", "her envoy, X": an official whose title "his" or "her" owns serves the
    person it points to (the subject named before in the sentence, else the last person named), of that
    person's state."""
    mention = mentions[i]
    root = mention.root
    heads = [root, root.head] if root.dep_ == "appos" else [root]
    owner = next((c for h in heads for c in h.children if c.dep_ == "poss" and c.lower_ in PERSON_OWNERS), None)
    if owner is None or not mention._.ref.role:
        return None
    sent = mention.sent
    people = [m for m in mentions[:i] if sent.start <= m.start < owner.i and m._.ref.kind == "person"
              and m._.ref.country and m._.ref.actor_id != mention._.ref.actor_id]
    chosen = next((m for m in people if m.root.dep_ in SUBJECT_DEPS), None) or (people[-1] if people else None)
    return replace(mention._.ref, country=chosen._.ref.country) if chosen is not None else None


def _owned_title(mention: Span) -> bool:
    """"Its spokesman, X" / "its envoy X": the title beside the name is owned by "its" or "their"."""
    root = mention.root
    heads = [root, root.head] if root.dep_ == "appos" else [root]
    return any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for h in heads for c in h.children)


def _its_antecedent(mentions: list[Span], i: int) -> Ref | None:
    """What "its" points to: the body subject of the sentence before, else the last body named before."""
    sent = mentions[i].sent
    prev = mentions[i].doc[sent.start - 1].sent if sent.start > 0 else None
    earlier = [m for m in mentions[:i] if m._.ref.kind in BODY_KINDS and not _where(m)
               and (m.start >= sent.start or (prev is not None and m.start >= prev.start))]
    subject = next((m for m in earlier if m.start < sent.start and m.root.dep_ in SUBJECT_DEPS), None)
    chosen = subject or (earlier[-1] if earlier else None)
    return chosen._.ref if chosen is not None else None


def _clause_body(mentions: list[Span], mention: Span) -> Ref | None:
    """The body that is the subject of the clause a spokesperson's name sits in ("The Guard, in a
    statement from spokesman X, said"): he speaks for it."""
    tok, steps = mention.root, 0
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i and steps < 5:
        tok, steps = tok.head, steps + 1
    subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or mention.start <= subject.i < mention.end:
        return None
    body = _mention_at(mentions, subject.i)
    return body if body is not None and body.kind in BODY_KINDS else None
