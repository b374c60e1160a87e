"""Intervals of numbers: what a claim's words allow, what a row states, how they relate.

A claim is compared with a reference row as two intervals (``docs/checking.md``,
sections 2 and 3): :func:`claim_interval` reads the values the claim's words allow
(stated precision, hedges, bounds, ranges, vague amounts), :func:`reference_interval`
the row's value to its written decimals, :func:`converted` moves an interval to
another unit, and :func:`relate` says whether the claim lies within, overlaps, or is
above or below the row.  Intervals print in a notation :func:`parse_interval` reads
back, so that a verdict's explanation can be replayed.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Dict, Optional, Tuple

from factcheck.claims import Claim, ReferenceRow
from factcheck.lexicon import hedge_table

DEFAULT_TOLERANCE = Decimal("0.10")
#: relations between claim and reference that support the claim
SUPPORTING = ("within", "overlaps")
#: a claim this many times larger or smaller than the row is taken for a wrong match
IMPLAUSIBLE = 50
INFINITY = "inf"


@dataclass(frozen=True)
class Interval:
    """A set of numbers; ``low`` or ``high`` None means unbounded on that side."""

    low: Optional[Decimal]
    high: Optional[Decimal]
    low_open: bool = False
    high_open: bool = False

    def __str__(self) -> str:
        """Interval notation that :func:`parse_interval` reads back.

        >>> str(Interval(Decimal(2500), Decimal(3500), high_open=True))
        '[2500, 3500)'
        >>> str(Interval(Decimal(3000), None, low_open=True))
        '(3000, inf)'
        """
        low = "-" + INFINITY if self.low is None else number_text(self.low)
        high = INFINITY if self.high is None else number_text(self.high)
        left = "(" if self.low is None or self.low_open else "["
        right = ")" if self.high is None or self.high_open else "]"
        return f"{left}{low}, {high}{right}"


def number_text(value: Decimal) -> str:
    """A Decimal written out in full, without exponent or trailing zeros.

    >>> number_text(Decimal("2.5E+3")), number_text(Decimal("270.00")), number_text(Decimal("0.10"))
    ('2500', '270', '0.1')
    """
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def parse_interval(text: str) -> Interval:
    """Read back what ``str(Interval)`` wrote.

    >>> parse_interval("[2500, 3500)") == Interval(Decimal(2500), Decimal(3500), False, True)
    True
    >>> parse_interval("(-inf, 3000]")
    Interval(low=None, high=Decimal('3000'), low_open=False, high_open=False)
    """
    left, right = text[0], text[-1]
    low_text, _, high_text = text[1:-1].partition(", ")
    low = None if low_text == "-" + INFINITY else Decimal(low_text)
    high = None if high_text == INFINITY else Decimal(high_text)
    return Interval(low, high, left == "(" and low is not None, right == ")" and high is not None)


def implied_step(value: Decimal) -> Decimal:
    """The step of the last significant digit of a number as written.

    Trailing zeros of a whole number are not significant (statcheck's reading
    of "3,000"); written decimals are.

    >>> [number_text(implied_step(Decimal(v))) for v in ("3000", "2960", "600", "2.5", "0")]
    ['1000', '10', '100', '0.1', '1']
    >>> str(implied_step(Decimal("2.50")))
    '0.01'
    """
    _, digits, exponent = value.as_tuple()
    if value == 0 or not isinstance(exponent, int):
        return Decimal(1)
    if exponent < 0:
        return Decimal(1).scaleb(exponent)
    zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return Decimal(1).scaleb(exponent + zeros)


def claim_step(claim: Claim, value: Decimal) -> Decimal:
    """The rounding step of a claim's point value: its stated precision if known."""
    if claim.precision is not None and claim.precision > 0:
        return claim.precision
    return implied_step(value)


def is_hedged(claim: Claim) -> bool:
    """Whether the claim's words make it approximate ("about", "nearly", "some").

    >>> from decimal import Decimal as D
    >>> is_hedged(Claim("about 5", (0, 7), D(5), D(5), D(5), kind="approx"))
    True
    >>> is_hedged(Claim("about 5 to 6", (0, 12), None, D(5), D(6), kind="range", qualifier="about"))
    True
    """
    if claim.kind == "approx" or claim.below:
        return True
    meaning = _hedges().get(tuple(claim.qualifier.split()))
    return meaning is not None and meaning.kind == "approx"


@lru_cache(maxsize=None)
def _hedges() -> Dict[Tuple[str, ...], Any]:
    return hedge_table("hedges.txt")


def _spread(value: Decimal, tolerance: Decimal) -> Tuple[Decimal, Decimal]:
    spread = abs(value) * tolerance
    return value - spread, value + spread


