"""Race and lap times written with colons: "a 2:01:09 marathon" (7,269 seconds), "a 3:59.4
mile", "a lap of 1:18.342", "finished in 4:12".  A colon time is a duration, not a clock
time, when it carries a fraction of a second, or hours written with one digit and seconds,
or minutes and seconds after a word that gives a result ("in", "of", "ran"), or before a
pace ("4:30/km", "7:15 per mile", in seconds a kilometre or a mile); "a 3:05 marathon" is
hours and minutes.  Hours of two digits need a sentence about a race ("finished in
10:32:05").  "10:30" and "14:03:27" stay clock times (not_claims.py), as do times after
"at", "until" and the like, unless the sentence speaks of a record or a race ("lowered the
world record to 2:00:35").

Road races named by their distance are kilometres: "a 5K fun run", "ran the 10K in 41
minutes" (5 and 10 kilometres, where "10K followers" is 10,000)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List, Tuple

from factcheck import lexicon, units
from factcheck.changes import change_for
from factcheck.claims import Claim
from factcheck.clock_times import TIMETABLED, after_word_of_duration, clock_matcher
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.numerals import tidy
from factcheck.sentence import Sentence, finish_claim

#: "2:01:09", "3:59.4", "1:18.342", "2:01:09.5", "4:12"; not inside a longer run of digits
#: and colons
_RACE_TIME: Final = re.compile(r"""
    (?<![\w:.,/-])
    (?: (?P<hours>[1-9][0-9]?) : (?P<hour_minutes>[0-5][0-9]) : (?P<hour_seconds>[0-5][0-9])
        (?P<hour_fraction>\.[0-9]{1,3})?
      | (?P<minutes>[1-9]?[0-9]) : (?P<seconds>[0-5][0-9]) (?P<fraction>\.[0-9]{1,3})? )
    (?![\w:]|[.,][0-9])
""", re.VERBOSE)
#: a pace after a minutes-and-seconds time: "4:30/km", "7:15 per mile", "5:30 min/km"
_PACE: Final = re.compile(
    r"[ ]?(?:min(?:s|utes)?)?[ ]?(?:/|[ ]per[ ]|[ ]a[ ])"
    r"(?P<per>km|kilometres?|kilometers?|mi|miles?)\b", re.IGNORECASE)
_PACE_UNITS: Final = {"km": "kilometer", "mi": "mile"}
#: a long race after a time with no seconds, which makes it hours and minutes: "a 3:05
#: marathon", "a 1:45 half marathon"
_LONG_RACE_AFTER: Final = re.compile(r"[ ](?:marathon|half|half-marathon|ultra|ironman)\b",
                                     re.IGNORECASE)
#: the long races, a finishing time in which is hours and minutes
_LONG_RACES: Final = frozenset(["marathon", "marathons", "ultra", "ironman"])
#: words of a race's parts, beside which a short time may be a split in minutes
_SPLIT_WORDS: Final = frozenset(["mile", "miles", "km", "split", "splits", "lap", "laps", "pace",
                                 "5k", "10k", "half"])
#: verbs of finishing a race right before "in" and its time
_FINISHING: Final = re.compile(r"\b(?:finished|finishes|finish|ran|runs|run|completed|clocked)"
                               r"(?:[ ]the[ ][a-z]+)?[ ]in[ ]\Z", re.IGNORECASE)


def _long_race_time(sentence: Sentence, found: "re.Match[str]") -> bool:
    """Whether a time of one digit's hours ends a long race run in a sentence of no splits:
    "She finished the marathon in 3:12" is 3 hours 12 (not "ran the last mile in 6:55")."""
    return len(found.group("minutes")) == 1 \
        and not sentence.vocabulary.isdisjoint(_LONG_RACES) \
        and sentence.vocabulary.isdisjoint(_SPLIT_WORDS) \
        and _FINISHING.search(sentence.text, max(sentence.span[0], found.start() - 30),
                              found.start()) is not None


#: words of races, without which a time with two-digit hours is a clock time ("ended
#: 14:05:02"): "finished in 10:32:05"
_RACE_VOCABULARY: Final = lexicon.word_sections("grammar_words.txt")["running_words"]
#: words right before a minutes-and-seconds time with no fraction that make it a result:
#: "finished in 4:12", "a time of 9:58", "ran 3:43"; not in a sentence about ratios or
#: votes ("the motion passed 32:18")
_RATIO_WORDS: Final = frozenset(["ratio", "ratios", "odds", "vote", "votes", "voted"])
_RESULT_WORDS: Final = frozenset(["in", "of", "ran", "runs", "run", "clocked", "swam",
                                  "timed", "recorded"])
#: words of a wait timed in minutes and seconds: "Category 1 response: 8:32 (target 7:00)",
#: "the mean handover took 41:10" (but "arrived at 8:32" stays a time of day)
_WAITING_WORDS: Final = frozenset(["response", "responses", "handover", "handovers", "wait",
                                   "waits", "waited", "target", "mean", "median"])


def _wait_before(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a word of a wait stands among the three words before a time, and no vehicle
    of a timetable after it: "Category 1 response: 8:32", "Handovers averaged 41:10" (not
    "We waited for the 7:45 train", "responses split 60:40")."""
    before = sentence.before(start, 3)
    following = sentence.after(end, 1)
    return any(w.lower in _WAITING_WORDS for w in before) \
        and not any(w.lower == "split" for w in before) \
        and not (following and following[0].lower in TIMETABLED)


