"""Stance of statements from fixed formulas, stance-bearing cues and words that are not about the relation,
on sentences written for these tests."""

from __future__ import annotations

import pytest

STANCES = [
    # text, words of the statement, stance
    # a red-line formula warns, though none of its words is hostile alone
    ("Foreign Minister Sergey Lavrov said that Crimea was a core interest of the Russian Federation.",
     "core interest", "hostile"),
    ("India's foreign secretary said the river waters were a red line for New Delhi.",
     "red line", "hostile"),
    # a truce is a conciliatory outcome
    ("Prime Minister Shehbaz Sharif said both armies would observe a complete truce from midnight.",
     "complete truce", "conciliatory"),
    # a cue that takes sides by itself: questioning is a challenge, proposing an overture
    ("Prime Minister Keir Starmer questioned whether the Kremlin envoy could commit to anything at all.",
     "Kremlin envoy", "hostile"),
    ("President Emmanuel Macron proposed that the ministers meet again in Geneva next month.",
     "meet again", "conciliatory"),
    # "self-respecting" describes the speaker, not the relation
    ("Vladimir Putin said no self-respecting nation would bow to pressure from abroad.",
     "bow to pressure", "hostile"),
    # "illegal" naming a crime category is a topic, not an accusation
    ("Prime Minister Giorgia Meloni said the new centres had reduced illegal immigration across the sea.",
     "illegal immigration", "neutral"),
    # a predicate after "but" is out of the scope of the negation before it
    ("Foreign Minister Penny Wong said Canberra did not seek confrontation but would firmly defend its "
     "fishermen.", "defend its fishermen", "hostile"),
    # options set side by side for a choice take no side
    ("Prime Minister Mark Carney told both parties they faced a choice between dialogue and ruin.",
     "a choice between", "neutral"),
    # a response promised on a condition is a warning, though none of its words is hostile
    ("Foreign Minister Penny Wong said Australia would act if the patrols kept entering its waters.",
     "would act if", "hostile"),
    ('"We will take steps if the shipments do not end," Defence Minister Richard Marles told reporters.',
     "take steps if", "hostile"),
    ("Chancellor Olaf Scholz said Berlin stood ready to respond unless the convoys turned back.",
     "ready to respond", "hostile"),
    # ... but a response in good part on a condition is an offer
    ("Prime Minister Shigeru Ishiba said Tokyo would respond positively if Seoul reopened the consultations.",
     "respond positively", "conciliatory"),
    # the formula of a promised response warns
    ("The commerce ministry said Beijing would take all necessary measures to shield Chinese exporters.",
     "necessary measures", "hostile"),
    # a relation named: partners set against rivals, ties settling
    ("President Luiz Inacio Lula da Silva said Brazil and Argentina should be partners rather than rivals.",
     "partners rather than rivals", "conciliatory"),
    ("Ambassador Nicholas Burns said ties between the two capitals had begun to stabilise.",
     "begun to stabilise", "conciliatory"),
    ("Defence Minister Gilberto Teodoro said the two navies had become rivals in the contested waters.",
     "become rivals", "hostile"),
    ("The foreign ministry said the naval blockade was illegitimate and would be challenged in court.",
     "blockade was illegitimate", "hostile"),
    # refusing to put up with something warns, and does not turn what it refuses into reassurance
    ("Foreign Minister Cho Tae-yul said Seoul would not tolerate any such behaviour at sea.",
     "not tolerate any such", "hostile"),
    ("Foreign Minister Cho Tae-yul said Seoul could never accept further provocations from the North.",
     "never accept further", "hostile"),
    # an overture refused rebuffs; a negation further up says something else
    ("Vice Foreign Minister Choe Son Hui said Pyongyang would hold no dialogue with Tokyo this year.",
     "no dialogue with Tokyo", "hostile"),
    ("Vice Foreign Minister Choe Son Hui said Pyongyang was not ready to engage with Seoul.",
     "not ready to engage", "hostile"),
    ("The foreign ministry said Beijing's commitment to a stable relationship with Canberra had not changed.",
     "commitment to a stable", "conciliatory"),
    # rejecting what the other side offers is a rebuff; denying a charge takes a side only by its words (as
    # the analyst records 31 and 40 read a denial)
    ("The foreign ministry in Ankara rejected the proposal from Athens.", "the proposal", "hostile"),
    ("The foreign ministry in Ankara rejected the accusation from Athens.", "the accusation", "neutral"),
    ('"We will reject any contact with their envoys," Vice Foreign Minister Choe Son Hui said.',
     "any contact with their envoys", "hostile"),
    # asking the other side to stop what it does is a demand, however politely cued
    ("Canberra urged Beijing to stop sending survey ships into the strait.", "stop sending survey ships",
     "hostile"),
    # talks and diplomacy are overtures: supported they reconcile, refused they rebuff
    ("Foreign Minister Penny Wong said Canberra supports diplomacy with Jakarta.", "supports diplomacy",
     "conciliatory"),
    ("Vice Foreign Minister Choe Son Hui said Pyongyang will not hold talks with Seoul.", "not hold talks",
     "hostile"),
    # an overture as the object of a refusing verb is refused with it, and a conjunct with it
    ('"We will reject any contact and negotiations with their envoys," Choe Son Hui said.',
     "any contact and negotiations", "hostile"),
    # ... and a refusing verb negated lets it through
    ("Prime Minister Robert Fico said Slovakia would not block the accession talks.", "not block the accession",
     "conciliatory"),
    # "said that A, but that B" is two statements (convention 23), each with its own stance
    ("Foreign Minister Wang Yi said ties had begun to stabilise but that Canberra must stop suppressing "
     "Chinese firms.", "begun to stabilise", "conciliatory"),
    ("Foreign Minister Wang Yi said ties had begun to stabilise but that Canberra must stop suppressing "
     "Chinese firms.", "must stop suppressing", "hostile"),
    # standing in the other side's way, and keeping it down, are hostile
    ("The Kremlin said Moscow would veto the resolution.", "veto the resolution", "hostile"),
    ("Foreign Minister Wang Yi said Canberra was trying to suppress Chinese firms.", "suppress Chinese firms",
     "hostile"),
    # censure verbs take sides by themselves
    ("Foreign Minister Penny Wong lambasted the ambassador over his remarks.", "the ambassador", "hostile"),
    # judging the other side's words or acts disgraceful or a mistake, or naming them a crime of violence
    ('Foreign Minister Radoslaw Sikorski called the remarks "disgraceful and absurd".', "disgraceful", "hostile"),
    ('Chancellor Olaf Scholz told reporters that Moscow had made "a serious mistake".', "serious mistake", "hostile"),
    ("The prosecutor said the security service had ordered the murder of two exiled journalists.",
     "ordered the murder", "hostile"),
    # declaring an envoy unwelcome is a rebuff, though no single word of the formula is hostile
    ("The ministry said the ambassador would be persona non grata in Warsaw.", "persona non grata", "hostile"),
    # "not A but B": the word put in place of the denied one is the point, the denial no reassurance
    ("President Gabriel Boric said what the soldiers did was not a mistake but a massacre.", "a massacre", "hostile"),
    ("Prime Minister Mark Carney said the two countries were not rivals but old partners.", "old partners",
     "conciliatory"),
    # "no faith in their commitment": what a noun denied by "no" bears on is denied with it
    ("The ministry said it had no faith in the Dutch government's commitment to the accord.", "no faith",
     "hostile"),
    # a participle spelling out a stance-taking verb takes its stance; one spelling out a denial of a charge is
    # neutral by itself (convention 17)
    ('The foreign ministry rebuffed the envoy on Sunday, calling the flights "ordinary training sorties".',
     "ordinary training sorties", "hostile"),
    ('The foreign ministry rejected the accusation on Sunday, calling the flights "ordinary training sorties".',
     "ordinary training sorties", "neutral"),
    # praise for an outcome, siding with the other party, overtures and deals, and refusing a deal
    ('Chancellor Friedrich Merz called the accord "historic".', "historic", "conciliatory"),
    ("Senator Jim Risch said he had given his approval to the sale of the jets to Greece.", "approval",
     "conciliatory"),
    ("Ambassador Kurt Campbell said Washington stands with its ally in the dispute.", "stands with its ally",
     "conciliatory"),
    ("Prime Minister Shigeru Ishiba said Tokyo would keep making overtures to Seoul.", "overtures",
     "conciliatory"),
    ("President Lee Jae-myung warned that Seoul would not sign any new deals with Tokyo this year.", "new deals",
     "hostile"),
    # trade measures used as a weapon, like sanctions
    ("The trade minister said the tariffs on Mexican steel would stay in place through the summer.",
     "Mexican steel", "hostile"),
    # a clause quoting only a label that takes no side reads by its own words
    ('The Iranian foreign ministry said the "new measures" would provoke a dangerous escalation in the region.',
     "dangerous escalation", "hostile"),
]