def claim_interval(claim: Claim, tolerance: Decimal = DEFAULT_TOLERANCE) -> Interval:
    """The values a claim's words allow, in the claim's own unit.

    A stated number stands for every value that rounds to it, both ends
    included: "1.76 million" is consistent with 1,765,000, which rounds to it
    half-to-even.  Bounds include their number even when the words exclude it ("more than
    16,000" against a source's 16,000): writers round a bound from the very
    figure the reference holds, so equality is no evidence of error.

    >>> from decimal import Decimal as D
    >>> str(claim_interval(Claim("3,000", (0, 5), D(3000), D(3000), D(3000), precision=D(1000))))
    '[2500, 3500]'
    >>> str(claim_interval(Claim("about 40", (0, 8), D(40), D(40), D(40), kind="approx")))
    '[35, 45]'
    >>> str(claim_interval(Claim("nearly 40", (0, 9), D(40), D(40), D(40), kind="approx",
    ...                          below=True)))
    '[36, 40]'
    >>> str(claim_interval(Claim("more than 5", (0, 11), None, D(5), None, kind="lower",
    ...                          strict=True)))
    '[5, inf)'
    >>> str(claim_interval(Claim("up to 3,000", (0, 11), None, None, D(3000), kind="upper")))
    '(-inf, 3000]'
    >>> str(claim_interval(Claim("600 to 3,000", (0, 12), None, D(600), D(3000), kind="range")))
    '[550, 3500]'
    """
    if claim.vague:
        return Interval(claim.low, claim.high, False, claim.high is not None and claim.strict)
    if claim.kind == "lower" and claim.low is not None:
        return Interval(claim.low, None, False, True)
    if claim.kind == "upper" and claim.high is not None:
        return Interval(None, claim.high, True, False)
    if claim.kind == "range" and claim.low is not None and claim.high is not None:
        low = claim.low - implied_step(claim.low) / 2
        high = claim.high + implied_step(claim.high) / 2
        if is_hedged(claim):
            low = min(low, _spread(claim.low, tolerance)[0])
            high = max(high, _spread(claim.high, tolerance)[1])
        return Interval(low, high)
    value = point_value(claim)
    assert value is not None
    half = claim_step(claim, value) / 2
    if claim.below:
        return Interval(_spread(value, tolerance)[0], value)
    low, high = value - half, value + half
    if is_hedged(claim):
        wide = _spread(value, tolerance)
        if wide[0] <= low:
            low = wide[0]
        if wide[1] >= high:
            high = wide[1]
    return Interval(low, high)


def point_value(claim: Claim) -> Optional[Decimal]:
    """The single number a claim states: its value, else its only bound."""
    if claim.value is not None:
        return claim.value
    if claim.low is not None and claim.high is not None and claim.low == claim.high:
        return claim.low
    return claim.low if claim.high is None else claim.high if claim.low is None else None


def reference_interval(row: ReferenceRow) -> Interval:
    """The values a reference row allows: its value to its written decimals, or its range.

    >>> from decimal import Decimal as D
    >>> str(reference_interval(ReferenceRow("r", "s", D("2960"), None, None)))
    '[2960, 2960]'
    >>> str(reference_interval(ReferenceRow("r", "s", D("2.5"), None, None)))
    '(2.45, 2.55)'
    >>> str(reference_interval(ReferenceRow("r", "s", None, D(600), D(3000))))
    '[600, 3000]'
    >>> str(reference_interval(ReferenceRow("r", "s", None, D(600), None)))
    '[600, inf)'
    """
    if row.value is not None:
        _, _, exponent = row.value.as_tuple()
        if isinstance(exponent, int) and exponent < 0:
            half = Decimal(1).scaleb(exponent) / 2
            # open: a value exactly half a step away would be written otherwise
            return Interval(row.value - half, row.value + half, True, True)
        return Interval(row.value, row.value)
    return Interval(row.low, row.high)


def _below(a: Interval, b: Interval) -> bool:
    """Whether every number of ``a`` is less than every number of ``b``."""
    if a.high is None or b.low is None:
        return False
    return a.high < b.low or (a.high == b.low and (a.high_open or b.low_open))


def _contains(outer: Interval, inner: Interval) -> bool:
    low_ok = outer.low is None or (inner.low is not None and (
        inner.low > outer.low or (inner.low == outer.low and (not outer.low_open
                                                              or inner.low_open))))
    high_ok = outer.high is None or (inner.high is not None and (
        inner.high < outer.high or (inner.high == outer.high and (not outer.high_open
                                                                  or inner.high_open))))
    return low_ok and high_ok


