"""Cited sources: the outlets, bodies and people on record that an article attributes its facts to.

Three kinds, in article order and without repeats:
- named outlets and institutions: "according to State Department readouts", "reported Nikkei Asia",
  "told Reuters", "China's defense ministry said";
- unnamed but described sources: "according to Turkish officials", "a Chinese readout said",
  "Chinese state media reported", "a senior administration official told reporters";
- people speaking through a named channel, the channel first when it is an outlet or platform:
  "wrote on X" -> "X (Pete Hegseth)", "told Russian media" -> "Russian media (Yuri Ushakov)",
  "told reporters" -> "Donald Trump (to reporters)", a spokesperson -> "Mao Ning (foreign ministry spokeswoman)".
A person who merely "said" something is a statement's speaker, not a cited source.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp.actors import FAMILY_NAME_FIRST
from detente.nlp.citations import names_in_words, pronoun_country, speaks_by_act, spokes_title
from detente.nlp.extensions import flagged
from detente.nlp.context import current_kb
from detente.nlp.statement_occasions import PLATFORMS, demonym

REPORT_NOUNS = {"readout", "readouts", "report", "reports", "statement", "reporting", "account", "data"}
REPORT_VERBS = {"report", "say", "write", "cite", "quote"}
# "deny" and "insist" state facts too ("the ministry denied that any shots were fired").
SAYING_VERBS = {"say", "state", "announce", "confirm", "report", "add", "tell", "note", "write", "deny", "insist",
                "warn", "declare"}
# Heads of described sources: "Turkish officials", "a Chinese readout", "Chinese state media".
SOURCE_NOUNS = {"official", "diplomat", "source", "ministry", "readout", "statement", "media", "press",
                "television", "broadcaster", "agency", "outlet", "newspaper", "spokesman", "spokeswoman",
                "spokesperson",
                # the armed forces and government bodies named by a plain noun ("the Thai army said")
                "army", "navy", "military", "government", "embassy", "police",
                # the office of a head of state or government ("the Serbian presidency", "the Thai cabinet")
                "presidency", "cabinet", "chancellery", "secretariat",
                # a leader's own staff speaking for them ("the prime minister's office said")
                "office",
                # a government department or military staff ("the defence department said", "the general staff")
                "department", "staff"}
MEDIA_NOUNS = {"media", "press", "television", "broadcaster", "outlet", "newspaper", "agency"}
PRESS_NOUNS = {"reporter", "journalist", "correspondent", "camera", "press"}
# "said in a statement", "in a letter to the king": a written document is a channel on record too.
EVENT_NOUNS = {"conference", "briefing", "interview", "post", "message", "video", "tweet", "broadcast",
               "statement", "letter", "notice",
               # a speech given on record ("in a televised address", "addressing a rally")
               "address", "speech", "remarks", "remark", "rally",
               # a piece written for the press ("in an article for the daily X", "in an op-ed in Y")
               "article", "op-ed", "column", "essay", "editorial", "commentary"}
# Verbs whose object is the occasion itself: "addressing a rally", "gave a speech", "held a news conference".
OCCASION_VERBS = {"address", "give", "deliver", "hold"}
# Verbs of carrying a text: "the text carried by state media" cites the medium that carried it.
CARRYING_VERBS = {"carry", "publish", "release", "issue", "run", "air", "broadcast", "quote", "cite"}
SPOKES = ("spokesman", "spokeswoman", "spokesperson")
CHARGING_VERBS = {"charge", "allege", "complain", "accuse"}


def _noun(token: Token) -> str:
    """A noun's dictionary form, keeping "media" (the lemmatiser makes it "medium")."""
    return token.lower_ if token.lower_ in MEDIA_NOUNS else token.lemma_.lower()


