"""Where the graph lives: an embedded Oxigraph store on disk, rdflib's memory store, or a
SPARQL server.

All are read through the rdflib `Dataset` API (SPARQL runs in Oxigraph's engine for the
embedded store). Each document is one named graph, stored whole: new documents through
Oxigraph's bulk loader with a manifest (see `GraphStore.put_document`), changed ones in one
transaction each, so a failure or a kill never leaves part of a document behind. One process
at a time holds an embedded store (a lock on its owner file).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TextIO

import pyoxigraph
from rdflib import Dataset, Graph, Literal, URIRef, plugin
from rdflib.store import Store as RdflibStore

from kg.errors import KgError
from kg.namespaces import DOC, KG, PREFIXES, VOCABULARY_GRAPH
from kg.rdf import document_id, document_iri
from kg.store.bulk import LOADING_FILE, LOADING_SPOOL_FILE, SPOOL_FILE, BulkLoading, recover
from kg.store.dump import DUMP_FORMATS, QUAD_FORMATS, dump
from kg.store.lock import OWNER_FILE, holds_store, lock
from kg.store.remote import Endpoints, endpoints, put_graph, update
from kg.store.values import python_value
from kg.vocabulary import Vocabulary

__all__ = ["DEFAULT_STORE", "DUMP_FORMATS", "MEMORY", "QUAD_FORMATS", "GraphStore", "holds_store", "open_store",
           "python_value", "store_location"]

DEFAULT_STORE = "kg-store"
MEMORY = "memory"


def store_location(spec: str | None = None) -> str:
    """The store to use: the option, else $KG_STORE, else ./kg-store."""
    return spec or os.environ.get("KG_STORE") or DEFAULT_STORE


@dataclass
class GraphStore(BulkLoading):
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
        self.drop_spooled_documents()
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

    @property
    def refuses_updates(self) -> bool:
        """Whether the engine parses what it is sent as a query, so that an update is refused by
        it (embedded, memory); a server is sent only what rdflib's parser has checked first."""
        return self.remote is None

    def results(self, sparql: str):
        """The engine's own results of a query (pyoxigraph's on the embedded store, rdflib's
        otherwise), to write them out without making Python values of every term."""
        return self.query(sparql) if self.oxigraph is None else self.native_query(sparql)

    def documents(self) -> dict[str, str]:
        """The id and content hash of every stored document."""
        return {document_id(graph): digest for graph, digest in self.graph_hashes().items()
                if str(graph).startswith(str(DOC))}

    def remove_document(self, doc_id: str) -> bool:
        """Drop a document's graph (by its id or IRI); False when there was none."""
        return self.drop_graph(URIRef(doc_id) if doc_id.startswith(str(DOC)) else document_iri(doc_id))

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

    def _replace(self, name: URIRef, ntriples: str, vocabulary_ntriples: str = "") -> None:
        """Put N-Triples in place of a named graph, and add `vocabulary_ntriples` to the vocabulary
        graph (what the graph uses beyond the Turtle): one update, or the addition first (a
        description without its document is harmless, the reverse is not), then a PUT or in memory."""
        self._wait_for_bulk_load()
        if self.oxigraph is not None:
            addition = f" ;\n{_insert_into_vocabulary(vocabulary_ntriples)}" if vocabulary_ntriples else ""
            self.oxigraph.update(f"DROP SILENT GRAPH <{name}> ;\n"
                                 f"INSERT DATA {{ GRAPH <{name}> {{\n{ntriples}\n}} }}{addition}")
            return
        if vocabulary_ntriples:
            self._add_to_vocabulary_graph(vocabulary_ntriples)
        if self.remote is not None:
            put_graph(self.remote, str(name), ntriples)
        else:
            self.dataset.remove_graph(name)
            self.dataset.graph(name).parse(data=ntriples, format="nt")

    def _add_to_vocabulary_graph(self, ntriples: str) -> None:
        if self.remote is not None:
            update(self.remote, _insert_into_vocabulary(ntriples))
        elif self.oxigraph is not None:
            self.oxigraph.update(_insert_into_vocabulary(ntriples))
        else:
            self.dataset.graph(VOCABULARY_GRAPH).parse(data=ntriples, format="nt")

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
        self.describe_relations_in_use(vocabulary)

    def describe_relations_in_use(self, vocabulary: Vocabulary) -> None:
        """Describe in the vocabulary graph the derived relations topics that stored statements
        are about: after it is replaced (each document's build added them to the old one), or
        after graphs are loaded as they are."""
        _, rows = self.select("SELECT DISTINCT ?topic WHERE { ?statement kg:topic ?topic }")
        used = [topic_id for (topic,) in rows if (topic_id := vocabulary.topic_id.get(topic)) in vocabulary.relations]
        if used:
            descriptions = Graph()
            for topic_id in used:
                descriptions += vocabulary.relation_triples(topic_id)
            self._add_to_vocabulary_graph(descriptions.serialize(format="nt"))

    def dump(self, out: BinaryIO, fmt: str, vocabulary: bool = True) -> None:
        """Write the document graphs (and the vocabulary they use) in `fmt`: see `kg.store.dump.dump`."""
        dump(self, out, fmt, vocabulary)

    def named_graphs(self) -> Iterator[URIRef]:
        for context in self.dataset.graphs():
            if isinstance(context.identifier, URIRef) and context.identifier != self.dataset.default_graph.identifier:
                yield context.identifier


