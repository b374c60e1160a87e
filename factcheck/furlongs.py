"""Distances of horse races in miles, furlongs and yards: "a 1m 2f maiden" is 10 furlongs,
"run over 4m 2½f" 34.5 furlongs, "1m 3f 219y" 2,639 yards (a mile is 8 furlongs, a furlong
220 yards), one claim in the smallest unit written.  A glued "m" alone stays metres or
millions; furlongs alone ("won over 7f") count only where the sentence speaks of racing.
"Over" before such a distance is the course run, no bound ("won over 1m 4f")."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List

from factcheck import lexicon
from factcheck.claims import Claim
from factcheck.sentence import Sentence, finish_claim

#: miles with furlongs or yards after them, or furlongs alone: "1m 2f", "4m 2½f", "2m 3f 148y",
#: "7f", "5½f"
_DISTANCE: Final = re.compile(r"""
    (?<![\w.,/$\N{POUND SIGN}\N{EURO SIGN}-])
    (?: (?P<miles>[1-4]) m
        (?: [ ]? (?P<furlongs>[1-7]?) (?P<half>\N{VULGAR FRACTION ONE HALF})? f )?
        (?: [ ]? (?P<yards>[0-9]{1,3}) y (?:ds?)? )?
      | (?P<only>[5-9]|1[0-9]|2[0-9]) (?P<only_half>\N{VULGAR FRACTION ONE HALF})? f )
    (?![\w])
""", re.VERBOSE)
#: what every distance holds, a digit glued to its "m" or "f": a quick miss, as this search
#: skips to each digit (a look-behind before the digit, as _DISTANCE opens with, makes the
#: engine try every position)
_HINT: Final = re.compile(r"[0-9]\N{VULGAR FRACTION ONE HALF}?[mf]")
#: words of horse racing, beside which furlongs alone are a distance (grammar_words.txt)
_RACING_WORDS: Final = lexicon.word_sections("grammar_words.txt")["racing_words"]
_FURLONG_YARDS: Final = 220
_MILE_FURLONGS: Final = 8
_HALF: Final = Decimal("0.5")


def furlong_claims(sentence: Sentence) -> List[Claim]:
    """Each race distance of the sentence in furlongs, or in yards when yards are written."""
    start, end = sentence.span
    if _HINT.search(sentence.text, start, end) is None:
        return []  # the common case: no digit glued to an "m" or an "f"
    racing = not sentence.vocabulary.isdisjoint(_RACING_WORDS)
    claims: List[Claim] = []
    for found in _DISTANCE.finditer(sentence.text, start, end):
        if found.group("only") is not None:
            if not racing:
                continue
            furlongs = Decimal(found.group("only")) + (_HALF if found.group("only_half") else 0)
            claims.append(_claim(sentence, found, furlongs, "furlong", "f"))
            continue
        if found.group("furlongs") is None and found.group("half") is None \
                and (found.group("yards") is None or not racing):
            continue  # "1m" alone: metres or millions, read elsewhere; "3m 5y" needs racing
        furlongs = Decimal(found.group("miles")) * _MILE_FURLONGS \
            + Decimal(found.group("furlongs") or 0) + (_HALF if found.group("half") else 0)
        if found.group("yards") is not None:
            yards = furlongs * _FURLONG_YARDS + Decimal(found.group("yards"))
            claims.append(_claim(sentence, found, yards, "yard", "y"))
        else:
            claims.append(_claim(sentence, found, furlongs, "furlong", "f"))
    return claims


def _claim(sentence: Sentence, found: "re.Match[str]", value: Decimal, unit: str,
           unit_text: str) -> Claim:
    halves = "\N{VULGAR FRACTION ONE HALF}" in found.group()
    return finish_claim(sentence, start=found.start(), end=found.end(), low=value, high=value,
                        kind="point", qualifier="", precision=_HALF if halves else Decimal(1),
                        unit=unit, dimension="length", unit_text=unit_text)
