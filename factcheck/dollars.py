"""Which dollar a bare "$" means: the currency of the one dollar country a text names.

"Toronto council approved a $4.2 million budget" is 4,200,000 CAD; a text that names the
United States too, or no dollar country, keeps USD.  The places are data
(``data/dollar_places.txt``).  Only claims whose marker is a bare "$", the word
"dollars" or cents change; "US$", "C$" and "A$" already say which dollar they are.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from factcheck.claims import Claim
from factcheck.lexicon import alternation, data_lines

#: the markers that leave the dollar to the setting
BARE_DOLLARS = frozenset(["$", "dollar", "dollars", "cent", "cents", "c", "\N{CENT SIGN}"])


@lru_cache(maxsize=None)
def _places() -> Tuple["re.Pattern[str]", Dict[str, str]]:
    """One regex for every place name, and each name's currency code."""
    codes: Dict[str, str] = {}
    code = ""
    for line in data_lines("dollar_places.txt"):
        if line.startswith("[") and line.endswith("]"):
            code = line[1:-1]
            continue
        for name in line.split(" | "):
            codes[name.strip()] = code
    names = sorted(codes, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    return pattern, codes


#: a dollar with a country prefix: a text that writes one keeps "$" for the US dollar
_PREFIXED_DOLLAR = re.compile(r"(?<![^\W\d_])(?:US|U\.S\.|C|CA|CAN|A|AU|NZ|S|HK|NT)\s?\$")
#: a "$" in brackets after an amount: the wire's conversion into US dollars, "($7.5 million)"
_CONVERSION = re.compile(
    r"\(\s*(?:" + alternation("grammar_words.txt", "restating_hedges") + r"\s+)?\Z")
#: commodities priced in US dollars the world over: "$52 a barrel", "$2,300 an ounce"
_WORLD_PRICES = frozenset(["barrel", "ounce", "troy_ounce", "bushel", "mmbtu"])


def setting_currency(text: str) -> Optional[str]:
    """The code of the one dollar country ``text`` names, unless that is the United States.

    >>> setting_currency("Toronto council approved the budget."), setting_currency("In Ohio.")
    ('CAD', None)
    >>> setting_currency("Canada and the US agreed."), setting_currency("No place here.")
    (None, None)
    >>> setting_currency("Toronto's budget is C$5 billion.") is None
    True
    """
    if _PREFIXED_DOLLAR.search(text):
        return None
    pattern, codes = _places()
    found = {codes[m.group()] for m in pattern.finditer(text)}
    if len(found) != 1:
        return None
    code = found.pop()
    return None if code == "USD" else code


def localise_dollars(claims: List[Claim], text: str) -> List[Claim]:
    """Claims with a bare "$" in the currency of the text's setting (see the module doc)."""
    local = [_local(c, text) for c in claims]
    if not any(local):
        return claims  # the common case: no bare dollar, no scan of the text
    code = setting_currency(text)
    if code is None:
        return claims
    return [dataclasses.replace(c, unit=code + c.unit[3:]) if is_local else c
            for c, is_local in zip(claims, local)]


def _local(claim: Claim, text: str) -> bool:
    """A bare dollar that the setting may make local: not a bracketed conversion, not a
    world commodity price."""
    marker = claim.unit_text.lower().split(" ", 1)[0]  # "cents a litre": the marker first
    if marker not in BARE_DOLLARS or not claim.unit.startswith("USD"):
        return False
    if claim.unit.rpartition(" / ")[2] in _WORLD_PRICES:
        return False
    return _CONVERSION.search(text, max(0, claim.span[0] - 12), claim.span[0]) is None
