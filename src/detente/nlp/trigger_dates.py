"""The date a trigger's own words carry: a date inside its phrase, one hung on its clause's verb (or on the
past verb an infinitive is told through), or, for a same-moment clause, its governor's. Split out of events.py."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.conjunct_dates import conjunct_day
from detente.nlp.dates import reporting_verb_before, year_before_noun, year_of_noun
from detente.nlp.frame_dates import dates_frame_of
from detente.nlp.syntax import governing_verb
from detente.records import DateValue


def date_for(doc: Doc, token: Token, blocked: set[int], triggers: set[int] = frozenset()) -> DateValue | None:
    """A resolved date inside the trigger's phrase, else one attached to its clause's verb."""
    every = list(doc.spans["dates"]) if "dates" in doc.spans else []
    blocked = set(blocked) | state_end_phrases(token)  # "kept X closed until May": May ends the state
    # "said on Wednesday it would send troops": that day is the saying's, not the sending's
    later = _future_clause(token)
    dates = [d for d in every if not later or reporting_verb_before(d) in (None, token)]
    earlier = first_since_phrases(token)
    dates = [d for d in dates if d.start not in earlier]
    effect = effect_verb(token)  # "the tariff announced last week came into force on Thursday"
    found = _attached_date(dates, effect, blocked) if effect is not None else None
    if found is not None:
        return found
    later = _later_complements(token)
    own = ({t.i for t in token.subtree} | _answered_phrase(token) | head_noun_phrase(token, triggers)) - blocked \
        - later - cause_phrases(token)
    for span in dates:
        if (span.start in own or span.start in later and _past_in_plain_complement(span, token, triggers)) \
                and not _names_a_thing(span, token) and span.start not in blocked:
            return span._.date
    phase = phase_noun(token)  # "announced the end of negotiations on Aug. 20": the end's day is the act's
    found = _attached_date(dates, phase, blocked) if phase is not None else None
    if found is not None:
        return found
    verb = governing_verb(token.head if token.dep_ in {"dobj", "pobj", "xcomp"} else token)
    found = _attached_date(dates, verb, blocked)
    if found is None and (_told_through(verb, triggers) or _joined_past(verb) and token.dep_ != "xcomp"):
        found = conjunct_day(verb) or _attached_date(dates, verb.head, blocked)  # its own date first
    if found is None and _same_moment(verb, token):
        found = next(filter(None, (_attached_date(every, v, blocked) for v in _governing_verbs(verb))), None)
    if found is None and blocked & state_end_phrases(token):  # the state is put in place when its keeper acts
        found = next(filter(None, (_attached_date(dates, v, blocked) for v in list(token.ancestors)[:2])), None)
    saying = reported_in_progress(verb)
    if found is None and saying is not None:
        found = _attached_date(dates, saying, blocked)
    return found


def reported_in_progress(verb: Token) -> Token | None:
    """"said on Monday that his country was suspending relations (and withdrawing its staff)": an act
    reported as under way when told (past progressive under a past saying verb) is done that day; the
    saying verb is returned, whose date is the act's."""
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG":
        verb = verb.head  # "and withdrawing": the progressive it is joined to
    if verb.dep_ != "ccomp" or verb.tag_ != "VBG" or verb.head.tag_ != "VBD":
        return None
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.head if aux in (["was"], ["were"]) else None


# Nouns naming a moment of an act ("the end of negotiations", "the start of talks"): their date is the act's.
PHASE_NOUNS = {"end", "conclusion", "completion", "close", "start", "beginning", "opening", "resumption"}


def phase_noun(token: Token) -> Token | None:
    """The phase noun an event noun is told through with "of" ("the end of negotiations"), or None."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in PHASE_NOUNS:
        return None
    return prep.head if prep.head.pos_ == "NOUN" else None


RESPONSE_NOUNS = {"retaliation", "response", "reprisal", "revenge", "punishment", "answer", "reaction", "riposte"}


def cause_phrases(token: Token) -> set[int]:
    """"fired missiles in retaliation for strikes on the sites on Sunday": the phrase names the earlier act
    the trigger answers, so a date inside it is that act's, wherever the parser hangs it."""
    return {t.i for c in token.subtree if c.i != token.i and c.lemma_.lower() in RESPONSE_NOUNS
            and c.dep_ == "pobj" and c.head.lower_ in {"in", "as"} for t in c.subtree}


def state_end_phrases(token: Token) -> set[int]:
    """"kept the crossings closed until the end of November": on a state told by a participle or adjective
    complement, the "until" phrase dates the state's end, not the act that put it in place."""
    if token.tag_ not in {"VBN", "JJ"} or token.dep_ not in {"ccomp", "oprd", "acomp", "xcomp"}:
        return set()
    return {t.i for c in token.children if c.dep_ == "prep" and c.lower_ in {"until", "till"} for t in c.subtree}


