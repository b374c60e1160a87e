"""The parser's tables: one real news phrasing per row, the phrase as its id.

Each row is ``row(sentence, *expected_claims)`` and expects EVERY claim of the
sentence, in order: a sentence that also holds a date, a model name or an
ordinal checks that those stay out.  ``[]`` (no expected claim) means "nothing
in here is a numeric claim".  A claim is compared on a small projection:
``kind``, ``low``, ``high`` and ``unit`` always, ``value`` for points, plus
whatever the row names (``text`` for the surface, ``strict``, ``below``,
``vague``, ``change``).  Numbers are compared to 12 significant digits, so
"1/3" means 0.333… however many digits the parser carries.

Where new rows go:

- a phrase from the seed article → SEED_ARTICLE;
- an example named in issue 2 → ISSUE_EXAMPLES;
- a phrasing that broke quantulum3, CQE, Recognizers-Text or Duckling
  (research note "extraction-anchors", sections 3 and 6) → BROKE_OTHER_TOOLS;
- anything else → the list named for what it exercises (MONEY, PERCENT,
  PHYSICAL, COUNTS, RANGES, BOUNDS, HEDGES, VAGUE, CHANGES, FRACTIONS,
  SPELLED, RATES), or NOT_CLAIMS when the sentence holds numbers that are not claims.

A row the parser gets wrong keeps its expectation and gets
``xfail=CAUSES["..."]``, naming one entry of CAUSES (the parser's to-do list,
one line per cause); it runs as a strict xfail, so fixing it shows up as XPASS
and the mark must go, and a cause no row uses any more must go too.  Change an
expectation only when it breaks the conventions of issue 2, never to match the
parser's output.

Conventions (issue 2), in brief: money → ISO 4217 ("USD"), sub-units
converted ("89p" → 0.89 GBP); "percent" and "percentage_point" kept apart;
physical units by pint's canonical name ("kilometer / hour"); counted things
by their singular noun ("drone", "person"); "" for a bare number.  Hedges
make ``approx`` (low == high == value; "nearly"/"almost" set ``below``);
"more than"/"at least"… make ``lower`` (``strict`` for exclusive words);
"up to"/"less than"… make ``upper``; vague amounts make ranges with
``vague``; "from X to Y" after a change verb is two claims, not a range.
"""
from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from decimal import Decimal, localcontext
from fractions import Fraction
from itertools import zip_longest
from typing import Any, Dict, List, Optional, Union

import pytest

import factcheck
from factcheck.claims import Change, Claim
from factcheck.parse import NEIGHBOUR_PASSES, SINGLE_CLAIM_PASSES, parse_claims
from factcheck.sentence import make_sentence

Number = Union[int, str, Decimal, Fraction, None]
Want = Dict[str, Any]

#: significant digits numbers are compared to ("1/3" against 0.3333…)
DIGITS = 12


def normalise(x: Number) -> Optional[Decimal]:
    """A number as a Decimal rounded to DIGITS significant digits.

    >>> normalise("1/3")
    Decimal('0.333333333333')
    >>> normalise("25e6") == normalise(25000000)
    True
    >>> normalise(None) is None
    True
    """
    if x is None:
        return None
    if isinstance(x, str) and "/" in x:
        x = Fraction(x)
    if isinstance(x, Fraction):
        with localcontext() as ctx:
            ctx.prec = 40
            x = Decimal(x.numerator) / Decimal(x.denominator)
    with localcontext() as ctx:
        ctx.prec = DIGITS
        return (+Decimal(x)).normalize()


def _want(kind: str, low: Number, high: Number, unit: str, **extra: Any) -> Want:
    want: Want = {"kind": kind, "low": normalise(low), "high": normalise(high), "unit": unit}
    if kind in ("point", "approx"):
        want["value"] = normalise(low)
    if extra.get("change") is not None:  # change=None: the claim must carry no change
        extra["change"] = Change(*extra["change"])
    want.update(extra)
    return want


def point(v: Number, unit: str = "", **extra: Any) -> Want:
    """An exact figure: "$25 million"."""
    return _want("point", v, v, unit, **extra)


def approx(v: Number, unit: str = "", **extra: Any) -> Want:
    """A hedged figure: "about 200 people"."""
    return _want("approx", v, v, unit, **extra)


def rng(low: Number, high: Number, unit: str = "", **extra: Any) -> Want:
    """An interval: "between 5 and 6 kg", "thousands of"."""
    return _want("range", low, high, unit, **extra)


def lower(v: Number, unit: str = "", **extra: Any) -> Want:
    """A lower bound: "more than 200"."""
    return _want("lower", v, None, unit, **extra)


def upper(v: Number, unit: str = "", **extra: Any) -> Want:
    """An upper bound: "up to 3,000 drones"."""
    return _want("upper", None, v, unit, **extra)


