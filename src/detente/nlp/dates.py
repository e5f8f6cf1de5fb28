"""Date component: DATE entities (joined across "or"/"to") resolved against the publication date;
expressions that count from the day just narrated ("Hours later", "the next day") resolved against
that day; a month named without a year takes the year the narration gives it (month_years.py)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span

from detente.events.anchored_dates import (
    anchored_offset, anchored_phrases, next_period, open_after, same_calendar_period, shift_day,
)
from detente.events.dates import MONTHS, WEEKDAYS, names_fixed_day, resolve_date
from detente.nlp.date_heads import date_head
from detente.nlp.doc_cache import doc_text, sentence_index, sentences
from detente.nlp.extensions import flagged
from detente.nlp.month_years import place_month_year
from detente.nlp.purpose_infinitives import purpose_of_past
from detente.records import DateValue

JOINERS = {"or", "to", "and", "-", "through", "until", "into"}  # "overnight from Tuesday into Wednesday": both days


FUTURE_LEMMAS = {"schedule", "expect", "plan", "due", "prepare", "intend", "aim", "hope", "will"}


def _set_for_later(verb) -> bool:
    """"The talks are set for Monday" looks ahead; "the navies set up a hotline on Monday" is past."""
    return verb.lemma_ == "set" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


PAST_PREPS = {"since"}  # "the first visit since March": the day named lies behind
REPORTING_LEMMAS = {"say", "tell", "report", "note", "add", "claim", "insist", "argue", "write", "warn"}


def scheduled_present(verb) -> bool:
    """"Leaders gather on Tuesday", "the forum is meeting on Monday": in news prose the present
    tense of an event verb with a date names a scheduled event, not a past one."""
    if verb.lemma_.lower() in REPORTING_LEMMAS:
        return False
    if verb.tag_ in {"VBP", "VBZ"}:
        return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in {"VBP", "VBZ"} for c in verb.children)


NAMING_DEPS = {"nummod", "compound", "amod", "nmod"}


def year_before_noun(span: Span) -> bool:
    """"a 1986 treaty", "the 1975 Helsinki Final Act": a bare year set before a noun names that thing (when it
    was made), not a time of the story."""
    root = span.root
    noun = root.head
    return len(span) == 1 and root.like_num and root.dep_ in NAMING_DEPS and noun.pos_ in {"NOUN", "PROPN"} \
        and root.i < noun.i


# nouns of a part of a period: "the middle of 2024", "the summer of 1990" name a time, not a thing
PERIOD_NOUNS = {"middle", "spring", "summer", "autumn", "fall", "winter", "half", "quarter", "part", "end", "start",
                "beginning", "close"}


def year_of_noun(span: Span, times=frozenset()) -> bool:
    """"the war of 1971", "the accord of 1974": a bare year told with "of" after a noun (not a part of a period, nor
    one of `times`) names when that thing was, not a time of the story."""
    root, prep = span.root, span.root.head
    return len(span) == 1 and root.like_num and root.dep_ == "pobj" and prep.lower_ == "of" \
        and prep.head.pos_ in {"NOUN", "PROPN"} and prep.head.lemma_.lower() not in PERIOD_NOUNS | set(times)


def reporting_verb_before(span: Span):
    """"said on Wednesday it would send ...": a date right after a reporting verb dates the saying,
    whatever clause the parser hung it on."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ in {"on", "in", "at", "late", "early"} \
        else span.start
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "VERB" and before.lemma_.lower() in REPORTING_LEMMAS:
        return before
    return None


def _tense(span: Span) -> str | None:
    """Past or future from the verbs governing a date expression, to break ties between years or weeks."""
    verb, hops = span.root.head, 0
    if verb.lower_ in PAST_PREPS:
        return "past"
    said = reporting_verb_before(span)
    if said is not None:
        return "past" if said.tag_ in {"VBD", "VBN"} else None
    while hops < 4:
        if verb.pos_ in {"VERB", "AUX"}:
            if scheduled_present(verb):
                return "future"
            if any(c.lower_ in {"will", "shall", "'ll"} for c in verb.children) or verb.lemma_ in FUTURE_LEMMAS \
                    or _set_for_later(verb):
                return "future"
            if verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
                # infinitives name what is still to come ("an invitation to visit in April"), but not one of
                # purpose under a past verb ("used his stay to sit down on Thursday": nlp/purpose_infinitives.py)
                return "past" if purpose_of_past(verb) else "future"
            if verb.dep_ == "ccomp" and any(c.lower_ == "would" for c in verb.children):
                return "future"  # future in reported speech: "said he would visit China in April"
            if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ not in {"xcomp", "acl"}):
                return "past"
        if verb.head.i == verb.i:
            break
        verb, hops = verb.head, hops + 1
    return None


