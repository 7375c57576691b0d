"""Statement records (.jsonl): one JSON object a line, read a line at a time."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.readers.text import read_text

LONE_SURROGATE = re.compile(r"\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}")


def json_lines(lines: Iterable[str], source: str) -> Iterator[tuple[str, Any, str]]:
    """("source:line", decoded object, the line) for each non-blank line; `KgError` on a line
    that is not JSON."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KgError(f"not valid JSON ({exc.msg}: column {exc.colno})", where,
                          "each line must be one complete JSON object") from exc
        if "\\u" in line and LONE_SURROGATE.search(json.dumps(obj)):
            raise KgError("a string holds half a UTF-16 character (an unpaired \\ud800–\\udfff escape)", where,
                          "the file was written by a broken encoder: re-export it as UTF-8")
        yield where, obj, line


def stream_lines(path: Path) -> Iterator[str]:
    """The lines of a records file one at a time, so that a file of any size is read in little
    memory; the same refusals as `read_text` (missing, empty, binary), and a file that is not
    UTF-8 is read whole in the encoding `read_text` detects."""
    try:
        stream = open(path, "rb")
    except OSError as exc:
        raise KgError(f"cannot read: {exc.strerror}", str(path), "check the path and permissions") from exc
    with stream:
        if b"\x00" in stream.read(4096):
            raise KgError("binary file (NUL bytes), not text", str(path), "give kg text, Markdown or HTML")
        stream.seek(0)
        blank = True
        for number, raw in enumerate(stream):
            try:
                line = raw.decode("utf-8-sig" if number == 0 else "utf-8")
            except UnicodeDecodeError:
                yield from read_text(path).splitlines()[number:]  # rare: detect the encoding
                return
            blank = blank and not line.strip()
            yield line.rstrip("\r\n")
    if blank:
        raise KgError("empty file", str(path), "give a file with text in it")
