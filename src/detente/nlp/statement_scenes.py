"""The scene a statement was made in: words with no place of their own, said by one who takes part in the
last scene the paragraph (or the article's lead) sets ("X hosted Y for lunch in the Cabinet Room on Monday.
X told reporters afterwards ..."), were said there. News tells the place once, with the occasion, and not
again for each remark made at it. Runs after the cue's own clause, the speech frames and the meetings have
placed what they place."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.kb.places import gazetteer
from detente.nlp.arguments import refs_for
from detente.nlp.context import current_kb
from detente.nlp.doc_cache import doc_text, sentences
from detente.nlp.meeting_cities import capital_of, too_broad
from detente.nlp.statement_occasions import HELD_GATHERINGS, MEETING_NOUNS, _place_named, clause_of, when_said

SCENE_PREPS = {"in", "at"}
# occasions a place can hang on besides a verb: "talks in Stockholm", "lunch in the Cabinet Room"
OCCASION_NOUNS = MEETING_NOUNS | HELD_GATHERINGS | {"lunch", "visit", "trip", "opening", "sidelines", "stay"}
# verbs whose object is the place gone to: "visited Haiti"
VISIT_VERBS = {"visit", "tour"}
# how a participant stands to the scene's verb
PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss"}
# verbs of meeting: a body that meets brings its members ("Meeting in X, the ministers ...")
MEETING_VERBS = {"meet", "hold", "host", "receive", "welcome", "sign", "greet", "talk", "gather", "convene"}
# cues of written words: a post or a letter is not said at the scene its writer was in
WRITTEN_CUES = {"write", "post", "tweet"}


def scene_venue(doc: Doc, statement, cue: Token | None) -> str | None:
    """The place of the last scene before the statement, in its paragraph or the lead, that its speaker
    took part in on the day it was said."""
    if statement.venue is not None or cue is None or statement.speaker is None or \
            cue.lemma_.lower() in WRITTEN_CUES:
        return None
    own_day = when_said(doc, cue) if cue.pos_ in {"VERB", "AUX"} else None
    for sent in _scene_sentences(doc, statement.evidence.start):
        for place, verb in reversed(list(_scenes(sent, cue))):
            if cue.i in {t.i for t in verb.subtree}:
                continue  # "destroyed a boat in X, killing people whom Y called ...": the act talked about
            if not _takes_part(doc, verb, place, statement.speaker):
                continue
            if own_day is not None and _other_day(doc, verb, own_day):
                continue
            return _scene_name(doc, place)
    return None


def _scene_sentences(doc: Doc, start_char: int) -> list[Span]:
    """The statement's sentence and those before it in its paragraph, nearest first; then the lead's."""
    from detente.nlp.news_day import lead_sentence  # (news_day's import chain reaches this module)
    text, sents = doc_text(doc), sentences(doc)
    own = [s for s in sents if s.start_char <= start_char and "\n" not in text[s.start_char:start_char]]
    lead = lead_sentence(doc)
    if lead is None:
        return own[::-1]
    lead_par = [s for s in sents if s.start_char >= lead.start_char and "\n" not in text[lead.start_char:s.start_char]]
    return own[::-1] + [s for s in lead_par if s.start_char < start_char and s not in own]


def _scenes(sent: Span, cue: Token):
    """(place, verb) for each place a clause of the sentence is done in or at, before the cue when the
    cue's own sentence sets it: "met X on the sidelines of the summit in Bangkok", "visited Haiti"."""
    for tok in sent:
        if cue.sent.start == sent.start and tok.i >= cue.i:
            break
        if tok._.in_quote:
            continue
        if tok.dep_ == "prep" and tok.lower_ in SCENE_PREPS and (
                tok.head.pos_ in {"VERB", "AUX"} or tok.head.lemma_.lower() in OCCASION_NOUNS):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in VISIT_VERBS:
            obj = tok
        else:
            continue
        if obj is not None and not _dated(obj) and _place_named(obj) is not None:
            verb = clause_of(tok.head)
            if not _unreal(verb):
                yield obj, verb


def _dated(tok: Token) -> bool:
    """A token inside a date span ("in December" is no place)."""
    return any(s.start <= tok.i < s.end for s in tok.doc.spans.get("dates", []))


def _unreal(verb: Token) -> bool:
    """A clause not done: negated, or still to come ("are due to meet in Cairo", "will travel")."""
    heads = [verb] + ([verb.head] if verb.dep_ in {"xcomp", "ccomp"} else [])
    return any(c.dep_ == "neg" or c.lower_ in {"will", "would", "to", "could", "may", "might"}
               for h in heads for c in h.children if c.dep_ in {"neg", "aux"}) or \
        (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"due", "plan", "expect", "hope", "want"})


def _participants(verb: Token, place: Token) -> list[Token]:
    """Who the scene's clause puts there: its subject and objects (and a participle's, "Meeting in X, the
    ministers ..."), those it was with, and those a "where" clause on the place puts in it."""
    clauses = [verb] + ([verb.head] if verb.dep_ in {"advcl", "relcl"} and verb.tag_ == "VBG" else [])
    found = [c for v in clauses for c in v.children if c.dep_ in PARTICIPANT_DEPS]
    found += [g for v in clauses for p in v.children if p.dep_ in {"prep", "agent"} and p.lower_ in {"with", "by"}
              for g in p.children if g.dep_ == "pobj"]
    found += [c for r in place.children if r.dep_ == "relcl" for c in r.children if c.dep_ in {"nsubj", "nsubjpass"}]
    found += [c for f in list(found) for c in f.children if c.dep_ == "poss"]
    return found


def _takes_part(doc: Doc, verb: Token, place: Token, speaker) -> bool:
    """The speaker is one the scene puts there, or of the state of a body it puts there (a minister of the
    delegation told as "the negotiators")."""
    refs = [r for t in _participants(verb, place) for r in refs_for(doc, t)]
    if any(r.actor_id and r.actor_id == speaker.actor_id for r in refs):
        return True
    person = (speaker.actor_id or "").startswith("person:")
    return person and speaker.country is not None and _meeting(verb, place) and any(
        r.kind != "person" and r.kind not in {"state", "country"} and r.country == speaker.country for r in refs)


def _meeting(verb: Token, place: Token) -> bool:
    """A scene that is a meeting ("met in X", "talks in X"): one a delegation's members all attend."""
    return verb.lemma_.lower() in MEETING_VERBS or place.head.head.lemma_.lower() in OCCASION_NOUNS


def _other_day(doc: Doc, verb: Token, day) -> bool:
    """The scene's clause is dated, and not on the day the statement's own clause gives."""
    told = [s._.date for s in doc.spans.get("dates", []) if clause_of(s.root).i == verb.i and s._.date is not None]
    if not told:
        return False
    said = day.value or day.earliest
    return not any((d.value or d.earliest or "") <= (said or "") <= (d.value or d.latest or "") for d in told)


def _scene_name(doc: Doc, place: Token) -> str | None:
    """The place as a venue is written: a town or a site; a country or "the capital" by the dateline's town
    in it, or by its capital."""
    name = _place_named(place)
    if name is None or not too_broad(name):
        return name
    kb = current_kb()
    found = gazetteer().lookup(name)
    country = kb.country_code(name) or (found.country if found is not None else None) or next(
        (kb.country_code(c.text) for c in place.children if c.dep_ in {"amod", "compound", "poss"}
         and kb.country_code(c.text)), None)
    dateline = doc._.dateline
    if dateline is not None and dateline.country == country and not too_broad(dateline.name):
        return dateline.name
    if place.lemma_.lower() == "capital":
        return capital_of(country) or name
    return None
