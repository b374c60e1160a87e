"""Check claims against a reference table: match a row, compare intervals, explain.

The pipeline for one claim, in :func:`verdict_for`:

1. ``match = index.match(claim, sentence)`` (see :mod:`factcheck.match`);
   no row, or two equally good ones, makes the claim ``unverifiable``;
2. money in another currency is never converted (``unverifiable``, "currency");
3. ``claimed = claim_interval(claim, tolerance)``: the values the claim's words
   allow (stated precision, hedges, bounds, ranges, vague amounts), then
   converted to the row's unit with :func:`factcheck.units.convert`;
4. ``reference = reference_interval(row)``: the row's value (with its written
   decimals) or its range;
5. ``relation = relate(claimed, reference)``: "within" or "overlaps" means
   ``supported``; "above" (the claim says more) or "below" means
   ``contradicted``, overstated or understated.

Every verdict carries these steps as ``ExplanationStep`` records, and
:func:`replay` re-derives the status from them alone.  The rules, with
examples, are written down in ``docs/checking.md``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
import re
from typing import Any, Dict, FrozenSet, List, Optional, Sequence, Tuple, Union

from factcheck.claims import Claim, ExplanationStep, ReferenceRow, Verdict
from factcheck.errors import UnitError
from factcheck.lexicon import data_lines, hedge_table
from factcheck.match import (Match, ReferenceIndex, WrittenBefore, previous_sentence,
                             latest_year_before, rate_fit, rate_numerator_converts,
                             words_first_seen)

DEFAULT_TOLERANCE = Decimal("0.10")

#: explanation actions that end a check before any comparison, with the reason they give
UNVERIFIABLE_ACTIONS = {"no_match": "no_match", "ambiguous": "ambiguous",
                        "incompatible_unit": "incompatible_unit", "currency": "currency"}
#: relations between claim and reference that support the claim
SUPPORTING = ("within", "overlaps")
#: the claim's own sentence must cover this share of a row (Match.local) to contradict it
CONTRADICT_MIN_SCORE = 0.4
#: a claim this many times larger or smaller than the row is taken for a wrong match
IMPLAUSIBLE = 50
INFINITY = "inf"
_WORDS = re.compile(r"[^\W\d_]+")

ReferenceArg = Union[Any, str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]]


# --- intervals --------------------------------------------------------------

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


# --- units ------------------------------------------------------------------

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


@lru_cache(maxsize=None)
def _difference_words() -> FrozenSet[str]:
    return frozenset(w for line in data_lines("check_difference_words.txt") for w in line.split())


def is_temperature_difference(claim: Claim, row: ReferenceRow, sentence: str) -> bool:
    """Whether a temperature claim and row state a difference (warming), not readings.

    Only then is °F converted to °C without the offset (``data/check_difference_words.txt``).

    >>> from decimal import Decimal as D
    >>> c = Claim("2.8°F", (0, 5), D("2.8"), D("2.8"), D("2.8"), unit="degree_Fahrenheit",
    ...           dimension="temperature")
    >>> r = ReferenceRow("w", "Global temperature above pre-industrial levels", D("1.55"), None,
    ...                  None, unit="degree_Celsius", dimension="temperature")
    >>> is_temperature_difference(c, r, "That is about 2.8°F.")
    True
    >>> is_temperature_difference(c, ReferenceRow("t", "Hottest day", D(40), None, None,
    ...     unit="degree_Celsius", dimension="temperature"), "It hit 104°F.")
    False
    """
    if claim.dimension != "temperature" or row.dimension != "temperature":
        return False
    words = _WORDS.findall(f"{row.subject} {sentence}".lower())
    return not _difference_words().isdisjoint(words)


def needs_conversion(claim: Claim, row: ReferenceRow) -> bool:
    """Whether the claim's number must be converted to compare it with the row."""
    if claim.unit == row.unit or not claim.unit or not row.unit:
        return False
    if rate_fit(claim, row):
        return rate_numerator_converts(claim, row)
    return "count" not in (claim.dimension, row.dimension)


def compared_unit(claim: Claim, row: ReferenceRow) -> str:
    """The claim's unit as compared with the row: the numerator of a rate the row's words
    state or leave unsaid ("gallon" of "gallon / person" against a row in litres)."""
    if rate_fit(claim, row):
        return claim.unit.split(" / ")[0]
    return claim.unit


# --- verdicts ---------------------------------------------------------------

def _row_place(row: ReferenceRow) -> str:
    return row.location or row.id


