"""Project defaults for the command line, so that a CI step is just ``factcheck check``.

They live in a ``[factcheck]`` section of ``setup.cfg``::

    [factcheck]
    reference =
        data/figures.csv
        data/more.csv
    tolerance = 0.05
    fail_on = contradicted
    paths = articles

or in ``[tool.factcheck]`` of ``pyproject.toml`` (read on Python 3.11+, or with
``tomli`` installed; otherwise pyproject.toml is skipped)::

    [tool.factcheck]
    reference = ["data/figures.csv"]
    tolerance = 0.05

The first directory from the current one upwards holding either file with
such a section wins (setup.cfg before pyproject.toml in the same directory).
Relative paths are relative to that file's directory.  Options given on the
command line always win over these defaults.
"""
from __future__ import annotations

import codecs
import configparser
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Mapping, Optional, Tuple

from factcheck.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib as toml_reader
else:  # pragma: no cover - Python 3.10 reads pyproject.toml only with tomli installed
    try:
        import tomli as toml_reader
    except ModuleNotFoundError:
        toml_reader = None

FAIL_ON = ("contradicted", "unverifiable", "never")
INPUT_FORMATS = ("text", "jsonl")
#: every --format of check; the config's format applies to check only
FORMATS = ("table", "json", "jsonl", "sarif", "github", "html")


@dataclass(frozen=True)
class Config:
    """Defaults read from a project file; None or () means "not set"."""

    reference: Tuple[str, ...] = ()
    paths: Tuple[str, ...] = ()
    tolerance: Optional[float] = None
    fail_on: Optional[str] = None
    format: Optional[str] = None
    table: Optional[str] = None
    query: Optional[str] = None
    reference_format: Optional[str] = None
    input_format: Optional[str] = None
    encoding: Optional[str] = None
    baseline: Optional[str] = None
    #: the file the defaults came from, None when there was none
    source: Optional[str] = None
    na_values: Tuple[str, ...] = field(default=())


def split_list(value: Any) -> Tuple[str, ...]:
    """A list setting: a TOML list, or setup.cfg text with one item per line or comma.

    >>> split_list("\\n a.csv\\n b.csv"), split_list("a.csv, b.csv"), split_list(["x"])
    (('a.csv', 'b.csv'), ('a.csv', 'b.csv'), ('x',))
    """
    if isinstance(value, (list, tuple)):
        if not all(isinstance(item, str) for item in value):
            raise ValueError("a list of strings")
        return tuple(value)
    if not isinstance(value, str):
        raise ValueError("a list of strings")
    items = (item.strip() for line in value.splitlines() for item in line.split(","))
    return tuple(item for item in items if item)


def as_text(value: Any) -> str:
    """A one-word setting as a string; ValueError for lists, tables, booleans."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError("a single value")
    return str(value).strip()


def as_tolerance(value: Any) -> float:
    """A relative tolerance: a number from 0 up, "0.1" or 0.1.

    >>> as_tolerance("0.05"), as_tolerance(0)
    (0.05, 0.0)
    """
    if isinstance(value, bool):
        raise ValueError("a number such as 0.1")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError("a number such as 0.1") from None
    if not number >= 0 or number == float("inf"):
        raise ValueError("a number from 0 up, such as 0.1")
    return number


def one_of(choices: Tuple[str, ...]) -> Callable[[Any], str]:
    """A converter accepting only ``choices``."""
    def convert(value: Any) -> str:
        text = as_text(value)
        if text not in choices:
            raise ValueError("one of " + ", ".join(choices))
        return text
    return convert


def as_encoding(value: Any) -> str:
    """A codec name Python knows.

    >>> as_encoding("latin-1")
    'latin-1'
    """
    text = as_text(value)
    try:
        codecs.lookup(text)
    except LookupError:
        raise ValueError("an encoding Python knows, such as utf-8 or latin-1") from None
    return text


#: each key: how to read its value (ValueError says what was expected)
KEYS: Dict[str, Callable[[Any], Any]] = {
    "reference": split_list,
    "paths": split_list,
    "tolerance": as_tolerance,
    "fail_on": one_of(FAIL_ON),
    "format": one_of(FORMATS),
    "table": as_text,
    "query": as_text,
    "reference_format": as_text,
    "input_format": one_of(INPUT_FORMATS),
    "encoding": as_encoding,
    "baseline": as_text,
    "na_values": split_list,
}

#: keys naming files, made relative to the config file's directory
PATH_KEYS = ("reference", "paths", "baseline")


def key_line(text: str, key: str) -> Optional[int]:
    """The 1-based line where ``key`` is set in ``text``, if it can be found.

    >>> key_line("[factcheck]\\ntolerance = x\\n", "tolerance")
    2
    """
    pattern = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*[=:]")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def read_setup_cfg(path: Path) -> Optional[Dict[str, Any]]:
    """The raw [factcheck] section of a setup.cfg, or None if it has none."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ConfigError(f"cannot be read ({first_line})", path=str(path),
                          fix="fix the file's syntax") from None
    if not parser.has_section("factcheck"):
        return None
    return dict(parser.items("factcheck"))


