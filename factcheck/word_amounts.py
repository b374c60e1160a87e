"""Amounts the numeral scanner does not read: vague amounts ("tens of thousands",
"a few hundred"), an article after a bound ("more than a year"), halves before a unit
("half a litre"), and factor words ("doubled", "tenfold"); bands ("in his 40s") are in
bands.py."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Final, FrozenSet, List, Optional, Sequence, Set, Tuple

from factcheck import lexicon, units
from factcheck.lexicon import alternation
from factcheck.changes import (change_before, change_for, change_verb_in_clause, comparative_after,
                               priced_rooms)
from factcheck.claims import Change, Claim
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.nouns import counted_noun, is_plural_subject, is_plural_word
from factcheck.numerals import APOSTROPHES, Numeral, parse_number
from factcheck.sentence import Sentence, finish_claim, hedges_before, longest_phrase_before
from factcheck.text import MONEY_SIGN_CLASS, POSSESSIVE_ENDINGS, Word


VAGUE_SCALES: Final = {"hundred": Decimal(100), "thousand": Decimal(1000),
                       "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9,
                       "trillion": Decimal(10) ** 12, "dozen": Decimal(12),
                       "lakh": Decimal(10) ** 5, "crore": Decimal(10) ** 7}


@lru_cache(maxsize=None)
def vague_matcher() -> "re.Pattern[str]":
    """One regex for every vague.txt pattern, longest first; group ``v<i>`` names the row."""
    # "a few hundred thousand": "hundred" may take a larger scale word after it
    scale = (r"(?:hundred(?:\s+(?:thousand|million|billion))?|"
             + "|".join(w for w in VAGUE_SCALES if w != "hundred") + ")")
    rows = []
    for index, row in enumerate(lexicon.load().vague):
        parts = [re.escape(part).replace(re.escape("{scale}"), scale) for part in row.words]
        first = row.words[0]
        initials = {w[0] for w in VAGUE_SCALES} if first.startswith("{scale}") else {first[0]}
        rows.append((f"(?P<v{index}>" + r"\s+".join(parts) + ")", initials))
    # every match opens with one of these letters: a lookahead on them lets the search pass
    # over other positions without trying the look-behind and each case-blind alternative
    hint = "(?=[" + "".join(re.escape(c) for c in sorted(set().union(
        *(initials for _, initials in rows)))) + "])"
    return re.compile(hint + r"(?<![\w\d,.])\b(?:" + _by_first_letter(rows) + r")\b",
                      re.IGNORECASE)


def _by_first_letter(rows: List[Tuple[str, Set[str]]]) -> str:
    """Alternatives ``(regex, the letters it may open with)`` in groups, each opened by a
    lookahead on its letters, so that a position tries only the rows that can start there.
    Rows whose letters overlap share a group, in their order, and groups share no letter:
    which alternative wins where two match is unchanged.

    >>> _by_first_letter([("ab", {"a"}), ("c", {"c"}), ("ad", {"a", "d"}), ("d", {"d"})])
    '(?=[c])(?:c)|(?=[ad])(?:ab|ad|d)'
    """
    groups: List[Tuple[Set[str], List[str]]] = []
    for regex, initials in rows:
        overlapping = [group for group in groups if group[0] & initials]
        merged: Tuple[Set[str], List[str]] = (set(initials), [])
        for group in overlapping:
            merged[0].update(group[0])
            merged[1].extend(group[1])
            groups.remove(group)
        merged[1].append(regex)
        groups.append(merged)
    # merging kept each group's rows in their order only if the rows of merged groups are
    # sorted back into the order of ``rows``
    order = {regex: index for index, (regex, _) in enumerate(rows)}
    return "|".join("(?=[" + "".join(re.escape(c) for c in sorted(letters)) + "])(?:"
                    + "|".join(sorted(alternatives, key=order.__getitem__)) + ")"
                    for letters, alternatives in groups)


@lru_cache(maxsize=None)
def vague_keys() -> List[FrozenSet[str]]:
    """Per vague.txt row, the words one of which must be in a sentence for the row to match:
    the scale words for a row with ``{scale}``, else the row's first word."""
    scales = frozenset(VAGUE_SCALES)
    keys = []
    for row in lexicon.load().vague:
        scaled = [part for part in row.words if "{scale}" in part]
        if scaled:
            keys.append(frozenset(scaled[0].replace("{scale}", scale) for scale in scales))
        else:
            keys.append(frozenset([row.words[0].lower()]))
    return keys


@lru_cache(maxsize=None)
def vague_words() -> FrozenSet[str]:
    """Every word of :func:`vague_keys`: a sentence with none of them has no vague amount."""
    return frozenset().union(*vague_keys())


#: a whole number or range right after "scores of" ("Scores of 800", "Scores of 10-14"), not
#: the start of a compound ("16-year-olds", "5G")
_WHOLE_NUMBER_AFTER: Final = re.compile(
    r"[ ][0-9][0-9,.]*(?:[-\N{EN DASH}][0-9][0-9,.]*)?(?![\w-])")


