"""The comparison rules of docs/checking.md, one table row per rule and example.

Each row builds a claim and a one-row reference table by hand, so these tests
do not depend on the parser.  New rules go in COMPARISON_RULES (supported or
contradicted) or UNVERIFIABLE_RULES; a bug the checker once had goes in
BUGS_CAUGHT with a comment.  Every verdict is also replayed from its
explanation steps.
"""
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace
from typing import Any, Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.check import check_claims, replay
from factcheck.intervals import Interval, claim_interval, parse_interval, relate
from factcheck.claims import Change, Claim, ReferenceRow
from factcheck.units import dimension_of

D = Decimal


def make_claim(text: str, value: Any = None, *, low: Any = None, high: Any = None,
               kind: str = "point", unit: str = "", sentence: Optional[str] = None,
               precision: Any = None, **fields: Any) -> Claim:
    """A claim as the parser would give it, placed inside ``sentence``."""
    sentence = sentence if sentence is not None else f"Widget output was {text}."
    start = sentence.index(text)
    value = None if value is None else D(str(value))
    if kind in ("point", "approx") and value is not None:
        low = high = value
    return Claim(text=text, span=(start, start + len(text)), value=value,
                 low=None if low is None else D(str(low)),
                 high=None if high is None else D(str(high)), kind=kind, unit=unit,
                 dimension=dimension_of(unit), sentence=(0, len(sentence)),
                 precision=None if precision is None else D(str(precision)), **fields)


def make_row(value: Any = None, *, low: Any = None, high: Any = None, unit: str = "",
             subject: str = "Widget output", row_id: str = "r1", **fields: Any) -> ReferenceRow:
    return ReferenceRow(id=row_id, subject=subject,
                        value=None if value is None else D(str(value)),
                        low=None if low is None else D(str(low)),
                        high=None if high is None else D(str(high)),
                        unit=unit, dimension=dimension_of(unit),
                        location=f"figures.csv:{row_id}", **fields)


def table(*rows: ReferenceRow) -> SimpleNamespace:
    return SimpleNamespace(rows=tuple(rows), paths=("figures.csv",))


def check_one(claim: Claim, row: ReferenceRow, **options: Any):  # type: ignore[no-untyped-def]
    sentence = f"Widget output was {claim.text}."
    text = sentence if claim.sentence == (0, len(sentence)) else None
    if text is None:
        raise AssertionError("claims in this module live in their default sentence")
    [verdict] = check_claims([claim], table(row), text, **options)
    return verdict


def rule(phrase: str, claim: Claim, row: ReferenceRow, status: str, reason: str = "",
         **options: Any) -> Any:
    return pytest.param(claim, row, status, reason, options, id=phrase)


