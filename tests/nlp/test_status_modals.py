"""Status rules for modals and clauses around the act: a modal with an "if" clause supposes, "did not rule
out" leaves open, an instruction or a planned main clause sets the act, a refusal told by negation took
place, accepting a deal is agreeing (sentences written for these tests)."""

from __future__ import annotations

import pytest
from readout_helpers import trigger_status

from detente.nlp.status import proposal_noun

PUBLISHED = "2024-10-08"


def _status(reader, text, type_, trigger):
    return trigger_status(reader, text, type_, trigger, PUBLISHED)


CASES = [
    # a modal verb with a condition clause of its own: the act is supposed, not announced
    ("Seoul warned that it will strike North Korean missile sites if Pyongyang fires at its islands.",
     "ASSAULT", "strike", "hypothetical"),
    ("Under the treaty, if Armenia is invaded, Russia must send troops to defend it.", "MOBILIZE", "send",
     "hypothetical"),
    # negated, the conditional is a threat, not a refusal that took place
    ("Brussels warned that it would not sign a trade deal with Ankara if the crackdown went on.", "AGREE",
     "sign", "hypothetical"),
    # "did not rule out": the act is left open
    ("The Kremlin said Moscow did not rule out military cooperation with Tehran.", "COOPERATE", "cooperation",
     "under_consideration"),
    # reconsidering an act weighs it
    ("Seoul said it would reconsider sending weapons to Kyiv.", "AID", "sending", "under_consideration"),
    # an instruction to one's own envoys sets the meeting
    ("Biden and Xi instructed Secretary of State Antony Blinken and Foreign Minister Wang Yi to meet.",
     "CONSULT", "meet", "planned"),
    # a present time clause under a planned act is part of the plan
    ("Russian troops will withdraw from the city once Turkish troops deploy there.", "MOBILIZE", "deploy",
     "planned"),
    ("Under the truce, Israeli troops are to leave the town as the Egyptian army deploys in the area.",
     "MOBILIZE", "deploys", "planned"),
    # the negation is the refusal
    ("Pyongyang said it will not negotiate over its nuclear arsenal.", "REJECT", "negotiate", "occurred"),
    # a past passive reported by an announcement tells a done act, not an announced one
    ("Poland announced on Monday that three Russian diplomats were expelled from Warsaw.", "SANCTION", "expelled",
     "occurred"),
    # accepting a deal is the agreement itself
    ("Canada and Mexico had accepted the trade deal, the White House said.", "AGREE", "deal", "occurred"),
    # an infinitive hung as an adverbial on "offered" is still what is offered
    ("Turkey offered on Tuesday to host talks between Kyiv and Moscow.", "CONSULT", "talks", "proposed"),
]


@pytest.mark.parametrize("text,type_,trigger,status", CASES, ids=[c[0][:40] for c in CASES])
def test_status_from_modals_and_clauses(reader, text, type_, trigger, status):
    assert _status(reader, text, type_, trigger) == status


UNCHANGED = [
    # a dated future without a condition stays planned; an ongoing clause is no plan
    ("Seoul said it will strike North Korean missile sites next week.", "ASSAULT", "strike", "planned"),
    ("Pyongyang said it did not negotiate with Seoul last year.", "CONSULT", "negotiate", "negated"),
    # an appeal to another keeps its request; a clause under a negated act is its condition, not a plan
    ("Poland announced on Monday that three Russian diplomats will be expelled from Warsaw.", "SANCTION",
     "expelled", "planned"),
    ("Berlin and Paris called on Ankara on Friday to free the jailed journalists.", "REQUEST", "called", "occurred"),
    ("Hungary said it will not drop its veto until Kyiv sends more aid to Budapest.", "AID", "sends", "occurred"),
]


@pytest.mark.parametrize("text,type_,trigger,status", UNCHANGED, ids=[c[0][:40] for c in UNCHANGED])
def test_status_rules_leave_plain_cases(reader, text, type_, trigger, status):
    assert _status(reader, text, type_, trigger) == status


def test_a_relative_clause_with_its_own_subject_is_no_proposed_act(reader):
    """"a proposal Hungary has rejected": the clause answers the proposal; it is not what is proposed."""
    doc = reader.nlp("France wants new sanctions on Moscow, a proposal Hungary has rejected.")
    rejected = next(t for t in doc if t.lower_ == "rejected")
    assert proposal_noun(rejected) is None
    offered = reader.nlp("Paris sent an invitation to visit the capital.")
    visit = next(t for t in offered if t.lower_ == "visit")
    assert proposal_noun(visit) is not None


def test_no_plans_for_someone_to_meet_is_negated(reader):
    text = "An aide said on Monday that there were no plans for Modi to meet Sharif in the immediate future."
    meeting = next(e for e in reader.read(text, published="2025-03-05").events if e.type == "CONSULT")
    assert meeting.status == "negated"
