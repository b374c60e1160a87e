"""Tables for factcheck.units: the unit after a number, the currency before it,
rate tails, canonical reference-table units, conversions.

Each row is one real phrasing and its id is the phrase.  New rows go in the
list named for where the phrase came from: ``NEWS_AFTER`` (units after a number
in news copy), ``SYMBOLS_AFTER`` (symbols glued to numbers), ``NOT_UNITS``
(counted nouns and words that must not read as units), ``CURRENCY_BEFORE``,
``PER_TAILS``, ``CANONICAL`` / ``CANONICAL_FAILS`` (reference-table spellings)
and ``CONVERSIONS``.  The canonical strings are the benchmark scorer's:
pint's own spelling for physical units, ISO 4217 codes for money.
"""
from __future__ import annotations

import re
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import List, Tuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import UnitError
from factcheck.units import (UnitMatch, canonical_unit, compatible, compose, convert,
                             dimension_of, is_unit_word, match_per_after, match_unit_after,
                             match_unit_before, singular)


def after(phrase: str, number: str, unit: str, surface: str, dimension: str = "",
          factor: str = "1"):
    """A row: in ``phrase``, the unit after ``number`` is ``unit`` written ``surface``."""
    return pytest.param(phrase, number, unit, surface, dimension, Decimal(factor), id=phrase)


