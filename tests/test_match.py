"""Matching a claim to a reference row: units, words, names, time, ties, scale.

Each table row is a sentence with one claim in it (written in brackets in the
id) and the row id the matcher must pick, or the reason it must give up.  The
reference table is TABLE below; add rows there only with a comment saying
which matching rule they exercise.  Claims are built by hand, so these tests do
not depend on the parser.
"""
from __future__ import annotations

import time
from decimal import Decimal
from typing import Any, Optional

import pytest

from factcheck.claims import Change, Claim, ReferenceRow
from factcheck.match import (MIN_SCORE, ReferenceIndex, WrittenBefore, subject_words,
                             words_first_seen)
from factcheck.match_index import text_words
from factcheck.match_units import denominator_stems, units_in
from factcheck.units import dimension_of


def make_row(row_id: str, subject: str, unit: str, value: Any = 1, *, as_of: str = "",
             keywords: tuple = ()) -> ReferenceRow:
    return ReferenceRow(id=row_id, subject=subject, value=Decimal(str(value)), low=None,
                        high=None, unit=unit, dimension=dimension_of(unit), keywords=keywords,
                        as_of=as_of)


TABLE = [
    make_row("drones_ru", "Iranian drones supplied to Russia", "drone", 3000),
    # decoy: same unit, another pair of countries
    make_row("drones_ua", "Turkish drones bought by Ukraine", "drone", 50),
    make_row("reward", "US reward for information leading to the arrest of Nicolás Maduro",
             "USD", 25000000, keywords=("bounty",)),
    # decoy: same unit, another person
    make_row("reward_other", "US reward for information on Hezbollah finances", "USD",
             10000000),
    make_row("road", "Length of the Lisbon to Porto motorway", "kilometer", 300),
    make_row("troops", "Russian troops killed in Ukraine", "person", 100000),
    # a series: the same subject at two dates
    make_row("unemp_2023", "Unemployment rate in Spain", "percent", "12.1", as_of="2023"),
    make_row("unemp_2024", "Unemployment rate in Spain", "percent", "11.3", as_of="2024"),
    # decoy: a longer subject sharing most words
    make_row("youth_unemp", "Youth unemployment rate in Spain", "percent", "26.5",
             as_of="2024"),
    make_row("pop_ve", "Population of Venezuela", "person", 28000000),
    make_row("inflation_tr", "Inflation in Turkey", "percent", 65, as_of="2023"),
    make_row("inflation_tr_2022", "Inflation in Turkey", "percent", 72, as_of="2022"),
    # two rows a sentence about "the fund" cannot tell apart
    make_row("fund_a", "Budget of the climate fund for mitigation", "EUR", 100000000),
    make_row("fund_b", "Budget of the climate fund for adaptation", "EUR", 40000000),
    make_row("gdp_growth", "GDP growth in Turkey", "percent", "4.5", as_of="2023"),
    # an outcome and a target with the same unit and words
    make_row("wind_es", "Wind capacity installed in Spain", "gigawatt", 31, as_of="2024"),
    make_row("wind_target_es", "Government target for wind capacity in Spain by 2030",
             "gigawatt", 62, as_of="2030"),
    make_row("measles_es", "Measles cases in Spain", "case", 2911, as_of="2024"),
    # a share of GDP beside a longer one about part of it
    make_row("cape_route", "Distance from Shanghai to Rotterdam via the Cape of Good Hope",
             "kilometer", 24950),
    make_row("chega_change", "Change in the vote share of Chega", "percentage_point", "3.5",
             as_of="2025"),
    make_row("debt_gdp_it", "Public debt of Italy as a share of GDP", "percent", "135.3",
             as_of="2024"),
    make_row("interest_gdp_it", "Interest spending on the public debt of Italy as a share "
             "of GDP", "percent", "4.1", as_of="2024"),
    # counted as deaths, claimed as people
    make_row("heat_deaths_es", "Heat deaths in Spain", "death", 2100, as_of="2024"),
    # keywords that only alias the row's name find it but lift nothing
    make_row("life_pt", "Life expectancy in Portugal", "", "81.2",
             keywords=("Portuguese Republic", "life span")),
    make_row("fertility_pt", "Fertility rate in Portugal", "", "1.4",
             keywords=("Portuguese Republic",)),
    make_row("diesel_pt", "Diesel price in Portugal", "USD", "1.9",
             keywords=("Portuguese Republic", "pump price")),
    make_row("health_pt", "Health spending in Portugal", "percent", "10.6",
             keywords=("Portuguese Republic",)),
    # a total and its per-capita figure in one unit, and a per-capita figure in cubic metres
    make_row("gni_pt", "GNI in PPP dollars of Portugal", "USD", 390000000000),
    make_row("gni_pc_pt", "GNI per capita in PPP dollars of Portugal", "USD", 37000),
    make_row("water_pc_pt", "Renewable freshwater resources per capita of Portugal",
             "meter ** 3", "3600.5"),
    # a country the article may take for granted ("UK"), beside a party it writes
    make_row("labour_seats", "Seats won by Labour in the UK general election", "seat", 411,
             as_of="2024"),
    # a body some row names: quoted as a source, it names no subject
    make_row("un_troops", "UN peacekeepers in Lebanon", "person", 10000),
    # a change row with no direction word, and one saying "reduction"
    make_row("unemp_change", "Change in the unemployment rate in Spain", "percentage_point",
             "0.8", as_of="2024"),
    make_row("cars_cut", "Daily reduction in cars entering central Lisbon", "car", 73000),
    # a rate per day, and a subject writing a difference word that is also a stop word
    make_row("assaults_daily", "Assaults on shop workers in Spain each day", "assault / day",
             2000),
    make_row("extra_police", "Extra police officers Spain plans to recruit", "officer", 3000),
    # two forecasts told apart by who makes them
    make_row("forecast_gov_es", "Spanish government forecast of GDP growth in 2025", "percent",
             "2.2", as_of="2025"),
    make_row("forecast_imf_es", "IMF forecast of GDP growth in Spain in 2025", "percent", "2.5",
             as_of="2025"),
    # two rows told apart only by a fraction word that names a part, not a number
    make_row("ironman_km", "Ironman triathlon course length", "kilometer", "225.97"),
    make_row("half_ironman_km", "Half Ironman triathlon course length", "kilometer",
             "112.98"),
    # a total whose keywords name the unit, beside its per-person figure and its change
    make_row("co2_no", "Carbon emissions of Norway", "metric_ton", 41000000,
             keywords=("CO2 equivalent",)),
    make_row("co2_pc_no", "Carbon emissions per person in Norway", "metric_ton", "7.5"),
    make_row("co2_change_no", "Change in carbon emissions of Norway", "percent", "-4.1"),
    # outcomes whose keywords hold a target word: an alias, not an intention
    make_row("policy_rate_no", "Norges Bank policy rate", "percent", "4.0",
             keywords=("policy rate target",)),
    make_row("flood_spend_no", "Government spending on flood defences in Norway", "NOK",
             2000000000, keywords=("flood action plan",)),
    # a requirement (a target row, by "needed") beside the outcome it is measured against
    make_row("pass_mark_no", "Minimum score needed to pass the Norwegian driving theory test",
             "percent", 85),
    make_row("avg_score_no", "Average score in the Norwegian driving theory test", "percent",
             78),
    # an estimate beside the outcome it guessed
    make_row("munch_estimate", "Presale estimate for the Munch lithograph", "GBP", 2000000),
    make_row("munch_price", "Sale price of the Munch lithograph", "GBP", 2600000),
    # two species counted in one sentence: a change's level keeps its own subject
    make_row("curlew_pairs", "Breeding pairs of curlews in the UK", "pair", 58500),
    make_row("kite_pairs_1990", "Breeding pairs of red kites in the UK", "pair", 60,
             as_of="1990"),
    make_row("kite_pairs_2024", "Breeding pairs of red kites in the UK", "pair", 6200,
             as_of="2024"),
    # two arms of a trial, told apart by the words on each side of "against"
    make_row("tb_vaccine_cases", "Tuberculosis cases in the vaccine group of the trial", "case",
             54),
    make_row("tb_placebo_cases", "Tuberculosis cases in the placebo group of the trial",
             "case", 109),
    # a change row beside its level rows, which carry a rate
    make_row("oil_price_es", "Wholesale price of olive oil per kilogram in Spain", "EUR",
             "3.60", as_of="2025"),
    make_row("oil_price_change_es", "Change in the wholesale price of olive oil in Spain",
             "percent", -55, as_of="2025"),
    # a series whose later years a sentence names beside other numbers
    make_row("min_wage_de_2024", "Statutory minimum wage per hour in Germany", "EUR", "12.41",
             as_of="2024"),
    make_row("min_wage_de_2025", "Statutory minimum wage per hour in Germany", "EUR", "12.82",
             as_of="2025"),
    make_row("min_wage_de_2026", "Statutory minimum wage per hour in Germany", "EUR", "13.90",
             as_of="2026"),
    # a count and the part of it that a sentence opening "Of those" speaks of
    make_row("homeless_den", "People experiencing homelessness in the Denver metro area",
             "person", 9619),
    make_row("unsheltered_den",
             "Unsheltered people experiencing homelessness in the Denver metro area", "person",
             3981),
]
INDEX = ReferenceIndex(TABLE)


