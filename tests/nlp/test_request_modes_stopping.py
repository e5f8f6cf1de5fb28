"""What stopping or lifting asks for (detente.nlp.request_modes): stopping a policy is a change, stopping a
hostility or lifting a curb yields; an asked act the parser hangs off the request still counts. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import first_request_mode


@pytest.mark.parametrize("text,mode", [
    # stopping a policy told by an -ing verb is a change of policy
    ("Paris urged Moscow to stop supplying Minsk with attack drones.", "change"),
    ("Ottawa has urged New Delhi to stop buying Russian oil.", "change"),
    # stopping a hostility, told by its verb or by a hostile quality, yields
    ("Berlin called on Ankara to stop shelling Kurdish towns.", "yield"),
    ("The Dutch minister said the Netherlands backs Manila and called on Beijing to halt its aggressive "
     "manoeuvres.", "yield"),
    # lifting one's own curb yields (PLOVER: ending sanctions)
    ("Seoul asked Tokyo to suspend the tariffs on chip materials.", "yield"),
    ("Wellington has pressed Jakarta to scrap the ban on its dairy exports.", "yield"),
    # the asked act hung off the duration ("for years to free ...")
    ("Canberra has been pressing Hanoi for years to free the jailed activist.", "yield"),
])
def test_stopping_and_lifting_modes(reader, text, mode):
    assert first_request_mode(reader, text) == mode
