"""Dates as time context: "17 January 2024", "March 2021", "in 2022", "the 1990s", "2019/20".

Dates are never claims (issue 2); ``factcheck extract --include-dates`` lists them beside
the claims so that a reader, or a later stage, knows which period a figure speaks of.

The pipeline, in :func:`find_dates`:

1. ``_written_dates``: calendar dates with a month name ("Sept. 20", "17 Jan 2025"),
   a month and a year ("March 2021"), numeric dates ("2025-01-17", "17/01/2025"),
   decades ("the 1990s", "'90s") and fiscal or season years ("2019/20", "FY2025");
2. ``_bare_years``: four-digit numbers from 1000 to 2199 that the parser did not read
   as a quantity ("in 2022", "since 1990") and that no date above holds.

>>> [(d.text, d.kind, d.iso) for d in find_dates("Sales fell 4% in March 2021 and in 2022.")]
[('March 2021', 'month', '2021-03'), ('2022', 'year', '2022')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, List, Optional, Sequence, Tuple

from factcheck.claims import Claim, DateMention
from factcheck.not_claims import date_matcher, full_month_names, month_pattern

#: months by their first three letters ("Sept." is "sep")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

_YEAR = r"(?:1\d{3}|20\d{2}|21\d{2})"
_NUMERIC_DATES = re.compile(
    rf"""(?<![\w.,/-])(?:
        (?P<iso_y>{_YEAR})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})        # 2025-01-17
      | (?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{_YEAR}|\d{{2}})  # 17/01/2025, 1.17.25
    )(?![\w/-])""",
    re.VERBOSE,
)
_DECADE = re.compile(r"(?<![\w.,])(?:(?P<full>1\d{2}0|20\d0)|['\N{RIGHT SINGLE QUOTATION MARK}]"
                     r"(?P<short>\d0))s\b")
_SEASON = re.compile(rf"(?<![\w.,])(?:FY ?(?P<fy>{_YEAR})|(?P<first>{_YEAR})[-\N{{EN DASH}}/]"
                     r"(?P<second>\d{2}))(?![\w/-])")
#: a four-digit number standing alone: not part of "1,2000", "$2025", "45/13/2025", "2025%"
_BARE_YEAR = re.compile(rf"(?<![\w.,'\N{{RIGHT SINGLE QUOTATION MARK}}$/-]){_YEAR}(?![\w%])"
                        r"(?![.,/-]\d)")


def find_dates(text: str, claims: Optional[Sequence[Claim]] = None) -> List[DateMention]:
    """Every date, month, year, decade and season year in ``text``, in order.

    ``claims`` are the text's claims (``parse_claims(text)`` when None): a four-digit
    number inside a claim is a quantity ("2000 people"), not a year.
    """
    if claims is None:
        from factcheck.parse import parse_claims
        claims = parse_claims(text)
    written = _without_overlaps(_written_dates(text))
    years = _bare_years(text, [c.span for c in claims] + [d.span for d in written])
    return sorted(written + years, key=lambda d: d.span)


def _written_dates(text: str) -> List[DateMention]:
    found: List[DateMention] = []
    for match in date_matcher().finditer(text):
        surface = match.group()
        last_word = surface.rstrip(".").split()[-1].lower()
        if surface.endswith(".") and last_word in full_month_names():
            surface = surface[:-1]  # "17-19 of May.": the full stop ends the sentence
        found.append(_month_day(surface, match.start()))
    for match in _month_year().finditer(text):
        found.append(DateMention(match.group(), match.span(), "month",
                                 year=int(match.group("year")),
                                 month=month_number(match.group("month"))))
    for match in _NUMERIC_DATES.finditer(text):
        date = _numeric_date(match)
        if date is not None:
            found.append(date)
    for match in _DECADE.finditer(text):
        year = int(match.group("full")) if match.group("full") else 1900 + int(
            match.group("short"))
        found.append(DateMention(match.group(), match.span(), "decade", year=year))
    for match in _SEASON.finditer(text):
        if match.group("fy"):
            found.append(DateMention(match.group(), match.span(), "season",
                                     year=int(match.group("fy"))))
            continue
        first = int(match.group("first"))
        second = first // 100 * 100 + int(match.group("second"))
        if second == first + 1 or (second == first - 99):  # "2019/20", "1999-00"
            found.append(DateMention(match.group(), match.span(), "season", year=first,
                                     end_year=first + 1))
    return found


def _bare_years(text: str, taken: Iterable[Tuple[int, int]]) -> List[DateMention]:
    starts, ends = _merged(taken)
    found = []
    for match in _BARE_YEAR.finditer(text):
        start, end = match.span()
        at = bisect_right(starts, start) - 1  # the last taken span starting at or before it
        if (at >= 0 and ends[at] > start) or (at + 1 < len(starts) and starts[at + 1] < end):
            continue
        found.append(DateMention(match.group(), (start, end), "year", year=int(match.group())))
    return found


def _merged(spans: Iterable[Tuple[int, int]]) -> Tuple[List[int], List[int]]:
    """Overlapping spans merged, as sorted lists of starts and ends (for bisecting).

    >>> _merged([(5, 9), (0, 2), (8, 12)])
    ([0, 5], [2, 12])
    """
    starts: List[int] = []
    ends: List[int] = []
    for start, end in sorted(spans):
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _without_overlaps(dates: List[DateMention]) -> List[DateMention]:
    """Keep the longest of overlapping dates ("17 Jan 2025" over "Jan 2025")."""
    kept: List[DateMention] = []
    for date in sorted(dates, key=lambda d: (d.span[0], -d.span[1])):
        if kept and date.span[0] < kept[-1].span[1]:
            continue
        kept.append(date)
    return kept


def month_number(word: str) -> Optional[int]:
    """1 to 12 for a month name or abbreviation, else None.

    >>> month_number("Sept."), month_number("january"), month_number("Monday")
    (9, 1, None)
    """
    key = word.strip(".").lower()[:3]
    return MONTHS.index(key) + 1 if key in MONTHS and word[:3].isalpha() else None


@lru_cache(maxsize=None)
def _month_year() -> "re.Pattern[str]":
    """ "March 2021", "Jan. 2024": a month and a year, no day."""
    return re.compile(rf"\b(?P<month>{month_pattern()}),? (?P<year>{_YEAR})(?!\w)",
                      re.IGNORECASE)


def _month_day(text: str, start: int) -> DateMention:
    """A date matched by ``date_matcher``: "Sept. 20", "17 Jan 2025", "July 4, 2016",
    "Sept. 20-24"."""
    words = re.findall(r"[^\W\d_]+\.?|\d+", text)
    month = next((m for m in (month_number(w) for w in words) if m is not None), None)
    numbers = [int(w) for w in words if w.isdigit()]
    year = next((n for n in numbers if n >= 1000), None)
    days = [n for n in numbers if 1 <= n <= 31]
    return DateMention(text, (start, start + len(text)), "date", year=year, month=month,
                       day=days[0] if days else None,
                       end_day=days[1] if len(days) > 1 else None)


def _numeric_date(match: "re.Match[str]") -> Optional[DateMention]:
    """ "2025-01-17"; "17/01/2025" (day first), "1/17/2025" (month first), or a date whose
    day and month cannot be told apart ("3/4/2025": year only); None for no calendar day
    ("45/13/2025")."""
    if match.group("iso_y"):
        year, month, day = (int(match.group(g)) for g in ("iso_y", "iso_m", "iso_d"))
        if not _is_day(month, day):
            return None
        return DateMention(match.group(), match.span(), "date", year=year, month=month, day=day)
    a, b = int(match.group("a")), int(match.group("b"))
    if not (_is_day(b, a) or _is_day(a, b)):
        return None
    year = int(match.group("y"))
    if year < 100:
        year += 2000
    if _is_day(b, a) and _is_day(a, b) and a != b:
        return DateMention(match.group(), match.span(), "date", year=year)
    month, day = (b, a) if _is_day(b, a) else (a, b)
    return DateMention(match.group(), match.span(), "date", year=year, month=month, day=day)


def _is_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31
