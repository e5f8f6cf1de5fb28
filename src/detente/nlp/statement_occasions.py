"""When and where a statement was made: the date and venue of its cue's clause, of a speech by the same
speaker just before ("in a keynote at X, she said"), or of the gathering a speech was given at.
Split from statements.py, which asks these for every statement it reads."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from detente.nlp.arguments import refs_for
from detente.nlp.antecedents import mention_of
from detente.kb.places import gazetteer
from detente.nlp.broadcasts import broadcaster
from detente.nlp.context import current_kb
from detente.nlp.doc_cache import sentences
from detente.nlp.outlets import press_named
from detente.nlp.posted_pieces import posted_preps
from detente.nlp.speaker_adjuncts import (adverb_holders, matter_described, outlet_name, subject_holders, there_place,
                                          visited_site)

SPEECH_NOUNS = {"speech", "remarks", "address", "keynote", "interview", "conference", "statement",
                "briefing", "testimony", "op-ed", "letter", "post", "message", "communique", "broadcast", "rally",
                "article", "column", "essay", "editorial", "commentary"}
# pieces the press carries: said "in" one, the words are known by the outlet ("Politika article")
PRESS_PIECES = {"interview", "broadcast", "article", "op-ed", "column", "essay", "editorial", "commentary"}
VENUE_PREPS = {"in", "at", "during", "before", "aboard"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# social platforms that carry what leaders post (metadata cites them as outlets)
PLATFORMS = {"X", "Twitter", "Truth Social", "Telegram", "Facebook", "Instagram", "Weibo", "WeChat",
             "YouTube", "TikTok", "Bluesky", "LinkedIn"}
TIME_PREPS = {"after", "following", "ahead"}
SPEECH_VERBS = {"give", "deliver", "make", "hold", "address"}


def speech_frame(doc: Doc, quote: Span, speaker_id: str | None) -> tuple:
    """Date and venue from a speech by the same speaker in this or the two previous sentences."""
    sents = [s for s in sentences(doc) if s.start <= quote.start][-3:]
    for sent in reversed(sents):
        for tok in sent:
            if tok.lower_ not in SPEECH_NOUNS or tok.pos_ != "NOUN":
                continue
            holder = tok.head if tok.dep_ == "dobj" and tok.head.lemma_ in SPEECH_VERBS else None
            owner = next((c for c in tok.children if c.dep_ == "poss"), None) or _giver(tok)
            refs = refs_for(doc, owner, False)
            if speaker_id and refs and refs[0].actor_id != speaker_id:
                continue
            return _frame_date(doc, tok, holder), venue_of(doc, tok) or (venue_of(doc, holder) if holder else None)
    return None, None


def _giver(tok: Token) -> Token | None:
    """"X told a news briefing", "Y gave a speech": the subject of the verb the speech is the object of
    gave it (another speaker's briefing is not the occasion of these words)."""
    return next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "dobj" else None


def _frame_date(doc: Doc, tok: Token, holder: Token | None = None):
    """The date of the speech itself, written in its own clause: not one inside what was told at it ("told a
    briefing that the truce, which runs out on May 2, ...": the truce's date, not the briefing's)."""
    own = {t.i for t in tok.subtree}
    if holder is not None:
        own |= {t.i for c in holder.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree}
    clause = clause_of(tok)
    return next((s._.date for s in doc.spans.get("dates", []) if s.start in own and clause_of(s.root).i == clause.i),
                None)


def venue_of(doc: Doc, tok: Token) -> str | None:
    """"at Singapore's Shangri-La Dialogue" -> "Shangri-La Dialogue, Singapore"."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"at", "to", "before"}):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        place = next((c for c in obj.children if c.dep_ == "poss"), None)
        skip = {x.i for x in place.subtree} if place is not None else set()
        words = [t for t in obj.subtree if t.i not in skip and t.dep_ != "det" and t.tag_ != "POS"]
        name = doc[words[0].i:words[-1].i + 1].text if words else obj.text
        if prep.lower_ == "to" and obj.pos_ != "PROPN" and tok.lower_ in SPEECH_NOUNS:
            name = f"{tok.text} to {name}"  # those spoken to are no place: "speech to French ambassadors"
        return f"{name}, {place.text}" if place is not None else name
    return None


def saying_clause(cue: Token) -> list[Token]:
    """The verbs whose time and place are the cue's: the cue, a "speaking in X" clause on it, and the
    verbs it completes ("By Saturday he had shifted position, writing that ...")."""
    chain, verb = [cue], cue
    while verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head
        chain.append(verb)
    subjects = [c for v in chain for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
    speaking = [c for h in chain + subjects for c in h.children if c.dep_ in {"advcl", "acl"}
                and (c.tag_ == "VBG" or (c.tag_ == "VBN" and c.lemma_.lower() in PLACED_PARTICIPLES))]
    return chain + speaking  # "Speaking in X, she said", "She, speaking in X, said", "Asked at X, he said"


# participles that put the speaker somewhere as the words are said: "Asked at X", "Seated beside Y in X"
# (not "Born in X", "Elected in 2020": where or when the speaker was, another time)
PLACED_PARTICIPLES = {"ask", "seat", "flank", "surround", "accompany"}
BESIDE = {"beside", "with", "alongside", "by", "next"}


def clause_of(token: Token) -> Token:
    """The verb of the clause a word belongs to; a participle describing a noun ("a letter sent on
    Thursday") belongs to the noun's clause."""
    # (a past tense the parser hung on a name, "X announced on Monday that", is a clause of its own)
    while (token.pos_ not in {"VERB", "AUX"} or (token.dep_ == "acl" and token.tag_ != "VBD")) \
            and token.head.i != token.i:
        token = token.head
    return token


def when_said(doc: Doc, verb: Token, said: Span | None = None):
    """The date written in the cue's own clause: when the words were said; not one inside what was said
    (`said`, or what a cue of the clause reports): "rejected his claim to have won last July's election",
    "denied reports of last week's clash" were not said last July or last week."""
    from detente.nlp.speech import content_of, is_cue_verb  # (speech's import chain reaches this module)
    chain = saying_clause(verb)
    rank = {v.i: n for n, v in reversed(list(enumerate(chain)))}
    told = [said] + [content_of(v) for v in chain if is_cue_verb(v)]
    inside = {t.i for span in told if span is not None for t in span} | _matter_asked(chain) | \
        matter_described(chain, is_cue_verb)
    # the cue's own date before one of a clause it hangs from ("X crossed on Monday, and Y on Tuesday said")
    found = sorted((s for s in doc.spans.get("dates", []) if clause_of(s.root).i in rank and s.start not in inside),
                   key=lambda s: (rank[clause_of(s.root).i], s.start))
    return (found[0]._.date if found else None) or _when_clause_date(doc, verb)


def _matter_asked(chain: list[Token]) -> set[int]:
    """"Asked about the 2018 killing, X said", "asked whether ...": what a question was about is not when it
    was put (a day on the participle itself, "asked on Thursday", still dates it)."""
    asked = [v for v in chain[1:] if v.lemma_.lower() == "ask" and v.tag_ == "VBN" and v.dep_ in {"advcl", "acl"}]
    return {t.i for v in asked for c in v.children if c.dep_ in {"ccomp", "advcl"}
            or (c.dep_ == "prep" and c.lower_ in {"about", "over"}) for t in c.subtree}


def _when_clause_date(doc: Doc, verb: Token):
    """"on Nov. 7, when X told parliament ...": a "when" clause hanging from a date is said on that date."""
    relative = next((v for v in saying_clause(verb) if v.dep_ in {"relcl", "advcl"}
                     and any(c.lower_ == "when" and c.dep_ == "advmod" for c in v.children)), None)
    if relative is None:
        return None
    return next((s._.date for s in doc.spans.get("dates", []) if s.start <= relative.head.i < s.end), None)


# A national parliament by its own name, where it has one besides "parliament".
LEGISLATURES = {"JPN": "Diet", "USA": "Congress", "RUS": "State Duma", "CHN": "National People's Congress",
                "KOR": "National Assembly", "PRK": "Supreme People's Assembly", "UKR": "Verkhovna Rada",
                "DEU": "Bundestag", "FRA": "National Assembly", "ISR": "Knesset", "TWN": "Legislative Yuan",
                "PHL": "Congress", "IRN": "Majlis", "TUR": "Grand National Assembly", "POL": "Sejm",
                "PAK": "National Assembly", "ZAF": "National Assembly"}
LEGISLATURE_NOUNS = {"parliament", "lawmakers", "legislators", "legislature", "parliamentarians", "mps"}


def _legislature(doc: Doc, verb: Token) -> str | None:
    """"told parliament", "said in parliament", "told lawmakers": words said in the speaker's parliament,
    named as that country calls it ("Diet (parliament)")."""
    chain = saying_clause(verb)
    for v in chain:
        heard = [c for c in v.children if c.dep_ in {"dobj", "dative"}] + \
            [g for c in v.children if c.dep_ == "prep" and c.lower_ in {"in", "before", "to"}
             for g in c.children if g.dep_ == "pobj"]
        house = next((h for h in heard if h.lower_ in LEGISLATURE_NOUNS), None)
        if house is not None:
            owner = _house_owner(doc, house)
            if owner is not None:  # "told Morocco's parliament": a visitor addressing the host's house
                name = LEGISLATURES.get(owner)
                return f"{name} (parliament)" if name else f"{demonym(owner) or owner} parliament"
            subj = next((c for u in chain for c in u.children if c.dep_ == "nsubj"), None)
            refs = refs_for(doc, subj, False) if subj is not None else []
            name = LEGISLATURES.get(refs[0].country) if refs else None
            return f"{name} (parliament)" if name else "parliament"
    return None


def _house_owner(doc: Doc, house: Token) -> str | None:
    """The state a parliament is said to be of ("Morocco's parliament", "the Moroccan parliament")."""
    for c in house.children:
        if c.dep_ in {"poss", "amod", "compound"}:
            refs = refs_for(doc, c, False)
            if refs and refs[0].kind in {"state", "country"} and refs[0].country:
                return refs[0].country
    return None


def demonym(code: str) -> str | None:
    """A state's adjective as the knowledge base writes it ("MAR" -> "Moroccan")."""
    return _demonyms(current_kb()).get(code)


_DEMONYMS: dict[int, dict[str, str]] = {}


def _demonyms(kb) -> dict[str, str]:
    """Each state's first demonym among the knowledge base's surface forms, built once per knowledge base."""
    if id(kb) not in _DEMONYMS:
        found: dict[str, str] = {}
        for text, label in kb.surface_forms():
            code = kb.country_code(text) if label == "DEMONYM" else None
            if code is not None:
                found.setdefault(code, text)
        _DEMONYMS[id(kb)] = found
    return _DEMONYMS[id(kb)]


def where_said(doc: Doc, verb: Token) -> str | None:
    """Where the words were said: "told reporters in the Oval Office", "speaking in Ankara", "in a letter to
    X", "told parliament"."""
    dates = {t.i for s in doc.spans.get("dates", []) for t in s}
    house = _legislature(doc, verb)
    if house is not None:
        return house
    for v in saying_clause(verb):
        heard = _spoken_to(v)
        holders = [v] + _audience(v) + heard
        # (a thing proclaimed "on X" was posted there, whatever the object)
        platform = _platform_of(holders + [c for c in v.children if c.dep_ == "dobj"])
        if platform is not None:
            return platform
        gathering = _gathering_told(v) or _outlet_told(doc, holders[1:]) or _gathering_addressed(heard) or \
            _oration_to(doc, v, holders[1:])
        if gathering is not None:
            return gathering
        site = visited_site(v)
        if site is not None:
            return _placed(site) or _place_named(site) or _noun_phrase(site)
        there = there_place(v, _place_named)
        if there is not None:
            return there
        holders += adverb_holders(v) + subject_holders(v)
        preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS]
        for obj in (g for p in preps for g in p.children if g.dep_ == "pobj" and g.i not in dates):
            # a written text is placed by the outlet that carried it; its bare form ("statement") stands
            # while the statement is read, and written_only clears it at the end
            if obj.lemma_.lower() in DOCUMENT_KINDS:
                return _carrier(obj) or venue_of(doc, obj) or _placed(obj) or _noun_phrase(obj)
            if obj.lower_ in SPEECH_NOUNS or obj.lemma_.lower() in SPEECH_NOUNS:
                return venue_of(doc, obj) or _outlet_interview(doc, obj) or _placed(obj) or \
                    _at_gathering(doc, obj, _noun_phrase(obj))
            if obj.lemma_.lower() in HELD_GATHERINGS | MEETING_NOUNS:  # "at a public event in Oaxaca", "at an
                # investment forum", "at an emergency council meeting", "speaking at the session"
                return _placed(obj) or _noun_phrase(obj)
            place = _place_named(obj)
            if place is not None:
                held = next((h for h in holders[1:] if h.lemma_.lower() in SPEECH_NOUNS), None)
                return f"{place} ({_occasion_words(held, obj.head)})" if held is not None else place
    return None


# Written texts a body issues: "in a statement" names the form the words took, not a place or an occasion
# (the records give a statement's venue only as the outlet that carried it: "KCNA", "state television").
DOCUMENT_KINDS = {"statement", "communique", "communiqué"}
SPOKEN_FORMS = re.compile(r"\b(?:video|videotaped|televised|recorded|audio)\b", re.I)


def written_only(venue: str | None) -> bool:
    """A venue that names only a written text ("statement", "joint statement", "statement from X"): how the
    words came out, not where; it is kept while the statement is read so that no meeting's city is taken for
    it (a ministry's statement on the day its minister met someone was not issued at the meeting)."""
    if not venue or "," in venue or "(" in venue or SPOKEN_FORMS.search(venue):
        return False  # (a video statement was spoken: the records keep it)
    head = re.split(r"\s+(?:from|by|of|on|issued|released)\b", venue)[0].split()
    return bool(head) and head[-1].lower().rstrip("s") in {k.rstrip("s") for k in DOCUMENT_KINDS}


def told_in_writing(cue: Token | None) -> bool:
    """"In a statement issued by X, he said": words put out in a written text; its outlet is no place that the
    speaker's words told further on were said at too."""
    if cue is None or cue.pos_ != "VERB":
        return False
    for v in saying_clause(cue):
        holders = [v] + _audience(v) + _spoken_to(v)
        if any(g.lemma_.lower() in DOCUMENT_KINDS for h in holders for p in h.children
               if p.dep_ == "prep" and p.lower_ in VENUE_PREPS for g in p.children if g.dep_ == "pobj"):
            return True
    return False


def _carrier(document: Token) -> str | None:
    """The outlet that carried a statement: "a statement carried by state media KCNA" -> "state media KCNA",
    "a statement read on state television by a spokesman" -> "state television" (the reader is no outlet)."""
    dates = {t.i for s in document.doc.spans.get("dates", []) for t in s}
    # a participle that tells how the text went out ("carried", "read", "aired"), not the clause it said
    for verb in (c for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for prep in (c for c in verb.children if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "on"}):
            outlet = next((g for g in prep.children if g.dep_ == "pobj" and g.i not in dates and not _a_person(g)),
                          None)
            if outlet is not None:  # as written, without its article: "state media KCNA"
                words = [t for t in outlet.subtree if not (t.dep_ == "det" and t.head.i == outlet.i)]
                return outlet.doc[words[0].i:words[-1].i + 1].text
    return None


def _a_person(token: Token) -> bool:
    """A person's name or a person the article knows ("by Colonel X", "by a spokesman for the junta")."""
    mention = mention_of(token.doc, token)
    return token.ent_type_ == "PERSON" or (mention is not None and mention._.ref.kind == "person")


# press events a speaker holds and can "tell" ("told a news conference", "told his weekly briefing")
PRESS_EVENTS = {"conference", "briefing"}
# Gatherings and broadcasters that can be the ones told ("told a business forum", "told state television"):
# the words were said there.
AUDIENCE_GATHERINGS = {"forum", "seminar", "rally", "summit", "gathering", "symposium", "convention", "assembly",
                       "ceremony", "banquet", "dinner", "luncheon", "congress", "television", "radio"}


# gatherings words are said at, placed by the town they were held in: "at a public event in Oaxaca"
HELD_GATHERINGS = AUDIENCE_GATHERINGS - {"television", "radio"} | {"event", "festival"}


def _audience(verb: Token) -> list[Token]:
    """The cue's object when it is the one spoken to ("told reporters in X", "gave a speech at Y"); the object of
    "called the trial before the court a sham" is what the words were about, and its places are not the venue."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if verb.lemma_.lower() in ADDRESS_CUES | {"brief", "address"} | SPEECH_VERBS:
        return objects
    # ("welcomed the decision in a televised address": the parser may hang the address on the object)
    return [o for o in objects if o.lemma_.lower() in SPEECH_NOUNS | AUDIENCE_GATHERINGS or any(
        g.lemma_.lower() in SPEECH_NOUNS for p in o.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]


def _oration_to(doc: Doc, verb: Token, held: list[Token]) -> str | None:
    """"used his address to the Ruritania Forum to warn ...": a speech the verb holds, given to a named
    gathering (the parser hangs the "to" on the speech or on the verb) -> "Ruritania Forum"."""
    if not any(h.lemma_.lower() in ORATIONS for h in held):
        return None
    for prep in (c for h in [*held, verb] for c in h.children if c.dep_ == "prep" and c.lower_ in {"to", "at"}):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ not in {"PERSON", "GPE"}:
            return _noun_phrase(obj)
    return None


def _gathering_addressed(heard: list[Token]) -> str | None:
    """"Speaking to a rally in the capital": a gathering spoken to is where the words were said."""
    crowd = next((h for h in heard if h.lemma_.lower() in HELD_GATHERINGS), None)
    return (_placed(crowd) or _noun_phrase(crowd)) if crowd is not None else None


def _gathering_told(verb: Token) -> str | None:
    """"told an Italian-Chinese business forum that ..." -> "Italian-Chinese business forum"; "told a news
    conference" -> "news conference" (placed_at_meeting adds the city of a meeting the speaker held that day)."""
    if verb.lemma_.lower() != "tell":
        return None
    told = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}
                 and c.lemma_.lower() in AUDIENCE_GATHERINGS | PRESS_EVENTS), None)
    if told is None:
        return None
    words = [t for t in told.subtree if t.i <= told.i and t.dep_ != "det" and t.tag_ != "PRP$"]
    phrase = told.doc[words[0].i:told.i + 1].text  # as written: "Italian-Chinese business forum"
    # "told a business seminar in Beijing": the parser hangs the place on the noun or on the verb
    places = [_place_named(g) for h in (told, verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
              for g in p.children if g.dep_ == "pobj"]
    place = next((x for x in places if x), None)
    return f"{phrase} in {place}" if place else phrase


def _outlet_told(doc: Doc, told: list[Token]) -> str | None:
    """"told the Rossiya-1 channel", "speaking to CNN": words said to a news outlet are an interview it
    carried, known by the outlet ("Rossiya-1 channel interview")."""
    for tok in told:
        span = mention_of(doc, tok)
        if span is not None:  # a known actor is an outlet only by its sector ("told the atomic energy agency")
            if span._.ref.sector in MEDIA_SECTORS and span._.ref.kind == "organisation":
                return f"{span.text} interview"
        elif press_named(tok):
            return f"{_noun_phrase(tok)} interview"
    return None


def _spoken_to(verb: Token) -> list[Token]:
    """"speaking to students in Lyon", "asked about the tariffs at the White House": the parser hangs the
    place of a participle's saying on the one spoken to or the matter asked about; those hold its venue too."""
    if verb.tag_ not in {"VBG", "VBN"} or verb.dep_ not in {"advcl", "acl"}:
        return []
    told = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    if verb.lemma_.lower() in PLACED_PARTICIPLES - {"ask"}:  # "seated beside X in the Oval Office"
        return [g for p in verb.children if p.dep_ in {"prep", "agent"} and p.lower_ in BESIDE
                for g in p.children if g.dep_ == "pobj"]
    if verb.lemma_.lower() != "ask":
        return told
    # a matter asked about holds only a named building the question was put at, not where the matter was
    asked = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "about"
             for g in p.children if g.dep_ == "pobj"]
    return told + [a for a in asked
                   if any(_named_building(p) for p in a.children if p.dep_ == "prep" and p.lower_ == "at")]


