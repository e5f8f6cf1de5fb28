"""Agreements and economic cooperation told by class: a verb of concluding with a pact as its object, the
signing of pacts named as a noun, investing in or financing works (PLOVER AGREE, COOPERATE, AID)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

# Verbs that conclude a written pact: signing it, or any of the press's synonyms ("inked", "sealed", "clinched").
CONCLUDING_VERBS = {"sign", "ink", "seal", "conclude", "finalize", "finalise", "clinch", "strike", "initial",
                    "ratify", "reach", "countersign", "pen", "forge", "hammer", "thrash", "nail"}
# Names of a written pact between parties; "document" counts only after a verb of concluding ("signed documents").
PACT_NOUNS = {"agreement", "deal", "accord", "pact", "treaty", "memorandum", "mou", "mous", "protocol",
              "convention", "contract", "declaration", "charter", "roadmap", "document", "understanding",
              "framework", "arrangement", "compact", "communique", "communiqué"}
# "initialled the text": the text a verb of concluding acts on is the pact's text (only after such a verb).
PACT_TEXT_NOUNS = {"text"}
# Handing over signed copies is how a signing is told at a ceremony ("exchanged memorandums of understanding",
# "exchanged the instruments of ratification"): the pact concluded (PLOVER AGREE), not a swap of goods.
HANDING_VERBS = {"exchange", "swap"}
INSTRUMENT_NOUNS = {"instrument"}
# Nouns that name the act of concluding ("the signing of ten pacts").
CONCLUDING_NOUNS = {"signing", "conclusion", "ratification"}
# Money put into another country's economy (CAMEO 061 economic cooperation).
INVEST_VERBS = {"invest"}
# Verbs of paying for works and what works they pay for: financing a railway abroad is material cooperation.
FINANCE_VERBS = {"finance", "fund", "bankroll", "co-finance", "cofinance"}
WORKS_NOUNS = {"railway", "railroad", "rail", "road", "highway", "port", "harbour", "harbor", "bridge", "dam",
               "pipeline", "plant", "refinery", "line", "corridor", "project", "infrastructure", "airport",
               "metro", "terminal", "factory", "mine", "reactor", "grid", "cable", "canal", "tunnel"}
# Money lent or granted to a government: economic aid (CAMEO 071), given by "extending" it as by granting it.
CREDIT_NOUNS = {"loan", "credit", "grant", "financing", "funding", "aid", "assistance", "bailout"}
EXTENDING_VERBS = {"extend", "approve", "disburse"}  # "offered a loan" is a promise (AGREE)
# Sharing what one knows with the other side is cooperation (PLOVER COOPERATE: exchange of intelligence).
SHARING_VERBS = {"share", "exchange", "pool", "swap"}
KNOWLEDGE_NOUNS = {"intelligence", "information", "data", "expertise", "know-how", "technology", "evidence",
                   "tip", "record"}
# Growing an economic exchange is cooperation (PLOVER COOPERATE: expand economic exchange); cutting it is not.
GROWTH_VERBS = {"expand", "boost", "increase", "double", "triple", "deepen", "grow", "promote", "raise", "lift",
                "diversify", "revive", "resume"}
EXCHANGE_NOUNS = {"trade", "commerce", "investment", "investments", "export", "exports", "import", "imports"}


def _objects(token: Token) -> list[Token]:
    """The verb's objects (a passive subject, or the noun a participle modifies, is its object), with their
    conjuncts ("a deal and two pacts")."""
    found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        found.append(token.head)  # "the deal, signed by both": a past participle's noun is what was done
    return found + [c for o in found for c in o.conjuncts]


BUYING_VERBS = {"buy", "purchase", "import"}


def _state_goods(token: Token) -> bool:
    """"buy more Australian coal", "purchase Russian oil": goods named as a state's are an exchange
    between states (PLOVER COOPERATE: expand economic exchange); "buy time", "buy a house" name no state."""
    span_at = token.doc._.mention_at or {}
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        for t in obj.subtree:
            span = span_at.get(t.i)
            if t.dep_ == "amod" and span is not None and span._.ref.kind == "state":
                return True
    return False


def accord_verb(token: Token) -> Trigger | None:
    """"inked five pacts", "sealed a treaty", "invested in the port", "extended a loan": the verb's class and
    its object's class together name an agreement, economic cooperation or aid."""
    lemma = token.lemma_.lower()
    if lemma in BUYING_VERBS and _state_goods(token):
        return Trigger("COOPERATE", cameo="061")
    if lemma in AFFIXING_VERBS and _signed_by_name(token):
        return Trigger("AGREE")
    if lemma in CONCLUDING_VERBS:
        if any(_is_pact(o) or o.lemma_.lower() in PACT_TEXT_NOUNS for o in _objects(token)):
            return Trigger("AGREE")
        return None
    if lemma in HANDING_VERBS and any(_is_pact(o) or o.lemma_.lower() in INSTRUMENT_NOUNS for o in _objects(token)):
        return Trigger("AGREE")
    if lemma in INVEST_VERBS and any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children) \
            and _money_or_nothing(token):
        return Trigger("COOPERATE", cameo="061")
    if lemma in FINANCE_VERBS and any(_is_works(o) for o in _objects(token)):
        return Trigger("COOPERATE", cameo="061")
    if lemma in SHARING_VERBS and any(o.lemma_.lower() in KNOWLEDGE_NOUNS or o.lower_ in KNOWLEDGE_NOUNS
                                          for o in _objects(token)):
        return Trigger("COOPERATE", cameo="064")  # CAMEO 064: share intelligence or information
    if lemma in GROWTH_VERBS and any(o.lemma_.lower() in EXCHANGE_NOUNS for o in _objects(token)):
        return Trigger("COOPERATE", cameo="061")
    if lemma in EXTENDING_VERBS and any(o.lemma_.lower() in CREDIT_NOUNS for o in _objects(token)):
        return Trigger("AID", cameo="071")
    return None