def _head_noun(token: Token) -> Token:
    """Climb compounds: "State Department readouts" -> "readouts"."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token


def _according_to(token: Token) -> bool:
    head = _head_noun(token)
    if head.dep_ == "poss" or (head.i != token.i and head.lower_ not in REPORT_NOUNS):
        return False
    return _under_according(head)


# What a carrying verb carries when it cites its carrier: "the text published by X", "a readout issued by X".
CARRIED_NOUNS = {"text", "transcript", "communique", "communiqué", "declaration"}


def _carried_by(root: Token) -> bool:
    """"the text published by the White House", "Xi, quoted by Xinhua": the body that carried the words."""
    root = root.head if root.dep_ == "appos" else root  # "quoted by the news agency Reuters"
    prep, verb = root.head, root.head.head
    if root.dep_ != "pobj" or prep.dep_ != "agent" or verb.lemma_.lower() not in CARRYING_VERBS:
        return False
    # "a ship run by the navy" carries no words: the participle must carry a text, or quote a person
    return verb.lemma_.lower() in {"quote", "cite"} or _noun(verb.head) in REPORT_NOUNS | EVENT_NOUNS | CARRIED_NOUNS


def _issued_from(token: Token) -> bool:
    """"according to a statement from the prime minister's office": the body a cited document came from."""
    document = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ == "from" and _noun(document) in REPORT_NOUNS | EVENT_NOUNS \
        and _citing_position(document)


def _is_cited(span: Span) -> bool:
    root = span.root
    if _according_to(root) or _carried_by(root) or _issued_from(root):
        return True
    head = _head_noun(root)
    if head.i != root.i and head.lower_ in REPORT_NOUNS and head.dep_ == "nsubj" \
            and head.head.lemma_.lower() in REPORT_VERBS:
        return True  # "a Xinhua readout said"
    verb = root.head
    media = span._.ref.outlet
    if span._.ref.kind == "organisation" and root.dep_ == "nsubj" and verb.lemma_.lower() in SAYING_VERBS:
        return True  # "China's defense ministry said ...": an institution the facts come from
    if span._.ref.kind == "organisation" and speaks_by_act(root):
        return True  # "the ministry condemned the arrest": the condemnation is its statement on record
    if verb.lemma_.lower() == "cite" and root.dep_ in {"dobj", "pobj"}:
        return True
    if verb.lemma_.lower() in REPORT_VERBS and root.dep_ in {"nsubj", "dobj"} and (media or verb.i < root.i):
        return media or span.label_ in {"ORG", "ACTOR"}
    return media and verb.lemma_.lower() == "tell" and root.dep_ in {"dobj", "dative"}


def _phrase(head: Token) -> str:
    """The noun phrase up to its head without determiners: "a senior administration official"."""
    return _joined([t for t in head.subtree if t.i <= head.i and t.dep_ not in {"det", "punct"}])


def _occasion(head: Token) -> str:
    """"in his opening remarks" -> "opening remarks": the occasion without the speaker's own pronoun."""
    return _joined([t for t in head.subtree if t.i <= head.i and t.dep_ not in {"det", "punct"}
                    and not (t.dep_ == "poss" and t.pos_ == "PRON")])


def _joined(words: list[Token]) -> str:
    return " ".join(t.text for t in words).replace(" 's", "'s").replace(" ’s", "’s")


def _citing_position(head: Token) -> bool:
    """Where a source stands: under "according to", subject of a saying verb, the one told."""
    if _under_according(head):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "under" and _noun(head) in REPORT_NOUNS:
        return True  # "under the joint statement, the committee will meet": the terms come from the document
    carried = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else None
    if carried is not None and carried.dep_ == "acl" and carried.lemma_.lower() in CARRYING_VERBS:
        return _citing_position(carried.head)  # "according to the text carried by state media"
    if _issued_from(head):
        return True
    verb = head.head
    if head.dep_ == "nsubj" and (verb.lemma_.lower() in SAYING_VERBS | REPORT_VERBS or speaks_by_act(head)):
        return True
    if head.dep_ == "nsubj" and verb.lemma_.lower() in CHARGING_VERBS and any(c.dep_ == "ccomp" for c in verb.children):
        return True  # "the office charged that ...": a charge made on record, not a charge brought in court
    return _noun(head) in MEDIA_NOUNS and verb.lemma_.lower() == "tell" and head.dep_ in {"dobj", "dative"}


