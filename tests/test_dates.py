"""Dates as time context (factcheck/dates.py), one row per phrasing.

DATES: text -> the (surface, kind, iso) of every date found, in order.  A four-digit
number the parser reads as a quantity ("2,000 people", "1500m") is never a year.
"""
from __future__ import annotations

from typing import List, Tuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.dates import find_dates
from factcheck.parse import parse_claims


def row(text: str, *dates: Tuple[str, str, str]) -> "pytest.param":
    return pytest.param(text, list(dates), id=text)


DATES = [
    # calendar dates with a month name
    row("On January 17 the U.S. announced a reward.", ("January 17", "date", "--01-17")),
    row("The strike began on 9 November 2024.", ("9 November 2024", "date", "2024-11-09")),
    row("He was born on July 4, 1976, in Ohio.", ("July 4, 1976", "date", "1976-07-04")),
    row("The summit runs Sept. 20-24, 2019.", ("Sept. 20-24, 2019", "date", "2019-09-20/24")),
    row("Polls close on 17-19 of May.", ("17-19 of May", "date", "--05-17/19")),
    # a month and a year
    row("Inflation eased to 2.4%, the lowest since March 2021.",
        ("March 2021", "month", "2021-03")),
    row("Prices peaked in Oct. 2022 and fell.", ("Oct. 2022", "month", "2022-10")),
    # numeric dates: day first, month first, or undecidable
    row("Filed on 2025-01-17 at noon.", ("2025-01-17", "date", "2025-01-17")),
    row("Signed 17/01/2025 in Paris.", ("17/01/2025", "date", "2025-01-17")),
    row("Signed 1/17/2025 in Boston.", ("1/17/2025", "date", "2025-01-17")),
    row("Signed 3/4/2025 somewhere.", ("3/4/2025", "date", "2025")),
    row("Code 45/13/2025 is no date."),
    # years, decades and season years
    row("Sales rose 4% in 2022.", ("2022", "year", "2022")),
    row("Between 2026 and 2030 the fleet doubles.",
        ("2026", "year", "2026"), ("2030", "year", "2030")),
    row("Crime has fallen since the 1990s.", ("1990s", "decade", "1990/1999")),
    row("It was a hit in the '80s.", ("'80s", "decade", "1980/1989")),
    row("Revenue in 2019/20 was flat.", ("2019/20", "season", "2019/2020")),
    row("The 2012-13 season ended badly.", ("2012-13", "season", "2012/2013")),
    row("Guidance for FY2025 was cut.", ("FY2025", "season", "2025")),
    # four-digit numbers that are quantities or names, not years
    row("About 2,000 people and 1500 troops left."),
    row("She won the 1500m and COVID-19 hit."),
    row("The fund holds $2025 and 2025% is impossible."),
    row("The plan covers 2000 homes."),
]


@pytest.mark.parametrize("text,expected", DATES)
def test_find_dates(text: str, expected: List[Tuple[str, str, str]]) -> None:
    assert [(d.text, d.kind, d.iso) for d in find_dates(text)] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 /-.,'sFYJanMayinSept")),
               max_size=60))
def test_dates_slice_back_and_never_overlap_claims_or_each_other(text: str) -> None:
    claims = parse_claims(text)
    dates = find_dates(text, claims)
    for date in dates:
        assert text[date.span[0]:date.span[1]] == date.text
        assert not any(c.span[0] < date.span[1] and date.span[0] < c.span[1]
                       for c in claims if date.kind == "year")
    for first, second in zip(dates, dates[1:]):
        assert first.span[1] <= second.span[0]
