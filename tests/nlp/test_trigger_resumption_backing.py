"""Material exchanges taken up again (detente.nlp.trigger_resumption) and sides taken in words
(detente.nlp.trigger_backing). Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,kind", [
    # help given again is aid
    ("Oslo said it would restart humanitarian funding for the region.", "restart", "AID"),
    ("Canada resumed arms deliveries to Kyiv in March.", "resumed", "AID"),
    # traffic and joint work taken up again
    ("Direct flights between the two capitals will be resumed next month.", "resumed", "COOPERATE"),
    ("The neighbours agreed to resume joint patrols along the river.", "resume", "COOPERATE"),
    ("Hanoi will reopen the rail link to Kunming.", "reopen", "COOPERATE"),
    # buying goods again that had been shut out eases a ban
    ("Seoul would gradually resume imports of Australian beef.", "resume", "CONCEDE"),
    ("Manila restarted purchases of the fruit in May.", "restarted", "CONCEDE"),
])
def test_resumed_exchange(reader, text, word, kind):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == kind


def test_resumed_event_noun_codes_itself(reader):
    # "aid" is an event noun of its own: the verb resuming it adds no second reading
    text = "Canada resumed military aid to Kyiv in March."
    assert trigger_of(reader, text, "resumed") is None
    assert trigger_of(reader, text, "aid").type == "AID"


@pytest.mark.parametrize("text,word", [
    ("The minister said Portugal stands with Spain.", "stands"),
    ("Washington stands firmly with its allies in the region.", "stands"),
    ("Estonia sided with Finland in the dispute.", "sided"),
    ("Nordic leaders lined up behind Copenhagen on Monday.", "lined"),
    ("The Gulf states rallied behind Doha after the strike.", "rallied"),
    ("The bloc closed ranks behind Lithuania.", "closed"),
    ("Spain expressed solidarity with Morocco after the earthquake.", "solidarity"),
    # standing by a state or an ally is backing it
    ("Canberra will stand by its Pacific partners, the minister said.", "stand"),
    ("Oslo stood by Copenhagen throughout the dispute.", "stood"),
])
def test_took_side(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "SUPPORT"


@pytest.mark.parametrize("text,word", [
    # standing beside a person, standing by one's words, not taking a side
    ("The premier stood with Macron at the podium.", "stood"),
    ("The minister stood by his remarks.", "stood"),
    ("Lisbon stands by its decision to close the consulate.", "stands"),
    ("The envoy stood by Justin Trudeau during the ceremony.", "stood"),
    ("The committee will resume its work on Monday.", "resume"),
    ("Ireland does not stand with the proposal's authors.", "stand"),
    # the side another is asked to take belongs to the request
    ("Moscow issued a call on Minsk to stand with Russia.", "stand"),
])
def test_no_side_taken(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type not in {"SUPPORT", "COOPERATE", "AID", "CONCEDE"}


@pytest.mark.parametrize("text,word,kind", [
    # curbs waived, frozen money let go, amnesties granted: concessions
    ("Jakarta waived visa requirements for Indian tourists.", "waived", "CONCEDE"),
    ("Washington unfroze Afghan central bank assets.", "unfroze", "CONCEDE"),
    ("The junta granted an amnesty to jailed protesters.", "granted", "CONCEDE"),
    # envoys sent back once withdrawn undo a diplomatic sanction
    ("Riyadh returned its ambassador to Stockholm on Friday.", "returned", "CONCEDE"),
    ("Tokyo will send its ambassador back to Seoul.", "send", "CONCEDE"),
    ("The return of the high commissioners should ease visa backlogs.", "return", "CONCEDE"),
    # debts forgiven and hostages rescued are aid (PLOVER AID ambiguity notes)
    ("France cancelled Senegal's debt last year.", "cancelled", "AID"),
    ("Nigerian commandos rescued twelve hostages from the camp.", "rescued", "AID"),
    # arms or money handed over to another side
    ("Oslo donated two howitzers to Kyiv.", "donated", "AID"),
    ("The fund transferred the assistance to Kyiv.", "transferred", "AID"),
    ("The bank disbursed the second tranche of the loan to Cairo.", "disbursed", "AID"),
    ("Sweden will supply Ukraine with more drones.", "supply", "AID"),
])
def test_concession_or_aid_by_object(reader, text, word, kind):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == kind


@pytest.mark.parametrize("text,word", [
    # an envoy going home himself is a recall, not his sending back
    ("The ambassador is returning to Madrid for consultations.", "returning"),
    ("Lisbon granted the licence to a Spanish firm.", "granted"),
])
def test_not_a_concession(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "CONCEDE"


@pytest.mark.parametrize("text,word", [
    # weapons sent toward a side are as often an attack, and handing back seized arms returns them
    ("Militants sent rockets toward the border town.", "sent"),
    ("Athens demanded that Ankara hand back the seized rifles.", "hand"),
])
def test_arms_moved_are_no_aid(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "AID"


@pytest.mark.parametrize("text,word", [
    # a venture of several parties set going is joint work (detente.nlp.trigger_joint)
    ("Brazil and Argentina launched a joint investment fund.", "launched"),
    ("Rome and Athens created a bilateral scholarship programme.", "created"),
    ("The ministers unveiled an ASEAN power grid initiative.", "unveiled"),
    # crimes fought side by side are cooperation
    ("The two navies will jointly fight piracy.", "fight"),
])
def test_joint_venture(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "COOPERATE"


@pytest.mark.parametrize("text,word", [
    ("France launched an initiative on ocean plastics.", "launched"),
    ("Tokyo launched its own fund.", "launched"),
    # fighting a crime attacks no enemy
    ("The ministers pledged to fight drug trafficking.", "fight"),
    ("A task force was set up to combat arms smuggling.", "combat"),
])
def test_no_venture_or_assault(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type not in {"COOPERATE", "ASSAULT"}
