"""polnear: PolNeAR attributions (brat standoff) against the engine's statements.

PATH is a compartment folder (e.g. data/dev) holding `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`.
Gold spans are the `Source`, `Cue` and `Content` text-bound annotations (`T1<TAB>Source 89 106<TAB>...`;
discontinuous spans `a b;c d` are taken as their hull). An article annotated by several annotators is
scored against the first annotation file in name order. Each article is read whole, with the
publication date its file name carries.

Predicted spans come from the readout's statements: the quote located in its evidence sentence
(content), the cue word nearest it (cue: in the evidence sentence when it occurs there, else searched up
to 200 characters around it for quotes that run over several sentences), and the speaker's name or a
mention of it nearest the cue (speaker); when a pronoun stands next to the cue and nearer than any name
-- personal ("he said"), relative ("officials who said") or "it" ("It says ...") -- the engine resolved
that pronoun, so its span is the speaker's, as the gold marks it. A pronoun after the cue counts only
when the clause ends with it ("..., said he."): in "Jane Doe, a farmer, said he had left" the "he" opens
what is said, and the speaker's span is the name. A span the engine reports but the text does not
show counts as a wrong prediction.
The cue and the speaker are looked for outside the content (a "said" or a pronoun inside it, as in
"Smith said he heard the senators say ...", belongs to what is said), unless only the content has them.
Each of `speaker_f1`, `content_f1`, `cue_f1` matches predicted to gold spans one-to-one by overlap;
like the gold, which annotates a source shared by several attributions once, the predictions are
taken as a set of distinct spans (two statements whose speaker is the same mention predict it once;
a wrongly placed span still counts as a false positive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from detente.eval.files import bad, read_text, require_dir
from detente.eval.metrics import Counts, match_spans
from detente.eval.predict import Engine
from detente.eval.result import TaskResult
from detente.eval.spans import Span, find_all, nearest, surface_forms

NAME = "polnear"
DEFAULT_PATH = "polnear/data/dev"
SUMMARY = "quote attribution: speaker, cue and content spans of the engine's statements"
METRICS = ("speaker_f1", "content_f1", "cue_f1")
LABELS = {"Source": "speaker", "Cue": "cue", "Content": "content"}
_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
WINDOW = 200          # characters around the evidence sentence searched for the cue and the speaker
PRONOUNS = ("he", "she", "they", "we", "i", "who", "which", "it")
PRONOUN_REACH = 12    # a pronoun this close to the cue ("he said", "said she") is the speaker's mention


@dataclass
class Record:
    name: str
    text: str
    published: str | None
    gold: dict[str, list[Span]] = field(default_factory=dict)  # speaker / cue / content -> spans


_ANNOTATION = re.compile(r"^(?:[TERAMN]\d+\t|#|\*\t)")


def _parse_ann(path: Path, text: str) -> dict[str, list[Span]]:
    gold: dict[str, list[Span]] = {kind: [] for kind in LABELS.values()}
    previous = ""
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not _ANNOTATION.match(line) and previous.startswith("T") and "\t" in previous:
            continue  # the covered text of the annotation above ran over a line break
        previous = line if line.strip() else previous
        if not line.strip() or line[0] in "#ERAMN*":
            continue  # relations, events, attributes, notes: not scored
        if line[0] != "T":
            bad(path, number, f"not a brat standoff line (expected T, E, R, A, M, N or #): {line[:40]!r}")
        parts = line.split("\t")
        if len(parts) < 2:
            bad(path, number, "expected 'ID<TAB>Label start end<TAB>text'")
        label, _, offsets = parts[1].partition(" ")
        try:
            frags = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
        except ValueError:
            bad(path, number, f"offsets {offsets!r} are not 'start end' integer pairs")
        if not frags or any(len(f) != 2 or f[0] > f[1] or f[1] > len(text) for f in frags):
            bad(path, number, f"offsets {offsets!r} are not 'start end' pairs within the text "
                              f"({len(text)} characters)")
        if label in LABELS:
            gold[LABELS[label]].append((min(f[0] for f in frags), max(f[1] for f in frags)))
    return gold


def load(path: Path) -> list[Record]:
    """One record per article that has an annotation file, in name order."""
    require_dir(path, "a PolNeAR compartment folder with text/ and attributions/")
    texts = require_dir(path / "text", "the articles' text files (text/NAME.txt)")
    anns = require_dir(path / "attributions", "brat annotation files (attributions/NAME_ANNOTATOR.ann)")
    chosen: dict[str, Path] = {}
    for ann in sorted(anns.glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0] if "_" in ann.stem else ann.stem
        if not (texts / f"{name}.txt").exists():
            name = ann.stem  # an annotation file named exactly like its text
        chosen.setdefault(name, ann)
    if not chosen:
        bad(anns, None, "no .ann files")
    records = []
    for name, ann in sorted(chosen.items()):
        text_path = texts / f"{name}.txt"
        if not text_path.is_file():
            bad(ann, None, f"no text file {text_path} for this annotation")
        text = read_text(text_path)
        date = _DATE.search(f"_{name}_")
        records.append(Record(name=name, text=text, published=date.group(1) if date else None,
                              gold=_parse_ann(ann, text)))
    return records


def _statement_spans(statement, text: str, readout) -> dict[str, Span | None]:
    evidence = statement.evidence
    lo, hi = evidence.start, evidence.end
    quote = (statement.quote or "").strip()
    content = None
    if quote:
        at = text.find(quote, lo, hi + 2)
        if at < 0:
            at = text.find(quote)
        content = (at, at + len(quote)) if at >= 0 else None
    # a quote running over several sentences has its cue and speaker in a neighbouring one
    near_lo, near_hi = max(lo - WINDOW, 0), min(hi + WINDOW, len(text))
    # the cue and the speaker stand outside the content: a "said" or a name inside it ("Smith said the
    # senators said ...", "Smith said he ...") belongs to what is said
    cue = _locate_cue(text, statement.cue, content, (lo, hi), (near_lo, near_hi)) if statement.cue else None
    speaker = None
    if statement.speaker is not None:
        anchor = cue or content
        forms = surface_forms(statement.speaker.as_dict(), readout)
        speaker = nearest(_outside([s for f in forms for s in find_all(text, f, near_lo, near_hi)], content),
                          anchor)
        pronoun = nearest((s for p in PRONOUNS for s in find_all(text, p, near_lo, near_hi)
                           if (content is None or not _inside(s, content)) and _speaks(text, s, anchor)), anchor)
        if pronoun is not None and anchor is not None and _gap(pronoun, anchor) <= PRONOUN_REACH and (
                speaker is None or _gap(pronoun, anchor) < _gap(speaker, anchor)):
            speaker = pronoun  # the engine resolved the pronoun next to the cue to this speaker
    return {"speaker": speaker, "cue": cue, "content": content}


def _speaks(text: str, pronoun: Span, anchor: Span | None) -> bool:
    """A pronoun before the cue can be its subject ("he said"); one after it only when the clause ends
    there ("..., said he."): "said he had fought" has the pronoun open what is said, not name the speaker."""
    if anchor is None or pronoun[1] <= anchor[0]:
        return True
    rest = text[pronoun[1]:pronoun[1] + 3].lstrip()
    return not rest or not (rest[0].isalnum() or rest[0] in "\u2019'")


def _locate_cue(text: str, cue: str, content: Span | None, sentence: Span, near: Span) -> Span | None:
    """The cue occurrence nearest the content, in the evidence sentence when it has one there (the
    engine read the cue from that sentence; a "says" of the next sentence may stand nearer)."""
    own = _outside(_find_cue(text, cue, *sentence), content)
    if own and not all(content is not None and _inside(s, content) for s in own):
        return nearest(own, content)
    return nearest(_outside(_find_cue(text, cue, *near), content), content)


def _find_cue(text: str, cue: str, lo: int, hi: int) -> list[Span]:
    """Where the cue is: a word at word boundaries, a punctuation cue (":" after a name, a dash
    before a signature) wherever it stands."""
    if cue.strip() and not any(ch.isalnum() for ch in cue):
        return [(m.start(), m.end()) for m in re.compile(re.escape(cue.strip())).finditer(text, lo, hi)]
    return find_all(text, cue, lo, hi)


def _outside(spans: list[Span], content: Span | None) -> list[Span]:
    """The spans not inside the content, or all of them when every one is."""
    out = [s for s in spans if content is None or not _inside(s, content)]
    return out or spans


def _inside(a: Span, b: Span) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _gap(a: Span, b: Span) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def _one_per_cue(located: list) -> list:
    """PolNeAR annotates one attribution per cue with its whole content; the engine records one statement
    per claim (README convention 16: "said that A and that B" is two). Statements sharing one located cue
    and speaker are one attribution here, their content the hull of their parts."""
    out, seen = [], {}
    for statement, spans in located:
        key = (spans["cue"], spans["speaker"])
        if spans["cue"] is None or spans["content"] is None or key not in seen:
            if spans["cue"] is not None and spans["content"] is not None:
                seen[key] = len(out)
            out.append((statement, dict(spans)))
            continue
        merged = out[seen[key]][1]
        merged["content"] = (min(merged["content"][0], spans["content"][0]), max(merged["content"][1], spans["content"][1]))
    return out


def score(records: list[Record], engine: Engine, path: str = "") -> TaskResult:
    result = TaskResult(task=NAME, path=path, n=len(records))
    counts = {kind: Counts() for kind in LABELS.values()}
    statements = unfound = 0
    for rec in records:
        readout = engine.readout(rec.text, published=rec.published)
        predicted: dict[str, list[Span]] = {kind: [] for kind in counts}
        located = [(st, _statement_spans(st, rec.text, readout)) for st in readout.statements]
        for statement, spans in _one_per_cue(located):
            statements += 1
            reported = {"speaker": statement.speaker is not None, "cue": bool(statement.cue),
                        "content": bool((statement.quote or "").strip())}
            for kind, span in spans.items():
                if span is not None:
                    predicted[kind].append(span)
                elif reported[kind]:
                    predicted[kind].append((-1, -1))  # reported but not found in the text: a wrong span
                    unfound += 1
        for kind in counts:
            # the gold lists each span once, however many attributions share it (one Source for two
            # quotes): a span the engine reports for several statements is likewise one prediction
            spans = predicted[kind]
            distinct = list(dict.fromkeys(s for s in spans if s[0] >= 0)) + [s for s in spans if s[0] < 0]
            counts[kind].add(match_spans(rec.gold[kind], distinct))
    for kind, c in counts.items():
        result.metric(f"{kind}_f1", c.f1, c.support)
    result.per_class = {"spans": counts}
    result.notes = [
        f"{statements} statements read from {len(records)} articles; {unfound} predicted spans not "
        "found in the text (counted as wrong)",
        "articles with several annotators are scored against the first annotation file by name",
    ]
    return result
