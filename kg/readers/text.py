"""Texts (.txt, .md) and web pages (.html): the text every offset indexes."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import KgError
from kg.readers import HTML_SUFFIXES

log = logging.getLogger(__name__)


class _TextOfHtml(HTMLParser):
    """The text content of an HTML page, without scripts and styles, blocks on their own lines."""

    SKIP = {"script", "style", "noscript", "template", "head"}
    BREAKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
              "blockquote", "header", "footer", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))

    def text(self) -> str:
        return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n\n", "".join(self.parts)).strip() + "\n"


def read_text(path: Path) -> str:
    """The text of a file as the offsets count it (UTF-8, or the encoding charset-normalizer
    detects, with a warning); `KgError` for what is not text."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KgError(f"cannot read: {exc.strerror}", str(path), "check the path and permissions") from exc
    if not raw.strip():
        raise KgError("empty file", str(path), "give a file with text in it")
    if b"\x00" in raw[:4096]:
        raise KgError("binary file (NUL bytes), not text", str(path), "give kg text, Markdown or HTML")
    try:
        text = raw.decode("utf-8-sig")  # as open(encoding="utf-8-sig", newline="") reads it
    except UnicodeDecodeError as exc:
        text = _detected_text(raw, path, exc)
    if path.suffix.lower() in HTML_SUFFIXES:
        parser = _TextOfHtml()
        parser.feed(text)
        text = parser.text()
    return text.translate(SPACES)


# no-break spaces (web pages put them inside names: "Jane&nbsp;Doyle") read as the space they
# stand for; one character for one, so every offset still counts the file's characters
SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})


def _detected_text(raw: bytes, path: Path, error: UnicodeDecodeError) -> str:
    """Text that is not UTF-8, decoded in the encoding charset-normalizer finds (or refused)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    best = matches[0] if matches else None
    # short Western texts fit several code pages equally well: then take Windows-1252, the
    # commonest non-UTF-8 encoding of English and Italian news text
    western = [m for m in matches if m.encoding == "cp1252" and best and m.chaos <= best.chaos + 0.02]
    best = western[0] if western else best
    if best is None:
        raise KgError(f"not UTF-8 text (byte {error.start}) and no other encoding fits", str(path),
                      "convert the file to UTF-8") from error
    log.warning("%s: not UTF-8; read as %s (detected); offsets index that text — convert the file to "
                "UTF-8 to be sure", path, best.encoding)
    return raw.decode(best.encoding)
