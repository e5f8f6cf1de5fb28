"""Quotes and reported speech, on sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # text, speaker, stance, emphasized_by, direct
    ('Japanese Prime Minister Shigeru Ishiba said "we will deepen our friendship and cooperation with Seoul."',
     "Shigeru Ishiba", "conciliatory", None, True),
    ('North Korea\'s defence ministry warned that "any provocation will be met with a merciless response."',
     None, "hostile", None, True),
    ("Sergey Lavrov told reporters that Moscow was ready for dialogue with Washington.",
     "Sergey Lavrov", "conciliatory", None, False),
]


@pytest.mark.parametrize("text,speaker,stance,emphasized,direct", CASES, ids=[c[0][:30] for c in CASES])
def test_statement(reader, text, speaker, stance, emphasized, direct):
    readout = reader.read(text, published="2025-03-01")
    assert readout.statements, "no statement read"
    st = readout.statements[0]
    if speaker:
        assert st.speaker is not None and st.speaker.name == speaker
    assert st.stance == stance
    assert st.emphasized_by == emphasized
    assert st.direct is direct
    assert text[st.evidence.start:st.evidence.end] == st.evidence.sentence


def test_emphasis_and_speech_frame(reader):
    text = ("Lee Jae-myung gave a speech at Tokyo's Keio University on June 2. "
            "Seoul highlights his remark that \"our two nations share a common future and common values.\"")
    readout = reader.read(text, published="2025-06-05")
    st = readout.statements[0]
    assert st.speaker.name == "Lee Jae-myung"
    assert st.emphasized_by == "KOR"
    assert st.date is not None and st.date.value == "2025-06-02"
    assert st.venue and "Keio University" in st.venue


def test_short_scare_quotes_are_not_statements(reader):
    readout = reader.read('Officials called the talks "useful" and left.', published="2025-01-01")
    assert readout.statements == []
