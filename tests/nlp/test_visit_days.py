"""Acts between a visitor and its host a day or two from a meeting on the visit happened in the host country."""

import pytest

from readout_helpers import located

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize("text, type_, country", [
    # talks with the host's premier the day before the placed meeting with its president
    ("Spanish Prime Minister Pedro Sanchez met President Ferdinand Marcos in Manila on Tuesday. "
     "On Monday, Sanchez held talks with Philippine Foreign Secretary Enrique Manalo.", "CONSULT", "PHL"),
    # a signing by the two governments the day after
    ("Spanish Prime Minister Pedro Sanchez met President Ferdinand Marcos in Manila on Monday. "
     "On Tuesday, Sanchez and Philippine Foreign Secretary Enrique Manalo signed a fisheries accord.", "AGREE", "PHL"),
])
def test_act_on_the_trip_takes_host_country(reader, text, type_, country):
    assert located(reader, text, type_, PUBLISHED)[-1] == country


@pytest.mark.parametrize("text, type_", [
    # a week away from the visit: no longer on the trip
    ("Spanish Prime Minister Pedro Sanchez met President Ferdinand Marcos in Manila on Tuesday. "
     "On March 2, Sanchez and Philippine Foreign Secretary Enrique Manalo signed a fisheries accord.", "AGREE"),
])
def test_act_off_the_trip_stays_unplaced(reader, text, type_):
    assert located(reader, text, type_, PUBLISHED)[-1] is None
