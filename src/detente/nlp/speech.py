"""Attribution from the parse: who says (or holds) what, with the cue that marks it.

General rules over the dependency parse, no word lists taken from any article:
- a reporting verb and its clausal complement: "X said (that) ...", "..., X said", "X told reporters ...",
  "X urged Y to ...", "X denied the report", "X called for ...", "Trump attacked Clinton, saying ...";
- "according to X, ...": the rest of the clause is X's;
- a nominal cue with its owner and a that-clause: "X's claim that ...", "a statement by X that ...";
- evidence offered or withheld: "X offered no proof that ...";
- an adjective of stance or certainty: "X has been critical of ...", "X is confident that ...";
- a verb of stance or intention, as PolNeAR counts them: "X endorsed Y", "X refused to ...", and a view
  cast as something: "voters see him as honest";
- a cue with no clause, whose content is its object or a prepositional object ("X prefers a single-payer
  system", "X advocated for ...", "X issued a warning"), or an answer ("said yes", "said the same of Y");
- the speaker named by the subject of the cue: a known actor, a pronoun's antecedent ("It says ..."
  after a sentence about an organisation: that organisation), or, when the knowledge base has no actor
  for it, the noun phrase itself ("the bank", "a campaign spokesman"); a speaker after the cue ("...,"
  added a party official) is the speaker even when the parser reads it as the object.
Speakers named by labels (a byline, "Name: ...") are read in speech_labels.py; what a cue without a clause
is about, in speech_objects.py; attributions cued by a noun or an adjective, in speech_nominal.py; the word
lists, in speech_lexicon.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.arguments import refs_for, without_role
from detente.nlp.antecedents import mention_of
from detente.nlp.doc_cache import sentence_index, sentences
from detente.nlp.clauses import (clause_span, continued_clause, further_contents, interrupted_clause,
                                  named_without_object, second_object, stranded_clause, trailing_conjunct)
from detente.nlp.speaker_owners import owned_body  # "its embassy said": that state's
from detente.nlp.person_bodies import person_body  # "his government said": that leader's state's
from detente.nlp.official_speakers import unnamed_officials  # "a senior Saudi official said"
from detente.nlp.metonym_sides import as_written  # "Moscow said": the speaker named as the text names it
from detente.nlp.speech_asides import reported_in_aside  # "Trump, she said, had asked": Trump does not speak
from detente.nlp.speech_documents import document_clause  # "said in a statement that ..."
from detente.nlp.titled_speakers import titled_person  # "Prime Minister and Foreign Minister X said"
from detente.nlp.rival_cues import before_rival  # "X said A, and Y said B": A alone is X's
from detente.nlp.speech_lexicon import (  # noqa: F401  (re-exported: modules read them as speech.X)
    AS_CUES, BELIEF_VERBS, CENSURE_VERBS, CUE_LEMMAS, CUE_NOUNS, INTENT_VERBS, LITERAL_PUBLIC_VERBS,
    MESSAGE_NOUNS, NAME_DEPS, NAMING_CUES, NOT_SPEAKERS, OBJECT_CUES, OBJECT_CUES_IF_CUE, PERSONAL, PREP_CUES,
    PUBLIC_VERBS, RELATIVE, REPORT_VERBS, STANCE_VERBS, XCOMP_CUES)
from detente.records import ActorRef


def np_name(token: Token) -> str:
    """The words that name a noun phrase's head: "the Clinton campaign's" -> "Clinton campaign"."""
    left = [c for c in token.lefts if c.dep_ in NAME_DEPS]
    start = min([t.i for c in left for t in c.subtree] + [token.i])
    words = [t for t in token.doc[start:token.i + 1]
             if not (t.i == start and t.dep_ in {"det", "predet"}) and t.tag_ != "POS"]
    while words and words[0].is_punct:
        words = words[1:]
    # words written together stay together ("52-count", "Times/CBS"), so the name is found in the text
    glue = [t.whitespace_ if i + 1 < len(words) and words[i + 1].i == t.i + 1 else " "
            for i, t in enumerate(words)]
    return "".join(t.text + g for t, g in zip(words, glue)).strip() or token.text


# Documents that speak for their author: "a Pentagon readout said", "according to Parnell's statement".
DOCUMENT_NOUNS = {"statement", "readout", "report", "release", "letter", "memo", "post", "tweet", "remarks",
                  "transcript", "account", "summary", "communique", "communiqué", "note", "message"}


