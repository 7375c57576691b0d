"""The query library: headers, parameter binding as RDF terms, the same rows on both stores."""

import csv
import io
import json

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.building import build
from kg.cli import app
from kg.errors import KgError
from kg.namespaces import KG
from kg.querying import answer, bind, load_query, query_names, run, run_query, select
from kg.store import open_store
from tests.conftest import CORPUS, SEED_GOLD

SAMPLE_VALUES = {"actor": "Sergey Lavrov", "target": "United States", "topic": "ukraine-conflict",
                 "since": "2025-01-01", "from": "2020-01-01", "to": "2025-12-31", "lang": "en",
                 "document": "lavrov-rubio-2025-09-24.txt"}
REQUIRED = {"actor", "topic", "since", "target", "statement", "document"}


@pytest.fixture(scope="module")
def stores(tmp_path_factory, vocabulary):
    """The seed and dev gold records in a memory store and in an embedded Oxigraph store."""
    built = []
    for spec in ("memory", str(tmp_path_factory.mktemp("query") / "store")):
        store = open_store(spec)
        build([CORPUS / "seed", CORPUS / "dev"], store, vocabulary)
        built.append(store)
    yield built
    for store in built:
        store.close()


def values_for(name):
    query = load_query(name)
    values = {p.name: SAMPLE_VALUES[p.name] for p in query.params if p.name in SAMPLE_VALUES}
    if any(p.name == "statement" for p in query.params):
        values["statement"] = "https://w3id.org/diplo-kg/statement/x"
    return values


def test_at_least_fifteen_queries_each_with_a_header():
    names = query_names()
    assert len(names) >= 15
    for name in names:
        query = load_query(name)
        assert query.title and query.answers and query.columns, name


@pytest.mark.parametrize("name", query_names())
def test_every_query_gives_the_same_rows_on_both_stores(stores, vocabulary, name):
    memory, oxigraph = stores
    results = [run_query(store, name, vocabulary, values_for(name)) for store in (memory, oxigraph)]
    # GROUP_CONCAT's order is left to the engine by SPARQL: compare the words of each value
    normalised = [sorted(json.dumps({k: " ".join(sorted(str(v).replace(",", " ").split())) for k, v in row.items()},
                                    sort_keys=True) for row in rows) for rows in results]
    assert normalised[0] == normalised[1]
    if name not in ("meetings", "evidence", "position-changes", "statement-fields"):  # no such statement
        assert results[0], name


@pytest.mark.parametrize("name", query_names())
def test_the_columns_header_names_the_columns_the_query_gives(stores, vocabulary, name):
    _, store = stores
    query = load_query(name)
    text = bind(query, vocabulary, values_for(name), store)
    assert tuple(select(store, text, name).columns) == query.columns


def test_statements_by_actor_accepts_names_aliases_and_wikidata_ids(stores, vocabulary):
    _, store = stores
    by_name = run_query(store, "statements-by-actor", vocabulary, {"actor": "Sergey Lavrov"})
    assert len(by_name) == 6 + 16  # the seed's six and the dev corpus' sixteen
    for other in ("sergei lavrov", "LAVROV", "Q58217"):
        assert run_query(store, "statements-by-actor", vocabulary, {"actor": other}) == by_name
    italian = run_query(store, "statements-by-actor", vocabulary, {"actor": "Lavrov", "lang": "it"})
    assert any("inaccettabili" in row["position"] for row in italian)
    assert [row["statement"] for row in italian] == [row["statement"] for row in by_name]  # one row each
    english = {row["statement"]: row for row in by_name}
    untranslated = [row for row in italian if row["document"] == "mid-lavrov-kerry-2015-08-13.txt"]
    assert untranslated and all((row["position"], row["evidence"]) == (english[row["statement"]]["position"],
                                english[row["statement"]]["evidence"]) for row in untranslated)


def test_actor_topic_counts_the_seed(tmp_path, vocabulary):
    with open_store("memory") as store:
        build([SEED_GOLD], store, vocabulary)
        rows = {(r["actor"], r["topic_id"]): r for r in run_query(store, "actor-topic", vocabulary)}
    assert rows[("Sergey Lavrov", "ukraine-conflict")]["statements"] == 4
    assert rows[("Marco Rubio", "ukraine-conflict")]["statements"] == 3
    assert rows[("Sergey Lavrov", "ukraine-conflict")]["oppose"] == 1


def test_criticism_and_agreements(stores, vocabulary):
    _, store = stores
    criticism = run_query(store, "criticism", vocabulary)
    assert {"actor": "Sergey Lavrov", "target": "Ukraine"}.items() <= next(
        r for r in criticism if r["actor"] == "Sergey Lavrov" and r["target"] == "Ukraine").items()
    pairs = {(r["actor1"], r["actor2"]): r for r in run_query(store, "agreements", vocabulary)}
    assert pairs[("Marco Rubio", "Sergey Lavrov")]["joint"] == 4


def test_unknown_values_name_close_matches(vocabulary):
    query = load_query("statements-by-actor")
    with pytest.raises(KgError, match="did you mean Sergey Lavrov"):
        bind(query, vocabulary, {"actor": "Sergej Lavrof"})
    with pytest.raises(KgError, match="did you mean ukraine-conflict"):
        bind(load_query("statements-by-topic"), vocabulary, {"topic": "ukraine-conflicts"})
    with pytest.raises(KgError, match="has no parameter colour"):
        bind(query, vocabulary, {"actor": "Lavrov", "colour": "red"})
    with pytest.raises(KgError, match="needs --param actor"):
        bind(query, vocabulary, {})
    with pytest.raises(KgError, match="not an ISO date"):
        bind(load_query("new-positions"), vocabulary, {"since": "2025-13-45"})


