"""One group of numerals becomes a Claim: its currency, unit or counted noun, its scale,
hedges and bounds, and its change."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, NamedTuple, Optional, Sequence, Tuple

from factcheck import lexicon, units
from factcheck.changes import change_before, change_for, comparative_after, signed_change
from factcheck.claims import Change, Claim
from factcheck.hedges import MEASURE_ADJECTIVES, HedgeReading, read_hedges
from factcheck.cued_units import cued_unit_after
from factcheck.not_claims import (KELVIN_CUES, KNOTS, PLAY_WORDS, WIND_WORDS, after_scale_name,
                                  bare_small_word, bracketed_age, in_brackets, refers_back)
from factcheck.nouns import (NOUN_MODIFIERS, after_magnitude, compound_modifier, counted_noun,
                             has_plural_form, is_plural_word, measure_between, noun_after_of_the)
from factcheck.numerals import (APOSTROPHES, SIGN_WORDS, TIMES_SIGNS, Numeral, parse_number,
                                seconds_frame, tidy)
from factcheck.ranges import Group, shared_scale_value
from factcheck.sentence import (
    Sentence, ends_clause, finish_claim, hedges_after, hedges_before, list_openers,
    longest_phrase_after, longest_phrase_before, word_in_clause_before)
from factcheck.text import (
    MONEY_SIGN_CLASS, POSSESSIVE_ENDINGS, TO_THE_CENT, Word, lower_words, new_record)


#: "N times" before a comparison is a factor: "three times as many", "10 times higher"
_TIMES_COMPARED: Final = re.compile(
    r"[ ](?P<times>times)[ ](?=(?:as|more|less|fewer|bigger|larger|higher|greater|faster"
    r"|slower|smaller|lower|longer|the|better|worse|cheaper|quicker|stronger|heavier|wider"
    r"|deeper|shorter|smaller|likelier|over|its|their|his|her|what|face|richer|poorer"
    r"|older|younger|safer|riskier|denser|busier|costlier|dearer|bigger|brighter|hotter"
    r"|warmer|colder|cooler|dimmer|fainter|thicker|thinner|taller|louder|quieter|wetter"
    r"|drier|deadlier|lighter|saltier|stiffer|rarer|harder"
    r"|(?:that|those)[ ](?:of|in|among|for|seen|recorded|reported)"
    r"|[^\W\d_]+['\N{RIGHT SINGLE QUOTATION MARK}]s)\b)",
    re.IGNORECASE)  # "four times its budget", "five times that of", "twice face value", "10
# times America's budget"


#: what "N times" may multiply besides a comparative, which it may also only count: "four
#: times its budget", "10 times America's" against "asked him three times what", "won three
#: times Wimbledon's title"
_TIMES_OBJECT_WORDS: Final = re.compile(
    r"[ ](?:its|their|his|her|what|face|[^\W\d_]+['\N{RIGHT SINGLE QUOTATION MARK}]s)\b",
    re.IGNORECASE)
_FACE_VALUE: Final = re.compile(r"[ ]face[ ]value\b", re.IGNORECASE)
#: verbs of an amount (and forms of "be") before "N times its ..." (grammar_words.txt)
_AMOUNT_VERBS: Final = lexicon.word_sections("grammar_words.txt")["amount_verbs"] | {"'s"}
#: the end of a title that a possessive after "N times" may own: "four times Britain's
#: sportswoman of the year"
_OF_THE_TITLE: Final = re.compile(r"[ ]of[ ]the[ ](?:year|season|decade|match|tournament)\b")
#: people named by a title after a possessive: "five times Ireland's top scorer"
_TITLE_NOUNS: Final = frozenset(["scorer", "captain", "champion", "goalscorer", "leader",
                                 "winner", "sportswoman", "sportsman", "athlete"])
#: amounts a possessive after "N times" may own: "10 times America's budget"
_OWNED_AMOUNTS: Final = lexicon.word_sections("grammar_words.txt")["owned_amounts"]
#: hedges and number words that may stand between such a verb and "N times"
_TIMES_HEDGES: Final = frozenset("about around roughly nearly almost some now just over up "
                                 "more than least at two three four five to and or".split())


def _times_object_ok(sentence: Sentence, start: int, times_end: int) -> bool:
    """ "N times its/his/what/face" is a factor only after a verb of amount or a form of
    "be" ("earned four times its budget", "costs four times what"), and "face" only as
    "face value"; "asked him three times what", "met three times face to face" count how
    often."""
    if not _TIMES_OBJECT_WORDS.match(sentence.text, times_end):
        return True
    if sentence.text[times_end:times_end + 5].lower() == " face":
        return _FACE_VALUE.match(sentence.text, times_end) is not None
    owned = sentence.after(times_end, 5)
    if len(owned) > 1 and owned[0].text.endswith(POSSESSIVE_ENDINGS) and owned[1].text.isalpha() \
            and owned[0].lower not in ("its", "their", "his", "her") and not any(
            w.lower in _OWNED_AMOUNTS for w in owned[1:]) and (_OF_THE_TITLE.search(
                sentence.text, times_end, owned[-1].end) or any(
                w.lower in _PERSON_NOUNS or w.lower in _TITLE_NOUNS for w in owned[1:3])):
        return False  # "was four times Britain's sportswoman of the year": a title, not an
        # amount ("spends 10 times America's budget")
    words = sentence.before(start, 4)
    for word in reversed(words):
        if word.lower in _AMOUNT_VERBS:
            return True
        if word.lower not in _TIMES_HEDGES and not word.text[:1].isdigit():
            return False
    return False


#: "N times" after a change verb: "deposits grew 3.4 times", "grew 3 times to $9.8bn" (but
#: "prices rose three times this year" counts rises)
_TIMES_AFTER_CHANGE: Final = re.compile(r"[ ](?P<times>times)(?P<to>[ ]to\b)?(?=[ ,.;]|\Z)",
                                        re.IGNORECASE)

#: "N times" and a rate of time after it: "70 times a minute", "four times per week"
_TIMES_WORD = re.compile(r"[ ]times(?=[ /])", re.IGNORECASE)
#: a capital C or F alone after a number, and the scales they name where a sentence speaks
#: of heat ([temperature_words])
_SPACED_DEGREES = re.compile(r"[ ]([CF])(?![\w'\N{RIGHT SINGLE QUOTATION MARK}+#-])")
_DEGREES = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}
#: people a survey counts after "GB", which is then Great Britain: "1,748 GB adults"
_GREAT_BRITAIN_AFTER: Final = re.compile(
    r"[ ](?:adults|voters|respondents|people|residents|households|consumers|workers|employees"
    r"|businesses|firms|drivers|parents|children|teenagers|users|internet[ ]users)\b(?!')")
#: a survey's sample is seldom smaller, a data allowance seldom larger ("the free 15 GB people
#: get"), unless the sentence speaks of a survey
_SMALLEST_SAMPLE: Final = 500
_SURVEY_WORDS: Final = frozenset(["poll", "polled", "survey", "surveyed", "sample", "fieldwork",
                                  "yougov", "ipsos", "opinium", "savanta", "interviewed", "asked",
                                  "questioned", "respondents"])
#: the last words of bounds after a number that no counted noun follows: "740 or above"
_BOUND_ADVERBS: Final = frozenset(["above", "higher", "below", "lower"])
_NOT_KNOTS_AFTER = re.compile(r"[ ](?:of|gold|yield|a[ ]year|per)\b")
#: the period of a rate of kilotonnes right after "kt": "/year", "/yr", " a year", " per day"
_KT_PER_PERIOD: Final = re.compile(
    r"(?:/[ ]?|[ ](?:a|per|each)[ ])(?P<period>year|yr|y|annum|day|month)\b(?!-)")
#: words of output and stocks, beside which "kt" is kilotonnes
_KILOTONNE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["kilotonne_words"]
#: words of a ship's speed, beside which "kt" stays knots: "sailed at 12 kt with copper"
_SPEED_WORDS: Final = frozenset(["speed", "speeds", "sailed", "steamed", "steaming",
                                 "cruising", "ship", "ships", "knots", "vessel", "carrier",
                                 "tanker", "ferry", "yacht", "steamer", "boat", "slowed",
                                 "doing", "making", "averaged", "flew", "jet", "current",
                                 "currents", "tidal", "airspeed"])
#: what a tropical weather system is called: "tropical depression", "tropical wave"
_TROPICAL_SYSTEMS: Final = frozenset(["depression", "system", "wave", "disturbance",
                                      "cyclone", "low"])
#: an explosive after its yield in "kt": " warhead", " bomb", " yield"
_EXPLOSIVE_AFTER: Final = re.compile(
    r"[ ](?:nuclear[ ]|atomic[ ]|thermonuclear[ ])?(?:warheads?|bombs?|yields?|devices?"
    r"|blasts?(?![ ]furnace)|explosions?|weapons?)\b")
#: a fraction of a point between a count and its noun, a claim of its own: "three
#: quarter-point cuts", "two half-point hikes"
_FRACTION_OF_POINT: Final = re.compile(r"\b(?:quarter|half)-(?:point|percentage-point)\b",
                                       re.IGNORECASE)
#: storms, whose "kt" is knots once no word of output has made it kilotonnes: "Storm moved
#: at 9 kt", "a 70-kt storm" (but "Storm damage cut sugar output by 200 kt")
_STORM_WORDS: Final = frozenset(["storm", "storms", "hurricanes", "typhoons", "cyclones"])
#: what makes a "kt" after them no mass: a karat of gold, a kiloton of explosive yield
_KT_NOT_MASS_AFTER: Final = re.compile(r"[ ](?:gold|white|yellow|rose|yield|bomb|warhead)\b")
#: the air pressures at sea level that a "mb" may be, in millibars (the lowest recorded is
#: 870, the highest about 1084)
_AIR_PRESSURES: Final = (Decimal(860), Decimal(1090))
#: words of files, beside which a "mb" is megabytes whatever storm is named, and data right
#: after it ("1000mb of data", "a 45mb update")
_FILE_WORDS: Final = frozenset(["download", "downloads", "file", "files", "app", "apps",
                                "storage", "gb", "megabytes"])
#: words of computing beside which a small "mb" that moved is megabytes, whatever pressure is
#: named ("Memory pressure eased after usage fell 512 mb")
_DATA_WORDS: Final = frozenset(["memory", "cache", "ram", "disk", "attachment", "attachments",
                                "upload", "uploads", "email", "usage"])
_DATA_AFTER: Final = re.compile(r"[ ](?:of[ ])?(?:data|update|updates|patch|download)\b")
#: words of air pressure that make a lower-case "mb" millibars ([pressure_words])
_PRESSURE_WORDS = lexicon.word_sections("grammar_words.txt")["pressure_words"]
_TEMPERATURE_WORDS = lexicon.word_sections("grammar_words.txt")["temperature_words"]
#: words of the air's pressure alone, beside which any "mb" up to sea level's is millibars,
#: high up too ("Barometric pressure at the South Col was around 350 mb")
_BAROMETRIC_WORDS: Final = frozenset(["barometric", "barometer", "atmospheric"])
#: how _PER_CURRENCY opens, as case-blind matching reads it: a quick miss
_RATE_OPENERS = frozenset([" p", " P", " t", " T", " a", " A"])
#: a currency after "per" or "to the": "83.29 per dollar", "100 to the dollar", "44 to the
#: pound" (quoted: "to" or "against", after which a pound is sterling)
_PER_CURRENCY = re.compile(r"[ ](?:per|(?P<quoted>to|against)[ ]the)[ ]"
                           r"(?:US[ ]|U\.S\.[ ]|British[ ])?(?P<currency>[A-Za-z]+)\b",
                           re.IGNORECASE)
#: the unit text of such a frequency
_HOW_OFTEN = "times"

#: "a factor of" right before a number makes it a factor
_FACTOR_OF: Final = re.compile(
    r"\b(?:an?[ ])?factor[ ]of[ ]\Z|\bby[ ]an?[ ]factor[ ]of[ ](?:about|around|roughly|nearly"
    r"|almost|some)[ ]\Z", re.IGNORECASE)

#: a factor glued to a number: "3x", "10-fold", "tenfold" is read in factor_claims
_TIMES: Final = re.compile(r"(?:x|-?fold)(?![\w-])", re.IGNORECASE)
_TIMES_FIRST: Final = frozenset("xX-fF")

#: a scale after an accountant's bracketed amount: "£(14.2) million", "$(3.1)bn"
_SCALE_AFTER_BRACKET: Final = re.compile(r"\)[ ]?(thousand|million|billion|trillion|bn|mn|m)\b",
                                         re.IGNORECASE)
_SCALE_ABBREVIATIONS: Final = {"bn": "billion", "mn": "million", "m": "million"}

#: scale words that may follow a currency code after the number: "75 USD million"
_CODE_SCALES: Final = {"thousand": Decimal(1000), "million": Decimal(10) ** 6,
                       "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}


#: a scale word after the "+" of a lower bound: "13+ billion years", "$2+ million"
_PLUS_SCALE: Final = re.compile(r"\+[ ](thousand|million|billion|trillion)\b(?!-)",
                                re.IGNORECASE)  # (not "100+ million-dollar homes")
#: inches written "in" before a size adjective or at the end, or as a glued '"' or "''"
_INCHES: Final = re.compile(r"""
    [ ]in(?=[ ](?:thick|long|wide|tall|high|deep|diagonally)\b|[ ]?[.,;:!?)]?\s*\Z)
                                                                     # 2 in thick, 5 in.
    | [ ]in(?P<closing>(?=\)))                                        # (43 in)
    | [ ]in\.?(?=[ ]?\([0-9][0-9.,]*[ ]?(?:cm|mm)\.?\))           # 30 in (76 cm), 24 in. (61 cm.)
    | [ ]in(?=[ ]?[x\N{MULTIPLICATION SIGN}][ ]?[0-9])                # 12 in x 8 in
    | [ ]in\.(?=[ ](?:thick|long|wide|tall|high|deep|across)\b|[)\]])      # 18 in. high, 5 in.)
    | [ ]in\.(?=,[ ]|[ ](?:to|from|by|x|wide|deep|long|high|thick|across|diameter)\b)
                                                        # 30 x 40 in., unframed; 2 in. to
    | (?P<mark>"|'')(?![\w"'])                                           # 9", 5''
""", re.VERBOSE)

#: a foot mark right after a number, alone or before a glued "x": the "'" of "a 40' container"
#: and "12'x16'" (not the "'s" of "the 90's", nor a height's "5'10\"")
_FEET_MARK: Final = re.compile(
    "['\N{PRIME}](?!(?![xX\N{MULTIPLICATION SIGN}][0-9])[\\w'\"\N{PRIME}\N{DOUBLE PRIME}])")
_FEET_MARKS: Final = frozenset(["'", "\N{PRIME}"])
#: quotation marks that may open right before a number: "'100'", "\N{LEFT SINGLE QUOTATION MARK}10'"
_QUOTE_MARKS: Final = frozenset(["'", "\N{LEFT SINGLE QUOTATION MARK}", "\N{PRIME}"])
#: a season or a class before a year's two digits: the "summer of " of "the summer of 69'"
_YEAR_OF_BEFORE: Final = re.compile(
    r"\b(?:summer|spring|winter|autumn|fall|class|year|vintage)[ ]of[ ]\Z", re.IGNORECASE)
#: words beside which a prime marks minutes of a film or of arc (grammar_words.txt)
_NOT_FEET_WORDS: Final = lexicon.word_sections("grammar_words.txt")["not_feet_words"]
#: a single quotation mark that opens a quotation: the "'" of "said 'give me 10'"
_OPENING_QUOTE: Final = re.compile(r"(?<![\w])['\N{LEFT SINGLE QUOTATION MARK}](?=[A-Za-z])")
#: how far back an opening quotation mark is looked for ('He said "I paid 5" and left')
_QUOTE_WINDOW: Final = 200
#: an inch mark after a number earlier in the sentence: "12'6\" x 10'3\"" has no quotation
_INCH_MARK_BEFORE: Final = re.compile(r"[0-9]\"")

#: "in" after the inches of a height in feet: glued ("6ft 2in"), or spaced before a bracket,
#: a comma, "and", the end or a word other than a determiner ("6 ft 4 in (1.93 m)", "5 ft
#: 11 in, and", "the 4 ft 8½ in gauge", "5 ft 3 in is wider"; not "6 ft 2 in the final")
_IN_AFTER_FEET: Final = re.compile(
    r"(?P<mark>)(?:in(?![\w'])|[ ]in(?=[ ]?\(|,|[ ]and\b|[.;:!?]|\s*\Z"
    r"|[ ](?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|which|what)\b)"
    r"[a-z]))")


def _inches_after_feet(sentence: Sentence, start: int, end: int) -> Optional["re.Match[str]"]:
    """ "6ft 2in", "5' 11in", "6 ft 4 in (1.93 m)": "in" right after a measure in feet."""
    feet = sentence.gap(max(sentence.span[0], start - 6), start).rstrip().lower()
    if not feet.endswith(("ft", "feet", "foot", "'", "\N{PRIME}")):
        return None
    return _IN_AFTER_FEET.match(sentence.text, end)


#: a unit in brackets right after a number: "20 (kg)", "12 [m]", "5 {cm}", "3 <km>"
_BRACKETED_UNIT: Final = re.compile(
    r"[ ]?(?P<open>[(\[{<])(?P<unit>[^\W\d_]{1,6})(?P<close>[)\]}>])")

_BRACKET_PAIRS: Final = {"(": ")", "[": "]", "{": "}", "<": ">"}


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
    #: an accountant's negative amount: "$(0.12)"
    negative: bool = False


def claim_for(group: Group, sentence: Sentence) -> Optional[Claim]:
    """Build the Claim for one group: values, unit, bounds and hedges, change, span."""
    first, last = group.first, group.last
    reading = read_unit(group, sentence)
    if reading is None:
        return None
    reading = _rate_beyond_brackets(sentence, reading)
    first_end, last_end = group_values(group)
    ends = first_end, last_end
    if reading.factor != 1:  # "89p", "9.5 mb/d": whole results without a trailing ".0"
        ends = tidy(first_end * reading.factor), tidy(last_end * reading.factor)
    kind, qualifier = "point", ""
    start = reading.start if reading.start < first.start else first.start
    sign = _sign_before(sentence, reading.start) if reading.start < first.start \
        and first is last and not first.negative else -1
    if sign >= 0:  # "-$0.05", "negative $400 million": the sign stands before the marker
        ends, start = (-ends[1], -ends[0]), sign
    if reading.negative:
        ends = (-ends[1], -ends[0])
    precision = _precision(first, last, reading.factor)
    if first is last and "." in first.text and _dot_thousands(first, reading, sentence):
        # "81.365 spectators", "Rp 35.000": no one counts a thousandth of a spectator
        ends, precision = (tidy(ends[0] * 1000), tidy(ends[1] * 1000)), Decimal(1)
    if first is not last and group.connector not in ("ratio", "rating"):
        kind = "range"
        ends = min(ends), max(ends)
        if group.opener:
            start, qualifier = min(start, group.opener_start), group.opener
    low: Optional[Decimal] = ends[0]
    high: Optional[Decimal] = ends[1]
    unhedged = new_record(HedgeReading, (kind, qualifier, start, reading.end, False, False,
                                         False))
    hedge = read_hedges(sentence, unhedged, reading.dimension, reading.inner_hedge)
    if hedge.kind == "point" and sentence.text[last.end:last.end + 2] == "+ " \
            and reading.end > last.end + 1:
        plus = hedges_after()[("+",)]  # "$300+ a month": the "+" inside the rate bounds it
        hedge = hedge._replace(kind=plus.kind, strict=plus.strict, below=plus.below,
                               qualifier="+")
    if hedge.kind == "lower":
        high = None
    elif hedge.kind == "upper":
        low = None
    change = change_for(sentence, hedge.start, hedge.end) \
        if reading.unit_text != _HOW_OFTEN and not _window_of_change(sentence, reading) \
        else None  # "rose three times a year" counts rises; "a three-day rally" lasts
    if change is not None and hedge.negated and change.role == "to":
        change = None  # "has not fallen below 40%": a floor, no new level
    if change is not None and reading.dimension == "length" and _jumped(sentence, hedge.start):
        change = None  # "She leapt 8.34 metres": how far she jumped, no rise
    if change is None and hedge.kind == "point":
        change = signed_change(sentence, hedge.start, reading.dimension)
    if change is None and reading.unit[:3].isupper():
        # "will pay £150 more", "pay about £100 more", "up to £80 more"
        change = _money_more_or_less(sentence, last.end) \
            or _money_more_or_less(sentence, reading.end)
    if reading.unit == "percentage_point" and change is None \
            and _pages_of_a_book(sentence, reading):
        reading = reading._replace(unit="page", dimension="count")  # "Hardback, 416pp"
    if reading.times:
        change = Change(change.direction if change and change.direction
                        else comparative_after(sentence, hedge.end)
                        or ("up" if _TIMES_THE.match(sentence.text, hedge.end)
                            and first_end >= 1 else ""),
                        "factor")  # ("three times the legal limit" as "twice the limit")
    return finish_claim(sentence, start=hedge.start, end=hedge.end, low=low, high=high,
                        kind=hedge.kind, qualifier=hedge.qualifier,
                        precision=precision, strict=hedge.strict,
                        below=hedge.below, unit=reading.unit, dimension=reading.dimension,
                        unit_text=reading.unit_text, change=change)


#: words of books, beside which "416pp" counts pages (grammar_words.txt)
_BOOK_WORDS: Final = lexicon.word_sections("grammar_words.txt")["book_words"]


def _pages_of_a_book(sentence: Sentence, reading: UnitReading) -> bool:
    """ "Hardback, 416pp, £25", "runs to 512 pp.": "pp" counts a book's pages in a sentence
    about books and no percentages (not "Support rose 3pp to 41%"; the caller asks only of
    a number that changes nothing: "The book argues turnout fell 6pp")."""
    return reading.unit_text.lower() in ("pp", "pp.") \
        and not sentence.vocabulary.isdisjoint(_BOOK_WORDS) \
        and sentence.text.find("%", *sentence.span) < 0 \
        and "percent" not in sentence.vocabulary and "cent" not in sentence.vocabulary


#: currencies whose amounts group thousands with a dot (data/number_styles.txt)
_NUMBER_STYLES: Final = lexicon.word_sections("number_styles.txt")
_DOT_THOUSANDS_CURRENCIES: Final = _NUMBER_STYLES["dot_thousands_currencies"]
_THREE_DECIMAL_CURRENCIES: Final = _NUMBER_STYLES["three_decimal_currencies"]
#: no one is older: "Passengers exceeded 80 million" is no age, as "were over 75" is (but
#: "Jonathan the tortoise, aged 191": a larger age is told with "aged")
_OLDEST_AGE: Final = 130
#: the largest coefficient of performance a heat pump is given (a larger number is pesos)
_LARGEST_COP: Final = 10
#: words of heat pumps and cooling, beside which "COP" is a coefficient of performance
_HEAT_PUMP_WORDS: Final = frozenset(["heat", "pump", "pumps", "efficiency", "coefficient",
                                     "performance", "scop", "seer", "eer", "chiller",
                                     "chillers", "cooling", "heating"])
#: the name of a currency in English, in the plural: "euros", "rupees", "pounds"
_ENGLISH_MONEY_WORD: Final = re.compile(r"[a-z]+s\b")
#: one dot before exactly three digits, no sign and no scale: "81.365", "35.000"
_DOTTED_THOUSANDS: Final = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}")


#: the words of a currency's hundredth, which no one writes with thousands dotted (and whose
#: elided repeats count in it too: neighbours.py)
SUB_UNIT_WORDS: Final = frozenset(["cent", "cents", "c", "pence", "penny", "p",
                                   "\N{CENT SIGN}"])


#: dimensions of measures whose amounts continental copy groups with dots: "3.200 kWh"
_MEASURED_THOUSANDS: Final = frozenset(["energy", "power", "area", "volume", "length", "mass"])
#: what tells a sentence is written continental style: a decimal comma ("312,4"), a euro
#: sign or "Euro" after an amount, or "Mio." and "Mrd."
_CONTINENTAL_HINT: Final = re.compile(
    r"[0-9],[0-9]{1,2}(?![0-9])|[0-9][ ]?(?:\N{EURO SIGN}|Euro\b)|\b(?:Mio|Mrd)\b")


def _dot_thousands(numeral: Numeral, reading: UnitReading, sentence: Sentence) -> bool:
    """A dot that groups thousands: before a counted noun in the plural ("81.365
    spectators", "1.200 people"), after the marker of a currency written that way
    ("R$1.412"), or before a currency written after the amount, continental style
    ("12.500 Euro", "250.000 CHF")."""
    if numeral.scale != 1 or not _DOTTED_THOUSANDS.fullmatch(numeral.text) \
            or not SUB_UNIT_WORDS.isdisjoint(reading.unit_text.lower().split()):
        return False  # "2.125 cents a pound", "1.239 US cents per kWh": fractions of a cent
    money, _, per = reading.unit.partition(" / ")
    if reading.start >= numeral.start and len(money) == 3 and money.isupper():
        if numeral.text[-1] != "0" and (_ENGLISH_MONEY_WORD.match(reading.unit_text) or (
                per and units.dimension_of(per) not in ("time", "count"))):
            return False  # "1.459 euros a litre", "58.875 pounds per megawatt-hour": a price
            # to a tenth of a cent (but "285.000 euros", "1.350 euros a month" are round
            # thousands)
        return money not in _THREE_DECIMAL_CURRENCIES  # "2.450 € per month" too
    if reading.dimension in _MEASURED_THOUSANDS and numeral.text.endswith("00") \
            and _CONTINENTAL_HINT.search(sentence.text, *sentence.span):
        return True  # "3.200 kWh" beside "312,4" or "12 €": grouped thousands, continental
        # style (not "1.25 mm", "9.858 seconds", nor "1.500 kg" in English copy)
    if reading.dimension == "count" and _DETERMINER_AFTER.match(sentence.text, reading.end):
        return False  # "Harper's OPS of 1.012 leads the league": a verb, no plural noun
    return (reading.dimension == "count" and reading.unit != reading.unit_text.lower()
            and reading.unit not in _DECIMAL_COUNTS) \
        or money in _DOT_THOUSANDS_CURRENCIES  # with a rate: "Rp 10.000 per litre"


#: nouns counted in decimals, before which a dot is a decimal point: "a 1.125 point lead",
#: "a levy of 8.125 mills" (a tax rate in thousandths of a dollar)
_DECIMAL_COUNTS: Final = frozenset(["point", "mill"])
#: a determiner after the word a dotted number seems to count, which makes that word a verb
_DETERMINER_AFTER: Final = re.compile(r"[ ](?:the|a|an|his|her|its|their|all)[ ]")


def _sign_before(sentence: Sentence, pos: int) -> int:
    """Where a sign before a currency marker at ``pos`` starts ("-$0.05", "−€3.2bn",
    "negative $400 million"), or -1; a hyphen after a letter or digit joins words or
    ends a range ("$5-$6") and is no sign."""
    text, first = sentence.text, sentence.span[0]
    if pos > first and text[pos - 1] in "-\N{MINUS SIGN}" and (
            pos - 1 == first or not text[pos - 2].isalnum()):
        return pos - 1
    before = sentence.before(pos, 1)
    if before and before[0].lower in SIGN_WORDS and sentence.gap(before[0].end, pos) == " ":
        return before[0].start
    return -1


def group_values(group: Group) -> Tuple[Decimal, Decimal]:
    """The group's two ends before units: a ratio, a range with a shared scale, a number."""
    first, last = group.first, group.last
    if group.connector == "ratio":
        return first.value / last.value, first.value / last.value
    if group.connector == "rating":
        return first.value, first.value  # "4.6 out of 5": the score
    if group.connector == "plus_minus":
        centre = tidy(first.value * last.scale) if first.scale == 1 and last.scale > 1 \
            else first.value  # "13.787 ± 0.020 billion years": the scale after both
        return centre - abs(last.value), centre + abs(last.value)
    if first is last:
        return first.value, first.value
    low = shared_scale_value(first, last)
    if first.negative and not last.negative and low > last.value:
        low = -low
    return low, last.value


#: a word of how full a spoon or cup is, between a number and its measure: "1 heaped tbsp"
_MEASURE_ADJECTIVE: Final = re.compile(
    "[ ]" + lexicon.alternation("grammar_words.txt", "spoon_adjectives") + r"(?=[ ])",
    re.IGNORECASE)
#: a word glued by a hyphen after a unit of time, which makes it part of a compound:
#: "day-trippers", "hour-long" (but not "-old": "a 10-year-old", "18-year-olds" are ages)
_COMPOUND_AFTER_TIME: Final = re.compile(r"-(?P<word>(?!olds?\b)[a-z]{3,})\b")


#: people of the day or the night, whom a number before "day" or "night" counts
#: (grammar_words.txt)
_DAY_PEOPLE: Final = lexicon.word_sections("grammar_words.txt")["day_people"]


def _opens_a_compound(sentence: Sentence, unit: units.UnitMatch) -> bool:
    """Whether a unit of time opens a compound the number does not measure: a noun
    ("30,000 day-trippers", "500 day-passes", "60 day guests") or an adjective of length
    before a plural noun ("two hour-long sessions"; "a two hour-long meeting" lasts two
    hours)."""
    glued = _COMPOUND_AFTER_TIME.match(sentence.text, unit.end)
    if glued is None:
        following = sentence.after(unit.end, 1)
        return unit.text.lower() in ("day", "night") and bool(following) \
            and following[0].lower in _DAY_PEOPLE and unit.end == following[0].start - 1 \
            and sentence.text[following[0].end:following[0].end + 1] not in APOSTROPHES
        # (but "a 5 day patients' course" lasts)
    if glued.group("word") != "long":
        return True
    following = sentence.after(glued.end(), 1)
    return bool(following) and is_plural_word(following[0].text)


#: the hedge glued after a number that a unit may follow: "forty-ish percent", "30ish kg"
_ISH: Final = re.compile(r"-?ish(?= )|\+(?=[ ]?[^\W\d_])")

#: words before a rule's name ("Under NIS2", "comply with NIS 2") and after it ("the NIS2
#: Directive", "NIS2 requirements") (grammar_words.txt)
_RULE_CUES_BEFORE: Final = lexicon.word_sections("grammar_words.txt")["rule_cues_before"]
_RULE_CUES_AFTER: Final = lexicon.word_sections("grammar_words.txt")["rule_cues_after"]
#: rules named by a currency's other code and a digit, whatever stands beside them: "NIS2"
_RULE_NAMES: Final = lexicon.word_sections("not_claims.txt")["rule_names"]


def _unit_past_adjectives(sentence: Sentence, number_end: int,
                          noun: Word) -> Optional[units.Entry]:
    """A physical unit that the counted-noun reader found past adjectives: the "calories" of
    "612 active calories", the "kilometres" of "5 extra kilometres" (the unit, not a count
    of "kilometre")."""
    if noun.start <= number_end + 1 or not noun.text.isalpha() \
            or not (noun.text.islower() or noun.text.istitle()) \
            or (noun.lower in _THINGS_NAMED_LIKE_UNITS
                and any(word not in _AMOUNT_ADJECTIVES
                        for word in lower_words(sentence.gap(number_end, noun.start)))):
        return None  # (not "eight straight World Cups", "2,000 smart meters")
    found = units.unit_at(sentence.text, noun.start, False)
    if found is None or found[1] != noun.end or found[0].dimension in _NO_MEASURE_DIMENSIONS \
            or (noun.text.istitle() and found[0].dimension != "time"):
        return None  # (a capital only for time, as contracts write "5 Business Days")
    return found[0]


#: things named like units ("2,000 smart meters", "three university degrees", "300 drill
#: bits"), which are units past an adjective only when it says how much ("5 extra yards")
_THINGS_NAMED_LIKE_UNITS: Final = frozenset(["meters", "meter", "degrees", "degree", "bits",
                                             "bit", "cups", "cup", "pounds", "pound", "stones",
                                             "stone", "yards", "yard", "feet", "foot", "bars",
                                             "bar", "points", "point", "grades", "grade"])
#: adjectives of how much that a unit may follow: "612 active calories", "5 extra
#: kilometres", "25 consecutive years"
_AMOUNT_ADJECTIVES: Final = frozenset(["extra", "more", "additional", "further", "total",
                                       "active", "consecutive", "straight", "full", "whole",
                                       "fewer", "less", "vertical", "solid", "another"])
#: dimensions of lexicon words that stay counted nouns past an adjective
_NO_MEASURE_DIMENSIONS: Final = frozenset(["count", "currency", "percent", "percentage_point",
                                           "basis_point", "rate"])


def _glued_code(sentence: Sentence, currency: units.UnitMatch, number_end: int) -> bool:
    """Whether a currency's letters glued to digits are a code's: after a word of labels
    ("Policy DM12", "framework RM6263"), before a hyphen and more digits ("PLN22-0045"), or
    a fuel's octane ("RON95", not 95 Romanian lei)."""
    if _OCTANE.fullmatch(sentence.text, currency.start, number_end):
        return True
    before = sentence.before(currency.start, 1)
    return bool(before) and (before[0].lower in lexicon.load().not_claims["label_words"]
                             or before[0].lower in _CODED_AGREEMENTS) \
        or _CODE_TAIL.match(sentence.text, number_end) is not None


#: agreements named by a code, whose letters are no currency: "framework RM6263"
_CODED_AGREEMENTS: Final = frozenset(["framework", "frameworks"])
#: a fuel's research octane number: "RON95", "RON97"
_OCTANE: Final = re.compile(r"RON(?:9[0-9]|100)")
#: more digits after a hyphen: the "-0045" of "PLN22-0045"
_CODE_TAIL: Final = re.compile(r"-[0-9]")


def _rule_name(sentence: Sentence, currency: units.UnitMatch, first: Numeral, last: Numeral,
               number_end: int) -> bool:
    """ "Under NIS2", "the NIS 2 Directive": three capitals other than the ISO code (NIS is
    the shekel's) and one digit name a rule when the rule is known or a word of rules
    stands beside them (but "costs NIS5", "USD5", "past Rmb7" are money)."""
    if not (currency.text.isalpha() and currency.text.isupper() and len(currency.text) == 3
            and currency.text != currency.unit and first is last and len(first.text) == 1
            and first.scale == 1 and number_end == last.end
            and sentence.gap(currency.end, first.start) in ("", " ")
            and not sentence.text[last.end:last.end + 1].isalnum()):
        return False
    if (currency.text + first.text).lower() in _RULE_NAMES:
        return True
    before, after = sentence.before(currency.start, 1), sentence.after(last.end, 1)
    return bool(before and before[0].lower in _RULE_CUES_BEFORE
                or after and after[0].lower in _RULE_CUES_AFTER)


def _whole_units_after_hundredths(sentence: Sentence, first: Numeral,
                                  last: Numeral) -> Optional[units.UnitMatch]:
    """The currency marker of a range's second end when the first is in its hundredths:
    "50 cents to $1", "80p to £1.20" (the range reads the first in whole units)."""
    marker = sentence.unit_before(last.start)
    own = sentence.unit_after(first.end)
    if marker is None or own is None or own.dimension != "currency" \
            or own.unit != marker.unit or own.factor >= 1:
        return None
    return marker


def read_unit(group: Group, sentence: Sentence) -> Optional[UnitReading]:
    """The unit of a group: a currency marker before it, a unit or a counted noun after it.

    Returns None when the group turns out not to be a claim ("the two nations", "each one").
    """
    first, last = group.first, group.last
    if group.connector == "ratio":
        marker = sentence.unit_before(first.start)  # "£1 in every £5"
        return UnitReading(start=marker.start if marker else first.start, end=last.end)
    if group.connector == "rating":
        stars = counted_noun(sentence, last.end, last.value)  # "four out of five stars"
        if stars is not None and units.singular(stars.lower) == "star":
            return UnitReading("star", "count", stars.text, start=first.start, end=stars.end)
        return UnitReading(start=first.start, end=last.end)
    kelvin = _kelvin(sentence, first, last) if last.text[-1:] == "K" \
        or sentence.text[last.end:last.end + 2] == " K" else None
    if kelvin is not None:
        return kelvin
    if last.text.endswith("MN") and _THRUST_AFTER.match(sentence.text, last.end) \
            and sentence.unit_before(first.start) is None:
        # "35 MN of thrust": meganewtons of a force named after them (elsewhere "MN" may be
        # millions: "USD 12 MN", "The labour force grew to 3.5 MN")
        return UnitReading("meganewton", "force", "MN", Decimal(1) / last.scale, first.start,
                           last.end)
    if after_scale_name(sentence, first.start):
        return UnitReading(start=first.start, end=last.end)  # "SPF 30 day cream": SPF 30
    cued = cued_unit_after(sentence, last.end)
    if cued is not None:
        return _with_rate(sentence, UnitReading(cued.unit, cued.dimension, cued.text,
                                                factor=cued.factor, start=first.start,
                                                end=cued.end))
        # "a 13A fuse", "130 bar", "400 IU a day" (cued_units.py)
    number_end, scale = last.end, Decimal(1)
    plus_scale = _PLUS_SCALE.match(sentence.text, last.end) if last.scale == 1 else None
    if plus_scale:
        scale = _CODE_SCALES[plus_scale.group(1).lower()]  # "13+ billion years": the "+"
        # bounds, the scale word multiplies
    after = sentence.unit_after(last.end)
    if after is not None and (_named_unit_before_noun(sentence, after) or (
            len(after.text) <= 2 and sentence.text[after.end:after.end + 1] == "-"
            and sentence.text[after.end + 1:after.end + 2].isupper())):
        after = None  # "9 Rutherford engines", "950 V-Bucks": a name, then what is counted
    ish = _ISH.match(sentence.text, last.end) if after is None else None
    if ish:
        # "forty-ish percent", "10+ km": the unit past the hedge
        after = sentence.unit_after(plus_scale.end() if plus_scale else ish.end())
    if after is not None and after.dimension == "time" and _opens_a_compound(sentence, after):
        after = None  # "30,000 day-trippers", "two hour-long sessions": what is counted
    if after is not None and after.unit == "degree" and _ACADEMIC_AFTER.match(
            sentence.text, after.end):
        after = None  # "400 degree programmes", "2,000 degree apprentices": a university's
    measured = _MEASURE_ADJECTIVE.match(sentence.text, last.end) if after is None else None
    if measured:
        spoon = sentence.unit_after(measured.end())  # "1 heaped tbsp", "2 level teaspoons"
        after = spoon if spoon is not None and spoon.dimension == "volume" else None
    ish_hedge = longest_phrase_after(sentence, number_end, hedges_after()) if ish else None
    if after is not None and after.text[:2] in ("m ", "M ") and after.dimension != "length":
        # "275m monthly active users": the rate read after a glued "m" may be an adjective
        # of the noun it counts, which _glued_million judges from the "m" alone
        glued = after._replace(unit="meter", dimension="length", end=after.start + 1,
                               text=after.text[:1])
        if _glued_million(sentence, glued):
            after = glued
    if after is not None and after.text in ("m", "M") and _glued_million(sentence, after) \
            and not _sized_by_count(sentence, first.start):
        assert after is not None
        number_end, scale = after.end, Decimal(10) ** 6
        after = sentence.unit_after(number_end)
    if after is not None and after.text == "m" and _months_of_a_contract(sentence, last, after):
        after = after._replace(unit="month", dimension="time")  # "on a 24m contract"
    if after is None and last.scale >= 1000 \
            and sentence.text[number_end:number_end + 4].lower() == " of ":
        money = sentence.unit_after(number_end + 3)
        if money is not None and money.dimension == "currency":
            after = money  # "2,1 millions of euros", "two billion of dollars"
    currency = sentence.unit_before(first.start)
    if currency is None and first is not last:
        currency = _whole_units_after_hundredths(sentence, first, last)  # "50 cents to $1"
    if currency is None and first is last and in_brackets(sentence.text, first):
        marker = sentence.unit_before(first.start - 1)
        if marker is not None and marker.dimension == "currency":
            # "$(0.12)": the brackets make the amount negative; "£(14.2) million" scales it
            scaled = _SCALE_AFTER_BRACKET.match(sentence.text, last.end)
            factor = _CODE_SCALES[_SCALE_ABBREVIATIONS.get(scaled.group(1).lower(),
                                                           scaled.group(1).lower())] \
                if scaled else Decimal(1)
            return UnitReading(marker.unit, marker.dimension, marker.text,
                               marker.factor * scale * factor, marker.start,
                               scaled.end() if scaled else last.end + 1, negative=True)
    if currency and currency.scaled and not _written_as_amount(first) \
            and not (first is not last and _written_as_amount(last)
                     and not (last.scale == 1 and "," not in last.text
                              and not TO_THE_CENT.search(last.text)
                              and (not sentence.vocabulary.isdisjoint(_RATING_WORDS)
                                   or _R_RATING.search(sentence.text, *sentence.span)))) \
            and not _local_amount(sentence, currency, last):
        return None  # (but "between R450 and R2,950": the second end is written as money)
    if currency and currency.text == "COP" and last.scale == 1 and last.value < _LARGEST_COP \
            and not sentence.vocabulary.isdisjoint(_HEAT_PUMP_WORDS):
        return UnitReading(start=first.start, end=number_end)  # "a COP 3.5 heat pump": its
        # coefficient of performance, no Colombian pesos
    if currency and _rule_name(sentence, currency, first, last, number_end):
        return None  # "Under NIS2": a rule (the EU directive), no amount
    if currency and currency.end == first.start and currency.text.isalpha() \
            and (_glued_code(sentence, currency, number_end)
                 or (first is not last and last.text[:1] == "0" and len(last.text) > 1)):
        return None  # "Policy DM12", "application PLN22-0045": a code, no money (a range
        # ends in no zero-led digits)
    if currency and after is not None and after.dimension == "percent":
        currency = None  # "BTC 4.2% higher", "USD 3% lower": the code names what moved
    if currency and currency.scaled and after is not None and after.dimension != "currency":
        currency = None  # "Total P 0.3 mg/L", "NH3-N 0.6 mg/L": an element's letter before
        # its measure, no pesos or naira
    if currency and currency.text.isalpha() and sentence.gap(
            max(sentence.span[0], currency.start - 2), currency.start).strip()[-1:].isdigit():
        currency = None  # "17 USD 25": the code is the first number's, not the second's
    if currency:
        amount = UnitReading(currency.unit, currency.dimension, currency.text,
                             currency.factor * scale, currency.start,
                             plus_scale.end() if plus_scale else number_end,
                             ish_hedge if plus_scale else None)
        if after and after.dimension != "currency" \
                and _PER_PERSON.match(sentence.text, number_end) is None:
            return amount  # but "£1,299pp" is per person, not percentage points
        return _with_rate(sentence, amount)
    if after is None and last.scale == 1 and _TIMED_SECONDS.match(sentence.text, number_end) \
            and ("." in last.text or (first is last and last.text.isdigit()
                                      and seconds_frame(sentence.text, first.start))):
        # "finished 0.087s behind", "ran 9.58s", "a timeout of 120s", "every 10s": a timing,
        # where "5s" or "2018s" is no time
        return UnitReading("second", "time", "s", scale, first.start, number_end + 1)
    if after and after.text == "GB" and _GREAT_BRITAIN_AFTER.match(sentence.text, after.end) \
            and (last.value * scale >= _SMALLEST_SAMPLE
                 or not sentence.vocabulary.isdisjoint(_SURVEY_WORDS)):
        after = None  # "1,748 GB adults": people of Great Britain, not gigabytes
    if after:
        reading = UnitReading(after.unit, after.dimension, after.text, after.factor * scale,
                              first.start, after.end, ish_hedge or None)
        if after.dimension != "currency":
            if _reference_period(sentence, after) or _time_anchor(sentence, first.start, after):
                return None
            if after.unit == "degree" and (
                    _OF_WARMING.match(sentence.text, after.end)
                    or ((_speaks_of_heat(sentence, first.start)
                         or _place_reached(sentence, first.start)
                         or _warming_by(sentence, last.value * scale))
                        and not _an_angle(sentence, first.start, after.end))):
                # "Temperatures hit 30 degrees": Celsius, unless the text is set in the
                # United States (temperature_scale.py)
                return reading._replace(unit="degree_Celsius", dimension="temperature")
            if after.text.split("/")[0] == "mb" and after.unit.startswith("megabyte") \
                    and not sentence.vocabulary.isdisjoint(_PRESSURE_WORDS) \
                    and sentence.vocabulary.isdisjoint(_FILE_WORDS) \
                    and not _DATA_AFTER.match(sentence.text, after.end) \
                    and (_AIR_PRESSURES[0] <= last.value * scale <= _AIR_PRESSURES[1]
                         or (last.value * scale <= _AIR_PRESSURES[1]
                             and not sentence.vocabulary.isdisjoint(_BAROMETRIC_WORDS))
                         or (_pressure_change(sentence)
                             and sentence.vocabulary.isdisjoint(_DATA_WORDS))):
                # "Central pressure was estimated at 922mb", "Pressure fell 30 mb in 24
                # hours", "falling 2 mb/hr": millibars, not megabytes
                unit = "millibar" + after.unit[len("megabyte"):]
                return reading._replace(unit=unit, dimension=units.dimension_of(unit))
            if after.text == "ppt" and (
                    not sentence.vocabulary.isdisjoint(_TRACE_WORDS)
                    or (not sentence.vocabulary.isdisjoint(_SOLVENTS)
                        and not sentence.vocabulary.isdisjoint(_WATER_WORDS))) \
                    and sentence.vocabulary.isdisjoint(_SURVEY_WORDS):
                # "PFAS levels reached 70 ppt in the well water": parts per trillion where
                # the sentence speaks of traces in water (elsewhere percentage points)
                return reading._replace(unit="parts_per_trillion", dimension="ratio")
            if after.text == "ppt" and (not sentence.vocabulary.isdisjoint(_SALT_WORDS)
                                        or (any(w.text in _SALT_WORDS_LOWER
                                                for w in sentence.words)
                                            and not sentence.vocabulary.isdisjoint(
                                                _WATER_BODIES))) \
                    and sentence.vocabulary.isdisjoint(_SURVEY_WORDS):
                # "Keep salinity at 35 ppt": parts per thousand of salt
                return reading._replace(unit="parts_per_thousand", dimension="ratio")
            if after.unit in _THRUST_UNITS and _OF_THRUST.match(sentence.text, after.end):
                # "7.6 million pounds of thrust", "500,000 lbs of thrust": a force
                return reading._replace(unit=_THRUST_UNITS[after.unit], dimension="force")
            if after.text == "nm" and sentence.vocabulary.isdisjoint(_NANOMETRE_WORDS) and (
                    not sentence.vocabulary.isdisjoint(_NAUTICAL_WORDS)
                    or not sentence.vocabulary.isdisjoint(_SAILING_WORDS)
                    or (last.value * scale >= _FAR_NM
                        and not sentence.vocabulary.isdisjoint(_RANGE_WORDS))
                    or _OFF_THE_SHORE.search(sentence.text, *sentence.span)
                    or (last.value * scale >= _VERY_FAR_NM and _RANGE_OF.search(
                        sentence.text, max(sentence.span[0], first.start - 24), first.start))):
                # "12nm off the coast", "a range of 1,000 nm" (but "ship 2nm parts": chips)
                return reading._replace(unit="nautical_mile")
            if after.unit == "percent" and _OF_ONE_WORD_RATE.match(sentence.text, after.end):
                return _with_rate(sentence, reading)  # "1% of GDP a year": the period past
                # what the share is of (not "95% of customers renew every year")
            return reading
        word = sentence.after(after.end, 1)
        if word and word[0].lower in _CODE_SCALES and after.text.isupper() \
                and sentence.gap(after.end, word[0].start) == " ":
            # "75 USD million": the scale word follows the currency code
            reading = reading._replace(factor=reading.factor * _CODE_SCALES[word[0].lower],
                                       end=word[0].end)
        return _with_rate(sentence, reading)
    if (last.value * scale <= _OLDEST_AGE or "aged" in sentence.vocabulary) \
            and (after_age_word(sentence, group.opener_start if group.opener else first.start)
                 or (group.opener == "from" and after_age_word(sentence, first.start))) \
            and not _PER_NUMBER.match(sentence.text, number_end) \
            and not sentence.text.startswith(" times", number_end) \
            and not _noun_right_after(sentence, number_end, last.value * scale):
        # (but "The age-specific rate was 98.1 per 1,000": a rate, "Life expectancy data
        # from 14 countries": a count, whatever their subject, and "Groom cats at least 3
        # times a week": how often)
        return UnitReading("year", "time", "", scale, first.start, number_end)
    # what follows the number, for the quick misses below: "times" and "fold" open with
    # these letters, which only their own capitals match case-blind
    follow = sentence.text[number_end:number_end + 2]
    factor_of = _FACTOR_OF.search(sentence.text, max(sentence.span[0], first.start - 24),
                                  first.start) \
        if "factor" in sentence.vocabulary else None
    if factor_of:
        # "fell by a factor of 100", "a factor of two to three": a factor, like "100x"
        return UnitReading(factor=scale, start=factor_of.start(), end=number_end, times=True)
    comparison = _TIMES_COMPARED.match(sentence.text, number_end) \
        if follow in (" t", " T") else None
    if comparison and not _times_object_ok(sentence, first.start, comparison.end("times")):
        comparison = None  # "met three times face to face"
    if comparison and sentence.text[comparison.end("times"):comparison.end("times") + 6] \
            == " that " and _told_before(sentence, first.start):
        comparison = None  # "He was warned three times that in future": a clause
    if comparison:
        # "three times as many", "10 times more expensive": a factor, like "3x"
        return UnitReading(factor=scale, start=first.start, end=comparison.end("times"),
                           times=True)
    grown = _TIMES_AFTER_CHANGE.match(sentence.text, number_end) \
        if follow in (" t", " T") else None
    if grown and (grown.group("to") or first.value != first.value.to_integral_value()
                  or last.value != last.value.to_integral_value()) \
            and (change_before(sentence, first.start) is not None
                 or change_for(sentence, first.start, grown.end("times")) is not None):
        # "grew 3.4 times", "have shot up 2.5 times", "jumped 2-3 times to N250,000" (but
        # "rose three times" counts rises)
        return UnitReading(factor=scale, start=first.start, end=grown.end("times"), times=True)
    rate = _exchange_rate(sentence, number_end) if follow in _RATE_OPENERS else None
    if rate is not None:
        return UnitReading(rate[0], "rate", rate[2], scale, first.start, rate[1])
    frequency = _frequency(sentence, number_end) if follow in (" t", " T") else None
    if frequency is not None:
        return UnitReading(frequency[0], "frequency", _HOW_OFTEN, scale, first.start,
                           frequency[1])
    inner = longest_phrase_after(sentence, number_end, hedges_after())
    age_class = _AGE_CLASS_AFTER.match(sentence.text, inner[-1].end if inner else number_end)
    if age_class and (first is not last or inner or _bound_names_age_class(
            sentence, first.start, age_class.group().endswith("s") and last.value <= 12)):
        # "the 25-34 age group", "the 85 and over age band": ages in years (but "all 5 age
        # groups" counts groups)
        return UnitReading("year", "time", "", scale, first.start,
                           inner[-1].end if inner else number_end, inner)
    if inner and first is last and last.value * scale < 120 and (
            (inner[-1].lower in ("under", "over") and _after_age_group(sentence, first))
            or (inner[-1].lower in ("older", "younger")
                and counted_noun(sentence, inner[-1].end, last.value * scale) is None)):
        # "adults 60 and older", "Patients were 75 or older": only an age is older; "Kids 5
        # and under" after people named by age
        return UnitReading("year", "time", "", scale, first.start, inner[-1].end, inner)
    if first is not last and not inner and 0 <= first.value < last.value * scale < 120 \
            and _AGE_RANGE_GAP.fullmatch(sentence.text, first.end, last.start) \
            and _after_age_group(sentence, first) \
            and not _PER_AFTER.match(sentence.text, number_end) \
            and counted_noun(sentence, number_end, last.value * scale) is None:
        return UnitReading("year", "time", "", scale, first.start, number_end)  # "children
        # 6-12", "adults 18 to 64": a range right after people named by age
    noun = counted_noun(sentence, inner[-1].end if inner else number_end,
                        last.value * scale, first is last and len(last.text) == 1 and last.fraction
                        and not _ARTICLE_BEFORE.search(
                            sentence.text, max(sentence.span[0], first.start - 3),
                            first.start)
                        and not any(w.lower in _SHARE_HEDGES
                                    for w in sentence.before(first.start, 1))) \
        if not after_magnitude(sentence, first.start) and not (
            inner and inner[-1].lower in _BOUND_ADVERBS) \
        and not _APERTURE_BEFORE.search(sentence.text, max(0, first.start - 3), first.start) \
        else None
    # ("a score of 740 or above gets": no noun follows "above" or "higher"; "the f/2 APO
    # lens": an aperture, which counts nothing)
    single = first is last
    if noun is None and not inner and last.value * scale >= 2:
        noun = noun_after_of_the(sentence, number_end) or compound_modifier(
            sentence, first.start, number_end)
    if noun and last.value != int(last.value) and noun.lower in _FIGURE_VERBS \
            and _OBJECT_AFTER.match(sentence.text, noun.end):
        noun = None  # "Harper's OPS of 1.012 leads the league": the verb of the figure
    if noun and noun.lower in ("kt", "kn"):
        noun = None  # "a 70-kt storm": knots or kilotonnes, read below, no thing counted
    if noun:
        if single and refers_back(first, sentence):
            return None
        measure = _unit_past_adjectives(sentence, number_end, noun)
        if measure is not None:  # "612 active calories", "5 extra kilometres": a unit
            return _with_rate(sentence, UnitReading(
                measure.unit, measure.dimension, noun.text, scale * measure.factor,
                first.start, noun.end, inner))
        if noun.lower in _GIGS and (_STORAGE_AFTER.match(sentence.text, noun.end)
                                    or not sentence.vocabulary.isdisjoint(_DEVICE_WORDS)):
            return UnitReading("gigabyte", "information", noun.text, scale, first.start,
                               noun.end, inner)  # "32 gigs of RAM": gigabytes, no concerts
        counted = _with_rate(sentence, UnitReading(_counted_singular(noun, sentence,
                                                                     number_end), "count",
                                                   noun.text, scale, first.start, noun.end, inner))
        if (_DIGIT.search(sentence.text, number_end, noun.start)
                and (measure_between(sentence, number_end, noun.start)
                     or _GAPPED.search(sentence.text, number_end, noun.start))) \
                or (sentence.text.find("-", number_end, noun.start) >= 0
                    and measure_between(sentence, number_end, noun.start)) \
                or _FRACTION_OF_POINT.search(sentence.text, number_end, noun.start):
            # "2 million 155mm shells a year", "95 Ukrainian and 95 Russian prisoners", "10
            # three-minute rounds": the number between is a claim of its own, so the count's
            # span stops at its number but keeps the rate after the noun
            return counted._replace(end=number_end)
        return counted
    if single and _casualties(sentence, first.start, number_end):
        # "The strike killed three and injured seven": people, though no noun is written
        return UnitReading("person", "count", "", scale, first.start, number_end)
    if single and _in_a_casualty_state(sentence, number_end):
        # "left 13 missing", "The quake left 200 injured": people, though no noun is written
        return UnitReading("person", "count", "", scale, first.start, number_end)
    if single and _age_apposition(first, sentence):
        return UnitReading("year", "time", "", scale, first.start, number_end)
    if single and bare_small_word(first, sentence) and not \
            longest_phrase_before(sentence, first.start, hedges_before()) \
            and not _level_of_change(sentence, first, number_end) \
            and not _DOSE_A_PERIOD.match(sentence.text, number_end):
        return None  # (but "Take one a day", "Two a day is the usual dose": so many a day)
    times = _TIMES.match(sentence.text, number_end) if follow[:1] in _TIMES_FIRST else None
    if times:  # "3x", "10-fold", "2-3x", "15- to 30-fold"
        per = units.match_per_after(sentence.text, times.end())
        if per is not None and per.dimension == "time" and per.factor == 1 \
                and change_before(sentence, first.start) is None:  # ("grew 3x a year")
            # "operate 4x weekly", "2x daily": how often, as "four times a week" is
            return UnitReading(f"count / {per.unit}", "frequency", _HOW_OFTEN, scale,
                               first.start, per.end)
        return UnitReading(factor=scale, start=first.start, end=times.end(), times=True)
    knots = KNOTS.match(sentence.text, number_end) if follow in ("kt", " k", "kn", "-k") \
        else None
    if knots is not None and knots.group().strip(" -") == "kt" \
            and _EXPLOSIVE_AFTER.match(sentence.text, knots.end()):
        # "a 100-kt warhead", "Hiroshima's 15-kt bomb", "a 250 kt yield": kilotons of TNT
        return UnitReading("kiloton_TNT", "energy", knots.group().strip(" -"), scale,
                           first.start, knots.end())
    per_period = _KT_PER_PERIOD.match(sentence.text, knots.end()) \
        if knots is not None and knots.group().strip(" -") == "kt" else None
    if knots is not None and per_period is not None and (
            per_period.group().startswith("/") or (
            sentence.vocabulary.isdisjoint(WIND_WORDS)
            and sentence.vocabulary.isdisjoint(_SPEED_WORDS))):
        # "300 kt/year", "40 kt a year": kilotonnes a period (no knots or karats run a year)
        period = "year" if per_period.group("period")[0] in "yaA" else per_period.group("period")
        return UnitReading(f"kilometric_ton / {period}", "mass_flow",
                           sentence.text[knots.start():per_period.end()].strip(" -"), scale,
                           first.start, per_period.end())
    if knots is not None and knots.group().strip(" -") == "kt" \
            and (not sentence.vocabulary.isdisjoint(_KILOTONNE_WORDS)
                 or sentence.text.startswith(" of ", knots.end())) \
            and sentence.vocabulary.isdisjoint(WIND_WORDS) \
            and sentence.vocabulary.isdisjoint(_SAILING_WORDS) \
            and sentence.vocabulary.isdisjoint(_SPEED_WORDS) \
            and not _KT_NOT_MASS_AFTER.match(sentence.text, knots.end()):
        # "The mine produced 500 kt of copper", "Copper output reached 254 kt": kilotonnes
        # where the sentence speaks of ore, metals or output (not "18kt gold", "a 15 kt
        # yield"); "5 kt of ammonia a day" by the period
        tail = units.match_per_after_substance(sentence.text, knots.end())
        if tail is not None and tail.dimension == "time" and tail.factor == 1 \
                and not units.period_adverb(tail):
            return UnitReading(f"kilometric_ton / {tail.unit}", "mass_flow", "kt", scale,
                               first.start, tail.end)
        return UnitReading("kilometric_ton", "mass", "kt", scale, first.start, knots.end())
    if knots is not None and _NOT_KNOTS_AFTER.match(sentence.text, knots.end()):
        knots = None  # "18kt gold", "a 15 kt yield": carats, kilotons of explosive
    if knots is not None and (not sentence.vocabulary.isdisjoint(WIND_WORDS)
                              or not sentence.vocabulary.isdisjoint(_STORM_WORDS)
                              or ("tropical" in sentence.vocabulary
                                  and not sentence.vocabulary.isdisjoint(_TROPICAL_SYSTEMS)) or (
            knots.group().strip(" -") == "kt" and not sentence.vocabulary.isdisjoint(_SPEED_WORDS)
            and last.value * scale <= _FASTEST_KNOTS) or (
            knots.group().strip(" -") == "kn" and not sentence.vocabulary.isdisjoint(
                _SAILING_WORDS) and last.value * scale <= _FASTEST_KNOTS
            and (sentence.vocabulary.isdisjoint(_KUNA_PRICE_WORDS)
                 or any(w.lower in _SPEED_LEADS
                        for w in sentence.before(first.start, _PRICE_REACH))))):
        # "NW 35 kt gusting 50 kt": knots where the sentence speaks of wind (elsewhere "kt"
        # may be kilotonnes), "steaming at 11 kt" of a ship's speed; "averaged 19.4 kn"
        # where it speaks of the sea
        return UnitReading("knot", "speed", knots.group().strip(" -"), scale, first.start,
                           knots.end())
    degrees = _SPACED_DEGREES.match(sentence.text, number_end) if follow in (" C", " F") else None
    if degrees is not None and not sentence.vocabulary.isdisjoint(_TEMPERATURE_WORDS):
        # "Temperatures hit 38.4 C": a spaced C or F where the sentence speaks of heat
        return UnitReading(_DEGREES[degrees.group(1)], "temperature", degrees.group(1), scale,
                           first.start, degrees.end())
    inches = (_INCHES.match(sentence.text, number_end) if follow == " i" or follow[:1] in "\"'"
              else None) or (_inches_after_feet(sentence, first.start, number_end)
                             if follow in ("in", " i") else None)
    if inches is not None and inches.groupdict().get("closing") is not None \
            and sentence.text[first.start - 1:first.start] != "(":
        inches = None  # "(43 in)" alone in its brackets (not "(max 80 in)")
    if inches and (inches.group("mark") != '"' or sentence.gap(
            max(sentence.span[0], number_end - _QUOTE_WINDOW), number_end).count('"') % 2 == 0
            or _INCH_MARK_BEFORE.search(sentence.text, max(
                sentence.span[0], number_end - _QUOTE_WINDOW), number_end) is not None):
        # "2 in thick", "a 9\" plate", "5''": inches, unless the mark closes a quotation
        return UnitReading("inch", "length", inches.group().strip(), scale, first.start,
                           number_end + len(inches.group().rstrip()))
    feet = _FEET_MARK.match(sentence.text, number_end) if follow[:1] in _FEET_MARKS else None
    if feet is not None and sentence.vocabulary.isdisjoint(PLAY_WORDS) \
            and sentence.vocabulary.isdisjoint(_NOT_FEET_WORDS) \
            and sentence.text[first.start - 1:first.start] not in _QUOTE_MARKS \
            and not _YEAR_OF_BEFORE.search(sentence.text, max(sentence.span[0], first.start - 12),
                                           first.start) \
            and not _OPENING_QUOTE.search(
                sentence.text, max(sentence.span[0], first.start - _QUOTE_WINDOW), first.start):
        # "a 24' x 30' garage", "a 40' container", "The setback is 10'": feet, unless the
        # mark closes a quotation ("She said 'give me 10' and left", "'100'"), marks a
        # match's or a film's minute ("scored in the 23'", "Runtime: 98'") or an arcminute,
        # or ends a year ("the summer of 69'")
        return UnitReading("foot", "length", feet.group(), scale, first.start, feet.end())
    of_unit = _unit_after_of_a(sentence, number_end, first.fraction) \
        if single and (first.fraction or 0 < first.value < 1) else None
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
    per = units.match_scaled_per(sentence.text, number_end)
    if per is not None:
        # "12.3 per 100,000 people": one in every so many, the rate's numerator unstated
        unit, dimension = units.compose("1", per.unit)
        return UnitReading(unit, dimension, per.text, scale, first.start, per.end)
    period = units.match_per_after(sentence.text, number_end)  # (a range too: "300,000-350,000
    # a year")
    if period is not None and period.factor == 1 and (
            (period.dimension == "time" and _SO_MANY_A.match(sentence.text, number_end)
             and not _dates_before(sentence, period.end))
            or (period.dimension == "area" and not period.text.startswith(" a")
                and sentence.vocabulary.isdisjoint(_PRICE_WORDS))):
        # "capped at 5,000 per hour", "or about 47 a week": so many a period, the thing
        # counted unstated; "a density of 3,412.6 per square mile (1,317.5/km2)": so many
        # an area (but "rents hit 120 per square foot" is a price with its currency unsaid)
        unit, dimension = units.compose("1", period.unit)
        return UnitReading(unit, dimension, period.text, scale, first.start, period.end)
    return UnitReading(factor=scale, start=first.start, end=number_end)


#: what a university degree names after "degree": "400 degree programmes" (grammar_words.txt)
_ACADEMIC_AFTER: Final = re.compile(
    r"[ ]" + lexicon.alternation("grammar_words.txt", "degree_courses") + r"\b")
#: "a day" and the like after a small number in words, so many a period: "Take one a day"
_DOSE_A_PERIOD: Final = re.compile(r"[ ](?:a|an|per)[ ](?:day|night|week|hour|month)\b")
#: what may stand between a bare number and its period: "5,000 per hour", "47 a week", "Max
#: 5/day" (not "the 5-a-day campaign", a name)
_SO_MANY_A: Final = re.compile(r"[ ]+(?:per|an?)[ ]|/(?=(?:day|week|month|year|hour|night)\b)",
                               re.IGNORECASE)
#: words after "a year" that make it a time before or after another ("80,000 a year ago",
#: "68 a year earlier", "40 a day into the fighting"), not a period that the amount is
#: counted in
_BEFORE_OR_AFTER: Final = lexicon.word_sections("grammar_words.txt")["period_anchors"]


def _dates_before(sentence: Sentence, end: int) -> bool:
    """Whether "a year" (or "a month", ...) ending at ``end`` opens "a year ago", "a month
    earlier": it dates the amount rather than divides it."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].lower in _BEFORE_OR_AFTER


#: "a 40-year high", "a two-month low": the duration names when, not how much
_REFERENCE_WORDS: Final = frozenset("high highs low lows peak record best worst".split())


#: changes measured over a window a superlative picks: "its biggest one-day gain"
_WINDOW_CHANGES: Final = lexicon.word_sections("grammar_words.txt")["window_changes"]


def _hyphened_period_before(sentence: Sentence, start: int, end: int) -> Optional[Word]:
    """The word right after a duration glued by a hyphen ("a three-day rally"), if any."""
    if sentence.gap(start - 1, start) != "-":
        return None
    following = sentence.after(end, 1)
    if not following or sentence.gap(end, following[0].start) != " ":
        return None
    return following[0]


def _reference_period(sentence: Sentence, unit: units.UnitMatch) -> bool:
    """ "Inflation hit a 40-year high": a hyphenated duration before "high", "low", "record";
    "its biggest one-day gain": one after a superlative, before a change it measures over."""
    if unit.dimension != "time":
        return False
    following = _hyphened_period_before(sentence, unit.start, unit.end)
    if following is None:
        return False
    if following.lower in _REFERENCE_WORDS:
        return True
    if following.lower not in _WINDOW_CHANGES:
        return False
    number = sentence.before(unit.start - 1, 2)  # the superlative, then the number
    return len(number) == 2 and (number[0].lower.endswith("est")
                                 or number[0].lower in ("worst", "best"))


#: solvents named by initials, traces only beside words of water: "TCE at 40 ppt in the
#: groundwater" (but "PCE inflation")
_SOLVENTS: Final = frozenset(["tce", "pce"])
_WATER_WORDS: Final = frozenset(["water", "groundwater", "well", "wells", "plume", "aquifer"])
#: words of salt water, beside which "ppt" is parts per thousand
_SALT_WORDS: Final = frozenset(["salinity", "saline", "salty", "seawater", "brackish", "brine",
                                "reef"])
#: the same in lower case only: "Adding salt", "keep marine aquariums" (not the names of
#: "Salt Lake County's jobless rate rose 1.2 ppt", "Marine Harvest's margin")
_SALT_WORDS_LOWER: Final = frozenset(["salt", "marine", "saltwater"])
#: the water such salt is in, or its "salt content", which a sentence with "salt" or
#: "marine" alone must name (not "Scrapping the salt tax cut inflation by 0.4 ppt")
_WATER_BODIES: Final = frozenset(["water", "tank", "tanks", "aquarium", "aquariums", "pond",
                                  "ponds", "lagoon", "sea", "ocean", "estuary", "pool", "bay",
                                  "content"])
#: words of traces in water, beside which "ppt" is parts per trillion (grammar_words.txt)
_TRACE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["trace_words"]
#: words of the sea and the air, where "nm" is the nautical mile, not the nanometre
_NAUTICAL_WORDS: Final = lexicon.word_sections("grammar_words.txt")["nautical_words"]
#: words of sailing and rowing: "nm" is nautical miles and "kn" knots beside them
_SAILING_WORDS: Final = lexicon.word_sections("grammar_words.txt")["sailing_words"]
#: hardly a boat goes faster than this many knots: above it, and in a sentence of prices
#: unless a word of speed leads the number, a "kn" is the kuna ("Mooring our vessel cost
#: 600 kn", "lunch cost the crew 45 kn each"; but "The skipper was fined for doing 12 kn",
#: "Tickets for the catamaran, which cruises at 30 kn, sold out")
_FASTEST_KNOTS: Final = Decimal(100)
_PRICE_REACH: Final = 2
_SPEED_LEADS: Final = frozenset(["at", "doing", "reached", "reach", "reaches", "hit", "hits",
                                 "averaged", "averaging", "cruises", "cruising", "speed",
                                 "speeds", "making", "made", "topped"])
_KUNA_PRICE_WORDS: Final = frozenset(["cost", "costs", "costing", "fined", "fine", "fee",
                                      "fees", "paid", "pay", "pays", "price", "prices",
                                      "priced", "tickets", "ticket", "charge", "charged",
                                      "charges"])
#: words of a ship's or an aircraft's reach, which make a far "nm" nautical miles; no chip is
#: made at or above _FAR_NM nanometres ("a range of 1,000 nm", "The ship covered 300 nm")
_RANGE_WORDS: Final = frozenset(["ship", "ships", "missile", "missiles", "drone", "drones",
                                 "bomber", "bombers", "sailed", "aircraft", "jet", "jets"])
_FAR_NM: Final = 100
#: a reach this far in nanometres is infrared light, said in micrometres: "a range of up to
#: 4,700 nm" is an aircraft's, whatever it is called ("The A321XLR has a range of")
_VERY_FAR_NM: Final = 1000
#: "a range of" or "range is" right before such a reach: "has a range of up to 4,700 nm" (not
#: "the 1,550 nm range", "a detection range of 900 to 1,700 nm" in optics)
_RANGE_OF: Final = re.compile(
    r"\brange[ ](?:of|is|was)[ ](?:up[ ]to[ ]|about[ ]|around[ ]|some[ ]|nearly[ ]|almost[ ]"
    r"|over[ ]|more[ ]than[ ])?\Z")
#: the shore a distance is told from ("15 nm off the shore", "3 nm from shore"; not "to shore
#: up capacity")
_OFF_THE_SHORE: Final = re.compile(r"\b(?:off|from|to)[ ](?:the[ ])?shore\b(?![ ]up\b)")
_NANOMETRE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["nanometre_words"]


#: words after a bare degree, and verbs before it, that make it an angle
_ANGLE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["angle_words"]
_TURNING_VERBS: Final = lexicon.word_sections("grammar_words.txt")["turning_verbs"]


def _an_angle(sentence: Sentence, start: int, end: int) -> bool:
    """ "shifted 90 degrees to the south", "between 30 and 45 degrees north", "a 10-degree
    curve": a bare degree that measures an angle, in a sentence about heat or not."""
    before = sentence.before(start, 1)
    if before and before[0].lower in _TURNING_VERBS:
        return True
    if _ANGLED_AT.search(sentence.text, max(sentence.span[0], start - 24), start):
        return True  # "panels angled at 35 degrees", "slopes of up to 40 degrees"
    following = [w for w in sentence.after(end, 3) if w.text != "-"][:3]
    if len(following) > 1 and following[0].lower == "of" \
            and following[1].lower not in _TEMPERATURE_WORDS and following[1].lower != "frost":
        return True  # "30 degrees of bank", "0.26 degrees of tilt" (but "10 degrees of frost")
    if following and ((following[0].lower == "from"
                       and _sky_body_next(sentence, following[0].end))
                      or (following[0].lower == "apart"
                          and not sentence.vocabulary.isdisjoint(_SKY_BODIES))
                      or (following[0].lower in ("above", "below")
                          and "horizon" in sentence.vocabulary)) \
            and sentence.vocabulary.isdisjoint(_WEATHER_REPORT_WORDS):
        return True  # "Venus will sit 2 degrees from the Moon", "0.5 degrees apart": the
        # sky's angles
    if following and following[0].lower in ("to", "from") and len(following) > 2:
        following = following[2:]  # "90 degrees to the south"
    if following and following[0].lower == "high" \
            and not sentence.vocabulary.isdisjoint(_SKY_WORDS) \
            and sentence.vocabulary.isdisjoint(_WEATHER_REPORT_WORDS):
        return True  # "Jupiter was 20 degrees high at 10pm": how far above the horizon
    return bool(following) and following[0].lower in _ANGLE_WORDS


#: words of the sky, beside which "degrees high" is an altitude (grammar_words.txt)
_SKY_WORDS: Final = lexicon.word_sections("grammar_words.txt")["astronomy_cues"] \
    | frozenset(["jupiter", "saturn", "mars", "venus", "moon", "horizon", "comet"])


def _sky_body_next(sentence: Sentence, end: int) -> bool:
    """Whether a body of the sky is named right after "from": "from the Moon", "from the
    Sun", "from the bright star Regulus" (not "from Monday, with sun all afternoon")."""
    words = [w for w in sentence.after(end, 4) if w.lower not in ("the", "bright")]
    return bool(words) and (words[0].lower in _SKY_BODIES or words[0].lower == "sun")


#: bodies of the sky, beside which "degrees from" or "apart" is an angle between them
_SKY_BODIES: Final = frozenset(["jupiter", "saturn", "mars", "venus", "moon", "comet",
                                "polaris", "star", "stars", "planets"])
#: words of a weather report, beside which "degrees high" is heat even under the sun
_WEATHER_REPORT_WORDS: Final = frozenset(["forecast", "temperature", "temperatures", "weather",
                                          "heat", "low", "lows", "highs", "shade", "hit"])
#: words of a slant right before an angle: "angled at", "slopes of up to"
_ANGLED_AT: Final = re.compile(
    r"\b(?:angled|tilted|tilts|tilting|inclined|sloping|slopes?|angle|pitched|banked)[ ]"
    r"(?:at|of|to|by)[ ](?:up[ ]to[ ]|about[ ]|around[ ]|some[ ])?\Z")


#: verbs of harming, saving or holding people, whose bare number counts people: "killed
#: three", "injuring seven", "arrested two"
_HARM_VERBS: Final = lexicon.word_sections("grammar_words.txt")["harm_verbs"]


def _casualties(sentence: Sentence, start: int, end: int) -> bool:
    """A bare number right after a verb of killing or hurting (perhaps after a hedge) that
    ends its phrase: "killed three and injured seven", "killed at least 12" (but "killed 40
    sheep" counts its noun)."""
    hedge = longest_phrase_before(sentence, start, hedges_before())
    before = sentence.before(hedge[0].start if hedge else start, 1)
    if not before or before[0].lower not in _HARM_VERBS:
        return False  # "killed at least 12", but not "the recall affected 40,000"
    following = sentence.after(end, 1)
    return not following or not following[0].text.isalnum() \
        or following[0].lower in ("and", "or", "but", "in", "on", "at", "when", "after")


#: the states of the people a disaster leaves: "left 13 missing" (not_claims.txt)
_CASUALTY_STATES: Final = lexicon.word_sections("not_claims.txt")["casualty_words"]


def _in_a_casualty_state(sentence: Sentence, end: int) -> bool:
    """A bare number before a state of hurt people that ends its phrase, after a verb of
    leaving or "with": "left 13 missing", "with 200 injured" (not "3 injured workers")."""
    following = sentence.after(end, 2)
    if not following or following[0].lower not in _CASUALTY_STATES \
            or sentence.gap(end, following[0].start) != " " \
            or (len(following) > 1 and following[1].text.isalpha()
                and following[1].lower not in lexicon.load().function_words):
        return False
    return any(word.lower in _LEAVING_WORDS for word in sentence.before(end, 4)) \
        and _OF_A_GROUP.search(sentence.text, sentence.span[0], end) is None
    # (but "Of 500 sheep, the snow left 80 dead": a part of the group named, bare)


#: a group named by its count after "of": "Of 500 sheep", "of the 40 paintings"
_OF_A_GROUP: Final = re.compile(r"\b[Oo]f[ ](?:the[ ])?[0-9][0-9,]*[ ][a-z]")


#: what may leave people hurt or missing: "left 13 missing", "leaving 200 injured"
_LEAVING_WORDS: Final = frozenset(["left", "leaving", "leaves", "leave", "with"])


#: warming named right after the degrees: "2.7 degrees of warming", "20 degrees hotter" (a
#: "warming" or "hotter" elsewhere may be an engine's or a tap's: "After warming the engine,
#: turn the dial 180 degrees", "Turn the tap 90 degrees and it runs colder")
_OF_WARMING: Final = re.compile(r"[ ]of[ ](?:global[ ]|further[ ]|additional[ ])?warming\b"
                                r"|[ ](?:hotter|colder|warmer|cooler)\b", re.IGNORECASE)


def _warming_by(sentence: Sentence, value: Decimal) -> bool:
    """Whether a few degrees are a climate's warming: "limit global warming to 1.5
    degrees", "The planet has warmed 1.2 degrees" (not "After warming the engine, turn the
    dial 180 degrees", "The warming station turned the camera 15 degrees")."""
    return value <= _MOST_WARMING and not sentence.vocabulary.isdisjoint(_WARMING_WORDS) \
        and _CLIMATE_WARMING.search(sentence.text, *sentence.span) is not None


#: words of a climate's warming, and the most degrees of it anyone writes of
_WARMING_WORDS: Final = frozenset(["warming", "warmed", "warms"])
_MOST_WARMING: Final = Decimal(10)
#: the climate's warming, not a warm-up nor the warming of a thing ("warming up", "warming
#: the engine", "warmed it", "Warming to the idea"; but "warming to the tune of 3 degrees")
_CLIMATE_WARMING: Final = re.compile(
    r"\bwarm(?:ing|ed|s)\b"
    r"(?![ ](?:up|the|a|an|it|them|your|his|her|their|our"
    r"|to[ ](?:the[ ]|a[ ])?(?:idea|plan|theme|role|task|notion|proposal|prospect|him|her"
    r"|them|it|you|me|us))\b)",
    re.IGNORECASE)


def _pressure_change(sentence: Sentence) -> bool:
    """Whether a sentence of air pressure tells how far it moved: "fell 30 mb", "falling 2
    mb/hr", "a 24 mb drop"."""
    changes = lexicon.load().changes
    return any(word in changes for word in sentence.vocabulary)


def _speaks_of_heat(sentence: Sentence, start: int) -> bool:
    """Whether a sentence speaks of heat in a word other than "degrees" itself; a word of a
    forecast's sky only a few words before the number ("Sunshine and 18 degrees in
    Edinburgh"; not "Tilt the panels 30 degrees to catch more sunshine")."""
    words = sentence.vocabulary & _TEMPERATURE_WORDS - _DEGREE_WORDS
    if words <= _FORECAST_SKY_WORDS:
        return bool(words) and (
            any(word.lower in words for word in sentence.before(start, _SKY_REACH))
            or any(word.lower in _HEAT_LEADS for word in sentence.before(start, 1))
            or _PLACE_AFTER_DEGREES.search(sentence.text, start, start + 24) is not None)
    return True


#: words right before a bare degree that lead to a forecast's heat: "lift the city to 24
#: degrees", "with 22 degrees" (not "The backswing reached 90 degrees in the sunshine")
_HEAT_LEADS: Final = frozenset(["to", "with"])
#: "degrees in" and a place's name: "21 degrees in Leeds"
_PLACE_AFTER_DEGREES: Final = re.compile(r"\bdegrees[ ]in[ ][A-Z]")
#: words of a forecast's sky, and how far before a bare degree they make it heat
_FORECAST_SKY_WORDS: Final = lexicon.word_sections("grammar_words.txt")["forecast_sky_words"]
_SKY_REACH: Final = 5


#: titles before a name, which make it a person's: "Captain Smith hit 30 degrees of bank"
_TITLES: Final = frozenset(["captain", "capt", "sergeant", "sgt", "commander", "dr", "mr", "mrs",
                            "ms", "general", "president", "officer", "lieutenant", "major",
                            "colonel", "professor", "prof", "coach", "pilot"])
#: verbs by which a place reaches a temperature: "Phoenix hit 110 degrees"
_HEAT_REACHING_VERBS: Final = frozenset(["hit", "hits", "reached", "reaches", "reach", "topped",
                                         "tops", "touched", "touches", "recorded", "records"])


def _place_reached(sentence: Sentence, start: int) -> bool:
    """ "Phoenix hit 110 degrees", "Athens reached 44 degrees", "The Bureau said Melbourne
    recorded 43.5 degrees": a bare degree right after a verb of reaching whose subject, opening
    the sentence or right before the verb, is a name."""
    before = sentence.before(start, 2)
    if not before or before[-1].lower not in _HEAT_REACHING_VERBS:
        return False
    names = [sentence.words[0]]
    if len(before) == 2:
        title = sentence.before(before[0].start, 1)
        if len(before[0].text) > 1 and not (title and title[0].lower.rstrip(".") in _TITLES):
            names.append(before[0])  # but "Captain Smith hit", "Tower B recorded": no place
    return any(word.text[:1].isupper() and word.text.isalpha()
               and word.lower not in lexicon.load().function_words
               for word in names if word is not before[-1])


#: the words of a bare degree, which say nothing of heat on their own
_DEGREE_WORDS: Final = frozenset(["degree", "degrees"])


#: words that may follow the "more" or "less" of a change: a rate, a time, a clause
_AFTER_MORE: Final = lexicon.word_sections("grammar_words.txt")["after_more"]
#: "more" or "less" right after an amount of money, perhaps after its scale word, that
#: says how much it changes by: "Households will pay £150 more", "£20 less a month" (not
#: "more than", nor "more or less"); or after a sub-unit: "3.4 cents more per kWh", "5p more"
_MORE_OR_LESS: Final = re.compile(
    r"(?:[ ]?(?:bn|m|k|million|billion|cents?|c|p|pence))?[ ](?P<word>more|less|extra)\b"
    r"(?![ ](?:than|or)\b)", re.IGNORECASE)


def _money_more_or_less(sentence: Sentence, end: int) -> Optional[Change]:
    """ "will pay £150 more", "£3,500 more a year", "£20 less a month": the amount is the
    size of a rise or a fall (not "£1,000 less fees", where "less" means minus)."""
    found = _MORE_OR_LESS.match(sentence.text, end)
    if found is None:
        return None
    following = sentence.after(found.end(), 1)
    if following and following[0].text.isalpha() and following[0].lower not in _AFTER_MORE:
        return None
    return Change("down" if found.group("word").lower() == "less" else "up", "delta")


#: verbs of jumping, which are also verbs of rising ("shares jumped 8%"): before a length
#: they say how far a jump went
_JUMP_VERBS: Final = lexicon.word_sections("grammar_words.txt")["jump_verbs"]
#: subjects of a verb of jumping that make it a rise: "River levels jumped 2 metres"
_LEVEL_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["level_nouns"]


def _jumped(sentence: Sentence, start: int) -> bool:
    """Whether a verb of jumping stands right before ``start`` and its subject is no level:
    "She leapt 8.34 metres" (but "River levels jumped 2 metres" rose)."""
    before = sentence.before(start, 4)
    return bool(before) and before[-1].lower in _JUMP_VERBS \
        and _LEVEL_NOUNS.isdisjoint(w.lower for w in before[:-1])


def _time_anchor(sentence: Sentence, start: int, unit: units.UnitMatch) -> bool:
    """ "compared with £860 two years ago", "up from 65p two years ago": a span of time
    before "ago" or "earlier", right after another amount, dates that amount and is no
    claim (but "was built 50 years ago" tells an age)."""
    if unit.dimension != "time":
        return False
    following = sentence.after(unit.end, 1)
    if not following or following[0].lower not in ("ago", "earlier"):
        return False  # ("up from 1.6% two years earlier" dates the 1.6%)
    before = sentence.before(start, 2)
    if before and before[-1].lower in _SPAN_JOINERS:
        return False  # "from 120,000 to 40,000 years ago": the span's other end
    return any(any(map(str.isdigit, word.text)) for word in before)


#: words between the two ends of a span
_SPAN_JOINERS: Final = frozenset(["to", "-", "\N{EN DASH}", "and", "until", "through"])


def _window_of_change(sentence: Sentence, reading: UnitReading) -> bool:
    """ "extended a three-day rally", "a 10-day losing streak": the duration says how long
    the change lasted, it is no change itself."""
    if reading.dimension != "time" or not reading.unit_text:
        return False
    following = _hyphened_period_before(sentence, reading.end - len(reading.unit_text),
                                        reading.end)
    return following is not None and following.lower in _WINDOW_CHANGES


_OF_A: Final = re.compile(r" of an? (?:US |U\.S\. |imperial )?", re.IGNORECASE)
#: the fractions written before "a" with "of" left out: "1/2 a cup", "\N{VULGAR FRACTION ONE HALF} a
#: teaspoon", "3/4 a cup" (not a score: "4/5 a week after its release")
_KITCHEN_FRACTION: Final = re.compile(
    "(?:[0-9]/[2348]|[\N{VULGAR FRACTION ONE HALF}\N{VULGAR FRACTION ONE QUARTER}"
    "\N{VULGAR FRACTION THREE QUARTERS}\N{VULGAR FRACTION ONE THIRD}"
    "\N{VULGAR FRACTION TWO THIRDS}])\\Z")
_OF_A_OR_A: Final = re.compile(r" (?:of )?an? (?:US |U\.S\. |imperial )?", re.IGNORECASE)


def _level_of_change(sentence: Sentence, numeral: Numeral, end: int) -> bool:
    """ "fell to zero", "from nine to three", "rose by two", "up from just two": a small
    number in words after "to", "from" or "by" of a change (perhaps and "just" or "only") is
    its level or size (not "rose three times")."""
    before = sentence.before(numeral.start, 2)
    if len(before) == 2 and before[1].lower in ("just", "only"):
        before = before[:1]  # "up from just two"
    before = before[-1:]
    if not before or before[0].lower not in ("to", "from", "by") \
            or sentence.text[end:end + 1] == "-":
        return False
    earlier = _FROM_DIGITS_TO.search(sentence.text, max(sentence.span[0], numeral.start - 24),
                                     numeral.start) if before[0].lower == "to" else None
    if earlier is not None:
        # "fell from 12 to three": the change is read at the figure written in digits
        return change_for(sentence, earlier.start("from"), earlier.end("from")) is not None
    return change_for(sentence, numeral.start, end) is not None


#: hedges that make a fraction glyph a share of people: "About \N{VULGAR FRACTION TWO THIRDS}
#: support the plan" (not "Squeeze over \N{VULGAR FRACTION ONE QUARTER} lime")
_SHARE_HEDGES: Final = frozenset(["about", "around", "some", "nearly", "almost", "roughly",
                                  "approximately", "only", "just"])
#: "the" and a thing "N times" multiplies, not a time it happened in ("arrested 3 times the
#: following year")
_TIMES_THE: Final = re.compile(
    r"[ ]the[ ](?!(?:following|next|previous|past|last|same|day|night|week|weekend|month|year"
    r"|season|cycle)\b)")
#: an article right before a number: "a \N{VULGAR FRACTION TWO THIRDS} majority" is no part
#: of one majority
_ARTICLE_BEFORE: Final = re.compile(r"\ban?[ ]\Z", re.IGNORECASE)
#: "from 12 to " right before a number: the old level in digits, the new one in words
_FROM_DIGITS_TO: Final = re.compile(r"\bfrom[ ](?P<from>[0-9][0-9,.]*)[ ]to[ ]\Z")


#: "a quarter of a point": a point is no unit of its own ("5 points" counts points)
_POINT_WORD: Final = re.compile(r"point\b", re.IGNORECASE)


def _unit_after_of_a(sentence: Sentence, end: int,
                     fraction: bool = False) -> Optional[units.UnitMatch]:
    """The physical unit, percent or point after "of a" that a fraction measures: "a tenth
    of a second", "point five of a percent", "a quarter of a point"; after a written
    fraction "of" may be left out ("1/2 a cup", "\N{VULGAR FRACTION ONE HALF} a teaspoon")."""
    article = (_OF_A_OR_A if fraction and _KITCHEN_FRACTION.search(
        sentence.text, max(sentence.span[0], end - 4), end) else _OF_A).match(sentence.text, end)
    if article is None:
        return None
    unit = sentence.unit_after(article.end())
    if unit is None:
        point = _POINT_WORD.match(sentence.text, article.end())
        return units.UnitMatch("point", "count", point.start(), point.end(),
                               point.group()) if point else None
    if unit.dimension in ("count", "currency"):
        return None
    return unit


#: words after "R21" or "N1" that make it a road, not rand or naira
_ROAD_WORDS: Final = frozenset(["road", "highway", "freeway", "motorway", "route", "bypass"])


def _local_amount(sentence: Sentence, currency: units.UnitMatch, last: Numeral) -> bool:
    """ "R25" in a text set in South Africa (``Sentence.local_markers``) or in a sentence
    that writes the marker before an amount elsewhere ("closed R112 higher at R4,385 a
    tonne"): money, unless the number is part of a name ("R2-D2", "N95 masks", "the R21
    highway")."""
    if (currency.text not in sentence.local_markers
            and not ((_marker_before_amount(sentence, currency)
                      or _priced_before(sentence, currency, last))
                     and _bare_amount_place(sentence, currency, last))) \
            or sentence.text[currency.start - 1:currency.start] == "&":
        return False  # "the S&P 500" holds no pesos
    glued = sentence.text[last.end:last.end + 1]
    if (glued == "-" and not _HYPHENED_RATE.match(sentence.text, last.end)) or glued.isalpha():
        return False
    after = sentence.after(last.end, 1)
    return not after or not (after[0].lower in _ROAD_WORDS or is_plural_word(after[0].text)
                             or (after[0].lower in ("bond", "bonds") and last.text.isdigit()))
    # ("the R2035 bond", "the R186 bonds": South African bonds named by code, not rand)


def _priced_before(sentence: Sentence, currency: units.UnitMatch, last: Numeral) -> bool:
    """Whether a word of costing stands right before the marker (``_price_cue``), and no
    noun after the amount but, from 100 up, a fee's: "tickets cost R60", "paid N500 for a
    bag", "pay N2000 gate fees" (not "paid N95 mask prices", "pay N3 toll fees")."""
    after = sentence.after(last.end, 1)
    return _price_cue(sentence, currency, last) and (
        not after or not after[0].text.isalpha()
        or after[0].lower in lexicon.load().function_words
        or (last.value >= 100 and any(w.lower in _MONEY_OF_FEES
                                      for w in sentence.after(last.end, 2))
            and not _respirator_class(sentence, currency, last)))


def _respirator_class(sentence: Sentence, currency: units.UnitMatch, last: Numeral) -> bool:
    """Whether a marker and its number name a respirator's filter class (NIOSH: N, R or P,
    then 95, 99 or 100), no money: "pay N95 respirator prices", "pay N100 mask costs" (but
    "pay R100 toll fees")."""
    found = _RESPIRATOR_CLASS.fullmatch(sentence.text, currency.start, last.end)
    return found is not None and (not found.group().endswith("100")
                                  or any(w.lower in _FILTER_WORDS
                                         for w in sentence.after(last.end, 2)))


_RESPIRATOR_CLASS: Final = re.compile(r"[NPR](?:95|99|100)")
#: what a class of 100 filters: "P100 filter prices", "N100 mask costs"
_FILTER_WORDS: Final = frozenset(["mask", "masks", "respirator", "respirators", "filter",
                                  "filters", "cartridge", "cartridges"])


#: verbs of costing right before a marked amount (not "Audi R8"): "tickets cost R60"
_COSTING_VERBS: Final = lexicon.word_sections("grammar_words.txt")["costing_verbs"]
#: things sold, beside which "start at", "is", "to" or "from" before a one-letter marker name
#: a price: "Tickets start at R80", "The fare is R599" (not "The masks are N95")
_PRICED_THINGS: Final = frozenset(["price", "prices", "cost", "ticket", "tickets", "fare", "fares",
                                   "fee", "fees", "rate", "rates", "bundles", "plan", "plans",
                                   "deal", "deals", "package", "packages", "room", "rooms", "menu",
                                   "subscription", "subscriptions", "contract", "contracts",
                                   "toll", "tolls", "diesel", "petrol", "entry", "entries",
                                   "parking", "membership", "memberships", "pass", "passes",
                                   "tour", "tours", "lesson", "lessons", "meal", "meals",
                                   "haircut", "haircuts", "class", "classes", "session",
                                   "sessions", "bread", "loaf", "dongle", "bundle", "airtime",
                                   "data"])


def _price_cue(sentence: Sentence, currency: units.UnitMatch, last: Numeral) -> bool:
    """A verb of costing right before the marker ("tickets cost R60"); "start at", a form of
    "be", "to", "from" or "at" beside a thing sold ("Tickets start at R80", "The fare is
    R599", "The pump price of petrol rose to N617"; not "raised from N95 to N99", "The masks
    are N95", "Lessons start at P4": a school year)."""
    before = sentence.before(currency.start, 2)
    if not before:
        return False
    if before[-1].lower in _COSTING_VERBS:
        return True
    if not sentence.vocabulary.isdisjoint(_ROAD_WORDS):
        return False
    if currency.text == "P" and last.value < _SCHOOL_YEARS:
        return False
    started = len(before) == 2 and before[1].lower in ("at", "from") \
        and before[0].lower in _PRICE_START_VERBS
    if started and before[0].lower in _SALE_VERBS:
        return True  # "Sugar is selling at Sh180 a kilo"
    return not sentence.vocabulary.isdisjoint(_PRICED_THINGS) and (
        started or before[-1].lower in _BE_PRICED or before[-1].lower in ("to", "from", "at"))


#: numbers below this after "P" may be school years ("Entry to the club starts at P4")
_SCHOOL_YEARS: Final = 10
#: forms of "be" before a price of a thing sold: "The fare is R599", "diesel is now R25"
_BE_PRICED: Final = frozenset(["is", "are", "was", "were", "now"])
#: verbs of selling before "at" and a price, which need no thing sold named: "selling at"
_SALE_VERBS: Final = frozenset(["priced", "retail", "retails", "retailing", "sell", "sells",
                                "selling", "sold"])
#: verbs before "at" or "from" and a price: "start at R80", "retails at N1,200"
_PRICE_START_VERBS: Final = _SALE_VERBS | frozenset(["start", "starts", "starting", "started",
                                                     "cost", "costs"])


#: a rate hyphened to an amount: the "-a-month" of "the R370-a-month grant"
_HYPHENED_RATE: Final = re.compile(r"-(?:a|an|per)-[a-z]")


def _bare_amount_place(sentence: Sentence, currency: units.UnitMatch, last: Numeral) -> bool:
    """Whether "R112" stands where an amount may: not after a name or along a road, nor
    before a name or a noun other than one of money, and after an article only before a
    word of paying or a fee ("closed R112 higher", "the R750 charged last year", "R300 admin
    fees"; not "Audi R8", "along the R300", "closed the R300 after", "The R32 Skyline", "R32
    refrigerant", "a P45 form")."""
    before = sentence.before(currency.start, 2)
    if before and before[-1].text[:1].isupper() and before[-1].lower not in ("the", "a", "an") \
            and before[-1].start > sentence.span[0]:
        return False
    if len(before) == 2 and before[1].lower == "the" and before[0].lower in _ALONG_ROADS:
        return False  # "Residents along the R300": a road
    after = sentence.after(last.end, 2)
    if after and (after[0].lower in _AMOUNT_COMPARATIVES or after[0].lower in _PRICED_VERBS):
        return True
    if before and before[-1].lower in ("the", "a", "an"):
        pass  # "the R300 said", "The R101 was": after an article only a price will do
    elif not after or not after[0].text.isalpha() \
            or after[0].lower in lexicon.load().function_words:
        return True
    return bool(after) and after[0].text.islower() and (
        after[0].lower in _MONEY_OF_FEES
        or (len(after) > 1 and after[1].lower in _MONEY_OF_FEES))


#: prepositions of where along a road: "along the R300", "off the N2"
_ALONG_ROADS: Final = frozenset(["along", "on", "off", "via", "onto", "near", "down", "up",
                                 "beside", "across"])
#: comparatives after an amount: "closed R112 higher"
_AMOUNT_COMPARATIVES: Final = frozenset(["higher", "lower", "more", "less", "up", "down",
                                         "cheaper", "dearer", "weaker", "stronger", "firmer",
                                         "softer"])
#: verbs of paying or charging right after an amount: "the R750 charged last year"
#: (grammar_words.txt)
_PRICED_VERBS: Final = lexicon.word_sections("grammar_words.txt")["priced_verbs"]
#: nouns of fees and prices that an amount names before them: "R300 admin fees", "a R890
#: bill", "the R2 fuel levy" ([fee_nouns] and [money_nouns], grammar_words.txt)
_MONEY_OF_FEES: Final = lexicon.word_sections("grammar_words.txt")["fee_nouns"] \
    | lexicon.word_sections("grammar_words.txt")["money_nouns"]


def _marker_before_amount(sentence: Sentence, currency: units.UnitMatch) -> bool:
    """Whether the sentence writes ``currency``'s marker elsewhere before an amount with a
    thousands separator, decimals or a scale, or in a change by one such amount to another:
    the "R4,385" beside "R112", "rose by R40 to R440" (not beside words of ratings:
    "insulation rated between R3 and R3.5")."""
    if not sentence.vocabulary.isdisjoint(_RATING_WORDS) \
            or _R_RATING.search(sentence.text, *sentence.span):
        return False
    return any(found.group("marker") == currency.text and found.start() != currency.start
               for found in _MARKED_AMOUNT.finditer(sentence.text, *sentence.span)) \
        or any(found.group("marker") == currency.text
               for found in _MARKED_CHANGE.finditer(sentence.text, *sentence.span))


#: a one- to three-letter money marker before an amount written as one: "R4,385", "N1.2bn"
_MARKED_AMOUNT: Final = re.compile(
    r"(?<![A-Za-z0-9])(?P<marker>[A-Z]{1,3})[ ]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,6}\.[0-9]"
    r"|[0-9]{1,6}(?:\.[0-9]{1,3})?[ ]?(?:bn|billion|million|m|k)\b)")


#: a change by one marked amount to another after a word of change (changes.txt) or of
#: adjusting: "rose by R40 to R440", "will increase by R40 to R440", "was adjusted by R2 to
#: R24" (not "diverted by R511 to R512", "extended by R511 to R512", "travel by R59 to R82":
#: roads)
_MARKED_CHANGE: Final = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(word) for word in lexicon.load().changes
                                if not word.startswith("extend")), key=len, reverse=True))
    + r"|adjust(?:s|ed|ing)?|revis(?:e|es|ed|ing))"
    r"[ ]by[ ](?P<marker>[A-Z]{1,3})[0-9]{1,6}[ ]to[ ](?P=marker)[0-9]{1,6}\b")