def _named_building(prep: Token) -> bool:
    """"at the White House", "at the Kremlin": a proper name given with "the", not a city or a country."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ not in {"GPE", "LOC"} and \
        any(c.dep_ == "det" for c in obj.children)


def _platform_of(holders: list[Token]) -> str | None:
    """"wrote on X", "said in a post on Truth Social": words posted are said on the platform that carried them;
    "said on state television": words broadcast, on the broadcaster."""
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    pieces = [o for p in preps if p.lower_ in {"in", "with"} for o in p.children if o.dep_ == "pobj"]
    preps += [g for o in pieces for g in o.children if g.dep_ == "prep"] + posted_preps(pieces)  # "in a post on X"
    for obj in (o for p in preps if p.lower_ == "on" for o in p.children if o.dep_ == "pobj"):
        words = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i] + [obj]
        name = " ".join(t.text for t in words).rstrip(".")
        found = name if name in PLATFORMS else broadcaster(obj)
        if found:
            return found
    return None


# common nouns for buildings and sites a proper name before them makes a known place
SITE_NOUNS = {"palace", "residence", "hall", "house", "building", "hotel", "memorial", "square", "airport",
              "base", "embassy", "headquarters", "compound", "stadium", "cathedral", "mosque", "temple", "villa"}


def _place_named(obj: Token) -> str | None:
    """The place a venue's noun names: a place (one the gazetteer knows, whatever the tagger made of it) or a
    named building ("in the White House Rose Garden"), or the place a region is "of" ("in the eastern state of
    Bihar" -> "Bihar")."""
    if obj.ent_type_ in PLACE_LABELS or (obj.pos_ == "PROPN" and obj.ent_type_ in {"ORG", ""}):
        return _noun_phrase(obj)
    if obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON" and gazetteer().lookup(obj.text) is not None:
        return obj.text  # a town the tagger took for something else (a town name read as a date)
    if obj.lemma_.lower() in SITE_NOUNS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children):
        return _noun_phrase(obj)  # "at the Miraflores palace": a building known by its name
    inner = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"}]
    return _noun_phrase(inner[0]) if obj.pos_ == "NOUN" and inner else None


