"""Units and currencies: what sits after (or before) a number, in canonical form.

The extraction path (``match_unit_after``, ``match_per_after``,
``match_unit_before``, ``dimension_of``, ``is_unit_word``) only does dict
look-ups in a lexicon read once from ``data/unit_surfaces.txt`` and
``data/currencies.txt``; it never builds a pint registry, which costs about
half a second.  ``convert``, ``compatible`` and ``canonical_unit`` on strings
the lexicon does not know build the one registry lazily (``registry()``),
with ``data/units.txt`` loaded on top of pint's defaults.

Canonical strings follow the benchmark scorer's ``canon_unit``: ISO 4217
codes for money, ``percent`` / ``percentage_point`` / ``basis_point``, pint's
own spelling for physical units (``kilometer``, ``degree_Celsius``,
``mile / hour``, ``meter ** 2``), ``X / Y`` for rates and the lower-case
singular noun for counted things.

Dimension names (``UnitMatch.dimension`` and ``dimension_of``):

- ``currency``, ``percent``, ``percentage_point``, ``basis_point``;
- physical: ``length``, ``mass``, ``area``, ``volume``, ``temperature``,
  ``time``, ``speed``, ``acceleration``, ``energy``, ``power``, ``force``,
  ``pressure``, ``frequency``, ``density``, ``flow``, ``mass_flow``,
  ``fuel_economy``, ``electric_current``, ``electric_charge``, ``voltage``,
  ``radiation_dose``, ``radioactivity``, ``torque``, ``information``,
  ``data_rate``, ``angle``, ``ratio`` (ppm, ppb, parts per trillion), ``sound_level``, and
  ``physical`` for any other pint dimensionality;
- ``rate`` for a compound ``X / Y`` that is not one of the above
  ("USD / barrel", "barrel / day", "percent / year");
- ``count`` for counted nouns, ``dimensionless`` for no unit.

Readings where news is ambiguous (the data file headers list the rest):
sub-units convert to the main currency with ``UnitMatch.factor`` ("89p" is
0.89 GBP, "12 cents" 0.12 USD); "pounds" after a number is mass unless a scale
word or a word of paying comes first and no "of" follows ("361 million pounds" and
"fined 500 pounds" are GBP, "2 million pounds of beef" is mass); "C"/"F" are
temperatures only glued to the number
("40C"); "M", "K", "B" and "bn" are never units (they are scale words).
"""
from __future__ import annotations

import re
from difflib import get_close_matches
from decimal import Decimal
from functools import lru_cache
from typing import Final, Any, Dict, FrozenSet, List, NamedTuple, Optional, Tuple

from factcheck.errors import UnitError
from factcheck.unit_expressions import first_symbol, symbol_unit, unit_expression
from factcheck.text import new_record
from factcheck.lexicon import (
    alternation, data_lines, flag_set, load as load_lexicon, split_fields, word_sections)

#: pint dimensionality (see ``dimensionality_key``) -> our dimension name
DIMENSION_NAMES: Final[Dict[str, str]] = {
    "length": "length",
    "mass": "mass",
    "length^2": "area",
    "length^3": "volume",
    "temperature": "temperature",
    "time": "time",
    "length time^-1": "speed",
    "length time^-2": "acceleration",
    "length^2 mass time^-2": "energy",
    "length^2 mass time^-3": "power",
    "length mass time^-2": "force",
    "length^-1 mass time^-2": "pressure",
    "time^-1": "frequency",
    "length^-3 mass": "density",
    "length^3 time^-1": "flow",
    "mass time^-1": "mass_flow",
    "length^-2": "fuel_economy",
    "current": "electric_current",
    "current time": "electric_charge",
    "current^-1 length^2 mass time^-3": "voltage",
    "length^2 time^-2": "radiation_dose",
    "current^-2 length^2 mass time^-3": "resistance",
    "current^2 length^-2 mass^-1 time^3": "conductance",
    "current^2 length^-2 mass^-1 time^4": "capacitance",
    "current^-2 length^2 mass time^-2": "inductance",
    "current^-1 mass time^-2": "magnetic_field",
    "length^-3 substance": "concentration",
    "substance": "amount_of_substance",
    "luminosity": "luminous_flux",
    "length^-2 luminosity": "illuminance",
    "biological_activity": "biological_activity",
}

#: dimensionless pint units that still name a quantity, by a word in their name
DIMENSIONLESS_NAMES: Final[Tuple[Tuple[str, str], ...]] = (
    ("bit", "information"),
    ("byte", "information"),
    ("baud", "data_rate"),
    ("degree", "angle"),
    ("radian", "angle"),
    ("arcminute", "angle"),
    ("arcsecond", "angle"),
    ("ppm", "ratio"),
    ("ppb", "ratio"),
    ("parts_per_trillion", "ratio"),
    ("permille", "ratio"),
    ("decibel", "sound_level"),
    ("karat", "purity"),
)

#: dimension pairs whose quotient is a named physical dimension, not a "rate"
QUOTIENT_DIMENSIONS: Final[Dict[Tuple[str, str], str]] = {
    ("length", "time"): "speed",
    ("speed", "time"): "acceleration",
    ("energy", "time"): "power",
    ("volume", "time"): "flow",
    ("mass", "time"): "mass_flow",
    ("length", "volume"): "fuel_economy",
    ("mass", "volume"): "density",
    ("information", "time"): "data_rate",
}

#: canonical units pint spells differently (or not at all) -> what convert() hands pint
PINT_SPELLING: Final[Dict[str, str]] = {
    "decade": "ten_years",  # pint's "decade" is a logarithmic unit; units.txt has ten_years
}

MONEY_CONVERSION_FIX: Final = ("money in different currencies is never converted; "
                               "compare like with like")
UNIT_FIX: Final = ("write a unit pint knows (e.g. 'km', 'kilometer / hour', 'meter ** 2'), "
                   "an ISO 4217 code, or a plain noun")

_SPACES: Final = " \t\N{NO-BREAK SPACE}\N{THIN SPACE}\N{NARROW NO-BREAK SPACE}"
_HYPHENS: Final = "-\N{HYPHEN}\N{NON-BREAKING HYPHEN}"
#: footnote marks, superscript digits and pictographs: they end a unit ("12%³", "8%*",
#: "20%\N{UPSIDE-DOWN FACE}") and count as no letter or digit after it
_MARKS: Final = ("\N{SUPERSCRIPT ONE}\N{SUPERSCRIPT TWO}\N{SUPERSCRIPT THREE}"
                 "\N{SUPERSCRIPT ZERO}\N{SUPERSCRIPT FOUR}-\N{SUPERSCRIPT NINE}"
                 "\u2600-\u27bf"  # miscellaneous symbols and dingbats
                 "\U0001F300-\U0001FAFF")
_MARK: Final = re.compile(f"[{_MARKS}]")
# characters at which a unit surface may end inside a longer run of non-spaces
_CUT: Final = re.compile(
    "[/.,;:!?+)\\]}'\"\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
    "(\\-\N{EN DASH}\N{EM DASH}" + "[*\N{DAGGER}\N{DOUBLE DAGGER}\N{SECTION SIGN}"
    + _MARKS + "]")


_MAX_WORDS: Final = 4
#: a name or a number after a unit symbol written apart: "350 W Main St", "5 V 2"
_NAME_OR_NUMBER: Final = re.compile(r"[ \t]+(?:\d|[A-Z][a-z])")
_WINDOW: Final = 48

_PIECE: Final = re.compile(r"\S+")
_FIRST_PIECE: Final = re.compile(r"\S{1,%d}" % _WINDOW)
_PER_LEAD: Final = re.compile(r"""
    [ \t\N{NO-BREAK SPACE}]{0,3} / [ \t\N{NO-BREAK SPACE}]{0,3}  # km/h, $3 / gallon
  | [ \t\N{NO-BREAK SPACE}]{1,3} (?P<word>per|a|an|each|every|to[ ]the|for[ ]every|for[ ]each)
                                                            # per day, a year, for every kWh
    (?: [ \t\N{NO-BREAK SPACE}]{1,3} | - )                    # "a-year" is written too
  | - (?P<glued>per|a|an) -                                 # a 52,000 barrel-a-day refinery
""", re.VERBOSE | re.IGNORECASE)
#: the flows whose period "after" or "before" does not date: "barrels a day before the war"
_FLOW_BEFORE: Final = re.compile(r"(?:barrels?|tonnes?|tons?|litres?|liters?|gallons?|[kMGT]Wh"
                                 r"|cubic[ ][a-z]+)\Z")
#: a word in lower case next, which makes "second" an ordinal: "for every second bag"
_WORD_NEXT: Final = re.compile(r"[ ](?!of\b)[a-z]")
#: words of a flow before its amount, which keep "a day after" a rate ("output dropped by
#: 700,000 barrels a day after"; not "seized 2 tonnes a week before Christmas")
_FLOW_WORDS: Final = re.compile(
    r"\b(?:output|production|exports?|imports?|flows?|supply|supplies|capacity|pump(?:ed|ing|s)?"
    r"|produc(?:ed|es|ing)|burn(?:t|ed|s)?|consum(?:ed|es|ption)|rose|fell|dropped|cut|increased"
    r"|reduced|rise|fall|drop)\b", re.IGNORECASE)
#: words after "a year", "a day" that make it a time, not a rate: "a year earlier"
#: "after" or "before" and a deed rather than an event, which a price's rate is counted
#: since: "£40 a month after insulating", "£195 a year before we've even boiled a kettle"
#: (not "a month after the launch", "12 tonnes a month after planting", nor "refunded £80
#: a week after I complained": a time)
_DEED_AFTER: Final = re.compile(
    r"[ ](?:after|before)[ ][a-z]+ing\b"
    r"|[ ]before[ ](?:we|you|they)(?:['\N{RIGHT SINGLE QUOTATION MARK}]ve|[ ]have)?[ ]even\b")
_NOT_RATE_AFTER: Final = frozenset("""
    earlier ago before later after prior previously sooner
""".split())
#: what pay or a price is counted before or after: "£450 a week after tax", "£31,000 a
#: year before tax", "$40 a month before discounts", "$21.44 an hour before tips", "less than
#: $10 an hour after expenses", "£55 a head before wine", "£19.99 a month after the first
#: year", "$80 a month after 12 months", "€65 a month after that" are rates, where "a week
#: after the election", "a day after costs rose" or "a month after a 10-day trial" date
_OF_PAY: Final = re.compile(
    r"[ ](?:(?:after|before)[ ](?:tax|taxes|deductions|ni|national[ ]insurance"
    r"|housing[ ]costs|bills|rent|pension[ ]contributions|insurance|subsidies|rebates"
    r"|discounts|benefits|bonuses|commission|tips|tronc|gratuities|service|overtime"
    r"|expenses|fees|fuel|vat|costs(?![ ](?:rose|fell|rise|fall|went|soared)))"
    r"|before[ ](?:(?:any|all)[ ])?(?:[a-z]+[ ])?(?:charges|fees|discounts?|vat)"
    r"|before[ ](?:wine|drinks|alcohol)"
    r"|after[ ](?:the|a|an)[ ](?:first[ ](?:year|month|six[ ]months|12[ ]months)"
    r"|(?:introductory|free|discounted|promotional|trial|promo)[ ](?:period|offer|trial|term|deal)"
    r"|(?:trial|promo|promotion|offer|contract|minimum[ ]term))"
    r"|after[ ](?:the[ ]first[ ])?(?:[0-9]{1,2}|one|two|three|four|six|nine|twelve|eighteen)"
    r"[ ](?:months|years|weeks)"
    r"|after[ ](?:that|this|then))"
    r"\b(?![ ](?!(?:and|or|from|under|in|on|at|for|until|by|with|when|as|if|since|this"
    r"|next|last)\b)[a-z])", re.IGNORECASE)
#   (not "3% a week after tax cuts were announced"; but "$21.28 an hour before tips under
#   Local Law 150", "£13 an hour before tax from 2026")
#: counted nouns that may follow "a"/"an" in a rate: "$5 a share", "$20 a head",
#: "$150 a night", "$4.82 a dozen", and sport's periods: "40 goals a season", "26 points a game"
_A_NOUNS: Final = frozenset("share head person night ticket dozen season game match".split())
#: the units of a run of events, which make a rate after "a"/"an" when they end the phrase
#: and what comes before is no span of time: "3.4 million viewers an episode", "30 pupils a
#: class", cricket's "4.8 runs an over" and "20 overs a side" (not "After 2 hours a flight
#: attendant", "$3 billion a class action alleges")
_A_EVENTS: Final = frozenset("episode show race shift session trip flight class innings over "
                             "side".split())
_EVENT_ENDS: Final = re.compile(r"[ ]?(?:[.,;:)!?]|\Z)|[ ](?:in|on|at|for|and|or|across|during"
                                r"|this|last|compared|up|down|than|while|but|since|to)\b")
#: "$1,000 a pill", "$8 a plate": a price per thing, when the noun ends its phrase
_A_THING: Final = re.compile(
    r"(?:[ \t]{1,3}(?:a|an)[ \t]{1,3}|-an?-)(?P<noun>[a-z][a-z']{1,30}(?:-[a-z]+)*)(?![\w'-])")
_PHRASE_END: Final = re.compile(r"[ \t]*(?:[.,;:!?)\N{EN DASH}\N{EM DASH}]|\Z)")
_FOLLOWER: Final = re.compile(r"[ \t]{1,3}([^\W\d_]{1,32})")
_RATE_NOUN_FOLLOWERS: Final = word_sections("grammar_words.txt")["rate_noun_followers"]
_APPOSITIVE_NOUNS: Final = word_sections("grammar_words.txt")["appositive_nouns"]
#: words naming a kind of share before "share": "per diluted share", "a basic share"
_SHARE_KINDS: Final = word_sections("grammar_words.txt")["share_kinds"]
#: denominators written in Latin: "per capita" is per person
_PER_NOUN_ALIASES: Final = {"capita": "person"}
#: a restatement right after "pounds": ", or about 37,000 tonnes", " (37,000 tonnes)"
_RESTATED_MASS: Final = re.compile(r"(?:,\s*or|\s*\()\s*(?:"
                                   + alternation("grammar_words.txt", "restating_hedges") + r"\s+)?"
                                   r"[\d.,]+\s*(?:million\s+|m\s+)?(?P<unit>[^\W\d_]{1,12})")
#: pounds in brackets after a mass restate it: "108 million kilograms (about 240 million
#: pounds)"
_MASS_RESTATED: Final = re.compile(r"(?P<unit>[^\W\d_]{1,12})\s*\(\s*(?:"
                                   + alternation("grammar_words.txt", "restating_hedges")
                                   + r"\s+)?[\d.,]+\s*(?:million|billion|m|bn)?\Z")
_MASS_RESTATED_REACH: Final = 60
#: a verb of weighing a little before the amount: its pounds are mass
_WEIGHED: Final = re.compile(r"\bweigh(?:s|ed|ing)?\b", re.IGNORECASE)
#: verbs of losing or gaining weight: before plain "pounds" (with no scale word) they make
#: mass, after any word of paying ("won a bet by losing 50 pounds"); "lost 361 million
#: pounds" stays money
_WEIGHT_CHANGE: Final = re.compile(
    r"\b(?:los(?:e|es|ing|t)|shed(?:s|ding)?|gain(?:s|ed|ing)?|put[ ]on|dropp(?:ed|ing))\b",
    re.IGNORECASE)
#: nouns after a scaled "-pound" compound that make it money: "a 25-million-pound contract"
_POUND_MONEY_HEADS: Final = word_sections("grammar_words.txt")["pound_money_heads"]
#: words right before a number's unit that make "pounds" money: "361 million pounds"
_MONEY_SCALES: Final = frozenset("thousand million billion trillion bn mn m".split())
#: words a little before a number that make its plain "pounds" money: "fined 500 pounds"
_POUND_MONEY_CUE: Final = re.compile(
    r"\b" + alternation("grammar_words.txt", "pound_money_cues") + r"\b", re.IGNORECASE)
_POUND_MONEY_CUE_REACH: Final = 32
_TRAILING_LETTERS: Final = re.compile(r"[^\W\d_]{1,12}\Z")
_OF_TAIL: Final = re.compile(r"""
    [ \t]{1,3} of [ \t]{1,3}        # tonnes of CO2 a year
    (?P<one> [^\W\d_][\w.-]{0,30} ) # the substance, one word (perhaps hyphened)
    (?: [ \t]{1,3} (?P<two> (?!(?:and|once|twice|thrice|every)\b)[^\W\d_]\w{0,30} ) )?
                                    # or two: carbon dioxide (not "of pimobendan twice daily")
    (?: [ \t]{1,3} and [ \t]{1,3} (?!(?:half|quarter|third)\b)[^\W\d_]\w{0,30} )?
                                    # and another: fruit and veg (not "and half a teaspoon")
""", re.VERBOSE | re.IGNORECASE)
# words are bounded so that a long run of letters costs a fixed amount per number
_NEXT_WORD: Final = re.compile(r"[^\W\d_]{1,32}")
_NOUN: Final = re.compile(r"[^\W\d_][^\W\d_'\N{RIGHT SINGLE QUOTATION MARK}-]{0,40}")
#: the size of a container between "per" and the container: "350ml ", "70cl ", "40ft ",
#: "20-foot "
_SIZE_OF_THING: Final = re.compile(
    r"(?:[0-9]{1,4}(?:\.[0-9]{1,2})?[ -]?(?:ml|cl|l|litre|liter|g|kg|kilo|oz|lb|pound|ft|foot"
    r"|inch|in)"
    r"|(?:[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"-(?:minute|hour|day|night|week|month|year))[ -](?=[a-z]{3})")  # "per 30-minute session"
