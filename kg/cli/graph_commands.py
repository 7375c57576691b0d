"""The commands over a store: build, export, validate, stats, actors, topics, remove, query, view."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from kg.cli import (Command, DateOption, JobsOption, StoreOption, VocabOption, app, fail_cleanly, open_store,
                    out_stream, report_unattributed, rows_table, terminal_width, writable)
from kg.errors import KgError
from kg.exporting import FORMATS
from kg.querying import answer, bind, load_query, needs_vocabulary, query_names, run_query
from kg.results import FORMATS as RESULT_FORMATS
from kg.vocabulary import load_vocabulary

if TYPE_CHECKING:
    from kg.store import GraphStore


@app.command(cls=Command)
@fail_cleanly
def build(
    inputs: Annotated[list[Path], typer.Argument(metavar="INPUT", help="Statement records (.jsonl), RDF files, "
                                                     "directories of them, or '-' for stdin.")],
    store: StoreOption = None,
    vocab: VocabOption = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE", help="Also write the whole "
                                                  "graph to this file (format from its extension).")] = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first refused input.")] = False,
    show: Annotated[bool, typer.Option("--list", help="List the stored statements afterwards.")] = False,
    date: DateOption = None,
    jobs: JobsOption = 1,
) -> None:
    """Build the graph from texts or statement records (one named graph per document)."""
    from tqdm import tqdm

    from kg import building as build_stage

    writable(output)
    vocabulary = load_vocabulary(vocab or ())
    with open_store(store, create=True) as graph_store:
        files = sum(1 for _ in build_stage.input_files(inputs))
        # a bar on a terminal only (disable=None): scripts and pipes see the summary alone
        with tqdm(total=files, unit="file", disable=None, leave=False, file=sys.stderr) as bar:
            report = build_stage.build(inputs, graph_store, vocabulary, strict=strict, fallback_date=date,
                                       jobs=jobs, progress=bar.update)
        typer.echo(f"built {len(report.built)} document(s), {report.statements} statement(s); "
                   f"{len(report.unchanged)} unchanged; {len(report.refused)} refused "
                   f"[store: {graph_store.location}]")
        report_unattributed(report.unattributed)
        if show:
            _print_statements(graph_store)
        if output:
            _write_export(graph_store, output, None, vocabulary=True)
    if report.refused:
        typer.echo("refused:\n" + "\n".join(f"  {e}" for e in report.refused), err=True)
        raise typer.Exit(2)


def _print_statements(graph_store: GraphStore) -> None:
    rows = run_query(graph_store, "statements")
    typer.echo(rows_table(rows, ["date", "actors", "act", "topics", "stance", "position"], terminal_width()))


def _write_export(graph_store: GraphStore, target: str, fmt: Optional[str], vocabulary: bool) -> None:
    from kg.exporting import export, format_for

    name = format_for(target, fmt)
    stream = out_stream(target)
    try:
        export(graph_store, name, stream, vocabulary)
    finally:
        if stream is not sys.stdout.buffer:
            stream.close()


@app.command("export", cls=Command)
@fail_cleanly
def export_command(
    fmt: Annotated[str, typer.Option("-f", "--format", metavar="FORMAT",
                                     help=f"One of: {', '.join(FORMATS)}, graphml, gexf, events.")],
    output: Annotated[str, typer.Option("-o", "--output", metavar="FILE", help="File, or '-' for stdout.")] = "-",
    store: StoreOption = None,
    vocabulary: Annotated[bool, typer.Option(help="Include the vocabulary graph (labels of "
                                                  "actors, topics, acts).")] = True,
    lang: Annotated[str, typer.Option(metavar="LANG", help="events: the sentence in this language "
                                                           "when the statement has one.")] = "en",
) -> None:
    """Write the graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD (or GraphML/GEXF: the
    statements view; or events: one row per statement, source and target, as CSV, TSV, JSON
    lines or Parquet, for pandas and R)."""
    writable(output)
    if fmt == "events":
        from kg.exporting import write_events

        if output == "-":
            raise KgError("the event table is written to a file", "-o", "give -o events.csv (.tsv, .jsonl, .parquet)")
        with open_store(store) as graph_store:
            rows = write_events(graph_store, output, lang)
        typer.echo(f"{rows} event row(s) → {output}", err=True)
        return
    if fmt in ("graphml", "gexf"):
        from kg.exporting import write_view
        from kg.views import Filters
        from kg.views import statements as statements_view

        if output == "-":
            raise KgError(f"{fmt} is written to a file", "-o", f"give -o graph.{fmt}")
        with open_store(store) as graph_store:
            write_view(statements_view(graph_store, load_vocabulary(), Filters()), str(Path(output).with_suffix("." + fmt)))
        return
    with open_store(store) as graph_store:
        _write_export(graph_store, output, fmt, vocabulary)


@app.command(cls=Command)
@fail_cleanly
def validate(
    graph_file: Annotated[Optional[Path], typer.Argument(metavar="[FILE]", help="An RDF file; default: the store.")] = None,
    store: StoreOption = None,
    vocab: VocabOption = None,
) -> None:
    """Check every statement against the SHACL shapes: exit 0 valid, 1 with a report."""
    from kg.readers.rdf import read_rdf_file
    from kg.exporting import store_graph
    from kg.validate import validate_graph

    vocabulary = load_vocabulary(vocab or ())
    if graph_file is None:
        with open_store(store) as graph_store:
            data = store_graph(graph_store)
    else:
        data = read_rdf_file(graph_file, union=True)
    violations = validate_graph(data, vocabulary)
    if not violations:
        typer.echo("valid: every statement conforms to the shapes")
        return
    typer.echo(f"{len(violations)} violation(s):\n" + "\n".join(f"  {v}" for v in violations))
    raise typer.Exit(1)


@app.command(cls=Command)
@fail_cleanly
def stats(
    store: StoreOption = None,
    documents: Annotated[bool, typer.Option("--documents", help="List each stored document.")] = False,
) -> None:
    """Count documents, statements, actors, topics, languages and triples."""
    with open_store(store) as graph_store:
        for key, value in run_query(graph_store, "stats")[0].items():
            typer.echo(f"{key.replace('_', ' '):<11} {value if value is not None else 0}")
        if documents:
            rows = run_query(graph_store, "documents")
            typer.echo(rows_table(rows, ["document", "date", "statements", "url"], terminal_width()))


@app.command(cls=Command)
@fail_cleanly
def actors(
    store: StoreOption = None,
    vocab: VocabOption = None,
    unknown: Annotated[bool, typer.Option("--unknown", help="Only the actors the gazetteer lacks.")] = False,
    country: Annotated[Optional[str], typer.Option("--country", metavar="NAME", help="Only the actors that act "
                                                   "for this country or organisation.")] = None,
    stub: Annotated[Optional[Path], typer.Option("--stub", metavar="FILE.ttl", help="Also write those the gazetteer lacks as "
                                                 "Turtle to complete and pass with --vocab.")] = None,
) -> None:
    """List the actors of the stored statements: name, kind, country, Wikidata id, in the gazetteer or not, statements, documents."""
    from kg.actors import stored_actors, turtle_stub

    writable(stub, "--stub")
    vocabulary = load_vocabulary(vocab or ())
    with open_store(store) as graph_store:
        found = stored_actors(graph_store, vocabulary, unknown, country)
    rows = [{"name": a.name, "kind": a.kind, "country": a.country, "wikidata": a.wikidata,
             "gazetteer": "yes" if a.known else "no", "statements": a.statements,
             "aliases": ", ".join(a.aliases[:3]) + (" …" if len(a.aliases) > 3 else ""),
             "documents": " ".join(a.documents[:3]) + (f" (+{len(a.documents) - 3})" if len(a.documents) > 3 else "")}
            for a in found]
    typer.echo(rows_table(rows, ["name", "kind", "country", "wikidata", "gazetteer", "statements", "aliases",
                                 "documents"], terminal_width()))
    if stub is not None:
        stub.write_text(turtle_stub([a for a in found if not a.known]), encoding="utf-8")
        typer.echo(f"wrote {sum(not a.known for a in found)} actor(s) to {stub}", err=True)


@app.command(cls=Command)
@fail_cleanly
def topics(
    store: StoreOption = None,
    vocab: VocabOption = None,
    every: Annotated[bool, typer.Option("--all", help="Also the A–B relations topics no statement is about "
                                                      "(one for every pair of countries and blocs).")] = False,
) -> None:
    """List the topics: id, English and Italian labels, broader topic, statements in the store."""
    from kg.topics import topics as vocabulary_topics

    vocabulary = load_vocabulary(vocab or ())
    with open_store(store) as graph_store:
        found = vocabulary_topics(vocabulary, graph_store, every)
    rows = [{"topic": t.id, "label": t.labels.get("en", ""), "label_it": t.labels.get("it", ""),
             "broader": t.broader, "statements": t.statements} for t in found]
    typer.echo(rows_table(rows, ["topic", "label", "label_it", "broader", "statements"], terminal_width()))


@app.command(cls=Command)
@fail_cleanly
def remove(
    doc: Annotated[str, typer.Argument(metavar="DOCUMENT", help="The document id (as in the records' 'doc') or its IRI.")],
    store: StoreOption = None,
) -> None:
    """Drop one document's named graph."""
    with open_store(store) as graph_store:
        if not graph_store.remove_document(doc):
            raise KgError(f"no document {doc!r} in the store", graph_store.location,
                          "stored documents: " + (", ".join(sorted(graph_store.documents())) or "none"))
        typer.echo(f"removed {doc}")