#: (claim, reference row) -> status and reason; ids say the rule in words
COMPARISON_RULES = [
    # a plain number stands for the interval of its stated precision
    rule("'3,000' vs 2,960: rounds to it", make_claim("3,000", 3000, precision=1000),
         make_row(2960), "supported"),
    rule("'3,000' vs 3,600: too far", make_claim("3,000", 3000, precision=1000),
         make_row(3600), "contradicted", "understated"),
    rule("'3,000' vs 3,500: the rounding interval includes its ends",
         make_claim("3,000", 3000, precision=1000), make_row(3500), "supported"),
    rule("'3,000' vs 2,400: too far below", make_claim("3,000", 3000, precision=1000),
         make_row(2400), "contradicted", "overstated"),
    rule("'$25 million' vs 24.8 million", make_claim("$25 million", 25000000, unit="USD",
                                                     precision=1000000),
         make_row(24800000, unit="USD"), "supported"),
    rule("'$25 million' vs 26 million", make_claim("$25 million", 25000000, unit="USD",
                                                   precision=1000000),
         make_row(26000000, unit="USD"), "contradicted", "understated"),
    rule("'4.1%' vs 4.14", make_claim("4.1%", "4.1", unit="percent", precision="0.1"),
         make_row("4.14", unit="percent"), "supported"),
    rule("'4.1%' vs 4.2", make_claim("4.1%", "4.1", unit="percent", precision="0.1"),
         make_row("4.2", unit="percent"), "contradicted", "understated"),
    rule("'4.13%' vs 4.1 (reference rounded)",
         make_claim("4.13%", "4.13", unit="percent", precision="0.01"),
         make_row("4.1", unit="percent"), "supported"),
    rule("'3,412' vs 3,412 (exact)", make_claim("3,412", 3412, precision=1), make_row(3412),
         "supported"),
    rule("'3,412' vs 3,415", make_claim("3,412", 3412, precision=1), make_row(3415),
         "contradicted", "understated"),
    # hedges widen by the tolerance
    rule("'about 120' vs 131", make_claim("about 120", 120, kind="approx", qualifier="about",
                                          precision=10),
         make_row(131), "supported"),
    rule("'about 120' vs 135", make_claim("about 120", 120, kind="approx", qualifier="about",
                                          precision=10),
         make_row(135), "contradicted", "understated"),
    rule("'about 120' vs 135, row tolerance 15%",
         make_claim("about 120", 120, kind="approx", qualifier="about", precision=10),
         make_row(135, tolerance=D("0.15")), "supported"),
    rule("'about 120' vs 135, --tolerance 0.15",
         make_claim("about 120", 120, kind="approx", qualifier="about", precision=10),
         make_row(135), "supported", tolerance=D("0.15")),
    rule("'roughly 4.5%' vs 4.9", make_claim("roughly 4.5%", "4.5", kind="approx",
                                             unit="percent", qualifier="roughly",
                                             precision="0.1"),
         make_row("4.9", unit="percent"), "supported"),
    rule("'roughly 4.5%' vs 5.1", make_claim("roughly 4.5%", "4.5", kind="approx",
                                             unit="percent", qualifier="roughly",
                                             precision="0.1"),
         make_row("5.1", unit="percent"), "contradicted", "understated"),
    # nearly/almost X also expects <= X
    rule("'nearly 3,000' vs 2,900", make_claim("nearly 3,000", 3000, kind="approx", below=True,
                                               qualifier="nearly", precision=1000),
         make_row(2900), "supported"),
    rule("'nearly 3,000' vs 3,000", make_claim("nearly 3,000", 3000, kind="approx", below=True,
                                               qualifier="nearly", precision=1000),
         make_row(3000), "supported"),
    rule("'nearly 3,000' vs 3,050", make_claim("nearly 3,000", 3000, kind="approx", below=True,
                                               qualifier="nearly", precision=1000),
         make_row(3050), "contradicted", "understated"),
    rule("'almost 3,000' vs 2,600", make_claim("almost 3,000", 3000, kind="approx", below=True,
                                               qualifier="almost", precision=1000),
         make_row(2600), "contradicted", "overstated"),
    # bounds
    rule("'more than 3,000' vs 3,200", make_claim("more than 3,000", low=3000, kind="lower",
                                                  strict=True, qualifier="more than"),
         make_row(3200), "supported"),
    # a bound includes its own number: sources round, "more than 16,000" quotes 16,000
    rule("'more than 3,000' vs 3,000", make_claim("more than 3,000", low=3000, kind="lower",
                                                  strict=True, qualifier="more than"),
         make_row(3000), "supported"),
    rule("'more than 3,000' vs 2,990", make_claim("more than 3,000", low=3000, kind="lower",
                                                  strict=True, qualifier="more than"),
         make_row(2990), "contradicted", "overstated"),
    rule("'at least 3,000' vs 3,000", make_claim("at least 3,000", low=3000, kind="lower",
                                                 qualifier="at least"),
         make_row(3000), "supported"),
    rule("'up to 3,000' vs 3,000", make_claim("up to 3,000", high=3000, kind="upper",
                                              qualifier="up to"),
         make_row(3000), "supported"),
    rule("'up to 3,000' vs 3,100", make_claim("up to 3,000", high=3000, kind="upper",
                                              qualifier="up to"),
         make_row(3100), "contradicted", "understated"),
    rule("'less than 50' vs 50", make_claim("less than 50", high=50, kind="upper", strict=True,
                                            qualifier="less than"),
         make_row(50), "supported"),
    rule("'less than 50' vs 51", make_claim("less than 50", high=50, kind="upper", strict=True,
                                            qualifier="less than"),
         make_row(51), "contradicted", "understated"),
    rule("'up to 3,000' vs range 600-3,000", make_claim("up to 3,000", high=3000, kind="upper",
                                                        qualifier="up to"),
         make_row(low=600, high=3000), "supported"),
    rule("'more than 3,500' vs range 600-3,000",
         make_claim("more than 3,500", low=3500, kind="lower", strict=True,
                    qualifier="more than"),
         make_row(low=600, high=3000), "contradicted", "overstated"),
    # claimed ranges
    rule("'600 to 3,000' vs 2,000", make_claim("600 to 3,000", low=600, high=3000,
                                               kind="range"),
         make_row(2000), "supported"),
    rule("'600 to 3,000' vs 4,000", make_claim("600 to 3,000", low=600, high=3000,
                                               kind="range"),
         make_row(4000), "contradicted", "understated"),
    rule("'600 to 3,000' vs range 600-3,000", make_claim("600 to 3,000", low=600, high=3000,
                                                         kind="range"),
         make_row(low=600, high=3000), "supported"),
    rule("'590 to 3,000' vs range 600-3,000 (equal after rounding)",
         make_claim("590 to 3,000", low=590, high=3000, kind="range"),
         make_row(low=600, high=3000), "supported"),
    rule("'5 to 6 million' vs 7 million", make_claim("5 to 6 million", low=5000000,
                                                     high=6000000, kind="range"),
         make_row(7000000), "contradicted", "understated"),
    # a reference range: overlap supports, disjoint contradicts
    rule("'2,000' vs range 600-3,000", make_claim("2,000", 2000, precision=1000),
         make_row(low=600, high=3000), "supported"),
    rule("'5,000' vs range 600-3,000", make_claim("5,000", 5000, precision=1000),
         make_row(low=600, high=3000), "contradicted", "overstated"),
    rule("'400' vs reference at least 600", make_claim("400", 400, precision=100),
         make_row(low=600), "contradicted", "understated"),
    # vague amounts by their interval
    rule("'thousands of' vs 4,500", make_claim("thousands of", low=1000, high=10000,
                                               kind="range", vague=True),
         make_row(4500), "supported"),
    rule("'thousands of' vs 400", make_claim("thousands of", low=1000, high=10000,
                                             kind="range", vague=True),
         make_row(400), "contradicted", "overstated"),
    rule("'dozens of' vs 150", make_claim("dozens of", low=24, high=100, kind="range",
                                          vague=True),
         make_row(150), "contradicted", "understated"),
    # units converted with pint
    rule("'62 miles' vs 100 km", make_claim("62 miles", 62, unit="mile", precision=1),
         make_row(100, unit="kilometer"), "supported"),
    rule("'50 miles' vs 100 km", make_claim("50 miles", 50, unit="mile", precision=10),
         make_row(100, unit="kilometer"), "contradicted", "understated"),
    rule("'40°C' vs 104 °F", make_claim("40°C", 40, unit="degree_Celsius", precision=10),
         make_row(104, unit="degree_Fahrenheit"), "supported"),
    rule("'45°C' vs 104 °F", make_claim("45°C", 45, unit="degree_Celsius", precision=1),
         make_row(104, unit="degree_Fahrenheit"), "contradicted", "overstated"),
    rule("'2 tonnes' vs 2,000 kg", make_claim("2 tonnes", 2, unit="metric_ton", precision=1),
         make_row(2000, unit="kilogram"), "supported"),
    rule("'250 basis points' vs 2.5 percentage points",
         make_claim("250 basis points", 250, unit="basis_point", precision=10),
         make_row("2.5", unit="percentage_point"), "supported"),
    # a warming converts as a difference (1.8 °F per °C, no offset): 2.7 °F is 1.5 °C
    rule("'2.7°F' vs a warming of 1.5 °C above normal",
         make_claim("2.7°F", "2.7", unit="degree_Fahrenheit"),
         make_row("1.5", unit="degree_Celsius", subject="Widget output above normal"),
         "supported"),
    rule("'5°F' vs a warming of 1.5 °C above normal",
         make_claim("5°F", 5, unit="degree_Fahrenheit"),
         make_row("1.5", unit="degree_Celsius", subject="Widget output above normal"),
         "contradicted", "overstated"),
    # the size of a fall against a row that writes changes with their sign
    rule("'shrank by 0.2%' vs growth of -0.2",
         make_claim("0.2%", "0.2", unit="percent", change=Change("down", "delta")),
         make_row("-0.2", unit="percent", subject="Widget output growth"), "supported"),
    rule("'shrank by 0.5%' vs growth of -0.2",
         make_claim("0.5%", "0.5", unit="percent", change=Change("down", "delta")),
         make_row("-0.2", unit="percent", subject="Widget output growth"),
         "contradicted", "understated"),
    # a rate against a row in its numerator's unit that states the denominator in words
    rule("'$5,700 a tonne' vs a USD row about the price per tonne",
         make_claim("$5,700 a tonne", 5700, unit="USD / metric_ton", precision=100),
         make_row(5740, unit="USD", subject="Widget price per tonne"), "supported"),
    rule("'$7,000 a tonne' vs a USD row about the price per tonne",
         make_claim("$7,000 a tonne", 7000, unit="USD / metric_ton", precision=1000),
         make_row(5740, unit="USD", subject="Widget price per tonne"),
         "contradicted", "overstated"),
    rule("'CLP 214,296 a month' vs the monthly pension in CLP",
         make_claim("CLP 214,296 a month", 214296, unit="CLP / month", precision=1),
         make_row(214296, unit="CLP", subject="Monthly widget pension"), "supported"),
    # ... or names no denominator: it may confirm the claim, never disprove it
    rule("'$5,700 a tonne' vs a USD row that names no denominator",
         make_claim("$5,700 a tonne", 5700, unit="USD / metric_ton", precision=100),
         make_row(5740, unit="USD", subject="Widget futures price"), "supported"),
    # ... and its numerator may be in another unit of the row's kind
    rule("'2.6 gallons per capita' vs a per-capita row in litres",
         make_claim("2.6 gallons per capita", "2.6", unit="gallon / person", precision="0.1"),
         make_row("9.8", unit="liter", subject="Widget drunk per capita"), "supported"),
]

