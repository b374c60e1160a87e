"""The purity of gold in karats, as jewellers write it: "18ct gold", "a 14k gold chain",
"22 carat gold", "9-karat rose gold", "24-carat bars".  Before "gold" (or a thing made of
it) the "k" of "14k" is no thousand and the "ct" or "carat" no mass (a "1.2ct diamond"
still weighs 1.2 carats): the number is parts of gold in 24, the unit ``karat``
(data/units.txt)."""
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
#: the same before a thing made of gold, with no "gold" written: "24-carat bars", "22-carat
#: jewellery" (a gem after "carat" is weighed: "a 2-carat diamond")
_KARATS_OF_A_THING: Final = re.compile(r"""
    (?<![\w.,£$€])
    (?P<number> [1-9][0-9]? )
    (?P<unit> [ -]?(?:ct|carats?|karats?) )
    (?=[ -](?:jewellery|jewelry|bars?|bullion|coins?|metal|rings?|chains?|necklaces?
               |bracelets?|earrings|bands?|ingots?)\b)
""", re.VERBOSE)
#: a jeweller's purity and its glued symbol, standing alone in a sentence of gold: "24K
#: $78.10 per gram", "18ct at £36.50/g", "9ct is 37.5% gold"
_BARE_KARATS: Final = re.compile(r"""
    (?<![\w.,£$€])
    (?P<number> 9|10|14|18|22|24 )
    (?P<unit> ct|kt|k|K|KT )
    (?![\w'\N{RIGHT SINGLE QUOTATION MARK}-])
""", re.VERBOSE)
#: the words of a sentence in which a bare purity is gold's
_GOLD_WORDS: Final = frozenset(["gold", "bullion", "jewellery", "jewelry", "jeweller",
                                "jewellers", "hallmark", "hallmarked", "scrap", "gram", "grams",
                                "g", "purity", "fineness"])
#: the same with a jeweller's "k" before gold's goods: "22K jewellery prices rose" (the
#: purities that are seldom thousands of them: not "10k jewellery boxes")
_K_KARATS_OF_GOODS: Final = re.compile(r"""
    (?<![\w.,£$€])
    (?P<number> 18|22|24 )
    (?P<unit> [kK] )
    (?=[ ](?:jewellery|jewelry|bullion)\b)
""", re.VERBOSE)
#: the words that bring a purity in karats to mind
_PURITY_WORDS: Final = frozenset(["gold", "carat", "karat", "carats", "karats", "ct",
                                  "jewellery", "jewelry", "bullion"])
#: the symbols of a bare purity, one of which a sentence of gold's price needs: "24K", "18ct"
_PURITY_SYMBOLS: Final = frozenset(["k", "kt", "ct"])
#: the purest gold has 24 parts in 24
_PURE: Final = 24
#: the purities a bare "k" may give, as jewellers stamp them ("14k"); "20k gold sovereigns"
#: are twenty thousand coins
_JEWELLERS_KARATS: Final = frozenset(["9", "10", "14", "18", "22", "24"])
#: a medal after gold: "the 10k gold medal" is won in a race over 10 km
_MEDAL: Final = re.compile(r"[ -](?:(?:white|yellow|rose|solid)[ -])?gold[ ]medals?\b")


def karat_claims(sentence: Sentence) -> List[Claim]:
    """Each purity of gold in the sentence, in karats."""
    if _PURITY_WORDS.isdisjoint(sentence.vocabulary) and (
            _PURITY_SYMBOLS.isdisjoint(sentence.vocabulary)
            or _GOLD_WORDS.isdisjoint(sentence.vocabulary)):
        return []  # the common case
    claims: List[Claim] = []
    found_all = list(_KARATS.finditer(sentence.text, *sentence.span)) \
        if "gold" in sentence.vocabulary else []
    found_all += [found for found in _KARATS_OF_A_THING.finditer(sentence.text, *sentence.span)
                  if found.group("number") in _JEWELLERS_KARATS
                  or found.group("unit").strip(" -").startswith("karat")]
    found_all += list(_K_KARATS_OF_GOODS.finditer(sentence.text, *sentence.span))
    if not _GOLD_WORDS.isdisjoint(sentence.vocabulary):
        taken = {found.start() for found in found_all}
        found_all += [found for found in _BARE_KARATS.finditer(sentence.text, *sentence.span)
                      if found.start() not in taken and _stands_alone(sentence, found.end())]
    for found in sorted(found_all, key=lambda f: f.start()):
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


def _stands_alone(sentence: Sentence, end: int) -> bool:
    """Whether no noun follows a bare purity, which would be what a thousand counts ("18k
    followers") or a gem a carat weighs ("a 2ct stone")."""
    if _IN_GOLD.match(sentence.text, end):
        return True  # "The ring is 14K in white gold", "9K to 18K gold" (but "raised 18K
        # in a week", "sold 10K in gold coins")
    following = sentence.after(end, 1)
    return not following or not following[0].text.isalpha() \
        or not following[0].text.islower() or following[0].lower in _JOINING_WORDS


#: "in" or "to" and gold, perhaps its colours or another purity between, no goods after:
#: " in white gold", " in both yellow and rose gold", " to 18K gold"
_IN_GOLD: Final = re.compile(
    r"[ ](?:in|to)[ ](?:(?:both|white|yellow|rose|red|green|solid|pure|and|or"
    r"|(?:9|10|14|18|22|24)[kK])[ ]){0,4}gold\b(?![ ][a-z]+s\b)")
#: words after a bare purity that begin a clause about it: "9ct is 37.5% gold", "18ct at
#: £36.50/g"
_JOINING_WORDS: Final = frozenset(["is", "was", "at", "and", "or", "per", "costs", "sells",
                                   "fetches", "trades", "vs", "versus", "than", "contains",
                                   "means"])