def relate(claimed: Interval, reference: Interval) -> str:
    """How the claim's interval sits against the reference's.

    "within": the reference lies inside the claim; "overlaps": they share
    values; "above": the claim is entirely above (overstated); "below": under.

    >>> D = Decimal
    >>> relate(Interval(D(2500), D(3500), False, True), Interval(D(2960), D(2960)))
    'within'
    >>> relate(Interval(D(2500), D(3500), False, True), Interval(D(3500), D(3500)))
    'below'
    >>> relate(Interval(D(3000), None, True, True), Interval(D(600), D(3000)))
    'above'
    >>> relate(Interval(D(1000), D(2000)), Interval(D(600), D(3000)))
    'overlaps'
    """
    if _below(claimed, reference):
        return "below"
    if _below(reference, claimed):
        return "above"
    if _contains(claimed, reference):
        return "within"
    return "overlaps"


def implausible(claimed: Interval, reference: Interval) -> bool:
    """Whether the two intervals are so far apart the row cannot be what the claim means.

    A figure off by more than IMPLAUSIBLE times ("fares below €10" against a
    €9 billion construction cost) is a wrong match far more often than a wrong
    figure, and a false alarm costs more than a missed one.

    >>> D = Decimal
    >>> implausible(Interval(None, D(10), True, True), Interval(D(9e9), D(9e9)))
    True
    >>> implausible(Interval(D(2500), D(3500)), Interval(D(600), D(2000)))
    False
    """
    ends = [abs(x) for x in (claimed.low, claimed.high) if x is not None and x != 0]
    refs = [abs(x) for x in (reference.low, reference.high) if x is not None and x != 0]
    if not ends or not refs:
        return False
    ratio = max(max(ends) / min(refs), max(refs) / min(ends))
    near = min(max(e, r) / min(e, r) for e in ends for r in refs)
    return near > IMPLAUSIBLE and ratio > IMPLAUSIBLE


def status_of(relation: str) -> str:
    """The verdict status a relation gives."""
    return "supported" if relation in SUPPORTING else "contradicted"


def converted(interval: Interval, from_unit: str, to_unit: str, *,
              difference: bool = False) -> Interval:
    """``interval`` expressed in ``to_unit`` (ends converted, order kept).

    With ``difference`` the numbers are differences, so a scale's offset drops
    out: a warming of 1.8 °F is one of 1 °C, not -16.8 °C.

    >>> D = Decimal
    >>> str(converted(Interval(D("1.8"), D("1.8")), "degree_Fahrenheit", "degree_Celsius",
    ...               difference=True))
    '[1, 1]'
    """
    from factcheck import units

    def one(x: Decimal) -> Decimal:
        value = units.convert(x, from_unit, to_unit)
        if difference:
            value -= units.convert(Decimal(0), from_unit, to_unit)
        return value.quantize(Decimal("1E-12")).normalize() if difference else value
    low = None if interval.low is None else one(interval.low)
    high = None if interval.high is None else one(interval.high)
    if low is not None and high is not None and low > high:
        return Interval(high, low, interval.high_open, interval.low_open)
    return Interval(low, high, interval.low_open, interval.high_open)


def scaled(interval: Interval, factor: Decimal) -> Interval:
    """``interval`` times a positive ``factor``: "3.8 per 1,000" is 380 per 100,000.

    >>> str(scaled(Interval(Decimal("3.75"), Decimal("3.85")), Decimal(100)))
    '[375, 385]'
    """
    return Interval(None if interval.low is None else interval.low * factor,
                    None if interval.high is None else interval.high * factor,
                    interval.low_open, interval.high_open)


def difference(claimed: Interval, reference: Interval, claim_value: Optional[Decimal]) -> \
        Optional[float]:
    """Signed relative difference (claim - reference) / |reference| between nearest ends."""
    if reference.low is not None and claimed.low is not None and reference.high is not None \
            and claimed.low > reference.high:
        ref, said = reference.high, claimed.low
    elif reference.high is not None and claimed.high is not None and reference.low is not None \
            and claimed.high < reference.low:
        ref, said = reference.low, claimed.high
    elif reference.high is not None and claimed.low is not None and claimed.low > reference.high:
        ref, said = reference.high, claimed.low
    elif reference.low is not None and claimed.high is not None and claimed.high < reference.low:
        ref, said = reference.low, claimed.high
    else:
        return None
    if claim_value is not None and claimed.low is not None and claimed.high is not None \
            and claimed.low <= claim_value <= claimed.high:
        said = claim_value
    if ref == 0:
        return None
    return float((said - ref) / abs(ref))
