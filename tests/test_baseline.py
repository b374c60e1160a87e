"""Baselines of accepted findings: write, load, apply, stale entries, and bad files.

BAD_FILES pairs each broken baseline with the exact message it must produce;
add a row whenever a new way of breaking the file turns up.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.baseline import (BaselineEntry, apply_baseline, findings, load_baseline,
                                verdict_ids, write_baseline)
from factcheck.claims import Claim, Document, Verdict
from factcheck.errors import InputError

ARTICLE = ("Iran has supplied up to 5,000 drones. The reward was $25 million. "
           "There are 40 sites.")


def claim_in(text: str, surface: str) -> Claim:
    start = text.index(surface)
    sentence_start = text.rfind(". ", 0, start)
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    sentence_end = text.find(".", start + len(surface)) + 1
    value = Decimal("".join(ch for ch in surface if ch.isdigit()) or 0)
    return Claim(text=surface, span=(start, start + len(surface)), value=value, low=value,
                 high=value, sentence=(sentence_start, sentence_end))


def checked(text: str = ARTICLE, doc_id: str = "articles/drones.md") -> Document:
    verdicts = []
    for surface, status in (("up to 5,000 drones", "contradicted"),
                            ("$25 million", "unverifiable"), ("40 sites", "supported")):
        if surface in text:
            verdicts.append(Verdict(claim_in(text, surface), status))
    return Document(id=doc_id, text=text, verdicts=tuple(verdicts))


def test_write_lists_every_finding(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    assert write_baseline(path, [checked()], reason="reviewed") == 2
    record = json.loads(path.read_text("utf-8"))
    ids = verdict_ids(checked())
    assert record == {"version": 1, "entries": sorted([
        {"claim_id": ids[0], "document": "articles/drones.md", "text": "up to 5,000 drones",
         "reason": "reviewed"},
        {"claim_id": ids[1], "document": "articles/drones.md", "text": "$25 million",
         "reason": "reviewed"},
    ], key=lambda e: e["claim_id"])}


def test_write_then_load_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [checked(), checked(doc_id="b.md")])
    loaded = load_baseline(path)
    assert len(loaded) == 4
    assert {e.reason for e in loaded.values()} == {"accepted"}
    assert all(key == entry.claim_id for key, entry in loaded.items())


def test_rewrite_keeps_reasons_people_wrote(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [checked()])
    record = json.loads(path.read_text("utf-8"))
    record["entries"][0]["reason"] = "the ministry revised its figure"
    path.write_text(json.dumps(record), "utf-8")
    write_baseline(path, [checked()])
    reasons = sorted(e.reason for e in load_baseline(path).values())
    assert reasons == ["accepted", "the ministry revised its figure"]


def test_apply_sets_accepted_findings_aside(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    doc = checked()
    contradicted_id = findings(doc)[0][0]
    write_baseline(path, [doc])
    baseline = {k: v for k, v in load_baseline(path).items() if k == contradicted_id}
    documents, accepted, stale = apply_baseline([doc], baseline)
    assert accepted == [contradicted_id]
    assert stale == []
    assert [v.status for v in documents[0].verdicts] == ["unverifiable", "supported"]
    assert documents[0].text == doc.text


def test_entry_survives_an_edit_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [checked()])
    edited = checked("A new first sentence. " + ARTICLE)
    documents, accepted, stale = apply_baseline([edited], load_baseline(path))
    assert len(accepted) == 2 and stale == []
    assert [v.status for v in documents[0].verdicts] == ["supported"]


def test_fixed_claim_leaves_a_stale_entry(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [checked()])
    fixed = checked(ARTICLE.replace("up to 5,000 drones", "up to 3,000 drones")
                    .replace("$25 million", "a reward"))
    documents, accepted, stale = apply_baseline([fixed], load_baseline(path))
    assert accepted == []
    assert sorted(e.text for e in stale) == ["$25 million", "up to 5,000 drones"]


def test_entries_of_documents_not_in_the_run_are_not_stale(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [checked(doc_id="other.md")])
    documents, accepted, stale = apply_baseline([checked()], load_baseline(path))
    assert (accepted, stale) == ([], [])
    assert len(documents[0].verdicts) == 3


def test_entries_of_unreadable_documents_are_not_stale(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [checked()])
    unreadable = Document(id="articles/drones.md", text="", error="cannot be read")
    assert apply_baseline([unreadable], load_baseline(path))[2] == []


def test_supported_claims_are_never_accepted() -> None:
    doc = checked()
    supported_id = verdict_ids(doc)[2]
    baseline = {supported_id: BaselineEntry(supported_id, doc.id, "40 sites", "x")}
    documents, accepted, stale = apply_baseline([doc], baseline)
    assert accepted == [] and [e.claim_id for e in stale] == [supported_id]


FIX = ('rewrite it with --write-baseline FILE, or fix it by hand: {"version": 1, "entries": '
       '[{"claim_id": ..., "document": ..., "text": ..., "reason": ...}]}')

GOOD_ENTRY = {"claim_id": "fc-1", "document": "a.md", "text": "5 km", "reason": "ok"}

BAD_FILES = [
    pytest.param('{"version": 1, "entries": [', f"b.json:1: not valid JSON (Expecting value at "
                 f"column 28); {FIX}", id="truncated JSON"),
    pytest.param('[]', f"b.json: expected a JSON object, found list; {FIX}", id="a list"),
    pytest.param('{"entries": []}', f'b.json: "version" must be 1 (found None); {FIX}',
                 id="no version"),
    pytest.param('{"version": 2, "entries": []}', f'b.json: "version" must be 1 (found 2); {FIX}',
                 id="future version"),
    pytest.param('{"version": 1}', f'b.json: "entries" must be a list; {FIX}', id="no entries"),
    pytest.param('{"version": 1, "entries": ["fc-1"]}',
                 f"b.json: entry 1 is not a JSON object (found str); {FIX}", id="entry a string"),
    pytest.param(json.dumps({"version": 1, "entries": [GOOD_ENTRY, {"claim_id": "fc-2"}]}),
                 f'b.json: entry 2 has no "document"; {FIX}', id="entry missing a field"),
    pytest.param(json.dumps({"version": 1, "entries": [{**GOOD_ENTRY, "reason": 3}]}),
                 f'b.json: entry 1: "reason" must be a string (found int); {FIX}',
                 id="reason a number"),
    pytest.param(json.dumps({"version": 1, "entries": [{**GOOD_ENTRY, "claim_id": ""}]}),
                 f'b.json: entry 1: "claim_id" is empty; {FIX}', id="empty claim id"),
    pytest.param(json.dumps({"version": 1, "entries": [GOOD_ENTRY, GOOD_ENTRY]}),
                 "b.json: entry 2 repeats claim id fc-1; keep one entry per claim id",
                 id="repeated claim id"),
]


@pytest.mark.parametrize("text, message", BAD_FILES)
def test_load_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str,
                    message: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("b.json").write_text(text, "utf-8")
    with pytest.raises(InputError) as caught:
        load_baseline("b.json")
    assert str(caught.value) == message


def test_load_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as caught:
        load_baseline("nope.json")
    assert str(caught.value) == ("nope.json: no such baseline file; check the path, or create it "
                                 "with --write-baseline FILE")


def test_load_binary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("b.json").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InputError) as caught:
        load_baseline("b.json")
    assert str(caught.value) == f"b.json: baseline file is not UTF-8 text; {FIX}"


def test_write_refuses_to_overwrite_a_broken_baseline(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("b.json").write_text("{", "utf-8")
    with pytest.raises(InputError):
        write_baseline("b.json", [checked()])
    assert Path("b.json").read_text("utf-8") == "{"
