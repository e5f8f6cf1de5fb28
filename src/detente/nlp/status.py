"""Whether an event happened: status from the words around its trigger.

A governing verb or noun ("proposed talks", "declined an invitation to visit"), the answer to a
proposal, modals ("would", "could"), negation, open questions ("has not said whether") and the date
against the publication day give one of the statuses in `detente.records.STATUSES`. The word lists
live in `detente.events.status`; trigger words live in `detente.nlp.triggers`. The mood a verb is told
in (modals, conditions, promises, reported speech) is read in `detente.nlp.modal_status`.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from detente.events.status import (
    AGREEMENT_NOUNS, OPENING_VERBS, SCHEDULED_ADJECTIVES, AIM_NOUNS, AIM_OF_NOUNS, CONDITIONAL_OFFERS, EXCLUDING,
    GOVERNING_ADJECTIVES, GOVERNING_VERBS,
    INFINITIVE_GOVERNORS, MODIFIERS, WISH_VERBS,
    CALLED_MEETINGS, PARTICLE_REQUIRED, PARTICLE_STATUS, REFUSED_BY_NEGATION, TIME_MARKS, UNDER_PHRASES, WHETHER_PENDING,
    WHETHER_SPEECH,
)
from detente.nlp.conjoined_modals import modal_bearer
from detente.nlp.dates import scheduled_present
from detente.nlp.due_plans import awaits_arrangement, due_there
from detente.nlp.modal_status import _modal_status, _negated, _supposed, _volitional_future, conditioned, reported_clause
from detente.nlp.denials import denied, implies
from detente.nlp.stance_relief import eases_measure
from detente.nlp.tense import tense_verb, told_as_past
from detente.nlp.syntax import infinitive_conjunct_head
from detente.nlp.told_background import past_own_clause, told_as_done
from detente.nlp.trigger_defence import defence_contingency
from detente.nlp.trigger_joint import names_pair
from detente.nlp.threat_acts import made_threat, warning_status
from detente.nlp.trigger_threats import WARNING_SPEECH, force_left_open, threat_clause
from detente.nlp.triggers import LIGHT_VERBS, stays_away, trigger_for
from detente.nlp.trigger_offers import announced_itself, offered_itself

PROPOSAL_NOUNS = AIM_NOUNS
RESPONSE_STATUS = {"decline": "declined", "reject": "declined", "refuse": "declined", "rebuff": "declined",
                   "turn": "declined", "spurn": "declined", "accept": "accepted", "welcome": "accepted",
                   "ignore": "non_committal"}
NEGATIONS = {"not", "n't", "never", "no"}
# governing verbs that take their act through a preposition ("agreed to talks", "hoped for talks")
PREP_GOVERNORS = {"agree", "plan", "prepare", "call", "invite", "ask", "hope"}


def proposal_noun(token: Token) -> Token | None:
    """"a request ... for a meeting", "an invitation to the summit": the proposal that names the event."""
    head = token.head
    if token.pos_ == "VERB" and token.dep_ in {"acl", "xcomp", "relcl"}:  # "an invitation to visit China"
        if (token.dep_ == "relcl" and _own_subject(token)) or past_own_clause(token):
            return None  # "a proposal Paris has turned down": the clause answers the proposal, it is not proposed
        return head if head.pos_ == "NOUN" and head.lemma_.lower() in PROPOSAL_NOUNS else _aim_subject(token)
    if token.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and head.lower_ == "of":
        noun = head.head  # "their goal of meeting the king", "an offer of talks"
        return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in AIM_OF_NOUNS else None
    if token.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in {"for", "to"}:
        return None
    noun = head.head
    if noun.pos_ in {"VERB", "AUX"}:  # "declined a request ... for a meeting" attached to the verb
        noun = next((c for c in noun.children if c.dep_ == "dobj"), noun)
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in PROPOSAL_NOUNS else None


def _own_subject(verb: Token) -> bool:
    """A relative clause with a subject of its own ("a plan Tokyo rejected"), not a relative pronoun: the
    noun it hangs on is its object, not its subject."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "plans for Trump to meet Putin": the infinitive's "for" subject names the planned act's doer
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in verb.children)


def _aim_subject(token: Token) -> Token | None:
    """"Their aim is to hold talks": an infinitive predicated of a noun of aim is what is aimed at."""
    head = token.head
    if token.dep_ != "xcomp" or head.lemma_ != "be":
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in PROPOSAL_NOUNS), None)


