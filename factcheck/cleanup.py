"""Text pasted from web pages, PDFs and Markdown, read as its writer meant it: HTML
entities decoded ("$3.5&nbsp;billion"), words broken across a line end joined ("£4.2
bil-\\nlion"), a line break inside a sentence read as a space ("up to\\n3,000 drones"),
no-break and thin spaces read as spaces ("Windows&nbsp;11"), HTML tags and footnote marks
dropped or read as line breaks, soft hyphens, zero-width characters, bold marks and
struck-out text dropped, digits of other scripts and widths read as ASCII digits.
``clean`` returns the cleaned text and, for each of its offsets, the offset in the
original, so that claims found in the clean text keep spans that slice the original
(``restore``).
"""
from __future__ import annotations

import dataclasses
import html
import re
from typing import Final, Dict, List, Optional, Tuple

from factcheck.claims import Claim

#: characters that show nothing and are dropped: a soft hyphen, and the zero-width space,
#: joiners and word joiner that pasted text hides inside numbers ("3,0\u200b00 drones")
_INVISIBLE: Final = ("\N{SOFT HYPHEN}", "\N{ZERO WIDTH SPACE}", "\N{ZERO WIDTH NON-JOINER}",
                     "\N{ZERO WIDTH JOINER}", "\N{WORD JOINER}", "\N{ZERO WIDTH NO-BREAK SPACE}")
#: HTML tags inside a line of text, and those that break it
_INLINE_TAGS: Final = frozenset(["a", "abbr", "b", "em", "font", "i", "mark", "small", "span",
                                 "strong", "sub", "sup", "u", "code", "s", "del", "ins", "tt"])
_BLOCK_TAGS: Final = frozenset(["br", "p", "div", "li", "ul", "ol", "td", "th", "tr", "table",
                                "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
                                "blockquote", "pre", "section", "article", "header", "footer",
                                "img", "dd", "dt", "dl", "caption", "figure", "figcaption"])
#: spaces that are no ordinary space: no-break, narrow no-break, thin and figure spaces
#: ("Windows&nbsp;11", "3\u202f000"), read as one
_SPACES: Final = "\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}\N{FIGURE SPACE}"
_TO_SPACE: Final = {ord(space): " " for space in _SPACES}
#: what needs cleaning: an entity, a hyphen at a line end between letters, an invisible
#: character, Markdown's bold and emphasis marks ("up **12%**", "up _12%_", read as "up
#: 12%"; a lone star after a number is a footnote's) and struck-out text
#: ("~~12,000~~ 14,500": the writer took the first figure back), a terminal's colour
#: codes in pasted logs ("\x1b[31m": no 31 metres), a lone line break inside a sentence
#: (before a lower-case word or "%", or between a word and a number: not after an end mark,
#: a colon or a table's bar, nor before a capital, a bullet or a blank line), and spaces
#: of _SPACES; HTML tags left in the text, and footnote marks glued after a word, a number
#: or a mark ("3,000[1] drones")
_INVISIBLE_CHAR: Final = "[" + "".join(_INVISIBLE) + "]"
_MESS: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
                          r"|(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[a-z])|" + _INVISIBLE_CHAR
                          + r"|(?<![\w*])\*\*(?=[^\s*][^*\n]{0,200}?(?<=[^\s*])\*\*(?![\w*]))"
                          r"|(?<=[^\s*])\*\*(?![\w*])"
                          r"|(?<![\w*])[*_](?=[0-9$\N{POUND SIGN}\N{EURO SIGN}][^\s*_]{0,30}"
                          r"(?<=[0-9%])[*_](?![\w*]))"
                          r"|(?<=[0-9%])[*_](?![\w*])"
                          r"|~~[^~\n]{1,200}~~"
                          r"|\x1b\[[0-9;]{0,20}[A-Za-z]"
                          r"|(?<=[^\W\d_])-[ ]{1,2}(?=[a-z])"
                          r"|(?<=[A-Za-z0-9,])[ \t]*\r?\n[ \t]*(?=[a-z%])"
                          r"|(?<=[A-Za-z])[ \t]*\r?\n[ \t]*(?=[0-9$\N{POUND SIGN}\N{EURO SIGN}])"
                          r"|[" + _SPACES + "]"
                          r"|<sup>[^<>]{1,6}</sup>"
                          r"|<(?P<tag>/?[A-Za-z][A-Za-z0-9]{0,9})(?:[ ][^<>]{0,200})?/?>"
                          r"|(?<=[\w%.,;:)])\[[0-9]{1,3}\](?!\()")
