"""Whose clause an event's verb is in: the subject a verb has, or takes from the clause it hangs in.

A complement or conjunct with no subject of its own takes its governor's ("agreed to talk"); a
subjectless adjunct takes the subject of the clause it modifies ("Speaking after the talks, X said");
and some subjects the parser hangs elsewhere (a dateline, an auxiliary, a stray modifier) are found again.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.events.status import INFINITIVE_GOVERNORS
from detente.nlp.arguments import GROUP_SECTORS, PEOPLE_SECTORS, refs_for
from detente.nlp.antecedents import mention_of
from detente.nlp.syntax import prep_objects
from detente.nlp.triggers import trigger_for


def children(token: Token, deps: set[str]) -> list[Token]:
    """The token's dependents with these relations."""
    return [c for c in token.children if c.dep_ in deps]




def inherited_subject(token: Token) -> list[Token]:
    """"Syria is willing to withdraw", "agreed to talk": the subject of the clause an xcomp hangs from."""
    node = token
    for _ in range(3):
        if node.dep_ not in {"xcomp", "conj", "acomp"} or node.head.i == node.i:
            return []
        # "called on Beijing to refrain": the object of "on" is asked, as a direct object is
        asked_on = prep_objects(node.head, {"on", "upon"}) if node.head.lemma_.lower() in ASKING_ON else []
        objects = children(node.head, {"dobj"}) + [o for o in asked_on if o.ent_type_ not in {"DATE", "TIME"}]
        controller = [o for o in objects if o.i < node.i and _can_act(o)
                      and not _own_subordinate(o)] if node.dep_ == "xcomp" else []
        if controller:  # "led Tehran to curb", "forced Kyiv to withdraw": the object does what the xcomp says
            return controller
        node = _relative_outside(node) or _reported_outside(node) or node.head
        subj = children(node, {"nsubj", "nsubjpass"})
        if subj:
            return subj
    return []


# Verbs that hold a thing in a state their participle names ("kept the border closed", "left sanctions in place").
KEEPING_VERBS = {"keep", "leave", "hold"}


def keeper_subject(token: Token) -> list[Token]:
    """"the cabinet decided to keep the crossings closed": a participle naming the state a verb of keeping
    holds its object in is the keeper's act (the object is what is closed, never who closes it), so it takes
    the keeping verb's subject, or the one that verb inherits; nothing else is guessed."""
    keeper = token.head
    if token.tag_ != "VBN" or token.dep_ not in {"ccomp", "oprd", "xcomp", "acomp"} or keeper.i == token.i \
            or keeper.lemma_.lower() not in KEEPING_VERBS or not any(o.i < token.i for o in children(keeper, {"dobj"})):
        return []
    return [s for s in children(keeper, {"nsubj"}) if not is_dateline(s)] or inherited_subject(keeper)


def holder_subject(token: Token) -> list[Token]:
    """"Nicaragua's decision to expel", "a decision by Beijing to widen": an infinitive on a noun is done by
    whoever holds the noun (its possessor or its "by" agent), as a clause's subject would do it."""
    if token.dep_ not in {"acl", "relcl"} or token.head.pos_ != "NOUN" or not any(c.tag_ == "TO" for c in token.children):
        return []
    return noun_holder(token.head) or _maker_subject(token.head)