#: a bound or hedge and a number, a determiner or a number word right after "scores of": "
#: at least 580", " the two teams", " eight out of ten" (a vague "scores of" counts a plural)
_BOUND_AFTER: Final = re.compile(
    r"[ ](?:(?:at[ ]least|at[ ]most|more[ ]than|less[ ]than|over|under|above|below|about"
    r"|around|between|up[ ]to|roughly|nearly|almost)[ ][0-9]|(?:the|his|her|their|its|our"
    r"|your|my|both|each|one|two|three|four|five|six|seven|eight|nine|ten)\b)")
#: words before "scores" that make it the scores of a test: "credit scores", "test scores"
#: (not "the scores of victims": a determiner says nothing)
_SCORE_MODIFIERS: Final = frozenset(
    "credit test exam sat act gcse reading maths math average median mean high low top final "
    "combined total composite risk".split())


def vague_claims(sentence: Sentence) -> List[Claim]:
    """Claims for vague amounts: "thousands of", "a few hundred", "tens of thousands"."""
    claims: List[Claim] = []
    if sentence.vocabulary.isdisjoint(vague_words()):
        return claims
    rows = lexicon.load().vague
    start, end = sentence.span
    for found in vague_matcher().finditer(sentence.text, start, end):
        if _number_before(sentence, found.start()) or _scale_note(sentence, found) \
                or _inside_name(sentence, found):
            continue
        if found.group().lower() == "scores of" and (
                _WHOLE_NUMBER_AFTER.match(sentence.text, found.end())
                or _BOUND_AFTER.match(sentence.text, found.end())
                or any(w.lower in _SCORE_MODIFIERS for w in sentence.before(found.start(), 1))):
            continue  # "Scores of 800 or higher", "credit scores of at least 580": the
            # scores of a test, no vague amount
        row = rows[int(next(name for name, value in found.groupdict().items() if value)[1:])]
        lowered = found.group().lower()
        scale = max((factor for word, factor in VAGUE_SCALES.items() if word in lowered),
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
        elif of_word and of_word[0].lower == "more" and lowered.endswith("s"):
            # "Thousands more visitors are expected": the noun past "more"
            unit, dimension, unit_text, claim_end = _unit_after_of(
                sentence, of_word[0].end, claim_end)
        elif not lowered.endswith("s"):
            unit, dimension, unit_text, claim_end = _unit_after_of(sentence, claim_end, claim_end)
        if unit == "pound" and scale >= VAGUE_SCALES["million"] and not any(
                w.lower == "of" for w in sentence.after(claim_end, 1)):
            unit, dimension = "GBP", "currency"  # "tens of millions of pounds" is money
        claim_start = found.start()
        marker = units.match_unit_before(sentence.text, claim_start)
        if not unit and marker is not None and marker.end == claim_start \
                and scale >= VAGUE_SCALES["thousand"]:
            # "£billions", "$millions": a currency symbol glued to the scale word
            unit, dimension, claim_start = marker.unit, "currency", marker.start
        low = row.low * scale
        high = row.high * scale if row.high is not None else None
        claims.append(finish_claim(
            sentence, start=claim_start, end=claim_end, low=low, high=high,
            kind="range" if high is not None else "lower", qualifier="", precision=None,
            vague=True, unit=unit, dimension=dimension, unit_text=unit_text,
            change=_vague_change(sentence, claim_start, claim_end)))
    return _doubled(claims, sentence)


def _inside_name(sentence: Sentence, found: "re.Match[str]") -> bool:
    """A capitalised vague word after a capitalised word names something: "the Mega
    Millions jackpot", "Mega Millions sales rose" (not "Millions watched", "Thousands of
    fans", "Many Thousands came")."""
    if not found.group()[:1].isupper() or sentence.title_case:
        return False
    before = sentence.before(found.start(), 1)
    return bool(before) and before[0].text[:1].isupper() and before[0].text.isalpha() \
        and (before[0].start > sentence.span[0]
             or (before[0].lower not in lexicon.load().function_words
                 and before[0].lower not in vague_words()))  # ("Mega Millions sales rose")


def _vague_change(sentence: Sentence, start: int, end: int) -> Optional[Change]:
    """The change of a vague amount, with its verb before it: "rose to several hundred",
    "cut hundreds of jobs" (not "thousands more lost power", whose "more" adds no rise)."""
    change = change_for(sentence, start, end)
    if change is not None and change.role == "delta" and change_before(sentence, start) is None:
        return None
    return change


#: what joins a vague word said twice: "millions and millions", "thousands upon thousands"
_DOUBLING: Final = re.compile(r"[ ](?:and|upon)[ ]\Z", re.IGNORECASE)


def _doubled(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "millions and millions of dollars", "dozens and dozens of shops": a vague word said
    twice for stress is one vague amount, the span of both."""
    merged: List[Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        if previous is not None and previous.unit == "" \
                and claim.text.lower().startswith(previous.text.lower()) \
                and _DOUBLING.search(sentence.text, previous.span[1], claim.span[0]) \
                and claim.span[0] - previous.span[1] <= 6:
            start = previous.span[0]
            merged[-1] = finish_claim(
                sentence, start=start, end=claim.span[1], low=claim.low, high=claim.high,
                kind=claim.kind, qualifier="", precision=None, vague=True, unit=claim.unit,
                dimension=claim.dimension, unit_text=claim.unit_text)
            continue
        merged.append(claim)
    return merged


#: a power of ten in digits made plural, before "of": "1,000s of roads", "100s of people"
_DIGIT_PLURAL = re.compile(r"(?<![\w.,])(?P<digits>1(?:00|0?0?,?000(?:,?000){0,2}))"
                           r"['\N{RIGHT SINGLE QUOTATION MARK}]?s[ ]of\b")


def digit_plural_claims(sentence: Sentence) -> List[Claim]:
    """ "1,000s of roads" (1,000-10,000 roads), "100s of people": a plural power of ten in
    digits is vague, as "thousands of" is."""
    if "s" not in sentence.vocabulary or "of" not in sentence.vocabulary:
        return []
    claims: List[Claim] = []
    for found in _DIGIT_PLURAL.finditer(sentence.text, *sentence.span):
        low = Decimal(found.group("digits").replace(",", ""))
        of_end = found.end()
        unit, dimension, unit_text, end = _unit_after_of(sentence, of_end, found.end() - 3)
        claims.append(finish_claim(
            sentence, start=found.start(), end=end, low=low, high=low * 10, kind="range",
            qualifier="", precision=None, vague=True, unit=unit, dimension=dimension,
            unit_text=unit_text))
    return claims


_COMPOUND_SCALE: Final = re.compile(r"hundred\s+(?:thousand|million|billion)")
#: the scales a table's note writes its figures in: "(in thousands)", "figures in millions"
_NOTE_SCALES: Final = frozenset(["thousands", "millions", "billions"])
#: amounts a listed scale word may follow, which make it one more amount: "millions, billions,
#: even trillions", "hundreds, thousands"
_AMOUNT_WORDS: Final = frozenset(["hundreds", "thousands", "millions", "billions", "trillions",
                                  "dozens", "tens", "scores"])
#: what ends a scale word set off as a chart's note: a comma, a bracket, the end (not "of")
_SET_OFF_SCALE: Final = re.compile(r"(?:[,;)]|[ ]?\(|\Z|[.]?$)")
#: a currency's sign and a space right before a scale word: "Revenue, £ millions"
_MONEY_SIGN_BEFORE: Final = re.compile(MONEY_SIGN_CLASS + r"[ ]\Z")  # ("wasted
# £billions" is an amount)


def _scale_note(sentence: Sentence, found: "re.Match[str]") -> bool:
    """ "(in thousands, except per share data)", "Figures are in millions of dollars.",
    "Revenue (millions)": a note of the scale the figures are written in, not an amount
    ("in thousands of homes" is one)."""
    if found.group().lower() not in _NOTE_SCALES:
        return False
    text = sentence.text
    if text[found.start() - 1:found.start()] == "(" and text[found.end():found.end() + 1] == ")":
        return True
    before_comma = sentence.before(found.start() - 2, 1) \
        if text[found.start() - 2:found.start()] == ", " else ()
    if _SET_OFF_SCALE.match(text, found.end()) and (
            (before_comma and before_comma[0].lower not in _AMOUNT_WORDS
             and not before_comma[0].text[:1].isdigit())
            or _MONEY_SIGN_BEFORE.search(text, max(sentence.span[0], found.start() - 3),
                                         found.start())):
        return True  # "Chart: Net migration, thousands, year to June", "Revenue, £ millions"
    before = sentence.before(found.start(), 1)
    if not before or before[0].lower != "in":
        return False
    after = sentence.after(found.end(), 1)
    if not after or after[0].lower != "of":
        return True
    money = sentence.unit_after(after[0].end)
    return money is not None and money.dimension == "currency"


def _number_before(sentence: Sentence, pos: int) -> bool:
    """ "two thousands", "three hundred crores" are not vague: a number word, digit or
    smaller scale word right before."""
    before = sentence.before(pos, 1)
    return bool(before) and (before[-1].text[0].isdigit() or before[-1].lower in
                             ("one", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine", "ten", "a", "an", "hundred", "thousand", "lakh"))


def _unit_after_of(sentence: Sentence, of_end: int, end: int) -> Tuple[str, str, str, int]:
    """The unit or counted noun after "thousands of": (unit, dimension, unit text, end)."""
    unit = sentence.unit_after(of_end)
    if unit and unit.dimension != "count":
        return unit.unit, unit.dimension, unit.text, unit.end
    noun = counted_noun(sentence, of_end, None)
    if noun:
        return units.singular(noun.text), "count", noun.text, noun.end
    return "", "dimensionless", "", end


#: words after "a year", "a month" that make it a point in time: "than a year ago"
_AGO_WORDS: Final = frozenset("ago earlier later before previously".split())
#: the comparatives of a bound on an amount, not of a level: "more than a year before"
_AMOUNT_BOUNDS: Final = frozenset(["more", "less", "fewer", "no", "not"])


def article_numerals(sentence: Sentence) -> List[Numeral]:
    """ "a"/"an" read as one after a bound or hedge, or after the "by" of a change, and
    before a unit: "more than a year", "rose by a percentage point"; and before the first
    unit of a composite measure: "an hour and 40 minutes"."""
    found: List[Numeral] = []
    if "a" not in sentence.vocabulary and "an" not in sentence.vocabulary:
        return found
    for word in sentence.words:
        if word.lower not in ("a", "an"):
            continue
        hedge = longest_phrase_before(sentence, word.start, hedges_before())
        composite = _first_of_a_composite(sentence, word)
        if hedge is not None and hedge[-1].lower == "within" and not composite:
            continue  # "reoffend within a year": a time frame, not an amount of one year
        if hedge is not None and [w.lower for w in hedge[-2:]] == ["call", "it"]:
            continue  # "Let's call it a day": an idiom; "call it" hedges only a number
        hedged_or_by = hedge or _by_of_a_change(sentence, word) or composite \
            or _span_after_superlative(sentence, word) or _far_end_of_range(sentence, word)
        if not hedged_or_by and change_before(sentence, word.start) is None:
            continue
        end = _after_full(sentence, word)
        unit = sentence.unit_after(end)
        if not hedged_or_by and unit is None and _POINT_TO_A_SHARE.match(sentence.text, end):
            found.append(_one(sentence, word, end))  # "slipped a point to 11%": one point
            continue
        if not hedged_or_by and (unit is None or unit.dimension not in _SIZE_OF_CHANGE):
            continue  # "rose a percentage point", "fell a dollar"; not "rose a year later"
        if unit is None or unit.dimension == "count" or (
                unit.dimension == "currency" and (not unit.text[:1].isalpha()
                                                  or _NUMBER_NEXT.match(sentence.text, unit.end))):
            continue  # "more than a euro", but "exceeds a $4 billion", "passed a UGX 72.1
            # trillion budget" have their own number
        following = sentence.after(unit.end, 1)
        if following and following[0].lower in _AGO_WORDS and not (
                following[0].lower in ("before", "after") and hedge is not None
                and (hedge[-1].lower != "than" or hedge[0].lower in _AMOUNT_BOUNDS)
                and (_gerund_after(sentence, following[0].end)
                     or (_wait_before(sentence, hedge[0].start)
                         and _clause_opens(sentence, following[0].end)))):
            continue  # "higher than a year ago" says when (but "at least a week before
            # painting" and "It was under an hour before the bus came" are how long to wait)
        if unit.dimension == "time" and sentence.text[unit.end:unit.end + 1] in APOSTROPHES \
                and _AMOUNT_NOUN.match(sentence.text, unit.end):
            continue  # "more than a month's rain": as much rain as a month brings (but
            # "less than an hour's drive" is under an hour)
        found.append(_one(sentence, word, end))
    return found


def _one(sentence: Sentence, article: Word, end: int) -> Numeral:
    """The article read as the number one, up to ``end``."""
    return Numeral(value=Decimal(1), start=article.start, end=end,
                   text=sentence.text[article.start:end], base=Decimal(1), scale=Decimal(1),
                   precision=Decimal(1), spelled=True, fraction=False, negative=False)


#: "point" after a change's article and the share it took a rate to: " point to 11%"
_POINT_TO_A_SHARE: Final = re.compile(
    r"[ ]point[ ](?:to|at)[ ][0-9][0-9.]*[ ]?(?:%|per[ ]?cent\b|percent\b)")


#: a number right after a currency code: the " 72" of "UGX 72.1 trillion"
_NUMBER_NEXT: Final = re.compile(r"[ ]?[0-9]")
#: the possessive of a period and an amount of something it brings: "a month's rain", "a
#: year's pay", "a week's worth"
_AMOUNT_NOUN: Final = re.compile(
    r"['\N{RIGHT SINGLE QUOTATION MARK}]s?[ ]" + alternation("grammar_words.txt", "period_amounts")
    + r"\b")


#: superlatives (and "first") that a span of time after "in" measures: "the highest in a
#: decade", "their first tour in a decade"
_SUPERLATIVE_WORDS: Final = frozenset(
    "most fewest least highest lowest biggest largest smallest worst best fastest slowest "
    "strongest weakest hottest coldest warmest wettest driest busiest deepest longest "
    "shortest steepest sharpest greatest heaviest lightest cheapest dearest first".split())
#: superlatives that are also quantifiers, superlative only after "the": "the most"
_QUANTIFIERS: Final = frozenset(["most", "fewest", "least"])
#: words after such a period that make it a stretch described, no span back: "in a week of
#: training", "in a year when", "in a month of Sundays"
_PERIOD_GOES_ON: Final = frozenset(["of", "when", "where", "that", "which", "like", "or",
                                    "and", "to", "for"])
#: periods such a span is counted in
_SPAN_UNITS: Final = frozenset("week month year decade century".split())


#: a participle and its agent after a period, which describe it: " packed with", " marked by"
_PARTICIPLE_WITH: Final = re.compile(r"[ ][a-z]+ed[ ](?:with|by)\b")


def _far_end_of_range(sentence: Sentence, article: Word) -> bool:
    """ "45 minutes to an hour", "two days to a week": the article counts one of a unit of
    the dimension the amount before "to" is in, the far end of a range."""
    before = sentence.before(article.start, 3)
    if len(before) < 3 or before[-1].lower != "to" or parse_number(before[-3].lower) is None:
        return False
    near = units.lookup_after(before[-2].lower)
    far = sentence.unit_after(article.end)
    if far is None or near is None or near.dimension != far.dimension \
            or near.dimension in ("count", "currency", "dimensionless"):
        return False
    opener = sentence.before(before[-3].start, 1)
    if opener and opener[0].lower == "from":
        return False  # "from 2 days to a week of notice": a change, read elsewhere
    following = sentence.after(far.end, 1)
    return not following or not following[0].text.isalpha() \
        or following[0].lower in lexicon.load().function_words \
        or following[0].lower.endswith(("ing", "ed")) or following[0].lower in ("due", "each")
    # (not "add 15 minutes to an hour commute": a noun the measure describes)


def _span_after_superlative(sentence: Sentence, article: Word) -> bool:
    """ "the highest number in a decade", "its worst month in a year": the article counts
    one of a period that a superlative before "in" reaches back over."""
    before = sentence.before(article.start, 6)
    if not before or before[-1].lower != "in":
        return False
    after = sentence.after(article.end, 2)
    if not after or units.singular(after[0].lower) not in _SPAN_UNITS \
            or (len(after) > 1 and (after[1].lower in _PERIOD_GOES_ON
                                    or (after[1].text == "-" and after[1].start == after[0].end)
                                    or _PARTICIPLE_WITH.match(sentence.text, after[0].end))):
        return False  # (not "the most common mistake in a week of training", "the cheapest
        # option in a year when prices soared", "the first game in a week packed with
        # fixtures", "the first flight in a year-long programme")
    return any(w.lower in _SUPERLATIVE_WORDS
               and (w.lower not in _QUANTIFIERS or (i > 0 and before[i - 1].lower == "the"))
               for i, w in enumerate(before[:-1]))  # ("Most parcels arrive in a week": a
    # quantifier, no superlative)


def _first_of_a_composite(sentence: Sentence, article: Word) -> bool:
    """ "an hour and 40 minutes", "a mile and 200 yards": the article counts one of a unit
    that an amount in a smaller unit of its dimension follows."""
    if "and" not in sentence.vocabulary:
        return False  # (the "and" before the smaller unit: a quick miss, before the unit)
    unit = sentence.unit_after(article.end)
    if unit is None or unit.dimension in ("count", "currency", "dimensionless"):
        return False
    before = sentence.before(article.start, 4)
    if before and before[-1].text.isalpha() and is_plural_word(before[-1].lower) \
            and any(word.text[:1].isdigit() for word in before[:-1]):
        return False  # "45 min visits a week and 2 hrs": the plural's rate, no composite
        # (but "The course runs a year and 6 months")
    after = sentence.after(unit.end, 2)
    if len(after) != 2 or after[0].lower != "and" or parse_number(after[1].lower) is None:
        return False
    minor = sentence.unit_after(after[1].end)
    return minor is not None and minor.dimension == unit.dimension and minor.unit != unit.unit


#: what "a" right after a change verb may measure: "rose a percentage point"
_SIZE_OF_CHANGE: Final = frozenset(["percentage_point", "basis_point", "percent", "currency"])


def _after_full(sentence: Sentence, article: Word) -> int:
    """Where the unit after an article starts, past "full" or "whole": "by a full
    percentage point"."""
    after = sentence.after(article.end, 1)
    if after and after[0].lower in ("full", "whole"):
        return after[0].end
    return article.end


def _by_of_a_change(sentence: Sentence, article: Word) -> bool:
    """ "rose by a percentage point", "cut rates by a full point": the article right after
    the "by" of a change verb."""
    before = sentence.before(article.start, 1)
    return bool(before) and before[-1].lower == "by" \
        and (change_before(sentence, article.start) is not None
             or change_verb_in_clause(sentence, before[-1].start)[0] is not None)


_HALVES: Final = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}


#: verbs after "half" that make it a share of people: "Half said" (grammar_words.txt)
_SHARE_VERBS: Final = lexicon.word_sections("grammar_words.txt")["share_verbs"] \
    | lexicon.word_sections("grammar_words.txt")["object_share_verbs"]


def half_numerals(sentence: Sentence) -> List[Numeral]:
    """ "half a litre", "half an hour", "a half-mile walk", "quarter-litre": a fraction
    before a unit, or before "point" ("a quarter-point cut", "half a point"), where a
    point is counted like "3 points" (numerals.py reads "half a million" and "half of"
    itself)."""
    found: List[Numeral] = []
    if sentence.vocabulary.isdisjoint(_HALVES):
        return found
    for index, word in enumerate(sentence.words):
        value = _HALVES.get(word.lower)
        if value is None:
            continue
        end = word.end
        article = sentence.words[index + 1] if index + 1 < len(sentence.words) else None
        said = (word.lower == "half" and article is not None and article.lower in _SHARE_VERBS
                and sentence.gap(word.end, article.start) == " ")
        previous = sentence.words[index - 1] if index else None
        spaced = previous is not None and previous.lower in ("a", "an") \
            and sentence.gap(previous.end, word.start) == " " \
            and sentence.gap(word.end, word.end + 1) == " " \
            and not (index > 1 and sentence.words[index - 2].lower == "and")
        # ("a half inch", but "1500 and a half metres" is one number)
        if said:
            pass  # "Half said the government was doing badly": a share of people
        elif (article is not None and article.lower in ("a", "an") and word.lower == "half"
                and sentence.gap(word.end, article.start) == " "):
            end = article.end
        elif sentence.gap(word.end, word.end + 1) != "-" and not spaced:
            continue
        if not said and not _before_point(sentence, end) \
                and not (end > word.end and _next_word_in(sentence, end, _DOSE_NOUNS)):
            unit = sentence.unit_after(end)
            if unit is None or unit.dimension == "count" or (
                    unit.dimension == "currency" and (end == word.end or not unit.text.isalpha()))\
                    or (end == word.end and unit.dimension == "time" and not spaced):
                continue  # "half-year results" name a period (but "a half hour" is one);
                # money only in words after "half a": "rose half a cent"
            if spaced and unit.dimension == "time" and _next_word_in(sentence, unit.end,
                                                                     _AGO_WORDS):
                continue  # "a quarter century ago" says when
        start = word.start
        if (end == word.end and previous is not None and previous.lower in ("a", "an")
                and sentence.gap(previous.end, start) == " "):
            start = previous.start  # "by a quarter-point": the article is the "one"
        found.append(Numeral(value=value, start=start, end=end,
                             text=sentence.text[start:end], base=value, scale=Decimal(1),
                             precision=None, spelled=True, fraction=True, negative=False))
    return found


#: things a dose is counted in, of which "half a" is a measure: "half a tablet"
_DOSE_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["dose_nouns"]


#: verbs whose object or complement is a time waited: "It was under an hour before"
_WAIT_VERBS: Final = frozenset(
    "was is were are be been took takes take taking lasted lasts waited wait waits".split())


#: what opens a clause after "before": "before the bus came", "before we left"
_CLAUSE_OPENERS: Final = frozenset("the a an we he she they i you it his her their our my "
                                   "its this that".split())


def _clause_opens(sentence: Sentence, end: int) -> bool:
    """Whether a clause's subject opens right after ``end``: "before the bus came" (not
    "was less than a year before, the company said")."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].lower in _CLAUSE_OPENERS


def _wait_before(sentence: Sentence, start: int) -> bool:
    """Whether a verb of waiting stands right before ``start``: "It took over a week
    before"."""
    before = sentence.before(start, 1)
    return bool(before) and before[0].lower in _WAIT_VERBS


def _gerund_after(sentence: Sentence, end: int) -> bool:
    """Whether the word right after ``end`` is a gerund: "before painting"."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].lower.endswith("ing") \
        and following[0].text.islower()


def _next_word_in(sentence: Sentence, end: int, words: FrozenSet[str]) -> bool:
    """Whether the word right after ``end`` is one of ``words``."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].lower in words


def _before_point(sentence: Sentence, end: int) -> bool:
    """The word right after ``end`` is "point": "quarter-point", "half a point"."""
    after = sentence.after(end, 2)
    if after and after[0].text == "-" and after[0].start == end:
        after = after[1:]
    return bool(after) and after[0].lower == "point" and after[0].start - end <= 1


@lru_cache(maxsize=None)
def factor_words() -> FrozenSet[str]:
    """Change words that are factors: "doubled", "halved"; and "half" (before "as")."""
    return frozenset(w for w, change in lexicon.load().changes.items()
                     if change.factor is not None) | frozenset(_AS_ONLY_FACTORS)


#: words after a factor that make it a comparison: "twice as likely", "double the risk"
_COMPARED_AFTER = frozenset("as the that its their his her our what those".split())
#: words that are a factor only before "as", and no verb of change: "half as likely" (but
#: "rose by more than half, to 580,000" rose)
_AS_ONLY_FACTORS: Final = {"half": lexicon.ChangeWord("down", Decimal("0.5"), modal=True)}
#: words after which a base form is a verb: "set to double", "could triple"
_MODALS: Final = lexicon.word_sections("grammar_words.txt")["modals"]
#: a quick miss for "tenfold", "3-fold": one scan of the text instead of a test per word
#: (letter classes rather than re.IGNORECASE, which keeps the engine from skipping ahead to
#: an "f"; no other character matches these letters case-blind)
_FOLD: Final = re.compile("[Ff][Oo][Ll][Dd]")


def _as_comparison(words: Sequence[Word], n: int) -> bool:
    """ "twice as likely", "twice as much": "as" opens a comparison when a lower-case word
    that is no function word follows (not "scored twice as United confirmed")."""
    following = words[n + 1] if n + 1 < len(words) else None
    return following is not None and following.text.isalpha() and following.text.islower() \
        and (following.lower not in lexicon.load().function_words
             or following.lower in ("much", "many", "few", "little"))


#: words of how often, and the number each stands for: "twice a day", "once a week"
_HOW_OFTEN_WORDS: Final = {"once": Decimal(1), "twice": Decimal(2), "thrice": Decimal(3)}
#: adverbs of a period after them: "twice daily", "once weekly"
_PERIOD_ADVERBS: Final = {"hourly": "hour", "daily": "day", "nightly": "night",
                          "weekly": "week", "monthly": "month", "yearly": "year",
                          "annually": "year"}


#: words after "once a day" that make the period date something or name a thing
_NOT_HOW_OFTEN_AFTER: Final = frozenset("ago earlier later trader traders job jobs".split())


def _period_after(sentence: Sentence, end: int) -> Tuple[str, int]:
    """The period right after a word of how often, and its end: " a day", " per week",
    " daily"; else ("", -1)."""
    per = units.match_per_after(sentence.text, end)
    if per is not None and per.unit == "night" \
            and per.text.strip().lower().startswith(("a ", "per ")) \
            and not sentence.text.startswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"), per.end):
        return "night", per.end  # "wakes twice a night": nights are periods of sleep
    if per is not None and per.dimension == "time" and per.factor == 1 \
            and not sentence.text.startswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s", "-"),
                                             per.end):
        following = sentence.after(per.end, 1)  # but "twice a week's wages" compares, and
        # "a year-round attraction", "once a day trader" name things
        if not following or following[0].lower not in _NOT_HOW_OFTEN_AFTER:
            return per.unit, per.end
    following = sentence.after(end, 2)
    if following and following[0].text == "-" and len(following) > 1:
        following = following[1:]  # "twice-daily flights"
    if following and following[0].start == end + 1 and following[0].lower in _PERIOD_ADVERBS:
        return _PERIOD_ADVERBS[following[0].lower], following[0].end
    return "", -1


