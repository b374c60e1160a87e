"""Whole-article extraction goldens: every file in fixtures/articles/.

One JSON file is one case (the seed article first):

    {"label": "...", "comment": "what the case exercises",
     "text": "..."  or  "text_path": "seeds/<file>.txt"  (relative to the repository root),
     "claims": [{"surface", "kind", "low", "high", "unit"}, ...]}

``claims`` lists EVERY claim the parser must find, in order of appearance;
``low``/``high`` are decimal strings or null.  A case the parser does not get
right yet carries ``"xfail": "<why it fails>"`` and runs as a strict xfail, so
that fixing it forces the key to go.  To add a case, drop a new file in
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
CASE_KEYS = {"label", "comment", "text", "text_path", "claims", "xfail"}


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
    if "xfail" in case:
        marks.append(pytest.mark.xfail(strict=True, reason=str(case["xfail"])))
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


def claim_problem(claim: Any, text: str, position: int) -> str:
    """What is wrong with one expected claim found after ``position`` in ``text``, or ""."""
    if not isinstance(claim, dict) or set(claim) != set(CLAIM_KEYS):
        return f"keys must be exactly {', '.join(CLAIM_KEYS)}"
    if claim["kind"] not in KINDS:
        return f"kind {claim['kind']!r} is not one of {', '.join(KINDS)}"
    if not isinstance(claim["unit"], str) or not isinstance(claim["surface"], str):
        return "surface and unit are strings"
    try:
        low, high = number(claim["low"]), number(claim["high"])
    except (TypeError, InvalidOperation):
        return f"low and high are decimal strings or null, found {claim['low']!r}, " \
               f"{claim['high']!r}"
    kind = claim["kind"]
    if kind in ("point", "approx") and (low is None or low != high):
        return f"a {kind} has low == high"
    if kind == "range" and (low is None or high is None or not low < high):
        return "a range has low < high"
    if kind == "lower" and (low is None or high is not None):
        return "a lower bound has a low and no high"
    if kind == "upper" and (low is not None or high is None):
        return "an upper bound has a high and no low"
    if text.find(claim["surface"], position) < 0:
        return f"surface {claim['surface']!r} is not in the text after the previous claim"
    return ""


def case_problems(case: Dict[str, Any]) -> List[str]:
    """Everything wrong with one fixture case, as "where: what" lines; [] if well formed."""
    unknown = sorted(set(case) - CASE_KEYS - {"_file"})
    problems = [f"unknown keys {unknown}"] if unknown else []
    for key in ("label", "comment", "xfail"):
        if key in case and not (isinstance(case[key], str) and case[key].strip()):
            problems.append(f"{key} is a non-empty string")
    for key in ("label", "comment", "claims"):
        if key not in case:
            problems.append(f"{key} is missing")
    if ("text" in case) == ("text_path" in case):
        problems.append("give either text or text_path")
        return problems
    text = case_text(case)
    if not text.strip():
        problems.append("the text is empty")
    if not isinstance(case.get("claims", []), list):
        return problems + ["claims is a list"]
    position = 0
    for i, claim in enumerate(case.get("claims", [])):
        problem = claim_problem(claim, text, position)
        if problem:
            problems.append(f"claims[{i}]: {problem}")
        else:
            position = text.find(claim["surface"], position) + len(claim["surface"])
    return problems


@pytest.mark.parametrize("case", [pytest.param(c, id=c.get("label", c["_file"]))
                                  for c in CASES])
def test_case_is_well_formed(case: Dict[str, Any]) -> None:
    assert case_problems(case) == []


def _bad(**changes: Any) -> Dict[str, Any]:
    case: Dict[str, Any] = {"label": "bad", "comment": "a broken case", "text": "Up to 3 kg.",
                            "claims": [{"surface": "Up to 3 kg", "kind": "upper", "low": None,
                                        "high": "3", "unit": "kilogram"}]}
    case.update(changes)
    return {key: value for key, value in case.items() if value is not ...}


def _claim(**changes: Any) -> Dict[str, Any]:
    claim = {"surface": "Up to 3 kg", "kind": "upper", "low": None, "high": "3",
             "unit": "kilogram"}
    claim.update(changes)
    return claim


MALFORMED = [
    pytest.param(_bad(expect="fail"), "unknown keys ['expect']", id="unknown key"),
    pytest.param(_bad(label=...), "label is missing", id="no label"),
    pytest.param(_bad(comment=""), "comment is a non-empty string", id="empty comment"),
    pytest.param(_bad(text_path="seeds/iran-venezuela-russia-drones.txt"),
                 "give either text or text_path", id="text and text_path"),
    pytest.param(_bad(claims=[_claim(kind="bound")]),
                 "claims[0]: kind 'bound' is not one of point, approx, range, lower, upper",
                 id="unknown kind"),
    pytest.param(_bad(claims=[_claim(high=3)]),
                 "claims[0]: low and high are decimal strings or null, found None, 3",
                 id="number not a string"),
    pytest.param(_bad(claims=[_claim(low="3")]),
                 "claims[0]: an upper bound has a high and no low", id="upper with a low"),
    pytest.param(_bad(claims=[_claim(surface="up to 3 kg")]),
                 "claims[0]: surface 'up to 3 kg' is not in the text after the previous claim",
                 id="surface not in text"),
    pytest.param(_bad(claims=[_claim(), _claim()]),
                 "claims[1]: surface 'Up to 3 kg' is not in the text after the previous claim",
                 id="claims out of order"),
    pytest.param(_bad(claims=[{"surface": "Up to 3 kg", "kind": "upper"}]),
                 "claims[0]: keys must be exactly surface, kind, low, high, unit",
                 id="missing claim keys"),
]


def test_the_template_of_the_fail_table_is_well_formed() -> None:
    assert case_problems(_bad()) == []


@pytest.mark.parametrize("case, problem", MALFORMED)
def test_case_is_well_formed_fails(case: Dict[str, Any], problem: str) -> None:
    assert case_problems(case) == [problem]


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