def _row_figure(row: ReferenceRow) -> str:
    unit = f" {row.unit}" if row.unit else ""
    if row.value is not None:
        return number_text(row.value) + unit
    if row.low is not None and row.high is not None:
        return f"{number_text(row.low)}\N{EN DASH}{number_text(row.high)}{unit}"
    if row.low is not None:
        return f"\N{GREATER-THAN OR EQUAL TO} {number_text(row.low)}{unit}"
    if row.high is not None:
        return f"\N{LESS-THAN OR EQUAL TO} {number_text(row.high)}{unit}"
    return "no value"


def _row_credit(row: ReferenceRow) -> str:
    parts = [p for p in (row.source, row.as_of) if p]
    return f" ({', '.join(parts)})" if parts else ""


def _allows(claimed: Interval) -> str:
    """What a claim interval allows, in words.

    >>> _allows(Interval(None, Decimal(3000)))
    'allows ≤ 3000'
    >>> _allows(Interval(Decimal(2500), Decimal(3500), high_open=True))
    'allows 2500–3500'
    """
    if claimed.low is None and claimed.high is not None:
        sign = "<" if claimed.high_open else "\N{LESS-THAN OR EQUAL TO}"
        return f"allows {sign} {number_text(claimed.high)}"
    if claimed.high is None and claimed.low is not None:
        sign = ">" if claimed.low_open else "\N{GREATER-THAN OR EQUAL TO}"
        return f"allows {sign} {number_text(claimed.low)}"
    if claimed.low is None or claimed.high is None:
        return "allows any value"
    return f"allows {number_text(claimed.low)}\N{EN DASH}{number_text(claimed.high)}"


RELATION_WORDS = {"within": "lies within", "overlaps": "overlaps it",
                  "above": "lies below", "below": "lies above"}


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


def unverifiable(claim: Claim, reason: str, steps: List[ExplanationStep], summary: str,
                 match: Optional[Match] = None) -> Verdict:
    candidates = tuple(c.row for c in match.candidates) if match and reason == "ambiguous" else ()
    reference = None
    if match is not None and reason == "currency":
        reference = match.row
    return Verdict(claim, "unverifiable", reason, reference, candidates, None, tuple(steps),
                   summary + " \N{RIGHTWARDS ARROW} unverifiable")


def is_signed_fall(claim: Claim, reference: Interval) -> bool:
    """Whether the claim is the size of a fall ("shrank by 0.2%") and the row writes
    changes with their sign (a growth row of -0.2, nothing above zero).

    >>> from factcheck.claims import Change
    >>> fall = Claim("0.2%", (0, 4), Decimal("0.2"), Decimal("0.2"), Decimal("0.2"),
    ...              unit="percent", change=Change("down", "delta"))
    >>> is_signed_fall(fall, Interval(Decimal("-0.25"), Decimal("-0.15")))
    True
    >>> is_signed_fall(fall, Interval(Decimal("0.2"), Decimal("0.2")))
    False
    """
    return (claim.change is not None and claim.change.role == "delta"
            and claim.change.direction == "down" and reference.high is not None
            and reference.high <= 0 and (claim.low is None or claim.low >= 0))


def negated(interval: Interval) -> Interval:
    """The interval of the negated numbers: [0.15, 0.25] becomes [-0.25, -0.15]."""
    return Interval(None if interval.high is None else -interval.high,
                    None if interval.low is None else -interval.low,
                    interval.high_open, interval.low_open)


def no_evidence_against(match: Match, claimed: Interval, reference: Interval) -> \
        Optional[Tuple[str, str]]:
    """Why a row that disagrees with a claim is no evidence against it, or None.

    The guards against false alarms, in order (``docs/checking.md`` section 4):
    an implausible gap, a weak match of the claim's own sentence, a row of
    another year, a future claim against an ordinary row.  Returns the
    explanation step's detail and the end of the summary.
    """
    row = match.row
    assert row is not None
    if implausible(claimed, reference):
        return (f"values differ more than {IMPLAUSIBLE}-fold",
                f"and reference {row.id} differ more than {IMPLAUSIBLE}-fold, so the row is "
                f"probably about something else")
    if match.local < CONTRADICT_MIN_SCORE:
        return (f"the sentence covers {match.local:.2f} of the row, below the "
                f"{CONTRADICT_MIN_SCORE} needed to contradict",
                f"disagrees with {row.id}, but its sentence matches the row too weakly "
                f"({match.local:.2f}) to call the claim wrong")
    if match.other_year:
        return ("the row is dated in a year the sentence does not name",
                f"disagrees with {row.id}, but the row is dated {row.as_of}, a year the "
                f"sentence does not name")
    if match.future:
        return ("the claim speaks of the future and the row is no prediction or target",
                f"disagrees with {row.id}, but it says what will be and the row what was")
    if not match.says_what:
        return ("the sentence shares only names and change words with the row",
                f"disagrees with {row.id}, but its sentence names only where and which way, "
                f"not what the row measures")
    return None