def answering_verb(noun: Token) -> tuple[Token | None, str | None]:
    """The verb that answers a proposal ("declined the invitation") and the status it gives."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB":
        return None, None
    lemma = verb.lemma_.lower()
    if lemma == "turn" and not any(c.lower_ == "down" for c in verb.children):
        return None, None
    return (verb, RESPONSE_STATUS[lemma]) if lemma in RESPONSE_STATUS else (None, None)


def _on_hold(verb: Token) -> bool:
    """"was put on hold", "remains on ice": suspended without a new date."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in {"hold", "ice"} for g in c.children)
               for c in verb.children)


def governor_of(token: Token) -> tuple[Token | None, str | None]:
    """A verb that governs the event word and gives its status: "proposed a call", "agreed to meet"."""
    governor, status = _governor_of(token)
    if status in ARRANGED and governor is not None and wished(governor):
        return governor, "proposed"  # "hoped a call could be arranged": the arrangement is only wished
    if status == "confirmed" and governor.pos_ in {"VERB", "AUX"} and _modal_status(governor) == "planned":
        return governor, "planned"  # "said he would announce tariffs": the announcement itself lies ahead
    return governor, status


# statuses that say an act is settled, which a wish over its governor takes back to a proposal
ARRANGED = {"planned", "confirmed"}


def wished(verb: Token) -> bool:
    """A verb told inside a wish ("hoped a call could be arranged", "wants to arrange talks"): the
    complement (infinitive or that-clause, up to two levels) of a wish verb, not told as done."""
    for _ in range(2):
        if verb.dep_ not in {"ccomp", "xcomp"} or verb.head.i == verb.i or told_as_past(verb):
            return False
        verb = verb.head
        if verb.lemma_.lower() in WISH_VERBS and not _negated(verb):
            return True
    return False


