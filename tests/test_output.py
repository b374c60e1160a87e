"""JSON records, the claims-v1 schema and the readable table (factcheck/output.py).

Tables: NUMBERS (Decimal -> JSON number), AMOUNTS (interval -> table text).
Real output is validated against the shipped schema; add a record that once
broke it to SCHEMA_CASES.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict

import click
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import output
from factcheck.claims import Change, Claim, Document, ExplanationStep, ReferenceRow, Verdict
from factcheck.locate import line_starts
from factcheck.parse import parse_claims

SEED = Path(__file__).resolve().parent.parent / "seeds" / "iran-venezuela-russia-drones.txt"

TEXT = "Iran has supplied up to 3,000 drones.\nPrices rose about 2.5% in May."

DRONES = Claim(text="up to 3,000 drones", span=(18, 36), value=None, low=None,
               high=Decimal("3000"), kind="upper", unit="drone", dimension="count",
               sentence=(0, 37), context=("iran", "supplied"), qualifier="up to",
               precision=Decimal("1000"), unit_text="drones")
PRICES = Claim(text="about 2.5%", span=(49, 59), value=Decimal("2.5"), low=Decimal("2.5"),
               high=Decimal("2.5"), kind="approx", unit="percent", dimension="percent",
               sentence=(38, 68), qualifier="about", change=Change("up", "delta"),
               precision=Decimal("0.1"), unit_text="%")
ROW = ReferenceRow(id="cfr-drones", subject="Iranian drones supplied to Russia",
                   value=None, low=Decimal(600), high=Decimal(3000), unit="drone",
                   dimension="count", as_of="2022-10", source="CFR",
                   location="figures.csv:4")
VERDICTS = (
    Verdict(claim=DRONES, status="supported", reference=ROW,
            explanation=(ExplanationStep("match_row", "figures.csv:4"),
                         ExplanationStep("compare", "600–3000 lies within ≤ 3000")),
            summary="claim 'up to 3,000' allows ≤ 3000; reference 600–3000 lies within"),
    Verdict(claim=PRICES, status="unverifiable", reason="ambiguous",
            candidates=(ROW, ROW), summary="two rows match equally well"),
)


def validator(definition: str = "") -> jsonschema.Draft202012Validator:
    """A validator for the whole output, or for one of its $defs ("document")."""
    schema = output.load_schema()
    if definition:
        schema = {"$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}
    return jsonschema.Draft202012Validator(schema)


NUMBERS = [
    pytest.param(Decimal("3000"), 3000, id="3000"),
    pytest.param(Decimal("3E+3"), 3000, id="3E+3 is integral"),
    pytest.param(Decimal("2.50"), 2.5, id="2.50"),
    pytest.param(Decimal("0.1"), 0.1, id="0.1"),
    pytest.param(Decimal("-5"), -5, id="-5"),
    pytest.param(Decimal("1.2E+9"), 1200000000, id="1.2E+9"),
    pytest.param(Decimal(1) / Decimal(3), 1 / 3, id="one third"),
    pytest.param(Decimal("NaN"), None, id="NaN"),
    pytest.param(None, None, id="None"),
]


@pytest.mark.parametrize("value, expected", NUMBERS)
def test_json_number(value: Decimal, expected: Any) -> None:
    result = output.json_number(value)
    assert result == expected
    assert type(result) is type(expected)


def test_claim_to_dict_fields() -> None:
    record = output.claim_to_dict(DRONES, doc_id="a.txt", text=TEXT, starts=line_starts(TEXT),
                                  claim_id="fc-000000000000")
    assert record == {
        "id": "fc-000000000000", "text": "up to 3,000 drones", "span": [18, 36],
        "value": None, "low": None, "high": 3000, "kind": "upper", "unit": "drone",
        "dimension": "count",
        "sentence": {"span": [0, 37], "text": "Iran has supplied up to 3,000 drones."},
        "context": ["iran", "supplied"], "qualifier": "up to", "below": False,
        "strict": False, "vague": False, "change": None, "precision": 1000,
        "unit_text": "drones", "line": 1, "column": 19,
    }


def test_claim_on_second_line() -> None:
    record = output.claim_to_dict(PRICES, doc_id="a.txt", text=TEXT, starts=line_starts(TEXT),
                                  claim_id="fc-000000000000")
    assert (record["line"], record["column"]) == (2, 12)
    assert record["change"] == {"direction": "up", "role": "delta"}
    assert record["value"] == 2.5 and record["precision"] == 0.1


def test_verdict_to_dict_fields() -> None:
    record = output.verdict_to_dict(VERDICTS[0], doc_id="a.txt", text=TEXT,
                                    starts=line_starts(TEXT), claim_id="fc-000000000000")
    assert record["verdict"] == "supported"
    assert record["reference"] == {
        "id": "cfr-drones", "subject": "Iranian drones supplied to Russia", "value": None,
        "low": 600, "high": 3000, "unit": "drone", "source": "CFR", "as_of": "2022-10",
        "location": "figures.csv:4"}
    assert record["explanation"][0] == {"action": "match_row", "detail": "figures.csv:4"}
    assert record["candidates"] == [] and record["difference"] is None


def test_summary_counts_and_coverage() -> None:
    documents = [Document(id="a.txt", text=TEXT, verdicts=VERDICTS)]
    assert output.to_json(documents, checked=True)["summary"] == {
        "claims": 2, "supported": 1, "contradicted": 0, "unverifiable": 1, "coverage": 0.5}


SCHEMA_CASES = [
    pytest.param([Document(id="a.txt", text=TEXT, claims=(DRONES, PRICES))], False,
                 id="extract: hand-made claims"),
    pytest.param([Document(id="seed", text=SEED.read_text("utf-8"),
                           claims=tuple(parse_claims(SEED.read_text("utf-8"))))], False,
                 id="extract: the seed article through the parser"),
    pytest.param([Document(id="a.txt", text=TEXT, verdicts=VERDICTS)], True,
                 id="check: verdicts with reference and candidates"),
    pytest.param([Document(id="gone.txt", text="", error="gone.txt: no such file")], True,
                 id="check: a failed input"),
    pytest.param([Document(id="empty.txt", text="")], False, id="extract: an empty document"),
]


@pytest.mark.parametrize("documents, checked", SCHEMA_CASES)
def test_json_output_matches_schema(documents: Any, checked: bool) -> None:
    record = json.loads(output.to_json_text(documents, checked=checked))
    validator().validate(record)
    claim_kind = "verdict" if checked else "claim"
    for document in record["documents"]:
        for claim in document["claims"]:
            validator(claim_kind).validate(claim)


@pytest.mark.parametrize("documents, checked", SCHEMA_CASES)
def test_jsonl_lines_match_schema(documents: Any, checked: bool) -> None:
    for line in output.to_jsonl_line(documents[0], checked=checked).splitlines():
        validator("document").validate(json.loads(line))


def test_schema_rejects_a_claim_without_span() -> None:
    record = output.to_json([Document(id="a.txt", text=TEXT, claims=(DRONES,))])
    del record["documents"][0]["claims"][0]["span"]
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(record)


def test_schema_rejects_verdict_fields_on_a_claim() -> None:
    record = output.to_json([Document(id="a.txt", text=TEXT, claims=(DRONES,))])
    claim: Dict[str, Any] = record["documents"][0]["claims"][0]
    claim["verdict"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(record)


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(output.load_schema())


def test_json_keeps_non_ascii_readable() -> None:
    text = output.to_json_text([Document(id="Nicolás.txt", text="")])
    assert '"id": "Nicolás.txt"' in text


AMOUNTS = [
    pytest.param(Decimal(5), Decimal(5), "km", "5 km", id="point"),
    pytest.param(Decimal(600), Decimal(3000), "drone", "600–3000 drone", id="range"),
    pytest.param(None, Decimal(3000), "drone", "≤3000 drone", id="upper"),
    pytest.param(Decimal(600), None, "", "≥600", id="lower, bare number"),
    pytest.param(Decimal("0.25"), Decimal("0.25"), "", "0.25", id="fraction"),
    pytest.param(None, None, "", "?", id="no bounds"),
]


@pytest.mark.parametrize("low, high, unit, expected", AMOUNTS)
def test_format_amount(low: Any, high: Any, unit: str, expected: str) -> None:
    assert output.format_amount(low, high, unit) == expected


def test_extract_table() -> None:
    documents = [Document(id="a.txt", text=TEXT, claims=(DRONES, PRICES)),
                 Document(id="b.txt", text=""),
                 Document(id="c.txt", text="", error="c.txt: no such file or directory")]
    assert output.to_table(documents) == (
        "a.txt\n"
        "  1:19  up to 3,000 drones  upper   ≤3000 drone\n"
        "  2:12  about 2.5%          approx  2.5 percent\n"
        "b.txt\n"
        "  (no claims)\n"
        "c.txt\n"
        "  error: c.txt: no such file or directory\n"
        "2 claims in 3 documents, 1 input error\n")


def test_check_table() -> None:
    contradicted = Verdict(claim=DRONES, status="contradicted", reason="overstated",
                           reference=ROW, difference=0.25)
    documents = [Document(id="a.txt", text=TEXT, verdicts=(contradicted, VERDICTS[1]))]
    assert output.to_table(documents, checked=True) == (
        "a.txt\n"
        "  contradicted  1:19  up to 3,000 drones  upper   ≤3000 drone  "
        "overstated +25% ref cfr-drones\n"
        "  unverifiable  2:12  about 2.5%          approx  2.5 percent  ambiguous\n"
        "2 claims in 1 document: 0 supported, 1 contradicted, 1 unverifiable; coverage 50%\n")


def test_table_colour_only_when_asked() -> None:
    documents = [Document(id="a.txt", text=TEXT, verdicts=VERDICTS)]
    plain = output.to_table(documents, checked=True)
    coloured = output.to_table(documents, checked=True, colour=True)
    assert "\x1b[" not in plain
    assert click.style("supported   ", fg="green") in coloured
    assert click.unstyle(coloured) == plain


def test_table_cuts_long_claims() -> None:
    long_claim = Claim(text="x" * 60, span=(0, 60), value=Decimal(1), low=Decimal(1),
                       high=Decimal(1))
    table = output.to_table([Document(id="a", text="x" * 60, claims=(long_claim,))])
    assert "x" * 39 + "…" in table and "x" * 41 not in table


SCHEMA_VALIDATOR = validator()


#: pieces of number language, so that generated texts hold many claims
PIECES = ["3,000", "2.5", "-5", "$", "€40m", "%", "km", "drones", "about", "up to", "between",
          "and", "to", "more than", "rose", "fell", "a third of", "thousands of", "\n", ".", "–"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=20).map(" ".join))
def test_any_parsed_text_gives_schema_valid_json(text: str) -> None:
    document = Document(id="x", text=text, claims=tuple(parse_claims(text)))
    SCHEMA_VALIDATOR.validate(json.loads(output.to_json_text([document])))
