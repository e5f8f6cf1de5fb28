"""An event's reciprocal flag (nlp/event_links.py): both directions at once, never for a visit (convention 2)."""

from types import SimpleNamespace

import pytest

from detente.nlp.event_links import _reciprocal


@pytest.mark.parametrize("type_, mode, expected", [
    ("CONSULT", "visit", False),       # a visit runs from the visitor to the host
    ("CONSULT", "third-party", True),  # two sides meeting on neutral ground: both ways
    ("CONSULT", None, True),
    ("AGREE", None, True),
])
def test_visit_is_never_reciprocal(type_, mode, expected):
    draft = SimpleNamespace(type=type_, mode=mode, reciprocal=True, token=None)
    assert _reciprocal(draft) is expected
