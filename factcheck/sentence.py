"""One sentence as the parser sees it: its words, phrase look-ups to the left and right
of a number, and the Claim record for a span of it."""
from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import Final, Callable, Dict, FrozenSet, List, Optional, Sequence, Tuple

from factcheck import lexicon, units
from factcheck.claims import Change, Claim
from factcheck.lexicon import Hedge
from factcheck.local_currency import place_currency
from factcheck.numerals import parse_number
from factcheck.text import Word, words


Span = Tuple[int, int]

#: most words a hedge phrase or a counted-noun phrase may have
MAX_PHRASE_WORDS: Final = 6

#: content words kept as a claim's context, nearest first
MAX_CONTEXT_WORDS: Final = 12


#: words of a currency that several countries name theirs (local_currency.py's families)
_SHARED_CURRENCY_WORDS: Final = frozenset([
    "pound", "crown", "krone", "peso", "rupee", "dollar", "dinar", "franc", "lira", "riyal",
    "rial", "dirham", "shilling", "kwacha", "manat", "som"])


def _owned_currency(owner: Optional[Word], word: Word) -> Optional[str]:
    """The code of a shared currency word after a country's possessive: "Egypt's pound" is
    EGP, "Norway's crown" NOK; else None."""
    if owner is None or word.lower not in _SHARED_CURRENCY_WORDS \
            or not owner.text.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")):
        return None
    return place_currency(owner.text[:-2])


class Sentence:
    """One sentence of the input with its words, for looking left and right of a number.

    Treated as read-only.  One is built per sentence, so it is a plain class rather than a
    dataclass: mypyc compiles this ``__init__``, while a dataclass's is made at run time
    and stays interpreted (and a frozen one is several times slower still).
    """

    def __init__(self, text: str, span: Span, words: Tuple[Word, ...], starts: Tuple[int, ...],
                 content: Tuple[Word, ...] = (), content_starts: Tuple[int, ...] = (),
                 about_scores: bool = False, names_month: bool = False,
                 vocabulary: FrozenSet[str] = frozenset(), title_case: bool = False,
                 local_markers: FrozenSet[str] = frozenset(), all_caps: bool = False) -> None:
        self.text = text
        self.span = span
        self.words = words
        self.starts = starts
        #: words that may describe a number: alphabetic, not function words
        self.content = content
        self.content_starts = content_starts
        #: the sentence speaks of a game or a vote ("won", "beat", "vote"): "3-2" is a score
        self.about_scores = about_scores
        #: a content word names a month: dates may be written here
        self.names_month = names_month
        #: every token, lower-cased: a quick miss for stages that look for given words
        self.vocabulary = vocabulary
        #: a headline in title case ("Oil Jumps 4% After OPEC+ Cut"): capitals say nothing
        self.title_case = title_case
        #: a headline or ticker in capitals ("SNB CUTS RATE BY 25BP"): no letter is lower case,
        #: so a capital says nothing of a name and a unit is read as in lower case
        self.all_caps = all_caps
        #: one-letter currency markers the text's setting makes money before any amount
        #: ("R25" in a text set in South Africa; local_currency.py)
        self.local_markers = local_markers
        #: unit lookups memoised by position: several stages ask about the same number
        self.units_after: Dict[int, Optional[units.UnitMatch]] = {}
        self.units_before: Dict[int, Optional[units.UnitMatch]] = {}
        #: the index of the first word at or after a position, memoised: stages look left
        #: and right of the same number several times
        self.indexes: Dict[int, int] = {}
        #: facts of the whole sentence that a stage asks about each number but works out
        #: once ("speaks of pence", not_claims.py): a search per number would be quadratic
        self.facts: Dict[str, bool] = {}
        #: the first content word naming each currency, by code (``currency_words``)
        self.currencies: Optional[Tuple[Tuple[str, Word], ...]] = None

    def unit_after(self, pos: int) -> Optional[units.UnitMatch]:
        """The unit that starts right after ``pos`` (units.match_unit_after, memoised)."""
        if pos not in self.units_after:
            found = units.match_unit_after(self.text, pos)
            if found is None and self.all_caps:
                found = _in_lower_case(self.text, pos)
            self.units_after[pos] = found
        return self.units_after[pos]

    def unit_before(self, pos: int) -> Optional[units.UnitMatch]:
        """The currency marker that ends right before ``pos`` (memoised)."""
        if pos not in self.units_before:
            self.units_before[pos] = units.match_unit_before(self.text, pos)
        return self.units_before[pos]

    def currency_words(self) -> Tuple[Tuple[str, Word], ...]:
        """The first content word naming each currency ("rupee", "dollar", the "pound" of
        "Egyptian pound", the "dollar" of "Canadian dollar"), with its code, in the sentence's
        order; worked out once, as every number "per dollar" asks."""
        if self.currencies is None:
            first: Dict[str, Word] = {}
            previous: Optional[Word] = None
            for word in self.content:
                found = units.lookup_after(word.lower)
                pair = (units.lookup_after(f"{previous.lower} {word.lower}")
                        or units.lookup_after(f"{previous.lower} {word.lower}s")) \
                    if previous is not None and previous.end + 1 == word.start else None
                # (the lexicon writes some currencies in the plural: "Argentine pesos")
                if pair is not None and (pair.dimension == "currency" or found is None
                                         or found.dimension != "currency"):
                    found = pair  # "Canadian dollar" is CAD, not the dollar
                owner = self.before(word.start, 1)
                owned = _owned_currency(owner[0] if owner else None, word)
                previous = word
                if owned is not None and owned not in first:
                    first[owned] = word  # "Egypt's pound": the currency of the owner
                elif found is not None and found.dimension == "currency" \
                        and found.unit not in first:
                    first[found.unit] = word
            self.currencies = tuple(first.items())
        return self.currencies

    def before(self, pos: int, count: int = MAX_PHRASE_WORDS) -> Tuple[Word, ...]:
        """Up to ``count`` words ending at or before ``pos``, nearest last."""
        index = self.indexes.get(pos)
        if index is None:
            index = self.indexes[pos] = bisect_left(self.starts, pos)
        # a conditional rather than max(): this runs a dozen times per number
        return self.words[index - count if index > count else 0:index]

    def after(self, pos: int, count: int = MAX_PHRASE_WORDS) -> Tuple[Word, ...]:
        """Up to ``count`` words starting at or after ``pos``."""
        index = self.indexes.get(pos)
        if index is None:
            index = self.indexes[pos] = bisect_left(self.starts, pos)
        return self.words[index:index + count]

    def gap(self, start: int, end: int) -> str:
        return self.text[start:end]


