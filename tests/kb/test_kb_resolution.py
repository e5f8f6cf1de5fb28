"""Resolving mentions, offices and counterparts on dates, against the packaged knowledge base."""

from datetime import date

import pytest

from detente.kb import KnowledgeBase, MemoryKB, load_default

ARTICLE_DAY = date(2025, 8, 28)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_default()


def best(kb, mention, on=ARTICLE_DAY):
    found = kb.candidates(mention, on)
    assert found, f"no candidate for {mention!r}"
    return found[0]


def test_default_is_cached_and_a_knowledge_base(kb):
    assert load_default() is kb
    assert isinstance(kb, KnowledgeBase) and isinstance(kb, MemoryKB)


# --- office holders across real handovers ---------------------------------------------------------
@pytest.mark.parametrize("office, country, on, name", [
    ("defence_minister", "USA", date(2024, 6, 1), "Lloyd Austin"),
    ("defence_minister", "USA", date(2025, 3, 20), "Pete Hegseth"),
    ("defence_minister", "USA", date(2018, 6, 1), "Jim Mattis"),
    ("defence_minister", "CHN", date(2023, 3, 20), "Li Shangfu"),
    ("defence_minister", "CHN", date(2025, 3, 20), "Dong Jun"),
    ("defence_minister", "CHN", date(2020, 1, 1), "Wei Fenghe"),
    ("foreign_minister", "USA", date(2024, 6, 1), "Antony Blinken"),
    ("foreign_minister", "USA", date(2025, 6, 1), "Marco Rubio"),
    ("foreign_minister", "CHN", date(2023, 5, 1), "Qin Gang"),
    ("foreign_minister", "CHN", date(2024, 6, 1), "Wang Yi"),
    ("head_of_state", "USA", date(2024, 6, 1), "Joe Biden"),
    ("head_of_state", "USA", ARTICLE_DAY, "Donald Trump"),
    ("head_of_government", "USA", ARTICLE_DAY, "Donald Trump"),      # implied by head_of_state
    ("head_of_state", "CHN", ARTICLE_DAY, "Xi Jinping"),
    ("head_of_government", "CHN", ARTICLE_DAY, "Li Qiang"),
    ("national_security_advisor", "USA", date(2023, 1, 1), "Jake Sullivan"),
    ("national_security_advisor", "USA", ARTICLE_DAY, "Marco Rubio"),
    ("top_military_officer", "USA", ARTICLE_DAY, "Dan Caine"),
    ("cmc_vice_chairman", "CHN", date(2025, 11, 1), "Zhang Shengmin"),
    ("joint_staff_chief", "CHN", date(2020, 1, 1), "Li Zuocheng"),
    ("head_of_government", "GBR", date(2023, 1, 1), "Rishi Sunak"),
    ("head_of_government", "JPN", date(2025, 11, 1), "Sanae Takaichi"),
    ("defence_minister", "RUS", date(2024, 1, 1), "Sergei Shoigu"),
    ("defence_minister", "RUS", date(2025, 1, 1), "Andrei Belousov"),
    ("head_of_state", "KOR", date(2025, 1, 10), "Choi Sang-mok"),          # acting president
    ("head_of_government", "IRN", ARTICLE_DAY, "Masoud Pezeshkian"),       # Iran's president heads government
    ("head_of_state", "IRN", ARTICLE_DAY, "Ali Khamenei"),
    ("nato_secretary_general", None, ARTICLE_DAY, "Mark Rutte"),
])
def test_office_holder_on_date(kb, office, country, on, name):
    holder = kb.office_holder(office, country, on)
    assert holder is not None and holder.name == name


def test_office_holder_vacancy_and_titles(kb):
    assert kb.office_holder("defence_minister", "CHN", date(2023, 11, 15)) is None   # Li removed, Dong not yet named
    assert kb.office_holder("Secretary of War", "USA", date(2025, 10, 1)).name == "Pete Hegseth"
    assert kb.office_holder("defence_minister", "USA").name == "Pete Hegseth"         # no date: current holder
    assert kb.office_holder("no_such_office", "USA", ARTICLE_DAY) is None