def _governor_of(token: Token) -> tuple[Token | None, str | None]:
    """The governing verb or noun and its status, before a wish over it is weighed."""
    head = token.head
    if head.i == token.i:
        return None, None
    if token.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS and head.lemma_.lower() not in GOVERNING_VERBS:
        return _governor_of(head)  # "is scheduled to hold its first meeting"
    first = infinitive_conjunct_head(token)
    inherited = governor_of(first) if first is not None else (None, None)
    if inherited[0] is not None and inherited[0].lemma_.lower() not in DEMANDING:
        # "agreed to hold talks and to expand exchanges": both are agreed (an ask keeps its REQUEST, as before)
        return inherited
    if token.dep_ == "conj" and token.pos_ == "VERB" and (
            any(c.dep_ in {"dobj", "ccomp"} for c in token.children) or token.tag_ == head.tag_ == "VBD"):
        return None, None  # "rejected the claims and accused X of ...", "hoped ... and asked": a second told act
    held_back = _held_back_from(token)
    if held_back is not None:
        return held_back, "negated"
    if _stray_infinitive(token):
        lemma = head.lemma_.lower()  # "offered on Monday to help mediate", "has committed to build barracks"
        return head, GOVERNING_VERBS.get(lemma) or INFINITIVE_GOVERNORS[lemma]
    if token.dep_ == "xcomp" and head.lemma_.lower() == "help" and head.dep_ in {"xcomp", "acl"}:
        return _governor_of(head)  # "an offer to help revive X": the offer governs what the help does
    if token.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in PROMISE_NOUNS:
        return head, "planned"  # "a pledge to build rail lines": the promised act lies ahead
    noun = proposal_noun(token)
    if noun is not None:
        _, answered = answering_verb(noun)
        return noun, answered or PROPOSAL_NOUNS[noun.lemma_.lower()]
    if token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in GOVERNING_ADJECTIVES:
        return head, GOVERNING_ADJECTIVES[head.lower_]
    via_prep = token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"for", "to", "on", "in"}
    verb = head.head if via_prep else head
    if via_prep and verb.dep_ == "advmod" and verb.pos_ == "ADV":
        verb = verb.head  # "go back to talks": the preposition hangs on the adverb
    if token.dep_ not in {"dobj", "xcomp", "nsubjpass", "pobj", "ccomp", "conj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None, None
    if token.dep_ == "ccomp" and (told_as_past(token) or _past_passive(token)) and not _negated(verb):
        return None, None  # "confirmed that X met Y", "suggested that X had withdrawn": what happened
        # (but "did not confirm that X had agreed" leaves it open)
    lemma = verb.lemma_.lower()
    if _on_hold(verb):
        return verb, "cancelled"
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if (lemma, particle) in PARTICLE_STATUS:
        return verb, PARTICLE_STATUS[(lemma, particle)]
    if via_prep and (lemma, head.lower_) in PARTICLE_STATUS:
        return verb, PARTICLE_STATUS[(lemma, head.lower_)]
    if via_prep and (lemma, head.lower_) == ("call", "for") and token.lemma_.lower() in CALLED_MEETINGS:
        return verb, "proposed"
    if lemma in PARTICLE_REQUIRED and particle != PARTICLE_REQUIRED[lemma]:
        return None, None
    if lemma == "accept" and token.dep_ == "dobj" and token.lemma_.lower() in AGREEMENT_NOUNS:
        return verb, None  # "accepted the deal": the acceptance is the agreeing, dated and timed as told
    if lemma in GOVERNING_VERBS and (not via_prep or lemma in PREP_GOVERNORS):
        answered = conjoined_answer(verb)[1] if GOVERNING_VERBS[lemma] == "proposed" else None
        return verb, answered or GOVERNING_VERBS[lemma]
    if token.dep_ == "xcomp" and lemma in INFINITIVE_GOVERNORS:
        return verb, INFINITIVE_GOVERNORS[lemma]
    return _chain_governor(token)


# governing verbs whose infinitive is the subject's own act ("offered to host"), not another's ("called on X to")
OWN_ACT_VERBS = {"offer", "propose", "plan", "prepare", "intend", "seek", "want", "hope", "aim", "vow", "decide",
                 "threaten"}


RESTRAINT_VERBS = {"refrain", "abstain", "desist"}


def _held_back_from(token: Token) -> Token | None:
    """"refrained from breaking off ties", "stopped short of expelling": the verb that holds back from the act
    (the act did not take place; the holder is its subject)."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in {"from", "of"}:
        return None
    verb = prep.head
    if prep.lower_ == "of" and verb.lower_ == "short" and verb.head.lemma_.lower() in {"stop", "fall"}:
        return verb.head  # "stopped short of", "fell short of"
    return verb if prep.lower_ == "from" and verb.lemma_.lower() in RESTRAINT_VERBS else None


def _past_passive(verb: Token) -> bool:
    """"announced that the treaty was suspended": a passive in the past tells a done act, like "suspended"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _stray_infinitive(verb: Token) -> bool:
    """"offered on Monday to help": an infinitive the parser hung as an adverbial clause on a governing verb
    with no object of its own is that verb's complement."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or head.pos_ != "VERB" or head.i > verb.i:
        return False
    if head.lemma_.lower() not in OWN_ACT_VERBS | INFINITIVE_GOVERNORS.keys() or \
            any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in head.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _chain_governor(token: Token) -> tuple[Token | None, str | None]:
    """"is willing to send troops to help defend X", "promised to continue aid": an act told in an
    infinitive that hangs from another infinitive takes the status of what governs that one."""
    verb = token if token.pos_ == "VERB" else token.head if token.dep_ == "dobj" else _prep_verb(token)
    for _ in range(3):
        if verb is None or verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.head.i == verb.i:
            return None, None
        bare = verb.dep_ == "xcomp"  # "help defend", "to continue"
        purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if not (bare or purpose):
            return None, None
        if verb.i != token.i:
            governor, status = governor_of(verb)
            if governor is not None:
                return governor, status
        verb = verb.head
    return None, None


def _prep_verb(token: Token) -> Token | None:
    """"to return to talks", "to come back to the table": the verb a prepositional object hangs on
    (through an adverb such as "back"), so the chain can climb from it as from a direct object."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return None
    verb = token.head.head
    if verb.dep_ == "advmod" and verb.pos_ == "ADV":
        verb = verb.head
    return verb if verb.pos_ == "VERB" else None


def conjoined_answer(verb: Token) -> tuple[Token | None, str | None]:
    """"invited X to the summit, but X declined": a bare answering verb conjoined to the proposing verb
    is the answer to what was proposed (and no act of its own)."""
    if GOVERNING_VERBS.get(verb.lemma_.lower()) != "proposed":
        return None, None
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        lemma = conj.lemma_.lower()
        bare = not any(c.dep_ in {"dobj", "xcomp", "ccomp", "prt"} for c in conj.children)
        if lemma in RESPONSE_STATUS and lemma != "turn" and bare:
            return conj, RESPONSE_STATUS[lemma]
    return None, None


def _modifier_status(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ in {"amod", "compound", "acl"} and child.lower_ in MODIFIERS:
            return MODIFIERS[child.lower_]
        if child.dep_ == "prep" and child.lower_ == "under":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in UNDER_PHRASES:
                return UNDER_PHRASES[obj.lower_]
    return None


# words whose that-clause says what is asked for ("insisted that X leave", "the demand that X pay")
DEMANDING = {"demand", "insist", "urge", "ask", "request", "require", "propose", "suggest", "recommend",
             "order", "call", "press", "proposal", "suggestion", "insistence", "requirement"}


# Nouns of promising that take their act through "to" ("a pledge to build", "a commitment to work with").
PROMISE_NOUNS = {"pledge", "promise", "commitment", "vow", "undertaking"}


def _scheduled_opening(token: Token) -> bool:
    """"Talks are due to open next week": an event noun whose opening or taking place is told as scheduled
    (due, set, slated to open, begin, take place) lies ahead."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.lemma_ != "be":
        return False
    for adj in token.head.children:
        if adj.dep_ == "acomp" and adj.lower_ in SCHEDULED_ADJECTIVES:
            return any(v.dep_ == "xcomp" and _opens(v) for v in adj.children)
    return False


def _opens(verb: Token) -> bool:
    """"open", "begin", "take place": a verb that says an event opens or happens."""
    return verb.lemma_.lower() in OPENING_VERBS or \
        (verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def _conceded_by_agreeing(token: Token, governor: Token | None) -> bool:
    """"agreed to take back the deportees": yielding to the other side's demand is done in the agreeing
    (PLOVER CONCEDE), so the concession took place when the agreement was made. Agreeing to lift a
    measure ("agreed to lift its sanctions") is a decision whose lifting is still to come (planned)."""
    if governor is None or governor.lemma_.lower() != "agree" or not told_as_past(governor) or eases_measure(token):
        return False
    if any(c.dep_ == "nsubj" and (names_pair(c) or c.lower_ in {"they", "we"}) for c in governor.children):
        return False  # "the two parties agreed to postpone it": a mutual undertaking, still to be carried out
    trigger = trigger_for(token)
    return trigger is not None and trigger.type == "CONCEDE"


def _refused_by_negation(token: Token) -> bool:
    """"will not negotiate over X": a negated talk verb coded as a refusal (REJECT); the negation is the
    refusal, so the refusal took place."""
    if token.lemma_.lower() not in REFUSED_BY_NEGATION or not _negated(token):
        return False
    trigger = trigger_for(token)
    return trigger is not None and trigger.type == "REJECT"


def status_of(token: Token, governor: Token | None, gov_status: str | None,
              when_first: str | None, when_last: str | None, published: date | None) -> tuple[str, bool]:
    """(status, explicit): explicit when a word says it, not inferred from tense or date."""
    verb = token if token.pos_ in {"VERB", "AUX"} else tense_verb(token)
    if stays_away(token):
        return "negated", True
    if token.lemma_.lower() in WARNING_SPEECH and threat_clause(token) is not None:
        return warning_status(token), True  # "warned that if X did Y, X would pay": the warning was made
    if force_left_open(token):
        return "occurred", True  # "has not ruled out force": the negation is the threat, made when told
    if defence_contingency(token):
        return "hypothetical", True  # "commit to assist each other in the event of an attack": a treaty's clause
    if _refused_by_negation(token):
        return "occurred", True
    if _negated(verb) and _volitional_future(verb) and (verb is token or governor is None):
        return "declined", True  # "said it would not meet the demands": a refusal, not a mere absence
    if _negated(verb) and _supposed(verb):
        return "hypothetical", True  # "warned it would not sign deals if the fighting went on": a threat
    if _negated(token) or _neither_object(token) or (token.pos_ == "NOUN" and _negated(tense_verb(token)) and governor is None
                           and token.dep_ in {"nsubj", "dobj", "nsubjpass"} and not implies(tense_verb(token))):
        return "negated", True  # (but "the trip did not mean X": the trip took place)
    if governor is None and (unmade := denied(token)):
        return unmade, True  # "no deal has been reached", "the trip did not mean X recognised Y"
    if told_as_done(token, gov_status):
        return "occurred", True  # "rolled back the tariffs they had imposed": the imposing took place
    left_open = _whether_status(tense_verb(token))
    if left_open:
        return left_open, True
    if gov_status is None:
        governor, gov_status = proposal_clause(token)
    if gov_status is not None:
        if _negated(governor) and gov_status == "declined" and governor.lemma_.lower() in EXCLUDING:
            return "under_consideration", True  # "did not rule out cooperation": left open
        if _negated(governor):
            return ("declined" if gov_status in {"accepted", "proposed"} else "negated"), True
        if _conceded_by_agreeing(token, governor) and not _ahead(when_first, when_last, published):
            return "occurred", True
        return gov_status, True
    if _scheduled_opening(token):
        return "planned", True
    if _demanded(tense_verb(token)):
        return "proposed", True
    if _awaits_approval(token):
        return "under_consideration", True
    modifier = _modifier_status(token) if token.pos_ == "NOUN" else None
    if modifier:
        return modifier, True
    offered = _conditional_offer(token) or offered_itself(token) or announced_itself(token)
    if offered:
        return offered, True
    if wished(tense_verb(token)):
        return "proposed", True  # "hopes the summit will be held in May": wished, not arranged
    modal = _modal_status(modal_bearer(_state_keeper(token) or tense_verb(token)))  # "would lift X and restart Y": Y's too
    if made_threat(tense_verb(token), trigger_for(token), modal, reported_clause(tense_verb(token))):
        return "occurred", True  # "said Moscow would retaliate (if ...)": the threat is made, the harm lies ahead
    if modal == "hypothetical" and _ahead(when_first, when_last, published) and not conditioned(tense_verb(token)):
        return "planned", True  # "would take place in the coming weeks": a dated future, not a supposition
    if modal:
        return modal, True
    if _in_planned_time(tense_verb(token)) or due_there(tense_verb(token)) or awaits_arrangement(token):
        return "planned", True  # "is due in Paris for talks": expected there
    return _status_from_time(token, when_first, when_last, published), False


def _neither_object(verb: Token) -> bool:
    """"met neither the king nor the premier": an object under "neither" denies the act of each."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and any(g.dep_ in {"det", "preconj"} and g.lower_ == "neither"
                                                                 for g in c.children) for c in verb.children)


