"""Named SPARQL queries (queries/*.rq), their parameters bound as RDF terms, run on a store.

Each `.rq` file starts with comment lines: `# title:`, `# answers:`, one `# param: NAME (KIND[,
optional | , default VALUE]) — description` per parameter, and `# columns:`. Parameters are
resolved to RDF terms (an actor by name, alias, Wikidata id or IRI; a topic by id or label) and
bound by a `VALUES` block placed at the start of the query's WHERE clause, never pasted into the
query text, so the same query gives the same rows on the embedded store and on any SPARQL 1.1
endpoint.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

import pyoxigraph
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS, XSD
from rdflib.plugins.sparql import prepareQuery

from kg.errors import KgError
from kg.namespaces import PREFIXES, STATEMENT
from kg.store import GraphStore
from kg.vocabulary import Vocabulary, actor_iri, close_matches, normalize_name

KINDS = ("actor", "topic", "date", "lang", "literal", "iri", "act")
HEADER = re.compile(r"^#\s*(title|answers|param|columns|parameters):\s*(.*)$")
PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*\((?P<kind>\w+)(?:\s*,\s*(?P<option>optional|default\s+\S+))?\)"
                   r"\s*(?:[—-]+\s*(?P<doc>.*))?$")
WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


@dataclass(frozen=True)
class Param:
    """One declared parameter of a query."""

    name: str
    kind: str
    optional: bool = False
    default: str | None = None
    doc: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A query with its header: what it answers, its parameters and columns."""

    name: str
    text: str
    title: str = ""
    answers: str = ""
    params: tuple[Param, ...] = ()
    columns: tuple[str, ...] = field(default_factory=tuple)


def parse_query(name: str, text: str, where: str = "") -> NamedQuery:
    """A query's header read from its leading comment lines."""
    fields: dict[str, str] = {}
    params = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            break
        match = HEADER.match(line)
        if not match:
            continue
        key, value = match.groups()
        if key == "param":
            declared = PARAM.match(value.strip())
            if not declared or declared.group("kind") not in KINDS:
                raise KgError(f"cannot read the parameter declaration {value.strip()!r}", f"{where}:{number}",
                              f"write '# param: NAME (KIND[, optional | , default VALUE]) — text' "
                              f"with KIND one of {', '.join(KINDS)}")
            option = declared.group("option") or ""
            params.append(Param(declared.group("name"), declared.group("kind"), option == "optional",
                                option.split(None, 1)[1] if option.startswith("default") else None,
                                (declared.group("doc") or "").strip()))
        else:
            fields[key] = value.strip()
    columns = tuple(c.strip() for c in fields.get("columns", "").split(",") if c.strip())
    return NamedQuery(name, text, fields.get("title", ""), fields.get("answers", ""), tuple(params), columns)


def query_names() -> list[str]:
    """The names of the packaged queries."""
    return sorted(f.name[:-3] for f in resources.files("kg.queries").iterdir() if f.name.endswith(".rq"))


def load_query(name_or_file: str) -> NamedQuery:
    """A packaged query by name, or a user's `.rq` file by path."""
    if name_or_file.endswith(".rq"):
        path = Path(name_or_file)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise KgError(f"cannot read the query: {exc}", name_or_file, "give a UTF-8 .rq file") from exc
        return parse_query(path.stem, text, name_or_file)
    if name_or_file not in query_names():
        close = close_matches(name_or_file, query_names(), n=3)
        raise KgError(f"no query named {name_or_file!r}", "",
                      (f"did you mean {', '.join(close)}? " if close else "") + "`kg query --list` lists them")
    text = resources.files("kg.queries").joinpath(f"{name_or_file}.rq").read_text(encoding="utf-8")
    return parse_query(name_or_file, text, f"queries/{name_or_file}.rq")


# ---------------------------------------------------------------- values → RDF terms