# --- mentions ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("mention, on, actor_id, via", [
    ("Pete Hegseth", ARTICLE_DAY, "person:pete-hegseth", "name"),
    ("Hegseth’s", ARTICLE_DAY, "person:pete-hegseth", "surname"),
    ("HEGSETH", ARTICLE_DAY, "person:pete-hegseth", "surname"),
    ("Admiral Dong Jun", ARTICLE_DAY, "person:dong-jun", "alias"),
    ("Adm. Dong Jun", ARTICLE_DAY, "person:dong-jun", "alias"),
    ("General Zhang Youxia", ARTICLE_DAY, "person:zhang-youxia", "alias"),
    ("Gen. Zhang Youxia", ARTICLE_DAY, "person:zhang-youxia", "alias"),
    ("Kim Jong-un", ARTICLE_DAY, "person:kim-jong-un", "name"),      # hyphenation does not count
    ("Kim Jong Un", ARTICLE_DAY, "person:kim-jong-un", "name"),
    ("Zelenskyy", ARTICLE_DAY, "person:volodymyr-zelensky", "surname"),
    ("Erdogan", ARTICLE_DAY, "person:recep-tayyip-erdogan", "surname"),
    ("Xi", ARTICLE_DAY, "person:xi-jinping", "surname"),
    ("Wang", ARTICLE_DAY, "person:wang-yi", "surname"),
    ("Sharif", ARTICLE_DAY, "person:shehbaz-sharif", "surname"),          # active one of three Sharifs
    ("Sharif", date(2015, 6, 1), "person:nawaz-sharif", "surname"),
    ("Li", date(2023, 6, 1), "person:li-qiang", "surname"),
    ("Austin", date(2022, 1, 1), "person:lloyd-austin", "surname"),
    ("Secretary of State Marco Rubio", ARTICLE_DAY, "person:marco-rubio", "name"),
    ("Deputy Assistant Defense Secretary Alvaro Smith", ARTICLE_DAY, "person:alvaro-smith", "name"),
    ("President Xi", ARTICLE_DAY, "person:xi-jinping", "surname"),
    ("Chinese Defense Minister", date(2023, 3, 20), "person:li-shangfu", "office"),
    ("Chinese Defense Minister", date(2025, 3, 20), "person:dong-jun", "office"),
    ("U.S. Secretary of Defense", date(2024, 6, 1), "person:lloyd-austin", "office"),
])
def test_person_mentions(kb, mention, on, actor_id, via):
    top = best(kb, mention, on)
    assert (top.actor.id, top.via) == (actor_id, via)


def test_full_names_outrank_surnames_and_carry_the_dated_role(kb):
    found = kb.candidates("Dong Jun", ARTICLE_DAY)
    assert found[0].score == 1.0 and found[0].role.office_key == "defence_minister"
    assert kb.candidates("Hegseth", ARTICLE_DAY)[0].score < 1.0
    old = kb.candidates("Hegseth", date(2024, 6, 1))[0]
    assert old.role is None and old.score < kb.candidates("Hegseth", ARTICLE_DAY)[0].score


@pytest.mark.parametrize("name, country, sector", [          # the seed article's actors, on its date
    ("Pete Hegseth", "USA", "MIL"), ("Marco Rubio", "USA", "GOV"), ("Donald Trump", "USA", "GOV"),
    ("Wang Yi", "CHN", "GOV"), ("Xi Jinping", "CHN", "GOV"), ("Dong Jun", "CHN", "MIL"),
    ("Zhang Youxia", "CHN", "MIL"), ("Alvaro Smith", "USA", "MIL"), ("Pentagon", "USA", "MIL"),
    ("Central Military Commission", "CHN", "MIL"),
])
def test_seed_actors_resolve(kb, name, country, sector):
    top = best(kb, name)
    assert (top.actor.country, top.actor.sector, top.score) == (country, sector, 1.0)


