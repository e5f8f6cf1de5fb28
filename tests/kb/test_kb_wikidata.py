"""The Wikidata import on the sample dumps in tests/kb/data (Wikidata's line format, invented people).

wikidata-sample.json: 4 people, 3 organisations, positions, two countries, a city, a property,
a person without an English label, a cut-off line (7) and a JSON array that is not an entity (11).
wikidata-newer.json: the same, later: two roles ended, one person took a new post.
"""

from __future__ import annotations

import bz2
import gzip
from datetime import date

import pytest
from sqlalchemy import select

from detente.errors import InputError
from detente.kb.sql import SqlKB
from detente.kb.wikidata import entities, import_wikidata
from detente.store.schema import kb_actors, kb_names, kb_roles


def dump_rows(kb: SqlKB) -> tuple:
    """Every KB row but timestamps, to compare the database before and after."""
    with kb.reading() as conn:
        actors = conn.execute(select(kb_actors).order_by(kb_actors.c.id)).all()
        names = conn.execute(select(kb_names).order_by(kb_names.c.id)).all()
        roles = conn.execute(select(kb_roles).order_by(kb_roles.c.id)).all()
    return ([tuple(r)[:-1] for r in actors], [tuple(r) for r in names], [tuple(r) for r in roles])


def test_sample_import(sql_kb, sample_dump):
    report = import_wikidata(sql_kb, sample_dump)
    assert (report.added, report.updated, report.unchanged, report.linked) == (6, 0, 0, 1)
    assert report.lines == 20 and report.entities == 16 and report.skipped == 9
    assert [n for n, _ in report.errors] == [7, 11]
    assert "not valid JSON" in report.errors[0][1] and "not valid JSON" in report.errors[1][1]

    lin = sql_kb.get("person:lin-haoran")
    assert (lin.country, lin.sector, lin.source) == ("CHN", "MIL", "Wikidata Q990000101")
    assert lin.aliases == ["Lin Hao-ran", "General Lin Haoran"]
    role = lin.roles[0]                      # the position's label comes from later in the file
    assert (role.office, role.country, role.start, role.end) == (
        "Commander of the Northern Theater Command", "CHN", "2021-09-06", None)
    mercer = sql_kb.get("person:alex-mercer")
    assert mercer.country == "USA" and mercer.roles[0].start == "2023-02-01"     # month precision
    assert "month or year" in mercer.roles[0].note
    assert mercer.roles[1].office == "Q990000299" and "not in the dump" in mercer.roles[1].note
    ota = sql_kb.get("person:kenji-ota")                                     # Q17 only in the table
    assert ota.country == "JPN" and ota.roles[0].office_key == "head_of_government"
    assert sql_kb.office_holder("head_of_government", "JPN", date(1961, 1, 1)).id == "person:kenji-ota"

    assert sql_kb.get("org:northern-theater-command").country == "CHN"
    assert sql_kb.get("org:northern-theater-command").sector == "MIL"
    council = sql_kb.get("org:pacific-fisheries-council")
    assert (council.country, council.sector, council.aliases) == (None, "IGO", ["PFC"])
    assert sql_kb.get("org:harbor-light-news").country == "USA"                  # from its P159 city
    assert sql_kb.get("org:harbor-light-news").sector == "JRN"
    for never in ("org:port-amber", "org:people-republic-of-china", "person:marie-quillon"):
        assert sql_kb.get(never) is None


def test_an_item_matching_a_builtin_actor_is_linked_not_duplicated(sql_kb, sample_dump):
    import_wikidata(sql_kb, sample_dump)
    dong = sql_kb.get("person:dong-jun")
    assert sql_kb.describe("person:dong-jun")["wikidata"] == "Q990000104"
    assert "Admiral Dong" in dong.aliases
    assert len(dong.roles) == 1 and dong.roles[0].organisation == "org:chn-defence-ministry"   # curated roles kept
    assert [c.actor.id for c in sql_kb.candidates("Dong Jun")] == ["person:dong-jun"]


