"""Check throughput: 10,000 claims against a 100,000-row synthetic reference table.

Usage::

    python benchmarks/bench_check.py [--rows 100000] [--claims 10000] [--seed 7]
                                     [--traced-memory]

The table and the article are generated here, deterministically from the seed:
rows are figures about (indicator, place, year) triples in units of several
dimensions; the article has one sentence per claim, most naming a row's
indicator and place (some with a hedge or a bound, some in a convertible unit),
the rest about things no row describes.  The claims are built directly (parsing
is measured by bench_speed.py), so the time is the checker's alone: building the
index once, then matching and comparing every claim.  Prints the times, claims
per second, the process's peak resident memory and the verdict counts; with
``--traced-memory``, peak traced Python memory from a second run under
tracemalloc, kept out of the timed run because tracemalloc slows Python several
times over.  Target (issue 3): under 10 s on one core.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter
from decimal import Decimal
from types import SimpleNamespace
from typing import List, Tuple

from factcheck import units
from factcheck.check import check_claims, index_for
from factcheck.claims import Claim, ReferenceRow

INDICATORS = [
    "unemployment rate", "youth unemployment rate", "inflation rate", "population",
    "hospital beds", "road length", "rail network length", "wheat harvest", "rice harvest",
    "steel output", "defence budget", "health budget", "school pupils", "teacher vacancies",
    "wind capacity", "solar capacity", "coal output", "car exports", "tourist arrivals",
    "measles cases", "asylum applications", "forest area", "rainfall", "average temperature",
]
UNITS = {
    "unemployment rate": "percent", "youth unemployment rate": "percent",
    "inflation rate": "percent", "population": "person", "hospital beds": "bed",
    "road length": "kilometer", "rail network length": "kilometer",
    "wheat harvest": "metric_ton", "rice harvest": "metric_ton", "steel output": "metric_ton",
    "defence budget": "USD", "health budget": "EUR", "school pupils": "pupil",
    "teacher vacancies": "vacancy", "wind capacity": "megawatt", "solar capacity": "megawatt",
    "coal output": "metric_ton", "car exports": "car", "tourist arrivals": "arrival",
    "measles cases": "case", "asylum applications": "application", "forest area": "hectare",
    "rainfall": "millimeter", "average temperature": "degree_Celsius",
}
DIMENSIONS = {"percent": "percent", "person": "count", "bed": "count", "kilometer": "length",
              "metric_ton": "mass", "USD": "currency", "EUR": "currency", "pupil": "count",
              "vacancy": "count", "megawatt": "power", "car": "count", "arrival": "count",
              "case": "count", "application": "count", "hectare": "area",
              "millimeter": "length", "degree_Celsius": "temperature", "mile": "length"}
SYLLABLES = ["ka", "lo", "mir", "ta", "ven", "dor", "sa", "bel", "run", "qui", "zen", "pol",
             "ar", "est", "ni", "gor", "ula", "tem", "ois", "bra"]


def place_names(rng: random.Random, count: int) -> List[str]:
    """Distinct invented place names, capitalised ("Kaloven")."""
    names = set()
    while len(names) < count:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize())
    return sorted(names)


def make_rows(rng: random.Random, count: int) -> List[ReferenceRow]:
    places = place_names(rng, max(count // (len(INDICATORS) * 4), 10))
    rows = []
    for i in range(count):
        indicator = INDICATORS[i % len(INDICATORS)]
        place = places[(i // len(INDICATORS)) % len(places)]
        year = 2015 + (i // (len(INDICATORS) * len(places))) % 10
        unit = UNITS[indicator]
        value = Decimal(rng.randint(10, 900_000)) if unit != "percent" \
            else Decimal(rng.randint(10, 300)) / 10
        rows.append(ReferenceRow(id=f"r{i}", subject=f"{indicator.capitalize()} in {place}",
                                 value=value, low=None, high=None, unit=unit,
                                 dimension=DIMENSIONS[unit], as_of=str(year),
                                 location=f"synthetic.csv:{i + 2}"))
    return rows


def make_article(rng: random.Random, rows: List[ReferenceRow],
                 count: int) -> Tuple[str, List[Claim]]:
    """One sentence per claim; returns the text and the claims with their spans."""
    parts: List[str] = []
    claims: List[Claim] = []
    offset = 0
    for n in range(count):
        row = rng.choice(rows)
        assert row.value is not None
        kind, unit, qualifier = "point", row.unit, ""
        value = row.value * Decimal(rng.choice(["1", "1", "1", "1.3", "0.7"]))
        if n % 10 == 9:
            sentence_head = "Officials praised the new stadium, which seats"
            unit = "seat"
        else:
            indicator, _, place = row.subject.partition(" in ")
            sentence_head = f"In {row.as_of}, the {indicator.lower()} in {place} was"
        if n % 7 == 3:
            kind, qualifier = "approx", "about"
        number = f"{value:f}"
        if unit == "kilometer" and n % 5 == 0:
            unit, value = "mile", (value / Decimal("1.609344")).quantize(Decimal(1))
            number = f"{value:f}"
        surface = f"{qualifier + ' ' if qualifier else ''}{number} {unit}"
        sentence = f"{sentence_head} {surface}."
        start = offset + len(sentence_head) + 1
        claims.append(Claim(text=surface, span=(start, start + len(surface)), value=value,
                            low=value, high=value, kind=kind, unit=unit,
                            dimension=DIMENSIONS.get(unit, "count"),
                            sentence=(offset, offset + len(sentence)), qualifier=qualifier,
                            precision=Decimal(1)))
        parts.append(sentence)
        offset += len(sentence) + 1
    return "\n".join(parts), claims


def _traced_peak(rows: List[ReferenceRow], claims: List[Claim], text: str) -> int:
    """Peak traced Python memory of a second, untimed run: tracemalloc hooks every
    allocation and would slow the timed run several times over."""
    tracemalloc.start()
    table = SimpleNamespace(rows=tuple(rows), paths=("synthetic.csv",))
    index_for(table)
    check_claims(claims, table, text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--traced-memory", action="store_true",
                        help="after the timed run, check again under tracemalloc (which slows "
                             "Python several times over) to report peak traced memory")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    rows = make_rows(rng, args.rows)
    text, claims = make_article(rng, rows, args.claims)
    loading = time.process_time()
    units.registry()
    loading = time.process_time() - loading
    started, cpu_started = time.perf_counter(), time.process_time()
    table = SimpleNamespace(rows=tuple(rows), paths=("synthetic.csv",))
    index_for(table)
    built, cpu_built = time.perf_counter(), time.process_time()
    verdicts = check_claims(claims, table, text)
    done, cpu_done = time.perf_counter(), time.process_time()
    peak = _traced_peak(rows, claims, text) if args.traced_memory else 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    counts = Counter(v.status for v in verdicts)
    print(f"rows: {len(rows):,}  claims: {len(claims):,}")
    print(f"pint unit registry, loaded once per process before timing: {loading:.2f} s CPU")
    print("               wall      CPU (one core)")
    print(f"index build: {built - started:6.2f} s  {cpu_built - cpu_started:6.2f} s")
    print(f"check:       {done - built:6.2f} s  {cpu_done - cpu_built:6.2f} s"
          f"  ({len(claims) / (cpu_done - cpu_built):,.0f} claims per CPU second)")
    print(f"total:       {done - started:6.2f} s  {cpu_done - cpu_started:6.2f} s  (target < 10 s)")
    if peak:
        print(f"peak traced Python memory: {peak / 2**20:.0f} MB")
    print(f"peak resident memory: {rss:.0f} MB")
    print("verdicts: " + ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
