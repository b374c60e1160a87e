"""GitHub Actions workflow annotations: one ``::error``/``::warning`` line per finding.

Printed to standard output inside a workflow step, each line becomes an
annotation on the article's line in the pull request.  Values are escaped the
way the Actions runner unescapes them: ``%``, CR and LF everywhere, and also
``:`` and ``,`` inside the ``key=value`` properties.
"""
from __future__ import annotations

from typing import Any, List, Mapping, Optional, Sequence, Tuple

from factcheck.baseline import BaselineEntry, findings, stale_entries, stale_message
from factcheck.claims import Document, Verdict
from factcheck.locate import line_column, line_starts
from factcheck.report_sarif import document_path, result_level, result_message

#: SARIF level → workflow command
COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    """Escape the message part of a workflow command.

    >>> escape_data("50% more\\nthan said")
    '50%25 more%0Athan said'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a ``key=value`` property of a workflow command.

    >>> escape_property("a,b: c%")
    'a%2Cb%3A c%25'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(command: str, properties: Sequence[Tuple[str, Any]], message: str) -> str:
    """One ``::command key=value,...::message`` line.

    >>> workflow_command("error", [("file", "a.md"), ("line", 3)], "bad: 5")
    '::error file=a.md,line=3::bad: 5'
    """
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties)
    return f"::{command} {props}::{escape_data(message)}"


def annotation_title(verdict: Verdict, accepted: Optional[BaselineEntry]) -> str:
    """The bold first line of an annotation.

    >>> from factcheck.claims import Claim
    >>> c = Claim(text="5", span=(0, 1), value=None, low=None, high=None)
    >>> annotation_title(Verdict(c, "contradicted", reason="overstated"), None)
    'factcheck: contradicted (overstated)'
    """
    reason = f" ({verdict.reason.replace('_', ' ')})" if verdict.reason else ""
    prefix = "factcheck: accepted " if accepted else "factcheck: "
    return f"{prefix}{verdict.status}{reason}"


def annotation(document: Document, starts: List[int], verdict: Verdict,
               accepted: Optional[BaselineEntry]) -> str:
    """The workflow command line of one finding; accepted findings become notices."""
    line, column = line_column(starts, verdict.claim.span[0])
    end_line, end_column = line_column(starts, verdict.claim.span[1])
    message = result_message(verdict)
    if accepted is not None:
        message += f" [accepted in baseline: {accepted.reason}]"
    command = "notice" if accepted else COMMANDS[result_level(verdict)]
    properties = [("file", document_path(document.id)), ("line", line), ("col", column),
                  ("endLine", end_line), ("endColumn", end_column),
                  ("title", annotation_title(verdict, accepted))]
    return workflow_command(command, properties, message)


def to_github(documents: Sequence[Document], *,
              baseline: Optional[Mapping[str, BaselineEntry]] = None) -> str:
    """Workflow command lines for every finding of ``documents`` (and unreadable inputs).

    Pass ``baseline`` with the documents as checked to print accepted findings
    as notices rather than leaving them out, and stale entries as warnings.

    >>> to_github([Document(id="a.md", text="", error="a.md: no such file")])
    '::error file=a.md,title=factcheck%3A input error::a.md: no such file\\n'
    """
    accepted = baseline or {}
    lines = []
    for document in documents:
        if document.error:
            lines.append(workflow_command("error", [("file", document_path(document.id)),
                                                    ("title", "factcheck: input error")],
                                          document.error))
            continue
        starts = line_starts(document.text)
        lines.extend(annotation(document, starts, verdict, accepted.get(claim_id))
                     for claim_id, verdict in findings(document))
    lines.extend(workflow_command("warning", [("file", document_path(entry.document)),
                                              ("title", "factcheck: stale baseline entry")],
                                  stale_message(entry))
                 for entry in stale_entries(documents, accepted))
    return "".join(line + "\n" for line in lines)
