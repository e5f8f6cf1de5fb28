"""Who makes a state's act known in the sentence after it: "Rwanda broke off relations with Belgium on Monday.
|| In a statement, the Rwandan foreign ministry said ...", "Spain has withdrawn its ambassador. || Foreign
Minister X announced the step on Tuesday". A news lead tells the act with the state's name, and the next
sentence names who spoke for that state; the speaker takes part in the act on the state's acting side.
The link must be clear: the act is its sentence's main clause and that sentence opens its paragraph (a
lead), or the next sentence names the act again with a summing noun ("announced the decision").
Runs inside `event_links.settle`, after the tellers of an act's own sentence are joined.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.nlp.antecedents import mention_of
from detente.nlp.clause_people import clause_verb
from detente.nlp.doc_cache import doc_text, sentence_index, sentences
from detente.nlp.events import Draft
from detente.nlp.reported_people import TELLING_LEMMAS, speaker_ref
from detente.nlp.sides import inherited_subject
from detente.nlp.subject_actors import SUMMARY_NOUNS

STATE_KINDS = {"state", "place"}  # a side naming its country only so: no person or body speaks for it yet


def _clause_head(token: Token) -> Token:
    """The first of the conjoined verbs that tell the act ("retaliate and called": retaliate)."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _telling_verb(token: Token) -> Token | None:
    """The verb of telling whose reported clause tells the act ("X said it was ending ..."), if any."""
    verb = _clause_head(token)
    return verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in TELLING_LEMMAS else None


def _main_clause(token: Token) -> bool:
    """The act is told by its sentence's main verb, a verb conjoined with it, or the clause a telling main verb
    reports ("X said it was ending ..."); not a clause of time or cause ("a day after Y expelled ...")."""
    return (_telling_verb(token) or _clause_head(token)).dep_ == "ROOT"


def _opens_paragraph(sent: Span) -> bool:
    """The sentence is the first of its paragraph: what comes before it there holds no verb (a dateline,
    "COPENHAGEN —", may be cut off as a sentence of its own)."""
    start = doc_text(sent.doc).rfind("\n", 0, sent.start_char) + 1
    return not any(s.start_char >= start and s.start < sent.start and any(t.pos_ in {"VERB", "AUX"} for t in s)
                   for s in sentences(sent.doc))


def _subject_states(d: Draft) -> set[str]:
    """The states whose act the subject tells without a person of them ("Rwanda broke off ...", "Niger's
    military government revoked ..."): a person as subject speaks for the state already (a recalled envoy
    on the side is no teller of the act)."""
    verb = clause_verb(d.token)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or inherited_subject(verb)
    refs = [m._.ref for s in subjects for t in s.subtree if (m := mention_of(d.token.doc, t)) is not None]
    return {r.country for r in refs if r.country and r.kind != "person"} - \
        {r.country for r in refs if r.kind == "person"}


def _names_again(verb: Token) -> bool:
    """"announced the step", "confirmed the decision": the telling verb's object sums up an act told before."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SUMMARY_NOUNS for c in verb.children)


def _next_teller(sent: Span):
    """The verb of telling that heads the next sentence and the person or body its subject names, if any."""
    sents = sentences(sent.doc)
    i = sentence_index(sent.doc).get(sent.start)
    if i is None or i + 1 >= len(sents):
        return None, None
    verb = sents[i + 1].root
    if verb.lemma_.lower() not in TELLING_LEMMAS:
        return None, None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(iter(inherited_subject(verb)), None)
    return verb, speaker_ref(sent.doc, subject) if subject is not None else None


def _reports_own(d: Draft) -> bool:
    """The act's own sentence has its teller already: "the ministry said Moscow would retaliate" (a state
    telling its own act, "Chad said it was ending ...", is no teller of a name)."""
    verb = _telling_verb(d.token)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None:
        return False
    refs = [m._.ref for t in subject.subtree if (m := mention_of(d.token.doc, t)) is not None]
    return not refs or any(r.kind not in STATE_KINDS for r in refs)


def _told_before(verb: Token) -> bool:
    """"had said on Friday": a telling set before the news, about something else than the act just told."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) and verb.tag_ == "VBN"


def _names_doer(verb: Token, own: set[str]) -> bool:
    """The teller names another doer of its state: "the Foreign Office said the military had carried out
    strikes" tells who struck; the office only speaks."""
    told = [c for c in verb.children if c.dep_ == "ccomp"]
    subjects = [s for c in told for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    refs = [m._.ref for s in subjects for t in s.subtree if (m := mention_of(verb.doc, t)) is not None]
    return any(r.kind not in STATE_KINDS and r.country in own for r in refs)


def _other_day(d: Draft, sent: Span) -> bool:
    """The teller's sentence dates its telling to a day the act did not take ("X had asked last week. || On
    Tuesday, its ministry said ..."): a later comment, not the act's announcement."""
    if d.date is None or not d.date.first:
        return False
    days = [s._.date for s in sent.doc.spans.get("dates", []) if sent.start <= s.start < sent.end and s._.date]
    return any(v.first and v.last and (v.first > d.date.last or v.last < d.date.first) for v in days)


def join_next_tellers(drafts: list[Draft]) -> None:
    """Add the next sentence's teller to the acting side of an act its state does, told as a lead or named again."""
    for d in drafts:
        own = _subject_states(d) & {r.country for r in d.source}
        if not own or not _main_clause(d.token) or _reports_own(d):
            continue
        verb, ref = _next_teller(d.sent)
        if ref is None or ref.country not in own or any(r.actor_id == ref.actor_id for r in d.source + d.target) \
                or _names_doer(verb, own) or _told_before(verb):
            continue
        if (_opens_paragraph(d.sent) or _names_again(verb)) and not _other_day(d, verb.sent):
            d.source.append(ref)
