"""A reply by the side an act hit, told with "said" and no day of its own (sentences written for these
tests): it came after the act, so it is dated from the act's day to publication, not to that day."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-15"  # a Wednesday
ACT = "Japan on Tuesday imposed sanctions on Russian shipping companies over arms transfers to North Korea. "


@pytest.mark.parametrize("reply, trigger", [
    ("Russia's foreign ministry said Moscow would respond and called the measures hostile.", "called"),
    ("Russia's foreign ministry said it would answer the move and demanded that Tokyo reverse it.", "demanded"),
])
def test_reply_of_the_side_hit_runs_to_publication(reader, reply, trigger):
    events = reader.read(ACT + reply, published=PUBLISHED).events
    date = next(e for e in events if e.trigger == trigger).date
    assert date is not None and (date.earliest, date.latest) == ("2024-05-14", "2024-05-15")


def test_an_act_told_outright_keeps_the_day(reader):
    """Only a reply given out ("said") is placed after the act; a summons told outright is that day's news."""
    text = ACT + "The Russian foreign ministry summoned the Japanese ambassador."
    events = reader.read(text, published=PUBLISHED).events
    date = next(e for e in events if e.trigger == "summoned").date
    assert date is not None and date.value == "2024-05-14"


def test_a_statement_after_a_visit_is_no_reply_to_a_blow(reader):
    """A meeting hits nobody: the host's statement told with it stays that day's news."""
    text = ("Japanese Foreign Minister Yoko Kamikawa visited Moscow on Tuesday. Russia's foreign ministry said it "
            "would answer the move and demanded that Tokyo reverse it.")
    events = reader.read(text, published=PUBLISHED).events
    date = next(e for e in events if e.trigger == "demanded").date
    assert date is not None and date.value == "2024-05-14"


LEAD = ("Norway told the council on Monday that it was imposing export curbs on Belarusian potash. "
        "Its trade minister said the country remained open to talks. ")


@pytest.mark.parametrize("reaction, trigger, outside", [
    # the side the curbs hit, speaking with no time of its own after a mention dated from the lead
    ("Belarus's foreign minister called the decision \"illegal and hostile.\"", "called", True),
    # a third party
    ("In Vilnius, Lithuanian Foreign Minister Gabrielius Landsbergis praised the step.", "praised", True),
    # the lead's own side goes on with that day's news
    ("Norway's foreign minister criticised Minsk for its support of Moscow.", "criticised", False),
])
def test_reaction_to_the_lead_runs_to_publication(reader, reaction, trigger, outside):
    """A mention dated from the lead ("remained open to talks") does not make a later outside statement the lead's
    day (event_dates._lead_reaction)."""
    events = reader.read(LEAD + reaction, published=PUBLISHED).events
    date = next(e for e in events if e.trigger == trigger).date
    last = "2024-05-15" if outside else "2024-05-13"
    assert date is not None and (date.first, date.last) == ("2024-05-13", last), date
