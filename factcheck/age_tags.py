"""Age and sex tags of forum posts and clinical notes: "I (28M) need advice", "My wife (31F)
disagrees", "my boss (F45)", "I'm 34F", "67M presenting with chest pain" give ages in years.
A tag stands in brackets right after a person ("I", "my wife", "my roommate"), after "I'm",
or opens a note before what is said of the patient; elsewhere "(50M)" stays fifty million
and "31F" a temperature."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, List

from factcheck import lexicon
from factcheck.claims import Claim
from factcheck.sentence import Sentence, finish_claim

#: an age and a sex in brackets, either way round: "(28M)", "(31 F)", "(F45)"
_TAG: Final = re.compile(
    r"\((?:(?P<age>1[3-9]|[2-9][0-9])[ ]?[MFmf]|[MFmf][ ]?(?P<age_after>1[3-9]|[2-9][0-9]))\)")
#: a tag said of oneself, with no brackets: "I'm 34F", "I am 28M"
_SELF_TAG: Final = re.compile(
    r"\bI(?:'m|\N{RIGHT SINGLE QUOTATION MARK}m|[ ]am)[ ](?P<age>1[3-9]|[2-9][0-9])[MF]\b")
#: what every tag said of oneself holds: a quick miss, as this search skips to each "I" (the
#: "\b" _SELF_TAG opens with makes the engine try every position)
_SELF_HINT: Final = re.compile(
    r"I(?:'m|\N{RIGHT SINGLE QUOTATION MARK}m|[ ]am)[ ](?:1[3-9]|[2-9][0-9])[MF]")
#: a patient's age and sex in a clinical note, before what is said of them: "67M presenting
#: with chest pain", "58F with a history of", "72F, referred for CT"
_PATIENT_AGE: Final = (
    r"(?P<age>1[3-9]|[2-9][0-9]|10[0-9])[MF]\b"
    r"(?=,?[ ](?:with[ ](?:a[ ]history|a[ ]past|known|previous|prior|worsening|acute|chronic"
    r"|sudden|severe|recurrent)|(?:presenting|presents|presented)[ ]with"
    r"|complaining|referred|admitted|known|smoker|non-smoker|ex-smoker|history"
    r"|s/p)\b)")
#: the tag opening a sentence: "67M presenting with chest pain"
_OPENING_PATIENT_TAG: Final = re.compile(_PATIENT_AGE)
#: the tag after a patient, an article or a note's label: "Patient: 72F, referred",
#: "Pt is a 52F with a history of asthma", "Case 2: 34M, smoker", "History: 67M presenting"
_PATIENT_TAG: Final = re.compile(
    r"(?:(?<=[Pp]atient:[ ])|(?<=[Pp]atient[ ])|(?<=\b[Aa][ ])|(?<=[Hh]istory:[ ])|(?<=HPI:[ ])"
    r"|(?<=[Ii]ndication:[ ])|(?<=[Cc]ase[ ][0-9]:[ ])|(?<=[Cc]ase[ ][0-9][0-9]:[ ])|(?<=\n))"
    + _PATIENT_AGE)
#: what every patient's tag holds, its age's last digit and its sex: a quick miss
_PATIENT_HINT: Final = re.compile(r"[0-9][MF]")
#: the words of _PATIENT_TAG after the tag, one of which a sentence must hold ("s/p" is
#: the words "s" and "p")
_PATIENT_CUES: Final = frozenset(["history", "past", "known", "previous", "prior", "presenting",
                                  "presents", "presented", "complaining", "referred",
                                  "admitted", "smoker", "p", "worsening", "acute", "chronic",
                                  "sudden", "severe", "recurrent"])
#: words of heat and weather, beside which "34F" is a temperature (grammar_words.txt)
_TEMPERATURE_WORDS: Final = lexicon.word_sections("grammar_words.txt")["temperature_words"]
#: who a tag follows (grammar_words.txt)
_TAGGED: Final = lexicon.word_sections("grammar_words.txt")["tagged_people"]


def age_tag_claims(sentence: Sentence) -> List[Claim]:
    """Each bracketed age-and-sex tag after a person, as an age in years."""
    start, end = sentence.span
    claims: List[Claim] = []
    said_tags = _SELF_TAG.finditer(sentence.text, start, end) \
        if sentence.vocabulary.isdisjoint(_TEMPERATURE_WORDS) \
        and _SELF_HINT.search(sentence.text, start, end) else ()
    for said in said_tags:  # (not "I'm 34F cold in this office": a temperature)
        claims.append(_age(sentence, said.start("age"), said.end(), said.group("age")))
        # ("I'm 34F and run 3 times a week")
    noted_tags = _patient_tags(sentence) \
        if not sentence.vocabulary.isdisjoint(_PATIENT_CUES) else []
    for noted in noted_tags:  # (the words a tag needs after it: a quick miss elsewhere)
        claims.append(_age(sentence, noted.start("age"), noted.end(), noted.group("age")))
    if sentence.text.find("(", start, end) < 0:
        return claims
    for found in _TAG.finditer(sentence.text, start, end):
        person = sentence.before(found.start(), 2)
        if not person or person[-1].lower not in _TAGGED or (
                person[-1].text == "I" and len(person) == 2
                and person[0].lower in lexicon.load().not_claims["label_words"]):
            continue  # (not "Phase I (45M)": a Roman one after a name)
        claims.append(_age(sentence, found.start() + 1, found.end() - 1,
                           found.group("age") or found.group("age_after")))
    return claims


def _patient_tags(sentence: Sentence) -> List[re.Match[str]]:
    """The patient's tags of a clinical note's sentence, at its start or after a patient."""
    start, end = sentence.span
    if _PATIENT_HINT.search(sentence.text, start, end) is None:
        return []  # (the look-behinds opening _PATIENT_TAG try every position)
    opening = _OPENING_PATIENT_TAG.match(sentence.text, start, end)
    return ([opening] if opening is not None else []) \
        + list(_PATIENT_TAG.finditer(sentence.text, start, end))


def _age(sentence: Sentence, start: int, end: int, years: str) -> Claim:
    """The claim of an age in whole years that a tag writes between ``start`` and ``end``."""
    age = Decimal(years)
    return finish_claim(sentence, start=start, end=end, low=age, high=age, kind="point",
                        qualifier="", precision=Decimal(1), unit="year", dimension="time")
