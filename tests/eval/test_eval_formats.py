"""Each task's reader on invented files in the original layout, and on broken copies of them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from detente.errors import EvalError
from detente.eval import (
    TASKS, cameo_codebook, event_location, multicoped_class, multicoped_spans, petrarch_gsr, plover_gsr, polnear,
    resolve_path,
)
from detente.eval.files import read_text


def test_plover_gsr_reader(data):
    records = plover_gsr.load(data / plover_gsr.DEFAULT_PATH)
    assert [r.type for r in records] == ["CONSULT", "REQUEST", "ASSAULT", "ACCUSE"]  # DOCUMENT skipped, renamed
    consult, demand, fight, disapprove = records
    assert consult.mode == "visit" and consult.source_countries == {"NOR"} and consult.target_countries == {"SWE"}
    assert demand.source_countries == {"JPN"} and demand.target_countries == set()  # JAP; "" target
    assert fight.source_sectors == {"REB"} and fight.mode == "heavy-weapons"
    assert disapprove.mode == "disapprove" and disapprove.source_countries == {"IGO"}


def test_multicoped_class_reader(data):
    records = multicoped_class.load(data / multicoped_class.DEFAULT_PATH)
    assert [r.quad for r in records] == [1, 4, 0, 3]
    assert not records[0].text.endswith("\r")


def test_multicoped_spans_reader_and_detokenizer(data):
    first, second = multicoped_spans.load(data / multicoped_spans.DEFAULT_PATH)
    assert first.sources == [(0, 2)] and first.targets == [(4, 6)]
    assert second.sources == [(0, 1), (2, 3)] and second.targets == [(0, 1), (2, 3)]  # reciprocal: both
    text, offsets = multicoped_spans.detokenize(["Kenya", "'s", "pro", "-", "Western", "(", "new", ")", "party", "."])
    assert text == "Kenya's pro-Western (new) party."
    assert [text[s:e] for s, e in offsets][3] == "-"


def test_cameo_codebook_reader(data):
    records = cameo_codebook.load(data / cameo_codebook.DEFAULT_PATH)
    assert [r.code for r in records] == ["010", "040", "0841", "081"]  # the NA example is skipped
    assert [r.plover for r in records] == [None, "CONSULT", "RETREAT", "CONCEDE"]


def test_polnear_reader_picks_first_annotator(data):
    (record,) = polnear.load(data / polnear.DEFAULT_PATH)
    assert record.published == "2016-10-01"
    assert [record.text[s:e] for s, e in record.gold["speaker"]] == ["Senator Ana Lind", "she", "the local paper"]
    assert len(record.gold["cue"]) == 3 and len(record.gold["content"]) == 3


def test_event_location_reader_uses_tokens_and_relabel_only(data):
    records = event_location.load(data / event_location.DEFAULT_PATH)
    assert [r.id for r in records] == ["t1", "t2", "t4"]
    kandahar = records[0]
    assert [kandahar.text[s:e] for s, e in kandahar.locations] == ["Kandahar"]  # char offsets were off by one
    assert records[2].verb == (-1, -1)


def test_petrarch_reader(data):
    records = petrarch_gsr.load(data / petrarch_gsr.DEFAULT_PATH)
    assert [r.id for r in records] == ["T1", "T2", "T3"]  # evaluate="false" skipped
    assert records[0].text == "The Norwegian prime minister visited Stockholm on Friday."
    assert records[0].roots == {"04"} and records[0].countries("source") == {"NOR"}
    assert records[1].roots == {"NONE"}
    assert records[2].text == "Rebels shelled an army base."  # rebuilt from the parse
    assert records[2].plover == {"ASSAULT"}


@pytest.mark.parametrize("task", sorted(TASKS))
def test_gold_root_resolves_to_the_task_file(data, task):
    assert resolve_path(task, data) == data / TASKS[task].DEFAULT_PATH


def test_mojibake_repaired(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_bytes(b'"code","example"\n"040","Chile\x82\xc4\xf4s envoy met Peru\x82\xc4\xf4s envoy."\n')
    (record,) = cameo_codebook.load(path)
    assert record.text == "Chile\u2019s envoy met Peru\u2019s envoy."
    assert read_text(path).count("\u2019") == 2


# -- broken copies: (task, file under data/, edit, line named in the message, words in the message) ----------

def _replace(old: str, new: str):
    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)
    return edit


BROKEN = [
    ("plover-gsr", _replace('"event": "FIGHT"', '"event": "EXPLODE"'),
     r":\d+: record 4 \(TEST-GSR-FIGHT-0001\) has event .EXPLODE., not a PLOVER type"),
    ("plover-gsr", _replace('"text": "Japan demanded', '"txt": "Japan demanded'), r":\d+: .*has no 'text'"),
    ("plover-gsr", _replace('"target": ""', '"target": ""]'), r":\d+: not valid JSON"),
    ("multicoped-class", _replace("quotas.\t1", "quotas.\t7"), r":1: label '7' is not a quad class"),
    ("multicoped-class", _replace("Niger.\t4", "Niger. 4"), r":2: expected 'sentence<TAB>label'"),
    ("multicoped-spans", _replace("police I-S", "police I-X"), r":2: tag 'I-X'"),
    ("multicoped-spans", _replace("arrested O", "arrested"), r":3: expected 'token tag'"),
    ("cameo-codebook", _replace('"0841"', '"84x"'), r":5: code '84x' is not a CAMEO code"),
    ("cameo-codebook", _replace('"example"', '"sentence"'), r":1: header must name 'code' and 'example'"),
    ("polnear", _replace("Cue 35 39", "Cue 35 x9"), r"_ab12\.ann:2: offsets '35 x9'"),
    ("polnear", _replace("T10\tSource 144 159", "T10\tSource 144 9999"), r"_ab12\.ann:11: offsets"),
    ("event-location", _replace('"token_start": 6', '"token_start": 60'),
     r":\d+: record 1 \(t1\): span LOCATION has no valid token"),
    ("petrarch-gsr", _replace("Markets were calm on Monday.", ""), r":\d+: Sentence T2 has no <Text>"),
    ("petrarch-gsr", _replace('eventcode="042"', 'eventcode="visit"'), r":10: EventCoding in Sentence T1"),
]


def _broken_copy(data: Path, tmp_path: Path, task: str, edit) -> Path:
    module = TASKS[task]
    target = tmp_path / module.DEFAULT_PATH
    source = data / module.DEFAULT_PATH
    if source.is_dir():
        shutil.copytree(source, target)
        files = sorted(target.rglob("*_ab12.ann"))
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
        files = [target]
    for f in files:
        f.write_bytes(edit(f.read_bytes().decode("utf-8")).encode("utf-8"))
    return target


@pytest.mark.parametrize("task, edit, message", BROKEN, ids=[f"{t}-{i}" for i, (t, _, _) in enumerate(BROKEN)])
def test_malformed_file_names_file_and_line(data, tmp_path, task, edit, message):
    path = _broken_copy(data, tmp_path, task, edit)
    with pytest.raises(EvalError) as caught:
        TASKS[task].load(path)
    text = str(caught.value)
    assert str(tmp_path) in text, text
    assert re.search(message, text), text


@pytest.mark.parametrize("task", sorted(TASKS))
def test_missing_file_is_eval_error(tmp_path, task):
    with pytest.raises(EvalError, match="no such"):
        TASKS[task].load(tmp_path / "absent" / "file")


@pytest.mark.parametrize("edit, ok", [
    (_replace("the vote would be close", "the vote\nwould be close"), True),  # covered text over a line break
    (_replace("T5\tContent", "stray words\nT5\tContent"), False),  # after an event line: an error
])
def test_polnear_annotation_text_may_run_over_a_line(data, tmp_path, edit, ok):
    path = _broken_copy(data, tmp_path, "polnear", edit)
    if ok:
        (record,) = polnear.load(path)
        assert len(record.gold["content"]) == 3
    else:
        with pytest.raises(EvalError, match=r"_ab12\.ann:\d+: not a brat standoff line"):
            polnear.load(path)
