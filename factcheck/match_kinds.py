"""What sort of figure a claim is: a level, a difference, the size or an end of a change,
part of a name, or a subgroup's figure."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Dict, FrozenSet, List, Sequence, Tuple

from factcheck.claims import Claim
from factcheck.lexicon import data_lines
from factcheck.match_clauses import (CLAUSE_WEIGHTS, OTHER_NUMBER_WEIGHT, claim_offsets,
                                     clause_weigher)
from factcheck.match_words import (DIGIT, WORD, Word, any_word_pattern, fold, raw_words, stem,
                                   word_starts)


#: a change word with no direction: a row saying it may be the size of a rise or a fall
NEUTRAL_CHANGE_WORD = "change"


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


#: words right before a figure that the article itself says is wrong
_RETRACTED = re.compile(r"(?:\bnot|\brather\s+than|\binstead\s+of)\s+\Z", re.IGNORECASE)


def is_retracted(claim: Claim, sentence: str) -> bool:
    """ "destroyed 2,400 structures, not 3,000 as first reported": a figure the article
    says is wrong is no claim of its own, so no row may contradict it.

    >>> from decimal import Decimal as D
    >>> s = "It destroyed 2,400 homes, not 3,000 as first reported"
    >>> is_retracted(Claim("3,000", (30, 35), D(3000), D(3000), D(3000), sentence=(0, 53)), s)
    True
    """
    start, _ = claim_offsets(claim, sentence)
    return _RETRACTED.search(sentence, max(0, start - 16), start) is not None


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
    start, _ = claim_offsets(claim, sentence)
    head = sentence[:start]
    words = raw_words(head)
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
    start, _ = claim_offsets(claim, sentence)
    # the words of the 40 characters before the claim, read from the sentence's cached
    # words rather than from a slice (slices would crowd the cache out)
    starts = word_starts(sentence)
    words = raw_words(sentence)[bisect_right(starts, start - 41):bisect_right(starts, start - 1)]
    head = " ".join(w.lower() for w, _ in words)
    tail = sentence[:start].rstrip()
    if not tail or not tail[-1].isalpha():
        return False
    return any(head == phrase or head.endswith(" " + phrase)
               for phrase in relative_words()["before"])


@lru_cache(maxsize=None)
def relative_vocab() -> FrozenSet[str]:
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
    _, end = claim_offsets(claim, sentence)
    after = WORD.match(sentence, end + 1 if sentence[end:end + 1].isspace() else end)
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
    digits = list(DIGIT.finditer(claim.text))
    tail = claim.text[digits[-1].end():] if digits else ""
    vocab = set(relative_words()["after"]) | set(relative_words()["before"])
    return frozenset(w.lower() for w, _ in raw_words(tail) if w.lower() in vocab)


@lru_cache(maxsize=None)
def _subgroup_word() -> "re.Pattern[str]":
    return any_word_pattern(w for line in data_lines("check_subgroup_words.txt")
                            for w in line.split())


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
    if _subgroup_word().search(sentence) is None:
        return frozenset()
    start, end = claim_offsets(claim, sentence)
    weigh = clause_weigher(sentence, start, end)
    vocab = subgroup_stems()
    before = [(w, at) for w, at in raw_words(sentence) if at < start][-4:]
    found = {stem(fold(w)) for w, at in before if weigh(at) == CLAUSE_WEIGHTS[0]}
    found |= {stem(fold(w)) for w, _ in raw_words(sentence[start:end])}
    return frozenset(found & vocab)


@lru_cache(maxsize=None)
def change_stems() -> FrozenSet[str]:
    """Stems of the words that make a row a change (``data/check_change_words.txt``).

    >>> {stem(w) for w in ("growth", "increases", "declined")} <= change_stems()
    True
    """
    return frozenset(stem(w) for line in data_lines("check_change_words.txt")
                     for w in line.split())


def subgroups_said(claim: Claim, sentence: str, words: Sequence[Word],
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
    start, end = claim_offsets(claim, sentence)
    weigh = clause_weigher(sentence, start, end)
    starts = word_starts(sentence)
    return frozenset(vocab[w.stem] for w in found if w.stem in vocab and 0 <= w.at < len(starts)
                     and weigh(starts[w.at]) > OTHER_NUMBER_WEIGHT)


def is_change_size(claim: Claim) -> bool:
    """Whether the claim states the size of a change ("rose 5%", "doubled")."""
    return claim.change is not None and claim.change.role in ("delta", "factor")


def is_old_level(claim: Claim) -> bool:
    """Whether the claim is the old level of a change ("from 5.1%" in "fell from 5.1% to 4.9%")."""
    return claim.change is not None and claim.change.role == "from"
