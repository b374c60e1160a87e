"""Horses' heights in hands, as breeders write them: "15.2hh", "a 16.1 hands gelding",
"14 hh".  The digit after the point counts inches, not tenths (a hand is four inches), so
"15.2hh" is 15 hands and 2 inches: 15.5 hands, 62 inches."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List

from factcheck import lexicon
from factcheck.claims import Claim
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.sentence import Sentence

#: hands, and perhaps inches after a point, before "hh" or "hands": "15.2hh", "16 hands"
_HEIGHT: Final = re.compile(r"""
    (?<![\w.,£$€])
    (?P<hands> [1-9][0-9]? ) (?: \. (?P<inches> [0-3] ) )?
    (?P<unit> [ ]?(?:hh|h\.h\.|HH) | [ -]hands? )
    (?![\w-])
""", re.VERBOSE)
#: words of horses, one of which "hands" and "HH" need in their sentence ("hh" needs none)
_HORSE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["horse_words"]
#: inches in a hand
_INCHES_PER_HAND: Final = Decimal(4)


def horse_height_claims(sentence: Sentence) -> List[Claim]:
    """Each horse's height in the sentence, in hands."""
    vocabulary = sentence.vocabulary
    if "hh" not in vocabulary and ("hands" not in vocabulary and "hand" not in vocabulary
                                   or vocabulary.isdisjoint(_HORSE_WORDS)):
        return []  # the common case: no "hh", and no "hands" beside a horse
    claims: List[Claim] = []
    for found in _HEIGHT.finditer(sentence.text, *sentence.span):
        unit = found.group("unit").strip(" -")
        if (unit.startswith("hand") or unit == "HH") and vocabulary.isdisjoint(_HORSE_WORDS):
            continue  # "a piece for 4 hands": hands of players; "45 HH" households
        inches = found.group("inches")
        value = Decimal(found.group("hands")) \
            + (Decimal(inches) / _INCHES_PER_HAND if inches else Decimal(0))
        hedge = read_hedges(sentence, HedgeReading("point", "", found.start(), found.end()),
                            "length", None)
        claims.append(finish_hedged(sentence, hedge, value, precision=Decimal("0.25"),
                                    unit="hand", dimension="length", unit_text=unit))
    return claims