def make_claim(sentence: str, surface: str, unit: str = "",
               change: Optional[Change] = None) -> Claim:
    start = sentence.index(surface)
    return Claim(text=surface, span=(start, start + len(surface)), value=Decimal(1),
                 low=Decimal(1), high=Decimal(1), unit=unit, dimension=dimension_of(unit),
                 sentence=(0, len(sentence)), change=change)


def case(sentence: str, surface: str, unit: str, expected: str,
         change: Optional[Change] = None, before: str = "") -> Any:
    """``expected`` is a row id, or "no_match" / "ambiguous" / "incompatible_unit"."""
    label = sentence.replace(surface, f"[{surface}]", 1)
    return pytest.param(sentence, surface, unit, expected, change, before, id=label)


WORDS = [
    case("Iran has supplied Russia with up to 3,000 drones, the CFR said.",
         "up to 3,000 drones", "drone", "drones_ru"),
    case("Estimates vary on how many Iranian drones Russia has acquired.",
         "many", "drone", "drones_ru"),
    case("Ukraine bought 50 drones from Turkey in 2022.", "50 drones", "drone", "drones_ua"),
    case("The U.S. offered a $25 million reward for information leading to Maduro's arrest.",
         "$25 million", "USD", "reward"),
    case("The US raised its bounty on Maduro to $25 million.", "$25 million", "USD",
         "reward"),
    case("The motorway from Lisbon to Porto is 190 miles long.", "190 miles", "mile", "road"),
    case("Venezuela has a population of 28 million people.", "28 million people", "person",
         "pop_ve"),
    case("Youth unemployment in Spain stood at 26.5% in 2024.", "26.5%", "percent",
         "youth_unemp"),
    case("Spain's unemployment rate fell to 11.3% in 2024.", "11.3%", "percent", "unemp_2024"),
    case("Spain's unemployment rate was 12.1% in 2023.", "12.1%", "percent", "unemp_2023"),
    case("The inflaton rate in Turkey hit 65% in 2023.", "65%", "percent", "inflation_tr"),
]

