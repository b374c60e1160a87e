"""The pytest plugin: ``pytest`` checks a repository's articles against its reference tables.

Configured in ``[tool:pytest]`` (setup.cfg) or ``[pytest]`` (pytest.ini)::

    [tool:pytest]
    factcheck_paths = articles/*.md reports
    factcheck_reference = data/figures.csv
    factcheck_tolerance = 0.05
    factcheck_fail_on = contradicted
    factcheck_baseline = factcheck-baseline.json

Each article becomes one test item, ``articles/a.md::factcheck``, that fails
when a claim is contradicted (or, with ``factcheck_fail_on = unverifiable``,
also unverifiable), with a report naming line, claim, reference row, source
and the comparison.  ``pytest --factcheck-update`` writes a golden file beside
each article (``a.md.factcheck.json``: its claims and verdicts by stable id);
from then on the item also fails, with a diff, when today's verdicts differ.
Findings accepted in the baseline file do not fail.  Without any
``factcheck_paths`` setting the plugin collects nothing and says nothing.

Settings left out fall back to the project's ``[factcheck]`` defaults, the
ones ``factcheck check`` reads.  Paths in the settings are relative to the ini
file's directory, and each article's document id is its path relative to that
directory, so ids and baselines match a ``factcheck check`` run from there.
See ``docs/ci.md``.
"""
from __future__ import annotations

import difflib
import json
import warnings
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterator, List, Literal, Optional, Tuple

import pytest

from factcheck.claims import Document, Verdict

GOLDEN_SUFFIX = ".factcheck.json"
GOLDEN_VERSION = 1

#: factcheck_fail_on → the verdict statuses that fail an item (same words as --fail-on)
FAIL_ON = {"contradicted": ("contradicted",),
           "unverifiable": ("contradicted", "unverifiable"),
           "never": ()}

#: file endings a directory in factcheck_paths is searched for
ARTICLE_SUFFIXES = (".md", ".txt")

GLOB_CHARACTERS = frozenset("*?[")

IniType = Literal["string", "args"]

INI_OPTIONS: Tuple[Tuple[str, IniType, str], ...] = (
    ("factcheck_paths", "args",
     "articles to check: files, directories (their .md and .txt files) or globs"),
    ("factcheck_reference", "args", "reference tables the articles are checked against"),
    ("factcheck_tolerance", "string",
     "relative tolerance for hedged claims, such as 0.05 or 5% (default: the checker's)"),
    ("factcheck_fail_on", "string",
     "what fails an article: contradicted (default), unverifiable (also fails "
     "unverifiable claims) or never"),
    ("factcheck_baseline", "string",
     "baseline file of accepted findings (factcheck-baseline.json)"),
)


class StaleBaselineWarning(UserWarning):
    """A baseline entry for a checked article that matches none of its findings."""


class FactcheckFailure(Exception):
    """An article's claims disagree with the reference, or with its golden file."""


@dataclass
class Settings:
    """The plugin's settings, resolved once per session."""

    root: Path
    articles: FrozenSet[Path]
    reference: Tuple[str, ...]
    tolerance: Optional[Decimal]
    fail_on: Tuple[str, ...]
    baseline: Optional[Path]
    update: bool
    #: extra load_reference options from a [factcheck] section: table, query, format, na_values
    reference_options: Dict[str, Any] = field(default_factory=dict)
    #: what is loaded on first use: the reference table and the baseline, or their errors
    cache: Dict[str, Any] = field(default_factory=dict)


