"""Change words around a number: "rose 5%", "fell by 3 points", "cut its forecast to 2.9%"."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, FrozenSet, Optional, Sequence, Tuple

from factcheck import lexicon, units
from factcheck.claims import Change
from factcheck.hedges import BE_FORMS, adds_up_to
from factcheck.lexicon import alternation
from factcheck.numerals import parse_number
from factcheck.sentence import Sentence, inside_number, number_start
from factcheck.text import POSSESSIVE_ENDINGS, TO_THE_CENT, Word


_GRAMMAR: Final = lexicon.word_sections("grammar_words.txt")

#: "shares were down 3%": "up" and "down" say a change after these (or after punctuation)
_BE_WORDS: Final = _GRAMMAR["be_words"]
#: "edged up 0.1%", "revised down from 2%": verbs whose "up" or "down" says the change
_PARTICLE_VERBS: Final = _GRAMMAR["particle_verbs"]
#: how many words back a change verb may stand before "by", "to" or "from", a hyphenated
#: word counting once: "cut the number of on-street parking permits by 10,000"
CHANGE_VERB_REACH: Final = 7
#: the endings of an ordinal in digits, a word of their own: "10th", "21st"
_ORDINAL_SUFFIXES: Final = frozenset(["st", "nd", "rd", "th"])
#: the words before an ordinal that names a period on the way to the verb, and after it:
#: "for a 10th straight month", "for the 3rd time" (not "fell to the 5th spot with sales of")
_ORDINAL_DETERMINERS: Final = frozenset(["a", "an", "the", "its", "their"])
_ORDINAL_PERIODS: Final = frozenset(["straight", "consecutive", "successive", "running", "time",
                                     "month", "week", "quarter", "year", "day", "session"])
#: how many words back the verb of a change "by" an amount may stand: its object may be long
#: ("reduced the risk of major adverse cardiovascular events by 20%")
BY_VERB_REACH: Final = 10
#: words between "from"/"to" and a level: "from a record €8.90", "to a revised 4.8%"
_LEVEL_QUALIFIERS: Final = _GRAMMAR["level_qualifiers"]
#: bounds that a change verb puts on the new level: "fell below 60"
_LEVEL_BOUNDS: Final = _GRAMMAR["level_bounds"]
_LEVEL_EXTREMES: Final = _GRAMMAR["level_extremes"]
#: "making up 37%": a share, not a change
_SHARE_PARTICLE_VERBS: Final = _GRAMMAR["share_particle_verbs"]


#: the nouns among the level qualifiers, which qualify a level only after "to", "from" or
#: "by": "to an annual rate of 1.28 million", "to a total of £14bn"
_LEVEL_NOUNS: Final = frozenset(["rate", "level", "total"])
#: qualifiers that make an old level only after "a": "up from a previous 18 per cent"
_EARLIER_QUALIFIERS: Final = frozenset(["previous", "prior"])
#: the periods of a hyphenated span before a level's qualifier: "a three-year low of"
_PERIOD_NOUNS: Final = frozenset(["day", "week", "month", "year", "decade"])


def level_start(sentence: Sentence, start: int) -> int:
    """Where the words that qualify a level begin before ``start``: "a record", "a record
    high of", "the usual" (so "from a record €8.90" reads as "from €8.90"); ``start`` when
    none do."""
    last = sentence.before(start, 1)
    if not last or (last[0].lower not in ("of", "the") and last[0].lower not in _LEVEL_QUALIFIERS):
        return start  # the common case: nothing qualifies the level
    before = sentence.before(start, 8)
    cut = len(before)
    if cut and before[cut - 1].lower == "of":
        cut -= 1
    while cut and before[cut - 1].lower in _LEVEL_QUALIFIERS:
        cut -= 1
        if cut > 2 and before[cut - 1].lower in _PERIOD_NOUNS and before[cut - 2].text == "-":
            cut -= 3  # "to a three-year low of 3.9 million"
    if cut < len(before) and cut and before[cut - 1].lower in ("a", "an"):
        if not _LEVEL_NOUNS.isdisjoint(w.lower for w in before[cut:]) and (
                cut < 2 or before[cut - 2].lower not in ("to", "from", "by")):
            return start  # "at a rate of 5,000 an hour": a pace, not a level reached
        return before[cut - 1].start
    if cut < len(before) and cut and before[cut - 1].lower == "of":
        return before[cut].start  # "a rise of just 12,000": "just" qualifies the level
    if cut > 1 and before[cut - 1].lower == "the" and before[cut - 2].lower in ("from", "to") \
            and _EARLIER_QUALIFIERS.isdisjoint(w.lower for w in before[cut:]):
        return before[cut - 1].start  # "from the usual 36", "up from the N49.7 trillion"
        # (but "gains from the previous two sessions": when they came; "up from a previous
        # 18 per cent" is the old level)
    if cut < len(before) and cut and (before[cut - 1].lower in ("to", "from", "by") or (
            before[cut - 1].lower in ("up", "down") and before[cut].lower in _LEVEL_QUALIFIERS)):
        return before[cut].start  # a headline's "To Record 22%", "By Record 900,000"; "up
        # fully 15%" (but not "a follow-up of 4.2 years")
    return start


def before_level(sentence: Sentence, start: int) -> Sequence[Word]:
    """The two words before a level and the words that qualify it."""
    return sentence.before(level_start(sentence, start), 2)


#: plural nouns of rain and sea that are no changes before "of" and a length
_WEATHER_NOUNS: Final = frozenset(["falls", "swells"])


def _timed_subject(sentence: Sentence, start: int) -> bool:
    """Whether a span of time is named in the clause before ``start``, after its last comma:
    "Journey times grew 10 minutes after" (not "For the first time since 2019, the rand fell
    30 minutes after")."""
    for word in reversed(sentence.before(start, 8)):
        if word.text in (",", ";", ":"):
            return False
        if word.lower in _TIMED_SUBJECTS:
            return True
    return False


#: subjects that are themselves spans of time: "Journey times grew 10 minutes after"
_TIMED_SUBJECTS: Final = frozenset(["time", "times", "wait", "waits", "delay",
                                    "delays", "stay", "stays", "queue", "queues", "journey",
                                    "journeys", "commute", "commutes", "response", "duration",
                                    "expectancy", "lifespan", "shift", "shifts"])
#: a number and a unit of time, nothing more: "four days", "24 hours", "two weeks"
_PLAIN_DURATION: Final = re.compile(r"[\w.,]+(?:[ -][\w]+)?[ ](?:seconds?|minutes?|hours?|days?"
                                    r"|weeks?|months?|years?|decades?)", re.IGNORECASE)
#: "in" and a body of water or its height after a fall's depth: " in groundwater levels", " in
#: the Great Lakes", " in river heights" (not " in the hills")
_WATER_LEVEL_AFTER: Final = re.compile(
    r"[ ]in[ ](?:the[ ]|its[ ])?(?:[\w'-]+[ ]){0,2}?(?:groundwater|aquifers?|rivers?|[Ll]akes?"
    r"|reservoirs?|dams?|heights?|levels?|table|storage)\b(?![ ](?:District|overnight)\b)")
#: words of a storm, beside which falls in feet or metres are snow: "Blizzards brought falls
#: of 3 feet"
_STORM_WORDS: Final = frozenset(["storm", "storms", "blizzard", "blizzards", "snowstorm",
                                 "snowstorms", "dumped", "snowfalls", "flurries"])
#: a rain's depth ending a claim's text: "120mm", "30cm", "2 inches"
_RAIN_END: Final = re.compile(
    r"(?:mm|cm|in|millimet(?:re|er)s|centimet(?:re|er)s|inch(?:es)?)\Z")
#: a length ending a claim's text: "120mm", "6 metres", "10 feet"
_RAIN_OR_SEA_END: Final = re.compile(
    r"(?:mm|cm|m|in|ft|millimet(?:re|er)s|centimet(?:re|er)s|met(?:re|er)s|inch(?:es)?|feet)\Z")
#: nouns of what a company is worth, whose "of" and amount name a level, never the change of
#: a verb before them ("raised funding at a valuation of $40 billion")
_VALUATIONS: Final = frozenset(["valuation", "valuations"])  # (not "rose to an average
# value of £290,000": a new level)
#: "with a" and a property, then "of", right before an amount
_PROPERTY_OF: Final = re.compile(
    r"\bwith[ ]an?[ ](?:[a-z-]+[ ])?(?:half-life|acceleration|time[ ]constant|period|velocity"
    r"|speed|rate[ ]constant|frequency|wavelength)[ ]of[ ](?:about[ ]|roughly[ ]|around[ ])?\Z",
    re.IGNORECASE)


def _by_a_deadline(sentence: Sentence, start: int, end: int) -> bool:
    """ "eases by 16 weeks", "down to 3 feeds a day by 9 months": a duration after "by" and
    a verb of a passing condition or a rate's period ("Waiting times fell by 2 weeks" and
    "cut journey times between Leeds and York by 8 minutes" change)."""
    if sentence.text[max(0, start - 3):start].lower() != "by ":
        return False  # the common case: no "by" right before
    before = sentence.before(start, 2)
    if not before or before[-1].lower != "by" or not _DURATION_END.search(
            sentence.text, start, end):
        return False
    verb = before[0].lower if len(before) == 2 else ""
    if verb in _RATE_PERIODS:  # "3 feeds a day by 9 months" (not "cuts the working week by",
        # "cut journey times on 20 trains a day by 15 minutes")
        article = sentence.before(before[0].start, 1)
        return bool(article) and article[0].lower in ("a", "an", "per") \
            and _AGE_SPAN_END.search(sentence.text, start, end) is not None
    return verb in _CONDITION_VERBS


#: the spans of an age or a milestone: "by 9 months", "by 2 years"
_AGE_SPAN_END: Final = re.compile(r"(?:weeks?|months?|years?)\Z", re.IGNORECASE)
#: the periods of a rate, before a "by" that dates it: "3 feeds a day by 9 months"
_RATE_PERIODS: Final = frozenset(["day", "night", "week", "month", "year"])
#: verbs of a condition that passes, after which "by" and a time is when: "eases by 16 weeks"
_CONDITION_VERBS: Final = frozenset(["ease", "eases", "settle", "settles", "resolve",
                                     "resolves", "off", "pass", "passes"])  # (not "survival
# improved by 2.7 months", "response times improved by 7 minutes": changes)
#: a length per length at the end of an amount: a slope ("20mm per metre", "1 in/ft")
_GRADIENT_END: Final = re.compile(
    r"(?:mm|cm|millimet(?:re|er)s?|centimet(?:re|er)s?|inch(?:es)?|in)[ ]?(?:per[ ]|/[ ]?)"
    r"(?:m|metre|meter|ft|foot|feet)\Z", re.IGNORECASE)
#: a duration at the end of an amount: "2 days", "3 months"
_DURATION_END: Final = re.compile(r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?"
                                  r"|wks?|months?|years?|yrs?|quarters?|decades?)\Z",
                                  re.IGNORECASE)
#: what follows a span of time that dates an event: "fell just 3 months after the scheme"
_SPAN_OF_TIME_AFTER: Final = re.compile(r"[ ](?:after|before|later|earlier|ago|into|since)\b")
#: words of focus that may stand between a verb of change and its amount (grammar_words.txt)
_FOCUS_WORDS: Final = _GRAMMAR["focus_words"]


def change_before(sentence: Sentence, pos: int) -> Optional[lexicon.ChangeWord]:
    """The change word right before ``pos``, allowing "by" and a spoken aside: "rose 5%",
    "fell by 3", "went up by, I think, 50 percent"."""
    aside = _SPOKEN_ASIDE.search(sentence.text, max(sentence.span[0], pos - 40), pos) \
        if sentence.text[pos - 2:pos - 1] in _ASIDE_ENDS else None
    if aside is not None:
        pos = aside.start()
    before = sentence.before(pos, 2)
    if len(before) == 2 and before[-1].lower in _FOCUS_WORDS and before[-1].text.islower():
        before = sentence.before(before[-1].start, 2)  # "added just 12,000 jobs", "rose
        # another £500": a word of focus between the verb and its amount
    changes = lexicon.load().changes
    if before and before[-1].lower == "by":
        before = before[:-1]
        start = max(sentence.span[0], pos - 24)
        if len(before) == 1 and _CUT_BACK.search(sentence.text, start, pos):
            return changes["cut"]  # "pared back by £2bn", "scaled back by 20%"
    if not before or before[-1].lower not in changes or not _lower_case(sentence, before[-1]) \
            or before[-1].lower in _CHANGE_NOUNS:
        return None  # (a noun of change is no verb: "from 1.5-2% growth to 0.5-1%")
    change = changes[before[-1].lower]
    if priced_rooms(sentence, before[-1]):
        return None  # "Rooms: doubles £140": a room's price, no rise
    if before[-1].lower == "off" and (not _OFF_AMOUNT.match(sentence.text, pos)
                                      or sentence.text[before[-1].start - 1] == "-"):
        return None  # "sealed off 3 streets", "lays off 500 workers": a particle; "a
        # one-off £500": an adjective
    if change.modal and not _verb_after_modal(sentence, change, before[-1]):
        return None  # "set to double" is a factor of its own, not a change of a number after
    previous = before[-2] if len(before) > 1 else None
    if previous is not None and previous.lower in _NOUN_OPENERS:
        return None  # "a rise", "on gains above Rs 1.25 lakh", "its gains": a noun
    if change.indirect:
        return None
    if change.adverb and previous is not None and _after_other_verb(sentence, before[-1]):
        return None  # "shot down 85%", but "edged up 0.1%", "revised up from 1.2%"
    return change


#: words before a change word that make it a noun: an article, a preposition or a possessive
#: ("on gains above Rs 1.25 lakh"; not "to", which opens a verb: "expected to rise 5%")
_NOUN_OPENERS: Final = frozenset(["a", "an", "the", "on", "of", "for", "from", "with", "its",
                                  "their", "his", "her", "our", "your", "my"])
#: rooms a hotel prices whose plurals look like verbs of change: "Doubles from \N{EURO SIGN}120"
_ROOM_PLURALS: Final = frozenset(["doubles", "triples"])
#: a price right after the rooms, perhaps after "from" or a verb of costing: "doubles from
#: £95", "doubles are \N{EURO SIGN}180", "doubles £140"
_ROOM_PRICE: Final = re.compile(
    r"[ ](?:(?:(?:from|are|cost|start)(?:[ ](?:at|from))?|at)[ ])?"
    r"(?:[$\N{POUND SIGN}\N{EURO SIGN}]|[A-Z]{3}[ ]?)[0-9]")
#: a price before a plural noun: the object of a verb, "doubles £5 vouchers"
_PRICED_OBJECT: Final = re.compile(r"[0-9](?:[0-9]|[.,][0-9])*[ ]+[a-z]+s\b")
#: "from" one price "to" another: a change, whatever stands before it
_PRICE_TO: Final = re.compile(
    r"[^,;]{0,20}?[ ]to[ ](?:[$\N{POUND SIGN}\N{EURO SIGN}]|[A-Z]{3}[ ]?)[0-9]")


def priced_rooms(sentence: Sentence, word: Word) -> bool:
    """ "Doubles from \N{EURO SIGN}120 B&B", "Superior doubles are \N{EURO SIGN}180", "Sea-view
    doubles cost £160": rooms before their price, named by a capital, a compound or nothing,
    not a subject's verb ("The price doubles to £80", "Fares doubles from £40 to £80")."""
    if word.lower not in _ROOM_PLURALS:
        return False
    price = _ROOM_PRICE.match(sentence.text, word.end)
    if price is None or _PRICE_TO.match(sentence.text, price.end()) \
            or _PRICED_OBJECT.match(sentence.text, price.end() - 1):
        return False  # (and "Tesco doubles £5 vouchers": the price of what it doubles)
    before = sentence.before(word.start, 1)
    return not before or not before[0].text.isalpha() or before[0].text[:1].isupper() \
        or sentence.text[before[0].start - 1:before[0].start] == "-"


def _verb_after_modal(sentence: Sentence, change: lexicon.ChangeWord, word: Word,
                      by_follows: bool = False) -> bool:
    """Whether a base form that is a change only after "to" or a modal ("expected to ease to
    3.5%", "could accelerate to 5%", "will add 137,000 bpd") stands there, with "to", "by",
    "from" or the number right after it, or its object before a "by" ("will add output by");
    a base form that is a factor ("set to double") never changes a number after it."""
    if change.factor is not None:
        return False
    modal = sentence.before(word.start, 1)
    following = sentence.after(word.end, 1)
    return bool(modal) and modal[0].lower in _MODALS and bool(following) and (
        by_follows or following[0].lower in ("to", "by", "from")
        or _LEVEL_AMOUNT.match(sentence.text, word.end) is not None
        or (word.lower == "add" and not following[0].text.isalpha()
            and _KITCHEN_AMOUNT.match(sentence.text, word.end) is None))
    # (not "will cool gas to minus-260 degrees", "want to ease 40 rules", "should add 2
    # teaspoons of salt": a verb of its object)


#: what a cook or a writer of code adds, which rises nothing: "should add 2 teaspoons"
_KITCHEN_AMOUNT: Final = re.compile(
    r"[ ][0-9][0-9.,/ ]*[ ]?(?:teaspoons?|tsp|tablespoons?|tbsp|cups?|g|grams?|ml|pinch(?:es)?"
    r"|spaces?|drops?|lines?|columns?|rows?)\b", re.IGNORECASE)
#: an amount right after a base form that it changes: a share, points or a flow ("will add
#: 137,000 bpd", "should slip 1 percentage point"), not a count or a sum of money
_LEVEL_AMOUNT: Final = re.compile(
    r"[ ](?:(?:about|around|some|nearly|up[ ]to|another)[ ])?[0-9][0-9.,]*(?:[ ]?million)?"
    r"[ ]?(?:%|per[ ]?cent\b|percent\b|percentage[ ]points?\b|points?\b|pts\b|bps?\b"
    r"|basis[ ]points?\b|bpd\b|b/d\b|mb/d\b|kb/d\b|barrels[ ](?:a|per)[ ]day\b)",
    re.IGNORECASE)


def _finite_factor(sentence: Sentence, word: Word) -> bool:
    """A base form of a factor verb used as a finite verb before "to": "Measles cases triple
    to 2,000" (not "a triple to", "the double to")."""
    before = sentence.before(word.start, 1)
    after = sentence.after(word.end, 1)
    return bool(before) and before[0].text.isalpha() \
        and before[0].lower not in ("a", "an", "the", "this", "that") \
        and (before[0].lower in _MODALS or (bool(after) and after[0].lower == "to"))
    # ("aims to double defence spending to 2%"; not "gives double rooms to 40 refugees")


#: a bound named as a noun, which "up to" before it only repeats: "up to a maximum of"
_BOUND_PHRASE: Final = re.compile(
    r"(?:an?[ ])?(?:upper[ ])?(?:maximum|limit|cap|ceiling)(?:[ ]value)?[ ]of[ ]", re.IGNORECASE)
#: what "off" is a fall of: a percentage, points or money ("Shanghai Composite off 1.2%",
#: "Brent off $2")
_OFF_AMOUNT: Final = re.compile(
    r"[$\N{POUND SIGN}\N{EURO SIGN}\N{YEN SIGN}]|[0-9][0-9.,]*[ ]?(?:%|per[ ]?cent|percent"
    r"|points?\b|pts\b|bps?\b|cents?\b|p\b)", re.IGNORECASE)
#: a verb of cutting back or reining in right before "by": "pared back by £2bn", "scaled
#: back by 20%", "reined in by £5bn"
_CUT_BACK: Final = re.compile(
    r"\b(?:pared|scaled|wound|dialled|dialed|trimmed|reined|rolled)[ ](?:back|in)[ ]by[ ]\Z")
#: a speaker's aside between a change word and its number: ", I think,", " - you know -"
_SPOKEN_ASIDE: Final = re.compile(
    r"[ ]?[,\N{EM DASH}\N{EN DASH}-][ ]?(?:I[ ]think|I[ ]believe|I[ ]guess|you[ ]know|I[ ]mean"
    r"|uh|um|er|erm|like|what)[ ]?[,\N{EM DASH}\N{EN DASH}-][ ]\Z", re.IGNORECASE)
#: the marks an aside ends with, one character before the number
_ASIDE_ENDS: Final = frozenset(",-\N{EM DASH}\N{EN DASH}")
#: verbs of no direction before "from": "went from £60 to £85", "will go from"
#: (grammar_words.txt)
_LEVEL_VERBS: Final = _GRAMMAR["level_verbs"]
_LEVEL_BASE_VERBS: Final = _GRAMMAR["level_base_verbs"]
_MODALS: Final = _GRAMMAR["modals"]


#: words of a spread before "from", which make "from A to B" one range
RANGING: Final = frozenset(["ranging", "ranged", "range", "ranges", "varying", "varied",
                            "vary", "varies", "spanning"])
#: such a word and "from", perhaps the first end and "to", right before an end of the range
_RANGING_FROM: Final = re.compile(
    r"\b(?:ranging|ranged|range|ranges|varying|varied|vary|varies|spanning)"
    r"(?:[ ]from(?:[ ][^,;]{0,40}?[ ]to)?)?[ ]\Z")
#: words before the noun "range", whose "from A to B" is then what a change did to it: "the
#: missile's range from 300km to 500km" (but "Pay rises range from 2% to 6%" spreads)
_RANGE_OWNERS: Final = frozenset(["the", "a", "an", "its", "their", "his", "her", "our",
                                  "your", "my", "whose", "this", "that"])


#: owners between a verb and its object: "cut its product range"
_OBJECT_OWNERS: Final = _RANGE_OWNERS - frozenset(["whose"]) | frozenset(["these", "those"])
#: periods right before the verb "range": "this year range from"
_RANGE_PERIODS: Final = frozenset(["year", "month", "week", "quarter", "season", "spring",
                                   "summer", "autumn", "winter", "term"])
#: adverbs right before the verb "range": "typically range from"
_RANGE_ADVERBS: Final = frozenset(["typically", "generally", "usually", "normally", "often",
                                   "currently", "reportedly", "roughly", "broadly", "mostly",
                                   "largely", "widely", "also", "still", "now"])
#: verbs of making a thing better, whose object a range may be: "improves WiFi range"
_BETTERING: Final = frozenset(["improve", "improves", "improved", "improving", "extend",
                               "extends", "extended", "extending"])


def ranging_word(sentence: Sentence, word: Word) -> bool:
    """Whether ``word`` spreads a "from A to B" over one range: "ranging", "vary", the verb
    "range" ("Price increases range from 3% to 9%"), not the noun after an owner or as the
    object of a verb of change ("boosted the car's range from 250 miles", "extended battery
    range from 200 miles")."""
    if word.lower not in RANGING:
        return False
    if word.lower not in ("range", "ranges"):
        return True
    owner = sentence.before(word.start, 1)
    if not owner:
        return True
    lowered = owner[0].lower
    if lowered in _RANGE_OWNERS or lowered.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s",
                                                      "s'")):
        return False
    function_words = lexicon.load().function_words
    if lowered in function_words:
        return True  # "Pay rises will range from 2% to 4%"
    if lowered in _RANGE_ADVERBS or lowered in _RANGE_PERIODS:
        return True  # "Rent increases typically range from 5% to 10%", "Rate cuts this year
        # range from"
    for earlier in reversed(sentence.before(owner[0].start, 3)):
        if earlier.lower in _OBJECT_OWNERS:
            continue  # "cut its product range from 3,000 lines"
        if earlier.lower in function_words or not earlier.text.isalpha():
            break
        if earlier.lower in lexicon.load().changes or earlier.lower in _BETTERING:
            return False  # "extended battery range from 200 to 260 miles", "increases
            # driving range from": a verb's object (but "Price increases range from 3%")
    return True