def how_often_claims(sentence: Sentence) -> List[Claim]:
    """ "twice a day", "once a week", "twice daily": so many times a period, a count per
    that period (as "three times a day" is), never a factor of change."""
    found: List[Claim] = []
    if sentence.vocabulary.isdisjoint(_HOW_OFTEN_WORDS):
        return found
    for word in sentence.words:
        if word.lower not in _HOW_OFTEN_WORDS:
            continue
        period, end = _period_after(sentence, word.end)
        if period:
            value = _HOW_OFTEN_WORDS[word.lower]
            hedge = read_hedges(sentence, HedgeReading("point", "", word.start, end),
                                "frequency", None)  # "at least twice a week"
            found.append(finish_hedged(
                sentence, hedge, value, precision=None, unit=f"count / {period}",
                dimension="frequency", unit_text=word.text))
    return found


#: words between a verb and a factor that end the verb's object: "those raised in poverty
#: are threefold" (grammar_words.txt)
_FOLD_BREAKS: Final = lexicon.word_sections("grammar_words.txt")["object_breaks"]
#: how many words a verb's object may run to before its factor
_OBJECT_REACH: Final = 4


def _verb_of_object(sentence: Sentence, start: int) -> str:
    """The direction of a change verb whose object stands before the factor: "raised the
    risk threefold", "cut the risk threefold"; "" when there is none."""
    verb, particle = change_verb_in_clause(sentence, start)
    if verb is None or particle or verb.adverb:
        return ""
    # only the verb's object may stand between: "raised the risk threefold", not "raised in
    # poverty are threefold", "lost their jobs were fourfold"
    changes = lexicon.load().changes
    between = []
    for word in reversed(sentence.before(start, 7)):
        if changes.get(word.lower) is not None and changes[word.lower] == verb:
            break
        between.append(word)
    if len(between) > _OBJECT_REACH or any(
            w.lower in _FOLD_BREAKS or not (w.text.isalpha() or w.text.endswith("'s"))
            or (w.lower.endswith("ed") and w.lower not in changes) for w in between):
        return ""
    return verb.direction