_UNIT_EXPRESSION: Final = re.compile(
    r"[/*^_0-9\N{DEGREE SIGN}\N{SUPERSCRIPT TWO}\N{SUPERSCRIPT THREE}]")
_ELISION_MARKS: Final = ("'", "\N{RIGHT SINGLE QUOTATION MARK}")
#: a symbol denominator with an optional power: "/s", "/s2", "/s^2", "/m\N{SUPERSCRIPT TWO}"
_DENOMINATOR_POWER: Final = re.compile(r"""
    (?P<symbol>[^\W\d_\N{SUPERSCRIPT TWO}\N{SUPERSCRIPT THREE}]{1,3})  # s, m, km
    (?P<power>\^?[23]|[\N{SUPERSCRIPT TWO}\N{SUPERSCRIPT THREE}])?     # 2, ^2, squared sign
    (?![\w\N{SUPERSCRIPT TWO}\N{SUPERSCRIPT THREE}])                  # nothing glued after
""", re.VERBOSE)
#: symbols read only as a denominator: a lone "s" after a number is no unit, "km/s" is
_DENOMINATOR_SYMBOLS: Final = {"s": "second"}
_POWERS: Final = {"^2": "2", "^3": "3", "\N{SUPERSCRIPT TWO}": "2", "\N{SUPERSCRIPT THREE}": "3"}
_SPLIT_PER: Final = re.compile(r"\s+per\s+|\s*/\s*", re.IGNORECASE)

#: the round number that scales a rate's denominator: "per 100,000 people", "per 1,000"
_SCALED_DENOMINATOR: Final = re.compile(r"""
    (?: [ \t\N{NO-BREAK SPACE}]{1,3} per [ \t\N{NO-BREAK SPACE}]{1,3} | [ ]?/[ ]?
      | [ ]for[ ]every[ ] )                                  # "for every 1,000 households"
    (?: (?:a[ ]|one[ ]|1[ ]|(?P<tens>10|100)[ ])? (?P<word> thousand | million | billion
                                                         | lakh | crore ) \b
      | (?P<number> (?:1|10|100)(?:,000)+
                    | (?:1|10|100)(?:[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]000)+
                    | 10{1,8}
                    | [1-9][0-9]? (?= [ ]?(?:kg|lb) (?: [ ]?(?:of[ ])?body[ ]?weight | [ ]bw\b
                                                      | [ ]?[.,;)] | \Z ) )  # a dose's weight
                  ) (?P<kilo>[kK](?![A-Za-z]))? (?! \d | [.,]\d )
      | 1 (?P<letter> [KkMmBb] | bn | mn ) \b )
    (?: [ \t\N{NO-BREAK SPACE}]{0,3} (?=[^\W\d_]) )?
""", re.VERBOSE | re.IGNORECASE)
_SCALE_WORD_VALUES: Final = {"thousand": 1000, "million": 1000000, "billion": 1000000000,
                             "k": 1000, "m": 1000000, "b": 1000000000, "bn": 1000000000,
                             "mn": 1000000, "lakh": 100000, "crore": 10000000}
#: a name, perhaps with a model number, before the lower-case noun a rate is per: "Falcon 9
#: ", "Crew Dragon ", "American "
_NAMED_THING: Final = re.compile(r"(?:[A-Z][\w-]*[ ]){1,3}(?:[0-9][\w-]*[ ])?(?=[a-z])")


def _a_noun(word: str) -> bool:
    """Whether a lower-case word after a name may be the noun a rate is per: not a function
    word nor a participle ("bed", "launch"; not "were", "to", "gained")."""
    return word not in load_lexicon().function_words \
        and not (word.endswith("ed") and len(word) > 4)


#: a decimal ending right before a unit: "0.02" of "0.02 m/m"
_DECIMAL_BEFORE: Final = re.compile(r"\.[0-9]+\Z")
#: a count in thousands or more, and a lower-case word after a unit: "4.7 million" and
#: " homes" of "4.7 million second homes"
_SCALED_COUNT_BEFORE: Final = re.compile(
    r"(?:[0-9],[0-9]{3}|[0-9][ ](?:thousand|million|billion)|[0-9](?:m|bn|k))\Z")
_LOWER_WORD_AFTER: Final = re.compile(r"[ ][a-z]{3,}")
#: the word before a vitamin's letter: "vitamin K"
_VITAMIN_BEFORE: Final = re.compile(r"vitamins?[ ]\Z", re.IGNORECASE)
#: meals and bedtime after "before" or "after", which date a dose, never the amount: "twice
#: a day after meals", "three times a day before food"
_MEALS_AFTER: Final = re.compile(
    r"[ ](?:after|before|with)[ ](?:meals?|food|eating|breakfast|lunch|dinner|bed|bedtime"
    r"|sleep)\b", re.IGNORECASE)
#: commodity desks' abbreviations of what a price is per, and the surfaces they stand for:
#: "$560/mt" (metric tonnes), "92.5p/th" (therms of gas)
_DESK_DENOMINATORS: Final = {"mt": "MT", "th": "therm"}
#: scaled denominators that are units of their own: gas is priced "per million British
#: thermal units", MMBtu (data/units.txt)
_SCALED_UNIT_NAMES: Final = {"1000000 british_thermal_unit": "mmbtu"}
#: the singular nouns a scaled denominator may count: "per 100,000 population"
_SINGULAR_DENOMINATORS: Final = frozenset(["population", "capita"])
#: words that never start a "per" denominator: "per cent", "per the agreement"
_PER_STOP: Final = frozenset("""
    a an the this that these those his her its their our your my cent se and or per
""".split())


class UnitMatch(NamedTuple):
    """A unit found in text, with its canonical form and the evidence.

    ``start``/``end`` are offsets into the text that was searched;
    ``factor`` multiplies the number ("89p" is 0.89 GBP).
    """

    unit: str
    dimension: str
    start: int
    end: int
    text: str
    factor: Decimal = Decimal(1)
    #: a marker that counts only before a scaled or separated number ("PS6m", not "PS5")
    scaled: bool = False


class Entry(NamedTuple):
    """One lexicon line: what a surface means and where it may stand."""

    unit: str
    dimension: str
    factor: Decimal
    attached: bool
    scaled: bool = False
    #: apart from the number only when no name or number follows: "a 400 W charger", but
    #: "350 W Main St" (flags "spaced" and "apart")
    guarded: bool = False
    #: never glued to the number: "a timeout of 30 s", but "in her 30s" (flag "apart")
    apart: bool = False


class Lexicon(NamedTuple):
    """The data files as look-up tables (exact-case and lower-case keys)."""

    after_exact: Dict[str, Entry]
    after_any: Dict[str, Entry]
    before_exact: Dict[str, Entry]
    before_any: Dict[str, Entry]
    dimensions: Dict[str, str]
    #: lower-case first word of a surface -> most words a surface starting with it has
    words_after_first: Dict[str, int]
    #: last character of a before-marker (lower case) -> marker lengths, longest first
    before_lengths: Dict[str, Tuple[int, ...]]


def surface_factor(flags: frozenset) -> Decimal:
    """The scale a unit surface carries ("times 1000000000" for "bcm"), else 1.

    >>> surface_factor(frozenset({"exact", "times 1000"}))
    Decimal('1000')
    >>> surface_factor(frozenset({"exact"}))
    Decimal('1')
    """
    for flag in flags:
        if flag.startswith("times "):
            return Decimal(flag[len("times "):])
    return Decimal(1)


def add_entry(exact: Dict[str, Entry], anycase: Dict[str, Entry], surface: str,
              entry: Entry, flags: frozenset) -> None:
    """Put an entry under its surface; the first line for a surface wins."""
    if "exact" in flags:
        exact.setdefault(surface, entry)
    else:
        anycase.setdefault(surface.lower(), entry)


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    """Read the currency and unit data files once (currencies first: the first line wins)."""
    after_exact: Dict[str, Entry] = {}
    after_any: Dict[str, Entry] = {}
    before_exact: Dict[str, Entry] = {}
    before_any: Dict[str, Entry] = {}
    dimensions: Dict[str, str] = {}
    for line in data_lines("currencies.txt"):
        fields = split_fields(line)
        surface, code, position = fields[0], fields[1], fields[2]
        factor = Decimal(fields[3]) if len(fields) > 3 and fields[3] else Decimal(1)
        flags = flag_set(fields, 4)
        entry = Entry(code, "currency", factor, "attached" in flags, "scaled" in flags)
        dimensions.setdefault(code, "currency")
        if position in ("after", "both"):
            add_entry(after_exact, after_any, surface, entry, flags)
        if position in ("before", "both"):
            for variant in before_variants(surface):
                add_entry(before_exact, before_any, variant, entry, flags)
    for line in data_lines("unit_surfaces.txt"):
        fields = split_fields(line)
        flags = flag_set(fields, 3)
        entry = Entry(fields[1], fields[2], surface_factor(flags),
                      "attached" in flags and "spaced" not in flags,
                      guarded="spaced" in flags or "apart" in flags, apart="apart" in flags)
        add_entry(after_exact, after_any, fields[0], entry, flags)
        if entry.unit != "-":
            dimensions.setdefault(entry.unit, entry.dimension)
    words_after_first: Dict[str, int] = {}
    for surface in list(after_exact) + list(after_any):
        words = surface.split(" ")
        first = words[0].lower()
        words_after_first[first] = max(words_after_first.get(first, 1), len(words))
    lengths: Dict[str, set] = {}
    for marker in list(before_exact) + list(before_any):
        lengths.setdefault(marker[-1].lower(), set()).add(len(marker))
    before_lengths = {char: tuple(sorted(found, reverse=True)) for char, found in lengths.items()}
    return Lexicon(after_exact, after_any, before_exact, before_any, dimensions,
                   words_after_first, before_lengths)


def before_variants(marker: str) -> Tuple[str, ...]:
    """A currency marker as written, and with a space before its "$" (but "A $50 million"
    is an article and a dollar, not "A$").

    >>> before_variants("US$")
    ('US$', 'US $')
    >>> before_variants("€"), before_variants("A$")
    (('€',), ('A$',))
    """
    if len(marker) > 1 and marker.endswith("$") and marker != "A$":
        return (marker, marker[:-1] + " $")
    return (marker,)


def lookup_after(surface: str) -> Optional[Entry]:
    """The lexicon entry for a surface after a number (exact case first), or None.

    >>> lookup_after("km").unit
    'kilometer'
    >>> lookup_after("Miles").unit
    'mile'
    >>> lookup_after("drones") is None
    True
    """
    lex = lexicon()
    entry = lex.after_exact.get(surface)
    if entry is None:
        entry = lex.after_any.get(surface.lower())
    if entry is None or entry.unit == "-":
        return None
    return entry


def unit_start(text: str, pos: int) -> Tuple[int, bool]:
    """Where a unit after ``pos`` may begin, and whether it touches the number (a hyphen
    joins a unit but does not glue one that must touch: "1-in-5" holds no inches).

    >>> unit_start("40C", 2)
    (2, True)
    >>> unit_start("62 miles", 2)
    (3, False)
    >>> unit_start("six-year term", 3)
    (4, False)
    """
    window = text[pos:pos + 3]
    spaces = len(window) - len(window.lstrip(_SPACES))  # up to three
    if spaces:
        return pos + spaces, False
    if window and window[0] in _HYPHENS:
        return pos + 1, False
    return pos, True


def candidate_ends(window: str, words: int = _MAX_WORDS) -> List[int]:
    """End offsets of possible unit surfaces in ``window``, longest first.

    Whole space-separated pieces (up to ``words``), and cuts inside each piece
    at punctuation, so "km/h," offers "km/h," "km/h" and "km".

    >>> w = "km/h, or"
    >>> [w[:end] for end in candidate_ends(w)]
    ['km/h, or', 'km/h,', 'km/h', 'km']
    >>> [w[:end] for end in candidate_ends(w, 1)]
    ['km/h,', 'km/h', 'km']
    """
    ends: List[int] = []
    for number, piece in enumerate(_PIECE.finditer(window)):
        if number == words or (number == 0 and piece.start() != 0):
            break
        ends.append(piece.end())
        ends.extend(cut.start() for cut in _CUT.finditer(window, piece.start() + 1, piece.end()))
    return sorted(ends, reverse=True)


def is_boundary(text: str, end: int) -> bool:
    """True when a unit may end at ``end``: no letter or digit follows.

    >>> is_boundary("5 mice", 3)
    False
    >>> is_boundary("40C.", 3)
    True
    """
    return end >= len(text) or not text[end].isalnum() or _MARK.match(text, end) is not None


def normalise_surface(surface: str) -> str:
    """Collapse inner runs of spaces to one space.

    >>> normalise_surface("degrees\\N{NO-BREAK SPACE} Celsius")
    'degrees Celsius'
    """
    return " ".join(surface.split())


def unit_at(text: str, start: int, touching: bool) -> Optional[Tuple[Entry, int]]:
    """The longest lexicon surface that starts exactly at ``start``, with its end.

    Looks further than the first word only when some surface starts with that
    word ("degrees Celsius", "per cent"), so a counted noun costs a few look-ups.
    """
    first = _FIRST_PIECE.match(text, start)
    if first is None or first.group()[0].isdigit():
        return None
    lex = _lexicon()
    word = first.group()
    words = lex.words_after_first.get(word.lower(), 1)
    if words == 1 and (word.isalpha() or len(word) == 1):
        # the common cases, a single plain word or mark ("%", "$"): one or two look-ups
        entry = lex.after_exact.get(word) or lex.after_any.get(word.lower())
        if entry is not None and entry.unit != "-" and (touching or not entry.attached) \
                and is_boundary(text, first.end()) and not (entry.apart and touching) and not (
                    entry.guarded and not touching and _NAME_OR_NUMBER.match(text, first.end())):
            return entry, first.end()
        return None
    window = text[start:start + _WINDOW]
    for end in candidate_ends(window, words):
        if not is_boundary(text, start + end) or (end == 1 and window[1:2] in _ELISION_MARKS):
            continue  # a letter and an apostrophe begin a name: "2 l'Equipe awards"
        surface = window[:end]
        if " " in surface or "\t" in surface or "\N{NO-BREAK SPACE}" in surface:
            surface = normalise_surface(surface)
        entry = lex.after_exact.get(surface) or lex.after_any.get(surface.lower())
        if entry is not None and entry.unit != "-" \
                and (touching or not entry.attached or _priced_per(entry, text, start + end)) \
                and not (entry.apart and touching):
            return entry, start + end
        if entry is not None and entry.unit == "-":
            return None  # the longest surface is no unit: "year-on-year" holds no "year"
    return None


def _priced_per(entry: Entry, text: str, end: int) -> bool:
    """Whether a sub-unit of money written apart from its number, such as "p" or "c", has a
    slash and a physical unit after it: "92.5 p/kWh", "35 c/kWh" are prices (not "15 p/e",
    nor a period: "20 p/min" may count pages)."""
    if entry.dimension != "currency" or entry.factor >= 1 or text[end:end + 1] != "/":
        return False
    per = match_per_after(text, end)
    return per is not None \
        and per.dimension not in ("count", "currency", "dimensionless", "time")
    # (not "20 p/min", pages a minute, nor "5 p/h")


_LEXICON: Final[List[Lexicon]] = []


def _lexicon() -> Lexicon:
    """The lexicon, without the lru_cache call on the hot path."""
    if not _LEXICON:
        _LEXICON.append(lexicon())
    return _LEXICON[0]


#: a length raised to an area or volume by a word after it: "4 km squared", "2 m cubed"
_POWER_WORD = re.compile(r"[ ](squared|cubed)\b", re.IGNORECASE)
_RAISED_LENGTH = {"squared": ("{unit} ** 2", "area"), "cubed": ("{unit} ** 3", "volume")}


#: what follows "won" the verb: an object ("two Oscars", "the title", "awards", "Best
#: Picture"), or "by", "in", "at", "against" (but "1,400 won." and "won a piece" are money)
_WON_VERB: Final = re.compile(
    r"[ ](?!against[ ]the[ ](?:dollar|euro|yen|yuan|greenback|pound)\b)"  # a rate of money
    r"(?:the|two|three|four|five|six|seven|eight|nine|ten|its|their|his|her|by|against"
    r"|[0-9]|[A-Z]"
    r"|(?!(?:this|is|was|has|as|plus|less|yes|thus|notes|coins|bills|banknotes)\b)[a-z]+s\b)")
#: a number too small to be a sum in won right before it: "three won", "Labour 7 won" (a
#: single won is a tenth of a US cent, so "Ten firms bid and three won" is the verb, where
#: no word of money stands near)
_FEW_BEFORE_WON: Final = re.compile(
    r"(?<![\w.,])(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|dozen|both|all)[ ]\Z", re.IGNORECASE)
