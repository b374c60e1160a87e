"""Claims and verdicts as JSON records and as a readable terminal table.

Formatting only: nothing here parses or checks.  The JSON shape is the one
published in ``factcheck/schema/claims-v1.json``::

    {"schema": "factcheck/claims-v1",
     "documents": [{"id": ..., "claims": [...], "error"?: ...}],
     "summary"?: {...}}                      # check only

``--format jsonl`` writes one document object per line instead, in input order.
"""
from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union

import click

from factcheck.baseline import BaselineEntry
from factcheck.claims import Claim, DateMention, Document, ReferenceRow, Verdict
from factcheck.locate import claim_ids, line_column, line_starts

SCHEMA_ID = "factcheck/claims-v1"

#: terminal colour of each verdict status
STATUS_COLOURS = {"supported": "green", "contradicted": "red", "unverifiable": "yellow"}

#: longest claim surface shown in the table before it is cut with an ellipsis
TABLE_TEXT_WIDTH = 40

Number = Union[int, float, None]


def load_schema() -> Dict[str, Any]:
    """The published JSON Schema of this output (draft 2020-12), from the package.

    >>> load_schema()["properties"]["schema"]["const"] == SCHEMA_ID
    True
    """
    text = resources.files("factcheck").joinpath("schema/claims-v1.json").read_text("utf-8")
    schema: Dict[str, Any] = json.loads(text)
    return schema


def json_number(value: Optional[Decimal]) -> Number:
    """A Decimal as a JSON number: int when integral, else float; None stays None.

    >>> json_number(Decimal("3E+3")), json_number(Decimal("2.50")), json_number(None)
    (3000, 2.5, None)
    >>> json_number(Decimal("Infinity")) is None
    True
    """
    if value is None or not value.is_finite():
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def claim_to_dict(claim: Claim, *, doc_id: str, text: str, starts: List[int],
                  claim_id: str) -> Dict[str, Any]:
    """The JSON record of one claim of document ``doc_id``.

    ``starts`` is ``line_starts(text)``, computed once per document.

    >>> from factcheck.claims import Change
    >>> text = "Prices rose 5% in May."
    >>> c = Claim(text="5%", span=(12, 14), value=Decimal(5), low=Decimal(5),
    ...           high=Decimal(5), unit="percent", sentence=(0, 22),
    ...           change=Change("up", "delta"), precision=Decimal(1))
    >>> d = claim_to_dict(c, doc_id="a.txt", text=text, starts=[0], claim_id="fc-1")
    >>> d["value"], d["change"], d["sentence"]["text"], (d["line"], d["column"])
    (5, {'direction': 'up', 'role': 'delta'}, 'Prices rose 5% in May.', (1, 13))
    """
    line, column = line_column(starts, claim.span[0])
    change = None
    if claim.change is not None:
        change = {"direction": claim.change.direction, "role": claim.change.role}
    return {
        "id": claim_id,
        "text": claim.text,
        "span": list(claim.span),
        "value": json_number(claim.value),
        "low": json_number(claim.low),
        "high": json_number(claim.high),
        "kind": claim.kind,
        "unit": claim.unit,
        "dimension": claim.dimension,
        "sentence": {"span": list(claim.sentence),
                     "text": text[claim.sentence[0]:claim.sentence[1]]},
        "context": list(claim.context),
        "qualifier": claim.qualifier,
        "below": claim.below,
        "strict": claim.strict,
        "vague": claim.vague,
        "change": change,
        "precision": json_number(claim.precision),
        "unit_text": claim.unit_text,
        "line": line,
        "column": column,
    }


def date_to_dict(date: DateMention, *, starts: List[int]) -> Dict[str, Any]:
    """The JSON record of one date (``--include-dates``): time context, not a claim.

    >>> d = date_to_dict(DateMention("March 2021", (9, 19), "month", year=2021, month=3),
    ...                  starts=[0])
    >>> d["iso"], d["kind"], (d["line"], d["column"])
    ('2021-03', 'month', (1, 10))
    """
    line, column = line_column(starts, date.span[0])
    return {"text": date.text, "span": list(date.span), "kind": date.kind, "iso": date.iso,
            "year": date.year, "month": date.month, "day": date.day,
            "end_year": date.end_year, "end_day": date.end_day,
            "line": line, "column": column}


