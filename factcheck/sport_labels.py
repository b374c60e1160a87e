"""Numbers a sport writes as labels, scores and lines of play, not amounts: "the 3-point
line", "a 7-footer", "the 7-seed", "a 5-on-3 power play", "a 5v5 match", "tied it at 3",
a golf round's "shot a 66" and "at 12 under", a place "at 58 in the rankings";
and whether an "N-for-M" is a player's line ("went 3-for-4", both numbers claims) or an
offer, a bowler's figures or a share deal (no claims: "2-for-1 deals", "Wood's 5-for-40",
"a 1-for-4 rights issue")."""
from __future__ import annotations

import re
from typing import Final, List

from factcheck import lexicon
from factcheck.numerals import parse_number
from factcheck.sentence import Sentence
from factcheck.text import Span

#: labels of a sport written with a number: "the 3-point line", "a three-point play", "the
#: 7-footer" (a player's height; "a 35-footer" is a boat's length), "a 3-pointer", "the
#: West's 7-seed", "a 5-on-3 power play", "from three-point range", "5-a-side football" (but
#: "a 3-point lead", "a 27-point deficit", "within a 5-point range" count points)
_SPORTS_LABELS: Final = re.compile(
    r"(?<![\w.,-])(?:[0-9]{1,2}|two|three|four)-point(?=[ ](?:line|shot|shots|attempt"
    r"|attempts|shooting|percentage|arc|play|plays|shooter|shooters)\b)"
    r"|(?:(?<=\bfrom[ ])|(?<=\bthe[ ]))(?:[0-9]{1,2}|two|three|four)-point(?=[ ]range\b)"
    r"|(?<![\w.,-])(?:[0-9]{1,2}|two|three|four|five|six|seven|eight)-(?:pointers?|seeds?)\b"
    r"|(?<![\w.,-])(?:[5-8]|five|six|seven|eight)-footers?\b"
    r"|(?<![\w.,-])[3-6]-on-[3-6]\b"
    r"|(?<![\w.,-])(?:[1-9]|1[01]|five|six|seven|eleven)-a-side\b", re.IGNORECASE)
#: the words _SPORTS_LABELS ends in, one of which a sentence must hold
_SPORTS_LABEL_WORDS: Final = frozenset(["point", "footer", "footers", "pointer", "pointers",
                                        "seed", "seeds", "side"])
#: players a side in a game's format: "a 5v5 match", "a 1v4 clutch"
_PLAYERS_A_SIDE: Final = re.compile(r"(?<![\w.,])[0-9]{1,2}v[0-9]{1,2}(?![\w.,])")
#: a level score: "tied it at 3", "was tied at 2 after one period", "tied at 21 and went to
#: overtime" (not "tied at 46 percent", "tied at 12 seats")
_TIED_AT: Final = re.compile(
    r"\btied[ ](?:it[ ]|them[ ])?at[ ](?P<score>[0-9]{1,2}|zero|one|two|three|four|five)"
    r"(?=[ ]?(?:[,;:!?)]|\.(?![0-9])|\Z)|[ ](?:after|with|in|at|going|before|when|through"
    r"|early|late|on|until|heading|and|but|for)\b)", re.IGNORECASE)
#: a golf round's score after the verb that scores it: "shot a 66", "closed with a 71"
_GOLF_ROUND: Final = re.compile(
    r"\b(?:shot|shoots|shooting|carded|cards|fired|fires|posted|signed[ ]for"
    r"|(?:closed|closes|closing|opened|opens|opening|finished|finishes|started|starts)[ ]with)"
    r"[ ]an?[ ](?P<score>5[5-9]|[6-8][0-9])(?![\w%.,-]|[ ]?(?:per|percent|points?)\b)",
    re.IGNORECASE)
#: a score to par: "at 12 under", "finished 3 over par", "two under for the day"
_TO_PAR: Final = re.compile(
    r"(?<![\w.,])(?P<score>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"[ ](?:under|over)(?=[ ]par\b|[ ]?[,;:)]|\.(?![0-9])|[ ](?:for|after|on|through|with|and"
    r"|to|at|in)\b|\Z)", re.IGNORECASE)
#: words of golf, one of which a sentence must hold for a score to par
_GOLF_WORDS: Final = frozenset(["par", "birdie", "birdies", "bogey", "bogeys", "eagle", "round",
                                "shots", "holes", "hole", "golf", "golfer", "pga", "lpga",
                                "masters", "fairway", "putt", "tee", "cut"])
#: a place in a ranking: "at 58 in the rankings", "No 4 in the world rankings"
_RANK_IN: Final = re.compile(
    r"(?<![\w.,])(?P<rank>[0-9]{1,3})(?=[ ]in[ ]the[ ](?:[\w-]+[ ]){0,2}rankings?\b)"
    r"|\branked[ ](?P<ranked>[0-9]{1,3})(?=[ ]in[ ]the[ ]world\b|[ ]?[,;]|\.(?![0-9])|\Z)",
    re.IGNORECASE)
#: a share split or issue after "1-for-20": "a 1-for-4 rights issue"
_SPLIT_AFTER: Final = re.compile(
    r"[ ](?:(?:reverse[ ])?(?:stock[ ]|share[ ])?(?:split|consolidation)"
    r"|(?:rights|bonus)[ ]issue|shares?|stock)\b")
#: words of cricket, whose "5-for-40" are a bowler's figures (not_claims.txt)
_CRICKET_WORDS: Final = lexicon.word_sections("not_claims.txt")["cricket_words"]


def sport_spans(sentence: Sentence) -> List[Span]:
    """The spans of a sport's labels, formats and level scores in ``sentence``."""
    start, end = sentence.span
    vocabulary = sentence.vocabulary
    spans: List[Span] = []
    if "-" in vocabulary and (not vocabulary.isdisjoint(_SPORTS_LABEL_WORDS)
                              or sentence.text.find("-on-", start, end) >= 0):
        spans += [m.span() for m in _SPORTS_LABELS.finditer(sentence.text, start, end)]
    if "tied" in vocabulary:
        spans += [m.span("score") for m in _TIED_AT.finditer(sentence.text, start, end)]
    if "v" in vocabulary:
        spans += [m.span() for m in _PLAYERS_A_SIDE.finditer(sentence.text, start, end)]
    if not vocabulary.isdisjoint(_GOLF_WORDS):
        spans += [m.span("score") for m in _GOLF_ROUND.finditer(sentence.text, start, end)]
        spans += [m.span("score") for m in _TO_PAR.finditer(sentence.text, start, end)]
    if "rankings" in vocabulary or "ranking" in vocabulary or "ranked" in vocabulary:
        spans += [m.span("rank") if m.group("rank") else m.span("ranked")
                  for m in _RANK_IN.finditer(sentence.text, start, end)]
    return spans


def made_of_tried(chain: "re.Match[str]", sentence: Sentence) -> bool:
    """Whether an "N-for-M" is a player's line, no offer: what was made is no more than what
    was tried ("went 3-for-4", "0-for-5"; an offer gives more: "2-for-1 deals"; a bowler's
    figures and a share deal are names: "Wood's 5-for-40", "a 1-for-20 reverse split")."""
    if chain.group("offered") is None or not _CRICKET_WORDS.isdisjoint(sentence.vocabulary) \
            or _SPLIT_AFTER.match(sentence.text, chain.end()):
        return False
    offered, paid = parse_number(chain.group("offered").lower()), \
        parse_number(chain.group("paid").lower())
    return offered is not None and paid is not None and offered <= paid