#: words of money, prices and the exchange rate near "won", which keep it the currency after
#: a few: "cost 8 won", "the 1 won coin", "The won fell 7 won against the dollar"
_MONEY_CUE: Final = re.compile(
    r"\b(?:costs?|paid|pays?|price[ds]?|worth|sells?|sold|buy|bought|coins?|fares?|rides?"
    r"|adds?|Korea|Korean|Seoul|won[ ](?:fell|rose|closed|weakened|strengthened|slid|gained)"
    r"|dollar|against|higher|lower|was|were|is)\b|\N{WON SIGN}")
#: two digits before "won", which are the verb only beside other results: "played 18, 11 won
#: and 7 lost" (but "weakened by 15 won", "A 10 won coin")
_TENS_BEFORE_WON: Final = re.compile(r"(?<![\w.,])[1-9][0-9][ ]\Z")
_RESULT_CUE: Final = re.compile(r"\b(?:lost|drew|drawn|played|tied)\b")
#: a plural noun right after a currency's code, which makes the code an abbreviation: " SAR
#: satellites" (not " USD in fees", " EUR a month", " SAR per night")
_PLURAL_AFTER_CODE: Final = re.compile(r"[ ](?!(?:coins|notes|bills|banknotes|bonds|shares)\b)"
                                       r"[a-z]{3,}s\b")
#: a scale word before "won": "6.6 trillion won" is money whatever follows
_SCALE_BEFORE_WON: Final = re.compile(r"(?:thousand|million|billion|trillion|bn|tn)[ ]\Z",
                                      re.IGNORECASE)


#: a slash and another setting of the same oven after a temperature: "180C/gas 4", "200C/fan
#: 180C", "350F/180C" (no rate)
_OVEN_SETTING: Final = re.compile(
    r"[ ]?/[ ]?(?:gas|fan|mark|[0-9]+(?:\.[0-9]+)?[ ]?°?[CF]\b)", re.IGNORECASE)
#: a nutrient or basis named between a mass and the area it is spread over: the " N" of
#: "180kg N/ha", " DM" of "12t DM/ha", " a.i." of "1.5kg a.i./ha"
_NUTRIENT_LABEL: Final = re.compile(
    r"[ ](?:N|P|K|S|P2O5|K2O|SO3|MgO|CaO|DM|FW|a\.i\.|ai|ae)(?=[ ]?(?:/|per[ ]))")


#: the number of a school year after its capital "Year": " 7", " 11"
_SCHOOL_YEAR: Final = re.compile(r"[ ](?:1[0-3]|[1-9])[ ](?!months?\b|weeks?\b|days?\b)[a-z]")
#: a place of one to three digits that opens a line: "1", "\n12"
_PLACE_OPENING_LINE: Final = re.compile(r"(?:\A|\n)[ \t]*[0-9]{1,3}\Z")
#: a one-letter label, a space and a figure, ending where a unit may follow: "H 64,480"
_LETTER_LABEL_BEFORE: Final = re.compile(r"(?<![\w.])[A-Z][ ][0-9][0-9,.]*\Z")
#: a space and a figure: the next cell of a row
_NUMBER_NEXT: Final = re.compile(r"[ ][0-9]")
#: the dot of an initial, then a surname: ". Carter", ". Moss"
_INITIAL_THEN_NAME: Final = re.compile(r"\.[ ][A-Z][a-z]+\b")


def match_unit_after(text: str, pos: int) -> Optional[UnitMatch]:
    """The unit phrase right after a number ending at ``pos``, or None.

    Takes an optional space or a hyphen ("six-year"), the longest known
    surface, then a rate tail ("per day", "/h", "of CO2 a year").

    >>> match_unit_after("62 miles", 2).unit
    'mile'
    >>> match_unit_after("a six-year term", 5).unit
    'year'
    >>> match_unit_after("800,000 barrels a day", 7).unit
    'barrel / day'
    >>> match_unit_after("3,000 drones", 5) is None
    True
    """
    start, touching = unit_start(text, pos)
    if text.startswith("m/m", start) and not text[start + 3:start + 4].isalnum() \
            and not _DECIMAL_BEFORE.search(text, max(0, pos - 8), pos):
        return None  # "rose 150,000 m/m": month on month, as "y/y" and "q/q", no metres (but
        # "a slope of 0.02 m/m" is metres per metre)
    found = unit_at(text, start, touching)
    if found is None:
        return _formula(text, start)  # "12 N·m", "1650 cm⁻¹": what the lexicon cannot read
    entry, end = found
    if end - start == 1 and start > pos and "A" <= text[start] <= "Z" \
            and _PLACE_OPENING_LINE.search(text, max(0, pos - 4), pos) \
            and _INITIAL_THEN_NAME.match(text, end):
        return None  # "1 J. Carter", "3 L. Moss": a place opening a results line, then an
        # initial (not "Rated power: 3000W. Cord length", "Volume: 2 L. Width: 30 cm")
    if text[start:end] == "w" and (not text[max(0, pos - 2):pos].isdigit()
                                   or _NO_WATTS_AFTER_W.match(text, end)):
        return None  # "2w ago", "the 4w drive": weeks or wheels; glued watts have two
        # digits or more ("232w", "a 60w charger"); "10w-40": an oil's grade; "a 20w scan",
        # "25w pregnant": weeks
    if end - start == 1 and start > pos and "A" <= text[start] <= "Z" \
            and _LETTER_LABEL_BEFORE.search(text, max(0, pos - 24), pos) \
            and _NUMBER_NEXT.match(text, end):
        return None  # "O 63,120 H 64,480 L 62,350 C 64,010": a flattened row of one-letter
        # labels (open, high, low, close), each before its figure, no litres
    if text[start:end] == "Year" and _SCHOOL_YEAR.match(text, end):
        return None  # "40 Year 7 pupils": a school year names them, no years
    if entry.unit == "second" and text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha():
        return None  # "eight second-innings wickets": the ordinal, no seconds
    if end - start == 1 and text[start] in "NSEW" and _ORDINAL_STREET_AFTER.match(text, end):
        return None  # "4800 W. 47th Street": an address's direction, no watts
    if entry.unit == "kilovolt" and _MOTOR_AFTER.match(text, end):
        return None  # "a 3500kV motor": a motor's speed per volt, no kilovolts
    if text[start:end] == "SF" and (_PLURAL_AFTER.match(text, end) or text[end:end + 1] == "-"
                                    or not _HUNDREDS_BEFORE.search(text, max(0, pos - 4), pos)):
        return None  # "3 SF titles", "3 SF-based engineers", "40 SF, 25 NYC": San
        # Francisco's, no square feet
    if entry.unit == "second" and _ORDINAL_NOUN_AFTER.match(text, end) \
            and _YEAR_BEFORE.search(text, max(0, pos - 5), pos):
        return None  # "fiscal 2024 second quarter", "the 2023 second half": the ordinal
    if entry.unit == "second" and _SCALED_COUNT_BEFORE.search(text, max(0, pos - 12), pos) \
            and _LOWER_WORD_AFTER.match(text, end):
        return None  # "4.7 million second homes": the ordinal of a noun counted in millions
    if text[end:end + 1] == "-" and text[start].isupper() and (
            (text[end + 1:end + 2].isdigit() and end - start <= 2 and text[start:end].isupper()
             and not _SAME_UNIT_AFTER.match(text, end + 1)
             and not _unit_repeated(text, start, end))
            or text.startswith("class", end + 1)):
        return None  # "40 J-35 jets", "17 V-22 Ospreys", "10,000 EB-5 visas", "two Kilo-class
        # submarines": models and classes
        # (but "25C-28C" is a range)
    if entry.unit == "KRW" and text[start:end] == "won" and (
            _WON_VERB.match(text, end)
            or (_FEW_BEFORE_WON.search(text, max(0, start - 8), start)
                and not _MONEY_CUE.search(text, max(0, start - 60), min(len(text), end + 40)))
            or (_TENS_BEFORE_WON.search(text, max(0, start - 4), start)
                and _RESULT_CUE.search(text, max(0, start - 60), min(len(text), end + 40)))) \
            and not _SCALE_BEFORE_WON.search(text, max(0, start - 12), start):
        return None  # "Apollo 13 won two Oscars", "5 won awards", "Ten firms bid and three
        # won": the verb, not Korean won
    if entry.unit == "EUR" and text[start:end].lower() == "euro" and _EURO_AREA.match(text, end):
        return None  # "12 euro area member states": the place, no money
    if text[start:end] == "IBU" and _NAME_OR_PLURAL_AFTER.match(text, end):
        return None  # "12 IBU World Cup races", "5 IBU titles": the biathlon union's, no
        # bitterness units
    if text[start:end] == "ppl" and not _FUEL_AROUND.search(
            text, max(0, pos - _AROUND_REACH), min(len(text), end + _AROUND_REACH)):
        return None  # "Over 40 ppl commented": people, no pence a litre of fuel
    if text[start:end] == "nm" and _BEARING_AFTER.match(text, end):
        entry = Entry("nautical_mile", "length", Decimal(1), False)  # "300 nm east of
        # Bermuda", "40 nm SW of the island": a distance at sea, no nanometres
    if text[start:end] == "in." and not _LOWER_WORD_OR_COMMA.match(text, end) \
            and not (text[pos:start] in ("", "-") and _LOWER_WORD.match(text, end)):
        return None  # "Of the 40 who applied, 12 got in. The rest": the end of a sentence
        # (but "a 4in. pipe", "a 6-in. blade": glued to its number, an inch)
    if text[start:end].lower() == "stone" and _material_stone(text, end):
        return None  # "two stone barns", "three stone lions": the material, no stones of
        # weight (but "lost three stone", "a 16 stone man")
    if text[start:end] == "NM" and _PLURAL_AFTER_CODE.match(text, end):
        return None  # "12 NM counties": New Mexico's, no nautical miles
    if entry.dimension == "currency" and end - start == 3 and text[start:end].isupper() \
            and _PLURAL_AFTER_CODE.match(text, end) \
            and lookup_after(next_word(text, end + 1)) is None:
        return None  # "48 SAR satellites": an abbreviation describing the things counted
        # (synthetic-aperture radar), no riyals
    if entry.unit == "pound" and text[start:end].lower().startswith("pound") \
            and is_money_pounds(text, pos, end):  # ("lb" and "lbs" are never money)
        entry = Entry("GBP", "currency", Decimal(1), False)
    unit, dimension = entry.unit, entry.dimension
    if dimension == "length" and text[end:end + 2] in (" s", " c"):
        raised = _POWER_WORD.match(text, end)
        if raised is not None:  # "4 km squared", "2 m cubed"
            template, dimension = _RAISED_LENGTH[raised.group(1).lower()]
            unit = template.format(unit=unit)
            end = raised.end()
    if dimension == "temperature" and _OVEN_SETTING.match(text, end):
        per = None  # "180C/gas 4": another setting of the oven, no rate
    else:
        per = (match_in_volume(text, end) if dimension == "mass" else None) \
            or match_per_after(text, end)
        # (a dose's volume first: "120mg/5ml sugar-free syrup" is per 5 ml, not per syrup)
        if per is None and dimension != "percent":
            per = match_per_after_substance(text, end)
            if per is not None and period_adverb(per) and _a_dose(text, pos, unit, dimension):
                per = None  # "no more than 5g of salt daily": a habit, not a rate
    if per is not None and _other_system_after_slash(text, pos, unit, end):
        per = None  # "225g/8oz plain flour", "2kg/4.4lb": the same amount in another system
    if per is not None and _restated_after_slash(dimension, per):
        per = None  # "100 m / 10 bar", "330 ft / 10 ATM": the same measure again, no rate
    if per is None and dimension == "mass" and text[end:end + 1] == " ":
        label = _NUTRIENT_LABEL.match(text, end)  # "180kg N/ha", "12t DM/ha", "60kg P2O5/ha"
        per = match_per_after(text, label.end()) if label is not None else None
    if per is not None:
        unit, dimension = compose(unit, per.unit)
        end = per.end
        period = match_per_after(text, end) if per.dimension != "time" else None
        if period is not None and period.dimension == "time" and period.factor == 1:
            unit, end = f"{unit} / {period.unit}", period.end  # "5 mg/kg/day"
        elif dimension == "speed" and per.dimension == "time":
            distance = match_per_after(text, end)
            if distance is not None and distance.unit == "megaparsec":
                # "67.4 km/s/Mpc", "73 km/s per megaparsec": the Hubble constant
                unit, end = f"{unit} / {distance.unit}", distance.end
                dimension = dimension_of(unit)
    if entry.factor == 1 and dimension not in _NO_FORMULA_DIMENSIONS \
            and (_may_go_on(text, end) or (per is not None and per.dimension == "count")):
        formula = _formula(text, start)
        if formula is not None and (formula.end > end or (
                formula.end == end and per is not None and per.dimension == "count")):
            return formula  # "8.314 J/(mol·K)", "9.81 m/s²", "1025 kg m^-3"; "0.035 W/mK"
            # is per metre kelvin, no thing counted
    return new_record(UnitMatch, (unit, dimension, start, end, text[start:end], entry.factor,
                                  False))


#: a formula that opens with a spaced single letter the lexicon leaves bare: "N·m", "N/m",
#: "C/kg", "K/W" (not "N/A", nor a prefixed "MT/s")
_LETTER_FORMULA: Final = re.compile(r"[NATCKSHFVWJ](?:[·⋅*]|/(?!A\b)|[⁻¹²³^])")
#: a prefix and one capital letter that the lexicon does not know: "TH", "MS", "GT"
_PREFIXED_LETTER: Final = re.compile(r"[pnµμumcdkMGT][A-Z]")
#: dimensions whose units never open a formula of symbols
_NO_FORMULA_DIMENSIONS: Final = frozenset(["currency", "count", "percent", "percentage_point",
                                           "basis_point"])


#: what may carry a unit on into a formula right after it: an operator or a power
_FORMULA_NEXT: Final = frozenset("·⋅*/^⁻¹²³⁴(-−")


#: a spaced symbol with a hyphen's power: "µg m-3"
_SPACED_HYPHEN_POWER: Final = re.compile(r"[ ][a-zµμ]{1,3}-[1-4](?![0-9])")  # (not "km N-1 road")


#: dimensions no measure is ever given per, after which a round base restates the measure
_NO_RATE_BASES: Final = frozenset(["pressure", "temperature"])


#: what follows a glued lower-case "w" that is no watts: an oil grade's "-40", weeks of a
#: pregnancy
_NO_WATTS_AFTER_W: Final = re.compile(
    r"-?[0-9]|[ ](?:ago|old|pregnant|scan|gestation|post|postpartum|of pregnancy)\b")
#: a slash and a number right after a measure: "/8oz", "/ 4.4 lb"
_SLASH_NUMBER: Final = re.compile(r"[ ]?/[ ]?(?P<number>[0-9]+(?:\.[0-9]+)?)")
#: the plain number that ends right before a unit
_NUMBER_END: Final = re.compile(r"(?<![0-9.,])[0-9]+(?:\.[0-9]+)?\Z")
#: how far apart an amount and its restatement may be, rounded to a kitchen's figure
#: ("225g/8oz" is 227 g, "500ml/18fl oz" 532 ml)
_RESTATED_SPREAD: Final = Decimal("0.12")


def _other_system_after_slash(text: str, pos: int, unit: str, end: int) -> bool:
    """Whether a slash after a measure in ``unit`` (its number ending at ``pos``, the unit
    at ``end``) leads to about the same amount in another system: "225g/8oz", "500ml/18fl
    oz" restate, no rate (but "5 mg/10 kg", "1 m/100 m" divide)."""
    number = _SLASH_NUMBER.match(text, end)
    first = _NUMBER_END.search(text, max(0, pos - 12), pos) if number is not None else None
    if number is None or first is None:
        return False
    again = match_unit_after(text, number.end())
    sizes = unit_sizes()
    if again is None or unit not in sizes or again.unit not in sizes \
            or sizes[unit][1] != sizes[again.unit][1]:
        return False
    one = Decimal(first.group()) * sizes[unit][0]
    other = Decimal(number.group("number")) * sizes[again.unit][0]
    return one > 0 and abs(one - other) <= _RESTATED_SPREAD * one


def _restated_after_slash(dimension: str, per: UnitMatch) -> bool:
    """Whether a round base after a measure's slash restates it, no rate: "330 ft / 10 ATM",
    "100 m / 10 bar" (its unit unread) (but "6 L/100 km", "5 mg/10 kg", a slope's "1 m/100 m";
    a count's "/1000" is a rate: "3.2 deaths/1000")."""
    if not per.unit[:1].isdigit() or not per.text.startswith("/") or dimension == "count":
        return False
    base = per.unit.partition(" ")[2]
    return not base or dimension_of(base) in _NO_RATE_BASES


def _may_go_on(text: str, end: int) -> bool:
    """Whether a formula may go on past ``end``: an operator or a power, or a space before a
    raised symbol ("kg m^-3")."""
    following = text[end:end + 1]
    if following in _FORMULA_NEXT:
        return True
    return following == " " and (any(mark in "^⁻¹²³−" for mark in text[end + 1:end + 7])
                                 or _SPACED_HYPHEN_POWER.match(text, end) is not None)


