"""Which currency a marker that several countries share means: the setting's.

A text is set in the countries whose places it names (``data/currency_places.txt``); a
wire dateline in capitals ("TORONTO (Reuters) -") names its place too, and weighs more.

- A bare "$", "dollars" or cents: the dollar of the dollar country a text names most
  ("Toronto council approved a $4.2 million budget" is CAD), when it names that country
  more than twice as often as any other of the family and the United States (a Sydney
  story that mentions "the US Federal Reserve" once stays in Australian dollars), unless
  the text writes a dollar prefixed with another country's letters ("C$", "A$": wire copy
  that does so keeps "$" for US dollars; "US$" alone is how local press sets US dollars
  apart), or the amount is a bracketed conversion or a world commodity price.  The smaller
  dollar countries (Jamaica, Trinidad and Tobago, Barbados, the Bahamas, Guyana, Belize,
  Fiji, Liberia, Namibia) must be named twice or in the dateline: world news about them
  ("a $300m yacht seized in Fiji", an IMF loan to Liberia) names them once and means US
  dollars, while their own press names them again.  Cents beside amounts of one currency
  divided into cents (another dollar, euros, rand, shillings, some rupees), and no amount in
  US dollars, are that currency's cents.
- "Rs" or "rupees": the rupee of the rupee country a text names most, by the same rule
  ("Rs 140 in Karachi" is PKR); the Indian rupee otherwise.  Every other family
  (``_FAMILIES``) likewise takes the setting's currency and its default otherwise:
  dirhams (UAE), pesos (Mexico), centavos and "P" (the Philippines; "P" is the pula in
  Botswana), riyals (Saudi Arabia), rials (Iran), lira (Turkey), "¥" (Japan; "yen" is
  always the yen), francs (Switzerland), CFA francs (West Africa), shillings and "Sh"
  (Kenya), kwacha (Zambia), manats (Azerbaijan) and som (Kyrgyzstan).  Dinars, which eight countries
  write and none dominates, are money only in a text set in one of them: "400 dinars"
  alone stays a count of dinars; so are drams (Armenia; also whisky), kip (Laos; also a
  unit of force), crowns (Czech or Nordic) and kroner (Danish or Norwegian).
- The one-letter markers of rand, naira, shilling and peso ("R", "N", "Sh", "P") count
  before any amount in a text that names a country that writes them ("R25 a kilo in
  Johannesburg", "Sh2,000 in Kampala"); elsewhere only before a separated, decimal or
  scaled amount (reading.py).
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Final, Dict, FrozenSet, List, Optional, Set, Tuple

from factcheck import units
from factcheck.claims import Claim
from factcheck.lexicon import alternation, data_lines, word_sections
from factcheck.text import lower_words


class _Family:
    """Currencies that share their markers, and the one a text that names none takes (or,
    for a marker too ambiguous to guess, the counted noun it stays: "dinar")."""

    def __init__(self, default: str, codes: str, markers: List[str],
                 named_twice: str = "") -> None:
        self.default = default
        self.codes = frozenset(codes.split()) | frozenset(named_twice.split())
        self.markers = frozenset(markers)
        #: countries a text must name twice (or in its dateline) to be set there
        self.named_twice = frozenset(named_twice.split())


_FAMILIES: Final = (
    _Family("USD", "USD CAD AUD NZD SGD HKD",
            ["$", "dollar", "dollars", "cent", "cents", "c", "\N{CENT SIGN}"],
            named_twice="JMD TTD BBD BSD GYD BZD FJD LRD NAD"),
    _Family("INR", "INR PKR LKR NPR MUR SCR",
            ["rs", "rs.", "rupee", "rupees", "re", "re.", "paise", "paisa"]),
    _Family("AED", "AED MAD", ["dirham", "dirhams", "dh", "dhs"]),
    _Family("MXN", "MXN ARS CLP COP UYU DOP PHP", ["peso", "pesos"]),
    _Family("PHP", "PHP MXN ARS CLP COP UYU DOP", ["centavo", "centavos"]),
    _Family("PHP", "PHP BWP", ["p"]),
    _Family("SAR", "SAR QAR OMR YER", ["riyal", "riyals"]),
    _Family("IRR", "IRR OMR YER SAR QAR", ["rial", "rials"]),
    _Family("TRY", "TRY LBP SYP ITL", ["lira", "liras", "lire"]),
    _Family("JPY", "JPY CNY", ["\N{YEN SIGN}"]),
    _Family("CHF", "CHF XOF XAF RWF BIF GNF CDF FRF BEF", ["franc", "francs"]),
    _Family("XOF", "XOF XAF", ["cfa", "fcfa", "f"]),
    _Family("KES", "KES TZS UGX SOS", ["sh", "shs", "shilling", "shillings"]),
    _Family("dinar", "KWD BHD JOD IQD DZD TND LYD RSD", ["dinar", "dinars"]),
    _Family("ZMW", "ZMW MWK", ["kwacha", "k"]),
    _Family("AZN", "AZN TMT", ["manat", "manats"]),
    _Family("KGS", "KGS UZS", ["som", "soms"]),
    _Family("dram", "AMD", ["dram", "drams"]),
    _Family("kip", "LAK", ["kip", "kips"]),
    _Family("crown", "CZK DKK SEK NOK ISK", ["crown", "crowns"]),
    _Family("krone", "DKK NOK", ["krone", "kroner"]),
)
#: how many mentions a capitalised dateline counts for
_DATELINE_WEIGHT: Final = 3
#: how many times more often the setting's country must be named than any other
_DOMINANCE: Final = 2


@lru_cache(maxsize=None)
def _places() -> Tuple["re.Pattern[str]", Dict[str, str]]:
    """One regex for every place name, and each name's currency code."""
    codes: Dict[str, str] = {}
    code = ""
    for line in data_lines("currency_places.txt"):
        if line.startswith("[") and line.endswith("]"):
            code = line[1:-1]
            continue
        for name in line.split(" | "):
            codes[name.strip()] = code
    names = sorted(codes, key=len, reverse=True)
    pattern = re.compile(_by_initial(names, r"[\w.]") + r"(?![\w$])")  # not "US$"
    return pattern, codes


