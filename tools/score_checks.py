#!/usr/bin/env python3
"""Score golden check cases the way the held-out set is judged.

Usage:
    python tools/score_checks.py [CASE.json ...] [--list]

Runs each case of ``fixtures/checks/`` (or the files given) through the parser
and the checker and prints, over all their expected claims:

- verdict accuracy: status, reason (when the case gives one) and row all as
  expected; a claim the parser missed or split counts as wrong;
- contradicted precision: of the claims called contradicted, how many the case
  expects contradicted (any direction or row), with the unlisted claims the
  checker judged contradicted counted as false alarms too;
- contradicted recall: of the claims the case expects contradicted, how many
  were called contradicted.

``xfail`` keys are ignored: the figures say what the checker does today.
``--list`` prints every wrong claim with the checker's summary.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Tuple

from factcheck.check import check
from factcheck.reference import load_reference

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def location(text: str, surface: str, occurrence: int) -> Tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def score_case(case: Dict[str, Any]) -> List[Dict[str, Any]]:
    """One record per expected claim (and per judged unlisted claim) of ``case``."""
    table = load_reference([str(FIXTURES / name) for name in case["reference"]])
    verdicts = check(case["text"], table, tolerance=case.get("tolerance", "0.10"))
    records = []
    listed = set()
    for expect in case["expect"]:
        where = location(case["text"], expect["surface"], expect.get("occurrence", 1))
        found = [v for v in verdicts if v.claim.span[0] < where[1] and where[0] < v.claim.span[1]]
        record = {"case": case["label"], "surface": expect["surface"],
                  "want": expect["status"], "got": None, "right": False, "summary": ""}
        if len(found) == 1:
            verdict = found[0]
            listed.add(id(verdict))
            row = verdict.reference.id if verdict.reference and verdict.status != "unverifiable" \
                else None
            reason = expect.get("reason", verdict.reason if expect["status"] == "unverifiable"
                                else "")
            want = (expect["status"], reason,
                    expect.get("row") if expect["status"] != "unverifiable" else None)
            record.update(got=verdict.status, summary=verdict.summary,
                          right=(verdict.status, verdict.reason, row) == want)
        else:
            record["summary"] = f"parser found {len(found)} claims here"
        records.append(record)
    for verdict in verdicts:
        if id(verdict) not in listed and verdict.status == "contradicted":
            records.append({"case": case["label"], "surface": verdict.claim.text,
                            "want": None, "got": "contradicted", "right": False,
                            "summary": "unlisted: " + verdict.summary})
    return records


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="print every wrong claim")
    args = parser.parse_args(argv)
    paths = args.cases or sorted((FIXTURES / "checks").glob("*.json"))
    records = []
    for path in paths:
        records.extend(score_case(json.loads(path.read_text(encoding="utf-8"))))
    expected = [r for r in records if r["want"] is not None]
    right = sum(r["right"] for r in expected)
    called = [r for r in records if r["got"] == "contradicted"]
    true_calls = sum(r["want"] == "contradicted" for r in called)
    wanted = [r for r in expected if r["want"] == "contradicted"]
    caught = sum(r["got"] == "contradicted" for r in wanted)
    print(f"{len(paths)} cases, {len(expected)} claims: {right} right "
          f"({100 * right / max(len(expected), 1):.1f}%)")
    print(f"contradicted precision: {true_calls}/{len(called)} "
          f"({100 * true_calls / max(len(called), 1):.1f}%), "
          f"false alarms {len(called) - true_calls}")
    print(f"contradicted recall: {caught}/{len(wanted)} "
          f"({100 * caught / max(len(wanted), 1):.1f}%)")
    exact = sum(r["want"] == "contradicted" and r["right"] for r in called)
    print(f"contradicted with the expected row and direction: {exact}/{len(called)}")
    if args.list:
        for r in records:
            if not r["right"]:
                print(f"  {r['case']}: {r['surface']!r} want {r['want']}, got {r['got']}: "
                      f"{r['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
