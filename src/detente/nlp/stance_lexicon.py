"""General evaluative words of English, by polarity, for the stance of statements: how a speaker judges
the other party, their relations or a meeting. Written from general usage, not from any article."""

from __future__ import annotations

# Judging relations, a meeting or the other side favourably ("a very friendly call", "relations keep
# improving", "we are grateful"): praise, thanks, optimism, closeness and its growth.
FAVOURABLE = {
    "friendly", "cordial", "amicable", "warm", "warmly", "reassuring", "useful", "fruitful", "goodwill",
    "improve", "improvement", "improving", "appreciate", "appreciation", "grateful", "gratitude", "thank",
    "thanks", "congratulate", "congratulations", "pleased", "glad", "happy", "optimistic", "encouraging",
    "promising", "wonderful", "fantastic", "tremendous", "strengthen", "deepen", "enhance", "closer",
    "reassure", "assurance", "compromise", "reconciliation", "rapprochement", "thaw", "normalise",
    "normalize", "normalisation", "normalization", "respectful", "fair", "honest", "sincere", "sincerely",
}
# Judging the other side's conduct or the relation unfavourably ("rammed our ship", "a dangerous
# manoeuvre", "unprovoked", "meddling"): acts of force and pressure named, bad faith, disappointment.
UNFAVOURABLE = {
    "ram", "rammed", "harass", "harassment", "meddle", "meddling", "unprovoked", "deliberately",
    "blackmail", "extortion", "betray", "betrayal", "deceive", "deception", "unfair", "unjust", "brutal",
    "barbaric", "aggressor", "propaganda", "disinformation", "destabilize", "destabilise", "destabilizing",
    "destabilising", "warning", "warnings", "ultimatum", "invasion", "occupation", "occupy", "disappointing",
    "worrying", "troubling", "coercive", "bullying", "intimidation", "threatening", "belligerent",
    "hawkish", "combative", "confrontational", "harsh", "unilateral", "unilaterally", "dishonest",
    "insincere", "arrogant", "irresponsibly", "dangerously", "escalatory", "provocations",
}
