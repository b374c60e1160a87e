"""Load the vocabulary in ``factcheck/data/*.txt`` into tuples, sets and dicts.

``data_lines`` is the one function that opens ``data/`` files; numerals.py,
units.py and the match_*.py modules build their own tables on it.  Each file documents its
own syntax in its header; the readers here know three shapes: word lists,
``phrase = meaning`` tables and ``[section]`` word sets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Dict, FrozenSet, List, Optional, Tuple

Words = Tuple[str, ...]


def data_lines(name: str) -> List[str]:
    """Non-blank lines of a data file with ``#`` comments removed.

    >>> data_lines("hedges.txt")[0]
    'more than = lower strict'
    """
    text = resources.files("factcheck").joinpath("data", name).read_text(encoding="utf-8")
    lines = []
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.startswith("#") else ""
        if line:
            lines.append(line)
    return lines


def phrase_table(name: str) -> Dict[Words, Words]:
    """Read ``phrase = meaning words`` lines into {phrase words: meaning words}.

    >>> phrase_table("hedges.txt")[("more", "than")]
    ('lower', 'strict')
    """
    table: Dict[Words, Words] = {}
    for line in data_lines(name):
        phrase, _, meaning = line.partition(" = ")
        table[tuple(phrase.split())] = tuple(meaning.split())
    return table


@lru_cache(maxsize=None)
def word_sections(name: str) -> Dict[str, FrozenSet[str]]:
    """Read ``[section]`` headers followed by space-separated words (once per file; the
    result is shared, so callers must not change it).

    >>> "january" in word_sections("not_claims.txt")["months"]
    True
    """
    sections: Dict[str, set] = {}
    current: Optional[set] = None
    for line in data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif current is not None:
            current.update(line.split())
    return {key: frozenset(words) for key, words in sections.items()}


def alternation(name: str, section: str) -> str:
    """A regex group matching any word of one ``[section]`` of a word-section file.

    >>> alternation("grammar_words.txt", "restating_hedges")
    '(?:about|almost|around|nearly|roughly|some)'
    """
    return "(?:" + "|".join(sorted(map(re.escape, word_sections(name)[section]))) + ")"


def split_fields(line: str) -> List[str]:
    """The ``|``-separated fields of a data line, stripped.

    >>> split_fields("km | kilometer | length | exact")
    ['km', 'kilometer', 'length', 'exact']
    """
    return [field.strip() for field in line.split("|")]


def flag_set(fields: List[str], index: int) -> frozenset:
    """The comma-separated flags in ``fields[index]``, or none.

    >>> sorted(flag_set(["p", "GBP", "after", "0.01", "exact, attached"], 4))
    ['attached', 'exact']
    >>> flag_set(["km", "kilometer", "length"], 3)
    frozenset()
    """
    if len(fields) <= index or not fields[index]:
        return frozenset()
    return frozenset(flag.strip() for flag in fields[index].split(","))


def word_set(name: str) -> FrozenSet[str]:
    """All words of a plain word-list file.

    >>> "the" in word_set("function_words.txt")
    True
    """
    return frozenset(word for line in data_lines(name) for word in line.split())


@dataclass(frozen=True)
class Hedge:
    """The meaning of a hedge or bound phrase: kind lower/upper/approx, and flags."""

    kind: str
    strict: bool = False
    below: bool = False


def hedge_table(name: str) -> Dict[Words, Hedge]:
    """Hedge phrases from hedges.txt or hedges_after.txt.

    >>> hedge_table("hedges.txt")[("nearly",)]
    Hedge(kind='approx', strict=False, below=True)
    """
    return {phrase: Hedge(meaning[0], "strict" in meaning, "below" in meaning)
            for phrase, meaning in phrase_table(name).items()}


@dataclass(frozen=True)
class ChangeWord:
    """A change word: its direction, the factor when the word is itself a number, and
    whether it needs "by/to/from" (indirect) or a form of "be" (adverb) to mean a change."""

    direction: str
    factor: Optional[Decimal] = None
    indirect: bool = False
    adverb: bool = False
    #: a base form ("double") that is a change only after "to" or a modal ("set to double")
    modal: bool = False


def change_table() -> Dict[str, ChangeWord]:
    """Change words from changes.txt.

    >>> change_table()["doubled"]
    ChangeWord(direction='up', factor=Decimal('2'), indirect=False, adverb=False, modal=False)
    >>> change_table()["raised"].indirect, change_table()["down"].adverb
    (True, True)
    """
    words = {}
    for phrase, meaning in phrase_table("changes.txt").items():
        factor = next((Decimal(m) for m in meaning[1:] if m[0].isdigit()), None)
        words[phrase[0]] = ChangeWord(meaning[0], factor, "indirect" in meaning,
                                      "adverb" in meaning, "modal" in meaning)
    return words


@dataclass(frozen=True)
class VagueAmount:
    """A vague amount pattern: words (``{scale}`` marks a scale word) and its interval."""

    words: Words
    low: Decimal
    high: Optional[Decimal]


def vague_table() -> List[VagueAmount]:
    """Vague amount patterns from vague.txt, longest first.

    >>> [len(row.words) for row in vague_table()][:2]
    [4, 3]
    """
    rows = []
    for phrase, meaning in phrase_table("vague.txt").items():
        high = None if meaning[1] == "-" else Decimal(meaning[1])
        rows.append(VagueAmount(phrase, Decimal(meaning[0]), high))
    rows.sort(key=lambda row: -len(row.words))
    return rows


@lru_cache(maxsize=None)
def load() -> "Lexicon":
    """The whole parser vocabulary, read once."""
    return Lexicon(
        hedges_before=hedge_table("hedges.txt"),
        hedges_after=hedge_table("hedges_after.txt"),
        changes=change_table(),
        vague=tuple(vague_table()),
        not_claims=word_sections("not_claims.txt"),
        function_words=word_set("function_words.txt"),
        abbreviations=word_set("abbreviations.txt"),
    )


@dataclass(frozen=True)
class Lexicon:
    """Everything the parser reads from data/."""

    hedges_before: Dict[Words, Hedge]
    hedges_after: Dict[Words, Hedge]
    changes: Dict[str, ChangeWord]
    vague: Tuple[VagueAmount, ...]
    not_claims: Dict[str, FrozenSet[str]]
    function_words: FrozenSet[str]
    abbreviations: FrozenSet[str]
