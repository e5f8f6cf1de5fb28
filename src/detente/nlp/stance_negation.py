"""Negation and refusal in a statement's words: whether a word is denied ("no dialogue"), refused
("rejects talks"), held back from ("refrain from attacks") or not tolerated, for the stance rules."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.stance_topics import denied_by_prefix

# Verbs that turn down or stand in the way of what they govern: an overture as their object is refused
# ("rejects any negotiations"), and their own negation lets it through ("will not block the talks").
REFUSING_VERBS = {"reject", "rebuff", "refuse", "decline", "shun", "spurn", "block", "obstruct", "veto",
                  "sabotage", "derail", "oppose", "prevent",
                  # keeping away from it ("prefers to avoid dialogue", "boycotted the talks")
                  "avoid", "evade", "boycott", "snub", "shirk",
                  # putting an existing deal out of force ("suspended the accord", "scrapped the pact")
                  "suspend", "scrap", "cancel", "abrogate", "revoke", "terminate", "annul", "abandon"}
# Feelings an act or a thing is met with that mark it as unwelcome ("viewed the deal with alarm").
DISAPPROVAL = {"concern", "alarm", "dismay", "suspicion", "skepticism", "scepticism", "regret", "disquiet",
               "unease", "apprehension", "anger", "indignation", "displeasure"}
# Verbs of holding back from an act: what they govern is forsworn ("pledged to refrain from attacks").
RESTRAINT_VERBS = {"refrain", "abstain", "desist", "avoid", "forgo", "forswear", "renounce", "eschew"}

CONTRASTIVE = {"but", "yet"}


def _contrasted(node: Token) -> bool:
    """A conjunct joined by "but" or "yet" ("not rivals but partners"): set against what it is joined to."""
    return node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in CONTRASTIVE and c.i < node.i
                                       for c in node.head.children)


def _own_clause(node: Token) -> bool:
    """A conjunct clause with a subject of its own ("did not like it and that it could be trouble"): a
    negation of the first clause does not reach it."""
    return node.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in node.children)


def _negation_scope(token: Token) -> list[Token]:
    """The word and the two above it whose negation covers it; a predicate after "but" or "yet" is out of
    the scope of a negation before it ("does not seek conflict but will defend its interests")."""
    chain = [token]
    for _ in range(2):
        node = chain[-1]
        if _contrasted(node) or _own_clause(node):
            break
        chain.append(node.head)
    return chain


# Verbs of putting up with something: refusing to is a warning ("will not tolerate provocations"), so
# their negation does not turn the hostile words they govern into reassurance.
TOLERANCE_VERBS = {"tolerate", "accept", "allow", "permit", "condone", "countenance", "stand", "ignore",
                   # indulging it ("will not coddle extremism", "would not appease aggression")
                   "coddle", "appease", "indulge", "pander"}
# Verbs of excluding or giving up: not doing so keeps the thing open ("would not rule out the use of
# force", "will not renounce strikes"), so their negation does not turn what they govern around either.
EXCLUDING_VERBS = {"rule", "exclude", "renounce", "forswear", "relinquish", "waive"}


def negated_word(token: Token) -> bool:
    """Under negation by syntax: "will not provoke nor seek to dominate", "no aggression"; not under a
    refusal to tolerate ("would not tolerate provocations")."""
    chain = _negation_scope(token)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or _restrained(token) or \
            denied_by_prefix(token) or _under_own_ground(token):
        return True
    return any(c.dep_ == "neg" or (c.dep_ == "cc" and c.lower_ in {"nor", "neither"}) or _no_longer(c)
               for node in chain if node.lemma_.lower() not in TOLERANCE_VERBS | EXCLUDING_VERBS
               for c in node.children)


def _no_longer(child: Token) -> bool:
    """"is no longer welcome", "no longer poses a threat": the parser hangs "no" on "longer", not the verb."""
    return child.lower_ == "longer" and child.dep_ == "advmod" and any(g.lower_ == "no" for g in child.children)


# Nouns of meaning to do something: denied by "no" ("has no intention of attacking"), what they govern is
# forsworn as under a verb of holding back.
INTENTION_NOUNS = {"intention", "intent", "plan", "plans", "desire", "wish", "ambition", "ambitions", "aim"}


def _restrained(token: Token) -> bool:
    """"refrain from hostile acts", "avoid any escalation", "no intention of violating": a word in what a
    verb of holding back or a denied intention governs."""
    node = token
    for _ in range(4):
        if node.dep_ not in {"amod", "compound", "pobj", "prep", "dobj", "det", "pcomp", "acl"} or \
                node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in RESTRAINT_VERBS:
            # "will never renounce force": holding back refused keeps what it governs
            return not any(c.dep_ == "neg" for c in node.children)
        if node.pos_ == "NOUN" and node.lower_ in INTENTION_NOUNS:
            return any(c.dep_ == "det" and c.lower_ == "no" for c in node.children)
    return False


def _listed_with(head: Token) -> Token:
    """The noun an "including X" phrase lists X among: its head, or the object of the verb it hangs from."""
    if head.pos_ in {"VERB", "AUX"}:
        return next((c for c in head.children if c.dep_ == "dobj"), head)
    return head


def _turns_down(verb: Token) -> bool:
    """A verb that refuses or puts out of force what it governs ("rejects talks", "held the accords in
    abeyance") or meets it with disapproval ("viewed the deal with concern")."""
    if verb.pos_ == "VERB" and (verb.lemma_.lower() in REFUSING_VERBS or _keeps_from(verb)):
        return True
    if verb.pos_ not in {"VERB", "NOUN", "PROPN"}:
        return False  # (the parser hangs "with concern" on the verb or on its object)
    objects = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(g.lower_ == "abeyance" or (g.head.lower_ == "with" and g.lemma_.lower() in DISAPPROVAL)
               for g in objects)


def _keeps_from(verb: Token) -> bool:
    """"stop Manila from cooperating", "bar them from trading": keeping someone from a thing refuses it."""
    return verb.lemma_.lower() in {"stop", "keep", "bar", "ban", "deter", "discourage"} and \
        any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def refused_word(token: Token) -> bool:
    """An overture denied outright: "no dialogue", "is not ready", "will not engage" -- the word itself,
    or the predicate whose object or complement it is, negated (further up, a negation says something
    else: "the commitment to stability has not changed")."""
    if denied_by_prefix(token):
        return True  # "non-cooperation"
    for _ in range(3):  # "is not ready to engage": what a refused predicate completes is refused with it
        if _turns_down(token):
            negated = any(c.dep_ == "neg" for c in (token.head if token.pos_ != "VERB" else token).children)
            return not negated  # "rejects talks"; "will not block talks"
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or _no_longer(c) for c in token.children):
            return True
        if _lacking(token):
            return True
        while token.dep_ == "conj" and token.head.pos_ in {"NOUN", "PROPN"} and not _contrasted(token):
            token = token.head  # "any contact and negotiations": refused together
        if token.dep_ == "pobj" and token.head.lower_ == "including" and token.head.head.i != token.head.i:
            token = _listed_with(token.head.head)  # "all accords, including the 1990 pact": one of them
        if token.dep_ == "amod" and token.pos_ == "ADJ" and token.head.pos_ == "NOUN":
            token = token.head  # "has not done a good job": the praise goes with the noun it qualifies
            continue
        if token.dep_ == "pcomp" and token.head.lower_ == "from":
            token = token.head.head  # "stop them from cooperating": what one is kept from
            continue
        if token.dep_ not in {"dobj", "acomp", "xcomp", "attr", "nsubjpass"}:  # "the pact was suspended"
            return False
        token = token.head
    return False


