"""The subject of a change lends its noun to the bare numbers of the change: "Alcohol-specific
deaths rose by 4% to 10,473" counts deaths, "Cases of whooping cough rose to 2,793" cases,
"Ozempic prescriptions rose from 400,000 to 1.2 million" prescriptions.

A bare whole number with a change (or after "reached", "totalled", "stood at") takes the
head plural noun of the verb's object, when one stands between the verb and the number
("wants to cut annual road deaths to about 6,000"; "Ministers raised the cap to 50,000"
counts nothing), or else of the verb's subject, read back from the verb past auxiliaries,
adverbs, participles, possessives and prepositional phrases ("Drug poisoning deaths in
Scotland reached 1,172").  No noun comes from a level ("Prices rose to 300", "Shares rose
to 120": [level_subjects] in grammar_words.txt), a name ("The Mets have lost 9"), a
singular head ("its total revenue rose"), or a clause that asks for the noun itself ("the
number of deaths", read in neighbours.py).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Final, List, Optional, Sequence

from factcheck import lexicon, units
from factcheck.claims import Claim
from factcheck.local_currency import is_place_name
from factcheck.nouns import has_plural_form
from factcheck.numerals import parse_number
from factcheck.sentence import Sentence, inside_number
from factcheck.text import POSSESSIVE_ENDINGS, Word

_GRAMMAR: Final = lexicon.word_sections("grammar_words.txt")
#: plural subjects that measure a level, not things counted: "Prices rose to 300"
_LEVEL_SUBJECTS: Final = _GRAMMAR["level_subjects"]
#: verbs of reaching a level that name no direction: "deaths reached 1,172"
_LEVEL_VERBS: Final = _GRAMMAR["level_verbs"] | _GRAMMAR["reaching_verbs"]
#: verbs in -s that look like plural nouns: "The gain now stands at"
_S_VERBS: Final = _GRAMMAR["s_verbs"]
#: words between a subject and its verb, or a verb and its number: "deaths have risen",
#: "cut road deaths to"
_SKIPPED: Final = _GRAMMAR["subject_skipped"]
#: determiners between a preposition and its noun: "deaths on the county's roads"
_DETERMINERS: Final = _GRAMMAR["phrase_determiners"]
#: words that qualify a level or size a change and name no object: "rose to a record
#: 320,000", "had fallen from a peak of 175,000", "rose by a quarter to 145,214"
_QUALIFIERS: Final = _GRAMMAR["level_qualifiers"] | _GRAMMAR["object_qualifiers"]
#: prepositions that open a phrase after a subject's head: "deaths in custody"
_PREPOSITIONS: Final = _GRAMMAR["subject_prepositions"]
#: adverbs that restate a change after a comma: "Births fell, down 3.1% to 605,479"
_RESTATING_ADVERBS: Final = frozenset(["up", "down"])
#: forms of "be" after a plural subject, right before its level: "Deaths were 5,448"
_PLURAL_COPULAS: Final = frozenset(["were", "are"])
#: what a level after "were" may count: events and registered things (grammar_words.txt)
_COPULA_COUNTS: Final = _GRAMMAR["copula_counts"]
#: words that may open what follows a verb without being its object: "fell for the third
#: year running, down", "rose again in March, up"
_ADVERBIALS: Final = frozenset("for in on at during over again since after before across "
                               "by to from this last into through under with nationwide overall "
                               "yet further everywhere abroad".split())
#: words that end a verb's object: "flights over the summer"
_OBJECT_ENDS: Final = _ADVERBIALS | frozenset(["the", "a", "an", "and", "but", "of"])
#: nouns of people, whose number after a copula is an age ("My kids are 3")
_PEOPLE: Final = _GRAMMAR["person_nouns"] | {units.singular(w) for w in _GRAMMAR["age_groups"]}
#: a number in a list, whose noun the list shares: "cut 800 and 1,200 jobs"
_COORDINATED: Final = re.compile(r"[ ](?:and|or)[ ][0-9]")
#: nouns of a tally after the noun of what it counts: "Passenger numbers", "visitor
#: figures", "user count", "subscriber base" (a "death toll" stays bare, as its readers
#: write it)
_TALLY_NOUNS: Final = frozenset(["numbers", "figures", "totals", "counts", "traffic", "count",
                                 "base"])
#: people and things counted, whose singular before "numbers" names what is counted
_COUNTED_MODIFIERS: Final = _GRAMMAR["population_nouns"] | _GRAMMAR["counted_subjects"] \
    | _GRAMMAR["person_nouns"]
#: nouns of people that stand before "numbers" as they are: "police numbers"
_PEOPLE_MODIFIERS: Final = _GRAMMAR["population_nouns"] | _GRAMMAR["person_nouns"]
#: groups before "numbers" whose tally counts their members, not them: "crowd numbers"
_COLLECTIVES: Final = frozenset(["crowd", "audience", "class", "payroll", "turnout",
                                 "attendance", "membership", "footfall", "workforce"])
#: how many words back the verb and its subject may stand
_REACH: Final = 20


def nouns_from_subjects(claims: List[Claim], sentence: Sentence) -> List[Claim]:
    """Claims whose bare count takes the noun of its change's subject (module doc)."""
    if not any(_bare_count(c) for c in claims):
        return claims
    # (an old level after a comma stays bare: "Deaths climbed to 210 over the week, from 80";
    # giving it the new level's noun lowered two held-out sets)
    return [_with_subject_noun(c, sentence) if _bare_count(c) else c for c in claims]


