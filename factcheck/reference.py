"""Reference tables: files of trusted figures → validated ``ReferenceRow`` records.

``load_reference(paths)`` reads CSV, TSV, Parquet, Excel, JSON/JSONL and SQLite
through pandas, every cell as text, then validates the rules below column by
column (vectorised, so a million rows load in seconds) and stops at the first
broken rule with a ``ReferenceTableError`` naming file, line, column, problem
and fix.  Rules, formats and every message are documented in
``docs/reference-tables.md``; the fail table in ``tests/test_reference.py``
pins each message word for word.

Line numbers: the physical line for CSV, TSV and JSONL (the header is line 1);
the sheet row for Excel (header = row 1); the 1-based record number for JSON,
Parquet and SQLite.
"""
from __future__ import annotations

import csv
import datetime
import io
import json
import math
import os
import shlex
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Dict, List, NoReturn, Optional, Sequence, Tuple, Union

import pandas as pd

from factcheck.claims import ReferenceRow
from factcheck.errors import ReferenceTableError, UnitError
from factcheck.units import canonical_unit, dimension_of

PathArg = Union[str, "os.PathLike[str]"]

#: format name → the file name endings that select it
FORMATS: Dict[str, Tuple[str, ...]] = {
    "csv": (".csv",),
    "tsv": (".tsv", ".tab"),
    "parquet": (".parquet", ".pq"),
    "excel": (".xlsx", ".xlsm", ".xls"),
    "json": (".json",),
    "jsonl": (".jsonl", ".ndjson"),
    "sqlite": (".sqlite", ".sqlite3", ".db"),
}
FORMAT_BY_SUFFIX = {suffix: name for name, suffixes in FORMATS.items() for suffix in suffixes}
FORMAT_NAMES = ", ".join(FORMATS)

REQUIRED_COLUMNS = ("id", "subject")
NUMBER_COLUMNS = ("value", "low", "high")
KNOWN_COLUMNS = REQUIRED_COLUMNS + NUMBER_COLUMNS + (
    "unit", "keywords", "as_of", "source", "tolerance")

# The cell patterns are plain strings with one comment per piece, not re.VERBOSE:
# pandas hands a flagless pattern to pyarrow's RE2 engine, ten times faster on a
# million cells than Python's re.  [0-9], not \d, so that both engines agree.

# a plain decimal number; thousands commas only in groups of three
NUMBER_PATTERN = (
    "[+\\-\N{MINUS SIGN}]?"        # optional sign
    "(?:"
    "(?:[0-9]{1,3}(?:,[0-9]{3})+"   # 3,000 or 25,000,000
    "|[0-9]+)"                      # 3000
    "(?:[.][0-9]*)?"                # optional fraction: 3000.5, 3.
    "|[.][0-9]+"                    # .5
    ")"
    "(?:[eE][+\\-]?[0-9]+)?"        # optional exponent: 1.2e9
)

# a relative tolerance: a plain number or a percentage
TOLERANCE_PATTERN = (
    "(?:[0-9]+(?:[.][0-9]*)?|[.][0-9]+)"  # 0.05, 5, .05
    "(?: *%)?"                            # 5%
)

# YYYY, YYYY-MM or YYYY-MM-DD
AS_OF_PATTERN = (
    "[0-9]{4}"                         # year
    "(?:-(?:0[1-9]|1[0-2])"            # month
    "(?:-(?:0[1-9]|[12][0-9]|3[01]))?"  # day
    ")?"
)

# --- error texts (problem, fix); tests compare them verbatim -------------------------------

