"""Find the reference row a claim is about: units first, then words, then time.

The pipeline, read top to bottom in :meth:`ReferenceIndex.match`:

1. ``words = subject_words(sentence)`` (tokens → aliases → stop words → stems,
   :mod:`factcheck.match_words`), each word weighted by how close it sits to the
   number (same clause 1.0, a clause away less, the sentence before 0.5;
   :mod:`factcheck.match_clauses`);
2. ``rows = index.candidates(claim, sentence)``: rows sharing a distinctive word,
   found through an inverted index (stem → rows, :mod:`factcheck.match_index`) so a
   million-row table is never scanned, kept when their unit can describe the
   claim's number (:mod:`factcheck.match_units`), and scored by the IDF-weighted
   share of the row's subject the sentence covers (:mod:`factcheck.match_score`);
3. a row naming a person, place or body ("Russia", "Maduro") that the text
   does not mention is dropped, however many other words it shares
   (:mod:`factcheck.match_names`);
4. a year in the sentence that differs from the row's ``as_of`` lowers its score
   (:mod:`factcheck.match_time`);
5. :func:`choose` keeps the best row when it is good enough and clearly better
   than the next one; otherwise the claim is ``no_match`` or ``ambiguous``.

What sort of figure a claim is (a level, a difference, a change) is read by
:mod:`factcheck.match_kinds`.  This module keeps the entry points; the names other
modules import from it are re-exported from where they now live.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Container, List, Optional, Sequence, Tuple

from factcheck.claims import Claim, ReferenceRow
from factcheck.match_index import RowIndex
from factcheck.match_kinds import (is_comparison, is_difference, is_name_part, is_old_level,
                                   is_retracted)
from factcheck.match_score import Candidate, score_rows
from factcheck.match_time import dated_year_before, latest_year_before, old_level_rows
from factcheck.match_units import (rate_parts, rate_scale, rate_fit, rate_numerator_converts,
                                   related_dimensions)
from factcheck.match_words import (WrittenBefore, antecedents, previous_sentence, subject_words,
                                   words_first_seen)

__all__ = ["MIN_SCORE", "INCOMPATIBLE_SCORE", "TIE_MARGIN", "Candidate", "Match",
           "ReferenceIndex", "WrittenBefore", "antecedents", "choose", "latest_year_before",
           "previous_sentence",
           "rate_parts", "rate_scale", "rate_fit", "rate_numerator_converts", "subject_words",
           "words_first_seen"]

#: a row must cover at least this share of its subject's weight to be a match
MIN_SCORE = 0.25
#: a row of another unit must score this much to call the claim's unit incompatible
INCOMPATIBLE_SCORE = 0.5
#: rows whose scores differ by less than this are equally good
TIE_MARGIN = 0.04


@dataclass(frozen=True)
class Match:
    """The outcome of matching one claim: a row, or why there is none."""

    row: Optional[ReferenceRow]
    score: float = 0.0
    #: "" when matched; "no_match", "ambiguous" or "incompatible_unit" otherwise
    reason: str = ""
    candidates: Tuple[Candidate, ...] = ()
    #: how a tie was broken: "" or a short phrase ("same unit", "latest as_of")
    tie_break: str = ""
    #: the matched row's Candidate, whose flags tell how far the match may be trusted
    chosen: Optional[Candidate] = None

    @property
    def local(self) -> float:
        """The matched row's :attr:`Candidate.local`, 0.0 when none."""
        return self.chosen.local if self.chosen is not None else 0.0

    @property
    def other_year(self) -> bool:
        """The matched row's :attr:`Candidate.other_year`."""
        return self.chosen is not None and self.chosen.other_year

    @property
    def future(self) -> bool:
        """The matched row's :attr:`Candidate.future`."""
        return self.chosen is not None and self.chosen.future

    @property
    def says_what(self) -> bool:
        """The matched row's :attr:`Candidate.says_what`."""
        return self.chosen is not None and self.chosen.says_what


