"""Exports in every RDF format parse in rdflib and pyoxigraph and load back losslessly."""

import io

import pyoxigraph
import pytest
from rdflib import Dataset, Graph

from kg.building import build
from kg.exporting import FORMATS, QUAD_FORMATS, export, store_dataset, union_of
from kg.querying import run_query
from kg.namespaces import DOC, GRAPH, KG
from kg.rdf import document_id
from kg.rdf_records import graph_records
from kg.records import record_to_json
from kg.store import open_store
from tests.conftest import CORPUS, canonical, gold_count

DOCUMENTS = gold_count("seed")[0] + gold_count("dev")[0]
STATEMENTS = gold_count("seed")[1] + gold_count("dev")[1]

OXIGRAPH_FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
                    "nquads": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG,
                    "jsonld": pyoxigraph.RdfFormat.JSON_LD}
SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld"}


def distinct_triples(store):
    return int(next(iter(store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")))[0])


def stored_records(store, vocabulary):
    return canonical(record_to_json(r) for r in graph_records(union_of(store_dataset(store)), vocabulary))


@pytest.fixture(scope="module")
def built(tmp_path_factory, vocabulary):
    with open_store(str(tmp_path_factory.mktemp("source") / "store")) as store:
        build([CORPUS / "seed", CORPUS / "dev"], store, vocabulary)
        yield store


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_parses_and_loads_back_with_every_statement(built, vocabulary, tmp_path, fmt):
    buffer = io.BytesIO()
    export(built, fmt, buffer)
    data = buffer.getvalue()
    assert data
    parsed = Dataset() if fmt in QUAD_FORMATS else Graph()
    parsed.parse(data=data, format=FORMATS[fmt])
    rdflib_count = sum(len(g) for g in parsed.graphs()) if fmt in QUAD_FORMATS else len(parsed)
    assert len(list(pyoxigraph.parse(data, format=OXIGRAPH_FORMATS[fmt]))) == rdflib_count > 4000

    path = tmp_path / f"graph{SUFFIXES[fmt]}"
    path.write_bytes(data)
    with open_store(str(tmp_path / "fresh")) as fresh:
        report = build([path], fresh, vocabulary)
        assert not report.refused
        assert report.statements == len(list(built.query("SELECT ?s WHERE { ?s a kg:Statement }"))) == STATEMENTS
        if fmt in QUAD_FORMATS:  # the report names imported document graphs by their documents' ids
            assert sorted(report.built) == sorted(document_id(g) for g in built.graph_hashes() if g.startswith(DOC))
        else:
            assert report.built == [str(GRAPH[f"import/graph{SUFFIXES[fmt]}"])]
        assert distinct_triples(fresh) == distinct_triples(built)
        assert stored_records(fresh, vocabulary) == stored_records(built, vocabulary)


def test_quad_exports_keep_one_graph_per_document(built):
    buffer = io.BytesIO()
    export(built, "trig", buffer, vocabulary=False)
    dataset = Dataset()
    dataset.parse(data=buffer.getvalue(), format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert len(names) == DOCUMENTS and all("/doc/" in n for n in names)


def test_an_export_without_the_statements_own_texts_gets_them_on_import(built, vocabulary, tmp_path):
    # RDF written before statements carried their position's label, evidence's text and
    # document's id (or by another tool): importing it adds them, so the queries find them
    buffer = io.BytesIO()
    export(built, "nquads", buffer)
    lines = buffer.getvalue().decode("utf-8").splitlines(keepends=True)
    kept = [line for line in lines if "/ontology#sentence>" not in line and "/ontology#documentId>" not in line
            and not ("/statement/" in line.split(" ", 1)[0] and "rdf-schema#label>" in line)]
    assert len(lines) - len(kept) >= 3 * STATEMENTS  # each with a label, a sentence, a document id
    path = tmp_path / "older.nq"
    path.write_text("".join(kept), encoding="utf-8")
    with open_store(str(tmp_path / "fresh")) as fresh:
        assert not build([path], fresh, vocabulary).refused
        assert distinct_triples(fresh) == distinct_triples(built)
        found = run_query(fresh, "statements-by-actor", vocabulary, {"actor": "Lavrov", "lang": "it"})
        assert found == run_query(built, "statements-by-actor", vocabulary, {"actor": "Lavrov", "lang": "it"})
        assert all(row["evidence"] and row["position"] for row in found)


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl", ".parquet"])
def test_the_event_table_has_a_row_per_statement_source_and_target(tmp_path, vocabulary, suffix):
    import pandas

    from kg.exporting import EVENT_COLUMNS, write_events
    from tests.conftest import SEED_GOLD, gold_objects

    gold = gold_objects(SEED_GOLD)
    with open_store("memory") as store:
        build([SEED_GOLD], store, vocabulary)
        path = tmp_path / f"events{suffix}"
        written = write_events(store, str(path))
    read = {".csv": pandas.read_csv, ".parquet": pandas.read_parquet,
            ".tsv": lambda p: pandas.read_csv(p, sep="\t"), ".jsonl": lambda p: pandas.read_json(p, lines=True)}
    table = read[suffix](path)
    assert tuple(table.columns) == EVENT_COLUMNS
    assert written == len(table) == sum(len(g["actors"]) * max(1, len(g["targets"])) for g in gold)
    assert table["event_id"].is_unique and table["statement"].nunique() == len(gold)
    countries = dict(zip(table["source"], table["source_country"]))
    assert countries == {"Sergey Lavrov": "Russia", "Marco Rubio": "United States"}
    for _, row in table.iterrows():  # the codes of the speech-act table
        act = vocabulary.acts[row["act"]]
        codes = sorted(str(c) for c in vocabulary.graph.objects(act, KG.cameo))
        assert str(row["cameo"]).zfill(len(codes[0])) == codes[0]
        plover = vocabulary.graph.value(act, KG.plover)
        assert (str(plover) if plover else None) == (None if pandas.isna(row["plover"]) or row["plover"] == ""
                                                     else row["plover"])
