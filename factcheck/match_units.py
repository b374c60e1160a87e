"""The unit rules: whether a row's unit can describe a claim's number."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Dict, FrozenSet, Optional, Set, Tuple

from factcheck.claims import Claim, ReferenceRow
from factcheck.lexicon import data_lines, word_sections
from factcheck.match_clauses import OTHER_NUMBER_WEIGHT, claim_offsets, clause_weigher
from factcheck.match_words import fold, raw_words, stem, word_starts

if TYPE_CHECKING:
    from factcheck.match_index import Query, RowIndex


@lru_cache(maxsize=None)
def unit_words() -> Dict[str, FrozenSet[str]]:
    """Words a dimension implies (``data/check_unit_words.txt``).

    >>> sorted(unit_words()["temperature"])
    ['temperature']
    """
    return word_sections("check_unit_words.txt")


def _units_compatible(claim_unit: str, row_unit: str) -> bool:
    from factcheck import units
    try:
        return bool(units.compatible(claim_unit, row_unit))
    except Exception:  # an unknown unit on either side is simply not comparable
        return False


@lru_cache(maxsize=4096)
def unit_fits(claim_unit: str, claim_dim: str, row_unit: str, row_dim: str) -> bool:
    """Whether a row's unit can describe a claim's number (count nouns aside).

    >>> unit_fits("USD", "currency", "EUR", "currency"), unit_fits("percent", "percent",
    ...     "percentage_point", "percentage_point")
    (True, False)
    """
    if claim_unit == row_unit or rate_scale(claim_unit, row_unit) is not None:
        return True
    if claim_dim == "currency" or row_dim == "currency":
        return claim_dim == row_dim
    if "count" in (claim_dim, row_dim) or not claim_unit or not row_unit:
        return False
    return _units_compatible(claim_unit, row_unit)


@lru_cache(maxsize=4096)
def rate_scale(claim_unit: str, row_unit: str) -> Optional[Decimal]:
    """The factor that puts a claim's rate over a round number on the row's: 1 for "12.3
    per 100,000 people" (unit "1 / 100000 person") against deaths per 100,000 people,
    100 for "3.8 per 1,000" against a rate per 100,000; None when the two count different
    things.  An unnamed numerator ("1") or denominator noun ("22.6 per 100,000") fits any,
    and nouns of one class are one ("residents" count persons).

    >>> rate_scale("1 / 100000 person", "death / 100000 person")
    Decimal('1')
    >>> rate_scale("1 / 100000", "death / 100000 person")
    Decimal('1')
    >>> rate_scale("1 / 100000 resident", "1 / 100000 person")
    Decimal('1')
    >>> rate_scale("death / 1000 birth", "1 / 100000 birth")
    Decimal('100')
    >>> rate_scale("1 / 1000 birth", "death / 100000 person") is None
    True

    A period after the rate ("12 per 100,000 people a year") must be the row's when the row
    names one; a row without a period takes it as implied.

    >>> rate_scale("1 / 100000 person / year", "death / 100000 person")
    Decimal('1')
    >>> rate_scale("1 / 100000 person / day", "1 / 100000 person / year") is None
    True
    """
    claim_unit, claim_period = _without_period(claim_unit)
    row_unit, row_period = _without_period(row_unit)
    if claim_period and row_period and claim_period != row_period:
        return None
    claim_rate, row_rate = _split_rate(claim_unit), _split_rate(row_unit)
    if claim_rate is None or row_rate is None:
        return None
    if "1" not in (claim_rate[0], row_rate[0]) and \
            _noun_stem(claim_rate[0]) != _noun_stem(row_rate[0]):
        return None
    claim_amount, _, claim_noun = claim_rate[1].partition(" ")
    row_amount, _, row_noun = row_rate[1].partition(" ")
    if not (claim_amount.isdigit() and row_amount.isdigit()):
        return None
    if claim_noun and row_noun and _noun_stem(claim_noun) != _noun_stem(row_noun):
        return None
    return Decimal(row_amount) / Decimal(claim_amount)


#: dimensions that measure the same kind of thing in units that never convert
RATIO_DIMENSIONS = frozenset({"percent", "percentage_point", "basis_point"})


def related_dimensions(a: str, b: str) -> bool:
    """Whether a claim in dimension ``a`` could be about a row in ``b`` in another unit.

    Only then is a claim "incompatible_unit" rather than "no_match": percent
    against percentage points, or two rates pint cannot convert.

    >>> related_dimensions("percentage_point", "percent"), related_dimensions("mass", "percent")
    (True, False)
    """
    if "count" in (a, b):
        return False
    return a == b or (a in RATIO_DIMENSIONS and b in RATIO_DIMENSIONS)


@lru_cache(maxsize=4096)
def rate_fit(claim: Claim, row: ReferenceRow) -> str:
    """How a claim written as a rate fits a row in the plain unit of its numerator.

    "stated": the row's words state the same denominator (a table often writes the unit
    "USD" and says "per tonne" in the subject), so "$5,700 a tonne" is in the row's unit.
    "unstated": the row names no denominator at all ("Robusta futures price"): the row
    may confirm the claim, but its silence is no evidence against it.  "" otherwise.

    >>> from decimal import Decimal as D
    >>> c = Claim("$5,700 a tonne", (0, 14), D(5700), D(5700), D(5700), unit="USD / metric_ton",
    ...           dimension="rate")
    >>> def row(subject):
    ...     return ReferenceRow("p", subject, D(5650), None, None, unit="USD", dimension="currency")
    >>> rate_fit(c, row("Robusta price per tonne")), rate_fit(c, row("Robusta futures price"))
    ('stated', 'unstated')
    >>> rate_fit(c, row("Robusta price per pound"))
    ''

    A rate row takes a claim with one more period the same way: "163 litres per person a
    year" (``liter / person / year``) against a row in ``liter / person``.

    >>> c = Claim("163 liters", (0, 10), D(163), D(163), D(163),
    ...           unit="liter / person / year", dimension="rate")
    >>> def rate_row(subject):
    ...     return ReferenceRow("s", subject, D(163), None, None, unit="liter / person",
    ...                         dimension="rate")
    >>> rate_fit(c, rate_row("Soft drinks per person a year")), rate_fit(c, rate_row(
    ...     "Soft drinks per person a day"))
    ('stated', '')
    """
    per = rate_parts(claim.unit, row.unit)
    if per is None or not (per[0] == row.unit or rate_numerator_converts(claim, row)
                           or _other_currency(per[0], row)):
        return ""
    from factcheck.units import as_period, rates_in
    stated = rates_in(row.subject).union(*map(rates_in, row.keywords))
    if all(as_period(part) in stated for part in per[1].split(" / ")):
        return "stated"  # "per person" and "per person per day" alike
    return "" if stated else "unstated"


def rate_parts(claim_unit: str, row_unit: str) -> Optional[Tuple[str, str]]:
    """A claim's rate as its numerator and what it is per: ("USD", "metric_ton") for
    "USD / metric_ton" against a row in "USD"; ("liter / person", "year") for "liter /
    person / year" against a row in "liter / person"; None when the claim is no rate over
    the row's unit."""
    if not row_unit or " / " not in claim_unit:
        return None
    if " / " not in row_unit:
        numerator, _, denominator = claim_unit.partition(" / ")
        return numerator, denominator  # "person / day" of "liter / person / day" too
    tail = claim_unit[len(row_unit) + 3:]
    if not claim_unit.startswith(row_unit + " / ") or " / " in tail:
        return None
    return row_unit, tail


