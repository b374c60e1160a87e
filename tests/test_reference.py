"""load_reference: good tables of every format load; each broken rule fails with its exact message.

Where new rows go:
- a new format or option that should load → ``FORMATS`` (built in tmp_path from ``SEED_ROWS``)
  or ``GOOD_FIXTURES`` (a file in fixtures/references/good/);
- a new broken rule → a small file in fixtures/references/bad/ named for the rule and a row in
  ``BAD_FILES``, or, for binary files and options, a builder and a row in ``BAD_BUILT``.
Messages are compared verbatim: they are the user interface.
"""
from __future__ import annotations

import datetime
import json
import re
import sqlite3
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Dict, List

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import ReferenceTableError, UnitError
from factcheck.reference import NUMBER_PATTERN, ReferenceTable, load_reference, plain_number
from factcheck.units import canonical_unit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "references"
FORMAT_FIX = ("name the format with --reference-format (csv, tsv, parquet, excel, json, jsonl, "
              "sqlite)")

SEED_ROWS: List[Dict[str, Any]] = [
    {"id": "reward", "subject": "US reward for the arrest of Nicolás Maduro",
     "value": 25000000, "unit": "USD", "keywords": "Maduro;reward", "as_of": "2025-01-10",
     "source": "https://example.org/reward"},
    {"id": "term", "subject": "Venezuelan presidential term", "value": 6, "unit": "years",
     "keywords": "", "as_of": "", "source": ""},
    {"id": "drones", "subject": "Iranian drones supplied to Russia", "low": 600, "high": 3000,
     "unit": "drones", "keywords": "Iran; Shahed", "as_of": "2022-10", "source": "CFR",
     "tolerance": "5%"},
]
COLUMNS = ["id", "subject", "value", "low", "high", "unit", "keywords", "as_of", "source",
           "tolerance"]


def seed_frame() -> pd.DataFrame:
    """The seed rows with real types: numbers as numbers, missing cells as None."""
    return pd.DataFrame([{name: row.get(name) for name in COLUMNS} for row in SEED_ROWS],
                        dtype=object)


def write_delimited(path: Path, sep: str) -> None:
    seed_frame().to_csv(path, sep=sep, index=False)


def write_json(path: Path, wrap: bool) -> None:
    records = [{k: v for k, v in row.items() if v != ""} for row in SEED_ROWS]
    path.write_text(json.dumps({"rows": records} if wrap else records), encoding="utf-8")