#: words beside which "R3 and R3.5" are ratings, no rand: insulation's R-values, an epidemic's
#: R number
_RATING_WORDS: Final = frozenset(["insulation", "insulated", "batts", "reproduction",
                                  "thermal"])
#: an R-value named, or a range rated: "R-values", "rated between R2 and R2.5"
_R_RATING: Final = re.compile(r"\bR[ -]?(?:number|value|rating|rate)s?\b"
                              r"|\brated[ ](?:at[ ]|between[ ]|from[ ])?R[0-9]")


def _written_as_amount(numeral: Numeral) -> bool:
    """A scale, a decimal point or a thousands separator: "6m", "2.7", "21,700", "1 428 000",
    not "5"."""
    return numeral.scale > 1 or any(mark in numeral.text for mark in ".,") \
        or " " in numeral.text.strip()


#: a comparative between an amount and its rate: "£70 more a year", "$5 less per month"
_MORE_BEFORE_RATE: Final = re.compile(r"[ ](?:more|less|extra)(?=[ ](?:a|an|per|each)[ ])",
                                      re.IGNORECASE)


#: verbs of pricing a measure named before them, and "price of", "cost of"
_PRICE_VERBS: Final = lexicon.word_sections("grammar_words.txt")["price_verbs"]
#: words of price, beside which "120 per square foot" is money per area, not a density
_PRICE_WORDS: Final = _PRICE_VERBS | {"rent", "rents", "prices", "paid", "pay", "worth",
                                      "valued", "fetch", "ask", "asking", "goes"}