class ReferenceIndex(RowIndex):
    """A reference table's row index (:class:`RowIndex`) that matches claims to its rows.

    Built once per table; :meth:`candidates` walks only the posting lists of the
    claim's words, so its cost depends on how many rows share a word with the
    sentence, not on the size of the table.
    """

    def scored(self, claim: Claim, sentence: str, *, before: str = "",
               names: Container[str] = frozenset(), units: bool = True,
               present: int = 0) -> List[Candidate]:
        """Every row sharing a word with the text, scored (see
        :func:`factcheck.match_score.score_rows`)."""
        return score_rows(self, claim, sentence, before=before, names=names, units=units,
                          present=present)

    def candidates(self, claim: Claim, sentence: str, *, before: str = "",
                   names: Container[str] = frozenset()) -> List[Tuple[ReferenceRow, float]]:
        """Rows whose unit fits the claim, best first, with scores in [0, 1].

        ``sentence`` is the claim's sentence; ``before`` optionally the sentence
        preceding it in the same paragraph, and ``names`` the stems of the names
        written earlier in the document (see :class:`WrittenBefore`): a row naming
        "Spain" may match "the economy grew 3%" in an article about Spain.
        """
        found = self.scored(claim, sentence, before=before, names=names)
        return [(c.row, c.score) for c in found]

    def match(self, claim: Claim, sentence: str, *, before: str = "",
              names: Container[str] = frozenset(), present: int = 0) -> Match:
        """The row a claim is about, or why none can be named."""
        if (is_difference(claim, sentence) and not is_comparison(claim, sentence)) \
                or is_name_part(claim, sentence) or is_retracted(claim, sentence):
            return Match(None, 0.0, "no_match")
        found = self.scored(claim, sentence, before=before, names=names, present=present)
        if not found or found[0].score < MIN_SCORE:
            loose = [c for c in self.scored(claim, sentence, before=before, names=names,
                                            units=False)
                     if related_dimensions(claim.dimension, c.row.dimension)]
            if loose and loose[0].score >= INCOMPATIBLE_SCORE:
                return Match(None, loose[0].score, "incompatible_unit", tuple(loose[:3]))
            best = found[0].score if found else 0.0
            return Match(None, best, "no_match", tuple(found[:3]))
        if is_old_level(claim):
            found = old_level_rows(self, claim, sentence, found)
            if not found or found[0].score < MIN_SCORE:
                return Match(None, found[0].score if found else 0.0, "no_match", tuple(found[:3]))
        return choose(claim, found, self, year_before=dated_year_before(claim, sentence))


def _as_of_key(row: ReferenceRow) -> str:
    return row.as_of or ""


def _matched(chosen: Candidate, candidates: Sequence[Candidate], tie_break: str = "") -> Match:
    return Match(chosen.row, chosen.score, "", tuple(candidates), tie_break, chosen)


def choose(claim: Claim, found: Sequence[Candidate], index: ReferenceIndex, *,
           year_before: bool = False) -> Match:
    """Pick the best candidate, breaking ties by exact unit then by time, else ambiguous."""
    best = found[0]
    tied = [c for c in found if c.score >= best.score - TIE_MARGIN]
    if len(tied) == 1:
        return _matched(best, found[:3])
    same_unit = [c for c in tied if c.row.unit == claim.unit]
    note = ""
    if same_unit and len(same_unit) < len(tied):
        tied, note = same_unit, "same unit"
    if len(tied) > 1 and index.same_series([c.row for c in tied]) \
            and all(c.row.as_of for c in tied):
        by_time = sorted(tied, key=lambda c: _as_of_key(c.row))
        if len({_as_of_key(c.row) for c in by_time}) == len(by_time):
            pick = by_time[0] if is_old_level(claim) else \
                by_time[-2] if year_before else by_time[-1]
            return _matched(pick, tied, "earliest as_of" if is_old_level(claim) else
                            "latest as_of")
    if len(tied) == 1:
        return _matched(tied[0], found[:3], note)
    return Match(None, best.score, "ambiguous", tuple(tied))