UNVERIFIABLE_RULES = [
    rule("'below €10' vs €9 billion: 50-fold apart, a wrong match",
         make_claim("below €10", high=10, kind="upper", strict=True, unit="EUR"),
         make_row(9000000000, unit="EUR"), "unverifiable", "no_match"),
    rule("'€25 million' vs USD row: never converted",
         make_claim("€25 million", 25000000, unit="EUR", precision=1000000),
         make_row(25000000, unit="USD"), "unverifiable", "currency"),
    rule("'$63 a month' vs a monthly EUR row: the rate's currency is never converted",
         make_claim("$63 a month", 63, unit="USD / month", precision=1),
         make_row(58, unit="EUR", subject="Monthly widget ticket"), "unverifiable", "currency"),
    rule("'3 percentage points' vs percent row",
         make_claim("3 percentage points", 3, unit="percentage_point", precision=1),
         make_row(3, unit="percent"), "unverifiable", "incompatible_unit"),
    rule("'$7,000 a tonne' vs a USD row that names no denominator: no evidence against",
         make_claim("$7,000 a tonne", 7000, unit="USD / metric_ton", precision=1000),
         make_row(5740, unit="USD", subject="Widget futures price"), "unverifiable", "no_match"),
    rule("'$5,700 a tonne' vs a USD row per pound: another denominator",
         make_claim("$5,700 a tonne", 5700, unit="USD / metric_ton", precision=100),
         make_row(5700, unit="USD", subject="Widget price per pound"), "unverifiable",
         "no_match"),
    rule("'5 km' vs USD row: a length is never about money",
         make_claim("5 km", 5, unit="kilometer", precision=1),
         make_row(5, unit="USD"), "unverifiable", "no_match"),
]