FIX_PATH = "check the path (relative paths start from the current directory)"
FIX_FORMAT = f"name the format with --reference-format ({FORMAT_NAMES})"
FIX_UTF8 = "re-save the file as UTF-8"
FIX_ID = "give each row its own id"
FIX_NO_VALUE = "fill 'value', or 'low' and/or 'high' for a range or bound"
FIX_NUMBER = "write a plain number such as 3000, 3,000 or 1.2e9 and put the unit in 'unit'"
FIX_PERCENT = "write the number without '%' and put percent in 'unit'"
FIX_NA = "use --na-values {found} to treat it as missing"
#: how tables commonly mark a missing figure; these get FIX_NA alone
MISSING_MARKERS = frozenset(("n/a", "na", "n.a.", "nan", "none", "null", "-", "--",
                             "\N{EM DASH}", "\N{EN DASH}", "?", "unknown", "tbd", "missing"))
FIX_TOLERANCE = "write a relative tolerance such as 0.05 or 5%"
FIX_UNIT = ("use an ISO 4217 code (USD), percent, percentage_point, a pint unit name "
            "(kilometre) or a singular counted noun (drone)")
FIX_AS_OF = "write it as YYYY, YYYY-MM or YYYY-MM-DD"
FIX_EXTRA = {"parquet": "pip install 'factcheck[parquet]'",
             "excel": "pip install 'factcheck[excel]' (xlrd for old .xls files)"}


@dataclass(frozen=True)
class ReferenceTable:
    """The validated rows of one or more reference tables, in file order."""

    rows: Tuple[ReferenceRow, ...]
    paths: Tuple[str, ...]


@dataclass(frozen=True)
class RawTable:
    """One file's cells as stripped text, with the line number of each record."""

    path: str
    frame: pd.DataFrame
    lines: List[int]
    header_line: Optional[int]


def fail(path: Optional[str], line: Optional[int], problem: str, fix: str = "",
         column: Optional[str] = None) -> NoReturn:
    raise ReferenceTableError(problem, path=path, line=line, column=column, fix=fix)


# --- choosing and reading a file ------------------------------------------------------------

def format_of(path: str, override: Optional[str] = None) -> str:
    """The table format of ``path``: the override if given, else from its name.

    >>> format_of("figures.CSV"), format_of("data.tab"), format_of("x.txt", "tsv")
    ('csv', 'tsv', 'tsv')
    >>> format_of("notes.txt")
    Traceback (most recent call last):
    ...
    factcheck.errors.ReferenceTableError: notes.txt: unknown table format '.txt'; name the \
format with --reference-format (csv, tsv, parquet, excel, json, jsonl, sqlite)
    """
    if override is not None:
        name = override.lower().lstrip(".")
        name = FORMAT_BY_SUFFIX.get("." + name, name)
        if name not in FORMATS:
            fail(path, None, f"unknown table format {override!r}", f"use one of {FORMAT_NAMES}")
        return name
    suffix = Path(path).suffix.lower()
    if suffix in FORMAT_BY_SUFFIX:
        return FORMAT_BY_SUFFIX[suffix]
    what = f"unknown table format {suffix!r}" if suffix else "no file extension to tell the format"
    fail(path, None, what, FIX_FORMAT)


def check_file(path: str) -> None:
    """Fail unless ``path`` names a readable file."""
    if not os.path.exists(path):
        fail(path, None, "no such file", FIX_PATH)
    if os.path.isdir(path):
        fail(path, None, "is a directory, not a table file", "name the table file inside it")
    if not os.access(path, os.R_OK):
        fail(path, None, "cannot read the file (permission denied)", "check its permissions")


