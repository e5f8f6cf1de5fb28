"""Accusations, rejections and demands said in words, and attacks told only as one side's charge.

PLOVER ACCUSE covers allegations and disapproval voiced by one party about another, REJECT the refusal of
an offer or a demand, REQUEST a demand (CAMEO 10). News often tells them in phrases a word lexicon misses:
"brushed aside the offer", "said X had made a grave mistake", "pointed to links behind the attack". An
attack known only as the charge of one side ("blamed X for the attack", "said X attacked, which X denied")
is that side's accusation, not an attack the record may state.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger, first_trigger
from detente.nlp.trigger_redress import EXPECTING, INQUIRY_NOUNS, INVESTIGATING, redress_phrase
from detente.nlp.trigger_judgements import SUPPOSING, harms_party, judged_badly, told_clauses, verdict_given

TELLING = {"say", "tell", "add", "state", "claim", "allege", "insist", "assert", "contend", "declare", "argue",
           "stress", "charge", "maintain", "write", "post"}  # "wrote on X that": a post tells as speech does
CHARGING = {"charge", "allege", "accuse"}  # telling verbs that make what they tell a charge
AUDIENCES = {"reporter", "journalist", "press", "medium", "media", "correspondent", "audience", "crowd", "supporter"}
SPEAKER_PRONOUNS = {"i", "we", "us", "me", "our"}
# Verbs whose reported clause, if it tells an attack the other side denies, is only a charge.
ATTACK_VERBS = {"attack", "shell", "bomb", "strike", "fire", "raid", "invade", "kill", "shoot", "ambush", "target",
                "violate", "breach", "intrude", "open"}
DENIALS = {"deny", "reject", "dismiss", "refute", "rebut"}
# Charges of blame: "blamed X for the attack", "accused X of the attack", "links behind the attack".
BLAME_VERBS = {"blame", "accuse"}
ANSWERABLE = {"responsible", "accountable"}
# Who blames by finding, not by charging: a report's blame tells the act as established.
FINDINGS = {"report", "study", "inquiry", "investigation", "probe", "review", "audit", "finding", "survey", "panel",
            "commission", "court", "tribunal", "document", "assessment"}
CULPRIT_NOUNS = {"link", "role", "hand", "involvement", "connection", "tie", "support", "complicity", "backing"}
POINT_VERBS = {"point"}
# Rules, laws and pacts whose breach, said by one party of another, is an allegation.
RULE_NOUNS = {"resolution", "law", "agreement", "treaty", "accord", "sovereignty", "charter", "convention", "norm",
              "sanction", "obligation", "commitment", "rule", "pact", "deal", "integrity", "protocol"}
BREACH_VERBS = {"breach", "violate", "contravene", "flout", "infringe", "undermine"}
NAMING = {"call", "brand", "label", "term", "describe", "characterize", "characterise"}
HOSTILE_WORDS = {"alarming", "appalling", "deplorable", "despicable", "disgraceful", "shameful", "outrageous",
                 "unacceptable", "irresponsible", "reckless", "dangerous", "provocative", "hostile", "illegal",
                 "unlawful", "absurd", "baseless", "hypocritical", "scandalous", "shocking", "abhorrent", "odious",
                 "insulting", "offensive", "unfriendly", "destabilising", "destabilizing", "regrettable", "grave"}
VIEWING = {"view", "regard", "see", "watch", "greet", "receive", "follow", "treat", "meet", "observe"}
CONCERN_NOUNS = {"concern", "alarm", "dismay", "suspicion", "disquiet", "unease", "apprehension", "anxiety",
                 "worry", "skepticism", "scepticism", "displeasure", "regret", "indignation"}
# Phrasal refusals: the particle makes the verb a rejection ("brushed aside", "turned down").
REFUSING = {("brush", "aside"), ("brush", "off"), ("wave", "aside"), ("wave", "off"), ("wave", "away"),
            ("turn", "down"), ("shrug", "off"), ("sweep", "aside"), ("swat", "away"), ("swat", "aside")}
REFUSING_VERBS = {v for v, _ in REFUSING}
# What a phrasal verb of refusal refuses ("turned down the offer", not "turned down the lights").
PROPOSALS = {"offer", "proposal", "request", "call", "demand", "plan", "idea", "suggestion", "invitation", "appeal",
             "overture", "bid", "application", "mediation", "ultimatum", "condition", "criticism", "accusation",
             "allegation", "charge", "claim", "concern", "warning", "threat", "pressure", "plea", "initiative",
             "proposition", "compromise", "term", "question", "report", "offers", "calls"}
TALK_VERBS = {"negotiate", "bargain", "discuss", "compromise"}
ACCEPTING = {"accept"}  # negated, with a thing as object: "would never accept foreign troops" refuses it
WILL_MODALS = {"would", "will", "'ll", "wo"}  # will, not ability: "could not discuss" may be a mere inability
STOP_VERBS = {"stop", "cease", "end", "halt", "quit"}
OBLIGATION = {"must", "should"}

# Words an act blamed hangs on: "for / of / behind / in (the attack)", "blamed (the attack) on".
CHARGE_HEADS = {"for", "of", "behind", "in", "blame", "blamed", "blames", "blaming"}
OPPOSING = {"oppose"}
# Acts one can object to (PLOVER ACCUSE: "objections ... to a policy or an action"); a plan or an offer opposed
# is a proposal turned down (REJECT, the lexicon).
ACT_NOUNS = {"attempt", "effort", "move", "action", "act", "activity", "use", "militarization", "militarisation",
             "coercion", "aggression", "interference", "provocation", "escalation", "expansion", "incursion"}

# A protest a government hands over in writing is a diplomatic one: PLOVER codes it ACCUSE 'disapprove' (manual,
# ACCUSE ambiguities), not a PROTEST in the street ("a note of protest", "handed over a protest"; "lodged a
# protest" is triggers.PHRASE_TRIGGERS'; "filed a diplomatic protest" stays as the lexicon codes it).
PROTEST_TEXTS = {"note", "letter", "demarche", "démarche", "memorandum", "message", "notice"}
LODGING = {"deliver", "hand", "submit", "send", "convey", "present"}

# "(the drills) drew complaints from Canberra": disapproval an act draws from a party (sides: sides.DRAWING_VERBS).
DISAPPROVAL_NOUNS = {"complaint", "criticism", "condemnation", "rebuke", "objection", "censure", "outcry"}
DRAWING_VERBS = {"draw", "attract", "earn", "prompt", "provoke", "spark", "trigger"}

WATCHED = DISAPPROVAL_NOUNS | BLAME_VERBS | {"hold"} | POINT_VERBS | BREACH_VERBS | NAMING | VIEWING | REFUSING_VERBS | \
    TALK_VERBS | ACCEPTING | TELLING | ATTACK_VERBS | OPPOSING | {"protest"} | EXPECTING | INVESTIGATING | INQUIRY_NOUNS


def accusation_phrase(token: Token) -> Trigger | bool | None:
    """The accusation, rejection or demand a phrase around the token tells; False when the token is only the
    content of one (the attack a side is blamed for); None when no rule here speaks."""
    if token.lemma_.lower() not in WATCHED:
        # one set look-up keeps this cheap on every other token; any event noun may be what is blamed
        blamed = token.pos_ == "NOUN" and token.head.lower_ in CHARGE_HEADS and token.dep_ in {"pobj", "dobj"}
        return _blame_phrase(token) if blamed else None
    return first_trigger((redress_phrase, _diplomatic_protest, _charged_act, _blame_phrase,
                          _named_badly, _viewed_with_concern, _phrasal_refusal, _refused_topic, _refused_thing, _told_charge,
                          _demanded_stop, _said_breach, _opposed_act, _drawn_disapproval), token)


def _drawn_disapproval(token: Token) -> Trigger | None:
    """"drawing complaints from Canberra", "drew criticism from X": the party named with "from" disapproves of
    the act that drew it (PLOVER ACCUSE disapprove), though the noun alone may name no event."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in DISAPPROVAL_NOUNS or token.dep_ != "dobj":
        return None
    if token.head.lemma_.lower() not in DRAWING_VERBS or not drawn_from(token):
        return None
    return Trigger("ACCUSE", "disapprove")