def _maker_subject(noun: Token) -> list[Token]:
    """"NATO launched a mission to patrol X": a thing its verb's subject set going (its direct object, with
    no one else named beside it) does what its infinitive says for that subject."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or children(verb, {"dative", "iobj"}) or mention_of(noun.doc, noun):
        return []
    return [s for s in children(verb, {"nsubj"}) if _can_act(s)]


def noun_holder(noun: Token) -> list[Token]:
    """Who holds a decision, ruling or plan: its possessor ("Chile's decision") or its "by" agent; a paper that
    acts ("adopted a resolution that called for ...") acts for whoever put it out, the subject of its verb."""
    held = children(noun, {"poss"}) or [o for o in prep_objects(noun, {"by"}) if _can_act(o)]
    if held or noun.dep_ != "dobj" or noun.lemma_.lower() not in ACTING_PAPERS:
        return held
    return children(noun.head, {"nsubj"})


# Verbs whose "on" object is the one asked to act ("called on X to ...", "prevailed upon X to ...").
ASKING_ON = {"call", "prevail", "lean", "rely", "count", "depend"}


def adjunct_subject(verb: Token) -> list[Token]:
    """The subject a subjectless adjunct verb takes from the clause it modifies (see _adjunct_controller)."""
    controller = _adjunct_controller(verb)
    if controller is None:
        return []
    to = next((c for c in verb.children if c.tag_ == "TO"), None)
    if to is not None and to.i == controller.i + 1 and controller.lemma_.lower() in INFINITIVE_GOVERNORS:
        return children(controller, {"nsubj"})  # "has committed to build": the promiser does the promised work
    if to is not None and trigger_for(controller) is not None:
        return []  # "summoned the envoy to protest": the purpose of an act is told by that act, not a second one
    if to is not None and to.i == controller.i + 1:
        return []  # "have sworn to fight": a complement misread as a purpose, whose status its governor tells
    return children(controller, {"nsubj", "nsubjpass"}) or inherited_subject(controller)


def _adjunct_controller(verb: Token) -> Token | None:
    """The verb whose subject does what a subjectless active adjunct clause says: "received the envoy to
    discuss trade" (purpose), "sent a letter threatening cuts", "helped by donating masks" (after a
    preposition), "launched an appeal to provide aid" (a to-clause on the verb's object)."""
    if verb.pos_ != "VERB" or children(verb, {"nsubj", "nsubjpass", "auxpass", "expl"}):
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
        if head.pos_ == "ADV" and head.dep_ == "advmod":
            head = head.head  # "stopped short of expelling": the adverb hangs on the verb
    elif verb.dep_ == "acl" and head.dep_ == "dobj" and any(c.tag_ == "TO" for c in verb.children):
        head = head.head
    elif verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and head.lemma_.lower() in ACTING_PAPERS:
        head = head.head  # "signed an order halting aid": the paper acts for whoever issued it
    elif verb.dep_ != "advcl":
        return None
    return head if head.pos_ in {"VERB", "AUX"} and head.i != verb.i else None


# Papers by which their issuer acts ("an order halting aid", "a decree banning imports").
ACTING_PAPERS = {"order", "decree", "directive", "law", "bill", "proclamation", "memorandum", "resolution"}


def _relative_outside(conj: Token) -> Token | None:
    """"signed the pact, under which they will cut tariffs, and jointly chaired a call": a finite past verb
    conjoined to a relative clause with a modal cannot share its "will", so it continues the clause the
    relative hangs in (the parser's attachment is wrong): that clause's verb."""
    clause = conj.head
    if conj.dep_ != "conj" or clause.dep_ != "relcl" or conj.tag_ != "VBD" \
            or not any(c.tag_ == "MD" for c in clause.children) or any(c.tag_ == "MD" for c in conj.children):
        return None
    node = clause.head
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


def _reported_outside(conj: Token) -> Token | None:
    """A past verb with an object that the parser joined to a reported verb it cannot share a subject with
    continues the clause above: "X demanded that they pull out, and accused them" (a present or base verb
    reported by a past one); "X disputed the account, saying the wreckage had been found in Mali, and accused
    Y" (a passive verb reported by a participle: the clause the participle hangs on)."""
    clause = conj.head
    reporter = clause.head
    if conj.dep_ != "conj" or conj.tag_ != "VBD" or clause.dep_ != "ccomp":
        return None
    if clause.lemma_.lower() == "be" and _thing_subject(clause):
        return reporter  # "X said the results were false and called for a recount": results call for nothing
    if not children(conj, {"dobj"}):
        return None
    if clause.tag_ in {"VB", "VBP", "VBZ"} and reporter.tag_ == "VBD" and not children(conj, {"aux"}):
        return reporter  # "It demanded that they pull out, and accused them": a past verb, not the present one's
    passive = bool(children(clause, {"auxpass", "nsubjpass"}))
    if not passive or reporter.dep_ != "advcl" or reporter.tag_ != "VBG" or reporter.head.pos_ not in {"VERB", "AUX"}:
        return None
    return reporter.head


COPULAS = {"be", "become"}


def first_to(verb: Token) -> list[Token]:
    """"Russia became the first country to recognise X", "Y was the last to sign": a to-clause on the predicate
    noun of "be"/"become" tells what the copula's subject did."""
    noun = verb.head
    if verb.dep_ not in {"relcl", "acl"} or not any(c.tag_ == "TO" for c in verb.children) \
            or noun.dep_ != "attr" or noun.head.lemma_.lower() not in COPULAS:
        return []
    return [s for s in children(noun.head, {"nsubj"}) if not is_dateline(s)]


def _own_subordinate(token: Token) -> bool:
    """"ordered his finance minister to raise tariffs": an unnamed official of the teller's own ("his", "its")
    carries out the teller's order, so the teller acts (the object names no party of its own)."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children) and not refs_for(token.doc, token)


def _thing_subject(clause: Token) -> bool:
    """A clause whose subject is a thing ("the results were"): a past verb joined to it is not that thing's act."""
    subj = children(clause, {"nsubj"})
    return bool(subj) and not any(_can_act(s) for s in subj)


def _can_act(token: Token) -> bool:
    """An object that can do what a to-clause says: a name, a pronoun or a noun of people, not "fired teargas to ..."."""
    return token.pos_ in {"PROPN", "PRON"} or token.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or \
        token.lower_ in GROUP_SECTORS or token.lemma_.lower() in PEOPLE_SECTORS


DASHES = {"\u2014", "\u2013", "--", "-"}


def is_dateline(token: Token) -> bool:
    """"MANILA — The officer demanded ...": a dateline the parser took for a second subject."""
    return token.i == token.sent.start and any(c.dep_ == "punct" and c.text in DASHES for c in token.children)


def after_dateline(token: Token) -> list[Token]:
    """"ANCHORAGE, Alaska — X and Y met": the subject the parser hung on the dateline as its apposition."""
    lines = [s for s in children(token, {"nsubj"}) if is_dateline(s)]
    dash = next((c.i for d in lines for c in d.children if c.dep_ == "punct" and c.text in DASHES), None)
    return [a for d in lines for a in children(d, {"appos"}) if dash is not None and a.i > dash]


STRAY_DEPS = {"advmod", "npadvmod", "dep", "nmod", "compound"}


def aux_subject(token: Token) -> list[Token]:
    """"X and Y however have opposed it": a subject the parser hung on the verb's auxiliary."""
    return [s for a in children(token, {"aux"}) for s in children(a, {"nsubj"}) if not is_dateline(s)]


def stray_subject(doc: Doc, token: Token) -> list[Token]:
    """"USAID deployed teams": a named actor opening the clause that the parser hung on the verb as a
    modifier (an acronym read as an adverb) is its subject when the verb has none."""
    if children(token, {"nsubj", "nsubjpass", "expl", "csubj"}):
        return []
    # "Trump last travelled": the name may hang on the stray modifier itself ("Trump" on "last")
    stray = [c for c in children(token, STRAY_DEPS) if c.i < token.i]
    found = [c for c in stray + [g for c in stray for g in children(c, STRAY_DEPS)] if c.i == c.sent.start
             and mention_of(doc, c) is not None and mention_of(doc, c)._.ref.kind != "place"]
    if not found and token.dep_ in {"conj", "xcomp"} and token.head.i < token.i:
        # "Orban, speaking beside his guest, declared ... and thanked X": the stray subject of the first verb;
        # "X, she added, had committed to work": an infinitive's doer is its governing verb's stray subject
        return stray_subject(doc, token.head)
    return found

