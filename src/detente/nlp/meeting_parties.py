"""Who was at a meeting the article reports: a side named on it, or, when the meeting names states as its
sides ("the two governments signed ..."), a person of one of those states whom the article names where it
tells of the meeting (its sentence, the others telling it, or the lead): a leader who came, not a spokesman
who spoke at home that day."""

from __future__ import annotations

from spacy.tokens import Doc


def _tellings(doc: Doc, event) -> list[tuple[int, int]]:
    """Character ranges that tell of the event: its sentence, its other mentions and the article's lead."""
    from detente.nlp.news_day import lead_sentence  # (news_day's import chain reaches this module)
    spans = [(m.start, m.end) for m in [event.evidence] + list(event.mentions)]
    lead = lead_sentence(doc)
    return spans + ([(lead.start_char, lead.end_char)] if lead is not None else [])


def named_at(doc: Doc, actor_id: str, event) -> bool:
    """The actor is named (as an actor mention) where the article tells of the event."""
    ranges = _tellings(doc, event)
    return any(span._.ref is not None and span._.ref.actor_id == actor_id
               and any(a <= span.start_char < b for a, b in ranges) for span in doc.spans["actors"])


def _of_state_side(speaker, event) -> bool:
    """A person of a state the event names as a side, when no person of that state is named on it."""
    if not (speaker.actor_id or "").startswith("person:") or not speaker.country:
        return False
    sides = event.source + event.target
    states = {a.country for a in sides if (a.actor_id or "").startswith("state:")}
    people = {a.country for a in sides if (a.actor_id or "").startswith("person:")}
    return speaker.country in states and speaker.country not in people


def party_to(speaker, event, doc: Doc | None = None) -> bool:
    """The speaker is on a side of the meeting, or a person of a state side named where it is told."""
    if speaker is None or not speaker.actor_id:
        return False
    if speaker.actor_id in {a.actor_id for a in event.source + event.target}:
        return True
    return doc is not None and _of_state_side(speaker, event) and named_at(doc, speaker.actor_id, event)
