"""Bands: "a man in his 40s" (40-49 years), "highs in the low 90s" (90-93), "growth in the
mid-teens" (14-16%), "mid-single-digit growth" (4-6%), "a mid-$20 million opening" (24-26
million dollars).  Each is a vague range; the words
are data (``data/bands.txt``)."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Dict, Final, FrozenSet, List, NamedTuple, Tuple

from factcheck import lexicon, units
from factcheck.claims import Claim
from factcheck.numerals import parse_number, scan_numerals
from factcheck.sentence import Sentence, finish_claim


class Bands(NamedTuple):
    """bands.txt as tables: owner words, parts (offsets, and whether "the" may come first),
    band words (first and last number), and the regexes that find a band: after an owner or
    "the", in digits, and as an adjective before its noun ("high-teens growth")."""

    owners: FrozenSet[str]
    parts: Dict[str, Tuple[int, int, bool]]
    words: Dict[str, Tuple[int, int]]
    pattern: "re.Pattern[str]"
    digits: Dict[str, Tuple[int, int]]
    cues: FrozenSet[str]
    near_cues: FrozenSet[str]
    digit_pattern: "re.Pattern[str]"
    adjective_pattern: "re.Pattern[str]"


@lru_cache(maxsize=None)
def bands() -> Bands:
    """Read bands.txt once."""
    table = lexicon.phrase_table("bands.txt")
    owners = frozenset(w[0] for w, meaning in table.items() if meaning[0] == "owner")
    parts = {w[0]: (int(m[1]), int(m[2]), "the" in m[3:]) for w, m in table.items()
             if m[0] == "part"}
    words = {w[0]: (int(m[1]), int(m[2])) for w, m in table.items() if m[0] == "tens"}
    quote = "'\N{RIGHT SINGLE QUOTATION MARK}"
    pattern = re.compile(
        rf"(?<![\w{quote}])(?P<owner>{'|'.join(sorted(owners | {'the'}))})\s+"
        rf"(?P<band>(?:(?P<part>{'|'.join(sorted(parts))})(?:-|\s+))?"
        rf"(?:(?P<ten>[1-9]0)[{quote}]?s|(?P<word>{'|'.join(sorted(words))})))(?![\w{quote}])",
        re.IGNORECASE)
    digits = {w[0]: (int(m[1]), int(m[2])) for w, m in table.items() if m[0] == "digits"}
    cues = frozenset(w[0] for w, m in table.items() if m[0] == "cue")
    near_cues = frozenset(w[0] for w, m in table.items() if m[0] == "near")
    part_words = '|'.join(sorted(parts))
    digit_pattern = re.compile(
        rf"(?<![\w-])(?:(?P<part>{part_words})(?:(?:-to-|\s+to\s+)(?P<part2>{part_words}))?"
        rf"[-\s]+)?(?P<digits>{'|'.join(sorted(digits))})[-\s]digits?(?![\w-])", re.IGNORECASE)
    adjective_pattern = re.compile(
        rf"(?<![\w-])(?P<part>{part_words})-(?:(?P<ten>[1-9]0)[{quote}]?s|(?P<word>"
        rf"{'|'.join(sorted(words))}))[ ](?P<noun>[a-z]+)\b", re.IGNORECASE)
    return Bands(owners, parts, words, pattern, digits, cues, near_cues, digit_pattern,
                 adjective_pattern)


def digit_band_claims(sentence: Sentence) -> List[Claim]:
    """Bands counted in digits: "mid-single-digit growth" (4-6 percent), "double-digit
    gains" (10-99 percent), "in the high single digits" (7-9 percent); only where the
    sentence speaks of a percentage (a cue word of bands.txt), since "double-digit
    victories" and "a single-digit handicap" count nothing a table holds."""
    vocabulary = sentence.vocabulary
    table = bands()
    if "digit" not in vocabulary and "digits" not in vocabulary or (
            vocabulary.isdisjoint(table.cues) and vocabulary.isdisjoint(table.near_cues)):
        return []
    claims: List[Claim] = []
    cued = not vocabulary.isdisjoint(table.cues)
    for found in table.digit_pattern.finditer(sentence.text, *sentence.span):
        if not cued and not any(w.text in table.near_cues
                                for w in sentence.before(found.start(), 3)):
            continue  # ("Derrick Rose scored in double digits"; "Comps were up mid-single
            # digits" is cued by its "up")
        first, last = table.digits[found.group("digits").lower()]
        part_word = (found.group("part") or "").lower()
        if part_word:
            if first != 1:
                continue  # "low double digits": no agreed part of 10-99
            # "low-to-mid single digits" runs from the first part's start to the second's end
            last_part = (found.group("part2") or part_word).lower()
            first, last = max(first, table.parts[part_word][0]), table.parts[last_part][1]
        claims.append(finish_claim(
            sentence, start=found.start(), end=found.end(), low=Decimal(first),
            high=Decimal(last), kind="range", qualifier="", precision=None, vague=True,
            unit="percent", dimension="percent", unit_text=""))
    return claims


