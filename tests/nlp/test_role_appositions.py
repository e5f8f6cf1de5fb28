"""Names set beside a role an act is done to or done by (session 21; sentences written for these tests):
"declared the Colombian ambassador, X, persona non grata" after "On Thursday"; "the head of its navy, Admiral X"; a
teller whose second verb the parser gave another subject; "the prince" for the prince just named, and not a
relative named in the subject's apposition ("a cousin of King X")."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


def _names(event) -> set[str]:
    return {a.name for a in event.source + event.target}


def _events(reader, text, kind):
    return [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]


@pytest.mark.parametrize("text, kind, person", [
    ("Peru's government acted fast. On Thursday it declared the Colombian ambassador, Jorge Ruiz, persona non "
     "grata over remarks by Gustavo Petro about Peru's election.", "SANCTION", "Jorge Ruiz"),
    ("Turkish Defence Minister Yasar Guler also met President Abdel Fattah al-Sisi and the chief of Egypt's armed "
     "forces, Lieutenant General Ahmed Khalifa, with whom he discussed arms sales, Egyptian media reported.",
     "CONSULT", "Ahmed Fathy Khalifa"),
    ("On Monday Sudanese spokesman Mohammed Hassan called the raid an \"unprovoked and blatant breach\" of "
     "Sudan's sovereignty, announced that Sudan was recalling its ambassador from Nairobi and said talks were off.", "SANCTION", "Mohammed Hassan"),
])
def test_the_named_person_takes_part(reader, text, kind, person):
    events = _events(reader, text, kind)
    assert events and any(person in _names(e) for e in events), [_names(e) for e in events]


@pytest.mark.parametrize("text, person, relative", [
    ("Saudi Foreign Minister Prince Faisal bin Farhan arrived in Tehran on Monday. The prince, a nephew of "
     "King Salman, met President Masoud Pezeshkian on Tuesday.", "Faisal bin Farhan Al Saud", "Salman of Saudi Arabia"),
])
def test_the_prince_is_the_prince_just_named(reader, text, person, relative):
    events = [e for e in _events(reader, text, "CONSULT") if any("Pezeshkian" in n for n in _names(e))]
    assert events and all(person in _names(e) and relative not in _names(e) for e in events), \
        [_names(e) for e in events]