#: the measures a price may be given for: "a kilo of", "a litre of", "a pint of"
_PRICED_MEASURES: Final = frozenset(["mass", "volume", "length", "area"])
#: how far back a clause may name its measure: "A pint of lager in central London now costs"
_PRICED_REACH: Final = 12


def _priced_measure(sentence: Sentence, pos: int) -> Optional[str]:
    """The unit of the measure that an amount of money prices, named before it in its
    clause: "A kilo of tomatoes costs 3 euros", "The price of a litre of petrol rose 3p to
    145p" (not "Police seized a kilo of cocaine and £5,000 in cash")."""
    priced = False
    before = sentence.before(pos, _PRICED_REACH)
    for index in range(len(before) - 1, 1, -1):
        word = before[index]
        if word.text == "-" and before[index - 1].end == word.start \
                and index + 1 < len(before) and word.end == before[index + 1].start:
            continue  # a hyphen inside a word: "a litre of duty-paid wine"
        if not word.text[0].isalnum() or (priced and word.lower == "and") \
                or word.lower in _CLAUSE_JOINERS:
            return None  # the clause ends; "A gallon of milk and a loaf of bread cost $6",
            # "a bottle costs 90p while a loaf costs £1.40"
        if word.lower in _PRICE_VERBS:
            priced = True
        measure_word = _measure_priced_at(before, index)
        if measure_word is None:
            continue
        unit = _priced_unit(measure_word)
        if unit is None or (unit in _SERVINGS and not _serving_priced(before, index)):
            continue
        opener = before[index - 4:index - 2]
        if priced or (len(opener) == 2 and opener[0].lower in _PRICE_VERBS
                      and opener[1].lower == "of") or _PRICE_FRAME_BEFORE.fullmatch(
                " ".join(w.lower for w in before[max(0, index - 3):index - 1])):
            return unit
    return None


