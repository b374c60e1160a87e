"""parse_claims(): text → sentences → numerals → quantities → Claim records.

The pipeline, read top to bottom in ``sentence_claims``:

1. ``scan_numerals`` reads every number in the text (numerals.py), handed out by
   sentence; ``make_sentence`` tokenises the sentence once for every later stage
   (sentence.py);
2. ``article_numerals`` and ``half_numerals`` add "more than a year" and "half a litre";
   ``vague_claims`` reads vague amounts ("tens of thousands") (word_amounts.py),
   ``band_claims`` bands ("in his 40s", "mid-single-digit growth") and
   ``age_group_claims`` age groups ("over-65s") (bands.py),
   ``race_time_claims`` race times ("a 2:01:09 marathon"), ``glued_duration_claims``
   glued durations ("4h12m") and ``race_distance_claims``
   road races ("a 5K fun run") (race_times.py),
   ``unit_fraction_claims`` "an hour and a half" (unit_fractions.py),
   ``karat_claims`` the purity of gold ("18ct gold") (gold_purity.py),
   ``water_resistance_claims`` a watch's depth ("100m WR") (water_resistance.py),
   ``horse_height_claims`` a horse's height ("15.2hh") (horse_heights.py),
   ``pressure_claims`` blood pressures ("140/90mmHg") (blood_pressure.py),
   ``data_rate_claims`` broadband tiers ("100/20 Mbps") (data_rates.py) and
   ``shutter_speed_claims`` shutter speeds ("1/250s") (shutter_speeds.py) and
   ``old_money_claims`` pounds, shillings and pence ("£4 12s 6d") (old_money.py);
3. ``masked_spans`` (phone numbers, numeric dates, web addresses) and ``is_quantity``
   (calendar dates, clock times, labels, names, years) drop what is not a quantity
   (not_claims.py);
4. ``group_numerals`` joins ranges ("600 to 3,000", "$5-6 million") and ratios ("one in
   five") (ranges.py);
5. ``claim_for`` attaches currency, unit or counted noun, hedges and bounds, and a change
   (reading.py, with nouns.py, hedges.py and changes.py);
6. small passes read neighbouring claims together: shared and elided units, composite
   values ("7 feet 10 inches"), two bounds that make a range, conversions in parentheses
   and from/to changes (neighbours.py), pence that are a rate of income tax ("the 45p
   rate", "87p in every £1") (pence_rates.py); ``factor_claims`` adds "doubled" and
   ``how_often_claims`` "twice a day" (word_amounts.py);
7. ``table_column_units`` gives the bare figures of a pasted table's rows the unit or scale
   their column's header writes ("Cost (£m) | Span (m)") (table_columns.py);
   ``localise_currencies`` gives a bare "$" the dollar, "Rs" the rupee and "dirhams" the
   dirham of the country the text is set in, and cents the euro's in a text of euros;
   ``local_markers`` lets "R25" be rand in a text set in South Africa (local_currency.py);
   ``localise_degrees`` makes a bare "95 degrees" of heat Fahrenheit in a text set in the
   United States (temperature_scale.py).

>>> [(c.text, c.kind, str(c.low), str(c.high), c.unit) for c in parse_claims(
...     "Estimates range from 600 to more than 3,000 drones.")]
[('from 600 to more than 3,000 drones', 'range', '600', '3000', 'drone')]
"""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Final, Callable, FrozenSet, List, Tuple

from factcheck.claims import Claim
from factcheck.cleanup import clean, needs_cleaning, restore
from factcheck.neighbours import (
    accounting_negatives, alternatives_under_one_bound, below_zero, bound_over_sides,
    compared_levels, directions_from_levels, drop_repaired, inherit_elided_units,
    inherit_in_parentheses,
    heights_in_feet_and_inches, join_bounds, link_changes, merge_composites, ranges_of_heights,
    millions_in_parallel, money_in_parallel,
    nouns_from_question, others_as_before, people_after_copula, points_of_percentages,
    pounds_as_before,
    restated_in_brackets,
    rates_in_gapped_clauses, rates_in_parallel, rates_of_changes, share_coordinated_units,
    counts_per_period, levels_in_parallel, share_tally_units, units_across_arrows)
