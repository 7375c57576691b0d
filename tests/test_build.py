"""Building records into a store: whole documents, idempotence, replacement, refusal, removal."""

import json
import shutil

import pytest
from rdflib import URIRef

from kg.building import build
from kg.errors import KgError
from kg.namespaces import KG, VOCABULARY_GRAPH, WD
from kg.rdf import document_iri
from kg.store import open_store
from kg.vocabulary import load_vocabulary
from tests.conftest import CORPUS, SEED_GOLD, gold_objects

SEED_DOC = "lavrov-rubio-2025-09-24.txt"


def count(store, sparql):
    return int(next(iter(store.query(sparql)))[0])


def quads(store):
    return count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")


def statements(store):
    return count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kg:Statement }")


def write_jsonl(path, objects):
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8")
    return path


def test_seed_gives_seven_bilingual_statements_with_two_evidence_each(store, vocabulary):
    report = build([SEED_GOLD], store, vocabulary)
    assert report.built == [SEED_DOC] and report.statements == 7 and not report.refused
    assert statements(store) == 7
    rows = list(store.query("""
        SELECT ?s (COUNT(DISTINCT ?en) AS ?ens) (COUNT(DISTINCT ?it) AS ?its) (COUNT(DISTINCT ?ev) AS ?evs)
        WHERE { ?s a kg:Statement ; kg:position ?p ; kg:evidence ?ev .
                ?p rdfs:label ?en , ?it FILTER (LANG(?en) = "en" && LANG(?it) = "it") }
        GROUP BY ?s"""))
    assert len(rows) == 7
    assert all((int(r.ens), int(r.its), int(r.evs)) == (1, 1, 2) for r in rows)


def test_actors_are_linked_to_wikidata(store, vocabulary):
    build([SEED_GOLD], store, vocabulary)
    linked = {(str(r.name), str(r.qid)) for r in store.query("""
        SELECT DISTINCT ?name ?qid WHERE { ?s kg:actor ?a . ?a skos:prefLabel ?name ; owl:sameAs ?qid
                                           FILTER (LANG(?name) = "en") }""",)}
    assert linked == {("Marco Rubio", str(WD.Q324546)), ("Sergey Lavrov", str(WD.Q58217))}


def test_building_twice_changes_nothing(store, vocabulary):
    build([SEED_GOLD], store, vocabulary)
    before = quads(store)
    report = build([SEED_GOLD], store, vocabulary)
    assert report.built == [] and report.unchanged == [SEED_DOC]
    assert quads(store) == before


def test_a_changed_document_replaces_its_graph_only(store, vocabulary, tmp_path):
    build([CORPUS / "dev"], store, vocabulary)
    build([SEED_GOLD], store, vocabulary)
    total = statements(store)
    objects = gold_objects(SEED_GOLD)[:3]
    objects[0]["stance"] = "neutral"
    report = build([write_jsonl(tmp_path / "seed.jsonl", objects)], store, vocabulary)
    assert report.built == [SEED_DOC]
    assert statements(store) == total - 4
    stances = {str(r.stance) for r in store.query(
        f"SELECT ?stance WHERE {{ ?s kg:document <{document_iri(SEED_DOC)}> ; kg:act act:agree ; kg:stance ?stance }}")}
    assert stances == {str(KG.neutral)}


@pytest.mark.parametrize("field, value, expected", [
    ("act", "praise", "unknown act 'praise'"),
    ("actors", [], "empty 'actors' list"),
    ("evidence", [{"lang": "en", "text": "Lavrov", "start": 1269, "end": 1270}], "do not fit its text"),
    ("topics", ["ukraine-war"], "did you mean ukraine-conflict"),
])
def test_a_bad_record_refuses_its_whole_document_and_names_file_and_line(
        store, vocabulary, tmp_path, field, value, expected):
    objects = gold_objects(SEED_GOLD)
    objects[4][field] = value
    bad = write_jsonl(tmp_path / "bad.jsonl", objects)
    report = build([bad, CORPUS / "dev" / "mid-lavrov-kerry-2015-08-13.gold.jsonl"], store, vocabulary)
    (error,) = report.refused
    assert str(error).startswith(f"{bad}:5: ") and expected in str(error)
    assert report.built == ["mid-lavrov-kerry-2015-08-13.txt"]
    assert count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{document_iri(SEED_DOC)}> {{ ?s ?p ?o }} }}") == 0


