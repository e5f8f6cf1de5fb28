"""The packaged sentence-level PLOVER classifier (spaCy textcat trained on training/plover_sentences.jsonl).

The sentences below were written for this test and are not in the training or dev files (checked by
test_test_sentences_are_not_training_data). The model is statistical, so the labelled set asserts a
minimum share of correct answers rather than every answer; a handful of very clear cases are exact.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

import detente
from detente.events import classify
from detente.events.classify import Prediction, SentenceClassifier, default_classifier, model_dir
from detente.events.ontology import PLOVER_TYPES, QUAD_CLASS

ROOT = Path(__file__).resolve().parents[2]

# New sentences, two per type, with a clear reading under the PLOVER manual.
LABELLED = [
    ("Thailand and Laos pledged to work together on regional flood control.", "AGREE"),
    ("The Philippines promised to ratify the fisheries treaty next year.", "AGREE"),
    ("The Norwegian prime minister met the Canadian prime minister in Oslo on Monday.", "CONSULT"),
    ("The foreign ministers of Peru and Chile held talks by phone on Wednesday.", "CONSULT"),
    ("The Irish government praised Portugal for its handling of the crisis.", "SUPPORT"),
    ("Kenya congratulated Tanzania's new president on her election victory.", "SUPPORT"),
    ("The president pardoned 200 prisoners to mark the national holiday.", "CONCEDE"),
    ("The authorities lifted the curfew in the northern city.", "CONCEDE"),
    ("Vietnamese and Indonesian navies held joint exercises in the South China Sea.", "COOPERATE"),
    ("Argentina extradited the suspected smuggler to Paraguay.", "COOPERATE"),
    ("Japan sent emergency aid to flood victims in Malawi.", "AID"),
    ("Germany donated 300 ambulances to Ukraine.", "AID"),
    ("The rebels released 40 hostages on Sunday.", "RETREAT"),
    ("Russian troops withdrew from the village after the agreement.", "RETREAT"),
    ("The UN urged Ethiopia and Sudan to resolve their border dispute peacefully.", "REQUEST"),
    ("Lebanon asked the World Bank for emergency funding.", "REQUEST"),
    ("The Chinese government condemned the Dutch decision.", "ACCUSE"),
    ("Egypt accused Ethiopia of violating international law.", "ACCUSE"),
    ("Algeria rejected the French proposal on migration.", "REJECT"),
    ("The Indian government refused to attend the conference in Islamabad.", "REJECT"),
    ("North Korea threatened to launch more missiles if the drills continued.", "THREATEN"),
    ("Russia warned Norway of retaliation over the new base.", "THREATEN"),
    ("Thousands of students marched in Santiago against education cuts.", "PROTEST"),
    ("Doctors in Kenya went on strike over unpaid salaries.", "PROTEST"),
    ("The United States imposed sanctions on five Iranian officials.", "SANCTION"),
    ("Ecuador expelled the Mexican ambassador.", "SANCTION"),
    ("Pakistan deployed troops along the Afghan border.", "MOBILIZE"),
    ("North Korea test-fired two ballistic missiles.", "MOBILIZE"),
    ("Police arrested dozens of opposition supporters in Kampala.", "COERCE"),
    ("The government shut down the internet across the country.", "COERCE"),
    ("Gunmen attacked a police station in northern Nigeria, killing five officers.", "ASSAULT"),
    ("Israeli jets bombed targets in Syria overnight.", "ASSAULT"),
]

NON_POLITICAL = [
    "The Swiss franc rose against the euro on Friday.",
    "Heavy snow closed roads across northern Japan.",
    "Real Madrid beat Barcelona 3-1 on Sunday.",
    "The smartphone maker reported higher profits in the third quarter.",
    "Mount Kilimanjaro is the highest mountain in Africa.",
    "Inflation in Pakistan eased to 12 percent in May.",
]

# Very clear cases that must come out exactly.
EXACT = [
    ("Police arrested dozens of opposition supporters in Kampala.", "COERCE"),
    ("Israeli jets bombed targets in Syria overnight.", "ASSAULT"),
    ("Doctors in Kenya went on strike over unpaid salaries.", "PROTEST"),
    ("The United States imposed sanctions on five Iranian officials.", "SANCTION"),
    ("The Norwegian prime minister met the Canadian prime minister in Oslo on Monday.", "CONSULT"),
]


@pytest.fixture(scope="module")
def clf() -> SentenceClassifier:
    return default_classifier()


def test_labelled_sentences_mostly_right(clf):
    preds = clf.predict_many([text for text, _ in LABELLED])
    right = [p.type == want for p, (_, want) in zip(preds, LABELLED)]
    quad_right = [p.quad == QUAD_CLASS[want] for p, (_, want) in zip(preds, LABELLED)]
    wrong = [(text, want, p.type) for p, (text, want), ok in zip(preds, LABELLED, right) if not ok]
    assert sum(right) / len(LABELLED) >= 0.75, wrong
    assert sum(quad_right) / len(LABELLED) >= 0.8, wrong


@pytest.mark.parametrize("text,want", EXACT)
def test_very_clear_cases(clf, text, want):
    pred = clf.predict(text)
    assert pred.type == want and pred.quad == QUAD_CLASS[want]


def test_non_political_sentences_are_none(clf):
    preds = clf.predict_many(NON_POLITICAL)
    nones = [p for p in preds if p.type is None]
    assert len(nones) >= len(NON_POLITICAL) - 1, [(t, p.type) for t, p in zip(NON_POLITICAL, preds)]
    assert all(p.quad == 0 and p.label == "NONE" for p in nones)


def test_blank_text_is_none(clf):
    assert clf.predict("").type is None and clf.predict("  \n").quad == 0
    preds = clf.predict_many(["", "Police arrested dozens of opposition supporters in Kampala.", " "])
    assert [p.label for p in preds] == ["NONE", "COERCE", "NONE"]


def test_prediction_shape(clf):
    pred = clf.predict("Police arrested dozens of opposition supporters in Kampala.")
    assert isinstance(pred, Prediction)
    assert set(pred.scores) == set(PLOVER_TYPES) | {"NONE"}
    assert abs(sum(pred.scores.values()) - 1.0) < 1e-3
    assert pred.score == max(pred.scores.values()) == pred.scores[pred.label]


def test_predict_many_matches_predict(clf):
    texts = [text for text, _ in LABELLED[:6]] + NON_POLITICAL[:2]
    batch = clf.predict_many(texts)
    single = [clf.predict(t) for t in texts]
    assert [p.label for p in batch] == [p.label for p in single]
    assert all(abs(a.score - b.score) < 1e-5 for a, b in zip(batch, single))
    assert clf.predict_many([]) == []


def test_default_classifier_is_cached():
    assert default_classifier() is default_classifier()


def test_model_directory_is_inside_the_package():
    path = model_dir().resolve()
    package = Path(detente.__file__).resolve().parent
    assert path.is_relative_to(package / "data" / "models")
    assert (path / "config.cfg").is_file() and (path / "textcat" / "model").is_file()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 5_000_000
    # Only the tokenizer and the textcat: no parser, tagger or vectors to load on every sentence.
    assert default_classifier().nlp.pipe_names == ["textcat"]


def test_loading_does_not_touch_the_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the classifier tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    fresh = SentenceClassifier()
    assert fresh.predict("Ecuador expelled the Mexican ambassador.").label in classify.default_classifier().labels


def test_test_sentences_are_not_training_data():
    seen = set()
    for name in ("plover_sentences.jsonl", "plover_sentences_dev.jsonl"):
        path = ROOT / "training" / name
        if not path.is_file():
            pytest.skip("training data not present")
        seen |= {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line}
    ours = {text for text, _ in LABELLED} | set(NON_POLITICAL)
    assert not ours & seen
