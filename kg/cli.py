"""The command line: a thin layer over kg's Python API (see `kg --help`)."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import traceback
from collections.abc import Callable, Sequence
from functools import wraps
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from typer.core import TyperArgument, TyperCommand

from kg import store as store_module
from kg.errors import KgError
from kg.exporting import FORMATS
from kg.results import FORMATS as RESULT_FORMATS
from kg.querying import answer, bind, load_query, needs_vocabulary, query_names, run_query
from kg.results import table
from kg.vocabulary import load_vocabulary

# A command imports what only it needs (extraction, views, SHACL, matplotlib) inside its
# function: a small query must not wait for the imports of a build.
if TYPE_CHECKING:
    from kg.extraction import Unattributed
    from kg.store import GraphStore


class _Command(TyperCommand):
    """A command whose help names an argument by its metavar alone, not by a Python type
    ("TEXT", not "TEXT <list[Path]>")."""

    def format_help(self, ctx, formatter) -> None:
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = lambda ctx: None
        super().format_help(ctx, formatter)


app = typer.Typer(help="kg: diplomatic statements as an RDF knowledge graph "
                       "(actor – asserts – position – about – topic).",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  rich_markup_mode=None)

StoreOption = Annotated[Optional[str], typer.Option(
    "--store", metavar="DIR|URL|memory", envvar="KG_STORE", show_envvar=True,
    help="Store directory (embedded Oxigraph) or 'memory'. Default: ./kg-store.")]
VocabOption = Annotated[Optional[list[Path]], typer.Option(
    "--vocab", metavar="FILE.ttl", help="Extra Turtle vocabulary (actors, topics, verbs); repeatable.")]

JobsOption = Annotated[int, typer.Option("--jobs", "-j", metavar="N", min=1, help="Processes extracting texts in parallel.")]
DateOption = Annotated[Optional[str], typer.Option(
    "--date", metavar="YYYY-MM-DD", help="Publication date (ISO) for texts with no date line and no NAME.source.")]

_settings: dict[str, Any] = {"debug": False, "endpoints": (None, None)}


def open_store(spec: Optional[str], create: bool = False):
    """The store of the --store option, with the global endpoint overrides for a server; only
    `kg build` creates one, the other commands refuse a folder that holds none."""
    return store_module.open_store(spec, *_settings["endpoints"], create=create)


def _fail_cleanly(command: Callable[..., Any]) -> Callable[..., Any]:
    """Report a KgError in one readable message with exit code 2 (traceback only with --debug)."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KgError as error:
            if _settings["debug"]:
                traceback.print_exc()
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from None

    return wrapper


def _writable(target: Optional[str | Path], option: str = "-o") -> None:
    """Refuse, before any work, an output file that cannot be written."""
    if target is None or str(target) == "-":
        return
    path = Path(target)
    if path.is_dir():
        raise KgError("is a folder, not a file", str(path), f"give {option} a file name")
    if not path.parent.is_dir():
        raise KgError(f"the folder {path.parent} does not exist", str(path),
                      f"create it first (mkdir -p {path.parent}) or give {option} another file")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise KgError("cannot write this file (permission denied)", str(path), f"give {option} another file")


def _out_stream(target: str):
    return sys.stdout.buffer if target == "-" else open(target, "wb")


def _terminal_width() -> int | None:
    """The terminal's width when stdout is one: tables are fitted to it; files and pipes get whole cells."""
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int | None = None) -> str:
    """Rows as an aligned plain-text table (fitted to `width`)."""
    return table([[("" if row.get(c) is None else str(row[c])) for c in columns] for row in rows],
                 list(columns), width).rstrip("\n")


def _print_version(asked: bool) -> None:
    if asked:
        typer.echo(f"kg {metadata.version('kg')}")
        raise typer.Exit()


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_print_version,
                                          help="Print kg's version and exit.")] = False,
    update_url: Annotated[Optional[str], typer.Option(
        "--update-url", metavar="URL", envvar="KG_UPDATE_URL", help="A SPARQL server's update endpoint, when not the usual one.")] = None,
    graph_store_url: Annotated[Optional[str], typer.Option(
        "--graph-store-url", metavar="URL", envvar="KG_GRAPH_STORE_URL",
        help="A SPARQL server's Graph Store Protocol endpoint, when not the usual one.")] = None,
) -> None:
    _settings["debug"] = debug
    _settings["endpoints"] = (update_url, graph_store_url)
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="%(levelname)s: %(message)s", stream=sys.stderr)


