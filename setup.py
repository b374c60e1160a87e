"""Build hook: the metadata lives in setup.cfg; this file only decides about compiling.

By default factcheck builds as pure Python.  ``FACTCHECK_COMPILE=1 pip install .`` compiles
the parser's hot modules with mypyc (as black does), which roughly doubles extraction
throughput; ``benchmarks/bench_speed.py --compiled`` measures it.  Keep editable installs
pure: a compiled module would shadow later edits to its ``.py`` file.  Build from a tree
without a ``build/`` folder: setuptools reuses one, and a module compiled earlier (one since
dropped from COMPILED_MODULES, say) would enter the wheel.
"""
import os
import sys

from setuptools import setup

#: the extraction pipeline; the checker, CLI and reports stay pure Python.  claims.py stays
#: pure too: finish_claim (sentence.py) fills a Claim's __dict__, which a compiled (native)
#: class has not
COMPILED_MODULES = [
    "factcheck/lexicon.py",
    "factcheck/text.py",
    "factcheck/numerals.py",
    "factcheck/units.py",
    "factcheck/sentence.py",
    "factcheck/nouns.py",
    "factcheck/changes.py",
    "factcheck/hedges.py",
    "factcheck/word_amounts.py",
    "factcheck/bands.py",
    "factcheck/race_times.py",
    "factcheck/magnitudes.py",
    "factcheck/gold_purity.py",
    "factcheck/water_resistance.py",
    "factcheck/horse_heights.py",
    "factcheck/unit_fractions.py",
    "factcheck/blood_pressure.py",
    "factcheck/data_rates.py",
    "factcheck/shutter_speeds.py",
    "factcheck/old_money.py",
    "factcheck/cued_units.py",
    "factcheck/unit_expressions.py",
    "factcheck/clock_times.py",
    "factcheck/sport_labels.py",
    "factcheck/software_labels.py",
    "factcheck/not_claims.py",
    "factcheck/ranges.py",
    "factcheck/reading.py",
    "factcheck/neighbours.py",
    "factcheck/subjects.py",
    "factcheck/pence_rates.py",
    "factcheck/parse.py",
    "factcheck/local_currency.py",
    "factcheck/temperature_scale.py",
    "factcheck/cleanup.py",
    "factcheck/age_tags.py",
    "factcheck/clause_rates.py",
    "factcheck/early_years.py",
    "factcheck/furlongs.py",
    "factcheck/fx_pairs.py",
    "factcheck/hardware_models.py",
    "factcheck/scale_headers.py",
    "factcheck/slash_lists.py",
    "factcheck/table_columns.py",
]


def compiled_extensions():
    """mypyc extension modules when FACTCHECK_COMPILE=1, else none."""
    if os.environ.get("FACTCHECK_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        # first pass of a PEP 517 build: setuptools is only collecting setup_requires
        print("factcheck: mypyc not importable yet; building without compiled modules",
              file=sys.stderr)
        return []
    return mypycify(COMPILED_MODULES, opt_level="3", group_name="factcheck")


setup(
    ext_modules=compiled_extensions(),
    setup_requires=["mypy>=1.10"] if os.environ.get("FACTCHECK_COMPILE") == "1" else [],
)
