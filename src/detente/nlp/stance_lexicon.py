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
    # the other side or the relation held dear ("an important interlocutor", "vital ties"), or praised for
    # its conduct ("their courage")
    "important", "vital", "indispensable", "invaluable", "valuable", "courage", "heroism", "bravery",
    # praise given and relations held dear ("hailed the accord", "ties we cherish", "a beautiful gesture")
    "hail", "praise", "commend", "laud", "applaud", "admire", "admiration", "esteem", "cherish", "treasure",
    "beautiful", "generous", "gracious", "magnificent", "acceptable",
    # the other side's leader or its work praised ("an intelligent man", "a reliable partner", "a milestone for
    # our ties", "a humane approach"); "honoured" is left out: a deal "honoured" is kept, not praised
    "intelligent", "reliable", "reliability", "milestone", "humane",
    # sympathy offered ("our condolences", "deep sympathy")
    "sympathy", "sympathies", "condolence", "condolences",
    # an invitation named ("accepted an invitation to visit"): an overture, as the cue "invite" is
    "invitation", "invitations",
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
    # judging the other side's manner as insulting, defiant or unfriendly ("a disrespectful tone", "brazen")
    "disrespectful", "disrespect", "insult", "insulting", "rude", "contemptuous", "contempt", "brazen",
    "brazenly", "flagrant", "flagrantly", "unfriendly", "hostile", "defiant", "impudent", "insolent",
    # naming the other side's people as criminals of violence ("narco-terrorists", "thugs")
    "narcoterrorist", "narcoterrorists", "thug", "thugs",
    # labels of opprobrium for the other side or its people: criminals of violence, a despot, bigotry, a
    # disgrace ("murderers", "a dictator", "full of hate", "a stain on")
    "murderer", "murderers", "rapist", "rapists", "dictator", "dictators", "tyrant", "tyrants", "despot",
    "hate", "hatred", "hateful", "antisemitic", "antisemitism", "racist", "racism", "xenophobic",
    "stain", "disgrace",
    # harm done to what the speaker values ("a devastating blow to peace efforts")
    "blow", "devastating",
    # trouble, danger or harm foreseen or feared ("could be big trouble", "would be in great danger")
    "trouble", "danger", "disaster", "catastrophe", "catastrophic", "harm",
    # entering the other side's ground or waters uninvited ("a serious incursion")
    "incursion", "incursions", "encroachment", "encroachments", "encroach",
    # cheating or wronging the other side, in plain or blunt words ("trying to screw us")
    "screw", "cheat", "cheated", "swindle",
    # judging the other side's act as out of measure, unfounded or heedless ("a disproportionate step",
    # "an unjustified decision", "disregard for the rules", "negative measures")
    "disproportionate", "excessive", "abnormal", "unjustified", "unwarranted", "unjustifiable", "arbitrary",
    "disregard", "flout", "trample", "negative", "ill-considered", "unsafe", "unprofessional",
    # charging the other side with domination or delusion ("neocolonial", "imperialist", "delusions")
    "colonial", "neocolonial", "neo-colonial", "colonialism", "neocolonialism", "imperialist",
    "imperialism", "hegemonic", "delusion", "delusions", "delusional",
    # censure voiced as a verb ("derided", "denounced", "slammed")
    "deride", "denounce", "decry", "slam", "criticize", "criticise", "criticism", "condemnation",
}

