"""The row index: a table's rows by the stems of their subject and keywords, and the
weighted words of a claim's text looked up in it."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Container, Dict, FrozenSet, Iterable, List, Sequence, Tuple

from rapidfuzz import fuzz, process

from factcheck.claims import Claim, ReferenceRow
from factcheck.match_clauses import (CLAUSE_WEIGHTS, OTHER_NUMBER_WEIGHT, claim_offsets,
                                     clause_weights, words_ahead)
from factcheck.match_kinds import (NEUTRAL_CHANGE_WORD, change_stems, is_change_size,
                                   relative_vocab, subgroup_stems)
from factcheck.match_time import forecast_kind, years_in
from factcheck.match_units import unit_words
from factcheck.match_words import DIGIT, Word, plain_subject_words, stem, subject_words


#: a name written at least this close to the claim counts as what the claim is about
NEAR_WEIGHT = 0.75
#: a word the claim's unit implies ("temperature" for °F)
IMPLIED_WEIGHT = 0.8
#: a name in the claim's own sentence weighs at least this, more than any word before it
SENTENCE_NAME_WEIGHT = 0.6
#: a word from the sentence before the claim's, in the same paragraph
BEFORE_WEIGHT = 0.5
#: the same, when the claim's sentence opens by pointing back to it ("Of those, ...")
CONTINUED_WEIGHT = 0.85
#: a sentence opening that continues the subject of the sentence before
_POINTS_BACK = re.compile(r"\s*(?:of|among)\s+(?:those|these|them)\b", re.IGNORECASE)

#: a stem this common is not walked through the index (it still scores)
COMMON_SHARE = 0.01
COMMON_MIN_ROWS = 1000
#: fuzzy matching of words the table does not contain, with rapidfuzz's ratio
FUZZY_CUTOFF = 86.0
FUZZY_QUALITY = 0.8
PREFIX_QUALITY = 0.9

_LETTERS = re.compile(r"[^\W\d_]+")

#: a change set after a comma beside the level it changes: ", up", ", a drop of"
_CHANGE_NOUNS = "rise|fall|drop|increase|decrease|decline|jump|gain|cut|reduction"
_APPOSED_CHANGE = re.compile(rf"""
    ,\s+(?:up|down
         |(?:a|an)\s+(?:{_CHANGE_NOUNS})\s+of
    )(?:\s+by)?\s+$
""", re.VERBOSE | re.IGNORECASE)
#: the same with the change noun after the number: ", a 24% rise"
_APPOSED_ARTICLE = re.compile(r",\s+(?:a|an)\s+$", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(rf"\s+(?:{_CHANGE_NOUNS})\b", re.IGNORECASE)
#: a figure set against the same measure in another year: "fell to 9.5 per 100,000 trips
#: last year, against 14.0 per 100,000 trips in 2021"
_AGAINST_BEFORE = re.compile(r"\b(?:against|versus|vs\.?)\s+$", re.IGNORECASE)
_IN_YEAR_AFTER = re.compile(r"(?:[^,;.]|[,.](?=\d)){0,40}?\b(?:in|of)\s+(?:1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class _RowText:
    """What the matcher reads from a row's subject and keywords, computed once per text."""

    stems: Tuple[str, ...]
    #: positions in ``stems`` of each group of adjacent names
    groups: Tuple[Tuple[int, ...], ...]
    keywords: Tuple[Tuple[str, ...], ...]
    #: positions in ``keywords`` of the keyword phrases holding a name
    named_keywords: Tuple[int, ...]
    #: positions in ``keywords`` of the phrases that lift a row when written in full
    #: (those naming no place, person or body: "bounty", not "Republic of Honduras")
    lifting_keywords: Tuple[int, ...]
    change: bool
    forecast: FrozenSet[str]
    years: FrozenSet[int]
    #: difference words the subject or keywords write ("Extra officers"), stop words or not
    relative: FrozenSet[str]


