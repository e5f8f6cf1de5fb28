"""Storylines: events from many articles that report one engagement, linked into threads.

    from detente.store import Store
    from detente.threads import link_article, list_threads, get_thread, threads_for_article

    with Store("detente.db") as store:
        store.save(readout)
        link_article(store, readout)          # [ThreadStep, ...]; [] when linked before
        list_threads(store, dyad="USA-CHN", status="open")
        get_thread(store, "th-3f2a9c1e5b7d")  # with its timeline: evidence sentences and sources
        threads_for_article(store, readout.article.id)  # the readout's `threads` list

See docs/threads.md for how events are matched and how the status history is built.
"""

from detente.threads.link import ThreadStep, link_article, link_pending, relink_all
from detente.threads.query import get_thread, list_threads, threads_for_article

__all__ = ["ThreadStep", "link_article", "link_pending", "relink_all", "list_threads", "get_thread",
           "threads_for_article"]
