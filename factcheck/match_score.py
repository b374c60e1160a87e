"""The scoring of candidate rows: coverage, keywords, years, subgroups, missing words."""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Container, Dict, FrozenSet, List, Tuple

from factcheck.claims import Claim, ReferenceRow
from factcheck.match_clauses import attribution_words, nearer_other_numbers, words_ahead
from factcheck.match_index import Query, RowIndex, text_words
from factcheck.match_kinds import (NEUTRAL_CHANGE_WORD, claim_subgroups, is_change_size,
                                   is_comparison, relative_words_inside, subgroups_said)
from factcheck.match_names import names_present, with_names_written_before
from factcheck.match_time import claim_dates, claim_forecast, row_dating
from factcheck.match_units import (RATIO_DIMENSIONS, claim_nouns, currencies_in,
                                   denominator_stems, other_unit_stems, unit_fits_row,
                                   units_in)
from factcheck.match_words import stem, subject_words


#: words of a row that the sentence (or the claim's unit) must contain, at least
MIN_EVIDENCE = 1

#: a row narrowed to a subgroup ("youth", "female") the claim's clause does not name
UNSPOKEN_SUBGROUP_FACTOR = 0.7
#: an ordinary row, for a claim that speaks of a target ("wants to halve ... by 2030")
UNTARGETED_FACTOR = 0.7
#: a row whose keyword phrase the text contains in full scores at least this much
KEYWORD_FLOOR = 0.5

#: how much a row loses for lacking all the clause words its rivals have
MISSING_WEIGHT = 0.75
#: rows scoring below this are not rivals when looking for missing words
MISSING_FLOOR = 0.3
#: only this many rows, best covered first, go through the unit, name and time checks
TOP_ROWS = 16
#: the best rows whose local share (Candidate.local) is computed
LOCAL_ROWS = 8


@dataclass(frozen=True)
class Candidate:
    """A row that may be what a claim is about, with its score and why it scored."""

    row: ReferenceRow
    score: float
    #: the share of the row's subject found in the claim's own sentence (and unit) alone
    local: float = 0.0
    #: the sentence names years and the row is dated in none of them
    other_year: bool = False
    #: the claim speaks of the future ("will") and the row is an ordinary figure
    future: bool = False
    #: the claim's own sentence writes what the row measures (see :func:`_says_what`)
    says_what: bool = False


