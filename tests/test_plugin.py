"""The pytest plugin, end to end in throwaway repositories made with ``pytester``.

Each repository holds two articles, a reference CSV and a setup.cfg naming
them, and runs the real pipeline (parse_claims, load_reference, check_claims).
The report-format tests at the bottom use hand-made verdicts so that they pin
the plugin's own wording, not the checker's.  New settings get a row in
BAD_SETTINGS (with the exact message) and a scenario here.
"""
from __future__ import annotations

import glob
import json
import shlex
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, List

import pytest
from click.testing import CliRunner

# pandas (and numpy under it) must be imported before pytester's in-process runs: each run
# restores sys.modules afterwards, and numpy cannot be imported a second time
import factcheck.reference  # noqa: F401

from factcheck.claims import Claim, Document, ExplanationStep, ReferenceRow, Verdict
from factcheck.locate import line_column, line_starts
from factcheck.pytest_plugin import failure_report, golden_diff, golden_json

pytest_plugins = ["pytester"]

FIGURES = """\
id,subject,value,unit,keywords,source,as_of
drones_supplied,drones supplied by Iran to Russia,3000,drone,Iran;Russia;drones,\
Defence ministry briefing,2024-05
bounty,reward offered for information,25000000,USD,reward,State Department,2024
"""

DRONES_WRONG = """\
# Drone deliveries

Iran has supplied 5,000 drones to Russia since 2022, officials said.
"""

DRONES_FIXED = DRONES_WRONG.replace("5,000", "3,000")

REWARD = """\
# Reward

The State Department offered a reward of $25 million.
"""

SETUP_CFG = """\
[tool:pytest]
factcheck_paths = articles
factcheck_reference = data/figures.csv
{extra}
"""


@pytest.fixture
def repo(pytester: pytest.Pytester) -> pytest.Pytester:
    """A newsroom repository: two articles, a reference table, a setup.cfg naming them."""
    (pytester.path / "articles").mkdir()
    (pytester.path / "data").mkdir()
    (pytester.path / "data" / "figures.csv").write_text(FIGURES, "utf-8")
    (pytester.path / "articles" / "drones.md").write_text(DRONES_WRONG, "utf-8")
    (pytester.path / "articles" / "reward.md").write_text(REWARD, "utf-8")
    configure(pytester)
    return pytester


def configure(pytester: pytest.Pytester, extra: str = "") -> None:
    (pytester.path / "setup.cfg").write_text(SETUP_CFG.format(extra=extra), "utf-8")


def test_contradicted_claim_fails_with_a_readable_report(repo: pytest.Pytester) -> None:
    result = repo.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "*_ factcheck articles/drones.md _*",
        "articles/drones.md: 1 contradicted claim",
        "  line 3, column 19: '5,000 drones' is contradicted (overstated)",
        "    reference row drones_supplied: drones supplied by Iran to Russia: 3,000 drone; "
        "as of 2024-05; source: Defence ministry briefing; [[]data/figures.csv:2[]]",
        "    comparison: *5,000 drones*3000*",
        "    difference: +66.7%",
        "    steps: match_row data/figures.csv:2 -> *",
        "    claim id: fc-*",
        "FAILED articles/drones.md::factcheck - articles/drones.md: 1 contradicted claim",
    ])
    assert "Traceback" not in result.stdout.str()


def test_passes_after_the_article_is_fixed(repo: pytest.Pytester) -> None:
    (repo.path / "articles" / "drones.md").write_text(DRONES_FIXED, "utf-8")
    repo.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_passes_after_the_discrepancy_is_baselined(repo: pytest.Pytester) -> None:
    from factcheck.cli import cli

    written = CliRunner().invoke(cli, ["check", "articles", "--reference", "data/figures.csv",
                                       "--write-baseline", "factcheck-baseline.json"])
    assert "Wrote 1 baseline entry to factcheck-baseline.json" in written.output
    configure(repo, "factcheck_baseline = factcheck-baseline.json")
    repo.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_baseline_entry_survives_an_edit_elsewhere(repo: pytest.Pytester) -> None:
    from factcheck.cli import cli

    CliRunner().invoke(cli, ["check", "articles", "--reference", "data/figures.csv",
                             "--write-baseline", "factcheck-baseline.json"])
    configure(repo, "factcheck_baseline = factcheck-baseline.json")
    edited = DRONES_WRONG.replace("# Drone deliveries\n", "# Drone deliveries\n\nBy staff.\n")
    (repo.path / "articles" / "drones.md").write_text(edited, "utf-8")
    repo.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_stale_baseline_entry_is_reported(repo: pytest.Pytester) -> None:
    from factcheck.cli import cli

    CliRunner().invoke(cli, ["check", "articles", "--reference", "data/figures.csv",
                             "--write-baseline", "factcheck-baseline.json"])
    configure(repo, "factcheck_baseline = factcheck-baseline.json")
    (repo.path / "articles" / "drones.md").write_text(DRONES_FIXED, "utf-8")
    # in-process runs inherit this suite's filterwarnings=error; a user's run shows a warning
    result = repo.runpytest("-p", "no:cacheprovider",
                            "-W", "always::factcheck.pytest_plugin.StaleBaselineWarning")
    result.assert_outcomes(passed=2, warnings=1)
    result.stdout.fnmatch_lines(["*StaleBaselineWarning: articles/drones.md: baseline entry "
                                 "fc-* ('5,000 drones') matches no finding any more; remove it "
                                 "or rewrite the baseline"])