def reference_to_dict(row: ReferenceRow) -> Dict[str, Any]:
    """The JSON record of a reference row a verdict points at."""
    return {
        "id": row.id,
        "subject": row.subject,
        "value": json_number(row.value),
        "low": json_number(row.low),
        "high": json_number(row.high),
        "unit": row.unit,
        "source": row.source,
        "as_of": row.as_of,
        "location": row.location,
    }


def json_float(value: Optional[float]) -> Optional[float]:
    """A float fit for JSON: NaN and infinities become None.

    >>> json_float(0.25), json_float(float("nan")), json_float(None)
    (0.25, None, None)
    """
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    return float(value)


def verdict_to_dict(verdict: Verdict, *, doc_id: str, text: str, starts: List[int],
                    claim_id: str) -> Dict[str, Any]:
    """The claim record of ``verdict.claim`` plus the verdict fields."""
    record = claim_to_dict(verdict.claim, doc_id=doc_id, text=text, starts=starts,
                           claim_id=claim_id)
    record.update({
        "verdict": verdict.status,
        "reason": verdict.reason,
        "difference": json_float(verdict.difference),
        "reference": None if verdict.reference is None else reference_to_dict(verdict.reference),
        "candidates": [reference_to_dict(row) for row in verdict.candidates],
        "explanation": [{"action": step.action, "detail": step.detail}
                        for step in verdict.explanation],
        "summary": verdict.summary,
    })
    return record


def count_verdicts(verdicts: Iterable[Verdict]) -> Dict[str, Any]:
    """Claims by verdict, and coverage: the share of claims matched to a row.

    Coverage is None when there are no claims (nothing to cover).

    >>> count_verdicts([])
    {'claims': 0, 'supported': 0, 'contradicted': 0, 'unverifiable': 0, 'coverage': None}
    """
    counts = {"claims": 0, "supported": 0, "contradicted": 0, "unverifiable": 0}
    for verdict in verdicts:
        counts["claims"] += 1
        counts[verdict.status] += 1
    checked = counts["supported"] + counts["contradicted"]
    coverage = round(checked / counts["claims"], 4) if counts["claims"] else None
    return {**counts, "coverage": coverage}


def all_verdicts(documents: Iterable[Document]) -> List[Verdict]:
    """Every verdict of every document, in order."""
    return [verdict for document in documents for verdict in document.verdicts]


def document_to_dict(document: Document, *, checked: bool = False,
                     accepted: Optional[Mapping[str, str]] = None) -> Dict[str, Any]:
    """One document record: ``{"id", "claims", "dates"?, "error"?, "summary"?}``.

    With ``checked`` the claims are verdict records and a per-document summary
    is added; a document that failed to load keeps its ``error`` and no claims.
    ``accepted`` maps the claim ids of findings accepted in a baseline to
    their reason; those verdicts get ``"accepted": {"reason": ...}``.
    """
    accepted = accepted or {}
    starts = line_starts(document.text)
    claims: Sequence[Claim] = ([v.claim for v in document.verdicts] if checked
                               else document.claims)
    ids = claim_ids(document.id, document.text, claims)
    record: Dict[str, Any] = {"id": document.id}
    if checked:
        record["claims"] = [
            mark_accepted(verdict_to_dict(verdict, doc_id=document.id, text=document.text,
                                          starts=starts, claim_id=claim_id), accepted)
            for verdict, claim_id in zip(document.verdicts, ids)]
    else:
        record["claims"] = [
            claim_to_dict(claim, doc_id=document.id, text=document.text, starts=starts,
                          claim_id=claim_id)
            for claim, claim_id in zip(claims, ids)]
    if document.dates is not None:
        record["dates"] = [date_to_dict(date, starts=starts) for date in document.dates]
    if document.error:
        record["error"] = document.error
    if checked:
        record["summary"] = count_verdicts(document.verdicts)
    return record


def mark_accepted(record: Dict[str, Any], accepted: Mapping[str, str]) -> Dict[str, Any]:
    """``record`` with ``"accepted": {"reason": ...}`` when its id is in ``accepted``."""
    if record["id"] in accepted:
        record["accepted"] = {"reason": accepted[record["id"]]}
    return record


def entry_to_dict(entry: BaselineEntry) -> Dict[str, str]:
    """A baseline entry as JSON."""
    return {"claim_id": entry.claim_id, "document": entry.document, "text": entry.text,
            "reason": entry.reason}


