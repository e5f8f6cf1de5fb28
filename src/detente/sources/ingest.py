"""From SourceArticle to stored readout: read it, save it, record where it came from, link duplicates.

`Ingest.process(article)` is what `detente watch` does with each article, and `Ingest.process_many`
what `detente read` does with a batch of them (the same per article, read 8 at a time):

- an article with an `error` is reported as failed; nothing is stored;
- an article with a `skip_reason` (another language...) is recorded in ``source_skips``, not coded;
- otherwise it is read (`Reader.read`), saved (`Store.save`, one transaction), its copy recorded
  (URL, publisher, origin) and its MinHash signature indexed, which links it to the article it
  near-duplicates, if any. A failure while reading leaves nothing stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from detente.errors import DetenteError, InputError
from detente.sources.article import SourceArticle

BATCH_SIZE = 8  # read+store CPU over 500 Reuters: 1: 20.4 s, 4: 18.5, 8: 18.1, 16: 17.7; peak RSS 387/387/407/447 MB


@dataclass
class Outcome:
    """What became of one article: status read | skipped | failed, and the readout when read."""

    article: SourceArticle
    status: str
    readout: Any = None
    stored: bool = False
    duplicate: tuple[str, float] | None = None  # (canonical article id, similarity)
    error: str | None = None
    warning: str | None = None


class Ingest:
    """Reads SourceArticles into a store (or only reads them, with `store=None`).

    Args:
        store: a `detente.store.Store`, or None to read without storing (no skip records, no links).
        reader: a `detente.Reader` (default: the shared one).
        defaults: metadata filling what an article lacks (published, url, publisher, title).
        dedup: index articles and link near-duplicates.
        after_save: functions (store, readout) run after each save: knowledge-base bookkeeping, threads.
        threshold: estimated Jaccard similarity from which two articles are linked.
    """

    def __init__(self, store: Any = None, reader: Any = None, defaults: dict[str, Any] | None = None,
                 dedup: bool = True, threshold: float | None = None, after_save: list | None = None):
        from detente.store.sources_tables import DEFAULT_THRESHOLD
        self.store = store
        self.after_save = list(after_save or [])  # hooks(store, readout) run once a readout is saved
        self._reader = reader
        self.defaults = {k: v for k, v in (defaults or {}).items() if v is not None}
        self.dedup = dedup
        self.threshold = DEFAULT_THRESHOLD if threshold is None else threshold

    @property
    def reader(self) -> Any:
        if self._reader is None:
            from detente.api import default_reader
            self._reader = default_reader()
        return self._reader

    def process(self, art: SourceArticle) -> Outcome:
        """Read, store and link one article; never raises for a bad article (see Outcome.error)."""
        return next(self.process_many([art]))

    def process_many(self, arts: Iterable[SourceArticle], batch_size: int = BATCH_SIZE) -> Iterator[Outcome]:
        """`process` for each article, in order, reading them `batch_size` at a time (Reader.read_batch:
        the model runs over a batch: on short news its stages take about a quarter less CPU)."""
        for chunk in _chunks(arts, batch_size):
            ready = [self._ready(art) for art in chunk]
            to_read = [a for a in ready if isinstance(a, SourceArticle)]
            results = iter(_read_batch(self.reader, [{"text": a.text or "", **a.read_kwargs()} for a in to_read]))
            for item in ready:
                yield item if isinstance(item, Outcome) else self._keep(item, next(results))

    def _ready(self, art: SourceArticle) -> SourceArticle | Outcome:
        """The article with its defaults, ready to read; or its Outcome when it is not to be read."""
        if art.error is not None:
            return Outcome(art, "failed", error=art.error)
        art = art.with_defaults(self.defaults)
        if art.skip_reason is None:
            return art
        if self.store is not None:
            from detente.store.sources_tables import record_skip
            try:
                record_skip(self.store, art)
            except DetenteError as exc:
                return Outcome(art, "failed", error=str(exc))
        return Outcome(art, "skipped")

    def _keep(self, art: SourceArticle, result: Any) -> Outcome:
        """Store what reading gave (a Readout, or the exception that stopped it) and run the hooks."""
        if isinstance(result, InputError):
            return Outcome(art, "failed", error=str(result))
        if isinstance(result, Exception):  # a bug met on odd input must not end the batch; say so plainly
            return Outcome(art, "failed", error=f"could not be read: unexpected {type(result).__name__} "
                                                f"({result}); please report it with the article")
        readout = result
        if art.language:
            readout.article.language = art.language
        if art.author and not readout.article.byline:
            readout.article.byline = art.author
        if self.store is None:
            return Outcome(art, "read", readout=readout)
        try:
            stored = self.store.save(readout)
        except DetenteError as exc:
            return Outcome(art, "failed", readout=readout, error=str(exc))
        outcome = Outcome(art, "read", readout=readout, stored=stored)
        self._after_save(outcome)
        return outcome

    def _after_save(self, outcome: Outcome) -> None:
        """The hooks and the duplicate index; their failures leave the readout saved, with a warning."""
        readout, art = outcome.readout, outcome.article
        for hook in self.after_save:
            try:
                hook(self.store, readout)
            except DetenteError as exc:  # the readout is saved; the hook is idempotent and retried next read
                outcome.warning = f"saved, but {getattr(hook, '__name__', 'a hook')} failed: {exc}"
        if self.dedup:
            from detente.store.sources_tables import index_article
            try:
                outcome.duplicate = index_article(self.store, readout, art, self.threshold)
            except DetenteError as exc:  # the readout is saved; the next read of it retries the index
                outcome.warning = f"saved, but not indexed for duplicates: {exc}"


def _read_batch(reader: Any, items: list[dict[str, Any]]) -> list[Any]:
    """Reader.read_batch, or `read` item by item for a reader that has only that (each result a Readout
    or the exception it raised)."""
    if not items:
        return []
    if hasattr(reader, "read_batch"):
        return reader.read_batch(items)
    results: list[Any] = []
    for item in items:
        try:
            results.append(reader.read(item["text"], **{k: v for k, v in item.items() if k != "text"}))
        except Exception as exc:  # noqa: BLE001 -- reported for this article, the batch goes on
            results.append(exc)
    return results


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of `size` items (the last may be shorter), taken lazily."""
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
