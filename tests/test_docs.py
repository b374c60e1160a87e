"""The docs keep up with the command line: every command and option is documented.

One row per command and per option, generated from the click commands, so a
new option fails here until README.md or a page in docs/ mentions it.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import List

import click
import pytest

from factcheck.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def docs_text() -> str:
    return "\n".join(path.read_text("utf-8") for path in DOC_FILES if path.is_file())


def option_names(command: click.Command) -> List[str]:
    """The long option names of ``command`` ("--format", "--color", "--no-color")."""
    names = []
    for param in command.params:
        if isinstance(param, click.Option):
            names.extend(name for name in param.opts + param.secondary_opts
                         if name.startswith("--") and name != "--help")
    return names


COMMANDS = [pytest.param(name, id=f"factcheck {name}") for name in sorted(cli.commands)]
OPTIONS = [pytest.param(name, option, id=f"factcheck {name} {option}")
           for name, command in sorted(cli.commands.items())
           for option in option_names(command)] + [
    pytest.param("", option, id=f"factcheck {option}") for option in option_names(cli)]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented(name: str) -> None:
    assert f"factcheck {name}" in docs_text()


@pytest.mark.parametrize("name, option", OPTIONS)
def test_option_is_documented(name: str, option: str) -> None:
    # a whole word, so "--format" is not found inside "--input-format"
    pattern = re.compile(rf"(?<![\w-]){re.escape(option)}(?![\w-])")
    assert pattern.search(docs_text()), f"document {option} of 'factcheck {name}' in docs/cli.md"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    assert (cli.commands[name].help or "").strip()
