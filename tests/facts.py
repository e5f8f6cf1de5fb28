"""Check a Readout against an analyst's expected facts (the seed's expected.json format).

Used by the seed test and the bundled-examples test; returns readable failures, never raises.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"

STOP = {"of", "the", "and", "for", "to", ","}


# letters with no decomposition into base + accent: "Løkke" is written "Lokke" as well
UNDECOMPOSED = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i"})


def _fold(text: str) -> str:
    """A name written with or without its accents is the same name ("Vučić" / "Vucic")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _norm(name: str | None) -> str:
    name = _fold((name or "").lower()).replace("\u2019", "'")
    return re.sub(r"^(u\.s\.|us|the)\s+", "", name).strip()


# British and American spellings of one office ("Defence Minister" / "Defense Minister")
SPELLINGS = {"defence": "defense", "programme": "program"}


def _words(text: str) -> set[str]:
    """An office's words, brackets dropped and spellings folded."""
    words = re.split(r"[\s,;\-()]+", (text or "").lower())
    return {SPELLINGS.get(w, w) for w in words if w and w not in STOP}


def _within(part: str, whole: str) -> bool:
    """Whole words of `part` inside `whole`: "li" is not inside "liu jinsong"."""
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None


def names_match(expected: str, actual: str) -> bool:
    e, a = _norm(expected), _norm(actual)
    if bool(e) and bool(a) and (e == a or _within(e, a) or _within(a, e)):
        return True
    if not (e and a and " " in e):
        return False
    return _same_actor(expected, actual) or _same_owned_body(expected, actual)


def _owner_and_rest(name: str) -> tuple[str, str] | None:
    """("SOM", "cabinet") for "Somalia's cabinet" and for "Somali cabinet": a body named by its state's name,
    possessive or demonym, then its own words."""
    from detente.kb import load_default
    words = re.sub(r"^the\s+", "", name.strip(), flags=re.I).split()
    for k in (3, 2, 1):
        if len(words) <= k:
            continue
        code = load_default().country_code(re.sub(r"['\u2019]s$", "", " ".join(words[:k])))
        if code:
            return code, _norm(" ".join(words[k:]))
    return None


def _same_owned_body(a: str, b: str) -> bool:
    """One state's body written two ways ("Poland's foreign ministry" / "Polish foreign ministry"): records
    keep the text's form (convention 9), the engine may give the demonym form."""
    owned_a, owned_b = _owner_and_rest(a), _owner_and_rest(b)
    return owned_a is not None and owned_a == owned_b


def _find_actor(readout, name):
    """The actor the expected name means: its own name first, then the closest of the partial matches
    ("Armed Forces of the Philippines" is not the state "Philippines" when that body is listed too)."""
    found = [a for a in readout.actors if names_match(name, a.name) or any(names_match(name, m) for m in a.mentions)]
    if not found:
        return None
    want = _norm(name)
    return max(found, key=lambda a: (_norm(a.name) == want, -abs(len(_norm(a.name)) - len(want))))


def _cited_outlet(readout, exp) -> bool:
    """A media outlet the article cites: the readout lists it among cited sources, not actors (the contract)."""
    return exp.get("sector") == "JRN" and \
        any(names_match(exp["name"], c) or names_match(c, exp["name"]) for c in readout.article.cited_sources)


def check_actor(readout, exp) -> list[str]:
    actor = _find_actor(readout, exp["name"])
    if actor is None:
        return [] if _cited_outlet(readout, exp) else [f"actor {exp['name']!r} missing"]
    errors = []
    for key in ("country", "sector"):
        if exp.get(key) and getattr(actor, key) != exp[key]:
            errors.append(f"actor {exp['name']!r}: {key} {getattr(actor, key)!r} != {exp[key]!r}")
    if exp.get("role") and not role_matches(exp["role"], actor.role):
        errors.append(f"actor {exp['name']!r}: role {actor.role!r} != {exp['role']!r}")
    return errors


