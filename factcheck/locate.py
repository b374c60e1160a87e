"""Where a claim sits in its document: line and column, and a stable claim id.

The id hashes the document id, the sentence text and the claim's surface (plus
its occurrence count among identical pairs), never offsets, so it survives
edits elsewhere in the document.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from typing import Dict, Iterable, List, Tuple

from factcheck.claims import Claim


def line_starts(text: str) -> List[int]:
    """Offsets where each line of ``text`` starts.

    >>> line_starts("ab\\ncd\\n")
    [0, 3, 6]
    """
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


def line_column(starts: List[int], offset: int) -> Tuple[int, int]:
    """1-based (line, column) of ``offset``, given ``line_starts(text)``.

    >>> line_column(line_starts("ab\\ncd"), 4)
    (2, 2)
    """
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def claim_ids(doc_id: str, text: str, claims: Iterable[Claim]) -> List[str]:
    """Stable ids for ``claims`` of one document, in the same order.

    >>> from decimal import Decimal
    >>> c = Claim(text="5 km", span=(4, 8), value=Decimal(5), low=Decimal(5),
    ...           high=Decimal(5), sentence=(0, 9))
    >>> claim_ids("a.txt", "Ran 5 km.", [c]) == claim_ids("a.txt", "Ran 5 km.", [c])
    True
    >>> claim_ids("a.txt", "Ran 5 km.", [c])[0].startswith("fc-")
    True
    """
    seen: Dict[Tuple[str, str], int] = {}
    ids = []
    for claim in claims:
        sentence = text[claim.sentence[0]:claim.sentence[1]]
        key = (" ".join(sentence.split()), claim.text)
        nth = seen.get(key, 0)
        seen[key] = nth + 1
        digest = hashlib.sha1("\x1f".join((doc_id, key[0], key[1], str(nth))).encode("utf-8"))
        ids.append("fc-" + digest.hexdigest()[:12])
    return ids