def test_golden_files_catch_drift(repo: pytest.Pytester) -> None:
    configure(repo, "factcheck_fail_on = never")
    repo.runpytest("-p", "no:cacheprovider", "--factcheck-update").assert_outcomes(passed=2)
    golden = json.loads((repo.path / "articles" / "reward.md.factcheck.json").read_text("utf-8"))
    assert golden["document"] == "articles/reward.md"
    assert [(c["text"], c["status"], c["reference"]) for c in golden["claims"]] == [
        ("$25 million", "supported", "bounty")]
    repo.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)

    (repo.path / "articles" / "reward.md").write_text(REWARD.replace("$25", "$40"), "utf-8")
    result = repo.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "articles/reward.md: verdicts differ from the golden file; if the change is right, "
        "run pytest --factcheck-update",
        "--- reward.md.factcheck.json (golden)",
        "+++ articles/reward.md (today)",
        "-fc-* '$25 million': supported vs bounty",
        "+fc-* '$40 million': contradicted (overstated) vs bounty",
    ])
    repo.runpytest("-p", "no:cacheprovider", "--factcheck-update").assert_outcomes(passed=2)
    repo.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_golden_file_does_not_excuse_a_contradiction(repo: pytest.Pytester) -> None:
    result = repo.runpytest("-p", "no:cacheprovider", "--factcheck-update")
    result.assert_outcomes(passed=1, failed=1)
    assert (repo.path / "articles" / "drones.md.factcheck.json").exists()
    assert "verdicts differ" not in result.stdout.str()


def test_fail_on_unverifiable(repo: pytest.Pytester) -> None:
    (repo.path / "articles" / "drones.md").write_text(DRONES_FIXED, "utf-8")
    (repo.path / "articles" / "sites.md").write_text("Officials counted 40 launch sites.\n",
                                                     "utf-8")
    repo.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=3)
    configure(repo, "factcheck_fail_on = unverifiable")
    result = repo.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["articles/sites.md: 1 unverifiable claim",
                                 "  line 1, column 19: '40 launch sites' is unverifiable*"])


def test_globs_select_articles(repo: pytest.Pytester) -> None:
    (repo.path / "setup.cfg").write_text(
        "[tool:pytest]\nfactcheck_paths = articles/rew*.md\n"
        "factcheck_reference = data/figures.csv\n", "utf-8")
    result = repo.runpytest("-p", "no:cacheprovider", "--collect-only", "-q")
    result.stdout.fnmatch_lines(["articles/reward.md::factcheck", "1 test collected*"])


def test_tolerance_setting_reaches_the_checker(repo: pytest.Pytester) -> None:
    (repo.path / "articles" / "drones.md").write_text(
        DRONES_FIXED.replace("3,000 drones", "about 3,400 drones"), "utf-8")
    configure(repo, "factcheck_tolerance = 0.05")
    repo.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1, failed=1)
    configure(repo, "factcheck_tolerance = 15%")
    repo.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_broken_reference_table_fails_each_article_with_its_message(
        repo: pytest.Pytester) -> None:
    (repo.path / "data" / "figures.csv").write_text("id,subject,value\nx,y,lots\n", "utf-8")
    result = repo.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["factcheck: data/figures.csv:2: *'value'*"])
    assert "Traceback" not in result.stdout.str()


def test_settings_fall_back_to_the_factcheck_section(repo: pytest.Pytester) -> None:
    (repo.path / "setup.cfg").write_text(
        "[factcheck]\nreference = data/figures.csv\ntolerance = 0.15\n\n"
        "[tool:pytest]\nfactcheck_paths = articles\n", "utf-8")
    (repo.path / "articles" / "reward.md").write_text(
        REWARD.replace("$25 million", "about $28 million"), "utf-8")
    result = repo.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["articles/drones.md: 1 contradicted claim"])


