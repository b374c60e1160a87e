"""Water resistance as watchmakers write it: "100m WR", "200M water resistance", "300m
water-resistant".  Before "WR" or a word of water resistance the "m" or "M" glued to a
depth is metres, never millions, whatever its case."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List

from factcheck.claims import Claim
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.sentence import Sentence

#: a whole depth and its "m" or "M", right before "WR" or a word of resisting water
_DEPTH: Final = re.compile(r"""
    (?<![\w.,£$€])
    (?P<number> [1-9][0-9]{1,3} )
    (?P<unit> [ ]?[mM] )
    (?=[ ](?:WR\b|[Ww]ater[ -]?(?:[Rr]esist|[Pp]roof)))
""", re.VERBOSE)
#: the words one of which such a depth needs in its sentence (a quick miss elsewhere)
_CUES: Final = frozenset(["wr", "water"])


def water_resistance_claims(sentence: Sentence) -> List[Claim]:
    """Each watch's depth of water resistance in the sentence, in metres."""
    if _CUES.isdisjoint(sentence.vocabulary):
        return []  # the common case
    claims: List[Claim] = []
    for found in _DEPTH.finditer(sentence.text, *sentence.span):
        hedge = read_hedges(sentence, HedgeReading("point", "", found.start(), found.end()),
                            "length", None)
        claims.append(finish_hedged(sentence, hedge, Decimal(found.group("number")),
                                    precision=Decimal(1), unit="meter", dimension="length",
                                    unit_text=found.group("unit").strip()))
    return claims