def _measure_priced_at(before: Sequence[Word], index: int) -> Optional[Word]:
    """The measure of "a <measure> of" ending at ``before[index]`` ("of"), or of "(price|tax|
    duty) (of|on) a <measure>" when ``before[index]`` is the measure: "a litre of petrol", "the
    tax on a pint"."""
    word = before[index]
    if word.lower == "of" and before[index - 2].lower in ("a", "an", "one", "per"):
        return before[index - 1]
    following = before[index + 1].lower if index + 1 < len(before) else ""
    if index >= 3 and before[index - 1].lower in ("a", "an") \
            and before[index - 2].lower in ("of", "on") \
            and before[index - 3].lower in _PRICE_FRAMES and word.text.islower() \
            and (following in ("", "of", "has", "have", "is", "was", "will", "in")
                 or following in lexicon.load().changes):
        return word  # (not "the cost of a ton-mile of freight", "of a Cup final ticket")
    return None


def _serving_priced(before: Sequence[Word], index: int) -> bool:
    """A serving ("a bottle of", "a glass of") is what is priced only as the subject that
    opens the sentence or after "the price/cost of", and followed by "of": "A bottle of
    Pétrus costs £4,000", "the price of a glass of wine" (not "Tickets including a glass of
    fizz cost £45", "the cost of a bottle deposit return scheme", "a Cup final ticket")."""
    if before[index].lower != "of":  # the serving itself, after "the price of a"
        return index + 1 < len(before) and before[index + 1].lower == "of" \
            and before[index].text.islower()
    if not before[index - 1].text.islower():
        return False
    article = index - 2
    return article == 0 or (article >= 2 and before[article - 1].lower in ("of", "on")
                            and before[article - 2].lower in _PRICE_FRAMES)