UNITS = [
    # "points" beside a share are percentage points
    case("Chega's vote share rose 4.5 points in 2025.", "4.5 points", "point", "chega_change"),
    # a length never matches money, a drone never a person
    case("The drones supplied by Iran to Russia flew 3,000 km.", "3,000 km", "kilometer",
         "no_match"),
    case("Iran supplied Russia with 3,000 people to run the drones.", "3,000 people", "person",
         "no_match"),
    # a bare number matches a counted row only when the noun is in the sentence
    case("Iran supplied Russia with drones: 3,000 of them, the CFR said.", "3,000", "",
         "drones_ru"),
    # words beside another number describe that number, not this one
    case("Iran supplied Russia with 3,000 drones, and then 2,000 more.", "2,000", "",
         "no_match"),
    case("Iran supplied Russia with more in 2023: 2,000, officials said.", "2,000", "",
         "no_match"),
    # the same subject in another unit that is not a count: the units are incompatible
    case("Youth unemployment in Spain rose by 3 percentage points.", "3 percentage points",
         "percentage_point", "incompatible_unit"),
]

NAMES_AND_TIME = [
    # a row naming a place the sentence does not mention is never picked
    case("Colombia has a population of 52 million people.", "52 million people", "person",
         "no_match"),
    case("Inflation in Argentina reached 65% in 2023.", "65%", "percent", "no_match"),
    # the name may sit in the sentence before, in the same paragraph
    case("Its population is 28 million people.", "28 million people", "person", "pop_ve",
         before="Venezuela held elections in July."),
    # no year: a series resolves to its latest row; the old level of a change needs two years
    case("Turkish inflation stands at 65%.", "65%", "percent", "inflation_tr"),
    case("Spain's unemployment rate fell from 12.1% to 11.3%.", "12.1%", "percent",
         "no_match", change=Change("down", "from")),
    case("Spain's unemployment rate fell from 12.1% in 2023 to 11.3% in 2024.", "12.1%",
         "percent", "unemp_2023", change=Change("down", "from")),
    case("Spain's unemployment rate fell from 12.1% in 2023 to 11.3% in 2024.", "11.3%",
         "percent", "unemp_2024", change=Change("down", "to")),
    case("Spain's unemployment rate fell from 12.1% to 11.3%.", "11.3%", "percent",
         "unemp_2024", change=Change("down", "to")),
    # a year that no row of the series carries lowers every row, but keeps the nearest choice
    case("Inflation in Turkey was 72% in 2022.", "72%", "percent", "inflation_tr_2022"),
    # the size of a change only matches a row about a change
    case("Turkey's economy grew 4.5% in 2023.", "4.5%", "percent", "gdp_growth",
         change=Change("up", "delta")),
    case("Inflation in Turkey rose 7 points in 2023.", "7 points", "percent", "no_match",
         change=Change("up", "delta")),
    # a forecast is only compared with a forecast or target row
    case("Economists expect inflation in Turkey to reach 65% in 2023.", "65%", "percent",
         "no_match"),
    # a difference is not a level
    case("Russia lost 100,000 more troops than Ukraine.", "100,000", "person", "no_match"),
]

