"""Scorers on the invented gold files with scripted predictions: every number worked out by hand."""

from __future__ import annotations

import pytest

from eval_helpers import ScriptedEngine, event, prediction, readout, statement
from detente.eval import TASKS, run_task
from detente.eval.metrics import NONE
from detente.eval.predict import Prediction


def test_plover_gsr_scores(data):
    consult = "The Norwegian foreign minister visited Sweden on Monday."
    demand = "Japan demanded the release of its fishermen."
    criticise = "The United Nations criticised Chile over its new mining law."
    engine = ScriptedEngine(sentences={
        consult: prediction(event(consult, "CONSULT", mode="visit", source=[("minister", "NOR", "GOV")],
                                  target=[("Sweden", "SWE", "GOV")])),
        demand: prediction(event(demand, "REQUEST", source=[("Japan", "JPN", "GOV")], target=[("China", "CHN")])),
        criticise: prediction(event(criticise, "ACCUSE", mode="disapprove",
                                    source=[("United Nations", None, "IGO")])),
    })  # the shelling sentence gets no event
    result = run_task("plover-gsr", data, engine=engine)
    m = result.metrics
    assert result.n == 4
    assert m["type_accuracy"] == 0.75 and m["type_macro_f1"] == 0.75 and m["coded_precision"] == 1.0
    assert m["mode_accuracy"] == pytest.approx(0.6667, abs=1e-4)       # visit, heavy-weapons, disapprove
    assert m["source_country_f1"] == pytest.approx(0.8571, abs=1e-4)   # tp 3, fn 1
    assert m["target_country_f1"] == 0.5                               # tp 1, fp 1 (CHN), fn 1 (COL)
    assert m["source_sector_f1"] == pytest.approx(0.6667, abs=1e-4)    # GOV right, REB missed
    assert m["triple_f1"] == pytest.approx(0.5714, abs=1e-4)           # tp 2, fp 1, fn 2
    assert all(strict for _, strict in engine.asked)                   # PLOVER-strict predictions
    table = result.confusion["type"]
    assert table["labels"][-1] == NONE
    assert table["matrix"][table["labels"].index("ASSAULT")][-1] == 1


def test_multicoped_class_scores(data):
    codes = {"Officials from Peru and Chile met in Lima to discuss fishing quotas.": "040",
             "Soldiers from Mali attacked a convoy near the border with Niger.": "190",
             "The weather in the capital stayed mild for most of the week.": "112",
             "Ghana accused Togo of harbouring smugglers.": "112"}
    engine = ScriptedEngine(sentences={t: Prediction(type="X", cameo=c) for t, c in codes.items()})
    result = run_task("multicoped-class", data, engine=engine)
    assert result.metrics["quad_accuracy"] == 0.75
    # per gold class F1: 0 -> 0, 1 -> 1, 3 -> 2/3, 4 -> 1
    assert result.metrics["quad_macro_f1"] == pytest.approx((0 + 1 + 2 / 3 + 1) / 4, abs=1e-4)
    assert result.confusion["quad"]["matrix"][0] == [0, 0, 0, 1, 0]


@pytest.mark.parametrize("code,penta", [
    (None, 0), ("010", 0), ("020", 0), ("036", 1), ("057", 1), ("0841", 2), ("111", 3), ("1663", 3),
    ("161", 3), ("145", 4), ("190", 4),
])
def test_cameo_penta_classes(code, penta):
    from detente.eval.codes import cameo_penta
    assert cameo_penta(code) == penta


def test_multicoped_spans_scores(data):
    first = "Norwegian police arrested two Swedish smugglers."
    second = "Kenya and Uganda signed a border deal."
    engine = ScriptedEngine(readouts={
        first: readout(first, [event(first, "COERCE", trigger="arrested", source=[("Norwegian police", "NOR")],
                                     target=[("Swedish smugglers", "SWE")])]),
        second: readout(second, [event(second, "AGREE", trigger="signed", source=[("Kenya", "KEN")],
                                       target=[("Uganda", "UGA"), ("Atlantis", None)])]),
    })
    result = run_task("multicoped-spans", data, engine=engine)
    m = result.metrics
    assert m["source_span_f1"] == 0.8                                   # tp 2, fn 1 (reciprocal Uganda)
    assert m["target_span_f1"] == pytest.approx(2 * (2 / 3) * (2 / 3) / (4 / 3), abs=1e-4)  # Atlantis: fp
    assert m["source_token_f1"] == pytest.approx(0.8571, abs=1e-4)