#: amounts that are cut in half, one of which, or an owner's determiner ("cut its payout in
#: half"), must stand in the clause (grammar_words.txt)
_HALVED_AMOUNTS: Final = lexicon.word_sections("grammar_words.txt")["halved_amounts"]
_OWNERS: Final = frozenset(["its", "their", "our", "his", "her", "your"])


def _cut_in_half(sentence: Sentence) -> List[Claim]:
    """ "We cut the deficit in half", "Crime was cut in half": "in half" after a verb of
    falling in its clause is a factor of 0.5, as "halved" is (not "Cut the sandwich in
    half", an order that opens the sentence, nor "fold the paper in half")."""
    words = sentence.words
    for n in range(1, len(words)):
        if words[n].lower != "half" or words[n - 1].lower != "in":
            continue
        verb, _ = change_verb_in_clause(sentence, words[n - 1].start)
        opener = next((w for w in words if w.text.isalpha()), None)
        if verb is None or verb.direction != "down" or (
                opener is not None and opener.lower in changes_words_down()) \
                or (_HALVED_AMOUNTS.isdisjoint(w.lower for w in words[max(0, n - 8):n])
                    and _OWNERS.isdisjoint(w.lower for w in words[max(0, n - 5):n])):
            continue  # "cut the lemon in half", "the car was cut in half": no amount
        return [finish_claim(sentence, start=words[n - 1].start, end=words[n].end,
                             kind="point", low=Decimal("0.5"), high=Decimal("0.5"),
                             qualifier="", precision=None, change=Change("down", "factor"))]
    return []