def _described_source(head: Token) -> str | None:
    """"Turkish officials", "a Chinese readout": a source with a qualifier, not a bare "the official"."""
    if head.pos_ not in {"NOUN", "PROPN"} or _noun(head) not in SOURCE_NOUNS or not _citing_position(head):
        return None
    if not any(c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < head.i for c in head.children):
        return None
    phrase = _state_adjective(head) or _phrase(head)
    return _joint_parties(head.doc) or phrase if phrase.lower() == "joint statement" else phrase


def _state_adjective(head: Token) -> str | None:
    """"South Africa's presidency" -> "South African presidency": one name for a state's body however the
    article writes its owner, as the knowledge base writes the state's adjective."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or (owner.ent_type_ not in {"GPE", "NORP"} and owner.pos_ != "PRON"):
        return None
    span = head.doc[owner.left_edge.i:owner.i + 1]
    code = pronoun_country(owner) if owner.pos_ == "PRON" else \
        current_kb().country_code(span.text.removeprefix("the ").strip())
    adjective = demonym(code) if code else None
    if adjective is None:
        return None
    rest = [t for t in head.subtree if owner.i < t.i <= head.i and t.dep_ not in {"det", "punct", "case"}]
    return " ".join([adjective] + [t.text for t in rest])


def _platform(token: Token) -> str | None:
    """"X", "Truth Social": a social platform named by this noun and its compounds."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    name = " ".join(t.text for t in words).rstrip(".")
    return name if name in PLATFORMS else None


def _outlet(doc: Doc, token: Token) -> str | None:
    """A news outlet named inside this phrase: "an interview with Fox News host Sean Hannity"."""
    for span in doc.spans.get("actors", []):
        if span._.ref.outlet and token.left_edge.i <= span.start and span.end <= token.right_edge.i + 1:
            return span._.ref.name
    return None


def _channel_of(doc: Doc, obj: Token, prep: str) -> tuple[str, str] | None:
    """(kind, name) of the channel an object names: on X, in a post, to reporters, told Russian media."""
    lemma = _noun(obj)
    if prep == "on" and _platform(obj):
        return "outlet", _platform(obj)
    if lemma in EVENT_NOUNS:
        inner = [_channel_of_prep(doc, p) for p in obj.children if p.dep_ == "prep"]
        outlet = _outlet(doc, obj)
        return next((c for c in inner if c), None) or (("outlet", outlet) if outlet else ("event", _occasion(obj)))
    if lemma in PRESS_NOUNS:
        return "event", f"to {obj.text}"
    outlet = _outlet(doc, obj) if prep == "to" else None
    if outlet:
        return "outlet", outlet  # "speaking to Fox News": the outlet the words were given to
    if lemma in MEDIA_NOUNS and any(c.dep_ in {"amod", "compound"} for c in obj.children):
        return "outlet", _phrase(obj)
    return None


def _channel_of_prep(doc: Doc, prep: Token) -> tuple[str, str] | None:
    objs = (c for c in prep.children if c.dep_ == "pobj")
    return next((c for c in (_channel_of(doc, o, prep.lower_) for o in objs) if c), None)


def _channel(doc: Doc, verb: Token) -> tuple[str, str] | None:
    """The channel a person's words went through, from the verb, a "speaking to ..." clause or the
    verb it completes ("returned to the cameras to say")."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"] + _saying_participles(verb)
    if verb.dep_ in {"xcomp", "advcl"}:
        verbs.append(verb.head)
    for v in verbs:
        # "confirmed the decision in a post on X": the parser may hang the channel on the object
        objects = [g for c in v.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
        for child in list(v.children) + objects:
            found = None
            if child.dep_ == "prep":
                found = _channel_of_prep(doc, child)
            elif v.lemma_.lower() == "tell" and child.dep_ in {"dobj", "dative"}:
                found = _channel_of(doc, child, "to")
            elif v.lemma_.lower() in OCCASION_VERBS and child.dep_ == "dobj" and _noun(child) in EVENT_NOUNS:
                found = "event", _occasion(child)  # "addressing a rally, X vowed ..."
            if found:
                return found
    return None


def _saying_participles(verb: Token) -> list[Token]:
    """"refused to let the planes land, writing on X that ...": a subjectless participle of saying further on in
    the clause speaks for the verb's subject, wherever the parser hangs it."""
    return [t for t in verb.subtree if t.i > verb.i and t.tag_ == "VBG" and t.dep_ in {"advcl", "conj"}
            and t.lemma_.lower() in SAYING_VERBS and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)]