#: a word's start and lower case, read in C when a whole sentence's are wanted
_START: Final = itemgetter(1)
_LOWER: Final = itemgetter(3)


def make_sentence(text: str, span: Span,
                  local_markers: FrozenSet[str] = frozenset()) -> Sentence:
    tokens = tuple(words(text, span[0], span[1]))
    vocabulary = frozenset(map(_LOWER, tokens))
    if "fall" in vocabulary:
        tokens = _seasons_named(tokens)
        vocabulary = frozenset(map(_LOWER, tokens))
    # list comprehensions rather than generator expressions: no generator to resume per
    # word, in CPython and in the mypyc build alike
    function_words = lexicon.load().function_words
    content = tuple([w for w in tokens  # end - start is the length of the text
                     if w.text.isalpha() and w.end - w.start > 1 and w.lower not in function_words])
    not_claims = lexicon.load().not_claims
    return Sentence(text, span, tokens, tuple(map(_START, tokens)), content,
                    tuple(map(_START, content)),
                    about_scores=_content_names(vocabulary, content, not_claims["score_words"])
                    or _failed_vote(vocabulary, not_claims["vote_words"]),
                    names_month=_content_names(vocabulary, content, not_claims["months"]),
                    vocabulary=vocabulary, title_case=_title_case(content),
                    local_markers=local_markers, all_caps=_all_caps(content))