def _insert_into_vocabulary(ntriples: str) -> str:
    return f"INSERT DATA {{ GRAPH <{VOCABULARY_GRAPH}> {{\n{ntriples}\n}} }}"


def open_store(spec: str | None = None, update_url: str | None = None,
               graph_store_url: str | None = None, create: bool = True) -> GraphStore:
    """Open the store named by `spec`: a directory (created when needed, unless not `create`:
    then only one that holds a store), "memory", or the URL of a SPARQL 1.1 server (see
    kg.store.remote); the backend is the one `BACKENDS` registers for the kind of `spec`."""
    location = store_location(spec)
    kind = MEMORY if location == MEMORY else "server" if location.startswith(("http://", "https://")) \
        else "embedded"
    if kind == "embedded" and "://" in location:
        raise KgError(f"unsupported store address {location}", "--store",
                      "use a directory, 'memory', or an http(s) SPARQL server URL")
    return BACKENDS[kind](location, update_url, graph_store_url, create)


def _open_memory(location: str, *_: object) -> GraphStore:
    """rdflib's memory store (nothing kept after the process)."""
    dataset = Dataset(default_union=True)
    _bind(dataset)
    return GraphStore(dataset, location)


def _open_server(location: str, update_url: str | None, graph_store_url: str | None, _: bool) -> GraphStore:
    """A SPARQL 1.1 server through rdflib's SPARQLUpdateStore (graphs replaced by one PUT each)."""
    points = endpoints(location, update_url, graph_store_url)
    # queries are POSTed: a long query with its VALUES block would not fit in a URL
    backend = plugin.get("SPARQLUpdateStore", RdflibStore)(points.query, points.update, returnFormat="json",
                                                           method="POST_FORM")
    dataset = Dataset(store=backend, default_union=True)
    _bind(dataset)
    return GraphStore(dataset, location, remote=points)


def _open_embedded(location: str, _update_url: object, _graph_store_url: object, create: bool) -> GraphStore:
    """Oxigraph on disk, locked for this process, recovered from an interrupted bulk load."""
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise KgError("is a file, not a store directory", location,
                      "give --store a directory (created if missing) or 'memory'")
    if not create and not holds_store(path):
        raise KgError(f"no store at {location}", "--store",
                      f"build one with `kg build TEXTS… --store {location}`, or name the store you built")
    path.mkdir(parents=True, exist_ok=True)
    owner = lock(path / OWNER_FILE, location)
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


# the backends by kind of --store: a new one is a function (location, update URL, Graph Store
# URL, create) → GraphStore registered here
BACKENDS: dict[str, Callable[[str, str | None, str | None, bool], GraphStore]] = {
    MEMORY: _open_memory, "server": _open_server, "embedded": _open_embedded}


def _bind(dataset: Dataset) -> None:
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