def rate_numerator_converts(claim: Claim, row: ReferenceRow) -> bool:
    """Whether a rate claim's numerator is a physical unit that converts into the row's
    unit: "2.6 gallons ... per capita" against a per-capita row in litres.

    >>> from decimal import Decimal as D
    >>> c = Claim("2.6 gallons", (0, 11), D("2.6"), D("2.6"), D("2.6"),
    ...           unit="gallon / person", dimension="rate")
    >>> rate_numerator_converts(c, ReferenceRow("a", "Alcohol per capita", D("9.8"), None,
    ...                                          None, unit="liter", dimension="volume"))
    True
    """
    per = rate_parts(claim.unit, row.unit)
    if per is None or per[0] == row.unit or row.dimension in ("currency", "count"):
        return False
    return _units_compatible(per[0], row.unit)


def _other_currency(numerator: str, row: ReferenceRow) -> bool:
    """ "$63 a month" against a row in EUR: the rate fits, so that the verdict can say the
    currencies differ (they are never converted)."""
    return row.dimension == "currency" and _currency_code(numerator) == numerator


def _without_period(unit: str) -> Tuple[str, str]:
    """A rate over a round number and the period after it: ("1 / 100000 person", "year")
    for "1 / 100000 person / year"; the unit and "" when there is no third part."""
    parts = unit.split(" / ")
    if len(parts) != 3:
        return unit, ""
    return " / ".join(parts[:2]), parts[2]