NEWS_AFTER = [
    after("62 miles", "62", "mile", "miles", "length"),
    after("the debris field stretched for some 11 km, as predicted", "11", "kilometer", "km"),
    after("a six-year term", "six", "year", "year", "time"),
    after("a 15-year-old student", "15", "year", "year-old"),
    after("he is 44 years old", "44", "year", "years old"),
    after("three months", "three", "month", "months"),
    after("two weeks later", "two", "week", "weeks"),
    after("spent the last 200 days in space", "200", "day", "days"),
    after("another two hours to do it", "two", "hour", "hours"),
    after("8 minutes", "8", "minute", "minutes"),
    after("shaving 10 seconds", "10", "second", "seconds"),
    after("two decades of war", "two", "decade", "decades", "time"),
    after("temperatures dropped by 1.5 degrees Celsius", "1.5", "degree_Celsius",
          "degrees Celsius", "temperature"),
    after("it reached 104 degrees Fahrenheit", "104", "degree_Fahrenheit", "degrees Fahrenheit"),
    after("a high of 40 °C", "40", "degree_Celsius", "°C"),
    after("a high of 40° C", "40", "degree_Celsius", "° C"),
    after("a low of 5 deg C", "5", "degree_Celsius", "deg C"),
    after("about 90 degrees F in the shade", "90", "degree_Fahrenheit", "degrees F"),
    after("a departure angle of 37.5 degrees", "37.5", "degree", "degrees", "angle"),
    after("driving range of 252 miles", "252", "mile", "miles"),
    after("measure 15.5 cm (6.1 inches)", "6.1", "inch", "inches"),
    after("some 37 metres long", "37", "meter", "metres"),
    after("1,200 feet", "1,200", "foot", "feet"),
    after("a 1.0 litre engine", "1.0", "liter", "litre", "volume"),
    after("1/16 of a US gallon", "16", "", "", ""),
    after("3 tablespoons butter", "3", "tablespoon", "tablespoons"),
    after("1/2 cup olive oil", "2", "cup", "cup"),
    after("the 24.5 cubic feet boot", "24.5", "foot ** 3", "cubic feet", "volume"),
    after("311 square miles off Morro Bay", "311", "mile ** 2", "square miles", "area"),
    after("a 570 sq m space", "570", "meter ** 2", "sq m", "area"),
    after("a 45-acre site", "45", "acre", "acre", "area"),
    after("12,000 hectares", "12,000", "hectare", "hectares"),
    after("12 tonnes", "12", "metric_ton", "tonnes", "mass"),
    after("8 tons of cargo", "8", "ton", "tons"),
    after("two pounds of beef", "two", "pound", "pounds", "mass"),
    after("a 2.5 kilo bag", "2.5", "kilogram", "kilo"),
    after("9 ounces", "9", "ounce", "ounces"),
    after("30 gigawatts of offshore wind", "30", "gigawatt", "gigawatts", "power"),
    after("an 8.5 kW system", "8.5", "kilowatt", "kW"),
    after("a 500 MW plant", "500", "megawatt", "MW"),
    after("used 3,000 kWh last year", "3,000", "kilowatt_hour", "kWh", "energy"),
    after("consumed 25 TWh", "25", "terawatt_hour", "TWh"),
    after("938 horsepower", "938", "horsepower", "horsepower", "power"),
    after("a 4500 mAh battery", "4500", "milliampere_hour", "mAh"),
    after("87 mph", "87", "mile / hour", "mph", "speed"),
    after("140 km/h if you opt", "140", "kilometer / hour", "km/h", "speed"),
    after("50 kph", "50", "kilometer / hour", "kph"),
    after("winds of 60 miles per hour", "60", "mile / hour", "miles per hour", "speed"),
    after("speeds of up to 200 metres per second", "200", "meter / second",
          "metres per second", "speed"),
    after("gusts of 40 knots", "40", "knot", "knots", "speed"),
    after("at 256 GB of storage", "256", "gigabyte", "GB", "information"),
    after("a 100 MB file", "100", "megabyte", "MB"),
    after("a 64-bit processor", "64", "bit", "bit", "information"),
    after("a 120 Hz display", "120", "hertz", "Hz", "frequency"),
    after("113 gigapascals (GPa)", "113", "gigapascal", "gigapascals", "pressure"),
    after("4 ppb below the limit", "4", "ppb", "ppb", "ratio"),
    after("1200 parts per million", "1200", "ppm", "parts per million", "ratio"),
    after("2000 calories a day", "2000", "kilocalorie / day", "calories a day", "power"),
    after("up about 19 per cent", "19", "percent", "per cent", "percent"),
    after("fell 7%", "7", "percent", "%", "percent"),
    after("rose 5 percent", "5", "percent", "percent"),
    after("a 3.5 pct rise", "3.5", "percent", "pct"),
    after("fell by 3 percentage points", "3", "percentage_point", "percentage points",
          "percentage_point"),
    after("a 0.5 pp gap", "0.5", "percentage_point", "pp"),
    after("a 60 basis point improvement", "60", "basis_point", "basis point", "basis_point"),
    after("cut by 25 bps", "25", "basis_point", "bps"),
    after("grew 5% a year", "5", "percent / year", "% a year", "rate"),
    after("800,000 barrels a day", "800,000", "barrel / day", "barrels a day", "flow"),
    after("1.2 million barrels per day", "million", "barrel / day", "barrels per day"),
    after("10 million bpd", "million", "barrel / day", "bpd", "flow"),
    after("5 tonnes of CO2 a year", "5", "metric_ton / year", "tonnes of CO2 a year",
          "mass_flow"),
    after("1.5 billion tonnes of carbon dioxide per year", "billion", "metric_ton / year",
          "tonnes of carbon dioxide per year"),
    after("120 kWh/year", "120", "kilowatt_hour / year", "kWh/year", "power"),
    after("15 km/h,", "15", "kilometer / hour", "km/h", "speed"),
    after("11 FEET per century", "11", "foot / century", "FEET per century", "speed"),
    after("36 miles per gallon", "36", "mile / gallon", "miles per gallon", "fuel_economy"),
    after("25 mpg", "25", "mile / gallon", "mpg", "fuel_economy"),
    after("20 mg/kg", "20", "milligram / kilogram", "mg/kg", "rate"),
    after("a 25-million-dollar reward", "million", "USD", "dollar", "currency"),
    after("10 euros", "10", "EUR", "euros", "currency"),
    after("10.5 million Australian dollars", "million", "AUD", "Australian dollars"),
    after("5 U.S. dollars", "5", "USD", "U.S. dollars"),
    after("selling for 8,000 yuan", "8,000", "CNY", "yuan"),
    after("1 trillion rupees", "trillion", "INR", "rupees"),
    after("500 rubles", "500", "RUB", "rubles"),
    after("300 roubles", "300", "RUB", "roubles"),
    after("2 billion rials", "billion", "IRR", "rials"),
    after("40 riyals", "40", "SAR", "riyals"),
    after("20 dirhams", "20", "AED", "dirhams"),
    after("50 pesos", "50", "MXN", "pesos"),
    after("42 bucks", "42", "USD", "bucks"),
    after("150 shekels", "150", "ILS", "shekels"),
    after("10 pounds sterling", "10", "GBP", "pounds sterling"),
    after("20 Egyptian pounds", "20", "EGP", "Egyptian pounds"),
    after("42 EGP", "42", "EGP", "EGP"),
    after("5 USD", "5", "USD", "USD"),
    after("was up 19 cents", "19", "USD", "cents", "currency", "0.01"),
    after("50 pence", "50", "GBP", "pence", "currency", "0.01"),
    after("89p a kilo", "89", "GBP / kilogram", "p a kilo", "rate", "0.01"),
    after("rose 18 sen", "18", "MYR", "sen", "currency", "0.01"),
    after("4 cents per share", "4", "USD / share", "cents per share", "rate", "0.01"),
    after("5 dollars a barrel", "5", "USD / barrel", "dollars a barrel", "rate"),
    after("profit improved to 361 million pounds", "million", "GBP", "pounds", "currency"),
    after("2 million pounds of beef", "million", "pound", "pounds", "mass"),
    after("a £5m pounds deal", "5m", "GBP", "pounds", "currency"),
    after("a 52,000 barrel-a-day refinery", "52,000", "barrel / day", "barrel-a-day", "flow"),
    after("275 pound-feet of torque", "275", "foot * force_pound", "pound-feet", "energy"),
    after("about 80 m.p.h.", "80", "mile / hour", "m.p.h.", "speed"),
    after("10.5 celcius", "10.5", "degree_Celsius", "celcius", "temperature"),
    after("7.5 million Danish crowns", "million", "DKK", "Danish crowns", "currency"),
    after("420 million Finnish markka", "million", "FIM", "Finnish markka", "currency"),
    after("sales rose 4% a year earlier", "4", "percent", "%", "percent"),
]

