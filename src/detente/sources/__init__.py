"""Getting an article's text in (files, stdin, strings) and telling body from page boilerplate."""

from detente.sources.boilerplate import Block, detect_ai_disclaimer, find_boilerplate, find_headlines, guess_title
from detente.sources.text import MAX_BYTES, MAX_CHARS, check_text, decode_bytes, load_stdin, load_text_file

__all__ = [
    "Block", "MAX_BYTES", "MAX_CHARS", "check_text", "decode_bytes", "detect_ai_disclaimer",
    "find_boilerplate", "find_headlines", "guess_title", "load_stdin", "load_text_file",
]