def level_verb_before(sentence: Sentence, pos: int) -> bool:
    """Whether a verb of no direction stands right before the "from" at ``pos``: "went
    from £60 to £85" gives two levels of one change (the numbers say its direction); or a
    verb carrying its object from one level to another: "takes the pension age from 66"."""
    before = sentence.before(pos, 2)
    if not before or not before[-1].text.islower() \
            or sentence.text[pos:pos + 5].lower() != "from ":
        return False
    carried = _CARRIED_FROM.search(sentence.text, max(sentence.span[0], pos - 60), pos)
    if carried:
        carried_object = units.singular(carried.group("object").lower())
        if carried_object not in _PEOPLE and _one_amount_to_another(
                sentence.text, pos + 5, carried_object in _CARRIED_LEVELS,
                carried_object == "age", carried.group("verb").lower() in _SENDING_VERBS
                and carried_object not in _SENT_EXTENTS):
            return True
    return before[-1].lower in _LEVEL_VERBS or (
        before[-1].lower in _LEVEL_BASE_VERBS and len(before) == 2
        and (before[0].lower in _MODALS or before[0].lower in _BE_WORDS))


def change_before_comma(sentence: Sentence, pos: int) -> Optional[lexicon.ChangeWord]:
    """A change word before a comma right before ``pos`` (a "from" or "to"), perhaps with
    an adverb or a phrase between ("cases roughly doubled, from 1,200 to 2,500", "Income
    from events fell sharply, to £1.2m", "Volunteer numbers dropped again in 2023, to
    1,900"), in the same clause: no other number but a year, no conjunction."""
    before = sentence.before(pos, _COMMA_REACH + 1)
    if not before or before[-1].text != ",":
        return None
    changes = lexicon.load().changes
    far = sentence.text.startswith("from", pos) and not _FROM_THEN_TO.match(sentence.text, pos) \
        and not _FROM_A_LEVEL.match(sentence.text, pos)
    for word in reversed(before[:-1]):
        if word.lower in _CLAUSE_OPENERS or not (word.text.isalpha() or _YEAR.fullmatch(
                word.text) or (not far and _change_amount(sentence, word))):
            return None  # ("pay rose by 6.5%, from £28,000 to £30,000": the change's size
            # may stand before the comma)
        change = changes.get(word.lower) if word.text.islower() else None
        if change is not None:
            return change
        if far:
            return None  # ("Donations rose in 2023, from 3,400 donors": where they came from)
    return None


#: the marks of an amount of change: the "6", ".", "5", "%" of "rose by 6.5%", the "$" of
#: "$2bn"
_CHANGE_AMOUNT: Final = re.compile(r"[0-9]+|[%$\N{POUND SIGN}\N{EURO SIGN}.,]")


def _change_amount(sentence: Sentence, word: Word) -> bool:
    """Whether ``word`` is part of an amount: digits, a sign, or a point or comma between
    digits."""
    if not _CHANGE_AMOUNT.fullmatch(word.text):
        return False
    text = sentence.text
    return word.text not in ".," or (text[word.start - 1:word.start].isdigit()
                                     and text[word.end:word.end + 1].isdigit())


#: "from", a number and "to" in one clause: the old level of a restated change
_FROM_THEN_TO: Final = re.compile(r"from[ ][^,;]{1,30}?[ ]to[ ]", re.IGNORECASE)
#: "from" and a percentage or an amount of money: an old level ("fell in March, from 5.1%")
_FROM_A_LEVEL: Final = re.compile(
    r"from[ ](?:[£$€][0-9]|[0-9][0-9.,]*[ ]?(?:%|per[ ]?cent|percent)(?![ ]of\b))",
    re.IGNORECASE)
#: how many words back from its comma the verb of a restated level may stand
_COMMA_REACH: Final = 7
#: words that open another clause, beyond which no verb is sought
_CLAUSE_OPENERS: Final = frozenset(["and", "but", "while", "which", "who", "that", "whereas",
                                    "although", "though", "when", "after", "because"])


def _lower_case(sentence: Sentence, word: Word) -> bool:
    """A change word counts in lower case ("Rose" is a name), capitalised in a headline in
    title case or capitals ("Oil Jumps 4%", "STOCKS PLUNGE 5%"), or opening a sentence with
    no subject, as changelogs, posts and instructions write: a past participle ("Reduced idle
    CPU from 3% to 0.5%"), a change word before a measure ("Lost 30 lbs since January") or
    an instruction with "by" or "to" ("Reduce the dose by 25%")."""
    return word.text.islower() or (sentence.title_case and (word.text.istitle()
                                                            or word.text.isupper())) \
        or (word.start == sentence.words[0].start and word.text.istitle()
            and (word.lower.endswith("ed") or (word.lower in _POST_OPENERS
                                               and _measure_follows(sentence, word))
                 or (word.lower in _INSTRUCTED_CHANGES and _instructed(sentence, word))))


#: change words that open a post before a measure in their past form or as adverbs ("Lost 30
#: lbs", "Down 20 lbs"), never the base form of an instruction ("Cut 2 cm off", "Reduce 500
#: ml of stock")
_POST_OPENERS: Final = frozenset(["lost", "fell", "rose", "grew", "shed", "down", "up", "gained",
                                  "dropped", "slid", "sank", "shrank", "sunk"])


#: instructions that open a sentence and change an amount "by" or "to" another: "Reduce the
#: dose by 25%", "Increase to 10 mg" (not "Reduce 500 ml of stock")
_INSTRUCTED_CHANGES: Final = frozenset(["reduce", "increase", "raise", "lower", "decrease",
                                        "taper"])
_BY_OR_TO: Final = re.compile(r"[ ](?:by|to)[ ]")


def _instructed(sentence: Sentence, word: Word) -> bool:
    """ "Reduce the dose by 25%": "by" or "to" after the verb with no number before it (not
    "Reduce 500 ml of stock by half", where the number is what is reduced)."""
    particle = _BY_OR_TO.search(sentence.text, word.end, sentence.span[1])
    following = sentence.after(word.end, 1)
    if following and (following[0].text[:1].isupper() or following[0].lower in ("in", "of")):
        return False  # "Lower Saxony is home to", "Increase in demand led to": a name, a noun
    return particle is not None and not any(
        ch.isdigit() for ch in sentence.text[word.end:particle.start()])


def _measure_follows(sentence: Sentence, word: Word) -> bool:
    """A number with a unit right after the word: "Lost 30 lbs since January!", "Down 20
    lbs" open a post with no subject (not "Rose said", "Cut 2 onions")."""
    number = sentence.after(word.end, 1)
    if not number or not number[0].text[:1].isdigit() or number[0].start != word.end + 1:
        return False
    end = number[0].end
    while sentence.text[end:end + 1] in (",", ".") and sentence.text[end + 1:end + 2].isdigit():
        following = sentence.after(end + 1, 1)
        end = following[0].end if following else end + 1
    return sentence.unit_after(end) is not None


#: "by" and an amount right after a claim: the amount is the size of the change
_BY_AMOUNT: Final = re.compile(
    r"[ ]by[ ](?:(?:a|an|about|around|some|up[ ]to|just|nearly|almost)[ ])?"
    r"(?:average[ ]of[ ](?:about[ ]|around[ ]|some[ ])?)?"  # "by an average of 12%"
    r"(?:[£$€¥]|(?!(?:19|20)[0-9]{2}\b|[0-9]{1,2}(?:st|nd|rd|th)?[ ]" + alternation(
        "not_claims.txt", "months") + r")[0-9]|half\b|a[ ]third\b|a[ ]quarter\b)",
    re.IGNORECASE)
#: a verb of growing right before "up to": "grows up to 30 metres" gives a size
_GROWS_TO: Final = re.compile(r"\bgrows?[ ]up[ ]to\b", re.IGNORECASE)
#: "add up to" right before a claim: a total ("adds up to £1,825 a year")
_TOTALLED: Final = re.compile(r"\badd(?:s|ed|ing)?[ ](?P<up>up)[ ]to[ ]\Z", re.IGNORECASE)
#: a length that ends a claim: the height a surge of the sea may be given in
_LENGTH_END: Final = re.compile(r"(?:[0-9]m|ft|feet|foot|metres?|meters?|inches)\Z")
#: the surge a height right after belongs to: "a storm surge of up to 15 feet", "surge
#: heights reached 3m"
_SURGE_BEFORE: Final = re.compile(
    r"\bsurges?(?:[ ]heights?)?[ ](?:of|reached|peaked[ ]at|could[ ]reach)"
    r"(?:[ ](?:up[ ]to|about|around|some|nearly|more[ ]than))?[ ]?\Z", re.IGNORECASE)
#: a surge right after a height: "a 3m surge", "a 15-foot surge" (not "a 1.5m surge in")
_SURGE_AFTER: Final = re.compile(r"[ -]surges?\b(?![ ](?:in|of)\b)", re.IGNORECASE)
#: how far before a claim _SURGE_BEFORE looks
_SURGE_REACH: Final = 40


#: nouns of likelihood that a percentage and a comparative before them change: "a 12%
#: greater risk of stroke", "a 40% elevated risk"
_RISK_NOUNS: Final = frozenset(["risk", "risks", "chance", "chances", "likelihood", "odds",
                                "probability", "incidence", "mortality"])
#: what is added to or taken from an amount: "15.06% less fees" is no difference
_ADD_ON_WORDS: Final = _GRAMMAR["add_on_words"]
#: what "less" takes off an amount: "£900 less housing benefit" (and "less time served")
_DEDUCTIONS: Final = _GRAMMAR["deductions"]

#: verbs of shape, places and buildings, and the words that make a shape verb a change after
#: all: a time, a moving level before the verb, an event after the length (grammar_words.txt)
_SHAPE_VERBS: Final = _GRAMMAR["shape_verbs"]
_SHAPED_THINGS: Final = _GRAMMAR["shaped_things"]
_SHAPE_CHANGERS: Final = _GRAMMAR["shape_changers"]
_MOVING_LEVELS: Final = _GRAMMAR["moving_levels"]
_EVENT_LINKS: Final = frozenset(["as", "after", "amid", "following", "when", "while"])
#: a length that ends a claim, for the shape of a place: "2,962 metres", "14 km", "5 mi"
#: (a glued "m" may be millions: "falls to 7.5m")
#: a distance after a height: "rises 1,400 metres over 19km", "climbs 1,100m in 13.8 km"
_OVER_A_DISTANCE: Final = re.compile(
    r"[ ](?:over|in)[ ](?:just[ ]|about[ ]|around[ ])?[0-9][0-9.,]*[ ]?(?:km|kilomet(?:re|er)s?"
    r"|mi|miles?)\b", re.IGNORECASE)
#: a way through a place after a length that fell: "fell 6 metres from a roof", "plunged 30
#: metres down an embankment", "tumbled 20ft off a cliff" (not "dropped 2 metres over a
#: century", "dropped 10 feet from a year earlier", "5 metres off its peak", "down to")
_THROUGH_A_PLACE: Final = re.compile(
    r"[ ](?:from[ ]an?[ ](?!year|month|week|day|decade|record|peak|high|level)"
    r"|off[ ](?:a|an|the|his|her|their)[ ](?!peak|high|record|level|top)"
    r"|onto|into|down[ ](?!to\b))", re.IGNORECASE)
#: verbs of a body falling, right before a length it fell through
_FALLING_VERBS: Final = frozenset("fell fall falls falling plunged plunges plummeted tumbled "
                                  "tumbles dropped slid slipped".split())


def _fell_before(sentence: Sentence, start: int) -> bool:
    """ "fell 6 metres", "plunged about 30 metres": a verb of falling before the length, a
    hedge perhaps between (not "Lost 2 inches off my waist")."""
    return any(w.lower in _FALLING_VERBS for w in sentence.before(start, 2))


def _planned_building_rises(subject: Sequence[Word]) -> bool:
    """Whether a planned building is the subject before a shape verb: "The tower would
    rise", "The proposed skyscraper in Leeds would rise" (not "Flood water around the new
    development could rise": the building is a preposition's object)."""
    words = [w for w in subject if w.text.isalpha()]
    for index, word in enumerate(words):
        if word.lower not in _PROPOSED_BUILDINGS:
            continue
        before = index - 1
        while before >= 0 and words[before].lower in _BUILDING_DESCRIBERS:
            before -= 1
        if before < 0 or words[before].lower not in _PLACE_PREPOSITIONS:
            return True
    return False


#: prepositions that make a building a place, not the subject: "water around the tower"
_PLACE_PREPOSITIONS: Final = frozenset(["around", "near", "beside", "by", "at", "in", "of",
                                        "on", "under", "outside", "inside", "behind",
                                        "next", "opposite", "below", "above"])
#: words that may stand before a planned building in its subject: "the new 20-storey tower"
_BUILDING_DESCRIBERS: Final = frozenset(["the", "a", "an", "new", "proposed", "planned",
                                         "its", "their", "this", "that", "main", "first"])
#: a count of storeys ending an amount: the height of a building ("rises to 12 storeys")
_STOREYS_END: Final = re.compile(r"(?:storeys|stories|floors)\Z")
#: buildings a plan proposes, whose height "would rise to" gives (grammar_words.txt)
_PROPOSED_BUILDINGS: Final = _GRAMMAR["proposed_buildings"]
#: [shape_changers] but its modal words, which describe a planned building's height ("The
#: tower would rise to 45 metres")
_SHAPE_CHANGERS_BUT_MODALS: Final = _SHAPE_CHANGERS - frozenset(["will", "could", "would"])
#: what a length before a noun of change and this head measures: "a 10mm expansion gap",
#: "a 40cm cutting width" (grammar_words.txt)
_MEASURED_HEADS: Final = _GRAMMAR["measured_heads"]
_SHAPE_LENGTH_END: Final = re.compile(
    r"(?:[0-9](?:[ ]k?m|[ ]?(?:km|cm|mm|ft|mi))|feet|foot|metres?|meters?|kilometres?|kilometers?"
    r"|miles?|yards?|inches)\Z")  # (a glued "m" may be millions: "falls to 7.5m")
#: a glued "m" after a bare whole number of three digits or more, metres in a shape: "The road
#: climbs 1,500m over 20km", "The tower rises 310m above the city" (not "Profits plunged £40m
#: into the red", "numbers rise to 1.5m")
_GLUED_METRES_END: Final = re.compile(
    r"(?<![0-9.,$\N{POUND SIGN}\N{EURO SIGN}\N{YEN SIGN}])[0-9][0-9,]{2,}m\Z")
#: what may stand between a shape verb and the length: "rises to", "has a drop of some"
_SHAPE_GAP: Final = frozenset(["to", "of", "some", "about", "nearly", "almost", "over",
                               "more", "than", "just", "a"])
#: words of height or width after the length: "rises 2,962 metres above sea level", "narrows
#: to 14 km at its narrowest", "rises 90 metres high", past a conversion in brackets
_SHAPE_AFTER: Final = re.compile(
    r"(?:[ ]\([^()]{1,30}\))?[ ](?:above|below|high|tall|deep|wide|long|at[ ]its)\b")
#: a year anywhere in the sentence: "rose to 140 metres in 1890" tells of a change
_YEAR: Final = re.compile(r"\b(?:1[5-9]|20)[0-9]{2}\b")


#: "extends to" with no object between: what a scope reaches ("Eligibility extends to
#: 200,000 households"), where "extends the scheme to" changes it
_REACHES_TO: Final = re.compile(r"\bextends?[ ]to[ ]\Z", re.IGNORECASE)
#: "adds" right before a claim, and a size glued to its unit: "adds 20in wheels", "adds
#: 21-inch alloys"
_ADDED_FEATURE: Final = re.compile(r"\badd(?:s|ed|ing)?[ ]\Z", re.IGNORECASE)
_SIZED_FEATURE: Final = re.compile(r"[0-9](?:-[a-z]|[a-z])[a-z]*\Z")


def _noun_follows(sentence: Sentence, end: int) -> bool:
    """Whether a lower-case word other than "of" or a function word comes right after."""
    after = sentence.after(end, 1)
    return bool(after) and after[0].text.isalpha() and after[0].text.islower() \
        and sentence.gap(end, after[0].start) == " " \
        and after[0].lower not in lexicon.load().function_words


