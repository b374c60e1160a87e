"""Shutter speeds as photographers write them: "1/250s", "1/8000 sec", "shot at 1/125".
One over a shutter's denominator is that fraction of a second when a unit of seconds follows
it or the sentence speaks of exposures; elsewhere "1/250" is no prose fraction and stays
unread, and "24/7" or "9/11" are never shutter speeds (their numerators are not one)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List

from factcheck.claims import Claim
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.sentence import Sentence

#: "1/" and a denominator, perhaps a unit of seconds after it
_SPEED: Final = re.compile(r"""
    (?<![\w./])
    1/ (?P<denominator> [1-9][0-9]{0,4} )
    (?P<unit> [ ]?(?:s|sec|secs|second|seconds)\b )?
    (?![\w/.,]?[0-9]|-)
""", re.VERBOSE)
#: the denominators of shutter speeds in third stops, as cameras show them
_DENOMINATORS: Final = frozenset(
    "2 3 4 5 6 8 10 13 15 20 25 30 40 45 50 60 80 90 100 125 160 180 200 250 320 350 400 500"
    " 640 750 800 1000 1250 1500 1600 2000 2500 3000 3200 4000 5000 6000 6400 8000 10000"
    " 12800 16000 32000".split())
#: words of exposure that make a bare "1/125" a shutter speed
_EXPOSURE_WORDS: Final = frozenset(["shutter", "exposure", "exposures", "sync", "iso",
                                    "aperture"])
#: denominators of prose fractions, which a bare "1/N" keeps ("1/3 of staff", "1/2 mile")
_PROSE_DENOMINATORS: Final = frozenset(["2", "3", "4", "5", "6", "8", "10", "12", "16"])
_UNIT: Final = "second"


def shutter_speed_claims(sentence: Sentence) -> List[Claim]:
    """Each shutter speed in the sentence, in seconds."""
    start, end = sentence.span
    if sentence.text.find("1/", start, end) < 0:
        return []  # the common case: no "1/"
    about_exposure = not sentence.vocabulary.isdisjoint(_EXPOSURE_WORDS)
    claims: List[Claim] = []
    for found in _SPEED.finditer(sentence.text, start, end):
        denominator = found.group("denominator")
        if denominator not in _DENOMINATORS or not (found.group("unit") or (
                about_exposure and denominator not in _PROSE_DENOMINATORS)):
            continue
        value = Decimal(1) / Decimal(found.group("denominator"))
        hedge = read_hedges(sentence, HedgeReading("point", "", found.start(), found.end()),
                            "time", None)
        claims.append(finish_hedged(sentence, hedge, value, precision=None, unit=_UNIT,
                                    dimension="time", unit_text=found.group("unit") or ""))
    return claims