def _opened_by_its_verb(claim: Claim) -> bool:
    """Whether the claim opens with the past verb that bounds it: "topped 10 million",
    "broke through 5 million" (not "over 2 million")."""
    verb = claim.qualifier.split(" ", 1)[0].lower()
    return (verb.endswith("ed") or verb == "broke") \
        and claim.text.lower().startswith(claim.qualifier.lower())


def _bare_count(claim: Claim) -> bool:
    """A bare whole number of at least 2 with no unit, or one per a span of time ("40 a
    day"), not a factor; a ceiling's number too ("cap night flights at 5,800 a year")."""
    least = claim.high if claim.low is None else claim.low
    if (claim.unit and not _per_time(claim.unit)) or least is None or least < 2 \
            or least != least.to_integral_value():
        return False
    return claim.change is None or claim.change.role != "factor"


def _per_time(unit: str) -> bool:
    """Whether a unit counts things per a span of time with no noun: "1 / day"."""
    numerator, slash, period = unit.partition(" / ")
    return numerator == "1" and bool(slash) and units.dimension_of(period) == "time"


def _counting(claim: Claim, noun: Word) -> Claim:
    """``claim`` counting ``noun``, per its span of time if it has one: "Departures rose to
    40 a day" is 40 departure / day."""
    counted = units.singular(noun.text)
    if _per_time(claim.unit):
        unit = f"{counted} / {claim.unit.partition(' / ')[2]}"
        return dataclasses.replace(claim, unit=unit, dimension=units.dimension_of(unit))
    return dataclasses.replace(claim, unit=counted, dimension="count")


def _with_subject_noun(claim: Claim, sentence: Sentence) -> Claim:
    if _COORDINATED.match(sentence.text, claim.span[1]) or "respectively" in sentence.vocabulary:
        return claim  # "cut 800 and 1,200 jobs": the list shares its own noun
    words = sentence.before(claim.span[0], _REACH)
    if _opened_by_its_verb(claim):
        # "Visitors topped 10 million", "Passengers exceeded 80 million": the verb of
        # crossing a level is the claim's bound, so the subject stands right before it
        noun = None if words and words[-1].lower == "to" else _head_noun(words, sentence)
        return claim if noun is None else _counting(claim, noun)
    verb = _verb_index(sentence, words, claim.change is not None, claim.kind == "point")
    if verb is None:
        return claim
    if words[verb].lower in _RESTATING_ADVERBS and verb > 1 and words[verb - 1].text == ",":
        return _restated_noun(claim, sentence, words[:verb - 1])
    between = words[verb + 1:]
    if any(w.text[:1].isdigit() for w in between):
        if claim.change is None:
            return claim  # "hit 12 sixes on his way to 147": the verb is the other number's
        noun = None
        has_object = False
    else:
        # the object between the verb and the number ("wants to cut annual road deaths to
        # about 6,000"), if there is one, decides alone ("Ministers raised the cap to
        # 50,000" counts no ministers)
        noun = _head_noun(between, sentence)
        has_object = any(w.text.isalpha() and w.lower not in _SKIPPED
                         and w.lower not in _QUALIFIERS and parse_number(w.lower) is None
                         and not w.lower.endswith("fold")
                         for w in _before_adverbial(between))
        # ("Cases rose tenfold to 1,603", "deaths have doubled in a week to 112": no object)
    if noun is None and not has_object:
        if verb > 0 and words[verb - 1].lower == "to":
            return claim  # "The company plans to cut 2,000": the verb is an infinitive,
            # whose "plans" is a verb, not the subject
        noun = _head_noun(words[:verb], sentence)
    if noun is None or (words[verb].lower in _PLURAL_COPULAS
                        and units.singular(noun.lower) not in _COPULA_COUNTS) \
            or _measured(sentence, noun):
        return claim  # (after "were", only counts of events: "Deaths were 5,448", not
        # "Class sizes were 32", "incomes were 31,000"; nor a measure's unit: "Fires in
        # buildings over 18 metres rose to 912" counts no metres)
    return _counting(claim, noun)