def _placed(obj: Token) -> str | None:
    """"at a news conference in Hanoi" -> "Hanoi (news conference)": the place first, as for a summit
    ("Addis Ababa (African Union summit)"), with what was held there."""
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    where = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    place = _place_named(where) if where is not None else None
    if place is None:
        return None
    return f"{place} ({_occasion_words(obj, prep)})"


def _occasion_words(noun: Token, prep: Token) -> str:
    """What was held at a place, without the place's own phrase, determiners or dates: "news conference"."""
    dates = {t.i for s in noun.doc.spans.get("dates", []) for t in s}
    dated = {t.head.i for t in noun.subtree if t.i in dates and t.head.dep_ == "prep"}  # "on" of "on Monday"
    skip = {t.i for t in prep.subtree} | dates | dated
    words = [t for t in noun.subtree if t.i not in skip and t.dep_ not in {"punct", "det"} and t.tag_ != "PRP$"]
    return " ".join(t.text for t in words) if words else noun.text


MEDIA_SECTORS = {"JRN", "MED"}


def _outlet_interview(doc: Doc, obj: Token) -> str | None:
    """"in an interview with Fox News host X", "in a CNN interview": an interview is known by the outlet
    that aired it -> "Fox News interview"."""
    if obj.lemma_.lower() not in PRESS_PIECES:
        return None
    for tok in obj.subtree:
        span = mention_of(doc, tok)
        if span is not None and span._.ref.sector in MEDIA_SECTORS and span._.ref.kind == "organisation":
            return f"{span.text} {obj.lower_}"
    name = outlet_name(obj)  # an outlet the article names by its press noun only
    return f"{name} {obj.lower_}" if name else None


