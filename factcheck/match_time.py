"""The time rules: years that date a claim or a row, future tense, predictions and targets."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Dict, FrozenSet, Iterable, List, NamedTuple, Tuple

from factcheck.claims import Claim
from factcheck.lexicon import word_sections
from factcheck.match_clauses import (CLAUSE_WEIGHTS, OTHER_NUMBER_WEIGHT, YEAR, claim_offsets,
                                     clause_weigher, sentence_layout)
from factcheck.match_kinds import is_change_size, relative_words
from factcheck.match_words import WORD, any_word_pattern

if TYPE_CHECKING:
    from factcheck.match_index import RowIndex
    from factcheck.match_score import Candidate


#: a row dated in a year the sentence does not name
OTHER_YEAR_FACTOR = 0.6

_BY_YEAR = re.compile(r"\bby\s(?:19|20)\d\d\b")
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: the year a change is measured against: "up 6.4% on 2023", "down 3% from 2019"
_BASE_YEAR = re.compile(r"""
    \b(?:since|on|from|over|than(?:\s+in)?|compared\s+(?:with|to)|versus|vs\.?)
    \s+$
""", re.VERBOSE | re.IGNORECASE)


@lru_cache(maxsize=None)
def forecast_words() -> Dict[str, FrozenSet[str]]:
    """The kinds of ``data/check_forecast_words.txt``: prediction, target and future words.

    >>> "forecasts" in forecast_words()["prediction"], "target" in forecast_words()["target"]
    (True, True)
    """
    sections = word_sections("check_forecast_words.txt")
    return {kind: words for kind, words in sections.items() if kind != _PRODUCT_SECTION}


#: the section of words after which "plan" names a product, not an intention
_PRODUCT_SECTION = "product_before"


@lru_cache(maxsize=None)
def _product_words() -> FrozenSet[str]:
    return word_sections("check_forecast_words.txt")[_PRODUCT_SECTION]


def forecast_kind(words: Iterable[str]) -> FrozenSet[str]:
    """Which of "prediction" and "target" the words contain ("a mobile plan" is a product).

    >>> sorted(forecast_kind(["Analysts", "expect", "a", "target"]))
    ['prediction', 'target']
    >>> sorted(forecast_kind(["the", "project", "employed"]))
    []
    >>> sorted(forecast_kind(["Price", "of", "a", "monthly", "mobile", "plan"]))
    []

    A capital inside a sentence makes a name ("via the Cape of Good Hope"), unless every
    word has one ("GDP Growth Forecast"):

    >>> sorted(forecast_kind(["Sailing", "time", "via", "the", "Cape", "of", "Good", "Hope"]))
    []
    >>> sorted(forecast_kind(["GDP", "Growth", "Forecast"]))
    ['prediction']
    """
    written = list(words)
    lowered = [w.lower() for w in written]
    products = _product_words()
    title_case = all(w[:1].isupper() for w in written if len(w) > 3)
    kept = {w for i, w in enumerate(lowered)
            if not (w in ("plan", "plans") and i and lowered[i - 1] in products)
            and (title_case or i == 0 or not written[i][:1].isupper())}
    return frozenset(kind for kind, vocab in forecast_words().items() if kept & vocab)


@lru_cache(maxsize=None)
def _forecast_word() -> "re.Pattern[str]":
    return any_word_pattern(w for vocab in forecast_words().values() for w in vocab)


def claim_forecast(claim: Claim, sentence: str) -> FrozenSet[str]:
    """Which of "prediction" and "target" the claim's own clause speaks of.

    "by 2030" sets a deadline, so it marks a target too.
    """
    if _forecast_word().search(sentence) is None and not _BY_YEAR.search(sentence):
        return frozenset()
    start, end = claim_offsets(claim, sentence)
    weigh = clause_weigher(sentence, start, end)
    kind = forecast_kind(m.group() for m in WORD.finditer(sentence)
                         if weigh(m.start()) == CLAUSE_WEIGHTS[0])
    if any(weigh(m.start()) == CLAUSE_WEIGHTS[0] for m in _BY_YEAR.finditer(sentence)):
        kind |= {"target"}
    return kind


def latest_year_before(text: str) -> Callable[[int], int]:
    """A function from an offset of ``text`` to the latest year written before it (0 if none).

    Built once per document, so each claim's lookup is a bisection.

    >>> before = latest_year_before("In 2019 it fell; by 2024 it rose; in 2021 ...")
    >>> before(0), before(10), before(30), before(45)
    (0, 2019, 2024, 2024)
    """
    offsets: List[int] = []
    latest: List[int] = []
    for m in YEAR.finditer(text):
        offsets.append(m.end(1))
        latest.append(max(int(m.group(1)), latest[-1] if latest else 0))

    def lookup(offset: int) -> int:
        n = bisect_right(offsets, offset)
        return latest[n - 1] if n else 0
    return lookup


def years_in(text: str) -> FrozenSet[int]:
    """The years written in ``text``.

    >>> sorted(years_in("in October 2022, up from 2,021 and 2019"))
    [2019, 2022]
    """
    return frozenset(int(m.group(1)) for m in YEAR.finditer(text))


def _base_years(claim: Claim, sentence: str) -> FrozenSet[int]:
    """Years a change is measured from ("up 6.4% on 2023") or a count runs from
    ("since 2022"): they date no number of the sentence."""
    base = _BASE_YEAR if is_change_size(claim) else _SINCE
    return frozenset(int(m.group(1)) for m in YEAR.finditer(sentence)
                     if base.search(sentence, max(0, m.start() - 16), m.start()))


def _claim_years(claim: Claim, sentence: str) -> FrozenSet[int]:
    """Years that date the claim: those in its sentence, except years sitting in
    another clause beside a number of their own ("grew 3% last year, after 2.7%
    in 2023": 2023 dates the 2.7%, not the 3%), years a count runs from ("5,000
    drones since 2022" is dated by its row, not by 2022) and, for the new level
    of a change, years of its old level ("from 100 pairs in 1990 to 6,000")."""
    years = sentence_layout(sentence).years
    if not years:
        return frozenset()
    start, end = claim_offsets(claim, sentence)
    weigh = clause_weigher(sentence, start, end)
    base = _BASE_YEAR if is_change_size(claim) else _SINCE
    old_level = _old_level_start(claim, sentence, start)
    return frozenset(year for at, year in years
                     if not start <= at < end and weigh(at) != OTHER_NUMBER_WEIGHT
                     and not base.search(sentence, max(0, at - 16), at)
                     and not old_level <= at < start)


_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
#: how far back from a change's new level its "from" may open the old level
_FROM_REACH = 80


def _old_level_start(claim: Claim, sentence: str, start: int) -> int:
    """For the new level of a change, where "from" opens its old level before it ("from
    fewer than 100 pairs in 1990 to more than 6,000": 1990 dates the old level); else
    ``start``, which dates nothing away."""
    if claim.change is None or claim.change.role != "to":
        return start
    openers = [m.start() for m in _FROM.finditer(sentence, max(0, start - _FROM_REACH), start)]
    return openers[-1] if openers else start


class ClaimDates(NamedTuple):
    """The years around a claim that decide which rows' dates fit it."""

    #: years that date the claim (see :func:`_claim_years`), a year back for "a year earlier"
    years: FrozenSet[int]
    #: for the new level of a change, the years that date only the old one
    others: FrozenSet[int]
    #: every year its sentence writes
    written: FrozenSet[int]
    #: the latest year written in the document before the claim's sentence (0 if none)
    present: int


def claim_dates(claim: Claim, sentence: str, present: int) -> ClaimDates:
    """The years a claim is dated by, read once for all its candidate rows."""
    years = _claim_years(claim, sentence)
    # the new level of a change, when the sentence dates only the old one ("to $89
    # billion, from $33 billion in 2008"): a row dated only then is the old level's
    written = frozenset(year for _, year in sentence_layout(sentence).years)
    others = written - years - _base_years(claim, sentence) \
        if claim.change is not None and claim.change.role == "to" else frozenset()
    if dated_year_before(claim, sentence):
        years = frozenset(y - 1 for y in years)
    return ClaimDates(years, others, written, present)


def row_dating(dates: ClaimDates, row_years: FrozenSet[int],
               subject_years: FrozenSet[int]) -> Tuple[float, bool]:
    """The factor a row's score is multiplied by for its dates, and whether it is dated
    elsewhere than the claim (then it may support the claim but never contradict it)."""
    if dates.years and row_years and not (dates.years & row_years):
        return OTHER_YEAR_FACTOR, True
    if not dates.years and dates.others and row_years and row_years <= dates.others:
        return OTHER_YEAR_FACTOR, True
    if not dates.written and dates.present and subject_years and \
            max(subject_years) < dates.present:
        # the sentence names no year, so it speaks of the article's present (the
        # latest year written before it); a row whose subject names an older year
        # ("spending in the 2019 election") may support the claim but is no evidence
        # against it
        return 1.0, True
    return 1.0, False


def dated_year_before(claim: Claim, sentence: str) -> bool:
    """Whether the claim's clause dates it a year back ("40.5 million tonnes a year earlier")."""
    start, end = claim_offsets(claim, sentence)
    weigh = clause_weigher(sentence, start, end)
    lowered = sentence.lower()
    for phrase in relative_words()["previous_year"]:
        at = lowered.find(phrase)
        while at >= 0:
            if weigh(at) == CLAUSE_WEIGHTS[0]:
                return True
            at = lowered.find(phrase, at + 1)
    return False


def old_level_rows(index: RowIndex, claim: Claim, sentence: str,
                   found: List[Candidate]) -> List[Candidate]:
    """Rows the old level of a change may be checked against.

    "fell from 80% in 2022 to 65% in 2023": only a row dated in the earliest
    of two or more years the sentence names, in the year before its only
    year when it says "the year before", or in its only year when that
    follows the old level with no number between ("from $33 billion when
    voters approved it in 2008"); otherwise the old level is not checked,
    since a single year usually dates the new level.
    """
    start, end = claim_offsets(claim, sentence)
    weigh = clause_weigher(sentence, start, end, False)
    # years beside other numbers past a turn to another clause date those ("up from
    # €12.41, and will climb to €13.90 in 2026"), not either level of this change
    years = {year for at, year in sentence_layout(sentence).years
             if not start <= at < end and weigh(at) != OTHER_NUMBER_WEIGHT}
    lowered = sentence.lower()
    after = sentence[end:]
    year_after = YEAR.search(after)
    if len(years) == 1 and any(p in lowered for p in relative_words()["previous_year"]):
        first = min(years) - 1
    elif len(years) >= 2:
        first = min(years)
    elif year_after and not any(end <= at < end + year_after.start()
                                for at in sentence_layout(sentence).numbers):
        # "risen to $89 billion, from $33 billion when voters approved it in 2008":
        # the only year follows the old level with no number between, so it dates it
        first = int(year_after.group(1))
    else:
        return []
    return [c for c in found if first in index._years[index._position(c.row)]]