#: the first hour no clock shows: "27:41" can only be minutes and seconds
_NO_CLOCK_HOURS: Final = 24
#: two words right before a time that make it a result: "time was 19:45", "PB is 44:30"
_RESULT_PAIRS: Final = frozenset([("time", "was"), ("time", "is"), ("time", "of"),
                                  ("pb", "is"), ("pb", "of"), ("best", "of"), ("time", ":"),
                                  ("pb", ":")])


def _result_before(sentence: Sentence, start: int) -> bool:
    """Whether a word or two that give a result stand right before a time at ``start``:
    "finished in 4:12", "a time of 9:58", "Her 5k time was 19:45", "PB: 17:02" (not "a
    scale of 1:43", "Kick-off time was 19:45": a map's scale, a time of day)."""
    before = sentence.before(start, 3)
    if len(before) >= 2 and before[-2].lower in ("scale", "scales"):
        return False
    if len(before) == 3 and before[0].lower in _TIMES_OF_DAY:
        return False
    return bool(before) and (before[-1].lower in _RESULT_WORDS or (
        len(before) >= 2 and (before[-2].lower, before[-1].lower) in _RESULT_PAIRS))


#: words before "time" that make it a time of day: "Kick-off time was 19:45"
_TIMES_OF_DAY: Final = frozenset(["off", "kickoff", "start", "starting", "opening", "closing",
                                  "departure", "arrival", "meeting", "tea", "bed", "lunch"])


#: words of records and races that make an hours-minutes-seconds time after "to" or "at" a
#: result: "lowered the world record to 2:00:35", "the course record stands at 2:04:11"
_RECORD_WORDS: Final = frozenset(["record", "records", "marathon", "race", "best", "finish",
                                  "finished", "winning"])


#: a hotel's or a flight's hour label right before a time: "check-in ", "Checkout: "
_CHECK_IN_BEFORE: Final = re.compile(r"\b[Cc]heck[- ]?(?:in|out)(?:[ ]from|[ ]by|[ ]until)?:?[ ]\Z")