from factcheck.not_claims import is_quantity, masked_spans
from factcheck.pence_rates import pence_tax_rates, shares_of_a_pound
from factcheck.numerals import Numeral, scan_numerals
from factcheck.ranges import group_numerals, share_scale_from_to, share_scale_in_lists
from factcheck.reading import claim_for
from factcheck.sentence import Sentence, Span, blocked_test, make_sentence
from factcheck.text import split_sentences
from factcheck.units import dimension_of, split_rate
from factcheck.blood_pressure import pressure_claims
from factcheck.age_tags import age_tag_claims
from factcheck.clause_rates import rates_at_clause_end
from factcheck.furlongs import furlong_claims
from factcheck.fx_pairs import fx_pair_claims
from factcheck.scale_headers import scaled_by_header
from factcheck.table_columns import table_column_units
from factcheck.slash_lists import slash_list_claims
from factcheck.data_rates import data_rate_claims
from factcheck.shutter_speeds import shutter_speed_claims
from factcheck.local_currency import local_markers, localise_currencies
from factcheck.subjects import nouns_from_subjects
from factcheck.temperature_scale import localise_degrees
from factcheck.bands import (adjective_band_claims, age_group_claims, band_claims,
                             digit_band_claims, figure_band_claims, money_band_claims)
from factcheck.magnitudes import magnitude_claims
from factcheck.old_money import old_money_claims
from factcheck.gold_purity import karat_claims
from factcheck.horse_heights import horse_height_claims
from factcheck.water_resistance import water_resistance_claims
from factcheck.race_times import glued_duration_claims, race_distance_claims, race_time_claims
from factcheck.unit_fractions import unit_fraction_claims
from factcheck.word_amounts import (article_numerals, digit_plural_claims, factor_claims,
                                    half_numerals, how_often_claims, vague_claims)

#: numerals beyond 10**100 (or below 10**-100) are digit noise, not amounts; keeping them
#: out also keeps Decimal arithmetic far from overflow
LARGEST_EXPONENT: Final = 100


def parse_claims(text: str) -> List[Claim]:
    """Every numeric claim in ``text``, in order of appearance.  Text pasted from web pages
    or PDFs is read cleaned ("$3.5&nbsp;billion", "bil-\\nlion"), with spans into ``text``."""
    if needs_cleaning(text):
        cleaned, offsets, dropped = clean(text)
        return restore(_parse_clean(cleaned), offsets, dropped, text)
    return _parse_clean(text)


def _parse_clean(text: str) -> List[Claim]:
    """Every numeric claim in ``text``, which needs no cleaning."""
    numerals = scan_numerals(text)
    starts = [n.start for n in numerals]
    markers = local_markers(text)
    claims: List[Claim] = []
    for span in split_sentences(text):
        inside = numerals[bisect_left(starts, span[0]):bisect_left(starts, span[1])]
        claims.extend(sentence_claims(text, span, [n for n in inside if n.end <= span[1]],
                                      markers))
    return localise_degrees(localise_currencies(table_column_units(claims, text), text), text)


extract = parse_claims


#: the passes that read neighbouring claims together, in order (neighbours.py)
NEIGHBOUR_PASSES: Final[Tuple[Callable[[List[Claim], Sentence], List[Claim]], ...]] = (
    drop_repaired, scaled_by_header, share_coordinated_units, bound_over_sides, share_tally_units,
    inherit_elided_units, units_across_arrows, rates_in_gapped_clauses, millions_in_parallel,
    money_in_parallel,
    rates_in_parallel, rates_at_clause_end,
    nouns_from_question, merge_composites, heights_in_feet_and_inches, ranges_of_heights,
    below_zero,
    accounting_negatives, join_bounds,
    alternatives_under_one_bound, restated_in_brackets, inherit_in_parentheses, link_changes,
    rates_of_changes, counts_per_period, levels_in_parallel,
    directions_from_levels, nouns_from_subjects, points_of_percentages, pence_tax_rates,
    shares_of_a_pound, others_as_before, people_after_copula, pounds_as_before,
    compared_levels)
#: those of NEIGHBOUR_PASSES that may change a claim that is alone in its sentence; the
#: others need two (test_parse checks that they leave one claim as it is)
SINGLE_CLAIM_PASSES: Final = (scaled_by_header, rates_at_clause_end, nouns_from_question,
                              heights_in_feet_and_inches, below_zero,
                              accounting_negatives,
                              nouns_from_subjects, points_of_percentages, pence_tax_rates,
                              shares_of_a_pound, others_as_before, people_after_copula)