def test_sector_follows_the_role_on_the_date(kb):
    assert best(kb, "Sergei Shoigu", date(2020, 1, 1)).actor.sector == "MIL"
    assert best(kb, "Sergei Shoigu", date(2025, 1, 1)).actor.sector == "GOV"
    rutte = best(kb, "Mark Rutte", ARTICLE_DAY).actor
    assert (rutte.sector, rutte.country) == ("IGO", None)
    assert best(kb, "Mark Rutte", date(2020, 1, 1)).actor.country == "NLD"
    assert kb.get("person:sergei-shoigu").sector == "GOV"          # the stored actor is not changed


@pytest.mark.parametrize("mention, actor_id, sector, via", [
    ("Washington", "state:USA", "GOV", "metonym"),
    ("Beijing’s", "state:CHN", "GOV", "metonym"),
    ("Moscow", "state:RUS", "GOV", "metonym"),
    ("the Kremlin", "org:kremlin", "GOV", "name"),
    ("the Pentagon", "org:pentagon", "MIL", "name"),
    ("Pentagon", "org:pentagon", "MIL", "name"),
    ("the White House", "org:white-house", "GOV", "name"),
    ("Downing Street", "org:gbr-prime-ministers-office", "GOV", "metonym"),
    ("Zhongnanhai", "state:CHN", "GOV", "metonym"),
    ("the Blue House", "state:KOR", "GOV", "metonym"),
    ("Whitehall", "state:GBR", "GOV", "metonym"),
    ("the Élysée", "state:FRA", "GOV", "metonym"),
    ("the Elysee", "state:FRA", "GOV", "metonym"),
    ("Foggy Bottom", "org:us-state-department", "GOV", "metonym"),
    ("Tokyo", "state:JPN", "GOV", "metonym"),
    ("Seoul", "state:KOR", "GOV", "metonym"),
    ("Pyongyang", "state:PRK", "GOV", "metonym"),
    ("Taipei", "state:TWN", "GOV", "metonym"),
    ("Kyiv", "state:UKR", "GOV", "metonym"),
    ("Kiev", "state:UKR", "GOV", "metonym"),
    ("Tehran", "state:IRN", "GOV", "metonym"),
    ("New Delhi", "state:IND", "GOV", "metonym"),
    ("Brussels", "org:european-union", "IGO", "metonym"),
])
def test_metonyms(kb, mention, actor_id, sector, via):
    top = best(kb, mention)
    assert (top.actor.id, top.actor.sector, top.via) == (actor_id, sector, via)


def test_brussels_keeps_belgium_as_second_reading(kb):
    assert [c.actor.id for c in kb.candidates("Brussels")][:2] == ["org:european-union", "state:BEL"]


@pytest.mark.parametrize("mention, code, via", [
    ("Chinese", "CHN", "demonym"), ("American", "USA", "demonym"), ("Americans", "USA", "demonym"),
    ("Russian", "RUS", "demonym"), ("British", "GBR", "demonym"), ("Japanese", "JPN", "demonym"),
    ("Filipino", "PHL", "demonym"), ("Philippine", "PHL", "demonym"), ("North Korean", "PRK", "demonym"),
    ("South Korean", "KOR", "demonym"), ("Taiwanese", "TWN", "demonym"), ("Ukrainian", "UKR", "demonym"),
    ("Iranian", "IRN", "demonym"), ("Israeli", "ISR", "demonym"),
    ("U.S.", "USA", "country"), ("US", "USA", "country"), ("USA", "USA", "country"), ("America", "USA", "country"),
    ("the United States", "USA", "country"), ("UK", "GBR", "country"), ("Britain", "GBR", "country"),
    ("PRC", "CHN", "country"), ("mainland China", "CHN", "country"), ("Russia", "RUS", "country"),
    ("South Korea", "KOR", "country"), ("North Korea", "PRK", "country"), ("DPRK", "PRK", "country"),
    ("ROK", "KOR", "country"), ("Taiwan", "TWN", "country"), ("Türkiye", "TUR", "country"),
    ("Turkey", "TUR", "country"), ("Côte d’Ivoire", "CIV", "country"),
])
def test_countries_and_demonyms(kb, mention, code, via):
    top = best(kb, mention)
    assert (top.actor.id, top.actor.kind, top.actor.sector, top.via) == (f"state:{code}", "state", "GOV", via)
    assert kb.country_code(mention) == code