def _is_pact(noun: Token) -> bool:
    """A pact noun by lemma or form ("memorandums", "MoUs")."""
    return noun.lemma_.lower() in PACT_NOUNS or noun.lower_ in PACT_NOUNS


MONEY_NOUNS = {"money", "capital", "fund", "funds", "sum", "amount", "billion", "million", "trillion", "dollar",
               "euro", "yuan", "yen", "rupee", "riyal", "dirham"}


def _money_or_nothing(token: Token) -> bool:
    """"invested $3 billion in", "invested in": money, or nothing named, is put in ("invested effort in" is not)."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return not objects or any(o.ent_type_ == "MONEY" or o.lemma_.lower() in MONEY_NOUNS or o.like_num
                              for o in objects)


def _is_works(noun: Token) -> bool:
    """A built work by its noun or by a noun compound on it ("a rail link", "the power plant")."""
    return noun.lemma_.lower() in WORKS_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() in WORKS_NOUNS
                                                      for c in noun.children)


# Signing told by what is put on the text: "put their names to the pact", "affixed their signatures to the accord".
AFFIXING_VERBS = {"put", "set", "affix", "add", "append", "place"}
SIGNATURE_NOUNS = {"name", "signature", "seal", "initial", "initials"}


def _signed_by_name(token: Token) -> bool:
    """"put their names to the defence agreement": a name or signature set to a pact (not "put a name to a face")."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in SIGNATURE_NOUNS for c in token.children):
        return False
    texts = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"to", "on", "under"}
             for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in PACT_NOUNS or t.lower_ in PACT_NOUNS for t in texts)


def concluding_noun(token: Token) -> Trigger | None:
    """"witnessed the signing of twelve cooperation documents": the noun of concluding with a pact after 'of'."""
    if token.lower_ not in CONCLUDING_NOUNS:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(o.dep_ == "pobj" and o.lemma_.lower() in PACT_NOUNS for o in prep.children):
            return Trigger("AGREE")
    return None


def concluded_pact(token: Token) -> bool:
    """"inked a deal": the pact noun concluded by its verb is the same agreement the verb codes, not a second."""
    pact = token.lemma_.lower() in PACT_NOUNS or token.lower_ in PACT_NOUNS
    if pact and token.dep_ == "pobj" and token.head.head.lemma_.lower() in AFFIXING_VERBS:
        return _signed_by_name(token.head.head)  # "put their names to the agreement": the pact the verb codes
    return token.dep_ in {"dobj", "nsubjpass"} and token.head.pos_ == "VERB" and \
        token.head.lemma_.lower() in CONCLUDING_VERBS | HANDING_VERBS and token.lemma_.lower() in PACT_NOUNS


# Finishing negotiations is settling the text they were about (PLOVER AGREE), not another round of talks:
# "completed negotiations on a trade pact", "announced the end of negotiations". Talks that merely end
# ("wrapped up two days of talks") stay meetings: the rule reads only the negotiation noun itself.
COMPLETING_VERBS = {"complete", "conclude", "finalize", "finalise", "finish"}
COMPLETION_NOUNS = {"end", "conclusion", "completion", "close"}
NEGOTIATION_NOUNS = {"negotiation", "negotiations"}


def completed_negotiations(token: Token) -> Trigger | None:
    """"completed negotiations on X", "the conclusion of negotiations": the negotiation noun is the agreement."""
    if token.lemma_.lower() not in NEGOTIATION_NOUNS and token.lower_ not in NEGOTIATION_NOUNS:
        return None
    head = token.head
    if token.dep_ in {"dobj", "nsubjpass"} and head.pos_ == "VERB" and head.lemma_.lower() in COMPLETING_VERBS:
        return Trigger("AGREE")
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in COMPLETION_NOUNS:
        return Trigger("AGREE")
    return None
