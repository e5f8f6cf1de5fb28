"""A death or wound told with no state on either side beside another act in its sentence ("the dispute over the
killing of an activist", "an attack on Kyiv killed 12") is the background or toll of that act, not an act
between states of its own: PLOVER ASSAULT codes the attacker's act. Told alone (or beside acts that
name no state either), the toll stays the event."""

from __future__ import annotations

from detente.nlp.dyad_targets import STATE_SECTORS  # who acts for a state: government, forces, services

# words that tell what the victims suffered rather than what an attacker did
VICTIM_WORDS = {"kill", "killing", "shoot", "shooting", "wound", "injure", "die", "death"}


def _stateless(refs: list) -> bool:
    """No side names a state (nor anyone with a state)."""
    return not any(r.country for r in refs)


def casualty_report(d) -> bool:
    """An ASSAULT read from a victim word whose sides name no state: the toll, told as background."""
    return d.type == "ASSAULT" and d.token.lemma_.lower() in VICTIM_WORDS and _stateless(d.source + d.target)


def _beside_other_act(d, drafts: list) -> bool:
    """Another act between states is told in the same sentence (the toll is background to that relation)."""
    return any(o is not d and o.sent.start == d.sent.start and any(map(_state_actor, o.source + o.target))
               for o in drafts)


def _state_actor(ref) -> bool:
    """A state, or its government, forces or services (not a group or people merely based in a country)."""
    return bool(ref.country) and (ref.kind == "state" or ref.sector in STATE_SECTORS)


def drop_casualty_reports(drafts: list) -> list:
    """Drafts without the tolls of violence that name no state and accompany an act between states."""
    return [d for d in drafts if not (casualty_report(d) and _beside_other_act(d, drafts))]
