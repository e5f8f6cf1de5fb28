"""Status lexicon: which governing words, modifiers and modals give an event its status.

The status says whether a reported event took place or is proposed, pending, declined...
(the PLOVER manual's auxiliary modes, made explicit). The NLP stage looks these up.
"""

from __future__ import annotations

# A verb that governs an event word ("proposed a call", "is considering attendance", "agreed to meet").
GOVERNING_VERBS = {
    "propose": "proposed", "offer": "proposed", "ask": "proposed", "suggest": "proposed", "invite": "proposed",
    "seek": "proposed", "request": "proposed", "push": "proposed", "float": "proposed",
    "want": "proposed", "pitch": "proposed", "call": "proposed",
    "plan": "planned", "schedule": "planned", "prepare": "planned", "arrange": "planned",
    "expect": "planned", "set": "planned", "intend": "planned",
    "consider": "under_consideration", "evaluate": "under_consideration",
    "review": "under_consideration", "weigh": "under_consideration", "mull": "under_consideration",
    "explore": "under_consideration", "study": "under_consideration", "examine": "under_consideration",
    "assess": "under_consideration", "debate": "under_consideration",
    "reconsider": "under_consideration", "rethink": "under_consideration",
    "confirm": "confirmed", "announce": "confirmed",
    "accept": "accepted", "agree": "planned", "approve": "accepted",
    "decline": "declined", "reject": "declined", "refuse": "declined", "rebuff": "declined",
    "snub": "declined", "spurn": "declined", "turn": "declined", "rule": "declined",
    "cancel": "cancelled", "postpone": "cancelled", "scrap": "cancelled", "suspend": "cancelled",
    "delay": "cancelled", "shelve": "cancelled", "abandon": "cancelled", "scuttle": "cancelled",
}
# "threatened to impose tariffs": the threatened act keeps its type, announced (planned); the PLOVER-strict
# projection reads a planned conflictual act as THREATEN and CAMEO gives it its 13x threat code.
GOVERNING_VERBS.update({"vow": "planned", "swear": "planned", "resolve": "planned", "decide": "planned",
                        "threaten": "planned"})
# Wishes: an intention one side holds, not yet arranged with the other ("hopes to meet", "wants to
# meet"): proposed. A plan or arrangement told inside a wish ("hoped a call could be arranged") is still
# only wished. An aim is a side's own intention ("aims to sign contracts in 2026"): planned, like "intends to".
WISH_VERBS = {"hope": "proposed", "wish": "proposed", "aim": "planned", "desire": "proposed",
              "want": "proposed", "seek": "proposed"}
GOVERNING_VERBS.update(WISH_VERBS)
# Nouns of aim that name the act they aim at ("their goal of meeting the king", "a bid to host the summit",
# "an offer of talks"): the act is what is aimed at, never what happened.
AIM_NOUNS = {"request": "proposed", "proposal": "proposed", "invitation": "proposed", "offer": "proposed",
             "call": "proposed", "bid": "proposed", "goal": "proposed", "aim": "proposed", "hope": "proposed",
             "wish": "proposed", "ambition": "proposed", "desire": "proposed", "quest": "proposed",
             "plan": "planned", "plans": "planned", "intention": "planned", "intent": "planned"}
# Those that take their act through "of" ("the goal of meeting", "an offer of talks"); "the call of X",
# "the request of X" name who asks.
AIM_OF_NOUNS = {"proposal", "offer", "goal", "aim", "hope", "ambition", "desire", "intention", "plan", "plans"}
# Verbs that govern an act only through an infinitive ("promised to withdraw"); with an object
# ("pledged support") the promise is itself the act.
INFINITIVE_GOVERNORS = {"promise": "planned", "pledge": "planned", "undertake": "planned", "guarantee": "planned",
                        "commit": "planned"}  # "committed both sides to begin talks"
# Verbs that instruct one's own officials to act ("instructed the envoys to meet"): the act is set (planned),
# and it stays the instructed officials' own act (the instructing verb is no governor of its sides).
INSTRUCTING = {"instruct", "task", "mandate", "tell", "direct"}  # "told his minister to raise duties"
# Adjectives that govern an event through "to" ("is willing to withdraw", "ready to talk").
GOVERNING_ADJECTIVES = {"willing": "proposed", "ready": "proposed", "prepared": "proposed", "eager": "proposed",
                        "keen": "proposed", "open": "proposed", "happy": "proposed", "determined": "planned",
                        "unwilling": "declined", "reluctant": "non_committal"}

# Verbs that only count as governors with a particle ("turn down", "call off", "push for").
PARTICLE_REQUIRED = {"turn": "down", "call": "off", "push": "for", "set": "up", "rule": "out"}
PARTICLE_STATUS = {("call", "off"): "cancelled", ("push", "for"): "proposed", ("set", "up"): "planned",
                   ("rule", "out"): "declined", ("turn", "down"): "declined",
                   ("put", "off"): "cancelled"}  # "put off the visit": postponed, as "postponed" is
