"""The year of a month named without one (detente.nlp.month_years): "that November" is the November of the
year just told (in its sentence or the one before); a month after "since" that has not begun by publication
is last year's.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest


def _month_dates(reader, text: str, published: str) -> dict[str, tuple[str, str]]:
    doc = reader.nlp.make_doc(text)
    doc._.published = date.fromisoformat(published)
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    return {s.text: (s._.date.first, s._.date.last) for s in doc.spans["dates"] if s._.date.precision == "month"}


@pytest.mark.parametrize("text,published,month,expected", [
    ("Relations soured after a coup in Mali in 2012. Bamako expelled the French envoy that November.",
     "2024-03-10", "November", ("2012-11-01", "2012-11-30")),
    ("The border was shut in 2016. Both sides reopened talks that October, with little result.",
     "2025-02-20", "October", ("2016-10-01", "2016-10-31")),
])
def test_that_month_takes_the_year_just_told(reader, text, published, month, expected):
    assert _month_dates(reader, text, published)[month] == expected


@pytest.mark.parametrize("text,published,month,expected", [
    ("The ministers opened the talks in March 2022 and signed the accord that December.",
     "2025-01-15", "December", ("2022-12-01", "2022-12-31")),
])
def test_that_month_after_a_written_year_in_the_sentence_is_of_that_year(reader, text, published, month,
                                                                          expected):
    assert _month_dates(reader, text, published)[month] == expected


def test_a_bare_month_after_a_year_keeps_the_year_nearest_publication(reader):
    """"Talks collapsed in 2019 and resumed in March": no "that" ties March to 2019."""
    dates = _month_dates(reader, "Talks collapsed in 2019 and resumed in March.", "2025-05-02")
    assert dates["March"] == ("2025-03-01", "2025-03-31")


@pytest.mark.parametrize("text,published,month,expected", [
    ("Relations have been frozen since August, when Quito recalled its envoy.", "2025-05-02", "August",
     ("2024-08-01", "2024-08-31")),
    ("Relations have been frozen since June, when Quito recalled its envoy.", "2025-03-10", "June",
     ("2024-06-01", "2024-06-30")),
])
def test_since_a_month_not_yet_begun_is_last_years(reader, text, published, month, expected):
    assert _month_dates(reader, text, published)[month] == expected


@pytest.mark.parametrize("text", [
    "The two leaders will meet in August.",
    "The palace announced on Monday a state visit to Lisbon in August.",
])
def test_a_month_ahead_not_after_since_stays_ahead(reader, text):
    assert _month_dates(reader, text, "2025-05-02")["August"] == ("2025-08-01", "2025-08-31")


def test_the_that_of_a_reported_clause_points_back_at_nothing(reader):
    """"said that March ...": a complementiser, not a demonstrative; the year told before does not apply."""
    text = "The border closed in 2019. On Monday the ministry said that March would be the new deadline."
    assert _month_dates(reader, text, "2025-01-10")["March"][0].startswith("2025")


def _day_dates(reader, text: str, published: str) -> dict[str, str]:
    doc = reader.nlp.make_doc(text)
    doc._.published = date.fromisoformat(published)
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    return {s.text: s._.date.value for s in doc.spans["dates"] if s._.date.precision == "day"}


@pytest.mark.parametrize("text,published,month,expected", [
    ("Lima recalled its envoy in June 2019 and said the decision was final at the time.\n\nThat October, Quito "
     "closed the border crossing.", "2024-05-10", "October", ("2019-10-01", "2019-10-31")),
    ("Ankara suspended the flights in May 2018 and called the step temporary at the time.\n\nThat November, Athens "
     "expelled two Turkish diplomats.", "2024-05-10", "November", ("2018-11-01", "2018-11-30")),
    ("The dam dispute flared in 2017, and both sides traded protests.\n\nThat September, Cairo walked out of "
     "the talks.", "2025-03-04", "September", ("2017-09-01", "2017-09-30")),
])
def test_that_month_after_a_paragraph_break_takes_the_year_just_told(reader, text, published, month, expected):
    assert _month_dates(reader, text, published)[month] == expected


@pytest.mark.parametrize("text,published,day,expected", [
    ("The navy began the patrols in March 2022. Hanoi protested on March 14, the day the first ship sailed.",
     "2024-06-20", "March 14", "2022-03-14"),
    ("The fishing ban came into force in July 2023. Seoul lodged a complaint on July 9, days after it began.",
     "2024-08-30", "July 9", "2023-07-09"),
])
def test_a_day_of_the_month_just_told_takes_its_year(reader, text, published, day, expected):
    assert _day_dates(reader, text, published)[day] == expected


@pytest.mark.parametrize("text,published,month,expected", [
    ("Fiji closed its embassy in Taipei and opened one in Beijing in February.", "2024-11-20", "February",
     ("2024-02-01", "2024-02-29")),
    ("The junta expelled the Danish ambassador in January, and ties have not recovered.", "2023-12-12", "January",
     ("2023-01-01", "2023-01-31")),
])
def test_a_month_not_yet_begun_on_a_past_act_is_last_years(reader, text, published, month, expected):
    assert _month_dates(reader, text, published)[month] == expected


@pytest.mark.parametrize("text,published,day,expected", [
    ("Quito withdrew its consul on January 6, after a row over a detained reporter.", "2024-12-15", "January 6",
     "2024-01-06"),
])
def test_a_day_not_yet_come_on_a_past_act_is_last_years(reader, text, published, day, expected):
    assert _day_dates(reader, text, published)[day] == expected
