"""A store written out as RDF: the document graphs and the part of the vocabulary they use."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO

import pyoxigraph
from rdflib import Dataset, Graph

from kg.namespaces import KG, PREFIXES, VOCABULARY_GRAPH

if TYPE_CHECKING:
    from kg.store import GraphStore

# the formats a store is written in: rdflib's name and Oxigraph's for each
DUMP_FORMATS = {"turtle": ("turtle", pyoxigraph.RdfFormat.TURTLE), "nt": ("nt", pyoxigraph.RdfFormat.N_TRIPLES),
                "nquads": ("nquads", pyoxigraph.RdfFormat.N_QUADS), "trig": ("trig", pyoxigraph.RdfFormat.TRIG),
                "jsonld": ("json-ld", pyoxigraph.RdfFormat.JSON_LD)}
QUAD_FORMATS = {"nquads", "trig", "jsonld"}


def dump(store: GraphStore, out: BinaryIO, fmt: str, vocabulary: bool = True) -> None:
    """Write the document graphs to `out` in `fmt` (a key of `DUMP_FORMATS`; Turtle and
    N-Triples get the union of the graphs) and, with `vocabulary`, the part of the
    vocabulary graph they use: the ontology's own terms and the descriptions of the acts,
    topics and actors the documents mention (labels, Wikidata links), not the thousands no
    document mentions. Statement digests (`kg.digests`) are left out: they are the views'
    index, written again when RDF is imported. The embedded store writes them itself,
    streaming; the others through rdflib."""
    if store.oxigraph is None:
        _dump_with_rdflib(store, out, fmt, vocabulary)
        return
    vocabulary_graph = pyoxigraph.NamedNode(str(VOCABULARY_GRAPH))
    digest = pyoxigraph.NamedNode(str(KG.statementDigest))
    described = {row[0] for row in store.native_query(
        f"SELECT DISTINCT ?s WHERE {{ GRAPH <{VOCABULARY_GRAPH}> {{ ?s ?p ?o }} }}")} if vocabulary else set()
    used = {term for term in described if term.value.startswith(str(KG._NS))}  # and, as they are written,
    # the described terms the documents mention

    def documents() -> Iterator[pyoxigraph.Quad]:
        for graph in store.oxigraph.named_graphs():
            if graph != vocabulary_graph:
                for quad in store.oxigraph.quads_for_pattern(None, None, None, graph):
                    if quad.predicate == digest:
                        continue
                    used.update(term for term in (quad.subject, quad.object) if term in described)
                    yield quad

    def vocabulary_part() -> Iterator[pyoxigraph.Quad]:  # runs once every document is written
        for subject in sorted(used, key=lambda term: term.value):
            yield from store.oxigraph.quads_for_pattern(subject, None, None, vocabulary_graph)

    every = itertools.chain(documents(), vocabulary_part())
    pyoxigraph.serialize(every if fmt in QUAD_FORMATS else (q.triple for q in every), out,
                         format=DUMP_FORMATS[fmt][1],
                         prefixes={prefix: str(namespace) for prefix, namespace in PREFIXES.items()})

def _dump_with_rdflib(store: GraphStore, out: BinaryIO, fmt: str, vocabulary: bool) -> None:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for name in store.named_graphs():
        if name != VOCABULARY_GRAPH:
            copy = dataset.graph(name)
            for triple in store.dataset.graph(name).triples((None, None, None)):
                if triple[1] != KG.statementDigest:
                    copy.add(triple)
    if vocabulary:
        used = {term for graph in dataset.graphs() for triple in graph for term in triple}
        subset = dataset.graph(VOCABULARY_GRAPH)
        for triple in store.dataset.graph(VOCABULARY_GRAPH).triples((None, None, None)):
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