def test_offsets_are_checked_against_the_text_beside_the_records(store, vocabulary, tmp_path):
    shutil.copy(CORPUS / "seed" / SEED_DOC, tmp_path / SEED_DOC)
    objects = gold_objects(SEED_GOLD)
    objects[2]["evidence"][0]["start"] += 1
    objects[2]["evidence"][0]["end"] += 1
    report = build([write_jsonl(tmp_path / "seed.jsonl", objects)], store, vocabulary)
    (error,) = report.refused
    assert str(error).startswith(f"{tmp_path / 'seed.jsonl'}:3: evidence at")
    assert statements(store) == 0


def test_strict_stops_at_the_first_refusal(store, vocabulary, tmp_path):
    bad = write_jsonl(tmp_path / "bad.jsonl", [dict(gold_objects(SEED_GOLD)[0], act="praise")])
    with pytest.raises(KgError, match="unknown act"):
        build([bad], store, vocabulary, strict=True)


def test_malformed_line_refuses_the_whole_file(store, vocabulary, tmp_path):
    path = tmp_path / "half.jsonl"
    path.write_text(SEED_GOLD.read_text(encoding="utf-8") + '{"doc": "lavrov', encoding="utf-8")
    report = build([path], store, vocabulary)
    assert "half.jsonl:8: not valid JSON" in str(report.refused[0])
    assert statements(store) == 0


def test_remove_drops_one_document(store, vocabulary):
    build([CORPUS / "seed", CORPUS / "dev"], store, vocabulary)
    total = statements(store)
    assert store.drop_graph(document_iri(SEED_DOC))
    assert statements(store) == total - 7
    assert not store.drop_graph(document_iri(SEED_DOC))
    assert document_iri(SEED_DOC) not in store.graph_hashes()


def test_the_embedded_store_persists(tmp_path, vocabulary):
    with open_store(str(tmp_path / "s")) as first:
        build([SEED_GOLD], first, vocabulary)
    with open_store(str(tmp_path / "s")) as second:
        assert statements(second) == 7
        assert (URIRef(document_iri(SEED_DOC)), KG.contentHash, None) in second.dataset


def test_a_store_in_use_names_the_process_holding_it(tmp_path):
    import os
    import subprocess
    import sys

    path = tmp_path / "busy"
    with open_store(str(path)):
        result = subprocess.run([sys.executable, "-m", "kg", "stats", "--store", str(path)],
                                capture_output=True, text=True)
    assert result.returncode == 2
    assert f"the store is in use by PID {os.getpid()}" in result.stderr
    with open_store(str(path)) as again:  # released on close
        assert again.graph_hashes() == {}


def test_a_file_named_twice_is_read_once(store, vocabulary, caplog):
    report = build([SEED_GOLD, SEED_GOLD.parent], store, vocabulary)
    assert report.statements == 7 and statements(store) == 7 and not report.refused
    assert "given more than once; read once" in caplog.text


def test_a_document_with_records_in_two_files_is_refused_in_the_second(store, vocabulary, tmp_path):
    """A document is replaced as a whole, so its records belong in one file."""
    objects = gold_objects(SEED_GOLD)
    first = write_jsonl(tmp_path / "first.jsonl", objects[:4])
    second = write_jsonl(tmp_path / "second.jsonl", objects[4:])
    report = build([first, second], store, vocabulary)
    assert statements(store) == 4
    assert [str(e) for e in report.refused] == [
        f"{second}:1: document '{SEED_DOC}' also has records in {first}; these were not built\n"
        "  hint: keep a document's records in one file (a document is built and replaced as a whole)"]


