"""Statements answering the day's news from outside it: "France told the council on Thursday it was restoring
sanctions on Iran ... Iran called the decision illegal ... Washington welcomed the step". A side that took no
part in the lead's act (a third party, or the side the act hit) and is told speaking with no time of its own
spoke some time between the news day and publication, as the examples' analyst records it (README: statements
with no day run to publication). Used by news_day.date_by_news_day. A side's own words told after the charge
the lead dates are that charge's, not a reaction (`same_side_statement`, used by event_dates).
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.nlp.events import Draft
from detente.records import DateValue

VERBAL_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"}  # statements, which react to news
HITTING_TYPES = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN", "ACCUSE", "PROTEST"}  # acts that hit a side


def _news_parties(drafts: list[Draft], lead: Span) -> set[str]:
    """The sides that made the lead's acts, and those that took part in them with the maker (a meeting's
    host, a pact's other party); the side a hostile act hit took no part in it."""
    acts = [p for p in drafts if p.sent.start == lead.start and p.status == "occurred"]
    return {c for p in acts for c in p.countries("source")} | \
        {c for p in acts if p.type not in HITTING_TYPES for c in p.countries("target")}


def outside_reaction(d: Draft, drafts: list[Draft], lead: Span, day: DateValue, published) -> DateValue | None:
    """From the news day to publication, for a statement after the lead by a side outside the lead's acts;
    None otherwise (the statement then shares the news day)."""
    mine = d.countries("source")
    if d.type not in VERBAL_TYPES or not mine or d.sent.start == lead.start or published is None \
            or not day.value or day.value >= published.isoformat():
        return None
    parties = _news_parties(drafts, lead)
    if not parties or mine & parties:
        return None
    return DateValue(earliest=day.value, latest=published.isoformat(), precision="range", text=day.text)


def same_side_statement(d: Draft, dated: list[Draft], lead: Span | None) -> Draft | None:
    """The lead's dated statement `d` goes on with: the latest act of `d`'s side near it, when that act is the
    lead's statement by that very side ("Guyana accused Caracas on Saturday ... Ali called the incursion a
    serious matter": the same charge, that day, not a later reaction to it)."""
    mine = d.countries("source")
    if d.type not in VERBAL_TYPES or not mine or lead is None:
        return None
    last = next((p for p in dated if p.countries("source") & mine), None)
    return last if last is not None and last.type in VERBAL_TYPES and last.countries("source") == mine \
        and last.sent.start == lead.start else None
