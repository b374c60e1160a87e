#!/usr/bin/env python3
"""Render benchmarks/results/*.json as markdown tables inside the READMEs.

    python benchmarks/render_results.py [--results DIR] [--readme PATH ...] [--print]

Reads ``extract.json`` and ``speed.json`` (written by bench_extract.py and bench_speed.py)
and any other ``*.json`` in the results folder that follows the generic ``rows`` shape
described in ``benchmarks/README.md`` (``check.json``, ``vlachos.json``, ...).  The tables
replace the text between ``<!-- results:start -->`` and ``<!-- results:end -->`` in each
README given (by default the repository README.md and benchmarks/README.md); nothing
outside the markers is touched.  A README without the markers is left alone with a note,
and the tables are printed instead.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Dict, List, Optional

HERE = Path(__file__).resolve().parent
START, END = "<!-- results:start -->", "<!-- results:end -->"
#: results files with their own renderer, in the order they are shown
KNOWN = ("extract", "speed", "speed-compiled")
#: time grows linearly with input length when doubling the input at most about doubles it
LINEAR_GROWTH = 1.2


# --------------------------------------------------------------------------- formatting

def pct(x: Optional[float]) -> str:
    """An F1 in [0, 1] as a percentage with one decimal.

    >>> pct(0.4714), pct(None)
    ('47.1', '–')
    """
    return "–" if x is None else f"{x * 100:.1f}"


def f1(entry: Optional[Dict], level: str) -> Optional[float]:
    """The F1 of one scorer entry at ``level`` ("value" or "value_unit"), or None."""
    if not entry or not entry.get(level):
        return None
    return entry[level]["f1"]


def table(header: List[str], rows: List[List[str]]) -> str:
    """A markdown table.

    >>> print(table(["a", "b"], [["1", "2"]]))
    | a | b |
    |---|---|
    | 1 | 2 |
    """
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def mark(ok: Optional[bool]) -> str:
    return "" if ok is None else (" ✓" if ok else " ✗")


# --------------------------------------------------------------------------- sections

def extract_section(res: Dict) -> str:
    strict, loose, targets = res["strict"], res["loose"], res.get("targets", {})
    fc, q3 = strict.get("factcheck", {}), strict.get("quantulum3", {})
    bench, versions = res.get("benchmark", {}), res.get("versions", {})
    order = ["ALL"] + (["newsquant"] if "newsquant" in fc else []) + sorted(
        k for k in fc if k not in ("ALL", "newsquant"))
    rows = []
    for key in order:
        fv, fu = f1(fc.get(key), "value"), f1(fc.get(key), "value_unit")
        qv, qu = f1(q3.get(key), "value"), f1(q3.get(key), "value_unit")
        target = _extract_target(key, targets)
        ok = _extract_ok(key, fv, fu, qv, qu, targets)
        # files without unit annotation are judged on value F1: the mark goes there
        on_value = fu is None
        rows.append([f"**{key}**" if key == "ALL" else key, str(fc[key]["gold"]),
                     pct(fv) + (mark(ok) if on_value else ""),
                     pct(fu) + ("" if on_value else mark(ok)), pct(qv), pct(qu), target])
    parts = [
        f"**Extraction accuracy**, strict bounds, F1 % ({bench.get('texts', '?')} texts, "
        f"{bench.get('gold', '?')} gold quantities; factcheck {versions.get('factcheck', '')}"
        f" at {res.get('commit') or '?'}, quantulum3 {versions.get('quantulum3') or '–'}"
        " without classifier):", "",
        table(["benchmark", "gold", "factcheck value", "factcheck value+unit",
               "quantulum3 value", "quantulum3 value+unit", "target"], rows)]
    lrows = []
    for key in ("ALL", "newsquant"):
        if key in loose.get("factcheck", {}):
            lf, lq = loose["factcheck"][key], loose.get("quantulum3", {}).get(key)
            lrows.append([key, pct(f1(lf, "value")), pct(f1(lf, "value_unit")),
                          pct(f1(lq, "value")), pct(f1(lq, "value_unit"))])
    parts += ["", "Loose bounds (one-sided bounds scored as points, as in the CQE paper), F1 %:",
              "", table(["benchmark", "factcheck value", "factcheck value+unit",
                         "quantulum3 value", "quantulum3 value+unit"], lrows)]
    view = (res.get("strict_benchmark_conventions") or {}).get("factcheck") or {}
    if view:
        keys = ["ALL"] + [k for k in order if k != "ALL" and view.get(k) != fc.get(k)]
        crows = [[k, pct(f1(fc.get(k), "value")), pct(f1(fc.get(k), "value_unit")),
                  pct(f1(view.get(k), "value")), pct(f1(view.get(k), "value_unit"))] for k in keys]
        parts += ["", "factcheck converts currency sub-units (\"34 cents\" → 0.34 USD), reads "
                  "\"fell from 5.1% to 4.9%\" as two levels with a change, a bare \"30 "
                  "degrees\" of heat as a temperature and \"as high as roughly 352 μm\" as a "
                  "ceiling; the gold files keep 34 cent, write the change as a range, the "
                  "degrees as `degree` and the hedged bound as an approximate point. The same "
                  "output restated the gold files' way, strict F1 % (files that change):", "",
                  table(["benchmark", "value", "value+unit", "value, restated",
                         "value+unit, restated"], crows)]
    kinds = (fc.get("ALL") or {}).get("recall_by_kind") or {}
    qkinds = (q3.get("ALL") or {}).get("recall_by_kind") or {}
    if kinds:
        krows = [[k, f"{d['tp']}/{d['gold']} ({pct(d['r'])})",
                  (f"{qkinds[k]['tp']}/{qkinds[k]['gold']} ({pct(qkinds[k]['r'])})"
                   if k in qkinds else "–")] for k, d in kinds.items()]
        parts += ["", "Strict value recall by gold kind, all files:", "",
                  table(["kind", "factcheck", "quantulum3"], krows)]
    return "\n".join(parts)


def _extract_target(key: str, targets: Dict) -> str:
    if key == "ALL":
        return f"value+unit ≥ {pct(targets.get('all_value_unit_f1'))}"
    if key == "newsquant":
        return (f"value ≥ {pct(targets.get('newsquant_value_f1'))}, "
                f"value+unit ≥ {pct(targets.get('newsquant_value_unit_f1'))}")
    if key == "quantulum3":
        return f"value+unit ≥ {pct(targets.get('quantulum3_file_value_unit_f1'))}"
    return "ahead of quantulum3"


def _extract_ok(key, fv, fu, qv, qu, targets) -> Optional[bool]:
    """Whether the row meets its target; None when there is nothing to compare."""
    if key == "ALL":
        return _ge(fu, targets.get("all_value_unit_f1"))
    if key == "newsquant":
        return _ge(fu, targets.get("newsquant_value_unit_f1")) and _ge(
            fv, targets.get("newsquant_value_f1"))
    if key == "quantulum3":
        return _ge(fu, targets.get("quantulum3_file_value_unit_f1"))
    if qv is None:
        return None
    # files without unit annotation compare on value F1
    mine, theirs = (fu, qu) if fu is not None and qu is not None else (fv, qv)
    return mine is not None and mine > theirs


def _ge(x: Optional[float], target: Optional[float]) -> bool:
    return x is not None and target is not None and x >= target


def speed_section(res: Dict, compiled: Optional[Dict] = None) -> str:
    """The speed table: the pure-Python build, and the mypyc build beside it when measured."""
    builds = [res] + ([compiled] if compiled else [])
    t = res.get("targets", {})
    q3 = res.get("throughput", {}).get("quantulum3", {})
    rows = [["throughput, chars/s (one core)"]
            + [_num(_factcheck(b).get("chars_per_second")) for b in builds]
            + [_num(q3.get("chars_per_second")),
               f"≥ {t.get('throughput_ratio', 20):g}× quantulum3"],
            ["ratio"] + [_ratio(b, t) for b in builds] + ["1×", ""],
            ["cold `factcheck extract` of the seed article, s"]
            + [_cold(b.get("cold_start", {}), t.get("cold_start_seconds", 1.0)) for b in builds]
            + ["", f"< {t.get('cold_start_seconds', 1):g}"],
            ["peak memory parsing the corpus, MB"]
            + [_val(b.get("memory", {}).get("peak_memory_mb"), t.get("peak_memory_mb", 200),
                    b.get("memory", {}).get("error")) for b in builds]
            + ["", f"< {t.get('peak_memory_mb', 200):g}"]]
    for name in res.get("linearity", {}):
        rows.append(_linearity_row(name, builds))
    fc = _factcheck(res)
    corpus = f"{fc.get('chars', 0):,}" if fc.get("chars") else "?"
    header = ["measure"] + [f"factcheck, {b.get('build', 'pure Python')}" for b in builds]
    commits = ", ".join(sorted({str(b.get("commit") or "?") for b in builds}))
    return "\n".join([f"**Speed and resources** (corpus of {corpus} characters from the benchmark "
                      f"texts, parsed per document; CPU time on one core; factcheck at "
                      f"{commits}):", "",
                      table(header + ["quantulum3", "target"], rows)])


def _factcheck(res: Dict) -> Dict:
    return res.get("throughput", {}).get("factcheck", {})


def _ratio(res: Dict, targets: Dict) -> str:
    ratio = res.get("throughput", {}).get("ratio")
    if not ratio:
        return "–"
    return f"{ratio}×{mark(ratio >= targets.get('throughput_ratio', 20))}"


def _linearity_row(name: str, builds: List[Dict]) -> List[str]:
    """One linearity row: 1 MiB of ordinary text in seconds, or an input's ratio to it."""
    cells = []
    for res in builds:
        e = res.get("linearity", {}).get(name, {})
        if name == "ordinary text":
            cells.append(f"{e['seconds']:.2f} s" if e.get("seconds") is not None
                         else e.get("error", "–"))
            continue
        ratio, growth = e.get("ratio"), e.get("growth_exponent", "–")
        if ratio is not None:
            # the issue asks for time proportional to length: the growth exponent says that;
            # the ratio also counts the claims a dense input really holds
            ok = isinstance(growth, (int, float)) and growth <= LINEAR_GROWTH
            cells.append(f"{ratio}× (growth exponent {growth}){mark(ok)}")
            continue
        value = (e.get("error") or "–") + mark(False)
        if e.get("growth_between"):
            value += f"; growth exponent {growth} between {e['growth_between']}"
        cells.append(value)
    if name == "ordinary text":
        return ["linearity: 1 MiB of ordinary text, one call"] + cells + ["", "baseline"]
    return ([f"linearity: {name} / ordinary"] + cells
            + ["", f"growth exponent ≤ {LINEAR_GROWTH:g}"])