def _sentences_back(doc: Doc, token: Token, back: int) -> int:
    """The first token of the sentence `back` sentences before the token's own (the article's first at most)."""
    sents = sentences(doc)
    return sents[max(0, sentence_index(doc)[token.sent.start] - back)].start


def last_speaker(doc: Doc, pronoun: Token, window: int = 2) -> ActorRef | None:
    """"He" or "she" as the subject of a cue: the person who spoke last, in this or the previous sentences."""
    for tok in reversed(doc[_sentences_back(doc, pronoun, window):pronoun.i]):
        if tok._.in_quote or not is_cue_verb(tok) or reported_in_aside(tok):
            continue
        subj = subject_of(tok)
        if subj is None or subj.i >= pronoun.i or subj.lower_ in PERSONAL:
            continue
        ref = next(iter(refs_for(doc, subj, False)), None)
        if ref is not None and ref.kind == "person":
            return without_role(ref).actor_ref()
    return None


def previous_subject(doc: Doc, pronoun: Token) -> ActorRef | None:
    """"He" opening a sentence, when no one has spoken yet: the person the previous sentence is about (its
    subject), as attribution coders read it, not the last person it happens to name ("X met Y. He said")."""
    sent = pronoun.sent
    # (a person named inside the quoted words is not one the pronoun could take up)
    if sent.start == 0 or any(m.start < pronoun.i and m._.ref.kind == "person" and not doc[m.start]._.in_quote
                              for m in doc.spans.get("actors", []) if sent.start <= m.start):
        return None
    before = doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj._.in_quote:
        return None
    ref = next(iter(refs_for(doc, subj, False)), None)
    return without_role(ref).actor_ref() if ref is not None and ref.kind == "person" else None


def _new_topic(doc: Doc, pronoun: Token) -> ActorRef | None:
    """"Li said A. Greer was more cautious. "B," he told reporters.": a sentence with no saying in it that
    turns to another person makes that person the one "he" is; the speaker before it has had their turn."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if any(is_cue_verb(t) for t in before if not t._.in_quote):
        return None
    return previous_subject(doc, pronoun)


SAYING_LEMMAS = {"say", "add", "warn", "state", "note", "announce", "insist", "declare", "tell", "stress"}


def last_body(doc: Doc, pronoun: Token) -> ActorRef | None:
    """"The committee warned ... . It added that ...": "it" as a cue's subject is the body that spoke just
    before (in this or the previous sentence), not a state the added words name."""
    if pronoun.head.lemma_.lower() not in SAYING_LEMMAS or pronoun.i != pronoun.sent.start:
        return None  # "it shows", "it estimates": a document or a study; "the impact it said": no new turn
    for tok in reversed(doc[_sentences_back(doc, pronoun, 1):pronoun.i]):
        subj = subject_of(tok) if not tok._.in_quote and is_cue_verb(tok) else None
        if subj is None or subj.i >= pronoun.i or subj.lower_ in PERSONAL | {"it"}:
            continue
        refs = refs_for(doc, subj, False)
        if refs:
            return None if refs[0].kind == "person" else without_role(refs[0]).actor_ref()
        body = subj.pos_ == "NOUN" and subj.ent_type_ != "PERSON" and subj.lower_ not in NOT_SPEAKERS
        return ActorRef(name=np_name(subj)) if body else None
    return None


def it_antecedent(doc: Doc, pronoun: Token) -> Token | None:
    """"It" opening a cue's clause names the previous sentence's subject, when that is a non-person noun
    ("The city sent a letter. It says ...")."""
    sent = pronoun.sent
    if sent.start == 0 or pronoun.i - sent.start > 3:
        return None
    before = doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.ent_type_ == "PERSON" or subj._.in_quote:
        return None
    return subj


def speaker_ref(doc: Doc, subj: Token | None) -> ActorRef | None:
    """Who a subject names: a known actor, a pronoun's antecedent (or the pronoun), else the noun phrase."""
    if subj is None:
        return None
    if subj.lower_ in {"he", "she"}:
        found = _new_topic(doc, subj) or last_speaker(doc, subj) or previous_subject(doc, subj)
        if found is not None:
            return found
    if subj.lemma_.lower() in DOCUMENT_NOUNS and mention_of(doc, subj) is None:
        owner = _document_owner(subj)
        if owner is not None and refs_for(doc, owner, False):
            subj = owner  # "a Pentagon readout said", "a statement from the ministry said": its author
        elif owner is not None:
            government = person_body(doc, owner, last_speaker(doc, owner))
            if government is not None:
                return government  # "a statement from his government": that leader's state's government
    titled = titled_person(doc, subj)
    if titled is not None:
        return titled  # "High Commissioner for Human Rights X said": X, not the title
    if subj.pos_ == "NOUN":
        named = _apposed_name(doc, subj)
        if named is not None:
            return named  # "its spokesman, Col. X, said": the person named, not whom "its" points to
    body = last_body(doc, subj) if subj.lower_ == "it" and subj.dep_ == "nsubj" else None
    if body is not None:
        return body
    body = person_body(doc, subj, last_speaker(doc, subj)) if subj.pos_ == "NOUN" else None
    if body is not None:
        return body  # "His government disputed ...": the body speaks, named as its state's (nlp/person_bodies.py)
    refs = refs_for(doc, subj, False)
    if refs:
        return unnamed_officials(subj, refs) or without_role(as_written(doc, subj, refs[:1])[0]).actor_ref()
    if subj.lower_ == "it" and subj.dep_ == "nsubj":
        antecedent = it_antecedent(doc, subj)
        return speaker_ref(doc, antecedent) if antecedent is not None else None
    named = _apposed_name(doc, subj)
    if named is not None:
        return named
    if _is_group(subj):
        return ActorRef(name=_group_name(subj))
    low = subj.lower_
    if low in PERSONAL:
        return ActorRef(name=subj.text)  # "they said", an unresolved "he said": the pronoun stands
    if subj.pos_ not in {"NOUN", "PROPN"} or low in NOT_SPEAKERS or subj.lemma_.lower() in NOT_SPEAKERS:
        return None
    if subj._.in_quote:
        return None
    return owned_body(doc, subj, np_name(subj)) or ActorRef(name=np_name(subj))


