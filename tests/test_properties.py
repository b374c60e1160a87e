"""Invariants of parse_claims that must hold for any input (hypothesis).

Examples belong in tests/test_parse.py; this module states what is true of
every claim on every text: the parser never raises, every span slices back to
the claim's text inside its sentence, and kind, low and high agree.  Two
strategies feed it: arbitrary Unicode, and "newsy" text stitched from the
numerals, scale words, units, hedges and dashes the parser reacts to, which
reaches far more of its branches than random characters do.

The adversarial inputs at the end check that 100 KB of separators, dashes and
symbols completes and gives consistent claims.  They assert no speed: a
generous ceiling only turns a quadratic stage into one failed test instead of
a hung suite; the speed ratio is measured in benchmarks/.
"""
from __future__ import annotations

import re
import signal
import unicodedata
from contextlib import contextmanager
from typing import Iterator, List

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.claims import KINDS, Claim
from factcheck.parse import parse_claims

PROPERTY_SETTINGS = settings(max_examples=200, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])

#: pieces of news text that reach the parser's rules: numerals, scale words,
#: currencies, units, hedges, range and change words, dates, names and odd punctuation
NEWSY_PIECES = [
    "0", "1", "3", "12", "600", "3,000", "1.2", "-5", "½", "2½", "1,1", "1.000,5", "816 000",
    "a", "an", "one", "two", "third", "forty-two", "a dozen", "half", "quarter", "hundred",
    "thousand", "million", "bn", "m", "k", "lakh", "crore", "tn", "thousands of", "tens of",
    "$", "US$", "£", "€", "₹", "¥", "₽", "Rs", "USD", "p", "cents", "dollars", "euros",
    "%", "per cent", "percentage points", "points", "km", "km/h", "°C", "°F", "C", "kg",
    "tonnes", "MW", "kWh", "a year", "per day", "mph", "-year", "-year-old",
    "up to", "more than", "at least", "fewer than", "about", "nearly", "some", "~", "or more",
    "not exceed", "between", "and", "from", "to", "ranging from", "in", "of", "out of", "–",
    "-", "—", "/", ".", ",", ";", "(", ")", "“", "”", "'", "\n", "\N{NO-BREAK SPACE}",
    "rose", "fell", "doubled", "halved", "up", "down", "by",
    "January", "17", "2022", "1990s", "10:30", "pm", "GMT", "Section", "Boeing", "737",
    "Shahed-136", "F-16", "won", "3-2", "+1 555 0100", "drones", "people", "children",
]

newsy_text = st.lists(st.sampled_from(NEWSY_PIECES), max_size=40).map(
    lambda pieces: " ".join(pieces))
any_text = st.one_of(st.text(), newsy_text)


def check_claim(text: str, claim: Claim) -> None:
    """Every invariant one claim must satisfy against the text it came from."""
    start, end = claim.span
    assert 0 <= start < end <= len(text), claim
    assert text[start:end] == claim.text, claim
    s_start, s_end = claim.sentence
    assert 0 <= s_start <= start and end <= s_end <= len(text), claim
    assert claim.kind in KINDS, claim
    if claim.low is not None and claim.high is not None:
        assert claim.low <= claim.high, claim
    if claim.kind in ("point", "approx"):
        assert claim.value is not None and claim.low == claim.high == claim.value, claim
    elif claim.kind == "range":
        assert claim.low is not None and claim.high is not None, claim
        assert claim.low < claim.high, claim
    elif claim.kind == "lower":
        assert claim.low is not None and claim.high is None, claim
    elif claim.kind == "upper":
        assert claim.low is None and claim.high is not None, claim


def claims_of(text: str) -> List[Claim]:
    claims = parse_claims(text)
    assert isinstance(claims, list)
    return claims