def _formula(text: str, start: int) -> Optional[UnitMatch]:
    """A compound unit of symbols at ``start`` (unit_expressions.py), or None.  Its first
    symbol must mean in the formula what the lexicon makes it ("8,000 MT/s" are transfers,
    not megateslas: "MT" is a tonne), and a letter the lexicon leaves bare must open a
    formula plainly ("12 N·m", "49 N/m"; not "N/A")."""
    found = unit_expression(text, start)
    if found is None:
        return None
    symbol = first_symbol(text, start)
    lex = _lexicon()
    entry = lex.after_exact.get(symbol) or lex.after_any.get(symbol.lower())
    if entry is None and _PREFIXED_LETTER.fullmatch(symbol):
        return None  # "200 TH/s", "1 MS/s": hashes and samples a second, no henries
    if entry is not None and entry.unit == "-":
        if _LETTER_FORMULA.match(text, start) is None:
            return None
    elif entry is not None and entry.unit != symbol_unit(symbol):
        return None
    unit, end = found
    if _HYPHEN_POWER_ALONE.fullmatch(text, start, end) is not None:
        after, touching = unit_start(text, end)
        if unit_at(text, after, touching) is not None:
            return None  # "30 min-1 hour", "1 m-2 metres": a range between two units
    return UnitMatch(unit, dimension_of(unit), start, end, text[start:end])


#: one symbol raised by a hyphen's power, which may be the middle of a range instead
_HYPHEN_POWER_ALONE: Final = re.compile(r"[A-Za-zµμ]{1,3}-[1-4]")


#: a farm product or a metal and a word of its output or stocks before "pounds" (USDA
#: statistics, mine reports): "milk output rose to 19.4 billion pounds", "Cheese stocks
#: reached 1.4 billion pounds", "Contained copper is estimated at 5.4 billion pounds",
#: "Almond growers expect a crop of 3 billion pounds"
#: (grammar_words.txt)
_OUTPUT_REACH: Final = 80
_COMMODITY_OUTPUT: Final = re.compile(
    r"\b(" + alternation("grammar_words.txt", "pound_commodities") + r")[ ](?:[\w-]+[ ]){0,3}?"
    + alternation("grammar_words.txt", "commodity_output_words") + r"\b"
    + r"|\b" + alternation("grammar_words.txt", "metal_amount_words") + r"[ ]("
    + alternation("grammar_words.txt", "pound_commodities") + r")\b",
    re.IGNORECASE)
#: words of money that keep "pounds" sterling beside a farm product: "Beef exports were worth"
_MONEY_WORDS_NEAR: Final = re.compile(
    r"\b(?:worth|profit|profits|turnover|revenue|revenues|sales|invested|valued|earned"
    r"|income|cost|costs|paid|price|prices|subsidies|subsidy|grants|grant|brought|received"
    r"|funding|fund|investment|value|deal|spent|spend)\b", re.IGNORECASE)


def _farm_output(text: str, pos: int, end: int) -> bool:
    """A farm product's or a metal's output or stocks before "pounds", no money spoken of
    around them (not
    "Turkey exports", the country; not "Milk production subsidies of 300 million pounds")."""
    found = _COMMODITY_OUTPUT.search(text, max(0, pos - _OUTPUT_REACH), pos)
    return found is not None and "Turkey" not in found.groups() and _MONEY_WORDS_NEAR.search(
        text, max(0, pos - _OUTPUT_REACH), min(len(text), end + _OUTPUT_REACH)) is None


def is_money_pounds(text: str, pos: int, end: int) -> bool:
    """True when "pounds" after a number is sterling: a scale word or a word of paying
    before, no "of" after.

    >>> is_money_pounds("361 million pounds in profit", 11, 18)
    True
    >>> is_money_pounds("2 million pounds of beef", 9, 16)
    False
    >>> is_money_pounds("20 pounds", 2, 9)
    False
    >>> is_money_pounds("He was fined 500 pounds", 17, 23)
    True

    A restatement in a mass makes them weight: "82 million pounds, or about 37,000 tonnes".

    >>> is_money_pounds("82 million pounds, or about 37,000 tonnes", 11, 17)
    False
    >>> is_money_pounds("108m kg (about 240 million pounds)", 25, 32)
    False
    """
    scale = _TRAILING_LETTERS.search(text, max(0, pos - 12), pos)
    cue = _governing_cue(text, pos)
    if scale is None or scale.group().lower() not in _MONEY_SCALES:
        if (cue < 0 and not _money_around(text, pos, end)) \
                or _last_match(_WEIGHT_CHANGE, text, pos - _MASS_RESTATED_REACH, pos) >= 0:
            return False  # "won a bet with friends by losing 50 pounds"
    if text[pos:pos + 1] == "-" and next_word(text, end + 1) not in ("note", "notes", "coin") \
            and (scale is None or scale.group().lower() not in _MONEY_SCALES
                 or next_word(text, end + 1) not in _POUND_MONEY_HEADS):
        return False  # "a 1,800-pound hog", "a 2-million-pound recall" (but "a 20-pound
        # note", "a 25-million-pound contract")
    if cue < 0 and _WORTH_OTHER_MONEY.match(text, end) \
            and _WEIGHT_AROUND.search(text, max(0, pos - _AROUND_REACH), pos):
        return False  # "a catch of 93.7 million pounds, worth $464 million": what is worth
        # dollars is weighed in pounds (but "fined 500 pounds, worth $650", "Her estate of
        # 3 million pounds, worth about $3.8 million")
    if cue < 0 and _farm_output(text, pos, end):
        return False  # "US milk output rose 1.2% to 19.4 billion pounds": a farm output
    if cue < 0 and _CATCH_AROUND.search(text, max(0, pos - _AROUND_REACH), pos):
        return False  # "The halibut catch limit is 1.45 million pounds": a fishery weighs
    if (next_word(text, end + 1) == "of" and not _OFF_AFTER.match(text, end)) \
            or _FORMULA_AFTER.match(text, end) \
            or _last_match(_WEIGHED, text, pos - _MASS_RESTATED_REACH, pos) > cue:
        return False  # "2 million pounds of beef", "2.1 million pounds U3O8", "the steer
        # weighed two thousand pounds"
    for restated in (_RESTATED_MASS.match(text, end),
                     _MASS_RESTATED.search(text, max(0, pos - _MASS_RESTATED_REACH), pos)):
        if restated is not None:
            entry = lookup_after(restated.group("unit"))
            if entry is not None and entry.dimension == "mass":
                return False
    return True


#: an ordinal street after a compass letter and its dot: ". 47th Street"
_ORDINAL_STREET_AFTER: Final = re.compile(
    r"\.?[ ][0-9]{1,3}(?:st|nd|rd|th)[ ](?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Place"
    r"|Drive|Lane|Way|Terrace|Court)\b")
#: three digits right before a unit: a floor area in square feet has hundreds at least
#: ("125,000 SF"; not "Headcount by office: 40 SF, 25 NYC")
_HUNDREDS_BEFORE: Final = re.compile(r"[0-9]{3}[ ]?\Z")
#: a motor after its rating in kV, which is revolutions a minute per volt: " motor"
_MOTOR_AFTER: Final = re.compile(r"[ ](?:brushless[ ])?(?:motor|motors|outrunner|inrunner)\b")
#: a capitalised word or a plural noun after an abbreviation, which it then describes
_NAME_OR_PLURAL_AFTER: Final = re.compile(r"[ ](?:[A-Z]|[a-z]{2,}(?<!ss)s\b)")
#: words of fuel, beside which "ppl" is pence per litre ("Diesel rose to 140.2ppl")
_FUEL_AROUND: Final = re.compile(
    r"\b(?:petrol|diesel|fuel|unleaded|pump|pumps|forecourt|forecourts|litre|litres|liter"
    r"|gasoline|motorists|RAC|AA|supermarket|supermarkets|price|prices)\b", re.IGNORECASE)
#: a compass bearing after a distance: " east of", " SW of", " north-northwest of"
_BEARING_AFTER: Final = re.compile(
    r"[ ](?:(?:north|south)(?:-?(?:east|west))?|east|west|[NS]?[NSEW]{1,2})"
    r"(?:-(?:north|south)(?:east|west)?|-(?:east|west))?[ ](?:of|from)\b", re.IGNORECASE)
#: words in -s after "stone" that are no plural noun it describes: "Losing 5 stone was",
#: "lost 3 stone thanks to", "weighs 17 stone nowadays"
_NOT_MATERIAL_PLURALS: Final = frozenset(["thanks", "nowadays", "afterwards", "towards",
                                          "always", "sometimes", "perhaps", "overseas",
                                          "less", "plus", "across", "backwards", "upwards"])


#: verbs in -s (grammar_words.txt): "His 20 stone makes him"
_S_VERBS_OF_UNITS: Final = word_sections("grammar_words.txt")["s_verbs"]


def _material_stone(text: str, end: int) -> bool:
    """Whether the "stone" ending at ``end`` describes the plural noun after it ("two
    stone barns"), a material, not a weight ("Losing 5 stone was", "His 20 stone makes
    him")."""
    plural = _PLURAL_AFTER.match(text, end)
    if plural is None:
        return False
    word = plural.group().strip()
    return word not in _NOT_MATERIAL_PLURALS and word not in load_lexicon().function_words \
        and word not in _S_VERBS_OF_UNITS


#: what follows an abbreviation's dot inside a sentence: " at the airport", ", a record"
#: (not "we got 2 in. then the power went")
_LOWER_WORD_OR_COMMA: Final = re.compile(
    r"[ ]?[,;)]|[ ](?:at|of|in|on|for|from|by|and|or|to|since|over|thick|deep|long|tall"
    r"|wide|high|across)\b")
#: a word in lower case next: " pipe"
_LOWER_WORD: Final = re.compile(r"[ ][a-z]")
#: a plural noun in lower case after a word: " titles"
_PLURAL_AFTER: Final = re.compile(r"[ ][a-z]{2,}(?<!ss)s\b(?!-)")
#: what "second" ranks as an ordinal: "second quarter", "second half", "second round"
_ORDINAL_NOUN_AFTER: Final = re.compile(
    r"[ ](?:quarter|half|round|place|term|leg|innings|set|wave|phase|tier|stage|largest"
    r"|biggest|highest|lowest|best|worst|most)\b(?!-)", re.IGNORECASE)
#: a year right before "second": "fiscal 2024 second quarter" (not "a 60 second round")
_YEAR_BEFORE: Final = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}\Z")
#: a value in another money right after "pounds": ", worth $464 million"
_WORTH_OTHER_MONEY: Final = re.compile(
    r",?[ ](?:worth|valued[ ]at|fetching)[ ](?:about[ ]|some[ ]|around[ ]|nearly[ ])?"
    r"(?:US|A|C|NZ)?[$€¥]")
#: the place the word "euro" may name: "euro area", "euro-area", "euro zone"
_EURO_AREA: Final = re.compile(r"[ -](?:area|zone)\b", re.IGNORECASE)
#: a chemical formula right after "pounds": "2.1 million pounds U3O8" is uranium by weight
_FORMULA_AFTER: Final = re.compile(r"[ ][A-Z][a-z]?[0-9][A-Za-z0-9]*\b")
#: words of household money and of weight around "pounds" (grammar_words.txt), and how far
#: either side of the amount they are looked for
_MONEY_AROUND: Final = re.compile(
    r"\b" + alternation("grammar_words.txt", "pound_money_context") + r"\b", re.IGNORECASE)
_WEIGHT_AROUND: Final = re.compile(
    r"\b" + alternation("grammar_words.txt", "pound_weight_context") + r"\b", re.IGNORECASE)
_AROUND_REACH: Final = 80
#: words of a fishery's catch before "pounds", which weigh it even after a scale word
_CATCH_AROUND: Final = re.compile(
    r"\b(?:catch|catches|landings|landed|haul|hauls|quota|quotas|harvest)\b", re.IGNORECASE)
#: how far before "pounds" a word of money is looked for, and "better off", "a share", "in
#: cash", "of repairs" or "have been donated" after it
_MONEY_BEFORE_REACH: Final = 64
_OFF_AFTER: Final = re.compile(r"[ ](?:better|worse)[ ]off\b|[ ](?:a|per)[ ]share\b"
                               r"|[ ](?:in|of)[ ](?:cash|banknotes)\b"
                               r"|[ ]of[ ](?:repairs|damage|funding|investment|debt"
                               r"|savings|spending|cuts|public[ ]money|taxpayers)\b"
                               r"|[ ](?:have|has|had|were|was)[ ](?:been[ ])?(?:donated|raised"
                               r"|spent|paid|pledged|awarded|wasted|stolen|invested)\b")


def _money_around(text: str, pos: int, end: int) -> bool:
    """ "save a family 200 pounds a year", "hundreds of pounds better off", "the cap rises by
    35 pounds", "50,000 pounds in cash": a word of household money before "pounds" (or
    "better off", "a share", "in cash", "of repairs" after), and no word of weight near."""
    start, stop = max(0, pos - _AROUND_REACH), min(len(text), end + _AROUND_REACH)
    return (_MONEY_AROUND.search(text, max(0, pos - _MONEY_BEFORE_REACH), pos) is not None
            or _OFF_AFTER.match(text, end) is not None) \
        and _WEIGHT_AROUND.search(text, start, stop) is None


#: words between a word of paying and an amount that part them: "won first prize for a
#: 1,800 pounds hog", "pay a fee for bags over 50 pounds", "won the title after shedding"
_CUE_BREAKS: Final = frozenset("for over after by with per than".split())
#: how many words may stand between a word of paying and its amount: "a prize of", "set
#: her back", "the bill came to"
_CUE_GAP_WORDS: Final = 4


def _governing_cue(text: str, pos: int) -> int:
    """Where the word of paying that takes the amount ending at ``pos`` as its object
    starts ("fined 500 pounds", "a prize of 200 pounds"), or -1."""
    last = _last_found(_POUND_MONEY_CUE, text, pos - _POUND_MONEY_CUE_REACH, pos)
    if last is None:
        return -1
    between = text[last.end():pos].lower().split()[:-1]  # the number is the last word
    if len(between) > _CUE_GAP_WORDS or not _CUE_BREAKS.isdisjoint(between):
        return -1
    return last.start()


def _last_found(pattern: "re.Pattern[str]", text: str, start: int,
                end: int) -> "Optional[re.Match[str]]":
    """The last match of ``pattern`` in ``text[start:end]``, or None."""
    last = None
    for found in pattern.finditer(text, max(0, start), end):
        last = found
    return last


def _last_match(pattern: "re.Pattern[str]", text: str, start: int, end: int) -> int:
    """Where the last match of ``pattern`` in ``text[start:end]`` starts, or -1."""
    last = _last_found(pattern, text, start, end)
    return -1 if last is None else last.start()


#: the second end of a range glued with its one-letter unit: the "28C" of "25C-28C"
_SAME_UNIT_AFTER: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?[A-Z]\b")


def _unit_repeated(text: str, start: int, end: int) -> bool:
    """Whether the unit symbol at ``start:end`` comes again after the hyphen and a number:
    "5 GB-10 GB", a range, not the name of "EB-5 visas"."""
    number = _DIGITS_AFTER_HYPHEN.match(text, end + 1)
    return number is not None and text.startswith(text[start:end], number.end()) \
        and not text[number.end() + end - start:number.end() + end - start + 1].isalpha()


#: the number after a hyphen, and a space: "10 " of "GB-10 GB"
_DIGITS_AFTER_HYPHEN: Final = re.compile(r"[0-9.,]+[ ]?")


def match_per_after_substance(text: str, pos: int) -> Optional[UnitMatch]:
    """A rate tail behind "of <substance>": "tonnes of CO2 a year" -> year.

    >>> match_per_after_substance("5 tonnes of CO2 a year", 8).unit
    'year'
    >>> match_per_after_substance("5 tonnes of coal", 8) is None
    True
    >>> match_per_after_substance("5g of salt daily", 2).unit
    'day'
    """
    tail = _OF_TAIL.match(text, pos)
    if tail is None:
        return None
    for end in sorted({tail.end(), tail.end("two"), tail.end("one")} - {-1}, reverse=True):
        per = match_per_after(text, end)
        if per is not None:
            return per
    return None


def period_adverb(per: UnitMatch) -> bool:
    """Whether a rate tail is an adverb of a period ("daily", "annually"), which after the
    substance of a habit says how often, no rate: "no more than 5g of salt daily", as the
    blind sets write it (but "pumps 9 million barrels of oil daily")."""
    return per.text.lower().endswith("ly")


#: units of what a person takes, eats or spends in a day, after which "of <substance> daily"
#: is a habit ("1,000 mg of metformin daily", "150 minutes of exercise weekly"); litres,
#: pints and ounces only after a number of two digits at most ("2 litres of water daily";
#: not "200,000 litres of beer weekly"), calories only after one of 25,000 at most, what one
#: eater takes ("12,000 calories of food daily", an athlete's; not "45,000 calories of food
#: daily" from a food bank)
_DOSE_UNITS: Final = frozenset(["microgram", "milligram", "gram", "milliliter", "cup",
                                "minute", "hour", "teaspoon", "tablespoon"])
_SMALL_DOSE_UNITS: Final = frozenset(["liter", "pint", "ounce", "fluid_ounce"])
_CALORIE_UNITS: Final = frozenset(["kilocalorie", "calorie"])
_SMALL_AMOUNT_BEFORE: Final = re.compile(r"(?<![0-9,.])[0-9]{1,2}(?:\.[0-9]+)?[ ]?\Z")
_PLAIN_AMOUNT_BEFORE: Final = re.compile(r"(?<![0-9,.])(?P<n>[0-9]{1,3}(?:,?[0-9]{3})?)[ ]?\Z")
_MOST_CALORIES_EATEN: Final = 25_000