def named_places(text: str, start: int, end: int) -> List[Tuple[str, str]]:
    """The place names between ``start`` and ``end`` of ``text``, each with its currency.

    >>> named_places("Snow fell across northern Minnesota and the US.", 0, 48)
    [('Minnesota', 'USD'), ('US', 'USD')]
    """
    pattern, codes = _places()
    return [(found.group(), codes[found.group()]) for found in pattern.finditer(text, start, end)]


#: sections of places that set only the euro's cents, and no name as a place
_CENTS_ONLY: Final = frozenset(["EUR", "non_euro"])


def place_currency(name: str) -> Optional[str]:
    """The currency of the country a place name sets a text in, or None.

    >>> place_currency("Egypt"), place_currency("Boeing")
    ('EGP', None)
    """
    return _places()[1].get(name)


def is_place_name(word: str) -> bool:
    """Whether ``word`` names a country or a place in one ("Texas", "Canadian"), as written;
    the euro's own places ("Spain 1, Germany 0") are left out, which set only its cents.

    >>> is_place_name("Texas"), is_place_name("Boeing")
    (True, False)
    """
    return _places()[1].get(word, "EUR") not in _CENTS_ONLY


def _by_initial(words: List[str], not_after: str) -> str:
    """A regex for any of ``words`` (tried in the given order) where no character of the
    class ``not_after`` stands before it.  The words are grouped by their first letter, which
    opens each group: the search then skips in C every position whose character opens no
    word, and the look-behind comes after that letter.

    >>> _by_initial(["Sh", "R", "PS"], "[a-z]")
    '(?:S(?<![a-z]S)(?:h)|R(?<![a-z]R)(?:)|P(?<![a-z]P)(?:S))'
    """
    groups: Dict[str, List[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{re.escape(first)}(?<!{not_after}{re.escape(first)})"
                            f"(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


def named_currencies(text: str) -> Set[str]:
    """The codes of every country whose places ``text`` names.

    >>> sorted(named_currencies("From Karachi to Toronto."))
    ['CAD', 'PKR']
    """
    return set(place_counts(text))


def place_counts(text: str, homes: bool = True) -> Dict[str, int]:
    """How often ``text`` names each country's places; a dateline in capitals counts
    ``_DATELINE_WEIGHT`` times.  With ``homes`` False, a place named as a company's home
    ("the Canadian miner") does not count: it says where a company is from, not that a
    "$" in the text is that country's dollar.

    >>> place_counts("SYDNEY (Reuters) - Unlike the US Federal Reserve, the RBA held.")
    {'AUD': 4, 'USD': 1}
    """
    pattern, codes = _places()
    counts: Dict[str, int] = {}
    if "\n" in text or text[:1].isupper():
        for dateline in _DATELINE.finditer(text):
            place = dateline.group("place")
            code = codes.get(place.title()) if place.isupper() else None
            if code is not None:
                counts[code] = counts.get(code, 0) + _DATELINE_WEIGHT
    end, last = -2, ""
    for found in pattern.finditer(text):
        if not homes and _COMPANY_AFTER.match(text, found.end()):
            continue  # "the Canadian miner's coal business for $9bn": a company's home
        code = codes[found.group()]
        if not (code == last and found.start() <= end + 1):  # "US Federal Reserve" is one
            counts[code] = counts.get(code, 0) + 1
        end, last = found.end(), code
    return counts


#: a wire dateline in capitals at the start of a line: "TORONTO (Reuters) -", "SYDNEY —",
#: "NEW DELHI, March 3 -", "KARACHI:", "BOGOTÁ -" (capitals of any script, no lower case)
_CAPITAL: Final = r"[^\W\d_a-z]"  # a letter but an ASCII small one (place_counts asks isupper())
_DATELINE: Final = re.compile(
    rf"^[ \t]*(?P<place>{_CAPITAL}[^\W\d_a-z'.]+(?:[ ]{_CAPITAL}[^\W\d_a-z'.]+)"
    r"{0,2})(?=[ ]?(?:\(|,|:|\N{EM DASH}|\N{EN DASH}|-))", re.MULTILINE)

#: a company noun right after a place, perhaps past one or two lower-case words: "Australian
#: miner BHP", "a Canadian potash producer", "the Hong Kong conglomerate"
_COMPANY_AFTER: Final = re.compile(
    r"(?:[ ][a-z][a-z-]*){0,2}?[ ]" + alternation("grammar_words.txt", "company_nouns") + r"\b")
#: a dollar with another country's prefix: a text that writes one keeps "$" for the US dollar
_PREFIXED_DOLLAR: Final = re.compile(
    _by_initial(["C", "CA", "CAN", "A", "AU", "NZ", "S", "HK", "NT"], r"[^\W\d_]") + r"\s?\$")
#: a "$" in brackets after an amount, or after ", or": the wire's conversion into US
#: dollars, "($7.5 million)", "¥1.1 trillion, or about $7.2 billion"
_CONVERSION: Final = re.compile(
    r"(?:\(|,[ ]or[ ])\s*(?:" + alternation("grammar_words.txt", "restating_hedges")
    + r"\s+)?\Z")
#: a percentage before ", or", perhaps with the noun of its change: the dollars after it
#: restate the change in the local money ("lifted the minimum wage in Australia by 3.75%, or
#: $33 a week", "a 2.9% property tax increase, or about $129 a year"), no conversion
_PERCENT_BEFORE: Final = re.compile(
    r"(?:%|per[ ]?cent|points?)(?P<words>(?:[ ][A-Za-z]{2,}){1,5})?[ ]?\Z", re.IGNORECASE)
#: an amount in bare dollars right before ", or", or in their cents, perhaps as a rate:
#: "$12 billion, or", "about 62 cents a week, or", "an extra $1.96 a week, or"
_DOLLARS_BEFORE: Final = re.compile(
    r"(?<![A-Za-z])\$[ ]?[0-9][0-9,.]*(?:[ ]?(?:million|billion|trillion|bn|m|k))?"
    r"(?:[ ](?:a|an|per|each)[ ][a-z]{3,9})?\Z"
    r"|\b[0-9]{1,3}[ ]?(?:cents?|c)(?:[ ](?:a|an|per|each)[ ][a-z]{3,9})?\Z")
#: words after an amount restated after ", or" that say it was converted: "or about $6.3
#: billion at current exchange rates", "in U.S. dollars", "US", "when converted", "according
#: to Reuters calculations"
_CONVERTED_AFTER: Final = re.compile(
    r"[ ](?-i:US|U\.S\.)(?!\w)"
    r"|,?[ ]at[ ](?:current|prevailing)[ ]rates\b(?![ ]of\b)"
    r"|,?[ ](?:at|based[ ]on)[ ](?!(?:constant|fixed|comparable|last|the[ ]same)\b)"
    r"(?:[\w']+[ ]){0,3}?exchange[ ]rates?\b(?![ ]used)"
    r"|[ ]in[ ](?:U\.S\.|US|American|United[ ]States)[ ](?:dollars?|currency|funds|money|terms"
    r"|dollar[ ]terms)|[ ]in[ ](?:USD|greenbacks?)\b|,?[ ](?:when[ ])?converted\b"
    r"|,?[ ](?:according[ ]to[ ][\w']+(?:[ ][\w']+)?|by[ ](?:Reuters|Bloomberg|AFP))"
    r"[ ]calculations\b", re.IGNORECASE)
#: the noun of a change ending the words after such a percentage: "a 2.9% property tax
#: increase, or about $129", which restates a change of the setting's own
_CHANGE_NOUN_END: Final = re.compile(
    r"[ ](?:increase|rise|hike|cut|fall|drop|reduction|decrease|gain|jump|boost|rises"
    r"|increases|hikes|cuts)\Z", re.IGNORECASE)
#: commodities and sea freight priced in US dollars the world over: "$52 a barrel", "$2,300
#: an ounce", "$2,800 per FEU" (not "a $125 per container levy" at a port: a local fee)
_WORLD_PRICES: Final = frozenset(["barrel", "ounce", "troy_ounce", "bushel", "mmbtu", "teu",
                                  "feu"])


def setting_currency(text: str, family: _Family = _FAMILIES[0]) -> Optional[str]:
    """The code of the one country of ``family`` that ``text`` names, unless that is the
    family's default (for dollars, also None when the text writes a prefixed dollar).

    >>> setting_currency("Toronto council approved the budget."), setting_currency("In Ohio.")
    ('CAD', None)
    >>> setting_currency("Canada and the US agreed."), setting_currency("No place here.")
    (None, None)
    >>> setting_currency("Toronto's budget is C$5 billion.") is None
    True
    >>> setting_currency("Auckland dairy prices rose; Chinese buyers paid US$4,200 a tonne.")
    'NZD'
    >>> setting_currency("Sugar costs Rs 140 in Karachi.", _FAMILIES[1])
    'PKR'
    """
    if family.default == "USD" and _PREFIXED_DOLLAR.search(text):
        return None
    counts = {code: n for code, n in place_counts(text, homes=family.default != "USD").items()
              if code in family.codes}
    if not counts:
        return None
    code = max(counts, key=lambda c: counts[c])
    others = [n for other, n in counts.items() if other != code]
    if code == family.default or any(counts[code] <= _DOMINANCE * n for n in others):
        return None
    if code in family.named_twice and counts[code] < 2:
        return None  # "a $300m yacht seized in Fiji": world news names small countries once
    return code


#: the sub-unit words of the dollar family, which the euro shares
_CENTS: Final = frozenset(["cent", "cents", "c", "\N{CENT SIGN}"])
#: currencies divided into cents: the dollars but the US dollar, the euro, the rand, the
#: shillings, and the Sri Lankan, Mauritian and Seychelles rupees
_CENT_CURRENCIES: Final = frozenset(["CAD", "AUD", "NZD", "SGD", "HKD", "JMD", "TTD", "BBD",
                                     "BSD", "GYD", "BZD", "FJD", "LRD", "NAD", "EUR", "ZAR",
                                     "KES", "TZS", "LKR", "MUR", "SCR"])
#: the euro as a text writes it, and the dollar sign
_EURO: Final = re.compile(r"\N{EURO SIGN}|\beuros?\b|\bEUR\b", re.IGNORECASE)


def _local_cents(claims: List[Claim], text: str) -> List[Claim]:
    """ "In Dublin, petrol costs €1.79, up 4 cents", "the rand firmed 15c to R18.20 against
    the dollar", "Qantas rose 12c to A$6.40": cents beside amounts of one currency divided
    into cents, and no amount in US dollars, are that currency's cents (a text with no other
    amount and the word "euro", or set in the euro's countries alone, means euro cents)."""
    cents = [c.unit.startswith("USD") and _marker(c) in _CENTS
             for c in claims]
    if not any(cents):
        return claims
    written = {c.unit[:3] for c, is_cent in zip(claims, cents)
               if not is_cent and c.dimension in ("currency", "rate") and c.unit[3:4] in ("", " ")}
    if "USD" in written:
        return claims
    codes = written & _CENT_CURRENCIES
    setting = False  # whether the places alone set the cents
    if not codes and not written and "$" not in text:
        codes = {"EUR"} if _EURO.search(text) is not None else _cents_of_setting(text)
        setting = codes != {"EUR"}
    if len(codes) != 1:
        return claims
    code = codes.pop()
    return [dataclasses.replace(c, unit=code + c.unit[3:])
            if is_cent and not (setting and c.unit.rpartition(" / ")[2] in _WORLD_CENT_PRICES)
            else c for c, is_cent in zip(claims, cents)]


#: the euro's countries, and those whose money before it the places name (currency_places)
_EURO_COUNTRIES: Final = frozenset(["EUR", "FRF", "BEF", "ITL"])


#: currencies divided into cents whose countries write no dollar: their cents are set by
#: the places a text names alone ("JOHANNESBURG: Petrol will rise by 43 cents a litre")
_SETTING_CENTS: Final = frozenset(["ZAR", "KES", "TZS", "LKR", "MUR", "SCR"])


def _cents_of_setting(text: str) -> Set[str]:
    """The currency whose cents a text with no other amount means, by its places: the euro
    where it names places of the euro's countries and of no other country ("Charging costs
    35 cent per kWh in Ireland"; not "Athens, Georgia": the state names another country),
    the rand where it names South Africa's places alone, in its dateline, opening a sentence
    ("In South Africa, petrol will rise") or twice besides where someone was born, and so on
    (``_SETTING_CENTS``; not "Durban-born Elon Musk's Tesla shares fell 80 cents")."""
    counts = place_counts(text, homes=False)
    if counts and counts.keys() <= _EURO_COUNTRIES:
        return {"EUR"}
    if len(counts) != 1 or not counts.keys() <= _SETTING_CENTS:
        return set()
    code, count = next(iter(counts.items()))
    born = sum(1 for found in _BORN.finditer(text) if _born_in(found.group("place")) == code)
    opened = "shares" not in text and any(_born_in(found.group("place")) == code
                                          for found in _IN_PLACE_OPENS.finditer(text))
    return {code} if count - born >= 2 or opened else set()


#: "In" and a place of one to three capitalised words opening a sentence before a comma:
#: where the sentence is set ("In South Africa, petrol will rise by 46c a litre")
_IN_PLACE_OPENS: Final = re.compile(
    r"(?:\A|(?<=[.!?][ ]))In[ ](?P<place>(?:[A-Z][\w]*[ ]){0,2}[A-Z][\w]*),")
#: up to three capitalised words before "-born": where someone was born, which sets no text
#: there ("Durban-born", "The Cape Town-born investor")
_BORN: Final = re.compile(r"(?P<place>(?:[A-Z][\w]*[ ]){0,2}[A-Z][\w]*)-born\b")


def _born_in(words: str) -> Optional[str]:
    """The currency of the place that ends ``words``: "The Cape Town" is South Africa's."""
    parts = words.split(" ")
    for start in range(len(parts)):
        code = place_currency(" ".join(parts[start:]))
        if code is not None:
            return code
    return None


#: what the world prices in US cents wherever the text is set: "Brent rose 40 cents a
#: barrel", "Arabica climbed 3 cents a pound"
_WORLD_CENT_PRICES: Final = _WORLD_PRICES | frozenset(["pound"])


def localise_currencies(claims: List[Claim], text: str) -> List[Claim]:
    """Claims with a shared marker in the currency of the text's setting (module doc)."""
    heads = {c.unit[:3] for c in claims}  # a quick miss for families no unit starts with
    for family in _FAMILIES:
        if family.default[:3] not in heads:
            continue
        local = [c.unit.startswith(family.default) and _local(c, text, family) for c in claims]
        if not any(local):
            continue  # the common case: no shared marker, no scan of the text
        local = _without_world_changes(claims, _with_elided(claims, local, family), family,
                                       text)
        code = setting_currency(text, family)
        if code is not None:
            rest = len(family.default)
            claims = [dataclasses.replace(c, unit=code + c.unit[rest:]) if is_local else c
                      for c, is_local in zip(claims, local)]
    return _local_cents(claims, text)


def _with_elided(claims: List[Claim], local: List[bool], family: _Family) -> List[bool]:
    """``local``, with each amount whose currency is left out ("from 125 to 757 pesos": the
    125) local where a local amount of its sentence wrote the marker it took."""
    sentences = {c.sentence for c, is_local in zip(claims, local) if is_local}
    return [is_local or (not c.unit_text and c.unit.startswith(family.default)
                         and c.sentence in sentences)
            for c, is_local in zip(claims, local)]


#: between a world price and its change restated after a comma: " for fuel oil, down ",
#: " FOB, down about "
_RESTATED_CHANGE: Final = re.compile(
    r"[^;,]{0,60}?,[ ](?:down|up|off|lower|higher)[ ](?:about|some|roughly|nearly|almost|by[ ])?")


def _without_world_changes(claims: List[Claim], local: List[bool],
                           family: _Family, text: str) -> List[bool]:
    """``local``, with the size of a change of a world price kept in that price's dollars:
    "eased to $612.50 per tonne for fuel oil, down $8 on the day", "traded at $242.50 a
    tonne FOB, down about $30": after the price in the same sentence, and no larger (not
    "the budget improved by $3 billion on royalties, with coal at $300 a tonne")."""
    if family.default != "USD":
        return local
    world = [c for c, is_local in zip(claims, local)
             if not is_local and c.dimension == "rate" and c.unit.startswith("USD / ")
             and c.value is not None]
    if not world:
        return local
    return [is_local and not (c.unit == "USD" and c.change is not None
                              and c.change.role == "delta" and c.value is not None
                              and any(w.sentence == c.sentence and w.value is not None
                                      and c.value <= w.value
                                      and _RESTATED_CHANGE.fullmatch(text, w.span[1],
                                                                     c.span[0]) is not None
                                      for w in world))
            for c, is_local in zip(claims, local)]


def _marker(claim: Claim) -> str:
    """The currency's marker at the head of a claim's unit text: the "cents" of "cents a
    litre", the "c" of "c/kWh", the "cent" of "12.5-cent-a-litre"."""
    return _MARKER_END.split(claim.unit_text.lower(), 1)[0]


#: commodities traded by the tonne in US dollars the world over (grammar_words.txt)
_TRADED_COMMODITIES: Final = word_sections("grammar_words.txt")["traded_commodities"]


def _traded_by_the_tonne(claim: Claim, text: str) -> bool:
    """ "Iron ore traded around $110 a tonne in Singapore", "Coking coal fell $12 to $238.50 a
    tonne FOB Australia": a price by the tonne, or its change, in a sentence about a
    commodity of the world's exchanges is in US dollars (not a farm-gate price, "A$300 a
    tonne for wheat" in Perth)."""
    start, end = claim.sentence
    if claim.unit.rpartition(" / ")[2] != "metric_ton" and (
            claim.change is None or not _TO_A_PRICE_BY_THE_TONNE.match(text, claim.span[1])):
        return False
    return not _TRADED_COMMODITIES.isdisjoint(lower_words(text[start:end]))


#: the new level of a change, a price by the tonne, right after it: " to $238.50 a tonne"
_TO_A_PRICE_BY_THE_TONNE: Final = re.compile(
    r"[ ]to[ ](?:US)?\$[0-9][0-9,.]*[ ]?(?:[ ](?:a|per)[ ]tonne\b|/t\b|/mt\b)")


#: what ends a currency's marker in a unit text: a space, the slash of a rate or a hyphen
_MARKER_END: Final = re.compile(r"[ /-]")


#: below this, a "$" amount beside a local dollar named as a currency is its price in US
#: dollars (the local dollars all trade under two US dollars)
_DOLLAR_QUOTES: Final = 2
#: a local dollar named as the subject whose price follows, a verb of quoting and "at" or
#: "to" right before the amount: "The Australian dollar held at ", "the loonie rose to "
_QUOTED_DOLLAR: Final = re.compile(
    r"\b(?:(?:Australian|Canadian|New[ ]Zealand|Singapore|Hong[ ]Kong)[ ]dollar|[Aa]ussie"
    r"(?:[ ]dollar)?|loonie|kiwi(?:[ ]dollar)?)[ ](?:was|is|held|traded|rose|fell|climbed"
    r"|slipped|dropped|edged|firmed|eased|stood|hit|touched|sat|last)(?:[ ][^ ]+){0,3}?"
    r"[ ](?:at|to)[ ]\Z")
#: how far before the amount that subject and verb may start
_QUOTE_REACH: Final = 60


def _local(claim: Claim, text: str, family: _Family) -> bool:
    """A shared marker that the setting may make local: for dollars, not a bracketed
    conversion of another amount, not a world commodity price, not a quote of the local
    dollar itself ("The Australian dollar held at $0.6520" is in US dollars)."""
    if family.default == "USD" and claim.unit == "USD" and claim.value is not None \
            and claim.value < _DOLLAR_QUOTES \
            and _QUOTED_DOLLAR.search(text, max(claim.sentence[0], claim.span[0] - _QUOTE_REACH),
                                      claim.span[0]) is not None:
        return False
    marker = _marker(claim)
    if marker not in family.markers or not claim.unit.startswith(family.default):
        return False
    if family.default != "USD":
        return True
    if claim.unit.rpartition(" / ")[2] in _WORLD_PRICES or _traded_by_the_tonne(claim, text):
        return False
    found = _CONVERSION.search(text, max(0, claim.span[0] - 16), claim.span[0])
    if found is None or (_DOLLARS_BEFORE.search(text, max(0, found.start() - 24), found.start())
                         and (" / " in claim.unit
                              or not _CONVERTED_AFTER.match(text, claim.span[1]))):
        return True  # (an amount in dollars before ", or" restates itself in the same money:
        # "will cost about $1.2 billion, or roughly $180 million a kilometre", "$13.7 billion,
        # or $15.7 billion on an underlying basis"; but "$9.6 billion, or about $6.3 billion
        # at current exchange rates" converts it)
    percent = _PERCENT_BEFORE.search(text, max(0, found.start() - 40), found.start())
    return percent is not None and (
        not percent.group("words") or _CHANGE_NOUN_END.search(percent.group("words")) is not None
        or not _foreign_place_before(claim, text))


def _foreign_place_before(claim: Claim, text: str) -> bool:
    """Whether the sentence names, before ``claim``, a place of another country than the one
    the text names most: "HONG KONG: China's exports rose 8% last month, or about $25
    billion" converts China's money (but "SYDNEY - Power bills will rise 20 per cent in NSW,
    or about $350 a year" restates the change in Australian dollars)."""
    named = named_places(text, claim.sentence[0], claim.span[0])
    if not named:
        return False
    counts = place_counts(text)
    setting = max(counts, key=counts.__getitem__) if counts else ""
    return any(code != setting for _, code in named)


@lru_cache(maxsize=None)
def _letter_markers() -> Tuple["re.Pattern[str]", Dict[str, FrozenSet[str]]]:
    """The markers that count only before an amount written as money ("R", "N", "Sh",
    "P"), each with the codes of the countries that write it, and a regex that finds one
    glued or spaced before a digit."""
    markers = {marker: _writers(marker, entry.unit)
               for marker, entry in units.lexicon().before_exact.items() if entry.scaled}
    pattern = re.compile(_by_initial(sorted(markers), r"[^\W_]") + r"[ ]?[0-9]")
    return pattern, markers


def _writers(marker: str, code: str) -> FrozenSet[str]:
    """The codes of the countries that write ``marker`` for their money: its own, and
    those of a family that shares it.

    >>> sorted(_writers("P", "PHP"))
    ['BWP', 'PHP']
    """
    codes = {code}
    for family in _FAMILIES:
        if family.default == code and marker.lower() in family.markers:
            codes |= family.codes
    return frozenset(codes)


def local_markers(text: str) -> FrozenSet[str]:
    """The one-letter markers that count before any amount in ``text``: those of the
    countries it names.

    >>> sorted(local_markers("Tomatoes cost R25 a kilo in Johannesburg."))
    ['R']
    >>> sorted(local_markers("The R2-D2 toy costs R25."))
    []
    """
    pattern, markers = _letter_markers()
    if pattern.search(text) is None:
        return frozenset()  # the common case: no such marker before a digit
    named = named_currencies(text)
    return frozenset(marker for marker, codes in markers.items() if not codes.isdisjoint(named))