OUTSIDE_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass"}


def _own_words(ent: Span) -> Span | None:
    """"wrote on X early on Tuesday": the tagger may run a date back over a noun that another word governs
    (the object of "on"); that noun is no part of the date, which starts after it."""
    start = ent.start
    while start < ent.end - 1 and _governed_apart(ent, ent.doc[start]):
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label="DATE") if start < ent.end else None


def _governed_apart(ent: Span, token) -> bool:
    """A word of the entity governed from outside it with none of the entity's other words under it."""
    if token.dep_ not in OUTSIDE_DEPS or token.like_num or ent.start <= token.head.i < ent.end \
            or token.lower_.rstrip(".") in MONTHS or token.lower_.rstrip(".") in WEEKDAYS:
        return False  # ("May last year": a month the parser set apart is still the date's)
    return not any(t.i != token.i and token in t.ancestors for t in ent)


def _joined(doc: Doc) -> list[Span]:
    """DATE entities, with "later this year or early 2026" kept as one expression."""
    ents = [e for e in (_own_words(e) for e in doc.ents if e.label_ == "DATE") if e is not None]
    joined: list[Span] = []
    for ent in ents:
        prev = joined[-1] if joined else None
        gap = doc[prev.end:ent.start] if prev is not None else None
        if gap is not None and len(gap) == 1 and gap[0].lower_ in JOINERS:
            joined[-1] = Span(doc, prev.start, ent.end, label="DATE")
        else:
            joined.append(ent)
    return joined


ANCHOR_REACH = 2  # sentences back an anchored expression ("Hours later") may find its day


# "at this weekend's summit": the tagger misses a period named by a possessive in front of a noun
PERIOD_RE = re.compile(r"\b(?:this|next|last|the\s+coming|the\s+past)\s+(?:weekend|week|month|year)(?=['\u2019]s\b)",
                       re.IGNORECASE)
# "had earlier in the week called ...": the tagger takes no date (or only "the week"), yet the phrase names the
# part of the current week before publication, as "earlier this week" does
IN_THE_PERIOD_RE = re.compile(r"\b(?:earlier|later)\s+in\s+the\s+(?:week|month|year)\b", re.IGNORECASE)
# "Over the weekend X warned ...": the tagger may miss "the weekend" opening a sentence, yet it names the
# weekend told of (the one just gone, in the past tense) as "at the weekend" does
WEEKEND_RE = re.compile(r"\b(?:over|at|during)\s+(?P<period>the\s+weekend)\b(?!['\u2019]s)", re.IGNORECASE)


# "will meet soon" (or "at an early date"): a vague time ahead of publication; not "as soon as", "too soon",
# "soon after the talks"
# (which counts from another moment)
SOON_RE = re.compile(r"(?<!\bas )(?<!\btoo )(?<!\bhow )\bsoon\b"
                     r"(?!\s+(?:after|before|as|afterwards?|thereafter|enough)\b)|\bat\s+an\s+early\s+date\b",
                     re.IGNORECASE)


def _found(doc: Doc, pattern_spans, label: str, taken: set[int]) -> list[Span]:
    """Spans of the text found by a pattern rather than by the tagger, where no date was tagged."""
    out = []
    for start, end in pattern_spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and not any(t.i in taken for t in span):
            out.append(span)
    return out


YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def _years_before_nouns(doc: Doc) -> list[Span]:
    """"after a 2022 visit", "its 2019 strikes": the tagger reads a year set between an article and a
    singular noun as a count, but a count of one thing takes no article: it is the year."""
    return [Span(doc, e.start, e.end, label="DATE") for e in doc.ents if e.label_ == "CARDINAL" and len(e) == 1
            and YEAR_RE.match(e.text) and e.root.head.tag_ in {"NN", "NNP"} and e.root.head.i > e.start
            and e.start > 0 and doc[e.start - 1].dep_ in {"det", "poss"}]


DAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
DAY_PARTS = {"morning", "afternoon", "evening", "night"}