def test_hostile_values_stay_values(tmp_path, stores, vocabulary):
    _, store = stores
    own = tmp_path / "mine.rq"
    own.write_text('# title: Count a label\n# answers: how many positions carry this label?\n'
                   '# param: text (literal) — e.g. text=x\n# columns: n\n'
                   'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
                   'SELECT (COUNT(*) AS ?n) WHERE { ?p rdfs:label ?label FILTER (STR(?label) = ?text) }\n',
                   encoding="utf-8")
    query = load_query(str(own))
    before = run_query_text(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    for hostile in ['x" } ; DROP ALL ; #', "<http://x> . ?s ?p ?o", 'x") || true || ("', '"} ?s ?p ?o . {',
                    "x\n} DROP ALL ; SELECT * WHERE {", "' OR 1=1 --"]:
        (row,) = run_query_text(store, bind(query, vocabulary, {"text": hostile}))
        assert row == 0
    for hostile in ['x" } ; DROP ALL ; #', "<http://x> . ?s ?p ?o"]:
        with pytest.raises(KgError, match="unknown actor"):
            bind(load_query("statements-by-actor"), vocabulary, {"actor": hostile})
    with pytest.raises(KgError, match="not an IRI"):
        bind(load_query("evidence"), vocabulary, {"statement": "<x> } DROP ALL"})
    assert run_query_text(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == before
    with pytest.raises(KgError, match="not a language tag"):
        bind(load_query("actor-topic"), vocabulary, {"lang": 'en") } #'})


def run_query_text(store, text):
    return [int(row[0]) for row in run(store, text)]


def test_updates_are_refused(stores):
    _, store = stores
    with pytest.raises(KgError, match="SPARQL Update"):
        run(store, "DROP ALL")


def test_result_formats(stores, vocabulary):
    text = bind(load_query("acts"), vocabulary, {})
    for store in stores:  # rdflib writes the memory store's results, Oxigraph its own
        rows = list(csv.reader(io.StringIO(answer(store, text, "csv"))))
        assert rows[0] == ["act", "label", "cameo", "statements"] and len(rows) > 5
        document = json.loads(answer(store, text, "json"))
        assert document["head"]["vars"] == ["act", "label", "cameo", "statements"]
        tsv = [line.split("\t") for line in answer(store, text, "tsv").splitlines()]
        assert tsv[0] == ["act", "label", "cameo", "statements"] and not any('"' in cell for cell in tsv[1])
        assert sorted(map(sorted, tsv[1:])) == sorted(map(sorted, rows[1:]))  # the values csv has
        lines = answer(store, text, "table").splitlines()
        assert lines[0].split() == ["act", "label", "cameo", "statements"] and len(lines) == len(rows)
    # the same cells (GROUP_CONCAT's order is the engine's) in any row order
    memory, oxigraph = (sorted(tuple(" ".join(sorted(cell.split())) for cell in row)
                               for row in csv.reader(io.StringIO(answer(store, text, "csv")))) for store in stores)
    assert memory == oxigraph


def test_ask_and_construct_answers_in_every_format(stores):
    ask = "ASK { ?s kg:actor <https://w3id.org/diplo-kg/actor/sergey-lavrov> }"
    never = "ASK { ?s kg:actor <https://w3id.org/diplo-kg/actor/nobody> }"
    construct = ("CONSTRUCT { ?s kg:act ?act } WHERE { ?s kg:actor <https://w3id.org/diplo-kg/actor/marco-rubio> ; "
                 "kg:act ?act }")
    answers = []
    for store in stores:
        assert json.loads(answer(store, ask, "json")) == {"head": {}, "boolean": True}
        assert [answer(store, never, fmt) for fmt in ("table", "csv", "tsv")] == ["false\n"] * 3
        rows = list(csv.reader(io.StringIO(answer(store, construct, "csv"))))
        assert rows[0] == ["subject", "predicate", "object"] and len(rows) > 5
        assert {row[1] for row in rows[1:]} == {str(KG.act)}
        tsv = answer(store, construct, "tsv").splitlines()
        assert tsv[0] == "subject\tpredicate\tobject" and len(tsv) == len(rows)
        turtle = Graph().parse(data=answer(store, construct, "table"), format="turtle")
        jsonld = Graph().parse(data=answer(store, construct, "json"), format="json-ld")
        assert len(turtle) == len(jsonld) == len(rows) - 1
        answers.append(rows)
    assert answers[0] == answers[1]  # sorted triples: the same on both engines


def test_cli_query(tmp_path, vocabulary):
    runner = CliRunner()
    store = str(tmp_path / "store")
    runner.invoke(app, ["build", str(SEED_GOLD), "--store", store])
    listing = runner.invoke(app, ["query", "--list"])
    assert "statements-by-actor" in listing.output and "--param actor=" in listing.output
    result = runner.invoke(app, ["query", "statements-by-actor", "--param", "actor=Rubio", "--lang", "it",
                                 "--format", "csv", "--store", store])
    assert result.exit_code == 0 and "necessità" in result.output
    adhoc = runner.invoke(app, ["query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }",
                                "--format", "csv", "--store", store])
    assert adhoc.output.splitlines()[1].strip() == "7"
    bad = runner.invoke(app, ["query", "statements-by-actor", "--param", "actor=Nobody Atall", "--store", store])
    assert bad.exit_code == 2 and "unknown actor" in bad.output