def _seasons_named(tokens: Tuple[Word, ...]) -> Tuple[Word, ...]:
    """The words with "fall" the season read as "autumn", so that no change word is found in
    it: "next fall, to $12,480", "this fall by $40", "rose in the fall to $14,000", "opens in
    the fall to 400 students", "fall 2025", "fall semester" (not "a fall of 3%", "the fall in
    prices", "could fall next year", "after the fall to $1.05", "panicked in the fall to
    3,200 points", "an early fall to 312p")."""
    found = list(tokens)
    for index, word in enumerate(tokens):
        if word.lower != "fall" or index == 0:
            continue
        before = tokens[index - 1].lower
        earlier = tokens[index - 2].lower if index > 1 else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.lower in _DECLINE_LINKS:
            continue
        to_amount = after is not None and after.lower in _CHANGE_LINKS
        if before in _SEASON_OPENERS \
                or (before in _WEAK_SEASON_OPENERS
                    and ((earlier not in _ARTICLES and not earlier.endswith(("'s", "s'")))
                         or (index > 2 and tokens[index - 3].lower in _SEASON_TIMES))) \
                or (before == "the" and ((earlier in _SEASON_TIMES and (
                    not to_amount or _change_word_before(tokens, index - 2)
                    or (earlier != "by" and not _market_level(tokens[index + 2:index + 7]))))
                                         or (earlier in _AFTER_TIMES and not to_amount))) \
                or (after is not None and (after.lower in _SEASON_NOUNS or (
                    len(after.text) == 4 and after.text.isdigit()
                    and after.text[:2] in ("19", "20")))):
            found[index] = word._replace(lower="autumn")
    return tuple(found)


def _change_word_before(tokens: Tuple[Word, ...], index: int) -> bool:
    """Whether a word of change stands a few words before ``index``, so that "in the fall to
    $14,000" after it is the season ("Tuition rose in the fall to $14,000"; not "Investors
    panicked in the fall to 3,200 points")."""
    changes = lexicon.load().changes
    return any(word.lower in changes for word in tokens[max(0, index - _SEASON_REACH):index])


def _market_level(after: Tuple[Word, ...]) -> bool:
    """Whether the words after "the fall to" give a price, a share or an index's points, a
    level a market falls to: "$1.05", "0.1%", "3,200 points" (not "300 pupils")."""
    text = " ".join(word.text for word in after)
    return any(sign in text for sign in "$£€¥₹%") or " point" in text \
        or any(word.lower in _MONEY_WORDS for word in after) or " per cent" in f" {text}" \
        or any(word.text in ("p", "c") and previous.text[-1:].isdigit()
               and previous.end == word.start for previous, word in zip(after, after[1:]))


#: words of money and shares after "the fall to": "140 yen", "3 per cent", "98 cents"
_MONEY_WORDS: Final = frozenset(["yen", "dollar", "dollars", "cent", "cents", "pence", "pound",
                                 "pounds", "euro", "euros", "rupees", "percent", "points",
                                 "yuan", "francs"])
#: how many words before "in the fall" a change may stand
_SEASON_REACH: Final = 6
#: words before "fall" that make it the season: "this fall", "next fall"
_SEASON_OPENERS: Final = frozenset(["this", "next", "every", "each", "until"])
#: words before "fall" that make it the season unless an article or a possessive stands
#: before them: "last fall", "rose last fall to $14,000" (not "the pound's last fall to $1.20",
#: "an early fall to 312p")
_WEAK_SEASON_OPENERS: Final = frozenset(["last", "early", "late", "mid", "since"])
_ARTICLES: Final = frozenset(["a", "an", "the", "its", "their", "his", "her", "our"])
#: prepositions of time before "the fall": "in the fall", "during the fall"; and those after
#: which "the fall to" an amount is a decline: "after the fall to $1.05"
_SEASON_TIMES: Final = frozenset(["in", "by", "until", "till", "during", "through",
                                  "throughout", "for"])
_AFTER_TIMES: Final = frozenset(["since", "before", "after"])
#: nouns after "fall" that make it the season: "fall semester", "fall enrollment"
_SEASON_NOUNS: Final = frozenset(["semester", "term", "classes", "enrollment", "enrolment",
                                  "intake", "break", "sports", "foliage", "harvest", "session",
                                  "fashion", "collection"])
