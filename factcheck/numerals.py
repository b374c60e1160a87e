"""Read numbers out of text: digits, separators, signs, scale words, spelled numbers, fractions.

``scan_numerals(text)`` finds every numeral in text order and returns :class:`Numeral`
records that keep the surface text and span next to the value.  It only reads numbers:
which of them are claims, and what they count, is the parser's business.

>>> [(n.text, n.value) for n in scan_numerals("an increased $25 million reward for a third term")]
[('25 million', Decimal('25000000'))]
>>> parse_number("1,234,567.89"), parse_number("two-thirds"), parse_number("third")
(Decimal('1234567.89'), Decimal('0.6666666666666666666666666667'), None)
>>> format_number(Decimal("-1234567.5"))
'-1,234,567.5'

How digit runs are read (a run is digits joined by ``. , : /`` or by a space before
exactly three digits):

- ``1,234,567`` and ``1,234.5``: commas before groups of exactly three digits are thousands
  separators; so are spaces, NO-BREAK, NARROW NO-BREAK, THIN, FIGURE and HAIR SPACE
  (``816 000``), Swiss apostrophes (``1'250'000``), the Indian ``12,34,567`` and the
  European ``1.234.567,89`` and ``1.250.000`` (dots count as separators when a decimal
  comma follows or when two or more groups of three follow).
- ``1,5`` and ``12,34``: a single comma followed by one or two digits is a decimal comma.
- Any other comma run is a list: ``22,24,26`` is three numbers, and so is ``1,000,5``.
- Two or more dots (``3.10.1``, ``192.168.1.2``), a colon (``10:30``) or a slash that is not
  a small fraction (``24/7``, ``9/11``, ``1/17/2025``) make the whole run a non-number.
- ``3/4`` is a fraction when 0 < numerator < denominator and the denominator is one that
  prose uses (2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128); ``9/11`` and ``50/50`` are not.
- A run glued after a letter (``G7``, ``MP3``) or after letter+hyphen (``F-16``,
  ``COVID-19``) is a name, not a number, unless the letters are a currency marker
  (``USD10m``, ``RM79``) or a prefix such as ``sub-7``, ``minus-5``, ``0-to-60``.
  ``21st`` is an ordinal and ``1990s``/``'90s`` a decade.  Letters glued after a run are left
  for the unit reader: ``5km`` gives 5 ending before "km".
- A hyphen or ``+``/MINUS SIGN is a sign only when no letter, digit or unit sign (``%``,
  ``‰``, ``°``) stands right before it: ``5-6`` is 5 and 6, ``4%-5%`` 4 and 5, ``(-5)`` is -5.

Scales: ``k``/``K``, ``bn``, ``mn``, ``tn`` glued to digits always scale; a glued ``m``/``M``
or ``b``/``B`` only right after a currency marker (``£40m``; ``1.5m`` stays 1.5 and leaves
"m" unread).  Spelled scale words follow after a space or hyphen (``25-million-dollar``
reads ``25-million``).  ``scale`` is the product of the multiplier words after the last
value word, so "three hundred" has base 3 and scale 100, "a dozen" base 1 and scale 12.

Words: a lone "a" is never a numeral; "a"/"an" count as one before a scale, "dozen",
"hundred" or a fraction word.  A fraction word needs a count that agrees with it ("a
third", "two thirds") and must be hyphenated to it, or followed by "of", punctuation, the
end or a scale word; otherwise it is an ordinal ("a third term").  A bare "half" counts
before "of", "the", "a million" or "million", but not after an ordinal ("the first half").

Precision is the step of the last stated digit after scaling ("3,000" -> 1000, "2.50" ->
0.01, "forty-two" -> 1, "one hundred and twenty" -> 10), 1 for dozens, None (exact) for
fractions without a scale; a fraction with a scale is as precise as its decimal form
("half a million" = 0.5 million -> 100000).

The vocabulary lives in ``data/number_words.txt`` and ``data/scale_words.txt``; the money
markers that make a glued "m" million are the markers that stand before an amount in
``data/currencies.txt``.  Each file documents its syntax in its header.
"""
from __future__ import annotations

import math
import re
import string
from decimal import Decimal
from typing import Final, Dict, FrozenSet, Iterable, List, NamedTuple, Optional, Tuple

from factcheck.lexicon import (alternation, data_lines, flag_set, split_fields, word_sections,
                               word_set)
from factcheck.text import new_record


class Numeral(NamedTuple):
    """One number read from text, with its surface and the facts needed to compare it."""

    #: final value, scale applied: "1.2bn" -> 1200000000, "a third" -> 1/3
    value: Decimal
    #: offsets into the scanned text, end exclusive
    start: int
    end: int
    #: ``text[start:end]``
    text: str
    #: value before the scale: "1.2bn" -> 1.2, "25 million" -> 25
    base: Decimal
    #: product of the trailing scale words or suffixes; 1 when there is none
    scale: Decimal
    #: step of the last significant stated digit after scaling ("3,000" -> 1000); None = exact
    precision: Optional[Decimal]
    #: written (partly) in words; abbreviations such as "bn" do not count
    spelled: bool
    #: "a third", "two-thirds", "½", "1 1/2", "one and a half"
    fraction: bool
    #: signed negative: "-5", "−5", "minus 5"
    negative: bool


# ---------------------------------------------------------------- vocabulary (data files)

def _data_rows(name: str) -> List[Tuple[str, Tuple[str, ...]]]:
    """``(spelling, meaning words)`` for each entry of a data file; comments start with " #".

    >>> _data_rows("scale_words.txt")[0]
    ('hundred', ('100', 'word'))
    """
    rows = []
    for line in data_lines(name):
        spelling, _, meaning = line.partition(" = ")
        rows.append((spelling.strip(), tuple(meaning.split())))
    return rows


class _Scale(NamedTuple):
    factor: int
    flags: FrozenSet[str]


_NUMBER_WORDS: Final = _data_rows("number_words.txt")
_SCALE_ROWS: Final = [(word, _Scale(int(meaning[0]), frozenset(meaning[1:])))
                      for word, meaning in _data_rows("scale_words.txt")]


def money_markers() -> List[Tuple[str, bool]]:
    """The markers of currencies.txt that stand before an amount, as written, each with
    whether it is money only before an amount written as money (flag "scaled").

    >>> markers = dict(money_markers())
    >>> markers["$"], markers["R"], markers["COP"]
    (False, True, True)
    """
    markers = []
    for line in data_lines("currencies.txt"):
        fields = split_fields(line)
        if fields[2] in ("before", "both"):
            markers.append((fields[0], "scaled" in flag_set(fields, 4)))
    return markers


#: money markers: a glued "m" or "bn" after the digits that follow one is a scale ("£40m")
_CURRENCY_MARKERS: Final = [marker for marker, scaled in money_markers() if not scaled]
#: markers that are money only before a separated or scaled number ("R18.99", "N2.3bn")
_SCALED_MARKERS: Final = [marker for marker, scaled in money_markers() if scaled]

_CARDINALS: Final[Dict[str, int]] = {w: int(m[1]) for w, m in _NUMBER_WORDS if m[0] == "cardinal"}
#: fraction word -> (denominator, plural)
_FRACTIONS: Final[Dict[str, Tuple[int, bool]]] = {
    w: (int(m[1]), "plural" in m) for w, m in _NUMBER_WORDS if m[0] == "fraction"}
_ORDINALS: Final[FrozenSet[str]] = frozenset(
    [w for w, m in _NUMBER_WORDS if m[0] == "ordinal"]
    + [w for w, (_, plural) in _FRACTIONS.items() if not plural and w not in ("half", "quarter")])
#: ordinals in words: "first", "fourth" (and the fraction words that are also ordinals)
ORDINAL_WORDS: Final = _ORDINALS
SIGN_WORDS: Final = frozenset(w for w, m in _NUMBER_WORDS if m[0] == "sign")
_POINT_WORDS: Final = frozenset(w for w, m in _NUMBER_WORDS if m[0] == "point")
#: words that make a following "half" a part, not a fraction: "the first half of 2024"
_POSITION_WORDS: Final = _ORDINALS | frozenset(w for w, m in _NUMBER_WORDS if m[0] == "position")
#: words that may be hyphen-glued before digits without making them a name ("sub-7", "minus-5")
PREFIXES: Final = frozenset(w for w, m in _NUMBER_WORDS if m[0] in ("prefix", "sign"))
#: spelled multiplier words, lower case: hundred, dozen, thousand, million, lakh ...
_SCALE_WORDS: Final[Dict[str, _Scale]] = {w.lower(): s for w, s in _SCALE_ROWS if "word" in s.flags}
#: words that may continue a number: "and a half", "point five", "thirds", "million"
_CONTINUATIONS: Final = (frozenset(["and"]) | _POINT_WORDS | frozenset(_FRACTIONS)
                         | frozenset(_SCALE_WORDS))
#: abbreviations glued to digits ("bn", "k"), as written, cased ones kept exact; and the
#: words that may be glued too ("£35million")
_ATTACHED: Final[Dict[str, _Scale]] = {w: s for w, s in _SCALE_ROWS
                                       if "attached" in s.flags or "glued" in s.flags}
#: the uncased ones among them by their lower case, so a headline's "$2BN" or "$2Bn" is read
#: (after a currency only: "Manchester M4 2BN" is a postcode, "Flat 4Bn" a flat)
_ATTACHED_FOLDED: Final[Dict[str, _Scale]] = {w.lower(): s for w, s in _ATTACHED.items()
                                              if "cased" not in s.flags}
#: abbreviations that may follow digits after one space ("1.2 bn"), lower case
_SEPARATE: Final[Dict[str, _Scale]] = {w.lower(): s for w, s in _SCALE_ROWS
                                       if "separate" in s.flags}
#: those of them matched only as written, by their lower case ("mld", "Mrd")
_SEPARATE_CASED: Final[Dict[str, str]] = {w.lower(): w for w, s in _SCALE_ROWS
                                          if "separate" in s.flags and "cased" in s.flags}

# Unicode vulgar fractions, spelled by name so the table can be read.
_VULGAR: Final[Dict[str, Tuple[int, int]]] = {
    "\N{VULGAR FRACTION ONE HALF}": (1, 2),
    "\N{VULGAR FRACTION ONE THIRD}": (1, 3),
    "\N{VULGAR FRACTION TWO THIRDS}": (2, 3),
    "\N{VULGAR FRACTION ONE QUARTER}": (1, 4),
    "\N{VULGAR FRACTION THREE QUARTERS}": (3, 4),
    "\N{VULGAR FRACTION ONE FIFTH}": (1, 5),
    "\N{VULGAR FRACTION TWO FIFTHS}": (2, 5),
    "\N{VULGAR FRACTION THREE FIFTHS}": (3, 5),
    "\N{VULGAR FRACTION FOUR FIFTHS}": (4, 5),
    "\N{VULGAR FRACTION ONE SIXTH}": (1, 6),
    "\N{VULGAR FRACTION FIVE SIXTHS}": (5, 6),
    "\N{VULGAR FRACTION ONE SEVENTH}": (1, 7),
    "\N{VULGAR FRACTION ONE EIGHTH}": (1, 8),
    "\N{VULGAR FRACTION THREE EIGHTHS}": (3, 8),
    "\N{VULGAR FRACTION FIVE EIGHTHS}": (5, 8),
    "\N{VULGAR FRACTION SEVEN EIGHTHS}": (7, 8),
    "\N{VULGAR FRACTION ONE NINTH}": (1, 9),
    "\N{VULGAR FRACTION ONE TENTH}": (1, 10),
}


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first so "mln" is tried before "m".

    >>> _alternation(["m", "mln", "k"])
    'mln|k|m'
    """
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _by_first_letter(alternatives: List[str]) -> str:
    """A verbose regex for any of ``alternatives`` (each opening with a lower-case letter),
    then a word boundary.  They are grouped by that letter, in their order, so that a
    character that opens none fails at once.

    >>> _by_first_letter(["ten", "one", "two"])
    '(?:t(?:en|wo)|o(?:ne)) \\\\b'
    """
    groups: Dict[str, List[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})"
                            for first, rests in groups.items()) + r") \b"


def _prefix_tree(words: Iterable[str]) -> str:
    """The alternation of :func:`_alternation` written as a prefix tree: it matches the same
    words, longest first, but the regex engine tries one branch per letter instead of one
    per word (a miss among seventy words costs a third as much).  The words must differ
    other than in case, so that a case-blind match finds them in the same order.

    >>> _prefix_tree(["m", "mln", "k", "mn"])
    '(?:m(?:ln|n)?|k)'
    """
    tree: Dict[str, dict] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: Dict[str, dict]) -> List[str]:
        return [re.escape(char) + after(child) for char, child in node.items() if char]

    def after(node: Dict[str, dict]) -> str:
        alternatives = branches(node)
        if not alternatives:
            return ""
        if "" in node:  # a word ends here: a longer one is tried first
            return "(?:" + "|".join(alternatives) + ")?"
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return "(?:" + "|".join(branches(tree)) + ")"


# ---------------------------------------------------------------- compiled matchers

_GROUP_SPACES: Final = ("\N{SPACE}\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}"
                        "\N{FIGURE SPACE}\N{HAIR SPACE}")
#: (a prefix tree: "a" and "an" are frequent words, and the look-ahead after them runs often)
_COUNT_AFTER_A: Final = _prefix_tree(list(_SCALE_WORDS) + list(_FRACTIONS))

#: digits joined by separators, read by _read_run
_RUN: Final = rf"""
        [0-9]+
        (?:                                         # separators between digit groups:
            (?: [.,:/\N{{FRACTION SLASH}}]           #   point, comma, colon, slash
            | [{_GROUP_SPACES}] (?!7[0-9]7[ ](?:MAX|Max|[Dd]reamliner|[Ff]reighter|[Jj]umbo|jet
                                              |airliner|plane|aircraft|-?[0-9]{{1,4}}s\b))
                                                # (not a Boeing type: "150 737 MAX")
                                (?=0[0-9]{{2}}(?![0-9])  # a space only before exactly 3
                | [0-9]{{3}}(?![0-9]|[ ][A-Z][a-z]|-?[^\W\d_]|-[0-9]{{1,2}}(?:s\b|[ ][a-z])))
                                                    #   digits, not a name's ("737 Max",
                                                    #   "20 787-9s") nor a glued measure's
                                                    #   ("40 250g packs"; "230 000-tonne" is
                                                    #   one number: no number opens with 0)
            | ,[ ] (?=0[0-9]{{2}}(?![0-9]))             #   "80, 000": a comma and a space before
                                                        #   a group with a leading zero
            | ['\N{{RIGHT SINGLE QUOTATION MARK}}] (?=[0-9]{{3}}(?![0-9]))  # Swiss "1'250'000"
            ) [0-9]+
        )*
"""
#: a digit run with its sign
_DIGITS_AT: Final = re.compile(rf"""
    (?P<sign> (?<![^\W_]) (?<![%\N{{PER MILLE SIGN}}\N{{DEGREE SIGN}}])  # never glued after
              [-+\N{{MINUS SIGN}}]              # a letter, digit, "%", "‰" or "°" ("4%-5%")
            | (?<![\w.,%)]) (?<![0-9][ ]) \N{{EN DASH}} )?   # " –5°C", not "10 –15"
    (?P<run>
        (?: (?<![\w.]) \. )?                        # ".5", but not the ".5" of "v.5"
        {_RUN}
    )
