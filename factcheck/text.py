"""Text → sentences → words, each with character spans; no numbers, no units.

>>> text = "Dec. 2 was cold. Mr. T. Smith left.\\nIt rained."
>>> [text[s:e] for s, e in split_sentences(text)]
['Dec. 2 was cold.', 'Mr. T. Smith left.', 'It rained.']
"""
from __future__ import annotations

import re
from itertools import accumulate, repeat
from typing import Final, List, NamedTuple, Tuple

from factcheck import lexicon

Span = Tuple[int, int]

#: the signs of money written before an amount: "$25 million", "\N{POUND SIGN}40m"
MONEY_SIGNS: Final = "$\N{POUND SIGN}\N{EURO SIGN}\N{YEN SIGN}\N{INDIAN RUPEE SIGN}\N{WON SIGN}"
#: one of them, as a pattern's character class
MONEY_SIGN_CLASS: Final = "[" + re.escape(MONEY_SIGNS) + "]"

#: what may follow an end mark: more marks, closing quotes, space, then the next sentence
_AFTER_END_MARK: Final = r"""
    [.!?\N{HORIZONTAL ELLIPSIS}]*          # more end marks
    ["'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})\]]*  # closing quotes
    [ \t\N{NO-BREAK SPACE}]+                # space before the next sentence
    (?=["'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}(\[]?[A-Z0-9])  # next starts
"""

#: an end mark and what follows it, or a line break (paragraphs are sentences).  One
#: alternative per end mark, each opening with its literal character: the regex engine then
#: skips straight to the next candidate instead of trying every position.
_SENTENCE_END: Final = re.compile(
    "|".join(re.escape(mark) + _AFTER_END_MARK for mark in ".!?\N{HORIZONTAL ELLIPSIS}")
    + r"| \n\s*",
    re.VERBOSE,
)

_LAST_WORD: Final = re.compile(r"(\S+)$")

#: a token: the pieces between tokens are only space, so splitting on this pattern (with its
#: group) gives space, token, space, token, ... and the running sum of their lengths gives
#: every token's offsets
_TOKEN: Final = re.compile(
    r"""
    ([^\W\d_]+(?:['\N{RIGHT SINGLE QUOTATION MARK}][^\W\d_]+)*  # letters, with apostrophes
    | \d+                                                       # a digit run
    | \S)                                                       # any other single character
    """,
    re.VERBOSE,
)
#: _TOKEN for ASCII text, where plain ranges are much cheaper to test than Unicode classes;
#: Unicode white space holds \x1c-\x1f too
_ASCII_TOKEN: Final = re.compile(
    r"""
    ([A-Za-z]+(?:'[A-Za-z]+)*                # letters, with apostrophes
    | [0-9]+                                 # a digit run
    | [^ \t\n\r\f\v\x1c-\x1f])             # any other single character
    """,
    re.VERBOSE,
)


#: builds a NamedTuple from all its fields in order without its Python-level ``__new__``, for
#: the records made per token or per number (a plain call runs an interpreted ``__new__``,
#: even in the compiled build)
new_record: Final = tuple.__new__

#: how a possessive ends: "Apple's", "Britain\N{RIGHT SINGLE QUOTATION MARK}s"
POSSESSIVE_ENDINGS: Final = ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")
#: a number written to the cent: the "R7.50" of "from R5 to R7.50", the "$10.99" of "up $3 to
#: $10.99 a month"
TO_THE_CENT: Final = re.compile(r"[0-9]\.[0-9]{2}\Z")


class Word(NamedTuple):
    """One token of a sentence with its offsets into the whole text (a tuple: made often)."""

    text: str
    start: int
    end: int
    lower: str


#: unit abbreviations among the abbreviations: after a number and before a capital
#: letter, their full stop ends the sentence ("64 km. In 2019 ...")
_UNIT_ABBREVIATIONS: Final = frozenset(
    ["km.", "mi.", "ft.", "oz.", "lb.", "lbs.", "mt.", "pct.", "min."])


def _unit_ends_sentence(text: str, word_start: int, end: int) -> bool:
    """A unit abbreviation right after a number, with a capital letter after its stop."""
    before = text[max(0, word_start - 2):word_start]
    after = text[end:end + 4].lstrip()
    return any(ch.isdigit() for ch in before) and after[:1].isupper()


#: the word after a full stop: "mainly from the U.S. The remainder" ends at "U.S."
_NEXT_WORD: Final = re.compile(r"[ \t]+([^\W\d_]+)")


#: abbreviations of catalogues, equations and citations that end a sentence in lower case:
#: "a photo op.", "a cat.", "tonnes of CO2 eq.", "street art.", "45 sec." (but "Op. 18",
#: "Eq. 3", "(cat. 27)", "Art. 33")
_CATALOGUE_ABBREVIATIONS: Final = frozenset(["op.", "cat.", "inv.", "eq.", "eqs.", "eqn.",
                                             "art.", "sec.", "cl.", "ch.", "pt.", "ep."])
#: citations among them, and what stands before one: "(Constitution, art. 230)", "see ch. 12"
_CITATION_ABBREVIATIONS: Final = frozenset(["art.", "ch.", "pt.", "sec.", "cl."])
_CITED_AFTER: Final = re.compile(r"(?:[(,]|\b(?:see|under|in|of|per|and|cf\.))[ ]\Z",
                                 re.IGNORECASE)