def test_a_copy_of_a_text_is_refused_and_a_taken_id_too(store, vocabulary, tmp_path):
    seed_text = SEED_GOLD.with_name(SEED_DOC)
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    shutil.copy(seed_text, tmp_path / "a" / "copy.txt")
    shutil.copy(seed_text, tmp_path / "a" / SEED_DOC)
    (tmp_path / "b" / "copy.txt").write_text(seed_text.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    report = build([tmp_path / "a", tmp_path / "b" / "copy.txt"], store, vocabulary, fallback_date="2025-09-24")
    assert report.built == ["copy.txt"] and statements(store) == 7
    assert [str(e).split("\n")[0] for e in report.refused] == [
        f"{tmp_path / 'a' / SEED_DOC}: same text as {tmp_path / 'a' / 'copy.txt'}; not built twice",
        f"{tmp_path / 'b' / 'copy.txt'}: document id 'copy.txt' is already taken by {tmp_path / 'a' / 'copy.txt'}"]


def test_records_beside_a_windows_1252_text_are_checked_against_the_text_extraction_reads(store, vocabulary, tmp_path):
    text = (CORPUS / "seed" / SEED_DOC).read_text(encoding="utf-8")
    (tmp_path / SEED_DOC).write_bytes(text.encode("cp1252"))
    report = build([write_jsonl(tmp_path / "seed.jsonl", gold_objects(SEED_GOLD))], store, vocabulary)
    assert not report.refused and statements(store) == 7


def test_records_extracted_from_an_html_page_build_beside_it(store, vocabulary, tmp_path):
    from kg.extraction import extract, read
    from kg.records import write_records
    page = tmp_path / "readout.html"
    page.write_text("<html><head><title>Readout</title><script>var x = 1;</script></head><body>"
                    "<p>date 2025-05-17</p><p>Foreign Minister Sergey Lavrov said the talks with "
                    "Marco Rubio were <b>constructive</b>.</p></body></html>", encoding="utf-8")
    records = extract(read(page, vocabulary, "readout.html"), vocabulary)
    with open(tmp_path / "readout.jsonl", "w", encoding="utf-8") as stream:
        write_records(records, stream)
    report = build([tmp_path / "readout.jsonl"], store, vocabulary)
    assert records and not report.refused and statements(store) == len(records)


def test_a_derived_relations_topic_is_described_once_in_the_vocabulary_graph(store, vocabulary, tmp_path):
    # the seed's statements are about russia-us-relations; a second document about it, built
    # new, then changed (the bulk-loaded and the replaced paths of the embedded store)
    other = [dict(o, doc="other.txt") for o in gold_objects(SEED_GOLD)[:2]]
    build([SEED_GOLD, write_jsonl(tmp_path / "other.jsonl", other)], store, vocabulary)
    other[0]["stance"] = "neutral"
    assert build([write_jsonl(tmp_path / "other.jsonl", other)], store, vocabulary).built == ["other.txt"]
    described = """SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { topic:russia-us-relations skos:notation ?id } }"""
    assert count(store, described) == 1
    assert count(store, described.replace("GRAPH ?g", f"GRAPH <{VOCABULARY_GRAPH}>")) == 1
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { topic:china-us-relations ?p ?o }") == 0
    # a changed vocabulary replaces the vocabulary graph: the topics in use are described again
    extra = tmp_path / "extra.ttl"
    extra.write_text("@prefix kg: <https://w3id.org/diplo-kg/ontology#> .\n"
                     "<https://w3id.org/diplo-kg/actor/ruritania> a kg:Country .\n", encoding="utf-8")
    store.ensure_vocabulary(load_vocabulary([extra]))
    assert count(store, described) == 1
    label = """SELECT ?label WHERE { topic:russia-us-relations skos:prefLabel ?label FILTER (LANG(?label) = "it") }"""
    assert [str(row[0]) for row in store.query(label)] == ["relazioni Russia–Stati Uniti"]
