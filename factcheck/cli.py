"""The ``factcheck`` command line: a thin shell over the library.

Library errors (``FactcheckError``) become click errors in exactly one place,
``FactcheckGroup.invoke``: one line "Error: ..." on stderr, exit status 2,
no traceback.  Exit status: 0 when nothing fails the run, 1 when a claim does
(see ``--fail-on``), 2 for usage and input errors.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from typing import IO, Any, Callable, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

import click

from factcheck import __version__
from factcheck.claims import Document
from factcheck.config import FAIL_ON, Config, load_config
from factcheck.errors import FactcheckError
from factcheck.inputs import INPUT_FORMATS, STDIN, check_encoding, expand_paths, read_documents
from factcheck import output

#: formats every command writes
BASE_FORMATS = ("table", "json", "jsonl")

#: formats only check writes, each from its own report module, imported when asked for
REPORT_FORMATS = ("sarif", "github", "html")

DEFAULT_TOLERANCE = 0.1
DEFAULT_ENCODING = "utf-8"

#: a progress bar appears on a terminal's stderr from this many input files
PROGRESS_MIN_FILES = 20

NO_PATHS_TEXT = ("give at least one PATH to check (- reads standard input), "
                 "or set paths in the [factcheck] section of setup.cfg")
NO_REFERENCE_TEXT = ("give a reference table with --reference FILE, "
                     "or set reference in the [factcheck] section of setup.cfg")
BAD_ENCODING_TEXT = "unknown encoding {name!r}; use a Python codec name such as utf-8 or latin-1"
OUTPUT_ERROR_TEXT = ("{path}: cannot write the output ({reason}); "
                     "check that its folder exists and is writable, or leave out --output")
STALE_FIX = "remove it from the baseline, or rewrite the baseline with --write-baseline FILE"


@dataclass(frozen=True)
class Baseline:
    """What a baseline did to a check run.

    ``entries`` are the baseline's entries by claim id, ``accepted`` maps the
    claim ids of accepted findings to their reason, ``stale`` lists entries
    that matched nothing, and ``judged`` are the documents without the
    accepted verdicts: what decides whether the run fails.
    """

    entries: Mapping[str, Any]
    accepted: Mapping[str, str]
    stale: Sequence[Any]
    judged: Sequence[Document]


class CommandError(click.ClickException):
    """One or more errors for the user, each shown as one "Error: ..." line; exit 2."""

    exit_code = 2

    def __init__(self, messages: Sequence[str]) -> None:
        self.messages = list(messages)
        super().__init__("\n".join(self.messages))

    def show(self, file: Optional[IO[Any]] = None) -> None:
        for message in self.messages:
            click.echo(f"Error: {message}", file=file, err=file is None)


class FactcheckGroup(click.Group):
    """The command group; the one place where library errors become CLI errors."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactcheckError as error:
            raise CommandError([str(error)]) from None


# -- helpers the commands share -----------------------------------------------------------

def use_colour(flag: Optional[bool], on_terminal: bool,
               environ: Optional[Mapping[str, str]] = None) -> bool:
    """Whether to colour output: never with NO_COLOR set, else as --color says, else on a TTY.

    >>> use_colour(True, True, {"NO_COLOR": "1"}), use_colour(None, False, {})
    (False, False)
    >>> use_colour(None, True, {}), use_colour(True, False, {}), use_colour(False, True, {})
    (True, True, False)
    """
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if flag is not None:
        return flag
    return on_terminal


def output_colour(flag: Optional[bool], output_path: Optional[str]) -> bool:
    """``use_colour`` for standard output, or for an --output file (never a terminal)."""
    return use_colour(flag, output_path is None and sys.stdout.isatty())


def show_progress(total: int, stream: IO[Any]) -> bool:
    """A progress bar is worth drawing: many files, and stderr is a terminal.

    >>> import io
    >>> show_progress(100, io.StringIO())
    False
    """
    isatty = getattr(stream, "isatty", None)
    return total >= PROGRESS_MIN_FILES and bool(isatty and isatty())


def with_progress(documents: Iterable[Document], total: int) -> Iterable[Document]:
    """``documents``, drawing a tqdm bar on stderr when ``show_progress`` says so."""
    stream = sys.stderr
    if not show_progress(total, stream):
        return documents
    from tqdm import tqdm

    bar: Iterable[Document] = tqdm(documents, total=total, file=stream, unit="file", leave=False)
    return bar


