"""Project defaults from setup.cfg / pyproject.toml (factcheck/config.py).

GOOD_SECTIONS: file text -> Config; BAD_SECTIONS: file text -> the exact
ConfigError message.  Add a row for every new key.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import config as config_module
from factcheck.config import Config, load_config
from factcheck.errors import ConfigError

KNOWN_KEYS = ("baseline, encoding, fail_on, format, input_format, na_values, paths, query, "
              "reference, reference_format, table, tolerance")

#: pyproject.toml is read on Python 3.11+, or on 3.10 with tomli installed
NEEDS_TOML = pytest.mark.skipif(config_module.toml_reader is None,
                                reason="no TOML reader on this Python")

GOOD_SECTIONS = [
    pytest.param("setup.cfg", "[factcheck]\nreference =\n    figures.csv\n    more.csv\n"
                 "tolerance = 0.05\nfail_on = unverifiable\npaths = articles\nformat = json\n",
                 Config(reference=("figures.csv", "more.csv"), tolerance=0.05,
                        fail_on="unverifiable", paths=("articles",), format="json",
                        source="setup.cfg"),
                 id="setup.cfg, list on several lines"),
    pytest.param("setup.cfg", "[factcheck]\nreference = a.csv, b.csv\nfail-on = never\n",
                 Config(reference=("a.csv", "b.csv"), fail_on="never", source="setup.cfg"),
                 id="setup.cfg, comma list and dashed key"),
    pytest.param("setup.cfg", "[metadata]\nname = x\n", Config(), id="setup.cfg without section"),
    pytest.param("pyproject.toml", '[tool.factcheck]\nreference = ["figures.csv"]\n'
                 'tolerance = 0.2\nencoding = "latin-1"\n',
                 Config(reference=("figures.csv",), tolerance=0.2, encoding="latin-1",
                        source="pyproject.toml"),
                 id="pyproject.toml", marks=NEEDS_TOML),
    pytest.param("pyproject.toml", '[tool.factcheck]\nreference = "figures.csv"\ntolerance = 0\n',
                 Config(reference=("figures.csv",), tolerance=0.0, source="pyproject.toml"),
                 id="pyproject.toml, one string for a list, integer tolerance", marks=NEEDS_TOML),
    pytest.param("pyproject.toml", "[build-system]\nrequires = []\n", Config(),
                 id="pyproject.toml without section", marks=NEEDS_TOML),
]


@pytest.mark.parametrize("name, text, expected", GOOD_SECTIONS)
def test_load_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str,
                     expected: Config) -> None:
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(text, "utf-8")
    assert load_config() == expected


BAD_SECTIONS = [
    pytest.param("setup.cfg", "[factcheck]\nreference = a.csv\ntolerance = ten\n",
                 "setup.cfg:3: key 'tolerance' must be a number such as 0.1 (found 'ten')",
                 id="tolerance is a word"),
    pytest.param("setup.cfg", "[factcheck]\ntolerance = -0.1\n",
                 "setup.cfg:2: key 'tolerance' must be a number from 0 up, such as 0.1 "
                 "(found '-0.1')", id="negative tolerance"),
    pytest.param("setup.cfg", "[factcheck]\nfail_on = always\n",
                 "setup.cfg:2: key 'fail_on' must be one of contradicted, unverifiable, never "
                 "(found 'always')", id="fail_on not a choice"),
    pytest.param("setup.cfg", "[factcheck]\nformat = xml\n",
                 "setup.cfg:2: key 'format' must be one of table, json, jsonl, sarif, github, "
                 "html (found 'xml')", id="unknown format"),
    pytest.param("setup.cfg", "[factcheck]\nreferences = a.csv\n",
                 "setup.cfg:2: unknown key 'references'; known keys are " + KNOWN_KEYS,
                 id="misspelt key"),
    pytest.param("setup.cfg", "[factcheck]\nencoding = klingon\n",
                 "setup.cfg:2: key 'encoding' must be an encoding Python knows, such as utf-8 "
                 "or latin-1 (found 'klingon')", id="unknown encoding"),
    pytest.param("pyproject.toml", "[tool.factcheck]\ntolerance = true\n",
                 "pyproject.toml:2: key 'tolerance' must be a number such as 0.1 (found True)",
                 id="toml boolean tolerance", marks=NEEDS_TOML),
    pytest.param("pyproject.toml", "[tool.factcheck]\nreference = [1, 2]\n",
                 "pyproject.toml:2: key 'reference' must be a list of strings (found [1, 2])",
                 id="toml list of numbers", marks=NEEDS_TOML),
    pytest.param("pyproject.toml", "[tool.factcheck]\nfail_on = [\"never\"]\n",
                 "pyproject.toml:2: key 'fail_on' must be a single value (found ['never'])",
                 id="toml list for a single value", marks=NEEDS_TOML),
    pytest.param("pyproject.toml", "[tool.factcheck\n",
                 "pyproject.toml: is not valid TOML (Expected ']' at the end of a table "
                 "declaration (at line 1, column 16)); fix the file's syntax",
                 id="broken TOML", marks=NEEDS_TOML),
]


@pytest.mark.parametrize("name, text, message", BAD_SECTIONS)
def test_load_config_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                           text: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(text, "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config()
    assert str(caught.value) == message


def test_found_from_a_subdirectory_with_paths_relative_to_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "setup.cfg").write_text(
        "[factcheck]\nreference = data/figures.csv\npaths = articles\n", "utf-8")
    (tmp_path / "articles" / "2024").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "articles" / "2024")
    config = load_config()
    assert config.reference == (str(Path("../../data/figures.csv")),)
    assert config.paths == (str(Path("..")),)
    assert config.source == str(Path("../../setup.cfg"))


@NEEDS_TOML
def test_setup_cfg_wins_over_pyproject_in_the_same_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("setup.cfg").write_text("[factcheck]\ntolerance = 0.3\n", "utf-8")
    Path("pyproject.toml").write_text("[tool.factcheck]\ntolerance = 0.4\n", "utf-8")
    assert load_config().tolerance == 0.3


@NEEDS_TOML
def test_nearer_directory_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "setup.cfg").write_text("[factcheck]\ntolerance = 0.3\n", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text("[tool.factcheck]\ntolerance = 0.4\n",
                                                     "utf-8")
    monkeypatch.chdir(tmp_path / "sub")
    assert load_config().tolerance == 0.4