def to_json(documents: Sequence[Document], *, checked: bool = False,
            accepted: Optional[Mapping[str, str]] = None,
            stale: Optional[Sequence[BaselineEntry]] = None) -> Dict[str, Any]:
    """The whole run as one JSON object; ``check`` runs add an overall summary.

    With a baseline (``stale`` not None) a ``"baseline"`` object counts the
    accepted findings and lists the stale entries.
    """
    result: Dict[str, Any] = {
        "schema": SCHEMA_ID,
        "documents": [document_to_dict(document, checked=checked, accepted=accepted)
                      for document in documents],
    }
    if checked:
        result["summary"] = count_verdicts(all_verdicts(documents))
    if stale is not None:
        result["baseline"] = {"accepted": len(accepted or {}),
                              "stale": [entry_to_dict(entry) for entry in stale]}
    return result


def dumps(record: Dict[str, Any], *, indent: Optional[int] = None) -> str:
    """JSON text that keeps non-ASCII characters readable ("Nicolás", "€")."""
    return json.dumps(record, ensure_ascii=False, indent=indent)


def to_json_text(documents: Sequence[Document], *, checked: bool = False,
                 accepted: Optional[Mapping[str, str]] = None,
                 stale: Optional[Sequence[BaselineEntry]] = None) -> str:
    """``--format json``: one indented object, ending with a newline."""
    return dumps(to_json(documents, checked=checked, accepted=accepted, stale=stale),
                 indent=2) + "\n"


def to_jsonl_line(document: Document, *, checked: bool = False,
                  accepted: Optional[Mapping[str, str]] = None) -> str:
    """``--format jsonl``: one compact line for one document, newline included."""
    return dumps(document_to_dict(document, checked=checked, accepted=accepted)) + "\n"


# -- the readable table -------------------------------------------------------------------

