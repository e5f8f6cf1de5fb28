"""Every command and option is documented in README.md; every readout field in docs/readout-format.md."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import typer.main

from detente import records
from detente.cli import app

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FORMAT = (ROOT / "docs" / "readout-format.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands
OPTIONS = sorted({(name, opt) for name, command in COMMANDS.items() for param in command.params
                  for opt in param.opts if opt.startswith("--") and opt != "--help"})
RECORDS = [records.Readout, records.ArticleMeta, records.Actor, records.Event, records.ActorRef,
           records.DateValue, records.Location, records.Evidence, records.Response, records.EventLink,
           records.Statement, records.Counterparts, records.CounterpartCandidate]
FIELDS = sorted({(cls.__name__, "for" if f.name == "for_" else f.name)
                 for cls in RECORDS for f in dataclasses.fields(cls)})


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_command_in_readme(command):
    assert f"detente {command}" in README


@pytest.mark.parametrize("command, option", OPTIONS)
def test_option_in_readme(command, option):
    assert option in README, f"{option} of `detente {command}` is not in README.md"


@pytest.mark.parametrize("record, field", FIELDS)
def test_field_in_readout_format(record, field):
    assert f"`{field}`" in FORMAT, f"{record}.{field} is not documented in docs/readout-format.md"


@pytest.mark.parametrize("word", records.STATUSES + records.STANCES)
def test_statuses_and_stances_documented(word):
    assert f"`{word}`" in FORMAT


def test_readme_starts_with_make_run_and_make_test():
    head = README[:600]
    assert "make run" in head and "make test" in head
