"""Train the sentence-level PLOVER textcat and write it to src/detente/data/models/plover_textcat/.

Data: training/plover_sentences.jsonl (train) and training/plover_sentences_dev.jsonl (dev), written by the
project itself (see training/README.md). Gold data under ../shared/gold is never read here.

Model: a blank English tokenizer + spaCy ``textcat`` with exclusive classes (16 PLOVER types + NONE). The
default is spacy.TextCatEnsemble.v2: a hashed bag-of-words layer (spacy.TextCatBOW.v3, 2**14 rows) plus a
small CNN tok2vec (64 wide, hash embeddings of NORM / PREFIX / SUFFIX / SHAPE, no vectors), about 3 MB on
disk. ``--arch bow`` trains the bag-of-words layer alone (smaller and about twice as fast, about one point
less accurate in 5-fold cross-validation on the project's sentences). Text goes through
detente.events.classify.normalize (lower case, digits to 0, crude stemming) both here and at prediction.
CPU only, fixed seed, a fixed number of epochs, no early stopping: the same data gives the same model.

    .venv/bin/python scripts/train_classifier.py            # train, report dev scores, write the model
    .venv/bin/python scripts/train_classifier.py --no-save  # train and report only
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import spacy  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import fix_random_seed, minibatch  # noqa: E402

from detente.events.classify import NONE_LABEL, SentenceClassifier, normalize  # noqa: E402
from detente.events.ontology import PLOVER_TYPES, QUAD_CLASS  # noqa: E402

TRAIN = ROOT / "training" / "plover_sentences.jsonl"
DEV = ROOT / "training" / "plover_sentences_dev.jsonl"
OUT = ROOT / "src" / "detente" / "data" / "models" / "plover_textcat"
LABELS = (*PLOVER_TYPES, NONE_LABEL)
SEED = 7


def bow_config(length: int, ngram_size: int) -> dict:
    return {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": ngram_size,
            "no_output_layer": False, "length": length, "nO": None}


def model_config(arch: str, length: int, ngram_size: int) -> dict:
    if arch == "bow":
        return bow_config(length, ngram_size)
    width = 64
    return {
        "@architectures": "spacy.TextCatEnsemble.v2",
        "nO": None,
        "linear_model": bow_config(length, ngram_size),
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width,
                      "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [3000, 1000, 2000, 500],
                      "include_static_vectors": False},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width, "window_size": 1,
                       "maxout_pieces": 3, "depth": 2},
        },
    }


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def examples(nlp, rows: list[dict]) -> list[Example]:
    out = []
    for row in rows:
        cats = {label: float(label == row["type"]) for label in LABELS}
        out.append(Example.from_dict(nlp.make_doc(normalize(row["text"])), {"cats": cats}))
    return out


def train(args) -> spacy.Language:
    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": model_config(args.arch, args.length, args.ngrams)})
    for label in LABELS:
        textcat.add_label(label)
    train_ex = examples(nlp, read(TRAIN))
    optimizer = nlp.initialize(lambda: train_ex)
    optimizer.learn_rate = args.learn_rate
    rng = random.Random(SEED)
    for epoch in range(args.epochs):
        rng.shuffle(train_ex)
        losses: dict[str, float] = {}
        for batch in minibatch(train_ex, size=args.batch_size):
            nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
        if args.verbose:
            print(f"epoch {epoch + 1:2d}  loss {losses['textcat']:.3f}")
    return nlp


def report(gold: list[str], pred: list[str]) -> dict:
    """Accuracy, macro-F1 and per-label precision / recall / F1 / dev accuracy (= recall) of exact labels."""
    per = {}
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label != g for g, p in zip(gold, pred))
        fn = sum(g == label != p for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[label] = {"n": tp + fn, "precision": prec, "recall": rec, "f1": f1}
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    macro = sum(v["f1"] for v in per.values()) / len(per)
    return {"accuracy": acc, "macro_f1": macro, "per_label": per}


def fit_temperature(cats: list[dict[str, float]], gold: list[str]) -> float:
    """Temperature T minimising dev log-loss of p**(1/T) (renormalised); 1.0 means the raw softmax.

    A textcat trained to near-zero loss on a small set says 0.99+ for most sentences, right or wrong.
    Dividing the log-probabilities by T (same argmax, same ranking within a sentence) makes the score
    mean roughly what it says, on sentences like the dev set.
    """
    def nll(t: float) -> float:
        total = 0.0
        for c, g in zip(cats, gold):
            w = {k: max(v, 1e-12) ** (1.0 / t) for k, v in c.items()}
            total -= math.log(w[g] / sum(w.values()))
        return total / len(gold)

    grid = [1.0 + 0.25 * i for i in range(37)]  # 1.0 .. 10.0
    return min(grid, key=nll)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--arch", choices=["bow", "ensemble"], default="ensemble")
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--learn-rate", type=float, default=0.001)
    ap.add_argument("--length", type=int, default=2 ** 14, help="hash table rows of the BOW layer")
    ap.add_argument("--ngrams", type=int, default=1)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    n_train = len(read(TRAIN))
    t0 = time.perf_counter()
    nlp = train(args)
    train_secs = time.perf_counter() - t0

    dev = read(DEV)
    gold = [r["type"] for r in dev]
    cats = [doc.cats for doc in nlp.pipe(normalize(r["text"]) for r in dev)]
    got = [max(c, key=c.get) for c in cats]
    res = report(gold, got)
    quad_acc = sum(QUAD_CLASS.get(g, 0) == QUAD_CLASS.get(p, 0) for g, p in zip(gold, got)) / len(gold)
    temperature = fit_temperature(cats, gold)

    print(f"train {n_train} sentences, dev {len(dev)}; arch {args.arch}, {args.epochs} epochs, "
          f"trained in {train_secs:.1f}s")
    print(f"{'label':10s} {'n':>3s} {'prec':>6s} {'rec/acc':>8s} {'f1':>6s}")
    for label, m in res["per_label"].items():
        print(f"{label:10s} {m['n']:3d} {m['precision']:6.3f} {m['recall']:8.3f} {m['f1']:6.3f}")
    print(f"dev accuracy {res['accuracy']:.3f}  macro-F1 {res['macro_f1']:.3f}  quad accuracy {quad_acc:.3f}")
    print(f"score temperature fitted on dev: {temperature:.2f}")
    if args.no_save:
        return

    nlp.meta.update({
        "name": "plover_textcat", "version": "0.1.0", "license": "Apache-2.0",
        "description": "detente sentence-level PLOVER type classifier, trained only on the project's own "
                       "sentences (training/README.md)",
        "performance": {"dev_accuracy": round(res["accuracy"], 4), "dev_macro_f1": round(res["macro_f1"], 4),
                        "dev_quad_accuracy": round(quad_acc, 4)},
        "detente": {"temperature": temperature, "normalize": "detente.events.classify.normalize",
                    "arch": args.arch, "epochs": args.epochs, "seed": SEED, "train_sentences": n_train,
                    "dev_sentences": len(dev)},
    })
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)

    clf = SentenceClassifier(args.out)  # check what was written, as it will be loaded
    t1 = time.perf_counter()
    preds = clf.predict_many([r["text"] for r in dev])
    pred_secs = time.perf_counter() - t1
    assert [p.label for p in preds] == got, "the saved model does not reproduce the trained one"
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"prediction: {len(dev) / pred_secs:.0f} sentences/s on dev (predict_many)")
    print(f"model written to {args.out} ({size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