@PROPERTY_SETTINGS
@given(st.text())
# a dotted capital I lengthens the lower case, so number words are matched ignoring case,
# and that matches the long s of "\N{LATIN SMALL LETTER LONG S}ix" to "six"
@example("\N{LATIN CAPITAL LETTER I WITH DOT ABOVE} \N{LATIN SMALL LETTER LONG S}ix drones")
def test_never_raises_on_arbitrary_unicode(text: str) -> None:
    claims_of(text)


@PROPERTY_SETTINGS
@given(any_text)
def test_every_claim_is_consistent(text: str) -> None:
    for claim in claims_of(text):
        check_claim(text, claim)


@PROPERTY_SETTINGS
@given(any_text)
def test_claims_come_in_order_of_appearance(text: str) -> None:
    starts = [claim.span[0] for claim in claims_of(text)]
    assert starts == sorted(starts)


@PROPERTY_SETTINGS
@given(newsy_text, newsy_text)
@example(first="\N{EURO SIGN}", second="0 cents")
@example(first="euros", second="0 cents")
@example(first="0 USD", second="euros 0 cents")
@example(first="", second="-5 in 0")
def test_a_sentence_before_does_not_change_the_claims_after(first: str, second: str) -> None:
    """Claims are read per sentence: prefixing a finished sentence only shifts spans.  The
    one exception is the text's setting, which its currency signs, its currency codes and
    the word "euro" decide (cents beside euros are euro cents, "0 USD. euros 0 cents" are US
    cents; local_currency.py): the prefix here writes none."""
    prefix = "".join(" " if unicodedata.category(ch) == "Sc" else ch for ch in first)
    prefix = re.sub(r"\b[A-Z]{3}\b", " ", re.sub(r"(?i)\beuros?\b", " ", prefix))
    prefix = prefix.replace(".", " ").replace("\n", " ").strip() + " none.\n\n"
    alone = claims_of(second)
    after = [c for c in claims_of(prefix + second) if c.span[0] >= len(prefix)]
    assert [(c.text, c.kind, c.low, c.high, c.unit) for c in after] == \
        [(c.text, c.kind, c.low, c.high, c.unit) for c in alone]


#: not a speed limit (the ratio lives in benchmarks/): a ceiling some 100 times what a
#: linear parser needs, so that a quadratic stage fails one test instead of hanging the suite
HANG_CEILING_SECONDS = 120
#: for inputs known to be quadratic today: enough for a linear parser, short enough that the
#: strict xfail costs the suite little
KNOWN_SLOW_CEILING_SECONDS = 20


def adversarial(name: str, text: str, quadratic: str = "") -> object:
    """One 100 KB input; ``quadratic`` names the stage that is quadratic on it today."""
    if not quadratic:
        return pytest.param(text, HANG_CEILING_SECONDS, id=name)
    return pytest.param(text, KNOWN_SLOW_CEILING_SECONDS, id=name,
                        marks=pytest.mark.xfail(strict=True, reason=quadratic))


#: 100 KB of input built to make a backtracking regex or a per-pair scan go quadratic
ADVERSARIAL = [
    adversarial("commas", "1," * 50_000),
    adversarial("dashes", "1-" * 50_000),
    adversarial("digits", "1" * 100_000),
    adversarial("dollars", "$" * 100_000),
    adversarial("dots", "1." * 50_000),
    adversarial("spaced digits", "1 " * 50_000),
    adversarial("dollar digits", "$1" * 50_000),
    adversarial("percent", "1%" * 50_000),
    adversarial("between and", "between 1 and " * 7_000),
    adversarial("up to", "up to " * 16_000),
]


@contextmanager
def hang_guard(seconds: int) -> Iterator[None]:
    """Raise TimeoutError if the block runs longer than ``seconds`` (where SIGALRM exists)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"parse_claims did not finish within {seconds} s on 100 KB of "
                           "adversarial input: is a stage quadratic?")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("text, ceiling", ADVERSARIAL)
def test_adversarial_input_completes(text: str, ceiling: int) -> None:
    with hang_guard(ceiling):
        claims = claims_of(text)
    for claim in claims:
        check_claim(text, claim)
