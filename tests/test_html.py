"""The HTML report: highlights, escaping, no network loads, and a headless-browser check.

HOSTILE_TEXTS lists article text that must come out as visible text and never
as markup; add any input that ever slips through.  The browser tests need
Debian's ``chromium`` on PATH (CI installs it) and are skipped without it.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.baseline import BaselineEntry, verdict_ids
from factcheck.claims import Claim, Document, ExplanationStep, ReferenceRow, Verdict
from factcheck.report_html import STYLE, style_hash, to_html
from report_helpers import claim_in

INJECTED = ('<script>document.title="pwned";'
            'document.body.appendChild(document.createElement("pwned-by-script"))</script>\n'
            '<img src=x onerror="document.body.appendChild('
            "document.createElement('pwned-by-img'))\">\n")

ARTICLE = ("Drones over the border\n\n"
           "Iran has supplied up to 5,000 drones to Russia. The reward was $25 million.\n"
           + INJECTED +
           "Officials counted 40 launch sites & more.\n")

ROW = ReferenceRow(id="drones_supplied", subject="drones supplied by Iran",
                   value=Decimal(3000), low=Decimal(3000), high=Decimal(3000), unit="drone",
                   source="Ministry <b>report</b> 2024", location="figures.csv:2")


def checked(text: str = ARTICLE, doc_id: str = "articles/drones.md") -> Document:
    return Document(id=doc_id, text=text, verdicts=(
        Verdict(claim_in(text, "up to 5,000 drones"), "contradicted", reason="overstated",
                reference=ROW, difference=0.6667,
                summary="claims up to 5,000 drones; the reference says 3,000",
                explanation=(ExplanationStep("match_row", "figures.csv:2"),
                             ExplanationStep("compare", "5000 > 3000 by 66.7%"))),
        Verdict(claim_in(text, "$25 million"), "unverifiable", reason="no_match"),
        Verdict(claim_in(text, "40 launch sites"), "supported", reference=ROW),
    ))


VOID = {"br", "img", "meta", "input", "hr", "wbr"}


class Marks(HTMLParser):
    """Collects each <mark data-claim-id>: its classes and its own text (tooltip excluded)."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: List[Tuple[str, str, str]] = []
        self.current: Optional[Dict[str, str]] = None
        self.depth = 0
        self.tags: List[str] = []
        self.attributes: List[Tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)
        attributes = dict(attrs)
        if tag == "mark" and "data-claim-id" in attributes:
            self.current = {"id": attributes["data-claim-id"], "class": attributes["class"],
                            "text": ""}
            self.depth = 0
        elif self.current is not None and tag not in VOID:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.current is None:
            return
        if tag == "mark" and self.depth == 0:
            self.marks.append((self.current["id"], self.current["class"], self.current["text"]))
            self.current = None
        else:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.current is not None and self.depth == 0:
            self.current["text"] += data