SYMBOLS_AFTER = [
    after("40C", "40", "degree_Celsius", "C", "temperature"),
    after("-5°C", "5", "degree_Celsius", "°C"),
    after("104F.", "104", "degree_Fahrenheit", "F"),
    after("a 5km run", "5", "kilometer", "km"),
    after("a 37m skeleton", "37", "meter", "m"),
    after("50mL of acid", "50", "milliliter", "mL", "volume"),
    after("500mg tablets", "500", "milligram", "mg", "mass"),
    after("25g of sugar", "25", "gram", "g"),
    after("1.5mm internal diameter", "1.5", "millimeter", "mm"),
    after("a 5-10W laser", "10", "watt", "W", "power"),
    after("a 2.0L engine", "2.0", "liter", "L", "volume"),
    after("190 km2", "190", "kilometer ** 2", "km2", "area"),
    after("190 km²", "190", "kilometer ** 2", "km²", "area"),
    after("4km^3", "4", "kilometer ** 3", "km^3", "volume"),
    after("816 000 t", "000", "metric_ton", "t", "mass"),
    after("20%", "20", "percent", "%", "percent"),
    after("24h news", "24", "hour", "h", "time"),
    after("20 lbs", "20", "pound", "lbs"),
    after("6 ft tall", "6", "foot", "ft"),
    after("2.4GHz toy", "2.4", "gigahertz", "GHz", "frequency"),
    after("2.4Ghz toy", "2.4", "gigahertz", "Ghz"),
    after("5 Mt of CO2", "5", "megametric_ton", "Mt", "mass"),
    after("100 Mbps", "100", "megabit / second", "Mbps", "data_rate"),
    after("2.14degF (1.19deg C)", "2.14", "degree_Fahrenheit", "degF", "temperature"),
    after("The angle is 0.8rad", "0.8", "radian", "rad", "angle"),
    after("the cost is 100元!", "100", "CNY", "元", "currency"),
    after("42RM", "42", "MYR", "RM", "currency"),
    after("5 € each", "5", "EUR", "€", "currency"),
    after("150 kn", "150", "", "", ""),
]


@pytest.mark.parametrize("phrase, number, unit, surface, dimension, factor",
                         NEWS_AFTER + SYMBOLS_AFTER)
def test_match_unit_after(phrase: str, number: str, unit: str, surface: str, dimension: str,
                          factor: Decimal) -> None:
    pos = phrase.rindex(number) + len(number)
    found = match_unit_after(phrase, pos)
    if not unit:
        assert found is None
        return
    assert found is not None
    assert (found.unit, found.text, found.factor) == (unit, surface, factor)
    assert phrase[found.start:found.end] == found.text
    if dimension:
        assert found.dimension == dimension