@pytest.mark.parametrize("text,words,stance", STANCES, ids=[s[1] for s in STANCES])
def test_stance(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance



STANCES_S9 = [
    # disapproval a thing is met with marks it unwelcome, though the thing itself is an overture word
    ("Foreign Minister Cho Tae-yul said Seoul regarded the arms pact with deep concern.", "arms pact", "hostile"),
    ("The ministry said it viewed the deal with concern.", "viewed the deal", "hostile"),
    # the verb "concern" only relates
    ("The envoy said the dispute concerned the fishing rights of both countries.", "fishing rights", "neutral"),
    # a truce formula whose words alone sound hostile
    ("Prime Minister Najib Mikati said the plan would bring a lasting cessation of hostilities.",
     "lasting cessation", "conciliatory"),
    # force held out as a means
    ("Defence Minister Yoav Gallant said Israel would keep its full freedom of military action in the north.",
     "freedom of military action", "hostile"),
    # holding back from hostile acts reassures
    ("The spokesman said both militaries had promised to refrain from provocative patrols.",
     "provocative patrols", "conciliatory"),
    # putting deals out of force, one of them listed with the rest
    ("The cabinet said it could suspend all trade agreements with Kabul, including the transit accord.",
     "transit accord", "hostile"),
    ("The minister said India would hold the water treaty in abeyance.", "water treaty", "hostile"),
    ("The minister announced that the fisheries accord was suspended with immediate effect.", "fisheries accord",
     "hostile"),
    # a dispute settled
    ("Spokeswoman Mao Ning said the two sides had found a resolution of the border questions.",
     "border questions", "conciliatory"),
    # pursuing people as quarry
    ("President William Ruto vowed to hunt down those responsible.", "those responsible", "hostile"),
    # a quoted fragment that takes no side leaves the stance to the clause it is part of
    ('The defence minister vowed to punish the raiders "in every single village they use".', "raiders",
     "hostile"),
    # an agreement by any of its names
    ("Prime Minister Anthony Albanese said the new pact would last for decades.", "new pact", "conciliatory"),
    ("The ministry said the flights breached its airspace rules.", "airspace rules", "hostile"),
    # denying a charge takes a side only by its words
    ("Islamabad accuses Kabul of sheltering the militants. The Afghan government rejects the accusation.",
     "the accusation", "neutral"),
    ("The ministry rejected the absurd allegations on Sunday.", "absurd allegations", "hostile"),
]


@pytest.mark.parametrize("text,words,stance", STANCES_S9, ids=[s[1] for s in STANCES_S9])
def test_stance_of_disapproval_restraint_and_suspension(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance


STANCES_S10 = [
    # asking the other side to stop, by a phrasal verb of stopping
    ("Foreign Minister Cho Tae-yul urged Pyongyang to call off the missile test.", "Pyongyang", "hostile"),
    # a demand to stop told inside what is said
    ("The minister said he had asked Tokyo to halt the drills near the islands.", "halt the drills", "hostile"),
    # a promise or an assurance given by the cue
    ("President Lula pledged that Brazil would keep buying Argentine wheat.", "Argentine wheat", "conciliatory"),
    ("Prime Minister Narendra Modi assured Colombo that Indian trawlers would stay out of its waters.",
     "Indian trawlers", "conciliatory"),
    # laying fault on the other side by the cue
    ("The Kremlin blamed Kyiv for the delay of the prisoner exchange.", "the delay", "hostile"),
    ("The ministry alleged that Georgian officials had taken the documents.", "Georgian officials", "hostile"),
    # a warning addressed to the other side holds out a cost; a forecast does not
    ("Defence Minister Andrew Little warned Beijing that its survey ships must leave the zone.",
     "survey ships", "hostile"),
    ("The envoy warned that the wheat harvest could be late this year.", "wheat harvest", "neutral"),
    # the manner of saying, named by an adverb on the cue
    ("Foreign Minister Radoslaw Sikorski said angrily that the ambassador had been summoned again.",
     "ambassador had been summoned", "hostile"),
    ("President Prabowo Subianto said warmly that the Jordanian king would always be a guest in Jakarta.",
     "Jordanian king", "conciliatory"),
]


@pytest.mark.parametrize("text,words,stance", STANCES_S10, ids=[s[1] for s in STANCES_S10])
def test_stance_of_demands_pledges_and_warnings(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance


@pytest.mark.parametrize("text, stance", [
    # the article names the stance of the words themselves, for reported speech too
    ("Foreign Minister Anna Berg made conciliatory remarks, saying the two countries could settle the dispute "
     "over fishing rights.", "conciliatory"),
    ("In a hostile statement, the ministry said the two countries could settle the dispute over fishing rights.",
     "hostile"),
    ("Foreign Minister Anna Berg struck a conciliatory tone, saying the two countries could settle the dispute "
     "over fishing rights.", "conciliatory"),
])
def test_a_stance_the_article_names_for_the_words(reader, text, stance):
    found = [s.stance for s in reader.read(text, published="2025-03-12").statements if "settle" in s.quote]
    assert found == [stance]


STANCES_S11 = [
    # a hostile formula denied reassures, as a denied hostile word does
    ("Defence Minister Richard Marles added that he did not expect military force to be needed in the strait.",
     "military force", "conciliatory"),
    # refusing to exclude or to renounce keeps the threat: the negation does not turn it around
    ("Foreign Minister Wang Yi said Beijing would not rule out the use of force over the islands.",
     "use of force", "hostile"),
    ("Foreign Minister Wang Yi said Beijing would never renounce attacks on the rebel camps.",
     "renounce attacks", "hostile"),
    # praise under a negated predicate criticises ("has not done a good job")
    ("Prime Minister Mark Carney said Ottawa felt London had not done a good job of protecting the fishermen.",
     "good job", "hostile"),
    # "illegally" describing migrants is a topic, not a charge against the other side
    ("President Gustavo Petro said Bogota would take back migrants living illegally in the United States.",
     "living illegally", "neutral"),
    # the words of an "if" clause set the condition, the rest is what is held out
    ("Defence Minister Israel Katz said Israel kept the right to resume the war if the next round of talks "
     "proved useless.", "resume the war", "hostile"),
    # an apology cued as such is an overture, whatever the words it is about
    ("President Recep Tayyip Erdogan phoned Mitsotakis on Friday and apologised that the boat had been sunk.",
     "boat had been sunk", "conciliatory"),
]


@pytest.mark.parametrize("text,words,stance", STANCES_S11, ids=[s[1] for s in STANCES_S11])
def test_stance_of_denied_formulas_praise_and_apologies(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