def resolve_actor(vocabulary: Vocabulary, value: str, store: GraphStore | None = None) -> URIRef:
    """An actor by IRI, Wikidata id (Q7747), name or alias (case and accents ignored); a name
    the gazetteer lacks, by the IRI its records gave it, when `store` holds that actor."""
    if value.startswith(("http://", "https://")):
        return URIRef(value)
    if re.fullmatch(r"Q\d+", value):
        if value in vocabulary.actor_by_qid:
            return vocabulary.actor_by_qid[value]
        raise KgError(f"no actor with Wikidata id {value}", "--param", "give the actor's name instead")
    found = vocabulary.find_actor(value)
    if found is None and store is not None:
        found = _stored_actor(store, value)
    if found is None:
        names = sorted(vocabulary.actor_by_key)
        close = close_matches(normalize_name(value), names, n=4, cutoff=0.6)
        shown = sorted({vocabulary.name_of(vocabulary.actor_by_key[c]) for c in close})
        raise KgError(f"unknown actor {value!r}", "--param",
                      f"did you mean {', '.join(shown)}?" if shown else "give a name, alias, Wikidata id or IRI")
    return found


def _stored_actor(store: GraphStore, name: str) -> URIRef | None:
    """The IRI of an actor outside the gazetteer (found in a text, or named by a record), if stored."""
    iri = actor_iri(name)
    _, rows = select(store, f"SELECT ?kind WHERE {{ {iri.n3()} a ?kind }} LIMIT 1", "--param")
    return iri if rows else None


def resolve_topic(vocabulary: Vocabulary, value: str) -> URIRef:
    """A topic by id, IRI, or label in any language."""
    if value.startswith(("http://", "https://")):
        return URIRef(value)
    if value in vocabulary.topics:
        return vocabulary.topics[value]
    wanted = normalize_name(value)
    for concept in vocabulary.topics.values():
        for label in vocabulary.graph.objects(concept, SKOS.prefLabel):
            if normalize_name(str(label)) == wanted:
                return concept
    return vocabulary.topic(value, "--param")


def to_term(vocabulary: Vocabulary, param: Param, value: str, store: GraphStore | None = None) -> URIRef | Literal:
    """The RDF term a parameter value stands for; `KgError` for a value that is not of its kind."""
    if param.kind == "actor":
        return resolve_actor(vocabulary, value, store)
    if param.kind == "topic":
        return resolve_topic(vocabulary, value)
    if param.kind == "act":
        return vocabulary.act(value, "--param")
    if param.kind == "date":
        try:
            return Literal(date.fromisoformat(value).isoformat(), datatype=XSD.date)
        except ValueError as exc:
            raise KgError(f"{param.name}={value!r} is not an ISO date", "--param", "write it as 2025-09-24") from exc
    if param.kind == "lang":
        if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", value):
            raise KgError(f"{param.name}={value!r} is not a language tag", "--param", "write it as en or it")
        return Literal(value)
    if param.kind == "iri":
        if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value):
            short = STATEMENT[value] if re.fullmatch(r"[0-9a-f]{24}", value) else None
            if short is None:
                raise KgError(f"{param.name}={value!r} is not an IRI", "--param", "give a full http(s) IRI")
            return short
        return URIRef(value)
    return Literal(value)


VOCABULARY_KINDS = ("actor", "topic", "act")  # parameters resolved through the vocabulary


def needs_vocabulary(query: NamedQuery) -> bool:
    """Whether binding the query's parameters needs the vocabulary (loading it costs a second)."""
    return any(p.kind in VOCABULARY_KINDS for p in query.params)


def bind(query: NamedQuery, vocabulary: Vocabulary | None, values: dict[str, str],
         store: GraphStore | None = None) -> str:
    """The query text with its parameters bound in a VALUES block (unknown names are errors;
    actors the gazetteer lacks are looked up in `store`)."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        raise KgError(f"query {query.name!r} has no parameter {', '.join(unknown)}", "--param",
                      f"its parameters: {', '.join(declared) or 'none'}")
    terms = []
    for param in query.params:
        value = values.get(param.name, param.default)
        if value is None and not param.optional:
            raise KgError(f"query {query.name!r} needs --param {param.name}=…", "--param",
                          param.doc or f"a value of kind {param.kind}")
        terms.append("UNDEF" if value is None else to_term(vocabulary, param, value, store).n3())
    if not query.params:
        return query.text
    block = f"\n  VALUES ({' '.join('?' + p.name for p in query.params)}) {{ ({' '.join(terms)}) }}\n"
    position = _where_brace(query.text)
    return query.text[:position] + block + query.text[position:]


def _where_brace(text: str) -> int:
    """Just after the opening brace of the query's (outermost, first) WHERE clause."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if not line.lstrip().startswith("#"):
            found = WHERE.search(line)
            if found:
                return offset + found.end()
        offset += len(line)
    raise KgError("the query has no WHERE clause to bind parameters in", "", "write SELECT … WHERE { … }")


