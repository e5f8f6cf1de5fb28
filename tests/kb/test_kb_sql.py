"""SqlKB against MemoryKB: the same resolution cases run on both, then every name in the KB is compared.

Also: seeding on first use (idempotent), re-seeding after the data files change, open_kb.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from sqlalchemy import func, select

from detente.kb import DATA_DIR, KnowledgeBase, MemoryKB, load_default, open_kb
from detente.kb.sql import SqlKB
from detente.store import Store
from detente.store.schema import kb_actors, kb_names, kb_roles

DAY = date(2025, 8, 28)
DATES = [None, date(2016, 6, 1), date(2023, 3, 20), DAY]


@pytest.fixture(scope="module")
def memory() -> MemoryKB:
    return load_default()


@pytest.fixture(scope="module")
def sql(tmp_path_factory):
    kb = SqlKB(tmp_path_factory.mktemp("parity") / "kb.db")
    yield kb
    kb.close()


@pytest.fixture(scope="module", params=["memory", "sql"])
def kb(request, memory, sql) -> KnowledgeBase:
    """Each resolution case runs once per implementation."""
    return memory if request.param == "memory" else sql


def top(kb, mention, on=DAY):
    found = kb.candidates(mention, on)
    assert found, f"no candidate for {mention!r}"
    return found[0]


def reading(cands):
    """What a caller sees of candidates: order, ids, how found, score, dated country/sector, role."""
    return [(c.actor.id, c.via, round(c.score, 6), c.actor.country, c.actor.sector,
             c.role.office if c.role else None) for c in cands]


# --- the shared cases: both implementations must pass them ---------------------------------------
@pytest.mark.parametrize("office, country, on, name", [        # real handovers
    ("defence_minister", "USA", date(2018, 6, 1), "Jim Mattis"),
    ("defence_minister", "USA", date(2024, 6, 1), "Lloyd Austin"),
    ("defence_minister", "USA", date(2025, 3, 20), "Pete Hegseth"),
    ("defence_minister", "CHN", date(2020, 1, 1), "Wei Fenghe"),
    ("defence_minister", "CHN", date(2023, 3, 20), "Li Shangfu"),
    ("defence_minister", "CHN", date(2025, 3, 20), "Dong Jun"),
    ("foreign_minister", "CHN", date(2023, 5, 1), "Qin Gang"),
    ("foreign_minister", "CHN", date(2024, 6, 1), "Wang Yi"),
    ("foreign_minister", "USA", date(2024, 6, 1), "Antony Blinken"),
    ("foreign_minister", "USA", date(2025, 6, 1), "Marco Rubio"),
    ("head_of_state", "USA", date(2024, 6, 1), "Joe Biden"),
    ("head_of_government", "USA", DAY, "Donald Trump"),            # implied by head of state
    ("head_of_government", "GBR", date(2023, 1, 1), "Rishi Sunak"),
    ("defence_minister", "RUS", date(2024, 1, 1), "Sergei Shoigu"),
    ("defence_minister", "RUS", date(2025, 1, 1), "Andrei Belousov"),
    ("head_of_state", "KOR", date(2025, 1, 10), "Choi Sang-mok"),
    ("nato_secretary_general", None, DAY, "Mark Rutte"),
])
def test_office_holders_across_handovers(kb, office, country, on, name):
    assert kb.office_holder(office, country, on).name == name


def test_vacancy_title_and_no_date(kb):
    assert kb.office_holder("defence_minister", "CHN", date(2023, 11, 15)) is None
    assert kb.office_holder("Secretary of War", "USA", date(2025, 10, 1)).name == "Pete Hegseth"
    assert kb.office_holder("defence_minister", "USA").name == "Pete Hegseth"
    assert {a.name for a in kb.office_holders("cmc_vice_chairman", "CHN", DAY)} >= {"Zhang Youxia"}


@pytest.mark.parametrize("mention, on, actor_id, via", [
    ("Pete Hegseth", DAY, "person:pete-hegseth", "name"),
    ("Hegseth’s", DAY, "person:pete-hegseth", "surname"),
    ("Adm. Dong Jun", DAY, "person:dong-jun", "alias"),                  # rank forms
    ("Gen. Zhang Youxia", DAY, "person:zhang-youxia", "alias"),
    ("Kim Jong Un", DAY, "person:kim-jong-un", "name"),                  # transliteration variants
    ("Zelenskyy", DAY, "person:volodymyr-zelensky", "surname"),
    ("Xi", DAY, "person:xi-jinping", "surname"),
    ("Sharif", DAY, "person:shehbaz-sharif", "surname"),                 # the Sharif in office
    ("Sharif", date(2015, 6, 1), "person:nawaz-sharif", "surname"),
    ("Li", date(2023, 6, 1), "person:li-qiang", "surname"),
    ("Austin", date(2022, 1, 1), "person:lloyd-austin", "surname"),
    ("President Xi", DAY, "person:xi-jinping", "surname"),
    ("Secretary of State Marco Rubio", DAY, "person:marco-rubio", "name"),
    ("Chinese Defense Minister", date(2023, 3, 20), "person:li-shangfu", "office"),
    ("Chinese Defense Minister", date(2025, 3, 20), "person:dong-jun", "office"),
    ("U.S. Secretary of Defense", date(2024, 6, 1), "person:lloyd-austin", "office"),
])
def test_mentions_on_dates(kb, mention, on, actor_id, via):
    found = top(kb, mention, on)
    assert (found.actor.id, found.via) == (actor_id, via)


@pytest.mark.parametrize("mention, actor_id, via", [
    ("Washington", "state:USA", "metonym"), ("the Kremlin", "org:kremlin", "name"),
    ("the Pentagon", "org:pentagon", "name"), ("Zhongnanhai", "state:CHN", "metonym"),
    ("Downing Street", "org:gbr-prime-ministers-office", "metonym"), ("the Blue House", "state:KOR", "metonym"),
    ("the Élysée", "state:FRA", "metonym"), ("Brussels", "org:european-union", "metonym"),
    ("Chinese", "state:CHN", "demonym"), ("U.S.", "state:USA", "country"), ("PRC", "state:CHN", "country"),
])
def test_metonyms_demonyms_countries(kb, mention, actor_id, via):
    found = top(kb, mention)
    assert (found.actor.id, found.via) == (actor_id, via)


@pytest.mark.parametrize("mention", ["Paul Krugman", "Nobody In Particular", "xyzzy", "", "us", "who", "un"])
def test_unknown_names_and_common_words(kb, mention):
    assert kb.candidates(mention, DAY) == []


def test_dated_sector_and_codes(kb):
    assert top(kb, "Sergei Shoigu", date(2020, 1, 1)).actor.sector == "MIL"
    assert top(kb, "Sergei Shoigu", date(2025, 1, 1)).actor.sector == "GOV"
    assert kb.get("person:sergei-shoigu").sector == "GOV"
    assert kb.country_code("Beijing") == "CHN" and kb.country_code("Atlantis") is None
    assert kb.office_key("Minister for Defence", "AUS") == "defence_minister"
    assert kb.office_key("Secretary of State", "GBR") is None
    assert kb.counterparts("defence_minister", "USA", "CHN")[:2] == [
        ("defence_minister", "formal"), ("cmc_vice_chairman", "authority")]
    assert kb.get("person:nobody") is None


# --- exhaustive parity ------------------------------------------------------------------------------
def test_small_tables_and_every_actor_are_identical(memory, sql):
    assert sql.tables == memory.tables
    for actor_id, actor in memory.actors.items():
        assert sql.get(actor_id) == actor, actor_id


def test_surface_forms_are_identical(memory, sql):
    assert list(sql.surface_forms()) == list(memory.surface_forms())
    assert list(sql.surface_forms(include_surnames=True)) == list(memory.surface_forms(include_surnames=True))


def test_every_name_resolves_the_same_on_every_date(memory, sql):
    texts = [t for t, _ in memory.surface_forms(include_surnames=True)]
    texts += [t.lower() for t in texts[:300]] + ["Chinese " + t for t in memory.data.title_texts]
    for text in texts:
        for on in DATES:
            assert reading(sql.candidates(text, on)) == reading(memory.candidates(text, on)), (text, on)


def test_every_office_resolves_the_same(memory, sql):
    countries = [None, "USA", "CHN", "RUS", "GBR", "JPN", "KOR", "IRN", "IND", "UKR", "ISR"]
    for office in memory.data.office_sectors:
        for country in countries:
            for on in DATES:
                a, b = memory.office_holder(office, country, on), sql.office_holder(office, country, on)
                assert (a and a.id) == (b and b.id), (office, country, on)
            for other in countries[1:]:
                if country:
                    assert sql.counterparts(office, country, other) == memory.counterparts(office, country, other)


# --- seeding ----------------------------------------------------------------------------------------
def _counts(store: Store) -> tuple[int, int, int]:
    with store.engine.connect() as conn:
        return tuple(conn.execute(select(func.count()).select_from(t)).scalar_one()
                     for t in (kb_actors, kb_names, kb_roles))


def test_seeded_once_and_idempotent(seeded_db):
    with Store(seeded_db) as store:
        before = _counts(store)
        kb = SqlKB(store)
        assert kb.seeded_now is False and _counts(store) == before
        assert kb.seed() is False
        assert kb.seed(force=True) is True and _counts(store) == before
    assert before[0] == len(load_default().actors)


def test_fresh_database_is_seeded_on_first_use(tmp_path):
    with SqlKB(tmp_path / "new.db") as kb:
        assert kb.seeded_now is True and kb.get("person:dong-jun").name == "Dong Jun"
        assert "0002_kb" in kb.store.applied_migrations()


def test_changed_data_files_reseed_and_keep_analysts_actors(seeded_db, tmp_path):
    from detente.kb.analyst import add_file
    (tmp_path / "mine.yaml").write_text(
        "source: test\npeople:\n  - name: Tove Lindqvist\n    country: SWE\n"
        "    roles: [{office: Foreign Minister, start: 2031-01-01}]\n", encoding="utf-8")
    with SqlKB(seeded_db) as kb:
        add_file(kb, tmp_path / "mine.yaml")
    data = tmp_path / "kbdata"
    shutil.copytree(DATA_DIR, data)
    people = data / "people" / "usa.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("- name: Pete Hegseth", "- name: Peter Hegseth", 1),
                      encoding="utf-8")
    with SqlKB(seeded_db, data_dir=data) as kb:
        assert kb.seeded_now is True
        assert kb.get("person:peter-hegseth") is not None and kb.get("person:pete-hegseth") is None
        assert kb.candidates("Pete Hegseth", DAY) == [] and top(kb, "Peter Hegseth").actor.id == "person:peter-hegseth"
        assert kb.office_holder("foreign_minister", "SWE", date(2031, 6, 1)).name == "Tove Lindqvist"
    with SqlKB(seeded_db, data_dir=data) as kb:
        assert kb.seeded_now is False


def test_open_kb(tmp_path):
    assert open_kb() is load_default()
    with open_kb(tmp_path / "x.db") as kb:
        assert isinstance(kb, SqlKB) and isinstance(kb, KnowledgeBase)
    with Store(tmp_path / "x.db") as store:
        kb = open_kb(store)
        assert kb.store is store and kb.seeded_now is False