@pytest.mark.parametrize("mention, actor_id, sector", [
    ("State Department", "org:us-state-department", "GOV"), ("U.S. Embassy", "org:us-embassy", "GOV"),
    ("Indo-Pacific Command", "org:indo-pacific-command", "MIL"), ("CMC", "org:central-military-commission", "MIL"),
    ("PLA", "org:pla", "MIL"), ("PLA Navy", "org:pla-navy", "MIL"), ("Politburo", "org:politburo", "GOV"),
    ("Chinese Ministry of Foreign Affairs", "org:chn-foreign-ministry", "GOV"),
    ("Russian Defence Ministry", "org:rus-defence-ministry", "MIL"), ("Russian Defense Ministry", "org:rus-defence-ministry", "MIL"),
    ("NATO", "org:nato", "IGO"), ("the UN", "org:un", "IGO"), ("UN Security Council", "org:unsc", "IGO"),
    ("EU", "org:european-union", "IGO"), ("ASEAN", "org:asean", "IGO"), ("AUKUS", "org:aukus", "IGO"),
    ("Reuters", "org:reuters", "JRN"), ("Nikkei Asia", "org:nikkei-asia", "JRN"), ("Xinhua", "org:xinhua", "JRN"),
    ("Global Times", "org:global-times", "JRN"), ("TASS", "org:tass", "JRN"), ("Benzinga", "org:benzinga", "JRN"),
    ("Shutterstock", "org:shutterstock", "BUS"),
])
def test_organisations(kb, mention, actor_id, sector):
    top = best(kb, mention)
    assert (top.actor.id, top.actor.sector, top.actor.kind) == (actor_id, sector, "organisation")


@pytest.mark.parametrize("mention", ["Paul Krugman", "Nobody In Particular", "xyzzy", "", "   ", "us", "who", "un"])
def test_unknown_or_lowercase_common_words_give_nothing(kb, mention):
    assert kb.candidates(mention, ARTICLE_DAY) == []


def test_unknown_ids_and_codes(kb):
    assert kb.get("person:nobody") is None
    assert kb.country_code("Atlantis") is None
    assert kb.country_code("Brussels") == "BEL"
    assert kb.country_code("the Pentagon") == "USA"


# --- office keys and counterparts -------------------------------------------------------------------
@pytest.mark.parametrize("title, country, office", [
    ("Defense Secretary", None, "defence_minister"), ("Secretary of Defense", "USA", "defence_minister"),
    ("Defence Secretary", "GBR", "defence_minister"), ("Secretary of War", "USA", "defence_minister"),
    ("Minister of National Defense", "CHN", "defence_minister"), ("defence minister", None, "defence_minister"),
    ("DEFENSE MINISTER", None, "defence_minister"), ("Minister for Defence", "AUS", "defence_minister"),
    ("Secretary of State", "USA", "foreign_minister"), ("Secretary of State", "GBR", None),
    ("Foreign Minister", None, "foreign_minister"), ("Foreign Secretary", "GBR", "foreign_minister"),
    ("Minister of Foreign Affairs", "CHN", "foreign_minister"), ("President", "USA", "head_of_state"),
    ("President", "IRN", "head_of_government"), ("Premier", "CHN", "head_of_government"),
    ("Prime Minister", None, "head_of_government"), ("Chancellor", "DEU", "head_of_government"),
    ("Chancellor", "GBR", "finance_minister"), ("National Security Adviser", None, "national_security_advisor"),
    ("national security advisor", "USA", "national_security_advisor"),
    ("Vice Chairman of the Central Military Commission", "CHN", "cmc_vice_chairman"),
    ("Chairman of the Joint Chiefs of Staff", "USA", "top_military_officer"),
    ("Chief of the Joint Staff Department", "CHN", "joint_staff_chief"),
    ("acting Secretary of Defense", None, "defence_minister"),
    ("Chinese Defense Minister", None, "defence_minister"), ("Plumber General", None, None),
])
def test_office_key(kb, title, country, office):
    assert kb.office_key(title, country) == office


