"""SARIF output: schema validity, one result per finding, regions, rules, fingerprints.

The log is validated against the OASIS SARIF 2.1.0 schema vendored in
factcheck/schema/sarif-2.1.0.json.  New verdict kinds go in LEVELS; new
document-id shapes in URIS.
"""
from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.baseline import BaselineEntry, verdict_ids
from factcheck.claims import Document, ExplanationStep, ReferenceRow, Verdict
from factcheck.report_sarif import FINGERPRINT_KEY, RULES, artifact_uri, to_sarif
from report_helpers import claim_in

#: sha256 of the vendored schema as published; a change means someone edited it
SCHEMA_SHA256 = "80cd7ffb9b62a4162d541aa9170862dd264f6cce0f04c57f1ac9f2337b808958"

ARTICLE = ("Drones over the border\n"
           "\n"
           "Iran has supplied up to 5,000 drones to Russia. "
           "The reward was $25 million.\n"
           "Officials counted 40 launch sites.\n")

ROW = ReferenceRow(id="drones_supplied", subject="drones supplied by Iran",
                   value=Decimal(3000), low=Decimal(3000), high=Decimal(3000), unit="drone",
                   source="Ministry report 2024", location="figures.csv:2")


def checked(text: str = ARTICLE, doc_id: str = "articles/drones.md") -> Document:
    """The article with one verdict of each kind."""
    verdicts = (
        Verdict(claim_in(text, "up to 5,000 drones"), "contradicted", reason="overstated",
                reference=ROW, difference=0.6667, summary="claims up to 5,000; reference 3,000",
                explanation=(ExplanationStep("match_row", "figures.csv:2"),)),
        Verdict(claim_in(text, "$25 million"), "unverifiable", reason="no_match",
                summary="no reference row for $25 million"),
        Verdict(claim_in(text, "40 launch sites"), "supported", reference=ROW),
    )
    return Document(id=doc_id, text=text, verdicts=verdicts)


@pytest.fixture(scope="module")
def schema() -> dict:
    text = resources.files("factcheck").joinpath("schema/sarif-2.1.0.json").read_text("utf-8")
    return json.loads(text)


def validate(log: dict, schema: dict) -> None:
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)


def test_vendored_schema_is_the_published_file() -> None:
    data = resources.files("factcheck").joinpath("schema/sarif-2.1.0.json").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256


def test_vendored_schema_is_a_valid_draft7_schema(schema: dict) -> None:
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"


@pytest.mark.parametrize("documents", [
    pytest.param([], id="no documents"),
    pytest.param([checked()], id="one checked article"),
    pytest.param([checked(), Document(id="missing.md", text="", error="missing.md: no such file")],
                 id="with an unreadable input"),
    pytest.param([Document(id="empty.md", text="")], id="empty article"),
])
def test_log_validates_against_the_schema(documents: list, schema: dict) -> None:
    validate(to_sarif(documents, tool_version="0.1.0"), schema)


def test_schema_rejects_a_broken_log(schema: dict) -> None:
    log = to_sarif([checked()], tool_version="0.1.0")
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        validate(log, schema)


def test_one_result_per_finding_supported_left_out() -> None:
    results = to_sarif([checked()], tool_version="0.1.0")["runs"][0]["results"]
    assert [r["message"]["text"] for r in results] == [
        "claims up to 5,000; reference 3,000", "no reference row for $25 million"]


LEVELS = [
    pytest.param("contradicted", "overstated", "contradicted/overstated", "error",
                 id="contradicted overstated"),
    pytest.param("contradicted", "understated", "contradicted/understated", "error",
                 id="contradicted understated"),
    pytest.param("contradicted", "", "contradicted", "error", id="contradicted"),
    pytest.param("unverifiable", "ambiguous", "unverifiable/ambiguous", "warning",
                 id="unverifiable ambiguous"),
    pytest.param("unverifiable", "incompatible_unit", "unverifiable/incompatible_unit",
                 "warning", id="unverifiable incompatible unit"),
    pytest.param("unverifiable", "currency", "unverifiable/currency", "warning",
                 id="unverifiable currency"),
    pytest.param("unverifiable", "no_match", "unverifiable/no_match", "note",
                 id="unverifiable no match"),
    pytest.param("unverifiable", "a_reason_added_later", "unverifiable", "warning",
                 id="unverifiable unknown reason"),
]


@pytest.mark.parametrize("status, reason, rule, level", LEVELS)
def test_rule_and_level_by_verdict_kind(status: str, reason: str, rule: str, level: str) -> None:
    text = "It cost 5 dollars."
    doc = Document(id="a.md", text=text,
                   verdicts=(Verdict(claim_in(text, "5 dollars"), status, reason=reason),))
    run = to_sarif([doc], tool_version="0.1.0")["runs"][0]
    (result,) = run["results"]
    assert (result["ruleId"], result["level"]) == (rule, level)
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == rule


def test_rule_ids_are_unique() -> None:
    ids = [rule[0] for rule in RULES]
    assert len(ids) == len(set(ids))