def write_jsonl(path: Path) -> None:
    lines = [json.dumps(row) for row in SEED_ROWS]
    path.write_text(lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n", encoding="utf-8")


def write_parquet(path: Path) -> None:
    frame = seed_frame()
    for name in ("value", "low", "high"):
        frame[name] = pd.to_numeric(frame[name])
    frame.to_parquet(path, index=False)


def write_excel(path: Path, sheet: str = "figures") -> None:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "notes"
    first.append(["nothing here"])
    target = book.create_sheet(sheet)
    target.append(COLUMNS)
    for row in SEED_ROWS:
        target.append([row.get(name) for name in COLUMNS])
    book.move_sheet(sheet, offset=-1)
    book.save(path)


def write_sqlite(path: Path, *tables: str) -> None:
    with sqlite3.connect(path) as con:
        for table in tables or ("figures",):
            con.execute(f"CREATE TABLE {table} (id TEXT, subject TEXT, value REAL, low INTEGER, "
                        "high INTEGER, unit TEXT, keywords TEXT, as_of TEXT, source TEXT, "
                        "tolerance TEXT)")
            con.executemany(f"INSERT INTO {table} VALUES (?,?,?,?,?,?,?,?,?,?)",
                            [[row.get(name) for name in COLUMNS] for row in SEED_ROWS])
    con.close()


Writer = Callable[[Path], None]

#: (file name, writer, options, the three rows' line numbers)
FORMATS = [
    pytest.param("figures.csv", lambda p: write_delimited(p, ","), {}, [2, 3, 4], id="csv"),
    pytest.param("figures.tsv", lambda p: write_delimited(p, "\t"), {}, [2, 3, 4], id="tsv"),
    pytest.param("figures.tab", lambda p: write_delimited(p, "\t"), {}, [2, 3, 4], id="tab"),
    pytest.param("figures.txt", lambda p: write_delimited(p, ","), {"format": "csv"}, [2, 3, 4],
                 id="txt with format=csv"),
    pytest.param("figures.json", lambda p: write_json(p, False), {}, [1, 2, 3],
                 id="json records"),
    pytest.param("figures.json", lambda p: write_json(p, True), {}, [1, 2, 3],
                 id="json {rows: [...]}"),
    pytest.param("figures.jsonl", write_jsonl, {}, [1, 3, 4], id="jsonl with a blank line"),
    pytest.param("figures.parquet", write_parquet, {}, [1, 2, 3], id="parquet"),
    pytest.param("figures.xlsx", write_excel, {}, [2, 3, 4], id="xlsx first sheet"),
    pytest.param("figures.xlsx", lambda p: write_excel(p, "2025"), {"table": "2025"},
                 [2, 3, 4], id="xlsx sheet named by table="),
    pytest.param("figures.sqlite", write_sqlite, {}, [1, 2, 3], id="sqlite only table"),
    pytest.param("figures.db", lambda p: write_sqlite(p, "a", "figures"), {"table": "figures"},
                 [1, 2, 3], id="sqlite table="),
    pytest.param("figures.sqlite3", lambda p: write_sqlite(p, "a", "b"),
                 {"query": "SELECT * FROM b ORDER BY rowid"}, [1, 2, 3], id="sqlite query="),
]


@pytest.mark.parametrize("name, write, options, lines", FORMATS)
def test_load_reference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                        write: Writer, options: Dict[str, Any], lines: List[int]) -> None:
    write(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    table = load_reference(name, **options)
    assert table.paths == (name,)
    assert [row.id for row in table.rows] == ["reward", "term", "drones"]
    assert [row.location for row in table.rows] == [f"{name}:{line}" for line in lines]
    reward, term, drones = table.rows
    assert (reward.value, reward.low, reward.high) == (Decimal(25000000), None, None)
    assert (reward.unit, reward.dimension, reward.keywords) == ("USD", "currency",
                                                                ("Maduro", "reward"))
    assert (reward.as_of, reward.source, reward.tolerance) == (
        "2025-01-10", "https://example.org/reward", None)
    assert reward.subject == "US reward for the arrest of Nicolás Maduro"
    assert (term.value, term.unit, term.dimension, term.keywords) == (Decimal(6), "year", "time",
                                                                      ())
    assert (drones.value, drones.low, drones.high) == (None, Decimal(600), Decimal(3000))
    assert (drones.unit, drones.dimension) == ("drone", "count")
    assert (drones.keywords, drones.tolerance) == (("Iran", "Shahed"), Decimal("0.05"))


def fixture_rows(name: str, **options: Any) -> ReferenceTable:
    return load_reference(FIXTURES / "good" / name, **options)


#: (fixture, options, {row id: {field: expected}}) — features beyond the plain table
GOOD_FIXTURES = [
    pytest.param(
        "every-column.csv", {},
        {"reward": {"subject": "US reward for information leading to the arrest of "
                               "Nicolás Maduro", "value": Decimal(25000000),
                    "keywords": ("Maduro", "reward"), "tolerance": Decimal("0.05"),
                    "location": "every-column.csv:2"},
         "drones": {"low": Decimal(600), "high": Decimal(3000), "unit": "drone",
                    "location": "every-column.csv:5"},
         "gdp": {"value": Decimal("1.05e14"), "tolerance": Decimal("0.1"), "as_of": "2022"},
         "warming": {"value": None, "high": Decimal("1.5"), "unit": "degree_Celsius",
                     "dimension": "temperature"}},
        id="BOM, header case, quoted line break, blank line, 3,000, 1.05e14, 5%, extra column"),
    pytest.param("terms.tsv", {}, {"us-term": {"value": Decimal(4), "unit": "year",
                                               "location": "terms.tsv:3"}}, id="tsv"),
    pytest.param("terms.json", {},
                 {"term": {"keywords": ("Venezuela", "president")},
                  "tiny": {"value": Decimal("0.1"), "unit": "", "dimension": "dimensionless"}},
                 id="json keywords as an array, 0.1 stays exact"),
    pytest.param("terms.jsonl", {}, {"us-term": {"value": Decimal(4), "as_of": "",
                                                 "location": "terms.jsonl:3"}},
                 id="jsonl null and string numbers"),
    pytest.param("every-column.csv", {"format": "CSV"}, {"gdp": {"value": Decimal("1.05e14")}},
                 id="format= is case-blind"),
]


@pytest.mark.parametrize("name, options, expected", GOOD_FIXTURES)
def test_load_reference_fixture(monkeypatch: pytest.MonkeyPatch, name: str,
                                options: Dict[str, Any],
                                expected: Dict[str, Dict[str, Any]]) -> None:
    monkeypatch.chdir(FIXTURES / "good")
    rows = {row.id: row for row in load_reference(name, **options).rows}
    for row_id, fields in expected.items():
        assert {field: getattr(rows[row_id], field) for field in fields} == fields


def test_na_values_blank_the_marker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "figures.csv").write_text(
        "id,subject,value,low,high,unit\n"
        "drones,Iranian drones supplied to Russia,n/a,600,3000,drone\n"
        "term,Venezuelan presidential term,6,-,-,year\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    drones, term = load_reference("figures.csv", na_values=["n/a", " - "]).rows
    assert (drones.value, drones.low, drones.high) == (None, Decimal(600), Decimal(3000))
    assert (term.value, term.low, term.high) == (Decimal(6), None, None)


def test_na_values_leave_a_row_without_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES / "bad")
    with pytest.raises(ReferenceTableError) as caught:
        load_reference("value-not-number.csv", na_values=["n/a"])
    assert str(caught.value) == ("value-not-number.csv:4: row has no value; fill 'value', or "
                                 "'low' and/or 'high' for a range or bound")


