"""Wishes are proposals, aims are plans, conditions make suppositions (sentences written for these tests):
"hopes to meet", "hoped talks could be arranged" and "his goal of meeting X" put an act forward that
nothing has arranged yet (proposed, as "wants to meet"); "aims to host" is the side's own intention
(planned, as "intends to"); "said it would act if ..." is
hypothetical whether the condition comes before or after."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"

WISHED = [
    ("Chile hopes to meet Peru's leaders next month.", "meet"),
    ("Canberra hoped for talks with Jakarta.", "talks"),
    ("Norwegian officials said they hoped talks with Sweden could be arranged this summer.", "talks"),
    ("Poland hopes its summit with Lithuania will be held in September.", "summit"),
    ("Ghana said its goal of meeting Togo's leaders had not changed.", "meeting"),
    ("Brazil renewed its offer of talks with Argentina.", "talks"),
    ("Algeria's aim is to hold talks with Morocco.", "talks"),
]
SETTLED = [
    ("Chile met Peru's leaders last month.", "met", "occurred"),
    ("Kenya plans to host a summit with Uganda next year.", "host", "planned"),
    ("Kenya aims to host a summit with Uganda next year.", "host", "planned"),  # hosting the summit is one act
    ("Rwanda aims to sign a trade pact with Burundi in 2026.", "sign", "planned"),
    ("Norwegian officials said talks with Sweden had been arranged for September.", "talks", "planned"),
]
# a reported harm on a condition is a threat, made (README status conventions; THREATEN occurred); a reported
# offer or easing on a condition stays hypothetical
CONDITIONAL = [
    ("Brazil said it would impose sanctions on Venezuela if the vote were delayed.", "sanctions",
     ("THREATEN", "occurred")),
    ("Brazil said that if the vote were delayed, it would impose sanctions on Venezuela.", "sanctions",
     ("THREATEN", "occurred")),
    ("Brazil said it would lift sanctions on Venezuela if the vote were held on time.", "lift",
     ("CONCEDE", "hypothetical")),
    ("Brazil said that if the vote were held on time, it would send aid to Venezuela next month.", "send",
     ("AID", "hypothetical")),
    ("Brazil said it would impose sanctions on Venezuela.", "sanctions", ("SANCTION", "planned")),
]


def _status(reader, text, trigger):
    return next(e.status for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)


@pytest.mark.parametrize("text,trigger", WISHED, ids=["hope-to", "hope-for", "hoped-arranged",
                                                      "hope-that-will", "goal-of", "offer-of", "aim-is-to"])
def test_a_wish_or_aim_proposes_the_act(reader, text, trigger):
    assert _status(reader, text, trigger) == "proposed"


@pytest.mark.parametrize("text,trigger,status", SETTLED, ids=["done", "plan", "aim-to", "aim-to-sign", "arranged"])
def test_without_a_wish_the_status_stands(reader, text, trigger, status):
    assert _status(reader, text, trigger) == status


@pytest.mark.parametrize("text,trigger,expected", CONDITIONAL,
                         ids=["harm-if-after", "harm-if-before", "offer-if", "aid-if-dated", "no-if"])
def test_a_condition_makes_reported_harm_a_threat_and_an_offer_hypothetical(reader, text, trigger, expected):
    found = [(e.type, e.status) for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger]
    assert found[:1] == [expected], found
