"""Find the reference row a claim is about: units first, then words, then time.

The pipeline, read top to bottom in :meth:`ReferenceIndex.match`:

1. ``words = subject_words(sentence)`` (tokens → aliases → stop words → stems),
   each word weighted by how close it sits to the number (same clause 1.0, a
   clause away less, the sentence before 0.5);
2. ``rows = index.candidates(claim, sentence)``: rows sharing a distinctive word,
   found through an inverted index (stem → rows) so a million-row table is never
   scanned, kept when their unit can describe the claim's number, and scored
   by the IDF-weighted share of the row's subject the sentence covers;
3. a row naming a person, place or body ("Russia", "Maduro") that the text
   does not mention is dropped, however many other words it shares;
4. a year in the sentence that differs from the row's ``as_of`` lowers its score;
5. :func:`choose` keeps the best row when it is good enough and clearly better
   than the next one; otherwise the claim is ``no_match`` or ``ambiguous``.
"""
from __future__ import annotations

import heapq
import math
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import (Callable, Container, Dict, FrozenSet, Iterable, List, NamedTuple, Optional,
                    Sequence, Tuple)

from rapidfuzz import fuzz, process

from factcheck.claims import Claim, ReferenceRow
from factcheck.lexicon import data_lines, word_sections

#: a row must cover at least this share of its subject's weight to be a match
MIN_SCORE = 0.25
#: words of a row that the sentence (or the claim's unit) must contain, at least
MIN_EVIDENCE = 1
#: a row of another unit must score this much to call the claim's unit incompatible
INCOMPATIBLE_SCORE = 0.5
#: rows whose scores differ by less than this are equally good
TIE_MARGIN = 0.04
#: how much a word counts by where it sits: same clause, 1, 2, 3+ clauses away
CLAUSE_WEIGHTS = (1.0, 0.85, 0.75, 0.7)
#: a word in another clause that holds a number of its own: it describes that number
OTHER_NUMBER_WEIGHT = 0.4
#: a name written earlier in the document
DOC_NAME_WEIGHT = 0.25
#: a name written at least this close to the claim counts as what the claim is about
NEAR_WEIGHT = 0.75
#: a word the claim's unit implies ("temperature" for °F)
IMPLIED_WEIGHT = 0.8
#: a name in the claim's own sentence weighs at least this, more than any word before it
SENTENCE_NAME_WEIGHT = 0.6
#: a word from the sentence before the claim's, in the same paragraph
BEFORE_WEIGHT = 0.5
#: a row dated in a year the sentence does not name
OTHER_YEAR_FACTOR = 0.6
#: a row narrowed to a subgroup ("youth", "female") the claim's clause does not name
UNSPOKEN_SUBGROUP_FACTOR = 0.7
#: an ordinary row, for a claim that speaks of a target ("wants to halve ... by 2030")
UNTARGETED_FACTOR = 0.7
#: a row whose keyword phrase the text contains in full scores at least this much
KEYWORD_FLOOR = 0.5
#: a change word with no direction: a row saying it may be the size of a rise or a fall
NEUTRAL_CHANGE_WORD = "change"
#: how much a row loses for lacking all the clause words its rivals have
MISSING_WEIGHT = 0.75
#: rows scoring below this are not rivals when looking for missing words
MISSING_FLOOR = 0.3
#: only this many rows, best covered first, go through the unit, name and time checks
TOP_ROWS = 16
#: the best rows whose local share (Candidate.local) is computed
LOCAL_ROWS = 8
#: a stem this common is not walked through the index (it still scores)
COMMON_SHARE = 0.01
COMMON_MIN_ROWS = 1000
#: fuzzy matching of words the table does not contain, with rapidfuzz's ratio
FUZZY_CUTOFF = 86.0
FUZZY_QUALITY = 0.8
PREFIX_QUALITY = 0.9


# --- words ------------------------------------------------------------------

_WORD = re.compile(r"""
    (?:[^\W\d_]\.){2,}        # dotted abbreviation: U.S., U.K.
  | [^\W\d_]+                 # a run of letters
""", re.VERBOSE)

_YEAR = re.compile(r"""
    (?<![\d,.])               # not the tail of a longer number
    (1[89]\d\d|20\d\d)        # a year of the last two centuries
    (?!\d|[,.]\d)              # not the head of one either
""", re.VERBOSE)