def pick(given: Any, configured: Any, default: Any) -> Any:
    """The command line's value, else the config's, else the built-in default.

    >>> pick(None, 0.05, 0.1), pick(0.2, 0.05, 0.1), pick((), (), ("a",))
    (0.05, 0.2, ('a',))
    """
    for value in (given, configured):
        if value is not None and value != ():
            return value
    return default


def validate_encoding(ctx: click.Context, param: click.Parameter,
                      value: Optional[str]) -> Optional[str]:
    """Reject an encoding Python does not know before any file is read."""
    if value is not None:
        try:
            check_encoding(value)
        except LookupError:
            raise click.BadParameter(BAD_ENCODING_TEXT.format(name=value)) from None
    return value


def load_documents(paths: Sequence[str], *, config: Config, input_format: Optional[str],
                   encoding: Optional[str]) -> Iterable[Document]:
    """The input documents, read lazily, with a progress bar when worth it."""
    fmt = pick(input_format, config.input_format, "text")
    codec = pick(encoding, config.encoding, DEFAULT_ENCODING)
    files = expand_paths(paths, suffixes=(".jsonl",) if fmt == "jsonl" else None)
    # sys.stdin.buffer rather than click.get_binary_stream, deprecated since Click 8.5
    stdin = sys.stdin.buffer if STDIN in files else None
    documents = read_documents(files, input_format=fmt, encoding=codec, stdin=stdin)
    return with_progress(documents, len(files))


def write_output(text: str, destination: Optional[str], *, colour: bool) -> None:
    """Write ``text`` to stdout, or to the --output file (UTF-8)."""
    try:
        with click.open_file(destination or "-", "w", encoding="utf-8") as stream:
            click.echo(text, file=stream, nl=False, color=colour)
    except OSError as error:
        if destination is None:
            raise
        raise CommandError([OUTPUT_ERROR_TEXT.format(path=destination,
                                                     reason=error.strerror)]) from None


def render(documents: List[Document], fmt: str, *, checked: bool, colour: bool,
           baseline: Optional[Baseline] = None) -> str:
    """The documents in ``fmt``: table, json, jsonl, or a report format of check."""
    if fmt in REPORT_FORMATS:
        return render_report(documents, fmt, baseline)
    accepted, stale = (None, None) if baseline is None else (baseline.accepted, baseline.stale)
    if fmt == "json":
        return output.to_json_text(documents, checked=checked, accepted=accepted, stale=stale)
    if fmt == "jsonl":
        return "".join(output.to_jsonl_line(document, checked=checked, accepted=accepted)
                       for document in documents)
    return output.to_table(documents, checked=checked, colour=colour, accepted=accepted,
                           stale=stale)


def render_report(documents: List[Document], fmt: str, baseline: Optional[Baseline]) -> str:
    """A sarif, github or html report, from a module imported only when asked for."""
    entries = None if baseline is None else baseline.entries
    if fmt == "sarif":
        from factcheck.report_sarif import to_sarif

        return output.dumps(to_sarif(documents, tool_version=__version__, baseline=entries),
                            indent=2) + "\n"
    if fmt == "github":
        from factcheck.report_github import to_github

        return to_github(documents, baseline=entries)
    from factcheck.report_html import to_html

    return to_html(documents, baseline=entries)