GATHERING_HEADS = {"Dialogue", "Forum", "Summit", "Conference", "Assembly", "Symposium"}
ORATIONS = {"address", "keynote", "speech", "lecture"}


def _at_gathering(doc: Doc, obj: Token, phrase: str) -> str:
    """"In his keynote address, X argued ..." with no place given: a speech is given at a gathering, the
    latest one the article has named ("the Shangri-La Dialogue") -> "keynote address, Shangri-La Dialogue"."""
    if obj.lemma_.lower() not in ORATIONS:
        return phrase
    for tok in reversed(doc[:obj.i]):
        if tok.pos_ == "PROPN" and tok.text in GATHERING_HEADS:
            words = [t for t in tok.subtree if (t.i < tok.i and t.dep_ in {"compound", "amod"}) or t.i == tok.i]
            return f"{phrase}, {doc[words[0].i:tok.i + 1].text}"
    return phrase


def _noun_phrase(obj: Token) -> str:
    """A venue's words without determiner, possessive pronoun, dates or describing verbs:
    "his keynote address on Saturday" -> "keynote address", "a letter sent to X" -> "letter to X"."""
    # (a day set before the noun as its name stays: "a May Day rally", "his New Year's Eve address")
    dates = {t.i for s in obj.doc.spans.get("dates", []) if not _names_noun(s, obj) for t in s}
    dated_preps = {t.head.i for t in obj.subtree if t.i in dates and t.head.dep_ == "prep"}
    # "a news conference after the talks": when it was held, not what it was
    timed = {t.i for p in obj.children if p.dep_ == "prep" and p.lower_ in TIME_PREPS for t in p.subtree}
    timed |= {t.i for c in obj.children if _clause_said(c) for t in c.subtree}
    timed |= _carried_by(obj)
    words = [t for t in obj.subtree if t.dep_ not in {"punct", "acl"} and t.tag_ != "PRP$"
             and not (t.dep_ == "det" and t.head.i == obj.i) and t.i not in dates | dated_preps | timed | _titles(obj)]
    return _as_written(words) if words else obj.text


