"""Symbols that are units only in a sentence about their quantity: "a 13A fuse" and "a
40 A breaker" are amperes in a sentence about wiring, "130 bar" is a pressure in a sentence
about pumps or tyres, "10 N" a force, "1.5 T" a magnetic field, "0.1 M" a concentration and
"4.5 g" an acceleration in sentences about forces, magnets, solutions and flight, "3,450 BP"
years before present in a sentence about dating, "375 Ma" megayears (and Ga, ka) in one
about the Earth's past, "4.2 ly" light years in one about stars, "500 ML" megalitres in one
about water, "55,000 mt" metric tonnes in one about crops or cargo, "240 MVA"
megavolt-amperes in one about the grid, "24 tph" trains an hour in one about railways,
"0.99c" the speed of light in one about relativity, "3.2 pc" per cent in one about a
change, "1s" seconds in one about timeouts,
"2g" gigabytes and "250m CPU" millicores in one about memory or containers, "12M 3.94%" a
term of months in a listed item before its rate, "400 IU" international units in any
sentence and "240 U/L" enzyme units in a litre of a sample; elsewhere "13A" is a flat,
"Class A" a grade, "a 5 bar gate" a gate, "30 g of protein" a mass and "Highway 1 N" a road,
and a noun or a name after the symbol makes it a name ("Three IU players", "16 IU Health
hospitals", "40 Ga speakers").
The cue words of each symbol are data (``[ampere_cues]``, ``[bar_cues]``,
``[newton_cues]``, ``[tesla_cues]``, ``[molar_cues]``, ``[g_force_cues]``,
``[radiocarbon_cues]``, ``[geologic_age_cues]``, ``[astronomy_cues]``,
``[water_volume_cues]``, ``[bulk_cargo_cues]``, ``[grid_cues]``, ``[train_rate_cues]``,
``[timeout_cues]``, ``[heap_cues]``, ``[relativity_cues]``, ``[timber_cues]``,
``[spaced_pc_cues]`` in
grammar_words.txt)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List, NamedTuple, Optional, Tuple

from factcheck import lexicon
from factcheck.numerals import TENOR_RATE
from factcheck.sentence import Sentence
from factcheck.text import Word

_GRAMMAR: Final = lexicon.word_sections("grammar_words.txt")


class CuedUnit(NamedTuple):
    """A unit read from a cued symbol, with the end of the symbol."""

    unit: str
    dimension: str
    text: str
    end: int
    #: what the number is multiplied by: "1.2 MAF" is 1.2 million acre-feet
    factor: Decimal = Decimal(1)


#: an apostrophe before a symbol's plural "s": "4 g's"
_QUOTE: Final = "['\N{RIGHT SINGLE QUOTATION MARK}]"
#: what may not follow a cued symbol: a letter, an apostrophe, a sign or a dotted initial
_AFTER: Final = r"(?![\w'\N{RIGHT SINGLE QUOTATION MARK}+#/-]|\.\w)"
#: (symbol after a number, glued or after one space; unit; dimension; cue words)
_SYMBOLS: Final[Tuple[Tuple["re.Pattern[str]", str, str, frozenset], ...]] = (
    (re.compile(r"[ ]?A" + _AFTER), "ampere", "electric_current", _GRAMMAR["ampere_cues"]),
    (re.compile(r"[ ]?bar" + _AFTER), "bar", "pressure", _GRAMMAR["bar_cues"]),
    (re.compile(r"[ ]N" + _AFTER), "newton", "force", _GRAMMAR["newton_cues"]),
    (re.compile(r"[ ]?T" + _AFTER), "tesla", "magnetic_field", _GRAMMAR["tesla_cues"]),
    (re.compile(r"[ ]M" + _AFTER), "molar", "concentration", _GRAMMAR["molar_cues"]),
    (re.compile(r"(?:[ ]?g(?:" + _QUOTE + r"?s)?|[ ]?G" + _QUOTE + r"?s|[ ]G)" + _AFTER
                + r"(?![ ]of\b)"),
     "standard_gravity", "acceleration", _GRAMMAR["g_force_cues"]),
    (re.compile(r"[ ](?:cal[ ])?(?:BP|B\.P\.)" + _AFTER), "year", "time",
     _GRAMMAR["radiocarbon_cues"]),
    (re.compile(r"[ ]Ma" + _AFTER), "megayear", "time", _GRAMMAR["geologic_age_cues"]),
    (re.compile(r"[ ]Ga" + _AFTER), "gigayear", "time", _GRAMMAR["geologic_age_cues"]),
    (re.compile(r"[ ]ka" + _AFTER), "kiloyear", "time", _GRAMMAR["geologic_age_cues"]),
    (re.compile(r"(?:(?<=[:;,|][ ][0-9])|(?<=[:;,|][ ][0-9]{2}))M(?=" + TENOR_RATE + ")"),
     "month", "time", frozenset()),  # "Fixed bonds: 12M 3.94%, 24M 3.80%": a list's terms
    (re.compile(r"[ ]?ly" + _AFTER), "light_year", "length", _GRAMMAR["astronomy_cues"]),
    (re.compile(r"[ ]?ML" + _AFTER), "megaliter", "volume", _GRAMMAR["water_volume_cues"]),
    (re.compile(r"[ ]?GL" + _AFTER), "gigaliter", "volume", _GRAMMAR["water_volume_cues"]),
    (re.compile(r"[ ]?MLD" + _AFTER), "megaliter / day", "flow", _GRAMMAR["water_volume_cues"]),
    (re.compile(r"[ ]MAF" + _AFTER), "acre_foot", "volume", _GRAMMAR["water_volume_cues"]),
    (re.compile(r"[ ]TAF" + _AFTER), "acre_foot", "volume", _GRAMMAR["water_volume_cues"]),
    (re.compile(r"[ ]?TMC" + _AFTER), "foot ** 3", "volume", _GRAMMAR["water_volume_cues"]),
    (re.compile(r"[ ]?mt" + _AFTER), "metric_ton", "mass", _GRAMMAR["bulk_cargo_cues"]),
    (re.compile(r"[ ]?MM?BF" + _AFTER), "board_foot", "volume", _GRAMMAR["timber_cues"]),
    (re.compile(r"[ ]?MVA" + _AFTER), "megavolt_ampere", "power", _GRAMMAR["grid_cues"]),
    (re.compile(r"[ ]?GVA" + _AFTER), "gigavolt_ampere", "power", _GRAMMAR["grid_cues"]),
    (re.compile(r"[ ]?tph" + _AFTER), "train / hour", "rate", _GRAMMAR["train_rate_cues"]),
    (re.compile(r"c" + _AFTER), "speed_of_light", "speed", _GRAMMAR["relativity_cues"]),
    (re.compile(r"s" + _AFTER), "second", "time", _GRAMMAR["timeout_cues"]),
    (re.compile(r"g" + _AFTER), "gigabyte", "information", _GRAMMAR["heap_cues"]),
    (re.compile(r"m(?=[ ](?:CPU|cpu|vCPU|cores?)\b(?![ ](?!and\b|or\b)[a-z]))" + _AFTER),
     "millicore", "count", _GRAMMAR["container_cues"]),
    (re.compile(r"[ ]?ct(?:s|w|[ ]?tw)?" + _AFTER), "carat", "mass", _GRAMMAR["gem_cues"]),
    (re.compile(r"[tT]" + _AFTER + r"(?![ ]of\b)"), "tooth", "count", _GRAMMAR["teeth_cues"]),
    (re.compile(r"[ ]?y" + _AFTER), "year", "time", _GRAMMAR["half_life_cues"]),
    (re.compile(r"[ ]?d" + _AFTER), "day", "time", _GRAMMAR["half_life_cues"]),
    (re.compile(r"[ ]MP" + _AFTER), "megapixel", "count", _GRAMMAR["camera_cues"]),
    (re.compile(r"[ ]pc" + _AFTER), "percent", "percent", _GRAMMAR["spaced_pc_cues"]),
    (re.compile(r"[ ]?IU(?=/(?:day|d|week|wk|ml|mL|L|l|kg|dose)\b)"), "international_unit",
     "biological_activity", frozenset()),  # "1,000 IU/day", "40 IU/ml": a dose's rate
    (re.compile(r"[ ]?U(?=/(?:L|l|dL)\b)"), "enzyme_unit", "catalytic_activity",
     frozenset()),  # "ALT 240 U/L": an enzyme's activity in a sample
    (re.compile(r"[ ]?IU" + _AFTER), "international_unit", "biological_activity",
     frozenset()),  # (any sentence: "IU" before a noun or a name is a university's)
)
#: symbols of scaled units: million and thousand acre-feet, thousand million cubic feet,
#: thousand and million board feet
_FACTORS: Final = {"MAF": Decimal(10) ** 6, "TAF": Decimal(10) ** 3, "TMC": Decimal(10) ** 9,
                   "MBF": Decimal(10) ** 3, "MMBF": Decimal(10) ** 6}
#: words that keep a symbol its everyday unit beside its cues: weighing keeps a "g" grams
#: beside a cue of flight, bulk handling keeps "tph" tonnes an hour beside trains
_BLOCKERS: Final = {"standard_gravity": _GRAMMAR["g_force_blockers"],
                    "train / hour": _GRAMMAR["train_rate_blockers"]}
#: words of prices and shares, beside which "0.5c" stays cents
_MONEY_TALK: Final = frozenset(["shares", "share", "price", "prices", "cost", "costs",
                                "charges", "charge", "litre", "liter", "cents", "rose", "fell"])
#: a fraction below one right before a symbol: "0.99", ".8" (of the speed of light)
_FRACTION_BEFORE: Final = re.compile(r"(?<![0-9.])0?\.[0-9]+\Z")
#: the first letters of the cued symbols
_SYMBOL_LETTERS: Final = frozenset(["A", "U", "b", "N", "T", "M", "I", "g", "G", "B", "c", "k",
                                    "l", "m", "t", "s", "y", "d", "p"])
#: the symbols that need no cue word, in their order in _SYMBOLS
_UNCUED_SYMBOLS: Final = tuple(symbol for symbol in _SYMBOLS if not symbol[3])
#: every cue word of every symbol: a sentence holds few of them, so each symbol's cues are
#: asked of those few rather than of the whole vocabulary
_ANY_CUE: Final = frozenset([word for _, _, _, cues in _SYMBOLS for word in cues])


def cued_unit_after(sentence: Sentence, end: int) -> Optional[CuedUnit]:
    """The unit of a cued symbol right after a number ending at ``end``: "13A" and "40 A"
    in a sentence about fuses or circuits, "130 bar" in one about pressure; else None.

    >>> from factcheck.sentence import make_sentence
    >>> text = "Fit a 13A fused spur."
    >>> cued_unit_after(make_sentence(text, (0, len(text)), frozenset()), 8).unit
    'ampere'
    """
    following = sentence.text[end:end + 1]
    if following == " ":
        following = sentence.text[end + 1:end + 2]
    if following not in _SYMBOL_LETTERS or not sentence.text[end - 1:end].isdigit():
        return None  # the common case: no "A" or "bar" after the number
    present = sentence.vocabulary & _ANY_CUE
    # (with no cue word at all, only the symbols that need none may match)
    for symbol, unit, dimension, cues in _SYMBOLS if present else _UNCUED_SYMBOLS:
        if cues and present.isdisjoint(cues):
            continue  # (the cheap test first: most sentences hold no cue of most symbols)
        found = symbol.match(sentence.text, end)
        if found is not None \
                and (unit != "speed_of_light"
                     or (_FRACTION_BEFORE.search(sentence.text, max(0, end - 8), end)
                         and _MONEY_TALK.isdisjoint(sentence.vocabulary))) \
                and sentence.vocabulary.isdisjoint(_BLOCKERS.get(unit, frozenset())) \
                and not _labelled(sentence, end) \
                and (unit not in _BEFORE_THEIR_THING
                     or _their_thing_after(sentence, found.end(), unit, end)) \
                and (unit in _BEFORE_THEIR_THING or not _noun_after(sentence, found.end())):
            # (a gem's weight comes before it: "a 1.2ct diamond", a cog's teeth: "a 34t
            # chainring")
            symbol_text = found.group().strip()
            return CuedUnit(unit, dimension, symbol_text, found.end(),
                            _FACTORS.get(symbol_text, Decimal(1)))
    return None


#: the units of cued symbols written before the thing they measure, and that thing
_BEFORE_THEIR_THING: Final = {"carat": _GRAMMAR["gem_cues"], "tooth": _GRAMMAR["teeth_cues"]}


def _their_thing_after(sentence: Sentence, symbol_end: int, unit: str, end: int) -> bool:
    """Whether the thing a carat or a tooth measures follows within two words ("a 1.2ct
    diamond", "5.00ctw tennis bracelet", "a 34t chainring"); a gem's weight in carats with
    a decimal needs none ("The stone weighs 2.01 ct"; but "Stamps cost 60 ct each at the
    diamond shop", "The 12t truck carried bike cassettes")."""
    if unit == "carat" and "." in sentence.text[max(0, end - 4):end - 1]:
        return True
    things = _BEFORE_THEIR_THING[unit]
    words = [word for word in sentence.after(symbol_end, 6) if word.text != "-"]
    return any(word.lower in things for word in _whole_words(sentence, words)[:2])


def _whole_words(sentence: Sentence, words: List[Word]) -> List[Word]:
    """The words, a hyphenated compound counted as its last part: "narrow-wide chainring"
    is two words."""
    whole: List[Word] = []
    for word in words:
        if whole and sentence.text[word.start - 1:word.start] == "-" \
                and sentence.text[word.start - 2:word.start - 1].isalpha():
            whole[-1] = word
        else:
            whole.append(word)
    return whole


def _labelled(sentence: Sentence, end: int) -> bool:
    """A label word before the number: "rewired flat 4A", "room 2 A"."""
    before = sentence.before(end, 2)
    return len(before) == 2 and (before[0].lower in lexicon.load().not_claims["label_words"]
                                 or before[0].lower in _HOMES)


#: homes numbered like labels: "flat 4A"
_HOMES: Final = frozenset(["flat", "flats", "house", "studio", "no"])


def _noun_after(sentence: Sentence, end: int) -> bool:
    """A noun the symbol and its number describe: "3 bar staff" (not "130 bar of pressure",
    "2.5 bar max pressure")."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].text.isalpha() \
        and (following[0].text.islower() or following[0].text.istitle()) \
        and sentence.gap(end, following[0].start) == " " \
        and following[0].lower not in lexicon.load().function_words \
        and following[0].lower not in _MEASURE_WORDS  # (also a name: "16 IU Health")


#: words after a cued symbol that still speak of the measure: "2.5 bar max pressure", "4.2
#: ly away", "11 pc year-on-year"
_MEASURE_WORDS: Final = frozenset(["max", "maximum", "min", "minimum", "pressure", "rated",
                                   "year", "month", "quarter", "week",
                                   "current", "fuse", "fused", "breaker", "circuit", "supply",
                                   "spur", "socket", "plug", "cable", "magnet", "field",
                                   "solution", "force", "load", "vitamin", "daily",
                                   "supplement", "dose", "once", "twice", "every", "each",
                                   "softgel", "softgels", "capsule", "capsules", "tablet",
                                   "tablets", "drops", "doses", "injection", "injections",
                                   "vial", "vials", "gummies", "sprays",
                                   "away", "distant", "across", "wide", "long", "deep",
                                   "transformer", "transformers", "substation", "generator",
                                   "generators", "water", "charger", "chargers",
                                   "controller", "motor", "sensor", "camera", "selfie", "lens",
                                   "shooter", "cranking", "fronts", "rears", "front", "rear",
                                   "subs", "exposures", "frames"])
