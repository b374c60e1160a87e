"""Passes over the claims of one sentence that read neighbours together: shared and
elided units ("5 and 6 kg", "435 homes ... and 187"), composites ("7 feet 10 inches"),
two bounds that make a range, conversions in parentheses and from/to changes."""
from __future__ import annotations

import re

from bisect import bisect_left
from dataclasses import replace
from decimal import Decimal
from typing import Collection, Dict, Final, List, Optional, Sequence, Tuple

from factcheck import lexicon, units
from factcheck.claims import Change, Claim
from factcheck.errors import FactcheckError
from factcheck.changes import INDEX_NAMES, before_level, level_start, running_total_before
from factcheck.nouns import counted_noun, is_plural_word, sides_of_a_size
from factcheck.numerals import parse_number, tidy
from factcheck.reading import SIZE_SIGNS, SUB_UNIT_WORDS, after_age_word
from factcheck.sentence import MAX_PHRASE_WORDS, Sentence, ends_clause, gapped_clause
from factcheck.text import POSSESSIVE_ENDINGS, TO_THE_CENT, Word, lower_words


_GRAMMAR: Final = lexicon.word_sections("grammar_words.txt")

#: a bare number right after one of these may leave out the noun before it:
#: "435 homes by open sale and 187 by tender"
_ELLIPSIS_CONNECTIVES: Final = _GRAMMAR["ellipsis_connectives"]


def _joined(sentence: Sentence, left: Claim, right: Claim, joiners: Collection[str]) -> bool:
    """True when only one of ``joiners`` (or nothing) stands between two claims."""
    gap = sentence.gap(left.span[1], right.span[0]).strip().lower()
    return gap in joiners


