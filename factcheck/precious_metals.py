"""Ounces of gold, silver and the platinum metals are troy ounces (31.1035 g), as the
bullion markets and mine reports weigh them: "Spot gold rose to $2,341.70 an ounce", "the
mine produced 212,000 ounces of gold", "4.2 Moz".  An ounce is troy when its sentence
names such a metal (not a name, "Gold Coast", nor a medal) and prices it, says "of gold"
right after it, or speaks of the metal's market or mine ([metal_market_words]); in a text
naming the metals twice, a mined or traded ounce is troy too.  Words of cooking, food and
drink keep an ounce avoirdupois; the miners' "koz" and "Moz" are always troy.  A reference
row's ounces are weighed the same way, by its subject and keywords (``troy_unit``), so that
"$2,341.70 an ounce" of gold meets a row in "USD/oz" unconverted."""
from __future__ import annotations

import dataclasses
import re
from typing import Final, List

from factcheck.claims import Claim
from factcheck.lexicon import alternation

#: a metal's name and the word after it: "Spot gold rose", "gold coin", "Gold Fields"
_METAL: Final = re.compile(
    r"\b" + alternation("grammar_words.txt", "precious_metals") + r"\b(?![ ]?-)(?:[ ](\w+))?",
    re.IGNORECASE)
_MARKET: Final = re.compile(r"\b" + alternation("grammar_words.txt", "metal_market_words")
                            + r"\b", re.IGNORECASE)
_KITCHEN: Final = re.compile(
    r"\b(?:" + alternation("grammar_words.txt", "cooking_words") + "|"
    + alternation("grammar_words.txt", "food_words") + r")\b", re.IGNORECASE)
#: a metal's name right after the ounces, naming no other thing: " of gold", " of silver
#: and" (not " of silver tequila")
_OF_METAL: Final = re.compile(
    r"[ ]of[ ](?:the[ ])?" + alternation("grammar_words.txt", "precious_metals")
    + r"\b(?![ ]?-|[ ](?!(?:and|or|in|at|from|a|an|the|per|this|last|each|for|over|during"
    r"|equivalent|was|were|is|are)\b)[a-z])", re.IGNORECASE)
#: the ounce as a whole unit or a rate's part: "ounce", "USD / ounce", "ounce / year"
_OUNCE: Final = re.compile(r"(?<![\w_])ounce(?![\w_])")
#: how many times a text must name the metals to weigh its mined or traded ounces troy
_NAMED_AT_LEAST: Final = 2
#: the miners' thousands and millions of ounces
_MINERS_OUNCES: Final = frozenset(["koz", "moz"])


def troy_ounces(claims: List[Claim], text: str) -> List[Claim]:
    """``claims`` with the ounces of precious metals made troy ounces (module doc)."""
    if not any(_OUNCE.search(c.unit) for c in claims):
        return claims  # the common case
    of_metals = len(_METAL.findall(text)) >= _NAMED_AT_LEAST
    return [dataclasses.replace(c, unit=_OUNCE.sub("troy_ounce", c.unit))
            if _OUNCE.search(c.unit) and _weighs_metal(c, text, of_metals) else c
            for c in claims]


def _weighs_metal(claim: Claim, text: str, of_metals: bool) -> bool:
    """Whether the claim's ounces weigh a precious metal."""
    if claim.unit_text.lower() in _MINERS_OUNCES:
        return True
    start, end = claim.sentence
    if _KITCHEN.search(text, start, end):
        return False  # "6 ounces of dark chocolate", "64 ounces of water a day"
    if _OF_METAL.match(text, claim.span[1]):
        return True  # "212,000 ounces of gold"
    market = _MARKET.search(text, start, end) is not None
    named = [found for found in _METAL.finditer(text, start, end) if _the_metal(found)]
    if named:
        return market or (claim.dimension == "rate" and claim.unit[:3].isupper() and any(
            not (found.group(1) or " ")[0].isupper() for found in named))
        # (a name, "Gold Coast", prices nothing: only a metal's market or mine says so)
    return of_metals and market  # "Kibali produced 212,000 ounces" in a report on gold


#: words after a capitalised metal that make a miner's name: "Gold Fields", "Gold Corp"
_COMPANY_WORDS: Final = frozenset(["Fields", "Corp", "Corporation", "Inc", "Ltd", "Limited",
                                   "Resources", "Mining", "Mines", "Royalty", "Royalties",
                                   "Trust", "Miners", "Group", "Producers", "Reserve"])


def _the_metal(found: "re.Match[str]") -> bool:
    """Whether a metal's name names the metal: before a word of its market ("gold coin",
    "gold prices"), a verb ("gold rose"), a name ("Gold Fields"), nothing; not an adjective
    of another thing ("gold medal", "silver tumbler", "gold boxing gloves")."""
    following = found.group(1)
    if following is not None and following[:1].isupper():
        return following in _COMPANY_WORDS  # "Gold Fields", "Barrick Gold Corp" (not "Gold
        # Coast", "Silver Spring": places)
    if following is None or found.group()[:1].isupper():
        return True  # ("Kinross Gold said": a miner's name)
    return _MARKET.fullmatch(following) is not None or following.endswith(("ed", "s")) \
        or following in ("and", "or", "at", "in", "on", "to", "for", "from", "was", "is", "has",
                         "had", "have", "will", "would", "fell", "rose", "hit", "held", "the")


def troy_unit(unit: str, about: str) -> str:
    """``unit`` with its ounces made troy ounces when ``about`` (a row's subject and
    keywords) names a precious metal, and no food or drink.

    >>> troy_unit("USD / ounce", "Gold spot price"), troy_unit("ounce", "Chocolate bar")
    ('USD / troy_ounce', 'ounce')
    >>> troy_unit("ounce", "Standard gin pour in bars Gold Coast cocktail")
    'ounce'
    """
    if _OUNCE.search(unit) and _METAL.search(about) and not _KITCHEN.search(about):
        return _OUNCE.sub("troy_ounce", unit)
    return unit
