"""Loading the data files: coverage, and errors that name the file and the entry (load time is in the benchmark)."""

import shutil
from pathlib import Path

import pytest

from detente.errors import KnowledgeBaseError
from detente.kb import DATA_DIR, MemoryKB, load_data


@pytest.fixture()
def data_copy(tmp_path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(DATA_DIR, target)
    return target


def test_coverage():
    data = load_data()
    kinds = [a.kind for a in data.actors.values()]
    assert kinds.count("state") >= 249                       # every ISO 3166 country, plus Kosovo
    demonym_states = {f.actor_id for f in data.forms if f.label == "DEMONYM"}
    assert len(demonym_states) >= 120
    assert kinds.count("person") >= 300 and kinds.count("organisation") >= 100
    for actor in data.actors.values():
        assert actor.source, actor.id


def test_every_person_role_is_dated_consistently():
    for actor in load_data().actors.values():
        for role in actor.roles:
            assert role.end is None or role.start is None or role.start <= role.end, (actor.id, role)


def test_another_directory_can_be_loaded(data_copy):
    assert MemoryKB(data_dir=data_copy).get("person:pete-hegseth").name == "Pete Hegseth"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("file, old, new, words", [
    ("people/chn.yaml", "start: 2023-12-29", "start: 2023-13-29", ["chn.yaml", "Dong Jun", "ISO date"]),
    ("people/usa.yaml", "country: USA", "country: XXX", ["usa.yaml", "Barack Obama", "XXX"]),
    ("people/usa.yaml", "start: 2025-01-25, end: null", "start: 2025-01-25, end: 2024-01-01",
     ["usa.yaml", "Pete Hegseth", "before it starts"]),
    ("people/chn.yaml", "office: Minister of National Defense, start: 2023-12-29",
     "office: Grand Vizier, start: 2023-12-29", ["chn.yaml", "Dong Jun", "Grand Vizier"]),
    ("organisations.yaml", "sector: MIL, source: \"official website (defense.gov / war.gov)\"",
     "sector: ARMY, source: \"official website (defense.gov / war.gov)\"", ["organisations.yaml", "Pentagon", "ARMY"]),
    ("metonyms.yaml", "actor: org:pentagon", "actor: org:pentagone", ["metonyms.yaml", "the Pentagon", "org:pentagone"]),
    ("offices.yaml", "Secretary of State: foreign_minister", "Secretary of State: chief_wizard",
     ["offices.yaml", "chief_wizard"]),
    ("counterparts.yaml", "[USA, defence_minister, CHN, defence_minister, formal]",
     "[USA, defence_minister, CHN, defence_minister, friendly]", ["counterparts.yaml", "pairs #1"]),
    ("countries.yaml", "  JPN: {names: [Japan]", "  JPN: {names: [Japan, [oops]]", ["countries.yaml"]),
    ("organisations.yaml", 'name: "Foreign, Commonwealth and Development Office"',
     "name: Foreign, Commonwealth and Development Office", ["organisations.yaml", "Foreign", "unknown field",
                                                            "Commonwealth and Development Office", "quotes"]),
    ("people/usa.yaml", "  - name: Donald Trump\n", "  - name: Donald Trump\n    nickname: The Donald\n",
     ["usa.yaml", "Donald Trump", "unknown field 'nickname'"]),
    ("people/chn.yaml", "office: Minister of National Defense, start: 2023-12-29",
     "office: Minister of National Defense, Army, start: 2023-12-29",
     ["chn.yaml", "Dong Jun", "Minister of National Defense", "unknown field 'Army'"]),
])
def test_bad_data_file_names_file_and_entry(data_copy, file, old, new, words):
    _replace(data_copy / file, old, new)
    with pytest.raises(KnowledgeBaseError) as err:
        MemoryKB(data_dir=data_copy)
    for word in words:
        assert word in str(err.value)


def test_missing_source_and_broken_yaml(data_copy):
    _replace(data_copy / "people/usa.yaml", '    source: "Wikipedia: Barack Obama, accessed 2025"\n', "")
    with pytest.raises(KnowledgeBaseError, match="Barack Obama.*source"):
        MemoryKB(data_dir=data_copy)
    (data_copy / "people/usa.yaml").write_text("people: [ {name: x", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="usa.yaml.*not valid YAML"):
        MemoryKB(data_dir=data_copy)


def test_missing_file(data_copy):
    (data_copy / "offices.yaml").unlink()
    with pytest.raises(KnowledgeBaseError, match="offices.yaml.*cannot be read"):
        MemoryKB(data_dir=data_copy)


def test_duplicate_ids(data_copy):
    _replace(data_copy / "people/usa.yaml", "  - name: Mike Pence\n", "  - name: Mike Pence\n    id: pete-hegseth\n")
    with pytest.raises(KnowledgeBaseError, match="person:pete-hegseth.*twice"):
        MemoryKB(data_dir=data_copy)
