"""`detente read` over mixed inputs and `detente watch`, against the local test server."""

from __future__ import annotations

import csv
import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store
from detente.store import sources_tables as st
from detente.store.schema import articles, events
from sources_helpers import FRENCH, OTHER_STORY, REPOST, STORY, STORY_TEXT, page, rss

pytestmark = pytest.mark.usefixtures("no_delay")


@pytest.fixture
def invoke():
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()

    def run(*args, input=None):
        return runner.invoke(app, [str(a) for a in args], input=input)
    return run


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _count(db, table) -> int:
    with Store(str(db)) as store, store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture
def site(server):
    server.add("/talks.html", page(STORY))
    server.add("/repost.html", page(REPOST, site="Coastal Daily", author="Bo Sample"))
    server.add("/fr.html", page(FRENCH, lang="fr"))
    server.hang("/slow.html", seconds=5)
    server.add("/feed.xml", rss([
        {"title": "Oslo offers talks", "link": server.url("/repost.html"), "guid": "repost",
         "date": "Tue, 04 Mar 2025 08:00:00 GMT"},
        {"title": "Peche", "link": server.url("/fr.html"), "guid": "fr"},
        {"title": "Slow page", "link": server.url("/slow.html"), "guid": "slow"},
    ]), "application/rss+xml")
    server.add("/notfeed.xml", "<<< this is not xml", "application/rss+xml")
    return server


def test_read_any_mix_of_inputs(invoke, site, tmp_path):
    db = tmp_path / "d.db"
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"body": "\n\n".join(OTHER_STORY), "date": "2025-05-09",
                                  "link": "https://andes.example/rail"}) + "\n{broken\n", encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "talks-copy.txt").write_text(STORY_TEXT, encoding="utf-8")
    result = invoke("read", site.url("/talks.html"), site.url("/feed.xml"), corpus, pages,
                    "--allow-private-urls", "--timeout", "0.5", "--db", db, "--json")
    assert result.exit_code == 1, (result.stdout, result.stderr)
    outs = _json_lines(result.stdout)
    by_title = {o["article"]["title"]: o for o in outs}
    [talks] = [o for o in outs if o["article"]["url"] == site.url("/talks.html")]
    assert talks["article"]["publisher"] == "Harbour Post" and talks["article"]["byline"] == "Ann Example"
    assert talks["article"]["published"] == "2025-03-03" and talks["article"]["language"] == "en"
    assert talks["stored"] and talks["events"]
    repost = by_title["Oslo offers talks"]
    assert repost["article"]["publisher"] == "Coastal Daily" and repost["article"]["published"] == "2025-03-04"
    assert repost["duplicate_of"]["article_id"] == talks["article"]["id"]
    rail = [o for o in outs if o["article"]["url"] == "https://andes.example/rail"][0]
    assert rail["article"]["publisher"] == "andes.example"
    assert len(outs) == 4  # talks, repost, rail, the text file
    [copy] = [o for o in outs if o["article"]["url"] is None]
    assert copy["article"]["id"] == talks["article"]["id"] and copy["stored"] is False  # the same text

    err = result.stderr.strip().splitlines()
    assert f"skipped: {site.url('/fr.html')}: written in French (fr)" in err[0] or any(
        line.startswith(f"skipped: {site.url('/fr.html')}: written in French") for line in err)
    assert any(line.startswith(f"error: {site.url('/slow.html')}: ") and "timed out" in line for line in err)
    assert any(line.startswith(f"error: {corpus}:2: is not valid JSON") for line in err)
    assert err[-2:] == ["1 of 7 articles skipped (not coded)", "2 of 7 articles failed"]

    with Store(str(db)) as store:
        assert [s["language"] for s in st.skipped(store)] == ["fr"]
        assert st.canonical_id(store, repost["article"]["id"]) == talks["article"]["id"]
        assert len(st.distinct_events(store)) == len(store.events()) < len(store.events(all_copies=True))
        assert len(st.copies(store, talks["article"]["id"])) == 2  # the page and the text file
    assert _count(db, articles) == 3


