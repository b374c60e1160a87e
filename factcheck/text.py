"""Text → sentences → words, each with character spans; no numbers, no units.

>>> text = "Dec. 2 was cold. Mr. T. Smith left.\\nIt rained."
>>> [text[s:e] for s, e in split_sentences(text)]
['Dec. 2 was cold.', 'Mr. T. Smith left.', 'It rained.']
"""
from __future__ import annotations

import re
from typing import List, NamedTuple, Tuple

from factcheck import lexicon

Span = Tuple[int, int]

#: what may follow an end mark: more marks, closing quotes, space, then the next sentence
_AFTER_END_MARK = r"""
    [.!?\N{HORIZONTAL ELLIPSIS}]*          # more end marks
    ["'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})\]]*  # closing quotes
    [ \t\N{NO-BREAK SPACE}]+                # space before the next sentence
    (?=["'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}(\[]?[A-Z0-9])  # next starts
"""

#: an end mark and what follows it, or a line break (paragraphs are sentences).  One
#: alternative per end mark, each opening with its literal character: the regex engine then
#: skips straight to the next candidate instead of trying every position.
_SENTENCE_END = re.compile(
    "|".join(re.escape(mark) + _AFTER_END_MARK for mark in ".!?\N{HORIZONTAL ELLIPSIS}")
    + r"| \n\s*",
    re.VERBOSE,
)

_LAST_WORD = re.compile(r"(\S+)$")

#: a token and the space before it (tokens cover every other character, so the lengths of
#: the two groups give each token's offsets)
_WORD = re.compile(
    r"""
    (\s*)                                                        # the space before the token
    ([^\W\d_]+(?:['\N{RIGHT SINGLE QUOTATION MARK}][^\W\d_]+)*  # letters, with apostrophes
    | \d+                                                       # a digit run
    | \S)                                                       # any other single character
    """,
    re.VERBOSE,
)
#: _WORD for ASCII text, where plain ranges are much cheaper to test than Unicode classes;
#: Unicode white space holds \x1c-\x1f too
_ASCII_WORD = re.compile(
    r"""
    ([ \t\n\r\f\v\x1c-\x1f]*)              # the space before the token
    ([A-Za-z]+(?:'[A-Za-z]+)*                # letters, with apostrophes
    | [0-9]+                                 # a digit run
    | [^ \t\n\r\f\v\x1c-\x1f])             # any other single character
    """,
    re.VERBOSE,
)


#: builds a NamedTuple from all its fields in order without its Python-level ``__new__``, for
#: the records made per token or per number (a plain call runs an interpreted ``__new__``,
#: even in the compiled build)
new_record = tuple.__new__


class Word(NamedTuple):
    """One token of a sentence with its offsets into the whole text (a tuple: made often)."""

    text: str
    start: int
    end: int
    lower: str


#: unit abbreviations among the abbreviations: after a number and before a capital
#: letter, their full stop ends the sentence ("64 km. In 2019 ...")
_UNIT_ABBREVIATIONS = frozenset(["km.", "mi.", "ft.", "oz.", "lb.", "lbs.", "mt.", "pct."])


def _unit_ends_sentence(text: str, word_start: int, end: int) -> bool:
    """A unit abbreviation right after a number, with a capital letter after its stop."""
    before = text[max(0, word_start - 2):word_start]
    after = text[end:end + 4].lstrip()
    return any(ch.isdigit() for ch in before) and after[:1].isupper()


#: the word after a full stop: "mainly from the U.S. The remainder" ends at "U.S."
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _ends_in_abbreviation(text: str, end: int) -> bool:
    """True when the full stop at ``text[end - 1]`` closes an abbreviation or an initial."""
    found = _LAST_WORD.search(text, max(0, end - 12), end)
    if not found:
        return False
    word = found.group(1).lstrip("(\"'\N{LEFT DOUBLE QUOTATION MARK}")
    if len(word) == 2 and word[0].isupper():
        return True
    lowered = word.lower()
    if lowered in _UNIT_ABBREVIATIONS and _unit_ends_sentence(text, found.start(1), end):
        return False  # "The trail is now 64 km. In 2019 it was shorter."
    if lowered not in lexicon.load().abbreviations:
        return False
    following = _NEXT_WORD.match(text, end)
    return following is None or not following.group(1)[0].isupper() \
        or following.group(1).lower() not in lexicon.load().function_words


def split_sentences(text: str) -> List[Span]:
    """Sentence spans of ``text``, end exclusive, surrounding space trimmed.

    >>> split_sentences("One. Two!")
    [(0, 4), (5, 9)]
    >>> split_sentences("   ")
    []
    """
    spans = []
    start = 0
    for mark in _SENTENCE_END.finditer(text):
        stop = mark.start() + len(mark.group().rstrip())
        if mark.group()[0] == "." and _ends_in_abbreviation(text, mark.start() + 1):
            continue
        spans.append((start, stop))
        start = mark.end()
    spans.append((start, len(text)))
    return [trimmed for trimmed in (_trim(text, s, e) for s, e in spans) if trimmed[0] < trimmed[1]]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def words(text: str, start: int = 0, end: int = -1) -> List[Word]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    >>> [w.text for w in words("up to 3,000 drones.")]
    ['up', 'to', '3', ',', '000', 'drones', '.']
    >>> [w.lower for w in words("İstanbul 5")] == ["İstanbul".lower(), "5"]
    True
    """
    if end < 0:
        end = len(text)
    # trailing space is cut first: _WORD would try every position of it, a quadratic miss
    segment = text[start:end].rstrip()
    end = start + len(segment)
    lowered = segment.lower()
    if len(lowered) != end - start:
        # a few characters grow when lower-cased ("İ"): lower each token on its own
        return [Word(m.group(2), m.start(2), m.end(), m.group(2).lower())
                for m in _WORD.finditer(text, start, end)]
    # findall's strings are cheaper than match objects
    found: List[Word] = []
    pos = start
    tokens = (_ASCII_WORD if text.isascii() else _WORD).findall(text, start, end)
    for space, token in tokens:
        first = pos + len(space)
        pos = first + len(token)
        found.append(new_record(Word, (token, first, pos, lowered[first - start:pos - start])))
    return found


def lower_words(text: str) -> Tuple[str, ...]:
    """The lower-cased tokens of ``text``, as ``words`` gives them, without their offsets.

    >>> lower_words("Up to  ")
    ('up', 'to')
    """
    if not text.isascii():
        return tuple([w.lower for w in words(text)])
    # lower-casing ASCII keeps every token's bounds, so the lower text is split directly
    return tuple([token for _, token in _ASCII_WORD.findall(text.rstrip().lower())])
