"""The article's news day: an act told as having taken place, that no date of its own, no clause and no
nearby dated event places, happened on the day the lead reports. A wire story opens with the day's news
("X and Y signed a pact on Tuesday") and tells what else happened that day without repeating the day
("Y also accused X of ..."); an analyst dates those acts by the lead.

The text signals another time, and then the act keeps no date: a past perfect of the narrator ("Ties had
cooled"), another date in its sentence ("in 2021"), a paragraph whose narration has moved to another
time ("In March, ... . X accused Y ..."), or an answer to an act it names ("in retaliation for X"). An act
told in a dated report ("X said on Monday that Y had accepted ...") takes the report's day when the report
makes it known (a decision, the reporter's own side's words), else none. Runs last in
`event_dates.fill_dates`; `governed_news_day` serves the bare "after" steps of after_dates.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.arguments import refs_for
from detente.nlp.dates import REPORTING_LEMMAS
from detente.nlp.doc_cache import doc_text, sentences
from detente.nlp.denials import forgone
from detente.nlp.events import Draft
from detente.nlp.narrative_dates import dates_a_saying, describes, told_ahead
from detente.nlp.news_reactions import VERBAL_TYPES, outside_reaction  # noqa: F401  (others import it from here)
from detente.nlp.tense import is_perfect, tense_verb, told_as_past
from detente.nlp.trigger_dates import cause_phrases
from detente.records import DateValue


def lead_sentence(doc: Doc):
    """The article's first coded sentence (not a headline, not boilerplate): where the news is told."""
    headlines = doc._.headline_sents or set()
    return next((s for s in sentences(doc) if s.start not in headlines and not any(t._.skip for t in s)
                 and s.root.pos_ in {"VERB", "AUX"}), None)  # "BANGKOK —" alone is a dateline


def lead_root_day(doc: Doc, sent: Span) -> DateValue | None:
    """The date hung on the lead's main verb ("X and Y met in Z on Friday and Saturday"), a day or a few days."""
    root = sent.root
    spans = [x for x in doc.spans.get("dates", []) if x.sent.start == sent.start and (x.root.head.i == root.i or (
        x.root.head.dep_ == "prep" and x.root.head.head.i == root.i))]
    day = spans[0]._.date if spans else None
    return day if day is not None and (day.value or day.precision == "days") else None


def news_day(doc: Doc, drafts: list[Draft]) -> tuple[Span, DateValue] | None:
    """The lead sentence and the day it reports: its main verb's date, else that of the first act it
    tells that took place on one day ("Hours after X, Y struck Z on Monday")."""
    sent = lead_sentence(doc)
    if sent is None:
        return None
    day = lead_root_day(doc, sent)
    if day is None:
        first = next((d for d in drafts if d.sent.start == sent.start and d.status == "occurred"
                      and d.date is not None and d.date.value), None)
        day = first.date if first is not None else _first_day_told(doc, sent)
    return (sent, day) if day is not None else None


LEAD_REACH = 2  # sentences after the lead that still open the story ("... . The deal came on Tuesday")


def _first_day_told(doc: Doc, lead: Span) -> DateValue | None:
    """The first day of the story the opening tells, in the lead or just after it ("X said on Monday that
    ...", "The deal came on Tuesday"; not a day to come, not a date naming a thing or describing a
    noun): the report's day, when no act of the lead carries one."""
    opening = [s for s in sentences(doc) if s.start >= lead.start][:1 + LEAD_REACH]
    published = doc._.published
    return next((s._.date for s in doc.spans.get("dates", []) if lead.start <= s.start < opening[-1].end
                 and s._.date.value and not describes(s) and not told_ahead(s, published)), None)


def _same_time(a: DateValue, b: DateValue) -> bool:
    return a.first == b.first and a.last == b.last


REPORTED_DEPS = {"ccomp", "conj", "xcomp", "advcl"}
CITING_LEMMAS = REPORTING_LEMMAS | {"announce", "confirm", "state", "accuse", "allege", "acknowledge", "disclose"}


def narrators_perfect(token: Token) -> bool:
    """"Ties had cooled after ...": the narrator's own past perfect tells what came before the news (in a
    report, "said Canada had ordered ...", it is the day's act told in reported speech)."""
    verb = tense_verb(token)
    # "In X on Thursday he had held talks, and the two governments raised ties": a past joined to the
    # narrator's past perfect is told in that same look back
    if verb.dep_ == "conj" and not _pluperfect(verb) and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if not _pluperfect(verb):
        return False
    return citing_verb_above(token) is None


def _pluperfect(verb: Token) -> bool:
    """"had held", "'d agreed": a past perfect."""
    return is_perfect(verb) and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)


NOUN_ARGS = {"nsubj", "nsubjpass", "dobj"}


