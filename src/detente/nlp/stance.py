"""Stance of a statement: hostile, conciliatory or neutral, from the quote's words, its cue verb, or a
stance the article names ("conciliatory remarks")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

STANCE_WORDS = {"conciliatory": "conciliatory", "reassuring": "conciliatory", "friendly": "conciliatory",
                "warm": "conciliatory", "positive": "conciliatory", "hostile": "hostile",
                "threatening": "hostile", "harsh": "hostile", "combative": "hostile", "aggressive": "hostile",
                "belligerent": "hostile", "confrontational": "hostile", "hawkish": "hostile"}
HOSTILE = {"threat", "threaten", "imminent", "attack", "aggression", "aggressive", "punish", "destroy",
           "provocation", "provoke", "provocative", "coerce", "coercion", "bully", "hegemony", "invade", "war",
           "enemy", "retaliate", "retaliation", "crush", "warn", "dangerous", "instigate", "subjugate",
           "humiliate", "intimidate", "sanction", "hostile", "illegal", "violate", "violation", "reckless",
           "condemn", "blame", "risk", "grave", "gravest", "collusion", "futile", "contain", "deter",
           "resolutely", "stoutly", "defend", "unreasonable", "senseless", "interfere", "interference",
           "confront", "confrontation", "escalate", "escalation", "irresponsible", "unacceptable",
           "smash", "firmly", "oppose", "protest", "accuse", "lie", "lies", "fail", "failure", "abuse",
           "conflict", "collusion", "futile", "punishment", "reckless", "hostility", "pressure",
           "illegally", "intrude", "intrusion", "unlawful", "unlawfully"}
CONCILIATORY = {"cooperation", "cooperate", "peace", "peaceful", "dialogue", "partnership", "friendship",
                "stability", "stable", "respect", "mutual", "together", "welcome", "constructive", "pragmatic",
                "trust", "understanding", "calm", "de-escalate", "communication", "engage", "common", "good",
                "positive", "satisfied", "ready", "hope", "hoped", "amazing", "great", "productive",
                "progress", "step", "open", "win-win", "benefit", "commitment", "friend", "friends",
                "agreement", "reconcile", "healthy", "candid", "fruitful", "successful", "warm"}
# Fixed formulas whose words alone would not say their stance: a red-line formula ("core interests",
# "red line") warns; a truce is a conciliatory outcome.
HOSTILE_PHRASES = re.compile(r"\b(core interests?|red lines?|bottom lines?)\b", re.I)
CONCILIATORY_PHRASES = re.compile(r"\b(cease-?fires?|truces?|armistices?)\b", re.I)
# Cue verbs that carry a stance of their own, whatever the content's words: questioning or dismissing
# what the other side says is a challenge; proposing, inviting or praising is an overture.
CUE_STANCE = {**dict.fromkeys({"question", "doubt", "dismiss", "deride", "mock", "ridicule", "denounce",
                               "slam", "criticize", "criticise", "condemn", "blast", "decry", "demand",
                               "accuse", "threaten", "scoff"}, "hostile"),
              **dict.fromkeys({"propose", "invite", "praise", "hail", "commend", "thank", "welcome",
                               "applaud"}, "conciliatory")}
# "illegal" naming a kind of crime a government fights ("illegal migration") is a topic, not an
# accusation against the other side.
TOPICAL_CRIMES = {"migration", "immigration", "immigrant", "immigrants", "migrant", "migrants",
                  "crossing", "crossings", "drug", "drugs", "logging", "mining", "gambling"}
NEGATORS = {"not", "nor", "never", "no", "n't", "neither", "without"}


CONTRASTIVE = {"but", "yet"}


def _negation_scope(token: Token) -> list[Token]:
    """The word and the two above it whose negation covers it; a predicate after "but" or "yet" is out of
    the scope of a negation before it ("does not seek conflict but will defend its interests")."""
    chain = [token]
    for _ in range(2):
        node = chain[-1]
        if node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in CONTRASTIVE and c.i < node.i
                                       for c in node.head.children):
            break
        chain.append(node.head)
    return chain


def _negated(token: Token) -> bool:
    """Under negation by syntax: "will not provoke nor seek to dominate", "no aggression"."""
    chain = _negation_scope(token)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    return any(c.dep_ == "neg" or (c.dep_ == "cc" and c.lower_ in {"nor", "neither"})
               for node in chain for c in node.children)


def _self_compound(token: Token) -> bool:
    """Second part of a "self-" compound ("self-respecting"): it describes the speaker, not the relation."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "self"


