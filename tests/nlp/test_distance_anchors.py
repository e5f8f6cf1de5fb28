"""nlp.distance_anchors: a distance clause told of a mention ("The signing came eight days after ...", "Its
announcement came hours after ...") or reaching acts its verb governs ("after X threatened to impose a levy")
dates those acts from the act it counts from (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-14"  # a Thursday


@pytest.mark.parametrize("text, trigger, day", [
    # a definite mention of the act told in the lead, several sentences back
    ("Peru and Chile signed a defence pact in Lima on Wednesday. The pact binds each to defend the other. "
     "Officials in both capitals praised it. A Chilean minister called it historic. "
     "The signing came eight days after Bolivia shelled a border post.", "shelled", "2024-03-05"),
    # hours away is the same day
    ("Peru and Chile agreed a truce late on Monday, officials in Lima said on Wednesday. The announcement came "
     "hours after Peru fired rockets at a base in Chile.", "fired", "2024-03-11"),
    # an act placed from another moment ("ten days after X began shelling") is not the one a mention names
    ("Chile and Peru agreed a truce late on Monday, ten days after Chile began shelling Peru's ports. The "
     "announcement came hours after Peru fired rockets at a base in Chile.", "fired", "2024-03-11"),
    # the clause's verb governs the act ("threatened to impose a levy")
    ("Canadian leader Justin Trudeau flew to Paris on Wednesday for dinner with President Macron, five days "
     "after Macron threatened to impose a 20 percent levy on Canadian cheese.", "levy", "2024-03-08"),
    # the day hangs on the verb a copula-like verb is told through ("appeared to be holding on Wednesday"),
    # and each joined distance clause counts on its own ("a day after X and ten days after Y")
    ("The truce between Chile and Peru appeared to be holding on Wednesday, a day after each side accused the "
     "other of breaking it and ten days after Chile began shelling Peru's ports.", "shelling", "2024-03-03"),
    ("Shelling along the border seemed to be easing on Tuesday, a week after Chilean gunboats shelled a "
     "Peruvian fishing port and three days after Peru began firing rockets at Chilean outposts.", "firing",
     "2024-03-09"),
])
def test_distance_from_the_act_counted_from(reader, text, trigger, day):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and event.date.value == day, event.date


@pytest.mark.parametrize("text, trigger, day", [
    # the parser may hang the distance noun on the verb before "after" ("came a day after X accused Y"),
    # and a day worded otherwise than the anchor's ("the same day") is still the anchor's day
    ("Chile broke off relations with Peru on Tuesday. The break came a day after President Gabriel Boric "
     "accused Peru of arming rebels, and on the same day that Bolivian ministers imposed sanctions on Peru.",
     "accused", "2024-03-11"),
    # a trailing participle clause happens at its governor's moment: its distance counts from that day
    ("Peruvian troops stormed the Chilean consulate late on Tuesday, some of them scaling the gates, only hours "
     "after Chile had granted a fugitive general political asylum.", "granted", "2024-03-12"),
])
def test_distance_from_a_governing_day(reader, text, trigger, day):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and event.date.value == day, event.date
