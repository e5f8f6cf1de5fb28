"""Test helper: the trigger the engine gives one word of a sentence."""

from __future__ import annotations

from detente.nlp.triggers import trigger_for


def trigger_of(reader, text: str, word: str):
    """The trigger for the first token of `text` spelled `word` (lower case), or None."""
    token = next(t for t in reader.nlp(text) if t.lower_ == word)
    return trigger_for(token)