def drawn_from(token: Token) -> list[Token]:
    """Who a reaction is drawn from: "from X" on the noun or on the drawing verb."""
    return [o for h in (token, token.head) for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children if o.dep_ == "pobj"]


def _diplomatic_protest(token: Token) -> Trigger | None:
    """"handed him a note of protest", "the protest note", "delivered a protest": a government's protest
    handed to another is disapproval (ACCUSE), not a demonstration."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "protest":
        return None
    text = token.head if token.dep_ == "compound" else token.head.head if token.dep_ == "pobj" and \
        token.head.lower_ == "of" else None  # "protest note", "note of protest"
    handed = token.dep_ == "dobj" and token.head.lemma_.lower() in LODGING
    if handed or (text is not None and text.lemma_.lower() in PROTEST_TEXTS):
        return Trigger("ACCUSE", "disapprove")
    return None


def _opposed_act(token: Token) -> Trigger | None:
    """"opposes any effort by Moscow to redraw borders", "opposed unilateral moves": objecting to
    another's act is disapproval (PLOVER ACCUSE), not the refusal of a proposal (REJECT)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in OPPOSING:
        return None
    acts = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in ACT_NOUNS]
    return Trigger("ACCUSE", "disapprove") if acts else None


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _others(subject: Token | None) -> bool:
    """A subject that is not the speaker itself ("India", "the government"; not "we")."""
    return subject is not None and subject.lower_ not in SPEAKER_PRONOUNS and subject.pos_ != "PRON"


