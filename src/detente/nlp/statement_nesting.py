"""Nested attributions: which of two statements, one inside what the other reports, stands on the record
("the ministry said Y told Z ...": Y's words, read in the ministry's report)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp import speech
from detente.records import ActorRef, Statement

VOICING_CUES = {"voice", "express", "reiterate", "convey", "thank"}  # words given, whatever their object
# naming something ("described the talks as "candid"", "called it a "provocation"") is words of one's own
NAMING_WORDS = speech.NAMING_CUES | speech.AS_CUES


def kept_reports(found: list[tuple[Statement, Token, Span]]) -> list[tuple[Statement, Token, Span]]:
    """The reported statements that stand on their own, of all the cues read."""
    # a belief or plan inside what someone is reported to say, or a cue borrowing the subject of the
    # one that reports it ("urged lawmakers to reject the bill"), is part of that content, not its own
    # attribution ("Stein said she plans to ..."); a source (an agency, a ministry, "according to X")
    # reporting what someone said ("the ministry said Y told Z ...") leaves the statement to that one.
    # (PolNeAR annotates the outer attribution too; an analyst's record keeps the one who spoke.)
    # Only an actor the engine identified takes the statement over: a document or an unnamed group
    # inside ("the commissioner says a review shows ...") leaves it to the one who reports it.
    cues = {cue.i for st, cue, _ in found if st.speaker is not None and st.speaker.actor_id is not None}
    return [(st, cue, span) for st, cue, span in found
            if not any(other is not cue and s.start <= cue.i < s.end and part_of_content(cue, other, s)
                       for _, other, s in found)
            and not (span.root.i in cues and span.root.lemma_.lower() in speech.REPORT_VERBS
                     and (cue.lower_ == "according" or not is_person(st.speaker)))
            and not source_of(cue, span, found)]


def part_of_content(cue: Token, outer: Token, content: Span) -> bool:
    """A cue inside what another reports is part of that content when it is a belief, or when it borrows
    the reporting cue's subject ("urged lawmakers to reject ..."); one joined to a verb whose subject stands
    inside the content ("X summoned the envoy and told him ..., the ministry said") is X's statement."""
    own_subject = any(c.dep_ == "nsubj" for c in cue.children)
    if cue.lemma_.lower() in speech.BELIEF_VERBS:
        # a view voiced with a subject of its own is words on record (_outermost settles who keeps them)
        return not (own_subject and cue.lemma_.lower() in VOICING_CUES)
    if own_subject:
        return False
    subject = speech.subject_of(cue)
    if outer.lower_ == "according" and subject is not None and not content.start <= subject.i < content.end:
        return False  # "X told Y that A and urged B to ..., according to Z": Z names a source, the urging is X's
    return not (cue.dep_ == "conj" and subject is not None and content.start <= subject.i < content.end
                and outer.i not in range(content.start, content.end))


def source_of(cue: Token, span: Span, found) -> bool:
    """"X said A, according to Reuters": a closing "according to" over words someone is reported to say
    (or over a clause whose verb another cue reports: "X told Y that A and urged B ..., according to Z")
    names where the article read them (a cited source), not another statement of A."""
    return cue.lower_ == "according" and any(
        other is not cue and other.i < cue.i and (s.start <= span.start and span.end <= s.end
                                                  or s.start <= span.root.i < s.end)
        for _, other, s in found)


def second_content(doc: Doc, span: Span) -> tuple[Token, ActorRef] | None:
    """"X told Y that A, but that B, according to Z": B, a second "that" clause the parser conjoined to
    the cue, is X's words too (Z is where the article read them); (cue, speaker) or None."""
    root = span.root
    cue = root.head
    if root.dep_ != "conj" or not speech.is_cue_verb(cue) or \
            not any(c.dep_ == "mark" and c.lower_ == "that" for c in root.children):
        return None
    speaker = speech.speaker_ref(doc, speech.subject_of(cue))
    return (cue, speaker) if speaker is not None else None


def is_person(ref: ActorRef | None) -> bool:
    """The speaker is a person the engine identified."""
    return ref is not None and (ref.actor_id or "").startswith("person:")


def _reports(cue: Token | None) -> bool:
    """A cue that passes on what was said ("said", "reported", "according to"), not a stance taken."""
    return cue is not None and (cue.lower_ == "according" or cue.lemma_.lower() in speech.REPORT_VERBS
                                and cue.lemma_.lower() not in speech.STANCE_VERBS)


def relays(outer, read) -> bool:
    """"Aide X told reporters that Putin had thanked the pope": a person who only passes on (says, tells,
    adds) what a known person of the same side said or did in words relays it; the words are that person's."""
    # (a closing cue parsed inside the clause before it, "... and said A, Ushakov said", relays nothing; one
    # side's account of what the other side's leader said, "Trump said the prince had asked him ...", is
    # the teller's own claim)
    return is_person(read[0].speaker) and _reports(outer[1]) and read[1] is not None and \
        read[1].i < read[2].start and read[0].speaker.actor_id != outer[0].speaker.actor_id and \
        read[0].speaker.country is not None and read[0].speaker.country == outer[0].speaker.country


def _describes_only(read) -> bool:
    """"stopping short of the promise X had described": a cue in a clause that only describes a noun of the
    report, its content that noun, says nothing of its own there."""
    cue = read[1]
    return cue is not None and cue.dep_ == "relcl" and read[2].start <= cue.head.i < read[2].end


def outermost(reads: list[tuple[Statement, Token | None, Span]]) -> list[Statement]:
    """One attribution per word: a statement whose cue stands inside what another is reported to say ("X
    said the mayor had called the plan "reckless"") is part of that content, told in X's words, unless
    the outer one is a body or document reporting what a known actor said ("the ministry said Y told Z
    ..."), or a person relaying a known person's words (see relays): then the statement is Y's and the
    report is where the article read it."""
    def inside(read, outer) -> bool:
        cue, span = read[1], outer[2]
        return read is not outer and cue is not None and span.start <= cue.i < span.end and not (
            outer[1] is not None and read[2].start <= outer[1].i < read[2].end)

    def takes_over(read, outer) -> bool:
        # only what someone said takes over (a clause): "agreed to a "TOTAL TRUCE"" names no words of theirs
        # and so does a view voiced or expressed ("said X had voiced serious concern about ..."), or a name
        # given inside a report ("described the talks as "candid", Xinhua reported"; not "leaders denounced
        # what X called ...", a stance of their own taken on the thing named)
        said = any(t.pos_ in {"VERB", "AUX"} for t in read[2]) or \
            (read[1] is not None and read[1].lemma_.lower() in VOICING_CUES) or \
            (read[1] is not None and read[1].lemma_.lower() in NAMING_WORDS and _reports(outer[1]))
        # (the same speaker's second verb, "said it was concerned and urged ...", and a cue in a clause that
        # only describes a thing in the report, "the promise X had described", take nothing over)
        return read[0].speaker is not None and read[0].speaker.actor_id is not None and \
            (not is_person(outer[0].speaker) or relays(outer, read)) and said and \
            (outer[0].speaker is None or read[0].speaker.actor_id != outer[0].speaker.actor_id) and \
            not _describes_only(read)

    return [r[0] for r in reads
            if not any(inside(r, o) and not takes_over(r, o) for o in reads)
            and not any(inside(i, r) and takes_over(i, r) for i in reads)]