# Words of the relation itself, hostile: threats, force, charges, refusals, enmity named.
HOSTILE = {"threat", "threaten", "imminent", "attack", "aggression", "aggressive", "punish", "destroy",
           "provocation", "provoke", "provocative", "coerce", "coercion", "bully", "hegemony", "invade", "war",
           "enemy", "retaliate", "retaliation", "crush", "warn", "dangerous", "instigate", "subjugate",
           "humiliate", "intimidate", "sanction", "hostile", "illegal", "violate", "violation", "reckless",
           "condemn", "blame", "risk", "grave", "gravest", "collusion", "futile", "contain", "deter",
           "resolutely", "stoutly", "defend", "unreasonable", "senseless", "interfere", "interference",
           "confront", "confrontation", "escalate", "escalation", "irresponsible", "unacceptable",
           "smash", "firmly", "oppose", "protest", "accuse", "lie", "lies", "fail", "failure", "abuse",
           "conflict", "collusion", "futile", "punishment", "reckless", "hostility", "pressure",
           "illegally", "intrude", "intrusion", "unlawful", "unlawfully", "illegitimate", "breach",
           # a relation of enemies named ("rivals rather than partners")
           "rival", "rivalry", "adversary", "foe",
           # refusing what the other side offers ("we will reject any contact")
           "reject", "rebuff",
           # keeping the other side down ("must stop suppressing our growth")
           "suppress", "suppression", "containment", "encircle", "encirclement",
           # standing in the other side's way ("will block the resolution")
           "block", "obstruct", "veto", "sabotage", "derail",
           # judging what the other side said or did as wrong or disgraceful ("a grave mistake", "appalling")
           "shameful", "disgraceful", "outrageous", "appalling", "deplorable", "despicable", "alarming",
           "preposterous", "absurd", "baseless", "groundless", "unfounded", "slanderous", "malicious",
           "error", "mistake", "blunder", "hypocrisy", "hypocritical", "smear", "slander",
           # naming what the other side does as a crime of violence ("committing genocide")
           "genocide", "massacre", "atrocity", "atrocities", "homicide", "homicides", "murder",
           "assassination",
           # acts of force named as nouns, as "attack" is ("the strikes go on", "airstrikes on the city")
           "strikes", "airstrike", "airstrikes", "bombing", "bombings", "bombardment", "shelling",
           # sending the other side's people away ("expelled two diplomats")
           "expel", "expulsion",
           # trade measures used as a weapon, like sanctions ("tariffs stay on the table")
           "tariff", "tariffs", "embargo",
           # pursuing people as quarry ("will hunt down those responsible")
           "hunt"}
# Words of the relation itself, conciliatory: cooperation, talks, agreements, friendship named.
CONCILIATORY = {"cooperation", "cooperate", "peace", "peaceful", "dialogue", "partnership", "friendship",
                "stability", "stable", "respect", "mutual", "together", "welcome", "constructive", "pragmatic",
                "trust", "understanding", "calm", "de-escalate", "communication", "engage", "common", "good",
                "positive", "satisfied", "ready", "hope", "hoped", "amazing", "great", "productive",
                "progress", "step", "open", "win-win", "benefit", "commitment", "friend", "friends",
                "agreement", "reconcile", "healthy", "candid", "fruitful", "successful", "warm",
                # a relation of friends named, or relations settling ("ties began to stabilise")
                "partner", "stabilise", "stabilize", "stabilisation", "stabilization",
                # a response in good part ("would respond positively if ...")
                "positively", "constructively", "favorably", "favourably",
                # the means of settling things by talking ("supports diplomacy", "will not hold talks" refuses)
                "talks", "talk", "negotiation", "negotiations", "negotiate", "diplomacy",
                # overtures made and settlements reached ("will keep making overtures", "a trade deal")
                "overture", "overtures", "approaches", "deal", "deals", "settlement",
                # praise for an outcome ("a historic agreement", "a landmark deal")
                "historic", "landmark", "breakthrough", "excellent",
                # an agreement by any of its names, as "agreement" and "deal" ("the strongest treaty")
                "treaty", "pact", "accord",
                # siding with the other party or trusting it ("stands with its ally", "gave his approval")
                "support", "approval", "approve", "endorse", "endorsement", "ally", "allies", "solidarity",
                "faith",
                # putting money into the other side's economy ("companies will invest in the region")
                "invest", "investment"}
# the general evaluative words of English by polarity, beside the words of relations
HOSTILE |= UNFAVOURABLE
CONCILIATORY |= FAVOURABLE

# Endings that turn a verb of the lexicon into an adjective or a noun ("improved ties", "direct engagement"):
# the word keeps its verb's stance. "-ing" forms are left out ("a negotiating team" names a body), and so
# are bases shorter than four letters ("red", "bed" are no verbs of the lexicon).
DERIVED_ENDINGS = ("ment", "ed", "d")
MIN_BASE = 4


def lexicon_forms(token) -> set[str]:
    """The forms of a word to look up in the lexicon: its own, its lemma and, for an adjective or noun made
    from a verb, the verb ("improved" -> "improve", "engagement" -> "engage")."""
    word = token.lower_
    forms = {word, token.lemma_.lower()}
    if token.pos_ not in {"ADJ", "NOUN"}:
        return forms  # a verb's lemma is already its base
    for ending in DERIVED_ENDINGS:
        base = word[:-len(ending)]
        if word.endswith(ending) and len(base) >= MIN_BASE:
            forms |= {base, base + "e"}
    return forms