def _split_rate(unit: str) -> Optional[Tuple[str, str]]:
    from factcheck.units import split_rate
    return split_rate(unit)


@lru_cache(maxsize=65536)
def _noun_stem(unit: str) -> str:
    """The stem of the singular of a counted noun's last word.

    >>> _noun_stem("people"), _noun_stem("person"), _noun_stem("measles cases")
    ('person', 'person', 'cas')
    """
    from factcheck.units import singular
    words = [fold(w) for w in re.split(r"[\s_]+", unit) if w]
    if not words:
        return ""
    noun = singular(words[-1])
    return stem(count_noun_classes().get(noun, noun))


@lru_cache(maxsize=None)
def count_noun_classes() -> Dict[str, str]:
    """Counted noun → the noun of its class (``data/check_count_nouns.txt``).

    >>> count_noun_classes()["death"], count_noun_classes()["people"]
    ('person', 'person')
    """
    classes: Dict[str, str] = {}
    for line in data_lines("check_count_nouns.txt"):
        canonical, _, rest = line.partition(":")
        for noun in [canonical] + rest.split(";"):
            if noun.strip():
                classes[noun.strip()] = canonical.strip()
    return classes


_CURRENCY_MARK = re.compile(r"""
    [A-Z]{1,2}\$             # US$, C$, A$
  | [$€£¥₹₽]                 # a currency symbol
  | \b[A-Z]{3}\b            # an ISO 4217 code
  | \b[a-z]+s?\b            # a word, which may name a currency ("dollars")
""", re.VERBOSE)


#: a percent sign or word that no number writes just before it: "(% of GDP)"
_FREE_PERCENT = re.compile(r"(?<![\d\s])\s*%|(?<!\d)(?<!\d\s)%|(?<![\d\s])\s+per\s?cent\b")
_BESIDE_NUMBER = re.compile(r"\s?\d")
_NUMBER_BEFORE = re.compile(r"\d\s?$")


@lru_cache(maxsize=1024)
def currencies_in(sentence: str) -> FrozenSet[str]:
    """ISO codes of the currencies a sentence writes, by symbol, code or name,
    and "percent" when it writes one.

    A bare number ("the price was 1.71") may then match a row in that currency.

    >>> sorted(currencies_in("Pump price for diesel (US$ per liter) was 1.71"))
    ['USD']
    >>> sorted(currencies_in("Health spending (% of GDP) was 9.6, in US$ terms"))
    ['USD', 'percent']

    A mark that another number writes ("$45", "67.6%", "40 euros") licenses nothing:

    >>> sorted(currencies_in("It cost 40 euros, or £35, and 67.6% agreed."))
    []
    """
    found = set()
    if _FREE_PERCENT.search(sentence):
        found.add("percent")
    for m in _CURRENCY_MARK.finditer(sentence):
        if _BESIDE_NUMBER.match(sentence, m.end()) or _NUMBER_BEFORE.search(
                sentence, max(0, m.start() - 3), m.start()):
            continue  # "$45", "45 dollars": the mark belongs to that number
        code = _currency_code(m.group())
        if code:
            found.add(code)
    return frozenset(found)


@lru_cache(maxsize=65536)
def _currency_code(mark: str) -> str:
    from factcheck import units
    try:
        return units.currency_code(mark) or ""
    except Exception:  # a word that is no currency
        return ""


#: "per" opening a denominator written in prose ("GNI per capita, PPP ... was 1,490")
_PER_LEAD = re.compile(r"[ \t](?=per[ \t])", re.IGNORECASE)
#: dimensions left to other rules: counted nouns, money and percentages
_NOT_FREE_UNITS = frozenset({"count", "currency", "percent", "percentage_point", "basis_point"})