def _as_written(words: list[Token]) -> str:
    """Words joined as the text spaces them ("New Year's Eve address"), with a space where words between were
    left out ("Oval Office, where ..." -> "Oval Office where ...")."""
    out = [t.text + (t.whitespace_ if nxt is not None and nxt.i == t.i + 1 else " ")
           for t, nxt in zip(words, [*words[1:], None])]
    return "".join(out).strip()


def _names_noun(day: Span, noun: Token) -> bool:
    """A day set before the noun as part of its name ("May Day rally", "New Year's Eve address"): a compound,
    or a possessive the parser made the span's root, standing before the noun it modifies."""
    return day.root.dep_ == "compound" or (day.root.dep_ == "poss" and day.root.head.i == noun.i
                                           and day.end <= noun.i)


def _carried_by(obj: Token) -> set[int]:
    """"remarks broadcast by state television": the outlet that relayed words spoken in person is a source,
    not where they were said (a written statement "carried by KCNA" appeared there: that outlet stays)."""
    if obj.lower_ not in IN_PERSON:
        return set()
    return {t.i for c in obj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for t in a.subtree}


def _clause_said(child: Token) -> bool:
    """"in a statement that the talks would resume": a that-clause on the venue's noun is what was said."""
    return child.dep_ in {"acl", "ccomp", "relcl", "advcl"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in child.children)


