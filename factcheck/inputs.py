"""Text inputs for the command line: files, directories, stdin and JSONL.

Every input becomes one ``Document`` in input order, failures included: a
file that cannot be read gets a Document whose ``error`` says why and how to
fix it, so a batch run reports every input and the CLI exits 2 at the end.
An empty file is not an error; it simply has no claims.
"""
from __future__ import annotations

import codecs
import json
import os
from pathlib import Path
from typing import BinaryIO, Iterator, List, Optional, Sequence, Tuple

from factcheck.claims import Document
from factcheck.errors import InputError

#: the name a path of "-" reads from, and the id its document gets
STDIN = "-"
STDIN_ID = "<stdin>"

#: file name endings a directory is searched for, recursively
TEXT_SUFFIXES = (".txt", ".md")

INPUT_FORMATS = ("text", "jsonl")

#: how a user fixes a file in another encoding; names the option on purpose
ENCODING_FIX = "give the file's encoding with --encoding, for example --encoding latin-1"
BINARY_FIX = "factcheck reads text; convert the file to plain text first"
MISSING_FIX = "check the path, or give - to read standard input"
JSONL_FIX = 'write one JSON object per line, like {"id": "a1", "text": "..."}'


def expand_paths(paths: Sequence[str], *,
                 suffixes: Optional[Sequence[str]] = None) -> List[str]:
    """Files to read, in the order given; directories become their files, sorted.

    A directory is searched recursively for names ending in ``suffixes``
    (default ``TEXT_SUFFIXES``), skipping hidden files and directories.  Paths that
    do not exist are kept, so that they get an error record of their own when read.
    """
    endings = tuple(TEXT_SUFFIXES if suffixes is None else suffixes)
    files: List[str] = []
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            root = Path(path)
            found = (p for p in root.rglob("*")
                     if p.suffix.lower() in endings and p.is_file()
                     and not is_hidden(p.relative_to(root)))
            files.extend(str(p) for p in sorted(found))
        else:
            files.append(path)
    return files


def is_hidden(relative: Path) -> bool:
    """Whether a path inside a searched directory is hidden (.git, .venv, .notes.md).

    >>> is_hidden(Path(".git/description.txt")), is_hidden(Path("a/b.md"))
    (True, False)
    """
    return any(part.startswith(".") for part in relative.parts)


def check_encoding(name: str) -> str:
    """The canonical codec name of ``name``; LookupError if Python has no such codec.

    >>> check_encoding("Latin-1")
    'iso8859-1'
    """
    return codecs.lookup(name).name


def decode(data: bytes, *, path: str, encoding: str) -> str:
    """The text of ``data``; InputError for binary data or bytes not in ``encoding``.

    >>> decode(b"caf\\xc3\\xa9", path="a.txt", encoding="utf-8")
    'café'
    >>> decode(b"caf\\xe9", path="a.txt", encoding="utf-8")
    Traceback (most recent call last):
    ...
    factcheck.errors.InputError: a.txt: not valid utf-8 (byte 0xe9 at offset 3); give the ...
    """
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        if b"\x00" in data:
            raise binary_error(path, data.index(b"\x00")) from None
        bad = data[error.start:error.start + 1].hex()
        raise InputError(f"not valid {encoding} (byte 0x{bad} at offset {error.start})",
                         path=path, fix=ENCODING_FIX) from None
    if "\x00" in text:
        raise binary_error(path, data.index(b"\x00") if b"\x00" in data else text.index("\x00"))
    return text


def binary_error(path: str, offset: int) -> InputError:
    """The error for a file with NUL bytes, which text never has."""
    return InputError(f"looks like a binary file (NUL byte at offset {offset})",
                      path=path, fix=BINARY_FIX)


def read_bytes(path: str, stdin: Optional[BinaryIO]) -> bytes:
    """The raw bytes of ``path``, or of ``stdin`` for "-"; InputError when unreadable."""
    if path == STDIN:
        if stdin is None:
            raise InputError("standard input is not available", path=STDIN_ID)
        return stdin.read()
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError("no such file or directory", path=path, fix=MISSING_FIX) from None
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror})", path=path) from None


def display_name(path: str) -> str:
    """The id of a text input: the path as given, or "<stdin>" for "-"."""
    return STDIN_ID if path == STDIN else path


def read_whole(path: str, *, encoding: str, stdin: Optional[BinaryIO] = None
               ) -> Tuple[str, str, Optional[Document]]:
    """(id, decoded text, None), or (id, "", an error Document) when it cannot be read."""
    name = display_name(path)
    try:
        return name, decode(read_bytes(path, stdin), path=name, encoding=encoding), None
    except InputError as error:
        return name, "", Document(id=name, text="", error=str(error))


def read_text_documents(path: str, *, encoding: str,
                        stdin: Optional[BinaryIO] = None) -> Iterator[Document]:
    """One Document for the whole of ``path``."""
    name, text, failed = read_whole(path, encoding=encoding, stdin=stdin)
    yield failed or Document(id=name, text=text)


def jsonl_document(line: str, *, name: str, number: int) -> Document:
    """The Document of one JSONL line ``{"id": ..., "text": ...}``; InputError if malformed.

    A line without "id" gets "<name>:<line number>".

    >>> jsonl_document('{"id": 7, "text": "5 km"}', name="in.jsonl", number=1)
    Document(id='7', text='5 km', claims=(), verdicts=(), error='', dates=None)
    >>> jsonl_document('{"text": 5}', name="in.jsonl", number=3)
    Traceback (most recent call last):
    ...
    factcheck.errors.InputError: in.jsonl:3: "text" must be a string (found int); write one ...
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON ({error.msg} at column {error.colno})",
                         path=name, line=number, fix=JSONL_FIX) from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, found {type(record).__name__}",
                         path=name, line=number, fix=JSONL_FIX)
    text = record.get("text")
    if not isinstance(text, str):
        found = "nothing" if text is None else type(text).__name__
        raise InputError(f'"text" must be a string (found {found})',
                         path=name, line=number, fix=JSONL_FIX)
    doc_id = record.get("id")
    if doc_id is None:
        doc_id = f"{name}:{number}"
    elif not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        raise InputError(f'"id" must be a string or an integer (found {type(doc_id).__name__})',
                         path=name, line=number, fix=JSONL_FIX)
    return Document(id=str(doc_id), text=text)


def read_jsonl_documents(path: str, *, encoding: str,
                         stdin: Optional[BinaryIO] = None) -> Iterator[Document]:
    """One Document per non-blank line of a JSONL file; a bad line gets an error record."""
    name, text, failed = read_whole(path, encoding=encoding, stdin=stdin)
    if failed:
        yield failed
        return
    # split on "\n" only: str.splitlines() would also cut at U+2028, which JSON allows in strings
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield jsonl_document(line, name=name, number=number)
        except InputError as error:
            yield Document(id=f"{name}:{number}", text="", error=str(error))


def read_documents(paths: Sequence[str], *, input_format: str = "text",
                   encoding: str = "utf-8",
                   stdin: Optional[BinaryIO] = None) -> Iterator[Document]:
    """Every input of ``paths`` (already expanded) as Documents, in order."""
    read = read_jsonl_documents if input_format == "jsonl" else read_text_documents
    for path in paths:
        yield from read(path, encoding=encoding, stdin=stdin)
