"""SARIF 2.1.0 output, so code-scanning pages show contradicted claims inline.

One result per finding (contradicted or unverifiable verdict) with the claim's
region, the verdict summary as message, a rule per verdict kind, and the
stable claim id as partial fingerprint, so a claim keeps its identity across
edits elsewhere in the article.  The log validates against the OASIS schema
vendored in ``factcheck/schema/sarif-2.1.0.json`` (see ``docs/ci.md``).
"""
from __future__ import annotations

import os
from pathlib import PurePosixPath
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple
from urllib.parse import quote

from factcheck.baseline import BaselineEntry, findings, stale_entries, stale_message
from factcheck.claims import Document, Verdict
from factcheck.locate import line_column, line_starts

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                    "sarif-schema-2.1.0.json")

#: the partialFingerprints key; bump its version if claim ids ever change meaning
FINGERPRINT_KEY = "factcheckClaimId/v1"

#: (rule id, level, short description, help); a rule id is "status" or "status/reason"
RULES: Tuple[Tuple[str, str, str, str], ...] = (
    ("contradicted/overstated", "error",
     "A claim states more than the reference figure allows.",
     "Check the number against the reference row, or accept it in the baseline."),
    ("contradicted/understated", "error",
     "A claim states less than the reference figure allows.",
     "Check the number against the reference row, or accept it in the baseline."),
    ("contradicted", "error",
     "A claim disagrees with the reference figure.",
     "Check the number against the reference row, or accept it in the baseline."),
    ("unverifiable/ambiguous", "warning",
     "Several reference rows match the claim equally well.",
     "Make the sentence name its subject, or add keywords to the reference rows."),
    ("unverifiable/incompatible_unit", "warning",
     "The matching reference row is in a unit the claim cannot be converted to.",
     "Give the reference row a unit of the same dimension as the claim."),
    ("unverifiable/currency", "warning",
     "The claim and the reference row are in different currencies.",
     "Add a reference row in the claim's currency."),
    ("unverifiable/no_match", "note",
     "No reference row matches the claim.",
     "Add a reference row for this figure if it should be checked."),
    ("unverifiable", "warning",
     "The claim could not be checked against the reference tables.",
     "Add or fix the reference row for this figure."),
)

RULE_LEVELS = {rule_id: level for rule_id, level, _, _ in RULES}


def rule_id(verdict: Verdict) -> str:
    """The rule of a verdict: "status/reason" when that rule is known, else "status".

    >>> from factcheck.claims import Claim
    >>> c = Claim(text="5", span=(0, 1), value=None, low=None, high=None)
    >>> rule_id(Verdict(c, "contradicted", reason="overstated"))
    'contradicted/overstated'
    >>> rule_id(Verdict(c, "unverifiable", reason="something_new"))
    'unverifiable'
    """
    specific = f"{verdict.status}/{verdict.reason}"
    return specific if specific in RULE_LEVELS else verdict.status


def result_level(verdict: Verdict) -> str:
    """SARIF level of a finding: error, warning or note.

    >>> from factcheck.claims import Claim
    >>> c = Claim(text="5", span=(0, 1), value=None, low=None, high=None)
    >>> [result_level(Verdict(c, s, reason=r)) for s, r in
    ...  [("contradicted", ""), ("unverifiable", "ambiguous"), ("unverifiable", "no_match")]]
    ['error', 'warning', 'note']
    """
    return RULE_LEVELS.get(rule_id(verdict), "warning")


def document_path(doc_id: str) -> str:
    """A document id as a relative, forward-slash path (absolute paths made relative).

    >>> document_path("./articles/a.md")
    'articles/a.md'
    >>> document_path("articles\\\\b.md")
    'articles/b.md'
    """
    path = doc_id
    if os.path.isabs(path):
        relative = os.path.relpath(path)
        path = relative if not relative.startswith("..") else path
    path = path.replace("\\", "/")
    return str(PurePosixPath(path)) if path else path


def artifact_uri(doc_id: str) -> str:
    """The artifactLocation uri of a document: its relative path, percent-encoded.

    >>> artifact_uri("articles/my article.md")
    'articles/my%20article.md'
    >>> artifact_uri("<stdin>")
    '%3Cstdin%3E'
    """
    return quote(document_path(doc_id), safe="/")


def claim_region(starts: List[int], span: Tuple[int, int], text: str) -> Dict[str, Any]:
    """SARIF region of a claim span: 1-based lines, columns in code points, end exclusive.

    >>> claim_region(line_starts("ab\\ncd 5 km"), (6, 10), "5 km")
    {'startLine': 2, 'startColumn': 4, 'endLine': 2, 'endColumn': 8, 'snippet': {'text': '5 km'}}
    """
    start_line, start_column = line_column(starts, span[0])
    end_line, end_column = line_column(starts, span[1])
    return {"startLine": start_line, "startColumn": start_column,
            "endLine": end_line, "endColumn": end_column, "snippet": {"text": text}}