""", re.VERBOSE)
#: thousands grouped by spaces after "a"/"an", whatever follows the last group
_ARTICLE_GROUPED_AT: Final = re.compile(r"(?P<sign>)(?P<run>[0-9]{1,3}(?:[ ][0-9]{3}(?![0-9]))+)")
#: _DIGITS_AT at a digit with no sign or point before it, where neither can match: the run
#: alone (an empty sign)
_PLAIN_DIGITS_AT: Final = re.compile(rf"(?P<sign>)(?P<run>{_RUN})", re.VERBOSE)
#: where a digit numeral may be; a plain character class lets the regex engine skip fast
_DIGIT_HINT: Final = re.compile(f"[0-9{''.join(_VULGAR)}]")
#: the words that can open a numeral, matched on lower-cased text
_NUMERAL_WORDS: Final = _by_first_letter([
    *_alternation(_CARDINALS).split("|"),
    "half", "quarter",                            # "half of", "half a million", "quarter million"
    *sorted(w for w, (_, plural) in _FRACTIONS.items()  # "Third of adults": a headline's
            if not plural and w not in ("half", "quarter")),  # fraction, its "a" dropped
    rf"an? (?= (?:\s{{1,3}}|-) {_COUNT_AFTER_A}\b )",  # "a" only before a scale/fraction
    rf"another (?= \s{{1,3}} (?:{_alternation(_SCALE_WORDS)})\b )",  # "another million"
    rf"an? (?= \s{{1,3}} (?:further|additional|extra) \s{{1,3}}"  # "a further hundred
    rf"    (?:hundred|{_alternation(_SCALE_WORDS)})\b )",  # thousand", "an extra million"
    *[rf"{sign} (?= (?:\s{{1,3}}|-) (?:[.0-9]|(?:{_alternation(_CARDINALS)})\b) )"
      for sign in _alternation(SIGN_WORDS).split("|")]])  # "minus 5", "negative three"
#: such a word at a word boundary (there is one before its letter)
_WORD_START: Final = re.compile(r"\b" + _NUMERAL_WORDS, re.VERBOSE)
#: such a word after a character that is no word character, as one before a word boundary
#: is: a search for it stops only at those characters (a fifth of prose), not at every
#: letter that may open a number word
_WORD_AFTER_GAP: Final = re.compile(r"\W" + _NUMERAL_WORDS, re.VERBOSE)
#: the same two for texts whose lower-casing changes their length (offsets would shift)
_WORD_START_ANYCASE: Final = re.compile(r"\b" + _NUMERAL_WORDS, re.VERBOSE | re.IGNORECASE)
_WORD_AFTER_GAP_ANYCASE: Final = re.compile(r"\W" + _NUMERAL_WORDS,
                                            re.VERBOSE | re.IGNORECASE)

#: the next word after a space or a hyphen: "forty-two", "25 million", "fifty - two"
_NEXT_WORD: Final = re.compile(r"(?P<sep> \s{1,3} | [ ]?-[ ]? ) (?P<word> [^\W\d_]+ | & )",
                               re.VERBOSE)

#: whole-run forms: (pattern, table deleting the grouping characters, decimal separator)
_RUN_FORMS: Final = [(re.compile(pattern, re.VERBOSE), str.maketrans("", "", drop), point)
                     for pattern, drop, point in [
    (r"[0-9]+", "", ""),                                               # 3000
    (r"[0-9]*\.[0-9]+", "", "."),                                      # 2.5, .5
    (r"[0-9]{1,3} (?:,[0-9]{3})+ (?:\.[0-9]+)?", ",", "."),            # 1,234,567.8
    (r"[0-9]{1,2} (?:,[0-9]{2})+ ,[0-9]{3} (?:\.[0-9]+)?", ",", "."),  # Indian 12,34,567.8
    (rf"[0-9]{{1,3}} (?:[{_GROUP_SPACES}][0-9]{{3}})+ (?:\.[0-9]+)?", _GROUP_SPACES, "."),
    (rf"[0-9]{{1,3}} (?:[{_GROUP_SPACES}][0-9]{{3}})+ ,[0-9]+", _GROUP_SPACES, ","),
    (r"[0-9]{1,3} (?:\.[0-9]{3})+ ,[0-9]+", ".", ","),                 # European 1.234,5
    (r"[0-9]{1,3} (?:\.[0-9]{3}){2,}", ".", ""),                       # European 1.250.000
    (r"[0-9]{1,3} (?:['\N{RIGHT SINGLE QUOTATION MARK}][0-9]{3})+ (?:\.[0-9]+)?",
     "'\N{RIGHT SINGLE QUOTATION MARK}", "."),                        # Swiss 1'250'000.50
    (r"[0-9]+ ,[0-9]{1,2}", "", ","),                                  # decimal comma 1,5
    (r"[0-9]{1,3} ,[0-9]{4,}", "", ","),                    # 1,0432: four digits group nothing
]]
#: thousands written with a comma and a space ("around 80, 000 spectators"), as re-tokenised
#: or OCR-ed text has them; only taken when a group starts with a zero
_SPACED_THOUSANDS: Final = re.compile(r"[0-9]{1,3}(?:,[ ]?[0-9]{3})+(?:\.[0-9]+)?")
_SMALL_FRACTION: Final = re.compile(r"([0-9]+)/([0-9]+)")
#: a fraction's denominator in groups of three: the "10,000" of "1/10,000"
_GROUPED_DENOMINATOR: Final = re.compile(r"(?<=/)[0-9]{1,3}(?:,[0-9]{3})+\Z")
#: words near a mark with a decimal that make it a mark: "rated 9.2/10", "a 9.1/10 rating"
_RATING_CUE: Final = re.compile(
    r"\b(?:rat(?:ed|ing|ings)|scor(?:ed|es|e|ing)|reviews?|verdict|stars?|marks?|gave|gives)\b",
    re.IGNORECASE)
#: a mark with a decimal over a scale of marks: "9.2/10", "4.5/5", "87.5/100"
_DECIMAL_MARK: Final = re.compile(r"([0-9]{1,2}\.[0-9]{1,2})/(5|10|100)")
#: what follows a share written as a fraction not in lowest terms: "6/8 goals", "2/4 of the
#: lifts", "4/6 correctly", "6/8 from the spot" (not a spec: "16/32GB", "10/32 screws",
#: "8/16 cores", "6/8 time", "6/8 mm")
_SHARE_AFTER: Final = re.compile(
    r"[ ](?:of|from|on|[a-z]{2,16}ly|(?!screws\b|bolts\b|nuts\b|threads\b|cores\b)[a-z]{2,20}s)\b")
#: a lower-case plural noun after a scale letter: "2M vehicles" counts millions
_PLURAL_NOUN_AFTER: Final = re.compile(r"\+? (?:[a-z]{2,}s|people|children|men|women)\b")
#: goods sold by their thickness in mils, after which "mil" is no million: "4 mil bags"
_THICK_GOODS_AFTER: Final = re.compile(
    r"[ ](?:bags|gloves|liners|sheets|films|covers|tarps|sacks)\b")
#: what a model's or a data set's size counts, after a one-digit "7B" or "1M": "a 7B model",
#: "a 3B-parameter model", "the 1M-token window" (but "3M said", "Gate 7B", "a 2B pencil")
_SIZED_NOUN_AFTER: Final = re.compile(
    r"[ -](?:model|parameter|param|token|row|word|image|sample|example)s?\b"
    r"|-(?:sub|subscriber|follower|view|listener|download|user|member|fan)s?\b")
#: a screen's dots or pixels after a glued "m": "a 2.36m-dot EVF" is 2,360,000 dots
_DOTS_AFTER: Final = re.compile(r"-(?:dot|pixel)s?\b")
#: the same scale letter on later numbers of a list whose last one is a size for sure: "1B,
#: 3B and 8B sizes", "7B and 13B models" (not "Flats 1B and 2B", "Flats 3B and 14B")
_SAME_SCALE_LISTED: Final = re.compile(
    r"(?:(?:,[ ]?|,?[ ](?:and|or|to)[ ])[0-9](?:\.[0-9]+)?[BM]\b){0,6}"
    r"(?:,[ ]?|,?[ ](?:and|or|to)[ ])"
    r"[0-9]+(?:\.[0-9]+)?[BM](?:[ ][a-z]{2,}s\b|[ -](?:model|parameter|param|token)s?\b)")
_ADDRESS_LIKE: Final = re.compile(r"[1-9][0-9]{0,2}(?:\.[1-9][0-9]{0,2}){3}")
#: denominators of digit fractions as written in prose; "9/11" and "5/7" read as dates or names
_FRACTION_DENOMINATORS: Final = frozenset([2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128])
#: denominators of marks out of a total, written unreduced ("rated 8/10", "35/100")
_MARK_DENOMINATORS: Final = frozenset([10, 100])
#: the last day of a month: a larger number after a slash dates nothing ("1/40")
_LAST_DAY: Final = 31
_GROUP_SPACE_IN: Final = re.compile(f"[{_GROUP_SPACES}]")
_LIST_SEPARATOR: Final = re.compile(rf"[,{_GROUP_SPACES}]")

#: a train's headcode, a digit, a capital and two digits: "the 6E41", "1Z86"
_HEADCODE: Final = re.compile(r"[0-9][A-Z][0-9]{2}(?![\w.,])")
#: a comma before a group of three digits that ends the run: thousands grouped by commas
#: ("290,000"), never after a space's grouping
_COMMA_THOUSANDS_AFTER: Final = re.compile(r",[0-9]{3}(?:,[0-9]{3})*(?:\.[0-9]+)?\Z")
#: ordinal and decade suffixes that make a digit run a non-number: "21st", "1990s", "'90s"
_ORDINAL_SUFFIX: Final = re.compile(r"(?i:st|nd|rd|th)(?![^\W_])")
#: words before a number with a glued "s" that make the "s" seconds, or a time at the other
#: end of a span: "from 500ms to 2s"
_SECONDS_FRAME: Final = re.compile(
    r"(?:\b(?:(?:timeout|interval|ttl|latency|delay|wait|backoff|cooldown|expiry|heartbeat)"
    r"(?:[ ](?:of|to|is|at)|:)?"
    r"|every|after|waits|waited|took|within)[ ]|=[ ]?"
    r"|[0-9][ ]?(?:ms|secs?|seconds|mins?|minutes)(?:[ ](?:to|and|or)[ ]|[ ]?[-\N{EN DASH}][ ]?))"
    r"\Z", re.IGNORECASE)
_DECADE_SUFFIX: Final = re.compile(r"(?i:['\N{RIGHT SINGLE QUOTATION MARK}]?s)(?![^\W_])")
#: the apostrophes of a possessive: "a month's rain", "Leeds' finest"
APOSTROPHES: Final = frozenset("'\N{RIGHT SINGLE QUOTATION MARK}")
#: "ers" glued to digits, which names a team: "49ers", "76ers'"
_TEAM_SUFFIX: Final = re.compile(r"ers\b")
_EXPONENT: Final = re.compile(r"[eE]([-+]?[0-9]{1,3})(?!\w|\.[0-9])")
_SUPERSCRIPTS: Final = str.maketrans("\N{SUPERSCRIPT MINUS}\N{SUPERSCRIPT PLUS SIGN}\N{MINUS SIGN}"
                                     "\N{SUPERSCRIPT ZERO}\N{SUPERSCRIPT ONE}\N{SUPERSCRIPT TWO}"
                                     "\N{SUPERSCRIPT THREE}\N{SUPERSCRIPT FOUR}\N{SUPERSCRIPT FIVE}"
                                     "\N{SUPERSCRIPT SIX}\N{SUPERSCRIPT SEVEN}\N{SUPERSCRIPT EIGHT}"
                                     "\N{SUPERSCRIPT NINE}", "-+-0123456789")
#: raised digits as characters: footnote marks glued to a word
_RAISED: Final = "\N{SUPERSCRIPT ZERO}\N{SUPERSCRIPT ONE}\N{SUPERSCRIPT TWO}\N{SUPERSCRIPT THREE}" \
    "\N{SUPERSCRIPT FOUR}\N{SUPERSCRIPT FIVE}\N{SUPERSCRIPT SIX}\N{SUPERSCRIPT SEVEN}" \
    "\N{SUPERSCRIPT EIGHT}\N{SUPERSCRIPT NINE}"
_RAISED_DIGITS: Final = ("\N{SUPERSCRIPT ZERO}\N{SUPERSCRIPT ONE}\N{SUPERSCRIPT TWO}"
                         "\N{SUPERSCRIPT THREE}\N{SUPERSCRIPT FOUR}-\N{SUPERSCRIPT NINE}")
_TIMES_TEN: Final = re.compile(rf"""
    \s? (?: [\N{{MULTIPLICATION SIGN}}xX] \s? 10
           | \*10 (?= \^ | \*\* ) )                        # 6*10^24, as plain text writes it
    (?: (?:\^|\*\*) (?P<power> [-+\N{{MINUS SIGN}}]?[0-9]{{1,3}} )     # 1.3x10^6, 6.23x10**-4
      | (?<=[\N{{MULTIPLICATION SIGN}}xX]10)                      # 2.998×10−8, 5.5x10-3
        (?P<signed> [-+\N{{MINUS SIGN}}][0-9]{{1,3}} )
      | (?<=[ ]10) (?P<spaced> \N{{MINUS SIGN}}[0-9]{{1,3}}      # 1.6 × 10−19, as PDFs paste it
                             | (?<=\N{{MULTIPLICATION SIGN}}[ ]10)-[0-9]{{1,3}} )  # 1.6 × 10-19
      | (?P<raised> [\N{{SUPERSCRIPT MINUS}}\N{{SUPERSCRIPT PLUS SIGN}}]?    # 1.99×10⁻³⁰
                    [{_RAISED_DIGITS}]{{1,3}} )
    ) (?![0-9])