#: sort keys read in C, without a Python call per item
_START: Final = attrgetter("start")
_SPAN: Final = attrgetter("span")


def sentence_claims(text: str, span: Span, numerals: List[Numeral],
                    markers: FrozenSet[str] = frozenset()) -> List[Claim]:
    """The claims of one sentence, ``text[span[0]:span[1]]``, given the numerals in it and
    the one-letter currency markers the text's setting makes money (``local_markers``)."""
    sentence = make_sentence(text, span, markers)
    numerals = numerals + article_numerals(sentence) + half_numerals(sentence)
    vague = vague_claims(sentence) + band_claims(sentence) + digit_band_claims(sentence) \
        + adjective_band_claims(sentence) \
        + figure_band_claims(sentence) + money_band_claims(sentence) \
        + magnitude_claims(sentence) + karat_claims(sentence) \
        + water_resistance_claims(sentence) + horse_height_claims(sentence) \
        + digit_plural_claims(sentence) + race_time_claims(sentence) \
        + race_distance_claims(sentence) + furlong_claims(sentence) \
        + slash_list_claims(sentence) + age_tag_claims(sentence) + fx_pair_claims(sentence) \
        + glued_duration_claims(sentence) \
        + unit_fraction_claims(sentence) + pressure_claims(sentence) \
        + data_rate_claims(sentence) + shutter_speed_claims(sentence) \
        + old_money_claims(sentence) + age_group_claims(sentence)
    # (the masks keep numerals out: a sentence with none needs no search for them)
    masked = blocked_test(masked_spans(sentence) if numerals else [])
    in_vague = blocked_test([c.span for c in vague if not (c.vague and c.dimension == "count")])
    in_vague_count = blocked_test([c.span for c in vague if c.vague and c.dimension == "count"])
    numerals = [n for n in sorted(numerals, key=_START)
                if abs(n.value.adjusted()) <= LARGEST_EXPONENT and not masked(n.start, n.end)
                and not in_vague(n.start, n.end)
                and (not in_vague_count(n.start, n.end) or _measure_inside(n, sentence))
                and is_quantity(n, sentence)]
    groups = group_numerals(share_scale_in_lists(share_scale_from_to(numerals, sentence),
                                                 sentence), sentence)
    claims = _outside_earlier([claim for claim in [claim_for(g, sentence) for g in groups]
                               if claim is not None])
    for read_together in (NEIGHBOUR_PASSES if len(claims) > 1 else
                          SINGLE_CLAIM_PASSES if claims else ()):
        claims = read_together(claims, sentence)
    claims += factor_claims(sentence) + how_often_claims(sentence)
    return sorted(claims + vague, key=_SPAN)


def _measure_inside(numeral: Numeral, sentence: Sentence) -> bool:
    """A number with a physical unit inside the noun of a vague amount keeps its own claim:
    the 152mm of "millions of 152mm shells", the 40-tonne of "dozens of 40-tonne tanks"."""
    unit = sentence.unit_after(numeral.end)
    return unit is not None and unit.dimension not in _NO_MEASURES \
        and unit.text not in ("m", "M")  # ("Hundreds of 100m sprinters": "m" may be millions)


#: dimensions of units that are no measure of a thing inside a vague amount's noun
_NO_MEASURES: Final = frozenset(["count", "currency", "time", "dimensionless", "percent"])


def _outside_earlier(claims: List[Claim]) -> List[Claim]:
    """Drop a claim that lies inside an earlier one: "$4.82 a dozen" holds "a dozen"."""
    if len(claims) < 2:
        return claims
    kept: List[Claim] = []
    for claim in claims:
        if kept and claim.span[0] < kept[-1].span[1] and claim.span[1] <= kept[-1].span[1] \
                and not _size_of_thing_priced(kept[-1], claim):
            continue
        kept.append(claim)
    return kept


#: dimensions of the size of a thing priced by the piece: "per 350ml can", "per 40ft box",
#: "per 30-minute session"
_SIZES: Final = frozenset(["length", "mass", "volume", "time"])


def _size_of_thing_priced(rate: Claim, inner: Claim) -> bool:
    """ "¥54 per 350ml can", "£40 per two-hour lesson": the size of the can or the lesson
    inside a price by the piece is a claim too."""
    parts = split_rate(rate.unit)
    return inner.dimension in _SIZES and parts is not None \
        and parts[1].isalpha() and dimension_of(parts[1]) == "count" \
        and inner.span[0] > rate.span[0]
