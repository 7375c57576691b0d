"""Build: statement records (or RDF files) → one named graph per document in a store.

A document is stored whole or not at all: a document with one bad record is refused and
reported, the others are built. An unchanged document (same records, same vocabulary) is
skipped; a changed one replaces its graph.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from rdflib import Graph, URIRef

from kg.errors import KgError
from kg.extraction import Unattributed, extract_texts, rules_digest
from kg.namespaces import DOC, GRAPH, VOCABULARY_GRAPH
from kg.readers import input_kind, input_suffixes
from kg.readers.rdf import read_rdf_file
from kg.readers.text import read_text
from kg.rdf import (MAPPING_VERSION, DocumentTriples, add_statement_texts, document_id,
                    document_iri, document_triples)
from kg.readers.records import json_lines, stream_lines
from kg.records import StatementRecord, check_against_text, parse_record
from kg.store import GraphStore
from kg.vocabulary import Vocabulary

log = logging.getLogger(__name__)

STDIN = "-"


@dataclass
class BuildReport:
    """What a build did: documents built, skipped as unchanged, and refused with why."""

    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[KgError] = field(default_factory=list)
    statements: int = 0
    unattributed: list[Unattributed] = field(default_factory=list)  # clauses left out: no actor found


@dataclass
class _Document:
    """The records of one document in one input, as decoded JSON: they are checked and parsed
    only when the document has to be built."""

    doc_id: str
    source: Path | None
    objects: list[tuple[str, dict]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # as written, for the content hash

    def records(self) -> list[tuple[str, StatementRecord]]:
        """(where, record) of each object; `KgError` for the first bad one (it spoils the document)."""
        return [(where, parse_record(obj, where)) for where, obj in self.objects]

    def content_hash(self, vocabulary: Vocabulary) -> str:
        """What the document's graph is built from: its record lines, the vocabulary and the
        mapping that map them."""
        digest = hashlib.sha256(vocabulary.digest.encode() + MAPPING_VERSION.encode())
        for line in self.lines:
            digest.update(line.strip().encode() + b"\n")
        return digest.hexdigest()


def input_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """(file, document id) for each file given and each text, record and RDF file under each
    directory; a text's id is its path relative to the directory given."""
    suffixes = input_suffixes()
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


def read_record_documents(path: Path) -> Iterator[_Document]:
    """The documents of one JSONL file ("-": standard input) with their decoded records, each
    as soon as its last line is read.

    Two passes, so that memory is bounded by a document rather than by the file: the first
    checks every line and notes where each document ends, so that a line whose document cannot
    be told (not JSON, no "doc") refuses the whole file before anything is built; the second
    gathers each document's lines. Standard input is spooled to a temporary file first.
    """
    if str(path) == STDIN:
        with tempfile.TemporaryDirectory() as folder:
            spool = Path(folder) / "stdin.jsonl"
            with open(spool, "wb") as out:
                shutil.copyfileobj(sys.stdin.buffer, out)
            yield from _documents_of(spool, "<stdin>", None)
    else:
        yield from _documents_of(path, str(path), path)


def _documents_of(path: Path, source: str, origin: Path | None) -> Iterator[_Document]:
    last_line: dict[str, str] = {}  # document id → where its last record is
    try:
        for where, obj, _ in json_lines(stream_lines(path), source):
            last_line[_doc_of(obj, where)] = where
    except KgError as error:
        error.message += "; nothing of this file was stored"
        raise
    open_documents: dict[str, _Document] = {}
    for where, obj, line in json_lines(stream_lines(path), source):
        doc_id = _doc_of(obj, where)
        document = open_documents.setdefault(doc_id, _Document(doc_id, origin))
        document.objects.append((where, obj))
        document.lines.append(line)
        if last_line[doc_id] == where:
            yield open_documents.pop(doc_id)


def _doc_of(obj: object, where: str) -> str:
    doc_id = obj.get("doc") if isinstance(obj, dict) else None
    if not isinstance(doc_id, str) or not doc_id:
        raise KgError("record without a 'doc' string", where,
                      "name the source document in 'doc'")
    return doc_id


def _document_text(document: _Document) -> str | None:
    """The document's text when it lies beside the records that cite it (to check offsets)."""
    if "://" in document.doc_id or document.source is None:
        return None
    folder = document.source.parent.resolve()
    candidate = (folder / document.doc_id).resolve()
    if candidate.is_relative_to(folder) and candidate.is_file():  # never a file outside the inputs' folder
        return read_text(candidate)  # decoded as extraction decodes it: the text the offsets index
    return None


