"""Statement component: quotes with speaker, cue, date, venue, stance and who emphasises them."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.answer_frames import answer_frame
from detente.nlp.coordinated_claims import split_coordinated
from detente.nlp.doc_cache import doc_text
from detente.nlp.joined_acts import split_joined
from detente.nlp.speaking_frames import framed_venue
from detente.nlp.stance import lexical_stance
from detente.nlp.stance_held import quoted_condition
from detente.nlp.statement_dating import at_engagement, date_from_events, lede_day, venue_from_occasion
from detente.nlp.statement_emphasis import echoed_by
from detente.nlp.statement_meetings import placed_at_meeting
from detente.nlp.statement_nesting import outermost
from detente.nlp.statement_occasions import told_in_writing, written_only
from detente.nlp.statement_quotes import quoting_clause, read_statement
from detente.nlp.statement_reports import reported_statements
from detente.nlp.statement_scenes import scene_venue
from detente.nlp.turned_claims import split_turned


@Language.component("detente_statements")
def statements_component(doc: Doc) -> Doc:
    """Doc -> Doc: fills doc._.statements from quotes (marked by the layout component) and reported speech."""
    reads, used = [], set()
    for quote in doc._.quote_spans or []:
        if any(t._.skip for t in quote):
            continue
        read = read_statement(doc, quote)
        if read is None:
            continue
        statement, cue = read
        clause = quoting_clause(doc, quote, cue)
        if clause is not None:
            if cue.i not in used:  # one statement for the clause, however many fragments it quotes; the
                # first fragment's reading (stance, date, venue) stands: the quoted words are the pointed ones,
                # unless they take no side ("said the "new measures" would provoke a war", "vowed to hunt
                # them down "to the last man"")
                pointed = statement.stance != "neutral" and not quoted_condition(clause, quote)
                stance = statement.stance if pointed else lexical_stance(clause)
                whole = replace(statement, quote=re.sub(r"[\s,.;:]+$", "", clause.text), stance=stance)
                reads.append((whole, cue, clause))
            used.add(cue.i)
            continue
        reads.append((statement, cue, quote))
        if cue is not None:
            used.add(cue.i)
    # "said A, but that B", "said A and urged B", "said that A and that B": one statement per claim
    reads = split_coordinated(split_turned(split_joined(reads + reported_statements(doc, used))))
    statements = sorted(outermost(reads), key=lambda s: s.evidence.start)
    cues = {id(st): cue for st, cue, _ in reads}
    for st in statements:
        st.emphasized_by = st.emphasized_by or (echoed_by(doc, st) if st.direct else None)
        at_engagement(doc, st, cues.get(id(st)), doc._.events or [])
    for st in statements:
        when, where = answer_frame(doc, st) if st.date is None or st.venue is None else (None, None)
        st.date, st.venue = st.date or when, st.venue or where
    date_from_events(statements, doc._.events or [], doc_text(doc), lede_day(doc))
    for st in statements:
        st.venue = st.venue or framed_venue(doc, st)
    venue_from_occasion(statements, doc_text(doc), {id(st) for st in statements if told_in_writing(cues.get(id(st)))})
    for st in statements:
        st.venue = placed_at_meeting(st, doc._.events or [], doc)
        st.venue = None if written_only(st.venue) else st.venue
        st.venue = st.venue or scene_venue(doc, st, cues.get(id(st)))
    doc._.statements = statements
    return doc