def score_rows(index: RowIndex, claim: Claim, sentence: str, *, before: str = "",
               names: Container[str] = frozenset(), units: bool = True,
               present: int = 0) -> List[Candidate]:
    """Every row sharing a word with the text, scored; unit-checked when ``units``.

    ``present`` is the latest year written in the document before the
    claim's sentence (0 when none): a claim whose sentence names no year
    is taken to speak of it.
    """
    words, extra = text_words(claim, sentence, before)
    q = index._query(words, extra, nearer_other_numbers(claim, sentence),
                     words_ahead(claim, sentence), attribution_words(sentence))
    q.earlier = names
    if not claim.unit or claim.dimension in ("count", "rate"):
        # a rate too: "700,000 children each year" counts what a row of deaths counts
        q.nouns, q.nouns_after = claim_nouns(claim, sentence)
    if not claim.unit:
        q.currencies = currencies_in(sentence)
        q.units = units_in(sentence)
    for s in denominator_stems(claim, sentence):
        # "GNI per capita, ... was 1,490" is not about "GNI": a row lacking the
        # denominator loses score as if the claim's clause wrote it
        t = index._vocab.get(s)
        if t is not None:
            q.clause.setdefault(t, frozenset({t}))
    acc = index._scores(q)
    if not acc:
        return []
    _drop_keyword_gains(index, acc, q)
    dates = claim_dates(claim, sentence, present)
    kept: List[Tuple[int, float]] = []
    dated_elsewhere = set()
    untargeted = set()
    inside = relative_words_inside(claim)
    # a comparison after the number ("13,000 more than Goodison") is the size of a
    # change; difference words inside the claim ("73,000 fewer vehicles", "1,300
    # extra officers") ask for a row that writes them or one about a change
    change_size = is_change_size(claim) or is_comparison(claim, sentence)
    if change_size:
        # a change row need not write the unit of the level beside the change: "fell 55%
        # to €3.60 a kilogram" meets "Change in the wholesale price of olive oil"
        for s in other_unit_stems(claim, sentence):
            q.clause.pop(index._vocab.get(s, -1), None)
    subgroups = claim_subgroups(claim, sentence)
    relative = [index._vocab.get(g) for g in subgroups]
    # subgroups the sentence names, not beside another number ("Among rural
    # households, access was about 60%"): a row for everyone is not about them
    said = subgroups_said(claim, sentence, words, index._vocab)
    spoken = set(q.clause) | {index._vocab.get(g) for g in subgroups} | said
    forecast = claim_forecast(claim, sentence)
    predicted = "prediction" in forecast
    # the future tense alone meets any row, but only a prediction or target can
    # contradict it (Candidate.future)
    future = forecast == {"future"}
    forecast = forecast - {"future"}
    norm = index._norm
    ratios = [(total / norm[r], r) for r, total in acc.items()]
    rivals = {r for ratio, r in ratios if ratio >= MISSING_FLOOR}
    if len(ratios) > TOP_ROWS:
        ratios = heapq.nlargest(TOP_ROWS, ratios)
    for _, r in ratios:
        total = acc[r]
        if change_size and r not in index._change_rows:
            continue
        if inside and not inside <= index._relative_words.get(r, frozenset()) \
                and r not in index._change_rows:
            # "1,300 extra officers" needs a row saying "extra"; "73,000 fewer
            # vehicles" one saying so or one about a change ("Reduction in ...")
            continue
        if relative and not all(t is not None and r in index._members(t) for t in relative):
            continue
        if predicted != (r in index._forecast_rows) and not future:
            continue
        if r in index._target_rows and not forecast and not future:
            continue
        if "target" in forecast and r not in index._target_rows:
            untargeted.add(r)
        if units and not unit_fits_row(index, claim, index.rows[r], q, r):
            continue
        if not names_present(index, r, q):
            continue
        if q.hits.get(r, 0) < min(MIN_EVIDENCE, index._size[r]):
            continue
        total = with_names_written_before(index, r, q, total)
        score = min(total / index._norm[r], 1.0)
        if any(kw <= q.local_exact for kw in index._keywords.get(r, ())):
            # a keyword phrase in the claim's own sentence (or implied by its unit),
            # not one pieced together from the sentence before
            score = KEYWORD_FLOOR + (1.0 - KEYWORD_FLOOR) * score
        factor, elsewhere = row_dating(dates, index._years[r], index._subject_years[r])
        score *= factor
        if elsewhere:
            dated_elsewhere.add(r)
        if r in untargeted:
            score *= UNTARGETED_FACTOR
        narrowed = index._subgroups.get(r, frozenset())
        if (narrowed and not narrowed <= spoken) or not said <= narrowed:
            # "Youth unemployment rate" for "the unemployment rate rose to 6.8%",
            # or "Share of households in Canada" for "among rural households"
            score *= UNSPOKEN_SUBGROUP_FACTOR
        kept.append((r, score))
    kept = _penalise_missing(index, kept, rivals, q, strict=change_size,
                             measure=_measure_terms(index, claim))
    kept.sort(key=lambda item: (-item[1], index.rows[item[0]].id))
    # the local share only matters for the rows that can be chosen
    return [Candidate(index.rows[r], score,
                      _local_share(index, r, q) if n < LOCAL_ROWS else 0.0, r in dated_elsewhere,
                      future and r not in index._forecast_rows and r not in index._target_rows,
                      n < LOCAL_ROWS and _says_what(index, r, q, claim.dimension))
            for n, (r, score) in enumerate(kept)]


def _drop_keyword_gains(index: RowIndex, acc: Dict[int, float], q: Query) -> None:
    """Take keyword-only words back out of the coverage: a keyword finds a row,
    and a whole keyword phrase lifts it (KEYWORD_FLOOR), but "Republic of
    Honduras" must not make every Honduras row cover the sentence."""
    weights = q.weights
    for r in acc:
        extra = index._keyword_only.get(r)
        if extra:
            acc[r] -= sum(index._idf[t] * weights.get(t, 0.0) for t in extra)