@app.command(cls=_Command)
@_fail_cleanly
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

    _writable(output)
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
        _report_unattributed(report.unattributed)
        if show:
            _print_statements(graph_store)
        if output:
            _write_export(graph_store, output, None, vocabulary=True)
    if report.refused:
        typer.echo("refused:\n" + "\n".join(f"  {e}" for e in report.refused), err=True)
        raise typer.Exit(2)


UNATTRIBUTED_SHOWN = 20


def _report_unattributed(unattributed: list[Unattributed]) -> None:
    """The clauses left out for want of an actor, on stderr: the user can add the name (--vocab)."""
    if not unattributed:
        return
    lines = [f"  {u}" for u in unattributed[:UNATTRIBUTED_SHOWN]]
    if len(unattributed) > UNATTRIBUTED_SHOWN:
        lines.append(f"  … and {len(unattributed) - UNATTRIBUTED_SHOWN} more")
    typer.echo(f"{len(unattributed)} clause(s) left out, no actor found (add the speaker's name to the "
               "vocabulary with --vocab, or code the statement by hand):\n" + "\n".join(lines), err=True)


def _print_statements(graph_store: GraphStore) -> None:
    rows = run_query(graph_store, "statements")
    typer.echo(_table(rows, ["date", "actors", "act", "topics", "stance", "position"], _terminal_width()))


def _write_export(graph_store: GraphStore, target: str, fmt: Optional[str], vocabulary: bool) -> None:
    from kg.exporting import export, format_for

    name = format_for(target, fmt)
    stream = _out_stream(target)
    try:
        export(graph_store, name, stream, vocabulary)
    finally:
        if stream is not sys.stdout.buffer:
            stream.close()


@app.command("export", cls=_Command)
@_fail_cleanly
def export_command(
    fmt: Annotated[str, typer.Option("-f", "--format", metavar="FORMAT", help=f"One of: {', '.join(FORMATS)}, graphml, gexf.")],
    output: Annotated[str, typer.Option("-o", "--output", metavar="FILE", help="File, or '-' for stdout.")] = "-",
    store: StoreOption = None,
    vocabulary: Annotated[bool, typer.Option(help="Include the vocabulary graph (labels of "
                                                  "actors, topics, acts).")] = True,
) -> None:
    """Write the graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD (or GraphML/GEXF: the statements view)."""
    _writable(output)
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


@app.command(cls=_Command)
@_fail_cleanly
def validate(
    graph_file: Annotated[Optional[Path], typer.Argument(metavar="[FILE]", help="An RDF file; default: the store.")] = None,
    store: StoreOption = None,
    vocab: VocabOption = None,
) -> None:
    """Check every statement against the SHACL shapes: exit 0 valid, 1 with a report."""
    from kg.building import read_rdf_file
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


@app.command(cls=_Command)
@_fail_cleanly
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
            for row in rows:
                row["hash"] = str(row["hash"])[:12]
            typer.echo(_table(rows, ["document", "date", "statements", "hash"], _terminal_width()))


@app.command(cls=_Command)
@_fail_cleanly
def actors(
    store: StoreOption = None,
    vocab: VocabOption = None,
    unknown: Annotated[bool, typer.Option("--unknown", help="Only the actors the gazetteer lacks.")] = False,
    stub: Annotated[Optional[Path], typer.Option("--stub", metavar="FILE.ttl", help="Also write those the gazetteer lacks as "
                                                 "Turtle to complete and pass with --vocab.")] = None,
) -> None:
    """List the actors of the stored statements: name, in the gazetteer or not, statements, documents."""
    from kg.actors import stored_actors, turtle_stub

    _writable(stub, "--stub")
    vocabulary = load_vocabulary(vocab or ())
    with open_store(store) as graph_store:
        found = stored_actors(graph_store, vocabulary, unknown)
    rows = [{"name": a.name, "gazetteer": "yes" if a.known else "no", "statements": a.statements,
             "documents": " ".join(a.documents[:3]) + (f" (+{len(a.documents) - 3})" if len(a.documents) > 3 else "")}
            for a in found]
    typer.echo(_table(rows, ["name", "gazetteer", "statements", "documents"], _terminal_width()))
    if stub is not None:
        stub.write_text(turtle_stub([a for a in found if not a.known]), encoding="utf-8")
        typer.echo(f"wrote {sum(not a.known for a in found)} actor(s) to {stub}", err=True)