def _counted_singular(noun: Word, sentence: Sentence, number_end: int) -> str:
    """The singular of a counted noun; an acronym in capitals ending in "S" is its own
    singular ("40 HIMARS", "12 ATACMS") unless the whole line is in capitals ("240 MORE
    OFFICERS"); a plural acronym writes its "s" small ("20 SUVs"); a short word hyphened to
    it after the number's end is part of it ("300 e-bikes", "three hat-tricks")."""
    if len(noun.text) > 3 and noun.text.isupper() and noun.text.endswith("S") \
            and not sentence.all_caps:
        return noun.text.lower()
    prefix = _GLUED_PREFIX.search(sentence.text, max(number_end, noun.start - 12), noun.start) \
        if sentence.text[noun.start - 1:noun.start] == "-" else None
    if prefix is not None and parse_number(prefix.group("word").lower()) is None:
        # "300 e-bikes", "three home hat-tricks", "20 by-elections": one hyphened noun
        return prefix.group("word").lower() + "-" + units.singular(noun.text)
    return units.singular(noun.text)


#: a short word glued by a hyphen before a counted noun, which it makes one noun with
_GLUED_PREFIX: Final = re.compile(r"(?<![\w-])(?P<word>[a-z]{1,10}|[A-Z])-\Z")


def _priced_unit(word: Word) -> Optional[str]:
    """The unit of a measure or serving that a price is for: "litre", "pint", "bottle"."""
    measure = units.lookup_after(word.lower)
    if measure is not None and measure.dimension in _PRICED_MEASURES:
        return measure.unit
    singular = units.singular(word.lower)
    return singular if singular in _SERVINGS else None


#: servings and containers that a price may be for, named before it: "A bottle of Pétrus
#: costs £4,000" is £4,000 a bottle, as "£45 a bottle" is
_SERVINGS: Final = frozenset(["bottle", "glass", "can", "keg", "cask", "shot", "mug"])
#: words that open another clause, past which no measure is priced
_CLAUSE_JOINERS: Final = frozenset(["while", "whereas", "but", "although", "though"])
#: nouns of a price before "of/on a <measure>": "the tax on a pint rose 11p"
_PRICE_FRAMES: Final = frozenset(["price", "prices", "cost", "costs", "tax", "duty", "levy"])
_PRICE_FRAME_BEFORE: Final = re.compile(r"(?:price|prices|cost|costs|tax|duty|levy) (?:of|on)")


#: masses that "of thrust" makes forces: "7.6 million pounds of thrust"
_THRUST_UNITS: Final = {"pound": "force_pound", "metric_ton": "force_metric_ton"}
_OF_THRUST: Final = re.compile(r"[ ]of[ ](?:[a-z-]+[ ])?thrust\b", re.IGNORECASE)


#: a spaced capital K that ends a number's phrase: "7 K, or minus 266C"
_SPACED_K: Final = re.compile(r"[ ]K(?![\w'\N{RIGHT SINGLE QUOTATION MARK}+#-])")


#: everyday words of heat and light, which make a "K" kelvin only spaced or as a colour
#: temperature (grammar_words.txt)
_WEAK_KELVIN_CUES: Final = lexicon.word_sections("grammar_words.txt")["weak_kelvin_cues"]
#: the colour temperatures of lights, in kelvin: "2700K", "5,600K"
_COLOUR_TEMPERATURES: Final = (Decimal(1000), Decimal(12000))
#: lights named by their colour temperature: "5,600K daylight", "3200K tungsten"
_LIGHTS: Final = frozenset(["daylight", "tungsten", "light", "white"])


#: words after "5K" that name a difference of heat: "a 5K delta T", "a 5K temperature
#: difference" (not "a 10K rise in visitors", "a 2K drop in footfall": thousands)
_DIFFERENCES_OF_HEAT: Final = frozenset(["delta", "temperature"])
#: a difference of heat named after the number: " delta T", " ΔT", " dT"
_DELTA_T_AFTER: Final = re.compile(r"[ ]?(?:delta[ ]?T|\N{GREEK CAPITAL LETTER DELTA}T|dT)\b",
                                   re.IGNORECASE)


def _kelvin(sentence: Sentence, first: Numeral, last: Numeral) -> Optional[UnitReading]:
    """ "chilled to 1.9K", "2.725 K", "above 300K": a capital K after a number is kelvin in
    a sentence of heat or cold, with no money before it and no noun after it ("$800K",
    "40K subscribers", "a 4K TV" stay thousands); else None."""
    vocabulary = sentence.vocabulary
    weak = vocabulary.isdisjoint(KELVIN_CUES) \
        and not _DELTA_T_AFTER.match(sentence.text, last.end)  # (not "high", "low", which
    # markets use; but "a 5K delta T" is a difference of heat)
    if weak and vocabulary.isdisjoint(_WEAK_KELVIN_CUES):
        return None
    if sentence.unit_before(first.start) is not None:
        return None
    if last.text[-1:] == "K":
        if weak and not _COLOUR_TEMPERATURES[0] <= last.value / last.scale \
                <= _COLOUR_TEMPERATURES[1]:
            return None  # "Liquid staking deposits topped 500K": thousands
        end, factor = last.end, Decimal(1) / last.scale
    else:
        spaced = _SPACED_K.match(sentence.text, last.end)
        if spaced is None:
            return None
        end, factor = spaced.end(), Decimal(1)
    following = sentence.after(end, 1)
    if following and following[0].text.isalpha() \
            and following[0].lower not in lexicon.load().function_words \
            and following[0].lower not in _LIGHTS \
            and following[0].lower not in _DIFFERENCES_OF_HEAT:
        return None  # (but "5,600K daylight": the light the temperature is; "a 5K delta T":
        # a difference of heat)
    if units.match_per_after(sentence.text, end) is not None:
        return None  # "earns 300K a year": thousands of a pay
    return UnitReading("kelvin", "temperature", "K", factor, first.start, end)


#: "pp", "p/p", "p.p." (per person) and "pppn" (per person per night) after money, as
#: holiday and restaurant prices write them
_PER_PERSON: Final = re.compile(r" ?(?:pp|p/p|p\.p\.|pp(?P<period>p[nw]))(?![\w/-])",
                                re.IGNORECASE)
#: the period after "pp": "£75pppn" is per person per night, "£99pppw" per week
_PER_PERSON_PERIODS: Final = {"pn": "night", "pw": "week"}


#: "per" or "for each" before a thing after a period: "a year per child"
_PER_THING: Final = re.compile(r"[ ](?:per|for[ ]each)[ ]", re.IGNORECASE)
#: what may take a period past "of" and its noun: "5 portions of fruit a day", "$80 billion
#: of Treasuries per month", "0.5% of GDP a year"
_RATED_OF: Final = frozenset(["count", "currency", "percent"])
#: a share of one thing, then its period: " of GDP a year", " of volume per year", " of body
#: weight per week", " of its value a year"
_OF_ONE_WORD_RATE: Final = re.compile(
    r"[ ]of[ ](?:body[ ]|its[ ]|their[ ]|total[ ])?[A-Za-z]+[ ](?:a|an|per|each|every)[ ]")
#: words after a period that make it a time, not a rate: "a year ago", "a month earlier"
_TIME_ANCHOR: Final = re.compile(r"[ ](?:ago|earlier|later|before|after|on|into)\b")
#: periods that count in no unit of time: "€30m net per season"
_SEASONS: Final = frozenset(["season", "term", "semester"])
#: a word of pay between an amount and its period: "€12m net per season", "£200,000 gross a
#: week" (only a period may follow it)
_PAY_QUALIFIER: Final = re.compile(r"[ ](?:net|gross|pre-tax|after[ ]tax|before[ ]tax)(?=[ ])")
#: "pcm", "pa", "pw" or "ph" glued to an amount of money: "£650pcm", "£30,000pa", "£12.50ph"
_GLUED_PERIOD: Final = re.compile(r"(?P<abbr>pcm|pm|pw|pa|ph|p\.a\.)(?!\w|\.\w)")


#: the joint of two counts that share one noun: "95 Ukrainian and 95 Russian prisoners"
_GAPPED: Final = re.compile(r" (?:and|or) ")


#: words after "of" that open no substance a count is of: "eight episodes of about an hour"
_NO_SUBSTANCE: Final = lexicon.load().function_words | frozenset(lexicon.load().hedges_before)


def _with_rate(sentence: Sentence, reading: UnitReading) -> UnitReading:
    """Add a rate tail: "$52 a barrel", "4.1m passengers a year", "$1,000 a pill", "£70
    more a year", "Rs 200/- per head" (the South Asian and East African "/-" and "/=" close
    an amount of money)."""
    if sentence.text[reading.end:reading.end + 2] in ("/-", "/="):
        closed = reading._replace(end=reading.end + 2)
        rated = _with_rate(sentence, closed)
        return rated if rated is not closed else reading
    tail = units.match_per_after(sentence.text, reading.end)
    if tail is None and sentence.text[reading.end:reading.end + 2] == "+ " \
            and reading.dimension == "currency":
        tail = units.match_per_after(sentence.text, reading.end + 1)  # "$300+ a month"
        if tail is not None and tail.dimension != "time":
            tail = None
    more = _MORE_BEFORE_RATE.match(sentence.text, reading.end) if tail is None else None
    if more is None and tail is None and reading.dimension == "currency":
        more = _PAY_QUALIFIER.match(sentence.text, reading.end)  # "€12m net per season"
    if more is not None:
        tail = units.match_per_after(sentence.text, more.end())
        if tail is not None and tail.dimension != "time" and tail.unit not in _SEASONS \
                and not sentence.text.startswith(" per ", more.end()):
            tail = None  # a period: "£70 more a year"; or what "per" names: "$1,200 more per
            # student" (not "$5 more a share")
    if tail is None and reading.dimension in _RATED_OF \
            and sentence.text[reading.end:reading.end + 4] == " of " \
            and units.next_word(sentence.text, reading.end + 4) not in _NO_SUBSTANCE:
        tail = units.match_per_after_substance(sentence.text, reading.end)
        if tail is not None and (units.period_adverb(tail)
                                 or (tail.dimension != "time" and not tail.unit[:1].isdigit())
                                 or _TIME_ANCHOR.match(sentence.text, tail.end)):
            tail = None  # "5 portions of fruit and veg a day", "$80 billion of Treasuries per
            # month", "385 items of litter per 100 metres": only a period or a round base
            # (not "90% of GDP a year ago": a time; nor "2.6 serves of vegetables daily": a
            # habit)
    if tail is None and reading.dimension == "currency":
        glued = _GLUED_PERIOD.match(sentence.text, reading.end)
        every = units.rate_abbreviation(glued.group("abbr")) if glued is not None else None
        if glued is not None and every is not None:  # "£650pcm", "£30,000pa", "£400pw"
            unit, dimension = units.compose(reading.unit, every)
            return reading._replace(unit=unit, dimension=dimension, end=glued.end())
        person = _PER_PERSON.match(sentence.text, reading.end)
        if person is not None:  # "£1,299pp", "€2,150 pp", "£75pppn", "£99pppw"
            unit, dimension = units.compose(reading.unit, "person")
            if person.group("period"):
                unit, dimension = units.compose(
                    unit, _PER_PERSON_PERIODS[person.group("period").lower()])
            return reading._replace(unit=unit, dimension=dimension, end=person.end())
        tail = units.match_price_per_thing(sentence.text, reading.end)
        if tail is None:
            measure = _priced_measure(sentence, reading.start)
            if measure is not None:  # "A kilo of tomatoes costs 3 euros": per kilogram
                unit, dimension = units.compose(reading.unit, measure)
                return reading._replace(unit=unit, dimension=dimension)
    if tail is None:
        return reading
    unit, dimension = units.compose(reading.unit, tail.unit)
    period = None
    if tail.dimension != "time":
        period = units.match_per_after(sentence.text, tail.end) \
            or units.match_hyphen_period(sentence.text, tail.end)
    if period is not None and period.factor == 1 and (
            period.dimension == "time" or (period.dimension == "count"
                                           and reading.dimension == "currency"
                                           and _PER_THING.match(sentence.text, tail.end))):
        # "$20 per user per month", "$0.023 per GB per month", "per GB-month": a period
        # after the thing; "£30 per family per night", "£32 per young person per session"
        return reading._replace(unit=f"{unit} / {period.unit}", dimension="rate",
                                end=period.end)
    if tail.dimension == "time" and reading.dimension == "currency":
        thing = units.match_per_after(sentence.text, tail.end)
        if thing is not None and thing.dimension == "count" and thing.factor == 1 \
                and _PER_THING.match(sentence.text, tail.end):
            # "£2,000 a year per child", "£300 a month per person": a thing after the period
            return reading._replace(unit=f"{unit} / {thing.unit}", dimension="rate",
                                    end=thing.end)
    return reading._replace(unit=unit, dimension=dimension, end=tail.end)


#: a restatement in brackets after an amount: "9.8 litres (2.6 gallons)", "C$6 (US$4.46)"
_RESTATED: Final = re.compile(r"[ ]?\([^()]{1,40}\)|\)")


def _rate_beyond_brackets(sentence: Sentence, reading: UnitReading) -> UnitReading:
    """The rate written after a bracketed restatement belongs to the amount before the
    brackets and to the one inside them: "9 billion shekels ($2.4 billion) a year"."""
    if not reading.unit or " / " in reading.unit or reading.dimension == "count":
        return reading
    brackets = _RESTATED.match(sentence.text, reading.end, sentence.span[1])
    if brackets is None or (brackets.group() == ")" and "(" not in sentence.gap(
            max(sentence.span[0], reading.start - 2), reading.start)):
        return reading
    if brackets.group() != ")" and not any(ch.isdigit() for ch in brackets.group()):
        return reading  # "(kg)", "(approx.)": not a restatement
    tail = (units.match_per_after(sentence.text, brackets.end())
            or units.match_per_after_substance(sentence.text, brackets.end()))
    if tail is None:
        return reading
    unit, dimension = units.compose(reading.unit, tail.unit)
    return reading._replace(unit=unit, dimension=dimension)


def _precision(first: Numeral, last: Numeral, factor: Decimal) -> Optional[Decimal]:
    # max() of the two, the first when they tie, without building a list per claim
    step, other = first.precision, last.precision
    if step is None or (other is not None and other > step):
        step = other
    return None if step is None else step * factor


#: races named by their distance: "400m hurdles" is metres, not 400 million hurdles
_EVENT_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["event_nouns"]
#: the people and titles of a race, named by its distance only after "the" or a possessive:
#: "the 100m runners", "Britain's 400m champion"
_EVENT_PEOPLE: Final = lexicon.word_sections("grammar_words.txt")["event_people"]
#: lower-case words of a championship between "the" and a race's distance: "the world 100m
#: champion"
_CHAMPIONSHIP_WORDS: Final = frozenset(["world", "national", "indoor", "european", "olympic",
                                        "commonwealth", "junior", "senior", "masters"])
#: the distances of track races, in metres
_RACE_DISTANCES: Final = frozenset("50 60 100 110 200 400 800 1500 3000 5000 10000".split())
#: how many words after a glued "m" may lead to the plural noun that makes it million
GLUED_MILLION_REACH: Final = 5
#: endings of the adjectives that may stand between "2.7m" and its plural noun
_ADJECTIVE_ENDINGS: Final = ("ed", "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary",
                             "ian", "ese", "ish", "ing", "ly")  # "3.5m paying members"
#: endings of the adjectives that let a glued "m" be millions only of people or an audience:
#: "3.5m paying members", not "6m towering waves"
_PARTICIPLE_ENDINGS: Final = ("ing", "ly")


#: nouns of money after "Nm of": "1.2m of funding" is millions, "2m of snow" metres
_MONEY_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["money_nouns"]
#: a glued "s" that ends a timing: "0.087s behind"
_TIMED_SECONDS: Final = re.compile(r"s(?![\w'\N{RIGHT SINGLE QUOTATION MARK}])")


#: verbs of telling, after which "N times that" opens a clause ("repeated three times that
#: in his view")
_TOLD_VERBS: Final = (frozenset(["warned", "told", "reminded", "informed", "said", "asked",
                                 "advised", "assured", "insisted", "stressed", "repeated",
                                 "stated", "reiterated"])
                      | lexicon.word_sections("not_claims.txt")["saying_verbs"]) \
    - frozenset(["add", "adds", "added"])
#: whom a verb of telling may tell between it and "N times that": "told him three times that"
_TOLD_OBJECTS: Final = frozenset(["him", "her", "them", "us", "me", "you", "it", "was",
                                  "were", "been", "has", "have", "had"])


def _told_before(sentence: Sentence, start: int) -> bool:
    """Whether a verb of telling stands just before "N times that", perhaps past whom it
    tells: "warned three times that in future", "told him three times that" (not "argued
    it costs three times that in Germany", "adds three times that")."""
    before = sentence.before(start, 2)
    return bool(before) and (before[-1].lower in _TOLD_VERBS or (
        len(before) == 2 and before[-1].lower in _TOLD_OBJECTS
        and before[0].lower in _TOLD_VERBS))


def _noun_right_after(sentence: Sentence, number_end: int, value: Decimal) -> bool:
    """Whether the number counts a noun that follows it after a space, at most one word
    between: "from 14 countries", "1,500 charge cycles" (not "Women over 35 face higher
    risks": a verb comes first)."""
    if sentence.text[number_end:number_end + 1] != " ":
        return False
    noun = counted_noun(sentence, number_end, value)
    return noun is not None and sentence.gap(number_end, noun.start).count(" ") <= 2


def _exchange_rate(sentence: Sentence, number_end: int) -> Optional[Tuple[str, int, str]]:
    """ "Rupee hits 83.29 per dollar", "the ruble slid past 100 to the dollar": a bare number
    per a currency, in a sentence that names another one, is that currency's price of it
    ("INR / USD"), with the end and the currency's word (the setting may make it local:
    "pesos" in a text set in Argentina are ARS); else None."""
    quoted = _PER_CURRENCY.match(sentence.text, number_end)
    quote = units.lookup_after(quoted.group("currency").lower()) if quoted else None
    if quoted and quoted.group("quoted") and quoted.group("currency").lower() == "pound":
        quote = units.lookup_after("sterling")  # "44 to the pound": no weight is quoted
    end = quoted.end() if quoted else number_end
    if quoted is not None and (quote is None or quote.dimension != "currency"):
        # a currency named in more words: "3.30 against the Singapore dollar"
        longer = units.match_unit_after(sentence.text, quoted.start("currency"))
        if longer is not None and longer.dimension == "currency" \
                and longer.start == quoted.start("currency"):
            quote, end = units.lookup_after(longer.text.lower()), longer.end
    if quoted is None or quote is None or quote.dimension != "currency":
        return None
    named = [(local, word) for local, word in sentence.currency_words() if local != quote.unit]
    before = [(local, word) for local, word in named if word.end <= number_end]
    if not named:
        return None
    # the nearest currency named before the number: "While the Egyptian pound held steady,
    # the euro rose to 1.09 against the dollar" prices the euro
    local, word = before[-1] if before else named[0]
    return f"{local} / {quote.unit}", end, word.text


def _frequency(sentence: Sentence, number_end: int) -> Optional[Tuple[str, int]]:
    """ "times" and a period after a number: how often, counted per that period
    ("78,000 times a minute" is 78,000 ``count / minute``), with the end; else None."""
    word = _TIMES_WORD.match(sentence.text, number_end)
    per = units.match_per_after(sentence.text, word.end()) if word is not None else None
    if per is None or per.dimension not in ("time", "count") or per.factor != 1:
        return None  # "four times a week", "fouled 3.1 times per game"
    return f"count / {per.unit}", per.end


#: words that end the phrase of a bare "1.3m" and go on with the clause
_CLAUSE_LINKS: Final = frozenset(["from", "to", "in", "on", "last", "this", "a", "an", "after",
                                  "before", "against", "compared", "since", "and", "but",
                                  "while", "at", "by", "for", "up", "down", "with", "across",
                                  "overnight", "during", "among", "over", "as"])


#: what ends an entry of a fact box after its figure: "Population: 67.6m | Area: ..."
_FACT_BOX_BREAKS: Final = frozenset(["|", "\N{MIDDLE DOT}", "\N{BULLET}", ";", "(", "/"])
#: a fact box's label and its colon right before a figure: "Workforce: 32.9", "Visitors: c. 5"
_LABEL_BEFORE: Final = re.compile(
    r"([A-Za-z]+)(?:[ ][0-9]{1,3}(?:[-\N{EN DASH}][0-9]{1,3}|\+))?(?::[ ]?|\.[ ])"
    r"(?:c\.[ ]?|about[ ]|~)?[0-9][0-9.,]*\Z")  # (and "Pop. 223.8m", "Ages 0-4: 3.6m")
#: the label that opens a list of named figures: "Displaced by state: ", "Refugees: "
_LIST_LABEL: Final = re.compile(r"[ ]*([A-Za-z]+)(?:[ ][a-z]+){0,3}:[ ]")


def _counted_label(sentence: Sentence, unit: units.UnitMatch) -> bool:
    """A glued "m" after a label of people or things counted ("Workforce: 32.9m", "Visitors:
    5m", "Deaths: 2,341 \N{MIDDLE DOT} Displaced: 1.1m"), not of a length ("Height: 5m")."""
    label = _LABEL_BEFORE.search(sentence.text, max(sentence.span[0], unit.start - 40),
                                 unit.start)
    if label is None:
        listed = _LIST_LABEL.match(sentence.text, sentence.span[0], unit.start)
        word = listed.group(1).lower() if listed is not None else ""
        if word in _MONEY_OR_COUNT_CUES and sentence.vocabulary.isdisjoint(_LENGTH_CUES):
            return True  # "Sales by year: 2018 - 598m; 2019 - 653m": a list of sums
        return sentence.text[unit.start - 2:unit.start - 1] == "." \
            and sentence.vocabulary.isdisjoint(_LENGTH_CUES) and (
            word in _POPULATION_NOUNS or word in _COUNTED_SUBJECTS
            or word in lexicon.load().not_claims["casualty_words"])  # a list's label of
        # people: "Displaced by state: Khartoum 3.6m, Gezira 0.8m" (not "Jumps: Smith 8.2m")
    word = label.group(1).lower()
    return word not in _LENGTH_CUES and (
        word in _POPULATION_NOUNS or word in _COUNTED_SUBJECTS or has_plural_form(word)
        or word in lexicon.load().not_claims["casualty_words"]
        or word in _MONEY_OR_COUNT_CUES or word in _MONEY_LABELS)  # ("Revenue: 4.5m",
    # "Hammer: 2.3m": a sum in millions, its currency unwritten)