def _document_owner(noun: Token) -> Token | None:
    """The author a document noun names: "the Pentagon readout", "Japan's statement", "a statement from /
    by the ministry"."""
    owner = next((c for c in noun.children if c.dep_ in {"poss", "compound"}), None)
    if owner is not None:
        return owner
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in {"from", "by"}
                 for g in p.children if g.dep_ == "pobj"), None)


# Quantities of people who speak as one: "Six in 10 say ...", "half said so", "many said ...".
GROUP_WORDS = {"half", "most", "many", "some", "few", "several", "all", "both", "majority", "minority",
               "third", "quarter", "two-thirds", "plurality"}


def _is_group(subj: Token) -> bool:
    """A number or quantity as the subject of a cue: a share of respondents or people ("Six in 10")."""
    if subj._.in_quote:
        return False
    of_in = any(c.dep_ == "prep" and c.lower_ in {"of", "in"} for c in subj.children)
    if subj.pos_ == "NUM":
        return of_in or subj.lower_ not in {"one", "1"}
    if subj.lower_ in {"those", "these"}:  # "those surveyed", "those who back her", "those around him"
        return any(c.dep_ in {"acl", "relcl", "prep"} for c in subj.children)
    return subj.lower_ in GROUP_WORDS and subj.pos_ in {"ADJ", "NOUN", "PRON", "DET"}


def _group_name(subj: Token) -> str:
    """The words naming the group, without a clause describing it: "six in 10 voters", "most of them"."""
    skip = {t.i for c in subj.children if c.dep_ in {"relcl", "acl", "appos", "punct"} for t in c.subtree}
    words = [t for t in subj.subtree if t.i not in skip]
    return subj.doc[words[0].i:words[-1].i + 1].text