def _state_keeper(token: Token) -> Token | None:
    """"would keep the border closed": a state told by a participle or adjective complement takes the mood
    of the verb that keeps or puts it in place."""
    head = token.head
    if token.tag_ not in {"VBN", "JJ"} or token.dep_ not in {"ccomp", "oprd", "acomp"} or head.pos_ != "VERB":
        return None
    return head if not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in token.children) else None


ONGOING = {"continue", "remain", "persist", "keep", "go", "stay", "last"}


def _in_planned_time(verb: Token) -> bool:
    """"troops are to leave as the army moves in": a present-tense time clause under a planned act is
    part of the same plan, not something happening now."""
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_.lower() in ONGOING:
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        head = verb.head
    elif verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.lower_ in TIME_MARKS:
        head = verb.head.head  # the parser reads "as" as a preposition over the clause's verb
    else:
        return False
    # under a negated act ("will not lift the ban until X acts") the clause is a condition, not a plan
    if head.pos_ not in {"VERB", "AUX"} or _negated(head):
        return False
    return _modal_status(head) == "planned" or governor_of(head)[1] == "planned"


APPROVAL_VERBS = {"approve", "authorize", "authorise", "clear", "ratify", "endorse", "sanction", "vet"}
OBLIGING_AUX = {"must", "should", "need"}  # not "has": "has been approved" is granted


