"""Model numbers of processors and graphics cards, which count nothing: "the i7-12700K",
"13900K", "14700F", "9800X3D", "Ryzen 5 3600", Windows' "24H2" release and a power supply's
"80 Plus Gold" rating.  A glued "K" after a round number stays thousands ("5K workers", "20K
seats") and one after a star's heat kelvin ("5800K", "9940K"): a model number has three or
more significant digits and ends in hundreds where heat is spoken of."""
from __future__ import annotations

import re
from typing import Final

from factcheck import lexicon
from factcheck.numerals import Numeral
from factcheck.sentence import Sentence

#: letters glued after a model's digits that no unit or scale writes: "X3D", "KF", "XT"
_MODEL_SUFFIX: Final = re.compile(r"(?:X3D|KF|KS|XT|XTX|HX|HS|X|Ti|SUPER)\b")
#: a "K" or "F" glued after four or five digits: a scale or a temperature when round
_K_OR_F: Final = re.compile(r"(?:K|F)\b")
#: a maker's tier right before the digits: "i7-12700K", "i5-1340P"
_TIER_BEFORE: Final = re.compile(r"(?<![\w.])i[3579]-\Z")
#: a half-year release after two digits: "24H2", "23H2"
_RELEASE: Final = re.compile(r"H[12]\b")
#: a power supply's efficiency rating after its 80: "80 Plus Gold", "80+ Platinum"
_CERTIFICATION: Final = re.compile(
    r"(?:[ ]Plus|\+)[ ](?:White|Bronze|Silver|Gold|Platinum|Titanium)\b")
#: words of heat and of stars, beside which a "K" or "F" after digits is a temperature, unless
#: the sentence speaks of computers (grammar_words.txt)
_HEAT_WORDS: Final = lexicon.word_sections("grammar_words.txt")["kelvin_cues"] \
    | lexicon.word_sections("grammar_words.txt")["weak_kelvin_cues"]
#: a glued "C" or "F" after the digits, which a temperature would write: "910C", "797F"
_DEGREE_LETTER: Final = re.compile(r"[CF]\b")
#: a capitalised name right before the digits, not opening the sentence: "Ascend "
_NAME_BEFORE: Final = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+[ ]\Z")
#: words of heat and weather, beside which "40C" is a temperature (grammar_words.txt)
_TEMPERATURE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["temperature_words"] \
    | _HEAT_WORDS
#: those words less the times and skies of a forecast, which a product's launch may share:
#: "Huawei will launch its Ascend 910C chip tonight"
_HEAT_OR_COLD_WORDS: Final = _TEMPERATURE_WORDS \
    - lexicon.word_sections("grammar_words.txt")["forecast_sky_words"]
#: no weather is hotter, so a higher glued "F" beside words of flying names a freighter
_HOTTEST_AIR_F: Final = 140
#: the types of airliner built as freighters: Boeing's 7x7s, Airbus's A3x0s and A321
_FREIGHTER_TYPE: Final = re.compile(r"[^0-9]?7[3-8]7|A3(?:[0-9]0|21)")
#: words of flying, beside which "777F" names a freighter (not_claims.txt)
_AVIATION_WORDS: Final = lexicon.load().not_claims["aviation_words"]
#: words of computers, beside which a tier's number and then four digits name a model
#: ("Ryzen 5 3600", grammar_words.txt)
_HARDWARE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["hardware_words"]


def _noun_next(sentence: Sentence, end: int) -> bool:
    """Whether a lower-case word that is no function word follows at ``end``."""
    following = sentence.after(end, 1)
    return bool(following) and following[0].text.isalpha() and following[0].text.islower() \
        and following[0].lower not in lexicon.load().function_words


def hardware_model(numeral: Numeral, sentence: Sentence) -> bool:
    """Whether the number is a processor's, a graphics card's or a release's model."""
    digits = numeral.text.rstrip("KkFf")
    if not digits.isdigit():
        return False
    text, end = sentence.text, numeral.start + len(digits)
    if _TIER_BEFORE.search(text, max(0, numeral.start - 4), numeral.start):
        return True
    if len(digits) == 2 and (_RELEASE.match(text, end)
                             or (digits == "80" and _CERTIFICATION.match(text, end))):
        return True  # "Windows 11 24H2", "80 Plus Gold"
    if 3 <= len(digits) <= 5 and _DEGREE_LETTER.match(text, end) \
            and _NAME_BEFORE.search(text, max(0, numeral.start - 24), numeral.start) \
            and sentence.vocabulary.isdisjoint(_HEAT_OR_COLD_WORDS) \
            and (text[end] == "C" or _noun_next(sentence, end + 1)):
        return True  # "Huawei's Ascend 910C chip", "the Caterpillar 797F fleet": a model
        # after its name, no heat (an "F" only before its noun: not "In Phoenix 118F was")
    if len(digits) == 3 and int(digits) > _HOTTEST_AIR_F and text[end:end + 1] == "F" \
            and _FREIGHTER_TYPE.fullmatch(text, max(0, numeral.start - 1), end) \
            and _DEGREE_LETTER.match(text, end) \
            and sentence.vocabulary.isdisjoint(_TEMPERATURE_WORDS) \
            and not sentence.vocabulary.isdisjoint(_AVIATION_WORDS):
        return True  # "The Boeing 777F can carry 102 tonnes", "777F fleets": a freighter
        # (but "Planes sat on the tarmac at 118F": no air is hotter than 140F; and "coffee at
        # 180F on flights", "exhaust is about 900F": no airliner's type)
    if not 4 <= len(digits) <= 5:
        return False
    if _MODEL_SUFFIX.match(text, end):
        return True
    if _K_OR_F.match(text, end) and len(digits.rstrip("0")) >= 3 \
            and (sentence.vocabulary.isdisjoint(_HEAT_WORDS) or digits.endswith("00")
                 or not sentence.vocabulary.isdisjoint(_HARDWARE_WORDS)):
        return True  # "13900K", "14700F", "The 14900K is the star of the range": models end
        # in hundreds (but "2500K", "2000F", and "Sirius has a surface temperature of 9940K")
    return _after_tier(numeral, sentence)


def _after_tier(numeral: Numeral, sentence: Sentence) -> bool:
    """ "Ryzen 5 3600 owners": a maker's name, its tier's one digit, then the model."""
    before = sentence.before(numeral.start, 2)
    return len(before) == 2 and len(before[1].text) == 1 and before[1].text.isdigit() \
        and before[0].text[:1].isupper() and before[0].text.isalpha() \
        and sentence.gap(before[1].end, numeral.start) == " " \
        and not sentence.vocabulary.isdisjoint(_HARDWARE_WORDS)
