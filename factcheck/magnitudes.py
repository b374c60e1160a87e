"""Earthquake magnitudes written with their symbol: "the M6.1 earthquake", "a Mw 7.8 quake",
"an ML 4.2 tremor".  The symbol (M, Mw, ML, Ms, mb) glued or spaced before the number would
otherwise make it a name ("M25", "M4"), so the number is read here, in a sentence that speaks
of an earthquake, as the bare magnitude that "a magnitude 6.1 earthquake" gives."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List

from factcheck import lexicon
from factcheck.claims import Claim
from factcheck.sentence import Sentence, finish_claim

#: a magnitude symbol and its number: "M6.1", "Mw 7.8", "ML4.2"; a bare "M" needs a decimal
#: point ("the M6 motorway" is a road)
_MAGNITUDE: Final = re.compile(r"""
    (?<![\w.-])
    (?: M (?P<decimal>[1-9]\.[0-9]) | (?:M[wLs]|mb)[ ]?(?P<number>[1-9](?:\.[0-9])?) )
    (?![\w-]|[.,][0-9])
""", re.VERBOSE)
#: words of earthquakes: the symbol means magnitude only beside one of these
_QUAKE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["quake_words"]


def magnitude_claims(sentence: Sentence) -> List[Claim]:
    """Each magnitude written with its symbol in a sentence about an earthquake."""
    if sentence.vocabulary.isdisjoint(_QUAKE_WORDS):
        return []
    claims: List[Claim] = []
    for found in _MAGNITUDE.finditer(sentence.text, *sentence.span):
        number = found.group("decimal") or found.group("number")
        value = Decimal(number)
        step = Decimal("0.1") if "." in number else Decimal(1)
        claims.append(finish_claim(
            sentence, start=found.start(), end=found.end(), low=value, high=value,
            kind="point", qualifier="", precision=step))
    return claims
