"""Compound SI units as reference texts write them: products, quotients and powers of unit
symbols ("J/(mol·K)", "kg m^-3", "9.81 m/s²", "N·m", "1,650 cm⁻¹", "J g⁻¹ K⁻¹").

The unit lexicon reads one surface and one rate tail ("km/h", "mg/L"); ``unit_expression``
reads the rest of a formula: every factor must be a unit symbol, with an optional SI prefix
and power, joined by a middle dot, an asterisk, a slash (a bracketed group may follow it),
or a space before a factor raised to a power ("kg m^-3", not "5 kg apples").  pint names
the result, so "J/(mol·K)" is "joule / kelvin / mole" and "N·m" is "meter * newton".
A spaced single letter that the lexicon leaves bare ("5 A", "10 N") is a symbol here only
inside such a formula, where it cannot be a grade or a class.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, Optional, Tuple

#: a unit symbol, with an optional SI prefix: "m", "kJ", "MPa", "µmol", "kΩ"
_SYMBOL: Final = (r"(?:[pnµμumcdkMGT]?(?:mol|cd|Hz|Pa|Wb|lm|lx|Bq|Gy|Sv|eV|bar|min|sr"
                  r"|[mgsAKNJWCVFSTHLlΩ])|°C|h|yr)")  # (and "mm yr-1", "Gt yr⁻¹": a year)
#: a power after a symbol: "^2", "^-3", "**2", "²", "⁻¹", or a glued "2" or "-1"
_POWER: Final = r"(?:(?:\^|\*\*)[-−]?[0-9]|[⁻]?[¹²³⁴]|[-−]?[1-4](?![0-9]))"
_FACTOR: Final = rf"{_SYMBOL}(?:{_POWER})?(?![\w°])"
_POWERED: Final = rf"{_SYMBOL}{_POWER}(?![\w°])"
#: a powered length glued to kelvin, as a heat transfer coefficient's denominator writes it:
#: the "m²K" of "W/m²K", the "m2K" of "W/m2K"
_PER_KELVIN: Final = rf"{_SYMBOL}{_POWER}K(?![\w°])"
#: a whole formula: a factor, then factors after an operator, a bracketed denominator or a
#: space before a raised factor (at most six, so the match stays short)
_EXPRESSION: Final = re.compile(rf"""
    {_FACTOR}
    (?: (?: [·⋅*] {_FACTOR}
          | / (?: {_PER_KELVIN} | {_FACTOR}
                | \( (?: {_PER_KELVIN} | {_FACTOR} (?: [·⋅*] {_FACTOR} ){{0,3}} ) \) )
          | [ ] {_POWERED} ) ){{1,6}}
    | {_POWERED}
""", re.VERBOSE)
#: a quick test: something after the first symbol that only a formula has
_HINT: Final = re.compile(
    r"[^ ]{0,4}(?:[·⋅*^⁻¹²³⁴(]|[-−][1-4](?![0-9])|/[A-Za-zµμΩ]"
    r"|[ ][A-Za-zµμ]{1,3}(?:\^|[⁻¹²³]|[-−][1-4]))")

#: one symbol, a hyphen and a decimal: the middle of "1.1m-1.2m"
_RANGE_OF_LENGTHS: Final = re.compile(r"[A-Za-zµμ]{1,3}-[0-9](?=[0-9]*[.,][0-9])")

_SUPERSCRIPTS: Final = str.maketrans({"⁻": "-", "¹": "1", "²": "2", "³": "3", "⁴": "4",
                                      "−": "-", "μ": "µ"})


def unit_expression(text: str, start: int) -> Optional[Tuple[str, int]]:
    """(pint's name for the formula at ``start``, its end), or None when no formula with
    an operator or a power starts there.

    >>> unit_expression("8.314 J/(mol·K) is", 6)
    ('joule / kelvin / mole', 15)
    >>> unit_expression("1025 kg m^-3 of", 5)
    ('kilogram / meter ** 3', 12)
    >>> unit_expression("5 kg apples", 2) is None
    True
    """
    if not _HINT.match(text, start):
        return None
    found = _EXPRESSION.match(text, start)
    if found is None:
        return None
    end = found.end()
    while end > start and text[end - 1] in ". ":
        end -= 1
    ranged = _RANGE_OF_LENGTHS.match(text, start)
    if ranged is not None and ranged.end() >= end:
        return None  # "1.1m-1.2m tonnes": a range, no power (units.py leaves out "3 m-4 m")
    name = _pint_name(text[start:end])
    return (name, end) if name else None


_FIRST_SYMBOL: Final = re.compile(_SYMBOL)


def first_symbol(text: str, start: int) -> str:
    """The unit symbol that opens the formula at ``start``: "J" of "J/(mol·K)"."""
    found = _FIRST_SYMBOL.match(text, start)
    return found.group() if found is not None else ""


def symbol_unit(symbol: str) -> str:
    """pint's name for one symbol: "MT" is "megatesla", "cm" "centimeter"."""
    return _pint_name(symbol)


#: kelvin glued after a power: "m**2K"
_GLUED_KELVIN: Final = re.compile(r"(\*\*-?[0-9])K\b")
#: "mK" of a denominator: metre kelvin, as "W/mK" writes a thermal conductivity (no
#: millikelvin)
_METRE_KELVIN: Final = re.compile(r"\bmK\b")


@lru_cache(maxsize=512)
def _pint_name(formula: str) -> str:
    """pint's canonical spelling of ``formula``, or "" when pint cannot read it.  All that
    follows a single slash is the denominator, as "W/m·K" and "J/kg·K" mean it."""
    from factcheck.units import registry  # (pint loads only when a formula is met)
    spelled = formula.translate(_SUPERSCRIPTS).replace("·", "*").replace("⋅", "*")
    spelled = re.sub(r"([A-Za-zµΩ])\^?(-?[0-9])", r"\1**\2", spelled.replace("**", "^"))
    spelled = _GLUED_KELVIN.sub(r"\1*K", spelled.replace(" ", "*"))
    numerator, slash, denominator = spelled.partition("/")
    if slash and "/" not in denominator and "(" not in denominator:
        spelled = f"{numerator}/({_METRE_KELVIN.sub('m*K', denominator)})"
    try:
        return str(registry().parse_units(spelled))
    except Exception:  # pint raises several unrelated types for bad input
        return ""
