"""Sanctions told through a quantifier, border checks, goods put under curbs and duties told by their rate
(detente.nlp.trigger_border_checks). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    # a passage closed through a quantifier object
    ("Latvia closed all of its road crossings with Russia on Monday.", "closed"),
    # checks on traffic at a border, brought in or tightened
    ("Austria has checked traffic on its border with Slovenia since 2016.", "checked"),
    ("The minister told the border guards to step up checks at the country's eastern borders.", "step"),
    ("Denmark extended controls to all of its land frontiers last spring.", "extended"),
    # goods put under a trade curb
    ("The gallium, which Beijing put under export controls in July, is scarce.", "put"),
    # a duty told by its rate, laid in a relative clause
    ("A 15 percent duty that Ottawa imposed last year still applies.", "duty"),
])
def test_border_checks_and_curbs_are_sanctions(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("SANCTION", "discontinue"), found