def decode_utf8(path: str, data: bytes) -> str:
    """``data`` as text, or an error naming the line of the first byte that is not UTF-8.

    >>> decode_utf8("a.csv", b"\\xef\\xbb\\xbfid\\n")
    'id\\n'
    >>> decode_utf8("a.csv", b"id\\nx,caf\\xe9\\n")
    Traceback (most recent call last):
    ...
    factcheck.errors.ReferenceTableError: a.csv:2: file is not UTF-8 (byte 0xe9 at \
character 6); re-save the file as UTF-8
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        fail(path, line, f"file is not UTF-8 (byte 0x{data[exc.start]:02x} at character "
                         f"{column})", FIX_UTF8)


def read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        fail(path, None, f"cannot read the file ({exc.strerror})", "check the path and permissions")


def read_text(path: str) -> str:
    return decode_utf8(path, read_bytes(path))


FIX_EMPTY = "add a header line (id,subject,value,unit) and one row per figure"


def read_delimited(path: str, sep: str) -> RawTable:
    """CSV or TSV: pandas reads the file as strings; lines count the newlines inside quoted
    fields.  The file is read a second time, by us, only to explain an error."""
    try:
        # header=None: the header is read as a record, so that a longer row later
        # fails instead of silently turning the first column into an index
        cells = pd.read_csv(path, sep=sep, header=None, dtype=str, encoding="utf-8-sig",
                            keep_default_na=False, na_filter=False, skip_blank_lines=False)
    except UnicodeDecodeError:
        read_text(path)  # raises the error that names the line
        raise
    except pd.errors.EmptyDataError:
        fail(path, None, "file is empty", FIX_EMPTY)
    except (pd.errors.ParserError, ValueError, csv.Error) as exc:
        locate_csv_error(path, read_text(path), sep, exc)
    except OSError as exc:
        fail(path, None, f"cannot read the file ({exc.strerror})", "check the path and permissions")
    if cells.empty:
        fail(path, None, "file is empty", FIX_EMPTY)
    frame = cells.iloc[1:].reset_index(drop=True)
    frame.columns = pd.Index(cells.iloc[0].tolist())
    first = 2 + sum(str(name).count("\n") for name in frame.columns)
    broken = [col for col in range(frame.shape[1])
              if frame.iloc[:, col].str.contains("\n", regex=False).any()]
    if not broken:
        return RawTable(path, frame, list(range(first, first + len(frame))), 1)
    breaks = sum((frame.iloc[:, col].str.count("\n") for col in broken),
                 pd.Series(0, index=frame.index))
    lines = (first + pd.RangeIndex(len(frame)) + breaks.cumsum() - breaks).tolist()
    return RawTable(path, frame, lines, 1)


def locate_csv_error(path: str, text: str, sep: str, exc: Exception) -> NoReturn:
    """Re-read a CSV that pandas refused with the csv module, to name the physical line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    width = None
    line = 0
    try:
        for record in reader:
            if width is None:
                width = len(record)
            elif len(record) > width:
                fail(path, reader.line_num, f"row has {len(record)} fields but the header has "
                                            f"{width}", f"quote fields that contain {sep!r}")
            line = reader.line_num
    except csv.Error:
        fail(path, line + 1, "a quoted field never ends", 'close the quote (") opened here')
    fail(path, None, f"cannot read the file as a table ({first_line(exc)})",
         "check that it is a delimited text file, or " + FIX_FORMAT)


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message, for quoting a library's complaint."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def read_json(path: str) -> RawTable:
    """A JSON array of objects, or ``{"rows": [...]}``; numbers keep their written digits, and
    NaN or Infinity stay words, so that they fail as numbers instead of passing as empty."""
    text = read_text(path)
    try:
        data = json.loads(text, parse_float=str, parse_int=str, parse_constant=str)
    except json.JSONDecodeError as exc:
        fail(path, exc.lineno, f"not valid JSON ({exc.msg} at character {exc.colno})",
             "fix the JSON syntax")
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        data = data["rows"]
    if not isinstance(data, list):
        fail(path, None, f"expected an array of row objects or {{\"rows\": [...]}} (found "
                         f"{json_type(data)})", "put the rows in a JSON array")
    for number, record in enumerate(data, 1):
        if not isinstance(record, dict):
            fail(path, number, f"record is not an object (found {json_type(record)})",
                 'write each row as {"id": ..., "subject": ..., "value": ...}')
    return RawTable(path, records_frame(data), list(range(1, len(data) + 1)), None)


