"""A meeting's mode from its final parties and place (nlp/meeting_modes.py): no mode yet -> by the place;
two sides met at one's home (a body's seat included) -> the other's visit, unless a gathering is named; three
or more states as one event -> multilateral; two states in neither's country -> third-party."""

from types import SimpleNamespace

import pytest

from detente.nlp.meeting_modes import mode_by_parties, settle_meeting_modes
from detente.records import Location


def _ref(country, sector=None):
    return SimpleNamespace(country=country, actor_id=country, sector=sector)


def _meeting(mode, source, target, country, type_="CONSULT"):
    return SimpleNamespace(type=type_, mode=mode, source=[_ref(c) for c in source], target=[_ref(c) for c in target],
                           location=Location(name=None, country=country) if country else None,
                           token=SimpleNamespace(lemma_="meet", sent=[], children=[], dep_="ROOT"), status="occurred")


@pytest.mark.parametrize("draft, mode", [
    # two delegations in a third state's city: hosted by a third party
    (_meeting(None, ["USA"], ["UKR"], "SAU"), "third-party"),
    (_meeting(None, ["ARM"], ["AZE"], "KAZ"), "third-party"),
    # in one side's country: the other side's visit
    (_meeting(None, ["FRA"], ["CHN"], "CHN"), "visit"),
])
def test_unset_mode_from_final_place(draft, mode):
    settle_meeting_modes([draft])
    assert draft.mode == mode


@pytest.mark.parametrize("draft, mode", [
    # a call read from the words stays one
    (_meeting("phone", ["USA"], ["UKR"], "SAU"), "phone"),
    # no place, or only one side at its own home: nothing to tell
    (_meeting(None, ["USA"], ["UKR"], None), None),
    (_meeting(None, ["USA"], [], "USA"), None),
    # not a meeting
    (_meeting(None, ["USA"], ["UKR"], "SAU", "AGREE"), None),
])
def test_mode_kept_without_grounds(draft, mode):
    settle_meeting_modes([draft])
    assert draft.mode == mode


PUBLISHED = "2025-03-12"


def _consults(reader, text):
    return [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, visitor", [
    # two leaders meeting at one's home at an occasion of its own: a visit, not a gathering
    ("Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping at a summit in Beijing "
     "on Wednesday.", "BRA"),
    # a body's seat is its home: meeting its head there is visiting it
    ("British Prime Minister Keir Starmer met European Commission President Ursula von der Leyen in Brussels "
     "on Monday.", "GBR"),
    # two sides meeting each other at a gathering one of them hosts: the guest's visit, the gathering the setting
    ("Japanese Prime Minister Shigeru Ishiba met Brazilian President Luiz Inacio Lula da Silva on the sidelines "
     "of the G20 summit in Rio de Janeiro on Monday.", "JPN"),
    ("Indian Prime Minister Narendra Modi held talks with South African President Cyril Ramaphosa at the G20 "
     "summit in Johannesburg on Saturday.", "IND"),
    # attending one host's occasion is a visit to it (records' CONSULT convention: two sides, one's country)
    ("Brazilian President Luiz Inacio Lula da Silva attended the military parade in Beijing on Wednesday.", "BRA"),
])
def test_two_sides_at_home_is_visit(reader, text, visitor):
    events = _consults(reader, text)
    assert [e.mode for e in events] == ["visit"]
    assert {r.country for r in events[0].source} == {visitor}


@pytest.mark.parametrize("text", [
    # taking part in a many-party gathering a state hosts is multilateral, as the seed's analyst codes the forum
    "Vietnam hosts a defence conference in Hanoi next month; Canberra has confirmed it will attend.",
    # a third body, a group or a named gathering: multilateral
    "Indian Prime Minister Narendra Modi attended the BRICS summit in Rio de Janeiro on Sunday.",
    "Ukrainian President Volodymyr Zelensky attended a summit of European leaders in London on Sunday.",
])
def test_named_gathering_stays_multilateral(reader, text):
    assert "multilateral" in [e.mode for e in _consults(reader, text)]
    assert "visit" not in [e.mode for e in _consults(reader, text)]