@app.command(cls=_Command)
@_fail_cleanly
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


@app.command("query", cls=_Command)
@_fail_cleanly
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
        sys.stdout.write(answer(graph_store, text, fmt, where, _terminal_width()))


@app.command("view", cls=_Command)
@_fail_cleanly
def view_command(
    name: Annotated[Optional[str], typer.Argument(metavar="[VIEW]", help="A view: actor-topic, agreement, actor-target, "
                                                       "statements, co-occurrence.")] = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE", help="File: .graphml .gexf .json .csv "
                                                  ".png .svg .html")] = None,
    actor: Annotated[Optional[str], typer.Option(metavar="NAME", help="Only statements of this actor.")] = None,
    topic: Annotated[Optional[str], typer.Option(metavar="TOPIC", help="Only statements on this topic (or narrower).")] = None,
    start: Annotated[Optional[str], typer.Option("--from", metavar="DATE", help="First date (ISO).")] = None,
    end: Annotated[Optional[str], typer.Option("--to", metavar="DATE", help="Last date (ISO).")] = None,
    document: Annotated[Optional[str], typer.Option(metavar="DOCUMENT", help="Only this document id.")] = None,
    lang: Annotated[str, typer.Option(metavar="LANG", help="Language of labels and sentences.")] = "en",
    metrics: Annotated[bool, typer.Option("--metrics", help="Print degree, centrality and communities.")] = False,
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
    _writable(output)
    vocabulary = load_vocabulary(vocab or ())
    with open_store(store) as graph_store:
        graph = VIEWS[name](graph_store, vocabulary, Filters(actor, topic, start, end, document, lang))
    rows = add_metrics(graph)
    if output:
        write_view(graph, output)
        typer.echo(f"{name}: {len(graph)} nodes, {graph.number_of_edges()} edges → {output}")
    if metrics or not output:
        typer.echo(_table(rows, ["node", "type", "degree", "weighted_degree", "betweenness", "community"],
                          _terminal_width()))


@app.command("extract", cls=_Command)
@_fail_cleanly
def extract_command(
    inputs: Annotated[list[Path], typer.Argument(metavar="TEXT", help="Texts (.txt, .md, .html) or folders of them.")],
    output: Annotated[str, typer.Option("-o", "--output", metavar="FILE", help="File, or '-' for stdout.")] = "-",
    fmt: Annotated[str, typer.Option("--format", metavar="FORMAT", help="jsonl (records) or table (a summary).")] = "jsonl",
    vocab: VocabOption = None,
    date: DateOption = None,
    jobs: JobsOption = 1,
) -> None:
    """Extract statement records from texts, to review, correct and build."""
    if fmt not in ("jsonl", "table"):
        raise KgError(f"unknown format {fmt!r}", "--format", "use jsonl or table")
    from kg.building import input_files
    from kg.documents import TEXT_SUFFIXES
    from kg.extraction import extract_texts
    from kg.records import write_records

    _writable(output)
    vocabulary = load_vocabulary(vocab or ())
    texts = [(path, doc_id) for path, doc_id in input_files(inputs)
             if path.suffix.lower() in TEXT_SUFFIXES]
    records, unattributed, refused = [], [], []
    for found in extract_texts(texts, vocabulary, date, jobs):
        if isinstance(found, KgError):  # reported at the end; the other texts are still extracted
            refused.append(found)
            continue
        records += found[1].records
        unattributed += found[1].unattributed
    _report_unattributed(unattributed)
    stream = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    try:
        if fmt == "jsonl":
            write_records(records, stream)
        else:
            rows = [{"doc": r.doc, "actors": ", ".join(a.name for a in r.actors), "act": r.act,
                     "stance": r.stance, "topics": ", ".join(r.topics),
                     "targets": ", ".join(t.name for t in r.targets), "langs": " ".join(r.languages),
                     "evidence": r.evidence[0].text[:70]} for r in records]
            stream.write(_table(rows, ["doc", "actors", "act", "stance", "topics", "targets", "langs",
                                       "evidence"], _terminal_width() if output == "-" else None) + "\n")
    finally:
        if stream is not sys.stdout:
            stream.close()
    if refused:
        typer.echo(f"refused {len(refused)} of {len(texts)} text(s); the others were extracted:\n"
                   + "\n".join(f"  {e}" for e in refused), err=True)
        raise typer.Exit(2)


