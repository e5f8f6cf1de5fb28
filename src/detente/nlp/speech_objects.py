"""What a cue is about when it takes no clause: its object, an answer ("said yes"), the noun its relative
clause describes, or what a preposition names. Split from speech.py, which reads cues with clauses."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.nlp.clauses import clause_span, within_own_clause
from detente.nlp.speech import DISCUSSION_VERBS, LITERAL_PUBLIC_VERBS, MESSAGE_NOUNS, NOT_SPEAKERS, RELATIVE

# Prepositions that set a scene (when, where) rather than name what a stance is about.
SCENE_PREPS = {"in", "at", "on", "during", "after", "before", "since", "until", "by", "from", "into", "through",
               "across", "near", "inside", "outside", "throughout", "within", "amid", "as", "like", "than"}
SCENE_LABELS = {"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"}
# Answers and anaphoric objects of saying that stand for what was said: "said so", "said yes", "say the same".
SAID_WORDS = {"so", "yes", "no", "same"}


def loose_content(verb: Token) -> Span | None:
    """What a cue is about when it takes no clause: "said the same of X", "said yes", its object ("prefers a
    single-payer system", "proposed raising taxes"), the noun its relative clause describes ("the error she
    admitted") or the object of a preposition that is not a scene ("advocated for a higher wage", not
    "spoke in Denver"). PolNeAR counts such stances as attributions."""
    doc = verb.doc
    kids = list(verb.children)
    said = next((c for c in kids if c.lower_ in SAID_WORDS and c.dep_ in {"dobj", "advmod", "intj"}), None)
    if said is not None and verb.lemma_.lower() == "say":
        return doc[said.left_edge.i:said.right_edge.i + 1]
    # the object, or a gerund standing for it ("proposed raising taxes", "ruled out running")
    obj = next((c for c in kids if (c.dep_ == "dobj" or (c.dep_ == "xcomp" and c.tag_ == "VBG")) and c.i > verb.i),
               None)
    if obj is not None and addressed(obj):
        return addressed_content(verb, obj)  # "thanked Beijing for its support": what for, never whom
    if obj is not None:  # one word will do: "thanked supporters", "support deportation"
        literal = verb.lemma_.lower() in LITERAL_PUBLIC_VERBS and obj.lemma_.lower() not in MESSAGE_NOUNS
        return None if literal or obj.lower_ in NOT_SPEAKERS or obj.tag_ in {"WP", "WDT"} or settled(obj) \
            else clause_span(doc, obj, least=1)
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and not concluded(verb, verb.head) and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in kids):
        # "the one error she admitted": the noun the clause describes is what the cue is about (when
        # the clause has a subject of its own: in "officials who said" the noun is the speaker)
        return clause_span(doc, verb.head, {t.i for t in verb.subtree}, least=1)
    if verb.lemma_.lower() in DISCUSSION_VERBS:
        return None  # "spoke with X", "talked with X": a meeting, not a stance on X
    for prep in (c for c in kids if c.dep_ == "prep" and c.i > verb.i and c.lower_ not in SCENE_PREPS):
        obj = next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)
        if obj is not None and obj.ent_type_ not in SCENE_LABELS and not settled(obj):
            return clause_span(doc, obj)
    return None


# Verbs of speaking to someone: their object is the one addressed ("told reporters", "pressed Beijing to ...",
# "thanked him"), and the one spoken to is never what was said.
ADDRESS_VERBS = {"tell", "thank", "press", "urge", "ask", "brief", "inform", "assure", "remind", "notify",
                 "congratulate", "implore", "exhort"}
# Prepositions after the one addressed that give what the words were about
TOPIC_PREPS = ["for", "about", "over", "on"]  # in order of preference
AUDIENCE_NOUNS = {"reporters", "journalists", "correspondents", "lawmakers", "parliament", "congress",
                  "legislators", "senators"}


def addressed(obj: Token) -> bool:
    """The object of a verb of address that names whom was spoken to: a pronoun, a named actor or an
    audience ("told reporters", "thanked Washington"), not a topic ("urged restraint")."""
    if obj.head.lemma_.lower() not in ADDRESS_VERBS or any(c.dep_ not in {"det", "compound"} for c in obj.children):
        return False
    named = obj.pos_ == "PROPN" and (obj.doc._.mention_at or {}).get(obj.i) is not None
    return obj.tag_ == "PRP" or named or obj.lower_ in AUDIENCE_NOUNS


def addressed_content(verb: Token, obj: Token) -> Span | None:
    """What is said to the one addressed: the reason or topic after it ("thanked X for backing Y", "asked
    him about the tariffs"), else a "that" clause the parser hung lower ("told reporters the same day that")."""
    doc = verb.doc
    # "thanked Trump on X for backing ...": the parser may hang the reason on a noun of the phrase
    topics = [g for c in verb.subtree if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and c.i > obj.i
              and (c.head.i == verb.i or within_own_clause(c, verb))
              for g in c.children if g.dep_ in {"pobj", "pcomp"} and g.ent_type_ not in {"DATE", "TIME"}]
    said = min(topics, key=lambda g: TOPIC_PREPS.index(g.head.lower_), default=None)
    if said is None:
        said = next((t for t in verb.subtree if t.i > obj.i and t.pos_ in {"VERB", "AUX"} and t.head.i != verb.i
                     and any(c.dep_ in {"mark", "advmod"} and c.lower_ == "that" for c in t.children)
                     and within_own_clause(t, verb)), None)
    that = {c.i for c in said.children if c.lower_ == "that" and c.i < said.i} if said is not None else set()
    return clause_span(doc, said, that) if said is not None else None


def settled(obj: Token) -> bool:
    """"agreed to a truce", "agreed on a plan", "agreed a deal": a thing agreed on is an act (an agreement),
    not a position stated; agreeing with someone or on what is so ("agree on who is to blame") is one."""
    verb = obj.head.head if obj.dep_ == "pobj" else obj.head
    if obj.dep_ == "dobj" and concluded(verb, obj):
        return True
    return verb.lemma_.lower() == "agree" and obj.pos_ in {"NOUN", "PROPN"} and \
        (obj.dep_ == "dobj" or obj.head.lower_ in {"to", "on", "upon"})


# Nouns of a settlement between parties, and verbs of making one: "concluded a treaty" is no conclusion drawn.
ACCORD_NOUNS = {"treaty", "pact", "agreement", "accord", "deal", "contract", "truce", "ceasefire", "armistice",
                "memorandum", "protocol", "convention", "compact", "alliance"}
CONCLUDING_VERBS = {"conclude", "sign", "seal", "ink", "strike", "finalize", "finalise"}


def concluded(verb: Token, noun: Token) -> bool:
    """"the treaty the two nations concluded", "concluded a pact": making an agreement, not a judgement."""
    return verb.lemma_.lower() in CONCLUDING_VERBS and noun.lemma_.lower() in ACCORD_NOUNS


# Verbs that send people or things somewhere with a particle of direction: "ordered the advisers out of the
# country", "called the ambassador home", "called off the visit" are acts (an expulsion, a recall), not words.
SENDING_VERBS = {"order", "call", "send", "summon"}
DIRECTIONS = {"out", "home", "away", "back", "off"}


def orders_a_deed(verb: Token) -> bool:
    """"ordered the murder", "ordered an inquiry": an order told by the deed ordered, with no one told to do
    it and no clause, is an act, not words ("ordered troops to withdraw" still reports a directive)."""
    return verb.lemma_.lower() == "order" and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in verb.children)


def moves_someone(verb: Token) -> bool:
    """A sending verb with a particle of direction ("out of the country" as a preposition too): what it
    does, not what it says."""
    return verb.lemma_.lower() in SENDING_VERBS and any(
        c.lower_ in DIRECTIONS and (c.dep_ in {"prt", "advmod"} or (c.dep_ == "prep" and c.lower_ == "out"))
        for c in verb.children)
