"""A one-page HTML report: the article with every claim highlighted by verdict.

The page is self-contained and inert: inline CSS only (allowed by its hash in
a Content-Security-Policy that forbids scripts, images, fonts and any network
load), no script at all, CSS-only tooltips on hover or keyboard focus, and a
summary table whose rows open the replayable explanation.  Every piece of
article and table text goes through ``html.escape``, so markup in an article
is shown as text and never runs.
"""
from __future__ import annotations

import base64
import hashlib
from decimal import Decimal
from html import escape
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from factcheck.baseline import (FINDING_STATUSES, BaselineEntry, stale_entries, stale_message,
                                verdict_ids)
from factcheck.claims import Claim, Document, ReferenceRow, Verdict
from factcheck.locate import claim_ids, line_column, line_starts

#: the statuses, in the order the summary shows them; "claim" is an unchecked claim
STATUS_ORDER = ("contradicted", "unverifiable", "supported")

STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
       padding: 0 1rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #d0d0d5; padding: 0.3rem 0.5rem; text-align: left;
         vertical-align: top; overflow-wrap: anywhere; }
td.num, th { overflow-wrap: normal; white-space: nowrap; }
th { background: #f2f2f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr:target { outline: 3px solid #3060c0; }
.article { white-space: pre-wrap; border: 1px solid #d0d0d5; border-radius: 6px;
           padding: 1rem; background: #fcfcfd; overflow-wrap: anywhere; }
mark { position: relative; border-radius: 3px; padding: 0 1px; border-bottom: 2px solid;
       cursor: help; color: inherit; }
mark:focus { outline: 2px solid #3060c0; }
.v-contradicted { background: #fbd0d0; border-color: #c01818; }
.v-unverifiable { background: #fdecb8; border-color: #b07800; }
.v-supported { background: #cdeccd; border-color: #1e7a1e; }
.v-claim { background: #e4e4ea; border-color: #707080; }
mark.v-accepted { background: #d8e4fc; border-color: #3060c0; border-bottom-style: dashed; }
.tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 10; width: 24rem;
       max-width: 80vw; white-space: normal; background: #1d1d1f; color: #fff;
       padding: 0.5rem 0.7rem; border-radius: 6px; font-size: 0.85rem; line-height: 1.4; }
.tip a { color: #9cc0ff; }
mark:hover .tip, mark:focus .tip, mark:focus-within .tip { display: block; }
.badge { display: inline-block; padding: 0 0.4rem; border-radius: 3px; border: 1px solid;
         overflow-wrap: normal; }
.legend span { margin-right: 0.8rem; }
.error { color: #a00000; font-weight: 600; }
.stale { color: #805000; }
details summary { cursor: pointer; }
code { font-size: 0.85rem; }
"""

CSP = ("default-src 'none'; style-src '{style_hash}'; script-src 'none'; img-src 'none'; "
       "font-src 'none'; connect-src 'none'; object-src 'none'; base-uri 'none'; "
       "form-action 'none'")


def style_hash(css: str) -> str:
    """The CSP source expression that allows exactly the inline style ``css``.

    >>> style_hash("")
    'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='
    """
    digest = hashlib.sha256(css.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def plain_number(value: Decimal) -> str:
    """A Decimal with thousands separators and no exponent.

    >>> plain_number(Decimal("3000")), plain_number(Decimal("2.50")), plain_number(Decimal("1E+3"))
    ('3,000', '2.50', '1,000')
    """
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}"


def amount_text(value: Optional[Decimal], low: Optional[Decimal], high: Optional[Decimal],
                unit: str) -> str:
    """A figure as text: a value, a range "low–high", or an open bound.

    >>> amount_text(None, Decimal(600), Decimal(3000), "drone")
    '600\u20133,000 drone'
    >>> amount_text(None, None, Decimal(5), "")
    '\u2264 5'
    """
    if value is not None and (low is None or low == high):
        text = plain_number(value)
    elif low is not None and high is not None:
        text = f"{plain_number(low)}\N{EN DASH}{plain_number(high)}"
    elif low is not None:
        text = f"\N{GREATER-THAN OR EQUAL TO} {plain_number(low)}"
    elif high is not None:
        text = f"\N{LESS-THAN OR EQUAL TO} {plain_number(high)}"
    else:
        text = "?"
    return f"{text} {unit}".strip()


def reference_text(row: Optional[ReferenceRow]) -> str:
    """One line naming a reference row: subject, figure, where it came from."""
    if row is None:
        return ""
    parts = [f"{row.subject}: {amount_text(row.value, row.low, row.high, row.unit)}"]
    if row.as_of:
        parts.append(f"as of {row.as_of}")
    if row.source:
        parts.append(f"source: {row.source}")
    if row.location:
        parts.append(f"[{row.location}]")
    return "; ".join(parts)


def difference_text(difference: Optional[float]) -> str:
    """A signed relative difference as a percentage.

    >>> difference_text(0.6667), difference_text(-0.1), difference_text(None)
    ('+66.7%', '-10.0%', '')
    """
    return "" if difference is None else f"{difference * 100:+.1f}%"


def verdict_label(verdict: Optional[Verdict], accepted: Optional[BaselineEntry]) -> str:
    """The short verdict name shown in the tooltip and the table.

    >>> from factcheck.claims import Claim
    >>> c = Claim(text="5", span=(0, 1), value=None, low=None, high=None)
    >>> verdict_label(Verdict(c, "contradicted", reason="overstated"), None)
    'contradicted (overstated)'
    """
    if verdict is None:
        return "not checked"
    label = verdict.status + (f" ({verdict.reason.replace('_', ' ')})" if verdict.reason else "")
    return f"accepted: {label}" if accepted is not None else label


def mark_classes(verdict: Optional[Verdict], accepted: Optional[BaselineEntry]) -> str:
    """The CSS classes of a highlight: its verdict, plus "v-accepted" if baselined."""
    classes = [f"v-{verdict.status}" if verdict is not None else "v-claim"]
    if accepted is not None:
        classes.append("v-accepted")
    return " ".join(classes)


def tooltip(claim_id: str, verdict: Optional[Verdict], accepted: Optional[BaselineEntry]) -> str:
    """The hover/focus box of one highlight (escaped HTML)."""
    parts = [f"<b>{escape(verdict_label(verdict, accepted))}</b>"]
    if verdict is not None and verdict.summary:
        parts.append(escape(verdict.summary))
    if verdict is not None and verdict.reference is not None:
        parts.append("Reference: " + escape(reference_text(verdict.reference)))
    if accepted is not None:
        parts.append("Accepted because: " + escape(accepted.reason))
    parts.append(f'<a href="#row-{escape(claim_id)}">explanation</a>')
    return '<span class="tip" role="tooltip">' + "<br>".join(parts) + "</span>"


Entry = Tuple[str, Claim, Optional[Verdict]]


def accepted_for(claim_id: str, verdict: Optional[Verdict],
                 baseline: Mapping[str, BaselineEntry]) -> Optional[BaselineEntry]:
    """The baseline entry accepting this verdict, if it is a finding and listed."""
    if verdict is None or verdict.status not in FINDING_STATUSES:
        return None
    return baseline.get(claim_id)


def document_entries(document: Document) -> List[Entry]:
    """``(claim id, claim, verdict or None)`` for the document's verdicts, else its claims."""
    if document.verdicts:
        return [(cid, v.claim, v) for cid, v in zip(verdict_ids(document), document.verdicts)]
    claims = list(document.claims)
    return [(cid, c, None) for cid, c in zip(claim_ids(document.id, document.text, claims),
                                             claims)]


def highlighted_text(text: str, entries: Sequence[Entry],
                     baseline: Mapping[str, BaselineEntry]) -> str:
    """The article as escaped HTML with one ``<mark>`` per claim (overlaps left plain)."""
    pieces: List[str] = []
    position = 0
    for claim_id, claim, verdict in sorted(entries, key=lambda e: e[1].span):
        start, end = claim.span
        if start < position or end > len(text) or start >= end:
            continue
        accepted = accepted_for(claim_id, verdict, baseline)
        pieces.append(escape(text[position:start]))
        pieces.append(
            f'<mark class="{mark_classes(verdict, accepted)}" id="c-{escape(claim_id)}" '
            f'data-claim-id="{escape(claim_id)}" tabindex="0">{escape(text[start:end])}'
            f"{tooltip(claim_id, verdict, accepted)}</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def explanation_cell(verdict: Optional[Verdict]) -> str:
    """The explanation steps of a verdict as a collapsed list."""
    if verdict is None or not verdict.explanation:
        return ""
    steps = "".join(f"<li><code>{escape(step.action)}</code> {escape(step.detail)}</li>"
                    for step in verdict.explanation)
    count = len(verdict.explanation)
    return (f"<details><summary>{count} step{'s' if count != 1 else ''}</summary>"
            f"<ol>{steps}</ol></details>")


def claim_row(claim_id: str, claim: Claim, verdict: Optional[Verdict],
              accepted: Optional[BaselineEntry], starts: List[int]) -> str:
    """One row of a document's claim table."""
    line, column = line_column(starts, claim.span[0])
    status = verdict.status if verdict is not None else "claim"
    badge_class = mark_classes(verdict, accepted)
    reference = reference_text(verdict.reference) if verdict is not None else ""
    difference = difference_text(verdict.difference) if verdict is not None else ""
    note = f"<br>Accepted because: {escape(accepted.reason)}" if accepted else ""
    return (f'<tr id="row-{escape(claim_id)}" data-status="{escape(status)}">'
            f'<td class="num">{line}:{column}</td>'
            f'<td><a href="#c-{escape(claim_id)}">{escape(claim.text)}</a></td>'
            f'<td><span class="badge {badge_class}">'
            f"{escape(verdict_label(verdict, accepted))}</span>{note}</td>"
            f"<td>{escape(reference)}</td><td class=\"num\">{escape(difference)}</td>"
            f"<td>{explanation_cell(verdict)}</td></tr>")


def status_counts(document: Document, baseline: Mapping[str, BaselineEntry]) -> Dict[str, int]:
    """Claims, verdicts by status, and accepted findings of one document."""
    entries = document_entries(document)
    counts = {"claims": len(entries)}
    for status in STATUS_ORDER:
        counts[status] = sum(1 for _, _, v in entries if v is not None and v.status == status)
    counts["accepted"] = sum(1 for cid, _, v in entries if accepted_for(cid, v, baseline))
    return counts


def document_section(number: int, document: Document,
                     baseline: Mapping[str, BaselineEntry]) -> str:
    """The section of one document: heading, highlighted article, claim table."""
    heading = f'<section class="document" id="doc-{number}"><h2>{escape(document.id)}</h2>'
    if document.error:
        return heading + f'<p class="error">{escape(document.error)}</p></section>'
    entries = document_entries(document)
    starts = line_starts(document.text)
    rows = "".join(claim_row(cid, claim, verdict, accepted_for(cid, verdict, baseline), starts)
                   for cid, claim, verdict in entries)
    table = ("<table class=\"claims\"><thead><tr><th>Line</th><th>Claim</th><th>Verdict</th>"
             "<th>Reference</th><th>Difference</th><th>Explanation</th></tr></thead>"
             f"<tbody>{rows}</tbody></table>") if entries else "<p>No numeric claims found.</p>"
    article = highlighted_text(document.text, entries, baseline)
    stale = "".join(f"<li>{escape(stale_message(entry))}</li>"
                    for entry in stale_entries([document], baseline))
    stale_list = f'<ul class="stale">{stale}</ul>' if stale else ""
    return heading + f'<div class="article">{article}</div>{table}{stale_list}</section>'


def summary_table(documents: Sequence[Document], baseline: Mapping[str, BaselineEntry]) -> str:
    """The table of counts per document, linking to each section."""
    header = "".join(f"<th>{name.capitalize()}</th>" for name in
                     ("document", "claims", *STATUS_ORDER, "accepted"))
    rows = []
    for number, document in enumerate(documents, start=1):
        link = f'<a href="#doc-{number}">{escape(document.id)}</a>'
        if document.error:
            rows.append(f'<tr><td>{link}</td><td colspan="5" class="error">could not be read'
                        "</td></tr>")
            continue
        counts = status_counts(document, baseline)
        cells = "".join(f'<td class="num">{counts[key]}</td>'
                        for key in ("claims", *STATUS_ORDER, "accepted"))
        rows.append(f"<tr><td>{link}</td>{cells}</tr>")
    return (f'<table class="summary"><thead><tr>{header}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


LEGEND = ('<p class="legend">'
          '<span><mark class="v-contradicted">contradicted</mark></span>'
          '<span><mark class="v-unverifiable">unverifiable</mark></span>'
          '<span><mark class="v-supported">supported</mark></span>'
          '<span><mark class="v-unverifiable v-accepted">accepted</mark></span>'
          '<span><mark class="v-claim">not checked</mark></span>'
          " Hover over or tab to a highlight for its verdict.</p>")


def to_html(documents: Sequence[Document], *, title: str = "factcheck report",
            baseline: Optional[Mapping[str, BaselineEntry]] = None) -> str:
    """One self-contained HTML page showing ``documents`` with their claims highlighted.

    Pass ``baseline`` with the documents as checked to show accepted findings
    in their own colour, with the reason, and to list stale baseline entries.

    >>> page = to_html([Document(id="a.md", text="<b>hi</b>")], title="T & <T>")
    >>> "<title>T &amp; &lt;T&gt;</title>" in page, "&lt;b&gt;hi&lt;/b&gt;" in page
    (True, True)
    """
    accepted = baseline or {}
    csp = CSP.format(style_hash=style_hash(STYLE))
    sections = "".join(document_section(number, document, accepted)
                       for number, document in enumerate(documents, start=1))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="referrer" content="no-referrer">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
            f"<body><header><h1>{escape(title)}</h1>{LEGEND}"
            f"{summary_table(documents, accepted)}</header><main>{sections}</main>"
            "</body></html>\n")
