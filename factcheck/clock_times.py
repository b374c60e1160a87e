"""Clock times, which are never quantities: "at 7 pm", "0401 GMT", "departs at 06.00",
"the 9.15 from Leeds", "open from 10 to 4", "leaves at 0730", "14h30", "0645 hrs".

``clock_spans`` finds the times written with "h" or "hrs" in a sentence (they are masked
before numbers are read); ``is_clock_time`` tells whether one number read is a time of
day.  The words they look for (time zones, prepositions of time, words of timetables and
opening hours) are in ``data/not_claims.txt``.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Final, List

from factcheck import lexicon
from factcheck.changes import change_verb_in_clause
from factcheck.nouns import counted_noun
from factcheck.numerals import Numeral
from factcheck.sentence import Sentence, Span

#: times written with "h" or "hrs": "14h30" (French and South African style), "0645 hrs",
#: "2100hrs" (military style); _HOUR_HINT is the quick miss
_HOUR_HINT: Final = re.compile(r"[0-9][ ]?h")
_HOUR_CLOCK: Final = re.compile(r"""
    (?<![\w.,])
    (?: (?P<french>(?:[01]?[0-9]|2[0-3])h[0-5][0-9])
      | (?P<hrs>(?P<lead>0)?(?:[01][0-9]|2[0-3])[0-5][0-9][ ]?(?:hrs|hr|hours|h)\.?) )
    (?![\w])""", re.VERBOSE)
#: words before "2h30" that make it a duration: "in 2h30", "took 2h30", "takes 1h15"
_DURATION_BEFORE: Final = frozenset(["in", "of", "took", "take", "takes", "taking", "lasts",
                                     "lasted", "last", "than", "under", "over", "about",
                                     "around", "nearly", "almost", "just", "duration",
                                     "runtime"])


def after_word_of_duration(sentence: Sentence, start: int) -> bool:
    """Whether the word before ``start`` makes "2h30" a duration: "in 2h30", "takes 1h15"; a
    hedge alone does not, as a time of day takes one as often ("we got there around 16h15"),
    but a word of duration before the hedge does ("finished in about 2h30")."""
    before = sentence.before(start, 3)
    if before and before[-1].text == ":":
        before = before[:-1]  # "Running time: 2h 50"
    if len(before) >= 2 and (before[-2].lower, before[-1].lower) == ("running", "time"):
        return True  # "Running time 3h05": how long a show runs
    before = before[-2:]
    if not before or before[-1].lower not in _DURATION_BEFORE:
        return False
    if before[-1].lower not in _CLOCK_HEDGES:
        return True
    return len(before) == 2 and before[0].lower in _DURATION_BEFORE \
        and before[0].lower not in _CLOCK_HEDGES


#: hedges before "2h30" that a time of day takes as often as a duration
_CLOCK_HEDGES: Final = frozenset(["about", "around"])


def _hour_clock(sentence: Sentence, found: "re.Match[str]") -> bool:
    """Whether a time written with "h" or "hrs" is a time of day: "at 14h30", "the 16h00
    kick-off", "0645 hrs", "we got there around 16h15"; "finished in 2h30" and "served 1200
    hours" are durations."""
    before = sentence.before(found.start(), 1)
    prev = before[0].lower if before else ""
    if found.group("french"):
        return not after_word_of_duration(sentence, found.start())
    return found.group("lead") is not None \
        or prev in lexicon.load().not_claims["clock_prepositions"]


#: a number written like a 24-hour clock time with a dot: "23.45", "06.00", "9.30"
_DOTTED_CLOCK: Final = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d\Z")
#: what clock_matcher() opens with: a space or a/p, which only their capitals match case-blind
_CLOCK_FIRST: Final = frozenset(" aApP")


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


def clock_spans(sentence: Sentence) -> List[Span]:
    """Spans of the times of day written with "h" or "hrs": "at 14h30", "0645 hrs"."""
    start, end = sentence.span
    if not _HOUR_HINT.search(sentence.text, start, end):
        return []
    return [m.span() for m in _HOUR_CLOCK.finditer(sentence.text, start, end)
            if _hour_clock(sentence, m)]


