"""Two numerals read as one quantity: ranges ("600 to 3,000", "between 5 and 6",
"$5-6 million") and ratios ("one in five"); scores ("won 3-2") are set apart."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List, NamedTuple, Optional, Tuple

from factcheck import lexicon, units
from factcheck.errors import UnitError
from factcheck.changes import (change_before, change_before_comma,
                               change_verb_in_clause, level_verb_before, ranging_word)
from factcheck.nouns import counted_noun
from factcheck.numerals import SLASH_ESTIMATE_SIGNS, Numeral, parse_number, tidy
from factcheck.sentence import Sentence, hedges_before, longest_phrase_before
from factcheck.text import Word, lower_words, new_record


#: what may stand between the two ends of a range, after hedges are removed
_RANGE_CONNECTORS: Final = {"-": "-", "\N{EN DASH}": "-", "\N{EM DASH}": "-", "to": "to",
                            "through": "to", "thru": "to", "and": "and"}

#: the windows a count of doses or events is limited within: "8 in 24 hours", "3 in 7 days"
_WINDOWS_OF_TIME: Final = frozenset([Decimal(24), Decimal(48), Decimal(72), Decimal(7),
                                     Decimal(12), Decimal(28), Decimal(30)])
#: words of card games, whose "$1/$2" names two stakes, and of insurance, whose "$250/$1000"
#: names two deductibles
_STAKES_WORDS: Final = frozenset(["blinds", "blind", "poker", "stakes", "hold'em", "holdem",
                                  "deductible", "deductibles"])
#: words before a range's first end: "between A and B", "from A to B"
_RANGE_OPENERS: Final = {"between", "from"}
#: hedges that may stand between an opener and the first end: "between about 3 and 4"
_HEDGES_IN_RANGE: Final = frozenset(["about", "around", "roughly", "approximately", "some"])
#: bounds that may stand between "from" and the first end: "went from under $10 to"
_BOUNDS_IN_RANGE: Final = frozenset(["under", "over", "below", "above", "nearly", "almost"])

#: between the two numbers of a ratio: "one in five", "one out of every four", "3 of every 10"
_RATIO_WORDS: Final = {("in",), ("in", "every"), ("out", "of"), ("out", "of", "every"),
                       ("of", "every")}

def _one_person(word: str) -> bool:
    """Whether a word between "one" and "in" names a person: "patient", "Australian"."""
    if not word.isalpha():
        return False
    lowered = word.lower()
    if word[:1].isupper():
        return lowered.endswith(_DEMONYM_ENDINGS)
    return units.singular(lowered) == lowered and (
        lowered in _PERSON_NOUNS or lowered.endswith(("er", "or", "ist", "ian", "ant", "ent")))


#: what follows a window's unit of time in a share of time: " of video", " spent online",
#: " worked"
_TIME_SHARE_AFTER: Final = re.compile(
    r"[ ](?:of[ ](?:airtime|video|screen|television|TV|tv|ad|ads|sleep|footage|content"
    r"|broadcast)|spent|worked|logged|watched(?![ ]by)|slept)\b")


def _level_share_before(sentence: Sentence, start: int) -> bool:
    """Whether a share held at a level is named before ``start``: "Labour's vote share will
    go up", "Their market share will go up" (not "The share price could go up")."""
    words = [w.lower for w in sentence.before(start, 12)]
    return any(w in _LEVEL_SHARES for w in words) and "price" not in words


def _share_of_people(sentence: Sentence, first: Numeral, second: Numeral) -> bool:
    """Whether "one <person> in N" is a share: nothing counted after N, or a clause opens at
    "one" and the word after N is its verb ("One Scot in four lives in poverty"; not "Police
    said one man in two cars was injured": cars counted, then the verb)."""
    counted = counted_noun(sentence, second.end, second.value)
    if counted is None or counted.text[:1].isupper():
        return True  # (and "One adult in five Britons is a smoker": the people of a place)
    following = sentence.after(counted.end, 1)
    return _opens_clause(sentence, first.start) \
        and not (following and following[0].lower in _AUXILIARIES)


#: verbs that follow a subject, after which the noun before them was counted
_AUXILIARIES: Final = frozenset(["was", "were", "is", "are", "had", "has", "have", "will",
                                 "would", "could"])


def _opens_clause(sentence: Sentence, start: int) -> bool:
    """Whether a clause opens at ``start``, perhaps after "only" or a hedge: the sentence's
    start, or after a comma, "that" or a verb of saying ("Figures show one child in three
    lives in poverty", "Only one student in 10 passes")."""
    before = sentence.before(start, 2)
    if before and before[-1].lower in _CLAUSE_ADVERBS:
        before = before[:-1]
    return not before or before[-1].text in (",", ";", ":") or before[-1].lower == "that" \
        or before[-1].lower in _SAYING_VERBS


#: words between a clause's start and its subject: "Only one student in 10"
_CLAUSE_ADVERBS: Final = frozenset(["only", "just", "about", "around", "nearly", "almost",
                                    "roughly", "some"])
#: verbs of saying or showing, after which a clause opens: "Figures show one child in three"
_SAYING_VERBS: Final = frozenset(["show", "shows", "showed", "shown", "suggest", "suggests",
                                  "suggested", "say", "says", "said", "estimate", "estimates",
                                  "estimated", "reveal", "reveals", "revealed", "mean",
                                  "means", "warn", "warns", "warned"])


#: nouns of a person (grammar_words.txt), and endings of the names of a people ("Australian",
#: "Briton", "Scot", "Kenyan", "Pakistani")
_PERSON_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["person_nouns"]
_DEMONYM_ENDINGS: Final = ("an", "on", "ese", "ish", "i", "ot", "er")
#: between a value and its uncertainty: "5 ± 0.2 kg", "20 +/- 2 C"
_PLUS_MINUS: Final = frozenset(["\N{PLUS-MINUS SIGN}", "+/-", "+-", "+/\N{MINUS SIGN}",
                                "plus or minus"])


#: "to" and an amount after a range: "from 2-3% to 4-5%"
_TO_AMOUNT: Final = re.compile(r"[ ]to[ ](?:[$£€¥]|[A-Z]{1,3}\$)?[0-9]")
#: words of ratings, beside which "X out of 5" is a score, not a share of a group
_RATING_WORDS: Final = lexicon.word_sections("grammar_words.txt")["rating_words"]
#: the tops of the scales that ratings are given on
_RATING_SCALES: Final = frozenset([3, 4, 5, 6, 7, 9, 10, 20, 100])
#: the scales a rating word anywhere in the sentence makes a score on; the others need a
#: noun of rating right before the number
_COMMON_SCALES: Final = frozenset([5, 10, 100])
_RATED_BEFORE: Final = re.compile(r"\b(?:rating|rated|score[ ]of|grade[ ]of)(?:[ ]of)?[ ]\Z",
                                  re.IGNORECASE)


