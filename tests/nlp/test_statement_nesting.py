"""One attribution per word (sentences written for these tests): a statement whose cue stands inside what
another speaker is reported to say is part of that content; a body reporting a known actor's words
leaves the statement to that actor."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-14"


def _speakers(reader, text):
    return sorted((s.speaker.name if s.speaker else None, s.cue) for s in reader.read(text, published=PUBLISHED).statements)


@pytest.mark.parametrize("text,expected", [
    # the governor's words reach the reader through the senator's report: one attribution, the senator's
    ("Senator Maria Lopez said on Tuesday that the governor had told donors the budget \"would never pass "
     "without deep cuts to every single agency\".", [("Maria Lopez", "said")]),
    # a view inside one's own report is part of it ("said he had stressed ...")
    ("Pete Hegseth said he had stressed the importance of open military channels with Beijing.",
     [("Pete Hegseth", "said")]),
])
def test_a_cue_inside_reported_content_is_no_statement_of_its_own(reader, text, expected):
    assert _speakers(reader, text) == expected


def test_a_body_reporting_a_known_actors_words_leaves_the_statement_to_the_actor(reader):
    text = ("China's defence ministry said Dong Jun told Pete Hegseth that the South China Sea was "
            "\"an area where China will never give ground\".")
    assert [name for name, _ in _speakers(reader, text)] == ["Dong Jun"]


@pytest.mark.parametrize("text,speaker,cue", [
    # a view voiced with its own subject inside a body's report is that actor's
    ("Japan's foreign ministry said Kishida had also voiced serious concern about Chinese military activity "
     "near the islands.", "Fumio Kishida", "voiced"),
    ("The Kremlin said Putin had expressed his condolences to the Iranian people over the crash.",
     "Vladimir Putin", "expressed"),
    # a cue joined to an act whose subject stands inside the body's report is that subject's words
    ("On Monday, Foreign Minister Yoko Kamikawa summoned China's ambassador and told him that the survey ship "
     "must leave at once, the Japanese foreign ministry said.", "Yoko Kamikawa", "told"),
])
def test_a_known_actors_words_inside_a_bodys_report_are_the_actors(reader, text, speaker, cue):
    assert (speaker, cue) in _speakers(reader, text)


@pytest.mark.parametrize("text,speaker,cue", [
    # an aide or an official who passes on what a known person said or did in words relays it
    ("Kremlin aide Yuri Ushakov told reporters that Vladimir Putin had thanked the Turkish president for "
     "hosting the talks.", "Vladimir Putin", "thanked"),
    ("Foreign Secretary Vikram Misri said Narendra Modi had expressed India's support for an early election "
     "in Nepal.", "Narendra Modi", "expressed"),
])
def test_a_person_relaying_a_known_persons_words_leaves_the_statement_to_them(reader, text, speaker, cue):
    assert [name for name, _ in _speakers(reader, text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # one side's account of what the other side's leader said is the teller's own claim
    ("Donald Trump said Crown Prince Mohammed bin Salman had asked him to help end the war in Sudan.",
     "Donald Trump"),
    # a closing cue the parser hung inside the clause before it relays nothing
    ("Vladimir Putin also said a settlement would need patience, Yuri Ushakov said.", "Vladimir Putin"),
])
def test_no_relay_across_sides_or_from_a_closing_cue(reader, text, speaker):
    assert speaker in [name for name, _ in _speakers(reader, text)]


@pytest.mark.parametrize("text,speaker,cue", [
    # the same speaker's second verb takes nothing over from the first
    ("The U.S. State Department said it was deeply concerned and urged Beijing to show restraint.",
     "U.S. State Department", "said"),
    # a cue in a clause describing a thing in the report is no statement that takes it over
    ("The Kenyan government said the deal would hurt no other party, stopping short of the pledge "
     "William Ruto had described.", "Kenyan government", "said"),
])
def test_the_same_speaker_or_a_describing_clause_takes_nothing_over(reader, text, speaker, cue):
    assert (speaker, cue) in _speakers(reader, text)
