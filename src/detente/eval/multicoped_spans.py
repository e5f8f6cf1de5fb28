"""multicoped-spans: Multi-CoPED source and target actor spans (CoNLL `token tag`, blank line between sentences).

Tags are O, B-S/I-S (source), B-T/I-T (target) and B-R/I-R (reciprocal: both sides; counted as a gold
source span and a gold target span). The tokens are joined back into a sentence (no space before
punctuation and clitics, none around hyphens), the engine reads it, and the main event's source and
target actors are located in it (detente.eval.spans) and turned into token ranges.

`source_span_f1` / `target_span_f1` match predicted to gold spans one-to-one when they share a token;
`*_token_f1` compare the tokens covered, which also rewards getting the extent right.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from detente.eval.files import bad, read_text, require_file
from detente.eval.metrics import Counts, match_spans, set_counts
from detente.eval.predict import Engine, main_event
from detente.eval.result import TaskResult
from detente.eval.spans import Span, actor_spans, token_range, tokens_in

NAME = "multicoped-spans"
DEFAULT_PATH = "multicoped/cameo_ner/train.txt"
SUMMARY = "source and target actor spans of each sentence's main event, by token overlap"
METRICS = ("source_span_f1", "target_span_f1", "source_token_f1", "target_token_f1")
TAGS = {"O", "B-S", "I-S", "B-T", "I-T", "B-R", "I-R"}

NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", "%", ")", "]", "}", "'s", "’s", "n't", "'", "’", "”",
                   "'re", "'ve", "'ll", "'d", "'m", "-", "..."}
NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "-", "€", "£"}
CLITIC_AFTER_APOSTROPHE = {"s", "t", "re", "ve", "ll", "d", "m"}


@dataclass
class Record:
    line: int
    tokens: list[str]
    sources: list[Span] = field(default_factory=list)   # token ranges [start, end)
    targets: list[Span] = field(default_factory=list)


def detokenize(tokens: list[str]) -> tuple[str, list[Span]]:
    """The sentence text and each token's character span in it."""
    text, offsets = "", []
    for i, token in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        glue = (prev is None or token in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER
                or (prev in {"'", "’"} and token.lower() in CLITIC_AFTER_APOSTROPHE))
        if not glue:
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
    return text, offsets


def _spans(tags: list[str]) -> dict[str, list[Span]]:
    spans: dict[str, list[Span]] = {"S": [], "T": [], "R": []}
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if start is not None and not continues:
            spans[kind].append((start, i))
            start, kind = None, None
        if prefix in {"B", "I"} and not continues:
            start, kind = i, label
    return spans


def _record(path: Path, line: int, rows: list[tuple[int, str, str]]) -> Record:
    tokens = [tok for _, tok, _ in rows]
    for number, _, tag in rows:
        if tag not in TAGS:
            bad(path, number, f"tag {tag!r} is not one of {', '.join(sorted(TAGS))}")
    spans = _spans([tag for _, _, tag in rows])
    return Record(line=line, tokens=tokens, sources=spans["S"] + spans["R"], targets=spans["T"] + spans["R"])


def load(path: Path) -> list[Record]:
    """The sentences of a Multi-CoPED CoNLL file (`token tag` per line, blank line between sentences)."""
    require_file(path, "a Multi-CoPED CoNLL file ('token tag' lines, blank line between sentences)")
    records: list[Record] = []
    rows: list[tuple[int, str, str]] = []
    for number, line in enumerate([*read_text(path).splitlines(), ""], start=1):
        if not line.strip():
            if rows:
                records.append(_record(path, rows[0][0], rows))
                rows = []
            continue
        parts = line.split()
        if len(parts) != 2:
            bad(path, number, f"expected 'token tag', found {len(parts)} fields")
        rows.append((number, parts[0], parts[1]))
    if not records:
        bad(path, None, "no sentences found")
    return records


def _token_ranges(spans: list[Span], offsets: list[Span]) -> list[Span]:
    out = []
    for span in spans:
        rng = token_range(tokens_in(span, offsets))
        if rng is not None and rng not in out:
            out.append(rng)
    return out


def _covered(spans: list[Span]) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def score(records: list[Record], engine: Engine, path: str = "") -> TaskResult:
    result = TaskResult(task=NAME, path=path, n=len(records))
    counts = {name: Counts() for name in METRICS}
    missing = {"source": 0, "target": 0}
    for rec in records:
        text, offsets = detokenize(rec.tokens)
        readout = engine.readout(text)
        event = main_event(readout)
        predicted: dict[str, list[Span]] = {"source": [], "target": []}
        if event is not None:
            for side in predicted:
                located = actor_spans(event, side, text, readout)
                missing[side] += len(event.get(side) or []) - len(located)
                predicted[side] = _token_ranges(located, offsets)
                # an actor the text does not show still counts as a predicted span that matches nothing
                predicted[side] += [(-1, -1)] * (len(event.get(side) or []) - len(located))
        for side, gold in (("source", rec.sources), ("target", rec.targets)):
            counts[f"{side}_span_f1"].add(match_spans(gold, predicted[side]))
            counts[f"{side}_token_f1"].add(set_counts(_covered(gold), _covered(predicted[side])))
    for name, c in counts.items():
        result.metric(name, c.f1, c.support)
    result.per_class = {"spans": {name.removesuffix("_f1"): c for name, c in counts.items()}}
    result.notes = [
        "reciprocal (R) spans count as gold source and gold target spans",
        f"predicted actors not found in the sentence text: {missing['source']} source, "
        f"{missing['target']} target (counted as wrong spans)",
    ]
    return result
