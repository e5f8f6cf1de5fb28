"""Readiness that is no overture: being ready for a task, a fight or a sacrifice ("ready for combat",
"ready to pay a heavy price") says the speaker's side can act, not that it reaches out to the other."""

from __future__ import annotations

from spacy.tokens import Token

READY_WORDS = {"ready", "prepared", "willing"}
# What one stands ready for when the readiness is one's own duty, force or sacrifice.
DUTY_WORDS = {"task", "job", "mission", "duty", "duties", "combat", "battle", "fight", "fighting", "deployment",
              "operation", "operations", "price", "sacrifice", "sacrifices", "cost", "costs", "defend",
              "defense", "defence", "deploy", "serve", "pay", "die", "war"}


def ready_for_duty(token: Token) -> bool:
    """"ready for the task", "ready to pay a price": a readiness word whose complement is a duty."""
    if token.lower_ not in READY_WORDS:
        return False
    for child in token.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in DUTY_WORDS:
            return True
        objects = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(g.lemma_.lower() in DUTY_WORDS or g.lower_ in DUTY_WORDS for g in objects):
            return True
    return False