BUGS_CAUGHT: list = []


@pytest.mark.parametrize("claim, row, status, reason, options",
                         COMPARISON_RULES + UNVERIFIABLE_RULES + BUGS_CAUGHT)
def test_rule(claim: Claim, row: ReferenceRow, status: str, reason: str,
              options: dict) -> None:
    verdict = check_one(claim, row, **options)
    assert (verdict.status, verdict.reason) == (status, reason), verdict.summary
    assert replay(verdict) == verdict.status
    if status != "unverifiable" or reason == "currency":
        assert verdict.reference == row
    if status == "unverifiable":
        assert verdict.reason in {"no_match", "ambiguous", "incompatible_unit", "currency"}


def test_difference_is_signed_relative_to_the_reference() -> None:
    verdict = check_one(make_claim("3,000", 3000, precision=1000), make_row(3600))
    assert verdict.difference == pytest.approx((3000 - 3600) / 3600)
    verdict = check_one(make_claim("more than 3,000", low=3000, kind="lower", strict=True),
                        make_row(2000))
    assert verdict.difference == pytest.approx(0.5)


def test_summary_reads_as_one_line() -> None:
    row = make_row(low=600, high=3000, unit="drone", source="CFR", as_of="Oct 2022")
    claim = make_claim("up to 3,000", high=3000, kind="upper", qualifier="up to", unit="drone")
    verdict = check_one(claim, row)
    assert verdict.summary == ("claim 'up to 3,000' allows \N{LESS-THAN OR EQUAL TO} 3000; "
                               "reference 600\N{EN DASH}3000 drone (CFR, Oct 2022) lies within "
                               "\N{RIGHTWARDS ARROW} supported")