@lru_cache(maxsize=4096)
def _unit_stems(unit: str) -> Tuple[str, ...]:
    """The stems of the words of a row's unit: ("injuri", "trip") for "injury / 100000 trip"."""
    return tuple(stem(w) for w in _LETTERS.findall(unit.replace("_", " ")))


@lru_cache(maxsize=131072)
def _row_text(subject: str, keywords: Tuple[str, ...]) -> _RowText:
    words = subject_words(subject)
    groups: Dict[int, List[int]] = {}
    for n, w in enumerate(words):
        if w.proper:
            groups.setdefault(w.group, []).append(n)
    kw_stems: List[Tuple[str, ...]] = []
    named: List[int] = []
    lifting: List[int] = []
    name_stems = {words[n].stem for group in groups.values() for n in group}
    for phrase in keywords:
        kw_words = subject_words(phrase)
        if kw_words:
            if any(w.proper for w in kw_words):
                named.append(len(kw_stems))
            elif not name_stems & {w.stem for w in kw_words}:
                lifting.append(len(kw_stems))
            kw_stems.append(tuple(w.stem for w in kw_words))
    stems = tuple(w.stem for w in words)
    changes = change_stems()
    joined = " ".join((subject,) + keywords)
    letters = _LETTERS.findall(joined)
    # a prediction may be named by a keyword, a target only by the subject: keywords
    # alias a figure ("policy rate target" for the policy rate, "flood action plan" for
    # the money spent under it), they do not make an outcome an intention
    kinds = forecast_kind(letters)
    if "target" in kinds and "target" not in forecast_kind(_LETTERS.findall(subject)):
        kinds -= {"target"}
    return _RowText(
        stems=stems, groups=tuple(tuple(g) for g in groups.values()),
        keywords=tuple(kw_stems), named_keywords=tuple(named), lifting_keywords=tuple(lifting),
        change=any(x in changes for x in stems) or any(x in changes for kw in kw_stems for x in kw),
        forecast=kinds,
        years=years_in(joined) if DIGIT.search(joined) else frozenset(),
        relative=relative_vocab().intersection(w.lower() for w in letters))


@dataclass(frozen=True)
class _RowTerms:
    """A row text's words as index terms: computed once per distinct subject and keywords."""

    subject: FrozenSet[int]
    all_terms: FrozenSet[int]
    groups: Tuple[FrozenSet[int], ...]
    lifting: Tuple[FrozenSet[int], ...]
    named: Tuple[FrozenSet[int], ...]
    keyword_only: FrozenSet[int]
    change: bool
    prediction: bool
    target: bool
    years: FrozenSet[int]
    #: the subject's words narrowing it to part of a population ("youth")
    subgroups: FrozenSet[int]
    relative: FrozenSet[str]


@dataclass
class Query:
    """The weighted terms of a claim's text, and what the rules need to know about them."""

    weights: Dict[int, float] = field(default_factory=dict)
    exact: set = field(default_factory=set)
    stems: set = field(default_factory=set)
    #: terms written in the claim's own clause, each with the terms it may stand for
    clause: Dict[int, FrozenSet[int]] = field(default_factory=dict)
    #: stems written earlier in the document: they may supply a row's names
    earlier: Container[str] = frozenset()
    #: counted nouns written in the sentence, and just after the claim
    nouns: set = field(default_factory=set)
    nouns_after: set = field(default_factory=set)
    #: ISO codes of the currencies the sentence writes ("US$" → USD)
    currencies: FrozenSet[str] = frozenset()
    #: other units the sentence writes with no number beside them ("(cubic meters)")
    units: FrozenSet[str] = frozenset()
    #: names some row uses, written near the claim (not beside another number)
    near_names: set = field(default_factory=set)
    #: stems of every name written near the claim, whether or not a row uses it
    near_proper: set = field(default_factory=set)
    #: the near names some row uses that stand before the claim
    names_ahead: set = field(default_factory=set)
    #: terms written in the claim's own sentence
    sentence_exact: set = field(default_factory=set)
    #: the same, and the terms a word of the sentence begins or is begun by ("invested"
    #: and "investment"), but not its near spellings
    sentence_family: set = field(default_factory=set)
    #: the same, and the terms the claim's unit implies
    local_exact: set = field(default_factory=set)
    #: the terms the claim's unit (or its being a change) implies
    implied: set = field(default_factory=set)
    #: per claim dimension, the terms that say what is measured (match_score._says_what)
    what: Dict[str, FrozenSet[int]] = field(default_factory=dict)
    #: terms of the sentence or implied by the unit, weighted, and how many each row has
    local: Dict[int, float] = field(default_factory=dict)
    evidence: set = field(default_factory=set)
    hits: Dict[int, int] = field(default_factory=dict)