def _whole_in_millions(sentence: Sentence, unit: units.UnitMatch,
                       whole: Sequence[Word]) -> bool:
    """Whether the words after "Nm of" name a whole counted in millions: "35m of its
    devices", "2m of Britons", "5m of the population", "£2m of the budget" (not "within 500m
    of the old town", "the last 300m of the climb", "2m of snow": metres)."""
    before = sentence.before(unit.start, 2)
    if len(before) == 2 and before[0].lower == "within":
        return False  # how near: "within 500m of the shore"
    function_words = lexicon.load().function_words
    determined = False
    grouped = "," in sentence.gap(max(sentence.span[0], unit.start - 4), unit.start)
    for word in whole[:4]:
        lowered = word.lower
        if lowered in function_words:
            if determined:
                return False  # "the climb is on loose scree": a singular head, metres
            continue  # "of its", "of the"
        if word.text[:1].isupper() and grouped:
            continue  # "1,200m of TD climbing" (metres) but "1,200m of EU funds" (millions):
            # a name after thousands of metres decides nothing, the noun after it does
        if lowered in _MONEY_NOUNS or lowered in _POPULATION_NOUNS or lowered in _PEOPLE_NOUNS \
                or (word.text[:1].isupper() and not (determined and _GRADE_MARK.fullmatch(
                    word.text))) \
                or (word.text[:1].isdigit() and not _sized(sentence, word)) \
                or has_plural_form(lowered):
            return True  # (a number: "3m of the 10m users"; but "325m of grade V ice": a
            # letter after the head's first word names its kind; "60m of 10mm chain": the
            # thing's size)
        if not word.text.isalpha():
            return False
        determined = True  # an adjective or the singular head: "the old town", "the climb"
    return False


def _sized(sentence: Sentence, word: Word) -> bool:
    """Whether a number of words ``word`` opens is a size in a physical unit, no "m", of a
    material: the "10mm" of "60m of 10mm chain"."""
    end = word.start
    while end < sentence.span[1] and (sentence.text[end].isdigit() or (
            sentence.text[end] in ".," and sentence.text[end + 1:end + 2].isdigit())):
        end += 1
    size = sentence.unit_after(end)
    if size is None or size.text in ("m", "M") \
            or size.dimension not in ("length", "mass", "volume"):
        return False
    thing = sentence.after(size.end, 2)
    return not any(w.text.isalpha() and has_plural_form(w.lower) for w in thing)
    # (but "sold 5m of its 6.1-inch phones": millions of the things of that size)


def _counts_people(sentence: Sentence, unit: units.UnitMatch) -> bool:
    """Whether the sentence counts people or sales, so that a bare glued "m" ending its
    phrase is a million: a population word, or a counted subject before a decimal."""
    vocabulary = sentence.vocabulary
    if not vocabulary.isdisjoint(_LENGTH_CUES) and not _only_a_verb_drop(sentence):
        return False  # "The backlog grew after the river peaked at 4.6m": a height
    return not vocabulary.isdisjoint(_POPULATION_NOUNS) or _audience_subject(sentence, unit) or (
        sentence.text[unit.start - 2] == "." and not vocabulary.isdisjoint(_COUNTED_SUBJECTS))


#: "drop" as a verb of a falling count after its subject: "Vacancies drop to 0.8m" (not "a
#: drop of 30m", "watched the reservoir drop to 2.5m")
_DROP_VERB: Final = re.compile(r"\b([A-Za-z]+)[ ]drop[ ](?:to|by|below|under)\b")


def _only_a_verb_drop(sentence: Sentence) -> bool:
    """Whether the one word of lengths in the sentence is "drop" as the verb of a counted
    subject ("Vacancies drop to 0.8m"), which says nothing of metres."""
    if sentence.vocabulary & _LENGTH_CUES != {"drop"}:
        return False
    found = _DROP_VERB.search(sentence.text, *sentence.span)
    return found is not None and (found.group(1).lower() in _COUNTED_SUBJECTS
                                  or found.group(1).lower() in _POPULATION_NOUNS)


#: the "f/" of an aperture right before its number ("f/2"; not "1 chef/2 cooks")
_APERTURE_BEFORE: Final = re.compile(r"(?<![A-Za-z])[fF]/\Z")
#: verbs in "-s" after a decimal, which count nothing (grammar_words.txt)
_FIGURE_VERBS: Final = lexicon.word_sections("grammar_words.txt")["figure_verbs"]
#: what follows such a verb: its object or a figure ("leads the league", "ranks 29th")
_OBJECT_AFTER: Final = re.compile(
    r"[ ](?:(?:the|its|their|his|her|all)\b(?![ ](?:first|last|previous|next|following|same|"
    r"opening|second|final|whole|entire)\b)|[0-9$£€])")
#: a force named right after "MN": " of thrust", " thrust", " of force"
_THRUST_AFTER: Final = re.compile(r"[ ](?:of[ ])?(?:thrust|force|tension|load)\b")
#: periods after a glued "m" of people: "4.1m a year"
_YEARLY_PERIODS: Final = frozenset(["year", "month", "week", "day", "annually"])
#: words between a verb and its glued "m": "hit 500m", "fell to 200m", "drew a peak of 9m"
_VERB_TO_AMOUNT: Final = frozenset(["to", "at", "by", "from", "of", "about", "around",
                                    "nearly", "almost", "some", "over", "more", "than", "a",
                                    "an", "the", "peak", "record", "high", "total", "just",
                                    "m", "mn", "bn", "million", "billion", "k",
                                    "thousand"])
#: auxiliaries and adverbs between a subject and its verb: "accounts have fallen"
_AUXILIARIES: Final = frozenset(["has", "have", "had", "was", "were", "is", "are", "been",
                                 "now", "also", "already", "just", "each", "will", "would"])


#: programmes, whose audience a glued "m" with a decimal counts (grammar_words.txt)
_PROGRAMME_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["programme_nouns"]


#: words that take a part of a whole counted before: "including 115m", "of which 40m"
_PART_OPENERS: Final = frozenset(["including", "incl", "which", "whom", "them"])
#: an amount in millions with a plural noun after it: "200m monthly viewers", "3.2 million
#: homes"
_MILLIONS_OF: Final = re.compile(
    r"[0-9](?:m|mn|[ ]million)[ ](?:[a-z]+[ ]){0,2}(?P<noun>[a-z]{3,}s)\b")


#: verbs whose object after a glued "m" is things or people by the million: "shipped 20m"
_SELLING_VERBS: Final = frozenset(["shipped", "sold", "sells", "ships", "downloaded",
                                   "installed", "vaccinated", "evacuated", "employs",
                                   "recruited", "registered", "enrolled", "subscribed"])


def _sold_before(sentence: Sentence, unit: units.UnitMatch) -> bool:
    """Whether a verb of selling or counting people governs the glued "m", perhaps across a
    hedge: "has shipped over 20m", "vaccinated 1.2m"."""
    before = [w for w in sentence.before(unit.start, 6) if w.end <= unit.start]
    while before and (before[-1].text[:1].isdigit() or before[-1].text in ".,"
                      or before[-1].lower in _VERB_TO_AMOUNT
                      or (before[-1].lower,) in hedges_before()):
        before.pop()
    return bool(before) and before[-1].lower in _SELLING_VERBS


def _part_of_millions(sentence: Sentence, unit: units.UnitMatch) -> bool:
    """Whether a glued "m" after "including" or "of which" is a part of an amount in
    millions of people or things named earlier in the sentence: "200m monthly viewers
    globally, including 115m in the US" (not "a 400m track, including 100m of straights")."""
    before = [w for w in sentence.before(unit.start, 6) if w.end <= unit.start]
    while before and (before[-1].text[:1].isdigit() or before[-1].text in ".,"
                      or before[-1].lower in ("some", "about", "around", "nearly")):
        before.pop()  # the number itself, and a hedge before it
    if not before or before[-1].lower not in _PART_OPENERS:
        return False
    whole = None
    for whole in _MILLIONS_OF.finditer(sentence.text, sentence.span[0], unit.start):
        pass
    return whole is not None and units.singular(whole.group("noun")) not in _LONG_THINGS \
        and units.lookup_after(whole.group("noun")) is None


def _audience_subject(sentence: Sentence, unit: units.UnitMatch) -> bool:
    """ "Monthly active users hit 500m", "Active accounts fell to 200m", "The bulletin
    averaged 3.1m": a noun of an audience ([audience_nouns]) is the subject of the verb
    that governs the glued "m" (not "Crew members said the swell reached 8m")."""
    before = [w for w in sentence.before(unit.start, 16) if w.end <= unit.start]
    while before and (before[-1].text[:1].isdigit() or before[-1].text in ".,"
                      or before[-1].lower in _VERB_TO_AMOUNT):
        before.pop()
    if not before or not before[-1].text.isalpha() or not before[-1].text.islower():
        return False
    before.pop()  # the verb
    while before and (before[-1].lower in _AUXILIARIES or before[-1].lower.endswith("ly")):
        before.pop()
    if len(before) > 1 and before[-1].lower == "base":
        before.pop()  # "Its subscriber base grew by 9.3m"
    if before and before[-1].lower in _PROGRAMME_NOUNS:
        # "The drama drew 4.2m", not "The drama unfolded 40m from the finish": a
        # programme's audience is told in millions with a decimal
        return sentence.text[unit.start - 2:unit.start - 1] == "."
    return bool(before) and before[-1].lower in _AUDIENCE_NOUNS


#: verbs of paying before a number that make a glued "m" millions (grammar_words.txt)
_PAYING_VERBS: Final = lexicon.word_sections("grammar_words.txt")["pound_money_cues"]


def _paid_before(sentence: Sentence, end: int, through_for: bool = False) -> bool:
    """Whether a verb of paying stands right before the number that ends at ``end``, or
    with ``through_for`` a verb of paying and "for" ("sold for")."""
    words = list(reversed(sentence.before(end, 6)))
    for index, word in enumerate(words):
        if word.text.isalpha():
            if through_for:
                return word.lower == "for" and index + 1 < len(words) \
                    and words[index + 1].lower in _PAYING_VERBS
            return word.lower in _PAYING_VERBS
        if not (word.text.isdigit() or word.text in (".", ",")):
            return False
    return False


#: what a phone or broadband deal's length in months describes: "a 24m contract"
_CONTRACT_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["contract_nouns"]
#: the longest contract, in months, that a glued "m" counts
_LONGEST_CONTRACT: Final = 60


def _months_of_a_contract(sentence: Sentence, number: Numeral, unit: units.UnitMatch) -> bool:
    """ "£20 a month on a 24m contract", "Sim-only, 12m plan": a glued "m" after a whole
    number of months before a word of contracts, in a sentence about monthly bills, is
    months, not metres (nor millions: "signed a 12m contract")."""
    if unit.start != number.end or number.scale != 1 or not number.text.isdigit() \
            or not 0 < number.value <= _LONGEST_CONTRACT:
        return False
    following = sentence.after(unit.end, 1)
    return bool(following) and following[0].lower in _CONTRACT_NOUNS \
        and sentence.gap(unit.end, following[0].start) in (" ", "-") \
        and not sentence.vocabulary.isdisjoint(_MONTHLY_WORDS)


#: words of monthly bills, without which "a 12m contract" may be twelve million (a player's)
_MONTHLY_WORDS: Final = lexicon.word_sections("grammar_words.txt")["monthly_words"]


#: comparatives between a glued "m" and the plural it counts: "1.4m more people"
_MORE_WORDS: Final = frozenset(["more", "fewer", "less", "extra", "additional"])
#: people without a job after a glued "m": "9.4m out of work", "1.2m out of a job"
_OUT_OF_WORK: Final = re.compile(r"[ ]out[ ]of[ ](?:work|a[ ]job|jobs|employment)\b")
#: people facing a hardship or in need after a glued "m": "25.6m facing hunger", "25m need
#: aid", "2m face famine", "3m without power" (not "a 2.5m wall facing the sea")
_FACING_HARDSHIP: Final = re.compile(
    r"[ ](?:facing|face|faces|at[ ]risk[ ]of|need|needs|needing|lack|lacks|lacking"
    r"|without|in[ ]need[ ]of|go|going)[ ]"
    r"(?:acute[ ]|severe[ ]|extreme[ ]|urgent[ ]|emergency[ ]|food[ ]|humanitarian[ ])?"
    r"(?:hunger|hungry|famine|starvation|eviction|homelessness|poverty|destitution"
    r"|food[ ]insecurity|drought|aid|help|assistance|water|shelter|food|power|electricity)\b")
#: nouns of sums of money right after a glued "m", which make it millions: "a 150m bid" (not
#: "a 24m contract", which runs for months)
_SUMS_OF_MONEY: Final = frozenset(["bid", "bids", "fee", "fees", "deal", "deals", "package",
                                   "payout", "bonus", "loan", "loans", "budget", "takeover",
                                   "valuation", "windfall", "investment", "donation",
                                   "salary", "profit", "debt", "funding"])
#: words of accounts and counts, beside which "1,472.3m" is millions
_MONEY_OR_COUNT_CUES: Final = frozenset(["revenue", "revenues", "sales", "profit", "profits",
                                         "income", "turnover", "earnings", "ebitda", "costs",
                                         "cost", "spending", "debt", "loss", "losses", "cash",
                                         "assets", "budget", "users", "customers",
                                         "subscribers", "shares", "funding", "deficit"])
#: nouns of sums of money, beside which a decimal's glued "m" is millions
_SUM_NOUNS: Final = _MONEY_OR_COUNT_CUES | frozenset(["budget", "budgets", "funding", "grant",
                                                      "grants", "fund", "investment"])
#: the noun of a sum right after it: "4.5m in funding"
_SUM_AFTER: Final = re.compile(r"[ ](?:in|of)[ ](?:new[ ])?(?:funding|grants?|investment)\b")


#: what may follow such a sum: the end, a comma or a clause's next words ("in funding",
#: "this year", "a year")
_SUM_ENDS: Final = re.compile(r"\s*(?:[,;.)]|\Z|[ ](?:in|this|last|a|per|for|from|to)\b)")
#: what follows millions grouped in thousands: "of" a whole, or a plural or a currency's
#: name ("1,200m of EU funds", "1,250m shares", "3,300m euros")
_WHOLE_OR_MONEY_NEXT: Final = re.compile(
    r"[ ](?:of[ ]|(?:" + lexicon.alternation("grammar_words.txt", "noun_modifiers") + r"[ ])?"
    r"[a-z]+s\b(?![ ](?:the|a|an|its|their|his|her|this|that|our)\b)"
    r"|yen\b|yuan\b|won\b)")  # ("2,400m new shares"; not "3,330m provides the": a verb)


def _money_word_next(sentence: Sentence, end: int) -> bool:
    """Whether a currency's name follows: "3,300m euros", "1,400m yen"."""
    entry = units.lookup_after(units.next_word(sentence.text, end + 1))
    return entry is not None and entry.dimension == "currency"


#: a datum of heights right after a glued "m": " AOD", " asl", " AMSL"
_HEIGHT_DATUM_AFTER: Final = re.compile(r"[ ](?:AOD|ASL|asl|AMSL|amsl|MSL|AGL|agl)\b")
#: a sign of money anywhere in a sentence
_MONEY_SIGN: Final = re.compile(MONEY_SIGN_CLASS)
#: a hyphenated plural, or a hyphenated modifier and a plural, right after a glued "m": "
#: check-ups", " eye-tests", " buy-to-let landlords", " first-time savers"
_HYPHENED_PLURAL_AFTER: Final = re.compile(
    r"[ ](?:[a-z]+-[a-z]{2,}s\b|(?:[a-z]+-){1,3}[a-z]+[ ](?P<people>[a-z]{2,}(?<!s)s)\b)")
#: a track race's distance right before its "m", and what the race won or set after it
_TRACK_DISTANCE: Final = re.compile(
    r"(?<![0-9,.])(?:100|200|400|800|1500|1,500|3000|3,000|5000|5,000|10000|10,000)\Z")
_RACE_RESULT_AFTER: Final = re.compile(
    r"[ ](?:won|wins|win|gold|silver|bronze|title|final|heat|record|personal[ ]best|PB)\b"
    r"(?!['\N{RIGHT SINGLE QUOTATION MARK}])")
#: a preposition of place right before a number grouped in thousands: "At 3,000", "Above
#: 2,500" (a height, whatever plural follows; but "stood at 3,300m euros" is money)
_AT_A_HEIGHT: Final = re.compile(
    r"\b(?:[Aa]t|[Aa]bove|[Bb]elow|[Bb]eyond|[Nn]ear)[ ][0-9]{1,3}(?:,[0-9]{3})+\Z")
#: digits grouped in thousands with no decimal right before a glued "m": "3,330"
_GROUPED_WHOLE_BEFORE: Final = re.compile(r"(?<![\w.,])[0-9]{1,3}(?:,[0-9]{3})+\Z")
#: a grade's letter or Roman numeral after the head's first word: "grade V", "grade IV"
_GRADE_MARK: Final = re.compile(r"[A-Z]|[IVX]{1,4}")
#: labels of sums of money in listings and auction results: "Hammer: 2.3m"
_MONEY_LABELS: Final = frozenset(["hammer", "estimate", "gross", "grosses", "price", "value",
                                  "valuation", "fee", "prize", "purse", "pot", "jackpot"])
#: digits grouped in thousands with a decimal right before a glued "m": "1,472.3"
_GROUPED_DECIMAL_BEFORE: Final = re.compile(r"(?<![\w.,])[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+\Z")


#: the next item of a list of glued m's, up to its "m": ", 40", " and 28"
_LISTED_M_NEXT: Final = re.compile(r",?[ ](?:and[ ]|or[ ])?[0-9]+(?:\.[0-9]+)?(?=[mM]\b)")
#: an earlier item of such a list right before a number: "5m, " before the "10" of "5m, 10m
#: and 20m customers"
_LISTED_M_BEFORE: Final = re.compile(r"[0-9][mM],[ ][0-9]+(?:\.[0-9]+)?\Z")
#: how many items of such a list are followed
_LIST_HOPS: Final = 4


def _glued_million(sentence: Sentence, unit: Optional[units.UnitMatch], hops: int = 0) -> bool:
    """ "4.1m passengers", "35m of its devices", "2m Britons": a glued m before a plural
    noun, perhaps after its modifiers, means million, and so does each of a short list
    before one ("79m, 40m and 28m passengers"); "a 2.4m wall" stays metres."""
    if unit is None or unit.text not in ("m", "M"):
        return False
    if sentence.gap(unit.start - 1, unit.start).isspace():
        return False
    if sentence.text[unit.end:unit.end + 1] == "+":
        return _glued_million(sentence, unit._replace(end=unit.end + 1), hops)  # "10m+ devices"
    listed = _LISTED_M_NEXT.match(sentence.text, unit.end) if hops < _LIST_HOPS else None
    if listed is not None and (hops or (listed.group().startswith(",")
                                        and not listed.group().startswith((", and", ", or")))
                               or _LISTED_M_BEFORE.search(sentence.text, max(
                                   sentence.span[0], unit.start - 24), unit.start)):
        # a list of three or more, its first two apart by a comma (not "Waves reached 8m,
        # and 1.2m households lost power": a new clause; "83m and 43m passengers" shares
        # its noun as a pair)
        return _glued_million(sentence, unit._replace(start=listed.end(), end=listed.end() + 1),
                              hops + 1)
    if _HEIGHT_DATUM_AFTER.match(sentence.text, unit.end):
        return False  # "36.4m AOD", "1,344m asl": a height above a datum
    if _TRACK_DISTANCE.search(sentence.text, max(sentence.span[0], unit.start - 7), unit.start) \
            and _RACE_RESULT_AFTER.match(sentence.text, unit.end) \
            and sentence.vocabulary.isdisjoint(_MONEY_OR_COUNT_CUES):
        return False  # "Her 10,000m won gold", "His 5000m won the title": a race on the track
    plural = _HYPHENED_PLURAL_AFTER.match(sentence.text, unit.end)
    if plural is not None and (plural.group("people") is None
                               or plural.group("people") in _PEOPLE_NOUNS
                               or units.singular(plural.group("people")) in _PERSONS) \
            and sentence.vocabulary.isdisjoint(_LENGTH_CUES) \
            and not _MONEY_SIGN.search(sentence.text, *sentence.span):
        return True  # "Dentists did 1.2m check-ups", "3.4m eye-tests", "2.3m buy-to-let
        # landlords": millions of them (but "The fee is €60m + 10m add-ons": money, the
        # sentence's own; "3m steel-reinforced beams": metres of things, not people)
    if _GROUPED_WHOLE_BEFORE.search(sentence.text, max(sentence.span[0], unit.start - 16),
                                    unit.start) \
            and (not _WHOLE_OR_MONEY_NEXT.match(sentence.text, unit.end)
                 or (_AT_A_HEIGHT.search(sentence.text, max(sentence.span[0], unit.start - 24),
                                         unit.start)
                     and not _money_word_next(sentence, unit.end))):
        return False  # "The col at 3,330m provides", "At 3,000m temperatures drop": a
        # height; millions grouped in thousands are of a whole or a plural ("1,200m of EU
        # funds", "1,250m shares")
    if _GROUPED_DECIMAL_BEFORE.search(sentence.text, max(sentence.span[0], unit.start - 16),
                                      unit.start) \
            and not sentence.vocabulary.isdisjoint(_MONEY_OR_COUNT_CUES) \
            and sentence.vocabulary.isdisjoint(_LENGTH_CUES):
        return True  # "Revenue was 1,472.3m": a figure of money grouped in thousands and
        # written to a decimal place is no length in metres (but "The tower is 1,250.5m tall")
    if "." in sentence.gap(max(sentence.span[0], unit.start - 4), unit.start) \
            and not sentence.vocabulary.isdisjoint(_SUM_NOUNS) \
            and sentence.vocabulary.isdisjoint(_LENGTH_CUES) \
            and _SUM_ENDS.match(sentence.text, unit.end) \
            and (_SUM_AFTER.match(sentence.text, unit.end)
                 or word_in_clause_before(sentence, unit.start - 1, _SUM_NOUNS, 5)):
        return True  # "The budget is 12.5m this year", "They secured 4.5m in funding": a sum
        # in millions, its currency unwritten, its noun in the number's clause (but "The
        # wall stands 3.1m tall", "The grant paid for a footbridge spanning 4.5m")
    if sentence.text[unit.end:unit.end + 1] == "-":
        hyphened = units.match_unit_after(sentence.text, unit.end + 1)
        return hyphened is not None and hyphened.start == unit.end + 1 \
            and hyphened.dimension != "length"  # "a 1.2m-litre distillery", "a 1.5m-barrel-a-day
        # refinery": millions of the unit after the hyphen (but "a 5m-long wall", "2m-metre")
    if "." in sentence.gap(max(sentence.span[0], unit.start - 4), unit.start) \
            and _paid_before(sentence, unit.start):
        return True  # "She earned 4.9m in prize money", "The club paid 4.9m for him"
    if _paid_before(sentence, unit.start, through_for=True) \
            and not sentence.text.startswith(" of ", unit.end):
        return True  # "The house sold for 2m": a price, in millions (not "paid for 3m of
        # fencing", the length bought)
    following = sentence.after(unit.end, GLUED_MILLION_REACH)
    if not following or sentence.gap(unit.end, following[0].start) != " " \
            or following[0].text in _FACT_BOX_BREAKS:
        # "Population of England and Wales tops 60m.": the clause counts people; so does
        # a fact box's label ("Population: 67.6m | Area: 242,495 km²", "Workforce: 32.9m (2024)")
        return (not following or not following[0].text.isalnum()) \
            and (_counts_people(sentence, unit) or _counted_label(sentence, unit))
    if following[0].lower in _CLAUSE_LINKS and (
            _counts_people(sentence, unit) if sentence.text[unit.start - 2] == "."
            else _audience_subject(sentence, unit)
            and sentence.vocabulary.isdisjoint(_LENGTH_CUES)):
        # "Unemployment fell to 1.3m from 1.5m", "subscribers hit 2.3m in May" (a whole
        # number stays metres: "patients walked 400m in the test")
        return True
    if following[0].lower == "times":
        return True  # "viewed 12m times": how often, in millions
    if _part_of_millions(sentence, unit):
        return True  # "200m monthly viewers, including 115m in the US": a part of them
    if _sold_before(sentence, unit) and sentence.vocabulary.isdisjoint(_LENGTH_CUES) \
            and following[0].lower != "of" \
            and (following[0].lower in _CLAUSE_LINKS or not following[0].text.isalpha()):
        return True  # "The Quest 2 has shipped over 20m since 2020": units sold
    if following[0].lower in _MORE_WORDS and len(following) > 1 \
            and following[1].text.islower() and has_plural_form(following[1].lower) \
            and not units.is_unit_word(following[1].lower):
        return True  # "1.4m more people", "2m fewer visitors": millions of them
    if _OUT_OF_WORK.match(sentence.text, unit.end) \
            or _FACING_HARDSHIP.match(sentence.text, unit.end):
        return True  # "Record 9.4m out of work", "25.6m facing hunger": people, in millions
    if following[0].lower in ("are", "were") and sentence.text[unit.start - 2] == "." \
            and _counts_people(sentence, unit):
        return True  # "Almost 2.8m are now economically inactive": people, in millions
    if following[0].lower in ("are", "were") and len(following) > 1 \
            and following[1].lower in lexicon.load().not_claims["casualty_words"]:
        return True  # "About 11m are displaced": people in a state of harm, in millions
    if following[0].lower in _SUMS_OF_MONEY \
            and sentence.text[following[0].end:following[0].end + 1] != "-":
        return True  # "a 150m bid", "a 2m fee", "a 3m contract": a sum of money, in millions
    casualty = following[1] if len(following) > 1 and following[0].lower.endswith("ly") \
        and (len(following) == 2 or not following[2].text.isalpha()) \
        else following[0]  # "11.5m internally displaced." (not "a 2.5m vertically displaced
    # block")
    if casualty.lower in lexicon.load().not_claims["casualty_words"]:
        return True  # "1.5m homeless", "2m displaced": people, in millions
    if following[0].lower in ("a", "an", "per", "each", "every") and len(following) > 1 \
            and following[1].lower in _YEARLY_PERIODS and _counts_people(sentence, unit):
        return True  # "Ridership hits 4.1m a year after opening": people, in millions
    function_words = lexicon.load().function_words
    if following[0].lower in function_words:
        if following[0].lower != "of":
            return False  # "1m is equal to 10 dm"
        # "35m of its devices", "2m of Britons", but "2m of snow", "1,400m of elevation gain"
        return _whole_in_millions(sentence, unit, following[1:])
    if following[0].lower in _EVENT_NOUNS:
        return False  # "the 400m hurdles": a race over metres
    if following[0].lower in _EVENT_PEOPLE:
        # "The 100m runners", "Britain's 400m champion": a race's runners, after "the" or a
        # possessive and a race's distance; "9m runners" are nine million
        before = list(sentence.before(unit.start, 5))
        number = before.pop().text if before else ""
        while before and (before[-1].text[:1].isupper() or before[-1].text.isdigit()
                          or before[-1].lower in _CHAMPIONSHIP_WORDS) \
                and before[-1].lower != "the" and not before[-1].text.endswith(
                    POSSESSIVE_ENDINGS):
            before.pop()  # "the 1960 Olympic 100m champion", "the world 400m title"
        return not (before and number in _RACE_DISTANCES
                    and (before[-1].lower == "the"
                         or before[-1].text.endswith(POSSESSIVE_ENDINGS)))
    measure = sentence.unit_after(unit.end)
    if (measure is not None and measure.dimension != "count") \
            or (len(following[0].text) > 1 and following[0].text.isupper()
                and sentence.vocabulary.isdisjoint(_LENGTH_CUES)):
        return True  # "1.5m sq ft", "9m b/d", "47.3m TEU": millions of a unit or a thing
        # (but "a 9.5m RIB", "8.45m LOA": a boat's length)
    participle = False  # whether an adjective in -ing or -ly came first: "3.5m paying"
    for index, word in enumerate(following):
        lowered = word.lower
        if lowered in ("and", "or"):
            continue
        if not word.text.isalpha() or lowered in function_words:
            return False  # "2.35m in the high jump", "a 37m (121ft)-long skeleton"
        if index == 0 and lowered in _THIRD_PERSON_VERBS \
                and any(w.lower in _LENGTH_CUES for w in sentence.before(unit.start, 6)):
            return False  # "A width restriction of 2.1m applies": a verb, after a word of
            # lengths (not "The 2.1m remains unpaid on the lane works")
        if has_plural_form(lowered) or (index == 0 and word.text.islower()
                                        and units.is_unit_word(lowered)):
            # "4.1m passengers", "2.7m combined digital and physical sales" (but "a 3m
            # standing stone" and "6m towering waves" stay metres; "3.5m paying members")
            if _one_thing_after(sentence, unit.start, following, index) \
                    or lowered in _HIGH_THINGS:
                return False  # "a 30m telecoms mast", "a 3m bus shelter": one thing's size;
                # "8,000m peaks", "300m skyscrapers": their height
            return not participle or lowered in _PEOPLE_NOUNS \
                or sentence.text[unit.start - 2] == "."  # "1.5m flowering bulbs"
        participle = participle or lowered.endswith(_PARTICIPLE_ENDINGS)
        if not (word.text[:1].isupper() or lowered in NOUN_MODIFIERS
                or lowered.endswith(_ADJECTIVE_ENDINGS)
                or _noun_modifier(sentence, following, index)):
            return False  # "a 3m tall statue", "the 50m freestyle heats"
    return False


