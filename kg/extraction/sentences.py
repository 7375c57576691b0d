"""Paragraphs → sentences with offsets, quotation spans and datelines."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

import blingfire

from kg.documents import Document

# "PECHINO, 10 APR -", "Roma, 17 giu. (LaPresse) –", "ROMA (ITALPRESS) –", "Washington, DC (STL.News)",
# "(ANSA) – ROMA, 10 NOV –", "OSLO, 7th March, 2019 (NTB) —", "UNITED NATIONS, Oct 2 (AP) —",
# "Riyadh, December 1, 2025, SPA --"
DATELINE = re.compile(r"(?:\([^)\n]{1,40}\)\s*[-–—]\s*)?"
                      r"[A-ZÀ-Ý][\w’'.]*(?:[ ,]+[A-Z][\w.]*)?,?"
                      r"(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\w{3,9}\.?|\w{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?P<year>,?\s+\d{4})?,?)?"
                      r"(?:\s+\d{1,2}[:.]\d{2})?"  # the time of the wire ("10 giu 09:35")
                      # it ends with the agency or a dash ("(Kyodo) --", "- (Agenzia Nova) -", ", SPA --"), or a
                      # colon right after its date's year ("Addis Ababa, 27 January 2025:"), or it is no dateline
                      r"(?:(?:\s*(?:--|[-–—]))?\s*\([^)\n]{1,40}\)\s*(?:--|[-–—])?|\s*(?:--|[-–—])"
                      r"|\s+[A-Z][A-Za-z]{1,11}\s*(?:--|[-–—])|(?(year):|(?!)))\s+(?=\S)")
QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“", "‘": "’"}
QUOTATION_MARK = re.compile('[“”«»"„‘’]')  # the marks a quotation opens or closes with (’ an apostrophe too)
OPENING_MARK = re.compile('[“”«»"„‘]')  # the marks a quotation may open with
QUOTE_MARK = re.compile('[“”«»"„]')
OPENING_QUOTE_AFTER_COLON = re.compile(r"\s*:\s*[«“\"‘']")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a language block; `body` is where its text proper starts (after a dateline)."""

    start: int
    end: int
    body: int
    lang: str
    block: int
    paragraph: int


class Quotes:
    """The quoted spans of a paragraph, in text order, found by bisection: a paragraph may be
    one line of megabytes, and every clause asks about the quotations around it."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.ends = [end for _, end in spans]

    def around(self, position: int) -> tuple[int, int] | None:
        """The quotation that contains `position`, if any."""
        i = bisect.bisect_right(self.ends, position)
        return self.spans[i] if i < len(self.spans) and self.spans[i][0] <= position else None

    def last_ending(self, low: int, high: int) -> tuple[int, int] | None:
        """The last quotation that ends within [low, high]."""
        i = bisect.bisect_right(self.ends, high) - 1
        return self.spans[i] if i >= 0 and self.ends[i] >= low else None


def quotations(text: str, start: int, end: int, unclosed: str | None = None) -> Quotes:
    """The quoted spans of a paragraph, marks included; an unclosed quotation runs to the end.
    Single curly quotes open one too ("said: ‘We condemn…’"), and close it where no letter
    follows (the ’ of "don’t" is an apostrophe). When the paragraph before left a quotation
    open (its closing mark `unclosed`) and this one's first mark closes it, this one goes on
    with it from its start."""
    spans, opening, closer = [], None, None
    first = QUOTATION_MARK.search(text, start, end)
    if unclosed and first is not None and first.group() == unclosed and text[start:first.start()].strip():
        opening, closer = start, unclosed
    for mark in QUOTATION_MARK.finditer(text, start, end):
        i, char = mark.start(), mark.group()
        if opening is None and char in QUOTE_PAIRS:
            opening, closer = i, QUOTE_PAIRS[char]
        elif opening is not None and char == closer and not (char == "’" and text[i + 1:i + 2].isalpha()):
            spans.append((opening, i + 1))
            opening = None
    if opening is not None:
        spans.append((opening, end))
    return Quotes(spans)


def _dateline_end(text: str, start: int, end: int) -> int:
    """Where a paragraph's text proper begins, after a news dateline."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    match = DATELINE.match(chunk, lead)
    if match and re.search(r"[-–—:]|\)", match.group()) and len(match.group()) < 60:
        return start + match.end()
    return start + lead