class RowIndex:
    """Rows of a reference table indexed by the stems of their subject and keywords.

    Built once per table; :meth:`_scores` walks only the posting lists of the
    claim's words, so its cost depends on how many rows share a word with the
    sentence, not on the size of the table.  Its underscored tables are read by the
    rule modules (match_score, match_names, match_units, match_time), not by callers.
    """

    def __init__(self, rows: Sequence[ReferenceRow]) -> None:
        self.rows: Tuple[ReferenceRow, ...] = tuple(rows)
        self._vocab: Dict[str, int] = {}
        postings: List[List[int]] = []
        subject_terms: List[FrozenSet[int]] = []
        self._groups: Dict[int, Tuple[FrozenSet[int], ...]] = {}
        self._keywords: Dict[int, Tuple[FrozenSet[int], ...]] = {}
        self._named_keywords: Dict[int, Tuple[FrozenSet[int], ...]] = {}
        self._keyword_only: Dict[int, FrozenSet[int]] = {}
        self._subject_key: List[FrozenSet[int]] = []
        self._years: List[FrozenSet[int]] = []
        self._subject_years: List[FrozenSet[int]] = []
        #: rows narrowed to part of a population ("Youth unemployment"): their subgroup terms
        self._subgroups: Dict[int, FrozenSet[int]] = {}
        #: rows whose subject writes difference words ("Net additional dwellings")
        self._relative_words: Dict[int, FrozenSet[str]] = {}
        self._change_rows: set = set()
        #: the terms of each row's unit ("injury / 100000 trip"): what the row counts
        self._unit_terms: Dict[int, FrozenSet[int]] = {}
        self._size: List[int] = []
        self._forecast_rows: set = set()
        self._target_rows: set = set()
        self._names: List[str] = []
        built: Dict[Tuple[str, Tuple[str, ...]], _RowTerms] = {}
        years_of: Dict[Tuple[FrozenSet[int], str], FrozenSet[int]] = {}
        for i, row in enumerate(self.rows):
            key = (row.subject, row.keywords)
            found = built.get(key)
            if found is None:
                found = built[key] = self._row_terms(_row_text(*key))
            if found.groups:
                self._groups[i] = found.groups
            if found.lifting:
                self._keywords[i] = found.lifting
            if found.named:
                self._named_keywords[i] = found.named
            if found.keyword_only:
                self._keyword_only[i] = found.keyword_only
            for t in found.all_terms:
                while t >= len(postings):
                    postings.append([])
                postings[t].append(i)
            subject_terms.append(found.subject)
            self._size.append(len(found.all_terms))
            if found.change:
                self._change_rows.add(i)
            if found.prediction:
                self._forecast_rows.add(i)
            if found.target:
                self._target_rows.add(i)
            self._subject_key.append(found.subject)
            year_key = (found.years, row.as_of[:4])
            years = years_of.get(year_key)
            if years is None:
                years = years_of[year_key] = found.years | {int(year_key[1])} \
                    if year_key[1].isdigit() else found.years
            self._years.append(years)
            self._subject_years.append(found.years)
            if found.subgroups:
                self._subgroups[i] = found.subgroups
            if found.relative:
                self._relative_words[i] = found.relative
        self._name_terms = frozenset(t for groups in self._groups.values()
                                     for group in groups for t in group)
        self._telling_groups = _telling_groups(self._groups)
        for i, row in enumerate(self.rows):
            known = [self._vocab[s] for s in _unit_stems(row.unit) if s in self._vocab]
            if known:
                self._unit_terms[i] = frozenset(known)
        n = max(len(self.rows), 1)
        self._idf = [math.log(1.0 + n / len(p)) for p in postings]
        self._norm = [sum(self._idf[t] for t in ts) or 1.0 for ts in subject_terms]
        common = max(COMMON_MIN_ROWS, int(COMMON_SHARE * n))
        self._postings = postings
        self._common = {t: frozenset(p) for t, p in enumerate(postings) if len(p) > common}
        self._by_prefix: Dict[str, List[str]] = {}
        for s in self._vocab:
            self._by_prefix.setdefault(s[:3], []).append(s)
        self._near_cache: Dict[str, Tuple[Tuple[int, float], ...]] = {}
        self._member_cache: Dict[int, FrozenSet[int]] = {}

    def _row_terms(self, text: _RowText) -> _RowTerms:
        terms = [self._term(stem_) for stem_ in text.stems]
        keyword_sets = [frozenset(self._term(stem_) for stem_ in kw) for kw in text.keywords]
        subject = frozenset(terms)
        all_terms = subject.union(*keyword_sets)
        return _RowTerms(
            subject=subject, all_terms=all_terms,
            groups=tuple(frozenset(terms[n] for n in group) for group in text.groups),
            lifting=tuple(keyword_sets[n] for n in text.lifting_keywords),
            named=tuple(keyword_sets[n] for n in text.named_keywords),
            keyword_only=all_terms - subject, change=text.change,
            prediction="prediction" in text.forecast, target="target" in text.forecast,
            years=text.years,
            subgroups=frozenset(t for s, t in zip(text.stems, terms) if s in subgroup_stems()),
            relative=text.relative)

    def _term(self, s: str) -> int:
        t = self._vocab.get(s)
        if t is None:
            t = self._vocab[s] = len(self._vocab)
            self._names.append(s)
        return t

    def _stem_of(self, t: int) -> str:
        return self._names[t]

    def _near(self, s: str, proper: bool) -> Tuple[Tuple[int, float], ...]:
        """Index terms a stem stands for, with a match quality in (0, 1]."""
        t = self._vocab.get(s)
        if proper or len(s) < 4:
            return ((t, 1.0),) if t is not None else ()
        cached = self._near_cache.get(s)
        if cached is not None:
            return cached
        found: Dict[int, float] = {} if t is None else {t: 1.0}
        bucket = self._by_prefix.get(s[:3], [])
        for other in bucket:
            short, long_ = sorted((s, other), key=len)
            if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 4:
                found.setdefault(self._vocab[other], PREFIX_QUALITY)
        if len(s) >= 5 and t is None:
            for other, _, _ in process.extract(s, bucket, scorer=fuzz.ratio,
                                               score_cutoff=FUZZY_CUTOFF, limit=3):
                found.setdefault(self._vocab[other], FUZZY_QUALITY)
        result = tuple(found.items())
        self._near_cache[s] = result
        return result

    def _query(self, words: Iterable[Word], extra: Iterable[Word] = (),
               elsewhere: FrozenSet[int] = frozenset(),
               ahead: int = 0, quoted: FrozenSet[int] = frozenset()) -> Query:
        q = Query()
        words = list(words)
        q.stems.update(w.stem for w in words)
        near = {w.at for w in words if w.at not in quoted and (
            w.at < ahead or (w.weight >= NEAR_WEIGHT and w.at not in elsewhere))}
        # a first word the sentence also writes in lower case is a common noun: "Buses ran
        # at 12 mph ... bus lanes" names no "Dublin Bus"
        common = {w.stem for w in words if not w.proper and w.at > 0}
        for n, w in enumerate(words + list(extra)):
            variants = self._near(w.stem, w.proper)
            if n < len(words) and w.at in near and (w.proper or w.at == 0 and w.stem not in common
                                                    and any(t in self._name_terms
                                                            and quality == 1.0
                                                            for t, quality in variants)):
                # a name near the claim; a sentence's capitalised first word is one
                # when a row names it ("Reform UK took 14.3%")
                q.near_proper.add(w.stem)
            for t, quality in variants:
                score = w.weight * quality
                if score > q.weights.get(t, 0.0):
                    q.weights[t] = score
                if n < len(words) and quality >= PREFIX_QUALITY:
                    q.sentence_family.add(t)
                if quality == 1.0:
                    q.exact.add(t)
                    if n < len(words) and w.weight >= CLAUSE_WEIGHTS[0]:
                        q.clause[t] = frozenset(v for v, _ in variants)
                    if n < len(words) and t in self._name_terms and w.stem in q.near_proper:
                        q.near_names.add(t)
                        if w.at < ahead:
                            q.names_ahead.add(t)
                    if n < len(words):
                        q.sentence_exact.add(t)
                    if n >= len(words) and w.weight == IMPLIED_WEIGHT:
                        q.implied.add(t)
                    if (n < len(words) and w.weight > OTHER_NUMBER_WEIGHT) or \
                            w.weight == IMPLIED_WEIGHT:
                        # a keyword phrase beside another number describes that one
                        q.local_exact.add(t)
                if n < len(words) or w.weight == IMPLIED_WEIGHT:
                    q.evidence.add(t)
                    if score > q.local.get(t, 0.0):
                        q.local[t] = score
        return q

    def _scores(self, q: Query) -> Dict[int, float]:
        """Weighted IDF of each row's terms found in the text; counts evidence in ``q.hits``.

        Only the posting lists of the text's less common terms are walked; a
        common term (in more than COMMON_SHARE of the rows) adds to the rows
        already found, so a lookup never visits a large part of the table.
        """
        acc: Dict[int, float] = {}
        hits = q.hits
        rare = [(t, w) for t, w in q.weights.items() if t not in self._common]
        common = [(t, w) for t, w in q.weights.items() if t in self._common]
        if not rare and common:
            # only common words: walk the rarest one so that rows are found at all
            common.sort(key=lambda item: len(self._postings[item[0]]))
            rare, common = common[:1], common[1:]
        for t, w in rare:
            gain = self._idf[t] * w
            evidence = t in q.evidence
            for r in self._postings[t]:
                acc[r] = acc.get(r, 0.0) + gain
                if evidence:
                    hits[r] = hits.get(r, 0) + 1
        for t, w in common:
            members = self._common[t]
            gain = self._idf[t] * w
            evidence = t in q.evidence
            for r in members & acc.keys() if len(members) < len(acc) else acc:
                if r in members:
                    acc[r] += gain
                    if evidence:
                        hits[r] = hits.get(r, 0) + 1
        return acc

    def _members(self, t: int) -> FrozenSet[int]:
        found = self._common.get(t)
        if found is None:
            found = self._member_cache.get(t)
            if found is None:
                found = self._member_cache[t] = frozenset(self._postings[t])
        return found

    def _change_terms(self) -> FrozenSet[int]:
        found = getattr(self, "_change_term_ids", None)
        if found is None:
            found = self._change_term_ids = frozenset(
                t for s, t in self._vocab.items() if s in change_stems())
        return found

    def same_series(self, rows: Sequence[ReferenceRow]) -> bool:
        """Whether rows describe the same thing (same subject words), at different times."""
        keys = {self._subject_key[self._position(row)] for row in rows}
        return len(keys) == 1

    def _position(self, row: ReferenceRow) -> int:
        if not hasattr(self, "_positions"):
            self._positions = {id(r): i for i, r in enumerate(self.rows)}
        return self._positions[id(row)]