@pytest.mark.parametrize("draft, mode", [
    # three states met as one event, at one's home or with a mediator: a gathering
    (_meeting("visit", ["JPN", "CHN"], ["KOR"], "KOR"), "multilateral"),
    (_meeting("third-party", ["TUR"], ["ETH", "SOM"], "TUR"), "multilateral"),
    # one traveller's visits to several hosts stay visits; a call stays a call
    (_meeting("visit", ["USA"], ["CRI", "GTM"], None), "visit"),
    (_meeting("phone", ["USA"], ["IND", "PAK"], None), "phone"),
    # two states within a gathering in neither's country: third-party ground
    (_meeting("multilateral", ["USA"], ["CHN"], "SGP"), "third-party"),
    # ... but not when a body is a side, nor at one side's home, nor when the words tell attending a gathering
    (_meeting("multilateral", ["USA"], [], "SGP"), "multilateral"),
    (SimpleNamespace(**{**vars(_meeting("multilateral", ["USA"], ["CHN"], "SGP")),
                        "token": SimpleNamespace(lemma_="attend", sent=[])}), "multilateral"),
    (_meeting("multilateral", ["JPN"], ["NATO"], "NLD"), "multilateral"),
])
def test_mode_by_number_of_parties(draft, mode):
    if draft.target and draft.target[0].country == "NATO":
        draft.target = [_ref("BEL", sector="IGO")]
    assert mode_by_parties(draft) == mode


@pytest.mark.parametrize("text, mode", [
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on the sidelines of the SCO summit in "
     "Almaty on Sunday.", "third-party"),
    ("The leaders of Japan, China and South Korea held their first three-way summit in Seoul on Monday.",
     "multilateral"),
])
def test_convention_modes_from_text(reader, text, mode):
    assert mode in [e.mode for e in _consults(reader, text)]


@pytest.mark.parametrize("draft, host", [
    # one side known, met in another state's country: its visit to that state, the host the target (convention 2)
    (_meeting(None, ["UKR"], [], "USA"), "USA"),
    (_meeting(None, ["COL"], [], "FRA"), "FRA"),
])
def test_one_side_met_abroad_is_visit(draft, host):
    settle_meeting_modes([draft])
    assert draft.mode == "visit"
    assert [r.country for r in draft.target] == [host]


@pytest.mark.parametrize("text", [
    # a bilateral contact on the sidelines elsewhere is third-party, whatever the verb and with the gathering
    # told only before ("On the sidelines")
    "On the sidelines in Astana on Friday, Chinese President Xi Jinping told Uzbek President Shavkat Mirziyoyev "
    "that trade must grow.",
    "On the sidelines of the forum in Doha on Monday, Turkish President Recep Tayyip Erdogan told Iranian "
    "President Masoud Pezeshkian that the region needed calm.",
])
def test_sidelines_contact_elsewhere_is_third_party(reader, text):
    assert "third-party" in [e.mode for e in _consults(reader, text)]


def _met(source, target_people, country):
    """A visit whose hosts are people of these states (as "met the presidents of A, B and C" reads)."""
    d = _meeting("visit", source, target_people, country)
    for r in d.target:
        r.kind = "person"
    return d


# Session 26: a visitor's several hosts met in one place are a gathering, the participating host the target
@pytest.mark.parametrize("draft, source, target", [
    (_met(["USA"], ["KEN", "UGA", "TZA"], "KEN"), {"USA", "UGA", "TZA"}, {"KEN"}),
    # met in none of their countries: all came there, a gathering with no host to move
    (_met(["GBR"], ["ESP", "FRA"], "BEL"), {"GBR"}, {"ESP", "FRA"}),
])
def test_hosts_met_together_are_a_gathering(draft, source, target):
    settle_meeting_modes([draft])
    assert draft.mode == "multilateral"
    assert {r.country for r in draft.source} == source and {r.country for r in draft.target} == target


def test_states_visited_in_turn_stay_a_tour():
    draft = _meeting("visit", ["USA"], ["KEN", "UGA"], "KEN")
    settle_meeting_modes([draft])
    assert draft.mode == "visit"
