"""The floor check and update (detente.eval.baseline), and `detente eval` on the invented gold files."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eval_helpers import ScriptedEngine
from detente.cli import app
from detente.errors import EvalError
from detente.eval import TASKS, baseline
from detente.eval.predict import Prediction

MEETING = "Officials from Peru and Chile met in Lima to discuss fishing quotas."


def _engine(quad_of_meeting: int) -> ScriptedEngine:
    cameo = {1: "040", 3: "112"}[quad_of_meeting]  # multicoped-class reads the class off the CAMEO code
    return ScriptedEngine(sentences={MEETING: Prediction(type="CONSULT", quad=quad_of_meeting, cameo=cameo)})


def test_update_creates_then_check_passes(data, tmp_path):
    path = tmp_path / "baseline.json"
    report = baseline.update(path, gold=data, engine=_engine(1), tasks=["multicoped-class"])
    assert report.written and report.passed
    saved = json.loads(path.read_text())
    assert set(saved["tasks"]) == set(TASKS)
    entry = saved["tasks"]["multicoped-class"]
    assert entry["floors"]["quad_accuracy"] == {"floor": 0.5, "n": 4} and entry["n"] == 4 and entry["measured"]
    assert saved["margin"]["min"] == baseline.MIN_MARGIN
    again = baseline.check(path, gold=data, engine=_engine(1), tasks=["multicoped-class"])
    assert again.passed and {r.status for r in again.rows} == {"ok"}


def test_drop_beyond_margin_fails_and_update_keeps_the_floor(data, tmp_path):
    path = tmp_path / "baseline.json"
    baseline.update(path, gold=data, engine=_engine(1), tasks=["multicoped-class"])
    worse = baseline.check(path, gold=data, engine=_engine(3), tasks=["multicoped-class"])
    (row,) = [r for r in worse.rows if r.metric == "quad_accuracy"]
    assert row.floor == 0.5 and row.score == 0.25 and row.margin == pytest.approx(0.25)
    assert row.status == "within noise"  # four sentences: one binomial SE is 25 points
    data_floor = json.loads(path.read_text())
    data_floor["tasks"]["multicoped-class"]["floors"]["quad_accuracy"] = {"floor": 0.5, "n": 400}
    path.write_text(json.dumps(data_floor))
    failing = baseline.check(path, gold=data, engine=_engine(3), tasks=["multicoped-class"])
    assert not failing.passed and "quad_accuracy" in [r.metric for r in failing.failed]
    kept = baseline.update(path, gold=data, engine=_engine(3), tasks=["multicoped-class"])
    assert not kept.passed
    assert json.loads(path.read_text())["tasks"]["multicoped-class"]["floors"]["quad_accuracy"]["floor"] == 0.5


def test_lowering_needs_a_reason_and_records_it(data, tmp_path):
    path = tmp_path / "baseline.json"
    baseline.update(path, gold=data, engine=_engine(1), tasks=["multicoped-class"])
    baseline.update(path, gold=data, engine=_engine(3), tasks=["multicoped-class"], allow_lower="relabelled set")
    saved = json.loads(path.read_text())
    assert saved["tasks"]["multicoped-class"]["floors"]["quad_accuracy"]["floor"] == 0.25
    assert saved["history"][-1]["reason"] == "relabelled set"
    assert "multicoped-class.quad_accuracy: 0.5 -> 0.25" in saved["history"][-1]["lowered"]


def test_raising_is_free(data, tmp_path):
    path = tmp_path / "baseline.json"
    baseline.update(path, gold=data, engine=_engine(3), tasks=["multicoped-class"])
    report = baseline.update(path, gold=data, engine=_engine(1), tasks=["multicoped-class"])
    assert "raised" in {r.status for r in report.rows}
    assert json.loads(path.read_text())["tasks"]["multicoped-class"]["floors"]["quad_accuracy"]["floor"] == 0.5


def test_bad_baseline_file(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text("{\n  \"tasks\": [\n")
    with pytest.raises(EvalError, match=r"baseline.json:3: not valid JSON"):
        baseline.load(path)
    path.write_text(json.dumps({"tasks": {"no-such-task": {"path": "x", "floors": {}}}}))
    with pytest.raises(EvalError, match="unknown task 'no-such-task'"):
        baseline.load(path)


def test_gold_root_order(tmp_path, monkeypatch):
    path = tmp_path / "eval" / "baseline.json"
    monkeypatch.delenv(baseline.GOLD_ENV, raising=False)
    assert baseline.gold_root(path, {"gold": "../gold"}) == (tmp_path / "gold").resolve()
    monkeypatch.setenv(baseline.GOLD_ENV, "/elsewhere")
    assert str(baseline.gold_root(path, {"gold": "../gold"})) == "/elsewhere"
    assert str(baseline.gold_root(path, {}, gold="/given")) == "/given"


# -- the command ------------------------------------------------------------------------------------

@pytest.fixture
def invoke():
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("task", sorted(TASKS))
def test_cli_json_on_invented_files(invoke, data, shared_reader, task):
    result = invoke("eval", task, data / TASKS[task].DEFAULT_PATH, "--json")
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["task"] == task and payload["n"] >= 1
    assert set(TASKS[task].METRICS) <= set(payload["metrics"])


def test_cli_tables(invoke, data, shared_reader):
    result = invoke("eval", "plover-gsr", data, "--limit", 2)
    assert result.exit_code == 0, result.stderr
    assert "type_accuracy" in result.stdout and "confusion: type" in result.stdout and "n=2" in result.stdout


def test_cli_malformed_file_is_one_error_line(invoke, tmp_path):
    bad = tmp_path / "train.tsv"
    bad.write_text("A sentence without a label\n")
    result = invoke("eval", "multicoped-class", bad)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {bad}:1: expected 'sentence<TAB>label', found no tab"


@pytest.mark.parametrize("args, message", [
    ((), "give TASK PATH"),
    (("nope", "x"), "unknown task 'nope'"),
    (("--allow-lower", "x"), "--allow-lower goes with --update"),
    (("--check", "a.json", "--update", "b.json"), "not both"),
    (("--update", "b.json", "--allow-lower", " "), "needs a reason"),
])
def test_cli_usage_errors(invoke, args, message):
    result = invoke("eval", *args)
    assert result.exit_code == 2 and message in result.stderr


def test_cli_check_and_update(invoke, data, tmp_path, shared_reader):
    path = tmp_path / "baseline.json"
    created = invoke("eval", "--update", path, "--gold", data)
    assert created.exit_code == 0, created.stderr
    assert "wrote" in created.stdout
    checked = invoke("eval", "--check", path, "--gold", data, "--json")
    assert checked.exit_code == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["passed"] and {r["task"] for r in report["rows"]} == set(TASKS)
    saved = json.loads(path.read_text())
    saved["tasks"]["petrarch-gsr"]["floors"]["root_accuracy"] = {"floor": 2.0, "n": 10_000}  # unreachable
    path.write_text(json.dumps(saved))
    failed = invoke("eval", "petrarch-gsr", "--check", path, "--gold", data)
    assert failed.exit_code == 1 and "FAIL" in failed.stdout