def _apposed_name(doc: Doc, subj: Token) -> ActorRef | None:
    """A subject named by its apposition: "One of his advisers, Tad Devine, said ..."."""
    for appos in [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"] + _principal_appos(subj):
        refs = refs_for(doc, appos, False)
        if refs:
            return without_role(refs[0]).actor_ref()
        if appos.ent_type_ == "PERSON":
            return ActorRef(name=np_name(appos))  # a person the knowledge base does not know
    return None


def _principal_appos(subj: Token) -> list[Token]:
    """"a spokeswoman for President X, Jane Roe, said": the parser hangs the name on the principal, but a
    person's name apposed to a named person names the role noun before them (one is not the other)."""
    if subj.pos_ != "NOUN":
        return []
    principals = [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "for"
                  for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"]
    return [c for g in principals for c in g.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]


def _inverted_subject(verb: Token) -> Token | None:
    """"'...,' added a party official": after what is said, the speaker can follow the cue, and the parser
    then reads it as the object. A reporting verb without a subject whose clause stands before it and whose
    "object" stands after it has its speaker there."""
    if verb.lemma_.lower() not in REPORT_VERBS or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    if not any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


MEANS_PREPS = {"by", "after", "before", "while", "when", "in", "without"}


# "met on Friday to discuss the budget": talking things over is what a meeting is for, not an attribution
DISCUSSION_VERBS = {"discuss", "talk", "speak", "debate", "chat", "negotiate", "consult"}


def _infinitive(verb: Token) -> bool:
    """A purpose infinitive of saying ("came back to say ..."), not of discussing."""
    return verb.tag_ == "VB" and verb.lemma_.lower() not in DISCUSSION_VERBS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _relative_clause(verb: Token) -> Token | None:
    """The relative clause a verb belongs to, itself or as a conjunct of it ("who ... and who feel ...")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.dep_ == "relcl" else None


def detached_cue(verb: Token) -> Token | None:
    """"said the country would respond and called the tariffs unjust": a cue in the narrative past, with no
    subject, that the parser conjoined to the clause another cue reports in another tense is the
    speaker's next act, not part of what was said; the cue it goes with, or None."""
    root = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or root.dep_ != "ccomp" or root.tag_ == "VBD" \
            or verb.lemma_.lower() not in REPORT_VERBS | STANCE_VERBS:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    cue = root.head
    return cue if cue.tag_ == "VBD" and cue.lemma_.lower() in REPORT_VERBS else None


def _closing_participle(verb: Token) -> Token | None:
    """"X said A had let him escape, calling the decision a blow": a cue participle closing what another cue
    reports, after a comma, is that cue's speaker's comment (the parser hangs it on the clause reported)."""
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said A had let him go and now shared the blame, calling ..."
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or clause.dep_ != "ccomp" or verb.i == 0 \
            or verb.doc[verb.i - 1].text != "," or verb.right_edge.i < clause.right_edge.i:
        return None
    return clause.head if is_cue_verb(clause.head) else None


def subject_of(verb: Token) -> Token | None:
    """The cue's speaker: its subject, shared with the verb it is conjoined to or a participle of."""
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    outer = detached_cue(verb) or _closing_participle(verb)
    if outer is not None:
        return subject_of(outer)
    node = verb
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            clause = _relative_clause(node) if subj.lower_ in RELATIVE else None
            if clause is not None:
                return clause.head  # "officials who said ...", "voters who ... and who feel ...": the noun described
            return subj
        passive = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and node is not verb and passive.lower_ not in {"it", "that", "this"}:
            return passive  # "Trump was pressed by reporters and said ...": he said it, not the reporters
        agent = next((g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent  # "a view echoed by economists"
        if passive is not None or any(c.dep_ == "expl" for c in node.children):
            return None  # "it was said", "he was told": not the speaker
        if node.dep_ == "relcl" and node.head.pos_ in {"NOUN", "PROPN"}:
            return node.head
        if node.dep_ in {"conj", "xcomp"} or (node.dep_ == "advcl" and (node.tag_ == "VBG" or _infinitive(node))):
            node = node.head  # "returned to the podium to say ...": a purpose clause shares the subject
            continue
        if node.dep_ == "acomp" and node.pos_ == "ADJ" and node is not verb:
            node = node.head  # "was careful not to mention ...", "are likely to say ...": the copula's subject
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in MEANS_PREPS:
            node = node.head.head  # "opened the talks by telling ...": so does a means or time gerund
            continue
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in {"NOUN", "PROPN"}:
            return node.head  # "officials, speaking on condition of anonymity, ..."
        if node.dep_ == "acl" and node.tag_ == "VBD" and node.head.pos_ == "PROPN" and any(
                c.dep_ == "ccomp" for c in node.children):
            return node.head  # "..., Secretary X announced that ...": a past-tense cue the parser hung on the name
        return None
    return None


def _object_span(doc: Doc, obj: Token) -> Span | None:
    """The object a cue takes a stand on; one word is enough when it names someone ("endorsed Trump",
    "mocked her"): a name or a personal pronoun is a whole content, a lone common noun rarely is."""
    named = obj.pos_ == "PROPN" or (obj.pos_ == "PRON" and obj.lower_ not in NOT_SPEAKERS)
    return clause_span(doc, obj, least=1 if named else 2)


def as_phrase(verb: Token, any_cue: bool = False) -> Span | None:
    """"cast her rival as a radical", "see him as honest": the object and what it is cast as; with any_cue,
    for any cue ("derided the deal as toothless", "cited the audit as the reason"), whose stance is what
    it casts its object as."""
    lemma = verb.lemma_.lower()
    if lemma not in AS_CUES and not (any_cue and (lemma in CUE_LEMMAS or welcomed_news(verb))):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    # what it is cast as: a noun phrase, a clause, or a bare adjective ("described the offer as positive")
    as_ = next((c for c in list(verb.children) + list(obj.children) if c.dep_ == "prep" and c.lower_ == "as"
                and c.i > obj.i and any(g.dep_ in {"pobj", "pcomp", "amod", "acomp"} for g in c.children)), None)
    if as_ is None:
        return None
    return verb.doc[obj.left_edge.i:as_.right_edge.i + 1]


def _inverted_conjunct(verb: Token) -> bool:
    """"..., said the company's chief, Jane Doe.": a cue after a comma with its speaker after it, which the
    parser conjoins to the clause it reports."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    if verb.lemma_.lower() not in REPORT_VERBS or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)


def _gerund_clause(verb: Token) -> Token | None:
    """"said legalizing it could create jobs": a clause whose subject is a gerund, which the parser hangs
    from the cue as an open complement; what is said starts at the gerund."""
    if verb.lemma_.lower() not in REPORT_VERBS:
        return None
    x = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i), None)
    if x is None or not any(g.dep_ == "ccomp" and g.i > x.i for g in x.children):
        return None
    return x


ADDRESS_PREPS = {"call": {"on", "upon"}, "appeal": {"to"}, "plead": {"with"}, "prevail": {"on", "upon"}}


def _addressee(verb: Token) -> Token | None:
    """"called on Beijing to ...", "appealed to the rebels to ...": the one a request is put to, named by
    a preposition."""
    preps = ADDRESS_PREPS.get(verb.lemma_.lower(), ())
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


def _addressed(verb: Token) -> Token | None:
    """The infinitive of a request put to someone ("called on Beijing to stop ..."), which the parser may
    hang from the cue as an adverbial clause of purpose."""
    obj = _addressee(verb)
    return next((c for c in verb.children if c.dep_ == "advcl" and obj is not None and c.i > obj.i
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def _charge(verb: Token, prep: Token) -> Span | None:
    """"accused Manila of provocation", "blamed the rebels for the attack": who is charged and with what,
    one content (the charge alone can be a single word)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None or obj.lower_ in NOT_SPEAKERS:
        return None
    return verb.doc[obj.left_edge.i:prep.right_edge.i + 1]


def _detached(clause: Token) -> set[int]:
    """The words of a cue conjoined to a reported clause that is the speaker's own next act (see
    detached_cue), with the "and" before it, and a closing "according to X": not part of what was said."""
    acts = [c for c in clause.children if c.dep_ == "conj" and detached_cue(c) is not None]
    # "saying X would go along, according to Xinhua": where the article read it is not what was said
    acts += [c for c in clause.children if c.lower_ == "according" and c.i > clause.i]
    return {t.i for c in acts for t in c.subtree} | \
        {c.i for c in clause.children if c.dep_ in {"cc", "punct"} and acts and c.i > acts[0].i - 3 and c.i < acts[0].i}


def _past_semicolon(clause: Token, verb: Token) -> bool:
    """"A said X; B denied that Y": a clause before the cue and a semicolon is a sentence of its own that the
    parser hung on the cue, not what the cue reports (the semicolon closes it)."""
    return clause.i < verb.i and any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1:verb.i])


def content_of(verb: Token) -> Span | None:
    """What a cue reports: its clausal complement, the clause it comments on ("..., he said"), an
    infinitive ("urged X to ..."), a prepositional object ("called for ...") or, for some, its object."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    clause = next((c for c in kids if c.dep_ == "ccomp" and not _past_semicolon(c, verb)), None) or \
        _gerund_clause(verb) or document_clause(verb) or stranded_clause(verb)
    if clause is not None:
        return before_rival(continued_clause(doc, clause, verb) or
                            further_contents(doc, clause_span(doc, clause, _detached(clause)), verb), clause)
    if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
        head = verb.head.head if verb.head.dep_ in {"aux", "auxpass"} else verb.head  # "he said, he's learned"
        return interrupted_clause(doc, head, verb) or \
            clause_span(doc, head, {t.i for t in verb.subtree})  # "..., he said, ..."
    if trailing_conjunct(verb) or _inverted_conjunct(verb):
        return clause_span(doc, verb.head, {t.i for t in verb.subtree})  # "..., X told a panel Wednesday."
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) \
            and not any(c.dep_ in {"dobj", "xcomp"} for c in kids):
        return clause_span(doc, verb.head, {t.i for t in verb.subtree})  # "as X noted, ..."
    if lemma in XCOMP_CUES:
        x = next((c for c in kids if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                               for g in c.children)), None) or _addressed(verb)
        if x is not None:
            obj = next((c for c in kids if c.dep_ == "dobj" and c.i < x.i), None) or _addressee(verb)
            span = clause_span(doc, x)
            if span is not None and obj is not None:  # "urged Congress to act": Congress to act
                span = doc[min(t.i for t in obj.subtree):span.end]
            return span
    cast = as_phrase(verb, any_cue=True)
    if cast is not None:
        return cast
    # "calling them a threat": the parser may take the one named for a dative
    obj = next((c for c in kids if c.dep_ == "dobj" or (c.dep_ == "dative" and lemma in NAMING_CUES)), None)
    second = second_object(verb, obj) if obj is not None and lemma in NAMING_CUES else None
    if second is not None:
        skip = {"nsubj", "aux", "neg", "advmod", "punct", "prep", "npadvmod", "cc", "conj", "advcl"}
        return clause_span(doc, verb, {verb.i} | {t.i for c in kids if c.dep_ in skip and c.i != second.i
                                                   for t in c.subtree})  # "called the deal a disaster"
    named = named_without_object(verb) if lemma in NAMING_CUES else None
    if named is not None:
        return named
    for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ in PREP_CUES.get(lemma, ())):
        obj = next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)
        if obj is not None:
            return _charge(verb, prep) or clause_span(doc, obj)
    if lemma in OBJECT_CUES or (lemma in OBJECT_CUES_IF_CUE and welcomed_news(verb)):
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ not in {"it", "this", "that", "so"}:
            return _object_span(doc, obj)
        if any(c.dep_ == "agent" for c in kids):  # passive: "the plan was criticized by X"
            subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                return clause_span(doc, subj)
            if verb.dep_ == "acl":  # "a view echoed by X"
                return clause_span(doc, verb.head, {t.i for t in verb.subtree})
    return None


def is_cue_verb(token: Token) -> bool:
    """A verb that attributes: saying, believing, taking a stance, or casting something as something."""
    return token.pos_ == "VERB" and (token.lemma_.lower() in CUE_LEMMAS or as_phrase(token) is not None
                                     or verbal_attack(token) or welcomed_news(token))


def welcomed_news(verb: Token) -> bool:
    """"welcomed the decision", "welcomed the ceasefire": welcoming a decision or a development takes a
    side on it; welcoming a person or a delegation is hosting them (a visit), no attribution."""
    if verb.lemma_.lower() != "welcome" or verb.pos_ != "VERB":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"}:
        return False
    return obj.lemma_.lower() not in GUESTS and not refs_for(verb.doc, obj, False)


# People one receives: "welcomed the delegation" hosts them.
GUESTS = {"delegation", "delegate", "visitor", "guest", "leader", "counterpart", "team", "official", "minister",
          "president", "envoy", "premier", "chancellor", "king", "queen", "prince", "crew", "troop", "refugee",
          "migrant", "athlete", "student", "pilgrim", "tourist", "people", "family", "participant"}


def verbal_attack(verb: Token) -> bool:
    """"attacked her rival for his record", "attacked Smith, saying ...": an attack on a person, for
    something or in words, is criticism; an attack on a place, a force or a state is a strike, and no
    attribution ("attacked the convoy for hours" is one too)."""
    if verb.lemma_.lower() != "attack" or verb.pos_ != "VERB":
        return False
    kids = list(verb.children)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    refs = refs_for(verb.doc, obj, False) if obj is not None else []
    if any(r.kind == "person" and (r.via != "unknown" or len(r.name.split()) > 1) for r in refs):
        return True  # a person known or named in full (the tagger's PERSON on one word may be a town)
    if any(r.kind in {"state", "place"} for r in refs) or (obj is not None and obj.ent_type_ in {"GPE", "LOC", "FAC"}):
        return False
    reason = any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in c.children) for c in kids)
    return reason or any(c.dep_ == "advcl" and c.lemma_.lower() in REPORT_VERBS and c.tag_ == "VBG" for c in kids)
