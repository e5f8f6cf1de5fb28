"""Further legs of a tour told beside the leg a sentence reports ("a tour that began in X", "a tour that also
takes in X and Y", "and is due in X"): a visit of the traveller to each further host, besides the reported one.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _visits(readout):
    return {(tuple(sorted({r.country for r in e.source})), tuple(sorted({r.country for r in e.target})), e.status)
            for e in readout.events if e.type == "CONSULT" and e.mode == "visit"}


@pytest.mark.parametrize("text, leg", [
    ("German Chancellor Olaf Scholz visited Vietnam on Tuesday, the second stop of an Asian tour that began in "
     "Japan.", (("DEU",), ("JPN",), "occurred")),
    ("Brazilian President Lula visited Kenya on Monday, the first stop of a tour that also takes in Nigeria and "
     "Ghana.", (("BRA",), ("GHA", "NGA"), "planned")),
    ("Canadian Prime Minister Mark Carney arrived in Mexico on Thursday on a regional trip that started in "
     "Guatemala.", (("CAN",), ("GTM",), "occurred")),
    ("French President Emmanuel Macron flew on to Jakarta on Monday and is due in Manila on Friday.",
     (("FRA",), ("PHL",), "planned")),
])
def test_a_further_leg_is_a_visit_of_its_own(reader, text, leg):
    visits = _visits(reader.read(text, published="2024-05-15"))
    assert leg in visits, visits
    assert len(visits) == 2, visits


def test_the_travellers_home_is_no_further_leg(reader):
    text = ("French President Emmanuel Macron flew on to Jakarta on Monday and is due in Manila on Friday, the last "
            "stop of a tour that began in Paris.")
    visits = _visits(reader.read(text, published="2024-05-15"))
    assert visits == {(("FRA",), ("IDN",), "occurred"), (("FRA",), ("PHL",), "planned")}, visits