def test_explanation_names_row_conversion_and_intervals() -> None:
    verdict = check_one(make_claim("62 miles", 62, unit="mile", precision=1),
                        make_row(100, unit="kilometer"))
    assert [step.action for step in verdict.explanation] == [
        "match_row", "convert", "claim_interval", "reference_interval", "compare"]
    assert verdict.explanation[0].detail == "figures.csv:r1"
    assert verdict.explanation[1].detail == "mile\N{RIGHTWARDS ARROW}kilometer"
    assert verdict.explanation[-1].detail == "within"


def test_contradicted_summary_gives_direction_and_size() -> None:
    verdict = check_one(make_claim("3,000", 3000, precision=1000), make_row(3600))
    assert verdict.summary.endswith("\N{RIGHTWARDS ARROW} contradicted (understated by 16.7%)")


INTERVALS = [
    pytest.param("[2500, 3500)", "[2960, 2960]", "within", id="point inside rounding"),
    pytest.param("[2500, 3500)", "[3500, 3500]", "below", id="half-open end excludes"),
    pytest.param("(3000, inf)", "[3000, 3000]", "above", id="strict bound excludes"),
    pytest.param("[3000, inf)", "[3000, 3000]", "within", id="inclusive bound includes"),
    pytest.param("(-inf, 3000]", "[600, 3000]", "within", id="up to contains range"),
    pytest.param("[1000, 2000]", "[600, 3000]", "overlaps", id="range inside reference range"),
    pytest.param("[4000, 5000]", "[600, 3000]", "above", id="range above reference range"),
]


@pytest.mark.parametrize("claimed, reference, relation", INTERVALS)
def test_relate(claimed: str, reference: str, relation: str) -> None:
    assert relate(parse_interval(claimed), parse_interval(reference)) == relation


def test_interval_text_round_trips() -> None:
    for text in ("[2500, 3500)", "(-inf, 3000]", "(3000, inf)", "[0.45, 0.55]"):
        assert str(parse_interval(text)) == text


def test_claim_interval_of_approximate_temperature_is_converted_end_by_end() -> None:
    claim = make_claim("about 40°C", 40, kind="approx", unit="degree_Celsius", precision=10)
    assert claim_interval(claim) == Interval(D(35), D(45))


