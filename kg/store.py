"""Where the graph lives: an embedded Oxigraph store on disk, rdflib's memory store, or a
SPARQL server.

All are read through the rdflib `Dataset` API (SPARQL runs in Oxigraph's engine for the
embedded store). Each document is one named graph, stored whole: new documents through
Oxigraph's bulk loader with a manifest (see `GraphStore.put_document`), changed ones in one
transaction each, so a failure or a kill never leaves part of a document behind. One process
at a time holds an embedded store (a lock on its owner file).
"""

from __future__ import annotations

import fcntl
import itertools
import os
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, TextIO

import pyoxigraph
from rdflib import XSD, Dataset, Graph, Literal, URIRef, plugin
from rdflib.store import Store as RdflibStore

from kg.errors import KgError
from kg.remote import Endpoints, endpoints, put_graph, update
from kg.namespaces import KG, PREFIXES, VOCABULARY_GRAPH
from kg.rdf import DocumentTriples
from kg.vocabulary import Vocabulary

XSD_VALUES = {str(XSD[name]): convert for name, convert in (
    ("integer", int), ("decimal", Decimal), ("double", float), ("float", float),
    ("boolean", lambda text: text in ("true", "1")), ("date", date.fromisoformat),
    ("dateTime", datetime.fromisoformat))}


def python_value(text: str, datatype: str | None) -> object:
    """The Python value of an RDF term's lexical form (an ill-typed literal stays text)."""
    convert = XSD_VALUES.get(datatype or "")
    if convert is not None:
        try:
            return convert(text)
        except ValueError:
            pass
    return text


DEFAULT_STORE = "kg-store"
OWNER_FILE = "kg-owner.txt"  # who holds an embedded store open, for the message another process gets
LOADING_FILE = "kg-loading.txt"  # the documents of a bulk load under way (see GraphStore.put_document)
SPOOL_FILE = "kg-spool.nq"  # the quads of the documents of the next bulk load
LOADING_SPOOL_FILE = "kg-spool-loading.nq"  # the quads of the bulk load under way
# Triples per bulk load: small loads let the store compact in the background while kg works,
# but every load makes it rewrite what it holds, so batches grow with what this process loaded
# (measured: 100k statements 44 s with 50k-triple batches, 54 s with 1M; 1M statements 1,045 s
# with 50k, 583 s with 1M).
BATCH_TRIPLES = 50_000
BATCH_GROWTH = 16  # a batch is at least a sixteenth of what was loaded before it
BATCH_LIMIT = 2_000_000
MEMORY = "memory"
# the formats a store is written in: rdflib's name and Oxigraph's for each
DUMP_FORMATS = {"turtle": ("turtle", pyoxigraph.RdfFormat.TURTLE), "nt": ("nt", pyoxigraph.RdfFormat.N_TRIPLES),
                "nquads": ("nquads", pyoxigraph.RdfFormat.N_QUADS), "trig": ("trig", pyoxigraph.RdfFormat.TRIG),
                "jsonld": ("json-ld", pyoxigraph.RdfFormat.JSON_LD)}
QUAD_FORMATS = {"nquads", "trig", "jsonld"}


def store_location(spec: str | None = None) -> str:
    """The store to use: the option, else $KG_STORE, else ./kg-store."""
    return spec or os.environ.get("KG_STORE") or DEFAULT_STORE