def _awaits_approval(token: Token) -> bool:
    """"access must be approved by the council": an act that still needs someone's approval is weighed,
    not granted (under_consideration)."""
    verb = token if token.pos_ == "VERB" else token.head  # the approval verb is the trigger, or its subject
    if verb.lemma_.lower() not in APPROVAL_VERBS or (verb is not token and token.dep_ != "nsubjpass"):
        return False
    return any(c.dep_ == "nsubjpass" for c in verb.children) and \
        any(c.dep_ in {"aux", "auxpass"} and c.lower_ in OBLIGING_AUX for c in verb.children)


def _demanded(verb: Token) -> bool:
    """"demanded that China hand back the rifles", "Seoul's demand that Tokyo withdraw": the bare
    (subjunctive) verb of a that-clause a demand governs is what is asked for, not what was done."""
    head = verb.head
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and head.lemma_.lower() in URGING and asks_another(head):
        return True  # "urged Pyongyang to return to talks": the urged act is asked for, not done
    if verb.tag_ != "VB" or verb.dep_ not in {"ccomp", "acl"} or head.i == verb.i \
            or any(c.dep_ == "aux" for c in verb.children):  # "demanded that X should ...": the modal says it
        return False
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    return head.lemma_.lower() in DEMANDING and (that or head.pos_ == "VERB")


