"""What a number counts: the noun after it ("3,000 drones", "600 Shahed drones",
"a 12-member jury"), skipping modifiers and model names."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import FrozenSet, Final, Optional, Sequence

from factcheck import lexicon, units
from factcheck.numerals import ORDINAL_WORDS, TIMES_SIGNS, parse_number
from factcheck.sentence import Sentence, number_start
from factcheck.text import POSSESSIVE_ENDINGS, Word


_GRAMMAR: Final = lexicon.word_sections("grammar_words.txt")

#: a word right before one of these is a verb, not a counted noun: "150 requires a permit"
_DETERMINERS: Final = _GRAMMAR["verb_markers"]

#: a plural-looking word before one of these is a verb: "19 fouls proves it was feisty"
_OBJECT_WORDS: Final = _DETERMINERS | _GRAMMAR["object_words"]
#: determiners that open a verb's object after a plural noun and an -s word: "30 pupils
#: visits the farm", "1,200 ewes grazes the hill" (the -s word is no second noun)
_OBJECT_DETERMINERS: Final = _GRAMMAR["possessive_determiners"] \
    | _GRAMMAR["distributive_determiners"]

#: verbs that look like plurals: "60,000 seems more realistic"
_S_VERBS: Final = _GRAMMAR["s_verbs"]
#: verbs in -s that are nouns of their own after a number but verbs after a plural: "A pen
#: of 4 goats sells for £400" (but "40 sells and 12 buys")
_VERBS_AFTER_PLURALS: Final = _GRAMMAR["verbs_after_plurals"]
_FORECASTERS: Final = _GRAMMAR["forecaster_nouns"]
_PLURAL_MODIFIERS: Final = _GRAMMAR["plural_modifiers"]
#: verbs after a fraction word that make it a share of people (grammar_words.txt)
_SHARE_VERBS: Final = _GRAMMAR["share_verbs"] | _GRAMMAR["object_share_verbs"]
_VERB_FOLLOWERS: Final = _GRAMMAR["verb_followers"]
_MAGNITUDE_NOUNS = _GRAMMAR["magnitude_nouns"]
_FORECAST_VERBS: Final = _GRAMMAR["forecast_verbs"]

#: function words that may still stand between a number and what it counts: "8 other employees"
NOUN_MODIFIERS: Final = _GRAMMAR["noun_modifiers"]

#: animals counted without a final "s", in lower case ("150 lynx", not "Elk Grove")
ANIMAL_PLURALS: Final = _GRAMMAR["animal_plurals"]
PLURAL_NOUNS: Final = _GRAMMAR["plural_nouns"] | ANIMAL_PLURALS
#: particles in the plural that end a noun made of a verb: "sign-ups", "opt-outs", "lay-offs"
#: prefixes glued by a hyphen that make another noun, kept in what is counted: "co-sponsors"
_NOUN_PREFIXES: Final = frozenset(["co", "ex", "vice", "step", "sub", "self"])
_PARTICLE_PLURALS: Final = frozenset(["ups", "outs", "ins", "offs", "downs", "overs", "ons",
                                      "aways", "backs", "throughs", "bys", "arounds", "abouts"])
#: adverbs in "s" that are no plural: "300 people overseas"
_S_ADVERBS: Final = _GRAMMAR["s_adverbs"]

#: "one-time", "a 5,000-strong crowd": a hyphenated word after a number that it does not count
_HYPHEN_IDIOMS: Final = _GRAMMAR["hyphen_idioms"]


#: nouns ending in -ed or -ing that a number counts: "a 3-bed flat", "1 serving = 30g"
_ED_NOUNS: Final = frozenset(["bed", "shed", "serving"])
#: what a listing counts in the singular: "a 3 bed semi", "3 bed, 2 bath", "6 berth
#: motorhome", "3 seater sofa" (grammar_words.txt)
_LISTING_NOUNS: Final = _GRAMMAR["listing_nouns"]
#: capitals each followed by a dot, before a space: "U.S.", "U.N.", "E.U."
_DOTTED_CAPITALS: Final = re.compile(r"(?:[A-Z]\.){2,3}(?=[ ])")
#: nouns counted in fractions, in the singular: "half a point", "a quarter-point cut", "a
#: 4.5-star average", "half a tablet"
_SINGULAR_AFTER_FRACTION: Final = frozenset(["point", "star"]) \
    | _GRAMMAR["dose_nouns"]


#: verbs of giving and sending, whose first object a count may be: "gave 23 million
#: households a $30 credit", "sent 2 million customers a text" (grammar_words.txt)
_GIVING_VERBS: Final = _GRAMMAR["giving_verbs"]
_SCALE_NAMES: Final = frozenset(["thousand", "million", "billion", "trillion"])


#: words between a verb of giving and the number of those given to: "each of the", "all"
_GIVEN_GROUP_WORDS: Final = frozenset(["each", "all", "of", "the", "its", "their", "some"])
#: the words of a bound or hedge between a verb of giving and its number
_BOUNDS_OF_THE_GIVEN: Final = frozenset(["upwards", "more", "than", "about", "over", "nearly",
                                         "almost", "around", "roughly", "some", "up", "to",
                                         "as", "many", "least", "at"])


def _model_number_end(after: Sequence[Word], index: int) -> int:
    """Where a model's number ends when the capitals at ``index`` are followed by it and a
    plural noun: "EQS 450 sedans", "EQS 450+ sedans"; else -1."""
    number = index + 1
    if number + 1 >= len(after) or not after[number].text.isdigit() \
            or after[number].start != after[index].end + 1:
        return -1
    if after[number + 1].text == "+" and after[number + 1].start == after[number].end:
        number += 1
    return number if number + 1 < len(after) and after[number + 1].text.islower() \
        and is_plural_word(after[number + 1].lower) else -1


def _ends_caps_noun(sentence: Sentence, end: int, function_words: FrozenSet[str]) -> bool:
    """Whether a singular noun of a headline in capitals ends where a noun phrase ends: a
    function word, a mark, a verb in "-ed" or "-s" follows ("SIGNALS ONE CUT IN MARCH", "ONE
    MAN ARRESTED", "ONE WOMAN DIES"), not inside a name ("ONE WORLD TRADE CENTER")."""
    following = sentence.after(end, 1)
    return not following or not following[0].text.isalpha() \
        or following[0].lower in function_words \
        or following[0].lower.endswith("ed") \
        or (following[0].lower.endswith("s") and not following[0].lower.endswith("ss"))


def _after_giving_verb(sentence: Sentence, pos: int) -> bool:
    """Whether the number ending at ``pos`` follows a verb of giving: "gave 23 million"."""
    return _giving_verb(sentence, pos) is not None


def _giving_verb(sentence: Sentence, pos: int) -> Optional[str]:
    """The verb of giving the number ending at ``pos`` follows, lower-cased, or None."""
    for word in reversed(sentence.before(pos, 9)):
        if word.text[:1].isdigit() or word.text in (",", ".") or word.lower in _SCALE_NAMES \
                or parse_number(word.lower) is not None:
            continue  # the number itself: "23", "million", "2.5"
        if word.lower in _GIVEN_GROUP_WORDS or word.lower in _BOUNDS_OF_THE_GIVEN:
            continue  # "gives each of the 2,345 claimants": the group given to; "has given
            # upwards of 8 million visitors"
        return word.lower if word.lower in _GIVING_VERBS else None
    return None


def _recipients_first(sentence: Sentence, pos: int, word: Word, following: Word) -> bool:
    """Whether the plural ``word`` after a verb of giving names those given to, and the
    plural ``following`` what they are given: "gave 23 million households a $30 credit",
    "gave 300 Ukrainians visas" (not "sold 3,000 Rangers tickets", "donated 40 Christmas trees
    to the hospice")."""
    verb = _giving_verb(sentence, pos)
    return verb is not None \
        and (word.text.islower() or (verb not in _SELLING_VERBS
                                     and not word.lower.endswith("mas"))) \
        and not _TO_RECIPIENT.match(sentence.text, following.end) \
        and not _noun_next(sentence, following)


#: "to" after the thing given, which names whom it went to: "donated 40 Texas flags to the
#: school" (not "gave 300 Ukrainians visas to work")
_TO_RECIPIENT: Final = re.compile(
    r"[ ]to[ ](?:the|a|an|its|their|his|her|our|local|[A-Z][a-z]*|[a-z]+s)\b")
#: verbs of selling, after which a word in capitals before a plural names the kind of thing
#: sold, not whom: "sold 3,000 Rangers tickets" (but "gave 300 Ukrainians visas"; and
#: "Christmas" is no plural of people after any verb: "donated 40 Christmas trees")
_SELLING_VERBS: Final = frozenset(["sold", "sell", "sells", "selling"])


#: what stands before the pronoun "one" that a participle and its object follow
_PRONOUN_ONE_BEFORE: Final = frozenset([",", "including", "with", "of", "while"])
#: verbs of a crowd right after its number, before a place or an event named or determined
#: (grammar_words.txt)
_CROWD_VERBS: Final = _GRAMMAR["crowd_verbs"]
_CROWD_OBJECT_OPENERS: Final = frozenset(["the", "a", "an", "its", "their", "his", "her"])
#: crowd verbs that are also adjectives of goods, which count nothing only before "the", a
#: possessive or a venue's name ("2,000 filled Easter eggs" counts eggs)
_CROWD_ADJECTIVES: Final = frozenset(["filled", "packed", "lined", "jammed", "crammed"])
#: the last word of a venue's name after a crowd's verb: "51,762 filled Ellis Park" (not "2,000
#: filled Easter eggs"; grammar_words.txt)
_VENUE_WORDS: Final = _GRAMMAR["venue_words"]
#: uncountable nouns, a participle's object after the pronoun "one" and a word in -ing
#: (grammar_words.txt)
_MASS_NOUNS: Final = _GRAMMAR["mass_nouns"]
#: verbs in -ing whose object follows them, after which the pronoun "one" counts nothing:
#: "one carrying crude" (grammar_words.txt)
_PARTICIPLE_ING_WORDS: Final = _GRAMMAR["participle_ing_words"]
#: verbs in -ing of going to a place, and the places, after which "one" is that pronoun:
#: "one attending school" (grammar_words.txt)
_ATTENDING_VERBS: Final = _GRAMMAR["attending_verbs"]
_ATTENDED_PLACES: Final = _GRAMMAR["attended_places"]


#: the heads of a school year named by number: "Form Four", "Standard 7"
_SCHOOL_YEAR_HEADS: Final = frozenset(["Form", "Standard", "Primary", "primary"])


def counted_noun(sentence: Sentence, pos: int, value: Optional[Decimal],
                 fraction: bool = False) -> Optional[Word]:
    """The noun a number counts: "3,000 drones", "600 Shahed drones", "one solution"; a
    ``fraction`` written as one glyph counts a part of the one thing right after it
    ("\N{VULGAR FRACTION ONE HALF} onion", "\N{VULGAR FRACTION ONE HALF} red onion")."""
    function_words = lexicon.load().function_words
    months = lexicon.load().not_claims["months"]
    after = sentence.after(pos, 8)
    sized = len(after) > 1 and (after[0].text.isdigit() or after[1].text.isdigit()
                                or _spelled_measure(sentence, after)) \
        and not _year_like(sentence, pos)
    if sized:
        after = sentence.after(pos, 10)  # room for a measure: "300 20-litre drums"
    if after and after[0].start == pos and after[0].text == "-":
        if value is not None and value != value.to_integral_value() and not (
                after[1:2] and after[1].lower in _SINGULAR_AFTER_FRACTION):
            return None  # "6.0-sigma": a measure, not a count (but "a 3.5-point lead", "a
            # 0.25-point cut" are points and "a 4.8-star rating" stars, as "4.8 stars" are)
        return _hyphenated_noun(sentence, after, function_words, months)
    if not after or sentence.gap(pos, after[0].start) not in (" ", "-", "\N{NO-BREAK SPACE}"):
        return None
    if len(after) > 1 and after[0].lower in ("a", "an") and after[1].lower in _PERIODS:
        return None  # "Take 1 a day": so many a period, no day counted
    if value is not None and 0 < value < 1 and after[0].lower in _SHARE_VERBS:
        return None  # "A third expect prices to rise": a share of people, then their verb
    if len(after) > 2 and after[0].lower == "top" and sentence.gap(pos, after[0].start) == " " \
            and (after[1].text.isdigit() or parse_number(after[1].lower) is not None):
        return counted_noun(sentence, after[1].end, value)  # "17 top 10 singles": the
        # chart's top describes the singles counted
    if len(after) > 2 and after[0].text in _SCHOOL_YEAR_HEADS \
            and sentence.gap(pos, after[0].start) == " " \
            and (after[1].text.isdigit() or parse_number(after[1].lower) is not None):
        return counted_noun(sentence, after[1].end, value)  # "1.2 million Form Four
        # candidates": the school year describes the pupils counted
    model = _model_plural(sentence, after)
    if model is not None and sentence.gap(pos, after[0].start) == " ":
        return model  # "two 747s", "12 F-35s", "150 A321neos": the model is what is counted
    if len(after) > 2 and after[0].lower == "person" and after[1].text == "-" \
            and after[2].lower in ("times", "time") and after[0].end == after[1].start \
            and after[1].end == after[2].start:
        # "3.2 billion person-times of trips": trips counted person by person, as official
        # Chinese statistics count them
        return Word(sentence.text[after[0].start:after[2].end], after[0].start, after[2].end,
                    sentence.text[after[0].start:after[2].end].lower())
    if after[0].text in TIMES_SIGNS and len(after) > 1 and after[1].text.isdigit():
        size = sentence.unit_after(after[1].end)
        if size is None or (size.dimension in _SIZE_DIMENSIONS
                            and sides_of_a_size(value, parse_number(after[1].text))):
            return None  # "600 x 600mm slabs", "a 12 x 12ft gazebo": a side of a size
    singular_ok = value is not None and (abs(value) == 1 or (
        0 < abs(value) < 1 and after[0].lower in _SINGULAR_AFTER_FRACTION) or (
            after[0].lower in _LISTING_NOUNS and value == value.to_integral_value()
            and not (len(after) > 1 and is_plural_noun(after[1], function_words))))
    part_of_one = fraction and value is not None and 0 < abs(value) < 1
    hyphenated = sentence.gap(pos, after[0].start) == "-"
    compound_end = -1
    passed_noun = False  # a lower-case singular noun was passed: "Its 70B model beats"
    sized_by_letter = sentence.text[pos - 1:pos] in _SIZE_LETTERS \
        and sentence.text[pos - 2:pos - 1].isdigit()  # (not "the 1,000 job cuts HSBC")
    if after[0].lower == "model" and sized_by_letter:
        return None  # "a 7B model needs 14GB": the size of one model, in parameters
    for index, word in enumerate(after):
        if index >= (4 if compound_end < 0 else len(after) if sized else compound_end + 4):
            break  # a compound adjective may stretch the look-ahead by its two extra tokens
            # ("about 20 decently sized coal-fired power plants")
        lowered = word.lower
        measure_end = _measure_end(sentence, after, index) \
            if sized and (word.text.isdigit() or (index == 0 and _spelled_measure(
                sentence, after))) else -1
        if measure_end > 0:
            compound_end = measure_end  # "12 million 500ml bottles", "two 6.5-inch phones"
            continue
        if index + 1 < len(after) and len(word.text) == 4 and word.text.isdigit() \
                and word.text.endswith("0") and after[index + 1].text == "s" \
                and after[index + 1].start == word.end:
            compound_end = index + 1  # "three 1960s blocks": a decade describes the noun
            continue
        if index == 0 and lowered == "no" and len(after) > 2 and after[1].text == "." \
                and after[1].start == word.end and after[2].text.islower():
            compound_end = 1  # "3 no. dwellings": a surveyor's "number of", then the noun
            continue
        if word.lower == "zero" and index + 2 < len(after) and after[index + 1].text == "-" \
                and word.end == after[index + 1].start == after[index + 2].start - 1 \
                and has_plural_form(after[index + 2].lower) \
                and not (index + 3 < len(after) and after[index + 3].text.islower()
                         and has_plural_form(after[index + 3].lower)):
            # "two zero-days": a noun made with "zero" (but "300 zero-hours contracts"
            # counts the contracts)
            end = after[index + 2].end
            return Word(sentence.text[word.start:end], word.start, end,
                        sentence.text[word.start:end].lower())
        if index + 2 < len(after) and after[index + 1].text == "-" \
                and lowered in _NOUN_PREFIXES and after[index + 2].text.isalpha() \
                and after[index + 1].start == word.end == after[index + 2].start - 1 \
                and is_plural_noun(after[index + 2], function_words):
            # "218 co-sponsors", "3 ex-partners": a prefix that makes another noun
            return Word(sentence.text[word.start:after[index + 2].end], word.start,
                        after[index + 2].end, sentence.text[word.start:after[index + 2].end]
                        .lower())
        if index + 2 < len(after) and after[index + 1].text == "-" and word.text.isalpha() \
                and after[index + 2].lower in _PARTICLE_PLURALS \
                and after[index + 1].start == word.end == after[index + 2].start - 1:
            # "50,000 sign-ups", "3,000 opt-outs": a noun made of a verb and its particle
            return Word(sentence.text[word.start:after[index + 2].end], word.start,
                        after[index + 2].end, sentence.text[word.start:after[index + 2].end]
                        .lower())
        chained = _hyphen_chain_end(after, index) if index > compound_end else -1
        if chained > index + 2 and chained + 1 < len(after) \
                and is_plural_noun(after[chained + 1], function_words) \
                and not (is_plural_word(lowered) and any(
                    w.lower in ("a", "an", "per") for w in after[index + 2:chained])):
            compound_end = chained  # "300 state-of-the-art labs", "170,000 off-gas-grid
            continue  # homes": a compound adjective of three parts or more (not a rate's:
            # "30 goals-a-season campaigns")
        if index > compound_end and index + 3 < len(after) and after[index + 1].text == "-" \
                and after[index + 1].start == word.end == after[index + 2].start - 1 \
                and word.text.isalpha() and (parse_number(word.text) is None or (
                    index == 0 and has_plural_form(after[index + 3].lower)
                    and not has_plural_form(after[index + 2].lower)
                    and not units.is_unit_word(after[index + 2].lower))) \
                and after[index + 3].text.isalpha() \
                and not (is_plural_word(after[index + 2].lower)
                         and not is_plural_noun(after[index + 3], function_words)):
            # (but "3 heli-skiers near Haines", "30,000 day-trippers came": a hyphened
            # plural before no other plural is the noun; "sales-tax revenues" is not)
            # a compound adjective before its noun: "14 first-team players", "46 full-time
            # posts" (but "two great-grandchildren" ends in its noun)
            compound_end = index + 2
            continue
        if lowered in NOUN_MODIFIERS or word.text == "-" \
                or (lowered in _INTENSIFIERS and index + 1 < len(after) and not singular_ok
                    and after[index + 1].text.islower()):
            continue  # (and "3 really good flats": the adverb of an adjective; after one,
            # whose noun is singular, the words after "very" say too little: "1 very angry
            # pleco")
        chain_end = _hyphened_name_end(after, index) if word.text[:1].isupper() else -1
        if chain_end > 0:
            compound_end = chain_end  # "4,380 SARS-CoV-2 samples": a name of hyphened
            continue  # parts before the noun
        if _in_designation(sentence, after, index):
            compound_end = max(compound_end, index)  # "14 Leopard 2A6 tanks": a long code
            continue
        if word.text[:1].isupper() and _type_code_at(after, index + 1) \
                and _noun_after_code(after, index + 1):
            continue  # "75 Airbus A320 jets": the maker before its type, though it ends in s
        if index <= compound_end:
            continue
        dotted = _DOTTED_CAPITALS.match(sentence.text, word.start) \
            if len(word.text) == 1 and word.text.isupper() else None
        if dotted is not None:
            # "4,385 U.S. adults", "40 U.N. staff": an abbreviation before the noun, one word
            compound_end = index + sum(1 for w in after[index:] if w.end <= dotted.end()) - 1
            continue
        if _joins_names(after, index):
            compound_end = index + 1  # "27000 Model S and Model X vehicles"
            continue
        if word.text[:1].isupper() and index + 2 < len(after) and after[index + 1].text == "&" \
                and word.end == after[index + 1].start == after[index + 2].start - 1 \
                and after[index + 2].text[:1].isupper():
            compound_end = index + 2  # "3,000 AT&T customers": a name joined by "&"
            continue
        if len(word.text) == 1 and word.text.isupper() and index + 2 < len(after) \
                and after[index + 1].text == "-" \
                and word.end == after[index + 1].start == after[index + 2].start - 1 \
                and after[index + 2].text.isalpha():
            end = after[index + 2].end  # "950 V-Bucks": a currency of a game, no bucks
            return Word(sentence.text[word.start:end], word.start, end,
                        sentence.text[word.start:end].lower())
        if len(word.text) < 2 and word.text.isalpha():
            continue  # a single letter is a symbol or an initial, not a noun: "30 s", "8 B"
        if word.text.endswith(POSSESSIVE_ENDINGS) and word.text[:1].isalpha() \
                and index + 1 < len(after) and (
                    is_plural_noun(after[index + 1], function_words)
                    or (index + 2 < len(after) and after[index + 1].text.isalpha()
                        and after[index + 1].text.islower()
                        and after[index + 1].lower not in function_words
                        and is_plural_noun(after[index + 2], function_words))):
            continue  # "120 children's homes", "two women's refuges", "four of the council's
            # leisure centres": the owner of the noun
        model_end = _model_number_end(after, index) \
            if word.text.isupper() and word.text.isalpha() and len(word.text) > 1 else -1
        if model_end > 0:
            compound_end = model_end  # "2,500 EQS 450+ sedans": a model's letters and
            continue  # number before the noun (the letters may end in s)
        if word.text.isupper() and word.text.isalpha() and index + 1 < len(after) \
                and (is_plural_noun(after[index + 1], function_words) or (
                    index + 2 < len(after) and after[index + 1].text.isalpha()
                    and after[index + 1].text.islower()
                    and after[index + 1].lower not in function_words
                    and is_plural_noun(after[index + 2], function_words))):
            continue  # an abbreviation before the noun: "3,143 US counties", "40 EU states",
            # "112 UCAS tariff points"
        if _is_money_sign(word.text) and index + 1 < len(after) \
                and after[index + 1].text.isdigit() and after[index + 1].start == word.end:
            continue  # "two £1m jackpots": the sum of each, then the noun
        if index == 0 and word.text in lexicon.load().not_claims["emergency_numbers"] \
                and index + 1 < len(after) \
                and after[1].lower in lexicon.load().not_claims["emergency_services"]:
            continue  # "1.2 million 999 calls": the number names the calls it counts
        if index == 1 and lowered in ("and", "or"):
            if _joined_adjectives(after, function_words):
                continue  # "1,000 unaccompanied and separated children"
            return _gapped_noun(sentence, after, function_words)
        if index == 2 and lowered in ("and", "or") and after[0].lower in NOUN_MODIFIERS \
                and _joined_adjectives(after[1:], function_words):
            compound_end = index + 1  # "28 separate weather and climate disasters"
            continue
        if index == 0 and lowered in _CROWD_VERBS and len(after) > 1 \
                and (after[1].lower in _CROWD_OBJECT_OPENERS
                     or (after[1].text[:1].isupper() and not sentence.title_case
                         and (lowered not in _CROWD_ADJECTIVES
                              or after[1].text.endswith(POSSESSIVE_ENDINGS)
                              or (len(after) > 2 and after[2].lower in _VENUE_WORDS)))):
            return None  # "a crowd of 100,022 watched Brisbane's players", "51,762 filled
            # Ellis Park": a crowd's verb and where or what it saw (not "5,000 packed
            # lunches", "2,000 filled Easter eggs")
        if index == 0 and lowered in _ORDINAL_MODIFIERS and word.text.islower() \
                and any(is_plural_noun(w, function_words) for w in after[1:3]):
            continue  # "400 first officers", "30 first responders", "40 first class
            # passengers": an ordinal that names a kind of the noun counted
        if index == 0 and lowered == "reported" and _reported_before_object(sentence, after):
            continue  # "found 74 reported defects": an adjective (not "74 reported pain")
        if lowered == "overall" and index + 1 < len(after) \
                and is_plural_noun(after[index + 1], function_words):
            continue  # "8 straight overall titles": an adjective (but "finished 3 overall")
        if lowered in ("most", "least") and index + 1 < len(after) \
                and after[index + 1].text.isalpha() and after[index + 1].text.islower():
            if is_plural_noun(after[index + 1], function_words):
                return None  # "He smokes 20 most days": "most" picks the days, no noun
            continue  # "the 50 most commonly used generics": a superlative before the noun
        if word.text == "+" and index > 0 and after[index - 1].text.isupper() \
                and sentence.gap(after[index - 1].end, word.start) == "":
            continue  # "Eight OPEC+ members": the plus of a name
        after_hyphened = compound_end >= 1 and index == compound_end + 1 \
            and after[compound_end - 1].text == "-"  # "11 missing-person reports": a noun
        if lowered in function_words and lowered.endswith("ed") and word.text.islower() \
                and index + 1 < len(after) and after[index + 1].text.islower() \
                and is_plural_noun(after[index + 1], function_words) \
                and _determined(sentence, pos):
            continue  # "the city's 12,500 reported potholes", "were 40 reported cases": a
            # participle before the noun counted (not "Of 100 firms, 40 reported losses")
        if not word.text.isalpha() or lowered in months or (
                lowered in _NO_COUNTED_WORDS and not (word.text[:1].isupper()
                                                      and lowered in _PAST_VERBS)) or (
                lowered in function_words and not after_hyphened
                and not _reports_counted(sentence, after, index)):
            return None  # (and "Only 1 left in stock": what remains, no noun)
        if lowered.endswith(("ing", "ly", "ed")) and lowered not in _ED_NOUNS \
                and lowered not in ANIMAL_PLURALS:  # (but "412 whiting")
            continue
        if lowered in ANIMAL_PLURALS and not word.text.islower() and not sentence.title_case \
                and not (index + 1 < len(after) and after[index + 1].text.islower()
                         and is_plural_noun(after[index + 1], function_words)) \
                and not (index + 1 < len(after) and after[index + 1].text.isupper()):
            return None  # "2 Elk Grove schools", "Swine flu": a name (but "14 Chinook
            # helicopters", "Two Chinook CH-47F helicopters": a model's name before the noun)
        if lowered in _MAGNITUDE_NOUNS and index + 1 < len(after) \
                and is_plural_noun(after[index + 1], function_words):
            continue  # "1.1 million quake survivors": the quake names whom it struck
        if (lowered in _S_VERBS and not ((index == 0 or _described(after, index)
                                          or _modified(after, index, function_words))
                                         and lowered in _NOUNS_AS_VERBS
                                         and _noun_of_count(sentence, word))) \
                or lowered in _MAGNITUDE_NOUNS:
            return None  # a verb, or "a 6.8 quake": the number counts nothing named here
        if index == 0 and lowered.endswith("s") and _verb_of_a_gerund(sentence, pos, word):
            return None  # "Claiming at 62 cuts your benefit": the gerund's verb
        if word.text[:1].isupper() and _names_the_noun(after, index):
            continue  # "12 Champions League goals": a name's plural before the noun
        head = _capitalised_head(after, index) \
            if word.text[:1].isupper() and not sentence.title_case \
            and sentence.text[pos - 1:pos].isdigit() else None
        if head is not None:
            return head  # "40 NHS Urgent Treatment Centres", "58 new Medicare Urgent Care
            # Clinics": a name in capitals, the plural that ends it counted
        if lowered == "head" and index + 1 < len(after) \
                and after[index + 1].lower in _HEAD_COMPOUNDS:
            continue  # "300 head office jobs" (but "40 head of cattle", "25,000 head at")
        plural = has_plural_form(lowered) or units.is_men_plural(lowered) \
            or (_people_of_a_nation(word) and not (
                index + 1 < len(after) and (after[index + 1].lower in ("and", "or", "-")
                                            or _noun_further(after, index + 1))))
        # ("100 Chinese and foreign journalists", "300 Chinese software engineers": an
        # adjective of a noun further on)
        if plural and passed_noun and sized_by_letter and _verb_of_a_singular(sentence, word):
            return None  # "a 7B model needs about 14GB", "Its 70B model beats GPT-4": the
            # verb of the noun passed (but "three bedroom flats", "2,911 measles cases")
        if plural or ((singular_ok or hyphenated or (part_of_one and _one_thing(
                after, index, function_words))) and (word.text.islower() or (
                    sentence.all_caps and all(w.lower in NOUN_MODIFIERS for w in after[:index])
                    and _ends_caps_noun(sentence, word.end, function_words)))):
            if index == 0 and plural and _after_of(sentence, pos) \
                    and units.singular(lowered) != lowered \
                    and _GROUP_VERB_OBJECT.match(sentence.text, word.end):
                return None  # "The kitchen team of 14 supports the hotel's restaurants": the
                # group's verb, then its object (not "a fleet of 12 ships the size of")
            following = sentence.after(word.end, 2)
            if len(following) == 2 and following[0].lower in _HEDGED_OBJECT \
                    and _is_money_sign(following[1].text) and _after_of(sentence, pos):
                return None  # "A family of four spends about £120": a verb, then its object
            following = following[:1]
            if lowered in _FORECASTERS and following and following[0].lower in _FORECAST_VERBS \
                    and _after_the(sentence, pos):
                return None  # "the 180,000 economists had forecast": their figure
            if (following and following[0].lower in _DETERMINERS
                    and not units.match_per_after(sentence.text, word.end)
                    and not _DATED_AFTER.match(sentence.text, word.end)
                    and not (plural and _after_giving_verb(sentence, pos))):
                return None  # (but "500 users a week after launch": a noun, then when; "gave
                # 23 million households a $30 credit": who was given it)
            if following and _is_money_sign(following[0].text) and (
                    (value == 1 and not sentence.text[pos - 1:pos].isdigit())
                    or not _LISTED_NUMBER.search(sentence.text[sentence.span[0]:pos])) \
                    and not (plural and _after_giving_verb(sentence, pos)):
                return None  # "a family of four needs $2,500": a verb before its object
                # (but "3 nights £450", "lunch, 2 courses £18": a listing's count, then
                # its price; not "Of the two tickets, one costs £40"; and "pays 300 drivers
                # $500 each": who is paid)
            if following and is_plural_noun(following[0], function_words) \
                    and following[0].lower not in _S_VERBS \
                    and (following[0].lower not in _VERBS_AFTER_PLURALS
                         or lowered in _PLURAL_MODIFIERS) \
                    and not _priced_after(sentence, following[0]) \
                    and not (following[0].lower in lexicon.load().changes
                             and word.text.islower() and units.singular(lowered) != lowered) \
                    and sentence.gap(word.end, following[0].start) == " " \
                    and not (following[0].lower in _PERIOD_PLURALS
                             and units.singular(lowered) != lowered) \
                    and plural and not (units.singular(lowered) != lowered
                                        and (_reports_that(sentence, following[0])
                                             or _verb_of_people(lowered, following[0]))) \
                    and not _verb_before_object(
                        sentence, following[0], _after_of(sentence, pos)
                        or (units.singular(lowered) != lowered and _subject_count(sentence, pos))) \
                    and not _verb_after_plural(sentence, word, following[0]) \
                    and not _relative_subject(sentence, pos, word, following[0]) \
                    and not (lowered not in _PLURAL_MODIFIERS
                             and units.singular(lowered) != lowered
                             and _recipients_first(sentence, pos, word, following[0])):
                # "give 10.5 million homes speeds of up to 2Gbps": those given, then what they
                # are given (not "gave 200 residents associations funding")
                return following[0]  # "2,911 measles cases": the last noun is the head
                # (but "Bus carrying 40 students crashes": a verb of change ends it; "40
                # Starlink satellites days after": a plural, then the time that dates it)
            if value == 1 and index == 1 and after[0].lower.endswith("ing") \
                    and any(w.lower in _PRONOUN_ONE_BEFORE for w in sentence.before(pos, 2)) \
                    and (after[0].lower in _PARTICIPLE_ING_WORDS or lowered in _MASS_NOUNS
                         or (after[0].lower in _ATTENDING_VERBS
                             and lowered in _ATTENDED_PLACES)
                         or lowered in ORDINAL_WORDS
                         or plural
                         or (following and (following[0].text[:1].isdigit()
                                            or following[0].lower in _MASS_NOUNS))):
                return None  # "including one affecting port 62078", "Two boats capsized,
                # one carrying crude", "one housing veterans", "one mining copper": the
                # pronoun "one", its verb and the verb's object (but "just one housing
                # estate", "one hunting knife", "one recycling plant": a kind of thing)
            if not plural and following and following[0].lower in _PERIOD_SINGULARS \
                    and sentence.gap(word.end, following[0].start) == " " \
                    and not _noun_after(sentence, following[0]):
                return following[0]  # "1 business day", "one calendar month": the period
                # (but "1 full day tour" counts a tour)
            return word
        passed_noun = passed_noun or (word.text.islower() and word.text.isalpha())
    return None


#: ordinals that name a kind of the noun after them ("second" is a unit of time first: "10
#: second intervals")
_ORDINAL_MODIFIERS: Final = frozenset(["first", "third"])
#: prepositions of when, after a gerund that opens the sentence: "Claiming at 62"
_WHEN_PREPOSITIONS: Final = frozenset(["at", "until", "by", "before", "after", "from"])
#: what opens the object of a gerund's verb: "cuts your benefit", "costs you"
_OBJECT_OPENERS: Final = _OBJECT_DETERMINERS | frozenset(["you", "them", "us", "him"])


def _verb_of_a_gerund(sentence: Sentence, pos: int, word: Word) -> bool:
    """Whether ``word`` is the verb of a gerund that opens the sentence, the number its
    time: "Claiming at 62 cuts your benefit", "Retiring at 60 costs you" (not "The council
    made 30 cuts this year")."""
    opener = sentence.words[0] if sentence.words else None
    following = sentence.after(word.end, 1)
    preposition = sentence.before(pos, 2)
    return opener is not None and opener.lower.endswith("ing") and opener.text[:1].isupper() \
        and bool(following) and following[0].lower in _OBJECT_OPENERS \
        and len(preposition) == 2 and preposition[0].lower in _WHEN_PREPOSITIONS


#: a span of time and a word that dates from it: " a year ago", " a week after"
_DATED_AFTER: Final = re.compile(
    r"[ ](?:a|an)[ ](?:day|week|fortnight|month|year|decade)[ ]"
    r"(?:ago|after|before|later|earlier|on)\b")
#: plurals among the verbs in "-s" that a number right before counts: "201 breeds", "58
#: nests" (a number is no plural subject of a verb in "-s")
_NOUNS_AS_VERBS: Final = frozenset(["breeds", "nests", "winters", "roosts", "uses"])
#: periods in the plural, which after a plural noun date it and are no head of it
_PERIOD_PLURALS: Final = frozenset(["seconds", "minutes", "hours", "days", "weeks", "months",
                                    "years", "decades"])


def _noun_after(sentence: Sentence, word: Word) -> bool:
    """Whether a lower-case word that is no function word follows ``word``."""
    following = sentence.after(word.end, 1)
    return bool(following) and following[0].text.isalpha() and following[0].text.islower() \
        and following[0].lower not in lexicon.load().function_words


#: words after a number that count nothing: "1 left", "2 remaining", "$5 apiece", "1,750
#: disposable ones" (a pronoun, whose noun stands earlier)
#: verbs in the past that end a count's phrase ("3 met"; but "Two Met officers" names the
#: Metropolitan Police)
_PAST_VERBS: Final = _GRAMMAR["past_verbs"]
_NO_COUNTED_WORDS: Final = frozenset(["left", "remaining", "apiece", "overall", "altogether",
                                      "ones"]) | _GRAMMAR["past_verbs"]
#: periods in the singular, which after a singular noun are its head: "1 business day"
_PERIOD_SINGULARS: Final = frozenset(["second", "minute", "hour", "day", "week", "month",
                                      "year", "decade"])
#: scale letters of a model's size: "7B", "400M"
_SIZE_LETTERS: Final = frozenset(["B", "M", "K"])
#: words after a verb in "-s" that open its object or complement: "beats GPT-4", "rivals
#: far bigger systems" (not "about": "Britain's 400 food banks about £10m short")
_VERB_OBJECT_OPENERS: Final = frozenset(["far", "more", "less"])


def _verb_of_a_singular(sentence: Sentence, word: Word) -> bool:
    """Whether a word in "-s" after a singular noun is that noun's verb: an amount, a name, or
    a word that opens an object follows it."""
    following = sentence.after(word.end, 1)
    if not following or sentence.gap(word.end, following[0].start) != " ":
        return False
    text = following[0].text
    calendar = lexicon.load().not_claims
    return text[:1].isdigit() or _is_money_sign(text[:1]) or following[0].lower in \
        _VERB_OBJECT_OPENERS or (text[:1].isupper() and following[0].lower not in
                                 calendar["weekdays"] and following[0].lower not in
                                 calendar["months"])  # ("seized 3 stolen cars Tuesday")


#: names of peoples whose plural is the singular: "700,000 Rohingya" (grammar_words.txt)
_INVARIANT_PEOPLES: Final = _GRAMMAR["invariant_peoples"]


#: nouns after "head" that make it part of a compound, not a count of cattle
_HEAD_COMPOUNDS: Final = frozenset(["office", "offices", "teacher", "teachers", "coach",
                                    "coaches", "chef", "chefs", "count", "quarters", "lice",
                                    "injury", "injuries", "wound", "wounds", "nurse",
                                    "nurses"])


def _priced_after(sentence: Sentence, word: Word) -> bool:
    """Whether "costs" is the verb of a price right after it: "30 eggs costs KSh 450" (not
    "40 running costs")."""
    if word.lower != "costs":
        return False
    following = sentence.after(word.end, 2)
    return bool(following) and (_is_money_sign(following[0].text)
                                or following[0].text[:1].isdigit()
                                or bool(units.currency_code(following[0].text))
                                or (len(following) == 2 and following[0].lower in ("about",
                                                                                   "around")))


def _hyphen_chain_end(after: Sequence[Word], index: int) -> int:
    """The index of the last word of a chain of lower-case words joined by hyphens with no
    space that starts at ``after[index]`` ("state-of-the-art"), or ``index``."""
    end = index
    while end + 2 < len(after) and end - index < 8 and after[end].text.isalpha() \
            and after[end].text.islower() and after[end + 1].text == "-" \
            and after[end].end == after[end + 1].start == after[end + 2].start - 1 \
            and after[end + 2].text.isalpha() and after[end + 2].text.islower():
        end += 2
    return end


def _noun_further(after: Sequence[Word], index: int) -> bool:
    """Whether a lower-case plural noun stands in the three words from ``after[index]``,
    past lower-case words: the head a people's name describes ("Chinese software
    engineers", "two Chinese coast guard vessels")."""
    function_words = lexicon.load().function_words
    for position, w in enumerate(after[index:index + 3], start=index):
        if not (w.text.isalpha() and w.text.islower()) or w.lower in function_words \
                or w.lower in _PAST_VERBS:
            return False
        if w.lower.endswith("ed") and not (
                position + 1 < len(after) and after[position + 1].text.islower()
                and after[position + 1].lower.endswith("s")):
            return False  # "Three Vietnamese faced charges": a verb (but "Three Chinese
            # armoured vehicles": an adjective before the plural)
        if w.lower.endswith("s") and w.lower not in _S_VERBS and not w.lower.endswith("ss"):
            return True
    return False


def _people_of_a_nation(word: Word) -> bool:
    """A capitalised name of a people with no plural "-s": "600,000 Sudanese", "3,000
    Chinese", "700,000 Rohingya"."""
    return word.text[:1].isupper() and (word.lower.endswith("ese")
                                        or word.lower in _INVARIANT_PEOPLES)


#: what a fraction glyph may take part of before the thing it holds (grammar_words.txt)
_PORTIONS: Final = _GRAMMAR["portions"]


def _capitalised_head(after: Sequence[Word], index: int) -> Optional[Word]:
    """The capitalised plural that ends a run of at least two capitalised words from
    ``after[index]`` ("NHS Urgent Treatment Centres"), or None."""
    for position in range(index + 1, min(len(after), index + _CAPITALISED_RUN)):
        word = after[position]
        if not word.text.isalpha() or not word.text[:1].isupper() \
                or word.start != after[position - 1].end + 1:
            return None
        if is_plural_word(word.lower) and not word.text.isupper() and (
                position + 1 == len(after) or not after[position + 1].text[:1].isupper()):
            return word
    return None


#: how many capitalised words a name before its counted plural may run to
_CAPITALISED_RUN: Final = 5


def _names_the_noun(after: Sequence[Word], index: int) -> bool:
    """A run of capitals from ``after[index]`` that names the plural noun in lower case after
    it: "Champions League goals", "Nations League caps", "Pilatus PC-24 jets", perhaps with a
    model's code and one word between (not "40 EU states", where "EU" is no plural, nor "3
    Lions fans", a name and then what it counts, which this also skips)."""
    modifier = False
    for word in after[index + 1:index + _NAME_AND_MODEL_RUN]:
        if word.text == "-" or word.text.isdigit() \
                or (word.text.isalnum() and not word.text.islower()):
            continue  # a name's next word or a model's code: "Pilatus PC-24 jets"
        if not (word.text.isalpha() and word.text.islower()):
            return False
        if has_plural_form(word.lower) and word is not after[index + 1]:
            return True
        if modifier or word is after[index + 1]:
            return False
        modifier = True  # "14 Mercedes eActros 300 refuse trucks": one word describes it
    return False


#: how many words a name and a model's code may run to before the noun they describe
_NAME_AND_MODEL_RUN: Final = 6


def _one_thing(after: Sequence[Word], index: int, function_words: FrozenSet[str]) -> bool:
    """``after[index]`` is the noun of the one thing a fraction glyph is part of: the first
    word, or the second after one adjective, with no content word after it
    ("\N{VULGAR FRACTION ONE QUARTER} white cabbage, shredded" ends at "cabbage"; in
    "\N{VULGAR FRACTION ONE HALF} a teaspoon" the article leaves the measure to "of a")."""
    if index > 1 or (index == 1 and (len(after[0].text) < 2 or not after[0].text.isalpha())):
        return False
    if index == 0 and after[0].lower in _PORTIONS:
        return True  # "\N{VULGAR FRACTION ONE HALF} bunch coriander": half the bunch
    if after[index].lower.endswith(("wise", "ly")):
        return False  # an adverb: "cut \N{VULGAR FRACTION ONE HALF} crosswise"
    return index + 1 >= len(after) or not after[index + 1].text.isalpha() \
        or after[index + 1].lower in function_words


#: words after "reports" that make it the verb of a source: "rose to 120 reports state
#: television", "43 reports local media"
_REPORT_SOURCES: Final = frozenset(["state", "local", "official", "news", "media", "the",
                                    "officials", "police", "sources", "agency", "agencies",
                                    "broadcaster", "newspaper", "website"])


#: words in -ing that are prepositions: "arrested 14 following reports of disorder"
_ING_PREPOSITIONS: Final = frozenset(["following", "regarding", "including", "excluding",
                                      "barring", "during", "according"])


def _determined(sentence: Sentence, pos: int) -> bool:
    """Whether a determiner, a possessive or a copula stands right before the number ending
    at ``pos``: "the city's 12,500", "There were 40"."""
    last = sentence.before(pos, 1)
    if last and last[0].end == pos and last[0].text.isdigit():
        last = sentence.before(number_start(sentence, last[0]), 1)  # past "12", ",", "500"
    if last and last[0].lower in _PICKING_DETERMINERS:
        number = sentence.text[last[0].end:pos].strip()
        value = parse_number(number.replace(",", ""))
        groups = [parse_number(group.replace(",", "")) for group in _COUNTED_GROUP.findall(
            sentence.text, sentence.span[0], last[0].start)]
        return not sentence.text.startswith("Of ", sentence.span[0]) \
            and not _PARTITIVE_BEFORE.search(sentence.text, sentence.span[0], last[0].start) \
            and not (value is not None and any(g is not None and g > value for g in groups)) \
            and sentence.text.find(number, sentence.span[0], last[0].start) < 0
    return bool(last) and (last[0].lower in _NUMBER_DETERMINERS
                           or last[0].text.endswith(POSSESSIVE_ENDINGS))


#: determiners and copulas before a number whose participle then describes the noun counted
_NUMBER_DETERMINERS: Final = frozenset(["the", "its", "their", "were", "are", "was", "is",
                                        "his", "her", "our"])
#: determiners that do so only where no group was named before, of which they pick some:
#: "all 40 announced closures" (not "Of the 90 retailers, all 40 reported losses", "20
#: clubs met, and all 20 announced plans", "Most of the 90 retailers declined, but all 40
#: surveyed reported losses"); such a group opens the sentence or a clause, or is counted
_PICKING_DETERMINERS: Final = frozenset(["all", "these", "those"])
_PARTITIVE_BEFORE: Final = re.compile(r"[,;:][ ][Oo]f[ ](?:the|these|those|them|all)\b")
#: a group counted earlier, of which the number may pick: "Most of the 90 retailers" (but not
#: "in 9 of the 12 months, and all 40 announced closures")
_COUNTED_GROUP: Final = re.compile(r"\b[Oo]f[ ](?:the|its|their)[ ]([0-9][0-9,]*)")


def _modified(after: Sequence[Word], index: int, function_words: frozenset) -> bool:
    """Whether the one word before ``after[index]`` is a noun in the singular that modifies
    it, which a count stands before only in a compound: the "turtle" of "1,800 turtle nests",
    the "bird" of "400 bird nests"."""
    return index == 1 and after[0].text.isalpha() and after[0].text.islower() \
        and after[0].lower not in function_words and not has_plural_form(after[0].lower)


def _described(after: Sequence[Word], index: int) -> bool:
    """Whether the one word before ``after[index]`` is a lower-case adjective, no noun of
    its own: the "detailed" of "12 detailed reports", the "successful" of "54 successful
    nests" (not the "birds" of "5 birds nests")."""
    if index != 1:
        return False
    word = after[0]
    return word.text.isalpha() and word.text.islower() \
        and (word.lower.endswith(_ADJECTIVE_ENDINGS) or word.lower in _PLAIN_ADJECTIVES)


#: endings of adjectives ("detailed", "annual", "successful") and some plain ones
_ADJECTIVE_ENDINGS: Final = ("ed", "al", "ful", "ous", "ive", "ic", "less", "able", "ible",
                             "ary", "ory")
_PLAIN_ADJECTIVES: Final = _GRAMMAR["plain_adjectives"]


def _reports_counted(sentence: Sentence, after: Sequence[Word], index: int) -> bool:
    """ "2,340 reports of fraud", "Officers logged 310 reports.": "reports" right after a
    number, or after one gerund ("1,120 pickpocketing reports"), is what it counts, unless a
    source follows it as the verb's subject ("rose 5 reports Reuters", "climbed to 43
    reports local media")."""
    if index > 1 or after[index].lower != "reports" or (
            index == 1 and not (after[0].text.islower() and after[0].text.endswith("ing")
                                and after[0].lower not in _ING_PREPOSITIONS)
            and not _described(after, index)):
        return False
    number = sentence.before(after[0].start, 2)
    if len(number) == 2 and number[0].lower == "to":
        return False  # "The toll rose to 120 reports state television": the verb of a source
    following = sentence.after(after[index].end, 1)
    return not following or not following[0].text[:1].isupper() \
        and following[0].lower not in _REPORT_SOURCES


def _noun_of_count(sentence: Sentence, word: Word) -> bool:
    """Whether a plural that is also a verb ends its phrase, a noun: "650 uses per charge",
    "58 nests." (not "Each of the 12 uses its own charger")."""
    following = sentence.after(word.end, 1)
    before = sentence.before(word.start, 2)
    return not following or not following[0].text.isalnum() \
        or following[0].lower in _AFTER_A_COUNT \
        or (following[0].lower.endswith("ed") and following[0].text.islower()) \
        or (len(before) == 2 and before[0].lower.endswith("ed") and before[0].text.islower()
            and len(before[0].text) > 4 and not before[0].lower.endswith("eed")
            and before[0].lower not in _LABELLING_PARTICIPLES and before[1].text[:1].isdigit())
    # ("Of the 212 nests monitored": a participle after the noun; "moved 312 nests away":
    # the object of a verb in the past)


#: participles in "-ed" before a number that label or rank, no verb of an object: "aged 45",
#: "numbered 48", "ranked 5", "marked 7"
_LABELLING_PARTICIPLES: Final = frozenset(["aged", "numbered", "ranked", "marked", "rated",
                                           "seeded", "labelled", "labeled", "named", "called",
                                           "coded", "tagged", "sized", "priced", "placed",
                                           "listed", "graded", "scored", "dated"])
#: words after a plural that make it a counted noun, no verb: "uses per charge", "nests in"
_AFTER_A_COUNT: Final = frozenset(["per", "a", "an", "of", "each", "left", "remaining", "in",
                                   "on", "at", "and", "or", "from", "for", "this", "last"])


def _reported_before_object(sentence: Sentence, after: Sequence[Word]) -> bool:
    """ "Officers found 74 reported defects", "There were 1,200 reported cases": "reported"
    before a plural noun, the number the object of a verb or a preposition, describes the
    noun; opening a clause, the number is its subject and "reported" its verb ("Of those
    surveyed, 74 reported headaches")."""
    if len(after) < 2 or not after[1].text.islower() \
            or not is_plural_noun(after[1], lexicon.load().function_words):
        return False
    if sentence.words and sentence.words[0].lower == "of":
        return False  # "Of those surveyed 40 reported headaches": a part of a group, the
        # subject
    words = sentence.before(after[0].start, 8)
    first = len(words) - 1  # the number's first piece: "1", ",", "200" are one number
    while first > 0 and words[first - 1].end == words[first].start \
            and _NUMBER_PIECE.fullmatch(words[first - 1].text):
        first -= 1
    while first > 0 and (words[first - 1].lower in _BOUND_WORDS or (
            first > 1 and words[first - 1].lower == "to" and words[first - 2].lower == "up")):
        first -= 2 if words[first - 1].lower == "to" else 1  # "There were more than 3,000",
        # "found up to 40": the verb before the bound
    lead = words[first - 1] if first > 0 else None
    if lead is None:
        return False
    if lead.lower.endswith("ed") and lead.text.islower():
        opener = words[first - 2] if first > 1 else None  # "Officials confirmed 12 reported
        # cases" (not "When questioned 14 reported threats": a clause of its own)
        return opener is not None and opener.lower not in _SUBORDINATORS \
            and opener.text not in (",", ";", ":")
    return lead.lower in _OBJECT_LEADS


#: words after which a number is an object, not a clause's subject (not "When questioned 14
#: reported threats": a clause may end unmarked before its subject)
_OBJECT_LEADS: Final = frozenset(["were", "are", "was", "is", "of", "with", "found", "has",
                                  "have", "had", "saw", "see", "sees", "received", "receives",
                                  "got", "gets", "logged", "recorded", "handled", "investigated",
                                  "fixed", "repaired", "cleared", "to", "from", "all",
                                  "across", "in", "on", "among", "for", "over", "by",
                                  "between", "after", "than"])
#: words that open a clause of their own, after which a participle is no verb of the sentence
_SUBORDINATORS: Final = frozenset(["when", "if", "once", "after", "before", "while", "as",
                                   "because", "since", "though", "although", "unless",
                                   "until", "where", "whether", "who", "which", "that",
                                   "those"])
#: the words of a bound or a hedge that may stand between the verb and the number
_BOUND_WORDS: Final = frozenset(["more", "less", "fewer", "than", "over", "under", "nearly",
                                 "almost", "about", "around", "some", "roughly", "at",
                                 "least", "most"])
#: the pieces of a number written with separators: "1", ",", "200"
_NUMBER_PIECE: Final = re.compile(r"[0-9]+|[,.]")


def _joined_adjectives(after: Sequence[Word], function_words: frozenset) -> bool:
    """ "unaccompanied and separated children", "pregnant and lactating women", "bus and
    tram routes": two words in lower case, no plurals, joined by "and" or "or" before the
    plural noun they both describe."""
    return len(after) >= 4 and all(
        w.text.isalpha() and w.text.islower() and w.lower not in function_words
        and not is_plural_word(w.lower) for w in (after[0], after[2])) \
        and is_plural_noun(after[3], function_words)


def _gapped_noun(sentence: Sentence, after: Sequence[Word],
                 function_words: frozenset) -> Optional[Word]:
    """ "95 Ukrainian and 95 Russian prisoners", "300 male or 200 female pupils": a number
    and one adjective, then "and" or "or", another number and adjective, and the noun both
    count; else None."""
    first = after[0]
    if len(after) < 5 or not first.text.isalpha() or first.lower in function_words \
            or has_plural_form(first.lower) or not after[2].text.isdigit() \
            or not after[3].text.isalpha() or after[3].lower in function_words \
            or first.text.istitle() != after[3].text.istitle():
        return None
    noun = counted_noun(sentence, after[2].end, None)
    return noun if noun is not None and noun.start == after[4].start else None


#: words of a hedge or a bound that may open a verb's object of money: "spends about £120"
_HEDGED_OBJECT: Final = frozenset("about around roughly nearly almost some over under up "
                                  "just more less".split())


#: what opens a verb's object owned by someone: " their ", " the hotel's three", " the
#: club's players" (not " the restaurant's owner hired": a clause of its own)
_GROUP_VERB_OBJECT: Final = re.compile(
    r"[ ](?:its|their|his|her|our|your|my"
    r"|the[ ][A-Za-z]+(?:'s|\N{RIGHT SINGLE QUOTATION MARK}s)[ ](?:[0-9]|[a-z]+s\b|two|three"
    r"|four|five|six|seven|eight|nine|ten)\b)\b")


def _after_of(sentence: Sentence, pos: int) -> bool:
    """Whether "of" or "for" stands right before the number that ends at ``pos`` ("a
    family of four", "a flock of 1,200", "dinner for two"): the number sizes a group,
    whose verb may follow."""
    return _OF_NUMBER.search(sentence.text, max(sentence.span[0], pos - 24), pos) is not None


#: a number that opens a sentence or a clause after a comma, colon or semicolon: "Special
#: offer: 3 nights", "Sunday roast, 2 courses"
_LISTED_NUMBER: Final = re.compile(r"(?:\A|[,:;][ ]+)[\w.,]+\Z")
#: "of" or "for" and the number ending the searched text: "of four", "of 1,200", "for two"
_OF_NUMBER: Final = re.compile(r"\b(?:of|for)[ ]+[\w.,-]+\Z")


#: "the" and a number in digits, perhaps hedged or with a scale word: "the 180,000", "the
#: 2.1 million", "the roughly 180,000", "the 200k"
_THE_NUMBER: Final = re.compile(
    r"\b[Tt]he[ ]+(?:(?:roughly|nearly|about|around|some|almost|approximately)[ ]+)?"
    r"[0-9][0-9.,]*(?:k|[ ]+(?:thousand|million|billion))?\Z")


def _after_the(sentence: Sentence, pos: int) -> bool:
    """Whether "the" stands right before the number that ends at ``pos``."""
    return _THE_NUMBER.search(sentence.text, max(sentence.span[0], pos - 40), pos) is not None


#: a Boeing type, "707" to "797": "the 787", "737-800" (not_claims.py reads it too)
BOEING_TYPE: Final = re.compile(r"7[0-9]7\Z")


def _type_code_at(after: Sequence[Word], index: int) -> bool:
    """One or two capitals glued to digits start at ``after[index]``: "A320", "E195"."""
    return index + 1 < len(after) and after[index].text.isalpha() \
        and after[index].text.isupper() and len(after[index].text) <= 2 \
        and after[index + 1].text.isdigit() and after[index + 1].start == after[index].end


def _noun_after_code(after: Sequence[Word], index: int) -> bool:
    """A word in lower case follows the type code at ``after[index]``, its digits and any
    variant: "A320 jets", "A350-1000 jets", "M1A1 tanks" (not "Stores Q1", "Lanes M25
    Northbound")."""
    previous = after[index + 1]
    for word in after[index + 2:]:
        if word.text.isalpha() and not (word.text.isupper() and word.start == previous.end):
            return word.text.islower()
        if not (word.text.isalnum() or word.text == "-"):
            return False
        previous = word  # a digit, a hyphen or a letter glued on: "M1A1", "A350-1000"
    return False


def _hyphened_name_end(after: Sequence[Word], index: int) -> int:
    """Where a name in capitals glued by hyphens to further parts, one of them a number,
    ends when a plural noun follows it: "SARS-CoV-2 samples", "MERS-CoV cases"; else -1."""
    end = index
    while end + 2 < len(after) and after[end + 1].text == "-" \
            and after[end].end == after[end + 1].start == after[end + 2].start - 1 \
            and after[end + 2].text.isalnum():
        end += 2
    parts = after[index:end + 1:2]
    if end == index or not any(w.text.isdigit() or not w.text.islower() for w in parts[1:]):
        return -1
    return end if end + 1 < len(after) and after[end + 1].text.islower() \
        and is_plural_word(after[end + 1].lower) else -1


def _in_designation(sentence: Sentence, after: Sequence[Word], index: int) -> bool:
    """A model designation between a number and its noun: the "2" of "14 Challenger 2
    tanks", the "4x4" of "two 4x4 vehicles", the "16" of "14 F-16 jets", the "3.0" of
    "three USB 3.0 ports"."""
    word = after[index]
    glued = [after[i] for i in (index - 1, index + 1) if 0 <= i < len(after)
             and (after[i].end == word.start or after[i].start == word.end)]
    if word.text == "." and len(glued) == 2 and all(w.text.isdigit() for w in glued) \
            and index > 1 and after[index - 2].text[:1].isupper():
        return True  # the point of a version: "three USB 3.0 ports", "four HDMI 2.1 ports"
    if word.text == "/" and len(glued) == 2 and all(
            len(w.text) <= 2 and w.text.isalnum() and not w.text.islower() for w in glued) \
            and index > 1 and after[index - 2].text[:1].isupper():
        return True  # the slash of a pair of variants: "four Gripen E/F jets", "Model 3/Y"
    if not word.text.isalnum():
        return False
    if word.text.isdigit() and index > 2 and glued and glued[0].text == "." \
            and glued[0].end == word.start and after[index - 3].text[:1].isupper():
        return True  # the digit after a version's point
    if any(w.text.isalnum() and (w.text.isdigit() or word.text.isdigit()) for w in glued):
        return True  # "4x4", "V8": letters and digits written together
    if not word.text.isdigit():
        return False
    if index + 1 < len(after) and after[index + 1].text[:1].isupper() \
            and after[index + 1].text.isalpha():
        return True  # "two new 737 Max jets"
    if BOEING_TYPE.match(word.text) and index + 2 < len(after) \
            and after[index + 1].text == "-" and after[index + 2].text.isdigit() \
            and word.end == after[index + 1].start == after[index + 2].start - 1:
        return True  # "two 737-800 jets": a Boeing type and its variant
    if index == 0:
        return False
    name = after[index - 1]
    return name.text[:1].isupper() or name.lower in _DESIGNATION_LABELS \
        or (name.text[:1].islower() and not name.text.islower() and name.text.isalpha()) \
        or (name.text == "-" and index > 1 and (
            after[index - 2].text[:1].isupper()
            or (after[index - 2].text.isdigit() and after[index - 2].end == name.start
                and name.end == word.start)))  # "20 Boeing 787-9 jets": a type and its variant


#: lower-case labels of a class before its number, between a count and its noun: "three
#: category 1 climbs", "two grade II buildings"
_DESIGNATION_LABELS: Final = frozenset(["category", "class", "grade", "type", "tier", "level",
                                        "band", "group", "series", "mark"])
#: adverbs of degree before an adjective between a count and its noun: "3 really good"
_INTENSIFIERS: Final = frozenset(["very", "really", "extremely", "highly", "fairly", "quite",
                                  "incredibly", "exceptionally"])
#: dimensions of a measure that may stand between a count and its noun
_PACKAGED: Final = frozenset(["length", "mass", "volume", "area", "time", "percent", "energy",
                              "power", "speed", "information", "data_rate", "frequency",
                              "density", "voltage", "electric_charge"])


#: a decade written in digits: "1960s", "2010s"
_DECADE: Final = re.compile(r"1[0-9]{2}0s|20[0-9]0s")


def _model_plural(sentence: Sentence, after: Sequence[Word]) -> Optional[Word]:
    """A model name with digits written in the plural, glued into one word: "747s",
    "F-35s", "A321neos", "787-9s"; as a Word, or None."""
    first = after[0]
    if not (first.text[:1].isdigit() or first.text[:1].isupper()):
        return None
    end, digits = 0, False
    while end + 1 < len(after) and after[end + 1].start == after[end].end \
            and (after[end + 1].text.isalnum() or after[end + 1].text == "-"):
        digits = digits or after[end].text.isdigit()
        end += 1
    last = after[end]
    digits = digits or last.text.isdigit()
    if not digits or not last.text.endswith("s") or last.text.isupper() \
            or sentence.text[last.end:last.end + 1].isalnum():
        return None
    text = sentence.text[first.start:last.end]
    if len(text) < 4 or _DECADE.fullmatch(text):
        return None  # "eight 6s and 11 4s": sixes and fours; "three 1960s blocks": a
        # decade; no model
    return Word(text, first.start, last.end, text.lower())


#: the dimensions of a side of a size ("600 x 600mm"); a count before "x" and another
#: measure counts things of that measure ("2 x 400g tins")
_SIZE_DIMENSIONS: Final = frozenset(["length", "area"])


#: "8 x 400m intervals", "4 x 100m": a small count before "x" and a length ten times it
#: counts things of that length
SMALL_COUNT: Final = 12
SIDE_RATIO: Final = 10


def sides_of_a_size(first: Optional[Decimal], second: Optional[Decimal]) -> bool:
    """Whether two numbers joined by "x" may be the sides of one size ("600 x 600mm", "312 x
    221 x 15.6 mm", "2.4 x 1.2m"), not a count of things of one length ("8 x 400m")."""
    if first is None or second is None or first != first.to_integral_value():
        return True
    return not (0 < first <= SMALL_COUNT and second >= SIDE_RATIO * first)


#: periods that "a" or "an" before them makes a rate's: "1 a day", "one an hour"
_PERIODS: Final = frozenset(["second", "minute", "hour", "day", "night", "week", "fortnight",
                             "month", "year", "decade"])


def _spelled_measure(sentence: Sentence, after: Sequence[Word]) -> bool:
    """Whether ``after`` opens with a number in words glued by a hyphen to a unit of
    measure: the "three-minute" of "10 three-minute rounds", "ten-kilometre" of "3
    ten-kilometre loops" (a count of things of that size)."""
    if len(after) < 4 or after[1].text != "-" or parse_number(after[0].lower) is None:
        return False
    unit = sentence.unit_after(after[0].end)
    return unit is not None and unit.dimension in _PACKAGED and unit.start == after[0].end + 1 \
        and not denomination(sentence, unit.end)


#: what a "one-pound" or "ten-pound" before it makes money, not a mass
_DENOMINATED: Final = frozenset(["coin", "coins", "note", "notes", "banknote", "banknotes",
                                 "bill", "bills"])


def denomination(sentence: Sentence, end: int) -> bool:
    """Whether a coin or a note follows ``end``: the "ten-pound" of "two ten-pound notes"
    is a sum of money, no weight."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].lower in _DENOMINATED


def _year_like(sentence: Sentence, pos: int) -> bool:
    """Whether the number ending at ``pos`` is four bare digits, as a year is written
    ("In 2019 10-year yields rose"): no count of things sized by the number after it."""
    text = sentence.text
    return text[pos - 4:pos].isdigit() and not (text[pos - 5:pos - 4].isdigit()
                                                or text[pos - 5:pos - 4] in (",", "."))


def measure_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a measure stands between a count ending at ``start`` and its noun starting
    at ``end``: "12 million 500ml bottles" (the count's span then ends before it)."""
    between = sentence.after(start, 10)
    return any(word.start < end and (word.text.isdigit() or (
        index == 0 and _spelled_measure(sentence, between))) and _measure_end(
            sentence, between, index) > 0 for index, word in enumerate(between))


def _measure_end(sentence: Sentence, after: Sequence[Word], index: int) -> int:
    """The index of the last word of a measure or a numbered modifier that starts at
    ``after[index]`` and stands before a noun, in a count of things of that size: the
    "500ml" of "12 million 500ml bottles", "6.5-inch" of "two 6.5-inch phones", "1,000-tonne"
    of "two 1,000-tonne machines", "45m-tall" of "12 45m-tall piers", "18-storey" of "seven
    18-storey towers"; -1 when there is none."""
    end = index
    while end + 2 < len(after) and after[end + 1].text in (".", ",") \
            and after[end + 2].text.isdigit() \
            and after[end].end == after[end + 1].start == after[end + 2].start - 1:
        end += 2  # "1.5", "1,000"
    if index > 0 and _is_money_sign(after[index - 1].text) \
            and after[index - 1].end == after[index].start:
        last = end  # "two £1m jackpots", "three £300 payments": a sum of money each
        if last + 1 < len(after) and after[last + 1].lower in _MONEY_SCALE_WORDS:
            last += 1
        return last if last < len(after) - 1 and after[last + 1].text.isalpha() \
            and after[last + 1].text.islower() \
            and not units.is_unit_word(after[last + 1].lower) else -1  # (not "$10 dollars")
    unit = sentence.unit_after(after[end].end)
    if unit is not None and (unit.dimension in _PACKAGED or (
            unit.dimension == "count" and unit.text.isupper())) \
            and unit.start - after[end].end <= 1:  # (and "six 17,000 TEU ships")
        last = next((i for i in range(end + 1, len(after)) if after[i].end == unit.end), -1)
    elif _glued_word(after, end) and after[end + 2].lower not in _HYPHEN_IDIOMS:
        last = end + 2  # "18-storey", "3-bed"
    else:
        return -1
    while last >= 0 and _glued_word(after, last):
        last += 2  # "45m-tall", "150-year-old"
    return last if 0 <= last < len(after) - 1 and after[last + 1].text.isalpha() else -1


#: scale words after an amount of money: "£1m", "$2 billion"
_MONEY_SCALE_WORDS: Final = frozenset(["m", "mn", "bn", "k", "million", "billion"])


def _glued_word(after: Sequence[Word], index: int) -> bool:
    """Whether a hyphen and a word are glued after ``after[index]``: the "-tall" of "45m-tall"."""
    return index + 2 < len(after) and after[index + 1].text == "-" \
        and after[index].end == after[index + 1].start == after[index + 2].start - 1 \
        and after[index + 2].text.isalpha()


def _is_money_sign(text: str) -> bool:
    """Whether a token is a currency symbol ("$", "£", "€"), not a word or code."""
    return not text.isalnum() and bool(units.currency_code(text))


#: words that join two capitalised modifiers of one noun: "300 Israeli and Palestinian prisoners"
_NAME_JOINERS: Final = frozenset(["and", "or", "&"])


def _joins_names(after: Sequence[Word], index: int) -> bool:
    """The "and" of "460 Kia and Hyundai vehicles", "5.1 million 4G and 5G customers": a
    joiner between two capitalised words, or codes of digits and capitals, that both modify
    the noun after them."""
    if after[index].lower not in _NAME_JOINERS or not 0 < index < len(after) - 2:
        return False
    following = after[index + 1]
    return after[index - 1].text[:1].isupper() and (
        following.text[:1].isupper()
        or (following.text.isdigit() and after[index + 2].start == following.end
            and after[index + 2].text[:1].isupper()))


#: words after which a gerund opens a clause: "show that treating 1,000 patients saves"
_CLAUSE_OPENERS: Final = frozenset(["that", "show", "shows", "suggest", "suggests", "found",
                                    "finds", "estimate", "estimates", "said", "says"])
#: words that may open a sentence with a count and be part of it: "A dozen", "Some 300"
_COUNT_OPENING: Final = frozenset(["a", "an", "some", "about", "dozen", "hundred", "thousand",
                                   "million", "billion"])


def _subject_count(sentence: Sentence, pos: int) -> bool:
    """A count that is the subject of the verb after its noun: after "every" or "each (of
    the)", opening the sentence, or after a gerund opening a clause: "Every 100 smokers
    costs", "A dozen free-range eggs costs", "Treating 1,000 patients saves" (not "Among 300
    sports clubs about a third")."""
    words = sentence.before(pos, 6)
    if any(word.lower in ("every", "each") for word in words):
        return True
    if words and words[0].start == sentence.span[0] and all(
            not word.text.isalpha() or word.lower in _COUNT_OPENING
            or parse_number(word.lower) is not None for word in words):
        return True  # "A dozen free-range eggs costs": the count opens the sentence
    opener = next((word for word in reversed(words) if word.text.isalpha()), None)
    if opener is None or not opener.lower.endswith("ing"):
        return False
    before = sentence.before(opener.start, 1)
    return not before or not before[0].text.isalnum() or before[0].lower in _CLAUSE_OPENERS
    # "Studies show that treating 1,000 patients saves 12 lives", "In Kenya, hiring 300
    # nurses costs about $1 million"


#: a span of time after a spelled number, which then says when, opening no object: "12 customs
#: officers two weeks ago"
_TIME_AGO_AFTER: Final = re.compile(
    r"[ ](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE)


#: words in -s that report a finding before "that": "A survey of 2,000 adults shows that"
_REPORTING: Final = frozenset(["shows", "finds", "reports", "estimates", "notes", "claims",
                               "says", "suggests", "argues", "implies", "alleges", "insists"])


#: verbs in "-s" of headlines and reports, never the head of a noun after a plural
#: (grammar_words.txt)
_HEADLINE_VERBS: Final = _GRAMMAR["headline_verbs"]


def _verb_of_people(plural: str, word: Word) -> bool:
    """ "Study of 60,000 nurses links", "Survey of 3,000 parents finds": after a plural, a
    verb of a headline or a report is the plural's verb (but "300 women engineers", "120
    students unions" are compounds)."""
    return word.lower in _HEADLINE_VERBS


def _noun_next(sentence: Sentence, word: Word) -> bool:
    """Whether a lower-case word that is no function word, participle or word of worth
    follows ``word``: the "funding" of "gave 200 residents associations funding" (not the
    "containing" of "gave 500 families parcels containing food")."""
    following = sentence.after(word.end, 1)
    if not following or not following[0].text.isalpha() or not following[0].text.islower() \
            or following[0].lower in lexicon.load().function_words:
        return False
    lowered = following[0].lower
    return lowered in _ING_NOUNS or not (lowered.endswith(("ing", "ed"))
                                         or lowered in ("worth", "valid"))


#: nouns in "-ing" that may be what a giving verb gives: "gave 200 residents associations
#: funding"
_ING_NOUNS: Final = frozenset(["funding", "training", "housing", "clothing", "bedding",
                               "heating", "parking", "seating", "catering", "lodging",
                               "schooling", "counselling", "counseling"])


def _reports_that(sentence: Sentence, word: Word) -> bool:
    """ "2,000 adults shows that": a verb of reporting after a plural, then "that" (not
    "300 archaeological finds", "measles cases that")."""
    following = sentence.after(word.end, 1)
    return word.lower in _REPORTING and bool(following) and following[0].lower == "that"


def _verb_after_plural(sentence: Sentence, plural: Word, word: Word) -> bool:
    """Whether a word in "-s" after a plural that modifies no noun is a verb, a preposition,
    an article or a number after it: "the freeze on 500 essentials ends on 31 January", "400
    trainsets serves 230 stations" (but "12 savings accounts in", "300 bus routes on")."""
    if not plural.text.islower() or plural.lower in _PLURAL_MODIFIERS \
            or units.singular(plural.lower) == plural.lower \
            or word.lower.endswith("ss") \
            or (plural.lower.endswith("ics") and plural.lower not in _COUNTED_ICS_NOUNS):
        return False  # (a field names a kind: "six energetics factories in")
    following = sentence.after(word.end, 1)
    return bool(following) and (following[0].lower in _VERB_FOLLOWERS
                                or following[0].lower in _OBJECT_WORDS
                                or following[0].text[:1].isdigit())


#: plurals in "-ics" that count things or people, not fields of work (grammar_words.txt)
_COUNTED_ICS_NOUNS: Final = _GRAMMAR["counted_ics_nouns"]
#: verbs and auxiliaries that open a relative clause whose "that" is left out, after its
#: subject: "the 180,000 positions economists had expected"
_RELATIVE_VERBS: Final = frozenset(
    "had have are were will would could expect expected predicted forecast say said told "
    "estimate estimated want wanted need needed believe believed think thought".split())


def _relative_subject(sentence: Sentence, pos: int, plural: Word, word: Word) -> bool:
    """Whether the plural ``word`` after the plural ``plural`` is the subject of a relative
    clause left without "that": "the roughly 180,000 new positions economists had expected",
    "the two nutrients vegans are most often told to take" (not "the 40 sales reps had", "the
    2,911 measles cases were")."""
    if plural.lower in _PLURAL_MODIFIERS or units.singular(plural.lower) == plural.lower:
        return False
    following = sentence.after(word.end, 1)
    return bool(following) and following[0].lower in _RELATIVE_VERBS \
        and _THE_HEDGED_NUMBER.search(sentence.text, max(sentence.span[0], pos - 32),
                                      pos) is not None


#: "the" before a number, perhaps with a hedge between: "the roughly 180,000", "the two"
_THE_HEDGED_NUMBER: Final = re.compile(r"\b[Tt]he[ ](?:[a-z]+[ ])?[^ ]+\Z")


def _verb_before_object(sentence: Sentence, word: Word, collective: bool) -> bool:
    """ "19 fouls proves it", "12 players earns £50,000": a word ending in -s before a
    pronoun, an article or a currency sign is a verb; after a collective's "of" ("a herd
    of 350 dairy cows produces about 3 million litres", "a flock of 1,200 ewes grazes the
    hill") or a plural ("Treating 1,000 patients saves 12 lives"), so is one before "the", a
    number or a hedge."""
    following = sentence.after(word.end, 1)
    if not following:
        return False
    opener = following[0]
    return opener.lower in _OBJECT_WORDS or _is_money_sign(opener.text) or (
        collective and (opener.lower in _OBJECT_DETERMINERS or opener.text[:1].isdigit()
                        or opener.lower in _HEDGED_OBJECT
                        or (parse_number(opener.lower) is not None
                            and not _TIME_AGO_AFTER.match(sentence.text, opener.end))))


def _hyphenated_noun(sentence: Sentence, after: Sequence[Word], function_words: frozenset,
                     months: frozenset) -> Optional[Word]:
    """The noun glued by a hyphen: "a 12-member jury", "a four-cylinder engine" count members
    and cylinders; only the word right after the hyphen may be it ("a one-sided game")."""
    if len(after) < 2 or after[1].start != after[0].end:
        return None
    word = after[1]
    lowered = word.lower
    if (not word.text.isalpha() or not word.text.islower()
            or (lowered in function_words and lowered != "can")  # (but "a 24-can slab")
            or lowered in months or lowered in _HYPHEN_IDIOMS
            or (lowered.endswith(("ing", "ly", "ed")) and lowered not in _ED_NOUNS)):
        return None  # "a one-sided game", "a two-toed sloth", but "a 3-bed flat"
    following = sentence.after(word.end, 1)
    if following and sentence.gap(word.end, following[0].start) == "-":
        return None  # "a 30-year-old", "a two-for-one": a longer compound
    return word


def is_plural_noun(word: Word, function_words: frozenset) -> bool:
    """A lower-case plural noun: "cases", "people"."""
    lowered = word.lower
    if not (word.text.isalpha() and word.text.islower()) or lowered in function_words:
        return False
    return has_plural_form(lowered)


def has_plural_form(lowered: str) -> bool:
    """Whether a lower-cased word looks plural: "cases", "people", not "press", an
    adjective in -ous ("previous", "various") nor an adverb in -s ("overseas")."""
    return lowered in PLURAL_NOUNS or (lowered.endswith("s")
                                       and not lowered.endswith(("ss", "ous"))
                                       and lowered not in _S_ADVERBS)


def is_plural_subject(word: Word) -> bool:
    """A plural noun that may be the subject of the verb after it: "Mortgage rates top 7%",
    "Measles Cases Quadruple" (not "the", "campus", "tens")."""
    lowered = word.lower
    return word.text.isalpha() and has_plural_form(lowered) and not lowered.endswith("us") \
        and lowered not in lexicon.load().function_words and parse_number(lowered) is None


def is_plural_word(text: str) -> bool:
    """A lower-case word that looks plural: "people", "cases", "menus" (not "is", "was",
    "as", nor "class", "loss", "bonus")."""
    return text.isalpha() and text.islower() \
        and ((text.endswith("s") and not text.endswith("ss")
              and not (text.endswith("us") and text not in _U_PLURALS))
             or text in PLURAL_NOUNS) \
        and not (len(text) <= 4 and text in lexicon.load().function_words)


#: plurals in "-us" of nouns ending in "u" ("menus"); other words in "-us" are singular:
#: "bonus", "virus", "campus", "census", "bus"
_U_PLURALS: Final = frozenset(["menus", "gurus", "emus", "gnus", "tutus", "haikus", "sudokus",
                               "tofus", "zulus", "bayous", "tiramisus", "caribous",
                               "kudzus", "snafus", "impromptus", "tabus", "bureaus",
                               "plateaus", "chateaus", "gateaus", "cpus", "gpus", "ious",
                               "tpus", "npus", "apus", "mcus", "ecus", "skus", "sdus"])


def _spelled_number_at(sentence: Sentence, word: Word) -> bool:
    """Whether ``word`` opens a spelled number ("fifty-one", "twelve"), not a compound
    adjective ("one-bedroom", "five-star")."""
    if parse_number(word.lower) is None:
        return False
    if sentence.text[word.end:word.end + 1] != "-":
        return True
    joined = sentence.after(word.end + 1, 1)
    return bool(joined) and parse_number(joined[0].lower) is not None


def noun_after_of_the(sentence: Sentence, pos: int) -> Optional[Word]:
    """ "35m of its devices", "two of the men": the plural noun after "of" and a determiner."""
    after = sentence.after(pos, 3)
    if (len(after) < 2 or after[0].lower != "of"
            or after[1].lower not in ("the", "its", "their", "his", "her", "our", "those",
                                      "these")):
        return None
    if len(after) > 2 and (after[2].text[:1].isdigit() or _spelled_number_at(sentence, after[2])
                           or _spelled_measure(sentence, sentence.after(after[2].start, 4))):
        return None  # "7 of the 10 Welsh seats", "forty-two of her fifty-one outings", "5 of
        # the three-ton satellites": the whole holds an amount of its own
    noun = counted_noun(sentence, after[1].end, None)
    return noun if noun is not None and is_plural_noun(noun, frozenset()) else None


def after_magnitude(sentence: Sentence, start: int) -> bool:
    """ "Quake of magnitude 7.8 kills": a number right after a magnitude word counts nothing
    after it."""
    before = sentence.before(start, 1)
    return bool(before) and before[0].lower in _MAGNITUDE_NOUNS


#: what may open a compound of a number and two nouns: "a 3 bedroom flat", "my 2,000 word essay"
_COMPOUND_OPENERS = frozenset("a an the my his her its our their your".split())


def compound_modifier(sentence: Sentence, start: int, end: int) -> Optional[Word]:
    """ "the 12 page document", "a 3 bedroom flat", "my 2,000 word essay": after an article
    or a possessive (and maybe one adjective: "a new 3 bedroom house"), a singular noun and
    a second noun make an unhyphenated compound; the number counts the first one (a whole
    number: "the 6.8 quake struck" counts no quake)."""
    before = sentence.before(start, 2)
    if len(before) == 2 and before[-1].text.isalpha() and before[-1].text.islower() \
            and before[-1].lower not in lexicon.load().function_words:
        before = before[:1]  # "a turbo 3 cylinder engine": an adjective after the article
    if not before or before[-1].lower not in _COMPOUND_OPENERS \
            or "." in sentence.text[start:end] \
            or (sentence.text[end - 1:end].isalpha() and sentence.text[end - 2:end - 1].isdigit()):
        return None  # (nor a size with a scale letter: "a 128K context window")
    after = sentence.after(end, 2)
    if len(after) < 2 or sentence.gap(end, after[0].start) != " " \
            or sentence.gap(after[0].end, after[1].start) != " ":
        return None
    function_words = lexicon.load().function_words
    for word in after:
        if (not word.text.isalpha() or not word.text.islower() or word.lower in function_words
                or word.lower.endswith(("ing", "ly", "ed"))):
            return None
    return None if is_plural_noun(after[0], function_words) \
        or after[0].lower in _MAGNITUDE_NOUNS or after[0].lower in _SIZE_NAMES \
        or after[0].lower in _LEVEL_NAMES \
        or after[1].lower in _VERB_PARTICLES else after[0]  # (not "the 70 let go")


#: particles after a verb, which make the word before them no noun: "the 70 let go"
_VERB_PARTICLES: Final = frozenset(["go", "off", "out", "down", "up", "away", "back", "loose",
                                   "slip", "in"])


#: words that name a size by its number, which counts none of them: "a 12 gauge shotgun"
_SIZE_NAMES: Final = frozenset(["gauge", "calibre", "caliber", "bore"])
#: words that name a level by its number, which counts none of them: "below the 73,000
#: target set by ministers", "the 1,000 mark reached"
_LEVEL_NAMES: Final = frozenset(["target", "goal", "limit", "cap", "ceiling", "threshold",
                                 "mark", "benchmark", "milestone", "barrier", "level"])