def is_clock_time(numeral: Numeral, prev: str, sentence: Sentence) -> bool:
    """Whether a number is a time of day: "at 7 pm", "0401 GMT" (but "R6,500 pm" is rent
    per month), "departs at 06.00", "open at 7 and close at 10", "leaves at 0730", "7-10am";
    ``prev`` is the word before it, in lower case."""
    if not numeral.spelled and numeral.scale == 1 \
            and sentence.text[numeral.end:numeral.end + 1] in _CLOCK_FIRST \
            and "," not in numeral.text \
            and clock_matcher().match(sentence.text, numeral.end) \
            and not sentence.unit_before(numeral.start):
        return True
    if "." in numeral.text and _dotted_clock(numeral, prev, sentence):
        return True
    if _NOON.match(sentence.text, numeral.end) and numeral.value == 12:
        return True  # "Mass is at 12 noon", "12 midnight"
    return not numeral.spelled and numeral.scale == 1 and numeral.text.isdigit() \
        and _plain_clock(numeral, prev, sentence)


#: the hour of noon or midnight told with its name: "at 12 noon", "twelve midnight"
_NOON: Final = re.compile(r"[ ](?:noon|midnight)\b", re.IGNORECASE)


def _dotted_clock(numeral: Numeral, prev: str, sentence: Sentence) -> bool:
    """ "departs at 06.00", "the last train leaves at 23.45", "the 9.15 from Leeds": a time of
    day with a dot, after a preposition of time or naming a train.  An hour written with a
    leading zero is always one; otherwise a word of timetables or events in the sentence
    tells it from a price."""
    if numeral.spelled or numeral.scale != 1 or not _DOTTED_CLOCK.match(numeral.text) \
            or sentence.unit_before(numeral.start) or sentence.unit_after(numeral.end):
        return False
    if _clock_span_first(numeral, sentence):
        return True  # "from 6.30 to 9.30am"
    words_set = lexicon.load().not_claims
    if _RATE_AFTER.match(sentence.text, numeral.end):
        return False  # "at 4.35 against the US dollar at noon": an exchange rate
    if prev == "the":
        after = sentence.after(numeral.end, 3)  # "the 9.15 from Leeds": a train by its time
        return len(after) >= 2 and after[0].lower in ("from", "to", "at") \
            and after[1].text[:1].isupper() \
            and (after[0].lower != "at" or sentence.vocabulary.isdisjoint(_PRICED)) \
            or len(after) == 3 and (after[0].lower, after[1].lower) == ("out", "of") \
            and after[2].text[:1].isupper() \
            or bool(after) and after[0].lower in TIMETABLED \
            or len(after) >= 2 and after[0].text[:1].isupper() and after[0].text.isalpha() \
            and after[1].lower in TIMETABLED  # ("the 17.05 out of Euston", "the 8.15
        # Brighton service": a train by its time and where it goes;
        # a race by its time: "the 3.45 at Cheltenham")
        # ("the 18.52 service", "the 11.40 sailing")
    if _opening_span(numeral, sentence):
        return True  # "Breakfast served 7–10.30", "Surgery hours 8.00–18.30"
    if _after_event_label(numeral, prev, sentence) and (
            not sentence.vocabulary.isdisjoint(words_set["clock_context"])
            or not sentence.vocabulary.isdisjoint(words_set["opening_hours"])):
        return True  # "Doors 7.30, show 8.15", "kick-off 3.00": a bill's times
    if prev not in words_set["clock_prepositions"]:
        return False
    return (numeral.text[0] == "0" and numeral.text[1] != ".") \
        or not sentence.vocabulary.isdisjoint(words_set["clock_context"]) \
        or not sentence.vocabulary.isdisjoint(words_set["opening_hours"]) \
        or (not sentence.vocabulary.isdisjoint(_STARTING)
            and sentence.vocabulary.isdisjoint(_PRICED))


#: what a bill or a programme times right before the hour, with no "at": "Doors 7.30, show
#: 8.15", "kickoff 3.00", "matinee 2.30"
_EVENT_LABELS: Final = frozenset(["doors", "show", "kickoff", "matinee", "screening", "dep",
                                  "dep.", "arr", "arr."])