def test_private_urls_need_the_flag(invoke, site, tmp_path):
    db = tmp_path / "d.db"
    result = invoke("read", site.url("/talks.html"), "--db", db)
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {site.url('/talks.html')}: refused: 127.0.0.1 is a loopback address")
    assert site.requests == [] and _count(db, articles) == 0


def test_bad_inputs_store_nothing(invoke, server, tmp_path):
    db = tmp_path / "d.db"
    server.huge("/huge.html", size=8 * 1024 * 1024)
    server.add("/notfeed.xml", "<<< this is not xml", "application/rss+xml")
    server.hang("/hang.html", seconds=5)
    server.add("/lies.html", bytes(range(256)) * 40, "text/html; charset=utf-8")
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><script>only(script)</script>", encoding="utf-8")
    result = invoke("read", server.url("/huge.html"), server.url("/notfeed.xml"), server.url("/hang.html"),
                    server.url("/lies.html"), broken, "--allow-private-urls", "--timeout", "0.5",
                    "--max-size", "1", "--db", db)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 6 and lines[-1] == "5 of 5 articles failed"
    assert "over the 1.0 MB limit" in lines[0] and "not an RSS or Atom feed" in lines[1]
    assert "timed out" in lines[2] and "binary" in lines[3] and "no article text" in lines[4]
    assert result.stdout == ""
    for table in (articles, events, st.article_copies, st.source_skips, st.article_signatures):
        assert _count(db, table) == 0


def test_corpus_field_options(invoke, tmp_path):
    path = tmp_path / "c.tsv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t")
        writer.writerow(["story", "day", "where", "hed", "outlet"])
        writer.writerow([STORY_TEXT, "03/03/2025", "https://harbour.example/a", "Talks", "Harbour Post"])
    result = invoke("read", path, "--text-field", "story", "--date-field", "day", "--url-field", "where",
                    "--title-field", "hed", "--publisher-field", "outlet", "--no-store", "--json")
    assert result.exit_code == 0, result.stderr
    [out] = _json_lines(result.stdout)
    assert out["article"]["published"] == "2025-03-03" and out["article"]["title"] == "Talks"
    assert out["article"]["url"] == "https://harbour.example/a" and out["article"]["publisher"] == "Harbour Post"


def test_stdin_html_and_forced_kind(invoke):
    result = invoke("read", "-", "--no-store", "--json", input=page(STORY))
    assert result.exit_code == 0, result.stderr
    assert _json_lines(result.stdout)[0]["article"]["publisher"] == "Harbour Post"
    lines = json.dumps({"text": STORY_TEXT}) + "\n"
    result = invoke("read", "--kind", "jsonl", "--no-store", "--json", input=lines)
    assert result.exit_code == 0 and len(_json_lines(result.stdout)) == 1


