""""Agreed to" + a concrete act (examples/README conventions 11-13): the act is coded with its own type,
planned; the AGREE is kept beside it only when the sentence tells when the sides reached the agreement (a date
on the agreeing, or on the meeting it is told with); an undated "the sides agreed to ..." is the act alone
(applied where the act has a trigger of its own; an untriggered act is added beside the AGREE)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.events.ontology import NOUN_TRIGGERS
from detente.nlp.request_modes import _asked_mode
from detente.nlp.syntax import conjoined_infinitives

# Agreeing to these is a vague promise of cooperation, which stays AGREE (README rule 11).
VAGUE_ACTS = {"cooperate", "work", "strengthen", "deepen", "enhance", "boost", "improve", "promote", "maintain",
              "keep", "continue", "stay", "remain", "explore", "consider", "seek", "push", "step", "advance",
              "intensify", "pursue", "build", "develop", "foster", "bolster", "be", "have", "make", "do"}
# Nouns and verbs of meeting: "met in Istanbul on Monday and agreed", "the meeting in Riyadh, where ... agreed".
MEETING_WORDS = {"meet", "talk", "meeting", "talks", "summit", "hold", "confer", "session", "visit"}


def agreed_act(agree: Token) -> Token | None:
    """The act an "agree" verb takes as its infinitive ("agreed to acquire drones")."""
    if agree.lemma_.lower() != "agree" or agree.pos_ != "VERB":
        return None
    return next((c for c in agree.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def agreement_dated(agree: Token, act: Token) -> bool:
    """Whether the sentence dates the agreeing itself: a date on the verb outside the act ("agreed on
    Tuesday to ...", "In July the envoys agreed"), or on the meeting it is told with."""
    dated = set(agree.doc._.date_at or {})
    if any(t.i in dated for t in agree.subtree if not (act.left_edge.i <= t.i <= act.right_edge.i)):
        return True
    if any(m.dep_ == "mark" and any(c.dep_ == "npadvmod" for c in m.children) for m in agree.children):
        return True  # "a day after the sides agreed": dated from the report's own day
    if any(p.dep_ == "prep" and p.lower_ in {"in", "at"} and any(o.ent_type_ == "GPE" for o in p.children)
           for p in agree.children):
        return True  # "agreed in Geneva": the agreement of a meeting the text places
    if any(p.dep_ == "prep" and any(t.lemma_.lower() in MEETING_WORDS for t in p.subtree) for p in agree.children):
        return True  # "agreed ..., after a day of talks in Jeddah": told with the meeting that reached it
    if agree.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in {"where", "when"} for c in agree.children):
        # "the summit in November, where the leaders agreed to ...": the agreement of a dated meeting
        return any(t.i in dated for t in agree.sent if not (agree.left_edge.i <= t.i <= agree.right_edge.i))
    holder = agree.head
    told_after = agree.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"after", "before", "when"}
                                               for m in agree.children)
    if told_after or agree.dep_ in {"conj", "relcl", "advcl"} and holder.lemma_.lower() in MEETING_WORDS:
        # "on Monday put the tariffs on hold, after X agreed to ...": dated by the act it is told against
        return any(t.i in dated for t in holder.subtree if not (agree.left_edge.i <= t.i <= agree.right_edge.i))
    return False


def untriggered_type(act: Token) -> str | None:
    """The type of an agreed act no trigger codes: an easing or a release is CONCEDE (rule 13), holding or
    starting talks is the future meeting, CONSULT (README: future meetings stay CONSULT), another concrete
    act COOPERATE; None for a vague promise of cooperation."""
    if act.lemma_.lower() in VAGUE_ACTS:
        return None
    if any(c.dep_ == "dobj" and _meeting_noun(c) for c in act.children):
        return "CONSULT"  # "agreed to start negotiations", "agreed to hold an economic dialogue"
    return "CONCEDE" if _asked_mode(act) == "yield" else "COOPERATE"


def _meeting_noun(noun: Token) -> bool:
    """A noun the lexicon codes as a meeting ("talks", "negotiations", "dialogue", "a summit")."""
    found = NOUN_TRIGGERS.get(noun.lemma_.lower()) or NOUN_TRIGGERS.get(noun.lower_)
    return found is not None and found.type == "CONSULT"


def agreed_acts(agree: Token) -> list[Token]:
    """Every act an "agree" verb takes: its infinitive and each infinitive coordinated with it ("agreed to
    restore the embassies and to name negotiators": each is its own act, README convention 12)."""
    first = agreed_act(agree)
    return [] if first is None else [first, *conjoined_infinitives(first)]


def settle_agreed_acts(doc: Doc, drafts: list, triggers: dict) -> list:
    """Drafts with each "agreed to" coded as rule 12 says: an undated AGREE beside coded concrete acts
    dropped; an untriggered concrete act coded planned beside the AGREE (which stays: the engine cannot
    tell a vague undertaking, "lay the groundwork", from a concrete one among untriggered verbs)."""
    out, agreed_alone = [], set()
    for d in drafts:
        acts = agreed_acts(d.token) if d.type == "AGREE" else []
        out.append(d)
        if not acts:
            continue
        triggered = [a for a in acts if a.i in triggers]
        # "agreed to finish a deal": the act's own draft is the AGREE, which stays
        coded = [a for a in triggered if any(o.token.i == a.i and o.type != "AGREE" for o in drafts)]
        vague = any(a.lemma_.lower() in VAGUE_ACTS for a in acts)
        if coded and len(coded) == len(acts) and not vague and not agreement_dated(d.token, acts[0]):
            out.pop()  # the undated agreeing is told by its acts alone
            agreed_alone.update(a.i for a in coded)
        for act in acts:
            kind = untriggered_type(act) if act.i not in triggers else None
            if kind == "CONSULT" and any(c.dep_ == "dobj" and any(o.token.i == c.i for o in drafts)
                                         for c in act.children):
                kind = None  # "agreed to hold talks": the meeting noun's own draft codes the talks
            if kind is not None:
                out.append(replace(d, type=kind, mode=None, status="planned", links=[], repeats=[]))
    return [_planned(d) if d.token.i in agreed_alone else d for d in out]


def _planned(draft):
    """The agreed act standing alone is still to be done (rule 12): "agreed to end the strike" is no ended strike."""
    return replace(draft, status="planned") if draft.status == "occurred" else draft