def _telling_groups(groups: Dict[int, Tuple[FrozenSet[int], ...]]
                    ) -> Dict[int, Tuple[FrozenSet[int], ...]]:
    """Each row's name groups without the words that other names share: "Hurricane"
    of "Hurricane Milton" beside "Hurricane Ian" names neither storm, so only
    "Milton" writes that row's name (a group of shared words only is kept whole)."""
    owners: Dict[int, set] = {}
    for row_groups in groups.values():
        for group in row_groups:
            for t in group:
                owners.setdefault(t, set()).add(group)
    shared = {t for t, owning in owners.items() if len(owning) > 1}
    return {r: tuple(group - shared or group for group in row_groups)
            for r, row_groups in groups.items()}


def _apposed_change(sentence: str, start: int, end: int) -> bool:
    """Whether the change at ``[start, end)`` is set after a comma beside its level:
    "rose to 59%, up 8 points", "3,891 were unsheltered, a 24% rise"."""
    return _APPOSED_CHANGE.search(sentence, 0, start) is not None or (
        _APPOSED_ARTICLE.search(sentence, 0, start) is not None
        and _CHANGE_NOUN_AFTER.match(sentence, end) is not None)


def _against_another_year(sentence: str, start: int, end: int) -> bool:
    """Whether the claim at ``[start, end)`` is set against a figure before it for another
    year, and so shares that figure's subject ("against 14.0 per 100,000 trips in 2021")."""
    return _AGAINST_BEFORE.search(sentence, max(0, start - 12), start) is not None \
        and _IN_YEAR_AFTER.match(sentence, end) is not None


