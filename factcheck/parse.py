"""parse_claims(): text → sentences → numerals → quantities → Claim records.

The pipeline, read top to bottom in ``sentence_claims``:

1. ``scan_numerals`` reads every number in the text (numerals.py), handed out by sentence;
2. ``vague_claims`` reads vague amounts ("tens of thousands") and ``masked_spans`` finds
   phone numbers and numeric dates; numerals inside either are dropped;
3. ``is_quantity`` drops calendar dates, clock times, labels ("Section 427"), names
   ("Boeing 737") and years;
4. ``group_numerals`` joins ranges ("600 to 3,000", "$5-6 million") and ratios ("one in five");
5. ``claim_for`` attaches currency, unit or counted noun, hedges and bounds, and a change;
6. small passes over neighbouring claims: composite values ("7 feet 10 inches"), two
   bounds that make a range ("above 10 and below 20"), a conversion in parentheses that
   shares its bound ("more than 100 km (60 miles)"), and from/to changes.

>>> [(c.text, c.kind, str(c.low), str(c.high), c.unit) for c in parse_claims(
...     "Estimates range from 600 to more than 3,000 drones.")]
[('from 600 to more than 3,000 drones', 'range', '600', '3000', 'drone')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Dict, FrozenSet, List, NamedTuple, Optional, Sequence, Tuple

from factcheck import lexicon, units
from factcheck.claims import Change, Claim
from factcheck.errors import FactcheckError
from factcheck.lexicon import Hedge
from factcheck.numerals import Numeral, parse_number, scan_numerals
from factcheck.text import Word, split_sentences, words

Span = Tuple[int, int]

#: most words a hedge phrase or a counted-noun phrase may have
MAX_PHRASE_WORDS = 6
#: a number in words below this, with no unit or noun, is a pronoun or a name ("the bottom
#: three", "each one", "Kick Six") rather than an amount
SMALLEST_BARE_SPELLED = 10
#: numerals beyond 10**100 (or below 10**-100) are digit noise, not amounts; keeping them
#: out also keeps Decimal arithmetic far from overflow
LARGEST_EXPONENT = 100
#: "N times" before a comparison is a factor: "three times as many", "10 times higher"
_TIMES_COMPARED = re.compile(
    r"[ ](?P<times>times)[ ](?=(?:as|more|less|fewer|bigger|larger|higher|greater|faster"
    r"|slower|smaller|lower|longer|the)\b)", re.IGNORECASE)
#: a factor glued to a number: "3x", "10-fold", "tenfold" is read in factor_claims
_TIMES = re.compile(r"(?:x|-?fold)(?![\w-])", re.IGNORECASE)

#: unround four-digit numbers in this span are years even before a plural noun ("1988 sales")
RECENT_YEARS = (1950, 2039)
#: content words kept as a claim's context, nearest first
MAX_CONTEXT_WORDS = 12

_MASKS = re.compile(
    r"""
    (?=[+(\d])(?:                                                # a quick miss elsewhere
    (?<![\w.,])\+\d{1,3}(?:[ .\-]\(?\d{2,5}\)?){2,5}(?![\w])     # phone: +1 555 010 0100
    | (?<![\w.,])\(\d{3}\)[ ]?\d{3}[ .\-]\d{4}(?![\w])           # phone: (555) 010-0100
    | (?<![\w.,])\d{3}[.\-]\d{3}[.\-]\d{4}(?![\w])              # phone: 555-010-0100
    | (?<![\w.,])\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?(?![\w])        # ISO date: 2025-01-17
    | (?<![\w.,])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\w])           # date: 1/17/2025, 17.01.2025
    )""",
    re.VERBOSE,
)

#: a web address: numbers inside it ("?q=30%25", "/2020/05/") are never claims
_WEB_WORDS = frozenset(["http", "https", "www"])
_WEB_ADDRESS = re.compile(r"\b(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)\S+")

#: "3-2", "2-0": a score, when the sentence speaks of winning, losing or voting
_SCORE = re.compile(
    r"""(?<![\w.,$\N{POUND SIGN}\N{EURO SIGN}])   # not part of a number or an amount
    \d{1,3}[-\N{EN DASH}]\d{1,3}                   # 3-2
    (?![\w.,%])                                    # not a unit or a longer number
    """,
    re.VERBOSE,
)

#: "2012-13", "2019/20": a fiscal or season year, not a range
_SEASON = re.compile(r"(?:19|20)\d\d[-\N{EN DASH}/](?:\d\d)(?!\d)")

#: what may stand between the two ends of a range, after hedges are removed
_RANGE_CONNECTORS = {"-": "-", "\N{EN DASH}": "-", "\N{EM DASH}": "-", "to": "to",
                     "through": "to", "thru": "to", "and": "and"}

#: words before a range's first end: "between A and B", "from A to B"
_RANGE_OPENERS = {"between", "from"}

_RATIO_WORDS = {("in",), ("in", "every"), ("out", "of")}

#: inches written "in" before a size adjective or at the end, or as a glued '"' or "''"
_INCHES = re.compile(r"""
    [ ]in(?=[ ](?:thick|long|wide|tall|high|deep)\b|[ ]?[.,;:!?)]?\s*\Z)   # 2 in thick, 5 in.
    | (?P<mark>"|'')(?![\w"'])                                           # 9", 5''
""", re.VERBOSE)
#: how far back an opening quotation mark is looked for ('He said "I paid 5" and left')
_QUOTE_WINDOW = 200
_GLUED_IN = re.compile(r"(?P<mark>)in(?![\w'])")


def _inches_after_feet(sentence: Sentence, start: int, end: int) -> Optional["re.Match[str]"]:
    """ "6ft 2in", "5' 11in": a glued "in" right after a measure in feet."""
    if sentence.text[end:end + 2] != "in":
        return None
    feet = sentence.gap(max(sentence.span[0], start - 6), start).rstrip().lower()
    if not feet.endswith(("ft", "feet", "foot", "'", "\N{PRIME}")):
        return None
    return _GLUED_IN.match(sentence.text, end)


#: a unit in brackets right after a number: "20 (kg)", "12 [m]", "5 {cm}", "3 <km>"
_BRACKETED_UNIT = re.compile(r"[ ]?(?P<open>[(\[{<])(?P<unit>[^\W\d_]{1,6})(?P<close>[)\]}>])")
_BRACKET_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">"}
#: "over ten years", "under two hours": with a duration these say when, not how long
_TEMPORAL_BOUNDS = {"over"}

_GRAMMAR = lexicon.word_sections("grammar_words.txt")
#: "shares were down 3%": "up" and "down" say a change after these (or after punctuation)
_BE_WORDS = _GRAMMAR["be_words"]
#: a word right before one of these is a verb, not a counted noun: "150 requires a permit"
_DETERMINERS = _GRAMMAR["verb_markers"]
#: a plural-looking word before one of these is a verb: "19 fouls proves it was feisty"
_OBJECT_WORDS = _DETERMINERS | _GRAMMAR["object_words"]
#: function words that may still stand between a number and what it counts: "8 other employees"
_NOUN_MODIFIERS = _GRAMMAR["noun_modifiers"]
_PLURAL_NOUNS = _GRAMMAR["plural_nouns"]
#: a bare number right after one of these may leave out the noun before it:
#: "435 homes by open sale and 187 by tender"
_ELLIPSIS_CONNECTIVES = _GRAMMAR["ellipsis_connectives"]
#: "through at least 2025", "until as late as 2030": a hedged four-digit number is a year
_YEAR_BEFORE_HEDGE = frozenset("through until till since before after".split())
#: "ticked up to 3.9%": verbs whose "up" is a particle, so "up to" is no bound
_UP_VERBS = _GRAMMAR["up_verbs"]
#: "one-time", "a 5,000-strong crowd": a hyphenated word after a number that it does not count
_HYPHEN_IDIOMS = _GRAMMAR["hyphen_idioms"]


def parse_claims(text: str) -> List[Claim]:
    """Every numeric claim in ``text``, in order of appearance."""
    numerals = scan_numerals(text)
    starts = [n.start for n in numerals]
    claims: List[Claim] = []
    for span in split_sentences(text):
        inside = numerals[bisect_left(starts, span[0]):bisect_left(starts, span[1])]
        claims.extend(sentence_claims(text, span, [n for n in inside if n.end <= span[1]]))
    return claims


extract = parse_claims


@dataclass(eq=False)
class Sentence:
    """One sentence of the input with its words, for looking left and right of a number.

    Treated as read-only; not frozen, because a frozen dataclass is several times slower
    to build (and mypyc compiles only plain ones to native classes), and one is built per
    sentence.
    """

    text: str
    span: Span
    words: Tuple[Word, ...]
    starts: Tuple[int, ...]
    #: words that may describe a number: alphabetic, not function words
    content: Tuple[Word, ...] = ()
    content_starts: Tuple[int, ...] = ()
    #: the sentence speaks of a game or a vote ("won", "beat", "vote"): "3-2" is a score
    about_scores: bool = False
    #: a content word names a month: dates may be written here
    names_month: bool = False
    #: every token, lower-cased: a quick miss for stages that look for given words
    vocabulary: FrozenSet[str] = frozenset()
    #: unit lookups memoised by position: several stages ask about the same number
    units_after: Dict[int, Optional[units.UnitMatch]] = field(default_factory=dict)
    units_before: Dict[int, Optional[units.UnitMatch]] = field(default_factory=dict)

    def unit_after(self, pos: int) -> Optional[units.UnitMatch]:
        """The unit that starts right after ``pos`` (units.match_unit_after, memoised)."""
        if pos not in self.units_after:
            self.units_after[pos] = units.match_unit_after(self.text, pos)
        return self.units_after[pos]

    def unit_before(self, pos: int) -> Optional[units.UnitMatch]:
        """The currency marker that ends right before ``pos`` (memoised)."""
        if pos not in self.units_before:
            self.units_before[pos] = units.match_unit_before(self.text, pos)
        return self.units_before[pos]

    def before(self, pos: int, count: int = MAX_PHRASE_WORDS) -> Tuple[Word, ...]:
        """Up to ``count`` words ending at or before ``pos``, nearest last."""
        index = bisect_left(self.starts, pos)
        return self.words[max(0, index - count):index]

    def after(self, pos: int, count: int = MAX_PHRASE_WORDS) -> Tuple[Word, ...]:
        """Up to ``count`` words starting at or after ``pos``."""
        index = bisect_left(self.starts, pos)
        return self.words[index:index + count]

    def gap(self, start: int, end: int) -> str:
        return self.text[start:end]


class Group(NamedTuple):
    """One or two numerals read as one quantity: a number, a range or a ratio."""

    first: Numeral
    last: Numeral
    connector: str = ""
    opener: str = ""
    opener_start: int = -1


def sentence_claims(text: str, span: Span, numerals: List[Numeral]) -> List[Claim]:
    """The claims of one sentence, ``text[span[0]:span[1]]``, given the numerals in it."""
    sentence = make_sentence(text, span)
    numerals = numerals + article_numerals(sentence) + half_numerals(sentence)
    vague = vague_claims(sentence)
    blocked = blocked_test(masked_spans(sentence) + [c.span for c in vague])
    numerals = [n for n in sorted(numerals, key=lambda n: n.start)
                if abs(n.value.adjusted()) <= LARGEST_EXPONENT
                and not blocked(n.start, n.end) and is_quantity(n, sentence)]
    groups = group_numerals(numerals, sentence)
    claims = _outside_earlier(
        [claim for claim in (claim_for(g, sentence) for g in groups) if claim])
    claims = share_coordinated_units(claims, sentence)
    claims = inherit_elided_units(claims, sentence)
    claims = nouns_from_question(claims, sentence)
    claims = merge_composites(claims, sentence)
    claims = below_zero(claims, sentence)
    claims = join_bounds(claims, sentence)
    claims = inherit_in_parentheses(claims, sentence)
    claims = link_changes(claims, sentence)
    claims += factor_claims(sentence)
    return sorted(claims + vague, key=lambda c: c.span)


def _outside_earlier(claims: List[Claim]) -> List[Claim]:
    """Drop a claim that lies inside an earlier one: "$4.82 a dozen" holds "a dozen"."""
    if len(claims) < 2:
        return claims
    kept: List[Claim] = []
    for claim in claims:
        if kept and claim.span[0] < kept[-1].span[1] and claim.span[1] <= kept[-1].span[1]:
            continue
        kept.append(claim)
    return kept


def make_sentence(text: str, span: Span) -> Sentence:
    tokens = tuple(words(text, span[0], span[1]))
    vocabulary = frozenset(w.lower for w in tokens)
    function_words = lexicon.load().function_words
    content = tuple(w for w in tokens if w.lower not in function_words and len(w.text) > 1
                    and w.text.isalpha())
    content_vocabulary = {w.lower for w in content}
    not_claims = lexicon.load().not_claims
    return Sentence(text, span, tokens, tuple(w.start for w in tokens), content,
                    tuple(w.start for w in content),
                    about_scores=not content_vocabulary.isdisjoint(not_claims["score_words"]),
                    names_month=not content_vocabulary.isdisjoint(not_claims["months"]),
                    vocabulary=vocabulary)


def blocked_test(spans: List[Span]) -> Callable[[int, int], bool]:
    """A test "does [start, end) overlap one of ``spans``" in log time, so that a sentence
    with thousands of masked web addresses or vague amounts stays linear.

    >>> blocked = blocked_test([(10, 20), (0, 3)])
    >>> blocked(2, 5), blocked(5, 9), blocked(19, 30), blocked(20, 30)
    (True, False, True, False)
    """
    if not spans:
        return lambda start, end: False
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach: List[int] = []
    for _, end in ordered:
        reach.append(max(end, reach[-1]) if reach else end)

    def blocked(start: int, end: int) -> bool:
        index = bisect_left(starts, end)
        return index > 0 and reach[index - 1] > start

    return blocked


# --- vocabulary keyed by word tuples, built once ------------------------------------------

def _key(phrase: Sequence[str]) -> Tuple[str, ...]:
    """Tokenise a lexicon phrase the way sentences are tokenised."""
    return tuple(w.lower for w in words(" ".join(phrase)))


@lru_cache(maxsize=None)
def hedges_before() -> Phrases:
    return Phrases({_key(p): h for p, h in lexicon.load().hedges_before.items()})


@lru_cache(maxsize=None)
def hedges_after() -> Phrases:
    return Phrases({_key(p): h for p, h in lexicon.load().hedges_after.items()})


class Phrases(Dict[Tuple[str, ...], Hedge]):
    """A phrase table keyed by word tuples, with its edge words for a quick miss."""

    def __init__(self, table: Dict[Tuple[str, ...], Hedge]) -> None:
        super().__init__(table)
        self.first_words = frozenset(phrase[0] for phrase in table)
        self.last_words = frozenset(phrase[-1] for phrase in table)


def longest_phrase_before(sentence: Sentence, pos: int,
                          table: Phrases) -> Optional[Tuple[Word, ...]]:
    """The longest phrase of ``table`` that ends right before ``pos`` (only space between)."""
    before = sentence.before(pos)
    if not before or before[-1].lower not in table.last_words:
        return None
    if sentence.gap(before[-1].end, pos).strip():
        return None
    for size in range(len(before), 0, -1):
        tail = before[-size:]
        if tuple(w.lower for w in tail) in table:
            return tail
    return None


def longest_phrase_after(sentence: Sentence, pos: int,
                         table: Phrases) -> Optional[Tuple[Word, ...]]:
    """The longest phrase of ``table`` that starts right after ``pos`` (only space between)."""
    after = sentence.after(pos)
    if not after or after[0].lower not in table.first_words:
        return None
    if sentence.gap(pos, after[0].start).strip():
        return None
    for size in range(len(after), 0, -1):
        head = after[:size]
        if tuple(w.lower for w in head) in table:
            return head
    return None


# --- stage 2: vague amounts and masks -----------------------------------------------------

#: scale words that may follow a currency code after the number: "75 USD million"
_CODE_SCALES = {"thousand": Decimal(1000), "million": Decimal(10) ** 6,
                "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}
_VAGUE_SCALES = {"hundred": Decimal(100), "thousand": Decimal(1000), "million": Decimal(10) ** 6,
                 "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12, "dozen": Decimal(12)}


@lru_cache(maxsize=None)
def vague_matcher() -> "re.Pattern[str]":
    """One regex for every vague.txt pattern, longest first; group ``v<i>`` names the row."""
    # "a few hundred thousand": "hundred" may take a larger scale word after it
    scale = (r"(?:hundred(?:\s+(?:thousand|million|billion))?|"
             + "|".join(w for w in _VAGUE_SCALES if w != "hundred") + ")")
    alternatives = []
    for index, row in enumerate(lexicon.load().vague):
        parts = [re.escape(part).replace(re.escape("{scale}"), scale) for part in row.words]
        alternatives.append(f"(?P<v{index}>" + r"\s+".join(parts) + ")")
    return re.compile(r"(?<![\w\d,.])\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def vague_keys() -> List[FrozenSet[str]]:
    """Per vague.txt row, the words one of which must be in a sentence for the row to match:
    the scale words for a row with ``{scale}``, else the row's first word."""
    scales = frozenset(_VAGUE_SCALES)
    keys = []
    for row in lexicon.load().vague:
        scaled = [part for part in row.words if "{scale}" in part]
        if scaled:
            keys.append(frozenset(scaled[0].replace("{scale}", scale) for scale in scales))
        else:
            keys.append(frozenset([row.words[0].lower()]))
    return keys


def vague_claims(sentence: Sentence) -> List[Claim]:
    """Claims for vague amounts: "thousands of", "a few hundred", "tens of thousands"."""
    claims: List[Claim] = []
    if all(sentence.vocabulary.isdisjoint(key) for key in vague_keys()):
        return claims
    rows = lexicon.load().vague
    start, end = sentence.span
    for found in vague_matcher().finditer(sentence.text, start, end):
        if _number_before(sentence, found.start()):
            continue
        row = rows[int(next(name for name, value in found.groupdict().items() if value)[1:])]
        lowered = found.group().lower()
        scale = max((factor for word, factor in _VAGUE_SCALES.items() if word in lowered),
                    default=Decimal(1))
        if _COMPOUND_SCALE.search(lowered):
            scale *= 100
        claim_end = found.end()
        unit, dimension, unit_text = "", "dimensionless", ""
        if lowered.endswith(" of"):
            claim_end = found.start() + len(found.group()[:-3].rstrip())
        of_word = sentence.after(claim_end, 1)
        if of_word and of_word[0].lower == "of":
            unit, dimension, unit_text, claim_end = _unit_after_of(
                sentence, of_word[0].end, claim_end)
        elif not lowered.endswith("s"):
            unit, dimension, unit_text, claim_end = _unit_after_of(sentence, claim_end, claim_end)
        if unit == "pound" and scale >= _VAGUE_SCALES["million"] and not any(
                w.lower == "of" for w in sentence.after(claim_end, 1)):
            unit, dimension = "GBP", "currency"  # "tens of millions of pounds" is money
        low = row.low * scale
        high = row.high * scale if row.high is not None else None
        claims.append(finish_claim(
            sentence, start=found.start(), end=claim_end, low=low, high=high,
            kind="range" if high is not None else "lower", qualifier="", precision=None,
            vague=True, unit=unit, dimension=dimension, unit_text=unit_text))
    return claims


_COMPOUND_SCALE = re.compile(r"hundred\s+(?:thousand|million|billion)")


def _number_before(sentence: Sentence, pos: int) -> bool:
    """ "two thousands" is not vague: a number word or digit right before."""
    before = sentence.before(pos, 1)
    return bool(before) and (before[-1].text[0].isdigit() or before[-1].lower in
                             ("one", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine", "ten", "a", "an"))


def _unit_after_of(sentence: Sentence, of_end: int, end: int) -> Tuple[str, str, str, int]:
    """The unit or counted noun after "thousands of": (unit, dimension, unit text, end)."""
    unit = sentence.unit_after(of_end)
    if unit and unit.dimension != "count":
        return unit.unit, unit.dimension, unit.text, unit.end
    noun = counted_noun(sentence, of_end, None)
    if noun:
        return units.singular(noun.text), "count", noun.text, noun.end
    return "", "dimensionless", "", end


def masked_spans(sentence: Sentence) -> List[Span]:
    """Spans of phone numbers, numeric dates, season years and web addresses: never
    quantities."""
    start, end = sentence.span
    spans = [m.span() for m in _MASKS.finditer(sentence.text, start, end)]
    spans += [m.span() for m in _SEASON.finditer(sentence.text, start, end)]
    if not sentence.vocabulary.isdisjoint(_WEB_WORDS):
        spans += [m.span() for m in _WEB_ADDRESS.finditer(sentence.text, start, end)]
    if sentence.about_scores:
        spans += [m.span() for m in _SCORE.finditer(sentence.text, start, end)]
    if sentence.names_month:
        spans += [m.span() for m in date_matcher().finditer(sentence.text, start, end)]
    return spans


@lru_cache(maxsize=None)
def clock_matcher() -> "re.Pattern[str]":
    """What follows a clock time: "11 a.m.", "10.45pm", "0401 GMT", "5 o'clock"."""
    zones = "|".join(sorted((re.escape(w) for w in lexicon.load().not_claims["time_words"]),
                            key=len, reverse=True))
    return re.compile(
        rf"""
        [ ]?[ap]\.?[ ]?m\b\.?        # a.m., pm, p.m
        | [ ](?:{zones})(?![\w'])     # time zones and o'clock, from not_claims.txt
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@lru_cache(maxsize=None)
def date_matcher() -> "re.Pattern[str]":
    """Calendar dates written with a month name: "Sept. 20-24", "July 4, 2016", "17 Jan"."""
    months = sorted((m.rstrip(".") for m in lexicon.load().not_claims["months"]), key=len,
                    reverse=True)
    month = r"(?:" + "|".join(months) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    # a date starts with a digit or a month's first letter: a quick miss everywhere else
    first = "".join(sorted({m[0] for m in months} | set("0123456789")))
    return re.compile(
        rf"""
        (?=[{first}])(?:
        \b{month}[ ]{day}(?:[-\N{{EN DASH}}]\d{{1,2}})?(?:,?[ ]\d{{4}})?(?!\w)   # Sept. 20-24, 2019
        | \b{day}(?:[-\N{{EN DASH}}]\d{{1,2}})?[ ](?:of[ ])?{month}   # 17 Jan, 17-19 of May
          (?:,?[ ]\d{{4}})?(?!\w)                                     # ... 2025
        )""",
        re.VERBOSE | re.IGNORECASE,
    )


#: words after "a year", "a month" that make it a point in time: "than a year ago"
_AGO_WORDS = frozenset("ago earlier later before previously".split())


def article_numerals(sentence: Sentence) -> List[Numeral]:
    """ "a"/"an" read as one after a bound or hedge and before a unit: "more than a year"."""
    found: List[Numeral] = []
    if "a" not in sentence.vocabulary and "an" not in sentence.vocabulary:
        return found
    for word in sentence.words:
        if word.lower not in ("a", "an"):
            continue
        if not longest_phrase_before(sentence, word.start, hedges_before()):
            continue
        unit = sentence.unit_after(word.end)
        if unit is None or unit.dimension == "count" or (
                unit.dimension == "currency" and not unit.text[:1].isalpha()):
            continue  # "more than a euro", but "exceeds a $4 billion" has its own number
        following = sentence.after(unit.end, 1)
        if following and following[0].lower in _AGO_WORDS:
            continue  # "higher than a year ago" says when
        found.append(Numeral(value=Decimal(1), start=word.start, end=word.end, text=word.text,
                             base=Decimal(1), scale=Decimal(1), precision=Decimal(1),
                             spelled=True, fraction=False, negative=False))
    return found


_HALVES = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}


def half_numerals(sentence: Sentence) -> List[Numeral]:
    """ "half a litre", "half an hour", "a half-mile walk", "quarter-litre": a fraction
    before a unit (numerals.py reads "half a million" and "half of" itself)."""
    found: List[Numeral] = []
    if sentence.vocabulary.isdisjoint(_HALVES):
        return found
    for index, word in enumerate(sentence.words):
        value = _HALVES.get(word.lower)
        if value is None:
            continue
        end = word.end
        article = sentence.words[index + 1] if index + 1 < len(sentence.words) else None
        if (article is not None and article.lower in ("a", "an") and word.lower == "half"
                and sentence.gap(word.end, article.start) == " "):
            end = article.end
        elif sentence.gap(word.end, word.end + 1) != "-":
            continue
        unit = sentence.unit_after(end)
        if unit is None or unit.dimension in ("count", "currency") or (
                end == word.end and unit.dimension == "time"):
            continue  # "half-year results" name a period
        found.append(Numeral(value=value, start=word.start, end=end,
                             text=sentence.text[word.start:end], base=value, scale=Decimal(1),
                             precision=None, spelled=True, fraction=True, negative=False))
    return found


# --- stage 3: numbers that are not quantities ---------------------------------------------

def is_quantity(numeral: Numeral, sentence: Sentence) -> bool:
    """False for dates, clock times, labels, names and years."""
    words_set = lexicon.load().not_claims
    before = sentence.before(numeral.start, 3)
    after = sentence.after(numeral.end, 3)
    prev = before[-1].lower if before else ""
    prev2 = (before[-2].lower + before[-1].lower) if len(before) > 1 else prev
    nxt = after[0].lower if after else ""
    small_integer = (not numeral.spelled and numeral.scale == 1 and "." not in numeral.text
                     and numeral.value == int(numeral.value) and 0 < numeral.value <= 31)
    month_after = nxt in words_set["months"] and (after[0].text != "may" or prev == "on")
    if small_integer and (prev in words_set["months"] or prev2 in words_set["months"]
                          or month_after or prev in words_set["weekdays"]):
        return False
    if _follows_month_day(numeral, before, words_set["months"]):
        return False
    if clock_matcher().match(sentence.text, numeral.end) and not numeral.spelled \
            and numeral.scale == 1:
        return False
    if prev in words_set["label_words"] or prev2 in words_set["label_words"] or prev == "#" \
            or (before and before[-1].text == "No"):  # "No 10 said", not "no 10 people"
        if numeral.scale == 1 and not sentence.unit_before(numeral.start):
            return False
    if _name_with_number(numeral, before, sentence):
        return False
    has_unit = (sentence.unit_before(numeral.start)
                or sentence.unit_after(numeral.end))
    if has_unit:
        return True
    if _after_name(numeral, before, sentence) or _restated_or_dotted(numeral, sentence):
        return False
    if _before_name(numeral, after, sentence):
        return False
    hedge = longest_phrase_before(sentence, numeral.start, hedges_before())
    if hedge is not None:
        # "through at least 2025", "until as late as 2030": the hedge bounds a year
        year_word = sentence.before(hedge[0].start, 1)
        if year_word and year_word[-1].lower in _YEAR_BEFORE_HEDGE:
            hedge = None
    return not _is_year(numeral, before, after, hedge is not None)


#: capitals glued after a small number that make it a name: "5G", "3D"
_NAME_LETTERS = re.compile(r"[GD](?![^\W_])")


def _name_with_number(numeral: Numeral, before: Sequence[Word], sentence: Sentence) -> bool:
    """ "5G", "3D", "the under-21 team", "over-50s", "Boeing 787-9": a number inside a name."""
    start, text = numeral.start, sentence.text
    if text[start - 1:start] != "-" and text[numeral.end:numeral.end + 1] not in ("G", "D"):
        return False
    if numeral.spelled or numeral.scale != 1 or not numeral.text.isdigit():
        return False
    if len(numeral.text) <= 2 and _NAME_LETTERS.match(sentence.text, numeral.end):
        return True
    if sentence.gap(start - 1, start) != "-" or len(before) < 2:
        return False
    word = before[-2]
    if word.lower in ("under", "over") and word.end == start - 1:
        return not sentence.unit_after(numeral.end)  # an age group, not a bound
    return (word.text.isdigit() and word.end == start - 1 and len(before) > 2
            and before[-3].text[:1].isupper() and before[-3].text.isalpha()
            and before[-3].lower not in lexicon.load().function_words)


def _glued_million(sentence: Sentence, unit: Optional[units.UnitMatch]) -> bool:
    """ "4.1m passengers", "35m of its devices": a glued m before a word means million."""
    if unit is None or unit.text not in ("m", "M"):
        return False
    if sentence.gap(unit.start - 1, unit.start).isspace():
        return False
    following = sentence.after(unit.end, 1)
    if not following or sentence.gap(unit.end, following[0].start) != " ":
        return False
    word = following[0]
    if word.lower in lexicon.load().function_words:
        return word.lower == "of"  # "35m of its devices", but "1m is equal to 10 dm"
    return word.text.islower() and (word.lower.endswith("s") or word.lower in _PLURAL_NOUNS
                                    or units.is_unit_word(word.lower))


def _age_apposition(numeral: Numeral, sentence: Sentence) -> bool:
    """ "Senard, 65, now faces": a bare number set off by commas after a name is an age."""
    if numeral.spelled or numeral.scale != 1 or not numeral.text.isdigit():
        return False
    if not 1 <= numeral.value < 120:
        return False
    before = sentence.before(numeral.start, 2)
    return (len(before) == 2 and before[-1].text == "," and before[-2].text[:1].isupper()
            and sentence.gap(numeral.end, numeral.end + 1) == ",")


def _refers_back(numeral: Numeral, sentence: Sentence) -> bool:
    """ "the two nations", "these three men": a small number in words naming a known group."""
    before = sentence.before(numeral.start, 1)
    return (numeral.spelled and not numeral.fraction and abs(numeral.value) < SMALLEST_BARE_SPELLED
            and bool(before) and before[-1].lower in ("the", "these", "those", "both"))


def _bare_small_word(numeral: Numeral, sentence: Sentence) -> bool:
    """ "the bottom three", "each one": a small number in words with nothing it counts."""
    if not numeral.spelled or numeral.fraction or numeral.scale > 1 or numeral.negative:
        return False  # "minus five" is a value, never a pronoun
    if abs(numeral.value) >= SMALLEST_BARE_SPELLED:
        return False
    if all(numeral.start <= w.start < numeral.end or not w.text.isalnum()
           for w in sentence.words):
        return False  # the whole input is this number: a table cell, a caption
    after = sentence.after(numeral.end, 1)
    if after and after[0].lower == "of":
        return False
    if _alternative_with_unit(sentence, numeral.end):
        return False  # "eight or nine euros", "two or three days"
    end = numeral.end
    return not (sentence.gap(end, end + 1) == "-" and not sentence.gap(end + 1, end + 2).isalnum())


def _after_age_word(sentence: Sentence, start: int) -> bool:
    """ "aged 30", "ages 18 to 34", "at the age of 87": a bare number after "age" is years."""
    before = sentence.before(start, 2)
    if not before:
        return False
    if before[-1].lower in ("aged", "age", "ages"):
        return True
    return len(before) == 2 and before[-1].lower == "of" and before[-2].lower == "age"


def _alternative_with_unit(sentence: Sentence, end: int) -> bool:
    """An "or" and a number that has a unit or a noun follow: "eight or nine euros"."""
    after = sentence.after(end, 2)
    if len(after) < 2 or after[0].lower != "or":
        return False
    if parse_number(after[1].text) is None:
        return False
    return bool(sentence.unit_after(after[1].end)) or counted_noun(
        sentence, after[1].end, None) is not None


def _before_name(numeral: Numeral, after: Sequence[Word], sentence: Sentence) -> bool:
    """ "787 Dreamliner", "11 Pro Max": a bare number right before a capitalised name."""
    if not after or sentence.gap(numeral.end, after[0].start) != " ":
        return False
    word = after[0]
    return (word.text[:1].isupper() and word.lower not in lexicon.load().function_words
            and counted_noun(sentence, numeral.end, numeral.value) is None)


def _follows_month_day(numeral: Numeral, before: Sequence[Word], months: frozenset) -> bool:
    """ "July 4, 2016": a year right after a month and a day."""
    if len(numeral.text) != 4 or not numeral.text.isdigit():
        return False
    lowered = [w.lower for w in before]
    return any(word in months for word in lowered)


def _after_name(numeral: Numeral, before: Sequence[Word], sentence: Sentence) -> bool:
    """ "Boeing 737", "S&P 500", "Fortune 100": a bare number right after a name."""
    if not before or numeral.spelled:
        return False
    prev = before[-1]
    if sentence.gap(prev.end, numeral.start) not in (" ", "-", " -"):
        return False
    if not any(ch.isupper() for ch in prev.text):
        return False
    if prev.lower in lexicon.load().function_words:
        return False
    return not longest_phrase_before(sentence, numeral.start, hedges_before())


def _restated_or_dotted(numeral: Numeral, sentence: Sentence) -> bool:
    """ "forty-five (45)", "Prescott (4)": a bare number alone in brackets restates or labels;
    "ID.3", "v.2": digits after a letter and a dot belong to a name."""
    text = sentence.text
    start, end = numeral.start, numeral.end
    if start and end < len(text) and text[start - 1] == "(" and text[end] == ")":
        return not numeral.spelled
    return start > 1 and text[start - 1] == "." and text[start - 2].isalpha()


def _is_year(numeral: Numeral, before: Sequence[Word], after: Sequence[Word],
             hedged: bool) -> bool:
    """A four-digit number from 1000 to 2199 with no unit, read as a year.

    Before a plural noun it is a count ("2000 people") unless a year word comes first
    ("in 2000 sales rose") or it is a recent, unround year ("1988 sales", "2019 elections").
    """
    if numeral.spelled or numeral.scale != 1 or len(numeral.text) != 4:
        return False
    if not numeral.text.isdigit():
        return False
    if not 1000 <= numeral.value < 2200:
        return False
    prev = before[-1].lower if before else ""
    if hedged:
        return False
    nxt = after[0].text if after else ""
    if nxt == "s" and after[0].start == numeral.end:
        return True
    plural_noun = _is_plural_word(nxt)
    if (len(after) > 1 and after[0].lower in _RANGE_WORDS and after[1].text.isdigit()
            and 2200 <= int(after[1].text) <= numeral.value * 10
            and after[0].start == numeral.end):
        return False  # "1000-5000": the other end is no year, so neither is this one
    if _end_of_counted_range(before, after):
        plural_noun, prev = True, ""
    if not plural_noun or prev in lexicon.load().not_claims["year_words"] or prev == "the":
        return True
    return RECENT_YEARS[0] <= numeral.value <= RECENT_YEARS[1] and numeral.value % 100 != 0


def _is_plural_word(text: str) -> bool:
    return text.isalpha() and text.islower() and (text.endswith("s") or text in _PLURAL_NOUNS)


_RANGE_WORDS = ("to", "and", "-", "\N{EN DASH}")


def _end_of_counted_range(before: Sequence[Word], after: Sequence[Word]) -> bool:
    """ "from 1000 to 2000 hires", "between 1000 and 1500 people": either end of a range
    of four-digit numbers that a plural noun follows."""
    if (len(after) >= 3 and after[0].lower in _RANGE_WORDS and _counted_noun_text(after[2])
            and _not_a_recent_year(after[1].text)):
        return True
    return (len(before) >= 2 and before[-1].lower in _RANGE_WORDS and bool(after)
            and _counted_noun_text(after[0]) and _not_a_recent_year(before[-2].text))


def _counted_noun_text(word: Word) -> bool:
    return _is_plural_word(word.text) and word.lower.rstrip("s") not in _VAGUE_SCALES


def _not_a_recent_year(text: str) -> bool:
    """Digits that are not an unround year of RECENT_YEARS ("2000" and "1500" are not)."""
    if not text.isdigit():
        return False
    value = int(text)
    return not (RECENT_YEARS[0] <= value <= RECENT_YEARS[1] and value % 100 != 0)


# --- stage 4: ranges and ratios -----------------------------------------------------------

def group_numerals(numerals: List[Numeral], sentence: Sentence) -> List[Group]:
    """Join neighbouring numerals into ranges and ratios; the rest stay single."""
    groups: List[Group] = []
    index = 0
    while index < len(numerals):
        first = numerals[index]
        pair = numerals[index + 1] if index + 1 < len(numerals) else None
        joined = join_pair(first, pair, sentence) if pair else None
        if joined is not None:
            groups.append(joined)
            index += 2
        else:
            groups.append(Group(first, first))
            index += 1
    return [g for g in groups if g.connector != "score"]


def _opener(sentence: Sentence, numeral: Numeral) -> Tuple[str, int]:
    """ "between" / "from" right before a numeral (or its currency marker)."""
    start = numeral.start
    currency = sentence.unit_before(start)
    if currency:
        start = currency.start
    before = sentence.before(start, 2)
    if before and before[-1].lower in _RANGE_OPENERS:
        if not sentence.gap(before[-1].end, start).strip():
            return before[-1].lower, before[-1].start
    return "", -1


def join_pair(first: Numeral, second: Numeral, sentence: Sentence) -> Optional[Group]:
    """A Group for "A to B", "A-B", "between A and B", "one in five"; None otherwise."""
    gap_start = first.end
    own_unit = sentence.unit_after(first.end)
    if own_unit and own_unit.end <= second.start:
        gap_start = own_unit.end
    gap = sentence.gap(gap_start, second.start)
    currency = sentence.unit_before(second.start)
    if currency and currency.start >= gap_start:
        gap = sentence.gap(gap_start, currency.start)
    gap_words = tuple(w.lower for w in words(gap))
    if len(gap_words) > 1 and gap_words[0] == "-" and gap.startswith("-"):
        gap_words = gap_words[1:]  # a suspended hyphen: "8- to 16-meter"
    connector_words = _without_hedge(gap_words)
    opener, opener_start = _opener(sentence, first)
    if connector_words in _RATIO_WORDS and not opener:
        if first.value < second.value and not first.fraction and second.value == int(second.value):
            if not own_unit and not currency:
                return Group(first, second, "ratio")
        return None
    connector = _RANGE_CONNECTORS.get("".join(connector_words) if connector_words else "")
    if connector is None:
        return None
    if connector == "and" and opener != "between":
        return None
    if connector == "-" and gap.strip() not in ("-", "\N{EN DASH}", "\N{EM DASH}"):
        return None
    if opener == "from" and _change_before(sentence, opener_start):
        return None
    if own_unit and currency:
        return None
    if own_unit:
        second_unit = sentence.unit_after(second.end)
        if second_unit is None or second_unit.unit != own_unit.unit:
            return None
    first_marker = sentence.unit_before(first.start)
    # "increased by $43.6 billion to $419.2 billion": the change word is before the "$"
    first_start = first_marker.start if first_marker else first.start
    if connector == "to" and _change_before(sentence, first_start) is not None \
            and not _range_of_changes(first, second, own_unit, sentence):
        return None
    if connector in ("-", "to") and not opener and _is_score(first, second, sentence):
        return Group(first, second, "score")
    if connector == "-" and _descending_bare(first, second, sentence):
        return Group(first, second, "score")
    if _shared_scale_value(first, second) >= second.value and not opener:
        return None
    return Group(first, second, connector, opener, opener_start)


def _range_of_changes(first: Numeral, second: Numeral, own_unit: Optional[units.UnitMatch],
                      sentence: Sentence) -> bool:
    """ "rise 30 to 40 per cent", "fell by 1 to 1.5 degrees": the unit written once after
    two close numbers makes a range of changes, not a change and a new level ("rose 2% to
    3,000", "rose $5 to $10")."""
    if own_unit or sentence.unit_before(first.start) or sentence.unit_before(second.start):
        return False
    after = sentence.unit_after(second.end)
    return (after is not None and after.dimension != "currency"
            and 0 < first.value < second.value <= first.value * 10)


def _without_hedge(gap_words: Tuple[str, ...]) -> Tuple[str, ...]:
    """The connector of "to more than": the gap's words before a trailing hedge."""
    table = hedges_before()
    for size in range(len(gap_words), 0, -1):
        if gap_words[-size:] in table:
            return gap_words[:-size]
    return gap_words


def _shared_scale_value(first: Numeral, second: Numeral) -> Decimal:
    """The first end's value, scaled like the second when it has no scale of its own:
    "5 to 6 million" is 5 million to 6 million, "750,000 to 1 million" keeps 750,000."""
    if first.scale == 1 and second.scale > 1 and first.value <= second.base:
        return first.value * second.scale
    return first.value


def _is_score(first: Numeral, second: Numeral, sentence: Sentence) -> bool:
    """ "won 3-2", "the vote was 52 to 48", "2-2 on aggregate": a score, not a claim."""
    if first.spelled or second.spelled or first.scale != 1 or second.scale != 1:
        return False
    if sentence.unit_after(second.end) or sentence.unit_before(first.start):
        return False
    return sentence.about_scores


def _descending_bare(first: Numeral, second: Numeral, sentence: Sentence) -> bool:
    """ "20-19" with no unit: a result or a tally, never a range written high to low."""
    if first.value <= second.value or first.spelled or second.spelled:
        return False
    if first.value != int(first.value) or second.value != int(second.value):
        return False
    return not (sentence.unit_after(second.end) or sentence.unit_before(first.start)
                or counted_noun(sentence, second.end, second.value))


def _change_before(sentence: Sentence, pos: int) -> Optional[lexicon.ChangeWord]:
    """The change word right before ``pos``, allowing "by": "rose 5%", "fell by 3"."""
    before = sentence.before(pos, 2)
    changes = lexicon.load().changes
    if before and before[-1].lower == "by":
        before = before[:-1]
    if not before or before[-1].lower not in changes or not before[-1].text.islower():
        return None
    change = changes[before[-1].lower]
    previous = before[-2] if len(before) > 1 else None
    if previous is not None and previous.lower in ("a", "an", "the"):
        return None
    if change.indirect:
        return None
    if change.adverb and previous is not None and previous.text.isalpha() \
            and previous.lower not in _BE_WORDS:
        return None
    return change


# --- stage 5: the claim ------------------------------------------------------------------

class UnitReading(NamedTuple):
    """What a group measures, and the span the unit words add: "$" before, "drones" after."""

    unit: str = ""
    dimension: str = "dimensionless"
    unit_text: str = ""
    factor: Decimal = Decimal(1)
    start: int = -1
    end: int = -1
    #: a bound between the number and its noun: "50 or more schools"
    inner_hedge: Optional[Tuple[Word, ...]] = None
    #: the number is a factor of change: "3x", "10-fold"
    times: bool = False


class HedgeReading(NamedTuple):
    """How a quantity is bounded or hedged, and the span the hedge words add."""

    kind: str
    qualifier: str
    start: int
    end: int
    strict: bool = False
    below: bool = False


def claim_for(group: Group, sentence: Sentence) -> Optional[Claim]:
    """Build the Claim for one group: values, unit, bounds and hedges, change, span."""
    first, last = group.first, group.last
    reading = read_unit(group, sentence)
    if reading is None:
        return None
    first_end, last_end = group_values(group)
    low: Optional[Decimal] = first_end * reading.factor
    high: Optional[Decimal] = last_end * reading.factor
    kind, qualifier, start = "point", "", min(first.start, reading.start)
    if first is not last and group.connector != "ratio":
        kind = "range"
        ordered = sorted((first_end, last_end))
        low, high = ordered[0] * reading.factor, ordered[1] * reading.factor
        if group.opener:
            start, qualifier = min(start, group.opener_start), group.opener
    hedge = read_hedges(sentence, HedgeReading(kind, qualifier, start, reading.end),
                        reading.dimension, reading.inner_hedge)
    if hedge.kind == "lower":
        high = None
    elif hedge.kind == "upper":
        low = None
    change = _change_for(sentence, hedge.start, hedge.end)
    if reading.times:
        change = Change(change.direction if change else "", "factor")
    return finish_claim(sentence, start=hedge.start, end=hedge.end, low=low, high=high,
                        kind=hedge.kind, qualifier=hedge.qualifier,
                        precision=_precision(first, last, reading.factor), strict=hedge.strict,
                        below=hedge.below, unit=reading.unit, dimension=reading.dimension,
                        unit_text=reading.unit_text, change=change)


def group_values(group: Group) -> Tuple[Decimal, Decimal]:
    """The group's two ends before units: a ratio, a range with a shared scale, a number."""
    first, last = group.first, group.last
    if group.connector == "ratio":
        return first.value / last.value, first.value / last.value
    if first is last:
        return first.value, first.value
    low = _shared_scale_value(first, last)
    if first.negative and not last.negative and low > last.value:
        low = -low
    return low, last.value


def read_unit(group: Group, sentence: Sentence) -> Optional[UnitReading]:
    """The unit of a group: a currency marker before it, a unit or a counted noun after it.

    Returns None when the group turns out not to be a claim ("the two nations", "each one").
    """
    first, last = group.first, group.last
    if group.connector == "ratio":
        return UnitReading(start=first.start, end=last.end)
    number_end, scale = last.end, Decimal(1)
    after = sentence.unit_after(last.end)
    if _glued_million(sentence, after):
        assert after is not None
        number_end, scale = after.end, Decimal(10) ** 6
        after = sentence.unit_after(number_end)
    currency = sentence.unit_before(first.start)
    if currency and currency.scaled and not _written_as_amount(first):
        return None
    if currency and currency.text.isalpha() and sentence.gap(
            max(sentence.span[0], currency.start - 2), currency.start).strip()[-1:].isdigit():
        currency = None  # "17 USD 25": the code is the first number's, not the second's
    if currency:
        if after and after.dimension != "currency":
            return UnitReading(currency.unit, currency.dimension, currency.text,
                               currency.factor * scale, currency.start, number_end)
        return _with_rate(sentence, UnitReading(currency.unit, currency.dimension, currency.text,
                                                currency.factor * scale, currency.start,
                                                number_end))
    if after:
        reading = UnitReading(after.unit, after.dimension, after.text, after.factor * scale,
                              first.start, after.end)
        if after.dimension != "currency":
            return None if _reference_period(sentence, after) else reading
        word = sentence.after(after.end, 1)
        if word and word[0].lower in _CODE_SCALES and after.text.isupper() \
                and sentence.gap(after.end, word[0].start) == " ":
            # "75 USD million": the scale word follows the currency code
            reading = reading._replace(factor=reading.factor * _CODE_SCALES[word[0].lower],
                                       end=word[0].end)
        return _with_rate(sentence, reading)
    if _after_age_word(sentence, group.opener_start if group.opener else first.start):
        return UnitReading("year", "time", "", scale, first.start, number_end)
    comparison = _TIMES_COMPARED.match(sentence.text, number_end) if first is last else None
    if comparison:
        # "three times as many", "10 times more expensive": a factor, like "3x"
        return UnitReading(factor=scale, start=first.start, end=comparison.end("times"),
                           times=True)
    inner = longest_phrase_after(sentence, number_end, hedges_after())
    noun = counted_noun(sentence, inner[-1].end if inner else number_end,
                        last.value * scale)
    single = first is last
    if noun is None and not inner and last.value * scale >= 2:
        noun = _noun_after_of_the(sentence, number_end) or _compound_modifier(
            sentence, first.start, number_end)
    if noun:
        if single and _refers_back(first, sentence):
            return None
        return _with_rate(sentence, UnitReading(units.singular(noun.text), "count", noun.text,
                                                scale, first.start, noun.end, inner))
    if single and _bare_small_word(first, sentence) and not \
            longest_phrase_before(sentence, first.start, hedges_before()):
        return None
    times = _TIMES.match(sentence.text, number_end)
    if single and times:
        return UnitReading(factor=scale, start=first.start, end=times.end(), times=True)
    if single and _age_apposition(first, sentence):
        return UnitReading("year", "time", "", scale, first.start, number_end)
    inches = _INCHES.match(sentence.text, number_end) or _inches_after_feet(
        sentence, first.start, number_end)
    if inches and (inches.group("mark") != '"' or sentence.gap(
            max(sentence.span[0], number_end - _QUOTE_WINDOW), number_end).count('"') % 2 == 0):
        # "2 in thick", "a 9\" plate", "5''": inches, unless the mark closes a quotation
        return UnitReading("inch", "length", inches.group().strip(), scale, first.start,
                           number_end + len(inches.group().rstrip()))
    of_unit = _unit_after_of_a(sentence, number_end) if single and first.fraction else None
    if of_unit is not None:
        # "a tenth of a second", "a quarter of a mile", "1/16 of a pint"
        return UnitReading(of_unit.unit, of_unit.dimension, of_unit.text, scale * of_unit.factor,
                           first.start, of_unit.end)
    bracketed = _BRACKETED_UNIT.match(sentence.text, number_end)
    if bracketed and _BRACKET_PAIRS[bracketed.group("open")] != bracketed.group("close"):
        bracketed = None
    entry = units.lookup_after(bracketed.group("unit")) if bracketed else None
    if bracketed and entry is not None and entry.dimension not in ("currency", "count"):
        # "20 (kg)", "12 [m]": a unit in brackets, as spec sheets and tables write it
        return UnitReading(entry.unit, entry.dimension, bracketed.group(), scale * entry.factor,
                           first.start, bracketed.end())
    return UnitReading(factor=scale, start=first.start, end=number_end)


#: "a 40-year high", "a two-month low": the duration names when, not how much
_REFERENCE_WORDS = frozenset("high highs low lows peak record best worst".split())


def _reference_period(sentence: Sentence, unit: units.UnitMatch) -> bool:
    """ "Inflation hit a 40-year high": a hyphenated duration before "high", "low", "record"."""
    if unit.dimension != "time" or sentence.gap(unit.start - 1, unit.start) != "-":
        return False
    following = sentence.after(unit.end, 1)
    return bool(following) and following[0].lower in _REFERENCE_WORDS \
        and sentence.gap(unit.end, following[0].start) == " "


_OF_A = re.compile(r" of an? (?:US |U\.S\. |imperial )?", re.IGNORECASE)


def _unit_after_of_a(sentence: Sentence, end: int) -> Optional[units.UnitMatch]:
    """The physical unit after "of a" that a fraction measures: "a tenth of a second"."""
    article = _OF_A.match(sentence.text, end)
    if article is None:
        return None
    unit = sentence.unit_after(article.end())
    if unit is None or unit.dimension in ("count", "currency", "percent"):
        return None
    return unit


def _noun_after_of_the(sentence: Sentence, pos: int) -> Optional[Word]:
    """ "35m of its devices", "two of the men": the plural noun after "of" and a determiner."""
    after = sentence.after(pos, 2)
    if (len(after) < 2 or after[0].lower != "of"
            or after[1].lower not in ("the", "its", "their", "his", "her", "our")):
        return None
    noun = counted_noun(sentence, after[1].end, None)
    return noun if noun is not None and _is_plural_noun(noun, frozenset()) else None


def _compound_modifier(sentence: Sentence, start: int, end: int) -> Optional[Word]:
    """ "the 12 page document", "a 3 bedroom flat": after an article, a singular noun and a
    second noun make an unhyphenated compound; the number counts the first one."""
    before = sentence.before(start, 1)
    if not before or before[-1].lower not in ("a", "an", "the"):
        return None
    after = sentence.after(end, 2)
    if len(after) < 2 or sentence.gap(end, after[0].start) != " " \
            or sentence.gap(after[0].end, after[1].start) != " ":
        return None
    function_words = lexicon.load().function_words
    for word in after:
        if (not word.text.isalpha() or not word.text.islower() or word.lower in function_words
                or word.lower.endswith(("ing", "ly", "ed"))):
            return None
    return None if _is_plural_noun(after[0], function_words) else after[0]


def _written_as_amount(numeral: Numeral) -> bool:
    """A scale, a decimal point or a thousands separator: "6m", "2.7", "21,700", not "5"."""
    return numeral.scale > 1 or any(mark in numeral.text for mark in ".,")


def _with_rate(sentence: Sentence, reading: UnitReading) -> UnitReading:
    """Add a rate tail: "$52 a barrel", "4.1m passengers a year"."""
    tail = units.match_per_after(sentence.text, reading.end)
    if tail is None:
        return reading
    unit, dimension = units.compose(reading.unit, tail.unit)
    return reading._replace(unit=unit, dimension=dimension, end=tail.end)


def _after_sub(sentence: Sentence, start: int) -> bool:
    """ "sub-7 nanometre chips", "a sub-$500 phone": a glued "sub-" is a strict upper bound."""
    text = sentence.text
    if text[start - 1:start] != "-" or start - 4 < sentence.span[0] \
            or text[start - 4:start].lower() != "sub-":
        return False
    return start - 4 == sentence.span[0] or not sentence.gap(start - 5, start - 4).isalnum()


def _particle_up(sentence: Sentence, up: Word) -> bool:
    """The "up" of a phrasal verb of movement: "ticked up", "edged up", "went up"."""
    verb = sentence.before(up.start, 1)
    return bool(verb) and verb[-1].lower in _UP_VERBS


def read_hedges(sentence: Sentence, reading: HedgeReading, dimension: str,
                inner: Optional[Tuple[Word, ...]]) -> HedgeReading:
    """Bounds and hedges before the quantity ("up to"), inside it ("50 or more schools")
    and after it ("3,000 or more")."""
    before = longest_phrase_before(sentence, reading.start, hedges_before())
    if before and len(before) == 2 and before[0].lower == "up" \
            and _particle_up(sentence, before[0]):
        before = None  # "ticked up to 3.9%": a change to a new level, not a bound
    if before and before[-1].lower in _TEMPORAL_BOUNDS and dimension == "time" \
            and not sentence.gap(reading.start, reading.end).lower().endswith("old"):
        before = None  # "over ten years" says when, but "over 30 years old" is an age bound
    if not before and reading.kind == "point" and _after_sub(sentence, reading.start):
        return HedgeReading("upper", "sub", reading.start - 4, reading.end, True)
    if before:
        words_said = " ".join(w.lower for w in before)
        if reading.kind == "range":
            reading = reading._replace(start=before[0].start,
                                       qualifier=f"{words_said} {reading.qualifier}")
        else:
            hedge = hedges_before()[tuple(w.lower for w in before)]
            reading = HedgeReading(hedge.kind, words_said, before[0].start, reading.end,
                                   hedge.strict, hedge.below)
    if inner and reading.kind in ("point", "approx"):
        hedge = hedges_after()[tuple(w.lower for w in inner)]
        reading = reading._replace(kind=hedge.kind, strict=hedge.strict, below=hedge.below,
                                   qualifier=" ".join(w.lower for w in inner))
    after = (longest_phrase_after(sentence, reading.end, hedges_after())
             if reading.kind in ("point", "approx") else None)
    if after:
        hedge = hedges_after()[tuple(w.lower for w in after)]
        start = reading.start
        if reading.kind == "approx" and hedge.kind != "approx" and before:
            start = before[-1].end + 1
        reading = HedgeReading(hedge.kind, " ".join(w.lower for w in after), start,
                               after[-1].end, hedge.strict, hedge.below)
    return reading


def _precision(first: Numeral, last: Numeral, factor: Decimal) -> Optional[Decimal]:
    steps = [n.precision for n in (first, last) if n.precision is not None]
    return max(steps) * factor if steps else None


def counted_noun(sentence: Sentence, pos: int, value: Optional[Decimal]) -> Optional[Word]:
    """The noun a number counts: "3,000 drones", "600 Shahed drones", "one solution"."""
    function_words = lexicon.load().function_words
    months = lexicon.load().not_claims["months"]
    after = sentence.after(pos, 6)
    if after and after[0].start == pos and after[0].text == "-":
        if value is not None and value != value.to_integral_value():
            return None  # "6.0-sigma", "a 2.5-star review": a measure, not a count
        return _hyphenated_noun(sentence, after, function_words, months)
    if not after or sentence.gap(pos, after[0].start) not in (" ", "-", "\N{NO-BREAK SPACE}"):
        return None
    singular_ok = value is not None and abs(value) == 1
    hyphenated = sentence.gap(pos, after[0].start) == "-"
    compound_end = -1
    for index, word in enumerate(after):
        if index >= 4 and compound_end < 0:
            break  # a compound adjective may stretch the look-ahead by its two extra tokens
        lowered = word.lower
        if lowered in _NOUN_MODIFIERS or word.text == "-" \
                or _in_designation(sentence, after, index):
            continue
        if index <= compound_end:
            continue
        if (index + 2 < len(after) and after[index + 1].text == "-"
                and after[index + 1].start == word.end == after[index + 2].start - 1
                and word.text.isalpha() and parse_number(word.text) is None):
            # a compound adjective: "14 first-team players", "two gas-only engines"
            compound_end = index + 2
            continue
        if not word.text.isalpha() or lowered in function_words or lowered in months:
            return None
        if lowered.endswith(("ing", "ly", "ed")):
            continue
        plural = lowered in _PLURAL_NOUNS or (lowered.endswith("s") and not lowered.endswith("ss")
                                              ) or units.is_men_plural(lowered)
        if plural or ((singular_ok or hyphenated) and word.text.islower()):
            following = sentence.after(word.end, 1)
            if (following and following[0].lower in _DETERMINERS
                    and not units.match_per_after(sentence.text, word.end)):
                return None
            if following and _is_plural_noun(following[0], function_words) \
                    and sentence.gap(word.end, following[0].start) == " " \
                    and plural and not _verb_before_object(sentence, following[0]):
                return following[0]  # "2,911 measles cases": the last noun is the head
            return word
    return None


def _in_designation(sentence: Sentence, after: Sequence[Word], index: int) -> bool:
    """A model designation between a number and its noun: the "2" of "14 Challenger 2
    tanks", the "4x4" of "two 4x4 vehicles", the "16" of "14 F-16 jets"."""
    word = after[index]
    if not word.text.isalnum():
        return False
    glued = [after[i] for i in (index - 1, index + 1) if 0 <= i < len(after)
             and (after[i].end == word.start or after[i].start == word.end)]
    if any(w.text.isalnum() and (w.text.isdigit() or word.text.isdigit()) for w in glued):
        return True  # "4x4", "V8": letters and digits written together
    if not word.text.isdigit():
        return False
    if index + 1 < len(after) and after[index + 1].text[:1].isupper() \
            and after[index + 1].text.isalpha():
        return True  # "two new 737 Max jets"
    if index == 0:
        return False
    name = after[index - 1]
    return name.text[:1].isupper() or (name.text == "-" and index > 1
                                       and after[index - 2].text[:1].isupper())


def _verb_before_object(sentence: Sentence, word: Word) -> bool:
    """ "19 fouls proves it": a word ending in -s before a pronoun or an article is a verb."""
    following = sentence.after(word.end, 1)
    return bool(following) and following[0].lower in _OBJECT_WORDS


def _hyphenated_noun(sentence: Sentence, after: Sequence[Word], function_words: frozenset,
                     months: frozenset) -> Optional[Word]:
    """The noun glued by a hyphen: "a 12-member jury", "a four-cylinder engine" count members
    and cylinders; only the word right after the hyphen may be it ("a one-sided game")."""
    if len(after) < 2 or after[1].start != after[0].end:
        return None
    word = after[1]
    lowered = word.lower
    if (not word.text.isalpha() or not word.text.islower() or lowered in function_words
            or lowered in months or lowered in _HYPHEN_IDIOMS
            or lowered.endswith(("ing", "ly", "ed"))):
        return None
    following = sentence.after(word.end, 1)
    if following and sentence.gap(word.end, following[0].start) == "-":
        return None  # "a 30-year-old", "a two-for-one": a longer compound
    return word


def _is_plural_noun(word: Word, function_words: frozenset) -> bool:
    """A lower-case plural noun: "cases", "people"."""
    lowered = word.lower
    if not (word.text.isalpha() and word.text.islower()) or lowered in function_words:
        return False
    return lowered in _PLURAL_NOUNS or (lowered.endswith("s") and not lowered.endswith("ss"))


def _change_for(sentence: Sentence, start: int, end: int) -> Optional[Change]:
    """ "rose 5%" (delta), "fell from 10" (from), "a 5% increase" (delta)."""
    before = sentence.before(start, 2)
    role = "delta"
    if before and before[-1].lower in ("from", "to"):
        role = before[-1].lower
        start = before[-1].start
    word = _change_before(sentence, start)
    if word is not None:
        return Change(word.direction, role)
    if before and before[-1].lower in ("by", "of", "from", "to"):
        word = _change_verb_in_clause(sentence, before[-1].start)
        if word is not None:
            return Change(word.direction, role if role in ("from", "to") else "delta")
    after = sentence.after(end, 1)
    changes = lexicon.load().changes
    adverbs = ("up", "down", "higher", "lower")
    if after and after[0].lower in changes and after[0].lower not in adverbs:
        if not sentence.gap(end, after[0].start).strip():
            return Change(changes[after[0].lower].direction, "delta")
    return None


def _change_verb_in_clause(sentence: Sentence, pos: int) -> Optional[lexicon.ChangeWord]:
    """A change verb a few words back in the same clause: "raised rates by 0.25 points",
    "cut its forecast to 2.9%"; the search stops at punctuation and at other numbers."""
    changes = lexicon.load().changes
    for word in reversed(sentence.before(pos, MAX_PHRASE_WORDS)):
        if not word.text.isalpha() or word.lower in ("and", "but", "while", "which"):
            return None
        change = changes.get(word.lower)
        if change is not None and change.factor is None and word.text.islower():
            return change
    return None


def _joined(sentence: Sentence, left: Claim, right: Claim, joiners: Sequence[str]) -> bool:
    """True when only one of ``joiners`` (or nothing) stands between two claims."""
    gap = sentence.gap(left.span[1], right.span[0]).strip().lower()
    return gap in joiners


def nouns_from_question(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "how many drones Russia has acquired, ranging from 600 to 3,000": bare numbers
    count the noun of "how many" or "the number of" in their sentence."""
    if not any(_counts_something(c) for c in claims):
        return claims
    noun = _asked_noun(sentence)
    if noun is None:
        return claims
    return [replace(c, unit=units.singular(noun.text), dimension="count")
            if _counts_something(c) else c for c in claims]


def _counts_something(claim: Claim) -> bool:
    """A bare whole number (not a fraction, not a factor) that could count a noun."""
    if claim.unit or (claim.change is not None and claim.change.role == "factor"):
        return False
    ends = [end for end in (claim.low, claim.high) if end is not None]
    return bool(ends) and all(end == end.to_integral_value() and end >= 1 for end in ends)


def _asked_noun(sentence: Sentence) -> Optional[Word]:
    """The plural noun after "how many" or "number of", if the sentence has one."""
    tokens = sentence.words
    for index in range(len(tokens) - 2):
        pair = (tokens[index].lower, tokens[index + 1].lower)
        if pair in (("how", "many"), ("number", "of")):
            return counted_noun(sentence, tokens[index + 1].end, None)
    return None


def share_coordinated_units(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "5 and 6 kg", "5 or 6 km": a bare number takes the unit of the next one."""
    shared = list(claims)
    for index in range(len(shared) - 2, -1, -1):
        claim, following = shared[index], shared[index + 1]
        if (not claim.unit and following.unit and claim.change is None
                and claim.kind in ("point", "approx")
                and (following.dimension != "count" or _suspended(sentence, claim)
                     or _joined(sentence, claim, following, ("or",)))
                and _coordinated(sentence, claim, following)):
            shared[index] = replace(claim, unit=following.unit, dimension=following.dimension)
    return shared


def inherit_elided_units(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """A bare number whose unit or noun is left out takes it from its neighbour:
    "435 homes by open sale and 187 by tender" (the noun before, after a connective from
    grammar_words.txt), "30 of 35 drones", "280 million of the 1.5 billion shekels" (the
    noun after "of")."""
    if len(claims) < 2:
        return claims
    result = list(claims)
    for index, claim in enumerate(result):
        if claim.unit or claim.value is None or (claim.change and claim.change.role == "factor"):
            continue
        whole = _counts_something(claim)
        if not whole and (claim.precision is None or " in " in claim.text
                          or " of " in claim.text):
            continue  # "a third", "one in five": a share of a group has no unit
        following = result[index + 1] if index + 1 < len(result) else None
        if (whole and following is not None and following.unit
                and following.dimension in ("count", "currency")
                and following.low is not None and claim.high is not None
                and following.low > claim.high and _of_the(sentence, claim, following)):
            result[index] = replace(claim, unit=following.unit, dimension=following.dimension)
            continue
        previous = result[index - 1] if index else None
        if (previous is not None and previous.unit and (whole or previous.dimension != "count")
                and (claim.change is None or claim.change.role == "from" or (
                    claim.change.role == "delta" and previous.change is not None
                    and previous.change.role == "delta"))
                and previous.dimension not in ("percentage_point", "basis_point")
                and _after_connective(sentence, previous, claim)):
            result[index] = replace(claim, unit=previous.unit, dimension=previous.dimension)
    return result


def _of_the(sentence: Sentence, claim: Claim, following: Claim) -> bool:
    """Only "of", "of the", "of its", "out of" between the two claims."""
    gap = [w.lower() for w in sentence.gap(claim.span[1], following.span[0]).split()]
    if gap in (["of"], ["out", "of"]):
        return True
    if not gap or gap[0] != "of" or len(gap) > 3:
        return False
    rest = gap[1:]
    if rest and rest[0] in ("the", "its", "their"):
        rest = rest[1:]
    # "10,000 of the firm's 30,000 workers"
    possessive = ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")
    return not rest or (len(rest) == 1 and rest[0].endswith(possessive))


def _after_connective(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """The bare number follows a connective ("and", "including", "compared with", "up from")
    with no other number in between, and no noun or "of" follows it."""
    before = sentence.before(claim.span[0], 2)
    if not before or before[-1].start < previous.span[1]:
        return False
    if (claim.change is not None and claim.change.role == "delta" and previous.change is not None
            and previous.change.role == "delta"):
        # "rose 2 percent but fell by 1": a connective earlier in the clause will do
        between = [w.lower for w in sentence.before(claim.span[0], MAX_PHRASE_WORDS)
                   if w.start >= previous.span[1]]
        return (not _ELLIPSIS_CONNECTIVES.isdisjoint(between)
                and _comparable(previous, claim))
    word = before[-1].lower
    pair = (before[-2].lower if len(before) > 1 else "", word)
    if word not in _ELLIPSIS_CONNECTIVES and pair not in (
            ("compared", "with"), ("compared", "to"), ("up", "from"), ("down", "from"),
            ("of", "which"), ("of", "whom"), ("of", "them")):
        return False
    if pair[1] == "from" and previous.dimension in ("percent", "dimensionless"):
        return False
    if not _comparable(previous, claim):
        return False
    after = sentence.after(claim.span[1], 1)
    if after and after[0].lower in _SUBJECT_VERBS and previous.dimension != "count":
        return False  # "$4.25 and 32 is the limit", but "two people died and 15 were hurt"
    return not (after and after[0].lower in _NOT_ELIDED_BEFORE)


#: words after a bare number that say it is not an elided amount: "3 of", "4 times",
#: "3 )" (a list label)
_NOT_ELIDED_BEFORE = frozenset("of per percent % times )".split())
#: a verb after a bare number makes it a new subject, which only a count may leave out
_SUBJECT_VERBS = frozenset("is was are were has have had".split())


def _comparable(previous: Claim, claim: Claim) -> bool:
    """Parallel amounts are of a size: "435 homes ... and 187", not "two years and 95,800"."""
    ends = [abs(v) for v in (previous.high, previous.low, claim.high, claim.low) if v is not None]
    if len(ends) < 2 or any(v == 0 for v in ends):
        return False
    return max(ends) <= min(ends) * 100


def _suspended(sentence: Sentence, claim: Claim) -> bool:
    """A hyphen left hanging after the number: "a 7- or 8-inch screen", "four-, six-"."""
    end = claim.span[1]
    return sentence.gap(end, end + 1) == "-" and not sentence.gap(end + 1, end + 2).isalnum()


def _coordinated(sentence: Sentence, claim: Claim, following: Claim) -> bool:
    """ "5 and 6 kg", "5 or 6 km"; with a suspended hyphen also lists: "four-, five- and"."""
    if not _suspended(sentence, claim):
        return _joined(sentence, claim, following, ("and", "or"))
    gap = sentence.gap(claim.span[1] + 1, following.span[0]).strip().lower()
    return gap in ("and", "or", ",", ", and", ", or")


def merge_composites(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "7 feet 10 inches", "2 km and 1 meter": one value in the smaller unit."""
    merged: List[Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        minor = _minor_amount(previous, claim, sentence) if previous is not None else None
        if previous is not None and minor is not None:
            assert previous.value is not None
            amount = previous.value + minor
            merged[-1] = replace(previous, text=sentence.text[previous.span[0]:claim.span[1]],
                                 span=(previous.span[0], claim.span[1]), value=amount,
                                 low=None if previous.kind == "upper" else amount,
                                 high=None if previous.kind == "lower" else amount,
                                 precision=claim.precision if claim.unit_text
                                 else Decimal("0.01"))
            continue
        if (previous is not None and previous.kind == claim.kind == "point"
                and previous.dimension == claim.dimension and previous.unit != claim.unit
                and " / " not in previous.unit + claim.unit  # "50 mph, 80 km/h" are two
                and previous.dimension not in ("currency", "count", "dimensionless", "percent",
                                               "temperature")
                and _joined(sentence, previous, claim, ("", ",", "and", ", and"))):
            total = _sum_in(previous, claim)
            if total is not None:
                merged[-1] = replace(claim, text=sentence.text[previous.span[0]:claim.span[1]],
                                     span=(previous.span[0], claim.span[1]), value=total,
                                     low=total, high=total, precision=claim.precision)
                continue
        merged.append(claim)
    return merged


def below_zero(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "10 degrees below zero", "2 below zero": one negative reading, in degrees."""
    if "zero" not in sentence.vocabulary:
        return claims
    result: List[Claim] = []
    for claim in claims:
        previous = result[-1] if result else None
        if (previous is not None and previous.kind == "point" and previous.value is not None
                and previous.value > 0 and claim.kind == "upper" and claim.high == 0
                and claim.text.lower() == "below zero"
                and previous.dimension in ("dimensionless", "temperature", "angle")
                and not sentence.gap(previous.span[1], claim.span[0]).strip()):
            value = -previous.value
            result[-1] = replace(previous, text=sentence.text[previous.span[0]:claim.span[1]],
                                 span=(previous.span[0], claim.span[1]), value=value,
                                 low=value, high=value, unit=previous.unit or "degree",
                                 dimension=previous.dimension if previous.unit else "angle")
            continue
        result.append(claim)
    return result


def _minor_amount(previous: Claim, claim: Claim, sentence: Sentence) -> Optional[Decimal]:
    """What ``claim`` adds to a whole amount of money before it, or None: "3 dollars 50
    cents", "more than 1 dollar and forty-two cents" (cents already converted), "15 dollars
    and 50", "17 USD 25" (a bare two-digit or spelled number closing the phrase)."""
    if (previous.kind not in ("point", "approx", "lower", "upper") or claim.kind != "point"
            or previous.dimension != "currency" or previous.value is None
            or claim.value is None or previous.value != int(previous.value)
            or not _joined(sentence, previous, claim, ("", ",", "and"))):
        return None
    if previous.unit == claim.unit and 0 < claim.value < 1 \
            and not claim.text.startswith(claim.unit_text):  # not "$0.50"
        return claim.value
    if (claim.unit not in ("", previous.unit) or claim.unit_text
            or previous.text.startswith(previous.unit_text)  # "$20 43" is two numbers
            or claim.value != int(claim.value) or not 0 < claim.value < 100
            or not (len(claim.text) == 2 or not claim.text.isdigit())):
        return None
    end = claim.span[1]
    if sentence.gap(end, end + 1).isalnum() or sentence.gap(end, end + 2).strip()[:1].isalnum():
        return None  # "15 dollars and 50 people": the second number goes on
    return claim.value / 100


def _sum_in(bigger: Claim, smaller: Claim) -> Optional[Decimal]:
    """bigger + smaller in the smaller claim's unit, when the first really is bigger."""
    try:
        one = units.scale_factor(bigger.unit, smaller.unit)  # composites hold no temperatures
    except FactcheckError:
        return None
    if one <= 1 or smaller.value is None:
        return None
    total = (bigger.value or Decimal(0)) * one + smaller.value
    return total.quantize(Decimal(1)) if total == total.to_integral_value() else total.normalize()


def join_bounds(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "above 1000 and below 1500", "at most 100 and at least 20": one range."""
    joined: List[Claim] = []
    for claim in claims:
        previous = joined[-1] if joined else None
        if previous is not None and _from_up_to(sentence, previous, claim):
            start = sentence.before(previous.span[0], 1)[0].start
            previous = replace(previous, kind="lower", high=None, qualifier="from",
                               span=(start, previous.span[1]))
        kinds = {previous.kind, claim.kind} if previous else set()
        if (previous is not None and kinds == {"lower", "upper"}
                and (previous.unit == claim.unit or not previous.unit)
                and _joined(sentence, previous, claim, ("and", "but", ",", ", and", ", but")
                            + (("",) if claim.qualifier == "up to" else ()))):
            low = previous.low if previous.kind == "lower" else claim.low
            high = previous.high if previous.kind == "upper" else claim.high
            if low is not None and high is not None and low < high:
                joined[-1] = replace(claim, text=sentence.text[previous.span[0]:claim.span[1]],
                                     span=(previous.span[0], claim.span[1]), value=None,
                                     low=low, high=high, kind="range", strict=False,
                                     qualifier=previous.qualifier + " ... " + claim.qualifier)
                continue
        joined.append(claim)
    return joined


def _from_up_to(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "from $20 up to $90": a point after "from" opens the range that "up to" closes."""
    before = sentence.before(previous.span[0], 1)
    return (previous.kind == "point" and claim.kind == "upper" and claim.qualifier == "up to"
            and bool(before) and before[-1].lower == "from" and previous.change is None)


def inherit_in_parentheses(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "more than 100 kilometers (60 miles)": the conversion shares the bound."""
    result: List[Claim] = []
    for claim in claims:
        previous = result[-1] if result else None
        if (previous is not None and claim.kind == "point" and previous.kind != "point"
                and previous.kind != "range"
                and sentence.gap(previous.span[1], claim.span[0]).strip() == "("):
            value = claim.value
            claim = replace(claim, kind=previous.kind, strict=previous.strict,
                            below=previous.below, qualifier=previous.qualifier,
                            low=None if previous.low is None else value,
                            high=None if previous.high is None else value)
        result.append(claim)
    return result


def link_changes(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "fell from 5.1% to 4.9%", "rose 5% to $10": the "to" number is the new level."""
    linked: List[Claim] = []
    previous: Optional[Claim] = None
    for claim in claims:
        before = sentence.before(claim.span[0], 2)
        if (claim.change is None and previous is not None and previous.change is not None
                and previous.change.role == "delta" and len(before) == 2
                and (before[-2].text, before[-1].lower) == (",", "or")
                and before[-2].start == previous.span[1]):
            # "fell 475 points, or 1.3%, to 37,266": the restatement is the same change
            claim = replace(claim, change=previous.change)
        if (claim.change is None and previous is not None and previous.change is not None
                and before and before[-1].lower in ("to", "from")):
            claim = replace(claim, change=Change(previous.change.direction, before[-1].lower))
            if previous.change.role == "from" and not previous.unit and claim.unit:
                linked[-1] = replace(previous, unit=claim.unit, dimension=claim.dimension)
            elif previous.unit and not claim.unit and previous.dimension not in ("percent",
                                                                                 "currency"):
                claim = replace(claim, unit=previous.unit, dimension=previous.dimension)
        linked.append(claim)
        previous = claim
    return linked


@lru_cache(maxsize=None)
def factor_words() -> FrozenSet[str]:
    """Change words that are factors: "doubled", "halved"."""
    return frozenset(w for w, change in lexicon.load().changes.items()
                     if change.factor is not None)


def factor_claims(sentence: Sentence) -> List[Claim]:
    """ "doubled", "halved", "more than sixfold": the word is a factor of change."""
    changes = lexicon.load().changes
    found: List[Claim] = []
    if sentence.vocabulary.isdisjoint(factor_words()) and not any(
            word.endswith("fold") for word in sentence.vocabulary):
        return found
    for word in sentence.words:
        change = changes.get(word.lower)
        if change is not None and change.factor is not None:
            factor, direction = change.factor, change.direction
        elif word.lower.endswith("fold") and parse_number(word.lower[:-4]) is not None:
            factor, direction = parse_number(word.lower[:-4]) or Decimal(0), ""
        else:
            continue
        hedge = read_hedges(sentence, HedgeReading("point", "", word.start, word.end),
                            "dimensionless", None)
        verb = _change_before(sentence, hedge.start)
        direction = direction or (verb.direction if verb else "")
        found.append(finish_claim(
            sentence, start=hedge.start, end=hedge.end, kind=hedge.kind,
            low=None if hedge.kind == "upper" else factor,
            high=None if hedge.kind == "lower" else factor, qualifier=hedge.qualifier,
            strict=hedge.strict, below=hedge.below, precision=None,
            change=Change(direction, "factor")))
    return found


def finish_claim(sentence: Sentence, *, start: int, end: int, low: Optional[Decimal],
                 high: Optional[Decimal], kind: str, qualifier: str,
                 precision: Optional[Decimal], **fields: object) -> Claim:
    """The Claim record, with its surface, sentence span and context words."""
    value = low if kind in ("point", "approx") else None
    if kind in ("point", "approx"):
        high = low
    if kind == "lower":
        value = low
    elif kind == "upper":
        value = high
    return Claim(text=sentence.text[start:end], span=(start, end), value=value, low=low,
                 high=high, kind=kind, sentence=sentence.span,
                 context=context_words(sentence, start, end), qualifier=qualifier,
                 precision=precision, **fields)  # type: ignore[arg-type]


def context_words(sentence: Sentence, start: int, end: int) -> Tuple[str, ...]:
    """Content words of the sentence, nearest to the claim first.

    Only a window of content words on each side is looked at, so a sentence with
    thousands of numbers costs the same per claim as a short one.
    """
    content = sentence.content
    left = bisect_left(sentence.content_starts, start)
    right = bisect_left(sentence.content_starts, end)
    window = (content[max(0, left - MAX_CONTEXT_WORDS):left]
              + content[right:right + MAX_CONTEXT_WORDS])
    scored = sorted((start - w.end if w.end <= start else w.start - end, w.lower)
                    for w in window)
    seen: Dict[str, None] = {}
    for _, lowered in scored:
        seen.setdefault(lowered, None)
        if len(seen) == MAX_CONTEXT_WORDS:
            break
    return tuple(seen)