def _sentence_offsets(chunks: list[str]) -> list[list[tuple[int, int]]]:
    """blingfire's sentence boundaries in each paragraph, as offsets into it.

    One call for all the paragraphs (joined by line breaks, which blingfire reads as spaces,
    so a sentence may run across them and is cut there), since each call costs more than the
    splitting; the offsets are found by search, cheaper than blingfire's own Python wrapper.
    """
    joined = "\n".join(chunks)
    flat = joined.replace("\n", " ")
    spans, cursor = [], 0
    for sentence in blingfire.text_to_sentences(joined).split("\n"):
        found = flat.find(sentence, cursor)
        if found < 0:  # blingfire changed the text (spaces): let it compute the offsets
            spans = blingfire.text_to_sentences_and_offsets(joined)[1]
            break
        spans.append((found, found + len(sentence)))
        cursor = found + len(sentence)
    starts = list(itertools.accumulate((len(chunk) + 1 for chunk in chunks[:-1]), initial=0))
    offsets: list[list[tuple[int, int]]] = [[] for _ in chunks]
    for s, e in spans:
        c = bisect.bisect_right(starts, s) - 1
        while c < len(chunks) and starts[c] < e:  # the pieces of the sentence in each paragraph
            piece_start, piece_end = max(s, starts[c]), min(e, starts[c] + len(chunks[c]))
            piece = joined[piece_start:piece_end]
            if piece.strip():
                start = piece_start + len(piece) - len(piece.lstrip()) - starts[c]
                offsets[c].append((start, start + len(piece.strip())))
            c += 1
    return offsets


ACCENTED_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())  # "É", "Ç", "Ö"…
# where blingfire misses a boundary: a quotation that ends a sentence and another that opens the
# next ('…the President.” “And of course…'), a sentence that opens with an accented capital,
# quoted or not, after a word or a quotation ('…the Iranian people. Çağlar Öztürk said…', '…anno. "È
# un passo…', '«…». È quanto ha detto…'), and the platform X
# after a lower-case word, which blingfire takes for an initial ('…, he wrote on X. The ministry…');
# the stop is kept, and the pattern begins with it, so it is searched for at the stops only
MISSED_BOUNDARY = re.compile(rf"[.?!…](?:[”»\"]\s+(?=[“«\"][A-ZÀ-Ý])|(?<=[\w”»\"][.?!…])\s+(?=[“«\"]?[{ACCENTED_CAPITALS}])"
                             r"|(?<=[a-zà-ÿ] X\.)\s+(?=[A-ZÀ-Ý]))")


def _at_missed_boundaries(chunk: str, offsets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """blingfire's sentences cut where it missed a boundary (after an abbreviation they are joined
    again, as blingfire's own are)."""
    cut = []
    for s, e in offsets:
        for boundary in MISSED_BOUNDARY.finditer(chunk, s, e):
            stop = boundary.start() + (2 if boundary.group()[1] in "”»\"" else 1)
            cut.append((s, stop))
            s = boundary.end()
        cut.append((s, e))
    return cut


def _continues_quotation(previous: str, sentence: str) -> bool:
    """ "“Who pays for this?” said the ambassador.": a quoted question or exclamation and the
    lower-case reporting clause after it are one sentence."""
    return bool(re.search(r"[?!…][”\"»’]\s*$", previous)) and sentence[:1].islower()


MAX_SENTENCE = 3000  # characters; the dev texts' longest sentence has 481


def _within_limit(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence longer than MAX_SENTENCE (a text without stops) cut after the last semicolon,
    comma or space before each limit: the rules read a sentence's clauses against each other, so
    a sentence of megabytes would cost its length squared."""
    pieces = []
    while end - start > MAX_SENTENCE:
        window = (start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = next((found + 1 for mark in (";", ",", " ") if (found := chunk.rfind(mark, *window)) >= 0),
                   start + MAX_SENTENCE)
        piece_end = cut
        while piece_end > start and chunk[piece_end - 1].isspace():  # no copy of the text: it may be megabytes
            piece_end -= 1
        pieces.append((start, piece_end))
        start = cut
        while start < end and chunk[start].isspace():
            start += 1
    return pieces + [(start, end)]


def split_sentences(document: Document, abbreviation: callable) -> list[Sentence]:
    """Every sentence of every block, in text order.

    Line breaks end sentences (so lines without a full stop are sentences); within a line
    blingfire finds the boundaries, and a boundary after an abbreviation ("giu.", "U.S.") or
    between a quoted question and its reporting clause is undone.
    """
    sentences = []
    text = document.text
    paragraphs = [(b, p, paragraph) for b, block in enumerate(document.blocks)
                  for p, paragraph in enumerate(block.paragraphs)]
    chunks = [text[paragraph.start:paragraph.end] for _, _, paragraph in paragraphs]
    for (b, p, paragraph), chunk, offsets in zip(paragraphs, chunks, _sentence_offsets(chunks)):
        spans: list[list[int]] = []
        for s, e in _at_missed_boundaries(chunk, offsets):
            if spans and (abbreviation(chunk[spans[-1][0]:spans[-1][1]].rsplit(None, 1)[-1], document.blocks[b].lang)
                          or _continues_quotation(chunk[spans[-1][0]:spans[-1][1]], chunk[s:e])):
                spans[-1][1] = e
            else:
                spans.append([s, e])
        body = _dateline_end(text, paragraph.start, paragraph.end)
        for s, e in (piece for span in spans for piece in _within_limit(chunk, *span)):
            start, end = paragraph.start + s, paragraph.start + e
            sentences.append(Sentence(start, end, max(start, body) if start < body else start,
                                      paragraph.lang, b, p))
    return sentences