def test_several_tables_become_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES / "good")
    table = load_reference([Path("terms.tsv"), "every-column.csv"])
    assert table.paths == ("terms.tsv", "every-column.csv")
    assert [row.location for row in table.rows][:3] == [
        "terms.tsv:2", "terms.tsv:3", "every-column.csv:2"]


def unit_message(unit: str) -> str:
    """What units.py says about a bad unit; reference.py prefixes it with the column."""
    with pytest.raises(UnitError) as caught:
        canonical_unit(unit)
    return str(caught.value)


#: (file in fixtures/references/bad/, options, the exact message)
BAD_FILES = [
    pytest.param("missing.csv", {}, "missing.csv: no such file; check the path (relative paths "
                 "start from the current directory)", id="missing.csv"),
    pytest.param("figures.txt", {}, f"figures.txt: unknown table format '.txt'; {FORMAT_FIX}",
                 id="figures.txt"),
    pytest.param("figures", {}, f"figures: no file extension to tell the format; {FORMAT_FIX}",
                 id="figures"),
    pytest.param("first.csv", {"format": "xml"}, "first.csv: unknown table format 'xml'; use one "
                 "of csv, tsv, parquet, excel, json, jsonl, sqlite", id="format=xml"),
    pytest.param("empty.csv", {}, "empty.csv: file is empty; add a header line "
                 "(id,subject,value,unit) and one row per figure", id="empty.csv"),
    pytest.param("header-only.csv", {}, "header-only.csv: table has no rows; add one row per "
                 "figure below the header", id="header-only.csv"),
    pytest.param("missing-id.csv", {}, "missing-id.csv:1: missing required column 'id' (found: "
                 "subject, value, unit); add an 'id' column with a unique name for each row",
                 id="missing-id.csv"),
    pytest.param("missing-subject.csv", {}, "missing-subject.csv:1: missing required column "
                 "'subject' (found: id, value, unit); add a 'subject' column saying what each "
                 "figure is about", id="missing-subject.csv"),
    pytest.param("no-value-column.csv", {}, "no-value-column.csv:1: no 'value', 'low' or 'high' "
                 "column (found: id, subject, unit); add a 'value' column, or 'low' and 'high' "
                 "for ranges", id="no-value-column.csv"),
    pytest.param("duplicate-column.csv", {}, "duplicate-column.csv:1: column 'value' appears "
                 "twice in the header; keep one of them", id="duplicate-column.csv"),
    pytest.param("duplicate-id.csv", {}, "duplicate-id.csv:5: column 'id' repeats 'reward' "
                 "(first at line 2); give each row its own id", id="duplicate-id.csv"),
    pytest.param(["first.csv", "second.csv"], {}, "second.csv:3: column 'id' repeats 'reward' "
                 "(first at first.csv:2); give each row its own id across all tables",
                 id="first.csv + second.csv"),
    pytest.param("empty-id.csv", {}, "empty-id.csv:3: column 'id' is empty; give each row its "
                 "own id", id="empty-id.csv"),
    pytest.param("empty-subject.csv", {}, "empty-subject.csv:2: column 'subject' is empty; say "
                 "in plain words what the figure is about", id="empty-subject.csv"),
    pytest.param("value-not-number.csv", {}, "value-not-number.csv:4: column 'value' is not a "
                 "number (found 'n/a'); use --na-values n/a to treat it as missing",
                 id="value-not-number.csv"),
    pytest.param("value-not-number.tsv", {}, "value-not-number.tsv:2: column 'value' is not a "
                 "number (found 'six'); write it in digits, or use --na-values six to treat it "
                 "as missing", id="value-not-number.tsv"),
    pytest.param("value-percent.csv", {}, "value-percent.csv:2: column 'value' is not a number "
                 "(found '12%'); write the number without '%' and put percent in 'unit'",
                 id="value-percent.csv"),
    pytest.param("value-words.csv", {}, "value-words.csv:2: column 'value' is not a number "
                 "(found '25 million'); write a plain number such as 3000, 3,000 or 1.2e9 and "
                 "put the unit in 'unit'", id="value-words.csv"),
    pytest.param("value-bad-commas.csv", {}, "value-bad-commas.csv:2: column 'value' is not a "
                 "number (found '3,00'); write a plain number such as 3000, 3,000 or 1.2e9 and "
                 "put the unit in 'unit'", id="value-bad-commas.csv"),
    pytest.param("low-not-number.csv", {}, "low-not-number.csv:2: column 'low' is not a number "
                 "(found 'six hundred'); write it in digits, or use --na-values 'six hundred' to "
                 "treat it as missing", id="low-not-number.csv"),
    pytest.param("low-above-high.csv", {}, "low-above-high.csv:2: low 3000 is greater than "
                 "high 600; swap 'low' and 'high'", id="low-above-high.csv"),
    pytest.param("no-value.csv", {}, "no-value.csv:3: row has no value; fill 'value', or 'low' "
                 "and/or 'high' for a range or bound", id="no-value.csv"),
    pytest.param("value-outside-range.csv", {}, "value-outside-range.csv:2: value 5000 lies "
                 "outside low 600 to high 3000; correct the value or the range",
                 id="value-outside-range.csv"),
    pytest.param("tolerance-not-number.csv", {}, "tolerance-not-number.csv:2: column "
                 "'tolerance' is not a number (found 'high'); write a relative tolerance such "
                 "as 0.05 or 5%", id="tolerance-not-number.csv"),
    pytest.param("tolerance-above-one.csv", {}, "tolerance-above-one.csv:2: column 'tolerance' "
                 "is above 100% (found '5'); write 5% or 0.05 for five percent",
                 id="tolerance-above-one.csv"),
    pytest.param("unknown-unit.csv", {}, "unknown-unit.csv:2: column 'unit': "
                 + unit_message("km/hr/x"), id="unknown-unit.csv"),
    pytest.param("as-of-not-a-date.csv", {}, "as-of-not-a-date.csv:2: column 'as_of' is not a "
                 "date (found 'Oct 2022'); write it as YYYY, YYYY-MM or YYYY-MM-DD",
                 id="as-of-not-a-date.csv"),
    pytest.param("too-many-fields.csv", {}, "too-many-fields.csv:2: row has 6 fields but the "
                 "header has 4; quote fields that contain ','", id="too-many-fields.csv"),
    pytest.param("unclosed-quote.csv", {}, "unclosed-quote.csv:2: a quoted field never ends; "
                 "close the quote (\") opened here", id="unclosed-quote.csv"),
    pytest.param("latin-1.csv", {}, "latin-1.csv:3: file is not UTF-8 (byte 0xe9 at character "
                 "9); re-save the file as UTF-8", id="latin-1.csv"),
    pytest.param("syntax-error.json", {}, "syntax-error.json:3: not valid JSON (Expecting ',' "
                 "delimiter at character 3); fix the JSON syntax", id="syntax-error.json"),
    pytest.param("no-rows-array.json", {}, "no-rows-array.json: expected an array of row "
                 "objects or {\"rows\": [...]} (found an object); put the rows in a JSON array",
                 id="no-rows-array.json"),
    pytest.param("record-not-object.json", {}, "record-not-object.json:2: record is not an "
                 "object (found an array); write each row as {\"id\": ..., \"subject\": ..., "
                 "\"value\": ...}", id="record-not-object.json"),
    pytest.param("value-not-number.json", {}, "value-not-number.json:2: column 'value' is not a "
                 "number (found '25m'); write a plain number such as 3000, 3,000 or 1.2e9 and "
                 "put the unit in 'unit'", id="value-not-number.json"),
    pytest.param("syntax-error.jsonl", {}, "syntax-error.jsonl:3: not valid JSON (Expecting ',' "
                 "delimiter at character 70); write one JSON object per line",
                 id="syntax-error.jsonl"),
    pytest.param("value-nan.jsonl", {}, "value-nan.jsonl:2: column 'value' is not a number "
                 "(found 'NaN'); use --na-values NaN to treat it as missing",
                 id="value-nan.jsonl"),
    pytest.param("low-above-high.jsonl", {}, "low-above-high.jsonl:3: low 3000 is greater than "
                 "high 600; swap 'low' and 'high'", id="low-above-high.jsonl"),
    pytest.param("not-parquet.parquet", {}, "not-parquet.parquet: cannot read the file as "
                 f"Parquet (it is not a Parquet file); check the file, or {FORMAT_FIX}",
                 id="not-parquet.parquet"),
    pytest.param("not-excel.xlsx", {}, "not-excel.xlsx: cannot read the file as Excel (it is "
                 "not an Excel workbook); save it as .xlsx from your spreadsheet program, or "
                 f"{FORMAT_FIX}", id="not-excel.xlsx"),
    pytest.param("not-sqlite.sqlite", {}, "not-sqlite.sqlite: cannot read the file as SQLite "
                 f"(file is not a database); check that it is a SQLite database, or {FORMAT_FIX}",
                 id="not-sqlite.sqlite"),
    pytest.param([], {}, "no reference table given; pass at least one file", id="no paths"),
]