def row(phrase: str, *expected: Want, xfail: str = "") -> Any:
    """One table row; ``xfail`` names why the parser gets it wrong today."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(phrase, list(expected), id=phrase, marks=marks)


#: what an unexpected extra claim is shown as
DEFAULT_VIEW: Want = {"kind": "", "low": None, "high": None, "unit": "", "text": ""}


def project(claim: Claim, want: Optional[Want]) -> Want:
    """The fields of ``claim`` that ``want`` names, normalised the same way."""
    view: Want = {}
    for key in (want or DEFAULT_VIEW):
        got = getattr(claim, key)
        view[key] = normalise(got) if key in ("low", "high", "value") else got
    return view


#: why rows fail today (strict xfail), one entry per cause: the parser's to-do list
#: (empty: every row passes; add a cause here before marking a row xfail)
CAUSES: dict = {}


# --- the seed article (seeds/iran-venezuela-russia-drones.txt) ----------------------------

SEED_ARTICLE = [
    row("Iran has extended its congratulations to Nicolás Maduro on his inauguration as "
        "President of Venezuela for a third term, expressing hopes for stronger bilateral "
        "relations between the two nations, Tehran Times reported."),
    row("Maduro was sworn in during a ceremony at Venezuela’s National Assembly on Friday, "
        "where he vowed to usher in a “period of peace” during his new six-year term.",
        point(6, "year", text="six-year")),
    row("Following Maduro’s inauguration, the U.S. escalated its efforts to undermine his "
        "government, announcing an increased $25 million reward for information leading to "
        "the arrest of the Venezuelan president and his closest allies.",
        point(25_000_000, "USD", text="$25 million")),
    row("Iranian President Masoud Pezeshkian will visit Moscow on January 17 to meet Russian "
        "President Vladimir Putin and sign a strategic cooperation agreement, the Iranian "
        "Embassy announced."),
    row("According to the Council on Foreign Relations (CFR), Iran has supplied Russia with up "
        "to 3,000 drones – primarily the Shahed-136 model – though the exact number remains "
        "uncertain.",
        upper(3000, "drone", text="up to 3,000 drones", strict=False)),
    row("“Estimates vary on how many Iranian drones Russia has acquired, ranging from 600 to "
        "more than 3,000.",
        rng(600, 3000, "drone", text="from 600 to more than 3,000")),
    row("While this number might seem large, these munitions are often used in waves, so a "
        "supply of a few thousand can be depleted in a matter of days or weeks,” the CFR "
        "wrote in October 2022.",
        rng(2000, 9000, text="a few thousand", vague=True)),
    row("In a statement posted on the social media platform X on Saturday night, Iranian "
        "Foreign Ministry spokesperson Esmaeil Baqaei wrote, “Congratulations to President "
        "Nicolás Maduro on his inauguration.”"),
]

# --- every example named in issue 2 -------------------------------------------------------

ISSUE_EXAMPLES = [
    # numerals: separators, decimals, signs
    row("Iran has supplied Russia with up to 3,000 drones, officials said.",
        upper(3000, "drone", text="up to 3,000 drones")),
    row("The State Department offered a $25 million reward for his capture.",
        point(25_000_000, "USD", text="$25 million")),
    row("Estimates of the fleet range from 600 to more than 3,000, analysts say.",
        rng(600, 3000, text="from 600 to more than 3,000")),
    row("Temperatures in Kyiv dipped to a low of -5°C overnight.",
        point(-5, "degree_Celsius", text="-5°C")),
    row("Forecasters expect lows of minus 5 degrees Celsius in the capital.",
        point(-5, "degree_Celsius", text="minus 5 degrees Celsius")),
    # fractions and spelled numbers
    row("A third of voters said they had not yet decided.", point("1/3")),
    row("Two-thirds of the members backed the motion.", point("2/3")),
    row("The new trail adds another ½ mile to the park's network.", point("0.5", "mile")),
    row("Three million people live in the flood zone.", point(3_000_000, "person")),
    row("Half a million people fled the fighting.", point(500_000, "person")),
    row("A dozen ambulances were sent to the scene.", point(12, "ambulance")),
    row("Forty-two miners were trapped underground.", point(42, "miner")),
    row("One hundred and twenty delegates signed the declaration.", point(120, "delegate")),
    # scale words, also inside compounds
    row("The carrier reported a net loss of $1.2bn for the quarter.",
        point(1_200_000_000, "USD", text="$1.2bn")),
    row("Police announced a 25-million-dollar reward for the gang's leader.",
        point(25_000_000, "USD")),
    row("The redevelopment of the station will cost £40m.", point(40_000_000, "GBP")),
    row("The video has drawn 2.5k comments.", point(2500, "comment")),
    row("The state announced a relief package of ₹1,500 crore.",
        point(15_000_000_000, "INR")),
    row("The court fined the builder Rs 5 lakh.", point(500_000, "INR")),
    row("The utility expects to spend 7 mn dollars on repairs.", point(7_000_000, "USD")),
    row("The country's public debt stands at $34 tn.", point(34_000_000_000_000, "USD")),
    row("The sovereign fund manages more than 1.4 trillion dollars in assets.",
        lower(1_400_000_000_000, "USD", strict=True)),
    # money in symbols, codes and words
    row("The bank approved a US$300 million loan to the port authority.",
        point(300_000_000, "USD")),
    row("Ottawa pledged C$40 million in wildfire aid.", point(40_000_000, "CAD")),
    row("Airbus booked €2.3bn in orders at the air show.", point(2_300_000_000, "EUR")),
    row("Toyota forecast an operating profit of ¥4.3 trillion.",
        point(4_300_000_000_000, "JPY")),
    row("Moscow earmarked ₽150 billion for the region.", point(150_000_000_000, "RUB")),
    row("The contract is worth USD 2 billion over ten years.",
        point(2_000_000_000, "USD"), point(10, "year")),
    row("Each family will receive 1,000 euros in compensation.", point(1000, "EUR")),
    row("The court ordered the firm to pay 40 million rubles.", point(40_000_000, "RUB")),
    row("Tehran set aside 800 billion rials for the dam.", point(800_000_000_000, "IRR")),
    # percent and percentage points
    row("Inflation reached 9.1 per cent in June.", point("9.1", "percent")),
    row("The party won 38 percent of the vote.", point(38, "percent")),
    row("The yield on the benchmark bond stood at 4.6%.", point("4.6", "percent")),
    row("The ruling party's lead is now 6 percentage points.", point(6, "percentage_point")),
    # physical units
    row("The offshore wind farm will generate 1.2 GW when complete.",
        point("1.2", "gigawatt")),
    row("A 500 MW solar plant is planned for the desert site.", point(500, "megawatt")),
    row("The average home uses about 2,700 kWh a year.",
        approx(2700, "kilowatt_hour / year")),
    row("Daytime highs of 104°F are forecast for Phoenix.", point(104, "degree_Fahrenheit")),
    row("The field pumps 300,000 barrels per day.", point(300_000, "barrel / day")),
    row("The speed limit on the bridge is 80 km/h.", point(80, "kilometer / hour")),
    row("The plant emits 4 million tonnes of CO2 a year.",
        point(4_000_000, "metric_ton / year")),
    row("Adults drank 9.8 litres of pure alcohol per capita.", point(9.8, "liter / person")),
    # counted things
    row("The militia claims to operate 3,000 drones.", point(3000, "drone")),
    row("Ukraine says it shot down 600 Shahed drones last month.", point(600, "drone")),
    # ranges in every common form
    row("Russia received 600–3,000 drones from Iran, according to estimates.",
        rng(600, 3000, "drone")),
    row("Russia received 600-3,000 drones from Iran, according to estimates.",
        rng(600, 3000, "drone")),
    row("Officials estimate Russia received 600 to 3,000 drones.", rng(600, 3000, "drone")),
    row("Russia received between 600 and 3,000 drones, officials said.",
        rng(600, 3000, "drone", text="between 600 and 3,000 drones")),
    row("Analysts' estimates run from 600 to 3,000 drones.",
        rng(600, 3000, "drone", text="from 600 to 3,000 drones")),
    row("The repairs are expected to cost $5-6 million.", rng(5_000_000, 6_000_000, "USD")),
    row("The outbreak could infect 5 to 6 million people.",
        rng(5_000_000, 6_000_000, "person")),
    # bounds
    row("More than 200 people were injured in the blast.",
        lower(200, "person", strict=True, text="More than 200 people")),
    row("Over 1,000 flights were cancelled at Heathrow.", lower(1000, "flight", strict=True)),
    row("Temperatures above 40°C are expected in Seville.",
        lower(40, "degree_Celsius", strict=True)),
    row("At least 12 people died in the landslide.", lower(12, "person", strict=False)),
    row("The painting could fetch upwards of $10 million.",
        lower(10_000_000, "USD", strict=True)),
    row("Bonuses in excess of £1m were paid to directors.",
        lower(1_000_000, "GBP", strict=True)),
    row("As many as 80 people may still be missing.", upper(80, "person", strict=False)),
    row("Turnout was less than 30% in the capital.", upper(30, "percent", strict=True)),
    row("The trip takes under 10 minutes by tram.", upper(10, "minute", strict=True)),
    row("The jobless rate remains below 4%.", upper(4, "percent", strict=True)),
    row("The board can have at most nine members.", upper(9, "member", strict=False)),
    row("Fewer than 100 people attended the rally.", upper(100, "person", strict=True)),
    row("The hall allows no more than 500 guests.", upper(500, "guest", strict=False)),
    # hedges
    row("About 200 people gathered outside parliament.", approx(200, "person")),
    row("The storm caused around $3 billion in damage.", approx(3_000_000_000, "USD")),
    row("Roughly 40% of households own a car.", approx(40, "percent")),
    row("Some 4,000 troops were deployed to the border.",
        approx(4000, "troop", text="Some 4,000 troops")),
    row("Approximately 1.5 million visitors came last year.",
        approx(1_500_000, "visitor")),
    row("Nearly 900 people were evacuated.", approx(900, "person", below=True)),
    row("Almost 60% of the vote went to the incumbent.", approx(60, "percent", below=True)),
    row("The factory employs close to 500 workers.", approx(500, "worker")),
    row("An estimated 2.3 million children are out of school.",
        approx(2_300_000, "child", text="An estimated 2.3 million children")),
    row("The glacier has retreated ~300 m since the survey began.", approx(300, "meter")),
    # vague amounts
    row("Tens of thousands of protesters marched through the city.",
        rng(10_000, 100_000, "protester", vague=True)),
    row("Thousands of people queued for water.", rng(1000, 10_000, "person", vague=True)),
    row("Dozens of villages were cut off by the floods.",
        rng(12, 120, "village", vague=True)),
    row("Hundreds of flights were grounded by the strike.",
        rng(100, 1000, "flight", vague=True)),
    row("Several hundred migrants reached the island overnight.",
        rng(300, 900, "migrant", vague=True)),
    # changes
    row("Retail sales rose 5% in the quarter.", point(5, "percent", change=("up", "delta"))),
    row("The index fell by 3 points in early trading.",
        point(3, "point", change=("down", "delta"))),
    row("Ridership was up from 10 million to 15 million passengers.",
        point(10_000_000, "passenger", change=("up", "from")),
        point(15_000_000, "passenger", change=("up", "to"))),
    row("The number of electric buses doubled.", point(2, change=("up", "factor"))),
    row("Profits at the miner tripled.", point(3, change=("up", "factor"))),
    # conventions where people differ
    row("One in five adults smokes.", point("0.2")),
    row("Bananas now cost 89p a kilo.", point("0.89", "GBP / kilogram")),
    row("The talks lasted more than a year.", lower(1, "year", strict=True)),
    row("Drivers must not exceed 50 km/h in the tunnel.", upper(50, "kilometer / hour")),
    row("Unemployment fell from 5.1% to 4.9%.",
        point("5.1", "percent", change=("down", "from")),
        point("4.9", "percent", change=("down", "to"))),
    row("Liverpool won 3-2 at the Emirates."),
    # what is not a claim
    row("Inflation was higher in 2022 than at any time since the 1990s."),
    row("The treaty was signed on July 4, 2016, in Washington."),
    row("Polls open at 7 am and close at 10 pm."),
    row("He is seeking a third term."),
    row("It will be the defining challenge of the 21st century."),
    row("For bookings call +1 555 0100."),
    row("The F-16 jets arrived alongside several Boeing 737 transports."),
    row("Schools closed during the COVID-19 pandemic."),
    row("He was charged under Section 427 of the penal code."),
    row("The embassy is at 15 Elm Street."),
    row("The release requires Python 3.11.2 or later."),
]

# --- phrasings that broke other tools (extraction-anchors §3 and §6) -----------------------

BROKE_OTHER_TOOLS = [
    # §6, the 28 hard phrasings
    row("Estimates of the stockpile ranged from 600 to more than 3,000 drones.",
        rng(600, 3000, "drone", text="from 600 to more than 3,000 drones")),
    row("The U.S. announced a $25 million reward on Friday.",
        point(25_000_000, "USD", text="$25 million")),
    row("Kyiv says Moscow received up to 3,000 drones last year.",
        upper(3000, "drone", text="up to 3,000 drones")),
    row("Revenue rose to €1.2bn from €900m.",
        point(1_200_000_000, "EUR", change=("up", "to")),
        point(900_000_000, "EUR", change=("up", "from"))),
    row("The Treasury set aside £3.5bn for the scheme.", point(3_500_000_000, "GBP")),
    row("The bailout will need at least $50bn, bankers say.",
        lower(50_000_000_000, "USD", strict=False, text="at least $50bn")),
    row("Support for the government fell 3 percentage points to 41%.",
        point(3, "percentage_point", change=("down", "delta")),
        point(41, "percent", change=("down", "to"))),
    row("Between 5 and 6 kg of explosives were found in the car.",
        rng(5, 6, "kilogram", text="Between 5 and 6 kg")),
    row("Some 1,500-2,000 troops crossed the border.",
        rng(1500, 2000, "troop", text="Some 1,500-2,000 troops")),
    row("The unemployment rate fell from 5.1% to 4.9% in March.",
        point("5.1", "percent", change=("down", "from")),
        point("4.9", "percent", change=("down", "to"))),
    row("The vote was 52 to 48 in favour of leaving."),
    row("Crowds in the tens of thousands filled the square.",
        rng(10_000, 100_000, vague=True)),
    row("It was 40C in the shade by noon.", point(40, "degree_Celsius")),
    row("The magistrate fined the shopkeeper Rs 5 lakh for hoarding.",
        point(500_000, "INR")),
    row("A 10-year-old boy was among two dozen people injured.",
        point(10, "year"), point(24, "person")),
    row("The truck was carrying one and one-half tons of sand.", point("1.5", "ton")),
    row("The port handled 816 000 t of grain.", point(816_000, "metric_ton")),
    row("Air defences shot down 30 of 35 drones overnight.",
        point(30, "drone"), point(35, "drone")),
    row("About one in five adults has high blood pressure.", approx("0.2")),
    row("Fewer than a dozen drones reached their targets.",
        upper(12, "drone", strict=True)),
    row("Prices rose 3x since 2020.", point(3, change=("up", "factor"))),
    row("Nearly half of voters disapprove of the plan.", approx("0.5", below=True)),
    row("The 2012-13 season was his best."),
    # a reference period ("40-year high") names when, not how much: the claim is 9.1 per cent
    row("Inflation hit a 40-year high of 9.1 per cent.", point("9.1", "percent")),
    row("Gas averaged $3.50 per gallon, up 12 cents from last week.",
        point("3.50", "USD / gallon"), point("0.12", "USD", change=("up", "delta"))),
    row("Tickets sell for 15-20 usd at the door.", rng(15, 20, "USD")),
    row("The utility will invest US$4.7 billion in the grid.",
        point(4_700_000_000, "USD")),
    row("The startup raised 100k dollars from friends and family.", point(100_000, "USD")),
    # §3, bugs filed against the tools
    row("Collisions reached 12.8–13.0 TeV in the new run.",
        rng("12.8", "13.0", "teraelectron_volt")),
    row("The parcels weighed 5 and 6 kg respectively.",
        point(5, "kilogram"), point(6, "kilogram")),
    row("The Falcons edged the Saints 20-19 on Sunday."),
    row("The group reported revenue of $13 009 million.", point(13_009_000_000, "USD")),
    row("The rescuers walked one and one-half miles through the snow.", point("1.5", "mile")),
    row("She bought a 500 ml bottle of water.", point(500, "milliliter")),
    row("The dinner was attended by between five and six hundred guests.",
        rng(500, 600, "guest")),
    row("Between five and six ministers are expected to resign.", rng(5, 6, "minister")),
    row("Overnight lows of minus ten degrees Celsius are expected.",
        point(-10, "degree_Celsius")),
    row("The river rose 34 cm overnight.", point(34, "centimeter", change=("up", "delta"))),
    row("The meeting ended at 2.15pm."),
    row("The search took forty five minutes.", point(45, "minute")),
    row("The strike lasted a day."),
    row("Attendance exceeding 150 requires a permit.", lower(150, "", strict=True)),
    row("Groups of 100 or over must register in advance.", lower(100, strict=False)),
    row("Losses could exceed 3,000 jobs.", lower(3000, "job", strict=True)),
    row("More than half of the budget went on salaries.", lower("0.5", strict=True)),
    row("Rates lower than 20% and higher than 30% were both modelled.",
        upper(20, "percent", strict=True), lower(30, "percent", strict=True)),
    row("The ticket cost 3 dollars 50 cents.", point("3.50", "USD")),
    row("The application fee is USD 200.", point(200, "USD")),
    row("The visa fee is USD$ 115.", point(115, "USD")),
    row("She earned $2,000 in 3 years.", point(2000, "USD"), point(3, "year")),
    row("The watch was listed at CHF 250.", point(250, "CHF")),
    row("Ottawa budgeted C$2.4 billion for housing.", point(2_400_000_000, "CAD")),
    row("The first grant was 1 million dollars, the second 0.1 million dollars.",
        point(1_000_000, "USD"), point(100_000, "USD")),
    row("Thirty two sailors are still missing.", point(32, "sailor")),
]

# --- money ---------------------------------------------------------------------------------

MONEY = [
    # a whole article's setting: a dateline in capitals counts, a passing mention of another
    # dollar country does not undo it, and "US$" is how local press sets US dollars apart
    row("SYDNEY (Reuters) - The median house price rose to $1.74 million. Unlike the US "
        "Federal Reserve, the Reserve Bank of Australia held rates.",
        point(1_740_000, "AUD", change=("up", "to"))),
    row("Auckland farmers will be paid $10 a kilogram, while buyers in Shanghai paid "
        "US$4,200 a tonne.", point(10, "NZD / kilogram"), point(4200, "USD / metric_ton")),
    row("TORONTO - The city approved a $4.2 million budget.", point(4_200_000, "CAD")),
    row("Canada and the US signed a $4 billion deal.", point(4_000_000_000, "USD")),
    # dirhams in Morocco; cents where the money is euros; no pesos in the S&P 500
    row("Morocco will pay 30,000 dirhams to each household in Marrakesh.",
        point(30_000, "MAD")),
    row("In Dublin, petrol costs €1.79, up 4 cents.", point("1.79", "EUR"),
        point("0.04", "EUR", change=("up", "delta"))),
    row("Bread costs R18 in Johannesburg, and milk costs 35c more than last year.",
        point(18, "ZAR"), point("0.35", "ZAR", change=("up", "delta"))),
    row("In Nairobi a loaf costs KSh 65, up 50 cents.", point(65, "KES"),
        point("0.5", "KES", change=("up", "delta"))),
    row("Petrol costs 1.79 euros in Dublin, up 4 cents, and $3 in New York.",
        point("1.79", "EUR"), point("0.04", "USD", change=("up", "delta")), point(3, "USD")),
    row("Philippine stocks fell. The S&P 500 lost 0.6%.",
        point("0.6", "percent", change=("down", "delta"))),
    # a dot before three digits groups thousands before a currency written after the amount,
    # continental style, unless the currency is quoted to three decimals
    row("The loan of 250.000 CHF was repaid.", point(250_000, "CHF")),
    row("Rent costs 2.450 € per month.", point(2450, "EUR / month")),
    row("It costs 1.250 KWD.", point("1.250", "KWD")),
    # German abbreviations of million and billion, with their dot
    row("The firm invests 700 Mio. Euro.", point(700_000_000, "EUR", text="700 Mio. Euro")),
    row("Debt is 4,7 Mrd. EUR.", point(4_700_000_000, "EUR")),
    # a footnote mark after a scale word keeps the scale
    row("Net debt fell to $1.9 billion\N{SUPERSCRIPT ONE} at year end.",
        point(1_900_000_000, "USD", change=("down", "to"), text="$1.9 billion")),
    # a "+" glued to the next figure is its sign, not a bound on the one before
    row("Median price £285,000 £292,500 +2.6%", point(285_000, "GBP"), point(292_500, "GBP"),
        point("2.6", "percent")),
    # scale letters of Pakistani and Philippine press
    row("Revenue rose, up from Rs1.02tr last year in Karachi.",
        point(1_020_000_000_000, "PKR", change=("up", "from"))),
    row("The storm left P4.2-B crop damage in Manila.", point(4_200_000_000, "PHP")),
    # an accountant's bracketed negative keeps the scale after the bracket
    row("The loss was £(14.2) million.", point(-14_200_000, "GBP", text="£(14.2) million")),
    row("Net loss was $(3.1)bn.", point(-3_100_000_000, "USD")),
    # "of" between a scale word and the currency, as translated copy writes it
    row("The grant is 2,1 millions of euros.", point(2_100_000, "EUR")),
    row("He holds 3 million of the shares.", point(3_000_000, "share")),
    # a unit or scale word that a PDF broke at a line end
    row("Revenue increased by 12.4 per- cent in 2024.",
        point("12.4", "percent", change=("up", "delta"), text="12.4 per- cent")),
    row("Approximately 4,500 hect- ares burned.", approx(4500, "hectare")),
    # Markdown bold is read through; struck-out text is taken back
    row("Revenue up **12%** to **$4.5m** in the quarter.",
        point(12, "percent", change=("up", "delta"), text="12%"),
        point(4_500_000, "USD", change=("up", "to"), text="$4.5m")),
    row("Attendance was ~~12,000~~ 14,500.", point(14_500)),
    # an accountant's brackets after a currency marker make the amount negative
    row("Net loss per share was $(0.12), compared with $(0.31) a year ago.",
        point("-0.12", "USD", text="$(0.12)"), point("-0.31", "USD", text="$(0.31)")),
    # text pasted from web pages and PDFs: entities decoded, words broken at a line end joined,
    # spans still into the text as given
    row("The deal is worth $3.5&nbsp;billion.",
        point(3_500_000_000, "USD", text="$3.5&nbsp;billion")),
    row("Revenue of &#x20AC;3m was reported.", point(3_000_000, "EUR", text="&#x20AC;3m")),
    row("Up&nbsp;to 300 people were evacuated.", upper(300, "person")),
    row("The scheme cost taxpayers £4.2 bil-\nlion over the period.",
        point(4_200_000_000, "GBP", text="£4.2 bil-\nlion")),
    row("The route is 42 kilo-\nmetres long.", point(42, "kilometer")),
    row("Iran sent up to 3,0\N{ZERO WIDTH SPACE}00 drones.",
        upper(3000, "drone", text="up to 3,0\N{ZERO WIDTH SPACE}00 drones")),
    row("Adjusted net income was $3.14 per diluted share.", point("3.14", "USD / share")),
    # Swiss apostrophes group thousands; four digits after a comma are decimals
    row("The bonus pool totalled CHF 1'250'000.", point(1_250_000, "CHF")),
    row("The car costs 25’000 CHF.", point(25_000, "CHF")),
    row("A Swiss franc was worth 1,0432 euros.", point("1.0432", "EUR")),
    # rate abbreviations of listings and finance
    row("Average asking rents in London hit £2,627 pcm.", point(2627, "GBP / month")),
    row("Salary: £45k pa plus benefits.", point(45_000, "GBP / year")),
    row("Prime office rents reached £135 psf in Mayfair.", point(135, "GBP / foot ** 2")),
    row("The firm spends $5 billion annually on research.",
        point(5_000_000_000, "USD / year")),
    # a bare "$" takes the dollar of the one dollar country a text names
    row("Toronto council approved a $4.2 million budget.", point(4_200_000, "CAD")),
    row("In Sydney, petrol costs 198.9 cents a litre.", point("1.989", "AUD / liter")),
    row("Singapore's budget rose to $5 billion.",
        point(5_000_000_000, "SGD", change=("up", "to"))),
    row("Auckland rents rose to $650 a week.", point(650, "NZD / week", change=("up", "to"))),
    row("The Australian firm was fined 10.5 million Australian dollars ($7.5 million).",
        point(10_500_000, "AUD"), point(7_500_000, "USD")),
    row("Alberta crude sold for $52 a barrel.", point(52, "USD / barrel")),
    row("The Canadian unit paid C$5 million and $3 million in fees.",
        point(5_000_000, "CAD"), point(3_000_000, "USD")),
    row("The U.S. and Canada pledged $2 billion.", point(2_000_000_000, "USD")),
    # a capital "A" before a spaced "$" is the article; "A$" is the Australian dollar
    row("A $50 million settlement was reached.", point(50_000_000, "USD")),
    row("A$5m was paid to the club.", point(5_000_000, "AUD")),
    # a glued "m" before "times" is millions: "viewed 12m times"
    row("The clip has been viewed 12m times.", point(12_000_000)),
    row("The app was downloaded more than 100m times.", lower(100_000_000, strict=True)),
    # pounds in brackets after a mass restate the mass
    row("Quebec produced 108 million kilograms (about 240 million pounds) of syrup.",
        point(108_000_000, "kilogram"), approx(240_000_000, "pound")),
    row("The deal (worth 240 million pounds) collapsed.", point(240_000_000, "GBP")),
    row("Houses sold for between 200 and 300 thousand pounds.",
        rng(200_000, 300_000, "GBP")),
    # "Rs" is the rupee of the one rupee country a text names, the Indian rupee otherwise
    row("A kilo of sugar costs Rs 140 in Karachi.", point(140, "PKR")),
    row("Land in Lahore sells for Rs 12 crore per kanal.", point(120_000_000, "PKR / kanal")),
    row("Onions cost Rs 40 a kilo in Mumbai.", point(40, "INR / kilogram")),
    row("Colombo fuel prices rose by Rs 12.", point(12, "LKR", change=("up", "delta"))),
    row("Pakistan and India both charge Rs 50.", point(50, "INR")),
    # the one-letter markers of rand, naira, shilling and peso count before any amount in
    # a text set in their country, and before an amount written as money anywhere
    row("Tomatoes cost R25 per kg at the Joburg market.", point(25, "ZAR / kilogram")),
    row("The fine in Gauteng was R300.", point(300, "ZAR")),
    row("A litre of petrol costs N617 in Lagos.", point(617, "NGN")),
    row("In Nairobi, a kilo of maize costs Sh200.", point(200, "KES")),
    row("The Manila council will raise the fee from P500 to P1,000.",
        point(500, "PHP", change=("up", "from")), point(1000, "PHP", change=("up", "to"))),
    row("The DPWH said P1.2 billion worth of projects were done.", point(1_200_000_000, "PHP")),
    # sub-units named with their country
    row("Arabica rose to 312 US cents per pound.",
        point("3.12", "USD / pound", change=("up", "to"))),
    row("Petrol fell 9 Australian cents a litre.",
        point("0.09", "AUD / liter", change=("down", "delta"))),
    row("The sale raised 12,500 ETH.", point(12_500, "ETH")),
    row("Lambs sold at 720p/kg on Monday.", point("7.20", "GBP / kilogram")),
    row("Entry to the site costs 152 soles.", point(152, "PEN")),
    # a bare "$" in a text set in one dollar country is its dollar
    row("Weekly rents in Parramatta rose to $680.", point(680, "AUD", change=("up", "to"))),
    row("A resale flat in Tampines sold for $1.1 million.", point(1_100_000, "SGD")),
    row("Oil rose to $81 as the Hang Seng fell 1.2%.",
        point(81, "USD", change=("up", "to")), point("1.2", "percent", change=("down", "delta"))),
    # every symbol and code that stands before an amount makes a glued "m" millions
    row("Tuition is now ₦1.8m per session.", point(1_800_000, "NGN / session")),
    row("The budget rose to ₴4.2bn.", point(4_200_000_000, "UAH", change=("up", "to"))),
    row("Manila will spend ₱3m on the bridge.", point(3_000_000, "PHP")),
    row("The fine was UAH25m.", point(25_000_000, "UAH")),
    row("Nigerian hospitals ran out of N95 masks."),
    row("Traffic on the R21 highway near Pretoria was slow."),
    row("The R2-D2 toy costs R25."),
    row("The PS5 sells for P25,000 in Manila.", point(25_000, "PHP")),
    # Gulf abbreviations of riyals and dinars, like the letter markers
    row("The kingdom plans spending of SR1.28 trillion next year.",
        point(1_280_000_000_000, "SAR")),
    row("Kuwait expects a deficit of KD 5.6 billion.", point(5_600_000_000, "KWD")),
    row("Ooredoo posted a profit of QR 3.1 billion in Doha.", point(3_100_000_000, "QAR")),
    row("Parking in Manama now costs BD 2 an hour.", point(2, "BHD / hour")),
    row("Residency fees in Riyadh went up to SR 650 a year.", point(650, "SAR / year")),
    row("Scan the QR code for 15% off.", point(15, "percent")),
    # other languages' scale words as English copy quotes them, and "L" for lakh
    row("Orlen's EBITDA reached 12,3 mld zł.", point(12_300_000_000, "PLN")),
    row("Net profit rose to R$28,7 bilhões.",
        point(28_700_000_000, "BRL", change=("up", "to"))),
    row("The bank reported a net profit of Rp 55,1 triliun.", point(55_100_000_000_000, "IDR")),
    row("The flat costs ₹1.2L a year to maintain.", point(120_000, "INR / year")),
    row("He drank 20L of water.", point(20, "liter")),
    # a dot groups thousands in 1.250.000, and after the markers of currencies written so
    row("The apartment costs 1.250.000 €.", point(1_250_000, "EUR")),
    row("The minimum wage rises to R$1.412 in January.",
        point(1412, "BRL", change=("up", "to"))),
    row("A coffee in Jakarta costs around Rp 35.000.", approx(35_000, "IDR")),
    row("Gas cost $3.499 a gallon.", point("3.499", "USD / gallon")),
    row("The server sits at 192.168.100.200 on the network."),
    row("Car prices will go up by an average of 1500.", point(1500, change=("up", "delta"))),
    # a sign before the currency marker: losses in earnings copy
    row("EPS was -$0.05 in the quarter.", point("-0.05", "USD", text="-$0.05")),
    row("Net cash flow was −€3.2bn.", point(-3_200_000_000, "EUR")),
    row("Free cash flow was negative $400 million.",
        point(-400_000_000, "USD", text="negative $400 million")),
    row("The upgrade cost $5-$6 million.", rng(5_000_000, 6_000_000, "USD")),
    # one-letter rand and naira markers count only before a number written as money
    row("A loaf costs R18.99, up from R15.50 a year ago.", point("18.99", "ZAR"),
        point("15.50", "ZAR", change=("up", "from"))),
    row("Eskom will spend R4 billion on repairs.", point(4_000_000_000, "ZAR")),
    row("The EFCC recovered N2.3bn from officials.", point(2_300_000_000, "NGN")),
    row("Treasury proposed a budget of Sh3.9 trillion.", point(3_900_000_000_000, "KES")),
    row("Uganda's budget was USh52 trillion.", point(52_000_000_000_000, "UGX")),
    row("Jaywalkers face a Dh400 fine.", point(400, "AED")),
    row("Egypt's pound fell to E£47 per dollar.",
        point(47, "EGP / USD", change=("down", "to"))),
    row("The fee is 35 lei and beer costs Kč 60.", point(35, "RON"), point(60, "CZK")),
    row("Flights to Lisbon start at £39 one way.", point(39, "GBP")),
    row("The 4K TV costs $499.", point(499, "USD")),
    row("Tickets for the final cost $12.50 each.", point("12.50", "USD")),
    row("A pint in central London now costs £6.20.", point("6.20", "GBP")),
    row("The government unveiled a ₹2,000 crore rescue for farmers.",
        point(20_000_000_000, "INR")),
    row("The hospital agreed to a $500,000 settlement.", point(500_000, "USD")),
    row("Global debt has reached $307tn.", point(307_000_000_000_000, "USD")),
    row("The club spent €300mn on new players.", point(300_000_000, "EUR")),
    row("Diesel costs 1.79 euros a litre in Germany.", point("1.79", "EUR / liter")),
    row("A stamp now costs 85p.", point("0.85", "GBP")),
    row("Each text message costs 12 cents.", point("0.12", "USD")),
    row("The fund was worth 4.2 trillion dollars.", point(4_200_000_000_000, "USD")),
    row("Japan's regulator fined the bank ¥18.2 billion.", point(18_200_000_000, "JPY")),
    row("The ministry has a budget of Rs 3,500 crore.", point(35_000_000_000, "INR")),
    row("The fine of £2.3m is the largest yet.", point(2_300_000, "GBP")),
    row("Egg prices hit $4.82 a dozen in January.", point("4.82", "USD / dozen")),
    row("The state will spend $1.5 billion on the bridge.", point(1_500_000_000, "USD")),
    row("The fare rises to €2.90 on Monday.",
        point("2.90", "EUR", change=("up", "to"))),
    row("Investors poured EUR 650 million into the fund.", point(650_000_000, "EUR")),
    row("Gold traded at $2,350 an ounce.", point(2350, "USD / ounce")),
    row("The company was valued at GBP 1.1bn.", point(1_100_000_000, "GBP")),
    row("A loaf of bread costs 150 rubles in Moscow.", point(150, "RUB")),
    row("The ledger shows $ 18,412.50 $ 9,306.17 march payments.",
        point("18412.50", "USD"), point("9306.17", "USD")),
    row("Copper was quoted at $ 8,912.25 June delivery.", point("8912.25", "USD")),
    row("The deal values the company at $1.2 billion (£950 million).",
        point(1_200_000_000, "USD"), point(950_000_000, "GBP")),
    row("Fuel duty will rise by 5p a litre.",
        point("0.05", "GBP / liter", change=("up", "delta"))),
    row("Workers will get a £2,500-a-year tax break.", point(2500, "GBP / year")),
    row("The minimum wage rises to £12.21 an hour in April.",
        point("12.21", "GBP / hour", change=("up", "to"))),
    row("Engineers earn salaries of $150,000 to $200,000.", rng(150_000, 200_000, "USD")),
    row("Boeing won a $3.2-billion contract from the Air Force.",
        point(3_200_000_000, "USD")),
    row("The project's cost has risen to Rs 1,200 crore.",
        point(12_000_000_000, "INR", change=("up", "to"))),
    row("Analysts expect a bill of €50bn-€60bn.",
        rng(50_000_000_000, 60_000_000_000, "EUR")),
    row("Beijing approved a 1.5 trillion yuan stimulus.", point(1_500_000_000_000, "CNY")),
    row("The coach was paid 250,000 Swiss francs.", point(250_000, "CHF")),
    row("The service costs 20 dollars per month.", point(20, "USD / month")),
    row("The museum spent half a billion dollars on the extension.",
        point(500_000_000, "USD")),
    row("The painting sold for a quarter of a million pounds.", point(250_000, "GBP")),
    row("Canberra committed A$3 billion to the submarine programme.",
        point(3_000_000_000, "AUD")),
    row("The tycoon bought the flat for HK$500 million.", point(500_000_000, "HKD")),
    row("The rent is Rs. 50,000 a month.", point(50_000, "INR / month")),
    row("Lagos approved a budget of ₦200 billion.", point(200_000_000_000, "NGN")),
    row("The agency has lost nearly $1 trillion in value.",
        approx(1_000_000_000_000, "USD", below=True)),
    row("The company was fined $5,000 a day.", point(5000, "USD / day")),
    row("Apple's revenue was $119.6 billion, up 2% year over year.",
        point(119_600_000_000, "USD"), point(2, "percent", change=("up", "delta"))),
    row("Each household will get a one-off payment of £650.", point(650, "GBP")),
    row("She left a £40,000-a-year job to volunteer.", point(40_000, "GBP / year")),
    row("The couple bought a million-dollar home.", point(1_000_000, "USD")),
    row("The deal is worth $1 billion-plus.", lower(1_000_000_000, "USD")),
    row("Subscribers pay £9.99 a month.", point("9.99", "GBP / month")),
    row("The bank reported profits of $1.5bn-a-year.", point(1_500_000_000, "USD / year")),
    # wire copy folded to ASCII writes ¥ as "Y=" and £ as "PS"
    row("Sony now expects a net profit of Y=590 billion this year.", point(590_000_000_000, "JPY")),
    row("The shares closed at Y=5,182 in Tokyo.", point(5182, "JPY")),
    row("His package was worth PS2.7m last year.", point(2_700_000, "GBP")),
    row("The charity raised PS21,700 for the hospital.", point(21_700, "GBP")),
    row("Kuwait Petroleum posted a profit of 500 million Kuwaiti dinars.",
        point(500_000_000, "KWD")),
    row("Net sales reached 48.5 MEUR in the quarter.", point(48_500_000, "EUR")),
    row("The company reported revenue of MSEK 1,250 for the year.",
        point(1_250_000_000, "SEK")),
    row("The US economy is worth $27.4T.", point(27_400_000_000_000, "USD")),
    row("The app now has 4.3M users in Europe.", point(4_300_000, "user")),
    row("The film took 1.2B yuan at the box office.", point(1_200_000_000, "CNY")),
    # a whole amount and a bare two-digit or spelled number closing it: the minor units
    row("The kiosk charges 15 dollars and 50.", point("15.50", "USD")),
    row("Lunch cost him thirteen dollars forty-five.", point("13.45", "USD")),
    row("The fee will rise to 17 USD 25.", point("17.25", "USD")),
    row("He paid 15 dollars and 50 people watched.", point(15, "USD"), point(50, "person")),
    row("Diesel sells for more than a euro a litre.", lower(1, "EUR / liter")),
    row("The bond traded above a dollar and 42 cents.", lower("1.42", "USD")),
    row("The unit lost 75 USD million last year.", point(75_000_000, "USD")),
    row("The rate was 10 CNY 20 years ago.", point(10, "CNY"), point(20, "year")),
    row("A coffee there costs about 8 or $9.", approx(8, "USD"), point(9, "USD")),
    row("Hotel rooms cost $150 a night.", point(150, "USD / night")),
    row("Revenue in 2011 exceeded a $4 billion mark.", point(4_000_000_000, "USD")),
    # ISO codes of smaller currencies, and names in their plural and country forms
    row("Tourism earned BWP 12 billion last year.", point(12_000_000_000, "BWP")),
    row("A meal cost 42 Malaysian ringgits.", point(42, "MYR")),
    row("The ticket was 150 kuna.", point(150, "HRK")),
    row("Units sell for CAD$ 15 each.", point(15, "CAD")),
    row("AMD shares rose 5% on Friday.", point(5, "percent", change=("up", "delta"))),
    # cents written "c", and cents after a whole amount in another currency
    row("A stamp now costs 43c.", point("0.43", "USD")),
    row("The fare is $20 and 43c.", point("20.43", "USD")),
    row("Change came to 3 CAD 3 cents.", point("3.03", "CAD")),
    # a glued lower-case "b" after more than one digit is billions, as "B" already was
    row("The firm signed a 1.2b deal.", point(1_200_000_000)),
    row("The model has 1.5b parameters.", point(1_500_000_000, "parameter")),
]

# --- percent and percentage points ------------------------------------------------------------

PERCENT = [
    # footnote marks and pictographs end a unit; a bracketed footnote is no claim
    row("Revenue grew 12%³ on the previous year.",
        point(12, "percent", change=("up", "delta"))),
    row("Unemployment fell to 4.1%[4] in the third quarter.",
        point("4.1", "percent", change=("down", "to"))),
    row("my rent went up 20%🙃", point(20, "percent")),
    # points of a percentage, and of a poll's margin of error, are percentage points
    row("Turnout fell by 8 points to 59.7% of registered voters.",
        point(8, "percentage_point", change=("down", "delta")),
        point("59.7", "percent", change=("down", "to"))),
    row("The poll has a margin of error of 3 points.", point(3, "percentage_point")),
    row("The FTSE fell 50 points, or 0.7%, to 7,400.",
        point(50, "point", change=("down", "delta")),
        point("0.7", "percent", change=("down", "delta")),
        point(7400, "point", change=("down", "to"))),
    # headlines in capitals keep their changes
    row("STOCKS PLUNGE 5% IN WORST DAY SINCE 2020", point(5, "percent", change=("down", "delta"))),
    # a year that a figure is measured against bounds nothing
    row("Emissions are now 53% below 1990 levels.", point(53, "percent")),
    row("Passenger numbers hit 79.2 million, 1% above 2019.",
        point(79_200_000), point(1, "percent")),
    # a bond's or loan's maturity names it: "the 10-year Treasury yield" is no 10 years
    row("The 10-year Treasury yield rose 12 basis points to 4.3%.",
        point(12, "basis_point", change=("up", "delta")),
        point("4.3", "percent", change=("up", "to"))),
    row("Two-year notes yielded 4.1%.", point("4.1", "percent")),
    row("The average two-year fixed mortgage rate is 4.8%.", point("4.8", "percent")),
    row("The 30-year mortgage rate rose to 6.9%.", point("6.9", "percent", change=("up", "to"))),
    row("Unemployment stands at 4.2%.", point("4.2", "percent")),
    row("Turnout was 67.3 per cent, the highest in decades.", point("67.3", "percent")),
    row("The central bank kept its main rate at 5.25%.", point("5.25", "percent")),
    row("The fund took a 0.5% stake in the miner.", point("0.5", "percent")),
    row("The poll shows a 2 percentage point gap between the parties.",
        point(2, "percentage_point")),
    row("Just 12 percent of respondents trust the media.", point(12, "percent")),
    row("Women hold 31% of board seats.", point(31, "percent")),
    row("The tax rate drops to 19 per cent next year.",
        point(19, "percent", change=("down", "to"))),
    row("Coverage reached 95 percent in urban areas and 71 percent in rural ones.",
        point(95, "percent"), point(71, "percent")),
    row("The Fed raised rates by 0.25 percentage points to 5.25%.",
        point("0.25", "percentage_point", change=("up", "delta")),
        point("5.25", "percent", change=("up", "to"))),
    row("Turnout was 61%, down from 67% at the last election.",
        point(61, "percent"), point(67, "percent", change=("down", "from"))),
    row("Pay growth slowed to 4pc in the summer.",
        point(4, "percent", change=("down", "to"))),
    row("Support for the plan stands at 45 per cent, with 38 per cent opposed.",
        point(45, "percent"), point(38, "percent")),
    row("The Bank of Japan kept its short-term rate at -0.1%.", point("-0.1", "percent")),
    row("The vaccine is 95% effective.", point(95, "percent")),
    row("The rate of inflation in Argentina hit 211%.", point(211, "percent")),
    row("Mortgage rates hit 7.79%, the highest since 2000.", point("7.79", "percent")),
    row("The unemployment rate held at 3.7% in December.", point("3.7", "percent")),
]

# --- physical units ---------------------------------------------------------------------------

PHYSICAL = [
    # "W" and "V" written apart from the number, unless a name follows (an address)
    row("The laptop draws 65 W at most.", upper(65, "watt")),
    row("The tablet ships with a 5 W USB-C charger.", point(5, "watt")),
    row("It runs on 1.8 V to 3.6 V.", rng("1.8", "3.6", "volt")),
    row("The clinic is at 350 W Main St."),
    # sizes side by side are two claims; only units that make up one measure add up
    row("Plans come with 2 GB and 512 MB of memory.",
        point(2, "gigabyte"), point(512, "megabyte")),
    row("The cap is 512 MiB per request.", point(512, "mebibyte / request")),
    row("The link carries 3.2 Tbps.", point("3.2", "terabit / second")),
    row("The gateway served 40,000 rps at peak.", point(40_000, "request / second")),
    row("A magnitude-6.2 earthquake struck off the coast.", point("6.2")),
    row("The asteroid passed 0.2 astronomical units from Earth.",
        point("0.2", "astronomical_unit")),
    # camera sensors
    row("The phone pairs a 50MP main camera with a 12MP ultrawide.",
        point(50, "megapixel"), point(12, "megapixel")),
    # a power of ten written without a mantissa
    row("The galaxy holds 10¹¹ stars.",
        point(100_000_000_000, "star")),
    row("The error is 10⁻⁶.", point("0.000001")),
    row("The magnetar's field is 10^15 gauss.", point(1_000_000_000_000_000)),
    # "Nm of" a singular noun is metres; of money, plural nouns or a determiner, millions
    row("The trail has 1,400m of elevation gain.", point(1400, "meter")),
    row("The storm dumped 2m of snow.", point(2, "meter")),
    row("They raised 1.2m of funding.", point(1_200_000)),
    # hours and minutes glued to their numbers
    row("The flight from London to Singapore takes 13h 10m.", point(790, "minute")),
    # pounds restated in tonnes are a weight, not sterling
    row("Honey production fell to 82 million pounds, or about 37,000 tonnes.",
        point(82_000_000, "pound", change=("down", "to")), approx(37_000, "metric_ton")),
    row("A 1,200-square-foot condo now lists at $650k.",
        point(1200, "foot ** 2"), point(650_000, "USD")),
    # the sides of an area share the unit written once; a decimal timing glued to "s"
    row("The plot measures 40 x 60 feet.", point(40, "foot"), point(60, "foot")),
    row("The room is 4 by 5 metres.", point(4, "meter"), point(5, "meter")),
    row("Hamilton finished 0.087s behind.", point("0.087", "second")),
    row("He bought an iPhone 5s."),
    # shipping, energy and climate units
    row("The route is 4,700 nmi at 14 kts.", point(4700, "nautical_mile"), point(14, "knot")),
    row("A 300,000 dwt tanker was launched.", point(300_000, "metric_ton")),
    row("The plant makes 77 mtpa of LNG.", point(77_000_000, "metric_ton / year")),
    row("The field produces 300,000 boe/d.", point(300_000, "barrel_of_oil_equivalent / day")),
    row("Oceans absorbed 15 ZJ of heat.", point(15, "zettajoule")),
    # parts joined by a bare comma are one measure only as a list of whole parts
    row("The winning jump measured 8.34 m, 5 cm short of the world lead.",
        point("8.34", "meter"), point(5, "centimeter")),
    row("The fish weighed 4 kg, 200 g more than the record.",
        point(4, "kilogram"), point(200, "gram", change=("up", "delta"))),
    row("He ran for 2 hours, 18 minutes and 5 seconds.", point(8285, "second")),
    # a glued m before a unit or an acronym counts millions
    row("The mall covers 1.5m sq ft.", point(1_500_000, "foot ** 2")),
    row("Saudi output is 9m b/d.", point(9_000_000, "barrel / day")),
    row("A 2.4m wall stood there.", point("2.4", "meter")),
    row("The 400m hurdles world record stands at 45.94 seconds.", point(400, "meter"),
        point("45.94", "second")),
    row("The rocket produces 7,590 kN of thrust.", point(7590, "kilonewton")),
    row("Blood glucose of 7.0 mmol/L or higher means diabetes.",
        lower("7.0", "millimole / liter")),
    row("The baby was born at 32 wks.", point(32, "week")),
    row("Heavy rain dumped 6in of rain overnight.", point(6, "inch")),
    row("Prices rose 5 in May.", point(5, change=("up", "delta"))),
    row("The engine makes 296 hp (300 PS).",
        point(296, "horsepower"), point(300, "metric_horsepower")),
    row("Temperatures are forecast to hit 38°C in Seville.", point(38, "degree_Celsius")),
    row("Warsaw recorded a low of -12°C on Tuesday night.", point(-12, "degree_Celsius")),
    row("The new metro line runs for 42 kilometres.", point(42, "kilometer")),
    row("The storm left 30 centimetres of snow in the hills.", point(30, "centimeter")),
    row("The course follows the classic 26.2 miles.", point("26.2", "mile")),
    row("Winds of 120 mph battered the coast.", point(120, "mile / hour")),
    row("The estate covers 1,200 hectares of forest.", point(1200, "hectare")),
    row("The fire has burned 3,000 square kilometres.", point(3000, "kilometer ** 2")),
    row("The reservoir holds 2.5 billion litres.", point(2_500_000_000, "liter")),
    row("The tower is 330 metres tall.", point(330, "meter")),
    row("Soldiers carry a 20 kg pack on patrol.", point(20, "kilogram")),
    row("The hearing lasted 45 minutes.", point(45, "minute")),
    row("He was jailed for 18 months.", point(18, "month")),
    row("The flight from Sydney took 14 hours.", point(14, "hour")),
    row("Workers built a 2.5-metre wall around the site.", point("2.5", "meter")),
    row("A 12-mile stretch of the motorway was closed.", point(12, "mile")),
    row("The tunnel is 57 km long.", point(57, "kilometer")),
    row("Each household was handed 20 l of drinking water.", point(20, "liter")),
    row("Each tanker carries between 500 l and 800 l.", rng(500, 800, "liter")),
    row("The smallest home battery stores 500 Wh.", point(500, "watt_hour")),
    row("He won 3 l'Equipe awards.", point(3)),
    row("The probe left orbit at 11.2 km/s.", point("11.2", "kilometer / second")),
    row("The sled braked at 45 m/s2 in the test.", point(45, "meter / second ** 2")),
    row("The river peaked at 2,300 m3/s on Sunday.", point(2300, "meter ** 3 / second")),
    row("Workers may receive up to 50 mSv in a single year.", upper(50, "millisievert")),
    row("Readings near the gate hit 3.4 \N{MICRO SIGN}Sv/h on Friday.",
        point("3.4", "microsievert / hour")),
    row("Readings near the gate hit 3.4 \N{GREEK SMALL LETTER MU}Sv/h on Friday.",
        point("3.4", "microsievert / hour")),
    row("The calf weighed 40 pounds at birth.", point(40, "pound")),
    row("The new reactor produces 1,600 megawatts.", point(1600, "megawatt")),
    row("The ship is carrying 2 million barrels of crude.", point(2_000_000, "barrel")),
    row("The dam is 185m high.", point(185, "meter")),
    row("Officials closed a 6.4km stretch of the river.", point("6.4", "kilometer")),
    row("The hurricane packed winds of 150mph.", point(150, "mile / hour")),
    row("The thermometer hit 46.6 degrees Celsius.", point("46.6", "degree_Celsius")),
    row("Temperatures dropped to minus 20C overnight.",
        point(-20, "degree_Celsius", change=("down", "to"))),
    row("A 1,000-tonne ship ran aground near the port.", point(1000, "metric_ton")),
    row("The farm stretches across 100 acres.", point(100, "acre")),
    row("The grid needs another 3.5 GW of capacity.", point("3.5", "gigawatt")),
    row("The country consumed 2 terawatt hours of electricity.",
        point(2, "terawatt_hour")),
    row("The car's battery stores 100 kWh.", point(100, "kilowatt_hour")),
    row("She won the 10,000 metres in Tokyo.", point(10_000, "meter")),
    row("Ministers held a 90-minute meeting with the unions.", point(90, "minute")),
    row("Passengers faced a two-hour delay.", point(2, "hour")),
    row("Nurses began a 48-hour strike.", point(48, "hour")),
    row("A 15-year-old girl was arrested.", point(15, "year")),
    row("The plane climbed to 5,000 feet.", point(5000, "foot", change=("up", "to"))),
    row("The comet is 1.3 billion kilometres away.", point(1_300_000_000, "kilometer")),
    row("Ukraine exported 1.5 million tonnes of grain in May.",
        point(1_500_000, "metric_ton")),
    row("The refinery processes 40,000 barrels a day.", point(40_000, "barrel / day")),
    # how often: "N times" and a period is a frequency, counted per period (not a factor)
    row("The neutron stars spin nearly 78,000 times a minute.",
        approx(78_000, "count / minute")),
    row("The clinic is used four times per week.", point(4, "count / week")),
    row("Trains run 12 times an hour at peak.", point(12, "count / hour")),
    row("Rates rose three times a year.", point(3, "count / year", change=None)),
    row("He was arrested three times last year."),
    # a length raised by a word after it
    row("The reservoir holds 4 km cubed of water.", point(4, "kilometer ** 3")),
    row("The flat measures 60 metres squared.", point(60, "meter ** 2")),
    row("There is no difference between 4km^3 and 4 km cubed.",
        point(4, "kilometer ** 3"), point(4, "kilometer ** 3")),
    row("The broadcaster aired a 30-second advert.", point(30, "second")),
    row("At 8,849 metres, Everest is the world's highest mountain.", point(8849, "meter")),
    row("The storm dumped up to 2 feet of snow.", upper(2, "foot", strict=False)),
    row("Wildfires have scorched 1.2 million acres.", point(1_200_000, "acre")),
    row("He was sentenced to 12 years in jail.", point(12, "year")),
    row("The child was 2 years old.", point(2, "year")),
    row("The two leaders met for 90 minutes.", point(90, "minute")),
    row("The firm expects to hire 5,000 workers over the next two years.",
        point(5000, "worker"), point(2, "year")),
    row("The earthquake, with a magnitude of 7.8, killed more than 50,000 people.",
        point("7.8"), lower(50_000, "person", strict=True)),
    row("The player is 7 feet 10 inches tall.", point(94, "inch")),
    row("He is 6ft 2in tall.", point(74, "inch")),
    row("The race lasted 2 hours 15 minutes.", point(135, "minute")),
    row("The ceasefire lasted 48 hours.", point(48, "hour")),
    row("The 40-tonne truck overturned.", point(40, "metric_ton")),
    row("Venezuela holds the world's largest oil reserves at 303 billion barrels.",
        point(303_000_000_000, "barrel")),
    row("The engine makes 640bhp.", point(640, "horsepower")),
    row("The pitch is 110 yds long.", point(110, "yard")),
    row("Each can holds 330mls of the drink.", point(330, "milliliter")),
    row("The grid frequency dipped to 49.5 HZ.", point("49.5", "hertz")),
    row("The guitar has a 25.5″ scale.", point("25.5", "inch")),
    row("The patient, a 67 yo woman, was discharged on Monday.", point(67, "year")),
    row("All trims get a 7- or 8-inch touchscreen.", point(7, "inch"), point(8, "inch")),
    row("The trail is about 3km-5km long.", rng(3, 5, "kilometer")),
    row("Temperatures fell to 10 degrees below zero.", point(-10, "degree")),
    row("It was 5 degrees Celsius below zero in Kyiv.", point(-5, "degree_Celsius")),
    row("Readings stayed below zero all week.", upper(0, strict=True)),
    row("The walk takes half an hour.", point("0.5", "hour")),
    row("Each player gets a half-litre bottle.", point("0.5", "liter")),
    row("The shelter is about half a mile away.", approx("0.5", "mile")),
    row("The firm posted half-year results on Monday."),
    row("Winds reached 50 mph, 80 km/h, on the coast.",
        point(50, "mile / hour"), point(80, "kilometer / hour")),
    row("Spec sheets list the load as 20 (kg).", point(20, "kilogram")),
    row("The mast is 12 [m] tall.", point(12, "meter")),
    row("Temperatures hit 40.5C in Seville and 38.2 in Madrid.",
        point("40.5", "degree_Celsius"), point("38.2", "degree_Celsius")),
    # inches: "in" before a size word or at the end, a glued '"' that closes no quotation
    row("The steel door is 2 1/2 in thick.", point("2.5", "inch")),
    row("The blade measures 5 in.", point(5, "inch")),
    row('The kit comes with a 9" pan.', point(9, "inch")),
    row('He said "I paid 5" and walked off.', point(5)),
    row("Prices rose 5 in 2020, officials said.", point(5)),
    # megalitres and gigalitres, as water utilities report storage
    row("The dams hold 898,221 Ml of water.", point(898_221, "megaliter")),
    row("The reservoir holds 5 gigalitres.", point(5, "gigaliter")),
    # trade abbreviations that carry their scale: oil in barrels a day, gas in cubic metres
    row("Output rose to 9.5 mb/d in March.", point("9.5e6", "barrel / day", change=("up", "to"))),
    row("Saudi exports fell 300 kb/d.", point(300_000, "barrel / day", change=("down", "delta"))),
    row("Europe imported 150 bcm of gas.", point(150_000_000_000, "meter ** 3")),
    row("Reserves are put at 12 tcf.", point(12_000_000_000_000, "foot ** 3")),
    # climate, solar, medicine and science units
    row("Emissions were 420 MtCO2e last year.", point(420, "megametric_ton")),
    row("The world emitted 36.8 GtCO2 in 2023.", point("36.8", "gigametric_ton")),
    row("The farm adds a 5 MWp array.", point(5, "megawatt")),
    row("Patients received 2 Gy per session.", point(2, "gray / session")),
    row("Systolic pressure fell by 5 mmHg.", point(5, "millimeter_Hg", change=("down", "delta"))),
    row("The density is 5.5x10-3 kg/cm³.", point("0.0055", "kilogram / centimeter ** 3")),
    row("The phone films at 60 fps.", point(60, "frame / second")),  # as "60 frames per second"
    # "J" apart from the number is joules, like W and V; a power glued to a unit is no number
    row("Workers are exposed to 20 J/m^2 per year.",
        point(20, "joule / meter ** 2 / year", text="20 J/m^2 per year")),
    row("Solve x^2 for the root."),
    # a bare number and a period: so many an hour, the thing counted unstated
    row("The API allows 5,000 per hour.", point(5000, "1 / hour", text="5,000 per hour")),
    row("He earns 5,000 a day.", point(5000, text="5,000")),
    # a period after a rate of physical units: doses per kilogram a day
    row("The dose was 5 mg/kg/day.", point(5, "milligram / kilogram / day")),
    row("Give 10 mg per kg per day.", point(10, "milligram / kilogram / day")),
    row("The plan costs $9.99/mo.", point("9.99", "USD / month")),
    # fuel economy "to the gallon"; bulk commodities per dry tonne
    row("The car does 45 miles to the gallon.", point(45, "mile / gallon")),
    row("It was 20 minutes to the hour.", point(20, "minute")),
    row("Iron ore fetched $118.50 a dry metric ton.", point("118.50", "USD / metric_ton")),
    # a height in feet and the inches said after it without their unit
    row("He is six foot two.", point(74, "inch", text="six foot two")),
    # feet and inches in prime marks; stones, glued, as UK papers weigh people
    # race and lap times with colons are durations: a fraction of a second, or hours written
    # with one digit; "10:30", "14:03:27" and "at 2:15:30" stay clock times
    row("Kipchoge's 2:01:09 marathon stood as the record for five years.",
        point(7269, "second", text="2:01:09"), point(5, "year")),
    row("Bannister ran a 3:59.4 mile in 1954.", point("239.4", "second")),
    row("His pole lap of 1:18.342 was 0.215s quicker.",
        point("78.342", "second"), point("0.215", "second")),
    row("The job started at 14:03:27 and ended 14:05:02."),
    row("He arrived at 2:15:30."),
    row("The ratio was 3:1."),
    # the far end of a span of labels is a label too
    row("Read pages 10-20 first."),
    row("England won the series 2-1."),
    # sport's periods make rates, and a rate written once after a list of counts holds for
    # each
    row("Sky will show 215 matches a season.", point(215, "match / season")),
    row("Jokic averaged 26.4 points, 12.4 rebounds and 9.0 assists per game.",
        point("26.4", "point / game"), point("12.4", "rebound / game"),
        point("9.0", "assist / game")),
    row("He has been fouled 3.1 times per game.", point("3.1", "count / game")),
    # "over" after an amount names what it was taken over; "a 6-under 66" is a score to par
    row("Cole posted an ERA of 2.63 over 209 innings.", point("2.63"), point(209, "inning")),
    row("The Tour covers 3,492km over 21 stages.",
        point(3492, "kilometer"), point(21, "stage")),
    row("McIlroy shot a 6-under 66.", point(6), point(66)),
    row("India lead with eight second-innings wickets remaining.", point(8, "wicket")),
    row("The missing man is 6' 1\" with short brown hair.", point(73, "inch")),
    row("Bedroom two is 12'6\" x 10'3\" with fitted wardrobes.",
        point(150, "inch"), point(123, "inch")),
    row("The heavyweight weighed in at 17st 4lb.", point(242, "pound")),
    row("He weighs 20st.", point(20, "stone")),
    row("It happened on the 21st."),
    row("The 6-foot-2 guard scored 30.", point(74, "inch", text="6-foot-2"), point(30)),
    row("She is 5 ft 4.", point(64, "inch", text="5 ft 4")),
    row("The wall is 6 feet 2 metres from the road.", point(6, "foot"), point(2, "meter")),
    # load, storage and airflow abbreviations of documentation and datasheets
    row("The cache sustains 40,000 qps at peak.", point(40_000, "query / second")),
    row("Each volume delivers 16,000 IOPS.", point(16_000, "operation / second")),
    row("The fan moves 120 CFM of air.", point(120, "foot ** 3 / minute")),
    row("Violet light oscillates at 4e14 s-1.", point(400_000_000_000_000, "1 / second")),
    # a lone "s" apart from the number is seconds; glued, "30s" is an age or a decade
    row("The request times out after 30 s and retries.", point(30, "second", text="30 s")),
    row("She moved to Leeds in her 30s.", rng(30, 39, "year", text="30s")),
    # an en dash standing for a minus sign before a number, not between two numbers
    row("Temperatures fell to \N{EN DASH}5°C overnight.",
        point(-5, "degree_Celsius", change=("down", "to"))),
    row("Readings of 10 \N{EN DASH}15 were logged.", rng(10, 15)),
    row("Pages 10 \N{EN DASH}15 cover the method."),  # and a span of labels
]

# --- counted things ---------------------------------------------------------------------------

COUNTS = [
    # digits of other scripts and widths
    row("About \uff11\uff12\uff13 people came.", approx(123, "person")),
    row("Growth added \u0663\u066b\u0665 million jobs.", point(3_500_000, "job")),
    # the figure that "the economists had forecast" counts no economists
    row("Payrolls rose 155,000, fewer than the 180,000 economists had forecast.",
        point(155_000, change=("up", "delta")), point(180_000)),
    row("Some 50 economists polled by Reuters expected a cut.", approx(50, "economist")),
    row("He said: Three Britons died in the crash.", point(3, "briton")),
    # "head" counts livestock
    row("The farm runs about 400 head of cattle.", approx(400, "head")),
    row("The club has 5 head coaches.", point(5, "coach")),
    # a label word used as a verb counts its object
    row("The opposition will table 40 amendments.", point(40, "amendment")),
    row("They plan to block 12,000 websites.", point(12_000, "website")),
    row("The government is committed to building 300,000 homes a year.",
        point(300_000, "home / year")),
    row("The team moved to level 3 restrictions."),
    # a compound adjective, even one that opens with a modifier, before the counted noun
    row("The council has 46 full-time equivalent posts.", point(46, "post")),
    # a verb that looks like a plural: "sees" in a headline
    row("A record crowd of 93,442 sees the final.", point(93_442, text="93,442")),
    # a maker's name and a model in the plural count the planes
    row("The airline ordered 65 Airbus A350-900s.", point(65)),
    row("The airline flies the Boeing 787 to Lagos."),
    # quarters of a year counted in words; an adjective in -ous is no plural noun
    row("It fell in six of the previous seven quarters.",
        point(6, "quarter"), point(7, "quarter")),
    row("Two of the numerous bidders left.", point(2, "bidder")),
    # the scale after a vulgar fraction; a plural noun after dotted thousands
    row("Some 2\N{VULGAR FRACTION ONE HALF} million people left.",
        approx(2_500_000, "person")),
    row("About \N{VULGAR FRACTION ONE HALF} million people left.", approx(500_000, "person")),
    row("More than 1.200 people took part.", lower(1200, "person")),
    row("The region has 1,8 Mio. inhabitants.", point(1_800_000, "inhabitant")),
    # a table row: a comma-grouped number and the next cell stay apart
    row("Total 2,345,678 100.0", point(2_345_678), point("100.0")),
    # an abbreviation between the number and its noun
    row("Data covers all 3,143 US counties.", point(3143, "county")),
    row("Some 40 EU states signed.", approx(40, "state")),
    # a verb that looks like a plural is no counted noun
    row("Officials promised 90,000 homes, though 50,000 seems likelier.",
        point(90_000, "home"), point(50_000)),
    row("A 21 million supply cap means scarcity.", point(21_000_000)),
    row("The toll of 70,000 deaths appears in the report.", point(70_000, "death")),
    # compounds of "children", and nouns whose singular ends in "s"
    row("She leaves nine grandchildren and two great-grandchildren.",
        point(9, "grandchild"), point(2, "grandchild")),
    row("Some 300 schoolchildren were evacuated.", approx(300, "schoolchild")),
    row("Fibre now reaches 18 million premises.", point(18_000_000, "premises")),
    # a four-digit mark is no year
    row("She scored 1520 on the SAT.", point(1520)),
    # thin and figure spaces group thousands
    row("The population is 8 100 000 people.",
        point(8_100_000, "person")),
    # a verb opening a sentence is no name before a number; "Boeing 737 jets" stays one
    row("Killed 40 people in the attack.", point(40, "person")),
    row("Mix 3 eggs with the sugar.", point(3, "egg")),
    row("Add 2-3 tbsp of water.", rng(2, 3, "tablespoon")),
    row("Windows 11 users complained about the update."),
    row("Exactly 300 people voted.", point(300, "person")),
    row("The city had perhaps 20,000 inhabitants.", approx(20_000, "inhabitant")),
    # "year-on-year" compares with the year before: no unit
    row("Paid memberships rose 7.3 million year-on-year.",
        point(7_300_000, change=("up", "delta"))),
    # one digit and a capital M count millions before a plural noun; "3M" alone is a company
    row("Tesla recalls 2M vehicles over an autopilot flaw.", point(2_000_000, "vehicle")),
    row("About 5M people live in the region.", approx(5_000_000, "person")),
    row("The 3M company cut its forecast."),
    # no one counts thousandths of a spectator: the dot groups thousands
    row("The stadium holds 81.365 spectators.", point(81_365, "spectator")),
    row("Population: 83.200.000 inhabitants.", point(83_200_000, "inhabitant")),
    row("The index fell 2.125 points.", point("2.125", "point", change=("down", "delta"))),
    # two counts set against each other with "to" share the unit one of them writes
    row("The referendum passed by a margin of 52 to 48 percent.", point(52, "percent"),
        point(48, "percent")),
    row("The motion passed by 320 votes to 290.", point(320, "vote"), point(290, "vote")),
    row("He sold 300 cars to 20 dealers.", point(300, "car"), point(20, "dealer")),
    row("The army will call 3,000 reservists.", point(3000, "reservist")),
    row("The plant turns out 4K units a day.", point(4000, "unit / day")),
    row("It shoots video at 60 frames a second in 8K.", point(60, "frame / second")),
    row("Nobody knows how many drones were built, perhaps from 600 to 3,000.",
        rng(600, 3000, "drone")),
    row("Officials counted 2,911 measles cases this spring.", point(2911, "case")),
    row("Russia launched more than 11,000 Shahed-type drones.",
        {"kind": "lower", "low": Decimal(11000), "high": None, "unit": "drone"}),
    row("Police arrested 42 protesters outside the embassy.", point(42, "protester")),
    row("The carmaker will cut 1,200 jobs in Germany.", point(1200, "job")),
    row("The wildfire destroyed 350 homes.", point(350, "home")),
    row("The ferry was carrying 612 passengers.", point(612, "passenger")),
    row("The swap freed 300 Israeli and Palestinian prisoners.", point(300, "prisoner")),
    row("Thieves took about 460 Ford and Toyota pickups last year.",
        approx(460, "pickup")),
    row("The agency tested 75 Apple & Samsung phones.", point(75, "phone")),
    row("The strike affected 23 hospitals.", point(23, "hospital")),
    row("Authorities evacuated 15,000 residents.", point(15_000, "resident")),
    row("16 children were injured in the crash.", point(16, "child")),
    row("The army deployed 2,500 troops to the region.", point(2500, "troop")),
    row("The bank has 9 million customers.", point(9_000_000, "customer")),
    row("The study followed 12,000 women for a decade.", point(12_000, "woman")),
    row("The airline operates 180 aircraft.", point(180, "aircraft")),
    row("Rescuers pulled 27 people from the rubble.", point(27, "person")),
    row("The airport handles 80 million passengers a year.",
        point(80_000_000, "passenger / year")),
    row("At peak times 18 trains an hour use the tunnel.", point(18, "train / hour")),
    row("Police said 1,200 people had been arrested.", point(1200, "person")),
    row("The school has 1,100 pupils.", point(1100, "pupil")),
    row("Some 6,000 Ukrainian children were moved to camps.",
        approx(6000, "child", text="Some 6,000 Ukrainian children")),
    row("The council plans 4,000 new homes.", point(4000, "home")),
    row("The airline carried 4.1m passengers in June.", point(4_100_000, "passenger")),
    # a whole power written with a caret
    row("A signed 32-bit integer holds up to 2^31 values.", point(32, "bit"),
        upper(2_147_483_648, "value", text="up to 2^31 values")),
    # an acronym's plural with a lower-case prefix
    row("The instance has 8 vCPUs and 32 GiB of memory.", point(8, "vcpu"),
        point(32, "gibibyte")),
    # a single letter is never a counted noun ("s" apart from the number is seconds)
    row("Each request times out after 30 s.", point(30, "second")),
    row("The carmaker delivered 41,000 Model S last year.", point(41_000, text="41,000")),
    # nor is a number with a scale word part of a name: "787 Dreamliner", not "1.2 million"
    row("The carmaker delivered 1.2 million Model Y last year.",
        point(1_200_000, text="1.2 million")),
    # a glued m before modifiers and a plural noun is million; before a size word, metres
    row("About 2m Britons claim the benefit.", approx(2_000_000, "briton")),
    row("The label sold 1.4m new and used records.",
        point(1_400_000, "", text="1.4m")),
    row("Builders finished 1m new homes.", point(1_000_000, "home")),
    row("A 3m tall statue stands in the square.", point(3, "meter")),
    row("She won the 400m individual medley.", point(400, "meter")),
    row("Health officials reported six new cases.", point(6, "case")),
    row("The region recorded 1,234 deaths last winter.", point(1234, "death")),
    row("The petition has 10,000+ signatures.",
        lower(10_000, "signature", strict=False)),
    row("Tesla delivered 484,507 vehicles in the fourth quarter.", point(484_507, "vehicle")),
    row("The ship was carrying 2,300 containers.", point(2300, "container")),
    row("The plane, with 132 people on board, crashed shortly after take-off.",
        point(132, "person")),
    row("A record 2.9 million passengers were screened on Sunday.",
        point(2_900_000, "passenger")),
    row("The country has 12 million registered voters.", point(12_000_000, "voter")),
    row("The bill runs to 1,000 pages.", point(1000, "page")),
    row("The outbreak has infected 1,200 people in 14 countries.",
        point(1200, "person"), point(14, "country")),
    row("Israel said 1,200 people were killed in the Oct. 7 attack.", point(1200, "person")),
    row("Britain will send 14 Challenger 2 tanks.", point(14, "tank")),
    row("Kyiv received 31 Abrams tanks.", point(31, "tank")),
    row("The bridge, which carries about 35,000 vehicles a day, collapsed.",
        approx(35_000, "vehicle / day")),
    row("Hong Kong's 7.5 million residents face new rules.", point(7_500_000, "resident")),
    row("Zero deaths were reported last week.", point(0, "death")),
    row("One man was arrested at the scene.", point(1, "man")),
    row("The drought has affected 18 million people in the Sahel, the UN said.",
        point(18_000_000, "person")),
    row("Police seized two 4x4 vehicles.", point(2, "vehicle")),
    row("The ruling affects 2.3m households.", point(2_300_000, "household")),
    # a noun glued by a hyphen is what the number counts; idioms are not
    row("A 12-member jury will hear the case.", point(12, "member")),
    row("The sedan has a 2.4-litre four-cylinder engine.",
        point("2.4", "liter"), point(4, "cylinder")),
    row("Voters rejected the one-time levy."),
    row("A 5,000-strong crowd marched on parliament.", point(5000)),
    # a suspended hyphen shares the noun or unit of the last item
    row("Buyers can pick four-, five- or six-cylinder engines.",
        point(4, "cylinder"), point(5, "cylinder"), point(6, "cylinder")),
    # a verb ending in -s is not the head noun
    row("Nineteen fouls proves it was a bad-tempered game.", point(19, "foul")),
    # a word ending in -s before a currency sign is a verb, not what the number counts
    row("Each of the 14 players earns £40,000 a week.",
        point(14, "player", text="14 players"), point(40_000, "GBP / week")),
    row("A class of 30 pays $12 a head for the trip.",
        point(30), point(12, "USD / head")),
    row("One proposal asks the board to halt the sale.", point(1, "proposal")),
    # one picked out of a group, or a source, counts nothing (and see NOT_CLAIMS)
    row("One resident told the BBC that 300 homes flooded.", point(300, "home")),
    row("HabEx is one of four mission concepts.", point(4, "concept")),
    row("Only one person was killed.", point(1, "person")),
    row("One kilo said to cost more than gold.", point(1, "kilogram")),
    # a left-out noun comes from the parallel amount before, or after "of"
    row("The developer sold 435 homes by ballot and 187 by tender.",
        point(435, "home"), point(187, "home")),
    row("Power cuts could hit 6 million homes, including 1.5 million in Los Angeles.",
        point(6_000_000, "home"), point(1_500_000, "home")),
    row("Thieves took 460 cars this year, compared with 63 a year ago.",
        point(460, "car"), point(63, "car")),
    row("Shipments rose to 3.9 million headsets, up from 2.4 million.",
        point(3_900_000, "headset"), point(2_400_000, "headset")),
    row("Police arrested 12 protesters and 3 were charged.",
        point(12, "protester"), point(3, "protester")),
    row("Two people died and 15 were hurt in the crash.", point(2, "person"), point(15, "person")),
    row("Russia fired 35 drones, of which 30 were shot down.",
        point(35, "drone"), point(30, "drone")),
    row("He has raised 280 million of the 1.5 billion shekels he needs.",
        point(280_000_000, "ILS"), point(1_500_000_000, "ILS")),
    row("Two of the 30 drones reached the city.", point(2, "drone"), point(30, "drone")),
    row("Engineers built 5 of the three-ton satellites.", point(5), point(3, "ton")),
    row("The ticket costs $4.25 and 32 is the limit per buyer.",
        point("4.25", "USD"), point(32)),
    row("Some were out of work for two years and 95,800 for longer.",
        point(2, "year"), point(95_800)),
    row("Amazon has 35m of its Echo devices in US homes.", point(35_000_000, "device")),
    row("Two of the men were later released.", point(2, "man")),
    row("Hiring will go from 1000 to 2000 engineers this year.", rng(1000, 2000, "engineer")),
    row("Between 1000 and 1500 people attended the rally.", rng(1000, 1500, "person")),
    row("Between 2010 and 2015 sales rose 5%.", point(5, "percent")),
    row("The 12 page document was leaked to reporters.", point(12, "page")),
    row("She rented a 3 bedroom flat in Leeds.", point(3, "bedroom")),
    row("Norway will buy 14 F-16 jets.", point(14, "jet")),
    # a model written in the plural is what is counted; its number is no amount
    row("British Airways is retiring its last two 747s.", point(2, "747", text="two 747s")),
    row("The RAF will buy 12 F-35s.", point(12, "f-35")),
    row("Boeing delivered 396 737s and 73 787s.", point(396, "737"), point(73, "787")),
    row("Emirates flies 116 A380s.", point(116, "a380")),
    # "N of their last M games" counts games; "the top four" is a band of a ranking
    row("Villa have won seven of their last eight home games.",
        point(7, "game"), point(8, "game")),
    row("Labour won 411 of the last 650 seats.", point(411, "seat"), point(650, "seat")),
    row("United are 15 points off the top four.", point(15, "point")),
    row("The top 10 all advanced to the quarter-finals."),
    row("The top 10 firms employ 40,000 people.", point(10, "firm"), point(40_000, "person")),
    # a possessive name before a number is whose count it is, not a model
    row("The Tour's 21 stages cover 3,404km.", point(21, "stage"), point(3404, "kilometer")),
    row("Apple's 3 new iPhones sold well.", point(3, "iphone")),
    # a hyphenated noun counts though it ends in -ed ("bed"); "the" before a spelled number
    # glued to its noun does not make it a group named before
    row("A 3-bed terrace sells for £650,000.", point(3, "bed"), point(650_000, "GBP")),
    row("The three-bedroom house is for sale.", point(3, "bedroom")),
    row("The zero-emission buses arrive in May."),
    row("The SUV has a six-speed automatic gearbox."),
    row("The airline grounded two new 737 Max jets.", point(2, "jet")),
    # a measure between a count and its noun is a claim of its own: "12 million 500ml bottles"
    row("The plant will fill eight million 250ml bottles of sanitiser.",
        point(8_000_000, "bottle", text="eight million"), point(250, "milliliter", text="250ml")),
    row("Volunteers handed out 5,000 1.5-litre bottles of water.",
        point(5000, "bottle", text="5,000"), point("1.5", "liter", text="1.5-litre")),
    row("They delivered 3,000 20-litre drums of fuel.",
        point(3000, "drum"), point(20, "liter")),
    row("He bought 40 250g packs of butter.", point(40, "pack"), point(250, "gram")),
    row("They built 12 100-metre towers.", point(12, "tower"), point(100, "meter")),
    row("She bought two 6.5-inch phones.", point(2, "phone"), point("6.5", "inch")),
    row("The army fired three 155mm shells.", point(3, "shell"), point(155, "millimeter")),
    row("The fund bought two 10% stakes.", point(2, "stake"), point(10, "percent")),
    row("The ship carried 800 40ft containers.", point(800, "container"), point(40, "foot")),
    row("Tesla delivered 27000 Model S and Model X vehicles.", point(27000, "vehicle")),
    # ... as is a numbered modifier, and a glued m sizing counted things is metres
    row("Police seized 300 20-litre drums of diesel.", point(300, "drum"), point(20, "liter")),
    row("The tunnel was bored by two 1,000-tonne machines.",
        point(2, "machine"), point(1000, "metric_ton")),
    row("Engineers replaced 800 150-year-old cast-iron pipes.",
        point(800, "pipe"), point(150, "year")),
    row("Two 15-storey towers will replace the car park.", point(2, "tower"), point(15, "storey")),
    row("The charity delivered 600 1.5-tonne food parcels.",
        point(600, "parcel"), point("1.5", "metric_ton")),
    row("The viaduct has 12 45m-tall piers.", point(12, "pier"), point(45, "meter")),
    row("The government will spend £1.2bn on 5,000 new 20mph zones.",
        point(1_200_000_000, "GBP"), point(5000, "zone", text="5,000"),
        point(20, "mile / hour")),
    row("The bridge is held by two 227m towers.", point(2, "tower"), point(227, "meter")),
    row("The line runs on 250 50m pylons.", point(250, "pylon"), point(50, "meter")),
    row("The 1.2m x 2.4m panels are 18mm thick.",
        point("1.2", "meter"), point("2.4", "meter"), point(18, "millimeter")),
    row("Stir in 2 x 400g tins of tomatoes.", point(2, "tin", text="2"), point(400, "gram")),
    row("The 600 x 600mm paving slabs are laid on a 50mm sand bed.",
        point(600, "millimeter"), point(600, "millimeter"), point(50, "millimeter")),
    row("The 230 000-tonne ship is 362 m long.", point(230_000, "metric_ton"), point(362, "meter")),
    row("The airline carried 4.2m passengers.", point(4_200_000, "passenger")),
    row("He scored 3 goals in 2 matches.",
        point(3, "goal"), point(2, "match")),
    row("There were no 10 people left in the village.", point(10, "person")),
    row("Pollsters asked women ages 18-24.", rng(18, 24, "year")),
    row("About 60 commercial fishermen use the port.", approx(60, "fisherman")),
    row("Five gunmen were arrested after the raid.", point(5, "gunman")),
    row("There are 68,400 people jobless for one to two years and 95,800 for longer.",
        point(68_400, "person"), rng(1, 2, "year"), point(95_800, "person")),
    row("France has 4,000 drones and Germany 3,300.",
        point(4000, "drone"), point(3300, "drone")),
    row("500 workers stayed for 10 hours and 8 on Sunday.",
        point(500, "worker"), point(10, "hour"), point(8, "hour")),
    row("Some 2.3m people fled the fighting.", approx(2_300_000, "person")),
    row("The strike involved about 10,000 of the firm's 30,000 workers.",
        approx(10_000, "worker"), point(30_000, "worker")),
    row("As many as 14 first-team players left the club.", upper(14, "player")),
    row("The range offers two gas-only powertrain options.", point(2, "option")),
    row("Some 120 MPs backed the bill.", approx(120, "mp")),
    row("Ford recalled 5,000 SUVs.", point(5000, "suv")),
    # adjectives before the noun are skipped; "one" after a demonstrative is a pronoun
    row("One complete orbit takes 90 minutes.", point(1, "orbit"), point(90, "minute")),
    row("He ate one big meal a day.", point(1, "meal / day")),
    row("That one costs $5.", point(5, "USD")),
    row("Each one weighs 5 kg.", point(5, "kilogram")),
]

# --- ranges -----------------------------------------------------------------------------------

RANGES = [
    # the items of a list share the scale and the unit written once after the last; "or"
    # after a comma offers options, not a range
    # a scale or a rate written on the far end of a range of money holds for both ends; a
    # hedge between "between" and the first end leaves one range
    row("The striker is expected to cost £40-50m.", rng(40_000_000, 50_000_000, "GBP")),
    row("Start-ups typically raise $2m-5m in seed funding.", rng(2_000_000, 5_000_000, "USD")),
    row("The upgrade could add 10p-15p a litre.", rng("0.1", "0.15", "GBP / liter")),
    row("The deal is worth between about $3bn and $4bn.",
        rng(3_000_000_000, 4_000_000_000, "USD")),
    row("Dividends rose by 11c to 17c a share.", point("0.11", "USD", change=("up", "delta")),
        point("0.17", "USD / share", change=("up", "to"))),
    row("Revenue was 3, 4 and 5 billion euros in 2019, 2020 and 2021 respectively.",
        point(3_000_000_000, "EUR"), point(4_000_000_000, "EUR"), point(5_000_000_000, "EUR")),
    row("Sales were 1.2, 1.5 and 1.9 million units.",
        point(1_200_000, "unit"), point(1_500_000, "unit"), point(1_900_000, "unit")),
    row("The three sites employ 120, 340 and 560 people.",
        point(120, "person"), point(340, "person"), point(560, "person")),
    row("He scored 3, 4 and 5 goals in successive games.",
        point(3, "goal"), point(4, "goal"), point(5, "goal")),
    row("The coins are 10, 20 and 50 pence.",
        point("0.1", "GBP"), point("0.2", "GBP"), point("0.5", "GBP")),
    row("The coins are 20 and 50 cents.", point("0.2", "USD"), point("0.5", "USD")),
    row("The 12-, 18- and 24-month contracts cost £30, £25 and £20 a month.",
        point(12, "month"), point(18, "month"), point(24, "month"), point(30, "GBP / month"),
        point(25, "GBP / month"), point(20, "GBP / month")),
    row("The deal values the firm at roughly £4.7bn, or 520p a share.",
        approx(4_700_000_000, "GBP"), point("5.2", "GBP / share")),
    row("The laptop comes with 8, 16 or 32GB of RAM.",
        point(8, "gigabyte"), point(16, "gigabyte"), point(32, "gigabyte")),
    row("Shifts last 8, 10 or 12 hours.", point(8, "hour"), point(10, "hour"), point(12, "hour")),
    row("Tuition costs 9, 12 or 15 thousand dollars a year.",
        point(9000, "USD / year"), point(12_000, "USD / year"), point(15_000, "USD / year")),
    row("The plant has 2, 3 and 4,000 workers.", point(2, "worker"), point(3, "worker"),
        point(4000, "worker")),
    # a range from below zero up to above it runs up, though its first end is larger in size
    row("Temperatures ranged from -12°C to 3°C.", rng(-12, 3, "degree_Celsius")),
    row("Temperatures ranged from \N{EN DASH}12°C to 3°C.", rng(-12, 3, "degree_Celsius")),
    # a day after a date and "and" is still a count when a noun follows it
    row("On May 5 and 6 people were hurt.", point(6, "person")),
    # a short first end glued by a dash to round thousands shares them
    row("The plant employs 10-15,000 people.", rng(10_000, 15_000, "person")),
    row("About 20–30,000 fans are expected.", rng(20_000, 30_000, "fan")),
    row("Between 10 and 15,000 people came.", rng(10, 15_000, "person")),
    row("Lows of -5 to -10C are forecast in the glens.", rng(-10, -5, "degree_Celsius")),
    row("Lows of -2C to -8C are expected.", rng(-8, -2, "degree_Celsius")),
    row("It is a 10-to-15-minute walk from the station.",
        rng(10, 15, "minute", text="10-to-15-minute")),
    row("The 0-to-60-mph time is 3.5 seconds.", rng(0, 60, "mile / hour"), point("3.5", "second")),
    row("Highs of 20 to 25°C are expected this weekend.",
        rng(20, 25, "degree_Celsius")),
    row("Between 10,000 and 15,000 people joined the march.",
        rng(10_000, 15_000, "person", text="Between 10,000 and 15,000 people")),
    row("Economists expect growth to range from 2 to 4 percent.",
        rng(2, 4, "percent", text="from 2 to 4 percent")),
    row("The flat is expected to sell for £3m–£4m.", rng(3_000_000, 4_000_000, "GBP")),
    row("Treatment takes 10-15 minutes.", rng(10, 15, "minute")),
    row("The merger could save between $1 billion and $2 billion.",
        rng(1_000_000_000, 2_000_000_000, "USD")),
    row("Waves of 3 to 4 metres are forecast.", rng(3, 4, "meter")),
    row("A force of 400-500 soldiers is stationed there.", rng(400, 500, "soldier")),
    row("Output is 1.5 to 2 million barrels a day.",
        rng(1_500_000, 2_000_000, "barrel / day")),
    row("Rents rose between 5% and 7% last year.",
        rng(5, 7, "percent", change=("up", "delta"))),
    row("Prices run from $40 to $60 a night.", rng(40, 60, "USD / night")),
    row("Each bag holds 8 to 10 kilograms of rice.", rng(8, 10, "kilogram")),
    row("Tickets range from £10 to £15.", rng(10, 15, "GBP", text="from £10 to £15")),
    row("The works will take 3-4 days.", rng(3, 4, "day")),
    row("The harvest could reach 15,000–20,000 tonnes.", rng(15_000, 20_000, "metric_ton")),
    row("Warming of between 1.5C and 2C is likely.",
        rng("1.5", 2, "degree_Celsius", text="between 1.5C and 2C")),
    row("Prices are expected to rise 30 to 40 per cent.",
        rng(30, 40, "percent", change=("up", "delta"))),
    row("Between 2 and 3 million people are at risk of famine.",
        rng(2_000_000, 3_000_000, "person")),
    row("Recovery takes 10 to 12 weeks.", rng(10, 12, "week")),
    row("The sentence is one to two years.", rng(1, 2, "year")),
    row("Brent traded at $40-50 a barrel.", rng(40, 50, "USD / barrel")),
    row("The army massed 20,000 to 25,000 troops near the border.",
        rng(20_000, 25_000, "troop")),
    row("Lows of -3C to 5C are expected on Friday.", rng(-3, 5, "degree_Celsius")),
    row("Temperatures will range between -10C and -5C overnight.",
        rng(-10, -5, "degree_Celsius", text="between -10C and -5C")),
    row("Analysts forecast a 1.5-2% increase in prices.", rng("1.5", 2, "percent")),
    row("The fund could raise 2-3 million euros.", rng(2_000_000, 3_000_000, "EUR")),
    row("Journeys of 1,000 to 2,000 km are common.", rng(1000, 2000, "kilometer")),
    row("Shoppers were offered a 20-25% discount.", rng(20, 25, "percent")),
    # a hyphen after "%" or "°" joins two ends; it is no minus sign
    row("The Fed kept its target range at 5.25%-5.5%.", rng("5.25", "5.5", "percent")),
    row("Mortgage rates sit at 6%-7% this autumn.", rng(6, 7, "percent")),
    row("The ramp is tilted 10°-15° from level.", rng(10, 15, "degree")),
    row("Analysts see a fair value of $50k-$70k per coin.", rng(50_000, 70_000, "USD / coin")),
    row("Temperatures dropped by 1 to 1.5 degrees Celsius.",
        rng(1, "1.5", "degree_Celsius", change=("down", "delta"))),
    row("Shares rose 2% to 3,000.", point(2, "percent"), point(3000)),
    row("Flats range from 450 sq ft up to 900 sq ft.", rng(450, 900, "foot ** 2")),
    row("Tickets cost from $20 up to $90.", rng(20, 90, "USD", text="from $20 up to $90")),
    row("Grants are worth 1000-5000 each.", rng(1000, 5000)),
    row("His score is 200 or greater than 190.", lower(200), lower(190)),
    # neighbouring alternatives say the amount lies between them; product variants do not
    row("Lunch costs eight or nine euros.", rng(8, 9, "EUR", text="eight or nine euros")),
    row("One or two people were hurt.", rng(1, 2, "person")),
    row("Talks could take two or three days.", rng(2, 3, "day")),
    row("Over the past three or four years lenders have eased terms.", rng(3, 4, "year")),
    row("The project needs 5 or 6 million dollars.", rng(5_000_000, 6_000_000, "USD")),
    row("The layer is 5 km or 6 km thick.", rng(5, 6, "kilometer")),
    row("The fee is $10 or $100.", point(10, "USD"), point(100, "USD")),
    row("It is around 25k or 40k cheaper than its two rivals respectively.",
        approx(25_000), point(40_000), point(2, "rival")),
    row("His score is equal to 5000 or less than 6000.",
        upper(5000, strict=False), upper(6000, strict=True)),
    # the tilde of East Asian and technical writing, and spaced or four-digit ends
    row("Each tour takes 20~30 minutes.", rng(20, 30, "minute")),
    row("The number range is 1000 - 5000.", rng(1000, 5000)),
    row("Tanks hold from 100 to 1000 litres.", rng(100, 1000, "liter")),
    row("Between 500 and 1500 volunteers signed up.", rng(500, 1500, "volunteer")),
    # a value and its uncertainty
    row("The sample weighs 5 ± 0.2 kg.", rng("4.8", "5.2", "kilogram")),
    row("Support stands at 45% +/- 3%.", rng(42, 48, "percent")),
    row("The bar weighs 2,000.45±0.01 pounds.", rng("2000.44", "2000.46", "pound")),
]

# --- bounds -----------------------------------------------------------------------------------

BOUNDS = [
    # failure and unlikelihood negate a bound; "faster than" before a time bounds it from
    # above; bounds after the figure where its phrase ends ("max", "minimum", ", tops")
    row("Growth failed to top 1% in any quarter last year.", upper(1, "percent")),
    row("The film failed to crack $100m at the US box office.", upper(100_000_000, "USD")),
    row("Rates are unlikely to rise above 5% this cycle.", upper(5, "percent")),
    row("The champion ran faster than 9.9 seconds.", upper("9.9", "second", strict=True)),
    row("He has never run faster than 10 seconds in a final.", lower(10, "second")),
    row("Journeys are now slower than 40 minutes at peak times.", lower(40, "minute")),
    row("The car is faster than 100 mph.", lower(100, "mile / hour")),
    row("Ten-year yields dipped just south of 4%.", upper(4, "percent", strict=True)),
    row("Customers can withdraw up to and including £500 a day.", upper(500, "GBP / day")),
    row("The deficit is forecast to breach 6% of GDP.", lower(6, "percent", strict=True)),
    row("The repair will cost $500, tops.", upper(500, "USD")),
    row("Expect to wait 30 minutes max at the border.", upper(30, "minute")),
    row("Delivery takes 10 days minimum.", lower(10, "day")),
    row("Growth will be 2% at best this year.", upper(2, "percent")),
    row("The drug is approved for people aged 12 and older.", lower(12, "year")),
    row("The governor approved a N70,000 minimum wage.", point(70_000, "NGN")),
    row("BOEING DELIVERED 27 JETS, ALL 737 MAX, IN JAN", point(27, "jet")),
    row("Crack 4 eggs into a bowl.", point(4, "egg")),
    row("The lorry took a good 45 minutes.", lower(45, "minute")),
    # a negated change to a level is a floor or a ceiling, no change; a bound after a
    # change verb is the new level; "c." and "circa" before a year hedge a date
    row("The share price never fell below $10.", lower(10, "USD", change=None)),
    row("The plane did not climb above 10,000 feet.", upper(10_000, "foot", change=None)),
    row("Premiums cannot rise by more than 10% a year.",
        upper(10, "percent / year", change=("up", "delta"))),
    row("Oil prices could climb north of $100 a barrel.",
        lower(100, "USD / barrel", change=("up", "to"))),
    row("The castle dates from c. 1150."),
    row("Circa 1500 people attended.", approx(1500, "person")),
    # "over" that belongs to the verb bounds nothing
    row("The Mongols ruled over 458 million people.", point(458_000_000, "person")),
    row("Police handed over 500 files.", point(500, "file")),
    row("More than 2024 people came.", lower(2024, "person")),
    # "half" before a possessive is a fraction
    row("It sold for less than half its price.", upper("0.5", text="less than half")),
    # comparatives of size, age and speed bound like "more than" and "less than"
    row("Was the blade longer than three inches?", lower(3, "inch")),
    # ... but not ages, which the public age specs read as points ("younger than three
    # months old")
    row("Children younger than 12 ride free.", point(12)),
    row("Loads heavier than 40 tonnes are banned.", lower(40, "metric_ton")),
    # ... but after a factor they compare, and bound nothing
    row("The site is 5 times bigger than 3 football pitches.",
        point(5, change=("up", "factor")), point(3, "pitch")),
    row("Attachments must be no larger than 25 MB.", upper(25, "megabyte", strict=False)),
    row("Rates will be no lower than 2%.", lower(2, "percent", strict=False)),
    # the end of a markup tag bounds nothing
    row("<tr><td>1,234</td><td>5,678</td></tr>", point(1234), point(5678)),
    row("Only values > 50 were kept.", lower(50, strict=True)),
    # "plus" before a charge adds it: no bound
    row("The court awarded damages of £250,000 plus costs.", point(250_000, "GBP")),
    row("Tickets cost $100 plus tax.", point(100, "USD")),
    row("He has 40 plus years of experience.", lower(40, "year")),
    # "plus" before another amount adds it: no bound
    row("The striker cost £52m plus £8m in add-ons.",
        point(52_000_000, "GBP", text="£52m"), point(8_000_000, "GBP")),
    row("The package is worth €40 million plus a €5 million signing fee.",
        point(40_000_000, "EUR", text="€40 million"), point(5_000_000, "EUR")),
    # a negation a few words before a bound flips it
    row("Lorries must not be loaded to more than 44 tonnes.",
        upper(44, "metric_ton", strict=False, text="more than 44 tonnes")),
    row("The county cannot borrow more than £30m this year.",
        upper(30_000_000, "GBP", strict=False)),
    row("Junior doctors shall not work more than 48 hours a week.",
        upper(48, "hour / week", strict=False)),
    row("The deposit can't be less than $500.", lower(500, "USD", strict=False)),
    row("Unemployment never rose above 4% that decade.", upper(4, "percent", strict=False)),
    # ... but not across a new clause or a focus word
    row("She did not say that more than 60 staff had left.",
        lower(60, "staff", strict=True)),
    row("It was not just more than 200 homes that flooded.",
        lower(200, "home", strict=True)),
    row("Trucks must not exceed 80 km/h, and buses must not go over 90 km/h.",
        upper(80, "kilometer / hour"), upper(90, "kilometer / hour", strict=False)),
    row("More than 300 firefighters battled the blaze.",
        lower(300, "firefighter", strict=True)),
    row("Over 40% of the housing stock needs repair.", lower(40, "percent", strict=True)),
    row("At least 50 schools were closed.", lower(50, "school", strict=False)),
    row("50 or more schools may close next year.",
        lower(50, "school", strict=False, text="50 or more schools")),
    row("The ransom demand was in excess of $5 million.",
        lower(5_000_000, "USD", strict=True)),
    row("Up to 20 cm of rain could fall.",
        upper(20, "centimeter", strict=False, text="Up to 20 cm")),
    row("Wait times at the border were as long as 6 hours.",
        upper(6, "hour", strict=False)),
    row("Less than 2% of the budget goes on research.",
        upper(2, "percent", strict=True)),
    row("Inflation must stay at or below 2%.", upper(2, "percent", strict=False)),
    row("The law bans gatherings of more than 30 people.",
        lower(30, "person", strict=True)),
    row("The minister has been in office for less than a year.",
        upper(1, "year", strict=True)),
    row("The battery lasts at most 8 hours.", upper(8, "hour", strict=False)),
    row("No more than 25 pupils may sit in a classroom.",
        upper(25, "pupil", strict=False)),
    row("Lorries weighing over 7.5 tonnes are banned from the bridge.",
        lower("7.5", "metric_ton", strict=True)),
    row("Loans of up to $50,000 are available.", upper(50_000, "USD", strict=False)),
    row("More than 2 million people have fled.", lower(2_000_000, "person", strict=True)),
    row("At least a dozen people were hurt.", lower(12, "person", strict=False)),
    row("No fewer than 30 ships took part.", lower(30, "ship", strict=False)),
    row("Over half of respondents backed the strike.", lower("0.5", strict=True)),
    row("Less than a third of the money has been spent.", upper("1/3", strict=True)),
    row("Up to a third of the workforce could be laid off.", upper("1/3", strict=False)),
    row("Fares could rise by as much as 40%.",
        upper(40, "percent", strict=False, change=("up", "delta"))),
    row("Flights are available for as little as £5.", lower(5, "GBP", strict=False)),
    # "as few as", "as low as" give the bottom of what was seen, "as high as" the top
    row("As few as 9 councillors turned up to vote.", lower(9, "councillor", strict=False)),
    row("Mortgage rates could go as low as 3.5% next year.",
        lower("3.5", "percent", strict=False, text="as low as 3.5%")),
    row("Overnight lows as cold as -18C are forecast.",
        lower(-18, "degree_Celsius", strict=False)),
    row("Shares fell as low as $4.10 before recovering.",
        lower("4.10", "USD", change=("down", "to"))),
    row("The mercury rose as high as 47C in Sindh.",
        upper(47, "degree_Celsius", change=("up", "to"))),
    row("Well over 100 people attended the vigil.", lower(100, "person", strict=True)),
    row("The town has just under 2 million residents.",
        upper(2_000_000, "resident", strict=True)),
    row("The storm killed at least 27 people and left more than 200,000 homes without power.",
        lower(27, "person", strict=False), lower(200_000, "home", strict=True)),
    row("He faces up to 20 years in prison.", upper(20, "year", strict=False)),
    row("Over 90% of the district's schools were damaged.", lower(90, "percent", strict=True)),
    row("More than 1 in 5 children live in poverty.", lower("0.2", strict=True)),
    row("Russia has lost more than 2,000 tanks, according to Oryx.",
        lower(2000, "tank", strict=True)),
    row("The hall holds 1,500 people at most.", upper(1500, "person", strict=False)),
    # a glued "sub-" is a strict upper bound
    row("The plant will make sub-7 nanometre chips.", upper(7, "nanometer", strict=True)),
    row("Demand for sub-300 sq m offices has surged.", upper(300, "meter ** 2")),
    row("The brand launched a sub-$500 phone.", upper(500, "USD")),
    # ages: "aged", "age", "the age of" give years; "over" bounds an age ("years old")
    row("Children under the age of 5 are most at risk.", upper(5, "year", strict=True)),
    row("Applicants must be over the age of 21.", lower(21, "year")),
    row("The suspect is over 30 years old.", lower(30, "year")),
    row("The survey covered 2,000 voters aged 18 to 34.",
        point(2000, "voter"), rng(18, 34, "year")),
    row("She retired at the age of 62.", point(62, "year")),
    row("Two men aged 19 and 23 have been charged.",
        point(2, "man"), point(19, "year"), point(23, "year")),
    row("Up to 30 may attend the hearing.", upper(30)),
    row("Five hundred and more were turned away.", lower(500)),
    row("The yen slid to a 34-year low against the dollar."),
    row("Sterling hit a two-month high of $1.31.", point("1.31", "USD")),
    # "over" with a time says when, unless "for" makes the time a duration
    row("Prices rose over ten years.", point(10, "year")),
    row("They have been unemployed for over two years.", lower(2, "year", strict=True)),
    row("The vote count took over 40 minutes.", lower(40, "minute", strict=True)),
    row("Rents hit their highest level in over a decade.",
        lower(1, "decade", strict=True, text="over a decade")),
    row("Patients waited a little over six hours.", lower(6, "hour", strict=True)),
    # more hedges and bounds in words
    row("Sales were in the region of £40m.", approx(40_000_000, "GBP")),
    row("Turnout was a shade under 60%.", upper(60, "percent", strict=True)),
]

# --- hedges -----------------------------------------------------------------------------------

HEDGES = [
    # idioms that say a figure is approximate, or a little under it
    row("She spent the better part of 15 years in Asia.", approx(15, "year", below=True)),
    row("The brand has been trading for nigh on 80 years.", approx(80, "year", below=True)),
    row("Barely a quarter of voters trust the party.", approx("0.25", below=True)),
    row("Bankers put a ballpark figure of $10 billion on the listing.",
        approx(10_000_000_000, "USD")),
    # an average is a statistic stated as exactly as any other, not a hedge
    row("Homes now take an average of 34 days to sell.", point(34, "day")),
    row("On average 5 people share a flat.", point(5, "person")),
    # statistics labels before their estimates are no model names
    row("The drug cut the risk of death (HR 0.80, 95% CI 0.72-0.90).", point("0.80"),
        point(95, "percent"), rng("0.72", "0.90")),
    row("The death toll is approaching 1,000.", approx(1000, below=True)),
    row("House prices are nearing £300,000.", approx(300_000, "GBP", below=True)),
    row("Getting on for 2,000 people signed up.", approx(2000, "person", below=True)),
    row("Turnout was shy of 60%.", approx(60, "percent", below=True)),
    row("About 70 people were rescued from the ship.",
        approx(70, "person", text="About 70 people")),
    row("The strike cost the airline around £30m.", approx(30_000_000, "GBP")),
    row("Roughly 1 in 10 homes lacks broadband.", approx("0.1")),
    row("The project employs approximately 2,000 engineers.", approx(2000, "engineer")),
    row("Nearly 40% of young people rent.", approx(40, "percent", below=True)),
    row("The queue stretched almost 2 kilometres.", approx(2, "kilometer", below=True)),
    row("An estimated 10,000 fans travelled to the final.", approx(10_000, "fan")),
    row("Close to 1 million people lost power.",
        approx(1_000_000, "person", text="Close to 1 million people")),
    row("Some 300 vessels are stranded in the canal.", approx(300, "vessel")),
    row("2,000 or so protesters gathered near the palace.",
        approx(2000, "protester", text="2,000 or so protesters")),
    row("He lived there for 20-ish years.", approx(20, "year", text="20-ish years")),
    row("The stadium holds 40,000 people, give or take.",
        approx(40_000, "person", text="40,000 people, give or take")),
    row("It costs $5 or thereabouts.", approx(5, "USD", text="$5 or thereabouts")),
    row("We saw 500 people, or so.", approx(500, "person", text="500 people, or so")),
    row("Not quite 3 million people watched.", approx(3_000_000, "person", below=True)),
    # "forty-odd": forty and some more
    row("Forty-odd countries signed the pledge.", lower(40, "country")),
    row("The 60-odd staff were told on Friday.", lower(60, "staff", text="60-odd staff")),
    row("A crowd of circa 5,000 gathered at the gates.", approx(5000)),
    row("Around a third of firms plan to raise prices.", approx("1/3")),
    row("Some 40 percent of the forest has burned.", approx(40, "percent")),
    row("About half of the population is vaccinated.", approx("0.5")),
    row("Roughly a quarter of trains ran late.", approx("0.25")),
    row("The road is approx. 200 km long.", approx(200, "kilometer")),
    row("Almost a million people lost their homes.", approx(1_000_000, "person", below=True)),
    row("Nearly two-thirds of voters oppose the plan.", approx("2/3", below=True)),
    row("The agency is close to $1bn in debt.", approx(1_000_000_000, "USD")),
    row("Families spend about £3,000 a year on energy.", approx(3000, "GBP / year")),
    row("The company said it would cut about 10% of its workforce, or roughly 1,500 jobs.",
        approx(10, "percent"), approx(1500, "job")),
    row("Roughly 4 in 10 Americans say they have no savings.", approx("0.4")),
    row("India's population is about 1.43 billion.", approx(1_430_000_000)),
    row("Around 70 per cent of the country's electricity comes from hydropower.",
        approx(70, "percent")),
    row("The Patriot systems cost about $1.1bn each.", approx(1_100_000_000, "USD")),
    row("Airlines cancelled 2,700 flights on Monday, about 10% of the day's schedule.",
        point(2700, "flight"), approx(10, "percent")),
]

# --- vague amounts ----------------------------------------------------------------------------

VAGUE = [
    row("Hundreds of thousands of refugees crossed into Poland.",
        rng(100_000, 1_000_000, "refugee", vague=True)),
    row("The scheme has cost taxpayers millions of dollars.",
        rng(1_000_000, 10_000_000, "USD", vague=True)),
    row("Billions of euros were wiped off bank shares.",
        rng(1_000_000_000, 10_000_000_000, "EUR", vague=True)),
    row("The protest drew a few hundred people.",
        rng(200, 900, "person", vague=True, text="a few hundred people")),
    row("Dozens of people were injured in the stampede.",
        rng(12, 120, "person", vague=True)),
    row("Thousands of homes were left without power.",
        rng(1000, 10_000, "home", vague=True)),
    row("Several thousand soldiers took part in the drill.",
        rng(3000, 9000, "soldier", vague=True)),
    row("Tens of thousands of fans lined the streets.",
        rng(10_000, 100_000, "fan", vague=True)),
    row("Millions of people watched the coronation.",
        rng(1_000_000, 10_000_000, "person", vague=True)),
    row("Scores of people were injured in the clashes.",
        rng(20, 200, "person", vague=True)),
    row("The firm lost hundreds of millions of dollars.",
        rng(100_000_000, 1_000_000_000, "USD", vague=True)),
    row("The council wasted tens of millions of pounds.",
        rng(10_000_000, 100_000_000, "GBP", vague=True)),
    row("Thousands attended the funeral.", rng(1000, 10_000, vague=True)),
    row("A few hundred thousand refugees returned.",
        rng(200_000, 900_000, "refugee", vague=True)),
    row("Farmers lost millions of pounds of beef in the floods.",
        rng(1_000_000, 10_000_000, "pound", vague=True)),
    # bands of ten: someone's age after an owner word, a low or high band after "the"
    row("A man in his 40s was arrested.", rng(40, 49, "year", vague=True, text="40s")),
    row("She is in her late twenties.", rng(27, 29, "year", vague=True, text="late twenties")),
    row("Two women in their mid-30s were hurt.",
        point(2, "woman"), rng(34, 36, "year", vague=True, text="mid-30s")),
    row("Highs will be in the low 90s.", rng(90, 93, vague=True, text="low 90s")),
    row("His approval rating sits in the upper 40s.", rng(47, 49, "percent", vague=True)),
    row("In the late 80s the band split."),
    row("She is in her early teens.", rng(13, 15, "year", vague=True)),
    row("Temperatures stayed in the teens.", rng(13, 19, vague=True)),
    row("Growth will be in the mid-teens.", rng(14, 16, "percent", vague=True)),
    # bands counted in digits, in percent when the sentence speaks of one
    row("The company reaffirmed mid-single-digit organic growth.",
        rng(4, 6, "percent", vague=True, text="mid-single-digit")),
    row("Analysts see margins in the high single digits.", rng(7, 9, "percent", vague=True)),
    row("The team posted double-digit gains.", rng(10, 99, "percent", vague=True)),
    row("Can we expect double-digit victories from the top seeds?"),
    row("There were a couple hundred people at the protest.",
        rng(200, 300, "person", vague=True)),
    row("The mid-90s saw a housing boom."),
]

# --- changes ----------------------------------------------------------------------------------

CHANGES = [
    row("The new filter cleans 4 times better.", point(4, change=("", "factor"))),
    # a number listed after a labelled one is a label, not a claim; a plain list is not
    row("Scope 1 and 2 emissions fell 12%.", point(12, "percent", change=("down", "delta"))),
    row("Prices rose between 5 and 6 percent.", rng(5, 6, "percent", change=("up", "delta"))),
    # an upgrade verb makes a version only of a plain number right after "to" or "from"
    row("We bumped the limit to 500 requests.", point(500, "request")),
    row("After the upgrade, costs rose to 40.", point(40, change=("up", "to"))),
    # more change verbs: "compressed", "narrow from ... to"
    row("Net interest margin compressed six basis points to 2.91 percent.",
        point(6, "basis_point", change=("down", "delta")),
        point("2.91", "percent", change=("down", "to"))),
    row("The deficit should narrow from 4.6% in 2024 to 3.9% in 2025.",
        point("4.6", "percent", change=("down", "from")),
        point("3.9", "percent", change=("down", "to"))),
    row("He has a narrow 5-point lead.", point(5, "point")),
    # "a" as the size of a change: right after the verb, or after "by", past "full"
    row("Unemployment rose a percentage point to 5%.",
        point(1, "percentage_point", change=("up", "delta"), text="a percentage point"),
        point(5, "percent", change=("up", "to"))),
    row("The Fed cut rates by a full percentage point.",
        point(1, "percentage_point", change=("down", "delta"), text="a full percentage point")),
    row("Prices rose a year later."),
    # "go up to" is a rise to a new level, not "up to"
    row("The cap will go up to £1,849 a year.", point(1849, "GBP / year", change=("up", "to"))),
    # "to X from Y" with no verb in reach; a level before "up from" an estimate
    row("Inflation fell more sharply than expected last month, to 2.3 per cent from 3.2 per "
        "cent.", point("2.3", "percent", change=("down", "to")),
        point("3.2", "percent", change=("down", "from"))),
    row("The gain now stands at 307,000, up from an initial estimate of 256,000.",
        point(307_000, change=("up", "to")), point(256_000, change=("up", "from"))),
    # qualifiers between "by a" and the size of a change; "settled up"
    row("The bank cut its policy rate by a further 50 basis points.",
        point(50, "basis_point", change=("down", "delta"))),
    row("Brent settled up $3.12 on Friday.", point("3.12", "USD", change=("up", "delta"))),
    # when a change gives both levels, the numbers say its direction
    row("The combined ratio improved to 94.3% from 97.8%.",
        point("94.3", "percent", change=("down", "to")),
        point("97.8", "percent", change=("down", "from"))),
    # a verb of no direction right before "from" makes two levels of a change, not a range;
    # the numbers say which way (a present tense often spans a range: "tickets go from")
    row("His salary went from £40,000 to £120,000.",
        point(40_000, "GBP", change=("up", "from")), point(120_000, "GBP", change=("up", "to"))),
    row("The price has gone from 85p to 60p.",
        point("0.85", "GBP", change=("down", "from")), point("0.6", "GBP", change=("down", "to"))),
    row("The route went from 3 km to 800 metres.",
        point(3, "kilometer", change=("down", "from")), point(800, "meter", change=("down", "to"))),
    row("Total bundle size went from 1.8 MB to 640 KB.",  # sizes parsing does not know
        point("1.8", "megabyte", change=("", "from")), point(640, "kilobyte", change=("", "to"))),
    row("The vote swung from 45% to 52%.",
        point(45, "percent", change=("up", "from")), point(52, "percent", change=("up", "to"))),
    row("Tickets go from $20 to $80.", rng(20, 80, "USD")),
    # a range of factors, and "a factor of"
    row("The new build is 2 to 3 times faster.", rng(2, 3, change=("", "factor"))),
    row("The chip is between 5 and 10 times more efficient.", rng(5, 10, change=("up", "factor"))),
    row("The error fell by a factor of 100.",
        point(100, change=("down", "factor"), text="a factor of 100")),
    row("A factor of 10 separates the two estimates.", point(10, change=("", "factor"))),
    # the verb of a change left out after "and", a restatement in brackets, "improved"
    row("Output increased by 0.4% and employment by 0.1%.",
        point("0.4", "percent", change=("up", "delta")),
        point("0.1", "percent", change=("up", "delta"))),
    row("Vacancies fell by 12,400 (9.3%).", point(12_400, change=("down", "delta")),
        point("9.3", "percent", change=("down", "delta"))),
    row("Query latency improved by about 20%.", approx(20, "percent", change=("up", "delta"))),
    # a changelog's verb with no subject, and a change word and a comma before "from"
    row("Reduced idle memory from 80 MB to 35 MB.",
        point(80, "megabyte", change=("down", "from")),
        point(35, "megabyte", change=("down", "to"))),
    row("Sign-ups roughly tripled, from 900 to 2,700.",
        approx(3, change=("up", "factor")), point(900, change=("up", "from")),
        point(2700, change=("up", "to"))),
    row("Temperatures vary widely, from 5C to 30C.", rng(5, 30, "degree_Celsius")),
    # "N times" after a change verb, with a decimal or a new level, is a factor
    row("Deposits grew 2.6 times to $4.1 billion.",
        point("2.6", change=("up", "factor"), text="2.6 times"),
        point(4_100_000_000, "USD", change=("up", "to"))),
    row("Prices rose three times this year."),
    # a verb after a count with an object of its own changes nothing
    row("About 9,000 homes lost power overnight.", approx(9000, "home", change=None)),
    row("Some 1,200 staff lost their jobs.", approx(1200, "staff", change=None)),
    row("About 40,000 jobs lost in the downturn.",
        approx(40_000, "job", change=("down", "delta"))),
    # base forms of change verbs after "to" or a modal, and "devalued ... by"
    row("The gap is expected to shrink to 2.5% next year.",
        point("2.5", "percent", change=("down", "to"))),
    row("Egypt devalued the pound by 38 percent.", point(38, "percent", change=("down", "delta"))),
    row("Labour held the seat by a narrow margin of 900 votes.",
        point(900, "vote", change=None)),
    # a duration that says when lends no unit to a level after a change
    row("Jobs rose by 95,000 in the three months to June, while vacancies fell by 24,000 "
        "to 790,000.", point(95_000, change=("up", "delta")), point(3, "month"),
        point(24_000, change=("down", "delta")), point(790_000, change=("down", "to"))),
    # words that qualify a level stand between "from"/"to" and the number
    row("Sailings were cut to 18 a day from the usual 30.",
        point(18, change=("down", "to")), point(30, change=("down", "from"))),
    row("Payrolls rose by 143,000 in January, down from an upwardly revised 307,000.",
        point(143_000, change=("up", "delta")), point(307_000, change=("down", "from"))),
    row("Turkey Raises Interest Rate To Record 50%",
        point(50, "percent", change=("up", "to"))),
    row("Stocks gained for the previous two sessions.", point(2, "session", change=None)),
    # a thing, then "up" or "down" and a percentage, with no verb, is a change
    row("Group sales rose 6.1%, with volumes up 3.2% and prices down 0.4%.",
        point("6.1", "percent", change=("up", "delta")),
        point("3.2", "percent", change=("up", "delta")),
        point("0.4", "percent", change=("down", "delta"))),
    row("Hotels report bookings down 20-25% since the floods.",
        rng(20, 25, "percent", change=("down", "delta"))),
    row("Migrants from Poland make up 12% of the workforce.",
        point(12, "percent", change=None)),
    row("Air defences shot down 90% of the missiles.", point(90, "percent", change=None)),
    # a bare "2.1m" set against a figure in millions is millions of the same thing
    row("The airline carried 4.2m passengers, up 9% on last year's 3.85m.",
        point(4_200_000, "passenger"), point(9, "percent", change=("up", "delta")),
        point(3_850_000, "passenger")),
    row("Some 3.1m people now claim the benefit, up from 2.6m in 2022.",
        approx("3.1e6", "person", change=("up", "to")),
        point("2.6e6", "person", change=("up", "from"))),
    row("The flood wall is 4.2m high, up from 3m.",
        point("4.2", "meter", change=("up", "to")), point(3, "meter", change=("up", "from"))),
    # points of a lead between two shares are percentage points
    row("The senator leads by 7 points, 52% to 45%.",
        point(7, "percentage_point"), point(52, "percent"), point(45, "percent")),
    row("Rovers lead by 7 points at the top of the table.", point(7, "point")),
    # points of change right after a percentage are percentage points
    row("Labour is on 38%, down 4 points since May.", point(38, "percent"),
        point(4, "percentage_point", change=("down", "delta"))),
    row("The FTSE 100 closed at 8,310, up 42 points.", point(8310),
        point(42, "point", change=("up", "delta"))),
    # a restatement after "or" is the same change, with or without commas; the level after
    # "to" keeps its own unit, not the restatement's
    row("The KSE-100 dropped 812 points or 0.7 percent to 112,340.",
        point(812, "point", change=("down", "delta")),
        point("0.7", "percent", change=("down", "delta")),
        point(112_340, "point", change=("down", "to"))),
    # a number then "higher" or "lower" is the size of a change; a price "at" after it the
    # new level
    row("The Hang Seng ended 1.7% higher at 17,420.", point("1.7", "percent",
        change=("up", "delta")), point(17420, change=("up", "to"))),
    row("Copper settled 0.9% lower at $9,310 a tonne.",
        point("0.9", "percent", change=("down", "delta")),
        point(9310, "USD / metric_ton", change=("down", "to"))),
    row("The stock finished 12% higher on Thursday.",
        point(12, "percent", change=("up", "delta"))),
    row("Like-for-like sales rose 3% at 40 branches.",
        point(3, "percent", change=("up", "delta")), point(40, "branch")),
    # clock times with a dot are no claims (NOT_CLAIMS), but a price or a rate is a number
    row("Trams run every 12 minutes between 05.30 and 23.10.", point(12, "minute")),
    row("Barclays shares closed at 21.35.", point("21.35")),
    row("The rate rose from 9.50 to 10.25 this morning.",
        point("9.50", change=("up", "from")), point("10.25", change=("up", "to"))),
    # a level before ", down from" is the new level; a spelled new level takes the old one's
    # unit; "handed down" a sentence is no change; "will top" bounds
    row("There were 617 homicides in the city last year, down from 797.",
        point(617, "homicide", change=("down", "to")),
        point(797, "homicide", change=("down", "from"))),
    row("His jail term was increased from four years to six.",
        point(4, "year", change=("up", "from")), point(6, "year", change=("up", "to"))),
    row("The appeals court cut his sentence from 12 years to eight.",
        point(12, "year", change=("down", "from")), point(8, "year", change=("down", "to"))),
    row("The judge handed down a sentence of 14 years.", point(14, "year")),
    row("Car prices will go up by an average of 1,500.", point(1500, change=("up", "delta"))),
    row("Interest costs will top $1 trillion a year.",
        lower(1_000_000_000_000, "USD / year", strict=True)),
    row("Each count carries a maximum penalty of five years.", upper(5, "year")),
    # an old level takes the rate of the level it is set against; a change verb reaches
    # over a hyphenated word
    row("The winning bids averaged 16.5 yen per kilowatt-hour, down from 29.0 yen in 2021.",
        point("16.5", "JPY / kilowatt_hour"),
        point("29.0", "JPY / kilowatt_hour", change=("down", "from"))),
    row("The city plans to cut the number of on-street parking permits by 10,000 by 2030.",
        point(10_000, "permit", change=("down", "delta"))),
    # factors: a spelled number before "-fold", a base form after "to" or a modal, "by half"
    row("Revenue grew three-fold over five years.",
        point(3, change=("up", "factor")), point(5, "year")),
    row("Output is set to double by 2030.", point(2, change=("up", "factor"))),
    row("He booked a double room for 2 nights.", point(2, "night")),
    row("Prices fell by half.", point("0.5", change=("down", "delta"))),
    # a change verb before "below"/"above" bounds the new level; before "more than" the change
    row("The index fell below 60 in May.", upper(60, strict=True, change=("down", "to"))),
    row("Unemployment rose above 5% in March.",
        lower(5, "percent", strict=True, change=("up", "to"))),
    row("Shares rose more than 5%.", lower(5, "percent", strict=True, change=("up", "delta"))),
    row("Prices fell by under 2%.", upper(2, "percent", strict=True, change=("down", "delta"))),
    row("Qualcomm rose under 4%.", upper(4, "percent", strict=True, change=("up", "delta"))),
    # headlines in title case and the present tense keep their changes and bounds
    row("Oil Jumps 4% After OPEC+ Cut", point(4, "percent", change=("up", "delta"))),
    row("Inflation Eases To 2.9%, Lowest Since 2021",
        point("2.9", "percent", change=("down", "to"))),
    row("Unemployment Ticks Up To 4.1%", point("4.1", "percent", change=("up", "to"))),
    row("Stocks Tumble 3% As Rates Rise", point(3, "percent", change=("down", "delta"))),
    row("Bitcoin tops $70K", lower(70_000, "USD", strict=True)),
    # headline and ticker forms (the tenth red team)
    row("Eras Tour passes $1bn", lower(1_000_000_000, "USD", strict=True)),
    row("Bitcoin smashes through $70k", lower(70_000, "USD", strict=True)),
    row("Mortgage rates top 7%", lower(7, "percent", strict=True)),
    row("Overdose Deaths Top 100,000", lower(100_000, strict=True)),
    row("The top 10 firms grew.", point(10, "firm")),
    row("She is a top 10 player.", point(10)),
    row("US adds 275,000 jobs", point(275_000, "job", change=("up", "delta"))),
    row("Replication across three zones adds 2 ms.",
        point(3, "zone", change=None), point(2, "millisecond", change=("up", "delta"))),
    row("Fed hikes 25bp", point(25, "basis_point", change=("up", "delta"))),
    row("Obesity rates double in 30 years",
        point(2, change=("up", "factor")), point(30, "year")),
    row("Measles Cases Quadruple", point(4, change=("up", "factor"))),
    row("Subs up 2x YoY", point(2, change=("up", "factor"))),
    row("Measles cases up 45-fold", point(45, change=("up", "factor"))),
    row("Unemployment rose 0.2 ppts to 4.2%",
        point("0.2", "percentage_point", change=("up", "delta")),
        point("4.2", "percent", change=("up", "to"))),
    row("Labour's lead is down 8pts", point(8, "point", change=("down", "delta"))),
    row("GILT YIELD FALLS 15 BPS", point(15, "basis_point", change=("down", "delta"))),
    row("In some cities it's 15%+.", lower(15, "percent")),
    row("Approve 38% / Disapprove 57%", point(38, "percent"), point(57, "percent")),
    row("DELIVERIES 484,507 vs 483,000 est", point(484_507), point(483_000)),
    # a signed share or spread is a change; after a level word it is a level
    row("GOLD -0.3% AT $1,943", point("-0.3", "percent", change=("down", "delta")),
        point(1943, "USD")),
    row("On Wall St: Dow +0.2%", point("0.2", "percent", change=("up", "delta"))),
    row("US 10Y 4.12% (+6bp)", point("4.12", "percent", change=None),
        point(6, "basis_point", change=("up", "delta"))),
    row("The ECB deposit rate is -0.5%.", point("-0.5", "percent", change=None)),
    row("Temperatures were -5°C overnight.", point(-5, "degree_Celsius", change=None)),
    row("Standard now £10.99/mo (+£1)", point("10.99", "GBP / month"),
        point(1, "GBP", change=("up", "delta"))),
    # the base of a rate, a note of the scale, digits made plural, people in millions
    row("Figure 2: Deaths per 100,000 population"),
    row("The rate was 5.2 deaths per 100,000 people.",
        point("5.2", "death / 100000 person")),
    row("Revenue (millions)"),
    row("Figures are in millions of dollars."),
    row("The scheme will be used in millions of homes.",
        rng(1_000_000, 10_000_000, "home", vague=True)),
    row("Speed limit cut to 20mph on 1,000s of roads",
        point(20, "mile / hour"), rng(1000, 10_000, "road", vague=True)),
    row("We got 100s of emails.", rng(100, 1000, "email", vague=True)),
    row("The 1000s were hard."),
    row("41,000 dead, 108,000 injured, 1.5m homeless",
        point(41_000), point(108_000), point(1_500_000)),
    # an exchange rate: a bare number per a currency, in a sentence that names another
    row("Rupee hits record low of 83.29 per dollar", point("83.29", "INR / USD")),
    row("The ruble slid past 100 to the dollar", point(100, "RUB / USD")),
    row("Argentina devalues peso 54% to 800 per dollar", point(54, "percent"),
        point(800, "ARS / USD")),
    row("The ringgit depreciated 2.5% to 4.72 per dollar.", point("2.5", "percent"),
        point("4.72", "MYR / USD")),
    row("Tickets sold at 3 per dollar.", point(3)),
    row("The rupee ended at 83.45 against the dollar.", point("83.45", "INR / USD")),
    # a dateline with a colon or an accent sets the text like one with a dash
    row("KARACHI: The price of petrol rose by Rs 9.66.", point("9.66", "PKR")),
    row("SYDNEY: Milk is now $3.10.", point("3.10", "AUD")),
    row("BOGOTÁ - Coffee costs 2,000 pesos.", point(2000, "COP")),
    # pesos take the setting's peso
    row("In Buenos Aires a coffee costs 2,000 pesos.", point(2000, "ARS")),
    row("In Mexico City a taco costs 25 pesos.", point(25, "MXN")),
    # more dollar countries, and their prefixed dollars
    row("In Kingston, Jamaica, a bus fare rose to $120, Jamaican officials said.",
        point(120, "JMD", change=("up", "to"))),
    row("WINDHOEK - Bread costs $15 in Namibia.", point(15, "NAD")),
    row("SUVA: Fiji raised the minimum wage to $4.50 an hour.",
        point("4.50", "FJD / hour", change=("up", "to"))),
    row("The $300m superyacht was seized in Fiji.", point(300_000_000, "USD")),
    row("Rent in Port of Spain is TT$5,000.", point(5000, "TTD")),
    row("The fine is J$50,000.", point(50_000, "JMD")),
    row("A ticket costs EC$20.", point(20, "XCD")),
    row("In Georgetown, Guyana, rice costs G$500.", point(500, "GYD")),
    row("The Ecuador minimum wage is $460.", point(460, "USD")),
    # riyals, rials, lira, "¥", francs, shillings, "P", rupees, dinars, kwacha and manats
    # take the setting's currency too
    row("A taxi ride in Doha starts at 12 riyals.", point(12, "QAR")),
    row("Bread in Muscat costs 2 rials.", point(2, "OMR")),
    row("In Beirut, a bus ride costs 50,000 lira.", point(50_000, "LBP")),
    row("In Istanbul, bread costs 10 lira.", point(10, "TRY")),
    row("In Shanghai a flat costs \N{YEN SIGN}5 million.", point(5_000_000, "CNY")),
    row("In Shanghai lunch costs 900 yen.", point(900, "JPY")),
    row("In Dakar, a kilo of rice costs 500 francs.", point(500, "XOF")),
    row("In Kinshasa, a taxi costs 2,000 francs.", point(2000, "CDF")),
    row("In Geneva, a coffee costs 5 francs.", point(5, "CHF")),
    row("In Yaound\N{LATIN SMALL LETTER E WITH ACUTE}, a taxi costs 300 CFA francs.",
        point(300, "XAF")),
    row("In Dakar, a taxi costs 1,000 FCFA.", point(1000, "XOF")),
    row("A kilo of sugar costs 4,500 shillings in Kampala.", point(4500, "UGX")),
    row("Kampala boda fares rose to Sh2,000.", point(2000, "UGX", change=("up", "to"))),
    row("A Gaborone hotel charges P500 a night.", point(500, "BWP / night")),
    row("In Port Louis, bread costs Rs 10.", point(10, "MUR")),
    row("In Amman, rent is 400 dinars.", point(400, "JOD")),
    row("In Baghdad, a kilo of meat costs 15,000 dinars.", point(15_000, "IQD")),
    row("Rent is 400 dinars.", point(400, "dinar")),
    row("In Lilongwe, maize costs 500 kwacha a kilo.", point(500, "MWK / kilogram")),
    row("A fine of 500 manats was imposed in Ashgabat.", point(500, "TMT")),
    row("The shilling traded at 129 to the dollar.", point(129, "KES / USD")),
    row("The franc rose to 0.88 per dollar.", point("0.88", "CHF / USD", change=("up", "to"))),
    # currency names after the amount, and their singulars in an exchange rate
    row("Bread costs 3 leva.", point(3, "BGN")),
    row("Venezuela raised the minimum wage to 130 bolivars.",
        point(130, "VES", change=("up", "to"))),
    row("He lives at 150 Bolivar Street."),
    row("A coffee costs 150 lek.", point(150, "ALL")),
    row("Bread costs 10 birr.", point(10, "ETB")),
    row("Rice costs 4,000 riel.", point(4000, "KHR")),
    row("Fuel costs 45 meticais a litre.", point(45, "MZN / liter")),
    row("A bag of rice costs 3,000 gourdes.", point(3000, "HTG")),
    row("A coffee costs 25,000 guaran\N{LATIN SMALL LETTER I WITH ACUTE}es.",
        point(25_000, "PYG")),
    row("The fare is 10 patacas.", point(10, "MOP")),
    row("A bus ride costs 20 som.", point(20, "KGS")),
    row("A bus ride in Tashkent costs 2,000 som.", point(2000, "UZS")),
    row("A bus ticket costs 200 drams in Yerevan.", point(200, "AMD")),
    row("He drank 2 drams of whisky.", point(2, "dram")),
    row("PRAGUE: A beer costs 60 crowns.", point(60, "CZK")),
    row("Danish pensioners get an extra 5,000 crowns a year.", point(5000, "DKK / year")),
    row("The queen wore 2 crowns.", point(2, "crown")),
    row("A bowl of noodles costs 20,000 kip in Vientiane.", point(20_000, "LAK")),
    row("The kyat fell to 2,100 per dollar.", point(2100, "MMK / USD", change=("down", "to"))),
    row("The lari traded at 2.7 per dollar.", point("2.7", "GEL / USD")),
    row("The krona rose to 10.5 per dollar.", point("10.5", "SEK / USD", change=("up", "to"))),
    row("The birr weakened to 57 per dollar.", point(57, "ETB / USD", change=("down", "to"))),
    row("The cedi fell to 12 per dollar.", point(12, "GHS / USD", change=("down", "to"))),
    # local papers' abbreviations: before any amount in a text set in their country
    row("A taxi ride in Amman costs JD3.", point(3, "JOD")),
    row("The rent for a flat in Giza rose to LE 7,000 a month.",
        point(7000, "EGP / month", change=("up", "to"))),
    row("A bag of fertiliser in Malawi costs MK90,000.", point(90_000, "MWK")),
    row("A bus fare in Kigali is Frw 307.", point(307, "RWF")),
    row("Bhutan's budget is Nu 82 billion.", point(82_000_000_000, "BTN")),
    row("Cameroon's budget is CFA 7,000 billion.", point(7_000_000_000_000, "XAF")),
    row("Israel's budget is NIS 584 billion.", point(584_000_000_000, "ILS")),
    row("Call JD 555-1234"),
    # sub-units after the amount; paise and centavos take the setting's rupee or peso
    row("A sachet of water costs 50 pesewas.", point("0.50", "GHS")),
    row("Bread costs 50 kobo.", point("0.50", "NGN")),
    row("A bus ticket costs 75 piastres.", point("0.75", "EGP")),
    row("Diesel costs 12 fils a litre.", point("0.12", "AED / liter")),
    row("A bus ride costs 500 baisa.", point("0.500", "OMR")),
    row("The fee is 50 halalas.", point("0.50", "SAR")),
    row("A roll costs 90 groszy.", point("0.90", "PLN")),
    row("A loaf costs 250 millimes.", point("0.250", "TND")),
    row("In Buenos Aires the fare is 50 centavos.", point("0.50", "ARS")),
    row("A stamp costs 50 centavos.", point("0.50", "PHP")),
    row("In Karachi a sweet costs 50 paisa.", point("0.50", "PKR")),
    row("In Mumbai a sweet costs 50 paise.", point("0.50", "INR")),
    # in capitals a capital says nothing of a name, and units read as in lower case
    row("SNB CUTS RATE BY 25BP TO 1.50%", point(25, "basis_point", change=("down", "delta")),
        point("1.50", "percent", change=("down", "to"))),
    row("PETROL PRICES HIT RECORD 191.5P", point("1.915", "GBP")),
    row("AT LEAST 70 KILLED IN NEPAL PLANE CRASH", lower(70)),
    row("KANE SCORES 36 GOALS IN 32 BUNDESLIGA GAMES", point(36, "goal"), point(32, "game")),
    row("FORD RECALLS 1.9M EXPLORERS", point(1_900_000, "explorer")),
    row("US INITIAL JOBLESS CLAIMS 218K, PREV 202K", point(218_000), point(202_000)),
    row("NBA: CELTICS 112, MAVS 98"),
    row("City Council Approves 12 New Parks", point(12, "park")),
    row("Shooting Leaves 6 Dead", point(6)),
    row("Boeing 737 Max Grounded"),
    row("Storm Kills 40 In Texas", point(40)),
    row("Heat Index To Hit 115 In Phoenix", point(115)),
    row("SHOOTER FIRED 100+ ROUNDS, POLICE SAY", lower(100, "round")),
    row("Apple Unveils iPhone 15 Pro"),
    row("Boeing delivered 27 737 Max jets in January.", point(27, "jet")),
    row("FTSE 100 7,721.52 \N{BLACK UP-POINTING TRIANGLE} 38.20",
        point("7721.52", change=None), point("38.20", change=("up", "delta"))),
    row("DAX 16,752 \N{BLACK DOWN-POINTING TRIANGLE} 0.3%", point(16_752),
        point("0.3", "percent", change=("down", "delta"))),
    row("Up 45% on my Apple position", point(45, "percent", change=("up", "delta"))),
    row("Up to 45% of staff left.", upper(45, "percent")),
    row("UK CPI 4.0% Y/Y IN DEC, ABOVE 3.8% CONSENSUS", point("4.0", "percent"),
        point("3.8", "percent")),
    row("Prices rose above 5%.", lower(5, "percent", strict=True)),
    # a comparison with "than" says a difference; warming and reducing are changes
    row("Britain's hottest day was 3C warmer than the previous record.",
        point(3, "degree_Celsius", change=("up", "delta"))),
    row("The bulb uses 80% less energy than an incandescent.",
        point(80, "percent", change=("down", "delta"))),
    row("The world has warmed by about 1.1C.",
        approx("1.1", "degree_Celsius", change=("up", "delta"))),
    row("Obesity reduces life expectancy by three to ten years.",
        rng(3, 10, "year", change=("down", "delta"))),
    # a bound on a group of people is a bound on their age
    row("The disease mainly affects people over 50.", lower(50, "year", strict=True)),
    row("Children under five account for 80% of malaria deaths.",
        upper(5, "year", strict=True), point(80, "percent")),
    row("Prices over 50 were cut.", lower(50, strict=True)),
    row("Prices rose 5% over 12 months.", point(5, "percent"), point(12, "month")),
    row("The comet will pass 0.28 AU from the Sun.", point("0.28", "astronomical_unit")),
    row("A single query uses about 2.9 watt-hours.", approx("2.9", "watt_hour")),
    # a comparative after a factor gives its direction; a suspended range takes "-fold"
    row("Men with the variant had a fourfold higher risk.", point(4, change=("up", "factor"))),
    row("Children exposed to lead were 1.5 times more likely to fail.",
        point("1.5", change=("up", "factor"))),
    row("Smokers had a 15- to 30-fold higher risk of lung cancer.",
        rng(15, 30, change=("up", "factor"))),
    row("It is 5 times as large.", point(5, change=("", "factor"))),
    row("Population of England and Wales tops 60m", lower(60_000_000, strict=True)),
    row("Subscribers rose to 9.5m.", point(9_500_000)),
    row("Visitors walked 500m, then stopped.", point(500, "meter")),
    # dates and years in science copy
    row("The survey, conducted between 3 and 10 March, sampled 1,532 adults.",
        point(1532, "adult")),
    row("The festival runs from 12 to 15 June."),
    row("Global emissions need to reach net zero by around 2050."),
    row("The firm cut jobs by about 1500.", approx(1500)),
    row("Record heat: 1.48C above the 1850-1900 average.", point("1.48", "degree_Celsius")),
    row("It holds 1800-1900 people.", rng(1800, 1900, "person")),
    row("The 2019-20 seasons were cut."),
    # irregular plurals
    row("There were 1,400 tornadoes in the US last year.", point(1400, "tornado")),
    row("Scientists found 2,000 larvae in a square metre.", point(2000, "larva")),
    row("The gut hosts around 38 trillion bacteria.",
        approx(38_000_000_000_000, "bacterium")),
    row("Dose: 500mg twice daily", point(500, "milligram", change=None)),
    # "every" and a period make a rate, as "a" and "per" do
    row("The average adult drinks 1.5 litres of water every day.", point("1.5", "liter / day")),
    row("He earns $50,000 every year.", point(50_000, "USD / year")),
    row("It happens every 10 years.", point(10, "year")),
    row("Over 95% of customers renew every year.", lower(95, "percent", strict=True)),
    # an age named before its number; a factor compared
    row("The median age of patients was 47.", point(47, "year")),
    row("The average age of first-time mothers rose to 30.9.",
        point("30.9", "year", change=("up", "to"))),
    row("He was 5 at the time.", point(5)),
    row("Smokers were twice as likely to develop the disease.", point(2, change=("", "factor"))),
    row("Heavy drinkers had nearly double the risk.",
        approx(2, below=True, change=("up", "factor"))),
    row("The driver was travelling at more than twice the speed limit.",
        lower(2, strict=True, change=("up", "factor"))),
    row("Greenwood scored twice as United won."),
    row("She booked a double room."),
    row("Take it twice a day."),
    # a spaced C or F where the sentence speaks of heat
    row("Temperatures hit 38.4 C on Tuesday.", point("38.4", "degree_Celsius")),
    row("The heatwave pushed the mercury to 41 C.", point(41, "degree_Celsius")),
    row("The high will be 95 F in Dallas.", point(95, "degree_Fahrenheit")),
    # "over" after an amount, before a length: the stretch it spans
    row("The road climbs 300m over 2 km.", point(300, "meter"), point(2, "kilometer")),
    row("He ran over 18km.", lower(18, "kilometer", strict=True)),
    # a magnitude measures a quake, it counts nothing
    row("Quake of magnitude 7.8 kills more than 4,000",
        point("7.8", change=None), lower(4000, strict=True)),
    row("The 6.8 quake struck Japan.", point("6.8")),
    row("A 6.1 magnitude earthquake strikes", point("6.1")),
    row("The region saw 40 aftershocks.", point(40, "aftershock")),
    row("I finished my 2,000 word essay.", point(2000, "word")),
    row("Up To 20 cm Of Snow Forecast", upper(20, "centimeter")),
    # an article, a percentage or points, a word naming what changes, then the change noun
    row("Teachers will receive a 6.5% pay rise.",
        point("6.5", "percent", change=("up", "delta"))),
    row("Analysts expect a 50bp hike.", point(50, "basis_point", change=("up", "delta"))),
    row("The study found a 30 per cent reduction in heart attacks.",
        point(30, "percent", change=("down", "delta"))),
    row("Staff accepted a 10% pay cut.", point(10, "percent", change=("down", "delta"))),
    row("The shop offers a 2% tax credit.", point(2, "percent")),
    # a change verb capitalised for a headline is no name before its number
    row("Dow Sheds 500 Points As Oil Jumps 4%", point(500, "point", change=("down", "delta")),
        point(4, "percent", change=("up", "delta"))),
    row("Sensex Falls 800 Points", point(800, "point", change=("down", "delta"))),
    row("Boeing 737 Orders Jump 20%", point(20, "percent", change=("up", "delta"))),
    # "by X to Y" after a change is the change and the new level, past a hedge on X
    row("Headcount fell by roughly 1,200 to 38,400 employees.",
        approx(1200, change=("down", "delta")), point(38_400, "employee", change=("down", "to"))),
    row("The bank lifted its forecast by $1 billion to $90 billion.",
        point(1_000_000_000, "USD", change=("up", "delta")),
        point(90_000_000_000, "USD", change=("up", "to"))),
    row("Output rose by about 2 to 3%.", rng(2, 3, "percent", change=("up", "delta"))),
    # a comparative after a number makes it a difference
    row("Solar generated 12.4 TWh, 8% more than a year earlier.",
        point("12.4", "terawatt_hour"), point(8, "percent", change=("up", "delta"))),
    row("Exports were 3% lower than last year.", point(3, "percent", change=("down", "delta"))),
    row("More than 5% of voters stayed home.", lower(5, "percent")),
    # a change verb with its object before a percentage: the percentage is the change
    row("The country aims to cut emissions 68% by 2030.",
        point(68, "percent", change=("down", "delta"))),
    row("The firm raised prices 5% in January.", point(5, "percent", change=("up", "delta"))),
    row("Japan's economy grew just 0.1% in 2024.",
        point("0.1", "percent", change=("up", "delta"))),
    row("Electric models made up 88.9% of new cars sold.", point("88.9", "percent")),
    row("The Liberals slumped to 9.1%, losing 14 seats.",
        point("9.1", "percent", change=("down", "to")),
        point(14, "seat", change=("down", "delta"))),
    row("The study had a mean follow-up of 4.2 years.", point("4.2", "year")),
    row("The appeal court increased his sentence from six to nine years.",
        point(6, "year", change=("up", "from")), point(9, "year", change=("up", "to"))),
    # a change verb after a number tells what its subject did: the number is no change
    row("A&E waits of 12 hours or more rose by 40%.", lower(12, "hour"),
        point(40, "percent", change=("up", "delta"))),
    row("Sales of 300 cars rose.", point(300, "car")),
    row("The storm left 300,000 homes damaged and 2,000 jobs lost.", point(300_000, "home"),
        point(2000, "job", change=("down", "delta"))),
    row("Mortgage rates rose by a percentage point in a year.",
        point(1, "percentage_point", change=("up", "delta"))),
    row("Exports jumped by a record 5% in June.", point(5, "percent", change=("up", "delta"))),
    row("Coffee exports jumped to a record $5.48 billion in 2024.",
        point(5_480_000_000, "USD", change=("up", "to"))),
    # a change verb anywhere back in the clause makes "from A to B" two levels, not a range
    row("The bank lowered its forecast from 3% to 2.7%.",
        point(3, "percent", change=("down", "from")),
        point("2.7", "percent", change=("down", "to"))),
    row("The cafe raised the price of a latte from $4 to $4.50.",
        point(4, "USD", change=("up", "from")), point("4.50", "USD", change=("up", "to"))),
    row("GDP growth was revised up from 1.2% to 1.5%.",
        point("1.2", "percent", change=("up", "from")),
        point("1.5", "percent", change=("up", "to"))),
    row("Growth is forecast to slow slightly from 4.8 to 4.7 percent in 2019.",
        point("4.8", "percent", change=("down", "from")),
        point("4.7", "percent", change=("down", "to"))),
    row("Temperatures ranged from -18 °C to -34 °C overnight.",
        rng(-34, -18, "degree_Celsius")),
    # "up" and "down" after a verb of small movement say the change
    row("Shares edged up 0.1% in early trading.", point("0.1", "percent", change=("up", "delta"))),
    row("The pound ticked down 0.2% against the dollar.",
        point("0.2", "percent", change=("down", "delta"))),
    row("Air defences shot down 85% of the drones.", point(85, "percent")),
    row("Prices fell 55% to €3.60 a kilogram, from a record €8.90 in January 2024.",
        point(55, "percent", change=("down", "delta")),
        point("3.60", "EUR / kilogram", change=("down", "to")),
        point("8.90", "EUR / kilogram", change=("down", "from"))),
    row("Inflation rose to 5%, from a revised 4.8%.", point(5, "percent", change=("up", "to")),
        point("4.8", "percent", change=("up", "from"))),
    row("The Bank cut rates by a quarter-point to 4%.",
        point("0.25", "percentage_point", text="a quarter-point", change=("down", "delta")),
        point(4, "percent", change=("down", "to"))),
    row("The central bank raised its key rate by half a point.",
        point("0.5", "point", text="half a point", change=("up", "delta"))),
    row("Prices fell as much as 1/4 point in early trading.",
        upper("0.25", "point", change=("down", "delta"))),
    row("Shares were down 3% at the close.", point(3, "percent", change=("down", "delta"))),
    row("Air defences shot down roughly 85% of the drones.", approx(85, "percent")),
    row("The startup raised $1 billion from investors.", point(1_000_000_000, "USD")),
    row("Revenue grew more than sixfold last year.",
        {"kind": "lower", "low": Decimal(6), "high": None, "unit": "",
         "change": Change("up", "factor")}),
    row("Sales grew 12% to $4.1bn.",
        point(12, "percent", change=("up", "delta")),
        point(4_100_000_000, "USD", change=("up", "to"))),
    row("Inflation fell to 3.4% in March.", point("3.4", "percent", change=("down", "to"))),
    # more verbs of change
    row("The project's cost has ballooned by a third to £2.6bn.",
        point("1/3", change=("up", "delta")), point(2_600_000_000, "GBP", change=("up", "to"))),
    row("The rand strengthened 0.6% against the dollar.",
        point("0.6", "percent", change=("up", "delta"))),
    row("Shares in the lender collapsed 40% to 12p.",
        point(40, "percent", change=("down", "delta")),
        point("0.12", "GBP", change=("down", "to"))),
    row("Food prices increased by 0.4 per cent last month.",
        point("0.4", "percent", change=("up", "delta"))),
    row("Exports dropped 8% in the first quarter.",
        point(8, "percent", change=("down", "delta"))),
    row("Shares in the retailer slid 4.5 per cent.",
        point("4.5", "percent", change=("down", "delta"))),
    row("The deficit halved over the decade.", point("0.5", change=("down", "factor"))),
    row("The city's population has doubled since 1990.", point(2, change=("up", "factor"))),
    row("The jobless rate rose from 3.9% to 4.1%.",
        point("3.9", "percent", change=("up", "from")),
        point("4.1", "percent", change=("up", "to"))),
    row("Output fell by 3 percentage points.",
        point(3, "percentage_point", change=("down", "delta"))),
    row("Membership climbed to 1.2 million.",
        point(1_200_000, change=("up", "to"))),
    row("House prices dropped by £12,000 on average.",
        point(12_000, "GBP", change=("down", "delta"))),
    row("Wages increased 6% while prices rose 4%.",
        point(6, "percent", change=("up", "delta")),
        point(4, "percent", change=("up", "delta"))),
    row("The pound fell 1.2% against the dollar.",
        point("1.2", "percent", change=("down", "delta"))),
    row("Unemployment rose by 50,000 to 1.6 million.",
        point(50_000, change=("up", "delta")), point(1_600_000, change=("up", "to"))),
    row("Sales of heat pumps quadrupled.", point(4, change=("up", "factor"))),
    row("Energy bills have trebled.", point(3, change=("up", "factor"))),
    row("The FTSE 100 closed down 1.5%.", point("1.5", "percent", change=("down", "delta"))),
    row("Shares plunged 20% in early trading.",
        point(20, "percent", change=("down", "delta"))),
    row("Sales slumped to $3bn from $4.5bn.",
        point(3_000_000_000, "USD", change=("down", "to")),
        point(4_500_000_000, "USD", change=("down", "from"))),
    row("Inflation eased to 2.1% in May.", point("2.1", "percent", change=("down", "to"))),
    row("The S&P 500 rose 1.2% to 5,123.41.",
        point("1.2", "percent", change=("up", "delta")),
        point("5123.41", change=("up", "to"))),
    row("Gold rose 0.5% to $2,034.60 per ounce.",
        point("0.5", "percent", change=("up", "delta")),
        point("2034.60", "USD / ounce", change=("up", "to"))),
    row("The population grew by 0.7 percent to 334.9 million.",
        point("0.7", "percent", change=("up", "delta")),
        point(334_900_000, change=("up", "to"))),
    row("The IMF cut its growth forecast to 2.9% from 3.1%.",
        point("2.9", "percent", change=("down", "to")),
        point("3.1", "percent", change=("down", "from"))),
    row("The law raises the speed limit to 130 km/h.",
        point(130, "kilometer / hour", change=("up", "to"))),
    # the new level after a change in percent is in the unit of the change before it
    row("The Dow Jones Industrial Average fell 475 points, or 1.3%, to 37,266.",
        point(475, "point", change=("down", "delta")),
        point("1.3", "percent", change=("down", "delta")),
        point(37_266, "point", change=("down", "to"))),
    row("Japan's economy shrank at an annualised rate of 2.1%.",
        point("2.1", "percent", change=("down", "delta"))),
    row("Wheat prices have jumped by a third.", point("1/3", change=("up", "delta"))),
    row("The euro rose to $1.09.", point("1.09", "USD", change=("up", "to"))),
    row("The minimum age will rise from 16 to 18.",
        point(16, change=("up", "from")), point(18, change=("up", "to"))),
    row("Netflix added 13.1 million subscribers in the fourth quarter.",
        point(13_100_000, "subscriber", change=("up", "delta"))),
    row("Nvidia shares have soared more than 200% this year.",
        lower(200, "percent", strict=True, change=("up", "delta"))),
    row("Amazon shares rose as much as 8% in after-hours trading.",
        upper(8, "percent", strict=False, change=("up", "delta"))),
    row("The FTSE 100 lost 162.31 points, or 2.14%, to 7,425.81.",
        point("162.31", "point", change=("down", "delta")),
        point("2.14", "percent", change=("down", "delta")),
        point("7425.81", "point", change=("down", "to"))),
    row("The TA-35 fell to 1,463.87 points, while the TA-125 climbed 0.1% to 1,333.18.",
        point("1463.87", "point", change=("down", "to")),
        point("0.1", "percent", change=("up", "delta")),
        point("1333.18", "point", change=("up", "to"))),
    # a rate written after a restatement in brackets belongs to both amounts
    row("Adults drank 9.8 litres (2.6 gallons) of pure alcohol per capita.",
        point("9.8", "liter / person"), point("2.6", "gallon / person")),
    row("The industry earns 9 billion shekels ($2.4 billion) a year.",
        point(9_000_000_000, "ILS / year"), point(2_400_000_000, "USD / year")),
    row("Holders were offered C$6 (US$4.46) per share.",
        point(6, "CAD / share"), point("4.46", "USD / share")),
    row("The ministry (2 staff) was closed.", point(2, "staff")),
    row("Fuel economy improved from about 14-18 mpg to 24.",
        rng(14, 18, "mile / gallon"), point(24, "mile / gallon")),
    row("Shares fell 3p, or 2%, to 120.",
        point("0.03", "GBP", change=("down", "delta")),
        point(2, "percent", change=("down", "delta")), point(120, change=("down", "to"))),
    # a second change after "and" with no verb of its own shares the first one's verb
    row("Home prices fell 0.5% month-on-month and 2.1% year-on-year.",
        point("0.5", "percent", change=("down", "delta")),
        point("2.1", "percent", change=("down", "delta"))),
    row("Sales rose 5% and margins were 3%.",
        point(5, "percent", change=("up", "delta")), point(3, "percent")),
    # "at" after a change names the new level
    row("The index closed up 120 points, or 0.4%, at 33,500.",
        point(120, "point", change=("up", "delta")),
        point("0.4", "percent", change=("up", "delta")),
        point(33_500, "point", change=("up", "to"))),
    # the "from" number shares the scale of the "to" number, like the ends of a range
    row("Revenue rose from 5.1 to 6.3 billion dollars.",
        point(5_100_000_000, "USD", change=("up", "from")),
        point(6_300_000_000, "USD", change=("up", "to"))),
    row("Sales fell from $5.1 to $4.2 billion.",
        point(5_100_000_000, "USD", change=("down", "from")),
        point(4_200_000_000, "USD", change=("down", "to"))),
    row("Its payroll rose from 2,000 to 3 million.",
        point(2000, change=("up", "from")), point(3_000_000, change=("up", "to"))),
    row("Output rose from 2.1 to 3-4 million tonnes.",
        point(2_100_000, "metric_ton", change=("up", "from")),
        rng(3_000_000, 4_000_000, "metric_ton", change=("up", "to"))),
    row("The club's value may grow from 24.2 to 33-35 billion euros.",
        point(24_200_000_000, "EUR", change=("up", "from")),
        rng(33_000_000_000, 35_000_000_000, "EUR", change=("up", "to"))),
    row("The S&P 500 rose 1%.", point(1, "percent", change=("up", "delta"))),
    row("Housing starts fell to an annual rate of 3.93 million homes.",
        point(3_930_000, "home", change=("down", "to"))),
    row("It fell by a total of 3%.", point(3, "percent", change=("down", "delta"))),
    row("The economy was contracting 0.3% in the quarter.",
        point("0.3", "percent", change=("down", "delta"))),
    row("Rents are three times as high as in 2010.", point(3, change=("", "factor"))),
    row("The new drug is 10 times more effective.", point(10, change=("up", "factor"))),
    row("The new drug is 10 times less toxic.", point(10, change=("down", "factor"))),
    row("He has been arrested four times."),
    row("The jobless rate ticked up to 3.9% from 3.8%.",
        point("3.9", "percent", change=("up", "to")),
        point("3.8", "percent", change=("up", "from"))),
    row("Exports rose 5% in May and imports fell 3.",
        point(5, "percent", change=("up", "delta")), point(3, "percent", change=("down", "delta"))),
    row("The trade deficit increased by $43.6 billion to $419.2 billion.",
        point(43_600_000_000, "USD", change=("up", "delta")),
        point(419_200_000_000, "USD", change=("up", "to"))),
]

# --- fractions and ratios of a group ----------------------------------------------------------

FRACTIONS = [
    row("One out of every four households lacks clean water.", point("0.25")),
    row("Only 3 of every 10 clinics has a doctor.", point("0.3")),
    row("One-in-three adults has high blood pressure.", point(Fraction(1, 3))),
    row("Around 1-in-5 young people is out of work.", approx("0.2")),
    row("A 3-in-1 shampoo costs $5.", point(5, "USD")),
    row("A quarter of households struggle to pay their bills.", point("0.25")),
    row("Three-quarters of the town was flooded.", point("0.75")),
    row("One in three children lives in poverty.", point("1/3")),
    row("Three in ten voters are undecided.", point("0.3")),
    row("Half of all new cars sold were electric.", point("0.5")),
    row("The delay added 2½ hours to the journey.", point("2.5", "hour")),
    row("One and a half million people signed the petition.",
        point(1_500_000, "person")),
    row("Two-fifths of the budget goes on health.", point("0.4")),
    row("The laser pulse lasts a trillionth of a second.", point("1e-12", "second")),
    row("A third of the crop was lost to drought.", point("1/3")),
    row("Nine out of 10 people support the ban.", point("0.9")),
    row("Seven out of ten households have a pet.", point("0.7")),
    row("Two out of three voters want change.", point("2/3")),
    row("A fifth of the stock was sold.", point("0.2")),
    row("Three-fifths of the land is farmed.", point("0.6")),
    row("One-tenth of the budget goes on defence.", point("0.1")),
    row("The hikers walked 1½ miles to the hut.", point("1.5", "mile")),
    row("Two thirds of the staff work from home.", point("2/3")),
    row("Officials said 3 in 4 homes were damaged.", point("0.75")),
    row("A tenth of the vote went to the Greens.", point("0.1")),
    row("One in every five homes is empty.", point("0.2")),
    row("Inflation hit 5% and one in five firms cut jobs.", point(5, "percent"), point("0.2")),
    row("Prices rose 5% and a third of firms cut jobs.", point(5, "percent"), point("1/3")),
    row("Only a tenth of a second separated the sprinters.", point("0.1", "second")),
    row("The track is three quarters of a mile long.", point("0.75", "mile")),
    row("A third of voters backed the plan.", point("1/3")),
    row("Recorded crime fell by a fifth over the decade.",
        point("0.2", change=("down", "delta"))),
    # a hedge or bound between "by" and the fraction
    row("Burglaries fell by almost a quarter over five years.",
        approx("0.25", below=True, change=("down", "delta")), point(5, "year")),
    row("Exports grew by more than a third in the spring.",
        lower("1/3", change=("up", "delta"))),
    # a range of fractions; "a third and final term" stays an ordinal
    row("Between a third and a half of renters are behind on bills.",
        rng("1/3", "0.5", text="Between a third and a half")),
    row("She won a third and final term in May."),
    # a share and an amount with its own currency are a change and a level, never a range
    row("The overspend zoomed by a quarter to £9bn.", point("0.25"), point(9_000_000_000, "GBP")),
]

# --- spelled numbers --------------------------------------------------------------------------

SPELLED = [
    # "another" before a scale word counts one
    row("Another million emigrated to America.", point(1_000_000, text="Another million")),
    row("It cost another half a million dollars.", point(500_000, "USD")),
    # a small number in words is the size or level of a change, not a pronoun
    row("Inflation fell to zero in May.", point(0, change=("down", "to"))),
    row("Deaths fell from nine to three.", point(9, change=("down", "from")),
        point(3, change=("down", "to"))),
    # a proper fraction in the plural needs no "of" after it; digits before quarters count them
    row("He will serve two thirds before release.", point(Fraction(2, 3), text="two thirds")),
    row("It was the first decline in 14 quarters.", point(14, "quarter")),
    row("twenty fifths", point(4)),
    # spoken decimals with no whole part, and after a spelled hundred
    row("Point one percent of people carry the variant.",
        point("0.1", "percent", text="Point one percent")),
    row("Her blood alcohol content was point one four.", point("0.14", text="point one four")),
    row("Inflation is running at point five of a percent.",
        point("0.5", "percent", text="point five of a percent")),
    row("That is the point one should remember."),
    row("I want to point one thing out."),
    row("The reading was two hundred point zero three.", point("200.03")),
    # two spelled hundreds joined by "and" are two numbers; the second end's last scale word
    # is shared ("eighty and a hundred thousand" shares the thousand)
    row("Between two hundred and three hundred people came.", rng(200, 300, "person")),
    row("The deal is worth between six hundred and six hundred and fifty million dollars.",
        rng(600_000_000, 650_000_000, "USD")),
    row("Between eighty and a hundred thousand people marched.",
        rng(80_000, 100_000, "person")),
    row("Between two and three hundred thousand people marched.",
        rng(200_000, 300_000, "person")),
    row("Revenue could reach from five to a hundred million dollars.",
        rng(5_000_000, 100_000_000, "USD")),
    row("They had two hundred and five people.", point(205, "person")),
    # "grand" in speech is a thousand, unless a noun follows it
    row("She paid three hundred and fifty grand for it.",
        point(350_000, text="three hundred and fifty grand")),
    row("He earns about four grand a month.", approx(4000, text="about four grand")),
    row("She has won twenty-four grand slams.", point(24, "slam")),
    row("A grand jury indicted him."),
    # a spelled decimal is a value even when small and bare; "plus" a spelled number adds
    row("nought point two plus zero point three", point("0.2"), point("0.3")),
    row("The balance sheet reached 4 quadrillion won.", point("4e15", "KRW")),
    row("It can do 1.1 quintillion calculations a second.",
        point("1.1e18", "calculation / second")),
    row("three million, two hundred & forty, you say?", point(3_000_240)),
    row("Thirty-two thousand, five hundred and forty people attended the match.",
        point(32_540, "person")),
    row("One million, two hundred thousand viewers watched the final.",
        point(1_200_000, "viewer")),
    row("It cost three thousand and four thousand dollars.", point(3000, "USD"),
        point(4000, "USD")),
    row("Two men were arrested at the scene.", point(2, "man")),
    row("Seventeen firefighters were treated for smoke inhalation.",
        point(17, "firefighter")),
    row("Twenty-five thousand fans packed the stadium.", point(25_000, "fan")),
    row("Talks dragged on for a hundred days.", point(100, "day")),
    row("He served nine years in prison.", point(9, "year")),
    row("The government will spend four billion dollars on defence.",
        point(4_000_000_000, "USD")),
    row("Eleven ministers resigned in a single day.", point(11, "minister")),
    row("Fifty-six passengers were on board.", point(56, "passenger")),
    row("Two dozen houses were damaged.", point(24, "house")),
    row("The company hired three hundred new staff.", point(300, "staff")),
    row("Ninety-nine people died in the fire.", point(99, "person")),
    row("A million people marched in Paris.", point(1_000_000, "person")),
    row("The state spent a billion dollars on the wall.", point(1_000_000_000, "USD")),
    row("Two hundred thousand people signed up.", point(200_000, "person")),
    row("Fifteen climbers reached the summit.", point(15, "climber")),
    row("Three-quarters of a million homes lost power.", point(750_000, "home")),
    row("Rescuers worked for seven and a half hours.", point("7.5", "hour")),
    row("Thirty-three miners were trapped for 69 days.",
        point(33, "miner"), point(69, "day")),
    row("Overnight lows fell to minus five in the valley.", point(-5)),
]

# --- not claims: dates, times, ordinals, phones, names, labels, versions, scores --------------

NOT_CLAIMS = [
    # a note of the scale a table's figures are written in
    row("(in thousands, except per share data)"),
    row("All figures are in millions."),
    # identifiers in software documentation
    row("The release fixes CVE-2024-3094."),
    row("Requests fail with error 403."),
    row("Alerts fire on 5xx responses."),
    row("Turn on two-factor authentication."),
    row("The proxy speaks HTTP/2 and falls back to HTTP/1.1."),
    # the second day of a date range
    row("Fieldwork ran between March 4 and 9."),
    row("The festival runs from July 12 to 15."),
    # phone numbers with the area code in brackets, and short codes to text
    row("For tickets call (03) 9555 0142 before Friday."),
    row("Reply STOP? Text STOP to 60050 to opt out."),
    row("Text ‘HELP’ to 88440."),
    # clock times written with a dot, after a preposition of time
    row("The last ferry to Cowes leaves at 22.45."),
    row("Polls close at 22.00, with a first result expected after 01.30."),
    row("Kick-off was pushed back until 20.15 after a power cut."),
    row("The board meeting starts at 9.30."),
    # forms and plans named by a number, and the numbers of list items
    row("The 10-K and an 8-K filing were late."),
    row("Its annual 20-F report was delayed."),
    row("He saved for years in his 401(k)."),
    row("1. Revenue guidance was raised."),
    # a year that a figure is measured against bounds nothing
    row("Traffic returned to above 2019 levels in June."),
    row("He pleaded guilty under 21 U.S.C. § 841."),
    row("The ruling in Roe v. Wade, 410 U.S. 113 (1973), was overturned."),
    row("The display is 1080p and streams in 720p."),
    row("Wear an N95 mask on the R101 road, said R2-D2."),
    row("Over 18s can vote in the election."),
    row("At one point the queue stretched around the block."),
    row("The pair finished one-two in the race."),
    row("No one was hurt in the blast."),
    row("For bookings ring 020 7946 0018 before noon."),
    row("For details call 0800 123 4567 or +44 20 7946 0958."),
    row("In an emergency, call 911 immediately."),
    row("The bill passed on a 3-to-1 vote."),
    row("Germany's 10-year benchmark Bund yield fell."),
    row("The 30-year Treasury bond and the 10-year gilt both sold off."),
    row("Quarterback Dak Prescott (4) ran for a touchdown."),
    row("The service listens on port 8080."),
    # years read aloud
    row("Nineteen ninety-eight was the hottest year then on record."),
    row("\"In twenty twenty-two we lost everything,\" she said."),
    row("The format is defined in RFC 8259."),
    row("Volkswagen first used the system in its ID.3 hatchback."),
    row("The summit will be held on January 17 in Moscow."),
    row("The law came into force in 2022."),
    row("The policy dates back to the 1990s."),
    row("The declaration was signed on July 4, 2016."),
    row("The minister arrived at 10:30 on Monday."),
    row("Polls close at 5 pm local time."),
    row("The earthquake struck at 0401 GMT."),
    row("Maduro began his third term on Friday."),
    row("Space will shape the 21st century."),
    row("She was knocked out in the 2nd round."),
    row("Readers can call +1 555 0100 with tips."),
    row("The desk can be reached at (555) 010-0100."),
    row("Russia launched waves of Shahed-136 drones at Kyiv."),
    row("Ukraine has asked allies for more F-16 jets."),
    row("Hospitals were overwhelmed during the COVID-19 pandemic."),
    row("The airline grounded its Boeing 737 fleet."),
    row("The S&P 500 closed higher on Thursday."),
    row("Prosecutors cited Section 427 of the criminal code."),
    row("Article 230 of the constitution was invoked."),
    row("The victims were sitting in Row 21."),
    row("The servers run Python 3.11.2."),
    row("Arsenal won 3-2 at Anfield."),
    row("The Senate vote was 51 to 49."),
    row("The tie finished 2-2 on aggregate."),
    row("He joined the club in the 2012-13 season."),
    row("The bill cleared the House on March 3."),
    row("Parliament returns on 12 September."),
    row("Trading was halted shortly after 9.30am."),
    row("The ceasefire took effect on 1 January 2025."),
    row("The report covers fiscal 2023-24."),
    row("Flight 370 vanished over the Indian Ocean."),
    row("The crash closed Highway 401 near Toronto."),
    row("Apple unveiled the iPhone 15 on Tuesday."),
    row("An Airbus A320 made an emergency landing."),
    row("Fans still visit 221B Baker Street."),
    row("The retailer filed for Chapter 11 protection."),
    row("G20 leaders met in Rio de Janeiro."),
    row("Security Council Resolution 2231 endorsed the deal."),
    row("The M25 was closed in both directions."),
    row("Between 2019 and 2021 the agency was restructured."),
    row("He served as mayor from 2010 to 2014."),
    row("The match kicks off at 19:45."),
    row("The case turned on the 14th Amendment."),
    row("He was born on 04/07/1976 in Ohio."),
    row("The 2020s will be decisive for the climate."),
    row("Schedule 7 of the Terrorism Act allows stops at ports."),
    row("Chelsea beat Leeds 2-1 on Saturday."),
    row("The meeting is scheduled for 2025-03-14."),
    row("Inmates are held in Room 101."),
    row("The election was held in May 2024."),
    row("The Oct. 7 attack changed the region."),
    row("Fireworks lit the sky on the 4th of July."),
    row("Banks were blamed for the 2008 financial crisis."),
    row("The memorial honours victims of the 9/11 attacks."),
    row("He wore the No. 10 shirt for a decade."),
    row("Tickets for Paris 2024 sold out."),
    row("The kingdom's Vision 2030 plan relies on tourism."),
    row("Traffic backed up on Interstate 95."),
    row("Growth slowed in Q3 2024."),
    row("Users should install the 1.1.0 release."),
    row("Support for Windows 10 is ending."),
    row("The fashion recalls the '80s."),
    row("The bug was fixed before the year 2000."),
    row("The blast happened at 3:45 a.m."),
    row("The office is open from 9am to 5pm."),
    row("The drama aired on Channel 4."),
    row("Apollo 11 landed on the Moon."),
    row("Levels of PM2.5 pollution soared."),
    row("Delegates gathered for COP28 in Dubai."),
    row("The company filed its Form 10-K late."),
    row("Allies discussed invoking Article 5."),
    row("The team suffered a 3-1 defeat."),
    row("The couple celebrated their 25th anniversary."),
    row("The app requires iOS 17."),
    row("The measure passed 68-32 in the Senate."),
    row("The Senate voted 51-49 to confirm her."),
    row("Ukraine marked the 1,000th day of the war."),
    row("The helpline runs 24/7."),
    row("The B-52 bombers flew over the Baltic."),
    row("The soldier carried an M4 carbine."),
    row("Hamilton won his first Formula 1 race in 2007."),
    row("It is one of the largest banks in Europe."),
    row("Lagos is one of the busiest ports in Africa."),
    row("She was one of the few survivors."),
    # one picked out of a group, or a source, counts nothing
    row("One of the victims was a nurse."),
    row("It is one of my local stores."),
    row("One minister said the plan was unaffordable."),
    row("one dealer said the firm sold bonds."),
    row("The operator is rolling out its 5G network."),
    row("No 10 said the prime minister was confident."),
    row("The airline ordered the Boeing 787-9."),
    row("He was called up to the under-21 team."),
    row("Sony sold more PS5 consoles than PS4 models."),
    row("The full report is at https://example.org/reports/2024/q3?page=2&id=45."),
    row("Details at www.example.com/2020/05/story-123 online."),
    row("Some 3D printers use resin."),
    row("The over-50s were hit hardest by the closures."),
    row("Prices are higher than a year ago."),
    row("Troops will stay through at least 2025."),
    row("The office is at 575 Wilbraham Road, Chorlton M21 9AB."),
    row("Unit 3 at 16-18 Industrial Avenue has been leased."),
    row("Buyers prefer 4WD models."),
    # numbers listed after a labelled one are labels too
    row("Articles 5 and 6 of the treaty apply."),
    row("Open ports 80, 443 and 8080 on the firewall."),
    row("Sections 3, 4, and 7 were repealed."),
    row("Season 2 of the show starts in May."),
    # a year after a comparative other than of amount; a span of years; cricket scores
    row("The year was slightly cooler than 2024."),
    row("Output was below the average of 2018-2021."),
    row("Australia reached 6-387 at stumps, with Cummins taking 2-61."),
    # a capitalised number in words inside a sentence, before a capitalised word, names
    row("The treaty ended The Thirty Years' War in Europe."),
    # a version after a dotted name or an upgrade verb
    row("Upgrade to Node.js 20 before the end of April."),
    row("The cluster was upgraded from 1.27 to 1.28 last week."),
    row("Report outages to Oncor at 1-888-313-4747 or online."),
    # a hyphen that stays: no unit or scale word is broken here
    row("The pre- and post-war years were lean."),
    # a terminal's colour codes in a pasted log
    row("\x1b[31mERROR\x1b[0m the job failed."),
    # a Swiss group mark after a leading point is no number
    row(".0'000"),
    row("The estate includes a house at 9 E 71st St in Manhattan."),
]

# --- rates over a round number: one claim, the denominator in the unit -------------------------

RATES = [
    # a period after a price per thing belongs to the rate
    row("Seats cost $18 per user per month.", point(18, "USD / user / month")),
    # "daily", "weekly", "monthly" after an amount make it a rate
    row("The bridge carries about 180,000 vehicles daily.", approx(180_000, "vehicle / day")),
    row("Interns are paid £350 weekly.", point(350, "GBP / week")),
    row("Airlines run 12 daily flights to Lagos.", point(12, "flight")),
    # basketball box scores
    row("Maldonado averages 15.3 ppg, 7.4 rpg and 6.9 apg.",
        point("15.3", "point / game"), point("7.4", "rebound / game"),
        point("6.9", "assist / game")),
    row("The death rate is 12.3 per 100,000 people.",
        point("12.3", "1 / 100000 person", text="12.3 per 100,000 people")),
    row("There were 4.5 deaths per 1,000 live births.", point("4.5", "death / 1000 birth")),
    row("The car uses 6.5 litres per 100 km.", point("6.5", "liter / 100 kilometer")),
    row("The hybrid uses 5.2 L/100km.", point("5.2", "liter / 100 kilometer")),
    row("Homicides fell to 1.2 per 100,000 residents in 2024.",
        point("1.2", "1 / 100000 resident", change=("down", "to"))),
    row("Infant mortality was 3.8 per 1,000 in 2023.",
        point("3.8", "1 / 1000", text="3.8 per 1,000")),
    row("The rate is 2.1 per million women.", point("2.1", "1 / 1000000 woman")),
    row("Cases reached 310 per 100,000 population last week.",
        point(310, "1 / 100000 population")),
    row("Translators charge $90 per 1,000 words.", point(90, "USD / 1000 word")),
    row("The clinic has 12 nurses per 150 beds.", point(12, "nurse"), point(150, "bed")),
    # a period after a rate over a round number belongs to the rate
    row("The rate was 12 per 100,000 people a year.", point(12, "1 / 100000 person / year")),
    row("Infections reached 4 per 10,000 people per day.",
        point(4, "1 / 10000 person / day", text="4 per 10,000 people per day")),
    # a period after a price per unit belongs to the rate, also glued by a hyphen or a slash
    row("Storage costs $0.023 per GB per month.", point("0.023", "USD / gigabyte / month")),
    row("Storage costs $0.023 per GB-month.", point("0.023", "USD / gigabyte / month")),
    row("Storage costs $0.023/GB/month.", point("0.023", "USD / gigabyte / month")),
    row("Compute costs $0.0000166667 per GB-second.",
        point("0.0000166667", "USD / gigabyte / second")),
    # ... but not a time reference
    row("Petrol cost $3.50 per gallon a year ago.", point("3.50", "USD / gallon")),
    row("Requests cost $0.20 per 1 million requests.",
        point("0.20", "USD / 1000000 request", text="$0.20 per 1 million requests")),
    # a comparative between an amount and its period
    row("Households will pay about £70 more a year.",
        approx(70, "GBP / year", text="about £70 more a year")),
    # "pm" after money is per month in listings ("7 pm" is a clock time)
    row("Rent is R7,200 pm, water and lights excluded.", point(7200, "ZAR / month")),
    row("The two-bed flat is let at £1,150 pm.",
        point(2, "bed"), point(1150, "GBP / month")),
    # money, "a" and a noun that ends its phrase: a price per thing
    row("The new drug costs $1,000 a pill.", point(1000, "USD / pill", text="$1,000 a pill")),
    row("Tuition is $58,000 a semester at the college.", point(58_000, "USD / semester")),
    row("Set lunch is S$12 a plate, dinner S$30 a head.",
        point(12, "SGD / plate"), point(30, "SGD / head")),
    row("GPs will be paid £45 a visit from April.", point(45, "GBP / visit")),
    row("The striker earns €9 million a season.", point(9_000_000, "EUR / season")),
    # ... not a noun that goes on, nor one that sums the amount up
    row("The club paid $2 million a former owner had asked for.", point(2_000_000, "USD")),
    row("Bids reached $3m a source said.", point(3_000_000, "USD", text="$3m")),
    row("The painting sold for £12m a record for the artist.",
        point(12_000_000, "GBP", text="£12m")),
    row("He repaid $900 a few weeks later.", point(900, "USD", text="$900")),
    row("Rent was €2,100 a month before tax.", point(2100, "EUR", text="€2,100")),
]

# --- an unknown unit after a number keeps the number ------------------------------------------

UNKNOWN_UNITS = [
    row("Top relievers: Gant (0.5 WAR) and Reyes (0.4 WAR).", point("0.5"), point("0.4")),
    row("It was 30 C outside.", point(30)),
    row("He scored 5 C grades.", point(5, "grade")),
    row("Returns were 10X the stake.", point(10, change=("", "factor"))),
]

GROUPS = {
    "SEED_ARTICLE": SEED_ARTICLE, "ISSUE_EXAMPLES": ISSUE_EXAMPLES,
    "BROKE_OTHER_TOOLS": BROKE_OTHER_TOOLS, "MONEY": MONEY, "PERCENT": PERCENT,
    "PHYSICAL": PHYSICAL, "COUNTS": COUNTS, "RANGES": RANGES, "BOUNDS": BOUNDS,
    "HEDGES": HEDGES, "VAGUE": VAGUE, "CHANGES": CHANGES, "FRACTIONS": FRACTIONS,
    "SPELLED": SPELLED, "NOT_CLAIMS": NOT_CLAIMS, "UNKNOWN_UNITS": UNKNOWN_UNITS,
    "RATES": RATES,
}
ALL_ROWS = [param for rows in GROUPS.values() for param in rows]


@pytest.mark.parametrize("phrase, expected", ALL_ROWS)
def test_parse_claims(phrase: str, expected: List[Want]) -> None:
    claims = parse_claims(phrase)
    got = [project(claim, want) for claim, want in zip_longest(claims, expected)
           if claim is not None]
    assert got == expected


def test_tables_are_well_formed() -> None:
    ids = [param.id for param in ALL_ROWS]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert duplicates == []
    assert len(ALL_ROWS) >= 220
    assert len(NOT_CLAIMS) >= 40
    assert all(param.values[1] == [] for param in NOT_CLAIMS)
    reasons = {mark.kwargs["reason"] for param in ALL_ROWS for mark in param.marks}
    assert reasons == set(CAUSES.values()), "every cause is used, every xfail names one"


def test_extract_is_parse_claims() -> None:
    text = "Iran has supplied up to 3,000 drones."
    assert factcheck.extract(text) == parse_claims(text)


@pytest.mark.parametrize("text", [
    "Iran has supplied up to 3,000 drones.",
    "Tens of thousands of people marched.",
    "Exports doubled to $5bn, from 600 to 900 tonnes.",
])
def test_claims_are_whole_records(text: str) -> None:
    """finish_claim fills each Claim's __dict__ itself (see sentence.py): the records must be
    the ones Claim's own __init__ makes, every field in place and in order."""
    claims = parse_claims(text)
    assert claims
    for claim in claims:
        rebuilt = replace(claim)
        assert (claim, hash(claim), repr(claim)) == (rebuilt, hash(rebuilt), repr(rebuilt))
        assert list(vars(claim).items()) == list(vars(rebuilt).items())
        with pytest.raises(FrozenInstanceError):
            claim.unit = "x"  # type: ignore[misc]


@pytest.mark.parametrize("read_together", [
    pytest.param(read, id=read.__name__) for read in NEIGHBOUR_PASSES
    if read not in SINGLE_CLAIM_PASSES])
def test_pair_passes_leave_a_lone_claim(read_together: Any) -> None:
    """sentence_claims runs only SINGLE_CLAIM_PASSES on a sentence with one claim: every
    other pass must leave a lone claim (and no claim) as it is."""
    for param in ALL_ROWS:
        phrase = param.values[0]
        assert read_together([], make_sentence(phrase, (0, len(phrase)))) == []
        for claim in parse_claims(phrase):
            assert read_together([claim], make_sentence(phrase, claim.sentence)) == [claim]