NOT_UNITS = [
    ("up to 3,000 drones", "3,000"),
    ("won by 5 points", "5"),
    ("a 500-strong crowd", "500"),
    ("600 Shahed drones", "600"),
    ("three million people", "million"),
    ("5 mice", "5"),
    ("in the 1990s", "1990"),
    ("the 5th of May", "5"),
    ("at 5 pm", "5"),
    ("at 9 am", "9"),
    ("25 in the race", "25"),
    ("2 a day", "2"),
    pytest.param("5m people", "5", marks=pytest.mark.xfail(
        strict=True, reason="a glued 'm' reads as metres; 'million' is the numerals' call"),
        id="5m people"),
    ("$5bn", "5"),
    ("3 hands", "3"),
    ("Section 5 C of the act", "5"),
    ("10 K-pop stars", "10"),
    ("seven cups", "seven"),
    ("40 C-130 aircraft", "40"),
    ("4 units", "4"),
    ("two quarters", "two"),
    ("3 bars", "3"),
    ("5 sets", "5"),
    ("3-2", "3"),
    ("COVID-19 tests", "19"),
    ("won 5 games", "5"),
    ("Boeing 737 Max jets", "737"),
    ("F-16 jets", "16"),
    ("5 stones", "5"),
    ("the A 5 road", "5"),
    ("1,463.87 points", "1,463.87"),
    ("during 2016 Stone spoke", "2016"),
]


@pytest.mark.parametrize("phrase, number", [
    row if isinstance(row, type(pytest.param())) else pytest.param(*row, id=row[0])
    for row in NOT_UNITS])
def test_not_units(phrase: str, number: str) -> None:
    pos = phrase.rindex(number) + len(number)
    if phrase == "seven cups":
        # cup is a unit; this row guards that a counted noun next to it is not
        assert match_unit_after(phrase, pos) is not None
        return
    assert match_unit_after(phrase, pos) is None


CURRENCY_BEFORE = [
    ("$25 million", "25", "USD", "$"),
    ("US$4.7 billion", "4.7", "USD", "US$"),
    ("US $58.24 per barrel", "58.24", "USD", "US $"),
    ("U.S.$1.2bn", "1.2", "USD", "U.S.$"),
    ("C$ 16.4 million", "16.4", "CAD", "C$"),
    ("A$300", "300", "AUD", "A$"),
    ("HK$3.7 billion", "3.7", "HKD", "HK$"),
    ("HK $3.7 billion", "3.7", "HKD", "HK $"),
    ("NZ$15", "15", "NZD", "NZ$"),
    ("S$1mil", "1", "SGD", "S$"),
    ("R$ 50", "50", "BRL", "R$"),
    ("€40m", "40", "EUR", "€"),
    ("£40m", "40", "GBP", "£"),
    ("¥28,030", "28,030", "JPY", "¥"),
    ("₹500 crore", "500", "INR", "₹"),
    ("₽100", "100", "RUB", "₽"),
    ("₩5,000", "5,000", "KRW", "₩"),
    ("₪20", "20", "ILS", "₪"),
    ("Rs 5 lakh", "5", "INR", "Rs"),
    ("Rs.5 lakh", "5", "INR", "Rs."),
    ("USD 5 million", "5", "USD", "USD"),
    ("INR1 trillion", "1", "INR", "INR"),
    ("RM23.50", "23.50", "MYR", "RM"),
    ("EUR 20", "20", "EUR", "EUR"),
    ("usd 20", "20", "USD", "usd"),
    ("paid $ 500", "500", "USD", "$"),
    ("₿21,000,000", "21,000,000", "BTC", "₿"),
    ("about $US113 trillion", "113", "USD", "$US"),
    ("($A82,615,680)", "82", "AUD", "$A"),
    ("c $ 16.4 million", "16.4", "CAD", "c $"),
    ("aud$ 15", "15", "AUD", "aud$"),
    ("Sell Mex$ 10 million", "10", "MXN", "Mex$"),
]
NOT_CURRENCY_BEFORE = [
    ("about 5", "5"),
    ("try 5 times", "5"),
    ("Top 5 songs", "5"),
    ("BRM5", "5"),
    ("ABCUSD 5", "5"),
    ("I have 5", "5"),
    ("a 500", "500"),
    ("", ""),
]