#: the two halves of a word that a PDF broke at a line end: "per- cent", "hect- ares"
_HALF_BEFORE: Final = re.compile(r"[^\W\d_]{1,20}\Z")
_HALF_AFTER: Final = re.compile(r"[^\W\d_]{1,20}")
_HAS_INVISIBLE: Final = re.compile("[" + "".join(_INVISIBLE) + _SPACES + "]")
#: the last form of _MESS alone ("hect- ares"), opening with its hyphen so that the search
#: skips in C to the next one
_SPACED_BREAK: Final = re.compile(r"-(?<=[^\W\d_]-)[ ]{1,2}(?=[a-z])")
#: digits of other scripts and widths, read as ASCII digits one for one (so offsets hold):
#: full-width "１２３" (and full-width "＄", "￡", "￥"), Arabic-Indic "٣٫٥", Extended
#: Arabic-Indic, Devanagari, Bengali; and
#: the hyphens and dash of typesetting read as the hyphen and the en dash ("$25\u2011million",
#: "5\u20126%")
_DIGIT_ZEROS: Final = (0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6)
_PLAIN_DIGITS: Final = {zero + digit: ord("0") + digit
                        for zero in _DIGIT_ZEROS for digit in range(10)}
_PLAIN_DIGITS.update({ord("\N{ARABIC DECIMAL SEPARATOR}"): ord("."),
                      ord("\N{ARABIC THOUSANDS SEPARATOR}"): ord(","),
                      ord("\N{FULLWIDTH PERCENT SIGN}"): ord("%"),
                      ord("\N{FULLWIDTH DOLLAR SIGN}"): ord("$"),
                      ord("\N{FULLWIDTH POUND SIGN}"): ord("\N{POUND SIGN}"),
                      ord("\N{FULLWIDTH YEN SIGN}"): ord("\N{YEN SIGN}"),
                      ord("\N{HYPHEN}"): ord("-"),
                      ord("\N{NON-BREAKING HYPHEN}"): ord("-"),
                      ord("\N{FIGURE DASH}"): ord("\N{EN DASH}")})
_HAS_OTHER_DIGITS: Final = re.compile("[" + "".join(chr(zero) + "-" + chr(zero + 9)
                                                    for zero in _DIGIT_ZEROS)
                                      + "\N{HYPHEN}\N{NON-BREAKING HYPHEN}\N{FIGURE DASH}"
                                      "\N{FULLWIDTH DOLLAR SIGN}\N{FULLWIDTH POUND SIGN}"
                                      "\N{FULLWIDTH YEN SIGN}]")


def needs_cleaning(text: str) -> bool:
    """A quick test: does ``text`` hold an entity, a broken word or an invisible character?

    >>> needs_cleaning("$3.5&nbsp;billion"), needs_cleaning("$3.5 billion")
    (True, False)
    >>> needs_cleaning("3,0\N{ZERO WIDTH SPACE}00"), needs_cleaning("\uff11\uff12 people")
    (True, True)
    """
    if not text.isascii() and _HAS_OTHER_DIGITS.search(text) is not None:
        return True
    if ("&" in text or "\n" in text or "*" in text or "~~" in text or "\x1b" in text
            or "_" in text
            or "<" in text or "[" in text
            or (not text.isascii() and _HAS_INVISIBLE.search(text) is not None)):
        return _MESS.search(text) is not None
    # every other form of _MESS needs one of the characters above: only its last can match
    return "- " in text and _SPACED_BREAK.search(text) is not None


