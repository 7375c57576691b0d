"""Where the graph lives: an embedded Oxigraph store on disk, or rdflib's memory store.

Both are used through the rdflib `Dataset` API (SPARQL runs in Oxigraph's engine for the
embedded store). Each document is one named graph, replaced as a whole in one transaction,
so a failure never leaves part of a document behind.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
from rdflib import Dataset, Graph, Literal, URIRef, plugin
from rdflib.store import Store as RdflibStore

from kg.errors import KgError
from kg.remote import Endpoints, endpoints, put_graph, update
from kg.namespaces import KG, PREFIXES, VOCABULARY_GRAPH
from kg.vocabulary import Vocabulary

DEFAULT_STORE = "kg-store"
OWNER_FILE = "kg-owner.txt"  # who holds an embedded store open, for the message another process gets
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

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock) for other processes."""
        if self.oxigraph is not None:
            self.oxigraph.flush()
            self.oxigraph = None
            (Path(self.location) / OWNER_FILE).unlink(missing_ok=True)
        self.dataset.close()

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
    owner = path / OWNER_FILE
    try:
        oxigraph = pyoxigraph.Store(str(path))
    except OSError as exc:
        holder = owner.read_text(encoding="utf-8").strip() if owner.is_file() else "another process"
        raise KgError(f"the store is in use by {holder}", location,
                      "wait for that process to finish, or use another --store") from exc
    owner.write_text(f"PID {os.getpid()} ({' '.join(sys.argv[:2])})\n", encoding="utf-8")
    backend = plugin.get("Oxigraph", RdflibStore)(store=oxigraph)
    dataset = Dataset(store=backend, default_union=True)
    _bind(dataset)
    return GraphStore(dataset, str(path), oxigraph)


def _bind(dataset: Dataset) -> None:
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