@pytest.mark.parametrize("phrase, number, unit, marker", [
    pytest.param(*row, id=row[0]) for row in CURRENCY_BEFORE])
def test_match_unit_before(phrase: str, number: str, unit: str, marker: str) -> None:
    pos = phrase.index(number)
    found = match_unit_before(phrase, pos)
    assert found is not None
    assert (found.unit, found.text, found.dimension) == (unit, marker, "currency")
    assert phrase[found.start:found.end] == marker


@pytest.mark.parametrize("phrase, number", [
    pytest.param(*row, id=row[0] or "empty") for row in NOT_CURRENCY_BEFORE])
def test_not_currency_before(phrase: str, number: str) -> None:
    assert match_unit_before(phrase, phrase.index(number)) is None


#: one-letter markers that are money only before a number written as money: the marker is
#: found, flagged ``scaled``, and the parser keeps the number bare unless it is an amount
SCALED_ONLY = [("R2-D2", "2"), ("N95 masks", "95"), ("R18.99", "18.99")]


@pytest.mark.parametrize("phrase, number", [pytest.param(*row, id=row[0])
                                            for row in SCALED_ONLY])
def test_one_letter_markers_are_scaled_only(phrase: str, number: str) -> None:
    found = match_unit_before(phrase, phrase.index(number))
    assert found is not None and found.scaled


PER_TAILS = [
    ("$3.50 per gallon", "$3.50", "gallon", "volume", " per gallon"),
    ("$1,271.2 an ounce", "$1,271.2", "ounce", "mass", " an ounce"),
    ("$3500 a month mortgage", "$3500", "month", "time", " a month"),
    ("$15.4/hour", "$15.4", "hour", "time", "/hour"),
    ("$350 per kg", "$350", "kilogram", "mass", " per kg"),
    ("$5 per share", "$5", "share", "count", " per share"),
    ("$42 per square foot", "$42", "foot ** 2", "area", " per square foot"),
    ("$80 a barrel", "$80", "barrel", "volume", " a barrel"),
    ("£9.99 a-year", "£9.99", "year", "time", " a-year"),
    ("€2 /litre", "€2", "liter", "volume", " /litre"),
    ("$10 per person", "$10", "person", "count", " per person"),
    ("1,015 francs a share", "1,015 francs", "share", "count", " a share"),
    ("$52 a barrel in October", "$52", "barrel", "volume", " a barrel"),
]
NOT_PER_TAILS = [
    ("$5 a piece", "$5"),
    ("$5 per cent", "$5"),
    ("$5 a shareholder", "$5"),
    ("$5 and/or", "$5"),
    ("$5 per the deal", "$5"),
    ("$5 in cash", "$5"),
    ("$6.78 billion a year earlier", "$6.78 billion"),
    ("14.7/ per security", "14.7"),
    ("$5 a week ago", "$5"),
]


@pytest.mark.parametrize("phrase, lead, unit, dimension, tail", [
    pytest.param(*row, id=row[0]) for row in PER_TAILS])
def test_match_per_after(phrase: str, lead: str, unit: str, dimension: str, tail: str) -> None:
    found = match_per_after(phrase, len(lead))
    assert found is not None
    assert (found.unit, found.dimension, found.text) == (unit, dimension, tail)
    assert phrase[found.start:found.end] == tail


@pytest.mark.parametrize("phrase, lead", [pytest.param(*row, id=row[0]) for row in NOT_PER_TAILS])
def test_not_per_tails(phrase: str, lead: str) -> None:
    assert match_per_after(phrase, len(lead)) is None


CANONICAL = [
    ("km", "kilometer"), ("kilometres", "kilometer"), ("Miles", "mile"), ("mi", "mile"),
    ("usd", "USD"), ("USD", "USD"), ("$", "USD"), ("euros", "EUR"), ("£", "GBP"),
    ("%", "percent"), ("per cent", "percent"), ("pp", "percentage_point"),
    ("percentage points", "percentage_point"), ("bps", "basis_point"),
    ("drones", "drone"), ("people", "person"), ("Shahed drones", "shahed drone"),
    ("", ""), ("  ", ""), ("degC", "degree_Celsius"), ("iPhones", "iphone"),
    ("°C", "degree_Celsius"),
    ("degree_Fahrenheit", "degree_Fahrenheit"), ("km/h", "kilometer / hour"),
    ("mph", "mile / hour"), ("kilometer / hour", "kilometer / hour"),
    ("USD per barrel", "USD / barrel"), ("USD/barrel", "USD / barrel"),
    ("USD / metric_ton", "USD / metric_ton"), ("EUR per meter ** 2", "EUR / meter ** 2"),
    ("barrels per day", "barrel / day"), ("tonnes", "metric_ton"),
    ("metric_ton / year", "metric_ton / year"), ("m**2", "meter ** 2"),
    ("meter ** 2", "meter ** 2"), ("square miles", "mile ** 2"), ("mile ** 2", "mile ** 2"),
    ("MW", "megawatt"), ("GWh", "gigawatt_hour"), ("years", "year"), ("year", "year"),
    ("decade", "decade"), ("ppb", "ppb"), ("count", ""), ("dimensionless", ""),
]