#: giving a thing a mark, right before the mark: "I'd give it 3", "gave the food 4" (not
#: "Nine out of 10 give to charity", "give 3 out of 5 staff a raise")
_GIVEN_A_MARK: Final = re.compile(
    r"\b(?:give|gave|gives|giving)[ ](?:it|them|(?:this|that|the|my|our|his|her|their)"
    r"(?:[ ][a-z]+){1,2})[ ]\Z", re.IGNORECASE)


def _rating(sentence: Sentence, first: Numeral, second: Numeral) -> bool:
    """ "rated 4.6 out of 5", "scored 8.7 out of 10", "four out of five stars": a score on
    a scale, whose value is the first number (but "nine out of 10 guests" is a share)."""
    if second.value not in _RATING_SCALES or first.value > second.value:
        return False
    if second.value not in _COMMON_SCALES and not _RATED_BEFORE.search(
            sentence.text, max(sentence.span[0], first.start - 32), first.start):
        return False  # "a risk rating 4 out of 7", "a score of 1 out of 9" (but "He scored 3
        # out of 4 from the penalty spot" is a share)
    noun = counted_noun(sentence, second.end, second.value)
    if noun is not None and units.singular(noun.lower) not in ("star", "point"):
        return False  # "four out of five reviewers": a share of the reviewers
    return "." in first.text or not sentence.vocabulary.isdisjoint(_RATING_WORDS) \
        or _GIVEN_A_MARK.search(sentence.text, max(sentence.span[0], first.start - 24),
                                first.start) is not None


class Group(NamedTuple):
    """One or two numerals read as one quantity: a number, a range or a ratio."""

    first: Numeral
    last: Numeral
    connector: str = ""
    opener: str = ""
    opener_start: int = -1


def _measure_after(sentence: Sentence, numeral: Numeral) -> bool:
    """Whether a unit of measure, not money, follows the number: the "g" of "£4.50/100g"."""
    unit = sentence.unit_after(numeral.end)
    return unit is not None and unit.dimension not in ("currency", "count")


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
            groups.append(new_record(Group, (first, first, "", "", -1)))
            index += 1
    return [g for g in groups if g.connector not in _NOT_AMOUNTS]


#: groups that are no amounts: "won 3-2", "a 3-in-1 shampoo"
_NOT_AMOUNTS: Final = frozenset(["score", "name"])


def share_scale_from_to(numerals: List[Numeral], sentence: Sentence) -> List[Numeral]:
    """ "rose from 5.1 to 6.3 billion", "from $24.2 to $33 billion", "2.4 to 2.1 billion years
    ago": the "from" number, or the older age, written without a scale shares the scale of
    the "to" number, as the two ends of a range do ("2,000 to 3 million" keeps 2,000: it is
    too large to share it)."""
    shared = list(numerals)
    for index in range(len(shared) - 1):
        first, second = shared[index], shared[index + 1]
        scale = _scale_to_share(first, _scaled_end(shared, index + 1, sentence), 10) \
            if first.scale == 1 else None
        if scale is None:
            continue
        marker = sentence.unit_before(second.start)
        gap_end = marker.start if marker and marker.start >= first.end else second.start
        gap = sentence.gap(first.end, gap_end).strip().lower()
        ages = first.value > second.base and gap in _AGE_SPAN_GAPS \
            and _ages_ago(sentence, second)  # "2.4 to 2.1 billion years ago" runs down
        opener, opener_start = _opener(sentence, first)
        if not ages and (gap != "to" or opener != "from"):
            continue
        verb = sentence.before(opener_start, 1) if opener else []
        if marker is not None and sentence.unit_before(first.start) is not None \
                and first.value * second.scale > second.value \
                and not (verb and verb[0].lower in lexicon.load().changes):
            continue  # "Prizes range from $4 to $1 million": a range runs up, so $4 is
            # no $4 million (but "from $2 to $5 million", "fell from $4 to $1.5 billion")
        shared[index] = _scaled(first, scale)
    return shared


#: what stands between the two ages of a span: "2.4 to 2.1 billion years ago", "between 2.4
#: and 2.1 billion years ago"
_AGE_SPAN_GAPS: Final = frozenset(["to", "and", "-", "\N{EN DASH}"])
#: what stands between the items of a list of numbers: "3, 4 and 5 billion"
_LIST_GAPS: Final = frozenset([",", "and", "or", ", and", ", or"])


def share_scale_in_lists(numerals: List[Numeral], sentence: Sentence) -> List[Numeral]:
    """ "3, 4 and 5 billion euros", "1.2, 1.5 and 1.9 million units", "5 and 6 million": the
    items of a list written without a scale share the scale of the last, when every one of
    them can ("2, 3 and 4,000" keeps its numbers, as "2,000 to 3 million" does)."""
    shared = list(numerals)
    index = 0
    while index < len(shared) - 1:
        last = index
        while last + 1 < len(shared) and shared[last].scale == 1 \
                and _list_gap(sentence, shared[last], shared[last + 1]):
            last += 1
        end = shared[last]
        scales = [_scale_to_share(item, end, 10) for item in shared[index:last]]
        if last > index and end.scale != 1 and all(scales) \
                and _opener(sentence, shared[index])[0] == "":
            for offset, scale in enumerate(scales):
                assert scale is not None
                shared[index + offset] = _scaled(shared[index + offset], scale)
        index = last + 1
    return shared


def _list_gap(sentence: Sentence, first: Numeral, second: Numeral) -> bool:
    """Whether only a comma or "and"/"or" (and a currency marker) parts two numerals; after
    a bare comma a marker before the second needs one before the first ("Loopwise, 120,
    $45M": the 120 is no money, nor in millions; but "3 or $4 million")."""
    marker = sentence.unit_before(second.start)
    gap_end = marker.start if marker and marker.start >= first.end else second.start
    gap = sentence.gap(first.end, gap_end).strip().lower()
    if gap == "," and gap_end < second.start and not sentence.unit_before(first.start):
        return False
    return gap in _LIST_GAPS


def _scaled(numeral: Numeral, scale: Decimal) -> Numeral:
    """``numeral`` times ``scale``, its precision scaled alike."""
    value = numeral.value * scale
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return numeral._replace(
        value=value, scale=scale,
        precision=None if numeral.precision is None else numeral.precision * scale)


def _scaled_end(numerals: List[Numeral], index: int, sentence: Sentence) -> Numeral:
    """The numeral at ``index``, or the far end of the range it opens when only that end
    is scaled: "from 24.2 to 33-35 billion" shares the billion of "35 billion"."""
    numeral = numerals[index]
    if numeral.scale != 1 or index + 1 == len(numerals):
        return numeral
    far = numerals[index + 1]
    connector = sentence.gap(numeral.end, far.start).strip().lower()
    return far if far.scale != 1 and connector in _RANGE_CONNECTORS \
        and connector != "and" else numeral


