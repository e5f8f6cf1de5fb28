"""A state's governing body written with its state ("Israel's security cabinet", "Mali's transitional
authorities", "the Nigerien junta", "Germany's government") as the body itself, not its state, when it is an
argument of an act.

The records name such a body in `who` when it is the doer or the other party (rule 6 of the `who`
conventions); on an event side it keeps its state's country, so the sides still name the state. The body is
named with the state's adjective, as the actor list names a state's bodies ("Israeli security cabinet");
the phrase as written ("Myanmar's government") is kept as its mention, since the name may appear nowhere.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.mentions import Ref, slug

# Bodies that decide and act for their state as a whole (not its people: "officials", "sources", "side").
GOVERNING_NOUNS = {"cabinet", "junta", "authorities", "government"}
MODIFIER_DEPS = {"poss", "amod", "compound", "nmod"}
WRITTEN_KEY = "governing_bodies.written"  # doc.user_data: body actor id -> the phrases that named it


def _owner_words(doc: Doc, token: Token, mention_of) -> tuple[list[Token], Ref] | None:
    """The modifier words before the body noun and the state the first named one is, if one is."""
    words = [t for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i for t in c.subtree]
    for t in sorted(words, key=lambda w: w.i):
        span = mention_of(doc, t)
        if span is not None:
            ref = span._.ref
            return (sorted(words, key=lambda w: w.i), ref) if ref.kind == "state" and ref.country else None
    return None


def governing_body(doc: Doc, token: Token, mention_of) -> Ref | None:
    """"Israel's security cabinet approved": the body as its own actor of its state (None for other nouns)."""
    if token.lower_ not in GOVERNING_NOUNS:
        return None
    found = _owner_words(doc, token, mention_of)
    if found is None:
        return None
    words, state = found
    owner_tokens = {t.i for t in words if (m := mention_of(doc, t)) is not None and m._.ref.actor_id == state.actor_id}
    rest = [t.text for t in words if t.i not in owner_tokens and t.tag_ not in {"POS", "PRP$", "DT"}]
    body = state_body(state, rest, token, via="group")
    start = min([t.i for t in words if t.tag_ != "DT"] + [token.i])
    remember_written(doc, body, doc[start:token.i + 1].text)
    return body


def remember_written(doc: Doc, body: Ref, text: str) -> None:
    """Keep the phrase that named the body, as its mention in the readout."""
    forms = doc.user_data.setdefault(WRITTEN_KEY, {}).setdefault(body.actor_id, [])
    if text not in forms:
        forms.append(text)


def written_forms(doc: Doc, actor_id: str) -> list[str]:
    """The phrases that named a governing body in the story ("Myanmar's government"), first first."""
    return list(doc.user_data.get(WRITTEN_KEY, {}).get(actor_id, []))


def state_body(state: Ref, rest: list[str], token: Token, via: str) -> Ref:
    """The body named with its state's adjective ("Malian" + "transitional" + "authorities"), of its country."""
    from detente.nlp.statement_occasions import demonym  # (that module reads arguments, which reads this one)
    name = " ".join([demonym(state.country) or state.name, *rest, token.text])
    words = f"{rest[-1].lower() if rest else ''} {token.lemma_.lower()}".strip()
    return Ref(f"group:{state.country.lower()}-{slug(words)}", name, state.country, "GOV", "group", via=via)
