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

The interval arithmetic of steps 3 to 5 lives in :mod:`factcheck.intervals`.

Every verdict carries these steps as ``ExplanationStep`` records, and
:func:`replay` re-derives the status from them alone.  The rules, with
examples, are written down in ``docs/checking.md``.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from decimal import Decimal
from typing import Any, Dict, FrozenSet, List, Optional, Sequence, Tuple, Union

from factcheck.claims import Claim, ExplanationStep, ReferenceRow, Verdict
from factcheck.errors import UnitError
from factcheck.intervals import (DEFAULT_TOLERANCE, IMPLAUSIBLE, Interval, claim_interval,
                                 converted, difference, implausible, number_text,
                                 parse_interval, point_value, reference_interval, relate,
                                 scaled, status_of)
from factcheck.lexicon import data_lines
from factcheck.match import (Match, ReferenceIndex, WrittenBefore, antecedents,
                             previous_sentence, latest_year_before, rate_parts, rate_scale,
                             rate_fit, rate_numerator_converts, words_first_seen)

__all__ = ["DEFAULT_TOLERANCE", "Interval", "check", "check_claims", "claim_interval",
           "parse_interval", "reference_interval", "relate", "replay", "verdict_for"]

#: explanation actions that end a check before any comparison, with the reason they give
UNVERIFIABLE_ACTIONS = {"no_match": "no_match", "ambiguous": "ambiguous",
                        "incompatible_unit": "incompatible_unit", "currency": "currency"}
#: the claim's own sentence must cover this share of a row (Match.local) to contradict it
CONTRADICT_MIN_SCORE = 0.4
_WORDS = re.compile(r"[^\W\d_]+")

ReferenceArg = Union[Any, str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]]


# --- units ------------------------------------------------------------------

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
    scale = rate_scale(claim.unit, row.unit)
    if scale is not None:
        return scale != 1  # "3.8 per 1,000" against a rate per 100,000
    if rate_fit(claim, row):
        return rate_numerator_converts(claim, row)
    return "count" not in (claim.dimension, row.dimension)


def compared_unit(claim: Claim, row: ReferenceRow) -> str:
    """The claim's unit as compared with the row: the numerator of a rate the row's words
    state or leave unsaid ("gallon" of "gallon / person" against a row in litres)."""
    if rate_fit(claim, row):
        parts = rate_parts(claim.unit, row.unit)
        assert parts is not None
        return parts[0]
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
    scale = rate_scale(claim.unit, row.unit)
    if scale is not None and scale != 1:
        claimed = scaled(claimed, scale)
        steps.append(ExplanationStep("convert", f"{claim.unit}\N{RIGHTWARDS ARROW}{row.unit}"))
    elif needs_conversion(claim, row):
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
    introduction = antecedents(text)
    for claim in claims:
        if point_value(claim) is None and claim.low is None and claim.high is None:
            steps = [ExplanationStep("no_match", "the claim states no number")]
            verdicts.append(unverifiable(claim, "no_match", steps,
                                         f"claim '{claim.text}' states no number"))
            continue
        sentence = _sentence_of(claim, text)
        before = previous_sentence(text, claim.sentence[0]) if claim.sentence[1] else ""
        introduced = introduction(claim.sentence[0])
        if introduced:
            # "The cap peaked at £4,279": the sentence that introduced the cap says which
            before = f"{before} {introduced}"
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
