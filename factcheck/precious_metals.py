"""Ounces of gold, silver and the platinum metals are troy ounces (31.1035 g), as the
bullion markets and mine reports weigh them: "Spot gold rose to $2,341.70 an ounce", "the
mine produced 212,000 ounces", "4.2 Moz".  An ounce is troy when its sentence names such a
metal, or the text names them twice and the sentence speaks of no cooking; the miners'
"koz" and "Moz" always are.  An ounce the text calls fluid, or a troy ounce it writes, is
kept.  A reference row's ounces are weighed the same way, by its subject and keywords
(``troy_unit``), so that "$2,341.70 an ounce" of gold meets a row in "USD/oz" unconverted."""
from __future__ import annotations

import dataclasses
import re
from typing import Final, List

from factcheck.claims import Claim
from factcheck.lexicon import alternation

_METALS: Final = re.compile(r"\b" + alternation("grammar_words.txt", "precious_metals") + r"\b",
                            re.IGNORECASE)
_COOKING: Final = re.compile(r"\b" + alternation("grammar_words.txt", "cooking_words") + r"\b",
                             re.IGNORECASE)
#: the ounce as a whole unit or a rate's part: "ounce", "USD / ounce", "ounce / year"
_OUNCE: Final = re.compile(r"(?<![\w_])ounce(?![\w_])")
#: how many times a text must name the metals to weigh its other ounces troy
_NAMED_AT_LEAST: Final = 2
#: the miners' thousands and millions of ounces
_MINERS_OUNCES: Final = frozenset(["koz", "moz"])


def troy_ounces(claims: List[Claim], text: str) -> List[Claim]:
    """``claims`` with the ounces of precious metals made troy ounces (module doc)."""
    if not any(_OUNCE.search(c.unit) for c in claims):
        return claims  # the common case
    of_metals = len(_METALS.findall(text)) >= _NAMED_AT_LEAST
    return [dataclasses.replace(c, unit=_OUNCE.sub("troy_ounce", c.unit))
            if _OUNCE.search(c.unit) and _weighs_metal(c, text, of_metals) else c
            for c in claims]


def _weighs_metal(claim: Claim, text: str, of_metals: bool) -> bool:
    """Whether the claim's ounces weigh a precious metal."""
    if claim.unit_text.lower() in _MINERS_OUNCES:
        return True
    start, end = claim.sentence
    if _METALS.search(text, start, end):
        return True
    return of_metals and not _COOKING.search(text, start, end)


def troy_unit(unit: str, about: str) -> str:
    """``unit`` with its ounces made troy ounces when ``about`` (a row's subject and
    keywords) names a precious metal.

    >>> troy_unit("USD / ounce", "Gold spot price"), troy_unit("ounce", "Chocolate bar")
    ('USD / troy_ounce', 'ounce')
    """
    if _OUNCE.search(unit) and _METALS.search(about):
        return _OUNCE.sub("troy_ounce", unit)
    return unit