def _opener(sentence: Sentence, numeral: Numeral) -> Tuple[str, int]:
    """ "between" / "from" right before a numeral (or its currency marker)."""
    start = numeral.start
    currency = sentence.unit_before(start)
    if currency:
        start = currency.start
    ages = sentence.before(start, 4)
    if [w.lower for w in ages] in (["between", "the", "ages", "of"],
                                   ["between", "the", "age", "of"]):
        return "between", ages[0].start  # "between the ages of 18 and 40"
    if [w.lower for w in ages[-2:]] in (["between", "ages"], ["between", "age"]):
        return "between", ages[-2].start  # "between ages 2 and 10"
    before = sentence.before(start, 2)
    if len(before) == 2 and before[0].lower in ("between", "from") and (
            before[-1].lower in _HEDGES_IN_RANGE
            or (before[-1].lower in _BOUNDS_IN_RANGE and before[0].lower == "from")):
        before = before[:1]  # "between about $3bn and $4bn", "rose from about $3 to $12",
        # "went from under $10 to more than $50"
        start = sentence.before(start, 1)[0].start
    if before and before[-1].lower in _RANGE_OPENERS:
        if not sentence.gap(before[-1].end, start).strip():
            return before[-1].lower, before[-1].start
    qualified = sentence.before(start, _QUALIFIED_REACH + 1)
    for index in range(len(qualified) - 2, -1, -1):
        if qualified[index].lower == "from":
            between = qualified[index + 1:]
            if all(w.lower in _FROM_QUALIFIERS for w in between) \
                    and any(w.lower in _LEVEL_QUALIFIERS for w in between):
                return "from", qualified[index].start  # "risen from an initial estimate
                # of $1.9 billion to nearly $3.4 billion": the old level, qualified
            break
    return "", -1


#: how many words may qualify an old level between "from" and it, and which
_QUALIFIED_REACH: Final = 4
_LEVEL_QUALIFIERS: Final = lexicon.word_sections("grammar_words.txt")["level_qualifiers"] \
    | frozenset(["forecast", "estimated", "projected", "budget", "previous", "earlier"])
_FROM_QUALIFIERS: Final = _LEVEL_QUALIFIERS | frozenset(["a", "an", "the", "its", "their", "of"])


