"""Blood pressure written as two readings over a slash: "140/90mmHg", "a reading of 150/95
mm Hg", "below 130/80" in a sentence about blood pressure.  The pair is two claims in
millimetres of mercury, the systolic and the diastolic reading, and a bound after the pair
("140/90mmHg or higher") or before it ("below 130/80") holds for both."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List

from factcheck.claims import Claim
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.sentence import Sentence

#: two readings over a slash, the unit perhaps after them
_PAIR: Final = re.compile(r"""
    (?<![\w.,/])
    (?P<systolic>[1-2]?[0-9]{2}) / (?P<diastolic>[0-9]{2,3})
    (?P<unit>[ ]?mm[ ]?Hg\b)?
    (?![\w/]|[.,][0-9])
""", re.VERBOSE)
#: words that make a bare pair a blood pressure
_PRESSURE_WORDS: Final = frozenset(["pressure", "bp", "hypertension", "systolic", "diastolic"])
#: readings a living person's blood pressure can take
_SYSTOLIC: Final = (60, 260)
_DIASTOLIC: Final = (30, 160)
_UNIT: Final = "millimeter_Hg"


def pressure_claims(sentence: Sentence) -> List[Claim]:
    """The systolic and diastolic readings of each blood pressure in the sentence."""
    start, end = sentence.span
    if sentence.text.find("/", start, end) < 0:
        return []  # the common case: no slash
    about_pressure = not sentence.vocabulary.isdisjoint(_PRESSURE_WORDS)
    claims: List[Claim] = []
    for found in _PAIR.finditer(sentence.text, start, end):
        systolic, diastolic = int(found.group("systolic")), int(found.group("diastolic"))
        if not (found.group("unit") or about_pressure) \
                or not _SYSTOLIC[0] <= systolic <= _SYSTOLIC[1] \
                or not _DIASTOLIC[0] <= diastolic <= _DIASTOLIC[1] or diastolic >= systolic:
            continue
        hedge = read_hedges(sentence, HedgeReading("point", "", found.start(), found.end()),
                            "pressure", None)
        slash = found.start("diastolic") - 1
        for value, first, last in ((systolic, hedge.start, slash),
                                   (diastolic, slash + 1, hedge.end)):
            number = Decimal(value)
            claims.append(finish_hedged(
                sentence, hedge, number, start=first, end=last, precision=Decimal(1),
                unit=_UNIT, dimension="pressure", unit_text=found.group("unit") or ""))
    return claims
