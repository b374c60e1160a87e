#!/usr/bin/env python3
"""Speed, cold start, memory and linearity of factcheck's parser, against quantulum3.

    python benchmarks/bench_speed.py BENCH_DIR [--min-chars N] [--seed PATH] [--json OUT]
                                     [--skip-quantulum3] [--timeout S]

1. Throughput: every text of BENCH_DIR/*.jsonl, repeated until the corpus holds at least
   ``--min-chars`` characters (1 MiB by default), is parsed document by document with
   ``factcheck.extract`` and with quantulum3 (no classifier) in this one process, pinned
   to one core, the two interleaved pass by pass.  Prints characters per CPU second for
   each and the ratio (target >= 20).
2. Cold start: wall time of ``factcheck extract SEED`` in a fresh process (target < 1 s).
3. Memory: peak resident memory (``getrusage`` ru_maxrss) of a fresh process that parses
   the whole corpus (target < 200 MB).
4. Linearity: seconds to parse 1 MiB of ordinary text in one call, against 1 MiB of
   adversarial lines ("1,1,1,...", digits, "1-1-1-...", "$$$...", "- - -", ...), each in a
   fresh process with a timeout.  Prints adversarial/ordinary ratios (should stay small,
   < 5) and the growth exponent between 1/8 MiB and 1 MiB (1.0 = linear).

With ``--compiled`` it first builds factcheck with ``FACTCHECK_COMPILE=1`` (the parser
compiled by mypyc, see ``setup.py``) into a temporary folder and measures that build instead.

Writes ``benchmarks/results/speed.json``, or ``speed-compiled.json`` for the compiled build
(keys in ``benchmarks/README.md``).
"""
from __future__ import annotations

import argparse
import atexit
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Callable, Dict, List

from _common import git_commit, write_results  # the scripts run from this folder

HERE = Path(__file__).resolve().parent
DEFAULT_JSON = HERE / "results" / "speed.json"
COMPILED_JSON = HERE / "results" / "speed-compiled.json"
DEFAULT_SEED = HERE.parent / "seeds" / "iran-venezuela-russia-drones.txt"
MIB = 1 << 20
#: address-space cap of every measuring child process
CHILD_MEMORY_LIMIT = 4 << 30

TARGETS = {"throughput_ratio": 20.0, "cold_start_seconds": 1.0, "peak_memory_mb": 200.0,
           "linearity_ratio": 5.0}

#: adversarial inputs: name -> the unit repeated to fill the size
ADVERSARIAL = {
    "commas 1,1,1": "1,",
    "digits": "1234567890",
    "dashes 1-1-1": "1-",
    "dots 1.1.1": "1.",
    "spaces 1 1 1": "1 ",
    "dollars $$$": "$",
    "spaced dashes - - -": "- ",
    "scale words": "1 million ",
    "exchange rates": "4.35 against the dollar, ",
}

#: runs in a fresh interpreter: time factcheck.extract on a file (CPU seconds, as for the
#: throughput, and wall seconds), report them with the peak memory
CHILD_CODE = """
import json, resource, sys, time
import factcheck, factcheck.parse
mode, path = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as fh:
    data = fh.read()
docs = data.split("\\x00") if mode == "docs" else [data]
wall, cpu = time.perf_counter(), time.process_time()
claims = sum(len(factcheck.extract(doc)) for doc in docs)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
compiled = not factcheck.parse.__file__.endswith(".py")
print(json.dumps({"seconds": cpu, "wall_seconds": wall, "claims": claims, "maxrss": rss,
                  "compiled": compiled}))
"""

#: the same cold start through the Python API (import + one extract), without the CLI
API_CODE = "import sys, factcheck; factcheck.extract(open(sys.argv[1], encoding='utf-8').read())"


# --------------------------------------------------------------------------- corpus