def text_words(claim: Claim, sentence: str, before: str) -> Tuple[List[Word], List[Word]]:
    """The words of the claim's own sentence, and the weaker words around it."""
    start, end = claim_offsets(claim, sentence)
    # the two levels of a change share their subject, and so does the size of a change
    # set beside its level ("rose to 59%, up 8 points"; "73,000 fewer, a drop of 11%")
    paired = claim.change is not None and (claim.change.role in ("from", "to") or (
        is_change_size(claim) and _apposed_change(sentence, start, end))) \
        or _against_another_year(sentence, start, end)
    # a name after the claim in a clause holding another number describes that number
    # ("7.5 metres wide, three times the 2.4-metre mirror of Hubble"), so it is not
    # lifted like the sentence's other names
    ahead = words_ahead(claim, sentence)
    words = [w if not w.proper or w.weight >= SENTENCE_NAME_WEIGHT or (
                 w.at >= ahead and w.weight <= OTHER_NUMBER_WEIGHT) else
             Word(w.stem, SENTENCE_NAME_WEIGHT, True, w.group, w.at)
             for w in subject_words(sentence, weights=clause_weights(
                 sentence, start, end, other_numbers=not paired))]
    if claim.context and not words:
        words = [Word(w.stem, 1.0, w.proper, -1) for w in
                 subject_words(" ".join(claim.context), first_is_name=True)]
    extra: List[Word] = [Word(stem(w), IMPLIED_WEIGHT)
                         for w in sorted(unit_words().get(claim.dimension, ()))]
    if is_change_size(claim):
        # "up 8 points" says what a row "Change in ..." says, in other words
        extra.append(Word(stem(NEUTRAL_CHANGE_WORD), IMPLIED_WEIGHT))
    if before and _POINTS_BACK.match(sentence):
        # "... counted 9,619 people experiencing homelessness. Of those, 3,891 people
        # were unsheltered": the second sentence speaks of the first one's subject, as
        # if it wrote it
        words += [Word(w.stem, CONTINUED_WEIGHT, w.proper, w.group, -1)
                  for w in plain_subject_words(before, False)]
    elif before:
        extra += [Word(w.stem, BEFORE_WEIGHT, w.proper, w.group)
                  for w in plain_subject_words(before, False)]
    return words, extra