def _named_day_times(doc: Doc) -> list[Span]:
    """"took effect on Sunday morning", "on Saturday night, hours after": the tagger may read a weekday with a
    part of the day as a time of day only, yet it names that day (the weekday and its part are kept)."""
    out = []
    for e in (e for e in doc.ents if e.label_ == "TIME"):
        day = next((t for t in e if t.lower_ in DAY_NAMES), None)
        if day is not None:
            end = day.i + 2 if day.i + 1 < e.end and doc[day.i + 1].lower_ in DAY_PARTS else day.i + 1
            out.append(Span(doc, day.i, end, label="DATE"))
    return out


def _fixed_day_events(doc: Doc) -> list[Span]:
    """"on New Year's Eve 2020": the tagger may read a day known by name as an EVENT, yet it names a day."""
    return [Span(doc, e.start, e.end, label="DATE") for e in doc.ents
            if e.label_ == "EVENT" and names_fixed_day(e.text)]


def _possessive_period(span: Span) -> bool:
    """"arrived for this week's meeting": a period told as a possessive names the thing's time, not the verb's, so
    the verb's tense does not cut it at publication."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in {"'s", "\u2019s"} and PERIOD_RE.search(
        doc_text(doc)[span.start_char:doc[span.end].idx + 2]) is not None


def _candidates(doc: Doc) -> list[Span]:
    """Date expressions in text order: the joined DATE entities, untagged possessive periods ("this
    week's talks", "earlier in the week") and "soon", then anchored phrases ("Hours later", "the next day") found in the text, which
    only count when an earlier day anchors them."""
    text = doc_text(doc)
    periods = _found(doc, [m.span() for r in (PERIOD_RE, IN_THE_PERIOD_RE) for m in r.finditer(text)]
                     + [m.span("period") for m in WEEKEND_RE.finditer(text)], "DATE", set())
    # a period wider than what the tagger took ("month" of "this month's") replaces it
    dates = [s for s in _joined(doc) + _years_before_nouns(doc) + _named_day_times(doc) + _fixed_day_events(doc)
             if not any(p.start <= s.start and s.end <= p.end for p in periods)]
    taken = {t.i for s in dates for t in s}
    dates += [p for p in periods if not any(t.i in taken for t in p)]
    taken = {t.i for s in dates for t in s}
    dates += _found(doc, (m.span() for m in SOON_RE.finditer(doc_text(doc))), "DATE", taken)
    # an anchored phrase wider than what the tagger took ("The day" of "The day before") replaces it
    anchored = _found(doc, anchored_phrases(doc_text(doc)), "TIME", set())
    dates = [s for s in dates if not any(a.start <= s.start and s.end <= a.end for a in anchored)]
    taken = {t.i for s in dates for t in s}
    anchored = [a for a in anchored if not any(t.i in taken for t in a)]
    return sorted(dates + anchored, key=lambda s: s.start)


def _anchored(span: Span, resolved: list[Span]):
    """"Hours later", "the next day": the day of the latest resolved day-precise expression at most
    ANCHOR_REACH sentences back, moved by the expression's offset; "some time after that": the stretch
    after the latest resolved expression (None when there is none)."""
    offset = anchored_offset(span.text)
    sents = sentence_index(span.doc)
    here = sents[span.sent.start]
    past = _tense(span) == "past"
    for prev in reversed(resolved):
        if here - sents[prev.sent.start] > ANCHOR_REACH and not _paragraph_before(span, prev):
            break
        if past and _tense(prev) == "future" and not same_calendar_period(span.text):
            continue  # "spoke by phone that evening" counts from a day told as past, not one still planned then
            # ("that month" after "scheduled for late April" is still April: a calendar period, not a day's news)
        # "some time after that" counts from any dated moment (a month too), a shift only from a day
        value = shift_day(prev._.date, offset, span.text) if offset is not None else \
            next_period(prev._.date, span.text) or _told_after(span, prev._.date)
        if value is not None:
            return value
    return _latest_day(span, resolved) if offset == timedelta(0) else _from_lead_day(span, resolved, offset)


def _latest_day(span: Span, resolved: list[Span]) -> DateValue | None:
    """"The same day", "that evening" told past the reach of any day: the last day the text told before it
    (what the phrase points back to), not the news day; a day still planned is no day the act shared."""
    past = _tense(span) == "past"
    for prev in reversed(resolved):
        if prev._.date.precision == "day" and not (past and _tense(prev) == "future"):
            return prev._.date
    return None


def _paragraph_before(span: Span, prev: Span) -> bool:
    """`prev` is told in `span`'s paragraph or the one just before: "Police entered late on Friday. (...) || X
    announced that night ...": the narrated day carries over one paragraph break, however long the paragraphs."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char)
    before = text.rfind("\n", 0, max(start, 0))
    while before > 0 and not text[before + 1:start].strip():  # blank lines between paragraphs
        before = text.rfind("\n", 0, before)
    return start < 0 or prev.start_char > before