def benchmark_texts(bench_dir: Path) -> List[str]:
    """Every record's text from the ``*.jsonl`` files in ``bench_dir``, in file order."""
    texts = []
    for path in sorted(bench_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    if not texts:
        sys.exit(f"error: no *.jsonl benchmark texts in {bench_dir}")
    return texts


def corpus_documents(texts: List[str], min_chars: int) -> List[str]:
    """``texts`` repeated (whole passes) until they hold at least ``min_chars`` characters."""
    one_pass = sum(map(len, texts))
    passes = max(1, math.ceil(min_chars / one_pass))
    return texts * passes


def filled(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters.

    >>> filled("1,", 5)
    '1,1,1'
    """
    return (unit * (size // len(unit) + 1))[:size]


# --------------------------------------------------------------------------- the build

#: what a clean copy of the checkout leaves out: a ``build/`` folder left by an earlier
#: build would be reused by setuptools, and stale compiled modules would enter the wheel
BUILD_LEFTOVERS = shutil.ignore_patterns("build", "dist", ".git", "*.egg-info", "__pycache__",
                                         ".tox", ".hypothesis", ".pytest_cache", "*.so")


def compiled_build(into: Path) -> Path:
    """Build a clean copy of this checkout (uncommitted edits included) with
    ``FACTCHECK_COMPILE=1`` and unpack the wheel; the folder to import the compiled
    factcheck from."""
    source = into / "source"
    shutil.copytree(HERE.parent, source, ignore=BUILD_LEFTOVERS)
    env = dict(os.environ, FACTCHECK_COMPILE="1")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps",
                    "--quiet", "--wheel-dir", str(into / "wheel")], check=True, env=env)
    wheel = next((into / "wheel").glob("factcheck-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(into / "site")
    return into / "site"


def use_build(site: Path) -> None:
    """Import factcheck from ``site``, here and in every measuring child."""
    sys.path.insert(0, str(site))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(site), os.environ.get("PYTHONPATH", "")]))


def build_name(module) -> str:
    """ "compiled (mypyc)" when the parser module is an extension module, else "pure Python"."""
    return "compiled (mypyc)" if not module.__file__.endswith(".py") else "pure Python"


# --------------------------------------------------------------------------- measuring

def pin_to_one_core() -> str:
    """Pin this process (and its children) to one CPU where the OS allows it."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to cpu {cpu}"
    return "not pinned (no sched_setaffinity on this OS)"


def throughput(parsers: Dict[str, Callable], texts: List[str], passes: int) -> Dict[str, Dict]:
    """Parse ``texts`` ``passes`` times with every parser, interleaved pass by pass.

    Interleaving spreads any change in machine load over all parsers alike.  Speed is
    counted in CPU seconds of this (single-threaded, one-core) process, which other
    processes on a busy machine disturb less than wall time; wall time is kept too.
    """
    stats = {name: {"chars": 0, "seconds": 0.0, "cpu_seconds": 0.0, "quantities": 0}
             for name in parsers}
    for parse in parsers.values():
        for doc in texts:  # one untimed pass: lazy imports (pint, on the first composite
            parse(doc)     # such as "6 ft 2 in") belong to the cold start, measured apart
    for _ in range(passes):
        for name, parse in parsers.items():
            wall, cpu = time.perf_counter(), time.process_time()
            found = sum(len(parse(doc)) for doc in texts)
            entry = stats[name]
            entry["seconds"] += time.perf_counter() - wall
            entry["cpu_seconds"] += time.process_time() - cpu
            entry["quantities"] += found
            entry["chars"] += sum(map(len, texts))
    for entry in stats.values():
        cpu, wall = entry["cpu_seconds"], entry["seconds"]
        entry["chars_per_second"] = round(entry["chars"] / cpu) if cpu else None
        entry["chars_per_wall_second"] = round(entry["chars"] / wall) if wall else None
        entry["seconds"], entry["cpu_seconds"] = round(wall, 3), round(cpu, 3)
    return stats


def maxrss_mb(raw: int) -> float:
    """ru_maxrss in megabytes (kilobytes on Linux, bytes on macOS)."""
    return round(raw / (MIB if sys.platform == "darwin" else 1024), 1)


def limit_memory() -> None:
    """Cap a child's address space, so a runaway parse fails alone instead of
    starving the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_LIMIT, CHILD_MEMORY_LIMIT))


#: children start in a neutral folder, so ``python -c`` imports the installed factcheck
#: rather than whatever package the current directory holds
CHILD_OPTIONS = {"cwd": tempfile.gettempdir(), "preexec_fn": limit_memory}


def run_child(mode: str, text: str, timeout: float) -> Dict:
    """Parse ``text`` in a fresh interpreter; seconds, claim count and peak memory."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write(text)
        path = fh.name
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD_CODE, mode, path],
                              capture_output=True, text=True, timeout=timeout,
                              **CHILD_OPTIONS)
    except subprocess.TimeoutExpired:
        return {"seconds": None, "error": f"timeout after {timeout:g} s"}
    finally:
        os.unlink(path)
    if proc.returncode != 0:
        return {"seconds": None, "error": (proc.stderr.strip().splitlines() or ["?"])[-1]}
    out = json.loads(proc.stdout)
    return {"seconds": round(out["seconds"], 4), "wall_seconds": round(out["wall_seconds"], 4),
            "claims": out["claims"], "compiled": out["compiled"],
            "peak_memory_mb": maxrss_mb(out["maxrss"])}


