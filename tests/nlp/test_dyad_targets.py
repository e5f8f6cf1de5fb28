"""Whom an act is aimed at when its sentence names no one: the source's partner in the article, and the
one party inside the act's own phrase (sentences written for these tests)."""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger

# (article, trigger, recipient's country): the act's sentence names no one else; the article's dyad does
PARTNERS = [
    ("Japan and China held talks in Beijing on Monday about fishing rights. Japan accused China of harassing "
     "its boats near the islands. On Tuesday, Tokyo threatened to suspend the fisheries agreement.",
     "suspend", "CHN"),
    ("Poland summoned the Belarusian ambassador on Friday over the border incidents. Warsaw accused Minsk of "
     "pushing migrants across the frontier. The Polish interior minister said Warsaw would retaliate.",
     "retaliate", "BLR"),
    ("Germany's defence minister met his Ukrainian counterpart in Kyiv on Monday. Germany pledged more air "
     "defence systems to Ukraine. Berlin said it would also resume training assistance.",
     "assistance", "UKR"),
    # an armed group is known by its own dyad, not its country's: the state it fought
    ("Hezbollah fired rockets at northern Israel on Sunday. Hezbollah said on Monday that it would end its "
     "presence near the border.", "end", "ISR"),
    # the forces a withdrawal moves are the withdrawer's own, not whom it is aimed at
    ("Hezbollah fired rockets at northern Israel on Sunday. Hezbollah said on Monday that it would withdraw "
     "its fighters from the border area.", "withdraw", "ISR"),
    # a side the article names outweighs sides only guessed from a place ("during a visit to Russia")
    ("The European Union imposed sanctions on China on Monday. In April, China pledged support during a visit "
     "to Russia. In May, China pledged aid during a trip to Russia. Beijing said it would retaliate.",
     "retaliate", "EUR"),
]


@pytest.mark.parametrize("text,trigger,country", PARTNERS, ids=[c[1] for c in PARTNERS])
def test_partner_in_article_receives_the_act(reader, text, trigger, country):
    event = event_by_trigger(reader, text, trigger)
    assert [a.country for a in event.target] == [country], event.target


# (article, trigger): no partner is clear, so none is guessed
NO_PARTNER = [
    # Brazil faced two states as often: no majority
    ("Brazil signed a trade pact with India on Monday. Brazil also signed a defence pact with South Africa. "
     "Brazil's president threatened to retaliate.", "threatened"),
    # one sentence: no article around it
    ("Indonesia's navy said Jakarta would retaliate.", "retaliate"),
    # rebels of no known state at home: not aimed abroad
    ("Rebels attacked Malian army posts near Kidal on Sunday. The rebels said on Monday that they would "
     "withdraw from the town.", "withdraw"),
]


@pytest.mark.parametrize("text,trigger", NO_PARTNER, ids=[c[1] for c in NO_PARTNER])
def test_no_clear_partner_no_recipient(reader, text, trigger):
    event = event_by_trigger(reader, text, trigger)
    assert not [a for a in event.target if a.country], event.target


# (sentence, trigger, recipient's country): several parties named; the one inside the act's own phrase
OWN_PHRASE = [
    ("Australia's foreign ministry condemned what it called reckless conduct by China and reaffirmed that "
     "the Australia-Japan security pact covers Japanese warships across the Pacific.", "condemned", "CHN"),
    ("Australia's foreign ministry condemned what it called reckless conduct by China and reaffirmed that "
     "the Australia-Japan security pact covers Japanese warships across the Pacific.", "reaffirmed", "JPN"),
    ("Seoul's foreign ministry denounced what it described as provocative drills by North Korea and "
     "reaffirmed that the South Korea-U.S. alliance protects American forces stationed in the South.",
     "denounced", "PRK"),
]


@pytest.mark.parametrize("text,trigger,country", OWN_PHRASE, ids=[c[1] for c in OWN_PHRASE])
def test_party_in_own_phrase_receives_the_act(reader, text, trigger, country):
    event = event_by_trigger(reader, text, trigger)
    assert [a.country for a in event.target] == [country], event.target
