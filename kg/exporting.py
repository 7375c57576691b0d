"""Store → RDF files: Turtle, N-Triples, N-Quads, TriG, JSON-LD.

Quad formats keep each document's named graph; triple formats (Turtle, N-Triples) write the
union of all graphs.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph

from kg.errors import KgError
from kg.namespaces import PREFIXES
from kg.readers import RDF_SUFFIXES
from kg.store import DUMP_FORMATS, QUAD_FORMATS, GraphStore  # noqa: F401 (QUAD_FORMATS: part of this module's interface)

FORMATS = {name: DUMP_FORMATS[name][0] for name in DUMP_FORMATS}
EXTENSIONS = {**{suffix: name for suffix, name in RDF_SUFFIXES.items() if name in FORMATS}, ".json": "jsonld"}
def format_for(path: str, given: str | None = None) -> str:
    """The export format: the one given, else the one the file name's extension says."""
    name = given or EXTENSIONS.get(Path(path).suffix.lower())
    if name not in FORMATS:
        raise KgError(f"unknown RDF format {given or Path(path).suffix!r}", path,
                      f"use -f with one of: {', '.join(FORMATS)}")
    return name


def export(store: GraphStore, fmt: str, out: BinaryIO, vocabulary: bool = True) -> None:
    """Write the store in `fmt` (a key of FORMATS) to a binary stream: the document graphs and,
    with `vocabulary`, the part of the vocabulary they use (written by the store itself)."""
    store.dump(out, fmt, vocabulary)


def store_dataset(store: GraphStore, vocabulary: bool = True) -> Dataset:
    """The store's document graphs as an in-memory rdflib dataset, with the vocabulary they use
    (for SHACL validation and for records made from RDF)."""
    buffer = io.BytesIO()
    export(store, "nquads", buffer, vocabulary)
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    dataset.parse(data=buffer.getvalue(), format="nquads")
    return dataset


# the event table's columns, as dyadic event data (ICEWS, POLECAT/PLOVER) has them
EVENT_COLUMNS = ("event_id", "date", "source", "source_wikidata", "source_country", "act", "cameo", "plover",
                 "stance", "target", "target_wikidata", "target_country", "topics", "sentence", "lang", "document",
                 "url", "statement")
EVENT_FORMATS = (".csv", ".tsv", ".jsonl", ".parquet")


def event_rows(store: GraphStore, lang: str = "en") -> list[dict[str, str]]:
    """One row per statement, source actor and target (an empty target when the statement names
    none), columns EVENT_COLUMNS, every value text ("" when there is none); the sentence in
    `lang` when the statement has one in it."""
    from kg.querying import bind, load_query, select

    found = select(store, bind(load_query("events"), None, {"lang": lang}), "events").dicts()
    rows, seen = [], {}
    for row in found:
        statement = str(row["statement"])
        seen[statement] = seen.get(statement, 0) + 1
        values = {**row, "event_id": f"{statement.rsplit('/', 1)[-1]}-{seen[statement]}",
                  "source": row["source_name"], "target": row["target_name"], "lang": row["sentence_lang"]}
        rows.append({column: "" if values[column] is None else str(values[column]) for column in EVENT_COLUMNS})
    return rows


def write_events(store: GraphStore, path: str, lang: str = "en") -> int:
    """Write the event table in the format the file's suffix says (CSV, TSV, JSON lines or
    Parquet); the number of rows."""
    suffix = Path(path).suffix.lower()
    if suffix not in EVENT_FORMATS:
        raise KgError(f"cannot write the event table as {suffix or path!r}", path,
                      f"give -o a file ending in {', '.join(EVENT_FORMATS)}")
    rows = event_rows(store, lang)
    if suffix == ".parquet":
        try:
            import pyarrow
            import pyarrow.parquet
        except ImportError as exc:
            raise KgError("Parquet needs pyarrow", path, "pip install 'kg[parquet]' (or write .csv)") from exc
        table = pyarrow.table({column: [row[column] for row in rows] for column in EVENT_COLUMNS})
        pyarrow.parquet.write_table(table, path)
    elif suffix == ".jsonl":
        import json

        with open(path, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    else:
        import csv

        with open(path, "w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, EVENT_COLUMNS, delimiter="\t" if suffix == ".tsv" else ",",
                                    lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: " ".join(v.split()) if suffix == ".tsv" else v for k, v in row.items()} for row in rows)
    return len(rows)


def store_graph(store: GraphStore) -> Graph:
    """The union of the store's document graphs with the vocabulary they use, as one rdflib graph
    (what SHACL validates), read from the store's own N-Triples dump."""
    buffer = io.BytesIO()
    export(store, "nt", buffer)
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph.parse(data=buffer.getvalue(), format="nt")


def union_of(dataset: Dataset) -> Graph:
    """All triples of a dataset's graphs in one graph."""
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for graph in dataset.graphs():
        union += graph
    return union


# ---------------------------------------------------------------- networkx views → files



def _with_time(graph):
    """A copy whose dated nodes and edges carry GEXF spells (start, end) for Gephi's timeline."""
    timed = graph.copy()
    timed.graph["mode"] = "dynamic"
    for _, data in list(timed.nodes(data=True)) + [(None, d) for *_, d in timed.edges(data=True)]:
        start = data.get("first") or data.get("date")
        if start:
            data["start"] = start
            data["end"] = data.get("last") or start
    return timed


def _write_graphml(graph, path: str) -> None:
    import networkx as nx

    nx.write_graphml(graph, path)


def _write_gexf(graph, path: str) -> None:
    import networkx as nx

    nx.write_gexf(_with_time(graph), path)


def _write_node_link(graph, path: str) -> None:
    import json

    import networkx as nx

    with open(path, "w", encoding="utf-8") as handle:
        json.dump(nx.node_link_data(graph, edges="edges"), handle, ensure_ascii=False, indent=1)


def _write_edge_list(graph, path: str) -> None:
    import csv

    keys = sorted({k for *_, data in graph.edges(data=True) for k in data})
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target", "source_label", "target_label"] + keys)
        for source, target, data in graph.edges(data=True):
            writer.writerow([source, target, graph.nodes[source].get("label", source),
                             graph.nodes[target].get("label", target)] + [data.get(k, "") for k in keys])


# what `kg view -o` writes, by the file's suffix: data, and pictures (see kg.drawing)
VIEW_WRITERS = {".graphml": _write_graphml, ".gexf": _write_gexf, ".json": _write_node_link, ".csv": _write_edge_list}
PICTURES = (".png", ".svg", ".html")


def write_view(graph, path: str, isolated: bool = False) -> None:
    """Write a view in the format its file name says: GraphML, GEXF (dated), node-link JSON,
    edge-list CSV, or a picture (PNG, SVG, interactive HTML; with the isolated nodes only when
    `isolated`)."""
    suffix = Path(path).suffix.lower()
    if suffix in PICTURES:
        from kg.drawing import draw

        draw(graph, path, isolated)
        return
    if suffix not in VIEW_WRITERS:
        raise KgError(f"unknown view format {suffix or path!r}", path,
                      f"use one of: {', '.join((*VIEW_WRITERS, *PICTURES))}")
    VIEW_WRITERS[suffix](graph, path)
