"""The words of a text as the matcher reads them: tokens → aliases → stop words → stems.

Also what a document has said before a claim: the names it has written
(:class:`WrittenBefore`) and the sentence before the claim's.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from typing import (Callable, Dict, FrozenSet, Iterable, List, NamedTuple, Optional, Sequence,
                    Tuple)

from factcheck.lexicon import data_lines
from factcheck.text import split_sentences


WORD = re.compile(r"""
    (?:[^\W\d_]\.){2,}        # dotted abbreviation: U.S., U.K.
  | [^\W\d_]+                 # a run of letters
""", re.VERBOSE)

DIGIT = re.compile(r"\d+")

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def any_word_pattern(words: Iterable[str]) -> "re.Pattern[str]":
    """One regex finding any of ``words``, to skip sentences that hold none."""
    vocab = sorted(set(words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, vocab)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def stop_words() -> FrozenSet[str]:
    """The words ignored when matching (``data/stopwords.txt``).

    >>> "the" in stop_words(), "drone" in stop_words()
    (True, False)
    """
    return frozenset(w for line in data_lines("stopwords.txt") for w in line.split())


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
    #: position of its (first) raw word in the text, see match_clauses.clause_weights
    at: int = -1


@lru_cache(maxsize=1024)
def raw_words(text: str) -> Tuple[Tuple[str, int], ...]:
    """(word, start offset) pairs; dotted abbreviations lose their dots.

    >>> raw_words("the U.S. and Iran's")
    (('the', 0), ('US', 4), ('and', 9), ('Iran', 13), ('s', 18))
    """
    return tuple((word.replace(".", "") if "." in word else word, m.start())
                 for m in WORD.finditer(text) for word in (m.group(),))


def subject_words(text: str, *, weights: Optional[Sequence[float]] = None,
                  first_is_name: bool = False) -> List[Word]:
    """The content words of ``text`` with aliases resolved, stop words dropped, stemmed.

    ``weights`` gives one weight per raw word (see match_clauses.clause_weights).  A
    capitalised word counts as a name unless it opens the text
    (``first_is_name`` False); adjacent names form one group ("Nicolás Maduro",
    or a whole Title Case subject), which any of its words satisfies.

    >>> [(w.stem, w.proper) for w in subject_words("Iranian drones supplied to Russia")]
    [('iran', True), ('dron', False), ('supply', False), ('russia', True)]
    >>> [w.stem for w in subject_words("the United States said")]
    ['usa']
    """
    plain = plain_subject_words(text, first_is_name)
    if weights is None:
        return list(plain)
    return [Word(w.stem, weights[w.at], w.proper, w.group, w.at) for w in plain]


@lru_cache(maxsize=65536)
def plain_subject_words(text: str, first_is_name: bool) -> Tuple[Word, ...]:
    return tuple(_subject_words(text, first_is_name))


def _subject_words(text: str, first_is_name: bool) -> List[Word]:
    raw = raw_words(text)
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


@lru_cache(maxsize=1024)
def word_starts(sentence: str) -> Tuple[int, ...]:
    return tuple(at for _, at in raw_words(sentence))


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


#: a sentence that opens on a definite noun phrase: "The cap peaked at £4,279"
_DEFINITE_OPENING = re.compile(r"\s*(?:The|This|That|Its|Their)\s+([a-z][a-z-]{2,})\b")
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]{2,}\b")


def antecedents(text: str) -> Callable[[int], str]:
    """A function from a sentence's start offset to the earlier sentence that introduced
    the noun it opens on ("Ofgem's price cap for a typical household ... rise by 2%" for
    "The cap peaked at £4,279"), or "" when there is none before the previous sentence,
    which the matcher reads anyway.  Built once per document.

    >>> find = antecedents("The price cap rose. Bills fell. The cap peaked at 9.")
    >>> find(32), find(20)
    ('The price cap rose.', '')
    """
    spans: List[Tuple[int, int]] = []
    start = 0
    for part in _SENTENCE_END.split(text):
        at = text.find(part, start)
        spans.append((at, at + len(part)))
        start = at + len(part)
    first: Dict[str, int] = {}
    for n, (a, b) in enumerate(spans):
        for m in _LOWER_WORD.finditer(text, a, b):
            first.setdefault(m.group(), n)
    starts = [a for a, _ in spans]

    def lookup(offset: int) -> str:
        opening = _DEFINITE_OPENING.match(text, offset)
        if opening is None:
            return ""
        n = bisect_right(starts, offset) - 1
        k = first.get(opening.group(1), n)
        return text[spans[k][0]:spans[k][1]] if k < n - 1 else ""
    return lookup


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


#: how far back the sentence before a claim's is looked for
PREVIOUS_SENTENCE_REACH = 1000


def previous_sentence(text: str, start: int) -> str:
    """The sentence before offset ``start`` in the same paragraph (line), or "".

    >>> previous_sentence("Iran sent drones. Russia got 3,000.", 18)
    'Iran sent drones.'
    >>> previous_sentence("Title\\nRussia got 3,000.", 6)
    ''
    >>> previous_sentence("It rose on Jan. 29, 2024. Of those, 3,891 were new.", 26)
    'It rose on Jan. 29, 2024.'

    Sentences are split as the parser splits them (abbreviations such as "Jan." end
    none), in a bounded window so that a long paragraph costs the same per claim.
    """
    window = max(0, start - PREVIOUS_SENTENCE_REACH)
    line_start = max(text.rfind("\n", window, start) + 1, window)
    head = text[line_start:start].rstrip()
    if not head:
        return ""
    spans = split_sentences(head)
    return head[spans[-1][0]:spans[-1][1]].strip() if spans else ""