def _telling_head(token: Token) -> Token | None:
    """The telling verb whose that-clause the token heads ("said (that) X made ..."), also through a conjoined
    clause ("told him that A and that X must ...")."""
    clause = token.head if token.dep_ == "conj" and token.head.dep_ == "ccomp" else token
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in TELLING and clause.head.i != clause.i:
        return clause.head
    return None


def _denied_in_sentence(token: Token, teller: Token) -> bool:
    """Another party denies in the same sentence ("..., but X denied it"; "...; X's ministry denied that ...").
    The denial needs a subject of its own, other than the teller's ("denied saying that ..." is no rebuttal)."""
    told_by = _subject(teller)
    if told_by is None:
        return False
    for t in token.sent:
        if t.i == teller.i or t.pos_ != "VERB" or t.lemma_.lower() not in DENIALS:
            continue
        denier = _subject(t)
        if denier is not None and denier.i != told_by.i and denier.lower_ not in SPEAKER_PRONOUNS:
            return True
    return False


def _charged_act(token: Token) -> bool | None:
    """"The army said X forces had attacked its posts; X denied it": the attack is a charge, not a fact told
    (the telling verb carries the accusation, see _told_charge)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ATTACK_VERBS:
        return None
    teller = _telling_head(token)
    if teller is None or not _others(_subject(token)) or not _denied_in_sentence(token, teller):
        return None
    return False


def denied_charge(token: Token) -> bool:
    """The token is an attack one side tells and another denies in the sentence: no event of its own."""
    return _charged_act(token) is False


def _told_charge(token: Token) -> Trigger | None:
    """A telling verb whose that-clause is a charge: another's conduct judged badly (_told_judgement, ACCUSE
    disapprove), an attack the other side denies, a breach of rules or pacts (ACCUSE allege)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in TELLING:
        return None
    judged = _told_judgement(token)
    if judged is not None or _to_the_press(token):
        return judged
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        clause = shown_clause(clause)  # "said the footage showed X": what is shown is what is told
        if clause is None or not _others(_subject(clause)) or any(c.dep_ == "neg" for c in clause.children):
            continue
        if clause.lemma_.lower() in ATTACK_VERBS and _denied_in_sentence(clause, token):
            return Trigger("ACCUSE", "allege")
        if _breaches_rules(clause):  # "added that the deal breaches the resolutions"
            return Trigger("ACCUSE", "allege")
        if _attack_told(clause):  # "said the other side's ship had rammed ours": that side's account
            return Trigger("ACCUSE", "allege")
    return None