def clean(text: str) -> Tuple[str, List[int], Dict[int, int]]:
    """The cleaned text, the original offset of each of its characters (plus one for the
    end), and where pieces were dropped: clean offset -> original offset of the piece.

    >>> cleaned, offsets, dropped = clean("£4.2 bil-\\nlion, $3&nbsp;m")
    >>> cleaned, offsets[len("£4.2 billion, $3")], offsets[-1], dropped
    ('£4.2 billion, $3 m', 18, 25, {8: 8})
    """
    out: List[str] = []
    offsets: List[int] = []
    dropped: Dict[int, int] = {}
    last = 0
    for found in _MESS.finditer(text):
        out.append(text[last:found.start()])
        offsets.extend(range(last, found.start()))
        piece = found.group()
        replacement = html.unescape(piece).translate(_TO_SPACE) if piece.startswith("&") \
            else _line_join(text, found) if piece.isspace() \
            else _tag_break(piece, found.group("tag"))
        if piece[0] == "-" and not piece.endswith("\n") and not _broken_word(text, found):
            replacement = piece  # "pre- and post-war": a hyphen that stays
        if replacement == piece:
            replacement = piece  # an unknown entity stays as written
            offsets.extend(range(found.start(), found.end()))
        elif replacement:
            offsets.extend([found.start()] * len(replacement))
        else:
            dropped.setdefault(len(offsets), found.start())
        out.append(replacement)
        last = found.end()
    out.append(text[last:])
    offsets.extend(range(last, len(text) + 1))
    return "".join(out).translate(_PLAIN_DIGITS), offsets, dropped


def _line_join(text: str, found: "re.Match[str]") -> str:
    """What a lone line break or an odd space stands for: a space, but a line break after
    a line that is only a label and its number stays one ("members 3,200\\nvolunteers 450"
    is a list of two; "Some 3,000\\nhomes", "£4.2\\nbillion" go on)."""
    from factcheck import lexicon
    piece = found.group()
    if "\n" not in piece or not text[found.start() - 1:found.start()].isdigit():
        return " "
    line = text[text.rfind("\n", 0, found.start()) + 1:found.start()].split()
    label = [word.rstrip(":").lower() for word in line[:-1]]
    function_words = lexicon.load().function_words
    return piece if 1 <= len(label) <= 3 and all(
        word.isalpha() and word not in function_words for word in label) else " "


def _tag_break(piece: str, tag: Optional[str]) -> str:
    """What an HTML tag left in the text stands for: nothing inside a line ("<b>14</b>
    people"), a line break between blocks ("$3.2bn<br>Profit"); a name in angle brackets
    that is no HTML tag stays ("20 <kg>"); a footnote mark ("[1]", no tag) is dropped."""
    if tag is None:
        return ""
    name = tag.lstrip("/").lower()
    return "" if name in _INLINE_TAGS else "\n" if name in _BLOCK_TAGS else piece


def _broken_word(text: str, found: "re.Match[str]") -> bool:
    """Whether "X- y" is one unit or scale word broken at a line end ("per- cent", "mil-
    lion", "hect- ares"), which the lexicon knows whole."""
    from factcheck import numerals, units
    before = _HALF_BEFORE.search(text, max(0, found.start() - 20), found.start())
    after = _HALF_AFTER.match(text, found.end())
    if before is None or after is None:
        return False
    word = before.group() + after.group()
    return units.lookup_after(word) is not None or numerals.is_scale_word(word)


def restore(claims: List[Claim], offsets: List[int], dropped: Dict[int, int],
            original: str) -> List[Claim]:
    """Claims found in the cleaned text, with spans, sentence spans and text in the
    original's terms (an offset past a replaced piece is the original offset past it; a
    claim ends before a piece dropped right after it: "up **12%**" ends at "%")."""
    restored = []
    for claim in claims:
        start = offsets[claim.span[0]]
        end = dropped.get(claim.span[1], offsets[claim.span[1]])
        sentence = (offsets[claim.sentence[0]], offsets[claim.sentence[1]])
        restored.append(dataclasses.replace(claim, span=(start, end), text=original[start:end],
                                            sentence=sentence))
    return restored