def cli_command(seed: Path) -> List[str]:
    """``factcheck extract SEED``: the installed script, else ``python -m factcheck``."""
    script = Path(sys.executable).with_name("factcheck")
    if script.exists():
        return [str(script), "extract", str(seed)]
    found = shutil.which("factcheck")
    if found:
        return [found, "extract", str(seed)]
    return [sys.executable, "-m", "factcheck", "extract", str(seed)]


def timed_runs(cmd: List[str], runs: int) -> "tuple[List[float], str]":
    """Wall times of ``runs`` fresh processes running ``cmd``, and the last error line."""
    times, error = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, **CHILD_OPTIONS)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            error = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
    return times, error


def cold_start(seed: Path, runs: int) -> Dict:
    """Wall time of ``factcheck extract SEED`` in fresh processes: first run and median."""
    seed = seed.resolve()
    times, error = timed_runs(cli_command(seed), runs)
    api_times, api_error = timed_runs([sys.executable, "-c", API_CODE, str(seed)], runs)
    return {"command": "factcheck extract " + seed.name, "runs": runs,
            "first_seconds": round(times[0], 3),
            "median_seconds": round(statistics.median(times), 3),
            "exit_ok": not error, "error": error,
            "api_median_seconds": round(statistics.median(api_times), 3), "api_error": api_error}


