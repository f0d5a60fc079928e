"""rasd: Arabic news to structured, sourced data.

import rasd
doc = rasd.analyze(text, published="2017-05-10")
doc.to_dict()
"""

from rasd.document import Document, Entity, Event, Place, Quantity, Quote, Sentence, Span, Token
from rasd.errors import InputError, PipelineError, RasdError
from rasd.pipeline import Pipeline, analyze

__version__ = "0.1.0"

__all__ = [
    "Document",
    "Entity",
    "Event",
    "InputError",
    "Pipeline",
    "PipelineError",
    "Place",
    "Quantity",
    "Quote",
    "RasdError",
    "Sentence",
    "Span",
    "Token",
    "__version__",
    "analyze",
]