def _told_judgement(verb: Token) -> Trigger | None:
    """"said X had made a grave error / had not done enough / served only to worsen tensions": a judgement of
    another party's conduct told is criticism (ACCUSE disapprove), also when told to reporters (the press
    is no party: audiences.NON_PARTIES)."""
    for clause in told_clauses(verb):
        clause = shown_clause(clause)
        if clause is None or not judged_badly(clause):
            continue
        # a verdict may be said of "it" or "this" (the act named before, "it was unjust of X to ...")
        verdict = verdict_given(clause)
        if _others(_subject(clause)) or (verdict is not None and _not_speaker(_subject(clause))):
            # "charged that X had strayed": a charging verb makes the judgement a charge of wrongdoing (records'
            # ACCUSE convention), where "said X had erred" only disapproves
            charged = verb.lemma_.lower() in CHARGING or harms_party(clause)
            return Trigger("ACCUSE", "allege" if charged else verdict or "disapprove")
    return None


def _not_speaker(subject: Token | None) -> bool:
    """A subject that is no first person (any third-person word or pronoun, or a clause: "what happened")."""
    return subject is None or subject.lower_ not in SPEAKER_PRONOUNS


# Verbs that tell an act named as their subject as going on ("the shelling continued").
GOING_ON = {"continue", "persist", "resume", "intensify", "escalate"}
# Verbs of evidence between a teller and what he tells ("said the pictures showed that ...").
EVIDENCE_VERBS = {"show", "prove", "indicate", "demonstrate", "reveal"}


def shown_clause(clause: Token) -> Token | None:
    """The clause a verb of evidence shows ("the images showed villagers were shot"), or that an expletive
    verdict frames ("said it was clear that X had ..."), else the clause itself."""
    if clause.lemma_.lower() in EVIDENCE_VERBS:
        return next((c for c in clause.children if c.dep_ == "ccomp"), None)
    if clause.lemma_.lower() == "be" and any(c.dep_ == "expl" or c.lower_ == "it" and c.dep_ == "nsubj"
                                             for c in clause.children):
        return next((c for c in clause.children if c.dep_ == "ccomp"), clause)
    return clause