@lru_cache(maxsize=1024)
def units_in(sentence: str) -> FrozenSet[str]:
    """Units a sentence writes with no number beside them: "(cubic meters)".

    A bare number ("2011: 7,425.25") may then match a row in exactly that unit,
    as :func:`currencies_in` lets it match a row in a currency it writes.

    >>> sorted(units_in("Freshwater per capita (cubic meters) 2011: 7,425.25"))
    ['meter ** 3']
    >>> sorted(units_in("It rose 5 metres and fell 3 kg"))
    []
    """
    from factcheck.units import unit_at
    found = set()
    last = 0
    for at in word_starts(sentence):
        if at < last or _NUMBER_BEFORE.search(sentence, max(0, at - 3), at):
            continue  # inside the unit before ("cubic meters"), or "5 metres"
        hit = unit_at(sentence, at, False)
        if hit is None:
            continue
        last = hit[1]
        if hit[0].dimension not in _NOT_FREE_UNITS and hit[1] - at >= 2 \
                and not _BESIDE_NUMBER.match(sentence, hit[1]):
            found.add(hit[0].unit)
    return frozenset(found)


def denominator_stems(claim: Claim, sentence: str) -> Tuple[str, ...]:
    """Stems of the "per ..." denominators the sentence writes outside the claim's span;
    for a claim written as a rate, only its own denominator ("9.8 litres (2.6 gallons) of
    pure alcohol per capita", where the brackets part the number from its rate).

    "GNI per capita, PPP (current international $) in Zambia was 1,490": what the
    number is per stands wherever the sentence names its subject, so its words
    count as the claim's own.  A denominator outside the claim's span, not beside
    another number nor in a clause holding one, is kept.

    >>> from decimal import Decimal as D
    >>> s = "GNI per capita, PPP in Zambia was 1,490"
    >>> c = Claim("1,490", (34, 39), D(1490), D(1490), D(1490), sentence=(0, 39))
    >>> denominator_stems(c, s)
    ('capita',)
    >>> s = "GDP was $20 billion, or $500 per capita, and 1,490 in PPP"
    >>> denominator_stems(Claim("1,490", (45, 50), D(1490), D(1490), D(1490), sentence=(0, 57)), s)
    ()
    """
    if " per " not in sentence.lower():
        return ()
    from factcheck.units import match_per_after
    start, end = claim_offsets(claim, sentence)
    weigh = clause_weigher(sentence, start, end)
    found = []
    for lead in _PER_LEAD.finditer(sentence):
        per = match_per_after(sentence, lead.start())
        if per is None or start <= per.start < end or weigh(per.start + 1) <= OTHER_NUMBER_WEIGHT \
                or _NUMBER_BEFORE.search(sentence, max(0, per.start - 3), per.start):
            continue
        if " / " in claim.unit and not claim.unit.endswith(" / " + per.unit):
            continue  # "per capita ... 9.8 litres per year": the claim states its own
        found += [stem(fold(w)) for w, _ in raw_words(per.text)[1:]]
    return tuple(found)


#: the end of a number written in digits, and a scale word after it
_NUMBER_END = re.compile(
    r"\d(?![\d,.]?\d)(?:[ ]?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?")


def other_unit_stems(claim: Claim, sentence: str) -> FrozenSet[str]:
    """Stems of the unit words written right after the sentence's other numbers, rates
    included: "fell 55% to €3.60 a kilogram" and "rose 9% to 597 million kilograms" say
    "kilogram" of the level, not of the change.

    >>> from decimal import Decimal as D
    >>> s = "Prices fell 55% to €3.60 a kilogram"
    >>> sorted(other_unit_stems(Claim("55%", (12, 15), D(55), D(55), D(55), sentence=(0, 35)), s))
    ['kilogram']
    >>> s = "Volumes rose 9% to 597 million kilograms"
    >>> sorted(other_unit_stems(Claim("9%", (13, 15), D(9), D(9), D(9), sentence=(0, 40)), s))
    ['kilogram']
    """
    start, end = claim_offsets(claim, sentence)
    return frozenset().union(*(stems for at, stems in _units_after_numbers(sentence)
                               if not start <= at < end))


