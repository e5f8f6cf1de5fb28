"""The named site a meeting was held at ("in the Oval Office", "at Lancaster House", "on Cathedral Square"),
for the venue of words said at it: an analyst places them at the site the article gives, not only in the
city ("Oval Office, Washington"). The site is read where the meeting is told: its own sentence, the next
one, and the article's opening sentences, in a clause whose subject takes part in it, or as the site a party's
visit went to ("the prince's first trip to the White House") when none it was "at" is told."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.arguments import refs_for
from detente.nlp.doc_cache import sentences
from detente.nlp.meeting_parties import party_to
from detente.nlp.syntax import governing_verb

SITE_PREPS = {"at", "in", "on"}
# labels of a city, a region or a country: a place, but no site within one
AREA_LABELS = {"GPE", "LOC", "NORP"}
# common nouns a proper name before them makes a site: "the Dolmabahce presidential office"
SITE_HEADS = {"palace", "residence", "hall", "house", "building", "hotel", "memorial", "square", "office",
              "base", "embassy", "headquarters", "compound", "castle", "villa", "garden", "centre", "center"}
# verbs of meeting: their subject is a party whatever it is called ("the two men met at ...")
MEETING_VERBS = {"meet", "hold", "host", "receive", "welcome", "sign", "greet", "talk"}
# nouns of a journey: "a visit to X" and "his trip to X" name the site the visitor came to
VISIT_NOUNS = {"visit", "trip", "journey"}
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


def _party_clause(prep: Token, event) -> bool:
    """The place's clause is done by a party of the meeting, or is a meeting ("the two men met at X"); a
    visit "to" it is one by a party ("the prince's first trip to X")."""
    verb = governing_verb(prep.head)
    if verb.lemma_.lower() in MEETING_VERBS:
        return True
    doers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if prep.head.lemma_.lower() in VISIT_NOUNS:
        doers = [c for c in prep.head.children if c.dep_ == "poss"] or doers
    return any(party_to(r, event, s.doc) for s in doers for r in refs_for(s.doc, s))


def _site_prep(prep: Token) -> bool:
    """A preposition that can place a meeting: "at/in/on X", or "to X" after a visit noun ("trip to X")."""
    if prep.dep_ != "prep":
        return False
    return prep.lower_ in SITE_PREPS or (prep.lower_ == "to" and prep.head.lemma_.lower() in VISIT_NOUNS)


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


def _sites_told(doc: Doc, event):
    """(preposition, site) for each named site a party of the meeting is placed at where it is told."""
    for sent in _sentences_telling(doc, event):
        for prep in (t for t in sent if _site_prep(t)):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            site = _site_words(obj) if obj is not None else None
            if prep.lower_ == "on" and (obj is None or obj.lemma_.lower() not in SITE_HEADS):
                continue  # "on Cathedral Square", not "posted on Truth Social"
            if site and _party_clause(prep, event):
                yield prep.lower_, site


def meeting_site(doc: Doc, event) -> str | None:
    """The named site where the article says a party of the meeting was on its day, if any: one it was in
    ("in the Oval Office"), then one it was at ("at the White House"), then one a visit went to ("his visit to X")."""
    found = list(_sites_told(doc, event))
    # (a room a party was "in" lies within a compound it was "at": "at the White House ... in the Oval Office")
    return next((site for prep, site in found if prep == "in"),
                next((site for prep, site in found if prep != "to"), found[0][1] if found else None))


def with_site(site: str | None, city: str | None) -> str | None:
    """"Oval Office, Washington"; the site alone when it names the city or stands for it."""
    if not site:
        return city
    if not city or city.lower() in site.lower() or site.lower() in city.lower():
        return site
    return f"{site}, {city}"
