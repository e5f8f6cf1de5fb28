"""What the words around a verb say of the act it names: naming something with a condemning word, telling
of a wrong another side did, declining to comment, denying blame (split out of triggers.py, which uses them)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.trigger_joint import object_gap


NAMING_VERBS = {"call", "brand", "label", "term"}
# Evaluations that make naming something ("called the measures an unfriendly act") a disapproval.
BAD_NAMES = {"unfriendly", "hostile", "illegal", "unlawful", "illegitimate", "unacceptable", "provocative",
             "provocation", "irresponsible", "reckless", "dangerous", "aggression", "aggressive", "violation",
             "crime", "criminal", "blackmail", "interference", "escalation", "escalatory", "destabilizing",
             "destabilising", "hypocritical", "absurd", "baseless", "lie", "outrageous", "barbaric", "piracy",
             "stupid", "idiot", "liar", "incompetent", "disgrace", "disgraceful", "shameful", "dictator", "thug",
             "racist", "fool", "clown", "traitor", "puppet", "unreasonable", "counterproductive", "unrealistic",
             "unworkable", "unjustified", "unfair", "unacceptable", "disproportionate", "hasty"}
# What another side proposes or asks: calling it unreasonable rejects it (PLOVER REJECT), not the proposer.
PROPOSAL_NOUNS = {"target", "proposal", "plan", "demand", "offer", "request", "goal", "terms", "condition",
                  "ultimatum", "initiative", "deal", "draft", "resolution", "requirement", "quota"}


def _names_proposal(token: Token) -> bool:
    """"called the target unreasonable": the object named badly is something proposed or demanded."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS for c in token.children)


def _names_badly(token: Token) -> bool:
    """"X called the measures an unfriendly act": naming an object with a condemning word (an oprd)."""
    return any(c.dep_ in {"oprd", "attr"} and any(t.lower_ in BAD_NAMES or t.lemma_.lower() in BAD_NAMES
                                                   for t in c.subtree) for c in token.children)


CLAIM_VERBS = {"say", "claim", "allege", "insist", "assert", "state", "contend"}
# Acts that are wrongs by their very naming: saying another did one is an accusation (PLOVER ACCUSE allege).
WRONGDOING_VERBS = {"intrude", "trespass", "violate", "breach", "infringe", "encroach", "interfere", "meddle",
                    "provoke", "renege", "sabotage", "incite", "cheat"}
WRONG_MANNER = {"illegally", "unlawfully", "illegitimately", "provocatively"}
SPEAKER_PRONOUNS = {"it", "they", "we", "i", "he", "she", "its", "their", "our"}


def _tells_wrongdoing(token: Token) -> bool:
    """"said the boats had intruded illegally": a reported clause that tells of a wrong done by someone else,
    not by the speaker (a pronoun subject may be the speaker itself) and not denied."""
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        subj = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        wrong = clause.lemma_.lower() in WRONGDOING_VERBS or any(c.lower_ in WRONG_MANNER for c in clause.children)
        denied = any(c.dep_ == "neg" for c in clause.children)
        if wrong and not denied and subj and subj[0].lower_ not in SPEAKER_PRONOUNS and subj[0].pos_ != "PRON":
            return True
    return False


# Verbs of telling: refusing them withholds an answer ("declined to confirm whether ..."), it rejects nothing
NO_COMMENT = {"comment", "elaborate", "speculate", "say", "specify", "answer", "respond", "discuss", "confirm",
              "disclose", "reveal", "detail", "deny", "identify", "name", "divulge"}
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "rebut"}
BLAME_NOUNS = {"accusation", "allegation", "charge", "claim", "report", "involvement", "responsibility",
               "wrongdoing", "role", "suggestion", "link"}


def _declines_comment(token: Token) -> bool:
    """"declined to comment": no answer, not a refusal of anything (CAMEO 011, outside PLOVER)."""
    return token.lemma_.lower() in {"decline", "refuse"} and \
        any(c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT for c in token.children)


def _denies_blame(token: Token) -> bool:
    """"denied that it ...", "rejected the accusations": a denial of blame, not a refusal of a proposal."""
    if token.lemma_.lower() == "deny" and any(c.dep_ == "ccomp" for c in token.children):
        return True
    if token.head.lemma_.lower() in BLAME_NOUNS and object_gap(token):
        return True  # "a charge Manila denied": the noun the relative clause hangs on is what is denied
    return any(c.dep_ == "dobj" and c.lemma_.lower() in BLAME_NOUNS for c in token.children)


def _rebutted(token: Token) -> bool:
    """"denied the accusations": the accusation answered is someone else's earlier act, not news here."""
    return token.dep_ == "dobj" and token.lemma_.lower() in BLAME_NOUNS and token.head.lemma_.lower() in DENIAL_VERBS
