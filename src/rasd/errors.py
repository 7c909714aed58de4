"""Rasd's exceptions. Every message says what went wrong and what to do about it.

    RasdError
    ├── InputError            an article could not be read (names the file or URL)
    │   ├── InputWarning      stored anyway, but worth a look
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── UnsupportedInput
    │   └── FetchError
    ├── PipelineError         components mis-assembled (unknown name, missing requirement)
    ├── RegistryError         no backend registered under a name
    └── StoreError            the database cannot be opened or migrated
"""

from __future__ import annotations

__all__ = [
    "BinaryInput",
    "EmptyInput",
    "FetchError",
    "InputError",
    "InputWarning",
    "PipelineError",
    "RasdError",
    "RegistryError",
    "StoreError",
    "UnsupportedInput",
]


class RasdError(Exception):
    """Base class of every error Rasd raises on purpose."""


class InputError(RasdError):
    """One input (file, URL, feed item, JSONL line) could not be turned into an article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class InputWarning(InputError):
    """The input was stored, but something about it needs a look (damaged characters, fallback text)."""


class EmptyInput(InputError):
    """The input holds no text."""


class BinaryInput(InputError):
    """The input is not text in any encoding Arabic news uses."""


class UnsupportedInput(InputError):
    """The input's format is not one Rasd reads."""


class FetchError(InputError):
    """A URL could not be fetched (timeout, HTTP error, refused connection)."""


class PipelineError(RasdError):
    """The pipeline's components do not fit together."""


class RegistryError(RasdError):
    """A backend name is not registered."""


class StoreError(RasdError):
    """The store could not be opened, migrated or written."""