# words that change which office is meant: "President" is not "former President" or "Vice President"
OFFICE_QUALIFIERS = {"former", "ex", "deputy", "vice", "acting", "assistant", "under", "junior", "shadow",
                     "designate", "elect", "co"}


def role_matches(expected: str, actual: str | None) -> bool:
    """The office the record names, or a less specific wording of it: records add descriptions in
    brackets or after a comma ("Ambassador to Argentina (withdrawn)"), join two offices with "and",
    and "King" is "King of Spain"."""
    got = _words(actual or "")
    offices = [expected, re.split(r"[(,]", expected)[0], *re.split(r"[(,]|\band\b", expected)]
    for want in map(_words, offices):
        if want and len(want & got) >= 0.6 * len(want):
            return True
        if got and got <= want and not (want - got) & OFFICE_QUALIFIERS:
            return True
    return False


def _date_ok(date, when) -> bool:
    if not when:
        return True
    if date is None:
        return False
    if "date" in when:
        return date.value == when["date"] or (date.earliest == date.latest == when["date"])
    return (date.value or date.earliest) == when["earliest"] and (date.value or date.latest) == when["latest"]


def _codes(value) -> set[str]:
    return set(value) if isinstance(value, list) else {value} if value else set()


def _side_problems(ev, exp) -> list[str]:
    """Expected source/target countries must be on their side (either side when reciprocal)."""
    src, tgt = {a.country for a in ev.source} - {None}, {a.country for a in ev.target} - {None}
    want_src, want_tgt = _codes(exp.get("source")), _codes(exp.get("target"))
    if exp.get("reciprocal"):
        ok = (want_src | want_tgt) <= (src | tgt)
        return [] if ok else [f"sides {sorted(src)}->{sorted(tgt)}"]
    p = [f"source {sorted(src)}"] if not want_src <= src else []
    return p + ([f"target {sorted(tgt)}"] if not want_tgt <= tgt else [])


def _cites(ev, wording: str) -> bool:
    """Whether the event cites a sentence holding the wording: its evidence, or another sentence the readout
    gives as telling the same act (`mentions`, where one act told twice became one event)."""
    return any(wording in e.sentence for e in [ev.evidence, *ev.mentions])


def event_problems(ev, exp) -> list[str]:
    """Why an event does not match an expected one (empty list: it matches)."""
    p = []
    if ev.type != exp["type"]:
        p.append(f"type {ev.type}")
    if exp.get("mode") and ev.mode != exp["mode"]:
        p.append(f"mode {ev.mode}")
    if ev.status != exp["status"]:
        p.append(f"status {ev.status}")
    p += _side_problems(ev, exp)
    names = [a.name for a in ev.source + ev.target]
    p += [f"who {w!r} not in {names}" for w in exp.get("who", []) if not any(names_match(w, n) for n in names)]
    if not _date_ok(ev.date, exp.get("when")):
        p.append(f"date {ev.date.as_dict() if ev.date else None}")
    if exp.get("where") and (ev.location is None or ev.location.country != exp["where"]):
        p.append(f"where {ev.location}")
    if exp.get("response"):
        r = ev.response
        if r is None or r.by != exp["response"].get("by") or r.status != exp["response"]["status"]:
            p.append(f"response {r.as_dict() if r else None}")
    if exp.get("evidence_contains") and not _cites(ev, exp["evidence_contains"]):
        p.append("evidence")
    return p


def match_events(readout, expected_events) -> tuple[dict[str, Any], list[str]]:
    """Expected event id -> matching event, and the failures (with the closest candidate's problems)."""
    matched, errors = {}, []
    for i, exp in enumerate(expected_events):
        key = exp.get("id", str(i))
        scored = sorted(((event_problems(ev, exp), ev) for ev in readout.events), key=lambda x: len(x[0]))
        if scored and not scored[0][0]:
            matched[key] = scored[0][1]
        else:
            closest = scored[0][0] if scored else ["no events at all"]
            errors.append(f"event {key!r} ({exp['type']}/{exp['status']}) not found; closest: {closest}")
    for exp in expected_events:
        if exp.get("prepared_by") and exp.get("id") in matched and exp["prepared_by"] in matched:
            links = {(l.relation, l.event) for l in matched[exp["id"]].links}
            if ("prepared_by", matched[exp["prepared_by"]].id) not in links:
                errors.append(f"event {exp['id']!r}: no prepared_by link to {exp['prepared_by']!r}")
    return matched, errors