@pytest.mark.parametrize("paths, options, message", BAD_FILES)
def test_load_reference_fails(monkeypatch: pytest.MonkeyPatch, paths: Any,
                              options: Dict[str, Any], message: str) -> None:
    monkeypatch.chdir(FIXTURES / "bad")
    with pytest.raises(ReferenceTableError) as caught:
        load_reference(paths, **options)
    assert str(caught.value) == message


def write_bad_value_parquet(path: Path) -> None:
    frame = seed_frame()
    frame.loc[1, "value"] = "six"
    frame.astype(str).replace("None", "").to_parquet(path, index=False)


def write_bad_value_excel(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    sheet.append([SEED_ROWS[0].get(name) for name in COLUMNS])
    sheet.append(["term", "Venezuelan presidential term", "unknown"])
    book.save(path)


def write_latin1_sqlite(path: Path) -> None:
    write_sqlite(path)
    with sqlite3.connect(path) as con:
        con.execute("INSERT INTO figures (id, subject, value) VALUES "
                    "('term', CAST(X'44757265E9' AS TEXT), 6)")
    con.close()


#: (file name, builder, options, the exact message) for binary files and options
BAD_BUILT = [
    pytest.param("tables.csv", lambda p: p.mkdir(), {}, "tables.csv: is a directory, not a "
                 "table file; name the table file inside it", id="a directory"),
    pytest.param("figures.parquet", write_bad_value_parquet, {}, "figures.parquet:2: column "
                 "'value' is not a number (found 'six'); write it in digits, or use --na-values "
                 "six to treat it as missing", id="parquet: record numbers"),
    pytest.param("figures.xlsx", write_bad_value_excel, {}, "figures.xlsx:3: column 'value' is "
                 "not a number (found 'unknown'); use --na-values unknown to treat it as "
                 "missing", id="excel: sheet row numbers"),
    pytest.param("figures.xlsx", write_excel, {"table": "2024"}, "figures.xlsx: no sheet '2024' "
                 "(sheets: figures, notes); name one of them with --table", id="excel: no sheet"),
    pytest.param("figures.sqlite", lambda p: write_sqlite(p, "a", "b"), {"table": "figures"},
                 "figures.sqlite: no table 'figures' (tables: a, b); name one of them with "
                 "--table", id="sqlite: no such table"),
    pytest.param("figures.sqlite", lambda p: write_sqlite(p, "a", "b"), {},
                 "figures.sqlite: the database has 2 tables (a, b); name one with --table, or "
                 "give --query", id="sqlite: which table?"),
    pytest.param("figures.sqlite", lambda p: write_sqlite(p, "a"), {"query": "SELECT nope FROM a"},
                 "figures.sqlite: SQL query failed (no such column: nope); fix the --query",
                 id="sqlite: bad SQL"),
    pytest.param("figures.sqlite", lambda p: write_sqlite(p, "a"),
                 {"table": "a", "query": "SELECT * FROM a"}, "figures.sqlite: both a table and "
                 "a query were given; give --table or --query, not both",
                 id="sqlite: table and query"),
    pytest.param("figures.sqlite", write_latin1_sqlite, {}, "figures.sqlite:4: a text cell is "
                 "not UTF-8 (Could not decode to UTF-8 column 'subject' with text 'Dure\ufffd'); "
                 "store the database's text as UTF-8", id="sqlite: text not UTF-8"),
    pytest.param("figures.sqlite", lambda p: sqlite3.connect(p).close(), {},
                 "figures.sqlite: the database has no tables; check that this is the right "
                 "database", id="sqlite: no tables"),
]


@pytest.mark.parametrize("name, build, options, message", BAD_BUILT)
def test_load_reference_fails_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                    build: Writer, options: Dict[str, Any],
                                    message: str) -> None:
    build(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ReferenceTableError) as caught:
        load_reference(name, **options)
    assert str(caught.value) == message


