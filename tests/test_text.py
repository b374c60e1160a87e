"""Sentence splitting and word spans, one row per real phrasing.

New rows: SENTENCES for splitting (expected sentence texts, in order), WORDS for tokens.
"""
import pytest

from factcheck.text import lower_words, split_sentences, words


def row(text, *sentences):
    return pytest.param(text, list(sentences), id=text[:60])


SENTENCES = [
    row("Iran has supplied drones. Russia denies it.",
        "Iran has supplied drones.", "Russia denies it."),
    row("The U.S. escalated its efforts. Maduro responded.",
        "The U.S. escalated its efforts.", "Maduro responded."),
    row("Pezeshkian will visit Moscow on Jan. 17 to meet Putin.",
        "Pezeshkian will visit Moscow on Jan. 17 to meet Putin."),
    row("Said Bradley T. Smith. The next one.", "Said Bradley T. Smith.", "The next one."),
    row("Mr. Baqaei spoke on Saturday.", "Mr. Baqaei spoke on Saturday."),
    # a unit abbreviation after a number ends the sentence before a capital letter
    row("The trail is now 64 km. In 2019 it was shorter.", "The trail is now 64 km.",
        "In 2019 it was shorter."),
    row("The camp is 5 km. north of the border.", "The camp is 5 km. north of the border."),
    row("They met at 5 p.m. Tuesday.", "They met at 5 p.m. Tuesday."),
    row("“Current issues were discussed.” It was quoted by Tass.",
        "“Current issues were discussed.”", "It was quoted by Tass."),
    row("Prices rose 3.5% in May. Wages fell.", "Prices rose 3.5% in May.", "Wages fell."),
    row("It costs $2.50 a litre.", "It costs $2.50 a litre."),
    row("First paragraph without a stop\nSecond paragraph.",
        "First paragraph without a stop", "Second paragraph."),
    row("Is it true? Yes! 2,000 drones were sent.",
        "Is it true?", "Yes!", "2,000 drones were sent."),
    row("He met the Sen. and Gov. Smith at 5 p.m. on Friday.",
        "He met the Sen. and Gov. Smith at 5 p.m. on Friday."),
    row("Growth slowed (to 2%). Exports fell.", "Growth slowed (to 2%).", "Exports fell."),
    # an abbreviation's stop ends the sentence before a capitalised function word
    row("Imports came mainly from the U.S. The rest came by pipeline.",
        "Imports came mainly from the U.S.", "The rest came by pipeline."),
    row("Smith & Co. A spokesman declined to comment.", "Smith & Co.",
        "A spokesman declined to comment."),
    row("U.S. officials said 5 died.", "U.S. officials said 5 died."),
    # legal and council shorthand
    row("The case is U.S. v. Dunn, filed in 2024.", "The case is U.S. v. Dunn, filed in 2024."),
    row("He was charged under 18 U.S.C. Section 1343.",
        "He was charged under 18 U.S.C. Section 1343."),
    row("Coun. Brad Bradford argued against it.", "Coun. Brad Bradford argued against it."),
    row("   ",),
    row("",),
    row("No full stop at the end", "No full stop at the end"),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_split_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


WORDS = [
    pytest.param("up to 3,000 drones", ["up", "to", "3", ",", "000", "drones"], id="digits"),
    pytest.param("Iran’s six-year term", ["Iran’s", "six", "-", "year", "term"], id="apostrophe"),
    pytest.param("£40m", ["£", "40", "m"], id="glued scale"),
    pytest.param("Nicolás Maduro", ["Nicolás", "Maduro"], id="accents"),
]


@pytest.mark.parametrize("text, expected", WORDS)
def test_words(text, expected):
    tokens = words(text)
    assert [w.text for w in tokens] == expected
    assert all(text[w.start:w.end] == w.text for w in tokens)
    assert all(w.lower == w.text.lower() for w in tokens)


@pytest.mark.parametrize("text", [
    *(param.values[0] for param in WORDS),
    " - to \t", "AND\x1c OR ", "İstanbul to 5", "to   ", "",
])
def test_lower_words_match_words(text):
    # lower_words splits ASCII text lower-cased: the tokens must be those of words()
    assert lower_words(text) == tuple(w.lower for w in words(text))
