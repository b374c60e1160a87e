"""Rates said in pence.  Pence in every pound are percent: "87p in every £1 goes to our
work" is 87 percent, as "85 cents of every dollar" is.  Rates of UK income tax and national
insurance said in pence: "the 45p rate" is a rate of 45 percent, "20p in the pound" is 20
percent, and "a 2p cut in national insurance" or "cut the basic rate of income tax by 1p" is
a change of 2 or 1 percentage points.  Pence stay money elsewhere: "a 5p cut in fuel duty",
"45p per mile", "a 20p tax on plastic bags", "shares rose 2p to 45p"."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Final, List

from factcheck.claims import Claim
from factcheck.numerals import tidy
from factcheck.sentence import Sentence

#: the rates of tax that are said in pence: income tax, national insurance and its bands
#: (not "higher rate taxpayers": people)
_TAX_IN_PENCE: Final = re.compile(
    r"\b(?:income[ ]tax|national[ ]insurance|NICs?\b|NI\b"
    r"|(?:basic|higher|additional|top|starting|savings)[ ]rate(?![ -](?:tax)?payers?|[ ]earners?))",
    re.IGNORECASE)
#: what a rate in pence may be of besides a tax: "the 5p rate on plastic bags", "the 45p rate
#: per mile"
_RATE_OF_ANOTHER: Final = re.compile(r"[ ](?:on|per)[ ]", re.IGNORECASE)
#: the rates of UK income tax in pence, which "the 45p rate" names with no tax written
#: (GOV.UK income tax rates and bands, and Scotland's), unless miles or cars are spoken of
#: (HMRC's 45p mileage rate) or the rate is for energy, post, parking or fares ("a 22p rate
#: for overnight electricity")
_INCOME_TAX_PENCE: Final = frozenset([19, 20, 21, 22, 40, 41, 42, 45, 46, 47, 48])
_MILEAGE_WORDS: Final = frozenset(["mile", "miles", "mileage"])
_VEHICLES: Final = frozenset(["car", "van", "vehicle", "motorcycle", "bicycle"])
_CLAIMING: Final = frozenset(["claim", "claims", "claimed", "allowance", "travel", "journeys",
                              "business", "paid"])
_OTHER_RATES: Final = frozenset([
    "electricity", "kwh", "tariff", "peak", "off-peak", "overnight", "unit", "units", "stamp",
    "stamps", "postcard", "postcards", "parcel", "parcels", "letter", "letters", "postage",
    "parking", "fare", "fares", "bag", "bags", "bus", "train", "energy", "gas", "calls", "hour",
    "half", "first", "child", "off"])
#: a clause's edge, which a tax named before the pence may not lie beyond
_CLAUSE_EDGE: Final = re.compile(r"[,;:]")
#: what names a rate of tax right after the pence: "the 45p rate", "the 40p higher rate", "20p
#: in the pound"
_RATE_AFTER: Final = re.compile(
    r"[ ](?:(?:top|basic|higher|additional|starting|lower|savings)[ ])?rate\b"
    r"|[ ]in[ ]the[ ]pound\b", re.IGNORECASE)
#: a rate of tax named right before the pence: "the higher rate of 40p", "basic rate 20p",
#: "income tax to 19p" (not "higher rate taxpayers pay 20p")
_RATE_BEFORE: Final = re.compile(
    r"\b(?:(?:basic|higher|additional|top|starting|savings)[ ]rate(?:[ ]of[ ]income[ ]tax)?"
    r"|income[ ]tax(?:[ ]rate)?)"
    r"(?:[ ](?:of|is|was|at|to|will[ ]be|would[ ]be|stays[ ]at))?:?[ ]\Z", re.IGNORECASE)
#: how far before and after the pence a tax may be named: "cut the basic rate of income tax
#: by 1p", "a 2p cut in employee national insurance"
_REACH_BEFORE: Final = 50
_REACH_AFTER: Final = 40
#: what ends the stretch after the pence that may name its tax: "a 5p cut in fuel duty and
#: a 1p cut in income tax"
_CLAUSE_END: Final = re.compile(r"[,;:]|[ ](?:and|but|while|as)[ ]")
_HUNDRED: Final = Decimal(100)


def pence_tax_rates(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """Whole pence below a pound that are a rate of income tax or national insurance, in
    percent (a rate) or percentage points (a change of one)."""
    if all(claim.unit != "GBP" for claim in claims):
        return claims  # the common case
    return [_as_rate(claim, sentence) if _pence_of_tax(claim, sentence) else claim
            for claim in claims]


#: a currency's sub-units, whose amounts "in every pound" or "of every dollar" are shares
_SUB_UNITS: Final = frozenset(["p", "pence", "c", "cents", "cent", "\N{CENT SIGN}"])
#: one whole unit of money after sub-units: "in every £1", "of every dollar", "out of every
#: pound", "in the pound", "of every federal dollar", "for every £1" (a pay gap's "82p for
#: every £1 men earn"), and what a debt is settled for, "on the dollar"
_IN_EVERY_UNIT: Final = re.compile(
    r"[ ](?:(?:in|of|for|out[ ]of)[ ](?:every|each|the)|on[ ]the)[ ]"
    r"(?:(?:federal|property|tax|taxpayer|taxpayers'|state|public|revenue|budget|health|aid)"
    r"[ ]){0,2}"
    r"(?:[£$€]1\b|pound\b|dollar\b|euro\b)(?![\w'\N{RIGHT SINGLE QUOTATION MARK}-]|[ ]store)",
    re.IGNORECASE)


def _per_own_unit(unit: str) -> bool:
    """Whether a rate is of a currency per itself: "USD / USD"."""
    parts = unit.split(" / ")
    return len(parts) == 2 and parts[0] == parts[1]


def shares_of_a_pound(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """Pence or cents "in every £1", "of every dollar", "on the dollar": a share, in percent
    ("87p in every £1 goes to our work" is 87 percent, "20 cents on the dollar" 20), whose
    pound is no amount of its own."""
    if all(claim.unit_text.split(" ", 1)[0] not in _SUB_UNITS for claim in claims):
        return claims  # the common case
    shares: List[Claim] = []
    for claim in claims:
        share = _IN_EVERY_UNIT.match(sentence.text, claim.span[1]) \
            if claim.unit_text in _SUB_UNITS else None
        end = share.end() if share is not None else claim.span[1]
        per_dollar = share is None and claim.unit_text.split(" ", 1)[0] in _SUB_UNITS \
            and _per_own_unit(claim.unit)  # "80 cents per dollar": cents of each dollar
        if shares and shares[-1].span[1] >= claim.span[1]:
            continue  # the "£1" of the share before
        if (share is None and not per_dollar) or (claim.high or claim.low or _HUNDRED) >= 1:
            shares.append(claim)
            continue
        low = tidy(claim.low * _HUNDRED) if claim.low is not None else None
        high = tidy(claim.high * _HUNDRED) if claim.high is not None else None
        shares.append(replace(
            claim, value=low if claim.value is not None else (
                high if claim.kind == "upper" else low),
            low=low, high=high, unit="percent", dimension="percent",
            text=sentence.text[claim.span[0]:end], span=(claim.span[0], end),
            precision=tidy(claim.precision * _HUNDRED) if claim.precision else None))
    return shares


def _rate_of_mileage(sentence: Sentence) -> bool:
    """Whether the sentence speaks of mileage: miles named, or a vehicle with a claim or an
    allowance ("Staff who drive their own car for work can claim the 45p rate"; not "Company
    car drivers who earn over £50,270 pay the 40p rate")."""
    vocabulary = sentence.vocabulary
    return not vocabulary.isdisjoint(_MILEAGE_WORDS) or (
        not vocabulary.isdisjoint(_VEHICLES) and not vocabulary.isdisjoint(_CLAIMING))


def _pence_of_tax(claim: Claim, sentence: Sentence) -> bool:
    """Whether ``claim`` is whole pence below a pound said of a rate of tax."""
    if claim.unit != "GBP" or claim.unit_text not in ("p", "pence") or claim.low is None \
            or claim.kind != "point" or not 0 < claim.low < 1 \
            or (claim.low * _HUNDRED) % 1:
        return False
    text, end = sentence.text, claim.span[1]
    rate = _RATE_AFTER.match(text, end)
    if rate is not None:
        return text.startswith(" in the pound", end) or (
            _RATE_OF_ANOTHER.match(text, rate.end()) is None
            and (_TAX_IN_PENCE.search(text, sentence.span[0], sentence.span[1]) is not None
                 or (int(claim.low * _HUNDRED) in _INCOME_TAX_PENCE
                     and not _rate_of_mileage(sentence)
                     and not any(word.lower in _OTHER_RATES
                                 for word in sentence.before(end - 1, 6)
                                 + sentence.after(rate.end(), 5)))))
    if _RATE_BEFORE.search(text, max(sentence.span[0], claim.span[0] - _REACH_BEFORE),
                           claim.span[0]):
        return True  # "The higher rate of 40p applies", "basic rate 20p", "cut income tax to
        # 19p"
    after_end = min(sentence.span[1], end + _REACH_AFTER)
    stop = _CLAUSE_END.search(text, end, after_end)
    if _TAX_IN_PENCE.search(text, end, stop.start() if stop else after_end):
        return True
    start = max(sentence.span[0], claim.span[0] - _REACH_BEFORE)
    edges = [found.end() for found in _CLAUSE_EDGE.finditer(text, start, claim.span[0])]
    return claim.change is not None and _TAX_IN_PENCE.search(
        text, edges[-1] if edges else start, claim.span[0]) is not None


def _as_rate(claim: Claim, sentence: Sentence) -> Claim:
    """``claim`` in percent, or in percentage points when it changes a rate ("a 2p cut")."""
    following = sentence.after(claim.span[1], 1)
    change_of_rate = (claim.change is not None and claim.change.role == "delta") or (
        bool(following) and following[0].lower in ("cut", "rise", "increase", "off", "on"))
    unit = "percentage_point" if change_of_rate else "percent"
    low = tidy(claim.low * _HUNDRED) if claim.low is not None else None
    return replace(claim, value=low, low=low, high=low, unit=unit, dimension=unit,
                   precision=tidy(claim.precision * _HUNDRED) if claim.precision else None)
