"""Whole-article extraction goldens: every file in fixtures/articles/.

One JSON file is one case (the seed article first):

    {"label": "...", "comment": "what the case exercises",
     "text": "..."  or  "text_path": "seeds/<file>.txt"  (relative to the repository root),
     "claims": [{"surface", "kind", "low", "high", "unit"}, ...]}

``claims`` lists EVERY claim the parser must find, in order of appearance;
``low``/``high`` are decimal strings or null.  A case the parser does not get
right yet carries ``"expect": "fail"`` and a ``"reason"``, and runs as a strict
xfail, so that fixing it forces the mark to go.  To add a case, drop a new file in
fixtures/articles/; the first test checks that it is well formed before any
parsing happens.
"""
from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

from factcheck.claims import KINDS, Claim
from factcheck.parse import parse_claims

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
CLAIM_KEYS = ("surface", "kind", "low", "high", "unit")
CASE_KEYS = {"label", "comment", "text", "text_path", "claims", "expect", "reason"}


def load_cases() -> List[Dict[str, Any]]:
    cases = []
    for path in sorted(ARTICLES.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        case["_file"] = path.name
        cases.append(case)
    return cases


def case_text(case: Dict[str, Any]) -> str:
    if "text_path" in case:
        return (ROOT / case["text_path"]).read_text(encoding="utf-8")
    return str(case["text"])


def param(case: Dict[str, Any]) -> Any:
    marks = []
    if case.get("expect") == "fail":
        marks.append(pytest.mark.xfail(strict=True, reason=case.get("reason", "")))
    return pytest.param(case, id=case.get("label", case["_file"]), marks=marks)


CASES = load_cases()


def number(x: Any) -> Optional[Decimal]:
    """A fixture number: a decimal string or null.

    >>> number("25000000")
    Decimal('25000000')
    >>> number(None) is None
    True
    """
    if x is None:
        return None
    if not isinstance(x, str):
        raise TypeError(f"numbers are decimal strings or null, found {x!r}")
    return Decimal(x)


def test_there_are_cases_and_the_seed_comes_first() -> None:
    assert len(CASES) >= 5
    assert CASES[0].get("text_path") == "seeds/iran-venezuela-russia-drones.txt"
    labels = [case.get("label") for case in CASES]
    assert len(labels) == len(set(labels)), "labels must be unique"


@pytest.mark.parametrize("case", [pytest.param(c, id=c.get("label", c["_file"]))
                                  for c in CASES])
def test_case_is_well_formed(case: Dict[str, Any]) -> None:
    where = case["_file"]
    unknown = set(case) - CASE_KEYS - {"_file"}
    assert not unknown, f"{where}: unknown keys {sorted(unknown)}"
    assert isinstance(case.get("label"), str) and case["label"], f"{where}: label"
    assert isinstance(case.get("comment"), str) and case["comment"], f"{where}: comment"
    assert ("text" in case) != ("text_path" in case), f"{where}: give text or text_path"
    assert case.get("expect", "pass") in ("pass", "fail"), f"{where}: expect"
    assert ("reason" in case) == (case.get("expect") == "fail"), \
        f"{where}: a case expected to fail says why in 'reason', and only then"
    text = case_text(case)
    assert isinstance(text, str) and text.strip(), f"{where}: empty text"
    assert isinstance(case.get("claims"), list), f"{where}: claims must be a list"
    position = 0
    for i, claim in enumerate(case["claims"]):
        at = f"{where}: claims[{i}]"
        assert isinstance(claim, dict) and set(claim) == set(CLAIM_KEYS), \
            f"{at}: keys must be exactly {CLAIM_KEYS}"
        assert claim["kind"] in KINDS, f"{at}: kind {claim['kind']!r}"
        assert isinstance(claim["unit"], str), f"{at}: unit"
        try:
            low, high = number(claim["low"]), number(claim["high"])
        except (TypeError, InvalidOperation) as error:
            raise AssertionError(f"{at}: {error}") from error
        kind = claim["kind"]
        if kind in ("point", "approx"):
            assert low is not None and low == high, f"{at}: a {kind} has low == high"
        elif kind == "range":
            assert low is not None and high is not None and low < high, f"{at}: low < high"
        elif kind == "lower":
            assert low is not None and high is None, f"{at}: a lower bound has no high"
        else:
            assert low is None and high is not None, f"{at}: an upper bound has no low"
        found = text.find(claim["surface"], position)
        assert found >= 0, f"{at}: surface {claim['surface']!r} not in the text (in order)"
        position = found + len(claim["surface"])


def view(claim: Claim) -> Dict[str, Any]:
    return {"surface": claim.text, "kind": claim.kind, "low": claim.low,
            "high": claim.high, "unit": claim.unit}


def expected_view(claim: Dict[str, Any]) -> Dict[str, Any]:
    return {"surface": claim["surface"], "kind": claim["kind"], "low": number(claim["low"]),
            "high": number(claim["high"]), "unit": claim["unit"]}


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_article_claims(case: Dict[str, Any]) -> None:
    claims = parse_claims(case_text(case))
    assert [view(c) for c in claims] == [expected_view(c) for c in case["claims"]]