RULES_OF_THUMB = [
    # a bare number right after a capitalised word is part of a name
    case("Hornsea 2 supplies homes in Spain with wind power.", "2", "", "no_match"),
    # "a year earlier" dates the claim a year back: the row before the latest
    case("Spain's unemployment rate had been 12.1% a year earlier.", "12.1%", "percent",
         "unemp_2023"),
    # the row's noun right after the number: "measles cases" counted as cases
    case("Spain recorded 2,911 measles cases in 2024.", "2,911 measles", "measle",
         "measles_es"),
    # outcome, target and forecast rows only meet their own kind of claim
    case("Spain had 31 GW of wind capacity installed in 2024.", "31 GW", "gigawatt",
         "wind_es"),
    case("Spain's government target is 62 GW of wind capacity by 2030.", "62 GW", "gigawatt",
         "wind_target_es"),
    case("Analysts expect Spain's wind capacity to reach 40 GW in 2026.", "40 GW", "gigawatt",
         "no_match"),
    # a deadline makes a target: "by 2030" prefers the target row
    case("Spain wants 62 GW of wind capacity by 2030.", "62 GW", "gigawatt", "wind_target_es"),
    # ", or" restates the figure before: it shares that figure's clause
    case("Interest spending on public debt in Italy reached about €85 billion in 2024, or "
         "roughly 3.9% of GDP.", "roughly 3.9%", "percent", "interest_gdp_it"),
    # ... and so does one restated in brackets
    case("A voyage from Shanghai to Rotterdam around the Cape of Good Hope covers about "
         "25,000 km (15,500 miles) and takes two weeks.", "15,500 miles", "mile", "cape_route"),
    # people and deaths count the same persons
    case("The heat killed 2,100 people in Spain in 2024.", "2,100 people", "person",
         "heat_deaths_es"),
]

BREAKDOWNS_AND_BARE_NUMBERS = [
    # a subgroup word near the number must be in the row
    case("In Portugal, life expectancy is 78.3 for men, female 84.1 and total 81.2.",
         "84.1", "", "no_match"),
    case("In Portugal, life expectancy is 78.3 for men, female 84.1 and total 81.2.",
         "81.2", "", "life_pt"),
    # a rank is not a level
    case("Life expectancy in Portugal gives it a ranking of 23.", "23", "", "no_match"),
    # an alias of the name lifts no row: only the subject's words decide
    case("Life span in the Portuguese Republic reached 81.2.", "81.2", "", "life_pt"),
    # a bare number takes the currency or percent its sentence writes on its own
    case("The pump price for diesel (US$ per liter) in Portugal was 1.9.", "1.9", "",
         "diesel_pt"),
    case("Health spending (% of GDP) in Portugal was 10.6.", "10.6", "", "health_pt"),
    # a "per" denominator the sentence writes qualifies a bare number wherever it stands:
    # the row lacking it loses, as if the claim's clause wrote it...
    case("The latest value for GNI per capita, PPP (current international $) in Portugal "
         "was 37,000 as of 2011.", "37,000", "", "gni_pc_pt"),
    case("GNI per capita; PPP (US dollar) in Portugal was last measured at 37000 in 2012.",
         "37000", "", "gni_pc_pt"),
    case("Portugal GNI per capita, PPP (current US$) 2012: 37,000.00, U.S. dollars",
         "37,000.00", "", "gni_pc_pt"),
    # a bare number takes a unit its sentence writes with no number beside it...
    case("Portugal Renewable internal freshwater resources per capita (cubic meters) 2011: "
         "3,600.50, Cubic meters", "3,600.50", "", "water_pc_pt"),
    case("Renewable freshwater resources per capita in Portugal, in cubic metres, were "
         "3,600.5.", "3,600.5", "", "water_pc_pt"),
    # ...and none when the sentence writes no unit, or writes it beside another number
    case("Renewable freshwater resources per capita in Portugal were 3,600.5.", "3,600.5",
         "", "no_match"),
    case("Renewable freshwater resources per capita in Portugal were 3,600.5, up 20 cubic "
         "metres.", "3,600.5", "", "no_match"),
]

