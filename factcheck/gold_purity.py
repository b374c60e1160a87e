"""The purity of gold in karats, as jewellers write it: "18ct gold", "a 14k gold chain",
"22 carat gold", "9-karat rose gold".  Before "gold" the "k" of "14k" is no thousand and the
"ct" or "carat" no mass (a "1.2ct diamond" still weighs 1.2 carats): the number is parts of
gold in 24, the unit ``karat`` (data/units.txt)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List

from factcheck.claims import Claim
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.sentence import Sentence

#: a whole number of karats and its symbol or word, right before gold (perhaps its colour)
_KARATS: Final = re.compile(r"""
    (?<![\w.,£$€])
    (?P<number> [1-9][0-9]? )
    (?P<unit> [ -]?(?:ct|kt|k|K|KT|carats?|karats?) )
    (?=[ -](?:(?:white|yellow|rose|red|green|solid|pure|fine)[ -])?gold\b)
""", re.VERBOSE)
#: the purest gold has 24 parts in 24
_PURE: Final = 24
#: the purities a bare "k" may give, as jewellers stamp them ("14k"); "20k gold sovereigns"
#: are twenty thousand coins
_JEWELLERS_KARATS: Final = frozenset(["9", "10", "14", "18", "22", "24"])
#: a medal after gold: "the 10k gold medal" is won in a race over 10 km
_MEDAL: Final = re.compile(r"[ -](?:(?:white|yellow|rose|solid)[ -])?gold[ ]medals?\b")


def karat_claims(sentence: Sentence) -> List[Claim]:
    """Each purity of gold in the sentence, in karats."""
    if "gold" not in sentence.vocabulary:
        return []  # the common case
    claims: List[Claim] = []
    for found in _KARATS.finditer(sentence.text, *sentence.span):
        value = Decimal(found.group("number"))
        if value > _PURE or (found.group("unit").strip(" -") in ("k", "K") and (
                found.group("number") not in _JEWELLERS_KARATS
                or _MEDAL.match(sentence.text, found.end()))):
            continue  # "20k gold sovereigns", "the 10k gold medal": thousands, a race
        hedge = read_hedges(sentence, HedgeReading("point", "", found.start(), found.end()),
                            "purity", None)
        claims.append(finish_hedged(sentence, hedge, value, precision=Decimal(1),
                                    unit="karat", dimension="purity",
                                    unit_text=found.group("unit").strip(" -")))
    return claims