def _told_done(token: Token) -> bool:
    """The act is told by a verb in the past ("accused", "had agreed") or is the subject or object of one
    ("the talks ended", "signed an accord"); a noun inside another act's phrase ("to rein in attacks on
    shipping") names a state of affairs, not an act of the day."""
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ not in NOUN_ARGS:
        return False
    # "was received by the president", "announced that they were leaving the bloc": a past passive or past
    # progressive tells a done act as a simple past does
    verb = tense_verb(token)
    return told_as_past(verb) or _simple_past(verb)


STANCE_STATUSES = {"proposed", "under_consideration", "negated"}  # what is offered lies ahead; the offering does not


def stance_told_made(d: Draft) -> bool:
    """"X invited Y to Moscow", "said Turkey was ready to help", "did not rule out cooperation", "announced no
    accord": an offer, a stance or a refusal told in the simple past was made on a day, like an act done."""
    if d.status not in STANCE_STATUSES or d.status == "negated" and not (_no_outcome(d.token) or forgone(d.token)):
        return False
    node = d.token
    for _ in range(5):
        if node.pos_ in {"VERB", "AUX"} and _finite(node):
            return _simple_past(node)
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return False  # "proposed that he meet Y": the meeting proposed is told, not the proposing
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _no_outcome(token: Token) -> bool:
    """"announced no accord": an outcome reported absent, news of the occasion told; "did not make the trip"
    names a step not taken, which has no day of its own."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _finite(verb: Token) -> bool:
    """The verb carries tense itself ("invited", "says") or through an auxiliary ("did not rule out")."""
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or bool(_auxiliaries(verb))


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's tense and voice auxiliaries ("did", "was", "would"), not the infinitive's "to"."""
    return [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO"]


def _simple_past(verb: Token) -> bool:
    """Simple past, no modal and no perfect: "invited", "was not invited", "did not rule out" ("had not gone"
    tells a state up to a time, not the day's act)."""
    aux = _auxiliaries(verb)
    if any(c.tag_ in {"MD", "VBZ", "VBP"} or c.lemma_ == "have" for c in aux):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux)


def _other_time_in_sentence(d: Draft, day: DateValue, published) -> bool:
    """A date of the past in the act's sentence that is not the news day ("in 2021", "last month"): the
    sentence tells another time, though the parser did not give it to the act. A date in a clause describing
    a person ("X, who took office earlier this month, was received ...") tells no time of the sentence's acts."""
    return any(s.sent.start == d.sent.start and not _same_time(s._.date, day) and not told_ahead(s, published)
               and not _of_a_person(s) for s in d.token.doc.spans.get("dates", []))


PERSON_RELATIVES = {"who", "whom", "whose"}


def _of_a_person(span: Span) -> bool:
    """The date is told in a "who" clause: it describes a person (when they took office, arrived, ...)."""
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "relcl" and any(c.lower_ in PERSON_RELATIVES for c in verb.children)


MATERIAL_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"}  # done in the field, reported after


def _dated_report(d: Draft) -> Token | None:
    """The reporting verb with a day of its own that tells the act ("X said on Tuesday that ...")."""
    from detente.nlp.event_dates import verb_day  # event_dates imports this module
    report = citing_verb_above(d.token)
    day = verb_day(report.doc, report) if report is not None else None
    return report if day is not None and day.value else None


def _report_day(d: Draft, report: Token, day: DateValue | None = None) -> DateValue | None:
    """"Biden said on Tuesday that Israel and Lebanon had accepted the agreement": a decision, or the
    reporter's own side's statement, is made known by the dated report, so it takes its day; an attack,
    or a rival's demand, told in a report may have come days before it (no date then)."""
    from detente.nlp.event_dates import verb_day
    if d.type in MATERIAL_TYPES:
        return None
    if d.type in VERBAL_TYPES:
        speakers = {r.country for s in report.children if s.dep_ == "nsubj" for r in refs_for(report.doc, s)}
        if not speakers & d.countries("source"):
            return None
    return day or verb_day(report.doc, report)


def reported_day(d: Draft) -> DateValue | None:
    """"X and Y have agreed to ..., the White House said on Tuesday": an act a dated report makes known takes
    the report's day even when told in the present perfect (the news the report brings, not a standing state)."""
    report = _dated_report(d)
    return _report_day(d, report) if report is not None else None


def citing_verb_above(token: Token) -> Token | None:
    """The citing verb that tells the act ("the White House said both sides had agreed"), dated or not."""
    node = tense_verb(token)
    for _ in range(4):
        if node.dep_ not in REPORTED_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in CITING_LEMMAS:
            return node
    return None


def _speakers(report: Token) -> set[str]:
    return {r.actor_id for s in report.children if s.dep_ == "nsubj" for r in refs_for(report.doc, s) if r.actor_id}


def earlier_report(doc: Doc, speakers: set[str], before: int) -> Token | None:
    """The latest report dated to a day by one of `speakers` told before token `before` ("the White House
    said on Tuesday ...", "Aliyev said on Sunday ...")."""
    if not speakers:
        return None
    for span in reversed([s for s in doc.spans.get("dates", []) if s.end <= before]):
        head = span.root.head
        verb = head.head if head.dep_ == "prep" else head
        if verb.lemma_.lower() in CITING_LEMMAS and span._.date.value and _speakers(verb) & speakers:
            return verb
    return None