def verdict_for(claim: Claim, match: Match, tolerance: Decimal, *, sentence: str = "") -> Verdict:
    """Compare one claim with the row it matched, or say why it cannot be checked.

    ``sentence`` is the claim's sentence: it tells whether temperatures are differences.
    """
    quoted = f"'{claim.text}'"
    if match.row is None:
        listed = ", ".join(f"{c.row.id} ({c.score:.2f})" for c in match.candidates)
        if match.reason == "ambiguous":
            steps = [ExplanationStep("ambiguous", listed)]
            return unverifiable(claim, "ambiguous", steps,
                                f"claim {quoted} matches rows {listed} equally well", match)
        if match.reason == "incompatible_unit":
            row = match.candidates[0].row
            steps = [ExplanationStep("incompatible_unit",
                                     f"{claim.unit or 'no unit'} vs {row.unit or 'no unit'}")]
            return unverifiable(claim, "incompatible_unit", steps,
                                f"claim {quoted} is in {claim.unit or 'no unit'}; the row "
                                f"about it, {row.id}, is in {row.unit or 'no unit'}", match)
        steps = [ExplanationStep("no_match", f"best score {match.score:.2f}")]
        return unverifiable(claim, "no_match", steps,
                            f"no reference row matches claim {quoted}", match)
    row = match.row
    steps = [ExplanationStep("match_row", _row_place(row))]
    if match.tie_break:
        steps.append(ExplanationStep("tie_break", match.tie_break))
    own_unit = compared_unit(claim, row)  # a rate's numerator: "$63 a month" is in USD
    if own_unit != row.unit and row.dimension == "currency" and (
            claim.dimension == "currency" or own_unit != claim.unit):
        steps.append(ExplanationStep("currency", f"{own_unit} vs {row.unit}"))
        return unverifiable(claim, "currency", steps,
                            f"claim {quoted} is in {own_unit}, reference {row.id} in "
                            f"{row.unit}; currencies are never converted", match)
    row_tolerance = row.tolerance if row.tolerance is not None else tolerance
    claimed = claim_interval(claim, row_tolerance)
    if needs_conversion(claim, row):
        as_difference = is_temperature_difference(claim, row, sentence)
        try:
            claimed = converted(claimed, own_unit, row.unit, difference=as_difference)
        except UnitError:
            steps.append(ExplanationStep("incompatible_unit", f"{claim.unit} vs {row.unit}"))
            return unverifiable(claim, "incompatible_unit", steps,
                                f"claim {quoted} in {claim.unit} cannot be compared with "
                                f"{row.id} in {row.unit}", match)
        steps.append(ExplanationStep("convert", f"{own_unit}\N{RIGHTWARDS ARROW}{row.unit}"
                                     + (" (a difference)" if as_difference else "")))
    per = rate_fit(claim, row)
    if per:
        steps.append(ExplanationStep("per", f"{claim.unit} against {row.unit}: the row's words "
                                            + ("state the same denominator" if per == "stated"
                                               else "name no denominator")))
    reference = reference_interval(row)
    if is_signed_fall(claim, reference):
        claimed = negated(claimed)
        steps.append(ExplanationStep("sign", "a fall against a row that writes falls as "
                                             "negative numbers"))
    relation = relate(claimed, reference)
    steps += [ExplanationStep("claim_interval", str(claimed)),
              ExplanationStep("reference_interval", str(reference)),
              ExplanationStep("compare", relation)]
    guard = no_evidence_against(match, claimed, reference) \
        if relation in ("above", "below") else None
    if guard is None and per == "unstated" and relation in ("above", "below"):
        guard = ("the row names no denominator", f"is per {claim.unit.split(' / ')[1]}, and "
                 f"{row.id} does not say what it counts per, so it cannot disprove it")
    if guard is not None:
        detail, why = guard
        steps.append(ExplanationStep("no_match", detail))
        return unverifiable(claim, "no_match", steps, f"claim {quoted} {why}", match)
    status = status_of(relation)
    reason = ""
    diff = None
    if status == "contradicted":
        reason = "overstated" if relation == "above" else "understated"
        value = point_value(claim)
        if value is not None and needs_conversion(claim, row):
            value = None
        diff = difference(claimed, reference, value)
    converted_note = f" (in {row.unit})" if needs_conversion(claim, row) else ""
    summary = (f"claim {quoted} {_allows(claimed)}{converted_note}; reference "
               f"{_row_figure(row)}{_row_credit(row)} {RELATION_WORDS[relation]} "
               f"\N{RIGHTWARDS ARROW} {status}")
    if reason:
        summary += f" ({reason}" + (f" by {abs(diff):.1%})" if diff is not None else ")")
    return Verdict(claim, status, reason, row, (), diff, tuple(steps), summary)