@app.command("query", cls=Command)
@fail_cleanly
def query_command(
    name: Annotated[Optional[str], typer.Argument(metavar="[QUERY]", help="A query name (see --list) or a .rq file.")] = None,
    params: Annotated[Optional[list[str]], typer.Option("--param", "-p", metavar="NAME=VALUE", help="NAME=VALUE; repeatable.")] = None,
    sparql: Annotated[Optional[str], typer.Option("--sparql", metavar="QUERY", help="An ad hoc query instead of a name.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", metavar="FORMAT", help="table, csv, tsv or json; "
                                               "default: table on a terminal, csv in a pipe.")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", metavar="LANG", help="Language of labels (sets the lang parameter).")] = None,
    show_list: Annotated[bool, typer.Option("--list", help="List the queries with their parameters.")] = False,
    store: StoreOption = None,
    vocab: VocabOption = None,
) -> None:
    """Answer an analyst's question: run a named or ad hoc SPARQL query on the store (read-only)."""
    if show_list:
        for query_name in query_names():
            query = load_query(query_name)
            typer.echo(f"{query_name:<22} {query.title}")
            for param in query.params:
                option = " (optional)" if param.optional else f" (default {param.default})" if param.default else ""
                typer.echo(f"{'':<24}--param {param.name}=…  {param.kind}{option}  {param.doc}")
        return
    fmt = fmt or ("table" if sys.stdout.isatty() else "csv")
    if fmt not in RESULT_FORMATS:
        raise KgError(f"unknown format {fmt!r}", "--format", f"use one of: {', '.join(RESULT_FORMATS)}")
    if name is None and sparql is None:
        raise KgError("which query?", "kg query", "name one (`kg query --list` lists them), give a .rq file, "
                      "or write one with --sparql")
    if name is not None and sparql is not None:
        raise KgError("a query name and --sparql: give one of them", "kg query", "drop one")
    values = {}
    for item in params or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise KgError(f"--param {item!r} is not NAME=VALUE", "--param", "write e.g. --param actor=\"Sergey Lavrov\"")
        values[key.strip()] = value
    if sparql is not None:
        text, where = sparql, "--sparql"
    else:
        query = load_query(name)
        if lang and any(p.name == "lang" for p in query.params):
            values.setdefault("lang", lang)
    with open_store(store) as graph_store:
        if sparql is None:
            vocabulary = load_vocabulary(vocab or ()) if needs_vocabulary(query) else None
            text, where = bind(query, vocabulary, values, graph_store), name
        sys.stdout.write(answer(graph_store, text, fmt, where, terminal_width()))


@app.command("view", cls=Command)
@fail_cleanly
def view_command(
    name: Annotated[Optional[str], typer.Argument(metavar="[VIEW]", help="A view: actor-topic, agreement, disagreement, actor-target, "
                                                       "statements, co-occurrence.")] = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE", help="File: .graphml .gexf .json .csv "
                                                  ".png .svg .html")] = None,
    actor: Annotated[Optional[str], typer.Option(metavar="NAME", help="Only statements of this actor.")] = None,
    topic: Annotated[Optional[str], typer.Option(metavar="TOPIC", help="Only statements on this topic (or narrower).")] = None,
    start: Annotated[Optional[str], typer.Option("--from", metavar="DATE", help="First date (ISO).")] = None,
    end: Annotated[Optional[str], typer.Option("--to", metavar="DATE", help="Last date (ISO).")] = None,
    document: Annotated[Optional[str], typer.Option(metavar="DOCUMENT", help="Only this document id.")] = None,
    lang: Annotated[str, typer.Option(metavar="LANG", help="Language of labels and sentences.")] = "en",
    level: Annotated[str, typer.Option(metavar="LEVEL", help="agreement, disagreement: actor (as stated) or country "
                                       "(what they act for: Lavrov → Russia).")] = "actor",
    metrics: Annotated[bool, typer.Option("--metrics", help="Print degree, centrality and communities.")] = False,
    isolated: Annotated[bool, typer.Option("--isolated", help="Draw nodes without edges too (pictures).")] = False,
    show_list: Annotated[bool, typer.Option("--list", help="List the views.")] = False,
    store: StoreOption = None,
    vocab: VocabOption = None,
) -> None:
    """The relations as a networkx graph: write it for Gephi, Cytoscape, yEd, igraph or a browser."""
    from kg.exporting import write_view
    from kg.views import VIEWS, Filters, add_metrics

    if show_list:
        for view_name, function in VIEWS.items():
            typer.echo(f"{view_name:<14} {(function.__doc__ or '').splitlines()[0]}")
        return
    if name is None:
        raise KgError("which view?", "kg view", f"name one of: {', '.join(VIEWS)} (kg view --list says what each shows)")
    if name not in VIEWS:
        raise KgError(f"no view named {name!r}", "kg view", f"use one of: {', '.join(VIEWS)}")
    writable(output)
    vocabulary = load_vocabulary(vocab or ())
    with open_store(store) as graph_store:
        graph = VIEWS[name](graph_store, vocabulary, Filters(actor, topic, start, end, document, lang, level))
    rows = add_metrics(graph)
    if len(graph) == 0:
        typer.echo(f"{name}: no statements match" + (" these filters" if any((actor, topic, start, end, document))
                                                        else ""), err=True)
    if output:
        write_view(graph, output, isolated)
        typer.echo(f"{name}: {len(graph)} nodes, {graph.number_of_edges()} edges → {output}")
    if metrics or not output:
        typer.echo(rows_table(rows, ["node", "type", "degree", "weighted_degree", "betweenness", "community"],
                          terminal_width()))