def band_claims(sentence: Sentence) -> List[Claim]:
    """Bands of ten: "a man in his 40s" (40-49 years), "in her late twenties" (27-29 years),
    "highs in the low 90s" (90-93); after "the" only with a low or high part, since "the 90s"
    and "the late 80s" are decades."""
    table = bands()
    vocabulary = sentence.vocabulary
    if vocabulary.isdisjoint(table.owners) and vocabulary.isdisjoint(table.parts) \
            and "teens" not in vocabulary and vocabulary.isdisjoint(_TEMPERATURE_SUBJECTS) or (
            "s" not in vocabulary and vocabulary.isdisjoint(table.words)):
        return []
    claims: List[Claim] = []
    for found in table.pattern.finditer(sentence.text, *sentence.span):
        owner = found.group("owner").lower()
        part = table.parts.get((found.group("part") or "").lower())
        teens = (found.group("word") or "").lower() == "teens"
        if owner == "the" and not (part and part[2]) and not teens \
                and not _forecast_band(sentence, found.start()):
            continue  # a decade, but "Highs in the mid-30s are expected" are temperatures
        ten = found.group("ten")
        first, last = (int(ten), int(ten) + 9) if ten else table.words[found.group("word").lower()]
        if part and teens:
            # the teens run 13-19: early 13-15, mid 14-16, late 17-19
            first, last = (13, 15) if part[1] <= 3 else (14, 16) if part[1] <= 6 else (17, 19)
        elif part:
            base = first - first % 10
            first, last = max(first, base + part[0]), min(last, base + part[1])
        if first >= last:
            continue
        unit, dimension = ("", "dimensionless") if owner == "the" else ("year", "time")
        if owner == "the" and not vocabulary.isdisjoint(table.cues) \
                and not (vocabulary & table.cues <= _WEAK_CUES
                         and not vocabulary.isdisjoint(_NOT_A_SHARE)):
            unit, dimension = "percent", "percent"  # "growth in the mid-teens", "Support
            # for Brexit is in the low 40s" (not "Support crews battled temperatures in the
            # high 30s", "Brent found support in the low 80s")
        claims.append(finish_claim(
            sentence, start=found.start("band"), end=found.end("band"), low=Decimal(first),
            high=Decimal(last), kind="range", qualifier="", precision=None, vague=True,
            unit=unit, dimension=dimension, unit_text=""))
        claims += _listed_bands(sentence, found.end("band"), unit, dimension)
    return claims