def race_time_claims(sentence: Sentence) -> List[Claim]:
    """Each race or lap time of the sentence, in seconds."""
    start, end = sentence.span
    if sentence.text.find(":", start, end) < 0:
        return []  # the common case: no colon, no time
    clock_words = lexicon.load().not_claims["clock_prepositions"]
    claims: List[Claim] = []
    for found in _RACE_TIME.finditer(sentence.text, start, end):
        fraction = found.group("hour_fraction") or found.group("fraction") or ""
        before = sentence.before(found.start(), 1)
        pace = _PACE.match(sentence.text, found.end()) if found.group("minutes") else None
        if found.group("hours") and len(found.group("hours")) == 2 and not fraction and (
                sentence.vocabulary.isdisjoint(_RACE_VOCABULARY)
                or (before and before[0].lower in clock_words)):
            continue  # "ended 14:05:02", "started at 10:00:00": a clock time (but "finished
            # in 10:32:05")
        if not fraction and pace is None and before and before[0].lower in clock_words and not (
                found.group("hours") and not sentence.vocabulary.isdisjoint(_RECORD_WORDS)):
            continue  # "at 2:15:30": a moment, not a duration (but "lowered the world
            # record to 2:00:35")
        if not fraction and clock_matcher().match(sentence.text, found.end()):
            continue  # "as of 4:00 p.m.", "10:45 GMT": a time of day
        if not fraction and _CHECK_IN_BEFORE.search(
                sentence.text, max(start, found.start() - 14), found.start()):
            continue  # "check-in 15:00", "checkout 11:00": a hotel's hour
        long_race = not fraction and found.group("minutes") is not None and pace is None \
            and (_LONG_RACE_AFTER.match(sentence.text, found.end()) is not None
                 or _long_race_time(sentence, found))
        if not fraction and found.group("minutes") and pace is None and not long_race and not (
                (_result_before(sentence, found.start())
                 or (int(found.group("minutes")) >= _NO_CLOCK_HOURS
                     and not sentence.vocabulary.isdisjoint(_RACE_VOCABULARY))
                 or _wait_before(sentence, found.start(), found.end()))
                and sentence.vocabulary.isdisjoint(_RATIO_WORDS)):
            continue  # "the 4:15 from Paddington", "16:9", "a ratio of 1:35" (but "Her 10K
            # time was 44:30", "Reed 27:41" in a sentence of running: no clock has 27 hours)
        hours = int(found.group("hours") or 0)
        minutes = int(found.group("hour_minutes") or found.group("minutes"))
        seconds = found.group("hour_seconds") or found.group("seconds")
        value = tidy(hours * 3600 + minutes * 60 + Decimal(seconds + fraction))
        if long_race:
            value = Decimal(minutes * 3600 + int(seconds) * 60)  # "a 3:05 marathon"
        unit, dimension, claim_end = "second", "time", found.end()
        if pace is not None:  # "a 4:30/km pace", "7:15 per mile"
            per = pace.group("per").lower()
            unit = "second / " + _PACE_UNITS.get(per, units.singular(per).replace(
                "kilometre", "kilometer"))
            dimension, claim_end = "rate", pace.end()
        hedge = read_hedges(sentence, HedgeReading("point", "", found.start(), claim_end),
                            dimension, None)  # "about 5:30 per km", "under 3:00"
        claims.append(finish_hedged(
            sentence, hedge, value, precision=Decimal(1).scaleb(1 - len(fraction))
            if fraction else Decimal(60) if long_race else Decimal(1), unit=unit,
            dimension=dimension, change=change_for(sentence, hedge.start, hedge.end)))
    return claims


#: a distance in kilometres glued to "K": "5K", "10k", "a 50K ultra"; not money ("$10K"),
#: not the end of a longer token ("A10K", "1.5k")
_RACE_DISTANCE: Final = re.compile(r"(?<![\w.,$\N{POUND SIGN}\N{EURO SIGN}\N{YEN SIGN}-])"
                                   r"(?P<km>[1-9][0-9]?|100)[kK]\b(?!-)")
_RACE_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["race_nouns"]
_RUNNING_WORDS: Final = lexicon.word_sections("grammar_words.txt")["running_words"]
_RACE_WORDS: Final = _RACE_NOUNS | _RUNNING_WORDS
#: verbs of giving, before which "10K" is a sum: "gave Parkrun 10K in funding"
_GIVING_VERBS: Final = lexicon.word_sections("grammar_words.txt")["giving_verbs"] | frozenset(
    ["raised", "raise", "raises", "donated"])
#: verbs of running right before a distance, which is then run: "I ran 5K today"
_RUNNING_VERBS: Final = frozenset(["ran", "run", "runs", "jog", "jogs", "jogged", "walked",
                                   "raced", "completed"])
#: words that name a race before its distance: "ran the 10K", "her first 5K"
_RACE_NAMERS: Final = frozenset(["the", "a", "an", "his", "her", "their", "my", "our", "your",
                                 "its", "this", "first", "next", "annual"])


#: a duration glued in hours, minutes and perhaps seconds: "4h12m", "11h 23m 04s",
#: "2h05m30s", "3h 5min", "1h31m44.742s"; in hours and bare minutes after a word of
#: duration ("took 2h30"; "at 14h30" is a time of day); in minutes and seconds, as race
#: times are written ("a lap of 1m 27.4s", "1m27s")
_GLUED_DURATION: Final = re.compile(r"""
    (?<![\w.,])
    (?: (?P<hours>[0-9]{1,3}) h [ ]? (?P<minutes>[0-5]?[0-9]) (?:m|min)
        (?: [ ]? (?P<seconds>[0-5]?[0-9](?:\.[0-9]{1,3})?) s )?
      | (?P<bare_hours>[0-9]{1,2}) h [ ]? (?P<bare_minutes>[0-5][0-9])
      | (?P<lap_minutes>[0-9]{1,3}) m [ ]? (?P<lap_seconds>[0-5]?[0-9](?:\.[0-9]{1,3})?) s )
    (?!\w|[.,:][0-9])
""", re.VERBOSE)