def parsed(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    return parser


def test_every_claim_is_highlighted_by_verdict() -> None:
    doc = checked()
    ids = verdict_ids(doc)
    assert parsed(to_html([doc])).marks == [
        (ids[0], "v-contradicted", "up to 5,000 drones"),
        (ids[1], "v-unverifiable", "$25 million"),
        (ids[2], "v-supported", "40 launch sites"),
    ]


def test_tooltip_names_verdict_summary_and_reference() -> None:
    page = to_html([checked()])
    tip = re.search(r'<span class="tip" role="tooltip">(.*?)</span>', page).group(1)
    assert tip == ("<b>contradicted (overstated)</b><br>"
                   "claims up to 5,000 drones; the reference says 3,000<br>"
                   "Reference: drones supplied by Iran: 3,000 drone; "
                   "source: Ministry &lt;b&gt;report&lt;/b&gt; 2024; [figures.csv:2]<br>"
                   f'<a href="#row-{verdict_ids(checked())[0]}">explanation</a>')


def test_summary_table_row_has_line_reference_difference_and_steps() -> None:
    doc = checked()
    page = to_html([doc])
    row_id = verdict_ids(doc)[0]
    row = re.search(rf'<tr id="row-{row_id}".*?</tr>', page).group(0)
    assert '<td class="num">3:19</td>' in row
    assert '<td class="num">+66.7%</td>' in row
    assert "<li><code>compare</code> 5000 &gt; 3000 by 66.7%</li>" in row


def test_document_counts() -> None:
    page = to_html([checked()])
    counts = re.search(r'<table class="summary">.*?</table>', page).group(0)
    assert re.findall(r'<td class="num">(\d+)</td>', counts) == ["3", "1", "1", "1", "0"]


HOSTILE_TEXTS = [
    pytest.param("<script>alert(1)</script> 5 km", "&lt;script&gt;alert(1)&lt;/script&gt;",
                 id="script tag"),
    pytest.param('<img src=x onerror="alert(1)"> 5 km',
                 "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;", id="img onerror"),
    pytest.param("</mark></div><b>5 km</b>", "&lt;/mark&gt;&lt;/div&gt;&lt;b&gt;",
                 id="closing tags"),
    pytest.param("AT&T paid 5 km &amp; more", "AT&amp;T paid", id="ampersands"),
    pytest.param("<!-- 5 km -->", "&lt;!-- ", id="comment"),
]


@pytest.mark.parametrize("text, escaped", HOSTILE_TEXTS)
def test_article_text_is_escaped(text: str, escaped: str) -> None:
    doc = Document(id="a.md", text=text, verdicts=(
        Verdict(claim_in(text, "5 km"), "contradicted", summary="<i>5 km</i>"),))
    page = to_html([doc])
    assert escaped in page
    assert "<script" not in page and "<img" not in page and "<i>" not in page
    assert parsed(page).marks[0][2] == "5 km"


def test_document_id_and_title_are_escaped() -> None:
    page = to_html([Document(id='<b onclick="x">a.md', text="")], title="<script>t</script>")
    assert "<title>&lt;script&gt;t&lt;/script&gt;</title>" in page
    assert "&lt;b onclick=&quot;x&quot;&gt;a.md" in page
    assert "<script" not in page and "<b " not in page


def test_page_loads_nothing_from_outside() -> None:
    page = to_html([checked()])
    assert "<script" not in page and "<link" not in page and "<img" not in page
    assert "@import" not in STYLE and "url(" not in STYLE
    found = parsed(page)
    assert set(found.tags).isdisjoint({"script", "link", "img", "iframe", "object", "embed",
                                       "base", "form", "audio", "video", "source"})
    assert [name for name, _ in found.attributes if name in ("src", "srcset", "action")] == []
    assert [v for name, v in found.attributes if name == "href" and not v.startswith("#")] == []
    assert [name for name, _ in found.attributes if name.startswith("on")] == []


def test_content_security_policy_allows_only_our_style() -> None:
    page = to_html([checked()])
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert csp.group(1).startswith("default-src &#x27;none&#x27;; style-src &#x27;sha256-")
    assert style_hash(STYLE) in csp.group(1)
    assert f"<style>{STYLE}</style>" in page
    assert "script-src &#x27;none&#x27;" in csp.group(1)


def test_accepted_finding_has_its_own_colour_and_reason() -> None:
    doc = checked()
    first = verdict_ids(doc)[0]
    baseline = {first: BaselineEntry(first, doc.id, "up to 5,000 drones", "disputed & kept")}
    page = to_html([doc], baseline=baseline)
    assert parsed(page).marks[0][1] == "v-contradicted v-accepted"
    assert "Accepted because: disputed &amp; kept" in page
    counts = re.search(r'<table class="summary">.*?</table>', page).group(0)
    assert re.findall(r'<td class="num">(\d+)</td>', counts)[-1] == "1"


def test_stale_baseline_entries_are_listed() -> None:
    baseline = {"fc-gone": BaselineEntry("fc-gone", "articles/drones.md", "<9,999>", "x")}
    page = to_html([checked()], baseline=baseline)
    assert ('<ul class="stale"><li>baseline entry fc-gone (&#x27;&lt;9,999&gt;&#x27;) matches '
            "no finding any more; remove it or rewrite the baseline</li></ul>") in page


def test_unreadable_document_shows_its_error() -> None:
    page = to_html([Document(id="gone.md", text="", error="gone.md: no such file")])
    assert '<p class="error">gone.md: no such file</p>' in page


def test_extracted_claims_without_verdicts_are_highlighted() -> None:
    text = "Ran 5 km in 20 minutes."
    doc = Document(id="a.md", text=text, claims=(claim_in(text, "5 km"),
                                                 claim_in(text, "20 minutes")))
    assert [m[1:] for m in parsed(to_html([doc])).marks] == [("v-claim", "5 km"),
                                                             ("v-claim", "20 minutes")]


def test_overlapping_claims_highlight_the_first_and_list_both() -> None:
    text = "between 600 and 3,000 drones"
    whole = claim_in(text, "between 600 and 3,000 drones")
    inner = claim_in(text, "3,000 drones")
    doc = Document(id="a.md", text=text, verdicts=(Verdict(whole, "supported"),
                                                   Verdict(inner, "contradicted")))
    page = to_html([doc])
    assert [m[2] for m in parsed(page).marks] == ["between 600 and 3,000 drones"]
    assert page.count('<tr id="row-') == 2


@given(st.text(), st.text(min_size=1, alphabet="0123456789,.$%"), st.text())
def test_any_text_stays_text(before: str, surface: str, after: str) -> None:
    text = before + surface + after
    claim = Claim(text=surface, span=(len(before), len(before) + len(surface)), value=None,
                  low=None, high=None, sentence=(0, len(text)))
    doc = Document(id=before, text=text, verdicts=(Verdict(claim, "contradicted",
                                                           summary=after),))
    page = to_html([doc], title=after)
    assert "<script" not in page.lower()
    assert [m[2] for m in parsed(page).marks] == [surface]


# --- headless browser -------------------------------------------------------------------

def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("chromium is not on PATH (Debian package 'chromium'; CI installs it)")


def dump_dom(page: Path, profile: Path) -> str:
    """The DOM after Chromium loaded ``page`` and ran whatever it was allowed to run."""
    result = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_browser_runs_scripts_in_a_plain_page(tmp_path: Path) -> None:
    """Control: the same injection in an unescaped page does run, so the next test can tell."""
    page = tmp_path / "raw.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>raw</title></head><body>{INJECTED}"
                    "</body></html>", "utf-8")
    dom = dump_dom(page, tmp_path / "profile")
    assert "<title>pwned</title>" in dom
    assert "<pwned-by-script>" in dom


def test_browser_shows_highlights_and_runs_no_injected_script(tmp_path: Path) -> None:
    doc = checked()
    page = tmp_path / "report.html"
    page.write_text(to_html([doc], title="drone report"), "utf-8")
    dom = dump_dom(page, tmp_path / "profile")
    assert "<title>drone report</title>" in dom
    assert "pwned-by-script>" not in dom and "pwned-by-img>" not in dom
    assert "&lt;script&gt;document.title=\"pwned\"" in dom
    marks = parsed(dom).marks
    assert [(m[0], m[1]) for m in marks] == [
        (verdict_ids(doc)[0], "v-contradicted"), (verdict_ids(doc)[1], "v-unverifiable"),
        (verdict_ids(doc)[2], "v-supported")]
