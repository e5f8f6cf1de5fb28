"""Metric helpers and code normalisation: small cases worked out by hand."""

from __future__ import annotations

import pytest

from detente.eval import codes
from detente.eval.baseline import margin
from detente.eval.metrics import (
    NONE, Counts, accuracy, binomial_se, confusion, macro_f1, match_spans, per_class, set_counts, top_confusions,
)


def test_counts_precision_recall_f1():
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 0.0 and Counts().precision == 0.0


def test_set_counts_and_micro_sum():
    total = Counts().add(set_counts({"USA", "CHN"}, ["USA"])).add(set_counts(set(), {"RUS"}))
    assert (total.tp, total.fp, total.fn) == (1, 1, 1)


def test_per_class_macro_over_gold_classes_only():
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), ("C", NONE)]
    classes = per_class(pairs)
    assert classes["A"].f1 == pytest.approx(2 / 3)      # p 1, r 0.5
    assert classes["B"].f1 == pytest.approx(2 / 3)      # p 0.5, r 1
    assert classes["C"].f1 == 0.0
    assert classes[NONE].support == 0                    # predicted only: not in the average
    assert macro_f1(classes) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert accuracy(pairs) == 0.5


def test_confusion_rows_gold_columns_predicted():
    table = confusion([("A", "B"), ("A", "B"), ("B", "B"), ("A", NONE)])
    assert table["labels"] == ["A", "B", NONE]
    assert table["matrix"] == [[0, 2, 1], [0, 1, 0], [0, 0, 0]]
    assert top_confusions(table, 1) == [("A", "B", 2)]


def test_match_spans_one_to_one_by_overlap():
    gold = [(0, 5), (10, 20)]
    assert match_spans(gold, [(3, 4), (4, 6)]) == Counts(tp=1, fp=1, fn=1)   # two hits on one gold span
    assert match_spans(gold, [(5, 10)]) == Counts(tp=0, fp=1, fn=2)          # touching is not overlapping
    assert match_spans(gold, [(0, 12), (12, 13)]) == Counts(tp=2, fp=0, fn=0)


def test_noise_margin_is_binomial_se_or_one_point():
    assert binomial_se(0.5, 100) == pytest.approx(0.05)
    assert margin(0.5, 100) == pytest.approx(0.05)
    assert margin(0.99, 10_000) == 0.01
    assert margin(0.3, 0) == 0.01


@pytest.mark.parametrize("code, expected", [
    ("USA", "USA"), ("JAP", "JPN"), ("VTN", "VNM"), ("USAGOV", "USA"), ("IGOUNO", "IGO"), ("NGO", "NGO"),
    ("---LEG", None), ("IMG", None), ("", None), (None, None), ("pse", "PSE"),
])
def test_country_codes(code, expected):
    assert codes.country(code) == expected


def test_actor_code_for_international_bodies():
    assert codes.actor_code(None, "IGO") == "IGO"
    assert codes.actor_code("FRA", "GOV") == "FRA"
    assert codes.actor_code(None, "GOV") is None


@pytest.mark.parametrize("code, expected", [("CVLkur", "CVL"), ("REBHUT", "REB"), ("***", None), ("GOV", "GOV")])
def test_sector_codes(code, expected):
    assert codes.sector(code) == expected


def test_plover_renames_and_modes():
    assert codes.plover_type("DEMAND") == ("REQUEST", None)
    assert codes.plover_type("DISAPPROVE") == ("ACCUSE", "disapprove")
    assert codes.plover_type("INVESTIGATE") == ("ACCUSE", "investigate")
    assert codes.plover_type("FIGHT") == ("ASSAULT", None)
    assert codes.plover_type("AGREE") == ("AGREE", None)
    assert codes.mode("strike-hun") == "hunger" and codes.mode("") is None


@pytest.mark.parametrize("code, expected", [
    ("010", None), ("0214", None), ("036", "AGREE"), ("042", "CONSULT"), ("081", "CONCEDE"), ("0841", "RETREAT"),
    ("0874", "RETREAT"), ("092", "ACCUSE"), ("112", "ACCUSE"), ("1041", "REQUEST"), ("163", "SANCTION"),
    ("195", "ASSAULT"), ("2042", "ASSAULT"),
])
def test_cameo_to_plover(code, expected):
    assert codes.cameo_to_plover(code) == expected
