"""factcheck: find the numbers in text and check them against trusted figures.

>>> from factcheck import extract
>>> [(c.text, c.kind, str(c.high), c.unit) for c in extract("Iran has supplied up to 3,000 drones.")]
[('up to 3,000 drones', 'upper', '3000', 'drone')]
"""
from factcheck.check import check
from factcheck.claims import Claim, Verdict
from factcheck.errors import FactcheckError
from factcheck.parse import extract
from factcheck.reference import load_reference

__version__ = "0.1.0"

__all__ = ["extract", "check", "load_reference", "Claim", "Verdict", "FactcheckError",
           "__version__"]
