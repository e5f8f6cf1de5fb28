"""Stance from general evaluative words of English (stance_lexicon), on sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # text, words of the statement, stance
    # favourable judgments of a call, of relations, of the other side
    ("Prime Minister Anthony Albanese described the call with Premier Li Qiang as very cordial.",
     "very cordial", "conciliatory"),
    ("The foreign ministry said relations with Hanoi were improving steadily.",
     "improving steadily", "conciliatory"),
    ("Foreign Minister Wang Yi said Beijing was grateful to Islamabad for the rescue of its engineers.",
     "grateful to Islamabad", "conciliatory"),
    # unfavourable judgments of the other side's conduct
    ("The coast guard said the Vietnamese trawler had rammed a patrol boat near the shoal.",
     "rammed a patrol boat", "hostile"),
    ("Foreign Minister Radoslaw Sikorski said Moscow was meddling in the Moldovan election.",
     "meddling in the Moldovan", "hostile"),
    ("The defence ministry said the frigate had ignored three warnings from the Danish navy.",
     "ignored three warnings", "hostile"),
    # judgments of the other side's manner as insulting or defiant
    ("Foreign Minister Penny Wong said the envoy's remarks about the Pacific were disrespectful.",
     "remarks about the Pacific were disrespectful", "hostile"),
    ("The Lithuanian defence minister said the drone flight over Vilnius was brazen.",
     "the drone flight over Vilnius was brazen", "hostile"),
    ("The Polish foreign ministry said the closure of the consulate was an unfriendly act.",
     "the closure of the consulate was an unfriendly act", "hostile"),
    # the other side held dear, or praised for its conduct
    ("Chancellor Olaf Scholz described Brazil as an important interlocutor on climate.",
     "an important interlocutor", "conciliatory"),
    ("President William Ruto called ties with Ethiopia \"vital, sensitive and lasting\".",
     "vital, sensitive and lasting", "conciliatory"),
    ("The Russian leader thanked the visiting sailors for what he called their courage at sea.",
     "their courage", "conciliatory"),
    # harm done to what the speaker values
    ("The Ukrainian foreign ministry called the decision a heavy blow to the tribunal.",
     "a heavy blow to the tribunal", "hostile"),
    # "vital interests" guarded is a red-line formula, as "core interests" is
    ("Hegseth told Dong that Washington has vital interests in the region and will defend them.",
     "vital interests in the region", "hostile"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_evaluative_words(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
