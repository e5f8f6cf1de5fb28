"""petrarch-gsr: PETRARCH-2 validation records with Phoenix (CAMEO) codings (PETR2_GSR_validation.xml).

The file is PETRARCH's own pseudo-XML (not well-formed: `<Sentence .../>` is closed again by
`</Sentence>`, and '#' comment banners sit outside the tags), so it is read tag by tag: each
`<Sentence id=...>` with its `<EventCoding eventcode= sourcecode= targetcode=>` lines (or
`noevents="True"`) and its `<Text>` (rebuilt from the CoNLL-U `<Parse>` where the text is empty,
as PETRARCH itself reads the parse). Sentences marked `evaluate="false"` are skipped.

- `root_accuracy`: the first two digits of the engine's main event's CAMEO code are the root of one of
  the sentence's gold codings (no event is right only for `noevents`).
- `plover_type_accuracy`: the same with both sides in PLOVER types (gold via the manual's table).
- `coded_precision`: of the sentences where the engine coded an event, the share whose root is right.
- `event_precision`: of ALL the events the engine codes in the sentences (not just the main one), the
  share matched one-to-one to a gold coding of the same root; the notes give the extra events (coded,
  unmatched) as a share of the gold codings, the measure behind UniversalPetrarch's "316% extra events".
- `source_country_f1` / `target_country_f1`: the countries of the gold codings (Phoenix codes start
  with the country: USAGOV -> USA; IGO... -> IGO; ---LEG names no country) against the main event's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from detente.eval import codes
from detente.eval.files import bad, line_of, read_text, require_file
from detente.eval.metrics import NONE, Counts, accuracy, confusion, per_class, set_counts
from detente.eval.predict import Engine
from detente.eval.result import TaskResult

NAME = "petrarch-gsr"
DEFAULT_PATH = "petrarch_validation/PETR2_GSR_validation.xml"
SUMMARY = "CAMEO root and source/target countries of each validation sentence's main event"
METRICS = ("root_accuracy", "plover_type_accuracy", "coded_precision", "event_precision", "source_country_f1",
           "target_country_f1")

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>")
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)


@dataclass
class Coding:
    event: str
    source: str | None
    target: str | None


@dataclass
class Record:
    id: str
    line: int
    text: str
    codings: list[Coding] = field(default_factory=list)  # empty: noevents

    @property
    def roots(self) -> set[str]:
        return {codes.cameo_root(c.event) for c in self.codings} or {NONE}

    @property
    def plover(self) -> set[str]:
        return {codes.cameo_to_plover(c.event) or NONE for c in self.codings} or {NONE}

    def countries(self, side: str) -> set[str]:
        return {c for coding in self.codings if (c := codes.country(getattr(coding, side)))}


def _blank_comments(text: str) -> str:
    """Comments replaced by their newlines only, so offsets keep their line numbers."""
    return _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def _from_parse(body: str) -> str:
    """The sentence rebuilt from a CoNLL-U <Parse> (word forms, SpaceAfter=No honoured); "" if none."""
    found = _PARSE.search(body)
    words = []
    for row in (found.group(1).splitlines() if found else []):
        cols = row.split("\t")
        if len(cols) >= 10 and cols[0].isdigit():
            words.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return "".join(words).strip()


def _record(path: Path, text: str, start: int, end: int, attrs: dict[str, str]) -> Record | None:
    line = line_of(text, start)
    if attrs.get("evaluate", "true").lower() == "false":
        return None
    body = text[start:end]
    found = _TEXT.search(body)
    sentence = " ".join(found.group(1).split()) if found else ""
    if not sentence:
        sentence = _from_parse(body)
    if not sentence:
        bad(path, line, f"Sentence {attrs.get('id', '?')} has no <Text>...</Text> (and no CoNLL-U <Parse> "
                        "to rebuild it from)")
    codings = []
    for m in _CODING.finditer(body):
        c = dict(_ATTR.findall(m.group(1)))
        if c.get("noevents", "").lower() == "true":
            continue
        if not codes.cameo_root(c.get("eventcode")):
            bad(path, line_of(text, start + m.start()),
                f"EventCoding in Sentence {attrs.get('id', '?')} has no numeric eventcode")
        codings.append(Coding(event=c["eventcode"], source=c.get("sourcecode"), target=c.get("targetcode")))
    return Record(id=attrs.get("id", f"line {line}"), line=line, text=sentence, codings=codings)


def load(path: Path) -> list[Record]:
    """The sentences of a PETRARCH validation file, in file order."""
    require_file(path, "a PETRARCH validation XML file with <Sentence> records")
    text = _blank_comments(read_text(path))
    heads = list(_SENTENCE.finditer(text))
    if not heads:
        bad(path, None, "no <Sentence ...> records")
    records = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        rec = _record(path, text, head.start(), end, dict(_ATTR.findall(head.group(1))))
        if rec is not None:
            records.append(rec)
    return records


def _matched_events(rec: Record, events: list[dict]) -> tuple[int, int]:
    """(matched, coded): the engine's events paired one-to-one with the gold codings by CAMEO root."""
    gold = Counter(codes.cameo_root(c.event) for c in rec.codings)
    coded = Counter(root for e in events if (root := codes.cameo_root(e.get("cameo"))))
    return sum((gold & coded).values()), sum(coded.values())


def score(records: list[Record], engine: Engine, path: str = "") -> TaskResult:
    result = TaskResult(task=NAME, path=path, n=len(records))
    roots, types = [], []
    src, tgt = Counts(), Counts()
    matched = coded_events = 0
    for rec in records:
        pred = engine.sentence(rec.text)
        hits, coded = _matched_events(rec, pred.events)
        matched, coded_events = matched + hits, coded_events + coded
        root = codes.cameo_root(pred.cameo) if pred.type else None
        root = root or NONE
        roots.append((root if root in rec.roots else sorted(rec.roots)[0], root))
        ptype = pred.type or NONE
        types.append((ptype if ptype in rec.plover else sorted(rec.plover)[0], ptype))
        src.add(set_counts(rec.countries("source"), pred.source_countries))
        tgt.add(set_counts(rec.countries("target"), pred.target_countries))
    result.metric("root_accuracy", accuracy(roots), len(roots))
    result.metric("plover_type_accuracy", accuracy(types), len(types))
    coded = [(g, p) for g, p in roots if p != NONE]
    result.metric("coded_precision", accuracy(coded), len(coded))
    result.metric("event_precision", matched / coded_events if coded_events else 0.0, coded_events)
    result.metric("source_country_f1", src.f1, src.support)
    result.metric("target_country_f1", tgt.f1, tgt.support)
    result.per_class = {"root": per_class(roots), "plover_type": per_class(types),
                        "source_country": {"all": src}, "target_country": {"all": tgt}}
    result.confusion = {"root": confusion(roots)}
    result.notes = ["a sentence with several gold codings is right when the prediction matches any; "
                    "the confusion table puts it in the matched row, else in its lowest gold root's row",
                    _extra_note(coded_events, matched, sum(len(r.codings) for r in records))]
    return result


def _extra_note(coded: int, matched: int, gold: int) -> str:
    """The extra events (coded, matching no gold coding) as a share of the gold codings."""
    share = f"{100 * (coded - matched) / gold:.0f}%" if gold else "n/a"
    return (f"all events: {coded} coded, {matched} match a gold coding by root, {coded - matched} extra "
            f"= {share} of the {gold} gold codings")