def text_hash(path: Path, vocabulary: Vocabulary, fallback_date: str | None) -> str:
    """What a document extracted from text is built from: the file, its sidecar, the vocabulary,
    the extraction rules, the mapping to RDF."""
    digest = hashlib.sha256(vocabulary.digest.encode() + rules_digest().encode() + str(fallback_date).encode()
                            + MAPPING_VERSION.encode())
    digest.update(path.read_bytes())
    sidecar = path.with_suffix(".source")
    if sidecar.is_file():
        digest.update(sidecar.read_bytes())
    return digest.hexdigest()


def import_rdf(path: Path, store: GraphStore, vocabulary: Vocabulary) -> list[tuple[str, int]]:
    """Load an RDF file: each named graph replaces its namesake; triples go to one graph per file.
    The document id (or, for a graph that is not a document's, the IRI) and the number of
    statements of each graph stored."""
    dataset = read_rdf_file(path)
    default = dataset.default_graph
    graphs = [g for g in dataset.graphs() if len(g) and g.identifier not in (VOCABULARY_GRAPH, default.identifier)]
    if len(default):
        named = Graph(identifier=GRAPH["import/" + quote(path.name, safe="-._~")])
        named += default
        graphs.append(named)
    stored = []
    for graph in graphs:
        named = Graph(identifier=graph.identifier)
        named += graph
        statements = add_statement_texts(named, vocabulary.acts_for)
        store.replace_graph(named)
        iri = str(graph.identifier)
        stored.append((document_id(graph.identifier) if iri.startswith(str(DOC)) else iri, statements))
    store.describe_relations_in_use(vocabulary)
    return stored


# a build that adds at least this share of the documents already stored compacts the store
# after its bulk loads (which leave many small files: 100k statements, statements-by-actor
# 0.19 s before, 0.10 s after); smaller additions leave it to the store's background compaction
COMPACT_SHARE = 0.25


def build(paths: Iterable[Path], store: GraphStore, vocabulary: Vocabulary, strict: bool = False,
          fallback_date: str | None = None, jobs: int = 1,
          progress: Callable[[int], None] = lambda files: None) -> BuildReport:
    """Build every input into `store`; with `strict`, stop at the first refused input.

    Record files are read one at a time (a document's records belong in one file); texts are
    extracted (by `jobs` processes) unless records of the same document were given, which then
    win (reviewed or hand-coded) and the text only checks their offsets. Documents are stored
    whole, in batches; `progress` is told of each input file done.
    """
    run = _Build(store, vocabulary, strict, fallback_date, progress)
    store.ensure_vocabulary(vocabulary)
    try:
        texts = run.records_and_rdf(_unique(input_files(paths)))
        run.texts(texts, jobs)
    except KeyboardInterrupt:  # documents already bulk-loaded are kept, the spooled ones built again
        store.drop_spooled_documents()
        raise
    finally:  # what was built before a --strict stop or an interruption is kept
        run.flush()
    if run.report.built and len(run.report.built) >= COMPACT_SHARE * len(run.stored):
        store.compact()
    return run.report