def first_since_phrases(token: Token) -> set[int]:
    """"his first trip to Egypt since 2012", "the first visit since taking office in March": on an occasion told
    as the first since some moment, the "since" phrase dates that earlier moment, not the occasion."""
    if not any(c.dep_ == "amod" and c.lower_ == "first" for c in token.children):
        return set()
    # "held their first meeting since 2019": the parser may hang the phrase on the verb whose object it is
    verb = [c for c in token.head.children if c.lower_ == "since"] if token.dep_ == "dobj" else []
    return {t.i for c in [*token.subtree, *verb] if c.lower_ == "since" and c.i != token.i for t in c.subtree}


def _answered_phrase(token: Token) -> set[int]:
    """"in retaliation for strikes on the sites on Sunday": the act answered owns the dates told after it in
    the response phrase, though the parser hangs them on the response noun."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"for", "to"} or prep.head.lemma_.lower() not in RESPONSE_NOUNS:
        return set()
    return {t.i for t in prep.head.subtree if t.i > token.i}


def _names_a_thing(span, token: Token) -> bool:
    """"suspended a 1986 treaty on Monday", "a visit that laid bare a dispute over the war of 1971": a year naming
    another noun of the phrase (set before it, or after it with "of") does not date the act; one naming the event
    noun itself ("the 2022 invasion", "the summit of 2019") dates it."""
    return (year_before_noun(span) or year_of_noun(span, PHASE_NOUNS)) and _named_noun(span).i != token.i


def _named_noun(span) -> Token:
    """The noun a naming year belongs to: its head, or the noun before "of"."""
    head = span.root.head
    return head.head if head.lower_ == "of" and head.dep_ == "prep" else head


def _later_complements(token: Token) -> set[int]:
    """"agreed to hold talks next month", "said it would reply next week": a date inside an infinitive or
    future complement dates the act to come, not the agreeing or promising verb that governs it."""
    if token.pos_ not in {"VERB", "AUX"}:
        return set()
    later = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and c.i > token.i and any(
        a.dep_ == "aux" and a.lower_ in {"to", "would", "will", "shall", "'ll"} for a in c.children)]
    # "agreed to reopen the border and will hold talks next month": a joined clause told as still to
    # come is another act, on another day, than the done one it is joined to
    if not _future_clause(token):
        later += [c for c in token.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and _future_clause(c)]
    return {t.i for c in later for t in c.subtree}


def head_noun_phrase(token: Token, triggers: set[int]) -> set[int]:
    """"the tariff increase in July": a trigger told as the modifier of a noun has that noun's phrase for its own
    (its prepositions and what they hold), short of the clauses and other acts inside it."""
    head = token.head
    if token.dep_ != "compound" or head.pos_ not in {"NOUN", "PROPN"} or head.i in triggers:
        return set()
    phrase = {t.i for c in head.children if c.dep_ == "prep" for t in c.subtree}
    inner = {t.i for x in head.subtree if x.i in phrase and (x.i in triggers or x.dep_ in CLAUSE_DEPS)
             for t in x.subtree}
    return phrase - inner


CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl"}


def _past_in_plain_complement(span, token: Token, triggers: set[int]) -> bool:
    """"applied to join the alliance in May 2022": a date already past, inside an infinitive that is no act of its
    own, dates the past verb that governs it ("agreed to hold talks next month" leaves the later day to the talks)."""
    published = token.doc._.published
    complement = span.root
    while complement.dep_ not in {"xcomp", "ccomp", "conj"} and complement.head.i != complement.i:
        if complement.dep_ in {"relcl", "acl"}:
            return False  # "agreed to buy boats built in 2021": the year is the boats', not the agreeing's
        complement = complement.head
    return bool(triggers) and token.tag_ == "VBD" and published is not None and complement.i not in triggers \
        and complement.head.i == token.i and bool(span._.date and span._.date.last) \
        and span._.date.last < published.isoformat()


def _told_through(verb: Token, triggers: set[int]) -> bool:
    """"on Friday China advised its citizens to avoid travel": an infinitive under a past verb that is no
    event of its own (the advising is the act told) takes that verb's date."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.tag_ == "VBD" and head.i not in triggers \
        and not any(c.dep_ == "aux" for c in verb.children if c.lower_ != "to")


def _joined_past(verb: Token) -> bool:
    """"In a post on Friday, X wrote that ... and declared him persona non grata": a past verb joined by "and"
    to a dated past verb of the same subject was done that day (date_by_conjoined_verb does this later for
    acts still undated; a repeat told elsewhere must not date it first). What it agreed "to" do is to come."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == head.tag_ == "VBD" and \
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _future_clause(token: Token) -> bool:
    """The trigger's clause tells of a later act: "would send", "will visit"."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    return any(c.dep_ == "aux" and c.lower_ in {"would", "will", "shall", "'ll", "wo"} for c in verb.children)


EFFECT_NOUNS = {"effect", "force"}
INTO_VERBS = {"come", "enter", "go", "be", "remain"}  # "came into force", "went into effect", "is in force"
LEADING = {"due", "set", "expected", "scheduled", "poised", "slated"}  # "is due to take effect"