def _num(x) -> str:
    return "–" if x is None else f"{x:,}"


def _cold(cold: Dict, target: float) -> str:
    if not cold:
        return "–"
    if not cold.get("exit_ok", True):
        return f"failed: {cold.get('error', '')}"
    return f"{cold['median_seconds']}{mark(cold['median_seconds'] < target)}"


def _val(x, target, error=None) -> str:
    if x is None:
        return error or "–"
    return f"{x}{mark(x < target)}"


def generic_section(name: str, res: Dict) -> str:
    """A results file in the generic shape: ``title`` and ``rows`` of metric/values."""
    rows = res.get("rows") or []
    columns = res.get("columns") or ["factcheck", "baseline", "target"]
    body = [[str(r.get("metric", ""))] + [_cell(r.get(c)) for c in columns] for r in rows]
    title = res.get("title") or name
    note = f" {res['note']}" if res.get("note") else ""
    return "\n".join([f"**{title}**{note}", "", table(["measure"] + columns, body)])


def _cell(x) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.3g}" if abs(x) < 1 else f"{x:,.1f}"
    return str(x)


# --------------------------------------------------------------------------- assembling

def load_results(folder: Path) -> Dict[str, Dict]:
    out = {}
    for path in sorted(folder.glob("*.json")):
        try:
            out[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"note: skipping {path.name}: {exc}", file=sys.stderr)
    return out