TIES = [
    case("The climate fund has a mitigation budget of €100 million.", "€100 million", "EUR",
         "fund_a"),
    case("Unemployment in Spain reached 11.3%, officials said, and youth unemployment "
         "26.5%.", "26.5%", "percent", "youth_unemp"),
    case("Unemployment in Spain reached 11.3%, officials said, and youth unemployment "
         "26.5%.", "11.3%", "percent", "unemp_2024"),
    case("The climate fund's budget is €40 million.", "€40 million", "EUR", "ambiguous"),
    # the old level of a change with no earlier row is not checked against the current one
    case("Inflation in Turkey fell from 80% to 65% in 2023.", "80%", "percent", "no_match",
         change=Change("down", "from")),
]

#: rules prompted by the check cases of 2026-11-28, written before running the checker
#: (fixtures/checks/FIRST-RUN.md)
SECOND_BLIND_BATCH = [
    # a country never written is taken for granted beside the party the sentence names...
    case("Labour won 411 seats in the general election.", "411 seats", "seat",
         "labour_seats"),
    # ...but not when the sentence names another place near the claim
    case("In Scotland, Labour won 37 seats in the general election.", "37 seats", "seat",
         "no_match"),
    # a source quoted after the claim names nothing it is about
    case("Its population is 28 million people, the UN said.", "28 million people", "person",
         "pop_ve", before="Venezuela held elections in July."),
    # a number written as a word holds its clause: "two tourists from Portugal"
    case("The heat killed 2,100 people in Spain in 2024, among them two tourists from "
         "Portugal.", "2,100 people", "person", "heat_deaths_es"),
    # a subgroup row loses to the plain row when the claim's clause names no subgroup
    case("Unemployment in Spain fell to 11.3% in 2024, while youth unemployment reached "
         "26.5%.", "11.3%", "percent", "unemp_2024", change=Change("down", "to")),
    # the future tense alone meets an ordinary row
    case("The motorway from Lisbon to Porto will run 190 miles.", "190 miles", "mile", "road"),
    # a comparison meets a row about a change
    case("There are 73,000 fewer cars entering central Lisbon each day.", "73,000 fewer cars",
         "car", "cars_cut"),
    # the size of a change beside its level shares its subject; "Change in" needs no
    # direction word
    case("Spain's unemployment rate rose to 12.1% in 2024, up 0.8 percentage points.",
         "0.8 percentage points", "percentage_point", "unemp_change",
         change=Change("up", "delta")),
    # the year a change is measured from does not date it
    case("Turkey's economy grew 4.5% on 2022.", "4.5%", "percent", "gdp_growth",
         change=Change("up", "delta")),
    # an old level is dated by a year right after it
    case("Spain's unemployment rate has fallen to 11.3%, from 12.1% in 2023.", "12.1%",
         "percent", "unemp_2023", change=Change("down", "from")),
    # the second blind batch: a count against a per-day row when the sentence writes the
    # day; "extra" written by the row; "zero growth" holds its clause, so the IMF there
    # does not name the government's forecast
    case("Unions counted 2,000 assaults on shop workers in Spain a day.", "2,000 assaults",
         "assault", "assaults_daily"),
    case("Spain plans to recruit 3,000 extra police officers.", "3,000 extra police officers",
         "officer", "extra_police"),
    case("Spain's government expects growth of 2.2% in 2025, while the IMF forecasts zero "
         "growth.", "2.2%", "percent", "forecast_gov_es"),
]