# Meetings "called for" are proposed by the caller ("called for consultations", "called for urgent talks"),
# as meetings asked for are; other things called for ("called for a truce") stay what the request asks.
CALLED_MEETINGS = {"consultation", "talk", "talks", "meeting", "summit", "negotiation", "dialogue"}

# Adjectives on an event noun ("the proposed call", "a potential summit").
MODIFIERS = {
    "proposed": "proposed", "potential": "proposed", "possible": "proposed", "prospective": "proposed",
    "mooted": "proposed", "suggested": "proposed", "requested": "proposed",
    "planned": "planned", "upcoming": "planned", "scheduled": "planned", "forthcoming": "planned",
    "expected": "planned", "coming": "planned", "future": "planned",
    "cancelled": "cancelled", "canceled": "cancelled", "postponed": "cancelled", "scrapped": "cancelled",
    "confirmed": "confirmed", "hypothetical": "hypothetical", "rumored": "hypothetical",
    "rumoured": "hypothetical",
}
# "under review", "under consideration", "on hold".
UNDER_PHRASES = {"review": "under_consideration", "consideration": "under_consideration",
                 "discussion": "under_consideration", "hold": "cancelled"}

HYPOTHETICAL_MODALS = {"would", "could", "might", "may"}
# Any modal or auxiliary of the future: with an "if"/"unless" clause on its verb it states a supposition
# ("will strike if X attacks", "must help if either is attacked").
CONDITIONED_MODALS = {"will", "shall", "'ll", "wo", "would", "'d", "could", "might", "may", "must", "should", "can"}
# Verbs of excluding: negated ("did not rule out", "would not exclude") they leave the act open.
EXCLUDING = {"rule", "exclude"}
# Clause marks of a time tied to another clause ("as the army moves in", "once talks resume"): a clause in
# the present under a planned act is part of the same plan.
TIME_MARKS = {"as", "while", "when", "once", "after", "before", "until", "till"}
# Talk and yield verbs that, negated, make a refusal event of their own ("will not negotiate over X").
REFUSED_BY_NEGATION = {"negotiate", "bargain", "discuss", "compromise", "budge", "relent", "yield", "accept"}
# Agreement nouns: accepting one ("accepted the agreement") is the agreeing itself, not an answer to it.
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "pact", "treaty", "arrangement", "understanding"}
FUTURE_MODALS = {"will", "shall", "'ll"}

# Predicates that report the other side's answer without naming the event again.
RESPONSE_ADJECTIVES = {"non-committal": "non_committal", "noncommittal": "non_committal",
                       "committal": "non_committal", "silent": "non_committal",
                       "receptive": "accepted", "open": "accepted", "cool": "non_committal",
                       "lukewarm": "non_committal", "unresponsive": "non_committal",
                       "hesitant": "non_committal", "reluctant": "non_committal"}
RESPONSE_VERBS = {"respond": "non_committal", "reply": "non_committal", "decline": "declined",
                  "refuse": "declined", "reject": "declined", "rebuff": "declined",
                  "accept": "accepted", "agree": "accepted", "welcome": "accepted",
                  "ignore": "non_committal", "hesitate": "non_committal", "commit": "accepted"}
# Verbs of giving way: negated ("Tokyo has not budged") they answer a demand or proposal with a refusal.
YIELD_VERBS = {"budge", "relent", "yield", "waver", "bend", "cave", "concede"}

# Verbs over a "whether" clause ("has not said whether it will send", "is weighing whether to go"):
# the event is left open. Speech verbs count only when the answer is withheld (negated, "declined to say").
WHETHER_SPEECH = {"say", "confirm", "announce", "disclose", "indicate", "specify", "comment", "reveal", "state"}
WHETHER_PENDING = {"decide", "determine", "weigh", "consider", "debate", "discuss", "study", "assess", "review",
                   "ponder", "mull", "evaluate", "explore", "deliberate"}
# Verbs whose object event did not take place ("skipped the summit"), or was refused ("boycotted the talks").
GOVERNING_VERBS.update({"skip": "negated", "miss": "negated", "forgo": "negated", "boycott": "declined"})
# Verbs that, in the conditional, offer the event they govern ("would welcome a meeting").
CONDITIONAL_OFFERS = {"welcome", "support", "favor", "favour", "back", "like", "love"}
# Aspectual verbs: "would start buying", "will resume talks": the act is told through its beginning or
# going on, so the aspectual verb's modal is the act's.
ASPECTUAL_VERBS = {"start", "begin", "resume", "continue", "keep", "commence"}
# Adjectives of a set schedule ("talks are due to open"), and the verbs that say an event opens or takes place:
# the event noun they are told of is scheduled (planned), not under way.
SCHEDULED_ADJECTIVES = {"due", "set", "poised", "slated"}
OPENING_VERBS = {"open", "begin", "start", "resume", "convene", "commence", "reconvene", "happen", "occur"}