def _topical(token: Token) -> bool:
    """"illegal migration": the adjective names a crime category, not a charge against someone."""
    return token.lower_ == "illegal" and token.head.lower_ in TOPICAL_CRIMES


def _phrase_counts(span: Span) -> tuple[int, int]:
    """Hostile and conciliatory fixed formulas in the text."""
    return len(HOSTILE_PHRASES.findall(span.text)), len(CONCILIATORY_PHRASES.findall(span.text))


def cue_stance(cue: Token | None) -> str | None:
    """The stance of a cue verb that takes sides by itself ("questioned whether", "proposed")."""
    if cue is None or cue.pos_ != "VERB":
        return None
    return CUE_STANCE.get(cue.lemma_.lower()) or _rating_stance(cue)


RATING_VERBS = {"rate", "grade"}
TOP_MARKS, LOW_MARKS = 8, 3  # on the usual scale of ten


def _rating_stance(cue: Token) -> str | None:
    """"rated the talks a 10": a mark near the top of a scale of ten praises what it rates, one near the
    bottom disparages it; a middling mark takes no side."""
    if cue.lemma_.lower() not in RATING_VERBS:
        return None
    marks = [c for c in cue.children if c.dep_ in {"npadvmod", "oprd", "xcomp", "dobj"} and c.like_num]
    try:
        value = float(marks[0].text) if marks else None
    except ValueError:
        return None
    if value is None or value > 10:
        return None
    return "conciliatory" if value >= TOP_MARKS else "hostile" if value <= LOW_MARKS else None


CONTRASTS = (("rather", "than"), ("instead", "of"))


def _contrast_at(span: Span) -> int | None:
    """Where "rather than" / "instead of" splits a quote into the option taken and the one set aside."""
    for t in span[:-1]:
        if (t.lower_, t.nbor().lower_) in CONTRASTS and t.nbor().i < span.end - 1:
            return t.i
    return None


CHOICE_NOUNS = {"choice", "decision", "dilemma", "option", "options", "crossroads", "alternative"}


def _weighed_options(span: Span) -> set[int]:
    """"a choice between peace and more destruction": options set side by side for someone to choose
    between take no side, whatever their words; the indices of such "between" phrases."""
    found: set[int] = set()
    for t in span:
        if t.lower_ != "between" or t.dep_ != "prep" or t.head.lemma_.lower() not in CHOICE_NOUNS:
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is not None and any(c.dep_ == "conj" for c in obj.children):
            found |= {x.i for x in t.subtree}
    return found


def lexical_stance(span: Span) -> str:
    """Stance from the quote's words; a hostile word under negation reads as reassurance. In "A rather than
    B" the option set aside counts the other way ("talks rather than war" reassures), and a choice between
    two options of one kind ("a peace deal rather than a truce") takes no side."""
    at = _contrast_at(span)
    if at is not None:
        doc = span.doc
        taken, dropped = lexical_stance(doc[span.start:at]), lexical_stance(doc[at + 2:span.end])
        if taken == dropped != "neutral":
            return "neutral"
        flipped = {"hostile": "conciliatory", "conciliatory": "hostile"}.get(dropped)
        return taken if taken != "neutral" else flipped or "neutral"
    hostile, conciliatory = _phrase_counts(span)
    weighed = _weighed_options(span)
    tokens = [t for t in span if t.i not in weighed]
    for i, t in enumerate(tokens):
        lemma = t.lemma_.lower()
        negated = _negated(t)
        if _self_compound(t) or _topical(t) or CONCILIATORY_PHRASES.fullmatch(t.text):
            continue  # counted as a formula, or not about the relation
        if lemma in HOSTILE or t.lower_ in HOSTILE:
            conciliatory, hostile = (conciliatory + 1, hostile) if negated else (conciliatory, hostile + 1)
        elif lemma in CONCILIATORY or t.lower_ in CONCILIATORY:
            conciliatory += 1
    if hostile > conciliatory:
        return "hostile"
    return "conciliatory" if conciliatory > hostile else "neutral"


def stated_stance(cue: Token | None) -> str | None:
    """A stance the article itself names around the quote ("emphasizes conciliatory elements")."""
    if cue is None:
        return None
    for tok in [cue] + list(_ancestors(cue))[:3]:
        for child in tok.children:
            if child.dep_ == "amod" and child.lower_ in STANCE_WORDS:
                return STANCE_WORDS[child.lower_]
    return None


def _ancestors(token: Token):
    while token.head.i != token.i:
        token = token.head
        yield token
