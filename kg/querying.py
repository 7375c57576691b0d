"""Named SPARQL queries (queries/*.rq), their parameters bound as RDF terms, run on a store.

Each `.rq` file starts with comment lines: `# title:`, `# answers:`, one `# param: NAME (KIND[,
optional | , default VALUE]) — description` per parameter, and `# columns:`. Parameters are
resolved to RDF terms (an actor by name, alias, Wikidata id or IRI; a topic by id or label) and
bound by a `VALUES` block placed at the start of the query's WHERE clause, never pasted into the
query text, so the same query gives the same rows on the embedded store and on any SPARQL 1.1
endpoint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS, XSD
from rdflib.plugins.sparql import prepareQuery

from kg.errors import KgError
from kg.namespaces import PREFIXES, STATEMENT
from kg.results import format_result
from kg.store import GraphStore
from kg.vocabulary import Vocabulary, actor_iri, close_matches, normalize_name

KINDS = ("actor", "topic", "date", "lang", "literal", "iri", "act", "level")
# a relation query at the country level reads, where it says kg:actor, kg:target and their
# keys, what the statement's actors and targets act for (written at build time: kg/rdf.py)
LEVELS = {"actor": {}, "country": {"actor": "actorCountry", "target": "targetCountry",
                                   "actorKey": "actorCountryKey", "targetKey": "targetCountryKey"}}
LEVEL_PROPERTY = re.compile(r"\bkg:(actor|target|actorKey|targetKey)(?![\w.-]*\w)")
HEADER = re.compile(r"^#\s*(title|answers|param|columns|parameters):\s*(.*)$")
PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*\((?P<kind>\w+)(?:\s*,\s*(?P<option>optional|default\s+\S+))?\)"
                   r"\s*(?:[—-]+\s*(?P<doc>.*))?$")
WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


@dataclass(frozen=True)
class Result:
    """A SELECT query's answer: its columns, and rows of plain Python values (None when unbound)."""

    columns: list[str]
    rows: list[tuple[object, ...]]

    def dicts(self) -> list[dict[str, object]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


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
    columns = tuple(item.split()[0] for item in re.split(r",(?![^()]*\))", fields.get("columns", "")) if item.strip())
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
    found = select(store, f"SELECT ?kind WHERE {{ {iri.n3()} a ?kind }} LIMIT 1", "--param")
    return iri if found.rows else None


def resolve_topic(vocabulary: Vocabulary, value: str) -> URIRef:
    """A topic by id, IRI, or label in any language."""
    if value.startswith(("http://", "https://")):
        return URIRef(value)
    concept = vocabulary.topic_concept(value)
    if concept is not None:
        return concept
    wanted = normalize_name(value)
    for concept in vocabulary.topics.values():
        for label in vocabulary.graph.objects(concept, SKOS.prefLabel):
            if normalize_name(str(label)) == wanted:
                return concept
    for topic_id in vocabulary.relations:  # "Italy–China relations", "relazioni Italia–Cina"
        if any(normalize_name(vocabulary.relation_label(topic_id, lang)) == wanted for lang in ("en", "it")):
            return vocabulary.topic(topic_id)
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
    if param.kind == "level":
        if value not in LEVELS:
            raise KgError(f"{param.name}={value!r} is not a level", "--param",
                          f"write {param.name}=actor (the actors as stated) or {param.name}=country (the countries "
                          "and organisations they act for)")
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
    level = next((values.get(p.name, p.default) for p in query.params if p.kind == "level"), None)
    return at_level(query.text[:position] + block + query.text[position:], level or "actor")


def at_level(text: str, level: str) -> str:
    """A relation query's text at a level: at the country level its kg:actor, kg:target,
    kg:actorKey and kg:targetKey become the statements' kg:actorCountry, kg:targetCountry and
    their keys. Only these four prefixed names change (one of `LEVELS`, checked before): the
    query stays standard SPARQL that any endpoint runs, and costs what the actor level costs
    (binding the properties in VALUES made rdflib scan every triple)."""
    properties = LEVELS[level]
    return LEVEL_PROPERTY.sub(lambda m: f"kg:{properties.get(m.group(1), m.group(1))}", text) if properties else text


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


def select(store: GraphStore, text: str, where: str = "query") -> Result:
    """The one way kg runs a SELECT query: read-only, its rows as plain Python values (see
    `GraphStore.select`); `where` names the query in errors."""
    return Result(*_read_only(store, text, where, store.select))


def _read_only(store: GraphStore, text: str, where: str, answer):
    """`answer(text)`, for queries only. The embedded and memory engines parse the text as a
    query and so refuse updates themselves: rdflib's slower parser is asked why only when they
    fail; a server gets only what rdflib's parser has checked first."""
    if not store.refuses_updates:
        check_read_only(text, where)
    try:
        return answer(text)
    except KgError:
        raise
    except Exception as exc:  # the engines raise their own error types
        check_read_only(text, where)
        raise KgError(f"the query failed: {syntax_error(exc)}", where, "check the query") from exc


def results(store: GraphStore, text: str, where: str = "query"):
    """The engine's own results of a read-only query (see `GraphStore.results`)."""
    return _read_only(store, text, where, store.results)


def answer(store: GraphStore, text: str, fmt: str, where: str = "query", width: int | None = None) -> str:
    """A read-only query's results as text in a format of FORMATS, written from the engine's
    own results (see `kg.results.format_result`)."""
    return format_result(results(store, text, where), fmt, width)


def run_query(store: GraphStore, name: str, vocabulary: Vocabulary | None = None,
              values: dict[str, str] | None = None) -> list[dict[str, object]]:
    """The rows of a named query, each a dict of column → Python value (None when unbound)."""
    query = load_query(name)
    text = bind(query, vocabulary, values or {}, store) if query.params else query.text
    return select(store, text, name).dicts()