def repeated_report_day(d: Draft) -> DateValue | None:
    """"The White House said on Tuesday that ... . In a statement, the White House said both sides had also
    agreed ...": a speaker's undated report told after the same speaker's dated one is the same statement
    (news prose gives its day once), so what it makes known takes that day."""
    from detente.nlp.event_dates import verb_day
    report = citing_verb_above(d.token)
    own = report is None and d.type in VERBAL_TYPES and tense_verb(d.token).lemma_.lower() in CITING_LEMMAS
    report = tense_verb(d.token) if own else report  # "He accused X of ...": the act is the saying itself
    if report is None or verb_day(report.doc, report) is not None:
        return None
    named = None if own else earlier_report(report.doc, _speakers(report), report.sent.start)
    if named is not None:
        return _report_day(d, named)
    earlier = pronoun_report(report)
    return _report_day(d, earlier, verb_day(report.doc, earlier) or _object_day(earlier)) if earlier else None


PERSON_PRONOUNS = {"he", "she"}


def pronoun_report(report: Token) -> Token | None:
    """"X announced the step on Saturday. He said ...": a report whose subject is "he" or "she" goes on with
    the dated report of the person who spoke in the sentence just before (its citing verb)."""
    subject = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in PERSON_PRONOUNS or report.sent.start == 0:
        return None
    from detente.nlp.event_dates import verb_day
    doc = report.doc
    cited = [t for t in doc[report.sent.start - 1].sent if t.lemma_.lower() in CITING_LEMMAS and t.pos_ == "VERB"]
    for verb in reversed(cited):
        day = verb_day(doc, verb) or _object_day(verb)
        if day is not None and day.value and _person_speaker(verb):
            return verb
    return None


def _object_day(verb: Token) -> DateValue | None:
    """"announced the step on Saturday": a day the parser hung on the verb's object is the saying's."""
    date_at = verb.doc._.date_at or {}
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for pobj in (g for p in obj.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"):
            if pobj.i in date_at:
                return date_at[pobj.i]._.date
    return None


def _person_speaker(report: Token) -> bool:
    """Whether a person is the subject of the report."""
    return any(r.kind == "person" for s in report.children if s.dep_ == "nsubj" for r in refs_for(report.doc, s))


def _paragraph_start(doc: Doc, token: Token) -> int:
    """The character where the paragraph holding `token` begins."""
    return doc_text(doc).rfind("\n", 0, token.idx) + 1


def _narration_moved(d: Draft, lead: Span, day: DateValue, published, verbal: bool) -> bool:
    """The latest time the act's paragraph has told before it (after the lead) is another than the news
    day: "In March, X visited Y. Y pledged aid" narrates March, not the lead's day. The day something
    was said moves a statement, not an act the saying reports."""
    doc = d.token.doc
    start = max(_paragraph_start(doc, d.token), lead.end_char)
    told = [s for s in doc.spans.get("dates", []) if start <= s.start_char and s.end <= d.token.i
            and not describes(s) and not told_ahead(s, published) and (verbal or not dates_a_saying(s))]
    return bool(told) and not _same_time(told[-1]._.date, day)


def date_by_news_day(drafts: list[Draft], undated: list[Draft]) -> None:
    """Acts that took place and are still undated (those `fill_dates` passed over for a relative or standing
    telling are not in `undated`) take the lead's day, unless the text signals another time."""
    if not undated:
        return
    doc = undated[0].token.doc
    found = news_day(doc, drafts)
    if found is None:
        return
    lead, day = found
    published = doc._.published
    told = {d.token.i for d in drafts}  # "in retaliation for X on Sunday": the answer's day is not X's
    for d in undated:
        if d.date is not None or d.sent.start < lead.start or not (_told_done(d.token) or stance_told_made(d)) or \
                narrators_perfect(d.token) or cause_phrases(d.token) & told:
            continue
        report = _dated_report(d)
        if report is not None:  # told in a dated report: the report, not the lead, tells its day
            d.date = _report_day(d, report)
        elif not _other_time_in_sentence(d, day, published) and \
                not _narration_moved(d, lead, day, published, d.type in VERBAL_TYPES):
            d.date = outside_reaction(d, drafts, lead, day, published) or day


def governed_news_day(d: Draft, governor: Token, drafts: list[Draft]) -> DateValue | None:
    """"Speaking in Ankara after talks with Y, Z insisted ...": the news day of the undated act a bare
    "after" step led to (told as done, no other time told), which is then the step's day too."""
    found = news_day(d.token.doc, drafts)
    if found is None or governor.pos_ not in {"VERB", "AUX"}:
        return None
    lead, day = found
    published = d.token.doc._.published
    if d.sent.start < lead.start or not told_as_past(governor) or narrators_perfect(governor) or \
            _other_time_in_sentence(d, day, published) or _narration_moved(d, lead, day, published, False):
        return None
    return day
