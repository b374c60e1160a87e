"""A unit and a fraction of it: "an hour and a half" (1.5 hours), "a mile and a quarter",
"two hours and a half", "a year and three-quarters", "the mile-and-a-half Derby".  The unit
stands between the whole and the fraction, so neither numerals.py ("two and a half years")
nor the unit reading sees one amount; read apart, "an hour" is no claim and "a half" a bare
0.5."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List, Optional

from factcheck.changes import change_for
from factcheck.claims import Claim
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.numerals import parse_number
from factcheck.sentence import Sentence

#: " and a half" after a unit, or hyphened ("the mile-and-a-half Derby"), and what it adds
_AND_FRACTION: Final = re.compile(
    r"(?:[ ]and[ ](?P<fraction>a[ ]half|a[ ]quarter|three[- ]quarters)"
    r"|-and-(?P<hyphened>a-half|a-quarter|three-quarters))\b", re.IGNORECASE)
_FRACTIONS: Final = {"a half": Decimal("0.5"), "a quarter": Decimal("0.25"),
                     "three quarters": Decimal("0.75")}
#: the largest whole a spelled or written count before the unit may be: "twelve and a half
#: hours" is read by numerals.py, "a hundred hours and a half" is not said
_LARGEST_WHOLE: Final = 1000


def unit_fraction_claims(sentence: Sentence) -> List[Claim]:
    """Each "COUNT UNIT and a half|a quarter|three-quarters" of the sentence, as one amount
    in that unit; the unit is a measure or money in words ("a dollar and a half"), not a
    counted noun."""
    start, end = sentence.span
    claims: List[Claim] = []
    if sentence.text.find(" and ", start, end) < 0 \
            and sentence.text.find("-and-", start, end) < 0:
        return claims  # the common case
    for found in _AND_FRACTION.finditer(sentence.text, start, end):
        claim = _claim_before(sentence, found)
        if claim is not None:
            claims.append(claim)
    return claims


def _claim_before(sentence: Sentence, found: "re.Match[str]") -> Optional[Claim]:
    """The claim of the count and unit that end where ``found`` starts, with its fraction."""
    before = sentence.before(found.start(), 2)
    if len(before) != 2:
        return None
    count, unit_word = before
    whole = Decimal(1) if count.lower in ("a", "an", "the") else parse_number(count.lower)
    if whole is None or not 0 < whole < _LARGEST_WHOLE or whole != int(whole):
        return None
    unit = sentence.unit_after(count.end)
    if unit is None or unit.end != unit_word.end or unit.dimension == "count" or (
            unit.dimension == "currency" and not unit.text.isalpha()):
        return None  # "a dollar and a half", but "$1 and a half" is not said
    written = found.group("fraction") or found.group("hyphened")
    fraction = _FRACTIONS[" ".join(written.lower().replace("-", " ").split())]
    value = (whole + fraction) * unit.factor
    named = count.lower == "the"  # "the mile-and-a-half Derby": a race's distance, no hedge
    reading = HedgeReading("point", "", unit_word.start if named else count.start, found.end())
    hedged = reading if named else read_hedges(sentence, reading, unit.dimension, None)
    return finish_hedged(sentence, hedged, value, precision=fraction, unit=unit.unit,
                         dimension=unit.dimension, unit_text=unit.text,
                         change=change_for(sentence, hedged.start, hedged.end))
