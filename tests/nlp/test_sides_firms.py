"""Named firms on event sides: a firm that signs, invests or is sanctioned by name stands on its side with
its state's country (records' `who` rule 6), not replaced by its state (sentences written for these tests)."""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger

# (sentence, trigger, side, firm, its country)
FIRMS = [
    # sanctioned by name: the firms are the target
    ("The Treasury imposed sanctions on Rosneft and two of its tankers on Friday.", "sanctions", "target",
     "Rosneft", "RUS"),
    # a firm as the doer of an investment in another state
    ("Danish shipmaker Norrvik Yards will invest heavily in Brazil over the next decade.", "invest", "source",
     "Norrvik Yards", "DNK"),
    # "the company": the firm the story just named, beside a conjoined government
    ("Peru chose Danish shipmaker Norrvik Yards for its frigates. Lima will sign contracts with the company "
     "and the Danish government next year.", "sign", "target", "Norrvik Yards", "DNK"),
]


@pytest.mark.parametrize("text,trigger,side,firm,country", FIRMS, ids=[c[3] for c in FIRMS])
def test_named_firm_stays_on_its_side(reader, text, trigger, side, firm, country):
    event = event_by_trigger(reader, text, trigger)
    assert (firm, country) in [(a.name, a.country) for a in getattr(event, side)], (event.source, event.target)


@pytest.mark.parametrize("text,trigger", [
    # "the company" with no firm named before it stands for no one
    ("Lima will sign contracts with the company and the Danish government next year.", "sign"),
    # a company of its own description is no anaphor of the firm named before
    ("Peru chose Norrvik Yards for its frigates. Lima will sign contracts with a state company next year.", "sign"),
])
def test_company_without_a_named_firm_is_no_firm(reader, text, trigger):
    event = event_by_trigger(reader, text, trigger)
    assert "Norrvik Yards" not in [a.name for a in event.source + event.target], (event.source, event.target)
