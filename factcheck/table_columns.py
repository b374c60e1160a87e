"""Units and scales written once in a pasted table's header row.  Under "Scheme | Cost (£m) |
Span (m)", the row "Bridge A | 42.5 | 120" holds £42.5 million and 120 metres: a bare figure
takes the unit or scale its column's header gives in brackets.  Only pipe tables are read
(Markdown and text pasted from spreadsheets), only bare figures change, and a column whose
header names no unit leaves its cells as they are ("Jobs" of "| Jobs |")."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Dict, Final, List, NamedTuple, Optional

from factcheck import units
from factcheck.claims import Claim
from factcheck.scale_headers import bare_scale, in_scale, money_scale

#: a unit or scale in brackets ending a header cell: "Cost (£m)", "Span (m)", "Share (%)"
_BRACKETED: Final = re.compile(r"\(([^()]{1,24})\)\s*\Z")
#: a Markdown separator row: "|---|:--:|"
_SEPARATOR: Final = re.compile(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\Z")
#: the pipe and spaces that open a cell right before its figure, and those that close it
_CELL_OPENS: Final = re.compile(r"\|[ \t]*\Z")
_CELL_CLOSES: Final = re.compile(r"[ \t]*(?:\||\n|\Z)")
#: how far back a cell's pipe is looked for
_CELL_REACH: Final = 16
#: a bare figure filling its cell: "42.5", "1,204", "-3.1"
_BARE_FIGURE: Final = re.compile(r"[-+\N{MINUS SIGN}]?[0-9][0-9,.]*")


class ColumnUnit(NamedTuple):
    """What a header cell gives the bare figures of its column."""

    unit: str
    dimension: str
    factor: Decimal


def table_column_units(claims: List[Claim], text: str) -> List[Claim]:
    """Bare figures in the rows of a pipe table, in the unit or scale of their column's
    header."""
    if "|" not in text or not claims:
        return claims  # the common case: no table
    headers = _column_headers(text)
    if not headers:
        return claims
    result: List[Claim] = []
    line_start, index, counted_to = -1, 0, 0
    for claim in claims:  # in order of the text, so each row is read once, left to right
        start = claim.span[0]
        newline = text.rfind("\n", counted_to, start)  # (only what the last claim left)
        row_start = newline + 1 if newline >= 0 else max(line_start, 0)
        if row_start != line_start:
            line_start, index, counted_to = row_start, 0, row_start
            if text[row_start:start].lstrip(" \t").startswith("|"):
                index = -1  # an outer pipe opens the row
        index += text.count("|", counted_to, start)
        counted_to = start
        columns = headers.get(line_start)
        column = columns[index] if columns is not None and 0 <= index < len(columns) else None
        if column is not None and _bare_cell(claim, text, line_start):
            claim = in_scale(claim, column.unit, column.dimension, column.factor)
        result.append(claim)
    return result


def _column_headers(text: str) -> Dict[int, List[Optional[ColumnUnit]]]:
    """For the start of every body row of a pipe table whose header names a unit, the unit of
    each column (None where the header names none)."""
    found: Dict[int, List[Optional[ColumnUnit]]] = {}
    header: Optional[List[Optional[ColumnUnit]]] = None
    position = 0
    for line in text.split("\n"):
        if "|" not in line:
            header = None  # a table ends where a line has no pipe
        elif _SEPARATOR.match(line):
            pass
        elif header is None:
            columns = [_column_unit(cell) for cell in _cells(line)]
            header = columns if any(columns) else []
        elif header:
            found[position] = header
        position += len(line) + 1
    return found


def _cells(line: str) -> List[str]:
    """The cells of a pipe row, without the empty ones its outer pipes make."""
    cells = line.split("|")
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return cells


def _column_unit(cell: str) -> Optional[ColumnUnit]:
    """The unit or scale a header cell gives its column: "(£m)" millions of pounds, "(m)"
    metres, "(%)" percent, "(000s)" thousands; else None."""
    found = _BRACKETED.search(cell)
    if found is None:
        return None
    inner = found.group(1).strip()
    money = money_scale(inner)
    if money is not None:
        return ColumnUnit(money[0], "currency", money[1])
    scale = bare_scale(inner)
    if scale is not None:
        return ColumnUnit("", "dimensionless", scale)
    entry = units.lookup_after(inner)
    if entry is None or entry.dimension in ("count", "currency") or entry.factor != 1:
        return None
    return ColumnUnit(entry.unit, entry.dimension, Decimal(1))


def _bare_cell(claim: Claim, text: str, line_start: int) -> bool:
    """Whether a claim is a bare figure that fills its cell alone."""
    if claim.unit or claim.dimension != "dimensionless" or claim.vague \
            or not _BARE_FIGURE.fullmatch(claim.text):
        return False
    opening = _CELL_OPENS.search(text, max(line_start, claim.span[0] - _CELL_REACH),
                                 claim.span[0])
    first_cell = claim.span[0] - line_start <= _CELL_REACH \
        and not text[line_start:claim.span[0]].strip(" \t")  # "42.5 | 120": no outer pipe
    return (opening is not None or first_cell) \
        and _CELL_CLOSES.match(text, claim.span[1]) is not None