LEAD_SENTENCES = 2  # the lead: the first sentences after the headline and dateline


def _from_lead_day(span: Span, resolved: list[Span], offset) -> DateValue | None:
    """"The day before, X met Y" told far from any day: journalists count it from the news day, the day
    the lead names (the first day-precise date of the first sentences)."""
    if offset is None:
        return None
    lead = _lead_starts(span.doc)
    day = next((p._.date for p in resolved if p.sent.start in lead and p._.date.precision == "day"), None)
    return shift_day(day, offset, span.text) if day is not None and span.sent.start not in lead else None


def _lead_starts(doc: Doc) -> set[int]:
    """Sentence starts of the article's lead: the first sentences with a verb (a headline and a dateline
    are skipped)."""
    headlines, skip = doc._.headline_sents or set(), flagged(doc, "skip")
    body = [s for s in sentences(doc) if s.start not in headlines and s[0].idx not in skip
            and any(t.pos_ in {"VERB", "AUX"} for t in s)]
    return {s.start for s in body[:LEAD_SENTENCES]}


def _told_after(span: Span, anchor: DateValue) -> DateValue | None:
    """"some time after that": the open stretch after `anchor`, ending at publication when told in the past."""
    value = open_after(anchor, span.text)
    pub = span.doc._.published
    if value is None or pub is None or _tense(span) != "past" or value.latest <= pub.isoformat():
        return value
    return DateValue(earliest=value.earliest, latest=max(pub.isoformat(), value.earliest), precision="range",
                     text=value.text)


DEADLINE_WORDS = {"by", "before"}
END_RE = re.compile(r"^(?:by\s+|before\s+)?(?:the\s+)?(?:end|close)\s+of\b", re.IGNORECASE)


def _deadline(span: Span, value: DateValue, published) -> DateValue:
    """"would set up a group before the end of the year", "by March": a time still ahead that the act is
    to come before is a deadline, so the act falls from publication to it, not within the named period."""
    doc = span.doc
    word = span[0].lower_ if span[0].lower_ in DEADLINE_WORDS else \
        doc[span.start - 1].lower_ if span.start > 0 and doc[span.start - 1].lower_ in DEADLINE_WORDS else None
    pub = published.isoformat() if published is not None else None
    if word is None or pub is None or not value.first or value.first <= pub:
        return value
    last = value.last if word == "by" or END_RE.match(span.text) else \
        (date.fromisoformat(value.first) - timedelta(days=1)).isoformat()  # "before March": until February
    return DateValue(earliest=pub, latest=last, precision="range", text=value.text)


# "Karelina, 33, a Los Angeles resident": the tagger may take an age (or any bare count) for a date, yet a
# number of one or two digits on its own names no day, month or year
BARE_NUMBER_RE = re.compile(r"^(?:in\s+|the\s+)?\d{1,2}(?:st|nd|rd|th)?$", re.IGNORECASE)


@Language.component("detente_dates")
def dates_component(doc: Doc) -> Doc:
    """Resolve every date expression; unresolvable ones ("decades") are left out."""
    published = doc._.published
    spans: list[Span] = []
    skip = flagged(doc, "skip")
    for span in _candidates(doc):
        if any(t.idx in skip for t in span) or BARE_NUMBER_RE.match(span.text):
            continue
        tense = None if _possessive_period(span) else _tense(span)
        value = resolve_date(span.text, published, tense=tense) if span.label_ == "DATE" else None
        head = date_head(span, spans, published, _tense(span)) if value is None and span.label_ == "DATE" else None
        span, value = head if head is not None else (span, value)  # "on Sunday, three months after ...": Sunday
        value = value or _anchored(span, spans)
        if value is not None:
            value = _deadline(span, value, published)
            value = place_month_year(span, value, spans, published)
            span._.date = value
            spans.append(span)
    doc.spans["dates"] = spans
    doc._.date_at = {t.i: s for s in spans for t in s}
    return doc
