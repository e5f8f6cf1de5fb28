"""From a gold sentence to what the scorers compare: the engine's main event as a Prediction.

The scorers never look at the engine directly: they call an `Engine`, whose `sentence(text)` is
`predict_sentence` unless another function is plugged in (a sentence classifier, say, with the same
signature), and whose `readout(text)` is the Reader's readout for the span tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from detente.eval import codes
from detente.events.ontology import quad_class
from detente.events.plover_strict import project
from detente.records import Readout

# Gold sentences carry no usable publication date (the PLOVER GSR's are placeholders). A date after
# every gold corpus makes everything they report lie in the past, so no event turns "planned" because
# of the date chosen, and date-bounded roles resolve to the knowledge base's current holders.
NEUTRAL_PUBLISHED = "2025-01-01"


@dataclass
class Prediction:
    """The main event of one sentence, reduced to what the scorers compare."""

    type: str | None = None               # PLOVER type, None when no event
    mode: str | None = None
    quad: int = 0                         # PLOVER quad class, 0 = no political event
    source_countries: list[str] = field(default_factory=list)   # ISO alpha-3 or IGO/NGO
    target_countries: list[str] = field(default_factory=list)
    source_sectors: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)  # all events (projected when asked)
    cameo: str | None = None
    event: dict[str, Any] | None = None   # the main event's dict (None when no event)
    readout: Readout | None = None        # the engine's readout, when the prediction came from one


def main_event(readout: Readout | list[dict[str, Any]]) -> dict[str, Any] | None:
    """The sentence's main event: the first event of the readout (or of a list of event dicts), or None.

    This is the one place that choice is made; every scorer goes through it.
    """
    events = readout if isinstance(readout, list) else [e.as_dict() for e in readout.events]
    return events[0] if events else None


def sides(event: dict[str, Any], side: str) -> list[str]:
    """Sorted distinct country codes (ISO alpha-3, or IGO/NGO) of an event's source or target actors."""
    found = {codes.actor_code(a.get("country"), a.get("sector")) for a in event.get(side) or []}
    return sorted(c for c in found if c)


def sectors(event: dict[str, Any], side: str) -> list[str]:
    """Sorted distinct sector codes of an event's source or target actors."""
    found = {codes.sector(a.get("sector")) for a in event.get(side) or []}
    return sorted(s for s in found if s)


def prediction_from_events(events: list[dict[str, Any]], readout: Readout | None = None) -> Prediction:
    """A Prediction whose main event is `main_event(events)`."""
    event = main_event(events)
    if event is None:
        return Prediction(events=events, readout=readout)
    return Prediction(
        type=event["type"], mode=event.get("mode"), quad=quad_class(event["type"]),
        source_countries=sides(event, "source"), target_countries=sides(event, "target"),
        source_sectors=sectors(event, "source"), events=events, cameo=event.get("cameo"), event=event,
        readout=readout)


def predict_sentence(reader: Any, text: str, *, plover_strict: bool = False) -> Prediction:
    """Read one gold sentence with the engine and return its main event as a Prediction.

    Args:
        reader: a detente Reader (its pipeline loaded once).
        text: the sentence.
        plover_strict: apply the PLOVER-strict projection first (for PLOVER-coded gold): intentions
            of cooperative types become AGREE, refusals REJECT, negated events are dropped.
    """
    readout = reader.read(text, published=NEUTRAL_PUBLISHED)
    events = [e.as_dict() for e in readout.events]
    if not events:
        return classified(text, readout)
    if plover_strict:
        events = [p for p in (project(e) for e in events) if p is not None]
    return prediction_from_events(events, readout)


CLASSIFIER_MIN_SCORE = 0.7  # fixed in advance from the classifier's own dev calibration (training/README.md)


def classified(text: str, readout: Readout | None = None) -> Prediction:
    """When the rules code no event: the sentence classifier's type and quad, if it is confident.

    It has no actors, so it speaks to type and quad only, and it never becomes a stored event.
    """
    from detente.events.classify import default_classifier
    guess = default_classifier().predict(text)
    if guess.type is None or guess.score < CLASSIFIER_MIN_SCORE:
        return Prediction(events=[], readout=readout)
    from detente.events.ontology import cameo_code
    return Prediction(type=guess.type, quad=guess.quad, cameo=cameo_code(guess.type, None, "occurred"),
                      events=[], readout=readout)


Predictor = Callable[..., Prediction]


class Engine:
    """What scorers call: `sentence(text)` for a Prediction, `readout(text)` for a whole Readout."""

    def __init__(self, reader: Any = None, predict: Predictor = predict_sentence):
        self._reader = reader
        self._predict = predict

    @property
    def reader(self) -> Any:
        if self._reader is None:
            from detente.api import Reader
            self._reader = Reader()
        return self._reader

    def sentence(self, text: str, *, plover_strict: bool = False) -> Prediction:
        return self._predict(self.reader, text, plover_strict=plover_strict)

    def readout(self, text: str, published: str | None = None) -> Readout:
        return self.reader.read(text, published=published or NEUTRAL_PUBLISHED)
