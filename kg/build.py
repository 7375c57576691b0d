"""Build: statement records (or RDF files) → one named graph per document in a store.

A document is stored whole or not at all: a document with one bad record is refused and
reported, the others are built. An unchanged document (same records, same vocabulary) is
skipped; a changed one replaces its graph.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from rdflib import Dataset, Graph

from kg.documents import TEXT_SUFFIXES
from kg.errors import KgError
from kg.extract import extract_texts, rules_digest
from kg.namespaces import GRAPH, VOCABULARY_GRAPH
from kg.rdf import document_graph, document_iri
from kg.records import (StatementRecord, check_against_text, json_lines, parse_record,
                        read_text_lines, record_to_json)
from kg.store import GraphStore
from kg.vocabulary import Vocabulary

log = logging.getLogger(__name__)

RECORD_SUFFIXES = (".jsonl",)
RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
               ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}
STDIN = "-"


@dataclass
class BuildReport:
    """What a build did: documents built, skipped as unchanged, and refused with why."""

    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[KgError] = field(default_factory=list)
    statements: int = 0


@dataclass
class _Document:
    """The records of one document gathered from the inputs, with any error found in them."""

    doc_id: str
    records: list[tuple[str, StatementRecord]] = field(default_factory=list)
    sources: set[Path] = field(default_factory=set)
    error: KgError | None = None
    text_path: Path | None = None


def input_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """(file, document id) for each file given and each text, record and RDF file under each
    directory; a text's id is its path relative to the directory given."""
    suffixes = RECORD_SUFFIXES + tuple(RDF_FORMATS) + TEXT_SUFFIXES
    for path in paths:
        if str(path) == STDIN:
            yield path, STDIN
        elif path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes):
                yield found, found.relative_to(path).as_posix()
        elif path.exists():
            yield path, path.name
        else:
            raise KgError("no such file or directory", str(path), "check the path")


def read_file_records(lines: list[str], source: str) -> list[tuple[str, str, StatementRecord | KgError]]:
    """(document id, where, record or the error found in it) for each line of JSONL text.

    A line whose document cannot be told (not JSON, no "doc") refuses the whole file.
    """
    found: list[tuple[str, str, StatementRecord | KgError]] = []
    try:
        decoded = list(json_lines(lines, source))
    except KgError as error:
        error.message += "; nothing of this file was stored"
        raise
    for where, obj in decoded:
        doc_id = obj.get("doc") if isinstance(obj, dict) else None
        if not isinstance(doc_id, str) or not doc_id:
            raise KgError("record without a 'doc' string; nothing of this file was stored", where,
                          "name the source document in 'doc'")
        try:
            found.append((doc_id, where, parse_record(obj, where)))
        except KgError as exc:
            found.append((doc_id, where, exc))
    return found


def gather_records(path: Path, documents: dict[str, _Document]) -> None:
    """Add the records of one JSONL file ("-": standard input) to their documents.

    A bad record spoils its document, not the others.
    """
    if str(path) == STDIN:
        lines, source = sys.stdin.read().splitlines(), "<stdin>"
    else:
        lines, source = read_text_lines(path), str(path)
    for doc_id, where, item in read_file_records(lines, source):
        document = documents.setdefault(doc_id, _Document(doc_id))
        if str(path) != STDIN:
            document.sources.add(path)
        if isinstance(item, KgError):
            document.error = document.error or item
        else:
            document.records.append((where, item))


def _document_text(document: _Document) -> str | None:
    """The document's text when it lies beside the records that cite it (to check offsets)."""
    if "://" in document.doc_id:
        return None
    for source in document.sources:
        candidate = source.parent / document.doc_id
        if candidate.is_file():
            with open(candidate, encoding="utf-8-sig", newline="") as handle:
                return handle.read()
    return None