def _lacking(token: Token) -> bool:
    """"no faith in their commitment", "no interest in talks": what a noun denied outright by "no" bears on is
    denied with it."""
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ == "no" for c in prep.head.children)


def refused_tolerance(token: Token) -> bool:
    """"will not tolerate", "can never accept": refusing to put up with something warns."""
    return token.lemma_.lower() in TOLERANCE_VERBS and token.pos_ == "VERB" and \
        any(c.dep_ == "neg" for c in token.children)


# Auxiliaries of what was or has been done; a modal among them ("would not have") makes it no report.
PAST_AUX = {"had", "has", "have", "did", "was", "were"}
MODALS = {"will", "would", "'ll", "shall", "wo", "can", "could", "may", "might", "must", "should"}


def denied_past(token: Token) -> bool:
    """"had not violated the airspace", "was not to blame": a hostile word under a negated past predicate
    denies a charge about what was done, which is neutral (convention 17); "will not attack", "seeks no
    conflict" assure about conduct to come and stay conciliatory."""
    for node in _negation_scope(token):
        if any(c.dep_ == "neg" for c in node.children):
            if node.i != token.i and node.lemma_.lower() != "be":
                return False  # "did not need to make a threat": what one chose not to do, an assurance
            auxes = [c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}]
            if any(a in MODALS for a in auxes):
                return False
            return node.tag_ == "VBD" or any(a in PAST_AUX for a in auxes)
    return False


# Possessives by which a side names its own ground ("its territory", "our soil").
OWN_POSSESSIVES = {"its", "our", "their", "my"}


def own_ground_kept(verb: Token) -> bool:
    """"would not allow its territory to be used against India": refusing to let one's own ground or means
    serve against the other side is an assurance about one's own conduct (convention 17), not a warning."""
    if not refused_tolerance(verb):
        return False
    held = [c for c in verb.children if c.dep_ == "dobj"] + \
        [g for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for g in c.children
         if g.dep_ in {"nsubj", "nsubjpass"}]
    return any(d.dep_ == "poss" and d.lower_ in OWN_POSSESSIVES for h in held for d in h.children)


def _under_own_ground(token: Token) -> bool:
    """"would not allow its land to be used for attacks": what one's own ground is kept from is forsworn."""
    return any(node.pos_ == "VERB" and own_ground_kept(node) for node in list(token.ancestors)[:4])
