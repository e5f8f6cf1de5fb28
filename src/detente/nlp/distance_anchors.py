"""Distance clauses ("eight days after X struck Y") that nlp/distance_dates.py, which reads those hung on an
event's own trigger or repeats, leaves unread: told of a mention that is no event of its own ("The signing
came ...", "His announcement came hours after ...": the mention stands for the dated act told before), of a
verb with a day of its own ("appeared to be holding on Wednesday, a day after ..."), or naming acts the
clause's verb governs ("after X threatened to impose a levy"). Each joined clause counts its own distance;
hours away are the anchor's own day.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft
from detente.records import DateValue

SIGNS = {"after": -1, "before": 1}  # "eight days after X": X lies eight days earlier
UNITS = {"hour", "day", "week", "month", "year"}
# the ways down from the clause's verb to the acts it tells ("threatened to impose a levy", "struck X, an attack"),
# by the kind of word: not into what an act is about ("accused Y of breaking the truce")
NAMING_DEPS = {"VERB": {"nsubj", "nsubjpass", "dobj", "xcomp", "conj"}, "ADP": {"pobj", "pcomp"},
               "NOUN": {"appos", "conj"}}
MENTION_DETS = {"the", "this", "that", "his", "her", "its", "their"}
PLACING = {"after", "before", "since"}
REACH = 2  # sentences back a mention may look for the act it names


def _distance(clause: Token, mark: Token, verb: Token) -> Token | None:
    """The distance noun of a clause or phrase ("eight days after ..."), hung on the clause or on "after", or
    on the verb just before "after" ("came a day after X accused Y": the parser may hang "day" on "came")."""
    found = next((c for c in list(clause.children) + list(mark.children)
                  if c.dep_ == "npadvmod" and c.lemma_.lower() in UNITS), None)
    return found or next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() in UNITS
                          and c.right_edge.i + 1 == mark.i), None)


def _distance_marks(verb: Token) -> list[tuple[Token, Token, Token]]:
    """The "after" word, the clause or phrase it ties to `verb` and the distance noun of each distance
    phrase on `verb` ("came eight days after [X struck Y]"; "a day after X and twelve days after Y" are two)."""
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in SIGNS:
            found.append((child, child, _distance(child, child, verb)))
        elif child.dep_ == "advcl":
            for clause in [child, *child.conjuncts]:
                mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in SIGNS), None)
                if mark is not None:
                    found.append((mark, clause, _distance(clause, mark, verb)))
    return [f for f in found if f[2] is not None]


def _named(clause: Token) -> list[Token]:
    """The words of the clause that may carry its acts: its verb and what hangs on it by argument links
    (not a joined clause with a distance of its own)."""
    found, todo = [], [clause]
    while todo:
        node = todo.pop()
        found.append(node)
        deps = NAMING_DEPS.get("NOUN" if node.pos_ == "PROPN" else node.pos_, set())
        todo += [c for c in node.children if c.dep_ in deps
                 and not any(g.dep_ == "mark" and g.lower_ in SIGNS for g in c.children)]
    return found


def _mention(verb: Token) -> Token | None:
    """"The signing came ...", "His announcement came ...": a definite noun subject of the verb."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    return subj if any(c.lower_ in MENTION_DETS for c in subj.children if c.dep_ in {"det", "poss"}) else None


def _day_dated(d: Draft) -> bool:
    return d.date is not None and d.date.precision == "day" and bool(d.date.value)


def _told_act(mention: Token, drafts: list[Draft]) -> Draft | None:
    """The dated act a mention names: the last one told with a word of its stem ("signed" for "the signing"),
    else the last day-dated act of the sentences just before."""
    earlier = [d for d in drafts if _day_dated(d) and d.token.i < mention.sent.start]
    stem = mention.lemma_.lower()[:4]
    same = [d for d in earlier if len(stem) == 4 and d.token.lemma_.lower().startswith(stem)]
    if same:
        return same[-1]
    sents = list(mention.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start == mention.sent.start)
    floor = sents[max(0, here - REACH)].start
    near = [d for d in earlier if d.token.i >= floor and not _placed_elsewhere(d.token)]
    return near[-1] if near else None


def _placed_elsewhere(token: Token) -> bool:
    """The act is told inside an "after", "before" or "since" clause or phrase ("twelve days after X began
    bombing Y"): background placed from another moment, not the act a later mention names."""
    node = token
    while True:
        if any(c.dep_ == "mark" and c.lower_ in PLACING for c in node.children) or \
                (node.dep_ in {"pobj", "pcomp"} and node.head.lower_ in PLACING):
            return True
        if node.head.i == node.i:
            return False
        node = node.head


def _distance_value(anchor: DateValue, distance: Token, sign: int) -> DateValue | None:
    """The date a distance phrase puts the named act at: hours away is the anchor's own day."""
    from detente.events.anchored_dates import distance_from
    if distance.lemma_.lower() == "hour":
        return DateValue(value=anchor.value, precision="day", text=distance.text) if anchor.value else None
    doc = distance.doc
    return distance_from(anchor, doc[distance.left_edge.i:distance.i + 1].text, sign)


def _participle_governor(verb: Token) -> list[Token]:
    """"entered the compound on Friday, some climbing the walls, hours after X": a trailing participle clause
    with no mark of its own happens at its governor's moment, so the governor's day is the participle's."""
    head = verb.head
    trailing = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i and head.pos_ in {"VERB", "AUX"}
    return [head] if trailing and not any(c.dep_ in {"mark", "aux"} for c in verb.children) else []


def _anchor_day(verb: Token, drafts: list[Draft], at: dict[int, Draft],
                own: set[int]) -> tuple[DateValue, Draft | None] | None:
    """The day a distance clause on `verb` counts from, with the act that has it: the verb's own event, else
    the act its mention subject names, else a day hung on the verb or on the verb it is told through
    ("appeared to be holding on Wednesday, a day after ...")."""
    if verb.i in at:
        return (at[verb.i].date, at[verb.i]) if _day_dated(at[verb.i]) else None
    mention = _mention(verb)
    act = _told_act(mention, drafts) if mention is not None and mention.i not in own else None
    if act is not None:
        return act.date, act
    from detente.nlp.event_dates import verb_day  # event_dates imports this module
    for v in [verb] + [c for c in verb.children if c.dep_ == "xcomp"] + _participle_governor(verb):
        day = verb_day(v.doc, v)
        if day is not None and day.precision == "day" and day.value:
            return day, None
    return None


def date_distance_clauses(drafts: list[Draft]) -> None:
    """"The signing came eight days after X struck Y", "flew to Z on Friday, four days after X threatened to
    impose a levy": the acts the distance clause names are dated from the act it counts from."""
    own = {d.token.i for d in drafts} | {t.i for d in drafts for t in d.repeats}
    at = {d.token.i: d for d in drafts}
    sents = sorted({d.token.sent.start: d.token.sent for d in drafts}.items())
    for verb in (t for _, sent in sents for t in sent if t.pos_ in {"VERB", "AUX"}):  # text order
        found = _distance_marks(verb)
        anchor = _anchor_day(verb, drafts, at, own) if found else None
        for mark, clause, distance in found if anchor is not None else []:
            day, act = anchor
            value = _distance_value(day, distance, SIGNS[mark.lower_])
            for d in (at[t.i] for t in _named(clause) if t.i in at and at[t.i] is not act):
                if value is not None and (d.date is None or d.date == day):
                    d.date = value
