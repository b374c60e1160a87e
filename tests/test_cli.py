"""The command line through click's CliRunner (factcheck/cli.py).

Exit status: 0 nothing fails, 1 a claim fails the run (--fail-on), 2 usage or
input errors, with one "Error: ..." line per problem and never a traceback.
Most tests swap in a tiny parser and checker (FAKE_PARSER, fake_check) so that
the expected output stays exact while the real ones evolve; the tests marked
"real" run the real pipeline.  EXIT_CODES and INPUT_ERRORS are tables: add a
row per new case.
"""
from __future__ import annotations

import importlib
import io
import json
import re
import shlex
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, List, Sequence

import click
import jsonschema
import pytest
from click.testing import CliRunner, Result

from factcheck import __version__, output
from factcheck.claims import Claim, Document, ReferenceRow, Verdict
from factcheck.cli import (BAD_ENCODING_TEXT, NO_PATHS_TEXT, NO_REFERENCE_TEXT,
                           OUTPUT_ERROR_TEXT, cli, show_progress, with_progress)
from factcheck.errors import ReferenceTableError
from factcheck.inputs import BINARY_FIX, ENCODING_FIX, JSONL_FIX, MISSING_FIX

ARTICLE = "Iran supplied 3000 drones.\nThe reward is 25 dollars.\n"
SCHEMA = output.load_schema()


def fake_parse(text: str) -> List[Claim]:
    """Every run of digits is a point claim: stable output for exact comparisons."""
    return [Claim(text=m.group(), span=m.span(), value=Decimal(m.group()),
                  low=Decimal(m.group()), high=Decimal(m.group()), sentence=(0, len(text)))
            for m in re.finditer(r"[0-9]+", text)]


#: the fake reference: claimed value -> verdict status
FAKE_TABLE = {Decimal(3000): "supported", Decimal(25): "contradicted"}
ROW = ReferenceRow(id="r1", subject="drones", value=Decimal(3000), low=Decimal(3000),
                   high=Decimal(3000), source="CFR", location="figures.csv:2")


