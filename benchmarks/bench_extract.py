#!/usr/bin/env python3
"""Extraction accuracy: factcheck and quantulum3 side by side on the shared benchmarks.

    python benchmarks/bench_extract.py BENCH_DIR [--pred-dir DIR] [--json OUT]
                                       [--scorer PATH] [--show-errors N] [--only FILE ...]
                                       [--no-quantulum3]

BENCH_DIR holds the gold ``*.jsonl`` files (one ``{"id", "text", "quantities"}`` record
per line).  Both systems parse every text in this process; their predictions are written
as ``factcheck.jsonl`` and ``quantulum3.jsonl`` into ``--pred-dir`` (a temporary folder
by default) and scored with the shared scorer, found at ``BENCH_DIR/../bench/
score_extract.py`` unless ``--scorer`` names it.  The data is only read, never copied.

Prints, per file and over ALL files, value F1 and value+unit F1 of both systems (strict
bounds), the loose-bounds figures for ALL and NewsQuant, and factcheck's recall by gold
kind; writes the numbers to ``benchmarks/results/extract.json`` (see
``benchmarks/README.md`` for its keys).  ``--show-errors N`` prints, per file, the first N
texts where factcheck missed a gold quantity, predicted a spurious one, or found the right
value with the wrong unit.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Dict, Iterable, List, Optional

from _common import git_commit, write_results  # the scripts run from this folder

HERE = Path(__file__).resolve().parent
DEFAULT_JSON = HERE / "results" / "extract.json"

#: the targets of issue 2 (strict scoring, F1 in [0, 1])
TARGETS = {
    "all_value_unit_f1": 0.85,
    "newsquant_value_unit_f1": 0.88,
    "newsquant_value_f1": 0.93,
    "quantulum3_file_value_unit_f1": 0.90,
}

SYSTEMS = ("factcheck", "quantulum3")


# --------------------------------------------------------------------------- loading

def load_scorer(path: Path):
    """Import the shared scorer module from ``path``."""
    if not path.is_file():
        sys.exit(f"error: scorer not found at {path}; pass its path with --scorer")
    spec = importlib.util.spec_from_file_location("score_extract", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_files(bench_dir: Path, only: Optional[Iterable[str]]) -> List[Path]:
    """The ``*.jsonl`` gold files in ``bench_dir``, sorted, optionally narrowed by stem."""
    files = sorted(bench_dir.glob("*.jsonl"))
    if only:
        wanted = {Path(name).stem for name in only}
        files = [f for f in files if f.stem in wanted]
    if not files:
        sys.exit(f"error: no *.jsonl benchmark files in {bench_dir}")
    return files


# --------------------------------------------------------------------------- predicting

def _number(value: Optional[Decimal]) -> Optional[float]:
    return None if value is None else float(value)


def factcheck_predictions(text: str) -> List[Dict]:
    """factcheck's claims in the scorer's prediction format."""
    import factcheck

    return [{"span": list(c.span), "low": _number(c.low), "high": _number(c.high),
             "unit": c.unit, "kind": c.kind, "text": c.text, "unit_text": c.unit_text,
             "qualifier": c.qualifier, "change_role": c.change.role if c.change else ""}
            for c in factcheck.extract(text)]


#: sub-unit words as written -> the benchmark's sub-unit token (see the README's conventions)
SUB_UNITS = {"cent": "cent", "cents": "cent", "\N{CENT SIGN}": "cent", "c": "cent",
             "p": "cent", "pence": "cent", "penny": "cent", "pennies": "cent", "sen": "sen"}


def benchmark_convention(pred: Dict, unit_text: str, is_currency) -> Dict:
    """A factcheck prediction restated in the benchmark's convention for currency sub-units.

    factcheck converts "34 cents" to 0.34 USD; the gold files say 34 ``cent``.  Only a
    claim whose unit is written as a sub-unit word changes.

    >>> usd = {"USD"}.__contains__
    >>> benchmark_convention({"low": 0.34, "high": 0.34, "unit": "USD"}, "cents", usd)
    {'low': 34.0, 'high': 34.0, 'unit': 'cent'}
    >>> benchmark_convention({"low": 0.5, "high": 0.5, "unit": "USD / share"}, "cents a share",
    ...                      usd)["unit"]
    'cent / share'
    >>> benchmark_convention({"low": 3.0, "high": 3.0, "unit": "USD"}, "dollars", usd)
    {'low': 3.0, 'high': 3.0, 'unit': 'USD'}
    """
    words = unit_text.lower().split()
    head, _, rest = pred["unit"].partition(" / ")
    if not words or words[0] not in SUB_UNITS or not is_currency(head):
        return pred
    scaled = {end: None if pred[end] is None else round(pred[end] * 100, 9)
              for end in ("low", "high")}
    unit = SUB_UNITS[words[0]] + (f" / {rest}" if rest else "")
    return {**pred, **scaled, "unit": unit}


#: the unit texts of a degree written with no scale, which factcheck reads as a temperature
#: where the sentence speaks of heat and the gold files write as ``degree``
BARE_DEGREES = {"degree", "degrees", "deg", "deg.", "\N{DEGREE SIGN}"}
TEMPERATURES = {"degree_Celsius", "degree_Fahrenheit"}


def bare_degrees_as_written(pred: Dict) -> Dict:
    """A bare "30 degrees" of heat restated as the gold files write it: unit ``degree``.

    >>> bare_degrees_as_written({"unit": "degree_Celsius", "unit_text": "degrees"})["unit"]
    'degree'
    >>> bare_degrees_as_written({"unit": "degree_Celsius", "unit_text": "C"})["unit"]
    'degree_Celsius'
    """
    if pred["unit"] in TEMPERATURES and pred.get("unit_text", "").lower() in BARE_DEGREES:
        return {**pred, "unit": "degree"}
    return pred


#: the last words of hedges that a bound may be said before: "as high as roughly 352 μm"
HEDGE_ENDS = {"about", "around", "roughly", "approximately", "some", "nearly", "almost", "~",
              "estimated", "circa"}


def hedged_bound_as_approx(pred: Dict) -> Dict:
    """A bound said before a hedge restated as NewsQuant writes it: the hedge's point.

    factcheck reads "as high as roughly 352 μm" as a ceiling of 352; NewsQuant annotates it
    as an approximate 352.

    >>> hedged_bound_as_approx({"kind": "upper", "low": None, "high": 352.0,
    ...                         "qualifier": "as high as roughly"})["low"]
    352.0
    >>> hedged_bound_as_approx({"kind": "upper", "low": None, "high": 9.0,
    ...                         "qualifier": "up to"})["kind"]
    'upper'
    """
    words = pred.get("qualifier", "").split()
    if pred["kind"] not in ("lower", "upper") or len(words) < 2 or words[-1] not in HEDGE_ENDS:
        return pred
    value = pred["low"] if pred["kind"] == "lower" else pred["high"]
    return {**pred, "kind": "approx", "low": value, "high": value}


def from_to_as_range(quantities: List[Dict]) -> List[Dict]:
    """A change "from X to Y" restated as NewsQuant writes it: one range X-Y.

    factcheck reads "fell from 5.1% to 4.9%" as two levels with a change (issue 2's
    convention); NewsQuant annotates the pair as a range.

    >>> pair = [{"span": [0, 4], "low": 5.1, "high": 5.1, "unit": "percent", "change_role": "from"},
    ...         {"span": [8, 12], "low": 4.9, "high": 4.9, "unit": "percent", "change_role": "to"}]
    >>> [(q["low"], q["high"]) for q in from_to_as_range(pair)]
    [(4.9, 5.1)]
    """
    folded: List[Dict] = []
    for q in quantities:
        previous = folded[-1] if folded else None
        if (previous is not None and previous.get("change_role") == "from"
                and q.get("change_role") == "to" and None not in (previous["low"], q["high"])):
            ends = sorted((previous["low"], q["high"]))
            folded[-1] = {**q, "span": [previous["span"][0], q["span"][1]], "low": ends[0],
                          "high": ends[1], "unit": q["unit"] or previous["unit"],
                          "change_role": ""}
            continue
        folded.append(q)
    return folded


def factcheck_convention_view(preds: Dict[str, Dict], is_currency) -> Dict[str, Dict]:
    """factcheck's predictions restated as the gold files write them: currency sub-units
    unconverted, "from X to Y" changes as ranges, bare degrees of heat as ``degree`` and
    bounds said before a hedge as the hedge's approximate point."""
    return {pid: {"id": pid, "quantities": from_to_as_range([
        hedged_bound_as_approx(bare_degrees_as_written(
            benchmark_convention(q, q.get("unit_text", ""), is_currency)))
        for q in rec["quantities"]])}
        for pid, rec in preds.items()}


