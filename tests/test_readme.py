"""The README's first commands and the output it shows stay true."""
import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_install_and_test_commands():
    commands = re.search(r"```console\n(.*?)```", README, re.S).group(1).splitlines()
    assert commands[0].startswith("$ pip install -e . && factcheck check seeds/")
    assert commands[1] == '$ pip install -e ".[test]" && python -m pytest'
    assert commands[1][2:] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_demo_output_is_what_the_command_prints(monkeypatch):
    command = re.search(r"```console\n\$ pip install -e \. && (.*?)\n", README).group(1)
    shown = re.search(r"```text\n(.*?)```", README, re.S).group(1)
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(cli, shlex.split(command)[1:])
    assert result.exit_code == 0, result.output
    assert result.output == shown
