"""Bounds and hedges around a quantity: "up to", "more than", "about", "50 or more",
"sub-$500"; the phrase tables are in data/hedges.txt."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List, NamedTuple, Optional, Sequence, Tuple

from factcheck import lexicon, units
from factcheck.nouns import is_plural_subject, is_plural_word
from factcheck.numerals import parse_number
from factcheck.claims import Change, Claim
from factcheck.sentence import (
    Sentence, finish_claim, hedges_after, hedges_before, longest_phrase_after,
    longest_phrase_before)
from factcheck.text import MONEY_SIGN_CLASS, POSSESSIVE_ENDINGS, Word


_GRAMMAR: Final = lexicon.word_sections("grammar_words.txt")

#: "over ten years", "under two hours": with a duration these say when, not how long
_TEMPORAL_BOUNDS: Final = {"over"}
#: a word after such a duration that makes it a length of time after all: "over 2 hours
#: long", "land over four hours late", "over two years behind schedule" (not "Over three
#: years late payments doubled": an adjective of the noun after it)
_DURATION_SAID_AFTER: Final = re.compile(
    r"[ ](?:long|late|behind|overdue)\b(?!-|[ ](?!(?:as|this|thanks|plus|is|was|has|always)\b)"
    r"[a-z]{2,}s\b)")

#: an age or a size said after the amount, which the bound before it limits: "in 40 cars over
#: 10 years old", "30 pipes over 40 metres long"
_SIZE_SAID: Final = re.compile(r"[ ](?:old|long|tall|high|wide|deep|thick)\b")

#: "the age of" or "age" between a bound and an age: "up to the age of 16", "up to age 16"
_THE_AGE_OF: Final = re.compile(r"[ ](?:the[ ])?age(?:[ ]of)?[ ]\Z", re.IGNORECASE)
#: an amount, perhaps with a short unit (not a preposition: "$9.99 in over 40 countries"),
#: right before a word: "1,240m ", "300 ft ", "12% "
_AMOUNT_END = re.compile(
    r"\d[ ]?(?:(?!(?:by|in|at|on|of|to|for|or|and|as|had|has|was|saw|got|won|led|hit|are"
    r"|is|did|drew)[ ])[A-Za-z%]{1,3})?[ ]\Z")
#: a grade of ore and the metal it measures right before a word: "5.6 g/t Au ", "1.2% Cu ",
#: "3.1 g/t gold " (a drill interval's length follows: "over 12.0 m")
_GRADE_END: Final = re.compile(
    r"\d[ ]?(?:g/t|%|ppm|oz/t|lb/t)(?:[ ](?:[A-Z][a-z]?(?:[A-Z][a-z]?)?(?:Eq|[0-9]O[0-9]?)?"
    r"|gold|silver|copper|nickel|zinc|lead|lithium|uranium|tin|cobalt)(?:[ ]equivalent)?)?"
    r"[ ]\Z")
#: a rate written with a slash or "per" right before a word: "3.9 mi/kWh ", "3.4 miles per
#: kWh " (the distance it was measured across may follow: "over 6,000 miles"; but "4.5
#: c/kWh over 500 units" is a tier)
_RATE_END: Final = re.compile(
    r"\d[ ]?(?P<top>[A-Za-z]{1,6})(?:/|[ ]per[ ])[A-Za-z0-9]{1,5}[ ]\Z")
#: a share of a whole right before a word: "8% of capacity ", "10% of its range " (what it
#: was measured across may follow: "over 60,000 miles", "over 1,000 cycles"; but "30% of
#: adults over 50" are of an age)
_SHARE_END: Final = re.compile(r"\d[ ]?%[ ]of[ ](?:(?:its|their|the)[ ])?[a-z]{2,20}[ ]\Z")
#: an amount and the plural noun it counts right before a word: "12.3 points ", "25 homers "
_COUNT_END: Final = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred"
    r"|thousand))[ ](?P<modifier>[a-z]{2,20}-[a-z]{2,20}[ ])?(?P<noun>[a-z]{2,20}s)[ ]\Z")
#: (a hyphened modifier may stand between: "1,400 regular-season games over 21 seasons")
#: a share's "one in" before that number, which then counts nothing: "one in ten spends"
_SHARE_IN_BEFORE: Final = re.compile(r"\b(?:one|a|[0-9]+)[ ]in[ ](?:every[ ])?[0-9]*\Z",
                                     re.IGNORECASE)
#: a name with a capital and the number that goes with it, ending where a verb in "-s" may
#: follow: "The iPhone 15 lasts over 20 hours", "Redis 7.2 handles over 1 million"
_NAMED_NUMBER_END: Final = re.compile(r"\b(?P<name>[A-Za-z]*[A-Z][A-Za-z]*)[ ][0-9.]+\Z")
#: people named by age, whose age "over" or "under" bounds: "children over 12 years"
_AGE_GROUPS: Final = _GRAMMAR["age_groups"]
_PERSON_NOUNS: Final = _GRAMMAR["person_nouns"]
#: words that open a phrase naming people by age: "for children over 12 years"
_AGE_GROUP_OPENERS: Final = frozenset(["for", "to", "in", "of", "and", "or", "with", "among",
                                       "not", "all", "most", "many", "some", "only"])
#: how a duration that "over" may place in time ends ("over ten years"); an age ("people over
#: 50", "over 30 years old") does not
_TIME_WORDS = ("year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
               "hours", "minute", "minutes", "decade", "decades", "century", "centuries")
#: "of" or a possessive and a noun after a duration that someone holds rather than spends:
#: "over 30 years of experience", "over 40 years of combined experience", "over 5 years'
#: experience"; the nouns of a history only after a verb of holding ("has over a century of
#: research", "has over 10 years' service", not "gathered over 20 years of research")
_OF_A_HOLDING: Final = re.compile(
    r"(?:[ ]of[ ]|['\N{RIGHT SINGLE QUOTATION MARK}][ ])(?:[a-z-]+[ ]){0,2}"
    r"(?:(?P<skill>experience|expertise|know-how)|history|research"
    r"|innovation|service|practice|heritage|excellence|leadership)\b", re.IGNORECASE)
_HOLDING_VERBS: Final = frozenset(["has", "have", "had", "having", "with", "bring", "brings",
                                   "brought", "boast", "boasts", "offer", "offers", "combined",
                                   "on", "by", "upon"])  # ("based on", "backed by")


def _held_duration(sentence: Sentence, over: Word, end: int) -> bool:
    """ "With over 30 years of experience", "has over a century of research": a duration
    someone holds, which "over" bounds."""
    held = _OF_A_HOLDING.match(sentence.text, end)
    if held is None:
        return False
    verb = sentence.before(over.start, 1)
    return held.group("skill") is not None or (bool(verb) and verb[0].lower in _HOLDING_VERBS)


#: verbs whose "over" spans a time but bounds a count or a share: "held over 3 days", "The
#: museum held over 5,000 objects", "held over 90% of the market"
_HOLDING_OVER: Final = frozenset(["held", "staged", "played"])
#: what makes a participle passive, or a clause's aside: "was held", "The show, staged"
_BE_FORMS: Final = frozenset(["was", "were", "is", "are", "be", "been", "being"])
_PASSIVE_BEFORE: Final = _BE_FORMS | frozenset([",", "and"])


def _active(sentence: Sentence, verb: Word) -> bool:
    """Whether a verb in "-ed" is active, its subject right before it ("The museum held",
    "and played over 200"), not a passive or a participle ("The show was staged", "The
    exhibition, held"; "played" is passive only after a form of "be")."""
    before = sentence.before(verb.start, 1)
    passive = _BE_FORMS if verb.lower == "played" else _PASSIVE_BEFORE
    return bool(before) and before[0].lower not in passive


#: "took over 40 minutes": words after which "over" bounds a duration
_DURATION_WORDS: Final = _GRAMMAR["duration_words"]

#: "ticked up to 3.9%": verbs whose "up" is a particle, so "up to" is no bound
_UP_VERBS: Final = _GRAMMAR["up_verbs"]
#: "£250,000 plus costs": charges that "plus" adds, so it bounds nothing
_ADD_ON_WORDS: Final = _GRAMMAR["add_on_words"]
#: "must not be more than", "cannot borrow more than": a negation that flips a bound
_NEGATORS: Final = _GRAMMAR["negators"]
_PACE_COMPARATIVES: Final = _GRAMMAR["pace_comparatives"]
#: "crossed $100bn" but "crossed three borders", "near three schools" (grammar_words.txt)
_LEVEL_ONLY_WORDS: Final = _GRAMMAR["level_only_words"]
#: "crosses 12 km of forest": how far, not a level crossed (grammar_words.txt)
_TRAVERSE_WORDS: Final = _GRAMMAR["traverse_words"]
#: bound words after a number that bound it only where its phrase ends
_CLOSING_TAILS: Final = frozenset(["max", "maximum", "minimum", "tops"])
_OVER_PARTICLE_VERBS: Final = _GRAMMAR["over_particle_verbs"]
_RACES_OVER: Final = _GRAMMAR["races_over"]
#: "take over" money of something: "will take over R254 billion of debt" (not "took over 3
#: hours", "will take over $2 billion to rebuild": a cost, bounded)
_TAKING_OVER: Final = frozenset(["take", "takes", "took", "taken", "taking"])
#: "carry over" or "roll over" money from or into a year: "carried over $2.1 million from last
#: year" (not "The ferry carried over 3,000 people", "The van carried over $2 million in
#: cash": bounded)
_INTO_A_YEAR: Final = re.compile(
    r"[ ](?:from|into|to)[ ](?:the[ ])?(?:next|last|previous|this|following|new|coming"
    r"|[0-9]{4})\b")
_CARRYING_OVER: Final = frozenset(["carried", "carry", "carries", "carrying", "rolled", "roll",
                                   "rolls", "rolling"])
_KITCHEN_OVER_VERBS: Final = _GRAMMAR["kitchen_over_verbs"]
#: "Row over 40mph limit", "charged over £2m fraud": what it is about (grammar_words.txt)
_TOPIC_OVER_WORDS: Final = _GRAMMAR["topic_over_words"]
_TOPIC_OVER_VERBS: Final = _GRAMMAR["topic_over_verbs"]
#: words of talk and writing whose "about" says what it is about: "an email about 10% cuts"
_TOPIC_WORDS: Final = _GRAMMAR["topic_words"]
_FORECAST_NOUNS = _GRAMMAR["forecast_nouns"]
#: "did not say that more than", "not just more than": the negation does not reach on
_NEGATION_BREAKS: Final = _GRAMMAR["negation_breaks"] | _NEGATORS
#: words a negation may stand before its bound: "must not | be filled to | more than"
NEGATION_REACH: Final = 4
#: how far back a negated subject flips a bound: "No dish on the menu costs more than £15"
SUBJECT_NEGATION_REACH: Final = 8
#: negators that open a clause as its subject and reach over all of it
_SUBJECT_NEGATORS: Final = frozenset(["none", "nothing", "nobody"])
#: prepositions of time before a bound, across which a negated subject reaches no bound:
#: "Nothing happened for more than 20 minutes" (how long nothing happened)
_TIME_PREPOSITIONS: Final = frozenset(["for", "in", "after", "since", "during", "within"])
#: an age after a bound: a number, perhaps of weeks, months or years ("under 12", "less
#: than 8 weeks old")
_AGE_NUMBER: Final = re.compile(
    r"[ ][0-9]{1,3}(?P<unit>[ ](?:years?|months?|weeks?|days?)(?:[ ]old)?)?\b")
#: verbs of keeping from a thing, which negate a bound right after them or their gerund
_AVOIDING: Final = frozenset(["avoid", "avoids", "avoiding", "avoided"])
#: modal verbs, which make a negated subject's sentence a rule: "No one may park for more
#: than 2 hours"
_MODALS: Final = (_GRAMMAR["modals"] - {"to", "'ll"}) | {"shall"}
#: "not one" and "not a single", a negated subject: "Not one room costs over £90"
_NOT_ONE: Final = re.compile(r"[ ](?:one|a[ ]single)\b", re.IGNORECASE)
#: words after "no" in idioms that negate nothing after them: "No wonder more than 500 came"
_NO_IDIOMS: Final = frozenset(["wonder", "doubt", "matter", "longer", "sooner", "question",
                               "way"])
#: a bound flipped by a negation: "not more than 5" is at most 5, "not under 5" at least 5
_FLIPPED: Final = {"lower": "upper", "upper": "lower"}
#: a path through menus or pages before a spaced ">": "Settings > Display > "
_BREADCRUMB: Final = re.compile(r"[A-Z][\w&-]*(?:[ ][A-Z][\w&-]*){0,2}[ ]>[ ][A-Z][\w&-]*"
                                r"(?:[ ][A-Z][\w&-]*){0,2}[ ]>[ ]?\Z")
#: an open markup tag that a ">" closes: "<td>1,234</td>", '<span class="n">40'
_TAG_OPEN: Final = re.compile(r"<[A-Za-z/!][^<>]{0,40}\Z")
_TAG_REACH: Final = 42
#: verbs of passing, and a law after the amount they pass: "passes $1.2tn infrastructure
#: bill" (not "revenue passes $50bn")
_PASSING: Final = frozenset(["pass", "passes", "passed", "passing"])
_LAW_AFTER: Final = re.compile(
    r"[ ](?:(?!(?:as|when|while|after|before|because|since|and|but|the|a)[ ])[A-Za-z0-9-]+[ ])"
    r"{0,2}(?:bills?|budgets?|package|laws?|acts?|measures?|stimulus|spending"
    r"|appropriations?)\b", re.IGNORECASE)


#: a size glued to its unit (no scale letter), then a plural noun: "2TB units" (not "2m
#: users")
_SIZED_PLURAL_AFTER: Final = re.compile(
    r"[0-9.]+-?(?!(?:m|M|k|K|b|B|bn|mn|tn)[ ])[A-Za-z]+[ ][a-z]{2,}s\b")
#: a number right before a word: the "4 " of "4 min 30 sec"
_AMOUNT_RIGHT_BEFORE: Final = re.compile(r"[0-9][ ]?\Z")


def _arrow_head(sentence: Sentence, sign: Word) -> bool:
    """Whether a ">" ends an arrow written in ASCII: "->" anywhere, "=>" spaced from what
    it leads to or glued to a figure before it ("Revenue => $4.1bn", "190=>176 lb"; "orders
    =>$50" and "=>30" are at least so much)."""
    shaft = sentence.text[sign.start - 1:sign.start]
    before = sentence.text[sign.start - 2:sign.start - 1]
    return shaft == "-" or (shaft == "=" and (
        before.isdigit() or (before == " " and sentence.text[sign.end:sign.end + 1] == " ")))


#: "€120 million plus €20 million", "£60m plus a £10m bonus", "£18,500 a year plus about
#: £400": "plus" adds another amount (but "Highs of 30 plus around 3pm" bounds)
_AMOUNT_AFTER_PLUS: Final = re.compile(
    r"\s+(?:an?\s+|another\s+)?[$€£¥₹\d]"
    r"|\s+(?:about|around|roughly|approximately|nearly|almost|some|up\s+to)\s+[$€£¥₹]")


class HedgeReading(NamedTuple):
    """How a quantity is bounded or hedged, and the span the hedge words add."""

    kind: str
    qualifier: str
    start: int
    end: int
    strict: bool = False
    below: bool = False
    #: a negation flipped the bound ("has not fallen below 40%"): the verb changed nothing
    negated: bool = False


def finish_hedged(sentence: Sentence, hedge: HedgeReading, value: Decimal, *,
                  precision: Optional[Decimal], unit: str = "",
                  dimension: str = "dimensionless", unit_text: str = "",
                  change: Optional[Change] = None, start: Optional[int] = None,
                  end: Optional[int] = None) -> Claim:
    """The claim of one value under the bound or hedge that ``read_hedges`` found around
    it ("at least twice a week", "under 3:00"), spanning the hedge unless ``start`` or
    ``end`` cut it (the halves of "up to 100/20 Mbps")."""
    return finish_claim(
        sentence, start=hedge.start if start is None else start,
        end=hedge.end if end is None else end, kind=hedge.kind,
        low=None if hedge.kind == "upper" else value,
        high=None if hedge.kind == "lower" else value, qualifier=hedge.qualifier,
        strict=hedge.strict, below=hedge.below, precision=precision, unit=unit,
        dimension=dimension, unit_text=unit_text, change=change)


#: an amount in millions, billions or thousands: a milestone that "passed" or "crossed"
#: may bound ("passed 100 million downloads")
_MILESTONE: Final = re.compile(r"[0-9][ ]?(?:million|billion|trillion|thousand|lakh|crore|mn|bn"
                               r"|m|k)\b",
                               re.IGNORECASE)


#: nouns of a threshold after an amount: "crossed the $1 billion mark"
_THRESHOLD_NOUNS: Final = frozenset(["mark", "milestone", "barrier", "threshold", "level"])


#: "times" after a number and before the end or a word of when, counting occasions (not
#: "three times the limit", "passed 9 times average earnings")
_OCCASIONS_AFTER: Final = re.compile(
    r"[ ]times(?=[ ]?[.,;:!?)]|[ ]?\Z|[ ](?:a|an|per|in|last|this|so|since|during|between|on"
    r"|at|before|after|when|while|within|and|but|each|every)\b)")
#: verbs of breaking into things, whose count is no milestone: "breached 2.5 million records"
_NOT_MILESTONE_VERBS: Final = frozenset(["breached", "breach", "breaches", "cracked", "crack",
                                        "cracks"])
#: a count written with thousands separators: "passed 100,000 signatures"
_BIG_DIGITS: Final = re.compile(r"[0-9]{1,3}(?:,[0-9]{3}){1,}")
#: a count handed on to someone: "passed 1.4 million records to a broker"
_HANDED_TO: Final = re.compile(r"(?:[ ][A-Za-z'-]+){0,3}?[ ]to[ ](?:the|a|an|[A-Z])")


#: words that name a wage floor before "minimum" (grammar_words.txt): "the federal minimum"
_FLOOR_NAMES: Final = _GRAMMAR["floor_names"]


def _named_floor(sentence: Sentence, minimum: Word) -> bool:
    """Whether "minimum" is the noun of a named floor: "a tipped minimum of $2.13", "the
    statutory minimum of £11.44" (but "a minimum of £1,000 under the deal" bounds)."""
    named = sentence.before(minimum.start, 1)
    return minimum.lower == "minimum" and bool(named) and (
        named[0].lower in _FLOOR_NAMES
        or (len(named[0].text) == 4 and named[0].text.isdigit())
        or named[0].text.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")))
    # ("the 1968 minimum of $1.60", "the state's minimum of $15")


#: the other side of a tally of shares: " to 48%", "-48%", " to 48 percent"
_SHARE_TALLY_AFTER: Final = re.compile(
    r"(?:[ ]to[ ]|[ ]?[-\N{EN DASH}][ ]?)[0-9]{1,2}(?:\.[0-9])?(?:%|[ ]per[ ]?cent\b|[ ]percent\b)")


def _milestone(sentence: Sentence, verb: Word, reading: HedgeReading) -> bool:
    """A count crossed as a milestone: in millions, or of thousands and more ("passed 100
    million downloads", "passed 100,000 signatures"); not after verbs of breaking in
    ("breached 2.5 million records") nor when the count is handed on ("passed 1.4 million
    records to a broker")."""
    if verb.lower in _NOT_MILESTONE_VERBS:
        return False
    if verb.lower.startswith("pass") and _premises_counted(sentence, reading.end) \
            and ((verb.lower in ("passes", "passing")
                  and sentence.vocabulary.isdisjoint(_MILESTONE_WORDS))
                 or not sentence.vocabulary.isdisjoint(_NETWORK_WORDS)):
        return False  # "the network passes 4 million homes": the reach of a network (but
        # "Completions passed 10,000 homes", "output passes 15,000 homes for the first
        # time" are milestones)
    if not (_MILESTONE.search(sentence.text, reading.start, reading.end)
            or _BIG_DIGITS.search(sentence.text, reading.start, reading.end)):
        return False
    return _HANDED_TO.match(sentence.text, reading.end) is None


#: words that make a count passed in the present a milestone: "for the first time"
_MILESTONE_WORDS: Final = frozenset(["first", "milestone", "mark", "record"])
#: words of a network that passes homes (grammar_words.txt)
_NETWORK_WORDS: Final = _GRAMMAR["network_words"]
#: places a network reaches: "passes 4 million homes" (grammar_words.txt)
_PREMISES: Final = _GRAMMAR["premises_nouns"]


def _premises_counted(sentence: Sentence, end: int) -> bool:
    """Whether the amount ending at ``end`` counts places a network is built past."""
    last = sentence.before(end, 1)
    return bool(last) and units.singular(last[0].lower) in _PREMISES


#: verbs of breaking a barrier of time: "broke the two-hour barrier"
_BREAKING_VERBS: Final = frozenset(["broke", "breached", "cracked", "smashed"])


def _time_barrier(sentence: Sentence, before: Sequence[Word], end: int) -> bool:
    """ "broke the two-hour barrier": a time beaten is an upper bound of the new one."""
    following = sentence.after(end, 1)
    return before[-1].lower == "the" and before[0].lower in _BREAKING_VERBS \
        and bool(following) and following[0].lower == "barrier"


def _before_threshold(sentence: Sentence, end: int) -> bool:
    """A threshold noun right after the amount: "the 50 million mark"."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].lower in _THRESHOLD_NOUNS


#: a listing's limits before a number ("maximum 10 participants"), which a temperature after
#: them reads as a day's highest or lowest
_LISTING_LIMITS: Final = frozenset(["max", "max.", "maximum", "min", "min.", "minimum"])
#: what a listing's "max" or "min" limits by a rule: "max stay", "Minimum order" (not "max
#: power 150 kW", "Minimum wage £10.42": levels) (grammar_words.txt)
_LIMITED_THINGS: Final = _GRAMMAR["listing_limits"]
#: a verb right after a duration whose subject it is: "Over 1 billion hours were watched"
_SUBJECT_OF_VERB: Final = re.compile(r"[ ](?:were|was|are|is|have[ ]been|has[ ]been)\b")
#: what may stand between a listing's limit and the word that names what it limits: a
#: space, or one more word ("Max stack weight")
_LIMIT_TO_LABEL: Final = re.compile(r" (?:(?!out )[a-z]+ )?")  # (not "max out")
#: marks after which a listing's limit opens its item: "Parking: max stay 3 hours"
_ITEM_OPENERS: Final = frozenset(":;,(|\N{BULLET}\N{EM DASH}\N{EN DASH}-")


def _listing_limit(sentence: Sentence, label: Word) -> Optional[Tuple[Word, ...]]:
    """The "max" or "min" (or "max.") of a listing's item, opening it before the one or two
    words, and maybe a colon, that name what it limits, right before an amount: the "Max"
    of "Max stay 3 hours", "Max stack weight: 192,000 kg" (not "Max Verstappen 25 points",
    "Minimum wage £10.42", "the maximum stay 3 hours")."""
    if label.text == ":":
        named = sentence.before(label.start, 1)
        if not named or named[0].start != label.start - len(named[0].text):
            return None
        label = named[0]  # "Max occupancy: 6 people"
    if not label.text.islower() or label.lower not in _LIMITED_THINGS:
        return None
    limit = sentence.before(label.start, 2)
    if len(limit) == 2 and limit[1].text.isalpha() and limit[1].text.islower() \
            and limit[0].lower in _LISTING_LIMITS:
        limit = limit[:1]  # "Max stack weight": two words name what is limited
    elif len(limit) == 2 and not (limit[1].text == "." and limit[1].start == limit[0].end):
        limit = limit[1:]  # (a dot glued to the limit stays with it: "max. load 750 kg")
    if not limit or limit[0].lower not in _LISTING_LIMITS \
            or not _LIMIT_TO_LABEL.fullmatch(sentence.gap(limit[-1].end, label.start)):
        return None
    lead = sentence.text[sentence.span[0]:limit[0].start].rstrip()
    return tuple(limit) if not lead or lead[-1] in _ITEM_OPENERS else None


#: what follows the amount after a clause-opening "like" that compares: "Like 40% of
#: renters", "like 2 million other viewers", "like 1 in 4 Britons"
_COMPARED_AFTER_LIKE: Final = re.compile(
    r"[ ][^ ,]{1,20}(?:[ ](?:million|billion|thousand|per[ ]cent|percent))?[ ]"
    r"(?:of(?P<people>[ ](?:us|them|you)\b)?|other|others|in[ ][0-9]|out[ ]of)\b")
#: words after which "like" is speech's hedge, not the verb (grammar_words.txt)
_LIKE_HEDGE_LEADS: Final = _GRAMMAR["like_hedge_leads"]


#: the dimensions whose "max" is the highest reading seen: "max 58km/h", "max 4.6m on Tuesday"
_READING_DIMENSIONS: Final = frozenset(["temperature", "speed", "length", "pressure"])


def _limit_in_a_name(sentence: Sentence, word: Word) -> bool:
    """ "Max" in a product's name ("iPhone 15 Pro Max 256GB", "Easy Fry Max 4.2L") or a
    setting ("Microwave on max 2 minutes"): no limit of the amount after it."""
    previous = sentence.before(word.start, 1)
    return bool(previous) and ((word.text[:1].isupper() and previous[0].text[:1].isupper()
                                and previous[0].start != sentence.words[0].start)
                               or previous[0].lower in ("on", "to", "at"))


def _readings(sentence: Sentence) -> bool:
    """A line of readings, whose "max" is the highest seen: a maximum with a minimum or an
    average ("max 24, min 13", "Avg. speed 31mph | Max 54mph")."""
    vocabulary = sentence.vocabulary
    return not vocabulary.isdisjoint(_AVERAGES) or (
        not vocabulary.isdisjoint(_MAXIMA) and not vocabulary.isdisjoint(_MINIMA))


_AVERAGES: Final = frozenset(["avg", "average", "mean"])
_MAXIMA: Final = frozenset(["max", "maximum"])
_MINIMA: Final = frozenset(["min", "minimum"])


def _like_a_hedge(sentence: Sentence, like: Word) -> bool:
    """ "paid like 300 bucks", "It's like 20 mins away", "Like 40 people came": "like"
    opening the clause or after a verb of amount, a form of "be" or a preposition."""
    lead = sentence.before(like.start, 1)
    if not lead or not lead[0].text.isalpha() and "'" not in lead[0].text:
        # opening a clause: "Like 40 people were in line"; but "Like 40% of renters, she",
        # ", like 2 million other viewers,": a comparison
        compared = _COMPARED_AFTER_LIKE.match(sentence.text, like.end)
        return compared is None or (compared.group("people") is not None and ","
                                    not in sentence.text[compared.end():compared.end() + 30])
    return lead[0].lower.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'") in _LIKE_HEDGE_LEADS


def in_breadcrumb(sentence: Sentence, mark: Word) -> bool:
    """Whether a ">" is a step of a path through menus or pages: "Settings > Display > 120Hz
    Output", "Publications > Finance > 2024" (no bound)."""
    return mark.text == ">" and _BREADCRUMB.search(
        sentence.text, max(sentence.span[0], mark.start - _TAG_REACH), mark.end) is not None


#: the bounds that, after a hedge, compare instead: "about as much as", "roughly as many as"
_AS_MUCH_AS: Final = (["as", "much", "as"], ["as", "many", "as"])


def read_hedges(sentence: Sentence, reading: HedgeReading, dimension: str,
                inner: Optional[Tuple[Word, ...]]) -> HedgeReading:
    """Bounds and hedges before the quantity ("up to"), inside it ("50 or more schools")
    and after it ("3,000 or more")."""
    before = longest_phrase_before(sentence, reading.start, hedges_before())
    if before is None:
        label = sentence.before(reading.start, 1)
        if label and label[0].lower in ("magnitude", "mach", "iso"):
            # "at least magnitude 7", "up to Mach 9", "up to ISO 6400": the
            # hedge bounds the number across its name
            before = longest_phrase_before(sentence, label[0].start, hedges_before())
        age = _THE_AGE_OF.search(sentence.text, max(sentence.span[0], reading.start - 16),
                                 reading.start) if label and label[0].lower in ("age", "of") \
            else None
        if age is not None:
            before = longest_phrase_before(sentence, age.start(), hedges_before())
            if before is not None and [w.lower for w in before] != ["up", "to"]:
                before = None  # "up to the age of 16" (under and over read it themselves)
        if before is None and label:
            before = _listing_limit(sentence, label[0])  # "Max stay 3 hours", "Minimum
            # order 2 units": a listing's limit across the name of what it limits
    if before and [w.lower for w in before] in _AS_MUCH_AS:
        hedged = longest_phrase_before(sentence, before[0].start, hedges_before())
        meaning = hedges_before().get(tuple(w.lower for w in hedged)) if hedged else None
        if meaning is not None and meaning.kind == "approx":
            before = hedged  # "about as much as 250,000 homes": a comparison, hedged, no
            # ceiling
    if before and len(before) == 1 and before[0].lower == "like" \
            and not _like_a_hedge(sentence, before[0]):
        before = None  # "I like 3 flavours", "Would you like 2 more?": the verb
    if before and before[-2:-1] and before[-2].lower in ("ceiling", "floor") \
            and dimension not in ("currency", "rate"):
        before = None  # "a ceiling of 9 metres", "a floor of 2 tonnes": a size, no limit
    if before and len(before) == 1 and before[0].lower == "over" and dimension == "currency" \
            and _BLAMED_BEFORE.search(sentence.text, max(0, before[0].start - 48),
                                      before[0].start) \
            and _NOUN_AFTER_AMOUNT.match(sentence.text, reading.end) \
            and not any(w.lower.endswith("ing") for w in sentence.before(before[0].start, 1)):
        before = None  # "jailed for 28 years over £40m cocaine plot", "sacked over a £2m
        # bonus row": over what, not how much
    if before and [w.lower for w in before] in (["minimum", "of"], ["maximum", "of"]) \
            and _named_level(sentence, before[0]):
        before = None  # "not far off the operational minimum of around 20 million bbl",
        # "its maximum of 4.1%": the level itself, which a figure states (but "requires a
        # minimum of 5 years")
    if before and len(before) == 1 and before[0].lower in _LISTING_LIMITS and (
            dimension in _READING_DIMENSIONS or _readings(sentence)
            or sentence.text[before[0].start - 1:before[0].start].isdigit()
            or before[0].text.isupper() or _limit_in_a_name(sentence, before[0])):
        before = None  # "Max 25C, min 12C", "Avg. speed 31mph | Max 54mph": readings;
        # "1min 43.2sec", "737 MAX 9": no limits; other amounts are limited so ("maximum 10
        # participants", "min 2 nights", "max. 240 mg daily", "maximum 2 g per day")
    up = before[0] if before and len(before) >= 2 and before[0].lower == "up" \
        and before[1].lower == "to" else None  # (and "up to a total of")
    # (each keeps a hedge after its "up to": "adds up to about 15 hours" is approximate)
    if up is not None and _particle_up(sentence, up):
        before = _rest_of_hedge(before)  # "ticked up to 3.9%": a change to a new level, not
        # a bound
    if up is not None and adds_up_to(sentence, up.start, reading.end):
        before = _rest_of_hedge(before)  # "Saving £5 a day adds up to £1,825 a year": a
        # total, no bound
    if up is not None and dimension == "volume" and _made_up_to(sentence, up.start) \
            and sentence.text.startswith((" with ", " using "), reading.end):
        before = _rest_of_hedge(before)  # "Make up to 1 L with water": a volume diluted to
        # exactly, no bound (but "Each kit makes up to 23 litres of wine")
    if before and before[-1].lower in _TEMPORAL_BOUNDS and dimension == "time" \
            and sentence.gap(reading.start, reading.end).lower().endswith(_TIME_WORDS) \
            and not (_after_for(sentence, before[0])
                     and not _delay_made_of(sentence, before[0], reading.end)) \
            and not _held_duration(sentence, before[0], reading.end) \
            and not _time_ago(sentence, reading.end) \
            and not _DURATION_SAID_AFTER.match(sentence.text, reading.end) \
            and not (before[0].start == sentence.span[0]
                     and _SUBJECT_OF_VERB.match(sentence.text, reading.end)) \
            and not (_aged_group_before(sentence, before[0])
                     and not _STRETCH_OF.match(sentence.text, reading.end)) \
            and not _new_level_after_to(sentence, before[0]):
        # "over ten years" says when; "over 30 years old", "for over two years", "over 2
        # hours long", "land over four hours late", "over 30 years of experience", "over
        # 200 years ago" and, opening the sentence as its subject, "Over 1 billion hours
        # were watched" bound (not "to prevent one death over five years was 56")
        before = None
    if before and before[-1].lower in _TEMPORAL_BOUNDS and dimension != "currency" \
            and not _SIZE_SAID.search(sentence.text, reading.start, reading.end) \
            and not _SIZE_SAID.match(sentence.text, reading.end) \
            and _after_an_amount(sentence, before[0].start, dimension,
                                 sentence.text[reading.start:reading.end]):
        before = None  # "climbs 300m over 2 km", "an ERA of 2.63 over 209 innings", "12.3
        # points over 10 games": the stretch the amount before spans (but "29 events over $1
        # billion": a threshold of money)
    if before and len(before) == 1 and before[0].lower in ("under", "beneath") \
            and dimension == "length" and _COVERING_AFTER.match(sentence.text, reading.end) \
            and _lying_before(sentence, before[0]):
        before = None  # "The cellar was under two feet of water": covered by that depth, no
        # ceiling (but "The town received under 5 cm of snow")
    if before and len(before) == 1 and before[0].lower in ("under", "over") \
            and sentence.text[before[0].start - 1:before[0].start] == "-":
        before = None  # "a 6-under 66", "a two-over 74": a score to par, then the round
    if before and len(before) == 1 and before[0].lower == "over" and sentence.words \
            and sentence.words[0].lower in _KITCHEN_OVER_VERBS \
            and dimension in ("volume", "mass") and sentence.text.startswith(" of ", reading.end) \
            and not _CLAUSE_BREAK.search(sentence.text, sentence.words[0].end, before[0].start):
        before = None  # "Pour 500 ml of water over 32 g of grounds": on top of them (but
        # "Pour the batter into a tin; the recipe makes over 900 g of cake")
    if before and len(before) == 1 and before[0].lower == "over":
        verb = sentence.before(before[0].start, 1)
        if verb and verb[0].lower in ("it", "them"):
            doer = sentence.before(verb[0].start, 1)
            if doer and doer[0].lower in _KITCHEN_OVER_VERBS and doer[0].lower != "tip" \
                    and dimension in ("volume", "mass"):
                before = None  # "brush it over 1.5kg of pork ribs": on top of them
        if before and verb and ((verb[0].lower in _OVER_PARTICLE_VERBS
                      and not (verb[0].lower in _HOLDING_OVER
                               and dimension in ("count", "percent", "dimensionless")
                               and _active(sentence, verb[0])))
                     or (verb[0].lower in _TAKING_OVER and dimension == "currency"
                         and sentence.text.startswith(" of ", reading.end))
                     or (verb[0].lower in _CARRYING_OVER and dimension == "currency"
                         and _INTO_A_YEAR.search(sentence.text, reading.end,
                                                 sentence.span[1]) is not None)
                     or (verb[0].lower in _KITCHEN_OVER_VERBS and _ordered(sentence, verb[0])
                         and (verb[0].start == sentence.words[0].start
                              or dimension in ("volume", "mass")))
                     or (
                (verb[0].lower in _TOPIC_OVER_WORDS
                 or (verb[0].lower in _TOPIC_OVER_VERBS and dimension != "count"))
                and (dimension == "count" or _noun_after(sentence, reading.end)))):
            before = None  # "ruled over 458 million people": the verb's "over"; "row over
            # 40mph limit": what the row is about (but "The museum held over 5,000 objects")
        if verb and (dimension == "length" or (
                dimension == "count"
                and sentence.gap(reading.start, reading.end).lower().endswith("laps"))) \
                and _race_course(sentence, verb[0]):
            before = None  # "a handicap over seven furlongs", "is run over 3,200 metres",
            # "will be run over 57 laps"
    if before and len(before) == 1 and before[0].lower == "about" \
            and _topic_about(sentence, before[0], reading.end):
        before = None  # "an email about 10% cuts", "talks about 3% pay rises": the topic
    if before and len(before) == 1 and before[0].lower in ("above", "below") \
            and dimension == "area" and _FLOORSPACE_AFTER.match(sentence.text, reading.end) \
            and any(w.lower in _STOREYED_HOMES for w in sentence.before(before[0].start, 1)):
        before = None  # "64 apartments above 450 sq m of retail": where the flats stand (but
        # "Schemes above 1,000 sq m of retail must pay" is a threshold)
    if before and len(before) == 1 and before[0].lower in ("above", "below") \
            and _before_a_forecast(sentence, reading.end, dimension):
        before = None  # "4.0%, above 3.8% consensus": the forecast it is compared with
    if before and [w.lower for w in before] == ["close", "on"] \
            and _closing_verb(sentence.before(before[0].start, 2)):
        before = None  # "set to close on 7,500", "will close on 480p": the market's close
    if before and len(before) == 1 and before[0].lower == "some" \
            and _SIZED_PLURAL_AFTER.match(sentence.text, before[0].end + 1):
        before = None  # "Some 2TB units failed": certain units of that size, no estimate
    if before and len(before) == 1 and before[0].lower in ("min", "mins") \
            and _AMOUNT_RIGHT_BEFORE.search(sentence.text, max(0, before[0].start - 8),
                                            before[0].start):
        before = None  # "4 min 30 sec": the minutes of a time, no minimum
    if before and len(before) == 1 and before[0].lower == "top" \
            and not _after_plural_subject(sentence, before[0]):
        before = None  # "the top 10 firms": a ranking; but "rates top 7%" crosses a level
    if before and before[0].text == ">" and _TAG_OPEN.search(
            sentence.text, max(0, before[0].start - _TAG_REACH), before[0].start):
        before = None  # "<td>1,234</td>": the end of a markup tag, no bound
    if before and before[-1].lower in _PASSING \
            and _LAW_AFTER.match(sentence.text, reading.end):
        before = None  # "Senate passes $1.2tn infrastructure bill": the size of a law passed
    if before and before[0].text == ">" and _arrow_head(sentence, before[0]):
        before = None  # "190 -> 176 lb", "Revenue => $4.1bn": the head of an arrow, no bound
    if before and in_breadcrumb(sentence, before[0]):
        before = None  # "Settings > Display > 120Hz Output": a path through menus, no bound
    time_barrier = _time_barrier(sentence, before, reading.end) if before and dimension == "time" \
        else False  # "broke the two-hour barrier": under two hours
    if before and before[-1].lower == "the" and len(before) > 1 \
            and not _before_threshold(sentence, reading.end):
        before = None  # "passed the 40 bills", but "crossed the $1 billion mark"
    if before and len(before) == 1 and before[0].lower == "past" \
            and not _crossed_past(sentence, before[0], dimension):
        before = None  # "the past 5 years", "walked past 3 houses": no level crossed
    if before and len(before) == 1 and before[0].lower == "limit" \
            and _not_a_labelled_limit(sentence, before[0], reading.end):
        before = None  # "over the limit 3 times", "the limit 20 years ago": no ceiling (but
        # "Weight limit 23kg", "limit 2 per customer")
    if before and before[-1].lower in _LEVEL_ONLY_WORDS and _OCCASIONS_AFTER.match(
            sentence.text, reading.end):
        before = None  # "The limit was breached 35 times a year": how often, no level
    if before and before[-1].lower in _LEVEL_ONLY_WORDS and dimension == "count" \
            and not _milestone(sentence, before[-1], reading):
        before = None  # "breached 40 accounts", "near three schools": things, not a level
        # (but "passed 100 million downloads" crosses a milestone)
    if before and before[-1].lower in _LEVEL_ONLY_WORDS \
            and _SHARE_TALLY_AFTER.match(sentence.text, reading.end):
        before = None  # "Measure B passed 52% to 48%": a vote's tally, no threshold
    if before and before[-1].lower == "passing" and _each_passing(sentence, before[-1]):
        before = None  # "With each passing 24 hours": time going by, no milestone
    if before and before[0].lower == "beyond" and _looking_beyond(sentence, before[0]):
        before = None  # "Investors looked beyond 2 weak quarters": past them, no bound
    if before and before[-1].lower == "within" \
            and _BARE_OF.match(sentence.text, reading.start) is not None:
        before = None  # "within 2 of the 5 regions": picked from a group, no bound
    if before and _outcome_not_rule(sentence, before):
        before = None  # "Damage was limited to three barns", "breached a limit of 40": what
        # happened, not a rule that caps it
    if before and before[-1].lower == "before" and dimension == "time" \
            and _EPISODE_AFTER.match(sentence.text, reading.end):
        before = None  # "before 14 months of rate rises", "before 20 years in politics"
    if before and before[-1].lower == "estimated" and _revision_label(sentence, before[0]):
        before = None  # "from a previously estimated 2.4%": the figure as first published
    if before and before[-1].lower == "before" and dimension != "time":
        before = None  # "played before 60,000 fans", "before 1990": no bound; but "born
        # before 37 weeks" is under 37 weeks
    if before and before[0].lower in ("closer", "nearer") and dimension == "count":
        before = None  # "brings rail services closer to 40,000 residents": a place
    if before and before[-1].lower == "under" and dimension == "length" \
            and _UNDER_MATERIAL.match(sentence.text, reading.end) \
            and not _COVERED_VERBS.isdisjoint(w.lower for w in sentence.before(before[0].start, 4)):
        before = None  # "buried under 6 metres of ash", "lies under 30 metres of water": a
        # depth, not an upper bound
    if before and before[-1].lower in _TRAVERSE_WORDS and dimension == "length":
        before = None  # "the pipeline crosses 12 km of forest": how far it runs
    if before and before[-1].lower in _LEVEL_ONLY_WORDS and _at_a_distance(sentence, reading.end):
        before = None  # "passed 0.2 AU from Earth", "near 3km off the coast": how far away
    if before and before[-1].lower == "of" and before[-2:-1] \
            and before[-2].lower in ("maximum", "minimum") and (_measured_extreme(
                sentence, before[0], dimension) or _named_floor(sentence, before[-2])):
        before = None  # "recorded a maximum of 48.8°C": the day's reading, not a limit;
        # "the federal minimum of $7.25 an hour": a wage floor's own figure
    if before and before[-1].lower == "than" and _time_ago(sentence, reading.end) \
            and not _bounds_the_time(sentence, before):
        before = None  # "cheaper than 2 weeks ago", "£5 more than 30 years ago": when, not
        # how much (but "switched more than 12 months ago" is at least 12 months)
    if before and len(before) == 2 and before[1].lower == "than" \
            and _after_factor(sentence, before[0]):
        before = None  # "5 times bigger than 3 pitches": a comparison, not a bound
    if not before and reading.kind == "point" \
            and sentence.text[reading.start - 1:reading.start] == "-" \
            and _after_sub(sentence, reading.start):
        return HedgeReading("upper", "sub", reading.start - 4, reading.end, True)
    if not before and reading.kind == "point":
        every = sentence.before(reading.start, 2)
        if len(every) == 2 and every[1].lower == "every" \
                and every[0].lower in ("roughly", "approximately"):
            # "roughly every 10 minutes": the hedge reaches past "every"
            hedge = hedges_before()[(every[0].lower,)]
            return HedgeReading("approx", every[0].lower, reading.start, reading.end,
                                hedge.strict, hedge.below)
    if not before and reading.kind == "point" and _limited_object(sentence, reading.start):
        # "limit caffeine to 200mg a day", "cap sugar intake at 30g": a rule's ceiling
        reading = reading._replace(kind="upper", qualifier="limit")
    if before and reading.kind == "point":
        bounded = _bound_over_hedge(sentence, reading, before, dimension)
        if bounded is not None:  # "above about 8 solar masses": a floor, roughly placed
            reading, before = bounded, None
    if before:
        words_said = " ".join(w.lower for w in before)
        if reading.kind == "range":
            reading = reading._replace(start=before[0].start,
                                       qualifier=f"{words_said} {reading.qualifier}")
        else:
            hedge = hedges_before()[tuple(w.lower for w in before)]
            reading = HedgeReading(hedge.kind, words_said, before[0].start, reading.end,
                                   hedge.strict, hedge.below)
            if time_barrier and hedge.kind == "lower":
                reading = reading._replace(kind="upper")  # "broke the two-hour barrier": under
            if hedge.kind in _FLIPPED and dimension == "time" \
                    and before[0].lower in _PACE_COMPARATIVES:
                reading = reading._replace(kind=_FLIPPED[hedge.kind])  # "faster than 9.9 s"
            if hedge.kind in _FLIPPED and _negated(sentence, before) \
                    and not (dimension == "time" and _deadline_missed(sentence, before)):
                reading = reading._replace(kind=_FLIPPED[reading.kind], strict=not hedge.strict,
                                           negated=True)
    if inner and reading.kind in ("point", "approx") and inner[-1].lower not in _CLOSING_TAILS \
            and inner[-1].lower not in _SIZE_COMPARATIVES:  # ("2 or bigger pots": other pots)
        hedge = hedges_after()[tuple(w.lower for w in inner)]
        reading = reading._replace(kind=hedge.kind, strict=hedge.strict, below=hedge.below,
                                   qualifier=" ".join(w.lower for w in inner))
    olds = _YEAR_OLDS.match(sentence.text, reading.end) if dimension == "time" else None
    if olds and _BOUND_THEN_NUMBER.match(sentence.text, olds.end()):
        olds = None  # "The 16-year-olds and over 30 staff": the "over" bounds the 30
    after = (longest_phrase_after(sentence, olds.end() if olds else reading.end, hedges_after())
             if reading.kind in ("point", "approx") else None)  # ("21-year-olds and over")
    if after is None and reading.kind in ("point", "approx"):
        after = _bound_past_of(sentence, reading.end)  # "6 bottles of wine or more"
    if after and not sentence.title_case and not sentence.all_caps \
            and any(w.text[:1].isupper() for w in after):
        after = None  # "$899 at Best Buy": a name, no "at best"
    if after and (_adds_a_charge(sentence, after, dimension) or _signs_the_next(sentence, after)
                  or _not_a_closing_tail(sentence, after)
                  or (after[-1].lower in _HEAT_COMPARATIVES and dimension != "temperature")
                  or (after[-1].lower == "faster" and dimension not in _PACED)
                  or (after[-1].lower == "up" and _TO_NEXT.match(sentence.text, after[-1].end))
                  or (after[-1].lower in ("more", "less", "fewer")
                      and _noun_next(sentence, after[-1].end))
                  or (after[0].lower == "at" and _held_level_before(sentence, reading,
                                                                    dimension)
                      and _UNTIL_NEXT.match(sentence.text, after[-1].end))
                  or (after[-1].lower in _NAMED_LIMITS and _determiner_before(sentence, reading)
                      and _PHRASE_END_NEXT.match(sentence.text, after[-1].end))):
        after = None  # (and "Pack 3 fleeces or warmer jackets": no bound of heat; "30
        # minutes or faster": no bound of a time; "54,000 inhabitants and more sheep": more
        # of another thing; "keep the rate at 6.5% at least until February": how long, no
        # bound of the rate; but "closed for two weeks at least until repairs" bounds the
        # weeks)
    if after:
        hedge = hedges_after()[tuple(w.lower for w in after)]
        start = reading.start
        if reading.kind == "approx" and hedge.kind != "approx" and before:
            start = before[-1].end + 1
        reading = HedgeReading(hedge.kind, " ".join(w.lower for w in after), start,
                               after[-1].end, hedge.strict, hedge.below)
    return reading


#: a time's limit after "at least" or "at most": "at least until February", "at least
#: through the summer"
_UNTIL_NEXT: Final = re.compile(r"[ ](?:until|till|through|into|for[ ]the[ ]rest)\b")


#: limits after a number that, after a determiner and ending the phrase, name a threshold:
#: "above the 10.5% minimum" (not "Pay is £12 minimum", "A £20 minimum spend")
_NAMED_LIMITS: Final = frozenset(["minimum", "maximum", "min", "max"])


#: the end of a phrase: punctuation, the end, or a word that opens the next phrase
_PHRASE_END_NEXT: Final = re.compile(
    r"[ ]?[,.;:!?)]|\s*\Z|[ ](?:and|or|but|for|in|on|at|by|set|required|that|which)\b")


def _determiner_before(sentence: Sentence, reading: HedgeReading) -> bool:
    """Whether "the" or a possessive stands right before the number: "the 10.5%" (not "a
    $10 minimum": a bound)."""
    before = sentence.before(reading.start, 1)
    return bool(before) and (before[0].lower in ("the", "its", "their")
                             or before[0].text.endswith(POSSESSIVE_ENDINGS))


#: words before a level held or a frequency: "at 6.5%", "every 30 minutes", "remain £2"
_HOLDING_WORDS: Final = frozenset(["at", "every", "remain", "remains", "remained", "stay",
                                   "stays", "stayed"])


def _held_level_before(sentence: Sentence, reading: HedgeReading, dimension: str) -> bool:
    """Whether the number is a level held or a frequency: "keep rates at 6.5%", "every 30
    minutes", "remain £2", "the notice period will remain two months" (not "closed for two
    weeks", "$2 billion at least into the project", "must stay five years at least until",
    "patients must remain five days at least until": a stay)."""
    before = sentence.before(reading.start, 1)
    if not before or before[0].lower not in _HOLDING_WORDS:
        return False
    if before[0].lower in ("at", "every") or dimension != "time":
        return True
    return before[0].lower.startswith("remain") and _period_subject(sentence, before[0])


def _period_subject(sentence: Sentence, verb: Word) -> bool:
    """Whether the clause before ``verb`` names a period a rule sets before it names any
    people: "In Hong Kong the quarantine period will remain", "The notice period for tenants
    will remain" (not "Patients admitted for a short stay must remain", "Despite the curfew
    being lifted, the crew will remain": a stay)."""
    words = sentence.before(verb.start, _CLAUSE_REACH)
    for index in range(len(words) - 1, -1, -1):
        if words[index].text in (",", ";", ":"):
            words = words[index + 1:]
            break
    for word in words:
        if word.lower in _HELD_PERIODS:
            return True
        if units.singular(word.lower) in _STAYING_PEOPLE:
            return False
    return False


#: the periods that a rule sets, which "remain" a length of time: "quarantine will remain seven
#: days" (not "the crew will remain six weeks at least until": a stay; grammar_words.txt)
_HELD_PERIODS: Final = _GRAMMAR["held_periods"]
#: how far back from "remain" its clause may open
_CLAUSE_REACH: Final = 12
#: people whose stay "remain N days" may be: "the crew will remain six weeks" (the nouns of a
#: person and [staying_people], grammar_words.txt)
_STAYING_PEOPLE: Final = _GRAMMAR["person_nouns"] | _GRAMMAR["staying_people"]
#: verbs of blame and quarrel, after which "over" an amount and its noun says what about:
#: "jailed over £40m plot", "sued over $5m debt"
_BLAMED_BEFORE: Final = re.compile(
    r"\b(?:jailed|charged|sacked|fired|arrested|fined|sued|suing|convicted|sentenced|probed"
    r"|investigated|row|rows|dispute|disputes|clash|clashes|protest|protests|resigned|quits?"
    r"|strike|strikes|battle|feud|split)\b", re.IGNORECASE)
#: a noun right after the amount (not a unit's "a" or "per", nor the end): " cocaine plot"
_NOUN_AFTER_AMOUNT: Final = re.compile(
    r"[ ](?!(?:a|an|per|of|in|to|from|for|with|at|on|by|and|or|than|last|this|each)\b)"
    r"[a-z]{3,}")
#: determiners that make "minimum of" or "maximum of" a named level: "the minimum of"
_LEVEL_DETERMINERS: Final = frozenset(["the", "its", "their", "his", "her", "our", "this"])


def _named_level(sentence: Sentence, extreme: Word) -> bool:
    """Whether "minimum" or "maximum" follows "the", a possessive, or one of them and an
    adjective: "the operational minimum of", "its maximum of" (not "a minimum of")."""
    before = sentence.before(extreme.start, 2)
    if before and before[-1].lower in _LEVEL_DETERMINERS:
        return True
    return len(before) == 2 and before[0].lower in _LEVEL_DETERMINERS \
        and before[1].text.isalpha() and before[1].text.islower() \
        and before[1].lower not in lexicon.load().function_words


def _bound_over_hedge(sentence: Sentence, reading: HedgeReading, hedge: Tuple[Word, ...],
                      dimension: str) -> Optional[HedgeReading]:
    """The bound said before a hedge ("above about 8", "up to roughly 40", "less than
    around $5"), read as if the hedge were part of the number, or None: the bound wins, as
    the hedge only blurs where it lies."""
    if hedges_before()[tuple(w.lower for w in hedge)].kind != "approx":
        return None
    outer = read_hedges(sentence, reading._replace(start=hedge[0].start), dimension, None)
    if outer.kind not in ("lower", "upper") or outer.start == hedge[0].start:
        return None  # (a bound after the number, "about 500 or more", reads as before)
    said = " ".join(w.lower for w in hedge)
    return outer._replace(qualifier=f"{outer.qualifier} {said}")


#: "of" and what a counted amount is of, before "or more" that closes the phrase: "6
#: bottles of wine or more", "3 years of experience or more"
_OF_STUFF_THEN_OR: Final = re.compile(
    r"[ ]of[ ](?:[a-z]+[ ]){1,2}(?=or[ ](?:more|less|fewer|longer)[.,;:!?)]|or[ ]\w+\Z)")


def _bound_past_of(sentence: Sentence, end: int) -> Optional[Tuple[Word, ...]]:
    """ "or more" after the "of" phrase of an amount ("6 bottles of wine or more"), where
    it ends the clause, or None."""
    of = _OF_STUFF_THEN_OR.match(sentence.text, end, sentence.span[1])
    if of is None:
        return None
    return longest_phrase_after(sentence, of.end(), hedges_after())


def _new_level_after_to(sentence: Sentence, bound: Word) -> bool:
    """Whether "to" stands right before "over" or "under": "waits grew to over an hour" is a
    new level, bounded, not a stretch of time."""
    previous = sentence.before(bound.start, 1)
    return bool(previous) and previous[0].lower == "to"


#: "of" and what a stretch of years was spent on, after it: " of follow-up" (but " of age")
_STRETCH_OF: Final = re.compile(r"[ ]of[ ](?!age\b)[a-z]")


def _aged_group_before(sentence: Sentence, bound: Word) -> bool:
    """Whether people named first in their phrase stand right before "over" or "under" and
    years: "Not for children over 12 years", "Adults over 65 years should" are ages, bounded
    (not "The school taught children over 40 years": a verb's object, then a stretch)."""
    group = sentence.before(bound.start, 2)
    if not group or group[-1].lower not in _AGE_GROUPS:
        return False
    return len(group) == 1 or group[0].lower in _AGE_GROUP_OPENERS \
        or group[0].text in (",", ";", ":", "(")  # (not "475,000 people over 10 days")


def _crossed_past(sentence: Sentence, past: Word, dimension: str) -> bool:
    """Whether "past" after a verb crosses a level of money or a share on the way up:
    "grossed past $300 million", "climbed past 5%" (not "fell past 200p")."""
    if dimension not in ("currency", "percent"):
        return False
    verb = sentence.before(past.start, 1)
    if not verb or not verb[0].text.isalpha() or not verb[0].text.islower():
        return False
    change = lexicon.load().changes.get(verb[0].lower)
    if change is not None:
        return change.direction == "up"  # (but "fell past 200p": no floor crossed upwards)
    return verb[0].lower.endswith(("ed", "s"))


def _not_a_labelled_limit(sentence: Sentence, limit: Word, end: int) -> bool:
    """Whether "limit" right before an amount is a noun with a determiner ("over the limit
    3 times", "raised the limit 5%"), or the amount says how often or when: not a label's
    ceiling."""
    determiner = sentence.before(limit.start, 1)
    return (bool(determiner) and determiner[0].lower in _LIMIT_DETERMINERS) \
        or _OCCASIONS_AFTER.match(sentence.text, end) is not None or _time_ago(sentence, end)


#: determiners that make "limit" a noun of the sentence, and the modals and "to" that make it
#: a verb, not a label before its amount ("to limit 24 bars"); an age limit is a floor, no
#: ceiling
_LIMIT_DETERMINERS: Final = _GRAMMAR["modals"] | frozenset([
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that", "any", "age"])


def _noun_next(sentence: Sentence, end: int) -> bool:
    """Whether a content word and "than" follow ``end``: the "sheep than" of "and more sheep
    than people"."""
    following = sentence.after(end, 2)
    return len(following) == 2 and following[0].text.isalpha() \
        and following[0].lower not in lexicon.load().function_words \
        and following[1].lower == "than"


def _each_passing(sentence: Sentence, word: Word) -> bool:
    """ "with each passing 24 hours", "every passing day": "passing" as an adjective."""
    previous = sentence.before(word.start, 1)
    return bool(previous) and previous[0].lower in ("each", "every", "the")


#: a bound after an age's compound that bounds the number after it instead
_BOUND_THEN_NUMBER: Final = re.compile(r"[ ](?:and|or)[ ][a-z]+[ ][0-9]")
#: the end of an age's compound, past which a bound is read: "21-year-olds and over"
_YEAR_OLDS: Final = re.compile(r"-olds?\b")
#: comparatives after "or" that bound only a temperature: "-18C or colder"
_HEAT_COMPARATIVES: Final = frozenset(["colder", "warmer", "hotter", "cooler"])
#: verbs of rising in their base form, whose "up to" after a modal is a ceiling
_RISING_BASE_VERBS: Final = frozenset(["rise", "climb", "jump", "soar", "increase", "grow",
                                       "surge"])
#: "to" after "and up": the next amount's bound ("650 jobs and up to 2,000 more")
_TO_NEXT: Final = re.compile(r"[ ]to\b")
#: comparatives of size and strength, which bound a number after its unit ("2,000 square
#: feet or larger") but not before its noun ("2 or bigger pots": pots of another size)
_SIZE_COMPARATIVES: Final = frozenset(["larger", "bigger", "stronger", "heavier", "taller",
                                       "wider", "deeper", "smaller", "weaker", "lighter",
                                       "shorter", "cheaper"])
#: dimensions that "or faster" bounds from below: "100Mbps or faster", "60 mph or faster"
_PACED: Final = frozenset(["speed", "data_rate", "frequency"])
#: verbs of looking or thinking, after which "beyond" passes a thing by: "looked beyond"
_LOOKING_VERBS: Final = frozenset("look looks looked looking see sees saw seeing think thinks "
                                  "thought thinking move moves moved moving".split())
#: words after which a verb's base form gives an order: "Then pour over 500ml"
_ORDER_OPENERS: Final = frozenset(["then", "and", "finally", "now", ","])


def _race_course(sentence: Sentence, word: Word) -> bool:
    """ "a handicap over", "The Melbourne Cup is run over", "The 2,000 Guineas, run over":
    the word before "over" names a race, or is "run" after a form of "be" or a comma, so the
    distance after is the race's course."""
    if word.lower in _RACES_OVER:
        return True
    before = sentence.before(word.start, 1)
    return word.lower == "run" and bool(before) and before[0].lower in (
        "is", "was", "are", "were", "be", "been", ",")


def _ordered(sentence: Sentence, verb: Word) -> bool:
    """Whether a verb in its base form gives an order: it opens the sentence or follows
    "then", "and", a comma or an adverb in -ly ("Then pour over", "To serve, scatter over",
    "Gently spoon over"; not "Investors poured over")."""
    previous = sentence.before(verb.start, 1)
    return not previous or previous[0].lower in _ORDER_OPENERS \
        or (previous[0].lower.endswith("ly") and previous[0].start == sentence.words[0].start)


def _looking_beyond(sentence: Sentence, word: Word) -> bool:
    """Whether a verb of looking or thinking stands right before "beyond"."""
    verb = sentence.before(word.start, 1)
    return bool(verb) and verb[0].lower in _LOOKING_VERBS


def _before_a_forecast(sentence: Sentence, end: int, dimension: str) -> bool:
    """A forecast noun right after the amount: "above 3.8% consensus", "ABOVE 720 TARGET"
    (not "gusts above 90km/h forecast along the coast": a forecast of weather)."""
    following = sentence.after(end, 2)
    return bool(following) and following[0].lower in _FORECAST_NOUNS \
        and not (len(following) == 2 and following[1].lower in _WEATHER_SPREAD
                 and dimension in _WEATHER_DIMENSIONS)


#: where or when weather is forecast, after "forecast": "gusts above 90km/h forecast along the
#: coast", "rain above 50mm forecast overnight"
_WEATHER_SPREAD: Final = frozenset(["along", "across", "overnight", "tonight", "tomorrow",
                                    "later", "inland", "through", "throughout", "during",
                                    "until"])


def _after_plural_subject(sentence: Sentence, word: Word) -> bool:
    """A plural noun right before ``word``, its subject: "Mortgage rates top 7%", or before
    a place named after it: "Temperatures on Venus top 460C", "Rents in London top £2,000"."""
    previous = sentence.before(word.start, 4)
    if previous and is_plural_subject(previous[-1]):
        return True
    return len(previous) >= 3 and previous[-1].text[:1].isupper() \
        and previous[-2].lower in ("in", "on", "at", "across") \
        and is_plural_subject(previous[-3])


def _after_factor(sentence: Sentence, word: Word) -> bool:
    """A comparative right after a factor: "5 times bigger than", "3x faster than"."""
    previous = sentence.before(word.start, 2)
    if not previous:
        return False
    last = previous[-1]
    return last.lower in ("times", "fold", "twice", "thrice") or (
        last.lower in ("x", "-fold") and len(previous) == 2 and previous[0].text[-1:].isdigit()
        and previous[0].end == last.start)


def _signs_the_next(sentence: Sentence, after: Sequence[Word]) -> bool:
    """ "£292,500 +2.6%", "39.0% +80bps": a "+" glued to the next figure is its sign, and
    bounds nothing before it; "3,400 officers and more than 1,500 staff": "more" opens the
    next figure's bound, as "at least" does before "a" or digits."""
    if after[-1].text == "+":
        return sentence.text[after[-1].end:after[-1].end + 1].isdigit()
    following = sentence.after(after[-1].end, 2)
    if [w.lower for w in after[-2:]] == ["at", "least"] and following \
            and (following[0].lower in ("a", "an") or following[0].text[:1].isdigit()):
        return True  # "Book 2 rooms at least a week ahead": the bound of the time after
    return len(following) == 2 and following[0].lower == "than"  # "or greater than" ends


def _after_an_amount(sentence: Sentence, start: int, dimension: str, measure: str) -> bool:
    """Whether an amount ends right before ``start``, with a short unit or a counted noun
    ("2.63 ", "300m ", "12.3 points "), though not a group of people, whose "over" is an age
    ("2,000 people over 50"); ``measure`` is the bounded amount's text."""
    text = sentence.text
    if _AMOUNT_END.search(text, max(0, start - 12), start) \
            or _GRADE_END.search(text, max(0, start - 24), start) \
            or (dimension in ("length", "count")
                and _SHARE_END.search(text, max(0, start - 32), start) is not None):
        return True
    rate = _RATE_END.search(text, max(0, start - 16), start) \
        if dimension in ("length", "time") else None
    if rate is not None and (dimension == "time" or not _height_over(rate.group("top"), measure)):
        return True  # "3.9 mi/kWh over 6,000 miles", "45 km/h over 3 hours" (but "gusts of
        # 100 km/h over 2,000 metres": a height)
    counted = _COUNT_END.search(text, max(0, start - 30), start)
    if counted is not None and _SHARE_IN_BEFORE.search(
            text, max(0, counted.start() - 16), counted.start()):
        return False  # "one in ten spends over half": a share, then its verb
    if counted is not None and counted.group("noun")[:-1] in _PERSON_NOUNS \
            and _SPELL_OF_TIME_END.search(measure):
        return True  # "300 rioters over three nights": the time they took, no age
    if counted is None or counted.group("noun") in _AGE_GROUPS \
            or counted.group("noun")[:-1] in _PERSON_NOUNS \
            or (counted.group("modifier") and dimension != "count"):
        return False  # ("three sons over 30": their ages; "60 high-rise towers over 150
        # meters": after a hyphened modifier only a count of periods spans, "over 21 seasons")
    named = _NAMED_NUMBER_END.search(text, max(0, counted.start() - 30), counted.start() + 1)
    return named is None or named.group("name").lower() in lexicon.load().function_words \
        or (named.group("name").lower(),) in hedges_before() \
        or (named.group("name").lower() in _OPENING_VERBS
            and named.start() == sentence.span[0])  # "Just 12 wins over 38 games", "Work
    # 18 stitches over 10 cm"


def _closing_verb(before: Sequence[Word]) -> bool:
    """Whether the words before "close on" make "close" a verb: "will close on 480p", "set to
    close on 7,500" (not "has grown to close on 10,000", "brings the fund to close on £2m")."""
    if not before:
        return False
    if before[-1].lower == "to":
        return len(before) == 2 and before[0].lower in _FORECAST_TO
    return before[-1].lower in _MODALS_BEFORE_CLOSE


#: words before "close on" that make "close" a verb, and words before "to close on" that do
_MODALS_BEFORE_CLOSE: Final = frozenset(["will", "would", "could", "may", "might", "should",
                                         "can", "did", "does", "do", "shares"])
_FORECAST_TO: Final = frozenset(["set", "expected", "poised", "due", "likely", "tipped",
                                 "forecast", "predicted", "about", "going", "course",
                                 "track", "managed", "failed", "able", "looked", "seemed",
                                 "appeared", "aiming", "hoping"])
#: a spell of time that ends an amount after "over", never an age: "three nights"
_SPELL_OF_TIME_END: Final = re.compile(
    r"\b(?:nights?|days?|weeks?|weekends?|hours?|months?|evenings?|minutes?)\Z", re.IGNORECASE)
#: units of a height above the ground or the sea
_HEIGHT_UNITS: Final = frozenset(["m", "metres", "meters", "metre", "meter", "ft", "feet",
                                  "foot"])


def _height_over(top: str, measure: str) -> bool:
    """Whether a bounded amount after a rate's "over" is a height in other units than the
    rate's top ("100 km/h over 2,000 metres"; not "15 m/s over 300 m", "3.9 mi/kWh over
    6,000 miles")."""
    unit = measure.rstrip(".").split()[-1:] if measure else []
    return bool(unit) and unit[0].lower() in _HEIGHT_UNITS and top.lower() not in ("m", "ft")


#: verbs that open an instruction before a count: "Knit 2 rounds", "Plant 3 bulbs"
_OPENING_VERBS: Final = _GRAMMAR["count_opening_verbs"]


#: a bare number and "of" right after it: "2 of the 5 regions"
_BARE_OF: Final = re.compile(r"[0-9][0-9.,]*[ ]of[ ]")
#: verbs that report a reading: "recorded a maximum of 48.8°C", "logged a minimum of 6.8°C"
_READING_VERBS: Final = _GRAMMAR["reading_verbs"]
#: verbs of forecasting: "Forecasters expect a maximum of 33C"
_FORECAST_READING_VERBS: Final = _GRAMMAR["forecast_reading_verbs"]
#: what a weather forecast gives a maximum or minimum of: heat, rain or snow, wind
_WEATHER_DIMENSIONS: Final = frozenset(["temperature", "length", "speed"])


#: words before "a maximum of" a temperature in a forecast's prose: "colder, with a maximum
#: of 6C", "there will be a minimum of 4C", in a sentence with a word of the weather and no
#: word of a rule ("The fridge should be a maximum of 5C", "Store the wine with a maximum
#: of 18C": limits)
_WEATHER_LINKS: Final = frozenset(["with", "be"])
_FORECAST_WORDS: Final = re.compile(
    r"\b(?:forecast|forecasters?|tonight|tomorrow|today|weekend|afternoon|overnight|morning"
    r"|showers?|sunny|sunshine|cloud|cloudy|rain|drizzle|fog|frost|frosty|breezy|colder"
    r"|warmer|milder|chilly|highs?|lows?|wet|windy|stormy)\b",
    re.IGNORECASE)
_RULE_WORDS: Final = re.compile(
    r"\b(?:must|should|shall|need|needs|required?|store|stored|operates?|allowed|permitted"
    r"|limit|recommended|rules?|thermostats?|regulations?|keep|kept|wash|washed|heating"
    r"|nursery)\b", re.IGNORECASE)


#: words naming the season or year whose extreme a "minimum of" or "maximum of" reports
_SEASONAL_EXTREMES: Final = frozenset(["annual", "seasonal", "summer", "winter", "yearly",
                                       "daily", "monthly", "record", "ice", "extent"])


def _measured_extreme(sentence: Sentence, first: Word, dimension: str) -> bool:
    """A day's highest or lowest reading, not a limit: an extreme that a verb of reading
    reports ("Phalodi logged a maximum of 50°C"; "allows a maximum of 25C" is a limit), or a
    forecast of the weather ("expect a maximum of 33C", not "a maximum of 30 pupils")."""
    verb = sentence.before(first.start, 1)
    return bool(verb) and (verb[0].lower in _READING_VERBS or (
        verb[0].lower in _FORECAST_READING_VERBS and dimension in _WEATHER_DIMENSIONS)
        or (verb[0].lower in _WEATHER_LINKS and dimension == "temperature"
            and _FORECAST_WORDS.search(sentence.text, *sentence.span) is not None
            and _RULE_WORDS.search(sentence.text, *sentence.span) is None)
        or verb[0].lower in _SEASONAL_EXTREMES
        or (verb[0].text[:1].isupper() and verb[0].text.isalpha()
            and verb[0].start != sentence.span[0]))
    # (and "the Antarctic minimum of 1.79 million km2", "the September minimum", "the annual
    # maximum of": a season's extreme, measured)


#: the use of a floor's space after its area: " of retail", " of ground-floor commercial"
_FLOORSPACE_AFTER: Final = re.compile(
    r"[ ]of[ ](?:ground-floor[ ]|ground[ ]floor[ ]|new[ ])?(?:retail|commercial|shops?|offices?"
    r"|office[ ]space|workspace|shopfronts?|parking)\b")
#: homes and floors that stand above a floor's space
_STOREYED_HOMES: Final = frozenset(["apartments", "flats", "homes", "dwellings", "units",
                                    "offices", "storeys", "floors", "maisonettes", "studios"])


def _topic_about(sentence: Sentence, about: Word, end: int) -> bool:
    """Whether "about" after a word of talk or feeling ("email", "talks", "worried") says
    what it is about, the amount modifying a noun after it: "an email about 10% cuts"."""
    said = sentence.before(about.start, 1)
    return bool(said) and (said[0].lower in _TOPIC_OVER_WORDS or said[0].lower in _TOPIC_WORDS) \
        and _noun_after(sentence, end)


def _noun_after(sentence: Sentence, end: int) -> bool:
    """Whether a noun the amount ending at ``end`` modifies follows it: "over £2m fraud",
    "over 40mph limit" (not "over £100 for a ticket", "over 10% of its staff", "over 400
    miles wide")."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].text.isalpha() and following[0].text.islower() \
        and following[0].lower not in lexicon.load().function_words \
        and following[0].lower not in MEASURE_ADJECTIVES


#: adjectives a measurement stands before: "400 miles wide", "3m deep"
MEASURE_ADJECTIVES: Final = _GRAMMAR["measure_adjectives"]


def _at_a_distance(sentence: Sentence, end: int) -> bool:
    """Whether a word of distance from a place follows the quantity ending at ``end``."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].lower in ("from", "away", "off", "behind", "ahead")


def _bounds_the_time(sentence: Sentence, before: Sequence[Word]) -> bool:
    """Whether "more than", "less than" or "fewer than" before a time ago bounds the time
    itself: no amount or comparative stands before it ("switched more than 12 months ago";
    not "£5 more than 30 years ago", "cheaper than 2 weeks ago")."""
    if len(before) != 2 or before[0].lower not in ("more", "less", "fewer"):
        return False
    previous = sentence.before(before[0].start, 1)
    return not previous or not (any(c.isdigit() for c in previous[0].text)
                                or previous[0].lower in _SCALE_ENDINGS
                                or previous[0].lower in ("much", "far", "no", "any"))


#: words that end an amount before "more than": "£5m more than", "5 million more than", "20p
#: more than"
_SCALE_ENDINGS: Final = frozenset(["m", "bn", "k", "million", "billion", "thousand",
                                   "trillion", "percent", "%", "times", "points", "p", "c",
                                   "pence", "cents"])


def _time_ago(sentence: Sentence, end: int) -> bool:
    """Whether "ago" or "earlier" follows the quantity ending at ``end``."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].lower in ("ago", "earlier")


#: the past of "be" before "limited to" or "restricted to": an outcome ("Damage was limited
#: to three barns"), not a rule ("Entry is limited to 500")
_PAST_BE: Final = frozenset(["was", "were", "been"])
#: words before "a limit of" that say the limit was passed: "breached a limit of 40"
_PASSING_WORDS: Final = frozenset(["breached", "breach", "breaches", "exceeded", "exceed",
                                   "exceeds", "broke", "break", "breaks", "above", "over",
                                   "beyond", "twice", "times", "surpassed", "topped"])


#: determiners before a noun of limiting: "the limit rises to", "its limit rises to"
_OWNER_WORDS: Final = frozenset(["the", "a", "an", "its", "their", "his", "our", "this", "that",
                                 "your", "my"])
#: verbs that set a ceiling on their object: "limit caffeine to 200mg", "cap fees at £9,250"
_LIMITING_VERBS: Final = _GRAMMAR["limiting_verbs"]


def _limit_noun_after(word: Word) -> bool:
    """Whether "limit" after ``word`` is a noun, no verb: after a determiner ("the limit"),
    a singular modifier ("contribution limit", "savings limit", "business limit"), an
    abbreviation ("ISA limit") or a bracket ("401(k) limit"); not after a plural subject
    ("Councils limit"), an adverb ("effectively limit") or a pronoun ("her")."""
    text, lower = word.text, word.lower
    if lower in _OWNER_WORDS or text == ")" or (text.isupper() and 1 < len(text) <= 5):
        return True
    return text.isalpha() and text.islower() and not lower.endswith("ly") \
        and lower not in _LIMIT_ADVERBS and lower not in lexicon.load().function_words \
        and (not lower.endswith("s") or lower.endswith(("ss", "ings")))


#: adverbs before the verb "limit" that end in no "-ly": "further limit rises to 5%"
_LIMIT_ADVERBS: Final = frozenset(["further", "also", "only", "even", "still", "just", "now",
                                   "then", "never", "always", "often", "again", "thus"])


def _limited_object(sentence: Sentence, start: int) -> bool:
    """ "Pregnant women should limit caffeine to 200mg a day", "Cap sugar intake at 30g": a
    verb of limiting, its object of one to seven words, then "to" (or "at" after "cap") right
    before the amount; not a past outcome ("limited the damage to three barns")."""
    if sentence.vocabulary.isdisjoint(_LIMITING_VERBS):
        return False  # most sentences (none of these verbs has a hyphen, so a word joined
        # below at its hyphens is never one of them)
    before = _hyphens_joined(sentence.before(start, 13))[-9:]
    if len(before) < 3 or before[-1].lower not in ("to", "at"):
        return False
    for index in range(len(before) - 2, -1, -1):
        word = before[index]
        if word.text in _APOSTROPHES:
            continue  # the mark of a plural's owner: "caps doctors' working week at"
        if word.lower in _LIMITING_VERBS and index < len(before) - 2:
            return (before[-1].lower == "to") != word.lower.startswith("cap") \
                and not before[index + 1].lower.endswith("ed") \
                and before[index + 1].lower not in ("for", "on", "of", "in") \
                and not (before[index + 1].lower in lexicon.load().changes
                         and word.lower == "limit" and index > 0
                         and _limit_noun_after(before[index - 1])) \
                and (index == 0 or before[index - 1].lower not in _NOUN_BEFORE)
            # (not "The contribution limit rises to $24,500": the noun, then its change)
        if not (word.text.replace("-", "").rstrip("'s\N{RIGHT SINGLE QUOTATION MARK}").isalpha()
                or _model_in_object(word, before[index + 1])) \
                or word.lower in _NOT_IN_OBJECT or (
                word.lower in lexicon.load().changes
                and not (index == len(before) - 2 and word.lower.endswith("s"))):
            return False  # (and "Rate limits the API enforces rose to 100": a change; but
            # "caps rent rises at 5%": the object's plural noun; "caps doctors' working week
            # at 48 hours": an owner in the object)
    return False


def _model_in_object(word: Word, following: Word) -> bool:
    """Whether ``word`` is a model's number or code in a limited object: the "737" of
    "capped 737 Max production at 38 a month", "A320" (not "from 100 MB")."""
    return word.text.isalnum() and (not word.text.isdigit() or following.text.istitle())


def _hyphens_joined(words: Sequence[Word]) -> List[Word]:
    """The words with each hyphenated compound made one: "out", "-", "of", "-", "pocket" is
    "out-of-pocket"."""
    joined: List[Word] = []
    for word in words:
        if joined and (word.text == "-" or joined[-1].text.endswith("-")) \
                and joined[-1].end == word.start:
            last = joined.pop()
            text = last.text + word.text
            word = Word(text, last.start, word.end, text.lower())
        joined.append(word)
    return joined


#: words before "cap" or "limit" that make it a noun: "The cap peaked at £4,279"
_NOUN_BEFORE: Final = frozenset(["the", "a", "an", "its", "their", "this", "that", "price",
                                 "speed", "energy", "spending", "pay", "rent", "age",
                                 "market", "new", "current", "proposed", "revised", "existing",
                                 "latest", "previous"])
#: words that end the object of a limiting verb: "limit the rise in prices to" is fine, but
#: a verb or a clause link is not
_NOT_IN_OBJECT: Final = frozenset(["and", "or", "but", "is", "are", "was", "were", "will",
                                   "would", "that", "which", "who", "stands", "stood", "sits",
                                   "sat", "remains", "remained", "came", "comes", "come",
                                   "went", "goes"])
# ("Its market cap stands at", "Cap ex came in at $287 million")


def _outcome_not_rule(sentence: Sentence, before: Sequence[Word]) -> bool:
    """ "were limited to 3 shots", "was restricted to 89 points": a past outcome after the
    past of "be"; "breached a limit of 40 micrograms": a limit that was passed."""
    phrase = " ".join(w.lower for w in before)
    if phrase in ("limited to", "restricted to"):
        previous = sentence.before(before[0].start, 1)
        return bool(previous) and previous[0].lower in _PAST_BE
    if phrase in ("a limit of", "a cap of"):
        previous = sentence.before(before[0].start, 1)
        return bool(previous) and previous[0].lower in _PASSING_WORDS
    return False


#: what follows a span of time that an episode fills, after "before": "before 14 months of
#: rate rises", "before 20 years in politics" (but "born before 37 weeks of pregnancy")
_EPISODE_AFTER: Final = re.compile(
    r"[ ](?:of[ ](?!age\b|pregnancy\b|gestation\b|life\b|treatment\b)[a-z]|in[ ]|as[ ]|at[ ])")
#: a term of years right before "to life": "25 years to life"
_YEARS_END: Final = re.compile(r"\b(?:years?|yrs?)[ ]\Z")


def _not_a_closing_tail(sentence: Sentence, after: Sequence[Word]) -> bool:
    """ "30 minutes max", "10 days minimum", "$500, tops", "Rs 20 at most" bound only in lower
    case and where the phrase ends ("the Boeing 737 MAX", "a ₦70,000 minimum wage" bound
    nothing, and "Rs 20 at most stalls" says where); so does "25 years to life" (but "added
    10 years to life expectancy")."""
    if after[-1].lower not in _CLOSING_TAILS and after[-1].lower not in ("most", "least", "life"):
        return False
    if not after[-1].text.islower():
        return True
    if after[-1].lower == "life" and (
            not _YEARS_END.search(sentence.text, max(0, after[0].start - 8), after[0].start)
            or sentence.text[after[-1].end:after[-1].end + 1] == "-"):
        return True  # "brought 200 characters to life", "£5m to life-saving research"
    following = sentence.after(after[-1].end, 1)
    if after[-1].lower == "minimum" and following \
            and following[0].lower in _GRAMMAR["minimum_terms"]:
        return False  # "6 month minimum tenancy", "£20 minimum spend": at least that
    return bool(following) and following[0].text.isalpha() \
        and following[0].lower not in lexicon.load().function_words


def _adds_a_charge(sentence: Sentence, after: Sequence[Word], dimension: str) -> bool:
    """ "£250,000 plus costs", "$100 plus tax", "£60m plus £10m in add-ons", "three plus
    two", "£1.65m plus a bonus", "£7,495 + VAT", "$18,250 plus statutory interest": "plus"
    adds a charge or another amount (after money, any noun phrase), it bounds nothing (but
    "30 plus years")."""
    if after[-1].lower != "plus" and not (
            after[-1].text == "+" and sentence.text[after[-1].end:after[-1].end + 1] == " "
            and sentence.text[after[-1].start - 1:after[-1].start] == " "):
        return False  # (a spaced "+" adds too: "£7,495 + VAT", "£75 + £10 deposit")
    following = sentence.after(after[-1].end, 1)
    if following and after[-1].text == "+" and following[0].text[:1].isupper() \
            and following[0].text.isalpha():
        return True  # "Zinc 15mg + Copper 1mg": a spaced "+" joins two items of a label
    noun = sentence.before(after[-1].start, 1) if after[-1].lower == "plus" else []
    if noun and dimension == "count" and noun[0].text.isalpha() \
            and following and following[0].text.islower() \
            and following[0].text.isalpha() and is_plural_word(following[0].lower) \
            and not units.is_unit_word(following[0].lower):
        return True  # "10 studs plus plates": the things counted, and more things (but "30
        # plus years", "50 people plus")
    if after[-1].lower == "plus" and dimension in ("currency", "rate") \
            and _ACRONYM_AFTER.match(sentence.text, after[-1].end):
        return True  # "€700 a month plus ESB", "€60 plus P&P": a bill or charge named short
    return bool(following) and (following[0].lower in _ADD_ON_WORDS
                                or following[0].lower in ("a", "an", "the", "its", "their")
                                or parse_number(following[0].lower) is not None
                                or (dimension not in _PLUS_BOUNDED
                                    and sentence.text[after[-1].start - 1] == " "
                                    and following[0].lower != "add"  # ("£20m plus add-ons":
                                    # a fee that may grow, at least £20m)
                                    and _charge_named_after(sentence, after[-1].end))) \
        or _AMOUNT_AFTER_PLUS.match(sentence.text, after[-1].end) is not None


#: dimensions whose amount a "plus" after it may bound ("30 plus years", "50 plus people");
#: after money or a measure it adds the noun phrase that follows ("1.5 million bpd plus
#: condensates")
_PLUS_BOUNDED: Final = frozenset(["count", "time", "dimensionless", "percent", "temperature"])
#: a short name in capitals: " ESB", " P&P", " VAT"
_ACRONYM_AFTER: Final = re.compile(r"[ ][A-Z][A-Z&]{1,6}\b")


def _charge_named_after(sentence: Sentence, end: int) -> bool:
    """Whether a noun phrase of at most three plain words ends its clause after "plus": "plus
    statutory interest.", "plus annual payments," (not the clause's verb: "$2 million plus
    sold within days", "£100,000 plus typically hire agents", "plus attract a tax")."""
    function_words = lexicon.load().function_words
    words = sentence.after(end, _CHARGE_WORDS + 1)
    for index, word in enumerate(words):
        if not word.text.isalpha():
            return index > 0 and (word.text in _CLAUSE_MARKS or word.text[:1].isdigit())
            # ("5 mg/kg plus medetomidine 0.05 mg/kg": another drug and its dose)
        if index == _CHARGE_WORDS or not word.text.islower() or word.lower.endswith("ly") \
                or word.lower.endswith("ed") or word.lower in function_words:
            return index > 0 and word.lower in _CHARGE_ENDS
    return bool(words)


#: the most plain words of a charge named after "plus", and what may end it
_CHARGE_WORDS: Final = 3
_CLAUSE_MARKS: Final = frozenset([".", ",", ";", ":", ")", "!", "?"])
_CHARGE_ENDS: Final = frozenset(["and", "or", "for", "in", "on", "over", "from", "to", "at", "of"])


def _deadline_missed(sentence: Sentence, bound: Sequence[Word]) -> bool:
    """ "if not paid within 28 days", "claims not made within 6 months": a deadline that
    a negated participle misses keeps its limit (but "cannot evict you within 6 months"
    rules the time out)."""
    if bound[0].lower != "within":
        return False
    words = sentence.before(bound[0].start, 3)
    return any(word.lower in _NEGATORS and index + 1 < len(words)
               and (words[index + 1].lower.endswith("ed")
                    or words[index + 1].lower in _IRREGULAR_PARTICIPLES)
               for index, word in enumerate(words))


#: participles not in -ed that a missed deadline takes: "if not paid within 28 days"
_IRREGULAR_PARTICIPLES: Final = frozenset(["paid", "made", "sent", "done", "given", "taken",
                                           "met", "brought", "sold", "shown", "seen"])


def _negated(sentence: Sentence, bound: Sequence[Word]) -> bool:
    """A negation a few words before the bound, in its clause: "must not be filled to more
    than 90%", "cannot borrow more than £50m", "never rose above 3%".  A bound that holds
    its own negation ("not more than") is read as written."""
    if any(w.lower in _NEGATORS for w in bound):
        return False
    words = sentence.before(bound[0].start, SUBJECT_NEGATION_REACH)
    if words and words[-1].lower == "for" and [w.lower for w in bound] == ["up", "to"]:
        return False  # "may fail to display for up to 2 seconds": how long it fails
    if words and (words[-1].lower == "with" or (
            words[-1].lower in _DESCRIBING_PARTICIPLES
            and not (len(words) > 1 and words[-2].lower in _AVOIDING))):
        return False  # "Do not use in patients weighing less than 50 kg", "Never buy a car
        # with more than 100,000 miles": who or what is meant (but "Avoid standing more
        # than 20 minutes" limits the standing)
    if words and words[-1].lower in _WHO_IS_MEANT:
        return False  # "not open to anyone under 1.2 m": who is meant, no limit
    if words and words[-1].lower in _AGE_GROUPS and _an_age_after(sentence, bound[-1].end):
        return False  # "Not recommended for children under 12": who is meant, no limit (but
        # "Do not give cats more than 50g of tuna" limits the tuna)
    spans_time = bool(words) and words[-1].lower in _TIME_PREPOSITIONS \
        and all(w.lower not in _MODALS for w in words)
    # ("Nothing happened for more than 20 minutes" is how long; "No one may park for more
    # than 2 hours" is a rule)
    joined = words[:-1] if len(words) > 1 and words[-1].text.isalpha() \
        and words[-2].lower in ("or", "nor") and words[-1].lower not in _NEGATORS \
        else words if words and words[-1].lower in ("or", "nor") else None
    if joined is not None:
        opener = _other_bound_opener(joined)
        if opener > 0 and joined[opener - 1].lower in ("no", "not"):
            return joined[opener].lower in _FLOOR_OPENERS  # "No fewer than 20 or more than
            # 40 pupils", "Not fewer than 10 or more than 30": the first bound's own
            # negation holds for the second (but "Loans not over £1,000 or under 12 months")
        # "Do not store below 5°C or above 30°C",
        # "never fall below 30% or rise above 60%": negated as the bound before the "or"
        # is (not "not suitable for babies under 3 months or under 5 kg": who is meant)
        return opener >= 0 and _negated(sentence, [joined[opener]])
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        near = index >= len(words) - NEGATION_REACH
        if word.lower in _SUBJECT_NEGATORS and spans_time:
            return False  # "Nothing happened for more than 20 minutes": how long
        if spans_time and word.lower in _NEGATORS and _perfect_before(words, index) \
                and _TIME_AFTER_BOUND.match(sentence.text, bound[-1].end):
            return False  # "The kitchen has not been cleaned for more than three weeks":
            # how long it has gone undone (but "must not park for more than 2 hours")
        if word.lower in _FAIL_WORDS \
                and not _TO_AFTER_FAIL.match(sentence.text, word.end):
            continue  # "Restaurants fail within three years", "fail at speeds above 40
            # mph": no negation (but "failed to top 1%")
        if word.text in _APOSTROPHES and index > 0 and words[index - 1].end == word.start \
                and words[index - 1].lower.endswith("s") \
                and not _QUOTE_OPENED.search(
                    sentence.text, max(sentence.span[0], word.start - _QUOTE_REACH), word.start):
            continue  # "No item on the kids' menu": a plural's possessive, no clause break
            # (but "a 'no tips' policy": a quotation closes)
        if word.lower in _AVOIDING and (index == len(words) - 1 or (
                index == len(words) - 2 and words[-1].lower.endswith("ing"))):
            return True  # "Avoid drinking more than 14 units a week": at most (but "avoid
            # stocks with more than 50% debt" describes the stocks)
        if word.lower in _NEGATORS and (near or word.lower in _SUBJECT_NEGATORS or (
                word.lower == "not" and _NOT_ONE.match(sentence.text, word.end))
                or _negative_command(sentence, word)):
            return True  # "must not be more than", "none of them more than 20 miles away",
            # "Not a single bottle on the list is over £40"
        if word.lower == "no" and index + 1 < len(words) and words[index + 1].text.isalpha() \
                and (words[index + 1].text.islower()
                     or _PLURAL_ACRONYM.fullmatch(words[index + 1].text) is not None) \
                and not spans_time \
                and words[index + 1].lower not in _NO_IDIOMS \
                and [w.lower for w in bound] != ["up", "to"]:  # ("No income tax up to ₹12
            # lakh": the threshold of what has none; "No vehicles over 7.5 tonnes" limits
            # the vehicles to 7.5 tonnes, as "must not exceed" does)
            return True  # "No patient should wait longer than 18 weeks", "No dish on the
            # menu costs more than £15": at most
        if word.lower in _NEGATION_BREAKS or not word.text[0].isalnum():
            return False
    return False


#: words of bidding and prices, beside which a price pushed up to a sum reaches it
_BIDDING_WORDS: Final = frozenset(["bids", "bid", "bidders", "bidder", "bidding", "price",
                                   "prices", "auction", "hammer", "shares", "stock", "stocks",
                                   "index", "values", "value"])
#: bounds that a negation before them turns into a floor: "no fewer than", "not less than"
_FLOOR_OPENERS: Final = frozenset(["fewer", "less", "under", "below", "lower"])
#: people a bound after them describes, no limit under a negation: "not open to anyone
#: under 1.2 m"
_WHO_IS_MEANT: Final = frozenset(["anyone", "anybody", "someone", "somebody", "those", "people",
                                  "riders", "visitors", "guests", "passengers", "drivers"])
#: the words that open a bound before "or" and another bound: "below 5°C or above 30°C"
_BOUND_OPENERS: Final = frozenset(["below", "above", "under", "over", "more", "less", "fewer",
                                   "exceed", "beyond", "greater", "higher", "lower"])


def _other_bound_opener(words: Sequence[Word]) -> int:
    """The index of the word opening the bound that "or" (the last of ``words``) joins to
    the next: "store below 5°C or" gives "below"; -1 when no measured bound comes before."""
    for index in range(len(words) - 2, max(-1, len(words) - 8), -1):
        if words[index].lower in _BOUND_OPENERS:
            measured = any(w.text[:1].isdigit() for w in words[index + 1:-1])
            return index if measured else -1  # (not "were not lower, or above 40")
    return -1


#: an amount of time right after a bound: " three weeks", " 6 months"
_TIME_AFTER_BOUND: Final = re.compile(
    r"[ ](?:an?|[0-9][0-9,.]*|[a-z]+(?:-[a-z]+)?)[ ](?:second|minute|hour|day|week|month|year"
    r"|decade|centur(?:y|ie))s?\b", re.IGNORECASE)
#: "to" after "fail", perhaps past an adverb: "failed to top", "failed again to climb"
_TO_AFTER_FAIL: Final = re.compile(r"[ ](?:[a-z]+ly[ ]|again[ ]|once[ ]more[ ])?to[ ]")
#: an acronym's plural, a noun "No" may limit: "No HGVs over 7.5 tonnes"
_PLURAL_ACRONYM: Final = re.compile(r"[A-Z]{2,}s")
#: how far back an opening quotation mark is looked for
_QUOTE_REACH: Final = 60
#: a single quotation mark opening a quotation: " 'no", "‘no"
_QUOTE_OPENED: Final = re.compile("(?:^|[ (])['\N{LEFT SINGLE QUOTATION MARK}][A-Za-z]")
#: the forms of "fail", a negation only before "to": "failed to top 1%"
_FAIL_WORDS: Final = frozenset(["fail", "fails", "failed", "failing"])
#: apostrophes, which after a plural make it a possessive: "the kids' menu"
_APOSTROPHES: Final = frozenset(["'", "\N{RIGHT SINGLE QUOTATION MARK}"])


def _perfect_before(words: Sequence[Word], index: int) -> bool:
    """Whether the negation at ``index`` is of a perfect tense: "has not been cleaned",
    "hadn't been checked"."""
    word = words[index].lower
    return word in ("hasn't", "haven't", "hadn't", "hasn\N{RIGHT SINGLE QUOTATION MARK}t",
                    "haven\N{RIGHT SINGLE QUOTATION MARK}t",
                    "hadn\N{RIGHT SINGLE QUOTATION MARK}t") \
        or (index > 0 and words[index - 1].lower in ("has", "have", "had"))


#: participles that describe who or what a bound is said of, which no negation before them
#: flips: "patients weighing less than 50 kg", "children aged under 12"
_DESCRIBING_PARTICIPLES: Final = frozenset(["weighing", "measuring", "aged", "earning",
                                            "living", "standing"])


def _negative_command(sentence: Sentence, negator: Word) -> bool:
    """ "Do not store the vaccine for more than 6 months", "Never leave a child for more than
    an hour": a command that forbids, opening the sentence, limits a bound anywhere in its
    clause."""
    opener = sentence.before(negator.start, 2)
    if negator.lower in ("never", "don't", "dont"):
        return not opener or opener[-1].start < sentence.span[0]
    return negator.lower == "not" and len(opener) >= 1 and opener[-1].lower == "do" \
        and opener[-1].start == sentence.span[0]


def _an_age_after(sentence: Sentence, end: int) -> bool:
    """Whether an age follows a bound ending at ``end``: a number of years, or a bare one
    that measures or counts nothing after it ("children under 12 and pregnant women"; not
    "cats more than 50g of tuna", "puppies more than 3 meals a day")."""
    found = _AGE_NUMBER.match(sentence.text, end)
    if found is None:
        return False
    text, after = sentence.text, found.end()
    if text[after:after + 1] == "%" or (text[after:after + 1] in (".", ",")
                                        and text[after + 1:after + 2].isdigit()):
        return False  # "12%", "12.5 kg", "1,000 staff"
    if found.group("unit"):
        return True
    following = sentence.after(after, 1)
    return not following or not following[0].text.isalpha() \
        or following[0].lower in lexicon.load().function_words


def _after_sub(sentence: Sentence, start: int) -> bool:
    """ "sub-7 nanometre chips", "a sub-$500 phone": a glued "sub-" is a strict upper bound."""
    text = sentence.text
    if text[start - 1:start] != "-" or start - 4 < sentence.span[0] \
            or text[start - 4:start].lower() != "sub-":
        return False
    return start - 4 == sentence.span[0] or not sentence.gap(start - 5, start - 4).isalnum()


#: "of" and what a span of time was made of: "delayed over two days of strikes" says when
_OF_AN_EVENT: Final = re.compile(r"[ ]of[ ][a-z]")
#: verbs of delay, whose "over" bounds a delay but not the days of an event it spans
_DELAY_WORDS: Final = frozenset(["delayed", "delay", "delays", "held", "stuck", "queued"])


def _delay_made_of(sentence: Sentence, word: Word, end: int) -> bool:
    """ "delayed over two days of strikes": the "over" after a verb of delay spans an event's
    days, no bound (but "delayed over two hours" is at least two hours)."""
    previous = sentence.before(word.start, 1)
    return bool(previous) and previous[-1].lower in _DELAY_WORDS \
        and _OF_AN_EVENT.match(sentence.text, end) is not None


def _after_for(sentence: Sentence, word: Word) -> bool:
    """ "for over two years", "took over 40 minutes": a word of duration before the hedge
    makes the time a duration."""
    previous = sentence.before(word.start, 2)
    if len(previous) == 2 and previous[-1].lower == "spent" and previous[0].lower in BE_FORMS:
        return False  # "The money will be spent over three years": spread over, no bound
    if len(previous) == 2 and previous[-1].lower == "in" \
            and previous[0].lower in _IN_PARTICLE_VERBS:
        return False  # "phased in over four years": spread over them, no bound
    if len(previous) == 2 and previous[-1].lower == "spend" and previous[0].lower == "to" \
            and _MONEY_TO_SPEND.search(sentence.text, max(sentence.span[0],
                                                          previous[0].start - _SPENT_REACH),
                                       previous[0].start):
        return False  # "gave the IRS $80 billion to spend over 10 years": money spread
        # over them (but "will have to spend over 10 years in prison", "With $1m saved,
        # retirees hope to spend over 20 years in retirement")
    if previous and previous[-1].lower in BE_FORMS:
        # "It has been over 10 years since", "The wait was over 4 hours": how long it is;
        # but "The loan is over 25 years", "The festival is over three days" span a stretch
        return previous[-1].lower == "been" or any(
            units.singular(subject.lower) in _WAITS
            for subject in sentence.before(previous[-1].start, _SUBJECT_REACH))
    return bool(previous) and previous[-1].lower in _DURATION_WORDS


#: an amount of money, perhaps with a few words of what it is, right before "to spend over":
#: "$80 billion ", "£12bn of new money " (not "$1m saved, retirees hope ")
_SPENT_REACH: Final = 60
_MONEY_TO_SPEND: Final = re.compile(
    MONEY_SIGN_CLASS + r"[0-9][0-9.,]{0,12}(?:[ ]?(?:billion|million|trillion|bn|mn|m|k|tn))?"
    r"(?:[ ][a-z]+){0,4}[ ]\Z")
#: verbs whose particle "in" makes no time frame: "phased in over four years"
_IN_PARTICLE_VERBS: Final = frozenset(["phased", "phase", "phasing", "phases"])
#: what lasts, so that "was over 4 hours" bounds how long: "The wait was over 4 hours"
_WAITS: Final = _GRAMMAR["wait_subjects"]
#: how many words before "is" or "was" such a subject may stand: "Her wait for surgery is"
_SUBJECT_REACH: Final = 4
#: the forms of "be": before a passive "spent", before a level (changes.py)
BE_FORMS: Final = frozenset(["be", "been", "being", "is", "are", "was", "were"])


#: the verb of a total: "adds up to £1,825"
_ADD_VERBS: Final = frozenset(["add", "adds", "added", "adding"])


def adds_up_to(sentence: Sentence, up: int, end: int) -> bool:
    """ "adds up to £1,825 a year": "add up to", with the "up" at ``up``, totals the amount
    ending at ``end`` when no "to" and a receiver follow it (but "could add up to £200 a
    year to bills" adds at most £200, and "will add up to 3,000 jobs" as many as 3,000)."""
    verb = sentence.before(up, 2)
    if not verb or verb[-1].lower not in _ADD_VERBS:
        return False
    if len(verb) == 2 and verb[0].lower in _CAPABILITY_MODALS and verb[-1].lower == "add" \
            and not _MONEY_SIGN_BEFORE.search(sentence.text, max(0, end - 16), end):
        return False  # "can add up to 175 miles in 15 minutes": at most, what it can do (but
        # "Those coffees could add up to £1,500 a year": a total)
    last = sentence.before(end, 1)
    if last and last[0].text.isalpha() and not units.is_unit_word(last[0].lower):
        return False  # "will add up to 3,000 jobs": as many as 3,000 more
    return not any(w.lower == "to" for w in sentence.after(end, 3))


#: a sign of money in an amount: "£1,500"
_MONEY_SIGN_BEFORE: Final = re.compile(MONEY_SIGN_CLASS + "[0-9]")
#: modals of what a thing can do, after which "add up to" is a ceiling: "can add up to"
_CAPABILITY_MODALS: Final = frozenset(["can", "could", "may", "might"])
#: what covers a place to a depth: " of water", " of snow" ("under 40cm of water")
_COVERING_AFTER: Final = re.compile(
    r"[ ]of[ ](?:flood[ ]?water|water|snow|mud|ice|sand|silt|debris|rubble|ash|sewage)\b",
    re.IGNORECASE)


#: verbs of lying or being under a depth: "The cellar was under two feet of water"
_LYING_VERBS: Final = frozenset(["was", "were", "lay", "lies", "lie", "sat", "sits",
                                 "remained", "remains", "buried", "submerged", "stood"])


def _lying_before(sentence: Sentence, under: Word) -> bool:
    """Whether a verb of lying stands right before "under": "The cellar was under two feet
    of water" (not "The storm left under 2cm of snow", "Snowfall is under 5 cm")."""
    previous = sentence.before(under.start, 1)
    return bool(previous) and previous[0].lower in _LYING_VERBS


def _rest_of_hedge(before: Optional[Tuple[Word, ...]]) -> Optional[Tuple[Word, ...]]:
    """The hedge after an "up to" that bounds nothing: the "about" of "adds up to about 15
    hours", or None ("adds up to a total of")."""
    if not before or len(before) < 2 or before[0].lower != "up":
        return before
    rest = before[2:]
    return rest if rest and tuple(w.lower for w in rest) in hedges_before() else None


#: a lab's verb of diluting to a volume: "make up to 1 L", "made up to 250 mL"
_MAKE_VERBS: Final = frozenset(["make", "makes", "made", "making", "topped", "top", "tops"])


def _made_up_to(sentence: Sentence, up: int) -> bool:
    """Whether "make" or "top" stands right before the "up" at ``up``."""
    verb = sentence.before(up, 1)
    return bool(verb) and verb[0].lower in _MAKE_VERBS


#: verbs whose object may stand before their "up": "revised its forecast up to £118bn"
_OBJECT_UP_VERBS: Final = frozenset(["revised", "revise", "revises"])
#: determiners that open that object: "its forecast", "the estimate"
_OWNER_DETERMINERS: Final = frozenset(["its", "their", "the", "his", "her", "our"])


#: adverbs before "estimated" or "reported" that make it a label of an earlier release
_REVISION_ADVERBS: Final = frozenset(["previously", "initially", "originally", "first",
                                      "earlier", "provisionally"])


def _revision_label(sentence: Sentence, estimated: Word) -> bool:
    """ "from a previously estimated 2.4%": the figure a release first gave, revised since,
    is stated as exactly as any other."""
    adverb = sentence.before(estimated.start, 1)
    return bool(adverb) and adverb[0].lower in _REVISION_ADVERBS


#: verbs of lying buried or covered, before "under" and a depth: "buried the town under 6
#: metres of ash" (not "received under 5 cm of snow": less than)
_COVERED_VERBS: Final = _GRAMMAR["covered_verbs"]
#: a covering material after "under" and a length: "under 6 metres of ash" (grammar_words)
_UNDER_MATERIAL: Final = re.compile(
    r"[ ]of[ ](?:\w+[ ])?(?:" + "|".join(sorted(_GRAMMAR["covering_materials"])) + r")\b",
    re.IGNORECASE)


#: base forms of verbs of movement whose "up" is a particle after "to" or a modal, before a
#: percentage: "projected to pick up to 1.3%", "should step up to 2%"
_MOVE_BASES: Final = frozenset(["pick", "step", "speed", "drift", "tick", "edge", "inch",
                                "creep", "move", "go", "climb", "rise"])
_MODALS_AND_TO: Final = _GRAMMAR["modals"]
#: "to" and a percentage after the "up": "up to 1.3%", "up to around 1.5 per cent"
_PERCENT_AHEAD: Final = re.compile(
    r"[ ]to[ ](?:about[ ]|around[ ]|roughly[ ])?[0-9.]+[ ]?(?:%|per[ ]?cent|percent)"
    r"(?![ ](?:off|of)\b)",
    re.IGNORECASE)


#: a markup's size: "up to $2,000 over sticker price", "up to £5 on each bottle"
_MARKUP_SIZE: Final = re.compile(
    r"[ ]to[ ]\S{1,20}(?:[ ](?:million|billion|bn|m))?"
    r"[ ](?:over|above|on[ ](?:each|every|top)|per)\b")
#: verbs of driving a price up, their object before "up": "bid the coin up to"
_BIDDING_UP: Final = frozenset(["bid", "bids", "bidding", "marked", "marks", "marking"])
#: the verb of putting a price up, its object before "up": "put the fees up to"
_PUTTING: Final = frozenset(["put", "puts", "putting"])
#: what is put up to a new level: "put the fees up to £1,385"
_PRICE_NOUNS: Final = frozenset(["fee", "fees", "price", "prices", "rent", "rents", "cost",
                                 "costs", "tariff", "tariffs", "bill", "bills", "rate", "rates",
                                 "charge", "charges", "premium", "premiums", "fare", "fares"])
#: a break between clauses: "Pour the batter into a tin; the recipe makes"
_CLAUSE_BREAK: Final = re.compile(r"[;:,]")
#: the verb of topping an income up, perhaps with its object before "up": "tops it up to"
_TOPPING_UP: Final = frozenset(["top", "tops", "topped", "topping"])
#: modals of what is allowed, before which topping up to a sum is at most that sum
_PERMITTING: Final = frozenset(["can", "may", "could", "cannot", "might"])
#: "to" and a sum of money after the "up": " to £227.10", " to $3,600"
_MONEY_AHEAD: Final = re.compile(r"[ ]to[ ](?:" + MONEY_SIGN_CLASS + r"|US\$|A\$|C\$)[0-9]")
#: participles of building up a force or a fund, which rise to a level only in the passive
_BUILT_UP: Final = frozenset(["beefed", "bulked", "scaled", "topped", "built"])
#: what makes "up to" after them a bound: a rate after the amount ("up to 40 stores a year"),
#: or a height after "scaled" ("scaled up to 8,000 metres")
_BUILT_UP_BOUND: Final = re.compile(
    r"[ ]to[ ]\S+(?:[ ][a-z]+)?[ ](?:a|an|per|each|every)[ ](?:year|month|week|day)\b")
_HEIGHT_AFTER: Final = re.compile(
    r"[ ]to[ ]\S+[ ]?(?:metres|meters|feet|ft|m|km)\b")
#: the present of "pick", which picks things when a picker does it
_PICKING: Final = frozenset(["picks", "picking"])
#: a count of things after "up": " to 1,000 items", " to 40 passengers" (not " to 2.5%",
#: " to 125 mph": a rise, speed picked up)
_COUNT_AHEAD: Final = re.compile(r"[ ]to[ ][0-9][0-9,.]*[ ](?:[a-z]+[ ])?[a-z]+s\b")
#: who or what picks things up: machines, people and vehicles (grammar_words.txt)
_PICKERS: Final = _GRAMMAR["pickers"]


def _picker_before(sentence: Sentence, verb: Word) -> bool:
    """Whether the subject of "picks" or "is picking" picks things: "The robotics system
    picks", "The bus is picking" (not "Demand picks", "Hiring is picking")."""
    subject = [w for w in sentence.before(verb.start, 3) if w.lower not in ("is", "are")]
    return bool(subject) and (subject[-1].lower in _PICKERS
                              or units.singular(subject[-1].lower) in _PICKERS)


#: nouns that make a plural like "drifts" or "swells" before "up to" a noun: "snow drifts"
_NOUNS_BEFORE_DRIFTS: Final = frozenset(["snow", "sand", "ocean", "sea", "the"])


def _passive_marked(words: Sequence[Word]) -> bool:
    """Whether ``words`` end in a passive "marked" or "bid": "is marked", "was bid"."""
    return len(words) > 1 and words[-1].lower in ("marked", "bid") \
        and words[-2].lower in BE_FORMS and words[-2].lower != "be"  # ("can be bid up to": a cap)


def _particle_up(sentence: Sentence, up: Word) -> bool:
    """The "up" of a phrasal verb of movement: "ticked up", "edged up", "went up"."""
    verb = sentence.before(up.start, 2)
    if verb and verb[-1].lower in ("back", "again"):
        verb = sentence.before(verb[-1].start, 2)  # "crept back up to 5%"
    if len(verb) == 2 and verb[-1].lower in ("revised", "revise", "revises") \
            and verb[0].lower == "be":
        return False  # "can be revised up to 12 months after": a limit
    verb_words = sentence.before(up.start, 4)
    if verb and verb[-1].lower in ("pulled", "pushed", "dragged") \
            and _MONEY_AHEAD.match(sentence.text, up.end) \
            and not sentence.vocabulary.isdisjoint(_BIDDING_WORDS):
        return True  # "Bidders pushed up to £12,000": how far a price was driven (but "He
        # pushed up to 100 kg on the bench", "Thieves pulled up to $500 from each ATM")
    if (any(w.lower in _BIDDING_UP for w in verb_words[:-1]) or _passive_marked(verb_words)) \
            and _MONEY_AHEAD.match(sentence.text, up.end) \
            and not _MARKUP_SIZE.match(sentence.text, up.end):
        return True  # "traders bid the coin up to ₩98 million", "A bottle of the house red
        # is marked up to £38": its new price, the verb's object before "up" (but "He bid up
        # to $300": at most; "Dealers marked up to $2,000 over sticker price": the size of a
        # markup, bounded)
    putting = [w for w in verb_words if w.lower in _PUTTING]
    if putting and verb and verb[-1].lower in _PRICE_NOUNS \
            and _MONEY_AHEAD.match(sentence.text, up.end):
        return True  # "The home put the fees up to £1,385 a week": raised them to it (but
        # "You can put up to £20,000 in an ISA", "Investors put sums up to £10,000 into the
        # scheme": at most)
    topping = [w for w in sentence.before(up.start, 3) if w.lower in _TOPPING_UP]
    if topping and _MONEY_AHEAD.match(sentence.text, up.end) \
            and not any(w.lower in ("with", "of", "by") for w in sentence.before(up.start, 3)) \
            and not any(w.lower in _PERMITTING for w in sentence.before(topping[0].start, 1)):
        return True  # "is topped up to £346.60 a week", "tops your income up to £227.10": the
        # level an income is raised to (but "Top up your ISA with up to £20,000", "You can
        # top up to £500 a day")
    if verb and verb[-1].lower in _BUILT_UP:
        return _BUILT_UP_BOUND.match(sentence.text, up.end) is None and not (
            verb[-1].lower == "scaled" and _HEIGHT_AFTER.match(sentence.text, up.end))
        # "The force was beefed up to 5,000 troops", "The startup scaled up to 200 employees"
        # (but "Sherpas have scaled up to 8,000 metres", "has built up to 40 stores a year":
        # bounds)
    if verb and verb[-1].lower in _UP_VERBS:
        if len(verb) == 2 and verb[0].lower in ("a", "an", "the"):
            return False  # "a ramp up to 15 m high": a noun, then a bound
        if len(verb) == 2 and verb[0].lower in _GRAMMAR["modals"] \
                and verb[-1].lower in _RISING_BASE_VERBS:
            return False  # "Prices could rise up to 5%": how far they may rise, at most
        if verb[-1].lower in _PICKING and _picker_before(sentence, verb[-1]) \
                and _COUNT_AHEAD.match(sentence.text, up.end):
            return False  # "The robot picks up to 1,000 items per hour": picking, at most
            # (but "Demand picks up to 4 million barrels a day", "Volumes picked up to 2
            # million TEU": rises)
        return not (verb[-1].lower.endswith("s") and (
            verb[-1].start == sentence.span[0]
            or (len(verb) == 2 and verb[0].lower in _NOUNS_BEFORE_DRIFTS)))
        # but "Snow drifts up to 6ft deep", "Drifts up to 6ft high": a noun, then a bound
    if verb and verb[-1].lower in _MOVE_BASES and len(verb) == 2 \
            and verb[0].lower in _MODALS_AND_TO \
            and _PERCENT_AHEAD.match(sentence.text, up.end):
        return True  # "Growth is projected to pick up to 1.3%" (not "can pick up to three
        # free items")
    # "revised its forecast up to £118bn": the verb's object between it and "up"
    object_and_verb = sentence.before(up.start, 3)
    return len(object_and_verb) == 3 and object_and_verb[0].lower in _OBJECT_UP_VERBS \
        and object_and_verb[1].lower in _OWNER_DETERMINERS \
        and object_and_verb[2].lower not in lexicon.load().function_words \
        and object_and_verb[2].text.isalpha()