#: words after "fall" that make it a decline: "this fall in prices", "the fall of the rouble"
_DECLINE_LINKS: Final = frozenset(["in", "of"])
#: words after "fall" that lead to an amount: "after the fall to $1.05"
_CHANGE_LINKS: Final = frozenset(["to", "from", "by"])


#: ASCII capitals to lower case: offsets stay as they are
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
#: how far a unit after a number may reach, for the lower-cased window of a text in capitals
_UNIT_REACH = 80


def _in_lower_case(text: str, pos: int) -> Optional[units.UnitMatch]:
    """The unit after ``pos`` read in lower case ("25BP" as "25bp", "$135/T" as "$135/t"),
    with its offsets in ``text``."""
    window = text[pos:pos + _UNIT_REACH].translate(_ASCII_LOWER)
    found = units.match_unit_after(window, 0)
    if found is None or text[found.start + pos:found.end + pos] == "M":
        return None  # "MORE THAN 2M": a capital M is a million or nothing, never metres
    return found._replace(start=found.start + pos, end=found.end + pos,
                          text=text[found.start + pos:found.end + pos])


def _all_caps(content: Tuple[Word, ...]) -> bool:
    """At least two content words, all in capitals ("PETROL PRICES HIT RECORD 191.5P")."""
    return len(content) >= 2 and all([w.text.isupper() for w in content])


def _failed_vote(vocabulary: FrozenSet[str], vote_words: FrozenSet[str]) -> bool:
    """Whether a sentence tells of a vote that failed: "The motion failed 47 to 53"."""
    return ("failed" in vocabulary or "fails" in vocabulary) \
        and not vocabulary.isdisjoint(vote_words)


def _content_names(vocabulary: FrozenSet[str], content: Tuple[Word, ...],
                   names: FrozenSet[str]) -> bool:
    """A content word is one of ``names`` (the whole vocabulary is asked first: a quick
    miss, as the content words are some of its words)."""
    return not vocabulary.isdisjoint(names) and not names.isdisjoint([w.lower for w in content])


def _title_case(content: Tuple[Word, ...]) -> bool:
    """Every content word starts with a capital, and there are at least two of them."""
    if len(content) < 2:
        return False
    for word in content:
        if not word.text[0].isupper():
            return False
    return True


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
        #: how many words to look at: the longest phrase, within MAX_PHRASE_WORDS
        self.reach = min(MAX_PHRASE_WORDS, max((len(phrase) for phrase in table), default=0))


def longest_phrase_before(sentence: Sentence, pos: int,
                          table: Phrases) -> Optional[Tuple[Word, ...]]:
    """The longest phrase of ``table`` that ends right before ``pos`` (only space between)."""
    before = sentence.before(pos, table.reach)
    if not before or before[-1].lower not in table.last_words:
        return None
    if sentence.text[before[-1].end:pos].strip():
        return None
    lowered = tuple([w.lower for w in before])
    for size in range(len(before), 0, -1):
        if lowered[-size:] in table:
            return before[-size:]
    return None


def longest_phrase_after(sentence: Sentence, pos: int,
                         table: Phrases) -> Optional[Tuple[Word, ...]]:
    """The longest phrase of ``table`` that starts right after ``pos`` (only space between)."""
    after = sentence.after(pos, table.reach)
    if not after or after[0].lower not in table.first_words:
        return None
    if sentence.text[pos:after[0].start].strip():
        return None
    lowered = tuple([w.lower for w in after])
    for size in range(len(after), 0, -1):
        if lowered[:size] in table:
            return after[:size]
    return None


#: how many words back a list of numbers is followed: "Holes 16, 17 and 18"
LIST_REACH: Final = 9
#: the signs of a span among list joiners: "Zones 1-6" is a span, not a list
_SPAN_SIGNS: Final = frozenset(["-", "\N{EN DASH}"])