SETTINGS_KEY = pytest.StashKey[Optional[Settings]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: check articles against reference tables")
    group.addoption("--factcheck-update", action="store_true", default=False,
                    help="write or refresh the golden file (ARTICLE.factcheck.json) beside "
                         "each article checked by factcheck_paths")
    for name, kind, help_text in INI_OPTIONS:
        parser.addini(name, help_text, type=kind, default=[] if kind == "args" else "")


def pytest_configure(config: pytest.Config) -> None:
    config.stash[SETTINGS_KEY] = None
    if not config.getini("factcheck_paths"):
        return
    config.addinivalue_line("markers", "factcheck: an article checked by the factcheck plugin")
    config.stash[SETTINGS_KEY] = settings_from(config)


def settings_from(config: pytest.Config) -> Settings:
    """The settings of a configured run; pytest.UsageError on a bad value.

    A setting left out of the pytest section falls back to the project's
    ``[factcheck]`` defaults (the ones ``factcheck check`` reads), if any.
    """
    root = config.inipath.parent if config.inipath else config.rootpath
    defaults = project_defaults(root)
    reference = tuple(shown_path(root / path) for path in config.getini("factcheck_reference"))
    baseline = config.getini("factcheck_baseline").strip()
    default_baseline = Path.cwd() / defaults.baseline if defaults.baseline else None
    options = {} if reference else reference_options(defaults)
    return Settings(
        root=root,
        articles=frozenset(article_paths(root, config.getini("factcheck_paths"))),
        reference=reference or tuple(defaults.reference),
        tolerance=parse_tolerance(config.getini("factcheck_tolerance")
                                  or ("" if defaults.tolerance is None
                                      else str(defaults.tolerance))),
        fail_on=parse_fail_on(config.getini("factcheck_fail_on") or defaults.fail_on or ""),
        baseline=root / baseline if baseline else default_baseline,
        update=bool(config.getoption("factcheck_update")),
        reference_options=options,
    )


def project_defaults(root: Path) -> Any:
    """The project's ``[factcheck]`` defaults found from ``root`` upwards (empty if none)."""
    from factcheck.config import load_config
    from factcheck.errors import ConfigError

    try:
        return load_config(root)
    except ConfigError as error:
        raise pytest.UsageError(f"factcheck: {error}") from None


def reference_options(defaults: Any) -> Dict[str, Any]:
    """The load_reference options a ``[factcheck]`` section sets (table, query, format...)."""
    options = {"table": defaults.table, "query": defaults.query,
               "format": defaults.reference_format}
    found: Dict[str, Any] = {key: value for key, value in options.items() if value is not None}
    if defaults.na_values:
        found["na_values"] = tuple(defaults.na_values)
    return found


def shown_path(path: Path) -> str:
    """``path`` relative to the current directory when below it, so reports name it short.

    >>> shown_path(Path.cwd() / "data" / "figures.csv") == str(Path("data", "figures.csv"))
    True
    """
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def parse_tolerance(text: str) -> Optional[Decimal]:
    """factcheck_tolerance as a Decimal fraction; None when not set.

    >>> parse_tolerance("0.05"), parse_tolerance("5%"), parse_tolerance("")
    (Decimal('0.05'), Decimal('0.05'), None)
    >>> parse_tolerance("ten")
    Traceback (most recent call last):
    ...
    pytest.UsageError: factcheck_tolerance: 'ten' is not a number; write a relative tolerance ...
    """
    value = text.strip()
    if not value:
        return None
    percent = value.endswith("%")
    try:
        number = Decimal(value.rstrip("%").strip())
    except InvalidOperation:
        number = Decimal(-1)
    if not number.is_finite() or number < 0:
        raise pytest.UsageError(f"factcheck_tolerance: {text!r} is not a number; "
                                "write a relative tolerance such as 0.05 or 5%")
    return number / 100 if percent else number


def parse_fail_on(text: str) -> Tuple[str, ...]:
    """The statuses that fail an article under factcheck_fail_on.

    >>> parse_fail_on(""), parse_fail_on("unverifiable")
    (('contradicted',), ('contradicted', 'unverifiable'))
    >>> parse_fail_on("sometimes")
    Traceback (most recent call last):
    ...
    pytest.UsageError: factcheck_fail_on: 'sometimes' is not one of contradicted, ...
    """
    value = text.strip() or "contradicted"
    if value not in FAIL_ON:
        raise pytest.UsageError(f"factcheck_fail_on: {text!r} is not one of "
                                f"{', '.join(FAIL_ON)}")
    return FAIL_ON[value]


def article_paths(root: Path, entries: List[str]) -> Iterator[Path]:
    """The resolved article files named by factcheck_paths entries (files, dirs, globs)."""
    for entry in entries:
        if GLOB_CHARACTERS & set(entry):
            yield from (path.resolve() for path in sorted(root.glob(entry)) if path.is_file())
            continue
        path = root / entry
        if path.is_dir():
            yield from (found.resolve() for found in sorted(path.rglob("*"))
                        if found.suffix.lower() in ARTICLE_SUFFIXES and found.is_file())
        elif path.is_file():
            yield path.resolve()
        else:
            raise pytest.UsageError(f"factcheck_paths: {entry!r} is neither a file nor a "
                                    f"directory under {root}; fix the path or use a glob")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Optional[pytest.File]:
    settings = parent.config.stash.get(SETTINGS_KEY, None)
    if settings is None or file_path.resolve() not in settings.articles:
        return None
    return ArticleFile.from_parent(parent, path=file_path)


class ArticleFile(pytest.File):
    """An article named by factcheck_paths; it holds one item."""

    def collect(self) -> Iterator[pytest.Item]:
        yield ArticleItem.from_parent(self, name="factcheck")


class ArticleItem(pytest.Item):
    """Checks one article's claims against the reference tables (and its golden file)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_marker("factcheck")

    @property
    def settings(self) -> Settings:
        settings = self.config.stash[SETTINGS_KEY]
        assert settings is not None
        return settings

    def runtest(self) -> None:
        from factcheck.baseline import stale_message

        settings = self.settings
        document = check_article(self.path, settings)
        golden = golden_path(self.path)
        if settings.update:
            golden.write_text(golden_json(document), encoding="utf-8")
        accepted, stale = baseline_outcome(document, settings)
        for entry in stale:
            warnings.warn(StaleBaselineWarning(f"{document.id}: {stale_message(entry)}"))
        problems = failure_report(document, settings.fail_on, accepted)
        if golden.exists() and not settings.update:
            problems.extend(golden_diff(golden, document))
        if problems:
            raise FactcheckFailure("\n".join(problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str:
        if isinstance(excinfo.value, FactcheckFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> Tuple[Path, Optional[int], str]:
        return self.path, None, f"factcheck {document_id(self.path, self.settings.root)}"


def document_id(path: Path, root: Path) -> str:
    """An article's document id: its path relative to the ini file's directory, with "/".

    >>> document_id(Path("/repo/articles/a.md"), Path("/repo"))
    'articles/a.md'
    """
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def cached(settings: Settings, key: str, load: Any) -> Any:
    """``load()`` once per session; a FactcheckError is kept and raised again each time."""
    from factcheck.errors import FactcheckError

    if key not in settings.cache:
        try:
            settings.cache[key] = load()
        except FactcheckError as error:
            settings.cache[key] = error
    value = settings.cache[key]
    if isinstance(value, FactcheckError):
        raise FactcheckFailure(f"factcheck: {value}")
    return value


def reference_table(settings: Settings) -> Any:
    """The reference table of the session, loaded on first use."""
    from factcheck.reference import load_reference

    if not settings.reference:
        raise FactcheckFailure("factcheck: factcheck_reference is not set; name the reference "
                               "tables in the same section as factcheck_paths")
    return cached(settings, "reference",
                  lambda: load_reference(list(settings.reference), **settings.reference_options))


def check_article(path: Path, settings: Settings) -> Document:
    """The article at ``path`` parsed and checked against the session's reference table."""
    from factcheck.check import check_claims
    from factcheck.parse import parse_claims

    doc_id = document_id(path, settings.root)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FactcheckFailure(f"{doc_id}: not UTF-8 text; re-save the article as UTF-8") from None
    except OSError as error:
        raise FactcheckFailure(f"{doc_id}: cannot be read ({error.strerror})") from None
    table = reference_table(settings)
    claims = parse_claims(text)
    options = {} if settings.tolerance is None else {"tolerance": settings.tolerance}
    verdicts = check_claims(claims, table, text, **options)
    return Document(id=doc_id, text=text, claims=tuple(claims), verdicts=tuple(verdicts))


def baseline_outcome(document: Document, settings: Settings) -> Tuple[FrozenSet[str], List[Any]]:
    """The claim ids the baseline accepts in this document, and its stale entries."""
    from factcheck.baseline import apply_baseline, load_baseline

    if settings.baseline is None:
        return frozenset(), []
    baseline = cached(settings, "baseline", lambda: load_baseline(settings.baseline))
    _, accepted, stale = apply_baseline([document], baseline)
    return frozenset(accepted), stale


def failure_report(document: Document, fail_on: Tuple[str, ...],
                   accepted: FrozenSet[str] = frozenset()) -> List[str]:
    """Readable lines for each failing verdict not in ``accepted``; empty when it passes."""
    from factcheck.baseline import verdict_ids
    from factcheck.locate import line_column, line_starts

    starts = line_starts(document.text)
    failing = [(claim_id, verdict) for claim_id, verdict
               in zip(verdict_ids(document), document.verdicts)
               if verdict.status in fail_on and claim_id not in accepted]
    if not failing:
        return []
    counts = ", ".join(f"{sum(1 for _, v in failing if v.status == status)} {status}"
                       for status in fail_on if any(v.status == status for _, v in failing))
    lines = [f"{document.id}: {counts} claim{'s' if len(failing) != 1 else ''}"]
    for claim_id, verdict in failing:
        line, column = line_column(starts, verdict.claim.span[0])
        lines.extend(verdict_lines(claim_id, verdict, line, column))
    return lines


def verdict_lines(claim_id: str, verdict: Verdict, line: int, column: int) -> List[str]:
    """The report of one failing verdict: where, what, which row, and how it compared."""
    from factcheck.report_html import difference_text, reference_text

    reason = f" ({verdict.reason.replace('_', ' ')})" if verdict.reason else ""
    lines = [f"  line {line}, column {column}: {verdict.claim.text!r} is "
             f"{verdict.status}{reason}"]
    if verdict.reference is not None:
        lines.append(f"    reference row {verdict.reference.id}: "
                     f"{reference_text(verdict.reference)}")
    for row in verdict.candidates:
        lines.append(f"    candidate row {row.id}: {reference_text(row)}")
    if verdict.summary:
        lines.append(f"    comparison: {verdict.summary}")
    if verdict.difference is not None:
        lines.append(f"    difference: {difference_text(verdict.difference)}")
    if verdict.explanation:
        steps = " -> ".join(f"{step.action} {step.detail}" for step in verdict.explanation)
        lines.append(f"    steps: {steps}")
    lines.append(f"    claim id: {claim_id}")
    return lines


def golden_path(article: Path) -> Path:
    """The golden file beside an article: ``a.md`` → ``a.md.factcheck.json``."""
    return article.with_name(article.name + GOLDEN_SUFFIX)


def golden_claims(document: Document) -> List[Dict[str, str]]:
    """The golden record of each verdict: id, claim text, status, reason, reference row id."""
    from factcheck.baseline import verdict_ids

    return [{"id": claim_id, "text": verdict.claim.text, "status": verdict.status,
             "reason": verdict.reason,
             "reference": verdict.reference.id if verdict.reference is not None else ""}
            for claim_id, verdict in zip(verdict_ids(document), document.verdicts)]


def golden_json(document: Document) -> str:
    """The text of an article's golden file, one claim per line so that it diffs well."""
    claims = [json.dumps(claim, ensure_ascii=False) for claim in golden_claims(document)]
    body = ",\n".join("    " + line for line in claims)
    listed = f"[\n{body}\n  ]" if claims else "[]"
    return (f'{{\n  "version": {GOLDEN_VERSION},\n  "document": {json.dumps(document.id)},\n'
            f'  "claims": {listed}\n}}\n')


def golden_line(record: Dict[str, str]) -> str:
    """One claim of a golden file as a line for the diff.

    >>> golden_line({"id": "fc-1", "text": "5 km", "status": "contradicted",
    ...              "reason": "overstated", "reference": "run_length"})
    "fc-1 '5 km': contradicted (overstated) vs run_length"
    """
    reason = f" ({record['reason']})" if record.get("reason") else ""
    reference = f" vs {record['reference']}" if record.get("reference") else ""
    return f"{record['id']} {record['text']!r}: {record['status']}{reason}{reference}"


def read_golden(path: Path) -> List[Dict[str, str]]:
    """The claims recorded in a golden file; FactcheckFailure if it is unreadable."""
    fix = "rewrite it with pytest --factcheck-update"
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        claims = record["claims"]
        if record.get("version") != GOLDEN_VERSION or not isinstance(claims, list):
            raise ValueError("unknown layout")
        return [{key: str(item.get(key, "")) for key in
                 ("id", "text", "status", "reason", "reference")} for item in claims]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise FactcheckFailure(f"{path.name}: golden file cannot be read ({error}); "
                               f"{fix}") from None


def golden_diff(path: Path, document: Document) -> List[str]:
    """A unified diff of the golden file's verdicts and today's; empty when they agree."""
    expected = [golden_line(record) for record in read_golden(path)]
    actual = [golden_line(record) for record in golden_claims(document)]
    if expected == actual:
        return []
    diff = difflib.unified_diff(expected, actual, fromfile=f"{path.name} (golden)",
                                tofile=f"{document.id} (today)", lineterm="", n=1)
    return [f"{document.id}: verdicts differ from the golden file; if the change is right, "
            "run pytest --factcheck-update", *diff]