def test_pytest_settings_win_over_the_factcheck_section(repo: pytest.Pytester) -> None:
    (repo.path / "setup.cfg").write_text(
        "[factcheck]\nreference = data/figures.csv\nfail_on = contradicted\n\n"
        "[tool:pytest]\nfactcheck_paths = articles\nfactcheck_fail_on = never\n", "utf-8")
    repo.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_bad_factcheck_section_is_a_usage_error(repo: pytest.Pytester) -> None:
    (repo.path / "setup.cfg").write_text(
        "[factcheck]\ncolour = yes\n\n[tool:pytest]\nfactcheck_paths = articles\n", "utf-8")
    result = repo.runpytest("-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factcheck: *setup.cfg:2: unknown key 'colour'; *"])


BAD_SETTINGS = [
    pytest.param("factcheck_tolerance = ten",
                 "ERROR: factcheck_tolerance: 'ten' is not a number; write a relative tolerance "
                 "such as 0.05 or 5%", id="tolerance not a number"),
    pytest.param("factcheck_fail_on = always",
                 "ERROR: factcheck_fail_on: 'always' is not one of contradicted, unverifiable, "
                 "never", id="unknown fail_on"),
]


@pytest.mark.parametrize("extra, message", BAD_SETTINGS)
def test_bad_settings_are_usage_errors(repo: pytest.Pytester, extra: str, message: str) -> None:
    configure(repo, extra)
    result = repo.runpytest("-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])


def test_missing_article_path_is_a_usage_error(repo: pytest.Pytester) -> None:
    (repo.path / "setup.cfg").write_text(
        "[tool:pytest]\nfactcheck_paths = articels\nfactcheck_reference = data/figures.csv\n",
        "utf-8")
    result = repo.runpytest("-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factcheck_paths: 'articels' is neither a file nor a "
                                 "directory under *; fix the path or use a glob"])


