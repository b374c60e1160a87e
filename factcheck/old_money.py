"""British money before 1971, in pounds, shillings and pence: "£4 12s 6d", "2s 6d", "earned 5s
a week", "a loaf cost 6d".  Twenty shillings made a pound and twelve pence a shilling, so
each amount is read in pounds, as "89p" is ("5s a week" is 0.25 GBP / week, "6d" 0.025 GBP).
A lone "5s" or "6d" is money only after a verb of paying or before a rate ("the 60s" stays
a decade, "3d" a dimension); a written "s" and "d" together always are."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List, Optional

from factcheck import lexicon, units
from factcheck.changes import change_for
from factcheck.claims import Claim
from factcheck.hedges import HedgeReading, finish_hedged, read_hedges
from factcheck.sentence import Sentence

#: pounds, shillings and pence, or two of them, or one with the context checked in code:
#: "£4 12s 6d", "£4 12s", "2s 6d", "2s. 6d.", "4½d", "5s", "6d"
_OLD_MONEY: Final = re.compile(r"""
    (?<![\w.,£$€-])
    (?: £ (?P<pounds> [0-9]{1,3}(?:,[0-9]{3})* ) [ ]
          (?P<shillings> 1[0-9]|[0-9] ) s{dot}
          (?: [ ] (?P<pence> 1[01]|[0-9] ) (?P<half> ½ )? d{dot} )?
      | (?P<pair_shillings> [1-9][0-9]? ) s{dot} [ ]
        (?P<pair_pence> 1[01]|[0-9] ) (?P<pair_half> ½ )? d{dot}
      | (?P<lone_shillings> [1-9][0-9]? ) s{dot}
      | (?P<lone_pence> [1-9][0-9]? ) (?P<lone_half> ½ )? d{dot} )
    (?![\w%])
""".replace("{dot}", r"(?:\.(?=[ ][a-z0-9]))?"), re.VERBOSE)
#: a shilling or a penny glued to a number, which every amount here has
_HINT: Final = re.compile(r"[0-9½][sd]\b")
#: a wage's period after a lone "5s": " a week", " a day"
_PERIOD_AFTER: Final = re.compile(r"[ ](?:a|per)[ ](?:day|week|month|year)\b")
#: verbs and nouns of paying, before a lone "5s" or "6d" (grammar_words.txt)
_PAYING: Final = lexicon.word_sections("grammar_words.txt")["pound_money_cues"]
#: words of a sentence about money, beside which "10s. a week" is shillings
_MONEY_WORDS: Final = _PAYING | frozenset(["rents", "wage", "wages", "shilling", "shillings",
                                           "pence", "penny", "pay", "income", "allowance"])
#: verbs of paying that spend time as often as money, before a lone "30s"
_SPENDING: Final = frozenset(["spent", "spend", "spends", "spending"])
_SHILLING: Final = Decimal(1) / 20
_PENNY: Final = Decimal(1) / 240


def old_money_claims(sentence: Sentence) -> List[Claim]:
    """Each amount of pounds, shillings and pence in ``sentence``, in pounds."""
    if _HINT.search(sentence.text, *sentence.span) is None:
        return []  # the common case: no shilling nor penny glued to a number
    claims: List[Claim] = []
    for found in _OLD_MONEY.finditer(sentence.text, *sentence.span):
        value = _value(found)
        if value is None or (_lone(found) and not _priced(sentence, found)):
            continue
        end = found.end()
        unit, dimension = "GBP", "currency"
        per = units.match_per_after(sentence.text, end)
        if per is not None:
            unit, dimension = units.compose(unit, per.unit)  # "5s a week"
            end = per.end
        hedge = read_hedges(sentence, HedgeReading("point", "", found.start(), end),
                            dimension, None)
        claims.append(finish_hedged(
            sentence, hedge, value, precision=_PENNY if "d" in found.group() else _SHILLING,
            unit=unit, dimension=dimension, change=change_for(sentence, hedge.start, hedge.end)))
    return claims


def _value(found: "re.Match[str]") -> Optional[Decimal]:
    """The amount a match writes, in pounds."""
    pounds = Decimal(found.group("pounds").replace(",", "")) if found.group("pounds") else 0
    shillings = found.group("shillings") or found.group("pair_shillings") \
        or found.group("lone_shillings")
    pence = found.group("pence") or found.group("pair_pence") or found.group("lone_pence")
    half = found.group("half") or found.group("pair_half") or found.group("lone_half")
    value = pounds + Decimal(shillings or 0) * _SHILLING \
        + (Decimal(pence or 0) + (Decimal("0.5") if half else 0)) * _PENNY
    return value.normalize() if value else None


def _lone(found: "re.Match[str]") -> bool:
    """Whether the match is a shilling or a penny alone, which other things write so."""
    return bool(found.group("lone_shillings") or found.group("lone_pence"))


def _priced(sentence: Sentence, found: "re.Match[str]") -> bool:
    """Whether a lone "5s" or "6d" is money: a word of paying right before it, or a rate
    right after it ("earned 5s a week", "A loaf cost 6d", "4½d a pint", "10s. a week"; not
    "the 60s", "a 3d printer", "held for 5s")."""
    before = sentence.before(found.start(), 1)
    if before and before[0].lower in _PAYING \
            and not (found.group("lone_shillings") and before[0].lower in _SPENDING):
        return True  # (but "We spent 30s on each slide": time spent)
    if found.group("lone_pence") is not None:
        return units.match_per_after(sentence.text, found.end()) is not None  # "4½d a pint"
    return _PERIOD_AFTER.match(sentence.text, found.end()) is not None \
        and not sentence.vocabulary.isdisjoint(_MONEY_WORDS)  # "Rents were 10s. a week" (not
    # "Plank for 30s a day")
