"""The named site a meeting was held at ("in the Oval Office", "at Lancaster House", "on Cathedral Square"),
for the venue of words said at it: an analyst places them at the site the article gives, not only in the
city ("Oval Office, Washington"). The site is read where the meeting is told: its own sentence, the next
one, and the article's opening sentences, in a clause whose subject takes part in it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.arguments import refs_for
from detente.nlp.doc_cache import sentences
from detente.nlp.syntax import governing_verb

SITE_PREPS = {"at", "in", "on"}
# labels of a city, a region or a country: a place, but no site within one
AREA_LABELS = {"GPE", "LOC", "NORP"}
# common nouns a proper name before them makes a site: "the Dolmabahce presidential office"
SITE_HEADS = {"palace", "residence", "hall", "house", "building", "hotel", "memorial", "square", "office",
              "base", "embassy", "headquarters", "compound", "castle", "villa", "garden", "centre", "center"}
# verbs of meeting: their subject is a party whatever it is called ("the two men met at ...")
MEETING_VERBS = {"meet", "hold", "host", "receive", "welcome", "sign", "greet", "talk"}
OPENING = 3  # the lead and the sentences right after it, where the day's meeting is told


def _site_words(obj: Token) -> str | None:
    """A named site as written, without its article or a place after it: "Oval Office", "Lancaster House",
    "Dolmabahce presidential office"; None for a city, a country or a common noun."""
    if obj.ent_type_ in AREA_LABELS or obj.ent_type_ in {"DATE", "TIME", "PERSON"}:
        return None
    named = [c for c in obj.children if c.dep_ in {"compound", "nmod", "amod"} and c.i < obj.i]
    if obj.pos_ != "PROPN" and not (obj.lemma_.lower() in SITE_HEADS and any(c.pos_ == "PROPN" for c in named)):
        return None
    if any(c.ent_type_ in AREA_LABELS for c in named):
        return None  # "the Kazan summit": an occasion named by its city
    return obj.doc[min([obj.i] + [c.left_edge.i for c in named]):obj.i + 1].text


def _party_clause(prep: Token, parties: set[str]) -> bool:
    """The place's clause is done by a party of the meeting, or is a meeting ("the two men met at X")."""
    verb = governing_verb(prep.head)
    if verb.lemma_.lower() in MEETING_VERBS:
        return True
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(r.actor_id in parties for s in subjects for r in refs_for(s.doc, s))


def _sentences_telling(doc: Doc, event) -> list[Span]:
    """The event's sentence, the one after it and the article's opening sentences."""
    from detente.nlp.news_day import lead_sentence  # (news_day's import chain reaches this module)
    sents = sentences(doc)
    own = next((i for i, s in enumerate(sents) if s.start_char <= event.evidence.start < s.end_char), None)
    lead = lead_sentence(doc)
    first = next((i for i, s in enumerate(sents) if lead is not None and s.start == lead.start), None)
    picked = ([own, own + 1] if own is not None else []) + \
        (list(range(first, first + OPENING)) if first is not None else [])
    return [sents[i] for i in dict.fromkeys(picked) if i < len(sents)]


def meeting_site(doc: Doc, event) -> str | None:
    """The named site where the article says a party of the meeting was on its day, if any."""
    parties = {a.actor_id for a in event.source + event.target if a.actor_id}
    for sent in _sentences_telling(doc, event):
        for prep in (t for t in sent if t.dep_ == "prep" and t.lower_ in SITE_PREPS):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            site = _site_words(obj) if obj is not None else None
            if prep.lower_ == "on" and (obj is None or obj.lemma_.lower() not in SITE_HEADS):
                continue  # "on Cathedral Square", not "posted on Truth Social"
            if site and _party_clause(prep, parties):
                return site
    return None


def with_site(site: str | None, city: str | None) -> str | None:
    """"Oval Office, Washington"; the site alone when it names the city or stands for it."""
    if not site:
        return city
    if not city or city.lower() in site.lower() or site.lower() in city.lower():
        return site
    return f"{site}, {city}"