#: "max." and "min.", which end a sentence after a setting or an ordinal minute
_LIMIT_ABBREVIATIONS: Final = frozenset(["max.", "min."])
_SETTING_BEFORE: Final = re.compile(r"(?:\b(?:to|on|at|the)|[0-9](?:st|nd|rd|th))[ ]\Z",
                                    re.IGNORECASE)


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
    if lowered in _CATALOGUE_ABBREVIATIONS \
            and not (word[:1].isupper() or found.group(1).startswith("(")
                     or (lowered in _CITATION_ABBREVIATIONS and _CITED_AFTER.search(
                         text, max(0, found.start(1) - 8), found.start(1)))):
        return False  # "We adopted a cat. 3 weeks later", "street art. 120 of them": a word;
        # "(cat. 27)", "Op. 18", "(Constitution, art. 230)", "see ch. 12" not
    if lowered in _LIMIT_ABBREVIATIONS and _SETTING_BEFORE.search(
            text, max(0, found.start(1) - 12), found.start(1)):
        return False  # "Turn the hob to max. 20 minutes later", "in the 78th min. 2 goals"
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
    trimmed = [_trim(text, s, e) for s, e in spans]
    return [span for span in trimmed if span[0] < span[1]]


#: a list item's marker opening a sentence: "- Increased the timeout to 120 seconds."
_LIST_MARKERS: Final = frozenset("-*\N{BULLET}+")


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    if end - start > 2 and text[start] in _LIST_MARKERS and text[start + 1] == " ":
        start += 2  # the sentence is the item: its first word opens it
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
    # trailing space is cut first: the token pattern would try every position of it
    segment = text[start:end].rstrip()
    if segment.isascii() and segment.isprintable() and "  " not in segment \
            and segment[:1] != " ":
        return _spaced_words(segment, start)
    return list(map(new_record, repeat(Word), zip(*_word_columns(segment, start))))


def _spaced_words(segment: str, start: int) -> List[Word]:
    """``words`` of printable ASCII whose words are one space apart (most prose): a piece
    between spaces that is all letters or all digits, perhaps with one mark after it
    ("drones.", "2019,", "5%"), is read without the regex, whose cost per token is several
    times a string test's.

    >>> [tuple(w) for w in _spaced_words("Up 5%, don't", 10)]
    [('Up', 10, 12, 'up'), ('5', 13, 14, '5'), ('%', 14, 15, '%'), (',', 15, 16, ','), \
("don't", 17, 22, "don't")]
    """
    found: List[Word] = []
    pos = start
    for piece in segment.split(" "):
        end = pos + len(piece)
        if piece.isalpha() or piece.isdigit():
            found.append(new_record(Word, (piece, pos, end, piece.lower())))
        elif len(piece) == 1:  # a mark, its own lower case
            found.append(new_record(Word, (piece, pos, end, piece)))
        elif (piece[:-1].isalpha() or piece[:-1].isdigit()) and not piece[-1].isalnum():
            head = piece[:-1]
            found.append(new_record(Word, (head, pos, end - 1, head.lower())))
            found.append(new_record(Word, (piece[-1], end - 1, end, piece[-1])))
        else:
            first = pos
            for token in _ASCII_TOKEN.split(piece)[1::2]:
                found.append(new_record(Word, (token, first, first + len(token),
                                               token.lower())))
                first += len(token)
        pos = end + 1
    return found


def _word_columns(segment: str, start: int) -> Tuple[List[str], List[int], List[int], List[str]]:
    """The tokens of ``segment`` (no trailing space), which starts at ``start`` in its
    text, as four columns: surfaces, starts, ends and lower cases.  Each step runs over the
    whole segment in C, with no Python code per token.

    >>> _word_columns("Up to  5,", 0)
    (['Up', 'to', '5', ','], [0, 3, 7, 8], [2, 5, 8, 9], ['up', 'to', '5', ','])
    """
    lowered = segment.lower()
    if len(lowered) != len(segment):
        # a few characters grow when lower-cased ("İ"): lower each token on its own
        pieces = _TOKEN.split(segment)
        tokens = pieces[1::2]
        edges = list(accumulate(map(len, pieces), initial=start))
        return tokens, edges[1:-1:2], edges[2::2], [token.lower() for token in tokens]
    plain = segment.isascii()
    pieces = (_ASCII_TOKEN if plain else _TOKEN).split(segment)
    tokens = pieces[1::2]
    edges = list(accumulate(map(len, pieces), initial=start))
    starts, ends = edges[1:-1:2], edges[2::2]
    if plain:
        # lower-casing ASCII keeps every token's bounds
        return tokens, starts, ends, list(map(str.lower, tokens))
    return tokens, starts, ends, [lowered[first - start:last - start]
                                  for first, last in zip(starts, ends)]


def lower_words(text: str) -> Tuple[str, ...]:
    """The lower-cased tokens of ``text``, as ``words`` gives them, without their offsets.

    >>> lower_words("Up to  ")
    ('up', 'to')
    """
    if not text.isascii():
        return tuple([w.lower for w in words(text)])
    # lower-casing ASCII keeps every token's bounds, so the lower text is split directly
    return tuple(_ASCII_TOKEN.split(text.rstrip().lower())[1::2])
