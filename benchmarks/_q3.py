"""quantulum3 as a benchmark contestant: its quantities in the scorer's prediction format.

The adapter is meant to be fair to quantulum3 (0.10.0, no classifier) and follows the
conventions of the shared benchmark README:

- a quantity with an ``uncertainty`` is a range ``value - uncertainty .. value +
  uncertainty`` (quantulum3 reports "between 5 and 6 kg" as 5.5 ± 0.5); any other
  quantity is a point ``low == high == value``;
- money keeps quantulum3's own ISO 4217 ``currency_code`` when it has one; other units
  (including currency names without a code, such as "cent") go through the scorer's
  ``canon_unit``, which maps currency words to codes, "percentage" to "percent",
  "kilometre per hour" to pint's "kilometer / hour" and so on;
- quantulum3's "dimensionless" is the bare number "".

quantulum3 has no notion of one-sided bounds, so it never predicts "lower"/"upper"; that
is a limit of the tool, not of the adapter.
"""
from __future__ import annotations

import warnings
from typing import Callable, Dict, List, Optional

with warnings.catch_warnings():
    # quantulum3 warns at import that the optional scikit-learn classifier is absent;
    # the benchmark runs it without the classifier on purpose.
    warnings.simplefilter("ignore")
    from quantulum3 import parser as _q3_parser

import quantulum3

VERSION = getattr(quantulum3, "__version__", "") or "0.10.0"


def q3_unit(quantity, canon_unit: Callable[[str], str]) -> str:
    """The benchmark unit for one quantulum3 quantity."""
    unit = quantity.unit
    if getattr(unit, "currency_code", None):
        return unit.currency_code
    if unit.name == "dimensionless":
        return ""
    return canon_unit(unit.name)


def q3_bounds(quantity) -> "tuple[Optional[float], Optional[float]]":
    """``(low, high)`` for one quantulum3 quantity: value ± uncertainty, or a point."""
    value = float(quantity.value)
    spread = quantity.uncertainty
    if spread:
        return value - float(spread), value + float(spread)
    return value, value


def q3_predictions(text: str, canon_unit: Callable[[str], str]) -> List[Dict]:
    """Parse ``text`` with quantulum3 and return scorer-format quantities."""
    out = []
    for quantity in parse_quantities(text):
        low, high = q3_bounds(quantity)
        out.append({"span": list(quantity.span), "low": low, "high": high,
                    "unit": q3_unit(quantity, canon_unit),
                    "surface": quantity.surface})
    return out


def parse_quantities(text: str):
    """quantulum3's raw parse, with its import-time and per-call warnings silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _q3_parser.parse(text)
