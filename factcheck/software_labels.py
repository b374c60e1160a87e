"""Numbers of software documentation that are no amounts: code between backticks ("Run
`pytest -n 4`"), identifiers glued to their label ("arXiv:2407.21783", "pass@1") and
versions named without their product ("Deprecated since 4.0", "the 3.0 release", "5.x")."""
from __future__ import annotations

import re
from typing import Final, List

from factcheck import lexicon
from factcheck.numerals import Numeral
from factcheck.sentence import Sentence
from factcheck.text import Span

#: code between backticks, as documentation writes it, with a mark of code inside: "Run
#: `pytest -n 4`", "`replicas: 3`", "`max_age=60`" (not "fell to `1.2 GB`": quotes)
_CODE_SPAN: Final = re.compile(
    r"`(?=[^`\n]{0,120}(?:[=:_/@{}\[\]<>|\"]|[ ]-))[^`\n]{1,120}`")
#: a version's number: one or two digits, a point and one or two digits ("4.0", "2.13")
_VERSION_NUMBER: Final = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}")
#: a wildcard version after the number: the ".x" of "5.x"
_WILDCARD_VERSION: Final = re.compile(r"\.[xX](?![\w.])")
#: words of time before a bare version: "since 4.0", "removed in 5.0", "through 2.9", "older
#: than 3.8"
_VERSION_TIME_WORDS: Final = frozenset(["since", "in", "until", "before", "through", "to",
                                        "from", "after", "and", "or", "versions", "than"])


#: a paper's or a book's identifier glued to its label by a colon: "arXiv:2407.21783",
#: "doi:10.1038/nature14539", "PMID: 31978945", "ISBN:978-0-14-143951-8"
_LABELLED_IDENTIFIER: Final = re.compile(
    r"\b(?:arxiv|doi|pmid|pmcid|isbn|issn)[ ]?:[ ]?[0-9][0-9./vX-]*", re.IGNORECASE)
#: the cut-off of a ranking metric glued to its name by "@": "pass@1", "Recall@5", "mAP@0.5"
_AT_CUTOFF: Final = re.compile(r"(?<=[A-Za-z])@[0-9]+(?:\.[0-9]+)?(?![0-9%])")


def code_spans(sentence: Sentence) -> List[Span]:
    """The spans of code between backticks, and of identifiers glued to their label, in
    ``sentence``."""
    start, end = sentence.span
    spans: List[Span] = []
    if sentence.text.find("`", start, end) >= 0:
        spans += [m.span() for m in _CODE_SPAN.finditer(sentence.text, start, end)]
    if sentence.text.find(":", start, end) >= 0:
        spans += [m.span() for m in _LABELLED_IDENTIFIER.finditer(sentence.text, start, end)]
    if sentence.text.find("@", start, end) >= 0:
        spans += [m.span() for m in _AT_CUTOFF.finditer(sentence.text, start, end)]
    return spans


def bare_version(numeral: Numeral, prev: str, nxt: str, sentence: Sentence) -> bool:
    """ "the 3.0 release", "Deprecated since 4.0", "5.x", "versions 2.3 through 2.9": a
    version named without its product, before a word of releases or after a word of time in
    a sentence about software's life (not "rose from 3.2 to 4.1", "2.5 MB smaller")."""
    if _WILDCARD_VERSION.match(sentence.text, numeral.end) and numeral.text.isdigit():
        return True
    if not _VERSION_NUMBER.fullmatch(numeral.text) or sentence.unit_after(numeral.end):
        return False
    words = lexicon.load().not_claims
    return nxt in words["release_words"] or (
        prev in _VERSION_TIME_WORDS
        and not sentence.vocabulary.isdisjoint(words["software_life_words"]))