#: rules prompted by the fifth blind batch (fixtures/checks/FIRST-RUN.md)
FIFTH_BLIND_BATCH = [
    # "half", "third" and "quarter" name parts of things ("a half Ironman", "the third
    # quarter"), so a row writing one is not about a sentence that lacks it
    case("The 226-kilometre Ironman triathlon course starts in the harbour.",
         "226-kilometre", "kilometer", "ironman_km"),
    case("Her first half Ironman triathlon was over 113 km.", "113 km", "kilometer",
         "half_ironman_km"),
    # a word only a rival's keywords hold ("CO2 equivalent") costs a row nothing: it
    # finds the rival but says nothing of what the rival measures
    case("Carbon emissions per person in Norway were 7.9 tonnes of CO2 equivalent.",
         "7.9 tonnes", "metric_ton", "co2_pc_no"),
    case("Norway's carbon emissions fell 4.1% to 41 million tonnes of CO2 equivalent.",
         "4.1%", "percent", "co2_change_no", change=Change("down", "delta")),
    # only a row's subject makes it a target; a keyword holding "target" or "plan" is
    # another name for the figure
    case("Norges Bank's policy rate stands at 4.5%.", "4.5%", "percent", "policy_rate_no"),
    case("Norway spent NOK 2 billion on flood defences last year.", "NOK 2 billion", "NOK",
         "flood_spend_no"),
    # "needs" speaks of a requirement, like "needed": the claim may meet the target row
    case("The Norwegian driving theory test needs a score of at least 85% to pass.",
         "at least 85%", "percent", "pass_mark_no"),
    # "estimated" says the figure is an estimate: it is no longer a stop word
    case("Bonhams had estimated the Munch lithograph at £2 million.", "£2 million", "GBP",
         "munch_estimate"),
]


#: rules prompted by the sixth blind batch (fixtures/checks/FIRST-RUN.md)
SIXTH_BLIND_BATCH = [
    # the two levels of a change share their subject, but not across "while", "and" or
    # "but", which turn to another one
    case("UK curlew numbers fell 48%, to roughly 58,500 breeding pairs, while red kites rose "
         "from 100 breeding pairs in 1990 to 6,000 breeding pairs.", "58,500 breeding pairs",
         "pair", "curlew_pairs", change=Change("down", "to")),
    # a year right after the old level ("from 100 pairs in 1990") dates it, not the new one
    case("Red kites in the UK have risen from 100 breeding pairs in 1990 to 6,000 breeding "
         "pairs.", "6,000 breeding pairs", "pair", "kite_pairs_2024",
         change=Change("up", "to")),
    # years beside other numbers past "and" date those, not the old level of a change,
    # so nothing dates "up from €12.41" (a single year dates the new level)
    case("Germany's statutory minimum wage rose to €12.82 an hour on Jan. 1, 2025, up from "
         "€12.41, and will climb to €13.90 in 2026 and €14.60 in 2027.", "€12.41", "EUR",
         "no_match", change=Change("up", "from")),
    # "against" opens the clause of another figure
    case("The trial saw 54 tuberculosis cases among those given the vaccine against 107 in "
         "the placebo group.", "54 tuberculosis cases", "case", "tb_vaccine_cases"),
    case("The trial saw 54 tuberculosis cases among those given the vaccine against 107 in "
         "the placebo group.", "107", "case", "tb_placebo_cases"),
    # a change row need not write the unit of the level beside the change
    case("Wholesale prices of olive oil in Spain fell 55% to €3.60 a kilogram.", "55%",
         "percent", "oil_price_change_es", change=Change("down", "delta")),
    # "Of those" speaks of the subject of the sentence before, as if it wrote it
    case("Of those, 3,891 people were unsheltered.", "3,891 people", "person",
         "unsheltered_den", before="Volunteers counted 9,619 people experiencing homelessness "
         "across the Denver metro area."),
]


#: rules prompted by a red team of the checker
CHECKER_RED_TEAM = [
    # a figure the article calls wrong is no claim of its own
    case("Iran has supplied Russia with 2,400 drones, not 3,000 as first reported.", "3,000",
         "drone", "no_match"),
    case("Iran has supplied Russia with 2,400 drones, not 3,000 as first reported.",
         "2,400 drones", "drone", "drones_ru"),
]


#: the "per" denominators a sentence writes for a claim, as words of its clause
DENOMINATORS = [
    pytest.param("GNI per capita, PPP in Zambia was 1,490", "1,490", "", ("capita",),
                 id="GNI per capita, PPP in Zambia was [1,490]"),
    pytest.param("Freshwater per person (cubic meters) 2011: 7,425", "7,425", "", ("person",),
                 id="Freshwater per person (cubic meters) 2011: [7,425]"),
    # beside another number, or in a clause holding one: that number's denominator
    pytest.param("GDP was $20 billion, or $500 per capita, and 1,490 in PPP", "1,490", "", (),
                 id="GDP was $20 billion, or $500 per capita, and [1,490] in PPP"),
    pytest.param("GNI was 390 billion, or 37,000 per capita", "390 billion", "", (),
                 id="GNI was [390 billion], or 37,000 per capita"),
    # a claim written as a rate states its own denominator
    pytest.param("Alcohol drunk per capita was 9.8 litres per year", "9.8 litres per year",
                 "liter / year", (), id="Alcohol drunk per capita was [9.8 litres per year]"),
    # ... unless the sentence writes that same denominator apart from the number
    pytest.param("Ireland drank 9.8 litres (2.6 gallons) of pure alcohol per capita",
                 "9.8 litres", "liter / person", ("capita",),
                 id="[9.8 litres] (2.6 gallons) of pure alcohol per capita"),
    # "per cent" is no denominator
    pytest.param("Growth per cent in Zambia was 1,490", "1,490", "", (),
                 id="Growth per cent in Zambia was [1,490]"),
]


