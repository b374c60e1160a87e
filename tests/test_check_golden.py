"""Golden check cases: every ``fixtures/checks/*.json`` through the parser and the checker.

The schema of a case is in ``fixtures/README.md``.  Each case is first checked
for being well formed (its reference rows exist, every expected surface is in
the text), then run: each expected claim must get its status, reason and row,
every verdict must replay from its explanation, and claims the case does not
list must come out ``unverifiable`` (a checker never judges a number nobody
asked about).  To add a case, write a new JSON file and its reference table;
the ids below are the case labels.  An expectation that is right but that
today's parser or checker gets wrong carries an ``xfail`` reason: its
mismatch is tolerated, and the test fails once it passes, so the key must go
(a whole case may carry ``xfail`` too and runs as a strict xfail).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

from factcheck.check import check, replay
from factcheck.claims import STATUSES, Verdict
from factcheck.reference import load_reference

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASE_FILES = sorted((FIXTURES / "checks").glob("*.json"))
REASONS = {"supported": {""}, "contradicted": {"overstated", "understated"},
           "unverifiable": {"no_match", "ambiguous", "incompatible_unit", "currency"}}
CASE_KEYS = {"label", "comment", "reference", "text", "expect"}
OPTIONAL_KEYS = {"tolerance", "xfail"}
EXPECT_KEYS = {"surface", "status"}
OPTIONAL_EXPECT_KEYS = {"reason", "row", "occurrence", "note", "xfail"}


def load_case(path: Path) -> Dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def case_param(path: Path) -> Any:
    """A case as a test parameter.

    A case-level ``xfail`` runs the case as a strict xfail, unless some of its
    expectations carry their own ``xfail``: then the key only tells tools that
    judge whole cases (the plugin test) to be lenient, and this harness holds
    every other claim of the case to its expectation.
    """
    case = load_case(path)
    per_claim = any("xfail" in expect for expect in case["expect"])
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] \
        if "xfail" in case and not per_claim else []
    return pytest.param(case, id=path.stem, marks=marks)


CASES = [case_param(path) for path in CASE_FILES]
WELL_FORMED = [pytest.param(load_case(path), id=path.stem) for path in CASE_FILES]


def reference_ids(case: Dict[str, Any]) -> set:
    """The row ids of the case's tables, in any format the loader reads (CSV, TSV, JSON…)."""
    table = load_reference([str(FIXTURES / name) for name in case["reference"]])
    return {row.id for row in table.rows}


def location(text: str, surface: str, occurrence: int) -> Tuple[int, int]:
    """Offsets of the ``occurrence``-th (1-based) appearance of ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def test_suite_is_large_enough() -> None:
    assert len(CASES) >= 15
    assert sum(len(load_case(path)["expect"]) for path in CASE_FILES) >= 120


@pytest.mark.parametrize("case", WELL_FORMED)
def test_case_is_well_formed(case: Dict[str, Any]) -> None:
    assert CASE_KEYS <= set(case) <= CASE_KEYS | OPTIONAL_KEYS
    assert [p.stem for p in CASE_FILES].count(case["label"]) == 1, "label must match file name"
    ids = reference_ids(case)
    seen = set()
    for expect in case["expect"]:
        assert EXPECT_KEYS <= set(expect) <= EXPECT_KEYS | OPTIONAL_EXPECT_KEYS, expect
        assert expect["status"] in STATUSES, expect
        if "reason" in expect or expect["status"] != "unverifiable":
            assert expect.get("reason", "") in REASONS[expect["status"]], expect
        if expect["status"] != "unverifiable":
            assert expect.get("row") in ids, expect
        where = location(case["text"], expect["surface"], expect.get("occurrence", 1))
        assert where not in seen, f"{expect['surface']!r} is listed twice"
        seen.add(where)


def verdict_at(verdicts: List[Verdict], where: Tuple[int, int]) -> List[Verdict]:
    return [v for v in verdicts if v.claim.span[0] < where[1] and where[0] < v.claim.span[1]]


@pytest.mark.parametrize("case", CASES)
def test_case_verdicts(case: Dict[str, Any]) -> None:
    table = load_reference([str(FIXTURES / name) for name in case["reference"]])
    verdicts = check(case["text"], table, tolerance=case.get("tolerance", "0.10"))
    for verdict in verdicts:
        assert replay(verdict) == verdict.status, verdict.summary
    problems = []
    listed = set()
    for expect in case["expect"]:
        where = location(case["text"], expect["surface"], expect.get("occurrence", 1))
        found = verdict_at(verdicts, where)
        if len(found) != 1:
            if "xfail" in expect:
                continue
            problems.append(f"{expect['surface']!r}: parser found {len(found)} claims there "
                            f"{[v.claim.text for v in found]}")
            continue
        verdict = found[0]
        listed.add(id(verdict))
        got = (verdict.status, verdict.reason,
               verdict.reference.id if verdict.reference and verdict.status != "unverifiable"
               else None)
        # an unverifiable expectation without a reason accepts any reason
        reason = expect.get("reason", verdict.reason if expect["status"] == "unverifiable"
                            else "")
        want = (expect["status"], reason,
                expect.get("row") if expect["status"] != "unverifiable" else None)
        if "xfail" in expect:
            if got == want:
                problems.append(f"{expect['surface']!r} passes now: remove its xfail "
                                f"({expect['xfail']})")
        elif got != want:
            problems.append(f"{expect['surface']!r}: expected {want}, got {got}: {verdict.summary}")
    for verdict in verdicts:
        if id(verdict) not in listed and verdict.status != "unverifiable":
            problems.append(f"unlisted claim {verdict.claim.text!r} was judged: {verdict.summary}")
    assert not problems, "\n".join(problems)
