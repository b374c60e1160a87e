"""The names rules: a row naming a person, place or body must be about one the text names."""
from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet

from factcheck.match_index import Query, RowIndex
from factcheck.match_words import aliases, stem


#: a name written earlier in the document
DOC_NAME_WEIGHT = 0.25


@lru_cache(maxsize=None)
def known_places() -> FrozenSet[str]:
    """Stems of the canonical names of ``data/check_aliases.txt`` [names]: countries, blocs,
    institutions.

    >>> "uk" in known_places(), "gdp" in known_places()
    (True, False)
    """
    return frozenset(stem(canonical) for canonical, is_name in aliases().values() if is_name)


def _written_before(index: RowIndex, group: FrozenSet[int], q: Query) -> bool:
    return any(index._stem_of(t) in q.earlier for t in group)


def names_present(index: RowIndex, r: int, q: Query) -> bool:
    """Whether the text names what row ``r`` names, or the document named it before."""
    if r not in index._groups:
        return True
    # a group is written by a word of its own, not one other names share ("Hurricane")
    groups = index._telling_groups[r]
    if all(g & q.sentence_exact for g in groups):
        return True
    named = frozenset().union(*index._groups[r])
    if all(g & q.exact or _written_before(index, g, q) for g in groups):
        # names known only from earlier text: unless the sentence names another
        # thing near the claim ("In Italy, unemployment was 9.5%" after Spain), or,
        # when it writes one of the row's names, before the claim ("Reform UK took
        # 14.3% but only five seats" is not about Labour's seats in the UK)
        if any(g & q.sentence_exact for g in groups):
            if named & q.clause.keys():
                # the row's name in the claim's own clause owns it, whatever name
                # stands earlier: "won 56.6%, against 44.6% for Mahamudu Bawumia"
                return True
            return not (q.names_ahead - named)
        return not (q.near_names - named)
    missing = [g for g in groups if not (g & q.exact or _written_before(index, g, q))]
    named_stems = {index._stem_of(t) for t in named}
    if q.near_proper and q.near_proper <= {index._stem_of(t) for t in index._subject_key[r]} \
            and all(any(index._stem_of(t) in known_places() for t in g) for g in missing) \
            and not any(p not in named_stems and (p in q.stems or p in q.earlier)
                        for p in known_places()):
        # a country or body the article never writes (``data/check_aliases.txt``
        # [names]), beside a name the sentence writes near the claim: "Seats won by
        # Labour in the UK election" for "Labour won 411 seats", in an article
        # that takes the country for granted; but not when the sentence names
        # anything else near the claim ("China's exports to Europe"), nor when it
        # names nothing ("unemployment rose to 7%"), nor when the missing name is
        # what the row measures ("GNI in PPP dollars"), nor when the article has
        # named another country or body (a Scottish election piece is not about
        # the UK's seats)
        return True
    return any(kw <= q.exact for kw in index._named_keywords.get(r, ()))


def with_names_written_before(index: RowIndex, r: int, q: Query, total: float) -> float:
    """``total`` raised by the row's names the sentence does not write but the document
    wrote earlier (DOC_NAME_WEIGHT each, by its IDF)."""
    for group in index._groups.get(r, ()):
        for t in group:
            if t not in q.weights and index._stem_of(t) in q.earlier:
                total += DOC_NAME_WEIGHT * index._idf[t]
    return total