def glued_duration_claims(sentence: Sentence) -> List[Claim]:
    """Durations written glued in hours and minutes, in minutes ("4h12m" is 252), or with
    seconds too, in seconds ("11h 23m 04s" is 40,984, "1m 27.4s" 87.4), as composite
    durations in words are one value ("2 hours 15 minutes" is 135 minutes)."""
    vocabulary = sentence.vocabulary
    if "h" not in vocabulary and ("m" not in vocabulary or "s" not in vocabulary):
        return []  # the common case: no hours nor minutes glued to a number ("4h12m" is 4,
        # h, 12, m)
    start, end = sentence.span
    claims: List[Claim] = []
    for found in _GLUED_DURATION.finditer(sentence.text, start, end):
        if found.group("bare_hours") and not after_word_of_duration(sentence, found.start()):
            continue  # "at 14h30": a time of day (clock_times.py)
        value, unit, precision = _glued_value(found)
        hedge = read_hedges(sentence, HedgeReading("point", "", found.start(), found.end()),
                            "time", None)
        claims.append(finish_hedged(
            sentence, hedge, value, precision=precision, unit=unit, dimension="time",
            change=change_for(sentence, hedge.start, hedge.end)))
    return claims


def _glued_value(found: "re.Match[str]") -> Tuple[Decimal, str, Decimal]:
    """The value, unit and precision of a glued duration: minutes, or seconds where the
    seconds are written."""
    if found.group("lap_minutes"):
        minutes, seconds = int(found.group("lap_minutes")), found.group("lap_seconds")
    elif found.group("bare_hours"):
        minutes = int(found.group("bare_hours")) * 60 + int(found.group("bare_minutes"))
        seconds = None
    else:
        minutes = int(found.group("hours")) * 60 + int(found.group("minutes"))
        seconds = found.group("seconds")
    if seconds is None:
        return Decimal(minutes), "minute", Decimal(1)
    fraction = seconds.partition(".")[2]
    return minutes * 60 + Decimal(seconds), "second", Decimal(1).scaleb(-len(fraction))


def race_distance_claims(sentence: Sentence) -> List[Claim]:
    """Each road race of the sentence named by its distance, in kilometres."""
    if "k" not in sentence.vocabulary or sentence.vocabulary.isdisjoint(_RACE_WORDS):
        return []  # the common case: no "5K", or no word of a race
    start, end = sentence.span
    claims: List[Claim] = []
    for found in _RACE_DISTANCE.finditer(sentence.text, start, end):
        if units.match_unit_before(sentence.text, found.start()) is not None \
                or not _names_a_race(sentence, found.start(), found.end()):
            continue
        value = Decimal(found.group("km"))
        claims.append(finish_claim(
            sentence, start=found.start(), end=found.end(), low=value, high=value,
            kind="point", qualifier="", precision=Decimal(1), unit="kilometer",
            dimension="length", unit_text=found.group()[-1]))
    return claims


def _names_a_race(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the distance from ``start`` to ``end`` names a race: a race noun follows
    ("a 5K fun run"), or a determiner or a name stands before it, no noun follows and the
    sentence speaks of running ("ran the 10K in 41 minutes", "won the Leeds 10K")."""
    following = sentence.after(end, 1)
    if following and following[0].lower in _RACE_NOUNS \
            and sentence.gap(end, following[0].start) in (" ", "-"):
        return True
    before = sentence.before(start, 1)
    word_follows = bool(following) and following[0].text.isalpha() \
        and following[0].lower not in lexicon.load().function_words
    if before and before[0].lower in _RUNNING_VERBS and not word_follows:
        return True  # "I ran 5K today", "jogged 10K"
    if not before or sentence.gap(before[0].end, start) != " " or not (
            before[0].lower in _RACE_NAMERS or before[0].text[:1].isupper()):
        return False
    given = any(w.lower in _GIVING_VERBS for w in sentence.before(start, 3))
    return not word_follows and not given and not sentence.vocabulary.isdisjoint(_RUNNING_WORDS)
    # (not "a Samsung 4K TV", "gave Parkrun 10K in funding")
