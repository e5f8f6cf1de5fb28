"""The Python API: `read(text, published=...) -> Readout`, used by the CLI and web app alike."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from detente.records import ArticleMeta, Readout, article_id

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _parse_published(published: str | date | None) -> date | None:
    from detente.errors import InputError
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(published)
    except ValueError:
        raise InputError(f"bad --published value {published!r}: use YYYY-MM-DD, e.g. 2025-08-28") from None


def _load_dateparser() -> None:
    """Import dateparser and load its English data now (about 0.7 s, once per process), not inside the
    first article with a date only dateparser reads (detente.events.dates._fallback)."""
    from dateparser.date import DateDataParser
    DateDataParser(languages=["en"]).get_date_data("3 March 2020")


class Reader:
    """Holds the loaded pipeline so many articles are read without reloading the model."""

    def __init__(self, kb=None):
        from detente.kb.places import gazetteer
        from detente.nlp.pipeline import build_pipeline
        self.nlp = build_pipeline(kb=kb)
        gazetteer().index  # noqa: B018 -- build the city index now (about 3 s, once per process), not
        # in the middle of the first article that names a place
        _load_dateparser()

    def read(self, text: str, *, published: str | date | None = None, url: str | None = None,
             publisher: str | None = None, title: str | None = None) -> Readout:
        """Read one article text into a Readout."""
        from detente.nlp.readout import readout_from_doc
        doc = self._new_doc(text, published=published, url=url, publisher=publisher, title=title)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return readout_from_doc(doc)

    def read_batch(self, items: Sequence[dict[str, Any]]) -> list[Readout | Exception]:
        """Read several articles (keyword dicts for `read`: text, published, url...) at once; one result
        per item, in order: its Readout, or the exception that stopped it (the others go on).

        The model's stages run over the whole batch, as `nlp.pipe` does (faster than one by one, and
        the same per article: each stage sees one document at a time); detente's run per article.
        """
        from detente.nlp.readout import readout_from_doc
        results: list[Any] = []
        for item in items:
            try:
                results.append(self._new_doc(**item))
            except Exception as exc:  # noqa: BLE001 -- reported for this item, the batch goes on
                results.append(exc)
        for _, proc in self.nlp.pipeline:
            _run_stage(proc, results)
        return [r if isinstance(r, Exception) else _try(readout_from_doc, r) for r in results]

    def _new_doc(self, text: str, *, published: str | date | None = None, url: str | None = None,
                 publisher: str | None = None, title: str | None = None) -> Doc:
        """The checked text as an unprocessed Doc carrying the article's metadata."""
        from detente.sources.text import check_text
        text = check_text(text)
        day = _parse_published(published)
        meta = ArticleMeta(id=article_id(text), text=text, url=url, publisher=publisher,
                           published=day.isoformat() if day else None, title=title)
        doc = self.nlp.make_doc(text)
        doc._.article = meta
        doc._.published = day
        return doc


def _run_stage(proc: Any, results: list[Any]) -> None:
    """Run one pipeline stage over the documents of a batch in place; a failing document becomes its
    exception. A model stage runs over all of them at once, and one by one only if that fails."""
    alive = [i for i, r in enumerate(results) if not isinstance(r, Exception)]
    if hasattr(proc, "pipe") and len(alive) > 1:
        try:
            for i, doc in zip(alive, proc.pipe([results[i] for i in alive], batch_size=len(alive))):
                results[i] = doc
            return
        except Exception:  # noqa: BLE001 -- find the document it failed on, one at a time
            pass
    for i in alive:
        results[i] = _try(proc, results[i])


def _try(func: Any, arg: Any) -> Any:
    """func(arg), or the exception it raised (a batch reports it for that article and goes on)."""
    try:
        return func(arg)
    except Exception as exc:  # noqa: BLE001
        return exc


@lru_cache(maxsize=1)
def default_reader() -> Reader:
    """One shared Reader per process."""
    return Reader()


def read(text: str, *, published: str | date | None = None, url: str | None = None,
         publisher: str | None = None, title: str | None = None) -> Readout:
    """Read one article and return its Readout (events, statements, actors, counterparts).

    Args:
        text: the article's text.
        published: publication date (YYYY-MM-DD or a date); relative dates resolve against it.
        url, publisher, title: article metadata, kept as given.
    Returns:
        The Readout: the same object the CLI prints and the store saves.
    """
    return default_reader().read(text, published=published, url=url, publisher=publisher, title=title)
