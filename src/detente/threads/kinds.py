"""What kind of engagement an event reports (call, meeting, summit, visit, ...), from its type, mode and trigger.

A thread groups events of one kind *family*: a "summit" and a "meeting" between the same leaders
on the same day are one engagement, a phone call and a visit are not. Verbal acts that happen
inside an engagement (accusations, demands, threats, praise) do not start threads of their own.
"""

from __future__ import annotations

from typing import Any

# Trigger surface forms -> lemma, for the words the event lexicon uses (spaCy's lemma is not stored).
_IRREGULAR = {
    "met": "meet", "spoke": "speak", "spoken": "speak", "flew": "fly", "flown": "fly",
    "held": "hold", "went": "go", "gone": "go", "signed": "sign", "drills": "drill",
    "talks": "talk", "calls": "call", "visits": "visit", "sanctions": "sanction",
    "exercises": "exercise", "tariffs": "tariff", "hosts": "host", "meetings": "meeting",
    "summits": "summit", "trips": "trip", "strikes": "strike", "attacks": "attack",
    "negotiations": "negotiation", "consultations": "consultation", "discussions": "discussion",
}

CALL_WORDS = {"call", "phone", "telephone", "videoconference", "videocall", "teleconference"}
SUMMIT_WORDS = {"summit"}
VISIT_WORDS = {"visit", "trip", "travel", "fly", "tour", "host", "go"}
FORUM_WORDS = {"attend", "attendance", "participation", "participate", "forum", "conference"}
MEETING_WORDS = {"meet", "meeting", "talk", "negotiate", "negotiation", "consult", "consultation",
                 "confer", "audience", "discuss", "discussion", "dialogue", "session", "conversation",
                 "speak", "encounter", "hold"}
EXERCISE_WORDS = {"exercise", "drill", "maneuver", "manoeuvre", "wargame", "patrol"}

KNOWN = (CALL_WORDS | SUMMIT_WORDS | VISIT_WORDS | FORUM_WORDS | MEETING_WORDS | EXERCISE_WORDS
         | {"parade", "tariff", "sanction", "sign", "agree", "deploy", "strike", "attack"})

# Kinds that are the same engagement when parties, dates and places agree.
FAMILY = {"summit": "meeting", "meeting": "meeting"}

# Event types that never start a thread: verbal acts inside an engagement.
NOT_THREADED = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "PROTEST", "SUPPORT", "CONCEDE"}

IN_PERSON = {"meeting", "summit", "visit", "forum attendance"}

# Tie-break when one thread holds several kinds of one family: the more specific wins.
SPECIFICITY = {"summit": 2, "meeting": 1}


def lemma(trigger: str | None) -> str:
    """A trigger word's lemma, good enough for the event lexicon ("met" -> "meet", "talks" -> "talk")."""
    word = (trigger or "").strip().lower()
    if not word:
        return ""
    word = word.split()[-1]
    if word in _IRREGULAR or word in KNOWN:
        return _IRREGULAR.get(word, word)
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            stem = word[: -len(suffix)] + repl
            options = [stem, stem + "e"]
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
                options.append(stem[:-1])  # "planned" -> "plan"; "called" stays "call"
            return next((o for o in options if o in KNOWN), options[-1] if len(options) == 3 else stem)
    return word


def consult_kind(mode: str | None, word: str) -> str:
    """The kind of a CONSULT event: call, summit, visit, forum attendance or meeting."""
    if mode == "phone" or word in CALL_WORDS:
        return "call"
    if word in SUMMIT_WORDS:
        return "summit"
    if word in VISIT_WORDS:
        return "visit"
    if word in FORUM_WORDS:
        return "forum attendance"
    if word in MEETING_WORDS:
        return "meeting"
    return {"visit": "visit", "multilateral": "forum attendance"}.get(mode or "", "meeting")


def kind_of(event: dict[str, Any]) -> str | None:
    """The engagement kind of an event (readout JSON form), or None when it does not start a thread."""
    type_ = event.get("type")
    if type_ in NOT_THREADED or not type_:
        return None
    mode, word = event.get("mode"), lemma(event.get("trigger"))
    if type_ == "CONSULT":
        return consult_kind(mode, word)
    if type_ == "AGREE":
        return "agreement"
    if type_ == "SANCTION":
        return {"expel": "expulsion"}.get(mode or "", "tariff" if word == "tariff" else "sanction")
    if type_ in ("MOBILIZE", "COOPERATE") and word in EXERCISE_WORDS:
        return "exercise"
    if type_ == "MOBILIZE":
        return "parade" if word == "parade" else "deployment"
    if type_ == "COOPERATE":
        return "cooperation"
    if type_ == "AID":
        return "aid"
    if type_ == "RETREAT":
        return {"ceasefire": "ceasefire", "withdraw": "withdrawal", "release": "release"}.get(mode or "",
                                                                                        "de-escalation")
    if type_ == "ASSAULT":
        return "attack"
    if type_ == "COERCE":
        return {"arrest": "arrest", "seize": "seizure"}.get(mode or "", "coercion")
    return type_.lower()


def family(kind: str) -> str:
    """The family a kind links within (summit and meeting are one family)."""
    return FAMILY.get(kind, kind)


def thread_kind(kinds: list[str]) -> str:
    """A thread's kind from its events' kinds: the most specific, then the most frequent."""
    if not kinds:
        return "meeting"
    return max(set(kinds), key=lambda k: (SPECIFICITY.get(k, 0), kinds.count(k), k))