@pytest.mark.parametrize("name, unit", [pytest.param(*row, id=row[0] or "empty")
                                        for row in CANONICAL])
def test_canonical_unit(name: str, unit: str) -> None:
    assert canonical_unit(name) == unit


CANONICAL_FAILS = [
    ("km/hr/x", "unit 'km/hr/x' is not a unit expression pint can read ('x' is not defined "
                "in the unit registry); write a unit pint knows (e.g. 'km', "
                "'kilometer / hour', 'meter ** 2'), an ISO 4217 code, or a plain noun"),
    ("kilometr/h", "unit 'kilometr' looks like a misspelt 'kilometer'; write 'kilometer', or "
                   "a counted noun that is not a unit's near twin"),
    ("10 km", "unit '10 km' is not a unit expression pint can read"),
    ("m^^2", "unit 'm^^2' is not a unit expression pint can read"),
    # a scale in the unit cell would make "£m" a counted noun and the figures 10^6 too small
    ("£m", "unit '£m' holds a scale ('m', 'bn', 'thousands'), which would be read as a counted "
           "noun; write the full figure in the number column (810000000, not 0.81) and the "
           "plain unit here (GBP, person)"),
    ("USD bn", "unit 'USD bn' holds a scale"),
    ("thousand tonnes", "unit 'thousand tonnes' holds a scale"),
    # trade abbreviations that carry their scale are refused for the same reason
    ("mb/d", "unit 'mb/d' holds a scale (1000000 barrel / day); write the full figure in the "
             "number column and 'barrel / day' here"),
    ("bcm", "unit 'bcm' holds a scale (1000000000 meter ** 3)"),
]


@pytest.mark.parametrize("name, message", [pytest.param(*row, id=row[0])
                                           for row in CANONICAL_FAILS])
def test_canonical_unit_fails(name: str, message: str) -> None:
    with pytest.raises(UnitError) as info:
        canonical_unit(name)
    assert str(info.value).startswith(message)


DIMENSIONS = [
    ("kilometer", "length"), ("USD", "currency"), ("percent", "percent"),
    ("percentage_point", "percentage_point"), ("basis_point", "basis_point"),
    ("drone", "count"), ("", "dimensionless"), ("USD / barrel", "rate"),
    ("kilometer / hour", "speed"), ("mile / hour", "speed"), ("metric_ton", "mass"),
    ("meter ** 2", "area"), ("liter", "volume"), ("degree_Celsius", "temperature"),
    ("megawatt", "power"), ("kilowatt_hour", "energy"), ("gigabyte", "information"),
    ("year", "time"), ("barrel / day", "flow"), ("USD / gallon", "rate"),
    ("kilometer / second ** 2", "acceleration"),
]


@pytest.mark.parametrize("unit, dimension", [pytest.param(*row, id=row[0] or "empty")
                                             for row in DIMENSIONS])
def test_dimension_of(unit: str, dimension: str) -> None:
    assert dimension_of(unit) == dimension


CONVERSIONS = [
    ("62", "mile", "kilometer", "99.779328"),
    ("40", "degree_Celsius", "degree_Fahrenheit", "104"),
    ("104", "degree_Fahrenheit", "degree_Celsius", "40"),
    ("1", "metric_ton", "kilogram", "1000"),
    ("100", "kilometer / hour", "mile / hour", "62.13711922373339696174341844"),
    ("250", "basis_point", "percentage_point", "2.5"),
    ("1", "kilowatt_hour", "megajoule", "3.6"),
    ("2", "decade", "year", "20"),
    ("3.5", "USD / gallon", "USD / liter", "0.9246021832535"),
    ("5", "USD", "USD", "5"),
    ("1", "mile ** 2", "kilometer ** 2", "2.589988110336"),
]


