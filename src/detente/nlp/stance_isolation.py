"""A denied isolation ("will not act alone", "you are not alone", "does not mean going it alone"): the
speaker says the parties move together, though no word of it is conciliatory by itself."""

from __future__ import annotations

from spacy.tokens import Token

# Words of standing or acting apart from the others, which a denial turns into togetherness; asserted
# ("will decide alone"), they take no side by themselves.
ISOLATION_WORDS = {"alone", "solo"}


def isolation_word(token: Token) -> bool:
    """"alone" as an adverb or adjective of standing or acting apart."""
    return token.lower_ in ISOLATION_WORDS and token.pos_ in {"ADV", "ADJ"}