#: the two words of such a label: "kick-off 3.00", "curtain up 7.45"
_EVENT_PAIRS: Final = frozenset([("kick", "off"), ("-", "off"), ("curtain", "up")])


def _after_event_label(numeral: Numeral, prev: str, sentence: Sentence) -> bool:
    """Whether a label of a bill's time stands right before the number: "Doors 7.30",
    "kick-off 3.00", "curtain up 7.45" (not "Shares were up 7.30")."""
    following = sentence.after(numeral.end, 1)
    if following and following[0].lower in ("each", "per", "a", "an"):
        return False  # "Show 8.50 each": a price
    if prev in _EVENT_LABELS:
        return True
    pair = sentence.before(numeral.start, 2)
    return len(pair) == 2 and (pair[0].lower, pair[1].lower) in _EVENT_PAIRS


#: verbs of starting, arriving and leaving that make a dotted number after "at" a time
#: ("Talks begin at 10.30", "The bride arrived at 3.15", "We left the reception at 11.45"),
#: unless the sentence prices something ("Bids start at 12.50")
_STARTING: Final = frozenset(["start", "starts", "started", "starting", "begin", "begins",
                              "began", "beginning", "arrived", "left", "departed", "woke",
                              "waking"])
_PRICED: Final = frozenset(["bid", "bids", "bidding", "price", "prices", "priced", "ticket",
                            "tickets", "fare", "fares", "cost", "costs", "fee", "fees", "rate",
                            "rates", "shares", "stock", "index", "lot", "auction", "offer"])


#: what a timetable names by its time: "the 18.52 service", "the 11.40 sailing", "the 7:45
#: train" (race_times.py reads no wait before one either)
TIMETABLED: Final = frozenset(["service", "services", "sailing", "sailings", "departure",
                               "departures", "train", "ferry", "flight", "bus", "express",
                               "shuttle", "arrival", "crossing", "kick", "kickoff",
                               "fixture", "bulletin", "tram", "coach"])  # ("the 7.45 kick-off")
#: a currency a dotted number is priced against: "4.35 against the US dollar", "7.12 per
#: dollar" (not "at 7.45 against Chelsea")
_RATE_AFTER: Final = re.compile(
    r"[ ](?:against[ ]the|per|to[ ]the)[ ](?:US[ ])?(?:dollar|euro|yen|pound|yuan|greenback)",
    re.IGNORECASE)
#: a 24-hour time in four digits: "0730", "1930"
_FOUR_DIGIT_CLOCK: Final = re.compile(r"(?:[01][0-9]|2[0-3])[0-5][0-9]\Z")
#: the second end of a span of clock times with its "am" or "pm": "7-10am", "4 to 7pm"
_CLOCK_SPAN_END: Final = re.compile(
    r"(?:[-\N{EN DASH}]|[ ](?:to|till|until)[ ])(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])?"
    r"[ ]?[ap]\.?m\b",
    re.IGNORECASE)
#: the end of "between 8 and 9am", after its first hour
_CLOCK_BETWEEN_END: Final = re.compile(
    r"[ ]and[ ](?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])?[ ]?[ap]\.?m\b", re.IGNORECASE)


def _clock_span_first(numeral: Numeral, sentence: Sentence) -> bool:
    """The first end of a span of hours whose last says "am" or "pm": "7-10pm", "6.30 to
    9.30am", "between 8 and 9am" (not "Pints are £4 until 7pm")."""
    if not (_CLOCK_SPAN_END.match(sentence.text, numeral.end) or (
            _CLOCK_BETWEEN_END.match(sentence.text, numeral.end)
            and sentence.text[max(0, numeral.start - 8):numeral.start].lower() == "between ")):
        return False
    unit = sentence.unit_before(numeral.start)
    return unit is None or unit.dimension != "currency"


#: the other end of a span after a number: " to 10", "-10", " and 10.30"
_OTHER_END: Final = re.compile(r"(?:[ ]?[-\N{EN DASH}][ ]?|[ ](?:to|till|until|and)[ ])"
                               r"([0-9]{1,4}(?:\.[0-9]+)?)")