def replay(verdict: Verdict) -> str:
    """Re-derive a verdict's status from its explanation steps alone.

    >>> from decimal import Decimal as D
    >>> c = Claim("3,000", (0, 5), D(3000), D(3000), D(3000))
    >>> v = Verdict(c, "supported", explanation=(ExplanationStep("match_row", "f.csv:2"),
    ...     ExplanationStep("claim_interval", "[2500, 3500)"),
    ...     ExplanationStep("reference_interval", "[2960, 2960]"),
    ...     ExplanationStep("compare", "within")))
    >>> replay(v)
    'supported'
    """
    intervals: Dict[str, Interval] = {}
    for step in verdict.explanation:
        if step.action in UNVERIFIABLE_ACTIONS:
            return "unverifiable"
        if step.action in ("claim_interval", "reference_interval"):
            intervals[step.action] = parse_interval(step.detail)
    if len(intervals) < 2:
        return "unverifiable"
    return status_of(relate(intervals["claim_interval"], intervals["reference_interval"]))


# --- the front door ---------------------------------------------------------

_INDEXES: Dict[int, Tuple[Any, ReferenceIndex]] = {}


def index_for(table: Any) -> ReferenceIndex:
    """The index of a table's rows, built once per table object."""
    cached = _INDEXES.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    index = ReferenceIndex(table.rows)
    _INDEXES.clear()
    _INDEXES[id(table)] = (table, index)
    return index


def _sentence_of(claim: Claim, text: str) -> str:
    start, end = claim.sentence
    return text[start:end] if end > start else text


def check_claims(claims: Sequence[Claim], table: Any, text: str, *,
                 tolerance: Union[Decimal, float, str] = DEFAULT_TOLERANCE) -> List[Verdict]:
    """A verdict for each claim, in order, against the rows of ``table``.

    ``text`` is the document the claims were parsed from (their spans index
    into it); ``tolerance`` is the relative widening of hedged claims, which a
    row's own ``tolerance`` overrides.
    """
    limit = Decimal(str(tolerance))
    index = index_for(table)
    verdicts = []
    first_seen = words_first_seen(text)
    present = latest_year_before(text)
    for claim in claims:
        if point_value(claim) is None and claim.low is None and claim.high is None:
            steps = [ExplanationStep("no_match", "the claim states no number")]
            verdicts.append(unverifiable(claim, "no_match", steps,
                                         f"claim '{claim.text}' states no number"))
            continue
        sentence = _sentence_of(claim, text)
        before = previous_sentence(text, claim.sentence[0]) if claim.sentence[1] else ""
        earlier = WrittenBefore(first_seen, claim.sentence[0])
        found = index.match(claim, sentence, before=before, names=earlier,
                            present=present(claim.sentence[0]))
        verdicts.append(verdict_for(claim, found, limit, sentence=sentence))
    return verdicts


def _as_table(reference: ReferenceArg) -> Any:
    if hasattr(reference, "rows"):
        return reference
    from factcheck.reference import load_reference
    if isinstance(reference, (str, os.PathLike)):
        return load_reference([reference])
    return load_reference(list(reference))


def check(text: str, reference: ReferenceArg, *,
          tolerance: Union[Decimal, float, str] = DEFAULT_TOLERANCE) -> List[Verdict]:
    """Find the claims in ``text`` and check each against ``reference``.

    ``reference`` is a loaded table (``load_reference``) or one or more paths.
    """
    from factcheck.parse import parse_claims
    return check_claims(parse_claims(text), _as_table(reference), text, tolerance=tolerance)