""", re.VERBOSE)
#: something after a digit run that may extend it; when absent the run stands alone
_MAY_EXTEND: Final = re.compile(
    rf"[^\W_]|\s{{0,3}}-?[^\W\d_]|\s?[{''.join(_VULGAR)}]"
    r"|(?:\s{1,2}|-)[0-9]{1,2}[/\N{FRACTION SLASH}]"
    r"|\s?[\N{MULTIPLICATION SIGN}xX]\s?10|\*10(?:\^|\*\*)"
    r"|(?:\^|\*\*)[-+0-9\N{MINUS SIGN}]|[\N{SUPERSCRIPT MINUS}\N{SUPERSCRIPT PLUS SIGN}]"
    r"|(?<=0)['\N{RIGHT SINGLE QUOTATION MARK}]s(?![^\W_])")  # a decade: "the 90's"

_ATTACHED_SCALE: Final = re.compile(
    "(?:" + "|".join(
        re.escape(w) if "cased" in s.flags else f"(?i:{re.escape(w)})"
        for w, s in sorted(_ATTACHED.items(), key=lambda item: -len(item[0])))
    + rf")(?![^\W_{_RAISED_DIGITS}])")  # a footnote mark may follow: "$4bn²"
#: what _ATTACHED_SCALE opens with besides a letter: the "-" of "P4.2-B"
_ATTACHED_MARKS: Final = frozenset(w[0] for w in _ATTACHED if not w[0].isalpha())
#: marks after a spaced "m" that make it square or cubic metres: "€30 m²"
_AREA_MARKS: Final = frozenset("\N{SUPERSCRIPT TWO}\N{SUPERSCRIPT THREE}")
#: the terms in months that savings and bond tables list, and what opens an item of a list
_TENORS: Final = frozenset(["1", "3", "6", "9", "12", "18", "24", "36", "48", "60"])
_LISTED_BEFORE: Final = re.compile(r"(?:^|[:;,|])[ ]*\Z")
#: a rate right after a term: the " 3.94%" of "12M 3.94%" (cued_units.py reads the term's
#: months with it)
TENOR_RATE: Final = r"[ ][0-9]{1,2}(?:\.[0-9]{1,2})?%"
_TENOR_RATE_AFTER: Final = re.compile(TENOR_RATE)
#: a word that starts in lower case and goes on in capitals, no scale word: "mN", "mE"
_LOWER_THEN_UPPER: Final = re.compile(r"[a-z]+[A-Z]")
#: what _SEPARATE_SCALE and _TIMES_TEN open with
_SCALE_SPACES: Final = frozenset(" \N{NO-BREAK SPACE}")
#: the signs of "times": "3 x 10^8", "600 x 600mm"
TIMES_SIGNS: Final = frozenset("\N{MULTIPLICATION SIGN}xX")
#: digits with letters glued after them: "173m", "860BOX"
_LETTERS_GLUED: Final = re.compile(r"[0-9.,]*[A-Za-z]")
#: letters and digits written together, ending in a digit, right before a hyphen: the
#: "10b5" of "Rule 10b5-1", the "x86" of "x86-64"
_CODE_BEFORE_HYPHEN: Final = re.compile(r"(?<![\w$£€¥.,])[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*[0-9]-\Z")
#: the earlier parts of a code of several hyphens or a slash: the "KD-23-" of "KD-23-114",
#: the "X1E-84-" of the chip "X1E-84-100", the "6305/8-" of the well "6305/8-2"
#: a capitalised word right before a number: the "Falcon " of "Falcon 9 100%"
_NAME_BEFORE: Final = re.compile(r"\b[A-Z][a-z]+[ ]\Z")
#: three digits at least: the "220" of "TO-220"
_THREE_DIGITS: Final = re.compile(r"[0-9]{3}")
#: an abbreviation in capitals and a number before a hyphen: the "AC 120-" of "AC 120-71B"
_ABBREVIATED_CODE_BEFORE: Final = re.compile(
    r"(?<![\w$£€¥.,/-])[A-Z]{2,6}[ ](?P<first>[0-9]{1,4})-\Z")
#: digits glued to one capital that ends a word: the "71B" of "AC 120-71B" (not a unit's
#: letter: "UK 25-18C", "NYC 85-70F", "DC 48-12V" are ranges written high to low)
_LETTERED_PART: Final = re.compile(r"(?P<digits>[0-9]{1,4})[BDEGHIKLMNOPQRSTUXYZ](?![\w-])")
#: the letters of a standard's or a part's name before its digits: "JESD79", "IEC60601"
_STANDARD_CODE: Final = re.compile(r"\A[A-Z]{2,}[0-9]")
#: a name that opens with a letter, then digits, right before the letters of a part's name:
#: the "LPDDR5" of "LPDDR5X-8533", the "X1" of "X1E-84"
_OPENS_WITH_LETTER: Final = re.compile(r"(?<![\w$£€¥₹])[A-Za-z]+[0-9]+\Z")
_CODE_PARTS_BEFORE: Final = re.compile(
    r"(?<![\w$£€¥.,/-])(?:[A-Z][A-Z0-9]{0,5}-[0-9]{1,4}|[0-9]{2,}/[0-9]{1,2})-\Z")
_SEPARATE_SCALE: Final = re.compile(rf"[ \N{{NO-BREAK SPACE}}](?i:{_prefix_tree(_SEPARATE)})"
                                    rf"(?![^\W_{_RAISED_DIGITS}])")
_CURRENCY_BEFORE: Final = re.compile(
    rf"(?<![^\W_])(?:{_alternation(_CURRENCY_MARKERS)})[ \N{{NO-BREAK SPACE}}]?\Z")
#: the near end of a range of money before a far end: "£40-", "$2m-", "€1.5bn–", an
#: auction's "£1.5/"
_CURRENCY_RANGE_BEFORE: Final = re.compile(
    rf"(?<![^\W_])(?:{_alternation(_CURRENCY_MARKERS)})[ \N{{NO-BREAK SPACE}}]?[0-9][0-9.,]{{0,12}}"
    r"(?:m|mn|bn|k|b)?[-\N{EN DASH}/]\Z")
_CURRENCY_RANGE_REACH: Final = 24
#: currency signs that a glued "c" (circa) may stand before: "c£600m", "c€2bn"
_SIGNS_AFTER_CIRCA: Final = frozenset("£€¥")
_RANGE_DASHES: Final = frozenset("-\N{EN DASH}/")
_SCALED_CURRENCY_BEFORE: Final = re.compile(rf"(?<![^\W_])(?:{_alternation(_SCALED_MARKERS)})\Z")
#: a number written as an amount of money: separated, with decimals, or with a scale word
_WRITTEN_AS_MONEY: Final = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+\.[0-9]|[0-9]+[ ]?(?:bn|billion|million|mn|m|tn|trillion)\b")
#: a whole number's fraction after a space, or a hyphen as market prices write it ("up 4-1/4
#: cents", a "1-3/4 inch" pipe)
_MIXED_DIGIT_FRACTION: Final = re.compile(
    rf"(?:[{_GROUP_SPACES}]{{1,2}}|-)([0-9]{{1,2}})/([0-9]{{1,2}})(?![0-9]|[/:.,-][0-9])")
#: a price written to the cent ("$5.38"), which a hyphen may extend by a fraction of a cent
_CENTS_WRITTEN: Final = re.compile(r"[0-9]{1,4}\.[0-9]{2}")
#: halves, quarters and eighths of a cent after a price, as grain markets quote them, before
#: the end of the phrase or a word that opens the next ("$5.38-1/4 a bushel"; not "$2.49-1/2
#: gallon", "$12.00-1/2 off")
_CENT_FRACTION: Final = re.compile(
    r"-([1357])/([248])(?=[ ](?:a|an|per|in|on|at|to|from|and|or|for|the|this|last|after"
    r"|before|while|as|with|but|by|down|up)\b|[ ][A-Z]|[,.;:)\]]|\s*\Z)")
_VULGAR_AFTER: Final = re.compile(rf"[ ]?([{''.join(_VULGAR)}])")
_OF_A: Final = re.compile(r"\s{1,3}of\s{1,3}an?(?=\s)", re.IGNORECASE)
#: words that count one before a scale word or fraction: "a million", "another million"
_ONE_ARTICLES: Final = frozenset(["a", "an", "another"])
#: words between "a" and a scale word that add to an amount before: "a further hundred
#: thousand", "an extra million"
_FURTHER_WORDS: Final = frozenset(["further", "additional", "extra"])
#: what may follow a fraction word: "of", or punctuation or the end ("a third." "two-thirds)")
_FRACTION_FOLLOW: Final = re.compile(
    r"\s{1,3}of\b|\s{0,3}(?:[^\w\s-]|\Z)|-(?![^\W\d_])"
    # "a third off", but not "a third off ramp", "a third off-duty officer"
    r"|\s{1,3}off\b(?!-|[ ](?:ramp|duty|switch|chance|licence|license|site)\b)"
    # the first end of a range of fractions: "between a third and a half"
    rf"|\s{{1,3}}(?:and|to|or)\s{{1,3}}(?:an?|one|two|three|four)[\s-]{{1,3}}"
    rf"(?:{_alternation(_FRACTIONS)})(?=\s{{1,3}}of\b|\s{{0,3}}(?:[^\w\s-]|\Z))", re.IGNORECASE)
#: a verb of saving before a fraction word and "on" after it: "Save a third on uniforms"
_SAVING_BEFORE: Final = re.compile(r"\b(?:save|saves|saving|saved)\s{1,3}(?:up\s{1,3}to\s{1,3})?\Z",
                                   re.IGNORECASE)
_ON_AFTER: Final = re.compile(r"\s{1,3}on\b")
#: a verb after a fraction word makes it a share of people: "a third said", "a quarter
#: thought" (grammar_words.txt [share_verbs])
_SHARE_VERB_AFTER: Final = re.compile(
    r"\s{1,3}" + alternation("grammar_words.txt", "share_verbs") + r"\b", re.IGNORECASE)
#: a hedge right before a fraction word, which makes it a share before a conjunction too:
#: "roughly a third and" (not "a third and final term")
_HEDGE_RIGHT_BEFORE: Final = re.compile(
    r"\b(?:roughly|about|around|some|nearly|almost|approximately|just|over|under|than)"
    r"\s{1,3}\Z", re.IGNORECASE)
#: a conjunction after such a fraction, before no word of time or coin left: "roughly a third
#: and solar", "just a quarter and men", "fell roughly a quarter and 3,000 jobs went" (not
#: "about a quarter and change", "about a quarter and 40 seconds remained", "a quarter and
#: 1:30 left", "just a quarter and a half-minute to play", "a third and final term")
_CONJUNCTION_AFTER: Final = re.compile(
    r"\s{1,3}(?:and|or|but|while|with)\b(?![ ](?:[0-9]{1,2}:[0-9]{2}(?![ ]?(?:[ap]\.?m\b|[a-z]+s\b))"
    r"|[0-9]{1,2}[ ](?:seconds|secs|minutes|mins|min|timeouts?|cents)"
    r"|overtime(?![ ](?:[a-z]+s|soared|rose|jumped|fell|surged|pay|spending|work|working)\b)"
    r"|(?:final|change|stoppage|two|three|a[ ](?:nickel|dime|penny|cent|half|minute"
    r"|half-minute|timeout))\b))", re.IGNORECASE)
#: "fail", "spend" or another verb with an object ([object_share_verbs]) after a fraction word
#: makes it a share too: "a third failed to finish", "A fifth fail the test", "a third spent
#: more", "around a third skipped meals" (not "a third failed bid", "a quarter spent
#: restructuring", "a third lost decade")
_FAILED_AFTER: Final = re.compile(
    r"\s{1,3}(?:fail(?:s|ed)?|spen(?:t|ds?)|"
    + alternation("grammar_words.txt", "object_share_verbs")
    + r")(?:\s{1,3}[a-z]{3,}s\b|\s{1,3}(?:to|the|their|a|an|his|her|its|more|less"
    r"|nothing|over|under|at|on|about|around)\b|\s{1,3}[£$€0-9]|[,.;]|\Z)", re.IGNORECASE)
#: a verb with an object after a hedged fraction word, which makes it a share whatever the
#: object: "Nearly a quarter missed school" (not "A third missed cut in a row", "faces a
#: third lost decade": ordinals)
_OBJECT_VERB_AFTER: Final = re.compile(
    r"\s{1,3}" + alternation("grammar_words.txt", "object_share_verbs") + r"\b", re.IGNORECASE)
#: a comparative after a fraction word makes it the size of a difference: "a fifth lower than
#: last year", "a third cheaper" (grammar_words.txt)
_COMPARATIVE_AFTER: Final = re.compile(
    r"\s{1,3}(?:" + "|".join(
        alternation("grammar_words.txt", section)
        for section in ("comparatives_up", "comparatives_down", "price_comparatives_up",
                        "price_comparatives_down")) + r")\b", re.IGNORECASE)
#: an adjective of how full after a fraction word makes it a share when it ends its phrase:
#: "only a third full", "a quarter empty", "a fifth built by 2020" (not "a third full term")
_FULLNESS_AFTER: Final = re.compile(
    r"\s{1,3}(?:full|empty|complete|completed|finished|built|done|occupied|filled|staffed"
    r"|vaccinated|sold|booked|used|funded|paid|repaid|spent|insured)\b(?![ ]?-)"
    r"(?=[ ]?(?:[^\w\s]|\Z)|[ ](?:in|at|by|of|and|or|when|with|after|before|on|for|last|this"
    r"|so|but|as|than|to|until|while|again|now|yet|already)\b)", re.IGNORECASE)
#: a hyphen and a word after a fraction word make it an ordinal: "third-largest"
_HYPHEN_WORD: Final = re.compile(r"-[^\W\d_]")
_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)[\s-]{1,3}\Z")
_WORD_BEFORE_HYPHEN: Final = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-\Z")
#: a change by a fraction, perhaps with a hedge between: "fell by a fifth", "cut by two-thirds",
#: "fell by almost a quarter", "attendance is down a third"
_BY_BEFORE: Final = re.compile(r"\b(?:by|(?:is|are|was|were|now)\s{1,3}(?:up|down))\s{1,3}"
                               r"(?:(?:almost|nearly|about|around|roughly|some|over"
                               r"|under|just|more|less|than|up|to|close|approximately)"
                               r"\s{1,3}){0,3}\Z",
                               re.IGNORECASE)
#: "from" right before a fraction, perhaps with a hedge between, which makes it an old level:
#: "fell from a quarter in 1880 to a tenth", "from about half" (not "from a third source")
_FROM_BEFORE: Final = re.compile(
    r"\bfrom\s{1,3}(?:(?:almost|nearly|about|around|roughly|some|over|under|just|more|less"
    r"|than|close|approximately)\s{1,3}){0,3}\Z", re.IGNORECASE)
#: a noun right after such a fraction, which makes it an ordinal: "from a third source"
_NOUN_AFTER_FRACTION: Final = re.compile(
    r"\s(?!(?:in|to|by|of|and|or|at|on|for|over|since|last|this|a|the)\b)[a-z]")
#: how far back _BY_BEFORE looks
_BY_WINDOW: Final = 40
#: a bound or a contrast right before a bare "half" that ends its clause: "Turnout was
#: less than half.", "serving 40% of their sentences rather than half."
_BOUND_BEFORE_HALF: Final = re.compile(
    r"\b(?:(?:more|less|fewer|rather)\s{1,3}than|over|under|nearly|almost|about|around|roughly"
    r"|barely|just|at\s{1,3}(?:least|most)|close\s{1,3}to|instead\s{1,3}of)\s{1,3}\Z",
    re.IGNORECASE)
#: "at" right before a hedge, which makes the "half" after it a time: "at around half"
_AT_BEFORE: Final = re.compile(r"\bat\s{1,3}\Z", re.IGNORECASE)


def _bound_before_half(text: str, start: int) -> bool:
    """Whether a bound or a contrast stands right before the bare "half" at ``start``
    ("less than half", "rather than half"; not the time of "trailed 21-7 at around half")."""
    bound = _BOUND_BEFORE_HALF.search(text, max(0, start - _BY_WINDOW), start)
    return bound is not None and not _AT_BEFORE.search(text, max(0, bound.start() - 4),
                                                        bound.start())


#: the end of a clause right after a bare "half": "less than half." "over half, and"
_CLAUSE_END_AFTER_HALF: Final = re.compile(r"\s{0,3}(?:[.,;:!?)]|\Z)")
_HALF_FOLLOW: Final = re.compile(r"\s{1,3}(?:of|the|its|their|his|her|our|your|my|these|those)\b",
                                 re.IGNORECASE)
#: a power right after a bare 10: "10^15", "10**-6", "10\N{SUPERSCRIPT ONE}\N{SUPERSCRIPT ONE}"
_POWER_OF_TEN: Final = re.compile(rf"""
    (?: (?:\^|\*\*) (?P<power> [-+\N{{MINUS SIGN}}]?[0-9]{{1,3}} )
      | (?P<raised> [\N{{SUPERSCRIPT MINUS}}\N{{SUPERSCRIPT PLUS SIGN}}]?
                    [{_RAISED_DIGITS}]{{1,3}} )
    ) (?![0-9])
