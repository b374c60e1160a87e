"""factcheck: find the numbers in text and check them against trusted figures.

>>> from factcheck import extract
>>> claims = extract("Iran has supplied up to 3,000 drones.")
>>> [(c.text, c.kind, str(c.high), c.unit) for c in claims]
[('up to 3,000 drones', 'upper', '3000', 'drone')]

The front door imports lazily: ``extract`` never loads pandas or pint, so a cold
``factcheck extract`` stays fast.
"""
from importlib import import_module
from typing import Any

# bound eagerly: importing the submodule factcheck.check would otherwise shadow the function
from factcheck.check import check

__version__ = "0.1.0"

#: public name -> module that defines it
_FRONT_DOOR = {
    "extract": "factcheck.parse",
    "load_reference": "factcheck.reference",
    "Claim": "factcheck.claims",
    "Verdict": "factcheck.claims",
    "FactcheckError": "factcheck.errors",
}

__all__ = [*_FRONT_DOOR, "check", "__version__"]


def __getattr__(name: str) -> Any:
    if name not in _FRONT_DOOR:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(import_module(_FRONT_DOOR[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list:
    return sorted(__all__)
