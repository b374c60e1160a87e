"""Claims for the report tests (SARIF, GitHub, HTML): one per surface, its line its sentence."""
from decimal import Decimal

from factcheck.claims import Claim


def claim_in(text: str, surface: str) -> Claim:
    """A claim for the first ``surface`` in ``text``, its sentence being its line."""
    start = text.index(surface)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    value = Decimal("".join(ch for ch in surface if ch.isdigit()) or 0)
    return Claim(text=surface, span=(start, start + len(surface)), value=value, low=value,
                 high=value, sentence=(line_start, line_end if line_end >= 0 else len(text)))