""", re.VERBOSE)
#: a quick miss for _digit_suffixes: what any of its readings needs right after the digits
#: (a power, an exponent, "x 10", a scale, a vulgar or digit fraction, or a word that continues
#: a number)
#: a whole power written with a caret: the "^31" of "2^31"
_WHOLE_POWER: Final = re.compile(r"(?:\^|\*\*)([0-9]{1,3})(?![0-9]|[.,][0-9])")
_SUFFIX_HINT: Final = re.compile(
    rf"\^|\*\*|\*10|[\N{{SUPERSCRIPT MINUS}}\N{{SUPERSCRIPT PLUS SIGN}}{_RAISED_DIGITS}]"
    rf"|[eE]|\s?[\N{{MULTIPLICATION SIGN}}xX]|{_ATTACHED_SCALE.pattern}|{_SEPARATE_SCALE.pattern}"
    rf"|[ ]?[{''.join(_VULGAR)}]|(?:[{_GROUP_SPACES}]{{1,2}}|-)[0-9]{{1,2}}/"
    rf"|(?:\s{{1,3}}|[ ]?-[ ]?)(?i:{_prefix_tree(_CONTINUATIONS)})(?![^\W\d_{_RAISED_DIGITS}])")


# ---------------------------------------------------------------- small helpers

_ONE: Final = Decimal(1)
#: characters that _DIGITS_AT may read before a run's first digit
_BEFORE_DIGITS: Final = frozenset("-+.\N{MINUS SIGN}\N{EN DASH}")
#: signs that make a number negative; an en dash stands for one in typeset text
_MINUS_SIGNS: Final = frozenset("-\N{MINUS SIGN}\N{EN DASH}")
_POWERS_OF_TEN: Final = [Decimal(10) ** power for power in range(30)]


def _step(exponent: int) -> Decimal:
    """Ten to the given power as an exact Decimal.

    >>> _step(3), _step(-2), _step(0)
    (Decimal('1000'), Decimal('0.01'), Decimal('1'))
    """
    return Decimal(10) ** exponent


def tidy(value: Decimal) -> Decimal:
    """Write a whole-number Decimal without exponent or trailing ".0"; leave others alone.

    >>> tidy(Decimal("1.2") * Decimal(10**9)), tidy(Decimal("2.50")), tidy(Decimal("1E+40"))
    (Decimal('1200000000'), Decimal('2.50'), Decimal('1E+40'))
    """
    if value.is_finite() and value == value.to_integral_value() and value.adjusted() < 28:
        return value.quantize(Decimal(1))
    return value


def _digit_step(digits: str) -> Decimal:
    """Step of the last significant digit of a plain digit string; integer zeros do not count.

    >>> _digit_step("3000"), _digit_step("3050"), _digit_step("2.50"), _digit_step("0")
    (Decimal('1000'), Decimal('10'), Decimal('0.01'), Decimal('1'))
    """
    whole, point, decimals = digits.partition(".")
    if point:
        return _step(-len(decimals))
    stripped = whole.rstrip("0")
    return _step(len(whole) - len(stripped)) if stripped else Decimal(1)


def _decimal_step(value: Decimal) -> Optional[Decimal]:
    """Step of the last digit of a short terminating decimal, None for long ones like 1/3.

    >>> _decimal_step(Decimal("0.5")), _decimal_step(Decimal("2.25")), _decimal_step(Decimal(1) / 3)
    (Decimal('0.1'), Decimal('0.01'), None)
    """
    exponent = value.normalize().as_tuple().exponent
    if not isinstance(exponent, int) or exponent < -6:
        return None
    return _step(min(exponent, 0))


#: one number of a list of digit runs: digits with at most one point
_PLAIN_PIECE: Final = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")


def _read_run(run: str, share: bool = False, of_after: bool = False
              ) -> List[Tuple[int, int, str]]:
    """Split a digit run into ``(start, end, plain digits)`` numbers; [] when it is no number.

    >>> _read_run("1,234,567.5"), _read_run("1,5"), _read_run("816\N{NO-BREAK SPACE}000")
    ([(0, 11, '1234567.5')], [(0, 3, '1.5')], [(0, 7, '816000')])
    >>> _read_run("22,24,26"), _read_run("1,000,5")
    ([(0, 2, '22'), (3, 5, '24'), (6, 8, '26')], [(0, 1, '1'), (2, 5, '000'), (6, 7, '5')])
    >>> _read_run("3.10.1"), _read_run("10:30"), _read_run("24/7"), _read_run("3/4")
    ([], [], [], [(0, 3, '3/4')])
    >>> _read_run("9.2/10"), _read_run("3.5/4")
    ([(0, 6, '9.2/10')], [])
    >>> _read_run("1.250.000"), _read_run("192.168.100.200"), _read_run(".0'000")
    ([(0, 9, '1250000')], [], [])
    """
    if ":" in run:
        return []
    run = run.replace("\N{FRACTION SLASH}", "/")
    if "/" in run:
        grouped = _GROUPED_DENOMINATOR.search(run)
        plain = run[:grouped.start()] + grouped.group().replace(",", "") if grouped else run
        parts = _SMALL_FRACTION.fullmatch(plain)  # (and "1/10,000")
        if parts and (parts[1][:1] == "0" or parts[2][:1] == "0"):
            return []  # "on 03/04": a day and a month, written with zeros
        if parts and _prose_fraction(int(parts[1]), int(parts[2]), share, of_after):
            return [(0, len(run), plain)]
        mark = _DECIMAL_MARK.fullmatch(run)
        if mark and Decimal(mark[1]) < int(mark[2]):
            return [(0, len(run), run)]  # "rated 9.2/10", "4.5/5": a mark with decimals
        return []
    if run.isdigit() and run.isascii():
        return [(0, len(run), run)]  # the first of _RUN_FORMS, and the commonest
    if run.count(".") == 3 and _ADDRESS_LIKE.fullmatch(run):
        return []  # "192.168.100.200": four groups, none padded with zeros, is an address
    for pattern, ungrouped, point in _RUN_FORMS:
        if pattern.fullmatch(run):
            plain = run.translate(ungrouped)
            return [(0, len(run), plain.replace(point, ".") if point else plain)]
    if run.count(".") > 1 and "," not in run:
        return []
    pieces = []
    start = 0
    for separator in _LIST_SEPARATOR.finditer(run + ","):
        piece = run[start:separator.start()]
        if _PLAIN_PIECE.fullmatch(piece):  # not ".0'000": a Swiss group after a point
            pieces.append((start, separator.start(), piece))
        start = separator.end()
    return pieces


def _prose_fraction(numerator: int, denominator: int, share: bool = False,
                    of_after: bool = False) -> bool:
    """Whether digits around a slash make a fraction as prose writes one: proper, over a
    usual denominator, and in lowest terms unless out of 10 or 100 or a share with no spec
    after it ("16/32GB" lists two sizes, "10/32 screws" is a thread; "8/10" is a mark,
    "6/8 goals" and "2/4 of the lifts" are shares); over any denominator no day of a month
    has, before "of" ("1/40 of the wavelength", "1/1000 of a second").

    >>> _prose_fraction(5, 16), _prose_fraction(16, 32), _prose_fraction(8, 10)
    (True, False, True)
    >>> _prose_fraction(1, 40), _prose_fraction(1, 40, of_after=True)
    (False, True)
    """
    if not 0 < numerator < denominator:
        return False
    if numerator == 1 and denominator >= 1000 and str(denominator).rstrip("0") == "1":
        return True  # "a risk of 1/10,000", "1/1000 of a second": one in a power of ten
    if denominator not in _FRACTION_DENOMINATORS:
        return of_after and denominator > _LAST_DAY
    return math.gcd(numerator, denominator) == 1 or denominator in _MARK_DENOMINATORS or share


def _currency_before(text: str, start: int, any_amount: bool = False) -> bool:
    """Whether a currency marker stands right before ``start``.

    >>> _currency_before("paid $40m", 6), _currency_before("paid Rs. 40m", 9)
    (True, True)
    >>> _currency_before("ran 40m", 4), _currency_before("BUSD 4", 5)
    (False, False)

    "R" and "N" (rand, naira) count only before a number written as money, unless
    ``any_amount``:

    >>> _currency_before("R18.99", 1), _currency_before("N95", 1)
    (True, False)
    >>> _currency_before("N95", 1, any_amount=True)
    True
    """
    if _CURRENCY_BEFORE.search(text[max(0, start - 6):start]) is not None:
        return True
    if text[start - 1:start] in _SIGNS_AFTER_CIRCA and text[start - 2:start - 1] == "c" \
            and not text[start - 3:start - 2].isalnum():
        return True  # "c£600m": circa, glued to the sign as trading statements write it
    if text[start - 1:start] in _RANGE_DASHES and _CURRENCY_RANGE_BEFORE.search(
            text, max(0, start - _CURRENCY_RANGE_REACH), start) is not None:
        return True  # "£40-50m", "$2m-5m": the far end of a range of money
    return (_SCALED_CURRENCY_BEFORE.search(text, max(0, start - 3), start) is not None
            and (any_amount or _WRITTEN_AS_MONEY.match(text, start) is not None))


class _Word(NamedTuple):
    hyphen: bool
    start: int
    end: int
    word: str


def _next_word(text: str, pos: int) -> Optional[_Word]:
    """The word after ``pos`` (after 1-3 spaces or a hyphen), lower-cased.

    >>> _next_word("forty-two", 5)
    _Word(hyphen=True, start=6, end=9, word='two')
    >>> _next_word("5, six", 1) is None
    True
    """
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return None
    # the separator runs from ``pos`` to the word: slices, not one group look-up after another
    start, end = m.span("word")
    word = text[start:end].lower()
    if word == "&":
        word = "and"  # "two hundred & forty"
    elif word[-1] in _RAISED:
        word = word.rstrip(_RAISED)  # a footnote mark: "$1.9 billion¹"
        end = start + len(word)
        if not word:
            return None
    return new_record(_Word, ("-" in text[pos:start], start, end, word))


class _Reading(NamedTuple):
    """A numeral being built: value before scale, scale, and where it ends."""

    start: int
    end: int
    base: Decimal
    scale: Decimal
    step: Optional[Decimal]
    spelled: bool
    fraction: bool
    exact: bool = False
    #: a plain count below 100 that may stand before a fraction word: "two" of "two thirds"
    plain_count: bool = False


def _numeral(text: str, r: _Reading, negative: bool = False) -> Numeral:
    """Turn a reading into the public record: apply scale, sign and precision."""
    base = r.base.copy_negate() if negative else r.base
    value = base if r.scale == 1 else tidy(base * r.scale)
    if r.exact:
        precision = Decimal(1) if value == value.to_integral_value() else None
    elif r.fraction and r.scale == 1:
        precision = None
    elif r.fraction:
        step = _decimal_step(r.base)
        precision = None if step is None else tidy(step * r.scale)
    elif r.step is None or r.scale == 1:
        precision = r.step
    else:
        precision = tidy(r.step * r.scale)
    return new_record(Numeral, (value, r.start, r.end, text[r.start:r.end], base, r.scale,
                                precision, r.spelled, r.fraction, negative))


_FUNCTION_WORDS: Final = word_set("function_words.txt")


def _noun_follows(text: str, end: int) -> bool:
    """Whether a word other than a function word follows a slang scale word: "24 grand
    slams", "a grand jury" (but "four grand a month", "350 grand.")."""
    word = _next_word(text, end)
    return word is not None and (word.hyphen or word.word not in _FUNCTION_WORDS)