def _attack_told(clause: Token) -> bool:
    """A that-clause telling an attack done (not one supposed or to come) by someone other than the teller: one
    party's account of the clash is its allegation (PLOVER ACCUSE allege); the attack stays coded as told."""
    from detente.nlp.triggers import trigger_for  # the attack is whatever the lexicon codes as ASSAULT
    verbs = [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for verb in verbs:
        if verb.tag_ not in {"VBD", "VBN", "VBG"} or any(c.lower_ in SUPPOSING for c in verb.children):
            continue
        # "said X's shelling had continued": the attack told as the subject of its going on
        subject = _subject(verb) if verb.lemma_.lower() in GOING_ON else None
        for word in (verb, subject):
            found = trigger_for(word) if word is not None else None
            if found is not None and found.type == "ASSAULT":
                return True
    return False


def _to_the_press(verb: Token) -> bool:
    """"told reporters that ...": the press told would be read as the one accused (its sides come from the
    verb's object), so such a telling is left to the statement, not coded as the charge."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in AUDIENCES for c in verb.children)


def _blame_phrase(token: Token) -> Trigger | bool | None:
    """"blamed X for the attack", "pointed to links behind the attack": the attack named is the charge's
    content (no event of its own); pointing to someone's role behind an act is an allegation."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in POINT_VERBS:
        return Trigger("ACCUSE", "allege") if _charged_acts(token) else None
    if token.pos_ == "VERB" and lemma == "hold":  # "held Kabul responsible for the raid"
        return Trigger("ACCUSE", "allege") if any(_held_answerable(t) for t in token.subtree) else None
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() == "blame":
        return False if _charged_by_party(token.head) else None  # "blamed the bombing on Kabul"
    if token.pos_ != "NOUN" or token.dep_ != "pobj":
        return None
    prep = token.head
    if prep.lower_ in {"for", "of"} and (prep.head.lemma_.lower() in BLAME_VERBS or _held_answerable(prep.head)):
        # "blamed Pakistan for the attack", "accused Russia of the strike", "held X responsible for"
        return False if _charged_by_party(prep.head) else None
    if prep.lower_ in {"behind", "in"} and any(t.i == token.i for t in _charged_acts(prep.head)):
        return False
    return None


def _charged_by_party(word: Token) -> bool:
    """The blame is a party's charge, not a finding: "the report / inquiry blamed the militia for the killings"
    tells the killings as established (news codes them), a government blaming another only charges it."""
    verb = word if word.pos_ == "VERB" else next((h for h in (word.head, word.head.head) if h.pos_ == "VERB"), word)
    subject = _subject(verb)
    return subject is None or subject.lemma_.lower() not in FINDINGS


def _held_answerable(word: Token) -> bool:
    """"held X responsible": the answerable word put on someone by "hold" (being responsible for killings,
    told as fact, is no charge)."""
    if word.lower_ not in ANSWERABLE or word.i < word.head.i:
        return False  # "held a responsible debate": a modifier before its noun describes it
    return any(h.lemma_.lower() == "hold" and h.pos_ == "VERB" for h in (word.head, word.head.head))


def _culprits(verb: Token) -> list[Token]:
    """"pointed to (a foreign hand / cross-border links)": the culprit nouns a pointing verb names."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in POINT_VERBS:
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
            if g.lemma_.lower() in CULPRIT_NOUNS]


def _charged_acts(holder: Token) -> list[Token]:
    """The acts a culprit is pointed to behind or in: "links behind the attack", "a hand in the bombing"
    (the parser may hang the act on the culprit noun or on the pointing verb)."""
    if holder.lemma_.lower() in CULPRIT_NOUNS and holder.dep_ == "pobj":
        holder = holder.head.head
    culprits = _culprits(holder)
    if not culprits:
        return []
    return [g for h in culprits + [holder] for c in h.children if c.dep_ == "prep" and c.lower_ in {"behind", "in"}
            for g in c.children if g.dep_ == "pobj"]


def _named_badly(token: Token) -> Trigger | None:
    """"called the remarks 'shameful'" (the parser hangs a quoted complement on the object as a modifier after
    it), "described the sanctions as illegal": naming another's words or acts with a hostile word is
    disapproval (CAMEO 111); a plain complement is trigger_wording._names_badly's."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in NAMING:
        return None
    from detente.nlp.trigger_wording import BAD_NAMES  # the naming lexicon the plain complement rule uses
    hostile = HOSTILE_WORDS | BAD_NAMES
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        after = [t for c in obj.children if c.dep_ in {"amod", "acl"} and c.pos_ == "ADJ" and c.i > obj.i
                 for t in c.subtree]
        named_as = [t for h in (token, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                    for t in c.subtree]
        if any(t.lower_ in hostile or t.lemma_.lower() in hostile for t in after + named_as):
            return Trigger("ACCUSE", "disapprove")
    return None


def _viewed_with_concern(token: Token) -> Trigger | None:
    """"viewed the deal with serious concern": regarding another's act with alarm is disapproval."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VIEWING:
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    # "viewed the deal with concern": the parser may hang the manner on the object
    held = [g for h in [token] + objects for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children]
    # CAMEO 012 like "expressed concern" (triggers.PHRASE_TRIGGERS): a pessimistic comment, coded as disapproval
    return Trigger("ACCUSE", "disapprove", cameo="012") if any(g.lemma_.lower() in CONCERN_NOUNS for g in held) else None


def _phrasal_refusal(token: Token) -> Trigger | None:
    """"brushed aside offers of mediation", "turned down the request": a phrasal verb of refusal."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in REFUSING_VERBS:
        return None
    particles = {c.lower_ for c in token.children if c.dep_ in {"prt", "advmod", "prep"} and c.i > token.i}
    if not any((token.lemma_.lower(), p) in REFUSING for p in particles):
        return None
    refused = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return Trigger("REJECT") if any(o.lemma_.lower() in PROPOSALS for o in refused) else None


def _refused_topic(token: Token) -> Trigger | None:
    """"would not negotiate over its missile programme": refusing to put a matter on the table rejects the
    other side's demand (PLOVER REJECT: refuse to discuss); a refusal to meet stays the meeting's own status."""
    return Trigger("REJECT") if _refuses_topic(token) else None


def _refuses_topic(verb: Token) -> bool:
    """A negated talk verb with a modal of will and a topic: "will not discuss the islands"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TALK_VERBS:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "neg" for c in children) or not any(c.dep_ == "aux" and c.lower_ in WILL_MODALS for c in children):
        return False
    return any((c.dep_ == "prep" and c.lower_ in {"over", "on", "about"}) or c.dep_ == "dobj" for c in children)


def _refused_thing(token: Token) -> Trigger | None:
    """"would not accept foreign troops as peacekeepers": refusing to accept a thing is PLOVER REJECT; an event
    or a deal not accepted stays that event's own status (events.find_drafts skips the governing verb)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ACCEPTING:
        return None
    if not any(c.dep_ == "neg" for c in token.children) or not any(c.dep_ == "dobj" for c in token.children):
        return None
    return Trigger("REJECT")


def _demanded_stop(token: Token) -> Trigger | None:
    """"told him that ... and that Washington must stop 'suppressing' China": a demand that another stop
    what it does, in a conjoined that-clause (a single one is the obliged act's own rule)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in TELLING:
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        for conj in (c for c in clause.children if c.dep_ == "conj" and c.lemma_.lower() in STOP_VERBS):
            if any(a.dep_ == "aux" and a.lower_ in OBLIGATION for a in conj.children) and _others(_subject(conj)):
                return Trigger("REQUEST", "change")
    return None


def _said_breach(token: Token) -> Trigger | bool | None:
    """"Such cooperation, he added, breaches U.N. resolutions": a breach of rules told by a speaker (here in a
    parenthesis; a that-clause is _told_charge's) is the speaker's allegation, carried by the telling verb; the
    breach verb is no event of its own."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in TELLING and token.dep_ == "parataxis":
        return Trigger("ACCUSE", "allege") if _breaches_rules(token.head) else None
    if token.pos_ == "VERB" and lemma in BREACH_VERBS and _breaches_rules(token) and _told_by_other(token):
        return False
    return None


def _told_by_other(verb: Token) -> bool:
    """The breach is told by a speaker: in a parenthesis ("..., he added, ...") or a that-clause of a telling
    verb whose clause has no speaker pronoun as subject."""
    if any(c.dep_ == "parataxis" and c.lemma_.lower() in TELLING for c in verb.children):
        return True
    teller = _telling_head(verb) if verb.dep_ == "ccomp" else None
    return teller is not None and _others(_subject(verb)) and not _to_the_press(teller)


def _breaches_rules(token: Token) -> bool:
    """"breaches the resolutions", "violates the treaty": a breach verb whose object is a rule or pact."""
    return token.lemma_.lower() in BREACH_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in RULE_NOUNS for c in token.children)
