"""Two attributions told in one sentence (sentences written for these tests): the first speaker's words stop
before the second's cue, and each speaker keeps their own statement."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-20"


def _by_speaker(reader, text):
    return {s.speaker.name: s.quote for s in reader.read(text, published=PUBLISHED).statements if s.speaker}


@pytest.mark.parametrize("text,first,second,second_words", [
    ("Chancellor Olaf Scholz said Germany had sent two more air defence systems, and Defence Minister Boris "
     "Pistorius said a third would follow in the autumn.", "Olaf Scholz", "Boris Pistorius",
     "a third would follow in the autumn"),
    ("Foreign Minister Penny Wong said Canberra would answer the tariffs calmly, while Prime Minister Anthony "
     "Albanese said the country would not be bullied.", "Penny Wong", "Anthony Albanese",
     "the country would not be bullied"),
    ("Kim Yo Jong warned that any new leaflet launch would be met with force, and Seoul's unification "
     "ministry replied that threats would not change its policy.", "Kim Yo Jong", None,
     "threats would not change its policy"),
])
def test_a_second_speakers_cue_ends_the_first_speakers_words(reader, text, first, second, second_words):
    found = _by_speaker(reader, text)
    assert second_words not in found[first]
    others = [q for name, q in found.items() if name != first]
    assert second_words in others
    if second is not None:
        assert found[second] == second_words


@pytest.mark.parametrize("text,speaker,words", [
    # a closing cue after a comma attributes the clause before it: no rival
    ("Putin also said a settlement would need patience, Yuri Ushakov said.", "Vladimir Putin",
     "a settlement would need patience"),
    # a second "that" clause under the same cue is the same speaker's words
    ("Penny Wong said the talks had been useful, and that Canberra would keep its embassy open.", "Penny Wong",
     "Canberra would keep its embassy open"),
])
def test_a_closing_cue_or_a_second_that_clause_is_no_rival(reader, text, speaker, words):
    found = _by_speaker(reader, text)
    assert words in found.get(speaker, "")