def join_pair(first: Numeral, second: Numeral, sentence: Sentence) -> Optional[Group]:
    """A Group for "A to B", "A-B", "between A and B", "one in five"; None otherwise."""
    gap_start = first.end
    own_unit = sentence.unit_after(first.end)
    if own_unit and own_unit.end <= second.start:
        gap_start = own_unit.end
    prefixed = _other_unit_prefix(own_unit, first, second, sentence)
    if own_unit and prefixed is not None:
        try:
            first = _in_unit(first, own_unit.unit, prefixed)  # "20 Hz to 20 kHz": 0.02 kHz
        except UnitError:
            prefixed = None  # units that pint cannot convert stay two claims
    gap = sentence.gap(gap_start, second.start)
    currency = sentence.unit_before(second.start)
    if currency and currency.start >= gap_start:
        gap = sentence.gap(gap_start, currency.start)
    hundredths = own_unit is not None and currency is not None \
        and _sub_unit_to_main(own_unit, currency)
    if hundredths:
        assert own_unit is not None
        first = _hundredths(first, own_unit.factor)  # "50 cents to $1": 0.5 to 1
    gap_words = lower_words(gap)
    if len(gap) > 1 and gap[0] == gap[-1] == "-" and " " not in gap:
        # all hyphenated: "a 10-to-15-minute walk", "one-in-three adults"
        gap_words = tuple(w for w in gap_words if w != "-")
    elif len(gap_words) > 1 and gap_words[0] == "-" and gap.startswith("-"):
        gap_words = gap_words[1:]  # a suspended hyphen: "8- to 16-meter"
    connector_words = _without_hedge(gap_words)
    opener, opener_start = _opener(sentence, first)
    if connector_words == ("out", "of") and not opener and _rating(sentence, first, second):
        return Group(first, second, "rating")  # "rated 4.6 out of 5"
    if connector_words == ("out", "of") and currency and (first.scale > 1 or second.scale > 1):
        return None  # "$12 million out of $54 million needed": two sums, each a claim
    if first.value == 1 and not opener and not own_unit and not currency \
            and len(gap_words) > 1 and gap_words[1:] in _RATIO_WORDS \
            and _one_person(gap.split()[0]) and second.value == int(second.value) > 1 \
            and sentence.unit_after(second.end) is None \
            and _share_of_people(sentence, first, second):
        return Group(first, second, "ratio")  # "one patient in three", "One Scot in four
        # lives in poverty": a share of people, the noun between (not "found one survivor
        # in three collapsed buildings")
    if connector_words in _RATIO_WORDS and (not opener or opener == "from"):
        # ("up from one in ten": "from" opens the change's old level, no range)
        if connector_words != gap_words or (not currency and sentence.unit_before(first.start)):
            return None  # "$9.99 in over 40 countries", "$1 in 4 regions": no share
        second_unit = sentence.unit_after(second.end)
        if second_unit is not None and second_unit.dimension == "time" \
                and (second.value in _WINDOWS_OF_TIME or opener == "from"
                     or second.value != int(second.value) or first.value != int(first.value)
                     or (second_unit.unit in ("second", "minute", "hour")
                         and first.value > 1
                         and not _TIME_SHARE_AFTER.match(sentence.text, second_unit.end))):
            return None  # "no more than 8 in 24 hours", "from 5 in 6 months", "fell to 1.010
            # in 5 days", "struck three in 20 minutes": a count or a level within a window
            # of time, no share (but "Trains
            # ran late on 1 in 3 days" is one day in three)
        if 0 <= first.value < second.value and not first.fraction \
                and (second.value == int(second.value)
                     or (first.value == 1 and second_unit is None)):
            # (odds may be "1 in 24.9"; but "Dissolve 1 in 2.5 litres" is a measure)
            # (a part is never below none: "-5 in 0"; odds may be "1 in 24.9")
            if not own_unit and (not currency or _same_money(sentence, first, currency)):
                return Group(first, second, "ratio")  # "one in five", "£1 in every £5"
            if own_unit and own_unit.dimension in ("time", "count") and second_unit is None \
                    and connector_words == ("out", "of") and not currency:
                return Group(first, second, "ratio")  # "late 3 days out of 5": a share
        elif gap[:1] == "-" and not own_unit and not currency:
            return Group(first, second, "name")  # "a 3-in-1 shampoo", "2-in-1 laptops"
        return None
    if gap.strip(" ,").lower() in _PLUS_MINUS:
        second_unit = sentence.unit_after(second.end)
        if currency is not None:
            first_marker = sentence.unit_before(first.start)
            if first_marker is not None and first_marker.unit == currency.unit:
                return Group(first, second, "plus_minus")  # "$9.6 billion, plus or minus
                # $300 million": guidance and its margin
            return None
        if second_unit is not None and second_unit.dimension == "percent" and (
                own_unit is None or own_unit.dimension != "percent") \
                and sentence.unit_before(first.start) is not None:
            return None  # "$2.0 billion ± 3%": a margin in percent of the amount, two claims
        if second_unit is not None and second_unit.dimension == "currency":
            first_marker = sentence.unit_before(first.start)
            if first_marker is None or first_marker.unit != second_unit.unit:
                return None
            return Group(first, _hundredths(second, second_unit.factor), "plus_minus")
            # "$2.10, plus or minus 5 cents": the margin in the amount's whole units
        if own_unit is None or (second_unit is not None and second_unit.unit == own_unit.unit):
            return Group(first, second, "plus_minus")  # "5 ± 0.2 kg": value and uncertainty
    connector = _RANGE_CONNECTORS.get("".join(connector_words) if connector_words else "")
    if gap == "~":
        connector = "-"  # "20~100": a tilde between two numbers joins them
    elif gap == "/" and first.value < second.value and not own_unit \
            and sentence.text[first.start - 1:first.start] in SLASH_ESTIMATE_SIGNS \
            and (sentence.vocabulary.isdisjoint(_STAKES_WORDS)
                 or sentence.text[second.start - 1:second.start] not in SLASH_ESTIMATE_SIGNS) \
            and not _measure_after(sentence, second) \
            and sentence.text[second.start - 1:second.start] in (
                sentence.text[first.start - 1:first.start], "/"):
        connector = "-"  # "est. $3/5 million", "£800/1,200": an auction's estimate (not
        # "$1/$2 blinds", a poker game's two stakes, "deductibles ... $250/$1000", "£20/€23",
        # one price in two currencies, nor "£4.50/100g", a price by 100 grams)
    elif connector is None and opener == "from" \
            and _qualified_ends(sentence, opener_start, connector_words):
        connector = "to"  # "ranging from £80 in winter to £210 in August"
    elif connector_words == ("or",) and not opener:
        if gap_words != ("or",) or (currency and not sentence.unit_before(first.start)):
            return None  # "5000 or less than 6000"; "about 8 or $9" has one unit
        if "respectively" in sentence.vocabulary or "depending" in sentence.vocabulary \
                or not sentence.vocabulary.isdisjoint(_OPTION_WORDS):
            return None  # "25k or 40k cheaper than its rivals respectively": one each; "£5
            # or £10 depending on the offence", "opt for the 1 or 2 litre engine": options
        if _after_list_item(sentence, first):
            return None  # "8, 16 or 32GB of RAM": options, not a range that holds 24
        if own_unit is not None and _other_measure_after(sentence, second, own_unit):
            return None  # "24 months or 26 loans, whichever comes first": two limits
        return _alternatives(first, second, gap)
    if connector is None and gap == ", " and not own_unit and first.value < second.value \
            and _CI_BEFORE.search(sentence.text, max(sentence.span[0], first.start - 12),
                                  first.start):
        return Group(first, second, "to")  # "(95% CI: 2.7, 3.8)": an interval's two ends
    if connector is None and gap == ", " and not opener \
            and _spoken_alternatives(sentence, first, second, own_unit):
        return _alternatives(first, second, "or")  # "three, four hundred people", "60, 70
        # percent": a speaker's estimate
    if connector is None:
        return None
    if connector == "and" and opener != "between":
        return None
    if opener == "between" and _two_things_compared(sentence, opener_start):
        return None  # "The difference between 40% and 20%": two rates, no range
    if connector == "to" and not currency and sentence.unit_before(first.start) \
            and not sentence.unit_after(second.end) \
            and counted_noun(sentence, second.end, second.value) is not None:
        return None  # "gives Rs 1,500 to 1.2 crore women": an amount and who receives it
    if connector == "-" and gap.strip() not in ("-", "\N{EN DASH}", "\N{EM DASH}", "~", "/"):
        return None
    if gap == " \N{EM DASH} ":
        return None  # "Packaging line 7 — 1,200 cartons/hr": a spaced em dash sets a label
        # apart, it joins no range
    if opener == "from" and connector == "-" and first.value < second.value and _TO_AMOUNT.match(
            sentence.text, (sentence.unit_after(second.end) or second).end):
        # "raised its forecast from 2-3% to 4-5%": a range is the old level of a change
        return Group(first, second, connector)
    ranging = opener == "from" and any(ranging_word(sentence, w)
                                       for w in sentence.before(opener_start, 1))
    # ("lost sums ranging from £500 to £250,000": one range of what was lost)
    if opener == "from" and not ranging and (change_before(sentence, opener_start)
                             or change_verb_in_clause(
                                 sentence, opener_start, factors=counted_noun(
                                     sentence, first.end, first.value) is None)[0] is not None
                             or change_before_comma(sentence, opener_start) is not None
                             or level_verb_before(sentence, opener_start)
                             or (_shrinks(shared_scale_value(first, second), second.value)
                                 and not _ages_ago(sentence, second))):
        # a change: "lowered its forecast from 3% to 2.7%", "from 5.1% to 4.9%"; a range
        # runs up in size, so "from -18 °C to -34 °C" is one, and up through zero, so
        # "from -12 °C to 3 °C" is one too
        if connector == "-" and gap == "-" and first.value < second.value:
            return Group(first, second, connector)  # "up from €4.8-5.1bn": the old level
        return None
    if own_unit and currency and not hundredths:
        return None
    if not own_unit and not currency and _fields_of_a_listing(first, second, sentence):
        return None  # "£3.75 – 165p per 100g", "€1.99 – 33% cheaper": a price, then its
        # price by weight or its saving
    if currency and first.fraction and currency.start >= gap_start \
            and not sentence.unit_before(first.start):
        return None  # "zoomed by a third to £2.6bn": a share of a group and an amount
    if own_unit and prefixed is None and not hundredths:
        second_unit = sentence.unit_after(second.end)
        if second_unit is None or second_unit.unit != own_unit.unit \
                and second_unit.unit.split(" / ")[0] != own_unit.unit:
            return None  # but "10p-15p a litre", "between 480p and 520p a share", "8% to
            # 10% a year": the rate is written once, after the range
        if first.value == second.value and first.scale == second.scale:
            return None  # "no difference between 4km^3 and 4 km cubed": one amount twice
    first_marker = sentence.unit_before(first.start)
    # "increased by $43.6 billion to $419.2 billion": the change word is before the "$"
    first_start = first_marker.start if first_marker else first.start
    if connector == "to" and (_after_change(sentence, first_start)
                              or _moved_level(sentence, own_unit, first_start, first, second)) \
            and not _range_of_changes(first, second, own_unit, sentence) \
            and not _forecast_range(first, second, own_unit, sentence, first_start):
        return None
    if connector in ("-", "to") and not opener and _is_score(first, second, sentence):
        return Group(first, second, "score")
    if connector == "-" and _descending_bare(first, second, sentence):
        return Group(first, second, "score")
    if not opener and _descends(first, second) and not _ages_ago(sentence, second):
        return None
    return Group(first, second, connector, opener, opener_start)