@pytest.mark.parametrize("sentence, surface, unit, expected", DENOMINATORS)
def test_denominator_stems(sentence: str, surface: str, unit: str, expected: tuple) -> None:
    assert denominator_stems(make_claim(sentence, surface, unit), sentence) == expected


#: the units a sentence writes with no number beside them, which a bare number may take
FREE_UNITS = [
    pytest.param("Freshwater per capita (cubic meters) 2011: 7,425.25", {"meter ** 3"},
                 id="Freshwater per capita (cubic meters) 2011: 7,425.25"),
    pytest.param("Rainfall in millimetres was 850", {"millimeter"},
                 id="Rainfall in millimetres was 850"),
    pytest.param("It rose 5 metres and fell 3 kg", set(), id="It rose 5 metres and fell 3 kg"),
    # money, percentages and counted nouns have their own rules
    pytest.param("Spending (% of GDP, US$) on 300 hospitals", set(),
                 id="Spending (% of GDP, US$) on 300 hospitals"),
]


@pytest.mark.parametrize("sentence, expected", FREE_UNITS)
def test_units_in(sentence: str, expected: set) -> None:
    assert units_in(sentence) == expected


@pytest.mark.parametrize("sentence, surface, unit, expected, change, before",
                         WORDS + UNITS + NAMES_AND_TIME + RULES_OF_THUMB
                         + BREAKDOWNS_AND_BARE_NUMBERS + TIES + SECOND_BLIND_BATCH
                         + FIFTH_BLIND_BATCH + SIXTH_BLIND_BATCH + CHECKER_RED_TEAM)
def test_match(sentence: str, surface: str, unit: str, expected: str,
               change: Optional[Change], before: str) -> None:
    claim = make_claim(sentence, surface, unit, change)
    found = INDEX.match(claim, sentence, before=before)
    got = found.row.id if found.row is not None else found.reason
    assert got == expected, [(c.row.id, round(c.score, 3)) for c in found.candidates]


def test_names_written_earlier_count_unless_the_sentence_names_another() -> None:
    sentence = "Its unemployment rate stood at 11.3% in 2024."
    claim = make_claim(sentence, "11.3%", "percent")
    assert INDEX.match(claim, sentence).reason == "no_match"
    earlier = WrittenBefore(words_first_seen("Spain is recovering. " + sentence), 21)
    assert INDEX.match(claim, sentence, names=earlier).row.id == "unemp_2024"  # type: ignore
    switched = "In Turkey, the unemployment rate stood at 11.3% in 2024."
    claim = make_claim(switched, "11.3%", "percent")
    earlier = WrittenBefore(words_first_seen("Spain is recovering. " + switched), 21)
    assert INDEX.match(claim, switched, names=earlier).row is None


def test_a_country_is_taken_for_granted_only_while_the_article_names_no_other() -> None:
    sentence = "Labour won 37 seats in the election."
    claim = make_claim(sentence, "37 seats", "seat")
    assert INDEX.match(claim, sentence).row.id == "labour_seats"  # type: ignore[union-attr]
    text = "Scotland voted in May. " + sentence
    earlier = WrittenBefore(words_first_seen(text), text.index(sentence))
    assert INDEX.match(claim, sentence, names=earlier).reason == "no_match"


def test_a_name_word_other_names_share_names_nothing() -> None:
    # "Hurricane" of "Hurricane Milton" also names Ian: a sentence about Helene writes
    # neither storm's name
    rows = [make_row("milton", "Insured losses from Hurricane Milton", "USD", 34000000000),
            make_row("ian", "Homes flooded by Hurricane Ian", "home", 96000)]
    index = ReferenceIndex(rows)
    sentence = "Hurricane Helene caused about $9 billion in insured losses."
    claim = make_claim(sentence, "$9 billion", "USD")
    assert index.match(claim, sentence).row is None
    milton = "Hurricane Milton caused about $34 billion in insured losses."
    claim = make_claim(milton, "$34 billion", "USD")
    assert index.match(claim, milton).row.id == "milton"  # type: ignore