def test_change_sizes_only_match_change_rows() -> None:
    sentence = "Spain's unemployment rate rose 2% last year."
    claim = make_claim("2%", 2, unit="percent", sentence=sentence, precision=1,
                       change=Change("up", "delta"))
    level = make_row(2, unit="percent", subject="Unemployment rate in Spain")
    [verdict] = check_claims([claim], table(level), sentence)
    assert (verdict.status, verdict.reason) == ("unverifiable", "no_match")
    change = make_row(2, unit="percent", subject="Change in Spain's unemployment rate",
                      row_id="r2")
    [verdict] = check_claims([claim], table(level, change), sentence)
    assert (verdict.status, verdict.reference) == ("supported", change)


def test_claim_without_number_is_unverifiable() -> None:
    claim = Claim("some", (0, 4), None, None, None, sentence=(0, 4))
    [verdict] = check_claims([claim], table(make_row(3)), "some")
    assert (verdict.status, verdict.reason) == ("unverifiable", "no_match")
    assert replay(verdict) == "unverifiable"


KINDS_FOR_PROPERTIES = st.sampled_from(["point", "approx", "lower", "upper", "range", "nearly"])


@settings(max_examples=200, deadline=None)
@given(kind=KINDS_FOR_PROPERTIES, value=st.integers(1, 10**7), other=st.integers(1, 10**7),
       reference=st.integers(1, 10**7), ranged=st.booleans())
def test_every_verdict_replays_and_points_the_right_way(kind: str, value: int, other: int,
                                                        reference: int, ranged: bool) -> None:
    """Whatever the numbers, the explanation re-derives the status, and a
    contradiction's direction agrees with the two intervals."""
    text = f"{value:,}"
    if kind == "range":
        claim = make_claim(text, low=min(value, other), high=max(value, other), kind="range")
    elif kind == "lower":
        claim = make_claim(text, low=value, kind="lower", strict=True)
    elif kind == "upper":
        claim = make_claim(text, high=value, kind="upper")
    elif kind == "nearly":
        claim = make_claim(text, value, kind="approx", below=True, qualifier="nearly")
    else:
        claim = make_claim(text, value, kind=kind, qualifier="about" if kind == "approx" else "")
    row = make_row(low=min(reference, other), high=max(reference, other)) if ranged \
        else make_row(reference)
    verdict = check_one(claim, row)
    assert replay(verdict) == verdict.status
    if verdict.status == "contradicted":
        claimed = parse_interval(verdict.explanation[-3].detail)
        ref = parse_interval(verdict.explanation[-2].detail)
        if verdict.reason == "overstated":
            assert claimed.low is not None and ref.high is not None and claimed.low >= ref.high
        else:
            assert claimed.high is not None and ref.low is not None and claimed.high <= ref.low


def test_a_weak_match_may_support_but_never_contradict() -> None:
    subject = "Widget output of the northern assembly plant during night shifts"
    claim = make_claim("3,000", 3000, precision=1000)
    sentence = "Widget output was 3,000."
    [agrees] = check_claims([claim], table(make_row(3000, subject=subject)), sentence)
    [disagrees] = check_claims([claim], table(make_row(5000, subject=subject)), sentence)
    assert agrees.status == "supported"
    assert (disagrees.status, disagrees.reason) == ("unverifiable", "no_match")
    assert disagrees.explanation[-1].action == "no_match"
    assert replay(disagrees) == "unverifiable"


def test_the_future_tense_is_contradicted_only_by_a_prediction_or_target() -> None:
    sentence = "Widget output will be 3,000."
    claim = make_claim("3,000", 3000, precision=1000, sentence=sentence)
    [agrees] = check_claims([claim], table(make_row(3000)), sentence)
    [disagrees] = check_claims([claim], table(make_row(5000)), sentence)
    [target] = check_claims([claim], table(make_row(5000, subject="Widget output target")),
                            sentence)
    assert agrees.status == "supported"
    assert (disagrees.status, disagrees.reason) == ("unverifiable", "no_match")
    assert (target.status, target.reason) == ("contradicted", "understated")


