"""The scale of a bare "degrees" of heat: Celsius, as most of the world writes it, unless
the text is set in the United States, where "It was 95 degrees in Phoenix" is Fahrenheit,
or the reading is too hot for Celsius ("the temperature outside is 98 degrees", "a fever
of 104 degrees": no air on Earth, and no living body, has reached 60C) and the sentence is
not about cooking or boiling ("bake at 200 degrees").

reading.py reads "Temperatures hit 30 degrees" (or "30°") as Celsius when its sentence
speaks of heat ([temperature_words] in grammar_words.txt); ``localise_degrees`` then
turns those readings to Fahrenheit in a text that names places of the United States at
least twice and more than twice as often as any other country's
(``data/currency_places.txt``), or, for a reading below zero, names one in its own
sentence and none of another country's, and a reading above ``_HOTTEST_CELSIUS`` in a sentence
with no word of cooking ([cooking_words] in grammar_words.txt).  A scale the text writes
("30C", "86F", "degrees Celsius") is never changed.
"""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import Dict, Final, List

from factcheck.claims import Claim
from factcheck.lexicon import alternation
from factcheck.local_currency import named_places, place_counts

#: the unit texts of a degree written with no scale
_BARE_DEGREES: Final = frozenset(["degree", "degrees", "\N{DEGREE SIGN}",
                                  "\N{MASCULINE ORDINAL INDICATOR}"])
#: how many times a text must name the United States to be set there
_NAMED_AT_LEAST: Final = 2
#: how many times more often than any other country
_DOMINANCE: Final = 2
#: above this, a bare reading not of cooking is Fahrenheit (the hottest air measured on
#: Earth is 56.7C, Death Valley, 1913; no living body is near it)
_HOTTEST_CELSIUS: Final = Decimal(60)
#: above the hottest ground ever measured in Fahrenheit (about 200: asphalt, sand, a car's
#: inside in the sun), a bare reading is no weather in either scale and stays Celsius
#: ("heated to 100 million degrees")
_HOTTEST_FAHRENHEIT: Final = Decimal(200)
#: the hottest air in Fahrenheit, with room (134 in Death Valley, 1913): above it only a named
#: surface in the sun is read in Fahrenheit ("Asphalt in Phoenix hit 160 degrees"; not
#: "Solder melts at about 183 degrees")
_HOTTEST_AIR_FAHRENHEIT: Final = Decimal(140)
_HOT_SURFACES: Final = re.compile(
    r"\b(?:asphalt|tarmac|pavement|pavements|sidewalk|sidewalks|sand|beach|ground|road|roads"
    r"|car|cars|dashboard|interior|interiors|slide|playground|sun)\b", re.IGNORECASE)
#: kitchen readings that are Fahrenheit: a home oven tops out near 250C, 300F is 149C
_OVEN_FAHRENHEIT: Final = (Decimal(300), Decimal(550))
_WOOD_FIRED: Final = re.compile(r"\b(?:pizza|wood-fired|tandoor|kiln|furnace)\b", re.IGNORECASE)
_COOKING: Final = re.compile(r"\b" + alternation("grammar_words.txt", "cooking_words") + r"\b",
                             re.IGNORECASE)


def _bare_celsius(claim: Claim) -> bool:
    return claim.unit == "degree_Celsius" and claim.unit_text.lower() in _BARE_DEGREES


def set_in_united_states(text: str) -> bool:
    """Whether ``text`` names places of the United States often enough to be set there.

    >>> set_in_united_states("PHOENIX (AP) - It was 95 degrees.")
    True
    >>> set_in_united_states("In Leeds, unlike the US, it was 30 degrees.")
    False
    """
    return _american_counts(place_counts(text))


def _american_counts(counts: Dict[str, int]) -> bool:
    """Whether places of the United States dominate ``counts`` (per currency code)."""
    home = counts.get("USD", 0)
    return home >= _NAMED_AT_LEAST and all(
        home > _DOMINANCE * n for code, n in counts.items() if code != "USD")


def _too_hot(claim: Claim, text: str) -> bool:
    """A bare reading, not of cooking, above the hottest air ever measured in Celsius and
    not above the hottest ground in Fahrenheit ("100 million degrees" of a plasma is no
    weather)."""
    hottest = claim.high if claim.high is not None else claim.low
    return hottest is not None and _HOTTEST_CELSIUS < hottest <= _HOTTEST_FAHRENHEIT \
        and (hottest <= _HOTTEST_AIR_FAHRENHEIT
             or _HOT_SURFACES.search(text, *claim.sentence) is not None) \
        and _COOKING.search(text, *claim.sentence) is None


def _oven_in_fahrenheit(claim: Claim, text: str) -> bool:
    """A bare oven or frying reading too hot for a kitchen in Celsius: "Bake at 350 degrees",
    "Heat the oil to 375 degrees" (not a wood-fired pizza oven's 450)."""
    hottest = claim.high if claim.high is not None else claim.low
    return hottest is not None and _OVEN_FAHRENHEIT[0] <= hottest <= _OVEN_FAHRENHEIT[1] \
        and _COOKING.search(text, *claim.sentence) is not None \
        and _WOOD_FIRED.search(text, *claim.sentence) is None