def _a_dose(text: str, pos: int, unit: str, dimension: str) -> bool:
    """Whether the amount ending at ``pos`` in ``unit`` is one a person takes ("5g", "2
    litres"), or a power, which is a rate already ("20 MW of electricity daily")."""
    before = text[max(0, pos - 8):pos]
    return unit in _DOSE_UNITS or dimension == "power" \
        or (unit in _SMALL_DOSE_UNITS and _SMALL_AMOUNT_BEFORE.search(before) is not None) \
        or (unit in _CALORIE_UNITS and _eaten_amount(before))


def _eaten_amount(before: str) -> bool:
    """Whether the amount that ends ``before`` is a number of calories one eater may take."""
    amount = _PLAIN_AMOUNT_BEFORE.search(before)
    return amount is not None \
        and int(amount.group("n").replace(",", "")) <= _MOST_CALORIES_EATEN


#: a mass "in" a round volume, perhaps of a substance first: "52 microgrammes of alcohol in
#: 100 millilitres of breath", "80mg in 100ml of blood"
_IN_VOLUME: Final = re.compile(r"""
    (?: [ ]of[ ][^\W\d_]{1,30} )?         # of alcohol
    (?: [ ]in[ ] (?P<round> 100 | 1,000 | 1000 )          # in 100 ml: a round volume
      | [ ]?/[ ]?                                         # /5 mL: a dose's volume
        (?P<dose> 10 | [1-9](?:\.[0-9]{1,2})? | 0\.[0-9]{1,2} ) ) [ ]?
    (?= [^\W\d_] )
""", re.VERBOSE)


#: the volumes a liquid medicine's strength is given per: "120 mg/5 mL"
_DOSE_VOLUMES: Final = frozenset(["milliliter"])  # (not "2 kg/5 L packs")


def match_in_volume(text: str, pos: int) -> Optional[UnitMatch]:
    """A volume a mass is measured in, as drink-driving, lab readings and liquid medicines
    write it: a round one (" of alcohol in 100 millilitres" -> "100 milliliter") or a dose's
    after a slash ("120 mg/5 mL" -> "5 milliliter"; not "5kg in 10 days", nor "80mg per
    250ml" or "30g/2 tbsp", a serving and its size).

    >>> match_in_volume("52 microgrammes of alcohol in 100 millilitres of breath", 15).unit
    '100 milliliter'
    >>> match_in_volume("120 mg/5 mL", 6).unit, match_in_volume("40 mg/0.4 mL", 5).unit
    ('5 milliliter', '0.4 milliliter')
    >>> match_in_volume("125 mg per 5 mL", 6) is None
    True
    >>> match_in_volume("lost 5kg in 100 days", 8) is None
    True
    """
    found = _IN_VOLUME.match(text, pos)
    if found is None:
        return None
    unit = unit_at(text, found.end(), text[found.end() - 1] != " ")
    if unit is None or unit[0].dimension != "volume" or unit[0].factor != 1 \
            or (found.group("dose") and unit[0].unit not in _DOSE_VOLUMES):
        return None  # (a spoon or a cup is a serving: "30g/2 tbsp")
    number = (found.group("round") or found.group("dose")).replace(",", "")
    return UnitMatch(f"{number} {unit[0].unit}", "volume", found.start(), unit[1],
                     text[found.start():unit[1]].strip())


#: words after a size that name no thing priced or measured by it
_NOT_A_THING: Final = frozenset(["plus", "and", "or", "of", "to", "for", "with", "in", "at",
                                 "then", "but"])


#: a dose or a limit right after "daily" or "weekly", which the period describes: " dose",
#: " maximum" ("a 75 mg daily dose", "the 30g daily maximum")
_DOSE_NEXT: Final = re.compile(r"[ ](?:dose|doses|dosage|dosing|injection|injections)\b")
#: a limit right after "daily", which the period describes when a determiner opens the
#: amount: "the 30g daily maximum" (not "It can process 500 tonnes daily maximum")
_LIMIT_NEXT: Final = re.compile(r"[ ](?:maximum|limit|allowance|intake|target|cap)\b")
_DETERMINER_BEFORE: Final = re.compile(
    r"\b(?:the|a|an|its|your|their|his|her|our|my)[ ][^ ]*\Z", re.IGNORECASE)


def _not_an_event_rate(text: str, pos: int) -> bool:
    """Whether what ends at ``pos`` is no amount per event: a span of time that a preposition
    opens ("After 2 hours a flight attendant"; not "Nurses work for 12 hours a shift"), or
    the first object of a verb of giving ("offered 180 passengers a flight"; not "found
    nurses handle 12 patients a shift")."""
    if _GIVEN_BEFORE.search(text, max(0, pos - 60), pos):
        return True
    found = _TIME_OPENED.search(text, max(0, pos - 40), pos)
    if found is None:
        return False
    entry = lookup_after(found.group("unit"))
    return entry is not None and entry.dimension == "time"


#: a preposition of time, a number and its unit right before a position: "After 2 hours"
_TIME_OPENED: Final = re.compile(
    r"\b(?:[Aa]fter|[Ii]n|[Ww]ithin|[Ee]very|[Uu]nder)[ ][^ ]{1,12}[ ]"
    r"(?P<unit>[^\W\d_]{1,10})[ \t]*\Z")
#: a verb of giving, then its first object, right before a position: "offered 180 stranded
#: passengers", "gave 30 pupils"
_GIVEN_BEFORE: Final = re.compile(
    r"\b" + alternation("grammar_words.txt", "event_giving_verbs")
    + r"[ ](?:(?:the|his|her|their|its|our|your|all|some|about|around|nearly|almost|over)[ ])"
    r"{0,2}(?:[0-9][^ ]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|forty|fifty|hundred|a[ ]dozen|dozens[ ]of)(?:[ ][^ .;,:]+){1,3}[ \t]*\Z")


def match_per_after(text: str, pos: int) -> Optional[UnitMatch]:
    """Only a rate tail at ``pos``: " per gallon", " a day", "/h" -> the denominator.

    "a"/"an"/"each" need a known unit after them (or "share", "head",
    "person"); "per" and "/" also take any plain noun ("per share" -> share,
    dimension count).

    >>> match_per_after("$3.50 per gallon", 5).unit
    'gallon'
    >>> match_per_after("89p a kilo", 3).unit
    'kilogram'
    >>> match_per_after("$5 per share", 2).dimension, match_per_after("9 l per capita", 3).unit
    ('count', 'person')
    >>> match_per_after("5 a piece of", 1) is None
    True
    >>> match_per_after("5 per cent", 1) is None
    True
    """
    if _PER_HINT.match(text, pos) is None:
        return None  # the common case: no rate tail opens here
    scaled = match_scaled_per(text, pos)
    if scaled is not None:
        return scaled
    abbreviation = _rate_abbreviations().match(text, pos)
    if abbreviation is not None and abbreviation.group("abbr").endswith("ly") and (
            (_PERCENT_BEFORE.search(text, max(0, pos - 8), pos)
             and _NOUN_NEXT.match(text, abbreviation.end()))
            or (abbreviation.group("abbr") == "hourly"
                and _plain_word_next(text, abbreviation.end())
                and not _PAY_NEXT.match(text, abbreviation.end()))
            or ((_MONEY_BEFORE.search(text, max(0, pos - 24), pos)
                 or (_MEASURE_BEFORE.search(text, max(0, pos - 24), pos)
                     and not _CHANGE_NOUN_NEXT.match(text, abbreviation.end())))
                and _described_after(text, abbreviation.end()))
            or (_MONEY_JUST_BEFORE.search(text, max(0, pos - 16), pos)
                and _PAYMENTS_NEXT.match(text, abbreviation.end()))
            or _DOSE_NEXT.match(text, abbreviation.end())
            or (_LIMIT_NEXT.match(text, abbreviation.end())
                and _DETERMINER_BEFORE.search(text, max(0, pos - 16), pos))):
        abbreviation = None  # "a 5% weekly loss", "your £20 monthly gift", "the 200 µg/m³
        # hourly objective", "a 75 mg daily dose": an adjective of the noun after (but "£12
        # hourly rate")
    if abbreviation is not None:
        unit = _RATE_ABBREVIATION_UNITS[abbreviation.group("abbr")]
        return UnitMatch(unit, dimension_of(unit), abbreviation.start("abbr"), abbreviation.end(),
                         abbreviation.group("abbr"))
    lead = _PER_LEAD.match(text, pos)
    if lead is None:
        return None
    start = lead.end()
    if next_word(text, start) in _PER_STOP:
        return None
    if lead.group("word") is None and lead.group("glued") is None:
        powered = _powered_denominator(text, start)
        if powered is not None:
            return UnitMatch(powered[0], dimension_of(powered[0]), lead.start(), powered[1],
                             text[lead.start():powered[1]])
    if (lead.group("word") or "").lower() == "per" or text[lead.start()] == "/":
        size = _SIZE_OF_THING.match(text, start)
        if size is not None and next_word(text, size.end()) not in _NOT_A_THING:
            start = size.end()  # "¥54 per 350ml can", "$2,891 per 40ft container": the
            # thing priced, whose size is a claim of its own (not "15 minutes per 500g plus
            # 20 minutes": no thing follows the size)
    found = _part_of_a_unit(text, start) if text[start:start + 1] in ("h", "q") else None
    if found is None:
        found = unit_at(text, start, False)
    if found is None and (lead.group("word") or "").lower() == "per":
        found = _unit_past_modifiers(text, start)  # "per net ton", "per base acre"
    desk = _DESK_DENOMINATORS.get(text[start:start + 2]) if found is None else None
    if desk is not None and is_boundary(text, start + 2):
        entry = lookup_after(desk)  # "$560/mt", "$95 per mt", "92.5p/th": a price by the
        if entry is not None:  # metric tonne or the therm, as commodity desks write it
            found = (entry, start + 2)
    if found is None and text[start:start + 1] == "b" and text[lead.start()] == "/" \
            and is_boundary(text, start + 1) \
            and _MONEY_JUST_BEFORE.search(text, max(0, pos - 16), pos):
        entry = lookup_after("bbl")  # "$72.85/b": a price agencies' barrel
        found = (entry, start + 1) if entry is not None else None
    to_the = (lead.group("word") or "").lower() == "to the"
    if found is not None:
        entry, end = found
        if to_the and entry.dimension != "volume":
            return None  # "45 miles to the gallon", but not "20 minutes to the hour"
        if (lead.group("word") or "").lower().startswith("for") \
                and (entry.dimension == "currency" or entry.unit == "pound"
                     or (entry.dimension == "time" and not _MONEY_JUST_BEFORE.search(
                         text, max(0, pos - 16), pos))
                     or (entry.unit == "second" and _WORD_NEXT.match(text, end))):
            return None  # "62 cents for every dollar", "1.18 euros for each pound": money
            # against money, a share or an exchange; "£30 for every second bag", "volunteers
            # for every hour they gave": no period
        if entry.dimension not in ("percent", "percentage_point", "basis_point") and (
                next_word(text, end + 1) not in _NOT_RATE_AFTER
                or _OF_PAY.match(text, end) or text[lead.start()] == "/"
                or (entry.dimension != "time" and next_word(text, end + 1) in ("after", "before"))
                or _MEALS_AFTER.match(text, end)
                or (next_word(text, end + 1) == "previously" and (
                    (entry.unit == "day"
                     and _FLOW_BEFORE.search(text, max(0, lead.start() - 16), lead.start()))
                    or _same_rate_before(text, lead.start(), end)))
                or (next_word(text, end + 1) in ("after", "before")
                    and _FLOW_BEFORE.search(text, max(0, lead.start() - 16), lead.start())
                    and _FLOW_WORDS.search(text, max(0, lead.start() - 60), lead.start()))
                or (_DEED_AFTER.match(text, end)
                    and _MONEY_JUST_BEFORE.search(text, max(0, pos - 16), pos))):
            # ("3.2 mg/L after dosing": a slash's denominator never dates the amount, nor a
            # period a flow: "700,000 barrels a day after the shutdown"; only a period can
            # date it: "Rs 272 a litre after the increase" is a price by the litre)
            return UnitMatch(entry.unit, entry.dimension, lead.start(), end,
                             text[lead.start():end], entry.factor)
    word = lead.group("word") or lead.group("glued")
    if to_the:
        return None
    noun = _NOUN.match(text, start)
    if noun is not None and noun.group()[:1].isupper() \
            and (lead.group("word") or "").lower() == "per":
        named = _NAMED_THING.match(text, start)
        thing = _NOUN.match(text, named.end()) if named is not None else None
        if thing is not None and _a_noun(thing.group()):  # "$67 million per Falcon 9
            noun = thing  # launch", "per NHS bed": per launch, per bed (but "per QALY
            # gained", "per FEU were": the acronym is the unit)
        security = _NAMED_SECURITY.match(text, start)
        if security is not None:  # "$107 per American Depositary Share": per share
            noun = _NOUN.match(text, security.start("kind")) or noun
    first_word = noun.group().lower() if noun is not None else ""
    if noun is not None and text[noun.end():noun.end() + 1] == " " and (
            noun.group().lower() in _SHARE_KINDS or _described_noun(text, noun)
            or ((lead.group("word") or "").lower() == "per" and _compound_head(text, noun))):
        # "$3.14 per diluted share", "€600 per delayed passenger", "£1,480 per primary
        # pupil": the word that describes the noun is no denominator of its own
        noun = _NOUN.match(text, noun.end() + 1) or noun
    elif noun is not None and (lead.group("word") or "").lower() == "per":
        hyphened = _HYPHENED_MODIFIER.match(text, noun.end())
        if hyphened is not None and _compound_head(text, noun, hyphened.end() - 1):
            noun = _NOUN.match(text, hyphened.end()) or noun  # "$5 per full-time student"
    if word is not None and word.lower() != "per" and (
            noun is None or noun.group().lower() not in _A_NOUNS) and not (
            noun is not None and noun.group() in _A_EVENTS
            and _EVENT_ENDS.match(text, noun.end()) and not _not_an_event_rate(text, pos)) and not (
            noun is not None and word.lower() in ("a", "an") and noun.group().islower()
            and (_PERIOD_RATE_AFTER.match(text, noun.end())
                 or (_SOLD_AS_AFTER.match(text, noun.end())
                     and _MONEY_JUST_BEFORE.search(text, max(0, pos - 16), pos)))) and not (
            noun is not None and word.lower().startswith("for ") and noun.group().islower()
            and first_word not in _NOT_EACH_NOUNS
            and noun.group() not in load_lexicon().function_words
            and _EACH_THING_END.match(text, noun.end())
            and _MONEY_JUST_BEFORE.search(text, max(0, pos - 16), pos)):
        return None  # (but "£6,500 for each home built", "$2,000 for every unit": a price
        # by the thing, as "per" makes one, and "$300 a cord delivered")
    if noun is None or len(noun.group()) < 2 or noun.group().lower() in _PER_STOP \
            or not is_boundary(text, noun.end()):
        return None
    if word is not None and word.lower() != "per" \
            and next_word(text, noun.end() + 1) in _NOT_RATE_AFTER \
            and not _OF_PAY.match(text, noun.end()) and noun.group().lower() != "share":
        return None  # "£20m a season ago" says when (not "£55 a head before wine", "465
        # cents a share after profit rose")
    if word is not None and word.lower() != "per" and noun.group().lower() == "head" \
            and _COMPOUND_AFTER_HEAD.match(text, noun.end()) \
            and next_word(text, noun.end() + 1) not in load_lexicon().function_words:
        return None  # "ore at a head grade of 1.5 g/t", "a head office": a compound
    if word is None and text[lead.start()] != "/" and noun.group()[:1].isupper():
        return None  # "Approve 38% / Disapprove 57%": a spaced slash between two items
    if word is None and text[lead.start():lead.start() + 2] == " /" and (
            noun.group().lower() in load_lexicon().function_words
            or _PRICE_AFTER_OPTION.match(text, noun.end())):
        return None  # "£95 / with paired wines £140", "£4 / large £4.50": options of a
        # menu, each with its price; "−29°C / limit −37°C": two ratings (but "£28 / kg")
    unit = singular(noun.group())
    return UnitMatch(_PER_NOUN_ALIASES.get(unit.lower(), unit), "count", lead.start(),
                     noun.end(), text[lead.start():noun.end()])


#: a security named in capitals, its kind last: "American Depositary Share", "Ordinary Share"
_NAMED_SECURITY: Final = re.compile(r"(?:[A-Z][a-z]+[ ]){1,3}(?P<kind>Shares?|Units?)\b")
#: another price or reading a few words after the word a spaced slash leads to: "£4 / large
#: £4.50", "Comfort rating −29°C / limit −37°C"
_PRICE_AFTER_OPTION: Final = re.compile(
    r"(?:[ ][A-Za-z-]+){0,3}[ ]?(?:[+]?[£$€¥]|[-\N{MINUS SIGN}]?(?=[0-9]))[0-9]")
