"""spaCy pipeline components (Doc -> Doc) that read actors, dates, events, statements and counterparts."""