def shorten(text: str, width: int = TABLE_TEXT_WIDTH) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis.

    >>> shorten("up to 3,000\\ndrones"), shorten("a" * 50, 10)
    ('up to 3,000 drones', 'aaaaaaaaa…')
    """
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "\N{HORIZONTAL ELLIPSIS}"


def format_amount(low: Optional[Decimal], high: Optional[Decimal], unit: str) -> str:
    """An interval in a few characters: "3000", "≤3000", "≥600", "600–3000", plus unit.

    >>> format_amount(Decimal(600), Decimal(3000), "drone")
    '600–3000 drone'
    >>> format_amount(None, Decimal("2.5E+7"), "USD"), format_amount(Decimal(5), None, "")
    ('≤25000000 USD', '≥5')
    """
    def plain(value: Decimal) -> str:
        number = json_number(value)
        return str(value) if number is None else str(number)

    if low is not None and high is not None:
        amount = plain(low) if low == high else f"{plain(low)}\N{EN DASH}{plain(high)}"
    elif high is not None:
        amount = "\N{LESS-THAN OR EQUAL TO}" + plain(high)
    elif low is not None:
        amount = "\N{GREATER-THAN OR EQUAL TO}" + plain(low)
    else:
        amount = "?"
    return f"{amount} {unit}" if unit else amount


def claim_cells(claim: Claim, starts: List[int]) -> List[str]:
    """The table cells of one claim: where, surface, kind, amount."""
    line, column = line_column(starts, claim.span[0])
    return [f"{line}:{column}", shorten(claim.text), claim.kind,
            format_amount(claim.low, claim.high, claim.unit)]


def verdict_note(verdict: Verdict, accepted_reason: Optional[str] = None) -> str:
    """The last column of a check row: reason, difference, reference row, baseline."""
    parts = [verdict.reason] if verdict.reason else []
    if verdict.difference is not None and verdict.status == "contradicted":
        parts.append(f"{verdict.difference:+.0%}")
    if verdict.reference is not None:
        parts.append(f"ref {verdict.reference.id}")
    if accepted_reason is not None:
        parts.append(f"(accepted: {accepted_reason})")
    return " ".join(parts)


def align(rows: List[List[str]]) -> List[str]:
    """Rows of cells padded into columns (the last column is not padded).

    >>> align([["1:1", "abc"], ["10:2", "d"]])
    ['1:1   abc', '10:2  d']
    """
    if not rows:
        return []
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return ["  ".join([cell.ljust(width) for cell, width in zip(row, widths)] + [row[-1]])
            .rstrip() for row in rows]


def status_cell(status: str, width: int, colour: bool) -> str:
    """A verdict status padded to ``width``, coloured when asked."""
    cell = status.ljust(width)
    if not colour:
        return cell
    return click.style(cell, fg=STATUS_COLOURS.get(status),
                       bold=True if status == "contradicted" else None)


def document_table(document: Document, *, checked: bool, colour: bool,
                   accepted: Optional[Mapping[str, str]] = None) -> List[str]:
    """The lines of one document: its name, then one indented line per claim."""
    lines = [click.style(document.id, bold=True) if colour else document.id]
    if document.error:
        message = "error: " + document.error
        lines.append("  " + (click.style(message, fg="red") if colour else message))
        return lines
    starts = line_starts(document.text)
    if not checked:
        rows = [claim_cells(claim, starts) for claim in document.claims]
        lines.extend("  " + row for row in align(rows))
        if not rows:
            lines.append("  (no claims)")
        if document.dates:
            lines.append("  dates: " + ", ".join(f"{shorten(d.text)} ({d.iso})"
                                                 for d in document.dates))
        return lines
    accepted = accepted or {}
    ids = claim_ids(document.id, document.text, [v.claim for v in document.verdicts])
    width = max((len(v.status) for v in document.verdicts), default=0)
    rows = [claim_cells(v.claim, starts) + [verdict_note(v, accepted.get(claim_id))]
            for v, claim_id in zip(document.verdicts, ids)]
    for verdict, row in zip(document.verdicts, align(rows)):
        lines.append("  " + status_cell(verdict.status, width, colour) + "  " + row)
    if not rows:
        lines.append("  (no claims)")
    return lines


def plural(count: int, word: str) -> str:
    """ "1 claim", "2 claims".

    >>> plural(1, "claim"), plural(0, "document")
    ('1 claim', '0 documents')
    """
    return f"{count} {word}" + ("" if count == 1 else "s")


def summary_line(documents: Sequence[Document], *, checked: bool,
                 accepted: Optional[Mapping[str, str]] = None,
                 stale: Optional[Sequence[BaselineEntry]] = None) -> str:
    """The closing line: how many claims, documents, verdicts and errors.

    >>> summary_line([Document(id="a", text="")], checked=False)
    '0 claims in 1 document'
    """
    failed = sum(1 for document in documents if document.error)
    errors = f", {plural(failed, 'input error')}" if failed else ""
    if not checked:
        claims = sum(len(document.claims) for document in documents)
        return f"{plural(claims, 'claim')} in {plural(len(documents), 'document')}{errors}"
    counts = count_verdicts(all_verdicts(documents))
    coverage = "n/a" if counts["coverage"] is None else f"{counts['coverage']:.0%}"
    baseline = ""
    if stale is not None:
        baseline = (f"; {len(accepted or {})} accepted in the baseline, "
                    f"{len(stale)} stale")
    return (f"{plural(counts['claims'], 'claim')} in {plural(len(documents), 'document')}: "
            f"{counts['supported']} supported, {counts['contradicted']} contradicted, "
            f"{counts['unverifiable']} unverifiable; coverage {coverage}{baseline}{errors}")


def stale_line(entry: BaselineEntry) -> str:
    """One line about a baseline entry that no longer matches a finding.

    >>> stale_line(BaselineEntry("fc-1", "a.md", "5 km", "ok"))
    'stale baseline entry fc-1: a.md: "5 km" no longer matches a finding'
    """
    return (f'stale baseline entry {entry.claim_id}: {entry.document}: "{entry.text}" '
            "no longer matches a finding")


def to_table(documents: Sequence[Document], *, checked: bool = False, colour: bool = False,
             accepted: Optional[Mapping[str, str]] = None,
             stale: Optional[Sequence[BaselineEntry]] = None) -> str:
    """The default readable report: grouped by document, stale baseline entries, a summary."""
    lines: List[str] = []
    for document in documents:
        lines.extend(document_table(document, checked=checked, colour=colour,
                                    accepted=accepted))
    lines.extend(stale_line(entry) for entry in stale or ())
    lines.append(summary_line(documents, checked=checked, accepted=accepted, stale=stale))
    return "\n".join(lines) + "\n"