def list_openers(sentence: Sentence, pos: int,
                 joiners: FrozenSet[str]) -> List[Tuple[Word, Word, bool]]:
    """For a number at ``pos`` listed after others ("Holes 16, 17 and 18", "aged 15, 16 and
    17"), each earlier number of the list, nearest first, as ``(the word before it, the
    number, whether a dash joined the list so far)``; empty when no list comes before."""
    before = sentence.before(pos, LIST_REACH)
    found: List[Tuple[Word, Word, bool]] = []
    index = len(before) - 1
    dashed = False
    while index >= 1 and before[index].lower in joiners:
        while index >= 1 and before[index - 1].lower in joiners:
            index -= 1  # ", and"
        dashed = dashed or before[index].text in _SPAN_SIGNS
        listed = before[index - 1]
        if index >= 3 and len(listed.text) == 1 and listed.text.isupper() \
                and before[index - 2].text.isdigit() and before[index - 2].end == listed.start:
            index -= 1  # "Lot codes 4102B through 4110B": a code's letter after its digits
            listed = before[index - 1]
        if not listed.text.isdigit() or index < 2:
            break
        opener = index - 2
        if opener >= 2 and before[opener].text == "." and before[opener - 1].text.isdigit() \
                and before[opener].start == before[opener - 1].end \
                and before[opener].end == listed.start:
            opener -= 2  # "clauses 14.1 and 14.2": a number with a point listed
        found.append((before[opener], listed, dashed))
        index = opener
    return found


def inside_number(sentence: Sentence, word: Word) -> bool:
    """Whether a token is a comma or point glued between two digits: "400,000" is three
    tokens."""
    return word.text in (",", ".") and sentence.text[word.start - 1:word.start].isdigit() \
        and sentence.text[word.end:word.end + 1].isdigit()


def number_start(sentence: Sentence, word: Word) -> int:
    """Where the number whose last group of digits is ``word`` starts: "2,000" from "000"."""
    start = word.start
    while sentence.text[start - 2:start - 1].isdigit() \
            and sentence.text[start - 1:start] in (",", "."):
        start = sentence.before(start - 1, 1)[0].start
    return start


def word_in_clause_before(sentence: Sentence, pos: int, words: FrozenSet[str],
                          reach: int) -> bool:
    """Whether one of ``words`` stands among the ``reach`` words before ``pos`` with no
    comma, semicolon or colon between: the clause of the number at ``pos``."""
    for word in reversed(sentence.before(pos, reach)):
        if word.text in (",", ";", ":"):
            return False
        if word.lower in words:
            return True
    return False


def ends_clause(sentence: Sentence, end: int, also: FrozenSet[str] = frozenset()) -> bool:
    """Whether the clause ends at ``end``: punctuation, the sentence's end, or one of
    ``also`` ("and", "today") follows."""
    after = sentence.after(end, 1)
    return not after or not after[0].text.isalnum() or after[0].lower in also


#: prepositions that a clause with its verb left out repeats: "jailed for nine years and
#: Brown for seven", "sold to Spain at $80 and Italy at $75"
_GAPPED_PREPOSITIONS: Final = frozenset(["for", "at", "to", "by", "on", "with"])


def gapped_clause(sentence: Sentence, start: int) -> Optional[Word]:
    """The preposition before ``start`` in a clause whose verb is left out, a name (or "his
    brother", "Ms Brown") and the same preposition as before an earlier number: "Smith was
    jailed for nine years and Brown for seven" (the "for" before "seven"); else None."""
    before = sentence.before(start, 4)
    if len(before) < 3 or before[-1].lower not in _GAPPED_PREPOSITIONS:
        return None
    joint = _gapped_subject_joint(sentence, before[:-1])
    if joint is None:
        return None
    earlier = [w for w in sentence.words if w.end <= joint.start]
    for word, following in zip(earlier, earlier[1:]):
        if word.lower == before[-1].lower and following.start == word.end + 1 \
                and is_number_word(following):
            return before[-1]
    return None