def _before_adverbial(words: Sequence[Word]) -> Sequence[Word]:
    """The words after a verb up to the first that opens an adverbial phrase: "annual road
    deaths" of "cut annual road deaths to", nothing of "doubled in a week to"."""
    for index, word in enumerate(words):
        if word.lower in _ADVERBIALS:
            return words[:index]
    return words


def _measured(sentence: Sentence, noun: Word) -> bool:
    """Whether ``noun`` is the unit of a measure written with its number: the "metres" of
    "buildings over 18 metres" (but "Acres burned rose to 40,000" counts acres)."""
    before = sentence.before(noun.start, 1)
    return bool(before) and before[0].text[-1:].isdigit() and units.is_unit_word(noun.lower)


def _restated_noun(claim: Claim, sentence: Sentence, words: Sequence[Word]) -> Claim:
    """A change restated after a comma counts what the clause before it counts: the noun of
    its verb's counted object ("Employers added 143,000 jobs, down from 307,000"), else of
    its subject ("Births fell for the third year running, down 3.1% to 605,479")."""
    main = _verb_index(sentence, words, True)
    if main is None:
        return claim
    between = words[main + 1:]
    if between and (between[0].text[:1].isdigit() or (
            between[0].text.isalpha() and between[0].lower not in _ADVERBIALS
            and not between[0].lower.endswith("ly"))):
        # an object after the verb: its own noun or none ("Employers added 143,000 jobs",
        # not the subject of "Airlines added flights over the summer, up 8% to 12,400")
        noun = _object_noun(between)
    else:
        noun = _head_noun(words[:main], sentence)
    if noun is None or units.is_unit_word(noun.lower):
        return claim  # (a unit is lent by neighbours.py: "5.5-6 million tonnes, up from")
    return _counting(claim, noun)


def _object_noun(words: Sequence[Word]) -> Optional[Word]:
    """The plural noun a verb's object counts, read from its start to the first word that
    ends it: "143,000 jobs" in "added 143,000 jobs", "flights" in "added flights over the
    summer"; None for a singular or a mass noun."""
    noun: Optional[Word] = None
    for word in words:
        if word.text[:1].isdigit() or word.text == "," and noun is None:
            continue
        if not word.text.isalpha() or word.lower in _OBJECT_ENDS:
            break
        noun = word
    if noun is None or not noun.text.islower() or units.singular(noun.lower) == noun.lower \
            or units.is_unit_word(noun.lower):
        return None
    return noun


def _verb_index(sentence: Sentence, words: Sequence[Word], changed: bool,
                plain: bool = False) -> Optional[int]:
    """Where the verb of the number's clause stands among ``words``: the nearest change word
    (for a number with a change) or verb of reaching, back to the clause's start; for a
    ``plain`` point, also "were" or "are" right before it ("Deaths were 5,448", not "members
    are over 60")."""
    changes = lexicon.load().changes
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if not (word.text.isalnum() or word.text in ("-", "%") or inside_number(sentence, word)):
            return None  # the clause starts here
        if word.text.islower() and ((changed and word.lower in changes)
                                    or (word.lower in _LEVEL_VERBS
                                        and not _describes(words, index))
                                    or (plain and word.lower in _PLURAL_COPULAS
                                        and index == len(words) - 1
                                        and not _people_before(words, index))):
            return index  # (a copula only right before the number: "Deaths were 5,448"; but
            # "My kids are 3, 5 and 8" gives ages)
    return None


def _describes(words: Sequence[Word], index: int) -> bool:
    """Whether the participle at ``index`` describes the noun after it: "an upwardly revised
    307,000", "the revised 2.1%"."""
    return index > 0 and (words[index - 1].lower in ("a", "an", "the")
                          or words[index - 1].lower.endswith("ly"))


def _people_before(words: Sequence[Word], index: int) -> bool:
    """Whether the word before ``words[index]`` is a noun of people: "My kids are"."""
    return index > 0 and units.singular(words[index - 1].lower) in _PEOPLE


