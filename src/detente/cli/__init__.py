"""The command-line interface: `detente read|events|show|export|bench|version`."""

from detente.cli.app import app, main

__all__ = ["app", "main"]
