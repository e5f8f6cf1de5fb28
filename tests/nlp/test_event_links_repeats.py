"""Linking events across sentences (sentences written for these tests): a pair anaphor that is the
subject of the verb governing the event ("the two ministers are due to speak"); speaking "again" by
the channel of the pair's last call; "the two sides" of an engagement being an earlier engagement's
pair; "the trip" not being a mention of proposed talks; "the exchange" told again with its date."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday
CALL = ("Japan's foreign minister Yoko Kamikawa telephoned South Korean foreign minister Cho Tae-yul on "
        "Tuesday. ")


def _events(reader, text):
    return {e.trigger: e for e in reader.read(text, published=PUBLISHED).events}


def _names(refs):
    return [r.name for r in refs]


@pytest.mark.parametrize("second, trigger", [
    ("The two ministers are due to speak again on Monday.", "speak"),
    ("The two ministers are due to meet in Busan next month.", "meet"),
    ("Both ministers plan to meet in Busan next month.", "meet"),
])
def test_pair_anaphor_subject_of_the_governing_verb(reader, second, trigger):
    event = _events(reader, CALL + second)[trigger]
    assert _names(event.source) == ["Yoko Kamikawa"] and _names(event.target) == ["Cho Tae-yul"]


@pytest.mark.parametrize("first, second, mode", [
    (CALL, "The two ministers are due to speak again on Monday.", "phone"),
    (CALL, "The two ministers are due to speak on Monday.", None),  # no "again": the channel is not said
    ("Yoko Kamikawa met Cho Tae-yul in Seoul on Tuesday. ", "The two ministers are due to speak again on Monday.",
     None),  # only a call has a channel to repeat
])
def test_speaking_again_is_by_the_last_calls_channel(reader, first, second, mode):
    assert _events(reader, first + second)["speak"].mode == mode


def test_the_two_sides_of_a_call_are_the_pair_of_the_earlier_talks(reader):
    text = ("Japanese envoy Masataka Okano held talks with Chinese vice foreign minister Sun Weidong in Beijing "
            "on Tuesday. Sun Weidong urged Masataka Okano to retract the remarks. The two sides agreed to arrange "
            "a call between their foreign ministers.")
    call = _events(reader, text)["call"]  # the demand in between runs from China to Japan
    assert _names(call.source) == ["Masataka Okano"] and _names(call.target) == ["Sun Weidong"]


def test_the_trip_is_no_mention_of_the_proposed_talks(reader):
    text = ("Xi Jinping proposed direct negotiations last Sunday, and Joe Biden challenged him to come to "
            "Washington in person. Xi did not make the trip.")
    trip = _events(reader, text)["trip"]
    assert trip.status == "negated" and trip.date is None


EXCHANGE = ("Armenian and Azerbaijani negotiators met in Almaty on Thursday and agreed to exchange 30 detainees "
            "each. The session lasted three hours. Kazakh officials called it useful. Mirzoyan said his team was "
            "satisfied. Bayramov said more work was needed. He added that the exchange would take place soon.")


def test_the_exchange_told_again_gives_its_date_and_sentence(reader):
    exchange = _events(reader, EXCHANGE)["exchange"]
    assert exchange.status == "planned"
    assert exchange.date is not None and (exchange.date.earliest, exchange.date.latest) == ("2024-06-14", "2024-07-31")
    assert "would take place soon" in exchange.evidence.sentence