def test_error_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES / "bad")
    with pytest.raises(ReferenceTableError) as caught:
        load_reference("value-not-number.csv")
    error = caught.value
    assert (error.path, error.line, error.column) == ("value-not-number.csv", 4, "value")
    assert error.problem == "column 'value' is not a number (found 'n/a')"
    assert error.fix == "use --na-values n/a to treat it as missing"


def test_seed_table_is_sourced() -> None:
    """The README demo's table: it loads, and every figure says where it comes from and when."""
    seed = Path(__file__).resolve().parent.parent / "seeds" / "iran-venezuela-russia-figures.csv"
    rows = load_reference(seed).rows
    assert len(rows) == 10
    assert [row.id for row in rows if not (row.source and row.as_of)] == []
    drones = {row.id: row for row in rows}["iran-drones-to-russia-2022"]
    assert (drones.low, drones.high, drones.unit) == (Decimal(600), Decimal(3000), "drone")


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4,
                   min_value=-10**12, max_value=10**12))
def test_written_numbers_read_back(number: Decimal) -> None:
    """Any decimal written plainly or with thousands commas is a valid cell and reads back."""
    for text in (f"{number:f}", f"{number:,f}"):
        assert re.fullmatch(NUMBER_PATTERN, text), text
        assert Decimal(plain_number(text)) == number


