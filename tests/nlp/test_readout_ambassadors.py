"""An ambassador's posting in an article about two states (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _role(reader, text, name):
    actors = reader.read(text, published="2025-04-16").actors
    return next(a.role for a in actors if a.name == name)


@pytest.mark.parametrize("text, name, role", [
    ("Japan summoned China's ambassador, Wu Jianghao, on Monday. Tokyo told Beijing the survey ship must "
     "leave Japanese waters. China said its ship had done nothing wrong.", "Wu Jianghao", "Ambassador to Japan"),
    ("Brazil recalled its ambassador, Frederico Meyer, from Tel Aviv. Israel said Brazil had insulted it, "
     "and Brazil said Israel had crossed a line.", "Frederico Meyer", "Ambassador to Israel"),
])
def test_a_states_ambassador_is_posted_to_the_other_state_of_the_article(reader, text, name, role):
    assert _role(reader, text, name) == role


def test_an_ambassador_with_a_stated_posting_keeps_it(reader):
    text = ("Poland's ambassador to the United Nations, Krzysztof Szczerski, said Poland and Belarus "
            "would hold talks. Belarus said Poland had closed the border.")
    assert _role(reader, text, "Krzysztof Szczerski") != "Ambassador to Belarus"
