"""A period that ends a clause and says how often its subject's amount comes: "About 20
million barrels of oil pass through Hormuz each day" is barrels a day, as "50 ships transit
the canal per day" is ships a day."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Final, List

from factcheck import units
from factcheck.claims import Claim
from factcheck.sentence import Sentence

#: the words that open a period at the end of a clause
_PERIOD_LEADS: Final = frozenset(["each", "every", "per"])
#: what the subject's amount may have between itself and the period: "of oil" and a verb
#: with its object, up to six plain words, then the period's lead
_TO_THE_PERIOD: Final = re.compile(
    r"[ ](?:of[ ][a-z]+[ ])?(?P<words>[a-z]+[ ](?:[A-Za-z][a-z]*[ ]){0,5}?)"
    r"(?=(?:each|every|per)[ ])")
#: what ends the clause after the period
_CLAUSE_END: Final = re.compile(r"[ ]?(?:[.;:!?]|,[ ]|\Z)")
#: words that open another clause, report one or stand as its subject, between the amount
#: and the period ("50 volunteers said they walk the dogs every day")
_NOT_ONE_CLAUSE: Final = frozenset(
    "and or but while whereas that which who than if when because although since said say "
    "says told think believe believes reported they we he she it i you".split())
#: kinds of amount a period may rate
_RATED: Final = frozenset(["count", "mass", "volume", "currency", "energy"])


def rates_at_clause_end(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """The subject's amount of a clause that ends in "each day", "every week" or "per
    year" is that amount per period ("2,000 people visit the museum every week"); not an
    amount after the verb ("Each day 40 ships arrive", "cost $5 on a day"), nor one already
    a rate or a change."""
    if _PERIOD_LEADS.isdisjoint(sentence.vocabulary):
        return claims  # the common case
    return [_rated(claim, sentence) if index == 0 else claim
            for index, claim in enumerate(claims)]


def _rated(claim: Claim, sentence: Sentence) -> Claim:
    """The claim in its unit per the period that ends its clause, or the claim as it was."""
    opens = not sentence.text[sentence.span[0]:claim.span[0]].strip(" ,") \
        or sentence.text[:claim.span[0]].endswith(", ")
    if claim.dimension not in _RATED or " / " in claim.unit or claim.change is not None \
            or not opens:
        return claim  # a subject starts its sentence or follows an opening phrase
    found = _TO_THE_PERIOD.match(sentence.text, claim.span[1])
    if found is None or _NOT_ONE_CLAUSE.intersection(found.group("words").split()):
        return claim
    period = units.match_per_after(sentence.text, found.end() - 1)
    if period is None or period.dimension != "time" or period.factor != 1 \
            or _CLAUSE_END.match(sentence.text, period.end) is None:
        return claim
    unit, dimension = units.compose(claim.unit, period.unit)
    return replace(claim, unit=unit, dimension=dimension)
