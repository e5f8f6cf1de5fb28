"""The word lists attribution reads by (speech.py): verbs of saying, of making public, of believing and of
taking a stance; the cues that take an infinitive, an object or a preposition; nouns naming what is said."""

from __future__ import annotations

from detente.nlp.stance import RATING_VERBS  # grading on a scale: "X rated the talks a 10"

# Verbs of saying, writing and communicating that report what someone said.
REPORT_VERBS = {
    "say", "tell", "state", "add", "note", "warn", "insist", "stress", "assert", "claim", "argue", "write",
    "announce", "pledge", "vow", "promise", "remark", "caution", "affirm", "reiterate", "emphasize",
    "emphasise", "acknowledge", "accuse", "explain", "report", "tweet", "post", "reply", "respond",
    "answer", "confirm", "deny", "admit", "concede", "suggest", "propose", "predict", "urge", "ask",
    "demand", "recall", "observe", "complain", "allege", "charge", "contend", "maintain", "testify",
    "mention", "reveal", "disclose", "indicate", "hint", "boast", "brag", "joke", "quip", "declare",
    "counter", "retort", "conclude", "advise", "recommend", "assure", "reassure", "remind", "inform",
    "threaten", "repeat", "proclaim", "protest", "estimate", "forecast", "signal", "agree", "disagree",
    "point", "speculate", "lament", "concur", "question", "wonder", "cite", "dismiss", "describe",
    "call", "blame", "criticize", "criticise", "praise", "condemn", "blast", "slam", "reject",
    "characterize", "characterise", "find", "rule", "decide", "instruct",
    "order", "tout", "suggest", "clarify", "specify", "guarantee", "insinuate", "imply", "muse",
    "shout", "yell", "scream", "whisper", "plead", "beg", "implore", "appeal", "press", "encourage",
    "emphasise", "highlight", "underline", "underscore", "discuss", "predict", "project",
    "opine", "theorize", "posit", "continue", "echo", "sing", "chant", "speak", "talk", "show",
    "refer", "quote", "invoke", "lash",
    # owning a wrong in words ("apologised that the crash had happened")
    "apologize", "apologise",
}
# Acts of making something public or putting it to someone, which PolNeAR counts as attributions as well:
# "X issued a warning", "X thanked the voters", "X unveiled a plan", "X compared him to ...".
PUBLIC_VERBS = {"offer", "issue", "release", "publish", "unveil", "share", "thank", "compare", "promote",
                "reaffirm", "comment", "request", "recount", "pronounce", "identify", "name", "convey"}
REPORT_VERBS |= PUBLIC_VERBS
# Of those, the verbs with a plain physical sense ("released two sailors", "offered aid", "named an envoy"):
# without a clause they attribute only when what they make public is a message.
LITERAL_PUBLIC_VERBS = {"offer", "issue", "release", "publish", "unveil", "share", "promote", "identify", "name",
                        "convey"}
MESSAGE_NOUNS = {
    "statement", "warning", "report", "plan", "proposal", "apology", "appeal", "message", "letter", "declaration",
    "communique", "readout", "response", "reply", "comment", "remark", "criticism", "praise", "assessment",
    "forecast", "guidance", "ultimatum", "denial", "condemnation", "call", "thanks", "note", "notice", "advisory",
    "alert", "post", "video", "book", "memoir", "article", "editorial", "analysis", "study", "survey", "poll",
    "finding", "estimate", "detail", "view", "opinion", "vision", "position", "assurance", "promise", "pledge",
    "threat", "demand", "order", "decree", "directive", "ruling", "verdict", "summary", "transcript", "speech",
    "address", "answer", "explanation", "account", "version", "story", "evidence", "document", "guideline",
    "agenda", "roadmap", "blueprint", "framework", "strategy", "policy", "platform", "manifesto", "initiative",
    "idea", "thought", "concern", "condolence", "congratulation", "greeting", "support", "endorsement", "tribute",
    "gratitude", "regret", "sympathy",
}
# Verbs of believing, knowing, fearing and wanting: the subject holds the clause ("X believes that ...").
BELIEF_VERBS = {
    "think", "believe", "feel", "fear", "hope", "worry", "expect", "doubt", "suspect", "know",
    "understand", "realize", "realise", "recognize", "recognise", "assume", "consider", "figure",
    "reckon", "imagine", "wish", "want", "plan", "intend", "prefer", "learn", "estimate", "anticipate",
    "envision", "foresee", "remember",
}
# Verbs of stance and intention: taking a side on something ("X endorsed Y", "X defended the plan") or
# setting out to do it ("X refused to testify", "X sought to ..."). They attribute a position, as beliefs
# do, so like beliefs they are the speaker's own only outside what someone else is reported to say.
STANCE_VERBS = {"endorse", "support", "oppose", "defend", "denounce", "decry", "mock", "ridicule", "deride",
                "applaud", "hail", "congratulate", "bemoan", "express", "voice", "disavow", "champion", "favor",
                "favour", "advocate", "side", "distance"}