@pytest.mark.parametrize("office, country, other, expected", [
    ("defence_minister", "USA", "CHN", [("defence_minister", "formal"), ("cmc_vice_chairman", "authority")]),
    ("cmc_vice_chairman", "CHN", "USA", [("defence_minister", "authority")]),
    ("defence_minister", "CHN", "USA", [("defence_minister", "formal")]),
    ("foreign_minister", "USA", "CHN", [("foreign_minister", "formal")]),
    ("head_of_state", "CHN", "USA", [("head_of_state", "formal")]),
    ("top_military_officer", "USA", "CHN", [("joint_staff_chief", "formal")]),
    ("joint_staff_chief", "CHN", "USA", [("top_military_officer", "formal")]),
    ("defence_minister", "USA", "RUS", [("defence_minister", "formal")]),
    ("head_of_government", "JPN", "USA", [("head_of_state", "authority")]),
])
def test_counterparts(kb, office, country, other, expected):
    assert kb.counterparts(office, country, other)[: len(expected)] == expected


def test_counterpart_lookup_finds_the_seed_pairing(kb):
    holder = kb.office_holder("defence_minister", "USA", ARTICLE_DAY)
    pairs = dict(kb.counterparts("defence_minister", "USA", "CHN"))
    assert kb.office_holder("defence_minister", "CHN", ARTICLE_DAY).name == "Dong Jun"
    assert pairs["defence_minister"] == "formal" and pairs["cmc_vice_chairman"] == "authority"
    vice_chairmen = kb.office_holder("cmc_vice_chairman", "CHN", ARTICLE_DAY)
    assert holder.name == "Pete Hegseth" and vice_chairmen.name in ("Zhang Youxia", "He Weidong")


# --- surface forms -------------------------------------------------------------------------------
def test_surface_forms(kb):
    forms = list(kb.surface_forms())
    labels = {label for _, label in forms}
    assert labels == {"ACTOR", "COUNTRY", "DEMONYM", "METONYM", "TITLE"}
    pairs = set(forms)
    for expected in [("Pete Hegseth", "ACTOR"), ("Admiral Dong Jun", "ACTOR"), ("U.S.", "COUNTRY"),
                     ("Chinese", "DEMONYM"), ("Beijing", "METONYM"), ("Pentagon", "ACTOR"),
                     ("Defense Secretary", "TITLE"), ("Secretary of State", "TITLE"), ("Zhongnanhai", "METONYM")]:
        assert expected in pairs
    assert len({text for text, _ in forms}) == len(forms)          # each text once
    assert ("Hegseth", "ACTOR") not in pairs and ("Hegseth", "ACTOR") in set(kb.surface_forms(include_surnames=True))


@pytest.mark.parametrize("name, on, office, head_of_state", [
    ("Donald Trump", date(2025, 1, 10), "President-elect", "Joe Biden"),
    ("Donald Trump", date(2025, 1, 21), "President", "Donald Trump"),
    ("Joe Biden", date(2020, 12, 1), "President-elect", "Donald Trump"),
])
def test_president_elect_between_election_and_inauguration(kb, name, on, office, head_of_state):
    assert best(kb, name, on).actor.role_on(on).office == office
    assert kb.office_holder("head_of_state", "USA", on).name == head_of_state