#: how a thing priced by the piece is sold, after its noun: "$300 a cord split and
#: delivered", "£95 a load delivered"
_SOLD_AS_AFTER: Final = re.compile(
    r"[ ](?:split|delivered|collected|installed|fitted|supplied|included)\b")
#: a period's rate after a noun, which makes the noun a rate's too: "$30 a user a month"
_PERIOD_RATE_AFTER: Final = re.compile(r"[ ](?:a|an|per)[ ](?:day|week|month|year|hour|night)\b")
#: a lower-case word right after "a head", which makes it a compound: "a head grade" (not
#: an adverb: "£90 a head nationally")
_COMPOUND_AFTER_HEAD: Final = re.compile(r"[ ][a-z]+(?<!ly)\b")
#: endings of the participles and adjectives that may describe the noun after "per", and
#: adjectives of other endings (grammar_words.txt)
_DESCRIBING_ENDINGS: Final = ("ed", "ing", "ible", "able", "ive", "ous", "ful")
_PER_ADJECTIVES: Final = word_sections("grammar_words.txt")["per_adjectives"]


#: how many words may describe the unit after "per": "per light displacement tonne"
_PER_MODIFIERS: Final = 2


def _unit_past_modifiers(text: str, start: int) -> Optional[Tuple[Entry, int]]:
    """A unit of measure after one or two lower-case words that describe it, ending the
    phrase: "per net ton", "per calendar year", "per light displacement tonne" (not a count,
    money or a share: "per cent")."""
    pos = start
    for _ in range(_PER_MODIFIERS):
        word = _NOUN.match(text, pos)
        if word is None or not word.group().isalpha() or not word.group().islower() \
                or word.group() in load_lexicon().function_words \
                or text[word.end():word.end() + 1] != " ":
            return None
        pos = word.end() + 1
        found = unit_at(text, pos, False)
        if found is not None:
            entry, end = found
            if entry.dimension in _MEASURED_PER and is_boundary(text, end) \
                    and not text[end:end + 1].isalnum():
                return found
            return None
    return None


#: a part of the unit after "per", which is the denominator's size: "$40 per half hour" is
#: USD / 0.5 hour, no dollars an hour
_PARTS_OF_A_UNIT: Final = {"half": "0.5", "quarter": "0.25"}
_PART_OF_A_UNIT: Final = re.compile(r"(half|quarter)[ -](?=[a-z])")


def _part_of_a_unit(text: str, start: int) -> Optional[Tuple[Entry, int]]:
    """ "half hour", "quarter-hour", "half kilo" after "per": the unit, sized by the part."""
    part = _PART_OF_A_UNIT.match(text, start)
    found = unit_at(text, part.end(), False) if part is not None else None
    if found is None or found[0].dimension not in _MEASURED_PER or not is_boundary(text, found[1]):
        return None
    assert part is not None
    if text[part.end() - 1] == "-" and _WORD_NEXT.match(text, found[1]):
        return None  # "£20 per half-hour slot": by the slot, of that length
    return found[0]._replace(unit=f"{_PARTS_OF_A_UNIT[part.group(1)]} {found[0].unit}"), found[1]


#: dimensions of units that a rate may be taken "per", past words that describe them
_MEASURED_PER: Final = frozenset(["length", "area", "volume", "mass", "time", "energy"])


def _described_noun(text: str, word: "re.Match[str]") -> bool:
    """Whether ``word``, after "per", is an adjective or participle in lower case before a
    lower-case noun that ends the phrase: "per illegal worker", "per eligible household"
    (not "per serving of", "per meal served", "per beneficiary annually": a function word
    or a participle after it)."""
    lowered = word.group()
    if not lowered.islower() or not (lowered.endswith(_DESCRIBING_ENDINGS)
                                     or lowered in _PER_ADJECTIVES):
        return False
    noun = _NOUN.match(text, word.end() + 1)
    return noun is not None and noun.group().islower() and is_boundary(text, noun.end()) \
        and noun.group() not in load_lexicon().function_words \
        and (not noun.group().endswith(("ed", "ly", "ing")) or noun.group() in _ING_NOUNS) \
        and noun.group() not in _IRREGULAR_PARTICIPLES  # "per booking made"


#: the rest of a hyphened modifier after its first word: the "-time " of "full-time student"
_HYPHENED_MODIFIER: Final = re.compile(r"-[a-z]+[ ]")
#: what ends the noun phrase after a head: punctuation, the end, a function word or a
#: participle ("per first-preference vote received")
_HEAD_PHRASE_END: Final = re.compile(r"[ ]?(?:[.,;:)!?]|\Z)|[ ](?:in|on|at|for|and|or|a|an|the|to"
                                     r"|per|each|every|is|was|were|are|[a-z]+ed|cast|sold)\b")
#: words after "per" and another word that end no noun phrase: "per year thereafter"
_NO_HEADS: Final = frozenset(["thereafter", "overall", "annually", "basis", "equivalent",
                              "levy", "fee", "charge", "tax", "surcharge", "price", "cost",
                              "rate", "premium", "subsidy", "payment", "cap", "limit", "kind",
                              "type", "bonus", "allowance", "discount", "deposit", "tariff",
                              "online", "extra", "total", "minimum", "maximum", "only",
                              "upfront", "inclusive", "included", "more", "less", "sold",
                              "each", "approx", "max", "min", "net", "gross"])
#: nouns a price is commonly by, which after "per" head their own phrase: "per person
#: online", "per pack sold"
_PER_HEADS: Final = frozenset(["person", "people", "head", "night", "adult", "child", "pack",
                               "unit", "item", "household", "user", "customer", "guest",
                               "visitor", "passenger", "vehicle", "car", "share", "ticket",
                               "room", "day", "week", "month", "year", "hour"])


def _compound_head(text: str, modifier: "re.Match[str]", end: int = -1) -> bool:
    """Whether a lower-case word after "per" modifies a lower-case noun that ends the phrase:
    "£1,480 per primary pupil", "$2 per credit transfer" (not "per tonne basis", "per year
    thereafter", nor a unit: "per kWh sold"); with ``end``, a modifier hyphened to another
    word before the noun, whatever its first word ("$3.31 per first-preference vote")."""
    word = modifier.group()
    if end < 0 and (not word.islower() or word in load_lexicon().function_words
                    or is_unit_word(word) or word in _PER_HEADS):
        return False
    head = _NOUN.match(text, (modifier.end() if end < 0 else end) + 1)
    return head is not None and head.group().islower() and is_boundary(text, head.end()) \
        and head.group() not in load_lexicon().function_words \
        and head.group() not in _NO_HEADS and not is_unit_word(head.group()) \
        and not head.group().endswith(("ed", "ly", "ing", "s")) \
        and head.group() not in _IRREGULAR_PARTICIPLES \
        and (head.group() != "shot" or (word not in _GAME_ANIMALS
                                        and _HUNTING.search(text) is None)) \
        and _HEAD_PHRASE_END.match(text, head.end()) is not None


#: animals before "shot" that make it a participle, the animal killed: "$20 per wolf shot"
#: (but "per flu shot", "per espresso shot": a kind of shot)
_GAME_ANIMALS: Final = frozenset(["wolf", "deer", "boar", "pig", "hog", "fox", "coyote",
                                  "python", "bear", "crow", "pigeon", "rabbit", "rat", "goose",
                                  "duck", "bird", "kangaroo", "possum", "badger", "squirrel",
                                  "dingo", "elephant", "lion", "cougar", "seal", "camel",
                                  "baboon", "goat", "donkey", "brumby", "wallaby", "magpie",
                                  "horse", "monkey", "hare", "elk", "moose", "cat",
                                  "buffalo", "bison", "crocodile", "shark"])
#: words of hunting or culling, beside which "per <noun> shot" counts the animals shot
_HUNTING: Final = re.compile(r"\b(?:bount(?:y|ies)|cull(?:s|ing|ed)?|marksm[ae]n|vermin)\b",
                             re.IGNORECASE)


#: nouns in -ing that a price may be by: "£4,000 for every new dwelling"
_ING_NOUNS: Final = frozenset(["dwelling", "building", "booking", "sibling", "wedding",
                               "meeting", "listing", "holding", "filing", "housing"])


#: participles that may follow the noun after "per": "per booking made"
_IRREGULAR_PARTICIPLES: Final = frozenset(["made", "done", "sold", "paid", "held", "taken",
                                           "given", "built", "seen", "sent", "won", "lost",
                                           "spent", "bought", "brought", "kept", "left",
                                           "set", "put", "read", "run", "grown", "drawn",
                                           "cast", "caught", "flown", "driven",
                                           "written", "eaten", "shown", "struck"])


def match_price_per_thing(text: str, pos: int) -> Optional[UnitMatch]:
    """After an amount of money, "a"/"an" and a noun that ends its phrase: "$1,000 a pill",
    "$8 a plate", "$60,000 a semester at Yale" -> the noun, singular.

    >>> match_price_per_thing("$1,000 a pill.", 6).unit
    'pill'
    >>> match_price_per_thing("$5m a source said", 3) is None
    True
    >>> match_price_per_thing("$5 a few days ago", 2) is None
    True
    """
    thing = _A_THING.match(text, pos)
    if thing is None:
        return None
    noun = thing.group("noun")
    if noun in _PER_STOP or noun in _NOT_RATE_AFTER or noun in _APPOSITIVE_NOUNS:
        return None
    end = thing.end()
    if _PHRASE_END.match(text, end) is None and not thing.group().startswith("-"):
        # (glued by hyphens it describes a noun after it: "a £2,000-a-dose therapy")
        follower = _FOLLOWER.match(text, end)
        if follower is None or follower.group(1).lower() not in _RATE_NOUN_FOLLOWERS \
                or (follower.group(1).lower() in _NOT_RATE_AFTER and _names_a_time(noun)):
            return None  # (and "$2bn a decade after its founding" says when)
    return UnitMatch(singular(noun), "count", pos, end, text[pos:end])


#: a period glued to a unit by a hyphen: the "-month" of "per GB-month"
_HYPHEN_PERIOD: Final = re.compile(r"-(?P<period>second|minute|hour|day|week|month|year)(?![\w-])")


def match_hyphen_period(text: str, pos: int) -> Optional[UnitMatch]:
    """The period glued to a denominator: "$0.023 per GB-month" -> month.

    >>> match_hyphen_period("$0.023 per GB-month", 13).unit
    'month'
    >>> match_hyphen_period("per GB-monthly", 6) is None
    True
    """
    found = _HYPHEN_PERIOD.match(text, pos)
    if found is None:
        return None
    return UnitMatch(found.group("period"), "time", pos, found.end(), found.group())


#: "pcm" -> "month", "psf" -> "foot ** 2" (data/rate_abbreviations.txt)
_RATE_ABBREVIATION_UNITS: Final = {line.split(" = ")[0]: line.split(" = ")[1]
                                   for line in data_lines("rate_abbreviations.txt")}


def rate_abbreviation(abbreviation: str) -> Optional[str]:
    """The period or thing of a rate abbreviation ("pcm" -> "month", "pa" -> "year"), or
    None.

    >>> rate_abbreviation("pcm"), rate_abbreviation("xyz")
    ('month', None)
    """
    return _RATE_ABBREVIATION_UNITS.get(abbreviation)


#: how every rate tail opens (a scaled denominator, _PER_LEAD, a rate abbreviation): a quick
#: miss for match_per_after, one look-up instead of its three
_RATE_ABBREVIATIONS: Final = "|".join(re.escape(name).replace("\\ ", "[ ]")
                                      for name in _RATE_ABBREVIATION_UNITS)
_PER_HINT: Final = re.compile(rf"""
    [ \t\N{{NO-BREAK SPACE}}]{{0,3}} /                                     # km/h, "/100km"
  | [ \t\N{{NO-BREAK SPACE}}]{{1,3}} (?i: per | an? | each | every | to[ ]the
                                       | for[ ]every | for[ ]each )  # every year, for every kWh
    (?: [ \t\N{{NO-BREAK SPACE}}] | - )
  | - (?i: per | an? ) -                                                # barrel-a-day
  | [ \t]{{1,3}} (?: {_RATE_ABBREVIATIONS} )                           # pcm, p.a.
""", re.VERBOSE)


#: an amount of money written with its symbol after a determiner, right before a word in -ly
#: that may describe the noun after it: "a £20 monthly gift" (not "paid £350 weekly.", "earns
#: £350 weekly working nights")
_MONEY_BEFORE: Final = re.compile(
    r"\b(?:a|an|the|your|our|their|his|her|its|this|my)[ ]"
    r"(?:[A-Z]{0,2}[£$€¥][0-9][0-9.,]*(?:[kmb]n?)?|[0-9][0-9.]*p)\Z", re.IGNORECASE)
#: the same for a data allowance, a length or a duration: "its 10GB monthly bundle", "the 5km
#: weekly parkrun", "the 90min weekly show" (but "a 10kg daily ration" is so much a day)
_MEASURE_BEFORE: Final = re.compile(
    r"\b(?i:a|an|the|your|our|their|his|her|its|this|my)[ ][0-9][0-9.]*[ ]?"
    r"(?:[KMGT]B|[kc]?m|mi|mins?|hrs?|h)\Z")
_WORD_AFTER: Final = re.compile(r"[ ]([a-z][a-z-]{1,30})\b")
#: money right before the word in -ly, and a payment after it: "£90 weekly payments"
_MONEY_JUST_BEFORE: Final = re.compile(
    r"(?:[£$€¥₹₦₱]|\b(?:Dh|SR|QR|KD|BD|RO|AED|SAR|QAR|Rs\.?)[ ]?)"
    r"[0-9][0-9.,]*(?:[kmb]n?)?\Z")
#: what ends the thing priced after "for each": the sentence or a clause, a function
#: word, or a participle ("for each home built"; not "for each flu jab")
_EACH_THING_END: Final = re.compile(r"[ ]?(?:[,.;:)]|\Z)|[ ](?:[a-z]+ed|built|sold|made|paid"
                                    r"|to|for|in|on|at|by|from|with|under|and|or)\b")
#: words after "for each" or "for every" that are no thing priced: "£30 for every second
#: bag", "£17.25 for each other child" (the list's period goes on)
_NOT_EACH_NOUNS: Final = frozenset(["second", "third", "fourth", "other", "extra", "additional",
                                    "further", "next", "subsequent", "one", "two", "three"])
_PAYMENTS_NEXT: Final = re.compile(
    r"[ ](?:payments?|instal(?:l)?ments?|contributions?|donations?|gifts?|subscriptions?"
    r"|allowances?|fees?|premiums?|repayments?|deposits?|savings)\b")


def _described_after(text: str, pos: int) -> bool:
    """Whether a lower-case content word follows at ``pos``: the noun that a word in -ly
    before it describes ("monthly gift"; not "monthly and", "weekly for")."""
    word = _WORD_AFTER.match(text, pos)
    return word is not None and word.group(1) not in load_lexicon().function_words


#: a percentage right before a word in -ly that describes the noun of change after it ("a
#: 5% weekly loss"; not "climbing 2% monthly amid shortages")
_PERCENT_BEFORE: Final = re.compile(r"(?:%|per[ ]?cent)\Z", re.IGNORECASE)
_NOUN_NEXT: Final = re.compile(
    r"[ ](?:loss|losses|gain|gains|rise|rises|fall|falls|decline|declines|drop|drops"
    r"|increase|increases|advance|jump|return|returns|growth|move|rally|slide|climb|uptime"
    r"|availability|churn|retention)\b")

#: a noun of movement after a length's adjective in -ly, which keeps the rate: "the 1km daily
#: advance", "a 5cm yearly subsidence" (not "the 5km weekly parkrun")
_CHANGE_NOUN_NEXT: Final = re.compile(
    r"[ ](?:advance|advances|retreat|loss|losses|gain|gains|rise|fall|drop|decline|growth"
    r"|subsidence|erosion|sinking|shrinkage|progress|melt|uplift)\b")

#: a lower-case word after a period's adjective
_PLAIN_WORD: Final = re.compile(r"[ ]([a-z]{3,})\b")


def _plain_word_next(text: str, end: int) -> bool:
    """Whether a lower-case word that is no function word follows ``end``: the noun a
    period's adjective describes ("the 200 µg/m³ hourly objective"; not "$0.52 hourly in
    2023")."""
    word = _PLAIN_WORD.match(text, end)
    return word is not None and word.group(1) not in load_lexicon().function_words


#: the pay an hourly amount is: "£12 hourly rate", "an hourly wage"
_PAY_NEXT: Final = re.compile(r"[ ](?:rate|rates|wage|wages|pay|earnings)\b")


@lru_cache(maxsize=None)
def _rate_abbreviations() -> "re.Pattern[str]":
    """ " pcm", " p.a.", " per annum" after an amount, as a whole word."""
    names = sorted(_RATE_ABBREVIATION_UNITS, key=len, reverse=True)
    return re.compile(r"[ \t]{1,3}(?P<abbr>" + "|".join(re.escape(n) for n in names)
                      + r")(?![\w-])")