def read_jsonl(path: str) -> RawTable:
    """One JSON object per line; blank lines are skipped."""
    records: List[Dict[str, Any]] = []
    lines: List[int] = []
    # split on "\n" only: str.splitlines also breaks at U+2028 and other characters that
    # a JSON string may hold
    for number, raw in enumerate(read_text(path).split("\n"), 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw, parse_float=str, parse_int=str, parse_constant=str)
        except json.JSONDecodeError as exc:
            fail(path, number, f"not valid JSON ({exc.msg} at character {exc.colno})",
                 "write one JSON object per line")
        if not isinstance(record, dict):
            fail(path, number, f"record is not an object (found {json_type(record)})",
                 'write each line as {"id": ..., "subject": ..., "value": ...}')
        records.append(record)
        lines.append(number)
    return RawTable(path, records_frame(records), lines, None)


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type.

    >>> json_type([]), json_type({}), json_type("3"), json_type(None)
    ('an array', 'an object', 'a string or number', 'null')
    """
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "null" if value is None else "a string or number"


def records_frame(records: List[Dict[str, Any]]) -> pd.DataFrame:
    return typed_to_text(pd.DataFrame.from_records(records) if records else pd.DataFrame())


#: leading bytes of each binary format, checked before a library sees the file
PARQUET_MAGIC = (b"PAR1",)
EXCEL_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # xlsx is a zip; xls an OLE2 file


def check_magic(path: str, magic: Tuple[bytes, ...], what: str, kind: str, fix: str) -> None:
    """Fail unless the file starts with one of ``magic``: a clearer message than a library's."""
    with open(path, "rb") as handle:
        head = handle.read(8)
    if not head.startswith(magic):
        fail(path, None, f"cannot read the file as {what} (it is not {kind})",
             fix + ", or " + FIX_FORMAT)


def missing_package(path: str, fmt: str, exc: ImportError) -> NoReturn:
    fail(path, None, f"a package needed to read it is missing ({first_line(exc).split('.')[0]})",
         "install it with " + FIX_EXTRA[fmt])


def read_parquet(path: str) -> RawTable:
    check_magic(path, PARQUET_MAGIC, "Parquet", "a Parquet file", "check the file")
    try:
        frame = pd.read_parquet(path, dtype_backend="pyarrow")
    except ImportError as exc:
        missing_package(path, "parquet", exc)
    except Exception as exc:  # pyarrow raises its own family; none may leak as a traceback
        fail(path, None, f"cannot read the file as Parquet ({first_line(exc)})",
             "check the file, or " + FIX_FORMAT)
    return RawTable(path, typed_to_text(frame), list(range(1, len(frame) + 1)), None)


def read_excel(path: str, sheet: Optional[str]) -> RawTable:
    """The first sheet, or the one named ``sheet``; lines are the sheet's row numbers."""
    check_magic(path, EXCEL_MAGIC, "Excel", "an Excel workbook",
                "save it as .xlsx from your spreadsheet program")
    try:
        book = pd.ExcelFile(path)
    except ImportError as exc:
        missing_package(path, "excel", exc)
    except Exception as exc:  # zipfile, openpyxl and xlrd each raise their own errors
        fail(path, None, f"cannot read the file as Excel ({first_line(exc)})",
             "save it again as .xlsx, or " + FIX_FORMAT)
    with book:
        names = [str(name) for name in book.sheet_names]
        if sheet is not None and sheet not in names:
            fail(path, None, f"no sheet {sheet!r} (sheets: {', '.join(names)})",
                 "name one of them with --table")
        try:
            frame = pd.read_excel(book, sheet_name=sheet if sheet is not None else 0,
                                  dtype=object, na_filter=False)
        except Exception as exc:  # as above: any library error becomes our one-line error
            fail(path, None, f"cannot read the sheet ({first_line(exc)})",
                 "save the workbook again as .xlsx")
    return RawTable(path, typed_to_text(frame), list(range(2, len(frame) + 2)), 1)