def adjective_band_claims(sentence: Sentence) -> List[Claim]:
    """A band with its part before a noun of rates: "high-teens growth" (17-19 percent),
    "low-20s margins" (20-23 percent); before other nouns it counts nothing known ("a
    late-20s couple" is an age told by an owner elsewhere)."""
    table = bands()
    if "-" not in sentence.vocabulary or sentence.vocabulary.isdisjoint(table.parts):
        return []
    claims: List[Claim] = []
    for found in table.adjective_pattern.finditer(sentence.text, *sentence.span):
        if found.group("noun").lower() not in table.cues:
            continue
        if found.group("ten") and (found.group("part").lower() not in _RATE_PARTS
                                   or found.group("noun").lower() not in _RATE_NOUNS):
            continue  # "late-90s growth", "mid-70s inflation": decades (but "low-20s
            # margins" is a rate)
        part = table.parts[found.group("part").lower()]
        ten = found.group("ten")
        first, last = (int(ten), int(ten) + 9) if ten else table.words[found.group("word").lower()]
        if first == 13:  # the teens run 13-19: early or low 13-15, mid 14-16, high 17-19
            first, last = (13, 15) if part[1] <= 3 else (14, 16) if part[1] <= 6 else (17, 19)
        else:
            first, last = first + part[0], first + part[1]
        claims.append(finish_claim(
            sentence, start=found.start(), end=found.start("noun") - 1, low=Decimal(first),
            high=Decimal(last), kind="range", qualifier="", precision=None, vague=True,
            unit="percent", dimension="percent", unit_text=""))
    return claims


#: the parts and nouns that make a band of tens an adjective of a rate, not a decade
_RATE_PARTS: Final = frozenset(["low", "lower", "high", "upper"])
_RATE_NOUNS: Final = frozenset(["margin", "margins", "return", "returns", "yield", "yields",
                                "rate", "rates"])


#: a further band of ten listed after one: the ", 50s" and " and 60s" of "in their 40s, 50s
#: and 60s"
_LISTED_BAND: Final = re.compile(
    r"(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|or|to)[ ])(?P<part>early|mid|late)?[- ]?"
    r"(?P<ten>[1-9]0)['\N{RIGHT SINGLE QUOTATION MARK}]?s(?![\w'\N{RIGHT SINGLE QUOTATION MARK}])",
    re.IGNORECASE)
_TEMPERATURE_SUBJECTS: Final = frozenset(["highs", "lows", "temperatures", "readings"])
#: cue words that are also other things ("Support crews", "With the polls open"), and the
#: words beside which they cue no share
_WEAK_CUES: Final = frozenset(["support", "polls"])
_NOT_A_SHARE: Final = frozenset(["temperature", "temperatures", "mercury", "heat", "crews",
                                 "crude", "brent", "stock", "shares", "gold", "wind", "gusts",
                                 "open"])
_HIGHS_AND_LOWS: Final = re.compile(r"\b(?:highs[ ]and[ ]lows|lows[ ]and[ ]highs)\b", re.IGNORECASE)
#: what may stand before "in the" and a band of temperatures: "Highs in the mid-30s", "lows
#: tonight in the 40s", "Temperatures will be in the 70s" (not "the 70s" of history)
_TEMPERATURE_SUBJECT: Final = re.compile(
    r"\b([Hh]ighs?|[Ll]ows?|[Tt]emperatures?|[Rr]eadings)(?:[ ](?:tonight|today|tomorrow"
    r"|will[ ]be|are|were|stay(?:ed)?|remain(?:ed)?|mostly|generally))*[ ](?:in|into)[ ]\Z")


def _forecast_band(sentence: Sentence, start: int) -> bool:
    """A band after "the" that a forecast gives highs, lows or temperatures in: "Highs in the
    mid-30s are expected", "Lows tonight in the 40s" (not "The Dow set record highs in the
    90s", "Temperatures in the 70s were cooler": decades)."""
    found = _TEMPERATURE_SUBJECT.search(sentence.text, max(sentence.span[0], start - 32), start)
    if found is None:
        return False
    before = sentence.before(found.start(), 1)
    if before and before[0].lower == "record":
        return False  # "The Dow set record highs in the 90s"
    if _HIGHS_AND_LOWS.search(sentence.text, *sentence.span):
        return False  # "The band's highs and lows in the 90s": an idiom
    if found.group(1).lower() in ("highs", "lows") and (
            not before or before[0].lower == "and" or not before[0].text.isalnum()):
        return True  # "Highs in the 70s.", "Lows were in the 20s across the valley"
    vocabulary = sentence.vocabulary
    return not vocabulary.isdisjoint(_FORECAST_WORDS) and "were" not in vocabulary \
        and "was" not in vocabulary


