"""One error family with structured fields; the CLI turns it into one line.

Each error keeps the parts of its message as fields (``path``, ``line``,
``problem``, ``fix``) so callers can inspect them, and builds its text from
those fields, "file:line: problem; fix".
"""
from __future__ import annotations

from typing import Optional


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""

    def __init__(self, problem: str, *, path: Optional[str] = None,
                 line: Optional[int] = None, column: Optional[str] = None,
                 fix: str = "") -> None:
        self.problem = problem
        self.path = path
        self.line = line
        self.column = column
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        text = where + self.problem
        if self.fix:
            text += "; " + self.fix
        return text


class InputError(FactcheckError, ValueError):
    """A text input cannot be read: missing, binary, wrong encoding, bad JSONL line."""


class ReferenceTableError(FactcheckError, ValueError):
    """A reference table breaks the table rules (named to avoid the builtin ReferenceError)."""


class UnitError(FactcheckError, ValueError):
    """A unit name that factcheck cannot resolve."""


class ConfigError(FactcheckError, ValueError):
    """A bad value in the [factcheck] configuration."""