def _quote_matches(st, wanted: str) -> bool:
    """The expected words are in the quote, or overlap it within the same sentence (cue words included)."""
    if wanted in st.quote:
        return True
    sent = st.evidence.sentence
    i, j = sent.find(wanted), sent.find(st.quote)
    return i >= 0 and j >= 0 and i < j + len(st.quote) and j < i + len(wanted)


def _statement_when(when) -> dict:
    """A statement's `when` is a date string, or `{date}` / `{earliest, latest}` as an event's is."""
    return when if isinstance(when, dict) else {"date": when}


def _venue_parts(venue: str) -> list[str]:
    """A venue's place and occasion parts: "G20 summit, Rio de Janeiro", "Kazan (BRICS summit)", "rally in Bihar"."""
    parts = re.split(r"[,()]|\s+(?:in|at)\s+", _fold(venue.lower()))
    return [p.strip() for p in parts if p.strip()]


def venue_matches(expected: str, actual: str | None) -> bool:
    """The records write a venue as "occasion, City", "City (occasion)" or "Site, City": one part named suffices."""
    if not actual:
        return False
    got = _fold(actual.lower())
    want = _venue_parts(expected)
    return any(_within(p, got) for p in want) or any(p in want for p in _venue_parts(actual))


def check_statement(readout, exp) -> list[str]:
    for st in readout.statements:
        if not _quote_matches(st, exp["quote_contains"]):
            continue
        p = []
        if not st.speaker or not names_match(exp["speaker"], st.speaker.name):
            p.append(f"speaker {st.speaker}")
        if exp.get("stance") and st.stance != exp["stance"]:
            p.append(f"stance {st.stance}")
        if exp.get("emphasized_by") and st.emphasized_by != exp["emphasized_by"]:
            p.append(f"emphasized_by {st.emphasized_by}")
        if exp.get("when") and not _date_ok(st.date, _statement_when(exp["when"])):
            p.append(f"date {st.date}")
        if exp.get("venue") and not venue_matches(exp["venue"], st.venue):
            p.append(f"venue {st.venue}")
        return [f"statement {exp['quote_contains'][:30]!r}: {x}" for x in p]
    return [f"statement {exp['quote_contains'][:30]!r} missing"]


def _basis_kind(text: str) -> str | None:
    """Counterpart bases compared by kind: real authority or formal equivalence."""
    text = (text or "").lower()
    if re.search(r"authority|power|weight|command|decision", text):
        return "authority"
    if re.search(r"formal|equivalent|counterpart|regular|head of|protocol", text):
        return "formal"
    return None


def check_counterparts(readout, exp) -> list[str]:
    found = next((c for c in readout.counterparts if names_match(exp["for"], c.for_)), None)
    if found is None:
        return [f"counterparts for {exp['for']!r} missing"]
    errors = []
    for side in ("offered_by", "preferred_by"):
        want = exp.get(side)
        if not want:
            continue
        cand = next((c for c in found.candidates if names_match(want["actor"], c.actor)), None)
        if cand is None or cand.preferred_by != want["country"] or \
                _basis_kind(want["basis"]) not in {None, _basis_kind(cand.basis)}:
            errors.append(f"counterpart {side} {want}: got {cand.as_dict() if cand else None}")
    return errors


GENERIC_SOURCE_WORDS = re.compile(r"\b(readout|statement|briefing|news conference|interview|remarks|"
                                  r"report|officials?|post(?: on X)?)\b", re.I)


def _source_variants(expected: str) -> list[str]:
    """"Pentagon statement (Sean Parnell)" -> ["Pentagon", "Sean Parnell"]; "Carney's remarks to
    reporters" -> ["Carney to reporters"]."""
    main, _, inner = expected.partition("(")
    return [v for v in (_plain_source(x) for x in (main, inner)) if v]


