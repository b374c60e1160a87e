"""GitHub workflow annotations: exact lines, escaping, levels, accepted findings.

Escaping rows (ESCAPES) follow what the Actions runner unescapes; add a row
for any character that ever breaks an annotation.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.baseline import BaselineEntry, verdict_ids
from factcheck.claims import Document, Verdict
from factcheck.report_github import escape_data, escape_property, to_github
from report_helpers import claim_in

ARTICLE = ("Drones\n"
           "Iran has supplied up to 5,000 drones. The reward was $25 million.\n")


def checked(doc_id: str = "articles/drones.md") -> Document:
    return Document(id=doc_id, text=ARTICLE, verdicts=(
        Verdict(claim_in(ARTICLE, "up to 5,000 drones"), "contradicted", reason="overstated",
                summary="claims up to 5,000 drones; the reference says 3,000"),
        Verdict(claim_in(ARTICLE, "$25 million"), "unverifiable", reason="no_match",
                summary="no reference row matches $25 million"),
        Verdict(claim_in(ARTICLE, "Drones"), "supported"),
    ))


def test_one_line_per_finding() -> None:
    assert to_github([checked()]).splitlines() == [
        "::error file=articles/drones.md,line=2,col=19,endLine=2,endColumn=37,"
        "title=factcheck%3A contradicted (overstated)"
        "::claims up to 5,000 drones; the reference says 3,000",
        "::notice file=articles/drones.md,line=2,col=54,endLine=2,endColumn=65,"
        "title=factcheck%3A unverifiable (no match)"
        "::no reference row matches $25 million",
    ]


def test_nothing_to_say_is_empty() -> None:
    assert to_github([Document(id="a.md", text="No numbers here.")]) == ""


def test_accepted_finding_becomes_a_notice_with_its_reason() -> None:
    doc = checked()
    first = verdict_ids(doc)[0]
    baseline = {first: BaselineEntry(first, doc.id, "up to 5,000 drones", "disputed, kept")}
    line = to_github([doc], baseline=baseline).splitlines()[0]
    assert line == ("::notice file=articles/drones.md,line=2,col=19,endLine=2,endColumn=37,"
                    "title=factcheck%3A accepted contradicted (overstated)"
                    "::claims up to 5,000 drones; the reference says 3,000"
                    " [accepted in baseline: disputed, kept]")


def test_stale_baseline_entry_is_a_warning() -> None:
    doc = checked()
    baseline = {"fc-gone": BaselineEntry("fc-gone", doc.id, "9,999 drones", "old figure"),
                "fc-other": BaselineEntry("fc-other", "other.md", "1 km", "not in this run")}
    assert to_github([doc], baseline=baseline).splitlines()[-1] == (
        "::warning file=articles/drones.md,title=factcheck%3A stale baseline entry"
        "::baseline entry fc-gone ('9,999 drones') matches no finding any more; "
        "remove it or rewrite the baseline")


def test_unreadable_input_is_an_error_line() -> None:
    doc = Document(id="gone.md", text="", error="gone.md: no such file or directory")
    assert to_github([doc]) == ("::error file=gone.md,title=factcheck%3A input error"
                                "::gone.md: no such file or directory\n")


def test_file_property_is_escaped() -> None:
    line = to_github([checked(doc_id="news, week 3: drones.md")]).splitlines()[0]
    assert line.startswith("::error file=news%2C week 3%3A drones.md,line=2,")


def test_message_with_newline_stays_on_one_line() -> None:
    text = "It cost 5 dollars."
    doc = Document(id="a.md", text=text, verdicts=(
        Verdict(claim_in(text + "\n", "5 dollars"), "contradicted", summary="one\ntwo 100%"),))
    assert to_github([doc]).endswith("::one%0Atwo 100%25\n")


ESCAPES = [
    pytest.param("plain", "plain", "plain", id="plain"),
    pytest.param("50%", "50%25", "50%25", id="percent"),
    pytest.param("a\nb", "a%0Ab", "a%0Ab", id="newline"),
    pytest.param("a\r\nb", "a%0D%0Ab", "a%0D%0Ab", id="carriage return"),
    pytest.param("a: b", "a: b", "a%3A b", id="colon"),
    pytest.param("a, b", "a, b", "a%2C b", id="comma"),
    pytest.param("%0A", "%250A", "%250A", id="already escaped text"),
]


@pytest.mark.parametrize("text, data, prop", ESCAPES)
def test_escaping(text: str, data: str, prop: str) -> None:
    assert (escape_data(text), escape_property(text)) == (data, prop)


def unescape(text: str) -> str:
    """What the Actions runner does to an escaped value."""
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


@given(st.text())
def test_escaped_property_round_trips_and_cannot_end_the_command(text: str) -> None:
    escaped = escape_property(text)
    assert not set(escaped) & set(",:\r\n")
    assert unescape(escaped) == text


@given(st.text())
def test_escaped_message_round_trips_on_one_line(text: str) -> None:
    escaped = escape_data(text)
    assert "\n" not in escaped and "\r" not in escaped
    assert unescape(escaped) == text