@lru_cache(maxsize=None)
def changes_words_down() -> FrozenSet[str]:
    """Change words of falling: "cut", "slashed"."""
    return frozenset(w for w, change in lexicon.load().changes.items()
                     if change.direction == "down")


def _counted_factor(words: Sequence[Word], n: int) -> bool:
    """A factor word in -s after a number, a determiner or a possessive, or before a plural
    verb, is a noun: "hit 3 trebles", "the doubles final", "the hotel's doubles", "The
    fairing halves were recovered"; one in -ing before "time" names
    a measure ("the doubling time")."""
    if words[n].lower.endswith("ing") and n + 1 < len(words) \
            and words[n + 1].lower in _MEASURED_BY_A_FACTOR:
        return True  # "the doubling time was 3.5 days": a measure named by the factor
    return words[n].lower.endswith("s") and n > 0 and (
        words[n - 1].text[:1].isdigit() or words[n - 1].lower in _BEFORE_A_FACTOR_NOUN
        or words[n - 1].text.endswith(POSSESSIVE_ENDINGS)
        or parse_number(words[n - 1].lower) is not None
        or (n + 1 < len(words) and words[n + 1].lower in _PLURAL_VERBS_AFTER))


#: verbs of a plural subject after a factor word in -s, which make it a noun: "The fairing
#: halves were recovered"
_PLURAL_VERBS_AFTER: Final = frozenset(["were", "are", "have", "had", "of"])
#: nouns that a factor word in -ing names a measure with: "the doubling time", "a halving
#: period"
_MEASURED_BY_A_FACTOR: Final = frozenset(["time", "times", "period", "periods", "rate"])


