"""ECB+ as a task of the eval harness (`detente eval ecbplus PATH`): the module interface that
`detente.eval.TASKS` expects (NAME, DEFAULT_PATH, load, score), over detente.threads.ecbplus.

Records are topics (each a list of documents), so `--limit N` scores the first N topics.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from detente.threads.ecbplus import Document, evaluate, load as load_documents

NAME = "ecbplus"
DEFAULT_PATH = "ecbplus"
HEADLINE = ("conll_f1", "muc_f1", "b3_f1", "ceafe_f1")
METRICS = HEADLINE + tuple(f"{n}_{p}" for n in ("muc", "b3", "ceafe") for p in ("recall", "precision"))


def load(path: str | Path) -> list[list[Document]]:
    """The release's topics 1-35, each as the list of its documents."""
    return [list(docs) for _, docs in groupby(load_documents(path), key=lambda d: d.topic)]


def score(records: list[list[Document]], engine, path: str = ""):
    """Cross-document event coreference scores as a TaskResult (metrics: CoNLL F1 and its parts)."""
    from detente.eval.result import TaskResult
    docs = [d for topic in records for d in topic]
    reader = getattr(engine, "reader", None)
    if reader is None:  # a scripted engine has no pipeline; coreference needs the real one
        from detente.api import default_reader
        reader = default_reader()
    scores = evaluate(docs, reader)
    result = TaskResult(task=NAME, path=path, n=scores["n"])
    for name in HEADLINE:
        result.metric(name, scores[name], scores["n"])
    for name in ("muc", "b3", "ceafe"):
        for part in ("recall", "precision"):
            result.metric(f"{name}_{part}", scores[f"{name}_{part}"], scores["n"])
    result.notes.append(f"{scores['topics']} topics, {scores['documents']} documents, {scores['n']} gold event "
                        f"mentions in annotated sentences, {scores['gold_clusters']} gold clusters")
    result.notes.extend(f"baseline {name}: CoNLL F1 {b['conll_f1']:.4f} (MUC {b['muc_f1']:.4f}, "
                        f"B3 {b['b3_f1']:.4f}, CEAF-e {b['ceafe_f1']:.4f})"
                        for name, b in scores["baselines"].items())
    return result
