"""Scales written once, as a table's header: after "Net revenue budget (£000):" or
"Capital programme £m:", the bare figures of the sentence are thousands or millions of
pounds ("Adults 142,310" is £142,310,000), after "Output ('000 tonnes):" thousands of
tonnes, and the header's own "£000" or "000 tonnes" is no amount.  Only bare figures take
the scale: percentages, counts with a noun and amounts with their own unit keep theirs, as
do figures named as no money ("headcount 3,450")."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Final, List, NamedTuple, Optional, Tuple

from factcheck import lexicon, units
from factcheck.claims import Claim
from factcheck.numerals import tidy
from factcheck.sentence import Sentence

#: a scale header in brackets, "(£000)", "(£'000s)", "($ in millions)", "(in €m)", "(USD
#: million)", "(RM mil)", or a label's, "£m:" (the symbol glued to its scale, a colon after)
_HEADER: Final = re.compile(r"""
    \(\s*(?:in\s+)?
      (?P<currency>US\$|[ACS]\$|NZ\$|HK\$|RM|Rp|[£$€¥₹]|[A-Z]{3})\s?(?:in\s+)?
      (?P<scale>'?000s?|k|m|mn|mil|mln|bn|bil|bln|thousands?|millions?|billions?)\s*\)
  | (?<![\w$£€¥₹'])(?P<label_currency>[£$€])(?P<label_scale>'?000s?|k|m|mn|bn):
""", re.VERBOSE)
#: a bare scale in brackets, as a header before a colon ("Vacancies (000s): Jan 812",
#: "Jobs ('000):", "Employees (thousands):") or as a note ending a list ("Retail 2,911
#: (thousands)"): bare figures in thousands or millions of what they count
_BARE_HEADER: Final = re.compile(
    r"\(\s*(?:in\s+)?(?P<scale>'?000s?|thousands|millions|billions)\s*\)\s*:", re.IGNORECASE)
_BARE_SCALE: Final = re.compile(r"'?000s?|thousands|millions|billions", re.IGNORECASE)
_BARE_NOTE: Final = re.compile(
    r"[ ]\(\s*(?P<scale>'?000s?|thousands|millions|billions)\s*\)[.;]?\s*\Z", re.IGNORECASE)
#: words before a bare figure that name no money (grammar_words.txt)
_NOT_MONEY_CELLS: Final = lexicon.word_sections("grammar_words.txt")["not_money_cells"]
#: a unit's header in thousands: "000 ha", "000 tonnes"
_THOUSANDS_OF_A_UNIT: Final = re.compile(r"000s?\s?[^\W\d]\S{0,15}")
#: what each scale multiplies by
_SCALES: Final = {"000": Decimal(1000), "k": Decimal(1000), "thousand": Decimal(1000),
                  "m": Decimal(1_000_000), "mn": Decimal(1_000_000), "mil": Decimal(1_000_000),
                  "mln": Decimal(1_000_000), "million": Decimal(1_000_000),
                  "bn": Decimal(1_000_000_000), "bil": Decimal(1_000_000_000),
                  "bln": Decimal(1_000_000_000), "billion": Decimal(1_000_000_000)}
#: a bare figure of a table's cell: digits and separators, a sign or accounting brackets, or
#: a range of two ("142,310", "(1,204)", "12.5-14.0")
_BARE_FIGURE: Final = re.compile(
    r"[-+\N{MINUS SIGN}(]?[0-9][0-9,.]*\)?"
    r"(?:\s?[-\N{EN DASH}]\s?[0-9][0-9,.]*)?")
#: words of a price or pay by the piece, whose cell keeps its own amount under a scale
#: header: "average ticket price $45", "average wage $48,000", "admission $12"
_PRICE_BY_THE_PIECE: Final = frozenset(["price", "prices", "wage", "wages", "salary", "average",
                                        "median", "admission", "fee", "fare", "per", "each",
                                        "rate", "ticket"])
#: a cell of money with its own sign and no scale word: "$8,750", "(£1,204)"
_MONEY_CELL: Final = re.compile(r"[-\N{MINUS SIGN}(]?[£$€¥₹][ ]?[0-9][0-9,.]*\)?")


class Header(NamedTuple):
    """A scale header's span, and the unit, dimension and factor it gives the cells after it."""

    start: int
    end: int
    unit: str
    dimension: str
    factor: Decimal
    #: whether the cells stand before the header, which is a note ending their list
    note: bool = False


def scaled_by_header(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """Bare figures after a scale header are amounts in that scale and unit; the header's
    own "£000" or "000 ha" goes."""
    start, end = sentence.span
    found = _header(sentence.text, start, end) or _unit_header(claims, sentence) \
        or _bare_header(sentence.text, start, end)
    if found is None:
        return claims
    header_start, header_end, code, dimension, factor, note = found
    column = _own_columns(claims, sentence, header_start, header_end)
    result: List[Claim] = []
    for claim in claims:
        if column is not None and claim not in column and claim.span[0] >= header_end:
            result.append(claim)  # "Landings (t) | Value (£m) — Peterhead | 143,200 | 226.4":
            continue  # the tonnes' cell keeps its own header's unit, unread here
        if claim.span[0] >= header_start and claim.span[1] <= header_end:
            continue  # the header's "£000", "000 ha": no amount of nought
        if (claim.span[1] <= header_start if note else claim.span[0] >= header_end) \
                and not claim.unit \
                and claim.dimension == "dimensionless" and not claim.vague \
                and _BARE_FIGURE.fullmatch(claim.text) \
                and not _after_other_label(sentence, claim):
            claim = in_scale(claim, code, dimension, factor)
        elif claim.span[0] >= header_end and not note and claim.dimension == "currency" \
                and code in ("", claim.unit) and not claim.vague \
                and _MONEY_CELL.fullmatch(claim.text) \
                and not any(w.lower in _PRICE_BY_THE_PIECE
                            for w in sentence.before(claim.span[0], 3)):
            claim = in_scale(claim, claim.unit, "currency", factor)  # "Capital projects (in
            # thousands): Fire Station 4 $8,750": the cell's sign repeats the header's money
        result.append(claim)
    return result


#: a header's unit in brackets, as a table's column writes it: "(t)", "(cm)", "(£m)", "(000s)"
#: (not a year's or a negative's: "(2024)", "(1,204)")
_BRACKETED_HEADER: Final = re.compile(r"\((?=[^()]*[^\d\s,.()-])[^()]{1,12}\)")


def _own_columns(claims: List[Claim], sentence: Sentence, header_start: int,
                 header_end: int) -> Optional[List[Claim]]:
    """When a line heads several columns with units in brackets and a row of as many bare
    figures follows, the figures of the columns headed as the scale header is; None when
    the line heads one column only."""
    start, end = sentence.span
    if sentence.text.find("|", start, end) < 0:
        return None
    headers = list(_BRACKETED_HEADER.finditer(sentence.text, start, end))
    if len(headers) < 2 or header_start not in [found.start() for found in headers]:
        return None
    cells = [claim for claim in claims
             if claim.span[0] >= headers[-1].end() and _BARE_FIGURE.fullmatch(claim.text)]
    if len(cells) != len(headers):
        return None
    own = sentence.text[header_start:header_end]
    return [cell for cell, found in zip(cells, headers) if found.group() == own]


def after_scale_header(sentence: Sentence, position: int) -> bool:
    """Whether a money scale header stands before ``position`` in the sentence: the cells
    after it are amounts, not the numbers of names ("(£000): Highways 48,200", "£m: Adults
    142.3")."""
    return _header(sentence.text, sentence.span[0], position) is not None


def _header(text: str, start: int, end: int) -> Optional[Header]:
    """The first money scale header between ``start`` and ``end``."""
    if text.find("(", start, end) < 0 and text.find(":", start, end) < 0:
        return None
    for found in _HEADER.finditer(text, start, end):
        surface = found.group("currency") or found.group("label_currency")
        scale = found.group("scale") or found.group("label_scale")
        code = _currency_code(surface)
        if code is not None:
            return Header(found.start(), found.end(), code, "currency",
                          _scale_factor(scale))
    return None


def money_scale(inner: str) -> Optional[Tuple[str, Decimal]]:
    """The currency and scale of a bracketed header's inside ("£m", "$ in millions", "USD
    bn"), or None.

    >>> money_scale("£m")
    ('GBP', Decimal('1000000'))
    >>> money_scale("m") is None
    True
    """
    found = _header(f"({inner})", 0, len(inner) + 2)
    return (found.unit, found.factor) if found is not None else None


def bare_scale(inner: str) -> Optional[Decimal]:
    """The scale of a bracketed header's inside that names no unit ("000s", "thousands"), or
    None.

    >>> bare_scale("'000"), bare_scale("kg")
    (Decimal('1000'), None)
    """
    found = _BARE_SCALE.fullmatch(inner.strip())
    return _scale_factor(found.group()) if found is not None else None


def _bare_header(text: str, start: int, end: int) -> Optional[Header]:
    """A bare scale header ("(000s):", "(thousands):") or a note ending the list
    ("... 2,911 (thousands)")."""
    if text.find("(", start, end) < 0:
        return None
    found = _BARE_HEADER.search(text, start, end)
    note = found is None
    if found is None:
        found = _BARE_NOTE.search(text, start, end)
    if found is None:
        return None
    return Header(found.start(), found.end(), "", "dimensionless",
                  _scale_factor(found.group("scale")), note)


def _scale_factor(written: str) -> Decimal:
    """What a scale as a header writes it multiplies by: "'000s" 1000, "millions" 10**6."""
    return _SCALES[written.strip("'").lower().rstrip("s")]


def _after_other_label(sentence: Sentence, claim: Claim) -> bool:
    """Whether the word before the figure names no money: "headcount 3,450", "ratio 0.45",
    "the population served is 1,450,000"."""
    before = sentence.before(claim.span[0], 1)
    return bool(before) and before[0].lower in _NOT_MONEY_CELLS


def _unit_header(claims: List[Claim], sentence: Sentence) -> Optional[Header]:
    """A unit's scale header read as a claim of nought: "(000 ha)", "('000 tonnes)"."""
    for claim in claims:
        # (the bracket before it first: the cheapest test, and the one most claims fail)
        if sentence.text[claim.span[0] - 1:claim.span[0]] in ("(", "'") \
                and claim.value == 0 and claim.unit and claim.dimension != "currency" \
                and _THOUSANDS_OF_A_UNIT.fullmatch(claim.text) \
                and sentence.text[claim.span[1]:claim.span[1] + 1] == ")":
            return Header(claim.span[0], claim.span[1], claim.unit, claim.dimension,
                          _SCALES["000"])
    return None


def _currency_code(surface: str) -> Optional[str]:
    """The ISO code of a currency marker written before amounts ("£", "US$", "USD")."""
    table = units.lexicon()
    entry = table.before_exact.get(surface) or table.before_any.get(surface.lower())
    return entry.unit if entry is not None and entry.dimension == "currency" \
        and entry.factor == 1 else None


def in_scale(claim: Claim, unit: str, dimension: str, factor: Decimal) -> Claim:
    """A bare figure in the unit and scale a header gives it: 142,310 under "(£000)" is
    £142,310,000."""
    return replace(claim, unit=unit, dimension=dimension,
                   value=_times(claim.value, factor), low=_times(claim.low, factor),
                   high=_times(claim.high, factor), precision=_times(claim.precision, factor))


def _times(value: Optional[Decimal], factor: Decimal) -> Optional[Decimal]:
    return None if value is None else tidy(value * factor)
