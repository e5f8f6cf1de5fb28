"""Builders for hand-built readouts (made-up sentences about real-looking actors) used by the thread tests."""

from __future__ import annotations

import itertools

from detente.records import (
    ActorRef, ArticleMeta, DateValue, Event, EventLink, Evidence, Location, Readout, Response, article_id,
    event_id,
)

HEGSETH = ActorRef(name="Pete Hegseth", country="USA", sector="MIL", actor_id="person:pete-hegseth")
DONG = ActorRef(name="Dong Jun", country="CHN", sector="MIL", actor_id="person:dong-jun")
ZHANG = ActorRef(name="Zhang Youxia", country="CHN", sector="MIL", actor_id="person:zhang-youxia")
CHN_MIL = ActorRef(name="Chinese military leadership", country="CHN", sector="MIL",
                   actor_id="group:chn-military-leadership")
TRUMP = ActorRef(name="Donald Trump", country="USA", sector="GOV", actor_id="person:donald-trump")
XI = ActorRef(name="Xi Jinping", country="CHN", sector="GOV", actor_id="person:xi-jinping")
PUTIN = ActorRef(name="Vladimir Putin", country="RUS", sector="GOV", actor_id="person:vladimir-putin")
SULLIVAN = ActorRef(name="Jake Sullivan", country="USA", sector="GOV", actor_id="person:jake-sullivan")
SINGH = ActorRef(name="Rajnath Singh", country="IND", sector="MIL", actor_id="person:rajnath-singh")
USA = ActorRef(name="United States", country="USA", sector="GOV", actor_id="state:USA")
CHN = ActorRef(name="China", country="CHN", sector="GOV", actor_id="state:CHN")
SGP = ActorRef(name="Singapore", country="SGP", sector="GOV", actor_id="state:SGP")

_counter = itertools.count()


def day(value: str | None = None, earliest: str | None = None, latest: str | None = None,
        precision: str = "day") -> DateValue:
    return DateValue(value=value, earliest=earliest, latest=latest, precision=precision)


def ev(sentence: str, type_: str, status: str, source, target, date: DateValue | None = None, *,
       mode: str | None = None, trigger: str = "", place: tuple[str | None, str | None] | None = None,
       response: tuple[str, str] | None = None, ref: str | None = None, links=()) -> dict:
    """An event spec; `ref` names it so other events of the same article can link to it."""
    return dict(sentence=sentence, type=type_, status=status, source=list(source), target=list(target),
                date=date, mode=mode, trigger=trigger, place=place, response=response, ref=ref,
                links=list(links))


def article(published: str, *specs: dict, publisher: str = "Example Wire", extra: str = "") -> Readout:
    """A readout whose text is the events' sentences (plus `extra`), with events built from `specs`;
    `links=[("prepared_by", "call")]` in a spec links to the spec whose ref is "call"."""
    text = " ".join(s["sentence"] for s in specs) + (" " + extra if extra else "")
    aid = article_id(text)
    events, by_ref = [], {}
    for s in specs:
        start = text.index(s["sentence"])
        evidence = Evidence(sentence=s["sentence"], start=start, end=start + len(s["sentence"]))
        eid = event_id(aid, start, evidence.end, s["type"], s["status"])
        place = Location(name=s["place"][0], country=s["place"][1]) if s["place"] else None
        response = Response(by=s["response"][0], status=s["response"][1]) if s["response"] else None
        events.append(Event(id=eid, type=s["type"], mode=s["mode"], context=[], status=s["status"],
                            source=s["source"], target=s["target"], date=s["date"], location=place,
                            cameo=None, quad_class=1, intensity=1.0, confidence=0.9, evidence=evidence,
                            trigger=s["trigger"], response=response))
        if s["ref"]:
            by_ref[s["ref"]] = eid
    for event, s in zip(events, specs):
        event.links = [EventLink(relation=rel, event=by_ref[name]) for rel, name in s["links"]]
    return Readout(article=ArticleMeta(id=aid, text=text, url=f"https://example.test/{next(_counter)}",
                                       publisher=publisher, published=published), events=events)
