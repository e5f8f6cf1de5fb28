"""Helpers for the eval tests: invented gold files in the original layouts, and a scripted engine.

tests/eval/data/ mirrors ../shared/gold's layout with a handful of sentences written for these tests
(no third-party text). The scripted engine returns predictions fixed by each test, so the scorers'
arithmetic is checked without loading the NLP pipeline.
"""

from __future__ import annotations

from pathlib import Path

from detente.eval.predict import Prediction, prediction_from_events
from detente.records import ActorRef, ArticleMeta, Evidence, Location, Readout, Statement, article_id

DATA = Path(__file__).resolve().parent / "data"
GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold"


class ScriptedEngine:
    """Stands in for detente.eval.predict.Engine: predictions and readouts looked up by text."""

    reader = None

    def __init__(self, sentences: dict[str, Prediction] | None = None,
                 readouts: dict[str, Readout] | None = None):
        self.sentences = sentences or {}
        self.readouts = readouts or {}
        self.asked: list[tuple[str, bool]] = []

    def sentence(self, text: str, *, plover_strict: bool = False) -> Prediction:
        self.asked.append((text, plover_strict))
        return self.sentences.get(text, Prediction())

    def readout(self, text: str, published: str | None = None) -> Readout:
        return self.readouts.get(text) or Readout(article=ArticleMeta(id=article_id(text), text=text))


def event(text: str, type_: str, *, trigger: str = "", source=(), target=(), mode=None, cameo=None,
          status="occurred", location: str | None = None, sentence: str | None = None) -> dict:
    """An event dict as the readout gives it; actors are (name, country, sector) tuples."""
    sentence = sentence or text
    start = text.index(sentence)
    return {
        "id": "e", "type": type_, "mode": mode, "context": [], "status": status,
        "source": [ActorRef(*a).as_dict() for a in source], "target": [ActorRef(*a).as_dict() for a in target],
        "date": None, "location": Location(name=location).as_dict() if location else None, "cameo": cameo,
        "quad_class": 0, "intensity": 0.0, "confidence": 1.0,
        "evidence": {"sentence": sentence, "start": start, "end": start + len(sentence)},
        "trigger": trigger, "response": None, "links": [],
    }


def prediction(*events: dict) -> Prediction:
    return prediction_from_events(list(events))


def readout(text: str, events=(), statements=()) -> Readout:
    from detente.records import Event
    return Readout(article=ArticleMeta(id=article_id(text), text=text),
                   events=[Event.from_dict(e) for e in events], statements=list(statements))


def statement(text: str, sentence: str, quote: str, cue: str, speaker: str | None) -> Statement:
    start = text.index(sentence)
    return Statement(speaker=ActorRef(name=speaker) if speaker else None, quote=quote, cue=cue,
                     stance="neutral", date=None, venue=None, emphasized_by=None,
                     evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)))