def test_silent_in_projects_without_settings(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    (pytester.path / "article.md").write_text(DRONES_WRONG, "utf-8")
    (pytester.path / "setup.cfg").write_text("[tool:pytest]\nfilterwarnings = error\n", "utf-8")
    result = pytester.runpytest("-p", "no:cacheprovider", "--factcheck-update")
    result.assert_outcomes(passed=1)
    mentions = [line for line in result.outlines if "factcheck" in line]
    assert [line.startswith("plugins:") for line in mentions] == [True]
    assert list(pytester.path.glob("*.factcheck.json")) == []


# --- the project's own check fixtures, through the plugin -----------------------------------

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def check_case(path: Path) -> Any:
    """A fixtures/checks case as a parameter; its ``xfail`` reason makes it a lenient xfail.

    Not strict, unlike tests/test_check_golden.py: this test only looks at which
    claims fail the article, so a case the checker gets partly wrong may pass here.
    """
    reason = json.loads(path.read_text("utf-8")).get("xfail")
    marks = [pytest.mark.xfail(strict=False, reason=reason)] if reason else []
    return pytest.param(path, id=path.stem, marks=marks)


CHECK_CASES = [check_case(path) for path in sorted((FIXTURES / "checks").glob("*.json"))]


def expected_failure_lines(case: Dict[str, Any], article: str) -> List[str]:
    """The report lines a case's contradicted expectations must produce, as fnmatch patterns."""
    text = case["text"]
    starts = line_starts(text)
    contradicted = [e for e in case["expect"] if e["status"] == "contradicted"]
    if not contradicted:
        return []
    plural = "s" if len(contradicted) != 1 else ""
    lines = [f"{article}: {len(contradicted)} contradicted claim{plural}"]
    for expect in contradicted:
        start = -1
        for _ in range(expect.get("occurrence", 1)):
            start = text.index(expect["surface"], start + 1)
        line, _ = line_column(starts, start)
        reason = f" ({expect['reason']})" if expect.get("reason") else ""
        # the claim as parsed may be shorter or longer than the case's surface; the
        # golden check harness matches them by overlap, so only the line is pinned here
        lines.append(f"  line {line}, column *: '*' is contradicted{glob.escape(reason)}")
        lines.append(f"    reference row {glob.escape(expect['row'])}: *")
    return lines


@pytest.mark.parametrize("case_path", CHECK_CASES)
def test_fixture_check_cases_through_the_plugin(pytester: pytest.Pytester,
                                                case_path: Path) -> None:
    """Each fixtures/checks case as an article: it fails exactly on its contradicted claims."""
    case = json.loads(case_path.read_text("utf-8"))
    (pytester.path / "articles").mkdir()
    article = f"articles/{case_path.stem}.md"
    (pytester.path / article).write_text(case["text"], "utf-8")
    tables = " ".join(shlex.quote(str(FIXTURES / name)) for name in case["reference"])
    tolerance = f"factcheck_tolerance = {case['tolerance']}" if "tolerance" in case else ""
    (pytester.path / "setup.cfg").write_text(
        f"[tool:pytest]\nfactcheck_paths = articles\nfactcheck_reference = {tables}\n"
        f"{tolerance}\n", "utf-8")
    result = pytester.runpytest("-p", "no:cacheprovider")
    lines = expected_failure_lines(case, article)
    if lines:
        result.assert_outcomes(failed=1)
        result.stdout.fnmatch_lines(lines)
    else:
        result.assert_outcomes(passed=1)


# --- report wording, on hand-made verdicts --------------------------------------------------

TEXT = "Title\n\nIran has supplied up to 5,000 drones.\n"
SURFACE = "up to 5,000 drones"
START = TEXT.index(SURFACE)
CLAIM = Claim(text=SURFACE, span=(START, START + len(SURFACE)), value=Decimal(5000),
              low=None, high=Decimal(5000), kind="upper", sentence=(7, len(TEXT) - 1))
ROW = ReferenceRow(id="drones_supplied", subject="drones supplied", value=Decimal(3000),
                   low=Decimal(3000), high=Decimal(3000), unit="drone", source="Ministry",
                   location="figures.csv:2")


def document(status: str, **verdict: object) -> Document:
    return Document(id="articles/a.md", text=TEXT,
                    verdicts=(Verdict(CLAIM, status, **verdict),))  # type: ignore[arg-type]


def test_failure_report_lines() -> None:
    doc = document("contradicted", reason="overstated", reference=ROW, difference=0.6667,
                   summary="claim allows up to 5000; reference 3000",
                   explanation=(ExplanationStep("match_row", "figures.csv:2"),
                                ExplanationStep("compare", "above")))
    lines = failure_report(doc, ("contradicted",))
    assert lines[:-1] == [
        "articles/a.md: 1 contradicted claim",
        "  line 3, column 19: 'up to 5,000 drones' is contradicted (overstated)",
        "    reference row drones_supplied: drones supplied: 3,000 drone; source: Ministry; "
        "[figures.csv:2]",
        "    comparison: claim allows up to 5000; reference 3000",
        "    difference: +66.7%",
        "    steps: match_row figures.csv:2 -> compare above",
    ]
    assert lines[-1].startswith("    claim id: fc-")


def test_ambiguous_verdict_lists_candidate_rows() -> None:
    doc = document("unverifiable", reason="ambiguous", candidates=(ROW, ROW))
    lines = failure_report(doc, ("contradicted", "unverifiable"))
    assert lines[1:4] == [
        "  line 3, column 19: 'up to 5,000 drones' is unverifiable (ambiguous)",
        "    candidate row drones_supplied: drones supplied: 3,000 drone; source: Ministry; "
        "[figures.csv:2]",
        "    candidate row drones_supplied: drones supplied: 3,000 drone; source: Ministry; "
        "[figures.csv:2]",
    ]


@pytest.mark.parametrize("status, fail_on", [
    pytest.param("supported", ("contradicted", "unverifiable"), id="supported never fails"),
    pytest.param("unverifiable", ("contradicted",), id="unverifiable passes by default"),
    pytest.param("contradicted", (), id="fail_on never"),
])
def test_failure_report_empty_when_passing(status: str, fail_on: tuple) -> None:
    assert failure_report(document(status), fail_on) == []


def test_failure_report_leaves_out_accepted_claims() -> None:
    from factcheck.baseline import verdict_ids

    doc = document("contradicted", reference=ROW)
    assert failure_report(doc, ("contradicted",), frozenset(verdict_ids(doc))) == []


def test_golden_diff_empty_for_the_same_verdicts(tmp_path: Path) -> None:
    golden = tmp_path / "a.md.factcheck.json"
    golden.write_text(golden_json(document("supported", reference=ROW)), "utf-8")
    assert golden_diff(golden, document("supported", reference=ROW)) == []


def test_unreadable_golden_file_says_how_to_fix_it(tmp_path: Path) -> None:
    from factcheck.pytest_plugin import FactcheckFailure

    golden = tmp_path / "a.md.factcheck.json"
    golden.write_text("{}", "utf-8")
    with pytest.raises(FactcheckFailure) as caught:
        golden_diff(golden, document("supported"))
    assert str(caught.value) == ("a.md.factcheck.json: golden file cannot be read ('claims'); "
                                 "rewrite it with pytest --factcheck-update")


@pytest.mark.parametrize("doc", [
    pytest.param(Document(id="a.md", text="No numbers."), id="no claims"),
    pytest.param(document("contradicted", reference=ROW), id="one claim"),
])
def test_golden_json_is_json(doc: Document) -> None:
    record = json.loads(golden_json(doc))
    assert record["version"] == 1 and record["document"] == doc.id
    assert len(record["claims"]) == len(doc.verdicts)
