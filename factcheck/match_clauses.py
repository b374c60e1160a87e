"""Where words sit around a claim: clauses, their weights, other numbers, attribution."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Callable, FrozenSet, List, NamedTuple, Tuple

from factcheck.claims import Claim
from factcheck.lexicon import alternation, data_lines
from factcheck.match_words import DIGIT, raw_words, word_starts


#: how much a word counts by where it sits: same clause, 1, 2, 3+ clauses away
CLAUSE_WEIGHTS = (1.0, 0.85, 0.75, 0.7)
#: a word in another clause that holds a number of its own: it describes that number
OTHER_NUMBER_WEIGHT = 0.4

#: a year written in digits, not part of a longer number
YEAR = re.compile(r"""
    (?<![\d,.])               # not the tail of a longer number
    (1[89]\d\d|20\d\d)        # a year of the last two centuries
    (?!\d|[,.]\d)              # not the head of one either
""", re.VERBOSE)


@lru_cache(maxsize=None)
def _counting_words() -> "re.Pattern[str]":
    """A counting word ("two children", "zero growth"), where a number written in words starts.

    "one" is left out: it is a pronoun as often as a number.

    >>> [m.group() for m in _counting_words().finditer("Three died, one of them, zero hurt")]
    ['Three', 'zero']
    """
    words = sorted((line.split(" = ")[0] for line in data_lines("number_words.txt")
                    if " = cardinal " in line and int(line.split()[-1]) != 1),
                   key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


#: "between" with no "and" yet: the next "and" joins a range, not two clauses
_OPEN_BETWEEN = re.compile(r"\bbetween\b[^,;]*$")

#: who a sentence quotes: the source of a figure, not what it is about.  Verbs that
#: also take the figure as object ("Argentina reported 520 deaths") count only at the
#: end of a clause
_ATTRIBUTION = re.compile(r"""
    \baccording\s+to\s+(?P<a>[^,;.]+)                      # according to the MTA
  | (?:^|,\s*)(?P<b>(?:[^\W\d][\w.'&-]*\s+){1,5}?)         # NASA says ...; ..., the MTA said
    (?:said|says)\b
  | ,\s*(?P<c>(?:[^\W\d][\w.'&-]*\s+){1,5}?)               # ..., the agency estimated.
    (?:reported|reports|estimated|estimates|announced)\s*(?=[.,;]|$)
  | ,\s*(?:said|says)\s+(?P<d>[^,;.\d]+)(?=[.,;]|$)         # ..., said the agency.
""", re.VERBOSE)

#: splits a sentence into clauses: punctuation and the words that join clauses
_CLAUSE_BREAK = re.compile(r"""
    ,(?!\d|\s+(?:whose|which|who|where)\b)   # a comma, not a thousands separator nor
                                             # one opening a relative clause, which
                                             # speaks of the clause before it
  | [;:()\[\]\N{EM DASH}\N{EN DASH}]
  | \band\b                   # "and" (not inside "between 500 and 600", see below)
  | \b(?:but|while|whereas|although|though)\b
  | \b(?:against|versus|vs)\b  # "54 cases among the vaccinated against 107 on placebo"
""", re.VERBOSE)


def clause_weights(sentence: str, start: int, end: int, *,
                   other_numbers: bool = True) -> List[float]:
    """One weight per raw word of ``sentence``, by clauses between it and ``[start, end)``.

    A word in another clause that has a number of its own weighs least: it
    most likely describes that number (unless ``other_numbers`` is False, for
    the two numbers of a change, which share their subject).

    >>> clause_weights("Iran has 3,000 drones, and Russia 2,000", 9, 14)
    [1.0, 1.0, 1.0, 0.4, 0.4]
    >>> clause_weights("Iran has 3,000 drones, and Russia 2,000", 34, 39)
    [0.4, 0.4, 0.4, 1.0, 1.0]
    >>> clause_weights("In Spain, unemployment fell to 11.3%", 31, 36)
    [0.85, 0.85, 1.0, 1.0, 1.0]

    The two levels of a change share their subject, up to a turn to another one:

    >>> clause_weights("Curlews fell 48%, to 58,500, while kites rose to 6,000", 21, 27,
    ...                other_numbers=False)
    [0.85, 0.85, 1.0, 0.4, 0.4, 0.4, 0.4]

    A relative clause speaks of the clause before it:

    >>> clause_weights("more than Goodison Park, whose capacity was 39,414", 44, 50)
    [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    """
    weigh = clause_weigher(sentence, start, end, other_numbers)
    return [weigh(at) for at in word_starts(sentence)]


class _Layout(NamedTuple):
    """Where a sentence's clauses break, and where its years and other numbers start."""

    breaks: Tuple[int, ...]
    #: indexes into ``breaks`` of the breaks that turn to another subject ("and",
    #: "while", "but", a semicolon): the two levels of a change never share one across
    turns: FrozenSet[int]
    #: (start offset, year) of each year written
    years: Tuple[Tuple[int, int], ...]
    #: start offsets of the numbers that are not years, digits or counting words
    numbers: Tuple[int, ...]


#: hedges that may open a restated figure
_RESTATING_HEDGES = alternation("grammar_words.txt", "restating_hedges")
#: ", or" or an opening bracket (and a hedge), or a comma and a hedge, before a claim's number:
#: it restates the figure of the clause before ("€85 billion, or roughly 3.9% of GDP",
#: "25,000 km (15,500 miles)", "NZ$24.2 billion, around US$14.5 billion"); ", at" gives the
#: clause before its value ("Coverage on small farms was lower, at 94%")
_RESTATEMENT = re.compile(
    rf"(?:(?:,\s*or\s+|\(\s*)(?:{_RESTATING_HEDGES}\s+)?|,\s*{_RESTATING_HEDGES}\s+|,\s*at\s+)\Z")
#: the hedge a claim's own text may open on ("around US$14.5 billion"): the test above looks
#: past it
_OPENING_HEDGE = re.compile(rf"{_RESTATING_HEDGES}\s+")


#: clause breaks that turn to another subject
_TURNS = frozenset([";", "and", "but", "while", "whereas", "although", "though"])


@lru_cache(maxsize=1024)
def sentence_layout(sentence: str) -> _Layout:
    """The clause breaks, years and numbers of a sentence, read once for all its claims."""
    breaks: List[int] = []
    turns = set()
    last_end = -1
    for m in _CLAUSE_BREAK.finditer(sentence):
        window = max(0, m.start() - 40)
        if m.group() == "and" and _OPEN_BETWEEN.search(sentence, window, m.start()):
            continue
        if not (breaks and sentence[last_end:m.start()].isspace()):
            breaks.append(m.start())
        if m.group() in _TURNS:
            turns.add(len(breaks) - 1)
        last_end = m.end()
    years = tuple((m.start(1), int(m.group(1))) for m in YEAR.finditer(sentence))
    at_years = {at for at, _ in years}
    numbers = [m.start() for m in DIGIT.finditer(sentence) if m.start() not in at_years]
    numbers = sorted(numbers + [m.start() for m in _counting_words().finditer(sentence)])
    return _Layout(tuple(breaks), frozenset(turns), years, tuple(numbers))


@lru_cache(maxsize=256)
def clause_weigher(sentence: str, start: int, end: int,
                   other_numbers: bool = True) -> Callable[[int], float]:
    """A function from an offset in ``sentence`` to the weight of a word there."""
    layout = sentence_layout(sentence)
    breaks = layout.breaks
    here_lo = bisect_right(breaks, start)
    here_hi = bisect_right(breaks, max(start, end - 1))
    opening = _OPENING_HEDGE.match(sentence, start)
    number_start = opening.end() if opening else start
    if here_lo and _RESTATEMENT.search(sentence, max(0, number_start - 30), number_start):
        here_lo -= 1  # "€85 billion, or roughly 3.9% of GDP": one figure, said twice
    numbered = {bisect_right(breaks, at) for at in layout.numbers if not start <= at < end}
    if not other_numbers:
        # the two levels of a change share their subject, but not across a turn to
        # another subject ("fell 48%, to 58,500 pairs, while red kites rose to 6,000")
        numbered = {clause for clause in numbered
                    if any(clause <= turn < here_lo or here_hi <= turn < clause
                           for turn in layout.turns)}

    def weigh(offset: int) -> float:
        clause = bisect_right(breaks, offset)
        if clause in numbered and not here_lo <= clause <= here_hi:
            return OTHER_NUMBER_WEIGHT
        if clause < here_lo:
            distance = here_lo - clause
        elif clause > here_hi:
            distance = clause - here_hi
        else:
            distance = 0
        return CLAUSE_WEIGHTS[min(distance, len(CLAUSE_WEIGHTS) - 1)]
    return weigh


def nearer_other_numbers(claim: Claim, sentence: str) -> FrozenSet[int]:
    """Positions of the raw words that describe another number of the sentence.

    English puts what a number is about before it: a word lying between the
    claim and a later number, or separated from the claim by another number,
    belongs to that number.

    >>> from decimal import Decimal as D
    >>> s = "180,000 residents fled as Santa Ana gusts reached 100 mph"
    >>> c = Claim("180,000 residents", (0, 17), D(180000), D(180000), D(180000), sentence=(0, 56))
    >>> sorted(nearer_other_numbers(c, s))
    [1, 2, 3, 4, 5, 6]
    """
    start, end = claim_offsets(claim, sentence)
    others = [at for at in sentence_layout(sentence).numbers
              if not start <= at < end and not (at > 0 and sentence[at - 1] in ",.")]
    if not others:
        return frozenset()
    last = max(others)
    last_before = max((o for o in others if o < start), default=-1)
    return frozenset(n for n, at in enumerate(word_starts(sentence))
                     if (end <= at < last) or at < last_before)


@lru_cache(maxsize=1024)
def attribution_words(sentence: str) -> FrozenSet[int]:
    """Positions of the raw words that name who a sentence quotes.

    "In its first year it raised $550 million, the MTA said": the MTA is the
    source, not a subject, so it names nothing the claim is about.

    >>> s = "In its first year it raised $550 million, the MTA said."
    >>> [raw_words(s)[n][0] for n in sorted(attribution_words(s))]
    ['the', 'MTA']
    >>> sorted(attribution_words("Iran sold 3,000 drones to Russia."))
    []
    """
    lowered = sentence.lower()
    if not any(verb in lowered for verb in _ATTRIBUTION_VERBS):
        return frozenset()
    spans = [m.span(g) for m in _ATTRIBUTION.finditer(sentence) for g in "abcd"
             if m.group(g)]
    if not spans:
        return frozenset()
    return frozenset(n for n, (_, at) in enumerate(raw_words(sentence))
                     if any(lo <= at < hi for lo, hi in spans))


#: a cheap test before the attribution pattern: one of its verbs must be written
_ATTRIBUTION_VERBS = ("according", "said", "says", "report", "estimate", "announced")


def words_ahead(claim: Claim, sentence: str) -> int:
    """How many raw words stand before the claim: where a sentence names its subject."""
    start, _ = claim_offsets(claim, sentence)
    return bisect_right(word_starts(sentence), start - 1)


def claim_offsets(claim: Claim, sentence: str) -> Tuple[int, int]:
    start = claim.span[0] - claim.sentence[0]
    end = claim.span[1] - claim.sentence[0]
    if 0 <= start < end <= len(sentence) and sentence[start:end] == claim.text:
        return start, end
    found = sentence.find(claim.text)
    if found >= 0:
        return found, found + len(claim.text)
    return 0, len(sentence)
