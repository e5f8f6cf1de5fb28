"""People of an engagement take part in its acts told with state names (session 12; sentences written for
these tests): "Spain and Morocco agreed on Tuesday ..." followed by the leaders' meeting of that day gives
the agreement its leaders; an act told twice lends the people of one telling to the other; another day's
meeting, or another act of the day, lends none."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


def _people(event) -> set[str]:
    return {r.name for r in event.source + event.target if (r.actor_id or "").startswith("person:")}


@pytest.mark.parametrize("text, kind, lead, people", [
    # the meeting two sentences on
    ("Spain and Morocco agreed on Tuesday to reopen two border crossings. The crossings have been shut since "
     "2020. Prime Minister Pedro Sanchez met King Mohammed VI in Rabat on Tuesday.", "AGREE", "Spain and Morocco",
     {"Pedro", "Mohammed"}),
    ("Germany and Poland agreed on Monday to build a new bridge over the Oder. Chancellor Friedrich Merz held "
     "talks with Prime Minister Donald Tusk in Warsaw on Monday.", "AGREE", "Germany and Poland", {"Merz", "Tusk"}),
    # the talks told with states, the agreement they reached with the people
    ("Argentina and Brazil held talks in Brasilia on Thursday. Javier Milei and Luiz Inacio Lula da Silva signed "
     "an energy accord there on Thursday.", "CONSULT", "Argentina and Brazil", {"Milei", "Lula"}),
    # the same act told twice: the recall, then the envoy recalled
    ("Chile recalled its ambassador to Israel on Monday. The foreign ministry said on Monday that the Chilean "
     "ambassador, Jorge Carvajal, had been recalled.", "SANCTION", "Chile recalled", {"Carvajal"}),
])
def test_an_act_told_with_states_takes_the_engagement_people(reader, text, kind, lead, people):
    events = reader.read(text, published=PUBLISHED).events
    acts = [e for e in events if e.type == kind and e.evidence.sentence.startswith(lead)]
    assert acts, [(e.type, e.evidence.sentence[:30]) for e in events]
    found = _people(acts[0])
    assert all(any(p in n for n in found) for p in people), found


@pytest.mark.parametrize("text, lead", [
    # another day's meeting is another engagement
    ("Spain and Morocco agreed on Tuesday to reopen two border crossings. Prime Minister Pedro Sanchez met "
     "King Mohammed VI in Rabat last October.", "Spain and Morocco"),
    # a recall and an expulsion of the same day are two acts
    ("Chile recalled its ambassador to Israel on Monday. Israel expelled the Chilean ambassador, Jorge Carvajal, "
     "on Monday.", "Chile recalled"),
])
def test_another_engagement_lends_no_people(reader, text, lead):
    events = reader.read(text, published=PUBLISHED).events
    acts = [e for e in events if e.type in {"AGREE", "SANCTION"} and e.evidence.sentence.startswith(lead)]
    assert acts and not _people(acts[0]), [(_people(e), e.evidence.sentence[:30]) for e in acts]


@pytest.mark.parametrize("text, lead, people", [
    # a request made at the leaders' meeting of that day, naming the other side by its capital
    ("Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Monday. Britain asked Paris on "
     "Monday for help in securing the release of two British nationals.", "Britain asked", {"Starmer", "Macron"}),
    ("President Lula da Silva held talks with President Javier Milei in Brasilia on Thursday. Lula urged "
     "Argentina on Thursday to lift its tariffs on Brazilian steel.", "Lula urged", {"Milei"}),
])
def test_a_request_at_a_meeting_names_the_people_met(reader, text, lead, people):
    events = reader.read(text, published=PUBLISHED).events
    acts = [e for e in events if e.type == "REQUEST" and e.evidence.sentence.startswith(lead)]
    assert acts, [(e.type, e.evidence.sentence[:30]) for e in events]
    found = _people(acts[0])
    assert all(any(p in n for n in found) for p in people), found
