"""Stance of statehood vouched for, firmness sizing an overture, subjects of a denial, shared dangers and
requests to undo, on sentences written for these tests."""

from __future__ import annotations

import pytest

STANCES = [
    # text, words of the statement, stance
    # the other side's statehood vouched for; one's own defended is no overture
    ("Foreign Minister Ahmed Attaf said Algiers recognised Mali's sovereignty and territorial integrity.",
     "recognised Mali's sovereignty", "conciliatory"),
    ("President Ilham Aliyev said Baku was committed to the independence of Georgia.",
     "committed to the independence", "conciliatory"),
    ("President Gustavo Petro said Bogota would defend its sovereignty against any intrusion.",
     "defend its sovereignty", "hostile"),
    ("The ministry said the court case concerned the sovereignty of the islands.",
     "concerned the sovereignty", "neutral"),
    # firmness that sizes an overture takes no side; firmness in refusing still warns
    ("Foreign Minister Wang Yi said Beijing firmly supported Cambodia in its development.",
     "firmly supported Cambodia", "conciliatory"),
    ("Foreign Minister Wang Yi said Beijing firmly opposed the arms sale to Taipei.",
     "firmly opposed the arms sale", "hostile"),
    # a negated predicate denies something of its subject, which is no overture offered
    ("The spokesman told reporters the agreement would not change the border regime.",
     "would not change the border regime", "neutral"),
    ("The minister said cooperation with Hanoi would not stop.", "would not stop", "conciliatory"),
    # a danger both sides face is no charge against the other
    ("The admiral said the pact was cooperation between partners facing common threats.",
     "facing common threats", "conciliatory"),
    # asked to undo what it did, a complaint about it; a label pinned on the other side's act
    ("President Emmanuel Macron urged Rome to reverse its decision on the port.",
     "reverse its decision", "hostile"),
    ("Prime Minister Donald Tusk declared the referendum null and void.", "null and void", "hostile"),
]


@pytest.mark.parametrize("text,words,stance", STANCES, ids=[s[1] for s in STANCES])
def test_stance_of_statehood_firmness_and_denials(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