#: verbs of climbing and descending a route (grammar_words.txt)
_ASCENT_VERBS: Final = _GRAMMAR["ascent_verbs"]
#: who or what climbs a route: walkers, riders and the routes themselves
_CLIMBERS: Final = _GRAMMAR["climbers"] | _SHAPED_THINGS


def _ascent(sentence: Sentence, start: int) -> bool:
    """A height climbed or descended on a route, by its walkers or by the route itself:
    "We climbed 1,450m on day two", "The path gains roughly 300m", "walked 23km and climbed
    1,450m" (not "The balloon climbed 300m in a minute")."""
    before = sentence.before(start, 4)
    verb = next((index for index in range(len(before) - 1, -1, -1)
                 if before[index].lower in _ASCENT_VERBS), None)
    if verb is None or any(w.text[:1].isdigit() for w in before[verb + 1:]) \
            or any(w.lower in ("to", "from", "by") for w in before[verb + 1:]):
        return False
    subject = sentence.before(before[verb].start, 2)
    if subject and subject[-1].lower in _CLIMBERS:
        return True  # "We climbed", "The route climbs"
    return len(subject) == 2 and subject[-1].lower == "and" \
        and bool(_SHAPE_LENGTH_END.search(sentence.text, 0, subject[0].end))  # "walked 23km and"


def _shape_of_a_place(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a verb or noun of shape in the present stands before a length, after a place
    or building or before words of height, in a sentence with no word of time, no year, no
    moving level before the verb and no event after the length: "The mountain rises 2,962
    metres", "The strait narrows to 14 km at its narrowest", "a drop of 83 metres" (not
    "Sea levels rise 3 mm", "Thames rises 2 metres as storm hits", "rose to 140 m in
    1890")."""
    before = sentence.before(start, 5)
    for index in range(len(before) - 1, -1, -1):
        if before[index].lower in _SHAPE_VERBS:
            break
        if before[index].lower not in _SHAPE_GAP:
            return False
    else:
        return False
    subject = sentence.before(before[index].start, 6)
    proposed = _planned_building_rises(subject)
    changers = _SHAPE_CHANGERS_BUT_MODALS if proposed else _SHAPE_CHANGERS
    if (index and before[index - 1].lower in _MOVING_LEVELS) \
            or not sentence.vocabulary.isdisjoint(changers) or sentence.names_month \
            or _YEAR.search(sentence.text, *sentence.span) is not None \
            or any(w.lower in _EVENT_LINKS for w in sentence.after(end, 8)):
        return False  # (and "rises 2 metres as the storm hits" tells of an event)
    # a place or a building named before the verb, or words of height after the length
    return proposed or any(w.lower in _SHAPED_THINGS for w in subject) \
        or before[index].lower == "drop" \
        or _SHAPE_AFTER.match(sentence.text, end) is not None


def _height_of_a_surge(sentence: Sentence, start: int, end: int) -> bool:
    """A length that is a surge's own height: "a storm surge of up to 15 feet", "a 3m surge"
    (but "claims rose 40% after the storm surge" and "a £3m surge in sales" change)."""
    if not _LENGTH_END.search(sentence.text, start, end):
        return False
    return bool(_SURGE_BEFORE.search(sentence.text, max(sentence.span[0], start - _SURGE_REACH),
                                     start) or _SURGE_AFTER.match(sentence.text, end))


#: words of change that also move things or take objects ([participles_of_levels]), and
#: what they change right before it: a claim in percent, points or money
_PARTICIPLES_OF_LEVELS: Final = _GRAMMAR["participles_of_levels"]
_PERCENT_POINTS_OR_MONEY: Final = re.compile(
    r"(?:%|per\s?cent|percent|points?|pts|bps|pp|cents?|pence)\Z|\A[^0-9]*[$£€¥₹]|\d(?:p|c)\Z",
    re.IGNORECASE)
#: a comparative between a count and its noun: "1,150 fewer officers", "300 more nurses"
_COUNT_COMPARED: Final = re.compile(r"[0-9a-z][ ](more|fewer|less)[ ][a-z]+\Z", re.IGNORECASE)
#: a count of things added, inside a claim: "500,000 more pupils", "20 extra schools"
_EXTRA_COUNT: Final = re.compile(r"[0-9a-z] (?:more|extra|additional) [a-z]")
#: " of" right after a percentage
_OF_AFTER: Final = re.compile(r"[ ]of\b")
#: forms of "be" right before a percentage, which make it a level of the subject
#: "by", an index of prices and "plus" right before an amount: "rise by CPI plus 3.9%"
_BY_INDEX_PLUS: Final = re.compile(r"\bby[ ](?:CPI|CPIH|RPI|RPIX|inflation)[ ]plus[ ]\Z")
#: "cut off at" right before an amount: the level where bids were cut off, not a fall; and
#: the words one of which its sentence holds
_CUT_OFF_AT: Final = re.compile(r"\bcut[ -]?off[ ]at[ ]\Z", re.IGNORECASE)
_CUT_OFF_WORDS: Final = frozenset(["off", "cutoff"])
#: "short of" after an amount: what fell short, not a change
_SHORT_OF: Final = re.compile(r"[ ]short[ ]of\b")
#: a verb of carrying a running total to its new level, before the "to": "taking the total
#: to", "bringing the death toll to", "took his season's tally to", "took Ulster's tally for
#: the season to", "took Leinster's unbeaten run to"
_RUNNING_TOTAL: Final = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|bring|brings|bringing|brought|push|pushes|pushing|pushed)[ ]"
    r"(?:the|its|their|this|that|his|her|our|[A-Z][\w-]*['\N{RIGHT SINGLE QUOTATION MARK}]s?)[ ]"
    r"(?:[\w'\N{RIGHT SINGLE QUOTATION MARK}-]+[ ]){0,2}"
    r"(?:total|tally|toll|haul|count|attendance|(?<=unbeaten[ ])run|(?<=winning[ ])run"
    r"|(?<=losing[ ])run|streak)"
    r"(?:[ ](?:for|of|in)[ ](?:the|this|that)[ ][a-z]+)?[ ]\Z",
    re.IGNORECASE)


#: the verbs that carry a level, as a regex alternation (grammar_words.txt)
_CAUSATIVE_VERBS: Final = lexicon.alternation("grammar_words.txt", "causative_verbs")
#: a verb carrying a level, the level and "to": "pushed river levels to", "takes the rate to"
_CARRIED_TO: Final = re.compile(
    r"\b(?P<verb>" + _CAUSATIVE_VERBS + r")[ ]"
    r"(?:(?:the|its|their|this|that)[ ])?(?:[\w-]+[ ]){0,2}?(?P<level>[A-Za-z]+)[ ]\Z",
    re.IGNORECASE)
_CAUSATIVE_LEVELS: Final = _GRAMMAR["causative_levels"]
#: a verb carrying its object, then "from": "takes the pension age from", "took the battery
#: from"
_CARRIED_FROM: Final = re.compile(
    r"\b(?P<verb>" + _CAUSATIVE_VERBS + r")[ ]"
    r"(?:the|its|their|this|that|his|her)[ ](?:[\w-]+[ ]){0,2}(?P<object>[\w-]+)[ ]\Z",
    re.IGNORECASE)
#: people, whom such a verb takes from one age or place to another: "takes the children from
#: 5 to 11 years old" (a range of ages; grammar_words.txt)
_PEOPLE: Final = _GRAMMAR["person_nouns"]
#: what such a "from" opens: an amount, perhaps with its noun, then "to" before another
#: amount: "66 to 67", "six points to nine" (not "3 villages to the town hall")
_TO_AN_AMOUNT: Final = re.compile(
    r"[^ ]{1,20}(?:[ ](?P<noun>[A-Za-z-]{1,20})){0,2}[ ]to[ ](?=[0-9]|[$£€¥₹]|[A-Z]{1,3}\$"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|hundred)\b)", re.IGNORECASE)
#: the amount after that "to", and the word after it: "12 towns", "18 years old"
_AMOUNT_AND_NOUN: Final = re.compile(r"[^ ]{1,20}(?:[ ](?P<noun>[A-Za-z-]{1,20}))?"
                                     r"(?:[ ](?P<old>old)\b)?")


def _one_amount_to_another(text: str, start: int, level: bool, age: bool,
                           sent: bool = False) -> bool:
    """Whether "from" at ``start`` opens one amount and then "to" another: of a ``level``
    carried ("its fleet from 20 buses to 35 vehicles"), ages only of an ``age`` ("the smoking
    age from 18 to 21 years old"), or of the same thing ("six points to nine", "20,000 tonnes
    to 15,000 tonnes"; not "its fleet from 4 depots to 12 towns": places, even the same
    ones when ``sent``: "sent its grain from 3 ports to 20 ports"; nor "its cadets from 16
    to 18 years old": ages)."""
    found = _TO_AN_AMOUNT.match(text, start)
    if found is None:
        return False
    then = _AMOUNT_AND_NOUN.match(text, found.end())
    if then is None or (then.group("old") and not age):
        return False
    first, second = found.group("noun"), then.group("noun")
    if second and units.singular(second.lower()) in _DESTINATIONS \
            and (not first or sent
                 or units.singular(first.lower()) != units.singular(second.lower())):
        return False  # "sent its fleet from 4 depots to 12 towns": where it went (but "took
        # its presence from 5 markets to 12 markets")
    if level:
        return True
    return not (first and second and first.islower() and second.islower()
                and units.singular(first.lower()) != units.singular(second.lower())
                and second.lower() not in lexicon.load().function_words)


#: the verbs that move an object from place to place: "sent its grain from 3 ports"
_SENDING_VERBS: Final = frozenset(["sent", "sends", "send", "sending"])
#: the extents and businesses such a verb grows rather than moves: "sent its footprint from
#: 12 markets to 30 markets", "sent the chain from 40 sites to 95 sites"
#: (grammar_words.txt)
_SENT_EXTENTS: Final = _GRAMMAR["sent_extents"]
#: places an object is carried to, which make "from 4 depots to 12 towns" no change
#: (grammar_words.txt)
_DESTINATIONS: Final = _GRAMMAR["destination_nouns"]
#: what a verb carrying its object takes "from" one level to another, whatever the amounts
#: count: "the smoking age", "its fleet", "the journey" (grammar_words.txt)
_CARRIED_LEVELS: Final = _CAUSATIVE_LEVELS | _GRAMMAR["carried_levels"]
#: the causative verbs that carry a level up
_UPWARD_CAUSATIVES: Final = frozenset(["pushed", "pushes", "push", "pushing", "drove", "drives",
                                       "drive", "driving"])


#: "is equivalent to" right before a claim, perhaps hedged: a change said again in other
#: units ("A 4.75% increase is equivalent to £84 a year"; not "rose to £500 a week,
#: equivalent to £26,000 a year", a level said again)
_EQUIVALENT_TO: Final = re.compile(
    r"\b(?:is|was|are|were|be|being)[ ](?:roughly[ ]|about[ ])?(?:equivalent|equal)[ ]to[ ]"
    r"(?:(?:about|around|roughly|some|nearly|almost"
    r"|an[ ]extra|an[ ]additional|just[ ]over|just[ ]under)[ ])?\Z", re.IGNORECASE)


def _present_verb_before(sentence: Sentence, start: int) -> bool:
    """A verb in the present tense right before: "rises", "climbs" (a road's shape; "The
    plane descended 3,000 feet in 10 miles" fell)."""
    verb = sentence.before(start, 1)
    return bool(verb) and verb[0].lower.endswith("s") and not verb[0].lower.endswith("ss")


def change_for(sentence: Sentence, start: int, end: int) -> Optional[Change]:
    """ "rose 5%" (delta), "fell from 10" (from), "a 5% increase" (delta), "rose by a
    record 5%" (delta), "fell below 60" (to)."""
    change = _change_for(sentence, start, end)
    totalled = _TOTALLED.search(sentence.text, max(sentence.span[0], start - 12), start) \
        if change is not None else None
    if totalled is not None and adds_up_to(sentence, totalled.start("up"), end):
        return None  # "adds up to £1,825 a year": a total, no rise
    if change is not None and _GROWS_TO.search(sentence.text, max(sentence.span[0], start - 8),
                                               start + 6) \
            and _LENGTH_END.search(sentence.text, start, end):
        return None  # "The whale grows up to 30 metres": how big it gets, no rise
    if change is not None and _height_of_a_surge(sentence, start, end):
        return None  # "a storm surge of up to 15 feet", "a 3m surge": a height of water
    if change is not None and change.role == "delta" and _ADDED_FEATURE.search(
            sentence.text, max(sentence.span[0], start - 7), start) \
            and _SIZED_FEATURE.search(sentence.text, start, end) and _noun_follows(sentence, end):
        return None  # "The Sport adds 20in wheels": a feature of that size, no rise
    if change is not None and change.role == "to" and _REACHES_TO.search(
            sentence.text, max(sentence.span[0], start - 12), start):
        return None  # "The warranty extends to 3 years": how far it reaches, no rise
    if change is not None and change.role == "to" and _EQUIVALENT_TO.search(
            sentence.text, max(sentence.span[0], start - 32), start):
        return Change(change.direction, "delta")  # "A 4.75% increase on a Band D bill is
        # equivalent to about £84 a year": the rise restated, no new level
    if change is not None and (_SHAPE_LENGTH_END.search(sentence.text, start, end)
                               or _GLUED_METRES_END.search(sentence.text, start, end)
                               or _STOREYS_END.search(sentence.text, start, end)) \
            and (_shape_of_a_place(sentence, start, end) or _ascent(sentence, start)
                 or (_OVER_A_DISTANCE.match(sentence.text, end)
                     and _present_verb_before(sentence, start))):
        return None  # "The Zugspitze rises 2,962 metres above sea level", "The Tourmalet
        # rises 1,400 metres over 19km": a height, or a climb's over a distance
    if change is not None and change.direction == "down" and change.role == "delta" \
            and _SHAPE_LENGTH_END.search(sentence.text, start, end) \
            and _THROUGH_A_PLACE.match(sentence.text, end) and _fell_before(sentence, start) \
            and not any(w.lower in _MOVING_LEVELS for w in sentence.before(start, 8)):
        return None  # "a worker fell 6 metres from a roof", "plunged 30 metres down an
        # embankment", "fell 30 metres into the sea": a body falling through a distance (but
        # "The river fell 2 metres", "River levels fell 1.5 metres into the normal range")
    if change is not None and change.role == "to" \
            and _EXTRA_COUNT.search(sentence.text, start, end):
        return Change(change.direction, "delta")  # "extended to 500,000 more pupils": the
        # number added, not the new total
    return change


def running_total_before(sentence: Sentence, to_start: int) -> bool:
    """Whether a verb of carrying a running total ends right before the "to" at
    ``to_start``: "taking the total to", "bringing the death toll to"."""
    return _RUNNING_TOTAL.search(sentence.text, max(sentence.span[0], to_start - 48),
                                 to_start) is not None \
        and sentence.vocabulary.isdisjoint(_TALLY_FALLS)  # (not "A recount took the tally to
    # 4,812, 300 fewer than first reported")


#: "fell to a depth of" right before an amount, and the words of rain and snow that make it
#: the depth the fall left: "Snow fell to a depth of 15cm" (not "The river fell to a depth of")
_FELL = r"\b(?:fell|falls?|fallen|falling)"  # the forms of "fall", for the patterns below
_FELL_TO_A_DEPTH: Final = re.compile(_FELL + r"[ ]to[ ]a[ ]depth[ ]of[ ]\Z")
_PRECIPITATION: Final = frozenset(["snow", "snowfall", "rain", "rainfall", "hail", "sleet"])
#: "falls into the" before a band or bracket that something belongs to: "falls into the 40%
#: band", "falls in the 22% bracket"
_FALLS_INTO: Final = re.compile(
    r"\b(?:falls?|fell|falling|fallen|slips?|slipped)[ ](?:into|in|within|inside)[ ]"
    r"(?:the|a|an|your|their|his|her|its)[ ]\Z")
_BANDS: Final = frozenset(["band", "bands", "bracket", "brackets", "tier", "threshold",
                           "category"])
#: verbs of shaving, a cut only of what comes "off" something
_SHAVING: Final = frozenset(["shave", "shaves", "shaved", "shaving"])
_OFF_AFTER: Final = re.compile(r"[ ](?:off|from)\b")
#: verbs of ground sinking, which change a length right after them with no "by"
_SINKING: Final = frozenset(["subsided", "subsides", "subside", "subsiding"])
_LENGTH_IN: Final = re.compile(
    r"[0-9][ ]?(?:cm|mm|m|km|ft|in|inches|feet|foot|metres?|meters?|centimetres?|centimeters?"
    r"|millimetres?|millimeters?)\b")
#: "fell short of the" right before an amount: the bar that was not reached
_FELL_SHORT_OF: Final = re.compile(
    _FELL + r"[ ](?:just[ ]|narrowly[ ]|well[ ]|far[ ])?short[ ]of[ ]"
    r"(?:the[ ]|a[ ])?\Z")
#: "by an average of" right before an amount, read as "by" the amount
_BY_AN_AVERAGE_OF: Final = re.compile(r"\bby[ ](?P<average>(?:an[ ])?average[ ]of[ ])\Z")
#: "cut to" before the homes a supply was cut to: "Power was cut to 40,000 homes" (not "Speed
#: limits were cut to 20mph", "Flows were cut to 50 cumecs")
_CUT_TO: Final = re.compile(r"\bcut[ ](?:off[ ])?to[ ]\Z")
#: verbs that end the clause of another subject before the verb: "A lack of rainfall meant the
#: lake fell"
_CLAUSE_VERBS: Final = frozenset(["meant", "means", "left", "leaves", "caused", "causes", "saw",
                                  "sees", "made", "makes", "pushed", "forced", "forces"])
#: nouns that a supply or a snow word only describes: "the broadband rollout target", "gas
#: subsidy", "water bills"
_DESCRIBED_HEADS: Final = frozenset(["target", "targets", "rollout", "subsidy", "subsidies",
                                     "bill", "bills", "price", "prices", "allowance", "voucher",
                                     "vouchers", "budget", "budgets", "company", "companies",
                                     "firm", "firms", "tariff", "tariffs", "cap", "scheme",
                                     "programme", "program", "funding"])
#: "from" and an amount after a claim: the level a cut started at ("cut to 200,000 households
#: from 500,000"; not a clock's "from 10am")
_FROM_AMOUNT: Final = re.compile(r"[ ]from[ ][$£€]?[0-9][0-9,.]*(?![0-9]*(?:am|pm|[:.][0-9]))")
_SUPPLIES: Final = frozenset(["power", "electricity", "water", "gas", "supply", "supplies",
                              "heating", "internet", "broadband"])
_PREMISES: Final = frozenset(["home", "house", "property", "household", "premise", "premises",
                              "customer", "business", "building", "resident", "flat"])
#: words that say a tally went down, so that "to" gives it no rise
_TALLY_FALLS: Final = frozenset(["fewer", "recount", "lower", "reduced"])