@dataclass
class GraphStore:
    """A dataset of named graphs: one per document, one for the vocabulary."""

    dataset: Dataset
    location: str
    oxigraph: pyoxigraph.Store | None = None
    remote: Endpoints | None = None
    owner: TextIO | None = None  # the locked owner file of an embedded store
    spool: TextIO | None = None  # new documents' quads waiting for the bulk loader
    spooled: list[tuple[str, str]] = field(default_factory=list)  # (IRI, manifest quad) of each
    spooled_triples: int = 0
    loaded_triples: int = 0
    loader: ThreadPoolExecutor | None = None  # runs the bulk loads, one at a time
    loading: Future | None = None  # the outcomes of the bulk load under way
    finished: list[tuple[str, KgError | None]] = field(default_factory=list)  # outcomes not yet told

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock) for other processes; a bulk load under
        way is finished first (its error raised once the store is released), documents still
        spooled (see `put_document`) are dropped: store them with `flush_documents` first."""
        try:
            self._wait_for_bulk_load()
        finally:
            self._release()

    def _release(self) -> None:
        """Close the store's files and give up its lock."""
        if self.loader is not None:
            self.loader.shutdown(wait=True)
            self.loader = None
        if self.spool is not None:
            self.spool.close()
            (Path(self.location) / SPOOL_FILE).unlink()
        if self.oxigraph is not None:
            self.oxigraph.flush()
            self.oxigraph = None
        self.dataset.close()
        if self.owner is not None:
            self.owner.truncate(0)
            self.owner.close()  # releases the lock
            self.owner = None

    def query(self, sparql: str, **bindings: object):
        """Run a SPARQL query over the union of all graphs."""
        try:
            return self.dataset.query(sparql, initNs=PREFIXES, initBindings=bindings)
        except Exception as exc:  # rdflib's SPARQLStore wraps HTTP and connection errors in its own types
            if self.remote is None:
                raise
            raise KgError(f"cannot reach the SPARQL server or it refused the query: {exc}", self.remote.query,
                          "start the server, or check the URL given to --store") from exc

    def native_query(self, sparql: str):
        """pyoxigraph's own results of a query over the union of the embedded store's graphs."""
        prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
        return self.oxigraph.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)

    def select(self, sparql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """A SELECT query's variables and rows as Python values: `str` for IRIs and texts; int,
        Decimal, float, bool, date or datetime for literals of those XSD types; None when unbound.

        On the embedded store this reads Oxigraph's results directly: making rdflib terms of
        them took longer than the query (17,216 rows: 3.0 s query, 3.5 s converting).
        """
        if self.oxigraph is None:
            result = self.query(sparql)
            names = [str(v) for v in result.vars]
            return names, [tuple(None if row[n] is None else
                                 python_value(str(row[n]), str(row[n].datatype) if isinstance(row[n], Literal) else None)
                                 for n in names) for row in result]
        solutions = self.native_query(sparql)
        names = [v.value for v in solutions.variables]
        return names, [tuple(None if term is None else
                             python_value(term.value, term.datatype.value if isinstance(term, pyoxigraph.Literal) else None)
                             for term in solution) for solution in solutions]

    def graph_hashes(self) -> dict[URIRef, str]:
        """The content hash of every stored graph that has one (documents and vocabulary)."""
        _, rows = self.select("SELECT ?g ?hash WHERE { GRAPH ?g { ?g kg:contentHash ?hash } }")
        return {URIRef(graph): digest for graph, digest in rows}

    def replace_graph(self, graph: Graph) -> None:
        """Put `graph` in place of the named graph of the same IRI, atomically."""
        self._replace(graph.identifier, graph.serialize(format="nt"))

    def _replace(self, name: URIRef, ntriples: str) -> None:
        """Put N-Triples in place of a named graph: one PUT, one update, or in memory."""
        self._wait_for_bulk_load()
        if self.remote is not None:
            put_graph(self.remote, str(name), ntriples)
        elif self.oxigraph is not None:
            self.oxigraph.update(f"DROP SILENT GRAPH <{name}> ;\n"
                                 f"INSERT DATA {{ GRAPH <{name}> {{\n{ntriples}\n}} }}")
        else:
            self.dataset.remove_graph(name)
            self.dataset.graph(name).parse(data=ntriples, format="nt")

    def put_document(self, document: DocumentTriples) -> list[tuple[str, KgError | None]]:
        """Store a document in place of the graph of the same IRI, now or with the next batch;
        the outcome (IRI, the error that refused it or None) of each document stored meanwhile.

        Embedded, a changed document is replaced by one update (one transaction). New ones are
        spooled to a file and handed to Oxigraph's bulk loader in batches (see `BATCH_TRIPLES`),
        which loads each in a thread of its own while kg maps the next (Oxigraph lets Python
        run meanwhile). The bulk loader is not transactional, so the documents' content hashes
        — the manifest of what is stored — are added after their triples, in one transaction,
        and a file names the batch meanwhile: opening a store after a crash drops that batch's
        graphs that have no hash. Either way a crash leaves whole documents only.
        """
        name = str(document.iri)
        if self.oxigraph is None or self.oxigraph.contains_named_graph(pyoxigraph.NamedNode(name)):
            try:
                self._replace(document.iri, document.ntriples())
                self.finished.append((name, None))
            except SyntaxError as exc:
                self.finished.append((name, _refused(name, exc)))
            return self._told()
        if self.spool is None:
            self.spool = open(Path(self.location) / SPOOL_FILE, "w", encoding="utf-8")
        manifest = document.manifest_line()
        self.spool.write(document.nquads(without=manifest))
        self.spooled.append((str(document.iri), manifest))
        self.spooled_triples += len(document.lines)
        batch = min(BATCH_LIMIT, max(BATCH_TRIPLES, self.loaded_triples // BATCH_GROWTH))
        if self.spooled_triples >= batch:
            self._start_bulk_load()
        return self._told()

    def flush_documents(self) -> list[tuple[str, KgError | None]]:
        """Store the spooled documents (see `put_document`) and wait for every bulk load; the
        outcomes of the documents stored meanwhile."""
        self._start_bulk_load()
        self._wait_for_bulk_load()
        return self._told()

    def _told(self) -> list[tuple[str, KgError | None]]:
        told, self.finished = self.finished, []
        return told

    def _start_bulk_load(self) -> None:
        """Hand the spooled documents to the bulk loader, once the previous batch is stored (the
        marker file names one batch)."""
        if self.spool is None:
            return
        self._wait_for_bulk_load()
        folder = Path(self.location)
        self.spool.close()
        os.replace(folder / SPOOL_FILE, folder / LOADING_SPOOL_FILE)
        with open(folder / LOADING_FILE, "w", encoding="utf-8") as marker:
            marker.write("".join(f"{iri}\n" for iri, _ in self.spooled))
            marker.flush()
            os.fsync(marker.fileno())
        self.loaded_triples += self.spooled_triples
        spooled, self.spool, self.spooled, self.spooled_triples = self.spooled, None, [], 0
        self.loader = self.loader or ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-bulk-load")
        self.loading = self.loader.submit(self._load, spooled)

    def _wait_for_bulk_load(self) -> None:
        """Wait for the bulk load under way, if any (before any other write: Oxigraph's bulk
        loader is not transactional); keep its outcomes to tell, raise its errors."""
        loading, self.loading = self.loading, None
        if loading is not None:
            self.finished.extend(loading.result())

    def _load(self, spooled: list[tuple[str, str]]) -> list[tuple[str, KgError | None]]:
        """Bulk-load a batch, then its manifest (in the loader's thread); each document's outcome."""
        folder = Path(self.location)
        try:
            self.oxigraph.bulk_load(path=str(folder / LOADING_SPOOL_FILE), format=pyoxigraph.RdfFormat.N_QUADS)
            self.oxigraph.load("".join(manifest for _, manifest in spooled), format=pyoxigraph.RdfFormat.N_QUADS)
            outcomes: list[tuple[str, KgError | None]] = [(iri, None) for iri, _ in spooled]
        except SyntaxError:  # find the document at fault: load each alone, in a transaction
            recover(self.oxigraph, folder / LOADING_FILE)
            outcomes = self._load_one_by_one(folder / LOADING_SPOOL_FILE, dict(spooled))
        except OSError as exc:  # the marker stays: the next opening drops the batch's graphs
            raise KgError(f"the store could not take {len(spooled)} document(s): {exc}", self.location,
                          "free disk space (or fix what the message names) and build again; "
                          "documents already stored are skipped as unchanged") from exc
        (folder / LOADING_FILE).unlink(missing_ok=True)
        (folder / LOADING_SPOOL_FILE).unlink()
        return outcomes

    def compact(self) -> None:
        """Rewrite the embedded store's files into few large ones, for queries that look many
        statements up one by one (what `build` does after a large addition)."""
        if self.oxigraph is not None:
            self._wait_for_bulk_load()
            self.oxigraph.optimize()

    def _load_one_by_one(self, spool: Path, manifests: dict[str, str]) -> list[tuple[str, KgError | None]]:
        lines: dict[str, list[str]] = {}
        with open(spool, encoding="utf-8") as quads:
            for line in quads:
                lines.setdefault(line.rsplit("<", 1)[1].split(">", 1)[0], []).append(line)
        outcomes: list[tuple[str, KgError | None]] = []
        for iri, manifest in manifests.items():
            try:
                self.oxigraph.load("".join(lines.get(iri, [])) + manifest, format=pyoxigraph.RdfFormat.N_QUADS)
                outcomes.append((iri, None))
            except SyntaxError as exc:
                outcomes.append((iri, _refused(iri, exc)))
        return outcomes

    def drop_graph(self, name: URIRef) -> bool:
        """Remove a named graph; False when there was none."""
        self._wait_for_bulk_load()
        if not self.query(f"ASK {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").askAnswer:
            return False
        if self.remote is not None:
            update(self.remote, f"DROP GRAPH <{name}>")
        elif self.oxigraph is not None:
            self.oxigraph.update(f"DROP GRAPH <{name}>")
        else:
            self.dataset.remove_graph(name)
        return True

    def ensure_vocabulary(self, vocabulary: Vocabulary) -> None:
        """Keep the vocabulary graph (labels of acts, topics, actors) in step with the ontology.

        It is loaded only when its content hash changed; a build interrupted while loading it
        leaves no hash, so the next build loads it again.
        """
        self._wait_for_bulk_load()
        if self.graph_hashes().get(VOCABULARY_GRAPH) == vocabulary.digest:
            return
        if self.remote is not None:
            stamp = Graph().add((VOCABULARY_GRAPH, KG.contentHash, Literal(vocabulary.digest)))
            put_graph(self.remote, str(VOCABULARY_GRAPH), vocabulary.ntriples + stamp.serialize(format="nt"))
        elif self.oxigraph is not None:
            graph_name = pyoxigraph.NamedNode(str(VOCABULARY_GRAPH))
            self.oxigraph.update(f"DROP SILENT GRAPH <{VOCABULARY_GRAPH}>")
            self.oxigraph.load(vocabulary.ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=graph_name)
            self.oxigraph.add(pyoxigraph.Quad(graph_name, pyoxigraph.NamedNode(str(KG.contentHash)),
                                              pyoxigraph.Literal(vocabulary.digest), graph_name))
        else:
            self.dataset.remove_graph(VOCABULARY_GRAPH)
            target = self.dataset.graph(VOCABULARY_GRAPH)
            target.addN((s, p, o, target) for s, p, o in vocabulary.graph)
            target.add((VOCABULARY_GRAPH, KG.contentHash, Literal(vocabulary.digest)))

    def dump(self, out: BinaryIO, fmt: str, vocabulary: bool = True) -> None:
        """Write the document graphs to `out` in `fmt` (a key of `DUMP_FORMATS`; Turtle and
        N-Triples get the union of the graphs) and, with `vocabulary`, the part of the
        vocabulary graph they use: the ontology's own terms and the descriptions of the acts,
        topics and actors the documents mention (labels, Wikidata links), not the thousands no
        document mentions. The embedded store writes them itself, streaming; the others
        through rdflib."""
        if self.oxigraph is None:
            self._dump_with_rdflib(out, fmt, vocabulary)
            return
        vocabulary_graph = pyoxigraph.NamedNode(str(VOCABULARY_GRAPH))
        described = {row[0] for row in self.native_query(
            f"SELECT DISTINCT ?s WHERE {{ GRAPH <{VOCABULARY_GRAPH}> {{ ?s ?p ?o }} }}")} if vocabulary else set()
        used = {term for term in described if term.value.startswith(str(KG._NS))}  # and, as they are written,
        # the described terms the documents mention

        def documents() -> Iterator[pyoxigraph.Quad]:
            for graph in self.oxigraph.named_graphs():
                if graph != vocabulary_graph:
                    for quad in self.oxigraph.quads_for_pattern(None, None, None, graph):
                        used.update(term for term in (quad.subject, quad.object) if term in described)
                        yield quad

        def vocabulary_part() -> Iterator[pyoxigraph.Quad]:  # runs once every document is written
            for subject in sorted(used, key=lambda term: term.value):
                yield from self.oxigraph.quads_for_pattern(subject, None, None, vocabulary_graph)

        every = itertools.chain(documents(), vocabulary_part())
        pyoxigraph.serialize(every if fmt in QUAD_FORMATS else (q.triple for q in every), out,
                             format=DUMP_FORMATS[fmt][1],
                             prefixes={prefix: str(namespace) for prefix, namespace in PREFIXES.items()})

    def _dump_with_rdflib(self, out: BinaryIO, fmt: str, vocabulary: bool) -> None:
        dataset = Dataset()
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace)
        for name in self.named_graphs():
            if name != VOCABULARY_GRAPH:
                copy = dataset.graph(name)
                for triple in self.dataset.graph(name).triples((None, None, None)):
                    copy.add(triple)
        if vocabulary:
            used = {term for graph in dataset.graphs() for triple in graph for term in triple}
            subset = dataset.graph(VOCABULARY_GRAPH)
            for triple in self.dataset.graph(VOCABULARY_GRAPH).triples((None, None, None)):
                if triple[0] in used or str(triple[0]).startswith(str(KG._NS)):
                    subset.add(triple)
        written: Dataset | Graph = dataset
        if fmt not in QUAD_FORMATS:
            written = Graph()
            for prefix, namespace in PREFIXES.items():
                written.bind(prefix, namespace)
            for graph in dataset.graphs():
                written += graph
        written.serialize(out, format=DUMP_FORMATS[fmt][0], encoding="utf-8")

    def named_graphs(self) -> Iterator[URIRef]:
        for context in self.dataset.graphs():
            if isinstance(context.identifier, URIRef) and context.identifier != self.dataset.default_graph.identifier:
                yield context.identifier


def open_store(spec: str | None = None, update_url: str | None = None,
               graph_store_url: str | None = None, create: bool = True) -> GraphStore:
    """Open the store named by `spec`: a directory (created when needed, unless not `create`:
    then only one that holds a store), "memory", or the URL of a SPARQL 1.1 server (see kg.remote)."""
    location = store_location(spec)
    if location == MEMORY:
        dataset = Dataset(default_union=True)
        _bind(dataset)
        return GraphStore(dataset, location)
    if location.startswith(("http://", "https://")):
        points = endpoints(location, update_url, graph_store_url)
        backend = plugin.get("SPARQLUpdateStore", RdflibStore)(points.query, points.update, returnFormat="json")
        dataset = Dataset(store=backend, default_union=True)
        _bind(dataset)
        return GraphStore(dataset, location, remote=points)
    if "://" in location:
        raise KgError(f"unsupported store address {location}", "--store",
                      "use a directory, 'memory', or an http(s) SPARQL server URL")
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise KgError("is a file, not a store directory", location,
                      "give --store a directory (created if missing) or 'memory'")
    if not create and not holds_store(path):
        raise KgError(f"no store at {location}", "--store",
                      f"build one with `kg build TEXTS… --store {location}`, or name the store you built")
    path.mkdir(parents=True, exist_ok=True)
    owner = _lock(path / OWNER_FILE, location)
    try:
        oxigraph = pyoxigraph.Store(str(path))
    except OSError as exc:
        owner.close()
        raise KgError(f"cannot open the store: {exc}", location,
                      "is another program (an oxigraph server?) using this directory?") from exc
    recover(oxigraph, path / LOADING_FILE)
    for spool in (SPOOL_FILE, LOADING_SPOOL_FILE):  # what a crash left unloaded
        (path / spool).unlink(missing_ok=True)
    backend = plugin.get("Oxigraph", RdflibStore)(store=oxigraph)
    dataset = Dataset(store=backend, default_union=True)
    _bind(dataset)
    return GraphStore(dataset, str(path), oxigraph, owner=owner)


def holds_store(path: Path) -> bool:
    """Whether a directory holds an embedded store (Oxigraph's RocksDB files)."""
    return (path / "CURRENT").is_file()


def _lock(path: Path, location: str) -> TextIO:
    """Hold an exclusive lock on the owner file and write who holds it; the lock goes with the
    process (even a killed one), and a second process is told who has the store."""
    handle = open(path, "a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = ""
        for _ in range(50):  # the holder writes its name right after it got the lock
            handle.seek(0)
            holder = handle.read().strip()
            if holder:
                break
            time.sleep(0.02)
        handle.close()
        raise KgError(f"the store is in use by {holder or 'another process'}", location,
                      "wait for that process to finish, or use another --store") from None
    handle.truncate(0)
    handle.write(f"PID {os.getpid()} ({' '.join(sys.argv[:2])})\n")
    handle.flush()
    return handle


def recover(oxigraph: pyoxigraph.Store, marker: Path) -> None:
    """Drop the graphs of an interrupted bulk load that have no content hash (are incomplete)."""
    if not marker.is_file():
        return
    content_hash = pyoxigraph.NamedNode(str(KG.contentHash))
    for line in marker.read_text(encoding="utf-8").splitlines():
        graph = pyoxigraph.NamedNode(line)
        if not any(oxigraph.quads_for_pattern(graph, content_hash, None, graph)):
            oxigraph.remove_graph(graph)
    marker.unlink()


def _refused(iri: str, exc: Exception) -> KgError:
    return KgError(f"the store refused the document's triples: {exc}", iri, "report this with the input that caused it")


def _bind(dataset: Dataset) -> None:
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