def content_hash(records: list[tuple[str, StatementRecord]], vocabulary: Vocabulary) -> str:
    """What a document graph is built from: its records and the vocabulary that mapped them."""
    digest = hashlib.sha256(vocabulary.digest.encode())
    for _, record in records:
        digest.update(json.dumps(record_to_json(record), sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def text_hash(path: Path, vocabulary: Vocabulary, fallback_date: str | None) -> str:
    """What a document extracted from text is built from: the file, its sidecar, the vocabulary,
    the extraction rules."""
    digest = hashlib.sha256(vocabulary.digest.encode() + rules_digest().encode() + str(fallback_date).encode())
    digest.update(path.read_bytes())
    sidecar = path.with_suffix(".source")
    if sidecar.is_file():
        digest.update(sidecar.read_bytes())
    return digest.hexdigest()


def _prepare(document: _Document, store: GraphStore, vocabulary: Vocabulary, stored: dict,
             report: BuildReport, fallback_date: str | None) -> str | None:
    """The content hash to build a document with, or None when it is stored unchanged."""
    if document.error is not None:
        raise document.error
    if document.records:
        text = _document_text(document)
        if text is not None:
            for where, record in document.records:
                check_against_text(record, text, where)
        digest = content_hash(document.records, vocabulary)
    else:
        digest = text_hash(document.text_path, vocabulary, fallback_date)
    if stored.get(document_iri(document.doc_id)) == digest:
        report.unchanged.append(document.doc_id)
        return None
    return digest


def read_rdf_file(path: Path, union: bool = False) -> Dataset:
    """An RDF file parsed by its extension: named graphs kept, plain triples in the default
    graph (the union of all when `union`); `KgError` naming the file otherwise."""
    rdf_format = RDF_FORMATS.get(path.suffix)
    if rdf_format is None:
        raise KgError("not an RDF file extension", str(path), f"use one of: {', '.join(RDF_FORMATS)}")
    dataset = Dataset(default_union=union)
    try:
        dataset.parse(path, format=rdf_format)
    except FileNotFoundError as exc:
        raise KgError("no such file", str(path), "check the path") from exc
    except Exception as exc:  # rdflib's parsers raise their own exception types
        raise KgError(f"not valid {rdf_format}: {exc}", str(path), "check the file's syntax and extension") from exc
    return dataset


def import_rdf(path: Path, store: GraphStore) -> list[str]:
    """Load an RDF file: each named graph replaces its namesake; triples go to one graph per file."""
    dataset = read_rdf_file(path)
    default = dataset.default_graph
    graphs = [g for g in dataset.graphs() if len(g) and g.identifier not in (VOCABULARY_GRAPH, default.identifier)]
    if len(default):
        named = Graph(identifier=GRAPH["import/" + quote(path.name, safe="-._~")])
        named += default
        graphs.append(named)
    for graph in graphs:
        named = Graph(identifier=graph.identifier)
        named += graph
        store.replace_graph(named)
    return [str(g.identifier) for g in graphs]


def build(paths: Iterable[Path], store: GraphStore, vocabulary: Vocabulary,
          strict: bool = False, fallback_date: str | None = None, jobs: int = 1) -> BuildReport:
    """Build every input into `store`; with `strict`, stop at the first refused input.

    Texts are extracted (by `jobs` processes); when a document is given both as text and as
    records, the records (reviewed or hand-coded) are built and the text only checks their
    offsets. Documents are stored one by one, in input order, each whole.
    """
    report = BuildReport()
    store.ensure_vocabulary(vocabulary)
    documents: dict[str, _Document] = {}

    def refuse(error: KgError) -> None:
        if strict:
            raise error
        log.error("%s", error)
        report.refused.append(error)

    for path, doc_id in input_files(paths):
        try:
            if path.suffix in RDF_FORMATS:
                report.built.extend(import_rdf(path, store))
            elif path.suffix in RECORD_SUFFIXES or str(path) == STDIN:
                gather_records(path, documents)
            elif path.suffix.lower() in TEXT_SUFFIXES:
                documents.setdefault(doc_id, _Document(doc_id)).text_path = path
            else:
                raise KgError(f"cannot build a {path.suffix or 'suffix-less'} file", str(path),
                              "give texts (.txt, .md, .html), statement records (.jsonl) or RDF "
                              "(.ttl, .nt, .nq, .trig, .jsonld)")
        except KgError as error:
            refuse(error)
    stored = store.graph_hashes()
    todo: list[tuple[_Document, str]] = []
    for document in documents.values():
        try:
            digest = _prepare(document, store, vocabulary, stored, report, fallback_date)
        except KgError as error:
            refuse(error)
            continue
        if digest is not None:
            todo.append((document, digest))
    texts = [d for d, _ in todo if not d.records]
    extracted = dict(zip((d.doc_id for d in texts),
                         extract_texts([(d.text_path, d.doc_id) for d in texts], vocabulary, fallback_date, jobs)))
    for document, digest in todo:
        info, records = None, document.records
        if not records:
            found = extracted[document.doc_id]
            if isinstance(found, KgError):
                refuse(found)
                continue
            info, extracted_records = found
            records = [(str(document.text_path), r) for r in extracted_records]
        try:
            store.replace_graph(document_graph(document.doc_id, records, vocabulary, digest, info))
        except KgError as error:
            refuse(error)
            continue
        report.built.append(document.doc_id)
        report.statements += len(records)
    return report