# verbs that press another side to act ("urged X to", "pressed X to"), and those that name it through a
# preposition ("called on X to", "appealed to X to": "called X to discuss" is a phone call). Their REQUEST
# stays an event of its own, unlike "asked X to meet", where the asked act carries the proposal.
URGING = {"urge", "press", "encourage", "implore", "exhort", "pressure", "pressurize", "call", "appeal"}
URGING_PREPS = {"call": {"on", "upon"}, "appeal": {"to"}}


def asks_another(verb: Token) -> bool:
    """The urging verb names whom it urges: its object ("urged Iran"), or "on" one ("called on Iran")."""
    preps = URGING_PREPS.get(verb.lemma_.lower())
    if preps is None:
        return any(c.dep_ == "dobj" for c in verb.children)
    return any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)


def proposal_clause(token: Token) -> tuple[Token | None, str | None]:
    """"turned down a request for Austin to meet Li": a verb clause the parser hung off a proposal
    noun as an adverbial is still what was proposed, and answering the proposal answers it."""
    noun = token.head
    if token.pos_ != "VERB" or token.dep_ != "advcl" or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in PROPOSAL_NOUNS:
        return None, None
    _, answered = answering_verb(noun)
    return noun, answered or PROPOSAL_NOUNS[noun.lemma_.lower()]


def _whether_status(verb: Token) -> str | None:
    """"has not said whether it will attend" (non_committal), "is weighing whether Lee should make
    the trip", "has yet to decide whether to go" (under_consideration): the event is left open."""
    marked = any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children) or \
        (verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children))
    if not marked or verb.dep_ not in {"ccomp", "xcomp", "advcl", "pcomp"} or verb.head.i == verb.i:
        return None
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma in WHETHER_PENDING:
        return "under_consideration"
    withheld = _negated(head) or head.dep_ == "xcomp"  # "has not said", "declined to say", "has yet to say"
    return "non_committal" if lemma in WHETHER_SPEECH and withheld else None


def _conditional_offer(token: Token) -> str | None:
    """"would welcome a meeting between the two leaders": an offer of the event, not a supposition."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in CONDITIONAL_OFFERS:
        return None
    return "proposed" if any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in verb.children) else None


def offers_event(verb: Token, triggers) -> bool:
    """"would welcome a meeting": the verb offers the event it governs, which carries the offer as its
    status (proposed); the welcome is no act of support of its own."""
    return verb.lemma_.lower() in CONDITIONAL_OFFERS and \
        any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in verb.children) and \
        any(c.dep_ == "dobj" and c.i in triggers for c in verb.children)


def _ahead(when_first, when_last, published) -> bool:
    """The date lies ahead of publication: it starts after it, or starts that day and runs on ("the
    coming weeks" counts from the day of publication)."""
    if published is None or not when_first:
        return False
    pub = published.isoformat()
    return when_first > pub or (when_first == pub and (when_last or "") > pub)


# "authorities today release the ship": the wire's narrative present tells what is happening as written
NARRATIVE_NOW = {"today", "now"}


def _status_from_time(token, when_first, when_last, published) -> str:
    """Past date or past tense: occurred; a date after publication: planned."""
    verb = tense_verb(token)
    if published is not None and when_first and when_first > published.isoformat():
        return "planned"
    if _ahead(when_first, when_last, published) and verb.tag_ not in {"VBD", "VBN"}:
        return "planned"  # "the scheme starts in the coming weeks" (a window opening today)
    if published is not None and when_first == when_last == published.isoformat() and scheduled_present(verb) \
            and not any(c.lower_ in NARRATIVE_NOW for c in verb.children):
        return "planned"  # "the forum convenes on Saturday", told on that Saturday: later that day
    if verb.tag_ in {"VBD", "VBN"} or (when_last and published and when_last <= published.isoformat()):
        return "occurred"
    return "occurred"
