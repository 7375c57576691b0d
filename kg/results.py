"""A query's answer as text: an aligned table (fitted to a terminal), CSV, TSV or JSON.

SELECT rows come as the W3C SPARQL CSV and JSON results (written by the engine that answered)
or as TSV of plain values; an ASK answer as `true`/`false` (JSON: the W3C boolean result);
CONSTRUCT and DESCRIBE triples as Turtle, rows of subject, predicate and object, or JSON-LD.
"""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph
from rdflib import Graph

from kg.namespaces import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")


NATIVE_FORMATS = {"csv": pyoxigraph.QueryResultsFormat.CSV, "json": pyoxigraph.QueryResultsFormat.JSON}


def format_result(result, fmt: str, width: int | None = None) -> str:
    """An engine's results (rdflib's or pyoxigraph's) in a format of FORMATS: SELECT rows as the
    W3C CSV or JSON results, TSV of plain values or an aligned table; ASK and CONSTRUCT or
    DESCRIBE as `format_boolean` and `format_graph`. Oxigraph writes its CSV and JSON itself:
    making rdflib terms of its rows would cost more than the query."""
    if isinstance(result, (pyoxigraph.QueryBoolean, pyoxigraph.QueryTriples, pyoxigraph.QuerySolutions)):
        return _format_oxigraph(result, fmt, width)
    if result.type == "ASK":
        return format_boolean(result.askAnswer, fmt)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return format_graph(result.graph, fmt)
    if fmt in ("csv", "json"):
        return result.serialize(format=fmt).decode("utf-8")
    columns = [str(v) for v in result.vars]
    cells = [[("" if row[c] is None else str(row[c])) for c in columns] for row in result]
    return tsv(columns, cells) if fmt == "tsv" else table(cells, columns, width)


def _format_oxigraph(results, fmt: str, width: int | None) -> str:
    if isinstance(results, pyoxigraph.QueryBoolean):
        return format_boolean(bool(results), fmt)
    if isinstance(results, pyoxigraph.QueryTriples):
        ntriples = pyoxigraph.serialize(results, format=pyoxigraph.RdfFormat.N_TRIPLES)
        return format_graph(Graph().parse(data=ntriples, format="nt"), fmt)
    if fmt in NATIVE_FORMATS:
        return results.serialize(format=NATIVE_FORMATS[fmt]).decode("utf-8")
    columns = [v.value for v in results.variables]
    cells = [["" if term is None else term.value for term in row] for row in results]
    return tsv(columns, cells) if fmt == "tsv" else table(cells, columns, width)


def format_boolean(value: bool, fmt: str) -> str:
    """An ASK answer: the W3C JSON boolean result, else `true` or `false` on a line."""
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}) + "\n"
    return f"{str(value).lower()}\n"


def format_graph(graph: Graph, fmt: str) -> str:
    """CONSTRUCT or DESCRIBE triples: Turtle with kg's prefixes (table), JSON-LD (json), or one
    row per triple with columns subject, predicate, object (csv, tsv: terms as in SELECT results)."""
    if fmt == "json":
        return graph.serialize(format="json-ld")
    if fmt == "table":
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        return graph.serialize(format="turtle")
    columns, triples = ["subject", "predicate", "object"], sorted(graph)
    if fmt == "tsv":
        return tsv(columns, [list(map(str, triple)) for triple in triples])
    buffer = io.StringIO()
    csv.writer(buffer).writerows([columns] + [list(map(str, triple)) for triple in triples])
    return buffer.getvalue()


def tsv(columns: list[str], cells: list[list[str]]) -> str:
    """Plain values, as in csv (not the W3C TSV results' N-Triples terms), one row a line: tabs
    and line breaks inside a cell become spaces."""
    lines = ["\t".join(columns)] + ["\t".join(" ".join(c.split()) for c in row) for row in cells]
    return "\n".join(lines) + "\n"


def table(cells: list[list[str]], columns: list[str], width: int | None = None) -> str:
    """Rows of cells as an aligned plain-text table (line breaks in cells shown as spaces); with
    a `width` (a terminal's), the widest columns are narrowed to fit it and long cells end in "…"."""
    cells = [[" ".join(c.split()) for c in row] for row in cells]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    if width:
        widths = fitted(widths, width - 2 * (len(widths) - 1))

    def cell(value: str, room: int) -> str:
        return (value if len(value) <= room else value[:room - 1] + "…").ljust(room)

    lines = ["  ".join(cell(c, w) for c, w in zip(columns, widths)).rstrip()]
    lines += ["  ".join(cell(v, w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


NARROWEST = 8  # characters a column keeps however narrow the terminal


def fitted(widths: list[int], room: int) -> list[int]:
    """Column widths that add up to at most `room`: the widest is narrowed first, down to the
    next widest, until they fit or every column is NARROWEST."""
    widths = list(widths)
    while sum(widths) > room:
        widest = max(range(len(widths)), key=widths.__getitem__)
        if widths[widest] <= NARROWEST:
            break
        runner_up = max([w for i, w in enumerate(widths) if i != widest], default=NARROWEST)
        widths[widest] = max(NARROWEST, runner_up, widths[widest] - (sum(widths) - room)) \
            if runner_up < widths[widest] else widths[widest] - 1
    return widths