def _rain_that_fell(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the amount is a depth of rain (perhaps an hour) that a form of "fall" right
    after it says fell ("200mm falling over 12 hours"), or that falls from rain or snow, the
    subject of a "fall" before it in its clause ("Rain falling at rates of up to 25mm per
    hour"; not "The river fell 20cm")."""
    if not _RAIN_AMOUNT_END.search(sentence.text, start, end):
        return False
    before = sentence.before(start, 1)
    if before and before[0].lower in ("to", "from", "by"):
        return False  # "Annual rainfall fell to 300mm": a total's new level
    after = sentence.after(end, 1)
    if after and after[0].lower in _FALL_FORMS:
        return True
    for word in reversed(sentence.before(start, 10)):
        if word.text in (",", ";", ":"):
            return False
        if word.lower in _FALL_FORMS:
            return _subject_among(sentence, word.start, _PRECIPITATION)
    return False


#: the forms of "fall" that say rain fell ("falls" may be a noun of rain: "falls of 120mm")
_FALL_FORMS: Final = frozenset(["fell", "falling", "fallen"])
#: a depth of rain ending a claim's text, perhaps by the hour or day: "50mm an hour"
_RAIN_AMOUNT_END: Final = re.compile(
    r"(?:mm|cm|millimet(?:re|er)s?|centimet(?:re|er)s?|inch(?:es)?)"
    r"(?:[ ](?:an?|per)[ ](?:hour|day)|/h(?:r)?)?\Z")


def _fell_to_a_depth(sentence: Sentence, start: int) -> bool:
    """ "Snow fell to a depth of" right before ``start``, rain or snow its subject."""
    depth = _FELL_TO_A_DEPTH.search(sentence.text, max(sentence.span[0], start - 24), start)
    return depth is not None and _subject_among(sentence, depth.start(), _PRECIPITATION)


def _subject_among(sentence: Sentence, verb_start: int, nouns: FrozenSet[str]) -> bool:
    """Whether one of ``nouns`` stands in the clause before a verb (up to ten words back, not
    past a comma), not describing another noun: "Power in parts of Kent was cut", "Snow
    showers fell" (not "the reservoir fell ... with little snow", "The broadband rollout
    target was cut")."""
    words = sentence.before(verb_start, 10)
    edge = max((index + 1 for index, word in enumerate(words)
                if word.text in (",", ";", ":") or word.lower in _CLAUSE_VERBS), default=0)
    clause = words[edge:]
    for index, word in enumerate(clause):
        if word.lower in nouns:
            following = clause[index + 1] if index + 1 < len(clause) else None
            return following is None or following.lower.split("'")[0] not in _DESCRIBED_HEADS
    return False


def _supply_cut_to(sentence: Sentence, start: int, end: int) -> bool:
    """ "Power was cut to" right before ``start`` and homes or customers counted: the
    claim counts who lost a supply, not a new level (not "cut to 200,000 households from
    500,000")."""
    cut = _CUT_TO.search(sentence.text, max(sentence.span[0], start - 12), start)
    return cut is not None and _subject_among(sentence, cut.start(), _SUPPLIES) \
        and not _FROM_AMOUNT.match(sentence.text, end) and any(
            units.singular(word.lower) in _PREMISES
            for word in sentence.before(end, 1) + sentence.after(end, 1))


def _change_for(sentence: Sentence, start: int, end: int) -> Optional[Change]:
    """The change of the claim from ``start`` to ``end``, as change_for reads it."""
    if _SHORT_OF.match(sentence.text, end):
        return None  # "fell 8 votes short of the 289 needed": a shortfall, no change
    start = level_start(sentence, start)
    vocabulary = sentence.vocabulary
    indexed = _BY_INDEX_PLUS.search(sentence.text, max(sentence.span[0], start - 24), start) \
        if "plus" in vocabulary else None
    if indexed is not None:
        word, _ = change_verb_in_clause(sentence, indexed.start(), past_objects=True)
        if word is not None:
            return Change(word.direction, "delta")  # "Bills will rise by CPI plus 3.9%": the
            # rise above inflation
    if not vocabulary.isdisjoint(_CUT_OFF_WORDS) \
            and _CUT_OFF_AT.search(sentence.text, max(sentence.span[0], start - 16), start):
        return None  # "The 364-day T-bill was cut off at 6.98%": where an auction cleared
    ranging = _RANGING_FROM.search(sentence.text, max(sentence.span[0], start - 64), start) \
        if not vocabulary.isdisjoint(RANGING) else None
    if ranging is not None and any(ranging_word(sentence, word) for word in
                                   sentence.after(ranging.start(), 1)):
        return None  # "lost sums ranging from £500 to £250,000": one range, no change
    averaged = _BY_AN_AVERAGE_OF.search(sentence.text, max(sentence.span[0], start - 20), start) \
        if "average" in vocabulary else None
    if averaged is not None:
        start = averaged.start("average")  # "lowered prices by an average of 9%": by 9%
    if "short" in vocabulary and _FELL_SHORT_OF.search(
            sentence.text, max(sentence.span[0], start - 32), start):
        return None  # "fell just short of the 5 per cent hurdle": a bar not reached, no fall
    if not vocabulary.isdisjoint(_FALL_FORMS) and _rain_that_fell(sentence, start, end):
        return None  # "with 1,080mm falling across the state", "Rain fell at a rate of 50mm
        # an hour": the rain that fell, no fall of a level
    if "depth" in vocabulary and _fell_to_a_depth(sentence, start):
        return None  # "Snow fell to a depth of 15cm": how deep it lies, no fall
    if not vocabulary.isdisjoint(_BANDS) and _FALLS_INTO.search(
            sentence.text, max(sentence.span[0], start - 24), start) \
            and any(word.lower in _BANDS for word in sentence.after(end, 3)):
        return None  # "If your income falls into the 40% (tax) band": where it belongs, no
        # fall
    if "cut" in vocabulary and _supply_cut_to(sentence, start, end):
        return None  # "Power was cut to 40,000 homes", "cut to one in five homes": who lost
        # the supply, no fall
    if "with" in sentence.vocabulary and "of" in sentence.vocabulary and _PROPERTY_OF.search(
            sentence.text, max(sentence.span[0], start - 40), start):
        return None  # "decays with a half-life of 5,730 years", "falls with an acceleration
        # of 9.8 m/s²": a property of the thing, no change
    if (sentence.text.find("/", start, end) >= 0 or "per" in sentence.text[start:end].lower()) \
            and _GRADIENT_END.search(sentence.text, start, end):
        return None  # "a fall of about 20mm per metre": a slope, a length along a length
    if sentence.text.startswith("within ", start) \
            and _DURATION_END.search(sentence.text, start, end):
        return None  # "Prices rose within 3 days": how soon, no change
    if _by_a_deadline(sentence, start, end):
        return None  # "Morning sickness usually eases by 16 to 20 weeks": when, no change
    if sentence.text.startswith((" into ", " after ", " later", " earlier", " ago"), end) \
            and _DURATION_END.search(sentence.text, start, end) \
            and _PLAIN_DURATION.fullmatch(sentence.text, start, end) \
            and not sentence.text.endswith(" by ", sentence.span[0], start) \
            and not _timed_subject(sentence, start):
        return None  # "sank four days into its maiden voyage", "receded 24 hours after the
        # storm", "receded two days later": when, no change (but "extended by two years into
        # 2028", "fell 20% a month into the lockdown", "Waiting times increased 20 minutes
        # after the cuts": a time that changed)
    before = sentence.before(start, 2)
    if len(before) == 2 and before[-1].lower == "of" and before[0].lower in _WEATHER_NOUNS \
            and _RAIN_OR_SEA_END.search(sentence.text, start, end) \
            and (before[0].lower == "swells" or _RAIN_END.search(sentence.text, start, end)
                 or not sentence.vocabulary.isdisjoint(_PRECIPITATION)
                 or not sentence.vocabulary.isdisjoint(_STORM_WORDS)) \
            and not _WATER_LEVEL_AFTER.match(sentence.text, end) \
            and not any(sign in sentence.text[start:end] for sign in "$£€¥₹"):
        return None  # "Heavy falls of 120mm", "swells of 4 to 6 metres": rain and sea, no
        # change (but "falls of 5% in shares", "falls of 2m in water levels", "falls of 50
        # feet in Lake Mead", "falls of $40m": rain is measured in mm, cm or inches)
    if before and before[-1].lower == "by" and _people_acting(sentence, end) \
            and _passive_before(sentence, before[-1].start) \
            and not _headcount_subject(sentence, before[-1].start):
        return None  # "The petition was raised by 300 prisoners", "invoices raised by 37
        # shell companies": who did it, no change
    if before and before[-1].lower in _FOCUS_WORDS \
            and _SPAN_OF_TIME_AFTER.match(sentence.text, end) \
            and _DURATION_END.search(sentence.text, start, end):
        return None  # "Sales jumped only 2 days after the launch": when, no change
    if len(before) == 2 and before[-1].lower in _FOCUS_WORDS and before[-1].text.islower() \
            and before[0].lower in lexicon.load().changes:
        before = sentence.before(before[-1].start, 2)  # "lost just 2 games": read the verb
        # (but not "extended to another 12 countries")
    if before and before[-1].lower in _SHAVING and _OFF_AFTER.match(sentence.text, end):
        return Change("down", "delta")  # "shaves 12 minutes off the journey" (but "The barber
        # shaves 40 customers a day")
    if before and before[-1].lower in _SINKING and _LENGTH_IN.search(sentence.text, start, end):
        return Change("down", "delta")  # "has subsided 30cm since 2010" (but "The pain
        # subsided 20 minutes after": a time, no change)
    role = "delta"
    if len(before) == 2 and before[0].lower == "up" and before[1].lower == "to" \
            and _BOUND_PHRASE.match(sentence.text, start) \
            and change_before(sentence, before[0].start) is None:
        return None  # "payable up to a maximum of £85,000": one bound, no rise (but "the
        # delay doubles up to a maximum of 32 seconds")
    if before and before[-1].lower in ("from", "to"):
        role = before[-1].lower
        start = before[-1].start
    word = change_before(sentence, start)
    if word is not None and role == "delta" and len(before) == 2 and before[-1].lower == "by" \
            and before[0].lower in _TEMPERING_VERBS and _plural_things(sentence, end) \
            and not sentence.text[start:end].lower().endswith("notches"):
        return None  # "The server is cooled by 40 fans": what cools it, no fall (a change of
        # temperature is in degrees)
    if word is not None and role == "delta" and _dropped_things(sentence, before, end):
        return None  # "jets dropped 100 bombs": what fell, no decrease
    if word is not None and role == "delta" and _lost_contests(sentence, before, end):
        return None  # "have lost 11 straight games": the defeats, no decrease
    if word is not None and role == "delta" and before[-1].lower in _WALK_VERBS \
            and _SHAPE_LENGTH_END.search(sentence.text, start, end):
        return None  # "He hiked 12 miles": a walk's length, no price hike
    if word is not None and role == "delta" and before[-1].lower in _RECOVER_VERBS \
            and _SHARE_OF.match(sentence.text, end):
        return None  # "The plant recovered 58% of the lithium": a share got back, no rise
    if word is not None and role == "delta" and _stats_added(sentence, before, end):
        return None  # "Brown added 22 points for Boston": a player's haul, no rise
    if word is not None and before and (
            before[-1].lower in _DESCENT_VERBS
            or (len(before) == 2 and before[-1].lower == "from"
                and before[0].lower in _DESCENT_VERBS)) \
            and not _SHAPE_LENGTH_END.search(sentence.text, start, end):
        return None  # "Visitors descend 300 steps", "descended from 3 brothers": no fall
    if word is not None and role == "delta" and before \
            and before[-1].lower in _PARTICIPLES_OF_LEVELS \
            and not _PERCENT_POINTS_OR_MONEY.search(sentence.text, start, end):
        return None  # "sinking 7 three-pointers", "widening 14 miles of the A1": a verb of
        # its own object; but "sliding 45%", "rising 5 points" change
    if word is not None and role == "delta" and before and before[-1].lower in _FALL_VERBS \
            and _PLACE_AFTER.match(sentence.text, end) \
            and _SHAPE_LENGTH_END.search(sentence.text, start, end) and any(
                units.singular(w.lower) in _FALLING_THINGS for w in sentence.before(
                    before[-1].start, 1)):
        return None  # "A drone fell 300 metres from the reactor": where it fell, no fall
    if word is not None and role == "delta" and before and before[-1].lower in _EVENT_VERBS \
            and ((before[-1].lower in _SINK_VERBS and _counted_things(sentence, end))
                 or _PLACE_OR_TIME_AFTER.match(sentence.text, end)):
        return None  # "has sunk 15 Russian warships", "faded 20 minutes from time", "sunk 20
        # miles off the coast": what sank, where or when
    if word is None and role == "delta" and before and before[-1].lower in ("up", "down", "off"):
        word = _elliptic_change(sentence, before, start, end)
    elif word is None and role == "from":
        word = change_before_comma(sentence, start)
        if word is None and level_verb_before(sentence, start):
            return Change("", "from")  # directions_from_levels reads the way from the "to"
    elif word is None and role == "to":
        word = change_before_comma(sentence, start)  # "Applications doubled, to 40,000"
    if word is not None:
        first = sentence.after(start, 2)
        if role == "delta" and first and _bounds_a_level(first) and before[-1].lower != "by":
            role = "to"  # "fell below 60": the new level is under 60; "fell by under 2%"
        return Change(word.direction, role)
    if before and before[-1].lower in ("of", "to") and _BY_AMOUNT.match(sentence.text, end) \
            and sentence.text[end - 1:end].isalpha():
        return None  # "cut the price of 200 products by 10%": the 10% is the change (but
        # "cut its rate to 4.5% by a quarter point" keeps the new level)
    if len(before) == 2 and before[-1].lower == "of" and before[0].lower in _VALUATIONS:
        return None  # "raise funding at a valuation of $40 billion": what the firm is worth
    if len(before) == 2 and before[-1].lower == "of" and before[0].lower in _PRICED_NOUNS:
        return None  # "lowered the price of 2-litre milk to $3.10": the size of what is
        # priced, no change
    if before and before[-1].lower in ("by", "of", "from", "to"):
        word, particle = change_verb_in_clause(sentence, before[-1].start,
                                               after_of=before[-1].lower == "of",
                                               past_objects=before[-1].lower == "by",
                                               factors=before[-1].lower == "to" or (
                                                   before[-1].lower == "from"
                                                   and not _counted_things(sentence, end)))
        if word is not None and word.indirect and before[-1].lower == "of" \
                and [w.lower for w in sentence.before(before[-1].start, 1)] == ["building"]:
            return None  # "a building of 20 floors": the noun, no change (but "a raise of
            # 1.50 pounds an hour", "an uprating of 6.7%" are changes)
        if word is not None and before[-1].lower == "by" \
                and _lost_contests(sentence, before, end):
            return None  # "lost her seat by 1,200 votes": the margin of a defeat
        if word is not None and before[-1].lower == "to" and _counted_things(sentence, end) \
                and ((word.factor is not None and _receivers(sentence, end))
                     or _provision_before(sentence, before[-1].start, end)
                     or ((place := _FROM_A_PLACE.search(
                         sentence.text, max(sentence.span[0], before[-1].start - 32),
                         before[-1].start)) is not None
                         and (not sentence.vocabulary.isdisjoint(_ROUTE_NOUNS)
                              or _places_counted(sentence, end, place)))):
            return None  # "doubled its grants to 300 charities", "cut aid to 2 million
            # Afghans", "on routes from Dublin to 30 cities": the receivers or the places, not
            # the new level ("doubled its workforce to 2,000
            # staff" is the new level)
        if word is None and before[-1].lower == "by" \
                and sentence.text[before[-1].start - 2:before[-1].start] == ", " \
                and _PERCENT_POINTS_OR_MONEY.search(sentence.text, start, end):
            # "Rents rose fastest in Wales, by 9.1%", "Prices rose sharply, by 4%"
            word, particle = change_verb_in_clause(sentence, before[-1].start - 2)
        if word is not None:
            if role == "delta" and particle in ("from", "to") and before[-1].lower != "by":
                # "fell to an annual rate of 3.93 million": the new level; but "cut
                # subsidies to bus operators by £300m" is the size of the cut
                role = particle
            return Change(word.direction, role)
    if role == "to" and running_total_before(sentence, start):
        return Change("up", "to")  # "taking the total to 128,495": a tally only grows
    if before and before[-1].text.isalpha() and (
            (sentence.text[end - 1:end] in _PERCENT_LAST
             and _PERCENT_END.search(sentence.text, start, end))
            or _RATE_POINTS_END.search(sentence.text, start, end)
            or (before[-1].lower in ("at", "only") and _PERCENT_A_YEAR_END.search(
                sentence.text, start, end))) \
            and not (before[-1].lower == "in" and _OF_AFTER.match(sentence.text, end)):
        # but "tumours shrank in 37% of cases": a share of the cases
        word, particle = change_verb_in_clause(sentence, start)
        if word is not None and not particle and not word.adverb \
                and not (word.indirect and (_OF_AFTER.match(sentence.text, end)
                                            or before[-1].lower in BE_FORMS)):
            # (but "The appeal raised 40% of its target": a share of what it raised; "the
            # cost of raising funds was 18.4%": a level of the subject)
            if word.indirect and any(w.lower in _CONTINUING_VERBS
                                     for w in sentence.before(start, CHANGE_VERB_REACH)):
                word = _noun_of_change_after(sentence, end) or word  # "extending a 4%
                # slide": the slide says which way, "extend" only that it goes on
            return Change(word.direction, "delta")  # "cut emissions 68%", "raised prices 5%"
    after = sentence.after(end, 4)
    if len(after) >= 2 and after[0].lower in _COMPARATIVES \
            and (_than_follows(after) or after[1].lower == "likely") \
            and not (after[0].lower not in ("more", "fewer", "less")
                     and _plural_things(sentence, end)):
        # "8% more than a year earlier", "3C warmer than", "80% less energy than", "60%
        # more likely to die" (but "12 planets smaller than Earth" are things, told by size)
        return Change(_COMPARATIVES[after[0].lower], "delta")
    against = after[2:] if len(after) > 2 and after[1].lower == "of" else after[1:]
    level = sentence.before(start, 1)
    if against and after[0].lower in _AHEAD_OR_BEHIND \
            and not (level and level[0].lower in ("at", "to", "of")) \
            and (against[0].lower in _COMPARED_PERIODS or (
                len(against) > 1 and against[0].lower in ("the", "a")
                and against[1].lower in _COMPARED_PERIODS and against[1].text.islower())) \
            and sentence.gap(end, after[0].start) == " " \
            and _PERCENT_OR_POINTS_END.search(sentence.text, start, end):
        # "sales were 4.2% ahead of last year", "3% behind plan" (but "3 seconds ahead of
        # Smith" is a gap in a race, "20 points ahead of the Tories" a lead, and "held at
        # 5.25% ahead of the Budget" a level before an event)
        return Change(_AHEAD_OR_BEHIND[after[0].lower], "delta")
    if after and after[0].lower in _PACES and (
            _PERCENT_END.search(sentence.text, start, end)
            or (after[0].lower in _LOUDNESS and _DECIBELS_END.search(sentence.text, start, end))) \
            and sentence.gap(end, after[0].start) == " " \
            and sentence.text[after[0].end:after[0].end + 1] != "-" and (
                after[0].lower not in _QUALITIES or _than_follows(after)
                or (_clause_ends(after[1:2]) and _after_be(sentence, start))):
        # "50% faster than its predecessor", "a 12% faster CPU", "30% quieter" (but "12
        # seconds faster than": which way a time goes is not said; "40% better off
        # households", "40% faster-growing firms": compound adjectives; "32% said better and
        # 41% worse": answers to a survey)
        return Change(_PACES[after[0].lower], "delta")
    difference = _difference_after(sentence, start, end, after)
    if difference is not None:
        return difference
    if after and "than" in sentence.vocabulary and (after[0].lower == "than" or (
            after[0].text.isalpha() and _than_later(sentence, end))):
        compared = _COUNT_COMPARED.search(sentence.text, start, end)
        if compared is not None:  # "1,150 fewer officers than in 2010", "About 1,200 more
            # patients died than expected"
            return Change(_COMPARATIVES[compared.group(1).lower()], "delta")
    after = after[:2]
    changes = lexicon.load().changes
    if after and after[0].lower in ("higher", "lower") and _lower_case(sentence, after[0]) \
            and not _band_name(sentence, start, after[0]):
        # "ended 2.1% higher at"; but "the 40% higher rate" names a band of tax
        return Change(changes[after[0].lower].direction, "delta")
    if len(after) == 2 and after[1].lower in _RISK_NOUNS \
            and sentence.gap(end, after[0].start) == " " \
            and _PERCENT_OR_POINTS_END.search(sentence.text, start, end):
        direction = _COMPARATIVES.get(after[0].lower) or (
            "up" if after[0].lower == "elevated" else "")
        if direction:
            return Change(direction, "delta")  # "a 12% greater risk", "a 40% elevated risk"
    adverbs = ("up", "down", "higher", "lower", "off")
    if after and after[0].lower in _PROJECT_NOUNS and _MONEY_END.search(sentence.text, start, end) \
            and not (len(after) > 1 and after[1].lower == "in"):
        return None  # "a £1.7bn upgrade of the line": what the works cost, no rise
    if after and after[0].lower in changes and after[0].lower not in adverbs \
            and not _verb_with_object(after) \
            and changes[after[0].lower].factor is None and not changes[after[0].lower].modal \
            and not _verb_of_another_subject(sentence, end, after[0]) \
            and not _object_of_participle(sentence, start) \
            and not _habit_with_an_effect(sentence, start, end, after) \
            and not _people_acting(sentence, end) \
            and not (after[0].lower in _FOUND_AGAIN and _plural_before(sentence, end)
                     and not _points_before(sentence, end)) \
            and not (after[0].lower.endswith("s")
                     and _COMPOUND_MEASURE_END.search(sentence.text, start, end)) \
            and not (len(after) > 1 and after[1].lower == "up"
                     and after[0].lower.startswith(("grow", "grew"))) \
            and not (changes[after[0].lower].indirect
                     and after[0].lower.endswith(("ed", "ing"))) \
            and not (after[0].lower in _WEATHER_NOUNS
                     and _RAIN_OR_SEA_END.search(sentence.text, start, end)) \
            and not _is_verb_form(after[0].lower) and not _takes_an_object(sentence, after[0]) \
            and not _level_before_its_verb(sentence, start, after[0]) \
            and not (len(after) > 1 and after[1].lower in _MEASURED_HEADS
                     and _SHAPE_LENGTH_END.search(sentence.text, start, end)) \
            and not _BY_AMOUNT.match(sentence.text, after[0].end):
        # but "a four-year extended licence", "50 foot building lots": a participle of an
        # indirect verb describes; "a 10mm expansion gap", "a 40cm cutting width": a size
        if not sentence.gap(end, after[0].start).strip() \
                and not (after[0].lower == "cut" and _TAKES_A.search(
                    sentence.text, max(sentence.span[0], start - 16), start)
                         and (len(after) < 2 or after[1].lower in ("of", "on", "per", "for")
                              or not after[1].text.isalpha())):
            return Change(changes[after[0].lower].direction, "delta")  # (but "takes a 30%
            # cut of sales": a share; "took a 10% cut in pay", "got a 20% cut to its budget"
            # are falls)
    if len(after) == 2 and after[1].lower in changes and after[1].lower not in adverbs \
            and not _is_verb_form(after[1].lower) and _named_change(sentence, start, end, after) \
            and not _BY_AMOUNT.match(sentence.text, after[1].end) \
            and not _COUNTED_OBJECT_NEXT.match(sentence.text, after[1].end):
        return Change(changes[after[1].lower].direction, "delta")  # (but "repayments on a
        # $600,000 loan rise by $76", "the $12.8 billion budget cuts 1,700 jobs": a verb)
    named = _after_hyphen_chain(sentence, end)
    if named is not None and named.lower in changes and named.lower not in adverbs \
            and not _is_verb_form(named.lower) and _article_and_share(sentence, start, end):
        return Change(changes[named.lower].direction, "delta")  # "an 18% year-on-year
        # decrease", "a 3% like-for-like fall"
    passive = _passive_change(sentence, end)
    if passive is not None:
        return passive
    three = sentence.after(end, 3)
    if len(three) == 3 and three[2].lower in changes and three[2].lower not in adverbs \
            and not _is_verb_form(three[2].lower) and three[1].text.isalpha() \
            and three[1].text.islower() and three[1].lower not in lexicon.load().function_words \
            and _named_change(sentence, start, end, three[:2]) \
            and sentence.gap(end, three[2].end).count(" ") == 3:
        return Change(changes[three[2].lower].direction, "delta")  # "a 4.99% council tax rise"
    carried = _CARRIED_TO.search(sentence.text, max(sentence.span[0], start - 48), start) \
        if role == "to" and not _counted_things(sentence, end) else None
    if carried is not None and carried.group("level").lower() in _CAUSATIVE_LEVELS:
        # "pushed temperatures to 40.3C", "takes the rate to 5.25%": the new level (but "sent
        # the figure to 27 member states" sent it to them; "pushed yields to 1.2%, the lowest
        # since 2020" names no way)
        upward = carried.group("verb").lower() in _UPWARD_CAUSATIVES \
            and _LOW_AFTER.search(sentence.text, end, sentence.span[1]) is None
        return Change("up" if upward else "", "to")
    return None


#: "ahead of" and "behind" after a percentage: which way it differs from what follows
_AHEAD_OR_BEHIND: Final = {"ahead": "up", "behind": "down"}
#: what such a percentage is measured against: "last year", "the same period", "plan"
_COMPARED_PERIODS: Final = frozenset(["last", "same", "previous", "prior", "year", "plan",
                                      "budget", "forecast", "forecasts", "expectations",
                                      "target", "targets"])


#: words after a new level that it is low: "drove prices to $20 a barrel, a 20-year low"
_LOW_AFTER: Final = re.compile(r"\b(?:low|lows|lowest|bottom|trough|minimum)\b", re.IGNORECASE)


#: words that label a number inside a change's object ("cut Scope 1 and 2 emissions 50%",
#: "Tier 2 suppliers", "ISO 14001 sites"), and the label with its numbers (not "a Category
#: 4 storm with winds of 140mph", whose number stops the search as any other)
_LABEL_HEADS: Final = frozenset(["scope", "tier", "phase", "iso"])
_LABELLED_NUMBER: Final = re.compile(
    r"\b(?:[Ss]cope|[Tt]ier|[Pp]hase|ISO)[ ][0-9]{1,5}"
    r"(?:(?:,[ ]|[ ](?:and|&|to)[ ])[0-9]{1,2})*\b")
#: a model's code of capitals and digits inside a change's object: "raise A320 output to 75"
_MODEL_CODE: Final = re.compile(r"(?<![A-Za-z])[A-Z]{1,3}[0-9]{2,4}\Z")
#: a verb of taking and its article before a share called a cut: "takes a 30% cut"
_TAKES_A: Final = re.compile(
    r"\b(?:take|takes|took|taken|taking|keep|keeps|kept|keeping|get|gets|got|want|wants"
    r"|demand|demands|demanded)[ ](?:a|an|its|their|his|her)[ ]\Z", re.IGNORECASE)
#: auxiliaries between a count and a passive participle: "were", "will be", "have been"
_PASSIVE_AUXILIARIES: Final = frozenset(
    "is are was were be been being will would could may might have has had".split())
_JOB_NOUNS: Final = _GRAMMAR["job_nouns"]
_COUNT_GAINS: Final = _GRAMMAR["count_gain_participles"]
_COUNT_LOSSES: Final = _GRAMMAR["count_loss_participles"]


def _object_of_participle(sentence: Sentence, start: int) -> bool:
    """An amount right after "earning", "paying" or "on" belongs to the subject the verb after
    it tells of: "A household earning $75,000 falls in the 22% bracket", "Those on 15mg lost
    20.9% of their weight"."""
    before = sentence.before(start, 1)
    return bool(before) and before[0].lower in _PARTICIPLES_OF_HOLDING


def _headcount_subject(sentence: Sentence, by_start: int) -> bool:
    """Whether the subject before a passive's "by" is a number of people or a group of
    members, not after a preposition: "Membership was cut by 300 members", "The list of
    shortlisted bidders was cut by three companies", "The squad for the tour was cut by five
    players" (not "Funds for the programme were raised by 200 volunteers", "At the council
    meeting, objections were raised by 200 residents": a noun's modifier)."""
    words = sentence.before(by_start, 10)
    function_words = lexicon.load().function_words
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.lower in _HEADCOUNTS and index + 1 < len(words) \
                and (words[index + 1].lower in _AFTER_A_SUBJECT
                     or words[index + 1].lower in function_words
                     or not words[index + 1].text.isalpha()):
            owner = [w for w in words[max(0, index - 2):index] if w.lower != "the"]
            return not owner or owner[-1].lower not in _SUBJECT_BREAKS
    return False


#: prepositions before a noun that is then no subject: "Funds for the programme"
_SUBJECT_BREAKS: Final = frozenset(["for", "on", "at", "in", "from", "to", "with", "into",
                                    "about", "over"])
#: words right after a subject's head: "The squad was", "The list of"
_AFTER_A_SUBJECT: Final = frozenset(["was", "were", "is", "are", "has", "have", "had", "of",
                                     "been"])
#: nouns of a number of people or of a group's members, whose change is in them
#: (grammar_words.txt)
_HEADCOUNTS: Final = _GRAMMAR["headcounts"]


#: change words that, after things counted, tell that they were found: "17 rifles recovered"
_FOUND_AGAIN: Final = frozenset(["recovered", "retrieved", "restored"])


def _points_before(sentence: Sentence, end: int) -> bool:
    """Whether the claim ending at ``end`` counts points, which a market wins back: "with 40
    points recovered by the close"."""
    last = sentence.before(end, 1)
    return bool(last) and last[0].lower in ("points", "pts")


def _plural_before(sentence: Sentence, end: int) -> bool:
    """Whether the claim ending at ``end`` ends with a plural noun: "17 rifles"."""
    last = sentence.before(end, 1)
    return bool(last) and last[0].text.isalpha() and last[0].text.islower() \
        and units.singular(last[0].lower) != last[0].lower


def _passive_before(sentence: Sentence, by_start: int) -> bool:
    """Whether a participle before "by" is passive and may name who acted: a form of "be"
    or a plural noun before it ("was raised by", "invoices raised by"; not "raised prices
    by", nor a change that happens of itself with no "be": "Class sizes increased by five
    pupils")."""
    before = sentence.before(by_start, 3)
    if not before or not before[-1].lower.endswith(("ed", "en", "wn", "ght", "ld", "ut")):
        return False
    if any(w.lower in _BE_WORDS for w in before[:-1]):
        return True
    if before[-1].lower in _CHANGE_PARTICIPLES:
        return False  # "Class sizes increased by five pupils": a change of its own, which
        # no one did
    return (
        len(before) > 1 and (before[-2].text.islower() or before[-2].start == sentence.span[0])
        and units.singular(before[-2].lower) != before[-2].lower
        and before[-2].lower not in lexicon.load().function_words)


def _people_acting(sentence: Sentence, end: int) -> bool:
    """Whether the number counts people, whose verb after them tells what they did, no change
    of the number: "About 300 truckers rallied at the port", "2,000 fans surged onto the
    pitch"."""
    last = sentence.before(end, 1)
    if not last or not last[0].text.isalpha():
        return False
    noun = units.singular(last[0].lower)
    return noun != last[0].lower and (noun in _PERSON_NOUNS or noun in _BODIES
                                      or noun.endswith(_AGENT_ENDINGS))


#: nouns of a person (grammar_words.txt)
_PERSON_NOUNS: Final = lexicon.word_sections("grammar_words.txt")["person_nouns"]
#: bodies that act as people do: "raised by 37 shell companies"
_BODIES: Final = frozenset(["company", "firm", "bank", "business", "council", "club",
                            "charity", "country", "state", "government", "group", "union",
                            "university", "college", "school", "airline", "hospital", "trust",
                            "authority", "agency", "nation", "province", "county", "city",
                            "utility", "court", "judge", "fund", "insurer", "landlord"])
#: endings of nouns of people by what they do: "truckers", "dockers", "activists"
_AGENT_ENDINGS: Final = ("er", "or", "ist", "ian")


def _habit_with_an_effect(sentence: Sentence, start: int, end: int,
                          after: Sequence[Word]) -> bool:
    """A daily amount before a verb with an object of its own is the habit whose effect the
    verb tells: "Eating 50g of processed meat a day raises bowel cancer risk by 18%",
    "Sleeping 7 hours a night boosts memory"."""
    return _HABIT_RATE_END.search(sentence.text, start, end) is not None and len(after) > 1 \
        and after[1].text.isalpha() and after[1].lower not in ("by", "to", "from", "in", "on")


#: a road's code inside a change's object: "the B4560", "the M25", "the A303"
_ROAD_CODE: Final = re.compile(r"[ABM][0-9]{1,4}(?:[(]M[)])?")
_ROAD_WORDS: Final = frozenset(["road", "roads", "limit", "limits", "motorway", "junction",
                                "junctions", "traffic", "lane", "lanes", "carriageway", "bypass",
                                "roadworks", "mph"])
#: works that an amount of money pays for, nouns that are no changes after it: "a £1.7bn
#: upgrade", "a £40m improvement of the station" (but "a £1.7bn increase", "a $50m improvement
#: in operating profit")
_PROJECT_NOUNS: Final = frozenset(["upgrade", "upgrades", "improvement", "improvements",
                                   "extension", "extensions", "refurbishment", "renovation",
                                   "redevelopment", "overhaul", "widening", "regeneration",
                                   "makeover", "revamp"])
_MONEY_END: Final = re.compile(r"(?:[$£€¥]|\b[A-Z]{3}[ ]?)[0-9][0-9,.]*(?:[ ]?(?:bn|m|k|million"
                               r"|billion|trillion))?\Z")
#: a measure glued to its unit by a hyphen, which describes the noun after it: the "40-tonne"
#: of "40-tonne tanks" ("tanks" is no verb there; "a 5-cent drop" is a change)
_COMPOUND_MEASURE_END: Final = re.compile(r"[0-9]-[^\W\d_]+\Z")
#: the end of a daily amount: "a day", "per week", "a night", "daily"
_HABIT_RATE_END: Final = re.compile(
    r"(?:[ ](?:a|an|per|each|every)[ ](?:day|week|night|month)|[ ]daily|[ ]weekly)\Z")
#: words after which an amount describes a subject: "earning £50,000", "on 15mg"
_PARTICIPLES_OF_HOLDING: Final = frozenset(["earning", "earns", "paying", "on", "spending",
                                            "owing", "holding", "taking"])


def _verb_of_another_subject(sentence: Sentence, end: int, verb: Word) -> bool:
    """A verb in -s right after a plural noun agrees with another subject: "Bus carrying 40
    students crashes" (the bus crashes; the students do not change)."""
    noun = sentence.before(end, 1)
    return bool(noun) and verb.lower.endswith("s") and not verb.lower.endswith("ss") \
        and noun[0].text.isalpha() and noun[0].text.islower() \
        and units.singular(noun[0].lower) != noun[0].lower


def _passive_change(sentence: Sentence, end: int) -> Optional[Change]:
    """ "47,500 jobs were added", "3,000 jobs will be cut": a count of jobs, passive
    auxiliaries and a participle of gaining or losing, then nothing but a function word (not
    "300 jobs were cut free")."""
    if not sentence.text[end - 1:end].isalpha() \
            or sentence.before(end, 1)[0].lower not in _JOB_NOUNS:
        return None  # only jobs: "£10bn was lost to fraud", "12 validators were slashed"
    after = sentence.after(end, 5)
    n = 0
    while n < min(3, len(after)) and after[n].lower in _PASSIVE_AUXILIARIES:
        n += 1
    if n == 0 or n == len(after) or (after[n].lower not in _COUNT_GAINS
                                     and after[n].lower not in _COUNT_LOSSES):
        return None
    following = after[n + 1] if n + 1 < len(after) else None
    if following is not None and following.text.isalpha() \
            and following.lower not in lexicon.load().function_words:
        return None
    return Change("up" if after[n].lower in _COUNT_GAINS else "down", "delta")


def _difference_after(sentence: Sentence, start: int, end: int,
                      after: Sequence[Word]) -> Optional[Change]:
    """A difference written after the amount with no "than": "$20 cheaper", "4C hotter by
    climate change", "10% more intense", "20% down on last year" (but "0.7°F above average" is an
    anomaly, a level of its own, as reference tables hold it)."""
    if not after or not _lower_case(sentence, after[0]) \
            or sentence.gap(end, after[0].start) != " ":
        return None
    word = after[0].lower
    following = after[1].lower if len(after) > 1 else ""
    if word in _PRICE_COMPARATIVES or (word in ("more", "less") and following
                                       in _PRICE_ADJECTIVES):
        # "$20 cheaper", "15% dearer", "8% more expensive this year"
        return Change(_PRICE_COMPARATIVES.get(word) or _COMPARATIVES[word], "delta")
    # (a search of the amount, made only for the words whose reading needs it)
    percent = word in _PERCENT_READERS \
        and _PERCENT_OR_POINTS_END.search(sentence.text, start, end) is not None
    if word in _COMPARATIVES and word not in _COMPARATIVE_WORDS \
            and not sentence.text[end - 1:end].isdigit() \
            and not (word not in ("more", "fewer", "less") and _plural_things(sentence, end)) \
            and (
                not following or not after[1].text.isalpha()
                or following in lexicon.load().function_words):
        # "4C hotter by", "20% wetter because" (a bare count is no difference: "40 older and
        # 40 younger adults"; nor are things told by a quality: "12 planets smaller than
        # Earth", but "300 staff fewer than last year" is)
        return Change(_COMPARATIVES[word], "delta")
    if word == "fewer" and percent and len(after) > 1 and after[1].text.isalpha():
        return Change("down", "delta")  # "12% fewer Easter eggs"
    if word in ("more", "less") and percent and following.endswith(_ADJECTIVE_TAILS) \
            and after[1].text.isalpha():
        # "10% more intense", "30% more efficient" (but "15.06% less fees": minus the fees)
        return Change(_COMPARATIVES[word], "delta")
    if word in ("more", "less") and not sentence.text[end - 1:end].isdigit() and (
            len(after) < 2 or not after[1].text[:1].isalnum()
            or (after[1].text.isalpha() and (_lower_case(sentence, after[1])
                                             or after[1].text.isupper())
                and following not in _ADD_ON_WORDS
                and not (following.endswith("ly") and not percent)
                and not (word == "less" and (following in _DEDUCTIONS or (
                    following == "time" and len(after) > 2 and after[2].lower == "served")))
                and not (len(after) > 2 and after[2].lower in _ADD_ON_WORDS)
                and following not in lexicon.load().function_words)):
        # "uses 10% less memory", "200 MB less RAM", "took 2 seconds less" (but "15.06% less
        # fees", "7.86% less full fees": minus the fees; "5 more picks" counts them)
        return Change(_COMPARATIVES[word], "delta")
    if word in ("up", "down") and (
            (following == "on" and _PERIOD_AFTER_ON.match(sentence.text, after[1].end))
            or [w.lower for w in after[1:3]] == ["year", "on"]):
        return Change(word, "delta")  # "20% down on last year", "5% down year on year"
    if word in ("above", "below") and percent and _EARLIER_TIME.match(sentence.text, after[0].end):
        # "11% above last year", "4% below the previous round": a change since then (but "53%
        # below 1990 levels", "3C above average" are levels against a baseline)
        return Change("up" if word == "above" else "down", "delta")
    return None


#: the words after an amount whose reading asks whether it is a percentage or points
_PERCENT_READERS: Final = frozenset(["fewer", "more", "less", "above", "below"])
#: an earlier time a figure is set against: "last year", "a year earlier", "the previous
#: round", "the same month last year"
_EARLIER_TIME: Final = re.compile(
    r"[ ](?:last[ ](?:year|month|week|quarter|season|time)\b(?!'s)|a[ ](?:year|month|week)[ ]"
    r"(?:earlier|ago|before)\b|the[ ](?:previous|prior|preceding|same)[ ](?:year|quarter|month"
    r"|week|day|period|season|session|round|cycle|election|meeting|auction)\b"
    r"(?![ ](?:levels?|average)))", re.IGNORECASE)  # (a forecast, a target: baselines)


#: what a change "up on" or "down on" is measured against: a period or a benchmark ("20%
#: down on last year"), not a rival ("40 seconds down on Vingegaard") nor a purchase
#: ("£30,000 down on a flat")
_PERIOD_AFTER_ON: Final = re.compile(
    r"[ ](?:last\b|the[ ](?:previous|same|prior|year|month|week|quarter|day)\b"
    r"|a[ ](?:year|month|week)[ ](?:ago|earlier)\b|(?:19|20)[0-9]{2}\b|year\b|forecasts?\b"
    r"|budget\b|target\b|expectations\b|pre-)", re.IGNORECASE)


#: endings of adjectives after "more" or "less": "more intense", "less efficient"
_ADJECTIVE_TAILS: Final = ("ive", "ent", "ant", "ful", "ous", "ible", "able", "ic", "al",
                           "ense", "ing")


#: verbs of letting fall, and the things that fall: "dropped 100 bombs"
_DROP_VERBS: Final = frozenset(["drop", "drops", "dropped", "dropping"])
#: things that fall a distance from a place, and the place after the distance: "A drone fell
#: 300 metres from the reactor", "debris landed 2 km away" (not "from a year earlier")
_FALLING_THINGS: Final = frozenset(["drone", "debris", "bomb", "missile", "shell", "rocket",
                                    "projectile", "fragment", "meteorite", "crate", "parcel",
                                    "pallet"])
_PLACE_AFTER: Final = re.compile(
    r"[ ,]*(?:from[ ](?:the|a|an)[ ](?!year|month|week|day|decade|quarter"
    r"|previous|prior|record|peak|high|low)|off|east|west|north|south|inland|offshore|away"
    r"|short[ ]of|inside|outside|near|into)\b", re.IGNORECASE)
#: verbs of falling, which a thing let fall does a distance from a place
_FALL_VERBS: Final = frozenset(["fell", "falls", "fall", "landed", "lands", "dropped", "crashed"])
_DROPPED_THINGS: Final = _GRAMMAR["dropped_things"]


#: words of an amount produced or traded, whose drop is a decrease (grammar_words.txt)
_OUTPUT_WORDS: Final = _GRAMMAR["commodity_output_words"]


#: verbs of growing crops, and the crops they grow (grammar_words.txt)
_GROW_VERBS: Final = frozenset(["grew", "grow", "grows", "growing", "grown"])
_GROWN_THINGS: Final = _GRAMMAR["grown_things"]


def _dropped_things(sentence: Sentence, before: Sequence[Word], end: int) -> bool:
    """ "jets dropped 100 bombs", "dropped 300 food parcels": "dropped" right before a count
    of things let fall from the air is no decrease; nor is "crashed" before a count of what
    it brought down ("crashed 8.5 million machines", but "shares crashed 20%")."""
    if not before or before[-1].lower not in _DROP_VERBS \
            and before[-1].lower not in ("crashed", "crashes", "crash") \
            and before[-1].lower not in _GROW_VERBS:
        return False
    last = sentence.before(end, 1)
    if not last or not last[0].text.isalpha():
        return False
    partitive = sentence.after(end, 4)
    if partitive and partitive[0].lower == "of" and parse_number(last[0].lower) is not None:
        # "dropped three of the seven charges": the things are named after the partitive
        nouns = [w for w in partitive[1:] if w.text.isalpha() and parse_number(w.lower) is None
                 and w.lower not in lexicon.load().function_words]
        last = tuple(nouns[:1]) or last
    if before[-1].lower in _GROW_VERBS:
        return bool(last) and units.singular(last[0].lower) in _GROWN_THINGS  # "He grew 120
        # plants": a crop, no rise
    if before[-1].lower in _DROP_VERBS:
        if not _OUTPUT_WORDS.isdisjoint(w.lower for w in sentence.before(before[-1].start, 6)):
            return False  # "Exports of shells dropped 5,000 shells": an amount fell
        bracket = _BRACKETED.match(sentence.text, end)  # "10 inches (25cm) of rain"
        thing = sentence.after(bracket.end() if bracket else end, 2)  # "dropped 9 inches of
        # rain", "40 tonnes of supplies"
        if len(thing) == 2 and thing[0].lower == "of" and units.is_unit_word(last[0].lower):
            last = thing[1:]
        elif thing and thing[0].text.isalpha() and units.is_unit_word(last[0].lower):
            last = thing[:1]  # "dropped 500lb bombs", "dropped 2,000-pound bombs"
        return units.singular(last[0].lower) in _DROPPED_THINGS
    return units.singular(last[0].lower) not in _CRASHED_MEASURES  # "crashed 500 points",
    # "crashed 22 per cent", "crashed 12 pence" (but "crashed 20 miles from the airport")


#: what a price or an index crashes by, no thing brought down
_CRASHED_MEASURES: Final = frozenset(["point", "pip", "cent", "percent", "pence", "penny",
                                      "bp", "bps", "dollar", "euro", "pound"])


#: a short aside in brackets right after an amount: the "(25cm)" of "10 inches (25cm) of rain"
_BRACKETED: Final = re.compile(r"[ ]?\([^()]{1,24}\)")
_LOSE_VERBS: Final = frozenset(["lost", "lose", "loses", "losing"])
#: verbs of walking that are also verbs of raising prices: "hiked 12 miles"
_WALK_VERBS: Final = frozenset(["hiked", "hikes", "hike", "hiking"])
#: verbs of getting back, which before a share of something name what was got back
_RECOVER_VERBS: Final = frozenset(["recovered", "recovers", "recover", "recovering"])
#: " of " right after an amount: a share of something
_SHARE_OF: Final = re.compile(r"[ ]of[ ]")
#: a percentile, a version or a period written as a letter and digits: "p95", "v2", "Q3"
_METRIC_CODE: Final = re.compile(r"[pv][0-9]{1,3}|[QH][1-4]")
#: a pollutant's or a gas's formula, up to the token at its end: "NO2", "PM2.5", "SO2"
_POLLUTANT: Final = re.compile(r"(?<![A-Za-z])(?:NO|CO|SO|PM|NH|CH|O|N)[0-9]{1,2}(?:\.[0-9]?)?\Z")
#: a hyphenated word and the lower-case word after it: "-off grade", "-price fares"
_HYPHENED_BEFORE_NOUN: Final = re.compile(r"-[a-z]+[ ](?!of\b|in\b|to\b|by\b)[a-z]")


#: compounds of a change word that are never a change: "a cut-off of 10 hours"
_NOUN_COMPOUND: Final = re.compile(r"(?:cut|kick|take|lift|run|play|tip)-off\b", re.IGNORECASE)


def _compound_modifier(text: str, word: Word) -> bool:
    """Whether ``word`` opens a hyphenated compound that describes a noun after it, or one
    that names no change: "a cut-off grade", "cut-price fares", "a cut-off of 10 hours"
    (not "a drop-off of 30%")."""
    return text[word.end:word.end + 1] == "-" and (
        _HYPHENED_BEFORE_NOUN.match(text, word.end) is not None
        or _NOUN_COMPOUND.match(text, word.start) is not None)


#: verbs of going down or up a height, a change only of a length: "descended 20,000 feet"
_DESCENT_VERBS: Final = frozenset(["descend", "descended", "descending", "ascend", "ascended"])
_CONTESTS: Final = _GRAMMAR["contests"]
_MARGINS: Final = _GRAMMAR["margin_nouns"]


#: what a player adds to a game's tally (grammar_words.txt), and the indexes that add points
_STAT_NOUNS: Final = _GRAMMAR["stat_nouns"]
INDEX_NAMES: Final = frozenset(["dow", "ftse", "nasdaq", "nikkei", "dax", "cac", "sensex",
                                 "nifty", "stoxx", "index", "kospi", "asx", "tsx", "hang",
                                 "seng", "s&p", "500", "100", "shares", "stocks", "market"])


def _stats_added(sentence: Sentence, before: Sequence[Word], end: int) -> bool:
    """ "Brown added 22 points for Boston", "The rookie added 14 points and 6 steals":
    "added" after a player and before a statistic of play is a haul, no rise (but "The Dow
    added 300 points" rose)."""
    if not before or before[-1].lower not in ("added", "adds"):
        return False
    last = sentence.before(end, 1)
    noun = units.singular(last[0].lower) if last else ""
    counted = noun in _STAT_NOUNS
    if not counted and not (last and last[0].text[:1].isdigit()
                            and not sentence.vocabulary.isdisjoint(_STAT_PLURALS)):
        return False  # (a bare count counts only beside statistics: "Tatum added 15")
    if noun == "point" and _FOR_A_SIDE.match(sentence.text, end) is None \
            and sentence.vocabulary.isdisjoint(_STAT_PLURALS - {"points"}):
        return False  # "Pricing added 2 points to growth": points of a rate rose
    if _OF_OR_TO_A_PLACE.match(sentence.text, end):
        return False  # "added 3 blocks of flats", "added 40 yards to the 13th hole"
    subject = sentence.before(before[-1].start, 2)
    if not subject or any(w.lower in INDEX_NAMES for w in subject):
        return False
    named = subject[-1].text[:1].isupper() \
        and (len(subject) < 2 or not subject[-2].text[:1].isupper())  # one name: "Brown"
    return named or subject[-1].lower in _PLAYER_NOUNS


_STAT_PLURALS: Final = frozenset(noun + "s" for noun in _STAT_NOUNS)
#: a side or the bench a player's points are for: "added 22 points for Boston", "off the bench"
_FOR_A_SIDE: Final = re.compile(
    r"[ ](?:for|against)[ ][A-Z][a-z]*\b(?!['\N{RIGHT SINGLE QUOTATION MARK}])"
    r"|[ ]off[ ]the[ ]bench\b")
#: what follows an amount a place or a plan gains: "3 blocks of flats", "40 yards to the hole"
_OF_OR_TO_A_PLACE: Final = re.compile(r"[ ](?:of|to[ ](?:the|its|their))\b")
#: nouns of players that add statistics: "The rookie added 14 points"
_PLAYER_NOUNS: Final = frozenset(["rookie", "striker", "forward", "guard", "captain", "centre",
                                  "center", "winger", "quarterback", "receiver", "substitute",
                                  "veteran", "teenager"])


def _lost_contests(sentence: Sentence, before: Sequence[Word], end: int) -> bool:
    """ "lost 11 straight games", "lost three matches in a row": a count of contests after
    a verb of losing is how many were lost, not how far something fell; "lost by 9 runs",
    "was lost by 12 votes": the margin of a defeat."""
    if not before:
        return False
    last = sentence.before(end, 1)
    if not last:
        return False
    if before[-1].lower == "by" and units.singular(last[0].lower) in _MARGINS:
        for word in reversed(sentence.before(before[-1].start, 4)):
            if word.lower in _LOSE_VERBS:
                return True  # "lost by 12 votes", "lost Dickson by 7,000 votes", "lost her
                # seat by 1,200 votes"
            if not word.text.isalpha() or word.lower == "and" \
                    or word.lower in lexicon.load().changes:
                return False  # "The Dow lost ground and fell by 300 points"
        return False
    return before[-1].lower in _LOSE_VERBS and (
        units.singular(last[0].lower) in _CONTESTS
        or (last[0].text.isdigit() and _A_RUN_AFTER.match(sentence.text, end) is not None))


#: a run of contests after a bare count: "lost 12 straight", "have lost 5 in a row"
_A_RUN_AFTER: Final = re.compile(
    r"[ ](?:straight|consecutive|in[ ]a[ ]row)\b(?![ -][a-z]+s\b)")  # (not "12 straight
# quarters": a noun of its own)


#: verbs of an event that befalls things, which a count after them suffered rather than
#: changed by: "has sunk 15 Russian warships", "faded 20 minutes from time"
_EVENT_VERBS: Final = _GRAMMAR["event_verbs"]
_SINK_VERBS: Final = frozenset(["sunk", "sank", "sink", "sinks"])
#: where or when after such an amount: "sunk 20 miles off the coast", "faded 20 minutes from
#: time", "dimmed 10 minutes later"
_PLACE_OR_TIME_AFTER: Final = re.compile(
    r"[ ,]*(?:off|from|east|west|north|south|inland|offshore|away|before|after|later|ago"
    r"|earlier|into[ ]the[ ](?:game|match|half|season|show))\b", re.IGNORECASE)
#: words after a number that are no noun it counts: "sank 2 million", "sank 12 points"
_NOT_COUNTED: Final = frozenset(["million", "billion", "trillion", "thousand", "hundred",
                                 "dozen", "point", "points"])


#: nouns of those that receive or are reached (grammar_words.txt)
_RECEIVER_NOUNS: Final = _GRAMMAR["receiver_nouns"]


#: what is given to receivers (grammar_words.txt): "cut aid to 2 million people"
_PROVISION_NOUNS: Final = _GRAMMAR["provision_nouns"]


#: receivers whose plural has no final "s": "cut aid to 2 million people"
_IRREGULAR_RECEIVERS: Final = frozenset(["people", "children", "men", "women"])


def _provision_before(sentence: Sentence, to_start: int, end: int) -> bool:
    """Whether the object of the verb before "to" ends in a noun of what is given, and the
    claim counts things in the plural: "reduced support to 45,000 families" (but "Gas
    subsidies were cut to 200,000 households" names how many still receive them, read as a
    passive before this is asked)."""
    last = sentence.before(end, 1)
    if not (_plural_things(sentence, end)
            or (last and last[0].lower in _IRREGULAR_RECEIVERS)):
        return False
    head = sentence.before(to_start, 1)
    return bool(head) and head[0].lower in _PROVISION_NOUNS  # the head of the object: not
    # "cut its support staff to 30 employees"


def _receivers(sentence: Sentence, end: int) -> bool:
    """Whether the claim ending at ``end`` counts receivers: "to 300 charities"."""
    last = sentence.before(end, 1)
    return bool(last) and units.singular(last[0].lower) in _RECEIVER_NOUNS


def _plural_things(sentence: Sentence, end: int) -> bool:
    """Whether the claim ending at ``end`` counts things named in the plural: "12 planets"
    (not "a quarter", "one-fifth")."""
    return _counted_things(sentence, end) and sentence.text[end - 1:end] == "s"


def _counted_things(sentence: Sentence, end: int) -> bool:
    """Whether the claim ending at ``end`` counts things named after its number, with no
    unit: "300 charities", "15 Russian warships" (not "40 metres", "5%", "2 million")."""
    last = sentence.before(end, 1)
    return bool(last) and last[0].text.isalpha() and last[0].lower not in _NOT_COUNTED \
        and not units.is_unit_word(last[0].lower)


def _elliptic_change(sentence: Sentence, before: Sequence[Word], start: int,
                     end: int) -> Optional[lexicon.ChangeWord]:
    """ "with volumes up 2.9%", "Sales Down 10% In China", "Nikkei off 1.5% at 38,200.": a
    thing, then "up", "down" or "off" and a percentage, points or a factor, with no verb, is a
    change (not "shot down 85% of the drones", where the percentage is a share)."""
    if len(before) == 2 and before[0].start == sentence.words[0].start \
            and before[0].text in _LIST_MARKS:
        before = before[1:]  # "\N{BULLET} Up 12% on last year": an item of a list
    if len(before) == 1 and before[0].start == _opening_word(sentence).start \
            and before[0].text in ("Up", "Down", "UP", "DOWN") \
            and _PERCENT_OR_POINTS_END.search(sentence.text, start, end) is not None:
        return lexicon.load().changes[before[0].lower]  # "Up 45% on my Apple position"
    if len(before) != 2 or before[-1].lower not in ("up", "down", "off") \
            or before[-1].end > start or not before[0].text.isalpha() \
            or before[0].lower in _SHARE_PARTICLE_VERBS \
            or (before[-1].lower == "off" and before[0].lower.endswith("ed")) \
            or not _lower_case(sentence, before[-1]) \
            or _PERCENT_OR_POINTS_END.search(sentence.text, start, end) is None:
        return None
    following = sentence.after(end, 1)
    if following and following[0].lower == "of":
        return None
    return lexicon.load().changes[before[-1].lower]


#: the marks that open an item of a list: "\N{BULLET} Up 12% on last year"
_LIST_MARKS: Final = frozenset("\N{BULLET}\N{MIDDLE DOT}\N{BLACK SMALL SQUARE}-\N{EN DASH}"
                               "\N{EM DASH}*")


def _opening_word(sentence: Sentence) -> Word:
    """The sentence's first word after a list mark ("\N{BULLET} Up 12%", "- Down 3.4%")."""
    words = sentence.words
    return words[1] if len(words) > 1 and words[0].text in _LIST_MARKS else words[0]


#: words that open the object of a verb: "customers lost power", "workers lost their jobs"
_OBJECT_OPENERS: Final = _GRAMMAR["object_openers"]


def _takes_an_object(sentence: Sentence, verb: Word) -> bool:
    """ "3.5 million customers lost power": the verb after the number has an object of its
    own, so the number is its subject, not the size of a change ("300,000 jobs lost")."""
    following = sentence.after(verb.end, 1)
    return bool(following) and following[0].lower in _OBJECT_OPENERS


def _bounds_a_level(first: Sequence[Word]) -> bool:
    """ "below 60", "as low as $4.10": a bound of the new level, not of the change."""
    return first[0].lower in _LEVEL_BOUNDS or (
        len(first) == 2 and first[0].lower == "as" and first[1].lower in _LEVEL_EXTREMES)


def _after_hyphen_chain(sentence: Sentence, end: int) -> Optional[Word]:
    """The word after a chain of words glued by hyphens that follows ``end`` after a space:
    the "decrease" of "18% year-on-year decrease"; None when no such chain follows."""
    if sentence.text.find("-", end, end + 24) < 0:
        return None  # the common case: no hyphen close after the number
    words = sentence.after(end, 8)
    index = 0
    while index + 2 < len(words) and words[index + 1].text == "-" \
            and words[index].end == words[index + 1].start == words[index + 2].start - 1 \
            and words[index].text.isalpha() and words[index + 2].text.isalpha():
        index += 2
    if index == 0 or index + 1 >= len(words) or sentence.gap(end, words[0].start) != " ":
        return None
    return words[index + 1]


def _article_and_share(sentence: Sentence, start: int, end: int) -> bool:
    """An article before a percentage or points: "a 6.5%", "the 0.5-point"."""
    article = sentence.before(start, 1)
    return bool(article) and article[0].lower in ("a", "an", "the") \
        and _PERCENT_OR_POINTS_END.search(sentence.text, start, end) is not None


def _level_before_its_verb(sentence: Sentence, start: int, verb: Word) -> bool:
    """ "Basic EPS of $3.21 increased 9%", "The proportion seen within four hours slipped
    to 70.9%": an amount after "of" or "within" that a verb in the past follows is part of
    the subject; the verb's change is the amount after it."""
    before = sentence.before(start, 1)
    return verb.lower.endswith("ed") and (
        (bool(before) and before[0].lower == "of")
        or sentence.text[start:start + 7].lower() == "within ")


def _money_of_a_change(sentence: Sentence, start: int, end: int, noun: Word) -> bool:
    """An amount of money that sizes the noun of change after it, with an article before it
    or with the noun in the plural: "a £1,000 pay rise", "£20bn spending cuts" (not "a
    £1.7bn rail upgrade", what works cost)."""
    if noun.lower in _PROJECT_NOUNS or not noun.text.islower() \
            or _MONEY_END.search(sentence.text, start, end) is None:
        return False
    following = sentence.after(noun.end, 1)
    if following and following[0].text.isalpha() \
            and following[0].lower not in lexicon.load().function_words \
            and not following[0].lower.endswith(("ed", "s")):
        return False  # "The £2 fare cap cut car use by 4%": a verb and its object
    article = sentence.before(start, 1)
    return bool(article) and article[0].lower in ("a", "an", "the") \
        or (noun.lower.endswith("s") and units.singular(noun.lower) != noun.lower)


#: plural units of time, which count no object: " 2 years"
_TIME_PLURALS = (r"(?:seconds|minutes|hours|days|weeks|months|quarters|seasons|years|decades"
                 r"|times)\b")
#: a number, perhaps hedged, and a plural noun right after a word of change: its object, so
#: the word is a verb: " 200 posts", " nearly 1,700 city jobs" (not " 12 months ago")
_COUNTED_OBJECT_NEXT: Final = re.compile(
    r"[ ](?:(?:nearly|about|around|almost|roughly|some|over|up[ ]to|more[ ]than)[ ])?[0-9]"
    r"[0-9,.]*(?:%[ ]of[ ][a-z]+|(?:[ ](?!" + _TIME_PLURALS + r")[a-z]+)?[ ](?!" + _TIME_PLURALS
    + r"|was\b|is\b|has\b|as\b|this\b|its\b)(?:[a-z]+s|staff|police|people|personnel"
    r"|children|men|women|troops|crew)\b)"
    r"(?![ ](?:will|would|can|could|may|might|must|have|had|are|were|voted|received|got"
    r"|get|won|accepted|rejected|agreed|face|say|says)\b)")


def _named_change(sentence: Sentence, start: int, end: int, after: Sequence[Word]) -> bool:
    """ "a 6.5% pay rise", "the 0.5-point rate cut": an article, a percentage or points, one
    lower-case word naming what changes, then the noun of the change; or an amount of money
    so, with an article or before a plural ("a £1,000 pay rise", "£20bn spending cuts")."""
    return (_article_and_share(sentence, start, end) or _money_of_a_change(
        sentence, start, end, after[-1])) \
        and after[0].text.isalpha() and after[0].text.islower() \
        and after[0].lower not in lexicon.load().function_words \
        and sentence.gap(end, after[1].end).count(" ") == 2


#: intransitive change verbs in a form that is never a noun ("rose", "grows")
_VERB_ONLY: Final = _GRAMMAR["change_verb_forms"]
#: participles whose "up" or "down" is a particle: "with the road dug up 300 metres"
_HELD_PARTICIPLES: Final = _GRAMMAR["held_participles"]
#: participles of changes that happen of themselves: "Class sizes increased by five pupils"
#: (grammar_words.txt)
_CHANGE_PARTICIPLES: Final = _GRAMMAR["change_participles"]


def _after_other_verb(sentence: Sentence, word: Word) -> bool:
    """An adverb of change ("down", "up") right after a word that is no form of "be" and no
    particle verb: "handed down", "shot down"; "were down", "edged up" are changes, and so
    is one after the noun of a headline with no verb ("Petrol up 3p", "Sales down 7pc")."""
    previous = sentence.before(word.start, 1)
    if not previous or not previous[0].text.isalpha() or previous[0].lower in _BE_WORDS \
            or previous[0].lower in _PARTICLE_VERBS:
        return False
    if _CARRIED_UP.search(sentence.text, max(sentence.span[0], word.start - 60), word.start) \
            and _new_level_after(sentence, word):
        return False  # "taking the average residential bill up $68 to $2,010": the bill
        # carried up to a new level
    if _WITH_SUBJECT.search(sentence.text, max(sentence.span[0], word.start - 48), word.start) \
            and (_GAME_TIME_AFTER.match(sentence.text, word.end)
                 or (previous[0].lower in _PLACED_SUBJECTS
                     and _LENGTH_AFTER.match(sentence.text, word.end))):
        return True  # "with the Celtics up 15 at the half": a lead; "with the wreck down
        # 200 metres": where it lies; no change
    if _WITH_SUBJECT.search(sentence.text, max(sentence.span[0], word.start - 48), word.start) \
            and not previous[0].lower.endswith("ed") \
            and previous[0].lower not in _HELD_PARTICIPLES \
            and (not previous[0].lower.endswith("ing") or previous[0].lower in _ING_NOUNS) \
            and previous[0].lower not in _S_VERBS_OR_PAST:
        return False  # "with the health budget up £2bn to £192bn", "with police funding
        # down £300m": "with", a noun and the way it went, as a headline writes it (not
        # "with guests from Germany making up 37%")
    return not _headline_noun(sentence, previous[0])


#: nouns in "-ing" that may go up or down: "with police funding down £300m"
_ING_NOUNS: Final = frozenset(["funding", "spending", "lending", "borrowing", "housing",
                               "pricing", "shipping", "clothing", "building", "training",
                               "parking", "heating", "staffing", "earnings", "takings"])
#: a bare number and a time of a game after "up" or "down": a lead, " 15 at the half", " 8 in
#: the fourth quarter", " 18 after three quarters"
_GAME_TIME_AFTER: Final = re.compile(
    r"[ ][0-9]{1,3}[ ](?:at[ ](?:the[ ])?(?:half|halftime|half-time|break|interval|turn)"
    r"|in[ ]the[ ](?:first|second|third|fourth|final|last)(?:[ ](?:quarter|half|period"
    r"|innings|set|frame|leg|round|seconds|minutes))?(?![ ](?:of[ ](?!Game\b|the[ ](?:game"
    r"|match|final|tie)\b)|half|quarter|minutes|hour|hours|poll|polls|day|days"
    r"|week|weeks|month|months|year|session|trading)\b)|after[ ](?:one|two|three)[ ]"
    r"(?:quarters|periods|innings))")
#: things and people that are somewhere, whose "up" or "down" and a length say where: "with
#: the wreck down 200 metres", "with the crew up 10,000 feet"
_PLACED_SUBJECTS: Final = frozenset(["hull", "wreck", "wreckage", "vessel", "submarine", "sub",
                                     "crew", "team", "group", "miners", "divers", "climbers",
                                     "balloon", "drill", "probe", "rover", "plane", "aircraft"])
#: a length right after "up" or "down": " 200 metres", " 10,000 feet"
_LENGTH_AFTER: Final = re.compile(
    r"[ ][0-9][0-9,.]*[ ]?(?:m|metres|meters|km|kilometres|kilometers|feet|ft|miles)\b")
#: "with" and a few words of a noun right before an adverb of change
_WITH_SUBJECT: Final = re.compile(r"\bwith[ ](?:[\w'-]+[ ]){1,5}\Z")


#: an amount and the new level after "up" or "down": " $68 to $2,010", " 300 to 4,500"
_NEW_LEVEL_AFTER: Final = re.compile(
    r"[ ](?P<delta>[^ ]{1,20})(?:[ ][^ ]{1,12}){0,2}[ ]to[ ]"
    r"(?P<level>[^\W_]?[^ ]?[0-9][0-9,.]{0,20})")
#: a rate after the new level, which makes "up X to Y" a range of rates: " people a year"
_RATE_AFTER_LEVEL: Final = re.compile(r"(?:[ ][a-z]+)?[ ](?:a|an|per|each)[ ]")
#: how many times the change a new level must be, when neither is money or a percentage, for
#: "up X to Y" to be a change and its level: "pushed the tally up 300 to 4,500" (not "take the
#: weekly toll up 10 to 20 a day": a range)
_LEVEL_OVER_CHANGE: Final = 3
#: the same for a count written as a rate, or money as a rate that may be or depends, whose
#: "up X to Y" is more often a range of rates ("up 100 to 400 people a year", "could push the
#: typical bill up $5 to $20 a month"; but "pushed its price up $4 to $15 a month" and "up $3
#: to $10.99 a month", written to the cent, are a rise and a price)
_RATE_LEVEL_OVER_CHANGE: Final = Decimal("4.5")


def _new_level_after(sentence: Sentence, word: Word) -> bool:
    """Whether "up" or "down" is followed by a change and its new level: money or a
    percentage (" $68 to $2,010", " 4% to 19.9%"), or a level far above the change ("up 300
    to 4,500"; "up $2 to $17.99 a month"; not "up 100 to 400 people a year", "up $100 to $150
    a month": a range of rates)."""
    found = _NEW_LEVEL_AFTER.match(sentence.text, word.end)
    if found is None:
        return False
    delta = found.group("delta")
    rate = _RATE_AFTER_LEVEL.match(sentence.text, found.end()) is not None
    money = any(sign in delta for sign in _MONEY_SIGNS + "%")
    if money and not rate:
        return True
    size = parse_number(delta.strip(",").lower().lstrip(_MONEY_SIGNS))
    level = parse_number(found.group("level").strip(",.").replace(",", "").lower().lstrip(
        _MONEY_SIGNS))
    spread = not money or _MAY_BEFORE.search(
        sentence.text, max(sentence.span[0], word.start - 60), word.start) is not None \
        or _DEPENDING_AFTER.match(sentence.text, found.end()) is not None
    if money and not spread and TO_THE_CENT.search(found.group("level").strip(",.")):
        return True  # "pushed its plan up $3 to $10.99 a month": a price, and the rise that
        # made it
    return size is not None and level is not None and level >= size * (
        _RATE_LEVEL_OVER_CHANGE if rate and spread else _LEVEL_OVER_CHANGE)


#: a word of what may or will happen with its verb before "up $X to $Y a month", which makes
#: it more often a range of rises: "could push the average bill up $10 to $40 a month", "is
#: expected to push", "will push" (but "pushed its price up $4 to $15 a month" is a rise done)
_MAY_BEFORE: Final = re.compile(
    r"\b(?:could|would|may|might|will|should|expected[ ]to|set[ ]to|threatens?[ ]to"
    r"|likely[ ]to)[ ](?:[a-z]+[ ])?(?:push|take|drive|send|bring|lift|raise|put)\b",
    re.IGNORECASE)
#: the same after it: "up $5 to $20 a month, depending on usage"
_DEPENDING_AFTER: Final = re.compile(r"[^,.;]{0,30}?,?[ ](?:depending|according)\b")


#: the money signs "up $68 to $2,010" may write before its numbers
_MONEY_SIGNS: Final = "£$€¥₹"
#: a verb carrying a level, its object and then "up" or "down": "taking the average
#: residential bill", "pushing its debt"
_CARRIED_UP: Final = re.compile(
    r"\b(?:" + _CAUSATIVE_VERBS + r")[ ]"
    r"(?:the|its|their|this|that|his|her|our|your)[ ](?:[\w-]+[ ]){0,3}\Z", re.IGNORECASE)


def _headline_noun(sentence: Sentence, word: Word) -> bool:
    """Whether ``word`` is the noun a headline's "up" or "down" follows: the headline ends
    with no full stop, and the word is no past form ("Petrol up 3p", "Weekly shop up £12";
    not "Rebels shot down 85%")."""
    last = sentence.text[sentence.span[1] - 1:sentence.span[1]]
    return last not in ".!?\"'" and not word.lower.endswith(("ed", "ing")) \
        and word.lower not in _S_VERBS_OR_PAST


#: verbs before "up"/"down" that a headline may still hold: "Rebels shoot down 85%"
_S_VERBS_OR_PAST: Final = _GRAMMAR["headline_particle_verbs"]


def _verb_with_object(after: Sequence[Word]) -> bool:
    """ "2,500 investors lost money", "500 savers gained access": a verb of losing or gaining
    with its object after the count, what its subject did (but "2,000 jobs lost in the
    downturn" is a fall)."""
    return len(after) == 2 and after[0].lower in _LOSING_VERBS and after[1].text.isalpha() \
        and after[1].text.islower() and after[1].lower not in lexicon.load().function_words \
        and not after[1].lower.endswith("ly") and after[1].lower not in _WHERE_OR_WHEN


#: adverbs after "lost" that say where or when, not what: "5,000 jobs lost overnight"
_WHERE_OR_WHEN: Final = frozenset(["overnight", "nationwide", "worldwide", "forever",
                                   "abroad", "today", "yesterday", "since", "there", "here"])
#: verbs of losing and gaining that take an object after a count
_LOSING_VERBS: Final = frozenset(["lost", "loses", "gained", "gains"])


def _is_verb_form(word: str) -> bool:
    """ "waits of 12 hours or more rose by 40%": a verb after the number tells what its
    subject did, so the number is no change; "a 5% increase", "the 3% rise" are nouns."""
    return word in _VERB_ONLY


#: comparatives that say which way an amount before them differs ("8% more than", "3C
#: warmer than"), with "than" after; those of price also without it ("$20 cheaper")
_COMPARATIVES: Final = {**{word: "up" for word in _GRAMMAR["comparatives_up"]},
                        **{word: "down" for word in _GRAMMAR["comparatives_down"]}}
_PRICE_COMPARATIVES: Final = {**{word: "up" for word in _GRAMMAR["price_comparatives_up"]},
                              **{word: "down" for word in _GRAMMAR["price_comparatives_down"]}}
#: comparatives that change a number only with "than" after them: "5% more than", not "5
#: more people"; "higher" and "lower" have rules of their own
_COMPARATIVE_WORDS: Final = frozenset(["more", "less", "fewer", "higher", "lower"])
#: adjectives of price after "more" or "less": "8% more expensive"
_PRICE_ADJECTIVES: Final = _GRAMMAR["price_adjectives"]


#: nouns of change that give a factor before them its direction: "a fivefold increase"
_FACTOR_NOUNS: Final = {**{word: "up" for word in ("increase", "rise", "jump", "gain",
                                                   "growth", "expansion", "surge")},
                        **{word: "down" for word in ("decrease", "fall", "drop", "decline",
                                                     "reduction", "cut", "contraction")}}


def comparative_after(sentence: Sentence, end: int) -> str:
    """The direction a comparative right after a factor gives it: "1.5 times more likely",
    "a fourfold higher risk" (up), "three times lower" (down), "a fourfold increased risk";
    "" when none follows."""
    following = sentence.after(end, 2)
    if not following:
        return ""
    if following[0].lower in _RISK_PARTICIPLES and len(following) == 2 \
            and following[1].lower in _RISK_NOUNS:
        return _RISK_PARTICIPLES[following[0].lower]
    if following[0].lower in _FACTOR_NOUNS:
        return _FACTOR_NOUNS[following[0].lower]  # "a fivefold increase in output"
    return _COMPARATIVES.get(following[0].lower, "")


#: participles of change before a noun of likelihood: "a fourfold increased risk"
_RISK_PARTICIPLES: Final = {"increased": "up", "elevated": "up", "raised": "up",
                            "reduced": "down", "decreased": "down", "lowered": "down"}


#: words before a "than" that is not the count's: "rather than", "who earn less than"
_NOT_THIS_THAN: Final = frozenset(["rather", "other", "who", "which", "whose", "less", "more",
                                   "better", "worse", "fewer", "higher", "lower", "bigger",
                                   "smaller", "larger", "greater"])


def _than_later(sentence: Sentence, end: int) -> bool:
    """ "than" later in the clause after ``end``, past words only: "more patients died than
    expected", "more people are waiting for treatment than last year"."""
    for word in sentence.after(end, 8):
        if word.lower == "than":
            return True
        if not word.text.isalpha() or word.lower in _NOT_THIS_THAN:
            return False  # "200 more homes rather than", "nurses who earn less than"
    return False


def _than_follows(after: Sequence[Word]) -> bool:
    """ "than" right after the comparative, or after one or two words of what is compared:
    "more than", "less energy than", "fewer hospital beds than"."""
    for word in after[1:]:
        if word.lower == "than":
            return True
        if not word.text.isalpha():
            return False
    return False


#: comparatives of speed and quality, which change a percentage right before them ("50%
#: faster than its predecessor", "a 12% faster CPU", "30% quieter")
_PACES: Final = {"faster": "up", "quicker": "up", "speedier": "up", "slower": "down",
                 "better": "up", "worse": "down", "quieter": "down", "louder": "up"}
#: comparatives of loudness, which change an amount in decibels too: "3 dB louder"
_LOUDNESS: Final = frozenset(["quieter", "louder"])
_DECIBELS_END: Final = re.compile(r"(?:dB|decibels?)\Z")
#: comparatives of _PACES that also open compound adjectives ("better off", "better paid")
_QUALITIES: Final = frozenset(["better", "worse"])


def _agent_of_passive(sentence: Sentence, pos: int) -> bool:
    """A participle that is no change, after a form of "be", right before the "by" at
    ``pos``: "was backed by 62% of voters", "were won by 40 seats" (not "were cut by 5%")."""
    before = sentence.before(pos, 3)
    if len(before) < 2 or not before[-1].lower.endswith(("ed", "en", "wn", "ght", "ld")):
        return False
    return before[-1].lower not in lexicon.load().changes and any(
        w.lower in _BE_WORDS for w in before[:-1])


def _verb_before_code(sentence: Sentence, start: int) -> bool:
    """A change verb at most three words before a model's code at ``start``, no conjunction
    between: "raise A320 output", "cut its monthly B787 rate" (not "jumped after the A350")."""
    changes = lexicon.load().changes
    for word in reversed(sentence.before(start, 3)):
        if word.lower in changes:
            return True
        if word.lower in _CONJUNCTIONS:
            return False
    return False


#: conjunctions that open another clause between a change verb and what follows
_CONJUNCTIONS: Final = frozenset(["after", "as", "when", "while", "before", "since",
                                 "because", "until", "once", "and", "but"])


#: verbs of heating and cooling, whose "by" and a count of things names what does it
_TEMPERING_VERBS: Final = frozenset(["cooled", "heated", "warmed", "chilled"])


def _after_be(sentence: Sentence, start: int) -> bool:
    """A form of "be", or a verb of how something did, one or two words before the amount:
    "Results were 5% better", "is roughly 20% better", "fared 20% worse"."""
    return any(w.lower in _BE_WORDS or w.lower in _DOING_VERBS for w in sentence.before(start, 2))


#: verbs of how something did, before a difference of quality: "scored 12% better"
_DOING_VERBS: Final = frozenset(["did", "does", "do", "fared", "fares", "perform", "performed",
                                 "performs", "scored", "scores", "tested", "rated", "came"])


def _clause_ends(following: Sequence[Word]) -> bool:
    """No word, a mark, or a function word other than "off" after a comparative: "20% better
    than", "5% worse." (not "better off", "better educated", "better-paid")."""
    if not following:
        return True
    if not following[0].text.isalpha():
        return following[0].text not in ("-", "\N{EN DASH}")  # "30% better-paid workers"
    return following[0].lower != "off" and following[0].lower in lexicon.load().function_words


#: a claim in percent: the size of a change whose verb has its object between
_PERCENT_END: Final = re.compile(r"(?:%|per\s?cent|percent|(?<=\d)[ ]?pc)\Z", re.IGNORECASE)
#: a percentage a year after "at" a change verb: "grew at 1.5 per cent per annum", "grew at
#: only 0.5% a year"
_PERCENT_A_YEAR_END: Final = re.compile(
    r"(?:%|per\s?cent|percent)[ ](?:a|per|each)[ ](?:year|annum)\Z", re.IGNORECASE)
#: a move of a rate in basis or percentage points: "cuts rate 25 bps to 1.25%"
_RATE_POINTS_END: Final = re.compile(
    r"[0-9][ ]?(?:bps?|basis[ ]points?|(?:pct|percentage)[ ]points?)\Z", re.IGNORECASE)
#: the characters a _PERCENT_END match may end with
_PERCENT_LAST: Final = frozenset("%tTcC")
#: a claim in percent, percentage points or basis points: "a 6.5% pay rise", "a 50bp hike"
_PERCENT_OR_POINTS_END: Final = re.compile(
    r"(?:%|per\s?cent|percent|(?<=\d)[ ]?pc|(?:\b|(?<=\d))(?:points?|pts)|bps?|basis points?"
    r"|(?<=\d)x|[ ]times"
    r"|-?fold)\Z",
    re.IGNORECASE)  # also a factor: "Subs up 2x", "cases up 45-fold", "shot up 2.5 times" (not
# "56 checkpoints")


#: words after a change noun that keep it one: "a rise of 5%", "a cut in rates of"
_AFTER_CHANGE_NOUN: Final = frozenset(["of", "in", "by", "to", "from", "on", "for", "at"])
#: a word before a change word that makes it part of a name: "capital gains tax"
_NAME_BEFORE_CHANGE: Final = _GRAMMAR["name_before_change"]
#: nouns after "N% higher" that make the pair the name of a band: "the 40% higher rate"
_BAND_NOUNS: Final = _GRAMMAR["band_nouns"]


def _band_name(sentence: Sentence, start: int, comparative: Word) -> bool:
    """ "the 40% higher rate applies above £50,270", "the 40% higher-rate threshold": "the",
    a percentage and "higher" or "lower" before a band noun name a band of tax, unless
    what the rate is of follows ("a 40% higher rate of heart disease" compares)."""
    before = sentence.before(start, 1)
    if not before or before[0].lower != "the":
        return False
    following = [w for w in sentence.after(comparative.end, 4) if w.text != "-"]
    if not following or following[0].lower not in _BAND_NOUNS:
        return False
    compared = len(following) > 1 and following[1].lower in ("of", "for", "to", "than")
    return not compared or (len(following) > 2 and following[1].lower == "of"
                            and following[2].lower in ("tax", "income"))  # "rate of income tax"


def _adjective(sentence: Sentence, word: Word) -> bool:
    """ "by a narrow margin of 900 votes": a change word between an article and its noun
    describes the noun and changes nothing; nor does one inside a name ("capital gains
    tax")."""
    before = sentence.before(word.start, 1)
    if before and before[0].lower in _NAME_BEFORE_CHANGE:
        return True
    after = sentence.after(word.end, 1)
    return bool(before) and before[0].lower in ("a", "an", "the") and bool(after) \
        and after[0].text.isalpha() and after[0].lower not in _AFTER_CHANGE_NOUN


#: nouns of change that name the change only right before "of" or right after the number
#: ("a contraction of 0.8 percent", "a 6 percent growth")
_CHANGE_NOUNS: Final = frozenset(["growth", "expansion", "contraction"])
#: a year inside the object of a verb of change: "raised its 2025 forecast by 0.2 points"
_YEAR_TOKEN: Final = re.compile(r"(?:19|20)[0-9]{2}")
#: a period named inside a verb's object, after its determiner: "its 2024/25 profit
#: guidance", "its H2 outlook", "the 2025 forecast"
_PERIOD_IN_OBJECT: Final = re.compile(
    r"\b(?:its|their|the|his|her|our)[ ](?P<label>(?:19|20)[0-9]{2}(?:[/-][0-9]{2,4})?"
    r"|FY[ ]?[0-9]{2,4}|[HQ][1-4])(?=[ ][a-z])")


#: a determiner after "than" that opens the thing compared: "than the baseline of"
_THE_AFTER: Final = re.compile(r"[ ](?:the|its|their|a|an)\b", re.IGNORECASE)


def _between_nouns(walk: Sequence[Word], index: int) -> bool:
    """Whether the comma or conjunction at ``walk[index]`` joins two lower-case words that
    are no verbs of change: the items of a list in a verb's object."""
    if index == 0 or index + 1 >= len(walk):
        return False
    changes = lexicon.load().changes
    return all(w.text.isalpha() and w.text.islower() and w.lower not in changes
               and w.lower not in _SUBJECT_VERBS_OF_CLAUSES
               for w in (walk[index - 1], walk[index + 1]))


#: verbs that open a clause of their own after a comma or "and": "rose, and 30 firms closed"
_SUBJECT_VERBS_OF_CLAUSES: Final = frozenset(["is", "are", "was", "were", "has", "have", "had",
                                              "said", "says"])


#: "from" and a place named in capitals right before "to": "from Dublin ", "from New York "
_FROM_A_PLACE: Final = re.compile(r"\bfrom[ ][A-Z][\w-]*(?:[ ][A-Z][\w-]*)?[ ]\Z")
#: nouns of travel whose "from" names where routes start: "seats on routes from Dublin to 30
#: cities" (not "increased production from Derby to 250,000 cars")
_ROUTE_NOUNS: Final = frozenset(["route", "routes", "flight", "flights", "service", "services",
                                 "fares", "fare", "trains", "buses", "connections", "seats"])
#: places a thing goes to: "increased shipments from China to 40 countries" (not "increased
#: production from Derby to 250,000 cars")
_PLACE_NOUNS: Final = frozenset(["country", "city", "destination", "market", "airport", "port",
                                 "town", "state", "region", "nation", "capital", "continent"])


def _places_counted(sentence: Sentence, end: int, place: "re.Match[str]") -> bool:
    """Whether the claim ending at ``end`` counts places that a verb's object went to from
    ``place`` (a _FROM_A_PLACE match): "increased shipments from China to 40 countries" (not
    "Uber grew from San Francisco to 600 cities": the verb has no object, and the places are
    its new level)."""
    last = sentence.before(end, 1)
    if not last or units.singular(last[0].lower) not in _PLACE_NOUNS:
        return False
    verb = sentence.before(place.start(), 1)
    return not verb or verb[0].lower not in lexicon.load().changes


#: nouns of what a thing costs, whose "of" names the thing: "the price of 2-litre milk"
_PRICED_NOUNS: Final = frozenset(["price", "prices", "cost", "costs"])
#: nouns of a measure of a thing, whose "of" and the thing, however long, leave the verb of
#: the change in reach: "cut the price of a 500g pack of beef mince to", "cut the number of
#: patients waiting more than 52 weeks from 1,200 to 340"
_MEASURE_NOUNS: Final = _PRICED_NOUNS | frozenset(["number", "share", "proportion", "amount"])
#: bounds before a number in a change's object: "waiting more than 52 weeks", "for members
#: over 60", "children under 12"
_OBJECT_BOUNDS: Final = frozenset(["than", "over", "under", "aged", "above", "below"])


def _bounded_in_object(sentence: Sentence, word: Word) -> bool:
    """Whether the number at ``word`` follows a bound that picks out the object of a change:
    "more than 52 weeks", "over 65", "aged 66 and over" (a bound word right before it)."""
    before = sentence.before(number_start(sentence, word), 1)
    return bool(before) and before[0].lower in _OBJECT_BOUNDS
#: the determiners before the size of a verb's object: "its 10GB bundle", "the 5G plan", "a
#: 500g pack", "the price of 2-litre milk"
_SIZED_OBJECT_DETERMINERS: Final = frozenset(["its", "their", "the", "his", "her", "our", "a",
                                              "an", "of"])
#: a unit glued to a number, perhaps by a hyphen: the "GB" of "10GB", the "-litre" of
#: "2-litre"
_SIZE_GLUED: Final = re.compile(r"-?[A-Za-z]")
#: a duration glued to a number, whose object's "of" is no change: the "-year" of "raised a
#: 10-year loan of £20m" (but "cut its 12-month target to $80")
_DURATION_GLUED: Final = re.compile(r"-(?:year|month|week|day|hour|minute)s?\b")


#: a retirement plan named by the tax code's section: "401(k)", "403(b)"
_PLAN_CODE: Final = re.compile(r"\b[0-9]{3}\([a-z]\)")


def change_verb_in_clause(sentence: Sentence, pos: int, after_of: bool = False,
                          past_objects: bool = False, factors: bool = False
                          ) -> Tuple[Optional[lexicon.ChangeWord], str]:
    """A change verb a few words back in the same clause: "raised rates by 0.25 points",
    "cut its forecast to 2.9%"; the search stops at punctuation and at other numbers, but
    with ``past_objects`` (from a "by") not at one counting the verb's object ("cut the
    price of 200 products by 10%").  With ``factors`` (from a "to") a factor verb will do:
    "has doubled since Monday to 412".  Also the "by", "to" or "from" nearest the verb
    after it, which says the number's role."""
    changes = lexicon.load().changes
    particle = ""
    text = sentence.text
    counted = 0
    glued = False
    counted_from = pos  # where the number of a counted object starts, once one is passed
    # past an object's count the verb may stand further back: its tokens are not counted
    reach = (3 if past_objects else 2) * CHANGE_VERB_REACH
    if past_objects and _agent_of_passive(sentence, pos):
        return None, ""  # "The plan to cut taxes was backed by 62% of voters": an agent
    labelled = [found.span() for found in _LABELLED_NUMBER.finditer(
        text, max(sentence.span[0], pos - 60), pos)] \
        if not sentence.vocabulary.isdisjoint(_LABEL_HEADS) else []
    periods = [found.span("label") for found in _PERIOD_IN_OBJECT.finditer(
        text, max(sentence.span[0], pos - 60), pos)] if not after_of else []
    periods += [found.span() for found in _PLAN_CODE.finditer(
        text, max(sentence.span[0], pos - 60), pos)] if "(" in text else []
    walk = sentence.before(pos, reach)
    for index in range(len(walk) - 1, -1, -1):
        word = walk[index]
        if past_objects and counted and counted_from == pos \
                and (word.text == "," or word.lower in ("and", "or")) \
                and _between_nouns(walk, index):
            continue  # "cut the risk of heart attack, stroke or death by 20%": a list of
            # nouns in the verb's object
        if labelled and any(a <= word.start < b for a, b in labelled):
            continue  # "cut Scope 1 and 2 emissions 50%": a label's number in the object
        if periods and any(a <= word.start < b for a, b in periods):
            continue  # "lifted its 2024/25 profit guidance to £2.9bn": the object's period;
            # "raised the 401(k) contribution limit by $500": a plan's code
        if word.text == "-" and text[word.start - 1:word.start].isalnum() \
                and text[word.end:word.end + 1].isalnum():
            glued = True  # a hyphen inside a word: "cut on-street parking permits by 10,000"
            continue
        if word.start >= counted_from:
            continue  # the rest of a counted object's number: the "1," of "1,000 lines"
        if word.lower in _ORDINAL_SUFFIXES and text[word.start - 1:word.start].isdigit():
            continue  # the "th" of "for a 10th straight month", which counts as one word
        if past_objects and word.text[:1].isdigit() and _object_count(sentence, word):
            counted_from = number_start(sentence, word)
            continue  # "cut the price of 200 products by 10%": the verb's object counted
        if word.text[:1].isdigit() and counted_from == pos and _bounded_in_object(sentence, word):
            counted_from = number_start(sentence, word)
            continue  # "cut the number of patients waiting more than 52 weeks from 1,200":
            # a bound that picks out the verb's object
        if past_objects and inside_number(sentence, word):
            continue  # inside "2,000 cleaners"
        if word.lower == "of" and index > 0 and walk[index - 1].lower in _MEASURE_NOUNS:
            counted = 0  # "cut the price of a 500g pack of beef mince to £3.49": what is
            # priced may be long; the verb's object is the price
        elif not glued and not (word.text[:1].isupper() and word.start > sentence.span[0]):
            counted += 1  # (a name in the object counts for nothing: "raised the Maasai
            # Mara conservation fee for non-resident adults from $80")
            if counted > (BY_VERB_REACH if past_objects else CHANGE_VERB_REACH):
                return None, ""
        glued = False
        if past_objects and _YEAR_TOKEN.fullmatch(word.text):
            continue  # "cut its 2025 WTI forecast by $5": the year of the verb's object
        if word.lower == "than" and counted > 2 and _THE_AFTER.match(text, word.end):
            return None, ""  # "28% lower than the baseline of 41 tCO2e": what is compared,
            # no change (but "fell to less than 5%", "rose more than economists had
            # expected, to 3.4%")
        if word.text.isdigit() and text[word.end:word.end + 2].lower() in _ORDINAL_SUFFIXES \
                and any(w.lower in _ORDINAL_DETERMINERS for w in sentence.before(word.start, 1)) \
                and any(w.lower in _ORDINAL_PERIODS for w in sentence.after(word.end + 2, 1)):
            continue  # "slowed for a 10th straight month to 8.0%": an ordinal on the way
            # (but "fell to 204th out of 307": the ordinal is where it fell)
        if word.text.isdigit() and text[word.start - 1:word.start].isupper() \
                and _MODEL_CODE.search(text, max(0, word.start - 4), word.end) is not None \
                and _verb_before_code(sentence, word.start - 1):
            continue  # "raise A320 output to 75": the digits of a model's code right after
            # the verb (not "rose as the A320 fleet flew to 40 destinations")
        if (word.text.isdigit() and _ROAD_CODE.fullmatch(text, max(0, word.start - 1), word.end)
                and not text[word.start - 2:word.start - 1].isalnum()
                and not sentence.vocabulary.isdisjoint(_ROAD_WORDS)) or (
                word.lower == "and" and any(
                w.lower == "between" for w in sentence.before(word.start, 3))):
            continue  # "reduce the limit on the B4560 to 40mph", "cut journey times between
            # Leeds and York by 8 minutes"
        if word.text.isdigit() and index > 0 and _SIZE_GLUED.match(text, word.end) \
                and walk[index - 1].lower in _SIZED_OBJECT_DETERMINERS \
                and not (after_of and _DURATION_GLUED.match(text, word.end)):
            continue  # "raised the price of its 10GB monthly bundle from", "cut the price of
            # a 500g pack", "of 2-litre milk": the size of the verb's object, glued to its unit
        if (word.text.isdigit() or word.text == ".") \
                and _POLLUTANT.search(text, max(0, word.end - 8), word.end):
            continue  # "cut NO2 by 53%", "cut PM2.5 by 20%": the digits of a pollutant's name
        if word.text.isdigit() and word.start > 0 \
                and _METRIC_CODE.fullmatch(text, word.start - 1, word.end) \
                and not text[word.start - 2:word.start - 1].isalpha():
            continue  # "cut our p95 latency from 210 ms", "rose in Q3 to £5m": the digits of
            # a percentile, a version or a quarter glued to its letter (not a model's code:
            # "as the A320 fleet flew to 40 destinations")
        if word.text in ("'", "\N{RIGHT SINGLE QUOTATION MARK}") \
                and text[word.start - 1:word.start] == "s" and index > 0 \
                and walk[index - 1].end == word.start:
            counted -= 1
            continue  # "raised its teachers' salaries by 3.5%": a plural owner's mark
        if not (word.text.isalpha()
                or (word.text.endswith(POSSESSIVE_ENDINGS) and word.text[:1].isalpha())) \
                or word.lower in ("and", "but", "while", "which"):
            return None, ""  # (a possessive goes on: "increased the storm's rainfall by 10%")
        if word.text.endswith(POSSESSIVE_ENDINGS) and not word.text.isalpha() \
                and not _possessive_in_object(sentence, word):
            return None, ""  # "after Boeing's jets were grounded by 40 countries": the
            # possessive opens another clause's subject
        change = changes.get(word.lower)
        if change is not None and (word.lower == "off" or (
                not after_of and word.lower in _CHANGE_NOUNS) or priced_rooms(sentence, word)
                or _compound_modifier(text, word)):
            change = None
        # (nor the first half of a compound before its noun: "a cut-off grade of 0.5 g/t",
        # "cut-price fares"; but "a drop-off of 30%", "cut-backs of £2bn" change)
        # "off" only right before its amount ("8% off its record high of $73,800" is no
        # fall to it), a noun of change only before "of" ("GDP growth of 4.9%"; not "cut
        # its growth forecast to 2.8%")
        if change is not None and (change.factor is None or factors) \
                and (not change.modal or _verb_after_modal(sentence, change, word,
                                                           particle == "by")
                     or (factors and change.factor is not None
                         and _finite_factor(sentence, word))) \
                and _lower_case(sentence, word) and not _adjective(sentence, word) \
                and not (change.adverb and (sentence.gap(word.start - 1, word.start) == "-"
                                            or (after_of and _after_other_verb(sentence, word)))):
            # but "a follow-up of 4.2 years" is a noun, and "handed down a sentence of 14
            # years" a phrasal verb ("go up by 1,500", "bring down the rate to 2%" change)
            return change, particle
        if word.lower in ("by", "to", "from"):
            particle = word.lower
    return None, ""


#: verbs that say a change goes on, whose way the noun after the amount tells
_CONTINUING_VERBS: Final = frozenset(["extend", "extends", "extended", "extending"])
#: nouns of a fall after an amount, with the falls of the change table: "a 3% weekly loss"
_LOSS_NOUNS: Final = frozenset(["loss", "losses"])


def _noun_of_change_after(sentence: Sentence, end: int) -> Optional[lexicon.ChangeWord]:
    """The noun of change right after an amount, or after one adjective: "a 4% slide", "a
    3% weekly loss", "a 5% rally"."""
    changes = lexicon.load().changes
    for word in sentence.after(end, 2):
        if word.lower in _LOSS_NOUNS:
            return changes["fall"]
        found = changes.get(word.lower)
        if found is not None and found.factor is None and not found.indirect:
            return found
        if not word.text.isalpha() or word.lower in lexicon.load().function_words:
            return None
    return None


def _possessive_in_object(sentence: Sentence, word: Word) -> bool:
    """Whether a possessive stands right after a change verb, perhaps with "the", "its" or
    "their" or the first word of a two-word name between: "increased the storm's rainfall by
    10%", "cut South Africa's GDP by 2%"."""
    changes = lexicon.load().changes
    named = False
    for previous in reversed(sentence.before(word.start, 3)):
        if previous.lower in ("the", "its", "their", "his", "her", "a", "an"):
            continue
        if not named and word.text[:1].isupper() and previous.text.istitle() \
                and previous.lower not in changes:
            named = True
            continue  # "South" of "South Africa's"
        return previous.lower in changes
    return False


def _object_count(sentence: Sentence, word: Word) -> bool:
    """A number that counts the plural noun right after it inside a verb's object, after a
    preposition or a determiner: "the price of 200 products", "grants to 300 charities",
    "prices on 400 items", "pay for its 2,000 cleaners" (not "fell 820 points", the change
    itself)."""
    following = sentence.after(word.end, 1)
    if not (following and following[0].text.isalpha() and following[0].text.islower()
            and following[0].lower.endswith("s") and following[0].start == word.end + 1):
        return False
    opener = sentence.before(number_start(sentence, word), 1)
    return bool(opener) and opener[0].lower in _COUNT_OPENERS


#: words that open a verb's object before the number counting it: "the price of 200 products"
_COUNT_OPENERS: Final = frozenset("of on to for its their his her our the".split())


#: dimensions whose signed figures are changes, and what each sign says
_SIGNED_DIMENSIONS = frozenset(["percent", "percentage_point", "basis_point"])
_SIGN_DIRECTIONS = {"+": "up", "-": "down", "\N{MINUS SIGN}": "down", "\N{EN DASH}": "down"}
_SIGNED_LEVEL_WORDS = _GRAMMAR["signed_level_words"]
#: an arrow before a figure, as tickers write a change
_ARROW_DIRECTIONS = {"\N{BLACK UP-POINTING TRIANGLE}": "up", "\N{UPWARDS ARROW}": "up",
                     "\N{BLACK DOWN-POINTING TRIANGLE}": "down", "\N{DOWNWARDS ARROW}": "down"}
#: a money sign that a bracketed change writes before its own sign: "(+£1)"
_CURRENCY_SIGNS = frozenset("$£€¥₹")


def signed_change(sentence: Sentence, start: int, dimension: str) -> Optional[Change]:
    """ "Dow +0.2%", "GOLD -0.3% AT $1,943", "4.12% (+6bp)", "£10.99 (+£1)": a share or
    spread written with its sign, or a signed amount of money in brackets, is the size of a
    change in the sign's direction (the value keeps its sign); but a level after
    [signed_level_words] ("a deposit rate of -0.5%").  An arrow before any figure says the
    same ("7,721.52 \N{BLACK UP-POINTING TRIANGLE} 38.20")."""
    text = sentence.text
    arrow = _ARROW_DIRECTIONS.get(text[max(0, start - 2):start].strip()[-1:])
    if arrow is not None:
        return Change(arrow, "delta")  # "FTSE 100 7,721.52 ▲ 38.20", "DAX ▼0.3%"
    if dimension == "currency" and text[start:start + 1] in _CURRENCY_SIGNS \
            and text[start - 2:start - 1] == "(":
        start -= 1  # "£10.99/mo (+£1)": a signed amount of money in brackets
    elif dimension not in _SIGNED_DIMENSIONS:
        return None
    direction = _SIGN_DIRECTIONS.get(text[start:start + 1])
    if direction is None:
        return None
    before = sentence.before(start, 1)
    if before and before[0].lower in _SIGNED_LEVEL_WORDS:
        return None
    return Change(direction, "delta")
