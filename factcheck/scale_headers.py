"""Money scales written once, as a table's header: after "Net revenue budget (£000):" or
"Capital programme £m:", the bare figures of the sentence are thousands or millions of
pounds ("Adults 142,310" is £142,310,000), and the header's own "£000" is no amount.  Only
bare figures take the scale: percentages, counts with a noun and amounts with their own
unit keep theirs."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Final, List, Optional, Tuple

from factcheck import lexicon, units
from factcheck.claims import Claim
from factcheck.numerals import tidy
from factcheck.sentence import Sentence

#: a scale header in brackets, "(£000)", "(£'000s)", "($ in millions)", "(in €m)", "(USD
#: million)", or a label's, "£m:" (the symbol glued to its scale, a colon after)
_HEADER: Final = re.compile(r"""
    \(\s*(?:in\s+)?
      (?P<currency>US\$|[ACS]\$|NZ\$|HK\$|[£$€¥₹]|[A-Z]{3})\s?(?:in\s+)?
      (?P<scale>'?000s?|k|m|mn|bn|thousands?|millions?|billions?)\s*\)
  | (?<![\w$£€¥₹'])(?P<label_currency>[£$€])(?P<label_scale>'?000s?|k|m|mn|bn):
""", re.VERBOSE)
#: words before a bare figure that name no money (grammar_words.txt)
_NOT_MONEY_CELLS: Final = lexicon.word_sections("grammar_words.txt")["not_money_cells"]
#: what each scale multiplies by
_SCALES: Final = {"000": Decimal(1000), "k": Decimal(1000), "thousand": Decimal(1000),
                  "m": Decimal(1_000_000), "mn": Decimal(1_000_000),
                  "million": Decimal(1_000_000), "bn": Decimal(1_000_000_000),
                  "billion": Decimal(1_000_000_000)}
#: a bare figure of a table's cell: digits and separators, a sign or accounting brackets, or
#: a range of two ("142,310", "(1,204)", "12.5-14.0")
_BARE_FIGURE: Final = re.compile(
    r"[-+\N{MINUS SIGN}(]?[0-9][0-9,.]*\)?"
    r"(?:\s?[-\N{EN DASH}]\s?[0-9][0-9,.]*)?")


def scaled_by_header(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """Bare figures after a money scale header are money in that scale; the header's own
    "£000" goes."""
    start, end = sentence.span
    found = _header(sentence.text, start, end)
    if found is None:
        return claims
    header_start, header_end, code, factor = found
    result: List[Claim] = []
    for claim in claims:
        if claim.span[0] >= header_start and claim.span[1] <= header_end:
            continue  # the header's "£000": no amount of nought pounds
        if claim.span[0] >= header_end and not claim.unit \
                and claim.dimension == "dimensionless" and not claim.vague \
                and _BARE_FIGURE.fullmatch(claim.text) and not _after_other_label(sentence, claim):
            claim = replace(
                claim, unit=code, dimension="currency",
                value=_times(claim.value, factor), low=_times(claim.low, factor),
                high=_times(claim.high, factor), precision=_times(claim.precision, factor))
        result.append(claim)
    return result


def after_scale_header(sentence: Sentence, position: int) -> bool:
    """Whether a money scale header stands before ``position`` in the sentence: the cells
    after it are amounts, not the numbers of names ("(£000): Highways 48,200", "£m: Adults
    142.3")."""
    found = _header(sentence.text, sentence.span[0], position)
    return found is not None


def _header(text: str, start: int, end: int) -> Optional[Tuple[int, int, str, Decimal]]:
    """The first money scale header of the sentence: its span, currency code and factor."""
    if "(" not in text[start:end] and ":" not in text[start:end]:
        return None
    for found in _HEADER.finditer(text, start, end):
        surface = found.group("currency") or found.group("label_currency")
        scale = (found.group("scale") or found.group("label_scale")).strip("'").lower()
        code = _currency_code(surface)
        if code is not None:
            return found.start(), found.end(), code, _SCALES[scale.rstrip("s")]
    return None


def _after_other_label(sentence: Sentence, claim: Claim) -> bool:
    """Whether the word before the figure names no money: "headcount 3,450", "ratio 0.45",
    "the population served is 1,450,000"."""
    before = sentence.before(claim.span[0], 1)
    return bool(before) and before[0].lower in _NOT_MONEY_CELLS


def _currency_code(surface: str) -> Optional[str]:
    """The ISO code of a currency marker written before amounts ("£", "US$", "USD")."""
    table = units.lexicon()
    entry = table.before_exact.get(surface) or table.before_any.get(surface.lower())
    return entry.unit if entry is not None and entry.dimension == "currency" \
        and entry.factor == 1 else None


def _times(value: Optional[Decimal], factor: Decimal) -> Optional[Decimal]:
    return None if value is None else tidy(value * factor)