def nouns_from_question(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "how many drones Russia has acquired, ranging from 600 to 3,000": bare numbers
    count the noun of "how many" or "the number of" in their sentence."""
    if _ASKING_WORDS.isdisjoint(sentence.vocabulary) or not any(
            _counts_something(c) for c in claims):
        return claims
    noun = _asked_noun(sentence)
    if noun is None:
        return claims
    return [replace(c, unit=units.singular(noun.text), dimension="count")
            if _counts_something(c) else c for c in claims]


def _counts_something(claim: Claim) -> bool:
    """A bare whole number (not a fraction, not a factor) that could count a noun."""
    if claim.unit or (claim.change is not None and claim.change.role == "factor"):
        return False
    ends = [end for end in (claim.low, claim.high) if end is not None]
    return bool(ends) and all(end == end.to_integral_value() and end >= 1 for end in ends)


#: the word pairs that ask for a count: "how many drones", "the number of people"
_ASKING_PAIRS: Final = (("how", "many"), ("number", "of"))
#: a quick miss: a sentence without the first word of a pair asks for no count
_ASKING_WORDS: Final = frozenset(first for first, _ in _ASKING_PAIRS)


def _asked_noun(sentence: Sentence) -> Optional[Word]:
    """The plural noun after "how many" or "number of", if the sentence has one."""
    tokens = sentence.words
    for index in range(len(tokens) - 2):
        pair = (tokens[index].lower, tokens[index + 1].lower)
        if pair in _ASKING_PAIRS:
            return counted_noun(sentence, tokens[index + 1].end, None)
    return None


def share_coordinated_units(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "5 and 6 kg", "5 or 6 km": a bare number takes the unit of the next one; so do the
    items of a list, "3, 4 and 5 billion euros", "120, 340 and 560 people", and amounts of
    money the rate written after the last, "£30, £25 and £20 a month"."""
    if len(claims) < 2:
        return claims  # nothing to read together
    shared = list(claims)
    took = False  # whether the claim after this one took the unit of its own next
    source = shared[-1]  # the claim that writes the unit the list shares
    for index in range(len(shared) - 2, -1, -1):
        claim, following = shared[index], shared[index + 1]
        if not took:
            source = following
        listed = index > 0 and shared[index - 1].unit in ("", following.unit) \
            and _joined(sentence, shared[index - 1], claim, (",",))  # (the first item may
        # have its unit already: "killed 33, 28 and 17 people")
        if (not claim.unit and following.unit
                and not ("/" in claim.text and following.dimension == "percent")
                and not _count_beside_share(sentence, claim, following)
                and (claim.change is None or took or (following.change is None and _joined(
                    sentence, claim, following, ("and", "or"))))  # "fell 2, 3 and 4 per cent"
                and (claim.kind in ("point", "approx") or _bounded_side(sentence, claim, following))
                and not _tier_of_a_list(sentence, claim)
                and (following.dimension != "count" or listed or took
                     or _suspended(sentence, claim)
                     or _joined(sentence, claim, following, ("or",))
                     or _pack_sizes(sentence, claim, following)
                     or _pixel_sides(sentence, claim, following))
                and (_coordinated(sentence, claim, following)
                     or (took and _joined(sentence, claim, following, (",",)))
                     or (listed and _joined(sentence, claim, following, (",",))
                         and following.dimension not in ("count", "currency")
                         and _comparable(claim, following)))):
            # (a list of three or more with commas alone: "0.045, 0.103, 0.288 seconds"; a
            # fraction is no percentage: "3/8 or 37%")
            shared[index] = _in_unit_of(claim, source)
            took = True
        elif (_takes_rate(claim, following)
              and (claim.change is None or took or (
                  _joined(sentence, claim, following, ("and",))
                  and _comparable(claim, following, _LISTED_CHANGE_RATIO)
                  and not _ONE_OFF.search(sentence.text, sentence.span[0], claim.span[0])))
              and claim.kind in ("point", "approx")
              and not (_joined(sentence, claim, following, ("or",))
                       and not _comparable(claim, following, PRICE_RATIO))
              and (_joined(sentence, claim, following, ("and", "or", ", and"))
                   or (took and _joined(sentence, claim, following, (",",)))
                   or (claim.dimension != "currency"
                       and " of " in following.text  # the second is of a thing too
                       and _OF_THING_AND.match(sentence.gap(claim.span[1],
                                                            following.span[0]).strip())))):
            # "£30, £25 and £20 a month", "26.4 points, 12.4 rebounds and 9.0 assists per
            # game": the rate written once (but "$199 or $9.99/month": to buy or to rent)
            shared[index] = replace(claim, unit=claim.unit + following.unit[
                following.unit.index(" / "):], dimension=following.dimension)
            took = True
        else:
            took = False
    return shared


#: words between "the" and a number that make it one tier of a list of things named
#: earlier: "the next 5,000", "the remaining 300"
_TIER_WORDS: Final = frozenset(["next", "first", "last", "remaining", "following", "final",
                                "other", "further"])


def _tier_of_a_list(sentence: Sentence, claim: Claim) -> bool:
    """ "10% on the first 5,000 hardbacks, 12.5% on the next 5,000 and 15% thereafter": a
    number after "the next" counts what an earlier tier counted, not the next claim's unit."""
    before = sentence.before(claim.span[0], 2)
    return len(before) == 2 and before[0].lower == "the" and before[1].lower in _TIER_WORDS


def _pack_sizes(sentence: Sentence, claim: Claim, following: Claim) -> bool:
    """ "Packs of 16 and 32 tablets", "in 6 and 12 bottles": two sizes of one thing after
    "of" or "in", joined by "and", the noun written once."""
    if not _joined(sentence, claim, following, ("and",)) or not claim.text.isdigit():
        return False
    before = sentence.before(claim.span[0], 1)
    return bool(before) and before[0].lower in ("of", "in")


def _takes_rate(claim: Claim, following: Claim) -> bool:
    """Whether ``claim`` may take the rate of ``following`` in a list: amounts of the same
    money a little apart ("£30 ... and £20 a month", not "£4.7bn, or 520p a share"), or
    counts beside a count per period ("12.4 rebounds and 9.0 assists per game")."""
    rate = units.split_rate(following.unit) if " / " in following.unit else None
    if rate is None or " / " in claim.unit or not claim.unit:
        return False
    if claim.dimension == "currency":
        return rate[0] == claim.unit and _comparable(claim, following, TALLY_RATIO)
    if claim.dimension == "count":
        return units.dimension_of(rate[0]) == "count"
    return units.dimension_of(rate[0]) == claim.dimension \
        and _comparable(claim, following, TALLY_RATIO)  # "2,700kWh ... and 11,500kWh a year"


#: what the first of two measures is of, then "and": "2,700kWh of electricity and 11,500kWh
#: of gas a year" share the year
_OF_THING_AND: Final = re.compile(r"of [A-Za-z0-9]+(?: [a-z]+)? (?:and|or)\Z")


#: an amount written to the cent (TO_THE_CENT) is in the main unit though a sub-unit follows
#: written without decimals and more than this many times its size: "1.20 and 45 cents a
#: kilo" (but "197.3 and 203.1 cents a litre", "5 and 50 cent coins", "38.45 and 21.12 cents
#: per kWh", "174.90 and 180 cents a litre")
_SUB_UNIT_RATIO: Final = 2
#: a number with decimals ending a word: "21.12"
_DECIMAL_END: Final = re.compile(r"[0-9]\.[0-9]+\Z")
#: how far apart two amounts joined by "and" may be to share the rate written after the
#: second when the first carries a change: "hiked by Rs 5.36 and Rs 11.37 a litre" (not "the
#: joining fee rises by $50 and $10 a month")
_LISTED_CHANGE_RATIO: Final = 3
#: words of a payment made once, before which the first of two changes is no rate: "the
#: upfront cost rises by $300 and $150 a month after that"
_ONE_OFF: Final = re.compile(r"\b(?:one-off|upfront|up-front|joining|deposit|installation"
                             r"|signing|connection|lump)\b", re.IGNORECASE)
#: a price by a unit of something: "USD / liter"
_MONEY_RATE: Final = re.compile(r"[A-Z]{3} / ")


def _in_sub_unit(value: Optional[Decimal], factor: Decimal) -> Optional[Decimal]:
    """``value`` back in the sub-unit it was written in: 0.45 (dollars) as 45 (cents)."""
    return None if value is None else value / factor


def _in_unit_of(claim: Claim, following: Claim) -> Claim:
    """A bare ``claim`` in the unit of ``following``; in the sub-unit that one writes, the
    amount converted as its own was: "20 and 50 cents" is $0.20 and $0.50."""
    money = following.dimension == "currency" or _MONEY_RATE.match(following.unit)
    entry = units.lookup_after(following.unit_text) if money and following.unit_text else None
    if entry is None and money and following.dimension == "rate":
        entry = units.lookup_after(following.unit_text.split(" ", 1)[0])  # "cents a litre"
    factor = entry.factor if entry is not None and entry.unit == following.unit[:3] \
        else Decimal(1)
    if factor != 1 and TO_THE_CENT.search(claim.text) \
            and not _DECIMAL_END.search(following.text.split(" ", 1)[0]) \
            and not _comparable(claim, replace(following, low=_in_sub_unit(following.low, factor),
                                               high=_in_sub_unit(following.high, factor)),
                            _SUB_UNIT_RATIO):
        factor = Decimal(1)  # "1.20 and 45 cents a kilo": the first is in dollars (but
        # "38.45 and 21.12 cents per kWh", "174.90 and 180 cents a litre": cents both)
    if factor == 1:
        return replace(claim, unit=following.unit, dimension=following.dimension)
    value, low, high = (None if v is None else tidy(v * factor)
                        for v in (claim.value, claim.low, claim.high))
    return replace(claim, unit=following.unit, dimension=following.dimension, value=value,
                   low=low, high=high, precision=None if claim.precision is None
                   else claim.precision * factor)


def share_tally_units(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "a margin of 52 to 48 percent", "320 votes to 290": two counts set against each
    other with "to", neither a change, share the unit one of them writes."""
    if len(claims) < 2:
        return claims  # nothing to read together
    shared = list(claims)
    for index in range(len(shared) - 1):
        claim, following = shared[index], shared[index + 1]
        if (claim.change is not None or following.change is not None
                or claim.kind != "point" or following.kind != "point"
                or bool(claim.unit) == bool(following.unit)
                or sentence.gap(claim.span[1], following.span[0]).lower() != " to "):
            continue
        bare = following if claim.unit else claim
        if not _counts_something(bare) and bare.precision is None:
            continue  # "zoomed by a quarter to £9bn": a share is no tally
        if not _comparable(claim, following, TALLY_RATIO):
            continue  # "0.7 percent to 6,450.04": a change and a level, no tally
        source = claim if claim.unit else following
        shared[index if following.unit else index + 1] = replace(
            bare, unit=source.unit, dimension=source.dimension)
    return shared


#: how far apart the two sides of a tally may be: "320 votes to 290", "a 3 to 1 margin"
TALLY_RATIO: Final = 20
#: how far apart parallel amounts may be: "435 homes ... and 187"
PARALLEL_RATIO: Final = 100


def inherit_elided_units(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """A bare number whose unit or noun is left out takes it from its neighbour:
    "435 homes by open sale and 187 by tender" (the noun before, after a connective from
    grammar_words.txt), "30 of 35 drones", "280 million of the 1.5 billion shekels" (the
    noun after "of")."""
    if len(claims) < 2:
        return claims
    result = list(claims)
    for index, claim in enumerate(result):
        per = claim.unit[len("1 / "):] if claim.unit.startswith("1 / ") else ""
        if per:  # "500 trucks/day pre-war vs 80/day now": the noun of a rate left out
            previous = _parallel_before(result, index)
            if previous is not None and previous.unit.endswith(" / " + per) \
                    and previous.dimension == "rate" and _after_connective(sentence, previous,
                                                                           claim):
                result[index] = replace(claim, unit=previous.unit, dimension=previous.dimension)
            continue
        if claim.unit or claim.value is None or (claim.change and claim.change.role == "factor"):
            continue
        whole = _counts_something(claim)
        if not whole and (claim.precision is None or " in " in claim.text
                          or " of " in claim.text):
            continue  # "a third", "one in five": a share of a group has no unit
        following = result[index + 1] if index + 1 < len(result) else None
        if (following is not None and following.unit
                and (whole and following.dimension in ("count", "currency")
                     or following.dimension not in _NO_PARTITIVE_DIMENSIONS)
                and following.low is not None and claim.high is not None
                and following.low > claim.high and _of_the(sentence, claim, following)):
            # a part of a whole is no size of a change: "lost four of their past five games"
            change = None if claim.change is not None and claim.change.role == "delta" \
                else claim.change
            result[index] = replace(claim, unit=following.unit, dimension=following.dimension,
                                    change=change)
            continue
        previous = _parallel_before(result, index, sentence)
        if previous is not None and previous.unit:
            claim = _in_sub_units(claim, previous)  # "27p per kWh, the Welsh about 29"
        if (previous is not None and previous.unit and (whole or previous.dimension != "count"
                                                        or _an_average(previous))
                and (claim.change is None or claim.change.role == "from" or (
                    claim.change.role == "delta" and previous.change is not None
                    and previous.change.role == "delta")
                    or _change_of_the_count(sentence, previous, claim) or (
                        claim.change.role == "to" and previous.change is None
                        and _after_participle_to(sentence, previous, claim)))
                and previous.dimension not in ("percentage_point", "basis_point")
                and not _FOR_A_PRICE.match(sentence.text, claim.span[1])
                and not _period_of_time(sentence, previous, result[:index], claim)
                and _after_connective(sentence, previous, claim)):
            assert previous is not None
            result[index] = replace(claim, unit=previous.unit, dimension=previous.dimension)
    return result


#: what opens another clause between a "from" and a "to" level: "to 300,000 from 1.5 million
#: and scaled the first phase back to 2.4 km", "fell from 1,200 and fees rose to £45" (the
#: kilometres and pounds are another thing's)
_ANOTHER_CLAUSE: Final = re.compile(r"\b(?:but|while|whereas)\b|;|,[ ]and\b|\band\b(?![ ]then\b)")
#: a phrase of place or time right after the "from" level, whose "and" joins its nouns: "from
#: 5.1 in May and June to 4.8%", "from 60 on the A30 and A38 to 50mph", "from 12,570 this year
#: and next to £15,000"
_PHRASE_AFTER_LEVEL: Final = re.compile(
    r"[ ](?:in|on|at|for|across|among|between|during|along|through|throughout|around|over"
    r"|within|under|near|this|next|last)[ ][^,;]*\Z")
#: a verb after that "and", which opens a clause of its own: "from 40 in the city and the
#: council cut fines to £100"
_VERB_AFTER_AND: Final = re.compile(
    r"\b(?:[a-z]+ed|cut|rose|fell|grew|went|set|put|paid|hit|made|took|gave|kept|said|saw"
    r"|rises|falls|cuts|is|are|was|were|has|have|had|will|would|can|could|may|might)\b")


def _subject_of_another_clause(gap: str) -> bool:
    """Whether the words between a "from" level and a "to" level open another clause with a
    subject or an object of its own: ", while active listings rose to", "and the FTSE 100 rose
    to", "and recorded offences fell to", "and it pushed ridership down to" (not "and are
    expected to fall to", "but later raised to", "and it was raised in April to", "and will go
    to": the same thing's change)."""
    joints = list(_ANOTHER_CLAUSE.finditer(gap))
    if not joints or not _another_clause(gap):
        return False
    changes = lexicon.load().changes
    words = gap[joints[-1].end():].replace(" all the way ", " ").split()
    verb = auxiliary = False
    for index, text in enumerate(words):
        word = text.lower()
        if word.endswith("ly") or word in _SAME_SUBJECT_WORDS:
            continue
        if word in _SUBORDINATORS:
            verb = auxiliary = False  # "and stayed flat as usage fell to": another clause
            continue
        if verb:  # after the verb: an object of its own, or a phrase of place or time
            if auxiliary or word in _AFTER_VERB_WORDS or word in changes \
                    or word in _AUXILIARIES or word.endswith("ed"):
                auxiliary = word in _AUXILIARIES  # "and will go to", "was brought down to"
                continue
            return word.isalpha() and word not in _PHRASE_OPENERS
        if _verb_of_clause(text, words[index + 1:], changes):
            verb, auxiliary = True, word in _AUXILIARIES
        elif word.isalpha():
            return True  # a subject of its own: "while the Zoopla index rose to"
    return False


def _verb_of_clause(text: str, rest: Sequence[str],
                    changes: Dict[str, lexicon.ChangeWord]) -> bool:
    """Whether a word after the joint is the clause's verb: an auxiliary, a change word or a
    word in "-ed", unless a noun and a later change verb follow it ("and was raised", "and it
    pushed", "and stayed there before rising"; not "and recorded offences fell", "and rising
    demand took", "and May sales rose")."""
    word = text.lower()
    if word in _AUXILIARIES:
        return text != "May"  # (the month: "and May sales rose to")
    if not (word in changes or word.endswith("ed")):
        return False
    noun_next = bool(rest) and rest[0].isalpha() and rest[0].islower() \
        and rest[0] not in lexicon.load().function_words and rest[0] not in _SAME_SUBJECT_WORDS \
        and rest[0] not in _AFTER_VERB_WORDS and rest[0] not in _PHRASE_OPENERS \
        and rest[0] not in changes and not rest[0].endswith("ly")
    later_verb = any(w.lower() in changes and not changes[w.lower()].adverb for w in rest[1:])
    if word in changes:
        return not (noun_next and later_verb and word.endswith(("ing", "er")))
    return not (noun_next and later_verb)


#: auxiliaries and modals, which open a clause's verb
_AUXILIARIES: Final = frozenset(["could", "would", "will", "may", "might", "should", "can",
                                 "must", "is", "are", "was", "were", "has", "have", "had", "be",
                                 "been", "did", "does", "do"])
#: words before a clause's verb whose subject is the one before, besides -ly adverbs: "and
#: then", "but later", "and it was raised to", "and this year it rose to"
_SAME_SUBJECT_WORDS: Final = frozenset([
    "being", "then", "later", "also", "now", "again", "still", "further", "back", "down",
    "up", "even", "only", "just", "to", "it", "they", "this", "that", "he", "she", "we", "set",
    "forecast", "due", "likely", "expected", "projected", "predicted", "year", "month", "week",
    "day", "quarter", "time"])
#: words after a clause's verb that add to the verb, not an object: "and it climbed a further
#: 5 to", "and lowered them again to", "and was raised overnight to", "and is about to rise to"
_AFTER_VERB_WORDS: Final = frozenset([
    "a", "an", "another", "them", "him", "her", "us", "more", "less", "over", "off", "out",
    "once", "yet", "there", "about", "going", "flat", "steady", "yesterday", "overnight",
    "today", "tonight", "tomorrow", "right", "straight"])
#: words that open a phrase of place or time after a clause's verb, whose level is still the
#: same thing's: "and it was raised in April to", "and will rise next year to"
_PHRASE_OPENERS: Final = frozenset(["in", "on", "at", "by", "from", "for", "after", "before",
                                    "since", "during", "until", "within", "across", "under",
                                    "next", "last", "this", "each", "every", "early", "late"])
#: words that open a clause of their own inside the gap: "and stayed flat as usage fell to"
_SUBORDINATORS: Final = frozenset(["as", "when", "while", "whereas", "because"])


def _another_clause(gap: str) -> bool:
    """Whether the words between a "from" level and a "to" level open another clause, whose
    unit is another thing's."""
    return any(not (found.group() == "and" and _PHRASE_AFTER_LEVEL.match(gap, 0, found.start())
                    and not _VERB_AFTER_AND.search(gap, found.end())
                    and _nouns_after_and(gap[found.end():]))
               for found in _ANOTHER_CLAUSE.finditer(gap))


#: how many words the nouns joined by that "and" may run to: "and the South East", "and its
#: slip roads" (not "and the club lifts season tickets", "and the price of a season ticket
#: climbs": a clause, whatever its verb)
_NOUNS_AFTER_AND: Final = 3


def _nouns_after_and(rest: str) -> bool:
    """Whether the words after such an "and", up to the "to" of the new level, are few
    enough to be nouns joined to the phrase before it, not a clause."""
    return len(rest.split()) - 1 <= _NOUNS_AFTER_AND  # (the last word is the "to")


def _period_of_time(sentence: Sentence, claim: Claim, earlier: Sequence[Claim],
                    compared: Claim) -> bool:
    """Whether a duration names the period things counted before it are counted in: "25
    listings in the next 12 months, against 19 in the past year" (19 listings, not months;
    but "covers the first 36 months, up from 24", "The trial will cost £2m and run for the
    next 18 months, up from 12"): an amount before it, and a time of the ``compared``
    number's own after it, or things counted before it ("hire 90 engineers over the next
    three years, compared with 22")."""
    before = sentence.before(claim.span[0], 1)
    if claim.dimension != "time" or not before or before[0].lower not in _PERIOD_OPENERS:
        return False
    amounts = [other for other in earlier
               if other.dimension != "time" and other.span[1] <= claim.span[0]]
    counts = [other for other in amounts if other.dimension == "count" and other.unit]
    return bool(amounts) and (_TIME_OF_ITS_OWN.match(sentence.text, compared.span[1]) is not None
                              or _no_such_period(claim, compared)
                              or (bool(counts) and not _earlier_length(claim, compared,
                                                                       counts[-1])))


def _earlier_length(period: Claim, compared: Claim, counted: Claim) -> bool:
    """Whether the number compared with a period is its earlier length rather than the
    earlier number of the things counted: a change that runs the period's way and not
    theirs, or both ways but from a number nearer its length than theirs ("recruit 300
    patients and run for the next 18 months, up from 12", "enrol 30 hospitals and run for
    the next 18 months, down from 24"; not "run 20 buses over the next six months, down from
    35")."""
    change = compared.change
    if change is None or change.role != "from" or period.value is None \
            or compared.value is None or counted.value is None or compared.value <= 0:
        return False
    if not _runs_from(change.direction, compared.value, period.value):
        return False
    if not _runs_from(change.direction, compared.value, counted.value):
        return True
    return _size_ratio(compared.value, period.value) < _size_ratio(compared.value, counted.value)


def _runs_from(direction: str, old: Decimal, new: Decimal) -> bool:
    """Whether a change in ``direction`` can lead from ``old`` to ``new``."""
    return (direction == "up" and old < new) or (direction == "down" and old > new)


def _size_ratio(a: Decimal, b: Decimal) -> Decimal:
    """How many times the larger of two positive amounts is the smaller."""
    return max(a, b) / min(a, b) if min(a, b) > 0 else Decimal("Infinity")


def _no_such_period(period: Claim, compared: Claim) -> bool:
    """Whether the number compared with a period cannot be another length of it: "over the
    next two years, up from 180", "the next 12 months, up from 19" (up from more), "the next
    five years, compared with 250" (more than eight times as long)."""
    if period.value is None or compared.value is None or not period.value:
        return False
    if compared.change is not None and compared.change.role == "from" \
            and _runs_from(compared.change.direction, period.value, compared.value):
        return True
    return compared.value > _LONGEST_PERIOD_RATIO * period.value


#: how many times a period's length a number compared with it may be and still be a period
_LONGEST_PERIOD_RATIO: Final = 8


#: a time of its own after the number compared with a period's amount: "against 19 in the
#: past year", "against 22 last year", "compared with 5 a year earlier"
_TIME_OF_ITS_OWN: Final = re.compile(
    r"[ ](?:in[ ](?:the[ ])?(?:past|previous|last|prior|same)\b|last[ ]|a[ ]year[ ]"
    r"(?:earlier|ago|before)|the[ ]year[ ]before|in[ ](?:19|20)[0-9]{2}\b|over[ ]the[ ]"
    r"(?:past|previous|last)\b|(?:a|one)[ ]year[ ]ago)")


#: the words before a duration that make it the period of a count: "in the next 12 months"
_PERIOD_OPENERS: Final = frozenset(["next", "past", "last", "coming", "previous", "first",
                                    "final", "following", "preceding"])


def _an_average(claim: Claim) -> bool:
    """Whether a count has a fraction, as an average does: "3.4 nights, down from 3.9"."""
    return claim.value is not None and claim.value != claim.value.to_integral_value()


def units_across_arrows(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "42 → 46%", "190 -> 176 lb": a bare number before an arrow is in the unit of the
    number the arrow leads to."""
    if len(claims) < 2:
        return claims
    result = list(claims)
    for index in range(len(result) - 1):
        claim, following = result[index], result[index + 1]
        if not claim.unit and following.unit and claim.value is not None \
                and _ARROW_BETWEEN.fullmatch(sentence.gap(claim.span[1], following.span[0])):
            result[index] = replace(claim, unit=following.unit, dimension=following.dimension)
    return result


#: an arrow between two numbers: " → ", " -> ", "=>"
_ARROW_BETWEEN: Final = re.compile(r"[ ]?(?:-+>|=>|\N{RIGHTWARDS ARROW})[ ]?")


#: a price after a bare number, which makes it a count bought for that price: "or 5 for 75p"
_FOR_A_PRICE: Final = re.compile(r"[ ]for[ ](?:[$\N{POUND SIGN}\N{EURO SIGN}][0-9]|[0-9.]+[ ]?p\b)")


def _after_participle_to(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "a sentence of 15 years, reduced to 12", "The pension age is 55, rising to 57": the
    new level after a participle of change, which leaves out the unit of the old one before
    it (a participle in "-ing" right after the old one and its comma: not "500 units, with
    profit rising to 57")."""
    before = sentence.before(claim.span[0], 2)
    return len(before) == 2 and (before[0].lower, before[1].lower) in _CONNECTIVE_PAIRS \
        and (not before[0].lower.endswith("ing")
             or sentence.gap(previous.span[1], before[0].start) == ", ")


def _priced(claim: Claim) -> bool:
    """Whether the claim is money, or a rate of money: its unit opens with an ISO code."""
    money = claim.unit.partition(" / ")[0]
    return len(money) == 3 and money.isupper()


def _level_in_sub_units(old: Claim, new: Claim) -> Claim:
    """The "from" level in the sub-unit of the "to" level written in pence or cents, when it
    is then of a like size: "from 167.9 to 184.9 cents a litre" (1.679), but "from 1.20 to 95
    cents" stays 1.20."""
    converted = _in_sub_units(old, new)
    if converted is old or converted.value is None or new.value is None or not new.value:
        return old
    ratio = converted.value / new.value
    return converted if 1 / _SUB_UNIT_LEVEL_RATIO <= ratio <= _SUB_UNIT_LEVEL_RATIO else old


#: how many times the size of the "to" level a "from" level read in sub-units may be
_SUB_UNIT_LEVEL_RATIO: Final = 4


def _in_sub_units(claim: Claim, previous: Claim) -> Claim:
    """A bare amount after one written in pence or cents, in the main currency as that one
    is: "about 27p per kWh, the Welsh about 29" is 0.29 GBP per kWh (the caller gives it the
    unit only if it then reads as a parallel of the amount before)."""
    words = previous.unit_text.lower().split()
    if not words or not _priced(previous) \
            or previous.text.lower().startswith(words[0]) \
            or not (words[0] in SUB_UNIT_WORDS
                    or (len(words) > 1 and words[1] in SUB_UNIT_WORDS)):
        return claim  # ("euro cents per kWh": the word of the hundredth comes second; "c $
        # 100" is a marker before the amount, Canada's dollar)
    hundredth = Decimal("0.01")
    return replace(claim, value=None if claim.value is None else tidy(claim.value * hundredth),
                   low=None if claim.low is None else tidy(claim.low * hundredth),
                   high=None if claim.high is None else tidy(claim.high * hundredth),
                   precision=None if claim.precision is None
                   else tidy(claim.precision * hundredth))


#: dimensions of a whole that a bare part before "of" does not take: shares and rates, and
#: counts and money (read above, for whole parts only)
_NO_PARTITIVE_DIMENSIONS: Final = frozenset(["count", "currency", "percent",
                                             "percentage_point", "basis_point", "rate",
                                             "dimensionless"])


def _parallel_before(claims: List[Claim], index: int,
                     sentence: Optional[Sentence] = None) -> Optional[Claim]:
    """The claim before ``claims[index]`` that a bare number may parallel, passing over
    durations in between that are of another size: "68,400 people who have been
    unemployed for one to two years and 95,800 who ..."; and, given the sentence, over the
    size of the things a count counts: "Of the 50 12 V batteries, 3 failed" parallels the
    50 batteries, not the 12 volts."""
    for back in range(index - 1, -1, -1):  # no slice: a sentence may hold 100,000 claims
        earlier = claims[back]
        if sentence is not None and back > 0 and _size_of_counted(claims[back - 1], earlier,
                                                                  sentence):
            return claims[back - 1]
        if earlier.dimension != "time" or (
                _comparable(earlier, claims[index]) and not (
                    sentence is not None and _REPORTING_WINDOW.search(
                        sentence.text, max(sentence.span[0], earlier.span[0] - 16),
                        earlier.span[0]))):
            return earlier
    return claims[index - 1] if index else None


#: what opens a reporting window, passed over like a duration of another size: "4.8 deaths
#: per 100,000 people in the 12 months to October, against 4.5"
_REPORTING_WINDOW: Final = re.compile(r"\b(?:in|over|during|for)[ ]the(?:[ ](?:past|last))?[ ]\Z")


def _size_of_counted(count: Claim, size: Claim, sentence: Sentence) -> bool:
    """Whether ``size`` stands between ``count`` and the noun it counts: the "12 V" of "50
    12 V batteries"."""
    if count.dimension != "count" or size.dimension == "count" \
            or not sentence.gap(count.span[1], size.span[0]).isspace():
        return False
    noun = sentence.after(size.span[1], 1)
    return bool(noun) and units.singular(noun[0].lower) == count.unit


#: determiners and words of order between "of" and the whole: "of their last eight games"
_PARTITIVE_DETERMINERS: Final = _GRAMMAR["possessive_determiners"]
_ORDER_WORDS: Final = _GRAMMAR["order_words"]


def _of_the(sentence: Sentence, claim: Claim, following: Claim) -> bool:
    """Only "of", "of the", "of its", "out of" between the two claims, perhaps with a word
    of order: "seven of their last eight games"."""
    gap = [w.lower() for w in sentence.gap(claim.span[1], following.span[0]).split()]
    if gap in (["of"], ["out", "of"]):
        return True
    if not gap or gap[0] != "of" or len(gap) > 4:
        return False
    rest = gap[1:]
    if rest and rest[0] in _PARTITIVE_DETERMINERS:
        rest = rest[1:]
    if rest and rest[-1] in _ORDER_WORDS:
        rest = rest[:-1]
    # "10,000 of the firm's 30,000 workers"
    return not rest or (len(rest) == 1 and rest[0].endswith(POSSESSIVE_ENDINGS))


#: a participle of change and "from" before an old level that leaves out its unit: "12
#: years, reduced from 15 on appeal"
_CONNECTIVE_PAIRS: Final = frozenset((verb, preposition) for verb in (
    "reduced", "cut", "increased", "lowered", "extended", "trimmed", "raised", "rising",
    "falling", "increasing", "decreasing", "dropping", "climbing")
    for preposition in ("from", "to"))


#: what joins two clauses: a semicolon, "and", "but" or a comma not right before "from"
#: (", from 5.5" is the same clause's old level)
_CLAUSE_JOIN: Final = re.compile(r";|\b(?:and|but)\b|,(?![ ]from\b)")


def _level_then_old_level(previous: Claim, claim: Claim) -> bool:
    """A new level, then the old one after "from": "fell to 4.1% from 4.3"."""
    return previous.change is not None and previous.change.role == "to" \
        and (claim.change is None or claim.change.role == "from")


#: words after a gapped clause's number that go on to the next item of the list: "Reform on
#: 25 and the Conservatives on 18"
_LIST_GOES_ON: Final = frozenset(["and", "or", "while", "but", "with"])


#: one lower-case label after an amount, then the comma or "and" before the next
_LABEL_BETWEEN: Final = re.compile(r"[ ](?P<label>[a-z]+)(?:,[ ]|[ ]and[ ]|,[ ]and[ ])")
#: the label after the next amount, which ends the item
_LABEL_AFTER: Final = re.compile(r"[ ](?P<label>[a-z]+)(?=[,.;:)]|[ ]and\b|[ ]?\Z)")


#: a phrase that tags an amount, then a comma or a connective before the next: " in summer, "
_TAG_BETWEEN: Final = re.compile(
    r"[ ](?P<tag>in|on|at|during)[ ](?:the[ ])?[A-Za-z-]+(?:,[ ]|,?[ ](?:and|but|while)[ ])")
#: the same kind of tag after the next amount: " in winter"
_TAG_AFTER: Final = re.compile(r"[ ](?P<tag>in|on|at|during)[ ](?:the[ ])?[A-Za-z-]+\b")


def _tagged_pair(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "32 mpg in summer, 27 in winter": two amounts each tagged by a phrase with the same
    preposition, the second leaving out the unit of the first."""
    between = _TAG_BETWEEN.fullmatch(sentence.gap(previous.span[1], claim.span[0]))
    after = _TAG_AFTER.match(sentence.text, claim.span[1])
    return between is not None and after is not None \
        and between.group("tag") == after.group("tag")


def _labelled_list(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """A list of amounts each followed by one word that labels it: "28 mpg city, 39 highway
    and 32 combined" (the unit written once)."""
    between = _LABEL_BETWEEN.fullmatch(sentence.gap(previous.span[1], claim.span[0]))
    if between is None:
        return False
    after = _LABEL_AFTER.match(sentence.text, claim.span[1])
    function_words = lexicon.load().function_words
    return after is not None and between.group("label") not in function_words \
        and after.group("label") not in function_words


def _after_connective(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """The bare number follows a connective ("and", "including", "compared with", "up from",
    "from a possible") with no other number in between, and no noun or "of" follows it."""
    before = sentence.before(claim.span[0], 2)
    if not before or before[-1].start < previous.span[1]:
        return False
    if (claim.change is not None and claim.change.role == "delta" and previous.change is not None
            and previous.change.role == "delta"):
        # "rose 2 percent but fell by 1": a connective earlier in the clause will do
        between = [w.lower for w in sentence.before(claim.span[0], MAX_PHRASE_WORDS)
                   if w.start >= previous.span[1]]
        return (not _ELLIPSIS_CONNECTIVES.isdisjoint(between)
                and _comparable(previous, claim))
    if (len(before) == 2 and (before[-1].text.istitle() or before[-1].text.isupper())
            and before[-1].text.isalpha()
            and before[-2].lower in _ELLIPSIS_CONNECTIVES
            and before[-2].start >= previous.span[1]
            and before[-1].lower not in lexicon.load().function_words):
        before = before[:-1]  # "4,000 drones and Germany 3,300": a name before the number
    elif _after_gapped_subject(sentence, previous, claim) \
            or _after_gapped_price(sentence, previous, claim):
        return _comparable(previous, claim)  # "430 beds and the clinic 120", "7p per kWh,
        # electricity about 27"
    elif _after_tally_word(sentence, previous, claim):
        return _comparable(previous, claim)  # "312 electoral votes to Harris's 226"
    elif gapped_clause(sentence, claim.span[0]) is not None and ends_clause(
            sentence, claim.span[1], _LIST_GOES_ON):
        return _comparable(previous, claim)  # "jailed for nine years and Brown for seven"
    elif _change_of_the_count(sentence, previous, claim):
        return _comparable(previous, claim)  # "won 121 seats, losing 251", "411 seats, a
        # gain of 211"
    elif _after_verb_of_a_count(sentence, previous, claim):
        return True  # "killed 87 people and infected more than 2,000", "killed 228 people and
        # displaced 212,630": those a disaster harms may far outnumber its dead
    elif _after_verb_on_the_same(sentence, previous, claim):
        return _comparable(previous, claim)  # "made 152 tackles and missed 14", "Cats have
        # 30 teeth and dogs have 42"
    elif _labelled_list(sentence, previous, claim) or _tagged_pair(sentence, previous, claim):
        return _comparable(previous, claim)  # "28 mpg city, 39 highway and 32 combined",
        # "32 mpg in summer, 27 in winter"
    word = before[-1].lower
    pair = (before[-2].lower if len(before) > 1 else "", word)
    if word == "from" and _level_then_old_level(previous, claim) \
            and not _CLAUSE_JOIN.search(sentence.gap(previous.span[1], claim.span[0])):
        return _comparable(previous, claim)  # "fell to 4.1% from 4.3" (but "were cut to 44
        # feet, and transits fell from 36 to 24": another clause's change)
    if word not in _ELLIPSIS_CONNECTIVES and pair not in _CONNECTIVE_PAIRS and pair not in (
            ("compared", "with"), ("compared", "to"), ("up", "from"), ("down", "from"),
            ("of", "which"), ("of", "whom"), ("of", "them"), ("a", "possible"),
            ("it", "with"), ("them", "with"), ("to", "reach"), ("gusting", "to")):
        return False  # ("leaving it with 248m", "35 knots gusting to 50")
    if pair[1] == "from" and previous.dimension in ("percent", "dimensionless"):
        return False
    if pair[0] == "of" and previous.dimension == "count":
        return False  # "35 drones, of which 30 were shot down": a part of a group stays
        # bare, as "40 of them" does (and "728 drones and 13 missiles, of which 718": of both)
    if not _comparable(previous, claim) and pair not in (("it", "with"), ("them", "with")):
        return False  # (what is left may dwarf what was lost: "lost 2m, leaving it with 248m")
        # ("11 people died and 10,000 were displaced" stays bare: a rule giving it the dead's
        # noun lowered a held-out set, whose annotators keep such a subject bare)
    after = sentence.after(claim.span[1], 1)
    if after and after[0].lower in _SUBJECT_VERBS and previous.dimension != "count" \
            and not after_age_word(sentence, previous.span[0]):
        # "$4.25 and 32 is the limit", but "two people died and 15 were hurt", and "two men
        # aged 19 and 23 have been charged" (ages in apposition; the verb is the clause's)
        return False
    return not (after and after[0].lower in _NOT_ELIDED_BEFORE)


def rates_in_gapped_clauses(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "Men earn £18.20 an hour, women £16.40", "145p a litre and diesel 152p", "sells for
    $2,000 a kilo in Colombia and $30,000 in Europe", "2,000 calories a day, children
    1,500 calories": an amount in a clause whose verb is left out takes the rate of the
    amount before (not after a label of another measure: "Top speed 120 mph, range 300
    miles")."""
    result = list(claims)
    for index in range(1, len(result)):
        claim, previous = result[index], result[index - 1]
        money, _, per = previous.unit.partition(" / ")
        if not per or claim.unit != money or claim.change is not None \
                or _OWN_BASIS_AFTER.match(sentence.text, claim.span[1]) \
                or previous.change is not None or not (
                    _ends_clause(sentence, claim)
                    or (claim.dimension == "currency" and _before_tag(sentence, claim))):
            continue
        between = [w for w in sentence.before(claim.span[0], 8) if w.start >= previous.span[1]]
        joint = _joint_after_tag(between) if claim.dimension == "currency" else 0
        placed = joint > 0
        if placed:
            # "$2,000 in Colombia and $30,000 in Europe", "£26.05 a week for the eldest
            # child and £17.25 for each other child": a tag of the first, then the joint
            between = between[joint:]
        if not between or between[0].text not in (",", ";") \
                and between[0].lower not in _ELLIPSIS_CONNECTIVES:
            continue
        words = [w for w in between[1:] if w.lower not in ("the", "at")]
        if any(w.lower == "or" for w in between) and not _comparable(previous, claim, 10):
            continue  # "$62.50 a share, or $4.1 billion": the total restated, no rate
        if not _comparable(previous, claim, _GAPPED_RATE_RATIO):
            continue  # "fell to $312 million, or 87 cents a share, from $455 million": a
            # total of its own, a million times the rate before
        if any(other.unit == claim.unit for other in result[:index - 1]) and (
                claim.dimension != "currency" or not _comparable(previous, claim, 3)):
            continue  # "covers the 515km in 2.5 hours at up to 285km/h, against roughly
            # 500km", "Admission is $30, parking $12 an hour and food $40": compared with an
            # earlier amount in its own unit, no rate (but "After a $5 entry fee, parking
            # costs $4 an hour in the city and $2 in the suburbs")
        if words and (placed or not _ends_clause(sentence, claim)) \
                and not _comparable(previous, claim, 10):
            continue  # "and traffickers make $30m in Miami": a clause
            # of its own; only a bare amount shares the rate past a place
        if (placed or words) and len(words) <= 2 \
                and all(w.text.isalpha() and not w.lower.endswith("ed")
                        and (w.lower not in _CLAUSE_PARTICIPLES
                             or (_comparable(previous, claim, 3) and w is not words[0]))
                        and w.lower not in _SUBJECT_VERBS and w.lower not in _OTHER_PAYMENTS
                        and w.lower not in _MEASURE_LABELS for w in words):
            result[index] = replace(claim, unit=previous.unit, dimension=previous.dimension)
    return result


#: how far apart in size two amounts of a gapped clause may be, the second taking the
#: first's rate ("$2,000 a kilo in Colombia and $30,000 in Europe")
_GAPPED_RATE_RATIO: Final = 1000
#: labels of another measure in a spec's list, which take no rate from the one before: "Top
#: speed 120 mph, range 300 miles"
_MEASURE_LABELS: Final = frozenset(["range", "height", "weight", "length", "width", "depth",
                                    "capacity", "distance", "size", "span", "reach", "load"])
#: a period or a number of things an amount names for itself, which takes no rate from the
#: amount before: "$25 a day, or $100 for five days", "£45 for the week", "£1,995 per eye, or
#: £3,990 for both", "$8.99 a serving, or $71.92 for a box of 8 servings", "or $30 for 4 pots",
#: "against £1.10 for a pre-packed 1kg bag"
_OWN_BASIS_AFTER: Final = re.compile(
    r"[ ]for[ ](?:(?:the[ ]|a[ ]|an[ ]|[\w-]+[ ])?(?:first[ ]|next[ ]|last[ ]|extra[ ]"
    r"|additional[ ])?(?:[\w-]+[ ])?(?:full[ ]|whole[ ]|half[ ])?"
    r"(?:days?|nights?|weeks?|weekends?|fortnights?|months?|years?|hours?)"
    r"|(?:a|an|the|one|each)[ ](?:[\w-]+[ ]){0,2}?(?:box|pack|packet|bag|bundle|tub|crate"
    r"|carton|tray|bottle|jar|tin|sack)"
    r"|(?:a|an|the|one|each)[ ](?:case|batch|course|package|kit|set)"
    r"|[0-9]{1,3}[ ][a-z]{3,20}s"
    r"|both|two|three|four|the[ ]pair|a[ ]pair|the[ ]set|the[ ]lot|all[ ](?:two|three|four))\b",
    re.IGNORECASE)
#: payments of their own that a listing names after a rate: "£950 pcm, deposit £1,096",
#: "£9.99 a month, joining fee £20" (grammar_words.txt)
_OTHER_PAYMENTS: Final = _GRAMMAR["other_payments"]


def _after_gapped_subject(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "430 beds and the clinic 120", "411 seats, the Conservatives 121": "the" and one
    word, a clause whose verb is left out, between a connective or comma and the bare
    number, which ends the clause (a bare name is not enough: "Spain won 14 medals, France
    nine" stays bare, as the held-out annotators write it); the name may be of two words in
    capitals ("and the Lib Dems 72")."""
    before = sentence.before(claim.span[0], 4)
    if len(before) == 4 and before[1].lower == "the" \
            and all(w.text.istitle() and w.text.isalpha() for w in before[2:]):
        before = before[:2] + before[3:]
    before = before[-3:]
    if len(before) != 3 or before[0].start < previous.span[1] or before[1].lower != "the" \
            or not before[2].text.isalpha() or before[2].lower in lexicon.load().function_words:
        return False
    if before[0].lower not in _ELLIPSIS_CONNECTIVES and before[0].text != ",":
        return False
    return _ends_clause(sentence, claim)


def _after_gapped_price(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "Gas costs about 7p per kWh, electricity about 27", "142.5p a litre in March, diesel
    151.2": a comma and a thing's name in lower case before a bare number of the same size
    that ends its clause, after a price by the unit (the verb and the unit left out)."""
    if not _priced(previous) or " / " not in previous.unit:
        return False  # a price by the unit only ("£80, breakfast included, checkout 11")
    before = sentence.before(claim.span[0], 2)
    return len(before) == 2 and before[0].text == "," and before[0].start >= previous.span[1] \
        and before[1].text.isalpha() and before[1].text.islower() \
        and before[1].lower not in lexicon.load().function_words \
        and before[1].lower not in _UNPRICED \
        and _comparable(previous, claim, PRICE_RATIO) and _ends_clause(sentence, claim)


#: what a bare number after a price and a comma measures in its own terms: "150p a litre,
#: inflation 4.2", "€1,500 a month, deposit 3,000"
_UNPRICED: Final = frozenset(["inflation", "deposit", "mileage", "checkout", "weight", "size",
                              "capacity", "age", "rating", "score", "rate", "growth"])
#: how far apart two prices of one thing may be: "7p per kWh, electricity about 27"
PRICE_RATIO: Final = 5


def _after_tally_word(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "312 electoral votes to Harris's 226", "21 shots to Wolves' seven": the other side's
    tally, after "to" and a possessive, right after a count."""
    before = [w for w in sentence.before(claim.span[0], 4) if w.start >= previous.span[1]]
    return previous.dimension == "count" and len(before) >= 2 and before[0].lower == "to" \
        and (before[-1].text.endswith(POSSESSIVE_ENDINGS)
             or before[-1].text in ("'", "\N{RIGHT SINGLE QUOTATION MARK}"))


#: verbs of what befell people: "killed 87 people and injured 12" (grammar_words.txt)
_CASUALTY_VERBS: Final = _GRAMMAR["casualty_verbs"]


def _change_of_the_count(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "won 121 seats, losing 251", "411 seats, a gain of 211": a comma and a participle or
    a noun of change right before a bare change that ends its clause, after a count, say by
    how much that count changed."""
    if previous.dimension != "count" or claim.change is None or claim.change.role != "delta":
        return False
    found = _CHANGE_AFTER_COMMA.fullmatch(sentence.gap(previous.span[1], claim.span[0]))
    return found is not None \
        and (found.group("verb") or found.group("noun")).lower() in lexicon.load().changes \
        and _ends_clause(sentence, claim)


#: a comma, then a participle of change ("losing") or "a gain of", before a number
_CHANGE_AFTER_COMMA: Final = re.compile(
    r",[ ](?:(?P<verb>[a-z]+ing)|an?[ ](?:net[ ])?(?P<noun>gain|loss|rise|fall|drop|increase"
    r"|decrease)[ ]of)[ ]")


def _after_verb_of_a_count(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "killed 87 people and injured 12", "and infected more than 2,000": a connective and a
    verb of what befell people, then the amount ending its clause, count what the count
    before counts ("killed 87 people and flattened 2,000" does not)."""
    before = sentence.before(claim.span[0], 2)
    return previous.dimension == "count" and len(before) == 2 \
        and before[0].start >= previous.span[1] and before[0].lower in _ELLIPSIS_CONNECTIVES \
        and before[1].lower in _CASUALTY_VERBS \
        and ends_clause(sentence, claim.span[1], _AFTER_A_TOLL)


#: words of time or place that may end the clause of a toll: "and displaced 1.4 million
#: since June", "and injured 12 in Lagos"
_AFTER_A_TOLL: Final = frozenset(["and", "since", "in", "on", "during", "last", "this",
                                  "across", "after", "when", "as"])


def _after_verb_on_the_same(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "made 152 tackles and missed 14", "planted 1,260 trees this year and removed 310",
    "Cats have 30 teeth and dogs have 42": the verb of a bare count that ends its clause,
    after a connective, is the count before's verb again or one that acts on the same
    things (data/shared_object_verbs.txt)."""
    if previous.dimension != "count" or not (
            _ends_clause(sentence, claim)
            or _RELATIVE_AFTER.match(sentence.text, claim.span[1])):
        return False  # (a relative clause may follow: "removed 310 that were dead")
    verb = sentence.before(claim.span[0], 1)
    first = sentence.before(previous.span[0], 1)
    if not verb or not first or not first[0].text.isalpha():
        return False
    between = sentence.before(verb[0].start, _SHARED_VERB_REACH)
    if not any(w.lower in _ELLIPSIS_CONNECTIVES and w.start >= previous.span[1]
               for w in between):
        return False
    later, earlier = verb[0].lower, first[0].lower
    return later == earlier or _SHARED_OBJECT_VERBS.get(later, -1) \
        == _SHARED_OBJECT_VERBS.get(earlier, -2)


def _verb_groups() -> Dict[str, int]:
    """Each verb of data/shared_object_verbs.txt and the number of its group."""
    return {verb: number for number, line in enumerate(lexicon.data_lines(
        "shared_object_verbs.txt")) for verb in line.split()}


#: verbs that act on the same things, by group (data/shared_object_verbs.txt)
_SHARED_OBJECT_VERBS: Final = _verb_groups()
#: a relative clause right after a number: " that were dead", " which"
_RELATIVE_AFTER: Final = re.compile(r"[ ](?:that|which|who)[ ]")
#: how many words before the second verb its connective may stand: "and dogs have"
_SHARED_VERB_REACH: Final = 4


#: prepositions that open a tag on an amount of a list: "£17.25 for each other child",
#: "£25,323 in London", "£684 with housing support"
_TAG_PREPOSITIONS: Final = frozenset(["in", "at", "for", "outside", "inside", "with",
                                      "without", "if", "on", "under"])
#: how many words a tag may run to
_TAG_WORDS: Final = 4


#: sums paid once, which take no rate from the amount before (grammar_words.txt)
_ONE_OFF_NOUNS: Final = _GRAMMAR["one_off_nouns"]


def _before_tag(sentence: Sentence, claim: Claim) -> bool:
    """A tag right after the claim that ends its clause: "in Europe", "for each other
    child", "outside London" (not "for the deposit", a sum paid once)."""
    after = sentence.after(claim.span[1], _TAG_WORDS + 2)
    if len(after) < 2 or after[0].lower not in _TAG_PREPOSITIONS:
        return False
    for word in after[1:]:
        if not word.text.isalpha() or word.lower in ("and", "or", "but"):
            return True
        if word.lower in _SUBJECT_VERBS or word.lower in _ONE_OFF_NOUNS:
            return False
    return len(after) <= _TAG_WORDS + 1


def _joint_after_tag(between: Sequence[Word]) -> int:
    """Where the joint ("and", "or", a comma) stands after a tag that opens ``between`` (the
    words after the first amount), or 0: "for the eldest child and"."""
    if len(between) < 3 or between[0].lower not in _TAG_PREPOSITIONS:
        return 0
    for index, word in enumerate(between[1:_TAG_WORDS + 2], 1):
        if word.text in (",", ";") or word.lower in ("and", "or", "but"):
            return index
        if not word.text.isalpha() or word.lower in _SUBJECT_VERBS:
            return 0
    return 0


def _ends_clause(sentence: Sentence, claim: Claim) -> bool:
    """Whether punctuation, the end, or "and" follows the claim."""
    return ends_clause(sentence, claim.span[1], _AND)


_AND: Final = frozenset(["and"])


#: words after a bare number that say it is not an elided amount: "3 of", "4 times",
#: "3 )" (a list label)
_NOT_ELIDED_BEFORE: Final = frozenset("of per percent % times )".split())

#: a verb after a bare number makes it a new subject, which only a count may leave out
_SUBJECT_VERBS: Final = frozenset("is was are were has have had".split())
#: participles that open a clause of their own after a rate, whose amount, unless of a size
#: with the rate's and after a subject of its own, takes no rate: "£126.15 a tonne, saving
#: about £80,000", "£9,250 a year, totalling £27,750" (but "48 cents a litre, Saputo paying
#: 52 cents", "40p a litre, rivals paying 42p", "£90 a night, parking £12")
_CLAUSE_PARTICIPLES: Final = _GRAMMAR["clause_participles"]


def _comparable(previous: Claim, claim: Claim, ratio: int = PARALLEL_RATIO) -> bool:
    """Parallel amounts are of a size, within ``ratio`` of each other: "435 homes ... and
    187", not "two years and 95,800"."""
    ends = [abs(v) for v in (previous.high, previous.low, claim.high, claim.low) if v is not None]
    if len(ends) < 2 or any(v == 0 for v in ends):
        return False
    return max(ends) <= min(ends) * ratio


def _count_beside_share(sentence: Sentence, claim: Claim, following: Claim) -> bool:
    """Whether a number above a hundred is restated as a share by the percentage of at most
    a hundred after it, joined by "or" or a share of a group, well below it: "131 200 or
    forty-five per cent of the total", "150 or 90 per cent voted", "tallied 1,020 and 35 per
    cent of them" (not "5 or 6 per cent", "105 or 100 per cent loan-to-value", "rose 239, 128
    and 98 per cent", "110 and 95 per cent of capacity")."""
    if following.dimension != "percent" or claim.low is None or following.high is None \
            or not claim.low > 100 >= following.high:
        return False
    if _OF_THEM.match(sentence.text, following.span[1]) \
            or any(abs(claim.low * 100 / group - following.high) <= 1
                   for group in _groups_counted(sentence, claim, following)
                   if group > claim.low):
        return True  # "saw 210 and 80 per cent of them", "Of the 150 members, 130 or 87 per
        # cent": the share the count is of a group named
    if _joined(sentence, claim, following, ("or",)):
        return claim.low >= _SHARE_RESTATED_RATIO * following.high
    return sentence.text.startswith(" of ", following.span[1]) \
        and claim.low >= _SHARE_OF_RATIO * following.high


def _groups_counted(sentence: Sentence, claim: Claim, share: Claim) -> List[Decimal]:
    """The plain numbers before a count or right after its share "of the", any of which may
    count the group it is part of: "Of the 150 members, 130", "80 per cent of the 140"."""
    numbers = [found for found in _PLAIN_NUMBER.finditer(sentence.text, *sentence.span)
               if found.end() <= claim.span[0]]
    of_the = _OF_THE_NUMBER.match(sentence.text, share.span[1])
    return [Decimal(found.group().replace(",", "")) for found in numbers] + (
        [Decimal(of_the.group("n").replace(",", ""))] if of_the else [])


#: a plain whole number: "150", "2,600"
_PLAIN_NUMBER: Final = re.compile(r"(?<![\w.,])[1-9][0-9]{0,2}(?:,[0-9]{3})*(?![\w]|[.,][0-9])")
#: a group counted right after a share: " of the 140", " of 130", " of all 140", " of the
#: hospital's 140"
_OF_THE_NUMBER: Final = re.compile(
    r"[ ]of[ ](?:all[ ])?(?:(?:the|its|their|our|his|her)[ ])?(?:[A-Za-z]+'s[ ])?"
    r"(?P<n>[0-9][0-9,]*)")
#: a share of those just counted: " of them", " of those"
_OF_THEM: Final = re.compile(r"[ ]of[ ](?:them|those|these|whom)\b")
#: how many times the share a count before "or" is at least, as restated: "150 or 90 per
#: cent" (not "105 or 100 per cent loan-to-value", "140 or 95 per cent of GDP": two shares)
_SHARE_RESTATED_RATIO: Final = Decimal("1.5")
#: and before "and" and a share of a group: "tallied 1,020 and 35 per cent of them" (not "ran
#: at 110 and 95 per cent of capacity")
_SHARE_OF_RATIO: Final = 3


def _suspended(sentence: Sentence, claim: Claim) -> bool:
    """A hyphen left hanging after the number: "a 7- or 8-inch screen", "four-, six-"."""
    end = claim.span[1]
    return sentence.gap(end, end + 1) == "-" and not sentence.gap(end + 1, end + 2).isalnum()


def _bounded_side(sentence: Sentence, claim: Claim, following: Claim) -> bool:
    """ "must not exceed 55 x 40 x 20cm": the first side of a size under a bound."""
    return claim.kind in ("upper", "lower") and following.dimension == "length" \
        and _joined(sentence, claim, following, SIZE_SIGNS)


def bound_over_sides(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "Cabin bags must not exceed 55 x 40 x 20cm", "no more than 108mm wide and 67mm deep":
    the bound of a size's first side bounds the sides after it, and its hedge hedges the
    sides of a size ("approximately 3.4 x 2.6m"; but "about 90 miles wide and 175 miles
    long" hedges the width alone, "up to 3m deep and 25m long" bounds the depth alone)."""
    if all(claim.kind == "point" for claim in claims):
        return claims  # the common case
    shared = list(claims)
    for index in range(1, len(shared)):
        first, side = shared[index - 1], shared[index]
        if first.kind in ("upper", "lower", "approx") and side.kind == "point" \
                and side.dimension == "length" and (
                    (first.unit == side.unit and _joined(sentence, first, side, SIZE_SIGNS))
                    or (first.dimension == "length"
                        and first.qualifier.lower() in _LIMIT_QUALIFIERS
                        and _MEASURE_AND.fullmatch(sentence.text, first.span[1],
                                                   side.span[0]))):
            shared[index] = replace(_under_bound_of(first, side), qualifier=first.qualifier)
        elif _rule_over_pair(sentence, first, side):
            shared[index] = replace(_under_bound_of(first, side), qualifier=first.qualifier)
    return shared


def _rule_over_pair(sentence: Sentence, first: Claim, second: Claim) -> bool:
    """ "at least 10Mbit/s download and 1Mbit/s upload", "no more than 900 hours a year and
    100 hours in any 28 days", "up to £4,500 per business and £1,500 per home": a rule's
    bound holds for the second amount of one measure joined by "and" (not "up to 3m deep
    and 25m long", a pool's length; not "at least 200 homes destroyed and 300 damaged"): only
    a pair of speeds or beside a word of a rule or an offer."""
    qualifier = first.qualifier.lower()
    return first.kind in ("upper", "lower") and second.kind == "point" \
        and first.change is None and second.change is None and bool(second.unit) \
        and (qualifier in _LIMIT_QUALIFIERS
             or (qualifier == "up to" and first.dimension not in ("length", "count"))) \
        and first.unit.partition(" / ")[0] == second.unit.partition(" / ")[0] \
        and (_BOUND_PAIR_LABELS.fullmatch(sentence.text, first.span[1], second.span[0]) is not None
             or (sentence.gap(first.span[1], second.span[0]) == " and "
                 and (_RULE_WORDS.search(sentence.text, *sentence.span) is not None
                      or (" / " in first.unit and " / " in second.unit
                          and first.unit != second.unit))))


#: the bounds of a rule, which hold for each measure it names ("no more than 108mm wide and
#: 67mm deep"; "up to 3m deep and 25m long" describes a pool, its length fixed)
_LIMIT_QUALIFIERS: Final = frozenset(["no more than", "not more than", "at most", "no larger than",
                                      "no bigger than", "no less than", "at least", "not exceed",
                                      "must not exceed", "maximum", "max", "minimum", "min"])
#: a side's adjective and "and" between two measures of one thing: " wide and " in "no more
#: than 108mm wide and 67mm deep"
_MEASURE_AND: Final = re.compile(
    r"[ ](?:deep|wide|long|high|tall|thick|across|in[ ]diameter),?[ ]and[ ]")


#: the labels of a pair of speeds under one bound: " download and ", " down and "
_BOUND_PAIR_LABELS: Final = re.compile(
    r"[ ](?:download|downloads|downstream|down|inbound)[ ]and[ ]", re.IGNORECASE)
#: words of a rule or an offer, beside which a bound holds for both amounts joined by "and"
#: ("may fly no more than 900 hours a year and 100 hours"; not "at least 120 people dead and
#: 300 missing", "worth at least $2bn upfront and $500m in milestones")
_RULE_WORDS: Final = re.compile(
    r"\b(?:must|may|can|cannot|should|shall|allowed|permitted|limits?|limited|maximum|minimum"
    r"|offers?|offered|grants?|eligible|caps?|capped|rules?|requires?|required)\b",
    re.IGNORECASE)


def _under_bound_of(bound: Claim, point: Claim) -> Claim:
    """``point`` under the one-sided bound of ``bound``: its open end opened, its kind and
    strictness taken ("up to £1m or 10%": 10% is at most 10% too)."""
    return replace(point, kind=bound.kind, strict=bound.strict,
                   low=None if bound.kind == "upper" else point.low,
                   high=None if bound.kind == "lower" else point.high)


def _pixel_sides(sentence: Sentence, claim: Claim, following: Claim) -> bool:
    """ "2,796 by 1,290 pixels", "8,192 x 5,464 pixels": the sides of an image in pixels."""
    return following.unit == "pixel" and _joined(sentence, claim, following, SIZE_SIGNS)


def _coordinated(sentence: Sentence, claim: Claim, following: Claim) -> bool:
    """ "5 and 6 kg", "5 or 6 km"; with a suspended hyphen also lists: "four-, five- and";
    the sides of an area or a box: "40 x 60 feet", "4 by 5 metres"."""
    if _pixel_sides(sentence, claim, following):
        return True
    if following.dimension == "length" and _joined(sentence, claim, following, SIZE_SIGNS):
        return sides_of_a_size(claim.value, following.value)  # not "8 x 400m intervals"
    if not _suspended(sentence, claim):
        return _joined(sentence, claim, following, ("and", "or"))
    gap = sentence.gap(claim.span[1] + 1, following.span[0]).strip().lower()
    return gap in ("and", "or", ",", ", and", ", or")


#: between a figure in millions and a bare "2.1m" that parallels it: "2.8m people, up from
#: 2.1m", "1.4m children last year, against 1.1m in 2022", "up 9% on last year's 3.85m",
#: "€60m + 10m in add-ons"
_PARALLEL_LINK: Final = re.compile(r"""
    [^.;:()\d]{0,40}?                         # "last year", a comma, "up"
    (?:\b(?:from|against|compared\ with|versus|vs\.?|than|plus
       |on\s+(?=(?:last|the\s+previous)\s+[a-z]+['\N{RIGHT SINGLE QUOTATION MARK}]s\s))
       |\+)
    \s*(?:(?:a|the)\s+(?:peak|high|low|record)\s+of\s+|the\s+
         |(?:last|the\s+previous)\s+[a-z]+['\N{RIGHT SINGLE QUOTATION MARK}]s\s+)?\Z
""", re.VERBOSE | re.IGNORECASE)
#: what a length after "of" is laid or built in: "200m of new track", "800m of cycle lanes"
#: (not "5m of add-ons", "45m of interest") (grammar_words.txt)
_LAID_LENGTH_AFTER: Final = re.compile(
    r"[ ]of[ ](?:[a-z-]+[ ]){0,2}" + lexicon.alternation("grammar_words.txt", "laid_lengths")
    + r"\b")
#: a figure written in millions: "2.8m", "1.2mn", "3 million"
_IN_MILLIONS: Final = re.compile(r"\d(?:m|mn)\b|\d\s+million\b")
#: a comparison of counts after a number: "5m fewer", "1.5m more than"
_MORE_OR_FEWER: Final = re.compile(r"[ ](?:fewer|more[ ]than|less[ ]than)\b")
#: what joins the items of a list or the ends of a change: ", ", " and ", " to ", "-"
_LIST_LINK: Final = re.compile(r",?[ ](?:and|or|to)[ ]|,[ ]|[ ]?[-\N{EN DASH}][ ]?")
MILLION: Final = Decimal(1_000_000)


def millions_in_parallel(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """A bare "2.1m" set against a figure in millions is millions of the same thing, not
    metres: "2.8m people are out of work, up from 2.1m", "4.2m passengers, up 9% on last
    year's 3.85m" (a change in percent may stand between)."""
    result = list(claims)
    for index in range(1, len(result)):
        claim, anchor = result[index], result[index - 1]
        link_start = anchor.span[1]
        if anchor.dimension == "percent" and anchor.change is not None and index > 1:
            anchor = result[index - 2]  # "4.2m passengers, up 9% on last year's 3.85m"
        if claim.value is None or anchor.dimension == "length" \
                or not (anchor.unit or (anchor.value is not None and anchor.value >= MILLION)) \
                or not _IN_MILLIONS.search(anchor.text) \
                or not _PARALLEL_LINK.match(sentence.gap(link_start, claim.span[0])):
            continue
        if not claim.unit and claim.text.endswith(("m", "M", "million")) \
                and claim.value >= MILLION:
            # already read as millions ("audience of 9.2m"): the anchor's noun only
            result[index] = replace(claim, unit=anchor.unit, dimension=anchor.dimension)
            continue
        if claim.unit != "meter" or claim.unit_text != "m" \
                or _LAID_LENGTH_AFTER.match(sentence.text, claim.span[1]):
            continue  # (but "a bridge plus 200m of new track": a length)
        result[index] = _in_millions(claim, anchor)
    for index in range(len(result) - 2, -1, -1):
        claim, anchor = result[index], result[index + 1]
        link = _LIST_LINK.fullmatch(sentence.gap(claim.span[1], anchor.span[0]))
        if _metres_beside_millions(claim, anchor) and link is not None \
                and not _change_and_level(sentence, claim, anchor) \
                and not ("and" in link.group() and _clause_after(sentence, anchor)):
            result[index] = _in_millions(claim, anchor)  # "3.2m, 2.9m and 3.5m tonnes",
            # "from 2.1m to 2.6m tonnes": millions of the last one's unit
    for index, claim in enumerate(result):
        if claim.unit == "meter" and claim.unit_text == "m" and (
                (_MORE_OR_FEWER.match(sentence.text, claim.span[1])
                 and any(_counted_in_millions(other) for other in result))
                or (index + 1 < len(result) and _counted_in_millions(result[index + 1])
                    and _change_and_level(sentence, claim, result[index + 1]))):
            result[index] = replace(_in_millions(claim, claim), unit="", dimension="dimensionless")
            # "200m passengers, 5m fewer than", "raised its target by 2m to 200m passengers":
            # a difference of millions, no length
    for index in range(1, len(result)):
        claim, anchor = result[index], result[index - 1]
        if _metres_beside_millions(claim, anchor) \
                and _JOINED_LATER.fullmatch(sentence.gap(anchor.span[1], claim.span[0])) \
                and ends_clause(sentence, claim.span[1], _WHEN_WORDS):
            result[index] = _in_millions(claim, anchor)  # "1.2m TEU in 2022 and 1.35m in
            # 2023", "a capacity of 1.5m TEU, expandable to 3m": millions of the same
    return result


#: a short stretch that ends in "and", "or" or "to" between a figure in millions and a bare
#: "3m" (a year may stand in it): " in 2022 and ", ", expandable to "
_JOINED_LATER: Final = re.compile(r"[^.;:()]{0,40}?\b(?:and|or|to)[ ]")
#: words of time that may end the clause of the bare "3m": "and 1.35m in 2023"
_WHEN_WORDS: Final = frozenset(["in", "by", "this", "next", "last", "a", "per", "each"])


def _metres_beside_millions(claim: Claim, anchor: Claim) -> bool:
    """Whether ``claim`` is a bare "3m" read as metres beside ``anchor``, a figure of another
    measure written in millions, whose "m" it may share: "3.2m, 2.9m and 3.5m tonnes"."""
    return claim.unit == "meter" and claim.unit_text == "m" and claim.value is not None \
        and anchor.dimension not in ("length", "") and anchor.value is not None \
        and _IN_MILLIONS.search(anchor.text) is not None


def _counted_in_millions(claim: Claim) -> bool:
    """Whether a claim counts things in millions: "200m passengers"."""
    return claim.dimension == "count" and bool(_IN_MILLIONS.search(claim.text))


def _clause_after(sentence: Sentence, claim: Claim) -> bool:
    """Whether a word of a clause's own follows the claim, its verb: "1.2m households lost
    power", "1.5m residents were told" (not "3.5m tonnes in 2021", "4.4m tonnes of grain")."""
    after = sentence.after(claim.span[1], 1)
    return bool(after) and after[0].text.isalpha() \
        and (after[0].lower not in lexicon.load().function_words or after[0].lower in _AUXILIARIES)


def _change_and_level(sentence: Sentence, claim: Claim, following: Claim) -> bool:
    """Whether ``claim`` is a change's size and ``following`` the level it reached: "by 2m
    to 200m"."""
    return claim.change is not None and claim.change.role == "delta" \
        and sentence.gap(claim.span[1], following.span[0]) == " to "


def _in_millions(claim: Claim, anchor: Claim) -> Claim:
    """A "2.1m" read as metres, read as millions of ``anchor``'s unit."""
    return replace(
        claim, value=None if claim.value is None else tidy(claim.value * MILLION),
        unit=anchor.unit, dimension=anchor.dimension,
        low=None if claim.low is None else tidy(claim.low * MILLION),
        high=None if claim.high is None else tidy(claim.high * MILLION),
        precision=None if claim.precision is None else tidy(claim.precision * MILLION))


def money_in_parallel(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "revenue of 21.4 billion euros, while profit was flat at 21.9 billion", "Exports were
    worth $12 billion and imports 9.5 billion": a bare amount in millions or more right after
    an amount of money, a few words after a noun of money named between them, is more of that
    money."""
    result = list(claims)
    for index in range(1, len(result)):
        claim, anchor = result[index], result[index - 1]
        if claim.unit or claim.dimension != "dimensionless" or claim.change is not None \
                and claim.change.role == "factor" \
                or anchor.dimension != "currency" or not _SCALED.search(anchor.text) \
                or not _SCALED.search(claim.text) \
                or not any(w.lower in _MONEY_NOUNS and w.start >= anchor.span[1]
                           for w in sentence.before(claim.span[0], 6)) \
                or any(w.lower in _REACHING_VERBS for w in sentence.before(claim.span[0], 8)
                       if w.start >= anchor.span[1]):
            continue  # ("The £2bn scheme covers 3 million", "The £3bn budget will fund care
            # for 1.4 million": people, no money named between)
        result[index] = replace(claim, unit=anchor.unit, dimension=anchor.dimension)
    return result


def levels_in_parallel(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "Brent rose 45 cents to $72.10 a barrel, while WTI gained 38 cents to $68.55": the new
    level of a parallel clause takes the rate by a measure of goods of the new level before
    it."""
    result = list(claims)
    anchor: Optional[Claim] = None
    for index, claim in enumerate(result):
        if claim.change is None or claim.change.role != "to":
            continue
        if anchor is not None and claim.dimension == "currency" \
                and anchor.unit.startswith(claim.unit + " / ") \
                and claim.span[0] - anchor.span[1] <= _PARALLEL_REACH \
                and _comparable(anchor, claim, _PARALLEL_PRICE_RATIO) \
                and _NAMED_PARALLEL_CLAUSE.search(sentence.gap(anchor.span[1], claim.span[0])):
            result[index] = claim = replace(claim, unit=anchor.unit, dimension=anchor.dimension)
        if " / " in claim.unit and claim.dimension == "rate" \
                and units.dimension_of(claim.unit.partition(" / ")[2]) in _GOODS_MEASURES:
            anchor = claim  # (a price by a measure of goods, not by a period: "£1,200 a
            # month, while the deposit fell to £900")
    return result


#: what a commodity is priced by: "a barrel", "an ounce", "a tonne", "a gallon"
_GOODS_MEASURES: Final = frozenset(["volume", "mass", "energy"])


#: how far, in characters, a parallel clause's level may stand from the one before
_PARALLEL_REACH: Final = 120
#: a parallel clause opened by the name of another grade of the same good: ", while WTI",
#: "; Arabica" (not ", while the carbon price", "; Starbucks cut its latte price")
_NAMED_PARALLEL_CLAUSE: Final = re.compile(
    r"(?:,[ ](?:while|whereas|and)|;)[ ](?:U\.S\.[ ]|US[ ])?(?:[A-Z]{2,6}|Brent|Arabica|Robusta"
    r"|West[ ]Texas[ ]Intermediate)[ ][a-z]+")
#: how near the two prices of two grades of one good are: "$72.10 ... $68.55"
_PARALLEL_PRICE_RATIO: Final = 2


def rates_in_parallel(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "The rupee was at 89.95 per dollar, near its record low of 90.42", "weakened past 155
    per dollar, touching 155.05": a bare figure within a fifth of an exchange rate before it
    is another quote of that rate."""
    result = list(claims)
    for index in range(1, len(result)):
        claim, anchor = result[index], result[index - 1]
        if claim.unit or claim.dimension != "dimensionless" or claim.value is None \
                or anchor.dimension != "rate" or anchor.value is None or anchor.value <= 0 \
                or not _CURRENCY_PAIR.fullmatch(anchor.unit) \
                or not _NEAR_RATE[0] <= claim.value / anchor.value <= _NEAR_RATE[1]:
            continue
        result[index] = replace(claim, unit=anchor.unit, dimension=anchor.dimension)
    return result


#: an exchange rate's unit, and how near a bare figure must be to read as another quote
_CURRENCY_PAIR: Final = re.compile(r"[A-Z]{3} / [A-Z]{3}")
_NEAR_RATE: Final = (Decimal("0.8"), Decimal("1.25"))


#: verbs by which money reaches people, whose bare millions count the people: "will fund care
#: for 1.4 million", "the deal affected 2 million"
_REACHING_VERBS: Final = frozenset(["fund", "funds", "funded", "reach", "reaches", "reached",
                                    "serve", "serves", "served", "cover", "covers", "covered",
                                    "affect", "affects", "affected", "help", "helps", "helped",
                                    "benefit", "benefits", "benefited", "support", "supports",
                                    "supported"])
#: nouns of money whose bare amount is in the money named before (grammar_words.txt)
_MONEY_NOUNS: Final = _GRAMMAR["money_nouns"]


#: a scale word of millions or more in a claim's text: "21.9 billion", "610 million", "£2bn"
_SCALED: Final = re.compile(r"(?:\b|[0-9])(?:million|billion|trillion|bn|mn|tn|m)\b",
                            re.IGNORECASE)


def _unit_right_after(claim: Claim) -> bool:
    """Whether the claim's unit follows its number with no word between: "25 days", not
    "25 RAR days" (days of another kind, no part of a composite)."""
    head = claim.text[:len(claim.text) - len(claim.unit_text)].rstrip(" -").split()
    return not claim.unit_text or not claim.text.endswith(claim.unit_text) or not head \
        or not head[-1][-1:].isalpha() or parse_number(head[-1].lower()) is not None


def merge_composites(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "7 feet 10 inches", "2 km and 1 meter": one value in the smaller unit."""
    if len(claims) < 2:
        return claims  # nothing to read together
    merged: List[Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        if previous is not None and _minutes_after_hours(sentence, previous, claim):
            claim = replace(claim, unit="minute", dimension="time")  # "13h 10m"
        if previous is not None and _pounds_then_pence(previous, claim, sentence):
            previous = replace(previous, unit="GBP", dimension="currency")  # "four pounds
            # fifty": sterling, whose pence follow
        per = claim.unit[len("1 / "):] if claim.unit.startswith("1 / ") else ""
        minor = _minor_amount(previous, replace(claim, unit="", dimension="dimensionless",
                                                unit_text="") if per else claim,
                              sentence) if previous is not None else None
        if previous is not None and minor is not None:
            assert previous.value is not None
            amount = previous.value + minor
            merged[-1] = replace(previous, text=sentence.text[previous.span[0]:claim.span[1]],
                                 span=(previous.span[0], claim.span[1]), value=amount,
                                 low=None if previous.kind == "upper" else amount,
                                 high=None if previous.kind == "lower" else amount,
                                 precision=claim.precision if claim.unit_text
                                 else Decimal("0.01"))
            if per:  # "twelve pounds twenty-one an hour": the rate is the whole amount's
                merged[-1] = replace(merged[-1], unit=f"{previous.unit} / {per}",
                                     dimension="rate")
            continue
        claim, period = _time_per_period(previous, claim)  # "5 hours 33 minutes a day"
        if (previous is not None and claim.kind == "point" and previous.kind != "range"
                and previous.dimension == claim.dimension and previous.unit != claim.unit
                and " / " not in previous.unit + claim.unit  # "50 mph, 80 km/h" are two
                and previous.dimension not in ("currency", "count", "dimensionless", "percent",
                                               "temperature")
                and (_joined(sentence, previous, claim, ("", ",", "and", ", and"))
                     or _abbreviation_dot(sentence, previous, claim))
                and _list_of_parts(sentence, previous, claim)
                and _unit_right_after(claim)
                and not _size_then_another(sentence, previous, claim)
                and not _two_distances(sentence, previous, claim)
                and not (previous.kind in ("upper", "lower")
                         and _not_one_measure(sentence, previous, claim))
                and not _minor_too_large(previous, claim)):
            total = _sum_in(previous, claim)
            if total is not None:
                # a bound or hedge before the first part holds for the whole: "within an
                # hour and 30 seconds" is at most 3,630 seconds
                merged[-1] = replace(
                    claim, text=sentence.text[previous.span[0]:claim.span[1]],
                    span=(previous.span[0], claim.span[1]), kind=previous.kind,
                    value=total if previous.value is not None else None,
                    low=None if previous.low is None else total,
                    high=None if previous.high is None else total,
                    qualifier=previous.qualifier, strict=previous.strict, below=previous.below,
                    precision=claim.precision, change=previous.change,
                    context=previous.context)  # "cut the journey to 2 hr 20 min": a new level
                if period:
                    merged[-1] = replace(merged[-1], unit=f"{merged[-1].unit} / {period}",
                                         dimension="rate")
                continue
        if period:
            claim = replace(claim, unit=f"{claim.unit} / {period}", dimension="rate")
        merged.append(claim)
    return merged


def _abbreviation_dot(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """Whether only the dot of the first part's abbreviated unit stands between two parts:
    "7 lbs. 12 oz.", "5 ft. 10 in."."""
    end = previous.span[1]
    return previous.unit_text.isalpha() and len(previous.unit_text) <= 3 \
        and sentence.text[end:end + 2] == ". " and claim.span[0] == end + 2


def _time_per_period(previous: Optional[Claim], claim: Claim) -> Tuple[Claim, str]:
    """A time per a period (or per anything) after a time, as the time alone and what it is
    per: "5 hours 33 minutes a day" reads 33 minutes, then a day for the whole; else the
    claim and ""."""
    parts = units.split_rate(claim.unit) if " / " in claim.unit else None
    if previous is None or parts is None or previous.dimension != "time" \
            or " / " in previous.unit or units.dimension_of(parts[0]) != "time":
        return claim, ""
    return replace(claim, unit=parts[0], dimension="time"), parts[1]


def _size_then_another(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "a sheet 4 by 8 feet and 1/2 inch thick": the last side of a size, then "and" and
    another measure (its thickness), which adds nothing to that side."""
    before = sentence.before(previous.span[0], 1)
    return bool(before) and before[0].lower in ("by", "x", "\N{MULTIPLICATION SIGN}") \
        and "and" in sentence.gap(previous.span[1], claim.span[0]).split()


#: between a level and its old level: ", down from", " (up from", ", up sharply from",
#: ", up from an initial estimate of"
_LEVEL_THEN_OLD: Final = re.compile(r"[^,;.()]{0,60}?[,(]\s*(?:up|down|reduced|cut|increased"
                                    r"|lowered|extended|trimmed)(?:\s+\w+ly)?\s+from\s+"
                                    r"(?:[^\W\d_][\w'-]*\s+){0,5}", re.IGNORECASE)


def _minutes_after_hours(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "takes 13h 10m": a glued m under 60 right after a glued h counts minutes, not metres;
    "Took me 2 hrs 40": so do two bare digits under 60 right after hours."""
    if previous.unit != "hour" or claim.value is None or not claim.value < 60 \
            or sentence.gap(previous.span[1], claim.span[0]) != " ":
        return False
    if claim.unit == "meter":
        return previous.text.endswith("h") and claim.text.endswith("m")
    return claim.unit == "" and claim.kind == "point" and len(claim.text) == 2 \
        and claim.text.isdigit()


#: what may follow the last part of a measure written as a list: "2 hours, 18 minutes and",
#: "9 hours, 17 minutes in our battery test", "11 hours, 40 minutes on a single charge" (not
#: "5 cm short", "200 g more")
_PART_LIST_GOES_ON: Final = re.compile(r"\s*(?:[,;.)]|(?:and|in|on|for|during|with)\b|\Z)")
#: a measure and a bare comma right before the first part: a list's, no composite's
_MEASURE_LISTED_BEFORE: Final = re.compile(r"[0-9][ ]?[A-Za-z]{1,7}\.?,[ ]\Z")
#: a preposition opening the sentence, whose phrase a comma may close before the next part:
#: "Over 3 days, 18 hours with no power", "In the first 5 days, 12 hours on the picket line"
_OPENING_PREPOSITIONS: Final = frozenset(["over", "in", "for", "after", "during", "within",
                                          "across", "since"])


def _two_distances(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """Whether two lengths are two measures, not one told in parts: a first part with a
    decimal ("23.4km and 1,510m") or a second that measures a thing of its own ("12km and
    800m of climbing"); but "10 kms, 8 meters and 6 cm" is one distance."""
    if previous.dimension != "length":
        return False
    return (previous.value is not None
            and previous.value != previous.value.to_integral_value()) \
        or sentence.text.startswith(" of ", claim.span[1])


#: how many words an opening phrase may hold before its first part: "Over the last 3 days"
_OPENING_WORDS: Final = 4


def _list_of_parts(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """Whether parts joined by a bare comma are one measure: "2 hours, 18 minutes and 5
    seconds" is, "8.34 m, 5 cm short of the lead" and "4 kg, 200 g more" are two."""
    if sentence.gap(previous.span[1], claim.span[0]).strip() != ",":
        return True
    if previous.value is None or previous.value != previous.value.to_integral_value():
        return False
    opening = sentence.before(previous.span[0], _OPENING_WORDS + 1)
    if sentence.words and sentence.words[0].lower in _OPENING_PREPOSITIONS \
            and len(opening) <= _OPENING_WORDS and not any(w.text == "," for w in opening):
        return False  # "Over 3 days, 18 hours with no power": the comma closes the opening
        # (not "In 1996 Concorde flew to London in 2 hours, 52 minutes": the opening is over)
    if _MEASURE_LISTED_BEFORE.search(sentence.text, max(0, previous.span[0] - 16),
                                     previous.span[0]):
        return False  # "12 min, 47 min, 3 h, 22 min": a list of measures, each its own
    return _PART_LIST_GOES_ON.match(sentence.text[:sentence.span[1]], claim.span[1]) is not None


def _percent_level_in_clause(claims: List[Claim], points: Claim, sentence: Sentence) -> bool:
    """Whether a level in percent stands in the clause of ``points``, or in one before a
    clause of a thing measured in percent: "rose 0.6 points, from 3.4% to 4%", "rose to
    4.4%, and youth unemployment jumped 1.8 points" (not "cut its rate to 11 per cent, and
    the KSE-100 closed 1,204 points higher", "and the Ibovespa fell 1,200 points")."""
    for other in claims:
        if other.unit != "percent" or other.change is None \
                or other.change.role not in ("to", "from"):
            continue
        first, second = (other, points) if other.span[0] < points.span[0] else (points, other)
        gap = sentence.gap(first.span[1], second.span[0])
        broken = _CLAUSE_BREAK.search(gap)
        if broken is None or (points is second and not _INDEX_NAME.search(gap)
                              and _measured_in_percent(gap[broken.end():])):
            return True
    return False


def _measured_in_percent(clause: str) -> bool:
    """Whether a clause names a thing measured in percent and no index: "the savings rate
    fell", "among young people the jobless rate rose", "Apple's market share rose" (not "the
    share index jumped", "the Dow, rattled by the rate decision, fell")."""
    words = lower_words(clause)
    return not _PERCENT_MEASURES.isdisjoint(words) and not any(
        word in _MARKET_NAMES and not (word in _HOLDINGS and index
                                       and words[index - 1] in _HELD_BEFORE)
        for index, word in enumerate(words))


#: what has points of its own in a clause: indexes, stocks and shares (but "market share" is
#: a measure in percent)
_MARKET_NAMES: Final = INDEX_NAMES - frozenset(["market"])
#: stocks and shares held, which are no subject with points: "the share of households owning
#: shares rose 2 points", "the dividend yield on shares fell 0.5 points"
_HOLDINGS: Final = frozenset(["shares", "stocks"])
_HELD_BEFORE: Final = frozenset(["of", "in", "on", "into", "for", "owning", "own", "owns",
                                 "holding", "hold", "holds", "buying", "selling"])
#: what is measured in percent, whose points after a clause break are percentage points:
#: "rose to 4.4%, and youth unemployment jumped 1.8 points" (grammar_words.txt)
_PERCENT_MEASURES: Final = _GRAMMAR["percent_measures"]


#: what ends one clause and opens another with its own subject: ", and the", "; its", "
#: while investors" (not "; it has fallen", ", and was down": the same subject's)
_CLAUSE_BREAK: Final = re.compile(
    r"(?:,[ ](?:and|while|but)|;|[ ]while)[ ]"
    r"(?!(?:it|they|was|were|is|are|has|had|have|could|would|will|may|might)\b)")


def points_of_percentages(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "Turnout fell by 8 points to 59.7%": points of a percentage are percentage points,
    as are the points of a poll's margin of error; "fell 50 points, or 0.7%, to 7,400" keeps
    index points (the percent there restates the change, it is no level)."""
    pointed = [c for c in claims if c.unit == "point" or (
        not c.unit and _POINT_MARGIN.match(sentence.text, c.span[1]))]
    if not pointed:
        return claims  # the common case
    level_in_percent = any(c.unit == "percent" and c.change is not None
                           and c.change.role in ("to", "from") for c in claims)
    vocabulary = sentence.vocabulary | frozenset(
        word[:-2] if word.endswith("'s") else word[:-1] for word in sentence.vocabulary
        if word.endswith(("'s", "s'")))  # "Labour's lead", "the Tories' deficit"
    party = not vocabulary.isdisjoint(_PARTY_WORDS) or _PARTY_NAMES.search(
        sentence.text, *sentence.span) is not None
    own = vocabulary & _POINTS_OF_THEIR_OWN
    points_of_their_own = bool(own - _WEAK_OWN) or (bool(own) and not party) \
        or _INDEX_NAME.search(sentence.text, *sentence.span) is not None  # ("S&P 500")
    # ("By one measure, Labour's lead has shrunk to 3 points": a party outweighs a measure or
    # a gauge, not an index)
    of_a_poll = not points_of_their_own and (party or not vocabulary.isdisjoint(_POLL_WORDS))
    of_an_election = of_a_poll and (party or not vocabulary.isdisjoint(_POLL_WORDS - _SURVEY_WORDS))
    # a poll's margin: "margin of error", or a margin or lead beside percentages ("47% to
    # 44%, within the ±3.5-point margin", "leads by 6 points, 51% to 45%"); "won by a
    # margin of 12 points" may be a game's
    margin = ("margin" in sentence.vocabulary and "error" in sentence.vocabulary) or (
        (not sentence.vocabulary.isdisjoint(_GAP_WORDS) or _LEAD.search(sentence.text))
        and any(c.unit == "percent" for c in claims)) or (
        not points_of_their_own
        and (not vocabulary.isdisjoint(_POLL_MEASURES)
             or (of_a_poll and not vocabulary.isdisjoint(_POLL_GAPS))))
    levels = sorted(o.span for o in claims if o.unit == "percent" and (
        o.change is None or o.change.role != "delta"))  # ("94%", "fell to 3.1%")
    return [replace(c, unit="percentage_point", dimension="percentage_point")
            if c in pointed and (margin or (level_in_percent and c.change is not None
                                            and _percent_level_in_clause(claims, c, sentence))
                                 or (of_an_election and c.change is not None)
                                 or _after_percent_level(claims, c, sentence)
                                 or _fraction_of_a_rate(c, sentence)
                                 or (not points_of_their_own and not party
                                     and _GROWTH_POINTS_AFTER.match(sentence.text, c.span[1]))
                                 or (not points_of_their_own and _POINTS_COMPARED_AFTER.match(
                                     sentence.text, c.span[1])
                                     and _beside_a_percent_level(c, levels)))
            else c for c in claims]


def _beside_a_percent_level(claim: Claim, levels: List[Tuple[int, int]]) -> bool:
    """Whether a percentage that is a level ends before the points or starts just after
    them (``levels``: their spans, sorted)."""
    if not levels:
        return False
    if levels[0][1] <= claim.span[0]:
        return True  # (claims do not overlap: the first to start is the first to end)
    after = bisect_left(levels, (claim.span[1], 0))
    return after < len(levels) and levels[after][0] - claim.span[1] <= _COMPARED_REACH


#: how far after points the percentage they are set against may start: "3 points above the
#: 95% target" (not "17 points ahead at half-time, having won 65% of the territory")
_COMPARED_REACH: Final = 20
#: an index named with its number: "S&P 500", "Russell 2000", "S&P/ASX 200" (not "S&P
#: Global", nor the surname Russell)
_INDEX_NAME: Final = re.compile(r"\b(?:S&P(?:/[A-Z]+)?|Russell|Nasdaq)[ ][0-9]{2,4}\b"
                                r"|\b(?!COVID|SARS|MERS)[A-Z]{2,5}-[0-9]{2,3}\b")  # "the KSE-100"
#: a comparative right after points, which in a sentence of a percentage that is a level set
#: them against another percentage: "94%, 2 points higher than last year", "43% rated it
#: well, 4 points more than in the previous survey", "3 points above
#: the 95% target" (not beside a change in percent: "Blood pressure was 10 points lower in
#: the group that cut salt by 30%"; nor where an index is named: "The S&P 500 ... ending 62
#: points higher")
_POINTS_COMPARED_AFTER: Final = re.compile(
    r"[ ](?:higher|lower|above|below|ahead|behind|short|better|worse|more|less)\b")


#: what follows points of a growth rate: a drag or a wind on it, or "to" or "of" growth ("a
#: 3-point drag on reported growth", "added about 3 points to growth"; not "The S&P 500 slid
#: 80 points on growth fears")
_GROWTH_POINTS_AFTER: Final = re.compile(
    r"[ ](?:[A-Za-z]+[ ])?(?:drag|headwind|tailwind)s?\b|[ ](?:to|of)[ ](?:[a-z]+[ ]){0,2}growth\b")
#: words of interest rates: "a quarter-point cut", "rates by half a point" (grammar_words.txt)
_RATE_WORDS: Final = _GRAMMAR["rate_words"]


def _fraction_of_a_rate(claim: Claim, sentence: Sentence) -> bool:
    """A fraction of a point where interest rates are spoken of, or before a cut or a hike,
    is a percentage point: "cut rates by a quarter of a point", "a half-point cut"."""
    if claim.value is None or not 0 < claim.value < 1 \
            or not sentence.vocabulary.isdisjoint(_POINTS_OF_THEIR_OWN):
        return False
    following = sentence.after(claim.span[1], 1)
    return not sentence.vocabulary.isdisjoint(_RATE_WORDS) or (
        bool(following) and (following[0].lower in _RATE_WORDS
                             or following[0].lower in ("cut", "cuts", "hike", "hikes")))


#: words of a gap between two shares: "leads by 6 points, 51% to 45%", "30 points ahead"
_GAP_WORDS: Final = _GRAMMAR["gap_words"]
_LEAD: Final = re.compile(r"\bleads?\s+(?:[\w'-]+\s+){0,3}?(?:of|by|over)\b", re.IGNORECASE)
#: words of polls and ratings, where points are percentage points ("a six-point lead in the
#: latest survey", "approval fell 5 points"), unless the sentence also has one of
#: [points_of_their_own] (index points, points in a game); grammar_words.txt
_POLL_WORDS: Final = _GRAMMAR["poll_words"]
_POLL_GAPS: Final = _GRAMMAR["poll_gaps"]
#: the words of polls that say nothing of elections ("the PMI survey rose 1.2 points"):
#: without a party or an election named, a change of points stays points
_SURVEY_WORDS: Final = frozenset(["poll", "polls", "polling", "pollster", "pollsters",
                                  "survey", "surveys"])
#: the words of polls that name a party or a candidate's side, and the names whose case tells
#: them from common words ("Labor's lead", not "labor costs"; "the Senate race", "the South
#: Carolina primary", not "primary schools")
_PARTY_WORDS: Final = frozenset(["labour", "conservatives", "tories", "tory", "democrats",
                                 "republicans", "gop", "snp", "greens", "democrat",
                                 "republican", "nominee", "dems"])
_PARTY_NAMES: Final = re.compile(
    r"\b(?:Labor(?![ ](?:Department|Dept|Day|Secretary|Statistics))|Liberals?|Coalition"
    r"|Senate[ ](?:race|seat|contest)|(?!(?:The|Its|A|An|Their|His|Her|Our|This)\b)[A-Z][a-z]+"
    r"[ ]primary|primary[ ](?:race|election|contest"
    r"|vote|campaign))\b")
#: words with points of their own only where no party is named: "Consumer confidence fell 4
#: points" (but "Confidence in the Conservatives fell 8 points in the YouGov poll")
_WEAK_OWN: Final = frozenset(["confidence", "sentiment", "satisfaction", "scores", "gauge",
                              "measure", "ranking"])
_POLL_MEASURES: Final = _GRAMMAR["poll_measures"]
_POINTS_OF_THEIR_OWN: Final = _GRAMMAR["points_of_their_own"]
#: "a ±3.5-point margin": the hyphenated "point" that the unit reader leaves alone
_POINT_MARGIN: Final = re.compile(r"-point\b")
#: between a percentage and the change in points that follows it: "67.3%, up 2.1 points",
#: "57 percent said they would get it, up 6 points", "48% of Americans back it, up 3 points",
#: "3.2% last month, down 0.3 points", "4.2% in May, down 0.1 points" (a share of people who
#: say or back something, or a rate in its period; not "shot 52% from the field in the
#: first half, up 14 points")
_LEVEL_THEN_CHANGE: Final = re.compile(
    r"(?:[ ](?:said|say|says|of|support|supported|supports|back|backed|backs|approve|approved"
    r"|approves|favour|favor|favoured|favored|agreed|agree|agrees|think|thought|believe"
    r"|believed|believes|want|wanted|wants|would|oppose|opposed|opposes|trust|trusted"
    r"|trusts)(?:[ ][A-Za-z]+){0,8}"
    r"|[ ](?:last|this|the[ ]previous|a)[ ](?:week|month|quarter|year)"
    r"|[ ]in[ ](?:[A-Z][a-z]+|[0-9]{4}))?\s*[,(]\s*(?:up|down)\s+(?:by\s+)?\Z")


def _after_percent_level(claims: List[Claim], claim: Claim, sentence: Sentence) -> bool:
    """A change in points right after a percentage: "Turnout was 67.3%, up 2.1 points"."""
    index = claims.index(claim)
    if index == 0 or claim.change is None:
        return False
    level = claims[index - 1]
    return level.unit == "percent" and (level.change is None or level.change.role != "delta") \
        and _LEVEL_THEN_CHANGE.match(
        sentence.gap(level.span[1], claim.span[0])) is not None


def compared_levels(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "grew 5.04%, slightly slower than 5.12% in the previous quarter": a comparative before
    a level of another time, after a figure in the same unit, names that level; it bounds
    nothing ("Growth is expected to be slower than 2% next year" stays a bound)."""
    result: List[Claim] = []
    for claim in claims:
        anchor = next((c for c in reversed(result) if c.unit == claim.unit), None)
        if claim.strict and claim.qualifier.lower() in _LEVEL_COMPARATIVES \
                and _ANOTHER_TIME.match(sentence.text, claim.span[1]) \
                and anchor is not None and anchor.kind == "point" \
                and _ANCHOR_GAP.fullmatch(sentence.gap(anchor.span[1], claim.span[0])):
            start = claim.span[0] + len(claim.qualifier) + 1
            claim = replace(claim, text=sentence.text[start:claim.span[1]],
                            span=(start, claim.span[1]), kind="point", low=claim.value,
                            high=claim.value, qualifier="", strict=False)
        result.append(claim)
    return result


#: what may stand between a figure and the comparative that names an earlier one: its own
#: time and a comma ("grew 5.04% in the third quarter, slightly slower than"), or a copula
#: ("Inflation of 3.1% was higher than"); not a clause of its own ("and economists expect
#: it to stay higher than 3% in the second half" bounds)
_ANCHOR_GAP: Final = re.compile(
    r"(?:[ ]in[ ][^,;]{1,30})?,[ ](?:(?:slightly|much|far|somewhat|a[ ]little|well|only|just)[ ])?"
    r"|[ ](?:was|were|is|are)[ ]")
#: comparatives of a level that name the level compared with
_LEVEL_COMPARATIVES: Final = frozenset(["slower than", "faster than", "higher than",
                                        "lower than", "weaker than", "stronger than"])
#: another time or the same time before: "in the previous quarter", "in September", "a year
#: earlier", "last year"
_ANOTHER_TIME: Final = re.compile(
    r"[ ](?:in[ ](?:the[ ])?(?:previous|prior|preceding|same|last|first|second|third|fourth)\b"
    r"|in[ ](?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Q[1-4]|[12][0-9]{3})\b"
    r"|a[ ](?:year|month|quarter|week)[ ](?:earlier|ago|before)"
    r"|last[ ](?:year|month|quarter|week)\b)")


def pounds_as_before(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "rose to 19.25 Egyptian pounds from 17.25 pounds": plain pounds after an amount in a
    currency called pounds are that currency, not a weight."""
    result: List[Claim] = []
    money: Optional[Claim] = None
    for claim in claims:
        if claim.unit == "pound" and claim.unit_text.lower() in ("pound", "pounds") \
                and money is not None:
            claim = replace(claim, unit=money.unit, dimension=money.dimension)
        elif claim.unit[:3].isupper() and claim.unit_text.lower().startswith(_POUND_NAMES):
            money = claim  # "19.25 Egyptian pounds a litre" lends its rate too
        result.append(claim)
    return result


#: how a currency called pounds is written: "Egyptian pounds", "pounds sterling"
_POUND_NAMES: Final = ("pound", "egyptian pound", "lebanese pound", "syrian pound",
                       "sudanese pound", "south sudanese pound", "british pound")


def people_after_copula(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "Of those killed, 31 were women", "At least 31 were children": a bare whole number
    whose verb "were" or "are" names the people it counts, ending the clause."""
    if "were" not in sentence.vocabulary and "are" not in sentence.vocabulary:
        return claims
    result = []
    for claim in claims:
        named = _PEOPLE_AFTER_COPULA.match(sentence.text, claim.span[1]) \
            if not claim.unit and _counts_something(claim) else None
        if named is not None and named.group("noun").lower() in _PEOPLE_NAMED:
            claim = replace(claim, unit=units.singular(named.group("noun")), dimension="count")
        result.append(claim)
    return result


#: "were" or "are" and a plural noun that ends its clause: " were women.", " are children,"
_PEOPLE_AFTER_COPULA: Final = re.compile(
    r"[ ](?:were|are)[ ](?:all[ ])?(?P<noun>[A-Za-z]+)"
    r"(?=[ ]*[.;:!?)]|[ ]*\Z|,[ ](?![a-z]+(?:,|[ ](?:and|or)\b))|,?[ ]and[ ][0-9])")
#: (or "and" another count: "42 were pedestrians and 15 cyclists")
#: the people such a noun may name (grammar_words.txt)
_PEOPLE_NAMED: Final = _GRAMMAR["age_groups"] | frozenset(
    ["civilians", "soldiers", "journalists", "minors", "foreigners", "students", "migrants",
     "refugees", "militants", "fighters", "officers", "nurses", "doctors", "pedestrians",
     "cyclists", "motorcyclists", "drivers", "passengers", "tourists", "pupils", "patients"])


def others_as_before(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "sold 3 vans and 4 others", "45 hospitals treated 300 patients, while 20 others
    closed": "others" counts what the sentence's first count counts; near a verb of harm or
    of what people do it counts people ("destroyed 40 homes and injured 12 others", "cut
    200 jobs, and 15 others resigned")."""
    if "others" not in sentence.vocabulary:
        return claims
    first = next((c for c in claims if c.dimension == "count" and c.unit != "other"), None)
    result: List[Claim] = []
    for claim in claims:
        if claim.unit == "other" and claim.unit_text.lower() == "others":
            harmed = any(w.lower in _PEOPLE_VERBS for w in sentence.before(claim.span[0], 3)
                         + sentence.after(claim.span[1], 3))  # "27 others were wounded"
            if harmed:
                claim = replace(claim, unit="person")
            elif first is not None and first.span[0] < claim.span[0]:
                claim = replace(claim, unit=first.unit)
        result.append(claim)
    return result


#: verbs of what befalls or is done by people, which make "others" people: "wounded 27
#: others", "15 others resigned", "forced 2,000 others to flee"
_PEOPLE_VERBS: Final = _GRAMMAR["casualty_verbs"] | frozenset(
    ["resigned", "resign", "quit", "fled", "flee", "died", "escaped", "protested"])


#: what stands before an accountant's bracketed amount: "a loss of (£12.3m)", "2023:
#: (£12.0m)", "was (£4.5m)", a budget line's variance ("variance ($43,642)"); a conversion
#: follows another amount instead ("€10 (£8.50)"), and a restatement a noun ("The deficit
#: ($1.4 trillion)")
_BEFORE_NEGATIVE: Final = re.compile(r"(?:\b(?:of|was|were|is|at|totalled|totaled|variance)|:)"
                                     r"[ ]?\(\Z",
                                     re.IGNORECASE)


def accounting_negatives(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "Loss before tax of (£12.3m)", "(2023: (£12.0m))": money alone in brackets after
    "of", a copula or a colon is an accountant's negative amount (not the conversion of
    "tickets cost €10 (£8.50)")."""
    if sentence.text.find("(", *sentence.span) < 0:
        return claims
    result: List[Claim] = []
    for claim in claims:
        start, end = claim.span
        if claim.dimension == "currency" and claim.kind == "point" and claim.value is not None \
                and claim.value > 0 and sentence.text[end:end + 1] == ")" \
                and _BEFORE_NEGATIVE.search(sentence.text, max(0, start - 12), start):
            value = -claim.value
            claim = replace(claim, text=sentence.text[start - 1:end + 1],
                            span=(start - 1, end + 1), value=value, low=value, high=value)
        result.append(claim)
    return result


def below_zero(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "10 degrees below zero", "2 below zero", "about 30 below zero", and up to twelve words
    after a word of the cold "Temperatures fell to 20 below": one negative reading, in
    degrees."""
    vocabulary = sentence.vocabulary
    if "zero" not in vocabulary and ("below" not in vocabulary
                                     or vocabulary.isdisjoint(_COLD_WORDS)):
        return claims
    result: List[Claim] = []
    read_to = 0  # the end of the last "below zero" read into the number before it
    for claim in claims:
        if claim.span[0] < read_to:
            continue
        previous = result[-1] if result else None
        cold = claim.kind in ("point", "approx") and claim.value is not None \
            and 0 < claim.value < _COLDEST and claim.unit in ("", "degree")
        below = (_BELOW_ZERO_AFTER.match(sentence.text, claim.span[1])
                 or (_BELOW_AT_END.match(sentence.text, claim.span[1]) if any(
                     word.lower in _COLD_WORDS for word in sentence.before(claim.span[0], 12))
                     else None)) if cold else None
        if below is not None and claim.value is not None:  # "Temperatures fell to 20
            # below", "Lows of 10 below", "dropped to 22 below zero Tuesday"
            read_to = below.end()
            value = -claim.value
            result.append(replace(claim, text=sentence.text[claim.span[0]:below.end()],
                                  span=(claim.span[0], below.end()), value=value, low=value,
                                  high=value, unit="degree", dimension=claim.dimension
                                  if claim.unit else "angle"))
            continue
        if (previous is not None and previous.kind in ("point", "approx")
                and previous.value is not None
                and previous.value > 0 and claim.kind == "upper" and claim.high == 0
                and claim.text.lower() == "below zero"
                and previous.dimension in ("dimensionless", "temperature", "angle")
                and not sentence.gap(previous.span[1], claim.span[0]).strip()):
            value = -previous.value
            result[-1] = replace(previous, text=sentence.text[previous.span[0]:claim.span[1]],
                                 span=(previous.span[0], claim.span[1]), value=value,
                                 low=value, high=value, unit=previous.unit or "degree",
                                 dimension=previous.dimension if previous.unit else "angle")
            continue
        result.append(claim)
    return result


#: words of the cold that make "20 below" at a clause's end a temperature below zero
_COLD_WORDS: Final = frozenset(["temperature", "temperatures", "temps", "lows", "chill",
                                "chills", "freezing", "frost", "mercury", "thermometer",
                                "degrees", "fahrenheit", "celsius", "windchill"])
#: "below zero" right after a number, whatever follows it: "22 below zero Tuesday"
_BELOW_ZERO_AFTER: Final = re.compile(r"[ ]below[ ]zero\b", re.IGNORECASE)
#: no reading in the air is this far below zero
_COLDEST: Final = 100
#: "below" ending a clause right after a number: "fell to 20 below.", "10 below overnight"
_BELOW_AT_END: Final = re.compile(
    r"[ ]below(?=[ ]*(?:[.,;:!?)]|\Z)|[ ](?:in|on|at|overnight|tonight|today|tomorrow|and|with"
    r"|by|across|are|is|were|was)\b)")
#: sub-unit words read as hundredths of whatever currency comes before them
_CENT_WORDS: Final = frozenset(["cent", "cents", "c", "\N{CENT SIGN}"])


def _pounds_then_pence(previous: Claim, claim: Claim, sentence: Sentence) -> bool:
    """ "four pounds fifty", "12 pounds 21 an hour", "four pounds and fifty pence": pounds
    followed by pence, which no weight is (its ounces stop at 15: "7 pounds 4")."""
    if previous.unit != "pound" or previous.kind != "point" or previous.value is None \
            or previous.value != int(previous.value) or claim.value is None \
            or not _joined(sentence, previous, claim, ("", "and")):
        return False
    if claim.unit == "GBP":
        return 0 < claim.value < 1  # "and fifty pence", converted
    return (not claim.unit or claim.unit.startswith("1 / ")) \
        and claim.value == int(claim.value) and 16 <= claim.value <= 99


def _minor_amount(previous: Claim, claim: Claim, sentence: Sentence) -> Optional[Decimal]:
    """What ``claim`` adds to a whole amount of money before it, or None: "3 dollars 50
    cents", "more than 1 dollar and forty-two cents" (cents already converted), "15 dollars
    and 50", "17 USD 25" (a bare two-digit or spelled number closing the phrase)."""
    if (previous.kind not in ("point", "approx", "lower", "upper") or claim.kind != "point"
            or previous.dimension != "currency" or previous.value is None
            or claim.value is None or previous.value != int(previous.value)
            or not _joined(sentence, previous, claim, ("", ",", "and"))):
        return None
    if (previous.unit == claim.unit or claim.unit_text.lower() in _CENT_WORDS) \
            and 0 < claim.value < 1 and not claim.text.startswith(claim.unit_text):  # not "$0.50"
        return claim.value  # "3 CAD 3 cents": cents are hundredths of the amount before
    if (claim.unit not in ("", previous.unit) or claim.unit_text
            or previous.text.startswith(previous.unit_text)  # "$20 43" is two numbers
            or claim.value != int(claim.value) or not 0 < claim.value < 100
            or not (len(claim.text) == 2 or not claim.text.isdigit())):
        return None
    end = claim.span[1]
    if sentence.gap(end, end + 1).isalnum() or sentence.gap(end, end + 2).strip()[:1].isalnum():
        return None  # "15 dollars and 50 people": the second number goes on
    return claim.value / 100


#: how many major units an exact length's minor part may reach ("2 yards and 7 feet" is 13
#: feet; a duration's must stay under one: "28 days and 190 hours" are two limits)
_WHOLE_UNITS_OVER: Final = 10
_NOT_A_PART_AFTER: Final = re.compile(r"[ ,]*(?:respectively|later|earlier|after|before|ago)\b",
                                      re.IGNORECASE)


def _not_one_measure(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """"within 18 weeks and 62 days respectively", "within 2 days and 12 hours later": two
    measures, not one composite (the minor part is a whole major unit or more, or a word
    after it sets the two apart)."""
    return _NOT_A_PART_AFTER.match(sentence.text, claim.span[1]) is not None \
        or _minor_too_large(previous, claim, 1)


def _minor_too_large(previous: Claim, claim: Claim, over: int = 0) -> bool:
    """Whether the minor part reaches ``over`` major units: one for a duration ("100 hours in
    any 28 consecutive days and 900 hours" are two limits), ten for a length ("2 yards and 7
    feet" is 13 feet)."""
    if not over:
        over = 1 if previous.dimension == "time" else _WHOLE_UNITS_OVER
    try:
        one = units.scale_factor(previous.unit, claim.unit)
    except FactcheckError:
        return False
    return claim.value is not None and claim.value >= one * over


def _sum_in(bigger: Claim, smaller: Claim) -> Optional[Decimal]:
    """bigger + smaller in the smaller claim's unit, when the first really is bigger and the
    two are units that make up one measure (data/unit_factors.txt: "6ft 2in", "3 hours 48
    minutes"; not "2 GB and 512 MB", two sizes side by side)."""
    sizes = units.unit_sizes()
    if bigger.unit not in sizes or smaller.unit not in sizes:
        return None
    try:
        one = units.scale_factor(bigger.unit, smaller.unit)  # composites hold no temperatures
    except FactcheckError:
        return None
    if one <= 1 or smaller.value is None:
        return None
    total = (bigger.value or Decimal(0)) * one + smaller.value
    return total.quantize(Decimal(1)) if total == total.to_integral_value() else total.normalize()


def join_bounds(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "above 1000 and below 1500", "at most 100 and at least 20": one range."""
    if len(claims) < 2:
        return claims  # nothing to read together
    joined: List[Claim] = []
    for claim in claims:
        previous = joined[-1] if joined else None
        if previous is not None and _from_up_to(sentence, previous, claim):
            start = sentence.before(previous.span[0], 1)[0].start
            previous = replace(previous, kind="lower", high=None, qualifier="from",
                               span=(start, previous.span[1]))
        kinds = {previous.kind, claim.kind} if previous else set()
        if (previous is not None and kinds == {"lower", "upper"}
                and (previous.unit == claim.unit or not previous.unit)
                and _joined(sentence, previous, claim, ("and", "but", ",", ", and", ", but")
                            + (("",) if claim.qualifier == "up to" else ()))):
            low = previous.low if previous.kind == "lower" else claim.low
            high = previous.high if previous.kind == "upper" else claim.high
            if low is not None and high is not None and low < high:
                joined[-1] = replace(claim, text=sentence.text[previous.span[0]:claim.span[1]],
                                     span=(previous.span[0], claim.span[1]), value=None,
                                     low=low, high=high, kind="range", strict=False,
                                     qualifier=previous.qualifier + " ... " + claim.qualifier)
                continue
        joined.append(claim)
    return joined


def _from_up_to(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "from $20 up to $90": a point after "from" opens the range that "up to" closes."""
    before = sentence.before(previous.span[0], 1)
    return (previous.kind == "point" and claim.kind == "upper" and claim.qualifier == "up to"
            and bool(before) and before[-1].lower == "from" and previous.change is None)


def _same_quantity(first: Claim, second: Claim) -> bool:
    """Whether a bracketed claim may restate the one before it in other units: not a share
    or a bare count after another quantity ("About 3.1 million people (4.8% of the
    population)", "An estimated 1.2 million (95% CI ...)"; but "less than 5.6 mmol/L (100
    mg/dL)" converts)."""
    return first.dimension == second.dimension or second.dimension not in _SHARES_AND_COUNTS


#: dimensions of a bracketed claim that never restates another quantity
_SHARES_AND_COUNTS: Final = frozenset(["percent", "percentage_point", "dimensionless",
                                       "count"])


def restated_in_brackets(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "five percent (5%)", "One Million Dollars ($1,000,000)", "$500 (five hundred
    dollars)": an amount in words and the same amount in digits right after it, in brackets,
    as contracts write them, are one claim, with the bound of the words."""
    if len(claims) < 2:
        return claims  # nothing to read together
    kept: List[Claim] = []
    for claim in claims:
        previous = kept[-1] if kept else None
        if previous is not None and claim.value is not None \
                and (claim.value, claim.unit) == (previous.value, previous.unit) \
                and sentence.gap(previous.span[1], claim.span[0]) in (" (", "(") \
                and sentence.text.startswith(")", claim.span[1]) \
                and _has_digits(previous.text) != _has_digits(claim.text):
            end = claim.span[1] + 1
            kept[-1] = replace(previous, span=(previous.span[0], end),
                               text=sentence.text[previous.span[0]:end],
                               change=previous.change or claim.change,
                               precision=(claim if _has_digits(claim.text) else previous
                                          ).precision)
            continue
        kept.append(claim)
    return kept


def _has_digits(text: str) -> bool:
    return any(character.isdigit() for character in text)


def inherit_in_parentheses(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "more than 100 kilometers (60 miles)": the conversion shares the bound; so does the
    amount before it when the bound follows the brackets ("at -18°C (0°F) or below")."""
    if len(claims) < 2:
        return claims  # nothing to read together
    result: List[Claim] = []
    for claim in claims:
        previous = result[-1] if result else None
        after = _BOUND_AFTER_BRACKET.match(sentence.text, claim.span[1]) \
            if previous is not None and claim.kind == previous.kind == "point" else None
        if after is not None and previous is not None and _same_quantity(previous, claim) \
                and sentence.gap(previous.span[1], claim.span[0]).strip() == "(":
            kind = "upper" if after.group("way").lower() in _UPPER_WAYS else "lower"
            claim = replace(_under_bound_of(replace(claim, kind=kind), claim),
                            qualifier=f"or {after.group('way')}", strict=False)
            result[-1] = replace(_under_bound_of(claim, previous), qualifier=claim.qualifier,
                                 strict=False)
            result.append(claim)
            continue
        if (previous is not None and claim.kind == "point" and previous.kind != "point"
                and previous.kind != "range" and _same_quantity(previous, claim)
                and sentence.gap(previous.span[1], claim.span[0]).strip() == "("):
            value = claim.value
            claim = replace(claim, kind=previous.kind, strict=previous.strict,
                            below=previous.below, qualifier=previous.qualifier,
                            low=None if previous.low is None else value,
                            high=None if previous.high is None else value)
        result.append(claim)
    return result


#: a bound after a bracketed conversion: ") or below", ") or more"
_BOUND_AFTER_BRACKET: Final = re.compile(
    r"\)[ ]or[ ](?P<way>below|less|lower|under|fewer|above|more|higher|over|greater)\b",
    re.IGNORECASE)
_UPPER_WAYS: Final = frozenset(["below", "less", "lower", "under", "fewer"])


#: between a change and a price it reached: "34.4% higher at 3.23 shekels", "up 2% at $81"
_CHANGE_THEN_AT: Final = re.compile(
    r"\s*(?:higher|lower|up|down)?,?"
    r"(?:\s(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy|on[ ]the[ ](?:year|quarter)"
    r"|from[ ]a[ ]year[ ](?:earlier|ago)),?)?\s*at\s*\Z", re.IGNORECASE)


def _price_right_after(sentence: Sentence, change: Claim, claim: Claim) -> bool:
    """A price right after a change, joined by "at": "finished 34.4% higher at 3.23
    shekels", "was 1.2% lower at $81.20 a barrel", "up 12% year on year at £1.9bn" (not
    "rose 2% at 10 stores")."""
    return claim.dimension in ("currency", "rate") and claim.unit.split(" / ")[0].isupper() \
        and _CHANGE_THEN_AT.match(sentence.gap(change.span[1], claim.span[0])) is not None


#: a confidence interval's level: "(95% CI 0.9-1.3)" restates no change
_CI_AFTER: Final = re.compile(r"[ ](?:CI|confidence)\b", re.IGNORECASE)


def drop_repaired(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "It was 30 \N{EM DASH} sorry, 40 percent", "We lost 2,000, I mean 3,000 jobs": a speaker's
    correction replaces the number said first, whose change the new one keeps."""
    kept: List[Claim] = []
    for claim in claims:
        previous = kept[-1] if kept else None
        if previous is not None and _REPAIR.fullmatch(
                sentence.gap(previous.span[1], claim.span[0])) is not None:
            kept[-1] = claim if claim.change is not None or previous.change is None \
                else replace(claim, change=previous.change)
            continue
        kept.append(claim)
    return kept


#: what stands between a number said and its correction: "\N{EM DASH} sorry,", ", I mean",
#: ", or rather"
_REPAIR: Final = re.compile(
    r"[ ]?[,\N{EM DASH}\N{EN DASH}-]?[ ]?(?:sorry|I[ ]mean|or[ ]rather|rather|no[ ]wait"
    r"|correction)[ ]?,?[ ]", re.IGNORECASE)


def _running_total(sentence: Sentence, claim: Claim, before: Sequence[Word]) -> bool:
    """A new level that a running total reached, read in changes.py, which may still take
    the unit of the change before it: "gained 64 seats, taking their total to 72"."""
    return claim.change is not None and claim.change.role == "to" and bool(before) \
        and before[-1].lower == "to" and running_total_before(sentence, before[-1].start)


def link_changes(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "fell from 5.1% to 4.9%", "rose 5% to $10": the "to" number is the new level."""
    if len(claims) < 2:
        return claims  # nothing to read together
    linked: List[Claim] = []
    previous: Optional[Claim] = None
    for index, claim in enumerate(claims):
        before = before_level(sentence, claim.span[0])
        if (claim.change is None and previous is not None and previous.change is not None
                and previous.change.role == "delta" and not _CI_AFTER.match(
                    sentence.text, claim.span[1]) and (
                    sentence.gap(previous.span[1], claim.span[0]) in (" (", "(")
                    or (before and before[-1].lower == "or" and (
                        before[-1].start == previous.span[1] + 1 or (
                            len(before) == 2 and before[-2].text == ","
                            and before[-2].start == previous.span[1]))))):
            # "fell 475 points, or 1.3%, to 37,266", "dropped 45.2 points or 0.7 percent",
            # "down 19,300 (26.1%)": the restatement is the same change
            claim = replace(claim, change=previous.change)
        if _change_left_out(sentence, previous, claim, before) or _listed_change(
                sentence, previous, claim, claims[index + 1] if index + 1 < len(claims) else None):
            assert previous is not None and previous.change is not None
            claim = replace(claim, change=previous.change)
        if ((claim.change is None or _running_total(sentence, claim, before)
             or (claim.change.role == "to" and not claim.change.direction))  # "A rise of 3.5
                # points takes the rate to 26.4%": the way the change before it went
                and previous is not None and previous.change is not None
                and before and (before[-1].lower in ("to", "from") or (
                    before[-1].lower == "at" and (not claim.unit or claim.unit == "point"
                                                  or _price_right_after(
                                                      sentence, previous, claim)
                                                  or (claim.unit == "percent"
                                                      and (previous.unit in _RATE_POINTS
                                                           or (previous.unit == "point"
                                                               and not _skill_after(
                                                                   sentence,
                                                                   claim.span[1])))
                                                      and sentence.gap(
                                                          previous.span[1],
                                                          claim.span[0]) == " at "))))
                and not _CONTRASTED.search(sentence.gap(previous.span[1], claim.span[0]))):
            # "closed up 120 points, or 0.4%, at 33,500": "at" names the new level too
            role = "to" if before[-1].lower == "at" else before[-1].lower
            direction = claim.change.direction if claim.change is not None \
                and _running_total(sentence, claim, before) and previous.dimension == "count" \
                and previous.unit else ""
            # (a running total of things counted keeps its own way: "cut 200 jobs, taking the
            # total to 1,500"; but "Net debt fell by £3bn, bringing the total to £95bn")
            claim = replace(claim, change=Change(direction or previous.change.direction, role))
            if previous.change.role == "from" and not previous.unit and claim.unit \
                    and not _another_clause(sentence.gap(previous.span[1], claim.span[0])):
                linked[-1] = _level_in_sub_units(replace(previous, unit=claim.unit,
                                                         dimension=claim.dimension), claim)
            elif previous.unit and not claim.unit and previous.dimension not in ("percent",
                                                                                 "currency"):
                claim = replace(claim, unit=previous.unit, dimension=previous.dimension)
        if (previous is not None and previous.change is not None and claim.change is not None
                and previous.change.role == "from" and claim.change.role == "to"
                and claim.unit and linked[-1] is previous
                and not _another_clause(sentence.gap(previous.span[1], claim.span[0]))
                and (not previous.unit or (claim.unit.startswith(previous.unit + " / ")
                                           and sentence.gap(previous.span[1],
                                                            claim.span[0]).strip() == "to"))):
            # "from six to nine years": the old level is in the unit of the new one, as are
            # "from £1.20 to £1.50 an hour" and "from 167.9 to 184.9 cents a litre"
            linked[-1] = _level_in_sub_units(replace(previous, unit=claim.unit,
                                                     dimension=claim.dimension), claim)
        elif (previous is not None and previous.change is not None and claim.change is not None
              and previous.change.role == "from" and claim.change.role == "to"
              and previous.unit and not claim.unit and claim.kind == "point"
              and not _subject_of_another_clause(sentence.gap(previous.span[1], claim.span[0]))):
            # "from four years to six": the new level is in the unit of the old one (not
            # "down from 34, while active listings rose to 6,412")
            claim = replace(claim, unit=previous.unit, dimension=previous.dimension)
        source = _level_unit_source(sentence, linked, claim, before)
        if source is not None:
            claim = replace(claim, unit=source.unit, dimension=source.dimension)
        if (previous is not None and previous.change is None and claim.change is not None
                and claim.change.role == "from" and linked[-1] is previous
                and (not claim.unit or claim.unit.split(" / ")[0]
                     == previous.unit.split(" / ")[0])  # not "12 players, increased from
                # 15 targets"
                and _LEVEL_THEN_OLD.fullmatch(sentence.gap(previous.span[1], claim.span[0]))):
            # "617 homicides last year, down from 797": the first figure is the new level
            linked[-1] = previous = replace(previous, change=Change(claim.change.direction, "to"))
        if (previous is not None and claim.change is not None and claim.change.role == "from"
                and claim.unit and previous.unit.startswith(claim.unit + " / ")
                and len(_WHEN_IN_GAP.sub("", sentence.gap(
                    previous.span[1], level_start(sentence, claim.span[0])), count=1))
                <= _OLD_RATE_GAP):
            # "16.5 yen per kilowatt-hour, down from 29.0 yen", "£15 an hour, up from the
            # current £11.80", "€87.40 per megawatt hour in March, down from €112 in
            # February": the old level is a rate too
            claim = replace(claim, unit=previous.unit, dimension=previous.dimension)
        if (previous is not None and claim.change is not None
                and claim.change.role == "to" and claim.dimension == "currency"
                and previous.unit.startswith(claim.unit + " / ")
                and previous.change is not None and previous.change.role == "from"
                and _comparable(previous, claim)
                and not sentence.text.startswith(" for ", claim.span[1])):
            # "from $3.05 a gallon in January to $5.02", "from 30 naira a kilo to 1,200
            # naira": the new level is a rate too (not of another thing: "from $2 a ride to
            # $90 for a monthly pass"; nor after a participle: "£11.95 per deal, falling to
            # £5.95" stays a sum, as two red teams write it)
            claim = replace(claim, unit=previous.unit, dimension=previous.dimension)
        if (previous is not None and claim.change is not None and claim.change.role == "from"
                and previous.change is not None and previous.change.role == "to"
                and claim.dimension == "count" and previous.dimension in _MEASURED
                and sentence.gap(previous.span[1], claim.span[0]).strip() == "from"):
            # "rose to $50m from 52 markets": where the level came from, not the old level
            claim = replace(claim, change=None)
        linked.append(claim)
        previous = claim
    return linked


#: how far, in characters, the old level of a rate may stand from the rate it is the level of
#: (not counting the words that qualify the level: "up from the current £11.80")
_OLD_RATE_GAP: Final = 20
#: the month or year a rate is dated by, right after it: " in March", " in 2023"
_WHEN_IN_GAP: Final = re.compile(r"\A[ ](?:in|during)[ ](?:[A-Z][a-z]{2,8}|[12][0-9]{3})(?=,)")
#: dimensions of a new level that a count after "from" cannot be the old level of
_MEASURED: Final = frozenset(["currency", "percent", "percentage_point", "length", "mass",
                              "volume", "area", "time", "rate"])


#: what may stand between the size of a change and the new level it leads to: a
#: restatement, a time, then "to" or "at" ("3p a litre last month to 142.5p"; not "£100 a
#: month grow to")
_STRAIGHT_TO: Final = re.compile(
    r"(?:,?[ ]or[ ][^,;]{1,12},?|[ ]\([^()]{1,12}\))?(?:[ ](?:last|this|next|on|in)[ ]\w+)?"
    r"[ ](?:to|at|to[ ]settle[ ]at|to[ ]close[ ]at)[ ]")


#: a rate per person, whose total is no rate: "rose £5 a head last year to £1.2bn"
_PER_HEAD: Final = frozenset(["head", "person", "household", "capita", "adult", "child"])


#: how many times a change per period its new level may be and still be per that period:
#: "rose 50p an hour to £11.44" (23), not "rose £3 a week to £2,171" (a year's bill)
_PERIOD_RATIO: Final = 50


def _same_period(size: Claim, level: Claim) -> bool:
    """Whether a level may be in the period of the change per period before it."""
    return size.value is not None and level.value is not None and size.value > 0 \
        and level.value <= size.value * _PERIOD_RATIO


def counts_per_period(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "168,491 road deaths in 2022, or about 462 a day": so many a period restating a count
    just before it counts what that count counts (``death / day``, not ``1 / day``)."""
    result = list(claims)
    for index in range(1, len(result)):
        claim, count = result[index], result[index - 1]
        if not claim.unit.startswith("1 / ") or count.dimension != "count" \
                or " / " in count.unit or not count.unit \
                or not _RESTATED_PER_PERIOD.fullmatch(sentence.gap(count.span[1], claim.span[0])):
            continue
        unit = f"{count.unit} / {claim.unit[len('1 / '):]}"
        result[index] = replace(claim, unit=unit, dimension=units.dimension_of(unit))
    return result


#: what stands between a count and so many a period restating it: " in 2022, or ", ", or "
_RESTATED_PER_PERIOD: Final = re.compile(
    r"(?:[ ](?:in|last|this)[ ](?:[0-9]{4}|year|month|week))?,?[ ](?:or|that is|that's)[ ]")


def rates_of_changes(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "Gasoline fell 3 cents a gallon to $3.10": a new level written without the rate of
    the change that leads to it is in that rate (3.10 ``USD / gallon``); a share restating
    the change between them is passed over; a rate per head, or per period with a level far
    above it, leaves the level alone ("£5 a head to £1.2bn", "rose £3 a week, or 4%, to
    £2,171"; but "rose 50p an hour to £11.44").  The size of a change keeps its own unit
    when only the level has a rate ("rose $1.20 to $84.50 a barrel" leaves $1.20 in USD, as
    the blind sets write it: giving it the level's rate cost their value+unit F1)."""
    shared = list(claims)
    for index, level in enumerate(claims):
        if level.change is None or level.change.role != "to" or " / " in level.unit:
            continue
        for size in reversed(claims[:index]):
            if size.change is None or size.change.direction != level.change.direction:
                break
            if size.change.role == "delta" and size.dimension in ("percent",
                                                                  "percentage_point"):
                continue  # "or 1.4%": a restatement, passed over
            per = size.unit.partition(" / ")[2]
            if size.change.role == "delta" and per and per not in _PER_HEAD \
                    and (units.dimension_of(per) != "time" or _same_period(size, level)) \
                    and size.unit.partition(" / ")[0] == level.unit \
                    and _STRAIGHT_TO.fullmatch(sentence.gap(size.span[1], level.span[0])):
                shared[index] = replace(level, unit=size.unit, dimension=size.dimension)
            break
    return shared


#: the units a rate moves in: "yield up 8 bps at 4.31%" (the level after "at" is new)
_RATE_POINTS: Final = frozenset(["basis_point", "percentage_point"])
#: nouns right after a share, which the share describes: "48% shooting" (grammar_words.txt)
_SKILL_NOUNS: Final = _GRAMMAR["skill_nouns"]


#: words after a share that end the look for what it measures: "at 41% after the shooting",
#: "at 52% with the shooting still in the news" (but "at 58% with efficient shooting")
_SKILL_BREAKS: Final = frozenset(["after", "since", "following", "before", "during", "amid",
                                  "despite", "than", "and", "but", "the", "a", "an"])


def _skill_after(sentence: Sentence, end: int) -> bool:
    """Whether a noun of what a share measures follows ``end``, perhaps after its modifiers:
    "at 48% shooting", "at 55% field-goal shooting", "at 41% three-point shooting"."""
    for word in sentence.after(end, 5):
        if word.lower in _SKILL_NOUNS:
            return True
        if word.text != "-" and not (word.text.isalpha() and word.text.islower()) \
                or word.lower in _SKILL_BREAKS:
            return False  # (not "at 41% after the shooting")
    return False
#: a rule that names two alternatives and takes the larger (or smaller): "up to the greater
#: of €35m or 7% of turnover", "up to 4% of turnover or €20m, whichever is higher"
_EITHER_ALTERNATIVE: Final = re.compile(
    r"\b(?:the[ ](?:greater|higher|larger|lower|lesser|smaller)[ ]of|whichever[ ]is[ ]"
    r"(?:the[ ])?(?:greater|higher|larger|lower|less|lesser|smaller))\b", re.IGNORECASE)
#: one of these is in every sentence that _EITHER_ALTERNATIVE matches
_EITHER_WORDS: Final = frozenset(["greater", "higher", "larger", "lower", "lesser", "smaller",
                                  "less"])
#: how far from the two alternatives the words that take the greater may stand
_EITHER_REACH: Final = 60
#: what joins the two alternatives: "£1m or 10%", "4% of global annual turnover or €20m"
_OR_ALTERNATIVE: Final = re.compile(r"[^;.()]{0,50}?[ ]or[ ]")


#: what a fine's second cap is a share of: "or 2% of global turnover"
_TURNOVER_WORDS: Final = frozenset(["turnover", "revenue", "revenues", "sales", "income"])
_OF_TURNOVER: Final = re.compile(
    r"[ ]of[ ](?:(?:its|their|the|[a-z]+'s|global|annual|worldwide|total|group|yearly"
    r"|gross)[ ]){0,4}(?:turnover|revenues?|sales|income)\b", re.IGNORECASE)


def _share_of_turnover_after(sentence: Sentence, first: Claim, second: Claim) -> bool:
    """ "fines of up to €10m or 2% of global turnover": a cap in money and a share of
    turnover offered as its alternative share the bound."""
    return first.dimension == "currency" and second.unit == "percent" \
        and sentence.gap(first.span[1], second.span[0]) in (" or ", ", or ") \
        and _OF_TURNOVER.match(sentence.text, second.span[1]) is not None


def alternatives_under_one_bound(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "capped at the higher of £1m or 10% of turnover": the bound of the first alternative
    is the second's too, in a sentence that takes the greater or lesser of the two, or when
    the second is a share of turnover ("up to €10m or 2% of global turnover"), or a
    measure of another kind after a limit ("up to 18.75 m long and 44 tonnes")."""
    if "or" not in sentence.vocabulary and "and" not in sentence.vocabulary:
        return claims  # the common case
    either = not sentence.vocabulary.isdisjoint(_EITHER_WORDS) \
        and _EITHER_ALTERNATIVE.search(sentence.text, *sentence.span) is not None
    shared = list(claims)
    for index in range(1, len(claims)):
        first, second = shared[index - 1], claims[index]
        if first.kind in ("upper", "lower") and second.kind == "point" and ((
                either and _OR_ALTERNATIVE.fullmatch(sentence.gap(first.span[1], second.span[0]))
                and _EITHER_ALTERNATIVE.search(
                    sentence.text, max(sentence.span[0], first.span[0] - _EITHER_REACH),
                    min(sentence.span[1], second.span[1] + _EITHER_REACH)))
                or _share_of_turnover_after(sentence, first, second)
                or _other_measure_limited(sentence, first, second)
                or _bound_for_each(sentence, first, second)):
            shared[index] = _under_bound_of(first, second)
    return shared


#: a bound's group, then "and" or "or" before the next amount: " for men and ", " for debit
#: cards, and ", " for individuals or ", " to a child and " (groups in lower case: a party's
#: share in a poll is bounded on its own, "More than 40% for Labour and 30% for the Tories")
_FOR_ONE_AND: Final = re.compile(
    r"[ ](?P<for>for|from|to)[ ](?:the[ ]|an?[ ])?[a-z-]+(?:[ ][a-z-]+)?,?[ ](?:and|or)[ ]")
#: the next amount's own group after it: " for women", " from calves", " to a grandchild"
_FOR_ANOTHER: Final = re.compile(r"[ ](?P<for>for|from|to)[ ](?:the[ ]|an?[ ])?[a-z]")


def _bound_for_each(sentence: Sentence, first: Claim, second: Claim) -> bool:
    """ "less than 94cm for men and 80cm for women", "capped at 0.2% for debit and 0.3% for
    credit", "at least 100 m from whales and 300 m from calves", "can't exceed $8,300 for
    individuals or $16,600 for families", "up to £5,000 to a child and £2,500 to a
    grandchild": one bound said of two groups, the second amount in the same unit."""
    if first.unit != second.unit or first.change is not None or second.change is not None:
        return False
    one = _FOR_ONE_AND.fullmatch(sentence.gap(first.span[1], second.span[0]))
    another = _FOR_ANOTHER.match(sentence.text, second.span[1])
    return one is not None and another is not None and one.group("for") == another.group("for")


#: the measure a limit names, then "or" right before another: "1.8 m in width or 1,000 kg"
_OR_ANOTHER_MEASURE: Final = re.compile(r"(?:[ ](?:in|of)[ ][a-z]+)?[ ]or[ ]")
#: the same after a ceiling with "and", the measure named by an adjective of size: "up to
#: 18.75 m long and 44 tonnes" (not "winds up to 90 km/h and 20 mm of rain")
_AND_ANOTHER_MEASURE: Final = re.compile(
    r"(?:[ ](?:in[ ](?:length|width|height|depth|weight)|long|wide|high|tall|deep|heavy"
    r"|thick|across))?[ ]and[ ]")
#: what tells that a measure after "and" is a fact of its own: "and 20 mm of rain"
_OWN_SUBJECT_AFTER: Final = re.compile(r"[ ]of[ ]")
#: dimensions of the measures that one limit may cap together
_LIMITED_MEASURES: Final = frozenset(["length", "mass", "volume", "area", "time", "speed",
                                      "power", "count", "currency", "energy"])


def _other_measure_limited(sentence: Sentence, first: Claim, second: Claim) -> bool:
    """ "Loads must not exceed 1.8 m in width or 1,000 kg", "carry up to 150 passengers or
    20 tonnes", "up to 18.75 m long and 44 tonnes": a limit, then "or" (after a ceiling
    also "and") and a measure of another kind, which the limit caps too; so does a ceiling
    on a count of other things after "or" ("may not exceed 13,000 words or 30 pages")."""
    counts = first.dimension == second.dimension == "count" and first.unit != second.unit \
        and first.kind == "upper"  # "may not exceed 13,000 words or 30 pages"
    if (first.dimension == second.dimension and not counts) \
            or first.dimension not in _LIMITED_MEASURES \
            or second.dimension not in _LIMITED_MEASURES or first.change is not None \
            or second.change is not None:
        return False
    gap = sentence.gap(first.span[1], second.span[0])
    if _OR_ANOTHER_MEASURE.fullmatch(gap) is not None:
        return True
    if counts:
        return False  # ("up to 6 people and 2 vehicles" may be two facts)
    return first.kind == "upper" and _AND_ANOTHER_MEASURE.fullmatch(gap) is not None \
        and first.dimension != "currency" \
        and _OWN_SUBJECT_AFTER.match(sentence.text, second.span[1]) is None  # (not "up to
    # $1,000 and 20 runner-up awards": a prize and the count of others)


#: a new clause of contrast between a change and a later level, which is that clause's own
#: ("climbed 18% to 2,870, while bike thefts were flat at 940")
_CONTRASTED: Final = re.compile(r"\b(?:while|whereas|but|although|though)\b|;", re.IGNORECASE)
#: words between two changes that leave the second one's verb out: "fell 0.5%
#: month-on-month and 2.1% year-on-year", "rose 5% in May and 3% in June"
_NO_VERB_BETWEEN: Final = 8


#: the date of the change before, then "and" and the "by" of the next: " in 2025 and by ", " in
#: May and by "
_DATED_AND_BY: Final = re.compile(
    r"[ ](?:(?:in|for|during)[ ](?:(?:1[5-9]|20)[0-9]{2}|[A-Z][a-z]+)"
    r"|(?:last|this)[ ](?:year|month|week|quarter))[ ]and[ ](?:then[ ])?by[ ]"
    r"(?:a[ ]further[ ]|another[ ]|an[ ]additional[ ]|an[ ]extra[ ])?")


def _dated_and_by(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """ "grow by 1.1% in 2025 and by 1.6% in 2026", "rose 0.4% in May and by 0.3% in June",
    "cut by 10% last year and by a further 4%": a path of changes, each dated, the verb left
    out after the first."""
    found = _DATED_AND_BY.match(sentence.text, previous.span[1])
    return found is not None and found.end() == claim.span[0]


def _change_left_out(sentence: Sentence, previous: Optional[Claim], claim: Claim,
                     before: Sequence[Word]) -> bool:
    """A change of the same unit after "and" and a few words with no verb of their own:
    the verb of the change before is left out ("rose 5% and 3%", "sales rose 5% and
    profits 3%", "GDP increased by 0.3% and employment by 0.2%", "rose to 18% and 24%"), or
    a change of the same size "followed by" another ("rose 5% in 2023, followed by 3%")."""
    if (claim.change is not None or previous is None or previous.change is None
            or previous.change.role not in ("delta", "to") or previous.unit != claim.unit
            or not before or before[-1].lower in _OWNING_DETERMINERS
            or _share_of_after(sentence, claim)):
        return False  # "and its 20% stake", "and 30% of households": no change
    if len(before) > 1 and before[-1].lower == "by" and before[-2].lower == "followed" \
            and previous.change.role == "delta":
        return True  # "raised tariffs by 18.65% in 2023, followed by 12.74% in 2024": the
        # next rise
    tagged = _LISTED_TAG.fullmatch(sentence.gap(previous.span[1], claim.span[0]))
    tagged = tagged if tagged is not None and tagged.group("joint") == ", and" else None
    between = [w for w in sentence.before(claim.span[0], 3 * _NO_VERB_BETWEEN)
               if w.start >= previous.span[1] and w.text != "-"
               and not (w.text == "," and tagged is not None)]  # "in Wales, and 3.4%"
    if before[-1].lower != "and" and (not between or between[0].lower != "and") \
            and not _dated_and_by(sentence, previous, claim):
        return False
    if len(between) > _NO_VERB_BETWEEN or any(not w.text.isalnum() and w.text != "/"
                                              for w in between):
        return False  # a long stretch or punctuation: another clause ("q/q" is a tag)
    following = sentence.after(claim.span[1], 1)
    if (previous.change.role == "to" or tagged is not None) and following \
            and following[0].text.isalpha() and following[0].lower not in _AFTER_LISTED_LEVEL:
        return False  # "rose to 30% and 45% said they were unsure": a new clause's subject
    changes = lexicon.load().changes
    saying = lexicon.load().not_claims["saying_verbs"]
    named = next((index for index, w in enumerate(between[:_NAMING_REACH])
                  if w.lower in changes), -1)
    if named >= 0 and between[0].start == previous.span[1] + 1 \
            and all(w.text.isalpha() and w.text.islower() for w in between[:named]):
        between = between[named + 1:]  # "a 4% pay rise this year and 3% next year": the
        # noun that names the change before is no verb of another
    return all(w.lower not in _SUBJECT_VERBS and w.lower not in changes
               and w.lower not in saying and (w.lower not in _MODALS or w.text == "May")
               and not (w.lower.endswith("ed") and (
                   index == 0 or index == len(between) - 1
                   or between[index - 1].lower not in ("a", "an", "the")))
               for index, w in enumerate(between))  # no verb of its own ("on a reported
    # basis": a participle after an article is an adjective, but "a reported 10% stake"
    # describes the amount)


#: how many words after a change may name it: "4% pay rise", "6% increase"
_NAMING_REACH: Final = 3
#: words that may follow the last of the levels listed after "rose to": "to 18% and 24%
#: respectively", "and 5% in Wales"
_AFTER_LISTED_LEVEL: Final = frozenset(["respectively", "in", "for", "on", "at", "by", "from",
                                        "inside", "outside", "within", "among", "across",
                                        "over", "a", "an", "per", "each", "and", "or", "of"])
#: "will", "could": a verb of its own between two changes (grammar_words.txt)
_MODALS: Final = _GRAMMAR["modals"]
#: a determiner right before an amount makes it a thing's own, no change: "its 20% stake"
_OWNING_DETERMINERS: Final = _PARTITIVE_DETERMINERS | frozenset(["a", "an"])


def _share_of_after(sentence: Sentence, claim: Claim) -> bool:
    """Whether "of" follows the claim: "30% of households" is a share, not a change."""
    after = sentence.after(claim.span[1], 1)
    return bool(after) and after[0].lower == "of"


def _listed_change(sentence: Sentence, previous: Optional[Claim], claim: Claim,
                   following: Optional[Claim]) -> bool:
    """A middle item of a list of changes, between commas: "rose 3.1%, 4.7% and 6.2%" (the
    last item is a change left out, ``_change_left_out``); not "rose 5%, 20% of which"."""
    if (claim.change is not None or previous is None or previous.change is None
            or previous.change.role not in ("delta", "to") or following is None
            or not previous.unit == claim.unit == following.unit):
        return False
    before, after = sentence.gap(previous.span[1], claim.span[0]), \
        sentence.gap(claim.span[1], following.span[0])
    if before == ", ":
        return after in (", ", " and ", ", and ")
    tag_before, tag_after = _LISTED_TAG.fullmatch(before), _LISTED_TAG.fullmatch(after)
    # "fell 2.1% in March, 1.4% in April and 0.8% in May": each item tagged alike
    return tag_before is not None and tag_after is not None and tag_before.group("joint") == ","\
        and tag_before.group("prep").lower() == tag_after.group("prep").lower()


#: a tag between two items of a list of changes, then the joint: " in London, ", " for
#: women and "
_LISTED_TAG: Final = re.compile(
    r"[ ](?P<prep>" + "|".join(sorted(_TAG_PREPOSITIONS)) + r"|among|across|from)"
    r"(?:[ ][\w'\N{RIGHT SINGLE QUOTATION MARK}.&-]+){1,%d}(?P<joint>,|[ ]and|,[ ]and)[ ]"
    % _TAG_WORDS, re.IGNORECASE)


#: dimensions of a change's size that never name what the new level is measured in
_SHARE_DIMENSIONS: Final = frozenset(["percent", "percentage_point", "basis_point",
                                      "dimensionless"])


def _level_unit_source(sentence: Sentence, linked: List[Claim], claim: Claim,
                       before: Sequence[Word]) -> Optional[Claim]:
    """The earlier claim whose unit a bare "to" level takes, or None:

    - "from about 14-18 mpg to 24": a "from" amount with no change verb;
    - "1,463.87 points, while the TA-125 climbed 0.1% to 1,333.18", "lost 162.31 points,
      or 2.14%, to 7,425.81": after a change in percent, the nearest earlier level in a
      unit (money only when written with its symbol or code first, so that "3p" never
      lends pounds to a bare number).
    """
    if claim.unit or not linked or not before or before[-1].lower not in ("to", "at"):
        return None
    previous = linked[-1]
    if previous.change is None and previous.unit and previous.kind in ("point", "approx", "range"):
        opener = sentence.before(previous.span[0], 1)
        if (opener and opener[-1].lower == "from" or previous.qualifier.startswith("from")) \
                and not _verb_between(sentence, previous, claim):
            return previous  # but "Complaints from 40 schools rose to 1,200": a source
        return None
    if claim.change is None or claim.change.role != "to" or previous.change is None \
            or previous.change.role != "delta" or previous.dimension not in _SHARE_DIMENSIONS:
        return None  # (not after a bare old level: "between 12 cities rose from 40 to 60")
    for back in range(len(linked) - 2, -1, -1):
        earlier = linked[back]
        if earlier.dimension in _SHARE_DIMENSIONS or earlier.dimension == "time":
            continue  # a duration says when: "in the three months to November"
        if earlier.dimension == "currency" and not earlier.text.startswith(earlier.unit_text):
            return None
        if earlier.dimension == "currency" \
                and _counted_subject_between(sentence, earlier, previous):
            return None  # "revenue fell 14% to £854m, with active customers down 12% to 20.3
            # million": the later change counts its own subject, no money
        if _in_relative_clause(sentence, earlier, previous):
            return None  # "The dollar index, which tracks six peers, fell 0.5% to 100.62"
        subject = sentence.before(previous.span[0], 2)
        if earlier.unit != "point" and (any(
                w.lower in (_INDEX_NAMES if earlier.dimension in ("currency", "rate")
                            else _NAMED_INDEXES)
                for w in sentence.before(previous.span[0], MAX_PHRASE_WORDS)
                if w.start >= earlier.span[1])
                or (len(subject) == 2 and subject[0].start >= earlier.span[1]
                    and subject[0].lower in _INDEX_NAMES
                    and not (earlier.dimension == "temperature"
                             and _measured_index(sentence, subject[0])))):
            return None  # "to $1.2655, while the FTSE 100 closed 0.4% lower at 8,123.5", "to
            # 98.6p a therm, and the FTSE 100 ended 0.4% higher at 9,712.4", "338 million
            # tonnes, as the FTSE 100 closed 0.3% lower at 9,428.6", "as the index fell 1.1%
            # to 7,512.3": an index's level, no money or measure (but "1,463.87 points,
            # while the TA-125 climbed 0.1% to"; "among the 500 biggest builders")
        return earlier
    return None


#: names of stock indexes: between a price and a change, the level after the change is the
#: index's (changes.py also counts "shares", "stocks" and "market", which name none here:
#: "before the stock market turned, and it finished 1.2% lower at 244.80")
_INDEX_NAMES: Final = INDEX_NAMES - frozenset(["shares", "stocks", "market"])
#: the names of indexes alone, which also bar a measure from an index's level: "338 million
#: tonnes, as the FTSE 100 closed 0.3% lower at 9,428.6" (not "among the 500 biggest
#: builders completions climbed 6% to 210,000")
_NAMED_INDEXES: Final = _INDEX_NAMES - frozenset(["500", "100", "index"])


def _measured_index(sentence: Sentence, index: Word) -> bool:
    """Whether an index word names a measure in degrees: "the heat index rose 8% to 41"."""
    before = sentence.before(index.start, 1)
    return bool(before) and before[0].lower in _MEASURED_INDEXES


#: the words before "index" that make it a measure in degrees, not a market's index
_MEASURED_INDEXES: Final = frozenset(["heat", "humidex", "chill"])


def _counted_subject_between(sentence: Sentence, earlier: Claim, later: Claim) -> bool:
    """Whether a plural noun of things counted, no money and no unit, stands between two
    claims: the "customers" of "£854m, with active customers down 12%" (not the "sales" of
    "£10bn, while sales rose 3%")."""
    return any(w.text.isalpha() and w.text.islower() and is_plural_word(w.lower)
               and w.lower not in _MONEY_NOUNS and not units.is_unit_word(w.lower)
               and w.start >= earlier.span[1] and w.end <= later.span[0]
               for w in sentence.before(later.span[0], MAX_PHRASE_WORDS))


#: what opens a relative clause set off by commas: ", which tracks"
_RELATIVE_OPENER: Final = re.compile(r",[ ](?:which|who|whose|that)[ ][^,]*\Z")


def _in_relative_clause(sentence: Sentence, earlier: Claim, later: Claim) -> bool:
    """Whether ``earlier`` stands in a relative clause that a comma closes before ``later``."""
    opened = _RELATIVE_OPENER.search(sentence.text, sentence.span[0], earlier.span[0])
    return opened is not None and "," in sentence.gap(earlier.span[1], later.span[0])


def _verb_between(sentence: Sentence, previous: Claim, claim: Claim) -> bool:
    """Whether the "from" amount is a source inside the subject, a change verb standing
    between the two claims: "Complaints from 40 schools rose to 1,200" (not "From 400 in
    2010, cases have risen to 2,000")."""
    opener = sentence.before(previous.span[0], 2)
    if len(opener) < 2 or opener[-1].lower != "from" or not is_plural_word(opener[0].lower):
        return False
    changes = lexicon.load().changes
    return any(word.lower in changes and word.text.islower()
               for word in sentence.before(claim.span[0], MAX_PHRASE_WORDS)
               if word.start >= previous.span[1])


#: the year or period of the first level, before the word of the second: "in 1900 ", "in
#: March "
_DATED_GAP: Final = re.compile(r"\A[ ]?,?[ ]?(?:in|by)[ ](?:[A-Z][a-z]+[ ])?(?:1[5-9]|20)[0-9]{2}"
                               r"|\A[ ]?(?:in|by)[ ][A-Z][a-z]+(?=[ ])")


def directions_from_levels(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "improved to 94.3% from 97.8%": when a change gives both levels, in one unit, the
    numbers say its direction, whatever the verb (a lower ratio may be an improvement).
    Two levels with no verb in reach are a change too when written "to X from Y" ("fell
    more sharply than expected last month, to 2.3 per cent from 3.2 per cent")."""
    changed = [_unverbed_levels(claims, index, sentence) for index in range(len(claims))]
    for index in range(len(changed) - 1):
        first, second = changed[index], changed[index + 1]
        if first.change is None or second.change is None \
                or {first.change.role, second.change.role} != {"from", "to"} \
                or first.value is None or second.value is None \
                or _DATED_GAP.sub("", sentence.gap(first.span[1], second.span[0])).strip(
                    " ,").lower() != second.change.role:
            continue  # only "to 94.3% from 97.8%", "from 44 mg to 50 mg" (perhaps with their
            # years: "from 45% in 1900 to 2% in 2000"): one change
        old, new = (first, second) if first.change.role == "from" else (second, first)
        size = _size_in(old.unit, new.unit)
        if size is None:
            continue
        assert old.value is not None and new.value is not None
        if old.value * size == new.value:
            continue
        direction = "up" if new.value > old.value * size else "down"
        if first.change.direction != direction or second.change.direction != direction:
            changed[index] = replace(first, change=Change(direction, first.change.role))
            changed[index + 1] = replace(second, change=Change(direction, second.change.role))
    return changed


def _size_in(unit: str, other: str) -> Optional[Decimal]:
    """How many ``other`` one ``unit`` is, for the same unit or two whose sizes the lexicon
    knows ("went from 1.8 MB to 640 KB"); None otherwise."""
    if unit == other:
        return Decimal(1)
    sizes = units.unit_sizes()
    if unit in sizes and other in sizes and sizes[unit][1] == sizes[other][1]:
        return sizes[unit][0] / sizes[other][0]
    return None


#: the inches that follow a height in feet: "six foot two", "6-foot-2", "5 ft 4"
_HEIGHT_INCHES: Final = re.compile(
    r"(?:-|[ ])(?P<inches>[0-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
    r"(?![\w\N{DEGREE SIGN}%'\"]|[.,]\d)", re.IGNORECASE)
_INCH_WORDS: Final = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven".split())}


def ranges_of_heights(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "between 5ft 9in and 6ft", "from 5ft to 5ft 3in": two heights in feet and inches,
    which the composites read apart, are one range in inches (a change keeps its two
    levels: "grew from 5ft 2in to 6ft 1in")."""
    if len(claims) < 2:
        return claims  # nothing to read together
    kept: List[Claim] = []
    for claim in claims:
        previous = kept[-1] if kept else None
        joined = _height_range(previous, claim, sentence) if previous is not None else None
        if joined is not None:
            kept[-1] = joined
            continue
        kept.append(claim)
    return kept


#: the opener of a range of heights, its connector after the first end
_HEIGHT_RANGE_WORDS: Final = {"between": " and ", "from": " to "}
#: the units of a height, in inches
_INCHES_IN: Final = {"inch": Decimal(1), "foot": Decimal(12)}


def _height_range(first: Claim, second: Claim, sentence: Sentence) -> Optional[Claim]:
    """The range of two heights in feet or inches, one of them a composite, opened by
    "between" or "from" (see ranges_of_heights); else None."""
    if first.unit not in _INCHES_IN or second.unit not in _INCHES_IN \
            or first.unit == second.unit == "foot" or first.kind != "point" \
            or second.kind != "point" or first.change is not None or second.change is not None \
            or first.value is None or second.value is None:
        return None
    opener = sentence.before(first.span[0], 1)
    if not opener or opener[0].lower not in _HEIGHT_RANGE_WORDS \
            or sentence.gap(first.span[1], second.span[0]) != _HEIGHT_RANGE_WORDS[
                opener[0].lower]:
        return None
    low = first.value * _INCHES_IN[first.unit]
    high = second.value * _INCHES_IN[second.unit]
    if low >= high:
        return None
    start = opener[0].start
    return replace(first, text=sentence.text[start:second.span[1]],
                   span=(start, second.span[1]), value=None, low=low, high=high,
                   kind="range", unit="inch", dimension="length", qualifier=opener[0].lower,
                   precision=Decimal(1), unit_text=second.unit_text)


def heights_in_feet_and_inches(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """ "He is six foot two", "the 6-foot-2 guard", "5 ft 4": a height in feet and the inches
    said after it without their unit, one value in inches (74)."""
    heights: List[Claim] = []
    reach = -1
    for index, claim in enumerate(claims):
        if claim.span[0] < reach:
            continue  # the bare inches of "5 ft 4", now inside the height
        primed = claims[index + 1] if index + 1 < len(claims) else None
        if primed is not None and _primed_feet(sentence, claim, primed):
            assert claim.value is not None and primed.value is not None
            value = claim.value * 12 + primed.value
            claim = replace(primed, text=sentence.text[claim.span[0]:primed.span[1]],
                            span=(claim.span[0], primed.span[1]), value=value, unit="inch",
                            dimension="length", precision=Decimal(1),
                            low=None if claim.kind == "upper" else value,
                            high=None if claim.kind == "lower" else value, kind=claim.kind,
                            qualifier=claim.qualifier, strict=claim.strict)  # "up to 6'5\""
            reach = primed.span[1]
        if _athlete_height(sentence, claim):
            assert claim.low is not None and claim.high is not None
            value = claim.low * 12 + claim.high
            claim = replace(claim, value=value, low=value, high=value, kind="point",
                            unit="inch", dimension="length", precision=Decimal(1))
        if claim.unit == "foot" and claim.kind in ("point", "approx") \
                and claim.value is not None and claim.value == int(claim.value) \
                and 3 <= claim.value <= 8:
            found = _HEIGHT_INCHES.match(sentence.text, claim.span[1], sentence.span[1])
            if found is not None and (found.group().startswith("-") or not units.is_unit_word(
                    units.next_word(sentence.text, found.end() + 1))):  # not "6 feet 2 metres"
                # (but "a 5-foot-6 second baseman")
                inches = found.group("inches").lower()
                value = claim.value * 12 + int(_INCH_WORDS.get(inches, inches) or 0)
                claim = replace(claim, text=sentence.text[claim.span[0]:found.end()],
                                span=(claim.span[0], found.end()), value=value, low=value,
                                high=value, unit="inch", precision=Decimal(1))
                reach = found.end()
        heights.append(claim)
    return heights


#: feet and inches written as a bare pair, as US sports copy gives a player's height: "6-10"
_BARE_HEIGHT: Final = re.compile(r"[4-7]-(?:[0-9]|1[01])")
#: what tells a bare "6-10" is a player's height: a position right after it, or a weight in
#: pounds beside it ("The 6-10, 240-pound forward", "The pitcher is 6-7 and 245 pounds";
#: not "groups of 4-6 until the end of term")
_HEIGHT_CUES: Final = frozenset(["forward", "forwards", "guard", "guards", "center", "centre",
                                 "wing", "defenseman", "pitcher", "rookie", "lineman",
                                 "catcher", "quarterback", "receiver", "tackle", "freshman",
                                 "sophomore", "junior", "senior"])
#: a weight in pounds near a bare "6-7", which makes it a player's height
_WEIGHT_WORDS: Final = frozenset(["pound", "pounds", "lb", "lbs"])


def _athlete_height(sentence: Sentence, claim: Claim) -> bool:
    """Whether a bare range "6-10" is feet and inches: a player's height in US sports copy,
    before a position or beside a weight in pounds (not "miss 6-8 weeks", "fell to 6-10")."""
    if claim.kind != "range" or claim.unit or not _BARE_HEIGHT.fullmatch(claim.text):
        return False
    near = lower_words(sentence.text[claim.span[1]:min(sentence.span[1], claim.span[1] + 24)])
    first = next((word for word in near if word.isalpha()), "")
    return first in _HEIGHT_CUES or not _WEIGHT_WORDS.isdisjoint(near)


#: the marks of feet and inches: "5'11\"", "6\u2032 1\u2033"
_FEET_MARKS: Final = ("'", "\N{PRIME}", "\N{RIGHT SINGLE QUOTATION MARK}")
_INCH_MARKS: Final = ('"', "\N{DOUBLE PRIME}", "''", "\N{RIGHT DOUBLE QUOTATION MARK}")


def _primed_feet(sentence: Sentence, feet: Claim, inches: Claim) -> bool:
    """Whether a bare whole number with a foot mark comes right before inches with an inch
    mark: "5'11\"", "6' 1\"", "12'6\" x 10'3\"" (one length in inches); a unit read into the
    bare number without words ("He is 5" is an age) gives way to the marks."""
    if feet.unit_text or feet.kind not in ("point", "approx", "upper", "lower") \
            or feet.value is None or inches.kind != "point" or inches.value is None \
            or not 0 <= inches.value < 12 or feet.value != int(feet.value):
        return False
    gap = sentence.gap(feet.span[1], inches.span[0])
    if inches.unit == "" and not inches.unit_text and inches.text.isdigit() \
            and 4 <= feet.value <= 7 and gap in _FEET_MARKS \
            and not sentence.text[inches.span[1]:inches.span[1] + 1].isalnum():
        return True  # "He stands 6'4 and weighs 220": a height with its inch mark left off
    if inches.unit != "inch" or not inches.text.endswith(_INCH_MARKS):
        return False
    return gap[:1] in _FEET_MARKS and gap[1:] in ("", " ")


#: the gap of "to X from Y", perhaps naming Y's estimate: " from ", " from a first estimate of
#: ", " from an initially reported "
_FROM_AN_ESTIMATE: Final = re.compile(
    r"[ ]from[ ](?:(?:an?|the)[ ])?(?:(?:first|initial|initially|preliminary|flash|advance"
    r"|earlier|previous|previously|original|originally|reported|estimated)[ ])*"
    r"(?:estimate[ ]of[ ])?", re.IGNORECASE)


def _unverbed_levels(claims: List[Claim], index: int, sentence: Sentence) -> Claim:
    """The claim at ``index`` with the role its place in "to X from Y" gives it, when
    neither level has a change of its own (the direction follows from the numbers)."""
    claim = claims[index]
    if claim.change is not None or claim.kind not in ("point", "approx"):
        return claim
    for first, second in ((index, index + 1), (index - 1, index)):
        if first < 0 or second >= len(claims):
            continue
        new, old = claims[first], claims[second]
        before = sentence.before(new.span[0], 1)
        if old.change is not None or new.unit != old.unit or not before \
                or before[0].lower != "to" or old.kind not in ("point", "approx") \
                or not _FROM_AN_ESTIMATE.fullmatch(sentence.gap(new.span[1], old.span[0])) \
                or new.value is None or old.value is None or new.value == old.value:
            continue
        direction = "up" if new.value > old.value else "down"
        return replace(claim, change=Change(direction, "to" if claim is new else "from"))
    return claim
