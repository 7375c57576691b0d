"""Where the graph lives: an embedded Oxigraph store on disk, rdflib's memory store, or a
SPARQL server.

All are read through the rdflib `Dataset` API (SPARQL runs in Oxigraph's engine for the
embedded store). Each document is one named graph, stored whole: new documents through
Oxigraph's bulk loader with a manifest (see `GraphStore.put_documents`), changed ones in one
transaction each, so a failure or a kill never leaves part of a document behind. One process
at a time holds an embedded store (a lock on its owner file).
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import pyoxigraph
from rdflib import Dataset, Graph, Literal, URIRef, plugin
from rdflib.store import Store as RdflibStore

from kg.errors import KgError
from kg.remote import Endpoints, endpoints, put_graph, update
from kg.namespaces import KG, PREFIXES, VOCABULARY_GRAPH
from kg.rdf import DocumentTriples
from kg.vocabulary import Vocabulary

DEFAULT_STORE = "kg-store"
OWNER_FILE = "kg-owner.txt"  # who holds an embedded store open, for the message another process gets
LOADING_FILE = "kg-loading.txt"  # the documents of a bulk load under way (see GraphStore.put_documents)
MEMORY = "memory"


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

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock) for other processes."""
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

    def rows(self, sparql: str) -> tuple[list[str], list[tuple[str | None, ...]]]:
        """A SELECT query's variables and rows as plain strings (None when unbound).

        On the embedded store this reads Oxigraph's results directly, several times faster than
        converting them to rdflib terms; views read many rows.
        """
        if self.oxigraph is None:
            result = self.query(sparql)
            names = [str(v) for v in result.vars]
            return names, [tuple(None if row[n] is None else str(row[n]) for n in names) for row in result]
        prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
        solutions = self.oxigraph.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
        names = [v.value for v in solutions.variables]
        return names, [tuple(None if term is None else term.value for term in solution) for solution in solutions]

    def graph_hashes(self) -> dict[URIRef, str]:
        """The content hash of every stored graph that has one (documents and vocabulary)."""
        rows = self.query("SELECT ?g ?hash WHERE { GRAPH ?g { ?g kg:contentHash ?hash } }")
        return {row.g: str(row.hash) for row in rows}

    def replace_graph(self, graph: Graph) -> None:
        """Put `graph` in place of the named graph of the same IRI, atomically."""
        name = graph.identifier
        if self.remote is not None:
            put_graph(self.remote, str(name), graph.serialize(format="nt"))
        elif self.oxigraph is not None:
            triples = graph.serialize(format="nt")
            self.oxigraph.update(f"DROP SILENT GRAPH <{name}> ;\n"
                                 f"INSERT DATA {{ GRAPH <{name}> {{\n{triples}\n}} }}")
        else:
            self.dataset.remove_graph(name)
            stored = self.dataset.graph(name)
            stored += graph

    def put_documents(self, documents: list[DocumentTriples]) -> list[KgError]:
        """Store documents, each replacing the graph of the same IRI; the errors of those refused.

        Embedded, a changed document is replaced by one update (one transaction); new ones go
        through Oxigraph's bulk loader, which is not transactional, so their content hashes
        (the manifest of what is stored) are added afterwards in one transaction, and a file
        names the batch meanwhile: a store opened after a crash drops the batch's graphs that
        have no hash. Either way a crash leaves whole documents only.
        """
        if self.remote is not None:
            for document in documents:
                put_graph(self.remote, str(document.iri), document.ntriples())
            return []
        if self.oxigraph is None:
            for document in documents:
                self.dataset.remove_graph(document.iri)
                stored = self.dataset.graph(document.iri)
                stored += document.graph()
            return []
        stored = [d for d in documents if self.oxigraph.contains_named_graph(pyoxigraph.NamedNode(d.iri))]
        errors = [error for d in stored for error in self._replace(d)]
        new = [d for d in documents if d not in stored]
        if new:
            errors += self._bulk_load(new)
        return errors

    def _replace(self, document: DocumentTriples) -> list[KgError]:
        try:
            self.oxigraph.update(f"DROP SILENT GRAPH <{document.iri}> ;\n"
                                 f"INSERT DATA {{ GRAPH <{document.iri}> {{\n{document.ntriples()}\n}} }}")
        except SyntaxError as exc:
            return [_refused(document, exc)]
        return []

    def _bulk_load(self, documents: list[DocumentTriples]) -> list[KgError]:
        marker = Path(self.location) / LOADING_FILE
        with open(marker, "w", encoding="utf-8") as handle:
            handle.write("".join(f"{d.iri}\n" for d in documents))
            handle.flush()
            os.fsync(handle.fileno())
        hashes = [d.manifest_line() for d in documents]
        try:
            self.oxigraph.bulk_load("".join(d.nquads(without=line) for d, line in zip(documents, hashes)).encode(),
                                    format=pyoxigraph.RdfFormat.N_QUADS)
            self.oxigraph.load("".join(hashes), format=pyoxigraph.RdfFormat.N_QUADS)
            errors = []
        except SyntaxError:  # find the document at fault by loading each alone, in a transaction
            recover(self.oxigraph, marker)
            errors = [error for d in documents for error in self._load_one(d)]
        marker.unlink(missing_ok=True)
        return errors

    def _load_one(self, document: DocumentTriples) -> list[KgError]:
        try:
            self.oxigraph.load(document.nquads(), format=pyoxigraph.RdfFormat.N_QUADS)
        except SyntaxError as exc:
            return [_refused(document, exc)]
        return []

    def drop_graph(self, name: URIRef) -> bool:
        """Remove a named graph; False when there was none."""
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

    def named_graphs(self) -> Iterator[URIRef]:
        for context in self.dataset.graphs():
            if isinstance(context.identifier, URIRef) and context.identifier != self.dataset.default_graph.identifier:
                yield context.identifier


def open_store(spec: str | None = None, update_url: str | None = None,
               graph_store_url: str | None = None) -> GraphStore:
    """Open the store named by `spec`: a directory (created when needed), "memory", or the URL
    of a SPARQL 1.1 server (see kg.remote)."""
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
    path.mkdir(parents=True, exist_ok=True)
    owner = _lock(path / OWNER_FILE, location)
    try:
        oxigraph = pyoxigraph.Store(str(path))
    except OSError as exc:
        owner.close()
        raise KgError(f"cannot open the store: {exc}", location,
                      "is another program (an oxigraph server?) using this directory?") from exc
    recover(oxigraph, path / LOADING_FILE)
    backend = plugin.get("Oxigraph", RdflibStore)(store=oxigraph)
    dataset = Dataset(store=backend, default_union=True)
    _bind(dataset)
    return GraphStore(dataset, str(path), oxigraph, owner=owner)


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


def _refused(document: DocumentTriples, exc: Exception) -> KgError:
    return KgError(f"the store refused the document's triples: {exc}", str(document.iri),
                   "report this with the input that caused it")


def _bind(dataset: Dataset) -> None:
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