def _plain_source(text: str) -> str:
    """A cited source without its generic words, possessive endings and brackets, spaces collapsed."""
    text = re.sub(r"['’]s\b", "", GENERIC_SOURCE_WORDS.sub("", text))
    return " ".join(text.replace("(", " ").replace(")", " ").split())


def _same_actor(a: str, b: str) -> bool:
    from detente.kb import load_default
    kb = load_default()
    ids_a = {c.actor.id for c in kb.candidates(a)[:1]}
    return bool(ids_a) and ids_a == {c.actor.id for c in kb.candidates(b)[:1]}


def check_metadata(readout, meta) -> list[str]:
    errors = []
    if "ai_assisted" in meta and readout.article.ai_assisted != meta["ai_assisted"]:
        errors.append(f"ai_assisted {readout.article.ai_assisted}")
    for src in meta.get("cited_sources", []):
        found = readout.article.cited_sources
        # both sides split into outlet and person: a person the KB knows may be spelled two ways
        if not any(names_match(v, c) or names_match(v, _plain_source(c)) or _same_actor(v, c)
                   or any(_same_actor(v, w) for w in _source_variants(c))
                   for v in _source_variants(src) for c in found):
            errors.append(f"cited source {src!r} missing from {found}")
    return errors


def check_no_boilerplate(readout, blocks) -> list[str]:
    """No event, statement or actor may come from a boilerplate block."""
    errors = []
    for ev in readout.events:
        if any(b.start <= ev.evidence.start < b.end for b in blocks):
            errors.append(f"event coded from boilerplate: {ev.evidence.sentence[:60]!r}")
        for side in ev.source + ev.target:
            # outlets report, they are no party; people who work there (a group, or one journalist, whom the
            # records code JRN) can be victims. Firms may be parties (records' `who` rule 6: a firm that signs,
            # builds or is sanctioned by name); a firm merely mentioned is left to `must_not_appear`.
            if side.sector == "JRN" and not (side.actor_id or "").startswith(("group:", "person:")):
                errors.append(f"non-political actor {side.name!r} in an event")
    return errors


def check_all(readout, expected, blocks) -> list[str]:
    errors = []
    for actor in expected.get("actors", []):
        errors += check_actor(readout, actor)
    errors += match_events(readout, expected.get("events", []))[1]
    for st in expected.get("statements", []):
        errors += check_statement(readout, st)
    cps = expected.get("counterparts")
    for cp in ([cps] if isinstance(cps, dict) else cps or []):
        errors += check_counterparts(readout, cp)
    errors += check_metadata(readout, expected.get("metadata", {}))
    errors += check_no_boilerplate(readout, blocks)
    return errors


CORE_FIELDS = {"id", "type", "status", "source", "target", "reciprocal"}  # who did what to whom, and whether


def score(readout, expected, blocks) -> dict[str, list[int]]:
    """Facts passed / total per category, for the examples' pinned floors."""
    counts = {k: [0, 0] for k in ("actors", "events", "events_core", "statements", "counterparts", "metadata",
                                  "boilerplate")}

    def tally(key, errors):
        counts[key][0] += not errors
        counts[key][1] += 1

    for actor in expected.get("actors", []):
        tally("actors", check_actor(readout, actor))
    for exp in expected.get("events", []):
        tally("events", match_events(readout, [exp])[1])
        core = {k: v for k, v in exp.items() if k in CORE_FIELDS}
        tally("events_core", match_events(readout, [core])[1])
    for st in expected.get("statements", []):
        tally("statements", check_statement(readout, st))
    cps = expected.get("counterparts")
    for cp in ([cps] if isinstance(cps, dict) else cps or []):
        tally("counterparts", check_counterparts(readout, cp))
    tally("metadata", check_metadata(readout, expected.get("metadata", {})))
    tally("boilerplate", check_no_boilerplate(readout, blocks))
    return counts