#: a preposition of time before a count of quarters: "in two quarters", "for three quarters"
_PERIOD_PREPOSITION: Final = re.compile(r"\b(?:in|for|over|within|after|during)[ ]\Z",
                                        re.IGNORECASE)
#: what quarters in digits are periods of: "3 quarters of 2023", "2 quarters of the game"
_PERIODS_OF: Final = re.compile(
    r"[ ]of[ ](?:(?:19|20)[0-9]{2}(?![0-9])(?![ ][a-z])|[0-9](?![0-9,.])(?![ ][a-z])"
    r"|the[ ](?:year|game|match|season)(?=[.,;)]|[ ]?\Z|[ ](?:and|so|but|when|as|with)\b))",
    re.IGNORECASE)
#: what quarters in digits or after a preposition of time are periods of: "3 quarters of
#: losses", "after three quarters of negative growth"
_QUARTER_RESULTS_OF: Final = re.compile(
    r"[ ]of[ ](?:" + alternation("grammar_words.txt", "quarter_result_adjectives")
    + r"[ ])?" + alternation("grammar_words.txt", "quarter_results") + r"\b", re.IGNORECASE)
#: a currency hyphened to a scale word, then a plural: the "-dollar disasters" of "28
#: billion-dollar disasters", whose number counts the disasters
_WORTH_EACH: Final = re.compile(
    r"-(?:dollar|pound|euro|rupee|yen)[ ][a-z]+[a-hj-rtv-z]s\b")  # (not "-dollar business")
#: a lakh, after which "cr" is crore: "₹1.87 lakh cr"
_LAKH: Final = Decimal(100000)


def _scale_words_after(text: str, r: _Reading, plural_ok: bool = True) -> _Reading:
    """Extend a reading with spelled multipliers after it: "25 million", "3 lakh crore".

    >>> one = Decimal(1)
    >>> r = _scale_words_after("5 lakh crore", _Reading(0, 1, Decimal(5), one, one, False, False))
    >>> r.end, r.scale, r.spelled
    (12, Decimal('1000000000000'), True)
    """
    while True:
        word = _next_word(text, r.end)
        scale = _SCALE_WORDS.get(word.word) if word else None
        if scale is None and word is not None and word.word in ("cr", "cr.") \
                and r.scale == _LAKH:
            scale = _SCALE_WORDS.get("crore")  # "₹1.87 lakh cr": lakh crore, written short
        if word is None or scale is None or ("plural" in scale.flags and not plural_ok) \
                or ("slang" in scale.flags and _noun_follows(text, word.end)) \
                or (word.word == "hundreds" and text[r.start].isdigit()) \
                or (_WORTH_EACH.match(text, word.end) and "." not in text[r.start:r.end]):
            return r  # ("34 hundreds" in cricket are centuries; "five hundreds" is 500; "28
            # billion-dollar disasters" counts disasters worth a billion dollars each)
        r = r._replace(end=word.end, scale=r.scale * scale.factor, spelled=True,
                       exact=r.exact or "exact" in scale.flags)
        if "plural" in scale.flags:
            return r


# ---------------------------------------------------------------- fractions in words

#: a word of order right before a count: "the past three quarters", "its last two quarters"
_ORDERED_BEFORE: Final = re.compile(
    r"\b" + alternation("grammar_words.txt", "order_words") + r"[ ]\Z", re.IGNORECASE)
_ORDERED_REACH: Final = 10


#: nouns that an ordinal like "third" or "fourth" so often names: "a third party"
_ORDINAL_NOUN: Final = re.compile(
    r"[ ](?:part(?:y|ies)|countr(?:y|ies)|person|way|time|round|term|place|option|wave)\b",
    re.IGNORECASE)


def _quarters_as_period(text: str, start: int) -> bool:
    """Whether quarters starting at ``start`` are written as periods: in digits after a
    word ("posted 3 quarters of losses"; not "3 quarters of growth came from exports",
    opening its sentence), or after a preposition of time ("after three quarters of"; not
    "Over three quarters of losses", a bound)."""
    before = text[max(0, start - 8):start]
    if text[start].isdigit():
        return bool(before.strip()) and not before.rstrip().endswith((".", ":", ";"))
    return _TIME_PREPOSITION_BEFORE.search(before) is not None


#: a preposition of time right before quarters of results: "after three quarters of"
_TIME_PREPOSITION_BEFORE: Final = re.compile(r"\b(?:in|for|within|after|during)[ ]\Z",
                                             re.IGNORECASE)


def _quarters_of_results(text: str, end: int, count: Decimal, as_period: bool) -> bool:
    """Whether the "quarters" ending at ``end`` are periods (of results): "two quarters of
    declining sales", "3 quarters of losses", "after three quarters of negative growth" (a
    half is never written "two quarters of", nor a share of results in digits or after a
    preposition of time; but "Three quarters of growth came from exports" and "Nearly three
    quarters of negative growth came from Germany" are shares)."""
    if count == 2 and text.startswith(" of ", end):
        return True  # "two quarters of declining sales", "two quarters of the year"
    return as_period and _QUARTER_RESULTS_OF.match(text, end) is not None


def _fraction_word_after(text: str, count: Decimal, count_end: int,
                         start: int, spelled: bool) -> Optional[_Reading]:
    """Read "COUNT FRACTION" ("a third of", "two-thirds", "three quarters."), or None.

    The fraction word must agree with the count (singular after one, plural after more)
    and be hyphenated to it, or be followed by "of", punctuation, the end, or a scale word;
    otherwise it is an ordinal ("a third term", "fifth place").

    >>> text = "a third of voters, for a third term"
    >>> _fraction_word_after(text, Decimal(1), 1, 0, True).end
    7
    >>> _fraction_word_after(text, Decimal(1), 23, 22, True) is None
    True
    """
    word = _next_word(text, count_end)
    if word is None or word.word not in _FRACTIONS:
        return None
    denominator, plural = _FRACTIONS[word.word]
    if plural != (count > 1) or count != count.to_integral_value() \
            or (plural and count >= denominator and not word.hyphen
                and (text[start].isdigit() or word.word == "quarters")) \
            or (word.word == "quarters" and _ORDERED_BEFORE.search(
                text, max(0, start - _ORDERED_REACH), start) is not None) \
            or (word.word == "quarters" and text[start].isdigit() and not word.hyphen
                and (not text.startswith(" of ", word.end)
                     or _PERIODS_OF.match(text, word.end) is not None)) \
            or (word.word == "quarters" and not word.hyphen
                and not text.startswith(" of ", word.end)
                and _PERIOD_PREPOSITION.search(text, max(0, start - 8), start) is not None) \
            or (word.word == "quarters" and not word.hyphen
                and _quarters_of_results(text, word.end, count, _quarters_as_period(text, start))):
        return None  # "in 14 quarters", "seven quarters", "the past three quarters", "for 3
        # quarters in a row", "done in two quarters", "two quarters of negative growth":
        # periods (but "3 quarters of voters" is a share)
    if _ORDINAL_NOUN.match(text, word.end):
        return None  # "by a third party", "a third country": an ordinal before its noun
    after = _scale_words_after(text, _Reading(start, word.end, count / denominator, Decimal(1),
                                              None, True, True), plural_ok=False)
    if after.end == word.end:
        of_a = _OF_A.match(text, word.end)
        if of_a:
            scaled = _scale_words_after(text, after._replace(end=of_a.end()), plural_ok=False)
            if scaled.end > of_a.end():
                return scaled
        if _HYPHEN_WORD.match(text, word.end):
            return None
        proper_plural = plural and count < denominator  # "two thirds", "three quarters"
        if not word.hyphen and not proper_plural and not _FRACTION_FOLLOW.match(text, word.end) \
                and not _BY_BEFORE.search(text, max(0, start - _BY_WINDOW), start) \
                and not (_FROM_BEFORE.search(text, max(0, start - _BY_WINDOW), start)
                         and not _NOUN_AFTER_FRACTION.match(text, word.end)) \
                and not _SHARE_VERB_AFTER.match(text, word.end) \
                and not _FAILED_AFTER.match(text, word.end) \
                and not (_OBJECT_VERB_AFTER.match(text, word.end)
                         and _HEDGE_RIGHT_BEFORE.search(text, max(0, start - _BY_WINDOW), start)) \
                and not (_SAVING_BEFORE.search(text, max(0, start - _BY_WINDOW), start)
                         and _ON_AFTER.match(text, word.end)) \
                and not _COMPARATIVE_AFTER.match(text, word.end) \
                and not _FULLNESS_AFTER.match(text, word.end) \
                and not (_HEDGE_RIGHT_BEFORE.search(text, max(0, start - _BY_WINDOW), start)
                         and _CONJUNCTION_AFTER.match(text, word.end)):
            return None  # "a third term"; but "fell by a fifth over the decade", "a third
            # said they approved", "a fifth lower than", "only a third full", "wind supplying
            # roughly a third and solar less than a tenth"
    return after._replace(spelled=after.spelled or spelled)


#: four digits of a year: "1984" (never the whole of a mixed fraction, nor a count that a
#: spelled, hyphened count describes: "In 2019 two-year deals")
YEAR_SHAPED: Final = re.compile(r"1[0-9]{3}|2[01][0-9]{2}")


def _mixed_fraction_after(text: str, r: _Reading) -> _Reading:
    """Extend a whole number with "and a half", "and one-half", "and three fifths".

    >>> text = "one and a half years"
    >>> one = Decimal(1)
    >>> _mixed_fraction_after(text, _Reading(0, 3, one, one, one, True, False)).end
    14
    >>> four = _Reading(0, 4, 4 * one, one, one, True, False)
    >>> _mixed_fraction_after("four-and-a-half-year", four).end
    15
    """
    conjunction = _next_word(text, r.end)
    if conjunction is None or conjunction.word != "and" \
            or YEAR_SHAPED.fullmatch(text, r.start, r.end):
        return r  # (not "a second term in 1984 and a third in 1988": a year)
    count_word = _next_word(text, conjunction.end)
    if count_word is None:
        return r
    if count_word.word in ("a", "an"):
        count = Decimal(1)
    elif count_word.word in _CARDINALS and 0 < _CARDINALS[count_word.word] < 20:
        count = Decimal(_CARDINALS[count_word.word])
    else:
        return r
    word = _next_word(text, count_word.end)
    if word is None or word.word not in _FRACTIONS:
        return r
    denominator, plural = _FRACTIONS[word.word]
    if plural != (count > 1) and (plural or not word.hyphen):
        return r  # but "two and three-quarter miles": the singular hyphened to its count
    if r.scale >= 1000:
        # "a million and a half" is 1.5 million: the fraction goes with the scale
        return r._replace(end=word.end, base=r.base + count / denominator, spelled=True,
                          fraction=True)
    return r._replace(end=word.end, base=r.base * r.scale + count / denominator,
                      scale=Decimal(1), step=None, spelled=True, fraction=True)


# ---------------------------------------------------------------- numbers in words

_VALUE_KINDS: Final = ("unit", "teen", "tens")


def _cardinal_kind(value: int) -> str:
    return "unit" if value < 10 else "teen" if value < 20 else "tens"