def predict_all(records: List[Dict], system: str, canon_unit) -> "tuple[Dict[str, Dict], Dict]":
    """Run one system over every record; return predictions by id and run statistics."""
    if system == "factcheck":
        predict = factcheck_predictions
    else:
        import _q3

        def predict(text):
            return _q3.q3_predictions(text, canon_unit)

    preds, failures = {}, []
    start = time.perf_counter()
    for rec in records:
        try:
            quantities = predict(rec["text"])
        except Exception as exc:  # a crash on one text is a miss, not the end of the run
            failures.append({"id": rec["id"], "error": f"{type(exc).__name__}: {exc}"})
            quantities = []
        preds[rec["id"]] = {"id": rec["id"], "quantities": quantities}
    seconds = time.perf_counter() - start
    return preds, {"seconds": round(seconds, 3), "failures": len(failures),
                   "failed_ids": [f["id"] for f in failures[:20]],
                   "first_failure": failures[0]["error"] if failures else ""}


def write_predictions(path: Path, preds: Dict[str, Dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec in preds.values():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- scoring

def summarise(entry: Dict) -> Dict:
    """Keep the figures of one scorer entry that the results file reports (fractions to six
    places: rounded to four, 0.949468 printed as a percentage with one decimal would be
    rounded twice, to 95.0 rather than 94.9)."""
    value = entry["value"]
    unit = entry.get("value_unit")
    out = {"texts": entry["texts"], "gold": entry["gold"], "pred": entry["pred"],
           "value": {k: round(value[k], 6) if k != "tp" else value[k]
                     for k in ("tp", "p", "r", "f1")},
           "value_unit": None if unit is None else {
               k: round(unit[k], 6) if k in ("p", "r", "f1") else unit[k]
               for k in ("tp", "gold", "pred", "p", "r", "f1")}}
    if entry.get("recall_by_kind"):
        out["recall_by_kind"] = {k: {"gold": d["gold"], "tp": d["tp"], "r": round(d["r"], 6)}
                                 for k, d in entry["recall_by_kind"].items()}
    return out


def score_system(scorer, by_file: Dict[str, List[Dict]], preds: Dict, loose: bool) -> Dict:
    """Scores per file and over ALL, keyed by file stem."""
    out = {}
    for stem, records in by_file.items():
        result, _ = scorer.score(records, preds, loose=loose, by_kind=True)
        out[stem] = summarise(result["ALL"])
    everything = [rec for records in by_file.values() for rec in records]
    result, _ = scorer.score(everything, preds, loose=loose, by_kind=True)
    out["ALL"] = summarise(result["ALL"])
    return out


def text_errors(scorer, rec: Dict, pred: List[Dict]) -> Optional[Dict]:
    """What factcheck got wrong in one gold record, or None when it got everything right.

    ``missed``: gold quantities with no value match; ``spurious``: predictions that match
    nothing (outside a non-exhaustive file's scope they do not count); ``unit``: pairs
    that match on value but not on unit.
    """
    gold = rec.get("quantities") or []
    ann = rec.get("annotated") or {}
    scope = None if ann.get("exhaustive", True) else ann.get("scope", "all")
    vpairs = scorer.greedy_match(gold, pred, with_unit=False)
    upairs = scorer.greedy_match(gold, pred, with_unit=True) if ann.get("units", True) else []
    matched_g, matched_p = {g for g, _ in vpairs}, {p for _, p in vpairs}
    unit_ok = {g for g, _ in upairs}
    out = {
        "missed": [q for i, q in enumerate(gold) if i not in matched_g],
        "spurious": [q for i, q in enumerate(pred) if i not in matched_p
                     and (scope is None or scorer.in_scope(q, scope))],
        "unit": [(gold[g], pred[p]) for g, p in vpairs
                 if ann.get("units", True) and g not in unit_ok],
    }
    return out if any(out.values()) else None


def misses(scorer, by_file: Dict[str, List[Dict]], preds: Dict, n: int) -> Dict[str, List]:
    """The first ``n`` texts per file where factcheck missed, added or mis-united a quantity."""
    out: Dict[str, List] = {}
    for stem, records in by_file.items():
        found = out.setdefault(stem, [])
        for rec in records:
            if len(found) >= n:
                break
            errors = text_errors(scorer, rec, preds.get(rec["id"], {}).get("quantities", []))
            if errors:
                found.append({"id": rec["id"], "text": rec.get("text", ""), **errors})
    return out


# --------------------------------------------------------------------------- printing

def _pct(x: Optional[float]) -> str:
    return "   n/a" if x is None else f"{x * 100:6.1f}"


def _f1(entry: Optional[Dict], level: str) -> Optional[float]:
    if entry is None or entry.get(level) is None:
        return None
    return entry[level]["f1"]


def print_table(scores: Dict[str, Dict], title: str, rows: Iterable[str]) -> None:
    systems = [s for s in SYSTEMS if s in scores]
    head = " | ".join(f"{s[:10]:>10} val  v+unit" for s in systems)
    print(f"\n{title}\n{'file':30} {'texts':>5} {'gold':>5} | {head}")
    for key in rows:
        first = scores[systems[0]][key]
        cells = " | ".join(f"{_pct(_f1(scores[s][key], 'value')):>15} "
                           f"{_pct(_f1(scores[s][key], 'value_unit'))}" for s in systems)
        print(f"{key:30} {first['texts']:5d} {first['gold']:5d} | {cells}")


def print_kinds(entry: Dict, label: str) -> None:
    kinds = entry.get("recall_by_kind") or {}
    parts = ", ".join(f"{k} {d['tp']}/{d['gold']} ({d['r'] * 100:.1f}%)" for k, d in kinds.items())
    print(f"  {label}: {parts}")


def _describe(q: Dict) -> str:
    bounds = f"low={q.get('low')} high={q.get('high')}"
    return f"{q.get('kind', '?'):6} {bounds} unit={q.get('unit', '')!r}"


def print_errors(errors: Dict[str, List]) -> None:
    for stem, items in errors.items():
        if not items:
            continue
        print(f"\n== factcheck errors in {stem} (first {len(items)}) ==")
        for err in items:
            print(f"- {err['id']}: {err['text']!r}")
            for q in err["missed"]:
                print(f"    missed   {_describe(q)} {q.get('surface', '')!r}")
            for q in err["spurious"]:
                print(f"    spurious {_describe(q)} {q.get('text', '')!r}")
            for g, q in err["unit"]:
                print(f"    unit     gold {g.get('unit', '')!r} but {q.get('unit', '')!r} "
                      f"for {q.get('text', '')!r}")


# --------------------------------------------------------------------------- main


def build_results(by_file, strict, loose, conventions, runs) -> Dict:
    total_chars = sum(len(r["text"]) for records in by_file.values() for r in records)
    return {
        "schema": "factcheck-bench-extract-1",
        "commit": git_commit(),
        "benchmark": {"files": sorted(by_file), "texts": sum(map(len, by_file.values())),
                      "gold": sum(len(r.get("quantities") or []) for records in by_file.values()
                                  for r in records),
                      "chars": total_chars},
        "versions": {"factcheck": _factcheck_version(), "quantulum3": _q3_version(runs)},
        "targets": TARGETS,
        "runs": runs,
        "strict": strict,
        "loose": loose,
        "strict_benchmark_conventions": conventions,
    }


def _factcheck_version() -> str:
    import factcheck

    return getattr(factcheck, "__version__", "")


def _q3_version(runs: Dict) -> Optional[str]:
    if "quantulum3" not in runs:
        return None
    import _q3

    return _q3.VERSION


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bench_dir", type=Path, help="folder of gold *.jsonl benchmark files")
    ap.add_argument("--pred-dir", type=Path, help="write prediction JSONL files here "
                    "(default: a temporary folder)")
    ap.add_argument("--json", type=Path, dest="json_out",
                    help=f"results file (default: {DEFAULT_JSON.relative_to(HERE.parent)}; "
                    "not written with --only or --no-quantulum3 unless given)")
    ap.add_argument("--scorer", type=Path, help="score_extract.py "
                    "(default: BENCH_DIR/../bench/score_extract.py)")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N",
                    help="print factcheck's misses and spurious predictions, N texts per file")
    ap.add_argument("--only", nargs="+", metavar="FILE",
                    help="score only these benchmark files (stems or names)")
    ap.add_argument("--no-quantulum3", action="store_true",
                    help="run factcheck alone (faster while working on the parser)")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    sys.path.insert(0, str(HERE))
    default_scorer = args.bench_dir.resolve().parent / "bench" / "score_extract.py"
    scorer = load_scorer(args.scorer or default_scorer)
    by_file = {f.stem: scorer.load_jsonl(f) for f in gold_files(args.bench_dir, args.only)}
    records = [rec for recs in by_file.values() for rec in recs]
    systems = ("factcheck",) if args.no_quantulum3 else SYSTEMS

    preds, runs = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        pred_dir = args.pred_dir or Path(tmp)
        pred_dir.mkdir(parents=True, exist_ok=True)
        for system in systems:
            preds[system], runs[system] = predict_all(records, system, scorer.canon_unit)
            write_predictions(pred_dir / f"{system}.jsonl", preds[system])
        strict = {s: score_system(scorer, by_file, preds[s], loose=False) for s in systems}
        loose = {s: score_system(scorer, by_file, preds[s], loose=True) for s in systems}
        view = factcheck_convention_view(preds["factcheck"], scorer.ISO_CODES.__contains__)
        write_predictions(pred_dir / "factcheck-benchmark-conventions.jsonl", view)
        conventions = {"factcheck": score_system(scorer, by_file, view, loose=False)}

    for system, run in runs.items():
        note = (f", {run['failures']} texts raised ({run['first_failure']})"
                if run["failures"] else "")
        print(f"{system}: {len(records)} texts in {run['seconds']:.2f} s{note}")
    print_table(strict, "strict bounds, F1 %", list(by_file) + ["ALL"])
    loose_rows = [k for k in ("newsquant", "ALL") if k in by_file or k == "ALL"]
    print_table(loose, "loose bounds (--loose-bounds), F1 %", loose_rows)
    changed = [k for k in by_file if conventions["factcheck"][k] != strict["factcheck"][k]]
    print_table({"factcheck": conventions["factcheck"]},
                "factcheck restated as the gold files write them: currency sub-units "
                "unconverted, from/to changes as ranges, bare degrees of heat as degree, "
                "hedged bounds as approximate points (strict, F1 %; files that change)",
                changed + ["ALL"])
    print("\nfactcheck strict value recall by gold kind:")
    for key in loose_rows:
        print_kinds(strict["factcheck"][key], key)
    if args.show_errors:
        print_errors(misses(scorer, by_file, preds["factcheck"], args.show_errors))

    out = args.json_out
    if out is None and not args.only and not args.no_quantulum3:
        out = DEFAULT_JSON
    if out is not None:
        write_results(out, build_results(by_file, strict, loose, conventions, runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
