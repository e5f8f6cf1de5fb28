"""Bodies of organisations/*.yaml: central banks, companies, foreign ministries with their own names, UN organs
and international NGOs, with their country (or PLOVER's UNO/IGO code), sector and standing role."""

import shutil
from datetime import date

import pytest

from detente.errors import KnowledgeBaseError
from detente.kb import DATA_DIR, load_data, load_default

ON = date(2025, 6, 2)


@pytest.mark.parametrize("mention, actor_id, country, sector, role", [
    ("Bank of Korea", "org:bank-of-korea", "KOR", "GOV", "central bank"),
    ("China's central bank", "org:pboc", "CHN", "GOV", "central bank"),
    ("the Turkish central bank", "org:central-bank-of-turkey", "TUR", "GOV", "central bank"),
    ("Korean Air", "org:korean-air", "KOR", "BUS", "airline"),
    ("Pertamina", "org:pertamina", "IDN", "BUS", "state energy company"),
    ("Hanwha", "org:hanwha", "KOR", "BUS", "conglomerate"),
    ("Department of Foreign Affairs and Trade", "org:aus-foreign-ministry", "AUS", "GOV", None),
    ("Australia's foreign ministry", "org:aus-foreign-ministry", "AUS", "GOV", None),
    ("Global Affairs Canada", "org:can-foreign-ministry", "CAN", "GOV", None),
    ("International Court of Justice", "org:icj", "UNO", "JUD", "principal U.N. court"),
    ("OCHA", "org:ocha", "UNO", "IGO", None),
    ("Food and Agriculture Organization", "org:fao", "IGO", "IGO", None),
    ("Red Cross", "org:icrc", "IGO", "NGO", None),
    ("Pope Leo XIV", "person:pope-leo-xiv", "VAT", "REL", "Pope"),
])
def test_body_facts(mention, actor_id, country, sector, role):
    found = load_default().candidates(mention, on=ON)
    assert found, mention
    actor = found[0].actor
    held = actor.role_on(ON)
    assert (actor.id, actor.country, held.sector if held else actor.sector) == (actor_id, country, sector)
    assert (held.office if held else None) == role


@pytest.mark.parametrize("mention", ["Japanese airlines", "Chinese mobile", "Turkey's aerospace"])
def test_firms_get_no_owner_forms(mention):
    """A firm's name is a brand ("Japan Airlines", "China Mobile"): a demonym before a trade word is no firm."""
    assert not any(c.actor.sector == "BUS" for c in load_default().candidates(mention, on=ON))


@pytest.mark.parametrize("text, name, country, sector, role", [
    ("The Bank of Korea and the People's Bank of China renewed their currency swap on Monday.",
     "Bank of Korea", "KOR", "GOV", "central bank"),
    ("Guyana asked the International Court of Justice on Monday to rule on the border.",
     "International Court of Justice", "UNO", "JUD", "principal U.N. court"),
    ("The Red Cross said on Monday it had visited the prisoners held by both sides.",
     "International Committee of the Red Cross", "IGO", "NGO", None),
])
def test_readout_actor(reader, text, name, country, sector, role):
    actor = next(a for a in reader.read(text, published="2025-06-02").actors if a.name == name)
    assert (actor.country, actor.sector, actor.role) == (country, sector, role)


@pytest.mark.parametrize("old, new, words", [
    ("role: state energy company", "role: [state energy company]", ["companies.yaml", "Pertamina", "'role'"]),
    ("country: IDN, sector: BUS, role: state energy company", "country: XYZ, sector: BUS, role: state energy company",
     ["companies.yaml", "Pertamina", "XYZ"]),
])
def test_errors_name_the_file_and_entry(tmp_path, old, new, words):
    shutil.copytree(DATA_DIR, tmp_path / "kb")
    path = tmp_path / "kb" / "organisations" / "companies.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_data(tmp_path / "kb")
    assert all(w in str(err.value) for w in words), str(err.value)