def test_cameo_codebook_scores(data):
    engine = ScriptedEngine(sentences={
        "Chile and Peru held talks in Lima on Tuesday.": Prediction(type="CONSULT", quad=1, cameo="040"),
        "Ghana released three detained Togolese fishermen on Sunday.": Prediction(
            type="RETREAT", quad=2, cameo="0841"),
        "Fiji lifted the curfew on its northern islands.": Prediction(type="RETREAT", quad=2, cameo="0874"),
    })
    result = run_task("cameo-codebook", data, engine=engine)
    m = result.metrics
    assert result.n == 4
    assert m["root_accuracy"] == pytest.approx(2 / 3, abs=1e-4)        # 01 is dropped by PLOVER
    assert m["quad_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["cameo_root_exact"] == 0.75                                # 010 -> no event is wrong here
    assert m["coded_precision"] == pytest.approx(2 / 3, abs=1e-4)


def test_polnear_scores(data):
    text = (data / "polnear/data/dev/text/wire_2016-10-01_vote-count-ahead.txt").read_text(encoding="utf-8")
    first = "Senator Ana Lind said the vote would be close."
    second = "\u201cWe will win,\u201d she said on Tuesday."
    engine = ScriptedEngine(readouts={text: readout(text, statements=[
        statement(text, first, "the vote would be close", "said", "Ana Lind"),
        statement(text, second, "We will win", "said", "Ana Lind"),   # 'she' next to the cue stands for her
        statement(text, second, "words nobody wrote", "claimed", None),
    ])})
    result = run_task("polnear", data, engine=engine)
    m = result.metrics
    assert m["speaker_f1"] == 0.8                                       # tp 2, fn 1 (the local paper)
    assert m["cue_f1"] == pytest.approx(2 * (2 / 3) * (2 / 3) / (4 / 3), abs=1e-4)  # 'claimed' not found: fp
    assert m["content_f1"] == pytest.approx(2 * (2 / 3) * (2 / 3) / (4 / 3), abs=1e-4)


def _polnear_metrics(data, parts):
    text = (data / "polnear/data/dev/text/wire_2016-10-01_vote-count-ahead.txt").read_text(encoding="utf-8")
    first = "Senator Ana Lind said the vote would be close."
    engine = ScriptedEngine(readouts={text: readout(text, statements=[
        statement(text, first, part, "said", "Ana Lind") for part in parts])})
    return run_task("polnear", data, engine=engine).metrics


def test_polnear_claims_under_one_cue_are_one_attribution(data):
    # the engine records one statement per claim (README convention 16), PolNeAR one attribution per cue
    # whose content covers them all: the parts score as the whole would
    whole = _polnear_metrics(data, ["the vote would be close"])
    assert _polnear_metrics(data, ["the vote", "would be close"]) == whole
    assert whole["content_f1"] > 0


def test_event_location_scores(data):
    attack = "Rebels attacked a police post in Kandahar on Monday."
    march = "Protesters marched through the capital."
    engine = ScriptedEngine(readouts={
        attack: readout(attack, [event(attack, "CONSULT", trigger="post"),
                                 event(attack, "ASSAULT", trigger="attacked", location="Kandahar")]),
        march: readout(march, [event(march, "PROTEST", trigger="marched", location="Paris")]),
    })
    result = run_task("event-location", data, engine=engine)
    assert result.n == 2 and result.skipped == 1
    assert result.metrics == {"location_accuracy": 0.5, "location_found_accuracy": 1.0, "no_location_accuracy": 0.0}
    assert result.confusion["location"]["matrix"][1] == [0, 0, 0, 1]  # gold none, spurious place


def test_petrarch_scores(data):
    engine = ScriptedEngine(sentences={
        "The Norwegian prime minister visited Stockholm on Friday.": Prediction(
            type="CONSULT", cameo="042", source_countries=["NOR"], target_countries=["SWE"],
            events=[{"cameo": "042"}, {"cameo": "036"}]),
        "Rebels shelled an army base.": Prediction(type="ASSAULT", cameo="180", source_countries=["COL"],
                                                   events=[{"cameo": "180"}]),
    })
    result = run_task("petrarch-gsr", data, engine=engine)
    m = result.metrics
    assert m["root_accuracy"] == pytest.approx(2 / 3, abs=1e-4)        # 18 is not 19
    assert m["plover_type_accuracy"] == 1.0
    assert m["coded_precision"] == 0.5                                  # two events coded, one root right
    assert m["event_precision"] == pytest.approx(1 / 3, abs=1e-4)      # of all three events, only 042 matches
    assert "2 extra = 100% of the 2 gold codings" in result.notes[-1]
    assert m["source_country_f1"] == 1.0
    assert m["target_country_f1"] == pytest.approx(0.6667, abs=1e-4)
    assert not any(strict for _, strict in engine.asked)


def test_limit_scores_the_first_records(data):
    result = run_task("multicoped-class", data, engine=ScriptedEngine(), limit=2)
    assert result.n == 2


@pytest.mark.parametrize("task", sorted(TASKS))
def test_json_object_has_task_n_metrics(data, task):
    result = run_task(task, data, engine=ScriptedEngine())
    payload = result.as_dict()
    assert payload["task"] == task and payload["n"] == result.n
    assert set(TASKS[task].METRICS) == set(payload["metrics"])
    assert all(0.0 <= v <= 1.0 for v in payload["metrics"].values())


def test_polnear_relative_pronoun_is_the_speaker_span():
    from detente.eval.polnear import _statement_spans
    text = "Dock workers, who said the port was unsafe, walked out."
    found = _statement_spans(statement(text, text, "the port was unsafe", "said", "Dock workers"), text, readout(text))
    start, end = found["speaker"]
    assert text[start:end] == "who"  # the gold marks the pronoun next to the cue, as for "he said"


def test_polnear_cue_is_found_in_the_statements_own_sentence():
    from detente.eval.polnear import _statement_spans
    own = "Ruth Amadi said on Monday, after a long count in the northern districts, that the vote was fair."
    text = own + " Tom said nothing."
    found = _statement_spans(statement(text, own, "the vote was fair", "said", "Ruth Amadi"), text, readout(text))
    start, _ = found["cue"]
    assert start == own.index("said")  # not the nearer "said" of the next sentence


@pytest.mark.parametrize("text,content,speaker", [
    # a pronoun after the cue opens what is said: the speaker's span is the name
    ("Lena Duarte, a nurse from Porto, said he was \u201ctired of the long night shifts.\u201d",
     "tired of the long night shifts", "Lena Duarte"),
    # ... unless the clause ends with it ("..., said she.")
    ("\u201cThe ward was empty,\u201d said she.", "The ward was empty", "she"),
])
def test_polnear_pronoun_after_the_cue(text, content, speaker):
    from detente.eval.polnear import _statement_spans
    found = _statement_spans(statement(text, text, content, "said", "Lena Duarte"), text, readout(text))
    start, end = found["speaker"]
    assert text[start:end] == speaker
