"""The state a short run of words names by a name, demonym or capital of one to three words."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from detente.nlp.mentions import clean_name

NAME_POS = {"PROPN", "ADJ"}  # "South Korean", "Iranian", "Beijing"


def country_named_in(kb, tokens: Iterable[Token]) -> str | None:
    """The state the tokens name, longer names first ("South Korean" before "Korean"), else None."""
    words = list(tokens)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            run = words[i:i + size]
            if all(t.pos_ in NAME_POS for t in run) and all(b.i == a.i + 1 for a, b in zip(run, run[1:])):
                text = "".join(t.text_with_ws for t in run).strip()
                if code := kb.country_code(clean_name(text)):
                    return code
    return None
