"""Reading inputs (factcheck/inputs.py): files, directories, stdin, JSONL.

READABLE holds bytes that read fine; UNREADABLE bytes that give an error
record with the exact message; JSONL_LINES / BAD_JSONL_LINES do the same for
one JSONL line.  Add a row when a new kind of input is handled.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import List

import pytest

from factcheck.claims import Document
from factcheck.errors import InputError
from factcheck.inputs import (ENCODING_FIX, expand_paths, jsonl_document, read_documents,
                              read_text_documents)

READABLE = [
    pytest.param(b"Up to 3,000 drones.", "utf-8", "Up to 3,000 drones.", id="plain ASCII"),
    pytest.param("Nicolás Maduro".encode(), "utf-8", "Nicolás Maduro", id="UTF-8 accents"),
    pytest.param(b"", "utf-8", "", id="empty file"),
    pytest.param(b"caf\xe9", "latin-1", "café", id="latin-1 with --encoding"),
    pytest.param("5 km".encode("utf-16"), "utf-16", "5 km", id="UTF-16 has NUL bytes but is text"),
    pytest.param(b"a\r\nb", "utf-8", "a\r\nb", id="CRLF kept so spans match the file"),
]


@pytest.mark.parametrize("data, encoding, expected", READABLE)
def test_read_text(tmp_path: Path, data: bytes, encoding: str, expected: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert list(read_text_documents(str(path), encoding=encoding)) == [
        Document(id=str(path), text=expected)]


UNREADABLE = [
    pytest.param(b"caf\xe9 5 km", "utf-8",
                 "a.txt: not valid utf-8 (byte 0xe9 at offset 3); " + ENCODING_FIX,
                 id="latin-1 bytes read as UTF-8"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "utf-8",
                 "a.txt: looks like a binary file (NUL byte at offset 8); "
                 "factcheck reads text; convert the file to plain text first",
                 id="PNG header"),
    pytest.param(b"abc\x00def", "utf-8",
                 "a.txt: looks like a binary file (NUL byte at offset 3); "
                 "factcheck reads text; convert the file to plain text first",
                 id="NUL byte in valid UTF-8"),
]


@pytest.mark.parametrize("data, encoding, message", UNREADABLE)
def test_read_text_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes,
                         encoding: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_bytes(data)
    assert list(read_text_documents("a.txt", encoding=encoding)) == [
        Document(id="a.txt", text="", error=message)]


def test_missing_file_gets_an_error_record(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert list(read_text_documents("gone.txt", encoding="utf-8")) == [
        Document(id="gone.txt", text="",
                 error="gone.txt: no such file or directory; "
                       "check the path, or give - to read standard input")]


def test_stdin_is_read_as_bytes() -> None:
    stdin = io.BytesIO("£40m".encode())
    assert list(read_text_documents("-", encoding="utf-8", stdin=stdin)) == [
        Document(id="<stdin>", text="£40m")]


JSONL_LINES = [
    pytest.param('{"id": "a1", "text": "5 km"}', Document(id="a1", text="5 km"), id="id and text"),
    pytest.param('{"id": 7, "text": ""}', Document(id="7", text=""), id="integer id, empty text"),
    pytest.param('{"text": "5 km", "extra": 1}', Document(id="in.jsonl:4", text="5 km"),
                 id="no id: name and line"),
    pytest.param('  {"id": "x", "text": "a\u2028b"}  ', Document(id="x", text="a\u2028b"),
                 id="line separator inside a string"),
]


@pytest.mark.parametrize("line, expected", JSONL_LINES)
def test_jsonl_document(line: str, expected: Document) -> None:
    assert jsonl_document(line, name="in.jsonl", number=4) == expected


JSONL_FIX = 'write one JSON object per line, like {"id": "a1", "text": "..."}'
BAD_JSONL_LINES = [
    pytest.param('{"id": "a1", "text": "5 km"', "in.jsonl:4: not valid JSON "
                 "(Expecting ',' delimiter at column 28); " + JSONL_FIX, id="unclosed object"),
    pytest.param('["5 km"]', "in.jsonl:4: expected a JSON object, found list; " + JSONL_FIX,
                 id="a list"),
    pytest.param('{"id": "a1"}', 'in.jsonl:4: "text" must be a string (found nothing); '
                 + JSONL_FIX, id="no text"),
    pytest.param('{"id": [1], "text": "x"}', 'in.jsonl:4: "id" must be a string or an integer '
                 "(found list); " + JSONL_FIX, id="id is a list"),
    pytest.param('{"id": true, "text": "x"}', 'in.jsonl:4: "id" must be a string or an integer '
                 "(found bool); " + JSONL_FIX, id="id is a boolean"),
]


@pytest.mark.parametrize("line, message", BAD_JSONL_LINES)
def test_jsonl_document_fails(line: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        jsonl_document(line, name="in.jsonl", number=4)
    assert str(caught.value) == message
    assert (caught.value.path, caught.value.line) == ("in.jsonl", 4)


def test_bad_jsonl_line_does_not_stop_the_others(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in.jsonl").write_text('{"id": "a", "text": "1 km"}\n\nnot json\n'
                                '{"id": "b", "text": "2 km"}\n', "utf-8")
    documents = list(read_documents(["in.jsonl"], input_format="jsonl"))
    assert [(d.id, d.text, d.error) for d in documents] == [
        ("a", "1 km", ""),
        ("in.jsonl:3", "", "in.jsonl:3: not valid JSON (Expecting value at column 1); "
         + JSONL_FIX),
        ("b", "2 km", ""),
    ]


def test_expand_paths_keeps_order_and_sorts_directories(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("docs/b.md", "docs/a.txt", "docs/sub/c.txt", "docs/image.png", "z.txt",
                 "docs/.git/notes.txt", "docs/.draft.md"):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text("x", "utf-8")
    found: List[str] = expand_paths(["z.txt", "docs", "-", "missing.txt"])
    assert [Path(p).as_posix() if p != "-" else p for p in found] == [
        "z.txt", "docs/a.txt", "docs/b.md", "docs/sub/c.txt", "-", "missing.txt"]
    assert [Path(p).as_posix() for p in expand_paths(["docs"], suffixes=(".png",))] == [
        "docs/image.png"]
