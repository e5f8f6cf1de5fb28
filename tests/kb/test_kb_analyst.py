"""`detente kb add`: analysts' YAML files, checked whole (every problem with its line), stored all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.kb.analyst import AnalystFileError, add_file, read_analyst_file

GOOD = """\
source: "analyst notes, test"
organisations:
  - name: Northern Theater Command
    id: pla-ntc
    aliases: [PLA Northern Theater Command]
    country: CHN
    sector: MIL
people:
  - name: Wang Xiuping
    country: CHN
    rank: General
    aliases: [Wang Xiu-ping]
    roles:
      - office: Commander of the Northern Theater Command
        org: org:pla-ntc
        sector: MIL
        start: 2025-05-01
        end: null
  - name: Tove Lindqvist
    id: person:tove-lindqvist
    country: SWE
    source: "Government Offices of Sweden, invented entry"
    roles:
      - {office: Minister for Foreign Affairs, key: foreign_minister, start: 2031-01-01, end: null}
"""


def write(tmp_path: Path, text: str, name: str = "actors.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(sql_kb, path) -> list[tuple[int | None, str]]:
    with pytest.raises(AnalystFileError) as info:
        add_file(sql_kb, path)
    return info.value.problems


def test_add_resolve_and_readd(sql_kb, tmp_path):
    path = write(tmp_path, GOOD)
    report = add_file(sql_kb, path)
    assert report.added == ["org:pla-ntc", "person:wang-xiuping", "person:tove-lindqvist"]
    wang = sql_kb.get("person:wang-xiuping")
    assert (wang.country, wang.sector, wang.source) == ("CHN", "MIL", "analyst notes, test")
    assert "Gen. Wang Xiuping" in wang.aliases and wang.roles[0].organisation == "org:pla-ntc"
    assert sql_kb.candidates("Gen. Wang Xiuping", date(2025, 6, 1))[0].actor.id == "person:wang-xiuping"
    assert sql_kb.office_holder("foreign_minister", "SWE", date(2031, 6, 1)).name == "Tove Lindqvist"
    assert sql_kb.describe("person:tove-lindqvist")["origin"] == "yaml"

    again = add_file(sql_kb, path)
    assert again.added == again.updated == [] and len(again.unchanged) == 3

    edited = write(tmp_path, GOOD.replace("start: 2025-05-01\n        end: null", "start: 2025-05-01\n        end: 2026-01-31"))
    report = add_file(sql_kb, edited)
    assert report.updated == ["person:wang-xiuping"]
    assert sql_kb.get("person:wang-xiuping").roles[0].end == "2026-01-31"


BAD = """\
people:
  - name: Bad Person
    country: XXX
    colour: blue
    source: x
    roles:
      - office: Minister of National Defense
        start: 2023-13-01
      - office: Foreign Minister
        start: 2024-05-01
        end: 2024-01-01
        org: org:nope
      - office: Defence Minister
        key: grand_vizier
  - name: Dong Jun
    source: y
  - name: Dong Jun
    source: z
  - name: No Source
organisations:
  - {name: X Org, source: s, sector: ARMY}
  - {name: Good Org, source: s, sector: GOV}
"""


def test_every_problem_is_reported_with_its_line_and_nothing_is_stored(sql_kb, tmp_path):
    found = problems(sql_kb, write(tmp_path, BAD))
    by_line = {n: msg for n, msg in found}
    assert "XXX" in by_line[3] and "'colour'" in by_line[4]
    assert "2023-13-01" in by_line[8] and "before it starts" in by_line[11] and "org:nope" in by_line[12]
    assert "grand_vizier" in by_line[14]
    assert "built-in actor" in by_line[15] and "replace: true" in by_line[15]
    assert "used twice" in by_line[17] and "line 15" in by_line[17]
    assert "source" in by_line[19]
    assert "ARMY" in by_line[21]
    assert len(found) == 10
    assert sql_kb.get("org:good-org") is None and sql_kb.get("person:bad-person") is None     # all or nothing
    assert sql_kb.get("person:dong-jun").source.startswith("official biography")


@pytest.mark.parametrize("text, line, words", [
    ("people:\n  - name: A\n    roles: [{office: X, start: 2020-01-01}\n", 4, ["not valid YAML"]),
    ("people:\n  - name: [A, B]\n    source: s\n", 2, ["'name' must be a non-empty text"]),
    ("- just a list\n", 1, ["must be a mapping"]),
    ("source: s\n", 1, ["nothing to add"]),
    ("peeple:\n  - name: A\n", 1, ["unknown field 'peeple'"]),
    ("people:\n  - name: A\n    source: s\n    roles:\n      - 2020-01-01\n", 4, ["role #1", "'office'"]),
])
def test_bad_yaml_names_the_line(sql_kb, tmp_path, text, line, words):
    found = problems(sql_kb, write(tmp_path, text))
    assert found[0][0] == line, found
    for word in words:
        assert word in found[0][1], found


def test_error_message_names_file_line_and_count(sql_kb, tmp_path):
    path = write(tmp_path, BAD)
    with pytest.raises(AnalystFileError) as info:
        read_analyst_file(sql_kb, path)
    assert str(info.value).startswith(f"{path}:3: ") and "9 more problems" in str(info.value)
    assert info.value.lines()[0].startswith(f"{path}:3: people #1 (Bad Person)")


def test_replacing_a_builtin_actor_needs_replace_true_and_survives_reseeding(sql_kb, tmp_path):
    text = ("source: s\npeople:\n  - name: Dong Jun\n    replace: true\n    country: CHN\n"
            "    roles: [{office: Minister of National Defense, start: 2023-12-29, end: 2026-03-01}]\n")
    add_file(sql_kb, write(tmp_path, text))
    assert sql_kb.get("person:dong-jun").roles[0].end == "2026-03-01"
    assert sql_kb.office_holder("defence_minister", "CHN", date(2026, 6, 1)) is None
    sql_kb.seed(force=True)
    assert sql_kb.get("person:dong-jun").roles[0].end == "2026-03-01"
    assert sql_kb.describe("person:dong-jun")["origin"] == "yaml"
    assert "Dong" in sql_kb.describe("person:dong-jun")["surnames"]


def test_missing_file(sql_kb, tmp_path):
    assert "no such file" in problems(sql_kb, tmp_path / "nope.yaml")[0][1]