def match_scaled_per(text: str, pos: int) -> Optional[UnitMatch]:
    """A rate over a round number at ``pos``: " per 100,000 people" -> "100000 person",
    " per 100 km" and "/100km" -> "100 kilometer", " per 1,000" -> "1000".

    >>> [match_scaled_per(t, 3).unit for t in ["4.5 per 100,000 people", "4.5 per 1,000 live "
    ...     "births", "6.5 per 100 km", "3.8 per 1,000.", "2.1 per million women"]]
    ['100000 person', '1000 birth', '100 kilometer', '1000', '1000000 woman']
    >>> match_scaled_per("12 per 150 people", 2) is None
    True
    >>> match_scaled_per("12 per 100,000 people a year", 2).unit
    '100000 person / year'
    >>> match_scaled_per("1.26 per 100 million vehicle miles", 4).unit
    '100000000 mile'
    """
    found = _SCALED_DENOMINATOR.match(text, pos)
    if found is None or text[found.end("number"):found.end("number") + 1] == "-":
        return None  # (but "10-year/100,000-mile": a measure of its own after the slash)
    number = found.group("number")
    scale = "number" if number else "word" if found.group("word") else "letter"
    amount = (int(re.sub(r"[,\s]", "", number)) if number
              else _SCALE_WORD_VALUES[found.group(scale).lower()])
    if found.group("kilo"):
        amount *= 1000  # "per 100k people"
    if found.group("tens"):
        amount *= int(found.group("tens"))  # "per 100 million vehicle miles"
    if amount < 100 and found.group().lstrip().startswith("for"):
        return None  # "Plant 3 trees for every 10 felled": a ratio, no rate by a round base
    end = found.end()
    scale_end = found.end("kilo") if found.group("kilo") else found.end(scale)
    unit = unit_at(text, end, end == scale_end) if end < len(text) and text[end].isalpha() \
        else None
    if unit is not None and unit[0].dimension not in ("percent", "percentage_point",
                                                      "basis_point", "currency") \
            and unit[0].factor == 1:
        denominator, end = unit[0].unit, unit[1]
    else:
        noun = _denominator_noun(text, end)
        if noun is None:
            end = scale_end
            denominator = ""
        else:
            denominator, end = noun
            if is_unit_word(denominator):  # "per 100 million passenger kilometres"
                denominator = canonical_unit(denominator)
    unit_name = f"{amount} {denominator}".strip()
    unit_name = _SCALED_UNIT_NAMES.get(unit_name, unit_name)  # "per million Btu": MMBtu
    period = match_per_after(text, end) if denominator else None
    if period is not None and period.dimension == "time" and period.factor == 1:
        # "12 per 100,000 people a year": the rate is also per period
        unit_name, end = f"{unit_name} / {period.unit}", period.end
    return UnitMatch(unit_name, "count", found.start(), end, text[found.start():end].strip())


def _denominator_noun(text: str, pos: int) -> Optional[Tuple[str, int]]:
    """The counted noun of a scaled denominator, singular, with its end: "people",
    "live births" (the last of two words when only the second is plural), "person-years",
    "API calls"."""
    first = _NOUN.match(text, pos)
    if first is not None and first.group().isupper() and len(first.group()) > 1 \
            and text[first.end():first.end() + 1] == " ":
        named = _NOUN.match(text, first.end() + 1)  # "per 1,000 API calls": an acronym
        if named is not None and named.group().islower() \
                and singular(named.group()) != named.group():
            first = named  # that describes the plural counted
    if first is None or not first.group().islower() or not is_boundary(text, first.end()):
        return None
    if text[first.end():first.end() + 1] == "-":
        joined = _NOUN.match(text, first.end() + 1)
        if joined is not None and joined.group().islower() and is_boundary(text, joined.end()) \
                and singular(joined.group()) != joined.group():
            # "per 100,000 person-years": a compound of a count and a period
            return f"{first.group()}-{singular(joined.group())}", joined.end()
    second = _NOUN.match(text, first.end() + 1) if text[first.end():first.end() + 1] == " " \
        else None
    if second is not None and second.group().islower() and is_boundary(text, second.end()) \
            and singular(first.group()) == first.group() \
            and singular(second.group()) != second.group():
        first = second
    noun = singular(first.group())
    if noun == first.group() and noun not in _SINGULAR_DENOMINATORS:
        return None  # "per 100,000 in 2023": a denominator counts in the plural
    return noun, first.end()


def _powered_denominator(text: str, pos: int) -> Optional[Tuple[str, int]]:
    """A symbol denominator after "/" that the lexicon does not hold: the "s" of "km/s",
    a power such as "s2", "s^2", "s²" (metres per second squared), with its end.

    >>> _powered_denominator("km/s2 at", 3), _powered_denominator("m/s.", 2)
    (('second ** 2', 5), ('second', 3))
    >>> _powered_denominator("W/m² of", 2), _powered_denominator("km/h", 3) is None
    (('meter ** 2', 4), True)
    """
    found = _DENOMINATOR_POWER.match(text, pos)
    if found is None:
        return None
    symbol, power = found.group("symbol"), found.group("power")
    if symbol in _DENOMINATOR_SYMBOLS:
        unit = _DENOMINATOR_SYMBOLS[symbol]
    elif power is None:
        return None  # a plain symbol is the lexicon's to read ("km/h")
    else:
        entry = lookup_after(symbol)
        if entry is None or entry.dimension not in ("length", "time"):
            return None
        unit = entry.unit
    if power is not None:
        unit = f"{unit} ** {_POWERS.get(power, power)}"
    return unit, found.end()


#: the word before a rate's "a" or "per": "cars" of "3,000 cars a week", "£500m" of "£500m a
#: year"
_WORD_ENDING: Final = re.compile(r"(\S{1,40})[ ]?\Z")
#: how far back the same rate may be written for "previously" to repeat it
_RATE_REACH: Final = 120


def _same_rate_before(text: str, start: int, end: int) -> bool:
    """Whether the rate ``text[start:end]`` ("a week" before "previously") was written before
    it after the same word, another plural noun for a plural one, or an amount of the same
    kind: "made 2,700 cars a week previously", "approving 300 mortgages a month, against 180
    loans a month previously", "£500m a year, up from £450m a year previously" (not "first
    detected a week ago, ... 45 people a week previously", "opened 40 stores a year, ... down
    from £5m a year previously": a year earlier)."""
    own = _word_ending(text, start)
    reach = max(0, start - _RATE_REACH)
    for found in re.finditer(re.escape(text[start:end]) + r"\b", text[reach:start]):
        other = _word_ending(text, reach + found.start())
        if other == own or (_plural_noun(other) and _plural_noun(own)
                            and _amount_kind(other) == _amount_kind(own)) \
                or (_amount_kind(other) is not None and _amount_kind(other) == _amount_kind(own)):
            return True
    return False


def _plural_noun(word: str) -> bool:
    """A word that looks like a plural noun: "cars", "loans"."""
    return len(word) > 3 and word.endswith("s") and word.isalpha()


def _amount_kind(word: str) -> Optional[str]:
    """The mark an amount is written with, "£" of "£450m", "%" of "5%", "p" of "148p", "" of
    "2,700", or None when ``word`` is no amount."""
    if not any(char.isdigit() for char in word):
        return _MARKS_OF_WORDS.get(word)
    if not word[0].isdigit():
        return word[0]
    return word[-1] if not word[-1].isdigit() else ""


#: the marks that words after an amount stand for: "3.5 per cent a year" is "%", "9,500t" and
#: "12,000 tonnes" are both "t"
_MARKS_OF_WORDS: Final = {"cent": "%", "percent": "%", "pounds": "£", "pence": "p",
                          "dollars": "$", "euros": "€", "tonnes": "t", "tons": "t",
                          "tonne": "t", "ton": "t"}


def _word_ending(text: str, pos: int) -> str:
    """The lower-case word (any run of non-spaces) that ends at ``pos``, or "". """
    word = _WORD_ENDING.search(text, max(0, pos - 41), pos)
    return word.group(1).lower() if word else ""


def next_word(text: str, pos: int) -> str:
    """The lower-case run of letters at ``pos``, or "".

    >>> next_word("per Cent.", 4), next_word("per 5", 4)
    ('cent', '')
    """
    word = _NEXT_WORD.match(text, pos)
    return word.group().lower() if word else ""


#: a capitalised word before a one-letter marker spaced from its "$": "Model S $79,990"
_NAME_BEFORE_LETTER: Final = re.compile(r"\b[A-Z][a-z]+[ ]\Z")


def match_unit_before(text: str, pos: int) -> Optional[UnitMatch]:
    """The currency marker that ends at ``pos`` (one space allowed), or None.

    >>> m = match_unit_before("a US$4.7 billion deal", 5)
    >>> m.unit, m.text, (m.start, m.end)
    ('USD', 'US$', (2, 5))
    >>> match_unit_before("Rs 5 lakh", 3).unit
    'INR'
    >>> match_unit_before("about 5", 6) is None
    True
    """
    lex = _lexicon()
    end = pos
    if not 0 < end <= len(text):
        return None
    if text[end - 1] in _SPACES:
        end -= 1
    if end == 0:
        return None
    for length in lex.before_lengths.get(text[end - 1].lower(), ()):
        start = end - length
        if start < 0:
            continue
        marker = text[start:end]
        entry = lex.before_exact.get(marker) or lex.before_any.get(marker.lower())
        if entry is None:
            continue
        if entry.attached and end != pos:
            continue
        if marker[0].isalnum() and start > 0 and (text[start - 1].isalnum()
                                                  or text[start - 1] == "&"):
            continue  # "XR 5", "S&P -0.8%": the end of a name, not a currency
        if marker[1:2] == " " and _NAME_BEFORE_LETTER.search(text, max(0, start - 12), start):
            continue  # "Model S $79,990", "Series S $299": a name's letter, then dollars
        if len(marker) == 1 and _VITAMIN_BEFORE.search(text, max(0, start - 10), start):
            continue  # "vitamin K 2 mg": the vitamin's letter, no kwacha
        return new_record(UnitMatch, (entry.unit, "currency", start, end, marker, entry.factor,
                                      entry.scaled))
    return None


def is_unit_word(word: str) -> bool:
    """True when the word alone is a known unit or currency surface.

    >>> is_unit_word("km"), is_unit_word("euros"), is_unit_word("drones")
    (True, True, False)
    """
    return lookup_after(word) is not None


def compose(numerator: str, denominator: str) -> Tuple[str, str]:
    """The rate ``numerator / denominator`` and its dimension.

    >>> compose("USD", "gallon")
    ('USD / gallon', 'rate')
    >>> compose("kilometer", "hour")
    ('kilometer / hour', 'speed')
    """
    unit = f"{numerator} / {denominator}"
    known = lexicon().dimensions.get(unit)
    if known is not None:
        return unit, known
    pair = (dimension_of(numerator), dimension_of(denominator))
    return unit, QUOTIENT_DIMENSIONS.get(pair, "rate")


PHYSICAL_MARKERS: Final = (" ** ", " * ")


def dimension_of(unit: str) -> str:
    """The dimension name of a canonical unit.

    >>> dimension_of("kilometer"), dimension_of("USD"), dimension_of("drone")
    ('length', 'currency', 'count')
    >>> dimension_of(""), dimension_of("USD / barrel"), dimension_of("barrel / day")
    ('dimensionless', 'rate', 'flow')
    """
    if not unit:
        return "dimensionless"
    known = lexicon().dimensions.get(unit)
    if known is not None:
        return known
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "currency"
    if any(marker in unit for marker in PHYSICAL_MARKERS):
        return pint_dimension(unit)
    numerator, slash, denominator = unit.partition(" / ")
    if slash and " / " not in denominator:
        return compose(numerator, denominator)[1]
    if slash:
        return pint_dimension(unit)
    return "count"


@lru_cache(maxsize=None)
def pint_dimension(unit: str) -> str:
    """The dimension name pint gives a unit expression; "physical" if unnamed."""
    try:
        parsed = registry().parse_units(unit)
    except Exception:  # pint raises several unrelated types for bad input
        return "rate"
    return dimension_name(parsed.dimensionality, str(parsed))


def dimensionality_key(dimensionality: Any) -> str:
    """A stable spelling of a pint dimensionality, sorted by base name.

    >>> dimensionality_key({"[mass]": 1, "[length]": 2, "[time]": -3})
    'length^2 mass time^-3'
    """
    parts = []
    for base, power in sorted(dict(dimensionality).items()):
        name = base.strip("[]")
        parts.append(name if power == 1 else f"{name}^{power}")
    return " ".join(parts)


def dimension_name(dimensionality: Any, unit: str) -> str:
    """Our dimension name for a pint dimensionality (the unit name settles dimensionless ones).

    >>> dimension_name({"[length]": 1, "[time]": -1}, "kilometer / hour")
    'speed'
    >>> dimension_name({}, "gigabyte")
    'information'
    """
    key = dimensionality_key(dimensionality)
    if not key:
        for word, name in DIMENSIONLESS_NAMES:
            if word in unit:
                return name
        return "dimensionless"
    if key == "time^-1" and ("bit" in unit or "byte" in unit):
        return "data_rate"
    return DIMENSION_NAMES.get(key, "physical")


@lru_cache(maxsize=None)
def registry() -> Any:
    """The one pint registry, built on first use, with ``data/units.txt`` loaded."""
    from importlib import resources

    import pint

    ureg: Any = pint.UnitRegistry(non_int_type=Decimal)
    path = resources.files("factcheck").joinpath("data", "units.txt")
    with resources.as_file(path) as real_path:
        ureg.load_definitions(str(real_path))
    return ureg


_IRREGULAR: Final = {
    "people": "person", "men": "man", "women": "woman", "children": "child",
    "mice": "mouse", "geese": "goose", "feet": "foot", "teeth": "tooth",
    "oxen": "ox", "criteria": "criterion", "phenomena": "phenomenon",
    "indices": "index", "analyses": "analysis", "crises": "crisis",
    "theses": "thesis", "buses": "bus", "gases": "gas", "viruses": "virus", "taxis": "taxi",
    "bonuses": "bonus", "statuses": "status", "campuses": "campus",
    "censuses": "census", "heroes": "hero", "potatoes": "potato",
    "tomatoes": "tomato", "vetoes": "veto", "echoes": "echo",
    "torpedoes": "torpedo", "wolves": "wolf", "lives": "life", "knives": "knife",
    "wives": "wife", "halves": "half", "thieves": "thief", "shelves": "shelf",
    "loaves": "loaf", "calves": "calf", "quizzes": "quiz", "dice": "die",
    "tornadoes": "tornado", "volcanoes": "volcano", "mosquitoes": "mosquito",
    "dominoes": "domino", "cargoes": "cargo", "embargoes": "embargo",
    "bacteria": "bacterium", "larvae": "larva", "fungi": "fungus",
    "nuclei": "nucleus", "stimuli": "stimulus", "algae": "alga", "cacti": "cactus",
    "alumni": "alumnus", "vertebrae": "vertebra", "antennae": "antenna", "hypotheses": "hypothesis",
    "diagnoses": "diagnosis", "oases": "oasis", "appendices": "appendix", "matrices": "matrix",
    "vertices": "vertex", "kroner": "krone", "dormice": "dormouse", "octopuses": "octopus",
    "hippopotamuses": "hippopotamus", "walruses": "walrus", "rhinoceroses": "rhinoceros",
    "quiches": "quiche", "niches": "niche", "mangoes": "mango",
    "chillies": "chilli", "chilies": "chili", "avocadoes": "avocado",
    "consortia": "consortium", "termini": "terminus", "stadia": "stadium",
    "curricula": "curriculum", "millennia": "millennium", "memoranda": "memorandum",
    "lenses": "lens", "sarcophagi": "sarcophagus", "amphorae": "amphora",
    "leaves": "leaf", "corpora": "corpus", "genera": "genus", "tumuli": "tumulus",
    "ossuaries": "ossuary", "supernovae": "supernova", "nebulae": "nebula",
    "novae": "nova", "formulae": "formula", "tranches": "tranche",
    "avalanches": "avalanche", "caches": "cache", "cliches": "cliche",
    "moustaches": "moustache", "mustaches": "mustache", "menus": "menu", "gurus": "guru",
    "emus": "emu", "zulus": "zulu", "hindus": "hindu", "tutus": "tutu", "haikus": "haiku",
    "denarii": "denarius", "sestertii": "sestertius", "aurei": "aureus",
    "tesserae": "tessera", "fibulae": "fibula", "ostraca": "ostracon", "papyri": "papyrus",
    "spectra": "spectrum", "maxima": "maximum", "minima": "minimum", "quanta": "quantum",
    "radii": "radius", "foci": "focus", "loci": "locus",
}
_INVARIANT: Final = frozenset("""
    series species news means headquarters sheep fish deer aircraft offspring spacecraft
    hovercraft watercraft
    police staff data media politics economics physics mathematics athletics
    crossroads barracks corps swiss chinese japanese premises lens canvas atlas bias alias
    pancreas
""".split()) | word_sections("grammar_words.txt")["animal_plurals"]  # "150 lynx"
#: singulars in "-is", no plurals of a people or a thing in "-i" (see singular)
_IS_SINGULARS: Final = frozenset("""
    axis iris tennis chassis trellis pelvis penis paris lewis davis dennis travis curtis
    elvis marquis debris cannabis hubris mantis metropolis syphilis epidermis ibis proboscis
    aegis clitoris glottis pubis dermis orchis pastis portcullis clematis amaryllis chrysalis
    borealis lapis tapis kris
""".split())
_IE_NOUNS: Final = frozenset("""
    movie cookie zombie calorie rookie selfie hippie goalie prairie genie
    brownie pie tie lie die hoodie smoothie auntie sortie birdie freebie
""".split())


