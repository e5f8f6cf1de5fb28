"""Lets typer 0.15 render --help under click >= 8.2 (`make_metavar` takes a context; `Argument` owns `help`).

pyproject pins typer 0.15.1 but not click, so a fresh install gets the newest click, and
typer 0.15.1 then crashes on every --help. Pinning `click<8.2` makes this module a no-op.
"""

from __future__ import annotations

import functools
import inspect

import click
from typer.core import TyperArgument


def _accepts(function, name: str) -> bool:
    return name in inspect.signature(function).parameters


def _needs_patch() -> bool:
    return _accepts(click.Parameter.make_metavar, "ctx") and not _accepts(TyperArgument.make_metavar, "ctx")


def _context(ctx: click.Context | None) -> click.Context | None:
    return ctx if ctx is not None else click.get_current_context(silent=True)


def _argument_metavar(self: TyperArgument, ctx: click.Context | None = None) -> str:
    # typer's own version (argument name plus type), with the context click now requires.
    if self.metavar is not None:
        return self.metavar
    var = (self.name or "").upper()
    if not self.required:
        var = f"[{var}]"
    type_var = self.type.get_metavar(param=self, ctx=_context(ctx))
    if type_var:
        var += f":{type_var}"
    if self.nargs != 1:
        var += "..."
    return var


def _context_optional(make_metavar):
    # typer's help renderer calls `param.make_metavar()` on every option, --help included.
    @functools.wraps(make_metavar)
    def wrapper(self: click.Parameter, ctx: click.Context | None = None) -> str:
        return make_metavar(self, _context(ctx))
    return wrapper


def _keeping_help(init):
    # click >= 8.5 sets `Argument.help` itself, wiping the help typer stored just before.
    @functools.wraps(init)
    def wrapper(self: TyperArgument, *args, help: str | None = None, **kwargs) -> None:
        init(self, *args, help=help, **kwargs)
        self.help = help
    return wrapper


def patch_typer() -> None:
    """Install the context-tolerant `make_metavar`s when typer and click disagree."""
    if _needs_patch():
        TyperArgument.make_metavar = _argument_metavar  # type: ignore[method-assign]
        patched = _context_optional(click.Parameter.make_metavar)
        click.Parameter.make_metavar = patched  # type: ignore[method-assign]
        if _accepts(click.Argument.__init__, "help"):
            TyperArgument.__init__ = _keeping_help(TyperArgument.__init__)  # type: ignore[method-assign]
