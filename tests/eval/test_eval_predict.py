"""The sentence -> prediction step: main event choice, PLOVER-strict projection, pluggable predictor."""

from __future__ import annotations

from eval_helpers import event, readout
from detente.eval import run_task
from detente.eval.predict import NEUTRAL_PUBLISHED, Engine, Prediction, main_event, predict_sentence

TEXT = "Peru proposed talks with Chile, and Chile did not attack Peru."


class CannedReader:
    """A reader that returns one prepared readout and remembers the date it was asked with."""

    def __init__(self, result):
        self.result = result
        self.published = []

    def read(self, text, *, published=None, **_):
        self.published.append(published)
        return self.result


def _readout():
    return readout(TEXT, [
        event(TEXT, "ASSAULT", status="negated", trigger="attack", source=[("Chile", "CHL", "GOV")]),
        event(TEXT, "CONSULT", status="proposed", trigger="talks", source=[("Peru", "PER", "GOV")],
              target=[("Chile", "CHL", "GOV")]),
    ])


def test_main_event_is_the_first_event():
    assert main_event(_readout())["type"] == "ASSAULT"
    assert main_event([]) is None


def test_predict_sentence_raw():
    reader = CannedReader(_readout())
    pred = predict_sentence(reader, TEXT)
    assert pred.type == "ASSAULT" and pred.quad == 4 and pred.source_countries == ["CHL"]
    assert reader.published == [NEUTRAL_PUBLISHED]
    assert len(pred.events) == 2 and pred.readout is reader.result


def test_predict_sentence_plover_strict_drops_negated_and_codes_intent_as_agree():
    pred = predict_sentence(CannedReader(_readout()), TEXT, plover_strict=True)
    assert pred.type == "AGREE" and pred.quad == 1
    assert pred.source_countries == ["PER"] and pred.target_countries == ["CHL"] and pred.source_sectors == ["GOV"]
    assert "future" in pred.event["context"]


def test_no_event_is_quad_zero():
    pred = predict_sentence(CannedReader(readout("Nothing happened.")), "Nothing happened.")
    assert pred == Prediction(readout=pred.readout)
    assert pred.type is None and pred.quad == 0


def test_a_sentence_classifier_plugs_in_without_touching_scorers(data):
    def classifier(reader, text, *, plover_strict=False):
        return Prediction(type="CONSULT", quad=1)

    result = run_task("multicoped-class", data, engine=Engine(reader=object(), predict=classifier))
    assert result.metrics["quad_accuracy"] == 0.25  # only the meeting sentence is quad 1