def _participle_channel(doc: Doc, span: Span) -> tuple[str, str] | None:
    """"Maduro, appearing on state television, said": a participle hung on the name carries the channel."""
    participles = (c for c in span.root.children if c.dep_ == "acl" and c.tag_ == "VBG")
    return next((c for c in (_channel(doc, p) for p in participles) if c), None)


def _speaking_verb(span: Span) -> Token | None:
    """The verb a person is the subject of, or None."""
    root = span.root
    # "Within hours Trump announced on X that ...": a saying verb right after the name, parsed as a reduced
    # relative on it, is the name's own verb when it takes a clause ("the plan announced" takes none)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.head.i == root.i and after.dep_ == "acl" and after.lemma_.lower() != "tell" \
            and after.lemma_.lower() in SAYING_VERBS and any(c.dep_ == "ccomp" for c in after.children):
        return after
    title = spokes_title(span, SPOKES)  # "Its spokesman, Shi Yi, said": the spokesman's verb
    if title is None and root.dep_ == "appos" and root.head.dep_ == "nsubj":
        title = root.head  # "China's trade negotiator, Li Chenggang, told a news briefing"
    subject = title if title is not None else root
    return subject.head if subject.dep_ == "nsubj" and subject.head.pos_ in {"VERB", "AUX"} else None


def _spokesperson(span: Span) -> str | None:
    """"foreign ministry spokeswoman" before a name, or after it as an appositive."""
    root = span.root
    if spokes_title(span, SPOKES) is not None:
        return root.head.text
    for title in (c for c in root.children if c.i < span.start or c.dep_ == "appos"):
        if title.lower_.startswith(SPOKES) or any(t.lower_.startswith(SPOKES) for t in title.subtree):
            words = [t for t in title.subtree if t.i < span.start] if title.i < span.start else list(title.subtree)
            return " ".join(t.text for t in words if t.dep_ not in {"det", "punct"})
    return None


def _person_source(doc: Doc, span: Span) -> str | None:
    """"X (Pete Hegseth)", "Donald Trump (to reporters)": a person on record through a channel."""
    verb = _speaking_verb(span)
    if verb is None:
        return None
    name = span._.ref.name
    found = _channel(doc, verb) or _participle_channel(doc, span)
    if found and found[1] == "joint statement":
        return _joint_signers(doc, span) or f"{name} ({found[1]})"
    if found:
        kind, channel = found
        return f"{channel} ({name})" if kind == "outlet" else f"{name} ({channel})"
    title = _spokesperson(span)
    if verb.lemma_.lower() not in SAYING_VERBS and not (title and names_in_words(verb)):
        return None
    if title:
        return f"{name} ({title})"
    body = _body_spoken_for(doc, span)
    return f"{body} ({name})" if body else None


# Words that name no particular body: "Ministry of Foreign Affairs" shares "foreign" with "Foreign Minister".
BODY_GENERIC = {"ministry", "department", "office", "of", "the", "and", "u.s.", "us", "national", "state",
                "minister", "secretary", "general", "federal", "affairs"}


def _title_words(span: Span) -> set[str]:
    """The words of the title written before a name: "Treasury Secretary Scott Bessent" -> {"treasury", ...}."""
    words = {t.lower_ for c in span.root.children if c.i < span.start for t in c.subtree if t.i < span.start}
    return words - BODY_GENERIC


def _body_spoken_for(doc: Doc, span: Span) -> str | None:
    """"Treasury Secretary X said" where the article reports what the Treasury did: X speaks on record for
    that body, whose name shares a word with X's title."""
    ref, words = span._.ref, _title_words(span)
    for other in doc.spans.get("actors", []):
        body = other._.ref
        if body.kind == "organisation" and body.country == ref.country and body.sector not in {"JRN", "BUS"} \
                and words & ({w.lower() for w in body.name.split()} - BODY_GENERIC):
            return body.name
    return None


