"""National legislatures named by their own names (sentences written for these tests)."""

import pytest

PUBLISHED = "2025-03-12"


def _actor(reader, text, mention):
    return next((a for a in reader.read(text, published=PUBLISHED).actors if mention in a.mentions), None)


@pytest.mark.parametrize("text, mention, name, country", [
    ("The Knesset voted late on Monday to extend the emergency law.", "Knesset", "Knesset", "ISR"),
    ("The Bundestag approved the aid package on Friday.", "Bundestag", "Bundestag", "DEU"),
    ("The Rada passed the bill in a second reading.", "Rada", "Verkhovna Rada", "UKR"),
    # the owner forms of a name that opens with the state's demonym
    ("Japan's Diet is expected to debate the treaty next month.", "Japan's Diet", "National Diet", "JPN"),
    ("Lawmakers in the Storting backed the fisheries deal.", "Storting", "Storting", "NOR"),
])
def test_legislatures_by_name(reader, text, mention, name, country):
    actor = _actor(reader, text, mention)
    assert actor is not None and (actor.name, actor.country, actor.sector) == (name, country, "LEG")


def test_state_parliament_keeps_its_written_name(reader):
    """"The Turkish parliament" stays the state's parliament as written, not renamed to its own name."""
    actors = reader.read("The Turkish parliament ratified the accession protocol.", published=PUBLISHED).actors
    found = [a for a in actors if a.sector == "LEG"]
    assert [(a.name.lower(), a.country) for a in found] == [("turkish parliament", "TUR")]