def _read_cardinal(text: str, start: int, end: int, first: str) -> Tuple[Optional[_Reading], int]:
    """Read a spelled whole number from its first word; returns (reading or None, resume).

    >>> r, _ = _read_cardinal("one hundred and twenty", 0, 3, "one")
    >>> r.base, r.scale, r.step
    (Decimal('120'), Decimal('1'), Decimal('10'))
    >>> _read_cardinal("the twenty-first century", 4, 10, "twenty")
    (None, 16)
    """
    if first in _ONE_ARTICLES:
        total, group, step, last = 0, 1, 1, "a"
        added = _next_word(text, end) if first != "another" else None
        if added is not None and added.word in _FURTHER_WORDS and not added.hyphen:
            scaled = _next_word(text, added.end)
            if scaled is not None and (scaled.word == "hundred" or scaled.word in _SCALE_WORDS):
                end = added.end  # "a further hundred thousand", "an extra million": as
                # "another hundred thousand"
    elif first not in _CARDINALS:
        # case-insensitive matching folds "\N{LATIN SMALL LETTER LONG S}ix" onto "six"
        return None, end
    else:
        total, group, last = 0, _CARDINALS[first], _cardinal_kind(_CARDINALS[first])
        step = 10 if group % 10 == 0 and group else 1
    tail, last_factor, exact, plain = 1, 0, False, first not in _ONE_ARTICLES
    tenths = False  # "a billion two": the last cardinal is a tenth of the scale
    while True:
        word = _next_word(text, end)
        if word is None:
            rest = _after_comma(text, end, last_factor) if last == "scale" else None
            if rest is not None:
                value = int(rest.base * rest.scale)
                group, step, end = group + value, (10 if value % 10 == 0 else 1), rest.end
            break
        if word.word == "and" and last in ("hundred", "scale") and not word.hyphen:
            after = _next_word(text, word.end)
            if after is None or after.hyphen:
                break
            if after.word in _ORDINALS:
                return None, after.end
            if after.word not in _CARDINALS or _CARDINALS[after.word] == 0:
                break
            fraction_next = _next_word(text, after.end)
            if fraction_next is not None and fraction_next.word in _FRACTIONS:
                break
            scale_next = _SCALE_WORDS.get(fraction_next.word) if fraction_next else None
            if scale_next is not None and last_factor and scale_next.factor >= last_factor:
                break  # "three thousand and four thousand": two numbers, not 3,004
            if scale_next is not None and last == "hundred" and scale_next.factor == 100:
                break  # "between two hundred and three hundred": two numbers, not 203
            value = _CARDINALS[after.word]
            group, step, tail, last = group + value, (10 if value % 10 == 0 else 1), 1, \
                _cardinal_kind(value)
            end = after.end
            continue
        if word.word in _CARDINALS:
            value = _CARDINALS[word.word]
            kind = _cardinal_kind(value)
            if last == "scale" and last_factor >= 10 ** 6 and group == 0 and 1 <= value <= 9 \
                    and not word.hyphen and _spoken_decimal_ends(text, word.end):
                # "a billion two", "two billion four": speech's tenth of the scale (1.2bn)
                total, step, tenths, end = total + value * last_factor // 10, 1, True, word.end
                break
            if last == "tens" and kind == "unit" and value:
                group, step, tail, last = group + value, 1, 1, "unit"
            elif last in ("hundred", "scale") and not word.hyphen and value:
                group, step, tail, last = group + value, (10 if value % 10 == 0 else 1), 1, kind
            else:
                break
            end = word.end
            continue
        scale = _SCALE_WORDS.get(word.word)
        if scale is None or (last == "a" and "plural" in scale.flags) \
                or ("slang" in scale.flags and _noun_follows(text, word.end)):
            break
        factor = scale.factor
        counted = last in _VALUE_KINDS + ("a",) and (factor != 100 or group < 100)
        descending = last_factor == 0 or factor < last_factor
        if factor < 1000 and (counted or (last == "hundred" and factor == 12)):
            group *= factor
            last = "hundred"
        elif factor >= 1000 and descending and last in _VALUE_KINDS + ("a", "hundred"):
            total, group, last = total + group * factor, 0, "scale"
        elif factor >= 1000 and last == "scale" and factor > last_factor and group == 0:
            total *= factor
        else:
            break
        if factor >= 1000:
            last_factor = factor
        tail, end, plain = tail * factor, word.end, False
        exact = exact or "exact" in scale.flags
        if "plural" in scale.flags:
            break
    word = _next_word(text, end)
    if word is not None and word.word in _ORDINALS and last in ("tens", "hundred", "scale") \
            and (word.hyphen or word.word != "second"):
        return None, word.end
    if last == "a":
        return None, end
    value = total + group
    return _Reading(start, end, Decimal(value) / tail, Decimal(tail),
                    Decimal(step) / 10 if tenths else Decimal(step), True,
                    False, exact, plain and value < 100), end


#: words after "a billion two" that end the number: "in revenue", "for the year" (not "a
#: million two years ago")
_SPOKEN_DECIMAL_FOLLOWERS: Final = frozenset(["in", "for", "of", "on", "at", "this", "last",
                                              "next", "a", "an", "the", "and", "or", "but",
                                              "so", "versus", "vs", "against", "from", "to",
                                              "with", "dollars", "euros", "pounds"])


def _spoken_decimal_ends(text: str, end: int) -> bool:
    """Nothing after "a billion two" continues the number: no scale word, "hundred", "and"
    or cardinal ("a million two hundred thousand" adds up)."""
    if text[end:end + 1] == "-":
        return False  # "A million two-bedroom homes"
    following = _next_word(text, end)
    return following is None or (following.word not in _SCALE_WORDS
                                 and following.word not in _CARDINALS
                                 and following.word != "and"
                                 and following.word in _SPOKEN_DECIMAL_FOLLOWERS)


def _after_comma(text: str, end: int, below: int) -> Optional[_Reading]:
    """A smaller spelled number after a comma that continues one ending on a scale word:
    "thirty-two thousand, five hundred and forty"; None for a list ("two thousand, three
    thousand")."""
    if text[end:end + 1] != ",":
        return None
    word = _next_word(text, end + 1)
    if word is None or word.hyphen or not _CARDINALS.get(word.word):
        return None
    rest, _ = _read_cardinal(text, word.start, word.end, word.word)
    if rest is None or rest.base * rest.scale >= below:
        return None
    return rest


def _point_decimals_after(text: str, r: _Reading) -> _Reading:
    """Extend a spelled whole number with "point five", "point zero three".

    >>> r = _Reading(0, 3, Decimal(2), Decimal(1), Decimal(1), True, False)
    >>> _point_decimals_after("two point zero five", r)[2]
    Decimal('2.05')
    """
    word = _next_word(text, r.end)
    if word is None or word.word not in _POINT_WORDS or r.scale >= 1000:
        return r
    digits, end = "", word.end
    while True:
        digit = _next_word(text, end)
        if digit is None or digit.hyphen or _CARDINALS.get(digit.word, 10) > 9:
            break
        digits, end = digits + str(_CARDINALS[digit.word]), digit.end
    if not digits:
        return r
    return r._replace(end=end, base=r.base * r.scale + Decimal("0." + digits), scale=_ONE,
                      step=_step(-len(digits)))  # "two hundred point zero three"


#: a spoken decimal point before a digit word: "Point one percent"
_LEADING_POINT: Final = re.compile(r"(?<![^\W\d_])(?i:point)[ ]{1,3}\Z")
_POINT_WORDS_AROUND: Final = word_sections("grammar_words.txt")


def _leading_point(text: str, start: int, end: int, first: str) -> Optional[_Reading]:
    """A spoken decimal with no whole part: "point one four" is 0.14, "Point one percent"
    0.1; None where "point" is a noun or a verb ("the point one makes")."""
    lead = _LEADING_POINT.search(text, max(0, start - 8), start)
    if lead is None:
        return None
    before = _WORD_BEFORE.search(text, max(0, lead.start() - 20), lead.start())
    word = before.group(1).lower() if before is not None else ""
    if word in _POINT_WORDS_AROUND["point_blockers"] or word in _CARDINALS \
            or word in _SCALE_WORDS:
        return None  # "the point one makes"; "two thousand point five" is no decimal
    digits = str(_CARDINALS[first])
    while True:
        digit = _next_word(text, end)
        if digit is None or digit.hyphen or _CARDINALS.get(digit.word, 10) > 9:
            break
        digits, end = digits + str(_CARDINALS[digit.word]), digit.end
    if digit is not None and not digit.hyphen and digit.start == end + 1 \
            and digit.word not in _POINT_WORDS_AROUND["point_followers"]:
        return None  # "point one thing out"
    return _Reading(lead.start(), end, Decimal("0." + digits), _ONE, _step(-len(digits)),
                    True, False)


def _read_words(text: str, start: int, end: int) -> Tuple[List[Numeral], int]:
    """Read a numeral that starts with a word; returns (numerals, resume position)."""
    first = text[start:end].lower()
    if first in SIGN_WORDS:
        return _read_signed_word(text, start, end)
    headline = _headline_fraction(text, start, end, first)
    if headline is not None:
        return [_numeral(text, headline)], headline.end
    if first in ("half", "quarter"):
        return _read_bare_fraction(text, start, end, first)
    if _CARDINALS.get(first, 10) <= 9:
        decimal = _leading_point(text, start, end, first)
        if decimal is not None:
            return [_numeral(text, decimal)], decimal.end
    cardinal, resume = _read_cardinal(text, start, end, first)
    count = Decimal(1) if first in _ONE_ARTICLES else (cardinal.base if cardinal else None)
    if count is not None and (cardinal is None or cardinal.plain_count):
        count_end = end if cardinal is None else cardinal.end
        fraction = _fraction_word_after(text, count, count_end, start, True)
        if fraction is not None:
            return [_numeral(text, fraction)], fraction.end
        if cardinal is None:
            word = _next_word(text, count_end)
            return [], (word.end if word and word.word in _FRACTIONS else count_end)
    if cardinal is None:
        return [], resume
    following = _next_word(text, cardinal.end)
    if following is None or following.word not in _CONTINUATIONS:
        return [_numeral(text, cardinal)], cardinal.end
    reading = _mixed_fraction_after(text, _point_decimals_after(text, cardinal))
    if reading.fraction or reading.step != cardinal.step or following.word in _INDIAN_SCALES:
        reading = _scale_words_after(text, reading)  # ("eleven thousand four hundred crore":
        # crores and lakhs multiply a whole count in thousands and hundreds)
    return [_numeral(text, reading)], reading.end


#: scale words of the Indian system, which may follow a count with thousands in it
_INDIAN_SCALES: Final = frozenset(["crore", "crores", "lakh", "lakhs", "lac", "lacs"])


#: what may stand before a headline's first word: nothing, a kicker's colon or dash, a
#: line break
_HEADLINE_OPENING: Final = re.compile(r"(?:\A|[:\n\N{EM DASH}\N{EN DASH}-])[ ]{0,2}\Z")
#: "of" and what a fraction of a group is taken of, not a month: "Quarter of UK children"
_OF_A_GROUP: Final = re.compile(
    r"[ ]of[ ](?!(?:" + alternation("not_claims.txt", "months") + r"|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve)\b)(?=[A-Za-z])", re.IGNORECASE)


def _headline_fraction(text: str, start: int, end: int, word: str) -> Optional[_Reading]:
    """A fraction word that opens a headline with its article dropped: "Quarter of UK
    children live in poverty" (0.25), "Third of adults skip breakfast", "Quarter of a
    million flee" (250,000); not "Third quarter profit", "Fourth of July sales"."""
    if word not in _FRACTIONS or _FRACTIONS[word][1] or not text[start].isupper() \
            or _HEADLINE_OPENING.search(text, max(0, start - 3), start) is None \
            or _OF_A_GROUP.match(text, end) is None:
        return None
    reading = _Reading(start, end, Decimal(1) / _FRACTIONS[word][0], Decimal(1), None, True,
                       True)
    article = _OF_A.match(text, end)
    if article is not None:
        scaled = _scale_words_after(text, reading._replace(end=article.end()), plural_ok=False)
        if scaled.scale != 1:
            return scaled
    return reading


def _read_bare_fraction(text: str, start: int, end: int, word: str) -> Tuple[List[Numeral], int]:
    """"half of", "half the", "half a million", "half million", "quarter million".

    >>> [n.value for n in _read_bare_fraction("half a million", 0, 4, "half")[0]]
    [Decimal('500000')]
    >>> _read_bare_fraction("half-time", 0, 4, "half")
    ([], 4)
    >>> _read_bare_fraction("the first half of 2024", 10, 14, "half")
    ([], 14)
    """
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in _POSITION_WORDS:
        return [], end
    base = Decimal(1) / _FRACTIONS[word][0]
    reading = _Reading(start, end, base, Decimal(1), None, True, True)
    scaled = _scale_words_after(text, reading, plural_ok=False)
    if scaled.end == end and word == "half":
        article = _next_word(text, end)
        if article is not None and article.word in ("a", "an"):
            scaled = _scale_words_after(text, reading._replace(end=article.end), plural_ok=False)
            if scaled.end == article.end:
                scaled = reading
        elif _HALF_FOLLOW.match(text, end) or _BY_BEFORE.search(
                text, max(0, start - _BY_WINDOW), start) or (
                _FROM_BEFORE.search(text, max(0, start - _BY_WINDOW), start)
                and not _NOUN_AFTER_FRACTION.match(text, end)):
            return [_numeral(text, reading)], end  # "half of", "fell by half", "from half"
        elif _CLAUSE_END_AFTER_HALF.match(text, end) and _bound_before_half(text, start):
            return [_numeral(text, reading)], end  # "Turnout was less than half."
    if scaled.end == end or scaled.scale == 1:
        return [], end
    return [_numeral(text, scaled)], scaled.end


#: the "plus or" of a margin of error before "minus": "plus or minus 3 points", "+ or - 2"
_PLUS_OR: Final = re.compile(r"(?:plus|\+)[ ]or[ ]\Z", re.IGNORECASE)


def _read_signed_word(text: str, start: int, end: int) -> Tuple[List[Numeral], int]:
    """"minus 5", "negative three": the number after the word, negated.

    >>> [(n.text, n.value) for n in _read_signed_word("minus 5", 0, 5)[0]]
    [('minus 5', Decimal('-5'))]
    """
    if text[max(0, start - 3):start].lower() == "or " and _PLUS_OR.search(
            text, max(0, start - 12), start):
        return [], end  # "plus or minus 3 points": a margin, not a sign
    begin = end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip(" -"))
    if text[begin:begin + 1] in ("-", "+", "\N{MINUS SIGN}"):
        return [], end
    word = _WORD_START_ANYCASE.match(text, begin)
    numerals, resume = _read_words(text, begin, word.end()) if word else \
        _read_digits_near(text, begin, begin)
    if not numerals or numerals[0].start != begin:
        return numerals, resume
    first = numerals[0]
    signed = _numeral(text, _Reading(start, first.end, first.base, first.scale,
                                     None if first.precision is None
                                     else first.precision / first.scale,
                                     True, first.fraction), negative=True)
    return [signed._replace(precision=first.precision)] + numerals[1:], resume


# ---------------------------------------------------------------- numbers in digits

#: the names of a scale glued before its reading: "SPF30", "UPF50" (not "#SPF365")
_SCALE_NAME_GLUED: Final = re.compile(r"(?<![\w#])(?:SPF|UPF)\Z")


#: the rest of a size whose sides a glued "x" parts, ending in a unit of length: the
#: "5m" of "4x5m", the "28x202 cm" of "80x28x202 cm", the "16GB" of "2x16GB", the "16'" of
#: "12'x16'" (not "4x4 vehicles", "x86-64")
_SIDE_AFTER_TIMES: Final = re.compile(
    r"[0-9]+(?:\.[0-9]+)?(?:[xX][0-9]+(?:\.[0-9]+)?)?"
    r"(?:[ ]?(?:mm|cm|m|km|in|ft|inches|metres|meters|[KMGT]B)\b|['\N{PRIME}])")

#: the second side of a screen's resolution glued after "x": the "1440" of "2560x1440"
_RESOLUTION_AFTER_TIMES: Final = re.compile(r"[0-9]{3,4}(?![0-9.,x])")
#: a size after a pack's count and "x": "75cl", "750ml", "250g", "1.5L"
_PACK_SIZE_AFTER_TIMES: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?[ ]?(?:cl|ml|l|L|g|kg|oz)\b")


