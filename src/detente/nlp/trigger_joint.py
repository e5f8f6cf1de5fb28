"""Triggers told by structure rather than by one word: acts done jointly, objects left in relative clauses."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

# Adverbs that make an act mutual: two parties doing it side by side (PLOVER COOPERATE is *mutual* material work).
JOINT_ADVERBS = {"jointly", "together"}
# Material work that, done jointly, is cooperation ("jointly develop", "work together", "patrol together").
JOINT_WORK_VERBS = {"develop", "produce", "build", "manufacture", "construct", "design", "explore", "research",
                    "patrol", "operate", "work", "fight", "combat", "tackle", "investigate", "finance",
                    "fund", "mine", "train"}
# Of those, the works two doers can only do side by side ("X and Y fought" may be fighting each other;
# "exploring ways" names no work).
PAIR_WORK_VERBS = JOINT_WORK_VERBS - {"fight", "combat", "tackle", "investigate", "work", "train", "explore",
                                      "research"}
RELATIVE_WORDS = {"that", "which", "who", "whom", "whose"}
# Nouns that, counted as two or preceded by "both", name the pair itself ("the two countries", "both sides").
PAIR_NOUNS = {"country", "side", "nation", "state", "government", "neighbour", "neighbor", "leader", "party",
              "ally", "capital", "partner", "economy"}


def joint_work(token: Token) -> Trigger | None:
    """"agreed to jointly develop an engine", "will patrol together": mutual material work is COOPERATE."""
    lemma = token.lemma_.lower()
    if lemma not in WORK_VERBS:  # the cheap lemma check first
        return None
    if _promised_work(token):
        return Trigger("COOPERATE")
    if lemma not in JOINT_WORK_VERBS:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS for c in token.children):
        return Trigger("COOPERATE")
    if lemma in PAIR_WORK_VERBS and any(names_pair(s) for s in _doers(token)):
        return Trigger("COOPERATE")  # two parties as the doers of one work do it together
    return None


# Words that promise or offer an act to another party through an infinitive ("committed to build",
# "a pledge to build", "ready to work with"): the work promised is done for or with that party.
PROMISE_WORDS = {"commit", "pledge", "promise", "vow", "undertake", "offer", "ready", "willing", "prepared", "agree",
                 "commitment"}
# Works promised that build nothing material: building trust or consensus is no cooperation in kind.
ABSTRACT_WORKS = {"trust", "confidence", "consensus", "momentum", "pressure", "case", "support", "relationship",
                  "tie", "bridge", "understanding", "future", "community", "peace", "talk", "dialogue",
                  "relation", "process", "deal", "agreement", "cooperation", "partnership", "friendship"}
PROMISED_WORK_VERBS = {"build", "construct", "develop", "produce", "manufacture", "finance", "fund", "work",
                       "rebuild", "revive", "modernise", "modernize"}

WORK_VERBS = JOINT_WORK_VERBS | PROMISED_WORK_VERBS


def _promised_work(token: Token) -> bool:
    """"Lithuania committed to build barracks", "ready to work with Egypt to move aid": material work
    promised or offered to another party (PLOVER COOPERATE; the promise gives its status)."""
    if token.lemma_.lower() not in PROMISED_WORK_VERBS or token.dep_ not in {"xcomp", "acl"} and not \
            (token.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)):
        return False  # "committed to build": the parser may hang the promised infinitive as an adverbial clause
    promise = token.head
    if promise.lemma_.lower() == "help" and promise.dep_ in {"xcomp", "acl"}:
        promise = promise.head  # "an offer to help revive shipbuilding": the help is the work promised
    if promise.lemma_.lower() not in PROMISE_WORDS:
        return False
    if token.lemma_.lower() == "work":  # "work with X", "work to stop Y": not "work hard" nor "work for peace"
        return any(c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   or (c.dep_ == "prep" and c.lower_ in {"with", "on"}) for c in token.children)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and not any(o.lemma_.lower() in ABSTRACT_WORKS for o in objects)


def _doers(token: Token) -> list[Token]:
    """The verb's subject, or for "agreed to build" the subject of the verb it completes."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "xcomp":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return subjects