def _fields_of_a_listing(first: Numeral, second: Numeral, sentence: Sentence) -> bool:
    """Whether money before the first number and a share or another denomination after the
    second ("£3.75 – 165p", "€1.99 – 33%") make them two fields, not one range."""
    marker = sentence.unit_before(first.start)
    if marker is None or marker.dimension != "currency":
        return False
    after = sentence.unit_after(second.end)
    return after is not None and (
        after.dimension in ("percent", "percentage_point")
        or (after.unit.split(" / ")[0] == marker.unit and after.factor != marker.factor))


#: the metric and binary prefixes of a unit's name: "kilo" in "kilohertz"
_PREFIXES: Final = re.compile(r"(?:yotta|zetta|exa|peta|tera|giga|mega|kilo|hecto|deca|deci"
                              r"|centi|milli|micro|nano|pico|femto|atto|kibi|mebi|gibi|tebi)")


#: units of time that a range's two ends may mix: "aged 9 months to 3 years"
_SPANS_OF_TIME: Final = frozenset(["minute", "hour", "day", "week", "month", "year"])


#: another amount right after a time, or a time right before one: a composite duration
_COMPOSITE_AFTER: Final = re.compile(r",?[ ](?:and[ ])?[0-9]")
_COMPOSITE_BEFORE: Final = re.compile(r"[0-9][ ]?[a-z]+,?[ ](?:and[ ])?\Z")


def _sub_unit_to_main(own_unit: units.UnitMatch, currency: units.UnitMatch) -> bool:
    """ "50 cents to $1", "80p to £1.20": a range from a currency's hundredths to its
    whole units."""
    return own_unit.dimension == "currency" and own_unit.unit == currency.unit \
        and own_unit.factor < 1 and currency.factor == 1


def _hundredths(numeral: Numeral, factor: Decimal) -> Numeral:
    """``numeral`` in hundredths restated in whole units: 50 (cents) as 0.5 (dollars)."""
    return numeral._replace(value=_tidy(numeral.value * factor),
                            base=_tidy(numeral.base * factor),
                            precision=None if numeral.precision is None
                            else _tidy(numeral.precision * factor))


def _other_unit_prefix(own_unit: Optional[units.UnitMatch], first: Numeral, second: Numeral,
                       sentence: Sentence) -> Optional[str]:
    """The unit after ``second`` when it is the first end's unit with another prefix: the
    kilohertz of "20 Hz to 20 kHz"; else None."""
    if own_unit is None:
        return None
    second_unit = sentence.unit_after(second.end)
    if second_unit is None:
        return None
    if own_unit.unit in _SPANS_OF_TIME and (_COMPOSITE_AFTER.match(sentence.text, second_unit.end)
                                            or _COMPOSITE_BEFORE.search(
                                                sentence.text, max(0, first.start - 16),
                                                first.start)):
        return None  # "2 hours 20 minutes to 1 hour 25 minutes": composites, read elsewhere
    return _other_prefix(own_unit.unit, second_unit.unit)


def _other_prefix(unit: str, other: str) -> Optional[str]:
    """``other`` when it is ``unit`` with another prefix ("hertz", "kilohertz"), or another
    unit of a span of time ("9 months to 3 years"), else None."""
    if unit == other:
        return None
    numerator, slash, denominator = unit.partition(" / ")
    other_numerator, other_slash, other_denominator = other.partition(" / ")
    if slash and other_slash and denominator == other_denominator:
        # "100 Mbps to 1 Gbps": rates over one denominator whose numerators differ in prefix
        return other if _other_prefix(numerator, other_numerator) is not None else None
    if " " in unit or " " in other:
        return None
    if unit in _SPANS_OF_TIME and other in _SPANS_OF_TIME:
        return other  # (composites were left out by _other_unit_prefix)
    base = _PREFIXES.sub("", unit, count=1) if _PREFIXES.match(unit) else unit
    other_base = _PREFIXES.sub("", other, count=1) if _PREFIXES.match(other) else other
    return other if base == other_base and base else None


def _in_unit(numeral: Numeral, unit: str, other: str) -> Numeral:
    """``numeral`` in ``unit`` restated in ``other``: 20 (hertz) as 0.02 (kilohertz)."""
    factor = units.scale_factor(unit, other)
    return numeral._replace(value=_tidy(numeral.value * factor),
                            base=_tidy(numeral.base * factor),
                            precision=None if numeral.precision is None
                            else _tidy(numeral.precision * factor))


def _tidy(value: Decimal) -> Decimal:
    """A converted value to twelve significant digits, without trailing zeros: 0.75, not
    0.7500000000000000000000000000 (9 months in years)."""
    rounded = Decimal(format(value, ".12g"))
    return tidy(rounded) if rounded == rounded.to_integral_value() else rounded.normalize()


#: verbs of spread before "from A to B" (grammar_words.txt)
_SPREAD_VERBS: Final = lexicon.word_sections("grammar_words.txt")["spread_verbs"]
#: how many words may qualify the first end of a spread: "from £80 in the low season to"
_QUALIFIER_WORDS: Final = 4


def _qualified_ends(sentence: Sentence, opener_start: int, connector: Tuple[str, ...]) -> bool:
    """ "range from £80 in winter to £210 in August", "varied from 12C in the north to 19C":
    after a verb of spread, a short qualifier of the first end before "to" still makes a
    range (but "rose from 1.2m in 2022 to 1.9m" is a change, read elsewhere)."""
    if len(connector) < 2 or connector[-1] != "to" or not all(
            word.isalpha() or word == "-" for word in connector[:-1]):
        return False
    qualifier = [word for word in connector[:-1] if word != "-"]
    verb = sentence.before(opener_start, 1)
    return 0 < len(qualifier) <= _QUALIFIER_WORDS and bool(verb) \
        and verb[0].lower in _SPREAD_VERBS and "and" not in qualifier and "or" not in qualifier