#: words of a forecast, one of which a band of temperatures after "the" needs
_FORECAST_WORDS: Final = frozenset([
    "will", "expected", "forecast", "forecasts", "forecasters", "tonight", "today", "tomorrow",
    "overnight", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "afternoon", "morning", "evening"])


def _listed_bands(sentence: Sentence, end: int, unit: str, dimension: str) -> List[Claim]:
    """The bands listed right after a band, read the same way: "their 50s and 60s"."""
    claims: List[Claim] = []
    table = bands()
    found = _LISTED_BAND.match(sentence.text, end)
    while found is not None and found.end() <= sentence.span[1]:
        first = int(found.group("ten"))
        last = first + 9
        part = table.parts.get((found.group("part") or "").lower())
        if part:
            first, last = first + part[0], first + part[1]
        start = found.start("part") if found.group("part") else found.start("ten")
        claims.append(finish_claim(
            sentence, start=start, end=found.end(), low=Decimal(first), high=Decimal(last),
            kind="range", qualifier="", precision=None, vague=True, unit=unit,
            dimension=dimension, unit_text=""))
        found = _LISTED_BAND.match(sentence.text, found.end())
    return claims


#: "six-figure", "seven figures": how many digits an amount of money is written with
_FIGURE_BAND: Final = re.compile(
    r"(?<![\w-])(?P<digits>five|six|seven|eight|nine|ten|[5-9]|10)[-\s]figures?(?![\w-])",
    re.IGNORECASE)
#: words that make "six figures" an amount of money ("a six-figure deal", "earns six
#: figures"), not statistics ("six figures were released")
_MONEY_CUES: Final = lexicon.word_sections("grammar_words.txt")["figure_band_cues"]


#: words right before "six figures" that make it an amount: "earns six figures", "sold for
#: six figures", "in the low six figures"
_FIGURE_LEADS: Final = frozenset(
    "earn earns earned earning paid pay pays worth for into reach reached reaches low mid "
    "high fetch fetched fetches cost costs make makes".split())


def figure_band_claims(sentence: Sentence) -> List[Claim]:
    """ "a seven-figure deal" (1,000,000 to 9,999,999), "earns six figures": an amount of
    money known only by how many digits it has, a vague range."""
    vocabulary = sentence.vocabulary
    if "figure" not in vocabulary and "figures" not in vocabulary:
        return []
    cued = not vocabulary.isdisjoint(_MONEY_CUES)
    claims: List[Claim] = []
    for found in _FIGURE_BAND.finditer(sentence.text, *sentence.span):
        # "a six-figure ransom": the adjective before a noun is a band whatever the noun;
        # "six figures" only after a verb of money or "for", "into" ("earns six figures"),
        # never "Five figures that explain the Budget"
        adjective = sentence.text[found.start("digits") + len(found.group("digits")):
                                  found.end()].lower() == "-figure" \
            and sentence.text[found.end():found.end() + 2][1:].isalpha()
        previous = sentence.before(found.start(), 1)
        lead = bool(previous) and previous[0].lower in _FIGURE_LEADS
        if not (adjective or (cued and lead)):
            continue
        digits = int(parse_number(found.group("digits").lower()) or 0)
        claims.append(finish_claim(
            sentence, start=found.start(), end=found.end(), low=Decimal(10) ** (digits - 1),
            high=Decimal(10) ** digits - 1, kind="range", qualifier="", precision=None,
            vague=True))
    return claims


#: a band of money: a part, a currency marker, a round amount and its plural or scale: "a
#: mid-$20 million opening", "the low $30 millions", "homes in the high $400,000s"
_MONEY_BAND: Final = re.compile(
    r"(?<![\w-])(?P<part>(?i:low|lower|mid|high|upper))(?:-|\s{1,3})(?P<marker>[A-Z]{0,2}[$£€])"
    r"(?P<digits>[1-9][0-9]{0,2}(?:,[0-9]{3})*)(?:(?P<plural>['\N{RIGHT SINGLE QUOTATION MARK}]?s)"
    r"|(?P<scale>[ ]?(?:million|billion|trillion|mn|bn|tn|m|M|b|k|K)(?P<scales>s)?))"
    r"(?![\w'\N{RIGHT SINGLE QUOTATION MARK}])(?P<range>[ ]range\b)?")
