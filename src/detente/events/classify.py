"""Sentence-level PLOVER type classifier: a small spaCy ``textcat`` trained on the project's own sentences.

The model is a blank English tokenizer plus one exclusive-class ``textcat`` (spaCy's TextCatEnsemble: a
hashed bag of words and a small CNN over hash embeddings, about 3.5 MB). It is trained by
``scripts/train_classifier.py`` on ``training/plover_sentences.jsonl`` (sentences the project wrote itself)
and shipped as package data under ``detente/data/models/plover_textcat``. It has no parser, tagger or
vectors, so it is cheap enough to run on every sentence (a few thousand sentences a second on one CPU
core), and loading it reads only files inside the package: no network, no model download.

It predicts one label per sentence: one of the 16 PLOVER types, or ``NONE`` for sentences that report no
political event between actors. ``NONE`` maps to ``type=None`` and ``quad=0``; other types take their quad
class from :data:`detente.events.ontology.QUAD_CLASS`.

    >>> from detente.events.classify import default_classifier
    >>> default_classifier().predict("Police arrested six activists in the capital.").type
    'COERCE'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from detente.events.ontology import QUAD_CLASS

MODEL_NAME = "plover_textcat"
NONE_LABEL = "NONE"
_DIGITS = re.compile(r"\d")
_WORD = re.compile(r"[a-z]+")
# Suffixes folded away so that "arrested", "arrests" and "arresting" share one feature. Crude on purpose:
# it only has to be consistent between training and prediction, not linguistically right.
_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ed", "es", "s")


def model_dir() -> Path:
    """Directory of the packaged model (``detente/data/models/plover_textcat``)."""
    try:
        root = Path(str(resources.files("detente"))) / "data" / "models" / MODEL_NAME
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - namespace or zip edge cases
        root = None
    if root is None or not root.is_dir():
        root = Path(__file__).resolve().parents[1] / "data" / "models" / MODEL_NAME
    return root


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def normalize(text: str) -> str:
    """What the model sees: lower-cased, digits folded to 0, words crudely stemmed.

    Training (scripts/train_classifier.py) and prediction both go through this function, so the model
    and the features always agree. With about a hundred sentences per type, folding case, numbers and
    inflections makes the few examples count for more (about +3 points of cross-validated accuracy).
    """
    text = _DIGITS.sub("0", " ".join(text.split()).lower())
    return _WORD.sub(lambda m: _stem(m.group()), text)


@dataclass(frozen=True)
class Prediction:
    """The classifier's reading of one sentence."""

    type: str | None  # PLOVER type, or None when the sentence reports no political event
    quad: int  # 1 verbal cooperation .. 4 material conflict, 0 none (ontology.QUAD_CLASS)
    score: float  # probability of the predicted label (temperature-scaled, see scripts/train_classifier.py)
    scores: dict[str, float] = field(default_factory=dict)  # every label (types and NONE) -> probability

    @property
    def label(self) -> str:
        """The raw label: a PLOVER type or ``NONE``."""
        return self.type or NONE_LABEL


def _prediction(cats: dict[str, float], temperature: float = 1.0) -> Prediction:
    label = max(cats, key=cats.get)
    if temperature != 1.0:  # softmax(z / T) == p ** (1 / T), renormalised
        weights = {k: max(float(v), 1e-12) ** (1.0 / temperature) for k, v in cats.items()}
        total = sum(weights.values())
        scores = {k: w / total for k, w in weights.items()}
    else:
        scores = {k: float(v) for k, v in cats.items()}
    if label == NONE_LABEL:
        return Prediction(None, 0, scores[label], scores)
    return Prediction(label, QUAD_CLASS[label], scores[label], scores)


class SentenceClassifier:
    """Loads the packaged textcat model and labels sentences with a PLOVER type (or none)."""

    def __init__(self, path: str | Path | None = None, batch_size: int = 256):
        self.path = Path(path) if path is not None else model_dir()
        if not (self.path / "config.cfg").is_file():
            raise FileNotFoundError(f"no textcat model at {self.path}; run scripts/train_classifier.py")
        self.nlp: Language = spacy.load(self.path)
        self.batch_size = batch_size
        self.labels: tuple[str, ...] = tuple(self.nlp.get_pipe("textcat").labels)
        # Fitted on the dev split by the training script: scores are temperature-scaled probabilities.
        self.temperature = float(self.nlp.meta.get("detente", {}).get("temperature", 1.0))

    def predict(self, text: str) -> Prediction:
        """Type, quad class and scores for one sentence."""
        return self.predict_many([text])[0]

    def predict_many(self, texts: Iterable[str]) -> list[Prediction]:
        """Predictions for many sentences, batched through ``nlp.pipe``. Blank texts are NONE."""
        normalized = [normalize(t) for t in texts]
        docs = self.nlp.pipe((t for t in normalized if t), batch_size=self.batch_size)
        return [_prediction(next(docs).cats, self.temperature) if t else self._blank() for t in normalized]

    def _blank(self) -> Prediction:
        return Prediction(None, 0, 1.0, {label: float(label == NONE_LABEL) for label in self.labels})


@lru_cache(maxsize=1)
def default_classifier() -> SentenceClassifier:
    """The packaged classifier, loaded once per process."""
    return SentenceClassifier()