INTENT_VERBS = {"seek", "refuse", "decline", "vote", "aim", "strive", "push"}
# Verbs of attacking someone in words: "X rebuked Y", "X railed against Y".
CENSURE_VERBS = {"rebuke", "berate", "scold", "chide", "lambaste", "castigate", "excoriate", "assail", "rail"}
STANCE_VERBS |= CENSURE_VERBS
BELIEF_VERBS |= STANCE_VERBS | INTENT_VERBS | RATING_VERBS
CUE_LEMMAS = REPORT_VERBS | BELIEF_VERBS
# Cues whose content is an infinitive clause: "X urged Y to ...", "X vowed to ...".
XCOMP_CUES = {"urge", "ask", "call", "vow", "pledge", "promise", "threaten", "demand", "agree", "tell", "warn",
              "advise", "order", "instruct", "press", "encourage", "appeal", "beg", "implore", "plead",
              "want", "hope", "expect", "plan", "intend", "wish", "prefer", "claim", "remind", "decide"} | INTENT_VERBS
# Cues whose content can be their object: "X denied the report", "X announced new sanctions", "the
# poll shows a close race".
OBJECT_CUES = {"show", "deny", "confirm", "announce", "reveal", "disclose", "predict", "propose", "cite",
               "dismiss", "reject", "question", "stress", "emphasize", "emphasise", "reiterate", "underline",
               "underscore", "highlight", "affirm", "acknowledge", "admit", "recommend", "describe",
               "criticize", "criticise", "praise", "condemn", "blast", "slam", "discuss",
               "mention", "estimate", "forecast", "demand", "want", "tout", "blame", "accuse", "echo", "quote",
               "invoke", "seek"} | STANCE_VERBS
# Cue verb + preposition whose object is the content: "X called for ...", "X warned of ...".
PREP_CUES = {"call": {"for", "on"}, "warn": {"of", "about", "against"}, "insist": {"on"}, "complain": {"about", "of"},
             "speak": {"of", "about"}, "talk": {"about"}, "point": {"to"}, "argue": {"for", "against"},
             "accuse": {"of"}, "blame": {"for"}, "criticize": {"for"}, "criticise": {"for"},
             "praise": {"for"}, "hint": {"at"}, "worry": {"about"}, "push": {"for"},
             "refer": {"to"}, "lash": {"at"}, "vote": {"for", "against"}, "rail": {"against", "at"},
             "attack": {"for"}}
# Cues whose object is the content when the verb attributes at all (see welcomed_news).
OBJECT_CUES_IF_CUE = {"welcome"}
# Cues naming something as something: "X called the deal a disaster".
NAMING_CUES = {"call", "label", "brand", "describe", "dub", "deem", "consider", "characterize", "characterise"} \
    | RATING_VERBS
# Cues casting something as something: "X cast her rival as a radical", "voters see him as honest".
AS_CUES = {"cast", "portray", "paint", "see", "view", "regard", "describe", "characterize", "characterise",
           "depict", "present", "frame", "label", "brand"}
# Nouns naming what someone said or holds ("X's claim that ...").
CUE_NOUNS = {"assertion", "remark", "remarks", "statement", "warning", "pledge", "claim", "claims", "comment",
             "comments", "vow", "promise", "declaration", "allegation", "allegations", "accusation",
             "accusations", "charge", "argument", "belief", "view", "suggestion", "proposal", "prediction",
             "admission", "denial", "insistence", "contention", "demand", "threat", "message", "announcement",
             "promises", "fear", "fears", "hope", "hopes", "assurance", "assurances", "insinuation",
             "complaint", "criticism", "position", "testimony", "report", "conclusion", "finding", "idea"}
PERSONAL = {"he", "she", "they", "we", "i", "you"}
RELATIVE = {"who", "which", "that"}
NOT_SPEAKERS = {"it", "this", "that", "what", "there", "these", "those", "which", "something", "nothing",
                "anything", "everything", "one", "question", "answer", "truth", "result", "fact", "idea",
                "problem", "reason", "point", "goal", "aim", "plan", "difference", "issue"}
NAME_DEPS = {"compound", "amod", "poss", "nmod", "nummod", "quantmod", "det", "case", "predet"}