# Short forms by which the press joins a country's name to another's ("U.S.-Ukraine talks").
JOINING_FORMS = {"United States": "U.S.", "United Kingdom": "U.K.", "European Union": "EU"}


def _joint_signers(doc: Doc, span: Span) -> str | None:
    """"In a joint statement, Biden and Macron pledged ..." -> "Biden-Macron joint statement": a joint
    statement is known by all who issued it, the people by their surnames."""
    root = span.root
    first = root.head if root.dep_ == "conj" else root
    people = [m for m in doc.spans.get("actors", []) if m.root.i == first.i or
              (m.root.dep_ == "conj" and m.root.head.i == first.i)]
    if len(people) < 2 or any(m._.ref.kind != "person" for m in people):
        return None
    return "-".join(_family_name(m._.ref) for m in people) + " joint statement"


def _family_name(ref) -> str:
    """"Xi" of "Xi Jinping", "Macron" of "Emmanuel Macron": where the state writes the family name first."""
    words = ref.name.split()
    return words[0] if ref.country in FAMILY_NAME_FIRST else words[-1]


def _joint_parties(doc: Doc) -> str | None:
    """"a joint statement" with no issuer named: the two sides of the article's first event between two
    states -> "Thailand-Cambodia joint statement"."""
    for ev in doc._.events or []:
        sides = [ev.source, ev.target]
        if all(len(side) == 1 and side[0].actor_id and side[0].actor_id.startswith("state:") for side in sides):
            return "-".join(JOINING_FORMS.get(side[0].name, side[0].name) for side in sides) + " joint statement"
    return None


def _body_named_before(doc: Doc, token: Token, according: bool = False) -> str | None:
    """"Its National Security Committee met ... . The committee warned ...": a body the article named before,
    taken up again by its head noun as the subject of a saying verb (or, asked so, under "according to")."""
    cites = token.dep_ == "nsubj" and token.head.lemma_.lower() in SAYING_VERBS
    if token.pos_ != "NOUN" or not (cites or according) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    named = [s for s in doc.spans.get("actors", []) if s.end <= token.i and s._.ref.kind == "organisation"
             and s[-1].lower_ == token.lower_]
    return named[-1]._.ref.name if named else None


def _pronoun_source(doc: Doc, token: Token) -> str | None:
    """""...," he declared in a televised address", "He told reporters that ...": a person named before,
    on record through a channel; or a name the actor tagger left out ("Prabowo told a joint news conference")."""
    if (token.lower_ not in {"he", "she"} and token.pos_ != "PROPN") or token.dep_ != "nsubj" \
            or token.head.lemma_.lower() not in SAYING_VERBS:
        return None
    found = _channel(doc, token.head)
    if not found:
        return None
    from detente.nlp.speech import speaker_ref  # (speech reads the parse; metadata is read after it)
    ref = speaker_ref(doc, token)
    name = ref.name if ref is not None and (ref.actor_id or "").startswith("person:") else _known_person(token)
    if name is None:
        return None
    kind, channel = found
    return f"{channel} ({name})" if kind == "outlet" else f"{name} ({channel})"


def _known_person(token: Token) -> str | None:
    """A bare name the knowledge base knows as a person ("Prabowo"), with its full name."""
    words = [t for t in token.subtree if t.i <= token.i and t.pos_ == "PROPN"] if token.pos_ == "PROPN" else []
    found = current_kb().candidates(" ".join(t.text for t in words))[:1] if words else []
    return found[0].actor.name if found and found[0].actor.id.startswith("person:") else None