def run(args: Sequence[str], *, input: Any = None, env: Any = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture(autouse=True)
def outside_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test in an empty directory, so a [factcheck] section of ours never applies."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def calls() -> Dict[str, Any]:
    return {}


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch, calls: Dict[str, Any]) -> Dict[str, Any]:
    """Replace the parser, the reference loader and the checker with small fakes."""
    def fake_load(paths: Sequence[str], **options: Any) -> Dict[Decimal, str]:
        calls["load"] = (list(paths), options)
        if any(path.endswith("bad.csv") for path in paths):
            raise ReferenceTableError("column 'value' is not a number (found 'n/a')",
                                      path="bad.csv", line=4,
                                      fix="use --na-values to treat it as missing")
        return FAKE_TABLE

    def fake_check(claims: Sequence[Claim], table: Dict[Decimal, str], text: str, *,
                   tolerance: float) -> List[Verdict]:
        calls["tolerance"] = tolerance
        verdicts = []
        for claim in claims:
            status = table.get(claim.value, "unverifiable")
            verdicts.append(Verdict(
                claim=claim, status=status,
                reason={"contradicted": "overstated", "unverifiable": "no_match"}.get(status, ""),
                reference=None if status == "unverifiable" else ROW,
                difference=0.5 if status == "contradicted" else None))
        return verdicts

    # patch the modules themselves: the package attribute "check" is the check() function
    monkeypatch.setattr(importlib.import_module("factcheck.parse"), "parse_claims", fake_parse)
    monkeypatch.setattr(importlib.import_module("factcheck.reference"), "load_reference",
                        fake_load)
    monkeypatch.setattr(importlib.import_module("factcheck.check"), "check_claims", fake_check,
                        raising=False)
    return calls


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current directory with one article and a reference file name."""
    monkeypatch.chdir(tmp_path)
    Path("article.txt").write_text(ARTICLE, "utf-8")
    Path("figures.csv").write_text("id,subject,value,unit\n", "utf-8")
    return tmp_path


# -- help, version, entry points ----------------------------------------------------------

COMMANDS = [pytest.param([], id="factcheck")] + [
    pytest.param([name], id=f"factcheck {name}") for name in sorted(cli.commands)]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_ends_with_an_example(command: List[str]) -> None:
    result = run(command + ["--help"])
    assert result.exit_code == 0
    help_text = result.output.split("Options:")[0].rstrip()
    example = help_text.rsplit("Example:", 1)[1].strip()
    # one command, possibly continued over lines ending in a backslash
    command_lines = example.replace("\\\n", " ").splitlines()
    assert len(command_lines) == 1 and command_lines[0].startswith("factcheck ")


def help_example(command: List[str]) -> List[str]:
    """The example command at the end of a help text, as arguments after "factcheck"."""
    example = run(command + ["--help"]).output.split("Options:")[0].rsplit("Example:", 1)[1]
    return shlex.split(example.replace("\\\n", " "))[1:]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_example_runs(command: List[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    result = run(help_example(command))
    assert result.exit_code in (0, 1), result.output
    assert result.stdout.strip()


def test_version() -> None:
    assert run(["--version"]).output == f"factcheck, version {__version__}\n"


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "factcheck", "--version"],
                            capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (0, f"factcheck, version {__version__}\n")


# -- extract ------------------------------------------------------------------------------

def test_extract_table(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    result = run(["extract", "article.txt"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == ("article.txt\n"
                             "  1:15  3000  point  3000\n"
                             "  2:15  25    point  25\n"
                             "2 claims in 1 document\n")


def test_extract_reads_stdin_without_paths_and_with_dash(fake_pipeline: Dict[str, Any]) -> None:
    for args in (["extract"], ["extract", "-"]):
        result = run(args + ["--format", "jsonl"], input="Ran 5 km.")
        record = json.loads(result.stdout)
        assert (result.exit_code, record["id"], record["claims"][0]["text"]) == (0, "<stdin>", "5")


def test_extract_jsonl_keeps_input_order_with_failures(workdir: Path,
                                                       fake_pipeline: Dict[str, Any]) -> None:
    Path("b.txt").write_text("7 km", "utf-8")
    Path("empty.txt").write_text("", "utf-8")
    result = run(["extract", "b.txt", "missing.txt", "empty.txt", "article.txt",
                  "--format", "jsonl"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["id"], len(line["claims"]), "error" in line) for line in lines] == [
        ("b.txt", 1, False), ("missing.txt", 0, True), ("empty.txt", 0, False),
        ("article.txt", 2, False)]
    assert result.exit_code == 2
    assert result.stderr == f"Error: missing.txt: no such file or directory; {MISSING_FIX}\n"


def test_extract_directory_sorted_recursive(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    for name in ("docs/b.md", "docs/a.txt", "docs/sub/c.txt", "docs/skip.csv"):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text("1", "utf-8")
    result = run(["extract", "docs", "--format", "json"])
    ids = [Path(d["id"]).as_posix() for d in json.loads(result.stdout)["documents"]]
    assert ids == ["docs/a.txt", "docs/b.md", "docs/sub/c.txt"]


def test_extract_jsonl_input(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    Path("in.jsonl").write_text('{"id": "a", "text": "1 km"}\n{"id": "a2"\n'
                                '{"id": "b", "text": "2 and 3"}\n', "utf-8")
    result = run(["extract", "--input-format", "jsonl", "in.jsonl", "--format", "jsonl"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["id"], len(line["claims"])) for line in lines] == [
        ("a", 1), ("in.jsonl:2", 0), ("b", 2)]
    assert result.exit_code == 2
    assert result.stderr == ("Error: in.jsonl:2: not valid JSON (Expecting ',' delimiter at "
                             f"column 12); {JSONL_FIX}\n")


def test_extract_jsonl_input_from_stdin(fake_pipeline: Dict[str, Any]) -> None:
    result = run(["extract", "--input-format", "jsonl", "--format", "jsonl"],
                 input='{"id": "x", "text": "9 km"}\n')
    assert (result.exit_code, json.loads(result.stdout)["id"]) == (0, "x")


INPUT_ERRORS = [
    pytest.param(b"caf\xe9 5 km", [], "a.txt: not valid utf-8 (byte 0xe9 at offset 3); "
                 + ENCODING_FIX, id="latin-1 file read as UTF-8"),
    pytest.param(b"GIF89a\x00\x01", [], "a.txt: looks like a binary file (NUL byte at offset 6); "
                 + BINARY_FIX, id="binary file"),
]


@pytest.mark.parametrize("data, options, message", INPUT_ERRORS)
def test_extract_input_errors(workdir: Path, fake_pipeline: Dict[str, Any], data: bytes,
                              options: List[str], message: str) -> None:
    Path("a.txt").write_bytes(data)
    result = run(["extract", "a.txt", *options])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {message}\n"
    assert "Traceback" not in result.output


def test_extract_with_encoding(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    Path("a.txt").write_bytes(b"caf\xe9 5 km")
    result = run(["extract", "a.txt", "--encoding", "latin-1", "--format", "json"])
    record = json.loads(result.stdout)["documents"][0]
    assert (result.exit_code, record["claims"][0]["sentence"]["text"]) == (0, "café 5 km")


def test_unknown_encoding_is_a_usage_error(workdir: Path) -> None:
    result = run(["extract", "article.txt", "--encoding", "klingon"])
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "Error: Invalid value for '--encoding': " + BAD_ENCODING_TEXT.format(name="klingon") + "\n")


def test_empty_file_has_no_claims(workdir: Path) -> None:
    Path("empty.txt").write_text("", "utf-8")
    result = run(["extract", "empty.txt"])
    assert (result.exit_code, result.stdout) == (0, "empty.txt\n  (no claims)\n"
                                                    "0 claims in 1 document\n")


def test_output_file(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    result = run(["extract", "article.txt", "--format", "json", "--output", "out.json",
                  "--color"])
    assert (result.exit_code, result.stdout) == (0, "")
    record = json.loads(Path("out.json").read_text("utf-8"))
    jsonschema.validate(record, SCHEMA)


def test_output_file_that_cannot_be_written(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    result = run(["extract", "article.txt", "--output", "no/such/dir/out.txt"])
    assert result.exit_code == 2
    assert result.stderr == "Error: " + OUTPUT_ERROR_TEXT.format(
        path="no/such/dir/out.txt", reason="No such file or directory") + "\n"


COLOUR_CASES = [
    pytest.param(["--color"], {}, True, id="--color forces colour"),
    pytest.param(["--color"], {"NO_COLOR": "1"}, False, id="NO_COLOR wins over --color"),
    pytest.param([], {}, False, id="not a terminal"),
    pytest.param(["--no-color"], {}, False, id="--no-color"),
]


@pytest.mark.parametrize("options, env, coloured", COLOUR_CASES)
def test_colour(workdir: Path, fake_pipeline: Dict[str, Any], options: List[str],
                env: Dict[str, str], coloured: bool) -> None:
    result = run(["check", "article.txt", "-r", "figures.csv", *options], env=env)
    assert ("\x1b[" in result.stdout) is coloured
    assert click.unstyle(result.stdout).startswith("article.txt\n  supported     1:15")


def test_progress_bar_only_on_a_terminal_for_many_files() -> None:
    class Terminal:
        @staticmethod
        def isatty() -> bool:
            return True

    assert show_progress(20, Terminal()) is True
    assert show_progress(19, Terminal()) is False


# -- check --------------------------------------------------------------------------------

EXIT_CODES = [
    pytest.param("3000 drones", [], 0, id="all supported: 0"),
    pytest.param("25 dollars", [], 1, id="contradicted: 1"),
    pytest.param("25 dollars", ["--fail-on", "never"], 0, id="contradicted, --fail-on never: 0"),
    pytest.param("7 cats", [], 0, id="unverifiable: 0"),
    pytest.param("7 cats", ["--fail-on", "unverifiable"], 1,
                 id="unverifiable, --fail-on unverifiable: 1"),
    pytest.param("25 dollars", ["--fail-on", "unverifiable"], 1,
                 id="contradicted, --fail-on unverifiable: 1"),
    pytest.param("3000 drones", ["--fail-on", "sometimes"], 2, id="bad --fail-on: 2"),
    pytest.param("3000 drones", ["--tolerance", "-1"], 2, id="negative tolerance: 2"),
    pytest.param("3000 drones", ["missing.txt"], 2, id="missing input: 2"),
    pytest.param("25 dollars", ["missing.txt"], 2, id="input error beats contradicted: 2"),
]


@pytest.mark.parametrize("text, options, code", EXIT_CODES)
def test_check_exit_codes(workdir: Path, fake_pipeline: Dict[str, Any], text: str,
                          options: List[str], code: int) -> None:
    Path("a.txt").write_text(text, "utf-8")
    result = run(["check", "a.txt", "--reference", "figures.csv", *options])
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output


def test_check_table(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    result = run(["check", "article.txt", "--reference", "figures.csv"])
    assert result.exit_code == 1
    assert result.stdout == (
        "article.txt\n"
        "  supported     1:15  3000  point  3000  ref r1\n"
        "  contradicted  2:15  25    point  25    overstated +50% ref r1\n"
        "2 claims in 1 document: 1 supported, 1 contradicted, 0 unverifiable; coverage 100%\n")


def test_check_json_validates(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    result = run(["check", "article.txt", "missing.txt", "-r", "figures.csv", "-f", "json"])
    record = json.loads(result.stdout)
    jsonschema.validate(record, SCHEMA)
    assert record["summary"] == {"claims": 2, "supported": 1, "contradicted": 1,
                                 "unverifiable": 0, "coverage": 1.0}
    first = record["documents"][0]["claims"][0]
    assert (first["verdict"], first["reference"]["id"], first["line"]) == ("supported", "r1", 1)
    assert record["documents"][1]["error"].startswith("missing.txt: no such file")


def test_check_jsonl_one_line_per_document(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    Path("b.txt").write_text("7 cats", "utf-8")
    result = run(["check", "b.txt", "article.txt", "-r", "figures.csv", "-f", "jsonl"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["b.txt", "article.txt"]
    assert lines[0]["summary"]["unverifiable"] == 1


def test_check_passes_reference_options(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    run(["check", "article.txt", "-r", "figures.csv", "-r", "more.sqlite", "--table", "facts",
         "--query", "select * from facts", "--reference-format", "sqlite",
         "--na-values", "n/a", "--na-values", "-", "--tolerance", "0.05"])
    assert fake_pipeline["load"] == (["figures.csv", "more.sqlite"], {
        "table": "facts", "query": "select * from facts", "format": "sqlite",
        "na_values": ("n/a", "-")})
    assert fake_pipeline["tolerance"] == 0.05


def test_reference_error_is_one_line(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    result = run(["check", "article.txt", "-r", "bad.csv"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("Error: bad.csv:4: column 'value' is not a number (found 'n/a'); "
                             "use --na-values to treat it as missing\n")


USAGE_ERRORS = [
    pytest.param(["check", "-r", "figures.csv"], NO_PATHS_TEXT, id="no path"),
    pytest.param(["check", "article.txt"], NO_REFERENCE_TEXT, id="no reference"),
]


@pytest.mark.parametrize("args, message", USAGE_ERRORS)
def test_check_usage_errors(workdir: Path, fake_pipeline: Dict[str, Any], args: List[str],
                            message: str) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert result.stderr.endswith(f"\nError: {message}\n")


# -- configuration ------------------------------------------------------------------------

def test_config_supplies_defaults(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    Path("articles").mkdir()
    Path("articles/a.txt").write_text("25 dollars", "utf-8")
    Path("setup.cfg").write_text("[factcheck]\nreference = figures.csv\npaths = articles\n"
                                 "tolerance = 0.2\nfail_on = never\nformat = jsonl\n", "utf-8")
    result = run(["check"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == str(Path("articles/a.txt"))
    assert fake_pipeline["load"][0] == ["figures.csv"]
    assert fake_pipeline["tolerance"] == 0.2


def test_command_line_wins_over_config(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    Path("setup.cfg").write_text("[factcheck]\nreference = other.csv\ntolerance = 0.2\n"
                                 "fail_on = never\n", "utf-8")
    result = run(["check", "article.txt", "-r", "figures.csv", "--tolerance", "0.01",
                  "--fail-on", "contradicted"])
    assert result.exit_code == 1
    assert fake_pipeline["load"][0] == ["figures.csv"]
    assert fake_pipeline["tolerance"] == 0.01


def test_bad_config_is_one_line(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    Path("setup.cfg").write_text("[factcheck]\ntolerance = lots\n", "utf-8")
    result = run(["check", "article.txt", "-r", "figures.csv"])
    assert (result.exit_code, result.stderr) == (
        2, "Error: setup.cfg:2: key 'tolerance' must be a number such as 0.1 (found 'lots')\n")


# -- the real pipeline --------------------------------------------------------------------

SEED = Path(__file__).resolve().parent.parent / "seeds" / "iran-venezuela-russia-drones.txt"


def test_real_extract_of_the_seed_validates() -> None:
    result = run(["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    jsonschema.validate(record, SCHEMA)
    texts = [claim["text"] for claim in record["documents"][0]["claims"]]
    assert any("3,000" in text for text in texts)


def test_include_dates_lists_the_seed_dates_beside_its_claims() -> None:
    result = run(["extract", str(SEED), "--format", "json", "--include-dates"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    jsonschema.validate(record, SCHEMA)
    document = record["documents"][0]
    dates = [(d["text"], d["iso"]) for d in document["dates"]]
    assert ("January 17", "--01-17") in dates
    claimed = {tuple(c["span"]) for c in document["claims"]}
    assert not claimed & {tuple(d["span"]) for d in document["dates"]}


def test_include_dates_in_the_table_and_not_without_the_option() -> None:
    text = "Sales fell 4% in March 2021."
    with_dates = run(["extract", "-", "--include-dates"], input=text)
    assert "  dates: March 2021 (2021-03)\n" in with_dates.stdout
    plain = run(["extract", "-", "--format", "jsonl"], input=text)
    assert "dates" not in json.loads(plain.stdout)


# -- report formats and the baseline ------------------------------------------------------

SARIF_SCHEMA = Path(__file__).resolve().parent.parent / "factcheck" / "schema" / "sarif-2.1.0.json"


def test_check_sarif_validates(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    result = run(["check", "article.txt", "-r", "figures.csv", "--format", "sarif"])
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    jsonschema.Draft7Validator(json.loads(SARIF_SCHEMA.read_text("utf-8"))).validate(log)
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["contradicted/overstated"]


def test_check_github_annotations(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    result = run(["check", "article.txt", "-r", "figures.csv", "--format", "github"])
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=article.txt,line=2,col=15,")


def test_check_html_escapes_the_article(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    Path("a.txt").write_text("<script>alert('x')</script> 3000 drones", "utf-8")
    result = run(["check", "a.txt", "-r", "figures.csv", "--format", "html", "-o", "r.html"])
    page = Path("r.html").read_text("utf-8")
    assert result.exit_code == 0 and page.startswith("<!DOCTYPE html>")
    assert "&lt;script&gt;" in page and "<script>" not in page


def test_write_baseline_then_pass_with_it(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    written = run(["check", "article.txt", "-r", "figures.csv", "--write-baseline", "base.json"])
    assert written.exit_code == 0
    assert written.stderr == "Wrote 1 baseline entry to base.json\n"
    entries = json.loads(Path("base.json").read_text("utf-8"))["entries"]
    assert [(e["document"], e["text"]) for e in entries] == [("article.txt", "25")]

    result = run(["check", "article.txt", "-r", "figures.csv", "--baseline", "base.json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert "overstated +50% ref r1 (accepted: accepted)" in result.stdout
    assert result.stdout.endswith("coverage 100%; 1 accepted in the baseline, 0 stale\n")

    record = json.loads(run(["check", "article.txt", "-r", "figures.csv", "--baseline",
                             "base.json", "-f", "json"]).stdout)
    jsonschema.validate(record, SCHEMA)
    assert record["documents"][0]["claims"][1]["accepted"] == {"reason": "accepted"}
    assert record["baseline"] == {"accepted": 1, "stale": []}


def test_stale_baseline_entry_is_reported(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    run(["check", "article.txt", "-r", "figures.csv", "--write-baseline", "base.json"])
    claim_id = json.loads(Path("base.json").read_text("utf-8"))["entries"][0]["claim_id"]
    Path("article.txt").write_text("Iran supplied 3000 drones.\nThe reward is 26 dollars.\n",
                                   "utf-8")
    result = run(["check", "article.txt", "-r", "figures.csv", "--baseline", "base.json",
                  "--fail-on", "unverifiable"])
    assert result.exit_code == 1
    assert result.stderr == (f'Warning: stale baseline entry {claim_id}: article.txt: "25" no '
                             "longer matches a finding; remove it from the baseline, or rewrite "
                             "the baseline with --write-baseline FILE\n")


def test_broken_baseline_is_one_line(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    Path("base.json").write_text("{", "utf-8")
    result = run(["check", "article.txt", "-r", "figures.csv", "--baseline", "base.json"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: base.json:1: not valid JSON")
    assert result.stderr.count("\n") == 1


def test_baseline_from_config(workdir: Path, fake_pipeline: Dict[str, Any]) -> None:
    run(["check", "article.txt", "-r", "figures.csv", "--write-baseline", "base.json"])
    Path("setup.cfg").write_text("[factcheck]\nbaseline = base.json\n", "utf-8")
    assert run(["check", "article.txt", "-r", "figures.csv"]).exit_code == 0


def test_progress_bar_draws_on_a_terminal_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    class TerminalErr(io.StringIO):
        def isatty(self) -> bool:
            return True

    stderr = TerminalErr()
    monkeypatch.setattr(sys, "stderr", stderr)
    documents = [Document(id=str(n), text="") for n in range(25)]
    assert list(with_progress(iter(documents), len(documents))) == documents
    assert "0/25 [" in stderr.getvalue()


FIGURES = ("id,subject,value,unit,source\n"
           "reward,US reward for information leading to the arrest of Nicolás Maduro,"
           "25000000,USD,US State Department\n"
           "drones,Iranian drones supplied to Russia,3000,drone,CFR\n")
REWARD = ("The U.S. announced an increased {amount} reward for information leading to the "
          "arrest of Maduro.\n")

REAL_CHECKS = [
    pytest.param("$25 million", 0, "supported", id="$25 million: supported, exit 0"),
    pytest.param("$40 million", 1, "contradicted", id="$40 million: contradicted, exit 1"),
]


@pytest.mark.parametrize("amount, code, verdict", REAL_CHECKS)
def test_real_check(workdir: Path, amount: str, code: int, verdict: str) -> None:
    Path("figures.csv").write_text(FIGURES, "utf-8")
    Path("a.txt").write_text(REWARD.format(amount=amount), "utf-8")
    result = run(["check", "a.txt", "--reference", "figures.csv", "--format", "json"])
    assert result.exit_code == code, result.output
    record = json.loads(result.stdout)
    jsonschema.validate(record, SCHEMA)
    claim = record["documents"][0]["claims"][0]
    assert (claim["text"], claim["verdict"], claim["reference"]["id"]) == (
        amount, verdict, "reward")


def test_real_reference_error_is_one_line(workdir: Path) -> None:
    Path("figures.csv").write_text("id,subject,value\nr1,reward,lots\n", "utf-8")
    result = run(["check", "article.txt", "--reference", "figures.csv"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: figures.csv:2: ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