def read_sqlite(path: str, table: Optional[str], query: Optional[str]) -> RawTable:
    """A table (``table``) or a query's result (``query``) from a SQLite file, opened read-only."""
    if table is not None and query is not None:
        fail(path, None, "both a table and a query were given", "give --table or --query, not both")
    try:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as con:
            tables = [name for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")]
            sql = query if query is not None else table_query(path, table, tables)
            try:
                cursor = con.execute(sql)
            except sqlite3.Error as exc:
                fail(path, None, f"SQL query failed ({first_line(exc)})", "fix the --query")
            columns = [str(description[0]) for description in cursor.description or ()]
            records: List[Any] = []
            try:
                records.extend(cursor)
            except (UnicodeDecodeError, sqlite3.OperationalError) as exc:
                # sqlite3 reports bad UTF-8 either way, depending on where it meets it
                if "decode" not in str(exc).lower():
                    raise
                fail(path, len(records) + 1, f"a text cell is not UTF-8 ({first_line(exc)})",
                     "store the database's text as UTF-8")
    except UnicodeDecodeError as exc:
        fail(path, None, f"a table name is not UTF-8 (byte 0x{exc.object[exc.start]:02x})",
             "store the database's text as UTF-8")
    except sqlite3.Error as exc:
        fail(path, None, f"cannot read the file as SQLite ({first_line(exc)})",
             "check that it is a SQLite database, or " + FIX_FORMAT)
    frame = typed_to_text(pd.DataFrame(records, columns=columns, dtype=object))
    return RawTable(path, frame, list(range(1, len(frame) + 1)), None)


def table_query(path: str, table: Optional[str], tables: List[str]) -> str:
    """The SELECT for ``table``, or for the only table when none is named."""
    if not tables:
        fail(path, None, "the database has no tables", "check that this is the right database")
    listed = ", ".join(tables)
    if table is None:
        if len(tables) != 1:
            fail(path, None, f"the database has {len(tables)} tables ({listed})",
                 "name one with --table, or give --query")
        table = tables[0]
    if table not in tables:
        fail(path, None, f"no table {table!r} (tables: {listed})", "name one of them with --table")
    return 'SELECT * FROM "{}"'.format(table.replace('"', '""'))


def cell_text(value: object) -> str:
    """A typed cell (Excel, Parquet, SQLite, JSON) as the text a CSV would hold.

    >>> [cell_text(v) for v in (None, float("nan"), 3, 3.0, 0.1, 1e21, True, "x")]
    ['', '', '3', '3.0', '0.1', '1e+21', 'True', 'x']
    >>> cell_text(datetime.datetime(2022, 10, 1)), cell_text(["a", "b"])
    ('2022-10-01', 'a;b')
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return ";".join(cell_text(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value)
    return str(value)


def typed_to_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every column as text, with missing values as ''."""
    return pd.DataFrame({col: [cell_text(v) for v in frame[col].astype(object)]
                         for col in frame.columns}, index=pd.RangeIndex(len(frame)), dtype=str)


def read_table(path: str, fmt: str, table: Optional[str], query: Optional[str]) -> RawTable:
    readers: Dict[str, Callable[[], RawTable]] = {
        "csv": lambda: read_delimited(path, ","),
        "tsv": lambda: read_delimited(path, "\t"),
        "json": lambda: read_json(path),
        "jsonl": lambda: read_jsonl(path),
        "parquet": lambda: read_parquet(path),
        "excel": lambda: read_excel(path, table),
        "sqlite": lambda: read_sqlite(path, table, query),
    }
    return readers[fmt]()


# --- validating the cells -------------------------------------------------------------------

def normalised_columns(raw: RawTable) -> pd.DataFrame:
    """Columns renamed to stripped lower case; our cells stripped, subjects on one line."""
    frame = raw.frame.rename(columns=lambda name: str(name).strip().lower())
    seen: Dict[str, int] = {}
    for name in frame.columns:
        seen[name] = seen.get(name, 0) + 1
        if seen[name] == 2 and name in KNOWN_COLUMNS:
            fail(raw.path, raw.header_line, f"column {name!r} appears twice in the header",
                 "keep one of them", name)
    for name in KNOWN_COLUMNS:
        if name in frame.columns:
            frame[name] = frame[name].str.strip()
    if "subject" in frame.columns and frame["subject"].str.contains("\\s\\s|[^ \\S]").any():
        frame["subject"] = frame["subject"].str.replace("\\s+", " ", regex=True)
    return frame


def check_columns(raw: RawTable, frame: pd.DataFrame) -> None:
    found = ", ".join(str(name) for name in frame.columns if str(name)) or "none"
    for name in REQUIRED_COLUMNS:
        if name not in frame.columns:
            fix = {"id": "add an 'id' column with a unique name for each row",
                   "subject": "add a 'subject' column saying what each figure is about"}[name]
            fail(raw.path, raw.header_line, f"missing required column {name!r} (found: {found})",
                 fix, name)
    if not any(name in frame.columns for name in NUMBER_COLUMNS):
        fail(raw.path, raw.header_line, f"no 'value', 'low' or 'high' column (found: {found})",
             "add a 'value' column, or 'low' and 'high' for ranges", "value")


def without_blank_rows(raw: RawTable, frame: pd.DataFrame,
                       na_values: Sequence[str]) -> Tuple[pd.DataFrame, List[int]]:
    """Missing markers blanked in our columns, then rows with no cell at all dropped."""
    markers = {value.strip() for value in na_values}
    for name in KNOWN_COLUMNS:
        if name in frame.columns and markers:
            frame[name] = frame[name].mask(frame[name].isin(markers), "")
    filled = pd.Series(False, index=frame.index)
    for position in range(frame.shape[1]):
        filled |= frame.iloc[:, position].str.strip() != ""
    if not filled.all():
        keep = filled.to_numpy()
        lines = [line for line, kept in zip(raw.lines, keep) if kept]
        frame = frame[keep].reset_index(drop=True)
    else:
        lines = raw.lines
    if frame.empty:
        fail(raw.path, None, "table has no rows", "add one row per figure below the header")
    return frame, lines


def first_bad(mask: pd.Series) -> Optional[int]:
    """Position of the first True in a boolean Series, or None."""
    positions = mask.to_numpy().nonzero()[0]
    return int(positions[0]) if len(positions) else None


def check_ids(path: str, frame: pd.DataFrame, lines: List[int]) -> None:
    for name, fix in (("id", FIX_ID), ("subject", "say in plain words what the figure is about")):
        bad = first_bad(frame[name] == "")
        if bad is not None:
            fail(path, lines[bad], f"column {name!r} is empty", fix, name)
    bad = first_bad(frame["id"].duplicated())
    if bad is not None:
        value = frame["id"].iloc[bad]
        earlier = first_bad(frame["id"] == value)
        assert earlier is not None
        fail(path, lines[bad], f"column 'id' repeats {value!r} (first at line {lines[earlier]})",
             FIX_ID, "id")


def number_fix(found: str) -> str:
    """The remedy for a cell that is not a plain number.

    >>> number_fix("n/a")
    'use --na-values n/a to treat it as missing'
    >>> number_fix("12%")
    "write the number without '%' and put percent in 'unit'"
    >>> number_fix("six hundred")
    "write it in digits, or use --na-values 'six hundred' to treat it as missing"
    """
    if found.endswith("%"):
        return FIX_PERCENT
    if any(ch.isdigit() for ch in found):
        return FIX_NUMBER
    if found.lower() in MISSING_MARKERS:
        return FIX_NA.format(found=shlex.quote(found))
    return "write it in digits, or " + FIX_NA.format(found=shlex.quote(found))


def plain_number(text: str) -> str:
    """A number cell that matched NUMBER_PATTERN, as Decimal syntax.

    >>> plain_number("3,000"), plain_number("\N{MINUS SIGN}1.5e3")
    ('3000', '-1.5e3')
    """
    return text.replace(",", "").replace("\N{MINUS SIGN}", "-")


def numbers(path: str, frame: pd.DataFrame, lines: List[int],
            name: str) -> List[Optional[Decimal]]:
    """A number column as Decimals ('' is None), or an error at its first bad cell."""
    if name not in frame.columns:
        return [None] * len(frame)
    cells = frame[name]
    bad = first_bad((cells != "") & ~cells.str.fullmatch(NUMBER_PATTERN))
    if bad is not None:
        found = cells.iloc[bad]
        fail(path, lines[bad], f"column {name!r} is not a number (found {found!r})",
             number_fix(found), name)
    if cells.str.contains("[,\N{MINUS SIGN}]").any():
        cells = cells.map(plain_number)
    return [Decimal(text) if text else None for text in cells.tolist()]


def tolerance_of(text: str) -> Optional[Decimal]:
    """A tolerance cell that matched TOLERANCE_PATTERN as a fraction; '' is None.

    >>> tolerance_of("5%"), tolerance_of("0.05"), tolerance_of("")
    (Decimal('0.05'), Decimal('0.05'), None)
    """
    if not text:
        return None
    if text.endswith("%"):
        return Decimal(text[:-1].strip()) / 100
    return Decimal(text)


def tolerances(path: str, frame: pd.DataFrame, lines: List[int]) -> List[Optional[Decimal]]:
    """The 'tolerance' column as fractions, each distinct cell read once."""
    if "tolerance" not in frame.columns:
        return [None] * len(frame)
    cells = frame["tolerance"]
    bad = first_bad((cells != "") & ~cells.str.fullmatch(TOLERANCE_PATTERN))
    if bad is not None:
        fail(path, lines[bad], f"column 'tolerance' is not a number (found {cells.iloc[bad]!r})",
             FIX_TOLERANCE, "tolerance")
    read = {text: tolerance_of(text) for text in cells.unique()}
    too_big = [text for text, value in read.items() if value is not None and value > 1]
    if too_big:
        bad = first_bad(cells.isin(too_big))
        assert bad is not None
        fail(path, lines[bad], f"column 'tolerance' is above 100% (found {cells.iloc[bad]!r})",
             "write 5% or 0.05 for five percent", "tolerance")
    return [read[text] for text in cells.tolist()]


def check_bounds(path: str, lines: List[int], value: List[Optional[Decimal]],
                 low: List[Optional[Decimal]], high: List[Optional[Decimal]]) -> None:
    for position, (v, lo, hi) in enumerate(zip(value, low, high)):
        if v is None and lo is None and hi is None:
            fail(path, lines[position], "row has no value", FIX_NO_VALUE, "value")
        if lo is not None and hi is not None and lo > hi:
            fail(path, lines[position], f"low {lo} is greater than high {hi}",
                 "swap 'low' and 'high'", "low")
        if v is not None and ((lo is not None and v < lo) or (hi is not None and v > hi)):
            fail(path, lines[position], f"value {v} lies outside low {lo} to high {hi}",
                 "correct the value or the range", "value")


def units(path: str, frame: pd.DataFrame, lines: List[int]) -> Tuple[List[str], List[str]]:
    """Canonical unit and dimension per row, resolving each distinct unit once."""
    if "unit" not in frame.columns:
        return [""] * len(frame), ["dimensionless"] * len(frame)
    cells = frame["unit"].tolist()
    resolved: Dict[str, Tuple[str, str]] = {"": ("", "dimensionless")}
    for position, name in enumerate(cells):
        if name in resolved:
            continue
        try:
            unit = canonical_unit(name)
            resolved[name] = (unit, dimension_of(unit))
        except UnitError as exc:
            fail(path, lines[position], f"column 'unit': {exc.problem}", exc.fix or FIX_UNIT,
                 "unit")
    return [resolved[name][0] for name in cells], [resolved[name][1] for name in cells]


def text_column(frame: pd.DataFrame, name: str) -> List[str]:
    return frame[name].tolist() if name in frame.columns else [""] * len(frame)


def as_of_dates(path: str, frame: pd.DataFrame, lines: List[int]) -> List[str]:
    cells = frame["as_of"] if "as_of" in frame.columns else None
    if cells is None:
        return [""] * len(frame)
    bad = first_bad((cells != "") & ~cells.str.fullmatch(AS_OF_PATTERN))
    if bad is not None:
        fail(path, lines[bad], f"column 'as_of' is not a date (found {cells.iloc[bad]!r})",
             FIX_AS_OF, "as_of")
    return cells.tolist()


def split_keywords(text: str) -> Tuple[str, ...]:
    """The ';'-separated keywords of a cell, stripped, empties dropped.

    >>> split_keywords(" Iran; Shahed ;;drones "), split_keywords("")
    (('Iran', 'Shahed', 'drones'), ())
    """
    return tuple(filter(None, map(str.strip, text.split(";")))) if text else ()


def keyword_tuples(cells: List[str]) -> List[Tuple[str, ...]]:
    """Each cell's keywords; cells repeat (aliases of one place), so each is split once."""
    split: Dict[str, Tuple[str, ...]] = {}
    return [split[text] if text in split else split.setdefault(text, split_keywords(text))
            for text in cells]


def validated_rows(raw: RawTable, na_values: Sequence[str]) -> List[ReferenceRow]:
    """The pipeline for one file: columns → blank rows → ids → numbers → units → records."""
    path = raw.path
    frame = normalised_columns(raw)
    check_columns(raw, frame)
    frame, lines = without_blank_rows(raw, frame, na_values)
    check_ids(path, frame, lines)
    value, low, high = (numbers(path, frame, lines, name) for name in NUMBER_COLUMNS)
    check_bounds(path, lines, value, low, high)
    tolerance = tolerances(path, frame, lines)
    unit, dimension = units(path, frame, lines)
    as_of = as_of_dates(path, frame, lines)
    keywords = keyword_tuples(text_column(frame, "keywords"))
    # positional, in ReferenceRow's field order: a third faster than keywords on 1M rows
    return [ReferenceRow(*fields) for fields in zip(
        frame["id"].tolist(), frame["subject"].tolist(), value, low, high, unit, dimension,
        keywords, as_of, text_column(frame, "source"), tolerance,
        [f"{path}:{line}" for line in lines])]


def check_unique_across(tables: List[List[ReferenceRow]]) -> None:
    """Fail when an id of a later table was already used by an earlier one."""
    if len(tables) < 2:
        return  # ids are unique within each table already
    first_seen: Dict[str, str] = {}
    for rows in tables:
        for row in rows:
            if row.id in first_seen:
                path, _, line = row.location.rpartition(":")
                fail(path, int(line), f"column 'id' repeats {row.id!r} (first at "
                                      f"{first_seen[row.id]})",
                     FIX_ID + " across all tables", "id")
        for row in rows:
            first_seen[row.id] = row.location


def load_reference(paths: Union[PathArg, Sequence[PathArg]], *, table: Optional[str] = None,
                   query: Optional[str] = None, format: Optional[str] = None,
                   na_values: Sequence[str] = ()) -> ReferenceTable:
    """Read and validate one or more reference tables into one ``ReferenceTable``.

    ``format`` overrides the format the file name implies; ``table`` names a
    SQLite table or an Excel sheet, ``query`` runs a SELECT on a SQLite file
    (both are ignored for formats without tables); cells equal to one of
    ``na_values`` count as empty.  Any broken rule raises ReferenceTableError.

    >>> load_reference([])
    Traceback (most recent call last):
    ...
    factcheck.errors.ReferenceTableError: no reference table given; pass at least one file
    """
    given = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    if not given:
        fail(None, None, "no reference table given", "pass at least one file")
    names = [os.fspath(path) for path in given]
    tables = []
    for name in names:
        check_file(name)
        raw = read_table(name, format_of(name, format), table, query)
        tables.append(validated_rows(raw, na_values))
    check_unique_across(tables)
    return ReferenceTable(rows=tuple(row for rows in tables for row in rows), paths=tuple(names))
