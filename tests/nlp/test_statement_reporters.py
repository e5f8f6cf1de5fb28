"""Who keeps a statement another source reports (session 16; sentences written for these tests): a news agency
or "according to X" reporting what a known person said leaves the words to that person, whether the person
named something ("described the talks as ..."), conveyed a message, or urged something in a clause conjoined
to the first; a capital or a seat speaking for its government keeps the name the text gives it."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-05"


def _speakers(reader, text: str, words: str) -> list[str]:
    """The speakers of the statements whose quote, or whose sentence's cue, carries the words."""
    found = reader.read(text, published=PUBLISHED).statements
    return [s.speaker.name for s in found if s.speaker is not None and words in s.quote]


@pytest.mark.parametrize("text, words, speaker", [
    # a person naming something inside an agency's report
    ('Wang Yi had described the meeting as "frank, practical and useful," Xinhua reported.',
     "frank, practical", "Wang Yi"),
    ('Sergei Lavrov called the proposal "a dangerous provocation by the West," TASS reported on Tuesday.',
     "dangerous provocation", "Sergey Lavrov"),
    # a message conveyed, reported by an agency
    ("Sergei Lavrov arrived in Pyongyang on Monday. He conveyed the Kremlin's gratitude to the North Korean "
     "leadership, KCNA said.", "gratitude", "Sergey Lavrov"),
    # a second cue conjoined to the first clause's verb, under a closing "according to"
    ("Wang Yi told Penny Wong at the Great Hall of the People that ties had come through a hard period and urged "
     "both sides to keep building on the recovery, according to Xinhua.", "keep building", "Wang Yi"),
])
def test_a_reported_person_keeps_the_words(reader, text, words, speaker):
    speakers = _speakers(reader, text, words)
    assert speakers and all(s == speaker for s in speakers), speakers


@pytest.mark.parametrize("text, words, speaker", [
    ("Moscow and Minsk describe the drills as a purely defensive exercise.", "defensive exercise", "Moscow"),
    ("The Elysee said in a statement that the Algerian authorities bore responsibility for the crisis.",
     "bore responsibility", "Elysee"),
    ("Tokyo said on Monday that the flight was a serious violation of its airspace.", "serious violation",
     "Tokyo"),
])
def test_a_capital_speaking_keeps_its_name(reader, text, words, speaker):
    assert speaker in _speakers(reader, text, words)


@pytest.mark.parametrize("text, words, speaker", [
    # the state by its own name, and a capital that is a place, not a speaker
    ("Japan said on Monday that the flight was a serious violation of its airspace.", "serious violation",
     "Japan"),
    ("Speaking in Tokyo, Shigeru Ishiba said the flight was a serious violation of Japan's airspace.",
     "serious violation", "Shigeru Ishiba"),
])
def test_a_state_or_a_person_keeps_the_name(reader, text, words, speaker):
    assert speaker in _speakers(reader, text, words)


def test_a_stance_on_what_another_named_stays_with_its_holders(reader):
    """"Leaders denounced what X called "..."": the denouncing is the leaders' own, not a report of X's words."""
    text = ('Other leaders denounced what Australian Prime Minister Anthony Albanese called the North\'s '
            '"reckless, provocative, dangerous" actions.')
    found = reader.read(text, published=PUBLISHED).statements
    assert any(s.speaker is not None and s.speaker.name == "Other leaders" for s in found), \
        [(s.speaker, s.quote) for s in found]