_DIGIT = re.compile(r"\d+")


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
_LETTERS = re.compile(r"[^\W\d_]+")
_BY_YEAR = re.compile(r"\bby\s(?:19|20)\d\d\b")
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: the year a change is measured against: "up 6.4% on 2023", "down 3% from 2019"
_BASE_YEAR = re.compile(r"""
    \b(?:since|on|from|over|than(?:\s+in)?|compared\s+(?:with|to)|versus|vs\.?)
    \s+$
""", re.VERBOSE | re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")

#: a change set after a comma beside the level it changes: ", up", ", a drop of"
_APPOSED_CHANGE = re.compile(r"""
    ,\s+(?:up|down
         |(?:a|an)\s+(?:rise|fall|drop|increase|decrease|decline|jump|gain|cut|reduction)\s+of
    )(?:\s+by)?\s+$
""", re.VERBOSE | re.IGNORECASE)

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
""", re.VERBOSE)


@lru_cache(maxsize=None)
def stop_words() -> FrozenSet[str]:
    """The words ignored when matching (``data/stopwords.txt``).

    >>> "the" in stop_words(), "drone" in stop_words()
    (True, False)
    """
    return frozenset(w for line in data_lines("stopwords.txt") for w in line.split())


@lru_cache(maxsize=None)
def forecast_words() -> Dict[str, FrozenSet[str]]:
    """The sections of ``data/check_forecast_words.txt``: prediction and target words.

    >>> "forecasts" in forecast_words()["prediction"], "target" in forecast_words()["target"]
    (True, True)
    """
    return word_sections("check_forecast_words.txt")


def forecast_kind(words: Iterable[str]) -> FrozenSet[str]:
    """Which of "prediction" and "target" the words contain.

    >>> sorted(forecast_kind(["Analysts", "expect", "a", "target"]))
    ['prediction', 'target']
    >>> sorted(forecast_kind(["the", "project", "employed"]))
    []
    """
    lowered = {w.lower() for w in words}
    return frozenset(kind for kind, vocab in forecast_words().items() if lowered & vocab)


@lru_cache(maxsize=None)
def unit_words() -> Dict[str, FrozenSet[str]]:
    """Words a dimension implies (``data/check_unit_words.txt``).

    >>> sorted(unit_words()["temperature"])
    ['temperature']
    """
    return word_sections("check_unit_words.txt")


@lru_cache(maxsize=None)
def relative_words() -> Dict[str, Tuple[str, ...]]:
    """The sections of ``data/check_relative_words.txt``: after, before, previous_year."""
    out: Dict[str, List[str]] = {}
    section = ""
    for line in data_lines("check_relative_words.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        else:
            out.setdefault(section, []).append(line)
    return {k: tuple(v) for k, v in out.items()}


def is_name_part(claim: Claim, sentence: str) -> bool:
    """Whether a bare number is part of a name: "Hornsea 2", "Boeing 737".

    Only short whole numbers written without separators qualify: "Guinea-Bissau
    7.07" in a table row is a figure.

    >>> from decimal import Decimal as D
    >>> c = Claim("2", (8, 9), D(2), D(2), D(2), sentence=(0, 30))
    >>> c0 = Claim("2", (8, 9), D(2), D(2), D(2), sentence=(0, 30))
    >>> is_name_part(c0, "Hornsea 2, off the coast"), is_name_part(c0, "the farm 2 miles off")
    (True, False)
    """
    if claim.unit or claim.qualifier or not claim.text.isdigit() or len(claim.text) > 4:
        return False
    start, _ = _claim_offsets(claim, sentence)
    head = sentence[:start]
    words = _raw_words(head)
    if not words or not head.endswith(" ") or head[-2:-1].isspace():
        return False
    word, at = words[-1]
    return word[:1].isupper() and at + len(word) == len(head) - 1


def is_difference(claim: Claim, sentence: str) -> bool:
    """Whether the claim is a difference (see :func:`is_comparison`), an addition or a
    rank, not a level.

    >>> from decimal import Decimal as D
    >>> c = Claim("500", (18, 21), D(500), D(500), D(500), sentence=(0, 29))
    >>> is_difference(c, "NATO sent another 500 troops.")
    True
    >>> c = Claim("500", (14, 17), D(500), D(500), D(500), sentence=(0, 25))
    >>> is_difference(c, "NATO has sent 500 troops.")
    False
    """
    if is_comparison(claim, sentence):
        return True
    start, _ = _claim_offsets(claim, sentence)
    # the words of the 40 characters before the claim, read from the sentence's cached
    # words rather than from a slice (slices would crowd the cache out)
    starts = _word_starts(sentence)
    words = _raw_words(sentence)[bisect_right(starts, start - 41):bisect_right(starts, start - 1)]
    head = " ".join(w.lower() for w, _ in words)
    tail = sentence[:start].rstrip()
    if not tail or not tail[-1].isalpha():
        return False
    return any(head == phrase or head.endswith(" " + phrase)
               for phrase in relative_words()["before"])


@lru_cache(maxsize=None)
def _relative_vocab() -> FrozenSet[str]:
    return frozenset(w for section in relative_words().values() for phrase in section
                     for w in phrase.split())


def is_comparison(claim: Claim, sentence: str) -> bool:
    """Whether a comparison word follows the number ("13,000 more than Goodison Park").

    Such a difference is the size of a change: it may only meet a row about a
    change ("Increase in capacity"), never a level.

    >>> from decimal import Decimal as D
    >>> c = Claim("13,000", (9, 15), D(13000), D(13000), D(13000), sentence=(0, 40))
    >>> is_comparison(c, "It seats 13,000 more than Goodison Park.")
    True
    >>> is_comparison(c, "It seats 13,000 fans, more than Goodison.")
    False
    """
    _, end = _claim_offsets(claim, sentence)
    after = _WORD.match(sentence, end + 1 if sentence[end:end + 1].isspace() else end)
    return after is not None and after.group().lower() in relative_words()["after"]


def relative_words_inside(claim: Claim) -> FrozenSet[str]:
    """Difference words written after the number inside the claim ("1,300 extra officers").

    Such a claim only meets rows whose subject has the word too ("Net
    additional dwellings").

    >>> from decimal import Decimal as D
    >>> sorted(relative_words_inside(Claim("1,300 extra officers", (0, 20), D(1300), None, None)))
    ['extra']
    >>> sorted(relative_words_inside(Claim("more than 3,000", (0, 15), None, D(3000), None)))
    []
    >>> sorted(relative_words_inside(Claim("from 600 to more than 3,000 drones", (0, 34), None,
    ...                                    D(600), D(3000), kind="range")))
    []
    """
    digits = list(_DIGIT.finditer(claim.text))
    tail = claim.text[digits[-1].end():] if digits else ""
    vocab = set(relative_words()["after"]) | set(relative_words()["before"])
    return frozenset(w.lower() for w, _ in _raw_words(tail) if w.lower() in vocab)


def claim_forecast(claim: Claim, sentence: str) -> FrozenSet[str]:
    """Which of "prediction" and "target" the claim's own clause speaks of.

    "by 2030" sets a deadline, so it marks a target too.
    """
    if not _mentions_any(sentence, "forecasts") and not _BY_YEAR.search(sentence):
        return frozenset()
    start, end = _claim_offsets(claim, sentence)
    weigh = _clause_weigher(sentence, start, end)
    kind = forecast_kind(m.group() for m in _WORD.finditer(sentence)
                         if weigh(m.start()) == CLAUSE_WEIGHTS[0])
    if any(weigh(m.start()) == CLAUSE_WEIGHTS[0] for m in _BY_YEAR.finditer(sentence)):
        kind |= {"target"}
    return kind


@lru_cache(maxsize=None)
def _word_finder(kind: str) -> "re.Pattern[str]":
    """One regex finding any word of a vocabulary, to skip sentences that hold none."""
    words = (line.split() for line in data_lines("check_subgroup_words.txt")) \
        if kind == "subgroups" else (list(v) for v in forecast_words().values())
    vocab = sorted({w for group in words for w in group}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, vocab)) + r")\b", re.IGNORECASE)


def _mentions_any(sentence: str, kind: str) -> bool:
    return _word_finder(kind).search(sentence) is not None


@lru_cache(maxsize=None)
def subgroup_stems() -> FrozenSet[str]:
    """Stems of the words that narrow a figure to part of a population
    (``data/check_subgroup_words.txt``).

    >>> stem("female") in subgroup_stems(), stem("total") in subgroup_stems()
    (True, False)
    """
    return frozenset(stem(w) for line in data_lines("check_subgroup_words.txt")
                     for w in line.split())


def claim_subgroups(claim: Claim, sentence: str) -> FrozenSet[str]:
    """Subgroup stems within four words before the claim, in its clause, or inside it.

    >>> from decimal import Decimal as D
    >>> s = "Male 74.5, female 80.5 and total life expectancy is 77.5"
    >>> c = Claim("80.5", (18, 22), D("80.5"), D("80.5"), D("80.5"), sentence=(0, 56))
    >>> sorted(claim_subgroups(c, s))
    ['femal']
    >>> sorted(claim_subgroups(Claim("77.5", (52, 56), D("77.5"), None, None, sentence=(0, 56)), s))
    []
    """
    if not _mentions_any(sentence, "subgroups"):
        return frozenset()
    start, end = _claim_offsets(claim, sentence)
    weigh = _clause_weigher(sentence, start, end)
    vocab = subgroup_stems()
    before = [(w, at) for w, at in _raw_words(sentence) if at < start][-4:]
    found = {stem(fold(w)) for w, at in before if weigh(at) == CLAUSE_WEIGHTS[0]}
    found |= {stem(fold(w)) for w, _ in _raw_words(sentence[start:end])}
    return frozenset(found & vocab)


@lru_cache(maxsize=None)
def change_stems() -> FrozenSet[str]:
    """Stems of the words that make a row a change (``data/check_change_words.txt``).

    >>> {stem(w) for w in ("growth", "increases", "declined")} <= change_stems()
    True
    """
    return frozenset(stem(w) for line in data_lines("check_change_words.txt")
                     for w in line.split())


@lru_cache(maxsize=None)
def aliases() -> Dict[Tuple[str, ...], Tuple[str, bool]]:
    """Alias phrases (tuples of words) → (canonical word, is a name).

    Read from ``data/check_aliases.txt``.

    A phrase written in capitals keeps its capitals, so only "US" maps to usa:

    >>> aliases()[("US",)], aliases()[("united", "states")], ("us",) in aliases()
    (('usa', True), ('usa', True), False)
    >>> aliases()[("economy",)]
    ('gdp', False)
    """
    table: Dict[Tuple[str, ...], Tuple[str, bool]] = {}
    is_name = True
    for line in data_lines("check_aliases.txt"):
        if line.startswith("[") and line.endswith("]"):
            is_name = line == "[names]"
            continue
        canonical, _, rest = line.partition(":")
        canonical = canonical.strip()
        for alias in [canonical] + rest.split(";"):
            words = tuple(_alias_key(w.replace(".", "")) for w in alias.split())
            if words:
                table[words] = (canonical, is_name)
    return table


@lru_cache(maxsize=None)
def known_places() -> FrozenSet[str]:
    """Stems of the canonical names of ``data/check_aliases.txt`` [names]: countries, blocs,
    institutions.

    >>> "uk" in known_places(), "gdp" in known_places()
    (True, False)
    """
    return frozenset(stem(canonical) for canonical, is_name in aliases().values() if is_name)


#: words after a country's name that make it a currency's ("U.S. dollars", "Hong Kong dollar")
_CURRENCY_NOUNS = frozenset({"dollar", "dollars", "cent", "cents"})


@lru_cache(maxsize=None)
def _alias_firsts() -> FrozenSet[str]:
    return frozenset(k[0] for k in aliases())


@lru_cache(maxsize=None)
def _longest_alias() -> int:
    return max(len(k) for k in aliases())


def _alias_key(word: str) -> str:
    """The key a word is looked up by: capitals kept for abbreviations, else lower case.

    >>> _alias_key("US"), _alias_key("Iranian"), _alias_key("us")
    ('US', 'iranian', 'us')
    """
    return word if len(word) > 1 and word.isupper() else word.lower()


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case ``word`` and strip its accents.

    >>> fold("Nicolás"), fold("Türkiye")
    ('nicolas', 'turkiye')
    """
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light English stem, the same for a word's common inflections.

    >>> [stem(w) for w in ("drones", "drone", "supplied", "supplies", "supply")]
    ['dron', 'dron', 'supply', 'supply', 'supply']
    >>> [stem(w) for w in ("leading", "arrested", "running", "countries", "bus")]
    ['lead', 'arrest', 'run', 'country', 'bus']
    """
    w = word
    if len(w) <= 3:
        return w
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


class Word(NamedTuple):
    """One content word of a text: its stem, its weight, and whether it names something.

    A named tuple rather than a dataclass: thousands are made per document.
    """

    stem: str
    weight: float = 1.0
    #: a capitalised name or a known alias ("Russia", "Maduro", "US")
    proper: bool = False
    #: index of the group of adjacent names it belongs to, -1 when not proper
    group: int = -1
    #: position of its (first) raw word in the text, see :func:`clause_weights`
    at: int = -1


@lru_cache(maxsize=1024)
def _raw_words(text: str) -> Tuple[Tuple[str, int], ...]:
    """(word, start offset) pairs; dotted abbreviations lose their dots.

    >>> _raw_words("the U.S. and Iran's")
    (('the', 0), ('US', 4), ('and', 9), ('Iran', 13), ('s', 18))
    """
    return tuple((word.replace(".", "") if "." in word else word, m.start())
                 for m in _WORD.finditer(text) for word in (m.group(),))


def subject_words(text: str, *, weights: Optional[Sequence[float]] = None,
                  first_is_name: bool = False) -> List[Word]:
    """The content words of ``text`` with aliases resolved, stop words dropped, stemmed.

    ``weights`` gives one weight per raw word (see :func:`clause_weights`).  A
    capitalised word counts as a name unless it opens the text
    (``first_is_name`` False); adjacent names form one group ("Nicolás Maduro",
    or a whole Title Case subject), which any of its words satisfies.

    >>> [(w.stem, w.proper) for w in subject_words("Iranian drones supplied to Russia")]
    [('iran', True), ('dron', False), ('supply', False), ('russia', True)]
    >>> [w.stem for w in subject_words("the United States said")]
    ['usa']
    """
    plain = _plain_subject_words(text, first_is_name)
    if weights is None:
        return list(plain)
    return [Word(w.stem, weights[w.at], w.proper, w.group, w.at) for w in plain]


@lru_cache(maxsize=65536)
def _plain_subject_words(text: str, first_is_name: bool) -> Tuple[Word, ...]:
    return tuple(_subject_words(text, first_is_name))


def _subject_words(text: str, first_is_name: bool) -> List[Word]:
    raw = _raw_words(text)
    table = aliases()
    firsts = _alias_firsts()
    longest = _longest_alias()
    stops = stop_words()
    out: List[Word] = []
    group = -1
    in_group = False
    i = 0
    while i < len(raw):
        word, _ = raw[i]
        hit = None
        if _alias_key(word) in firsts:
            for n in range(min(longest, len(raw) - i), 0, -1):
                key = tuple(_alias_key(w) for w, _ in raw[i:i + n])
                if key in table:
                    hit = (table[key], n)
                    break
        if hit is not None and hit[0][1] and (
                (i + hit[1] < len(raw) and raw[i + hit[1]][0].lower() in _CURRENCY_NOUNS)
                or text[raw[i + hit[1] - 1][1]:].startswith(raw[i + hit[1] - 1][0] + "$")):
            hit = None  # "U.S. dollars", "US$": a currency, not the country
        if hit is not None:
            (canonical, is_name), n = hit
            if is_name:
                if not in_group:
                    group += 1
                    in_group = True
                out.append(Word(canonical, 1.0, True, group, i))
            else:
                in_group = False
                out.append(Word(canonical, 1.0, False, -1, i))
            i += n
            continue
        lower = fold(word)
        if lower in stops or len(lower) < 2:
            if lower not in ("of", "on", "the", "for", "de", "al") or not in_group:
                in_group = False
            i += 1
            continue
        proper = word[0].isupper() and (i > 0 or first_is_name)
        if proper:
            if not in_group:
                group += 1
                in_group = True
            out.append(Word(stem(lower), 1.0, True, group, i))
        else:
            in_group = False
            out.append(Word(stem(lower), 1.0, False, -1, i))
        i += 1
    return out


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

    A relative clause speaks of the clause before it:

    >>> clause_weights("more than Goodison Park, whose capacity was 39,414", 44, 50)
    [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    """
    weigh = _clause_weigher(sentence, start, end, other_numbers)
    return [weigh(at) for at in _word_starts(sentence)]


class _Layout(NamedTuple):
    """Where a sentence's clauses break, and where its years and other numbers start."""

    breaks: Tuple[int, ...]
    #: (start offset, year) of each year written
    years: Tuple[Tuple[int, int], ...]
    #: start offsets of the numbers that are not years, digits or counting words
    numbers: Tuple[int, ...]


@lru_cache(maxsize=1024)
def _layout(sentence: str) -> _Layout:
    """The clause breaks, years and numbers of a sentence, read once for all its claims."""
    breaks: List[int] = []
    last_end = -1
    for m in _CLAUSE_BREAK.finditer(sentence):
        window = max(0, m.start() - 40)
        if m.group() == "and" and _OPEN_BETWEEN.search(sentence, window, m.start()):
            continue
        if not (breaks and sentence[last_end:m.start()].isspace()):
            breaks.append(m.start())
        last_end = m.end()
    years = tuple((m.start(1), int(m.group(1))) for m in _YEAR.finditer(sentence))
    at_years = {at for at, _ in years}
    numbers = [m.start() for m in _DIGIT.finditer(sentence) if m.start() not in at_years]
    numbers = sorted(numbers + [m.start() for m in _counting_words().finditer(sentence)])
    return _Layout(tuple(breaks), years, tuple(numbers))


@lru_cache(maxsize=256)
def _clause_weigher(sentence: str, start: int, end: int,
                    other_numbers: bool = True) -> Callable[[int], float]:
    """A function from an offset in ``sentence`` to the weight of a word there."""
    layout = _layout(sentence)
    breaks = layout.breaks
    here_lo = bisect_right(breaks, start)
    here_hi = bisect_right(breaks, max(start, end - 1))
    numbered = {bisect_right(breaks, at) for at in layout.numbers
                if not start <= at < end} if other_numbers else set()

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


def latest_year_before(text: str) -> Callable[[int], int]:
    """A function from an offset of ``text`` to the latest year written before it (0 if none).

    Built once per document, so each claim's lookup is a bisection.

    >>> before = latest_year_before("In 2019 it fell; by 2024 it rose; in 2021 ...")
    >>> before(0), before(10), before(30), before(45)
    (0, 2019, 2024, 2024)
    """
    offsets: List[int] = []
    latest: List[int] = []
    for m in _YEAR.finditer(text):
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
    return frozenset(int(m.group(1)) for m in _YEAR.finditer(text))


# --- units ------------------------------------------------------------------

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
    if claim_unit == row_unit:
        return True
    if claim_dim == "currency" or row_dim == "currency":
        return claim_dim == row_dim
    if "count" in (claim_dim, row_dim) or not claim_unit or not row_unit:
        return False
    return _units_compatible(claim_unit, row_unit)


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
    """
    if not row.unit or " / " in row.unit or " / " not in claim.unit:
        return ""
    per = _split_rate(claim.unit)
    if per is None or per[0] != row.unit:
        return ""
    from factcheck.units import rates_in
    stated = rates_in(row.subject).union(*map(rates_in, row.keywords))
    if per[1] in stated:
        return "stated"
    return "" if stated else "unstated"


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


# --- the index --------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """A row that may be what a claim is about, with its score and why it scored."""

    row: ReferenceRow
    score: float
    #: the share of the row's subject found in the claim's own sentence (and unit) alone
    local: float = 0.0
    #: the sentence names years and the row is dated in none of them
    other_year: bool = False
    #: the claim speaks of the future ("will") and the row is an ordinary figure
    future: bool = False
    #: the claim's own sentence writes what the row measures (see ReferenceIndex._says_what)
    says_what: bool = False


@dataclass(frozen=True)
class Match:
    """The outcome of matching one claim: a row, or why there is none."""

    row: Optional[ReferenceRow]
    score: float = 0.0
    #: "" when matched; "no_match", "ambiguous" or "incompatible_unit" otherwise
    reason: str = ""
    candidates: Tuple[Candidate, ...] = ()
    #: how a tie was broken: "" or a short phrase ("same unit", "latest as_of")
    tie_break: str = ""
    #: for a matched row, its Candidate.local, other_year, future and says_what
    local: float = 0.0
    other_year: bool = False
    future: bool = False
    says_what: bool = False


@dataclass(frozen=True)
class _RowText:
    """What the matcher reads from a row's subject and keywords, computed once per text."""

    stems: Tuple[str, ...]
    #: positions in ``stems`` of each group of adjacent names
    groups: Tuple[Tuple[int, ...], ...]
    keywords: Tuple[Tuple[str, ...], ...]
    #: positions in ``keywords`` of the keyword phrases holding a name
    named_keywords: Tuple[int, ...]
    #: positions in ``keywords`` of the phrases that lift a row when written in full
    #: (those naming no place, person or body: "bounty", not "Republic of Honduras")
    lifting_keywords: Tuple[int, ...]
    change: bool
    forecast: FrozenSet[str]
    years: FrozenSet[int]
    #: difference words the subject or keywords write ("Extra officers"), stop words or not
    relative: FrozenSet[str]


@lru_cache(maxsize=131072)
def _row_text(subject: str, keywords: Tuple[str, ...]) -> _RowText:
    words = subject_words(subject)
    groups: Dict[int, List[int]] = {}
    for n, w in enumerate(words):
        if w.proper:
            groups.setdefault(w.group, []).append(n)
    kw_stems: List[Tuple[str, ...]] = []
    named: List[int] = []
    lifting: List[int] = []
    name_stems = {words[n].stem for group in groups.values() for n in group}
    for phrase in keywords:
        kw_words = subject_words(phrase)
        if kw_words:
            if any(w.proper for w in kw_words):
                named.append(len(kw_stems))
            elif not name_stems & {w.stem for w in kw_words}:
                lifting.append(len(kw_stems))
            kw_stems.append(tuple(w.stem for w in kw_words))
    stems = tuple(w.stem for w in words)
    changes = change_stems()
    joined = " ".join((subject,) + keywords)
    letters = _LETTERS.findall(joined.lower())
    return _RowText(
        stems=stems, groups=tuple(tuple(g) for g in groups.values()),
        keywords=tuple(kw_stems), named_keywords=tuple(named), lifting_keywords=tuple(lifting),
        change=any(x in changes for x in stems) or any(x in changes for kw in kw_stems for x in kw),
        forecast=forecast_kind(letters),
        years=years_in(joined) if _DIGIT.search(joined) else frozenset(),
        relative=_relative_vocab().intersection(letters))


@dataclass(frozen=True)
class _RowTerms:
    """A row text's words as index terms: computed once per distinct subject and keywords."""

    subject: FrozenSet[int]
    all_terms: FrozenSet[int]
    groups: Tuple[FrozenSet[int], ...]
    lifting: Tuple[FrozenSet[int], ...]
    named: Tuple[FrozenSet[int], ...]
    keyword_only: FrozenSet[int]
    change: bool
    prediction: bool
    target: bool
    years: FrozenSet[int]
    #: the subject's words narrowing it to part of a population ("youth")
    subgroups: FrozenSet[int]
    relative: FrozenSet[str]


@dataclass
class _Query:
    weights: Dict[int, float] = field(default_factory=dict)
    exact: set = field(default_factory=set)
    stems: set = field(default_factory=set)
    #: terms written in the claim's own clause, each with the terms it may stand for
    clause: Dict[int, FrozenSet[int]] = field(default_factory=dict)
    #: stems written earlier in the document: they may supply a row's names
    earlier: Container[str] = frozenset()
    #: counted nouns written in the sentence, and just after the claim
    nouns: set = field(default_factory=set)
    nouns_after: set = field(default_factory=set)
    #: ISO codes of the currencies the sentence writes ("US$" → USD)
    currencies: FrozenSet[str] = frozenset()
    #: names some row uses, written near the claim (not beside another number)
    near_names: set = field(default_factory=set)
    #: stems of every name written near the claim, whether or not a row uses it
    near_proper: set = field(default_factory=set)
    #: the near names some row uses that stand before the claim
    names_ahead: set = field(default_factory=set)
    #: terms written in the claim's own sentence
    sentence_exact: set = field(default_factory=set)
    #: the same, and the terms the claim's unit implies
    local_exact: set = field(default_factory=set)
    #: the terms the claim's unit (or its being a change) implies
    implied: set = field(default_factory=set)
    #: per claim dimension, the terms that say what is measured (ReferenceIndex._says_what)
    what: Dict[str, FrozenSet[int]] = field(default_factory=dict)
    #: terms of the sentence or implied by the unit, weighted, and how many each row has
    local: Dict[int, float] = field(default_factory=dict)
    evidence: set = field(default_factory=set)
    hits: Dict[int, int] = field(default_factory=dict)


class ReferenceIndex:
    """Rows of a reference table indexed by the stems of their subject and keywords.

    Built once per table; :meth:`candidates` walks only the posting lists of the
    claim's words, so its cost depends on how many rows share a word with the
    sentence, not on the size of the table.
    """

    def __init__(self, rows: Sequence[ReferenceRow]) -> None:
        self.rows: Tuple[ReferenceRow, ...] = tuple(rows)
        self._vocab: Dict[str, int] = {}
        postings: List[List[int]] = []
        subject_terms: List[FrozenSet[int]] = []
        self._groups: Dict[int, Tuple[FrozenSet[int], ...]] = {}
        self._keywords: Dict[int, Tuple[FrozenSet[int], ...]] = {}
        self._named_keywords: Dict[int, Tuple[FrozenSet[int], ...]] = {}
        self._keyword_only: Dict[int, FrozenSet[int]] = {}
        self._subject_key: List[FrozenSet[int]] = []
        self._years: List[FrozenSet[int]] = []
        self._subject_years: List[FrozenSet[int]] = []
        #: rows narrowed to part of a population ("Youth unemployment"): their subgroup terms
        self._subgroups: Dict[int, FrozenSet[int]] = {}
        #: rows whose subject writes difference words ("Net additional dwellings")
        self._relative_words: Dict[int, FrozenSet[str]] = {}
        self._change_rows: set = set()
        self._size: List[int] = []
        self._forecast_rows: set = set()
        self._target_rows: set = set()
        self._names: List[str] = []
        built: Dict[Tuple[str, Tuple[str, ...]], _RowTerms] = {}
        years_of: Dict[Tuple[FrozenSet[int], str], FrozenSet[int]] = {}
        for i, row in enumerate(self.rows):
            key = (row.subject, row.keywords)
            found = built.get(key)
            if found is None:
                found = built[key] = self._row_terms(_row_text(*key))
            if found.groups:
                self._groups[i] = found.groups
            if found.lifting:
                self._keywords[i] = found.lifting
            if found.named:
                self._named_keywords[i] = found.named
            if found.keyword_only:
                self._keyword_only[i] = found.keyword_only
            for t in found.all_terms:
                while t >= len(postings):
                    postings.append([])
                postings[t].append(i)
            subject_terms.append(found.subject)
            self._size.append(len(found.all_terms))
            if found.change:
                self._change_rows.add(i)
            if found.prediction:
                self._forecast_rows.add(i)
            if found.target:
                self._target_rows.add(i)
            self._subject_key.append(found.subject)
            year_key = (found.years, row.as_of[:4])
            years = years_of.get(year_key)
            if years is None:
                years = years_of[year_key] = found.years | {int(year_key[1])} \
                    if year_key[1].isdigit() else found.years
            self._years.append(years)
            self._subject_years.append(found.years)
            if found.subgroups:
                self._subgroups[i] = found.subgroups
            if found.relative:
                self._relative_words[i] = found.relative
        self._name_terms = frozenset(t for groups in self._groups.values()
                                     for group in groups for t in group)
        n = max(len(self.rows), 1)
        self._idf = [math.log(1.0 + n / len(p)) for p in postings]
        self._norm = [sum(self._idf[t] for t in ts) or 1.0 for ts in subject_terms]
        common = max(COMMON_MIN_ROWS, int(COMMON_SHARE * n))
        self._postings = postings
        self._common = {t: frozenset(p) for t, p in enumerate(postings) if len(p) > common}
        self._stems = {s: t for s, t in self._vocab.items()}
        self._by_prefix: Dict[str, List[str]] = {}
        for s in self._vocab:
            self._by_prefix.setdefault(s[:3], []).append(s)
        self._near_cache: Dict[str, Tuple[Tuple[int, float], ...]] = {}
        self._member_cache: Dict[int, FrozenSet[int]] = {}

    def _row_terms(self, text: _RowText) -> _RowTerms:
        terms = [self._term(stem_) for stem_ in text.stems]
        keyword_sets = [frozenset(self._term(stem_) for stem_ in kw) for kw in text.keywords]
        subject = frozenset(terms)
        all_terms = subject.union(*keyword_sets)
        return _RowTerms(
            subject=subject, all_terms=all_terms,
            groups=tuple(frozenset(terms[n] for n in group) for group in text.groups),
            lifting=tuple(keyword_sets[n] for n in text.lifting_keywords),
            named=tuple(keyword_sets[n] for n in text.named_keywords),
            keyword_only=all_terms - subject, change=text.change,
            prediction="prediction" in text.forecast, target="target" in text.forecast,
            years=text.years,
            subgroups=frozenset(t for s, t in zip(text.stems, terms) if s in subgroup_stems()),
            relative=text.relative)

    def _term(self, s: str) -> int:
        t = self._vocab.get(s)
        if t is None:
            t = self._vocab[s] = len(self._vocab)
            self._names.append(s)
        return t

    def _stem_of(self, t: int) -> str:
        return self._names[t]

    def _near(self, s: str, proper: bool) -> Tuple[Tuple[int, float], ...]:
        """Index terms a stem stands for, with a match quality in (0, 1]."""
        t = self._vocab.get(s)
        if proper or len(s) < 4:
            return ((t, 1.0),) if t is not None else ()
        cached = self._near_cache.get(s)
        if cached is not None:
            return cached
        found: Dict[int, float] = {} if t is None else {t: 1.0}
        bucket = self._by_prefix.get(s[:3], [])
        for other in bucket:
            short, long_ = sorted((s, other), key=len)
            if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 4:
                found.setdefault(self._vocab[other], PREFIX_QUALITY)
        if len(s) >= 5 and t is None:
            for other, _, _ in process.extract(s, bucket, scorer=fuzz.ratio,
                                               score_cutoff=FUZZY_CUTOFF, limit=3):
                found.setdefault(self._vocab[other], FUZZY_QUALITY)
        result = tuple(found.items())
        self._near_cache[s] = result
        return result

    def _query(self, words: Iterable[Word], extra: Iterable[Word] = (),
               elsewhere: FrozenSet[int] = frozenset(),
               ahead: int = 0, quoted: FrozenSet[int] = frozenset()) -> _Query:
        q = _Query()
        words = list(words)
        q.stems.update(w.stem for w in words)
        near = {w.at for w in words if w.at not in quoted and (
            w.at < ahead or (w.weight >= NEAR_WEIGHT and w.at not in elsewhere))}
        for n, w in enumerate(words + list(extra)):
            variants = self._near(w.stem, w.proper)
            if n < len(words) and w.at in near and (w.proper or w.at == 0 and any(
                    t in self._name_terms and quality == 1.0 for t, quality in variants)):
                # a name near the claim; a sentence's capitalised first word is one
                # when a row names it ("Reform UK took 14.3%")
                q.near_proper.add(w.stem)
            for t, quality in variants:
                score = w.weight * quality
                if score > q.weights.get(t, 0.0):
                    q.weights[t] = score
                if quality == 1.0:
                    q.exact.add(t)
                    if n < len(words) and w.weight >= CLAUSE_WEIGHTS[0]:
                        q.clause[t] = frozenset(v for v, _ in variants)
                    if n < len(words) and t in self._name_terms and w.stem in q.near_proper:
                        q.near_names.add(t)
                        if w.at < ahead:
                            q.names_ahead.add(t)
                    if n < len(words):
                        q.sentence_exact.add(t)
                    if n >= len(words) and w.weight == IMPLIED_WEIGHT:
                        q.implied.add(t)
                    if (n < len(words) and w.weight > OTHER_NUMBER_WEIGHT) or \
                            w.weight == IMPLIED_WEIGHT:
                        # a keyword phrase beside another number describes that one
                        q.local_exact.add(t)
                if n < len(words) or w.weight == IMPLIED_WEIGHT:
                    q.evidence.add(t)
                    if score > q.local.get(t, 0.0):
                        q.local[t] = score
        return q

    def _scores(self, q: _Query) -> Dict[int, float]:
        """Weighted IDF of each row's terms found in the text; counts evidence in ``q.hits``.

        Only the posting lists of the text's less common terms are walked; a
        common term (in more than COMMON_SHARE of the rows) adds to the rows
        already found, so a lookup never visits a large part of the table.
        """
        acc: Dict[int, float] = {}
        hits = q.hits
        rare = [(t, w) for t, w in q.weights.items() if t not in self._common]
        common = [(t, w) for t, w in q.weights.items() if t in self._common]
        if not rare and common:
            # only common words: walk the rarest one so that rows are found at all
            common.sort(key=lambda item: len(self._postings[item[0]]))
            rare, common = common[:1], common[1:]
        for t, w in rare:
            gain = self._idf[t] * w
            evidence = t in q.evidence
            for r in self._postings[t]:
                acc[r] = acc.get(r, 0.0) + gain
                if evidence:
                    hits[r] = hits.get(r, 0) + 1
        for t, w in common:
            members = self._common[t]
            gain = self._idf[t] * w
            evidence = t in q.evidence
            for r in members & acc.keys() if len(members) < len(acc) else acc:
                if r in members:
                    acc[r] += gain
                    if evidence:
                        hits[r] = hits.get(r, 0) + 1
        return acc

    def _written_before(self, group: FrozenSet[int], q: _Query) -> bool:
        return any(self._stem_of(t) in q.earlier for t in group)

    def _names_present(self, r: int, q: _Query) -> bool:
        groups = self._groups.get(r)
        if not groups:
            return True
        if all(g & q.sentence_exact for g in groups):
            return True
        named = frozenset().union(*groups)
        if all(g & q.exact or self._written_before(g, q) for g in groups):
            # names known only from earlier text: unless the sentence names another
            # thing near the claim ("In Italy, unemployment was 9.5%" after Spain), or,
            # when it writes one of the row's names, before the claim ("Reform UK took
            # 14.3% but only five seats" is not about Labour's seats in the UK)
            if any(g & q.sentence_exact for g in groups):
                if named & q.clause.keys():
                    # the row's name in the claim's own clause owns it, whatever name
                    # stands earlier: "won 56.6%, against 44.6% for Mahamudu Bawumia"
                    return True
                return not (q.names_ahead - named)
            return not (q.near_names - named)
        missing = [g for g in groups if not (g & q.exact or self._written_before(g, q))]
        named_stems = {self._stem_of(t) for t in named}
        if q.near_proper and q.near_proper <= {self._stem_of(t) for t in self._subject_key[r]} \
                and all(any(self._stem_of(t) in known_places() for t in g) for g in missing) \
                and not any(p not in named_stems and (p in q.stems or p in q.earlier)
                            for p in known_places()):
            # a country or body the article never writes (``data/check_aliases.txt``
            # [names]), beside a name the sentence writes near the claim: "Seats won by
            # Labour in the UK election" for "Labour won 411 seats", in an article
            # that takes the country for granted; but not when the sentence names
            # anything else near the claim ("China's exports to Europe"), nor when it
            # names nothing ("unemployment rose to 7%"), nor when the missing name is
            # what the row measures ("GNI in PPP dollars"), nor when the article has
            # named another country or body (a Scottish election piece is not about
            # the UK's seats)
            return True
        return any(kw <= q.exact for kw in self._named_keywords.get(r, ()))

    def _subject_in_clause(self, r: int, q: _Query) -> bool:
        """Whether the claim's clause names everything the row is about but its names.

        "the population shrank to 120 million" says what the bare number counts
        as well as "120 million people" would, for a row "Population of Japan".
        """
        written = frozenset().union(*q.clause.values()) if q.clause else frozenset()
        names = frozenset().union(*self._groups.get(r, ()))
        return all(t in written or (t in names and (t in q.exact or self._stem_of(t) in q.earlier))
                   for t in self._subject_key[r])

    def _fits(self, claim: Claim, row: ReferenceRow, q: _Query, r: int) -> bool:
        if rate_fit(claim, row):
            # "$5,700 a tonne" for a USD row about the "price per tonne", or one that
            # names no denominator at all (the verdict then cannot contradict)
            return True
        if claim.dimension == "count" or row.dimension == "count":
            claim_noun = _noun_stem(claim.unit)
            row_noun = _noun_stem(row.unit)
            if claim.unit and row.unit and claim_noun == row_noun:
                # the same unit name is the same unit, however the parser classed it
                # ("113 consecutive days" is counted, "76 days" a time)
                return claim.dimension == row.dimension or claim.unit == row.unit
            if claim.unit and row.unit and row_noun in q.nouns_after:
                return True
            rate = _split_rate(row.unit) if claim.unit and row.dimension != "count" else None
            if rate and _noun_stem(rate[0]) == claim_noun and _noun_stem(rate[1]) in q.nouns:
                # "2,000 incidents ... a day" for a row in "incident / day"
                return True
            if not claim.unit:
                return row_noun in q.nouns or self._subject_in_clause(r, q)
            term = self._vocab.get(claim_noun)
            return not row.unit and term is not None and r in self._postings[term]
        if not claim.unit and row.dimension in ("currency", "percent"):
            return row.unit in q.currencies
        return unit_fits(claim.unit, claim.dimension, row.unit, row.dimension)

    def scored(self, claim: Claim, sentence: str, *, before: str = "",
               names: Container[str] = frozenset(), units: bool = True,
               present: int = 0) -> List[Candidate]:
        """Every row sharing a word with the text, scored; unit-checked when ``units``.

        ``present`` is the latest year written in the document before the
        claim's sentence (0 when none): a claim whose sentence names no year
        is taken to speak of it.
        """
        words, extra = _text_words(claim, sentence, before)
        q = self._query(words, extra, _nearer_other_numbers(claim, sentence),
                        _words_ahead(claim, sentence), attribution_words(sentence))
        q.earlier = names
        if not claim.unit or claim.dimension in ("count", "rate"):
            # a rate too: "700,000 children each year" counts what a row of deaths counts
            q.nouns, q.nouns_after = _nouns(claim, sentence)
        if not claim.unit:
            q.currencies = currencies_in(sentence)
        acc = self._scores(q)
        if not acc:
            return []
        self._drop_keyword_gains(acc, q)
        years = _claim_years(claim, sentence)
        # the new level of a change, when the sentence dates only the old one ("to $89
        # billion, from $33 billion in 2008"): a row dated only then is the old level's
        written_years = frozenset(year for _, year in _layout(sentence).years)
        others = written_years - years - _base_years(claim, sentence) \
            if claim.change is not None and claim.change.role == "to" else frozenset()
        if dated_year_before(claim, sentence):
            years = frozenset(y - 1 for y in years)
        kept: List[Tuple[int, float]] = []
        dated_elsewhere = set()
        untargeted = set()
        inside = relative_words_inside(claim)
        # a comparison after the number ("13,000 more than Goodison") is the size of a
        # change; difference words inside the claim ("73,000 fewer vehicles", "1,300
        # extra officers") ask for a row that writes them or one about a change
        change_size = is_change_size(claim) or is_comparison(claim, sentence)
        subgroups = claim_subgroups(claim, sentence)
        relative = [self._vocab.get(g) for g in subgroups]
        # subgroups the sentence names, not beside another number ("Among rural
        # households, access was about 60%"): a row for everyone is not about them
        said = _subgroups_said(claim, sentence, words, self._vocab)
        spoken = set(q.clause) | {self._vocab.get(g) for g in subgroups} | said
        forecast = claim_forecast(claim, sentence)
        predicted = "prediction" in forecast
        # the future tense alone meets any row, but only a prediction or target can
        # contradict it (Candidate.future)
        future = forecast == {"future"}
        forecast = forecast - {"future"}
        norm = self._norm
        ratios = [(total / norm[r], r) for r, total in acc.items()]
        rivals = {r for ratio, r in ratios if ratio >= MISSING_FLOOR}
        if len(ratios) > TOP_ROWS:
            ratios = heapq.nlargest(TOP_ROWS, ratios)
        for _, r in ratios:
            total = acc[r]
            if change_size and r not in self._change_rows:
                continue
            if inside and not inside <= self._relative_words.get(r, frozenset()) \
                    and r not in self._change_rows:
                # "1,300 extra officers" needs a row saying "extra"; "73,000 fewer
                # vehicles" one saying so or one about a change ("Reduction in ...")
                continue
            if relative and not all(t is not None and r in self._members(t) for t in relative):
                continue
            if predicted != (r in self._forecast_rows) and not future:
                continue
            if r in self._target_rows and not forecast and not future:
                continue
            if "target" in forecast and r not in self._target_rows:
                untargeted.add(r)
            if units and not self._fits(claim, self.rows[r], q, r):
                continue
            if not self._names_present(r, q):
                continue
            if q.hits.get(r, 0) < min(MIN_EVIDENCE, self._size[r]):
                continue
            for group in self._groups.get(r, ()):
                for t in group:
                    if t not in q.weights and self._stem_of(t) in q.earlier:
                        total += DOC_NAME_WEIGHT * self._idf[t]
            score = min(total / self._norm[r], 1.0)
            if any(kw <= q.local_exact for kw in self._keywords.get(r, ())):
                # a keyword phrase in the claim's own sentence (or implied by its unit),
                # not one pieced together from the sentence before
                score = KEYWORD_FLOOR + (1.0 - KEYWORD_FLOOR) * score
            if years and self._years[r] and not (years & self._years[r]):
                score *= OTHER_YEAR_FACTOR
                dated_elsewhere.add(r)
            elif not years and others and self._years[r] and self._years[r] <= others:
                score *= OTHER_YEAR_FACTOR
                dated_elsewhere.add(r)
            elif not written_years and present and self._subject_years[r] and \
                    max(self._subject_years[r]) < present:
                # the sentence names no year, so it speaks of the article's present
                # (the latest year written before it); a row whose subject names an
                # older year ("spending in the 2019 election") may support the claim
                # but is no evidence against it
                dated_elsewhere.add(r)
            if r in untargeted:
                score *= UNTARGETED_FACTOR
            narrowed = self._subgroups.get(r, frozenset())
            if (narrowed and not narrowed <= spoken) or not said <= narrowed:
                # "Youth unemployment rate" for "the unemployment rate rose to 6.8%",
                # or "Share of households in Canada" for "among rural households"
                score *= UNSPOKEN_SUBGROUP_FACTOR
            kept.append((r, score))
        kept = self._penalise_missing(kept, rivals, q, strict=change_size)
        kept.sort(key=lambda item: (-item[1], self.rows[item[0]].id))
        # the local share only matters for the rows that can be chosen
        return [Candidate(self.rows[r], score,
                          self._local(r, q) if n < LOCAL_ROWS else 0.0, r in dated_elsewhere,
                          future and r not in self._forecast_rows and r not in self._target_rows,
                          n < LOCAL_ROWS and self._says_what(r, q, claim.dimension))
                for n, (r, score) in enumerate(kept)]

    def _drop_keyword_gains(self, acc: Dict[int, float], q: _Query) -> None:
        """Take keyword-only words back out of the coverage: a keyword finds a row,
        and a whole keyword phrase lifts it (KEYWORD_FLOOR), but "Republic of
        Honduras" must not make every Honduras row cover the sentence."""
        weights = q.weights
        for r in acc:
            extra = self._keyword_only.get(r)
            if extra:
                acc[r] -= sum(self._idf[t] * weights.get(t, 0.0) for t in extra)

    def _says_what(self, r: int, q: _Query, dimension: str) -> bool:
        """Whether the claim's own sentence (or unit) gives a word of the row that is
        neither a name nor a change word: what is measured, not only where and which way.

        "Travel times into Manhattan fell by 30%" shares "Manhattan" and "fell" with
        "Percentage drop in vehicles entering the Manhattan congestion zone", and
        nothing about what fell.  A unit tells what is measured ("48 degrees
        Celsius" is a temperature), except a percent, which any ratio is.
        """
        what = q.what.get(dimension)
        if what is None:
            said = q.sentence_exact if dimension in RATIO_DIMENSIONS else \
                q.sentence_exact | q.implied
            what = q.what[dimension] = frozenset(said - self._name_terms - self._change_terms())
        return not what.isdisjoint(self._subject_key[r]) or \
            not what.isdisjoint(self._keyword_only.get(r, ()))

    def _local(self, r: int, q: _Query) -> float:
        total = sum(self._idf[t] * q.local.get(t, 0.0) for t in self._subject_key[r])
        return min(total / self._norm[r], 1.0)

    def _members(self, t: int) -> FrozenSet[int]:
        found = self._common.get(t)
        if found is None:
            found = self._member_cache.get(t)
            if found is None:
                found = self._member_cache[t] = frozenset(self._postings[t])
        return found

    def _penalise_missing(self, kept: List[Tuple[int, float]], rivals: set,
                          q: _Query, strict: bool = False) -> List[Tuple[int, float]]:
        """Lower rows that lack a word of the claim's clause which another row has.

        "youth unemployment 28%" must not go to "Unemployment rate" when the
        table has a "Youth unemployment rate" row, whatever its unit or date:
        the word says the claim is about something the row is not.  With
        ``strict`` (the size of a change: "inflation rose 7 points") such rows
        are dropped, since a change row names little but what changed.
        """
        contenders = rivals
        if len(contenders) < 2 or not q.clause:
            return kept
        members = {t: self._members(t) if len(variants) == 1 else
                   frozenset().union(*(self._members(v) for v in variants))
                   for t, variants in q.clause.items()}
        shared = [t for t in q.clause if members[t] & contenders]
        total = sum(self._idf[t] for t in shared)
        if not total:
            return kept
        out = []
        changes = self._change_terms()
        neutral = self._vocab.get(stem(NEUTRAL_CHANGE_WORD))
        for r, score in kept:
            lacking = [t for t in shared if r not in members[t]]
            if strict and neutral in self._subject_key[r]:
                # "Change in Apple's share" is the size of a rise or a fall alike
                lacking = [t for t in lacking if t not in changes]
            if strict and any(t not in self._name_terms for t in lacking):
                # names are the name check's business: "Birmingham City Council will
                # raise council tax by 7.5%" is about "Council tax increase in Birmingham"
                continue
            missing = sum(self._idf[t] for t in lacking)
            out.append((r, score * (1.0 - MISSING_WEIGHT * missing / total)))
        return out

    def _change_terms(self) -> FrozenSet[int]:
        found = getattr(self, "_change_term_ids", None)
        if found is None:
            found = self._change_term_ids = frozenset(
                t for s, t in self._vocab.items() if s in change_stems())
        return found

    def candidates(self, claim: Claim, sentence: str, *, before: str = "",
                   names: Container[str] = frozenset()) -> List[Tuple[ReferenceRow, float]]:
        """Rows whose unit fits the claim, best first, with scores in [0, 1].

        ``sentence`` is the claim's sentence; ``before`` optionally the sentence
        preceding it in the same paragraph, and ``names`` the stems of the names
        written earlier in the document (see :class:`WrittenBefore`): a row naming
        "Spain" may match "the economy grew 3%" in an article about Spain.
        """
        found = self.scored(claim, sentence, before=before, names=names)
        return [(c.row, c.score) for c in found]

    def match(self, claim: Claim, sentence: str, *, before: str = "",
              names: Container[str] = frozenset(), present: int = 0) -> Match:
        """The row a claim is about, or why none can be named."""
        if (is_difference(claim, sentence) and not is_comparison(claim, sentence)) \
                or is_name_part(claim, sentence):
            return Match(None, 0.0, "no_match")
        found = self.scored(claim, sentence, before=before, names=names, present=present)
        if not found or found[0].score < MIN_SCORE:
            loose = [c for c in self.scored(claim, sentence, before=before, names=names,
                                            units=False)
                     if related_dimensions(claim.dimension, c.row.dimension)]
            if loose and loose[0].score >= INCOMPATIBLE_SCORE:
                return Match(None, loose[0].score, "incompatible_unit", tuple(loose[:3]))
            best = found[0].score if found else 0.0
            return Match(None, best, "no_match", tuple(found[:3]))
        if is_old_level(claim):
            found = self._old_level_rows(claim, sentence, found)
            if not found or found[0].score < MIN_SCORE:
                return Match(None, found[0].score if found else 0.0, "no_match", tuple(found[:3]))
        return choose(claim, found, self, year_before=dated_year_before(claim, sentence))

    def _old_level_rows(self, claim: Claim, sentence: str,
                        found: List[Candidate]) -> List[Candidate]:
        """Rows the old level of a change may be checked against.

        "fell from 80% in 2022 to 65% in 2023": only a row dated in the earliest
        of two or more years the sentence names, in the year before its only
        year when it says "the year before", or in its only year when that
        follows the old level with no number between ("from $33 billion when
        voters approved it in 2008"); otherwise the old level is not checked,
        since a single year usually dates the new level.
        """
        start, end = _claim_offsets(claim, sentence)
        years = years_in(sentence[:start] + " " + sentence[end:])
        lowered = sentence.lower()
        after = sentence[end:]
        year_after = _YEAR.search(after)
        if len(years) == 1 and any(p in lowered for p in relative_words()["previous_year"]):
            first = min(years) - 1
        elif len(years) >= 2:
            first = min(years)
        elif year_after and not any(end <= at < end + year_after.start()
                                    for at in _layout(sentence).numbers):
            # "risen to $89 billion, from $33 billion when voters approved it in 2008":
            # the only year follows the old level with no number between, so it dates it
            first = int(year_after.group(1))
        else:
            return []
        return [c for c in found if first in self._years[self._position(c.row)]]

    def same_series(self, rows: Sequence[ReferenceRow]) -> bool:
        """Whether rows describe the same thing (same subject words), at different times."""
        keys = {self._subject_key[self._position(row)] for row in rows}
        return len(keys) == 1

    def _position(self, row: ReferenceRow) -> int:
        if not hasattr(self, "_positions"):
            self._positions = {id(r): i for i, r in enumerate(self.rows)}
        return self._positions[id(row)]


def _subgroups_said(claim: Claim, sentence: str, words: Sequence[Word],
                    vocab: Dict[str, int]) -> FrozenSet[int]:
    """Index terms of the subgroup words of the sentence that no other number holds.

    Even for the levels of a change, whose clauses share a subject: in "the
    unemployment rate rose to 6.8%, while youth unemployment reached 14.9%"
    "youth" belongs to the 14.9%.
    """
    vocab_stems = subgroup_stems()
    found = [w for w in words if w.stem in vocab_stems]
    if not found:
        return frozenset()
    start, end = _claim_offsets(claim, sentence)
    weigh = _clause_weigher(sentence, start, end)
    starts = _word_starts(sentence)
    return frozenset(vocab[w.stem] for w in found if w.stem in vocab and 0 <= w.at < len(starts)
                     and weigh(starts[w.at]) > OTHER_NUMBER_WEIGHT)


def is_change_size(claim: Claim) -> bool:
    """Whether the claim states the size of a change ("rose 5%", "doubled")."""
    return claim.change is not None and claim.change.role in ("delta", "factor")


def is_old_level(claim: Claim) -> bool:
    """Whether the claim is the old level of a change ("from 5.1%" in "fell from 5.1% to 4.9%")."""
    return claim.change is not None and claim.change.role == "from"


def _text_words(claim: Claim, sentence: str, before: str) -> Tuple[List[Word], List[Word]]:
    """The words of the claim's own sentence, and the weaker words around it."""
    start, end = _claim_offsets(claim, sentence)
    # the two levels of a change share their subject, and so does the size of a change
    # set beside its level ("rose to 59%, up 8 points"; "73,000 fewer, a drop of 11%")
    paired = claim.change is not None and (claim.change.role in ("from", "to") or (
        is_change_size(claim) and _APPOSED_CHANGE.search(sentence, 0, start) is not None))
    # a name after the claim in a clause holding another number describes that number
    # ("7.5 metres wide, three times the 2.4-metre mirror of Hubble"), so it is not
    # lifted like the sentence's other names
    ahead = _words_ahead(claim, sentence)
    words = [w if not w.proper or w.weight >= SENTENCE_NAME_WEIGHT or (
                 w.at >= ahead and w.weight <= OTHER_NUMBER_WEIGHT) else
             Word(w.stem, SENTENCE_NAME_WEIGHT, True, w.group, w.at)
             for w in subject_words(sentence, weights=clause_weights(
                 sentence, start, end, other_numbers=not paired))]
    if claim.context and not words:
        words = [Word(w.stem, 1.0, w.proper, -1) for w in
                 subject_words(" ".join(claim.context), first_is_name=True)]
    extra: List[Word] = [Word(stem(w), IMPLIED_WEIGHT)
                         for w in sorted(unit_words().get(claim.dimension, ()))]
    if is_change_size(claim):
        # "up 8 points" says what a row "Change in ..." says, in other words
        extra.append(Word(stem(NEUTRAL_CHANGE_WORD), IMPLIED_WEIGHT))
    if before:
        extra += [Word(w.stem, BEFORE_WEIGHT, w.proper, w.group)
                  for w in _plain_subject_words(before, False)]
    return words, extra


def _nearer_other_numbers(claim: Claim, sentence: str) -> FrozenSet[int]:
    """Positions of the raw words that describe another number of the sentence.

    English puts what a number is about before it: a word lying between the
    claim and a later number, or separated from the claim by another number,
    belongs to that number.

    >>> from decimal import Decimal as D
    >>> s = "180,000 residents fled as Santa Ana gusts reached 100 mph"
    >>> c = Claim("180,000 residents", (0, 17), D(180000), D(180000), D(180000), sentence=(0, 56))
    >>> sorted(_nearer_other_numbers(c, s))
    [1, 2, 3, 4, 5, 6]
    """
    start, end = _claim_offsets(claim, sentence)
    others = [at for at in _layout(sentence).numbers
              if not start <= at < end and not (at > 0 and sentence[at - 1] in ",.")]
    if not others:
        return frozenset()
    last = max(others)
    last_before = max((o for o in others if o < start), default=-1)
    return frozenset(n for n, at in enumerate(_word_starts(sentence))
                     if (end <= at < last) or at < last_before)


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


@lru_cache(maxsize=1024)
def attribution_words(sentence: str) -> FrozenSet[int]:
    """Positions of the raw words that name who a sentence quotes.

    "In its first year it raised $550 million, the MTA said": the MTA is the
    source, not a subject, so it names nothing the claim is about.

    >>> s = "In its first year it raised $550 million, the MTA said."
    >>> [_raw_words(s)[n][0] for n in sorted(attribution_words(s))]
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
    return frozenset(n for n, (_, at) in enumerate(_raw_words(sentence))
                     if any(lo <= at < hi for lo, hi in spans))


#: a cheap test before the attribution pattern: one of its verbs must be written
_ATTRIBUTION_VERBS = ("according", "said", "says", "report", "estimate", "announced")


def _words_ahead(claim: Claim, sentence: str) -> int:
    """How many raw words stand before the claim: where a sentence names its subject."""
    start, _ = _claim_offsets(claim, sentence)
    return bisect_right(_word_starts(sentence), start - 1)


@lru_cache(maxsize=1024)
def _word_starts(sentence: str) -> Tuple[int, ...]:
    return tuple(at for _, at in _raw_words(sentence))


def _nouns(claim: Claim, sentence: str) -> Tuple[set, set]:
    """Stems of the singular nouns in the sentence, and of the claim's words and the three after.

    """
    start, end = _claim_offsets(claim, sentence)
    everywhere = {_noun_stem(w) for w, _ in _raw_words(sentence)}
    after = {_noun_stem(w) for w, _ in _raw_words(sentence[start:end])}
    after |= {_noun_stem(w) for w, _ in _raw_words(sentence[end:])[:3]}
    return everywhere, after


def _claim_offsets(claim: Claim, sentence: str) -> Tuple[int, int]:
    start = claim.span[0] - claim.sentence[0]
    end = claim.span[1] - claim.sentence[0]
    if 0 <= start < end <= len(sentence) and sentence[start:end] == claim.text:
        return start, end
    found = sentence.find(claim.text)
    if found >= 0:
        return found, found + len(claim.text)
    return 0, len(sentence)


def _base_years(claim: Claim, sentence: str) -> FrozenSet[int]:
    """Years a change is measured from ("up 6.4% on 2023") or a count runs from
    ("since 2022"): they date no number of the sentence."""
    base = _BASE_YEAR if is_change_size(claim) else _SINCE
    return frozenset(int(m.group(1)) for m in _YEAR.finditer(sentence)
                     if base.search(sentence, max(0, m.start() - 16), m.start()))


def _claim_years(claim: Claim, sentence: str) -> FrozenSet[int]:
    """Years that date the claim: those in its sentence, except years sitting in
    another clause beside a number of their own ("grew 3% last year, after 2.7%
    in 2023": 2023 dates the 2.7%, not the 3%) and years a count runs from
    ("5,000 drones since 2022" is dated by its row, not by 2022)."""
    years = _layout(sentence).years
    if not years:
        return frozenset()
    start, end = _claim_offsets(claim, sentence)
    weigh = _clause_weigher(sentence, start, end)
    base = _BASE_YEAR if is_change_size(claim) else _SINCE
    return frozenset(year for at, year in years
                     if not start <= at < end and weigh(at) != OTHER_NUMBER_WEIGHT
                     and not base.search(sentence, max(0, at - 16), at))


def names_in(text: str) -> FrozenSet[str]:
    """Stems of the words of ``text`` that may name something a row names.

    Capitals are not required: the row decides which of its words are names,
    and "England recorded..." opens a sentence with one.

    >>> sorted(names_in("England's economy grew. Mario Draghi spoke."))
    ['draghi', 'england', 'gdp', 'growth', 'mario', 'spok']
    """
    return frozenset(w.stem for w in subject_words(text))


def words_first_seen(text: str) -> Dict[str, int]:
    """Each stem of ``text`` with the offset of the sentence it first appears in.

    >>> words_first_seen("Spain grew. Italy too. Spain fell.")["spain"]
    0
    """
    seen: Dict[str, int] = {}
    start = 0
    for part in _SENTENCE_END.split(text):
        at = text.find(part, start)
        for stem_ in names_in(part):
            seen.setdefault(stem_, at)
        start = at + len(part)
    return seen


class WrittenBefore:
    """The stems written in a document before an offset: ``"spain" in WrittenBefore(...)``.

    >>> seen = words_first_seen("Spain grew. Italy too.")
    >>> "spain" in WrittenBefore(seen, 12), "italy" in WrittenBefore(seen, 12)
    (True, False)
    """

    def __init__(self, first_seen: Dict[str, int], offset: int) -> None:
        self.first_seen = first_seen
        self.offset = offset

    def __contains__(self, stem_: object) -> bool:
        at = self.first_seen.get(stem_) if isinstance(stem_, str) else None
        return at is not None and at < self.offset


def _as_of_key(row: ReferenceRow) -> str:
    return row.as_of or ""


def dated_year_before(claim: Claim, sentence: str) -> bool:
    """Whether the claim's clause dates it a year back ("40.5 million tonnes a year earlier")."""
    start, end = _claim_offsets(claim, sentence)
    weigh = _clause_weigher(sentence, start, end)
    lowered = sentence.lower()
    for phrase in relative_words()["previous_year"]:
        at = lowered.find(phrase)
        while at >= 0:
            if weigh(at) == CLAUSE_WEIGHTS[0]:
                return True
            at = lowered.find(phrase, at + 1)
    return False


def _matched(chosen: Candidate, candidates: Sequence[Candidate], tie_break: str = "") -> Match:
    return Match(chosen.row, chosen.score, "", tuple(candidates), tie_break, chosen.local,
                 chosen.other_year, chosen.future, chosen.says_what)


def choose(claim: Claim, found: Sequence[Candidate], index: ReferenceIndex, *,
           year_before: bool = False) -> Match:
    """Pick the best candidate, breaking ties by exact unit then by time, else ambiguous."""
    best = found[0]
    tied = [c for c in found if c.score >= best.score - TIE_MARGIN]
    if len(tied) == 1:
        return _matched(best, found[:3])
    same_unit = [c for c in tied if c.row.unit == claim.unit]
    note = ""
    if same_unit and len(same_unit) < len(tied):
        tied, note = same_unit, "same unit"
    if len(tied) > 1 and index.same_series([c.row for c in tied]) \
            and all(c.row.as_of for c in tied):
        by_time = sorted(tied, key=lambda c: _as_of_key(c.row))
        if len({_as_of_key(c.row) for c in by_time}) == len(by_time):
            pick = by_time[0] if is_old_level(claim) else \
                by_time[-2] if year_before else by_time[-1]
            return _matched(pick, tied, "earliest as_of" if is_old_level(claim) else
                            "latest as_of")
    if len(tied) == 1:
        return _matched(tied[0], found[:3], note)
    return Match(None, best.score, "ambiguous", tuple(tied))


def previous_sentence(text: str, start: int) -> str:
    """The sentence before offset ``start`` in the same paragraph (line), or "".

    >>> previous_sentence("Iran sent drones. Russia got 3,000.", 18)
    'Iran sent drones.'
    >>> previous_sentence("Title\\nRussia got 3,000.", 6)
    ''
    """
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start].rstrip()
    if not head:
        return ""
    cut = max(head.rfind(". ", 0, len(head) - 1), head.rfind("? ", 0, len(head) - 1),
              head.rfind("! ", 0, len(head) - 1))
    return head[cut + 2:] if cut >= 0 else head