def _moved_level(sentence: Sentence, own_unit: Optional[units.UnitMatch], start: int,
                 first: Numeral, second: Numeral) -> bool:
    """ "is expected to raise interest rates 0.25% to 0.5%", "lifted its dividend 4 cents to
    31 cents", "raised its dividend 5p to 20 pence": a level in percent, or one in the first
    amount's unit written again after it and at least three times it, that a change verb
    moves, its object between, goes by the first amount to the second (but "hiked prices 10%
    to 40%": a range of the change)."""
    if own_unit is None:
        return False
    if own_unit.unit == "percent":
        if sentence.vocabulary.isdisjoint(_PERCENT_LEVELS):
            return False
    else:
        second_unit = sentence.unit_after(second.end)
        if second_unit is None \
                or second_unit.unit.split(" / ")[0] != own_unit.unit.split(" / ")[0] \
                or second.value * second.scale < _LEVEL_RATIO * first.value * first.scale:
            return False  # (not "raised menu prices 50 cents to $2 an item": a range)
    return change_verb_in_clause(sentence, start)[0] is not None


#: how many times the amount changed by a level reached is at least, beside the change
_LEVEL_RATIO: Final = 3


def _same_money(sentence: Sentence, first: Numeral, currency: units.UnitMatch) -> bool:
    """Whether the first end is written in the currency of the second: "£1 in every £5"."""
    marker = sentence.unit_before(first.start)
    return marker is not None and marker.unit == currency.unit


def _after_change(sentence: Sentence, start: int) -> bool:
    """A change comes right before the amount at ``start``, past a hedge: "fell by roughly
    1,200", "rose 5%"; or "by", which names the size of a change whether or not its verb is
    written ("lifted its forecast by $1 billion", "and its dividend by 11c to 17c")."""
    hedge = longest_phrase_before(sentence, start, hedges_before())
    if hedge is not None:
        start = hedge[0].start
    if change_before(sentence, start) is not None or (
            _BY_AN_AVERAGE_OF.search(sentence.text, max(0, start - 24), start)
            and change_verb_in_clause(sentence, start)[0] is not None):
        return True  # (and "rose by an average of $14 to $212", "were hiked last month by an
        # average of £40 to £560"; not "is used by an average of 300 to 400 passengers")
    before = sentence.before(start, 2)
    if not before or before[-1].lower != "by":
        return False
    return not (len(before) == 2 and before[0].lower.endswith("ed")
                and before[0].lower not in lexicon.load().changes)
    # (but "reported by about 10% to 15% of patients": a passive's agents, no change)


#: "by", then the statistic the size of a change is: "by an average of ", "by a total of "
_BY_AN_AVERAGE_OF: Final = re.compile(r"\bby[ ]an?[ ](?:average|total|median|net)[ ]of[ ]\Z")


def _after_list_item(sentence: Sentence, numeral: Numeral) -> bool:
    """Whether a comma and another number stand right before ``numeral``: "8, 16",
    "$10, $15"."""
    marker = sentence.unit_before(numeral.start)
    start = marker.start if marker is not None else numeral.start
    before = sentence.before(start, 2)
    return (len(before) == 2 and before[1].text == "," and before[1].end + 1 == start
            and before[0].end == before[1].start and parse_number(before[0].text) is not None) \
        or _same_unit_item_before(sentence, numeral)  # "0%, 15% or 20%"


def _same_unit_item_before(sentence: Sentence, numeral: Numeral) -> bool:
    """Whether an item of a list with the unit glued to the numeral stands before it: "0%, "
    before "15%" (not "At 20C, " before "3 or 4 hours")."""
    item = _ITEM_WITH_UNIT_BEFORE.search(sentence.text, max(sentence.span[0],
                                                            numeral.start - 12), numeral.start)
    return item is not None and sentence.text.startswith(item.group("unit"), numeral.end)


#: a number and its glued sign or short unit, then a comma, right before a number: "0%, "
_ITEM_WITH_UNIT_BEFORE: Final = re.compile(r"[0-9](?P<unit>%|[a-zA-Z]{1,3}),[ ]\Z")


#: prepositions that put a number in a clause of its own before a comma; and words of a
#: bound, an age or a remainder, after which the number has a reading of its own ("over
#: 50, 60 percent", "aged 65, 70 percent", "the remaining 20, 25 percent"; but "over the
#: last 20, 30 years" is a speaker's estimate)
_OPENING_PREPOSITIONS: Final = frozenset(["in", "at", "by", "on", "from", "since", "until",
                                          "after", "before", "of", "than", "to", "over",
                                          "under", "above", "below", "aged", "age", "turned",
                                          "remaining"])
#: words that open a sentence with a phrase of its own (grammar_words.txt)
_PHRASE_OPENING_WORDS: Final = lexicon.word_sections("grammar_words.txt")[
    "phrase_opening_words"]
#: another number after the second of a pair, which makes the pair part of a list: "3, 4 and
#: then 5 percent", "8, 16, 32GB"
_LIST_GOES_ON: Final = re.compile(r"(?:,[ ]?|[ ](?:and|or)[ ](?:then[ ])?)[0-9]")


#: a confidence interval's name right before its first end: "95% CI: ", "CI "
_CI_BEFORE: Final = re.compile(r"\bCI[:,]?[ ]?\Z|\binterval[:,]?[ ]\Z")


def _other_measure_after(sentence: Sentence, second: Numeral, own_unit: units.UnitMatch) -> bool:
    """Whether the second of two numbers has a unit or counted noun other than the first's
    own: "24 months or 26 loans" (not "2 hours or 3", "3 days or 4 days")."""
    second_unit = sentence.unit_after(second.end)
    if second_unit is not None:
        return second_unit.unit != own_unit.unit
    return counted_noun(sentence, second.end, second.value) is not None


def _spoken_alternatives(sentence: Sentence, first: Numeral, second: Numeral,
                         own_unit: Optional[units.UnitMatch]) -> bool:
    """Two neighbouring numbers joined by a comma, the unit or noun written once after the
    second, are alternatives a speaker offers: "three, four hundred people", "60, 70 percent"
    (not a list, "3, 4 and then 5 percent", nor a part of a whole, "Of the 12, 5")."""
    if own_unit is not None or sentence.unit_before(first.start) is not None \
            or sentence.unit_before(second.start) is not None \
            or _after_list_item(sentence, first) or _LIST_GOES_ON.match(sentence.text, second.end) \
            or sentence.text[first.start - 1:first.start] == "+":
        return False  # (nor the days of a pregnancy's weeks: "born at 38+4, 6lb 15oz")
    before = sentence.before(first.start, 1)
    if before and before[0].lower in _OPENING_PREPOSITIONS:
        return False  # "By 10, 20 people had arrived", "Of the 12, 5": a clause of its own
    opener = sentence.words[0] if sentence.words else None
    if opener is not None and opener.lower in _PHRASE_OPENING_WORDS \
            and "," not in sentence.text[opener.end:first.start]:
        return False  # "When he was 15, 20 workers were employed": the opening phrase's own
    return sentence.unit_after(second.end) is not None \
        or counted_noun(sentence, second.end, second.value) is not None


