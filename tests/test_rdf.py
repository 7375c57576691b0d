"""The mapping records → RDF and back."""

import json
from datetime import date

from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.namespaces import ACT, ACTOR, DOC, KG, OA, TOPIC, WD
from kg.rdf import add_statement_texts, document_graph, document_id, document_iri
from kg.rdf_records import graph_records
from kg.records import read_records, read_records_file, record_to_json
from tests.conftest import GOLD_FILES, SEED_GOLD, canonical, gold_objects

LAVROV_LINE = gold_objects(SEED_GOLD)[5]  # "Lavrov emphasized that Kiev and Europe's efforts ..."


def one_record_graph(vocabulary, obj):
    (_, record), = read_records([json.dumps(obj)], "x.jsonl")
    return document_graph(record.doc, [("x.jsonl:1", record)], vocabulary, "hash")


def test_exact_triples_of_one_record(vocabulary):
    graph = one_record_graph(vocabulary, LAVROV_LINE)
    doc = DOC["lavrov-rubio-2025-09-24.txt"]
    (stmt,) = graph.subjects(RDF.type, KG.Statement)
    (position,) = graph.objects(stmt, KG.position)
    lavrov, ukraine, europe = ACTOR["sergey-lavrov"], ACTOR["ukraine"], ACTOR["europe"]
    evidence = sorted(graph.objects(stmt, KG.evidence))
    spans = [graph.value(e, OA.hasSelector) for e in evidence]
    target_list, target_rest = URIRef(f"{stmt}-targetList-0"), URIRef(f"{stmt}-targetList-1")
    expected = Graph()
    for triple in [
        (doc, RDF.type, KG.Document),
        (doc, KG.contentHash, Literal("hash")),
        (doc, DCTERMS.identifier, Literal("lavrov-rubio-2025-09-24.txt")),
        (doc, DCTERMS.date, Literal("2025-09-24", datatype=XSD.date)),
        (stmt, RDF.type, KG.Statement),
        (stmt, KG.act, ACT.emphasize),
        (stmt, KG.actor, lavrov),
        (stmt, KG.position, position),
        (stmt, KG.stance, KG.oppose),
        (stmt, KG.topic, TOPIC["ukraine-conflict"]),
        (stmt, KG.target, ukraine),
        (stmt, KG.target, europe),
        (stmt, KG.targetList, target_list),
        (target_list, RDF.first, ukraine),
        (target_list, RDF.rest, target_rest),
        (target_rest, RDF.first, europe),
        (target_rest, RDF.rest, RDF.nil),
        (stmt, KG.joint, Literal(False)),
        (stmt, DCTERMS.date, Literal("2025-09-24", datatype=XSD.date)),
        (stmt, KG.document, doc),
        (stmt, KG.documentId, Literal("lavrov-rubio-2025-09-24.txt")),
        (stmt, KG.method, Literal("coded")),
        (stmt, KG.actorKey, Literal(str(lavrov))),
        (stmt, KG.targetKey, Literal(f"{europe} {ukraine}")),  # sorted
        (stmt, KG.actorCountry, ACTOR["russia"]),  # Lavrov's country level
        (stmt, KG.actorCountryKey, Literal(str(ACTOR["russia"]))),
        (stmt, KG.targetCountry, ukraine),
        (stmt, KG.targetCountry, europe),
        (stmt, KG.targetCountryKey, Literal(f"{europe} {ukraine}")),
        (stmt, KG.dayNumber, Literal(date(2025, 9, 24).toordinal())),
        (stmt, KG.verb, Literal("emphasized", lang="en")),
        (stmt, KG.verb, Literal("ha sottolineato", lang="it")),
        (lavrov, KG.asserts, position),
        (position, RDF.type, KG.Position),
        (position, RDFS.label, Literal("Kiev and Europe’s efforts to protract conflict are unacceptable", lang="en")),
        (position, RDFS.label, Literal("gli sforzi di Kiev e dell’Europa per prolungare il conflitto sono inaccettabili", lang="it")),
        (stmt, RDFS.label, Literal("Kiev and Europe’s efforts to protract conflict are unacceptable", lang="en")),
        (stmt, RDFS.label, Literal("gli sforzi di Kiev e dell’Europa per prolungare il conflitto sono inaccettabili", lang="it")),
        (position, KG.about, TOPIC["ukraine-conflict"]),
        (doc, KG.statementDigest, Literal(json.dumps(  # what the views read of each statement (kg/digests.py)
            [[f"statement:{stmt.rsplit('/', 1)[-1]}", ["actor:sergey-lavrov"], ["topic:ukraine-conflict"], "oppose",
              "act:emphasize", date(2025, 9, 24).toordinal(), ["actor:europe", "actor:ukraine"]]],
            separators=(",", ":")), datatype=RDF.JSON)),
    ]:
        expected.add(triple)
    for ev, span in zip(evidence, spans):
        start = graph.value(span, OA.start).toPython()
        item = next(e for e in LAVROV_LINE["evidence"] if e["start"] == start)
        for triple in [
            (stmt, KG.evidence, ev), (ev, RDF.type, KG.Evidence), (ev, OA.hasSource, doc),
            (ev, OA.hasSelector, span), (ev, DCTERMS.language, Literal(item["lang"])),
            (span, RDF.type, KG.TextSpan), (span, OA.start, Literal(item["start"])),
            (span, OA.end, Literal(item["end"])), (span, OA.exact, Literal(item["text"], lang=item["lang"])),
            (stmt, KG.sentence, Literal(item["text"], lang=item["lang"])),
        ]:
            expected.add(triple)
    assert set(graph) == set(expected)


