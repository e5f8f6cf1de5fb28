"""Who acts in a later act of a series told before: "China began drills around the island on Monday ... The
second day's drill focused on the ports", "Russia struck the city ... A third wave of strikes hit the grid": an
act no party is named for, which an ordinal or a word of recurrence marks as one of a run ("second", "next",
"another", "a new round of"), continues the run of the same kind told just before, by the same sides.
Runs inside `event_links.settle`, after the pair anaphors got their parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft

# words that put an act in a run of its kind (ordinals are found by the entity tagger too)
ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
SERIES_WORDS = ORDINALS | {"first", "next", "another", "further", "new", "fresh", "renewed", "latest", "subsequent",
                           "final", "last"}
SERIES_WINDOW = 4  # sentences back the run may be told


def _marked(token: Token) -> bool:
    """A word of the run on the act's noun, on its owner ("the second day's drill") or on the noun it is
    "of" ("a third round of strikes")."""
    holders = [token] + [c for c in token.children if c.dep_ == "poss"]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        holders.append(token.head.head)
    return token.pos_ == "NOUN" and any(c.dep_ in {"amod", "det", "advmod", "nummod"} and
                                        (c.lower_ in SERIES_WORDS or c.ent_type_ == "ORDINAL")
                                        for h in holders for c in h.children)


def _same_run(prev: Draft, d: Draft) -> bool:
    """The same kind of act: the same type, and the same word or the same stated mode (a "drill" after
    "exercises" of troops), so that a run of one side's strikes lends nothing to a rocket attack."""
    if prev.type != d.type or not prev.source or (prev.mode and d.mode and prev.mode != d.mode):
        return False
    return d.token.lemma_.lower() in _run_words(prev.token) or prev.mode is not None and prev.mode == d.mode


def _run_words(token: Token) -> set[str]:
    """The act's word and, for an act told as one of a run ("a second round of talks"), the run's noun, so
    that a later "a third round" continues it."""
    words = {token.lemma_.lower()}
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        words.add(token.head.head.lemma_.lower())
    return words


def continue_series(drafts: list[Draft], index: dict[int, int]) -> None:
    """A marked act with no party takes the sides of the latest act of its run told shortly before (one
    with both sides first: the run's first mention may name only its actor)."""
    for i, d in enumerate(drafts):
        if d.source or d.target or not _marked(d.token):
            continue
        here = index[d.sent.start]
        run = [p for p in reversed(drafts[:i]) if here - index[p.sent.start] <= SERIES_WINDOW and _same_run(p, d)]
        prev = next((p for p in run if p.target), run[0] if run else None)
        if prev is not None:
            d.source, d.target = list(prev.source), list(prev.target)
            d.mode = d.mode or prev.mode