def test_region_is_the_claim_on_its_line() -> None:
    result = to_sarif([checked()], tool_version="0.1.0")["runs"][0]["results"][0]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "articles/drones.md"}
    assert location["region"] == {"startLine": 3, "startColumn": 19, "endLine": 3,
                                  "endColumn": 37, "snippet": {"text": "up to 5,000 drones"}}


def test_fingerprint_is_the_stable_claim_id() -> None:
    doc = checked()
    results = to_sarif([doc], tool_version="0.1.0")["runs"][0]["results"]
    assert [r["partialFingerprints"][FINGERPRINT_KEY] for r in results] == verdict_ids(doc)[:2]


def test_fingerprint_survives_an_edit_elsewhere() -> None:
    before = to_sarif([checked()], tool_version="0.1.0")["runs"][0]["results"][0]
    edited = ARTICLE.replace("Drones over the border\n", "Drones over the border\nBy staff.\n\n")
    after = to_sarif([checked(edited)], tool_version="0.1.0")["runs"][0]["results"][0]
    assert after["partialFingerprints"] == before["partialFingerprints"]
    line = after["locations"][0]["physicalLocation"]["region"]["startLine"]
    assert line == 5


def test_result_properties_name_the_reference_row() -> None:
    result = to_sarif([checked()], tool_version="0.1.0")["runs"][0]["results"][0]
    assert result["properties"]["reference"] == {
        "id": "drones_supplied", "subject": "drones supplied by Iran",
        "location": "figures.csv:2", "source": "Ministry report 2024"}
    assert result["properties"]["difference"] == 0.6667


def test_unreadable_input_is_a_tool_notification(schema: dict) -> None:
    log = to_sarif([Document(id="gone.md", text="", error="gone.md: no such file")],
                   tool_version="0.1.0")
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"] == {
        "text": "gone.md: no such file"}


def test_baselined_findings_are_suppressed_with_their_reason(schema: dict) -> None:
    doc = checked()
    first = verdict_ids(doc)[0]
    baseline = {first: BaselineEntry(first, doc.id, "up to 5,000 drones", "editor kept it")}
    log = to_sarif([doc], tool_version="0.1.0", baseline=baseline)
    validate(log, schema)
    suppressed, open_result = log["runs"][0]["results"]
    assert suppressed["suppressions"] == [
        {"kind": "external", "state": "accepted", "justification": "editor kept it"}]
    assert "suppressions" not in open_result


def test_stale_baseline_entry_is_a_configuration_notification(schema: dict) -> None:
    baseline = {"fc-gone": BaselineEntry("fc-gone", "articles/drones.md", "9,999 drones", "x")}
    log = to_sarif([checked()], tool_version="0.1.0", baseline=baseline)
    validate(log, schema)
    (notification,) = log["runs"][0]["invocations"][0]["toolConfigurationNotifications"]
    assert notification["level"] == "warning"
    assert notification["message"]["text"] == (
        "baseline entry fc-gone ('9,999 drones') matches no finding any more; "
        "remove it or rewrite the baseline")
    assert notification["properties"] == {"claimId": "fc-gone"}


def test_tool_version_is_reported() -> None:
    driver = to_sarif([], tool_version="1.2.3")["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("factcheck", "1.2.3")


URIS = [
    pytest.param("articles/drones.md", "articles/drones.md", id="relative path"),
    pytest.param("./articles/drones.md", "articles/drones.md", id="dot slash"),
    pytest.param("articles\\drones.md", "articles/drones.md", id="windows separators"),
    pytest.param("my article.md", "my%20article.md", id="space"),
    pytest.param("<stdin>", "%3Cstdin%3E", id="stdin"),
    pytest.param("in.jsonl:3", "in.jsonl%3A3", id="jsonl line id"),
]


@pytest.mark.parametrize("doc_id, uri", URIS)
def test_artifact_uri(doc_id: str, uri: str) -> None:
    assert artifact_uri(doc_id) == uri


FIGURES = """\
id,subject,value,unit,keywords,source,as_of
drones_supplied,drones supplied by Iran to Russia,3000,drone,Iran;Russia;drones,\
Defence ministry briefing,2024-05
"""


def test_command_line_sarif_validates_end_to_end(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, schema: dict) -> None:
    """The real pipeline behind ``factcheck check --format sarif``, on a throwaway repository."""
    from factcheck.cli import cli

    monkeypatch.chdir(tmp_path)
    Path("articles").mkdir()
    Path("figures.csv").write_text(FIGURES, "utf-8")
    Path("articles/drones.md").write_text(
        "# Drones\n\nIran has supplied 5,000 drones to Russia since 2022.\n", "utf-8")
    Path("articles/sites.md").write_text("Officials counted 40 launch sites.\n", "utf-8")
    result = CliRunner().invoke(cli, ["check", "articles", "-r", "figures.csv",
                                      "--format", "sarif"])
    log = json.loads(result.stdout)
    validate(log, schema)
    located = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"])
               for r in log["runs"][0]["results"]]
    assert located == [("contradicted/overstated", "articles/drones.md", 3),
                       ("unverifiable/no_match", "articles/sites.md", 1)]
