"""Wordings of RETREAT, SUPPORT, CONCEDE, SANCTION, ACCUSE and COERCE taken from the PLOVER manual's category
descriptions and mode tables (detente.nlp.trigger_breadth and the lexicon in detente.events.ontology). Every
sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,type_,mode", [
    # RETREAT 'disarm': weapons handed in, given up, decommissioned
    ("The militia handed in its weapons at the collection point.", "handed", "RETREAT", "disarm"),
    ("The rebels surrendered their arsenal to the monitors.", "surrendered", "RETREAT", "disarm"),
    ("Libya gave up its chemical weapons in 2004.", "gave", "RETREAT", "disarm"),
    ("The former guerrillas decommissioned their rifles last year.", "decommissioned", "RETREAT", "disarm"),
    ("Kazakhstan dismantled its nuclear arsenal in the 1990s.", "dismantled", "RETREAT", "disarm"),
    # RETREAT 'release' and 'resign'
    ("The kidnappers set the two engineers free on Sunday.", "set", "RETREAT", "release"),
    ("The defence minister quit his post after the scandal.", "quit", "RETREAT", "resign"),
    ("The foreign minister quit as party leader on Monday.", "quit", "RETREAT", "resign"),
    ("The prime minister tendered his resignation to the king.", "resignation", "RETREAT", "resign"),
    ("The emir announced his abdication in a televised address.", "abdication", "RETREAT", "resign"),
    ("The monarch abdicated in favour of his son.", "abdicated", "RETREAT", "resign"),
    # CONCEDE: positions given up, acquittals, giving in
    ("Ankara withdrew its objection to the two countries joining the alliance.", "withdrew", "CONCEDE", None),
    ("The government withdrew its demand for compensation.", "withdrew", "CONCEDE", None),
    ("Tokyo abandoned its claim to the fishing grounds.", "abandoned", "CONCEDE", None),
    ("The appeals court acquitted the opposition leader.", "acquitted", "CONCEDE", None),
    ("The junta finally gave in to the strikers.", "gave", "CONCEDE", None),
    ("The governor commuted the death sentences of six prisoners.", "commuted", "CONCEDE", None),
    # SANCTION 'expel'
    ("The council suspended Moscow's membership in March.", "suspended", "SANCTION", "expel"),
    # ACCUSE 'disapprove'
    ("Seoul expressed outrage at the missile launch.", "outrage", "ACCUSE", "disapprove"),
    ("The ministry voiced displeasure over the port visit.", "displeasure", "ACCUSE", "disapprove"),
    ("The foreign minister decried the arrests as unjust.", "decried", "ACCUSE", "disapprove"),
    ("The assembly censured the envoy for his remarks.", "censured", "ACCUSE", "disapprove"),
    ("Canberra objected to the new patrols in the strait.", "objected", "ACCUSE", "disapprove"),
    # SUPPORT said aloud
    ("Kenya expressed gratitude for the emergency relief.", "gratitude", "SUPPORT", None),
    ("Paris threw its weight behind the peace plan.", "threw", "SUPPORT", None),
    ("The foreign minister lauded the ceasefire deal.", "lauded", "SUPPORT", None),
    ("The plan won the endorsement of the Arab League.", "endorsement", "SUPPORT", None),
    # COERCE: services withheld, outlets blocked, people rounded up
    ("The authorities cut off the internet in the restive province.", "cut", "COERCE", "withhold"),
    ("The regulator blocked several opposition websites.", "blocked", "COERCE", "censor"),
    ("Police rounded up dozens of activists overnight.", "rounded", "COERCE", "arrest"),
    ("Customs officers impounded the tanker at the port.", "impounded", "COERCE", "seize"),
    # RETREAT 'withdraw'
    ("The rebels abandoned their positions outside the town.", "abandoned", "RETREAT", "withdraw"),
    ("Government troops left the city on Thursday.", "left", "RETREAT", "withdraw"),
    ("The army handed over control of the airbase to the police.", "handed", "RETREAT", "withdraw"),
    ("Washington will cut its troops in the region by half.", "cut", "RETREAT", "withdraw"),
    # ACCUSE 'allege': taken to court
    ("Manila took Beijing to an arbitration tribunal.", "took", "ACCUSE", "allege"),
    ("The Gambia brought a case against Myanmar at the court.", "brought", "ACCUSE", "allege"),
    # CONCEDE and SUPPORT
    ("Belgrade softened its stance on the border dispute.", "softened", "CONCEDE", None),
    ("The incumbent accepted defeat late on Sunday.", "accepted", "CONCEDE", None),
    ("The cabinet reversed the decision after the protests.", "reversed", "CONCEDE", None),
    ("The opposition ended its boycott of parliament.", "ended", "CONCEDE", None),
    ("Riyadh reopened its embassy in Damascus.", "reopened", "SUPPORT", None),
    # COERCE: individuals expelled, groups banned, outlets shut
    ("The junta expelled two foreign journalists.", "expelled", "COERCE", "deport"),
    ("The government banned the main opposition party.", "banned", "COERCE", "restrict"),
    ("The authorities shut down the independent newspaper.", "shut", "COERCE", "censor"),
])
def test_breadth_trigger(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode)


@pytest.mark.parametrize("text,word,wrong", [
    # weapons handed to another state are a transfer, not disarming
    ("Berlin handed over weapons to Ukraine last week.", "handed", ("RETREAT", "disarm")),
    # a withdrawn thing that is no position, a post that is no office
    ("The general withdrew his battalion from the ridge.", "withdrew", ("CONCEDE", None)),
    ("The prime minister quit smoking years ago.", "quit", ("RETREAT", "resign")),
    # what is set, found, suspended or cut is no event of these kinds
    ("The ministers set a date for the next round.", "set", ("RETREAT", "release")),
    ("The airline suspended flights because of the storm.", "suspended", ("SANCTION", "expel")),
    ("The ministry cut the budget for the embassy.", "cut", ("COERCE", "withhold")),
    ("The court blocked the sale of the port.", "blocked", ("COERCE", "censor")),
    ("The delegates left the hall after the vote.", "left", ("RETREAT", "withdraw")),
    ("The ministry will cut its troops by ten percent.", "cut", ("RETREAT", "withdraw")),
    ("The minister took the question to the cabinet.", "took", ("ACCUSE", "allege")),
    ("Oslo expelled two Russian diplomats.", "expelled", ("COERCE", "deport")),
    ("Khartoum expelled thirteen aid workers.", "expelled", ("COERCE", "deport")),
    # a feeling said that is neither anger nor thanks
    ("The minister expressed the view that talks could resume.", "view", ("ACCUSE", "disapprove")),
])
def test_no_breadth_trigger(reader, text, word, wrong):
    found = trigger_of(reader, text, word)
    assert found is None or (found.type, found.mode) != wrong


@pytest.mark.parametrize("text,word", [
    ("The opposition withdrew its lawsuit against the commission.", "lawsuit"),
    ("The rebels ended their boycott of the talks.", "boycott"),
])
def test_object_coded_with_verb(reader, text, word):
    """The object a breadth rule reads with its verb is no event of its own."""
    assert trigger_of(reader, text, word) is None