@pytest.mark.parametrize("value, source, target, expected", [
    pytest.param(*row, id=f"{row[0]} {row[1]} -> {row[2]}") for row in CONVERSIONS])
def test_convert(value: str, source: str, target: str, expected: str) -> None:
    result = convert(Decimal(value), source, target)
    assert abs(result - Decimal(expected)) <= Decimal("1e-6") * max(1, abs(Decimal(expected)))


CONVERT_FAILS = [
    ("USD", "EUR", "cannot convert USD to EUR; money in different currencies is never "
                   "converted; compare like with like"),
    ("kilometer", "kilogram", "cannot convert kilometer to kilogram; compare quantities of "
                              "the same dimension"),
    ("percent", "percentage_point", "cannot convert percent to percentage_point; compare "
                                    "quantities of the same dimension"),
    ("drone", "person", "cannot convert drone to person; compare quantities of the same "
                        "dimension"),
    ("USD / barrel", "EUR / barrel", "cannot convert USD to EUR; money in different "
                                     "currencies is never converted; compare like with like"),
]


@pytest.mark.parametrize("source, target, message", [
    pytest.param(*row, id=f"{row[0]} -> {row[1]}") for row in CONVERT_FAILS])
def test_convert_fails(source: str, target: str, message: str) -> None:
    with pytest.raises(UnitError) as info:
        convert(Decimal(1), source, target)
    assert str(info.value) == message


COMPATIBLE = [
    ("mile", "kilometer", True), ("USD", "EUR", False), ("degree_Celsius", "kelvin", True),
    ("percent", "percentage_point", False), ("drone", "drone", True),
    ("drone", "person", False), ("basis_point", "percentage_point", True),
    ("USD / barrel", "USD / liter", True), ("metric_ton", "pound", True),
    ("kilometer", "hour", False),
]


@pytest.mark.parametrize("a, b, expected", [
    pytest.param(*row, id=f"{row[0]} ~ {row[1]}") for row in COMPATIBLE])
def test_compatible(a: str, b: str, expected: bool) -> None:
    assert compatible(a, b) is expected


SINGULARS = [
    ("drones", "drone"), ("people", "person"), ("countries", "country"), ("buses", "bus"),
    ("series", "series"), ("news", "news"), ("Americans", "american"), ("children", "child"),
    ("classes", "class"), ("boxes", "box"), ("churches", "church"), ("movies", "movie"),
    ("houses", "house"), ("analyses", "analysis"), ("status", "status"), ("gas", "gas"),
    ("wolves", "wolf"), ("drives", "drive"), ("homes", "home"), ("staff", "staff"),
]


@pytest.mark.parametrize("noun, expected", [pytest.param(*row, id=row[0]) for row in SINGULARS])
def test_singular(noun: str, expected: str) -> None:
    assert singular(noun) == expected


@pytest.mark.parametrize("word, expected", [
    pytest.param(w, e, id=w) for w, e in [("km", True), ("euros", True), ("%", True),
                                          ("drones", False), ("points", False),
                                          ("M", False), ("miles", True)]])
def test_is_unit_word(word: str, expected: bool) -> None:
    assert is_unit_word(word) is expected


@pytest.mark.parametrize("numerator, denominator, expected", [
    pytest.param("USD", "gallon", ("USD / gallon", "rate"), id="USD / gallon"),
    pytest.param("kilometer", "hour", ("kilometer / hour", "speed"), id="kilometer / hour"),
    pytest.param("barrel", "day", ("barrel / day", "flow"), id="barrel / day"),
    pytest.param("percent", "year", ("percent / year", "rate"), id="percent / year"),
])
def test_compose(numerator: str, denominator: str, expected: Tuple[str, str]) -> None:
    assert compose(numerator, denominator) == expected


def test_unit_match_is_frozen() -> None:
    found = match_unit_after("62 miles", 2)
    assert isinstance(found, UnitMatch)
    with pytest.raises(AttributeError):
        found.unit = "x"  # type: ignore[misc]