#: plurals of things a glued "m" gives the height of: "8,000m peaks" (grammar_words.txt)
_HIGH_THINGS: Final = lexicon.word_sections("grammar_words.txt")["high_things"]
#: verbs in "-s" that look like plurals (grammar_words.txt)
_THIRD_PERSON_VERBS: Final = lexicon.word_sections("grammar_words.txt")["s_verbs"]


def _noun_modifier(sentence: Sentence, following: Sequence[Word], index: int) -> bool:
    """A noun in the singular that modifies the plural noun right after it: the
    "customer" of "5.4m customer accounts", "prepayment" of "1.4m prepayment meters" (not
    the "tall" of "a 3m tall statue", nor in a sentence that speaks of lengths: "3m
    concrete walls")."""
    word = following[index]
    if index + 1 >= len(following) or not word.text.islower() \
            or word.lower in MEASURE_ADJECTIVES or word.lower in _BUILDING_MATERIALS \
            or word.lower in _EVENT_NOUNS or f"{word.lower}s" in _EVENT_NOUNS:
        return False  # (nor "5m steel poles", a length of a thing built; "400m hurdle
        # finalists", a race)
    head = following[index + 1]
    return head.text.isalpha() and head.text.islower() and has_plural_form(head.lower) \
        and not has_plural_form(word.lower) \
        and units.singular(head.lower) not in _LONG_THINGS \
        and (sentence.vocabulary - {head.lower}).isdisjoint(_LENGTH_CUES)
    # (the head itself may look like a cue: "1.4m prepayment meters" are devices)


def _one_thing_after(sentence: Sentence, start: int, following: Sequence[Word],
                     index: int) -> bool:
    """Whether "a" stands before the number, a word that only looks plural after it and a
    singular noun after that, or nothing: "a 30m telecoms mast", "a 15m telecommunications
    mast", "a 3m bus shelter", "a 25m radius" (one thing, metres high or wide; but "a 1m
    homes target" counts homes)."""
    article = sentence.before(start, 2)
    if len(article) < 2 or article[0].lower not in ("a", "an") \
            or not following[index].lower.endswith(_NO_PLURAL_ENDINGS):
        return False
    if index + 1 >= len(following) or not following[index + 1].text.isalnum():
        return following[index].lower not in _MONEY_NOUNS  # "within a 25m radius": a
        # singular in "-us" ends the phrase (but "a 2m bonus", "a 3m surplus" are money)
    noun = following[index + 1]
    return noun.text.isalpha() and noun.text.islower() and not has_plural_form(noun.lower) \
        and noun.lower not in lexicon.load().function_words


#: endings of nouns that look plural and are not: "bus", "grass", "telecoms", "electronics"
_NO_PLURAL_ENDINGS: Final = ("us", "ss", "oms", "ics", "ations")
_DIGIT: Final = re.compile("[0-9]")
#: what stands between the two sides of a size: "1.2m x 2.4m panels"
SIZE_SIGNS: Final = TIMES_SIGNS | frozenset(["by"])


def _sized_by_count(sentence: Sentence, start: int) -> bool:
    """Whether the number at ``start`` sizes each of the things a count before it counts
    ("two 227m towers", "250 50m pylons"), or is a side of a size ("1.2m x 2.4m panels"):
    its glued "m" is then metres, whatever noun follows."""
    before = sentence.before(start, 2)
    if not before or before[-1].end + 1 != start or sentence.text[before[-1].end] != " ":
        return False
    word = before[-1]
    if word.text in SIZE_SIGNS:  # "1.2m x 2.4m panels", "8 x 400m intervals"
        return len(before) == 2 and sentence.text[before[0].end:word.start] == " " \
            and (before[0].text in ("m", "M") or before[0].text[-1:].isdigit())
    return (word.text.isdigit() or word.text.isalpha()) and parse_number(word.text) is not None


#: endings of abstract nouns, whose number set off after them is no age ("Turnout, at 61,")
_ABSTRACT_ENDINGS: Final = ("ment", "tion", "sion", "ness", "out", "rate", "ship")
#: plural subjects that measure a level, whose number after "at" is no age ("Shares, at 17,")
_LEVEL_SUBJECTS: Final = lexicon.word_sections("grammar_words.txt")["level_subjects"]
#: words of devices and data beside which "gigs" anywhere are gigabytes: "My SSD is 512 gigs"
_DEVICE_WORDS: Final = frozenset(["ram", "ssd", "vram", "hdd", "disk", "phone", "laptop",
                                  "update", "download", "iphone", "data", "gb", "tb"])
#: "gigs" and the words of memory and storage right after which they are gigabytes
_GIGS: Final = frozenset(["gig", "gigs"])
_STORAGE_AFTER: Final = re.compile(
    r"[ ](?:of[ ])?(?:RAM|ram|memory|storage|data|VRAM|vram|DDR[45]|SSD|ssd|disk|space)\b")
#: what may set off an age after a name besides a comma: a dash or a colon ("Jordan Fell, 22
#: - jailed", "Ann Cole, 61: fined")
_AGE_SET_OFF_AFTER: Final = re.compile(r"[ ]?[\N{EN DASH}\N{EM DASH}:]|[ ]-[ ]")


def _age_apposition(numeral: Numeral, sentence: Sentence) -> bool:
    """ "Senard, 65, now faces", "The actress, 29, won": a bare number set off by commas
    after a name or a noun of a person is an age; so is one after "who is" or "turns" that
    ends its clause ("The singer, who is 47, retired", "The resident turns 100 today"),
    spelled too ("when she was four")."""
    if numeral.scale != 1 or not 1 <= numeral.value < 120 \
            or not (numeral.text.isdigit() or (numeral.spelled and numeral.value > 1 and (
                _when_clause(sentence, numeral) or _TURNED_OR_WHO.search(
                    sentence.text, max(sentence.span[0], numeral.start - 12), numeral.start)))):
        return False
    before = sentence.before(numeral.start, 3)
    if bracketed_age(numeral, sentence):
        return True  # "Kelly Marsh (31) was jailed": a court list's age after a name
    if len(before) == 3 and before[-1].lower == "at" and before[-2].text == "," \
            and before[0].text.istitle() and before[0].text.isalpha() \
            and before[0].lower not in _LEVEL_SUBJECTS \
            and not before[0].lower.endswith(_ABSTRACT_ENDINGS) \
            and sentence.text[numeral.end:numeral.end + 1] == "," and numeral.value < 120:
        return True  # "Becker, at 17, won Wimbledon": an age set off after a name
    if len(before) == 3 and before[-1].lower == "of" and before[-2].lower in _YOUTH_NOUNS \
            and before[0].lower == "a" and numeral.value < 20:
        return True  # "A boy of 14 was arrested": a young person's age
    if len(before) == 3 and before[-1].lower in _AGE_ADVERBS and before[-2].lower in _COPULAS:
        before = before[:2]  # "She was just 13 when the abuse began"
    if len(before) == 3 and before[-1].lower in ("now", "then") and before[-2].text == "," \
            and (before[0].text[:1].isupper() or _a_person(before[0].lower)):
        before = before[:2]  # "Pacquiao, now 45, has not fought" (not "The death toll, now
        # 45,"): the age set off as before
    before = before[-2:]
    person = len(before) == 2 and (
        (before[-2].text[:1].isupper() and before[-2].lower not in _QUANTIFIERS)
        or _a_person(before[-2].lower))  # (not "Most, 42, were"; but "Will, 42,")
    if len(before) == 2 and before[-1].text == "," and not numeral.spelled \
            and (person or (_ADULT_AGES[0] <= numeral.value <= _ADULT_AGES[1]
                            and _role_noun(before[-2]))) \
            and (sentence.gap(numeral.end, numeral.end + 1) == ","
                 or (person and _last_and_only_number(sentence, numeral))
                 or (person and _AGE_SET_OFF_AFTER.match(sentence.text, numeral.end))) \
            and not _LIST_GOES_ON.match(sentence.text, numeral.end):
        return True  # (not "model, 15, 20 and 25 kW": a list)
    if not before or not (ends_clause(sentence, numeral.end, _TIME_AFTER_AGE)
                          or _AT_THE_TIME.match(sentence.text, numeral.end)) \
            or not sentence.vocabulary.isdisjoint(_NO_AGE_WORDS):
        return False  # ("He was 45 at lunch", "who was 12 at the time in the ATP rankings")
    return (before[-1].lower in _TURNING and not (
        len(before) == 2 and (before[-2].lower in _TURN_PLACES or (
            before[-2].lower == "to" and _TRACK_TO.search(
                sentence.text, max(sentence.span[0], before[-2].start - 12),
                before[-2].start))))) or (
        before[-1].lower.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'") in _SELF_IS
        and not _RANK_AFTER.match(sentence.text, numeral.end)
        and not _WEIGHT_THEN_NOW.search(
            sentence.text, max(sentence.span[0], numeral.start - _WEIGHT_REACH),
            numeral.start)) or (
        len(before) == 2 and (before[-2].lower in ("who", "she", "he")
                              or _person_named(sentence, before[-2])
                              or (_named_subject(sentence, before[-2])
                                  and _WHEN_AFTER.match(sentence.text, numeral.end))
                              or (before[-2].lower == "i"
                                  and not _RANK_AFTER.match(sentence.text, numeral.end)))
        and before[-1].lower in ("is", "was", "am"))  # "The poet was 67 when she won", "I'm
    # 19", "when I was four"


#: a table's label and a colon before the name: "Rebounds: Davis, 14.", "Goals this season:
#: Haaland, 27." (not a participle's: "Died: Margaret Hale, 84.")
_STAT_LINE: Final = re.compile(r"(?<!ed):[ ]")
#: what may close a sentence after an apposed age: "survived by his mother, 96."
_SENTENCE_CLOSE: Final = re.compile(r"[.;!)]?[ ]*\Z")


def _last_and_only_number(sentence: Sentence, numeral: Numeral) -> bool:
    """Whether the number ends its sentence and no digit stands before it: the age in "He
    is survived by his mother, 96." (not the points of "Arsenal have 71, Spurs, 68.")."""
    start, end = sentence.span
    return _SENTENCE_CLOSE.match(sentence.text[numeral.end:end]) is not None \
        and not any(ch.isdigit() for ch in sentence.text[start:numeral.start]) \
        and _STAT_LINE.search(sentence.text, start, numeral.start) is None
    # (nor a box score's line: "Rebounds: Davis, 14."; but "Died: Margaret Hale, 84.")


def _when_clause(sentence: Sentence, numeral: Numeral) -> bool:
    """A spelled age in a clause of time: "when she was four", "He was four when his father
    died", "since he was seven" (not "by half-time he was three": a score)."""
    following = sentence.after(numeral.end, 1)
    if following and following[0].lower in _WHEN_WORDS:
        return True
    before = sentence.before(numeral.start, 3)
    return len(before) == 3 and before[0].lower in _WHEN_WORDS


#: "turns" or "who is" right before a spelled age: "turns three next week", "who is eighty"
_TURNED_OR_WHO: Final = re.compile(r"\b(?:turns|turned|turning|who[ ](?:is|was))[ ]\Z",
                                   re.IGNORECASE)
#: words that open a clause of time around a spelled age
_WHEN_WORDS: Final = frozenset(["when", "since", "until", "till", "while", "before", "after"])


#: "when he" or "when she" after a number after "was": "Alexander was 32 when he died" (not
#: "Turnout was 48 when polls closed")
_WHEN_AFTER: Final = re.compile(r"[ ]when[ ](?:he|she)\b")


def _named_subject(sentence: Sentence, name: Word) -> bool:
    """A capitalised name that opens its sentence, or a second capitalised word of one:
    "Alexander was 32 when", "Queen Victoria was 18 when"."""
    if not name.text.istitle() or not name.text.isalpha() \
            or name.lower in lexicon.load().function_words:
        return False
    opener = sentence.before(name.start, 1)
    return not opener or (opener[0].text.istitle() and opener[0].start == sentence.span[0])


def _person_named(sentence: Sentence, noun: Word) -> bool:
    """A noun of a person after a determiner: "The poet", "My father" (not "per patient")."""
    determiner = sentence.before(noun.start, 1)
    return (noun.lower in _PERSON_NOUNS or noun.lower in _PETS) and bool(determiner) \
        and determiner[0].lower in ("the", "my", "his", "her", "their", "our", "a", "an")


#: a number after the comma: the first of a list, not an age ("15, 20 and 25 kW")
_LIST_GOES_ON: Final = re.compile(r",[ ]?[0-9]")
#: the ages an apposed number after any noun of a role may be: "The senator, 71, said"
_ADULT_AGES: Final = (18, 110)


def _a_person(word: str) -> bool:
    """Whether a noun, singular or plural, names people: "judge", "burglars", "survivors"."""
    noun = units.singular(word)
    return noun in _PERSON_NOUNS or (noun.endswith(_PERSON_ENDINGS) and noun not in _THING_NOUNS)


#: endings of nouns of people by what they do: "burglar", "survivor", "cyclist"
_PERSON_ENDINGS: Final = ("er", "or", "ar", "ist", "ian")
#: nouns with those endings that name things: "the counter, now 45"
_THING_NOUNS: Final = frozenset(["number", "counter", "meter", "total", "figure", "register",
                                 "indicator", "barometer", "order", "water", "letter",
                                 "chapter", "quarter", "calendar", "bar", "dollar", "radar",
                                 "sector", "factor", "tower", "power", "river", "paper",
                                 "list", "shortlist", "longlist", "watchlist", "blacklist",
                                 "checklist", "playlist", "waitlist", "roster", "cluster",
                                 "border", "cellar", "corridor", "sensor"])


def _role_noun(word: Word) -> bool:
    """A lower-case singular noun that may name a person by their role: "senator", "chief
    executive" (not a unit, a function word or a plural)."""
    lowered = word.lower
    return word.text.isalpha() and word.text.islower() and not lowered.endswith("s") \
        and lowered not in lexicon.load().function_words and not units.is_unit_word(lowered)


#: words of time that may follow an age ending its clause: "turns 100 today", "He was 27
#: when he took command", "My son is 4 and already reads"
_TIME_AFTER_AGE: Final = frozenset(["today", "tomorrow", "this", "next", "last", "on", "in",
                                    "when", "and"])
#: a whole number with no "of" after it: "younger than 40" (not "3.8", "3 of her 4")
_WHOLE_NOT_OF: Final = re.compile(r"[0-9]+(?![.,]?[0-9])(?![ ]of\b)")
#: a time an age is told at: "He was 19 at the time", "by the time he was released"
_AT_THE_TIME: Final = re.compile(r"[ ](?:at[ ](?:the[ ]time|that[ ]point)|by[ ](?:the[ ]time|then))"
                                 r"\b")
#: words of rankings and cricket, where "was 12 at the time" or "was 45 at lunch" is no age
_NO_AGE_WORDS: Final = frozenset(["rankings", "ranked", "ranking", "lunch", "tea", "stumps",
                                  "crease", "innings", "drinks"])
#: young people whose age "a ... of" gives: "A boy of 14 was arrested"
_YOUTH_NOUNS: Final = frozenset(["boy", "girl", "child", "youngster", "teenager", "lad", "youth"])
#: the forms of "be" an age may follow, with an adverb between
_COPULAS: Final = frozenset(["is", "was", "am"])
#: verbs of reaching an age: "The twins turn 10 tomorrow"
_TURNING: Final = frozenset(["turn", "turns", "turned", "turning"])
#: words before "turn" that make it a bend of a track: "into turn 1", "at turn 4"
_TURN_PLACES: Final = frozenset(["into", "at", "through", "the", "a", "on", "out", "of",
                                 "from", "before", "after", "exiting", "entering"])
#: "in" or "on" after such a number: a rank ("He's 3 in the world rankings", "She's 4 on my
#: list", "He's 15 in this week's standings"; but "She's 4 in this photo", "I was 40 on my
#: last birthday", "He's 18 in this season's squad")
_RANK_AFTER: Final = re.compile(
    r"[ ](?:in|on)[ ](?:the|line|a[ ]list|(?:my|your|our)[ ](?:list|top|ranking)"
    r"|this[ ](?:week|month|year|season)['\N{RIGHT SINGLE QUOTATION MARK}]s[ ]"
    r"(?:[A-Za-z]+[ ]){0,2}(?:standings|rankings?|table|list|poll|chart)"
    r"|[A-Z]\w+['\N{RIGHT SINGLE QUOTATION MARK}]s)\b")
#: a noun of a track before "to turn": "the approach to turn 10" (not "about to turn 5")
_TRACK_TO: Final = re.compile(r"\b(?:approach|run|entry|way|braking)[ ]\Z", re.IGNORECASE)
#: a pronoun and "is" in one word, before an age that ends its clause: "I'm 19 and broke"
_SELF_IS: Final = frozenset(["i'm", "he's", "she's", "im"])
#: a weight, then "now" right before "I'm": "I was 98 kilos; now I'm 84" (the weight now, no
#: age)
_WEIGHT_THEN_NOW: Final = re.compile(
    r"[0-9][ ]?(?:kg|kilos?|lbs?|pounds|st|stone)\b[^.!?]{0,30}\bnow[ ](?:I'm|I\N{RIGHT SINGLE "
    r"QUOTATION MARK}m|I[ ]am|he's|she's|im)[ ]\Z", re.IGNORECASE)
_WEIGHT_REACH: Final = 60
#: quantifiers that open a sentence before a number set off by commas, which no age follows
_QUANTIFIERS: Final = frozenset(["most", "many", "some", "all", "none", "both", "several",
                                 "few", "each", "these", "those", "such", "half"])


#: modals before "be" and an age bound: "must be 18 or over", "should be 65+"
_AGE_MODALS: Final = frozenset(["must", "should", "to", "will", "shall"])
#: a bound of age right after a number: "18 or over", "18+", "21 and older"
_AGE_BOUND_AFTER: Final = re.compile(
    r"[0-9]{1,3}(?:\+|[ ](?:or|and)[ ](?:over|older|above))(?![\w-])")


def after_age_word(sentence: Sentence, start: int) -> bool:
    """ "aged 30", "ages 18 to 34", "at the age of 87", "the median age of patients was 47",
    "people over 50": a bare number after "age", or bounding a group of people, is years."""
    if sentence.text[start:start + 16].lower().startswith(("between the age", "between age")):
        return True  # a range opened by "between the ages of 18 and 40", "between ages 2"
    before = sentence.before(start, 2)
    if not before:
        return False
    aged = "aged" in sentence.vocabulary
    if aged and _AGED_LIST_WITH_UNIT.match(sentence.text, start):
        return False  # "aged 28, 35 and 45 days": the list has a unit of its own
    if before[-1].lower in ("aged", "age", "ages") or (
            len(before) == 2 and before[0].lower == "aged" and before[1].lower in _AGE_ADVERBS):
        return True  # "aged 30", "aged just 25"
    if len(before) == 2 and before[1].lower == "be" and before[0].lower in _AGE_MODALS \
            and _AGE_BOUND_AFTER.match(sentence.text, start) \
            and not sentence.vocabulary.isdisjoint(_PEOPLE_TO_AGE):
        return True  # "Guests must be 18 or over", "must be 18+ with a valid licence"
    if before[-1].lower in _AGE_REACHED_LAST and _age_reached(sentence, start):
        return True  # "Mozart died at 35", "She lived to 104", "At 23, she was"
    if before[-1].lower in ("was", "is") and not sentence.vocabulary.isdisjoint(_DEATH_WORDS) \
            and _age_of_the_dead(sentence, before, start):
        return True  # "Ms. Varga was 58 when she died", "Smith, who founded the firm, was 73"
    if before[-1].lower in ("was", "is") and _after_a_person_clause(sentence, before, start):
        return True  # "The rapper, whose real name is Aubrey Graham, is 37"
    if aged and (_word_before_bound(sentence, start) == "aged"
                 or _listed_after_aged(sentence, start)):
        return True  # "aged over 65", "aged 15, 16 and 17"
    if len(before) == 2 and before[-1].lower == "of" and before[-2].lower in ("age", "ages"):
        return True
    if len(before) == 2 and before[-1].lower == "than" \
            and before[-2].lower in ("younger", "older") \
            and _WHOLE_NOT_OF.match(sentence.text, start):
        return True  # "Patients younger than 40": only an age is younger (not "versions
        # older than 3.8", "older than 3 of her 4 siblings")
    if len(before) == 2 and before[-1].lower in _LINK_ADVERBS and before[0].lower in _AGE_LINKS:
        before = before[:1]  # "The mean age of participants is now 58.3"
    elif before[-1].lower not in _AGE_LINKS and not sentence.vocabulary.isdisjoint(_AGE_SUBJECTS):
        before = _before_hedge(sentence, start) or before  # "Life expectancy is around 73"
    if before[-1].lower in _AGE_LINKS and not sentence.vocabulary.isdisjoint(_AGE_SUBJECTS) \
            and (before[-1].lower != "by" or (len(before) == 2
                                              and before[0].lower in lexicon.load().changes)) \
            and _age_subject(sentence, before[-1].start):
        return True  # ("by" only after a change: "Life expectancy rose by 0.3", not "Age
        # checks were adopted by 40 websites")
    if before[-1].lower in _AGE_BOUNDS and _people_by_age(sentence, before[-1], start):
        return True  # "Mothers under 20", "victims over 60"
    if sentence.vocabulary.isdisjoint(_AGE_GROUPS):
        return False  # the common case: no group of people named, no bound to look for
    return _word_before_bound(sentence, start) in _AGE_GROUPS \
        and _WHOLE_AGE.match(sentence.text, start) is not None  # "people over 50",
    # "children under five" (not "every driver over 0.08")