@dataclass
class _Build:
    """One build's state: what was refused or built from which input, and the documents
    waiting to be stored (in batches of whole documents)."""

    store: GraphStore
    vocabulary: Vocabulary
    strict: bool
    fallback_date: str | None
    progress: Callable[[int], None]
    report: BuildReport = field(default_factory=BuildReport)
    built_from: dict[str, str] = field(default_factory=dict)  # document id → its input in this run
    record_files: set[str] = field(default_factory=set)
    text_digests: dict[str, str] = field(default_factory=dict)  # content hash → text
    waiting: dict[str, int] = field(default_factory=dict)  # statements of each document not yet stored

    def __post_init__(self) -> None:
        self.stored = self.store.graph_hashes()

    def refuse(self, error: KgError) -> None:
        if self.strict:
            raise error
        log.error("%s", error)
        self.report.refused.append(error)

    def records_and_rdf(self, files: Iterable[tuple[Path, str]]) -> list[tuple[Path, str]]:
        """Build the record and RDF files; the texts, to extract once all records are known."""
        texts = []
        for path, doc_id in files:
            try:
                kind = "records" if str(path) == STDIN else input_kind(path)
                if kind == "rdf":
                    for name, statements in import_rdf(path, self.store, self.vocabulary):
                        self.report.built.append(name)
                        self.report.statements += statements
                elif kind == "records":
                    self.record_files.add(str(path))
                    for document in read_record_documents(path):
                        self.document_records(document, str(path))
                else:
                    texts.append((path, doc_id))
                    continue
            except KgError as error:
                self.refuse(error)
            self.progress(1)
        return texts

    def document_records(self, document: _Document, source: str) -> None:
        """Map one document's records and queue them, unless refused or stored unchanged."""
        where = document.objects[0][0]
        try:
            if document.doc_id in self.built_from:
                raise KgError(f"document {document.doc_id!r} also has records in {self.built_from[document.doc_id]}; "
                              "these were not built", where,
                              "keep a document's records in one file (a document is built and replaced as a whole)")
            self.built_from[document.doc_id] = source
            digest = document.content_hash(self.vocabulary)
            if self.stored.get(document_iri(document.doc_id)) == digest:
                self.report.unchanged.append(document.doc_id)
                return
            records = document.records()
            text = _document_text(document)
            if text is not None:
                for at, record in records:
                    check_against_text(record, text, at)
            self.queue(document_triples(document.doc_id, records, self.vocabulary, digest), len(records))
        except KgError as error:
            self.refuse(error)

    def texts(self, texts: list[tuple[Path, str]], jobs: int) -> None:
        """Extract and queue the texts that need it."""
        todo = [item for item in (self.text_to_extract(path, doc_id) for path, doc_id in texts) if item]
        extracted = extract_texts([(path, doc_id) for path, doc_id, _ in todo], self.vocabulary,
                                  self.fallback_date, jobs)
        for (path, doc_id, digest), found in zip(todo, extracted):
            if isinstance(found, KgError):
                self.refuse(found)
            else:
                info, (records, unattributed) = found
                self.report.unattributed += unattributed
                self.queue(document_triples(doc_id, [(str(path), r) for r in records], self.vocabulary,
                                            digest, info), len(records))
            self.progress(1)

    def text_to_extract(self, path: Path, doc_id: str) -> tuple[Path, str, str] | None:
        """(path, id, content hash) of a text to extract; None when its records were given, it
        is stored unchanged, or it is a copy of another text of this build."""
        try:
            if doc_id in self.built_from:
                if self.built_from[doc_id] in self.record_files:
                    self.progress(1)  # its records were built; the text checked their offsets
                    return None
                raise KgError(f"document id {doc_id!r} is already taken by {self.built_from[doc_id]}", str(path),
                              "give the files' common directory instead, so that ids are relative paths")
            digest = text_hash(path, self.vocabulary, self.fallback_date)
            if digest in self.text_digests:
                raise KgError(f"same text as {self.text_digests[digest]}; not built twice", str(path),
                              "remove the copy (or change one if they are different documents)")
            self.text_digests[digest] = str(path)
            self.built_from[doc_id] = str(path)
            if self.stored.get(document_iri(doc_id)) != digest:
                return path, doc_id, digest
            self.report.unchanged.append(doc_id)
        except KgError as error:
            self.refuse(error)
        except OSError as error:
            self.refuse(KgError(f"cannot read: {error.strerror}", str(path), "check the file's permissions"))
        self.progress(1)
        return None

    def queue(self, triples: DocumentTriples, statements: int) -> None:
        self.waiting[str(triples.iri)] = statements
        self.settle(self.store.put_document(triples))

    def flush(self) -> None:
        self.settle(self.store.flush_documents())

    def settle(self, outcomes: list[tuple[str, KgError | None]]) -> None:
        for iri, error in outcomes:
            statements = self.waiting.pop(iri)
            if error is not None:
                self.refuse(error)
            else:
                self.report.built.append(document_id(URIRef(iri)))
                self.report.statements += statements


def _unique(files: Iterable[tuple[Path, str]]) -> Iterator[tuple[Path, str]]:
    """Each input file once, however often it was named (directly or in a directory)."""
    seen: set[Path] = set()
    for path, doc_id in files:
        key = path if str(path) == STDIN else path.resolve()
        if key in seen:
            log.warning("%s: given more than once; read once", path)
            continue
        seen.add(key)
        yield path, doc_id
