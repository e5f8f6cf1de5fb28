"""Event coding on sentences written for these tests: type, mode, status, sides, dates, places."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-10"

# (text, type, mode, status, source country, target country)
CASES = [
    ("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Monday.",
     "CONSULT", None, "occurred", "JPN", "KOR"),
    ("The Russian foreign minister held talks with his Turkish counterpart in Ankara last week.",
     "CONSULT", None, "occurred", "RUS", "TUR"),
    ("Australia proposed a phone call between the two defence chiefs.", "CONSULT", "phone", "proposed",
     "AUS", None),
    ("India is considering attendance at the summit in Kazan.", "CONSULT", "multilateral",
     "under_consideration", "IND", None),
    ("Beijing declined a request from Washington for a meeting of defence ministers.", "CONSULT", None,
     "declined", None, None),
    ("The Philippines will host Japanese troops for joint exercises next month.", "CONSULT", "visit",
     "planned", "JPN", "PHL"),
    ("Germany cancelled a planned visit to China by its foreign minister.", "CONSULT", "visit",
     "cancelled", None, "CHN"),
    ("Britain and France did not meet in Brussels after all.", "CONSULT", None, "negated", "GBR", "FRA"),
    ("If Moscow sends troops across the border, NATO would deploy more forces in Poland.",
     "MOBILIZE", "troops", "hypothetical", None, None),
    ("Iran accused Israel of attacking its consulate in Damascus.", "ACCUSE", "allege", "occurred", "IRN",
     "ISR"),
    ("The United States imposed sanctions on Russian banks on Friday.", "SANCTION", None, "occurred",
     "USA", None),
    ("North Korea threatened South Korea with retaliation.", "THREATEN", None, "occurred", "PRK", "KOR"),
]


@pytest.mark.parametrize("text,type_,mode,status,src,tgt", CASES, ids=[c[0][:40] for c in CASES])
def test_event_coding(reader, text, type_, mode, status, src, tgt):
    readout = reader.read(text, published=PUBLISHED)
    found = [e for e in readout.events if e.type == type_]
    assert found, f"no {type_} event in {[(e.type, e.trigger) for e in readout.events]}"
    ev = found[0]
    assert ev.status == status
    if mode:
        assert ev.mode == mode
    if src:
        assert src in {a.country for a in ev.source}, ev.source
    if tgt:
        assert tgt in {a.country for a in ev.source + ev.target}, ev.target


def test_nominal_repeat_merges_and_adds_date(reader):
    text = ("Canada's defence minister proposed a video call with Indian officials. "
            "The proposed late July conversation would be the first since the dispute began.")
    readout = reader.read(text, published="2024-07-01")
    calls = [e for e in readout.events if e.type == "CONSULT"]
    assert len(calls) == 1
    assert calls[0].status == "proposed" and calls[0].mode == "phone"
    assert (calls[0].date.earliest, calls[0].date.latest) == ("2024-07-16", "2024-07-31")


def test_response_attaches_to_pending_proposal(reader):
    text = ("South Korea invited Japan to a trilateral meeting in September. "
            "Tokyo has not responded.")
    readout = reader.read(text, published="2024-08-01")
    ev = next(e for e in readout.events if e.type == "CONSULT")
    assert ev.status == "proposed"
    assert ev.response is not None and ev.response.by == "JPN" and ev.response.status == "non_committal"


def test_evidence_offsets_point_into_text(reader):
    text = "Headline Here\n\nThe Indian foreign minister visited Beijing on Tuesday. Talks went on."
    readout = reader.read(text, published="2024-03-01")
    assert readout.events
    for ev in readout.events:
        assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.sentence


def test_boilerplate_is_not_coded(reader):
    text = ("The French president met the German chancellor in Berlin on Monday.\n\n"
            "Read Next:\n- Brazil attacks Argentina over trade in fiery debate\n\n"
            "Photo: Example Photo Agency")
    readout = reader.read(text, published="2024-03-05")
    assert [e.type for e in readout.events] == ["CONSULT"]
