"""Stance of a statement: hostile, conciliatory or neutral, from the quote's words, its cue verb, or a
stance the article names ("conciliatory remarks")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from detente.nlp.clauses import CONDITION_MARKS, condition_clauses
from detente.nlp.stance_alignment import opposed_together, shared_danger, shared_opposition
from detente.nlp.stance_ceasing import ceasing_stance
from detente.nlp.stance_cues import RATING_VERBS, cue_stance  # noqa: F401 -- re-exported for the statement readers
from detente.nlp.stance_cues import demand_to_stop, denies_charge, stop_verb
from detente.nlp.stance_claims import claims_land
from detente.nlp.stance_held import held_until
from detente.nlp.stance_formulas import (CONCILIATORY_FORMULAS, HOSTILE_FORMULAS, demanded_account,
                                         judged_hostile, maxim_words, measured_response, self_negated,
                                         stands_with)
from detente.nlp.stance_isolation import isolation_word
from detente.nlp.stance_joint import joint_will
from detente.nlp.stance_negation import (CONTRASTIVE, DISAPPROVAL, denied_past, negated_word, own_ground_kept,
                                        refused_tolerance, refused_word)
from detente.nlp.stance_lexicon import CONCILIATORY, HOSTILE, lexicon_forms
from detente.nlp.stance_notice import notice_given
from detente.nlp.stance_opprobrium import denied_legitimacy, terror_label
from detente.nlp.stance_readiness import ready_for_duty
from detente.nlp.stance_regret import regret_stance
from detente.nlp.stance_relations import valued_relation
from detente.nlp.stance_relief import relief_stance
from detente.nlp.stance_reported import reported_only
from detente.nlp.stance_ruptures import rupture_stance
from detente.nlp.stance_sovereignty import affirmed_statehood
from detente.nlp.stance_topics import not_about_relation

STANCE_WORDS = {"conciliatory": "conciliatory", "reassuring": "conciliatory", "friendly": "conciliatory",
                "warm": "conciliatory", "positive": "conciliatory", "hostile": "hostile",
                "threatening": "hostile", "harsh": "hostile", "combative": "hostile", "aggressive": "hostile",
                "belligerent": "hostile", "confrontational": "hostile", "hawkish": "hostile"}
# Disapproval voiced about what the other side did, as a noun or adjective ("noted the move with concern",
# "deeply alarmed"); the verb "concern" only relates ("the issue concerns sovereignty").
DISAPPROVING = DISAPPROVAL | {"concerned", "alarmed", "dismayed", "disappointed", "disappointment", "regrettable"}
# Fixed formulas whose words alone would not say their stance: a red-line formula ("core interests",
# "red line") and the formula of a promised response ("necessary measures", "countermeasures") warn; a
# truce is a conciliatory outcome.
HOSTILE_PHRASES = re.compile(r"\b((core|vital) interests?|red lines?|bottom lines?|(all )?necessary measures|"
                             r"counter-?measures|persona non grata|null and void|all (available|possible|necessary) means|"
                             # force held out as a means ("keeps its freedom of military action")
                             r"military (action|force|options?)|use of force|(full|overwhelming) force|" + HOSTILE_FORMULAS + r")\b", re.I)
CONCILIATORY_PHRASES = re.compile(r"\b(cease-?fires?|truces?|armistices?|cessation of hostilities|" +
                                  CONCILIATORY_FORMULAS + r")\b", re.I)
def _settling(token: Token) -> bool:
    """"a resolution of the issues", "resolved their differences": a dispute settled (a "resolution" of a
    body, with no "of", is a text voted on)."""
    lemma = token.lemma_.lower()
    if lemma == "resolution":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    return lemma == "resolve" and token.pos_ == "VERB"


def _phrase_counts(span: Span) -> tuple[int, int, set[int]]:
    """Hostile and conciliatory fixed formulas in the text, and the words they cover (counted once, as the
    formula: "cessation of hostilities" is no hostile word)."""
    covered: set[int] = set()
    counts = []
    for pattern in (HOSTILE_PHRASES, CONCILIATORY_PHRASES):
        found = list(pattern.finditer(span.text))
        parts = [span.char_span(m.start(), m.end(), alignment_mode="expand") for m in found]
        for part in parts:
            covered |= {t.i for t in part} if part is not None else set()
            if part is not None and pattern is HOSTILE_PHRASES and self_negated(part):
                # "the shelling would not go unanswered": the formula's own "not" denies none of its words
                covered |= {t.i for t in part.root.subtree}
        # a formula denied ("did not think military force would be needed") reassures, as a denied word does
        denied = sum(1 for part in parts if part is not None and negated_word(part.root) and not self_negated(part))
        # a truce named only by its start ("the truce begins on Sunday") is reported, not offered
        reported = sum(1 for part in parts if part is not None and reported_only(part.root))
        counts.append((len(found) - denied - reported, denied))
    (hostile, unsaid), (conciliatory, _) = counts
    return hostile, conciliatory + unsaid, covered


def _contrast_clause(span: Span) -> int | None:
    """Where "but" or "yet" joins a second predicate to the first ("relations have improved but Washington
    must stop ..."): the index of the conjunction, or None ("not only ... but also" adds, it does not turn)."""
    for t in span[1:-1]:
        if t.lower_ not in CONTRASTIVE or t.dep_ != "cc" or t.nbor().lower_ == "also":
            continue
        if any(c.dep_ == "conj" and c.i > t.i and c.pos_ in {"VERB", "AUX"} for c in t.head.children):
            return t.i
    return None


def _withheld(span: Span) -> bool:
    """"a useful meeting but not a breakthrough", "a good call but not one that will bring peace": a word of one
    stance followed by "but not" and a word of the same stance denied; the denial takes back what the
    first half gave, and the whole takes no side."""
    for t in span[1:-1]:
        if t.lower_ not in CONTRASTIVE or t.dep_ != "cc" or t.head.pos_ not in {"NOUN", "PROPN", "ADJ", "PRON"}:
            continue
        conj = next((c for c in t.head.children if c.dep_ == "conj" and c.i > t.i), None)
        neg = next((c for c in conj.children if c.dep_ == "neg"), None) if conj is not None else None
        if neg is None or not span.start <= t.head.left_edge.i:
            continue
        given = lexical_stance(span.doc[span.start:t.i])
        denied = lexical_stance(span.doc[neg.i + 1:min(conj.right_edge.i + 1, span.end)])
        return given == denied != "neutral"
    return False


def _correction(span: Span) -> tuple[int, int] | None:
    """"is not a war but a genocide", "not rivals but partners": where a denied word is replaced by another
    after "but", the bounds of the replacement (the denial only sets up the word put in its place)."""
    for t in span[1:-1]:
        if t.lower_ not in CONTRASTIVE or t.dep_ != "cc" or t.head.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            continue
        denied = t.head
        if not any(c.dep_ == "neg" for node in (denied, denied.head) for c in node.children):
            continue
        conj = next((c for c in denied.children if c.dep_ == "conj" and c.i > t.i), None)
        if conj is not None:
            return t.i + 1, min(conj.right_edge.i + 1, span.end)
    return None


CONTRASTS = (("rather", "than"), ("instead", "of"))


def _contrast_at(span: Span) -> int | None:
    """Where "rather than" / "instead of" splits a quote into the option taken and the one set aside."""
    for t in span[:-1]:
        if (t.lower_, t.nbor().lower_) in CONTRASTS and t.nbor().i < span.end - 1:
            return t.i
    return None


CHOICE_NOUNS = {"choice", "decision", "dilemma", "option", "options", "crossroads", "alternative"}


def _weighed_options(span: Span) -> set[int]:
    """"a choice between peace and more destruction": options set side by side for someone to choose
    between take no side, whatever their words; the indices of such "between" phrases."""
    found: set[int] = set()
    for t in span:
        if t.lower_ != "between" or t.dep_ != "prep" or t.head.lemma_.lower() not in CHOICE_NOUNS:
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is not None and any(c.dep_ == "conj" for c in obj.children):
            found |= {x.i for x in t.subtree}
    return found


# Verbs of responding to what the other side does: promised on a condition ("will act if ..."), a warning.
RESPONSE_VERBS = {"act", "respond", "react", "retaliate", "strike", "hit", "intervene", "punish", "answer"}
# "take steps / measures / action": a response named by its object.
MEASURE_NOUNS = {"step", "measure", "action", "countermeasure"}
FUTURE = {"will", "would", "'ll", "shall", "wo"}


def _conditional_warnings(span: Span) -> dict[int, set[int]]:
    """"we will take steps if the shipments go on", "Britain would act unless the drills stop": a response
    promised on a condition the other side controls is a warning, though no word of it is hostile. Each
    such verb, with the words that are part of the warning (a "step" taken this way is no overture)."""
    found: dict[int, set[int]] = {}
    for t in span:
        lemma = t.lemma_.lower()
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        responds = lemma in RESPONSE_VERBS or (lemma == "take" and obj is not None
                                               and obj.lemma_.lower() in MEASURE_NOUNS)
        if _cost_held_out(t):
            chain = _readiness(t.head)  # "duties were possible if ...", "would bear the consequences if ..."
        elif not responds or t.pos_ != "VERB" or negated_word(t) or not _promised(t) or _in_good_part(t):
            continue
        else:
            chain = _readiness(t)
        if any(condition_clauses(node) for node in chain):
            found[t.i] = {n.i for n in chain} | ({obj.i} if obj is not None else set())
    return found


def _readiness(verb: Token) -> list[Token]:
    """The verb and the words it completes ("was ready to act", "stands prepared to respond", "would have
    no option but to respond"): the parser may hang the condition on any of them, and readiness to strike
    is no overture."""
    chain = [verb]
    while len(chain) < 3:
        node = chain[-1]
        up = node.head if node.dep_ in {"xcomp", "acomp"} else _only_option_of(node)
        if up is None:
            break
        chain.append(up)
    return chain


def _only_option_of(verb: Token) -> Token | None:
    """"would have no choice but to respond": the verb of the denied options that the response is left by
    (the parser joins "but to respond" to the verb or hangs it on the noun)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "but" and head.dep_ == "prep":
        head = head.head.head  # respond <- but <- choice <- have
    elif not (verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children)):
        return None
    denied = any(c.dep_ == "dobj" and c.lemma_.lower() in CHOICE_NOUNS and
                 any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in head.children)
    return head if denied and head.i != verb.i else None


# Costs a side is told it will bear ("would face the consequences", "duties are possible"): held out on a
# condition, a warning as a promised response is.
COST_NOUNS = {"consequence", "consequences", "duty", "duties", "price", "penalty", "penalties",
              "repercussion", "repercussions", "reprisal", "reprisals"}


# Verbs by which a side is told it will take a cost ("would pay a heavy price", "will face consequences").
COST_VERBS = {"pay", "exact", "face", "bear", "suffer", "incur"}


def _costs_promised(span: Span) -> dict[int, set[int]]:
    """"would have to pay a heavy price", "will exact a price": a cost promised to the other side is a warning
    without any condition; each cost noun, with its verb (a past cost, "paid a high price", only tells)."""
    found: dict[int, set[int]] = {}
    for t in span:
        verb = t.head
        if t.pos_ == "NOUN" and t.lower_ in COST_NOUNS and t.dep_ == "dobj" and \
                verb.lemma_.lower() in COST_VERBS and not negated_word(verb) and _promised(verb):
            found[t.i] = {t.i, verb.i}
    return found


def _cost_held_out(noun: Token) -> bool:
    """A cost noun as subject or object of its clause's verb ("bear the consequences", "duties were possible")."""
    return noun.pos_ == "NOUN" and noun.lower_ in COST_NOUNS and noun.dep_ in {"nsubj", "dobj", "nsubjpass", "attr"} \
        and noun.head.pos_ in {"VERB", "AUX"} and not negated_word(noun.head)


def _in_good_part(verb: Token) -> bool:
    """"would respond positively if ...": a response in good part, on a condition, is an offer."""
    return any(c.dep_ == "advmod" and c.lower_ in CONCILIATORY for c in verb.children)


def _promised(verb: Token) -> bool:
    """Said of the future: a modal "will"/"would", or an infinitive ("ready to act if ...")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE | {"to"} for c in verb.children)


def lexical_stance(span: Span) -> str:
    """Stance from the quote's words; a hostile word under negation reads as reassurance, an overture
    refused as a rebuff, a response promised on a condition as a warning. In "A rather than
    B" the option set aside counts the other way ("talks rather than war" reassures), and a choice between
    two options of one kind ("a peace deal rather than a truce") takes no side."""
    at = _contrast_at(span)
    if at is not None:
        doc = span.doc
        taken, dropped = lexical_stance(doc[span.start:at]), lexical_stance(doc[at + 2:span.end])
        if taken == dropped != "neutral":
            return "neutral"
        flipped = {"hostile": "conciliatory", "conciliatory": "hostile"}.get(dropped)
        return taken if taken != "neutral" else flipped or "neutral"
    corrected = _correction(span)
    if corrected is not None:  # "not a war but a genocide": the word put in place of the denied one counts
        after = lexical_stance(span.doc[corrected[0]:corrected[1]])
        if after != "neutral":
            return after
    if _withheld(span):  # "a good talk but not one that will bring peace": praise given and taken back
        return "neutral"
    turn = _contrast_clause(span)
    if turn is not None:  # "A but B": what comes after "but" is the point made
        after = lexical_stance(span.doc[turn + 1:span.end])
        if after != "neutral":
            return after
    hostile, conciliatory, formulas = _phrase_counts(span)
    warnings = {**_costs_promised(span), **_conditional_warnings(span), **held_until(span)}
    hostile += len(warnings)
    weighed = _weighed_options(span).union(formulas, maxim_words(span), *warnings.values())
    tokens = [t for t in span if t.i not in weighed]
    asserted = [t for t in tokens if t.i not in _conditions(span)]
    if len(asserted) < len(tokens) and (hostile or conciliatory or _word_counts(asserted) != (0, 0)):
        tokens = asserted  # "would return to war if the talks fail": the condition is not what is held out
    return _verdict(hostile, conciliatory, tokens)


def _conditions(span: Span) -> set[int]:
    """The words of "if" / "unless" clauses in the quote: what the other side must do, not what is said."""
    found: set[int] = set()
    for t in span:
        if t.dep_ == "advcl" and t.i not in found and \
                any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in t.children):
            found |= {x.i for x in t.subtree}
    return found


def _word_counts(tokens: list[Token]) -> tuple[int, int]:
    """Hostile and conciliatory words among these tokens, as the verdict counts them."""
    return _count_words(0, 0, tokens)


def _verdict(hostile: int, conciliatory: int, tokens: list[Token]) -> str:
    """The stance of the words, with the formulas and warnings already counted."""
    hostile, conciliatory = _count_words(hostile, conciliatory, tokens)
    if hostile > conciliatory:
        return "hostile"
    return "conciliatory" if conciliatory > hostile else "neutral"


# What a charge rests on: denied ("no evidence", "no proof"), the charge is called groundless ("no basis"
# is left out: a legal position, "has no basis in international law", turns on no accuser).
PROOF_NOUNS = {"evidence", "proof"}


def _count_words(hostile: int, conciliatory: int, tokens: list[Token]) -> tuple[int, int]:
    """Add the hostile and conciliatory words of the tokens: denied, refused or topical words counted as
    they read."""
    for i, t in enumerate(tokens):
        lemma = t.lemma_.lower()
        negated = negated_word(t)
        if (terror_label(t) and not negated) or denied_legitimacy(t):
            hostile += 1  # "lends support to terrorists", "has no legitimacy": opprobrium for the other side
            continue
        relief = relief_stance(t) or ceasing_stance(t) or rupture_stance(t)
        if relief is not None:  # "would lift the sanctions" or "stop the strikes" concedes, "cut ties" rebuffs
            hostile += relief == "hostile"
            conciliatory += relief == "conciliatory"  # ties kept ("did not sever ties") reassure
            continue
        if lemma in PROOF_NOUNS and t.pos_ == "NOUN" and negated:
            hostile += 1  # "had not presented any evidence": a denial that turns on the accuser (convention 17)
            continue
        if _purchase_promised(t):
            conciliatory += 1  # "would start buying more of its gas": trade promised to the other side
            continue
        if not_about_relation(t) or ready_for_duty(t) or notice_given(t) or _degree_only(t) or \
                (t.pos_ == "VERB" and denies_charge(t)):
            continue  # not about the relation, or only how firmly an overture is made ("firmly supports")
        if affirmed_statehood(t):
            conciliatory += 1  # "recognised Somalia's sovereignty"
            continue
        if t.pos_ == "VERB" and demand_to_stop(t) and not negated:
            hostile += 1  # "had urged Tokyo to call off the drills" told inside the statement
        if t.pos_ == "VERB" and not negated and claims_land(t):
            hostile += 1  # "we need that island": a claim on the other side's land
        if measured_response(t) or demanded_account(t):
            hostile += 1  # "will respond appropriately", "expects a full explanation"
        if stands_with(t):
            conciliatory += 1  # "stands with the Korean people"
        regret = regret_stance(t)
        if regret is not None:  # "regretted Baku's response" reproaches, "sorry we could not come" reaches out
            hostile, conciliatory = (hostile + 1, conciliatory) if regret == "hostile" else (hostile, conciliatory + 1)
            continue
        # "was deeply concerned": the participle as the complement of "be" is the adjective
        disapproving = (t.pos_ in {"NOUN", "ADJ"} or t.dep_ == "acomp") and \
            (lemma in DISAPPROVING or t.lower_ in DISAPPROVING)
        forms = lexicon_forms(t)
        if opposed_together(t) or (negated and isolation_word(t)):
            conciliatory += 1  # "will stand together against ...", "will not act alone"
        if own_ground_kept(t):
            conciliatory += 1  # "would not allow its land to be used against India"
        elif forms & HOSTILE or refused_tolerance(t) or disapproving:
            # what both sides oppose or face is a third thing; a charge denied of the past assures of nothing
            if shared_opposition(t) is None and not (forms & HOSTILE and shared_danger(t)) and \
                    not (negated and denied_past(t)):
                conciliatory, hostile = (conciliatory + 1, hostile) if negated else (conciliatory, hostile + 1)
        elif (forms & CONCILIATORY and not _sizes_hostile(t) and not judged_hostile(t)) or _settling(t) \
                or valued_relation(t) or joint_will(t):
            # an overture refused ("will hold no dialogue", "is not ready to engage") rebuffs
            if refused_word(t):
                hostile += 1
            elif not reported_only(t) and not _subject_denied(t):
                conciliatory += 1
    return hostile, conciliatory


# Verbs of buying: a purchase promised is business brought to the seller (refused, "will not buy", it is
# counted by no rule here).
PURCHASE_VERBS = {"buy", "purchase"}


def _purchase_promised(verb: Token) -> bool:
    """"will buy more soybeans", "would start buying record amounts": a purchase promised for the future."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PURCHASE_VERBS or negated_word(verb):
        return False
    return _promised(verb) or (verb.dep_ == "xcomp" and _promised(verb.head) and not negated_word(verb.head))


# Adverbs of firmness: hostile when they stiffen a refusal or a defence, a mere degree on an overture.
DEGREE_ADVERBS = {"firmly", "resolutely", "stoutly"}


def _degree_only(adverb: Token) -> bool:
    """"firmly supports", "resolutely committed to peace": firmness that sizes an overture takes no side."""
    return adverb.lower_ in DEGREE_ADVERBS and adverb.dep_ == "advmod" and \
        bool(lexicon_forms(adverb.head) & CONCILIATORY) and not negated_word(adverb.head)


def _subject_denied(noun: Token) -> bool:
    """"the step would not mean a resumption", "the understanding did not cover X": a negated predicate
    denies something of its subject, which is no overture offered (nor refused)."""
    return noun.dep_ == "nsubj" and noun.pos_ in {"NOUN", "PROPN"} and not stop_verb(noun.head) and \
        any(c.dep_ == "neg" for c in noun.head.children)  # "ties will not end" does vouch for them


def _sizes_hostile(adjective: Token) -> bool:
    """"in great danger", "under great pressure": a word of praise sizing a hostile noun only says how much."""
    return adjective.dep_ == "amod" and bool(lexicon_forms(adjective.head) & HOSTILE)


# nouns for the words themselves, whose adjective is the stance the article names
WORDS_NOUNS = {"tone", "remark", "remarks", "statement", "speech", "note", "message", "language", "words", "comment",
               "address"}


def stated_stance(cue: Token | None) -> str | None:
    """A stance the article itself names around the quote ("emphasizes conciliatory elements")."""
    if cue is None:
        return None
    for tok in [cue] + list(_ancestors(cue))[:3]:
        for child in tok.children:
            if child.dep_ == "amod" and child.lower_ in STANCE_WORDS:
                return STANCE_WORDS[child.lower_]
            # "struck a conciliatory tone, saying ...", "in hostile remarks, said ...": the words' own noun
            words = [child] + [g for g in child.children if g.dep_ == "pobj"] if child.dep_ in {"dobj", "prep"} else []
            for noun in words:
                if noun.lemma_.lower() in WORDS_NOUNS:
                    named = [a for a in noun.children if a.dep_ == "amod" and a.lower_ in STANCE_WORDS]
                    if named:
                        return STANCE_WORDS[named[0].lower_]
    return None


def _ancestors(token: Token):
    while token.head.i != token.i:
        token = token.head
        yield token
