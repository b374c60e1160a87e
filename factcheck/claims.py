"""The records factcheck passes around: claims, reference rows, verdicts.

Records are frozen and carry no logic beyond trivial derived properties, so
every stage can hand them on without fear of mutation.  Numbers are
``Decimal`` so that "3,000" keeps its stated precision and "0.1" stays 0.1.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional, Tuple

#: kinds of numeric claims, after the benchmark convention
KINDS = ("point", "approx", "range", "lower", "upper")

#: verdict statuses
STATUSES = ("supported", "contradicted", "unverifiable")


@dataclass(frozen=True)
class Change:
    """What a number says about a change: "rose 5%", "fell from 10 to 8", "doubled".

    ``direction`` is "up", "down" or "" (unknown); ``role`` says what the
    number is: "delta" (the size of the change, "rose 5%"), "from" (the old
    level), "to" (the new level, "to 15"), or "factor" ("doubled" = 2).
    """

    direction: str
    role: str


@dataclass(frozen=True)
class Claim:
    """One numeric claim found in text, with its evidence.

    ``span`` and ``sentence`` are ``(start, end)`` character offsets into the
    parsed text, end exclusive; ``text`` is ``input[span[0]:span[1]]``.
    For a point ``low == high == value``; an open bound leaves one end None.
    """

    text: str
    span: Tuple[int, int]
    value: Optional[Decimal]
    low: Optional[Decimal]
    high: Optional[Decimal]
    kind: str = "point"
    unit: str = ""
    dimension: str = "dimensionless"
    sentence: Tuple[int, int] = (0, 0)
    context: Tuple[str, ...] = ()
    #: hedge or bound words as written, lower-cased: "up to", "about", "between"
    qualifier: str = ""
    #: for "nearly"/"almost": the true value is at or below ``value``
    below: bool = False
    #: an exclusive bound: "more than 5" excludes 5, "at least 5" does not
    strict: bool = False
    #: a vague amount such as "thousands of", "a few hundred"
    vague: bool = False
    change: Optional[Change] = None
    #: the step of the last significant digit as written: "3,000" -> 1000, "2.5" -> 0.1
    precision: Optional[Decimal] = None
    #: the unit as written: "drones", "$", "km/h"
    unit_text: str = ""


@dataclass(frozen=True)
class ReferenceRow:
    """One trusted figure from a reference table."""

    id: str
    subject: str
    value: Optional[Decimal]
    low: Optional[Decimal]
    high: Optional[Decimal]
    unit: str = ""
    dimension: str = "dimensionless"
    keywords: Tuple[str, ...] = ()
    as_of: str = ""
    source: str = ""
    tolerance: Optional[Decimal] = None
    #: where the row came from: "figures.csv:17" (line numbers count the header)
    location: str = ""


@dataclass(frozen=True)
class ExplanationStep:
    """One replayable step of a verdict: ("match_row", "figures.csv:17")."""

    action: str
    detail: str


@dataclass(frozen=True)
class Verdict:
    """The result of checking one claim against the reference tables.

    ``status`` is one of STATUSES.  ``reason`` refines it: "overstated" or
    "understated" for contradicted claims; "no_match", "ambiguous",
    "incompatible_unit" or "currency" for unverifiable ones; "" otherwise.
    """

    claim: Claim
    status: str
    reason: str = ""
    reference: Optional[ReferenceRow] = None
    #: the rows that tied, for an ambiguous match
    candidates: Tuple[ReferenceRow, ...] = ()
    #: relative difference between claim and reference, signed (claim - ref) / ref
    difference: Optional[float] = None
    explanation: Tuple[ExplanationStep, ...] = field(default=())
    #: one line a journalist can read
    summary: str = ""


@dataclass(frozen=True)
class DateMention:
    """A date, month, year, decade or season year in the text: time context, never a claim.

    ``kind`` is "date", "month", "year", "decade" or "season"; the parts the text
    states are set, the rest None.  ``iso`` writes it in ISO 8601.
    """

    text: str
    span: Tuple[int, int]
    kind: str
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    #: the last year of a season year ("2019/20" ends in 2020)
    end_year: Optional[int] = None
    #: the last day of a span of days ("Sept. 20-24")
    end_day: Optional[int] = None

    @property
    def iso(self) -> str:
        """ISO 8601: "2024-01-17", "--01-17" (no year), "2021-03", "2022", "1990/1999",
        "2019-09-20/24" (a span of days).

        >>> DateMention("17 Jan", (0, 6), "date", month=1, day=17).iso
        '--01-17'
        >>> DateMention("the 1990s", (0, 9), "decade", year=1990).iso
        '1990/1999'
        """
        if self.kind == "decade" and self.year is not None:
            return f"{self.year}/{self.year + 9}"
        if self.kind == "season" and self.year is not None and self.end_year is not None:
            return f"{self.year}/{self.end_year}"
        year = "" if self.year is None else f"{self.year:04d}"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}" if year else f"--{self.month:02d}"
        first = f"{year or '-'}-{self.month:02d}-{self.day:02d}"
        return first if self.end_day is None else f"{first}/{self.end_day:02d}"


@dataclass(frozen=True)
class Document:
    """One input document and what factcheck found in it.

    ``verdicts`` is empty for a plain extraction.  ``error`` holds the message
    when the input could not be read, so that batch runs keep one record per
    input, failures included.
    """

    id: str
    text: str
    claims: Tuple[Claim, ...] = ()
    verdicts: Tuple[Verdict, ...] = ()
    error: str = ""
    #: dates as time context, with ``--include-dates``; None when not asked for
    dates: Optional[Tuple[DateMention, ...]] = None