def _alternatives(first: Numeral, second: Numeral, gap: str) -> Optional[Group]:
    """ "two or three days", "eight or nine euros": neighbouring whole numbers offered as
    alternatives say the amount lies between them.  Products offered side by side keep
    their own numbers ("a 7- or 8-inch screen"), and so do far-apart amounts ("1 or 10")
    and amounts that are not one step of counting or rounding apart ("18% or 24%", two
    rates of tax)."""
    if gap.startswith("-") or first.fraction or second.fraction:
        return None
    low, high = shared_scale_value(first, second), second.value
    if low != int(low) or high != int(high) or not 0 < low < high <= 2 * low:
        return None
    step = high - low
    if step != 1 and (low % step or not _ROUND_STEP.fullmatch(str(int(step)))):
        return None
    return Group(first, second, "or")


#: words of choosing between products, doses or arms of a trial: two numbers joined by
#: "or" near one of these are options, not a range ("assigned 100 or 150 milligrams")
_OPTION_WORDS: Final = lexicon.word_sections("grammar_words.txt")["option_words"]
#: a step of rounding: 10, 50, 200, 5,000 ("20 or 30 people", "100 or 150 homes")
_ROUND_STEP: Final = re.compile(r"[125]0*")


def _range_of_changes(first: Numeral, second: Numeral, own_unit: Optional[units.UnitMatch],
                      sentence: Sentence) -> bool:
    """ "rise 30 to 40 per cent", "fell by 1 to 1.5 degrees": the unit written once after
    two close numbers makes a range of changes, not a change and a new level ("rose 2% to
    3,000", "rose $5 to $10")."""
    if own_unit or sentence.unit_before(first.start) or sentence.unit_before(second.start):
        return False
    if first.scale == 1 and not first.fraction and second.scale >= 1000 \
            and 0 < first.value < second.base \
            and _scale_to_share(first, second, 1) is not None:
        return True  # "will grow by 3 to 5 million", "add 1.5 to 2 million residents": a
        # change of 3 people to a level of 5 million is no reading; the scale is shared
    after = sentence.unit_after(second.end)
    if after is None:
        # "plans to cut 8,000 to 10,000 jobs": a noun written once after two close counts
        # right after a verb that acts on them (but "cut 2,000 jobs to 8,000" and "The
        # workforce grew by 4,000 to 7,000 staff" are a change and its new level)
        verb = [w for w in sentence.before(first.start, 2) if w.lower not in _HEDGES_IN_RANGE][-1:]
        return 0 < first.value < second.value <= first.value * _CLOSE_COUNTS \
            and bool(verb) and verb[0].lower in lexicon.load().changes \
            and not _level_subject(sentence, verb[0]) \
            and counted_noun(sentence, second.end, second.value) is not None \
            and counted_noun(sentence, first.end, first.value) is None
    if after.dimension == "percent" and second.value >= _SHARE_LEVEL \
            and second.value > first.value * _LEVEL_OVER_STEP \
            and not _forecast_change(sentence, first):
        return False  # "Fine Gael rose three to 22%": a poll's step and its new level (but
        # "Prices could rise 2 to 10%": a forecast's range)
    return after.dimension != "currency" and 0 < first.value < second.value <= first.value * 10


def _forecast_change(sentence: Sentence, first: Numeral) -> bool:
    """Whether a verb of change after a modal or "to" stands right before the number: "could
    rise 2", "is set to rise by 5", "will go up 5", "are going up 4" (not "rose three", "has
    risen four", "is up two")."""
    before = [w for w in sentence.before(first.start, 4) if w.lower != "by"]
    if before and before[-1].lower in ("up", "down") and len(before) > 2 \
            and before[-2].lower in ("go", "going"):
        return (before[-3].lower in _MODALS or before[-2].lower == "going") \
            and not _level_share_before(sentence, first.start) \
            and sentence.vocabulary.isdisjoint(_POLL_WORDS)  # "will go up 5 to 30%", "are
        # going up 4 to 20%" (not "Labour's vote share will go up 4 to 34%": a level)
    before = before[-2:]
    return len(before) == 2 and before[1].lower in lexicon.load().changes \
        and before[0].lower in _MODALS


#: shares held at a level, whose "go up N to M%" is a step and the new level
_LEVEL_SHARES: Final = frozenset(["vote", "votes", "tax", "vat", "rate", "support", "approval",
                                  "share"])
#: words of polls, anywhere in a sentence: "will go up 2 to 14% in the polls"
_POLL_WORDS: Final = frozenset(["poll", "polls", "polling"])
#: words before a verb's plain form that make its change a forecast
_MODALS: Final = frozenset(["could", "will", "would", "may", "might", "can", "should",
                            "shall", "must", "to", "'ll"])
#: a share at least this large, and this many times the number before it, is the level a
#: change of points reached ("rose three to 22%"), not the top of a range of changes ("rise
#: 30 to 40 per cent", "by 1 to 5%")
_SHARE_LEVEL: Final = 10
_LEVEL_OVER_STEP: Final = 4


def _level_subject(sentence: Sentence, verb: Word) -> bool:
    """Whether a verb of change follows a count that moves by the first number to the
    second: "Membership rose 30,000 to 45,000 members" (but "The firm will shed 1,500 to
    2,000 roles" acts on its object)."""
    subject = sentence.before(verb.start, 1)
    return bool(subject) and subject[0].lower in _MOVING_COUNTS


#: counts that rise or fall by one number to another (grammar_words.txt)
_MOVING_COUNTS: Final = lexicon.word_sections("grammar_words.txt")["moving_counts"]
#: how far apart two counts of a range of changes may be: "cut 8,000 to 10,000 jobs"
_CLOSE_COUNTS: Final = 2


#: words before a change verb that make it a forecast: "will grow", "expected to fall"
_FORECASTING: Final = (lexicon.word_sections("grammar_words.txt")["modals"] - {"to"}) | frozenset(
    ["expected", "forecast", "projected", "predicted", "likely", "set", "expects", "expect",
     "sees", "forecasts", "projects", "predicts", "targets", "plans", "plan", "planned",
     "aims", "intends", "proposes", "proposed"])
#: levels measured in percent: "rates are expected to rise 0.25% to 0.5%" is a change and
#: its new level
_PERCENT_LEVELS: Final = lexicon.word_sections("grammar_words.txt")["rate_words"] | frozenset(
    ["inflation", "vat", "tax", "unemployment", "jobless"])
#: how many words before the first end a forecast word may stand: "are expected to fall by",
#: "expects net sales to grow"
_FORECAST_REACH: Final = 6
#: and before "by", which names the change however long its object: "plans to raise prices
#: on its most advanced nodes by 3% to 5%"
_BY_FORECAST_REACH: Final = 10