def _is_glued_after_name(text: str, start: int) -> bool:
    """Whether digits at ``start`` are part of a name: "G7", "MP3", "F-16", "COVID-19".

    >>> _is_glued_after_name("F-16", 2), _is_glued_after_name("G7", 1)
    (True, True)
    >>> _is_glued_after_name("5-6", 2)
    False
    >>> _is_glued_after_name("USD10m", 3), _is_glued_after_name("sub-7", 4)
    (False, False)
    >>> _is_glued_after_name("5k-20k", 3), _is_glued_after_name("3km-5km", 4)
    (False, False)
    >>> _is_glued_after_name("5 million-6 million", 10)
    False
    >>> _is_glued_after_name("Rule 10b5-1", 10), _is_glued_after_name("x86-64", 4)
    (True, True)
    >>> _is_glued_after_name("3.5-4", 4), _is_glued_after_name("2020-21", 5)
    (False, False)

    After "R", "N", "Sh" and "P" the digits are read, and the reader of units decides
    whether the marker is money ("R18.99", or "R25" in a text set in South Africa) or the
    number belongs to a name ("N95"):

    >>> _is_glued_after_name("R18.99", 1), _is_glued_after_name("N95", 1)
    (False, False)
    """
    before = text[start - 1:start]
    if before in ("x", "X") and (text[start - 2:start - 1].isdigit()
                                 or text[start - 2:start - 1] in ("'", "\N{PRIME}")) \
            and _SIDE_AFTER_TIMES.match(text, start):
        return False  # "4x5m", "80x28x202 cm", "76x76mm", "12'x16'": the sides of a size;
        # "2x16GB"
    if before in ("x", "X") and text[start - 4:start - 1].isdigit() \
            and _RESOLUTION_AFTER_TIMES.match(text, start):
        return False  # "2560x1440", "1920x1080": a resolution's height
    if before in ("x", "X") and text[start - 2:start - 1].isdigit() \
            and _PACK_SIZE_AFTER_TIMES.match(text, start):
        return False  # "12x75cl", "6x750ml", "4x250g": a pack's count, then each one's size
    if before == "K" and not text[start + 1:start + 2].isdigit() \
            and text[start + 1:start + 2] not in (",", "."):
        return True  # "K2", "the K9 unit", "a K5 helicopter": one digit names (the kwacha
        # is written "K350")
    if before.isalnum() or before == "_":
        if _SCALE_NAME_GLUED.search(text, max(0, start - 4), start):
            return False  # "SPF30", "UPF50+": a reading on the scale the letters name
        if text[start:start + 1] == "0" and text[start + 1:start + 2].isdigit():
            return True  # "DM0029-100", "AB012": a code's zero-padded digits, which no
            # amount of money has
        return not _currency_before(text, start, any_amount=True)
    if before == "-" and text[start - 2:start - 1].isdigit():
        if _CODE_PARTS_BEFORE.search(text, max(0, start - 14), start):
            return True  # "Hole KD-23-114", "the 6305/8-2 well": the last part of a code
        lettered = _LETTERED_PART.match(text, start)
        code = _ABBREVIATED_CODE_BEFORE.search(text, max(0, start - 14), start) \
            if lettered else None
        if lettered and code and int(code.group("first")) > int(lettered.group("digits")):
            return True  # "AC 120-71B", "FAR 25-13A": a document's number and revision (an
            # ascending pair is a range: "UK 10-15M")
        code = _CODE_BEFORE_HYPHEN.search(text, max(0, start - 12), start)
        if code is None or code.group()[:-1].isdigit() or (
                _LETTERS_GLUED.match(text, start) and not _STANDARD_CODE.search(code.group())):
            return False  # (but "scp2-173m": a measure after the hyphen; "JESD79-5C" is
            # a standard's name)
        digits = code.start() + len(code.group()) - len(code.group().lstrip(string.ascii_letters))
        if text[digits:digits + 1] == "0" and text[digits + 1:digits + 2].isdigit():
            return True  # "DM0029-100": a style code's zero-padded part, no money
        return not _currency_before(text, digits, any_amount=True)  # "10b5-1", "x86-64",
        # but "RM5-10", "Rs500-600" are ranges of money
    if before != "-" or not text[start - 2:start - 1].isalpha():
        return False
    prefix = _WORD_BEFORE_HYPHEN.search(text, max(0, start - 12), start)
    if prefix is not None and prefix.group(1).lower() in ("for", "of") \
            and text[prefix.start() - 2:prefix.start()].startswith(tuple("0123456789")) \
            and text[prefix.start() - 1:prefix.start()] == "-":
        return False  # "went 3-for-4", "12-of-20 shooting": made of tried
    if prefix is not None and text[prefix.start() - 1:prefix.start()].isdigit():
        opening = _OPENS_WITH_LETTER.search(text, max(0, start - 16), prefix.start())
        return (prefix.group(1).isupper() and len(prefix.group(1)) > 2) or (
            opening is not None and not _currency_before(
                text, opening.start() + len(opening.group().rstrip(string.digits)),
                any_amount=True))
        # "5k-20k", "3km-5km": a range between two suffixed numbers (but "23BRC-077": a
        # drill hole's code, and "LPDDR5X-8533", "X1E-84": a part's name; but "Rs50k-80k"
        # is money)
    if prefix is not None and prefix.group(1).isupper() and len(prefix.group(1)) > 1 and (
            prefix.group(1).lower() not in PREFIXES or _THREE_DIGITS.match(text, start)):
        return True  # "a TO-220 package", "SR-71": a name in capitals (but "SUB-2 HOUR" is a
        # headline's prefix, and "to-" and "sub-" in lower case are prefixes)
    if prefix is not None and prefix.group(1).lower() in _SCALE_WORDS \
            and text[prefix.start() - 2:prefix.start()].strip().isdigit():
        return False  # "1.1 million-1.2 million tonnes": a range of scaled numbers
    return prefix is None or prefix.group(1).lower() not in PREFIXES


def _read_digits_near(text: str, digit: int, pos: int) -> Tuple[List[Numeral], int]:
    """Read the numeral whose first digit (or vulgar fraction) is at ``digit``, starting no
    earlier than ``pos`` (a sign or point may stand before the digit); (numerals, resume).

    >>> [(n.text, n.value) for n in _read_digits_near("a -.5 b", 4, 0)[0]]
    [('-.5', Decimal('-0.5'))]
    """
    char = text[digit]
    if char in _VULGAR:
        numerator, denominator = _VULGAR[char]
        reading = _scaled_fraction(text, _Reading(digit, digit + 1,
                                                  Decimal(numerator) / denominator, _ONE, None,
                                                  False, False))
        return [_numeral(text, reading)], reading.end
    first = digit - 2 if digit - 2 > pos else pos
    if first == digit or text[digit - 1] not in _BEFORE_DIGITS:
        # no sign or point before the digit: the run can only start there
        plain = _PLAIN_DIGITS_AT.match(text, digit)
        if plain is not None:  # a digit there (the caller may point at a sign or point)
            if text[plain.end():plain.end() + 1] == " " and (
                    _after_article(text, digit) or plain.group("run") == "1"):
                # "a 12 500-tonne frigate", "the 1 200-seat theatre": one thing (no one
                # writes a count of one in digits), so one number in groups of three
                plain = _ARTICLE_GROUPED_AT.match(text, digit) or plain
            return _read_digits(text, plain)
        first = digit
    for start in range(first, digit + 1):
        match = _DIGITS_AT.match(text, start)
        if match is not None and match.start("run") <= digit:
            return _read_digits(text, match)
    return [], digit + 1


def _after_article(text: str, digit: int) -> bool:
    """Whether "a" or "an" stands right before the digit at ``digit``."""
    for article in ("a ", "an "):
        start = digit - len(article)
        if start >= 0 and text[start:digit].lower() == article \
                and (start == 0 or not text[start - 1].isalnum()):
            return True
    return False


def _scaled_fraction(text: str, r: _Reading) -> _Reading:
    """A number ending in a vulgar fraction, with the scale words after it: "2½ million"
    is 2,500,000 (no fraction of a group); "½" alone is a fraction."""
    scaled = _scale_words_after(text, r)
    return scaled if scaled.scale != 1 else r._replace(fraction=True)


def _stones(run: str, text: str, run_end: int) -> bool:
    """ "17st 4lb", "he weighs 20st": a glued "st" after a number whose ordinal is not
    written with it (not 1, 21, 31 ...) weighs in stones."""
    return text[run_end:run_end + 2].lower() == "st" and run.isdigit() \
        and not (run.endswith("1") and not run.endswith("11"))


#: a whole amount over a whole size: "7,250/50", "72/50"
_PER_SIZED: Final = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*/[0-9]{1,4}")
#: currency symbols before which a slash between two amounts is an estimate's, not a
#: fraction's: "$3/5 million" (cut in two here, joined into a range in ranges.py)
SLASH_ESTIMATE_SIGNS: Final = frozenset("$£€¥")


def _read_digits(text: str, match: "re.Match[str]") -> Tuple[List[Numeral], int]:
    """Read the numeral(s) of a digit run matched by ``_DIGITS_AT``; returns (numerals, resume)."""
    start = match.start()
    run_start, run_end = match.span("run")
    # the sign is what the match holds before the run ("" when it has none)
    run, sign = text[run_start:run_end], text[start:run_start]
    code = _HEADCODE.match(text, run_start) if text[run_start + 1:run_start + 2].isupper() \
        else None
    if code is not None and (text[run_start + 1] != "E" or (
            text[run_start + 2] >= "3"
            and text[max(0, run_start - 4):run_start].lower() in ("the ", " on "))):
        return [], code.end()  # "the 1Z86", "the 6E41", "on 1E35": a train's headcode (but "2E05",
        # "6E24 kg", "a mass of 2E30 kg" are powers of ten)
    if _is_glued_after_name(text, run_start):
        space = _GROUP_SPACE_IN.search(run)  # "p99 140 ms": the name's digits end at the
        return [], run_start + space.start() if space else run_end  # space, a number follows
    plain_digits = run.isdigit()
    space = _GROUP_SPACE_IN.search(run) if sign == "+" or "," in run else None
    if space is not None and (sign == "+" or (
            "," in run[:space.start()] and run[space.start() - 1] != ",")
            or _COMMA_THOUSANDS_AFTER.search(run, space.end())):
        # "+1 555 0100" is a telephone number, not 1,555 and 100; "2,345,678 100.0" and
        # "18-64 290,000" are two cells of a table row, since no one groups thousands with
        # commas and spaces
        run_end = run_start + space.start()
        run = run[:run_end - run_start]
        plain_digits = run.isdigit()
    short = _GROUP_SPACE_IN.search(run, 0, 3) if not plain_digits else None
    name = _NAME_BEFORE.search(text, max(0, run_start - 16), run_start) \
        if short is not None and len(_GROUP_SPACE_IN.findall(run)) == 1 else None
    if short is not None and name is not None \
            and name.group().strip().lower() not in _FUNCTION_WORDS:
        # "Falcon 9 100%, Soyuz 98%": a name's number, then a figure; one group after a short
        # first one is no thousands after a name
        run_end = run_start + short.start()
        run = run[:run_end - run_start]
        plain_digits = run.isdigit()
    slashed_space = _GROUP_SPACE_IN.search(run, run.index("/")) if "/" in run else None
    if slashed_space is not None:
        # "2025/26 450.0": a fiscal year, then a table's figure; no slash groups thousands
        run_end = run_start + slashed_space.start()
        run = run[:run_end - run_start]
        plain_digits = False
    if ", " in run and not _SPACED_THOUSANDS.fullmatch(run):
        # "80, 050 and 2" is a list after all: read up to the first comma
        run_end = run_start + run.index(", ")
        run = run[:run_end - run_start]
        plain_digits = run.isdigit()
    if "/" in run and _PER_SIZED.fullmatch(run) and text[run_end:run_end + 1].isalpha() \
            and _currency_before(text, run_start):
        price, _, size = run.partition("/")
        if int(price.replace(",", "")) > int(size):
            # "Rs 7,250/50kg bag": a price over the size of what it buys, two amounts
            run_end = run_start + len(price)
            run = price
            plain_digits = run.isdigit()
    if "/" in run and text[run_start - 1:run_start] in SLASH_ESTIMATE_SIGNS and run_start > 0:
        # "$3/5 million", "£800/1,200": an auction's estimate, two amounts (ranges.py joins
        # them), never three fifths of a dollar
        run_end = run_start + run.index("/")
        run = run[:run_end - run_start]
        plain_digits = run.isdigit()
    unsigned_integer = plain_digits and start == run_start
    may_extend = _MAY_EXTEND.match(text, run_end) is not None
    if unsigned_integer and not may_extend:
        # the common case, a bare integer such as "2019" or "600": no suffix to read
        return [_bare_integer(run, run_start, run_end)], run_end
    # both suffixes open with a letter or an apostrophe glued to the digits
    glued = text[run_end:run_end + 1]
    glued_suffix = glued.isalpha() or glued in APOSTROPHES
    ordinal = _ORDINAL_SUFFIX.match(text, run_end) if glued_suffix else None
    if ordinal and "/" in run and "." not in run:
        parts = _SMALL_FRACTION.fullmatch(run)  # "1/80th of final salary": a fraction whose
        if parts and 0 < int(parts[1]) < int(parts[2]):  # denominator is an ordinal
            value = Decimal(parts[1]) / Decimal(parts[2])
            return [_numeral(text, _Reading(start, ordinal.end(), value, Decimal(1), None,
                                            False, True))], ordinal.end()
    if ordinal and "." not in run and not _stones(run, text, run_end):
        return [], run_end
    if glued_suffix and (run.endswith("0") or (len(run) >= 3 and run.isdigit())) \
            and _DECADE_SUFFIX.match(text, run_end) and "." not in run \
            and not seconds_frame(text, run_start):
        return [], run_end  # "the 1990s", "two 747s": a decade, a name in the plural
    if glued_suffix and _TEAM_SUFFIX.match(text, run_end) and run.isdigit():
        return [], run_end  # "the 49ers", "the Philadelphia 76ers": a team's name
    # asked once here, not again in _digit_suffixes: the look-up tries every scale word
    suffix = may_extend and _SUFFIX_HINT.match(text, run_end) is not None
    if unsigned_integer and not suffix:
        # "600 drones": a word follows, but nothing that _digit_suffixes would read
        return [_bare_integer(run, run_start, run_end)], run_end
    pieces = _read_run(run.replace(", ", ","), "/" in run and _SHARE_AFTER.match(
        text, run_end) is not None, "/" in run and text.startswith(" of ", run_end))
    if len(pieces) != 1:
        return [_numeral(text, _Reading(run_start + s, run_start + e, Decimal(d), Decimal(1),
                                        _digit_step(d), False, False))
                for s, e, d in pieces], run_end
    digits = pieces[0][2]
    if "/" in digits and "." in digits and (
            text[run_end:run_end + 1] == "%"
            or not _RATING_CUE.search(text, max(0, run_start - 40), run_end + 30)):
        return [], run_end  # "2.4/5GHz", "2.5/10 mg tablets": a pair of sizes, no mark
    if "/" in digits:
        numerator, denominator = digits.split("/")
        reading = _Reading(start, run_end, Decimal(numerator) / Decimal(denominator),
                           Decimal(1), None, False, True)
    else:
        reading = _Reading(start, run_end, Decimal(digits), Decimal(1), _digit_step(digits),
                           False, False)
        if suffix:
            reading = _digit_suffixes(text, reading, run_start, plain_digits and len(run) <= 3)
    return [_numeral(text, reading, negative=sign in _MINUS_SIGNS)], reading.end


