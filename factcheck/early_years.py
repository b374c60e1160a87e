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
from factcheck.nouns import counted_noun
from factcheck.numerals import Numeral
from factcheck.sentence import Sentence

_WORDS: Final = lexicon.word_sections("not_claims.txt")
#: verbs of history that date an event, and verbs of reigning (not_claims.txt)
_DATING: Final = _WORDS["history_verbs"] | _WORDS["reign_verbs"]
_REIGNING: Final = _WORDS["reign_verbs"]
#: words before a year of an event
_YEAR_PREPOSITIONS: Final = frozenset(["in", "from", "until", "till", "since", "c.", "circa"])
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
#: the rest of a reign after its first year, then no count: "-726", "–809 from Baghdad"
_REIGN_AFTER: Final = re.compile(r"[-\N{EN DASH}][0-9]{3}\b(?![ ]?%|-)(?![ ](?:of|[a-z]+s)\b)")
#: what follows a year that opens a clause: a comma and no list of numbers ("In 930, the
#: monks"; not "In 300, 400 and 500 mg doses")
_CLAUSE_AFTER: Final = re.compile(r",[ ](?![0-9][0-9,.]*(?:,[ ]|[ ](?:and|or)[ ]))")
#: the longest span a bracketed life or reign covers
_LONGEST_LIFE: Final = 120


def is_early_year(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a number of one to three digits is a year of the first millennium."""
    if numeral.spelled or numeral.scale != 1 or not numeral.text.isdigit() \
            or len(numeral.text) > 3 or numeral.value < 1:
        return False
    if _ERA_AFTER.match(sentence.text, numeral.end) or _in_life_brackets(numeral, sentence):
        return True
    # a unit or a counted noun keeps any number an amount ("During the year 300 new members
    # joined": a count); asked last, of the few numbers said like a year, as a counted noun
    # is slow to rule out
    return _said_like_a_year(numeral, sentence) and not (
        sentence.unit_before(numeral.start) or sentence.unit_after(numeral.end)
        or not _nothing_counted_after(numeral, sentence))


def _said_like_a_year(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the words around a number of one to three digits date an event: "the year
    909", "reigned 688–726", "founded in 930", "In 930, the monks left"."""
    text, start = sentence.text, sentence.span[0]
    if _THE_YEAR.search(text, max(start, numeral.start - 9), numeral.start):
        return True
    circa = _CIRCA.search(text, max(start, numeral.start - 8), numeral.start)
    before = sentence.before(circa.start() if circa else numeral.start, 2)
    prev = before[-1].lower if before else ""
    if numeral.value < _EARLIEST_DATED:
        return False
    if prev in _REIGNING and _REIGN_AFTER.match(text, numeral.end):
        return True  # "He reigned 688–726" (not "ruled 150-200 of the claims", "ruled 7-2")
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
        return not _counted_span_after(numeral, sentence)
    return prev == "in" and before[-1].start == start \
        and _CLAUSE_AFTER.match(text, numeral.end) is not None
    # "In 930, the monks left": a clause opened by its year (not "In 300, 400 and 500 mg")


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
    return 0 < last - first <= _LONGEST_LIFE and bool(name) and name[0].text[:1].isupper() \
        and (text[opening + 1:opening + 2] in ("r", "c") or first % 10 != 0 or last % 10 != 0)
    # (not "Kenya (300–400)", "Labour (410–430)": round ends estimate an amount)


def _dated_before(sentence: Sentence, pos: int) -> bool:
    """Whether a verb or noun of history stands right before ``pos``, perhaps after an
    adverb: "ruled from", "was founded in", "his death in", "built c." (not "were built,
    perhaps from 600 to 3,000", "the converted hall rose from 400")."""
    before = sentence.before(pos, 2)
    if len(before) == 2 and before[-1].lower.endswith("ly"):
        before = before[:1]  # "was originally built in 930"
    return bool(before) and before[-1].lower in _DATING


def _counted_span_after(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the number opens a span whose other end counts or measures something: "built
    up from 600 to 900 units"."""
    other = _OTHER_END.match(sentence.text, numeral.end)
    return other is not None and (
        sentence.unit_after(other.end()) is not None
        or not _nothing_counted_after(numeral._replace(end=other.end()), sentence))


def _nothing_counted_after(numeral: Numeral, sentence: Sentence) -> bool:
    """No noun right after the number: "founded in 930." (not "in 930 stores", "built in 300
    Kenyan villages")."""
    following = sentence.after(numeral.end, 1)
    if following and following[0].lower == "of":
        return False  # "ruled 150-200 of the claims": a part of a whole
    if not following or not following[0].text.isalpha() or following[0].lower in _AFTER_A_YEAR:
        return True
    return counted_noun(sentence, numeral.end, numeral.value) is None


#: words that may follow a year of an event: "until 899 when", "in 930 and"
_AFTER_A_YEAR: Final = frozenset(["and", "or", "when", "until", "till", "to", "after",
                                  "before", "as", "at", "in", "on", "the", "his", "her", "its",
                                  "from",
                                  "their", "a", "an", "by", "while", "where", "which", "but"])