def refuse_import(message: str) -> Callable[..., Any]:
    def reader(*args: Any, **kwargs: Any) -> Any:
        raise ImportError(message)
    return reader


#: (file name, builder, pandas reader to break, pandas' ImportError text, the exact message)
MISSING_PACKAGES = [
    pytest.param("figures.parquet", write_parquet, "read_parquet",
                 "Unable to find a usable engine; tried using: 'pyarrow', 'fastparquet'.\n"
                 "A suitable version of pyarrow or fastparquet is required for parquet support.",
                 "figures.parquet: a package needed to read it is missing (Unable to find a usable "
                 "engine; tried using: 'pyarrow', 'fastparquet'); install it with pip install "
                 "'factcheck[parquet]'", id="parquet without pyarrow"),
    pytest.param("figures.xlsx", write_excel, "ExcelFile",
                 "Missing optional dependency 'openpyxl'.  Use pip or conda to install openpyxl.",
                 "figures.xlsx: a package needed to read it is missing (Missing optional "
                 "dependency 'openpyxl'); install it with pip install 'factcheck[excel]' (xlrd "
                 "for old .xls files)", id="excel without openpyxl"),
]


@pytest.mark.parametrize("name, build, reader, raised, message", MISSING_PACKAGES)
def test_load_reference_fails_without_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              name: str, build: Writer, reader: str,
                                              raised: str, message: str) -> None:
    build(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(pd, reader, refuse_import(raised))
    with pytest.raises(ReferenceTableError) as caught:
        load_reference(name)
    assert str(caught.value) == message


HEADER = b"id,subject,value,low,high,unit,tolerance,as_of\n"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.binary(max_size=300).map(HEADER.__add__)),
       st.sampled_from([".csv", ".tsv", ".json", ".jsonl"]))
def test_any_bytes_load_or_fail_cleanly(data: bytes, suffix: str) -> None:
    """Whatever a text table holds, the loader returns rows or raises ReferenceTableError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("table" + suffix)
        path.write_bytes(data)
        try:
            load_reference(path)
        except ReferenceTableError:
            pass


def test_excel_date_cells_become_iso_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = openpyxl.Workbook()
    book.active.append(["id", "subject", "value", "as_of"])
    book.active.append(["reward", "US reward for Maduro", 25000000.0,
                        datetime.datetime(2025, 1, 10)])
    book.save(tmp_path / "figures.xlsx")
    monkeypatch.chdir(tmp_path)
    (row,) = load_reference("figures.xlsx").rows
    assert (row.value, row.as_of, row.location) == (Decimal(25000000), "2025-01-10",
                                                    "figures.xlsx:2")
