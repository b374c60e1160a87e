#!/usr/bin/env python3
"""Build the Vlachos & Riedel 2015 knowledge base as a factcheck reference table.

    python benchmarks/vlachos_reference.py DATA_DIR [--out DIR]

DATA_DIR is the folder of the collection (the one holding ``claims.csv`` and
``original/``).  Writes ``vlachos-reference.csv`` into ``--out`` (a new temporary folder
by default) and prints its path.  The collection has no licence: this script only reads
it, and the table it writes must stay outside the repository.

One row per (country, property) value of the Freebase knowledge base: 175 regions × 24
statistical properties, 3,957 values.  The rows are made by general rules, never from the
labelled sentences:

- ``id`` is ``<country>/<property>``, e.g. ``Canada/population``;
- ``subject`` is the property's Freebase display name and the country: "Population of
  Canada";
- ``keywords`` are the country's aliases (``original/aliases.json`` and the spellings in
  ``original/locationNames``) and the everyday names of the property (``PROPERTY_WORDS``);
- ``unit`` follows the property's Freebase ``expectedType`` (``UNIT_BY_TYPE``): money in
  USD, percentages in percent, days, cubic metres, and a plain number for floats and
  indices (so life expectancy, a ``dated_float``, is plain too, although it is counted in
  years). The integers count something, and the claim conventions write a count as its
  singular noun: population, armed forces and net migration count a ``person``
  (``COUNTED_NOUN``);
- ``as_of`` stays empty: the knowledge base dates its values only as 2010–2014.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

KB_FILE = Path("original") / "allCountriesPost2010-2014Filtered15-150.json"
PROPERTIES_FILE = Path("original") / "propertiesOfInterest.json"
ALIASES_FILE = Path("original") / "aliases.json"
LOCATION_NAMES_FILE = Path("original") / "locationNames"
PROPERTY_PREFIX = "/location/statistical_region/"
SOURCE = "Freebase 2010-2014 via Vlachos & Riedel 2015 (allCountriesPost2010-2014Filtered15-150)"
OUTPUT_NAME = "vlachos-reference.csv"

#: Freebase expectedType → our unit; "" is a plain number
UNIT_BY_TYPE = {
    "/measurement_unit/dated_integer": "",
    "/measurement_unit/dated_float": "",
    "/measurement_unit/dated_index_value": "",
    "/measurement_unit/dated_percentage": "percent",
    "/measurement_unit/dated_money_value": "USD",
    "/measurement_unit/adjusted_money_value": "USD",
    "/measurement_unit/dated_cubic_meters": "cubic meter",
    "/measurement_unit/dated_days": "day",
}
#: the everyday names of each property, as a newspaper or statistics office writes them.
#: Each phrase names its property alone: words several properties share ("per capita",
#: "growth rate", "PPP") stay in the subjects, where they count, but are no keyword, which
#: a text containing it in full would otherwise credit to every property that has it.
PROPERTY_WORDS: Dict[str, Tuple[str, ...]] = {
    "consumer_price_index": ("consumer price index", "CPI", "price index"),
    "cpi_inflation_rate": ("inflation", "inflation rate", "consumer price inflation"),
    "diesel_price_liter": ("diesel", "diesel price", "diesel fuel", "pump price", "litre",
                           "liter"),
    "fertility_rate": ("fertility", "fertility rate", "births per woman",
                       "children per woman"),
    "foreign_direct_investment_net_inflows": ("foreign direct investment", "FDI"),
    "gdp_growth_rate": ("GDP growth", "GDP growth rate", "economic growth"),
    # nominal means at current prices, real at constant prices: the words statistics
    # offices print beside each
    "gdp_nominal": ("GDP", "gross domestic product", "nominal GDP", "GDP at current prices"),
    "gdp_nominal_per_capita": ("GDP per capita", "gross domestic product per capita",
                               "per capita GDP"),
    "gdp_real": ("real GDP", "GDP at constant prices", "constant prices"),
    "gni_in_ppp_dollars": ("GNI", "gross national income"),
    "gni_per_capita_in_ppp_dollars": ("GNI per capita", "gross national income per capita",
                                      "per capita GNI"),
    "health_expenditure_as_percent_of_gdp": ("health expenditure", "health spending",
                                             "spending on health", "health care spending"),
    "internet_users_percent_population": ("internet users", "internet penetration",
                                          "internet access"),
    "labor_participation_rate": ("labor force participation", "labour force participation",
                                 "participation rate"),
    "life_expectancy": ("life expectancy", "life span"),
    "merchandise_trade_percent_of_gdp": ("merchandise trade", "trade in goods"),
    "net_migration": ("net migration", "migrants", "migration"),
    "population": ("population", "inhabitants", "people", "residents"),
    "population_growth_rate": ("population growth", "population growth rate"),
    "prevalence_of_undernourisment": ("undernourishment", "undernourished", "hunger",
                                      "prevalence of undernourishment"),
    "renewable_freshwater_per_capita": ("renewable freshwater", "freshwater resources",
                                        "water resources", "renewable water"),
    "size_of_armed_forces": ("armed forces", "military personnel", "troops", "army",
                             "soldiers"),
    "time_required_to_start_a_business": ("start a business", "starting a business",
                                          "days to start a business"),
    "trade_balance_as_percent_of_gdp": ("trade balance", "balance of trade", "trade surplus",
                                        "trade deficit"),
}

#: what the ``dated_integer`` properties count, as issue 3's unit conventions want a count
#: written: the singular counted noun
COUNTED_NOUN = {"population": "person", "size_of_armed_forces": "person",
                "net_migration": "person"}

COLUMNS = ["id", "subject", "value", "unit", "keywords", "as_of", "source"]


def read_json(data_dir: Path, name: Path) -> dict:
    path = data_dir / name
    if not path.is_file():
        sys.exit(f"error: {path} not found; pass the folder of the Vlachos & Riedel collection")
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


#: words that say nothing about which country a name means
NAME_STOP_WORDS = frozenset({"and", "the", "of", "saint", "st"})


def name_words(name: str) -> set:
    """The telling words of a country name, lower case, accents and dots removed.

    >>> sorted(name_words("St. Vincent and the Grenadines"))
    ['grenadines', 'vincent']
    >>> sorted(name_words("São Tomé and Príncipe"))
    ['principe', 'sao', 'tome']
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return {w for w in folded.replace(".", " ").split() if w not in NAME_STOP_WORDS}


