"""What a request asks for (detente.nlp.request_modes and request_mode in detente.nlp.triggers): the thing
asked "for" after the person asked, withdrawing "out", restarting a cut trade flow. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from readout_helpers import first_request_mode


@pytest.mark.parametrize("text,mode", [
    # "pressed X for Y": Y is what is asked, though the person asked is the verb's object
    ("Scholz said he had pressed Xi for the early release of German citizens held in China.", "yield"),
    ("Tokyo asked Seoul for help with the evacuation of its nationals.", "assist"),
    # withdrawing forces or craft "out" of a place yields
    ("The Chinese coast guard demanded that Manila pull the ship out of the area immediately.", "yield"),
    ("Athens urged Ankara to move its survey vessel out of Greek waters.", "yield"),
    # restarting a trade flow one had cut gives way on a curb
    ("Scholz said he had asked Beijing to restart imports of German pork soon.", "yield"),
    ("Canberra urged Beijing to resume purchases of Australian barley.", "yield"),
])
def test_request_mode(reader, text, mode):
    assert first_request_mode(reader, text) == mode