def linearity(ordinary: str, size: int, timeout: float) -> Dict:
    """Seconds per case at ``size`` and ``size // 8``; ratios against ordinary text."""
    cases = {"ordinary text": ordinary}
    cases.update({name: unit for name, unit in ADVERSARIAL.items()})
    out = {}
    for name, unit in cases.items():
        big_text = filled(unit, size)
        small = run_child("one", big_text[: size // 8], timeout)
        big = run_child("one", big_text, timeout)
        entry = {"chars": size, "seconds": big["seconds"], "claims": big.get("claims"),
                 "seconds_at_one_eighth": small["seconds"], "error": big.get("error", "")}
        if big["seconds"] and small["seconds"]:
            entry["growth_exponent"] = round(math.log(big["seconds"] / small["seconds"], 8), 2)
        elif small["seconds"]:
            # the full size failed: still tell slow-but-linear from super-linear
            tiny = run_child("one", big_text[: size // 64], timeout)
            if tiny["seconds"]:
                entry["growth_exponent"] = round(
                    math.log(small["seconds"] / tiny["seconds"], 8), 2)
                entry["growth_between"] = "1/64 and 1/8 of the size"
        out[name] = entry
    base = out["ordinary text"]["seconds"]
    for name, entry in out.items():
        entry["ratio"] = (round(entry["seconds"] / base, 2)
                          if base and entry["seconds"] is not None else None)
    return out


# --------------------------------------------------------------------------- main


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bench_dir", type=Path, help="folder of gold *.jsonl benchmark files")
    ap.add_argument("--min-chars", type=int, default=MIB,
                    help="corpus size for throughput and memory (default 1 MiB)")
    ap.add_argument("--linear-chars", type=int, default=MIB,
                    help="size of each linearity input (default 1 MiB)")
    ap.add_argument("--seed", type=Path, default=DEFAULT_SEED,
                    help="article for the cold-start run (default: the repository's seed)")
    ap.add_argument("--cold-runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="seconds allowed to each fresh-process measurement")
    ap.add_argument("--skip-quantulum3", action="store_true",
                    help="measure factcheck only (no throughput ratio)")
    ap.add_argument("--compiled", action="store_true",
                    help="build factcheck with FACTCHECK_COMPILE=1 (mypyc) and measure that")
    ap.add_argument("--json", type=Path, dest="json_out", default=None,
                    help="results file (default: benchmarks/results/speed.json, or "
                         "speed-compiled.json with --compiled)")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # show each stage as it finishes
    sys.path.insert(0, str(HERE))
    if args.json_out is None:
        args.json_out = COMPILED_JSON if args.compiled else DEFAULT_JSON
    if args.compiled:
        print("building factcheck with FACTCHECK_COMPILE=1 (a minute or two) ...")
        folder = Path(tempfile.mkdtemp(prefix="factcheck-compiled-"))
        atexit.register(shutil.rmtree, folder, True)
        use_build(compiled_build(folder))
    pinned = pin_to_one_core()
    texts = benchmark_texts(args.bench_dir)
    docs = corpus_documents(texts, args.min_chars)
    print(f"corpus: {len(docs)} documents, {sum(map(len, docs)):,} characters "
          f"({len(docs) // len(texts)} passes over the benchmark texts); {pinned}")

    import factcheck
    import factcheck.parse

    build = build_name(factcheck.parse)
    if args.compiled and build != "compiled (mypyc)":
        sys.exit(f"error: --compiled, but factcheck was imported from {factcheck.__file__}")
    print(f"factcheck build: {build}")
    results = {"schema": "factcheck-bench-speed-1", "commit": git_commit(), "cpu": pinned,
               "python": sys.version.split()[0], "build": build, "targets": TARGETS}
    parsers = {"factcheck": factcheck.extract}
    if not args.skip_quantulum3:
        import _q3

        parsers["quantulum3"] = _q3.parse_quantities
    speed: Dict = throughput(parsers, texts, len(docs) // len(texts))
    for name, entry in speed.items():
        print(f"{name:10}: {entry['chars_per_second']:>10,} chars per CPU second "
              f"({entry['cpu_seconds']} s CPU; {entry['chars_per_wall_second']:,} chars "
              "per wall second)")
    if "quantulum3" in speed:
        speed["quantulum3"]["version"] = _q3.VERSION
        ratio = speed["factcheck"]["chars_per_second"] / speed["quantulum3"]["chars_per_second"]
        speed["ratio"] = round(ratio, 1)
        print(f"ratio     : {ratio:.1f}x (target >= {TARGETS['throughput_ratio']:g}x)")
    results["throughput"] = speed

    cold = cold_start(args.seed, args.cold_runs)
    results["cold_start"] = cold
    note = "" if cold["exit_ok"] else f"  [command failed: {cold['error']}]"
    print(f"cold start: {cold['command']}: first {cold['first_seconds']} s, median "
          f"{cold['median_seconds']} s of {cold['runs']} (target < "
          f"{TARGETS['cold_start_seconds']:g} s); import + extract via the API: "
          f"{cold['api_median_seconds']} s{note}")

    memory = run_child("docs", "\x00".join(docs), args.timeout * 4)
    results["memory"] = {"corpus_chars": sum(map(len, docs)), **memory}
    print(f"memory    : peak {memory.get('peak_memory_mb')} MB parsing the corpus in a fresh "
          f"process (target < {TARGETS['peak_memory_mb']:g} MB) {memory.get('error', '')}")

    ordinary = filled("\n".join(texts), args.linear_chars)
    lin = linearity(ordinary, args.linear_chars, args.timeout)
    results["linearity"] = lin
    print(f"\nlinearity ({args.linear_chars:,} characters per input, one call each):")
    print(f"  {'input':22} {'seconds':>8} {'ratio':>6} {'growth':>6} {'claims':>8}")
    for name, e in lin.items():
        secs = "-" if e["seconds"] is None else f"{e['seconds']:.3f}"
        ratio = "-" if e["ratio"] is None else f"{e['ratio']:.2f}"
        growth = e.get("growth_exponent", "-")
        print(f"  {name:22} {secs:>8} {ratio:>6} {growth!s:>6} {e['claims']!s:>8} {e['error']}")

    write_results(args.json_out, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
