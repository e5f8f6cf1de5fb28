"""The exception tree. Every error names the offending value and the fix.

DetenteError
├── InputError          a text, file or option value that cannot be read (empty, binary, too large, bad date)
├── KnowledgeBaseError  a knowledge-base file or entry that cannot be loaded
├── StoreError          the database cannot be opened, migrated or written
└── EvalError           a gold file that does not have the expected layout
"""


class DetenteError(Exception):
    """Root of all errors raised on purpose by detente."""


class InputError(DetenteError, ValueError):
    """An input (text, file, option value) that cannot be read as an article."""


class KnowledgeBaseError(DetenteError):
    """A knowledge-base file or entry that cannot be loaded."""


class StoreError(DetenteError):
    """The database cannot be opened, migrated or written."""


class EvalError(DetenteError):
    """A gold file whose layout is not the one expected."""