#: a scale named right after a bare reading: "-459.67° on the Fahrenheit scale"
_SCALE_AFTER: Final = re.compile(r"[ ](?:on|in)[ ]the[ ](?P<scale>Fahrenheit|Celsius|centigrade)"
                                 r"[ ]scale\b", re.IGNORECASE)


def _scale_named_after(claim: Claim, text: str) -> str:
    """ "fahrenheit" or "celsius" when the sentence names the scale right after the reading,
    else ""."""
    named = _SCALE_AFTER.match(text, claim.span[1])
    if named is None:
        return ""
    scale = named.group("scale").lower()
    return "celsius" if scale == "centigrade" else scale


def localise_degrees(claims: List[Claim], text: str) -> List[Claim]:
    """Claims whose bare degrees of heat are Fahrenheit: named so after the reading, in a
    text set in the United States, or too hot for the weather in Celsius."""
    bare = [_bare_celsius(c) for c in claims]
    if not any(bare):
        return claims
    counts = place_counts(text)
    american = _american_counts(counts)
    only_american = set(counts) == {"USD"}
    return [dataclasses.replace(c, unit="degree_Fahrenheit") if is_bare and (
        _fahrenheit(c, text, american)
        or (only_american and _american_frost(c, text))) else c
        for c, is_bare in zip(claims, bare)]


def _american_frost(claim: Claim, text: str) -> bool:
    """A reading below zero, or one of a forecast, in a sentence that names a place in the
    United States, no cooking and no laboratory: "Wind chills could fall to minus 35 degrees
    across northern Minnesota", "Highs in Denver will reach only 45 degrees" (in a text
    naming no other country's places; "unlike the US" names the country, no place in it;
    another reading above zero there may be either scale: "Ocean temperatures off Florida
    reached 32 degrees")."""
    coldest = claim.low if claim.low is not None else claim.high
    if coldest is None:
        return False
    changed = claim.change is not None and claim.change.role not in ("to", "from")
    if changed and coldest < 0:
        return False  # (a change of minus 2 degrees is no reading)
    if coldest >= 0 and not changed and _FORECAST.search(text, *claim.sentence) is None:
        return False  # ("Ocean temperatures off Florida reached 32 degrees": either scale;
        # but "Temperatures in Chicago fell 40 degrees", "running 15 to 20 degrees above
        # average" are American degrees)
    return _COOKING.search(text, *claim.sentence) is None \
        and _LABORATORY.search(text, *claim.sentence) is None \
        and _GLOBAL.search(text, *claim.sentence) is None \
        and any(code == "USD" and name not in _COUNTRY_NAMES
                for name, code in named_places(text, *claim.sentence))


#: words of a weather forecast or of its normal, beside which an American reading above zero
#: is Fahrenheit too: "Highs in Denver will reach only 45 degrees", "4.5 degrees above normal"
_FORECAST: Final = re.compile(
    r"\b(?:highs?|lows?|overnight|tonight|tomorrow|forecast|wind[ ]chills?"
    r"|(?:above|below)[ ](?:normal|average))\b", re.IGNORECASE)
#: words of the whole planet's climate, whose degrees are Celsius wherever the scientists
#: are: "Global temperatures have risen 1.2 degrees, scientists in California said", "Earth
#: has warmed 1.2 degrees", "across the globe" (not "Earth Day", "The Globe and Mail", "one
#: of the sharpest drops on the globe")
_GLOBAL: Final = re.compile(
    r"\b(?:global|worldwide|planet|planet's|earth's|world's|pre-?industrial)\b"
    r"|\bthe[ ]earth\b(?![ ]day)"
    r"|(?-i:\bEarth\b(?![ ]Day)|\b[Aa](?:cross|round)[ ]the[ ]globe\b|\bThe[ ]globe[ ]ha)",
    re.IGNORECASE)
#: words of a laboratory, whose readings are Celsius anywhere: "cooled the samples to -80"
_LABORATORY: Final = re.compile(
    r"\b(?:samples?|laborator(?:y|ies)|lab|labs|freezers?|cooled|reactor|cryogenic)\b",
    re.IGNORECASE)


#: the names of the country itself, which say nothing of where a reading was taken
_COUNTRY_NAMES: Final = frozenset(["United States", "U.S.", "U.S.A.", "USA", "US", "America",
                                   "American", "Americans"])


def _fahrenheit(claim: Claim, text: str, american: bool) -> bool:
    """Whether a bare reading of degrees is Fahrenheit."""
    named = _scale_named_after(claim, text)
    if named:
        return named == "fahrenheit"  # "212° on the Fahrenheit scale"
    return american or _too_hot(claim, text) or _oven_in_fahrenheit(claim, text)
