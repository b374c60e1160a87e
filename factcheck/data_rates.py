"""Broadband tiers written as two data rates over a slash: "100/20 Mbps", "25/3 Mbps",
"10/10 Gbps".  The pair is two claims in the unit written once after it, the download and
the upload rate; a bound before the pair ("up to 100/20 Mbps") holds for both.  A download
rate is never below its upload rate, so "1/2" or "3/4" before a unit stays a fraction."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List

from factcheck.claims import Claim
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.numerals import scan_numerals
from factcheck.sentence import Sentence

#: two rates over a slash, then a space or the unit
_PAIR: Final = re.compile(r"""
    (?<![\w.,/])
    (?P<down>[0-9]{1,5}(?:\.[0-9]{1,3})?) / (?P<up>[0-9]{1,5}(?:\.[0-9]{1,3})?)
    (?=[ ]?[A-Za-z])
""", re.VERBOSE)
_DIMENSION: Final = "data_rate"


def data_rate_claims(sentence: Sentence) -> List[Claim]:
    """The download and upload rate of each tier written over a slash in the sentence."""
    start, end = sentence.span
    if sentence.text.find("/", start, end) < 0:
        return []  # the common case: no slash
    claims: List[Claim] = []
    for found in _PAIR.finditer(sentence.text, start, end):
        unit = sentence.unit_after(found.end())
        down, up = Decimal(found.group("down")), Decimal(found.group("up"))
        if unit is None or unit.dimension != _DIMENSION or down < up or up == 0:
            continue
        hedge = read_hedges(sentence, HedgeReading("point", "", found.start(), unit.end),
                            _DIMENSION, None)
        slash = found.start("up") - 1
        for value, text, first, last in ((down, found.group("down"), hedge.start, slash),
                                         (up, found.group("up"), slash + 1, hedge.end)):
            claims.append(finish_hedged(
                sentence, hedge, value, start=first, end=last,
                precision=scan_numerals(text)[0].precision, unit=unit.unit,
                dimension=_DIMENSION, unit_text=unit.text))
    return claims