def _forecast_range(first: Numeral, second: Numeral, own_unit: Optional[units.UnitMatch],
                    sentence: Sentence, start: int) -> bool:
    """ "will grow 15% to 20% a year", "expected to fall by 8% to 12%": two close percentages
    after a forecast of change are a range of changes.  A change and its new level stay
    apart ("rose 0.3% to 3.4%", "rose 2% to 3% in May", "fell 2.4p to 142.6p a litre")."""
    if own_unit is None or own_unit.unit != "percent" \
            or not sentence.vocabulary.isdisjoint(_PERCENT_LEVELS):
        return False
    after = sentence.unit_after(second.end)
    if after is None or after.unit.split(" / ")[0] != own_unit.unit:
        return False
    before = sentence.before(start, _BY_FORECAST_REACH)
    reach = _BY_FORECAST_REACH if before and before[-1].lower == "by" else _FORECAST_REACH
    return 0 < first.value < second.value <= first.value * 3 \
        and any(w.lower in _FORECASTING for w in before[-reach:])


def _without_hedge(gap_words: Tuple[str, ...]) -> Tuple[str, ...]:
    """The connector of "to more than": the gap's words before a trailing hedge."""
    table = hedges_before()
    if not gap_words or gap_words[-1] not in table.last_words:
        return gap_words  # a quick miss: every hedge ends with one of these words
    for size in range(len(gap_words), 0, -1):
        if gap_words[-size:] in table:
            return gap_words[:-size]
    return gap_words


def shared_scale_value(first: Numeral, second: Numeral) -> Decimal:
    """The first end's value, scaled like the second when it has no scale of its own:
    "5 to 6 million" is 5 million to 6 million, "750,000 to 1 million" keeps 750,000, and
    "10-15,000 people" shares the thousands of its second end."""
    scale = _scale_to_share(first, second, 1)
    if scale is not None:
        return first.value * scale
    if _shares_thousands(first, second):
        return first.value * 1000
    return first.value


def _scale_to_share(first: Numeral, second: Numeral, reach: int) -> Optional[Decimal]:
    """The scale that a first end with none of its own (below a thousand) takes from the
    second: the whole scale when it is no larger than the number before it ("5 to 6
    million", "two and three hundred thousand"), else the last scale word's ("eighty and a
    hundred thousand" shares the thousand); ``reach`` allows a first end that many times
    larger ("from 24.2 to 33 billion")."""
    if first.scale >= 1000 or second.scale == 1:
        return None
    scale = second.scale
    # "a hundred thousand" is written with a scale of 100,000
    hundreds = scale >= 100_000 and (len(str(int(scale))) - 1) % 3 == 2 \
        and "hundred" in second.text.lower()
    if first.value <= second.base * (1 if hundreds else reach):
        return scale
    if hundreds and first.value <= second.value / (scale / 100) * reach:
        return scale / 100
    return None


def _shares_thousands(first: Numeral, second: Numeral) -> bool:
    """ "10-15,000", "20–30,000": a short first end glued by a dash to round thousands
    whose first group is above it."""
    return second.start - first.end == 1 and first.text.isdigit() and len(first.text) <= 3 \
        and first.text[0] != "0" and second.text.endswith(",000") and second.scale == 1 \
        and first.value * 1000 < second.value < first.value * 10_000 \
        and second.text.count(",") == 1


def _shrinks(first: Decimal, second: Decimal) -> bool:
    """Whether "from first to second" runs down in size without crossing zero upwards."""
    return abs(first) > abs(second) and not first < 0 <= second


def _ages_ago(sentence: Sentence, second: Numeral) -> bool:
    """Whether the second end is a span of time before "ago": "from 145 to 66 million years
    ago" runs from the older age to the younger, a range written down in size."""
    unit = sentence.unit_after(second.end)
    return unit is not None and unit.dimension == "time" \
        and _AGO.match(sentence.text, unit.end) is not None


#: "ago" after a span of time
_AGO: Final = re.compile(r"[ ]ago\b")


#: nouns before "between" that compare its two ends, and verbs that go from one to the
#: other: "the difference between 40% and 20%", "units switch between 25 kV and 750 V" (not
#: "Choose between 2 and 4 players": a range)
_COMPARING_NOUNS: Final = frozenset(["difference", "differences", "choice", "contrast",
                                     "distinction", "differential", "trade-off",
                                     "switch", "switches", "switched", "switching",
                                     "toggle", "toggles", "alternate", "alternates",
                                     "alternating"])
# (not "gap": "Leave a gap between 5 and 10 cm" measures a space)


def _two_things_compared(sentence: Sentence, between: int) -> bool:
    """Whether a noun of comparing or a verb of choosing stands right before "between" at
    ``between``: "the difference between", "units switch between 25 kV and 750 V"."""
    noun = sentence.before(between, 1)
    return bool(noun) and noun[0].lower in _COMPARING_NOUNS


def _descends(first: Numeral, second: Numeral) -> bool:
    """Whether a range would run down ("5 to 3"); two ends below zero make a range in
    either order, since people write them by size too ("lows of -5 to -10C")."""
    value = shared_scale_value(first, second)
    if value <= 0 and second.value < 0:
        return value == second.value  # (also "0 to -1 °C": down from zero)
    return value >= second.value


def _is_score(first: Numeral, second: Numeral, sentence: Sentence) -> bool:
    """ "won 3-2", "the vote was 52 to 48", "2-2 on aggregate": a score, not a claim."""
    if first.scale != 1 or second.scale != 1 or (
            (first.spelled or second.spelled) and not _VOTED_BEFORE.search(
                sentence.text, max(sentence.span[0], first.start - 12), first.start)):
        return False  # (but "Councillors voted eight to three": a tally in words)
    if first.value != int(first.value) or second.value != int(second.value):
        return False  # "odds ratios of 1.2 to 1.6": a score is in whole numbers
    if sentence.unit_after(second.end) or sentence.unit_before(first.start):
        return False
    if not sentence.about_scores or sentence.text.startswith(" times", second.end):
        return False  # ("wakes 4-5 times a night and I am losing my mind": how often)
    noun = counted_noun(sentence, second.end, second.value)
    return noun is None or units.singular(noun.lower) in _SCORE_NOUNS  # "20-30 people watched"


#: a vote right before a tally in words: "voted eight to three", "voted by nine to two"
_VOTED_BEFORE: Final = re.compile(r"\bvoted[ ](?:by[ ])?\Z", re.IGNORECASE)
#: what a score may count: "a 3-to-1 vote", "a 2-1 win" (not_claims.txt)
_SCORE_NOUNS: Final = lexicon.word_sections("not_claims.txt")["score_nouns"]


def _descending_bare(first: Numeral, second: Numeral, sentence: Sentence) -> bool:
    """ "20-19" with no unit: a result or a tally, never a range written high to low."""
    if first.value <= second.value or first.spelled or second.spelled:
        return False
    if first.value != int(first.value) or second.value != int(second.value):
        return False
    return not (sentence.unit_after(second.end) or sentence.unit_before(first.start)
                or counted_noun(sentence, second.end, second.value))