#: an hour and the dash or word that makes it the first end of a span: "9–", "10.30 to "
_SPAN_START_BEFORE: Final = re.compile(
    r"(?<![\w.,])(?:[01]?[0-9]|2[0-3])(?:[.:][0-5][0-9])?[ ]?"
    r"(?:[-\N{EN DASH}]|[ ](?:to|till|until))[ ]?\Z")
#: an hour written as a time of day at either end of such a span: 1 to 12, or with its
#: minutes on a 24-hour clock
_HOUR: Final = re.compile(r"(?:1[0-2]|0?[1-9])|(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9]")


def _opening_span(numeral: Numeral, sentence: Sentence) -> bool:
    """An end of a span of hours in a sentence about opening hours, with no change and no
    age: "Open Mon–Fri 9–5", "Breakfast served 7–10.30" (not "Opening hours rose by 2 to 5",
    "Children aged 6 to 12 should sleep 9 hours")."""
    return not sentence.vocabulary.isdisjoint(lexicon.load().not_claims["opening_hours"]) \
        and _hours_span(numeral, sentence) and not _span_of_people(numeral, sentence) \
        and sentence.vocabulary.isdisjoint(lexicon.load().changes) \
        and sentence.vocabulary.isdisjoint(_AGE_WORDS)


#: words of age, which make a span of small numbers ages: "Children aged 6 to 12"
_AGE_WORDS: Final = frozenset(["aged", "age", "ages"])


#: words before a span that make it a number of people: "serves 4–6", "children 5-11"
_PEOPLE_SPAN_OPENERS: Final = frozenset(["serves", "serving", "feeds", "sleeps", "children",
                                         "kids", "pupils", "for", "groups", "teams"])


