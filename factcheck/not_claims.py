"""Numbers that are not quantities: phone numbers, dates, clock times (``clock_times``),
scores, labels ("Section 427"), names ("Boeing 737", "5G"), years, and small number words
used as pronouns ("the bottom three")."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Final, FrozenSet, List, Optional, Sequence, Tuple

from factcheck import lexicon, units
from factcheck.lexicon import alternation
from factcheck.changes import INDEX_NAMES, change_verb_in_clause
from factcheck.clock_times import clock_spans, is_clock_time
from factcheck.hardware_models import hardware_model
from factcheck.local_currency import is_place_name
from factcheck.hedges import in_breadcrumb
from factcheck.nouns import (BOEING_TYPE, counted_noun, denomination, is_plural_subject,
                             is_plural_word)
from factcheck.numerals import (APOSTROPHES, PREFIXES, TIMES_SIGNS, YEAR_SHAPED, Numeral,
                                is_scale_word, parse_number)
from factcheck.sentence import (Sentence, Span, ends_clause, gapped_clause, gapped_name,
                                hedges_before, is_number_word, list_openers,
                                longest_phrase_before, word_in_clause_before)
from factcheck.cued_units import cued_unit_after
from factcheck.early_years import is_early_year
from factcheck.scale_headers import after_scale_header
from factcheck.software_labels import bare_version, code_spans
from factcheck.sport_labels import made_of_tried, sport_spans
from factcheck.text import MONEY_SIGN_CLASS, MONEY_SIGNS, POSSESSIVE_ENDINGS, Word, lower_words
from factcheck.word_amounts import VAGUE_SCALES


#: unround four-digit numbers in this span are years even before a plural noun ("1988 sales")
RECENT_YEARS: Final = (1950, 2039)

#: a number in words below this, with no unit or noun, is a pronoun or a name ("the bottom
#: three", "each one", "Kick Six") rather than an amount
SMALLEST_BARE_SPELLED: Final = 10

_MASKS: Final = re.compile(
    r"""
    [+(\d]    # the first character, read first: the search then skips in C to the next sign,
    (?:       # bracket or digit; each form asserts which it was and looks behind it
    (?<=\+)(?<![\w.,].)\d{1,3}(?:[ ]?\(0\)[ ]?\d{2,5})?(?:[ .\-]\(?\d{1,6}\)?)
      (?:[ .\-]\(?\d{2,8}\)?){1,4}(?![\w])
                               # phone: +44 7700 900456, +44 (0)20 7946 0000, +61 8 9322 1234,
                               # +977 1 4412345
    | (?<=1)(?<![\w.,].)[38]00(?P<fsep>[ \-])
      (?:\d{2,3}(?P=fsep)\d{3,4}|\d{2}(?P=fsep)\d{2}(?P=fsep)\d{2})(?![\w]|[.,]\d)
                      # freecall: 1800 123 456, 1800 55 1800, 1800-180-1551, 1800 11 55 66
    | (?<=\()(?<![\w.,].)\d{3}\)[ ]?\d{3}[ .\-]\d{4}(?![\w])          # phone: (555) 010-0100
    | (?<=\()(?<![\w.,].)\d{2,5}\)[ ]?\d{3,4}[ .\-]\d{3,4}(?![\w])   # phone: (02) 8888 1234
    | (?<=1)(?<![\w.,].)[.\-]\d{3}[.\-]\d{3}[.\-]\d{4}(?![\w])          # phone: 1-555-010-0100
    | (?<=\d)(?<![\w.,].)\d{2}[.\-]\d{3}[.\-]\d{4}(?![\w])             # phone: 555-010-0100
    | (?<=8)(?<![\w.,].)(?P<rsep>[ \-])\d{3}(?P=rsep)\d{3}(?P=rsep)\d{2}(?P=rsep)\d{2}
      (?![\w]|[.,]\d)         # phone (Russia, Kazakhstan): 8-800-100-31-10, 8 495 123 45 67
    | (?<=\d)(?<![\w.,].)\d-\d{7}(?![\w]|[.,]\d)                        # US EIN: 52-1693387
    | (?<=0)(?<![\w.,].)(?<!\d[ ].)\d{2,4}(?:[ \-]\d{3,6}){1,2}(?![\w]|[.,]\d)  # 07700 900456
    | (?<=0)(?<![\w.,].)(?<!\d[ ].)\d[ \-]\d{3,4}[ \-]\d{4}(?![\w]|[.,]\d)
                               # phone: 03 5962 1234, 01 738 3636
    | (?<=\d)(?<![\w.,].)\d{3}-\d{2}-\d{2}(?:T[\d:.]+Z?)?(?![\w])       # ISO date: 2025-01-17
    | (?<=[A-Z]-\d)\d{3}-\d{4,7}(?![\w])                               # CVE-2024-3094, GHSA-...
    | (?<=\d)(?<![\w.,].)\d?(?P<dsep>[/.])\d{1,2}(?P=dsep)\d{2,4}(?![\w])  # 1/17/2025, 17.01.2025
    )""",
    re.VERBOSE,
)

#: what every form of _MASKS and _SEASON holds: two digits around one separator
#: ("555-0100", "1/17", "(555) 010", "2012–13"); a quick miss for both searches
_MASK_HINT: Final = re.compile(r"\d[ ./\-\N{EN DASH}]\(?\d")

#: the speeds an acceleration is timed between: "0-60mph in 3.1 seconds", "0-100km/h" (the
#: time is the claim)
_ACCELERATION: Final = re.compile(
    r"0(?<![\w.,].)[ ]?[-\N{EN DASH}][ ]?(?:60|62|100)[ ]?(?:mph|km/h|kph|kmh)\b",
    re.IGNORECASE)  # (the "0" read before its look-behind: the search skips in C to a "0")
#: the speeds a timed sprint runs between or up to, before its time: "0 to 60 in 4.5 sec",
#: "from 0 to 100 km/h in 7.2 seconds", "hits 60mph in 2.6 seconds", "30-70mph in 4.9
#: seconds", "Zero to 62mph takes 5.9s" (but "caught doing 62mph in a 30mph zone")
_SPEED_UNITS = r"[ ]?(?:mph|km/h|kph|kmh)\b"
_SPRINT: Final = re.compile(
    r"(?<![\w.,])(?:(?:(?:0|zero|nought|[0-9]{2,3})[ ]?(?:-|\N{EN DASH}|to)[ ]?)?[0-9]{2,3}"
    + _SPEED_UNITS + r"|(?:0|zero|nought)[ ]?(?:-|\N{EN DASH}|to)[ ]?[0-9]{2,3}\b)"
    r"(?=[ ](?:in|takes|took)[ ](?:just[ ]|only[ ]|under[ ])?[0-9]{1,2}(?:\.[0-9]{1,2})?"
    r"[ ]?(?:s|secs?|seconds?)\b)", re.IGNORECASE)
#: a digital object identifier: "doi:10.1073/pnas.2301234120", "10.1038/s41586-023-06291-2"
_DOI: Final = re.compile(r"(?<![\w.])10\.[0-9]{4,9}/[^\s()\[\]]+")
#: words of the balls a lottery draws (not_claims.txt)
_BALL_WORDS: Final = lexicon.word_sections("not_claims.txt")["ball_words"]
#: drawn numbers after a subject naming balls and a copula or a colon: "The winning numbers
#: were 3, 17, 22, 31 and 48", "The Powerball was 19" (not "The number of winners was 19")
_DRAWN_NUMBERS: Final = re.compile(
    r"\b(?:(?:winning|main|lucky|bonus|drawn|lottery|lotto|euromillions|powerball|star"
    r"|thunderball)[ ]numbers?|numbers[ ]drawn"
    r"|powerball|thunderball|mega[ ]ball|(?:bonus[ ])?ball|lucky[ ]stars?)(?:[ ]drawn)?"
    r"(?:[ ](?:for|in)[ ](?:[\w'\N{RIGHT SINGLE QUOTATION MARK}]+[ ]){0,4}(?:drawing|draw))?"
    r"(?:[ ](?:were|was|are|is)|:)[ ]"
    r"(?P<numbers>[0-9]{1,2}(?:(?:,[ ]|,?[ ]and[ ])[0-9]{1,2})*)"
    r"(?![0-9,]|\.[0-9]|[ ]?[%\w])",
    re.IGNORECASE)
#: an IEEE 802 standard's name: "802.11ax", "802.3bt", "IEEE 802.1X"
_IEEE_STANDARD: Final = re.compile(r"(?<![\w.,])802\.[0-9]{1,2}(?:[a-zA-Z]{1,3})?(?!\w|\.[0-9])")
#: the hours of a clock in words
_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_HOUR_WORDS: Final = frozenset(_HOURS.split("|"))
#: what may follow a time of day "to" the hour: the end of a clause or a word that opens the
#: next phrase ("at ten to six in the evening"), never a scale word, unit or noun ("at five
#: to ten million dollars", "fell by a quarter to nine million tonnes" are amounts)
_AFTER_A_TIME = (r"(?=[ ]?[,.;:!?)]|[ ]?\Z|[ ](?:in|on|this|that|tonight|today|yesterday"
                 r"|tomorrow|last|every|and|when|while|as|before|after|the|with|or|but|each"
                 r"|sharp|precisely|exactly|[ap]\.?m\b)\b)")
#: words after which a number of the hour opens a time of day: "at ten to six", "until
#: quarter to nine", "at about ten to nine", "It was about ten to nine" (not "cut from
#: about twenty to ten")
_TIME_CUES = r"(?:(?<=\bat[ ])|(?<=\buntil[ ])|(?<=\btill[ ])|(?<=\bat[ ]about[ ])" \
    r"|(?<=\bat[ ]around[ ])|(?<=\bwas[ ]about[ ])|(?<=\bis[ ]about[ ])|(?<=\bbefore[ ]))"
#: a time of day in words: "ten past eight", "quarter to nine", "at ten to six", "ten
#: o'clock", "at seven thirty" (a time, no amount; but "ten to twelve people" is a range)
_SPELLED_CLOCK: Final = re.compile(
    rf"\b(?:(?:five|ten|twenty|twenty-five|quarter|half)[ ]past[ ](?:{_HOURS})"
    rf"|(?:quarter|{_TIME_CUES}(?:five|ten|twenty|twenty-five))[ ]to[ ]"
    rf"(?:{_HOURS}){_AFTER_A_TIME}"
    rf"|(?:{_HOURS})[ ]o['\N{{RIGHT SINGLE QUOTATION MARK}}]clock"
    rf"|{_TIME_CUES}(?:{_HOURS})[ ](?:fifteen|thirty|forty-five|forty|fifty|twenty|ten"
    rf"|oh[ -](?:{_HOURS})))\b", re.IGNORECASE)
#: the words that join the hour of a time in words to its minutes, as _SPELLED_CLOCK reads
#: them: "to" after these, minutes after a cue, and "past" or "o'clock" alone
_TO_THE_HOUR: Final = frozenset(["quarter", "five", "ten", "twenty"])
_CLOCK_MINUTES: Final = frozenset(["fifteen", "thirty", "forty", "fifty", "twenty", "ten", "oh"])
_CLOCK_CUES: Final = frozenset(["at", "until", "till", "about", "around", "before"])


def _may_tell_time(words: FrozenSet[str]) -> bool:
    """Whether a sentence with ``words`` may hold a _SPELLED_CLOCK (a quick test that spares
    most sentences with a number of the hour its search)."""
    return "past" in words or "o'clock" in words \
        or "o\N{RIGHT SINGLE QUOTATION MARK}clock" in words \
        or ("to" in words and not words.isdisjoint(_TO_THE_HOUR)) \
        or (not words.isdisjoint(_CLOCK_MINUTES) and not words.isdisjoint(_CLOCK_CUES))


#: a year in two digits after an apostrophe, or after "Class of": "the Class of '66",
#: "Summer of '69", "since '92", "the Class of 92" (but "a class of 30 pupils", "spoke of
#: '40 years of neglect'", "Class of 28 children")
_SHORT_YEAR: Final = re.compile(
    r"(?:(?<=\b(?:of|in)[ ])|(?<=\bsince[ ])|(?<=\bfrom[ ])|(?<=\buntil[ ]))"
    r"['\N{RIGHT SINGLE QUOTATION MARK}][0-9]{2}(?![\w%'\N{RIGHT SINGLE QUOTATION MARK}]"
    r"|[ ](?:years?|months?|weeks?|days?|hours?|minutes?|per|percent|times|people)\b)"
    r"|(?<=\bClass[ ]of[ ])[0-9]{2}(?![\w%]|[ ](?!(?:was|is|has|as|its|this)\b)"
    r"(?:[a-z]+s|children|people|men|women)\b)")
#: an age compared with another's: "a man half his age"
_AGE_COMPARED: Final = re.compile(
    r"\bhalf[ ](?:his|her|their|my|your|its|our)[ ]age\b", re.IGNORECASE)
#: a word glued by a hyphen: the "-bedroom" of "one-bedroom"
_HYPHENED_WORD: Final = re.compile(r"-[a-z]")
#: the words _SHORT_YEAR follows
_YEAR_LEADS: Final = frozenset(["of", "in", "since", "from", "until"])
#: the months and seasons before which a year may be written in two digits: "Dec '24"
_MONTHS_AND_SEASONS: Final = lexicon.load().not_claims["months"] \
    | frozenset(["spring", "summer", "autumn", "fall", "winter"])
#: words of a time in seconds, which _SPRINT needs
_SECONDS: Final = frozenset(["s", "sec", "secs", "second", "seconds"])
#: a latitude or longitude: "35.1°N", "44.2° E", "51°30′N", "45°49′57″N" (a place, no
#: claim)
_COORDINATE: Final = re.compile(
    r"(?<![\w.,])[0-9]{1,3}(?:\.[0-9]+)?[ ]?\N{DEGREE SIGN}"
    r"(?:[ ]?[0-9]{1,2}(?:\.[0-9]+)?[ ]?['\N{PRIME}\N{RIGHT SINGLE QUOTATION MARK}])?"
    r"(?:[ ]?[0-9]{1,2}(?:\.[0-9]+)?[ ]?"
    r"(?:\"|\N{DOUBLE PRIME}|''|\N{RIGHT DOUBLE QUOTATION MARK}))?"
    r"[ ]?[NSEW]\b")
#: a latitude and a longitude in decimals, with no degree sign, as storm advisories write
#: them: "25.1N 83.5W", "12.4S, 130.8E"
_COORDINATE_PAIR: Final = re.compile(
    r"(?<![\w.,])[0-9]{1,2}\.[0-9]{1,3}[NS][ ]?[,/]?[ ]?[0-9]{1,3}\.[0-9]{1,3}[EW]\b")
#: a golfer's score against par: "11 under par", "three-over-par 74" (a score, no claim)
_TO_PAR: Final = re.compile(r"(?<![\w.,])[0-9]{1,2}[ -](?:under|over)[ -]par\b",
                            re.IGNORECASE)
#: a score to par with "par" left out, in a sentence about golf: "won by four strokes at 18
#: under", "finished 3 over for the day" (not "18 under 25s")
_GOLF_WORDS: Final = frozenset(["strokes", "stroke", "birdie", "birdies", "bogey", "bogeys",
                                "eagle", "golf", "golfer", "clubhouse", "fairway", "putt",
                                "round", "rounds", "tee"])
_UNDER_PAR: Final = re.compile(
    r"(?<=\bat[ ])[0-9]{1,2}[ ](?:under|over)\b(?![ ]?[0-9])|(?<![\w.,])[0-9]{1,2}[ ]"
    r"(?:under|over)(?=[ ](?:for|after|through|with|in|on|to)\b|[,.;]|\Z)", re.IGNORECASE)
#: scale words before an emergency number that make it the name of the calls it counts
_SCALE_NAMES: Final = frozenset(["thousand", "million", "billion", "m", "bn", "k"])
#: betting odds: "5,000-1 outsiders", "a 20-1 shot", "7-2 favourite", "odds of 100-1", and
#: the 1 of "odds of 22,000 to 1", "14 million to 1"
_ODDS_WORDS: Final = frozenset(["outsider", "outsiders", "favourite", "favourites", "favorite",
                                "favorites", "shot", "shots", "odds", "bookmakers", "bookies",
                                "backed", "punters", "each-way", "winner", "chance"])
_ODDS: Final = re.compile(
    r"(?<![\w.,])[0-9][0-9,]*(?:[-/]|-to-)[0-9]{1,2}(?=[ ](?:outsiders?|favou?rites?|shots?|winner"
    r"|chance)\b)"
    # "backed from 8-1 into 5-2", "cut to 4-1 from 10-1": odds a price moved between
    r"|(?<=\b(?:from|into)[ ])[0-9]{1,3}-[0-9]{1,2}\b(?!%|[ ]?per[ ]?cent|[ ][a-z]+s\b)"
    r"|(?<=odds of )[0-9][0-9,]*(?:[-/]|-to-)[0-9]{1,2}\b")
#: the "1" of odds written in words, where the sentence names odds: "odds of 22,000 to 1",
#: "The odds were 290-to-1"
_ODDS_TO_ONE: Final = re.compile(
    r"(?:(?<=[0-9][ ]to[ ])|(?<=[0-9]-to-)|(?<=million[ ]to[ ])|(?<=billion[ ]to[ ]))1\b"
    r"(?![.,]?[0-9])")
_ODDS_TO_ONE_WORDS: Final = frozenset(["odds", "bookmakers", "bookies", "shot", "outsider",
                                       "outsiders", "favourite", "favorite"])
#: a protocol or standard and its version after a slash: "HTTP/2", "HTTP/1.1"
_SLASH_VERSION: Final = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}/\Z")

#: a number and its unit in capitals before a slash: the "50 MW/" of "50 MW/200 MWh"
_PAIRED_MEASURE: Final = re.compile(r"[0-9][ ]?[A-Za-z]{1,4}/\Z")
#: a short code to text: "Text STOP to 82822", "text 'GIVE' to 70070"
_SHORT_CODE: Final = re.compile(r"""
    (?:[Tt]ext|TEXT|[Tt]xt|SMS|[Ss]ms) \s{1,3}            # text, txt, SMS
    (?: ["'\N{LEFT SINGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}]?
        [A-Z][A-Z0-9]{1,15}                              # the keyword in capitals
        ["'\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]?
        \s{1,3} to \s{1,3} \d{3,6}                        # to 82822
      | to \s{1,3} \d{5,6}                               # or a code alone: "by SMS to
        (?![0-9]|[ ](?!(?:costs|opens|closes|gives|takes|runs|goes)\b)[a-z]{2,}s\b) )
    (?![\w.,]\d)                                         # 22840" (not "to 45000 homes")
""", re.VERBOSE)
_SHORT_CODE_WORDS: Final = frozenset(["text", "txt", "sms"])

#: a web address: numbers inside it ("?q=30%25", "/2020/05/") are never claims
_WEB_WORDS: Final = frozenset(["http", "https", "www"])
_WEB_ADDRESS: Final = re.compile(r"\b(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)\S+")

#: "3-2", "2-0": a score, when the sentence speaks of winning, losing or voting
_SCORE: Final = re.compile(
    r"""(?<![\w.,$\N{POUND SIGN}\N{EURO SIGN}])   # not part of a number or an amount
    \d{1,3}(?:[-\N{EN DASH}]\d{1,3}){1,3}          # 3-2, a record 5-1-2 or 2-1-3-0
    (?![\w%]|[.,]\d)                               # not a unit or a longer number,
    (?![ ](?:thousand|million|billion|trillion|bn|people|times)\b)  # nor an amount ("won
                                                   # 5-6 million dollars") or how often
    """,
    re.VERBOSE,
)

#: "2012-13", "2019/20", "2018-2021", "1850-1900", "1348-50": a fiscal or season year or a
#: span of years, not a range
_SEASON: Final = re.compile(r"(?:1[0-9]|20)\d\d[-\N{EN DASH}/](?:\d\d|(?:1[0-9]|20)\d\d)(?!\d)")

#: a year read aloud: "nineteen ninety-eight", "twenty twenty-three", "eighteen sixty"
_SPOKEN_YEAR: Final = re.compile(
    r"\b(?:eighteen|nineteen|twenty)[ -]"
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b(?!-\w)",
    re.IGNORECASE)
_SPOKEN_CENTURIES: Final = frozenset(["eighteen", "nineteen", "twenty"])
#: a listing's code after its exchange in brackets after a name, "Toyota (TYO: 7203)",
#: "HSBC (HKEX: 5; LSE: HSBA)", "Alibaba (NYSE: BABA; HKEX: 9988)"; or before its market's
#: suffix, "(3690.HK)" (not "(2023: £287m)", "in 2023 (Nasdaq: 154)", nor a share, "(NYSE:
#: 22%)")
_EXCHANGES: Final = lexicon.word_sections("not_claims.txt")["stock_exchanges"]
_LISTING_SUFFIXES: Final = lexicon.word_sections("not_claims.txt")["listing_suffixes"]
_LISTING_CODE: Final = re.compile(
    r"(?<=[A-Za-z.)\"'\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}])[ ]\([ ]?(?:"
    + alternation("not_claims.txt", "stock_exchanges")
    + r"[ ]?:[ ]?[A-Z][A-Z.]{0,7};[ ]?)?" + alternation("not_claims.txt", "stock_exchanges")
    + r"[ ]?:[ ]?(?P<code>[0-9]{1,6})(?![0-9.,]|[ ]?%)"
    r"|(?<![\w.])(?P<listed>[0-9]{3,6})\.(?:" + "|".join(sorted(
        suffix.upper() for suffix in _LISTING_SUFFIXES)) + r")\b", re.IGNORECASE)
#: a year of this century read aloud after a word of time, ending its clause: "back in two
#: thousand eight, the banks ...", "since two thousand and ten." (not "two thousand and
#: eight applicants")
_SPOKEN_MILLENNIUM_YEAR: Final = re.compile(
    r"\b(?:in|since|until|till|(?<!up[ ])(?<!down[ ])from)[ ]"
    r"(?P<year>two[ ]thousand(?:[ ]and)?[ ](?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?))"
    r"(?=[ ]?[,.;:!?)]|[ ]?$)", re.IGNORECASE)
#: a legal citation: "42 U.S.C. § 1983", "410 U.S. 113", "§ 841", "15 C.F.R. 744"
_CITATION: Final = re.compile(r"""
    (?<![\w.,]) \d{1,4} [ ]{1,3}
    (?: U\.S\.C\.(?:A\.)? | U\.S\. | C\.F\.R\. | F\.(?:[234]d|4th) | S\.[ ]?Ct\. | L\.[ ]?Ed\. )
    [ ]{0,3} (?: §{1,2} [ ]{0,3} )? \d+
  | §{1,2} [ ]{0,3} \d+ (?: \.\d+ )*
""", re.VERBOSE)

#: "through at least 2025", "until as late as 2030": a hedged four-digit number is a year
_YEAR_BEFORE_HEDGE: Final = frozenset("through until till since before after sometime zero "
                                      "neutrality neutral".split())  # ("net zero around 2050")
#: "the top four", "the bottom three": a band of a ranking
_RANK_BANDS: Final = frozenset(["top", "bottom"])
#: marks that open a band of ranks as a label: "(top six):", "Standings: top four"
_BAND_OPENERS: Final = frozenset(["(", ":", ";", ",", "-", "\N{EN DASH}", "\N{EM DASH}"])
#: the hedges of dates: "c. 1150", "circa 1890", "ca. 1700" ("est. 1887": established)
_CIRCA: Final = frozenset(["c.", "c", "circa", "ca.", "ca", "est.", "est"])
#: "53% below 1990 levels", "1% above 2019": a year that a figure is measured against
_COMPARED_TO_YEAR: Final = frozenset("above below".split())
_LEVEL_WORDS: Final = frozenset("level levels".split())
#: comparatives of amount: "more than 2024 people", "fewer than 2000" bound a count
_COUNT_COMPARATIVES: Final = frozenset("more less fewer greater".split())


def _amount_unit(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a currency or a unit other than a period stands around a pair shaped like a
    span of years: "1000–1200 mg", "$1000-1200" (not "the 2010–2020 decade")."""
    after = sentence.unit_after(end)
    return sentence.unit_before(start) is not None or (
        after is not None and after.dimension != "time")


def _counts_after(sentence: Sentence, end: int) -> bool:
    """A plural noun right after two four-digit numbers: "1800-1900 people" counts ("the
    2019-20 seasons" stays a season)."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].start == end + 1 \
        and is_plural_word(following[0].text)


def _range_of_counts(sentence: Sentence, found: "re.Match[str]") -> bool:
    """ "737-800 jobs": a pair of plain numbers, rising, before a plural noun other than a
    word of flying, is a range after all ("the 787-9", "A350-1000", "747-8F" are types)."""
    low, _, high = found.group().partition("-")
    if not (low.isdigit() and high.isdigit() and int(high) > int(low)):
        return False
    if sentence.unit_after(found.end()) is not None:
        return True  # "747-800 MW"
    return _counts_after(sentence, found.end()) \
        and sentence.after(found.end(), 1)[0].lower not in lexicon.load().not_claims[
            "aviation_words"]


def _spoken_range(sentence: Sentence, found: "re.Match[str]") -> bool:
    """ "twenty-thirty minutes": two tens joined by a hyphen, rising, before a unit or a
    plural noun, are a range, not a year read aloud ("the twenty-twenty elections")."""
    first, hyphen, second = found.group().partition("-")
    low, high = parse_number(first.lower()), parse_number(second.lower())
    return bool(hyphen) and low is not None and high is not None and low < high \
        and (_counts_after(sentence, found.end()) or sentence.unit_after(found.end()) is not None)


#: the base of an index: "(2015=100)", "1990 = 100", "(1982-84=100)"
_INDEX_BASE: Final = re.compile(
    r"\b(?:1[89]|20)[0-9]{2}(?:[-\N{EN DASH}\N{SOLIDUS}][0-9]{2,4})?[ ]?=[ ]?100\b")


_GRADE_WORDS: Final = frozenset(["of", "grade", "grades", "graded"])
#: a grade named before its number: "grade of ", "grades ", "graded "
_GRADE_BEFORE: Final = re.compile(r"\bgrade(?:s|d)?(?:[ ]of)?[ ]\Z", re.IGNORECASE)


#: a British postcode whose area has two letters, its inward code never holding C, I, K, M,
#: O or V: "RG1 8DB", "CM20 9HA", "SW1A 2AA" (not "8dB", "9 ha"; "M21 9AB" is read apart)
_UK_POSTCODE: Final = re.compile(  # (its first capital read before its look-behind)
    r"[A-Z](?<![\w.].)[A-Z][0-9][0-9A-Z]?[ ][0-9][ABD-HJLNP-UW-Z]{2}(?![\w])")
#: a British freephone or non-geographic number in groups: "0800 80 70 60", "0345 600 3030"
_FREEPHONE: Final = re.compile(  # (its "0" read before its look-behind)
    r"0(?<![\w.,].)[358][0-9]{2}(?:[ ][0-9]{2,4}){2,3}(?![\w.,])")


def masked_spans(sentence: Sentence) -> List[Span]:
    """Spans of phone numbers, short codes to text, numeric dates, season years, years read
    aloud and web addresses: never quantities."""
    start, end = sentence.span
    words = sentence.vocabulary & _MASK_WORDS  # (a few words, quick to ask below)
    spans: List[Span] = []
    # every form of _MASKS, _SEASON, _SCORE, a digit chain and an airliner holds the hint
    paired_digits = _MASK_HINT.search(sentence.text, start, end) is not None
    if paired_digits:
        spans += [m.span() for m in _MASKS.finditer(sentence.text, start, end)]
        spans += [m.span() for m in _SEASON.finditer(sentence.text, start, end)
                  if (len(m.group()) < 9 or not _counts_after(sentence, m.end()))
                  and not _amount_unit(sentence, m.start(), m.end())]
        spans += [m.span() for m in _ACCELERATION.finditer(sentence.text, start, end)]
    if sentence.text.find("10.", start, end) >= 0 and sentence.text.find("/", start, end) >= 0:
        spans += [m.span() for m in _DOI.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_BALL_WORDS):
        spans += [m.span("numbers") for m in _DRAWN_NUMBERS.finditer(sentence.text, start, end)]
    if sentence.text.find("802.", start, end) >= 0:
        spans += [m.span() for m in _IEEE_STANDARD.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_HOUR_WORDS) and _may_tell_time(words):
        spans += [m.span() for m in _SPELLED_CLOCK.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_SECONDS):
        spans += [m.span() for m in _SPRINT.finditer(sentence.text, start, end)]
    if "star" in words:
        spans += [m.span() for m in _STAR_RANK.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_YEAR_LEADS) and (
            "class" in words or sentence.text.find("'", start, end) >= 0
            or sentence.text.find("\N{RIGHT SINGLE QUOTATION MARK}", start, end) >= 0):
        spans += [m.span() for m in _SHORT_YEAR.finditer(sentence.text, start, end)]
    if (sentence.text.find("'", start, end) >= 0
            or sentence.text.find("\N{RIGHT SINGLE QUOTATION MARK}", start, end) >= 0) \
            and not words.isdisjoint(_MONTHS_AND_SEASONS):
        spans += [m.span(1) for m in _season_short_year().finditer(sentence.text, start, end)]
    if "age" in words and "half" in words:
        spans += [m.span() for m in _AGE_COMPARED.finditer(sentence.text, start, end)]
    if "par" in words:
        spans += [m.span() for m in _TO_PAR.finditer(sentence.text, start, end)]
    elif not words.isdisjoint(_GOLF_WORDS):
        spans += [m.span() for m in _UNDER_PAR.finditer(sentence.text, start, end)]
    if sentence.text.find("=", start, end) >= 0:
        spans += [m.span() for m in _INDEX_BASE.finditer(sentence.text, start, end)]
    if sentence.text.find("\N{DEGREE SIGN}", start, end) >= 0:
        spans += [m.span() for m in _COORDINATE.finditer(sentence.text, start, end)]
    if ("n" in words or "s" in words) and ("e" in words or "w" in words):
        spans += [m.span() for m in _COORDINATE_PAIR.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_ODDS_WORDS):
        spans += [m.span() for m in _ODDS.finditer(sentence.text, start, end)]
        if not words.isdisjoint(_ODDS_TO_ONE_WORDS):
            spans += [m.span() for m in _ODDS_TO_ONE.finditer(sentence.text, start, end)]
    spans += clock_spans(sentence)
    if not words.isdisjoint(_SHORT_CODE_WORDS):
        spans += [m.span() for m in _SHORT_CODE.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_WEB_WORDS):
        spans += [m.span() for m in _WEB_ADDRESS.finditer(sentence.text, start, end)]
    if paired_digits and sentence.about_scores:
        spans += [m.span() for m in _SCORE.finditer(sentence.text, start, end)
                  if not _counts_after_pair(sentence, m)]
    elif paired_digits and ("-" in words or "\N{EN DASH}" in words):
        spans += [m.span() for m in _SCORE.finditer(sentence.text, start, end)
                  if _record_by_position(sentence, m)]
    if not words.isdisjoint(_NUMBERED_PERIODS):
        spans += [m.span("n") for m in _NUMBERED_WEEK.finditer(sentence.text, start, end)]
    if sentence.text.find("0x", start, end) >= 0:
        spans += [m.span() for m in _HEX.finditer(sentence.text, start, end)]
    if "last" in sentence.vocabulary:
        spans += [m.span("n") if m.group("n") else m.span("m")
                  for m in _KNOCKOUT_ROUND.finditer(sentence.text, start, end)]
    if sentence.text.find("-of-", start, end) >= 0:
        spans += [m.span() for m in _THRESHOLD_SCHEME.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_PREFIX_VERBS):
        prefix = _CODE_PREFIX if sentence.vocabulary.isdisjoint(_IDENTIFIER_NOUNS) else _ID_PREFIX
        spans += [m.span("code") for m in prefix.finditer(sentence.text, start, end)]
    if "r" in words or "s" in words or "res" in words:
        spans += [m.span() for m in _BILL_NUMBER.finditer(sentence.text, start, end)
                  if sentence.unit_after(m.end()) is None and not _TIMES_AFTER.match(
                      sentence.text, m.end())]  # ("Tell H.R. 24 hours in advance")
    if not words.isdisjoint(PLAY_WORDS) and (
            "'" in words or "\N{RIGHT SINGLE QUOTATION MARK}" in words
            or "mins" in words or "min" in words):
        spans += [m.span() for m in _MATCH_MINUTE.finditer(sentence.text, start, end)
                  if m.start() == start or sentence.text[m.start() - 1:m.start()] == "("]
    if not words.isdisjoint(_SHIRT_WORDS):
        spans += [m.span("m") if m.group("m") else m.span("n")
                  for m in _SHIRT_NUMBER.finditer(sentence.text, start, end)
                  if m.group("m") or (sentence.unit_after(m.end("n")) is None and counted_noun(
                      sentence, m.end("n"), Decimal(m.group("n"))) is None)]
    if sentence.text.find("1.73", start, end) >= 0:
        spans += [m.span("bsa") for m in _PER_BODY_SURFACE.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_WINNERS):
        spans += [m.span() for m in _WINNING_SCORE.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_STREET_TYPES):
        spans += [m.span() for m in _DIRECTED_ADDRESS.finditer(sentence.text, start, end)]
        spans += [m.span("code") for m in _PLACE_CODE.finditer(sentence.text, start, end)]
    if "c" in words and not words.isdisjoint(_BRITISH_GRADES):
        spans += [m.span() for m in _TECHNICAL_GRADE.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_PHONE_WORDS):
        spans += _short_phones(sentence, start, end)
        spans += _local_phones(sentence, start, end)
        spans += [m.span() for m in _LONG_AREA_PHONE.finditer(sentence.text, start, end)]
        spans += [m.span("n") for m in _HELPLINE_116.finditer(sentence.text, start, end)]
    elif paired_digits:
        spans += [m.span() for m in _SHORT_PHONE.finditer(sentence.text, start, end)
                  if not m.group("six") and _ON_BEFORE.search(
                      sentence.text, max(start, m.start() - 4), m.start())]
        # "NSW Fair Trading said on 13 32 20": an Australian 13-number after "on" or "at"
        # (a "132 500" needs a word of calling; not "Scores were 13 11 14")
    if sentence.text.find(" area code", start, end) >= 0:
        spans += [m.span(m.lastgroup or "n")
                  for m in _AREA_CODE.finditer(sentence.text, start, end)]
    if sentence.text.find(" block ", start, end) >= 0:
        spans += [m.span("n" if m.group("n") else "m")
                  for m in _STREET_BLOCK.finditer(sentence.text, start, end)]
    if sentence.text.find("#", start, end) >= 0:
        spans += [m.span() for m in _USSD_CODE.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_BRAND_OPENERS):
        spans += [m.span() for m in _NUMBER_BRANDS.finditer(sentence.text, start, end)
                  if not _and_a_place_after(sentence, m)]
    if sentence.text.find("-", start, end) >= 0:
        spans += [m.span() for m in _DIGIT_THEN_SPELLED.finditer(sentence.text, start, end)
                  if parse_number(m.group("word").lower()) is not None]
    if paired_digits:
        spans += [m.span() for m in _MOBILE_IN_FIVES.finditer(sentence.text, start, end)]
        spans += [m.span() for m in _UK_POSTCODE.finditer(sentence.text, start, end)]
        spans += [m.span() for m in _FREEPHONE.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_CALL_WORDS):
        spans += [m.span("n") for m in _CALL_KEYS.finditer(sentence.text, start, end)
                  if sentence.unit_after(m.end()) is None]  # (not "the line 4 seconds clear")
        first_key = _FIRST_MENU_KEY.search(sentence.text, start, end) if "press" in words \
            else None
        if first_key is not None:  # "Press 1 for new claims, 2 for ..., or 3 to ..."
            spans += [m.span("n")
                      for m in _MENU_KEYS.finditer(sentence.text, first_key.end(), end)]
    if not words.isdisjoint(_ZONE_WORDS):
        spans += [m.span() for m in _ZONE_OFFSET.finditer(sentence.text, start, end)]
    if "[" in words:
        spans += [m.span() for m in _CITATION_MARK.finditer(sentence.text, start, end)
                  if sentence.unit_after(m.end()) is None]  # (not "[10-20] mg/kg")
    if "'" in words or "\N{RIGHT SINGLE QUOTATION MARK}" in words \
            or ("-" in words and not words.isdisjoint(_HOUR_WORDS)):  # ("Q1'24", "7-Eleven")
        spans += [m.span() for m in _CODED_YEAR.finditer(sentence.text, start, end)]
    if ("-" in words and (paired_digits or "for" in words)) or "buy" in words:
        spans += [m.span() for m in _HYPHEN_CHAINS.finditer(sentence.text, start, end)
                  if not made_of_tried(m, sentence)]  # ("1-2-3", "3-for-4", "buy one get one")
    if paired_digits and "-" in words:
        variant = _AIRLINER_VARIANT if sentence.vocabulary.isdisjoint(
            lexicon.load().not_claims["aviation_words"]) else _AIRLINER_VARIANT_BEFORE_STOP
        spans += [m.span() for m in variant.finditer(sentence.text, start, end)
                  if not _range_of_counts(sentence, m)]
    spans += sport_spans(sentence) + code_spans(sentence)
    if "under" in words or "rule" in words:
        spans += [m.span() for m in _NAMED_LISTS.finditer(sentence.text, start, end)]
    if "m" in words and sentence.text.find("%", start, end) >= 0:
        spans += [m.span() for m in _CHANGE_WINDOW.finditer(sentence.text, start, end)]
    if "pounder" in words or "pounders" in words:
        spans += [m.span() for m in _GUN_BY_SHOT.finditer(sentence.text, start, end)]
    if "c" in words:
        isotopes = not words.isdisjoint(_ISOTOPE_WORDS)
        spans += [m.span() for m in _CARBON_ISOTOPE.finditer(sentence.text, start, end)
                  if isotopes or m.group("measured") or m.group("ams") is not None]
        # "AMS 14C dating", "the 14C age", "AMS 14C results"
    if "code" in words or "codes" in words or "paye" in words:
        spans += [m.span() for m in _TAX_CODE.finditer(sentence.text, start, end)]
    elif "l" in words and ("w" in words or "m" in words):
        spans += [m.span() for m in _TAX_CODE.finditer(sentence.text, start, end)
                  if " " in m.group()]  # "You are on 1257L W1": its emergency basis
    if not words.isdisjoint(_ERA_WORDS):
        spans += [m.span() for m in _ERA_YEAR.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_CLIMBING_WORDS):
        spans += [m.span() for m in _CLIMBING_GRADE.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_PRODUCT_LINES):
        spans += [m.span("code") for m in _PRODUCT_CODE.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_MODEL_FAMILIES):
        spans += [m.span("size") for m in _MODEL_SIZE.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_CRICKET_WORDS):
        spans += [m.span() for m in _WICKETS.finditer(sentence.text, start, end)
                  if min(int(m.group(1)), int(m.group(2))) <= 10]
    if sentence.names_month:
        spans += [m.span() for m in date_matcher().finditer(sentence.text, start, end)
                  if not _climate_after(sentence, m.end())]  # (not "Jan 12°C", "Nov 18 mm")
    if not words.isdisjoint(_SPOKEN_CENTURIES):
        spans += [m.span() for m in _SPOKEN_YEAR.finditer(sentence.text, start, end)
                  if not _spoken_range(sentence, m)]
    if "thousand" in words:
        spans += [m.span("year")
                  for m in _SPOKEN_MILLENNIUM_YEAR.finditer(sentence.text, start, end)]
    if not (words.isdisjoint(_EXCHANGES) and words.isdisjoint(_LISTING_SUFFIXES)):
        spans += [m.span("code") if m.group("code") else m.span("listed")
                  for m in _LISTING_CODE.finditer(sentence.text, start, end)]
    if "§" in words or "u" in words or "f" in words:
        spans += [m.span() for m in _CITATION.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_IDENTIFIER_WORDS) \
            and _IDENTIFIER_HINT.search(sentence.text, start, end):
        spans += [m.span() for m in _IDENTIFIER.finditer(sentence.text, start, end)]
    if sentence.text.find(";", start, end) >= 0:
        spans += [m.span() for m in _CITATION_NUMBERS.finditer(sentence.text, start, end)]
    if "the" in sentence.vocabulary and _ROAD_LETTER.search(sentence.text, start, end):
        spans += [m.span("road") for m in _LETTERED_ROAD.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_DRAW_WORDS):
        spans += [m.span("list") for m in _NUMBERS_LISTED.finditer(sentence.text, start, end)]
    if sentence.text.find(".S.", start, end) >= 0:
        spans += [m.span() for m in _NYC_SCHOOL.finditer(sentence.text, start, end)]
    if not words.isdisjoint(_US_WORD):
        spans += [m.span("headed") if m.group("headed") else m.span("road")
                  for m in _US_ROUTE.finditer(sentence.text, start, end)
                  if m.group("headed") or (
                      counted_noun(sentence, m.end(), Decimal(m.group("n"))) is None
                      and sentence.unit_after(m.end()) is None)]
    if not words.isdisjoint(_PLATE_WORDS):
        spans += [m.span("plate") for m in _PLATE.finditer(sentence.text, start, end)
                  if _plate_like(m.group("plate"))]
    if not words.isdisjoint(_GARMENTS):
        spans += [m.span() for m in _GARMENT_SIZE.finditer(sentence.text, start, end)]
    if _SIZE_OR_PART_HINT.search(sentence.text, start, end):
        spans += [m.span() for m in _NOMINAL_SIZE.finditer(sentence.text, start, end)]
        spans += [m.span() for m in _PART_NUMBER.finditer(sentence.text, start, end)]
    if "periodic" in words:
        spans += [m.span("n") for m in _TABLE_PLACE.finditer(sentence.text, start, end)]
    if ("hours" in words or "guineas" in words) and not sentence.title_case:
        spans += [m.span() for m in _RACE_NAME.finditer(sentence.text, start, end)
                  if _named_race(sentence, m)]
    if "seat" in words or "seats" in words or "sat" in words:
        spans += [m.span("codes") for m in _SEAT_CODES.finditer(sentence.text, start, end)
                  if (" " in m.group("codes") or not m.group("codes").endswith("K"))
                  and (not m.group().startswith(("sat", "Sat"))
                       or not m.group("codes").endswith(("C", "F"))
                       or not sentence.vocabulary.isdisjoint(_CABIN_WORDS))]
        # (alone, a K is thousands: "The arena seats 20K fans"; after "sat in", a C or an F
        # is degrees unless the sentence speaks of a cabin: "We sat in 35C heat")
    return spans


#: identifiers in digits, in a sentence that speaks of them: a run of thirteen or more
#: ("microchip 985141002345678"), a number with leading zeros ("serial 00412")
_IDENTIFIER_HINT: Final = re.compile(r"[0-9]{13}|(?<![\w.,])00")
_IDENTIFIER: Final = re.compile(
    r"(?<![\w.,$£€¥])(?<![0-9][ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}])"
    r"(?:[0-9]{13,}|00[0-9]+)(?![\w]|[.,][0-9])")
#: the word that opens a US highway's name, lower-cased as the vocabulary holds it
_US_WORD: Final = frozenset(["us", "u"])  # ("U.S." is read as "u", ".", "s", ".")
#: the words that open a lottery's list of numbers drawn
_DRAW_WORDS: Final = frozenset(["winning", "lucky", "drawn", "bonus"])
#: a postal code of six digits after an address's town and a comma, ending its phrase, in a
#: sentence that names a street: "21 Park Street, Kolkata 700016", "Avenue 8, Singapore 658958"
_PLACE_CODE: Final = re.compile(
    r",[ ](?:[A-Z][a-z]{3,}[ ]){1,2}(?P<code>[1-9][0-9]{5})(?=[ ]?[,.;)]|\Z)")
#: a road of a letter and its number after "on the", ending its phrase or before a word of
#: place: "stolen from a farm on the R75", "closed the N2 near Durban" (not "on the R350 grant",
#: "on the R1 billion bailout")
_LETTERED_ROAD: Final = re.compile(
    r"\b(?:on|off|along|via|onto|near|from|up|down|closed|closing|closes|reopened|reopens"
    r"|shut|blocked|blocking|take|took|crossing|crossed|joins|joined|use|used)"
    r"[ ]the[ ](?P<road>[NRM][0-9]{1,3})"
    r"(?=[ ]?[,.;:)](?![0-9])|\Z|[ ](?:near|between|at|in|outside|towards|and|to|from|north"
    r"|south|east|west|northbound|southbound|eastbound|westbound|highway|freeway|road"
    r"|motorway)\b)")
#: a New York public school's number after its letters: "P.S. 321", "I.S. 318", "J.H.S. 185"
#: (not a postscript: "P.S. 3 more tickets")
_NYC_SCHOOL: Final = re.compile(r"\b(?:P|I|M|J\.H|H)\.S\.[ ]?[0-9]{1,3}(?![\w]|[.,][0-9])"
                                r"(?![ ](?:more(?![ ]than)|extra|other|new|free|spare)\b)")
#: a capital letter of a road glued to a number, which _LETTERED_ROAD needs (the letter is
#: read first, then the look behind it for a word boundary: the search skips in C to the next
#: N, R or M)
_ROAD_LETTER: Final = re.compile(r"[NRM](?<!\w.)[0-9]")
#: winning numbers of a lottery draw listed with no verb, four or more ending their phrase:
#: "with winning numbers 4, 11, 19, 27, 38 and 45," (_DRAWN_NUMBERS reads them after a verb
#: or a colon)
_NUMBERS_LISTED: Final = re.compile(
    r"\b(?:winning|lucky|drawn|bonus)[ ](?:numbers|balls)[ ]"
    r"(?P<list>[0-9]{1,2}(?:,[ ][0-9]{1,2}){2,8},?[ ]and[ ][0-9]{1,2})(?=[ ]?[,.;:)]|\Z)")
#: a US highway after a word of travel or of closing a road, or before a direction: "the
#: bridge on US 281", "take US-101 north", "closed U.S. 93 south of Darby" (not "the US 40
#: tanks": a count follows)
_US_ROUTE: Final = re.compile(
    r"\b(?:on|off|via|onto|along|near|take|Take|closed|closing|closes|reopened|reopens|shut"
    r"|blocked|blocking)[ ](?P<road>U\.?S\.?[ -]?"
    r"(?:Route[ ]|Highway[ ]|Hwy[ ])?(?P<n>[0-9]{1,3}))(?![\w]|[.,][0-9])"
    r"|(?P<headed>U\.?S\.?[ -]?(?:Route[ ]|Highway[ ]|Hwy[ ])?[0-9]{1,3})"
    r"(?=[ ](?:north|south|east|west|northbound|southbound|eastbound|westbound)\b)")
#: words that name a vehicle's number plate
_PLATE_WORDS: Final = frozenset(["registration", "reg", "plate", "plates", "numberplate"])
#: a number plate after its word, in capitals and digits with a letter and a digit both:
#: "registration KDA 512M", "plate AB12 CDE", "licence plate 7ABC123"
_PLATE: Final = re.compile(
    r"\b(?:[Rr]egistration|[Rr]eg\.?|[Pp]lates?|[Nn]umberplate)(?:[ ](?:[Nn]umber|[Nn]o\.?|mark))?"
    r"[ ]?:?[ ](?P<plate>[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4})?)(?![\w])")


def _plate_like(plate: str) -> bool:
    """Whether capitals and digits after a word of plates are a plate: one group holds both
    a letter and a digit ("KDA 512M", "AB12 CDE", "7ABC123"; not "100 PLN", "2 DAYS")."""
    groups = re.split(r"[ -]", plate)
    return not _SCALED_COUNT.fullmatch(groups[0]) \
        and any(any(c.isalpha() for c in g) and any(c.isdigit() for c in g) for g in groups)


#: a count glued to a scale letter, which opens no plate: "registration 50K", "3M drivers"
_SCALED_COUNT: Final = re.compile(r"[0-9]+[KMB]")
#: words of identifiers, in a sentence with which such digits name rather than count
_IDENTIFIER_WORDS: Final = frozenset(["microchip", "chip", "tag", "isbn", "isbn-13", "gtin",
                                      "ean", "barcode", "serial", "imei", "account", "reference",
                                      "order", "tracking", "id", "number", "code"])
#: a journal's year, volume, issue and pages: "2023;192:e2614", "2021;62(4):255-263"
_CITATION_NUMBERS: Final = re.compile(
    r"\b(?:19|20)[0-9]{2};[0-9]{1,4}(?:\([0-9]{1,3}\))?:e?[0-9]{1,6}(?:-[0-9]{1,6})?")
#: clothes sold by a child's age, whose ages are a size: "age 2-3 clothes", "3-6 month
#: sleepsuits", "0-3 months vests" (not "Children aged 2-3 need 1,000 calories")
_GARMENTS: Final = frozenset(["clothes", "sleepsuit", "sleepsuits", "vest", "vests", "babygrow",
                              "babygrows", "leggings", "trousers", "tops", "dresses", "onesie",
                              "onesies", "pyjamas", "bodysuits", "coats", "shoes", "jeans"])
_GARMENT_SIZE: Final = re.compile(
    r"\b(?:ages?[ ][0-9]{1,2}[ ]?[-\N{EN DASH}][ ]?[0-9]{1,2}(?:[ ](?:months?|mths?|yrs?|years?))?"
    r"|[0-9]{1,2}[ ]?[-\N{EN DASH}][ ]?[0-9]{1,2}[ ](?:months?|mths?|yrs?|years?))"
    r"(?=[ ](?:[a-z]+[ ])?(?:" + "|".join(sorted(_GARMENTS)) + r")\b)")  # (not "Pack 5-6 vests")
#: a quick test for _NOMINAL_SIZE and _PART_NUMBER: a digit glued to a letter or "-by-"
_SIZE_OR_PART_HINT: Final = re.compile(r"[0-9](?:[A-Za-z\N{MULTIPLICATION SIGN}]|-by-|-T|[ ]st)")
#: a part's number, a shade's code, a clothing size or a metal's grade: "2N2222", "1N4148",
#: "2N1", "4XL", "6061-T6", "316L stainless", "304 stainless"
_PART_NUMBER: Final = re.compile(
    r"(?<![\w.,])(?:[0-9][A-Z]{1,2}[0-9]{3,5}|[0-9][A-Z][0-9](?![0-9])|[0-9]X{1,3}[LS]"
    r"|[0-9]{4}-T[0-9]{1,2}"
    r"|(?:304|316|317|321|410|430)L?(?=[ ](?:stainless|steel)\b))(?![\w-])")
#: races named by their length or their old prize, capitalised inside a sentence: "the 24
#: Hours of Le Mans", "the Spa 24 Hours", "the 2,000 Guineas" (but "24 hours of rain")
_RACE_NAME: Final = re.compile(r"(?<![\w.,])(?:[0-9]{1,2}[ ]Hours|[12],?000[ ]Guineas)\b")
#: the place of a race written after its length: "the 24 Hours of Le Mans"
_OF_A_PLACE: Final = re.compile(r"[ ]of[ ][A-Z]")


def _named_race(sentence: Sentence, found: "re.Match[str]") -> bool:
    """Whether "24 Hours" or "2,000 Guineas" names a race: the Guineas always; hours after a
    capitalised place inside the sentence ("the Spa 24 Hours") or before "of" and one ("the 24
    Hours of Le Mans"; not "gave the team 48 Hours", "Over the past 48 Hours")."""
    if found.group().endswith("Guineas") or _OF_A_PLACE.match(sentence.text, found.end()):
        return True
    before = sentence.before(found.start(), 1)
    return bool(before) and before[0].text[:1].isupper() and before[0].text.isalpha() \
        and before[0].start != sentence.span[0]


#: seats named by row and letter: "Seat 12F", "seats 40B and 40C", "Seats 1A, 1C and 1K",
#: "I sat in 14C"
#: (the "C" and "F" are no degrees, the "B" and "K" no scale)
_SEAT_CODES: Final = re.compile(
    r"\b(?:(?i:seats?)|[Ss]at[ ]in)[ ]"
    r"(?P<codes>[0-9]{1,2}[A-L](?:(?:,[ ]|,?[ ](?:and|or|&)[ ])[0-9]{1,2}[A-L])*)(?![\w])")
#: words of a plane's or a train's cabin, beside which "sat in 14C" is a seat
_CABIN_WORDS: Final = frozenset(["flight", "plane", "aircraft", "row", "aisle", "window",
                                 "cabin", "economy", "business", "train", "coach", "carriage",
                                 "way", "seat", "legroom", "upgrade", "upgraded"])
#: a period or a group of the periodic table: "in period 3", "group 14"
_TABLE_PLACE: Final = re.compile(r"\b(?:period|group)[ ](?P<n>[0-9]{1,2})\b", re.IGNORECASE)


#: a timber's nominal size, a name rather than two lengths: "2x4s", "a 2-by-4", "4x2 timber"
#: (not "2x1m", "2 x 4 m": sides with their unit)
_NOMINAL_SIZE: Final = re.compile(
    r"(?<![\w.,])[1-9][0-9]?(?:[x\N{MULTIPLICATION SIGN}]|-by-)[1-9][0-9]?s?(?![\w%^-]|[.,][0-9])"
    r"(?![ ]?(?:mm|cm|m|in|ft|inch|inches|feet|foot|metres?|meters?|reps?)\b)")


#: a chip's model code after its product line: "Ryzen 9 9950X", "Core i9-14900K", "Core
#: Ultra 9 285K", "the 7800X3D" needs its line ("Ryzen 7 7800X3D")
_PRODUCT_LINES: Final = lexicon.word_sections("not_claims.txt")["product_lines"]
_PRODUCT_CODE: Final = re.compile(
    r"\b" + alternation("not_claims.txt", "product_lines")
    + r"(?:[ ](?:[0-9]{1,2}|Ultra|Pro|Max|Plus|AI))*[ ](?:i[3579]-)?"
      r"(?P<code>[0-9]{3,5}[A-Z][A-Z0-9]{0,3})(?![\w])", re.IGNORECASE)
#: an AI model's size in its name: "Llama 3 70B", "Mistral 7B" (not "671B parameters")
_MODEL_FAMILIES: Final = lexicon.word_sections("not_claims.txt")["model_families"]
_MODEL_SIZE: Final = re.compile(
    r"\b" + alternation("not_claims.txt", "model_families")
    + r"(?:[ -]?[0-9]+(?:\.[0-9]+)?)?[ -](?P<size>[0-9]+(?:\.[0-9]+)?[BM])(?![\w-])"
      r"(?![ ]parameters?\b)", re.IGNORECASE)
#: a year of an era, or a span of them, calibrated or not: "1880–1685 cal BC", "3200 BC",
#: "AD 79", "500 CE" (dates, never amounts; "cal" is no calorie here)
_ERA_YEAR: Final = re.compile(
    r"(?<![\w.,])[0-9]{1,3}(?:,?[0-9]{3})?(?:[ ]?[-–][ ]?[0-9]{1,3}(?:,?[0-9]{3})?)?"
    r"[ ](?:cal\.?[ ])?(?:BCE?|AD|CE|B\.C\.|A\.D\.)(?![\w])"
    r"|(?<![\w.,])AD[ ][0-9]{1,4}(?![\w.,])")
#: words of eras, which _ERA_YEAR needs (lower case, as in the vocabulary)
_ERA_WORDS: Final = frozenset(["bc", "bce", "ad", "ce", "b", "c"])
#: a climbing grade, in a sentence about climbing: "5.11c", "5.14a" (Yosemite), "7c+", "8a"
#: (French), "graded 8C", "V10" (bouldering; a bare "8C" may be the morning's heat), and the
#: peaks over 8,000 metres, "the 14 8,000ers"
_CLIMBING_GRADE: Final = re.compile(
    r"(?<![\w.,$£€])(?:5\.(?:[0-9]|1[0-5])[a-d](?![\w.])|[3-9][abc]\+?(?![\w+])"
    r"|(?:(?<=\ba[ ])|(?<=\ban[ ])|(?<=graded[ ]))[3-9][ABC]\+?(?![\w+])"
    r"|V(?:1[0-7]|[0-9])(?![\w])|[78],?000ers?\b)")
#: words of climbing, which _CLIMBING_GRADE needs (grammar_words.txt)
_CLIMBING_WORDS: Final = lexicon.word_sections("grammar_words.txt")["climbing_words"]
#: quantifiers of a whole before a service's number: "All 999 calls", "every 911 call"
_EVERY_ONE: Final = frozenset(["all", "every", "any", "each"])
#: the services' numbers no one counts calls in ("returned all 112 calls" may count them)
_UNCOUNTED_NUMBERS: Final = frozenset(["999", "911"])
#: prepositions of a day before a slashed date that reads like a fraction: "on 1/12"
_DATED_ON: Final = frozenset(["on", "until", "till", "since"])
#: a gun named by the weight of its shot: "the 6-pounder gun", "a 25-pounder field gun"
_GUN_BY_SHOT: Final = re.compile(
    r"\b[0-9]{1,2}-pounders?(?=[ ](?:guns?|cannons?|field|anti-tank|naval|batter(?:y|ies)"
    r"|shells?|howitzers?)\b)")
#: an isotope of carbon written with its mass: "14C", "13C", "δ13C" (no heat of 14°C),
#: perhaps before what a dating lab measures of it
_CARBON_ISOTOPE: Final = re.compile(
    r"(?<![\w.,°])(?P<ams>(?<=AMS[ ]))?δ?1[234]C(?![\w°])"
    r"(?P<measured>[ ](?:ages?|dating|content|activity|measurements?)\b)?")
#: words of a sentence about isotopes, beside which "14C" is carbon-14 anywhere (not
#: "dating", "BP" or "calibrated": "Speed dating night: 14C and sunny")
_ISOTOPE_WORDS: Final = frozenset(["radiocarbon", "isotope", "isotopes", "isotopic"])
#: a UK tax code, in a sentence that speaks of codes: "1257L", "S1257L", "1383M", "1257L M1"
_TAX_CODE: Final = re.compile(r"(?<![\w.,£$€])[SCK]?[0-9]{3,4}[LMNT](?:[ ](?:M1|W1|X))?(?![\w])")
#: chains of small numbers joined by hyphens that name a shape, not amounts: formations and
#: seat maps and records ("a 4-4-2 formation", "a 3-4-3 layout", "12-3-2 in their last 17",
#: "the 50-40-90 club"), offers ("two-for-one tickets", "2-for-1 entry",
#: "buy-one-get-one-free", "Buy two, get one free")
_HYPHEN_CHAINS: Final = re.compile(
    r"(?<![\w.,-])[0-9]{1,3}(?:-[0-9]{1,3}){2,}(?![\w.,-]|[ ]?%)"
    r"|(?<![\w-])(?P<offered>[0-9]{1,2}|one|two|three|four|five)-for-"
    r"(?P<paid>[0-9]{1,2}|one|two|three|four)"
    r"(?![\w-])|(?<![\w-])buy[ -](?:one|two|three|[1-3])(?:,[ ]|[ -])get[ -](?:one|two|[1-3])"
    r"(?:[ -](?:free|half[ -]price)\b|(?![ ](?:year|month|week|day|night|hour|minute)s?\b))",
    re.IGNORECASE)
#: the window of a change in economists' shorthand, in a sentence with a percentage: "GDP
#: +0.2% 3m/3m", "pay growth of 5.6% 3m/yr", "4.4% (3m avg)", "AWE 6m annualised" (not
#: "The glacier retreated 3m/yr", a sentence with no percentage)
_CHANGE_WINDOW: Final = re.compile(
    r"(?<![\w.,])[0-9]{1,2}m(?:/[0-9]{1,2}m|/(?:yr|y|yoy)|[ ](?:avg|average|annuali[sz]ed))\b",
    re.IGNORECASE)
#: things numbered with a lower-case "no": "train no 12951", "house no 221", "ward no 12"
_NUMBERED_THINGS: Final = frozenset(["train", "house", "flat", "bus", "vehicle", "serial",
                                     "account", "roll", "plot", "khasra", "survey", "case",
                                     "booth", "stall", "counter"])
#: lists and rules named by a number: "Forbes 30 Under 30", "40 under 40", "the Rule of 40"
_NAMED_LISTS: Final = re.compile(
    r"\b(?P<n>[1-9]0)[ ][Uu]nder[ ](?P=n)\b|\b[Rr]ule[ ]of[ ][0-9]{1,3}\b")
#: a year of two digits after an apostrophe glued to a period's code: "Q4'24", "FY'25",
#: "H1’25"; and a number in words after a digit and a hyphen, capitalised: "7-Eleven"
_CODED_YEAR: Final = re.compile(
    r"(?<![\w'])(?:Q[1-4]|H[12]|[1-4]Q|FY|CY)['\N{RIGHT SINGLE QUOTATION MARK}][0-9]{2}(?![\w'])"
    r"|(?<![\w.,-])[0-9]{1,2}-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven"
    r"|Twelve)(?![\w-])")
#: a knockout round named by how many are left: "to reach the last 16", "into the last 32",
#: "knocked out in the last 16." (not "the last 16 years", "the last 8 games", "scored in the
#: last 4 of his 10 starts", "eased in the last 4, the ONS said")
_KNOCKOUT_ROUND: Final = re.compile(
    r"\b(?:(?i:reach|reached|reaches|reaching|into|make|made|makes)[ ]the[ ]last[ ]"
    r"(?P<n>4|8|16|32|64|128)(?=[ ]?[.,;!?)\N{EN DASH}\N{EM DASH}]|$"
    r"|[ ]of[ ](?:the[ ](?![0-9])|a[ ]|an[ ]|this[ ]|[A-Z])"
    r"|[ ](?:at|in|for|after|against)[ ](?:the[ ])?[A-Z0-9]|[ ]for[ ]the[ ]first[ ]time)"
    r"|(?i:in)[ ]the[ ]last[ ](?P<m>16|32|64|128)(?=[ ]?[.!?]|$|[ ]of[ ]the[ ][A-Z]))")
#: a threshold of signers, a scheme's name: "a 2-of-3 multisig", "its 3-of-5 recovery scheme"
_THRESHOLD_SCHEME: Final = re.compile(
    r"\b[0-9]{1,2}-of-[0-9]{1,2}(?=[ ](?:multi-?sig|multisignature|scheme|wallet|signatures?"
    r"|setup|set-up|recovery|threshold|quorum|keys?|custody|approval)\b)", re.IGNORECASE)
#: the first or last digits of a code, written with a leading zero: "the MPAN starts with 01",
#: "numbers ending in 07" (not "Offer ends in 03 days": a countdown)
_PREFIX_OPENS: Final = r"\b(?:starts?|starting|begins?|beginning|ends?|ending)[ ](?:with|in)[ ]"
_PREFIX_TIMES: Final = r"days?|hours?|hrs?|mins?|minutes?|seconds?|secs?|weeks?|months?"
_CODE_PREFIX: Final = re.compile(
    _PREFIX_OPENS + r"(?P<code>0[0-9]+)\b(?![ ]?(?:" + _PREFIX_TIMES + r"|[dhms])\b)")
_PREFIX_VERBS: Final = frozenset(["starts", "start", "starting", "begins", "begin", "beginning",
                                  "ends", "end", "ending"])
#: the same in a sentence about a number that identifies: "your account number ends in 4412"
_ID_PREFIX: Final = re.compile(
    _PREFIX_OPENS + r"(?P<code>[0-9]{2,})\b(?![ ]?(?:" + _PREFIX_TIMES + r"|years?|[dhms])\b)")
_IDENTIFIER_NOUNS: Final = frozenset(["number", "card", "account", "code", "reference", "serial",
                                      "plate", "registration", "phone", "mobile", "pin",
                                      "postcode", "zip", "iban", "mpan", "mprn", "policy"])
#: a week, month, day or epoch numbered after a word of time: "in week 10", "epi week 34",
#: "by week 12", "at month 12", "in epoch 512" (not "In the past week 23 people died", "By end
#: of day 400 flights")
_NUMBERED_WEEK: Final = re.compile(
    r"\b(?:(?:in|by|of|from|to|until|since|epi|epidemiological|during)[ ](?:week|epoch)"
    r"|(?:at|through|after|before)[ ](?:week|epoch|month|day)"
    r"|(?:in|by|until|from)[ ](?:month|day)|(?:during|of)[ ]month)[ ](?P<n>[0-9]{1,3})\b",
    re.IGNORECASE)
#: the periods _NUMBERED_WEEK numbers: "in week 3", "at month 12", "by day 28"
_NUMBERED_PERIODS: Final = frozenset(["week", "epoch", "month", "day"])
#: an address or hash written in hexadecimal: "0x71C7656EC7ab88b098defB751B7401B5f6d8976F"
_HEX: Final = re.compile(r"\b0x[0-9a-fA-F]{4,}\b")
#: a bill's number in the US Congress: "H.R. 5371", "S. 2296", "H.J.Res. 7"
_BILL_NUMBER: Final = re.compile(
    r"(?<![\w.])(?:H\.[ ]?R\.|[HS]\.[ ]?(?:J\.[ ]?|Con\.[ ]?)?Res\.|S\.)[ ]?[0-9]{1,5}\b")
#: a live blog's minute of a match, opening a line or in brackets: "23' GOAL!", "45+2' Yellow
#: card", "(88')", "17 mins: Haaland is down" (not "5' 2\" tall": feet and inches)
_MATCH_MINUTE: Final = re.compile(
    r"[0-9]{1,3}(?:\+[0-9]{1,2})?(?:['\N{RIGHT SINGLE QUOTATION MARK}](?![0-9\"'\w])"
    r"(?![ ]?[0-9]{1,2}(?:\"|''|\N{DOUBLE PRIME}))(?![ ](?:x|by|\N{MULTIPLICATION SIGN})[ ])"
    r"|[ ]?mins?:)")
#: words of play one of which a live blog's minute needs in its line ("23' GOAL!"; not "6' 4\"
#: and 230 pounds", "Bedroom (12' x 10')")
PLAY_WORDS: Final = frozenset(
    "goal goals card yellow red corner shot shots penalty sub substitution save saves kick-off "
    "kick half-time whistle var offside header foul chance scores scored fires hits post bar "
    "injured booked equaliser equalizer winner strike added stoppage".split())
#: a player's shirt number: "Saka wears 7", "the 9 shirt" (not "He wore 3 different shirts": a
#: count, nor "wore 2.5 kg", "the 3 shirt sponsors")
_SHIRT_NUMBER: Final = re.compile(
    r"\b(?:(?:wears|wear|wore|wearing)[ ](?P<n>[0-9]{1,2})(?![0-9]|[.,][0-9])\b"
    r"|the[ ](?P<m>[0-9]{1,2})[ ](?P<noun>shirt|jersey)\b(?![ ][a-z]+s\b))")
_SHIRT_WORDS: Final = frozenset(["wears", "wear", "wore", "wearing", "shirt", "jersey"])
#: the standard body surface a kidney's filtration rate is given per: "30 mL/min/1.73m²"
_PER_BODY_SURFACE: Final = re.compile(
    r"(?:/|[ ]per[ ])[ ]?(?P<bsa>1\.73[ ]?m(?:\N{SUPERSCRIPT TWO}|2|\^2))(?![\w])")
#: a score right before its winners: "ran out 41-10 winners" (not "The winners, aged 18-25")
_WINNING_SCORE: Final = re.compile(
    r"\b[0-9]{1,3}[-\N{EN DASH}][0-9]{1,3}(?=[ ](?:winners|victors|losers)\b)")
_WINNERS: Final = frozenset(["winners", "victors", "losers"])
#: a conference call's keys and lines: "press star 1", "our next question comes from line 4"
_CALL_KEYS: Final = re.compile(
    r"\b(?:(?:[Pp]ress|[Pp]ressing|[Dd]ial)[ ](?:star[ ]|pound[ ]|hash[ ]|\*)?"
    r"|(?:from|on)[ ]line[ ])(?P<n>[0-9]{1,2})\b(?![ ]?%)")
_CALL_WORDS: Final = frozenset(["press", "pressing", "dial", "line"])
#: the further keys of a phone menu after "Press 1 for ...": the "2" and "3" of ", 2 for
#: existing claims, or 3 to speak to an adviser"
_MENU_KEYS: Final = re.compile(r"(?:,[ ]|[ ]or[ ]|,[ ]or[ ])(?P<n>[0-9])(?=[ ](?:for|to)[ ])")
#: a phone menu's first key, which its further keys need before them: "Press 1 for"
_FIRST_MENU_KEY: Final = re.compile(r"\b[Pp]ress[ ][0-9][ ](?:for|to)[ ]")
#: what makes "one" after "the next" a number: a range or a compound ("one to two years",
#: "one-year plan")
_ONE_GOES_ON: Final = re.compile(r"-|[ ](?:to|or)[ ]")
#: adjectives after a determiner that make the "one" after them a pronoun: "the next one"
_PRONOUN_ONE_BEFORE: Final = frozenset(["next", "last", "first", "other", "same", "new", "old",
                                        "big", "little", "right", "wrong", "second", "third",
                                        "latest", "final", "previous", "original", "cheaper",
                                        "bigger", "smaller", "better", "best", "worst",
                                        "typical", "average", "usual", "standard", "cheapest",
                                        "largest", "biggest", "smallest", "newest", "oldest",
                                        "nearest", "closest", "busiest", "larger", "older",
                                        "tallest", "richest", "longest", "shortest", "highest",
                                        "lowest", "fastest", "slowest", "heaviest", "youngest",
                                        "poorest", "deepest", "costliest", "priciest"])
#: fractions written as an article and an ordinal, which may name one more of a group
_ORDINAL_FRACTIONS: Final = frozenset(["a third", "a fourth", "a fifth", "a sixth"])
#: a few of a group counted before it: "Two soldiers", "3 men"
_FEW_COUNTED: Final = re.compile(
    r"\b(?:two|three|four|five|[2-5])[ ](?!(?:thirds|quarters|fifths|sixths|months|years|weeks"
    r"|days|hours|seasons|decades|times)\b)(?:[a-z]+s|people|men|women|children|of|were|are"
    r"|have|had)\b", re.IGNORECASE)
#: verbs of a single person or thing right after such a fraction: "a third was injured"
_VERBS_OF_ONE: Final = frozenset(["was", "is", "has", "had", "died", "dies", "remains",
                                  "remained", "suffered", "survived", "escaped", "fled",
                                  "managed", "needed", "required", "followed"])
#: verbs after such a fraction that may say what one more did, or what a share of people did:
#: one more only after a few who did something ("Four men were charged and a fifth received a
#: caution"; not "Of the firms surveyed in four countries, a third received no support")
_VERBS_OF_ONE_OR_SHARE: Final = frozenset(["failed", "received", "relied", "admitted", "admits",
                                           "earned", "needs", "spent"])
#: a few opening a clause, its subject: "Four men were charged", "Two suspects pleaded
#: guilty and", "; two were" (not "surveyed in four countries", "Two in three students")
_FEW_SUBJECT: Final = re.compile(
    r"(?:^|[.;:,][ ]|\b(?:and|but|while)[ ])(?:the[ ])?(?:two|three|four|five|[2-5])[ ]"
    r"(?!in[ ]|out[ ]of[ ])[a-z]",
    re.IGNORECASE | re.MULTILINE)


def _singular_noun_next(sentence: Sentence, end: int) -> bool:
    """Whether a lower-case word that reads as a singular noun follows ``end``: "the typical
    one bedroom flat" (not the verb of "the typical one faces", "the next one leaves", "the
    last one standing", "the new one sold")."""
    following = sentence.after(end, 1)
    if not following or sentence.gap(end, following[0].start) != " ":
        return False
    word = following[0].text
    return word.isalpha() and word.islower() and word not in lexicon.load().function_words \
        and not word.endswith(("s", "ing")) and not (word.endswith("ed") and len(word) > 4
                                                    and not word.endswith("eed")) \
        and word not in _PRONOUN_ONE_VERBS


#: verbs of a pronoun "one" that look like singular nouns: "the typical one costs" is plural
#: -s, but "the last one sold", "the new one cost", "the big one hit"
_PRONOUN_ONE_VERBS: Final = frozenset(["cost", "sold", "hit", "won", "lost", "came", "went",
                                       "left", "took", "made", "got", "ran", "set", "put",
                                       "will", "would", "can", "could", "should", "must", "may",
                                       "might", "did", "does", "do", "stood", "fell", "rose",
                                       "broke", "sank", "struck", "grew", "felt", "bit", "kept",
                                       "held", "drew", "sat", "available", "shown"])
#: what opens a noun phrase that "one" ends as a pronoun: "the next one", "my new one"
_ONE_DETERMINERS: Final = frozenset(["the", "this", "that", "a", "my", "your", "his", "her",
                                     "our", "their", "its"])
#: a street number before a compass point with a stop and a street's name: "45 W. Broad St.",
#: "100 N. Main Street" (an address; "45 W" alone would be watts)
_STREET_TYPES: Final = lexicon.word_sections("not_claims.txt")["street_types"]
_DIRECTED_ADDRESS: Final = re.compile(
    r"(?<![\w.,])[0-9]{1,5}[ ][NSEW]\.[ ](?:[A-Z][a-z]+[ ]){1,2}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court)\b")
#: British climbing's adjectival grades, then a technical grade: "E1 5c", "HVS 5a" (no
#: cents); the words that hold them, as the tokenizer splits "E1" ("e")
_BRITISH_GRADES: Final = frozenset(["e", "hvs", "vs", "hs", "mvs", "hvd", "vd", "xs"])
_TECHNICAL_GRADE: Final = re.compile(
    r"\b(?:E[1-9]|E1[0-2]|HVS|MVS|VS|HS|HVD|VD|XS)[ ][4-7][abc]\b")
#: words between a count and what it counts that add to it: "hire 120 more 911 dispatchers"
_ADDED_WORDS: Final = frozenset(["more", "extra", "new", "additional"])
#: services and lines after a verb of calling and before a "132 500" (not_claims.txt)
_RINGING_SERVICE_NOUNS: Final = lexicon.load().not_claims["ringing_service_nouns"]
#: nouns after a word of calling that make it their modifier: "call numbers" (not_claims.txt)
_CALLING_NOUN_HEADS: Final = lexicon.load().not_claims["calling_noun_heads"]
#: a telephone area code: "in the 416 area code", "the 416 and 647 area codes", "The 945
#: area code overlays the 214 and 972 area codes" (not "335 area codes", "between 330 and 340
#: area codes": counts)
_AREA_CODE: Final = re.compile(
    r"(?<![\w.,])(?P<n>[0-9]{3})[ ]area[ ]code\b"
    r"|\b(?:[Tt]he|its|their)[ ](?P<m>[0-9]{3})[ ]area[ ]codes\b"
    r"|(?:(?<=[^\w.,][0-9]{3}[ ]and[ ])|(?<=[^\w.,][0-9]{3},[ ]and[ ])"
    r"|(?<=[^\w.,][0-9]{3}[ ]or[ ]))"
    r"(?<!between[ ][0-9]{3}[ ]and[ ])(?P<j>[0-9]{3})[ ]area[ ]codes\b"
    r"|(?<!between[ ])(?<![\w.,])(?P<k>[0-9]{3})"
    r"(?=(?:,?[ ](?:and|or)|,)[ ](?:[0-9]{3},?[ ](?:and[ ]|or[ ])?)*[0-9]{3}[ ]area[ ]codes?\b)")
#: a block of a street, as US addresses give it, numbered in hundreds or before a street
#: type: "the 2300 block of Pine Street", "the 900 block of Broadway" (not "the 150 block of
#: Labour MPs", "the 100 block of Conservative rebels": a group of members named)
_STREET_BLOCK: Final = re.compile(
    r"\b[Tt]he[ ](?:(?P<n>[1-9][0-9]{0,2}00)[ ]block[ ]of[ ](?:[A-Z0-9][\w.]*[ ]){0,4}"
    r"(?!\w*(?:ists|ites|crats|icans|ives|als|Ps|Dems|eers|Tories|Greens|Members|Senators"
    r"|Independents|Leavers|Remainers|benchers|Reformers|Brexiters|Dissenters|Waverers"
    r"|Hardliners|Campaigners|Rebels|Moderates|Loyalists)\b)"
    r"[A-Z0-9][\w.]*\b"
    r"(?![ ][A-Z]|[ ](?!is\b|was\b|has\b|as\b|this\b)[a-z]+s\b)"
    r"|(?P<m>[0-9]{2,5})[ ]block[ ]of[ ](?:[A-Z0-9][\w.]*[ ]){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct"
    r"|Parkway|Highway)\b)")
#: a school year named by a number before its pupils, as Kenya, Tanzania, Scotland and
#: others name them: "Form Four candidates", "Standard Seven pupils", "primary one pupils"
_SCHOOL_YEAR_HEADS: Final = frozenset(["form", "standard", "primary", "std"])
_SCHOOL_YEAR_HEAD: Final = re.compile(r"\b(?:Form|Standard|Std\.?|[Pp]rimary)[ ]\Z")
_SCHOOL_PUPILS_AFTER: Final = re.compile(
    r"[ ](?:pupils?|students?|candidates?|learners?|class(?:es)?|enrol(?:l)?ment|exams?"
    r"|examinations?|results?|intake|teachers?|children|girls|boys|leavers)\b")


def _school_year(numeral: Numeral, before: Sequence[Word], sentence: Sentence) -> bool:
    """ "Form Four candidates", "Standard 7 pupils", "primary one enrolment": a school year's
    number, up to eight, between its head word and its pupils."""
    return bool(before) and before[-1].lower.rstrip(".") in _SCHOOL_YEAR_HEADS \
        and 1 <= numeral.value <= 8 and numeral.scale == 1 \
        and _SCHOOL_YEAR_HEAD.search(sentence.text, max(0, numeral.start - 10),
                                     numeral.start) is not None \
        and _SCHOOL_PUPILS_AFTER.match(sentence.text, numeral.end) is not None \
        and (before[-1].text[:1].isupper()
             or not sentence.text.startswith(" candidate", numeral.end)
             or not sentence.vocabulary.isdisjoint(_EXAM_WORDS)
             or (numeral.value == _LAST_PRIMARY_YEAR
                 and not sentence.vocabulary.isdisjoint(_SITTING_WORDS)))
    # (not "In the Democratic primary three candidates remain", "In the primary five
    # candidates sat on the debate stage")


#: words of a school exam, beside which "primary seven candidates" sit it; and words of
#: sitting one, enough beside the last primary year ("90% of primary seven candidates
#: passed")
_EXAM_WORDS: Final = frozenset(["exam", "exams", "examination", "examinations", "ple", "uneb",
                                "pupils"])
_SITTING_WORDS: Final = frozenset(["sat", "sit", "passed"])
_LAST_PRIMARY_YEAR: Final = 7
#: a ten-digit mobile number written in two fives, as Indian numbers are: "98290 12345"
#: (this and _DIGIT_THEN_SPELLED read their first character before the look-behind that asks
#: what stands before it, "(?<![\w.,].)": a search then skips in C to a character that may
#: open a match rather than trying the look-behind at every position)
_MOBILE_IN_FIVES: Final = re.compile(r"[6-9](?<![\w.,].)[0-9]{4}[ ][0-9]{5}(?![\w]|[.,][0-9])")
#: a digit, a hyphen and a number in words with a capital: a name ("7-Eleven")
_DIGIT_THEN_SPELLED: Final = re.compile(r"[0-9](?<![\w.,].)[0-9]?-(?P<word>[A-Z][a-z]+)\b")
#: "on" or "at" right before a number to ring: "said on 13 32 20"
_ON_BEFORE: Final = re.compile(r"\b(?:on|at)[ ]\Z")
#: names spelled with a number (number_brands.txt), and their first words in lower case:
#: "Six Flags", "2degrees", "1&1" (not before a plural: "Six Flags parks"); a name marked "*"
#: there is also a count and a place, and is the name only before a verb, a possessive, a
#: mark, its spokesperson or chief, or "and" another name: "Three UK raised prices", "One NZ
#: chief executive Jason Paris" (not "Three UK MPs", "Three UK-based lenders")
_BRAND_LINES: Final = lexicon.data_lines("number_brands.txt")


def _opened_at_a_word(name: str) -> str:
    """``name`` escaped for a regex, its first character read before the look-behind that
    keeps a word or "&" out before it: every alternative then opens with a literal, so a
    search skips in C to the next character that may open a name."""
    return re.escape(name[0]) + r"(?<![\w&].)" + re.escape(name[1:])


#: what follows a name that is only a name ("Six Flags", not "Six Flags parks"), and what
#: follows one marked "*" (see below)
_AFTER_BRAND = r"(?![\w&])(?![ ][a-z]+s\b)"
_AFTER_STARRED_BRAND = (
    r"(?=[ ](?:[a-z]+ed|said|says|has|had|is|was|will|would|can|could|cut|cuts|set|sets"
    r"|told|plans|wants|aims|hopes|expects|spokesperson|spokesman|spokeswoman)\b"
    r"|[ ](?:chief|boss|CEO)(?:[ ][a-z]+(?<!s))?[ ](?:[A-Z]|said\b|says\b|told\b)"
    r"|[ ]and[ ][A-Z][\w&]*(?:[ ][A-Z][\w&]*)?(?:[ ](?:[a-z]+ed|said|says|has|have|are|were"
    r"|will|would|can|could)\b|['\N{RIGHT SINGLE QUOTATION MARK}]s\b)"
    r"|['\N{RIGHT SINGLE QUOTATION MARK}]s\b|[,.;:]|\Z)")
_NUMBER_BRANDS: Final = re.compile("|".join(
    [_opened_at_a_word(line) + _AFTER_BRAND
     for line in sorted((line for line in _BRAND_LINES if not line.endswith(" *")),
                        key=len, reverse=True)]
    + [_opened_at_a_word(line[:-2]) + _AFTER_STARRED_BRAND
       for line in sorted((line for line in _BRAND_LINES if line.endswith(" *")),
                          key=len, reverse=True)]))
_BRAND_OPENERS: Final = frozenset(lower_words(" ".join(
    lower_words(name)[0] for name in _BRAND_LINES)))


def _and_a_place_after(sentence: Sentence, brand: "re.Match[str]") -> bool:
    """Whether "and" and a place's possessive follow a brand that is also a count and a
    place: "Three UK and Ireland's biggest lenders" (but "One NZ and Spark's networks", and
    "One NZ and Australia's leaders": one is no count before a plural)."""
    joined = _AND_NAME_OWNER.match(sentence.text, brand.end())
    return joined is not None and is_place_name(joined.group("name")) \
        and not brand.group().startswith("One ")


#: "and" and a name's possessive: " and Ireland's"
_AND_NAME_OWNER: Final = re.compile(
    r"[ ]and[ ](?P<name>[A-Z][\w&]*(?:[ ][A-Z][\w&]*)?)['\N{RIGHT SINGLE QUOTATION MARK}]s\b")
#: a code dialled on a mobile phone for a service (USSD): "*483*57#", "*131#"
_USSD_CODE: Final = re.compile(r"\*[0-9]{1,4}(?:\*[0-9]{1,8})*#")
#: a group of things after a number: " of the 540 complaints", " of its partner pharmacies",
#: " of those calls"
_GROUP_OF_AFTER: Final = re.compile(
    r"[ ]of[ ](?:the|its|their|our|his|her|them|those|these)\b")
#: words of calling, beside which an Australian short number is a phone number: "Call
#: Lifeline on 13 11 14"
_PHONE_WORDS: Final = frozenset(["call", "calls", "calling", "ring", "rang", "rings",
                                 "ringing", "phone", "phoned", "phoning", "dial", "dialled",
                                 "dialed", "dialling", "dialing", "text", "texts", "texted",
                                 "texting", "hotline", "helpline", "lifeline", "contact", "tel",
                                 "telephone", "contacted", "freephone", "samaritans"])
#: a European harmonised helpline, six digits from 116, after a word of calling: "calling
#: 116 123" (Samaritans), "contacted free on 116 000" (not "handled 116 000 calls")
_HELPLINE_116: Final = re.compile(
    r"\b(?:call(?:s|ed|ing)?|ring|ringing|rang|phone|phoning|dial|dialling|dialing"
    r"|text(?:s|ed|ing)?|contact(?:ed)?"
    r"|helpline|hotline|freephone|on)\b[^.;\d]{0,16}?[ ](?P<n>116[ ]?[01][0-9]{2})"
    r"(?![\w]|[.,][0-9])(?![ ](?:[a-z]+s|people|a|an|per|each)\b)", re.IGNORECASE)
#: an Australian 13-number: "13 22 11", "13 43 25 84" (13 HEALTH), or "132 500" (the ``six``
#: form)
_SHORT_PHONE: Final = re.compile(  # (its "1" read before its look-behind)
    r"1(?<![\w.,].)3(?:[ ]\d{2}[ ]\d{2}(?:[ ]\d{2})?|(?P<six>\d[ ]\d{3}))(?![\w]|[.,]\d)")
#: a North American local number, seven digits split after three: "call 310-4455"
_LOCAL_PHONE: Final = re.compile(r"(?<![\w.,-])[2-9][0-9]{2}-[0-9]{4}(?![\w-]|[.,][0-9])")
#: what stands right before a "132 500" (or a "310-4455") that is a number to ring: a word
#: of calling ("Phone 131 450", "Tel: 131 450"), perhaps with a name between ("phone
#: Centrelink 132 850", "ring the SES hotline 132 500"; the ``called`` group), "on", "at" or
#: "via" after a name or a noun ("Contact TIS National at 131 450"; not "peaked at 131
#: 800"), or a name or a line in apposition ("the SES, 132 500,", "the faults line, 132
#: 090,", "the SES – 132 500 –")
_SIX_DIGIT_LEAD: Final = re.compile(
    r"(?i:\b(?:call|calling|ring|phone|dial|text|tel|telephone|contact)[.:]?)[ ]\Z"
    r"|(?P<called>(?i:\b(?:call|ring|phone|dial|contact))"
    r"(?:[ ][A-Za-z'\N{RIGHT SINGLE QUOTATION MARK}-]+){1,4}[ ]\Z)"
    r"|\b(?P<before>[A-Za-z'\N{RIGHT SINGLE QUOTATION MARK}]+)(?P<comma>,)?[ ](?:on|at|via)[ ]\Z"
    r"|(?P<apposed>(?:\b[A-Z][\w'-]*|\b(?i:line|hotline|helpline|number|lifeline))"
    r"(?:[,:]|(?P<dash>[ ][\N{EN DASH}\N{EM DASH}]))[ ]\Z)")
#: determiners of whom a verb of calling names: "call the SES", "ring your local council"
_WHOM_DETERMINERS: Final = "the|your|their|our|its|an?|local"
#: a verb of calling a little before a number set off by dashes or after ", on": "ring the
#: SES – 132 500 –", "contact police, on 131 444"; capitalised, only before its object ("Call
#: the SES – 132 500 –"; not the noun of "Phone enquiries stayed flat, at 131 200")
_CALLING_VERB: Final = re.compile(
    r"\b(?:call|ring|phone|dial|contact)\b"
    rf"|\b(?:Call|Ring|Phone|Dial|Contact)[ ](?:(?i:{_WHOM_DETERMINERS})\b|[A-Z])")
#: the words after a verb of calling, up to "on", "at" or "via" or the "132 500"
_WHOM_CALLED: Final = re.compile(
    r"[A-Za-z]+(?P<whom>(?:[ ][^ ]+)+?)(?:[ ](?P<prep>on|at|via))?[ ]\Z")
#: the words between a verb of calling and a "132 500" that name whom to ring: names and
#: determiners ("Call Services Australia 132 300", "ring the SES 132 500")
_NAMED_BETWEEN: Final = re.compile(
    rf"(?:[ ](?:[A-Z][\w'\N{{RIGHT SINGLE QUOTATION MARK}}-]*|{_WHOM_DETERMINERS}))+")
#: words between a verb of calling and a "132 500" that make that verb a noun's modifier and
#: the number a count: "Phone sales fell to 131 200", "The call centre handled 132 300"
_COUNTING_BETWEEN: Final = re.compile(
    r"\b(?:[a-z]+ed|hit|fell|rose|grew|was|were|is|are|has|had|have|took|made|saw)\b")
def _apposition_end(uncalled: str) -> "re.Pattern[str]":
    """What ends a number to ring in apposition: "the SES, 132 500, took", "Policelink, 131
    444.", "Lifeline: 131 114 or text", "131 114 or Beyond Blue", "or your local GP", "or
    triple zero" (not "131 800 or just under a quarter of the national total", "132 400 or
    two in five", "131 500 or most of the calls": a bound or a share); ``uncalled`` are the
    words after "or" that end no such number unless a verb of calling comes before it."""
    return re.compile(
        r"[ ]?[,.;)]|\s*\Z|[ ](?:for|if|between|and[ ]ask|[\N{EN DASH}\N{EM DASH}])(?:\b|[ ])"
        r"|[ ]or[ ](?!(?:so|more|less|fewer|nearly|about|almost|around|roughly|half|over"
        r"|under|just|twice|double|thereabouts|close|up|some|most|many|much|approximately"
        r"|slightly|well|at|possibly|perhaps|even|(?:an[ ])?estimated"
        rf"|triple(?![ -](?:zero|0)\b)|{uncalled})\b"
        r"|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)[ -]"
        r"(?:in|out[ ]of|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?"
        r"|tenths?)\b)")


#: spelled numbers from eleven to ninety, which after "or" give a share or an amount
_SPELLED_TEENS_TENS: Final = (r"(?:eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
                              r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)")
#: with no verb of calling before: "Calls in NSW, 132 800 or the most in a decade", "132 500
#: or higher by some estimates", "131 400 or twenty times the usual number", "132 800 or the
#: equivalent in a normal quarter": a count (but "Save the SES number, 132 500 or the
#: equivalent line", "Lifeline, 131 114 or thirteen eleven fourteen" ring)
_APPOSITION_END: Final = _apposition_end(
    r"higher|lower|the[ ](?:most|least|highest|lowest)|(?:a[ ])?record"
    rf"|the[ ]equivalent(?![ ](?:{'|'.join(sorted(_RINGING_SERVICE_NOUNS))}|number)\b)"
    rf"|{_SPELLED_TEENS_TENS}(?![ ](?:{_SPELLED_TEENS_TENS}|one|two|three|four|five|six|seven"
    r"|eight|nine|zero|oh|double)\b)")
#: after a verb of calling: "phone the Poisons Information Centre, 131 126 or higher
#: authorities", "ring the SES, 132 500 or the equivalent service", "call Lifeline, 131 114 or
#: thirteen eleven fourteen" (but still "or higher if", "or the most of", "or a record",
#: "or thirty per cent")
_CALLED_APPOSITION_END: Final = _apposition_end(
    r"(?:higher|lower)(?=[ ](?:if|when|than)\b|[,.;]|\Z)"
    r"|the[ ](?:most|least|highest|lowest|equivalent)[ ]of|a[ ]record(?![ ]of)"
    rf"|{_SPELLED_TEENS_TENS}(?:-[a-z]+)?(?=[ ](?:per[ ]?cent|percent))")


def _short_phones(sentence: Sentence, start: int, end: int) -> List[Tuple[int, int]]:
    """The spans of Australian 13-numbers between ``start`` and ``end``: "Call Lifeline on 13
    11 14", "Ring the SES, 132 500"; a "132 500" counts unless a word of calling, or a name
    it is the number of, stands before it and no noun it counts after it ("handled 135 200
    calls", "In Queensland 135 400 people", "peaked at 131 800 in March")."""
    text = sentence.text
    spans = []
    for found in _SHORT_PHONE.finditer(text, start, end):
        if found.group("six") and not _six_digit_phone(sentence, found):
            continue
        spans.append(found.span())
    return spans


def _local_phones(sentence: Sentence, start: int, end: int) -> List[Tuple[int, int]]:
    """The spans of North American local numbers to ring: "call 310-4455", and another after
    "or" ("call 310-4455 or 555-1234"); not a range of round hundreds ("call 500-1000
    voters", "running at 500-1000 a day")."""
    found = list(_LOCAL_PHONE.finditer(sentence.text, start, end))
    rung = [m for m in found if not (m.group().startswith("00", 1) and m.group().endswith("00"))
            and _six_digit_phone(sentence, m) and not _people_after(sentence, m.end())]
    return [m.span() for m in found
            if m in rung or any(sentence.text[n.end():m.start()] == " or " for n in rung)]


def _people_after(sentence: Sentence, end: int) -> bool:
    """Whether a noun counted by a "250-1500" follows it, which is then a range: "call
    250-1500 voters a night" (not "call 310-4455 weekdays")."""
    noun = counted_noun(sentence, end, None)
    return noun is not None and noun.lower not in _TIMES_TO_RING


#: plural nouns of time after a number to ring: "call 310-4455 weekdays"
_TIMES_TO_RING: Final = lexicon.word_sections("grammar_words.txt")["times_to_ring"]


def _six_digit_phone(sentence: Sentence, found: "re.Match[str]") -> bool:
    """Whether a "132 500" or a "310-4455" is a number to ring (see ``_short_phones``)."""
    text = sentence.text
    lead = _SIX_DIGIT_LEAD.search(text, max(sentence.span[0], found.start() - 40), found.start())
    if lead is None:
        return False
    before = lead.group("before")
    called = lead.group("called")
    whom = _WHOM_CALLED.match(called or "")
    if called and (_COUNTING_BETWEEN.search(called) or whom is None
                   or whom.group("whom").split()[0] in _CALLING_NOUN_HEADS or not (
            whom.group("prep") in ("on", "via") or _NAMED_BETWEEN.fullmatch(whom.group("whom"))
            or whom.group("whom").split()[-1].lower() in _RINGING_SERVICE_NOUNS)):
        return False  # "Phone sales fell to 131 200", "Contact tracers had reached 131 900",
        # "Call centre staff now answer 131 800" (but "call police on 131 444", "call
        # roadside assistance 131 111", "Call Centrelink 132 850", "Contact TIS National at
        # 131 450")
    if before is not None and before.lower() not in _REACHED_WORDS \
            and (before.lower().endswith("ed") or before.lower() in _LEVEL_BEFORE_AT
                 or (lead.group("comma") and not before[:1].isupper()
                     and not _calling_verb_before(sentence, found.start(), 60))):
        return False  # "Calls peaked at 131 800", "stood at 132 000", "were steady, at 131
        # 300": a level (but "can be contacted on 131 114", "The SES, on 132 500,")
    if lead.group("dash") and not _calling_verb_before(sentence, found.start(), 48):
        return False  # "Calls in Victoria – 131 200 – were a record" (but "ring the SES –
        # 132 500 –")
    if lead.group("apposed") and not lead.group().lower().startswith("tel") \
            and not _APPOSITION_END.match(text, found.end()) \
            and not (_CALLED_APPOSITION_END.match(text, found.end())
                     and _calling_verb_before(sentence, found.start(), 60)):
        return False  # "Across NSW, 132 800 homes": a count after a name
    uncounted = sentence.unit_after(found.end()) is None \
        and counted_noun(sentence, found.end(), None) is None
    return uncounted or not (before is not None or lead.group("apposed")
                             or lead.group("called"))


def _calling_verb_before(sentence: Sentence, pos: int, reach: int) -> bool:
    """Whether a verb of calling stands within ``reach`` before ``pos`` with no verb of a
    level or count between, nor a noun it names the kind of: "contact police, on 131 444"
    (not "its phone enquiries stayed flat, at 131 200", "call numbers in Victoria – 131 200
    –")."""
    verbs = [found for found in _CALLING_VERB.finditer(
        sentence.text, max(sentence.span[0], pos - reach), pos)
        if not _calling_noun(sentence, found.end())]  # (not the "call" of "call centre")
    return bool(verbs) and not _COUNTING_BETWEEN.search(sentence.text, verbs[-1].end(), pos)


def _calling_noun(sentence: Sentence, end: int) -> bool:
    """Whether the word of calling ending at ``end`` names the kind of the noun after it:
    "call numbers", "phone queue", "ring road", "dial-up" ([calling_noun_heads])."""
    following = sentence.after(end, 2)
    hyphened = bool(following) and following[0].text == "-"
    if hyphened:
        following = following[1:]
    return bool(following) and following[0].text.islower() and (
        following[0].lower in _CALLING_NOUN_HEADS or (hyphened and following[0].lower == "up"))


#: participles of reaching someone before "on" and a number to ring: "can be contacted on"
_REACHED_WORDS: Final = frozenset(["contacted", "reached", "called", "rung", "phoned",
                                   "dialled", "dialed", "texted", "available", "open"])
#: verbs and nouns before "at" that make the number after it a level: "stood at", "peaks at"
_LEVEL_BEFORE_AT: Final = frozenset(["stood", "stands", "stand", "peak", "peaks", "sits", "sat",
                                     "is", "was", "are", "were", "total", "totals", "hit",
                                     "reach", "reaches", "estimated", "put", "puts"])
#: a British number whose area code has six digits, beside a word of calling: "call 015394
#: 32817" (not "Batch 012345 1500 doses": a code, then a count)
_LONG_AREA_PHONE: Final = re.compile(r"(?<![\w.,])\(?01[0-9]{4}\)?[ ][0-9]{4,5}(?![\w]|[.,]\d)")
#: a time zone's offset: "All times are GMT+2", "UTC\N{MINUS SIGN}5", "UTC+05:30"
_ZONE_OFFSET: Final = re.compile(
    r"\b(?:UTC|GMT|CET|CEST|BST|EST|EDT|PST|PDT|AEST|IST)[ ]?[-+\N{MINUS SIGN}]"
    r"[0-9]{1,2}(?:[:.][0-9]{2})?\b(?![.,]?[0-9]*[ ]?%)")
#: the words that a zone's offset follows (lower case, as a sentence's vocabulary holds them)
_ZONE_WORDS: Final = frozenset(["utc", "gmt", "cet", "cest", "bst", "est", "edt", "pst", "pdt",
                                "aest", "ist"])
#: references to sources in square brackets: "[8]", "[3,7,15\N{EN DASH}18]" (not "[0.12, 0.50]",
#: nor thousands: "[250,000]")
_CITATION_MARK: Final = re.compile(
    r"\[[0-9]{1,3}(?:[ ]?(?:,(?![0-9]{3}\b)|[\N{EN DASH}-])[ ]?[0-9]{1,3})*\](?![0-9])")
#: an airliner's type and variant: "the 787-9", "B747-8F", "A350-1000", "A321-200" (a range
#: when a plural noun follows: "737-800 jobs")
_AIRLINER_TYPE: Final = r"(?:B?7[0-9]7|A3[0-9]{2}|A2[0-9]{2})-[0-9]{1,4}(?:[A-Z]{1,3})?"
_AIRLINER_VARIANT: Final = re.compile(r"(?<![\w.,-])" + _AIRLINER_TYPE + r"(?![\w.,-])")
#: the same before a comma or a stop, in a sentence with a word of flying: "a Boeing 747-8F,
#: landed" (not "the crowd at 737-760, well short")
_AIRLINER_VARIANT_BEFORE_STOP: Final = re.compile(
    r"(?<![\w.,$\N{POUND SIGN}\N{EURO SIGN}-])" + _AIRLINER_TYPE + r"(?![\w-]|[.,][0-9])")
#: "took 3 for 21", "were 187 for 6": wickets for runs, runs for wickets, in cricket copy
_WICKETS: Final = re.compile(r"(?<![\w.,])(\d{1,3})[ ]for[ ](\d{1,3})(?![\w%]|[.,]\d)")
_CRICKET_WORDS: Final = lexicon.word_sections("not_claims.txt")["cricket_words"]
#: every word whose presence in a sentence opens one of masked_spans' searches: the sentence's
#: vocabulary is met with it once, and each search then asks only the few words found
_MASK_WORDS: Final = frozenset().union(
    _BRAND_OPENERS, _PREFIX_VERBS, _BALL_WORDS, _CALL_WORDS, _PHONE_WORDS, _BRITISH_GRADES,
    _STREET_TYPES,
    _CRICKET_WORDS,
    _EXCHANGES,
    _GARMENTS, _GOLF_WORDS, _HOUR_WORDS, _IDENTIFIER_WORDS, _PLATE_WORDS,
    _US_WORD, _DRAW_WORDS,
    _LISTING_SUFFIXES, _MODEL_FAMILIES, _NUMBERED_PERIODS, _ODDS_TO_ONE_WORDS,
    _ODDS_WORDS, PLAY_WORDS, _PRODUCT_LINES, _SECONDS,
    _SHIRT_WORDS, _SHORT_CODE_WORDS, _SPOKEN_CENTURIES, _WEB_WORDS,
    _WINNERS, _YEAR_LEADS, _MONTHS_AND_SEASONS, _ZONE_WORDS, _TO_THE_HOUR, _CLOCK_MINUTES,
    _CLOCK_CUES, _ERA_WORDS,
    _CLIMBING_WORDS,
    ["'", "\N{RIGHT SINGLE QUOTATION MARK}", "-", "\N{EN DASH}", "[", "§", "f", "m", "r", "s",
     "u", "n", "e", "w", "c", "age", "buy", "class", "code", "codes", "half", "min", "mins", "par",
     "periodic", "res", "rule", "star", "thousand", "under", "past", "to", "for", "seat", "seats",
     "sat", "hours", "guineas", "o'clock", "o\N{RIGHT SINGLE QUOTATION MARK}clock", "paye", "l",
     "pounder", "pounders"],
    _ISOTOPE_WORDS)
#: a record written after a verb of going: "went 1-9", "have gone 5-1-2"
_RECORD_VERBS: Final = frozenset(["went", "gone", "go", "goes", "going"])
#: verbs of a team's record moving, after a team's name and before "to": "Jets fall to 2-5"
_RECORD_MOVES: Final = frozenset(["fall", "falls", "fell", "drop", "drops", "dropped", "slip",
                                  "slips", "slipped", "improve", "improves", "improved",
                                  "move", "moves", "moved", "climb", "climbs", "climbed"])


def _counts_after_pair(sentence: Sentence, found: "re.Match[str]") -> bool:
    """ "expected to win 30-40 seats", "a lead of 5-7 points": a pair before a plural noun it
    counts (or a unit) is a range of amounts, not a score ("a 3-2 win" is one)."""
    first, _, second = found.group().replace("\N{EN DASH}", "-").partition("-")
    if "-" in second or int(first) >= int(second):
        return False  # a descending pair is a score: "won 2-1 thanks to", "voted 6-3 years"
    if sentence.unit_after(found.end()) or sentence.unit_before(found.start()):
        return True  # "30-40 seats", "Rs 300-400 crore after the firm lost"
    scale = sentence.after(found.end(), 1)
    if scale and scale[0].start == found.end() + 1 and is_scale_word(scale[0].lower):
        return True  # "300-400 crore", "5-6 million after they lost"
    noun = _plural_noun_next(sentence, found.end(), Decimal(2))
    if noun is None and sentence.text[found.end():found.end() + 1] == " " \
            and sentence.text[found.end() + 1:found.end() + 2].isupper():
        noun = counted_noun(sentence, found.end(), Decimal(2))  # "10-12 Leopard tanks"
        return noun is not None \
            and units.singular(noun.lower) not in lexicon.load().not_claims["score_nouns"]
    return noun is not None and sentence.gap(found.end(), noun.start) == " " \
        and units.singular(noun.lower) not in lexicon.load().not_claims["score_nouns"]


def _record_by_position(sentence: Sentence, found: "re.Match[str]") -> bool:
    """A bare "1-9" in a sentence with no word of scores that is still a win-loss record:
    after a verb of going ("went 1-9"), after a team's name and a verb of its record moving
    ("Jets fall to 2-5"), or set off by commas after a name ("The Hawks, 1-9, host the
    Bears")."""
    if _counts_after_pair(sentence, found):
        return False  # "went 10-15 minutes over"
    noun = sentence.after(found.end(), 1)
    if noun and noun[0].start == found.end() + 1 \
            and noun[0].lower in lexicon.load().not_claims["match_nouns"]:
        return True  # "Saturday's 2-1 derby", "a 3-0 drubbing": the score of a match
    before = sentence.before(found.start(), 2)
    if before and before[-1].lower in _RECORD_VERBS:
        return True
    moved = sentence.before(found.start(), 3)
    if len(moved) == 3 and moved[2].lower == "to" and moved[1].lower in _RECORD_MOVES \
            and moved[0].text.istitle() and moved[0].text.endswith("s"):
        return True  # "Jets fall to 2-5", "The Lakers improved to 12-3": a team's record
    if before and before[-1].lower == "from" and _DEFICIT_AFTER.match(sentence.text, found.end()) \
            and all(int(n) <= 20 for n in re.findall(r"[0-9]+", found.group())):
        return True  # "rallied from 0-3 down in the third set": a score she trailed by
    return len(before) == 2 and before[-1].text == "," and before[-2].text[:1].isupper() \
        and sentence.text[found.end():found.end() + 1] == ","


#: "down" after a score of small numbers, then the end of its phrase: "from 0-3 down in the
#: third set" (not "fell from 10-12 down to 8", "cut from 40-45 down,": levels)
_DEFICIT_AFTER: Final = re.compile(r"[ ]down(?:[ ](?:in|at|against|and)\b|[,.;]|\Z)")


@lru_cache(maxsize=None)
def month_names() -> Tuple[str, ...]:
    """Month names and abbreviations without their full stop, longest first (for regexes)."""
    return tuple(sorted({m.rstrip(".") for m in lexicon.load().not_claims["months"]},
                        key=lambda m: (-len(m), m)))


@lru_cache(maxsize=None)
def full_month_names() -> FrozenSet[str]:
    """Month names written in full: those the word list gives no abbreviating full stop.

    >>> sorted(full_month_names())[:3]
    ['april', 'august', 'december']
    """
    months = lexicon.load().not_claims["months"]
    return frozenset(m for m in months if not m.endswith(".") and m + "." not in months)


def month_pattern() -> str:
    """A regex for a month name or abbreviation and its optional full stop ("Sept.")."""
    return r"(?:" + "|".join(map(re.escape, month_names())) + r")\.?"


@lru_cache(maxsize=None)
def _season_short_year() -> "re.Pattern[str]":
    """A year in two digits after a month or a season: "Dec '24", "spring '23"."""
    return re.compile(rf"\b(?:{month_pattern()}|spring|summer|autumn|fall|winter)[ ]"
                      rf"(['\N{{RIGHT SINGLE QUOTATION MARK}}][0-9]{{2}})(?![\w%'])",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def date_matcher() -> "re.Pattern[str]":
    """Calendar dates written with a month name: "Sept. 20-24", "July 4, 2016", "17 Jan"."""
    month = month_pattern()
    day = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"  # (no "June 34": a table's cell)
    # a date starts with a digit or a month's first letter: a quick miss everywhere else
    first = "".join(sorted({m[0] for m in month_names()} | set("0123456789")))
    return re.compile(
        rf"""
        (?=[{first}])(?:
        \b{month}[ ]{day}(?![.]\d|%|,\d{{3}}(?!\d))  # not "APR 19.9%", "Jan 12,350"
          (?:[-\N{{EN DASH}}]\d{{1,2}})?(?:,?[ ]\d{{4}})?(?!\w)   # Sept. 20-24, 2019
          (?:[ ](?:and|to|through|until|till)[ ]{day}    # "October 3 and 7", "May 4 to 9"
             (?![\w.,]?\d|[ ]+(?:people|men|women|children|[a-z]+s)\b))?  # not "and 6 people"
        | (?<!\d[.,])                      # not the end of a longer number: "37,305.97 Feb"
          \b{day}(?:[-\N{{EN DASH}}]\d{{1,2}})?[ ](?:of[ ])?{month}   # 17 Jan, 17-19 of May
          (?:,?[ ]\d{{4}})?(?!\w)                                     # ... 2025
        )""",
        re.VERBOSE | re.IGNORECASE,
    )


#: how many words before "per" the amount of a rate may stand: "12 nurses per 150 beds"
_RATE_REACH = 4


def _amount_before_per(sentence: Sentence, per: Word) -> bool:
    """A number in the few words before "per", in its clause: "12 nurses per 150 beds" (but
    not "Figure 2: Deaths per 100,000")."""
    for word in reversed(sentence.before(per.start, _RATE_REACH)):
        if word.text[-1:].isdigit():
            return True
        if not word.text[:1].isalnum():
            return False
    return False


#: words of courts and of the news of people, beside which "Name Surname (31)" is an age
_PEOPLE_NEWS_WORDS: Final = lexicon.word_sections("grammar_words.txt")["people_news_words"]


def bracketed_age(numeral: Numeral, sentence: Sentence) -> bool:
    """ "Kelly Marsh (31) was jailed": a grown person's age in brackets after a name of two
    capitalised words, in a sentence of the courts or of people's news (not "Chelsea (3)")."""
    before = sentence.before(numeral.start, 3)
    return numeral.text.isdigit() and 16 <= numeral.value < 100 and len(before) == 3 \
        and before[-1].text == "(" and sentence.text[numeral.end:numeral.end + 1] == ")" \
        and before[0].text.istitle() and before[1].text.istitle() \
        and before[0].text.isalpha() and before[1].text.isalpha() \
        and not sentence.vocabulary.isdisjoint(_PEOPLE_NEWS_WORDS)


#: what joins the days of a span of dates: "between 3 and 10 March", "12-15 June"
_DAY_RANGE_WORDS = frozenset(["and", "or", "to", "until", "till", "through", "-", "\N{EN DASH}",
                              ","])
_DAY: Final = r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
#: the days after the first of a span or list of dates: "3 and 10 March", "3, 4 and 5 June"
_DAY_RANGE = re.compile(rf"(?:[ ]?,[ ]?{_DAY}){{0,8}}[ ]?,?[ ]?(?:[-\N{{EN DASH}}]|and|or|to|until"
                        rf"|till|through)[ ]?{_DAY}[ ](?P<month>[A-Za-z]+)")


#: words of lifting weights, beside which a small number glued to "RM" is a rep maximum
_LIFTING_WORDS: Final = lexicon.word_sections("grammar_words.txt")["lifting_words"]


#: what a rep maximum stands after or before: "a new 1RM", "80% of 1RM", "a 3RM squat"
_REP_MAX_BEFORE: Final = frozenset(["a", "new", "my", "his", "her", "your", "their", "of",
                                    "estimated", "the", "true", "squat", "bench", "deadlift",
                                    "press", "lift", "hit"])
_REP_MAX_AFTER: Final = re.compile(
    r"[ ](?:of|on|squat|bench|deadlift|press|test|max|lift|attempt|weight|load|went|is|was)"
    r"\b|:")


def _repetition_maximum(numeral: Numeral, sentence: Sentence) -> bool:
    """ "a new 1RM of 140 kg", "80% of 1RM" in a sentence of lifting: the most lifted so many
    times, no ringgit (but "The 2kg dumbbells cost 3RM each")."""
    if not numeral.text.isdigit() or numeral.value > 20 \
            or sentence.text[numeral.end + 2:numeral.end + 3].isalnum() \
            or sentence.vocabulary.isdisjoint(_LIFTING_WORDS):
        return False
    before = sentence.before(numeral.start, 1)
    return (bool(before) and before[0].lower in _REP_MAX_BEFORE) \
        or sentence.text[numeral.start - 2:numeral.start] == "% " \
        or _REP_MAX_AFTER.match(sentence.text, numeral.end + 2) is not None


#: dimensions of a month's average in a climate table: "Jan 12°C", "Nov 18 mm"
_CLIMATE_DIMENSIONS: Final = frozenset(["temperature", "length"])


def _climate_after(sentence: Sentence, end: int) -> bool:
    """Whether a temperature or a depth follows ``end`` (a month's average, no date)."""
    unit = sentence.unit_after(end)
    return unit is not None and unit.dimension in _CLIMATE_DIMENSIONS


def _money_after_label(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether money follows a number grouped in thousands after a label word: "low season
    1,800 THB" (a label's number is never grouped)."""
    unit = sentence.unit_after(numeral.end)
    return "," in numeral.text and unit is not None and unit.dimension == "currency"


#: words before "half" that make it a period or a part: "the first half", "the other half"
_HALF_NAMERS: Final = frozenset(["the", "first", "second", "this", "that", "latter", "former",
                                 "other", "each", "bottom", "top", "back", "front", "whole"])
#: a number and the letters glued to it: "401k", "340B"
_NAME_TOKEN: Final = re.compile(r"[0-9]+[A-Za-z]+\b")
#: words of heat, beside which "80C" is a temperature, no section of India's Income Tax Act
_HEAT_TALK: Final = lexicon.word_sections("grammar_words.txt")["kelvin_cues"] | frozenset(
    ["engine", "chip", "cpu", "gpu", "hot", "heat", "warm", "cool", "oven", "water", "safe",
     "load", "fever", "weather", "hood"])
#: determiners before a plan's name, and a word after it: "his 401k", "the 340B program"
_OWNING_WORDS: Final = frozenset(["the", "a", "my", "his", "her", "their", "our", "your",
                                  "its", "under", "section"])
_WORD_AFTER: Final = re.compile(r"[ ][a-z]")
#: plans and programmes named by a number and a letter (not_claims.txt)
_NUMBERED_NAMES: Final = lexicon.word_sections("not_claims.txt")["numbered_names"]


def _numbered_name(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the number and its letter name a plan or programme, no money marked."""
    name = _NAME_TOKEN.match(sentence.text, numeral.start)
    if name is None or name.group().lower() not in _NUMBERED_NAMES \
            or sentence.unit_before(numeral.start) is not None \
            or sentence.unit_after(name.end()) is not None:
        return False
    if name.group().lower().startswith("80") and not sentence.vocabulary.isdisjoint(
            _HEAT_TALK):
        return False  # a tax section only where no heat is spoken of ("Temperatures under
        # 80C", "The engine ran at 80C")
    before = sentence.before(numeral.start, 1)
    return (bool(before) and before[0].lower in _OWNING_WORDS) \
        or _WORD_AFTER.match(sentence.text, name.end()) is not None  # (not "fell to 340B")


#: dimensions of a measure after a label word's number that make it no label: "Bill 42 mm"
_LABELLED_MEASURES: Final = frozenset(["length", "mass", "volume", "area"])


def _identifier_label(before: Sequence[Word]) -> bool:
    """Whether a word naming an identifier stands before the colon that ends ``before``,
    perhaps with "no.", "number" or "#" between: "Batch No:", "Serial:", "Order number:"."""
    words = [w.lower for w in before[-4:-1] if w.lower not in ("no", "no.", ".", "number", "#")]
    return bool(words) and words[-1] in lexicon.load().not_claims["identifier_labels"]


def _moved_to(before: Sequence[Word]) -> bool:
    """Whether "to" before a label follows a verb of moving: "moved to stage 3", "raised to
    level 2" (a destination, no verb "to stage")."""
    return len(before) > 2 and before[-2].lower == "to" and before[-3].lower in _MOVING_VERBS


#: verbs of moving to a labelled stage: "moved to stage 3 restrictions"
_MOVING_VERBS: Final = frozenset(["moved", "move", "moves", "moving", "went", "go", "goes",
                                  "raised", "lowered", "promoted", "relegated", "upgraded",
                                  "downgraded", "escalated", "returned", "back"])


#: labels of documents, after which a glued capital letter ends the label: "section 11C"
_DOCUMENT_LABELS: Final = frozenset(["section", "sections", "article", "articles", "clause",
                                     "paragraph", "para", "rule", "regulation", "schedule",
                                     "part", "chapter", "annex", "appendix"])


def _code_letter(numeral: Numeral, unit: units.UnitMatch, label: str = "") -> bool:
    """Whether the unit after a number of three digits or more, or any after a document's
    label, is one capital letter glued to it, as the end of a code writes it: the "C" of
    "Date code 3112C", "section 11C"."""
    return unit.start == numeral.end and len(unit.text) == 1 and unit.text.isupper() \
        and (len(numeral.text) >= 3 or label in _DOCUMENT_LABELS) and numeral.text.isdigit()


def _measure_after_label(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a physical measure follows the number after a label word: "Bill 42 mm long",
    or the other end of a range does: "in rows 3 to 4 feet apart" (but "Stope 14C" stays a
    label)."""
    unit = sentence.unit_after(numeral.end)
    if unit is not None and _code_letter(numeral, unit):
        return False  # "Date code 3112C": a code's letter, no heat
    if unit is None:
        other_end = _RANGE_TO_DIGITS.match(sentence.text, numeral.end)
        unit = sentence.unit_after(other_end.end()) if other_end is not None else None
    return unit is not None and unit.dimension in _LABELLED_MEASURES


#: the rest of a range up to its other end, or of a size to its last side: " to 4", "-8", " –
#: 6.5", " x 40 x 30"
_RANGE_TO_DIGITS: Final = re.compile(
    r"(?:[ ]?[-\N{EN DASH}][ ]?|[ ]to[ ])[0-9]+(?:\.[0-9]+)?"
    r"|(?:[ ]?[x\N{MULTIPLICATION SIGN}][ ]?[0-9]+(?:\.[0-9]+)?){1,2}")  # ("size 60 x 40 cm")


#: the most meetings of a treaty's parties held yet, the largest "MOP" number one names
_MEETINGS_HELD: Final = 60
#: words of treaty meetings, beside which "MOP 10" is a meeting, no patacas
_MEETING_WORDS: Final = frozenset(["delegates", "meeting", "protocol", "parties", "convention",
                                   "conference", "summit", "treaty", "cop", "negotiators"])


def _votes_against(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether "No" before the number is the side of a vote: "Yes 184,221, No 148,302"."""
    percent = sentence.text[numeral.end:numeral.end + 1] == "%"
    return "yes" in sentence.vocabulary and (
        "," in numeral.text or numeral.value >= 1000 or percent)


def _second_day(before: Sequence[Word], months: FrozenSet[str]) -> bool:
    """Whether a month and a day, then a dash or a word of a span, come right before: "May
    20-22", "June 3–5", "from March 26 to 27" (a lower-case "may" is a verb)."""
    return len(before) >= 3 and (
        (before[-1].text in ("-", "–") and before[-2].end == before[-1].start)
        or before[-1].lower in _DAY_SPAN_WORDS) \
        and before[-2].text.isdigit() and 1 <= int(before[-2].text) <= 31 \
        and before[-3].lower in months and before[-3].text != "may"


def _bare_day(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether nothing after the number makes it an amount: no unit, no percent sign, no
    counted noun ("from June 3 to 5%", "March 3 and 4 people" are amounts)."""
    return not sentence.unit_after(numeral.end) \
        and sentence.text[numeral.end:numeral.end + 1] != "%" \
        and counted_noun(sentence, numeral.end, numeral.value) is None


#: words between the first and the last day of a span: "from March 26 to 27"
_DAY_SPAN_WORDS: Final = frozenset(["to", "and", "through", "thru", "until", "till"])


def _first_day(numeral: Numeral, sentence: Sentence, months: FrozenSet[str]) -> bool:
    """ "between 3 and 10 March", "from 12 to 15 June", "on 3, 4 and 5 June": a day before
    the last of a span or list of dates."""
    found = _DAY_RANGE.match(sentence.text, numeral.end)
    return found is not None and found.group("month").lower() in months \
        and found.group("month") != "may" \
        and sentence.unit_before(numeral.start) is None  # (not "£15 until 1 March": a price,
    # nor "aged 16 to 18 may apply": a verb)


#: the percentages said of conviction: "100% sure", "110 per cent committed", "a thousand
#: percent behind him"
_WHOLEHEARTED: Final = frozenset([Decimal(100), Decimal(110), Decimal(1000)])
#: a percent sign or word, and the word right after it
_PERCENT_THEN_WORD: Final = re.compile(r"[ ]?(?:%|per[ ]?cent\b)[ ](?P<word>[A-Za-z]+)",
                                       re.IGNORECASE)


def _thread_jargon(numeral: Numeral, before: Sequence[Word], after: Sequence[Word],
                   sentence: Sentence) -> bool:
    """ "+1, same issue here" (a reply that agrees) and "my 2 cents" (an opinion): numbers
    of a forum's idioms, which count nothing."""
    if numeral.text == "+1":
        return numeral.start == sentence.span[0] and (
            not after or not after[0].text.isalnum() or after[0].lower in ("to", "for", "on"))
    return numeral.value == 2 and bool(before) and before[-1].lower == "my" \
        and bool(after) and after[0].lower == "cents"


def _conviction(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a whole-hearted percentage says how sure or committed someone is: "one
    hundred percent sure", "110 per cent behind the manager", "gave 110 percent to this
    city"."""
    found = _PERCENT_THEN_WORD.match(sentence.text, numeral.end)
    verb = sentence.before(numeral.start, 1)
    if verb and verb[0].lower in _EFFORT_VERBS and numeral.value != 1000:
        # "gave 110 percent to this city" (not "gave 100% of the grant", "gives 100 percent
        # tax relief", "gave 100 loans")
        return _PERCENT_ENDING.match(sentence.text, numeral.end) is not None
    if found is not None and found.group("word").lower() in ("agreed", "recommended") \
            and verb and verb[0].lower in ("i", "we", "she", "he", "they", "you"):
        return True  # "She 100% agreed": how sure (but "100% agreed to the rules": a share)
    return found is not None and found.group("word").lower() in \
        lexicon.load().not_claims["conviction_words"] \
        and not (verb and verb[0].lower in lexicon.load().changes)  # "jumped 110% behind
    # strong sales": a rise


#: a percentage that ends its phrase: "110 percent to", "100%."
_PERCENT_ENDING: Final = re.compile(
    r"[ ]?(?:%|per[ ]?cent\b)(?:[ ]?[.,;!]|[ ](?:to|for|in|on|every|each|at|and|but)\b|\Z)",
    re.IGNORECASE)
#: verbs of effort before a whole-hearted percentage: "She gave 110 percent to this city"
#: (not "gave 100% of the grant")
_EFFORT_VERBS: Final = frozenset(["gave", "give", "gives", "giving"])
#: nouns that a spoken "a thousand" or "a million" multiplies for effect ("a million
#: reasons"; "a million ideas" may be counted), and the verbs of saying before "a thousand
#: times" (not "repeated the test a hundred times")
_RHETORICAL_NOUNS: Final = frozenset(["reasons", "excuses"])
_TELLING_VERBS: Final = frozenset(["told", "said", "asked", "warned", "explained", "wondered",
                                   "thought"])
#: the round numbers that speech multiplies for effect, and the least of them that "in ...
#: years" may say for effect ("never in a million years")
_EMPHATIC_ROUNDS: Final = frozenset([Decimal(100), Decimal(1000), Decimal(10) ** 6,
                                     Decimal(10) ** 9])
_MILLION: Final = Decimal(10) ** 6


def _rhetorical(numeral: Numeral, before: Sequence[Word], after: Sequence[Word],
                sentence: Sentence) -> bool:
    """A spelled number said for effect: "told you a thousand times", "a million reasons",
    "never in a million years", "One day, this city will" (not "visited a million times",
    "a million jobs", "One day of strikes")."""
    nxt = after[0].lower if after else ""
    if numeral.text.lower() == "one" and numeral.start == sentence.span[0] and nxt == "day":
        return sentence.text[after[0].end:after[0].end + 1] == ","
    if numeral.value not in _EMPHATIC_ROUNDS or not numeral.text[:2].lower() in ("a ", "an"):
        return False
    if nxt == "times":
        return any(w.lower in _TELLING_VERBS for w in before[-3:])
    return nxt in _RHETORICAL_NOUNS or (
        nxt == "years" and numeral.value >= _MILLION and bool(before)
        and before[-1].lower == "in")  # "never in a million years" (but "the worst drought in
    # a thousand years")


#: a code glued before a hyphen: "22-", "10b-", "34-"
_CODE_BEFORE_HYPHEN: Final = re.compile(r"(?<![\w.,-])[0-9][0-9A-Za-z]{0,8}-\Z")


#: digits and capitals glued, then a hyphen: the first part of a code ("5W-", "23V-")
_GLUED_CODE_BEFORE: Final = re.compile(r"(?<![\w.,])[0-9]{1,4}[A-Z]{1,2}-\Z")
#: digits glued to a letter, which make "5M-10M", "20C-25C" a range, no code
_UNIT_LETTER_AFTER: Final = re.compile(r"[0-9.,]+[A-Za-z]")


def _label_continued(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the digits after a hyphen go on a code that a label word opens: "Docket No.
    22-1234", "Rule 10b-5", "Release No. 34-98765" (not "Sentences of 5-10 years")."""
    code = _CODE_BEFORE_HYPHEN.search(sentence.text, max(sentence.span[0], numeral.start - 10),
                                      numeral.start)
    if code is None:
        return False
    before = sentence.before(code.start(), 2)
    words = lexicon.load().not_claims["label_words"]
    if before and _film_speed(numeral, before[-1], sentence):
        return False  # "ISO 100-6400": a range of speeds
    if _measure_after_label(numeral, sentence):
        return False  # "rows 3-4 cm deep": a range of a measure
    return bool(before) and (before[-1].lower in words or (
        before[-1].text == "." and len(before) == 2 and before[0].lower in ("no", "nos")))


#: a label word and the space-separated groups of its code before a number: "number 123
#: 4567 ", "code 20 45 ", "IBAN GB29 NWBK 6016 " (groups of thousands were joined when read)
_CODE_LABEL_WORDS: Final = frozenset(["number", "no", "code", "registration", "account",
                                      "reference", "ref", "iban", "vat", "licence", "license",
                                      "charity"])
_CODE_LABELS: Final = sorted(_CODE_LABEL_WORDS, key=len, reverse=True)
_SPACED_CODE_BEFORE: Final = re.compile(
    r"\b(?i:" + "|".join(map(re.escape, _CODE_LABELS)) + r")\.?(?:[ ][0-9A-Z]{1,8}){1,6}[ ]\Z")
#: how far back such a code may open
_SPACED_CODE_REACH: Final = 48


def _spaced_code(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a plain number goes on a code that a label word opens, in groups separated by
    spaces ("VAT registration number 123 4567 89", "sort code 20 45 77"); not a figure with
    a unit or noun of its own ("Table 4 12 deaths")."""
    if not _SPACED_CODE_BEFORE.search(sentence.text, max(sentence.span[0],
                                                         numeral.start - _SPACED_CODE_REACH),
                                      numeral.start):
        return False
    return _measures_nothing(numeral, sentence)


#: a capitalised word glued by a hyphen after a capitalised number: "Six-Day", "Forty-Niners"
_CAPITALISED_AFTER_HYPHEN: Final = re.compile(r"-[A-Z][a-z]+")


def _capitalised_compound(numeral: Numeral, sentence: Sentence) -> bool:
    """ "The Six-Day War", "the Forty-Niners": a capitalised number word glued by a hyphen
    to a capitalised word that is no number names something, outside a headline in title
    case ("Six-day weeks were normal" counts days)."""
    if sentence.title_case or not numeral.text[:1].isupper():
        return False
    glued = _CAPITALISED_AFTER_HYPHEN.match(sentence.text, numeral.end)
    return glued is not None and parse_number(glued.group()[1:].lower()) is None


def _counted_within_two(sentence: Sentence, numeral: Numeral, after: Sequence[Word]) -> bool:
    """Whether the noun the number counts is one of the two words after it: "The 111
    confirmed deaths" (not "The 999 outage left callers")."""
    noun = counted_noun(sentence, numeral.end, numeral.value)
    return noun is not None and len(after) > 1 and noun.start <= after[1].start and (
        noun.start == after[0].start or after[0].lower not in _SERVICE_COMPOUNDS)
    # (but "The 999 control rooms": a name; "The 112 asylum seekers" are counted)


#: words after an emergency number that make a compound naming its service: "the 999
#: control rooms", "111 call handlers" (not_claims.txt)
_SERVICE_COMPOUNDS: Final = lexicon.word_sections("not_claims.txt")["emergency_services"] \
    | lexicon.word_sections("not_claims.txt")["emergency_compounds"]


_QUARTER: Final = Decimal("0.25")
#: verbs in -s that look like plural nouns: "It costs a quarter" (grammar_words.txt)
_S_VERBS: Final = lexicon.word_sections("grammar_words.txt")["s_verbs"]
#: how many words may stand between an amount and "a quarter" that makes it a rate
_PERIOD_OBJECT_WORDS: Final = 4


def _quarter_as_period(numeral: Numeral, sentence: Sentence) -> bool:
    """ "sells 2 million phones a quarter", "$1.2 billion in dividends a quarter": "a
    quarter" ending a clause after an amount and its plural object is each quarter (but
    "and profits a quarter" leaves out the verb of a change by a fourth)."""
    if numeral.text.lower() != "a quarter" or not ends_clause(sentence, numeral.end):
        return False
    before = sentence.before(numeral.start, _PERIOD_OBJECT_WORDS + 1)
    if not before or not is_plural_word(before[-1].lower) or before[-1].lower in _S_VERBS:
        return False
    for word in reversed(before[:-1]):
        if word.text[:1].isdigit() or word.lower in VAGUE_SCALES:
            return True
        if not word.text.isalpha() or word.lower in ("and", "or", "but", "while"):
            return False
    return False


#: the letters glued after digits that leave them a number: decades, scales, "3x" (read
#: elsewhere)
_GLUED_KEEPERS: Final = frozenset(["s", "x", "k", "m", "b"])
#: lower-case letters glued after whole digits that make a name: one letter ("3i", "the
#: 320d", "clade 1b", "a 7a+ climb"), a team's "-er" ("49ers"), or a word of five letters
#: or more ("4imprint"), or a drive's wheels ("a 4wd pickup"); not a rate ("£45pppn") nor a
#: unit ("460ppi", "100kva")
_GLUED_LETTERS: Final = re.compile(r"(?:[a-z]|ers?|wd|[a-z]{5,})(?![\w-]|[.,]\w)")


#: words of a card or an account whose last digits "ending" names
_CARD_WORDS: Final = frozenset(["card", "visa", "mastercard", "amex", "debit", "credit",
                                "account", "acct"])


def _card_ending(sentence: Sentence, before: Sequence[Word]) -> bool:
    """Whether "ending" (or "ending in") follows a card's or an account's name."""
    words = [w.lower for w in before]
    if words[-1] == "in":
        words = words[:-1]
    return len(words) >= 2 and words[-1] == "ending" and words[-2] in _CARD_WORDS


#: a surveyor's grid and level suffixes after a number: "6,841,220 mN", "412,330 mE",
#: "880 mRL", "-230 mAHD"
_SURVEY_SUFFIX: Final = re.compile(r"[ ]?m(N|E|RL|AHD|ASL)\b")
#: the least northing or easting a grid gives; a smaller number before "mN" is millinewtons
_SMALLEST_GRID_COORDINATE: Final = 10_000


def _survey_mark(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a surveyor's suffix follows the number: a place on a grid, not an amount."""
    found = _SURVEY_SUFFIX.match(sentence.text, numeral.end) \
        if sentence.text[numeral.end:numeral.end + 2].lstrip()[:1] == "m" else None
    return found is not None and (found.group(1) not in ("N", "E")
                                  or numeral.value >= _SMALLEST_GRID_COORDINATE)


def _glued_name(numeral: Numeral, sentence: Sentence, after: Sequence[Word]) -> bool:
    """ "3i", "4imprint", "the 320d": whole digits glued to lower-case letters that are no
    unit or scale name a company, a model or a grade; so do digits before a company's
    capitalised suffix ("888 Holdings"; but "3 groups")."""
    if after and after[0].text in _COMPANY_SUFFIXES and after[0].start == numeral.end + 1 \
            and not (len(after) > 1 and after[1].text.isalpha() and after[1].lower.endswith("s")
                     and not after[1].lower.endswith("ss")) \
            and not _DETERMINER_BEFORE.search(sentence.text, max(0, numeral.start - 8),
                                              numeral.start):
        return True  # (but "12 Group companies", "The firm's 400 Partners" count)
    glued = _GLUED_LETTERS.match(sentence.text, numeral.end)
    return glued is not None and numeral.text.isdigit() \
        and glued.group() not in _GLUED_KEEPERS \
        and sentence.text[numeral.start - 1:numeral.start] not in _MONEY_SIGNS \
        and sentence.unit_after(numeral.end) is None


#: a determiner or possessive right before a number: "the firm's 400 Partners"
_DETERMINER_BEFORE: Final = re.compile(r"(?:\b(?:the|its|their|our|his|her)|'s)[ ]\Z",
                                       re.IGNORECASE)
#: capitalised words that end a company's name (not_claims.txt)
_COMPANY_SUFFIXES: Final = lexicon.word_sections("not_claims.txt")["company_suffixes"]


def _resource_class(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the number is 1, 2 or 3 with a capital C glued after it and nothing more:
    "2C" (a class of contingent resources, or 2 degrees Celsius)."""
    return numeral.text in ("1", "2", "3") \
        and sentence.text[numeral.end:numeral.end + 1] == "C" \
        and not sentence.text[numeral.end + 1:numeral.end + 2].isalnum()


#: a class of contingent resources (or a temperature): three of them make a list of classes
_RESOURCE_CLASS: Final = re.compile(r"\b[1-3]C\b")
#: words of oil and gas resources, beside which "1C", "2C", "3C" are classes of contingent
#: resources, no temperatures (not_claims.txt)
_RESOURCE_CUES: Final = lexicon.word_sections("not_claims.txt")["resource_cues"]


#: the rest of a range after its first number: "-4", " to 4", "–4.5"
_RANGE_REST: Final = re.compile(r"[ ]?(?:-|\N{EN DASH}|to)[ ]?[0-9][0-9.]*")


def _range_to_a_unit(sentence: Sentence, end: int) -> bool:
    """Whether a range goes on after the number to a second number with a unit: the "-4
    g/t" of "grades of 3-4 g/t"."""
    rest = _RANGE_REST.match(sentence.text, end)
    return rest is not None and sentence.unit_after(rest.end()) is not None


def _glued_measure(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a unit of measure is glued by a hyphen after the number: "three-minute"."""
    unit = sentence.unit_after(numeral.end)
    return unit is not None and unit.start == numeral.end + 1 \
        and unit.dimension not in _NO_MEASURE_DIMENSIONS and not denomination(sentence, unit.end)


#: dimensions of units that measure no size of a thing ("two-bedroom", "five-star")
_NO_MEASURE_DIMENSIONS: Final = frozenset(["count", "dimensionless", "currency"])


#: what a prefix with a leading zero numbers: "0808 numbers", "0845 lines"
_PREFIXED_NOUNS: Final = frozenset(["number", "numbers", "line", "lines", "prefix",
                                    "prefixes", "code", "codes"])


def _year_then_name(numeral: Numeral, sentence: Sentence) -> bool:
    """A year after a preposition of time, before a capitalised unit named after a person and
    a verb in the past, which names that person: "In 1687 Newton published", "in 1820 Ampere
    showed" (but "A 1000 Watt microwave", "In 1000 Watt mode" are power)."""
    if not _year_shaped(numeral) or not sentence.text[numeral.end + 1:numeral.end + 2].isupper():
        return False
    following = sentence.after(numeral.end, 2)
    before = sentence.before(numeral.start, 1)
    return len(following) == 2 and following[0].lower in _NAMED_UNITS \
        and following[0].text[0].isupper() and bool(before) \
        and before[0].lower in ("in", "by", "since", "until", "around", "from", "after", "before") \
        and (following[1].lower.endswith("ed") or following[1].lower in _PAST_VERBS)


#: verbs in the past without "-ed", after a name that a year opens: "In 1905 Tesla built"
_PAST_VERBS: Final = frozenset(["wrote", "built", "made", "found", "began", "became", "gave",
                                "took", "won", "was", "had", "saw", "met", "left", "went",
                                "drew", "ran", "led", "sent", "set", "showed", "shown"])
#: units named after people, whose capitalised name after a year is the person
_NAMED_UNITS: Final = frozenset(["newton", "ampere", "kelvin", "watt", "pascal", "joule",
                                 "tesla", "volta", "ohm", "hertz", "celsius", "fahrenheit",
                                 "faraday", "coulomb", "henry", "gauss", "weber", "siemens"])


def _money_table_cell(numeral: Numeral, sentence: Sentence, separators: str = ",.") -> bool:
    """A figure with a separator after a money scale header: a cell of a table of money
    ("(£000) Highways 48,200", "£m: Adults 142.3"; names carry no separators, and labels
    no thousands: "section 4.2" stays a label)."""
    return any(mark in numeral.text for mark in separators) \
        and after_scale_header(sentence, numeral.start)


def _minute_stamp(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a number marked with a prime is a match's minute: before a capitalised word,
    opening a live blog's line or in a sentence about a match ("12' Booking for Rice"), or
    listed with others in a sentence about a match ("Isak 9', 47', 63'"; not "Buy 8', 10'
    or 12' lengths", "Sale: 20' Container")."""
    match = not sentence.vocabulary.isdisjoint(_MATCH_WORDS)
    if _CAPITAL_AFTER_PRIME.match(sentence.text, numeral.end):
        return match or numeral.start == sentence.span[0]  # (not "Sale: 20' Container")
    return match and (
        _LISTED_MINUTE_AFTER.match(sentence.text, numeral.end) is not None
        or _LISTED_MINUTE_BEFORE.search(sentence.text, max(sentence.span[0],
                                                           numeral.start - 8),
                                        numeral.start) is not None)


#: a prime, then a capitalised word: "78' Double change"
_CAPITAL_AFTER_PRIME: Final = re.compile(r"['\N{RIGHT SINGLE QUOTATION MARK}][ ][A-Z]")
#: minutes listed after a prime: "9', 47'"
_LISTED_MINUTE_AFTER: Final = re.compile(
    r"['\N{RIGHT SINGLE QUOTATION MARK}],[ ]?[0-9]{1,3}['\N{RIGHT SINGLE QUOTATION MARK}]")
_LISTED_MINUTE_BEFORE: Final = re.compile(
    r"[0-9]['\N{RIGHT SINGLE QUOTATION MARK}],[ ]?\Z")
#: words of a match, beside which listed primes are minutes (not_claims.txt)
_MATCH_WORDS: Final = lexicon.load().not_claims["match_words"]
#: what is named by its last four digits: "Card number ending 4417" (not "The Dow fell
#: sharply, ending 1200 points lower")
_NUMBERED_ACCOUNTS: Final = frozenset(["card", "cards", "account", "accounts", "iban",
                                       "cheque", "check", "policy", "phone", "mobile",
                                       "number", "reference"])
#: capitals then digits glued after a number: the rest of a code ("24MRD003")
_CODE_AFTER_DIGITS: Final = re.compile(r"[A-Z]{2,6}[0-9]")
#: the slash of a thread's counter after the number opening a post: "1/ ", "3/n "
_THREAD_COUNTER_AFTER: Final = re.compile(r"/n?(?:[ ]|\Z)")
#: a period of a schedule is named by its number after one of these ("by year 3"), up to
#: _LAST_SCHEDULE_PERIOD
_SCHEDULE_LEADS: Final = frozenset(["in", "by", "from", "until", "till", "through", "during",
                                    "before", "after", "of", "to", "for", "on"])
_LAST_SCHEDULE_PERIOD: Final = 50
#: periods of a schedule named by their number: "year 3", "years 4 and 5", "week 2"
_SCHEDULE_PERIODS: Final = frozenset(["year", "years", "week", "weeks", "day", "days"])


def _runway(numeral: Numeral, prev: str, sentence: Sentence) -> bool:
    """A runway named by its heading and side: "Runway 09L/27R", "landed on 22L" (not
    "drink 2L of water on long flights", "1L bottles before landing", "4C on landing")."""
    if not 1 <= numeral.value <= _LAST_RUNWAY:
        return False
    if prev in ("runway", "runways", "rwy") \
            or _RUNWAY_PAIR.match(sentence.text, numeral.end + 1) is not None:
        return True
    following = sentence.after(numeral.end + 1, 1)
    return len(numeral.text) == 2 and sentence.text[numeral.end] in "LR" \
        and not sentence.vocabulary.isdisjoint(_RUNWAY_WORDS) \
        and not (following and (following[0].lower == "of"
                                or is_plural_word(following[0].text)))


def _hair_type(numeral: Numeral, sentence: Sentence) -> bool:
    """A type of curl before a word of hair: "4C hair", "3B curls"."""
    following = sentence.after(numeral.end + 1, 1)
    return 1 <= numeral.value <= 4 and bool(following) and following[0].lower in _HAIR_WORDS


#: the letters glued after a runway's heading or a type of curl
_SIDE_OR_TYPE_LETTERS: Final = frozenset("LRCAB")
#: runways are named by their heading in tens of degrees: 01 to 36
_LAST_RUNWAY: Final = 36
#: the other end of a runway after a slash: "/27R"
_RUNWAY_PAIR: Final = re.compile(r"/[0-3][0-9][LRC]\b")
#: words of flying, beside which "22L" is a runway (not "Add 27L of water")
_RUNWAY_WORDS: Final = frozenset(["runway", "runways", "landed", "landing", "takeoff",
                                  "take-off", "approach", "tower", "atc", "pilot", "pilots",
                                  "taxied", "taxiway", "lined", "cleared", "departed",
                                  "departure", "rwy"])
_HAIR_WORDS: Final = frozenset(["hair", "curls", "curl", "coils", "texture", "strands",
                                "type"])
#: the numbered places of a chemical name: "1,2", "2,4,6"
_LOCANTS: Final = re.compile(r"[0-9](?:,[0-9])+")
#: the name after them: "-Hexanediol", "-D", "-dichloroethane" (not "2,4-fold")
_NAMED_AFTER_HYPHEN: Final = re.compile(
    r"-(?:[A-Z]|(?:di|tri|tetra|but|prop|benz|meth|eth|hex|pent|oct)[a-z])")


def _inch_marked(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether an inch mark follows a whole number that opens no quotation: the 27 of "LG
    27GR95QE-B 27\" OLED" (but 'He said "I paid 27" and left')."""
    text = sentence.text
    return text[numeral.end:numeral.end + 1] == '"' and numeral.text.isdigit() \
        and not text[numeral.end + 1:numeral.end + 2].isalnum() \
        and text.count('"', sentence.span[0], numeral.start) % 2 == 0


#: the other end of a span of years and its era: " and 3,400 BC", "-250 BCE"
_ERA_AT_OTHER_END: Final = re.compile(
    r"(?:[ ]?[-\N{EN DASH}][ ]?|[ ](?:and|to|until)[ ])[0-9][0-9,]{0,5}[ ]?(?:BC|BCE|AD|CE)\b"
    r"(?![ ][a-z]+s\b)")  # (not "5 to 10 CE tokens")
#: the name of a buy-now-pay-later plan before its number of instalments: "pay-in-"
_PAY_IN_BEFORE: Final = re.compile(r"\bpay-in-\Z", re.IGNORECASE)
#: one capital letter glued after a number, ending the token: the "W" of "03W"
_LETTER_ENDS_CODE: Final = re.compile(r"[A-Z](?![\w.,-]\w)")
#: an engine oil's viscosity grade: "10W-40", "5w30", "0W-20", and its second number
_OIL_GRADE: Final = re.compile(r"(?<![\w.,])[0-9]{1,2}[wW]-?[0-9]{2}(?![\w.,%])")
#: capitals between hyphens, then digits, after a number: "-CR-0917" of "24-CR-0917"
_LETTERED_CODE_AFTER: Final = re.compile(r"-[A-Z]{1,4}-[0-9]")


#: a flat's number with its letter: "12B", "3a"
_LETTERED_FLAT: Final = re.compile(r"[0-9]{1,4}[A-Ha-h]")
#: words before "flat" that make it a home: "in flat 4", "from flat 12B"
_FLAT_PLACES: Final = frozenset(["in", "at", "from", "to", "of", "into"])


#: a short run of digits and a hyphen glued right before a long serial: "22-" of "22-104587"
_SHORT_CODE_BEFORE: Final = re.compile(r"(?<![\w.,$£€¥-])[0-9]{1,4}-\Z")
#: the first part of a reference before a hyphen: "#482-", "request 2024-", "case no. 2023-",
#: "ABP-318224-"
_REFERENCE_BEFORE: Final = re.compile(
    r"(?:\#[0-9]{2,6}|\b(?:[Rr]equest|[Cc]ase|[Rr]ef|[Rr]eference|[Tt]icket|[Oo]rder|[Cc]laim"
    r"|[Aa]pplication|[Ff]ile)(?:[ ]?(?:no\.?|number|\#))?:?[ ][0-9]{4,6}"
    r"|\b[A-Z]{2,5}-[0-9]{4,8})-\Z")
#: what follows a number to ring: a mark, the end, or "in", "if", "for" ("999 in an
#: emergency"; not "or 111 extra calls")
_NO_NOUN_AFTER: Final = re.compile(r"[ ]?(?:[.,;:)]|\Z|[ ](?:in|if|for|or)\b)")
#: words of an emergency before its number: "in an emergency, ", "or "
_EMERGENCY_AFTER: Final = re.compile(r"\b(?:emergency|emergencies|or)[ ,]+\Z", re.IGNORECASE)
#: an alloy named by its elements and their shares: "Ti-6Al-4V", "Al-7Si-0.3Mg"
_ALLOY: Final = re.compile(
    r"\b[A-Z][a-z]?(?:-[0-9]+(?:\.[0-9]+)?"
    r"(?:Al|Si|Mg|Cu|Zn|Mn|Cr|Ni|Mo|V|Fe|Sn|Nb|Zr|Ti|C|Co|W)){2,}\b")
#: the start of a phone number, a zero and two to four digits, then groups, right before:
#: "0345 600 "
_PHONE_RUN_BEFORE: Final = re.compile(r"(?<![\w.,])0[0-9]{2,4}(?:[ ][0-9]{1,4})*[ ]\Z")
#: pairs of digits right before a pair with a leading zero: "20 03 " of "20 03 01"
_PAIRS_BEFORE: Final = re.compile(r"(?<![\w.,])[0-9]{2}(?:[ ][0-9]{2})*[ ]\Z")
#: a capitalised word glued by a hyphen after digits, and whether another follows:
#: "-Year Health", "-Up"
_NAME_AFTER_HYPHEN: Final = re.compile(
    r"-(?P<word>[A-Z][a-z]+)\b(?!-)(?P<name>[ ][A-Z][a-z])?")


def _hyphened_name(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a capitalised word glued by a hyphen after the number makes a name in a
    sentence written in lower case: "the 10-Year Health Plan", "7-Up" (not in a headline
    in title case or capitals, "Five-Year Plan Unveiled"; nor a unit alone, "the
    100-Metre final")."""
    glued = _NAME_AFTER_HYPHEN.match(sentence.text, numeral.end) \
        if not sentence.title_case and not sentence.all_caps else None
    return glued is not None and (glued.group("name") is not None
                                  or units.lookup_after(glued.group("word").lower()) is None)


#: the rest of a compound's systematic name after a locant: "-propanol", ",3-butadiene",
#: "-methylbutane" (a stem of chemistry, then an ending of one)
_CHEMICAL_AFTER: Final = re.compile(
    r"(?:,[0-9]{1,2}){0,5}-(?:di|tri|tetra)?(?:meth|eth|prop|but|pent|hex|hept|oct|benz|phen"
    r"|tolu|chlor|brom|fluor|iod|nitr|amin|hydrox|cyclo|naphth|acet|vinyl|allyl)[a-z]*"
    r"(?:anol|enol|ol|ane|ene|yne|one|al|amine|yl|ate|oic|ine|ide)\b")


#: the largest place in a carbon chain a locant names (not "95-octane petrol", a grade)
_LARGEST_LOCANT: Final = 20


def _oil_grade(numeral: Numeral, text: str) -> bool:
    """Whether the number is either half of an engine oil's grade: "10W-40", "5w30"."""
    if text[numeral.end:numeral.end + 1] not in ("w", "W") \
            and text[numeral.start - 1:numeral.start] not in ("w", "W") \
            and text[numeral.start - 2:numeral.start] not in ("w-", "W-"):
        return False
    grade = _OIL_GRADE.search(text, max(0, numeral.start - 4), numeral.end + 4)
    return grade is not None and grade.start() <= numeral.start and numeral.end <= grade.end()


def _part_of_a_code(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a number in digits is part of a code, not an amount: the rest of a phone
    number, a code's last pair, a reference's serial or second part, an alloy's share, a
    number to ring in an emergency, an engine oil's grade."""
    if numeral.start > 3 and sentence.text[numeral.start - 1] == " " \
            and sentence.text[numeral.start - 2].isdigit() \
            and (_PHONE_RUN_BEFORE.search(sentence.text, max(0, numeral.start - 24),
                                          numeral.start)
                 or (numeral.text[:1] == "0" and len(numeral.text) == 2
                     and _PAIRS_BEFORE.search(sentence.text, max(0, numeral.start - 9),
                                              numeral.start))):
        return True  # "call 0345 600 4 600": the rest of a phone number; "EWC code 20 03
        # 01": the last pair of a code
    if len(numeral.text) >= 6 and numeral.text.isdigit() \
            and not sentence.text.startswith("-", numeral.end) \
            and _SHORT_CODE_BEFORE.search(sentence.text, max(0, numeral.start - 6),
                                          numeral.start):
        return True  # "MLS# 22-104587", "Ref: 22-104587": a reference's serial after its
        # prefix, never the top of a range
    if sentence.text[numeral.start - 1:numeral.start] == "-" \
            and any(alloy.start() < numeral.start < alloy.end() for alloy in _ALLOY.finditer(
                sentence.text, max(0, numeral.start - 24), min(len(sentence.text),
                                                               numeral.end + 24))):
        return True  # "Ti-6Al-4V", "Al-7Si-0.3Mg": an alloy's shares by element
    if sentence.text[numeral.start - 1:numeral.start] == "-" \
            and _REFERENCE_BEFORE.search(sentence.text, max(0, numeral.start - 24),
                                         numeral.start):
        return True  # "order #482-1193", "FOI request 2024-118": a reference's second part
        # (not "Firms claim 20-30% savings")
    if numeral.text in lexicon.load().not_claims["emergency_numbers"] \
            and not sentence.vocabulary.isdisjoint(lexicon.load().not_claims["dial_words"]) \
            and _NO_NOUN_AFTER.match(sentence.text, numeral.end) \
            and _EMERGENCY_AFTER.search(sentence.text, max(0, numeral.start - 24),
                                        numeral.start):
        return True  # "Call NHS 111 or, in an emergency, 999": the number to ring
    if _oil_grade(numeral, sentence.text):
        return True  # "10W-40 oil", "a 5w30 synthetic": a viscosity grade
    if sentence.text[numeral.end:numeral.end + 1] in (",", "-") \
            and numeral.value <= _LARGEST_LOCANT and _CHEMICAL_AFTER.match(sentence.text,
                                                                           numeral.end):
        return True  # "2-propanol", "1,3-butadiene", "4-chlorophenol": a locant in a
        # compound's name
    return _lettered_unit(numeral, sentence)


#: "flight" and an airline's code of two characters or three letters before a flight's
#: number: "flight W6 ", "Flight EZY "
_AIRLINE_CODE_BEFORE: Final = re.compile(
    r"\b[Ff]lights?[ ](?:[A-Z][A-Z0-9]|[0-9][A-Z]|[A-Z]{3})[ ]\Z")
#: a relay's legs and their distance: "4x100m relay", "4 x 400m relay"
_RELAY: Final = re.compile(
    r"[1-9][ ]?[x\N{MULTIPLICATION SIGN}][ ]?(?:50|100|200|400|800)m[ ]relay\b")


#: the confidence levels an interval is named by
_CONFIDENCE_LEVELS: Final = frozenset([Decimal(80), Decimal(90), Decimal(95), Decimal(99)])
#: an interval's name after its level in percent: "% CI", " per cent confidence interval"
_INTERVAL_AFTER: Final = re.compile(
    r"[ ]?(?:%|per[ ]?cent|percent)[ ]?(?:CIs?\b|(?:confidence|credible|uncertainty)"
    r"[ ](?:intervals?|limits?|bands?|level)\b)", re.IGNORECASE)
#: a forecast centre's number for a disturbance, and the letter of its basin: "94L", "97W"
_BASIN_LETTER: Final = re.compile(r"9[0-9][LECWABSP]\b")
#: digits and one capital letter that could be a scale ("23B", "14M", "4K"), then no noun
#: in the plural
_LETTERED_UNIT: Final = re.compile(r"[0-9]{1,3}[BM](?![\w-]|[.,][0-9])(?![ ][a-z]{3,}s\b)")
#: nouns of numbered places and parts that a number and a letter follow: "Compartment 23B"
_LETTERED_PLACES: Final = frozenset([
    "compartment", "compartments", "stand", "stands", "seat", "seats", "plot", "plots",
    "pitch", "pitches", "locker", "lockers", "bed", "beds", "cabin", "cabins", "stall",
    "stalls", "cell", "cells", "bay", "bays", "field", "fields", "paddock", "pen", "pens"])
#: words of sums and counts, beside which "Tokyo 14M" is millions
_MILLIONS_CUES: Final = lexicon.word_sections("grammar_words.txt")["population_nouns"] \
    | lexicon.word_sections("grammar_words.txt")["counted_subjects"] \
    | lexicon.word_sections("grammar_words.txt")["money_nouns"]


def _lettered_unit(numeral: Numeral, sentence: Sentence) -> bool:
    """ "Compartment 23B", "Stand 14M", "Seat 12B": a place's number and letter after a
    capitalised noun of places, no billions (but "Google paid Apple 20B", "Arsenal 65M bid"
    are money, and "Population: Tokyo 14M" is millions)."""
    if sentence.text[numeral.end - 1:numeral.end] not in ("B", "M"):
        return False  # the quick miss: _LETTERED_UNIT ends the number in its letter
    lettered = _LETTERED_UNIT.match(sentence.text, numeral.start)
    if lettered is None or lettered.end() != numeral.end or sentence.unit_before(numeral.start) \
            or not sentence.vocabulary.isdisjoint(_MILLIONS_CUES):
        return False
    before = sentence.before(numeral.start, 1)
    return bool(before) and before[0].end == numeral.start - 1 \
        and before[0].text.istitle() and before[0].lower in _LETTERED_PLACES


#: rooms written after a number, as a home's type names them: "two-bedroom", "3 bed"
_ROOMS_AFTER: Final = re.compile(r"(?:-|[ ])(?:bed(?:room)?|room)(?:ed)?(?![\w-])",
                                 re.IGNORECASE)
#: words before "home" that make it a place of care, whose beds are its size: "an eight-bed
#: respite home"
_CARE_WORDS: Final = frozenset(["care", "nursing", "respite", "residential", "group",
                                "foster", "retirement", "children's", "rest", "convalescent",
                                "boarding", "living", "safe", "specialist", "supported",
                                "halfway"])
#: homes that words of care make places of care: "a 10-bedroom care home"
_CARE_HOMES: Final = frozenset(["home", "homes", "house", "houses"])
#: a unit after "-bed" or "-room" and a home is a ward's: "a 12-bed home unit at the hospital"
#: (but "a two-bedroom home unit in Parramatta" is a flat)
_UNITS_OF_PLACES: Final = frozenset(["unit", "units"])
#: from this many bedrooms, any word of care makes a home a place of care: "a 12-bedroom
#: retirement home for elderly residents", "an eight-bedroom safe house run by the charity"
_BEDROOMS_OF_A_PLACE: Final = 7
#: the words of care before a home that make fewer bedrooms a count: "a 4-bedroom care home"
#: (but "a four-bedroom retirement home", "a two-bedroom safe house" are homes' types)
_CARE_OF_BEDROOMS: Final = frozenset(["care", "nursing", "respite", "residential", "rest",
                                      "children's", "convalescent"])
#: nouns after a home's name that make it part of another place's: "a 12-room country house
#: hotel"
_NOT_HOMES_AFTER: Final = frozenset(["hotel", "hotels", "hostel", "school", "ward", "clinic",
                                     "hospital", "centre", "center"])
#: at most this many rooms name a home's type
_ROOMS_OF_A_HOME: Final = 12


#: words of ringing or reporting, beside which "on 101." is a number to ring
_RINGING_WORDS: Final = _PHONE_WORDS | frozenset(["report", "contact", "helpline", "line",
                                                  "number", "information", "police",
                                                  "officers"])
#: what asks for help right before the "on" of a number to ring: "seek advice on 111", "come
#: forward on 101", "speak to counsellors on 111"
_HELP_BEFORE_ON: Final = frozenset(["advice", "help", "forward", "counsellors", "counselors",
                                    "asking", "guidance", "treatment", "available",
                                    "anonymously"])
#: getting in touch: "get in touch on 101" (not "get a touch on the ball", "who looked in
#: touch all morning", "kept in touch with the leaders and ended the year on 101")
_IN_TOUCH: Final = re.compile(r"\b(?:get|gets|getting)[ ]in[ ]touch\b", re.IGNORECASE)
def _called_by_name(sentence: Sentence, before: Sequence[Word], dial_words: FrozenSet[str]) -> bool:
    """Whether a verb of calling and a name stand before the "on" of a number: "call
    Tele-MANAS on", "ring the Samaritans on"."""
    words = sentence.before(before[-1].start, 5)
    for index, word in enumerate(words):
        if word.lower in dial_words and index + 1 < len(words):
            rest = [w for w in words[index + 1:] if w.lower != "the" and w.text != "-"]
            return bool(rest) and all(w.text[:1].isupper() for w in rest)
    return False


#: the end of a phrase right after a number: "on 101."
_PHRASE_ENDS: Final = re.compile(r"[ ]?[,.;:!?)]|\s*\Z|[ ]quoting\b")
#: another count of people reached after a number texted: "texted 988 and phoned another
#: 600", "texted 24300, phoned 6000", "texted 988, emailing 400 more", "texted 988 and met
#: another 200" (not "by texting 85258, calling 116 123": another number to ring)
_ANOTHER_COUNT_REACHED: Final = re.compile(
    r",?[ ](?:and[ ])?(?:(?:(?:tele)?phon|e-?mail|call|messag|visit|contact|reach|notifi|alert"
    r"|canvass|doorknock|mail)ed|rang|wrote[ ]to|met)[ ](?:another[ ]|a[ ]further[ ])?[0-9]"
    r"|,?[ ](?:and[ ])?(?:vaccinat|survey|interview|leaflet|screen|discharg|recruit|remind"
    r"|test|register|persuad|brief|enroll?|treat|examin)ed[ ](?:another|a[ ]further)[ ]"
    r"[0-9][0-9,]{0,9}(?![0-9,]|[ ]times\b)"
    r"|,?[ ](?:and[ ])?(?:(?:tele)?phon|e-?mail|call|messag|visit|contact|reach|notify|alert"
    r"|canvass|doorknock|mail)ing[ ](?:(?:another|a[ ]further)[ ][0-9]"
    r"|[0-9][0-9,]{0,9}[ ]more\b)")


#: a dash and a digit right after a number, which is then a range's first end, or a word of
#: a rough count: "call 500-1000 voters", "call 500-plus voters" (not "call 800-GO-FEDEX",
#: "call 311–or use the app")
_RANGE_GOES_ON: Final = re.compile(r"[-\N{EN DASH}](?:[0-9]|(?:plus|odd|strong|or-so)\b)")
#: another number to ring after "or": "call police on 101 or Crimestoppers on 0800 555 111"
_OR_ANOTHER_LINE: Final = re.compile(
    r"[ ]or[ ](?:[A-Z][\w-]*[ ]on[ ]|on[ ]|(?:999|911|112|000)\b(?![ ][a-z]+s\b)|0[0-9]{3,})")


#: the octane ratings fuel is sold by, from regular petrol to aviation spirit
_OCTANE_GRADES: Final = (80, 130)
#: the grades of petrol sold as "N unleaded" (93 is South Africa's inland grade)
_UNLEADED_GRADES: Final = frozenset(["91", "93", "95", "97", "98"])
#: a grade's word right after a number: the " unleaded" of "98 unleaded"
_GRADE_AFTER: Final = re.compile(r"[ -](?:unleaded|octane)\b")
#: plurals after "N unleaded" that say what the grade has, no count of it: "95 unleaded
#: prices rose" (not "98 unleaded tankers"; grammar_words.txt)
_GRADE_FIGURE_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["grade_figure_nouns"]


def _second_number_rung(before: Sequence[Word]) -> bool:
    """ "ring 112 or 767": a number after "or" and one of three digits or more rung right
    before it (not "call 3 or 4 of their neighbours")."""
    return len(before) == 3 and before[-1].lower == "or" and before[-2].text.isdigit() \
        and len(before[-2].text) >= 3 \
        and before[-3].lower in lexicon.load().not_claims["dial_words"]


def _no_noun_after(sentence: Sentence, end: int) -> bool:
    """Whether no noun follows ``end``: the sentence ends, or punctuation, a function word
    or a past verb comes next ("the 311 line logged", "the 7 line to Queens")."""
    following = sentence.after(end, 1)
    return not following or not following[0].text[:1].isalpha() \
        or following[0].lower in lexicon.load().function_words \
        or following[0].lower.endswith("ed")


#: the most beds "a three-bed" names a home by
_BEDS_OF_A_HOME: Final = 8
#: what follows "a two-bedroom" that names a home by its rooms alone: a preposition or a verb
#: of letting ("a two-bedroom near the station", "a three-bed rents for £1,400")
_AFTER_A_HOME_NOUN: Final = frozenset(["near", "in", "on", "at", "with", "off", "close",
                                       "overlooking", "rents", "costs", "sells", "sold",
                                       "fetched", "fetches", "now", "goes", "went"])


def _home_type(numeral: Numeral, sentence: Sentence, homes: FrozenSet[str]) -> bool:
    """ "a two-bedroom flat", "Two-bed semi-detached house to let", "a four-room HDB flat",
    "a two-bedroom Victorian terrace", "a two-bedroom assisted living apartment": rooms
    before the name of a home, words that describe it between, say what kind of home it is
    (not "a 12-bed children's home", "an eight-bed respite home": the beds of a place of
    care; nor "one room of the terrace", "7 bedroom windows facing the bungalow")."""
    rooms = _ROOMS_AFTER.match(sentence.text, numeral.end)
    if rooms is None:
        return False
    previous = ""
    kind = rooms.group().lower().lstrip(" -")
    first = sentence.after(rooms.end(), 1)
    if rooms.group().startswith("-") and first and first[0].lower in _AFTER_A_HOME_NOUN \
            and (kind.startswith("bedroom")
                 or (kind.startswith("bed") and numeral.value <= _BEDS_OF_A_HOME)) \
            and any(word.lower in ("a", "an") for word in sentence.before(numeral.start, 1)):
        return True  # "a two-bedroom near Highway 401 rents for $2,650", "a three-bed in
        # Croydon": the rooms name the home themselves (but "a 10-bed in Leeds" for the
        # homeless, "a two-room in the church hall")
    for word in sentence.after(rooms.end(), 5):
        if word.lower in homes:
            following = sentence.after(word.end, 1)
            after = following[0].lower if following else ""
            care = _CARE_WORDS if not kind.startswith("bedroom") \
                or numeral.value >= _BEDROOMS_OF_A_PLACE else _CARE_OF_BEDROOMS
            return not (previous in care and word.lower in _CARE_HOMES) \
                and after not in _NOT_HOMES_AFTER \
                and not (not kind.startswith("bedroom") and after in _UNITS_OF_PLACES)
        if word.text == "-":
            continue
        if not word.text[:1].isalpha() or word.lower in lexicon.load().function_words \
                or is_plural_word(word.lower) or word.text.endswith(POSSESSIVE_ENDINGS):
            return False
        previous = word.lower
    return False


def _name_in_capitals(numeral: Numeral, before: Sequence[Word], after: Sequence[Word],
                      sentence: Sentence) -> bool:
    """A number word in capitals opening a sentence that is not in capitals, before a
    company's verb: a name ("ONE posted a profit"; not "He scored ONE goal", "BREAKING: TWO
    dead")."""
    return len(numeral.text) > 2 and numeral.text.isupper() and not sentence.all_caps \
        and bool(after) and after[0].lower in _COMPANY_VERBS and not before
    # (not "Of the 12 jurors, TEN said")


def _after_amount(before: Sequence[Word]) -> bool:
    """Whether the words before a number end in an amount, perhaps then a word that adds to
    it: "11.5 million 999 calls", "120 more 911 dispatchers" (asked only of an emergency
    number, as reading a word as a number is slow)."""
    counted_before = before[:-1] if before and before[-1].lower in _ADDED_WORDS else before
    return bool(counted_before) and (
        counted_before[-1].text[:1].isdigit() or counted_before[-1].lower in _SCALE_NAMES
        or parse_number(counted_before[-1].lower) is not None)


#: verbs a company's name comes before: "ONE posted a profit"
_COMPANY_VERBS: Final = frozenset(["posted", "reported", "said", "says", "announced",
                                   "announces", "plans", "raised", "cut", "launched",
                                   "launches", "expects", "expected", "has", "will"])


#: a number of marks or points, then "out of", right before the top of the scale
_MARKS_OUT_OF: Final = re.compile(r"[0-9][ ](?:marks|points)[ ]out[ ]of[ ]\Z")


def is_quantity(numeral: Numeral, sentence: Sentence) -> bool:
    """False for dates, clock times, labels, names, years and ranks."""
    words_set = lexicon.load().not_claims
    before = sentence.before(numeral.start, 3)
    after = sentence.after(numeral.end, 3)
    # each test below that needs a cheap property of the number is asked only when the
    # number has it: "one" in words, four digits, a dot, a mark right before it
    if numeral.spelled and (_glued_after_a_word(numeral, sentence)
                            or _capitalised_compound(numeral, sentence)
                            or _name_in_capitals(numeral, before, after, sentence)) \
            or _school_year(numeral, before, sentence):
        return False  # "the flat-six revs", "the Six-Day War": part of a compound name;
        # "ONE posted a profit": a company that writes its name in capitals; "Form Four
        # candidates": a school year
    if numeral.spelled and (_one_of_a_rank(numeral, after, sentence)
                            or _one_idiom(numeral, before, after)
                            or _one_compared(numeral, before, after, sentence)
                            or _one_singled_out(numeral, after, sentence)
                            or (numeral.value == 0 and _glued_before(numeral, sentence))):
        return False  # "zero-emission buses", "zero-hours contracts": an adjective
    if numeral.spelled and numeral.fraction and numeral.text.lower() in _ORDINAL_FRACTIONS \
            and after and (after[0].lower in _VERBS_OF_ONE or (
                after[0].lower in _VERBS_OF_ONE_OR_SHARE
                and _FEW_SUBJECT.search(sentence.text, max(sentence.span[0],
                                                           numeral.start - 120),
                                        numeral.start))) \
            and _FEW_COUNTED.search(sentence.text, max(sentence.span[0], numeral.start - 120),
                                    numeral.start):
        return False  # "Two soldiers were killed and a third was injured", "Four men were
        # charged and a fifth received a caution": one more of them
    if numeral.spelled and numeral.value == _QUARTER and _quarter_as_period(numeral, sentence):
        return False  # "bought $750 million of shares a quarter": each quarter, no fraction
    if numeral.spelled and numeral.text.lower() == "half" and before \
            and before[-1].lower in _HALF_NAMERS:
        return False  # "in the first half", "for the half": a half-year or a part, no share
    if not numeral.spelled and (numeral.text[-1:].isalpha()
                                or sentence.text[numeral.end:numeral.end + 1].isalpha()) \
            and _numbered_name(numeral, sentence):
        return False  # "his 401k", "the 340B program": a plan's name (but "$340B")
    if not numeral.spelled and numeral.text[:1] == "0" and numeral.text.isdigit() \
            and len(numeral.text) > 1 and _LETTER_ENDS_CODE.match(sentence.text, numeral.end):
        return False  # "Tropical Storm 03W", "Cyclone 02B": a storm's number, its leading
        # zero and its basin's letter, no watts
    if sentence.text[numeral.start - 1:numeral.start] == "-" \
            and _PAY_IN_BEFORE.search(sentence.text, max(0, numeral.start - 8), numeral.start):
        return False  # "Klarna's pay-in-4 plan", "a pay-in-3 option": a product's name
    if not numeral.spelled and _ERA_AT_OTHER_END.match(sentence.text, numeral.end):
        return False  # "between 3,600 and 3,400 BC", "from 300 to 250 BC": the era after
        # the other end dates both
    if sentence.text.startswith("-", numeral.end) and _hyphened_name(numeral, sentence):
        return False  # "The 10-Year Health Plan", "a 7-Up pound cake": a name in capitals
    if not numeral.spelled and _part_of_a_code(numeral, sentence):
        return False  # a phone number's or a reference's later part, an alloy, an oil grade
    if not numeral.spelled and sentence.text.startswith("-", numeral.end) \
            and _LETTERED_CODE_AFTER.match(sentence.text, numeral.end):
        return False  # "indictment 24-CR-0917", "case 23-CV-114": a docket's or a part's
        # number, capitals between two runs of digits
    if not numeral.spelled and hardware_model(numeral, sentence):
        return False  # "the i7-12700K", "13900K", "9800X3D", "Ryzen 5 3600", "24H2"
    if sentence.text.startswith("RM", numeral.end) and _repetition_maximum(numeral, sentence):
        return False  # "a new 1RM of 140 kg": a lifter's one-rep maximum, no ringgit
    if _picked_from_ranked_set(before, after):
        return False  # "among the 10 warmest years", "one of the 10 busiest airports"
    if numeral.spelled and before and before[-1].text[:1].isdigit() \
            and before[-1].end + 1 == numeral.start and not YEAR_SHAPED.fullmatch(before[-1].text) \
            and _HYPHENED_WORD.match(sentence.text, numeral.end) \
            and not _glued_measure(numeral, sentence):
        return False  # "64 one-bedroom and 40 two-bedroom flats": what the count describes
        # (but the "three-minute" of "10 three-minute rounds" is a measure of its own)
    if numeral.value <= _ROOMS_OF_A_HOME and _home_type(numeral, sentence,
                                                         words_set["dwelling_nouns"]):
        return False  # "a two-bedroom flat", "a four-room HDB flat": the home's type
    if len(before) > 1 and before[-1].lower == "top" and (
            before[-2].text[:1].isdigit() or parse_number(before[-2].lower) is not None):
        return False  # "17 top 10 singles": the chart's top, a modifier of what is counted
    prev = before[-1].lower if before else ""
    prev2 = (before[-2].lower + before[-1].lower) if len(before) > 1 else prev
    nxt = after[0].lower if after else ""
    if prev in _GRADE_WORDS and numeral.text.isdigit() and numeral.value <= 9 \
            and not sentence.unit_after(numeral.end) \
            and not _range_to_a_unit(sentence, numeral.end) \
            and counted_noun(sentence, numeral.end, numeral.value) is None \
            and _GRADE_BEFORE.search(sentence.text, max(sentence.span[0], numeral.start - 12),
                                     numeral.start):
        return False  # "the top grade of 9", "graded 7 or above": a grade of an exam
    if prev == "of" and _MARKS_OUT_OF.search(sentence.text, max(sentence.span[0],
                                                               numeral.start - 32), numeral.start):
        return False  # "scored 428 marks out of 500": the top of the scale, no claim, as
        # the 5 of "rated 4.6 out of 5" is none
    if prev == "per" and not sentence.unit_after(numeral.end) \
            and not _amount_before_per(sentence, before[-1]):
        return False  # "Deaths per 100,000 population": the base of a rate with no amount
    months = words_set["months"]
    small_integer = (not numeral.spelled and numeral.scale == 1 and "." not in numeral.text
                     and 0 < numeral.value <= 31 and numeral.value == int(numeral.value))
    if small_integer and prev in months and _climate_after(sentence, numeral.end):
        small_integer = False  # "Jan 12°C, Feb 14°C", "Nov 18 mm": a month's average
    if small_integer and (prev in months or prev2 in months
                          or (nxt in months and (after[0].text != "may" or prev == "on"))
                          or prev in words_set["weekdays"]
                          or (nxt in _DAY_RANGE_WORDS and _first_day(numeral, sentence, months))):
        return False
    if small_integer and _second_day(before, months) and (
            before[-1].text in ("-", "–") or _bare_day(numeral, sentence)):
        return False  # "May 20-22": the last day of a span of dates
    if len(numeral.text) == 4 and _follows_month_day(numeral, before, months):
        return False
    if is_clock_time(numeral, prev, sentence):
        return False
    if is_early_year(numeral, sentence):
        return False  # "ruled from 871 until 899", "Louis the Pious (778–840)"
    if len(numeral.text) <= 2 and numeral.text.isdigit() \
            and sentence.text[numeral.end:numeral.end + 1] in _SIDE_OR_TYPE_LETTERS \
            and not sentence.text[numeral.end + 1:numeral.end + 2].isalnum() \
            and (_runway(numeral, prev, sentence) or _hair_type(numeral, sentence)):
        return False  # "Runway 09L/27R", "landed on 22L", "4C hair": names, no litres or heat
    if "," in numeral.text and _LOCANTS.fullmatch(numeral.text) \
            and _NAMED_AFTER_HYPHEN.match(sentence.text, numeral.end):
        return False  # "1,2-Hexanediol", "2,4-D": the places of a chemical name
    if not numeral.spelled and "." in sentence.text[numeral.start:numeral.end + 2] \
            and bare_version(numeral, prev, nxt, sentence):
        return False  # "since 4.0", "the 3.0 release", "5.x": a version of software
    if len(numeral.text) == 4 and numeral.text.isdigit() and (
            (sentence.text[numeral.start - 2:numeral.start] == "**"
             and sentence.text[numeral.end:numeral.end + 1] != "*")
            or (prev in ("ending", "in") and _card_ending(sentence, before))):
        return False  # "CARD ****4821", "your Visa ending 0372": the last digits of a card
    if sentence.text[numeral.start - 1:numeral.start] == ":" \
            and sentence.text[numeral.end:numeral.end + 1] == "/" \
            and sentence.text[max(0, numeral.start - 5):numeral.start].upper() == "CVSS:":
        return False  # "CVSS:3.1/AV:N": the version of a score's vector, no score
    if prev == "mop" and numeral.text.isdigit() and numeral.value <= _MEETINGS_HELD \
            and len(before) > 1 and before[-2].lower in ("the", "at", "to", "of") \
            and not sentence.vocabulary.isdisjoint(_MEETING_WORDS):
        return False  # "Delegates met at MOP 10 in Kunming": a Meeting of the Parties
    if numeral.text.isdigit() and _AIRLINE_CODE_BEFORE.search(
            sentence.text, max(0, numeral.start - 12), numeral.start):
        return False  # "Wizz Air flight W6 2201", "flight U2 8123": an airline's code and
        # its flight number
    if before and before[-1].text == "Invest" \
            and _BASIN_LETTER.match(sentence.text, numeral.start):
        return False  # "watching Invest 94L": a disturbance's number and its basin's letter
    if numeral.value in _CONFIDENCE_LEVELS and _INTERVAL_AFTER.match(sentence.text, numeral.end):
        return False  # "(95% CI 0.65 to 0.85)", "a 90% confidence interval": the level
        # names the interval, no finding
    if nxt in ("hotline", "helpline") and numeral.text.isdigit():
        return False  # "Call the 116 hotline": a number to ring, no amount
    if nxt == "line" and numeral.text.isdigit() and numeral.value > 1 and before \
            and (prev == "the" or before[-1].text.endswith(POSSESSIVE_ENDINGS)) \
            and _no_noun_after(sentence, after[0].end):
        return False  # "the city's 311 line logged", "took the 7 line to": a line's number
        # (not "the 800 line workers", "the 40 line items")
    if not numeral.spelled and _RELAY.match(sentence.text, numeral.start):
        return False  # "the women's 4x100m relay": the relay's legs, counted in its name
    if _survey_mark(numeral, sentence):
        return False  # "6,841,220 mN", "880 mRL": a surveyed northing, easting or level
    if numeral.text.isdigit() and len(numeral.text) <= 3 \
            and sentence.text[numeral.end:numeral.end + 1] in APOSTROPHES \
            and _minute_stamp(numeral, sentence):
        return False  # "78' Double change", "Isak 9', 47', 63'": a match's minute
    if len(numeral.text) == 4 and numeral.text.isdigit() and (prev == "ending" or (
            prev == "in" and len(before) > 1 and before[-2].lower == "ending")) \
            and not sentence.vocabulary.isdisjoint(_NUMBERED_ACCOUNTS):
        return False  # "Card number ending 4417", "the account ending in 0921": last digits
    if numeral.start == sentence.span[0] and numeral.text.isdigit() \
            and _THREAD_COUNTER_AFTER.match(sentence.text, numeral.end):
        return False  # "1/ Here's why", "3/n The round closed": a post's place in a thread
    if not numeral.spelled and _CODE_AFTER_DIGITS.match(sentence.text, numeral.end):
        return False  # "24MRD003", "23BJRC005": a drill hole's or a sample's code
    if prev in _SCHEDULE_PERIODS and numeral.value <= _LAST_SCHEDULE_PERIOD \
            and numeral.value == int(numeral.value) and len(before) > 1 \
            and before[-2].lower in _SCHEDULE_LEADS \
            and not _TIMES_AFTER.match(sentence.text, numeral.end) \
            and not sentence.unit_after(numeral.end) \
            and counted_noun(sentence, numeral.end, numeral.value) is None:
        return False  # "by year 3", "in year 2 of operations", "for years one to five", "on
        # day 3": a period of a schedule, named (not "For weeks 40 people queued")
    if not numeral.spelled and _glued_name(numeral, sentence, after):
        return False  # "Shares in 3i rose", "4imprint", "888 Holdings": a company's name
    if _resource_class(numeral, sentence) and (
            not _RESOURCE_CUES.isdisjoint(sentence.vocabulary)
            or len(_RESOURCE_CLASS.findall(sentence.text, *sentence.span)) > 2):
        return False  # "contingent resources of 45 MMbbl (2C)", "1C, 2C and 3C": classes
    if len(numeral.text) == 3 and _status_code(numeral, before, after, sentence):
        return False  # "The endpoint returns 404", "failed with a 502": an HTTP status
    if prev == ":" and not numeral.spelled and _identifier_label(before) and numeral.scale == 1 \
            and not sentence.unit_before(numeral.start) and not sentence.unit_after(numeral.end) \
            and "," not in numeral.text \
            and counted_noun(sentence, numeral.end, numeral.value) is None:
        return False  # "Batch No: 220931", "Serial: 88213": an identifier, no amount (but
        # "Board lot: 100 shares", "MRP model: 15,029 interviews" count)
    if prev == "flat" and not numeral.spelled and numeral.text[:1].isdigit() and (
            _LETTERED_FLAT.fullmatch(numeral.text)
            or (len(before) > 1 and before[-2].lower in _FLAT_PLACES)):
        return False  # "from flat 12B", "lives in flat 4": a flat's number (but "a flat 5%
        # fee", "a flat 10 seconds")
    mark_before = sentence.text[numeral.start - 1:numeral.start]
    mark_after = sentence.text[numeral.end:numeral.end + 1]
    if (prev in words_set["label_words"] and not _not_a_label(numeral, before, sentence)
            and not _money_table_cell(numeral, sentence, ",")) \
            or (len(before) > 1 and prev2 in words_set["label_words"]) or prev == "#" \
            or (before and before[-1].text == "No" and not _votes_against(numeral, sentence)) \
            or (len(before) > 1 and before[-1].lower in ("no", "no.")
                and (before[-2].lower in words_set["label_words"]
                     or before[-2].lower in _NUMBERED_THINGS)) \
            or (prev in _LIST_JOINERS and _listed_after_label(numeral, sentence)):
        # "No 10 said", not "no 10 people"; "Articles 5 and 6", "ports 80, 443 and 8080";
        # "Section 11B", "Licence 13M": a letter glued after a label's number is no scale
        if (numeral.scale == 1 or (numeral.text[-1:].isupper()
                                   and (prev in words_set["label_words"]
                                        or _LETTERED_CODE.fullmatch(numeral.text)))) \
                and not sentence.unit_before(numeral.start) and mark_after != "%" \
                and not _money_after_label(numeral, sentence) \
                and not _measure_after_label(numeral, sentence):
            return False  # (but "COPPER SLIDES 2%": no label is a percentage; "low season
            # 1,800 THB" is a price; "Bill 42 mm long" a measure)
    if numeral.fraction and "/" in numeral.text and prev in _DATED_ON \
            and not (nxt.isalpha() and nxt.islower()
                     and nxt not in lexicon.load().function_words) \
            and nxt not in ("of", "a", "an") and not sentence.unit_after(numeral.end):
        return False  # "Bottled on 1/12", "open until 1/10": a day and a month (but "on 3/4 of
        # the roads", "until 3/4 full")
    if numeral.text.lower() == "one" and prev in _PRONOUN_ONE_BEFORE \
            and len(before) > 1 and (before[-2].lower in _ONE_DETERMINERS
                                     or before[-2].text[:1].isdigit()) \
            and not sentence.unit_after(numeral.end) \
            and not _singular_noun_next(sentence, numeral.end) \
            and not _ONE_GOES_ON.match(sentence.text, numeral.end):
        return False  # "The next one leaves at noon", "my $99 new one": a pronoun (but
        # "the next one hour", "the next one to two years", "the next one-year plan")
    if numeral.spelled and numeral.value == 1 and numeral.text.lower() == "one" \
            and prev in _CONDITIONS and _anyone(sentence, prev, after):
        return False  # "when one parent earns over £60,000", "If one partner dies": anyone
    if numeral.text in words_set["plan_numbers"] and nxt == "plan":
        return False  # "Roll the money into a 457 plan": a plan's name
    if prev == "issue" and _VOLUME_ISSUE.search(
            sentence.text, max(sentence.span[0], numeral.start - 24), numeral.start):
        return False  # "The Lancet, volume 403, issue 10431": a citation
    if prev == "of" and len(before) > 1 and before[-2].text.isdigit() and _LABEL_OF.search(
            sentence.text, max(sentence.span[0], numeral.start - 16), numeral.start) \
            and not sentence.unit_after(numeral.end) \
            and counted_noun(sentence, numeral.end, numeral.value) is None:
        return False  # "a Level 3 of 5 risk", "Stage 4 of 21", "Page 2 of 3": the scale of a
        # label's number
    if prev in ("is", "was", ":", "gb") and numeral.text.isdigit() \
            and not sentence.vocabulary.isdisjoint(_ID_NAMES) and _ID_BEFORE.search(
            sentence.text, max(sentence.span[0], numeral.start - 40), numeral.start):
        return False  # "The school's URN is 136482", "The case number is 2024-11873": an
        # identifier told after its name
    if len(numeral.text) > 2 and numeral.text[0] == "0" and numeral.text.isdigit() \
            and nxt in _PREFIXED_NOUNS:
        return False  # "0808 numbers", "0845 lines": a prefix, which a leading zero writes
    if numeral.text in ("11", "13") and prev == "the" \
            and _EXAM_PLUS.match(sentence.text, numeral.end):
        return False  # "sat the 11-plus", "the 11+ exam": an entrance exam's name
    if mark_before in _MONEY_SIGNS and _PER_MONEY.search(
            sentence.text, max(sentence.span[0], numeral.start - 8), numeral.start):
        return False  # "45 tCO2e per $1 million of revenue", "£3 per £100 spent": the
        # amount a rate is counted over, no claim of its own
    if ("sdg" in sentence.vocabulary or "sdgs" in sentence.vocabulary) \
            and numeral.value <= _GOALS and "," not in numeral.text and _GOAL_BEFORE.search(
            sentence.text, max(sentence.span[0], numeral.start - 16), numeral.start) \
            and sentence.vocabulary.isdisjoint(_SUDANESE_MONEY_CUES):
        return False  # "SDG 13", "SDGs 7 and 13": one of the 17 Sustainable Development
        # Goals, not Sudanese pounds ("SDG 5,000" is money)
    if mark_before == "-" and not numeral.spelled and (
            _label_continued(numeral, sentence)
            or (_GLUED_CODE_BEFORE.search(sentence.text, max(0, numeral.start - 8),
                                          numeral.start)
                and not _UNIT_LETTER_AFTER.match(sentence.text, numeral.start))):
        return False  # "Docket No. 22-1234", "Rule 10b-5", "5W-30 oil", "recall 23V-787":
        # the second part of a label or code
    if mark_before == " " and numeral.text.isdigit() \
            and not sentence.vocabulary.isdisjoint(_CODE_LABEL_WORDS) \
            and (sentence.text[numeral.start - 2:numeral.start - 1].isdigit()
                 or sentence.text[numeral.start - 2:numeral.start - 1].isupper()) \
            and _spaced_code(numeral, sentence):
        return False  # "VAT registration number 123 4567 89", "sort code 20 45 77"
    if (not numeral.spelled and _name_with_number(numeral, before, sentence)) \
            or (mark_after == "-" and _bond_tenor(numeral, sentence)):
        return False
    if (mark_after in (".", ")") and _list_marker(numeral, sentence.text)) or (
            mark_before == "[" and numeral.start >= 2
            and _FOOTNOTE.match(sentence.text, numeral.start - 2)):
        return False  # "1. Revenue grew", "fell to 4.1%[4]"
    if prev in ("over", "under") and not numeral.spelled \
            and _AGE_GROUP.match(sentence.text, numeral.end):
        return False  # "Over 18s can vote": an age group, like "the over-65s"
    if mark_before == "/" and numeral.start >= 3 \
            and _SLASH_VERSION.search(sentence.text, max(0, numeral.start - 8), numeral.start) \
            and not _PAIRED_MEASURE.search(sentence.text, max(0, numeral.start - 16),
                                           numeral.start):
        return False  # "HTTP/2", "HTTP/1.1": a protocol's version (but "50 MW/200 MWh" pairs
        # a power with its energy)
    if mark_before == "^" and numeral.start >= 2 and sentence.text[numeral.start - 2].isalpha():
        return False  # "J/m^2", "x^2": the power of a unit or a symbol
    if mark_after in ("x", "X") and sentence.text[numeral.end:numeral.end + 2].lower() == "xx":
        return False  # "5xx errors", "the 19xx models": a class of codes, not an amount
    if len(numeral.text) == 1 and mark_after in ("H", "Q", "s") \
            and _PERIOD_CODE.match(sentence.text, numeral.end):
        return False  # "1H24", "3Q24": a half or quarter of a year; "2s10s": a yield curve
    if numeral.text in _VIDEO_LINES and _VIDEO_P.match(sentence.text, numeral.end) \
            and (prev == "in" or _picture_after(sentence, numeral.end + 1)
                 or not _about_pence(sentence)):
        return False  # "1080p", "720p": a video format, not pence ("records in 1080p",
        # "480p clips", "its 720p OLED" whatever money the sentence names)
    if 3 <= len(numeral.text) <= 4 and numeral.text.isdigit() \
            and _VIDEO_P.match(sentence.text, numeral.end) \
            and not _SCREEN_WORDS.isdisjoint(sentence.vocabulary) \
            and _PRICE_TALK.isdisjoint(sentence.vocabulary) \
            and words_set["pence_words"].isdisjoint(sentence.vocabulary) \
            and "£" not in sentence.text[sentence.span[0]:sentence.span[1]]:
        return False  # "The display runs at 1536p": lines of a screen, in any number (not
        # "Each video costs 199p to rent", "Shares in the display maker closed at 1250p")
    if numeral.text in _FRAME_RATES and _VIDEO_P.match(sentence.text, numeral.end) \
            and _about_video(sentence):
        return False  # "shoots 24p and 25p", "4K at up to 120p": frames a second, no pence
    if numeral.fraction and _METER.fullmatch(numeral.text) and _time_signature(
            numeral, nxt, sentence):
        return False  # "the bridge switches to 7/8", "The waltz is in 3/4 time": a metre
    if _is_resolution(numeral.text) and (
            ((nxt in words_set["resolution_words"] or nxt in words_set["format_nouns"]
              or (numeral.text in ("4K", "8K")
                  and units.singular(nxt) in words_set["format_nouns"]))
             and ("." not in numeral.text or not nxt.endswith("s")))
            or (prev in _RESOLUTION_VERBS and ("." not in numeral.text or prev not in ("in", "at"))
                and (prev in ("in", "at") or numeral.text in _FILMED_FORMATS
                     or "." in numeral.text)
                and (
                not after or not after[0].text[:1].isalnum()
                or nxt in ("and", "or", "at", "from", "to", "on", "with", "for", "by")
                or (numeral.text in _FILMED_FORMATS
                    and not _SCREEN_WORDS.isdisjoint(sentence.vocabulary)
                    and counted_noun(sentence, numeral.end, numeral.value) is None))
                and sentence.vocabulary.isdisjoint(KELVIN_CUES))
            or (numeral.text in _FILMED_FORMATS
                and not sentence.vocabulary.isdisjoint(_DISPLAY_CUES)
                and not _money_sign_before(numeral, sentence)
                and counted_noun(sentence, numeral.end, numeral.value) is None)
            or (numeral.text in _FILMED_FORMATS and _FRAME_RATE_AFTER.match(
                sentence.text, numeral.end))):
        return False  # "a 4K TV", "shoots video in 8K", "between 1440p and 4K at 60fps",
        # "Streaming in 4K consumes 7GB": a display format, not 4,000
    if _WIDE_RESOLUTION.fullmatch(numeral.text) \
            and _RESOLUTION_WORD_AFTER.match(sentence.text, numeral.end):
        return False  # "a 16K-resolution sphere", "12K resolution": a display format
    if _is_resolution(numeral.text + sentence.text[numeral.end:numeral.end + 1]) \
            and _FRAME_RATE_GLUED.match(sentence.text, numeral.end + 1):
        return False  # "4K60", "5.3K60", "8K30": a format and its frame rate
    if numeral.text in _FILMED_FORMATS and _camera_name_before(before) \
            and not (_SCREEN_WORDS | _PHOTO_WORDS).isdisjoint(sentence.vocabulary):
        return False  # "The Pocket 6K records RAW video", "the Komodo 6K": a camera's name
    if numeral.text in words_set["emergency_numbers"] and (
            (nxt in words_set["emergency_services"]
             and (not nxt.endswith("s") or prev == "of" or _after_amount(before)))
            or (prev == "to" and len(before) > 1 and before[-2].lower in ("calls", "call"))
            or (prev in ("", "the", ":") and nxt in words_set["emergency_services"]
                and _change_after_calls(sentence, after))
            or (prev in _POSSESSIVES and nxt in words_set["emergency_services"]
                and not _CALLS_TO.match(sentence.text, numeral.end))
            or (prev in _EVERY_ONE and numeral.text in _UNCOUNTED_NUMBERS
                and nxt in words_set["emergency_services"])):
        return False  # "11.5 million 999 calls", "999 call handlers", "78% of 999 calls",
        # "one in three 911 calls", "Calls to 111 rose", "999 calls rose by 5%", "999 calls up
        # 20%", "86% of its 999 calls", "All 999 calls are answered" (not "received 112
        # calls")
    if _names_a_kind_or_code(numeral, before, after, prev, sentence):
        return False  # an optician's power, a place's mile, a wheel's size, a catalogue's
        # number, a product, a tyre's rating, a level score, stoppage time, a reading, a
        # vintage, a radio source, a gearing (_names_a_kind_or_code)
    if prev in _ORDINAL_OPENERS and sentence.text.find("th", numeral.end, numeral.end + 14) > 0 \
            and _SCALED_ORDINAL_AFTER.match(sentence.text, numeral.end):
        return False  # "the 100 millionth visitor": a rank (but "a millionth of a second")
    if numeral.text in words_set["emergency_numbers"] \
            and (prev in ("the", "a", "its", "their", "emergency")
                 or (before and before[-1].text.endswith(POSSESSIVE_ENDINGS))) \
            and after and after[0].text.isalpha() and after[0].text.islower() \
            and not is_plural_word(after[0].lower) and sentence.unit_after(numeral.end) is None \
            and not _counted_within_two(sentence, numeral, after):
        return False  # "the 911 outage", "The 112 system failed", "the county's 911
        # budget", "the non-emergency 101 number": the number names a service (but "There
        # were 911 outages", "The 111 confirmed deaths")
    if numeral.text in words_set["emergency_numbers"] and prev in ("through", "via") \
            and not _GROUP_OF_AFTER.match(sentence.text, numeral.end) \
            and sentence.unit_after(numeral.end) is None \
            and counted_noun(sentence, numeral.end, numeral.value) is None:
        return False  # "61,240 pothole complaints through 311", "reports via 101": the line
        # they came by (not "worked through 311 of the 540 complaints", "through 111 of its
        # partner pharmacies")
    if numeral.text in words_set["emergency_numbers"] and prev == "on" \
            and (_PHRASE_ENDS.match(sentence.text, numeral.end)
                 or _OR_ANOTHER_LINE.match(sentence.text, numeral.end)) \
            and (not sentence.vocabulary.isdisjoint(_RINGING_WORDS)
                 or (len(before) > 1 and before[-2].lower in _HELP_BEFORE_ON)
                 or _IN_TOUCH.search(sentence.text, *sentence.span) is not None):
        return False  # "report incidents on 101.": a number to ring (not "ended the year on
        # 101.", "bowled out on 101.")
    if numeral.text in words_set["emergency_numbers"] and (
            prev == "not" or (prev == "than" and len(before) > 1
                              and (before[-2].lower in ("rather", "sooner")
                                   or before[-2].text in words_set["emergency_numbers"]))) \
            and any(word.lower in words_set["dial_words"]
                    or word.text in words_set["emergency_numbers"]
                    for word in sentence.before(numeral.start, 5)):
        return False  # "call 311, not 911", "use NHS 111 rather than 999", "more likely to
        # call 111 than 999": the number not to ring is a number to ring too (not "answered
        # more than 911 calls")
    if prev == "on" and numeral.text.isdigit() and len(numeral.text) >= 4 \
            and _PHRASE_ENDS.match(sentence.text, numeral.end) \
            and _called_by_name(sentence, before, words_set["dial_words"]):
        return False  # "call Tele-MANAS on 14416.", "ring Samaritans on 116123": a number to
        # ring
    if (prev in words_set["dial_words"] or (_second_number_rung(before)
                                             and len(numeral.text) >= 3)) \
            and numeral.text.isdigit() \
            and counted_noun(sentence, numeral.end, numeral.value) is None \
            and not sentence.unit_after(numeral.end) \
            and not _RANGE_GOES_ON.match(sentence.text, numeral.end):
        return False  # "call 911", "dial 999", "ring 112 or 767": a number to ring (not the
        # first end of a range: "call 500-1000 voters")
    if prev in words_set["text_words"] and numeral.text.isdigit() \
            and (numeral.text in words_set["emergency_numbers"]
                 or (len(numeral.text) in (5, 6) and not numeral.text.endswith(("00", "50")))) \
            and not sentence.text.startswith(" of ", numeral.end) \
            and not _ANOTHER_COUNT_REACHED.match(sentence.text, numeral.end) \
            and counted_noun(sentence, numeral.end, numeral.value) is None:
        return False  # "She texted 999 a description", "Anyone texting 85258": a number or a
        # short code to text (but "texted 111 of its patients", "texted 988 and phoned
        # another 600", and counts in fifties: "texted 12450", "texting 40000 a day")
    octane_next = bool(after) and (after[0].text == "octane" or (
        after[0].text == "-" and len(after) > 1 and after[1].text == "octane") or (
        after[0].text == "unleaded" and numeral.text in _UNLEADED_GRADES
        and not (len(after) > 1 and is_plural_word(after[1].text)
                 and after[1].lower not in _GRADE_FIGURE_NOUNS)
        and not (len(after) > 2 and after[1].lower in ("and", "or", ",")
                 and after[2].text[:1].isdigit()
                 and not _GRADE_AFTER.match(sentence.text, after[2].end))))
    if octane_next and not numeral.spelled \
            and _OCTANE_GRADES[0] <= numeral.value <= _OCTANE_GRADES[1]:
        return False  # "95 octane petrol", "95-octane petrol", "95 unleaded": a grade of fuel,
        # no count (not "20 Octane ellipticals", "by 2 octane", "98 unleaded tankers", "93
        # unleaded and 30 diesel tankers")
    if prev in _RANK_BANDS and (len(before) == 1 or before[-2].lower == "the"
                                or before[-2].text.endswith(POSSESSIVE_ENDINGS)
                                or before[-2].text in _BAND_OPENERS
                                or (before[-1].text == "Top" and numeral.value <= 100
                                    and not sentence.title_case
                                    and not before[-2].text.endswith("s"))) \
            and counted_noun(sentence, numeral.end, numeral.value) is None \
            and not sentence.unit_after(numeral.end):
        return False  # "finished in the top four", "the top 10 all advanced", "Top four after
        # 19 games:", "the UK Top 40": a band of ranks, or a chart's name
    if _spelled_in_name(numeral, after, sentence):
        return False
    if prev == "the" and _LETTERED_ROUTE.match(sentence.text, numeral.end) \
            and numeral.text.isdigit() and len(after) > 1 and after[1].lower in _ROUTE_NOUNS \
            and (after[1].lower in _ROAD_ROUTES or after[0].text not in _UNIT_LETTERS):
        return False  # "the 11C bus", "the 25A route": a lettered route, not 11 degrees
    if prev in _OWNER_DETERMINERS and numeral.text.isdigit() and len(numeral.text) > 2 \
            and _OWNER_AFTER.match(sentence.text, numeral.end):
        return False  # "a step up from the 955's", "the 747's wings": a model or a route that
        # owns something, not an amount
    if numeral.value in _WHOLEHEARTED and _conviction(numeral, sentence):
        return False  # "I'm one hundred percent sure": how sure, not a share
    if numeral.value <= 2 and _thread_jargon(numeral, before, after, sentence):
        return False  # "+1, same issue here", "just my 2 cents": a forum's idioms
    if numeral.spelled and _rhetorical(numeral, before, after, sentence):
        return False  # "I've told you a thousand times", "One day, this city will"
    if sentence.text[numeral.end + 1:numeral.end + 2].isupper() \
            and _titled_unit(numeral, after, sentence):
        return False  # "28 Days Later", "Nine Inch Nails", "50 Cent": a title or a name
    base = _BASE_YEAR_AFTER.match(sentence.text, numeral.end) if _year_shaped(numeral) else None
    if base is not None and (prev in _BASE_YEAR_OPENERS or (
            prev in ("at", "of") and base.group("prices") is not None)
            or (prev == "of" and len(before) > 1 and before[-2].lower in _BASE_YEAR_AMOUNTS)):
        return False  # "in 2015 dollars", "at 1913 prices", "chained 2017 dollars": a base year
    if _year_then_name(numeral, sentence):
        return False  # "In 1687 Newton published": a year, then a person
    has_unit = (sentence.unit_before(numeral.start)
                or sentence.unit_after(numeral.end)
                or cued_unit_after(sentence, numeral.end) is not None)
    if has_unit or bracketed_age(numeral, sentence) or _inch_marked(numeral, sentence):
        return True
    if (_after_name(numeral, before, sentence) and not _money_table_cell(numeral, sentence)) \
            or _restated_or_dotted(numeral, sentence):
        return False  # (but "£m: Adults 142.3": a cell of a table of money)
    if _before_name(numeral, after, sentence) or _upgraded_version(numeral, prev, sentence):
        return False
    if _DATED_VERSION.fullmatch(numeral.text) and (
            prev in _SOFTWARE_WORDS or (after and after[0].lower in _SOFTWARE_WORDS)):
        return False  # "the 2024.14 software update", "release 2023.44": a version by date
    if _aircraft_type(numeral, prev, sentence) or _chart_position(numeral, prev, sentence):
        return False
    if prev == "the" and nxt in _ROUTE_NOUNS and numeral.text.isdigit() and numeral.scale == 1 \
            and not (len(after) > 1 and is_plural_word(after[1].text)):
        return False  # "take the 45 bus": a route's number (but "45 buses", "the 12 service
        # stations")
    if prev == "the" and nxt in _SINGULAR_VERBS and numeral.text.isdigit() \
            and numeral.scale == 1 and numeral.value > 1 \
            and sentence.unit_after(numeral.end) is None:
        return False  # "the 148 is still diverted", "The 5090 is a 30% uplift": one thing
        # named by its number (a count takes a plural verb: "The 12 were released")
    if not _year_shaped(numeral):
        return True  # only a year was left to rule out
    if sentence.text[numeral.start - 3:numeral.start].strip()[-1:] in TIMES_SIGNS \
            and _TIMES_BEFORE.search(sentence.text, max(sentence.span[0], numeral.start - 4),
                                     numeral.start):
        return True  # "a 2560 x 1600 display": the other side of a size, no year
    if sentence.text[numeral.end:numeral.end + 2] in ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s") \
            and 1900 <= numeral.value < 2100:
        return False  # "still below 2019's 6.2 million": the year of the figure after it
    hedge = longest_phrase_before(sentence, numeral.start, hedges_before())
    if hedge is not None and (hedge[0].lower == "before" or in_breadcrumb(sentence, hedge[0])
                              or (hedge[0].lower in _CIRCA and not is_plural_word(nxt))
                              or (len(hedge) > 1 and hedge[-2].lower in _THAN_A_DATE)):
        hedge = None  # "dates from c. 1150", "built circa 1890", "before 1990", "no later
        # than 2050", "older than 1900": dates
    if hedge is not None and [w.lower for w in hedge] == ["up", "to"] \
            and 2000 <= numeral.value <= 2100 and not is_plural_word(nxt) \
            and counted_noun(sentence, numeral.end, numeral.value) is None:
        hedge = None  # "20,000 homes up to 2040": until a year, no bound
    if hedge is not None and hedge[-1].lower == "like" and nxt == "," \
            and not [w for w in sentence.before(hedge[-1].start, 3) if w.lower != "just"]:
        hedge = None  # "Like 2023, the budget was tight": as in that year
    if hedge is not None:
        # "through at least 2025", "until as late as 2030": the hedge bounds a year
        year_word = sentence.before(hedge[0].start, 1)
        dating = lexicon.load().not_claims["dating_verbs"]  # "written around 1450"
        if year_word and year_word[-1].lower == "from":
            verb = sentence.before(year_word[-1].start, 1)
            year_word = verb if verb and verb[-1].lower in dating else year_word  # "dates
            # from about 1510"
        if (year_word and (year_word[-1].lower in _YEAR_BEFORE_HEDGE
                           or (year_word[-1].lower in dating
                               and _counts_nothing_after(numeral, sentence)))) or \
                _compared_to_year(numeral, hedge, year_word, nxt) or \
                (year_word and _by_or_in_year(year_word[-1], sentence)):
            hedge = None
    return not _is_year(numeral, before, after, hedge is not None, sentence)


#: comparatives before "than" that compare with a date: "no later than 2050", "older than
#: 1900"
_THAN_A_DATE: Final = frozenset(["later", "earlier", "older", "younger", "newer"])
#: what makes a number after a verb of a timeline an amount: a rate, an infinitive, a
#: compound ("expected around 1500 a day", "around 2000 to march", "2000-strong")
_AMOUNT_AFTER_YEAR_SHAPE: Final = re.compile(r"[ ](?:a|an|per|to|each|every)\b|-")


def _counts_nothing_after(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether nothing after a hedged year-shaped number makes it an amount: no unit, no noun
    it counts ("expected around 2000 job cuts"), no rate or infinitive."""
    return _measures_nothing(numeral, sentence) \
        and _AMOUNT_AFTER_YEAR_SHAPE.match(sentence.text, numeral.end) is None


def _measures_nothing(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether neither a unit nor a noun the number counts follows it."""
    return sentence.unit_after(numeral.end) is None \
        and counted_noun(sentence, numeral.end, numeral.value) is None


#: a Boeing type right before a variant number: the "787-" of "787-9"
_BOEING_VARIANT: Final = re.compile(r"(?<![\w.,])7[0-9]7-\Z")
#: a Boeing variant after its type: "-800", "-300ER", "-9", "-8F", the "X" of "777X"
_VARIANT_AFTER: Final = re.compile(
    r"(?:-(?:[1-9]00|[89]|10)(?:ER|LR|F|X)?|X)(?![\w-]|[.,][0-9])")
#: words of heat and cold that make a capital K kelvin ("chilled to 1.9K") and "at 4K" a
#: temperature, not a display format (reading.py reads them too)
KELVIN_CUES: Final = lexicon.word_sections("grammar_words.txt")["kelvin_cues"]


def _aircraft_type(numeral: Numeral, prev: str, sentence: Sentence) -> bool:
    """ "fly the 787 to Lima", "The 747 made its final flight", "from the 767 to the 787":
    a Boeing type after "the" in a sentence about flying, with no noun it counts; a type
    before "MAX" or a noun of aircraft ("its 737 MAX 9 jets", "40 777 freighters"); and the
    variant after it ("a 787-9")."""
    if sentence.text[numeral.start - 1:numeral.start] == "-" and _BOEING_VARIANT.search(
            sentence.text, max(0, numeral.start - 4), numeral.start):
        return True
    variant = _VARIANT_AFTER.match(sentence.text, numeral.end) \
        if not numeral.spelled and BOEING_TYPE.match(numeral.text) else None
    if variant is not None and sentence.unit_after(variant.end()) is None:
        return True  # "the older 737-800", "a 777-300ER": the type before its variant (but
        # "747-800 MW" is a range)
    if not numeral.spelled and BOEING_TYPE.match(numeral.text) \
            and (_TYPE_NAME_AFTER.match(sentence.text, numeral.end)
                 or (_AIRCRAFT_AFTER.match(sentence.text, numeral.end)
                     and (prev in _TYPE_OWNERS or prev[:1].isdigit() or prev in _FLYING_VERBS
                          or _TYPE_LISTED_BEFORE.search(sentence.text, max(
                              sentence.span[0], numeral.start - 12), numeral.start)))):
        return True  # "its 737 MAX 9 jets", "40 777 freighters", "its 757 and 767 fleets":
        # the type before its name (but "A total of 757 aircraft were delayed": a count)
    if prev not in ("the", "a", "its", "their") or numeral.spelled \
            or not BOEING_TYPE.match(numeral.text) \
            or (sentence.vocabulary.isdisjoint(lexicon.load().not_claims["aviation_words"])
                and len(_BOEING_TYPES.findall(sentence.text, *sentence.span)) < 2):
        return False  # ("The 787 burns 20% less fuel than the 767": two types compared)
    return counted_noun(sentence, numeral.end, numeral.value) is None


#: what follows a Boeing type that names it, whatever comes before: "737 MAX", "777
#: freighters", "747 jumbo"; and nouns of aircraft that name it only after an owner or a
#: count ("its 767 jets", "40 777 aircraft"; not "A total of 757 aircraft")
_TYPE_NAME_AFTER: Final = re.compile(r"[ ](?:MAX|Max|max|[Ff]reighters?|jumbos?|[Dd]reamliners?)\b")
_AIRCRAFT_AFTER: Final = re.compile(r"[ ](?:jets?|airliners?|aircraft|planes?|fleets?)\b")
#: a Boeing type and "and" or "or" before another: the "757 and " of "757 and 767 fleets"
_TYPE_LISTED_BEFORE: Final = re.compile(r"(?<![\w.,])7[0-9]7[ ](?:and|or)[ ]\Z")
#: Boeing types in a sentence: "the 787 ... than the 767"
_BOEING_TYPES: Final = re.compile(r"\b[Tt]he[ ]7[0-9]7\b")
_TYPE_OWNERS: Final = frozenset(["the", "a", "an", "its", "their", "his", "her", "our"])
#: verbs of flying a fleet, after which a Boeing type names the aircraft: "flies 767 jets"
_FLYING_VERBS: Final = frozenset(["flies", "fly", "flew", "operates", "operate", "operated",
                                  "uses", "use", "used", "flying", "operating"])


#: nouns that a number before them, after "the", names a route of: "the 45 bus"
_ROUTE_NOUNS: Final = frozenset(["bus", "tram", "route", "service", "line", "train"])
#: verbs in the singular, after which "the 148" is one thing named by its number
_SINGULAR_VERBS: Final = frozenset(["is", "was", "has", "runs", "costs", "remains", "gets",
                                    "does", "goes", "stops"])
#: routes on the road, after which a lettered number is a route whatever its letter ("the
#: 11C bus"); on a "line" or "train" a letter of a unit keeps its unit ("the 12V line")
_ROAD_ROUTES: Final = frozenset(["bus", "tram", "route", "service"])
_UNIT_LETTERS: Final = frozenset("VWAKCJTGMF")
#: one capital letter glued after a route's number, then a space: "the 11C bus"
_LETTERED_ROUTE: Final = re.compile(r"[A-Z] ")
#: the highest position a chart numbers, how near the chart is named, and charts named by
#: their size
_CHART_SIZE: Final = 200
_CHART_REACH: Final = 4
_CHART_NAME: Final = re.compile(r"\b(?:Hot[ ]100|Top[ ]40|Top[ ]10)\b")


def _chart_position(numeral: Numeral, prev: str, sentence: Sentence) -> bool:
    """ "entered the album chart at 7", "climbed to 12 on the Hot 100", "rose from 20 to 6":
    a bare whole number after "to", "at" or "from", in a sentence about a chart, with no
    noun it counts, is a position."""
    if prev not in ("to", "at", "from") or numeral.spelled or numeral.scale != 1 \
            or not numeral.text.isdigit() or not 0 < numeral.value <= _CHART_SIZE:
        return False
    charts = lexicon.load().not_claims["chart_words"]
    near = sentence.before(numeral.start, _CHART_REACH) + sentence.after(numeral.end,
                                                                         _CHART_REACH)
    if all(w.lower not in charts for w in near) \
            and not _CHART_NAME.search(sentence.text, *sentence.span):
        return False  # "The charts on page 3 show wards fell to 42": a chart of amounts
    return counted_noun(sentence, numeral.end, numeral.value) is None


def _by_or_in_year(word: Word, sentence: Sentence) -> bool:
    """ "by around 2050", "in about 1850": "by" or "in" before a hedged four-digit number
    names a year, unless "by" gives the size of a change ("rose by about 1500", "cut jobs by
    about 1500")."""
    if word.lower == "in":
        return True
    if word.lower != "by":
        return False
    return change_verb_in_clause(sentence, word.start)[0] is None


def _plural_noun_next(sentence: Sentence, end: int, value: Decimal) -> Optional[Word]:
    """The plural noun that the number ending at ``end`` counts, right after it, with no list
    going on: "rules 6 people", "win 30-40 seats" (not "sections 4 and 5"); else None."""
    after = sentence.after(end, 1)
    if after and after[0].text.isalpha() and after[0].text.islower() \
            and is_plural_word(after[0].text) and counted_noun(sentence, end, value) is not None:
        return after[0]
    return None


#: words before a label word that make it the end of an opening phrase, not a label: "At
#: this stage 40 people", "In the first phase 1,200 homes", "On that floor 30 people"
_PHRASE_OPENERS: Final = lexicon.word_sections("grammar_words.txt")["phrase_openers"]
#: more numbers after the first, which make "number" a label: "Flights number 12 and 14"
_LABELS_LISTED: Final = re.compile(r"[ ]?(?:,|and|or|to|-|\N{EN DASH})[ ]?[0-9]")
#: prepositions of place that open a phrase before a count: "Behind the counter 3 staff"
_PLACE_PREPOSITIONS: Final = frozenset(["on", "behind", "inside", "outside", "near", "beside",
                                        "aboard", "onboard"])
#: labels that are only labels: "the number 9 bus"
_NUMBER_LABELS: Final = frozenset(["number", "no.", "no", "nos.", "#"])


#: determiners before a label word that make it a noun the amount after it is given to
_OBJECT_DETERMINERS: Final = frozenset(["each", "every", "the", "per"])


#: "times" or a glued "x" and a comparative after a number: a factor, whatever word is before
_TIMES_COMPARED_AFTER: Final = re.compile(
    r"(?:[ ]times|x|-fold)[ ](?:faster|quicker|slower|more|less|fewer|better|higher|lower"
    r"|bigger|smaller|cheaper|greater|as)\b", re.IGNORECASE)


#: the Sustainable Development Goals, numbered 1 to 17, and how a goal is named before its
#: number: "SDG 13", "SDGs 7 and", "SDG target 12.3"
_GOALS: Final = 17
_GOAL_BEFORE: Final = re.compile(r"\bSDGs?[ ](?:target[ ]|[0-9]{1,2}(?:,[ ]|[ ]and[ ]))?\Z")
#: the name of an identifier and a copula right before its number: "URN is", "registration
#: number is GB", "Reference:"
_ID_NAMES: Final = frozenset(["urn", "reference", "ref", "number"])
_ID_BEFORE: Final = re.compile(
    r"\b(?:URN|[Rr]eference|[Rr]ef\.?|(?:registration|case|account|application|reference|incident"
    r"|crime|policy|order|tracking|serial|licence|license|membership|customer|booking|planning"
    r"|company|charity|VAT)[ ][Nn]umber)[ ]?(?:is|was|:)[ ](?:[A-Z]{2}[ ])?\Z")
#: the "-plus" or "+" of an entrance exam named by its age, with no unit or noun of years
#: after it: "the 11-plus", "the 11+ exam" (not "the 11-plus age group")
_EXAM_PLUS: Final = re.compile(r"(?:-plus|\+)(?![ ](?:age|year|years|group))(?![\w-])",
                               re.IGNORECASE)
#: money signs, and "per" right before one: "per $1 million"
_MONEY_SIGNS: Final = frozenset(MONEY_SIGNS)
_PER_MONEY: Final = re.compile(r"\bper[ ](?:[A-Z]{1,2})?" + MONEY_SIGN_CLASS + r"\Z")
#: words of prices and of Sudan that keep "SDG 12" Sudanese pounds
_SUDANESE_MONEY_CUES: Final = frozenset(
    "cost costs costing price prices priced paid pay pays sold sells worth fee fees fine fined "
    "salary wage wages sudan sudanese khartoum omdurman pound pounds rose fell dollar "
    "exchange litre".split())
#: "times" right after a number: "20 times", "complained to H.R. 3 times"
_TIMES_AFTER: Final = re.compile(r"[ ]times\b")


#: groups whose size a count after "size" gives: "sample size 1,200 adults" (but "size 12
#: dresses" names a size)
_SIZED_GROUPS: Final = frozenset(["sample", "class", "household", "family", "herd", "average",
                                  "mean", "median", "fleet", "group", "batch", "team",
                                  "cohort", "panel", "crew", "party", "study", "crowd"])


#: a camera's sensitivities in third stops, as "ISO" precedes them
_ISO_SPEEDS: Final = frozenset(
    "25 32 40 50 64 80 100 125 160 200 250 320 400 500 640 800 1000 1250 1600 2000 2500 3200"
    " 4000 5000 6400 8000 10000 12800 16000 20000 25600 32000 40000 51200 64000 102400 204800"
    " 409600".split())
#: words of photography that make "ISO 800" a speed
_PHOTO_WORDS: Final = frozenset(["shoot", "shot", "shoots", "shooting", "camera", "cameras",
                                 "sensor", "shutter", "exposure", "aperture", "lens", "photo",
                                 "photos", "grain", "low-light", "photographer", "native",
                                 "stops", "dslr", "mirrorless", "tripod", "daylight",
                                 "indoors"])


#: names of a scale whose number is a reading on it: "SPF 30", "SPF50+", "pH 5.5", "UPF 50"
_SCALE_NAME_BEFORE: Final = re.compile(r"\b(?:SPF|spf|UPF|upf|pH|PH)[ ]?\Z")
#: the last letters of those names: a quick test
_SCALE_NAME_ENDS: Final = frozenset("FfHh")


def after_scale_name(sentence: Sentence, start: int) -> bool:
    """Whether the number at ``start`` is a reading on a named scale: "SPF 30", "pH 5.5"."""
    last = sentence.text[max(sentence.span[0], start - 2):start].rstrip()[-1:]
    return last in _SCALE_NAME_ENDS and _SCALE_NAME_BEFORE.search(
        sentence.text, max(sentence.span[0], start - 5), start) is not None


def _change_after_calls(sentence: Sentence, after: Sequence[Word]) -> bool:
    """A verb of change after "999 calls", perhaps after "have" or "has": "999 calls rose",
    "999 calls have risen"."""
    changes = lexicon.load().changes
    if len(after) > 2 and after[1].lower in ("up", "down") and after[2].lower in ("from", "to"):
        return False  # "112 calls up from 86": a count that rose
    if len(after) > 1 and (after[1].lower in changes or after[1].lower in _HEADLINE_MOVES
                           or after[1].lower in _MODALS_AFTER_CALLS):
        return True  # ("999 calls up 20%", "112 calls must be answered")
    verb = sentence.after(after[1].end, 1) if len(after) > 1 else ()
    return len(after) > 1 and after[1].lower in ("have", "has", "had") and bool(verb) \
        and verb[0].lower in changes


#: calls made to someone, which a possessive's emergency number counts: "Their 999 calls to
#: the landlord were ignored"
_CALLS_TO: Final = re.compile(r"[ ]calls?[ ]to[ ]")
#: a headline's change after "999 calls": "999 calls up 20%"
_HEADLINE_MOVES: Final = frozenset(["up", "down", "soar", "surge", "jump", "fall", "drop"])
#: verbs of duty after "112 calls", which then name the service: "112 calls must be answered"
_MODALS_AFTER_CALLS: Final = frozenset(["must", "should", "will", "shall", "can", "may"])


def _opens_no_label(numeral: Numeral, word: Word, sentence: Sentence) -> bool:
    """A word before a list or a range of numbers that labels none of them: "ISO" in
    photography, an instruction's verb opening the sentence ("Water 2 or 3 times a week")."""
    return _film_speed(numeral, word, sentence) \
        or (word.lower in _COUNT_OPENING_VERBS and word.start == sentence.span[0])


def _film_speed(numeral: Numeral, label: Word, sentence: Sentence) -> bool:
    """ "ISO 800" in a sentence about photography: a sensitivity of a sensor or a film."""
    return label.lower == "iso" and numeral.text.replace(",", "") in _ISO_SPEEDS \
        and not sentence.vocabulary.isdisjoint(_PHOTO_WORDS) \
        and sentence.vocabulary.isdisjoint(_STANDARDS_WORDS)


#: words of standards, beside which "ISO 8000" is one ("The ISO 8000 standard")
_STANDARDS_WORDS: Final = frozenset(["standard", "standards", "certified", "certification",
                                     "compliance", "compliant", "accredited", "audit"])


#: the least number that "now number" counts rather than labels ("Apartments still number 5
#: and 6 face the sea")
_FEWEST_NUMBERED: Final = 20
#: a rating's scale after its score: " out of 5", "/10"
_OUT_OF_AFTER: Final = re.compile(r"[ ]?(?:out[ ]of[ ]|/)[0-9]")
#: adverbs between a subject and its verb "number": "Wolves now number"
_SUBJECT_ADVERBS: Final = frozenset(["now", "still", "only", "already", "today", "currently",
                                     "once", "probably", "may", "might", "could"])


def _counted_subject_before(words: Sequence[Word]) -> bool:
    """Whether a plural noun ends ``words``, perhaps before an adverb: the subject of the
    verb "number" ("Wolves now")."""
    words = [w for w in words[-3:] if w.lower not in _SUBJECT_ADVERBS]
    return bool(words) and words[-1].text.isalpha() and is_plural_word(words[-1].lower)




def _not_a_label(numeral: Numeral, before: Sequence[Word], sentence: Sentence) -> bool:
    """Whether a label word before the number labels nothing: a verb whose object the
    number counts ("will table 40 amendments", "to block 12,000 websites", "building 300,000
    homes"; [label_verb_openers]), a noun an amount is given to ("each district 2,000
    tonnes"), one before a measure ("levels 50% higher"), or the end of an opening phrase
    ("Under the new rules 6 people", "At this stage 40 people")."""
    label = before[-1]
    words = lexicon.load().not_claims
    if _film_speed(numeral, label, sentence):
        return True  # "Shoot at ISO 800": a film speed, not the standard ISO 9001
    if label.lower == "album" and ("." in numeral.text
                                   or _OUT_OF_AFTER.match(sentence.text, numeral.end)):
        return True  # "gave the album 8.5", "rated the album 4 out of 5": a rating, no title
    if label.lower == "number" and label.text.islower() and len(before) > 2 \
            and numeral.value >= _FEWEST_NUMBERED \
            and before[-2].lower in _SUBJECT_ADVERBS and _counted_subject_before(before[:-1]):
        return True  # "Wolves now number 1,300 to 1,400": a verb (but "Flights number 12
        # and 14 were delayed": labels)
    if label.text.islower() and (_TIMES_COMPARED_AFTER.match(sentence.text, numeral.end)
                                 or _TIMES_AFTER.match(sentence.text, numeral.end)):
        return True  # "ship code 4.5 times faster", "write code 2x faster": a factor;
        # "booed the ref 20 times": how often
    if label.lower == "size" and len(before) > 1 and before[-2].lower == "effect":
        return True  # "effect size 0.14": a study's measure of its effect, no size worn
    if (label.lower in ("day", "deck", "slide", "car", "voyage") or (
            label.lower == "size" and len(before) > 1 and before[-2].lower in _SIZED_GROUPS)) \
            and numeral.value > 1 \
            and counted_noun(sentence, numeral.end, numeral.value) is not None:
        return True  # "the day 40 people died", "Volunteers deck 40 streets", "Stocks slide
        # 300 points", "gave the car five stars", "the return voyage 12 crew fell ill": a
        # count, not "Day 1,000 of the war", "on deck 12", "see slide 7", "Car 5 was
        # derailed", "On voyage 3 the ship"
    if len(before) > 1 and before[-2].lower in _OBJECT_DETERMINERS and label.text.islower() \
            and numeral.value > 1 and ("," in numeral.text or sentence.unit_after(numeral.end)
                                       or (before[-2].lower != "the" and counted_noun(
                                           sentence, numeral.end, numeral.value))):
        return True  # "gave each district 2,000 tonnes", "fined the platform 50,000 yuan"
    if label.text.islower() and (label.lower.endswith("s") or label.lower == "thread") \
            and numeral.value > 1 \
            and sentence.text[numeral.end:numeral.end + 1] == " " \
            and _plural_noun_next(sentence, numeral.end, numeral.value) is not None:
        return True  # "Under the new rules 6 people", "In the later phases 1,200 homes", "In
        # the thread 40 people replied" (but "See thread 12")
    unit = sentence.unit_after(numeral.end)
    if label.text.islower() and unit is not None and unit.dimension not in ("currency", "count") \
            and not _code_letter(numeral, unit, label.lower):
        return True  # "levels 50% higher", "holes 2 metres deep": a measure, no label (but
        # "Date code 3112C", "section 11C")
    if len(before) > 1 and label.text.islower() and (
            before[-2].lower in _PHRASE_OPENERS or before[-2].lower.endswith("est")) \
            and counted_noun(sentence, numeral.end, numeral.value) is not None:
        return True  # "In the first phase 1,200 homes", "At this stage 40 people"
    if len(before) > 2 and before[-2].lower == "the" and label.text.islower() \
            and label.lower not in _NUMBER_LABELS and numeral.value > 1 \
            and (before[-3].lower in _OPENING_PREPOSITIONS
                 or before[-3].lower in _PLACE_PREPOSITIONS) \
            and counted_noun(sentence, numeral.end, numeral.value) is not None:
        return True  # "On the tram 12 passengers", "Behind the counter 3 staff": a place, then
        # a count (but "on the number 9 bus")
    subject = before[-3] if len(before) > 2 and before[-2].lower in ("now", "still") \
        else before[-2] if len(before) > 1 else None  # "Its staff now number 1,200"
    if label.lower == "number" and subject is not None and is_plural_subject(subject) \
            and (subject.text.islower() or subject.start == sentence.span[0]) \
            and numeral.value > 1 and not _LABELS_LISTED.match(sentence.text, numeral.end):
        return True  # "Saturn's moons number 146": the verb of a plural subject (but
        # "Flights number 12 and 14 were delayed": labels)
    opener = before[-3] if len(before) > 2 and before[-2].lower.endswith("ly") \
        else before[-2] if len(before) > 1 else None  # "will eventually number"
    if not label.text.islower() or not (
            label.lower.endswith("ing") or (
                label.lower in words["label_verbs"] and opener is not None
                and opener.lower in words["label_verb_openers"]
                and not _moved_to(before))):
        return False
    return counted_noun(sentence, numeral.end, numeral.value) is not None


#: words that join the numbers of a list or a span: "Articles 5 and 6", "Scope 1, 2 and 3",
#: "pages 10-20"
_LIST_JOINERS: Final = frozenset([",", "and", "or", "&", "to", "through", "-", "\N{EN DASH}"])


#: an opening phrase of a preposition, a label and its number, then the comma: "In Wave 9, ",
#: "At Gate 5, "
_OPENING_LABEL: Final = re.compile(
    r"\b(?:[Ii]n|[Ii]nto|[Aa]t|[Oo]n|[Ff]or|[Ff]rom|[Dd]uring|[Uu]nder|[Bb]y|[Aa]fter|[Bb]efore"
    r"|[Ff]ollowing|[Nn]ear|[Ss]ince|[Uu]ntil|[Bb]eyond|[Bb]etween|[Pp]ast)[ ]"
    r"(?:the[ ])?[A-Za-z]+[ ][0-9]{1,4}[A-Za-z]?,[ ]\Z")


def _names_a_kind_or_code(numeral: Numeral, before: Sequence[Word], after: Sequence[Word],
                          prev: str, sentence: Sentence) -> bool:
    """Whether the number names a kind of thing or a code, shaped by the characters beside
    it: "+1.75 / -0.50 x 90" of a prescription, "Three Mile Island", "700c wheels", "K. 550",
    "a 3 in 1 high chair", "205/55 R16 91V", "Still 0-0", "90+3'", "reading 04873", "Krug
    '96", "3C 273", "an 8-speed automatic"."""
    if not sentence.vocabulary.isdisjoint(_EYE_WORDS) and _lens_power(numeral, sentence) \
            and not _DIOPTRES_AFTER.match(sentence.text, numeral.end):
        return True  # "My prescription is +1.75 / -0.50 x 90", "I'm -4.75 in both eyes":
        # an optician's powers and axis, no amounts (but "+1.00 dioptres" names its unit)
    if numeral.spelled and numeral.value > 1 \
            and "Mile" in sentence.text[numeral.end:numeral.end + 6] \
            and _NAMED_MILE_AFTER.match(sentence.text, numeral.end):
        return True  # "Three Mile Island", "the Eight Mile Road": a place's name, the mile
        # singular after a number above one
    if numeral.text.rstrip("bBcC") in ("700", "650") \
            and _WHEEL_SIZE_AFTER.match(sentence.text, numeral.start + 3) \
            and not sentence.unit_before(numeral.start) \
            and not _COUNTED_AFTER_SIZE.match(sentence.text, numeral.end) \
            and not sentence.vocabulary.isdisjoint(_WHEEL_WORDS) \
            and sentence.vocabulary.isdisjoint(_HEAT_WORDS):
        return True  # "700c wheels", "650b", "700x28c tyres": a wheel's size by its name
    glued_before = sentence.text[max(sentence.span[0], numeral.start - 4):numeral.start]
    glued_after = sentence.text[numeral.end:numeral.end + 1]
    if ("." in glued_before or "V" in glued_before or "z" in glued_before) \
            and _CATALOGUE_BEFORE.search(sentence.text, max(sentence.span[0], numeral.start - 8),
                                         numeral.start):
        return True  # "Symphony No. 40, K. 550", "Sonata in B flat, D. 960": a work's number
        # in its composer's catalogue (but "in Section D. 12 people were hurt")
    if (sentence.text.startswith((" in 1", "-in-1"), numeral.end)
            and _ALL_IN_ONE.match(sentence.text, numeral.start)) or (
            numeral.text == "1" and _ALL_IN_BEFORE.search(
                sentence.text, max(sentence.span[0], numeral.start - 6), numeral.start)):
        return True  # "a 3 in 1 high chair", "5 in 1 test strips": a kind of product, as
        # "3-in-1" is
    if prev == "to" and len(before) > 1 and before[-2].lower == "couch":
        return True  # "a couch to 5k plan": the programme's name
    if glued_after.isupper() and _SPEED_RATING_AFTER.match(sentence.text, numeral.end) \
            and _TYRE_SIZE_BEFORE.search(sentence.text, max(sentence.span[0], numeral.start - 10),
                                         numeral.start):
        return True  # "205/55 R16 91V", "225/45 R17 94W XL": a tyre's load index and speed
        # rating, no volts nor watts
    if (glued_after in _DASHES and _EQUAL_SCORE.match(sentence.text, numeral.start)) or (
            glued_before[-1:] in _DASHES and numeral.start - 2 >= sentence.span[0]
            and not sentence.text[numeral.start - 3:numeral.start - 2].isalnum()
            and _EQUAL_SCORE.match(sentence.text, numeral.start - 2)):
        return True  # "Still 0-0 at the break", "2-2!": a level score
    if (glued_after == "+" and numeral.text in _HALF_ENDS
            and _STOPPAGE_AFTER.match(sentence.text, numeral.end)) \
            or (glued_before[-1:] == "+" and _HALF_END_BEFORE.search(
                sentence.text, max(sentence.span[0], numeral.start - 4), numeral.start)):
        return True  # "90+3'", "90+4 minute": a minute of stoppage time
    if len(numeral.text) >= (5 if not before else 4) and numeral.text[0] == "0" \
            and numeral.text.isdigit() and numeral.value and numeral.scale == 1 \
            and not sentence.unit_before(numeral.start) and not sentence.unit_after(numeral.end):
        return True  # "Our closing reading was 04873", "Rain gauge 0123": a meter's reading
        # or a code, no amount (no one writes an amount with a leading zero; a lone "0033"
        # is still read as 33)
    if glued_before[-1:] in APOSTROPHES and len(numeral.text) == 2 and numeral.text.isdigit() \
            and _SHORT_YEAR_BEFORE.search(
            sentence.text, max(sentence.span[0], numeral.start - 2), numeral.start) \
            and not (after and after[0].text.isalpha() and after[0].text.islower()
                     and after[0].text not in ("in", "vintage")) \
            and not (len(after) > 1 and after[1].lower in _SUBJECT_VERBS_AFTER) \
            and not sentence.unit_after(numeral.end):
        return True  # "Krug '96 in magnum", "the '90 Pétrus": a vintage, a year cut short
        # (but "He said '10 people came'": a quotation opens)
    if glued_after == "C" and _RADIO_SOURCE.match(sentence.text, numeral.start):
        return True  # "Quasar 3C 273": a source of the Third Cambridge Catalogue, no heat
    if glued_after == "-" and _GEARS_AFTER.match(sentence.text, numeral.end):
        return True  # "an 8-speed automatic", "a 12-speed cassette": a kind of gearing, as
        # "a six-speed gearbox" is
    if glued_after == "-" and numeral.value < 10 and _GOLF_CLUB_AFTER.match(sentence.text,
                                                                           numeral.end) \
            and not sentence.vocabulary.isdisjoint(_GOLF_SHOT_WORDS):
        return True  # "with a 4-iron from 268 yards", "his 3-wood": a golf club's name
    return False


#: a code of three digits or more with one capital letter glued to its end, then a space or
#: the end of a word: "4110B" of "Lot codes 4102B through 4110B"
_LETTERED_CODE: Final = re.compile(r"[0-9]{3,}[A-Z](?![A-Za-z])")


#: a numbered clause or section: "14.2"
_CLAUSE_NUMBER: Final = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}")


#: a year and a comma right before a number: the year of a law or an opening phrase
_YEAR_BEFORE_COMMA: Final = re.compile(r"\b(?:1[89]|20)[0-9]{2},[ ]\Z")


def _listed_after_label(numeral: Numeral, sentence: Sentence) -> bool:
    """ "Articles 5 and 6", "ports 80, 443 and 8080": a plain number listed after a number
    that a label word names is a label too; so is one listed after a small number that a
    capitalised name holds ("Year 10, 11 and 12 students", "Zones 1 to 6"); not one after a
    comma with a unit or noun of its own ("In Wave 9, 31% of")."""
    code = _LETTERED_CODE.match(numeral.text + sentence.text[numeral.end:numeral.end + 2]) \
        if numeral.text[-1:].isupper() or sentence.text[numeral.end:numeral.end + 1].isupper() \
        else None
    if not (numeral.text.isdigit() or _CLAUSE_NUMBER.fullmatch(numeral.text) or code):
        return False  # (a clause's number has a point: "clauses 14.1 and 14.2")
    if sentence.text[numeral.start - 2:numeral.start] == ", " and (
            sentence.unit_after(numeral.end) is not None
            or (counted_noun(sentence, numeral.end, numeral.value) is not None
                and (_OPENING_LABEL.search(sentence.text,
                                           max(sentence.span[0], numeral.start - 40),
                                           numeral.start)
                     or _YEAR_BEFORE_COMMA.search(sentence.text,
                                                  max(0, numeral.start - 8), numeral.start)))):
        return False  # "In Wave 9, 31% of", "In Table 4, 12 deaths", "Under the Act 1989, 43
        # supporters": a figure of its own after an opening phrase (but "Year 10, 11
        # students" lists its labels)
    labels = lexicon.load().not_claims["label_words"]
    measured = sentence.unit_after(numeral.end) is not None and not code
    if measured and sentence.text[numeral.start - 5:numeral.start] == " and ":
        return False  # "Windows 10 or 11 and 8 GB of RAM": an amount after the labels
    decimal = not (numeral.text.isdigit() or code)
    return any((_label_word(opener, sentence) in labels or (
        (not dashed or decimal) and _capital_label(opener, listed, sentence)
        and (not decimal or _software_sentence(sentence)) and (decimal or not pointed)
        and not (measured and _opens_a_measure(opener, sentence))))
        and (not decimal or pointed)
        and not _opens_no_label(numeral, opener, sentence)  # ("ISO 100-6400", "Water 2 or 3")
        and not _one_named_thing(opener, numeral, sentence)
        and (not code or _LETTERED_CODE.match(sentence.text, listed.start))
        for opener, listed, dashed in list_openers(sentence, numeral.start, _LIST_JOINERS)
        for pointed in [sentence.text[listed.start - 1:listed.start] == "."])
    # (a number with a point follows only another: "clauses 14.1 and 14.2", not "band 3
    # and 4.5% at the top"; after a name, only in a sentence of software, and only a
    # version follows a version: "supports Android 8.0-13.0", not "Brent 80.5 to 82.0" nor
    # "iOS 17.0 and 2 GB")
    # (no name before a measured pair: "Seas 8 to 12 feet", "SW 20 to 25 mph"; a code's
    # letter follows only another code's: "Lot codes 4102B through 4110B", not "Sections 12
    # and 1400V lines")


#: an ordinal of a scale word after a number: "the 100 millionth visitor", "its 10
#: thousandth sale" (not "100 millionths of a metre")
_SCALED_ORDINAL_AFTER: Final = re.compile(
    r"[ -](?:hundred|thousand|million|billion)th\b(?![ ]of\b)")
#: the letter of a wheel's size, or its tyre's width, after 700 or 650: "700c", "650b",
#: "700x28c", "700 x 32c"
_WHEEL_SIZE_AFTER: Final = re.compile(
    r"(?:[bcBC]|[ ]?[x\N{MULTIPLICATION SIGN}][ ]?[0-9]{2}[cC])\b")
#: words of glasses and their prescriptions (a quick miss elsewhere)
_EYE_WORDS: Final = frozenset(["prescription", "prescriptions", "eyes", "glasses",
                               "spectacles", "sph", "cyl", "axis", "dioptre", "dioptres",
                               "diopter", "diopters", "varifocal", "varifocals", "optician",
                               "optometrist", "myopia", "astigmatism"])
#: a signed power in quarter dioptres: "+1.75", "-0.50"
_LENS_POWER: Final = re.compile(r"[-+\N{MINUS SIGN}][0-9]{1,2}\.(?:00|25|50|75)")
#: the unit of a lens's power written out after it, perhaps past a range's far end:
#: " dioptres", " to +3.50 diopters"
_DIOPTRES_AFTER: Final = re.compile(
    r"(?:[ ]?(?:to|-|\N{EN DASH})[ ]?[-+\N{MINUS SIGN}]?[0-9]{1,2}\.[0-9]{2})?"
    r"[ ]?(?:dioptre|diopter)s?\b", re.IGNORECASE)
#: a power and "x" right before an astigmatism's axis: "-0.50 x "
_BEFORE_AXIS: Final = re.compile(r"[0-9]\.(?:00|25|50|75)[ ]?[xX\N{MULTIPLICATION SIGN}][ ]?\Z")


def _lens_power(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the number is a lens's power in dioptres, signed, or the axis after one."""
    signed = sentence.text[max(0, numeral.start - 1):numeral.end]
    if _LENS_POWER.fullmatch(signed) or _LENS_POWER.fullmatch(numeral.text):
        return True
    return numeral.text.isdigit() and numeral.value <= 180 and _BEFORE_AXIS.search(
        sentence.text, max(sentence.span[0], numeral.start - 8), numeral.start) is not None


#: a capitalised singular mile and a place's noun after a number in words: "Three Mile
#: Island", "Nine Mile Point" (not the headline's "Three Mile Queue At Dover")
_NAMED_MILE_AFTER: Final = re.compile(
    r"[ -]Mile[ ](?:Island|Point|Creek|Road|Bridge|Beach|Lake|Bay|Hill|Falls|Cross|Corner"
    r"|Drive|Dam|Reef|End|Canyon|House|Rock|Run|Stone|Lane|Bottom)\b")
#: words of a bicycle's wheels, beside which "700c" is a size (not "The oven reached 700C")
_WHEEL_WORDS: Final = frozenset(["wheel", "wheels", "wheelset", "tyre", "tyres", "tire", "tires",
                                 "rim", "rims", "bike", "bikes", "bicycle", "frame", "fork",
                                 "gravel", "tubeless", "clincher", "clinchers"])
#: a number and a times sign right before a number: "2560 x ", "2560x" (not a multiple's "3x
#: 2019 levels")
_TIMES_BEFORE: Final = re.compile(
    r"[0-9](?:[ ][x\N{MULTIPLICATION SIGN}][ ]?|[x\N{MULTIPLICATION SIGN}])\Z")
#: a composer's catalogue letter after a comma, right before a work's number: ", K. 550"
_CATALOGUE_BEFORE: Final = re.compile(
    r"(?:[,(]|'s|\N{RIGHT SINGLE QUOTATION MARK}s)[ ]?(?:(?:K|D|B)\.|KV\.?|Sz\.?)[ ]?\Z")
#: a product that does several things in one, spaced: "3 in 1", and the "3 in " before its 1
_ALL_IN_ONE: Final = re.compile(r"[2-9](?:[ ]in[ ]|-in-)1\b(?![.,][0-9])")
_ALL_IN_BEFORE: Final = re.compile(r"\b[2-9](?:[ ]in[ ]|-in-)\Z")  # (and "Duo 7-in-1")
#: a plural that a number counts, other than wheels' own words: " units" (not " wheels")
_COUNTED_AFTER_SIZE: Final = re.compile(
    r"[ ](?!wheels\b|wheelsets\b|tyres\b|tires\b|rims\b|clinchers\b)[a-z]{3,}s\b")
#: words of heat, beside which "700C" is a temperature, wheels or no (grammar_words.txt)
_HEAT_WORDS: Final = (lexicon.word_sections("grammar_words.txt")["temperature_words"]
                      - lexicon.word_sections("grammar_words.txt")["forecast_sky_words"]) \
    | frozenset(["heated", "forging", "forged", "reached", "furnace"])
#: a tyre's rim size right before its load index: "R16 ", "ZR17 "
_TYRE_SIZE_BEFORE: Final = re.compile(r"\b(?:Z?R|r)[ ]?1[0-9](?:\.5)?C?[ ]\Z")
#: a tyre's speed rating glued after its load index: "91V", "94W", "102H"
_SPEED_RATING_AFTER: Final = re.compile(r"[HVWYTQSRZ](?![\w])")
#: the dashes of a score: "0-0", "2–2"
_DASHES: Final = frozenset(["-", "\N{EN DASH}"])
#: a level score of small numbers, and its second side: "0-0", "2-2"
_EQUAL_SCORE: Final = re.compile(
    r"([0-9])[-\N{EN DASH}]\1(?![\w.,%/-]|[ ](?!(?:at|in|on|after|with|and|but|until|as|to|for"
    r"|going|draw|tie|scoreline)\b)[a-z])")
#: stoppage time after the end of a half: "90+3'", "45+2"
_STOPPAGE_AFTER: Final = re.compile(r"\+[0-9]{1,2}'?(?![0-9])")
_HALF_ENDS: Final = frozenset(["45", "90", "105", "120"])
_HALF_END_BEFORE: Final = re.compile(r"(?<![0-9])(?:45|90|105|120)\+\Z")
#: a price in pounds and pence after a name on a menu or a price list, and such items
_PRICED_ITEM: Final = re.compile(r"[0-9]{1,3}\.[0-9]{2}")
_PRICED_ITEMS: Final = re.compile(r"\b[A-Z][a-z]+[ ][0-9]{1,3}\.[0-9]{2}(?![0-9.])")
#: words of a menu or price list, one of which such a list needs (not "Trains: Leeds 10.45,
#: York 11.20", "Read John 3.16 and Romans 8.28", "Ubuntu 20.04 to Ubuntu 22.04")
_PRICE_LIST_WORDS: Final = frozenset(["menu", "menus", "price", "prices", "priced", "drinks",
                                      "food", "tariff", "cost", "costs"])
#: verbs after a subject, which make a quotation's count of people no vintage: "'15
#: Marines were hurt,'"
_SUBJECT_VERBS_AFTER: Final = frozenset(["were", "are", "was", "is", "have", "had", "died",
                                         "say", "said"])
#: the apostrophe of a year cut short, after a space or at the start: " '96"
_SHORT_YEAR_BEFORE: Final = re.compile(r"(?:^|(?<=[ (]))['\N{RIGHT SINGLE QUOTATION MARK}]\Z")
#: a radio source of a Cambridge catalogue and its number: "3C 273", "4C 41.17"
_RADIO_SOURCE: Final = re.compile(
    r"[2-9]C[ ][0-9]{1,4}(?:\.[0-9]{1,2})?\b(?![ ](?:days?|weeks?|hours?|years?|[a-z]{2,}s)\b)")
#: words of a golf shot, beside which "4-iron" is a club (not "a 4-iron cluster")
_GOLF_SHOT_WORDS: Final = frozenset(["green", "fairway", "tee", "yards", "yard", "shot", "hole",
                                     "par", "birdie", "bogey", "eagle", "pin", "flag", "rough",
                                     "bunker", "approach", "drive", "golf", "club", "clubs"])
#: a golf club glued after its number: "4-iron", "3-wood", "5-hybrid"
_GOLF_CLUB_AFTER: Final = re.compile(r"-(?:iron|wood|hybrid|irons|woods|hybrids)\b(?!-)")
#: a gearing glued after a number: "8-speed", "11-spd"
_GEARS_AFTER: Final = re.compile(r"-(?:speed|spd)\b(?!-)")
#: the words that open a rank
_ORDINAL_OPENERS: Final = frozenset(["the", "its", "their", "our", "his", "her", "my", "your"])


def _label_word(word: Word, sentence: Sentence) -> str:
    """A list's opening word, lower-cased, with the word its dot closes: "pp." of "pp.
    212-219"."""
    if word.text != ".":
        return word.lower
    before = sentence.before(word.start, 1)
    return before[0].lower + "." if before and before[0].end == word.start else "."


def _one_named_thing(opener: Word, numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the name before the first number is one thing, after "a" or "an" (perhaps past
    its maker's name), and things counted follow the number listed after it: "fitted a Tesla
    Powerwall 3 and 16 solar panels" (not "Year 10 and 11 students")."""
    before = [w for w in sentence.before(opener.start, 3) if not w.text[:1].isupper()]
    noun = counted_noun(sentence, numeral.end, numeral.value)
    return bool(before) and before[-1].lower in ("a", "an") \
        and noun is not None and noun.text.islower() and units.singular(noun.lower) != noun.lower


def _capital_label(word: Word, listed: Word, sentence: Sentence) -> bool:
    """A capitalised name right before a number of one or two digits ("Year 10") or a
    version ("Android 8.0", "macOS 13.5"), which names it as a label does; not a month ("June
    3, 4 and 5" are dates anyway), a verb that opens the sentence ("Add 2 or 3 eggs"), an
    adverb, people named by age or a currency marker.  ``listed`` is the number's last
    token."""
    first = sentence.text[word.end + 1:listed.end]
    return (len(first) <= 2 and first.isdigit() or _CLAUSE_NUMBER.fullmatch(first) is not None) \
        and sentence.text[word.end:word.end + 1] == " " and word.text.isalpha() \
        and (word.text[:1].isupper() or (_CLAUSE_NUMBER.fullmatch(first) is not None
                                         and not word.text[1:].islower())) \
        and not _names_nothing(word, sentence) \
        and word.lower not in _STAT_LABELS and word.lower not in _AGE_GROUP_WORDS \
        and not sentence.unit_before(listed.start)  # "Rs 40 to 50", "Women 25 to 54"


def _software_sentence(sentence: Sentence) -> bool:
    """Whether the sentence speaks of software's versions: "supports", "compatible",
    "deprecated" ([version_list_words], [software_life_words])."""
    words = lexicon.load().not_claims
    return not (sentence.vocabulary.isdisjoint(words["version_list_words"])
                and sentence.vocabulary.isdisjoint(words["software_life_words"]))


#: a product's name in Apple's camel case: "iPhone", "iPad", "iOS", "macOS"
_CAMEL_PRODUCT: Final = re.compile(r"(?:i|mac|watch|tv|iPad)[A-Z][A-Za-z]*")


def _names_nothing(word: Word, sentence: Sentence) -> bool:
    """Whether a word before a number, capitalised or not, is no name that the number
    belongs to: a function word ("In 2 cases"), an adverb ("Typically 2"), a month ("June
    3"), a verb that opens the sentence ("Add 2 eggs", "Killed 40 people") or the receiver
    of a verb of giving ("has sent Ukraine 31 tanks", "would hand Reform 20 or 30 seats")."""
    lower = word.lower
    if lower in lexicon.load().function_words or lower.endswith("ly") \
            or lower in lexicon.load().not_claims["months"] or _opening_verb(word, sentence):
        return True
    verb = sentence.before(word.start, 1)
    if len(word.text) == 1 and verb and verb[0].lower in ("vitamin", "vitamins"):
        return True  # "vitamin D 10 to 25 micrograms": a vitamin's letter, then its dose
    if not verb or verb[0].lower not in _GIVING_VERBS or _CAMEL_PRODUCT.fullmatch(word.text):
        return False  # (a product's name in camel case receives nothing: "data showed
        # iPhone 17 sales"; but "granted easyJet 40 extra slots")
    # a model's number is short and the receiver comes after "to": "delivered Leopard 2
    # tanks to Ukraine", "shipped PlayStation 5 consoles"
    after = sentence.after(word.end, 6)
    return bool(after) and len(after[0].text) > 1 and not any(w.lower == "to" for w in after)


def _compared_to_year(numeral: Numeral, hedge: Sequence[Word], before: Sequence[Word],
                      nxt: str) -> bool:
    """ "53% below 1990 levels", "1% above 2019": "above"/"below" after a figure, or before
    "levels", measure against a year, which bounds nothing; so does a comparative other than
    of amount before a year that ends its phrase ("slightly cooler than 2024")."""
    if not numeral.text.isdigit() or not RECENT_YEARS[0] <= numeral.value <= RECENT_YEARS[1]:
        return False
    if len(hedge) in (2, 3) and hedge[-1].lower == "than" \
            and hedge[-2].lower not in _COUNT_COMPARATIVES:
        return not nxt.isalpha() or nxt in _LEVEL_WORDS  # "slightly cooler than 2024.",
        # "net zero no later than 2050"
    if len(hedge) != 1 or hedge[0].lower not in _COMPARED_TO_YEAR:
        return False
    figure_before = bool(before) and (before[-1].text[-1:].isdigit() or before[-1].text == "%"
                                      or before[-1].lower in ("percent", "cent", "points"))
    return figure_before or nxt in _LEVEL_WORDS


_OPENING_VERBS: Final = lexicon.word_sections("grammar_words.txt")["opening_verbs"]
_RANKING_WORDS: Final = lexicon.word_sections("grammar_words.txt")["ranking_words"]
_STAT_LABELS: Final = lexicon.word_sections("grammar_words.txt")["stat_labels"]
#: the plural "s" of an age group ("over 18s", "under 21s")
_AGE_GROUP: Final = re.compile(r"['\N{RIGHT SINGLE QUOTATION MARK}]?s\b")
#: video formats by their lines: "1080p" is no £10.80
_VIDEO_LINES: Final = frozenset(["240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"])
_VIDEO_P: Final = re.compile(r"[pi]\b(?!/)")  # "480p/kg" is pence a kilo
#: what follows the digit of "1H24", "3Q2024", "2QFY25" (a fiscal half or quarter) or of
#: "2s10s", "5s30s" (a spread between two yields)
_PERIOD_CODE: Final = re.compile(r"(?:[HQ](?:FY)?[0-9]{2}(?:[0-9]{2})?|s[0-9]{1,2}s)\b")
#: an amount in pence other than a video line: "between 480p and 520p"
_PENCE_AMOUNT: Final = re.compile(r"(?<![\w.,])([0-9][0-9,]*(?:\.[0-9]+)?)p\b")


#: frame rates written with a "p": "24p", "59.94p", "120p"
_FRAME_RATES: Final = frozenset(["23.976", "24", "25", "29.97", "30", "48", "50", "59.94",
                                 "60", "100", "120", "240"])
#: words of cameras and filming, which make a glued "p" after a frame rate frames
_FILMING: Final = frozenset(["fps", "4k", "6k", "8k", "frame", "frames", "codec", "prores",
                             "slow-motion", "hdmi", "camera", "cameras", "camcorder", "shoots",
                             "shooting", "filmed", "filming", "footage", "video", "videos",
                             "raw"])
#: a display format written out, which the words of a sentence miss: "4K", "1080p"
_FORMAT_WRITTEN: Final = re.compile(r"\b(?:[4-8]K|(?:720|1080|1440|2160)[pi])\b")


#: words of buying and of markets, beside which digits and "p" stay pence: "costs 199p"
_PRICE_TALK: Final = frozenset(["cost", "costs", "costing", "rent", "buy", "buys", "sell",
                                "sells", "sold", "pay", "pays", "paid", "closed", "fell", "rose",
                                "fee", "fees", "charge", "charges", "worth", "retailer"])
#: words of screens, beside which digits and "p" count the lines of a picture: "1536p"
_SCREEN_WORDS: Final = _FILMING | frozenset([
    "display", "displays", "screen", "screens", "monitor", "monitors", "panel", "resolution",
    "video", "videos", "stream", "streams", "streaming", "tv", "webcam", "laptop", "upscaled",
    "upscaling", "hz", "hdr"])


#: a time signature's shape: beats over a quarter, an eighth or a sixteenth note
_METER: Final = re.compile(r"[1-9][0-9]?/(?:4|8|16)")
#: words after a time signature, or of music around one
_METER_NOUNS: Final = frozenset(["time", "feel", "signature", "groove"])
_MUSIC_WORDS: Final = frozenset(["song", "songs", "beat", "beats", "chorus", "waltz", "rhythm",
                                 "riff", "groove", "drummer", "drums", "coda", "tempo"])
#: words that may follow a time signature in a sentence about music: "switches to 7/8 for"
_AFTER_A_METER: Final = frozenset(["", "for", "and", "but", "in", "at", "with", "before",
                                   "after", "then", "while"])


def _time_signature(numeral: Numeral, nxt: str, sentence: Sentence) -> bool:
    """ "3/4 time", "in 7/8" in a sentence about music: a metre, no fraction of anything
    (not "3/4 cup", "3/8 of listeners", "a 3/8 inch bolt")."""
    if nxt in _METER_NOUNS:
        return True
    return not sentence.vocabulary.isdisjoint(_MUSIC_WORDS) \
        and (nxt in _AFTER_A_METER or not nxt[:1].isalnum()) \
        and _measures_nothing(numeral, sentence)


def _about_video(sentence: Sentence) -> bool:
    """A sentence about filming and not about money: "The camera shoots 24p and 25p"."""
    start, end = sentence.span
    return (not sentence.vocabulary.isdisjoint(_FILMING)
            or _FORMAT_WRITTEN.search(sentence.text, start, end) is not None) \
        and sentence.vocabulary.isdisjoint(_PRICE_TALK) \
        and "£" not in sentence.text[start:end] \
        and lexicon.load().not_claims["pence_words"].isdisjoint(sentence.vocabulary)


def _picture_after(sentence: Sentence, pos: int) -> bool:
    """A noun of a picture right after ``pos``: "480p clips", "its 720p OLED"."""
    following = sentence.after(pos, 1)
    if not following:
        return False
    words = lexicon.load().not_claims
    return following[0].lower in words["resolution_words"] \
        or units.singular(following[0].lower) in words["format_nouns"]


def _about_pence(sentence: Sentence) -> bool:
    """Whether a sentence with "720p" in it speaks of money in pence and not of video: a
    pound sign, another amount in pence, or a word of share prices ("rose 5% to 720p", "a
    360p offer"), and no word of screens ("streams in 720p on a TV costing £5").  Worked out
    once per sentence."""
    known = sentence.facts.get("pence")
    if known is None:
        known = sentence.facts["pence"] = _speaks_of_pence(sentence)
    return known


def _speaks_of_pence(sentence: Sentence) -> bool:
    """The reading of ``_about_pence``, from the sentence's words and amounts."""
    start, end = sentence.span
    words = lexicon.load().not_claims
    if not words["resolution_words"].isdisjoint(sentence.vocabulary):
        return False
    if "£" in sentence.text[start:end] \
            or not words["pence_words"].isdisjoint(sentence.vocabulary):
        return True
    filming = _about_video(sentence)
    return any(found.group(1) not in _VIDEO_LINES
               and not (filming and found.group(1) in _FRAME_RATES)
               for found in _PENCE_AMOUNT.finditer(sentence.text, start, end))


#: the periods a tenor is written in, spelled or as wire copy abbreviates them ("10-yr")
_TENOR_PERIODS: Final = frozenset(["year", "month", "week", "day", "yr", "mth", "mo", "wk"])
#: how many [tenor_modifiers] may stand between a tenor and what it names
_TENOR_MODIFIERS: Final = 3


def _is_resolution(text: str) -> bool:
    """A display format: a digit, perhaps a tenth, and a capital K ("4K", "8K", "5.3K")."""
    return _RESOLUTION.fullmatch(text) is not None


_RESOLUTION: Final = re.compile(r"[1-9](?:\.[0-9])?K")
#: formats of two digits, display formats only before a word of resolution: "16K-resolution"
_WIDE_RESOLUTION: Final = re.compile(r"1[0-6]K")
_RESOLUTION_WORD_AFTER: Final = re.compile(r"[ -](?:resolution|res)\b", re.IGNORECASE)
#: a frame rate glued after a format's "K": the "60" of "4K60"
_FRAME_RATE_GLUED: Final = re.compile(r"(?:24|25|30|48|50|60|100|120|240)(?!\w|[.,][0-9])")


def _camera_name_before(before: Sequence[Word]) -> bool:
    """A capitalised name right before a format, which names a camera: "The Pocket 6K",
    "Komodo 6K" (not "Over 8K subscribers", "Nearly 4K fans")."""
    if not before:
        return False
    name = before[-1]
    return name.text.isalpha() and name.text[0].isupper() and len(name.text) > 2 \
        and name.lower not in lexicon.load().function_words \
        and (name.lower,) not in hedges_before() and name.lower not in _SCALE_NAMES


#: the formats a camera shoots or a screen supports, after such a verb with no noun ("shoots
#: 6K at 60fps"; "supporting 5K, up from 2K" counts thousands)
_FILMED_FORMATS: Final = frozenset(["4K", "6K", "8K"])
#: a frame rate right after a format: the " 60fps" of "4K 60fps video"
_FRAME_RATE_AFTER: Final = re.compile(r"[ /@][0-9]{2,3}[ ]?(?:fps|p)\b", re.IGNORECASE)


def _money_sign_before(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a money sign stands right before the number: "$4K"."""
    return sentence.text[numeral.start - 1:numeral.start] in _MONEY_SIGNS


#: words of screens and frames, beside which "4K" and "8K" are formats wherever they stand
_DISPLAY_CUES: Final = frozenset(["fps", "hz", "hdr", "resolution", "upscaling", "upscaled",
                                  "framerate", "1080p", "1440p"])
#: verbs and prepositions before a bare display format: "shoots in 8K", "records 5.3K"
_RESOLUTION_VERBS: Final = frozenset(["in", "at", "supports", "support", "supporting",
                                      "records", "record", "recording", "shoots", "shoot",
                                      "shooting", "films", "filming", "outputs", "output",
                                      "outputting"])


def _bond_tenor(numeral: Numeral, sentence: Sentence) -> bool:
    """ "the 10-year Treasury yield", "two-year notes", "a 30-year fixed": a maturity that
    names the bond or loan, not an amount (the [tenor_words] of not_claims.txt); "the two-
    and 10-year yields" share the second tenor's reading."""
    if sentence.text[numeral.end:numeral.end + 1] != "-":
        return False  # a quick miss: a tenor is written "10-year"
    end = numeral.end
    after = sentence.after(end, 8)
    if len(after) > 3 and after[0].text == "-" and after[1].lower in ("and", "or") \
            and after[2].text.isdigit() and sentence.text[after[2].end:after[2].end + 1] == "-":
        end = after[2].end  # "two- and 10-year yields"
        after = sentence.after(end, 8)
    if len(after) < 3 or after[0].text != "-" or after[0].start != end \
            or after[1].lower not in _TENOR_PERIODS:
        return False
    opener = sentence.before(numeral.start, 1)
    if opener and opener[0].lower == "trailing":
        return True  # "trailing 12-month product revenue": the window names the measure
    words = lexicon.load().not_claims
    modifiers = 0
    rest = [word for word in after[2:] if word.text != "-"]
    for index, word in enumerate(rest):  # "five-year credit default swap", "30-day VWAP"
        following = rest[index + 1] if index + 1 < len(rest) else None
        lowered = word.lower[:-2] if word.lower.endswith("'s") else word.lower
        if lowered in words["tenor_modifiers"] and modifiers < _TENOR_MODIFIERS and not (
                lowered in words["tenor_words"] and not _tenor_word_next(following)):
            modifiers += 1
            continue  # (but "the 10-year Treasury fell": the modifier is the bond)
        if lowered == "and" and modifiers and following is not None \
                and following.lower in words["tenor_modifiers"]:
            continue  # "10-year Italian and German debt"
        if lowered in _WINDOW_NOUNS:
            return not (following and following.text.isalpha()
                        and (following.lower == "of"
                             or following.lower not in lexicon.load().function_words))
            # "the one-month change in payrolls"; not "a 14-day change of mind period"
        if lowered in words["tenor_words"]:
            return not sentence.text.startswith("-term", word.end)  # (a "12-month
            # fixed-term contract" lasts a year: a duration, no product)
        if lowered in words["market_tenor_words"]:
            return not _MARKET_CUES.isdisjoint(sentence.vocabulary) \
                or (lowered == "debt" and modifiers > 0 and not (
                    following is not None and following.lower in _DEBT_PLANS))
            # "10-year Italian debt" (not "a 10-year government debt plan")
        if lowered in words["borrowing_tenor_words"]:
            return following is not None and following.lower in _PRICE_OF_BORROWING
        if lowered in words["rated_tenor_words"]:
            return not _RATE_CUES.isdisjoint(sentence.vocabulary) \
                or sentence.text.find("%", sentence.span[0], sentence.span[1]) >= 0
        return index == 0 and modifiers == 0 and _tenor_as_noun(numeral, word, sentence)
    return False


#: what "debt" before it makes a plan or an episode lasting a term: "a 10-year government
#: debt plan", "a 3-year sovereign debt default"
_DEBT_PLANS: Final = frozenset(["plan", "plans", "reduction", "target", "targets", "strategy",
                                "programme", "program", "ceiling", "limit", "deal", "relief",
                                "restructuring", "repayment", "repayments", "framework",
                                "default", "defaults", "spiral", "binge", "crisis", "crises",
                                "saga", "burden", "pile", "mountain", "problem", "problems",
                                "moratorium", "freeze", "standstill"])


def _tenor_word_next(word: Optional[Word]) -> bool:
    """Whether ``word`` goes on naming a bond: "Treasury yield", "Treasury note"."""
    words = lexicon.load().not_claims
    return word is not None and (word.lower in words["tenor_words"]
                                 or word.lower in words["tenor_modifiers"])


def _tenor_as_noun(numeral: Numeral, word: Word, sentence: Sentence) -> bool:
    """ "The 10-year fell 6bp": after "the", a tenor followed by a verb or a function word
    names the bond itself, in a sentence about yields or bonds."""
    before = sentence.before(numeral.start, 1)
    return bool(before) and before[0].lower == "the" \
        and not _BOND_CUES.isdisjoint(sentence.vocabulary) \
        and (word.lower in lexicon.load().function_words or word.lower in _changes_words()
             or not word.text.isalpha())


#: words that set a sentence among bonds: "The 10-year fell 6bp to 4.2%"
_BOND_CUES: Final = frozenset(["yield", "yields", "bond", "bonds", "gilt", "gilts", "treasury",
                               "treasuries", "bp", "bps", "basis", "curve", "bund", "bunds"])
#: words that set a sentence among traded contracts: "Three-month copper on the LME"
_MARKET_CUES: Final = _BOND_CUES | frozenset(["lme", "comex", "brent", "wti", "futures",
                                              "contango", "backwardation", "exchange"])
#: words of the price of borrowing: "30-year borrowing costs"
_PRICE_OF_BORROWING: Final = frozenset(["costs", "cost", "rate", "rates"])
#: words of a loan's or a deposit's rate, in a sentence where a tenor names the product
_RATE_CUES: Final = frozenset(["rate", "rates", "apr", "apy", "aer", "yield", "yields",
                               "interest"])


@lru_cache(maxsize=None)
def _changes_words() -> FrozenSet[str]:
    """The words of change (changes.txt): "rose", "fell"."""
    return frozenset(lexicon.load().changes)


#: tenor words that name something only when no noun follows them: "the one-month change
#: in payrolls", "the one-year lending facility" (not "a 14-day change of mind period", "a
#: 25-year facility management contract")
_WINDOW_NOUNS: Final = frozenset(["change", "changes", "revision", "revisions", "facility"])


#: the number words the idioms hold
_IDIOM_NUMBERS: Final = frozenset(["one", "two", "three"])


@lru_cache(maxsize=None)
def _one_idioms() -> FrozenSet[Tuple[str, ...]]:
    """The [one_idioms] phrases of not_claims.txt as word tuples."""
    return frozenset(tuple(phrase.split("_")) for phrase in lexicon.load().not_claims["one_idioms"])


def _one_idiom(numeral: Numeral, before: Sequence[Word], after: Sequence[Word]) -> bool:
    """ "at one point", "£39 one way", "no one was hurt", "a two-horse race", "a one-man
    show", "not one penny more": a small number word in an idiom, no amount ([one_idioms]
    of not_claims.txt)."""
    word = numeral.text.lower()
    if not numeral.spelled or word not in _IDIOM_NUMBERS:
        return False
    words = [w.lower for w in before[-2:]]
    here = len(words)
    words += [word] + [w.lower for w in after[:3]]
    idioms = _one_idioms()
    return any(tuple(words[start:start + size]) in idioms
               and words[start + size:start + size + 1] != ["-"]
               for size in _idiom_sizes()
               for start in range(max(0, here - size + 1), here + 1))
    # (an idiom glued on by a hyphen is a compound: "in one go-to restaurant")


#: comparatives of price and quality after which "than one" is a pronoun: "a fix may be
#: cheaper than one at 4.2%", "costs less ... than one with a fee" stays a bound
_PRONOUN_COMPARATIVES: Final = lexicon.word_sections("grammar_words.txt")[
    "pronoun_comparatives"]
#: what makes "one" after them a number again: "better than one in three", "one of them"
_ONE_AS_NUMBER_AFTER: Final = frozenset(["in", "of", "out", "per", "percent", "%"])


#: "one in three", "one out of five": "one" a part of a number after it
_ONE_IN_A_NUMBER: Final = re.compile(
    r"[ ](?:in|out[ ]of)[ ](?:every[ ])?(?:[0-9]|two|three|four|five|six|seven|eight|nine|ten"
    r"|twenty|a[ ]hundred|a[ ]thousand)", re.IGNORECASE)
#: a participle after "one" that a comparative's pronoun takes: "one bought new", "one made
#: in China", "one sold last year"
_PARTICIPLE_AFTER: Final = re.compile(
    r"[ ](?:[a-z]+ed|bought|sold|made|built|paid|grown|worn|held|kept|run|driven|written)\b")


def _one_compared(numeral: Numeral, before: Sequence[Word], after: Sequence[Word],
                  sentence: Sentence) -> bool:
    """ "cheaper than one at 4.2%", "a deal better than one from a bank": "one" stands for
    a thing of the kind compared, and counts nothing."""
    if numeral.text.lower() != "one" or len(before) < 2 or before[-1].lower != "than":
        return False
    if before[-2].lower in ("more", "less") and len(before) > 2 \
            and any(c.isdigit() for c in before[-3].text) \
            and not YEAR_SHAPED.fullmatch(before[-3].text) \
            and not _ONE_IN_A_NUMBER.match(sentence.text, numeral.end):
        return True  # "pay £90 more than one in the East Midlands", "£5 less than one at
        # the door": a difference of money, then a thing of the kind compared (not "Since
        # 2019 more than one child a week")
    return before[-2].lower in _PRONOUN_COMPARATIVES \
        and not (after and after[0].lower in _ONE_AS_NUMBER_AFTER) \
        and (_measures_nothing(numeral, sentence) or _PARTICIPLE_AFTER.match(
            sentence.text, numeral.end) is not None)  # ("riskier than one bought new")


@lru_cache(maxsize=None)
def _idiom_sizes() -> Tuple[int, ...]:
    """The lengths of the [one_idioms] phrases, in words."""
    return tuple(sorted({len(idiom) for idiom in _one_idioms()}))


_POSSESSIVES: Final = lexicon.word_sections("grammar_words.txt")["possessive_determiners"]
#: besides those determiners, what names the group after "one of": "one of a", "one of
#: them", "every one of you" (grammar_words.txt)
_GROUP_WORDS_AFTER_OF: Final = lexicon.word_sections("grammar_words.txt")["object_words"] | {
    "a", "an", "which", "whom"}


def _one_of_a_rank(numeral: Numeral, after: Sequence[Word], sentence: Sentence) -> bool:
    """ "one of the largest banks", "one of the few survivors": a rank, not a count."""
    if len(after) < 3 or not numeral.spelled or numeral.text.lower() != "one":
        return False
    rank = after[2]
    if rank.text in APOSTROPHES and rank.start == after[1].end and after[1].text[:1].isupper() \
            and after[1].text.endswith("s"):
        following = sentence.after(rank.end, 1)  # "one of Leeds' finest": the apostrophe is
        if not following:  # a word of its own
            return False
        rank = following[0]
    elif after[0].lower != "of" or not (after[1].lower in _POSSESSIVES or (
            after[1].text[:1].isupper() and after[1].text.endswith(POSSESSIVE_ENDINGS))):
        return False  # ("one of London's best chefs": a possessive name owns the rank)
    return after[0].lower == "of" and (rank.lower in _RANKING_WORDS
                                       or rank.lower.endswith("iest"))


def _glued_before(numeral: Numeral, sentence: Sentence) -> bool:
    """A hyphen and a word right after the number: "zero-emission" (not "nought-four")."""
    if sentence.text[numeral.end:numeral.end + 1] != "-":
        return False
    following = sentence.after(numeral.end + 1, 1)
    return bool(following) and following[0].start == numeral.end + 1 \
        and following[0].text.isalpha() and parse_number(following[0].lower) is None


def _picked_from_ranked_set(before: Sequence[Word], after: Sequence[Word]) -> bool:
    """ "among the 10 warmest years", "one of the 10 busiest airports": the number sizes a
    ranking that one thing is placed in; it counts nothing ("22 of the 100 top earners"
    still counts the earners)."""
    if len(before) < 2 or before[-1].lower != "the" or not after \
            or not (after[0].lower in _RANKING_WORDS or after[0].lower.endswith("iest")):
        return False
    return before[-2].lower == "among" or (
        len(before) == 3 and before[-2].lower == "of" and before[-3].lower == "one")


#: words of the web, verbs of answering, and words after a status code
_HTTP_WORDS: Final = lexicon.word_sections("not_claims.txt")["http_words"]
_STATUS_VERBS: Final = lexicon.word_sections("not_claims.txt")["status_verbs"]
_STATUS_NOUNS: Final = frozenset(["response", "error", "status", "code", "page"])
_STATUS_PLURALS: Final = frozenset(["responses", "errors", "statuses", "codes"])
#: verbs of counting mistakes, after which a number of errors is a count: "The typist
#: logged 502 errors", "Inspectors counted 503 errors"
_COUNTING_VERBS: Final = frozenset(["logged", "counted", "found", "made", "caught", "spotted",
                                    "corrected", "fixed", "recorded", "flagged"])
#: the codes of overload and failing gateways, which no one counts errors in: "elevated
#: 502 errors" (but "The proofreader caught 404 errors", "The compiler reported 501 errors")
_GATEWAY_CODES: Final = frozenset(["429", "502", "503", "504"])
#: the round codes, which are also round counts: "logged 500 errors"
_ROUND_CODES: Final = frozenset(["200", "300", "400", "500"])
#: the HTTP status codes that prose names
_STATUS_CODES: Final = frozenset(
    "200 201 202 204 301 302 303 304 307 308 400 401 403 404 405 408 409 410 418 422 429 "
    "500 501 502 503 504".split())


def _status_code(numeral: Numeral, before: Sequence[Word], after: Sequence[Word],
                 sentence: Sentence) -> bool:
    """ "The endpoint returns 404 when ...", "The request failed with a 502", "A 404
    response": a status code that prose names, in a sentence about the web, after a verb of
    answering or right before a singular "response" or "error" (not "returns 250 results",
    "logged 200 errors")."""
    if numeral.text not in _STATUS_CODES:
        return False
    if _in_status_list(numeral, sentence):
        return True  # "retries on 502, 503 and 504 errors": codes, listed before their noun
    plural = bool(after) and after[0].lower in _STATUS_PLURALS \
        and after[0].start == numeral.end + 1
    if plural and after[0].lower == "errors" and numeral.text in _GATEWAY_CODES \
            and not (before and before[-1].lower in _COUNTING_VERBS):
        return True  # "elevated 502 errors", "Customers saw 503 errors": no one counts 503
        # errors (but "There were 401 responses to the survey")
    if sentence.vocabulary.isdisjoint(_HTTP_WORDS):
        return False
    if after and after[0].lower in _STATUS_NOUNS and after[0].start == numeral.end + 1:
        return True
    words = [w.lower for w in before if w.lower not in ("a", "an", "with", "http", "status")]
    if plural and words and words[-1] in _STATUS_VERBS:
        return True  # "The API returned 500 errors" (but "The server logged 500 errors")
    return bool(words) and words[-1] in _STATUS_VERBS \
        and counted_noun(sentence, numeral.end, numeral.value) is None \
        and not sentence.unit_after(numeral.end)


def _in_status_list(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the number is one of two or more status codes listed before a noun of
    responses: "502, 503 and 504 errors", "429 or 503 responses"."""
    if sentence.vocabulary.isdisjoint(_HTTP_WORDS) and sentence.vocabulary.isdisjoint(_RETRYING):
        return False  # (not "Auditors found 400 and 500 errors")
    for found in _STATUS_LIST.finditer(sentence.text, *sentence.span):
        if found.start() <= numeral.start < found.end():
            return all(code in _STATUS_CODES for code in _THREE_DIGITS.findall(
                sentence.text, found.start(), found.end()))
    return False


#: words of a client answered or retrying, beside which listed codes are statuses
_RETRYING: Final = frozenset(["retry", "retries", "retried", "retrying", "returns", "returned",
                              "returning", "status", "gateway", "throttled", "throttling"])
#: two or more three-digit codes joined by commas, "and", "or" or "/", then their noun
_STATUS_LIST: Final = re.compile(
    r"\b[1-5][0-9]{2}(?:(?:,[ ]?|,?[ ](?:and|or)[ ]|/)[1-5][0-9]{2}\b)+"
    r"[ ](?:errors?|responses?|codes?|status(?:es)?)\b")
_THREE_DIGITS: Final = re.compile(r"[0-9]{3}")


def _glued_after_a_word(numeral: Numeral, sentence: Sentence) -> bool:
    """ "flat-six", "straight-six", "boxer-four": a number in words hyphen-glued after a word
    that is neither a number ("twenty-six") nor a prefix ("sub-zero", "one-in-four")."""
    if sentence.text[numeral.start - 1:numeral.start] != "-" or not numeral.text[:1].isalpha():
        return False
    before = sentence.before(numeral.start - 1, 1)
    return bool(before) and before[0].end == numeral.start - 1 and before[0].text.isalpha() \
        and before[0].lower not in PREFIXES and parse_number(before[0].lower) is None


#: words that may stand between "one of" and the size of its group
_ONE_OF_HEDGES: Final = frozenset(["only", "just", "about", "around", "some", "nearly",
                                   "roughly", "approximately", "perhaps", "maybe"])


def _one_singled_out(numeral: Numeral, after: Sequence[Word], sentence: Sentence) -> bool:
    """ "One of the victims", "one of four concepts": one picked from a group; "One
    minister said", "one user wrote", "One study found", "according to one estimate": a
    source.  Neither counts anything."""
    if not after or not numeral.spelled or numeral.text.lower() != "one" \
            or sentence.gap(numeral.end, after[0].start) != " ":
        return False
    words = lexicon.load().not_claims
    before = sentence.before(numeral.start, 2)
    if before and before[-1].lower in words["saying_verbs"] \
            and (len(before) == 1 or not before[-2].text[:1].isalnum()
                 or before[-2].lower in ("so", "thus")) and after[0].text.isalpha() \
            and not units.is_unit_word(after[0].lower) \
            and (len(after) == 1 or not after[1].text[:1].isalnum()):
        return True  # "'It fell,' said one strategist.", "Said one analyst:": a source
        # after its verb, which follows the words quoted or opens the sentence (not "Police
        # said one man, 34, died")
    if len(before) == 2 and before[0].lower == "according" and before[1].lower == "to":
        return after[0].text.isalpha() and not units.is_unit_word(after[0].lower)  # "according
        # to one dermatologist", "according to one estimate"
    if len(after) < 2:
        return False
    if after[0].lower == "of":
        group = after[1]
        if group.lower in _ONE_OF_HEDGES:
            following = sentence.after(group.end, 1)  # "one of only two", "one of about 650"
            group = following[0] if following else group
        elif group.lower in ("more", "fewer", "less"):
            bound = sentence.after(group.end, 2)  # "one of more than 400 services"
            group = bound[1] if len(bound) == 2 and bound[0].lower == "than" else group
        return group.lower in _POSSESSIVES or group.lower in _GROUP_WORDS_AFTER_OF \
            or group.text[:1].isdigit() \
            or parse_number(group.text) is not None
    if after[0].lower in words["research_nouns"] and after[1].lower in words["finding_verbs"]:
        return not _one_counted(before)  # "One study found", "one poll suggests", "lower
        # than one study suggests": a source (but "Only one study found", "At least one
        # report", "More than one audit")
    said = after[1:3]
    aged = sentence.after(after[0].end, 4)
    if len(aged) == 4 and aged[0].text == "," and aged[1].text.isdigit() and aged[2].text == ",":
        said = aged[3:]  # "One reader, 72, asked": the source's age between
    if len(after) > 2 and after[1].lower in ("claimed", "claims") \
            and after[2].lower in _CLAIMED_THAT and after[0].text.isalpha() \
            and not _one_counted(before):
        return True  # "one user claimed he had turned $500 into $48,000" (but "One winner
        # claimed the £1m jackpot": a count of the winners)
    return any(word.lower in words["saying_verbs"] for word in said) \
        and after[0].text.isalpha() and not units.is_unit_word(after[0].lower) \
        and not _one_counted(before)  # (but "At least one customer asked", "More than one
    # parent said": counted)


#: what opens the clause a source claims: "claimed he had", "claims that"
_CLAIMED_THAT: Final = frozenset(["he", "she", "they", "that", "it", "to", "his", "her",
                                  "their"])


def _one_counted(before: Sequence[Word]) -> bool:
    """Whether the words right before "one" make it a count: "Only one", "at least one",
    "more than one"."""
    return bool(before) and (before[-1].lower in _ONE_COUNTED_AFTER or (
        before[-1].lower == "than" and len(before) > 1
        and before[-2].lower in ("more", "fewer", "less")))


#: words before "one" that make it a count: "Only one study found", "More than one audit"
_ONE_COUNTED_AFTER: Final = frozenset(["only", "just", "least", "most", "not", "merely",
                                       "exactly", "single"])


#: capitals glued after a small number that make it a name or a code: "5G", "3D", "4WD",
#: "M21 9AB", "4Matic", "3DMark", "12VHPWR" (not "10X", a factor, nor a unit such as "40C"
#: or "5Mbps", checked apart; a word needs three small letters, so "5Km" and "20Rs" are no
#: names)
_NAME_LETTERS: Final = re.compile(
    r"[A-WYZ](?:[A-Z]{0,4}|[a-z]{3,12}|[A-Z][a-z]{3,12})(?![^\W_])")
#: forms and plans named by a number: "10-K", "8-K", "20-F", "10-Q", "401(k)", "403(b)"
_FORM_NAME: Final = re.compile(r"-[A-KN-Z](?![\w-])|\([a-z]\)")


#: a footnote reference glued to the word or figure before it: "4.1%[4]", "growth[12]"
_FOOTNOTE: Final = re.compile(r"\S\[[0-9]{1,3}\]")
#: what follows the number of a numbered list item: "1. Revenue grew", "2) Margins fell"
_LIST_MARKER_AFTER: Final = re.compile(r"[.)][ \t]")
#: the second item of a list run on in one line: "; 2. ", ", 2. "
_NEXT_LIST_ITEM: Final = re.compile(r"[;|,][ ]2[.)][ ]")


def _list_marker(numeral: Numeral, text: str) -> bool:
    """ "1. Revenue grew 8%": a small number opening a line (or following the item before it
    after a semicolon or a bar), then "." or ")", numbers an item."""
    if not numeral.text.isdigit() or len(numeral.text) > 2 \
            or not _LIST_MARKER_AFTER.match(text, numeral.end):
        return False
    line_start = text.rfind("\n", 0, numeral.start) + 1
    before = text[line_start:numeral.start].rstrip(" \t")
    if not before.strip(" \t*-\N{BULLET}"):
        return True
    if before[-1:] == ":" and numeral.text == "1":
        return _NEXT_LIST_ITEM.search(text, numeral.end, numeral.end + 200) is not None
        # "Top sellers: 1. Barbie – $70M; 2. Oppenheimer – $46M": a list after a colon
    return before[-1:] in (";", "|", ",") and int(numeral.text) > 1 \
        and f"{int(numeral.text) - 1}." in before  # "1. Moana 2 – $52M; 2. Wicked – $34M",
    # "Results: 1. Norris, 2. Piastri": the next item of a list run on in one line


def _name_with_number(numeral: Numeral, before: Sequence[Word], sentence: Sentence) -> bool:
    """ "5G", "3D", "the under-21 team", "over-50s", "Boeing 787-9": a number inside a name."""
    start, text = numeral.start, sentence.text
    glued = text[numeral.end:numeral.end + 1]
    if glued in ("-", "(") and numeral.text.isdigit() and _FORM_NAME.match(text, numeral.end):
        return True  # "the 10-K", "an 8-K filing", "his 401(k)": a form or plan
    if text[start - 1:start] != "-" and not glued.isupper():
        return False
    if numeral.spelled or numeral.scale != 1 or not numeral.text.isdigit():
        return False
    if len(numeral.text) <= 2 and _NAME_LETTERS.match(sentence.text, numeral.end):
        return not sentence.unit_after(numeral.end) \
            and cued_unit_after(sentence, numeral.end) is None  # (but "a 13A fuse")
    if sentence.gap(start - 1, start) != "-" or len(before) < 2:
        return False
    word = before[-2]
    if word.lower in ("under", "over") and word.end == start - 1:
        return not sentence.unit_after(numeral.end)  # an age group, not a bound
    return (word.text.isdigit() and word.end == start - 1 and len(before) > 2
            and before[-3].text[:1].isupper() and before[-3].text.isalpha()
            and before[-3].lower not in lexicon.load().function_words
            and before[-3].lower not in _STAT_LABELS
            and not _opening_verb(before[-3], sentence)  # "Serves 4-6", "IQR 4-12", not
            # "Boeing 787-9"
            and not before[-3].lower.endswith("ly")  # "Usually 20-30", "Honestly 4-5"
            and before[-3].lower not in _AGE_GROUP_WORDS  # "Drivers 17-24 pay the most"
            and not _opens_no_label(numeral, before[-3], sentence)  # "ISO 100-400", "Water
            # 2-3 times a week"
            and not sentence.unit_before(word.start)  # "Rs 70-80", "Tk 52-55": money
            and not (before[-3].lower in lexicon.load().changes
                     and sentence.unit_after(numeral.end))  # "Prices to Rise 10-15%": a
            # change by a range (but "Canon 24-105mm lenses" is a model)
            and not (before[-3].text in _COMPASS_POINTS and _amount_follows(numeral, sentence))
            # ("Winds SW 40-55 mph": a direction, then a range of speeds)
            and not (before[-3].start == sentence.span[0]
                     and _amount_follows(numeral, sentence))  # "Costs 50-100 dollars" (but
            # "The Canon RF 24-105mm", "Canon 24-105mm lenses" name a lens)
            and not _reading_after(numeral, sentence))  # "Madrid 27-31°C": a forecast


def _reading_after(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a temperature or a percentage follows the number: no model is named in
    degrees or per cent."""
    unit = sentence.unit_after(numeral.end)
    return unit is not None and unit.dimension in ("temperature", "percent")


#: "that one costs", "each one": "one" after these is a pronoun
_ONE_AS_PRONOUN_AFTER: Final = frozenset("that this which each every any no".split())


def refers_back(numeral: Numeral, sentence: Sentence) -> bool:
    """ "these three men": a small number in words naming a known group, "the Six Nations":
    a name (but "the two nations" counts them, as readers do, and "these three-bedroom houses"
    say what the houses have); "that one costs $5": "one" standing for a thing named
    before."""
    before = sentence.before(numeral.start, 3)
    if not (numeral.spelled and not numeral.fraction and before):
        return False
    if numeral.value == 1 and numeral.text.lower() == "one" \
            and before[-1].lower in _ONE_AS_PRONOUN_AFTER:
        return True
    return (abs(numeral.value) < SMALLEST_BARE_SPELLED
            and (before[-1].lower in ("these", "those", "both")
                 or before[-1].lower == "the" and numeral.text[:1].isupper())
            and not (numeral.value >= 1 and sentence.text[numeral.end:numeral.end + 1] == "-")
            and not _whole_of_a_part(before)
            and not _COORDINATED_NUMBER.match(sentence.text, numeral.end))


#: another number joined after a number, which shares its noun: "for the three and six
#: months ended June 30"
_COORDINATED_NUMBER: Final = re.compile(
    r"[ ](?:and|or)[ ](?:[0-9]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)\b)", re.IGNORECASE)


def _whole_of_a_part(before: Sequence[Word]) -> bool:
    """Whether "of the" after a number stands right before: "Two of the three hostages",
    "3 of the five victims" count the whole a part is taken from."""
    return len(before) == 3 and before[-2].lower == "of" \
        and (before[0].text[:1].isdigit() or parse_number(before[0].lower) is not None)


def _tally_against(before: Sequence[Word]) -> bool:
    """Whether a possessive name after "to" stands right before the number: "312 electoral
    votes to Harris's 226", "21 shots to Wolves' seven", "to the No campaign's 2,001,926"."""
    if before and before[-1].text in ("'", "\N{RIGHT SINGLE QUOTATION MARK}"):
        before = before[:-1]  # "Wolves' seven": the apostrophe is a token of its own
    elif not before or not before[-1].text.endswith(POSSESSIVE_ENDINGS):
        return False
    words = [w.lower for w in before[:-1]]
    return bool(words) and (words[-1] == "to" or words[-2:] == ["to", "the"]
                            or words[-3:-1] == ["to", "the"])


def _tally_after_to(before: Sequence[Word]) -> bool:
    """Whether a number and what it counts stand before "to": "by seven votes to four",
    "by 7 votes to four"."""
    return len(before) >= 3 and before[-1].lower == "to" and before[-2].text.isalpha() \
        and (before[-3].text[:1].isdigit() or parse_number(before[-3].lower) is not None) \
        and before[-2].lower in _TALLY_NOUNS


#: what a tally counts: "seven votes to four"
_TALLY_NOUNS: Final = frozenset(["votes", "vote", "goals", "seats", "points", "wins", "runs",
                                 "tries", "sets", "frames", "games"])


#: words of order before the whole of "N of their last M" (with a determiner between)
_ORDER_WORDS_OF: Final = frozenset(["last", "past", "previous", "first", "next", "opening"])


def bare_small_word(numeral: Numeral, sentence: Sentence) -> bool:
    """ "the bottom three", "each one": a small number in words with nothing it counts."""
    if not numeral.spelled or numeral.fraction or numeral.scale > 1 or numeral.negative \
            or numeral.value != numeral.value.to_integral_value():
        return False  # "minus five", "zero point zero eight" are values, never pronouns
    if abs(numeral.value) >= SMALLEST_BARE_SPELLED:
        return False
    if all(numeral.start <= w.start < numeral.end or not w.text.isalnum()
           for w in sentence.words):
        return False  # the whole input is this number: a table cell, a caption
    after = sentence.after(numeral.end, 2)
    before = sentence.before(numeral.start, 4)
    if len(after) == 2 and after[0].lower == "of" and after[1].lower in _GROUP_PRONOUNS \
            and before and before[-1].lower in ("the", "all"):
        return True  # "The two of us went", "all three of them": who, no amount
    if after and after[0].lower == "of":
        return False
    if len(after) == 2 and after[0].lower == "to" and parse_number(after[1].text) is not None:
        return False  # "from six to nine years": the first level of a change or range
    if len(after) == 2 and after[0].lower == "or" and after[1].lower in _OPEN_ENDS:
        return False  # "Parties of six or more": a bound, whatever it counts
    if len(after) == 2 and after[0].lower in ("short", "shy") \
            and after[1].lower == "of":
        return False  # "three short of a majority": how many are missing
    if len(before) == 4 and before[-1].lower == "to" and before[0].lower == "from" \
            and (before[1].text[:1].isdigit() or parse_number(before[1].lower) is not None):
        return False  # "cut his sentence from 12 years to eight": the new level
    named = bool(before) and before[-1].text[:1].isupper() \
        and sentence.text[numeral.end:numeral.end + 1] == "," \
        and not _names_nothing(before[-1], sentence)
    if not named and _alternative_with_unit(
            sentence, numeral.end, bool(before) and before[-1].lower == "the",
            len(before) > 1 and before[-1].text == ","
            and ((before[-2].text[:1].isdigit() and not YEAR_SHAPED.fullmatch(before[-2].text))
                 or (before[-2].text.isalpha() and parse_number(before[-2].lower) is not None))):
        return False  # "eight or nine euros", "two or three days", "the three and six months"
        # (but "Warehouse four, two or three kilometres away": a name's number, then a list)
    if _tally_against(before) or _tally_after_to(before):
        return False  # "21 shots to Wolves' seven", "by seven votes to four": the other
        # side's tally
    if len(before) >= 3 and before[-1].lower in _ORDER_WORDS_OF and before[-3].lower == "of" \
            and parse_number(before[-4].lower if len(before) == 4 else "") is not None:
        return False  # "five of their last eight": the whole a part is counted from
    if gapped_clause(sentence, numeral.start) is not None \
            and ends_clause(sentence, numeral.end):
        return False  # "jailed for nine years and Brown for seven": the verb left out
    if numeral.value != 1 and gapped_name(sentence, numeral.start) \
            and ends_clause(sentence, numeral.end, _AND):
        return False  # "got nine years and Brown seven", "France nine and Italy six" (not
        # "the larger one")
    if _casualties_opening(numeral, sentence, before, after):
        return False  # "Three dead after storm", "Six dead, 30 hurt"
    if len(before) > 2 and before[-2].lower == "and" and before[-1].lower in _TOLL_VERBS \
            and ends_clause(sentence, numeral.end) \
            and any(w.text[:1].isdigit() or parse_number(w.lower) is not None
                    for w in sentence.before(before[-2].start, _TOLL_REACH)):
        return False  # "arrested four men and charged two": as many of those counted before
    if len(before) > 1 and before[-1].lower == "of" and before[-2].lower in _PARENT_NOUNS:
        return False  # "the father of three": the children
    if numeral.value > 1 and len(before) > 2 and before[-3].text in (",", "(") \
            and before[-2].lower == "of" and before[-1].lower in ("which", "whom"):
        return False  # "31 goals, of which nine were penalties": a part of the whole
    end = numeral.end
    return not (sentence.gap(end, end + 1) == "-" and not sentence.gap(end + 1, end + 2).isalnum())


_AND: Final = frozenset(["and"])
#: the pronouns of a group after "the two of": "us", "them", "you"
_GROUP_PRONOUNS: Final = frozenset(["us", "them", "you"])
#: what "or" opens after a number to bound it: "six or more", "five or fewer"
_OPEN_ENDS: Final = frozenset(["more", "fewer", "less", "over", "under", "above", "below",
                               "older", "younger"])
#: parents whose children a number after "of" counts: "a father of three"
_PARENT_NOUNS: Final = frozenset(["father", "mother", "parent", "parents", "grandfather",
                                  "grandmother", "grandparent", "grandparents", "dad", "mum",
                                  "mom", "grandad", "granddad", "grandma", "grandpa"])
#: what a headline's count of casualties may be: "Three dead", "Two killed", "Five arrested"
_CASUALTY_STATES: Final = lexicon.word_sections("not_claims.txt")["casualty_words"] | frozenset([
    "killed", "arrested", "detained", "charged", "rescued", "evacuated", "drowned", "feared",
    "confirmed", "presumed", "hospitalised", "hospitalized", "stabbed", "shot"])


def _casualties_opening(numeral: Numeral, sentence: Sentence, before: Sequence[Word],
                        after: Sequence[Word]) -> bool:
    """ "Three dead after storm", "Two killed in crash", "Six dead, 30 hurt", "Four died and
    six were injured", "two are still missing": a clause that opens with the number and what
    befell so many people (not "Two arrested men", "the two towns were cut off")."""
    if before and before[-1].text not in (":", ",", ";", "\N{EM DASH}") and not (
            before[-1].lower == "and" and len(before) > 1 and before[-2].text.isalpha()
            and parse_number(before[-2].lower) is None):
        return False
    if not after or sentence.gap(numeral.end, after[0].start) != " ":
        return False
    return _befell_people(sentence, numeral.end, numeral.value > 1)


def _befell_people(sentence: Sentence, end: int, plural: bool) -> bool:
    """Whether what follows a number at ``end`` says what befell so many people: "died",
    "seriously injured", "were killed", "are still missing", "remain at large", "have been
    rescued", any passive after a plural ("were jailed", "were taken to hospital")."""
    after = sentence.after(end, 2)
    if not after:
        return False
    if after[0].lower in _CASUALTY_VERBS:
        return True  # "Four died", "Two drowned"
    if len(after) > 1 and after[0].lower in _SEVERITIES and after[1].lower in _CASUALTY_STATES:
        return True  # "and four seriously injured", "two critically hurt"
    if after[0].lower in _CASUALTY_AUXILIARIES:
        rest = [word for word in sentence.after(after[0].end, 4)
                if word.lower not in _CASUALTY_AUXILIARIES and word.lower not in _SEVERITIES]
        return bool(rest) and (rest[0].lower in _CASUALTY_STATES
                               or rest[0].lower in _CASUALTY_VERBS
                               or (len(rest) > 1 and rest[0].lower == "at"
                                   and rest[1].lower == "large")
                               or (plural and after[0].lower in ("were", "are")
                                   and (_PASSIVE_PARTICIPLE.fullmatch(rest[0].lower) is not None
                                        or rest[0].lower in _PASSIVE_PARTICIPLES)))
        # "Two were killed", "two are still missing", "Five have been rescued", "three were
        # seriously injured", "two remain at large", any passive: "Four were jailed and two
        # were cleared", "two were taken to hospital"
    if after[0].lower not in _CASUALTY_STATES:
        return False
    return len(after) < 2 or not after[1].text.isalpha() \
        or after[1].lower in lexicon.load().function_words \
        or after[1].lower in _CASUALTY_STATES  # "Three feared dead", "Two shot dead"


#: verbs of what befell a number of people counted before: "killed 87 people and injured
#: 12" (grammar_words.txt), and how many words back that count may stand
_TOLL_VERBS: Final = lexicon.word_sections("grammar_words.txt")["casualty_verbs"]
_TOLL_REACH: Final = 8
#: a regular past participle: "jailed", "cleared", "charged"
_PASSIVE_PARTICIPLE: Final = re.compile(r"[a-z]{2,}ed")
#: how badly people were hurt, between their number and the state: "four seriously injured"
_SEVERITIES: Final = frozenset(["seriously", "critically", "badly", "slightly", "severely",
                                "fatally", "gravely", "mortally", "lightly"])
#: verbs by which a number of people died or lived, and the auxiliaries and adverbs that may
#: come between a number and a casualty state: "Four died", "two are still missing"
_CASUALTY_VERBS: Final = frozenset(["died", "drowned", "perished", "survived", "unaccounted"])
_CASUALTY_AUXILIARIES: Final = frozenset(["were", "are", "was", "is", "remain", "remained",
                                          "remains", "have", "had", "been", "still", "later"])


#: words after a span of time that place an event, not list an amount
_TIME_ANCHORS: Final = frozenset(["later", "earlier", "ago", "before", "after", "into"])


def _alternative_with_unit(sentence: Sentence, end: int, determined: bool = False,
                           listed: bool = False) -> bool:
    """An "or" or "and" and a number that has a unit or a noun follow: "eight or nine
    euros", "sentences of eight and 10 years"; after "the" (``determined``) or at the end of
    a list (``listed``) the number in words too: "for the three and six months ended",
    "jailed for nine, seven and four years"."""
    after = sentence.after(end, 2)
    if len(after) == 2 and after[0].text == "," and parse_number(after[1].text) is not None \
            and after[1].text.isalpha():
        return _alternative_with_unit(sentence, after[1].end, determined, True)  # "four,
        # five or six hours": a list of them
    if len(after) < 2 or after[0].lower not in ("or", "and") \
            or (after[0].lower == "and" and not after[1].text[:1].isdigit() and not determined
                and not listed):
        return False  # ("one dollar and two and three points": no list of amounts)
    if parse_number(after[1].text) is None:
        return False
    unit = sentence.unit_after(after[1].end)
    if after[0].lower == "and" and unit is not None:
        anchor = sentence.after(unit.end, 1)
        if anchor and anchor[0].lower in _TIME_ANCHORS:
            return False  # "led by eight and 10 minutes later": a time anchor, no list
    return bool(unit) or counted_noun(sentence, after[1].end, None) is not None


def _unknown_unit(word: Word, after: Sequence[Word], sentence: Sentence,
                  numeral: Numeral) -> bool:
    """Whether two to four capitals after a number, then a word in lower case or the end of
    the clause, are a unit of measure: "50 NTU near", "20 PSU to" (not "the 500 SL").
    """
    if not (2 <= len(word.text) <= 4 and word.text.isalpha() and word.text.isupper()):
        return False
    before = sentence.before(numeral.start, 1)
    if before and before[0].lower == "the":
        return False
    return len(after) < 2 or not after[1].text[:1].isalnum() or after[1].text.islower()


def _before_name(numeral: Numeral, after: Sequence[Word], sentence: Sentence) -> bool:
    """ "787 Dreamliner", "11 Pro Max", "16-18 Industrial Avenue": a bare number right before
    a capitalised name.  A single capital ("5 W", "30 C") or an acronym after a decimal
    ("0.5 WAR") is more likely an unknown unit, and digits grouped by commas ("27,000 Model
    S") an amount: the number stays, bare."""
    if not after or not (after[0].text[:1].isupper() or after[0].text in ("-", "\N{EN DASH}")):
        return False  # the quick miss: a name opens with a capital, right after the number or
        # after a street number's range ("16-18 Industrial Avenue"); every test below that
        # may say True asks for one
    if _headline_count(numeral, sentence):
        return False
    if numeral.value == 1 and numeral.spelled and _IN_N_AFTER.match(sentence.text, after[0].end):
        return False  # "One Australian in seven lives with a disability": a share of people
    count_end = numeral.end
    if len(after) > 2 and after[0].text in ("-", "\N{EN DASH}") and after[1].text.isdigit() \
            and after[0].start == numeral.end and after[1].start == after[0].end:
        if sentence.unit_after(after[1].end):
            return False  # "50-100Mbps", "2-4 TB": a range in a unit, not a street's numbers
        second_end = after[1].end
        after = after[2:]  # the first end of a street number range
        words = lexicon.load().not_claims
        if after[0].lower.rstrip("s") not in words["weekdays"] \
                and not any(w.lower in words["street_types"]
                            for w in sentence.after(second_end, 4)):
            count_end = second_end  # "40-50 Shahed drones": the pair counts what follows
            # (but "16-18 Industrial Avenue", "10-4 Saturdays")
    elif not after or sentence.gap(numeral.end, after[0].start) != " ":
        return False
    if _MODEL_PLURAL.match(sentence.text, numeral.end):
        return False  # "65 Airbus A350-900s", "60 Boeing 787s": so many of a model
    word = after[0]
    if _unknown_unit(word, after, sentence, numeral):
        return False  # "Turbidity was 50 NTU near the dredger", "from 20 PSU to": a unit
        # in capitals that no lexicon holds, not a name
    if (len(word.text) == 1 and not _street_direction(after)) \
            or (word.text.isupper() and "." in numeral.text) or "," in numeral.text \
            or (numeral.scale >= 1000 and numeral.text[-2:].isalpha()):
        # "27,000 Model S", "6 million Pixel": names never group their digits nor take a
        # scale word (a lone glued letter may be part of one: "221B Baker Street")
        return False
    if numeral.text.isdigit() and _street_named_after(
            after, _addressed(numeral, sentence, after),
            sentence.text.endswith(", ", sentence.span[0], numeral.start)):
        return True  # "221 Kings Road", "14 Queens Gardens", "3770 Las Vegas Blvd S": an
        # address, not two kings (but "3 Supreme Court justices", "6 Wall Street banks")
    return (word.text[:1].isupper() and word.lower not in lexicon.load().function_words
            and counted_noun(sentence, count_end, numeral.value) is None)


#: "in" and a number of the people that one is taken from: " in seven", " in every 10"
_IN_N_AFTER: Final = re.compile(
    r"[ ]in[ ](?:every[ ])?(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twenty"
    r"|hundred|a[ ]hundred)\b", re.IGNORECASE)


def _street_named_after(after: Sequence[Word], addressed: bool, apposed: bool) -> bool:
    """Whether words in capitals after a number name a street, its type among the first
    four and no plural counted after it: "Kings Road", "Las Vegas Blvd S" (a plural name's
    first word: "Queens Gardens"; but "Wall Street banks"); a type that looks plural only
    where an address may stand (``addressed``) or after a comma as one's apposition
    (``apposed``), and after a name, not a common word ("at 11 Westferry Circus", "The
    property, 9 Chester Mews, was sold"; not "runs 12 Community Gardens", "visited 30 Royal
    Gardens", "The 30 Moscow State Circus crew", "In Hackney, 40 Community Gardens received")."""
    street_types = lexicon.load().not_claims["street_types"]
    for index, word in enumerate(after[:4]):
        if not (word.text[:1].isupper() and word.text.replace(".", "").isalpha()):
            return False
        if index and word.lower in street_types:
            following = after[index + 1] if index + 1 < len(after) else None
            if word.lower.endswith("s") and not after[0].lower.endswith("s") and (
                    after[0].lower.endswith(_COMMON_WORD_ENDINGS)
                    or not (addressed or (apposed and (following is None
                                       or following.text in (",", "."))))):
                return False
            return (index > 1 or after[0].lower.endswith("s") or word.lower.endswith("s")) \
                and not (following is not None and is_plural_word(following.text))
    return False


#: endings of common words, which as the first word before a street type that looks plural
#: name a kind of place counted, not a street: "Community Gardens", "Royal Gardens"
_COMMON_WORD_ENDINGS: Final = ("ity", "ian", "al", "ic", "ment", "ed")


def _addressed(numeral: Numeral, sentence: Sentence, after: Sequence[Word]) -> bool:
    """Whether the number opens the sentence or follows a preposition of place, a verb done
    to a building or "for" (before "Gardens", so many of which are planted, only a few words
    after a noun of property: "permission for 22 Ladbroke Gardens", "A buyer has been found
    for 17 Belsize Park Gardens"; not "funding for 14 Rain Gardens"), where an address stands:
    "at 11 Westferry Circus", "Residents of 22 Tavistock Mews", "Police raided 11 Tavistock
    Mews", "permission for 9 Chester Mews"."""
    before = sentence.before(numeral.start, _PROPERTY_NOUN_REACH)
    if not before or before[-1].lower in _ADDRESS_PREPOSITIONS \
            or before[-1].lower in _PROPERTY_VERBS:
        return True
    return before[-1].lower == "for" and (
        all(word.lower != "gardens" for word in after[:4])
        or any(word.lower in _PROPERTY_NOUNS for word in before[:-1]))


#: prepositions before an address
_ADDRESS_PREPOSITIONS: Final = frozenset(["at", "of", "on", "from", "to", "near", "in",
                                          "outside", "opposite", "behind", "beside"])
#: verbs done to a building, whose object is an address: "Police raided 11 Tavistock Mews"
#: (grammar_words.txt)
_PROPERTY_VERBS: Final = lexicon.word_sections("grammar_words.txt")["property_verbs"]
#: nouns of dealing in a property, after which "for" names an address: "permission for 22
#: Ladbroke Gardens" (grammar_words.txt)
_PROPERTY_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["property_nouns"]
#: how many words before a number such a noun may stand, "for" the last of them
_PROPERTY_NOUN_REACH: Final = 5


def _headline_count(numeral: Numeral, sentence: Sentence) -> bool:
    """In a headline in capitals or title case, where a capital says nothing of a name, a
    number before what it counts or what befell them: "KANE SCORES 36 GOALS", "Approves 12
    New Parks", "AT LEAST 70 KILLED", "Shooting Leaves 6 Dead"."""
    if not sentence.title_case:
        return False
    after = sentence.after(numeral.end, 1)
    if after and (after[0].lower.endswith(("ed", "ing"))
                  or after[0].lower in lexicon.load().not_claims["casualty_words"]):
        return True
    return counted_noun(sentence, numeral.end, numeral.value) is not None


#: words of bills and votes, beside which "HR 1" is a bill (and "HR 112" elsewhere a heart
#: rate)
_LEGISLATIVE_WORDS: Final = frozenset(["bill", "bills", "house", "senate", "congress", "act",
                                       "voted", "vote", "passed", "signed", "law", "senator",
                                       "congressman", "congresswoman", "legislation"])


def _titled_unit(numeral: Numeral, after: Sequence[Word], sentence: Sentence) -> bool:
    """A number before a capitalised unit or noun that another capitalised word follows, in
    a sentence not in title case, names a work or a band: "28 Days Later", "Nine Inch
    Nails"; so does "50 Cent" (not "12 Britons were", "13 Oscar nominations")."""
    if len(after) < 1 or sentence.title_case or not after[0].text[:1].isupper() \
            or not after[0].text[1:2].islower() or after[0].lower in _LINKS_IN_TITLES \
            or sentence.gap(numeral.end, after[0].start) != " ":
        return False  # (a small word opens no title's unit: "Raise £1.4bn In Spectrum Sale")
    if after[0].text[:4] == "Cent" and after[0].lower.rstrip(_POSSESSIVE_TAIL) == "cent":
        return True
    words = lexicon.load().not_claims
    return len(after) > 1 and after[1].text.istitle() and after[1].text.isalpha() \
        and sentence.gap(after[0].end, after[1].start) == " " \
        and after[1].lower not in _LINKS_IN_TITLES \
        and after[1].lower not in words["weekdays"] and after[1].lower not in words["months"] \
        and units.lookup_after(after[0].lower) is not None


#: what a possessive adds to a name: "50 Cent's tour"
_POSSESSIVE_TAIL: Final = "s'\N{RIGHT SINGLE QUOTATION MARK}"
#: small words that may follow a capitalised unit in running text ("3 Nights at Wembley")
_LINKS_IN_TITLES: Final = frozenset(["in", "at", "to", "of", "on", "for", "and", "the", "a",
                                     "an", "by", "with", "from", "or", "as"])


def _spelled_in_name(numeral: Numeral, after: Sequence[Word], sentence: Sentence) -> bool:
    """ "The Thirty Years' War", "the Seven Sisters": a capitalised number in words inside a
    sentence, before a capitalised word, is part of a name (not in a title-case headline,
    nor where a sentence or a quotation opens: "“Three Britons died,” she said"); so is one
    right after a capitalised word ("BBC One drama", "Formula One driver")."""
    if not numeral.spelled or not numeral.text[:1].isupper() or sentence.title_case:
        return False
    previous = sentence.before(numeral.start, 1)
    if previous and previous[0].text[:1].isupper() and (
            previous[0].text.isalpha() or previous[0].text.endswith(POSSESSIVE_ENDINGS)) \
            and previous[0].end + 1 == numeral.start \
            and previous[0].lower not in lexicon.load().function_words:
        return True  # (also "Ocean's Eleven")
    if not after or not after[0].text[:1].isupper() or not after[0].text.isalpha():
        return False
    unit = sentence.unit_after(numeral.end)
    if unit is not None and unit.dimension in ("currency", "percent"):
        return False  # "the sum of Ten Thousand Dollars", "Five Percent": an amount as
        # contracts capitalise it
    opening = sentence.gap(sentence.span[0], numeral.start).rstrip()
    if not opening and (
            (len(after) > 1 and after[1].text == ":" and after[1].start == after[0].end
             and not units.is_unit_word(after[0].lower))
            or (numeral.text.isupper() and after[0].text.isupper() and not sentence.all_caps
                and len(after) > 1 and not after[1].text.isupper())):
        return True  # "Six Nations: Ireland beat France", "SIX NATIONS starts": a name
        # heading the line (but "Three Britons died", "TWO MEN ARRESTED after raid")
    if not opening and len(after) > 1 and after[0].text.istitle() \
            and is_plural_word(after[0].lower) and after[1].text.istitle() \
            and after[1].text.isalpha() and sentence.gap(after[0].end, after[1].start) == " " \
            and after[1].lower not in lexicon.load().function_words:
        return True  # "Four Seasons Health Care runs 200 homes", "Three Rivers Council
        # approved": a name of three capitalised words (but "Three Britons died")
    return bool(opening) and opening[-1].isalnum()


def _a_country(name: str) -> bool:
    """Whether ``name`` is a country's: "Romania", "Sweden", "UK"."""
    return name in _COUNTRY_NAMES or name in _COUNTRY_ABBREVIATIONS or is_place_name(name)


#: countries written short before their figures: "UK 26, Romania 81"
_COUNTRY_ABBREVIATIONS: Final = frozenset(["UK", "US", "USA", "EU", "UAE"])
#: another pair of a name and a number after a comma or a semicolon: ", Romania 81"
_PAIR_AFTER: Final = re.compile(r"[ ]?[,;][ ][A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)?[ ][0-9]")
#: a pair of a name and a number in a list, and how many make a list no score writes
#: ("Scotland 21, Ireland 24" is a score; "UK 26, Romania 81, Sweden 20" a list)
_PAIRS: Final = re.compile(r"(?:^|[,;:][ ])[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)?[ ][0-9][0-9.,]*"
                           r"(?=[,;.]|[ ]*$)", re.MULTILINE)
_FEWEST_PAIRS: Final = 3
#: how far either side of a pair the other pairs of its list are looked for
_PAIRS_REACH: Final = 120
#: a pair of a name and a number before a comma or a semicolon: "UK 26, "
_PAIR_BEFORE: Final = re.compile(r"[0-9][,;][ ]\Z")


def _in_a_list_of_pairs(numeral: Numeral, name: Word, sentence: Sentence) -> bool:
    """Whether the number is one of a list of a country and its figure: "Road deaths per
    million: UK 26, Romania 81, Sweden 20" (not a score: "Germany 2 Spain 1", "Spain 1,
    Germany 0 in the final")."""
    if (numeral.value < 10 and "." not in numeral.text) \
            or not sentence.vocabulary.isdisjoint(_RESULT_WORDS):
        return False  # "Spain 1, Germany 0 in the final", "England 24, Wales 18 at full time"
    window = (max(sentence.span[0], name.start - _PAIRS_REACH),
              min(sentence.span[1], numeral.end + _PAIRS_REACH))
    return len(_PAIRS.findall(sentence.text, *window)) >= _FEWEST_PAIRS and (
        _PAIR_AFTER.match(sentence.text, numeral.end) is not None
        or _PAIR_BEFORE.search(sentence.text, max(sentence.span[0], name.start - 4),
                               name.start) is not None)


#: words of a game's result, beside which a list of names and numbers is a score
_RESULT_WORDS: Final = lexicon.word_sections("not_claims.txt")["score_words"] | frozenset(
    ["final", "full-time", "ft", "ht", "match", "game", "result", "results"])


#: words naming the level of a band (grammar_words.txt)
_BAND_LABELS: Final = lexicon.word_sections("grammar_words.txt")["band_labels"]
#: what opens an item of a list right before its label: ": ", ", ", "; ", a line's start
_LIST_ITEM_OPENS: Final = re.compile(r"(?:[:;,|][ ]?|\n|\A)\Z")
#: the far end of a range written with decimals: the "-24.9" of "18.5-24.9"
_DECIMAL_RANGE_END: Final = re.compile(r"[-\N{EN DASH}](?P<whole>[0-9]+)\.[0-9]")
#: a maker's name and a model in the plural after a number: " Airbus A350-900s", " Boeing 787s"
_MODEL_PLURAL: Final = re.compile(r"(?:[ ][A-Z][A-Za-z&.-]*){1,2}[ ][A-Z0-9][A-Za-z0-9-]*[0-9]s\b")


def _street_direction(after: Sequence[Word]) -> bool:
    """ "9 E 71st St", "12 W Main St": a compass letter opening a street name."""
    return (after[0].text in ("N", "S", "E", "W") and len(after) > 1
            and (after[1].text[:1].isdigit() or after[1].text.istitle()))


def _follows_month_day(numeral: Numeral, before: Sequence[Word], months: frozenset) -> bool:
    """ "July 4, 2016": a year right after a month and a day."""
    if len(numeral.text) != 4 or not numeral.text.isdigit():
        return False
    lowered = [w.lower for w in before]
    return any(word in months for word in lowered)


#: a capitalised acronym in the plural counts people or things: "MPs", "MSPs", "GPs", "NGOs"
_PLURAL_ACRONYM: Final = re.compile(r"[A-Z]{2,5}s")


def _country_owner(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a place's possessive stands right before the number: "Greece's 24"."""
    owner = sentence.before(numeral.start, 1)
    if not owner:
        return False
    name = owner[0].text
    for ending in POSSESSIVE_ENDINGS:
        if name.endswith(ending):
            return name[:-len(ending)] in _COUNTRY_NAMES
    return False


def _owned_count(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a number after a possessive name counts or measures what follows it ("Apple's
    3 new iPhones", "Arsenal's 14-game run"), not a model or a title ("Porsche's 911 turns
    60", "BMW's 3 Series")."""
    after = sentence.after(numeral.end, 2)
    if after and _PLURAL_ACRONYM.fullmatch(after[0].text):
        return True  # "Britain's 650 MPs", "Holyrood's 129 MSPs"
    if after and after[0].text[:1].isupper() and after[0].text.endswith("s") \
            and len(after[0].text) > 3 and _country_owner(numeral, sentence):
        return True  # "Greece's 24 Rafales", "Finland's 64 F-35As": a country's fleet
    if len(after) == 2 and after[0].text == "-" and after[0].start == numeral.end \
            and after[1].start == numeral.end + 1 and after[1].text.islower() \
            and (after[1].lower not in lexicon.load().function_words
                 or after[1].lower in ("in", "out")):
        return True  # "Arsenal's 14-game winning streak", "Britain's 1-in-5 children"
    if len(after) == 2 and after[0].text.istitle() and after[1].text.isdigit() \
            and after[1].start == after[0].end + 1:
        noun = counted_noun(sentence, numeral.end, numeral.value)
        return noun is not None and noun.start > after[1].start \
            and is_plural_word(noun.lower)  # "Thameslink's 115 Class 700 trains": a name
        # with its own number, then the noun counted
    if not after or not (after[0].text.islower() or (
            len(after) == 2 and after[0].text.istitle() and after[1].text.islower()
            and len(numeral.text) <= 2 and after[0].lower not in _MODEL_WORDS)):
        return False  # (but "Super Heavy's 33 Raptor engines": a name, then the noun; not
        # "Apple's 15 Pro phones", "BMW's 7 Series sedans": a model)
    noun = counted_noun(sentence, numeral.end, numeral.value)
    following = sentence.after(noun.end, 1) if noun is not None else ()
    return noun is not None and (after[0].text.islower() or noun.start == after[1].start) \
        and not (following and following[0].text[:1].isdigit())


#: the far end of a range in percent: the "-2%" of "0-2%"
_RANGE_TO_PERCENT: Final = re.compile(r"[-\N{EN DASH}][0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%")


#: the far end of a range after a signed number: the " to -1" of "Lows -3 to -1°C"
_RANGE_END_AFTER: Final = re.compile(r"[ ]to[ ][-\N{MINUS SIGN}]?[0-9]")
#: an arrow to the next figure: " -> 380", " => 950", " → 176"
_ARROW_AFTER: Final = re.compile(r"[ ]?(?:-+>|=>|\N{RIGHTWARDS ARROW})[ ]?[0-9]")


#: a rating out of five or ten: "3/5", "9/10", "4.5/5"
_RATING: Final = re.compile(r"(?:[0-5](?:\.5)?/5|(?:[0-9](?:\.5)?|10)/10)")
#: what a review rates by a label before a rating (not_claims.txt)
_RATED_THINGS: Final = lexicon.load().not_claims["rated_things"]


#: a hyphen and the rooms of a home listed: "-bed", "-bedroom", "-bath" (grammar_words.txt)
_LISTED_ROOMS_AFTER: Final = re.compile(
    r"-" + alternation("grammar_words.txt", "listing_nouns") + r"s?\b")


#: parties named in the plural, whose seats a gapped tally gives
_PARTIES: Final = frozenset(["democrats", "republicans", "conservatives", "tories", "greens",
                             "liberals", "independents", "nationalists", "socialists",
                             "unionists", "reformists", "communists", "others", "nationals"])
#: a number and a comma or "and" right before "the": "holds 26, ", "14 and "
_NUMBER_COMMA_END: Final = re.compile(r"(?:[0-9]|\b[a-z]+)(?:[ ]?,[ ]|,?[ ]and[ ])\Z")


def _gapped_tally(before: Sequence[Word], sentence: Sentence) -> bool:
    """Whether a capitalised plural after "the" follows a number and a comma or "and": "holds
    26, the Liberal Democrats 14 and the Conservatives 8" (a side's tally, its verb left
    out)."""
    if before[-1].lower not in _PARTIES:
        return False
    the = next((w for w in reversed(before[-4:-1]) if w.lower == "the"), None)
    if the is None or not all(w.text[:1].isupper() for w in before if w.start > the.start):
        return False
    number = _NUMBER_COMMA_END.search(sentence.text, max(sentence.span[0], the.start - 12),
                                      the.start)
    if number is None:
        return False
    word = sentence.before(number.start() + 1, 1)
    return number.group()[0].isdigit() or (bool(word) and parse_number(word[0].lower) is not None)


#: the far end of a range of temperatures or percentages, glued to a number: "-13C",
#: "–15°C", "-4%" (no name's number runs on into one: "Manchester 10-13C")
_READING_RANGE_AFTER: Final = re.compile(
    r"[-\N{EN DASH}][0-9]{1,3}(?:\.[0-9]{1,2})?(?:\N{DEGREE SIGN}?[CF]\b|\N{DEGREE SIGN}|%)")


#: "times" and a period after a number, which make it a frequency: " times a week", " times
#: weekly"
_TIMES_A_PERIOD: Final = re.compile(
    r"[ ]times[ ](?:a|an|per|each|every)?[ ]?(?:day|week|month|year|daily|weekly|monthly"
    r"|yearly|annually)\b")


def _after_name(numeral: Numeral, before: Sequence[Word], sentence: Sentence) -> bool:
    """ "Boeing 737", "S&P 500", "Fortune 100": a bare number right after a name.  Names
    carry no thousands separators nor scale, so "and Germany 3,300" and "Payrolls +353K" are
    amounts."""
    if not before or numeral.spelled or "," in numeral.text or numeral.scale != 1 \
            or _READING_RANGE_AFTER.match(sentence.text, numeral.end) \
            or (numeral.negative and _RANGE_END_AFTER.match(sentence.text, numeral.end)) \
            or _ARROW_AFTER.match(sentence.text, numeral.end) \
            or _TIMES_A_PERIOD.match(sentence.text, numeral.end) \
            or (_RATING.fullmatch(numeral.text) and before[-1].lower in _RATED_THINGS):
        return False  # nor a frequency: "flies to Dublin 14 times a week"; nor a scale:
        # "PAYROLLS +353K"; nor a sign or an arrow: "Lows -3 to
        # -1°C", "Headcount 450 -> 380"; nor a rating out of 5 or 10: "Texture 3/5" (not
        # "PlayStation 4/5", "Windows 8/10")
    prev = before[-1]
    if not (any(map(str.isupper, prev.text)) or _dotted_name(before)):
        return False  # a name has a capital ("RTX 4090") or a dot ("Node.js 20"): the quick
        # miss for most words, asked before the slower tests below (all of which say False)
    if (before[-1].lower.endswith(("s", "ed"))
            or (len(before) > 1 and before[-2].lower == "to" and before[-1].text.isalpha())) \
            and _headline_count(numeral, sentence):
        return False  # after a headline's verb ("Approves 12 New Parks", "to Shutter 150
        # Stores"; "Boeing 737 Orders")
    if sentence.gap(prev.end, numeral.start) not in (" ", "-", " -") \
            or _film_speed(numeral, prev, sentence) or after_scale_name(sentence, numeral.start):
        return False
    if _gapped_tally(before, sentence):
        return False  # "Labour now holds 26, the Liberal Democrats 14": a tally whose verb
        # is left out, after a party's plural name
    if _tally_against(before):
        return False  # "312 electoral votes to Harris's 226"
    if sentence.text[numeral.end:numeral.end + 1] == "%" \
            or _RANGE_TO_PERCENT.match(sentence.text, numeral.end):
        return False  # "Representative APR 49.9%", "the SNB's 0-2% band": no name ends in a
        # percent sign
    far = _DECIMAL_RANGE_END.match(sentence.text, numeral.end)
    if far is not None and far.group("whole") != numeral.text.split(".")[0] \
            and (_LIST_ITEM_OPENS.search(sentence.text, max(0, prev.start - 2), prev.start)
                 or prev.lower in _BAND_LABELS):
        return False  # "BMI: Healthy 18.5-24.9, Overweight 25-29.9", "Pollen levels are
        # Moderate 4.9-9.7": a band of a chart, its label opening an item of a list or
        # naming a level (but "supports Android 8.0-13.0": versions)
    if "." in numeral.text and prev.lower in _QUOTED_COMMODITIES:
        return False  # "Silver 32.52 | Copper 4.62": a price board's quote, no model name
    if not sentence.vocabulary.isdisjoint(_PRICE_LIST_WORDS) \
            and _PRICED_ITEM.fullmatch(numeral.text) \
            and len(_PRICED_ITEMS.findall(sentence.text, *sentence.span)) > 1 \
            and not _software_sentence(sentence):
        return False  # "Latte 3.40, Mocha 3.90, Flat white 3.20": a menu's prices in pence
        # (but "supports Python 3.10 and 3.12": versions)
    if _standing_after(numeral, sentence):
        return False  # "Verstappen 393 points, Norris 331", "with Hamilton 0.9s behind": a
        # tally or a gap in a standings line, which no name ends in
    if prev.text.endswith(POSSESSIVE_ENDINGS) and _owned_count(numeral, sentence):
        return False  # "Apple's 3 new iPhones", "the Tour's 21 stages": the name's own count
    if prev.lower in _STAT_LABELS and not (
            prev.lower == "hr" and numeral.text.isdigit()
            and not sentence.vocabulary.isdisjoint(_LEGISLATIVE_WORDS)):
        return False  # "HR 0.80", "95% CI 0.72-0.90": an estimate, not "RTX 4090" (nor the
        # bill "HR 1": a hazard ratio has decimals)
    label = units.lookup_after(prev.lower) \
        if len(prev.text) > 3 and prev.text[1:].islower() and prev.lower.endswith("s") else None
    if label is not None and label.dimension != "time":
        return False  # "Calories 230, Total Fat 8g", "Miles 26.2": a measure's label in the
        # plural, no name (but "Years 5 and 6 children" are school years)
    if (_names_nothing(prev, sentence) and not _inside_title(before, sentence)) \
            or is_place_name(prev.text) \
            or (prev.text in _COUNTRY_NAMES and not numeral.text.isdigit()) \
            or (_a_country(prev.text) and _in_a_list_of_pairs(numeral, prev, sentence)):
        return False  # "In June 480 flights", "Typically 2", "Killed 40 people", "In Texas
        # 30 people": no name
    if _plain_opener(prev, sentence) and prev.lower in _TAXING_BODIES and (
            _amount_follows(numeral, sentence)
            or _plural_noun_next(sentence, numeral.end, numeral.value) is not None):
        return False  # "County 4.2 mills, city 12.4 mills", "County 120 parcels": a body
        # that levies or counts, opening a line of a levy's table
    if _plain_opener(prev, sentence) and _LISTED_ROOMS_AFTER.match(sentence.text, numeral.end):
        return False  # "Charming 3-bed bungalow", "Spacious 4-bedroom house": a listing's
        # adjective, then its rooms (but "Boeing 737-800", "Model 3")
    if _opens_a_measure(prev, sentence) and _amount_follows(numeral, sentence):
        return False  # "Costs 50-100 dollars", "Range 10-40 mg", "Wind: SW 20 to 25 mph": an
        # opening word or a compass point, then an amount with its unit
    opening = _plain_opener(prev, sentence)
    if opening and prev.lower in _COUNT_OPENING_VERBS and (
            (counted_noun(sentence, numeral.end, numeral.value) is not None
             and _LOWER_PLURAL_NEXT.match(sentence.text, numeral.end))  # (not "Bought 3
            # Series Touring": a model)
            or _TIMES_AFTER.match(sentence.text, numeral.end)
            or _RANGE_OF_COUNTS_AFTER.match(sentence.text, numeral.end)):
        return False  # "Plant 3 bulbs per pot", "Water 2-3 times a week": an instruction
    if opening and prev.lower in _LISTING_VERBS \
            and _plural_noun_next(sentence, numeral.end, numeral.value) is not None:
        return False  # "Contains 60 capsules", "Feeds 6 people": a listing's opening verb
    if opening and prev.lower in _PAST_OPENING_VERBS and _LOWER_PLURAL_NEXT.match(
            sentence.text, numeral.end) \
            and _plural_noun_next(sentence, numeral.end, numeral.value) is not None:
        return False  # "Sent 14 cards to PSA", "Bought 3 lots": a verb, its object counted
    if opening and prev.lower in _AGE_GROUP_WORDS \
            and _AGE_BOUND_AFTER.match(sentence.text, numeral.end):
        return False  # "Children 12 and younger", "Kids 5 and under", "Women 25 to 54": ages
    if opening and prev.lower.endswith("ing"):
        noun = _plural_noun_next(sentence, numeral.end, numeral.value)
        if noun is not None and (_HABIT_AFTER.match(sentence.text, noun.end) or (
                prev.lower not in _ING_NAMES and _VERB_AFTER_OBJECT.match(
                    sentence.text, noun.end))):
            return False  # "Smoking 20 cigarettes a day", "Taking 2 tablets daily": a habit;
            # "Drilling 40 holes took 3 months": a gerund's object
    if prev.text == "Mach" and _speed_of_sound(prev, sentence):
        return False  # "flies at Mach 8": a speed, told as a multiple of the speed of sound
    if _gapped_subject(numeral, before, sentence) or _result_line(numeral, before, sentence) \
            or _named_tally(numeral, sentence):
        return False  # "Labour won 411 seats, the Conservatives 121", "and NATO 32.",
        # "reported in October: Belfast 1,412, Derry 388, Newry 207"
    if len(before) >= 2 and before[-2].start == sentence.span[0] \
            and before[-2].lower in _OPENING_PREPOSITIONS \
            and _plural_noun_next(sentence, numeral.end, numeral.value) is not None:
        return False  # "In Wigan 12 homes were flooded", "Since Brexit 400 firms have moved"
    if sentence.title_case and (prev.lower in lexicon.load().changes
                                or prev.lower in lexicon.load().not_claims["headline_verbs"]):
        return False  # "Dow Sheds 500 Points", "Storm Kills 40": a verb, capitalised for the
        # headline
    hedge = longest_phrase_before(sentence, numeral.start, hedges_before())
    if hedge and len(hedge) == 1 and hedge[0].lower in ("max", "min"):
        named = sentence.before(hedge[0].start, 1)
        return bool(named) and (named[0].text.isdigit() or (
            hedge[0].text[:1].isupper() and (named[0].text[:1].isupper()
                                             or named[0].lower == "the")))
        # "the 737 MAX 9", "Mad Max 2", "the Max 8": a name
    return not hedge


#: what a standings line counts after a competitor's name (not_claims.txt)
_STANDING_NOUNS: Final = lexicon.word_sections("not_claims.txt")["standing_nouns"]


def _standing_after(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether a gap in seconds written with decimals ("0.9s", "+1.80s") follows the number,
    or a tally noun that the sentence writes again, as a standings line does ("Verstappen
    393 points, Norris 331 points", "Usyk 22 wins, Fury 34 wins")."""
    end = numeral.end
    if "." in numeral.text and sentence.text[end:end + 1] == "s" \
            and not sentence.text[end + 1:end + 2].isalnum():
        return True
    following = sentence.after(end, 1)
    if not following or sentence.gap(end, following[0].start) != " " \
            or following[0].lower not in _STANDING_NOUNS:
        return False
    return sum(1 for word in sentence.words if word.lower == following[0].lower) > 1


#: verbs that open a line of a product listing before a count (not_claims.txt)
_LISTING_VERBS: Final = lexicon.word_sections("not_claims.txt")["listing_verbs"]
_PAST_OPENING_VERBS: Final = lexicon.word_sections("grammar_words.txt")["past_opening_verbs"]
#: a lower-case word right after a number: "14 cards" (not "3 Series")
_LOWER_PLURAL_NEXT: Final = re.compile(r"[ ][a-z]")
_COUNT_OPENING_VERBS: Final = lexicon.word_sections("grammar_words.txt")["count_opening_verbs"]
#: the other end of a range of counts or times: "-3 times", " or 3 times", "-4 seeds"
_RANGE_OF_COUNTS_AFTER: Final = re.compile(r"(?:-|[ ](?:or|to)[ ])[0-9]{1,3}[ ][a-z]+s\b")


#: public bodies that open a line of a levy's table before their figure (grammar_words.txt)
_TAXING_BODIES: Final = lexicon.word_sections("grammar_words.txt")["taxing_bodies"]


def _plain_opener(word: Word, sentence: Sentence) -> bool:
    """A word opening the sentence, capitalised only for that: "Costs", "Seas", "Smoking"."""
    return word.start == sentence.span[0] and word.text[1:].islower()


def _opens_a_measure(word: Word, sentence: Sentence) -> bool:
    """A word that names nothing before a measured amount: a plain opening word ("Seas 8 to
    12 feet") or a point of the compass ("SW 20 to 25 mph")."""
    return word.text in _COMPASS_POINTS or _plain_opener(word, sentence)


def _amount_follows(numeral: Numeral, sentence: Sentence) -> bool:
    """A unit after the number, or after the second number of a pair it opens: "50 dollars",
    "50-100 dollars", "10–40 mg", "Gusts 50-60mph", "Seas 8 to 12 feet" (not "Canon
    24-105mm lenses": a lens named by its focal lengths)."""
    pair = _PAIR_SECOND.match(sentence.text, numeral.end)
    end = pair.end() if pair else numeral.end
    unit = sentence.unit_after(end)
    if unit is None:  # "Winds 35 kt, gusts 50 kt": knots, which only wind makes a unit
        return KNOTS.match(sentence.text, end) is not None \
            and not sentence.vocabulary.isdisjoint(WIND_WORDS)
    return not _LENS_AFTER.match(sentence.text, unit.end)


#: a "kt" or "kn" after a number, and the words of wind that make it knots ([wind_words];
#: reading.py reads them; "kts" is the lexicon's)
KNOTS: Final = re.compile(r"[ -]?k[tn]\b")  # ("a 70-kt storm")
WIND_WORDS: Final = lexicon.word_sections("grammar_words.txt")["wind_words"]


def _anyone(sentence: Sentence, opener: str, after: Sequence[Word]) -> bool:
    """ "one" and a noun after "if" or "when" that mean any one of them: "If one partner dies",
    "when one parent earns" (not "If one hour passes", a span of time; nor "when one
    participant died", a past event)."""
    if not after or not after[0].text.isalpha() or after[0].lower in ("in", "out", "of"):
        return False
    if after[0].lower in ("day", "minute"):
        following = sentence.after(after[0].end, 1)
        return bool(following) and (following[0].lower.split("'")[0] in _SUBJECT_STARTS
                                    or following[0].text.istitle())  # "If one day you find
        # yourself in Paris": an idiom (but "once one day has passed", "If one day of strikes
        # costs £20m")
    if units.is_unit_word(after[0].lower) or after[0].lower in _TIME_NOUNS:
        return False
    if opener in ("if", "unless", "whether"):
        return True
    verb = sentence.after(after[0].end, 1)
    return bool(verb) and verb[0].lower.endswith("s") and not verb[0].lower.endswith("ss")


def _speed_of_sound(mach: Word, sentence: Sentence) -> bool:
    """ "Mach" as a speed, not inside a name: "flies at Mach 8", "Its top speed, Mach 2.5",
    "China's Mach 6 missile" (not "the Ford Mustang Mach 1")."""
    before = sentence.before(mach.start, 1)
    return not before or not (before[0].text[:1].isupper() and before[0].text.isalpha()
                              and before[0].start != sentence.span[0])


#: words of time, which "one" counts after "if" or "once": "If one hour passes" (not "one
#: day" or "one minute", idioms: "If one day you find yourself in Paris")
_TIME_NOUNS: Final = frozenset(["second", "hour", "week", "month", "year", "decade", "season",
                                "term", "game", "match"])
#: words that open a clause's subject after the idiom "one day": "If one day you find"
_SUBJECT_STARTS: Final = frozenset(["you", "we", "i", "he", "she", "they", "it", "the", "this",
                                    "our", "my", "your", "his", "her", "their", "someone"])
#: words that open a condition, after which "one" and a noun mean any one: "if one partner"
_CONDITIONS: Final = frozenset(["if", "when", "where", "once", "unless", "whether", "whenever"])
#: the stars of an officer's rank: "a four-star general", "the two-star admiral" (not "a
#: five-star hotel")
_STAR_RANK: Final = re.compile(
    r"(?<![\w-])(?:one|two|three|four|five|[1-5])-star(?=(?:[ ](?:army|navy|air[ ]force|marine"
    r"|marines|us|u\.s\.|lieutenant|vice|rear|major))*[ ](?:general|generals|admiral|admirals"
    r"|officer|officers|rank|brigadier|command|commander|air[ ]marshal)\b)", re.IGNORECASE)
#: a journal's volume and "issue" before the issue's number: "volume 403, issue 10431"
_VOLUME_ISSUE: Final = re.compile(r"\b(?:[Vv]ol(?:ume|\.)?)[ ][0-9]{1,4},?[ ][Ii]ssue[ ]\Z")
#: a label's number and "of" before the number of its scale: "Level 3 of 5", "Stage 4 of 21",
#: "Page 2 of 3", "Game 3 of 7"
_LABEL_OF: Final = re.compile(
    r"\b(?:[Ll]evel|[Tt]ier|[Cc]ategory|[Ss]tage|[Pp]hase|[Gg]rade|[Ss]tep|[Pp]age|[Ss]lide"
    r"|[Cc]hart|[Ii]mage|[Pp]hoto|[Pp]icture|[Qq]uestion|[Pp]art|[Ee]pisode|[Ff]igure|[Mm]ap"
    r"|[Gg]raphic|[Cc]hapter|[Vv]olume|[Bb]ook|[Gg]ame|[Rr]ound|[Ll]eg|[Ww]eek|[Dd]ay)"
    r"[ ][0-9]{1,2}[ ]of[ ]\Z")
#: a lower-case word after a gerund's object, its clause's verb: "Drilling 40 holes took"
_VERB_AFTER_OBJECT: Final = re.compile(r"[ ][a-z]+\b")
#: names and nouns in "-ing" that open a sentence before a number ("Boeing 737s", "Spring 20
#: tulips"), never gerunds
_ING_NAMES: Final = frozenset(["boeing", "beijing", "nanjing", "reading", "sterling", "viking",
                               "spring", "evening", "morning", "king", "wing", "ring", "string",
                               "building", "ceiling", "wedding", "meeting", "ending", "thing"])
#: how often a habit is kept, or its bound, after the thing counted: "a day", "or more"
_HABIT_AFTER: Final = re.compile(
    r"[ ](?:(?:a|an|per|each|every)[ ](?:day|week|night|month)|daily|weekly|or[ ]more)\b")
#: the sixteen points of the compass, which tell where a wind or a swell comes from
_COMPASS_POINTS: Final = lexicon.word_sections("grammar_words.txt")["compass_points"]
#: countries that name no shared currency, as written (not_claims.txt)
_COUNTRY_NAMES: Final = lexicon.word_sections("not_claims.txt")["country_names"]
#: words that finish a model's name after its number: "15 Pro", "7 Series", "911 Turbo"
_MODEL_WORDS: Final = lexicon.word_sections("grammar_words.txt")["model_words"]
#: commodities a price board quotes by name, before a price with decimals (grammar_words.txt)
_QUOTED_COMMODITIES: Final = lexicon.word_sections("grammar_words.txt")["quoted_commodities"]
#: people by age, and the bound after an age: "Children 12 and younger", "Kids 5 and under"
_AGE_GROUP_WORDS: Final = lexicon.word_sections("grammar_words.txt")["age_groups"]
#: a bound or the rest of a range of ages after the number: "Children 12 and younger",
#: "Drivers 17-24"
_AGE_BOUND_AFTER: Final = re.compile(
    r"[ ](?:and|or)[ ](?:younger|older|under|over)\b"
    r"|(?:[ ]?[-\N{EN DASH}][ ]?|[ ]to[ ])[0-9]{1,2}\b(?![.,][0-9])")
#: what follows a lens's focal lengths: "24-105mm lenses", "24-105mm f/4L", "a 70-200mm zoom"
_LENS_AFTER: Final = re.compile(r"[ ](?:f/|lens|lenses|zoom|zooms|kit|prime|macro)", re.IGNORECASE)
#: the hyphen, dash, "to" or "or" and the second number of a pair: the "-100" of "50-100",
#: the " to 12" of "Seas 8 to 12 feet"
_PAIR_SECOND: Final = re.compile(
    r"(?:[ ]?[-\N{EN DASH}][ ]?|[ ](?:to|or)[ ])[0-9]+(?:\.[0-9]+)?"
    r"|(?:[ ]?[x\N{MULTIPLICATION SIGN}][ ]?[0-9]+(?:\.[0-9]+)?){1,2}")  # (and "55 x 40 x 20 cm")


def _inside_title(before: Sequence[Word], sentence: Sentence) -> bool:
    """ "Inside Out 2", "Despicable Me 4": a capitalised small word after another capitalised
    word, in a sentence not set in title case, ends a title that the number belongs to."""
    return len(before) >= 2 and not sentence.title_case and before[-1].text.istitle() \
        and before[-1].lower in lexicon.load().function_words \
        and before[-1].lower not in lexicon.load().not_claims["months"] \
        and parse_number(before[-1].lower) is None \
        and before[-2].text.istitle() and before[-2].text.isalpha() \
        and before[-2].lower not in lexicon.load().not_claims["months"] \
        and parse_number(before[-2].lower) is None


#: verbs whose indirect object may be a name before the amount: "sent Ukraine 31 tanks"
_GIVING_VERBS: Final = lexicon.word_sections("grammar_words.txt")["giving_verbs"]
#: prepositions that open a sentence with a place or a time: "In Wigan 12 homes ..."
_OPENING_PREPOSITIONS: Final = lexicon.word_sections("grammar_words.txt")[
    "opening_prepositions"]


def _result_line(numeral: Numeral, before: Sequence[Word], sentence: Sentence) -> bool:
    """A name and its tally in a line of results: "Final result: Labour 411, Conservative
    121, SNP 9", "Medal table: USA 126, China 91" (not "Fleet: Boeing 737, Airbus 320")."""
    if sentence.vocabulary.isdisjoint(lexicon.load().not_claims["result_words"]):
        return False
    index = len(before) - 2  # past the name's words: "Liberal Democrat 72"
    while index >= 0 and before[index].text[:1].isupper() and before[index].text.isalpha() \
            and index >= len(before) - 3:
        index -= 1
    if index < 0 or before[index].text not in (":", ",", ";") and before[index].lower != "and":
        return False
    after = sentence.after(numeral.end, 1)
    return not after or after[0].text in (",", ";", ".", ")") or after[0].lower == "and"


#: what opens a clause whose verb is left out: "411 seats, the Conservatives 121"
_GAP_OPENERS: Final = frozenset([",", "and", "while", "but", "whereas", ";"])


def _gapped_subject(numeral: Numeral, before: Sequence[Word], sentence: Sentence) -> bool:
    """A name that is the subject of a clause whose verb is left out, its number ending the
    clause: "Labour won 411 seats, the Conservatives 121", "27 members and NATO 32"."""
    if len(before) < 2:
        return False
    last = before[-1]
    before = sentence.before(numeral.start, 4)
    if len(before) > 3 and before[-2].text.istitle() and before[-2].text.isalpha() \
            and (before[-3].lower == "the" or before[-3].lower in _GAP_OPENERS):
        before = before[:-1]  # a name of two words: "Sinn Féin 39", "and the Lib Dems 72"
    if before[-2].lower == "the" and not last.text.endswith("s"):
        return False  # "and the Boeing 737."; but "the Conservatives 121"
    opener = before[-2] if before[-2].lower != "the" or len(before) < 3 else before[-3]
    counted = _COUNTED_BEFORE.search(
        sentence.text, max(sentence.span[0], opener.start - _COUNTED_REACH), opener.start) \
        if opener.lower in _GAP_OPENERS else None
    if counted is None:
        return False  # the clause before counts something: "won 411 seats, the ..."
    count = parse_number(counted.group("count"))
    if count is not None and count > 0 and numeral.value > 0 and (
            count / numeral.value > _GAPPED_COUNT_RATIO
            or numeral.value / count > _GAPPED_COUNT_RATIO / 2):
        return False  # "sold 4 million consoles in Japan last year, PlayStation 5", "took 50
        # new jets last year, Boeing 737": a model's number, of no size beside the count
    after = sentence.after(numeral.end, 2)
    if len(after) == 2 and after[0].lower == "and" and after[1].text == last.text:
        return False  # "180 fixes, Windows 10 and Windows 11": a product's versions (but
        # "Nagpur 288 and Nashik 201", "Leeds 120 and Bradford the rest")
    return ends_clause(sentence, numeral.end, _GAP_CLOSERS)


def _named_tally(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the number is in a list of names each with its number, one of them grouped in
    thousands, which no model's number is, or the last in a unit: "Belfast 1,412, Derry 388,
    Newry 207", "Santacruz 268 and Thane 301 millimetres" (not "Fleet: Boeing 737, Airbus 320
    and Embraer 190")."""
    name = [w for w in sentence.before(numeral.start, 2) if w.text[:1].isupper()]
    if not name or not ends_clause(sentence, numeral.end, _GAP_CLOSERS) \
            or name[-1].lower in _TALLY_INDEX_NAMES:
        return False  # (nor "Dow 38,250, Nasdaq 15,120 and FTSE 100": an index's name)
    found = _NAMED_TALLY_BEFORE.search(
        sentence.text, max(sentence.span[0], name[0].start - _COUNTED_REACH), name[0].start)
    if found is not None and _GROUPED_THOUSANDS.search(found.group("items")) is not None:
        return True
    following = _NAMED_ITEM_AFTER.match(sentence.text, numeral.end)
    return following is not None and sentence.unit_after(following.end()) is not None
    # ("Colaba recorded 231, Santacruz 268 and Thane 301 millimetres": the last item's unit
    # is the list's; not "Boeing 737, Airbus 320 and Embraer 190 jets")


#: the next name and its number in such a list: ", Derry 388", " and Thane 301"
_NAMED_ITEM_AFTER: Final = re.compile(
    r"(?:,[ ]|,?[ ]and[ ])(?:[A-Z][\w'-]*[ ]){1,2}[0-9][0-9,.]*")
#: names with their numbers in a list, up to the next name: "Belfast 1,412, Derry 388, "
_NAMED_TALLY_BEFORE: Final = re.compile(
    r"(?P<items>(?:[A-Z][\w'-]*[ ]){1,3}[0-9]{1,3}(?:,[0-9]{3})*"
    r"(?:,[ ](?:[A-Z][\w'-]*[ ]){1,3}[0-9]{1,3}(?:,[0-9]{3})*)*)(?:,[ ]|,?[ ]and[ ])\Z")
_GROUPED_THOUSANDS: Final = re.compile(r"[0-9],[0-9]{3}")
#: names of stock indexes, whose number is part of the name (but "Stockport Market 90")
_TALLY_INDEX_NAMES: Final = INDEX_NAMES - frozenset(["market", "shares", "stocks"])


#: words after the number of a clause whose verb is left out that end the clause
_GAP_CLOSERS: Final = frozenset(["and", "while"])
#: an amount and the noun it counts, perhaps with a place and a time, then perhaps other
#: names with their numbers, right before a clause's end: "411 seats", "27 members", "412
#: road deaths in Pune last year, Nagpur 288", "412 road deaths last year, Nagpur 288", "411
#: seats, the Conservatives 121", "Toowoomba 211mm, Gympie 187", "the CBD expecting 41C,
#: Parramatta 45"
_COUNTED_BEFORE: Final = re.compile(
    r"(?<![\w,.])(?P<count>[0-9](?:[0-9,.]{0,13}[0-9])?(?:[ ](?:thousand|million|billion))?)"
    r"(?:[ ]?(?:[a-z]+[ ]){0,2}[a-z]+|\N{DEGREE SIGN}?[CF%])"
    r"(?:[ ](?:in|at|for|on)[ ][A-Z][a-z]+)?"
    r"(?:[ ](?:last|this)[ ](?:year|week|month|season|quarter))?"
    r"(?:,?[ ](?:the[ ])?[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?[ ][0-9][0-9,.]*)*,?[ ]?\Z")
#: how many times as large as a gapped clause's number the count before it may be (half as
#: many times as small: a model's number is often the larger, "50 new jets, Boeing 737")
_GAPPED_COUNT_RATIO: Final = 20
#: how far back _COUNTED_BEFORE may match (a search from the sentence's start would make a
#: long list of names quadratic)
_COUNTED_REACH: Final = 80


#: words of estimates and hazards, which are revised, not versioned
_ESTIMATE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["quake_words"] | frozenset(
    ["forecast", "forecasts", "outlook", "estimate", "estimates", "toll",
     "category", "hurricane", "storm", "typhoon", "cyclone", "inflation"])


#: a version numbered by its year: "2024.14", "2023.44.1"
_DATED_VERSION: Final = re.compile(r"(?:19[89]|20[0-9])[0-9]\.[0-9]{1,3}")
#: words of software next to such a version (not "closed at 2024.14 points")
_SOFTWARE_WORDS: Final = frozenset(["update", "updates", "release", "releases", "firmware",
                                    "software", "version", "build", "patch", "os"])


def _upgraded_version(numeral: Numeral, prev: str, sentence: Sentence) -> bool:
    """ "upgraded the cluster from 1.27 to 1.28", "bump Node to 20": a plain number after
    "to" or "from" that an upgrade verb governs is a version ([version_verbs])."""
    if prev not in ("to", "from") or numeral.spelled or numeral.scale != 1 \
            or "," in numeral.text or counted_noun(sentence, numeral.end, numeral.value):
        return False
    if word_in_clause_before(sentence, numeral.start, _ESTIMATE_WORDS, 10):
        return False  # "the quake was downgraded from 7.0 to 6.8": a revised estimate
    verbs = lexicon.load().not_claims["version_verbs"]
    changes = lexicon.load().changes
    for word in reversed(sentence.before(numeral.start, 6)):
        if word.lower in verbs:
            return True
        if word.lower in changes:
            return False  # "after the upgrade, costs rose to 40"
    return False


def _dotted_name(before: Sequence[Word]) -> bool:
    """ "Node.js", "Vue.js": a capitalised name and a lower-case part glued after a dot."""
    if len(before) < 3:
        return False
    name, dot, part = before[-3:]
    return dot.text == "." and name.end == dot.start and dot.end == part.start \
        and name.text[:1].isupper() and part.text.isalpha()


#: how often, after a number: " times a day", " times", " a night"
_HOW_OFTEN_AFTER: Final = re.compile(
    r"[ ](?:times\b|(?:a|an|per|each)[ ](?:day|night|week|month|hour)\b)")


#: determiners before a model's number that owns something: "the 747's", "every 787's"
_OWNER_DETERMINERS: Final = frozenset(["the", "a", "that", "this", "every", "each"])
#: a possessive ending right after a number, then the end of its word: "the 955's"
_OWNER_AFTER: Final = re.compile(r"['\N{RIGHT SINGLE QUOTATION MARK}]s(?![\w'])")
#: words after the number a sentence-opening participle takes: "Adding 40 more staff",
#: "Opening 20 new stores" (not a preposition: "Marketing 101 for small businesses",
#: "Parking 2 on Elm Street", "Showing 1 to 20 of 348 entries")
_PARTICIPLE_OBJECT_LINKS: Final = frozenset(["more", "new", "extra", "additional", "further"])
#: words after a target that an opening participle aims at: "Needing 46 off the final four
#: overs", "Defending 180 from 20 overs" (not "for": "Marketing 101 for small businesses")
_AFTER_A_TARGET: Final = frozenset(["off", "from"])


def _opening_verb(word: Word, sentence: Sentence) -> bool:
    """A verb that opens the sentence, capitalised only for that: "Mix", "Serves", "Killed",
    "Naps" before how often."""
    if word.start != sentence.span[0]:
        return False
    if word.lower in _OPENING_VERBS or word.lower.endswith("ed"):
        return True
    number = sentence.after(word.end, 1)
    if word.lower.endswith("ing") and len(word.text) > 5 and word.lower not in _ING_NAMES \
            and word.text[1:].islower() and number and number[0].text[:1].isdigit():
        following = sentence.after(number[0].end, 1)
        return bool(following) and sentence.gap(number[0].end, following[0].start) == " " \
            and (following[0].lower in _PARTICIPLE_OBJECT_LINKS
                 or following[0].lower in _AFTER_A_TARGET
                 or is_plural_word(following[0].text))
        # "Adding 40 jobs", "Excluding 3 items", "Needing 46 off the last four overs": a
        # participle that opens the sentence (not "Boeing 737 jets", "Browning 1919 machine
        # guns", "Parking 3 is closed", "Marketing 101 for small businesses")
    return word.lower.endswith("s") and bool(number) and number[0].text.isdigit() \
        and _HOW_OFTEN_AFTER.match(sentence.text, number[0].end) is not None
    # "Naps 3 times a day", "Feeds 8 times a night": a log's verb, then how often


def in_brackets(text: str, numeral: Numeral) -> bool:
    """The number stands alone in brackets: "(45)", "$(0.12)"."""
    return numeral.start > 0 and text[numeral.start - 1] == "(" \
        and text[numeral.end:numeral.end + 1] == ")"


#: the signs of a change written before a number
_SIGNS: Final = frozenset("+-\N{MINUS SIGN}")


#: digits grouped in thousands by commas: "743,000"
_THOUSANDS_GROUPED: Final = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


def _named_before_bracket(sentence: Sentence, bracket: int) -> bool:
    """Whether a word that is no number stands right before the bracket at ``bracket``:
    "Poland (743,000)", not "forty-five thousand (45,000)" restating it."""
    before = sentence.before(bracket, 1)
    return bool(before) and before[0].text.isalpha() and parse_number(before[0].lower) is None \
        and not is_scale_word(before[0].lower)


def _restated_or_dotted(numeral: Numeral, sentence: Sentence) -> bool:
    """ "forty-five (45)", "Prescott (4)": a bare number alone in brackets restates or labels;
    "ID.3", "v.2": digits after a letter and a dot belong to a name."""
    text = sentence.text
    start = numeral.start
    if in_brackets(text, numeral):
        # but "$(0.12)" is an accountant's negative amount, "changed little (+13,000)" a
        # signed change, and "Poland (743,000)" a figure grouped in thousands after a name
        return not numeral.spelled and sentence.unit_before(start - 1) is None \
            and text[start:start + 1] not in _SIGNS \
            and not (_THOUSANDS_GROUPED.fullmatch(numeral.text)
                     and _named_before_bracket(sentence, start - 1))
    return start > 1 and text[start - 1] == "." and text[start - 2].isalpha() \
        and not (_CIRCA_DOT.search(text, max(0, start - 4), start)
                 and not _ACT_CHAPTER.search(text, max(0, start - 16), start))


#: "c." for circa right before a number: "crowds of c.4,000" (but "ID.3", "v.2")
_CIRCA_DOT: Final = re.compile(r"(?<![\w.])ca?\.\Z")
#: an act's year and "c." for its chapter: "the Police Act 1997 c.50" (no circa)
_ACT_CHAPTER: Final = re.compile(r"\bAct[ ](?:of[ ])?(?:1[6-9]|20)[0-9]{2}[ ]\(?c\.\Z")


#: verbs of paying right before a year-shaped number, which make it money when a word of
#: a payment or the end follows: "paid 1200 for the car", "spent 1800 on repairs" (not "pay
#: 2024 taxes", "I spent 2020 at home")
_PAYING_WORDS: Final = frozenset(["paid", "pay", "pays", "costs", "cost", "earn", "earns",
                                  "earned", "charged", "charges", "owe", "owes", "owed",
                                  "spent", "spend", "spends"])
#: spending, which also spends a year: "I spent 1800 on repairs" but "The band spent 1998 on
#: tour"
_SPENDING: Final = frozenset(["spent", "spend", "spends"])
_AFTER_A_PAYMENT: Final = frozenset(["for", "to", ",", ".", "", "a", "per", "each", "upfront",
                                     "up", "back", "plus", "and", "or", "!", "?", "on"])
#: words of money right after a year-shaped number, ending its phrase: "sold it for 1250
#: cash", "1500 obo" (not "2024 cash flow")
_MONEY_WORDS_AFTER: Final = re.compile(r"[ ](?:cash|bucks|quid|obo|ono)(?![ ]?[A-Za-z])",
                                       re.IGNORECASE)
#: a rate of a period right after a year-shaped number, which makes it an amount: "1400 a
#: month"
_PERIOD_RATE_AFTER: Final = re.compile(
    r"[ ](?:a|an|per|each|every)[ ](?:day|week|fortnight|month|year|night|hour)\b"
    r"(?![ ](?:later|earlier|ago|before|after|on)\b)")


def _is_year(numeral: Numeral, before: Sequence[Word], after: Sequence[Word],
             hedged: bool, sentence: Sentence) -> bool:
    """A four-digit number from 1000 to 2199 with no unit, read as a year.

    Before a plural noun it is a count ("2000 people") unless a year word comes first
    ("in 2000 sales rose") or it is a recent, unround year ("1988 sales", "2019 elections").
    """
    if not _year_shaped(numeral):
        return False
    if len(after) > 1 and after[0].text in TIMES_SIGNS and after[1].text[:1].isdigit():
        return False  # "1220 x 2440mm": a side of a size
    if sentence.text[numeral.start - 1:numeral.start] in ("x", "X") \
            and sentence.text[numeral.start - 4:numeral.start - 1].isdigit():
        return False  # "2560x1440": a resolution's height
    prev = before[-1].lower if before else ""
    if hedged and len(before) > 2 and (before[-2].lower, prev) == ("at", "least") \
            and before[-3].lower in _UNTIL_WORDS and not (after and is_plural_word(after[0].text)) \
            and RECENT_YEARS[0] <= numeral.value <= RECENT_YEARS[1] + 100:
        return True  # "extend the mine's life to at least 2035", "until at least 2030"
    if hedged and prev != "beyond" and not (prev == "over" and _over_a_year(numeral, after,
                                                                           sentence)):
        return False  # "over 2000", "over 2023 signatures" count; "beyond 2030", "Prices rose
        # over 2023", "up 8% over 2022 rents", "a dispute over 2023 wages" say when
    nxt = after[0].text if after else ""
    if nxt == "s" and after[0].start == numeral.end:
        return True
    function_words = lexicon.load().function_words
    plural_noun = is_plural_word(nxt) or (
        len(after) > 1 and nxt.isalpha() and nxt.islower()
        and nxt not in function_words and prev not in _YEAR_SPAN_WORDS
        and prev not in lexicon.load().not_claims["year_words"]
        and (is_plural_word(after[1].text) or (
            len(after) > 2 and after[1].text.isalpha() and after[1].text.islower()
            and after[1].lower not in function_words and is_plural_word(after[2].text))))
    # ("1711 road deaths", "1500 business class seats": modifiers, then the plural; but
    # "Between 1600 and 1900 world temperatures dropped")
    if (len(after) > 1 and after[0].lower in _RANGE_WORDS and after[1].text.isdigit()
            and 2200 <= int(after[1].text) <= numeral.value * 10):
        return False  # "1000-5000", "1000 - 5000": the other end is no year, nor is this one
    if (len(before) > 1 and before[-1].lower in _RANGE_WORDS and before[-2].text.isdigit()
            and numeral.value <= int(before[-2].text) * 10 < 10000):
        return False  # "from 100 to 1000 l", "500-1500": the first end is no year
    if _end_of_counted_range(before, after):
        plural_noun, prev = True, ""
    if prev == "of" and len(before) > 1 and before[-2].lower in _STATISTIC_WORDS:
        return False  # "car prices will go up by an average of 1500"
    if prev in ("to", "from") and len(before) > 1 and not plural_noun \
            and numeral.value < RECENT_YEARS[0] and _changed_to_level(sentence, before):
        return False  # "The SAT score fell to 1028": the level a change reaches, which no
        # year of long ago is (not "dates back to 1450", "rose from 1914 to 1918")
    if (prev in _PAYING_WORDS and nxt.lower() in _AFTER_A_PAYMENT
        and not (prev in _SPENDING
                 and RECENT_YEARS[0] <= numeral.value <= RECENT_YEARS[1])) \
            or _MONEY_WORDS_AFTER.match(sentence.text, numeral.end) \
            or (_PERIOD_RATE_AFTER.match(sentence.text, numeral.end)
                and prev not in lexicon.load().not_claims["year_words"]):
        return False  # "Paid 1200 for the car", "My rent is 1400 a month": an amount of money
    if prev in _SCORED_WORDS or (len(after) > 1 and (after[0].lower, after[1].lower) == (
            "out", "of")) or (len(before) > 1 and (before[-2].lower, prev) == ("out", "of")):
        return False  # "scored 1520 on the SAT", "1350 out of 1600": marks, not years
    if prev == "by" and plural_noun and len(before) > 1 and _agent_verb(
            before[-2].lower, nxt.lower(), RECENT_YEARS[0] <= numeral.value <= RECENT_YEARS[1]):
        return False  # "attended by 2000 people", "held by 1500 men": the agent counts
    if not plural_noun or prev in lexicon.load().not_claims["year_words"] or prev == "the":
        return True
    return RECENT_YEARS[0] <= numeral.value <= RECENT_YEARS[1] and numeral.value % 100 != 0


def _over_a_year(numeral: Numeral, after: Sequence[Word], sentence: Sentence) -> bool:
    """Whether a recent, unround year after "over" says when: before no plural or before
    figures of a year ("Prices rose over 2023", "up 8% over 2022 figures"), or, before other
    plurals of no people, right after a word of dispute, a change word that takes no object or
    a percentage, or before a noun the sentence named uncounted ("a dispute over 2023 wages",
    "charged over 2019 payments", "up sharply over 2022 intakes", "Sales rose 6% over 2022
    revenues", "Rents climbed 9% over 2022 rents"; not "Over 2023 signatures were gathered",
    "Police arrested over 2019 protesters", "held 300 paintings, now holds over 2015
    paintings", "has cut over 2017 jobs", "has added over 2013 stores": a verb's object)."""
    if not (RECENT_YEARS[0] <= numeral.value <= RECENT_YEARS[1] and numeral.value % 100 != 0):
        return False
    if not (after and is_plural_word(after[0].text)) or after[0].lower in _YEAR_FIGURE_NOUNS:
        return True
    noun = units.singular(after[0].lower)
    if noun in _AGENTS:
        return False  # "Police arrested over 2019 protesters", "charged over 2014 people"
    before = [w for w in sentence.before(numeral.start, 4)[:-1] if not w.lower.endswith("ly")]
    changes = lexicon.load().changes
    words = sentence.words
    return (bool(before) and (before[-1].lower in _TOPIC_OVER_WORDS
                              or (before[-1].lower in changes
                                  and before[-1].lower not in _TRANSITIVE_CHANGES))) \
        or _SHARE_BEFORE_OVER.search(sentence.text, max(sentence.span[0], numeral.start - 30),
                                     numeral.start) is not None \
        or any(units.singular(w.lower) == noun and not (i and is_number_word(words[i - 1]))
               for i, w in enumerate(words) if w.end < numeral.start - 5)


#: words before "over" that make it "about": "a row over", "talks over" (grammar_words.txt)
_TOPIC_OVER_WORDS: Final = lexicon.word_sections("grammar_words.txt")["topic_over_words"] \
    | lexicon.word_sections("grammar_words.txt")["topic_over_verbs"]
#: change verbs that take an object, which "over" and a number may count: "has cut over 2017
#: jobs" (grammar_words.txt)
_TRANSITIVE_CHANGES: Final = lexicon.word_sections("grammar_words.txt")["transitive_changes"]
#: a percentage or points right before "over", which compare with the year after it: "rose
#: 6% over", "up 7 points over"
_SHARE_BEFORE_OVER: Final = re.compile(r"(?:%|\bper[ ]?cent|\bpercent|\bpoints?)[ ]over[ ]\Z")
#: words of a time reached before "at least" and a year: "to at least 2035"
_UNTIL_WORDS: Final = frozenset(["to", "until", "till", "through", "into", "by"])
#: figures of a year after "over" and the year: "up 8% over 2022 figures" (grammar_words.txt)
_YEAR_FIGURE_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["year_figure_nouns"]
#: words before the last year of a span: "between 1600 and 1900", "from 1914 to 1918"
_YEAR_SPAN_WORDS: Final = frozenset(["and", "or", "to", "-", "\N{EN DASH}", "until", "till",
                                     "through"])
#: "from", a number and "to": a span ("from 1914 to 1918")
_FROM_NUMBER_TO: Final = re.compile(r"\bfrom[ ][0-9]{4}[ ]to\Z", re.IGNORECASE)


def _changed_to_level(sentence: Sentence, before: Sequence[Word]) -> bool:
    """Whether a verb of change stands right before the "to" that ends ``before``: "fell to
    1028" (not "from 1914 to 1918", a span of years)."""
    changes = lexicon.load().changes
    verb = before[-2]
    if before[-1].lower != "to" or _FROM_NUMBER_TO.search(
            sentence.text, max(sentence.span[0], before[-1].start - 16), before[-1].end):
        return False
    return verb.text.islower() and verb.lower in changes and changes[verb.lower].direction != "" \
        and verb.lower not in ("up", "down")  # (not "20,000 homes up to 2040")


#: people who act, whose count after a passive's "by" may look like a year: nouns of a
#: person, groups of people by age, and [passive_agents] (not_claims.txt)
_AGENTS: Final = lexicon.word_sections("grammar_words.txt")["person_nouns"] \
    | {units.singular(w) for w in lexicon.word_sections("grammar_words.txt")["age_groups"]} \
    | lexicon.load().not_claims["passive_agents"]
#: irregular past participles: before "by" and the agent of a passive, or after the number of
#: casualties ("two were taken to hospital"; not_claims.txt)
_PASSIVE_PARTICIPLES: Final = lexicon.word_sections("not_claims.txt")["passive_participles"]


def _agent_verb(word: str, noun: str, recent: bool) -> bool:
    """A past participle before "by" and a plural noun of people who act ("attended by
    2000 people", "held by 1500 men"; not "hit by 2025 tariffs", "caused by 2022 floods"),
    or a change word before a number that is no recent year ("rose by 1500 jobs"; not
    "fell by 2030 estimates"); never "By 2030" opening a clause, nor "completed by"."""
    if word in lexicon.load().changes:
        return not recent
    return ((word.endswith("ed") and word not in _COMPLETION_PARTICIPLES)
            or word in _PASSIVE_PARTICIPLES) and units.singular(noun) in _AGENTS


#: participles of finishing or expecting, after which "by" gives a deadline: "completed by
#: 2030 targets" is a year
_COMPLETION_PARTICIPLES: Final = frozenset(["completed", "finished", "expected", "scheduled",
                                            "planned", "phased", "required", "needed",
                                            "reached", "achieved", "delivered", "banned"])


#: what a base year names after it: "2015 dollars", "1913 prices", "2010 US dollars"
_BASE_YEAR_AFTER: Final = re.compile(
    r"[ ](?:US[ ]|U\.S\.[ ])?(?:dollars?|euros?|yen|francs?|marks?|rupees?|pounds?"
    r"|(?P<prices>prices|terms|values|money))\b", re.IGNORECASE)
#: words before such a base year: "in 2015 dollars", "chained 2017 dollars"; "at" and "of"
#: only before prices ("at 1913 prices"; not "a fine of 1500 euros")
_BASE_YEAR_OPENERS: Final = frozenset(["in", "chained", "constant", "real", "using", "nominal",
                                       "fixed"])
#: words before "of" and a base year: "billions of 2017 dollars", "in terms of 2019 dollars"
_BASE_YEAR_AMOUNTS: Final = frozenset(["billions", "millions", "trillions", "terms",
                                       "thousands"])


def _year_shaped(numeral: Numeral) -> bool:
    """Four plain digits from 1000 to 2199: what a year looks like."""
    return len(numeral.text) == 4 and not numeral.spelled and numeral.text.isdigit() \
        and numeral.scale == 1 and 1000 <= numeral.value < 2200  # (the length first: quick)


_RANGE_WORDS: Final = ("to", "and", "-", "\N{EN DASH}")
#: "scored 1520": a mark, not a year
_SCORED_WORDS: Final = frozenset(["scored", "scores", "scoring", "score"])
#: "an average of 1500", "a total of 1200": a statistic, not a year
_STATISTIC_WORDS: Final = frozenset(["average", "mean", "median", "total"])


def _end_of_counted_range(before: Sequence[Word], after: Sequence[Word]) -> bool:
    """ "from 1000 to 2000 hires", "between 1000 and 1500 people": either end of a range
    of four-digit numbers that a plural noun follows."""
    if (len(after) >= 3 and after[0].lower in _RANGE_WORDS and _counted_noun_text(after[2])
            and _not_a_recent_year(after[1].text)
            and not (after[1].text.isdigit() and len(after[1].text) < 4)):
        return True  # (but "in 2000 to 184 packs": no range runs down to three digits)
    return (len(before) >= 2 and before[-1].lower in _RANGE_WORDS and bool(after)
            and _counted_noun_text(after[0]) and _not_a_recent_year(before[-2].text))


def _counted_noun_text(word: Word) -> bool:
    return is_plural_word(word.text) and word.lower.rstrip("s") not in VAGUE_SCALES


def _not_a_recent_year(text: str) -> bool:
    """Digits that are not an unround year of RECENT_YEARS ("2000" and "1500" are not)."""
    if not text.isdigit():
        return False
    value = int(text)
    return not (RECENT_YEARS[0] <= value <= RECENT_YEARS[1] and value % 100 != 0)