def test_extraction_path_builds_no_registry() -> None:
    """Matching, dimensions and reference spellings of known units never import pint."""
    code = (
        "import sys\n"
        "import factcheck.units as u\n"
        "u.match_unit_after('62 miles per hour', 2)\n"
        "u.match_unit_before('US$5', 3)\n"
        "u.match_per_after('$5 a gallon', 2)\n"
        "u.dimension_of('kilometer / hour'); u.dimension_of('drone')\n"
        "u.canonical_unit('km'); u.canonical_unit('USD per barrel')\n"
        "assert u.compatible('mile', 'kilometer') and not u.compatible('USD', 'EUR')\n"
        "assert u.registry.cache_info().currsize == 0, 'registry built'\n"
        "assert 'pint' not in sys.modules or 'factcheck.reference' in sys.modules\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.stdout.strip() == "ok", result.stderr


def test_lexicon_lines_are_well_formed() -> None:
    """Every data line has its fields, a known flag, and a dimension for real units."""
    from factcheck.lexicon import data_lines
    problems: List[str] = []
    for line in data_lines("unit_surfaces.txt"):
        fields = [f.strip() for f in line.split("|")]
        flags = set(f.strip() for f in fields[3].split(",")) if len(fields) > 3 else set()
        scales = {flag for flag in flags
                  if re.fullmatch(r"times (?:[1-9][0-9]*|0\.[0-9]*[1-9])", flag)}
        known = {"exact", "attached", "spaced", "apart"}
        if len(fields) not in (3, 4) or not fields[0] or flags - scales - known:
            problems.append(line)
        elif fields[1] != "-" and fields[2] in ("", "-"):
            problems.append(line)
    for line in data_lines("currencies.txt"):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) < 3 or fields[2] not in ("before", "after", "both"):
            problems.append(line)
    assert problems == []


@pytest.mark.parametrize("name", ["changes.txt", "hedges.txt", "hedges_after.txt"])
def test_phrase_tables_name_each_phrase_once(name: str) -> None:
    """A phrase written twice has its first meaning silently overridden by the second."""
    from factcheck.lexicon import data_lines
    phrases = [line.partition(" = ")[0] for line in data_lines(name) if " = " in line]
    assert sorted({p for p in phrases if phrases.count(p) > 1}) == []


@given(st.text(max_size=60), st.integers(min_value=0, max_value=70))
def test_matchers_never_raise_and_spans_slice_back(text: str, pos: int) -> None:
    for found in (match_unit_after(text, pos), match_per_after(text, pos),
                  match_unit_before(text, pos)):
        if found is not None:
            assert text[found.start:found.end] == found.text
            assert found.unit and found.dimension


@pytest.mark.parametrize("unit_text", [
    pytest.param("1-1-", id="1-1-1-…"), pytest.param("5 km per ", id="5 km per 5 km per …"),
    pytest.param("1 tonnes of aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ", id="long substance words"),
])
def test_matching_time_grows_linearly(unit_text: str) -> None:
    """A hundred times the text costs about a hundred times as long, never ten thousand."""
    def seconds(repeats: int) -> float:
        text = unit_text * repeats
        ends = [i + 1 for i, char in enumerate(text) if char.isdigit()]
        began = time.perf_counter()
        for end in ends:
            match_unit_after(text, end)
            match_unit_before(text, end - 1)
        return time.perf_counter() - began
    small = min(seconds(200) for _ in range(5))
    large = min(seconds(20000) for _ in range(2))
    assert large < 1000 * small


def test_generated_lexicon_is_current() -> None:
    """unit_surfaces.txt matches what tools/build_unit_lexicon.py makes, hand lines check out."""
    script = Path(__file__).resolve().parent.parent / "tools" / "build_unit_lexicon.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True,
                            text=True, check=False)
    assert (result.returncode, result.stderr) == (0, ""), result.stdout


def test_unit_factors_agree_with_pint():
    """data/unit_factors.txt spares extraction a pint import; it must say what pint says."""
    from factcheck.units import convert, unit_sizes
    for unit, (size, base) in unit_sizes().items():
        assert abs(convert(Decimal(1), unit, base) - size) <= Decimal("1e-20") * size, unit


def test_composite_measures_do_not_load_pint():
    """A cold extract of a composite measure stays fast: no pint import."""
    code = ("import sys, factcheck; factcheck.extract('He is 6ft 2in; it took 3 hours 48 "
            "minutes and 2 years, 3 months.'); print('pint' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
