"""Symbols that are units only in a sentence about their quantity: "a 13A fuse" and "a
40 A breaker" are amperes in a sentence about wiring, "130 bar" is a pressure in a sentence
about pumps or tyres; elsewhere "13A" is a flat, "Class A" a grade and "a 5 bar gate" a
gate.  The cue words of each symbol are data (``[ampere_cues]``, ``[bar_cues]`` in
grammar_words.txt)."""
from __future__ import annotations

import re
from typing import Final, NamedTuple, Optional, Tuple

from factcheck import lexicon
from factcheck.sentence import Sentence

_GRAMMAR: Final = lexicon.word_sections("grammar_words.txt")


class CuedUnit(NamedTuple):
    """A unit read from a cued symbol, with the end of the symbol."""

    unit: str
    dimension: str
    text: str
    end: int


#: (symbol after a number, glued or after one space; unit; dimension; cue words)
_SYMBOLS: Final[Tuple[Tuple["re.Pattern[str]", str, str, frozenset], ...]] = (
    (re.compile(r"[ ]?A(?![\w'\N{RIGHT SINGLE QUOTATION MARK}+#/-])"), "ampere",
     "electric_current", _GRAMMAR["ampere_cues"]),
    (re.compile(r"[ ]?bar(?![\w'\N{RIGHT SINGLE QUOTATION MARK}-])"), "bar", "pressure",
     _GRAMMAR["bar_cues"]),
)


#: the first letters of the cued symbols
_SYMBOL_LETTERS: Final = frozenset(["A", "b"])


def cued_unit_after(sentence: Sentence, end: int) -> Optional[CuedUnit]:
    """The unit of a cued symbol right after a number ending at ``end``: "13A" and "40 A"
    in a sentence about fuses or circuits, "130 bar" in one about pressure; else None.

    >>> from factcheck.sentence import make_sentence
    >>> text = "Fit a 13A fused spur."
    >>> cued_unit_after(make_sentence(text, (0, len(text)), frozenset()), 8).unit
    'ampere'
    """
    if not sentence.text[end - 1:end].isdigit() \
            or sentence.text[end:end + 2].lstrip()[:1] not in _SYMBOL_LETTERS:
        return None  # the common case: no "A" or "bar" after the number
    for symbol, unit, dimension, cues in _SYMBOLS:
        found = symbol.match(sentence.text, end)
        if found is not None and not sentence.vocabulary.isdisjoint(cues):
            return CuedUnit(unit, dimension, found.group().strip(), found.end())
    return None