def _bare_integer(run: str, start: int, end: int) -> Numeral:
    """The Numeral of plain digits with no sign, scale or suffix: "600", "2019"."""
    value = Decimal(run)
    size = len(run)
    zeros = size - len(run.rstrip("0"))
    precision = _POWERS_OF_TEN[zeros] if zeros < size and zeros < 30 else _digit_step(run)
    return new_record(Numeral, (value, start, end, run, value, _ONE, precision,
                                False, False, False))


def _digit_suffixes(text: str, r: _Reading, run_start: int, small_whole: bool) -> _Reading:
    """Extend a digit number with what may follow it: exponent, "bn", "million", "½", "1/2";
    asked only where _SUFFIX_HINT matches right after the digits.  Each reading is tried
    only when the character after the digits can open it."""
    glued = text[r.end:r.end + 1]
    if text[r.start:r.end] == "10":
        power_of_ten = _POWER_OF_TEN.match(text, r.end)
        if power_of_ten:  # "10^15 gauss", "10\N{SUPERSCRIPT MINUS}\N{SUPERSCRIPT SIX}"
            power = int(next(g for g in power_of_ten.groups() if g).translate(_SUPERSCRIPTS))
            return r._replace(end=power_of_ten.end(), base=tidy(_step(power)), step=None)
    raised = _WHOLE_POWER.match(text, r.end) if glued in ("^", "*") else None
    if raised and r.base == r.base.to_integral_value() and 1 < r.base < 100 \
            and int(raised.group(1)) <= 512:
        # "2^31 values", "16**4": a whole power of a small number
        return r._replace(end=raised.end(), base=r.base ** int(raised.group(1)), step=None)
    exponent = (_EXPONENT.match(text, r.end) if glued in ("e", "E") else None) or (
        _TIMES_TEN.match(text, r.end) if glued.isspace() or glued in TIMES_SIGNS or glued == "*"
        else None)
    if exponent:
        power = int(next(g for g in exponent.groups() if g).translate(_SUPERSCRIPTS))
        return r._replace(end=exponent.end(), base=tidy(r.base * _step(power)),
                          step=None if r.step is None else r.step * _step(power))
    attached = _ATTACHED_SCALE.match(text, r.end) \
        if glued.isalpha() or glued in _ATTACHED_MARKS else None
    separate = _SEPARATE_SCALE.match(text, r.end) \
        if attached is None and glued in _SCALE_SPACES else None
    if separate is not None and separate.group().strip() == "M" \
            and _spaced_million(text, run_start, r, separate.end()):
        return r._replace(end=separate.end(), scale=Decimal(1000000))
    if separate is not None and (text[separate.end():separate.end() + 1] in _AREA_MARKS
                                 or _LOWER_THEN_UPPER.match(separate.group().strip())
                                 or _SEPARATE_CASED.get(separate.group().strip().lower(),
                                                        separate.group().strip())
                                 != separate.group().strip()):
        separate = None  # "Tiles cost €30 m²": a price per square metre; "6,841,220 mN": a
        # grid northing, never millions; "2,600 MLD" is no Polish "mld"
    found = attached or separate
    if found is not None and found.group() == "M" and small_whole \
            and text[run_start:r.end] in _TENORS and _LISTED_BEFORE.search(text[:run_start]) \
            and _TENOR_RATE_AFTER.match(text, found.end()):
        found = None  # "12M 3.94%": a term in months before its rate, as savings tables
        # write it (cued_units.py reads the months)
    if found is not None:
        # a spaced abbreviation is read by its own row: "1.2 bn", "SEK 58,211 m" (never a
        # spaced "M" alone, whose glued row reads "4.3M sales")
        scale = _SEPARATE.get(found.group().strip().lower()) if separate \
            else _ATTACHED.get(found.group()) or (
                _ATTACHED_FOLDED.get(found.group().lower())
                if _currency_before(text, run_start) else None)
        if scale and ("currency" not in scale.flags or _currency_before(text, run_start)
                      or ("bare" in scale.flags and (r.end - run_start > 1
                                                     or _PLURAL_NOUN_AFTER.match(
                                                         text, found.end())
                                                     or _SIZED_NOUN_AFTER.match(
                                                         text, found.end())
                                                     or _SAME_SCALE_LISTED.match(
                                                         text, found.end())))
                      or (found.group() in ("m", "M") and _DOTS_AFTER.match(text, found.end()))
                      or ("decimal" in scale.flags and "." in text[run_start:r.end])
                      or ("counted" in scale.flags and _PLURAL_NOUN_AFTER.match(
                          text, found.end()) and not _THICK_GOODS_AFTER.match(
                              text, found.end()))):
            return r._replace(end=found.end(), scale=Decimal(scale.factor))
    if small_whole:
        vulgar = _VULGAR_AFTER.match(text, r.end)
        mixed = _MIXED_DIGIT_FRACTION.match(text, r.end)
        if vulgar:
            numerator, denominator = _VULGAR[vulgar.group(1)]
            return _scaled_fraction(text, r._replace(
                end=vulgar.end(), base=r.base + Decimal(numerator) / denominator, step=None))
        if mixed and _prose_fraction(int(mixed.group(1)), int(mixed.group(2))):
            return r._replace(end=mixed.end(), step=None, fraction=True,
                              base=r.base + Decimal(mixed.group(1)) / Decimal(mixed.group(2)))
    cent_fraction = _CENT_FRACTION.match(text, r.end) if glued == "-" else None
    if cent_fraction and _CENTS_WRITTEN.fullmatch(text, run_start, r.end) \
            and int(cent_fraction.group(1)) < int(cent_fraction.group(2)) \
            and _currency_before(text, run_start):
        # "$5.38-1/4 a bushel": a grain price in dollars and cents, and eighths of a cent
        return r._replace(end=cent_fraction.end(), step=None, base=r.base + Decimal(
            cent_fraction.group(1)) / Decimal(cent_fraction.group(2)) / 100)
    following = _next_word(text, r.end)
    if following is None or following.word not in _CONTINUATIONS:
        return r
    if r.base == r.base.to_integral_value() and r.base > 0 and small_whole:
        fraction = _fraction_word_after(text, r.base, r.end, r.start, True)
        if fraction is not None:
            return fraction
    scaled = _scale_words_after(text, r)
    with_fraction = _mixed_fraction_after(text, scaled)
    if with_fraction.end > scaled.end and scaled.scale == 1:
        return _scale_words_after(text, with_fraction)
    return with_fraction


#: below this, a whole number before a spaced "M" and a plural may be a size: "size 10 M
#: shoes" (a medium width)
_SIZED_BELOW: Final = 20
#: races after a spaced "M", which makes it metres: "the 400 M hurdles"
_RACE_AFTER_M: Final = re.compile(r"[ ](?:hurdles|relays|sprints|races|heats|finals)\b")
#: a unit of area right after a spaced "M": "5.61 M km²", "14 M sq mi"
_AREA_AFTER_M: Final = re.compile(r"[ ](?:km|sq|mi)(?:[\N{SUPERSCRIPT TWO}2]|[ .]|\Z)")


def _spaced_million(text: str, run_start: int, r: _Reading, end: int) -> bool:
    """Whether a capital "M" one space after digits is millions: after a currency ("$5 M
    budget"), before a unit of area ("5.61 M km²") or before a plural after a decimal or a
    count no size runs to ("2.4 M viewers", "260 M subscribers"); never a molar strength
    ("0.5 M NaCl", "a 1 M solution"), a shoe's width ("size 10 M shoes") nor metres of a
    race ("the 400 M hurdles")."""
    if _currency_before(text, run_start) or _AREA_AFTER_M.match(text, end):
        return True
    return _PLURAL_NOUN_AFTER.match(text, end) is not None and (
        "." in text[run_start:r.end]
        or (r.base >= _SIZED_BELOW and not _RACE_AFTER_M.match(text, end)))


def seconds_frame(text: str, start: int) -> bool:
    """Whether a word of waiting or timing, or "=", stands right before ``start``, where a
    glued "s" after digits is seconds ("a timeout of 120s", "every 10s", "TTL=3600s"), not
    a decade or an age ("the 1990s", "in her 30s", "Highs: 80s").

    >>> seconds_frame("the health check runs every 10s", 28), seconds_frame("the 1990s", 4)
    (True, False)
    """
    return _SECONDS_FRAME.search(text, max(0, start - 16), start) is not None


def is_scale_word(word: str) -> bool:
    """Whether ``word`` is a spelled multiplier: "million", "lakh".

    >>> is_scale_word("Million"), is_scale_word("bn")
    (True, False)
    """
    return word.lower() in _SCALE_WORDS


# ---------------------------------------------------------------- the front door

def scan_numerals(text: str) -> List[Numeral]:
    """Every numeral in ``text``, in text order and non-overlapping.

    >>> [(n.text, n.value, n.precision) for n in scan_numerals("up to 3,000 drones, or $1.2bn")]
    [('3,000', Decimal('3000'), Decimal('1000')),
     ('1.2bn', Decimal('1200000000'), Decimal('100000000'))]
    >>> [n.value for n in scan_numerals("the F-16, a third term, 21st, 1990s, 10:30, 3.10.1")]
    []
    """
    # Two cheap searches, merged in text order: digits on the text, words on its lower case.
    lowered = text.lower()
    anycase = len(lowered) != len(text)
    if anycase:
        lowered = text
    found: List[Numeral] = []
    pos = 0
    digit = _DIGIT_HINT.search(text)
    word = _word_start(lowered, 0, anycase)
    while digit is not None or word is not None:
        if digit is not None and (word is None or digit.start() < word[0]):
            numerals, resume = _read_digits_near(text, digit.start(), pos)
        elif word is not None:
            numerals, resume = _read_words(text, word[0], word[1])
            if resume < word[1]:
                resume = word[1]
        found.extend(numerals)
        if resume > pos:
            pos = resume
        if digit is not None and digit.start() < pos:
            digit = _DIGIT_HINT.search(text, pos)
        if word is not None and word[0] < pos:
            word = _word_start(lowered, pos, anycase)
    return _join_restated(found, text) if "(" in text else found


#: what lies between a numeral and the same number restated in brackets: "thirty (30)"
_BRACKET_GAP: Final = (" (", "(")


def _join_restated(found: List[Numeral], text: str) -> List[Numeral]:
    """A spelled number and its digits in brackets, or digits and their spelling, are one
    numeral as contracts write them: "thirty (30) days", "ten (10) years", "5 (five)".

    >>> [n.text for n in _join_restated(scan_numerals("within thirty (30) days"), "")]
    ['thirty (30)']
    """
    joined: List[Numeral] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if second is not None and first.spelled != second.spelled \
                and first.value == second.value \
                and text[first.end:second.start] in _BRACKET_GAP \
                and text.startswith(")", second.end):
            end = second.end + 1
            joined.append(first._replace(end=end, text=text[first.start:end],
                                         precision=(second if first.spelled else first
                                                    ).precision))
            index += 2
            continue
        joined.append(first)
        index += 1
    return joined


def _word_start(lowered: str, pos: int, anycase: bool) -> Optional[Tuple[int, int]]:
    """Where the first word at or after ``pos`` that can open a numeral starts and ends:
    at the text's start, or after the non-word character that a word boundary puts before
    it (searched for from ``pos - 1``).

    >>> _word_start("one, two", 0, False), _word_start("one, two", 1, False)
    ((0, 3), (5, 8))
    """
    if pos == 0:
        first = (_WORD_START_ANYCASE if anycase else _WORD_START).match(lowered)
        if first is not None:
            return first.start(), first.end()
        pos = 1
    found = (_WORD_AFTER_GAP_ANYCASE if anycase else _WORD_AFTER_GAP).search(lowered, pos - 1)
    return (found.start() + 1, found.end()) if found is not None else None


def parse_number(text: str) -> Optional[Decimal]:
    """The value of a string that is exactly one numeral (spaces around allowed), else None.

    >>> parse_number("3,000"), parse_number(" 1,5 "), parse_number("half a million")
    (Decimal('3000'), Decimal('1.5'), Decimal('500000'))
    >>> parse_number("$5"), parse_number("5 and 6"), parse_number("third"), parse_number("")
    (None, None, None, None)
    """
    stripped = text.strip()
    numerals = scan_numerals(stripped)
    if len(numerals) != 1 or numerals[0].start != 0 or numerals[0].end != len(stripped):
        return None
    return numerals[0].value


def format_number(value: Decimal) -> str:
    """Plain digits with thousands commas and every stated decimal, e.g. for round trips.

    >>> format_number(Decimal("1234567.890")), format_number(Decimal("1E+3"))
    ('1,234,567.890', '1,000')
    >>> format_number(Decimal("-0.05"))
    '-0.05'
    """
    if not value.is_finite():
        raise ValueError(f"cannot write {value} as a plain number")
    return f"{value:,f}"