def test_a_sentence_naming_only_where_and_which_way_cannot_contradict() -> None:
    row = make_row(11, unit="percent", subject="Percentage drop in cars entering Lisbon")
    verdicts = []
    for sentence in ("Travel times into Lisbon fell by 30%.", "Cars entering Lisbon fell by 30%."):
        claim = make_claim("30%", 30, unit="percent", sentence=sentence,
                           change=Change("down", "delta"))
        verdicts += check_claims([claim], table(row), sentence)
    assert [(v.status, v.reason) for v in verdicts] == [("unverifiable", "no_match"),
                                                        ("contradicted", "overstated")]


#: a verb of the row's own word family says what the row measures (fifth blind batch):
#: (sentence, claim, unit, value, row subject, row unit, row value)
SAYS_WHAT_BY_ITS_VERB = [
    pytest.param("The Widget Authority invested €40 million.", "€40 million", "EUR", 40000000,
                 "Investment by the Widget Authority", "EUR", 55000000,
                 id="The Widget Authority invested [€40 million]."),
    pytest.param("Gadgetco employed 3,000 people.", "3,000 people", "person", 3000,
                 "Employment at Gadgetco", "person", 5000,
                 id="Gadgetco employed [3,000 people]."),
]


@pytest.mark.parametrize("sentence, surface, unit, value, subject, row_unit, row_value",
                         SAYS_WHAT_BY_ITS_VERB)
def test_a_verb_of_the_rows_word_family_says_what_it_measures(
        sentence: str, surface: str, unit: str, value: int, subject: str, row_unit: str,
        row_value: int) -> None:
    claim = make_claim(surface, value, unit=unit, sentence=sentence)
    [verdict] = check_claims([claim], table(make_row(row_value, unit=row_unit,
                                                     subject=subject)), sentence)
    assert (verdict.status, verdict.reason) == ("contradicted", "understated"), verdict.summary


def test_a_sentence_without_a_year_speaks_of_the_articles_latest_year() -> None:
    first = "Widget makers had a record year in 2024."
    text = first + " Widget output was 3,000."
    start = text.index("3,000")
    claim = Claim(text="3,000", span=(start, start + 5), value=D(3000), low=D(3000),
                  high=D(3000), sentence=(len(first) + 1, len(text)), precision=D(1000))
    [older] = check_claims([claim], table(make_row(5000, subject="Widget output in 2019")),
                           text)
    [present] = check_claims([claim], table(make_row(5000, subject="Widget output in 2024")),
                             text)
    [agrees] = check_claims([claim], table(make_row(3000, subject="Widget output in 2019")),
                            text)
    assert (older.status, older.reason) == ("unverifiable", "no_match")
    assert (present.status, present.reason) == ("contradicted", "understated")
    assert agrees.status == "supported"


def test_a_row_of_another_year_may_support_but_never_contradict() -> None:
    sentence = "Widget output was 3,000 in 2024."
    claim = make_claim("3,000", 3000, precision=1000, sentence=sentence)
    [agrees] = check_claims([claim], table(make_row(3000, as_of="2022")), sentence)
    [disagrees] = check_claims([claim], table(make_row(5000, as_of="2022")), sentence)
    [same_year] = check_claims([claim], table(make_row(5000, as_of="2024")), sentence)
    assert agrees.status == "supported"
    assert (disagrees.status, disagrees.reason) == ("unverifiable", "no_match")
    assert (same_year.status, same_year.reason) == ("contradicted", "understated")


def _row(row_id: str, subject: str, value: Any, unit: str, as_of: str = "") -> ReferenceRow:
    return make_row(value, unit=unit, subject=subject, row_id=row_id, as_of=as_of)