def _says_what(index: RowIndex, r: int, q: Query, dimension: str) -> bool:
    """Whether the claim's own sentence (or unit) gives a word of the row that is
    neither a name nor a change word: what is measured, not only where and which way.

    "Travel times into Manhattan fell by 30%" shares "Manhattan" and "fell" with
    "Percentage drop in vehicles entering the Manhattan congestion zone", and
    nothing about what fell.  A unit tells what is measured ("48 degrees
    Celsius" is a temperature), except a percent, which any ratio is.  A word
    of the row's family counts ("invested" for "Investment"), a near spelling not.
    """
    what = q.what.get(dimension)
    if what is None:
        # a word of the row's family counts: "invested" says what "Investment" measures
        said = q.sentence_family if dimension in RATIO_DIMENSIONS else \
            q.sentence_family | q.implied
        what = q.what[dimension] = frozenset(said - index._name_terms - index._change_terms())
    return not what.isdisjoint(index._subject_key[r]) or \
        not what.isdisjoint(index._keyword_only.get(r, ()))


def _local_share(index: RowIndex, r: int, q: Query) -> float:
    total = sum(index._idf[t] * q.local.get(t, 0.0) for t in index._subject_key[r])
    return min(total / index._norm[r], 1.0)


def _measure_terms(index: RowIndex, claim: Claim) -> FrozenSet[int]:
    """The terms of a claim's physical or money unit ("tonnes", "miles per hour"): they say
    how a figure is measured, which the unit check has settled, not what it is about (a
    counted noun, "3,000 drones", does say what)."""
    if claim.dimension in ("count", "dimensionless", "rate") or not claim.unit_text:
        return frozenset()  # a rate's words may say what is counted: "baht per trip"
    return frozenset(index._vocab[w.stem] for w in subject_words(claim.unit_text)
                     if w.stem in index._vocab)


def _penalise_missing(index: RowIndex, kept: List[Tuple[int, float]], rivals: set,
                      q: Query, strict: bool = False,
                      measure: FrozenSet[int] = frozenset()) -> List[Tuple[int, float]]:
    """Lower rows that lack a word of the claim's clause which another row has.

    "youth unemployment 28%" must not go to "Unemployment rate" when the
    table has a "Youth unemployment rate" row, whatever its unit or date:
    the word says the claim is about something the row is not.  With
    ``strict`` (the size of a change: "inflation rose 7 points") such rows
    are dropped, since a change row names little but what changed.
    """
    contenders = rivals
    if len(contenders) < 2 or not q.clause:
        return kept
    members = {t: index._members(t) if len(variants) == 1 else
               frozenset().union(*(index._members(v) for v in variants))
               for t, variants in q.clause.items()}
    # a word only rivals' keywords hold ("CO2 equivalent" beside "Greenhouse gas
    # emissions") finds them but says nothing of what they are, like keywords in coverage
    shared = [t for t in q.clause if t not in measure
              and any(not q.clause[t].isdisjoint(index._subject_key[c])
                      for c in members[t] & contenders)]
    total = sum(index._idf[t] for t in shared)
    if not total:
        return kept
    out = []
    changes = index._change_terms()
    neutral = index._vocab.get(stem(NEUTRAL_CHANGE_WORD))
    for r, score in kept:
        # a word the row's unit writes is no word it lacks: "per 100,000 trips" is what
        # "E-scooter injury rate" in injuries per 100,000 trips counts
        counts = index._unit_terms.get(r, frozenset())
        lacking = [t for t in shared if r not in members[t] and t not in counts]
        if strict and neutral in index._subject_key[r]:
            # "Change in Apple's share" is the size of a rise or a fall alike
            lacking = [t for t in lacking if t not in changes]
        if strict and any(t not in index._name_terms for t in lacking):
            # names are the name check's business: "Birmingham City Council will
            # raise council tax by 7.5%" is about "Council tax increase in Birmingham"
            continue
        missing = sum(index._idf[t] for t in lacking)
        out.append((r, score * (1.0 - MISSING_WEIGHT * missing / total)))
    return out