#: what may follow an age: no digit or decimal, nor "times" ("over 3 times more likely",
#: "Ponies under 14.2" hands)
_AGE_ENDS: Final = re.compile(r"(?![0-9]|[.,][0-9]|[ ]times\b)")
#: a whole number or a word, no decimal, where an age would start
_WHOLE_AGE: Final = re.compile(r"(?:[0-9]{1,3}|[a-z]+)(?![.,]?[0-9])", re.IGNORECASE)


def _people_by_age(sentence: Sentence, bound: Word, start: int) -> bool:
    """A plural noun of a person ([person_nouns]), perhaps with "were" or "are", before
    "over" or "under" and a plain number that may be an age: "Mothers under 20", "victims
    over 60", "the victims were over 75"."""
    noun = sentence.before(bound.start, 1)
    if noun and noun[0].lower.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'") in _PERSON_BEING:
        return _whole_age_at(sentence, start)  # "I'm over 60", "if you are under 19"
    if noun and noun[0].lower in ("is", "was", "are", "were") \
            and sentence.before(noun[0].start, 1) \
            and sentence.before(noun[0].start, 1)[0].lower in ("you", "he", "she"):
        return _whole_age_at(sentence, start)
    if noun and noun[0].lower in ("all", "both"):
        noun = sentence.before(noun[0].start, 1)  # "the victims were all under 30"
    if noun and noun[0].lower in ("were", "are"):
        noun = sentence.before(noun[0].start, 1)  # "Most of the victims were over 75"
        owner = sentence.before(noun[0].start, 2) if noun else ()
        if owner and owner[-1].lower == "the" and len(owner) == 2 \
                and owner[0].lower in _PLACE_PREPOSITIONS:
            if not _a_person_plural(noun[0].lower):
                noun = sentence.before(owner[0].start, 1)  # "Most of the victims in the
                # crash were under 20": the people before the place
            else:
                return False  # "Scores from the judges were all under 6": the people are
                # not the subject
    if noun and noun[0].lower.endswith("ed") and noun[0].text.islower():
        doers = sentence.before(noun[0].start, 1)  # "of those arrested were under 25"
        noun = doers if doers and (doers[0].lower == "those" or is_plural_word(
            doers[0].lower)) else noun
    if not noun or not noun[0].text.isalpha():
        return False
    singular = units.singular(noun[0].lower)
    age = _NUMBER_END.match(sentence.text, start, sentence.span[1])
    return (_a_person_plural(noun[0].lower)
            or (singular != noun[0].lower and singular in _PETS)) \
        and age is not None \
        and 0 < int(age.group()) <= _OLDEST \
        and _AGE_ENDS.match(sentence.text, age.end()) is not None


def _a_person_plural(word: str) -> bool:
    """Whether a lower-case word is a plural noun of people: "judges", "children"."""
    singular = units.singular(word)
    return word in _PEOPLE_WORDS or (singular != word and _a_person(word))


#: prepositions whose object is not the subject of what follows: "Readings from the sensors"
_PLACE_PREPOSITIONS: Final = frozenset(["from", "at", "by", "with", "for", "on", "in", "near"])
#: words of a group of people that are plural without a plural form: "staff", "those"
_PEOPLE_WORDS: Final = frozenset(["staff", "those", "people", "children", "men", "women"])


#: a person and a form of "be" in one word: "I'm over 60", "you're under 19"
_PERSON_BEING: Final = frozenset(["i'm", "you're", "he's", "she's"])


def _whole_age_at(sentence: Sentence, start: int) -> bool:
    """Whether a whole number a person may be old starts at ``start``, nothing glued after."""
    age = _NUMBER_END.match(sentence.text, start, sentence.span[1])
    return age is not None and 0 < int(age.group()) <= _OLDEST \
        and _AGE_ENDS.match(sentence.text, age.end()) is not None


#: adverbs between "aged" and the age: "aged just 25"
_AGE_ADVERBS: Final = frozenset(["just", "only", "barely", "still", "then", "nearly", "almost",
                                 "now"])
#: verbs of the events of a life, after which "at" and a bare number give an age
_LIFE_EVENT_VERBS: Final = lexicon.word_sections("grammar_words.txt")["life_event_verbs"]
#: "lived to", "lived to be", "lived until" right before the number
_LIVED_TO: Final = re.compile(r"\bliv(?:e|es|ed|ing)[ ](?:to(?:[ ]be)?|until)[ ]"
                              r"(?:(?:about|around|nearly|almost|over|roughly)[ ])?\Z",
                              re.IGNORECASE)
#: "left school at" right before the number: "He left school at 15"
_LEFT_SCHOOL: Final = re.compile(r"\bleft[ ](?:school|home)[ ]at[ ]\Z", re.IGNORECASE)
#: the words that may end what comes before such an age
_AGE_REACHED_LAST: Final = frozenset(["at", "to", "be", "until", "about", "around", "nearly",
                                      "almost", "over", "roughly"])
#: a personal pronoun and a verb of a life after "At 23,": "At 23, she was the youngest",
#: "At 19, he became" (not "At 10, he walked into the room": a time)
_PRONOUN_AFTER: Final = re.compile(
    r",[ ](?:she|he)[ ](?:was|became|had|is|won|joined|left|married|moved|wrote|started"
    r"|began|took|signed|made|lost|published)\b")
#: a name and a verb of a life after "At 41,": "At 41, Anderson became the oldest" (past
#: the hours of a clock only: "At 10, Smith walked in" is a time)
_NAME_AFTER: Final = re.compile(
    r",[ ][A-Z][\w'-]+(?:[ ][A-Z][\w'-]+)?[ ](?:became|won|joined|left|married"
    r"|moved|wrote|started|began|took|signed|made|published|retired|(?P<state>was|is)"
    r"(?P<life>[ ](?:the|still|already|elected|named|appointed|sworn|crowned|awarded"
    r"|famous|widowed|married|retired))?)\b")
_HOURS_ON_A_CLOCK: Final = 12
#: how many words back from "at" a verb of a life's event may stand: "died at home at 88"
_LIFE_EVENT_REACH: Final = 4
#: how far back "died" may stand past a date: "died on Dec. 18, 2022, at 88"
_DATED_REACH: Final = 10
#: the words of a death, beside which "was 73" is an age
_DEATH_WORDS: Final = frozenset(["died", "dies", "death", "obituary", "funeral", "survived",
                                 "passed"])
#: a relative clause set off by commas after a name: "Smith, who founded the firm"
_WHO_CLAUSE_BEFORE: Final = re.compile(r"[A-Z][\w.'-]*,[ ]who[ ][^,]{1,80}\Z")


def _age_ending_its_clause(sentence: Sentence, start: int) -> bool:
    """A whole number under 120 at `start` that ends its clause: "was 58 when", "is 37."."""
    number_end = _NUMBER_END.match(sentence.text, start, sentence.span[1])
    return number_end is not None and 0 < int(number_end.group()) < 120 \
        and ends_clause(sentence, number_end.end(), _AFTER_AN_AGE)


def _age_of_the_dead(sentence: Sentence, before: Sequence[Word], start: int) -> bool:
    """A whole number after a name or a clause and "was" that ends its clause, in a sentence
    about a death: "Ms. Varga was 58 when she died", "Smith, who founded the firm, was 73."
    (not "The death toll was 73")."""
    if not _age_ending_its_clause(sentence, start):
        return False
    subject = sentence.before(before[-1].start, 1)
    if subject and subject[0].text == ",":
        return _WHO_CLAUSE_BEFORE.search(sentence.text, sentence.span[0],
                                         subject[0].start) is not None  # "Smith, who founded
        # the firm, was 73" (not "The death toll, officials said, was 73")
    return bool(subject) and subject[0].text[:1].isupper() and subject[0].text.isalpha() \
        and subject[0].lower not in lexicon.load().function_words


#: a person's relative clause set off by commas, right before "is" or "was": "The rapper,
#: whose real name is Aubrey Graham,", "The singer, who has sold 50 million records,"
_PERSON_CLAUSE_BEFORE: Final = re.compile(
    r"\b(?P<noun>\w+),[ ](?:who(?:se)?|born)[ ][^,]{1,80},\Z")  # ("The rapper, born in 1995,")


def _after_a_person_clause(sentence: Sentence, before: Sequence[Word], start: int) -> bool:
    """A whole number under 120 ending its clause after a person's relative clause and "is"
    or "was": "The rapper, whose real name is Aubrey Graham, is 37" (a name or a noun of a
    person opens it; not "The firm, which was founded in Leeds, is 37")."""
    if not _age_ending_its_clause(sentence, start):
        return False
    clause = _PERSON_CLAUSE_BEFORE.search(
        sentence.text, max(sentence.span[0], before[-1].start - 100), before[-1].start - 1)
    if clause is None:
        return False
    noun = clause.group("noun")
    return noun[:1].isupper() or noun.lower() in _PERSON_NOUNS


def _age_reached(sentence: Sentence, start: int) -> bool:
    """A bare number after "lived to", after "at" and a verb of a life's event ("Mozart
    died at 35", "married at 18"), or opening a sentence "At 23," before a pronoun, is an
    age (not "The index closed at 31", "The fleet sailed at 10")."""
    if _LIVED_TO.search(sentence.text, max(sentence.span[0], start - 16), start) \
            or _LEFT_SCHOOL.search(sentence.text, max(sentence.span[0], start - 20), start):
        return True  # "lived to 104", "left school at 15"
    at = sentence.before(start, 1)
    if not at or at[0].lower != "at":
        return False
    number_end = _NUMBER_END.match(sentence.text, start, sentence.span[1])
    if number_end is None or not ends_clause(sentence, number_end.end(), _AFTER_AN_AGE) \
            or int(number_end.group()) >= 120 \
            or _TIME_OF_DAY_AFTER.match(sentence.text, number_end.end()):
        return False  # "died at 3 in the morning", "executed at 8 on a Tuesday": a time
    if at[0].start == sentence.span[0]:
        age = int(number_end.group())
        name = _NAME_AFTER.match(sentence.text, number_end.end()) \
            if age > _HOURS_ON_A_CLOCK else None
        return _PRONOUN_AFTER.match(sentence.text, number_end.end()) is not None or (
            name is not None and (not name.group("state") or name.group("life") is not None))
    if _DEATH_PHRASE_BEFORE.search(sentence.text, max(sentence.span[0], at[0].start - 20),
                                   at[0].start):
        return True  # "passed away at 102", "Singer dead at 87", "went blind at 40"
    if sentence.text[at[0].start - 2:at[0].start] == ", " and _dated_death(sentence, at[0]):
        return True  # "He died on Dec. 18, 2022, at 88": a date may stand between
    window = sentence.before(at[0].start, _LIFE_EVENT_REACH)
    verbs = {w.lower for w in window}
    opener = sentence.words[0] if sentence.words else None
    if opener is None or int(number_end.group()) <= _HOURS_ON_A_CLOCK:
        return not _LIFE_EVENT_VERBS.isdisjoint(verbs)
    return not _LIFE_EVENT_VERBS.isdisjoint(verbs) or (
        not _LIFE_STEP_VERBS.isdisjoint(verbs)
        and not (opener.lower.endswith("s") and opener.lower not in _PERSONAL_PRONOUNS)
        and (opener.lower in _PERSONAL_PRONOUNS
             or (opener.text[:1].isupper() and opener.lower not in
                 lexicon.load().function_words))) or (
        not _PERSONAL_STEP_VERBS.isdisjoint(verbs)
        and (opener.lower in _PERSONAL_PRONOUNS or _owned_step(sentence, window)))


def _owned_step(sentence: Sentence, window: Sequence[Word]) -> bool:
    """Whether a person's possessive follows the last step of a life in ``window``: "She won
    her first major at 21", "Austen published her first novel at 19" (not "Labour won the
    seat", "Shares in his firm, which he founded, closed at 42")."""
    steps = [w for w in window if w.lower in _PERSONAL_STEP_VERBS]
    following = sentence.after(steps[-1].end, 1) if steps else []
    return bool(following) and following[0].lower in _PERSONAL_POSSESSIVES


def _dated_death(sentence: Sentence, at: Word) -> bool:
    """ "died on Dec. 18, 2022, at 88": a verb of death, then a date with digits, then ", at"."""
    words = sentence.before(at.start, _DATED_REACH)
    verbs = [index for index, word in enumerate(words) if word.lower in _DEATH_VERBS]
    return bool(verbs) and any(word.text[:1].isdigit() for word in words[verbs[-1]:])


#: a death's phrase right before "at": "passed away at", "dead at" (not "the number of dead
#: at 52", "dead level at 62", "the line went dead at 11"), "went blind at"
_DEATH_PHRASE_BEFORE: Final = re.compile(
    r"(?:\bpassed[ ]away|\b(?:went|gone|going)[ ](?:blind|deaf)"
    r"|(?<!\bof[ ])(?<!\bthe[ ])(?<!\bwent[ ])\bdead)[ ]\Z", re.IGNORECASE)
#: the verbs of a death, which may stand before a date and then the age
_DEATH_VERBS: Final = frozenset(["died", "dies", "passed"])


#: verbs of a step in a life, an age's cue only after a person and past the hours of a
#: clock (grammar_words.txt)
_LIFE_STEP_VERBS: Final = lexicon.word_sections("grammar_words.txt")["life_step_verbs"]
#: verbs of a step in a life that firms take too, an age's cue only beside a person's
#: pronoun: "She won her first major at 21" (not "Labour won the seat at 45")
_PERSONAL_STEP_VERBS: Final = lexicon.word_sections("grammar_words.txt")["personal_step_verbs"]
#: a person's possessives, which make the sentence's subject a person
_PERSONAL_POSSESSIVES: Final = frozenset(["his", "her", "their"])
#: pronouns of a person opening a sentence
_PERSONAL_PRONOUNS: Final = frozenset(["he", "she", "i", "we", "they"])
#: a time of day after the number: "at 3 in the morning", "at 8 on a Tuesday", "at 6pm"
_TIME_OF_DAY_AFTER: Final = re.compile(
    r"(?:[ ]in[ ]the[ ](?:morning|afternoon|evening|night)|[ ]on[ ](?:a|the)?[ ]?(?:\w+[ ])?"
    r"(?:morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)|[ ]?[ap]\.?m\b|[ ]o'clock|[ ]?:[0-9])", re.IGNORECASE)
#: the digits of the age, then what may follow it: "died at 35 in Vienna"
_NUMBER_END: Final = re.compile(r"[0-9]{1,3}")
_AFTER_AN_AGE: Final = frozenset(["in", "on", "after", "and", "when", "from", "of", "while"])


def _word_before_bound(sentence: Sentence, start: int) -> str:
    """The lower-cased word before the bound that ends at ``start`` ("aged" in "aged over
    65", "people" in "people over 50"); "" with no bound or no word before it."""
    bound = longest_phrase_before(sentence, start, hedges_before())
    word = sentence.before(bound[0].start, 1) if bound else ()
    return word[0].lower if word else ""


#: a list of numbers that ends in a unit of time: "28, 35 and 45 days", "6, 12 and 24 months"
_AGED_LIST_WITH_UNIT: Final = re.compile(
    r"[0-9]+(?:\.[0-9]+)?(?:[ ]?,[ ]?[0-9]+(?:\.[0-9]+)?){0,8}(?:,?[ ](?:and|or|to)[ ][0-9]+"
    r"(?:\.[0-9]+)?)?[ ](?:days?|weeks?|months?|years?|hours?)\b"
    r"(?![ ](?:after|before|ago|later|earlier)\b)", re.IGNORECASE)


def _listed_after_aged(sentence: Sentence, start: int) -> bool:
    """Whether the number at ``start`` is listed after one that "aged" opens: "aged 15, 16
    and 17"."""
    return any(opener.lower == "aged"
               for opener, _, _ in list_openers(sentence, start, _AGE_LIST_JOINERS))


#: what joins the ages of a list: "aged 15, 16 and 17"
_AGE_LIST_JOINERS: Final = frozenset([",", "and", "or"])


#: nouns whose number a bare glued "m" at a clause's end gives in millions ("Population
#: tops 60m", "Subscribers rose to 9.5m.")
_POPULATION_NOUNS = lexicon.word_sections("grammar_words.txt")["population_nouns"]
_AUDIENCE_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["audience_nouns"] \
    | _POPULATION_NOUNS
#: nouns of people and audiences that a glued "m" after an -ing adjective may count
_PEOPLE_NOUNS: Final = _AUDIENCE_NOUNS | lexicon.word_sections("grammar_words.txt")[
    "age_groups"] | lexicon.word_sections("grammar_words.txt")["counted_subjects"]
_COUNTED_SUBJECTS: Final = lexicon.word_sections("grammar_words.txt")["counted_subjects"]
#: nouns of people in the singular: "landlord", "saver"
_PERSONS: Final = lexicon.word_sections("grammar_words.txt")["person_nouns"]
#: words of heights, depths and distances that keep a bare glued "m" in metres
_LENGTH_CUES: Final = lexicon.word_sections("grammar_words.txt")["length_cues"]
#: things whose length a glued "m" before them gives, whatever modifies them: "6m scaffold
#: poles", "12m bridge beams", "30m wind blades" (grammar_words.txt)
_LONG_THINGS: Final = lexicon.word_sections("grammar_words.txt")["long_things"]
#: materials of things built, sized in metres before their noun: "5m steel poles"
_BUILDING_MATERIALS: Final = lexicon.word_sections("grammar_words.txt")["building_materials"]
#: nouns of people whose number set off by commas is an age: "The actress, 29, won"
_PERSON_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["person_nouns"]
#: people whom a rule of age names: "Guests must be 18 or over" (not "The rate must be 5 or
#: above")
_PEOPLE_TO_AGE: Final = _PERSON_NOUNS | frozenset(noun + "s" for noun in _PERSON_NOUNS) \
    | frozenset(["you", "guests", "visitors", "applicants", "candidates", "children", "kids",
                 "people", "adults", "participants", "entrants", "riders", "hiring", "staff",
                 "volunteers", "everyone"])
#: animals whose age is told as a person's: "Our dog is 11", "cats over 10"
_PETS: Final = lexicon.word_sections("grammar_words.txt")["pet_nouns"]
#: people named by a bound on their age: "people over 50", "children under five"
_AGE_GROUPS = lexicon.word_sections("grammar_words.txt")["age_groups"]
#: the oldest age a bound after a plural noun of a person names: "Mothers under 20"
_OLDEST = 120
#: the bounds that name people by age after such a noun
_AGE_BOUNDS = frozenset(["over", "under", "above", "below"])
#: what links an age named before to its number: "the median age of patients was 47",
#: "Average age: 42"
_AGE_LINKS = frozenset("was is were are to at of by reached hit from :".split())
#: adverbs that may stand between such a link and the age: "is now 30.9"
_LINK_ADVERBS: Final = frozenset(["now", "still", "currently", "just", "already"])
#: the words of a clause about an age or a span of life: "the median age of", "Life
#: expectancy at birth"
_AGE_SUBJECTS = frozenset(["age", "ages", "expectancy"])
#: words after "age" that make it a class of rates, not the subject of an age: "the 25-34 age
#: group", "age-standardised rates" (the hyphen is read apart)
_AGE_CLASSES = frozenset("group groups band bands bracket brackets range ranges category "
                         "categories structure profile -".split())
#: a bound right before the number of an age class: "the over 65 age group"
_BOUND_BEFORE_AGE: Final = re.compile(r"\b(?:over|under|aged)[ ]\Z", re.IGNORECASE)
#: words of a rate in a clause whose "age" names a class: "the age-standardised mortality
#: rate was"
_RATE_WORDS: Final = frozenset(["rate", "rates", "mortality", "incidence", "prevalence",
                                "standardised", "standardized", "adjusted", "specific"])
#: determiners and prepositions before a bound that make a plural class of ages one class:
#: "the over 65 age groups", "cases in under 5 age groups"
_CLASS_DETERMINERS: Final = frozenset("the their its our these those all both in among across "
                                      "within for".split())
#: "age" and a word of a class of ages after a number: "the 25-34 age group"
_AGE_CLASS_AFTER: Final = re.compile(
    r"[ ]age[ ](?:group|band|bracket|range|category|cohort)s?\b", re.IGNORECASE)
#: a rate's denominator after a number: "98.1 per 1,000", "45 per 100k", "12/100,000"
_PER_NUMBER: Final = re.compile(r"[ ]?(?:per[ ]|/)(?:[0-9]|(?:hundred|thousand|million)\b)",
                                re.IGNORECASE)
#: how many words back the word "age" may stand, in the number's clause
_AGE_REACH = 14
#: words that open another subject or clause between "age" and the number
_NEW_SUBJECTS: Final = frozenset(["number", "share", "proportion", "percentage"])


def _before_hedge(sentence: Sentence, start: int) -> Tuple[Word, ...]:
    """The two words before a hedge or bound that ends right before ``start``, past an
    adverb such as "now" ("rose by" of "rose by about", "is" of "is now over"), or none
    when no hedge ends there."""
    words = sentence.before(start, 5)
    hedges = lexicon.load().hedges_before
    for size in (1, 2, 3):
        if len(words) > size and tuple(w.lower for w in words[-size:]) in hedges:
            kept = words[:-size]
            if kept[-1].lower in _LINK_ADVERBS and len(kept) > 1:
                kept = kept[:-1]
            return kept[-2:]
    return ()


#: what makes a number after people a rate of them, not their age: "Students 20-30 per class"
_PER_AFTER: Final = re.compile(r"[ ]?(?:/|(?:per|a|an|each|every)\b)", re.IGNORECASE)
#: what joins the two ends of a range of ages: "6-12", "18 to 64"
_AGE_RANGE_GAP: Final = re.compile(r"[ ]?[-\N{EN DASH}][ ]?|[ ]to[ ]")


#: units named after people whose names name engines, coils and firms more often than they
#: measure ("9 Rutherford engines", "two Tesla coils"; but "60 Watt bulbs" are watts)
_NAMES_OF_UNITS: Final = frozenset(["rutherford", "rutherfords", "curie", "curies", "tesla",
                                    "teslas", "newton", "newtons", "henry", "henries", "gray",
                                    "grays", "siemens", "weber", "webers", "gauss", "maxwell",
                                    "maxwells", "darcy", "debye", "oersted"])


def _named_unit_before_noun(sentence: Sentence, unit: units.UnitMatch) -> bool:
    """Whether a unit named after a person is written as the name, before a plural noun in
    lower case: "9 Rutherford engines", "two Tesla coils" (not "10 Newtons of force")."""
    text = unit.text
    if not (text.isalpha() and text.istitle() and text.lower() in _NAMES_OF_UNITS):
        return False
    following = sentence.after(unit.end, 1)
    if following and following[0].text.istitle() and following[0].text.isalpha() \
            and sentence.gap(unit.end, following[0].start) == " ":
        return True  # "12 Siemens Gamesa machines": a maker's name goes on
    return bool(following) and sentence.gap(unit.end, following[0].start) == " " \
        and following[0].text.islower() and is_plural_word(following[0].text) \
        and not units.is_unit_word(following[0].lower)  # (nor "300 Kelvin degrees")


def _after_age_group(sentence: Sentence, first: Numeral) -> bool:
    """ "Kids 5 and under", "adults 65 and over": the number right after people named by age."""
    before = sentence.before(first.start, 1)
    return bool(before) and before[0].lower in _AGE_GROUPS


def _bound_names_age_class(sentence: Sentence, start: int, few: bool) -> bool:
    """ "the over 65 age group", "the under 18 age groups": a bound before ``start`` names
    the class; without a determiner before it a few of a plural are classes counted
    ("covered over 10 age groups"; but "Rates fell in over 65 age groups")."""
    bound = _BOUND_BEFORE_AGE.search(sentence.text, max(sentence.span[0], start - 8), start)
    if not bound or not few:
        return bool(bound)
    before = sentence.before(bound.start(), 1)
    return bool(before) and before[0].lower in _CLASS_DETERMINERS


def _age_subject(sentence: Sentence, start: int) -> bool:
    """ "The median age of patients was", "the average age of first-time mothers rose to",
    "Life expectancy at birth rose to": the clause before ``start`` is about an age or a span
    of life (no other number, no punctuation between;
    "age-standardised rates were" and "the age group's rate was" are not)."""
    words = sentence.before(start, _AGE_REACH)
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.lower in _AGE_SUBJECTS:
            if word.lower == "expectancy" and (index == 0 or words[index - 1].lower != "life"):
                return False  # "Battery life expectancy is"; but "Life expectancy was"
            if index + 1 < len(words) and words[index + 1].lower in _AGE_CLASSES \
                    and not _RATE_WORDS.isdisjoint(w.lower for w in words[index + 1:]):
                continue  # "age-standardised mortality", "the age group's death rate" (but
                # "The age range of participants was 21 to 64" is an age)
            return True
        if not (word.text.isalpha() or word.text == "-") and not (
                index and words[index - 1].lower == "from" and word.text.isdigit()):
            return False  # but "will rise from 66 to 67": the level before the change
        if word.lower in _NEW_SUBJECTS:
            return False  # "... since the number of platforms reached 12": another subject
    return False
