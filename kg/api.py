"""The public API: each stage of the data flow as one function, imported as ``import kg``.

read → extract → build (records → RDF → store) → query / view → export. Every function that
needs the vocabulary takes one (``kg.load_vocabulary(extra_files)``) and loads the packaged
one when given none. The examples run as doctests from the repository's root (``make test``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from kg.errors import KgError
from kg.vocabulary import Vocabulary, load_vocabulary

if TYPE_CHECKING:
    import networkx as nx

    from kg.building import BuildReport
    from kg.documents import Document
    from kg.records import StatementRecord
    from kg.store import GraphStore


def read(path: str | Path, vocabulary: Vocabulary | None = None, doc_id: str | None = None,
         date: str | None = None) -> Document:
    """Read a text (``.txt``, ``.md``, ``.html``) into a document.

    Parameters
    ----------
    path : str or Path
        The text file; a non-UTF-8 file is decoded in the encoding detected.
    vocabulary : Vocabulary, optional
        Gives the languages and translation notes; the packaged one by default.
    doc_id : str, optional
        The document's id in records and IRIs; the file name by default.
    date : str, optional
        ISO publication date for a text whose date cannot be found otherwise.

    Returns
    -------
    Document
        The text, its date, source address and language blocks.

    Raises
    ------
    KgError
        For an empty, binary or undated file (the message names the file).

    Examples
    --------
    >>> import kg
    >>> document = kg.read("tests/corpus/seed/lavrov-rubio-2025-09-24.txt")
    >>> document.date, [block.lang for block in document.blocks]
    ('2025-09-24', ['it', 'en'])
    """
    from kg.extraction import read as read_document

    return read_document(Path(path), vocabulary or load_vocabulary(), doc_id, date)


def extract(document: Document | str | Path, vocabulary: Vocabulary | None = None) -> list[StatementRecord]:
    """Extract the statements of a document (or of a text file, read with `read`).

    Parameters
    ----------
    document : Document, str or Path
        A document from `read`, or the path of a text.
    vocabulary : Vocabulary, optional
        Actors, speech-act verbs, topics and cues; the packaged one by default.

    Returns
    -------
    list of StatementRecord
        One record per statement (a text and its translation give one record with both
        languages); clauses whose speaker cannot be found are left out.

    Examples
    --------
    >>> import kg
    >>> records = kg.extract("tests/corpus/seed/lavrov-rubio-2025-09-24.txt")
    >>> len(records)
    7
    >>> first = records[0]
    >>> [actor.name for actor in first.actors], first.act, first.stance, first.topics
    (['Sergey Lavrov', 'Marco Rubio'], 'agree', 'support', ('russia-us-relations',))
    """
    from kg.extraction import extract as extract_records

    vocabulary = vocabulary or load_vocabulary()
    if not hasattr(document, "blocks"):
        document = read(document, vocabulary)
    return extract_records(document, vocabulary)


def open_store(spec: str | Path | None = None, create: bool = True) -> GraphStore:
    """Open a store: a directory (the embedded Oxigraph store), ``"memory"``, or a SPARQL server URL.

    Parameters
    ----------
    spec : str or Path, optional
        Where the store is; ``$KG_STORE`` or ``./kg-store`` by default.
    create : bool, default True
        Create the directory's store when there is none; with False, a directory without a
        store is an error.

    Returns
    -------
    GraphStore
        A context manager: use it in a ``with`` block so that it is closed (and unlocked).

    Examples
    --------
    >>> import kg
    >>> with kg.open_store("memory") as store:
    ...     kg.query(store, "stats")[0]["statements"]
    0
    """
    from kg.store import open_store as open_graph_store

    return open_graph_store(None if spec is None else str(spec), create=create)


def build(inputs: Iterable[str | Path] | str | Path, store: GraphStore, vocabulary: Vocabulary | None = None,
          **options: Any) -> BuildReport:
    """Build texts, statement records (``.jsonl``) or RDF files into a store.

    Parameters
    ----------
    inputs : path or iterable of paths
        Files and folders (searched for texts, records and RDF files).
    store : GraphStore
        From `open_store`.
    vocabulary : Vocabulary, optional
        The packaged one by default.
    **options
        ``strict`` (stop at the first refused input), ``fallback_date`` (ISO date for
        undated texts), ``jobs`` (processes extracting texts).

    Returns
    -------
    BuildReport
        The documents built, unchanged and refused (with why), and the statements stored.

    Examples
    --------
    >>> import kg
    >>> with kg.open_store("memory") as store:
    ...     report = kg.build("tests/corpus/seed/lavrov-rubio-2025-09-24.gold.jsonl", store)
    ...     report.built, report.statements
    (['lavrov-rubio-2025-09-24.txt'], 7)
    """
    from kg.building import build as build_inputs

    paths = [Path(inputs)] if isinstance(inputs, (str, Path)) else [Path(p) for p in inputs]
    return build_inputs(paths, store, vocabulary or load_vocabulary(), **options)


def query(store: GraphStore, name_or_sparql: str, params: Mapping[str, str] | None = None,
          vocabulary: Vocabulary | None = None) -> list[dict[str, Any]]:
    """Run a packaged query (by name), a ``.rq`` file, or SPARQL text; read-only.

    Parameters
    ----------
    store : GraphStore
        From `open_store`.
    name_or_sparql : str
        A name of ``kg query --list`` (``"statements-by-actor"``), a ``.rq`` file, or a
        SELECT query (the prefixes ``kg: actor: topic: rdfs: skos:`` … are known).
    params : mapping, optional
        The packaged query's parameters (``{"actor": "Lavrov"}``): names, aliases and
        Wikidata ids are resolved through the vocabulary.
    vocabulary : Vocabulary, optional
        Loaded only when a parameter needs it.

    Returns
    -------
    list of dict
        One dict per row, column → plain Python value (``str``, ``int``, ``Decimal``,
        ``datetime.date`` …; ``None`` when unbound).

    Examples
    --------
    >>> import kg
    >>> with kg.open_store("memory") as store:
    ...     _ = kg.build("tests/corpus/seed/lavrov-rubio-2025-09-24.gold.jsonl", store)
    ...     rows = kg.query(store, "statements-by-actor", {"actor": "Lavrov"})
    ...     counted = kg.query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }")
    >>> len(rows), counted
    (6, [{'n': 7}])
    """
    from kg.querying import load_query, needs_vocabulary, query_names, run_query, select

    if name_or_sparql in query_names() or name_or_sparql.endswith(".rq"):
        named = load_query(name_or_sparql)
        if vocabulary is None and needs_vocabulary(named):
            vocabulary = load_vocabulary()
        return run_query(store, name_or_sparql, vocabulary, dict(params or {}))
    if params:
        raise KgError("parameters are for packaged queries", "kg.query", "write the values into the SPARQL text")
    return select(store, name_or_sparql, "kg.query").dicts()


def view(store: GraphStore, name: str, vocabulary: Vocabulary | None = None, **filters: str) -> nx.Graph:
    """A networkx graph of the relations: ``actor-topic``, ``agreement``, ``actor-target``,
    ``statements`` or ``co-occurrence``.

    Parameters
    ----------
    store : GraphStore
        From `open_store`.
    name : str
        The view.
    vocabulary : Vocabulary, optional
        Labels of actors and topics; the packaged one by default.
    **filters : str
        ``actor``, ``topic``, ``start``, ``end`` (ISO dates), ``document``, ``lang``.

    Returns
    -------
    networkx.Graph
        Nodes and edges with their labels, kinds, counts and evidence as attributes.

    Examples
    --------
    >>> import kg
    >>> with kg.open_store("memory") as store:
    ...     _ = kg.build("tests/corpus/seed/lavrov-rubio-2025-09-24.gold.jsonl", store)
    ...     graph = kg.view(store, "actor-topic")
    >>> sorted(graph.nodes[node]["label"] for node in graph)
    ['Conflict in Ukraine', 'Marco Rubio', 'Russia–United States relations', 'Sergey Lavrov']
    """
    from kg.views import VIEWS, Filters

    if name not in VIEWS:
        raise KgError(f"no view named {name!r}", "kg.view", f"use one of: {', '.join(VIEWS)}")
    return VIEWS[name](store, vocabulary or load_vocabulary(), Filters(**filters))


def export(store: GraphStore, out: str | Path | BinaryIO, fmt: str | None = None, vocabulary: bool = True) -> None:
    """Write the store's graphs as Turtle, N-Triples, N-Quads, TriG or JSON-LD.

    Parameters
    ----------
    store : GraphStore
        From `open_store`.
    out : str, Path or binary stream
        A file (its extension gives the format) or an open binary stream.
    fmt : str, optional
        ``turtle``, ``nt``, ``nquads``, ``trig`` or ``jsonld``; needed for a stream.
    vocabulary : bool, default True
        Include the part of the vocabulary the statements use (labels, Wikidata links).

    Examples
    --------
    >>> import io, kg
    >>> with kg.open_store("memory") as store:
    ...     _ = kg.build("tests/corpus/seed/lavrov-rubio-2025-09-24.gold.jsonl", store)
    ...     buffer = io.BytesIO()
    ...     kg.export(store, buffer, "nquads", vocabulary=False)
    >>> buffer.getvalue().count(b"\\n") > 100
    True
    """
    from kg.exporting import export as export_store
    from kg.exporting import format_for

    if isinstance(out, (str, Path)):
        with open(out, "wb") as stream:
            export_store(store, format_for(str(out), fmt), stream, vocabulary)
        return
    if fmt is None:
        raise KgError("which format?", "kg.export", "give fmt='turtle' (or nt, nquads, trig, jsonld) for a stream")
    export_store(store, format_for("-", fmt), out, vocabulary)