#: words after which a factor word in -s is a noun: "the doubles final", "the mixed
#: doubles", "singles and doubles", "cut into halves", "the first and second halves" (not
#: "first", an adverb too: "Shell first halves its dividend")
_BEFORE_A_FACTOR_NOUN: Final = frozenset(["the", "his", "her", "their", "its", "our", "mixed",
                                          "and", "in", "of", "men's", "women's", "into",
                                          "both", "equal", "second"])


#: scale words glued to "fold" after "a": "a hundredfold", "a thousandfold", "a millionfold"
_SCALE_FOLDS: Final = {"hundred": Decimal(100), "thousand": Decimal(1000),
                       "million": Decimal(1_000_000)}
#: hedges between a modal and its factor verb: "expected to nearly triple"
_FACTOR_HEDGES: Final = frozenset(["nearly", "almost", "roughly", "approximately", "likely"])
#: the period a factor after "more than" compares with: "more than triple last year's"
_NAMED_PERIODS: Final = frozenset(["this", "last", "a", "an"])


def factor_claims(sentence: Sentence) -> List[Claim]:
    """ "doubled", "halved", "more than sixfold": the word is a factor of change."""
    changes = lexicon.load().changes
    found: List[Claim] = []
    if "half" in sentence.vocabulary and "in" in sentence.vocabulary:
        found += _cut_in_half(sentence)
    if sentence.vocabulary.isdisjoint(factor_words()) and not _FOLD.search(
            sentence.text, *sentence.span):
        return found
    words = sentence.words
    for n, word in enumerate(words):
        change = changes.get(word.lower) or _AS_ONLY_FACTORS.get(word.lower)
        start = word.start
        if change is not None and change.factor is not None and not _counted_factor(words, n) \
                and not (word.lower in _HOW_OFTEN_WORDS and _period_after(sentence, word.end)[0]) \
                and not priced_rooms(sentence, word):
            compared = n + 1 < len(words) and words[n + 1].lower in _COMPARED_AFTER and (
                words[n + 1].lower != "as" or _as_comparison(words, n + 1))
            if word.lower in _AS_ONLY_FACTORS and not (compared and words[n + 1].lower == "as"):
                continue  # "half as many" (but "half the workers" is a share, read elsewhere)
            hedged = n >= 2 and words[n - 1].lower in _FACTOR_HEDGES
            before = n - 2 if hedged else n - 1
            bounded = n >= 2 and words[n - 1].lower == "than" \
                and words[n - 2].lower in ("more", "less") and n + 1 < len(words) \
                and words[n + 1].lower in _COMPARED_AFTER | _NAMED_PERIODS
            if n + 1 < len(words) and words[n + 1].lower in ("zero", "zeros", "zeroes") \
                    and sentence.text[words[n + 1].end:words[n + 1].end + 1] != "-":
                continue  # "calls to triple zero": Australia's emergency number, no factor
                # (but "to triple zero-emission bus numbers")
            if change.modal and not compared and not bounded and (
                    before < 0 or (words[before].lower not in _MODALS
                                   and (hedged or not is_plural_subject(words[before])))):
                continue  # "a double room"; but "set to double", "could triple", "expected to
                # nearly triple"
            factor, direction = change.factor, change.direction
            if compared and words[n + 1].lower == "as":
                direction = ""  # "twice as likely": a comparison, as "three times as" is
        elif word.lower.endswith("fold") and parse_number(word.lower[:-4]) is not None:
            factor, direction = parse_number(word.lower[:-4]) or Decimal(0), ""
        elif word.lower[:-4] in _SCALE_FOLDS and n > 0 and words[n - 1].lower in ("a", "one"):
            factor, direction = _SCALE_FOLDS[word.lower[:-4]], ""  # "grew a hundredfold"
            start = words[n - 1].start
        elif word.lower == "fold" and n > 1 and words[n - 1].text == "-" \
                and words[n - 2].text.isalpha() \
                and words[n - 1].start == words[n - 2].end and words[n - 1].end == word.start \
                and parse_number(words[n - 2].lower) is not None:
            # "three-fold" ("10-fold" is read with the digits)
            factor, direction = parse_number(words[n - 2].lower) or Decimal(0), ""
            start = words[n - 2].start
        else:
            continue
        hedge = read_hedges(sentence, HedgeReading("point", "", start, word.end),
                            "dimensionless", None)
        verb = change_before(sentence, hedge.start)
        direction = direction or (verb.direction if verb else "") \
            or comparative_after(sentence, hedge.end) or _verb_of_object(sentence, hedge.start)
        found.append(finish_hedged(sentence, hedge, factor, precision=None,
                                   change=Change(direction, "factor")))
    return found
