"""Earthquake magnitudes written with their symbol: "the M6.1 earthquake", "a Mw 7.8 quake",
"an ML 4.2 tremor".  The symbol (M, Mw, ML, Ms, mb) glued or spaced before the number would
otherwise make it a name ("M25", "M4"), so the number is read here, in a sentence that speaks
of an earthquake, as the bare magnitude that "a magnitude 6.1 earthquake" gives."""
from __future__ import annotations

import re
from decimal import Decimal
from operator import attrgetter
from typing import Final, List

from factcheck import lexicon
from factcheck.claims import Claim
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.sentence import Sentence

#: a magnitude symbol and its number: "M6.1", "Mw 7.8", "ML4.2", "M 5.1" (a USGS title
#: line), "M7 or greater"; the symbol after it: "7.0 Mw", "4.7 mb"; or a number with a decimal point
#: right before a word of earthquakes: "Powerful 7.1 quake hits", "a 6.8 tremor"
_MAGNITUDE: Final = re.compile(r"""
    (?<![\w.,-])
    (?: M[ ]?(?P<decimal>[1-9]\.[0-9])
      | M(?P<whole>[1-9])(?=[ ](?:or|and)[ ]|\+|[ ](?:earth)?quake|[ ]tremor|[ ]event)
      | (?:M[wLs]|mb)[ ]?(?P<number>[1-9](?:\.[0-9])?)
      | (?P<before>[1-9]\.[0-9])(?: [ ]?(?:M[wWLs]|mb)\b
                                   | (?=[ -](?:magnitude[ ])?(?:earth)?quake\b
                                        |[ -](?:tremor|aftershock|foreshock|mainshock|temblor)\b)))
    (?![\w-]|[.,][0-9])
""", re.VERBOSE)
#: words of earthquakes: the symbol means magnitude only beside one of these
_QUAKE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["quake_words"]


def magnitude_claims(sentence: Sentence) -> List[Claim]:
    """Each magnitude written with its symbol, or before a word of earthquakes, in a
    sentence about an earthquake, with its bound: "aftershocks of M3.5 or greater"."""
    if sentence.vocabulary.isdisjoint(_QUAKE_WORDS):
        return []
    claims: List[Claim] = []
    for found in _MAGNITUDE.finditer(sentence.text, *sentence.span):
        number = found.group("decimal") or found.group("whole") or found.group("number") \
            or found.group("before")
        claims.append(_magnitude(sentence, number, found.start(), found.end()))
    for found in _QUAKE_OF.finditer(sentence.text, *sentence.span):
        if sentence.unit_after(found.end("of")) is None:  # (not "a tremor of 2.5 seconds")
            claims.append(_magnitude(sentence, found.group("of"), found.start("of"),
                                     found.end("of")))
    return sorted(claims, key=_SPAN)


def _magnitude(sentence: Sentence, number: str, start: int, end: int) -> Claim:
    """The claim of one magnitude, with the bound or hedge around it."""
    step = Decimal("0.1") if "." in number else Decimal(1)
    hedge = read_hedges(sentence, HedgeReading("point", "", start, end), "dimensionless", None)
    return finish_hedged(sentence, hedge, Decimal(number), precision=step)


#: a magnitude after a quake and "of": "An aftershock of 5.7 toppled buildings" (a number
#: with its tenth, which counts nothing after it)
_QUAKE_OF: Final = re.compile(
    r"\b(?:earthquake|quake|aftershock|foreshock|mainshock|tremor|temblor)[ ]of[ ]"
    r"(?:about[ ]|around[ ]|some[ ])?(?P<of>[1-9]\.[0-9])(?![\w.,%-])", re.IGNORECASE)
_SPAN: Final = attrgetter("span")
