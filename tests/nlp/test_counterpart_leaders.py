"""A leader who asks the other side's leader to come in person, and the delegation head sent instead."""

from __future__ import annotations

TEXT = ("After Boric proposed talks last week, Peruvian President Dina Boluarte challenged him to come to Lima "
        "in person. Boric did not make the trip. The Chilean team was led by Jorge Rivas, an aide to the president.")


def _question(reader, text):
    readout = reader.read(text, published="2025-05-12")
    return {c.for_: c for c in readout.counterparts}


def test_the_leader_asked_in_person_and_the_stand_in(reader):
    found = _question(reader, TEXT)["Dina Boluarte"]
    by_name = {c.actor: c for c in found.candidates}
    boric, rivas = by_name["Gabriel Boric"], by_name["Jorge Rivas"]
    assert (boric.preferred_by, boric.basis) == ("PER", "formal equivalent (President)")
    assert rivas.preferred_by == "CHL" and rivas.basis.startswith("head of the delegation")
    assert "led by Jorge Rivas" in rivas.evidence.sentence


def test_an_invitation_without_in_person_is_no_counterpart_question(reader):
    text = "Peruvian President Dina Boluarte invited Chilean President Gabriel Boric to visit Lima next year."
    assert "Dina Boluarte" not in _question(reader, text)
