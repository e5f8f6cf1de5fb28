"""detente: an evidence-linked record of relations between states, read from the news."""

from detente.api import Reader, read
from detente.errors import DetenteError
from detente.records import Readout

__all__ = ["read", "Reader", "Readout", "DetenteError"]
__version__ = "0.1.0"
