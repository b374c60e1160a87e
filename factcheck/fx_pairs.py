"""Exchange rates quoted by a currency pair: "USD/JPY 141.70" is 141.70 yen to the dollar
(JPY / USD), "EUR/USD at 1.15" and "EURUSD 1.1120" dollars to the euro.  The first code is the
base, the second the currency its price is given in; "141.70" alone after the pair is no
amount of yen."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Final, FrozenSet, List

from factcheck import units
from factcheck.claims import Claim
from factcheck.sentence import Sentence, finish_claim

#: a pair of three-letter codes, with or without a slash, then the rate: "USD/JPY 141.70",
#: "EUR/USD at 1.15", "EURUSD 1.1120", "GBP/USD: 1.2710"
_PAIR_RATE: Final = re.compile(
    r"(?<![\w/])(?P<base>[A-Z]{3})/?(?P<quote>[A-Z]{3})(?![\w/])"
    r"(?::|[ ](?:at|was|is|rose[ ]to|fell[ ]to|traded[ ]at|hit|closed[ ]at|ended[ ]at"
    r"|stood[ ]at|opened[ ]at|slipped[ ]to|climbed[ ]to))?[ ]"
    r"(?P<rate>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,5})?|[0-9]{1,5}(?:\.[0-9]{1,5})?)"
    r"(?!\w|[.,][0-9])")

#: the pair every rate follows: a quick miss, as this search skips to each capital (the
#: look-behind _PAIR_RATE opens with makes the engine try every position)
_PAIR_HINT: Final = re.compile(r"[A-Z][A-Z][A-Z]/?[A-Z][A-Z][A-Z]")


@lru_cache(maxsize=1)
def _codes() -> FrozenSet[str]:
    """The ISO codes of the currencies the lexicon knows."""
    return frozenset(unit for unit, dimension in units.lexicon().dimensions.items()
                     if dimension == "currency" and len(unit) == 3 and unit.isupper())


def fx_pair_claims(sentence: Sentence) -> List[Claim]:
    """Each rate quoted after a currency pair, in the quote currency per base currency."""
    start, end = sentence.span
    claims: List[Claim] = []
    if _PAIR_HINT.search(sentence.text, start, end) is None:
        return claims  # the common case: no two codes in capitals
    for found in _PAIR_RATE.finditer(sentence.text, start, end):
        base, quote = found.group("base"), found.group("quote")
        if base == quote or base not in _codes() or quote not in _codes():
            continue
        rate = Decimal(found.group("rate").replace(",", ""))
        places = len(found.group("rate").partition(".")[2])
        claims.append(finish_claim(
            sentence, start=found.start("base"), end=found.end("rate"), low=rate, high=rate,
            kind="point", qualifier="", precision=Decimal(1).scaleb(-places),
            unit=f"{quote} / {base}", dimension="rate",
            unit_text=sentence.text[found.start("base"):found.end("quote")]))
    return claims
