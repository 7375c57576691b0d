"""Inputs by kind: the one place where a file's suffix means a format, for reading and for writing.

A text (`.txt`, `.md`) or web page (`.html`) is read by `kg.readers.text`, statement records
(`.jsonl`) by `kg.readers.records`, RDF files by `kg.readers.rdf`; `kg export` and `kg view`
write the RDF formats named here (the views' formats are `kg.exporting.VIEW_WRITERS`).
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import KgError

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".md") + HTML_SUFFIXES
RECORD_SUFFIXES = (".jsonl",)
# RDF files: each suffix's format (read by `kg build`, written by `kg export`; RDF/XML only read)
RDF_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "jsonld",
                ".rdf": "xml", ".owl": "xml"}
# each RDF format's name in rdflib
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld",
                  "xml": "xml"}


def input_kind(path: Path) -> str:
    """"text", "records" or "rdf": how `kg build` reads a file, by its suffix; `KgError` for
    a suffix kg does not read."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in RECORD_SUFFIXES:
        return "records"
    if suffix in RDF_SUFFIXES:
        return "rdf"
    raise KgError(f"cannot build a {path.suffix or 'suffix-less'} file", str(path),
                  "give texts (.txt, .md, .html), statement records (.jsonl) or RDF "
                  "(.ttl, .nt, .nq, .trig, .jsonld)")


def input_suffixes() -> tuple[str, ...]:
    """Every suffix `kg build` reads (what it looks for in a folder)."""
    return TEXT_SUFFIXES + RECORD_SUFFIXES + tuple(RDF_SUFFIXES)
