"""TEMPORARY scaffolding: replaced by the real checker within this session."""
from __future__ import annotations


def check(text, reference):  # type: ignore[no-untyped-def]
    raise NotImplementedError