@app.command("eval", cls=_Command)
@_fail_cleanly
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(metavar="DIR", help="A folder of NAME.txt with NAME.gold.jsonl.")],
    vocab: VocabOption = None,
    details: Annotated[bool, typer.Option("--details/--summary",
                                          help="List missed, extra and wrongly labelled statements.")] = True,
) -> None:
    """Score the extractor against hand-checked gold records: P/R/F1 per field."""
    from kg.evaluate import evaluate
    from kg.extraction import extract, read

    vocabulary = load_vocabulary(vocab or ())
    if not gold_dir.is_dir():
        raise KgError("not a folder", str(gold_dir), "give a folder of NAME.txt and NAME.gold.jsonl files")
    scores = evaluate(gold_dir, lambda path: extract(read(path, vocabulary), vocabulary))
    if scores.gold == 0:
        raise KgError("no NAME.gold.jsonl beside a NAME.txt", str(gold_dir), "check the folder")
    if details:
        for doc, record in scores.missed:
            typer.echo(f"missed  {doc}: {record.act} {[a.name for a in record.actors]} {record.evidence[0].text[:90]!r}")
        for doc, record in scores.extra:
            typer.echo(f"extra   {doc}: {record.act} {[a.name for a in record.actors]} {record.evidence[0].text[:90]!r}")
        for doc, name, got, wanted in scores.wrong:
            shown = {"act": lambda r: r.act, "actors": lambda r: sorted(a.name for a in r.actors),
                     "stance": lambda r: r.stance, "targets": lambda r: sorted(a.name for a in r.targets),
                     "topics": lambda r: sorted(r.topics), "languages": lambda r: r.languages}[name]
            typer.echo(f"{name:<7} {doc}: got {shown(got)}, gold {shown(wanted)} "
                       f"{wanted.evidence[0].text[:60]!r}")
    typer.echo(f"{scores.gold} gold statements in {gold_dir}, {scores.extracted} extracted, "
               f"{scores.matched} matched")
    figures = scores.figures()
    typer.echo("  ".join(f"{k}: {v:.2f}" for k, v in list(figures.items())[:3]))
    typer.echo("  ".join(f"{k}: {v:.2f}" for k, v in list(figures.items())[3:6]))
    typer.echo("  ".join(f"{k}: {v:.2f}" for k, v in list(figures.items())[6:]))


vocab_app = typer.Typer(help="Bring vocabularies from elsewhere into the gazetteer's Turtle.", no_args_is_help=True)
app.add_typer(vocab_app, name="vocab")


@vocab_app.command("import-cameo", cls=_Command)
@_fail_cleanly
def import_cameo(
    dictionaries: Annotated[list[Path], typer.Argument(metavar="FILE", help="CAMEO/TABARI .actors files (Phoenix, PETRARCH).")],
    output: Annotated[Path, typer.Option("-o", "--output", metavar="FILE", help="The Turtle file to write.")],
    vocab: VocabOption = None,
) -> None:
    """Convert CAMEO actor dictionaries into Turtle to pass with --vocab: the actors the gazetteer
    lacks, their aliases, the country or organisation they represent, and their dated posts."""
    from kg.cameo import code_owners, read_dictionary, to_turtle

    vocabulary = load_vocabulary(vocab or ())
    entries = [entry for path in dictionaries for entry in read_dictionary(path)]
    owners = code_owners(entries, vocabulary)
    output.write_text(to_turtle(entries, vocabulary, owners), encoding="utf-8")
    typer.echo(f"{len(entries)} dictionary entries, {len(owners)} codes matched to gazetteer actors; wrote {output}")


def main() -> None:
    """Console entry point."""
    app()
