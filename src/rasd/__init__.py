"""Rasd (رصد): Arabic news in, a structured, source-attributed record of conflict events out."""

from __future__ import annotations

__version__ = "0.1.0"

from rasd.api import IngestReport, ingest, process
from rasd.doc import Article, Entity, Event, Mention, Party, Place, Sentence, Token
from rasd.errors import (
    BinaryInput,
    EmptyInput,
    FetchError,
    InputError,
    InputWarning,
    PipelineError,
    RasdError,
    RegistryError,
    StoreError,
    UnsupportedInput,
)
from rasd.ingest.sources import IngestOptions
from rasd.pipeline import Pipeline
from rasd.store import Store, open_store

__all__ = [
    "Article",
    "BinaryInput",
    "EmptyInput",
    "Entity",
    "Event",
    "FetchError",
    "IngestOptions",
    "IngestReport",
    "InputError",
    "InputWarning",
    "Mention",
    "Party",
    "Pipeline",
    "Place",
    "PipelineError",
    "RasdError",
    "RegistryError",
    "Sentence",
    "Store",
    "StoreError",
    "Token",
    "UnsupportedInput",
    "__version__",
    "ingest",
    "open_store",
    "process",
]
