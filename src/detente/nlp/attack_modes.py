"""An attack told without its weapon takes the weapon the article gave the same attacker's blows on the same side.

News names the means once, mostly in the lead ("Israeli jets bombed Damascus"), and then tells the further
blows of that campaign with bare words ("carried out strikes on the government forces", "hit the ministry").
A bare strike, hit or attack by the same state on the same state takes that mode (PLOVER ASSAULT 'aerial',
'drone', ...) when every armed attack of that pair with a mode agrees on one; a pair whose attacks were told
with different weapons leaves the bare ones as they are. A strike or barrage (the noun) still bare after that
is an attack from afar, air or missile strikes (PLOVER 'aerial'; "an artillery barrage" names its weapon).
"""

from __future__ import annotations

from detente.nlp.events import Draft

# words for a blow that name no weapon of their own: the campaign's weapon is theirs
BARE_BLOWS = {"strike", "hit", "attack", "target", "pound", "airstrike"}
# nouns of blows from afar: "Israeli strikes on nuclear sites", "a barrage launched late on Saturday"
STRIKE_NOUNS = {"strike", "barrage", "salvo", "volley"}


def share_attack_modes(drafts: list[Draft]) -> None:
    """Give each bare attack the one mode the same attacker's attacks on the same side carry elsewhere."""
    attacks = [d for d in drafts if d.type == "ASSAULT" and _pair(d) is not None]
    for d in attacks:
        if d.mode is not None or d.token.lemma_.lower() not in BARE_BLOWS:
            continue
        modes = {a.mode for a in attacks if a is not d and a.mode and _pair(a) == _pair(d)}
        if len(modes) == 1:
            d.mode = modes.pop()
    for d in drafts:
        if d.type == "ASSAULT" and d.mode is None and d.token.pos_ == "NOUN" and d.token.lemma_.lower() in STRIKE_NOUNS:
            d.mode = "aerial"


def _pair(d: Draft) -> tuple[frozenset, frozenset] | None:
    """The attacking and attacked states, when both sides are known and apart."""
    src, tgt = d.countries("source"), d.countries("target")
    if not src or not tgt or src & tgt:
        return None
    return frozenset(src), frozenset(tgt)