def _titles(obj: Token) -> set[int]:
    """Title words before a named person in a venue: "letter to Secretary General Mark Rutte" names the
    addressee by name ("letter to Mark Rutte")."""
    at = obj.doc._.mention_at or {}
    people = [m for m in {id(m): m for m in at.values()}.values() if m._.ref.kind == "person"
              and obj.left_edge.i <= m.start and m.end <= obj.right_edge.i + 1]
    titles = [c for m in people for c in m.root.children if c.dep_ == "compound" and c.i < m.start]
    return {t.i for c in titles for t in c.subtree if t.i < c.head.i and (obj.doc._.mention_at or {}).get(t.i) is None}


# --- the engagement a statement was made at (used here and by statement_meetings) ---
# Nouns naming a meeting between sides, as an article calls it ("the talks", "the session").
MEETING_NOUNS = {"talks", "meeting", "meetings", "summit", "session", "negotiations", "dialogue"}
# Cues whose object is the one spoken to: "Wang told Sullivan that ...", "assured her counterpart".
ADDRESS_CUES = {"tell", "warn", "assure", "urge", "press", "remind", "inform", "reassure", "ask"}
ENGAGEMENTS = {"CONSULT", "AGREE"}
# occasions held in person, at a place: a news conference in the meeting's city, not an interview or a letter
IN_PERSON = {"conference", "briefing", "speech", "remarks", "address", "keynote", "rally", "toast"} | HELD_GATHERINGS \
    | MEETING_NOUNS