def names_pair(subject: Token) -> bool:
    """"Laos and China", "the two countries", "both sides": a subject that names two parties acting as one."""
    if subject.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in subject.children):
        return True
    if subject.lemma_.lower() not in PAIR_NOUNS or subject.tag_ not in {"NNS", "NNPS"}:
        return False
    return any(c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet"} for c in subject.children)


def object_gap(token: Token) -> bool:
    """"a charge Mexico rejected", "the prisoners Moscow freed": a relative clause whose own subject is named
    and whose object is missing has the noun it modifies as that object."""
    if token.dep_ != "relcl" or token.pos_ != "VERB":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in RELATIVE_WORDS for s in subjects):
        return False  # "a country that rejected ...": the relative word is the subject, the gap is not the object
    return not any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp"} for c in token.children)


# Joint ventures set going: a common fund, project or initiative is mutual material work (PLOVER COOPERATE).
VENTURES = {"initiative", "fund", "project", "venture", "programme", "program", "facility", "corridor",
            "consortium", "scheme"}
VENTURE_MARKS = {"joint", "bilateral", "trilateral", "common", "shared", "co-financed", "binational"}
VENTURE_VERBS = {"launch", "unveil", "establish", "create", "set", "start", "inaugurate", "found"}


def venture_launched(token: Token) -> Trigger | None:
    """"launched a joint investment fund", "unveiled a Quad minerals initiative": a venture of several parties,
    marked as joint or named after a grouping; one side's own initiative is no cooperation."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VENTURE_VERBS:
        return None
    if token.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return None
    for obj in (c for c in token.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in VENTURES):
        marks = [t for t in obj.subtree if t.i < obj.i and t.dep_ in {"compound", "amod"}]  # "a bilateral study fund"
        if any(m.lower_ in VENTURE_MARKS for m in marks) or any(_grouping(m) for m in marks):
            return Trigger("COOPERATE")
    return None


def _grouping(token: Token) -> bool:
    """A grouping of states named at the head of a venture's name ("an ASEAN power grid fund")."""
    first = min(token.subtree, key=lambda t: t.i)
    return first.pos_ == "PROPN" and (first.ent_type_ == "ORG" or first.text.isupper())


# Joint bodies set up for a purpose: what the body is for decides the act (PLOVER COOPERATE for common work,
# CONSULT for further talks), since the founding itself only arranges that work.
BODIES = {"committee", "group", "taskforce", "commission", "council", "mechanism", "panel", "secretariat"}
BODY_FOUNDING = {"establish", "create", "form", "set", "launch", "institute"}
TALK_PURPOSES = {"consultation", "consult", "talk", "dialogue", "negotiation", "negotiate", "communication",
                 "discuss", "discussion", "contact", "exchange"}


def body_for_work(token: Token) -> Trigger | None:
    """"agreed to set up a task force to work towards direct trains", "would set up a joint committee to advance
    cooperation": a body founded by both sides for a purpose is that work planned (COOPERATE), or CONSULT when
    it is there to talk ("a mechanism for further consultations")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in BODY_FOUNDING:
        return None
    if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return None
    bodies = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"} and _is_body(c)]
    if not bodies or not _founded_jointly(token, bodies[0]):
        return None
    purpose = _body_purpose(token, bodies[0])
    if not purpose:
        return None
    return Trigger("CONSULT") if any(t.lemma_.lower() in TALK_PURPOSES for t in purpose) else Trigger("COOPERATE")


def _is_body(noun: Token) -> bool:
    """"a committee", "an expert group", "a task force" (a force is a body only as a task force)."""
    lemma = noun.lemma_.lower()
    if lemma == "force":
        return any(c.dep_ == "compound" and c.lower_ == "task" for c in noun.children)
    return lemma in BODIES


def _founded_jointly(verb: Token, body: Token) -> bool:
    """Both sides found it: the founding is agreed, its doers are a pair, or the body is marked joint."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "agree":
        return True
    if any(names_pair(s) for s in _doers(verb)):
        return True
    return any(t.lower_ in JOINT_MARKS for t in body.subtree if t.i < body.i)


JOINT_MARKS = {"joint", "bilateral", "trilateral", "inter-governmental", "intergovernmental", "common", "shared"}


def _body_purpose(verb: Token, body: Token) -> list[Token]:
    """The words of what the body is for: an infinitive ("to advance cooperation") on the founding or on the
    body, or "for" with a noun ("a mechanism for consultations")."""
    for head in (verb, body):
        for c in head.children:
            if c.dep_ in {"advcl", "acl", "relcl", "xcomp"} and c.pos_ == "VERB" and \
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return list(c.subtree)
    fors = [c for c in body.children if c.dep_ == "prep" and c.lower_ == "for"]
    return [t for f in fors for t in f.subtree if t.pos_ == "NOUN"]