#: the currency markers that open a money band, and the parts before them: quick misses
_BAND_MARKERS: Final = frozenset("$£€")
_MONEY_BAND_PARTS: Final = frozenset(["low", "lower", "mid", "high", "upper"])


def money_band_claims(sentence: Sentence) -> List[Claim]:
    """ "a mid-$20 million opening" (24-27 million), "the low $30 millions" (30-34 million),
    "homes in the high $400,000s" (470,000-500,000): a part of a round amount of money,
    a vague range; the part takes the tenths of the amount's last nonzero place that a band
    of ten takes ("low" 0-3, "mid" 4-6, "high" 7-9), to the end of the last of them, as
    money runs on between whole tenths.  Only with a plural, "mid" or "range", since "a
    high $30 million budget" may be a high budget of $30 million."""
    text = sentence.text
    if sentence.vocabulary.isdisjoint(_MONEY_BAND_PARTS) \
            or _BAND_MARKERS.isdisjoint(text[sentence.span[0]:sentence.span[1]]):
        return []
    claims: List[Claim] = []
    for found in _MONEY_BAND.finditer(text, *sentence.span):
        digits = found.group("digits").replace(",", "")
        part = found.group("part").lower()
        if not digits.endswith("0") or not (
                found.group("plural") or found.group("scales") or found.group("range")
                or part == "mid"):
            continue
        currency = units.match_unit_before(text, found.start("digits"))
        if currency is None or currency.dimension != "currency" \
                or currency.start != found.start("marker"):
            continue
        amount_end = found.end("scale") if found.group("scale") else found.end("digits")
        numerals = scan_numerals(text[found.start("digits"):amount_end])
        if len(numerals) != 1:
            continue
        base = int(digits)
        tenth = Decimal(10) ** (len(digits) - len(digits.rstrip("0")) - 1)
        first, last = bands().parts[part][:2]
        scale = numerals[0].scale
        claims.append(finish_claim(
            sentence, start=found.start(), end=found.end(), low=(base + first * tenth) * scale,
            high=(base + (last + 1) * tenth) * scale, kind="range", qualifier="", precision=None,
            vague=True, unit=currency.unit, dimension="currency", unit_text=currency.text))
    return claims


#: an age group named by its bound: "over-65s", "the over 70s", "under-18s" (spaced only
#: after "the")
_AGE_GROUP: Final = re.compile(
    r"(?<![\w-])(?:(?P<the>the[ ])?)(?P<bound>over|under)(?P<gap>-|[ ])(?P<age>[1-9][0-9]?)"
    r"['\N{RIGHT SINGLE QUOTATION MARK}]?s"
    r"(?![\w'\N{RIGHT SINGLE QUOTATION MARK}-])", re.IGNORECASE)


#: an age group glued by hyphens to its bound, before the people or the event it names: "a
#: 55-and-over community", "the 65-and-older population", "an 18-and-over show" (not "a
#: 20-and-over handicap", "orders 50-and-over")
_AND_OVER_GROUP: Final = re.compile(
    r"(?<![\w-])(?<!scored[ ])(?P<age>[1-9][0-9]|[1-9](?=-and-(?:over|older)[ ]age))"
    r"-and-(?:over|older)(?=[ ](?:age[ ]group|shows?|events?"
    r"|films?|bars?|clubs?|nights?|teams?|division|leagues?|groups?|tickets?|audiences?"
    r"|communit(?:y|ies)|residents|population|adults|people|voters|drivers|crowds?|homes"
    r"|housing|living|demographic|men|women|players|category|market|patients|workers|members"
    r"|guests|customers|visitors|singles|cohort)\b)")
#: an age group glued by hyphens at a phrase's end, in a sentence of who may enter: "Entry is
#: 18-and-over only"
_AND_OVER_END: Final = re.compile(
    r"(?<![\w-])(?<!of[ ])(?P<age>[1-9][0-9])-and-(?:over|older)"
    r"(?=[ ]only\b|[ ]?[.,;:)]|$)")