def test_imported_actors_resolve(sql_kb, sample_dump):
    import_wikidata(sql_kb, sample_dump)
    found = sql_kb.candidates("General Lin Haoran", date(2024, 1, 1))
    assert found[0].actor.id == "person:lin-haoran" and found[0].role.office.startswith("Commander")
    assert sql_kb.candidates("Pacific Fisheries Council")[0].actor.sector == "IGO"
    assert "Lin Haoran" in {t for t, _ in sql_kb.surface_forms()}


def test_importing_the_same_file_twice_changes_nothing(sql_kb, sample_dump):
    import_wikidata(sql_kb, sample_dump)
    before = dump_rows(sql_kb)
    again = import_wikidata(sql_kb, sample_dump)
    assert (again.added, again.updated, again.linked, again.unchanged) == (0, 0, 0, 7)
    assert dump_rows(sql_kb) == before


def test_a_newer_dump_updates_roles(sql_kb, sample_dump, newer_dump):
    import_wikidata(sql_kb, sample_dump)
    assert sql_kb.office_holder("cmc_vice_chairman", "CHN", date(2025, 6, 1)).id != "person:lin-haoran"
    report = import_wikidata(sql_kb, newer_dump)
    assert (report.added, report.updated, report.unchanged, report.errors) == (0, 2, 5, [])
    lin = sql_kb.get("person:lin-haoran")
    assert lin.roles[0].end == "2025-04-30"
    assert (lin.roles[1].office_key, lin.roles[1].start, lin.roles[1].end) == ("cmc_vice_chairman", "2025-05-01", None)
    assert sql_kb.get("person:alex-mercer").roles[0].end == "2024-11-30"      # month precision: last day
    assert "person:lin-haoran" in {a.id for a in sql_kb.office_holders("cmc_vice_chairman", "CHN", date(2025, 6, 1))}
    assert lin.role_on(date(2025, 3, 1)).office.startswith("Commander")
    assert import_wikidata(sql_kb, newer_dump).updated == 0


@pytest.mark.parametrize("suffix, opener", [(".json.gz", gzip.open), (".json.bz2", bz2.open)])
def test_compressed_dumps_stream_the_same(sql_kb, sample_dump, tmp_path, suffix, opener):
    packed = tmp_path / f"dump{suffix}"
    with opener(packed, "wb") as out:
        out.write(sample_dump.read_bytes())
    report = import_wikidata(sql_kb, packed)
    assert (report.added, report.linked, [n for n, _ in report.errors]) == (6, 1, [7, 11])


def test_dump_lines_in_every_array_layout(tmp_path):
    entity = '{"type":"item","id":"Q1","labels":{}}'
    path = tmp_path / "d.json"
    path.write_text(f"[{entity},\n{entity},\n\n{entity}]\n", encoding="utf-8")
    assert [n for n, _ in entities(path)] == [1, 2, 4]


def test_unreadable_files(sql_kb, tmp_path, sample_dump):
    with pytest.raises(InputError, match="no such file"):
        import_wikidata(sql_kb, tmp_path / "missing.json")
    packed = gzip.compress(sample_dump.read_bytes())
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(packed[:len(packed) // 2])
    with pytest.raises(InputError, match="damaged or incomplete"):
        import_wikidata(sql_kb, broken)


def test_structure_errors_name_the_line_and_the_rest_imports(sql_kb, tmp_path, sample_dump):
    lines = sample_dump.read_text(encoding="utf-8").splitlines()
    lines.insert(2, '{"type":"item","id":"Q990000900","labels":{"en":{"value":"Odd"}},"claims":[1, 2]},')
    path = tmp_path / "odd.json"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_wikidata(sql_kb, path)
    assert report.errors[0][0] == 3 and "Q990000900" in report.errors[0][1] and "claims" in report.errors[0][1]
    assert report.added == 6
