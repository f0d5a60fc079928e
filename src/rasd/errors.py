"""The errors rasd raises on purpose: each is raised once and rendered once by the CLI."""

from __future__ import annotations


class RasdError(Exception):
    """Base of every error rasd reports to its user as one clear line."""


class InputError(RasdError):
    """Input that cannot be analyzed: missing, binary, not UTF-8, empty or malformed.

    ``source`` names the file or record (a path, ``<stdin>``, or ``file:line id=…``).
    """

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class PipelineError(RasdError):
    """A pipeline that cannot be built: an unknown stage or a stage whose needs are unmet."""
