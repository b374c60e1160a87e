"""Years of the first millennium, which have fewer than four digits: "Alfred ruled from 871
until 899", "Louis the Pious (778–840)", "He reigned 688–726", "founded in 930", "in the
year 909", "In 930, the monks left".  A year is told by how it is said: after "the year",
in brackets of a life or a reign right after a name, after a verb of reigning before a
span, or after "in", "from", "until" where the sentence dates an event ("built", "died",
"ruled").  A unit, a money sign or a counted noun keeps the number an amount ("871 sheep",
"in 930 stores", "£950")."""
from __future__ import annotations

import re
from typing import Final

from factcheck import lexicon
from factcheck.numerals import Numeral
from factcheck.sentence import Sentence

_WORDS: Final = lexicon.word_sections("not_claims.txt")
#: verbs of history that date an event, and verbs of reigning (not_claims.txt)
_DATING: Final = _WORDS["history_verbs"] | _WORDS["reign_verbs"]
_REIGNING: Final = _WORDS["reign_verbs"]
#: words before a year of an event
_YEAR_PREPOSITIONS: Final = frozenset(["in", "from", "until", "till", "since", "c.", "circa",
                                       "around"])
#: the smallest number a verb of history dates without "the year" or an era ("died in 79"
#: may be a year, but "in 30" too often is not)
_EARLIEST_DATED: Final = 100
#: a span in brackets right after a name: "(778–840)", "(r. 688–726)", "(c. 900 – 950)"
_BRACKETED_SPAN: Final = re.compile(
    r"\((?:r\.[ ]?|c\.[ ]?)?(?P<first>[0-9]{3,4})[ ]?[-\N{EN DASH}][ ]?(?:c\.[ ]?)?"
    r"(?P<last>[0-9]{3,4})\)")
#: "c." or "circa" right before the number
_CIRCA: Final = re.compile(r"\b(?:c|ca|circa)\.?[ ]\Z")
#: the rest of a span after its first number: " to 900", "-726", " until 899"
_OTHER_END: Final = re.compile(r"(?:[ ]?[-\N{EN DASH}][ ]?|[ ](?:to|until|till)[ ])[0-9]{1,4}")
#: "the year" right before the number
_THE_YEAR: Final = re.compile(r"\b[Tt]he[ ]year[ ]\Z")
#: an era after the number: "930 AD", "44 BC" (which the unit readers leave alone)
_ERA_AFTER: Final = re.compile(r"[ ]?(?:AD|CE|BC|BCE)\b")
#: the longest span a bracketed life or reign covers
_LONGEST_LIFE: Final = 120


def is_early_year(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a number of one to three digits is a year of the first millennium."""
    if numeral.spelled or numeral.scale != 1 or not numeral.text.isdigit() \
            or len(numeral.text) > 3 or numeral.value < 1:
        return False
    text, start = sentence.text, sentence.span[0]
    if _THE_YEAR.search(text, max(start, numeral.start - 9), numeral.start) \
            or _ERA_AFTER.match(text, numeral.end):
        return True
    if _in_life_brackets(numeral, sentence):
        return True
    if sentence.unit_before(numeral.start) or sentence.unit_after(numeral.end):
        return False
    circa = _CIRCA.search(text, max(start, numeral.start - 8), numeral.start)
    before = sentence.before(circa.start() if circa else numeral.start, 2)
    prev = before[-1].lower if before else ""
    if prev in _REIGNING and text[numeral.end:numeral.end + 1] in ("-", "\N{EN DASH}"):
        return True  # "He reigned 688–726"
    if numeral.value < _EARLIEST_DATED:
        return False
    span_end = prev in ("-", "\N{EN DASH}", "until", "till", "to") and len(before) > 1 \
        and before[-2].text.isdigit() and len(before[-2].text) >= 3
    if circa is not None:
        anchor = circa.start() if prev not in _YEAR_PREPOSITIONS else before[-1].start
    elif span_end:
        anchor = before[-2].start  # "from 871 until 899": dated before the span's start
    elif prev in _YEAR_PREPOSITIONS and not (len(before) > 1 and before[-2].text[:1].isdigit()):
        anchor = before[-1].start  # (not "1 in 100": a rate)
    else:
        return False
    if _dated_before(sentence, anchor):
        return _nothing_counted_after(numeral, sentence) \
            and not _counted_span_after(numeral, sentence)
    return prev == "in" and before[-1].start == start and text[numeral.end:numeral.end + 1] == ","
    # "In 930, the monks left": a clause opened by its year


def _in_life_brackets(numeral: Numeral, sentence: Sentence) -> bool:
    """Either end of a life or a reign in brackets right after a name: "Louis the Pious
    (778–840)", "Offa (r. 757–796)"."""
    text = sentence.text
    opening = text.rfind("(", max(sentence.span[0], numeral.start - 8), numeral.start)
    if opening < 0:
        return False
    span = _BRACKETED_SPAN.match(text, opening)
    if span is None or not span.start("first") <= numeral.start <= span.start("last"):
        return False
    first, last = int(span.group("first")), int(span.group("last"))
    name = sentence.before(opening, 1)
    return 0 < last - first <= _LONGEST_LIFE and bool(name) and name[0].text[:1].isupper()


def _dated_before(sentence: Sentence, pos: int) -> bool:
    """Whether a verb or noun of history stands in the three words before ``pos`` with no
    comma after it: "ruled from", "was founded in", "his death in" (not "were built,
    perhaps from 600 to 3,000")."""
    for word in reversed(sentence.before(pos, 3)):
        if word.text in (",", ";", ":"):
            return False
        if word.lower in _DATING:
            return True
    return False


def _counted_span_after(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the number opens a span whose other end counts or measures something: "built
    up from 600 to 900 units"."""
    other = _OTHER_END.match(sentence.text, numeral.end)
    return other is not None and (
        sentence.unit_after(other.end()) is not None
        or not _nothing_counted_after(numeral._replace(end=other.end()), sentence))


def _nothing_counted_after(numeral: Numeral, sentence: Sentence) -> bool:
    """No noun right after the number: "founded in 930." (not "in 930 stores")."""
    following = sentence.after(numeral.end, 1)
    return not following or not following[0].text.isalpha() \
        or not following[0].text.islower() or following[0].lower in _AFTER_A_YEAR


#: words that may follow a year of an event: "until 899 when", "in 930 and"
_AFTER_A_YEAR: Final = frozenset(["and", "or", "when", "until", "till", "to", "after",
                                  "before", "as", "at", "in", "on", "the", "his", "her", "its",
                                  "their", "a", "an", "by", "while", "where", "which", "but"])