#: singulars in "-che", whose plural's "-es" drops only the "s": "headaches", "tranches"
_CHE_NOUNS: Final = frozenset("""
    ache headache toothache backache heartache earache stomachache bellyache niche cache
    tranche avalanche quiche cliche creche moustache mustache microfiche psyche brioche
    pastiche attache
""".split())


#: words ending in "-men" that are singular
_MEN_SINGULARS: Final = frozenset("specimen abdomen omen regimen acumen stamen hymen".split())


def is_men_plural(word: str) -> bool:
    """A compound plural in "-men": "fishermen", "gunmen" (not "specimen", not "men").

    >>> is_men_plural("fishermen"), is_men_plural("specimen"), is_men_plural("women")
    (True, False, True)
    """
    return len(word) > 4 and word.endswith("men") and word not in _MEN_SINGULARS


def singular(noun: str) -> str:
    """The lower-case singular of a counted noun.

    >>> [singular(w) for w in ["drones", "People", "countries", "buses", "series",
    ...                        "news", "classes", "movies", "houses", "boxes"]]
    ['drone', 'person', 'country', 'bus', 'series', 'news', 'class', 'movie', 'house', 'box']
    >>> singular("fishermen"), singular("specimen"), singular("MPs"), singular("SUVs")
    ('fisherman', 'specimen', 'mp', 'suv')
    >>> singular("grandchildren"), singular("premises"), singular("vCPUs"), singular("midwives")
    ('grandchild', 'premises', 'vcpu', 'midwife')
    >>> singular("headaches"), singular("tranches"), singular("coaches")
    ('headache', 'tranche', 'coach')
    >>> singular("kiwis"), singular("skis"), singular("taxis"), singular("axis")
    ('kiwi', 'ski', 'taxi', 'axis')
    >>> singular("Thais"), singular("dais")
    ('thai', 'dais')
    """
    if len(noun) > 2 and noun.endswith("s") and (
            noun[:-1].isupper() or (noun[-2].isupper() and noun[-3].isupper())):
        return noun[:-1].lower()  # an acronym's plural: "MPs", "SUVs", "TDs", "vCPUs"
    if noun == "pcs":
        return "piece"  # "50 pcs" (but "a 0.06 higher PCS", a score)
    word = noun.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("children"):
        return word[:-3]  # grandchildren, schoolchildren
    if word.endswith("wives"):
        return word[:-3] + "fe"  # midwives, housewives
    if word.endswith("buses") and not word.endswith("abuses"):
        return word[:-2]  # minibuses, trolleybuses (not "abuses")
    if word in _INVARIANT or len(word) <= 3:
        return word
    if is_men_plural(word):
        return word[:-3] + "man"  # fishermen, gunmen, congressmen
    if word.endswith("ies"):
        return word[:-1] if word[:-1] in _IE_NOUNS else word[:-3] + "y"
    if word.endswith("ches") and word[:-1] in _CHE_NOUNS:
        return word[:-1]  # "headaches", "tranches", "niches"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")) or (
            word.endswith("ses") and word[:-2] in _INVARIANT):
        return word[:-2]  # (also "lenses", "canvases", "aliases")
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if word.endswith("is") and not word.endswith(("sis", "ois", "itis")) \
            and not (word.endswith("ais") and not noun[:1].isupper()) \
            and word not in _IS_SINGULARS and (noun[:1].isupper() or len(word) > 3):
        return word[:-1]  # a people in "-i": "Somalis", "Israelis", "Iraqis"; a thing in
        # "-i": "martinis", "paninis", "bikinis"
    return word


#: a rate's denominator that starts with a round number: "100,000 people", "100 km"
_SCALED_SIDE: Final = re.compile(
    r"(?P<number>1(?:0{1,8}|0{0,2}(?:,000){1,3}))(?![\d,.])\s*(?P<rest>.*)")


def _scaled_rate(parts: List[str]) -> Optional[str]:
    """The canonical rate of a numerator and a denominator over a round number, the way
    the parser writes it ("death / 100000 person", "1 / 1000" when no numerator is
    named), or None when the denominator does not start with one."""
    found = _SCALED_SIDE.fullmatch(parts[1].strip())
    if found is None:
        return None
    amount = found.group("number").replace(",", "")
    denominator = canonical_unit(found.group("rest")) if found.group("rest") else ""
    if dimension_of(denominator) == "count":
        denominator = denominator.split()[-1]  # "live birth": the parser keeps the noun
    numerator = canonical_unit(parts[0]) if parts[0].strip() not in ("", "1") else "1"
    return f"{numerator} / {amount} {denominator}".rstrip()


#: a unit cell that carries a scale: "£m", "$bn", "EUR m", "thousands", "000s"
_SCALED_UNIT: Final = re.compile(
    r"(?:[£$€¥₹]|[A-Z]{3}[ ]?)(?:k|m|mn|bn|b|tn)"
    r"|(?i:(?:thousands?|millions?|billions?|'?000s?)(?:[ ].*)?)")


#: reference-table spellings of the non-physical units, lower-cased
_SPECIAL_NAMES: Final = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage": "percent",
    "pp": "percentage_point", "ppt": "percentage_point",
    "percentage point": "percentage_point", "percentage points": "percentage_point",
    "percentage_point": "percentage_point",
    "bp": "basis_point", "bps": "basis_point", "basis point": "basis_point",
    "basis points": "basis_point", "basis_point": "basis_point",
    "dimensionless": "", "none": "", "count": "", "number": "",
}


@lru_cache(maxsize=4096)
def canonical_unit(name: str) -> str:
    """A reference table's unit spelling in canonical form.

    Plain words are counted nouns (singular, lower case), unless they are one
    slip away from a long unit word ("kilometr"): that is a ``UnitError``.  A
    name with ``/ * ^ _``, a digit, a degree sign or a superscript is a unit
    expression: it must resolve through the lexicon or pint, else ``UnitError``.
    "X per Y" and "X/Y" resolve each side ("USD / share" keeps its noun).

    >>> [canonical_unit(n) for n in ["km", "usd", "%", "pp", "drones", "people", ""]]
    ['kilometer', 'USD', 'percent', 'percentage_point', 'drone', 'person', '']
    >>> canonical_unit("km/h"), canonical_unit("USD per barrel"), canonical_unit("USD / metric_ton")
    ('kilometer / hour', 'USD / barrel', 'USD / metric_ton')
    >>> canonical_unit("deaths per 100,000 people"), canonical_unit("per 1,000")
    ('death / 100000 person', '1 / 1000')
    >>> canonical_unit("£m")
    Traceback (most recent call last):
    ...
    factcheck.errors.UnitError: unit '£m' holds a scale ...
    >>> canonical_unit("mb/d")
    Traceback (most recent call last):
    ...
    factcheck.errors.UnitError: unit 'mb/d' holds a scale (1000000 barrel / day)...
    >>> canonical_unit("km/hr/x")
    Traceback (most recent call last):
    ...
    factcheck.errors.UnitError: unit 'km/hr/x' is not a unit expression pint can read ...
    """
    text = normalise_surface(str(name))
    if not text:
        return ""
    if _SCALED_UNIT.fullmatch(text):
        raise UnitError(f"unit {text!r} holds a scale ('m', 'bn', 'thousands'), which would be "
                        "read as a counted noun",
                        fix="write the full figure in the number column (810000000, not 0.81) "
                            "and the plain unit here (GBP, person)")
    low = text.lower()
    if low in _SPECIAL_NAMES:
        return _SPECIAL_NAMES[low]
    currency = currency_code(text)
    if currency:
        return currency
    entry = lookup_after(text)
    if entry is not None and entry.factor == 1:
        return entry.unit
    if entry is not None and entry.dimension != "currency":
        raise UnitError(f"unit {text!r} holds a scale ({entry.factor} {entry.unit})",
                        fix=f"write the full figure in the number column and {entry.unit!r} here")
    if text in lexicon().dimensions:
        return text
    parts = ["", text[4:]] if low.startswith("per ") else _SPLIT_PER.split(text)
    scaled = _scaled_rate(parts) if len(parts) == 2 else None
    if scaled is not None:
        return scaled
    if len(parts) == 2 and all(parts):
        if not _UNIT_EXPRESSION.search(parts[1] + parts[0]):
            return compose(canonical_unit(parts[0]), canonical_unit(parts[1]))[0]
        sides = [canonical_unit(part) for part in parts]
        if any(dimension_of(side) in ("currency", "count") for side in sides):
            return compose(*sides)[0]  # "USD / metric_ton": pint knows only one side
    if _UNIT_EXPRESSION.search(text) or len(parts) > 1:
        return pint_unit_name(text)
    if " " not in text and not text[1:].islower() and text.isalpha():
        found = known_to_pint(text)
        if found:
            return found
    near = near_unit_word(low)
    if near:
        raise UnitError(f"unit {text!r} looks like a misspelt {near!r}",
                        fix=f"write {near!r}, or a counted noun that is not a unit's near twin")
    words = low.split(" ")
    words[-1] = singular(words[-1])
    return " ".join(words)


def near_unit_word(word: str) -> str:
    """A unit word that ``word`` (8+ letters, unknown) is one slip away from, or "".

    >>> near_unit_word("kilometr"), near_unit_word("drones"), near_unit_word("shipments")
    ('kilometer', '', '')
    """
    if len(word) < 8 or not word.isalpha():
        return ""
    close = get_close_matches(word, long_unit_words(), n=1, cutoff=0.9)
    return lexicon().after_any[close[0]].unit if close else ""


@lru_cache(maxsize=None)
def long_unit_words() -> Tuple[str, ...]:
    """The alphabetic unit surfaces of 7 or more letters (for misspelling checks)."""
    return tuple(sorted(surface for surface, entry in lexicon().after_any.items()
                        if entry.unit != "-" and len(surface) >= 7 and surface.isalpha()))


def currency_code(text: str) -> str:
    """The ISO 4217 code for a currency name, code or symbol, or "".

    >>> currency_code("usd"), currency_code("euros"), currency_code("km")
    ('USD', 'EUR', '')
    """
    lex = lexicon()
    for table, key in ((lex.after_exact, text), (lex.before_exact, text),
                       (lex.after_any, text.lower()), (lex.before_any, text.lower()),
                       (lex.after_exact, text.upper())):
        entry = table.get(key)
        if entry is not None and entry.dimension == "currency" and entry.factor == 1:
            return entry.unit
    return ""


def known_to_pint(text: str) -> str:
    """pint's spelling of a symbol such as "degC", or "" when pint does not know it."""
    try:
        return pint_unit_name(text)
    except UnitError:
        return ""


def pint_unit_name(text: str) -> str:
    """pint's spelling of a unit expression, or ``UnitError``."""
    try:
        parsed = registry().parse_units(text)
    except Exception as exc:  # pint raises several unrelated types for bad input
        raise UnitError(f"unit {text!r} is not a unit expression pint can read ({exc})",
                        fix=UNIT_FIX) from None
    return str(parsed)


def pint_units(unit: str) -> Any:
    """pint's unit for a canonical physical unit, or None for money, percent and nouns."""
    dimension = dimension_of(unit)
    if dimension in ("currency", "percent", "percentage_point", "basis_point", "count",
                     "rate", "dimensionless"):
        return None
    try:
        return registry().parse_units(PINT_SPELLING.get(unit, unit))
    except Exception:  # pint raises several unrelated types for bad input
        return None


def convert(value: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """``value`` in ``from_unit`` expressed in ``to_unit``; ``UnitError`` if impossible.

    >>> convert(Decimal(40), "degree_Celsius", "degree_Fahrenheit")
    Decimal('104.0...')
    >>> convert(Decimal(250), "basis_point", "percentage_point")
    Decimal('2.50')
    """
    if from_unit == to_unit:
        return value
    special = special_factor(from_unit, to_unit)
    if special is not None:
        return value * special
    if dimension_of(from_unit) == "currency" or dimension_of(to_unit) == "currency":
        raise UnitError(f"cannot convert {from_unit} to {to_unit}", fix=MONEY_CONVERSION_FIX)
    rate_a, rate_b = split_rate(from_unit), split_rate(to_unit)
    if rate_a and rate_b and pint_units(from_unit) is None:
        return convert(value, rate_a[0], rate_b[0]) / convert(Decimal(1), rate_a[1], rate_b[1])
    source, target = pint_units(from_unit), pint_units(to_unit)
    if source is None or target is None or source.dimensionality != target.dimensionality:
        raise UnitError(f"cannot convert {from_unit} to {to_unit}",
                        fix="compare quantities of the same dimension")
    ureg = registry()
    return Decimal(ureg.Quantity(Decimal(value), source).to(target).magnitude)


@lru_cache(maxsize=4096)
def scale_factor(from_unit: str, to_unit: str) -> Decimal:
    """How many ``to_unit`` one ``from_unit`` is, for units that convert without an offset
    (not temperatures); ``UnitError`` if they do not convert.  Units whose exact sizes are
    in data/unit_factors.txt convert without loading pint; others through pint (cached).

    >>> scale_factor("foot", "inch") == 12, scale_factor("inch", "foot") == Decimal(1) / 12
    (True, True)
    >>> scale_factor("hour", "minute"), scale_factor("hour", "hour")
    (Decimal('60'), Decimal('1'))
    """
    if from_unit == to_unit:
        return Decimal(1)
    sizes = unit_sizes()
    if from_unit in sizes and to_unit in sizes and sizes[from_unit][1] == sizes[to_unit][1]:
        return sizes[from_unit][0] / sizes[to_unit][0]
    return convert(Decimal(1), from_unit, to_unit)


@lru_cache(maxsize=None)
def unit_sizes() -> Dict[str, Tuple[Decimal, str]]:
    """unit -> (its size in its base unit, the base), from data/unit_factors.txt."""
    sizes: Dict[str, Tuple[Decimal, str]] = {}
    for line in data_lines("unit_factors.txt"):
        unit, _, size = line.partition(" = ")
        factor, base = size.split(" ", 1)
        sizes[unit] = (Decimal(factor), base)
        sizes[base] = (Decimal(1), base)
    return sizes


def special_factor(from_unit: str, to_unit: str) -> Optional[Decimal]:
    """The factor between basis points and percentage points, else None."""
    factors = {("basis_point", "percentage_point"): Decimal("0.01"),
               ("percentage_point", "basis_point"): Decimal(100)}
    return factors.get((from_unit, to_unit))


@lru_cache(maxsize=None)
def _names_a_time(noun: str) -> bool:
    """Whether a noun after "a" names a stretch of time: "month", "season", "night",
    "generation"."""
    entry = lookup_after(noun)
    return (entry is not None and entry.dimension == "time") or noun in _period_words() \
        or noun in ("night", "generation")


@lru_cache(maxsize=None)
def _period_words() -> Dict[str, str]:
    return dict(tuple(part.strip() for part in line.split("=", 1))  # type: ignore[misc]
                for line in data_lines("period_words.txt"))


def as_period(denominator: str) -> str:
    """The period a rate's denominator stands for, else the denominator itself.

    >>> as_period("season"), as_period("pill")
    ('year', 'pill')
    """
    return _period_words().get(denominator, denominator)


#: where a rate tail may start inside a phrase: before "per", "a", "an", "each", or "/"
_RATE_LEAD_AT: Final = re.compile(r"[ \t](?=(?:per|an?|each)[ \t])|(?=/)", re.IGNORECASE)
_LETTER_WORD: Final = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def rates_in(text: str) -> FrozenSet[str]:
    """The denominators a phrase states: what a figure written in a plain unit is per.

    >>> sorted(rates_in("Robusta futures price per tonne")), sorted(rates_in("Monthly pension"))
    (['metric_ton'], ['month'])
    >>> sorted(rates_in("Alcohol drunk per capita, adults")), rates_in("Cost of a new bridge")
    (['person'], frozenset())
    """
    periods = _period_words()
    found = {periods[w] for w in _LETTER_WORD.findall(text.lower()) if w in periods}
    for lead in _RATE_LEAD_AT.finditer(text):
        per = match_per_after(text, lead.start())
        if per is not None:
            found.add(per.unit)
    return frozenset(found)


def split_rate(unit: str) -> Optional[Tuple[str, str]]:
    """``(numerator, denominator)`` of a one-slash rate, else None.

    >>> split_rate("USD / barrel"), split_rate("kilometer")
    (('USD', 'barrel'), None)
    """
    numerator, slash, denominator = unit.partition(" / ")
    if not slash or " / " in denominator:
        return None
    return numerator, denominator


#: physical dimension names whose units always convert into each other
NAMED_PHYSICAL: Final = frozenset(DIMENSION_NAMES.values()) | {"information", "angle", "ratio"}


@lru_cache(maxsize=4096)
def compatible(a: str, b: str) -> bool:
    """True when a value in ``a`` can be compared with one in ``b``.

    >>> compatible("mile", "kilometer"), compatible("USD", "EUR")
    (True, False)
    >>> compatible("percent", "percentage_point")
    False
    """
    if a == b:
        return True
    dimension = dimension_of(a)
    if dimension == dimension_of(b) and dimension in NAMED_PHYSICAL:
        return True
    try:
        convert(Decimal(1), a, b)
    except UnitError:
        return False
    return True