def _span_of_people(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the span the number ends or opens follows a word of people: "serves 4–6",
    "open to children 5-11"."""
    start = numeral.start
    first = _SPAN_START_BEFORE.search(sentence.text, max(sentence.span[0], start - 9), start)
    if first is not None:
        start = first.start()
    opener = sentence.before(start, 1)
    return bool(opener) and opener[0].lower in _PEOPLE_SPAN_OPENERS


def _hours_span(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the number is an end of a span of two hours of a clock, "9–5", "10.30 to
    4": nothing after it but the end of the phrase (no unit, no noun it counts)."""
    if not _HOUR.fullmatch(numeral.text) or sentence.unit_after(numeral.end) \
            or counted_noun(sentence, numeral.end, numeral.value) is not None:
        return False
    other = _OTHER_END.match(sentence.text, numeral.end)
    if other is not None:
        return _HOUR.fullmatch(other.group(1)) is not None and not sentence.unit_after(
            other.end()) and counted_noun(sentence, other.end(), Decimal(other.group(1))) is None
    return _SPAN_START_BEFORE.search(sentence.text, max(sentence.span[0], numeral.start - 9),
                                     numeral.start) is not None


def _zero_led_clock(numeral: Numeral, sentence: Sentence) -> bool:
    """Four digits that a 24-hour clock writes with a leading zero ("0600", "0815"), or a
    time in four digits at either end of a span with one ("between 2300 and 0600"), after
    "the" or a preposition of time: no amount is written so, unless a unit or a noun it
    counts follows."""
    if not _FOUR_DIGIT_CLOCK.match(numeral.text):
        return False
    before = sentence.before(numeral.start, 1)
    words_set = lexicon.load().not_claims
    if not before or (before[0].lower not in words_set["clock_prepositions"]
                      and before[0].lower != "the"
                      and not (before[0].lower in ("is", "was", ":")
                               and not sentence.vocabulary.isdisjoint(
                                   words_set["opening_hours"]))):
        return False  # a bare "0033" is a number of its own (but "ETD is 0430")
    other = _OTHER_END.match(sentence.text, numeral.end)
    led = numeral.text[0] == "0" or (other is not None and _ZERO_LED.fullmatch(other.group(1)))
    if not led:
        led = before[0].lower in ("and", "to", "till", "until") \
            and _ZERO_LED.fullmatch(sentence.text[max(0, before[0].start - 5):
                                                  before[0].start - 1]) is not None
    return bool(led) and not sentence.unit_after(numeral.end) \
        and counted_noun(sentence, numeral.end, numeral.value) is None


#: a 24-hour time of four digits with a leading zero
_ZERO_LED: Final = re.compile(r"0[0-9][0-5][0-9]")


#: "from", a number, a few words and "to" right before a number: "from 20 weeks to"
_FROM_NUMBER_TO: Final = re.compile(
    r"\bfrom[ ](?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)(?:%|[ ]?[^\W\d][\w-]*(?:[ ][^\W\d][\w-]*)?)"
    r"[ ]to[ ]\Z")


#: "aged" or "ages" right before a number, or before the first end of a span: "aged 7 to "
_AGED_BEFORE: Final = re.compile(r"\b(?:aged|ages)[ ](?:[0-9]{1,2}[ ]?(?:to|-|and|or)[ ]?)?\Z",
                                 re.IGNORECASE)
#: the hedge "close to" right before a number
_CLOSE_TO: Final = re.compile(r"\b[Cc]lose(?:r)?[ ]to[ ]\Z")


def _plain_clock(numeral: Numeral, prev: str, sentence: Sentence) -> bool:
    """A time of day with no "am" or "pm": the first end of "7-10am"; an hour of 1 to 12, or
    four digits ("0730"), after a preposition of time in a sentence about opening hours or
    timetables ("open at 7 and close at 10", "open from 10 to 4", "leaves at 0730")."""
    opening_hours = lexicon.load().not_claims["opening_hours"]
    if sentence.vocabulary.isdisjoint(opening_hours) and len(numeral.text) != 4 \
            and not _clock_span_first(numeral, sentence):
        return False  # the quick miss: with no word of opening hours and no four digits, only
        # the first end of "7-10am" is a time here (each test below that may say True asks
        # one of these)
    if prev == "to" and _CLOSE_TO.search(sentence.text, max(0, numeral.start - 10),
                                         numeral.start):
        return False  # "Close to 4 in 10 women": a hedge, no closing time
    if _AGED_BEFORE.search(sentence.text, max(0, numeral.start - 16), numeral.start):
        return False  # "pupils aged 7 to 11", "Children aged 4 to 11 will receive free
        # breakfast": ages, no hours
    if _clock_span_first(numeral, sentence):
        return True
    if _zero_led_clock(numeral, sentence):
        return True  # "between 0600 and 0900", "the 0815 from Penzance"
    words_set = lexicon.load().not_claims
    if _opening_span(numeral, sentence):
        return True  # "Open Mon–Fri 9–5, Sat 10–4", "Office hours 9 to 5"
    hour = 1 <= numeral.value <= 12 and len(numeral.text) <= 2
    four = _FOUR_DIGIT_CLOCK.match(numeral.text) and (
        numeral.text[0] == "0" or prev in words_set["clock_prepositions"])
    if not (hour or four) or sentence.vocabulary.isdisjoint(words_set["opening_hours"]) \
            or change_verb_in_clause(sentence, numeral.start)[0] is not None \
            or sentence.unit_before(numeral.start) or sentence.unit_after(numeral.end) \
            or counted_noun(sentence, numeral.end, numeral.value) is not None:
        return False
    other = _OTHER_END.match(sentence.text, numeral.end)
    if other and (sentence.unit_after(other.end()) or counted_noun(
            sentence, other.end(), Decimal(other.group(1))) is not None):
        return False  # "moved the deadline from 5 to 10 days": a range of amounts
    if prev == "to":
        first = _FROM_NUMBER_TO.search(sentence.text, max(sentence.span[0], numeral.start - 32),
                                       numeral.start)
        if first and (sentence.unit_after(first.end("number")) or counted_noun(
                sentence, first.end("number"), None) is not None):
            return False  # "shrunk from 20 weeks to 11", "rose from 5% to 7": the new level
    if prev in words_set["clock_prepositions"]:
        return True
    following = sentence.after(numeral.end, 1)  # "open 9 till 6"
    return bool(following) and following[0].lower in ("till", "until", "to") \
        and prev in words_set["opening_hours"]