def test_rdf_made_without_the_pair_keys_and_digest_gets_them(vocabulary):
    built = one_record_graph(vocabulary, LAVROV_LINE)
    stripped = Graph()
    for triple in built:
        if triple[1] not in (KG.actorKey, KG.targetKey, KG.dayNumber, KG.actorCountry, KG.targetCountry,
                             KG.actorCountryKey, KG.targetCountryKey, KG.statementDigest):
            stripped.add(triple)
    assert add_statement_texts(stripped, vocabulary.acts_for) == 1
    assert set(stripped) == set(built)


def test_short_path_actor_asserts_position_about_topic(vocabulary):
    graph = one_record_graph(vocabulary, gold_objects(SEED_GOLD)[0])
    rows = set(graph.query(
        "SELECT ?a ?t WHERE { ?a kg:asserts ?p . ?p kg:about ?t }", initNs={"kg": KG._NS}))
    assert rows == {(ACTOR["sergey-lavrov"], TOPIC["russia-us-relations"]),
                    (ACTOR["marco-rubio"], TOPIC["russia-us-relations"])}


def test_iris_are_deterministic(vocabulary):
    first = one_record_graph(vocabulary, LAVROV_LINE)
    second = one_record_graph(vocabulary, LAVROV_LINE)
    assert set(first) == set(second)
    assert not any(isinstance(term, BNode) for triple in first for term in triple)


def test_document_iris_round_trip():
    for doc_id in ["lavrov-rubio-2025-09-24.txt", "https://example.org/a b?c=1", "dir/ü.txt"]:
        assert document_id(document_iri(doc_id)) == doc_id


def test_every_gold_record_survives_records_rdf_records(vocabulary):
    for path in GOLD_FILES:
        objects = gold_objects(path)
        records = read_records_file(path)
        graph = document_graph(objects[0]["doc"], records, vocabulary, "h")
        back = [record_to_json(r) for r in graph_records(graph, vocabulary)]
        assert canonical(back) == canonical(objects), path.name


def test_roles_wikidata_events_and_unknown_actors_survive(vocabulary, caplog):
    obj = dict(LAVROV_LINE,
               actors=[{"name": "Sergey Lavrov", "role": "Minister of Foreign Affairs of Russia"},
                       {"name": "Ivan Unknownov", "wikidata": "Q99999999"}],
               targets=["Kiev regime"],
               event={"type": "meeting", "participants": ["Sergey Lavrov", "Marco Rubio"],
                      "date": "2025-09-24", "place": "New York"},
               note={"checked_by": "analyst"})
    graph = one_record_graph(vocabulary, obj)
    assert "not in the gazetteer" in caplog.text
    assert (ACTOR["Q99999999"], OWL.sameAs, WD["Q99999999"]) in graph
    (record,) = graph_records(graph, vocabulary)
    back = record_to_json(record)
    assert back["actors"] == obj["actors"]
    assert back["targets"] == ["Ukraine"]  # names come back canonical
    assert back["event"] == obj["event"]
    assert back["note"] == {"checked_by": "analyst"}