#: an age group glued by hyphens right after the people it bounds: "Members 70-and-older",
#: "Adults aged 65-and-over", "Guests 21-and-over get a free drink"
_PEOPLE_AND_OVER: Final = re.compile(
    r"\b(?i:members|seniors|residents|pensioners|adults|guests|people|children|patrons"
    r"|visitors|customers|drivers|passengers|aged)[ ](?:aged[ ])?"
    r"(?P<age>[1-9][0-9]?)-and-(?:over|older)\b")
#: a group's size before an "N-and-over": "Households of 10-and-over", "a party of 20-"
_GROUP_OF_BEFORE: Final = re.compile(
    r"\b(?:households?|groups?|parties|party|teams?|tables?|bookings?|families|family"
    r"|gatherings?|crowds?|classes|class|orders?)[ ]of[ ]\Z", re.IGNORECASE)
_ENTRY_WORDS: Final = frozenset(["entry", "admission", "admitted", "members", "guests",
                                 "patrons", "aged", "ages", "age", "adults", "people"])


#: a country's or a club's name right before its age-group team: "Italy's ", "United "
_TEAM_OWNER: Final = re.compile(
    r"[A-Z][a-z]+(?:['\N{RIGHT SINGLE QUOTATION MARK}]s)?[ ]\Z")
#: what a team does or is right after its name: " beat", " lost", " squad"
_TEAM_AFTER: Final = re.compile(
    r"[ ](?:beat|beats|lost|lose|won|win|wins|drew|draw|face|faces|play|plays|squad|team"
    r"|side|coach|manager|captain|players?|international|match|game|fixture)\b")


def _and_over_groups(sentence: Sentence) -> List["re.Match[str]"]:
    """The "N-and-over" age groups of a sentence, one match each, none a group's size."""
    patterns = [_PEOPLE_AND_OVER, _AND_OVER_GROUP]
    if not sentence.vocabulary.isdisjoint(_ENTRY_WORDS):
        patterns.append(_AND_OVER_END)
    found: Dict[int, "re.Match[str]"] = {}
    for pattern in patterns:
        for match in pattern.finditer(sentence.text, *sentence.span):
            start = match.start("age")
            if start not in found and not _GROUP_OF_BEFORE.search(
                    sentence.text, max(sentence.span[0], start - 16), start):
                found[start] = match
    return [found[start] for start in sorted(found)]


def age_group_claims(sentence: Sentence) -> List[Claim]:
    """People named by an age they are over or under: "uptake among over-65s" (65 years and
    more), "sales to under-18s" (under 18 years), "a 55-and-over community"."""
    if "over" not in sentence.vocabulary and "under" not in sentence.vocabulary \
            and "older" not in sentence.vocabulary:
        return []
    claims: List[Claim] = [finish_claim(
        sentence, start=found.start("age"), end=found.end(), low=Decimal(found.group("age")),
        high=None, kind="lower", qualifier=sentence.text[found.end("age") + 1:found.end()],
        precision=Decimal(1), strict=False, unit="year", dimension="time", unit_text="")
        for found in _and_over_groups(sentence)]
    for found in _AGE_GROUP.finditer(sentence.text, *sentence.span):
        if found.group("gap") == " " and not found.group("the"):
            continue  # "ran it in over 40s": seconds (but "free for the over 60s")
        if found.group("bound")[0].isupper() and (
                _TEAM_OWNER.search(sentence.text, max(0, found.start("bound") - 24),
                                   found.start("bound"))
                or _TEAM_AFTER.match(sentence.text, found.end())):
            continue  # "Italy's Under-21s face France": a team's name (but "Entry is free for
            # Under-5s")
        age = Decimal(found.group("age"))
        over = found.group("bound").lower() == "over"
        claims.append(finish_claim(
            sentence, start=found.start("bound"), end=found.end(), low=age if over else None,
            high=None if over else age, kind="lower" if over else "upper",
            qualifier=found.group("bound"), precision=Decimal(1), strict=not over,
            unit="year", dimension="time", unit_text=""))
    return claims