def location_spellings(data_dir: Path, countries: List[str]) -> Dict[str, List[str]]:
    """Extra spellings from ``locationNames``: each line names a country the KB knows
    under another spelling; it joins the KB country most of whose telling words it shares."""
    path = data_dir / LOCATION_NAMES_FILE
    extra: Dict[str, List[str]] = {}
    if not path.is_file():
        return extra
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if not name or name in countries:
            continue
        words = name_words(name)
        best = max(countries, key=lambda c: len(words & name_words(c)))
        if 2 * len(words & name_words(best)) >= len(name_words(best)):
            extra.setdefault(best, []).append(name)
    return extra


def unique(items: List[str]) -> List[str]:
    """``items`` without repeats (case-blind), first spelling kept.

    >>> unique(["GDP", "gdp", "PPP"])
    ['GDP', 'PPP']
    """
    seen = set()
    kept = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            kept.append(item)
    return kept


def format_value(value: float) -> str:
    """A KB float as the shortest exact decimal text.

    >>> format_value(34994000.0), format_value(1.52), format_value(82647.084624)
    ('34994000', '1.52', '82647.084624')
    """
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def reference_rows(data_dir: Path) -> Iterator[Dict[str, str]]:
    """The reference rows, country by country in KB order, properties sorted."""
    kb = read_json(data_dir, KB_FILE)
    properties = read_json(data_dir, PROPERTIES_FILE)
    aliases = read_json(data_dir, ALIASES_FILE)
    spellings = location_spellings(data_dir, list(kb))
    for country, values in kb.items():
        names = unique([country] + list(aliases.get(country, [])) + spellings.get(country, []))
        for key in sorted(values):
            prop = key[len(PROPERTY_PREFIX):] if key.startswith(PROPERTY_PREFIX) else key
            meta = properties.get(key, {})
            display = meta.get("name") or prop.replace("_", " ").capitalize()
            unit = COUNTED_NOUN.get(prop) or UNIT_BY_TYPE.get(meta.get("expectedType", ""), "")
            words = unique(names + [display] + list(PROPERTY_WORDS.get(prop, ())))
            yield {
                "id": f"{country}/{prop}",
                "subject": f"{display} of {country}",
                "value": format_value(values[key]),
                "unit": unit,
                "keywords": ";".join(w.replace(";", ",") for w in words),
                "as_of": "",
                "source": SOURCE,
            }


def write_reference(data_dir: Path, out_dir: Path) -> Path:
    """Write the table as CSV into ``out_dir`` and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / OUTPUT_NAME
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(reference_rows(data_dir))
    return path


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="the Vlachos & Riedel 2015 folder")
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for vlachos-reference.csv (default: a new temporary one)")
    args = parser.parse_args(argv)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="vlachos-"))
    print(write_reference(args.data_dir, out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
