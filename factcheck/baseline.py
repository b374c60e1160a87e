"""Accepted discrepancies: a baseline file of claim ids a person has looked at.

A run's *findings* are its contradicted and unverifiable verdicts.  A baseline
lists findings someone accepted, each with a reason; they are still reported
but no longer fail a run.  The file is JSON, sorted so that it diffs well::

    {
      "version": 1,
      "entries": [
        {"claim_id": "fc-1a2b3c4d5e6f", "document": "articles/drones.md",
         "text": "up to 5,000 drones", "reason": "figure disputed; editor kept it"}
      ]
    }

Claim ids come from ``locate.claim_ids`` (document id, sentence text, surface),
so an entry survives edits elsewhere in the article and goes *stale* once the
sentence or the number changes.  An entry is stale only when its document was
checked in the run and no finding has its id; entries for documents that were
not part of the run are left alone.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from typing import Any, Dict, List, Mapping, Sequence, Tuple, Union

from factcheck.claims import Document, Verdict
from factcheck.errors import InputError
from factcheck.locate import claim_ids

PathArg = Union[str, "os.PathLike[str]"]

BASELINE_VERSION = 1

#: the verdict statuses a baseline can accept: the ones that can fail a run
FINDING_STATUSES = ("contradicted", "unverifiable")

ENTRY_FIELDS = ("claim_id", "document", "text", "reason")

BASELINE_FIX = ("rewrite it with --write-baseline FILE, or fix it by hand: "
                '{"version": 1, "entries": [{"claim_id": ..., "document": ..., '
                '"text": ..., "reason": ...}]}')


@dataclass(frozen=True)
class BaselineEntry:
    """One accepted finding: which claim, where, what it said, and why it is accepted."""

    claim_id: str
    document: str
    text: str
    reason: str


def verdict_ids(document: Document) -> List[str]:
    """The stable claim id of each verdict of ``document``, in order.

    >>> from decimal import Decimal
    >>> from factcheck.claims import Claim
    >>> c = Claim(text="5 km", span=(4, 8), value=Decimal(5), low=Decimal(5),
    ...           high=Decimal(5), sentence=(0, 9))
    >>> doc = Document(id="a.txt", text="Ran 5 km.", verdicts=(Verdict(c, "supported"),))
    >>> verdict_ids(doc) == claim_ids("a.txt", "Ran 5 km.", [c])
    True
    """
    return claim_ids(document.id, document.text, [v.claim for v in document.verdicts])


def findings(document: Document) -> List[Tuple[str, Verdict]]:
    """``(claim id, verdict)`` for each contradicted or unverifiable verdict of ``document``."""
    return [(claim_id, verdict)
            for claim_id, verdict in zip(verdict_ids(document), document.verdicts)
            if verdict.status in FINDING_STATUSES]


def entry_from_json(item: Any, number: int, path: str) -> BaselineEntry:
    """The BaselineEntry of entry ``number`` (1-based); InputError if it is malformed.

    >>> entry_from_json({"claim_id": "fc-1", "document": "a.md", "text": "5 km",
    ...                  "reason": "ok"}, 1, "b.json").reason
    'ok'
    >>> entry_from_json({"claim_id": "fc-1"}, 2, "b.json")
    Traceback (most recent call last):
    ...
    factcheck.errors.InputError: b.json: entry 2 has no "document"; rewrite it with ...
    """
    if not isinstance(item, dict):
        raise InputError(f"entry {number} is not a JSON object (found {type(item).__name__})",
                         path=path, fix=BASELINE_FIX)
    for name in ENTRY_FIELDS:
        if name not in item:
            raise InputError(f'entry {number} has no "{name}"', path=path, fix=BASELINE_FIX)
        if not isinstance(item[name], str):
            raise InputError(f'entry {number}: "{name}" must be a string '
                             f"(found {type(item[name]).__name__})", path=path, fix=BASELINE_FIX)
    if not item["claim_id"]:
        raise InputError(f'entry {number}: "claim_id" is empty', path=path, fix=BASELINE_FIX)
    return BaselineEntry(**{name: item[name] for name in ENTRY_FIELDS})


def parse_baseline(text: str, path: str) -> Dict[str, BaselineEntry]:
    """Baseline entries by claim id from the JSON ``text`` of file ``path``.

    >>> parse_baseline('{"version": 1, "entries": []}', "b.json")
    {}
    >>> parse_baseline('{"version": 1, "entries": [}', "b.json")
    Traceback (most recent call last):
    ...
    factcheck.errors.InputError: b.json:1: not valid JSON (Expecting value at column 28); ...
    """
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON ({error.msg} at column {error.colno})",
                         path=path, line=error.lineno, fix=BASELINE_FIX) from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, found {type(record).__name__}",
                         path=path, fix=BASELINE_FIX)
    if record.get("version") != BASELINE_VERSION:
        raise InputError(f'"version" must be {BASELINE_VERSION} (found {record.get("version")!r})',
                         path=path, fix=BASELINE_FIX)
    items = record.get("entries")
    if not isinstance(items, list):
        raise InputError('"entries" must be a list', path=path, fix=BASELINE_FIX)
    entries: Dict[str, BaselineEntry] = {}
    for number, item in enumerate(items, start=1):
        entry = entry_from_json(item, number, path)
        if entry.claim_id in entries:
            raise InputError(f"entry {number} repeats claim id {entry.claim_id}",
                             path=path, fix="keep one entry per claim id")
        entries[entry.claim_id] = entry
    return entries


def load_baseline(path: PathArg) -> Dict[str, BaselineEntry]:
    """The entries of the baseline file at ``path``, by claim id; InputError if unreadable."""
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise InputError("no such baseline file", path=name,
                         fix="check the path, or create it with --write-baseline FILE") from None
    except UnicodeDecodeError:
        raise InputError("baseline file is not UTF-8 text", path=name, fix=BASELINE_FIX) from None
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror})", path=name) from None
    return parse_baseline(text, name)


def baseline_entries(documents: Sequence[Document], *, reason: str,
                     keep: Mapping[str, BaselineEntry]) -> List[BaselineEntry]:
    """An entry for every finding of ``documents``, sorted; reasons in ``keep`` win.

    >>> from decimal import Decimal
    >>> from factcheck.claims import Claim
    >>> c = Claim(text="5 km", span=(4, 8), value=Decimal(5), low=Decimal(5),
    ...           high=Decimal(5), sentence=(0, 9))
    >>> doc = Document(id="a.txt", text="Ran 5 km.", verdicts=(Verdict(c, "contradicted"),))
    >>> [(e.document, e.text, e.reason) for e in baseline_entries([doc], reason="ok", keep={})]
    [('a.txt', '5 km', 'ok')]
    """
    entries = []
    for document in documents:
        for claim_id, verdict in findings(document):
            kept = keep.get(claim_id)
            entries.append(BaselineEntry(claim_id=claim_id, document=document.id,
                                         text=verdict.claim.text,
                                         reason=kept.reason if kept else reason))
    return sorted(entries, key=lambda e: (e.document, e.claim_id))


def baseline_json(entries: Sequence[BaselineEntry]) -> str:
    """The file text of a baseline holding ``entries``.

    >>> print(baseline_json([BaselineEntry("fc-1", "a.md", "5 km", "ok")]))
    {
      "version": 1,
      "entries": [
        {"claim_id": "fc-1", "document": "a.md", "text": "5 km", "reason": "ok"}
      ]
    }
    """
    lines = [json.dumps({name: getattr(e, name) for name in ENTRY_FIELDS}, ensure_ascii=False)
             for e in entries]
    body = ",\n".join("    " + line for line in lines)
    inner = f"[\n{body}\n  ]" if lines else "[]"
    return f'{{\n  "version": {BASELINE_VERSION},\n  "entries": {inner}\n}}'


def write_baseline(path: PathArg, documents: Sequence[Document], *,
                   reason: str = "accepted") -> int:
    """Write every finding of ``documents`` to the baseline file ``path``; return the count.

    Rewriting an existing baseline keeps the reasons people wrote for entries
    that still match; a broken existing file is an InputError, not overwritten.
    """
    name = os.fspath(path)
    keep = load_baseline(name) if os.path.exists(name) else {}
    entries = baseline_entries(documents, reason=reason, keep=keep)
    try:
        with open(name, "w", encoding="utf-8") as handle:
            handle.write(baseline_json(entries) + "\n")
    except OSError as error:
        raise InputError(f"cannot write the baseline ({error.strerror})", path=name) from None
    return len(entries)


def apply_baseline(documents: Sequence[Document], baseline: Mapping[str, BaselineEntry]
                   ) -> Tuple[List[Document], List[str], List[BaselineEntry]]:
    """Set accepted findings aside: ``(documents, accepted claim ids, stale entries)``.

    The documents come back without their accepted verdicts, so whatever
    decides pass or fail from them ignores accepted findings; report them from
    the accepted ids (the report functions take the original documents and the
    baseline to mark them).  Stale entries are those whose document was checked
    here (and loaded without error) but matched no finding.
    """
    kept_documents: List[Document] = []
    accepted: List[str] = []
    for document in documents:
        verdicts = []
        for claim_id, verdict in zip(verdict_ids(document), document.verdicts):
            if verdict.status in FINDING_STATUSES and claim_id in baseline:
                accepted.append(claim_id)
            else:
                verdicts.append(verdict)
        kept_documents.append(replace(document, verdicts=tuple(verdicts)))
    return kept_documents, accepted, stale_entries(documents, baseline)


def stale_entries(documents: Sequence[Document], baseline: Mapping[str, BaselineEntry]
                  ) -> List[BaselineEntry]:
    """Entries for documents checked here (without error) that match none of their findings."""
    checked = {document.id for document in documents if not document.error}
    found = {claim_id for document in documents for claim_id, _ in findings(document)}
    return [entry for entry in baseline.values()
            if entry.document in checked and entry.claim_id not in found]


STALE_TEXT = ("baseline entry {claim_id} ({text!r}) matches no finding any more; "
              "remove it or rewrite the baseline")


def stale_message(entry: BaselineEntry) -> str:
    """The one-line report of a stale entry.

    >>> stale_message(BaselineEntry("fc-1", "a.md", "5 km", "ok"))
    "baseline entry fc-1 ('5 km') matches no finding any more; remove it or rewrite the baseline"
    """
    return STALE_TEXT.format(claim_id=entry.claim_id, text=entry.text)
