"""The PLOVER manual's modes in news wording (detente.nlp.trigger_manual and the entries it added to
detente.events.ontology): control taken, premises searched, forces wound down, captives let go, amends paid,
entry barred, decisions blocked, courts' orders, curbs on another state's people, groups left, diplomatic
protests, vows of revenge; and near misses that must not code. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word,type_,mode", [
    # COERCE 'seize' and 'arrest'
    ("Borduria took control of the hydroelectric dam on Friday.", "took", "COERCE", "seize"),
    ("Syldavian marines assumed control of the airfield.", "assumed", "COERCE", "seize"),
    ("Police searched the offices of the Syldavian broadcaster.", "searched", "COERCE", "seize"),
    ("Border guards took the Syldavian trader into custody.", "took", "COERCE", "arrest"),
    # RETREAT 'withdraw' and 'release'
    ("Borduria began to wind down its military presence in the valley.", "wind", "RETREAT", "withdraw"),
    ("The alliance drew down its forces in the province.", "drew", "RETREAT", "withdraw"),
    ("Borduria let the Syldavian fishermen go on Friday.", "let", "RETREAT", "release"),
    # AID: amends paid
    ("Borduria paid compensation to the families of the sailors.", "paid", "AID", None),
    ("Borduria paid Syldavia 40 million euros last year.", "paid", "AID", None),
    # REJECT
    ("Borduria barred the Syldavian envoy from entering the country.", "barred", "REJECT", None),
    ("Syldavia banned the rapporteur from visiting the camps.", "banned", "REJECT", None),
    ("Borduria blocked the bloc's sanctions package.", "blocked", "REJECT", None),
    ("Syldavia blocked the joint statement on the strait.", "blocked", "REJECT", None),
    ("Borduria snubbed the Syldavian offer.", "snubbed", "REJECT", None),
    # REQUEST: a court's order
    ("The court ordered Borduria to halt the dam works.", "ordered", "REQUEST", None),
    ("The tribunal ordered the release of the Syldavian crew.", "ordered", "REQUEST", None),
    # SANCTION: curbs on another state's people; groups and schemes left
    ("Syldavia imposed curbs on Bordurian diplomats.", "imposed", "SANCTION", "discontinue"),
    ("Borduria placed travel restrictions on Syldavian journalists.", "placed", "SANCTION", "discontinue"),
    ("Borduria restricted the movement of Syldavian diplomats.", "restricted", "SANCTION", "discontinue"),
    ("Syldavia pulled out of the regional alliance.", "pulled", "SANCTION", "withdraw"),
    ("Borduria withdrew from the grain deal in July.", "withdrew", "SANCTION", "withdraw"),
    # ACCUSE and THREATEN
    ("Poland protested to Belarus over the shooting.", "protested", "ACCUSE", "disapprove"),
    ("Borduria vowed revenge against Syldavia.", "vowed", "THREATEN", None),
    ("Syldavia promised retaliation for the raid.", "promised", "THREATEN", None),
])
def test_manual_wordings_code(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None, text
    assert (found.type, found.mode) == (type_, mode)


@pytest.mark.parametrize("text,word", [
    ("The new coach took control of the team's training.", "took"),
    ("Borduria took control of the situation quickly.", "took"),
    ("Rescuers searched the hillside for survivors.", "searched"),
    ("The talks may wind down the long standoff.", "wind"),
    ("The minister let the matter go.", "let"),
    ("Syldavia paid 2 billion euros for the fighter jets.", "paid"),
    ("The president ordered the army to prepare for floods.", "ordered"),
    ("The committee took control of the agenda.", "took"),
    ("Borduria vowed to defend its farmers.", "vowed"),
    ("The court ruled on the case on Monday.", "ruled"),
])
def test_near_misses_do_not_code(reader, text, word):
    assert trigger_of(reader, text, word) is None


@pytest.mark.parametrize("text,word,type_", [
    ("Syldavia imposed restrictions on its own citizens' travel.", "imposed", "COERCE"),  # domestic curbs
    ("Police blocked the road to the Syldavian embassy.", "blocked", "PROTEST"),  # passage obstructed
    ("Thousands protested outside the Bordurian embassy.", "protested", "PROTEST"),  # a crowd's protest
    ("Syldavian troops pulled out of the border town.", "pulled", "RETREAT"),  # ground given up
])
def test_older_readings_kept(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == type_


def test_amnesty_is_a_concession(reader):
    assert trigger_of(reader, "The amnesty for political prisoners took effect on Monday.", "amnesty").type == "CONCEDE"


def test_curb_noun_told_by_its_verb_once(reader):
    """"imposed curbs on X diplomats": one SANCTION event, from the verb, not a second from the noun."""
    event = event_by_trigger(reader, "Syldavia imposed curbs on Bordurian diplomats on Monday.", "imposed")
    assert event.type == "SANCTION"
    assert trigger_of(reader, "Syldavia imposed curbs on Bordurian diplomats on Monday.", "curbs") is None