def read_pyproject(path: Path) -> Optional[Dict[str, Any]]:
    """The raw [tool.factcheck] table of a pyproject.toml, or None if it has none."""
    if toml_reader is None:
        return None
    try:
        data = toml_reader.loads(path.read_text("utf-8"))
    except (toml_reader.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"is not valid TOML ({error})", path=str(path),
                          fix="fix the file's syntax") from None
    section = data.get("tool", {}).get("factcheck")
    if section is None:
        return None
    if not isinstance(section, dict):
        raise ConfigError("[tool.factcheck] must be a table", path=str(path))
    return section


#: the files searched in each directory, in order of preference
READERS = (("setup.cfg", read_setup_cfg), ("pyproject.toml", read_pyproject))


def find_section(start: Path) -> Optional[Tuple[Path, Dict[str, Any]]]:
    """The first config file with a factcheck section, from ``start`` upwards.

    The file's path is given relative to the current directory, for messages.
    """
    for directory in (start, *start.parents):
        for name, read in READERS:
            candidate = directory / name
            if candidate.is_file():
                candidate = Path(os.path.relpath(candidate))
                section = read(candidate)
                if section is not None:
                    return candidate, section
    return None


def relative_to(base: Path, value: str) -> str:
    """``value`` resolved against ``base``, shown relative to the current directory.

    >>> relative_to(Path("."), "a.csv")
    'a.csv'
    """
    if os.path.isabs(value):
        return value
    joined = os.path.normpath(base / value)
    try:
        return os.path.relpath(joined)
    except ValueError:  # pragma: no cover - another drive on Windows
        return joined


def parse_section(section: Mapping[str, Any], path: Path) -> Config:
    """A Config from the raw key/value pairs of ``path``; ConfigError naming the key."""
    text = path.read_text("utf-8")
    values: Dict[str, Any] = {}
    for raw_key, raw_value in section.items():
        key = raw_key.replace("-", "_")
        line = key_line(text, raw_key)
        if key not in KEYS:
            raise ConfigError(f"unknown key '{raw_key}'", path=str(path), line=line,
                              fix="known keys are " + ", ".join(sorted(KEYS)))
        try:
            value = KEYS[key](raw_value)
        except ValueError as error:
            raise ConfigError(f"key '{raw_key}' must be {error} (found {raw_value!r})",
                              path=str(path), line=line, column=raw_key) from None
        if key in PATH_KEYS:
            base = path.parent
            value = (tuple(relative_to(base, item) for item in value)
                     if isinstance(value, tuple) else relative_to(base, value))
        values[key] = value
    return Config(source=str(path), **values)


def load_config(start: Optional[Path] = None) -> Config:
    """The project defaults found from ``start`` (the current directory) upwards.

    An empty Config when no file has a factcheck section.
    """
    found = find_section(Path.cwd() if start is None else start.resolve())
    if found is None:
        return Config()
    path, section = found
    return parse_section(section, path)