def finish(documents: List[Document], failed_run: bool) -> None:
    """Exit 2 naming every input that failed, else 1 when the run failed, else 0."""
    errors = [document.error for document in documents if document.error]
    if errors:
        raise CommandError(errors)
    if failed_run:
        click.get_current_context().exit(1)


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command shares: input format, encoding, output, colour."""
    for option in reversed([
        click.option("--input-format", type=click.Choice(INPUT_FORMATS), default=None,
                     help='How to read inputs: "text" (default) reads each file whole; '
                          '"jsonl" reads one {"id": ..., "text": ...} object per line.'),
        click.option("--encoding", default=None, callback=validate_encoding, metavar="NAME",
                     help="Encoding of the input files (default utf-8)."),
        click.option("-o", "--output", "output_path", default=None,
                     type=click.Path(dir_okay=False, writable=True),
                     help="Write the result to this file instead of standard output."),
        click.option("--color/--no-color", "colour", default=None,
                     help="Force colour on or off (default: colour on a terminal, "
                          "never when NO_COLOR is set)."),
    ]):
        command = option(command)
    return command


# -- the commands -------------------------------------------------------------------------

@click.group(cls=FactcheckGroup)
@click.version_option(__version__, "--version", prog_name="factcheck")
def cli() -> None:
    """Find the numeric claims in text and check them against trusted figures.

    Project defaults (reference tables, tolerance, paths...) may be set in a
    [factcheck] section of setup.cfg or [tool.factcheck] of pyproject.toml;
    options on the command line win.

    Example:

    \b
        factcheck check seeds/iran-venezuela-russia-drones.txt \\
            --reference seeds/iran-venezuela-russia-figures.csv
    """


@cli.command()
@click.argument("paths", nargs=-1, metavar="[PATH|-]...")
@click.option("-f", "--format", "fmt", type=click.Choice(BASE_FORMATS), default="table",
              show_default=True, help="Output format.")
@click.option("--include-dates", is_flag=True,
              help="Also list the dates, months, years, decades and season years of each "
                   "text as time context (never as claims).")
@input_options
def extract(paths: Tuple[str, ...], fmt: str, include_dates: bool, input_format: Optional[str],
            encoding: Optional[str], output_path: Optional[str], colour: Optional[bool]) -> None:
    """List the numeric claims in text files, directories or standard input.

    Directories are searched recursively for *.txt and *.md files; "-" or no
    PATH at all reads standard input.  Every input gets a record, failures
    included; exit status 2 if any input could not be read.

    Example:

    \b
        factcheck extract seeds/iran-venezuela-russia-drones.txt --format json
    """
    config = load_config()
    targets = pick(paths, config.paths, (STDIN,))
    documents = load_documents(targets, config=config, input_format=input_format,
                               encoding=encoding)
    results = [extract_document(document, include_dates) for document in documents]
    colour_on = output_colour(colour, output_path)
    write_output(render(results, fmt, checked=False, colour=colour_on), output_path,
                 colour=colour_on)
    finish(results, failed_run=False)


def extract_document(document: Document, include_dates: bool) -> Document:
    """A readable document with its claims, and its dates when asked for."""
    from factcheck.parse import parse_claims

    if document.error:
        return document
    claims = parse_claims(document.text)
    if not include_dates:
        return replace(document, claims=tuple(claims))
    from factcheck.dates import find_dates

    return replace(document, claims=tuple(claims),
                   dates=tuple(find_dates(document.text, claims)))


def failing_statuses(fail_on: str) -> Tuple[str, ...]:
    """The verdicts that make ``check`` exit 1 under ``--fail-on``.

    >>> failing_statuses("unverifiable"), failing_statuses("never")
    (('contradicted', 'unverifiable'), ())
    """
    return {"contradicted": ("contradicted",),
            "unverifiable": ("contradicted", "unverifiable"),
            "never": ()}[fail_on]


def run_failed(documents: Iterable[Document], fail_on: str) -> bool:
    """Whether any verdict fails the run under ``fail_on``."""
    statuses = failing_statuses(fail_on)
    return any(verdict.status in statuses
               for document in documents for verdict in document.verdicts)


def check_documents(documents: Iterable[Document], table: Any,
                    tolerance: float) -> Iterator[Document]:
    """Each readable document with its claims and their verdicts."""
    # imported from the module: the package's own name "check" is the check() function
    from factcheck.check import check_claims
    from factcheck.parse import parse_claims

    for document in documents:
        if document.error:
            yield document
            continue
        claims = parse_claims(document.text)
        verdicts = check_claims(claims, table, document.text, tolerance=tolerance)
        yield replace(document, claims=tuple(claims), verdicts=tuple(verdicts))


@cli.command()
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("-r", "--reference", multiple=True, metavar="TABLE",
              help="Reference table of trusted figures (CSV, TSV, Parquet, Excel, JSON, "
                   "JSONL, SQLite); repeat for several tables.")
@click.option("--table", default=None, metavar="NAME",
              help="Table to read from a SQLite reference, or sheet from an Excel one.")
@click.option("--query", default=None, metavar="SQL",
              help="SQL query to read rows from a SQLite reference.")
@click.option("--reference-format", default=None, metavar="FORMAT",
              help="Read the reference tables as this format (csv, tsv, parquet, excel, json, "
                   "jsonl, sqlite) whatever their file name ends with.")
@click.option("--na-values", multiple=True, metavar="TEXT",
              help="A cell text meaning 'missing' in reference tables, like n/a; repeatable.")
@click.option("--tolerance", type=click.FloatRange(min=0), default=None,
              help="Relative tolerance for hedged claims such as 'about 500' (default 0.1).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Which verdicts make the exit status 1 (default contradicted; "
                   "unverifiable fails on contradicted and unverifiable claims).")
@click.option("-f", "--format", "fmt", type=click.Choice(BASE_FORMATS + REPORT_FORMATS),
              default=None,
              help="Output format (default table): sarif is a SARIF 2.1.0 log for code "
                   "scanning, github prints workflow annotations, html one self-contained page.")
@click.option("--baseline", "baseline_path", default=None,
              type=click.Path(dir_okay=False),
              help="A baseline file of accepted findings: they are reported but do not fail "
                   "the run; entries that match nothing are reported as stale.")
@click.option("--write-baseline", "write_baseline_path", default=None,
              type=click.Path(dir_okay=False, writable=True),
              help="Write every contradicted or unverifiable claim of this run to a baseline "
                   "file (keeping the reasons of entries that still match), then accept them.")
@input_options
def check(paths: Tuple[str, ...], reference: Tuple[str, ...], table: Optional[str],
          query: Optional[str], reference_format: Optional[str], na_values: Tuple[str, ...],
          tolerance: Optional[float], fail_on: Optional[str], fmt: Optional[str],
          baseline_path: Optional[str], write_baseline_path: Optional[str],
          input_format: Optional[str], encoding: Optional[str], output_path: Optional[str],
          colour: Optional[bool]) -> None:
    """Check every numeric claim of the texts against reference tables.

    Each claim is supported, contradicted or unverifiable, with the matched
    reference row and the comparison in words.  Exit status 0 when nothing
    fails the run, 1 when a claim does (see --fail-on), 2 for usage or input
    errors.

    Example:

    \b
        factcheck check seeds/iran-venezuela-russia-drones.txt \\
            --reference seeds/iran-venezuela-russia-figures.csv
    """
    from factcheck.reference import load_reference

    config = load_config()
    targets = pick(paths, config.paths, ())
    if not targets:
        raise click.UsageError(NO_PATHS_TEXT)
    tables = pick(reference, config.reference, ())
    if not tables:
        raise click.UsageError(NO_REFERENCE_TEXT)
    table_data = load_reference(list(tables), table=pick(table, config.table, None),
                                query=pick(query, config.query, None),
                                format=pick(reference_format, config.reference_format, None),
                                na_values=pick(na_values, config.na_values, ()))
    documents = load_documents(targets, config=config, input_format=input_format,
                               encoding=encoding)
    results = list(check_documents(documents, table_data,
                                   pick(tolerance, config.tolerance, DEFAULT_TOLERANCE)))
    baseline_file = pick(baseline_path, config.baseline, None)
    if write_baseline_path is not None:
        count = write_baseline_file(write_baseline_path, results)
        click.echo(f"Wrote {plural_entries(count)} to {write_baseline_path}", err=True)
        baseline_file = write_baseline_path
    baseline = None if baseline_file is None else apply_baseline_file(baseline_file, results)
    colour_on = output_colour(colour, output_path)
    write_output(render(results, pick(fmt, config.format, "table"), checked=True,
                        colour=colour_on, baseline=baseline), output_path, colour=colour_on)
    for entry in baseline.stale if baseline else ():
        click.echo("Warning: " + output.stale_line(entry) + "; " + STALE_FIX, err=True)
    judged = results if baseline is None else baseline.judged
    finish(results, failed_run=run_failed(judged, pick(fail_on, config.fail_on, "contradicted")))


def write_baseline_file(path: str, documents: List[Document]) -> int:
    """Write the findings of ``documents`` to a baseline file; the number of entries."""
    from factcheck.baseline import write_baseline

    return write_baseline(path, documents)


def plural_entries(count: int) -> str:
    """ "1 baseline entry", "3 baseline entries".

    >>> plural_entries(1), plural_entries(0)
    ('1 baseline entry', '0 baseline entries')
    """
    return f"{count} baseline " + ("entry" if count == 1 else "entries")


def apply_baseline_file(path: str, documents: List[Document]) -> Baseline:
    """Read a baseline file and find which findings of ``documents`` it accepts."""
    from factcheck.baseline import apply_baseline, load_baseline

    entries = load_baseline(path)
    judged, accepted_ids, stale = apply_baseline(documents, entries)
    return Baseline(entries=entries,
                    accepted={claim_id: entries[claim_id].reason for claim_id in accepted_ids},
                    stale=stale, judged=judged)


def main() -> None:
    """The console script ``factcheck``."""
    cli(prog_name="factcheck")