# ---------------------------------------------------------------- running


def check_read_only(text: str, where: str) -> None:
    """Refuse SPARQL Update: `kg query` only reads."""
    try:
        prepareQuery(text, initNs=PREFIXES)
    except Exception as exc:  # rdflib's parser raises pyparsing errors
        if re.search(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", text, re.IGNORECASE):
            raise KgError("this is a SPARQL Update; kg query only reads", where,
                          "use a SELECT, ASK or CONSTRUCT query") from exc
        raise KgError(f"not a valid SPARQL query: {syntax_error(exc)}", where, "check the query's syntax") from exc


def syntax_error(exc: BaseException) -> str:
    """A parser's complaint in one short line: where (line, column) and what it expected."""
    message = str(exc)
    unknown = re.match(r"Unknown namespace prefix : (\S+)", message)
    if unknown:
        return f"unknown prefix {unknown.group(1)}: (declare it with PREFIX {unknown.group(1)}: <…>)"
    if getattr(exc, "lineno", None) is not None:  # pyparsing, rdflib's parser
        what = re.sub(r"\s*\(at char \d+\), \(line:\d+, col:\d+\)", "", message)
        return f"line {exc.lineno}, column {exc.col}: {_shortened(what)}"
    place = re.match(r"error at (\d+):(\d+): (.*)", message, re.DOTALL)  # Oxigraph's parser
    if place:
        return f"line {place.group(1)}, column {place.group(2)}: {_shortened(place.group(3))}"
    return _shortened(message)


def _shortened(message: str, width: int = 100) -> str:
    line = " ".join(message.split())
    return line if len(line) <= width else line[:width - 1] + "…"


def run(store: GraphStore, text: str, where: str = "query"):
    """The rdflib Result of a read-only query over the union of the store's graphs."""
    return _read_only(store, text, where, store.query)


def select(store: GraphStore, text: str, where: str = "query") -> tuple[list[str], list[tuple[object, ...]]]:
    """The columns and rows (Python values, see `GraphStore.select`) of a read-only SELECT query."""
    return _read_only(store, text, where, store.select)


def _read_only(store: GraphStore, text: str, where: str, answer):
    """`answer(text)`, for queries only. The embedded and memory engines parse the text as a
    query and so refuse updates themselves: rdflib's slower parser is asked why only when they
    fail; a server gets only what rdflib's parser has checked first."""
    if store.remote is not None:
        check_read_only(text, where)
    try:
        return answer(text)
    except KgError:
        raise
    except Exception as exc:  # the engines raise their own error types
        check_read_only(text, where)
        raise KgError(f"the query failed: {syntax_error(exc)}", where, "check the query") from exc


FORMATS = ("table", "csv", "tsv", "json")


NATIVE_FORMATS = {"csv": pyoxigraph.QueryResultsFormat.CSV, "json": pyoxigraph.QueryResultsFormat.JSON}


def answer(store: GraphStore, text: str, fmt: str, where: str = "query", width: int | None = None) -> str:
    """A read-only query's results as text in a format of FORMATS (see `format_result`). The
    embedded store writes SELECT results itself (rdflib's terms would cost more than the
    query, see `GraphStore.select`)."""
    if store.oxigraph is None:
        return format_result(run(store, text, where), fmt, width)
    results = _read_only(store, text, where, store.native_query)
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


def format_result(result, fmt: str, width: int | None = None) -> str:
    """rdflib's results in a format of FORMATS: SELECT rows as the W3C CSV, TSV or JSON results
    or an aligned table; ASK and CONSTRUCT or DESCRIBE as `format_boolean` and `format_graph`."""
    if result.type == "ASK":
        return format_boolean(result.askAnswer, fmt)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return format_graph(result.graph, fmt)
    if fmt in ("csv", "json"):
        return result.serialize(format=fmt).decode("utf-8")
    columns = [str(v) for v in result.vars]
    cells = [[("" if row[c] is None else str(row[c])) for c in columns] for row in result]
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


def run_query(store: GraphStore, name: str, vocabulary: Vocabulary | None = None,
              values: dict[str, str] | None = None) -> list[dict[str, object]]:
    """The rows of a named query, each a dict of column → Python value (None when unbound)."""
    query = load_query(name)
    text = bind(query, vocabulary, values or {}, store) if query.params else query.text
    columns, rows = select(store, text, name)
    return [dict(zip(columns, row)) for row in rows]