#: rules from the seventh blind batch, through extraction and checking of a whole text:
#: (text, rows, claim surface, expected status, expected row id or None)
SEVENTH_BLIND_BATCH = [
    # a capitalised forecast word inside a sentence is a name: "Good Hope" predicts nothing
    pytest.param("Round the Cape of Good Hope, the voyage has a sailing time of about 40 days.",
                 [_row("cape", "Sailing time via the Cape of Good Hope", 41, "day")],
                 "40 days", "supported", "cape",
                 id="sailing time via the Cape of Good Hope"),
    # a figure set against the same measure in another year shares its subject, and a row's
    # unit names what it counts ("per 100,000 trips")
    pytest.param("The e-scooter injury rate in Oslo fell to 9.5 per 100,000 trips last year, "
                 "against 14.0 per 100,000 trips in 2021.",
                 [_row("rate21", "E-scooter injury rate in Oslo", "13.1",
                       "injury / 100000 trip", "2021"),
                  _row("rate24", "E-scooter injury rate in Oslo", "9.5",
                       "injury / 100000 trip", "2024"),
                  _row("trips", "E-scooter trips in Oslo", 12400000, "trip", "2024")],
                 "14.0", "contradicted", "rate21", id="against 14.0 per 100,000 trips in 2021"),
    # "accounted for" says what a share row measures
    pytest.param("The United States accounted for 41% of the total, followed by Singapore at "
                 "7.4%.", [_row("sg", "Share of remittances from Singapore", "7.2", "percent")],
                 "7.4%", "contradicted", "sg", id="followed by Singapore at 7.4%"),
    # "total" tells total prize money from the top prize
    # eighth blind batch: a capitalised first word the sentence also writes in lower case is
    # no name ("Buses ... bus lanes" against the "Dublin Bus" rows)
    pytest.param("Dublin Bus carried 148.6 million passengers. Buses ran at 12 miles per hour "
                 "in the city centre, where bus lanes are enforced.",
                 [_row("speed", "Average bus speed in Dublin city centre", "19.3",
                       "kilometer / hour"),
                  _row("fleet", "Buses in the Dublin Bus fleet", 1190, "bus")],
                 "12 miles per hour", "supported", "speed", id="Buses ran at 12 miles per hour"),
    # ", at 94%" gives the clause before its value
    pytest.param("Mato Grosso reached a coverage rate of 99.1%. Coverage on small farms with fewer "
                 "than 50 head was lower, at 94%.",
                 [_row("mt", "Vaccination coverage in Mato Grosso", "99.1", "percent"),
                  _row("small", "Vaccination coverage on small farms", "94.3", "percent")],
                 "94%", "supported", "small", id="was lower, at 94%"),
    # the claim's own unit ("tonnes") says how it is measured, not what it is about
    pytest.param("Mills crushed 92.4 million tonnes of cane in 2025, up from 82.2 million tonnes "
                 "in 2024.",
                 [_row("c24", "Sugar cane crushed by mills", 82200000, "metric_ton", "2024"),
                  _row("c25", "Sugar cane crushed by mills", 92400000, "metric_ton", "2025"),
                  _row("price", "Initial cane price per tonne", 1010, "THB", "2025")],
                 "82.2 million tonnes", "supported", "c24", id="up from 82.2 million tonnes"),
    pytest.param("A full ticket in the Christmas lottery wins €4 million. Prizes total "
                 "€2.77 billion.",
                 [_row("top", "Top prize for a full ticket of the Christmas lottery", 4000000,
                       "EUR"),
                  _row("all", "Total prize money of the Christmas lottery", 2786000000, "EUR")],
                 "€2.77 billion", "contradicted", "all", id="Prizes total €2.77 billion"),
    # a sentence opening on "The cap" speaks of the cap an earlier sentence introduced
    pytest.param("The energy price cap for a typical household will rise by 2% to £1,755. "
                 "Consumer groups objected. The cap peaked at £4,279 in January 2023.",
                 [_row("cap23", "Annual energy price cap for a typical household", 4279, "GBP",
                       "2023-01")], "£4,279", "supported", "cap23",
                 id="The cap peaked at £4,279"),
]


@pytest.mark.parametrize("text, rows, surface, status, row_id", SEVENTH_BLIND_BATCH)
def test_seventh_blind_batch_rules(text: str, rows: list, surface: str, status: str,
                                   row_id: Optional[str]) -> None:
    from factcheck.check import check
    [verdict] = [v for v in check(text, table(*rows)) if surface in v.claim.text]
    got = verdict.reference.id if verdict.reference is not None else None
    assert (verdict.status, got) == (status, row_id), verdict.summary
