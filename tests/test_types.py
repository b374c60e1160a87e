"""The package type-checks: the compiled build (mypyc, see setup.py) refuses any module that
mypy rejects, so a type error must fail the pure test run too, not only the compiled one."""
from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parents[1]


def test_factcheck_type_checks() -> None:
    stdout, stderr, status = api.run(["--no-incremental", "--config-file",
                                      str(ROOT / "setup.cfg"), str(ROOT / "factcheck")])
    assert status == 0, stdout + stderr