def gapped_name(sentence: Sentence, start: int) -> bool:
    """Whether a name (or "his brother") and a joint stand right before ``start``, with a
    number earlier in the sentence: "Smith got nine years and Brown seven", the verb and
    the unit left out."""
    before = sentence.before(start, 3)
    if len(before) < 2 or before[-1].lower in lexicon.load().function_words:
        return False
    joint = _gapped_subject_joint(sentence, before)
    return joint is not None and any(
        is_number_word(w) for w in sentence.words if w.end <= joint.start)


def _gapped_subject_joint(sentence: Sentence, before: Sequence[Word]) -> Optional[Word]:
    """The "and", "while", "but", comma or semicolon before the subject that ends
    ``before`` (a name, or a determiner or title and a noun), if both are there."""
    subject = before[-2:] if _two_word_subject(before[-2:]) else before[-1:]
    if not subject or not (subject[-1].text.istitle() or len(subject) == 2) \
            or not subject[-1].text.isalpha():
        return None
    joint = sentence.before(subject[0].start, 1)
    if joint and (joint[0].lower in ("and", "while", "but") or joint[0].text in (",", ";")):
        return joint[0]
    return None


def is_number_word(word: Word) -> bool:
    """A word of digits or a number in words: "9", "nine"."""
    return word.text[:1].isdigit() or parse_number(word.lower) is not None


#: words that open a subject of two words in a gapped clause: "and his brother for seven",
#: "and Ms Brown for five"
_SUBJECT_OPENERS: Final = frozenset(["his", "her", "their", "its", "the", "mr", "mrs", "ms",
                                     "dr"])


def _two_word_subject(words: Sequence[Word]) -> bool:
    """ "his brother", "the passenger", "Ms Brown": a determiner or title and a noun."""
    return len(words) == 2 and words[0].lower in _SUBJECT_OPENERS and words[1].text.isalpha()


def finish_claim(sentence: Sentence, *, start: int, end: int, low: Optional[Decimal],
                 high: Optional[Decimal], kind: str, qualifier: str,
                 precision: Optional[Decimal], strict: bool = False, below: bool = False,
                 vague: bool = False, unit: str = "", dimension: str = "dimensionless",
                 unit_text: str = "", change: Optional[Change] = None) -> Claim:
    """The Claim record, with its surface, sentence span and context words."""
    if kind == "range" and low is not None and low == high:
        kind = "point"  # "between 5 and 5": one value, which a range may not be
    value = low if kind in ("point", "approx") else None
    if kind in ("point", "approx"):
        high = low
    if kind == "lower":
        value = low
    elif kind == "upper":
        value = high
    # A frozen dataclass's __init__ sets each field through object.__setattr__, a good
    # part of the cost of a claim; giving the new record a __dict__ of every field, in
    # order, makes the same record (test_parse checks it against Claim's own __init__).
    # A dict display, not keyword arguments: no keyword names to match, in either build.
    claim: Claim = object.__new__(Claim)
    object.__setattr__(claim, "__dict__", {
        "text": sentence.text[start:end], "span": (start, end), "value": value, "low": low,
        "high": high, "kind": kind, "unit": unit, "dimension": dimension,
        "sentence": sentence.span, "context": context_words(sentence, start, end),
        "qualifier": qualifier, "below": below, "strict": strict, "vague": vague,
        "change": change, "precision": precision, "unit_text": unit_text})
    return claim


def context_words(sentence: Sentence, start: int, end: int) -> Tuple[str, ...]:
    """Content words of the sentence, nearest to the claim first.

    Only a window of content words on each side is looked at, so a sentence with
    thousands of numbers costs the same per claim as a short one.
    """
    content = sentence.content
    left = bisect_left(sentence.content_starts, start)
    right = bisect_left(sentence.content_starts, end)
    window = (content[left - MAX_CONTEXT_WORDS if left > MAX_CONTEXT_WORDS else 0:left]
              + content[right:right + MAX_CONTEXT_WORDS])
    scored = sorted([(start - w.end if w.end <= start else w.start - end, w.lower)
                     for w in window])
    # each word once, at its nearest place (the window is short: no early stop needed)
    return tuple(dict.fromkeys([lowered for _, lowered in scored]))[:MAX_CONTEXT_WORDS]