def test_other_language_text_file_is_skipped(invoke, tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text("\n\n".join(FRENCH), encoding="utf-8")
    db = tmp_path / "d.db"
    result = invoke("read", path, "--db", db)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith(f"skipped: {path}: written in French (fr)")
    assert _count(db, articles) == 0 and _count(db, st.source_skips) == 1


# -- watch --------------------------------------------------------------------------------------------

def _watch(invoke, server, db, *feeds):
    return invoke("watch", *[server.url(f) for f in feeds], "--once", "--allow-private-urls",
                  "--timeout", "0.5", "--db", db)


def test_watch_reads_new_items_only_and_survives_restarts(invoke, server, tmp_path):
    db = tmp_path / "w.db"
    server.add("/talks.html", page(STORY))
    server.add("/fr.html", page(FRENCH, lang="fr"))
    items = [{"title": "Talks", "link": server.url("/talks.html"), "guid": "a"},
             {"title": "Peche", "link": server.url("/fr.html"), "guid": "b"}]
    server.add("/feed.xml", rss(items), "application/rss+xml")

    first = _watch(invoke, server, db, "/feed.xml")
    assert first.exit_code == 0, first.stderr
    [line] = first.stdout.strip().splitlines()
    assert line.endswith(f"{server.url('/feed.xml')} new=1 skipped=1 failed=0 seen=0")
    assert line[:4].isdigit() and "T" in line.split()[0]

    again = _watch(invoke, server, db, "/feed.xml")  # a new process: state comes from the database
    assert again.stdout.strip().endswith("new=0 skipped=0 failed=0 seen=2")
    assert server.paths().count("/talks.html") == 1

    server.add("/rail.html", page(OTHER_STORY, site="Andes Wire"))
    server.add("/feed.xml", rss([{"title": "Rail", "link": server.url("/rail.html"), "guid": "c"}, *items]),
               "application/rss+xml")
    third = _watch(invoke, server, db, "/feed.xml")
    assert third.stdout.strip().endswith("new=1 skipped=0 failed=0 seen=2")
    assert _count(db, articles) == 2


def test_watch_retries_a_failed_item_at_the_next_poll(invoke, server, tmp_path):
    db = tmp_path / "w.db"
    server.hang("/later.html", seconds=5)
    server.add("/feed.xml", rss([{"title": "Later", "link": server.url("/later.html"), "guid": "l"}]),
               "application/rss+xml")
    first = _watch(invoke, server, db, "/feed.xml")
    assert first.exit_code == 1
    assert first.stdout.strip().endswith("new=0 skipped=0 failed=1 seen=0")
    assert first.stderr.startswith(f"error: {server.url('/later.html')}: ")
    server.add("/later.html", page(STORY))  # the page is back
    second = _watch(invoke, server, db, "/feed.xml")
    assert second.exit_code == 0 and second.stdout.strip().endswith("new=1 skipped=0 failed=0 seen=0")


def test_watch_uses_conditional_requests(invoke, server, tmp_path):
    db = tmp_path / "w.db"
    server.add("/talks.html", page(STORY))
    body = rss([{"title": "Talks", "link": server.url("/talks.html"), "guid": "a"}]).encode()

    def feed(h):
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("ETag", '"v1"')
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
    server.routes["/feed.xml"] = feed
    assert _watch(invoke, server, db, "/feed.xml").stdout.strip().endswith("new=1 skipped=0 failed=0 seen=0")
    assert "(not modified)" in _watch(invoke, server, db, "/feed.xml").stdout


def test_watch_bad_feed_and_bad_options(invoke, server, tmp_path):
    db = tmp_path / "w.db"
    server.add("/notfeed.xml", "<<< not xml", "application/rss+xml")
    result = _watch(invoke, server, db, "/notfeed.xml")
    assert result.exit_code == 2
    assert "failed=1" in result.stdout and "not an RSS or Atom feed" in result.stderr
    bad_every = invoke("watch", server.url("/notfeed.xml"), "--every", "5s", "--db", db)
    assert bad_every.exit_code == 2 and "too often" in bad_every.stderr
    bad_scheme = invoke("watch", "file:///etc/passwd", "--once", "--db", db)
    assert bad_scheme.exit_code == 2 and "only http:// and https://" in bad_scheme.stderr


def test_watch_loop_polls_every_interval(server, tmp_path):
    from detente.sources.http import Fetcher
    from detente.sources.ingest import Ingest
    from detente.sources.watch import parse_every, watch
    server.add("/talks.html", page(STORY))
    server.add("/feed.xml", rss([{"title": "Talks", "link": server.url("/talks.html"), "guid": "a"}]),
               "application/rss+xml")
    slept, logged = [], []
    with Store(str(tmp_path / "w.db")) as store:
        results = watch(store, [server.url("/feed.xml")], every=parse_every("15m"), once=False,
                        ingest=Ingest(store), fetcher=Fetcher(timeout=2, allow_private=True, min_interval=0),
                        log=logged.append, sleep=slept.append, polls=3)
    assert [r.new for r in logged] == [1, 0, 0] and results[0].seen == 1
    assert len(slept) == 2 and all(800 < s <= 900 for s in slept)


@pytest.mark.parametrize("text, seconds", [("15m", 900), ("30s", 30), ("1h", 3600), ("1h30m", 5400), ("90", 90)])
def test_parse_every(text, seconds):
    from detente.sources.watch import parse_every
    assert parse_every(text) == seconds