def test_a_sentence_opening_of_those_speaks_of_the_one_before() -> None:
    before = "Volunteers counted 9,619 people experiencing homelessness in Denver."
    for opening, weight in [("Of those, ", 0.85), ("Meanwhile, ", None)]:
        sentence = opening + "3,891 people were unsheltered."
        words, extra = text_words(make_claim(sentence, "3,891 people", "person"), sentence,
                                  before)
        own = {w.stem: w.weight for w in words}
        assert own.get("homelessness") == weight, (opening, own)


def test_ambiguous_match_lists_the_tied_rows() -> None:
    sentence = "The climate fund's budget is €40 million."
    found = INDEX.match(make_claim(sentence, "€40 million", "EUR"), sentence)
    assert {c.row.id for c in found.candidates} == {"fund_a", "fund_b"}


def test_candidates_are_scored_best_first_and_unit_checked() -> None:
    sentence = "Iran has supplied Russia with up to 3,000 drones."
    pairs = INDEX.candidates(make_claim(sentence, "up to 3,000 drones", "drone"), sentence)
    assert pairs[0][0].id == "drones_ru" and pairs[0][1] >= MIN_SCORE
    assert all(row.unit == "drone" for row, _ in pairs)
    assert [score for _, score in pairs] == sorted((score for _, score in pairs), reverse=True)


SUBJECT_WORDS = [
    pytest.param("Iranian drones supplied to Russia", ["iran", "dron", "supply", "russia"],
                 id="demonym and stems"),
    pytest.param("the U.S. and the United Kingdom", ["usa", "uk"], id="abbreviation and phrase"),
    pytest.param("let us count", ["let", "count"], id="lower-case us is a pronoun"),
    pytest.param("Nicolás Maduro's term", ["nicola", "maduro", "term"], id="accents folded"),
]


@pytest.mark.parametrize("text, stems", SUBJECT_WORDS)
def test_subject_words(text: str, stems: list) -> None:
    assert [w.stem for w in subject_words(text)] == stems


def test_lookup_walks_only_rows_sharing_a_word() -> None:
    rows = [make_row(f"r{i}", f"Output of factory number {i} in region z{i % 997}", "tonne")
            for i in range(60_000)]
    rows.append(make_row("steel", "Steel output of Zenica works", "tonne", 500))
    index = ReferenceIndex(rows)
    sentence = "The Zenica steel works produced 500 tonnes last year."
    claim = make_claim(sentence, "500 tonnes", "tonne")
    started = time.perf_counter()
    for _ in range(100):
        found = index.match(claim, sentence)
    per_claim = (time.perf_counter() - started) / 100
    assert found.row is not None and found.row.id == "steel"
    query = index._query(*text_words(claim, sentence, ""))
    assert len(index._scores(query)) < 100
    assert per_claim < 0.01


def test_a_percent_sign_of_another_number_licenses_no_bare_number() -> None:
    sentence = "Health spending in Portugal was 10.6, and 67% agreed."
    claim = make_claim(sentence, "10.6", "")
    assert all(row.id != "health_pt" for row, _ in INDEX.candidates(claim, sentence))


def test_a_name_in_the_claims_own_clause_owns_it_whatever_name_stands_first() -> None:
    rows = [make_row("holm_share", "Vote share of Lars Holm in the Swedish election", "percent",
                     "56.6"),
            make_row("berg_share", "Vote share of Anna Berg in the Swedish election", "percent",
                     "41.6")]
    index = ReferenceIndex(rows)
    text = "The Swedish election was close. "
    sentence = "Lars Holm won 56.6% of the vote, against 44.6% for Anna Berg."
    earlier = WrittenBefore(words_first_seen(text + sentence), len(text))
    for surface, expected in (("56.6%", "holm_share"), ("44.6%", "berg_share")):
        found = index.match(make_claim(sentence, surface, "percent"), sentence, names=earlier)
        assert found.row is not None and found.row.id == expected, found.candidates


def test_a_hedged_amount_after_a_comma_restates_the_figure_before() -> None:
    """ "NZ$24.2 billion, around US$14.5 billion": one figure in two currencies, so the
    second takes the words of the first one's clause (seventh blind batch)."""
    from factcheck.match_clauses import clause_weights
    sentence = "Dairy exports earned NZ$24.2 billion, around US$14.5 billion."
    start = sentence.index("around")
    assert clause_weights(sentence, start, len(sentence) - 1)[:3] == [1.0, 1.0, 1.0]
    cut = "Dairy exports earned NZ$24.2 billion, with US$14.5 billion spent."
    start = cut.index("US$")
    assert clause_weights(cut, start, start + 15)[:3] == [0.4, 0.4, 0.4]