def result_message(verdict: Verdict) -> str:
    """The verdict summary, or a plain sentence when the checker left it empty."""
    if verdict.summary:
        return verdict.summary
    reason = f" ({verdict.reason.replace('_', ' ')})" if verdict.reason else ""
    return f'"{verdict.claim.text}" is {verdict.status}{reason}'


def result_properties(claim_id: str, verdict: Verdict) -> Dict[str, Any]:
    """The property bag of a result: claim id, status, reference row, difference."""
    properties: Dict[str, Any] = {"claimId": claim_id, "status": verdict.status,
                                  "reason": verdict.reason}
    row = verdict.reference
    if row is not None:
        properties["reference"] = {"id": row.id, "subject": row.subject,
                                   "location": row.location, "source": row.source}
    if verdict.difference is not None:
        properties["difference"] = verdict.difference
    return properties


def sarif_result(document: Document, starts: List[int], claim_id: str, verdict: Verdict,
                 rule_index: Mapping[str, int],
                 accepted: Optional[BaselineEntry]) -> Dict[str, Any]:
    """One SARIF result for one finding; accepted findings carry a suppression."""
    rule = rule_id(verdict)
    result: Dict[str, Any] = {
        "ruleId": rule,
        "ruleIndex": rule_index[rule],
        "level": result_level(verdict),
        "message": {"text": result_message(verdict)},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(document.id)},
            "region": claim_region(starts, verdict.claim.span, verdict.claim.text)}}],
        "partialFingerprints": {FINGERPRINT_KEY: claim_id},
        "properties": result_properties(claim_id, verdict),
    }
    if accepted is not None:
        result["suppressions"] = [{"kind": "external", "state": "accepted",
                                   "justification": accepted.reason}]
    return result


def document_results(document: Document, rule_index: Mapping[str, int],
                     baseline: Mapping[str, BaselineEntry]) -> List[Dict[str, Any]]:
    """The SARIF results of one document's findings."""
    starts = line_starts(document.text)
    return [sarif_result(document, starts, claim_id, verdict, rule_index, baseline.get(claim_id))
            for claim_id, verdict in findings(document)]


def error_notification(document: Document) -> Dict[str, Any]:
    """A tool notification for a document that could not be read."""
    return {"level": "error", "message": {"text": document.error},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(document.id)}}}]}


def stale_notification(entry: BaselineEntry) -> Dict[str, Any]:
    """A configuration notification for a baseline entry that matches nothing any more."""
    return {"level": "warning", "message": {"text": stale_message(entry)},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(entry.document)}}}],
            "properties": {"claimId": entry.claim_id}}


def rule_descriptor(rule: Tuple[str, str, str, str]) -> Dict[str, Any]:
    """The reportingDescriptor of one rule."""
    identifier, level, short, help_text = rule
    return {"id": identifier, "name": identifier.replace("/", " "),
            "shortDescription": {"text": short}, "help": {"text": help_text},
            "defaultConfiguration": {"level": level}}


def to_sarif(documents: Sequence[Document], *, tool_version: str,
             baseline: Optional[Mapping[str, BaselineEntry]] = None) -> Dict[str, Any]:
    """A SARIF 2.1.0 log of ``documents``: one result per contradicted/unverifiable claim.

    Pass ``baseline`` (from ``load_baseline``) with the documents as checked to
    keep accepted findings in the log, marked as suppressed with their reason;
    stale baseline entries become configuration notifications.

    >>> log = to_sarif([], tool_version="0.1.0")
    >>> log["version"], log["runs"][0]["tool"]["driver"]["name"], log["runs"][0]["results"]
    ('2.1.0', 'factcheck', [])
    """
    accepted = baseline or {}
    rule_index = {rule[0]: index for index, rule in enumerate(RULES)}
    results = [result for document in documents
               for result in document_results(document, rule_index, accepted)]
    failed = [document for document in documents if document.error]
    invocation: Dict[str, Any] = {"executionSuccessful": not failed}
    if failed:
        invocation["toolExecutionNotifications"] = [error_notification(d) for d in failed]
    stale = stale_entries(documents, accepted)
    if stale:
        invocation["toolConfigurationNotifications"] = [stale_notification(e) for e in stale]
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": tool_version,
                                "semanticVersion": tool_version,
                                "rules": [rule_descriptor(rule) for rule in RULES]}},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
