"""Figures listed with slashes and one unit after the last: "a cooldown of 120/100/80
seconds" is three durations, and "(city/hwy/combined): 25/33/28" three figures named by the
slashed labels before them.  Dates ("12/05/24"), "24/7", tyre sizes ("225/45/17"), scores and
ratios ("3/5") keep their own readings: a list needs three figures and a unit after them, or
as many labels before it, and none of its figures may be a date's.  Two figures with a unit
are alternatives, no claims ("Reply within 24/48 hours", "rates are now 4.5/5%")."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List, Optional, Tuple

from factcheck import lexicon, units
from factcheck.claims import Claim
from factcheck.sentence import Sentence, finish_claim

#: two to six figures joined by slashes, no spaces: "120/100/80", "24/32", "1.2/1.5/1.8"
_SLASHED: Final = re.compile(
    r"(?<![\w./,:-])[0-9]{1,4}(?:\.[0-9]{1,2})?(?:/[0-9]{1,4}(?:\.[0-9]{1,2})?){1,5}"
    r"(?![\w/]|[.,][0-9])")
_FIGURE: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: slashed labels before the list, each a word: "(city/hwy/combined): "
_LABELS: Final = re.compile(r"[A-Za-z]+(?:/[A-Za-z]+){1,5}")
#: how far back the labels may stand
_LABEL_REACH: Final = 40
#: words of tyres, whose sizes are written with slashes (grammar_words.txt)
_TYRE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["tyre_words"]
#: units whose figures a slashed list never holds: money and the pairs read elsewhere
#: (blood pressure, a broadband tier's download and upload)
_NO_LIST_DIMENSIONS: Final = frozenset(["currency", "dimensionless", "pressure", "data_rate"])


def slash_list_claims(sentence: Sentence) -> List[Claim]:
    """Each figure of a slashed list with its unit, when the list is no date, tyre or code."""
    start, end = sentence.span
    if sentence.text.find("/", start, end) < 0 or not sentence.vocabulary.isdisjoint(_TYRE_WORDS):
        return []
    claims: List[Claim] = []
    for found in _SLASHED.finditer(sentence.text, start, end):
        figures = [(m.start() + found.start(), m.end() + found.start(), Decimal(m.group()))
                   for m in _FIGURE.finditer(found.group())]
        if _date_like(figures) or found.group() == "24/7":
            continue
        if _read_elsewhere(sentence, found.end()):
            continue  # "300/20 Mbps", "135/85 mmHg": a tier's or a pressure's pair
        unit = _unit_after(sentence, found.end())
        if not _labelled(sentence, found.start(), len(figures)) \
                and (unit is None or len(figures) < 3):
            continue  # (two figures with a unit are alternatives: "within 24/48 hours")
        factor = unit.factor if unit is not None else Decimal(1)
        for figure_start, figure_end, value in figures:
            last = figure_end == found.end() and unit is not None
            claims.append(finish_claim(
                sentence, start=figure_start, end=unit.end if last and unit else figure_end,
                low=value * factor, high=value * factor, kind="point", qualifier="",
                precision=_precision(value) * factor,
                unit=unit.unit if unit else "",
                dimension=unit.dimension if unit else "dimensionless",
                unit_text=unit.text if unit and last else ""))
    return claims


def _unit_after(sentence: Sentence, end: int) -> Optional[units.UnitMatch]:
    """The unit after the list's last figure, if it is one a list may share."""
    unit = sentence.unit_after(end)
    if unit is None or unit.dimension in _NO_LIST_DIMENSIONS or unit.scaled:
        return None
    return unit


def _read_elsewhere(sentence: Sentence, end: int) -> bool:
    """Whether the unit after the list is one whose slashed pairs other readers take."""
    unit = sentence.unit_after(end)
    return unit is not None and unit.dimension in ("pressure", "data_rate")


def _labelled(sentence: Sentence, start: int, count: int) -> bool:
    """Whether as many slashed labels as figures stand shortly before the list."""
    window = sentence.text[max(sentence.span[0], start - _LABEL_REACH):start]
    return any(label.group().count("/") + 1 == count
               and all(part.islower() or part.istitle() for part in label.group().split("/"))
               for label in _LABELS.finditer(window))  # (not "iOS/Android 16/13": versions)


def _date_like(figures: List[Tuple[int, int, Decimal]]) -> bool:
    """Whether two or three whole figures may be a date: a day and a month, perhaps a year
    ("12/05", "5/12/2024", "12/05/24")."""
    values = [value for _, _, value in figures]
    if len(values) not in (2, 3) or any(v != v.to_integral_value() for v in values):
        return False
    first, second = values[0], values[1]
    day_month = (1 <= first <= 31 and 1 <= second <= 12) \
        or (1 <= first <= 12 and 1 <= second <= 31)
    return day_month and (len(values) == 2 or values[2] < 100 or 1900 <= values[2] <= 2100)


def _precision(value: Decimal) -> Decimal:
    """The last place a figure is written to: 1 for "120", 0.1 for "1.5"."""
    exponent = value.as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) and exponent < 0 else 0)
