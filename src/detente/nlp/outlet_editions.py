"""A news outlet's local edition named by the outlet and a state: "Sputnik Azerbaijan", "Radio Liberty Belarus".

The edition is the outlet's, not the state's it reports on: the state in the name is where it publishes, so
it keeps the owner's country and the press sector (JRN) of the outlet the knowledge base lists.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from detente.nlp.mentions import Ref, clean_name


def _outlet(kb, text: str):
    """The news outlet the knowledge base lists by this very name, else None."""
    found = kb.candidates(clean_name(text)) if text.strip() else []
    actor = found[0].actor if found and found[0].via in {"name", "alias"} else None
    return actor if actor is not None and actor.kind == "organisation" and actor.sector == "JRN" else None


def edition_ref(kb, span: Span, ref: Ref) -> Ref | None:
    """An unknown name made of a listed outlet's name then a state's ("Sputnik Azerbaijan"): the outlet's
    edition, of the outlet's country and sector; None for any other name."""
    words = [t for t in span if not t.is_punct]
    for cut in range(len(words) - 1, 0, -1):
        owner, place = words[:cut], words[cut:]
        if not kb.country_code(clean_name(" ".join(t.text for t in place))):
            continue
        outlet = _outlet(kb, " ".join(t.text for t in owner))
        if outlet is not None and outlet.country:
            return replace(ref, kind="organisation", actor_id="org:" + ref.actor_id.split(":", 1)[1],
                           country=outlet.country, sector="JRN")
    return None