def render(results: Dict[str, Dict]) -> str:
    sections = []
    if "extract" in results:
        sections.append(extract_section(results["extract"]))
    if "speed" in results:
        sections.append(speed_section(results["speed"], results.get("speed-compiled")))
    for name, res in results.items():
        if name not in KNOWN and isinstance(res, dict) and res.get("rows"):
            sections.append(generic_section(name, res))
    footer = ("_Generated by `python benchmarks/render_results.py` from "
              "`benchmarks/results/*.json`; do not edit by hand._")
    return "\n\n".join(sections + [footer])


def replace_block(readme: str, block: str) -> Optional[str]:
    """``readme`` with the text between the markers replaced, or None without markers.

    >>> replace_block("a\\n<!-- results:start -->\\nold\\n<!-- results:end -->\\nz", "new")
    'a\\n<!-- results:start -->\\nnew\\n<!-- results:end -->\\nz'
    >>> replace_block("no markers", "new") is None
    True
    """
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        return None
    return readme[: start + len(START)] + "\n" + block + "\n" + readme[end:]


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(HERE.parent))
    except ValueError:
        return path.name


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--results", type=Path, default=HERE / "results",
                    help="folder of results JSON files (default: benchmarks/results)")
    ap.add_argument("--readme", type=Path, nargs="+",
                    default=[HERE.parent / "README.md", HERE / "README.md"],
                    help="READMEs whose marked block is rewritten")
    ap.add_argument("--print", action="store_true", dest="show", help="also print the tables")
    args = ap.parse_args(argv)

    results = load_results(args.results)
    if not results:
        print(f"note: no results JSON in {args.results}; "
              "run bench_extract.py and bench_speed.py first")
        return 0
    block = render(results)
    printed = args.show
    for path in args.readme:
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        new = replace_block(text, block)
        if new is None:
            print(f"note: {_rel(path)} has no {START} ... {END} markers; left unchanged")
            if not printed:
                print(block)
                printed = True
            continue
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"updated the results block in {_rel(path)}")
        else:
            print(f"{_rel(path)}: results block already up to date")
    if args.show:
        print(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