def _under_according(token: Token) -> bool:
    """The object of "according to"."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _according_source(doc: Doc, token: Token) -> str | None:
    """"according to a White House fact sheet", "according to his official website", "according to the
    command": whatever the article attributes facts to with "according to" is a cited source, named with
    its owner (a state by its adjective, a person by the name the pronoun stands for) or as the body named
    before; a bare noun with nothing to name it ("according to the official") is no source of its own."""
    if token.pos_ not in {"NOUN", "PROPN"} or not _under_according(token):
        return None
    named = _body_named_before(doc, token, according=True)
    if named:
        return named
    if not any(c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < token.i for c in token.children):
        return None
    return _person_owned(doc, token) or _state_adjective(token) or _phrase(token)


def _person_owned(doc: Doc, head: Token) -> str | None:
    """"his official website" -> "Khamenei's official website": the person a possessive pronoun stands for,
    the nearest person named before it in the sentence, a subject first."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
    if owner is None:
        return None
    people = [s for s in doc.spans.get("actors", []) if owner.sent.start <= s.start and s.end <= owner.i
              and s._.ref.kind == "person"]
    if not people:
        return None
    person = ([s for s in people if s.root.dep_ == "nsubj"] or people)[-1]
    rest = [t for t in head.subtree if owner.i < t.i <= head.i and t.dep_ not in {"det", "punct"}]
    return f"{person.text}'s {_joined(rest)}"


def _seat_speaks(span: Span) -> bool:
    """"The Elysee said in a statement": a seat of government that stands for its state speaks on record as a
    body does; the article sets it apart from a capital city, whose name takes none ("Budapest said")."""
    root, doc = span.root, span.doc
    article = span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if span._.ref.kind != "state" or span._.ref.via != "metonym" or not article:
        return False
    return root.dep_ == "nsubj" and (root.head.lemma_.lower() in SAYING_VERBS or speaks_by_act(root))


def _actor_source(span: Span) -> str | None:
    """A named outlet or institution the article cites, or a person on record through a channel or cited
    with "according to"."""
    if span._.ref.kind == "person":
        return _person_source(span.doc, span) or (span._.ref.name if _under_according(span.root) else None)
    if _seat_speaks(span):
        return span.text.removeprefix("the ").removeprefix("The ")
    if not _is_cited(span):
        return None
    return _owned_name(span) if span._.ref.via == "unknown" else span._.ref.name


def _owned_name(span: Span) -> str:
    """A body the knowledge base lacks keeps its owner: "Pakistan's foreign ministry", not "foreign ministry"."""
    owners = [c for c in span.root.children if c.dep_ in {"poss", "amod"} and c.i < span.start]
    if not owners:
        return span._.ref.name
    code = pronoun_country(owners[0])
    if code and demonym(code):
        return f"{demonym(code)} {span._.ref.name}"  # "Its foreign ministry" -> "Qatari Ministry of Foreign Affairs"
    words = [t for t in span.doc[owners[0].left_edge.i:span.start] if t.dep_ not in {"det", "punct"}]
    return _joined(words + list(span))


def _add(names: list[str], name: str | None) -> None:
    if name and not any(name.lower() in n.lower() or n.lower() in name.lower() for n in names):
        names.append(name)


def cited_sources(doc: Doc) -> list[str]:
    """Outlets, institutions and people on record the article cites for its facts, in order, without repeats."""
    found: list[tuple[int, str]] = []
    covered: set[int] = set()
    for span in doc.spans.get("actors", []):
        if any(t._.skip for t in span):
            continue
        name = _actor_source(span)
        if name:
            found.append((span.start, name))
            # "the news agency Reuters": the noun the name stands in apposition to names the same source
            start = span.root.head.left_edge.i if span.root.dep_ == "appos" else span.start
            covered.update(range(min(start, span.start), span.end))
    skip = flagged(doc, "skip")
    for token in doc:
        if token.idx not in skip and token.i not in covered:
            found.append((token.i, _described_source(token) or _pronoun_source(doc, token)
                          or _body_named_before(doc, token) or _according_source(doc, token)))
    names: list[str] = []
    for _, name in sorted((f for f in found if f[1]), key=lambda f: f[0]):
        _add(names, name)
    return names


@Language.component("detente_metadata")
def metadata_component(doc: Doc) -> Doc:
    doc._.cited_sources = cited_sources(doc)
    return doc