@lru_cache(maxsize=1024)
def _units_after_numbers(sentence: str) -> Tuple[Tuple[int, FrozenSet[str]], ...]:
    """(where each number in digits starts, the stems of the unit words after it), read
    once per sentence for all its claims."""
    from factcheck.units import match_per_after, unit_at
    found = []
    for number in _NUMBER_END.finditer(sentence):
        after = number.end() + (sentence[number.end():number.end() + 1] == " ")
        unit = unit_at(sentence, after, False)
        stems: Set[str] = set()
        if unit is not None and unit[0].dimension != "count":
            stems.update(stem(fold(w)) for w, _ in raw_words(sentence[after:unit[1]]))
        per = match_per_after(sentence, unit[1] if unit is not None else number.end())
        if per is not None:
            stems.update(stem(fold(w)) for w, _ in raw_words(per.text)[1:])
        if stems:
            found.append((number.start(), frozenset(stems)))
    return tuple(found)


def claim_nouns(claim: Claim, sentence: str) -> Tuple[set, set]:
    """Stems of the singular nouns in the sentence, and of the claim's words and the three after.

    """
    start, end = claim_offsets(claim, sentence)
    everywhere = {_noun_stem(w) for w, _ in raw_words(sentence)}
    after = {_noun_stem(w) for w, _ in raw_words(sentence[start:end])}
    after |= {_noun_stem(w) for w, _ in raw_words(sentence[end:])[:3]}
    return everywhere, after


def _subject_in_clause(index: RowIndex, r: int, q: Query) -> bool:
    """Whether the claim's clause names everything the row is about but its names.

    "the population shrank to 120 million" says what the bare number counts
    as well as "120 million people" would, for a row "Population of Japan".
    """
    written = frozenset().union(*q.clause.values()) if q.clause else frozenset()
    names = frozenset().union(*index._groups.get(r, ()))
    return all(t in written or (t in names and (t in q.exact or index._stem_of(t) in q.earlier))
               for t in index._subject_key[r])


def _compound_in_subject(row: ReferenceRow, noun: str) -> bool:
    """Whether the row's subject writes its unit as a modifier of the claim's noun: a row
    in "student" about "student commencements", a claim counting commencements."""
    compound = re.search(rf"(?<![\w-]){re.escape(row.unit.lower())} {re.escape(noun.lower())}"
                         r"(?:s|es)?(?![\w-])", row.subject.lower())
    return compound is not None


def _in_row(index: RowIndex, r: int, stem: str) -> bool:
    """Whether row ``r``'s words hold the stem ``stem``."""
    term = index._vocab.get(stem)
    return term is not None and r in index._postings[term]


def unit_fits_row(index: RowIndex, claim: Claim, row: ReferenceRow, q: Query, r: int) -> bool:
    """Whether row ``r``'s unit can describe the claim's number, counted nouns included."""
    if rate_fit(claim, row):
        # "$5,700 a tonne" for a USD row about the "price per tonne", or one that
        # names no denominator at all (the verdict then cannot contradict)
        return True
    if claim.unit == "point" and row.unit == "percentage_point":
        return True  # "Chega's vote share rose 4.5 points": points of a percentage
    if claim.dimension == "count" or row.dimension == "count":
        claim_noun = _noun_stem(claim.unit)
        row_noun = _noun_stem(row.unit)
        if claim.unit and row.unit and claim_noun == row_noun:
            # the same unit name is the same unit, however the parser classed it
            # ("113 consecutive days" is counted, "76 days" a time)
            return claim.dimension == row.dimension or claim.unit == row.unit
        if claim.unit and row.unit and row_noun in q.nouns_after:
            return True
        if claim.unit and row.unit and row_noun in q.nouns \
                and _compound_in_subject(row, claim.unit):
            return True  # "cap new international student commencements at 145,000" for a
            # row in students about "student commencements": one count, either noun
        rate = _split_rate(row.unit) if claim.unit and row.dimension != "count" else None
        if rate and _noun_stem(rate[0]) == claim_noun and _noun_stem(rate[1]) in q.nouns:
            # "2,000 incidents ... a day" for a row in "incident / day"
            return True
        if not claim.unit:
            return row_noun in q.nouns or _subject_in_clause(index, r, q)
        return not row.unit and _in_row(index, r, claim_noun)
    if not claim.unit and row.dimension in ("currency", "percent"):
        return row.unit in q.currencies
    if not claim.unit and row.unit and row.unit in q.units:
        # "(cubic meters) 2011: 7,425.25" for a row in cubic metres
        return True
    return unit_fits(claim.unit, claim.dimension, row.unit, row.dimension)