def _says_effect(verb: Token) -> bool:
    """"take effect", "come into force", "enter into force", "go into effect", "kick in"."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    if lemma == "kick":
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    return lemma in INTO_VERBS and any(
        c.dep_ == "prep" and c.lower_ in {"into", "in"} and any(g.lower_ in EFFECT_NOUNS for g in c.children)
        for c in verb.children)


def effect_verb(noun: Token) -> Token | None:
    """The verb telling that `noun` (its subject) takes effect, through "is due to", "is expected to" if told so."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = noun.head
    if _says_effect(verb):
        return verb
    # "is due to take effect" (due an acomp of "is"), "is expected to enter into force" (xcomp of the verb)
    leads = [verb] + [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in LEADING]
    found = [x for lead in leads for x in lead.children if x.dep_ == "xcomp" and _says_effect(x)]
    return found[0] if found else None


SAME_MOMENT_MARKS = {"as", "while", "when"}


def attached_day(verb: Token) -> DateValue | None:
    """The date hung on a verb, among all the document's dates."""
    return _attached_date(list(verb.doc.spans.get("dates", [])), verb, set())


def _attached_date(dates, verb: Token, blocked: set[int]) -> DateValue | None:
    """A date attached to this verb, directly or through a preposition, in its sentence."""
    for span in dates:
        head = span.root.head
        attached = head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i) or \
            reporting_verb_before(span) == verb or _between_subject_and_verb(span, head, verb) or \
            dates_frame_of(span, verb)
        if (attached and span.start not in blocked or misplaced_in_clause(span, verb)) and span.sent == verb.sent:
            return span._.date
    return None


def _between_subject_and_verb(span, head: Token, verb: Token) -> bool:
    """"Russia on Tuesday launched ...": the parser hangs the date on the subject, but it dates the verb."""
    subject = head.head if head.dep_ == "prep" else head
    return subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.i == verb.i and subject.i < span.start \
        and span.end <= verb.i


REMOTE_ADVERBS = {"once", "formerly", "previously", "long", "repeatedly", "often", "already", "ever"}


def misplaced_in_clause(span, verb: Token) -> bool:
    """A date the parser hung on a clause under `verb` that cannot own it dates `verb`: one told before the
    clause's "after"/"when" ("shut the crossings on Monday, after balloons forced ..."), or a day hung on a
    relative clause in the perfect or of a remote past ("blew up roads that once linked it to the South on
    Tuesday": "that have shut on Tuesday" is no English, so the day is the main verb's)."""
    head = span.root.head
    clause = head.head if head.dep_ == "prep" else head
    if _naming_clause(_clause_of(span)) and _clause_of(span).head.i == verb.i:
        return True
    if clause.pos_ not in {"VERB", "AUX"} or clause.i == verb.i:
        return False
    if clause.dep_ == "advcl" and clause.head.i == verb.i:
        opener = [c.i for c in clause.children if c.dep_ == "mark"]
        return bool(opener) and span.end <= min(opener)
    if clause.dep_ != "relcl" or span.start < clause.i or not span._.date or not span._.date.value:
        return False
    remote = any(c.dep_ == "advmod" and c.lower_ in REMOTE_ADVERBS for c in clause.children) or any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in clause.children)
    return remote and governing_verb(clause.head) == verb


def _clause_of(span) -> Token:
    """The verb whose clause a date is told in, climbing its prepositions and the nouns they hang on
    ("on the night of May 6" -> the verb of "on")."""
    node = span.root
    while node.pos_ not in {"VERB", "AUX"} and node.dep_ in {"pobj", "prep"} | set(NAMING_HOPS) \
            and node.head.i != node.i:
        node = node.head
    return node


NAMING_HOPS = {"nummod", "compound", "npadvmod"}


def _naming_clause(clause: Token) -> bool:
    """"struck what it called terrorist sites on the night of May 6": a clause that only names the object of the verb
    above it ("what X called Y") tells no act of its own, so a time the parser hangs on it is that verb's."""
    return clause.pos_ == "VERB" and clause.dep_ == "ccomp" and \
        any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children) and \
        any(c.dep_ == "oprd" for c in clause.children)


def _same_moment(verb: Token, token: Token) -> bool:
    """"..., as the Treasury imposed sanctions": a clause told as happening at the moment of its governor, as is the
    act a trailing participle tells ("restricted trucks on Friday, calling the step a response", "..., prompting X to
    withdraw"; not "having met", nor an act the participle names: "calling it a response to X's expulsion")."""
    if verb.dep_ != "advcl":
        return False
    told = verb.i == token.i or token.dep_ == "xcomp" and token.head.i == verb.i  # "prompting X to withdraw"
    trailing = told and verb.tag_ == "VBG" and verb.i > verb.head.i and \
        not any(c.dep_ in {"mark", "aux"} for c in verb.children)
    return trailing or any(c.dep_ == "mark" and c.lower_ in SAME_MOMENT_MARKS for c in verb.children)


def _governing_verbs(verb: Token) -> list[Token]:
    """The verb a same-moment clause hangs on, and the reporting verbs above it ("said on Wednesday he had ...")."""
    found, node = [], verb
    while node.head.i != node.i and len(found) < 3:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            found.append(node)
        if node.dep_ not in {"ccomp", "conj", "advcl", "xcomp"}:
            break
    return found