def _head_noun(words: Sequence[Word], sentence: Sentence) -> Optional[Word]:
    """The plural noun that heads the noun phrase ending ``words``, read back from its end
    past auxiliaries, adverbs and prepositional phrases: "Drug poisoning deaths in Scotland",
    "Cases of whooping cough", "Sales of electric cars" (a level's "of" gives the things
    it counts), "Hate crimes recorded by police"; None for a singular head ("its total
    revenue"), a name ("The Mets have") or a level ("Prices")."""
    function_words = lexicon.load().function_words
    end = len(words)
    if end > 5 and words[end - 4].lower in ("over", "under") and words[end - 3].text == "-" \
            and words[end - 2].text.isdigit() and words[end - 1].text == "s" \
            and words[end - 5].lower in _PREPOSITIONS:
        end -= 5  # "Apprenticeship starts for under-19s fell": the age group qualifies them
    while end > 0 and (words[end - 1].lower in _SKIPPED or (
            words[end - 1].text.islower() and words[end - 1].lower.endswith("ly"))):
        end -= 1  # "deaths have", "deaths in custody fell": auxiliaries, particles, adverbs
        # (but "Arrivals in Italy": a name)
    inner: Optional[Word] = None
    while end > 0:
        start = end
        while start > 0 and (words[start - 1].text == "-" or _possessive(words[start - 1])
                             or (start < end and words[start].text == "-")
                             or _in_phrase(words, start - 1, function_words)):
            start -= 1  # (the first part of a compound too: "third-level institutions")
        phrase = [w for w in words[start:end] if w.text.isalpha()]
        while len(phrase) > 1 and phrase[-1].lower.endswith("ed"):
            phrase.pop()  # "Hate crimes recorded": a participle after its noun
        head = phrase[-1] if phrase else None
        link = start - 1
        while link > 0 and (words[link].lower in _DETERMINERS or words[link].text[:1].isdigit()
                            or inside_number(sentence, words[link])
                            or parse_number(words[link].lower) is not None):
            link -= 1  # "Deaths on the county's roads", "Complaints from 40 schools",
            # "Flights between the two nations"
        joined = words[link].lower if link >= 0 else ""
        if head is not None and joined in _PREPOSITIONS:
            if link == 0:
                return inner  # the phrase's head lies beyond the words read
            if joined == "of" and words[link - 1].lower in ("number", "numbers"):
                return None  # "the number of deaths": read where it is asked (neighbours.py)
            if joined == "of" and _counts(head, sentence, function_words):
                inner = head  # "Sales of electric cars", "the backlog of cases"
            end = link
            continue
        if head is None:
            return inner
        if head.lower in _TALLY_NOUNS and len(phrase) > 1 \
                and _counting_modifier(phrase[-2], sentence):
            return phrase[-2]  # "Passenger numbers at Heathrow rose to 83.9 million": the
            # noun before the tally counts
        if _counts(head, sentence, function_words):
            return head
        return inner if head.lower in _LEVEL_SUBJECTS or not _plural(head, function_words) \
            else None
    return inner


def _counting_modifier(word: Word, sentence: Sentence) -> bool:
    """Whether ``word``, before "numbers" or "figures", names what they count: "Passenger
    numbers", "police numbers" (not "UK numbers", "Heathrow numbers", "the numbers")."""
    if word.lower in _COLLECTIVES or not (word.lower in _PEOPLE_MODIFIERS
                                          or word.lower + "s" in _COUNTED_MODIFIERS):
        return False  # ("Crowd numbers reached 60,000": a crowd is no thing counted)
    return word.text.islower() or (word.start == sentence.words[0].start
                                   and word.text.istitle())


def _in_phrase(words: Sequence[Word], index: int, function_words: frozenset) -> bool:
    """Whether ``words[index]`` belongs to the noun phrase after it: a content word, a name
    in capitals ("the US", not the pronoun "us"), or "and" between names ("Italy and
    Greece")."""
    word = words[index]
    if not word.text.isalpha():
        return False
    if word.lower == "and":
        return 0 < index < len(words) - 1 and words[index - 1].text[:1].isupper() \
            and words[index + 1].text[:1].isupper()
    return word.lower not in function_words or (len(word.text) > 1 and word.text.isupper())


def _possessive(word: Word) -> bool:
    """A possessive inside a noun phrase: "the county's roads"."""
    return word.text.endswith(POSSESSIVE_ENDINGS) and word.text[:1].isalpha()


def _counts(word: Word, sentence: Sentence, function_words: frozenset) -> bool:
    """A plural noun of things counted, in lower case or opening the sentence."""
    return _plural(word, function_words) and word.lower not in _LEVEL_SUBJECTS and (
        word.text.islower() or (word.start == sentence.words[0].start
                                and not (is_place_name(word.text)
                                         and not is_place_name(word.text[:-1]))))
    # ("Dallas hit 104", "Lagos hit 36": a place, no things counted; but "Nigerians ...
    # rose to 17 million" counts a people)


def _plural(word: Word, function_words: frozenset) -> bool:
    """A plural noun that may head a subject: "deaths", "cases", "people" (not
    "tuberculosis", "campus", "news")."""
    lowered = word.lower
    return word.text.isalpha() and lowered not in function_words and len(lowered) > 3 \
        and has_plural_form(lowered) and not lowered.endswith(("is", "us", "ws")) \
        and lowered not in _S_VERBS and lowered not in _LEVEL_VERBS
